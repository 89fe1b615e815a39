/* pursuit-match-result.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-match-result"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "pursuit-json-private.h"
#include "pursuit-match-result.h"

#define WEIGHT_REQUIRED   50
#define WEIGHT_PREFERRED  20
#define WEIGHT_EXPERIENCE 20
#define WEIGHT_EDUCATION  10

/* Missing skills named one per line in describe(); the rest are counted. */
#define MAX_DESCRIBED_GAPS 5

struct _PursuitMatchResult
{
  GObject                parent_instance;

  int                    score;
  double                 required;
  double                 preferred;
  double                 experience;
  double                 education;
  double                 user_years;
  double                 min_years;
  PursuitEducationLevel  user_education;
  PursuitEducationLevel  required_education;
  GArray                *skills;   /* of PursuitSkillMatch, in the header's order */
};

G_DEFINE_FINAL_TYPE (PursuitMatchResult, pursuit_match_result, G_TYPE_OBJECT)

static const char * const kind_keys[] = { "matching", "partial", "transferable", "missing" };

const char *
pursuit_skill_match_kind_to_string (PursuitSkillMatchKind kind)
{
  g_return_val_if_fail (kind <= PURSUIT_SKILL_MATCH_MISSING, NULL);

  return kind_keys[kind];
}

const char *
pursuit_skill_match_kind_get_label (PursuitSkillMatchKind kind)
{
  switch (kind)
    {
    case PURSUIT_SKILL_MATCH_MATCHING:
      return C_("skill match", "Matching");
    case PURSUIT_SKILL_MATCH_PARTIAL:
      return C_("skill match", "Partial");
    case PURSUIT_SKILL_MATCH_TRANSFERABLE:
      return C_("skill match", "Transferable");
    case PURSUIT_SKILL_MATCH_MISSING:
      return C_("skill match", "Missing");
    default:
      g_return_val_if_reached ("");
    }
}

static void
clear_skill_match (gpointer data)
{
  PursuitSkillMatch *match = data;

  g_free (match->name);
  g_free (match->category);
  g_free (match->transfer_from);
  g_free (match->learning_kind);
}

static void
pursuit_match_result_finalize (GObject *object)
{
  PursuitMatchResult *self = (PursuitMatchResult *)object;

  g_clear_pointer (&self->skills, g_array_unref);

  G_OBJECT_CLASS (pursuit_match_result_parent_class)->finalize (object);
}

static void
pursuit_match_result_class_init (PursuitMatchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_match_result_finalize;
}

static void
pursuit_match_result_init (PursuitMatchResult *self)
{
  self->score = -1;
  self->skills = g_array_new (FALSE, TRUE, sizeof (PursuitSkillMatch));
  g_array_set_clear_func (self->skills, clear_skill_match);
}

PursuitMatchResult *
pursuit_match_result_new (void)
{
  return g_object_new (PURSUIT_TYPE_MATCH_RESULT, NULL);
}

int
pursuit_match_result_get_score (PursuitMatchResult *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), -1);

  return self->score;
}

double
pursuit_match_result_get_required (PursuitMatchResult *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), 0);

  return self->required;
}

double
pursuit_match_result_get_preferred (PursuitMatchResult *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), 0);

  return self->preferred;
}

double
pursuit_match_result_get_experience (PursuitMatchResult *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), 0);

  return self->experience;
}

double
pursuit_match_result_get_education (PursuitMatchResult *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), 0);

  return self->education;
}

double
pursuit_match_result_get_user_years (PursuitMatchResult *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), 0);

  return self->user_years;
}

double
pursuit_match_result_get_min_years (PursuitMatchResult *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), 0);

  return self->min_years;
}

PursuitEducationLevel
pursuit_match_result_get_user_education (PursuitMatchResult *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), PURSUIT_EDUCATION_NONE);

  return self->user_education;
}

PursuitEducationLevel
pursuit_match_result_get_required_education (PursuitMatchResult *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), PURSUIT_EDUCATION_NONE);

  return self->required_education;
}

