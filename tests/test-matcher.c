/* test-matcher.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>
#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "pursuit-job-requirements.h"
#include "pursuit-matcher.h"
#include "pursuit-profile.h"
#include "pursuit-skill-taxonomy.h"

static PursuitSkillTaxonomy *
taxonomy (void)
{
  return pursuit_skill_taxonomy_get_default ();
}

static gboolean
skip_without_taxonomy (void)
{
  if (pursuit_skill_taxonomy_get_n_skills (taxonomy ()) > 0)
    return FALSE;
  g_test_skip ("The taxonomy is empty");
  return TRUE;
}

static int
skill (const char *name)
{
  int index = pursuit_skill_taxonomy_lookup (taxonomy (), name);

  g_assert_cmpint (index, >=, 0);
  return index;
}

/* -1 when @requirements does not ask for @name; else 1 required, 0 preferred. */
static int
find_asked (PursuitJobRequirements *requirements,
            const char             *name,
            PursuitSkillLevel      *out_level)
{
  int wanted = skill (name);

  for (guint i = 0; i < pursuit_job_requirements_get_n_skills (requirements); i++)
    {
      gboolean required;
      PursuitSkillLevel level;

      if ((int) pursuit_job_requirements_get_skill (requirements, i, &required, &level) == wanted)
        {
          if (out_level != NULL)
            *out_level = level;
          return required ? 1 : 0;
        }
    }
  return -1;
}

static PursuitJobRequirements *
extract (const char *title,
         const char *description)
{
  return pursuit_job_requirements_extract (taxonomy (), title, description);
}

/* Requirements */

static void
test_requirements_sections (void)
{
  static const struct {
    const char *language;
    const char *text;
    const char *required;
    const char *preferred;
    double      years;
  } cases[] = {
    { "en", "About us\nWe build tools.\n\nRequirements\n- Experience with Python\n- 5+ years of experience\n\nNice to have\n- Docker\n",
      "Python", "Docker", 5 },
    { "en", "Must have:\n* Java\n* at least 3 years in backend work\nBonus:\n* Kubernetes\n",
      "Java", "Kubernetes", 3 },
    { "de", "Über uns\nWir sind ein Softwarehaus.\n\nIhr Profil\n- Erfahrung mit Java\n- Mindestens 5 Jahre Berufserfahrung\n\nWünschenswert\n- Kubernetes\n",
      "Java", "Kubernetes", 5 },
    { "de", "Anforderungen:\n- Kenntnisse in SQL\n\nVon Vorteil:\n- Python\n",
      "SQL", "Python", 0 },
    { "fr", "Profil recherché\n- Maîtrise de Python\n- 5 ans d'expérience\n\nAtouts\n- Docker\n",
      "Python", "Docker", 5 },
    { "es", "Requisitos\n- Experiencia con SQL\n- Al menos 3 años de experiencia\n\nSe valorará\n- Python\n",
      "SQL", "Python", 3 },
  };

  if (skip_without_taxonomy ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitJobRequirements) requirements = extract ("Engineer", cases[i].text);

      g_test_message ("case %u (%s)", i, cases[i].language);
      g_assert_cmpint (find_asked (requirements, cases[i].required, NULL), ==, 1);
      g_assert_cmpint (find_asked (requirements, cases[i].preferred, NULL), ==, 0);
      g_assert_cmpfloat (pursuit_job_requirements_get_min_years (requirements), ==, cases[i].years);
      g_assert_cmpuint (pursuit_job_requirements_get_n_required (requirements), >=, 1);
    }
}

static void
test_requirements_sentences (void)
{
  g_autoptr(PursuitJobRequirements) hedged = NULL;
  g_autoptr(PursuitJobRequirements) plain = NULL;
  g_autoptr(PursuitJobRequirements) titled = NULL;
  gboolean required;

  if (skip_without_taxonomy ())
    return;

  /* A sentence's own words override its section */
  hedged = extract ("Engineer", "Requirements\n- Experience with Java\n- Kubernetes is a plus\n");
  g_assert_cmpint (find_asked (hedged, "Java", NULL), ==, 1);
  g_assert_cmpint (find_asked (hedged, "Kubernetes", NULL), ==, 0);

  /* No sections: asking words make a skill required */
  plain = extract ("Developer", "We need someone with experience in Python. Docker would be nice.");
  g_assert_cmpint (find_asked (plain, "Python", NULL), ==, 1);
  g_assert_cmpint (find_asked (plain, "Docker", NULL), ==, 0);

  /* Named only in "About us": preferred, unless the title names it */
  titled = extract ("Senior Python Developer",
                    "About us\nOur stack is Python and PostgreSQL.\n\nBenefits\nGood coffee.\n");
  g_assert_cmpint (find_asked (titled, "Python", NULL), ==, 1);
  g_assert_cmpint (find_asked (titled, "PostgreSQL", NULL), ==, 0);

  /* Required skills come first */
  g_assert_cmpuint (pursuit_job_requirements_get_n_required (titled), ==, 1);
  g_assert_cmpint (pursuit_job_requirements_get_skill (titled, 0, &required, NULL), ==, skill ("Python"));
  g_assert_true (required);
}

