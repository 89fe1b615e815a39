/* test-cli-accounts.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `pursuit-cli accounts` and `pursuit-cli sync`, the real binary ($PURSUIT_CLI)
 * against the fake Google (in this process, served from its main loop) and
 * a real keyring on a private bus; CalDAV against Radicale. */

#include <string.h>

#include "fake-google.h"
#include "pursuit-secret-store.h"
#include "pursuit-test-async.h"
#include "pursuit-test-cli.h"
#include "pursuit-test-google.h"
#include "pursuit-test-keyring.h"
#include "pursuit-test-radicale.h"
#include "pursuit-test-store.h"

#define CLIENT_ID     "cli-test.apps.googleusercontent.com"
#define CLIENT_SECRET "cli-test-secret"
#define PASSWORD      "correct horse"
#define HOUR          ((gint64) 3600)
#define DAY           (24 * HOUR)

typedef struct
{
  char       *dir;
  FakeGoogle *fake;
  SoupSession *browser;
} Fixture;

/* `pursuit-cli --data-dir DIR ARGS...`, the Google client of the fake
 * given in main (). */
static GSubprocess *
spawn_cli (Fixture            *fixture,
           const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, (gpointer) "--data-dir");
  g_ptr_array_add (argv, fixture->dir);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = cli_spawn ((const char * const *) argv->pdata, TRUE, "UTC", &error);
  g_assert_no_error (error);
  return process;
}

/* Runs the CLI to its end while this process keeps serving the fake. */
static CliResult *
run_cli (Fixture            *fixture,
         const char         *input,
         const char * const *args)
{
  g_autoptr(GSubprocess) process = spawn_cli (fixture, args);
  g_autoptr(GBytes) in = g_bytes_new (input, input != NULL ? strlen (input) : 0);
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GAsyncResult) done = NULL;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_async (process, in, NULL, pursuit_test_store_result, &done);
  g_assert_true (g_subprocess_communicate_finish (process, pursuit_test_wait_for (&done), &out, &err, &error));
  g_assert_no_error (error);
  return cli_make_result (process, out, err);
}

#define RUN(fixture, input, ...) run_cli (fixture, input, (const char * const[]) { __VA_ARGS__, NULL })

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (pursuit_test_keyring_missing ())
    return;

  fixture->dir = g_dir_make_tmp ("pursuit-cli-accounts-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->fake = pursuit_test_google_start (CLIENT_ID, CLIENT_SECRET);
  fixture->browser = soup_session_new ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (pursuit_test_keyring_missing ())
    return;

  g_clear_object (&fixture->browser);
  pursuit_test_google_stop (&fixture->fake);
  remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static char *
read_line (GDataInputStream *stream)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *line;

  g_data_input_stream_read_line_async (stream, G_PRIORITY_DEFAULT, NULL, pursuit_test_store_result, &result);
  line = g_data_input_stream_read_line_finish_utf8 (stream, pursuit_test_wait_for (&result), NULL, &error);
  g_assert_no_error (error);
  return line;
}

static void
browser_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, NULL);
  gboolean *done = user_data;

  *done = TRUE;
}

/* A sign-in with --no-browser (@args), the test reading the address and
 * playing the browser. Returns the rest of the output. */
static char *
sign_in_cli (Fixture            *fixture,
             const char * const *args)
{
  g_autoptr(GSubprocess) process = spawn_cli (fixture, args);
  g_autoptr(GDataInputStream) out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GAsyncResult) waited = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) rest = g_string_new (NULL);
  g_autofree char *url = read_line (out);
  g_autofree char *prefix = g_strconcat (fake_google_get_url (fixture->fake), "/o/oauth2/v2/auth?", NULL);
  gboolean browsed = FALSE;
  char *line;

  g_assert_nonnull (url);
  g_assert_true (g_str_has_prefix (url, prefix));
  message = soup_message_new ("GET", url);
  soup_session_send_and_read_async (fixture->browser, message, G_PRIORITY_DEFAULT, NULL,
                                    browser_done_cb, &browsed);

  while ((line = read_line (out)) != NULL)
    {
      g_string_append (rest, line);
      g_string_append_c (rest, '\n');
      g_free (line);
    }
  g_subprocess_wait_async (process, NULL, pursuit_test_store_result, &waited);
  g_assert_true (g_subprocess_wait_finish (process, pursuit_test_wait_for (&waited), &error));
  g_assert_no_error (error);
  while (!browsed)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  return g_string_free (g_steal_pointer (&rest), FALSE);
}

