/* test-cover-letter.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-cover-letter.h"
#include "pursuit-job-requirements.h"
#include "pursuit-matcher.h"
#include "pursuit-test-matching.h"

static void
add_skill (PursuitMatchResult    *match,
           const char            *name,
           gboolean               required,
           PursuitSkillMatchKind  kind,
           const char            *from,
           double                 relevance)
{
  PursuitSkillMatch skill = {
    .name = (char *)name,
    .category = (char *)"languages",
    .required = required,
    .kind = kind,
    .transfer_from = (char *)from,
    .relevance = relevance,
    .user_level = kind == PURSUIT_SKILL_MATCH_MATCHING ? PURSUIT_SKILL_LEVEL_ADVANCED : PURSUIT_SKILL_LEVEL_NONE,
  };

  _pursuit_match_result_add_skill (match, &skill);
}

static void
test_with_match (void)
{
  g_autoptr(PursuitJob) job = make_posting ("Rust Developer", "Acme", "Rust, GTK, Kubernetes and Go.");
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(PursuitMatchResult) match = pursuit_match_result_new ();
  g_autofree char *letter = NULL;

  pursuit_profile_set_name (profile, "Ann Example");
  pursuit_profile_set_years_of_experience (profile, 7.5);
  pursuit_profile_set_skill (profile, "Rust", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "GTK", PURSUIT_SKILL_LEVEL_ADVANCED);

  add_skill (match, "Rust", TRUE, PURSUIT_SKILL_MATCH_MATCHING, NULL, 1.0);
  add_skill (match, "Kubernetes", TRUE, PURSUIT_SKILL_MATCH_MISSING, NULL, 0.0);
  add_skill (match, "Go", TRUE, PURSUIT_SKILL_MATCH_TRANSFERABLE, "Rust", 0.4);
  add_skill (match, "GTK", FALSE, PURSUIT_SKILL_MATCH_MATCHING, NULL, 1.0);

  letter = pursuit_cover_letter_draft (job, profile, match);
  g_test_message ("%s", letter);

  g_assert_true (g_str_has_prefix (letter, "Dear hiring team at Acme,"));
  g_assert_nonnull (strstr (letter, "the Rust Developer position at Acme"));
  /* Required skills first, then preferred; years rounded down. */
  g_assert_nonnull (strstr (letter, "In 7 years of professional experience I have worked with Rust and GTK"));
  /* A missing skill is never claimed; a transferable one is framed as such. */
  g_assert_null (strstr (letter, "Kubernetes"));
  g_assert_nonnull (strstr (letter, "I have not used Go professionally yet, but my experience with Rust carries over"));
  g_assert_nonnull (strstr (letter, "contribute to Acme"));
  g_assert_true (g_str_has_suffix (letter, "Kind regards,\nAnn Example\n"));
  g_assert_true (g_utf8_validate (letter, -1, NULL));
}

static void
test_without_anything (void)
{
  g_autoptr(PursuitJob) empty = pursuit_job_new ();
  g_autoptr(PursuitJob) job = make_posting ("Nurse", "City Hospital", NULL);
  g_autofree char *bare = pursuit_cover_letter_draft (empty, NULL, NULL);
  g_autofree char *letter = pursuit_cover_letter_draft (job, NULL, NULL);

  g_assert_true (g_str_has_prefix (bare, "Dear hiring team,\n\n"));
  g_assert_nonnull (strstr (bare, "the position you advertised"));
  g_assert_nonnull (strstr (bare, "contribute to your team"));
  g_assert_true (g_str_has_suffix (bare, "Kind regards,\n"));

  g_assert_true (g_str_has_prefix (letter, "Dear hiring team at City Hospital,"));
  g_assert_nonnull (strstr (letter, "the Nurse position at City Hospital"));
  g_assert_nonnull (strstr (letter, "I learn new tools quickly"));
}

static void
test_from_posting_text (void)
{
  g_autoptr(PursuitJob) job = make_posting ("Backend Developer", "Shop",
                                            "We use Python and Django with PostgreSQL.");
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autofree char *letter = NULL;

  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "PostgreSQL", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  pursuit_profile_set_skill (profile, "Haskell", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_years_of_experience (profile, 1);
  pursuit_profile_set_headline (profile, "backend developer");

  letter = pursuit_cover_letter_draft (job, profile, NULL);
  g_test_message ("%s", letter);
  g_assert_nonnull (strstr (letter, "As a backend developer"));
  /* Only what the posting names and the user has; singular year. */
  g_assert_nonnull (strstr (letter, "In 1 year of professional experience I have worked with Python and PostgreSQL,"));
  g_assert_null (strstr (letter, "Django"));
  g_assert_null (strstr (letter, "Haskell"));
}

static void
test_with_matcher (void)
{
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  g_autoptr(PursuitJob) job = make_posting ("Data Engineer", "Numbers Inc",
                                            "Requirements:\n- 3+ years of Python\n- SQL\n- Apache Spark\n"
                                            "Nice to have:\n- Kubernetes");
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autoptr(PursuitMatcher) matcher = NULL;
  g_autoptr(PursuitMatchResult) match = NULL;
  g_autofree char *letter = NULL;

  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "SQL", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_years_of_experience (profile, 4);

  requirements = pursuit_job_requirements_extract (taxonomy, pursuit_job_get_title (job),
                                                   pursuit_job_get_description (job));
  matcher = pursuit_matcher_new (taxonomy, profile);
  match = pursuit_matcher_analyze (matcher, requirements);
  letter = pursuit_cover_letter_draft (job, profile, match);
  g_test_message ("%s", letter);

  g_assert_nonnull (strstr (letter, "Python"));
  g_assert_nonnull (strstr (letter, "SQL"));
  g_assert_null (strstr (letter, "worked with Kubernetes"));
  g_assert_nonnull (strstr (letter, "4 years"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cover-letter/with-match", test_with_match);
  g_test_add_func ("/cover-letter/without-anything", test_without_anything);
  g_test_add_func ("/cover-letter/from-posting-text", test_from_posting_text);
  g_test_add_func ("/cover-letter/with-matcher", test_with_matcher);

  return g_test_run ();
}
