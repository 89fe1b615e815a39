/* pursuit-job-follow-ups-section.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_FOLLOW_UPS_SECTION (pursuit_job_follow_ups_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobFollowUpsSection, pursuit_job_follow_ups_section, PURSUIT, JOB_FOLLOW_UPS_SECTION, PursuitJobSection)

G_END_DECLS