guint
pursuit_match_result_get_n_skills (PursuitMatchResult *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), 0);

  return self->skills->len;
}

const PursuitSkillMatch *
pursuit_match_result_get_skill (PursuitMatchResult *self,
                                guint               index)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), NULL);
  g_return_val_if_fail (index < self->skills->len, NULL);

  return &g_array_index (self->skills, PursuitSkillMatch, index);
}

static int
compare_learning (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GArray *skills = user_data;
  const PursuitSkillMatch *ma = &g_array_index (skills, PursuitSkillMatch, *(const guint *) a);
  const PursuitSkillMatch *mb = &g_array_index (skills, PursuitSkillMatch, *(const guint *) b);

  if (ma->required != mb->required)
    return ma->required ? -1 : 1;
  if (ma->importance != mb->importance)
    return ma->importance > mb->importance ? -1 : 1;
  if (ma->learning_hours != mb->learning_hours)
    return ma->learning_hours < mb->learning_hours ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/**
 * pursuit_match_result_get_learning_order:
 *
 * Returns: (transfer full) (element-type guint): indices of the skills to
 *   learn, most important first
 */
GArray *
pursuit_match_result_get_learning_order (PursuitMatchResult *self)
{
  GArray *order;

  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), NULL);

  order = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->skills->len; i++)
    if (g_array_index (self->skills, PursuitSkillMatch, i).kind != PURSUIT_SKILL_MATCH_MATCHING)
      g_array_append_val (order, i);
  g_array_sort_with_data (order, compare_learning, self->skills);

  return order;
}

static const char *
learning_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "course") == 0)
    return _("a course");
  if (g_strcmp0 (kind, "documentation") == 0)
    return _("reading the documentation");
  if (g_strcmp0 (kind, "book") == 0)
    return _("a book");
  if (g_strcmp0 (kind, "project") == 0)
    return _("a practice project");
  if (g_strcmp0 (kind, "certification") == 0)
    return _("a certification");
  return _("practice");
}

static void
count_kinds (PursuitMatchResult *self,
             gboolean            required,
             guint              *out_total,
             guint              *out_have)
{
  *out_total = 0;
  *out_have = 0;
  for (guint i = 0; i < self->skills->len; i++)
    {
      const PursuitSkillMatch *m = &g_array_index (self->skills, PursuitSkillMatch, i);

      if (m->required != required)
        continue;
      (*out_total)++;
      if (m->kind == PURSUIT_SKILL_MATCH_MATCHING || m->kind == PURSUIT_SKILL_MATCH_PARTIAL)
        (*out_have)++;
    }
}

static void
describe_gap (GPtrArray               *lines,
              const PursuitSkillMatch *m)
{
  switch (m->kind)
    {
    case PURSUIT_SKILL_MATCH_PARTIAL:
      /* Translators: "Kubernetes: asked at Advanced level, you are at Beginner; about 20 hours of a course" */
      g_ptr_array_add (lines, g_strdup_printf (_("%s: asked at %s level, you are at %s; about %u hours of %s"),
                                               m->name, pursuit_skill_level_get_label (m->required_level),
                                               pursuit_skill_level_get_label (m->user_level),
                                               m->learning_hours, learning_kind_label (m->learning_kind)));
      break;
    case PURSUIT_SKILL_MATCH_TRANSFERABLE:
      /* Translators: "Vue.js: your React transfers (70%); about 12 hours of practice" */
      g_ptr_array_add (lines, g_strdup_printf (_("%s: your %s transfers (%d%%); about %u hours of %s"),
                                               m->name, m->transfer_from,
                                               (int) lround (m->relevance * 100),
                                               m->learning_hours, learning_kind_label (m->learning_kind)));
      break;
    case PURSUIT_SKILL_MATCH_MISSING:
      /* Translators: "Kubernetes is missing: about 40 hours of a course" */
      g_ptr_array_add (lines, g_strdup_printf (_("%s is missing: about %u hours of %s"),
                                               m->name, m->learning_hours,
                                               learning_kind_label (m->learning_kind)));
      break;
    case PURSUIT_SKILL_MATCH_MATCHING:
    default:
      break;
    }
}

