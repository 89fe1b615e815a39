/* test-mail-send.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Sending queued mail through the mail engine against the fake Google:
 * plain, reply, draft, non-ASCII, exactly once after a lost answer or a
 * crash, and a failure for good. */

#include "pursuit-mail-composer.h"
#include "pursuit-mail-parser.h"
#include "pursuit-test-keyring.h"
#include "pursuit-test-mail.h"

#define DAY ((gint64) 24 * 3600)

typedef struct
{
  gint64  outbox_id;
  char   *kind;
  char   *error;
  guint   n;
} SentSignal;

static void
on_mail_sent_cb (PursuitMailEngine *engine,
                 gint64             outbox_id,
                 const char        *kind,
                 const char        *error,
                 SentSignal        *sent)
{
  sent->outbox_id = outbox_id;
  g_free (sent->kind);
  sent->kind = g_strdup (kind);
  g_free (sent->error);
  sent->error = g_strdup (error);
  sent->n++;
}

static void
sent_signal_clear (SentSignal *sent)
{
  g_clear_pointer (&sent->kind, g_free);
  g_clear_pointer (&sent->error, g_free);
}

static gint64
add_due_follow_up (MailFixture *fixture,
                   gint64       job_id)
{
  return add_follow_up_due (fixture->store.store, job_id, g_get_real_time () / G_USEC_PER_SEC - DAY);
}

/* A follow-up due on Backend Engineer at Acme, and @kind of it queued to
 * @to; returns the outbox item's id. */
static gint64
queue_follow_up (MailFixture *fixture,
                 const char  *kind,
                 const char  *to,
                 const char  *subject,
                 const char  *body,
                 gint64      *job_id,
                 gint64      *follow_up_id)
{
  *job_id = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");
  *follow_up_id = add_due_follow_up (fixture, *job_id);
  return mail_fixture_queue (fixture, kind, *job_id, *follow_up_id, to, subject, body, NULL, NULL);
}

static char *
dup_follow_up_status (MailFixture *fixture,
                      gint64       follow_up_id)
{
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  g_autoptr(GError) error = NULL;

  follow_up = pursuit_store_get_follow_up (fixture->store.store, follow_up_id, &error);
  g_assert_no_error (error);
  return g_strdup (pursuit_follow_up_get_status (follow_up));
}

/* The job's timeline event of @kind, NULL when none. */
static PursuitTimelineEvent *
find_event (MailFixture *fixture,
            gint64       job_id,
            const char  *kind)
{
  g_autoptr(GPtrArray) events = pursuit_store_list_events (fixture->store.store, job_id);

  for (guint i = 0; events != NULL && i < events->len; i++)
    if (g_strcmp0 (pursuit_timeline_event_get_kind (g_ptr_array_index (events, i)), kind) == 0)
      return g_object_ref (g_ptr_array_index (events, i));
  return NULL;
}

/* The parsed message Gmail sent last. */
static PursuitMailMessage *
parse_last_sent (MailFixture *fixture,
                 char       **out_gmail_id)
{
  g_autoptr(GPtrArray) sent = fake_google_list_sent_ids (fixture->fake);
  g_autoptr(GBytes) raw = NULL;
  g_autoptr(GError) error = NULL;
  PursuitMailMessage *message;

  g_assert_cmpuint (sent->len, >, 0);
  raw = fake_google_get_raw_message (fixture->fake, g_ptr_array_index (sent, sent->len - 1));
  g_assert_nonnull (raw);
  message = pursuit_mail_parse (raw, &error);
  g_assert_no_error (error);
  if (out_gmail_id != NULL)
    *out_gmail_id = g_strdup (g_ptr_array_index (sent, sent->len - 1));
  return message;
}

static guint
count_sent (MailFixture *fixture)
{
  g_autoptr(GPtrArray) sent = fake_google_list_sent_ids (fixture->fake);

  return sent->len;
}