static void
test_requirements_years (void)
{
  static const struct {
    const char *text;
    double      years;
  } cases[] = {
    { "Requirements\n- 5+ years of experience with Java\n", 5 },
    { "Requirements\n- 3-5 years of experience in sales\n", 3 },
    { "Requirements\n- At least 2 years working with customers\n", 2 },
    { "Requirements\n- Three years of experience in nursing\n", 3 },
    { "Requirements\n- 2+ years of Python\n- 6+ years of experience overall\n", 6 },
    { "About us\nWe were founded 20 years ago.\n", 0 },
    { "Requirements\n- Mindestens 4 Jahre Berufserfahrung\n", 4 },
    { "Exigences\n- 7 ans d'expérience minimum\n", 7 },
    { "Requisitos\n- 2 años de experiencia\n", 2 },
    { "Benefits\n- A 2 year contract with extension\n", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitJobRequirements) requirements = extract (NULL, cases[i].text);

      g_test_message ("case %u: %s", i, cases[i].text);
      g_assert_cmpfloat (pursuit_job_requirements_get_min_years (requirements), ==, cases[i].years);
    }
}

static void
test_requirements_degrees (void)
{
  static const struct {
    const char           *text;
    PursuitEducationLevel level;
  } cases[] = {
    { "Requirements\n- Bachelor's degree in Computer Science\n", PURSUIT_EDUCATION_BACHELOR },
    { "Requirements\n- MSc in Statistics\n", PURSUIT_EDUCATION_MASTER },
    { "Requirements\n- PhD in Physics\n", PURSUIT_EDUCATION_DOCTORATE },
    { "Requirements\n- Bachelor's degree required, Master's preferred\n", PURSUIT_EDUCATION_BACHELOR },
    { "Ihr Profil\n- Abitur und abgeschlossene Ausbildung\n", PURSUIT_EDUCATION_SECONDARY },
    { "Ihr Profil\n- Abgeschlossenes Studium der Informatik\n", PURSUIT_EDUCATION_BACHELOR },
    { "Profil\n- Licence en informatique\n", PURSUIT_EDUCATION_BACHELOR },
    { "Requisitos\n- Grado en Ingeniería Informática\n", PURSUIT_EDUCATION_BACHELOR },
    { "Requirements\n- Experience as a Scrum Master\n", PURSUIT_EDUCATION_NONE },
    { "Requirements\n- A degree is not required\n", PURSUIT_EDUCATION_NONE },
    { "Requirements\n- A driving licence\n", PURSUIT_EDUCATION_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitJobRequirements) requirements = extract (NULL, cases[i].text);

      g_test_message ("case %u: %s", i, cases[i].text);
      g_assert_cmpint (pursuit_job_requirements_get_education (requirements), ==, cases[i].level);
    }
}

static void
test_requirements_levels (void)
{
  static const struct {
    const char        *text;
    const char        *skill;
    PursuitSkillLevel  level;
  } cases[] = {
    { "Requirements\n- Expert in Python\n", "Python", PURSUIT_SKILL_LEVEL_EXPERT },
    { "Requirements\n- Advanced knowledge of SQL\n", "SQL", PURSUIT_SKILL_LEVEL_ADVANCED },
    { "Requirements\n- Working knowledge of Docker\n", "Docker", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
    { "Requirements\n- Familiarity with Kubernetes\n", "Kubernetes", PURSUIT_SKILL_LEVEL_BEGINNER },
    { "Ihr Profil\n- Grundkenntnisse in Python\n", "Python", PURSUIT_SKILL_LEVEL_BEGINNER },
    { "Ihr Profil\n- Sehr gute Kenntnisse in Java\n", "Java", PURSUIT_SKILL_LEVEL_ADVANCED },
    { "Requisitos\n- Conocimientos básicos de SQL\n", "SQL", PURSUIT_SKILL_LEVEL_BEGINNER },
    { "Requirements\n- Python (expert level)\n", "Python", PURSUIT_SKILL_LEVEL_EXPERT },
    { "Requirements\n- Experience with Java\n", "Java", PURSUIT_SKILL_LEVEL_NONE },
  };

  if (skip_without_taxonomy ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitJobRequirements) requirements = extract (NULL, cases[i].text);
      PursuitSkillLevel level = 99;

      g_test_message ("case %u: %s", i, cases[i].text);
      g_assert_cmpint (find_asked (requirements, cases[i].skill, &level), ==, 1);
      g_assert_cmpint (level, ==, cases[i].level);
    }

  /* The nearest cue wins */
  {
    g_autoptr(PursuitJobRequirements) requirements =
      extract (NULL, "Requirements\n- Expert in Python, familiarity with Docker\n");
    PursuitSkillLevel level;

    find_asked (requirements, "Python", &level);
    g_assert_cmpint (level, ==, PURSUIT_SKILL_LEVEL_EXPERT);
    find_asked (requirements, "Docker", &level);
    g_assert_cmpint (level, ==, PURSUIT_SKILL_LEVEL_BEGINNER);
  }
}

