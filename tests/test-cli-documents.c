/* test-cli-documents.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `pursuit-cli document` and `apply`: the real binary named by
 * $PURSUIT_CLI, in a data folder of its own per test, the jobs and the CV
 * put there with the store's API. */

#include <string.h>

#include <json-glib/json-glib.h>

#include "pursuit-store-documents.h"
#include "pursuit-test-cli.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"

#define DESCRIPTION \
  "Requirements:\n" \
  "- 3+ years of experience with Python\n" \
  "- PostgreSQL\n" \
  "- Kubernetes\n"

static gint64
add_posting (CliFixture *fixture,
             gboolean    with_cv)
{
  g_autoptr(PursuitStore) store = open_store_in (fixture->dir);
  gint64 id = add_job_with_description (store, "Platform Engineer", "Acme", "saved", DESCRIPTION);

  if (with_cv)
    {
      g_autoptr(PursuitProfile) profile = pursuit_profile_new ();

      pursuit_profile_set_name (profile, "Ada Lovelace");
      pursuit_profile_set_years_of_experience (profile, 5);
      pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
      pursuit_profile_set_skill (profile, "PostgreSQL", PURSUIT_SKILL_LEVEL_ADVANCED);
      add_text_cv (store, "Engineering CV", "Ada Lovelace\n\nExperience\nDeveloper, Engines Ltd\n", profile);
    }

  return id;
}

static char *
id_text (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static JsonObject *
result_object (CliResult  *result,
               JsonNode  **node)
{
  *node = cli_result_json (result);
  return json_node_get_object (*node);
}

static void
test_cli_templates (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autoptr(CliResult) all = cli_run_in_va (fixture, "document", "templates", "--json", NULL);
  g_autoptr(CliResult) resumes = cli_run_in_va (fixture, "document", "templates", "--kind", "resume", "--json", NULL);
  g_autoptr(CliResult) plain = cli_run_in_va (fixture, "document", "templates", NULL);
  g_autoptr(CliResult) bad = cli_run_in_va (fixture, "document", "templates", "--kind", "poem", NULL);
  g_autoptr(CliResult) typo = cli_run_in_va (fixture, "document", "tempaltes", NULL);
  g_autoptr(JsonNode) all_node = cli_result_json (all);
  g_autoptr(JsonNode) resumes_node = cli_result_json (resumes);
  JsonArray *array = json_node_get_array (all_node);

  g_assert_cmpuint (json_array_get_length (array), ==, 7);
  /* English first in a C locale. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "language"), ==, "en");
  g_assert_cmpuint (json_array_get_length (json_node_get_array (resumes_node)), ==, 2);

  cli_assert_ok (plain);
  g_assert_nonnull (strstr (plain->out, "cover-letter-formal"));
  g_assert_nonnull (strstr (plain->out, "Tailored CV"));

  g_assert_cmpint (bad->status, ==, 2);
  g_assert_cmpint (typo->status, ==, 2);
  g_assert_nonnull (strstr (typo->err, "tempaltes"));
}

static void
test_cli_new_and_list (CliFixture    *fixture,
                       gconstpointer  data)
{
  gint64 job = add_posting (fixture, TRUE);
  g_autofree char *job_text = id_text (job);
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitDocument) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *doc_text = NULL;
  JsonObject *object;
  g_autofree char *body = NULL;
  gint64 doc;

  result = cli_run_in_va (fixture, "document", "new", job_text, "--json", NULL);
  object = result_object (result, &node);
  doc = json_object_get_int_member (object, "id");
  g_assert_cmpint (doc, >, 0);
  g_assert_cmpint (json_object_get_int_member (object, "job_id"), ==, job);
  g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "cover_letter");
  g_assert_cmpstr (json_object_get_string_member (object, "template"), ==, "cover-letter-formal");
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "Cover Letter for Platform Engineer");
  body = g_strdup (json_object_get_string_member (object, "body"));
  g_assert_nonnull (strstr (body, "Dear Hiring Team at Acme,"));
  g_assert_nonnull (strstr (body, "Platform Engineer"));
  g_assert_nonnull (strstr (body, "Python"));
  g_assert_nonnull (strstr (body, "Ada Lovelace"));
  g_assert_null (strstr (body, "Kubernetes,"));

  /* Saved with the job, as printed. */
  store = open_store_in (fixture->dir);
  stored = pursuit_store_get_document (store, doc, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_document_get_body (stored), ==, body);
  g_clear_object (&store);

  /* A CV variant, plain output: the text itself. */
  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "document", "new", job_text, "--kind", "resume", "--title", "CV for Acme", NULL);
  cli_assert_ok (result);
  g_assert_true (g_str_has_prefix (result->out, "Ada Lovelace\n"));
  g_assert_nonnull (strstr (result->out, "EXPERIENCE\nDeveloper, Engines Ltd\n"));

  g_clear_pointer (&result, cli_result_free);
  g_clear_pointer (&node, json_node_unref);
  result = cli_run_in_va (fixture, "document", "list", job_text, "--json", NULL);
  node = cli_result_json (result);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (node), 1),
                                                  "title"), ==, "CV for Acme");

  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "document", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "Cover Letter for Platform Engineer"));
  g_assert_nonnull (strstr (result->out, "CV for Acme"));

  doc_text = id_text (doc);
  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "document", "show", doc_text, NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, body);
}

