/* test-store-matching.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-backup.h"
#include "pursuit-store-matching.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"

#define DATA_JOB_DESCRIPTION \
  "We build data pipelines for hospitals.\n\n" \
  "Requirements:\n" \
  "- 3+ years of experience with Python\n" \
  "- SQL and PostgreSQL\n" \
  "- Docker\n\n" \
  "Nice to have:\n" \
  "- Kubernetes\n" \
  "- Apache Airflow\n"

#define NURSE_DESCRIPTION \
  "Our ward needs a registered nurse for night shifts.\n\n" \
  "Requirements:\n" \
  "- Patient care and wound care\n" \
  "- Medication administration\n"

static PursuitCv *
make_cv (const char *title,
         const char *first_skill,
         ...)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(GString) text = g_string_new ("Skills: ");
  va_list args;

  va_start (args, first_skill);
  for (const char *skill = first_skill; skill != NULL; skill = va_arg (args, const char *))
    {
      pursuit_profile_set_skill (profile, skill, PURSUIT_SKILL_LEVEL_ADVANCED);
      g_string_append_printf (text, "%s, ", skill);
    }
  va_end (args);

  pursuit_profile_set_years_of_experience (profile, 5);
  pursuit_profile_set_education (profile, PURSUIT_EDUCATION_BACHELOR);

  return make_text_cv (title, text->str, profile);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
count_job_cb (PursuitStore *store,
              PursuitJob   *job,
              guint        *count)
{
  (*count)++;
}

/* CVs ---------------------------------------------------------------------- */

