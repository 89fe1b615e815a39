/* pursuit-matching-types.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-matching-keys-private.h"
#include "pursuit-matching-types.h"

/* Keys are stored in files and the database: never change them. */
static const char * const skill_level_keys[] = {
  "none", "beginner", "intermediate", "advanced", "expert",
};

static const char * const education_level_keys[] = {
  "none", "secondary", "vocational", "associate", "bachelor", "master", "doctorate",
};

const char *
pursuit_skill_level_to_string (PursuitSkillLevel level)
{
  g_return_val_if_fail ((guint) level < G_N_ELEMENTS (skill_level_keys), "none");

  return skill_level_keys[level];
}

gboolean
pursuit_skill_level_from_string (const char        *key,
                                 PursuitSkillLevel *out)
{
  guint value;

  if (!_pursuit_matching_key_lookup (skill_level_keys, G_N_ELEMENTS (skill_level_keys), key, &value))
    return FALSE;

  if (out != NULL)
    *out = (PursuitSkillLevel) value;
  return TRUE;
}

const char *
pursuit_skill_level_get_label (PursuitSkillLevel level)
{
  switch (level)
    {
    case PURSUIT_SKILL_LEVEL_NONE:
      return "";
    case PURSUIT_SKILL_LEVEL_BEGINNER:
      return _("Beginner");
    case PURSUIT_SKILL_LEVEL_INTERMEDIATE:
      return _("Intermediate");
    case PURSUIT_SKILL_LEVEL_ADVANCED:
      return _("Advanced");
    case PURSUIT_SKILL_LEVEL_EXPERT:
      return _("Expert");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
pursuit_education_level_to_string (PursuitEducationLevel level)
{
  g_return_val_if_fail ((guint) level < G_N_ELEMENTS (education_level_keys), "none");

  return education_level_keys[level];
}

gboolean
pursuit_education_level_from_string (const char            *key,
                                     PursuitEducationLevel *out)
{
  guint value;

  if (!_pursuit_matching_key_lookup (education_level_keys, G_N_ELEMENTS (education_level_keys), key, &value))
    return FALSE;

  if (out != NULL)
    *out = (PursuitEducationLevel) value;
  return TRUE;
}

const char *
pursuit_education_level_get_label (PursuitEducationLevel level)
{
  switch (level)
    {
    case PURSUIT_EDUCATION_NONE:
      return "";
    case PURSUIT_EDUCATION_SECONDARY:
      return _("Secondary school");
    case PURSUIT_EDUCATION_VOCATIONAL:
      return _("Vocational training");
    case PURSUIT_EDUCATION_ASSOCIATE:
      return _("Associate degree");
    case PURSUIT_EDUCATION_BACHELOR:
      return _("Bachelor's degree");
    case PURSUIT_EDUCATION_MASTER:
      return _("Master's degree");
    case PURSUIT_EDUCATION_DOCTORATE:
      return _("Doctorate");
    default:
      g_return_val_if_reached ("");
    }
}