static char *
add_google (Fixture *fixture)
{
  return sign_in_cli (fixture, (const char * const[]) { "accounts", "add-google", "--no-browser", NULL });
}

static JsonObject *
only_account (JsonNode *node)
{
  JsonArray *accounts = json_node_get_array (node);

  g_assert_cmpuint (json_array_get_length (accounts), ==, 1);
  return json_array_get_object_element (accounts, 0);
}

static void
add_interview (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;
  gint64 starts_at = (g_get_real_time () / G_USEC_PER_SEC / HOUR) * HOUR + 2 * DAY;
  gint64 job_id;

  store = pursuit_store_new (path, &error);
  g_assert_no_error (error);
  job_id = add_job (store, "Backend Engineer", "Acme", "applied");
  interview = make_interview (job_id, "video", starts_at, 45);
  store_interview (store, interview);
}

static char *
lookup_refresh_token (Fixture *fixture)
{
  g_autofree char *path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) store = pursuit_store_new (path, NULL);
  g_autoptr(GPtrArray) accounts = pursuit_store_list_accounts (store, NULL);
  g_autoptr(PursuitSecretStore) secrets = pursuit_secret_store_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *token;

  g_assert_cmpuint (accounts->len, ==, 1);
  pursuit_secret_store_lookup_async (secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN,
                                     pursuit_account_get_secret_key (g_ptr_array_index (accounts, 0)),
                                     NULL, pursuit_test_store_result, &result);
  token = pursuit_secret_store_lookup_finish (secrets, pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  return token;
}

static void
test_google (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *added = NULL;
  g_autofree char *token = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(CliResult) listed = NULL;
  g_autoptr(CliResult) synced = NULL;
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) removed = NULL;
  g_autoptr(CliResult) empty = NULL;
  g_autoptr(JsonNode) accounts = NULL;
  g_autoptr(JsonNode) report = NULL;
  g_autoptr(JsonNode) none = NULL;
  JsonObject *account;
  JsonObject *counts;

  if (pursuit_test_keyring_skip ())
    return;

  added = add_google (fixture);
  expected = g_strdup_printf ("Account 1: %s, calendar “%s”\n", fake_google_get_email (fixture->fake),
                              fake_google_get_email (fixture->fake));
  g_assert_cmpstr (added, ==, expected);

  listed = RUN (fixture, NULL, "accounts", "--json");
  g_assert_cmpint (listed->status, ==, 0);
  accounts = cli_parse_json (listed->out);
  account = only_account (accounts);
  g_assert_cmpint (json_object_get_int_member (account, "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (account, "kind"), ==, "google");
  g_assert_cmpstr (json_object_get_string_member (account, "label"), ==, fake_google_get_email (fixture->fake));
  g_assert_cmpstr (json_object_get_string_member (account, "state"), ==, "connected");
  g_assert_true (json_object_get_null_member (account, "last_sync"));
  g_assert_true (json_object_get_null_member (account, "last_error"));
  g_assert_cmpint (json_object_get_int_member (account, "pending"), ==, 0);

  add_interview (fixture);
  synced = RUN (fixture, NULL, "sync", "--json");
  g_assert_cmpint (synced->status, ==, 0);
  report = cli_parse_json (synced->out);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (report), "errors"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (report), "requests"), >=, 2);
  counts = json_array_get_object_element (json_object_get_array_member (json_node_get_object (report),
                                                                        "accounts"), 0);
  g_assert_cmpint (json_object_get_int_member (counts, "created"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (counts, "pending"), ==, 0);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, "primary", FALSE), ==, 1);

  text = RUN (fixture, NULL, "sync");
  g_assert_cmpint (text->status, ==, 0);
  g_assert_true (g_str_has_prefix (text->out, fake_google_get_email (fixture->fake)));
  g_assert_nonnull (strstr (text->out, ": 0 created, 0 updated, 0 deleted, 0 moved here, 0 cancelled here, 0 pending\n"));
  g_assert_nonnull (strstr (text->out, "requests made\n"));

  token = lookup_refresh_token (fixture);
  g_assert_nonnull (token);
  removed = RUN (fixture, NULL, "accounts", "remove", "1");
  g_assert_cmpint (removed->status, ==, 0);
  g_assert_true (g_str_has_prefix (removed->out, "Removed account 1"));
  g_assert_true (fake_google_token_is_revoked (fixture->fake, token));
  /* No token, code or secret on the terminal. */
  g_assert_null (strstr (removed->err, token));
  g_assert_null (strstr (synced->err, CLIENT_SECRET));

  empty = RUN (fixture, NULL, "accounts", "--json");
  g_assert_cmpint (empty->status, ==, 0);
  none = cli_parse_json (empty->out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (none)), ==, 0);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, "primary", FALSE), ==, 1);
}

