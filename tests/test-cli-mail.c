/* test-cli-mail.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `pursuit-cli classify-email` and `pursuit-cli suggestions`, the real
 * binary named by $PURSUIT_CLI, against a store each test prepares in a
 * folder of its own with the store's API. */

#include <string.h>

#include <json-glib/json-glib.h>

#include "pursuit-store-mail.h"
#include "pursuit-test-cli.h"
#include "pursuit-test-store.h"

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "mail", "parser", name, NULL);
}

/* A rejection from Acme matched to @job_id, with its pending suggestion. */
static gint64
add_rejection (PursuitStore *store,
               gint64        job_id,
               const char   *subject)
{
  g_autoptr(PursuitMailMessage) message = pursuit_mail_message_new ();
  g_autoptr(PursuitMailSuggestion) suggestion = pursuit_mail_suggestion_new ();
  g_autoptr(GPtrArray) messages = g_ptr_array_new ();
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *message_id = g_strdup_printf ("<%s@acme.example>", uuid);

  pursuit_mail_message_set_message_id (message, message_id);
  pursuit_mail_message_set_subject (message, subject);
  pursuit_mail_message_set_from_name (message, "Acme Talent");
  pursuit_mail_message_set_from_address (message, "talent@acme.example");
  pursuit_mail_message_set_body_text (message, "We have decided to move forward with other candidates.");
  pursuit_mail_message_set_snippet (message, "We have decided to move forward with other candidates.");
  pursuit_mail_message_set_received_at (message, g_get_real_time () / G_USEC_PER_SEC - 3600);
  pursuit_mail_message_set_category (message, PURSUIT_MAIL_REJECTION);
  pursuit_mail_message_set_confidence (message, 0.93);
  pursuit_mail_message_set_company (message, "Acme");
  pursuit_mail_message_set_job_id (message, job_id);

  pursuit_mail_suggestion_set_job_id (suggestion, job_id);
  pursuit_mail_suggestion_set_category (suggestion, PURSUIT_MAIL_REJECTION);
  pursuit_mail_suggestion_set_confidence (suggestion, 0.93);
  pursuit_mail_suggestion_set_action (suggestion, PURSUIT_SUGGESTION_MOVE_STAGE);
  pursuit_mail_suggestion_set_target_stage (suggestion, "rejected");
  pursuit_mail_suggestion_set_company (suggestion, "Acme");
  pursuit_mail_suggestion_set_state (suggestion, PURSUIT_SUGGESTION_PENDING);

  g_ptr_array_add (messages, message);
  g_ptr_array_add (suggestions, suggestion);
  g_assert_true (pursuit_store_save_mail (store, 0, messages, suggestions, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_mail_suggestion_get_id (suggestion), >, 0);

  return pursuit_mail_suggestion_get_id (suggestion);
}

static char *
job_stage (CliFixture *fixture,
           gint64      job_id)
{
  g_autoptr(PursuitStore) store = open_store_in (fixture->dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_store_get_job (store, job_id, &error);

  g_assert_no_error (error);
  return g_strdup (pursuit_job_get_stage (job));
}

/* Tests ------------------------------------------------------------------- */

static void
test_classify_json (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = fixture_path ("plain.eml");
  g_autoptr(CliResult) result = cli_run_in_va (fixture, "classify-email", path, "--json", NULL);
  g_autoptr(JsonNode) node = cli_result_json (result);
  JsonObject *object = json_node_get_object (node);

  g_assert_cmpstr (json_object_get_string_member (object, "category"), ==, "confirmation");
  g_assert_cmpfloat (json_object_get_double_member (object, "confidence"), >, 0.5);
  g_assert_cmpfloat (json_object_get_double_member (object, "confidence"), <=, 1.0);
  g_assert_cmpstr (json_object_get_string_member (object, "company"), ==, "Acme");
  g_assert_true (json_object_has_member (object, "matched_job_id"));
  g_assert_true (json_object_get_null_member (object, "matched_job_id"));
  g_assert_cmpstr (json_object_get_string_member (object, "subject"), ==, "Thank you for applying to Acme");
  g_assert_cmpstr (json_object_get_string_member (object, "message_id"), ==, "<conf-1234@acme.example>");
  g_assert_true (json_object_has_member (object, "suggestion"));
}

static void
test_classify_matched (CliFixture    *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = fixture_path ("plain.eml");
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *object;
  gint64 job_id;
  gint64 other_id;

  {
    g_autoptr(PursuitStore) store = open_store_in (fixture->dir);

    other_id = add_job_with_urls (store, "Designer", "Globex", "applied", "https://globex.example/jobs/1", NULL);
    job_id = add_job_with_urls (store, "Backend Engineer", "Acme", "saved", "https://acme.example/careers/backend",
                                NULL);
  }

  result = cli_run_in_va (fixture, "classify-email", path, "--json", NULL);
  node = cli_result_json (result);
  object = json_node_get_object (node);
  g_assert_cmpint (json_object_get_int_member (object, "matched_job_id"), ==, job_id);
  g_assert_cmpint (json_object_get_int_member (object, "matched_job_id"), !=, other_id);
  g_assert_nonnull (json_object_get_string_member (object, "match_reason"));

  /* Nothing was saved: classify-email only looks. */
  {
    g_autoptr(PursuitStore) store = open_store_in (fixture->dir);

    g_assert_cmpint (count_store_rows (store, "SELECT count(*) FROM mail_messages"), ==, 0);
    g_assert_cmpint (count_store_rows (store, "SELECT count(*) FROM mail_suggestions"), ==, 0);
  }
}

static void
test_classify_human_and_stdin (CliFixture    *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = fixture_path ("latin1.eml");
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(CliResult) human = cli_run_in_va (fixture, "classify-email", path, NULL);
  g_autoptr(CliResult) piped = NULL;
  g_autoptr(GBytes) input = NULL;
  g_autoptr(JsonNode) node = NULL;
  const char * const args[] = { "classify-email", "-", "--json", NULL };

  cli_assert_ok (human);
  g_assert_nonnull (strstr (human->out, "Ihre Bewerbung bei der Müller GmbH"));
  g_assert_nonnull (strstr (human->out, "Category:"));
  g_assert_nonnull (strstr (human->out, "Job:"));

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  input = g_bytes_new_take (g_steal_pointer (&contents), length);
  piped = cli_run_in (fixture, input, args);
  node = cli_result_json (piped);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "subject"), ==,
                   "Ihre Bewerbung bei der Müller GmbH");
}

