/* test-gmail-client.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fake-google.h"
#include "pursuit-gmail-client.h"
#include "pursuit-gmail-private.h"
#include "pursuit-google-auth.h"
#include "pursuit-http-private.h"
#include "pursuit-mail-composer.h"
#include "pursuit-mail-parser.h"
#include "pursuit-test-async.h"
#include "pursuit-test-google.h"

#define CLIENT_ID "test-client.apps.googleusercontent.com"
#define CLIENT_SECRET "test-secret"
#define SERVICE "google"

typedef struct
{
  FakeGoogle *fake;
  PursuitHttp *http;
  PursuitGoogleAuth *auth;
  PursuitGmailClient *client;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  pursuit_test_google_connect (CLIENT_ID, CLIENT_SECRET, &fixture->fake, &fixture->http, &fixture->auth);
  pursuit_http_set_retry_policy (fixture->http, 2, 10, 100);
  fixture->client = pursuit_gmail_client_new (fixture->http, PURSUIT_AUTHORIZER (fixture->auth), SERVICE);
  pursuit_gmail_client_set_part_retry_delay (fixture->client, 10);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->client);
  pursuit_test_google_disconnect (&fixture->fake, &fixture->http, &fixture->auth);
}

/* The calls, one at a time ------------------------------------------------- */

static GPtrArray *
list_messages (Fixture     *fixture,
               const char  *query,
               const char  *page_token,
               guint        max_results,
               char       **next,
               GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_gmail_client_list_messages_async (fixture->client, query, page_token, max_results, NULL,
                                            pursuit_test_store_result, &result);
  return pursuit_gmail_client_list_messages_finish (fixture->client, pursuit_test_wait_for (&result),
                                                    next, error);
}

/* Every id that @query lists, page by page of @page_size. */
static GPtrArray *
list_all (Fixture    *fixture,
          const char *query,
          guint       page_size,
          guint      *n_pages)
{
  GPtrArray *all = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *token = NULL;

  *n_pages = 0;
  do
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) ids = NULL;
      char *next = NULL;

      ids = list_messages (fixture, query, token, page_size, &next, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, <=, page_size);
      for (guint i = 0; i < ids->len; i++)
        g_ptr_array_add (all, g_strdup (ids->pdata[i]));
      g_free (token);
      token = next;
      (*n_pages)++;
    }
  while (token != NULL);

  return all;
}

/* The first @n ids of the inbox after seeding @n_seeded messages. */
static GPtrArray *
seed_inbox_ids (Fixture *fixture,
                guint    n_seeded,
                guint    n)
{
  GPtrArray *all;
  guint n_pages;

  fake_google_seed_messages (fixture->fake, n_seeded);
  all = list_all (fixture, "in:inbox", 500, &n_pages);
  g_assert_cmpuint (all->len, >=, n);
  g_ptr_array_set_size (all, n);
  return all;
}

static GPtrArray *
get_messages (Fixture     *fixture,
              GPtrArray   *ids,
              GHashTable **failed,
              GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) strv = g_ptr_array_new ();

  for (guint i = 0; i < ids->len; i++)
    g_ptr_array_add (strv, ids->pdata[i]);
  g_ptr_array_add (strv, NULL);

  pursuit_gmail_client_get_messages_async (fixture->client, (const char * const *) strv->pdata, NULL,
                                           pursuit_test_store_result, &result);
  return pursuit_gmail_client_get_messages_finish (fixture->client, pursuit_test_wait_for (&result),
                                                   failed, error);
}

static PursuitMailMessage *
get_one (Fixture    *fixture,
         const char *id)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GHashTable) failed = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (ids, (gpointer) id);
  messages = get_messages (fixture, ids, &failed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (failed), ==, 0);
  g_assert_cmpuint (messages->len, ==, 1);
  return g_object_ref (messages->pdata[0]);
}

static GPtrArray *
list_history (Fixture     *fixture,
              const char  *start,
              const char  *page_token,
              char       **next,
              char       **history_id,
              GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_gmail_client_list_history_async (fixture->client, start, page_token, NULL,
                                           pursuit_test_store_result, &result);
  return pursuit_gmail_client_list_history_finish (fixture->client, pursuit_test_wait_for (&result),
                                                   next, history_id, error);
}

static char *
current_history_id (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *history_id = NULL;

  pursuit_gmail_client_get_profile_async (fixture->client, NULL, pursuit_test_store_result, &result);
  g_assert_true (pursuit_gmail_client_get_profile_finish (fixture->client, pursuit_test_wait_for (&result),
                                                          NULL, &history_id, &error));
  g_assert_no_error (error);
  return history_id;
}

static GBytes *
compose (const char  *to,
         const char  *subject,
         const char  *body,
         const char  *in_reply_to,
         char       **message_id)
{
  g_autoptr(PursuitOutgoingMail) mail = pursuit_outgoing_mail_new ();
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  mail->from_address = g_strdup ("ann.example@gmail.com");
  mail->from_name = g_strdup ("Ann Exämple");
  mail->to = g_strdup (to);
  mail->subject = g_strdup (subject);
  mail->body = g_strdup (body);
  mail->in_reply_to = g_strdup (in_reply_to);
  mail->references = g_strdup (in_reply_to);
  bytes = pursuit_mail_compose (mail, NULL, message_id, &error);
  g_assert_no_error (error);
  return bytes;
}

static gboolean
send_message (Fixture     *fixture,
              GBytes      *raw,
              const char  *thread_id,
              char       **id,
              char       **out_thread_id,
              GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_gmail_client_send_async (fixture->client, raw, thread_id, NULL, pursuit_test_store_result, &result);
  return pursuit_gmail_client_send_finish (fixture->client, pursuit_test_wait_for (&result),
                                           id, out_thread_id, error);
}

static gboolean
find_message (Fixture     *fixture,
              const char  *message_id,
              char       **id,
              char       **thread_id,
              GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_gmail_client_find_message_async (fixture->client, message_id, NULL, pursuit_test_store_result, &result);
  return pursuit_gmail_client_find_message_finish (fixture->client, pursuit_test_wait_for (&result),
                                                   id, thread_id, error);
}

