/* test-cli.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* pursuit-cli, run as a subprocess: the real binary named by $PURSUIT_CLI,
 * each test against a data folder of its own. */

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "pursuit-test-cli.h"

/* The subprocess's TZ; a test may pick another and put it back. */
static const char *cli_time_zone = "UTC";

/* Runs `pursuit-cli --data-dir DIR ARGS... [--json]`, with @args up to the
 * first NULL but at most @n_args of them. */
static CliResult *
run_in_dir (CliFixture         *fixture,
            const char * const *args,
            gsize               n_args,
            gboolean            json)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer)"--data-dir");
  g_ptr_array_add (argv, fixture->dir);
  for (gsize i = 0; i < n_args && args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  if (json)
    g_ptr_array_add (argv, (gpointer)"--json");
  g_ptr_array_add (argv, NULL);

  return cli_run ((const char * const *)argv->pdata, NULL, cli_time_zone);
}

static CliResult *
run_in_dir_valist (CliFixture *fixture,
                   gboolean    json,
                   const char *first,
                   va_list     ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer)arg);

  return run_in_dir (fixture, (const char * const *)args->pdata, args->len, json);
}

/* Runs `pursuit-cli --data-dir DIR ARGS...`. */
static CliResult *
run_cli (CliFixture *fixture,
         const char *first,
         ...)
{
  CliResult *result;
  va_list ap;

  va_start (ap, first);
  result = run_in_dir_valist (fixture, FALSE, first, ap);
  va_end (ap);

  return result;
}

/* A failure is a non-zero exit and exactly one line on stderr. */
static void
assert_fails (CliResult *result)
{
  g_assert_true (result->exited);
  g_assert_cmpint (result->status, !=, 0);
  g_assert_true (g_str_has_prefix (result->err, "pursuit-cli: "));
  g_assert_true (g_str_has_suffix (result->err, "\n"));
  g_assert_cmpint ((gint64)(strchr (result->err, '\n') - result->err), ==, (gint64)strlen (result->err) - 1);
  g_assert_cmpstr (result->out, ==, "");
}

typedef enum
{
  EXPECT_SUCCESS,
  EXPECT_FAILURE,   /* as assert_fails() says */
} Expect;

/* Runs a command for what it does, not for what it prints. */
static void
run_expecting (CliFixture *fixture,
               Expect      expect,
               const char *first,
               ...)
{
  g_autoptr(CliResult) result = NULL;
  va_list ap;

  va_start (ap, first);
  result = run_in_dir_valist (fixture, FALSE, first, ap);
  va_end (ap);

  if (expect == EXPECT_SUCCESS)
    cli_assert_ok (result);
  else
    assert_fails (result);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;

  return n;
}

static gint64
parse_id (CliResult *result)
{
  guint64 id = 0;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strstrip (g_strdup (result->out));

  g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &id, &error);
  g_assert_no_error (error);

  return (gint64)id;
}

static char *
id_string (gint64 id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

/* Runs `pursuit-cli --data-dir DIR ARGS... --json`, which must succeed. */
static JsonNode *
run_json_valist (CliFixture *fixture,
                 const char *first,
                 va_list     ap)
{
  g_autoptr(CliResult) result = run_in_dir_valist (fixture, TRUE, first, ap);

  return cli_result_json (result);
}

static JsonNode *
run_json (CliFixture *fixture,
          const char *first,
          ...)
{
  JsonNode *root;
  va_list ap;

  va_start (ap, first);
  root = run_json_valist (fixture, first, ap);
  va_end (ap);

  return root;
}

static JsonNode *
show_json (CliFixture *fixture,
           gint64      id)
{
  g_autofree char *id_text = id_string (id);

  return run_json (fixture, "show", id_text, NULL);
}

static JsonArray *
list_json (CliFixture *fixture,
           const char *first,
           ...)
{
  g_autoptr(JsonNode) root = NULL;
  va_list ap;

  va_start (ap, first);
  root = run_json_valist (fixture, first, ap);
  va_end (ap);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return json_array_ref (json_node_get_array (root));
}

static gint64
add_job (CliFixture *fixture,
         const char *title,
         const char *company,
         const char *stage)
{
  g_autoptr(CliResult) result = NULL;

  if (stage != NULL)
    result = run_cli (fixture, "add", "--title", title, "--company", company, "--stage", stage, NULL);
  else
    result = run_cli (fixture, "add", "--title", title, "--company", company, NULL);

  cli_assert_ok (result);
  return parse_id (result);
}

static void
assert_member_null (JsonObject *object,
                    const char *name)
{
  g_assert_true (json_object_has_member (object, name));
  g_assert_true (json_object_get_null_member (object, name));
}

static char *
write_file (CliFixture *fixture,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return path;
}

/* Tests ------------------------------------------------------------------- */

static void
test_cli_add_every_option (CliFixture    *fixture,
                           gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *job;
  JsonArray *timeline;
  const char *created_at;
  gint64 id;

  result = run_cli (fixture, "add",
                    "--title", "Senior Backend Engineer",
                    "--company", "Acme GmbH",
                    "--url", "https://acme.example/jobs/1",
                    "--apply-url", "https://acme.example/apply/1",
                    "--location", "Berlin, DE",
                    "--remote",
                    "--stage", "applied",
                    "--salary-min", "60000",
                    "--salary-max", "80000",
                    "--currency", "eur",
                    "--salary-period", "year",
                    "--description", "Build the billing system.\n\nRust and PostgreSQL.",
                    "--source", "referral",
                    "--employment-type", "full-time",
                    "--posted-date", "2026-01-10",
                    "--deadline", "2026-02-01",
                    "--applied-date", "2026-01-12",
                    "--match-score", "77",
                    "--resume", "cv-2026.pdf",
                    "--cover-letter", "acme-letter.pdf",
                    NULL);
  cli_assert_ok (result);
  id = parse_id (result);

  root = show_json (fixture, id);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  job = json_node_get_object (root);

  g_assert_cmpint (json_object_get_int_member (job, "id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (job, "title"), ==, "Senior Backend Engineer");
  g_assert_cmpstr (json_object_get_string_member (job, "company"), ==, "Acme GmbH");
  g_assert_cmpstr (json_object_get_string_member (job, "location"), ==, "Berlin, DE");
  g_assert_true (json_object_get_boolean_member (job, "remote"));
  g_assert_cmpint (json_object_get_int_member (job, "salary_min"), ==, 60000);
  g_assert_cmpint (json_object_get_int_member (job, "salary_max"), ==, 80000);
  g_assert_cmpstr (json_object_get_string_member (job, "currency"), ==, "EUR");
  g_assert_cmpstr (json_object_get_string_member (job, "salary_period"), ==, "YEAR");
  g_assert_cmpstr (json_object_get_string_member (job, "url"), ==, "https://acme.example/jobs/1");
  g_assert_cmpstr (json_object_get_string_member (job, "apply_url"), ==, "https://acme.example/apply/1");
  g_assert_cmpstr (json_object_get_string_member (job, "description"), ==,
                   "Build the billing system.\n\nRust and PostgreSQL.");
  g_assert_cmpstr (json_object_get_string_member (job, "source"), ==, "referral");
  g_assert_cmpstr (json_object_get_string_member (job, "employment_type"), ==, "full-time");
  g_assert_cmpstr (json_object_get_string_member (job, "stage"), ==, "applied");
  g_assert_cmpstr (json_object_get_string_member (job, "stage_label"), ==, "Applied");
  g_assert_cmpstr (json_object_get_string_member (job, "posted_date"), ==, "2026-01-10");
  g_assert_cmpstr (json_object_get_string_member (job, "deadline"), ==, "2026-02-01");
  g_assert_cmpstr (json_object_get_string_member (job, "applied_date"), ==, "2026-01-12");
  g_assert_cmpint (json_object_get_int_member (job, "match_score"), ==, 77);
  g_assert_cmpstr (json_object_get_string_member (job, "resume"), ==, "cv-2026.pdf");
  g_assert_cmpstr (json_object_get_string_member (job, "cover_letter"), ==, "acme-letter.pdf");
  assert_member_null (job, "withdraw_reason");

  created_at = json_object_get_string_member (job, "created_at");
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", created_at, 0, 0));
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$",
                                       json_object_get_string_member (job, "updated_at"), 0, 0));

  g_assert_cmpint (json_array_get_length (json_object_get_array_member (job, "notes")), ==, 0);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (job, "interviews")), ==, 0);
  g_assert_true (json_object_has_member (job, "follow_ups"));
  timeline = json_object_get_array_member (job, "timeline");
  g_assert_cmpint (json_array_get_length (timeline), >=, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (timeline, 0), "kind"), ==, "created");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (timeline, 0), "to_stage"), ==,
                   "applied");
}

