/* pursuit-cover-letter.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cover-letter"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pursuit-cover-letter-private.h"
#include "pursuit-skill-taxonomy.h"

/* Few enough to read as a sentence. */
#define MAX_NAMED_SKILLS 4

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* "A", "A and B", "A, B and C". */
static char *
join_names (GPtrArray *names)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0 && i == names->len - 1)
        /* Translators: before the last item of a list, "A, B and C" */
        g_string_append (list, _(" and "));
      else if (i > 0)
        g_string_append (list, _(", "));
      g_string_append (list, g_ptr_array_index (names, i));
    }

  return g_string_free (g_steal_pointer (&list), FALSE);
}

gboolean
_pursuit_cover_letter_has_name (GPtrArray  *names,
                                const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (names, i), name) == 0)
      return TRUE;

  return FALSE;
}

GPtrArray *
_pursuit_cover_letter_collect_skills (PursuitJob         *job,
                                      PursuitProfile     *profile,
                                      PursuitMatchResult *match,
                                      guint               max_names)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  if (match != NULL)
    {
      for (guint pass = 0; pass < 2; pass++)
        for (guint i = 0; i < pursuit_match_result_get_n_skills (match) && names->len < max_names; i++)
          {
            const PursuitSkillMatch *skill = pursuit_match_result_get_skill (match, i);

            if (skill->required != (pass == 0) || !is_set (skill->name) ||
                (skill->kind != PURSUIT_SKILL_MATCH_MATCHING && skill->kind != PURSUIT_SKILL_MATCH_PARTIAL) ||
                _pursuit_cover_letter_has_name (names, skill->name))
              continue;
            g_ptr_array_add (names, g_strdup (skill->name));
          }
    }
  else if (profile != NULL)
    {
      PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
      g_autofree char *text = g_strconcat (pursuit_job_get_title (job) ? pursuit_job_get_title (job) : "",
                                           "\n",
                                           pursuit_job_get_description (job) ? pursuit_job_get_description (job) : "",
                                           NULL);
      g_autoptr(GArray) skills = pursuit_skill_taxonomy_extract_skills (taxonomy, text, -1);

      for (guint i = 0; i < skills->len && names->len < max_names; i++)
        {
          const char *name = pursuit_skill_taxonomy_get_name (taxonomy, g_array_index (skills, guint, i));

          if (pursuit_profile_get_skill_level (profile, name) != PURSUIT_SKILL_LEVEL_NONE &&
              !_pursuit_cover_letter_has_name (names, name))
            g_ptr_array_add (names, g_strdup (name));
        }
    }

  return names;
}

const PursuitSkillMatch *
_pursuit_cover_letter_find_transferable (PursuitMatchResult *match)
{
  const PursuitSkillMatch *best = NULL;

  for (guint i = 0; match != NULL && i < pursuit_match_result_get_n_skills (match); i++)
    {
      const PursuitSkillMatch *skill = pursuit_match_result_get_skill (match, i);

      if (skill->kind != PURSUIT_SKILL_MATCH_TRANSFERABLE || !is_set (skill->name) || !is_set (skill->transfer_from))
        continue;
      if (best == NULL || (skill->required && !best->required) ||
          (skill->required == best->required && skill->relevance > best->relevance))
        best = skill;
    }

  return best;
}

static void
append_opening (GString    *letter,
                PursuitJob *job)
{
  const char *title = pursuit_job_get_title (job);
  const char *company = pursuit_job_get_company (job);

  if (is_set (company))
    g_string_append_printf (letter, _("Dear hiring team at %s,"), company);
  else
    g_string_append (letter, _("Dear hiring team,"));
  g_string_append (letter, "\n\n");

  if (is_set (title) && is_set (company))
    g_string_append_printf (letter, _("I am writing to apply for the %s position at %s."), title, company);
  else if (is_set (title))
    g_string_append_printf (letter, _("I am writing to apply for the %s position."), title);
  else
    g_string_append (letter, _("I am writing to apply for the position you advertised."));
}

