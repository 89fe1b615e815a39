/* pursuit-job-interviews-section.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_INTERVIEWS_SECTION (pursuit_job_interviews_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobInterviewsSection, pursuit_job_interviews_section, PURSUIT, JOB_INTERVIEWS_SECTION, PursuitJobSection)

void pursuit_job_interviews_section_import_file (PursuitJobInterviewsSection *self,
                                                 GFile                       *file);

G_END_DECLS
