/* test-outbox.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-job-deletion.h"
#include "pursuit-test-store.h"

#define HOUR 3600
#define DAY (24 * HOUR)

static gint64
now (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gint64
add_account_full (PursuitStore *store,
                  const char   *label,
                  const char   *calendar_id,
                  gboolean      enabled,
                  gboolean      sync_follow_ups)
{
  g_autoptr(PursuitAccount) account = pursuit_account_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_account_set_kind (account, "google");
  pursuit_account_set_label (account, label);
  pursuit_account_set_calendar_id (account, calendar_id);
  pursuit_account_set_enabled (account, enabled);
  pursuit_account_set_sync_follow_ups (account, sync_follow_ups);
  id = pursuit_store_add_account (store, account, &error);
  g_assert_no_error (error);
  return id;
}

static gint64
add_account (PursuitStore *store,
             const char   *label)
{
  return add_account_full (store, label, "primary", TRUE, FALSE);
}

static gint64
add_future_interview (PursuitStore *store,
                      gint64        job_id,
                      gint64        in_seconds)
{
  g_autoptr(PursuitInterview) interview = make_interview (job_id, "video", now () + in_seconds, 45);

  return store_interview (store, interview);
}

static void
complete_all (PursuitStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = pursuit_store_list_outbox (store, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    g_assert_true (pursuit_store_complete_outbox (store, pursuit_outbox_item_get_id (g_ptr_array_index (items, i)),
                                                  &error));
}

/* The one pending item of @account, which must exist. */
static PursuitOutboxItem *
only_item (PursuitStore *store,
           gint64        account)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = pursuit_store_list_outbox (store, account, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  return g_object_ref (g_ptr_array_index (items, 0));
}

typedef struct
{
  guint  count;
  gint64 last_account;
} OutboxSignals;

static void
on_outbox_changed_cb (PursuitStore  *store,
                      gint64         account_id,
                      OutboxSignals *signals)
{
  signals->count++;
  signals->last_account = account_id;
}

