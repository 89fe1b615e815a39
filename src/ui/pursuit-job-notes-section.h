/* pursuit-job-notes-section.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_NOTES_SECTION (pursuit_job_notes_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobNotesSection, pursuit_job_notes_section, PURSUIT, JOB_NOTES_SECTION, PursuitJobSection)

G_END_DECLS