static void
test_cli_add_minimal (CliFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) shown = NULL;
  JsonObject *job;

  result = run_cli (fixture, "add", "--title", "Designer", "--company", "Globex", "--json", NULL);
  cli_assert_ok (result);

  /* add --json prints the new job. */
  root = cli_parse_json (result->out);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  job = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (job, "title"), ==, "Designer");
  g_assert_cmpstr (json_object_get_string_member (job, "stage"), ==, "saved");
  g_assert_false (json_object_get_boolean_member (job, "remote"));
  assert_member_null (job, "salary_min");
  assert_member_null (job, "salary_max");
  assert_member_null (job, "currency");
  assert_member_null (job, "match_score");
  assert_member_null (job, "url");
  assert_member_null (job, "applied_date");

  shown = show_json (fixture, json_object_get_int_member (job, "id"));
  g_assert_true (json_node_equal (root, shown));
}

static void
test_cli_list (CliFixture    *fixture,
               gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonArray) all = NULL;
  g_autoptr(JsonArray) applied = NULL;
  g_autoptr(JsonArray) by_label = NULL;
  g_auto(GStrv) lines = NULL;
  gint64 id;

  add_job (fixture, "Backend Engineer", "Acme", NULL);
  add_job (fixture, "Frontend Engineer", "Globex", NULL);
  id = add_job (fixture, "Data Engineer", "Initech", "applied");

  all = list_json (fixture, "list", NULL);
  g_assert_cmpint (json_array_get_length (all), ==, 3);

  applied = list_json (fixture, "list", "--stage", "applied", NULL);
  g_assert_cmpint (json_array_get_length (applied), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (applied, 0), "id"), ==, id);
  g_assert_true (json_object_has_member (json_array_get_object_element (applied, 0), "notes"));

  /* A label works as well as a key. */
  by_label = list_json (fixture, "list", "--stage", "Applied", NULL);
  g_assert_cmpint (json_array_get_length (by_label), ==, 1);

  /* The table: a header and one line per job, columns aligned. */
  result = run_cli (fixture, "list", NULL);
  cli_assert_ok (result);
  lines = g_strsplit (g_strchomp (result->out), "\n", -1);
  g_assert_cmpint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[0], "ID"));
  g_assert_nonnull (strstr (result->out, "Data Engineer"));
  g_assert_nonnull (strstr (result->out, "Initech"));
  for (guint i = 1; i < 4; i++)
    {
      static const char *titles[] = { "Backend Engineer", "Frontend Engineer", "Data Engineer" };
      static const char *companies[] = { "Acme", "Globex", "Initech" };
      const char *title_cell = NULL;
      const char *company_cell = NULL;

      for (guint j = 0; j < G_N_ELEMENTS (titles); j++)
        if (strstr (lines[i], titles[j]) != NULL)
          {
            title_cell = strstr (lines[i], titles[j]);
            company_cell = strstr (lines[i], companies[j]);
          }

      g_assert_nonnull (title_cell);
      g_assert_nonnull (company_cell);
      g_assert_cmpint (title_cell - lines[i], ==, strstr (lines[0], "Title") - lines[0]);
      g_assert_cmpint (company_cell - lines[i], ==, strstr (lines[0], "Company") - lines[0]);
    }

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "list", "--stage", "nonsense", NULL);
  assert_fails (result);
  g_assert_nonnull (strstr (result->err, "nonsense"));
}

static void
test_cli_list_sanitizes (CliFixture    *fixture,
                         gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;

  add_job (fixture, "Evil\x1b[2J\nTitle\twith tab", "Acme\r\nCorp", NULL);

  result = run_cli (fixture, "list", NULL);
  cli_assert_ok (result);
  g_assert_null (strchr (result->out, '\x1b'));
  g_assert_null (strchr (result->out, '\t'));
  g_assert_null (strchr (result->out, '\r'));
  g_assert_cmpint (count_lines (result->out), ==, 2);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "show", "1", NULL);
  cli_assert_ok (result);
  g_assert_null (strchr (result->out, '\x1b'));
}