static void
append_experience (GString        *letter,
                   PursuitProfile *profile,
                   GPtrArray      *skills)
{
  g_autofree char *list = NULL;
  const char *headline = profile != NULL ? pursuit_profile_get_headline (profile) : NULL;
  guint years = profile != NULL ? (guint)floor (pursuit_profile_get_years_of_experience (profile)) : 0;

  if (is_set (headline))
    {
      g_string_append_c (letter, ' ');
      g_string_append_printf (letter, _("As a %s, I believe my background fits this role well."), headline);
    }
  g_string_append (letter, "\n\n");

  if (skills->len == 0)
    {
      if (years > 0)
        g_string_append_printf (letter,
                                ngettext ("In %u year of work I have learned to pick up new tools quickly and to deliver reliable results.",
                                          "In %u years of work I have learned to pick up new tools quickly and to deliver reliable results.",
                                          years),
                                years);
      else
        g_string_append (letter, _("I learn new tools quickly and care about delivering reliable results."));
      return;
    }

  list = join_names (skills);
  if (years > 0)
    g_string_append_printf (letter,
                            ngettext ("In %u year of professional experience I have worked with %s, which this role asks for.",
                                      "In %u years of professional experience I have worked with %s, which this role asks for.",
                                      years),
                            years, list);
  else
    g_string_append_printf (letter, _("I have worked with %s, which this role asks for."), list);
}

/* Honest about the gap: the skill is not claimed, the related one is. */
static void
append_transferable (GString                 *letter,
                     const PursuitSkillMatch *skill)
{
  if (skill == NULL)
    return;

  g_string_append (letter, " ");
  g_string_append_printf (letter,
                          _("I have not used %s professionally yet, but my experience with %s carries over, and I would close that gap quickly."),
                          skill->name, skill->transfer_from);
}

static void
append_closing (GString        *letter,
                PursuitJob     *job,
                PursuitProfile *profile)
{
  const char *company = pursuit_job_get_company (job);
  const char *name = profile != NULL ? pursuit_profile_get_name (profile) : NULL;

  g_string_append (letter, "\n\n");
  if (is_set (company))
    g_string_append_printf (letter, _("I would welcome the chance to discuss how I can contribute to %s."), company);
  else
    g_string_append (letter, _("I would welcome the chance to discuss how I can contribute to your team."));
  g_string_append_c (letter, ' ');
  g_string_append (letter, _("Thank you for your time and consideration."));
  g_string_append (letter, "\n\n");
  g_string_append (letter, _("Kind regards,"));
  if (is_set (name))
    {
      g_string_append_c (letter, '\n');
      g_string_append (letter, name);
    }
  g_string_append_c (letter, '\n');
}

/**
 * pursuit_cover_letter_draft:
 * @job: the job applied for
 * @profile: (nullable): the user's profile
 * @match: (nullable): the job's gap analysis
 *
 * Drafts a short cover letter from what Pursuit knows, without the AI:
 * the skills named are ones the user has, and a skill the user lacks is
 * only mentioned as such, with the related skill that carries over.
 *
 * Returns: (transfer full): the draft, plain text
 */
char *
pursuit_cover_letter_draft (PursuitJob         *job,
                            PursuitProfile     *profile,
                            PursuitMatchResult *match)
{
  g_autoptr(GString) letter = g_string_new (NULL);
  g_autoptr(GPtrArray) skills = NULL;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);
  g_return_val_if_fail (profile == NULL || PURSUIT_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (match == NULL || PURSUIT_IS_MATCH_RESULT (match), NULL);

  skills = _pursuit_cover_letter_collect_skills (job, profile, match, MAX_NAMED_SKILLS);

  append_opening (letter, job);
  append_experience (letter, profile, skills);
  append_transferable (letter, _pursuit_cover_letter_find_transferable (match));
  append_closing (letter, job, profile);

  return g_string_free (g_steal_pointer (&letter), FALSE);
}
