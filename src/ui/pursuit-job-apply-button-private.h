/* pursuit-job-apply-button-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-job-apply-button.h"

G_BEGIN_DECLS

/* Tests: @launch is called instead of opening the browser. */
typedef void (*PursuitJobApplyLaunchFunc) (const char *uri,
                                           gpointer    user_data);
void       _pursuit_job_apply_button_set_launch_func     (PursuitJobApplyButton     *self,
                                                          PursuitJobApplyLaunchFunc  launch,
                                                          gpointer                   user_data);
/* Tests: as if the window had become active again after the browser. */
void       _pursuit_job_apply_button_returned            (PursuitJobApplyButton *self);

G_END_DECLS