static void
test_requirements_markup_and_empty (void)
{
  g_autoptr(PursuitJobRequirements) html = NULL;
  g_autoptr(PursuitJobRequirements) empty = extract ("Python Developer", "");
  g_autoptr(PursuitJobRequirements) none = extract (NULL, NULL);
  g_autoptr(GString) huge = g_string_new ("Requirements\n");

  g_assert_cmpuint (pursuit_job_requirements_get_n_skills (empty), ==, 0);
  g_assert_cmpuint (pursuit_job_requirements_get_n_skills (none), ==, 0);
  g_assert_cmpfloat (pursuit_job_requirements_get_min_years (none), ==, 0);
  g_assert_cmpint (pursuit_job_requirements_get_education (none), ==, PURSUIT_EDUCATION_NONE);

  if (skip_without_taxonomy ())
    return;

  html = extract (NULL, "<h2>About&nbsp;us</h2><p>We sell shoes.</p>"
                        "<h2>Requirements</h2><ul><li>Experience with <b>Python</b></li>"
                        "<li>3+ years of experience</li></ul><h3>Nice to have</h3><ul><li>Docker</li></ul>");
  g_assert_cmpint (find_asked (html, "Python", NULL), ==, 1);
  g_assert_cmpint (find_asked (html, "Docker", NULL), ==, 0);
  g_assert_cmpfloat (pursuit_job_requirements_get_min_years (html), ==, 3);

  /* A huge, repetitive posting is read without trouble, each skill once */
  for (guint i = 0; i < 20000; i++)
    g_string_append (huge, "- Python and SQL, 3+ years; <b>unclosed <i tags & stuff\n");
  {
    g_autoptr(PursuitJobRequirements) big = extract (NULL, huge->str);

    g_assert_cmpuint (pursuit_job_requirements_get_n_skills (big), ==, 2);
    g_assert_cmpfloat (pursuit_job_requirements_get_min_years (big), ==, 3);
  }

  /* Invalid UTF-8 is skipped, not read past */
  {
    g_autoptr(PursuitJobRequirements) broken =
      extract ("\xff\xfe", "Requirements\n- \xc3\x28 Python \xe2\x82 and \xf0\x28\x8c\x28 SQL\n");

    g_assert_cmpint (find_asked (broken, "Python", NULL), ==, 1);
  }
}

static void
test_requirements_json (void)
{
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autoptr(PursuitJobRequirements) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;

  if (skip_without_taxonomy ())
    return;

  requirements = extract ("Python Developer",
                          "Requirements\n- Expert in Python\n- Bachelor's degree\n- 4+ years of experience\n\nNice to have\n- Docker\n");
  json = pursuit_job_requirements_to_json (requirements);
  back = pursuit_job_requirements_new_from_json (taxonomy (), json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_job_requirements_get_n_skills (back), ==,
                    pursuit_job_requirements_get_n_skills (requirements));
  g_assert_cmpuint (pursuit_job_requirements_get_n_required (back), ==,
                    pursuit_job_requirements_get_n_required (requirements));
  g_assert_cmpfloat (pursuit_job_requirements_get_min_years (back), ==, 4);
  g_assert_cmpint (pursuit_job_requirements_get_education (back), ==, PURSUIT_EDUCATION_BACHELOR);
  again = pursuit_job_requirements_to_json (back);
  g_assert_cmpstr (json, ==, again);

  /* A name the taxonomy does not know is dropped, not an error */
  {
    g_autoptr(PursuitJobRequirements) dropped =
      pursuit_job_requirements_new_from_json (taxonomy (),
                                              "{\"skills\": [{\"name\": \"Python\", \"required\": true, \"level\": \"expert\"},"
                                              " {\"name\": \"No Such Skill 9000\", \"required\": true}],"
                                              " \"min_years\": 2, \"education\": \"master\"}", &error);
    PursuitSkillLevel level;

    g_assert_no_error (error);
    g_assert_cmpuint (pursuit_job_requirements_get_n_skills (dropped), ==, 1);
    g_assert_cmpint (find_asked (dropped, "Python", &level), ==, 1);
    g_assert_cmpint (level, ==, PURSUIT_SKILL_LEVEL_EXPERT);
  }
}

