/* pursuit-matcher.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-matcher"

#include "config.h"

#include <math.h>

#include "pursuit-matcher.h"

#define TRANSFER_FACTOR 0.6

#define WEIGHT_REQUIRED   50
#define WEIGHT_PREFERRED  20
#define WEIGHT_EXPERIENCE 20
#define WEIGHT_EDUCATION  10

struct _PursuitMatcher
{
  GObject                parent_instance;

  PursuitSkillTaxonomy  *taxonomy;
  guint                  n_skills;
  /* By the taxonomy's skill index: the user's level (NONE: does not have
   * it), and the best transfer from a skill the user has. */
  guint8                *levels;
  float                 *transfer;
  guint                 *transfer_from;
  double                 years;
  PursuitEducationLevel  education;
};

G_DEFINE_FINAL_TYPE (PursuitMatcher, pursuit_matcher, G_TYPE_OBJECT)

static void
pursuit_matcher_finalize (GObject *object)
{
  PursuitMatcher *self = (PursuitMatcher *)object;

  g_clear_object (&self->taxonomy);
  g_clear_pointer (&self->levels, g_free);
  g_clear_pointer (&self->transfer, g_free);
  g_clear_pointer (&self->transfer_from, g_free);

  G_OBJECT_CLASS (pursuit_matcher_parent_class)->finalize (object);
}

static void
pursuit_matcher_class_init (PursuitMatcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_matcher_finalize;
}

static void
pursuit_matcher_init (PursuitMatcher *self)
{
}

static void
consider_transfer (PursuitMatcher *self,
                   guint           have,
                   guint           want)
{
  double weight;

  if (have >= self->n_skills || want >= self->n_skills || have == want ||
      self->levels[have] == PURSUIT_SKILL_LEVEL_NONE)
    return;
  weight = MIN (pursuit_skill_taxonomy_get_transfer (self->taxonomy, have, want), 1.0);
  if (weight > self->transfer[want])
    {
      self->transfer[want] = weight;
      self->transfer_from[want] = have;
    }
}

/**
 * pursuit_matcher_new:
 * @taxonomy: the skills the requirements were read with
 * @profile: the user's profile; read now, later edits are not seen
 *
 * Profile skills the taxonomy does not know cannot match anything and are
 * left out. A skill claimed without a level counts as intermediate.
 *
 * Returns: (transfer full): a matcher for @profile
 */
PursuitMatcher *
pursuit_matcher_new (PursuitSkillTaxonomy *taxonomy,
                     PursuitProfile       *profile)
{
  PursuitMatcher *self;
  guint n_profile;

  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (PURSUIT_IS_PROFILE (profile), NULL);

  self = g_object_new (PURSUIT_TYPE_MATCHER, NULL);
  self->taxonomy = g_object_ref (taxonomy);
  self->n_skills = pursuit_skill_taxonomy_get_n_skills (taxonomy);
  self->levels = g_new0 (guint8, self->n_skills);
  self->transfer = g_new0 (float, self->n_skills);
  self->transfer_from = g_new0 (guint, self->n_skills);
  self->years = MAX (0.0, pursuit_profile_get_years_of_experience (profile));
  self->education = pursuit_profile_get_education (profile);

  n_profile = pursuit_profile_get_n_skills (profile);
  for (guint i = 0; i < n_profile; i++)
    {
      PursuitSkillLevel level = PURSUIT_SKILL_LEVEL_NONE;
      const char *name = pursuit_profile_get_skill (profile, i, &level);
      int skill = pursuit_skill_taxonomy_lookup (taxonomy, name);

      if (skill < 0 || (guint) skill >= self->n_skills)
        continue;
      if (level == PURSUIT_SKILL_LEVEL_NONE)
        level = PURSUIT_SKILL_LEVEL_INTERMEDIATE;
      self->levels[skill] = MAX (self->levels[skill], (guint8) level);
    }

  /* The best transfer to every skill, so scoring is one lookup per skill.
   * Both ends' lists are read: a relation may be listed on either side. */
  for (guint want = 0; want < self->n_skills; want++)
    {
      const guint *related = NULL;
      const double *weights = NULL;
      guint n = pursuit_skill_taxonomy_get_related (taxonomy, want, &related, &weights);

      for (guint r = 0; r < n; r++)
        {
          consider_transfer (self, related[r], want);
          consider_transfer (self, want, related[r]);
        }
    }

  return self;
}

