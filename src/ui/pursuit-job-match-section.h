/* pursuit-job-match-section.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-ai-provider.h"
#include "pursuit-job-section.h"
#include "pursuit-match-result.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_MATCH_SECTION (pursuit_job_match_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobMatchSection, pursuit_job_match_section, PURSUIT, JOB_MATCH_SECTION, PursuitJobSection)

void                pursuit_job_match_section_set_ai_provider (PursuitJobMatchSection *self,
                                                               PursuitAiProvider      *provider);
/* The gap analysis shown, NULL before a job with a CV is loaded.
 * (transfer none) */
PursuitMatchResult *pursuit_job_match_section_get_result      (PursuitJobMatchSection *self);

G_END_DECLS