static char *
deliver (Fixture    *fixture,
         const char *text)
{
  g_autoptr(GString) crlf = g_string_new (text);
  g_autoptr(GBytes) bytes = NULL;
  char *id;

  g_string_replace (crlf, "\n", "\r\n", 0);
  bytes = g_string_free_to_bytes (g_steal_pointer (&crlf));
  id = fake_google_add_raw_message (fixture->fake, bytes, NULL, 0);
  g_assert_nonnull (id);
  return id;
}

/* Tests -------------------------------------------------------------------- */

static void
test_profile (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *email = NULL;
  g_autofree char *history_id = NULL;
  guint64 number;

  pursuit_gmail_client_get_profile_async (fixture->client, NULL, pursuit_test_store_result, &result);
  g_assert_true (pursuit_gmail_client_get_profile_finish (fixture->client, pursuit_test_wait_for (&result),
                                                          &email, &history_id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (email, ==, fake_google_get_email (fixture->fake));
  g_assert_true (g_ascii_string_to_unsigned (history_id, 10, 1, G_MAXUINT64, &number, NULL));
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.getProfile"), ==, 1);
}

static void
test_list_paging (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) paged = NULL;
  g_autoptr(GPtrArray) whole = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_pages;
  guint n_whole;

  fake_google_seed_messages (fixture->fake, 45);

  paged = list_all (fixture, "in:inbox", 10, &n_pages);
  whole = list_all (fixture, "in:inbox", 500, &n_whole);
  g_assert_cmpuint (n_whole, ==, 1);
  g_assert_cmpuint (whole->len, >, 20);
  g_assert_cmpuint (n_pages, ==, (whole->len + 9) / 10);
  g_assert_cmpuint (paged->len, ==, whole->len);
  for (guint i = 0; i < paged->len; i++)
    {
      g_assert_cmpstr (paged->pdata[i], ==, whole->pdata[i]);
      g_assert_true (g_hash_table_add (seen, paged->pdata[i]));
    }
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.list"), ==, n_pages + 1);
}

static void
test_list_empty (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  char *next = (char *) "unset";

  /* An empty mailbox: Gmail leaves "messages" out. */
  ids = list_messages (fixture, NULL, NULL, 100, &next, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_null (next);
  g_clear_pointer (&ids, g_ptr_array_unref);

  fake_google_seed_messages (fixture->fake, 10);
  ids = list_messages (fixture, "rfc822msgid:nobody-sent-this@example.com", NULL, 100, &next, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_null (next);
}

static void
test_get_messages_batches (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_pages;
  guint expected_batches = 0;
  guint with_calendar = 0;

  fake_google_seed_messages (fixture->fake, 260);
  all = list_all (fixture, NULL, 500, &n_pages);
  g_assert_cmpuint (all->len, >=, 250);
  g_ptr_array_set_size (all, 250);

  for (guint start = 0; start < 250; start += 100)
    {
      g_autoptr(GPtrArray) chunk = g_ptr_array_new ();
      g_autoptr(GPtrArray) messages = NULL;
      g_autoptr(GHashTable) failed = NULL;
      g_autoptr(GError) error = NULL;
      guint attachments = fake_google_count_requests (fixture->fake, "gmail.users.messages.attachments.get");

      for (guint i = start; i < MIN (start + 100, 250); i++)
        g_ptr_array_add (chunk, all->pdata[i]);
      messages = get_messages (fixture, chunk, &failed, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_hash_table_size (failed), ==, 0);
      g_assert_cmpuint (messages->len, ==, chunk->len);

      /* The calendar attachments of a batch come in one more batch. */
      attachments = fake_google_count_requests (fixture->fake, "gmail.users.messages.attachments.get") - attachments;
      expected_batches += 1 + (attachments > 1 ? 1 : 0);
      for (guint i = 0; i < messages->len; i++)
        g_ptr_array_add (got, g_object_ref (messages->pdata[i]));
    }

  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.batch"), ==, expected_batches);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.get"), ==, 250);
  g_assert_cmpuint (got->len, ==, 250);

  for (guint i = 0; i < got->len; i++)
    {
      PursuitMailMessage *message = got->pdata[i];

      /* In the order asked, with what the sync needs. */
      g_assert_cmpstr (pursuit_mail_message_get_gmail_id (message), ==, all->pdata[i]);
      g_assert_nonnull (pursuit_mail_message_get_thread_id (message));
      g_assert_nonnull (pursuit_mail_message_get_from_address (message));
      g_assert_nonnull (pursuit_mail_message_get_subject (message));
      g_assert_nonnull (pursuit_mail_message_get_message_id (message));
      g_assert_nonnull (pursuit_mail_message_get_labels (message));
      g_assert_nonnull (pursuit_mail_message_get_body_text (message));
      g_assert_cmpuint (strlen (pursuit_mail_message_get_body_text (message)), >, 0);
      g_assert_nonnull (pursuit_mail_message_get_snippet (message));
      g_assert_cmpint (pursuit_mail_message_get_received_at (message), >, 1700000000);
      g_assert_cmpint (pursuit_mail_message_get_received_at (message), <, 1900000000);
      if (pursuit_mail_message_get_calendar_data (message) != NULL)
        {
          g_assert_true (g_str_has_prefix (pursuit_mail_message_get_calendar_data (message), "BEGIN:VCALENDAR"));
          with_calendar++;
        }
    }
  g_assert_cmpuint (with_calendar, >, 0);
  g_assert_cmpuint (with_calendar, ==,
                    fake_google_count_requests (fixture->fake, "gmail.users.messages.attachments.get"));
}

static void
test_get_messages_partial (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GHashTable) failed = NULL;
  g_autoptr(GError) error = NULL;
  GError *gone;

  all = seed_inbox_ids (fixture, 20, 5);
  g_ptr_array_extend (ids, all, NULL, NULL);
  g_ptr_array_insert (ids, 2, (gpointer) "ffff0000deadbeef");

  /* Two parts told to slow down (429, rate-limit 403): asked again. */
  fake_google_add_fault (fixture->fake, "gmail.users.messages.get", FAKE_GOOGLE_FAULT_STATUS, 429, 0, 1);
  fake_google_add_fault (fixture->fake, "gmail.users.messages.get", FAKE_GOOGLE_FAULT_STATUS, 403, 0, 1);

  messages = get_messages (fixture, ids, &failed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (messages->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpstr (pursuit_mail_message_get_gmail_id (messages->pdata[i]), ==, all->pdata[i]);

  /* The message that is not there is left out and said so. */
  g_assert_cmpuint (g_hash_table_size (failed), ==, 1);
  gone = g_hash_table_lookup (failed, "ffff0000deadbeef");
  g_assert_error (gone, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_NOT_FOUND);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.batch"), ==, 2);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.get"), ==, 6 + 2);
}

