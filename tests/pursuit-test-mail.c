/* pursuit-test-mail.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-mail-engine-private.h"
#include "pursuit-test-async.h"
#include "pursuit-test-google.h"
#include "pursuit-test-keyring.h"
#include "pursuit-test-mail.h"

static void
make_engines (MailFixture *fixture)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  fixture->http = pursuit_http_new ();
  pursuit_http_set_retry_policy (fixture->http, 2, 10, 100);
  pursuit_http_set_breaker_policy (fixture->http, 1000, 60 * G_TIME_SPAN_SECOND, G_TIME_SPAN_SECOND);
  fixture->secrets = pursuit_secret_store_new ();
  fixture->sync = pursuit_sync_engine_new (fixture->store.store, fixture->http, fixture->secrets);
  pursuit_sync_engine_set_google_client (fixture->sync, MAIL_TEST_CLIENT_ID, MAIL_TEST_CLIENT_SECRET);
  fixture->mail = pursuit_mail_engine_new (fixture->sync);
  pursuit_mail_engine_set_time_zone (fixture->mail, utc);
  /* The fake's mailbox reaches back months. */
  pursuit_mail_engine_set_window_days (fixture->mail, 3650);
  _pursuit_mail_engine_set_part_retry_delay (fixture->mail, 10);
}

static void
drop_engines (MailFixture *fixture)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* Runs cancelled by pursuit_mail_engine_stop () hold the engine until
   * they have ended. */
  while (fixture->mail != NULL && G_OBJECT (fixture->mail)->ref_count > 1 &&
         g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_clear_object (&fixture->mail);
  g_clear_object (&fixture->sync);
  g_clear_object (&fixture->secrets);
  g_clear_object (&fixture->http);
}

void
mail_fixture_setup (MailFixture   *fixture,
                    gconstpointer  data)
{
  g_autoptr(GAsyncResult) added = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(GError) error = NULL;

  if (pursuit_test_keyring_missing ())
    return;

  store_fixture_setup (&fixture->store, data);
  fixture->fake = pursuit_test_google_start (MAIL_TEST_CLIENT_ID, MAIL_TEST_CLIENT_SECRET);
  fixture->browser = soup_session_new ();
  make_engines (fixture);

  pursuit_sync_engine_add_google_account_async (fixture->sync, pursuit_test_google_open_in_browser,
                                                fixture->browser, NULL, pursuit_test_store_result, &added);
  fixture->account_id = pursuit_sync_engine_add_google_account_finish (fixture->sync,
                                                                       pursuit_test_wait_for (&added), &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->account_id, >, 0);

  account = get_stored_account (fixture->store.store, fixture->account_id);
  g_assert_false (pursuit_account_get_mail_enabled (account));

  g_assert_true (mail_fixture_enable_gmail (fixture, &error));
  g_assert_no_error (error);

  g_clear_object (&account);
  account = get_stored_account (fixture->store.store, fixture->account_id);
  g_assert_true (pursuit_account_get_mail_enabled (account));
  g_assert_true (pursuit_google_scopes_have_gmail (pursuit_account_get_scopes (account)));
  fixture->email = g_strdup (pursuit_account_get_label (account));
}

void
mail_fixture_teardown (MailFixture   *fixture,
                       gconstpointer  data)
{
  if (pursuit_test_keyring_missing ())
    return;

  drop_engines (fixture);
  g_clear_object (&fixture->browser);
  pursuit_test_google_stop (&fixture->fake);
  g_clear_pointer (&fixture->email, g_free);
  store_fixture_teardown (&fixture->store, data);
}

void
mail_fixture_restart (MailFixture *fixture)
{
  g_autoptr(GError) error = NULL;

  drop_engines (fixture);
  g_object_add_weak_pointer (G_OBJECT (fixture->store.store), (gpointer *) &fixture->store.store);
  g_object_unref (fixture->store.store);
  g_assert_null (fixture->store.store);

  fixture->store.store = pursuit_store_new (fixture->store.path, &error);
  g_assert_no_error (error);
  make_engines (fixture);
}

PursuitSyncReport *
mail_fixture_sync (MailFixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PursuitSyncReport *report;

  pursuit_mail_engine_sync_async (fixture->mail, 0, NULL, NULL, pursuit_test_store_result, &result);
  report = pursuit_mail_engine_sync_finish (fixture->mail, pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

gint64
mail_fixture_queue (MailFixture *fixture,
                    const char  *kind,
                    gint64       job_id,
                    gint64       follow_up_id,
                    const char  *to,
                    const char  *subject,
                    const char  *body,
                    const char  *thread_id,
                    const char  *in_reply_to)
{
  g_autoptr(PursuitOutgoingMail) mail = pursuit_outgoing_mail_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  mail->from_address = g_strdup (fixture->email);
  mail->from_name = g_strdup ("Ann Example");
  mail->to = g_strdup (to);
  mail->subject = g_strdup (subject);
  mail->body = g_strdup (body);
  mail->thread_id = g_strdup (thread_id);
  mail->in_reply_to = g_strdup (in_reply_to);
  mail->references = g_strdup (in_reply_to);

  id = pursuit_store_queue_mail (fixture->store.store, fixture->account_id, kind, job_id, follow_up_id,
                                 mail, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

char *
mail_fixture_deliver (MailFixture *fixture,
                      const char  *from,
                      const char  *subject,
                      const char  *body,
                      const char  *message_id,
                      const char  *in_reply_to)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%a, %d %b %Y %H:%M:%S +0000");
  char *id;

  g_string_append_printf (text, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n",
                          from, fixture->email, subject, date, message_id);
  if (in_reply_to != NULL)
    g_string_append_printf (text, "In-Reply-To: %s\r\nReferences: %s\r\n", in_reply_to, in_reply_to);
  g_string_append_printf (text, "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                          "Content-Transfer-Encoding: 8bit\r\n\r\n%s\r\n", body);
  bytes = g_bytes_new (text->str, text->len);
  id = fake_google_add_raw_message (fixture->fake, bytes, NULL, 0);
  g_assert_nonnull (id);
  return id;
}

gboolean
mail_fixture_enable_gmail (MailFixture  *fixture,
                           GError      **error)
{
  g_autoptr(GAsyncResult) enabled = NULL;

  pursuit_sync_engine_enable_gmail_async (fixture->sync, fixture->account_id, pursuit_test_google_open_in_browser,
                                          fixture->browser, NULL, pursuit_test_store_result, &enabled);
  return pursuit_sync_engine_enable_gmail_finish (fixture->sync, pursuit_test_wait_for (&enabled), error);
}

gint64
mail_fixture_count_messages (MailFixture *fixture)
{
  return count_store_rows (fixture->store.store, "SELECT count (*) FROM mail_messages");
}
