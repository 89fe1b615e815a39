/* test-mail-sync.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading the inbox through the mail engine against the fake Google:
 * first sync, incremental with and without news, an expired history, a
 * batch with failed parts, cancel and resume, automatic apply, Gmail off
 * and an account without the Gmail scopes. */

#include "pursuit-google-endpoints.h"
#include "pursuit-pipeline.h"
#include "pursuit-test-async.h"
#include "pursuit-test-keyring.h"
#include "pursuit-test-mail.h"

#define REJECTION_BODY \
  "Dear Ann,\n\nThank you for your interest in the Backend Engineer position at Initech and for " \
  "the time you invested in your application.\n\nAfter careful consideration, we regret to inform " \
  "you that we have decided not to move forward with your application. We have decided to pursue " \
  "other candidates whose experience more closely matches our needs.\n\nWe wish you all the best " \
  "in your job search.\n\nInitech Talent Acquisition"

#define INTERVIEW_BODY \
  "Hi Ann,\n\nThank you for applying to the Data Engineer role at Globex. We would like to invite " \
  "you to an interview with our engineering team on Thursday, December 3, 2026 at 2:00 PM UTC. " \
  "The interview will take 45 minutes on Google Meet: https://meet.google.com/abc-defg-hij\n\n" \
  "Please confirm that this time works for you.\n\nBest regards,\nGina, Globex Recruiting"

typedef struct
{
  guint   n_progress;
  guint   last_done;
  guint   last_total;
  guint   cancel_at;
  GCancellable *cancellable;
  GArray *applied;
} Watch;

static void
on_progress_cb (PursuitMailEngine *engine,
                gint64             account_id,
                guint              done,
                guint              total,
                Watch             *watch)
{
  watch->n_progress++;
  watch->last_done = done;
  watch->last_total = total;
  if (watch->cancellable != NULL && watch->cancel_at > 0 && done >= watch->cancel_at)
    g_cancellable_cancel (watch->cancellable);
}

static void
on_applied_cb (PursuitMailEngine *engine,
               gint64             suggestion_id,
               Watch             *watch)
{
  g_array_append_val (watch->applied, suggestion_id);
}

static PursuitMailSuggestion *
find_suggestion (MailFixture *fixture,
                 gint64       job_id,
                 const char  *state)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;

  suggestions = pursuit_store_list_mail_suggestions (fixture->store.store, state, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < suggestions->len; i++)
    if (pursuit_mail_suggestion_get_job_id (g_ptr_array_index (suggestions, i)) == job_id)
      return g_object_ref (g_ptr_array_index (suggestions, i));
  return NULL;
}

static char *
dup_job_stage (MailFixture *fixture,
               gint64       job_id)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  job = pursuit_store_get_job (fixture->store.store, job_id, &error);
  g_assert_no_error (error);
  return g_strdup (pursuit_job_get_stage (job));
}

static char *
dup_history_id (MailFixture *fixture)
{
  g_autoptr(PursuitAccount) account = get_stored_account (fixture->store.store, fixture->account_id);

  return g_strdup (pursuit_account_get_mail_history_id (account));
}

static char *
dup_mail_error (MailFixture *fixture)
{
  g_autoptr(PursuitAccount) account = get_stored_account (fixture->store.store, fixture->account_id);

  return g_strdup (pursuit_account_get_mail_last_error (account));
}

static void
deliver_job_mail (MailFixture *fixture)
{
  g_autofree char *rejection = NULL;
  g_autofree char *interview = NULL;

  rejection = mail_fixture_deliver (fixture, "Initech Talent Acquisition <talent@initech.example>",
                                    "Your application for Backend Engineer at Initech", REJECTION_BODY,
                                    "<rejection-1@initech.example>", NULL);
  interview = mail_fixture_deliver (fixture, "Gina at Globex <gina@globex.example>",
                                    "Interview invitation: Data Engineer at Globex", INTERVIEW_BODY,
                                    "<interview-1@globex.example>", NULL);
}

