/* pursuit-job-contacts-section.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_CONTACTS_SECTION (pursuit_job_contacts_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobContactsSection, pursuit_job_contacts_section, PURSUIT, JOB_CONTACTS_SECTION, PursuitJobSection)

G_END_DECLS