static PursuitSkillMatchKind
judge (PursuitMatcher    *self,
       guint              skill,
       PursuitSkillLevel  asked,
       double            *out_credit)
{
  PursuitSkillLevel have = skill < self->n_skills ? self->levels[skill] : PURSUIT_SKILL_LEVEL_NONE;

  if (have != PURSUIT_SKILL_LEVEL_NONE)
    {
      if (asked == PURSUIT_SKILL_LEVEL_NONE || have >= asked)
        {
          *out_credit = 1.0;
          return PURSUIT_SKILL_MATCH_MATCHING;
        }
      *out_credit = (double) have / asked;
      return PURSUIT_SKILL_MATCH_PARTIAL;
    }
  if (skill < self->n_skills && self->transfer[skill] > 0)
    {
      *out_credit = TRANSFER_FACTOR * self->transfer[skill];
      return PURSUIT_SKILL_MATCH_TRANSFERABLE;
    }
  *out_credit = 0.0;
  return PURSUIT_SKILL_MATCH_MISSING;
}

static double
experience_fraction (double user_years,
                     double min_years)
{
  if (min_years <= 0)
    return 1.0;
  return MIN (1.0, user_years / min_years);
}

static double
education_fraction (PursuitEducationLevel user,
                    PursuitEducationLevel asked)
{
  if (asked == PURSUIT_EDUCATION_NONE || user >= asked)
    return 1.0;
  if (user + 1 == asked)
    return 0.5;
  return 0.0;
}

/* The fractions and the score; @out_sums may be NULL. */
static int
compute (PursuitMatcher         *self,
         PursuitJobRequirements *requirements,
         double                 *out_required,
         double                 *out_preferred,
         double                 *out_experience,
         double                 *out_education)
{
  guint n = pursuit_job_requirements_get_n_skills (requirements);
  double min_years = pursuit_job_requirements_get_min_years (requirements);
  PursuitEducationLevel degree = pursuit_job_requirements_get_education (requirements);
  double sums[2] = { 0, 0 };
  guint counts[2] = { 0, 0 };
  double total;

  for (guint i = 0; i < n; i++)
    {
      gboolean required = FALSE;
      PursuitSkillLevel asked = PURSUIT_SKILL_LEVEL_NONE;
      guint skill = pursuit_job_requirements_get_skill (requirements, i, &required, &asked);
      double credit;

      judge (self, skill, asked, &credit);
      sums[required ? 1 : 0] += credit;
      counts[required ? 1 : 0]++;
    }

  *out_preferred = counts[0] > 0 ? sums[0] / counts[0] : 1.0;
  *out_required = counts[1] > 0 ? sums[1] / counts[1] : *out_preferred;
  *out_experience = experience_fraction (self->years, min_years);
  *out_education = education_fraction (self->education, degree);

  if (n == 0 && min_years <= 0 && degree == PURSUIT_EDUCATION_NONE)
    return -1;

  total = WEIGHT_REQUIRED * *out_required + WEIGHT_PREFERRED * *out_preferred +
          WEIGHT_EXPERIENCE * *out_experience + WEIGHT_EDUCATION * *out_education;
  /* 0.5 up, without the sums' rounding noise turning 72.5 into 72.4999 */
  return CLAMP ((int) floor (total + 0.5 + 1e-9), 0, 100);
}

/**
 * pursuit_matcher_score:
 * @self: a matcher
 * @requirements: a job's requirements, read with the matcher's taxonomy
 *
 * Returns: 0..100, or -1 when the job asks for nothing readable
 */
int
pursuit_matcher_score (PursuitMatcher         *self,
                       PursuitJobRequirements *requirements)
{
  double required, preferred, experience, education;

  g_return_val_if_fail (PURSUIT_IS_MATCHER (self), -1);
  g_return_val_if_fail (PURSUIT_IS_JOB_REQUIREMENTS (requirements), -1);

  return compute (self, requirements, &required, &preferred, &experience, &education);
}

/* Hours still to learn: the part of the level missing, or what the
 * related skill does not cover. At least one. */