static void
test_first_sync (MailFixture   *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitMailSuggestion) rejection = NULL;
  g_autoptr(PursuitMailSuggestion) interview = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autofree char *history_id = NULL;
  g_autofree char *mail_error = NULL;
  Watch watch = { 0 };
  gint64 initech, globex;
  guint n, fetched;

  if (pursuit_test_keyring_skip ())
    return;

  fake_google_seed_messages (fixture->fake, 60);
  initech = add_job (fixture->store.store, "Backend Engineer", "Initech", "applied");
  globex = add_job (fixture->store.store, "Data Engineer", "Globex", "applied");
  deliver_job_mail (fixture);
  n = fake_google_count_messages (fixture->fake);
  g_signal_connect (fixture->mail, "progress", G_CALLBACK (on_progress_cb), &watch);

  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);
  /* The inbox: not what the user sent, nor archived mail. */
  fetched = pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_FETCHED);
  g_assert_cmpuint (fetched, <=, n);
  g_assert_cmpuint (fetched, >=, n / 2);
  g_assert_cmpint (mail_fixture_count_messages (fixture), ==, fetched);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_JOB_RELATED), >=, 2);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_SUGGESTED), >=, 2);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_APPLIED), ==, 0);
  /* getProfile, one list page (500), one batch (100) of messages and
   * one of their calendar attachments. */
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.getProfile"), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.list"), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.get"), ==, fetched);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.batch"), <=, 2);
  g_assert_cmpuint (watch.last_done, ==, fetched);
  g_assert_cmpuint (watch.last_total, ==, fetched);
  g_assert_false (pursuit_mail_engine_get_syncing (fixture->mail));

  history_id = dup_history_id (fixture);
  g_assert_nonnull (history_id);
  mail_error = dup_mail_error (fixture);
  g_assert_null (mail_error);

  /* The right suggestion on the right job. */
  rejection = find_suggestion (fixture, initech, PURSUIT_SUGGESTION_PENDING);
  g_assert_nonnull (rejection);
  g_assert_cmpint (pursuit_mail_suggestion_get_category (rejection), ==, PURSUIT_MAIL_REJECTION);
  g_assert_cmpint (pursuit_mail_suggestion_get_action (rejection), ==, PURSUIT_SUGGESTION_MOVE_STAGE);
  g_assert_cmpstr (pursuit_mail_suggestion_get_target_stage (rejection), ==, PURSUIT_STAGE_REJECTED);
  g_assert_cmpstr (pursuit_mail_suggestion_get_subject (rejection), ==,
                   "Your application for Backend Engineer at Initech");

  interview = find_suggestion (fixture, globex, PURSUIT_SUGGESTION_PENDING);
  g_assert_nonnull (interview);
  g_assert_cmpint (pursuit_mail_suggestion_get_category (interview), ==, PURSUIT_MAIL_INTERVIEW);
  g_assert_cmpint (pursuit_mail_suggestion_get_action (interview), ==, PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW);
  starts = g_date_time_new_utc (2026, 12, 3, 14, 0, 0);
  g_assert_cmpint (pursuit_mail_suggestion_get_interview_starts_at (interview), ==, g_date_time_to_unix (starts));

  /* Nothing applied by itself: the stages are where they were. */
  {
    g_autofree char *stage = dup_job_stage (fixture, initech);
    g_assert_cmpstr (stage, ==, "applied");
  }
}

static void
test_incremental (MailFixture   *fixture,
                  gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) first = NULL;
  g_autoptr(PursuitSyncReport) nothing = NULL;
  g_autoptr(PursuitSyncReport) news = NULL;
  g_autoptr(PursuitMailSuggestion) rejection = NULL;
  g_autofree char *history_before = NULL;
  g_autofree char *history_after = NULL;
  g_autofree char *rejection_id = NULL;
  gint64 initech;
  gint64 stored;
  guint before;

  if (pursuit_test_keyring_skip ())
    return;

  fake_google_seed_messages (fixture->fake, 30);
  initech = add_job (fixture->store.store, "Backend Engineer", "Initech", "applied");
  first = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (first), ==, 0);
  stored = mail_fixture_count_messages (fixture);
  g_assert_cmpint (stored, >, 0);
  history_before = dup_history_id (fixture);

  /* Nothing new: one request. */
  before = fake_google_count_requests (fixture->fake, NULL);
  nothing = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (nothing), ==, 0);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, NULL) - before, ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_requests (nothing), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.history.list"), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (nothing, PURSUIT_SYNC_MAIL_FETCHED), ==, 0);

  /* A new message: history, then one get. */
  rejection_id = mail_fixture_deliver (fixture, "Initech Talent Acquisition <talent@initech.example>",
                                       "Your application for Backend Engineer at Initech", REJECTION_BODY,
                                       "<rejection-2@initech.example>", NULL);
  news = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (news), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (news, PURSUIT_SYNC_MAIL_FETCHED), ==, 1);
  g_assert_cmpint (mail_fixture_count_messages (fixture), ==, stored + 1);
  rejection = find_suggestion (fixture, initech, PURSUIT_SUGGESTION_PENDING);
  g_assert_nonnull (rejection);
  g_assert_cmpint (pursuit_mail_suggestion_get_category (rejection), ==, PURSUIT_MAIL_REJECTION);
  history_after = dup_history_id (fixture);
  g_assert_nonnull (history_after);
  g_assert_cmpstr (history_after, !=, history_before);
}