static void
test_cli_move (CliFixture    *fixture,
               gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *id_text = NULL;
  JsonObject *job;
  JsonArray *timeline;
  JsonObject *last;
  gint64 id;

  id = add_job (fixture, "Backend Engineer", "Acme", NULL);
  id_text = id_string (id);

  result = run_cli (fixture, "move", id_text, "applied", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "Applied"));

  root = show_json (fixture, id);
  job = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (job, "stage"), ==, "applied");
  g_assert_false (json_object_get_null_member (job, "applied_date"));
  /* The automation plans the follow-ups of an application. */
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (job, "follow_ups")), ==, 3);
  timeline = json_object_get_array_member (job, "timeline");
  last = json_array_get_object_element (timeline, json_array_get_length (timeline) - 1);
  g_assert_cmpstr (json_object_get_string_member (last, "from_stage"), ==, "saved");
  g_assert_cmpstr (json_object_get_string_member (last, "to_stage"), ==, "applied");

  /* Refused by the pipeline: the message names both stages. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "move", id_text, "accepted", NULL);
  assert_fails (result);
  g_assert_nonnull (strstr (result->err, "Applied"));
  g_assert_nonnull (strstr (result->err, "Accepted"));

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "move", id_text, "nowhere", NULL);
  assert_fails (result);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "move", id_text, NULL);
  assert_fails (result);
  g_assert_cmpint (result->status, ==, 2);

  /* --json prints the moved job. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "move", id_text, "screening", "--json", NULL);
  cli_assert_ok (result);
  g_clear_pointer (&root, json_node_unref);
  root = cli_parse_json (result->out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "stage"), ==, "screening");
}

static void
test_cli_move_withdraw (CliFixture    *fixture,
                        gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *id_text = NULL;
  JsonObject *job;
  gint64 id;

  id = add_job (fixture, "Backend Engineer", "Acme", "applied");
  id_text = id_string (id);

  result = run_cli (fixture, "move", id_text, "withdrawn", NULL);
  assert_fails (result);
  g_assert_nonnull (strstr (result->err, "reason"));

  root = show_json (fixture, id);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "stage"), ==, "applied");

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "move", id_text, "withdrawn", "--reason", "Took another offer", NULL);
  cli_assert_ok (result);

  g_clear_pointer (&root, json_node_unref);
  root = show_json (fixture, id);
  job = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (job, "stage"), ==, "withdrawn");
  g_assert_cmpstr (json_object_get_string_member (job, "withdraw_reason"), ==, "Took another offer");

  /* A closed application stays closed. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "move", id_text, "applied", NULL);
  assert_fails (result);
}

static void
test_cli_note (CliFixture    *fixture,
               gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *id_text = NULL;
  JsonArray *notes;
  JsonObject *note;
  JsonObject *reminder;
  JsonObject *local;
  gint64 id;

  id = add_job (fixture, "Backend Engineer", "Acme", NULL);
  id_text = id_string (id);

  result = run_cli (fixture, "note", id_text, "Called", "the", "recruiter", NULL);
  cli_assert_ok (result);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "note", id_text, "Send the thank-you mail", "--remind-at", "2026-05-01T09:30:00+02:00", NULL);
  cli_assert_ok (result);

  /* Without a zone: local time, here UTC; seconds are optional. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "note", id_text, "Check the portal", "--remind-at", "2026-05-02T10:15", "--json", NULL);
  cli_assert_ok (result);
  g_clear_pointer (&root, json_node_unref);
  root = cli_parse_json (result->out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "kind"), ==, "reminder");

  g_clear_pointer (&root, json_node_unref);
  root = show_json (fixture, id);
  notes = json_object_get_array_member (json_node_get_object (root), "notes");
  g_assert_cmpint (json_array_get_length (notes), ==, 3);

  note = json_array_get_object_element (notes, 0);
  reminder = json_array_get_object_element (notes, 1);
  local = json_array_get_object_element (notes, 2);

  g_assert_cmpstr (json_object_get_string_member (note, "kind"), ==, "note");
  g_assert_cmpstr (json_object_get_string_member (note, "body"), ==, "Called the recruiter");
  assert_member_null (note, "due_at");
  g_assert_false (json_object_get_boolean_member (note, "done"));
  g_assert_true (json_object_has_member (note, "id"));
  g_assert_true (json_object_has_member (note, "tags"));
  g_assert_true (json_object_has_member (note, "priority"));
  g_assert_true (json_object_has_member (note, "created_at"));

  g_assert_cmpstr (json_object_get_string_member (reminder, "kind"), ==, "reminder");
  g_assert_cmpstr (json_object_get_string_member (reminder, "body"), ==, "Send the thank-you mail");
  g_assert_cmpstr (json_object_get_string_member (reminder, "due_at"), ==, "2026-05-01T07:30:00Z");

  g_assert_cmpstr (json_object_get_string_member (local, "due_at"), ==, "2026-05-02T10:15:00Z");

  /* The human view lists the reminder. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "show", id_text, NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "reminder due 2026-05-01 07:30"));

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "note", id_text, "Soon", "--remind-at", "next tuesday", NULL);
  assert_fails (result);
  g_assert_nonnull (strstr (result->err, "next tuesday"));

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "note", "999", "Lost", NULL);
  assert_fails (result);
}

static char *
json_tags (JsonObject *job)
{
  JsonArray *tags = json_object_get_array_member (job, "tags");
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (tags); i++)
    g_ptr_array_add (strings, (gpointer)json_array_get_string_element (tags, i));
  g_ptr_array_add (strings, NULL);

  return g_strjoinv ("|", (char **)strings->pdata);
}

static void
test_cli_tags (CliFixture    *fixture,
               gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *id_text = NULL;
  g_autofree char *other_text = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *long_tag = g_strnfill (65, 'x');
  JsonObject *job;
  gint64 id;

  id = add_job (fixture, "Backend Engineer", "Acme", NULL);
  id_text = id_string (id);
  other_text = id_string (add_job (fixture, "Designer", "Acme", NULL));

  /* Arguments and commas separate tags; quotes keep spaces. */
  result = run_cli (fixture, "tag", id_text, "dream job", "python,fintech", " Python ", NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, "Job 1 “Backend Engineer” is tagged dream job, fintech, python\n");

  root = show_json (fixture, id);
  job = json_node_get_object (root);
  tags = json_tags (job);
  g_assert_cmpstr (tags, ==, "dream job|fintech|python");
  g_assert_true (json_object_has_member (job, "stage_changed_at"));
  g_assert_nonnull (json_object_get_string_member (job, "stage_changed_at"));
  assert_member_null (job, "next_due_at");
  assert_member_null (job, "next_due_kind");

  /* The human view and the search know the tags. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "show", id_text, NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "dream job, fintech, python"));
  g_assert_nonnull (strstr (result->out, "In stage since"));

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "search", "fintech", "--json", NULL);
  cli_assert_ok (result);
  g_clear_pointer (&root, json_node_unref);
  root = cli_parse_json (result->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 1);

  /* Untagging ignores case; --json prints the job. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "untag", id_text, "PYTHON", "dream job", "--json", NULL);
  cli_assert_ok (result);
  g_clear_pointer (&root, json_node_unref);
  root = cli_parse_json (result->out);
  g_clear_pointer (&tags, g_free);
  tags = json_tags (json_node_get_object (root));
  g_assert_cmpstr (tags, ==, "fintech");

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "untag", other_text, "fintech", NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, "Job 2 “Designer” has no tags\n");

  /* Bad tags fail whole: the good tag before the bad one is not kept. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "tag", id_text, "kept-not", long_tag, NULL);
  assert_fails (result);
  g_assert_nonnull (strstr (result->err, "64"));
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "tag", id_text, "bell\a", NULL);
  assert_fails (result);
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "tag", id_text, " , ", NULL);
  assert_fails (result);
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "tag", id_text, "in\xffvalid", NULL);
  assert_fails (result);
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "tag", id_text, NULL);
  assert_fails (result);
  g_assert_cmpint (result->status, ==, 2);
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "tag", "999", "python", NULL);
  assert_fails (result);

  g_clear_pointer (&root, json_node_unref);
  root = show_json (fixture, id);
  g_clear_pointer (&tags, g_free);
  tags = json_tags (json_node_get_object (root));
  g_assert_cmpstr (tags, ==, "fintech");

  /* A reminder becomes the job's next due item. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "note", id_text, "Ask about the team", "--remind-at", "2099-01-01T09:00", NULL);
  cli_assert_ok (result);
  g_clear_pointer (&root, json_node_unref);
  root = show_json (fixture, id);
  job = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (job, "next_due_kind"), ==, "reminder");
  g_assert_cmpstr (json_object_get_string_member (job, "next_due_at"), ==, "2099-01-01T09:00:00Z");
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "show", id_text, NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "Reminder on 2099-01-01 09:00"));
}

static void
test_cli_search (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonArray) by_company = NULL;
  g_autoptr(JsonArray) by_description = NULL;
  g_autoptr(JsonArray) by_note = NULL;
  g_autoptr(JsonArray) none = NULL;
  g_autofree char *initech = NULL;
  gint64 globex_id;
  gint64 initech_id;

  result = run_cli (fixture, "add", "--title", "Platform Engineer", "--company", "Globex",
                    "--description", "We love distributed systems and coffee.", NULL);
  cli_assert_ok (result);
  globex_id = parse_id (result);
  initech_id = add_job (fixture, "Support Engineer", "Initech", NULL);
  initech = id_string (initech_id);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "note", initech, "Spoke with Lumbergh about TPS reports", NULL);
  cli_assert_ok (result);

  by_company = list_json (fixture, "search", "globex", NULL);
  g_assert_cmpint (json_array_get_length (by_company), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (by_company, 0), "id"), ==, globex_id);

  by_description = list_json (fixture, "search", "distributed", NULL);
  g_assert_cmpint (json_array_get_length (by_description), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (by_description, 0), "id"), ==, globex_id);

  by_note = list_json (fixture, "search", "lumbergh", NULL);
  g_assert_cmpint (json_array_get_length (by_note), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (by_note, 0), "id"), ==, initech_id);

  none = list_json (fixture, "search", "astronaut", NULL);
  g_assert_cmpint (json_array_get_length (none), ==, 0);

  /* Several words, and the human table. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "search", "support", "initech", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "Support Engineer"));
  g_assert_null (strstr (result->out, "Platform Engineer"));

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "search", NULL);
  assert_fails (result);
}

static void
test_cli_stages (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autoptr(JsonArray) stages = NULL;
  g_autoptr(CliResult) result = NULL;

  stages = list_json (fixture, "stages", NULL);
  g_assert_cmpint (json_array_get_length (stages), >=, 10);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (stages, 0), "key"), ==, "saved");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (stages, 0), "label"), ==, "Saved");

  result = run_cli (fixture, "stages", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "interview_scheduled"));
  g_assert_nonnull (strstr (result->out, "Interview Scheduled"));
}

static const char csv_text[] =
  "Company,Job Title,Status,Date Applied,URL,Location,Notes\n"
  "Acme,Backend Engineer,Applied,2026-01-05,https://acme.example/jobs/1,\"Berlin, DE\",Referred by Sam\n"
  "Globex,\"Data Engineer, Platform\",Saved,,https://globex.example/jobs/7,Remote,\"Line one\nline two\"\n"
  "Initech,Support Engineer,Saved,,,Austin,\n";

static void
test_cli_import_csv_and_export (CliFixture    *fixture,
                                gconstpointer  data)
{
  g_autofree char *csv_path = write_file (fixture, "jobs.csv", csv_text);
  g_autofree char *csv_out = g_build_filename (fixture->dir, "out.csv", NULL);
  g_autofree char *json_out = g_build_filename (fixture->dir, "out.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonArray) jobs = NULL;
  g_autoptr(JsonNode) backup = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  result = run_cli (fixture, "import", csv_path, NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, "Imported 3 jobs (0 duplicates skipped)\n");

  jobs = list_json (fixture, "list", NULL);
  g_assert_cmpint (json_array_get_length (jobs), ==, 3);

  /* Again: every job is a duplicate. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "import", csv_path, NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, "Imported 0 jobs (3 duplicates skipped)\n");

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "import", csv_path, "--json", NULL);
  cli_assert_ok (result);
  g_clear_pointer (&backup, json_node_unref);
  backup = cli_parse_json (result->out);
  g_assert_cmpint (json_array_get_length (json_node_get_array (backup)), ==, 0);

  g_clear_pointer (&jobs, json_array_unref);
  jobs = list_json (fixture, "list", NULL);
  g_assert_cmpint (json_array_get_length (jobs), ==, 3);

  /* CSV to a file: private, with a header and the notes. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "export", "--format", "csv", "-o", csv_out, NULL);
  cli_assert_ok (result);
  g_assert_cmpint (g_stat (csv_out, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_file_get_contents (csv_out, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "id,title,company,"));
  g_assert_nonnull (strstr (contents, "Referred by Sam"));
  g_assert_nonnull (strstr (contents, "\"Data Engineer, Platform\""));

  /* CSV to the standard output is the same text. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "export", "--format", "csv", NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, contents);

  /* JSON: a backup that parses. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "export", "--format", "json", "-o", json_out, NULL);
  cli_assert_ok (result);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (json_out, &contents, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&backup, json_node_unref);
  backup = cli_parse_json (contents);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (backup));

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "export", "--format", "yaml", NULL);
  assert_fails (result);
}

static void
test_cli_import_json_round_trip (CliFixture    *fixture,
                                 gconstpointer  data)
{
  g_autofree char *backup_path = g_build_filename (fixture->dir, "backup.json", NULL);
  g_autofree char *other_dir = g_build_filename (fixture->dir, "other", NULL);
  g_autofree char *id_text = NULL;
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonArray) jobs = NULL;
  g_autoptr(JsonArray) restored = NULL;
  CliFixture other = { other_dir };
  gint64 id;

  result = run_cli (fixture, "demo", "--jobs", "12", "--seed", "7", NULL);
  cli_assert_ok (result);
  id = add_job (fixture, "Backend Engineer", "Acme", NULL);
  id_text = id_string (id);
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "note", id_text, "Ask about the team", "--remind-at", "2026-03-01T08:00Z", NULL);
  cli_assert_ok (result);
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "move", id_text, "applied", NULL);
  cli_assert_ok (result);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "export", "--format", "json", "-o", backup_path, NULL);
  cli_assert_ok (result);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (&other, "import", backup_path, "--replace", NULL);
  cli_assert_ok (result);

  jobs = list_json (fixture, "list", NULL);
  restored = list_json (&other, "list", NULL);
  g_assert_cmpint (json_array_get_length (jobs), ==, 13);
  g_assert_cmpint (json_array_get_length (restored), ==, 13);

  for (guint i = 0; i < json_array_get_length (jobs); i++)
    {
      gint64 job_id = json_object_get_int_member (json_array_get_object_element (jobs, i), "id");
      g_autoptr(JsonNode) before = show_json (fixture, job_id);
      g_autoptr(JsonNode) after = show_json (&other, job_id);

      g_assert_true (json_node_equal (before, after));
    }

  /* Into a store with jobs, only with --replace. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (&other, "import", backup_path, NULL);
  assert_fails (result);
  g_assert_nonnull (strstr (result->err, "--replace"));

  add_job (&other, "Extra Job", "Extra Corp", NULL);
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (&other, "import", backup_path, "--replace", NULL);
  cli_assert_ok (result);
  g_clear_pointer (&restored, json_array_unref);
  restored = list_json (&other, "list", NULL);
  g_assert_cmpint (json_array_get_length (restored), ==, 13);
}

static const char greenhouse_board[] =
  "{\"jobs\": ["
  " {\"id\": 101, \"title\": \"Staff Engineer\", \"company_name\": \"Hooli\","
  "  \"absolute_url\": \"https://boards.greenhouse.io/hooli/jobs/101\","
  "  \"location\": {\"name\": \"Palo Alto\"}, \"updated_at\": \"2026-01-05T10:00:00-05:00\","
  "  \"content\": \"&lt;p&gt;Build search.&lt;/p&gt;\"},"
  " {\"id\": 102, \"title\": \"Recruiter\", \"company_name\": \"Hooli\","
  "  \"absolute_url\": \"https://boards.greenhouse.io/hooli/jobs/102\","
  "  \"location\": {\"name\": \"Remote\"}, \"updated_at\": \"2026-01-06T10:00:00-05:00\","
  "  \"content\": \"&lt;p&gt;Find people.&lt;/p&gt;\"}"
  "], \"meta\": {\"total\": 2}}";

static void
test_cli_import_board (CliFixture    *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = write_file (fixture, "board.json", greenhouse_board);
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) added = NULL;
  g_autoptr(JsonArray) jobs = NULL;
  JsonArray *array;

  result = run_cli (fixture, "import", path, "--json", NULL);
  cli_assert_ok (result);
  added = cli_parse_json (result->out);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (added));
  array = json_node_get_array (added);
  g_assert_cmpint (json_array_get_length (array), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "company"), ==, "Hooli");
  g_assert_true (json_object_has_member (json_array_get_object_element (array, 0), "timeline"));

  /* Every job of the board is now a duplicate. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "import", path, NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, "Imported 0 jobs (2 duplicates skipped)\n");

  jobs = list_json (fixture, "list", NULL);
  g_assert_cmpint (json_array_get_length (jobs), ==, 2);
}

static void
test_cli_import_merge (CliFixture    *fixture,
                       gconstpointer  data)
{
  g_autofree char *first = write_file (fixture, "first.csv",
                                       "Company,Job Title,URL\n"
                                       "Acme,Backend Engineer,https://acme.example/jobs/1\n");
  g_autofree char *second = write_file (fixture, "second.csv",
                                        "Company,Job Title,URL,Location\n"
                                        "Acme,Backend Engineer,https://acme.example/jobs/1,Berlin\n"
                                        "Globex,Designer,https://globex.example/jobs/2,Paris\n");
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonArray) jobs = NULL;
  g_autoptr(JsonNode) root = NULL;
  gint64 id;

  result = run_cli (fixture, "import", first, NULL);
  cli_assert_ok (result);
  jobs = list_json (fixture, "list", NULL);
  g_assert_cmpint (json_array_get_length (jobs), ==, 1);
  id = json_object_get_int_member (json_array_get_object_element (jobs, 0), "id");

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "import", second, "--merge", NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, "Imported 1 job, 1 job completed (0 duplicates skipped)\n");

  root = show_json (fixture, id);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "location"), ==, "Berlin");

  g_clear_pointer (&jobs, json_array_unref);
  jobs = list_json (fixture, "list", NULL);
  g_assert_cmpint (json_array_get_length (jobs), ==, 2);
}

static const char posting_html[] =
  "<!DOCTYPE html><html><head><title>Careers at Umbrella</title>\n"
  "<script type=\"application/ld+json\">\n"
  "{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\",\n"
  " \"title\": \"Site Reliability Engineer\",\n"
  " \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Umbrella Corp\"},\n"
  " \"jobLocation\": {\"@type\": \"Place\", \"address\": {\"@type\": \"PostalAddress\",\n"
  "   \"addressLocality\": \"Lisbon\", \"addressCountry\": \"PT\"}},\n"
  " \"datePosted\": \"2026-01-20\",\n"
  " \"description\": \"<p>Keep the lights on.</p>\"}\n"
  "</script></head><body><h1>Site Reliability Engineer</h1></body></html>\n";

static void
test_cli_add_url_file (CliFixture    *fixture,
                       gconstpointer  data)
{
  g_autofree char *page = write_file (fixture, "posting.html", posting_html);
  g_autofree char *plain = write_file (fixture, "plain.html",
                                       "<html><head><title>Just a page</title></head><body>Hi</body></html>");
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *job;
  gint64 id;

  result = run_cli (fixture, "add", "--url", page, NULL);
  cli_assert_ok (result);
  id = parse_id (result);

  root = show_json (fixture, id);
  job = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (job, "title"), ==, "Site Reliability Engineer");
  g_assert_cmpstr (json_object_get_string_member (job, "company"), ==, "Umbrella Corp");
  g_assert_nonnull (strstr (json_object_get_string_member (job, "location"), "Lisbon"));
  g_assert_cmpstr (json_object_get_string_member (job, "posted_date"), ==, "2026-01-20");
  g_assert_cmpstr (json_object_get_string_member (job, "stage"), ==, "saved");

  /* The same page again is a duplicate. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "add", "--url", page, NULL);
  assert_fails (result);

  /* No posting data: the page title is kept, with a warning. */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "add", "--url", plain, "--stage", "applied", NULL);
  g_assert_cmpint (result->status, ==, 0);
  g_assert_true (g_str_has_prefix (result->err, "pursuit-cli: warning: "));
  g_assert_cmpint (count_lines (result->err), ==, 1);
  id = parse_id (result);

  g_clear_pointer (&root, json_node_unref);
  root = show_json (fixture, id);
  job = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (job, "title"), ==, "Just a page");
  g_assert_cmpstr (json_object_get_string_member (job, "stage"), ==, "applied");

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "add", "--url", "/nonexistent/posting.html", NULL);
  assert_fails (result);
}