static void
test_requirements_hostile_json (void)
{
  static const char * const hostile[] = {
    "",
    "not json",
    "{",
    "[]",
    "null",
    "42",
    "{}",
    "{\"skills\": 3}",
    "{\"skills\": [3]}",
    "{\"skills\": [{}]}",
    "{\"skills\": [{\"name\": 5, \"required\": true}]}",
    "{\"skills\": [{\"name\": \"Python\"}]}",
    "{\"skills\": [{\"name\": \"Python\", \"required\": \"yes\"}]}",
    "{\"skills\": [{\"name\": \"Python\", \"required\": true, \"level\": \"god\"}]}",
    "{\"skills\": [], \"min_years\": -1}",
    "{\"skills\": [], \"min_years\": 1e308}",
    "{\"skills\": [], \"min_years\": \"five\"}",
    "{\"skills\": [], \"education\": \"wizard\"}",
    "{\"skills\": [], \"education\": 3}",
  };
  g_autoptr(GString) huge = g_string_new ("{\"skills\": [");

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PursuitJobRequirements) requirements =
        pursuit_job_requirements_new_from_json (taxonomy (), hostile[i], &error);

      g_test_message ("case %u: %s", i, hostile[i]);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_null (requirements);
    }

  for (guint i = 0; i < 100000; i++)
    g_string_append (huge, "{\"name\": \"Python\", \"required\": true},");
  g_string_append (huge, "{\"name\": \"Python\", \"required\": true}]}");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PursuitJobRequirements) requirements =
      pursuit_job_requirements_new_from_json (taxonomy (), huge->str, &error);

    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    g_assert_null (requirements);
  }
}

/* Matcher */

static PursuitJobRequirements *
requirements_from_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  PursuitJobRequirements *requirements = pursuit_job_requirements_new_from_json (taxonomy (), json, &error);

  g_assert_no_error (error);
  return requirements;
}

static PursuitProfile *
make_profile (double                years,
              PursuitEducationLevel education)
{
  PursuitProfile *profile = pursuit_profile_new ();

  pursuit_profile_set_years_of_experience (profile, years);
  pursuit_profile_set_education (profile, education);
  return profile;
}

static const PursuitSkillMatch *
find_match (PursuitMatchResult *result,
            const char         *name)
{
  for (guint i = 0; i < pursuit_match_result_get_n_skills (result); i++)
    {
      const PursuitSkillMatch *match = pursuit_match_result_get_skill (result, i);

      if (g_strcmp0 (match->name, pursuit_skill_taxonomy_get_name (taxonomy (), skill (name))) == 0)
        return match;
    }
  g_assert_not_reached ();
}