/* Gmail on and off, and `sync` reading the inbox. */
static void
test_gmail (Fixture       *fixture,
            gconstpointer  data)
{
  const char *rfc5322 =
    "From: Initech Talent <talent@initech.example>\r\n"
    "To: ann.example@gmail.com\r\n"
    "Subject: Your application at Initech\r\n"
    "Date: Mon, 23 Nov 2026 09:00:00 +0000\r\n"
    "Message-ID: <cli-gmail-1@initech.example>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    "Dear Ann, thank you for applying to Initech. We have received your application.\r\n";
  g_autofree char *added = NULL;
  g_autofree char *enabled = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CliResult) listed = NULL;
  g_autoptr(CliResult) synced = NULL;
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) disabled = NULL;
  g_autoptr(CliResult) relisted = NULL;
  g_autoptr(JsonNode) accounts = NULL;
  g_autoptr(JsonNode) report = NULL;
  g_autoptr(JsonNode) off = NULL;
  JsonObject *counts;

  if (pursuit_test_keyring_skip ())
    return;

  added = add_google (fixture);
  enabled = sign_in_cli (fixture, (const char * const[]) { "accounts", "enable-gmail", "1", "--no-browser", NULL });
  g_assert_true (g_str_has_prefix (enabled, "Gmail is on for account 1"));

  listed = RUN (fixture, NULL, "accounts", "--json");
  g_assert_cmpint (listed->status, ==, 0);
  accounts = cli_parse_json (listed->out);
  g_assert_true (json_object_get_boolean_member (only_account (accounts), "gmail"));
  g_assert_true (json_object_get_null_member (only_account (accounts), "mail_last_sync"));

  bytes = g_bytes_new_static (rfc5322, strlen (rfc5322));
  id = fake_google_add_raw_message (fixture->fake, bytes, NULL, 0);
  g_assert_nonnull (id);
  synced = RUN (fixture, NULL, "sync", "--json");
  g_assert_cmpint (synced->status, ==, 0);
  report = cli_parse_json (synced->out);
  counts = json_array_get_object_element (json_object_get_array_member (json_node_get_object (report),
                                                                        "accounts"), 0);
  g_assert_cmpint (json_object_get_int_member (counts, "mail_fetched"), ==, 1);
  g_assert_true (json_object_get_null_member (counts, "error"));

  /* Nothing new: the Gmail line only when mail did something. */
  text = RUN (fixture, NULL, "sync");
  g_assert_cmpint (text->status, ==, 0);
  g_assert_null (strstr (text->out, "Gmail:"));

  disabled = RUN (fixture, NULL, "accounts", "disable-gmail", "1");
  g_assert_cmpint (disabled->status, ==, 0);
  g_assert_true (g_str_has_prefix (disabled->out, "Gmail is off for account 1"));
  relisted = RUN (fixture, NULL, "accounts", "--json");
  off = cli_parse_json (relisted->out);
  g_assert_false (json_object_get_boolean_member (only_account (off), "gmail"));
  g_assert_false (json_object_get_null_member (only_account (off), "mail_last_sync"));
}

static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(CliResult) not_web = NULL;
  g_autoptr(CliResult) no_user = NULL;
  g_autoptr(CliResult) no_password = NULL;
  g_autoptr(CliResult) no_such = NULL;

  if (pursuit_test_keyring_skip ())
    return;

  not_web = RUN (fixture, PASSWORD "\n", "accounts", "add-caldav", "ftp://dav.example.com/", "--user", "ann");
  g_assert_cmpint (not_web->status, ==, 1);
  g_assert_nonnull (strstr (not_web->err, "https://"));

  no_user = RUN (fixture, PASSWORD "\n", "accounts", "add-caldav", "https://dav.example.com/");
  g_assert_cmpint (no_user->status, ==, 2);

  no_password = RUN (fixture, "", "accounts", "add-caldav", "https://dav.example.com/", "--user", "ann");
  g_assert_cmpint (no_password->status, ==, 1);
  g_assert_nonnull (strstr (no_password->err, "password"));

  no_such = RUN (fixture, NULL, "accounts", "remove", "7");
  g_assert_cmpint (no_such->status, ==, 1);

}

