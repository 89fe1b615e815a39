/* test-cli-matching.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `pursuit-cli cv`, `match`, `recommend` and `practice`: the real binary
 * named by $PURSUIT_CLI, in a data folder of its own per test, the jobs
 * put there with the store's API. */

#include <string.h>

#include <json-glib/json-glib.h>

#include "pursuit-store-matching.h"
#include "pursuit-test-cli.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"

#define DATA_JOB_DESCRIPTION \
  "Requirements:\n" \
  "- 3+ years of experience with Python\n" \
  "- PostgreSQL\n" \
  "- Docker and Kubernetes\n\n" \
  "Nice to have:\n" \
  "- Apache Spark\n"

static char *
cv_fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "cv", name, NULL);
}

static gint64
add_posting (CliFixture *fixture,
             const char *title,
             const char *stage,
             const char *description)
{
  g_autoptr(PursuitStore) store = open_store_in (fixture->dir);

  return add_job_with_description (store, title, "Acme", stage, description);
}

static gboolean
array_has_name (JsonArray  *array,
                const char *name)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member (item, "name"), name) == 0)
        return TRUE;
    }

  return FALSE;
}

static const char *
skill_level (JsonArray  *skills,
             const char *name)
{
  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      JsonObject *item = json_array_get_object_element (skills, i);

      if (g_strcmp0 (json_object_get_string_member (item, "name"), name) == 0)
        return json_object_get_string_member (item, "level");
    }

  return NULL;
}

static gint64
import_cv (CliFixture *fixture,
           const char *name,
           const char *extra)
{
  g_autofree char *path = cv_fixture (name);
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (extra != NULL)
    result = cli_run_in_va (fixture, "cv", "import", path, extra, "--json", NULL);
  else
    result = cli_run_in_va (fixture, "cv", "import", path, "--json", NULL);
  node = cli_result_json (result);

  return json_object_get_int_member (json_node_get_object (node), "id");
}

static void
test_cli_cv_import (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = cv_fixture ("cv-en.txt");
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;
  JsonObject *profile;
  JsonArray *skills;

  result = cli_run_in_va (fixture, "cv", "import", path, "--title", "Backend CV", "--json", NULL);
  node = cli_result_json (result);
  object = json_node_get_object (node);

  g_assert_cmpint (json_object_get_int_member (object, "id"), >, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "Backend CV");
  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "text");
  g_assert_cmpstr (json_object_get_string_member (object, "file_name"), ==, "cv-en.txt");
  g_assert_true (json_object_get_boolean_member (object, "active"));

  profile = json_object_get_object_member (object, "profile");
  skills = json_object_get_array_member (profile, "skills");
  g_assert_cmpuint (json_array_get_length (skills), >=, 6);
  g_assert_true (array_has_name (skills, "Python"));
  g_assert_true (array_has_name (skills, "PostgreSQL"));
  g_assert_true (array_has_name (skills, "Kubernetes"));
  g_assert_cmpstr (skill_level (skills, "Python"), ==, "expert");
  g_assert_cmpfloat (json_object_get_double_member (profile, "years_of_experience"), >=, 8);
  g_assert_cmpstr (json_object_get_string_member (profile, "education"), ==, "master");
  g_clear_pointer (&result, cli_result_free);

  /* The text form says the same to people. */
  result = cli_run_in_va (fixture, "cv", "show", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "Backend CV"));
  g_assert_nonnull (strstr (result->out, "Python"));
  g_assert_nonnull (strstr (result->out, "Expert"));
  g_assert_nonnull (strstr (result->out, "Master"));
}