static void
test_get_messages_persistent_failure (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GHashTable) failed = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer value;

  ids = seed_inbox_ids (fixture, 10, 3);

  /* Every part of every round fails: 3 parts × (1 + 3 rounds). */
  fake_google_add_fault (fixture->fake, "gmail.users.messages.get", FAKE_GOOGLE_FAULT_STATUS, 503, 0, 12);

  messages = get_messages (fixture, ids, &failed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (messages->len, ==, 0);
  g_assert_cmpuint (g_hash_table_size (failed), ==, 3);
  g_hash_table_iter_init (&iter, failed);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_assert_error ((GError *) value, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.get"), ==, 12);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.batch"), ==, 4);

  /* The batch itself failing fails the call. */
  fake_google_add_fault (fixture->fake, "gmail.batch", FAKE_GOOGLE_FAULT_STATUS, 400, 0, 1);
  g_clear_pointer (&messages, g_ptr_array_unref);
  g_clear_pointer (&failed, g_hash_table_unref);
  messages = get_messages (fixture, ids, &failed, &error);
  g_assert_null (messages);
  g_assert_null (failed);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_BAD_REQUEST);
}

static void
test_get_messages_too_large (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GHashTable) failed = NULL;
  g_autoptr(GError) error = NULL;

  ids = seed_inbox_ids (fixture, 40, 30);

  /* One message fits, thirty at once do not: the batch is split. */
  _pursuit_http_set_max_body_size (fixture->http, 24 * 1024);
  messages = get_messages (fixture, ids, &failed, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (failed), ==, 0);
  g_assert_cmpuint (messages->len, ==, 30);
  for (guint i = 0; i < 30; i++)
    g_assert_cmpstr (pursuit_mail_message_get_gmail_id (messages->pdata[i]), ==, ids->pdata[i]);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.batch"), >, 2);
}

static void
test_get_messages_cancel (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) strv = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GError) error = NULL;

  strv = seed_inbox_ids (fixture, 10, 2);
  g_ptr_array_add (strv, NULL);

  /* Cancelled while waiting for the next round. */
  pursuit_gmail_client_set_part_retry_delay (fixture->client, 60000);
  fake_google_add_fault (fixture->fake, "gmail.users.messages.get", FAKE_GOOGLE_FAULT_STATUS, 429, 0, 2);
  pursuit_gmail_client_get_messages_async (fixture->client, (const char * const *) strv->pdata, cancellable,
                                           pursuit_test_store_result, &result);
  while (fake_google_count_requests (fixture->fake, "gmail.users.messages.get") < 2)
    g_main_context_iteration (NULL, TRUE);
  g_timeout_add_once (50, (GSourceOnceFunc) g_cancellable_cancel, cancellable);

  messages = pursuit_gmail_client_get_messages_finish (fixture->client, pursuit_test_wait_for (&result),
                                                       NULL, &error);
  g_assert_null (messages);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *start = NULL;
  g_autofree char *token = NULL;
  g_autofree char *latest = NULL;
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint pages = 0;

  fake_google_seed_messages (fixture->fake, 5);
  start = current_history_id (fixture);

  /* Nothing new: no ids, the same history id. */
  ids = list_history (fixture, start, NULL, &token, &latest, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_null (token);
  g_assert_cmpstr (latest, ==, start);
  g_clear_pointer (&ids, g_ptr_array_unref);
  g_clear_pointer (&latest, g_free);

  for (guint i = 0; i < 130; i++)
    {
      g_autofree char *text = g_strdup_printf ("From: Recruiter <r%u@acme.example>\n"
                                               "To: ann.example@gmail.com\n"
                                               "Subject: Note %u\n"
                                               "Message-ID: <note-%u@acme.example>\n"
                                               "Date: Mon, 16 Nov 2026 09:00:00 +0000\n"
                                               "\n"
                                               "Hello %u\n", i, i, i, i);

      g_ptr_array_add (added, deliver (fixture, text));
    }

  /* Page after page (Gmail's 100 a page), each id once, in order. */
  do
    {
      g_autofree char *next = NULL;

      ids = list_history (fixture, start, token, &next, &latest, &error);
      g_assert_no_error (error);
      g_assert_nonnull (latest);
      for (guint i = 0; i < ids->len; i++)
        g_assert_cmpstr (ids->pdata[i], ==, added->pdata[pages * 100 + i]);
      g_clear_pointer (&ids, g_ptr_array_unref);
      g_clear_pointer (&latest, g_free);
      g_free (token);
      token = g_steal_pointer (&next);
      pages++;
    }
  while (token != NULL);
  g_assert_cmpuint (pages, ==, 2);

  /* Too old: a full sync is needed. */
  fake_google_expire_history (fixture->fake);
  ids = list_history (fixture, start, NULL, &token, &latest, &error);
  g_assert_null (ids);
  g_assert_null (latest);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_NOT_FOUND);
}