static void
test_matcher_components (void)
{
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(PursuitMatcher) matcher = NULL;
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autoptr(PursuitMatchResult) result = NULL;

  if (skip_without_taxonomy ())
    return;

  profile = make_profile (3, PURSUIT_EDUCATION_BACHELOR);
  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "SQL", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  matcher = pursuit_matcher_new (taxonomy (), profile);

  requirements = requirements_from_json ("{\"skills\": ["
                                         "{\"name\": \"Python\", \"required\": true},"
                                         "{\"name\": \"SQL\", \"required\": true},"
                                         "{\"name\": \"Figma\", \"required\": false}],"
                                         " \"min_years\": 5, \"education\": \"master\"}");
  result = pursuit_matcher_analyze (matcher, requirements);

  /* required 1 × 50, preferred 0 × 20, experience 3/5 × 20, education half × 10 */
  g_assert_cmpfloat_with_epsilon (pursuit_match_result_get_required (result), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pursuit_match_result_get_preferred (result), 0.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pursuit_match_result_get_experience (result), 0.6, 1e-9);
  g_assert_cmpfloat_with_epsilon (pursuit_match_result_get_education (result), 0.5, 1e-9);
  g_assert_cmpint (pursuit_match_result_get_score (result), ==, 67);
  g_assert_cmpint (pursuit_matcher_score (matcher, requirements), ==, 67);
  g_assert_cmpfloat (pursuit_match_result_get_user_years (result), ==, 3);
  g_assert_cmpfloat (pursuit_match_result_get_min_years (result), ==, 5);
  g_assert_cmpint (pursuit_match_result_get_user_education (result), ==, PURSUIT_EDUCATION_BACHELOR);
  g_assert_cmpint (pursuit_match_result_get_required_education (result), ==, PURSUIT_EDUCATION_MASTER);

  g_assert_cmpuint (pursuit_match_result_get_n_skills (result), ==, 3);
  g_assert_cmpint (find_match (result, "Python")->kind, ==, PURSUIT_SKILL_MATCH_MATCHING);
  g_assert_true (find_match (result, "Python")->required);
  g_assert_cmpint (find_match (result, "Python")->user_level, ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (find_match (result, "Figma")->kind, ==, PURSUIT_SKILL_MATCH_MISSING);
  g_assert_false (find_match (result, "Figma")->required);
  g_assert_nonnull (find_match (result, "Figma")->learning_kind);
  g_assert_cmpuint (find_match (result, "Figma")->learning_hours, >, 0);

  /* Two degrees below: nothing; at or above: all */
  {
    g_autoptr(PursuitProfile) school = make_profile (10, PURSUIT_EDUCATION_SECONDARY);
    g_autoptr(PursuitProfile) doctor = make_profile (10, PURSUIT_EDUCATION_DOCTORATE);
    g_autoptr(PursuitMatcher) school_matcher = pursuit_matcher_new (taxonomy (), school);
    g_autoptr(PursuitMatcher) doctor_matcher = pursuit_matcher_new (taxonomy (), doctor);
    g_autoptr(PursuitMatchResult) school_result = pursuit_matcher_analyze (school_matcher, requirements);
    g_autoptr(PursuitMatchResult) doctor_result = pursuit_matcher_analyze (doctor_matcher, requirements);

    g_assert_cmpfloat (pursuit_match_result_get_education (school_result), ==, 0.0);
    g_assert_cmpfloat (pursuit_match_result_get_education (doctor_result), ==, 1.0);
    g_assert_cmpfloat (pursuit_match_result_get_experience (doctor_result), ==, 1.0);
    /* required 0, preferred 0, experience 20, education 10 */
    g_assert_cmpint (pursuit_match_result_get_score (doctor_result), ==, 30);
  }
}

static void
test_matcher_partial (void)
{
  g_autoptr(PursuitProfile) profile = make_profile (5, PURSUIT_EDUCATION_NONE);
  g_autoptr(PursuitMatcher) matcher = NULL;
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autoptr(PursuitMatchResult) result = NULL;
  const PursuitSkillMatch *python;

  if (skip_without_taxonomy ())
    return;

  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  matcher = pursuit_matcher_new (taxonomy (), profile);
  requirements = requirements_from_json ("{\"skills\": [{\"name\": \"Python\", \"required\": true, \"level\": \"expert\"}]}");
  result = pursuit_matcher_analyze (matcher, requirements);

  python = find_match (result, "Python");
  g_assert_cmpint (python->kind, ==, PURSUIT_SKILL_MATCH_PARTIAL);
  g_assert_cmpint (python->required_level, ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpint (python->user_level, ==, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  /* user level / required level: 2 / 4 */
  g_assert_cmpfloat_with_epsilon (python->credit, 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (pursuit_match_result_get_required (result), 0.5, 1e-9);
  /* no preferred skills: 1; no years, no degree: 1 → 25 + 20 + 20 + 10 */
  g_assert_cmpint (pursuit_match_result_get_score (result), ==, 75);
  g_assert_nonnull (python->learning_kind);
}

static void
test_matcher_transferable (void)
{
  g_autoptr(PursuitProfile) profile = make_profile (5, PURSUIT_EDUCATION_NONE);
  g_autoptr(PursuitMatcher) matcher = NULL;
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autoptr(PursuitMatchResult) result = NULL;
  g_autofree char *json = NULL;
  const PursuitSkillMatch *match;
  const guint *related = NULL;
  const double *weights = NULL;
  guint want = 0, have = 0, n = 0;
  double transfer;

  if (skip_without_taxonomy ())
    return;

  /* Any skill with a related one will do: the weights are the taxonomy's */
  for (want = 0; want < pursuit_skill_taxonomy_get_n_skills (taxonomy ()); want++)
    if ((n = pursuit_skill_taxonomy_get_related (taxonomy (), want, &related, &weights)) > 0)
      break;
  g_assert_cmpuint (n, >, 0);
  have = related[0];
  transfer = pursuit_skill_taxonomy_get_transfer (taxonomy (), have, want);
  g_assert_cmpfloat (transfer, >, 0);

  pursuit_profile_set_skill (profile, pursuit_skill_taxonomy_get_name (taxonomy (), have),
                             PURSUIT_SKILL_LEVEL_ADVANCED);
  matcher = pursuit_matcher_new (taxonomy (), profile);
  json = g_strdup_printf ("{\"skills\": [{\"name\": \"%s\", \"required\": true}]}",
                          pursuit_skill_taxonomy_get_name (taxonomy (), want));
  requirements = requirements_from_json (json);
  result = pursuit_matcher_analyze (matcher, requirements);

  g_assert_cmpuint (pursuit_match_result_get_n_skills (result), ==, 1);
  match = pursuit_match_result_get_skill (result, 0);
  /* Some other skill the user has may transfer better; never worse */
  g_assert_cmpint (match->kind, ==, PURSUIT_SKILL_MATCH_TRANSFERABLE);
  g_assert_cmpstr (match->transfer_from, ==, pursuit_skill_taxonomy_get_name (taxonomy (), have));
  g_assert_cmpfloat_with_epsilon (match->relevance, MIN (transfer, 1.0), 1e-6);
  g_assert_cmpfloat_with_epsilon (match->credit, 0.6 * MIN (transfer, 1.0), 1e-6);
  g_assert_cmpfloat_with_epsilon (pursuit_match_result_get_required (result), 0.6 * MIN (transfer, 1.0), 1e-6);
  g_assert_cmpint (pursuit_match_result_get_score (result), ==,
                   (int) floor (50 * 0.6 * MIN (transfer, 1.0) + 20 + 20 + 10 + 0.5 + 1e-9));
}

static void
test_matcher_no_requirements (void)
{
  g_autoptr(PursuitProfile) profile = make_profile (2, PURSUIT_EDUCATION_BACHELOR);
  g_autoptr(PursuitMatcher) matcher = NULL;
  g_autoptr(PursuitJobRequirements) nothing = NULL;
  g_autoptr(PursuitJobRequirements) preferred_only = NULL;
  g_autoptr(PursuitMatchResult) result = NULL;
  g_auto(GStrv) lines = NULL;

  if (skip_without_taxonomy ())
    return;

  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_NONE);
  matcher = pursuit_matcher_new (taxonomy (), profile);

  nothing = requirements_from_json ("{\"skills\": []}");
  g_assert_cmpint (pursuit_matcher_score (matcher, nothing), ==, -1);
  result = pursuit_matcher_analyze (matcher, nothing);
  g_assert_cmpint (pursuit_match_result_get_score (result), ==, -1);
  lines = pursuit_match_result_describe (result);
  g_assert_cmpuint (g_strv_length (lines), ==, 1);

  /* Only years: the score is the experience and the rest full */
  {
    g_autoptr(PursuitJobRequirements) years = requirements_from_json ("{\"skills\": [], \"min_years\": 4}");

    g_assert_cmpint (pursuit_matcher_score (matcher, years), ==, 90);
  }

  /* Years read from a CV are fractional: the summary rounds to a tenth
   * and names the unit on both sides. */
  {
    g_autoptr(PursuitProfile) seasoned = pursuit_profile_new ();
    g_autoptr(PursuitMatcher) seasoned_matcher = NULL;
    g_autoptr(PursuitJobRequirements) years = requirements_from_json ("{\"skills\": [], \"min_years\": 5}");
    g_autoptr(PursuitMatchResult) years_result = NULL;
    g_auto(GStrv) years_lines = NULL;

    pursuit_profile_set_years_of_experience (seasoned, 12.3333);
    seasoned_matcher = pursuit_matcher_new (taxonomy (), seasoned);
    years_result = pursuit_matcher_analyze (seasoned_matcher, years);
    years_lines = pursuit_match_result_describe (years_result);
    g_assert_cmpstr (years_lines[0], ==, "Experience: 5 years asked, you have 12.3 years");

    pursuit_profile_set_years_of_experience (seasoned, 2.25);
    g_clear_object (&seasoned_matcher);
    g_clear_object (&years_result);
    g_clear_pointer (&years_lines, g_strfreev);
    seasoned_matcher = pursuit_matcher_new (taxonomy (), seasoned);
    years_result = pursuit_matcher_analyze (seasoned_matcher, years);
    years_lines = pursuit_match_result_describe (years_result);
    g_assert_cmpstr (years_lines[0], ==, "Experience: 5 years asked, you have 2.3 years: 2.8 short");
  }

  /* No required skills: the preferred fraction stands in for them. A
   * skill claimed without a level counts. */
  preferred_only = requirements_from_json ("{\"skills\": ["
                                           "{\"name\": \"Python\", \"required\": false},"
                                           "{\"name\": \"Figma\", \"required\": false}]}");
  g_clear_object (&result);
  result = pursuit_matcher_analyze (matcher, preferred_only);
  g_assert_cmpfloat_with_epsilon (pursuit_match_result_get_preferred (result), 0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (pursuit_match_result_get_required (result), 0.5, 1e-9);
  g_assert_cmpint (pursuit_match_result_get_score (result), ==, 65);
}

static void
test_matcher_rounding (void)
{
  g_autoptr(PursuitProfile) profile = make_profile (0, PURSUIT_EDUCATION_NONE);
  g_autoptr(PursuitMatcher) matcher = NULL;
  g_autoptr(PursuitJobRequirements) requirements = NULL;

  if (skip_without_taxonomy ())
    return;

  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  matcher = pursuit_matcher_new (taxonomy (), profile);
  /* 1 of 4 required: 12.5 + 20 + 20 + 10 = 62.5 → 63 */
  requirements = requirements_from_json ("{\"skills\": ["
                                         "{\"name\": \"Python\", \"required\": true},"
                                         "{\"name\": \"Adobe Photoshop\", \"required\": true},"
                                         "{\"name\": \"COBOL\", \"required\": true},"
                                         "{\"name\": \"Figma\", \"required\": true}]}");
  g_assert_cmpint (pursuit_matcher_score (matcher, requirements), ==, 63);
}

static void
test_matcher_learning_order (void)
{
  g_autoptr(PursuitProfile) profile = make_profile (10, PURSUIT_EDUCATION_MASTER);
  g_autoptr(PursuitMatcher) matcher = NULL;
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autoptr(PursuitMatchResult) result = NULL;
  g_autoptr(GArray) order = NULL;
  g_auto(GStrv) lines = NULL;
  const PursuitSkillMatch *first, *second, *third;

  if (skip_without_taxonomy ())
    return;

  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_BEGINNER);
  pursuit_profile_set_skill (profile, "SQL", PURSUIT_SKILL_LEVEL_EXPERT);
  matcher = pursuit_matcher_new (taxonomy (), profile);
  requirements = requirements_from_json ("{\"skills\": ["
                                         "{\"name\": \"Figma\", \"required\": false},"
                                         "{\"name\": \"Python\", \"required\": true, \"level\": \"advanced\"},"
                                         "{\"name\": \"SQL\", \"required\": true},"
                                         "{\"name\": \"COBOL\", \"required\": true}]}");
  result = pursuit_matcher_analyze (matcher, requirements);

  /* Skills: required first (matching, partial, then missing), then preferred */
  g_assert_cmpuint (pursuit_match_result_get_n_skills (result), ==, 4);
  g_assert_cmpint (pursuit_match_result_get_skill (result, 0)->kind, ==, PURSUIT_SKILL_MATCH_MATCHING);
  g_assert_cmpint (pursuit_match_result_get_skill (result, 1)->kind, ==, PURSUIT_SKILL_MATCH_PARTIAL);
  g_assert_true (pursuit_match_result_get_skill (result, 2)->required);
  g_assert_false (pursuit_match_result_get_skill (result, 3)->required);

  /* To learn: the missing required skill gains most, then the partial
   * one, then the preferred one */
  order = pursuit_match_result_get_learning_order (result);
  g_assert_cmpuint (order->len, ==, 3);
  first = pursuit_match_result_get_skill (result, g_array_index (order, guint, 0));
  second = pursuit_match_result_get_skill (result, g_array_index (order, guint, 1));
  third = pursuit_match_result_get_skill (result, g_array_index (order, guint, 2));
  g_assert_true (first == find_match (result, "COBOL"));
  g_assert_true (second == find_match (result, "Python"));
  g_assert_true (third == find_match (result, "Figma"));
  g_assert_cmpfloat (first->importance, >, second->importance);
  /* The partial skill needs only part of the hours */
  g_assert_cmpuint (second->learning_hours, <=,
                    pursuit_skill_taxonomy_get_learning_hours (taxonomy (), skill ("Python")));

  lines = pursuit_match_result_describe (result);
  g_assert_cmpstr (lines[0], ==, "You have 2 of 3 required skills");
  g_assert_cmpstr (lines[1], ==, "You have 0 of 1 preferred skill");
  g_assert_true (g_str_has_prefix (lines[2], "COBOL is missing: about "));
  g_assert_true (g_str_has_prefix (lines[3], "Python: asked at Advanced level, you are at Beginner"));
  g_assert_true (g_str_has_prefix (lines[4], "Figma is missing"));
  g_assert_null (lines[5]);
}

static void
test_matcher_json (void)
{
  g_autoptr(PursuitProfile) profile = make_profile (2, PURSUIT_EDUCATION_BACHELOR);
  g_autoptr(PursuitMatcher) matcher = NULL;
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autoptr(PursuitMatchResult) result = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *root, *breakdown, *experience, *education, *missing;

  if (skip_without_taxonomy ())
    return;

  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  matcher = pursuit_matcher_new (taxonomy (), profile);
  requirements = requirements_from_json ("{\"skills\": ["
                                         "{\"name\": \"Python\", \"required\": true, \"level\": \"advanced\"},"
                                         "{\"name\": \"COBOL\", \"required\": true}],"
                                         " \"min_years\": 4, \"education\": \"bachelor\"}");
  result = pursuit_matcher_analyze (matcher, requirements);
  json = pursuit_match_result_to_json (result);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  /* 25 + 20 + 10 + 10 */
  g_assert_cmpint (json_object_get_int_member (root, "score"), ==, 65);
  breakdown = json_object_get_object_member (root, "breakdown");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (breakdown, "required"), "weight"), ==, 50);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (breakdown, "required"), "points"), ==, 25);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (breakdown, "preferred"), "fraction"), ==, 1);
  experience = json_object_get_object_member (breakdown, "experience");
  g_assert_cmpfloat (json_object_get_double_member (experience, "user_years"), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (experience, "min_years"), ==, 4);
  g_assert_cmpfloat (json_object_get_double_member (experience, "points"), ==, 10);
  education = json_object_get_object_member (breakdown, "education");
  g_assert_cmpstr (json_object_get_string_member (education, "user"), ==, "bachelor");
  g_assert_cmpstr (json_object_get_string_member (education, "required"), ==, "bachelor");

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "matching")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "partial")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "transferable")), ==, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "missing")), ==, 1);
  missing = json_array_get_object_element (json_object_get_array_member (root, "missing"), 0);
  g_assert_cmpstr (json_object_get_string_member (missing, "name"), ==, "COBOL");
  g_assert_true (json_object_get_boolean_member (missing, "required"));
  g_assert_cmpstr (json_object_get_string_member (missing, "user_level"), ==, "none");
  g_assert_nonnull (json_object_get_string_member (missing, "category"));
  g_assert_true (json_object_get_null_member (missing, "transfer_from"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (missing, "learning"), "hours"), >, 0);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (root, "matching"), 0),
                                                  "required_level"), ==, "advanced");
}