static void
test_cli_cv_versions (CliFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  JsonArray *array;
  gint64 first, second;

  first = import_cv (fixture, "cv-en.txt", NULL);
  second = import_cv (fixture, "cv-de.txt", "--no-activate");
  first_text = g_strdup_printf ("%lld", (long long)first);
  second_text = g_strdup_printf ("%lld", (long long)second);

  result = cli_run_in_va (fixture, "cv", "list", "--json", NULL);
  node = cli_result_json (result);
  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 0), "id"), ==, second);
  g_assert_false (json_object_get_boolean_member (json_array_get_object_element (array, 0), "active"));
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (array, 1), "active"));
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "cv", "activate", second_text, NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "active CV"));
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "cv", "show", "--json", NULL);
  node = cli_result_json (result);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "id"), ==, second);
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "cv", "list", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "cv-de"));
  g_clear_pointer (&result, cli_result_free);

  /* Removing the active one: the other takes over. */
  result = cli_run_in_va (fixture, "cv", "remove", second_text, "--json", NULL);
  node = cli_result_json (result);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (node), "active"), ==, first);
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&result, cli_result_free);

  /* Errors: an unknown id, an unknown subcommand, a file that is no CV. */
  result = cli_run_in_va (fixture, "cv", "activate", second_text, NULL);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_nonnull (strstr (result->err, "no CV with id"));
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "cv", "frobnicate", NULL);
  g_assert_cmpint (result->status, ==, 2);
  g_clear_pointer (&result, cli_result_free);

  {
    g_autofree char *bad = g_build_filename (fixture->dir, "bad.txt", NULL);

    g_file_set_contents (bad, "caf\xc3\x28 not text", -1, NULL);
    result = cli_run_in_va (fixture, "cv", "import", bad, NULL);
    g_assert_cmpint (result->status, ==, 1);
    g_assert_nonnull (strstr (result->err, "bad.txt"));
    g_clear_pointer (&result, cli_result_free);
  }

  result = cli_run_in_va (fixture, "cv", "import", "/nonexistent/cv.pdf", NULL);
  g_assert_cmpint (result->status, ==, 1);
}

static void
test_cli_match (CliFixture    *fixture,
                gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *id_text = NULL;
  JsonObject *object;
  JsonObject *breakdown;
  JsonArray *matching;
  gint64 job_id;
  int score;

  job_id = add_posting (fixture, "Data Engineer", "saved", DATA_JOB_DESCRIPTION);
  id_text = g_strdup_printf ("%lld", (long long)job_id);

  /* No CV yet: a clear error. */
  result = cli_run_in_va (fixture, "match", id_text, NULL);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_nonnull (strstr (result->err, "No CV yet"));
  g_clear_pointer (&result, cli_result_free);

  import_cv (fixture, "cv-en.txt", NULL);

  result = cli_run_in_va (fixture, "match", id_text, "--json", NULL);
  node = cli_result_json (result);
  object = json_node_get_object (node);
  g_assert_cmpint (json_object_get_int_member (object, "job_id"), ==, job_id);
  score = json_object_get_int_member (object, "score");
  g_assert_cmpint (score, >=, 60);
  g_assert_cmpint (score, <=, 100);
  breakdown = json_object_get_object_member (object, "breakdown");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (breakdown, "required"), "weight"),
                   ==, 50);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (breakdown, "education"), "weight"),
                   ==, 10);
  matching = json_object_get_array_member (object, "matching");
  g_assert_true (array_has_name (matching, "Python"));
  g_assert_true (array_has_name (matching, "Kubernetes"));
  g_assert_true (json_object_has_member (object, "missing"));
  g_assert_true (json_object_has_member (object, "partial"));
  g_assert_true (json_object_has_member (object, "transferable"));
  g_clear_pointer (&result, cli_result_free);

  /* The score is saved for the board. */
  {
    g_autoptr(PursuitStore) store = open_store_in (fixture->dir);
    g_autoptr(PursuitJob) job = pursuit_store_get_job (store, job_id, NULL);

    g_assert_cmpint (pursuit_job_get_match_score (job), ==, score);
  }

  result = cli_run_in_va (fixture, "match", id_text, NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "of 100"));
  g_assert_nonnull (strstr (result->out, "Required"));
  g_assert_nonnull (strstr (result->out, "Python"));
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "match", "4242", NULL);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_nonnull (strstr (result->err, "4242"));
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "match", "abc", NULL);
  g_assert_cmpint (result->status, !=, 0);
}

