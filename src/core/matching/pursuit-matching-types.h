/* pursuit-matching-types.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PursuitSkillLevel:
 * @PURSUIT_SKILL_LEVEL_NONE: not stated (in a profile: not claimed; in a
 *   requirement: any level will do)
 *
 * Ordered: a higher value is a higher level.
 */
typedef enum
{
  PURSUIT_SKILL_LEVEL_NONE,
  PURSUIT_SKILL_LEVEL_BEGINNER,
  PURSUIT_SKILL_LEVEL_INTERMEDIATE,
  PURSUIT_SKILL_LEVEL_ADVANCED,
  PURSUIT_SKILL_LEVEL_EXPERT,
} PursuitSkillLevel;

/**
 * PursuitEducationLevel:
 *
 * Ordered: a higher value is a higher degree.
 */
typedef enum
{
  PURSUIT_EDUCATION_NONE,
  PURSUIT_EDUCATION_SECONDARY,
  PURSUIT_EDUCATION_VOCATIONAL,
  PURSUIT_EDUCATION_ASSOCIATE,
  PURSUIT_EDUCATION_BACHELOR,
  PURSUIT_EDUCATION_MASTER,
  PURSUIT_EDUCATION_DOCTORATE,
} PursuitEducationLevel;

/* Stable keys for files and JSON: "none", "beginner", "intermediate",
 * "advanced", "expert"; "none", "secondary", "vocational", "associate",
 * "bachelor", "master", "doctorate". from_string returns FALSE for an
 * unknown or NULL key and leaves @out alone. */
const char *pursuit_skill_level_to_string      (PursuitSkillLevel      level);
gboolean    pursuit_skill_level_from_string    (const char            *key,
                                                PursuitSkillLevel     *out);
/* Translated label for the UI ("Advanced"); "" for NONE. */
const char *pursuit_skill_level_get_label      (PursuitSkillLevel      level);
const char *pursuit_education_level_to_string  (PursuitEducationLevel  level);
gboolean    pursuit_education_level_from_string (const char           *key,
                                                PursuitEducationLevel *out);
/* Translated label ("Master's degree"); "" for NONE. */
const char *pursuit_education_level_get_label  (PursuitEducationLevel  level);

G_END_DECLS