static guint
hours_left (guint                 hours,
            PursuitSkillMatchKind kind,
            PursuitSkillLevel     have,
            PursuitSkillLevel     asked,
            double                relevance)
{
  double share = 1.0;

  if (kind == PURSUIT_SKILL_MATCH_PARTIAL && asked > 0)
    share = (double) (asked - have) / asked;
  else if (kind == PURSUIT_SKILL_MATCH_TRANSFERABLE)
    share = 1.0 - relevance;

  return MAX (1, (guint) ceil (hours * share));
}

/**
 * pursuit_matcher_analyze:
 * @self: a matcher
 * @requirements: a job's requirements, read with the matcher's taxonomy
 *
 * The score with its reasons: each asked-for skill and how the user
 * stands, and what to learn first.
 *
 * Returns: (transfer full): the gap analysis
 */
PursuitMatchResult *
pursuit_matcher_analyze (PursuitMatcher         *self,
                         PursuitJobRequirements *requirements)
{
  g_autoptr(PursuitMatchResult) result = NULL;
  double required, preferred, experience, education;
  guint n_asked[2] = { 0, 0 };
  guint n;
  int score;

  g_return_val_if_fail (PURSUIT_IS_MATCHER (self), NULL);
  g_return_val_if_fail (PURSUIT_IS_JOB_REQUIREMENTS (requirements), NULL);

  result = pursuit_match_result_new ();
  score = compute (self, requirements, &required, &preferred, &experience, &education);
  _pursuit_match_result_set_components (result, score, required, preferred, experience, education);
  _pursuit_match_result_set_facts (result, self->years,
                                   pursuit_job_requirements_get_min_years (requirements),
                                   self->education,
                                   pursuit_job_requirements_get_education (requirements));

  n = pursuit_job_requirements_get_n_skills (requirements);
  for (guint i = 0; i < n; i++)
    {
      gboolean is_required = FALSE;

      pursuit_job_requirements_get_skill (requirements, i, &is_required, NULL);
      n_asked[is_required ? 1 : 0]++;
    }

  /* Required first, then preferred; within each by kind, in text order */
  for (int pass_required = 1; pass_required >= 0; pass_required--)
    for (PursuitSkillMatchKind kind = PURSUIT_SKILL_MATCH_MATCHING; kind <= PURSUIT_SKILL_MATCH_MISSING; kind++)
      for (guint i = 0; i < n; i++)
        {
          gboolean is_required = FALSE;
          PursuitSkillLevel asked = PURSUIT_SKILL_LEVEL_NONE;
          guint skill = pursuit_job_requirements_get_skill (requirements, i, &is_required, &asked);
          PursuitSkillMatch match = { 0 };
          double credit, weight;

          if (is_required != pass_required || judge (self, skill, asked, &credit) != kind)
            continue;

          /* Without required skills the preferred ones stand in for them */
          weight = is_required ? WEIGHT_REQUIRED : WEIGHT_PREFERRED;
          if (!is_required && n_asked[1] == 0)
            weight += WEIGHT_REQUIRED;

          match.name = (char *) pursuit_skill_taxonomy_get_name (self->taxonomy, skill);
          match.category = (char *) pursuit_skill_taxonomy_get_category (self->taxonomy, skill);
          match.required = is_required;
          match.required_level = asked;
          match.user_level = self->levels[skill];
          match.kind = kind;
          match.credit = credit;
          match.relevance = kind == PURSUIT_SKILL_MATCH_MISSING ? 0.0 : 1.0;
          if (kind == PURSUIT_SKILL_MATCH_TRANSFERABLE)
            {
              match.relevance = self->transfer[skill];
              match.transfer_from = (char *) pursuit_skill_taxonomy_get_name (self->taxonomy,
                                                                               self->transfer_from[skill]);
            }
          /* The points learning it would add */
          match.importance = weight / n_asked[is_required ? 1 : 0] * (1.0 - credit);
          if (kind != PURSUIT_SKILL_MATCH_MATCHING)
            {
              match.learning_kind = (char *) pursuit_skill_taxonomy_get_learning_kind (self->taxonomy, skill);
              match.learning_hours = hours_left (pursuit_skill_taxonomy_get_learning_hours (self->taxonomy, skill),
                                                 kind, match.user_level, asked, match.relevance);
            }
          _pursuit_match_result_add_skill (result, &match);
        }

  return g_steal_pointer (&result);
}