static void
test_send_plain (MailFixture   *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autoptr(PursuitTimelineEvent) event = NULL;
  g_autofree char *status = NULL;
  g_autofree char *gmail_id = NULL;
  g_autofree char *thread_id = NULL;
  g_autofree char *url = NULL;
  SentSignal sent = { 0 };
  gint64 job_id, follow_up_id, outbox_id;

  if (pursuit_test_keyring_skip ())
    return;

  outbox_id = queue_follow_up (fixture, PURSUIT_OUTBOX_GMAIL_SEND, "Rita Recruiter <rita@acme.example>",
                               "Following up on my application",
                               "Hello Rita,\n\nI wanted to follow up.\n\nAnn", &job_id, &follow_up_id);
  g_signal_connect (fixture->mail, "mail-sent", G_CALLBACK (on_mail_sent_cb), &sent);

  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_SENT), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_DRAFTED), ==, 0);
  g_assert_cmpuint (sent.n, ==, 1);
  g_assert_cmpint (sent.outbox_id, ==, outbox_id);
  g_assert_cmpstr (sent.kind, ==, PURSUIT_OUTBOX_GMAIL_SEND);
  g_assert_null (sent.error);

  g_assert_cmpuint (count_sent (fixture), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.send"), ==, 1);
  message = parse_last_sent (fixture, &gmail_id);
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, "Following up on my application");
  g_assert_cmpstr (pursuit_mail_message_get_from_address (message), ==, fixture->email);
  g_assert_nonnull (strstr (pursuit_mail_message_get_body_text (message), "I wanted to follow up."));
  g_assert_null (pursuit_mail_message_get_in_reply_to (message));

  /* Done in the store: the follow-up, the timeline with its link. */
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  status = dup_follow_up_status (fixture, follow_up_id);
  g_assert_cmpstr (status, ==, "sent");
  event = find_event (fixture, job_id, "email-sent");
  g_assert_nonnull (event);
  thread_id = fake_google_get_message_thread_id (fixture->fake, gmail_id);
  url = pursuit_mail_web_url (fixture->email, thread_id);
  g_assert_cmpstr (pursuit_timeline_event_get_url (event), ==, url);

  /* Nothing is sent twice. */
  g_clear_object (&report);
  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_SENT), ==, 0);
  g_assert_cmpuint (count_sent (fixture), ==, 1);
  sent_signal_clear (&sent);
}

/* A reply to the message the job's mail came in: found by the store
 * (pursuit_store_get_job_reply_target) after a sync matched it, sent
 * with its thread id and headers, and put in that thread by Gmail. */
static void
test_send_reply (MailFixture   *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) read = NULL;
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitMailMessage) target = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autofree char *incoming = NULL;
  g_autofree char *incoming_thread = NULL;
  g_autofree char *gmail_id = NULL;
  g_autofree char *sent_thread = NULL;
  g_autofree char *subject = NULL;
  gint64 job_id;

  if (pursuit_test_keyring_skip ())
    return;

  job_id = add_job (fixture->store.store, "Data Engineer", "Globex", "applied");
  incoming = mail_fixture_deliver (fixture, "Gina at Globex <gina@globex.example>",
                                   "Your application for Data Engineer at Globex",
                                   "Hi Ann,\n\nThank you for applying to the Data Engineer role at Globex. "
                                   "We would like to schedule a call. Could you tell us when you are free?",
                                   "<first-contact@globex.example>", NULL);
  incoming_thread = fake_google_get_message_thread_id (fixture->fake, incoming);
  read = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (read), ==, 0);

  target = pursuit_store_get_job_reply_target (fixture->store.store, job_id, fixture->account_id);
  g_assert_nonnull (target);
  g_assert_cmpstr (pursuit_mail_message_get_thread_id (target), ==, incoming_thread);
  g_assert_cmpstr (pursuit_mail_message_get_message_id (target), ==, "<first-contact@globex.example>");

  subject = pursuit_mail_reply_subject (pursuit_mail_message_get_subject (target));
  mail_fixture_queue (fixture, PURSUIT_OUTBOX_GMAIL_SEND, job_id, 0, "gina@globex.example", subject,
                      "Hi Gina, any afternoon next week works.",
                      pursuit_mail_message_get_thread_id (target), pursuit_mail_message_get_message_id (target));
  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_SENT), ==, 1);

  message = parse_last_sent (fixture, &gmail_id);
  g_assert_cmpstr (pursuit_mail_message_get_in_reply_to (message), ==, "<first-contact@globex.example>");
  g_assert_nonnull (strstr (pursuit_mail_message_get_references (message), "<first-contact@globex.example>"));
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, "Re: Your application for Data Engineer at Globex");
  /* Gmail put it in the thread. */
  sent_thread = fake_google_get_message_thread_id (fixture->fake, gmail_id);
  g_assert_cmpstr (sent_thread, ==, incoming_thread);
}