static void
test_outbox_queue_on_interview_writes (StoreFixture  *fixture,
                                       gconstpointer  data)
{
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;
  OutboxSignals signals = { 0 };
  gint64 job_id, account, disabled, no_calendar, interview_id;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");

  /* No account, no push. */
  add_future_interview (fixture->store, job_id, DAY);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM outbox"), ==, 0);

  account = add_account (fixture->store, "ann@example.com");
  disabled = add_account_full (fixture->store, "off@example.com", "primary", FALSE, FALSE);
  no_calendar = add_account_full (fixture->store, "new@example.com", NULL, TRUE, FALSE);
  /* Adding the account queued the interview to come. */
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 1);
  complete_all (fixture->store);

  g_signal_connect (fixture->store, "outbox-changed", G_CALLBACK (on_outbox_changed_cb), &signals);
  interview_id = add_future_interview (fixture->store, job_id, 2 * DAY);
  g_assert_cmpuint (signals.count, ==, 1);
  g_assert_cmpint (signals.last_account, ==, account);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, disabled), ==, 0);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, no_calendar), ==, 0);

  item = only_item (fixture->store, account);
  g_assert_cmpstr (pursuit_outbox_item_get_kind (item), ==, "calendar.push");
  g_assert_cmpint (pursuit_outbox_item_get_account_id (item), ==, account);
  g_assert_cmpstr (pursuit_outbox_item_get_source (item), ==, "interview");
  g_assert_cmpint (pursuit_outbox_item_get_source_id (item), ==, interview_id);
  g_assert_cmpstr (pursuit_outbox_item_get_state (item), ==, "pending");
  g_assert_cmpint (pursuit_outbox_item_get_attempts (item), ==, 0);
  g_assert_cmpint (pursuit_outbox_item_get_next_attempt_at (item), <=, now ());
  g_assert_cmpint (pursuit_outbox_item_get_created_at (item), >, 0);

  /* Edits coalesce into the pending push. */
  for (int i = 1; i <= 3; i++)
    {
      g_clear_object (&interview);
      interview = pursuit_store_get_interview (fixture->store, interview_id, &error);
      pursuit_interview_set_starts_at (interview, pursuit_interview_get_starts_at (interview) + i * HOUR);
      pursuit_interview_set_notes (interview, "Bring the portfolio");
      g_assert_true (pursuit_store_update_interview (fixture->store, interview, &error));
      g_assert_no_error (error);
    }
  g_assert_true (pursuit_store_cancel_interview (fixture->store, interview_id, &error));
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 1);
  g_assert_cmpuint (signals.count, ==, 1);
  {
    g_autoptr(PursuitOutboxItem) same = only_item (fixture->store, account);

    g_assert_cmpint (pursuit_outbox_item_get_id (same), ==, pursuit_outbox_item_get_id (item));
  }

  /* Once done, the next change queues again. */
  g_assert_true (pursuit_store_complete_outbox (fixture->store, pursuit_outbox_item_get_id (item), &error));
  g_assert_cmpuint (signals.count, ==, 2);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 0);
  g_clear_object (&interview);
  interview = make_interview (job_id, "onsite", now () + 5 * DAY, 60);
  store_interview (fixture->store, interview);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 1);

  /* Queued by hand, coalesced too. */
  g_assert_cmpint (pursuit_store_queue_calendar_push (fixture->store, account, "interview",
                                                      pursuit_interview_get_id (interview), &error), >, 0);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 1);
  g_assert_cmpint (pursuit_store_queue_calendar_push (fixture->store, account, "note", 1, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (pursuit_store_queue_calendar_push (fixture->store, 999, "interview", 1, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_outbox_attempts (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id, account, other, id, retry_at;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  account = add_account (fixture->store, "ann@example.com");
  other = add_account (fixture->store, "bob@example.com");
  add_future_interview (fixture->store, job_id, DAY);

  due = pursuit_store_list_due_outbox (fixture->store, 0, now (), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 2);
  g_clear_pointer (&due, g_ptr_array_unref);
  due = pursuit_store_list_due_outbox (fixture->store, account, now (), &error);
  g_assert_cmpuint (due->len, ==, 1);
  id = pursuit_outbox_item_get_id (g_ptr_array_index (due, 0));
  g_clear_pointer (&due, g_ptr_array_unref);

  /* A transient failure: later, counted, with the reason. */
  retry_at = now () + 60;
  g_assert_true (pursuit_store_fail_outbox (fixture->store, id, "Could not reach Google", retry_at, &error));
  g_assert_no_error (error);
  item = only_item (fixture->store, account);
  g_assert_cmpstr (pursuit_outbox_item_get_state (item), ==, "pending");
  g_assert_cmpint (pursuit_outbox_item_get_attempts (item), ==, 1);
  g_assert_cmpint (pursuit_outbox_item_get_next_attempt_at (item), ==, retry_at);
  g_assert_cmpstr (pursuit_outbox_item_get_last_error (item), ==, "Could not reach Google");
  g_clear_object (&item);
  due = pursuit_store_list_due_outbox (fixture->store, account, now (), &error);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);
  due = pursuit_store_list_due_outbox (fixture->store, account, retry_at, &error);
  g_assert_cmpuint (due->len, ==, 1);
  g_clear_pointer (&due, g_ptr_array_unref);
  g_assert_cmpint (pursuit_store_next_outbox_attempt (fixture->store, account), ==, retry_at);
  g_assert_cmpint (pursuit_store_next_outbox_attempt (fixture->store, other), <=, now ());
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 1);

  /* Giving up: failed, no longer pending or due, still listed. */
  g_assert_true (pursuit_store_fail_outbox (fixture->store, id, "Google said the request is invalid", 0, &error));
  item = only_item (fixture->store, account);
  g_assert_cmpstr (pursuit_outbox_item_get_state (item), ==, "failed");
  g_assert_cmpint (pursuit_outbox_item_get_attempts (item), ==, 2);
  g_assert_cmpstr (pursuit_outbox_item_get_last_error (item), ==, "Google said the request is invalid");
  g_clear_object (&item);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 0);
  g_assert_cmpint (pursuit_store_next_outbox_attempt (fixture->store, account), ==, 0);
  due = pursuit_store_list_due_outbox (fixture->store, account, G_MAXINT64, &error);
  g_assert_cmpuint (due->len, ==, 0);
  g_clear_pointer (&due, g_ptr_array_unref);

  /* Retry now brings it back, due at once. */
  g_assert_true (pursuit_store_retry_outbox (fixture->store, account, &error));
  g_assert_no_error (error);
  item = only_item (fixture->store, account);
  g_assert_cmpstr (pursuit_outbox_item_get_state (item), ==, "pending");
  g_assert_cmpint (pursuit_outbox_item_get_next_attempt_at (item), <=, now ());
  g_clear_object (&item);

  /* A failed push whose item changed since is covered by the new one. */
  g_assert_true (pursuit_store_fail_outbox (fixture->store, id, "No", 0, &error));
  {
    g_autoptr(PursuitInterview) interview = NULL;
    g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (fixture->store, job_id);

    interview = g_object_ref (g_ptr_array_index (interviews, 0));
    pursuit_interview_set_location (interview, "Room 4");
    g_assert_true (pursuit_store_update_interview (fixture->store, interview, &error));
  }
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM outbox WHERE account_id = 1"), ==, 2);
  g_assert_true (pursuit_store_retry_outbox (fixture->store, account, &error));
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM outbox WHERE account_id = 1"), ==, 1);

  /* An item that went meanwhile (its account removed) is no error. */
  g_assert_true (pursuit_store_complete_outbox (fixture->store, 9999, &error));
  g_assert_true (pursuit_store_fail_outbox (fixture->store, 9999, "x", 0, &error));
  g_assert_no_error (error);
}

static void
test_outbox_job_removal (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remote_id = NULL;
  gint64 job_id, account, linked, unlinked, reused;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  account = add_account (fixture->store, "ann@example.com");
  unlinked = add_future_interview (fixture->store, job_id, DAY);
  linked = add_future_interview (fixture->store, job_id, 2 * DAY);
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, account, "interview", linked, "evt-linked",
                                                  "\"1\"", &error));
  complete_all (fixture->store);

  g_assert_true (pursuit_store_remove_job (fixture->store, job_id, &error));
  g_assert_no_error (error);

  /* One push, for the event that exists; it and the link keep the
   * negated id, so the push deletes the event. */
  item = only_item (fixture->store, account);
  g_assert_cmpstr (pursuit_outbox_item_get_source (item), ==, "interview");
  g_assert_cmpint (pursuit_outbox_item_get_source_id (item), ==, -linked);
  g_assert_true (pursuit_store_get_calendar_link (fixture->store, account, "interview", -linked, &remote_id, NULL));
  g_assert_cmpstr (remote_id, ==, "evt-linked");
  g_assert_false (pursuit_store_get_calendar_link (fixture->store, account, "interview", linked, NULL, NULL));
  (void)unlinked;

  /* A new interview that gets the old rowid is not mistaken for it. */
  job_id = add_job (fixture->store, "Designer", "Initech", "applied");
  reused = add_future_interview (fixture->store, job_id, 3 * DAY);
  g_assert_false (pursuit_store_get_calendar_link (fixture->store, account, "interview", reused, NULL, NULL));
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 2);
}

