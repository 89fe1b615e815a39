/* pursuit-job-page.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-ai-provider.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_PAGE (pursuit_job_page_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobPage, pursuit_job_page, PURSUIT, JOB_PAGE, AdwBin)

GtkWidget    *pursuit_job_page_new         (PursuitStore   *store);
PursuitStore *pursuit_job_page_get_store   (PursuitJobPage *self);
gint64        pursuit_job_page_get_job_id  (PursuitJobPage *self);
void          pursuit_job_page_set_job_id  (PursuitJobPage *self,
                                            gint64          job_id);
gboolean      pursuit_job_page_get_folded  (PursuitJobPage *self);
void          pursuit_job_page_set_folded  (PursuitJobPage *self,
                                            gboolean        folded);
void          pursuit_job_page_set_ai_provider (PursuitJobPage    *self,
                                                PursuitAiProvider *provider);

G_END_DECLS