static void
test_send_draft (MailFixture   *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitTimelineEvent) event = NULL;
  g_autofree char *status = NULL;
  gint64 job_id, follow_up_id;

  if (pursuit_test_keyring_skip ())
    return;

  queue_follow_up (fixture, PURSUIT_OUTBOX_GMAIL_DRAFT, "rita@acme.example",
                   "Checking in", "Hello Rita, checking in on my application.", &job_id, &follow_up_id);

  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_DRAFTED), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_SENT), ==, 0);
  g_assert_cmpuint (fake_google_count_drafts (fixture->fake), ==, 1);
  g_assert_cmpuint (count_sent (fixture), ==, 0);

  /* A draft is not a follow-up done. */
  status = dup_follow_up_status (fixture, follow_up_id);
  g_assert_cmpstr (status, ==, "pending");
  event = find_event (fixture, job_id, "email-draft-saved");
  g_assert_nonnull (event);
  g_assert_true (g_str_has_prefix (pursuit_timeline_event_get_url (event), "https://mail.google.com/"));
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
}

static void
test_send_non_ascii (MailFixture   *fixture,
                     gconstpointer  data)
{
  const char *subject = "Bewerbung – Rückfrage zu „Entwicklerin“ 🙂";
  const char *body = "Sehr geehrte Frau Müller,\n\nich möchte höflich nachfragen: Grüße aus Köln, Zoë.";
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  gint64 job_id;

  if (pursuit_test_keyring_skip ())
    return;

  job_id = add_job (fixture->store.store, "Entwicklerin", "Müller & Söhne", "applied");
  mail_fixture_queue (fixture, PURSUIT_OUTBOX_GMAIL_SEND, job_id, 0, "Zoë Müller <zoe@mueller.example>",
                      subject, body, NULL, NULL);
  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_SENT), ==, 1);

  message = parse_last_sent (fixture, NULL);
  g_assert_cmpstr (pursuit_mail_message_get_subject (message), ==, subject);
  g_assert_nonnull (strstr (pursuit_mail_message_get_to (message), "Zoë Müller"));
  g_assert_nonnull (strstr (pursuit_mail_message_get_body_text (message), "Grüße aus Köln, Zoë."));
}

/* The server sends the message, then the connection drops before the
 * answer: the next attempt, by a new engine after a restart, finds the
 * message and sends nothing. */
static void
test_send_lost_response (MailFixture   *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) first = NULL;
  g_autoptr(PursuitSyncReport) second = NULL;
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(PursuitTimelineEvent) event = NULL;
  g_autofree char *status = NULL;
  gint64 job_id, follow_up_id;

  if (pursuit_test_keyring_skip ())
    return;

  queue_follow_up (fixture, PURSUIT_OUTBOX_GMAIL_SEND, "rita@acme.example",
                   "Following up", "Hello Rita, following up on my application.", &job_id, &follow_up_id);
  fake_google_add_fault (fixture->fake, "gmail.users.messages.send", FAKE_GOOGLE_FAULT_LOST_RESPONSE, 0, 0, 1);

  first = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (first, PURSUIT_SYNC_MAIL_SENT), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (first), ==, 1);
  g_assert_cmpuint (count_sent (fixture), ==, 1);
  item = get_only_outbox_item (fixture->store.store, fixture->account_id);
  g_assert_cmpstr (pursuit_outbox_item_get_state (item), ==, "pending");
  g_assert_cmpint (pursuit_outbox_item_get_attempts (item), ==, 1);
  g_assert_nonnull (pursuit_outbox_item_get_last_error (item));
  status = dup_follow_up_status (fixture, follow_up_id);
  g_assert_cmpstr (status, ==, "pending");
  g_clear_pointer (&status, g_free);

  mail_fixture_restart (fixture);
  second = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (second), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (second, PURSUIT_SYNC_MAIL_SENT), ==, 1);
  g_assert_cmpuint (count_sent (fixture), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.send"), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  status = dup_follow_up_status (fixture, follow_up_id);
  g_assert_cmpstr (status, ==, "sent");
  event = find_event (fixture, job_id, "email-sent");
  g_assert_nonnull (event);
  g_assert_nonnull (pursuit_timeline_event_get_url (event));
}

/* Pursuit quit after Gmail took the message and before it wrote that
 * down: the item looks untried, and is still not sent twice. */
