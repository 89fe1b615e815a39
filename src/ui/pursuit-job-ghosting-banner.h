/* pursuit-job-ghosting-banner.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_GHOSTING_BANNER (pursuit_job_ghosting_banner_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobGhostingBanner, pursuit_job_ghosting_banner, PURSUIT, JOB_GHOSTING_BANNER, AdwPreferencesGroup)

void     pursuit_job_ghosting_banner_set_store   (PursuitJobGhostingBanner *self,
                                                  PursuitStore             *store);
void     pursuit_job_ghosting_banner_set_job_id  (PursuitJobGhostingBanner *self,
                                                  gint64                    job_id);
void     pursuit_job_ghosting_banner_set_now     (PursuitJobGhostingBanner *self,
                                                  gint64                    now);
gboolean pursuit_job_ghosting_banner_is_offered  (PursuitJobGhostingBanner *self);

G_END_DECLS
