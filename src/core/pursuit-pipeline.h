/* pursuit-pipeline.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The state machine of an application. It works on the stable keys of the
 * built-in stages ("categories"); user-made columns belong to one of them
 * and follow its rules, so renaming or reordering never changes behaviour. */

#define PURSUIT_STAGE_SAVED               "saved"
#define PURSUIT_STAGE_APPLIED             "applied"
#define PURSUIT_STAGE_SCREENING           "screening"
#define PURSUIT_STAGE_INTERVIEW_SCHEDULED "interview_scheduled"
#define PURSUIT_STAGE_INTERVIEWING        "interviewing"
#define PURSUIT_STAGE_OFFER               "offer"
#define PURSUIT_STAGE_ACCEPTED            "accepted"
#define PURSUIT_STAGE_REJECTED            "rejected"
#define PURSUIT_STAGE_WITHDRAWN           "withdrawn"
#define PURSUIT_STAGE_GHOSTED             "ghosted"

const char * const *pursuit_pipeline_get_categories      (void);
gboolean            pursuit_pipeline_is_category         (const char  *key);
gboolean            pursuit_pipeline_is_open             (const char  *category);
const char         *pursuit_pipeline_get_default_label   (const char  *category);
const char         *pursuit_pipeline_get_default_color   (const char  *category);
gboolean            pursuit_pipeline_check_transition    (const char  *from_category,
                                                          const char  *to_category,
                                                          GError     **error);

G_END_DECLS
