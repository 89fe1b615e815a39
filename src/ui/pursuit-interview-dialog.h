/* pursuit-interview-dialog.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_INTERVIEW_DIALOG (pursuit_interview_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitInterviewDialog, pursuit_interview_dialog, PURSUIT, INTERVIEW_DIALOG, AdwWindow)

GtkWidget    *pursuit_interview_dialog_new        (PursuitStore           *store,
                                                   gint64                  job_id,
                                                   PursuitInterview       *interview);
PursuitStore *pursuit_interview_dialog_get_store  (PursuitInterviewDialog *self);
gint64        pursuit_interview_dialog_get_job_id (PursuitInterviewDialog *self);
void          pursuit_interview_dialog_set_job_id (PursuitInterviewDialog *self,
                                                   gint64                  job_id);
void          pursuit_interview_dialog_set_date   (PursuitInterviewDialog *self,
                                                   GDateTime              *date);
gint64        pursuit_interview_dialog_get_starts_at (PursuitInterviewDialog *self);
gboolean      pursuit_interview_dialog_save       (PursuitInterviewDialog *self);

const char   *pursuit_interview_dialog_describe_kind (const char          *kind);

G_END_DECLS