static void
test_history_expired (MailFixture   *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) first = NULL;
  g_autoptr(PursuitSyncReport) second = NULL;
  g_autofree char *id = NULL;
  g_autofree char *history = NULL;
  guint gets_before;
  gint64 inbox;

  if (pursuit_test_keyring_skip ())
    return;

  fake_google_seed_messages (fixture->fake, 40);
  first = mail_fixture_sync (fixture);
  inbox = mail_fixture_count_messages (fixture);
  g_assert_cmpint (inbox, >, 0);

  id = mail_fixture_deliver (fixture, "Someone <someone@elsewhere.example>", "Hello", "Just saying hello.",
                             "<hello-1@elsewhere.example>", NULL);
  fake_google_expire_history (fixture->fake);
  gets_before = fake_google_count_requests (fixture->fake, "gmail.users.messages.get");

  second = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (second), ==, 0);
  /* A full listing, but only the new message is fetched. */
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.getProfile"), ==, 2);
  g_assert_cmpuint (pursuit_sync_report_get_total (second, PURSUIT_SYNC_MAIL_FETCHED), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.get") - gets_before, ==, 1);
  g_assert_cmpint (mail_fixture_count_messages (fixture), ==, inbox + 1);
  history = dup_history_id (fixture);
  g_assert_nonnull (history);
}

static void
test_failed_parts (MailFixture   *fixture,
                   gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitSyncReport) again = NULL;
  g_autofree char *history = NULL;
  g_autofree char *mail_error = NULL;
  gint64 inbox;

  if (pursuit_test_keyring_skip ())
    return;

  fake_google_seed_messages (fixture->fake, 50);
  /* Three parts of the batch answer 429: asked again, read in the end. */
  fake_google_add_fault (fixture->fake, "gmail.users.messages.get", FAKE_GOOGLE_FAULT_STATUS, 429, 0, 3);
  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);
  inbox = mail_fixture_count_messages (fixture);
  g_assert_cmpint (inbox, >, 10);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_FETCHED), ==, inbox);

  /* Parts that keep failing: what was read is kept, the history id is
   * not moved, the next sync reads the rest. */
  g_clear_object (&report);
  mail_fixture_restart (fixture);
  exec_store_sql (fixture->store.store, "DELETE FROM mail_messages WHERE id IN "
                                        "(SELECT id FROM mail_messages ORDER BY id DESC LIMIT 5)");
  exec_store_sql (fixture->store.store, "UPDATE accounts SET mail_history_id = NULL");
  fake_google_add_fault (fixture->fake, "gmail.users.messages.get", FAKE_GOOGLE_FAULT_STATUS, 500, 0, 100);
  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 1);
  g_assert_cmpint (mail_fixture_count_messages (fixture), ==, inbox - 5);
  history = dup_history_id (fixture);
  g_assert_null (history);
  mail_error = dup_mail_error (fixture);
  g_assert_nonnull (mail_error);

  /* Once the faults are used up, the rest is read. */
  for (guint i = 0; i < 50; i++)
    {
      g_clear_object (&again);
      again = mail_fixture_sync (fixture);
      if (pursuit_sync_report_get_n_errors (again) == 0)
        break;
      g_assert_cmpint (mail_fixture_count_messages (fixture), ==, inbox - 5);
    }
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (again), ==, 0);
  g_assert_cmpint (mail_fixture_count_messages (fixture), ==, inbox);
  g_clear_pointer (&history, g_free);
  history = dup_history_id (fixture);
  g_assert_nonnull (history);
}