static void
test_match_kind_strings (void)
{
  g_assert_cmpstr (pursuit_skill_match_kind_to_string (PURSUIT_SKILL_MATCH_MATCHING), ==, "matching");
  g_assert_cmpstr (pursuit_skill_match_kind_to_string (PURSUIT_SKILL_MATCH_PARTIAL), ==, "partial");
  g_assert_cmpstr (pursuit_skill_match_kind_to_string (PURSUIT_SKILL_MATCH_TRANSFERABLE), ==, "transferable");
  g_assert_cmpstr (pursuit_skill_match_kind_to_string (PURSUIT_SKILL_MATCH_MISSING), ==, "missing");
  g_assert_cmpstr (pursuit_skill_match_kind_get_label (PURSUIT_SKILL_MATCH_TRANSFERABLE), ==, "Transferable");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/matching/requirements/sections", test_requirements_sections);
  g_test_add_func ("/matching/requirements/sentences", test_requirements_sentences);
  g_test_add_func ("/matching/requirements/years", test_requirements_years);
  g_test_add_func ("/matching/requirements/degrees", test_requirements_degrees);
  g_test_add_func ("/matching/requirements/levels", test_requirements_levels);
  g_test_add_func ("/matching/requirements/markup-and-empty", test_requirements_markup_and_empty);
  g_test_add_func ("/matching/requirements/json", test_requirements_json);
  g_test_add_func ("/matching/requirements/hostile-json", test_requirements_hostile_json);
  g_test_add_func ("/matching/matcher/components", test_matcher_components);
  g_test_add_func ("/matching/matcher/partial", test_matcher_partial);
  g_test_add_func ("/matching/matcher/transferable", test_matcher_transferable);
  g_test_add_func ("/matching/matcher/no-requirements", test_matcher_no_requirements);
  g_test_add_func ("/matching/matcher/rounding", test_matcher_rounding);
  g_test_add_func ("/matching/matcher/learning-order", test_matcher_learning_order);
  g_test_add_func ("/matching/matcher/json", test_matcher_json);
  g_test_add_func ("/matching/matcher/kind-strings", test_match_kind_strings);

  return g_test_run ();
}