static void
test_cli_new_errors (CliFixture    *fixture,
                     gconstpointer  data)
{
  gint64 job = add_posting (fixture, FALSE);
  g_autofree char *job_text = id_text (job);
  g_autoptr(CliResult) mismatch = cli_run_in_va (fixture, "document", "new", job_text, "--template", "cv-tailored",
                                                 "--kind", "cover_letter", NULL);
  g_autoptr(CliResult) unknown = cli_run_in_va (fixture, "document", "new", job_text, "--template", "nope", NULL);
  g_autoptr(CliResult) no_job = cli_run_in_va (fixture, "document", "new", "4242", NULL);
  g_autoptr(CliResult) bad_kind = cli_run_in_va (fixture, "document", "new", job_text, "--kind", "poem", NULL);
  g_autoptr(CliResult) no_arg = cli_run_in_va (fixture, "document", "new", NULL);
  g_autoptr(CliResult) no_cv = NULL;
  g_autoptr(PursuitStore) store = NULL;

  g_assert_cmpint (mismatch->status, ==, 2);
  g_assert_cmpint (unknown->status, ==, 1);
  g_assert_nonnull (strstr (unknown->err, "nope"));
  g_assert_cmpint (no_job->status, ==, 1);
  g_assert_nonnull (strstr (no_job->err, "4242"));
  g_assert_cmpint (bad_kind->status, ==, 2);
  g_assert_cmpint (no_arg->status, ==, 2);

  store = open_store_in (fixture->dir);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM documents"), ==, 0);
  g_clear_object (&store);

  /* Without a CV the letter is written from the job alone. */
  no_cv = cli_run_in_va (fixture, "document", "new", job_text, "--template", "cover-letter-brief", NULL);
  cli_assert_ok (no_cv);
  g_assert_true (g_str_has_prefix (no_cv->out, "Dear Acme team,\n\nI would like to apply for the Platform Engineer role.\n"));
}