typedef struct
{
  GSubprocess *process;
  GBytes      *out;
  GBytes      *err;
  GError      *error;
  gboolean     done;
} AsyncRun;

static void
communicate_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncRun *run = user_data;

  g_subprocess_communicate_finish (G_SUBPROCESS (object), result, &run->out, &run->err, &run->error);
  run->done = TRUE;
}

static void
on_posting_request_cb (SoupServer        *server,
                       SoupServerMessage *message,
                       const char        *path,
                       GHashTable        *query,
                       gpointer           user_data)
{
  if (!g_str_equal (path, "/jobs/42"))
    {
      soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
      return;
    }

  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                    posting_html, strlen (posting_html));
}

/* Runs the CLI while this process serves the page on loopback. */
static CliResult *
run_cli_serving (CliFixture *fixture,
                 const char *url)
{
  const char *args[] = { "--data-dir", fixture->dir, "add", "--url", url, NULL };
  g_autoptr(GError) error = NULL;
  AsyncRun run = { 0 };
  CliResult *result;

  run.process = cli_spawn (args, FALSE, cli_time_zone, &error);
  g_assert_no_error (error);

  g_subprocess_communicate_async (run.process, NULL, NULL, communicate_cb, &run);
  while (!run.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (run.error);

  /* Let the process be reaped. */
  g_subprocess_wait (run.process, NULL, &error);
  g_assert_no_error (error);

  result = cli_make_result (run.process, run.out, run.err);
  g_clear_object (&run.process);
  g_clear_pointer (&run.out, g_bytes_unref);
  g_clear_pointer (&run.err, g_bytes_unref);
  return result;
}

static void
test_cli_add_url_http (CliFixture    *fixture,
                       gconstpointer  data)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *url = NULL;
  g_autofree char *missing = NULL;
  GSList *uris;
  JsonObject *job;

  soup_server_add_handler (server, NULL, on_posting_request_cb, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server);
  g_assert_nonnull (uris);
  url = g_strdup_printf ("http://127.0.0.1:%d/jobs/42", g_uri_get_port (uris->data));
  missing = g_strdup_printf ("http://127.0.0.1:%d/jobs/404", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);

  result = run_cli_serving (fixture, url);
  cli_assert_ok (result);

  root = show_json (fixture, parse_id (result));
  job = json_node_get_object (root);
  g_assert_cmpstr (json_object_get_string_member (job, "title"), ==, "Site Reliability Engineer");
  g_assert_cmpstr (json_object_get_string_member (job, "url"), ==, url);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli_serving (fixture, missing);
  assert_fails (result);
  g_assert_nonnull (strstr (result->err, "404"));
}

