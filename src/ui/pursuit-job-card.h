/* pursuit-job-card.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-job.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_CARD (pursuit_job_card_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobCard, pursuit_job_card, PURSUIT, JOB_CARD, GtkWidget)

GtkWidget  *pursuit_job_card_new              (void);
PursuitJob *pursuit_job_card_get_job          (PursuitJobCard *self);
void        pursuit_job_card_set_job          (PursuitJobCard *self,
                                               PursuitJob     *job);
void        pursuit_job_card_set_highlight    (PursuitJobCard *self,
                                               const char     *query);
const char *pursuit_job_card_get_highlight    (PursuitJobCard *self);

G_END_DECLS