static void
test_outbox_undo_deletion (StoreFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(PursuitJobDeletion) deletion = NULL;
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remote_id = NULL;
  gint64 job_id, account, interview_id, new_id;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  account = add_account (fixture->store, "ann@example.com");
  interview_id = add_future_interview (fixture->store, job_id, 2 * DAY);
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, account, "interview", interview_id, "evt",
                                                  "\"1\"", &error));
  complete_all (fixture->store);

  deletion = pursuit_job_deletion_new (fixture->store);
  g_assert_true (pursuit_job_deletion_delete (deletion, &job_id, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 1);

  g_assert_true (pursuit_job_deletion_undo (deletion, &error));
  g_assert_no_error (error);

  {
    g_autoptr(GPtrArray) jobs = pursuit_store_list_jobs (fixture->store, NULL, &error);

    g_assert_cmpuint (jobs->len, ==, 1);
    interviews = pursuit_store_list_interviews (fixture->store, pursuit_job_get_id (g_ptr_array_index (jobs, 0)));
  }
  g_assert_cmpuint (interviews->len, ==, 1);
  new_id = pursuit_interview_get_id (g_ptr_array_index (interviews, 0));

  /* The event follows the interview back: one push, for the new id, and
   * the link with it, so the event is updated rather than made twice. */
  item = only_item (fixture->store, account);
  g_assert_cmpint (pursuit_outbox_item_get_source_id (item), ==, new_id);
  g_assert_true (pursuit_store_get_calendar_link (fixture->store, account, "interview", new_id, &remote_id, NULL));
  g_assert_cmpstr (remote_id, ==, "evt");
  g_assert_cmpuint (pursuit_store_count_calendar_links (fixture->store, account), ==, 1);
}

