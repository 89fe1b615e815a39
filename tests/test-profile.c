/* test-profile.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-cv.h"
#include "pursuit-profile.h"

static void
count_cb (PursuitProfile *profile,
          guint          *count)
{
  (*count)++;
}

static PursuitProfile *
make_profile (void)
{
  PursuitProfile *profile = pursuit_profile_new ();
  const char * const languages[] = { "English", "German", NULL };
  const char * const locations[] = { "Berlin", "Remote", NULL };

  pursuit_profile_set_name (profile, "Jane Doe");
  pursuit_profile_set_headline (profile, "Backend <Engineer> & \"SRE\"");
  pursuit_profile_set_years_of_experience (profile, 7.5);
  pursuit_profile_set_education (profile, PURSUIT_EDUCATION_MASTER);
  pursuit_profile_set_languages (profile, languages);
  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "Kubernetes", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  pursuit_profile_set_skill (profile, "Gärtnern", PURSUIT_SKILL_LEVEL_BEGINNER);
  pursuit_profile_set_desired_salary (profile, 85000);
  pursuit_profile_set_desired_currency (profile, "EUR");
  pursuit_profile_set_locations (profile, locations);
  pursuit_profile_set_remote_preference (profile, 1);

  return profile;
}

static void
assert_same (PursuitProfile *a,
             PursuitProfile *b)
{
  g_assert_cmpstr (pursuit_profile_get_name (a), ==, pursuit_profile_get_name (b));
  g_assert_cmpstr (pursuit_profile_get_headline (a), ==, pursuit_profile_get_headline (b));
  g_assert_cmpfloat (pursuit_profile_get_years_of_experience (a), ==, pursuit_profile_get_years_of_experience (b));
  g_assert_cmpint (pursuit_profile_get_education (a), ==, pursuit_profile_get_education (b));
  g_assert_true (g_strv_equal (pursuit_profile_get_languages (a), pursuit_profile_get_languages (b)));
  g_assert_cmpint (pursuit_profile_get_desired_salary (a), ==, pursuit_profile_get_desired_salary (b));
  g_assert_cmpstr (pursuit_profile_get_desired_currency (a), ==, pursuit_profile_get_desired_currency (b));
  g_assert_true (g_strv_equal (pursuit_profile_get_locations (a), pursuit_profile_get_locations (b)));
  g_assert_cmpint (pursuit_profile_get_remote_preference (a), ==, pursuit_profile_get_remote_preference (b));
  g_assert_cmpuint (pursuit_profile_get_n_skills (a), ==, pursuit_profile_get_n_skills (b));

  for (guint i = 0; i < pursuit_profile_get_n_skills (a); i++)
    {
      PursuitSkillLevel level_a, level_b;

      g_assert_cmpstr (pursuit_profile_get_skill (a, i, &level_a), ==,
                       pursuit_profile_get_skill (b, i, &level_b));
      g_assert_cmpint (level_a, ==, level_b);
    }
}

static void
test_record (void)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  guint changed = 0;
  const char * const languages[] = { "French", NULL };

  /* Empty lists, never NULL. */
  g_assert_nonnull (pursuit_profile_get_languages (profile));
  g_assert_null (pursuit_profile_get_languages (profile)[0]);
  g_assert_null (pursuit_profile_get_locations (profile)[0]);
  g_assert_cmpuint (pursuit_profile_get_n_skills (profile), ==, 0);
  g_assert_cmpint (pursuit_profile_get_education (profile), ==, PURSUIT_EDUCATION_NONE);

  g_signal_connect (profile, "changed", G_CALLBACK (count_cb), &changed);

  pursuit_profile_set_name (profile, "Jane");
  pursuit_profile_set_name (profile, "Jane");
  g_assert_cmpuint (changed, ==, 1);

  pursuit_profile_set_languages (profile, languages);
  pursuit_profile_set_languages (profile, languages);
  g_assert_cmpuint (changed, ==, 2);
  pursuit_profile_set_languages (profile, NULL);
  g_assert_null (pursuit_profile_get_languages (profile)[0]);
  g_assert_cmpuint (changed, ==, 3);

  g_object_set (profile, "years-of-experience", 3.5, "education", PURSUIT_EDUCATION_BACHELOR, NULL);
  g_assert_cmpfloat (pursuit_profile_get_years_of_experience (profile), ==, 3.5);
  g_assert_cmpint (pursuit_profile_get_education (profile), ==, PURSUIT_EDUCATION_BACHELOR);
  g_assert_cmpuint (changed, ==, 5);

  /* An empty currency is no currency. */
  pursuit_profile_set_desired_currency (profile, "");
  g_assert_null (pursuit_profile_get_desired_currency (profile));
  g_assert_cmpuint (changed, ==, 5);
}