static void
test_cvs_add_list_activate (StoreFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitCv) first = make_cv ("Backend", "Python", "SQL", NULL);
  g_autoptr(PursuitCv) second = make_cv ("Data", "Python", "Kubernetes", NULL);
  g_autoptr(PursuitCv) active = NULL;
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(GPtrArray) cvs = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  gint64 first_id, second_id;

  g_signal_connect (fixture->store, "profile-changed", G_CALLBACK (count_cb), &changed);

  g_assert_null (pursuit_store_get_profile (fixture->store));
  active = pursuit_store_get_active_cv (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_null (active);

  /* The first CV is active even when not asked to be. */
  first_id = store_cv (fixture->store, first, FALSE);
  g_assert_true (pursuit_cv_get_active (first));
  g_assert_cmpint (pursuit_cv_get_id (first), ==, first_id);
  g_assert_cmpint (pursuit_cv_get_created_at (first), >, 0);
  g_assert_cmpuint (changed, ==, 1);

  second_id = store_cv (fixture->store, second, FALSE);
  g_assert_false (pursuit_cv_get_active (second));
  g_assert_cmpuint (changed, ==, 2);

  cvs = pursuit_store_list_cvs (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cvs->len, ==, 2);
  g_assert_cmpint (pursuit_cv_get_id (g_ptr_array_index (cvs, 0)), ==, second_id);
  g_assert_cmpint (pursuit_cv_get_id (g_ptr_array_index (cvs, 1)), ==, first_id);
  g_assert_cmpstr (pursuit_cv_get_title (g_ptr_array_index (cvs, 1)), ==, "Backend");
  g_assert_cmpstr (pursuit_cv_get_file_name (g_ptr_array_index (cvs, 1)), ==, "cv.txt");
  g_assert_cmpint (pursuit_cv_get_format (g_ptr_array_index (cvs, 1)), ==, PURSUIT_CV_FORMAT_TEXT);
  g_assert_true (g_str_has_prefix (pursuit_cv_get_text (g_ptr_array_index (cvs, 1)), "Skills: Python"));

  profile = pursuit_store_get_profile (fixture->store);
  g_assert_cmpuint (pursuit_profile_get_n_skills (profile), ==, 2);
  g_assert_cmpint (pursuit_profile_get_skill_level (profile, "SQL"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpfloat (pursuit_profile_get_years_of_experience (profile), ==, 5);
  g_clear_object (&profile);

  g_assert_true (pursuit_store_set_active_cv (fixture->store, second_id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 3);
  profile = pursuit_store_get_profile (fixture->store);
  g_assert_cmpint (pursuit_profile_get_skill_level (profile, "Kubernetes"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (pursuit_profile_get_skill_level (profile, "SQL"), ==, PURSUIT_SKILL_LEVEL_NONE);

  /* One active, ever. */
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM cvs WHERE active = 1"), ==, 1);
  g_clear_object (&active);
  active = pursuit_store_get_active_cv (fixture->store, &error);
  g_assert_cmpint (pursuit_cv_get_id (active), ==, second_id);

  g_assert_false (pursuit_store_set_active_cv (fixture->store, 999, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT id FROM cvs WHERE active = 1"), ==, second_id);

  g_signal_handlers_disconnect_by_data (fixture->store, &changed);
}

static void
test_cvs_wishes_carry_over (StoreFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitCv) first = make_cv ("One", "Rust", NULL);
  g_autoptr(PursuitCv) second = make_cv ("Two", "Go", NULL);
  g_autoptr(PursuitCv) third = make_cv ("Three", "C", NULL);
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(PursuitCv) stored = NULL;
  g_autoptr(GError) error = NULL;
  const char * const places[] = { "Berlin", "Remote", NULL };
  gint64 first_id, second_id, third_id;

  first_id = store_cv (fixture->store, first, TRUE);

  profile = pursuit_store_get_profile (fixture->store);
  pursuit_profile_set_desired_salary (profile, 90000);
  pursuit_profile_set_desired_currency (profile, "EUR");
  pursuit_profile_set_locations (profile, places);
  pursuit_profile_set_remote_preference (profile, 1);
  g_assert_true (pursuit_store_update_profile (fixture->store, profile, &error));
  g_assert_no_error (error);
  g_clear_object (&profile);

  /* A new active CV keeps what the user looks for; the caller's object
   * says so too. */
  second_id = store_cv (fixture->store, second, TRUE);
  g_assert_true (pursuit_cv_get_active (second));
  g_assert_cmpint (pursuit_profile_get_desired_salary (pursuit_cv_get_profile (second)), ==, 90000);
  profile = pursuit_store_get_profile (fixture->store);
  g_assert_cmpint (pursuit_profile_get_skill_level (profile, "Go"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_cmpint (pursuit_profile_get_desired_salary (profile), ==, 90000);
  g_assert_cmpstr (pursuit_profile_get_desired_currency (profile), ==, "EUR");
  g_assert_cmpstrv (pursuit_profile_get_locations (profile), places);
  g_assert_cmpint (pursuit_profile_get_remote_preference (profile), ==, 1);
  g_clear_object (&profile);

  /* So does an older one made active again, and one kept inactive does
   * not change. */
  third_id = store_cv (fixture->store, third, FALSE);
  stored = pursuit_store_get_cv (fixture->store, third_id, &error);
  g_assert_cmpint (pursuit_profile_get_desired_salary (pursuit_cv_get_profile (stored)), ==, 0);
  g_clear_object (&stored);

  g_assert_true (pursuit_store_set_active_cv (fixture->store, first_id, &error));
  profile = pursuit_store_get_profile (fixture->store);
  g_assert_cmpint (pursuit_profile_get_desired_salary (profile), ==, 90000);
  g_assert_cmpint (pursuit_profile_get_skill_level (profile, "Rust"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  g_clear_object (&profile);

  /* Removing the active one makes the newest other active, wishes and
   * all. */
  g_assert_true (pursuit_store_remove_cv (fixture->store, first_id, &error));
  g_assert_no_error (error);
  stored = pursuit_store_get_active_cv (fixture->store, &error);
  g_assert_cmpint (pursuit_cv_get_id (stored), ==, third_id);
  g_assert_cmpint (pursuit_profile_get_desired_salary (pursuit_cv_get_profile (stored)), ==, 90000);
  g_clear_object (&stored);

  g_assert_true (pursuit_store_remove_cv (fixture->store, third_id, &error));
  stored = pursuit_store_get_active_cv (fixture->store, &error);
  g_assert_cmpint (pursuit_cv_get_id (stored), ==, second_id);
  g_clear_object (&stored);
  g_assert_true (pursuit_store_remove_cv (fixture->store, second_id, &error));
  g_assert_null (pursuit_store_get_profile (fixture->store));

  g_assert_false (pursuit_store_remove_cv (fixture->store, second_id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_cvs_update_rename_invalid (StoreFixture  *fixture,
                                gconstpointer  data)
{
  g_autoptr(PursuitCv) cv = make_cv ("Mine", "Python", NULL);
  g_autoptr(PursuitCv) bad = make_cv ("  ", "Python", NULL);
  g_autoptr(PursuitCv) stored = NULL;
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  gint64 id;

  /* Nothing to correct yet. */
  g_assert_false (pursuit_store_update_profile (fixture->store, profile, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (pursuit_store_add_cv (fixture->store, bad, TRUE, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  pursuit_cv_set_title (bad, "Fine");
  pursuit_cv_set_text (bad, "caf\xc3");
  g_assert_cmpint (pursuit_store_add_cv (fixture->store, bad, TRUE, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM cvs"), ==, 0);

  id = store_cv (fixture->store, cv, TRUE);
  g_signal_connect (fixture->store, "profile-changed", G_CALLBACK (count_cb), &changed);

  pursuit_profile_set_skill (profile, "Rust", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_education (profile, PURSUIT_EDUCATION_MASTER);
  g_assert_true (pursuit_store_update_profile (fixture->store, profile, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_clear_object (&profile);
  profile = pursuit_store_get_profile (fixture->store);
  g_assert_cmpuint (pursuit_profile_get_n_skills (profile), ==, 1);
  g_assert_cmpint (pursuit_profile_get_skill_level (profile, "rust"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  g_assert_cmpint (pursuit_profile_get_education (profile), ==, PURSUIT_EDUCATION_MASTER);

  g_assert_true (pursuit_store_rename_cv (fixture->store, id, "Mine (2026)", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  stored = pursuit_store_get_cv (fixture->store, id, &error);
  g_assert_cmpstr (pursuit_cv_get_title (stored), ==, "Mine (2026)");

  g_assert_false (pursuit_store_rename_cv (fixture->store, id, "", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_rename_cv (fixture->store, id, "two\nlines", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_rename_cv (fixture->store, id + 1, "Other", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 2);

  /* A profile the store cannot read (a hand-edited backup) reads as an
   * empty one, not as a crash. */
  exec_store_sql (fixture->store, "UPDATE cvs SET profile = '[1, 2' WHERE active = 1");
  g_clear_object (&profile);
  profile = pursuit_store_get_profile (fixture->store);
  g_assert_nonnull (profile);
  g_assert_cmpuint (pursuit_profile_get_n_skills (profile), ==, 0);

  g_signal_handlers_disconnect_by_data (fixture->store, &changed);
}

/* Requirements and scores --------------------------------------------------- */

static gboolean
requirements_have (PursuitJobRequirements *requirements,
                   const char             *name)
{
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();

  for (guint i = 0; i < pursuit_job_requirements_get_n_skills (requirements); i++)
    if (g_str_equal (pursuit_skill_taxonomy_get_name (taxonomy,
                                                      pursuit_job_requirements_get_skill (requirements, i,
                                                                                          NULL, NULL)),
                     name))
      return TRUE;

  return FALSE;
}

static void
test_requirements_cache (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autoptr(PursuitJobRequirements) other = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *other_json = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = add_job_with_description (fixture->store, "Data Engineer", "Acme", "saved", DATA_JOB_DESCRIPTION);

  requirements = pursuit_store_get_job_requirements (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (requirements_have (requirements, "Python"));
  g_assert_true (requirements_have (requirements, "Docker"));
  g_assert_false (requirements_have (requirements, "Rust"));
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM job_requirements"), ==, 1);
  g_clear_object (&requirements);

  /* A hit: the cached row is what comes back. Put other requirements in
   * the row under the same hash to see it. */
  other = pursuit_job_requirements_extract (pursuit_skill_taxonomy_get_default (), "Rust Developer",
                                            "Requirements: Rust and Kubernetes");
  other_json = pursuit_job_requirements_to_json (other);
  sql = g_strdup_printf ("UPDATE job_requirements SET requirements = '%s'", other_json);
  g_assert_null (strchr (other_json, '\''));
  exec_store_sql (fixture->store, sql);

  requirements = pursuit_store_get_job_requirements (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_true (requirements_have (requirements, "Rust"));
  g_assert_false (requirements_have (requirements, "Docker"));
  g_clear_object (&requirements);

  /* A new description no longer holds the hash: extracted again. */
  job = pursuit_store_get_job (fixture->store, id, &error);
  pursuit_job_set_description (job, NURSE_DESCRIPTION);
  g_assert_true (pursuit_store_update_job (fixture->store, job, &error));
  g_assert_no_error (error);
  requirements = pursuit_store_get_job_requirements (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_false (requirements_have (requirements, "Rust"));
  g_assert_false (requirements_have (requirements, "Python"));
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM job_requirements"), ==, 1);
  g_clear_object (&requirements);

  /* Garbage in the cache is extracted again, not trusted. */
  exec_store_sql (fixture->store, "UPDATE job_requirements SET requirements = '{\"skills\": 7'");
  requirements = pursuit_store_get_job_requirements (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (requirements);
  g_clear_object (&requirements);

  requirements = pursuit_store_get_job_requirements (fixture->store, id + 100, &error);
  g_assert_null (requirements);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Removing the job drops its cache row. */
  g_assert_true (pursuit_store_remove_job (fixture->store, id, &error));
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM job_requirements"), ==, 0);
}

static void
test_analyze_job (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(PursuitMatchResult) result = NULL;
  g_autoptr(PursuitCv) cv = make_cv ("Mine", "Python", "SQL", "PostgreSQL", "Docker", NULL);
  g_autoptr(PursuitCv) nurse = make_cv ("Nurse", "Patient Care", NULL);
  g_autoptr(GError) error = NULL;
  gboolean found_python = FALSE;
  gint64 id;
  int good_score;

  id = add_job_with_description (fixture->store, "Data Engineer", "Acme", "saved", DATA_JOB_DESCRIPTION);

  /* No CV: nothing to compare with. */
  result = pursuit_store_analyze_job (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_match_result_get_score (result), ==, -1);
  g_assert_cmpuint (pursuit_match_result_get_n_skills (result), ==, 0);
  g_clear_object (&result);

  store_cv (fixture->store, cv, TRUE);
  result = pursuit_store_analyze_job (fixture->store, id, &error);
  g_assert_no_error (error);
  good_score = pursuit_match_result_get_score (result);
  g_assert_cmpint (good_score, >=, 50);
  g_assert_cmpint (good_score, <=, 100);
  g_assert_cmpuint (pursuit_match_result_get_n_skills (result), >=, 4);
  for (guint i = 0; i < pursuit_match_result_get_n_skills (result); i++)
    {
      const PursuitSkillMatch *match = pursuit_match_result_get_skill (result, i);

      if (g_str_equal (match->name, "Python"))
        {
          found_python = TRUE;
          g_assert_true (match->required);
          g_assert_cmpint (match->kind, ==, PURSUIT_SKILL_MATCH_MATCHING);
        }
    }
  g_assert_true (found_python);
  g_clear_object (&result);

  /* Another profile scores lower on the same job. */
  store_cv (fixture->store, nurse, TRUE);
  result = pursuit_store_analyze_job (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_match_result_get_score (result), <, good_score);
  g_clear_object (&result);

  result = pursuit_store_analyze_job (fixture->store, id + 1, &error);
  g_assert_null (result);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_set_match_scores (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[3];
  int scores[3] = { 40, 90, -1 };
  guint changed = 0;

  ids[0] = add_job (fixture->store, "A", "Acme", "saved");
  ids[1] = add_job (fixture->store, "B", "Acme", "saved");
  ids[2] = add_job (fixture->store, "C", "Acme", "saved");
  g_signal_connect (fixture->store, "job-changed", G_CALLBACK (count_job_cb), &changed);

  /* C had none and gets none: two changes. */
  g_assert_cmpint (pursuit_store_set_match_scores (fixture->store, ids, scores, 3, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  job = pursuit_store_get_job (fixture->store, ids[1], &error);
  g_assert_cmpint (pursuit_job_get_match_score (job), ==, 90);
  g_clear_object (&job);

  /* The same again writes nothing and says nothing. */
  g_assert_cmpint (pursuit_store_set_match_scores (fixture->store, ids, scores, 3, &error), ==, 0);
  g_assert_cmpuint (changed, ==, 2);

  /* Back to none. */
  scores[0] = -1;
  g_assert_cmpint (pursuit_store_set_match_scores (fixture->store, ids, scores, 1, &error), ==, 1);
  g_assert_cmpuint (changed, ==, 3);
  job = pursuit_store_get_job (fixture->store, ids[0], &error);
  g_assert_cmpint (pursuit_job_get_match_score (job), ==, -1);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM jobs WHERE match_score IS NULL"), ==, 2);

  /* Out of range: nothing written. */
  scores[0] = 101;
  g_assert_cmpint (pursuit_store_set_match_scores (fixture->store, ids, scores, 3, &error), ==, -1);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_cmpuint (changed, ==, 3);

  /* An unknown job is no change. */
  {
    gint64 gone = 9999;
    int score = 5;

    g_clear_error (&error);
    g_assert_cmpint (pursuit_store_set_match_scores (fixture->store, &gone, &score, 1, &error), ==, 0);
    g_assert_no_error (error);
  }

  g_signal_handlers_disconnect_by_data (fixture->store, &changed);
}

/* Recommendations ----------------------------------------------------------- */

static gboolean
recommends (GPtrArray *recommendations,
            gint64     job_id)
{
  for (guint i = 0; i < recommendations->len; i++)
    if (pursuit_recommendation_get_job_id (g_ptr_array_index (recommendations, i)) == job_id)
      return TRUE;

  return FALSE;
}

static double
score_of (GPtrArray *recommendations,
          gint64     job_id)
{
  for (guint i = 0; i < recommendations->len; i++)
    if (pursuit_recommendation_get_job_id (g_ptr_array_index (recommendations, i)) == job_id)
      return pursuit_recommendation_get_score (g_ptr_array_index (recommendations, i));

  g_assert_not_reached ();
}

static void
list_async_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = pursuit_store_list_recommendations_finish (PURSUIT_STORE (object), result, &error);
  g_assert_no_error (error);
}

static GPtrArray *
list_async (PursuitStore                       *store,
            const PursuitRecommendationWeights *weights)
{
  GPtrArray *recommendations = NULL;

  pursuit_store_list_recommendations_async (store, weights, 0, NULL, list_async_cb, &recommendations);
  while (recommendations == NULL)
    g_main_context_iteration (NULL, TRUE);

  return recommendations;
}

static void
test_recommendations (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitCv) cv = make_cv ("Mine", "Python", "SQL", "Docker", NULL);
  g_autoptr(GPtrArray) recommendations = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  PursuitRecommendationWeights weights;
  gint64 data_job, data_job2, nurse_job, applied_job, rejected_job;
  guint changed = 0;
  double before;

  pursuit_recommendation_weights_init_default (&weights);
  store_cv (fixture->store, cv, TRUE);

  data_job = add_job_with_description (fixture->store, "Data Engineer", "Acme", "saved", DATA_JOB_DESCRIPTION);
  data_job2 = add_job_with_description (fixture->store, "Senior Data Engineer", "Initech", "saved",
                                 DATA_JOB_DESCRIPTION "- Apache Spark\n");
  nurse_job = add_job_with_description (fixture->store, "Night Nurse", "St. Mary", "saved", NURSE_DESCRIPTION);
  applied_job = add_job_with_description (fixture->store, "Data Analyst", "Globex", "applied", DATA_JOB_DESCRIPTION);
  rejected_job = add_job_with_description (fixture->store, "Ward Nurse", "City Hospital", "rejected", NURSE_DESCRIPTION);

  /* Only what the user has not acted on, best first. */
  recommendations = pursuit_store_list_recommendations (fixture->store, &weights, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recommendations->len, ==, 3);
  g_assert_true (recommends (recommendations, data_job));
  g_assert_true (recommends (recommendations, data_job2));
  g_assert_true (recommends (recommendations, nurse_job));
  g_assert_false (recommends (recommendations, applied_job));
  g_assert_false (recommends (recommendations, rejected_job));
  g_assert_cmpint (pursuit_recommendation_get_job_id (g_ptr_array_index (recommendations, 2)), ==, nurse_job);
  for (guint i = 0; i < recommendations->len; i++)
    g_assert_nonnull (pursuit_recommendation_get_reasons (g_ptr_array_index (recommendations, i)));
  before = score_of (recommendations, data_job);

  /* Cached: the second call reads the cache row, the same list. */
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count (*) FROM cache WHERE namespace = 'recommendations'"), ==, 1);
  again = pursuit_store_list_recommendations (fixture->store, &weights, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, recommendations->len);
  for (guint i = 0; i < again->len; i++)
    {
      PursuitRecommendation *a = g_ptr_array_index (recommendations, i);
      PursuitRecommendation *b = g_ptr_array_index (again, i);

      g_assert_cmpint (pursuit_recommendation_get_job_id (a), ==, pursuit_recommendation_get_job_id (b));
      g_assert_cmpfloat_with_epsilon (pursuit_recommendation_get_score (a),
                                      pursuit_recommendation_get_score (b), 1e-9);
      g_assert_cmpstrv (pursuit_recommendation_get_reasons (a), pursuit_recommendation_get_reasons (b));
    }
  g_clear_pointer (&again, g_ptr_array_unref);

  /* The limit and other weights are other entries. */
  again = pursuit_store_list_recommendations (fixture->store, &weights, 1, &error);
  g_assert_cmpuint (again->len, ==, 1);
  g_clear_pointer (&again, g_ptr_array_unref);
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count (*) FROM cache WHERE namespace = 'recommendations'"), ==, 2);

  /* Not interested: out of the list, the cache dropped, and it teaches:
   * the posting like it loses ground. */
  g_signal_connect (fixture->store, "recommendations-changed", G_CALLBACK (count_cb), &changed);
  g_assert_true (pursuit_store_dismiss_recommendation (fixture->store, data_job2, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count (*) FROM cache WHERE namespace = 'recommendations'"), ==, 0);
  g_clear_pointer (&again, g_ptr_array_unref);
  again = list_async (fixture->store, &weights);
  g_assert_cmpuint (again->len, ==, 2);
  g_assert_false (recommends (again, data_job2));
  g_assert_cmpfloat (score_of (again, data_job), <, before);
  g_clear_pointer (&again, g_ptr_array_unref);

  /* The async call caches too, and a cached list comes back at once. */
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count (*) FROM cache WHERE namespace = 'recommendations'"), ==, 1);
  again = list_async (fixture->store, &weights);
  g_assert_cmpuint (again->len, ==, 2);
  g_clear_pointer (&again, g_ptr_array_unref);

  /* Undo brings it back. */
  g_assert_true (pursuit_store_undo_dismiss_recommendation (fixture->store, data_job2, &error));
  g_assert_cmpuint (changed, ==, 2);
  again = pursuit_store_list_recommendations (fixture->store, &weights, 0, &error);
  g_assert_true (recommends (again, data_job2));
  g_clear_pointer (&again, g_ptr_array_unref);

  /* Any job change drops the cache: one applied leaves the list. */
  g_assert_true (pursuit_store_move_job (fixture->store, data_job, "applied", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count (*) FROM cache WHERE namespace = 'recommendations'"), ==, 0);
  again = pursuit_store_list_recommendations (fixture->store, &weights, 0, &error);
  g_assert_false (recommends (again, data_job));
  g_clear_pointer (&again, g_ptr_array_unref);

  /* And a profile change too. */
  g_assert_true (pursuit_store_rename_cv (fixture->store, pursuit_cv_get_id (cv), "Renamed", &error));
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count (*) FROM cache WHERE namespace = 'recommendations'"), ==, 0);

  g_assert_false (pursuit_store_dismiss_recommendation (fixture->store, 4242, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A removed job takes its feedback along. */
  g_assert_true (pursuit_store_dismiss_recommendation (fixture->store, nurse_job, &error));
  g_assert_true (pursuit_store_remove_job (fixture->store, nurse_job, &error));
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM recommendation_feedback"), ==, 0);

  g_signal_handlers_disconnect_by_data (fixture->store, &changed);
}

static void
test_recommendations_without_cv (StoreFixture  *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) recommendations = NULL;
  g_autoptr(GError) error = NULL;

  recommendations = pursuit_store_list_recommendations (fixture->store, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recommendations->len, ==, 0);
  g_clear_pointer (&recommendations, g_ptr_array_unref);

  add_job_with_description (fixture->store, "Data Engineer", "Acme", "saved", DATA_JOB_DESCRIPTION);
  recommendations = pursuit_store_list_recommendations (fixture->store, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (recommendations->len, ==, 1);
}

/* A long cached list reads its jobs in one go: the same list again. */
static void
test_recommendations_long_cache (StoreFixture  *fixture,
                                 gconstpointer  data)
{
  g_autoptr(PursuitCv) cv = make_cv ("Mine", "Python", "SQL", NULL);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;

  store_cv (fixture->store, cv, TRUE);
  for (int i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Engineer %d", i);

      add_job_with_description (fixture->store, title, "Acme", "saved",
                         i % 3 ? DATA_JOB_DESCRIPTION : NURSE_DESCRIPTION);
    }

  first = pursuit_store_list_recommendations (fixture->store, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->len, ==, 60);
  g_assert_nonnull (pursuit_recommendation_get_reasons (g_ptr_array_index (first, 0))[0]);

  /* Renaming the reasons in the cached row shows the list comes from it. */
  exec_store_sql (fixture->store, "UPDATE cache SET value = replace (value, '\"reasons\"', '\"reasonz\"')"
                                  " WHERE namespace = 'recommendations'");
  again = pursuit_store_list_recommendations (fixture->store, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 60);
  for (guint i = 0; i < again->len; i++)
    {
      PursuitRecommendation *a = g_ptr_array_index (first, i);
      PursuitRecommendation *b = g_ptr_array_index (again, i);

      g_assert_null (pursuit_recommendation_get_reasons (b)[0]);

      g_assert_cmpint (pursuit_recommendation_get_job_id (a), ==, pursuit_recommendation_get_job_id (b));
      g_assert_cmpstr (pursuit_job_get_title (pursuit_recommendation_get_job (a)), ==,
                       pursuit_job_get_title (pursuit_recommendation_get_job (b)));
    }
}

/* Practice ------------------------------------------------------------------ */

static PursuitPracticeSession *
make_session (gint64 job_id)
{
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify)pursuit_practice_question_free);
  PursuitPracticeQuestion question = { 0 };
  char *concepts[] = { (char *)"index|indexes", (char *)"join", NULL };

  question.id = (char *)"sql-1";
  question.kind = PURSUIT_QUESTION_TECHNICAL;
  question.focus = PURSUIT_QUESTION_FOCUS_GAP;
  question.skill = (char *)"SQL";
  question.difficulty = 2;
  question.text = (char *)"How do you make a slow query faster?";
  question.concepts = concepts;
  question.seconds = 120;
  g_ptr_array_add (questions, pursuit_practice_question_copy (&question));

  return pursuit_practice_session_new (job_id, questions);
}

static void
count_practice_cb (PursuitStore *store,
                   gint64        job_id,
                   GArray       *ids)
{
  g_array_append_val (ids, job_id);
}

static void
test_practice_sessions (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitPracticeSession) first = NULL;
  g_autoptr(PursuitPracticeSession) second = NULL;
  g_autoptr(PursuitPracticeSession) stored = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GArray) signalled = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  gint64 job, other;

  job = add_job (fixture->store, "Data Engineer", "Acme", "saved");
  other = add_job (fixture->store, "Analyst", "Acme", "saved");
  g_signal_connect (fixture->store, "practice-changed", G_CALLBACK (count_practice_cb), signalled);

  first = make_session (job);
  pursuit_practice_session_set_created_at (first, 1790000000);
  g_assert_true (pursuit_store_save_practice_session (fixture->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_practice_session_get_id (first), >, 0);
  g_assert_cmpuint (signalled->len, ==, 1);
  g_assert_cmpint (g_array_index (signalled, gint64, 0), ==, job);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM practice_sessions"
                                                     " WHERE overall_score IS NULL AND finished_at IS NULL"), ==, 1);

  /* Answered and finished: saved again in place, with its report. */
  pursuit_practice_session_answer (first, 0, "Add an index on the join column and check the plan.", 60);
  pursuit_practice_session_finish (first, NULL, 1790000600);
  g_assert_true (pursuit_store_save_practice_session (fixture->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (signalled->len, ==, 2);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM practice_sessions"), ==, 1);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT overall_score FROM practice_sessions"), ==,
                   pursuit_practice_session_get_overall_score (first));
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT finished_at FROM practice_sessions"), ==, 1790000600);

  second = make_session (job);
  pursuit_practice_session_set_created_at (second, 1790001000);
  g_assert_true (pursuit_store_save_practice_session (fixture->store, second, &error));

  sessions = pursuit_store_list_practice_sessions (fixture->store, job, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_assert_cmpint (pursuit_practice_session_get_id (g_ptr_array_index (sessions, 0)), ==,
                   pursuit_practice_session_get_id (second));
  g_clear_pointer (&sessions, g_ptr_array_unref);
  sessions = pursuit_store_list_practice_sessions (fixture->store, other, &error);
  g_assert_cmpuint (sessions->len, ==, 0);
  g_clear_pointer (&sessions, g_ptr_array_unref);

  stored = pursuit_store_get_practice_session (fixture->store, pursuit_practice_session_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_practice_session_get_job_id (stored), ==, job);
  g_assert_cmpint (pursuit_practice_session_get_created_at (stored), ==, 1790000000);
  g_assert_cmpint (pursuit_practice_session_get_finished_at (stored), ==, 1790000600);
  g_assert_cmpuint (pursuit_practice_session_get_n_questions (stored), ==, 1);
  g_assert_cmpstr (pursuit_practice_session_get_answer (stored, 0), ==,
                   "Add an index on the join column and check the plan.");
  g_assert_cmpint (pursuit_practice_session_get_overall_score (stored), ==,
                   pursuit_practice_session_get_overall_score (first));
  g_clear_object (&stored);

  /* A session for a job that does not exist, or an unknown id. */
  {
    g_autoptr(PursuitPracticeSession) orphan = make_session (4242);

    g_assert_false (pursuit_store_save_practice_session (fixture->store, orphan, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }
  g_assert_null (pursuit_store_get_practice_session (fixture->store, 4242, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pursuit_store_remove_practice_session (fixture->store, 4242, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A row that no longer reads is skipped in lists, an error alone. */
  exec_store_sql (fixture->store, "INSERT INTO practice_sessions (job_id, session, created_at)"
                                  " VALUES (1, '{\"questions\": 5', 1)");
  sessions = pursuit_store_list_practice_sessions (fixture->store, job, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 2);
  g_clear_pointer (&sessions, g_ptr_array_unref);
  g_assert_null (pursuit_store_get_practice_session (fixture->store,
                                                     count_store_rows (fixture->store,
                                                                       "SELECT max (id) FROM practice_sessions"),
                                                     &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (pursuit_store_remove_practice_session (fixture->store, pursuit_practice_session_get_id (second),
                                                        &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (signalled, gint64, signalled->len - 1), ==, job);

  /* The job's removal takes its sessions along. */
  g_assert_true (pursuit_store_remove_job (fixture->store, job, &error));
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM practice_sessions"), ==, 0);

  g_signal_handlers_disconnect_by_data (fixture->store, signalled);
}

/* Backups ------------------------------------------------------------------- */

static void
test_backup_round_trip (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitCv) cv = make_cv ("Mine", "Python", NULL);
  g_autoptr(PursuitPracticeSession) session = NULL;
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  gint64 job;

  job = add_job_with_description (fixture->store, "Data Engineer", "Acme", "saved", DATA_JOB_DESCRIPTION);
  store_cv (fixture->store, cv, TRUE);
  g_assert_true (pursuit_store_dismiss_recommendation (fixture->store, job, &error));
  session = make_session (job);
  g_assert_true (pursuit_store_save_practice_session (fixture->store, session, &error));
  g_clear_object (&session);
  requirements = pursuit_store_get_job_requirements (fixture->store, job, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM job_requirements"), ==, 1);

  json = pursuit_backup_export_json (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"cvs\""));
  g_assert_nonnull (strstr (json, "\"practice_sessions\""));
  g_assert_nonnull (strstr (json, "\"recommendation_feedback\""));
  g_assert_null (strstr (json, "\"job_requirements\""));

  /* Wipe, then restore. */
  g_assert_true (pursuit_store_remove_cv (fixture->store, pursuit_cv_get_id (cv), &error));
  g_assert_true (pursuit_store_remove_job (fixture->store, job, &error));
  g_assert_null (pursuit_store_get_profile (fixture->store));

  g_signal_connect (fixture->store, "profile-changed", G_CALLBACK (count_cb), &changed);
  g_assert_true (pursuit_backup_restore_json (fixture->store, json, strlen (json), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  profile = pursuit_store_get_profile (fixture->store);
  g_assert_nonnull (profile);
  g_assert_cmpint (pursuit_profile_get_skill_level (profile, "Python"), ==, PURSUIT_SKILL_LEVEL_ADVANCED);
  sessions = pursuit_store_list_practice_sessions (fixture->store, job, &error);
  g_assert_cmpuint (sessions->len, ==, 1);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM recommendation_feedback"), ==, 1);

  g_signal_handlers_disconnect_by_data (fixture->store, &changed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
  ADD ("/store-matching/cvs/add-list-activate", test_cvs_add_list_activate);
  ADD ("/store-matching/cvs/wishes-carry-over", test_cvs_wishes_carry_over);
  ADD ("/store-matching/cvs/update-rename-invalid", test_cvs_update_rename_invalid);
  ADD ("/store-matching/requirements/cache", test_requirements_cache);
  ADD ("/store-matching/analyze", test_analyze_job);
  ADD ("/store-matching/scores", test_set_match_scores);
  ADD ("/store-matching/recommendations/list", test_recommendations);
  ADD ("/store-matching/recommendations/without-cv", test_recommendations_without_cv);
  ADD ("/store-matching/recommendations/long-cache", test_recommendations_long_cache);
  ADD ("/store-matching/practice", test_practice_sessions);
  ADD ("/store-matching/backup", test_backup_round_trip);
#undef ADD

  return g_test_run ();
}