static void
test_outbox_follow_ups (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  g_autoptr(PursuitAccount) account_row = NULL;
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id, plain, with_follow_ups, follow_up_id;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  plain = add_account (fixture->store, "ann@example.com");
  with_follow_ups = add_account_full (fixture->store, "bob@example.com", "primary", TRUE, TRUE);

  follow_up = make_follow_up (job_id, "after_applied", now () + 3 * DAY);
  follow_up_id = store_follow_up (fixture->store, follow_up);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, plain), ==, 0);
  item = only_item (fixture->store, with_follow_ups);
  g_assert_cmpstr (pursuit_outbox_item_get_source (item), ==, "follow-up");
  g_assert_cmpint (pursuit_outbox_item_get_source_id (item), ==, follow_up_id);
  g_clear_object (&item);
  complete_all (fixture->store);
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, with_follow_ups, "follow-up", follow_up_id,
                                                  "fu", NULL, &error));

  /* Moving it or marking it done is a change its event follows. */
  g_assert_true (pursuit_store_reschedule_follow_up (fixture->store, follow_up_id, now () + 4 * DAY, &error));
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, with_follow_ups), ==, 1);
  complete_all (fixture->store);
  g_assert_true (pursuit_store_set_follow_up_status (fixture->store, follow_up_id, "done", &error));
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, with_follow_ups), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, plain), ==, 0);
  complete_all (fixture->store);

  /* Turning follow-ups off asks for the deletion of their events. */
  account_row = pursuit_store_get_account (fixture->store, with_follow_ups, &error);
  pursuit_account_set_sync_follow_ups (account_row, FALSE);
  g_assert_true (pursuit_store_update_account (fixture->store, account_row, &error));
  g_assert_no_error (error);
  item = only_item (fixture->store, with_follow_ups);
  g_assert_cmpint (pursuit_outbox_item_get_source_id (item), ==, follow_up_id);
  g_clear_object (&item);
  complete_all (fixture->store);

  /* Turning them on for the other account queues those to come. */
  g_clear_object (&account_row);
  g_clear_object (&follow_up);
  follow_up = make_follow_up (job_id, "after_applied", now () + 5 * DAY);
  follow_up_id = store_follow_up (fixture->store, follow_up);
  account_row = pursuit_store_get_account (fixture->store, plain, &error);
  pursuit_account_set_sync_follow_ups (account_row, TRUE);
  g_assert_true (pursuit_store_update_account (fixture->store, account_row, &error));
  item = only_item (fixture->store, plain);
  g_assert_cmpint (pursuit_outbox_item_get_source_id (item), ==, follow_up_id);
}