static void
test_classify_errors (CliFixture    *fixture,
                      gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.eml", NULL);
  g_autofree char *garbage = g_build_filename (fixture->dir, "garbage.eml", NULL);
  g_autoptr(CliResult) a = cli_run_in_va (fixture, "classify-email", missing, "--json", NULL);
  g_autoptr(CliResult) b = NULL;
  g_autoptr(CliResult) c = cli_run_in_va (fixture, "classify-email", NULL);
  g_autoptr(CliResult) d = NULL;
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  const char * const stdin_args[] = { "classify-email", "-", NULL };

  g_assert_cmpint (a->status, ==, 1);
  g_assert_cmpstr (a->out, ==, "");
  g_assert_nonnull (strstr (a->err, "missing.eml"));

  g_assert_true (g_file_set_contents (garbage, "\x89PNG\r\n\x1a\nnot mail at all\n", -1, NULL));
  b = cli_run_in_va (fixture, "classify-email", garbage, NULL);
  g_assert_cmpint (b->status, ==, 1);
  g_assert_nonnull (strstr (b->err, "not an email"));

  g_assert_cmpint (c->status, ==, 2);

  d = cli_run_in (fixture, empty, stdin_args);
  g_assert_cmpint (d->status, ==, 1);
  g_assert_nonnull (strstr (d->err, "standard input"));
}