static void
test_cancel_resume (MailFixture   *fixture,
                    gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitSyncReport) resumed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *history = NULL;
  Watch watch = { 0 };
  gint64 stored;
  gulong handler;

  if (pursuit_test_keyring_skip ())
    return;

  fake_google_seed_messages (fixture->fake, 450);
  watch.cancellable = g_cancellable_new ();
  watch.cancel_at = 100;
  handler = g_signal_connect (fixture->mail, "progress", G_CALLBACK (on_progress_cb), &watch);

  pursuit_mail_engine_sync_async (fixture->mail, 0, NULL, watch.cancellable, pursuit_test_store_result, &result);
  report = pursuit_mail_engine_sync_finish (fixture->mail, pursuit_test_wait_for (&result), &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (report);
  g_clear_signal_handler (&handler, fixture->mail);
  g_clear_object (&watch.cancellable);
  g_assert_false (pursuit_mail_engine_get_syncing (fixture->mail));

  /* What was saved stays saved; the history id waits. */
  stored = mail_fixture_count_messages (fixture);
  g_assert_cmpint (stored, >=, 100);
  g_assert_cmpint (stored, <=, 200);
  history = dup_history_id (fixture);
  g_assert_null (history);

  resumed = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (resumed), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (resumed, PURSUIT_SYNC_MAIL_FETCHED), >, 0);
  g_assert_cmpint (mail_fixture_count_messages (fixture), ==,
                   stored + pursuit_sync_report_get_total (resumed, PURSUIT_SYNC_MAIL_FETCHED));
  g_assert_cmpint (mail_fixture_count_messages (fixture), >, 200);
  history = dup_history_id (fixture);
  g_assert_nonnull (history);
}

static void
test_auto_apply (MailFixture   *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitMailSuggestion) applied = NULL;
  g_autofree char *stage = NULL;
  Watch watch = { 0 };
  gint64 initech;

  if (pursuit_test_keyring_skip ())
    return;

  watch.applied = g_array_new (FALSE, FALSE, sizeof (gint64));
  initech = add_job (fixture->store.store, "Backend Engineer", "Initech", "applied");
  deliver_job_mail (fixture);
  pursuit_mail_engine_set_auto_apply_threshold (fixture->mail, 0.8);
  g_signal_connect (fixture->mail, "suggestion-applied", G_CALLBACK (on_applied_cb), &watch);

  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_APPLIED), ==, 1);
  g_assert_cmpuint (watch.applied->len, ==, 1);

  applied = find_suggestion (fixture, initech, NULL);
  g_assert_nonnull (applied);
  g_assert_cmpint (pursuit_mail_suggestion_get_id (applied), ==, g_array_index (watch.applied, gint64, 0));
  g_assert_cmpstr (pursuit_mail_suggestion_get_state (applied), ==, PURSUIT_SUGGESTION_APPLIED);
  g_assert_cmpfloat (pursuit_mail_suggestion_get_confidence (applied), >=, 0.8);
  stage = dup_job_stage (fixture, initech);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_REJECTED);
  g_array_unref (watch.applied);
}

static void
count_cb (guint *n)
{
  (*n)++;
}

static void
test_disabled (MailFixture   *fixture,
               gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changes = 0;
  gint64 deadline;
  guint before;

  if (pursuit_test_keyring_skip ())
    return;

  fake_google_seed_messages (fixture->fake, 10);
  mail_fixture_queue (fixture, PURSUIT_OUTBOX_GMAIL_SEND, add_job (fixture->store.store, "X", "Initech", "applied"),
                      0, "rita@initech.example", "Hello", "Hello.", NULL, NULL);
  g_assert_true (pursuit_sync_engine_disable_gmail (fixture->sync, fixture->account_id, &error));
  g_assert_no_error (error);

  before = fake_google_count_requests (fixture->fake, NULL);
  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, NULL), ==, before);
  g_assert_cmpuint (pursuit_sync_report_get_requests (report), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);
  g_assert_cmpint (mail_fixture_count_messages (fixture), ==, 0);
  /* The queued mail waits for Gmail to be on again. */
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 1);

  /* The calendar's engine leaves it alone, and does not spin on it. */
  g_signal_connect_swapped (fixture->sync, "account-state-changed", G_CALLBACK (count_cb), &n_changes);
  pursuit_sync_engine_start (fixture->sync);
  deadline = g_get_monotonic_time () + 300 * 1000;
  while (g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  pursuit_sync_engine_stop (fixture->sync);
  g_assert_cmpuint (n_changes, <=, 4);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 1);
}