static void
test_outbox_enable_account (StoreFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitAccount) account_row = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id, account;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  add_future_interview (fixture->store, job_id, DAY);
  add_future_interview (fixture->store, job_id, 2 * DAY);
  account = add_account_full (fixture->store, "ann@example.com", "primary", FALSE, FALSE);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 0);

  account_row = pursuit_store_get_account (fixture->store, account, &error);
  pursuit_account_set_enabled (account_row, TRUE);
  g_assert_true (pursuit_store_update_account (fixture->store, account_row, &error));
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 2);

  /* Saving it again without a change queues nothing more. */
  g_assert_true (pursuit_store_update_account (fixture->store, account_row, &error));
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 2);
}

static void
test_outbox_job_edits (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id, account, linked, unlinked;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  account = add_account (fixture->store, "ann@example.com");
  linked = add_future_interview (fixture->store, job_id, DAY);
  unlinked = add_future_interview (fixture->store, job_id, 2 * DAY);
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, account, "interview", linked, "e1", NULL, &error));
  complete_all (fixture->store);
  (void)unlinked;

  /* What the events do not show queues nothing. */
  job = pursuit_store_get_job (fixture->store, job_id, &error);
  pursuit_job_set_location (job, "Lyon");
  g_assert_true (pursuit_store_update_job (fixture->store, job, &error));
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 0);

  /* A new title is in the summary of the event it has. */
  pursuit_job_set_title (job, "Senior Engineer");
  g_assert_true (pursuit_store_update_job (fixture->store, job, &error));
  g_assert_no_error (error);
  item = only_item (fixture->store, account);
  g_assert_cmpint (pursuit_outbox_item_get_source_id (item), ==, linked);
  complete_all (fixture->store);

  /* And a move is in its description. */
  g_assert_true (pursuit_store_move_job (fixture->store, job_id, "screening", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 1);
}

static void
test_outbox_rollback (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;
  OutboxSignals signals = { 0 };
  gint64 job_id, account;

  job_id = add_job (fixture->store, "Engineer", "Acme", "applied");
  account = add_account (fixture->store, "ann@example.com");
  g_signal_connect (fixture->store, "outbox-changed", G_CALLBACK (on_outbox_changed_cb), &signals);

  /* A batch rolled back keeps neither the interview nor its push, and
   * announces nothing. */
  g_assert_true (pursuit_store_begin (fixture->store, &error));
  add_future_interview (fixture->store, job_id, DAY);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM outbox"), ==, 1);
  pursuit_store_rollback (fixture->store);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM outbox"), ==, 0);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM interviews"), ==, 0);
  g_assert_cmpuint (signals.count, ==, 0);

  /* A push that cannot be written undoes the change it belongs to. */
  exec_store_sql (fixture->store,
                  "CREATE TEMP TRIGGER outbox_full BEFORE INSERT ON outbox BEGIN"
                  "  SELECT RAISE (ABORT, 'disk full');"
                  "END");
  interview = make_interview (job_id, "video", now () + DAY, 30);
  g_assert_cmpint (pursuit_store_add_interview (fixture->store, interview, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_DATABASE);
  g_clear_error (&error);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM interviews"), ==, 0);
  g_assert_cmpint (count_store_rows (fixture->store, "SELECT count (*) FROM events WHERE kind = 'interview'"), ==, 0);
  g_assert_cmpuint (signals.count, ==, 0);

  exec_store_sql (fixture->store, "DROP TRIGGER outbox_full");
  g_clear_object (&interview);
  interview = make_interview (job_id, "video", now () + DAY, 30);
  g_assert_cmpint (pursuit_store_add_interview (fixture->store, interview, &error), >, 0);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store, account), ==, 1);
  g_assert_cmpuint (signals.count, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/outbox/" path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)

  ADD ("queue-on-interview-writes", test_outbox_queue_on_interview_writes);
  ADD ("attempts", test_outbox_attempts);
  ADD ("job-removal", test_outbox_job_removal);
  ADD ("undo-deletion", test_outbox_undo_deletion);
  ADD ("follow-ups", test_outbox_follow_ups);
  ADD ("enable-account", test_outbox_enable_account);
  ADD ("job-edits", test_outbox_job_edits);
  ADD ("rollback", test_outbox_rollback);

#undef ADD

  return g_test_run ();
}