static void
test_cli_demo (CliFixture    *fixture,
               gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonArray) jobs = NULL;

  result = run_cli (fixture, "demo", "--jobs", "50", "--seed", "3", NULL);
  cli_assert_ok (result);

  jobs = list_json (fixture, "list", NULL);
  g_assert_cmpint (json_array_get_length (jobs), ==, 50);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "demo", "--jobs", "0", NULL);
  assert_fails (result);
}

static void
test_cli_bad_input (CliFixture    *fixture,
                    gconstpointer  data)
{
  static const char *cases[][10] = {
    { "frobnicate", NULL },
    { "add", "--company", "Acme", NULL },
    { "add", "--title", "Engineer", NULL },
    { "add", "--title", "Engineer", "--company", "Acme", "--deadline", "2026-02-30" },
    { "add", "--title", "Engineer", "--company", "Acme", "--posted-date", "yesterday" },
    { "add", "--title", "Engineer", "--company", "Acme", "--salary-min", "90000", "--salary-max", "50000" },
    { "add", "--title", "Engineer", "--company", "Acme", "--salary-max", "lots" },
    { "add", "--title", "Engineer", "--company", "Acme", "--url", "ftp://example.com" },
    { "add", "--title", "Engineer", "--company", "Acme", "--currency", "euros" },
    { "add", "--title", "Engineer", "--company", "Acme", "--match-score", "101" },
    { "add", "--title", "Engineer", "--company", "Acme", "--stage", "withdrawn" },
    { "add", "--title", "Engineer", "--company", "Acme", "--bogus" },
    { "add", "--title", "Bad \xff\xfe UTF-8", "--company", "Acme", NULL },
    { "note", "1", "text \xc3\x28", NULL },
    { "search", "\xff", NULL },
    { "show", "999", NULL },
    { "show", "abc", NULL },
    { "show", "-5", NULL },
    { "show", NULL },
    { "show", "1", "2", NULL },
    { "move", "999", "applied", NULL },
    { "import", "/nonexistent/jobs.csv", NULL },
    { "import", "gopher://example.com/jobs", NULL },
    { "restore", "/nonexistent/backup.db", NULL },
  };
  g_autoptr(CliResult) result = NULL;

  add_job (fixture, "Engineer", "Acme", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u: %s", i, cases[i][0]);
      g_clear_pointer (&result, cli_result_free);
      result = run_in_dir (fixture, cases[i], G_N_ELEMENTS (cases[i]), FALSE);
      assert_fails (result);
      g_assert_true (g_utf8_validate (result->err, -1, NULL));
    }

  /* Nothing half-written: still the one job. */
  {
    g_autoptr(JsonArray) jobs = list_json (fixture, "list", NULL);
    g_assert_cmpint (json_array_get_length (jobs), ==, 1);
  }

  /* No command at all. */
  {
    const char *args[] = { NULL };

    g_clear_pointer (&result, cli_result_free);
    result = cli_run (args, NULL, cli_time_zone);
    assert_fails (result);
    g_assert_cmpint (result->status, ==, 2);
  }
}