static void
test_send_after_crash (MailFixture   *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(GBytes) raw = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *thread_id = NULL;
  g_autofree char *id = NULL;
  gint64 job_id, payload_job_id = 0, payload_follow_up_id = -1;

  if (pursuit_test_keyring_skip ())
    return;

  job_id = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");
  mail_fixture_queue (fixture, PURSUIT_OUTBOX_GMAIL_SEND, job_id, 0, "rita@acme.example",
                      "Following up", "Hello Rita.", NULL, NULL);
  item = get_only_outbox_item (fixture->store.store, fixture->account_id);
  g_assert_cmpint (pursuit_outbox_item_get_attempts (item), ==, 0);
  g_assert_true (pursuit_store_parse_mail_payload (pursuit_outbox_item_get_payload (item), &raw, &message_id,
                                                   &thread_id, &payload_job_id, &payload_follow_up_id, &error));
  g_assert_cmpint (payload_job_id, ==, job_id);
  g_assert_cmpint (payload_follow_up_id, ==, 0);
  g_assert_no_error (error);
  id = fake_google_add_raw_message (fixture->fake, raw, "SENT", 0);
  g_assert_nonnull (id);

  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_SENT), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.send"), ==, 0);
  g_assert_cmpuint (count_sent (fixture), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
}

static void
test_send_permanent_failure (MailFixture   *fixture,
                             gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autofree char *status = NULL;
  SentSignal sent = { 0 };
  gint64 job_id, follow_up_id, outbox_id;

  if (pursuit_test_keyring_skip ())
    return;

  outbox_id = queue_follow_up (fixture, PURSUIT_OUTBOX_GMAIL_SEND, "rita@acme.example",
                               "Following up", "Hello Rita.", &job_id, &follow_up_id);
  fake_google_add_fault (fixture->fake, "gmail.users.messages.send", FAKE_GOOGLE_FAULT_STATUS, 400, 0, 1);
  g_signal_connect (fixture->mail, "mail-sent", G_CALLBACK (on_mail_sent_cb), &sent);

  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_SENT), ==, 0);
  g_assert_cmpuint (count_sent (fixture), ==, 0);
  g_assert_cmpuint (sent.n, ==, 1);
  g_assert_cmpint (sent.outbox_id, ==, outbox_id);
  g_assert_nonnull (sent.error);

  item = get_only_outbox_item (fixture->store.store, fixture->account_id);
  g_assert_cmpstr (pursuit_outbox_item_get_state (item), ==, "failed");
  g_assert_cmpstr (pursuit_outbox_item_get_last_error (item), ==, sent.error);
  status = dup_follow_up_status (fixture, follow_up_id);
  g_assert_cmpstr (status, ==, "pending");

  /* Failed items stay failed until the user retries them. */
  g_clear_object (&report);
  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.send"), ==, 1);
  sent_signal_clear (&sent);
}

/* Automatic mode sends what is queued without being asked. */
static void
test_send_automatic (MailFixture   *fixture,
                     gconstpointer  data)
{
  SentSignal sent = { 0 };
  gint64 job_id;
  gint64 deadline;

  if (pursuit_test_keyring_skip ())
    return;

  job_id = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");
  g_signal_connect (fixture->mail, "mail-sent", G_CALLBACK (on_mail_sent_cb), &sent);
  pursuit_mail_engine_start (fixture->mail);
  mail_fixture_queue (fixture, PURSUIT_OUTBOX_GMAIL_SEND, job_id, 0, "rita@acme.example",
                      "Following up", "Hello Rita.", NULL, NULL);

  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (sent.n == 0 && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_assert_cmpuint (sent.n, ==, 1);
  g_assert_null (sent.error);
  g_assert_cmpuint (count_sent (fixture), ==, 1);

  pursuit_mail_engine_stop (fixture->mail);
  sent_signal_clear (&sent);
}

#define ADD(path, func) \
  g_test_add (path, MailFixture, NULL, mail_fixture_setup, func, mail_fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  pursuit_test_keyring_init (&argc, &argv);

  ADD ("/mail-send/plain", test_send_plain);
  ADD ("/mail-send/reply", test_send_reply);
  ADD ("/mail-send/draft", test_send_draft);
  ADD ("/mail-send/non-ascii", test_send_non_ascii);
  ADD ("/mail-send/lost-response", test_send_lost_response);
  ADD ("/mail-send/after-crash", test_send_after_crash);
  ADD ("/mail-send/permanent-failure", test_send_permanent_failure);
  ADD ("/mail-send/automatic", test_send_automatic);

  return pursuit_test_keyring_run ();
}
