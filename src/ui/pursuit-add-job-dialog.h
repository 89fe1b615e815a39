/* pursuit-add-job-dialog.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_ADD_JOB_DIALOG (pursuit_add_job_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitAddJobDialog, pursuit_add_job_dialog, PURSUIT, ADD_JOB_DIALOG, AdwWindow)

PursuitAddJobDialog *pursuit_add_job_dialog_new          (GtkWindow           *parent,
                                                          PursuitStore        *store);
PursuitStore        *pursuit_add_job_dialog_get_store    (PursuitAddJobDialog *self);
void                 pursuit_add_job_dialog_set_url      (PursuitAddJobDialog *self,
                                                          const char          *url);
void                 pursuit_add_job_dialog_fetch        (PursuitAddJobDialog *self);
void                 pursuit_add_job_dialog_cancel_fetch (PursuitAddJobDialog *self);
void                 pursuit_add_job_dialog_load_file    (PursuitAddJobDialog *self,
                                                          GFile               *file);
gboolean             pursuit_add_job_dialog_get_fetching (PursuitAddJobDialog *self);
gboolean             pursuit_add_job_dialog_get_can_add  (PursuitAddJobDialog *self);
const char          *pursuit_add_job_dialog_get_message  (PursuitAddJobDialog *self);
void                 pursuit_add_job_dialog_set_job      (PursuitAddJobDialog *self,
                                                          PursuitJob          *job);
PursuitJob          *pursuit_add_job_dialog_build_job    (PursuitAddJobDialog *self);

/* Capture from the main window: opens the dialog on a pasted or dropped
 * link. */
gboolean             pursuit_add_job_text_is_web_url     (const char          *text);
PursuitAddJobDialog *pursuit_add_job_dialog_present_for  (GtkWindow           *parent,
                                                          PursuitStore        *store,
                                                          const char          *url);
void                 pursuit_add_job_install_capture     (GtkWindow           *window,
                                                          GtkWidget           *paste_target,
                                                          PursuitStore        *store);

G_END_DECLS