static void
test_cli_export (CliFixture    *fixture,
                 gconstpointer  data)
{
  gint64 job = add_posting (fixture, TRUE);
  g_autofree char *job_text = id_text (job);
  g_autofree char *pdf = g_build_filename (fixture->dir, "letter.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *doc_text = NULL;
  g_autofree char *link_text = NULL;
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;
  gsize length = 0;

  result = cli_run_in_va (fixture, "document", "new", job_text, "--json", NULL);
  object = result_object (result, &node);
  doc_text = id_text (json_object_get_int_member (object, "id"));

  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "document", "export", doc_text, "--pdf", pdf, "--paper", "letter", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "letter.pdf"));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "document", "export", doc_text, NULL);
  g_assert_cmpint (result->status, ==, 2);
  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "document", "export", doc_text, "--pdf", pdf, "--paper", "a5", NULL);
  g_assert_cmpint (result->status, ==, 2);
  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "document", "export", "999", "--pdf", pdf, NULL);
  g_assert_cmpint (result->status, ==, 1);

  /* A link has no text to set. */
  {
    g_autoptr(PursuitStore) store = open_store_in (fixture->dir);
    g_autoptr(GError) error = NULL;
    gint64 link = pursuit_store_add_document (store, job, "portfolio", "Portfolio", "https://ada.example", &error);

    g_assert_no_error (error);
    link_text = id_text (link);
  }
  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "document", "export", link_text, "--pdf", pdf, NULL);
  g_assert_cmpint (result->status, ==, 1);
}

static void
test_cli_apply (CliFixture    *fixture,
                gconstpointer  data)
{
  gint64 job = add_posting (fixture, TRUE);
  g_autofree char *job_text = id_text (job);
  g_autofree char *doc_text = NULL;
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(PursuitStore) store = NULL;
  JsonObject *object;

  result = cli_run_in_va (fixture, "document", "new", job_text, "--json", NULL);
  object = result_object (result, &node);
  doc_text = id_text (json_object_get_int_member (object, "id"));
  g_clear_pointer (&node, json_node_unref);

  /* An unknown document: nothing happens. */
  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "apply", job_text, "--document", doc_text, "--document", "777", NULL);
  g_assert_cmpint (result->status, ==, 1);
  g_assert_nonnull (strstr (result->err, "777"));
  store = open_store_in (fixture->dir);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM documents WHERE sent_at IS NOT NULL"), ==, 0);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM jobs WHERE stage = 'saved'"), ==, 1);
  g_clear_object (&store);

  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "apply", job_text, "--document", "x1", NULL);
  g_assert_cmpint (result->status, !=, 0);

  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "apply", job_text, "--document", doc_text, "--cv", "--json", NULL);
  object = result_object (result, &node);
  g_assert_cmpstr (json_object_get_string_member (object, "stage"), ==, "applied");

  store = open_store_in (fixture->dir);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM documents WHERE sent_at IS NOT NULL"), ==, 2);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM documents WHERE kind = 'resume'"
                                            " AND title = 'Engineering CV'"), ==, 1);
  /* The CLI's automation planned the follow-ups, as the app's would. */
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM follow_ups WHERE sequence = 'after_applied'"),
                   ==, 3);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM events WHERE kind = 'application-sent'"), ==, 1);
  g_clear_object (&store);

  /* The list shows when it was sent. */
  g_clear_pointer (&result, cli_result_free);
  g_clear_pointer (&node, json_node_unref);
  result = cli_run_in_va (fixture, "document", "list", job_text, "--json", NULL);
  node = cli_result_json (result);
  g_assert_false (json_object_get_null_member (json_array_get_object_element (json_node_get_array (node), 0),
                                               "sent_at"));

  /* Plain output, again: the job stays in Applied. */
  g_clear_pointer (&result, cli_result_free);
  result = cli_run_in_va (fixture, "apply", job_text, NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "Platform Engineer"));
  g_assert_nonnull (strstr (result->out, "Applied"));
}

int
main (int   argc,
      char *argv[])
{
  if (!cli_test_init (&argc, &argv))
    return 77;

  cli_test_add ("/cli/documents/templates", test_cli_templates);
  cli_test_add ("/cli/documents/new-and-list", test_cli_new_and_list);
  cli_test_add ("/cli/documents/new-errors", test_cli_new_errors);
  cli_test_add ("/cli/documents/export", test_cli_export);
  cli_test_add ("/cli/documents/apply", test_cli_apply);

  return g_test_run ();
}