static void
test_send_plain (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *message_id = NULL;
  g_autoptr(GBytes) raw = compose ("Jane Recruiter <jane@acme.example>", "Following up on my application",
                                   "Hello Jane,\n\nIs there any news?\n\nAnn\n", NULL, &message_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  g_autoptr(GBytes) stored = NULL;
  g_autofree char *id = NULL;
  g_autofree char *thread_id = NULL;
  g_autofree char *found_id = NULL;
  g_autofree char *found_thread = NULL;

  g_assert_true (send_message (fixture, raw, NULL, &id, &thread_id, &error));
  g_assert_no_error (error);
  g_assert_nonnull (id);
  g_assert_nonnull (thread_id);

  sent = fake_google_list_sent_ids (fixture->fake);
  g_assert_cmpuint (sent->len, ==, 1);
  g_assert_cmpstr (sent->pdata[0], ==, id);
  stored = fake_google_get_raw_message (fixture->fake, id);
  g_assert_true (g_bytes_equal (stored, raw));

  /* Found by its Message-ID, with or without the angle brackets. */
  g_assert_true (find_message (fixture, message_id, &found_id, &found_thread, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (found_id, ==, id);
  g_assert_cmpstr (found_thread, ==, thread_id);
}

static void
test_send_reply (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *original = deliver (fixture,
                                       "From: Jane Recruiter <jane@acme.example>\n"
                                       "To: ann.example@gmail.com\n"
                                       "Subject: Your application for Backend Engineer\n"
                                       "Message-ID: <app-42@acme.example>\n"
                                       "Date: Mon, 16 Nov 2026 09:00:00 +0000\n"
                                       "\n"
                                       "Thanks for applying.\n");
  g_autofree char *original_thread = fake_google_get_message_thread_id (fixture->fake, original);
  g_autofree char *message_id = NULL;
  g_autoptr(GBytes) raw = compose ("jane@acme.example", "Re: Your application for Backend Engineer",
                                   "Thank you, Jane.\n", "<app-42@acme.example>", &message_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *thread_id = NULL;
  g_autofree char *stored_thread = NULL;
  g_autoptr(PursuitMailMessage) reply = NULL;

  g_assert_true (send_message (fixture, raw, original_thread, &id, &thread_id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (thread_id, ==, original_thread);
  stored_thread = fake_google_get_message_thread_id (fixture->fake, id);
  g_assert_cmpstr (stored_thread, ==, original_thread);

  /* What Gmail shows of it: the reply headers kept. */
  reply = get_one (fixture, id);
  g_assert_cmpstr (pursuit_mail_message_get_in_reply_to (reply), ==, "<app-42@acme.example>");
  g_assert_cmpstr (pursuit_mail_message_get_references (reply), ==, "<app-42@acme.example>");
  g_assert_cmpstr (pursuit_mail_message_get_message_id (reply), ==, message_id);
  g_assert_true (pursuit_mail_message_get_outgoing (reply));
}

static void
test_draft (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *message_id = NULL;
  g_autoptr(GBytes) raw = compose ("jane@acme.example", "Draft follow-up", "Hello again.\n", NULL, &message_id);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *draft_id = NULL;
  g_autofree char *id = NULL;
  g_autofree char *thread_id = NULL;
  g_autofree char *found = NULL;
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GPtrArray) sent = NULL;

  pursuit_gmail_client_create_draft_async (fixture->client, raw, NULL, NULL, pursuit_test_store_result, &result);
  g_assert_true (pursuit_gmail_client_create_draft_finish (fixture->client, pursuit_test_wait_for (&result),
                                                           &draft_id, &id, &thread_id, &error));
  g_assert_no_error (error);
  g_assert_nonnull (draft_id);
  g_assert_nonnull (id);
  g_assert_nonnull (thread_id);
  g_assert_cmpstr (draft_id, !=, id);
  g_assert_cmpuint (fake_google_count_drafts (fixture->fake), ==, 1);
  sent = fake_google_list_sent_ids (fixture->fake);
  g_assert_cmpuint (sent->len, ==, 0);
  stored = fake_google_get_raw_message (fixture->fake, id);
  g_assert_true (g_bytes_equal (stored, raw));

  /* A draft counts for the exactly-once check too. */
  g_assert_true (find_message (fixture, message_id, &found, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, id);
}

static void
test_non_ascii (Fixture       *fixture,
                gconstpointer  data)
{
  const char *subject = "Bewerbung – Entwicklerin (m/w/d) für Zürich 🚀";
  const char *body = "Grüße aus Köln,\nçà et là — “quotes” ✓\n\nAnn\n";
  g_autofree char *message_id = NULL;
  g_autoptr(GBytes) raw = compose ("Zoë Müller <zoe@firma.example>", subject, body, NULL, &message_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(PursuitMailMessage) parsed = NULL;
  g_autoptr(PursuitMailMessage) fetched = NULL;

  g_assert_true (send_message (fixture, raw, NULL, &id, NULL, &error));
  g_assert_no_error (error);

  /* The bytes Gmail keeps are the ones sent; read back they are the same
   * text, from the file and from Gmail's JSON alike. */
  stored = fake_google_get_raw_message (fixture->fake, id);
  g_assert_true (g_bytes_equal (stored, raw));
  parsed = pursuit_mail_parse (stored, &error);
  g_assert_no_error (error);
  fetched = get_one (fixture, id);

  g_assert_cmpstr (pursuit_mail_message_get_subject (parsed), ==, subject);
  g_assert_cmpstr (pursuit_mail_message_get_subject (fetched), ==, subject);
  g_assert_cmpstr (pursuit_mail_message_get_from_name (fetched), ==, "Ann Exämple");
  g_assert_cmpstr (pursuit_mail_message_get_from_address (fetched), ==, "ann.example@gmail.com");
  g_assert_true (strstr (pursuit_mail_message_get_to (fetched), "Zoë Müller") != NULL);
  g_assert_true (g_str_has_prefix (pursuit_mail_message_get_body_text (fetched), "Grüße aus Köln,"));
  g_assert_true (strstr (pursuit_mail_message_get_body_text (fetched), "çà et là — “quotes” ✓") != NULL);
  g_assert_cmpstr (pursuit_mail_message_get_body_text (fetched), ==, pursuit_mail_message_get_body_text (parsed));
}

static void
test_incoming_charsets (Fixture       *fixture,
                        gconstpointer  data)
{
  /* Latin-1 in quoted-printable, an RFC 2047 subject and name. */
  g_autofree char *latin1_id = deliver (fixture,
                                        "From: =?ISO-8859-1?Q?Ren=E9e_Dupr=E9?= <renee@societe.example>\n"
                                        "To: ann.example@gmail.com\n"
                                        "Subject: =?ISO-8859-1?Q?Votre_candidature_=E0_Soci=E9t=E9?=\n"
                                        "Message-ID: <latin1@societe.example>\n"
                                        "Date: Mon, 16 Nov 2026 09:00:00 +0100\n"
                                        "List-Unsubscribe: <mailto:unsub@societe.example>\n"
                                        "MIME-Version: 1.0\n"
                                        "Content-Type: text/plain; charset=ISO-8859-1\n"
                                        "Content-Transfer-Encoding: quoted-printable\n"
                                        "\n"
                                        "Nous avons bien re=E7u votre candidature. <b>merci</b>\n");
  /* HTML only, with an inline text/calendar part. */
  g_autofree char *html_id = deliver (fixture,
                                      "From: Acme Talent <talent@acme.example>\n"
                                      "Reply-To: Jane <JANE@Acme.Example>\n"
                                      "To: ann.example@gmail.com\n"
                                      "Subject: Interview invitation\n"
                                      "Message-ID: <html@acme.example>\n"
                                      "Date: Mon, 16 Nov 2026 09:00:00 +0000\n"
                                      "MIME-Version: 1.0\n"
                                      "Content-Type: multipart/mixed; boundary=\"outer\"\n"
                                      "\n"
                                      "--outer\n"
                                      "Content-Type: text/html; charset=utf-8\n"
                                      "\n"
                                      "<html><body><p>Hello &amp; welcome</p><p>Second&nbsp;para</p></body></html>\n"
                                      "--outer\n"
                                      "Content-Type: text/calendar; method=REQUEST; charset=utf-8\n"
                                      "\n"
                                      "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n"
                                      "--outer--\n");
  /* An .ics attachment, stored apart by Gmail. */
  g_autofree char *ics_id = deliver (fixture,
                                     "From: calendar@acme.example\n"
                                     "To: ann.example@gmail.com\n"
                                     "Subject: Invitation: Interview\n"
                                     "Message-ID: <ics@acme.example>\n"
                                     "Date: Mon, 16 Nov 2026 09:00:00 +0000\n"
                                     "MIME-Version: 1.0\n"
                                     "Content-Type: multipart/mixed; boundary=\"b\"\n"
                                     "\n"
                                     "--b\n"
                                     "Content-Type: text/plain; charset=utf-8\n"
                                     "\n"
                                     "See the invitation.\n"
                                     "--b\n"
                                     "Content-Type: application/ics; name=\"invite.ics\"\n"
                                     "Content-Disposition: attachment; filename=\"invite.ics\"\n"
                                     "Content-Transfer-Encoding: base64\n"
                                     "\n"
                                     "QkVHSU46VkNBTEVOREFSDQpTVU1NQVJZOkludGVydmlldyDDoCBMeW9uDQpFTkQ6VkNBTEVOREFSDQo=\n"
                                     "--b--\n");
  g_autoptr(PursuitMailMessage) latin1 = get_one (fixture, latin1_id);
  g_autoptr(PursuitMailMessage) html = get_one (fixture, html_id);
  g_autoptr(PursuitMailMessage) ics = get_one (fixture, ics_id);

  g_assert_cmpstr (pursuit_mail_message_get_subject (latin1), ==, "Votre candidature à Société");
  g_assert_cmpstr (pursuit_mail_message_get_from_name (latin1), ==, "Renée Dupré");
  g_assert_cmpstr (pursuit_mail_message_get_from_address (latin1), ==, "renee@societe.example");
  g_assert_cmpstr (pursuit_mail_message_get_body_text (latin1), ==,
                   "Nous avons bien reçu votre candidature. <b>merci</b>\n");
  g_assert_true (pursuit_mail_message_get_bulk (latin1));
  g_assert_false (pursuit_mail_message_get_outgoing (latin1));
  g_assert_cmpstr (pursuit_mail_message_get_labels (latin1), ==, "INBOX,UNREAD");
  g_assert_null (pursuit_mail_message_get_calendar_data (latin1));

  g_assert_false (pursuit_mail_message_get_bulk (html));
  g_assert_cmpstr (pursuit_mail_message_get_reply_to_address (html), ==, "jane@acme.example");
  g_assert_true (strstr (pursuit_mail_message_get_body_text (html), "Hello & welcome") != NULL);
  g_assert_true (strstr (pursuit_mail_message_get_body_text (html), "<p>") == NULL);
  g_assert_true (g_str_has_prefix (pursuit_mail_message_get_calendar_data (html), "BEGIN:VCALENDAR"));

  g_assert_cmpstr (pursuit_mail_message_get_body_text (ics), ==, "See the invitation.");
  g_assert_cmpstr (pursuit_mail_message_get_calendar_data (ics), ==,
                   "BEGIN:VCALENDAR\r\nSUMMARY:Interview à Lyon\r\nEND:VCALENDAR\r\n");
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.attachments.get"), ==, 1);
}

static void
test_find_message (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *id = deliver (fixture,
                                 "From: jane@acme.example\n"
                                 "To: ann.example@gmail.com\n"
                                 "Subject: Hello\n"
                                 "Message-ID: <Mixed.Case+tag@acme.example>\n"
                                 "\n"
                                 "Hi\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  g_autofree char *bare = NULL;
  char *none = (char *) "unset";

  g_assert_true (find_message (fixture, "<Mixed.Case+tag@acme.example>", &found, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, id);
  g_assert_true (find_message (fixture, "Mixed.Case+tag@acme.example", &bare, NULL, &error));
  g_assert_cmpstr (bare, ==, id);

  g_assert_false (find_message (fixture, "<never-sent@pursuit.invalid>", &none, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (none);

  /* What cannot be a search term is refused, not searched for. */
  g_assert_false (find_message (fixture, "<a b@c> OR in:anywhere", NULL, NULL, &error));
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_BAD_REQUEST);
}

/* A server that answers with the wrong JSON types ------------------------- */

#define TEST_TYPE_STATIC_AUTHORIZER (test_static_authorizer_get_type ())
G_DECLARE_FINAL_TYPE (TestStaticAuthorizer, test_static_authorizer, TEST, STATIC_AUTHORIZER, GObject)

struct _TestStaticAuthorizer
{
  GObject parent_instance;
};

static void
static_authorize_async (PursuitAuthorizer   *authorizer,
                        gboolean             force_refresh,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (authorizer, cancellable, callback, user_data);

  g_task_return_pointer (task, g_strdup ("Bearer test"), g_free);
}

static char *
static_authorize_finish (PursuitAuthorizer  *authorizer,
                         GAsyncResult       *result,
                         GError            **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
static_authorizer_iface_init (PursuitAuthorizerInterface *iface)
{
  iface->authorize_async = static_authorize_async;
  iface->authorize_finish = static_authorize_finish;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TestStaticAuthorizer, test_static_authorizer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_AUTHORIZER, static_authorizer_iface_init))

static void
test_static_authorizer_class_init (TestStaticAuthorizerClass *klass)
{
}

static void
test_static_authorizer_init (TestStaticAuthorizer *self)
{
}

static void
canned_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  const char *answer = user_data;

  soup_server_message_set_status (message, 200, NULL);
  soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, answer, strlen (answer));
}

typedef struct
{
  SoupServer *server;
  PursuitHttp *http;
  PursuitAuthorizer *authorizer;
  PursuitGmailClient *client;
} Hostile;

static void
hostile_setup (Hostile    *hostile,
               const char *profile,
               const char *list,
               const char *message,
               const char *history,
               const char *send,
               const char *draft)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  GSList *uris;

  hostile->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (hostile->server, "/gmail/v1/users/me/profile", canned_cb, (gpointer) profile, NULL);
  soup_server_add_handler (hostile->server, "/gmail/v1/users/me/messages", canned_cb, (gpointer) list, NULL);
  soup_server_add_handler (hostile->server, "/gmail/v1/users/me/messages/m1", canned_cb, (gpointer) message, NULL);
  soup_server_add_handler (hostile->server, "/gmail/v1/users/me/history", canned_cb, (gpointer) history, NULL);
  soup_server_add_handler (hostile->server, "/gmail/v1/users/me/messages/send", canned_cb, (gpointer) send, NULL);
  soup_server_add_handler (hostile->server, "/gmail/v1/users/me/drafts", canned_cb, (gpointer) draft, NULL);
  g_assert_true (soup_server_listen_local (hostile->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (hostile->server);
  url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_setenv ("PURSUIT_GOOGLE_API_URL", url, TRUE);
  hostile->http = pursuit_http_new ();
  pursuit_http_set_retry_policy (hostile->http, 0, 10, 100);
  hostile->authorizer = g_object_new (TEST_TYPE_STATIC_AUTHORIZER, NULL);
  hostile->client = pursuit_gmail_client_new (hostile->http, hostile->authorizer, SERVICE);
  g_unsetenv ("PURSUIT_GOOGLE_API_URL");
}

static void
hostile_clear (Hostile *hostile)
{
  g_clear_object (&hostile->client);
  g_clear_object (&hostile->authorizer);
  g_clear_object (&hostile->http);
  g_clear_object (&hostile->server);
}

/* Each call against each answer: INVALID_RESPONSE, never a crash. */
static void
check_hostile (const char *profile,
               const char *list,
               const char *message,
               const char *history,
               const char *send,
               const char *draft)
{
  Hostile hostile = { 0 };
  Fixture fixture = { 0 };
  g_autoptr(GBytes) raw = g_bytes_new_static ("Subject: x\r\n\r\nx\r\n", 17);
  const char *ids[] = { "m1", NULL };

  hostile_setup (&hostile, profile, list, message, history, send, draft);
  fixture.client = hostile.client;

  if (profile != NULL)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;
      char *email = (char *) "unset";

      pursuit_gmail_client_get_profile_async (hostile.client, NULL, pursuit_test_store_result, &result);
      g_assert_false (pursuit_gmail_client_get_profile_finish (hostile.client, pursuit_test_wait_for (&result),
                                                               &email, NULL, &error));
      g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
      g_assert_true (strstr (error->message, "Gmail") != NULL);
    }

  if (list != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) got = list_messages (&fixture, NULL, NULL, 10, NULL, &error);

      g_assert_null (got);
      g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
      g_clear_error (&error);
      g_assert_false (find_message (&fixture, "<x@y>", NULL, NULL, &error));
      g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
    }

  if (message != NULL)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GHashTable) failed = NULL;
      g_autoptr(GPtrArray) got = NULL;

      /* The message is left out, with the reason. */
      pursuit_gmail_client_get_messages_async (hostile.client, ids, NULL, pursuit_test_store_result, &result);
      got = pursuit_gmail_client_get_messages_finish (hostile.client, pursuit_test_wait_for (&result),
                                                      &failed, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (got->len, ==, 0);
      g_assert_error ((GError *) g_hash_table_lookup (failed, "m1"), PURSUIT_HTTP_ERROR,
                      PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
    }

  if (history != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) got = list_history (&fixture, "1", NULL, NULL, NULL, &error);

      g_assert_null (got);
      g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
    }

  if (send != NULL)
    {
      g_autoptr(GError) error = NULL;
      char *id = (char *) "unset";

      g_assert_false (send_message (&fixture, raw, NULL, &id, NULL, &error));
      g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
    }

  if (draft != NULL)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;

      pursuit_gmail_client_create_draft_async (hostile.client, raw, NULL, NULL, pursuit_test_store_result, &result);
      g_assert_false (pursuit_gmail_client_create_draft_finish (hostile.client, pursuit_test_wait_for (&result),
                                                                NULL, NULL, NULL, &error));
      g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
    }

  hostile_clear (&hostile);
}

static void
test_wrong_types (void)
{
  /* Arrays where objects go, numbers where strings go, ... */
  check_hostile ("[]", "[]", "[]", "[]", "[]", "[]");
  check_hostile ("{\"emailAddress\":\"a@b.c\",\"historyId\":12345}",
                 "{\"messages\":{\"id\":\"m1\"}}",
                 "{\"id\":42,\"threadId\":\"t\"}",
                 "{\"history\":[],\"historyId\":7}",
                 "{\"id\":\"s1\",\"threadId\":[\"t\"]}",
                 "{\"id\":\"d1\",\"message\":\"m\"}");
  check_hostile ("{\"emailAddress\":null,\"historyId\":\"1\"}",
                 "{\"messages\":[{\"id\":1}]}",
                 "{\"id\":\"m1\",\"labelIds\":\"INBOX\"}",
                 "{\"history\":{},\"historyId\":\"7\"}",
                 "{\"threadId\":\"t\"}",
                 "{\"id\":\"d1\",\"message\":{\"id\":\"m\"}}");
  check_hostile ("{\"historyId\":\"1\"}",
                 "{\"messages\":[\"m1\"]}",
                 "{\"id\":\"m1\",\"payload\":[]}",
                 "{\"history\":[{\"messagesAdded\":[{\"message\":\"m1\"}]}],\"historyId\":\"7\"}",
                 "{\"id\":\"\",\"threadId\":\"t\"}",
                 "{\"message\":{\"id\":\"m\",\"threadId\":\"t\"}}");
  check_hostile (NULL,
                 "{\"messages\":[{\"id\":\"m1\",\"threadId\":7}],\"nextPageToken\":5}",
                 "{\"id\":\"m1\",\"payload\":{\"headers\":[{\"name\":\"From\",\"value\":3}]}}",
                 "{\"history\":[{\"messagesAdded\":{}}],\"historyId\":\"7\"}",
                 NULL, NULL);
  check_hostile (NULL, NULL,
                 "{\"id\":\"m1\",\"payload\":{\"mimeType\":\"text/plain\",\"body\":{\"data\":\"@@@\"}}}",
                 "{\"history\":[{\"messagesAdded\":[{\"message\":{\"id\":5}}]}],\"historyId\":\"7\"}",
                 NULL, NULL);
  check_hostile (NULL, NULL,
                 "{\"id\":\"m1\",\"internalDate\":\"yesterday\"}",
                 "{\"history\":[],\"historyId\":\"7\",\"nextPageToken\":[]}",
                 NULL, NULL);
  check_hostile (NULL, NULL, "{\"id\":\"m1\",\"payload\":{\"parts\":[1,2]}}", "{\"history\":[]}", NULL, NULL);
  check_hostile (NULL, NULL, "{\"id\":\"m1\",\"payload\":{\"headers\":[{\"value\":\"x\"}]}}", NULL, NULL, NULL);
  check_hostile (NULL, NULL, "{\"id\":\"m1\",\"snippet\":false}", NULL, NULL, NULL);
}

/* The Message JSON on its own ----------------------------------------------- */

static PursuitMailMessage *
from_json (const char  *text,
           char       **attachment_id,
           GError     **error)
{
  g_autoptr(JsonNode) node = json_from_string (text, NULL);

  g_assert_nonnull (node);
  return _pursuit_gmail_message_from_json (json_node_get_object (node), attachment_id, NULL, error);
}

static void
test_json_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;

  /* format=minimal: no payload at all. */
  message = from_json ("{\"id\":\"18f0\",\"labelIds\":[\"SENT\",\"Label_1\"],\"snippet\":\"Hi &amp; bye &lt;b&gt;\","
                       "\"internalDate\":\"1717000000999\",\"historyId\":\"987654\",\"sizeEstimate\":10}",
                       NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_mail_message_get_gmail_id (message), ==, "18f0");
  /* A thread of its own when Gmail does not say. */
  g_assert_cmpstr (pursuit_mail_message_get_thread_id (message), ==, "18f0");
  g_assert_cmpstr (pursuit_mail_message_get_labels (message), ==, "SENT,Label_1");
  g_assert_true (pursuit_mail_message_get_outgoing (message));
  g_assert_cmpstr (pursuit_mail_message_get_snippet (message), ==, "Hi & bye <b>");
  g_assert_cmpint (pursuit_mail_message_get_received_at (message), ==, 1717000000);
  g_assert_null (pursuit_mail_message_get_body_text (message));
  g_assert_null (pursuit_mail_message_get_subject (message));
}

static void
test_json_parts (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autofree char *attachment_id = NULL;
  /* "Caf\xe9 ok" in Latin-1, base64url; "<p>ignored</p>"; a PDF. */
  const char *text =
    "{\"id\":\"m\",\"threadId\":\"t\",\"payload\":{\"mimeType\":\"multipart/mixed\",\"headers\":["
    "{\"name\":\"from\",\"value\":\"=?UTF-8?B?Sm9zw6k=?= <Jose@Example.COM>\"},"
    "{\"name\":\"Subject\",\"value\":\"=?UTF-8?Q?Entrevista_ma=C3=B1ana?=\"},"
    "{\"name\":\"Date\",\"value\":\"Wed, 29 May 2024 10:00:00 +0000\"},"
    "{\"name\":\"References\",\"value\":\"<a@x>\\r\\n  <b@y>\"},"
    "{\"name\":\"Precedence\",\"value\":\"bulk\"}],"
    "\"parts\":[{\"mimeType\":\"multipart/alternative\",\"parts\":["
    "  {\"mimeType\":\"text/plain\",\"headers\":[{\"name\":\"Content-Type\",\"value\":\"text/plain; charset=\\\"iso-8859-1\\\"\"}],"
    "   \"body\":{\"size\":7,\"data\":\"Q2Fm6SBvaw\"}},"
    "  {\"mimeType\":\"text/html\",\"body\":{\"data\":\"PHA-aWdub3JlZDwvcD4=\"}}]},"
    " {\"mimeType\":\"application/pdf\",\"filename\":\"cv.pdf\",\"body\":{\"attachmentId\":\"pdf1\",\"size\":100}},"
    " {\"mimeType\":\"text/calendar\",\"filename\":\"invite.ics\",\"body\":{\"attachmentId\":\"ics1\",\"size\":100}}]}}";

  message = from_json (text, &attachment_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_mail_message_get_from_name (message), ==, "José");
  g_assert_cmpstr (pursuit_mail_message_get_from_address (message), ==, "jose@example.com");
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, "Entrevista mañana");
  g_assert_cmpstr (pursuit_mail_message_get_references (message), ==, "<a@x> <b@y>");
  g_assert_cmpstr (pursuit_mail_message_get_body_text (message), ==, "Café ok");
  g_assert_cmpstr (pursuit_mail_message_get_snippet (message), ==, "Café ok");
  g_assert_true (pursuit_mail_message_get_bulk (message));
  /* No internalDate: the Date header. */
  g_assert_cmpint (pursuit_mail_message_get_received_at (message), ==, 1716976800);
  g_assert_null (pursuit_mail_message_get_calendar_data (message));
  g_assert_cmpstr (attachment_id, ==, "ics1");

  /* The attachment's answer fills it in. */
  {
    g_autoptr(JsonNode) body = json_from_string ("{\"size\":15,\"data\":\"QkVHSU46VkNBTEVOREFS\"}", NULL);

    g_assert_true (_pursuit_gmail_set_calendar_from_json (message, json_node_get_object (body), NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (pursuit_mail_message_get_calendar_data (message), ==, "BEGIN:VCALENDAR");
  }
}

static void
test_json_hostile (void)
{
  GString *deep = g_string_new ("{\"id\":\"m\",\"payload\":");
  GString *huge = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMailMessage) nested = NULL;
  g_autoptr(PursuitMailMessage) big = NULL;
  g_autoptr(PursuitMailMessage) invalid = NULL;
  g_autofree char *text = NULL;
  g_autofree char *data = NULL;
  g_autofree char *deep_text = NULL;

  /* 500 nested multiparts, the text at the bottom: no crash, and the
   * part below the depth limit is not read. */
  for (guint i = 0; i < 500; i++)
    g_string_append (deep, "{\"mimeType\":\"multipart/mixed\",\"parts\":[");
  g_string_append (deep, "{\"mimeType\":\"text/plain\",\"body\":{\"data\":\"aGk\"}}");
  for (guint i = 0; i < 500; i++)
    g_string_append (deep, "]}");
  g_string_append (deep, "}");
  deep_text = g_string_free (deep, FALSE);
  {
    g_autoptr(JsonParser) parser = json_parser_new ();

    /* json-glib may refuse such depth itself; either way no crash. */
    if (json_parser_load_from_data (parser, deep_text, -1, NULL))
      {
        nested = _pursuit_gmail_message_from_json (json_node_get_object (json_parser_get_root (parser)),
                                                   NULL, NULL, &error);
        g_assert_no_error (error);
        g_assert_null (pursuit_mail_message_get_body_text (nested));
      }
  }

  /* A 1 MiB body is cut under the limit at a character boundary. */
  for (guint i = 0; i < 512 * 1024; i++)
    g_string_append (huge, "é");
  data = g_base64_encode ((const guchar *) huge->str, huge->len);
  g_string_free (huge, TRUE);
  text = g_strdup_printf ("{\"id\":\"m\",\"payload\":{\"mimeType\":\"text/plain\",\"body\":{\"data\":\"%s\"}}}", data);
  big = from_json (text, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (pursuit_mail_message_get_body_text (big)), <=, PURSUIT_MAIL_MAX_BODY_TEXT);
  g_assert_cmpuint (strlen (pursuit_mail_message_get_body_text (big)), >=, PURSUIT_MAIL_MAX_BODY_TEXT - 1);
  g_assert_true (g_utf8_validate (pursuit_mail_message_get_body_text (big), -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (pursuit_mail_message_get_snippet (big), -1), <=, 200);

  /* Invalid UTF-8 in a declared UTF-8 body and in headers; an unknown
   * charset is read as UTF-8. */
  invalid = from_json ("{\"id\":\"m\",\"payload\":{\"mimeType\":\"text/plain\","
                       "\"headers\":[{\"name\":\"Content-Type\",\"value\":\"text/plain; charset=x-klingon\"},"
                       "{\"name\":\"Subject\",\"value\":\"<b>Offer</b> &amp;\"}],"
                       "\"body\":{\"data\":\"_-_-aGk\"}}}", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (pursuit_mail_message_get_body_text (invalid), -1, NULL));
  g_assert_true (g_str_has_suffix (pursuit_mail_message_get_body_text (invalid), "hi"));
  /* Markup stays text. */
  g_assert_cmpstr (pursuit_mail_message_get_subject (invalid), ==, "<b>Offer</b> &amp;");

  /* No id. */
  g_clear_object (&invalid);
  invalid = from_json ("{\"threadId\":\"t\"}", NULL, &error);
  g_assert_null (invalid);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/gmail-client/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("profile", test_profile);
  ADD ("list/paging", test_list_paging);
  ADD ("list/empty", test_list_empty);
  ADD ("get/batches", test_get_messages_batches);
  ADD ("get/partial", test_get_messages_partial);
  ADD ("get/persistent-failure", test_get_messages_persistent_failure);
  ADD ("get/too-large", test_get_messages_too_large);
  ADD ("get/cancel", test_get_messages_cancel);
  ADD ("get/charsets", test_incoming_charsets);
  ADD ("history", test_history);
  ADD ("send/plain", test_send_plain);
  ADD ("send/reply", test_send_reply);
  ADD ("send/non-ascii", test_non_ascii);
  ADD ("draft", test_draft);
  ADD ("find-message", test_find_message);
  g_test_add_func ("/gmail-client/wrong-types", test_wrong_types);
  g_test_add_func ("/gmail-client/json/minimal", test_json_minimal);
  g_test_add_func ("/gmail-client/json/parts", test_json_parts);
  g_test_add_func ("/gmail-client/json/hostile", test_json_hostile);

  return g_test_run ();
}