static void
test_cli_bad_import (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *broken = write_file (fixture, "broken.csv",
                                        "Company,Job Title\nAcme,\"Unterminated\n");
  g_autofree char *binary = write_file (fixture, "noise.bin", "\x01\x02\x03\xff\xfe garbage");
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonArray) jobs = NULL;

  result = run_cli (fixture, "import", broken, NULL);
  assert_fails (result);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "import", binary, NULL);
  assert_fails (result);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "import", fixture->dir, NULL);
  assert_fails (result);

  jobs = list_json (fixture, "list", NULL);
  g_assert_cmpint (json_array_get_length (jobs), ==, 0);
}

static void
test_cli_help (void)
{
  const char *global[] = { "--help", NULL };
  const char *add[] = { "add", "--help", NULL };
  const char *help_move[] = { "help", "move", NULL };
  g_autoptr(CliResult) result = NULL;

  result = cli_run (global, NULL, cli_time_zone);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "restore"));
  g_assert_nonnull (strstr (result->out, "--data-dir"));

  g_clear_pointer (&result, cli_result_free);
  result = cli_run (add, NULL, cli_time_zone);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "--title"));
  g_assert_nonnull (strstr (result->out, "--json"));
  g_assert_nonnull (strstr (result->out, "pursuit-cli add"));

  g_clear_pointer (&result, cli_result_free);
  result = cli_run (help_move, NULL, cli_time_zone);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "--reason"));
}

static void
test_cli_backups_and_restore (CliFixture    *fixture,
                              gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonArray) backups = NULL;
  g_autoptr(JsonArray) jobs = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *garbage = NULL;
  const char *name;
  gboolean kept = FALSE;

  /* The first command makes the day's backup, before it adds the job. */
  add_job (fixture, "Engineer", "Acme", NULL);
  add_job (fixture, "Designer", "Globex", NULL);

  backups = list_json (fixture, "backups", NULL);
  g_assert_cmpint (json_array_get_length (backups), ==, 1);
  backup = g_strdup (json_object_get_string_member (json_array_get_object_element (backups, 0), "path"));
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (backups, 0), "size"), >, 0);
  g_assert_nonnull (json_object_get_string_member (json_array_get_object_element (backups, 0), "created_at"));

  result = run_cli (fixture, "backups", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, backup));

  /* A damaged file is refused and changes nothing. */
  garbage = write_file (fixture, "garbage.db", "this is not a database at all");
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "restore", garbage, NULL);
  assert_fails (result);
  jobs = list_json (fixture, "list", NULL);
  g_assert_cmpint (json_array_get_length (jobs), ==, 2);

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "restore", backup, NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "kept as"));

  g_clear_pointer (&jobs, json_array_unref);
  jobs = list_json (fixture, "list", NULL);
  g_assert_cmpint (json_array_get_length (jobs), ==, 0);

  dir = g_dir_open (fixture->dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "pursuit.db.before-restore-") && !g_str_has_suffix (name, "-wal"))
      kept = TRUE;
  g_assert_true (kept);
}

/* Interviews, follow-ups, `due` and iCalendar (issue 4). */

/* An ISO 8601 UTC time @seconds from now. */
static char *
iso_from_now (gint64 seconds)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) then = g_date_time_add_seconds (now, seconds);

  return g_date_time_format (then, "%Y-%m-%dT%H:%M:%SZ");
}

static void
test_cli_interview (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) job = NULL;
  JsonObject *interview;
  JsonArray *interviews;
  gint64 id = add_job (fixture, "Backend Engineer", "Acme", "applied");
  g_autofree char *id_text = id_string (id);

  root = run_json (fixture, "interview", "add", id_text, "--at", "2030-05-01T14:00+02:00", "--minutes", "45",
                   "--type", "Technical", "--location", "Room “Ada”, 3rd floor", "--interviewer", "Jane Roe",
                   "--email", "jane@acme.example", "--notes", "Bring the portfolio", NULL);
  interview = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (interview, "id"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (interview, "job_id"), ==, id);
  g_assert_cmpstr (json_object_get_string_member (interview, "kind"), ==, "technical");
  g_assert_cmpstr (json_object_get_string_member (interview, "starts_at"), ==, "2030-05-01T12:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (interview, "ends_at"), ==, "2030-05-01T12:45:00Z");
  g_assert_cmpint (json_object_get_int_member (interview, "duration_minutes"), ==, 45);
  g_assert_cmpstr (json_object_get_string_member (interview, "location"), ==, "Room “Ada”, 3rd floor");
  g_assert_cmpstr (json_object_get_string_member (interview, "interviewer"), ==, "Jane Roe");
  g_assert_cmpstr (json_object_get_string_member (interview, "interviewer_email"), ==, "jane@acme.example");
  g_assert_cmpstr (json_object_get_string_member (interview, "notes"), ==, "Bring the portfolio");
  g_assert_cmpstr (json_object_get_string_member (interview, "status"), ==, "scheduled");
  g_assert_cmpstr (json_object_get_string_member (interview, "reminder_minutes"), ==, "1440,60,15");
  g_assert_true (g_str_has_suffix (json_object_get_string_member (interview, "uid"), "@pursuit.invalid"));

  /* Local time (UTC here), 60 minutes, no reminders */
  result = run_cli (fixture, "interview", "add", id_text, "--at", "2030-05-02T09:00", "--type", "phone",
                    "--reminders", "", NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, "Scheduled interview 2 for job 1\nInterview 2 for job 1 on 2030-05-02 09:00 (60 minutes)\n");

  /* Scheduling moved the stage */
  job = show_json (fixture, id);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (job), "stage"), ==, "interview_scheduled");

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "interview", "list", id_text, NULL);
  cli_assert_ok (result);
  g_assert_cmpuint (count_lines (result->out), ==, 3);
  g_assert_nonnull (strstr (result->out, "2030-05-01 12:00"));
  g_assert_nonnull (strstr (result->out, "Jane Roe <jane@acme.example>"));
  g_assert_nonnull (strstr (result->out, "phone screen"));

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "interview", "cancel", "1", NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, "Cancelled interview 1 of job 1\n");

  g_clear_pointer (&root, json_node_unref);
  root = run_json (fixture, "interview", "list", id_text, NULL);
  interviews = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (interviews), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (interviews, 0), "status"), ==, "cancelled");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (interviews, 1), "status"), ==, "scheduled");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (interviews, 1), "reminder_minutes"), ==, "");

  /* Nothing to cancel */
  run_expecting (fixture, EXPECT_FAILURE, "interview", "cancel", "99", NULL);
}

