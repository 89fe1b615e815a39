/* pursuit-job-apply-button.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

/* The job page's "Apply" button: shown while the job is in a saved stage.
 * With an apply address (or the posting's) it opens it in the browser and
 * asks with PursuitApplyDialog when the window is active again; without
 * one it reads "Mark as Applied…" and asks at once. */
#define PURSUIT_TYPE_JOB_APPLY_BUTTON (pursuit_job_apply_button_get_type ())
G_DECLARE_FINAL_TYPE (PursuitJobApplyButton, pursuit_job_apply_button, PURSUIT, JOB_APPLY_BUTTON, AdwBin)

GtkWidget *pursuit_job_apply_button_new                  (void);
/* @job NULL: hidden. */
void       pursuit_job_apply_button_set_job              (PursuitJobApplyButton *self,
                                                          PursuitStore          *store,
                                                          PursuitJob            *job);
/* The job whose apply page is open in the browser, 0 for none. */
gint64     pursuit_job_apply_button_get_awaiting_job_id  (PursuitJobApplyButton *self);
/* The address "Apply" opens (apply address, else the posting's), or NULL. */
const char *pursuit_job_apply_button_get_uri             (PursuitJobApplyButton *self);

G_END_DECLS