static void
test_suggestions_accept_undo (CliFixture    *fixture,
                              gconstpointer  data)
{
  g_autoptr(CliResult) listed = NULL;
  g_autoptr(CliResult) human = NULL;
  g_autoptr(CliResult) accepted = NULL;
  g_autoptr(CliResult) undone = NULL;
  g_autoptr(CliResult) again = NULL;
  g_autoptr(JsonNode) list = NULL;
  g_autoptr(JsonNode) accepted_json = NULL;
  g_autofree char *id_text = NULL;
  g_autofree char *stage = NULL;
  JsonObject *first;
  gint64 job_id;
  gint64 suggestion_id;

  {
    g_autoptr(PursuitStore) store = open_store_in (fixture->dir);

    job_id = add_job (store, "Backend Engineer", "Acme", "applied");
    suggestion_id = add_rejection (store, job_id, "Your application to Acme <b>now</b>");
  }
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, suggestion_id);

  listed = cli_run_in_va (fixture, "suggestions", "--json", NULL);
  list = cli_result_json (listed);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (list));
  g_assert_cmpuint (json_array_get_length (json_node_get_array (list)), ==, 1);
  first = json_array_get_object_element (json_node_get_array (list), 0);
  g_assert_cmpint (json_object_get_int_member (first, "id"), ==, suggestion_id);
  g_assert_cmpint (json_object_get_int_member (first, "job_id"), ==, job_id);
  g_assert_cmpstr (json_object_get_string_member (first, "state"), ==, "pending");
  g_assert_cmpstr (json_object_get_string_member (first, "category"), ==, "rejection");

  human = cli_run_in_va (fixture, "suggestions", NULL);
  cli_assert_ok (human);
  g_assert_nonnull (strstr (human->out, "Acme"));
  g_assert_nonnull (strstr (human->out, "pending"));
  g_assert_nonnull (strstr (human->out, "93%"));

  accepted = cli_run_in_va (fixture, "suggestions", "accept", id_text, "--json", NULL);
  accepted_json = cli_result_json (accepted);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (accepted_json), "state"), ==, "accepted");
  stage = job_stage (fixture, job_id);
  g_assert_cmpstr (stage, ==, "rejected");
  g_clear_pointer (&stage, g_free);

  /* Only pending suggestions can be accepted. */
  again = cli_run_in_va (fixture, "suggestions", "accept", id_text, NULL);
  g_assert_cmpint (again->status, ==, 1);
  g_assert_cmpstr (again->out, ==, "");

  undone = cli_run_in_va (fixture, "suggestions", "undo", id_text, NULL);
  cli_assert_ok (undone);
  g_assert_nonnull (strstr (undone->out, id_text));
  stage = job_stage (fixture, job_id);
  g_assert_cmpstr (stage, ==, "applied");
}

static void
test_suggestions_dismiss (CliFixture    *fixture,
                          gconstpointer  data)
{
  g_autoptr(CliResult) dismissed = NULL;
  g_autoptr(CliResult) empty = NULL;
  g_autoptr(CliResult) all = NULL;
  g_autoptr(CliResult) unknown = NULL;
  g_autoptr(CliResult) bad = NULL;
  g_autoptr(JsonNode) all_json = NULL;
  g_autofree char *id_text = NULL;
  g_autofree char *stage = NULL;
  gint64 job_id;
  gint64 suggestion_id;

  {
    g_autoptr(PursuitStore) store = open_store_in (fixture->dir);

    job_id = add_job (store, "Backend Engineer", "Acme", "applied");
    suggestion_id = add_rejection (store, job_id, "Your application to Acme");
  }
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, suggestion_id);

  dismissed = cli_run_in_va (fixture, "suggestions", "dismiss", id_text, NULL);
  cli_assert_ok (dismissed);
  stage = job_stage (fixture, job_id);
  g_assert_cmpstr (stage, ==, "applied");

  empty = cli_run_in_va (fixture, "suggestions", NULL);
  cli_assert_ok (empty);
  g_assert_cmpstr (empty->out, ==, "No suggestions\n");

  all = cli_run_in_va (fixture, "suggestions", "--all", "--json", NULL);
  all_json = cli_result_json (all);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (all_json)), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (all_json), 0),
                                                  "state"), ==, "dismissed");

  unknown = cli_run_in_va (fixture, "suggestions", "accept", "9999", NULL);
  g_assert_cmpint (unknown->status, ==, 1);
  g_assert_cmpstr (unknown->out, ==, "");
  g_assert_cmpstr (unknown->err, !=, "");

  bad = cli_run_in_va (fixture, "suggestions", "accept", "not-a-number", NULL);
  g_assert_cmpint (bad->status, !=, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!cli_test_init (&argc, &argv))
    return 77;

#define ADD(path, func) \
  g_test_add (path, CliFixture, "pursuit-cli-mail-XXXXXX", cli_fixture_setup, func, cli_fixture_teardown)
  ADD ("/cli-mail/classify/json", test_classify_json);
  ADD ("/cli-mail/classify/matched", test_classify_matched);
  ADD ("/cli-mail/classify/human-and-stdin", test_classify_human_and_stdin);
  ADD ("/cli-mail/classify/errors", test_classify_errors);
  ADD ("/cli-mail/suggestions/accept-undo", test_suggestions_accept_undo);
  ADD ("/cli-mail/suggestions/dismiss", test_suggestions_dismiss);
#undef ADD

  return g_test_run ();
}