static char *
make_calendar (const char *server_url)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GBytes) answer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *credentials = NULL;
  g_autofree char *encoded = NULL;
  g_autofree char *authorization = NULL;
  char *uri = g_strconcat (server_url, "ann/jobs/", NULL);
  const char *xml =
    "<c:mkcalendar xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
    "<d:set><d:prop><d:displayname>Jobs</d:displayname>"
    "<c:supported-calendar-component-set><c:comp name=\"VEVENT\"/>"
    "</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>";

  credentials = g_strdup_printf ("%s:%s", PURSUIT_TEST_RADICALE_USER, PASSWORD);
  encoded = g_base64_encode ((const guchar *) credentials, strlen (credentials));
  authorization = g_strconcat ("Basic ", encoded, NULL);
  message = soup_message_new ("MKCALENDAR", uri);
  soup_message_headers_replace (soup_message_get_request_headers (message), "Authorization", authorization);
  body = g_bytes_new_static (xml, strlen (xml));
  soup_message_set_request_body_from_bytes (message, "application/xml", body);
  answer = soup_session_send_and_read (session, message, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (message), ==, 201);
  return uri;
}

static void
test_caldav (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(PursuitTestRadicale) radicale = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliResult) wrong = NULL;
  g_autoptr(CliResult) added = NULL;
  g_autoptr(CliResult) listed = NULL;
  g_autoptr(CliResult) synced = NULL;
  g_autoptr(CliResult) removed = NULL;
  g_autoptr(JsonNode) accounts = NULL;
  g_autoptr(JsonNode) report = NULL;
  g_autofree char *calendar = NULL;
  g_autofree char *label = NULL;
  JsonObject *account;

  if (pursuit_test_keyring_skip ())
    return;
  radicale = pursuit_test_radicale_start (PASSWORD, &error);
  if (radicale == NULL)
    {
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_test_skip (error->message);
      return;
    }
  calendar = make_calendar (pursuit_test_radicale_get_url (radicale));

  wrong = RUN (fixture, "wrong\n", "accounts", "add-caldav", pursuit_test_radicale_get_url (radicale),
               "--user", PURSUIT_TEST_RADICALE_USER);
  g_assert_cmpint (wrong->status, ==, 1);
  g_assert_null (strstr (wrong->err, "wrong"));

  added = RUN (fixture, PASSWORD "\n", "accounts", "add-caldav", pursuit_test_radicale_get_url (radicale),
               "--user", PURSUIT_TEST_RADICALE_USER, "--json");
  g_assert_cmpint (added->status, ==, 0);
  g_assert_null (strstr (added->out, PASSWORD));

  listed = RUN (fixture, NULL, "accounts", "--json");
  accounts = cli_parse_json (listed->out);
  account = only_account (accounts);
  label = g_strdup_printf ("%s@127.0.0.1", PURSUIT_TEST_RADICALE_USER);
  g_assert_cmpstr (json_object_get_string_member (account, "kind"), ==, "caldav");
  g_assert_cmpstr (json_object_get_string_member (account, "label"), ==, label);
  g_assert_cmpstr (json_object_get_string_member (account, "calendar_id"), ==, calendar);

  add_interview (fixture);
  synced = RUN (fixture, NULL, "sync", "--json");
  g_assert_cmpint (synced->status, ==, 0);
  report = cli_parse_json (synced->out);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (
                     json_object_get_array_member (json_node_get_object (report), "accounts"), 0), "created"),
                   ==, 1);

  removed = RUN (fixture, NULL, "accounts", "remove", "1");
  g_assert_cmpint (removed->status, ==, 0);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  /* Set before any thread runs, for every pursuit-cli started. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("PURSUIT_GOOGLE_CLIENT_ID", CLIENT_ID, TRUE);
  g_setenv ("PURSUIT_GOOGLE_CLIENT_SECRET", CLIENT_SECRET, TRUE);
  pursuit_test_keyring_init (&argc, &argv);

  ADD ("/cli-accounts/google", test_google);
  ADD ("/cli-accounts/gmail", test_gmail);
  ADD ("/cli-accounts/bad-input", test_bad_input);
  ADD ("/cli-accounts/caldav", test_caldav);

  return pursuit_test_keyring_run ();
}