static void
test_no_scopes (MailFixture   *fixture,
                gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *mail_error = NULL;
  guint before;

  if (pursuit_test_keyring_skip ())
    return;

  fake_google_seed_messages (fixture->fake, 10);
  /* Gmail on, but the grant is the calendar's only (an old sign-in). */
  g_assert_true (pursuit_store_set_account_mail_enabled (fixture->store.store, fixture->account_id, TRUE,
                                                         PURSUIT_GOOGLE_SCOPE_EMAIL " "
                                                         PURSUIT_GOOGLE_SCOPE_CALENDAR_EVENTS " "
                                                         PURSUIT_GOOGLE_SCOPE_CALENDAR_LIST, &error));
  g_assert_no_error (error);

  before = fake_google_count_requests (fixture->fake, NULL);
  report = mail_fixture_sync (fixture);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, NULL), ==, before);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 1);
  mail_error = dup_mail_error (fixture);
  g_assert_nonnull (mail_error);
  g_assert_cmpint (mail_fixture_count_messages (fixture), ==, 0);
}

/* Gmail's boxes unticked on the consent screen: Gmail stays off and the
 * grant Pursuit has is kept. */
static void
test_enable_denied (MailFixture   *fixture,
                    gconstpointer  data)
{
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(GError) error = NULL;

  if (pursuit_test_keyring_skip ())
    return;

  g_assert_true (pursuit_sync_engine_disable_gmail (fixture->sync, fixture->account_id, &error));
  g_assert_no_error (error);
  fake_google_set_granted_scopes (fixture->fake, PURSUIT_GOOGLE_SCOPE_EMAIL " "
                                                 PURSUIT_GOOGLE_SCOPE_CALENDAR_EVENTS " "
                                                 PURSUIT_GOOGLE_SCOPE_CALENDAR_LIST);
  g_assert_false (mail_fixture_enable_gmail (fixture, &error));
  g_assert_error (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_DENIED);
  account = get_stored_account (fixture->store.store, fixture->account_id);
  g_assert_false (pursuit_account_get_mail_enabled (account));

  /* Turning it on again with the boxes ticked works, and reads. */
  g_clear_error (&error);
  g_clear_object (&account);
  fake_google_set_granted_scopes (fixture->fake, NULL);
  g_assert_true (mail_fixture_enable_gmail (fixture, &error));
  g_assert_no_error (error);
  account = get_stored_account (fixture->store.store, fixture->account_id);
  g_assert_true (pursuit_account_get_mail_enabled (account));
}

static void
test_scopes (void)
{
  g_assert_false (pursuit_google_scopes_have_gmail (NULL));
  g_assert_false (pursuit_google_scopes_have_gmail (""));
  g_assert_false (pursuit_google_scopes_have_gmail (PURSUIT_GOOGLE_SCOPE_CALENDAR_EVENTS));
  g_assert_false (pursuit_google_scopes_have_gmail (PURSUIT_GOOGLE_SCOPE_GMAIL_SEND " "
                                                    PURSUIT_GOOGLE_SCOPE_GMAIL_READONLY));
  g_assert_true (pursuit_google_scopes_have_gmail (PURSUIT_GOOGLE_SCOPE_EMAIL " "
                                                   PURSUIT_GOOGLE_SCOPE_GMAIL_SEND " "
                                                   PURSUIT_GOOGLE_SCOPE_GMAIL_COMPOSE " "
                                                   PURSUIT_GOOGLE_SCOPE_GMAIL_READONLY));
  g_assert_true (pursuit_google_scopes_have_gmail ("openid https://www.googleapis.com/auth/gmail.modify"));
  g_assert_true (pursuit_google_scopes_have_gmail ("https://mail.google.com/"));
}

#define ADD(path, func) \
  g_test_add (path, MailFixture, NULL, mail_fixture_setup, func, mail_fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  pursuit_test_keyring_init (&argc, &argv);

  g_test_add_func ("/mail-sync/scopes", test_scopes);
  ADD ("/mail-sync/first", test_first_sync);
  ADD ("/mail-sync/incremental", test_incremental);
  ADD ("/mail-sync/history-expired", test_history_expired);
  ADD ("/mail-sync/failed-parts", test_failed_parts);
  ADD ("/mail-sync/cancel-resume", test_cancel_resume);
  ADD ("/mail-sync/auto-apply", test_auto_apply);
  ADD ("/mail-sync/disabled", test_disabled);
  ADD ("/mail-sync/no-scopes", test_no_scopes);
  ADD ("/mail-sync/enable-denied", test_enable_denied);

  return pursuit_test_keyring_run ();
}