static void
test_cli_interview_refused (CliFixture    *fixture,
                            gconstpointer  data)
{
  gint64 id = add_job (fixture, "Backend Engineer", "Acme", "applied");
  g_autofree char *id_text = id_string (id);
  const struct
  {
    const char *args[12];
    int         status;
  } cases[] = {
    { { "interview", NULL }, 2 },
    { { "interview", "reschedule", id_text, NULL }, 2 },
    { { "interview", "add", id_text, NULL }, 2 },
    { { "interview", "add", id_text, "--at", "tomorrow", NULL }, 1 },
    { { "interview", "add", id_text, "--at", "2030-05-01T14:00", "--minutes", "0", NULL }, 2 },
    { { "interview", "add", id_text, "--at", "2030-05-01T14:00", "--minutes", "1441", NULL }, 2 },
    { { "interview", "add", id_text, "--at", "2030-05-01T14:00", "--type", "lunch", NULL }, 2 },
    { { "interview", "add", id_text, "--at", "2030-05-01T14:00", "--reminders", "soon", NULL }, 2 },
    { { "interview", "add", id_text, "--at", "2030-05-01T14:00", "--email", "not an address", NULL }, 1 },
    { { "interview", "add", "99", "--at", "2030-05-01T14:00", NULL }, 1 },
    { { "interview", "list", "99", NULL }, 1 },
    { { "follow-up", "done", "99", NULL }, 1 },
    { { "follow-up", "archive", "1", NULL }, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CliResult) result = run_in_dir (fixture, cases[i].args, G_N_ELEMENTS (cases[i].args), FALSE);

      assert_fails (result);
      g_assert_cmpint (result->status, ==, cases[i].status);
    }

  /* Nothing was added by the refused commands */
  {
    g_autoptr(JsonNode) root = run_json (fixture, "interview", "list", id_text, NULL);

    g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 0);
  }
}

static void
test_cli_follow_up (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) job = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gint64 id = add_job (fixture, "Backend Engineer", "Acme", "applied");
  JsonArray *follow_ups;

  /* Applying planned the follow-ups */
  job = show_json (fixture, id);
  follow_ups = json_object_get_array_member (json_node_get_object (job), "follow_ups");
  g_assert_cmpuint (json_array_get_length (follow_ups), >=, 2);
  first = id_string (json_object_get_int_member (json_array_get_object_element (follow_ups, 0), "id"));
  second = id_string (json_object_get_int_member (json_array_get_object_element (follow_ups, 1), "id"));

  result = run_cli (fixture, "follow-up", "done", first, NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, "is done"));

  root = run_json (fixture, "follow-up", "skip", second, NULL);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "status"), ==, "skipped");
  g_assert_false (json_object_get_null_member (json_node_get_object (root), "completed_at"));

  g_clear_pointer (&job, json_node_unref);
  job = show_json (fixture, id);
  follow_ups = json_object_get_array_member (json_node_get_object (job), "follow_ups");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (follow_ups, 0), "status"), ==, "done");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (follow_ups, 1), "status"), ==, "skipped");
}

static void
test_cli_due (CliFixture    *fixture,
              gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GTimeZone) kolkata = g_time_zone_new_identifier ("Asia/Kolkata");
  g_autoptr(GDateTime) now = g_date_time_new_now (kolkata);
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autofree char *deadline = g_date_time_format (tomorrow, "%Y-%m-%d");
  g_autofree char *soon = iso_from_now (2 * 60 * 60);
  g_autofree char *later = iso_from_now (5 * 24 * 60 * 60);
  g_autofree char *yesterday = iso_from_now (-24 * 60 * 60);
  g_autofree char *job_text = NULL;
  g_autofree char *other_text = NULL;
  JsonArray *items;
  gboolean seen_interview = FALSE;
  gboolean seen_deadline = FALSE;
  gint64 job_id;
  gint64 other;

  /* A zone with a half-hour offset and no daylight saving time */
  cli_time_zone = "Asia/Kolkata";

  result = run_cli (fixture, "due", NULL);
  cli_assert_ok (result);
  g_assert_cmpstr (result->out, ==, "Nothing is due\n");
  g_clear_pointer (&result, cli_result_free);

  job_id = add_job (fixture, "Backend Engineer", "Acme", NULL);
  job_text = id_string (job_id);
  result = run_cli (fixture, "add", "--title", "Data Engineer", "--company", "Globex", "--deadline", deadline, NULL);
  cli_assert_ok (result);
  other = parse_id (result);
  other_text = id_string (other);
  g_clear_pointer (&result, cli_result_free);

  run_expecting (fixture, EXPECT_SUCCESS, "interview", "add", job_text, "--at", soon, "--type", "final",
                 "--location", "HQ", NULL);
  run_expecting (fixture, EXPECT_SUCCESS, "interview", "add", other_text, "--at", later, NULL);
  run_expecting (fixture, EXPECT_SUCCESS, "note", other_text, "Call the recruiter", "--remind-at", yesterday, NULL);

  root = run_json (fixture, "due", "--within", "2d", NULL);
  items = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (items), >=, 3);

  /* The overdue reminder first, then in order of time */
  {
    JsonObject *first = json_array_get_object_element (items, 0);

    g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "reminder");
    g_assert_cmpstr (json_object_get_string_member (first, "summary"), ==, "Call the recruiter");
    g_assert_true (json_object_get_boolean_member (first, "overdue"));
    g_assert_cmpint (json_object_get_int_member (first, "job_id"), ==, other);
  }

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      const char *kind = json_object_get_string_member (item, "kind");
      const char *starts_at = json_object_get_string_member (item, "starts_at");
      g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (starts_at, NULL);

      /* Local time with its offset */
      g_assert_true (g_str_has_suffix (starts_at, "+05:30"));
      g_assert_nonnull (start);
      if (i > 0)
        {
          const char *previous = json_object_get_string_member (json_array_get_object_element (items, i - 1), "starts_at");
          g_autoptr(GDateTime) before = g_date_time_new_from_iso8601 (previous, NULL);

          g_assert_cmpint (g_date_time_compare (before, start), <=, 0);
        }

      if (g_str_equal (kind, "interview"))
        {
          /* Only the near one */
          g_assert_false (seen_interview);
          seen_interview = TRUE;
          g_assert_cmpint (json_object_get_int_member (item, "job_id"), ==, job_id);
          g_assert_cmpstr (json_object_get_string_member (item, "summary"), ==, "final");
          g_assert_cmpstr (json_object_get_string_member (item, "location"), ==, "HQ");
          g_assert_false (json_object_get_boolean_member (item, "overdue"));
        }
      else if (g_str_equal (kind, "deadline"))
        {
          seen_deadline = TRUE;
          g_assert_cmpstr (json_object_get_string_member (item, "date"), ==, deadline);
          g_assert_true (json_object_get_boolean_member (item, "all_day"));
          g_assert_true (g_str_has_suffix (starts_at, "T00:00:00+05:30"));
        }
      else
        {
          g_assert_true (g_str_equal (kind, "reminder") || g_str_equal (kind, "follow-up"));
        }
    }
  g_assert_true (seen_interview);
  g_assert_true (seen_deadline);

  /* For people: a table, the overdue one marked */
  result = run_cli (fixture, "due", NULL);
  cli_assert_ok (result);
  g_assert_true (g_str_has_prefix (result->out, "WHEN"));
  g_assert_nonnull (strstr (result->out, "overdue"));
  g_assert_nonnull (strstr (result->out, "Call the recruiter"));
  g_assert_nonnull (strstr (result->out, "final — HQ"));
  g_clear_pointer (&result, cli_result_free);

  result = run_cli (fixture, "due", "--within", "soon", NULL);
  assert_fails (result);
  g_assert_cmpint (result->status, ==, 2);

  run_expecting (fixture, EXPECT_FAILURE, "due", "--within", "0d", NULL);

  cli_time_zone = "UTC";
}

