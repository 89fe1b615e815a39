/* pursuit-job-deletion.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_DELETION (pursuit_job_deletion_get_type ())

/* Deleting jobs so that Undo can bring them back: what the job page's
 * Delete and the board's bulk Delete share. */
G_DECLARE_FINAL_TYPE (PursuitJobDeletion, pursuit_job_deletion, PURSUIT, JOB_DELETION, GObject)

PursuitJobDeletion *pursuit_job_deletion_new         (PursuitStore       *store);
gboolean            pursuit_job_deletion_delete      (PursuitJobDeletion *self,
                                                      const gint64       *ids,
                                                      guint               n_ids,
                                                      GError            **error);
guint               pursuit_job_deletion_get_n_jobs  (PursuitJobDeletion *self);
PursuitJob         *pursuit_job_deletion_get_job     (PursuitJobDeletion *self,
                                                      guint               index);
gboolean            pursuit_job_deletion_undo        (PursuitJobDeletion *self,
                                                      GError            **error);

G_END_DECLS