static void
test_cli_recommend (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonArray *array;
  gint64 data_job, nurse_job;

  result = cli_run_in_va (fixture, "recommend", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "Nothing to recommend"));
  g_clear_pointer (&result, cli_result_free);

  import_cv (fixture, "cv-en.txt", NULL);
  nurse_job = add_posting (fixture, "Night Nurse", "saved",
                           "Requirements:\n- Patient care\n- Medication administration\n");
  data_job = add_posting (fixture, "Data Engineer", "saved", DATA_JOB_DESCRIPTION);
  add_posting (fixture, "Backend Engineer", "applied", DATA_JOB_DESCRIPTION);

  result = cli_run_in_va (fixture, "recommend", "--json", NULL);
  node = cli_result_json (result);
  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 0), "job_id"), ==, data_job);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (array, 1), "job_id"), ==, nurse_job);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_array_get_object_element (array, 0),
                                                                        "reasons")), >, 0);
  g_clear_pointer (&node, json_node_unref);
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "recommend", "--limit", "1", "--json", NULL);
  node = cli_result_json (result);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 1);
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "recommend", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "Data Engineer"));
  g_assert_nonnull (strstr (result->out, "%"));
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "recommend", "--limit", "lots", NULL);
  g_assert_cmpint (result->status, ==, 2);
}

static void
test_cli_practice (CliFixture    *fixture,
                   gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(CliResult) again = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *id_text = NULL;
  JsonObject *object;
  JsonArray *questions;
  gint64 job_id;
  guint technical = 0;

  job_id = add_posting (fixture, "Data Engineer", "saved", DATA_JOB_DESCRIPTION);
  id_text = g_strdup_printf ("%lld", (long long)job_id);
  import_cv (fixture, "cv-en.txt", NULL);

  result = cli_run_in_va (fixture, "practice", id_text, "--questions", "8", "--seed", "7", "--json", NULL);
  node = cli_result_json (result);
  object = json_node_get_object (node);
  g_assert_cmpint (json_object_get_int_member (object, "job_id"), ==, job_id);
  g_assert_cmpint (json_object_get_int_member (object, "seed"), ==, 7);
  questions = json_object_get_array_member (object, "questions");
  g_assert_cmpuint (json_array_get_length (questions), ==, 8);
  for (guint i = 0; i < json_array_get_length (questions); i++)
    {
      JsonObject *question = json_array_get_object_element (questions, i);

      g_assert_cmpstr (json_object_get_string_member (question, "text"), !=, "");
      g_assert_cmpint (json_object_get_int_member (question, "difficulty"), >=, 1);
      g_assert_cmpint (json_object_get_int_member (question, "difficulty"), <=, 3);
      technical += g_str_equal (json_object_get_string_member (question, "kind"), "technical");
    }
  g_assert_cmpuint (technical, >=, 3);

  /* The same seed, the same set. */
  again = cli_run_in_va (fixture, "practice", id_text, "--questions", "8", "--seed", "7", "--json", NULL);
  cli_assert_ok (again);
  g_assert_cmpstr (again->out, ==, result->out);
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "practice", id_text, "--seed", "7", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "10 questions"));
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "practice", id_text, "--questions", "50", NULL);
  g_assert_cmpint (result->status, ==, 2);
  g_clear_pointer (&result, cli_result_free);

  result = cli_run_in_va (fixture, "practice", "4242", NULL);
  g_assert_cmpint (result->status, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  if (!cli_test_init (&argc, &argv))
    return 77;

  cli_test_add ("/cli/matching/cv-import", test_cli_cv_import);
  cli_test_add ("/cli/matching/cv-versions", test_cli_cv_versions);
  cli_test_add ("/cli/matching/match", test_cli_match);
  cli_test_add ("/cli/matching/recommend", test_cli_recommend);
  cli_test_add ("/cli/matching/practice", test_cli_practice);

  return g_test_run ();
}