static void
test_cli_ics (CliFixture    *fixture,
              gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) copied = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "pursuit.ics", NULL);
  g_autofree char *garbage = write_file (fixture, "garbage.ics", "<html>nope</html>\n");
  g_autofree char *google = g_test_build_filename (G_TEST_DIST, "fixtures", "ics", "google-invite.ics", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  gint64 job_id = add_job (fixture, "Backend Engineer", "Acme", "applied");
  gint64 other = add_job (fixture, "Data Engineer", "Globex", "applied");
  g_autofree char *job_text = id_string (job_id);
  g_autofree char *other_text = id_string (other);
  JsonObject *original;
  JsonObject *imported;

  run_expecting (fixture, EXPECT_SUCCESS, "interview", "add", job_text, "--at", "2030-05-01T14:00Z",
                 "--minutes", "30", "--location", "Zürich, Bahnhofstraße 1", "--interviewer", "Jane Roe", NULL);

  result = run_cli (fixture, "export-ics", NULL);
  cli_assert_ok (result);
  g_assert_true (g_str_has_prefix (result->out, "BEGIN:VCALENDAR\r\n"));
  g_assert_true (g_str_has_suffix (result->out, "END:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (result->out, "\r\nDTSTART:20300501T140000Z\r\n"));
  g_assert_nonnull (strstr (result->out, "\r\nSUMMARY:Interview at Acme: Backend Engineer\r\n"));
  g_assert_nonnull (strstr (result->out, "\r\nLOCATION:Zürich\\, Bahnhofstraße 1\r\n"));
  g_assert_nonnull (strstr (result->out, "\r\nTRIGGER:-PT15M\r\n"));
  /* the follow-ups planned when applying */
  g_assert_nonnull (strstr (result->out, "\r\nSUMMARY:Follow up with Globex: Data Engineer\r\n"));
  g_clear_pointer (&result, cli_result_free);

  result = run_cli (fixture, "export-ics", "--job", job_text, "-o", path, NULL);
  cli_assert_ok (result);
  message = g_strdup_printf ("Exported the calendar to %s\n", path);
  g_assert_cmpstr (result->out, ==, message);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_nonnull (contents);
  g_assert_nonnull (strstr (contents, "Interview at Acme"));
  g_assert_null (strstr (contents, "Globex"));
  g_clear_pointer (&result, cli_result_free);

  /* The same interview, into the other job */
  result = run_cli (fixture, "import-ics", path, "--job", other_text, NULL);
  cli_assert_ok (result);
  g_assert_true (g_str_has_prefix (result->out, "Imported 1 interview from "));
  g_clear_pointer (&result, cli_result_free);

  root = run_json (fixture, "interview", "list", job_text, NULL);
  copied = run_json (fixture, "interview", "list", other_text, NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (copied)), ==, 1);
  original = json_array_get_object_element (json_node_get_array (root), 0);
  imported = json_array_get_object_element (json_node_get_array (copied), 0);
  g_assert_cmpstr (json_object_get_string_member (imported, "starts_at"), ==, "2030-05-01T14:00:00Z");
  g_assert_cmpint (json_object_get_int_member (imported, "duration_minutes"), ==, 30);
  g_assert_cmpstr (json_object_get_string_member (imported, "location"), ==, "Zürich, Bahnhofstraße 1");
  g_assert_cmpstr (json_object_get_string_member (imported, "interviewer"), ==, "Jane Roe");
  g_assert_cmpstr (json_object_get_string_member (imported, "uid"), ==, json_object_get_string_member (original, "uid"));
  g_clear_pointer (&root, json_node_unref);

  /* A real-world invitation */
  root = run_json (fixture, "import-ics", google, "--job", other_text, NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 2);

  /* Refusals: one line each, nothing changed */
  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "import-ics", google, NULL);
  assert_fails (result);
  g_assert_cmpint (result->status, ==, 2);
  g_assert_nonnull (strstr (result->err, "--job"));

  g_clear_pointer (&result, cli_result_free);
  result = run_cli (fixture, "import-ics", garbage, "--job", other_text, NULL);
  assert_fails (result);
  g_assert_nonnull (strstr (result->err, "not an iCalendar file"));

  run_expecting (fixture, EXPECT_FAILURE, "import-ics", "/nonexistent/invite.ics", "--job", other_text, NULL);
  run_expecting (fixture, EXPECT_FAILURE, "import-ics", google, "--job", "99", NULL);
  run_expecting (fixture, EXPECT_FAILURE, "export-ics", "--job", "99", NULL);

  g_clear_pointer (&root, json_node_unref);
  root = run_json (fixture, "interview", "list", other_text, NULL);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  if (!cli_test_init (&argc, &argv))
    return 77;

  cli_test_add ("/cli/add/every-option", test_cli_add_every_option);
  cli_test_add ("/cli/add/minimal", test_cli_add_minimal);
  cli_test_add ("/cli/add/url-file", test_cli_add_url_file);
  cli_test_add ("/cli/add/url-http", test_cli_add_url_http);
  cli_test_add ("/cli/list/stages", test_cli_list);
  cli_test_add ("/cli/list/sanitizes", test_cli_list_sanitizes);
  cli_test_add ("/cli/move/allowed-and-refused", test_cli_move);
  cli_test_add ("/cli/move/withdraw-needs-reason", test_cli_move_withdraw);
  cli_test_add ("/cli/note/reminder", test_cli_note);
  cli_test_add ("/cli/tags", test_cli_tags);
  cli_test_add ("/cli/search/company-description-note", test_cli_search);
  cli_test_add ("/cli/stages", test_cli_stages);
  cli_test_add ("/cli/import/csv-then-export", test_cli_import_csv_and_export);
  cli_test_add ("/cli/import/json-round-trip", test_cli_import_json_round_trip);
  cli_test_add ("/cli/import/bad-files", test_cli_bad_import);
  cli_test_add ("/cli/import/board", test_cli_import_board);
  cli_test_add ("/cli/import/merge", test_cli_import_merge);
  cli_test_add ("/cli/demo", test_cli_demo);
  cli_test_add ("/cli/bad-input", test_cli_bad_input);
  cli_test_add ("/cli/backups/restore", test_cli_backups_and_restore);
  cli_test_add ("/cli/interview/add-list-cancel", test_cli_interview);
  cli_test_add ("/cli/interview/refused", test_cli_interview_refused);
  cli_test_add ("/cli/follow-up/done-skip", test_cli_follow_up);
  cli_test_add ("/cli/due/order-and-json", test_cli_due);
  cli_test_add ("/cli/ics/export-import", test_cli_ics);
  g_test_add_func ("/cli/help", test_cli_help);

  return g_test_run ();
}
