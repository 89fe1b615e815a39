/* pursuit-job-documents-section.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-ai-provider.h"
#include "pursuit-job-section.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_DOCUMENTS_SECTION (pursuit_job_documents_section_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobDocumentsSection, pursuit_job_documents_section, PURSUIT, JOB_DOCUMENTS_SECTION, PursuitJobSection)

/* The document editor it opens offers an AI draft while @provider gives
 * a client. */
void pursuit_job_documents_section_set_ai_provider (PursuitJobDocumentsSection *self,
                                                    PursuitAiProvider          *provider);

G_END_DECLS