static void
test_skills (void)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  PursuitSkillLevel level = PURSUIT_SKILL_LEVEL_NONE;
  guint changed = 0;

  g_signal_connect (profile, "changed", G_CALLBACK (count_cb), &changed);

  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Go", PURSUIT_SKILL_LEVEL_BEGINNER);
  pursuit_profile_set_skill (profile, "Éclair baking", PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpuint (pursuit_profile_get_n_skills (profile), ==, 3);
  g_assert_cmpuint (changed, ==, 3);

  /* Case-insensitive: a level change keeps the name and position. */
  pursuit_profile_set_skill (profile, "PYTHON", PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpuint (pursuit_profile_get_n_skills (profile), ==, 3);
  g_assert_cmpstr (pursuit_profile_get_skill (profile, 0, &level), ==, "Python");
  g_assert_cmpint (level, ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpuint (changed, ==, 4);
  pursuit_profile_set_skill (profile, "python", PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpuint (changed, ==, 4);

  g_assert_cmpint (pursuit_profile_get_skill_level (profile, "go"), ==, PURSUIT_SKILL_LEVEL_BEGINNER);
  g_assert_cmpint (pursuit_profile_get_skill_level (profile, "éclair BAKING"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpint (pursuit_profile_get_skill_level (profile, "Rust"), ==, PURSUIT_SKILL_LEVEL_NONE);

  g_assert_true (pursuit_profile_remove_skill (profile, "GO"));
  g_assert_false (pursuit_profile_remove_skill (profile, "Go"));
  g_assert_cmpuint (changed, ==, 5);
  g_assert_cmpuint (pursuit_profile_get_n_skills (profile), ==, 2);
  g_assert_cmpstr (pursuit_profile_get_skill (profile, 1, NULL), ==, "Éclair baking");

  if (g_test_undefined ())
    {
      g_test_expect_message ("pursuit-profile", G_LOG_LEVEL_CRITICAL, "*name != NULL*");
      pursuit_profile_set_skill (profile, "", PURSUIT_SKILL_LEVEL_EXPERT);
      g_test_assert_expected_messages ();
      g_assert_cmpuint (pursuit_profile_get_n_skills (profile), ==, 2);
    }
}

static void
test_json_round_trip (void)
{
  g_autoptr(PursuitProfile) profile = make_profile ();
  g_autoptr(PursuitProfile) copy = NULL;
  g_autoptr(PursuitProfile) parsed = NULL;
  g_autoptr(PursuitProfile) empty = pursuit_profile_new ();
  g_autoptr(PursuitProfile) empty_parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *empty_json = NULL;

  json = pursuit_profile_to_json (profile);
  g_assert_nonnull (strstr (json, "\"education\":\"master\""));
  g_assert_nonnull (strstr (json, "{\"name\":\"Python\",\"level\":\"expert\"}"));

  parsed = pursuit_profile_new_from_json (json, &error);
  g_assert_no_error (error);
  assert_same (profile, parsed);

  copy = pursuit_profile_copy (profile);
  assert_same (profile, copy);
  pursuit_profile_set_skill (copy, "Rust", PURSUIT_SKILL_LEVEL_BEGINNER);
  g_assert_cmpuint (pursuit_profile_get_n_skills (profile), ==, 3);

  empty_json = pursuit_profile_to_json (empty);
  empty_parsed = pursuit_profile_new_from_json (empty_json, &error);
  g_assert_no_error (error);
  assert_same (empty, empty_parsed);
  g_assert_null (pursuit_profile_get_name (empty_parsed));

  /* Members that are missing keep their defaults; unknown ones are
   * ignored. */
  g_clear_object (&parsed);
  parsed = pursuit_profile_new_from_json ("{\"skills\": [{\"name\": \"SQL\"}], \"future\": [1, {}]}", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_profile_get_n_skills (parsed), ==, 1);
  g_assert_cmpint (pursuit_profile_get_skill_level (parsed, "SQL"), ==, PURSUIT_SKILL_LEVEL_NONE);
  g_assert_cmpint (pursuit_profile_get_education (parsed), ==, PURSUIT_EDUCATION_NONE);
}

static void
test_json_hostile (void)
{
  static const char * const inputs[] = {
    "",
    "not json",
    "[]",
    "\"profile\"",
    "null",
    "{\"name\": 42}",
    "{\"headline\": []}",
    "{\"years_of_experience\": \"ten\"}",
    "{\"years_of_experience\": -1}",
    "{\"years_of_experience\": 1e300}",
    "{\"education\": \"wizard\"}",
    "{\"education\": 3}",
    "{\"languages\": \"English\"}",
    "{\"languages\": [\"English\", 7]}",
    "{\"skills\": {}}",
    "{\"skills\": [\"Python\"]}",
    "{\"skills\": [{\"level\": \"expert\"}]}",
    "{\"skills\": [{\"name\": \"\"}]}",
    "{\"skills\": [{\"name\": [\"Python\"]}]}",
    "{\"skills\": [{\"name\": \"Python\", \"level\": \"godlike\"}]}",
    "{\"skills\": [{\"name\": \"Python\", \"level\": 4}]}",
    "{\"desired_salary\": -5}",
    "{\"desired_salary\": \"a lot\"}",
    "{\"desired_currency\": 978}",
    "{\"locations\": [null]}",
    "{\"remote_preference\": 3}",
    "{\"remote_preference\": 1.5}",
    "{\"remote_preference\": true}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PursuitProfile) profile = NULL;

      g_test_message ("%s", inputs[i]);
      profile = pursuit_profile_new_from_json (inputs[i], &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_null (profile);
    }
}

static void
test_copy_wishes (void)
{
  g_autoptr(PursuitProfile) old = make_profile ();
  g_autoptr(PursuitProfile) fresh = pursuit_profile_new ();
  guint changed = 0;

  pursuit_profile_set_name (fresh, "Jane D.");
  pursuit_profile_set_skill (fresh, "Rust", PURSUIT_SKILL_LEVEL_ADVANCED);
  g_signal_connect (fresh, "changed", G_CALLBACK (count_cb), &changed);

  pursuit_profile_copy_wishes (fresh, old);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpint (pursuit_profile_get_desired_salary (fresh), ==, 85000);
  g_assert_cmpstr (pursuit_profile_get_desired_currency (fresh), ==, "EUR");
  g_assert_cmpstr (pursuit_profile_get_locations (fresh)[0], ==, "Berlin");
  g_assert_cmpstr (pursuit_profile_get_locations (fresh)[1], ==, "Remote");
  g_assert_cmpint (pursuit_profile_get_remote_preference (fresh), ==, 1);

  /* Nothing new: no "changed". */
  pursuit_profile_copy_wishes (fresh, old);
  g_assert_cmpuint (changed, ==, 1);

  /* What the CV says stays the new CV's. */
  g_assert_cmpstr (pursuit_profile_get_name (fresh), ==, "Jane D.");
  g_assert_cmpuint (pursuit_profile_get_n_skills (fresh), ==, 1);
  g_assert_cmpint (pursuit_profile_get_education (fresh), ==, PURSUIT_EDUCATION_NONE);
  g_assert_null (pursuit_profile_get_languages (fresh)[0]);
}

static void
test_cv_record (void)
{
  g_autoptr(PursuitCv) cv = pursuit_cv_new ();
  g_autoptr(PursuitProfile) profile = make_profile ();

  g_assert_nonnull (pursuit_cv_get_profile (cv));
  g_assert_cmpint (pursuit_cv_get_format (cv), ==, PURSUIT_CV_FORMAT_TEXT);

  pursuit_cv_set_id (cv, 4);
  pursuit_cv_set_title (cv, "Backend CV");
  pursuit_cv_set_file_name (cv, "cv.pdf");
  pursuit_cv_set_format (cv, PURSUIT_CV_FORMAT_PDF);
  pursuit_cv_set_text (cv, "Jane Doe");
  pursuit_cv_set_profile (cv, profile);
  pursuit_cv_set_active (cv, 2);
  pursuit_cv_set_created_at (cv, 1700000000);
  pursuit_cv_set_updated_at (cv, 1700000100);

  g_assert_cmpint (pursuit_cv_get_id (cv), ==, 4);
  g_assert_cmpstr (pursuit_cv_get_title (cv), ==, "Backend CV");
  g_assert_cmpstr (pursuit_cv_get_file_name (cv), ==, "cv.pdf");
  g_assert_cmpint (pursuit_cv_get_format (cv), ==, PURSUIT_CV_FORMAT_PDF);
  g_assert_cmpstr (pursuit_cv_get_text (cv), ==, "Jane Doe");
  g_assert_true (pursuit_cv_get_profile (cv) == profile);
  g_assert_true (pursuit_cv_get_active (cv) == TRUE);
  g_assert_cmpint (pursuit_cv_get_created_at (cv), ==, 1700000000);
  g_assert_cmpint (pursuit_cv_get_updated_at (cv), ==, 1700000100);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/profile/record", test_record);
  g_test_add_func ("/profile/skills", test_skills);
  g_test_add_func ("/profile/json", test_json_round_trip);
  g_test_add_func ("/profile/json/hostile", test_json_hostile);
  g_test_add_func ("/profile/copy-wishes", test_copy_wishes);
  g_test_add_func ("/profile/cv-record", test_cv_record);

  return g_test_run ();
}