/**
 * pursuit_match_result_describe:
 *
 * Returns: (transfer full): plain-language lines, translated
 */
char **
pursuit_match_result_describe (PursuitMatchResult *self)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) order = NULL;
  guint total, have;

  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), NULL);

  if (self->score < 0)
    {
      g_ptr_array_add (lines, g_strdup (_("The posting does not say which skills, experience or degree it asks for")));
      g_ptr_array_add (lines, NULL);
      return (char **) g_ptr_array_steal (lines, NULL);
    }

  count_kinds (self, TRUE, &total, &have);
  if (total > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "You have %u of %u required skill",
                                                          "You have %u of %u required skills", total),
                                             have, total));
  count_kinds (self, FALSE, &total, &have);
  if (total > 0)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "You have %u of %u preferred skill",
                                                          "You have %u of %u preferred skills", total),
                                             have, total));

  if (self->min_years > 0)
    {
      /* Years from a CV are fractional (12.33…): a tenth of a year is as
       * fine as a reader needs. */
      double user_years = round (self->user_years * 10) / 10;
      double short_years = round ((self->min_years - self->user_years) * 10) / 10;

      if (self->user_years >= self->min_years)
        g_ptr_array_add (lines, g_strdup_printf (_("Experience: %g years asked, you have %g years"),
                                                 self->min_years, user_years));
      else
        g_ptr_array_add (lines, g_strdup_printf (_("Experience: %g years asked, you have %g years: %g short"),
                                                 self->min_years, user_years, short_years));
    }

  if (self->required_education != PURSUIT_EDUCATION_NONE)
    {
      if (self->user_education >= self->required_education)
        g_ptr_array_add (lines, g_strdup_printf (_("Education: %s asked, you have it"),
                                                 pursuit_education_level_get_label (self->required_education)));
      else if (self->user_education == PURSUIT_EDUCATION_NONE)
        g_ptr_array_add (lines, g_strdup_printf (_("Education: %s asked, your profile names none"),
                                                 pursuit_education_level_get_label (self->required_education)));
      else
        g_ptr_array_add (lines, g_strdup_printf (_("Education: %s asked, you have %s"),
                                                 pursuit_education_level_get_label (self->required_education),
                                                 pursuit_education_level_get_label (self->user_education)));
    }

  order = pursuit_match_result_get_learning_order (self);
  for (guint i = 0; i < order->len && i < MAX_DESCRIBED_GAPS; i++)
    describe_gap (lines, &g_array_index (self->skills, PursuitSkillMatch,
                                         g_array_index (order, guint, i)));
  if (order->len > MAX_DESCRIBED_GAPS)
    {
      guint more = order->len - MAX_DESCRIBED_GAPS;

      g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "And %u more skill to learn",
                                                            "And %u more skills to learn", more),
                                               more));
    }

  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_steal (lines, NULL);
}

static void
add_component (JsonBuilder *builder,
               const char  *name,
               double       fraction,
               int          weight)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "fraction");
  json_builder_add_double_value (builder, fraction);
  json_builder_set_member_name (builder, "points");
  json_builder_add_double_value (builder, fraction * weight);
  json_builder_set_member_name (builder, "weight");
  json_builder_add_int_value (builder, weight);
}

static void
add_skill_json (JsonBuilder             *builder,
                const PursuitSkillMatch *m)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, m->name);
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder, m->category);
  json_builder_set_member_name (builder, "required");
  json_builder_add_boolean_value (builder, m->required);
  json_builder_set_member_name (builder, "required_level");
  json_builder_add_string_value (builder, pursuit_skill_level_to_string (m->required_level));
  json_builder_set_member_name (builder, "user_level");
  json_builder_add_string_value (builder, pursuit_skill_level_to_string (m->user_level));
  json_builder_set_member_name (builder, "relevance");
  json_builder_add_double_value (builder, m->relevance);
  json_builder_set_member_name (builder, "transfer_from");
  if (m->transfer_from != NULL)
    json_builder_add_string_value (builder, m->transfer_from);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "learning");
  if (m->kind != PURSUIT_SKILL_MATCH_MATCHING && m->learning_kind != NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, m->learning_kind);
      json_builder_set_member_name (builder, "hours");
      json_builder_add_int_value (builder, m->learning_hours);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

/**
 * pursuit_match_result_to_json:
 *
 * Returns: (transfer full): the result as the header describes it
 */
char *
pursuit_match_result_to_json (PursuitMatchResult *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (PURSUIT_IS_MATCH_RESULT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "score");
  json_builder_add_int_value (builder, self->score);

  json_builder_set_member_name (builder, "breakdown");
  json_builder_begin_object (builder);
  add_component (builder, "required", self->required, WEIGHT_REQUIRED);
  json_builder_end_object (builder);
  add_component (builder, "preferred", self->preferred, WEIGHT_PREFERRED);
  json_builder_end_object (builder);
  add_component (builder, "experience", self->experience, WEIGHT_EXPERIENCE);
  json_builder_set_member_name (builder, "user_years");
  json_builder_add_double_value (builder, self->user_years);
  json_builder_set_member_name (builder, "min_years");
  json_builder_add_double_value (builder, self->min_years);
  json_builder_end_object (builder);
  add_component (builder, "education", self->education, WEIGHT_EDUCATION);
  json_builder_set_member_name (builder, "user");
  json_builder_add_string_value (builder, pursuit_education_level_to_string (self->user_education));
  json_builder_set_member_name (builder, "required");
  json_builder_add_string_value (builder, pursuit_education_level_to_string (self->required_education));
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  for (PursuitSkillMatchKind kind = PURSUIT_SKILL_MATCH_MATCHING; kind <= PURSUIT_SKILL_MATCH_MISSING; kind++)
    {
      json_builder_set_member_name (builder, kind_keys[kind]);
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->skills->len; i++)
        {
          const PursuitSkillMatch *m = &g_array_index (self->skills, PursuitSkillMatch, i);

          if (m->kind == kind)
            add_skill_json (builder, m);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  return _pursuit_json_builder_to_data (builder);
}

void
_pursuit_match_result_set_components (PursuitMatchResult *self,
                                      int                 score,
                                      double              required,
                                      double              preferred,
                                      double              experience,
                                      double              education)
{
  g_return_if_fail (PURSUIT_IS_MATCH_RESULT (self));
  g_return_if_fail (score >= -1 && score <= 100);

  self->score = score;
  self->required = required;
  self->preferred = preferred;
  self->experience = experience;
  self->education = education;
}

void
_pursuit_match_result_set_facts (PursuitMatchResult    *self,
                                 double                 user_years,
                                 double                 min_years,
                                 PursuitEducationLevel  user_education,
                                 PursuitEducationLevel  required_education)
{
  g_return_if_fail (PURSUIT_IS_MATCH_RESULT (self));

  self->user_years = user_years;
  self->min_years = min_years;
  self->user_education = user_education;
  self->required_education = required_education;
}

void
_pursuit_match_result_add_skill (PursuitMatchResult      *self,
                                 const PursuitSkillMatch *match)
{
  PursuitSkillMatch copy;

  g_return_if_fail (PURSUIT_IS_MATCH_RESULT (self));
  g_return_if_fail (match != NULL && match->name != NULL);

  copy = *match;
  copy.name = g_strdup (match->name);
  copy.category = g_strdup (match->category);
  copy.transfer_from = g_strdup (match->transfer_from);
  copy.learning_kind = g_strdup (match->learning_kind);
  g_array_append_val (self->skills, copy);
}
