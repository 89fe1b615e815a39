/* test-sync-engine.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-sync-engine.h"
#include "pursuit-test-calendar-backend.h"
#include "pursuit-test-calendar-calls.h"
#include "pursuit-test-store.h"

#define HOUR ((gint64) 3600)
#define DAY  (24 * HOUR)

typedef struct
{
  StoreFixture        store;
  PursuitHttp        *http;
  PursuitSecretStore *secrets;
  TestBackend        *backend;
  PursuitSyncEngine  *engine;
  gint64              account_id;
  gint64              job_id;
  guint               state_changes;
  gboolean            saw_syncing;
} Fixture;

static PursuitCalendarBackend *
make_backend (PursuitAccount *account,
              gpointer        user_data)
{
  Fixture *fixture = user_data;

  return g_object_ref (PURSUIT_CALENDAR_BACKEND (fixture->backend));
}

static void
on_state_changed_cb (PursuitSyncEngine *engine,
                     gint64             account_id,
                     Fixture           *fixture)
{
  fixture->state_changes++;
  if (pursuit_sync_engine_get_account_state (engine, account_id) == PURSUIT_ACCOUNT_STATE_SYNCING)
    fixture->saw_syncing = TRUE;
}

static PursuitSyncEngine *
make_engine (Fixture *fixture)
{
  PursuitSyncEngine *engine = pursuit_sync_engine_new (fixture->store.store, fixture->http,
                                                       fixture->secrets);

  pursuit_sync_engine_set_backend_factory (engine, make_backend, fixture, NULL);
  g_signal_connect (engine, "account-state-changed", G_CALLBACK (on_state_changed_cb), fixture);
  return engine;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PursuitAccount) account = pursuit_account_new ();
  g_autoptr(GError) error = NULL;

  store_fixture_setup (&fixture->store, data);
  fixture->http = pursuit_http_new ();
  fixture->secrets = pursuit_secret_store_new ();
  fixture->backend = test_backend_new ();
  fixture->engine = make_engine (fixture);

  pursuit_account_set_kind (account, "google");
  pursuit_account_set_label (account, "ann@example.com");
  pursuit_account_set_calendar_id (account, TEST_BACKEND_CALENDAR_PRIMARY);
  pursuit_account_set_calendar_name (account, TEST_BACKEND_CALENDAR_PRIMARY_NAME);
  fixture->account_id = pursuit_store_add_account (fixture->store.store, account, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->account_id, >, 0);

  fixture->job_id = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->engine), (gpointer *) &fixture->engine);
  g_object_unref (fixture->engine);
  g_assert_null (fixture->engine);
  g_clear_object (&fixture->backend);
  g_clear_object (&fixture->secrets);
  g_clear_object (&fixture->http);
  store_fixture_teardown (&fixture->store, data);
}

static PursuitSyncReport *
sync_now (Fixture *fixture)
{
  return sync_engine_run (fixture->engine, 0);
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* An hour-long interview two days from now, to the hour. */
static gint64
schedule_interview (Fixture *fixture)
{
  gint64 starts_at = (now_seconds () / HOUR) * HOUR + 2 * DAY;
  g_autoptr(PursuitInterview) interview = make_interview (fixture->job_id, "video", starts_at, 60);

  pursuit_interview_set_location (interview, "https://meet.example.com/abc");
  return store_interview (fixture->store.store, interview);
}

static char *
dup_remote_id (Fixture *fixture,
               gint64   interview_id)
{
  char *remote_id = NULL;

  if (!pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "interview",
                                        interview_id, &remote_id, NULL))
    return NULL;
  return remote_id;
}

static gboolean
has_timeline_event (Fixture    *fixture,
                    const char *kind,
                    const char *detail)
{
  g_autoptr(GPtrArray) events = pursuit_store_list_events (fixture->store.store, fixture->job_id);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      PursuitTimelineEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (pursuit_timeline_event_get_kind (event), kind) == 0 &&
          g_strcmp0 (pursuit_timeline_event_get_detail (event), detail) == 0)
        return TRUE;
    }
  return FALSE;
}

static GError *
http_error (PursuitHttpError code)
{
  return g_error_new (PURSUIT_HTTP_ERROR, code, "Test failure %d.", code);
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 id = schedule_interview (fixture);
  g_autoptr(PursuitInterview) interview = get_stored_interview (fixture->store.store, id);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autofree char *remote_id = NULL;
  PursuitCalendarEvent *event;

  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 1);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_count (report, fixture->account_id, PURSUIT_SYNC_CREATED), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_UPDATED), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);

  g_assert_cmpuint (test_backend_get_n_events (fixture->backend), ==, 1);
  remote_id = dup_remote_id (fixture, id);
  g_assert_nonnull (remote_id);
  g_assert_cmpstr (remote_id, ==, test_backend_find_uid (fixture->backend, pursuit_interview_get_uid (interview)));
  event = test_backend_get_event (fixture->backend, remote_id);
  g_assert_cmpint (pursuit_calendar_event_get_starts_at (event), ==, pursuit_interview_get_starts_at (interview));
  g_assert_cmpint (pursuit_calendar_event_get_ends_at (event), ==, pursuit_interview_get_starts_at (interview) + HOUR);
  g_assert_cmpstr (pursuit_calendar_event_get_reminder_minutes (event), ==, "1440,60,15");
  g_assert_null (pursuit_calendar_event_get_attendee_email (event));

  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_requests (report), ==, 0);
  g_assert_true (fixture->saw_syncing);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_CONNECTED);
  {
    g_autoptr(PursuitAccount) account = get_stored_account (fixture->store.store, fixture->account_id);

    g_assert_cmpint (pursuit_account_get_last_sync_at (account), >=, now_seconds () - 5);
    g_assert_null (pursuit_account_get_last_error (account));
    g_assert_nonnull (pursuit_account_get_sync_token (account));
  }
}

static void
test_reschedule (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 id = schedule_interview (fixture);
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitSyncReport) first = sync_now (fixture);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remote_id = dup_remote_id (fixture, id);
  g_autofree char *old_etag = g_strdup (test_backend_get_etag (fixture->backend, remote_id));
  g_autofree char *link_etag = NULL;
  gint64 new_start;

  interview = get_stored_interview (fixture->store.store, id);
  new_start = pursuit_interview_get_starts_at (interview) + DAY;
  pursuit_interview_set_starts_at (interview, new_start);
  g_assert_true (pursuit_store_update_interview (fixture->store.store, interview, &error));
  g_assert_no_error (error);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_UPDATED), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_CREATED), ==, 0);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_UPDATE), ==, 1);
  g_assert_cmpuint (test_backend_get_n_events (fixture->backend), ==, 1);
  g_assert_cmpint (pursuit_calendar_event_get_starts_at (test_backend_get_event (fixture->backend, remote_id)),
                   ==, new_start);
  g_assert_cmpstr (test_backend_get_etag (fixture->backend, remote_id), !=, old_etag);
  g_assert_true (pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "interview",
                                                  id, NULL, &link_etag));
  g_assert_cmpstr (link_etag, ==, test_backend_get_etag (fixture->backend, remote_id));
  /* Our own update did not come back as a change. */
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MOVED_LOCALLY), ==, 0);
}

static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 id = schedule_interview (fixture);
  g_autoptr(PursuitSyncReport) first = sync_now (fixture);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remote_id = dup_remote_id (fixture, id);

  g_assert_true (pursuit_store_cancel_interview (fixture->store.store, id, &error));
  g_assert_no_error (error);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_DELETED), ==, 1);
  g_assert_true (test_backend_is_deleted (fixture->backend, remote_id));
  g_assert_cmpuint (test_backend_get_n_events (fixture->backend), ==, 0);
  g_assert_false (pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "interview",
                                                   id, NULL, NULL));
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_CANCELLED_LOCALLY), ==, 0);
}

static void
test_job_removed (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 id = schedule_interview (fixture);
  g_autoptr(PursuitSyncReport) first = sync_now (fixture);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remote_id = dup_remote_id (fixture, id);

  g_assert_true (pursuit_store_remove_job (fixture->store.store, fixture->job_id, &error));
  g_assert_no_error (error);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_DELETED), ==, 1);
  g_assert_true (test_backend_is_deleted (fixture->backend, remote_id));
  g_assert_cmpuint (pursuit_store_count_calendar_links (fixture->store.store, fixture->account_id), ==, 0);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
}

static void
test_transient (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) offline = http_error (PURSUIT_HTTP_ERROR_OFFLINE);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitSyncReport) again = NULL;
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  gint64 before = now_seconds ();

  schedule_interview (fixture);
  test_backend_fail_next (fixture->backend, 1, offline);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_CREATED), ==, 0);
  item = get_only_outbox_item (fixture->store.store, fixture->account_id);
  g_assert_cmpstr (pursuit_outbox_item_get_state (item), ==, "pending");
  g_assert_cmpint (pursuit_outbox_item_get_attempts (item), ==, 1);
  g_assert_cmpint (pursuit_outbox_item_get_next_attempt_at (item), >=, before + 27);
  g_assert_cmpint (pursuit_outbox_item_get_next_attempt_at (item), <=, now_seconds () + 30);
  g_assert_cmpstr (pursuit_outbox_item_get_last_error (item), ==, offline->message);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_OFFLINE);
  account = get_stored_account (fixture->store.store, fixture->account_id);
  g_assert_cmpstr (pursuit_account_get_last_error (account), ==, offline->message);
  g_assert_cmpint (test_backend_get_n_events (fixture->backend), ==, 0);

  /* A sync now runs it whatever its next attempt. */
  again = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (again, PURSUIT_SYNC_CREATED), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (again), ==, 0);
  g_assert_cmpint (test_backend_get_n_events (fixture->backend), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_CONNECTED);
}

static void
test_lost_response (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitSyncReport) again = NULL;
  gint64 id = schedule_interview (fixture);

  test_backend_lose_next_response (fixture->backend);
  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 1);
  g_assert_false (pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "interview",
                                                   id, NULL, NULL));
  g_assert_cmpint (test_backend_get_n_events (fixture->backend), ==, 1);

  again = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (again), ==, 0);
  g_assert_cmpint (test_backend_get_n_events (fixture->backend), ==, 1);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_CREATE), ==, 2);
  g_assert_true (pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "interview",
                                                  id, NULL, NULL));
}

static void
test_permanent (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) bad = http_error (PURSUIT_HTTP_ERROR_BAD_REQUEST);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitSyncReport) again = NULL;
  g_autoptr(PursuitOutboxItem) item = NULL;

  schedule_interview (fixture);
  test_backend_fail_next (fixture->backend, 1, bad);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 1);
  item = get_only_outbox_item (fixture->store.store, fixture->account_id);
  g_assert_cmpstr (pursuit_outbox_item_get_state (item), ==, "failed");
  g_assert_cmpstr (pursuit_outbox_item_get_last_error (item), ==, bad->message);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_ERROR);

  /* Not retried by itself. */
  again = sync_now (fixture);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_CREATE), ==, 1);
  g_assert_cmpint (test_backend_get_n_events (fixture->backend), ==, 0);
}

static void
test_needs_sign_in (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) refused = http_error (PURSUIT_HTTP_ERROR_UNAUTHORIZED);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(PursuitAccount) account = NULL;

  schedule_interview (fixture);
  schedule_interview (fixture);
  test_backend_fail_next (fixture->backend, 1, refused);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 1);
  account = get_stored_account (fixture->store.store, fixture->account_id);
  g_assert_true (pursuit_account_get_needs_sign_in (account));
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_NEEDS_SIGN_IN);
  /* The run stopped at the first refusal; both items wait. */
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_CREATE), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 2);
}

static void
test_remote_changes (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 id = schedule_interview (fixture);
  gint64 other = schedule_interview (fixture);
  g_autoptr(PursuitSyncReport) first = sync_now (fixture);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitInterview) moved = NULL;
  g_autoptr(PursuitInterview) cancelled = NULL;
  g_autofree char *remote_id = dup_remote_id (fixture, id);
  g_autofree char *other_remote_id = dup_remote_id (fixture, other);
  g_autofree char *etag = NULL;
  gint64 starts_at;
  guint updates;

  moved = get_stored_interview (fixture->store.store, id);
  starts_at = pursuit_interview_get_starts_at (moved) + 3 * HOUR;
  g_clear_object (&moved);
  g_assert_true (test_backend_move_event (fixture->backend, remote_id, starts_at, starts_at + 90 * 60));
  g_assert_true (test_backend_delete_event (fixture->backend, other_remote_id));
  updates = test_backend_get_calls (fixture->backend, TEST_BACKEND_UPDATE);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MOVED_LOCALLY), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_CANCELLED_LOCALLY), ==, 1);

  moved = get_stored_interview (fixture->store.store, id);
  g_assert_cmpint (pursuit_interview_get_starts_at (moved), ==, starts_at);
  g_assert_cmpint (pursuit_interview_get_duration_minutes (moved), ==, 90);
  g_assert_true (has_timeline_event (fixture, "interview_moved_remotely", "ann@example.com"));
  g_assert_true (pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "interview",
                                                  id, NULL, &etag));
  g_assert_cmpstr (etag, ==, test_backend_get_etag (fixture->backend, remote_id));

  cancelled = get_stored_interview (fixture->store.store, other);
  g_assert_cmpstr (pursuit_interview_get_status (cancelled), ==, "cancelled");
  g_assert_true (has_timeline_event (fixture, "interview_cancelled_remotely", "ann@example.com"));
  g_assert_false (pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "interview",
                                                   other, NULL, NULL));

  /* Nothing pushed back to the calendar that made the change. */
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_UPDATE), ==, updates);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_DELETE), ==, 0);

  /* And a second sync has nothing to do. */
  {
    g_autoptr(PursuitSyncReport) quiet = sync_now (fixture);

    for (guint c = 0; c < PURSUIT_SYNC_N_COUNTS; c++)
      g_assert_cmpuint (pursuit_sync_report_get_total (quiet, c), ==, 0);
  }
}

static void
test_conflict (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 id = schedule_interview (fixture);
  g_autoptr(PursuitSyncReport) first = sync_now (fixture);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitInterview) interview = get_stored_interview (fixture->store.store, id);
  g_autoptr(GError) error = NULL;
  g_autofree char *remote_id = dup_remote_id (fixture, id);
  gint64 remote_start = pursuit_interview_get_starts_at (interview) + HOUR;

  /* Moved on the server, and its location edited here. */
  g_assert_true (test_backend_move_event (fixture->backend, remote_id, remote_start, remote_start + HOUR));
  pursuit_interview_set_location (interview, "Room 4");
  g_assert_true (pursuit_store_update_interview (fixture->store.store, interview, &error));
  g_assert_no_error (error);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MOVED_LOCALLY), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_UPDATED), ==, 1);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_UPDATE), ==, 2);
  g_clear_object (&interview);
  interview = get_stored_interview (fixture->store.store, id);
  g_assert_cmpint (pursuit_interview_get_starts_at (interview), ==, remote_start);
  g_assert_cmpstr (pursuit_calendar_event_get_location (test_backend_get_event (fixture->backend, remote_id)),
                   ==, "Room 4");
  g_assert_cmpint (pursuit_calendar_event_get_starts_at (test_backend_get_event (fixture->backend, remote_id)),
                   ==, remote_start);
}

static void
test_full_listing (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 id = schedule_interview (fixture);
  g_autoptr(PursuitSyncReport) first = sync_now (fixture);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitInterview) interview = get_stored_interview (fixture->store.store, id);
  g_autofree char *remote_id = dup_remote_id (fixture, id);
  gint64 remote_start = pursuit_interview_get_starts_at (interview) - HOUR;

  test_backend_expire_tokens (fixture->backend);
  g_assert_true (test_backend_move_event (fixture->backend, remote_id, remote_start, remote_start + HOUR));
  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_MOVED_LOCALLY), ==, 1);
  g_clear_object (&interview);
  interview = get_stored_interview (fixture->store.store, id);
  g_assert_cmpint (pursuit_interview_get_starts_at (interview), ==, remote_start);
}

static void
test_restart (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) offline = http_error (PURSUIT_HTTP_ERROR_OFFLINE);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitSyncReport) after = NULL;
  g_autoptr(PursuitSyncEngine) engine = NULL;
  g_autoptr(GError) error = NULL;

  schedule_interview (fixture);
  schedule_interview (fixture);
  test_backend_fail_next (fixture->backend, 1, offline);
  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_CREATED), ==, 0);

  /* The app is closed: engine and store go away. */
  g_clear_object (&fixture->engine);
  g_object_add_weak_pointer (G_OBJECT (fixture->store.store), (gpointer *) &fixture->store.store);
  g_object_unref (fixture->store.store);
  g_assert_null (fixture->store.store);
  g_assert_cmpuint (test_backend_get_n_events (fixture->backend), ==, 0);

  fixture->store.store = pursuit_store_new (fixture->store.path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 2);
  fixture->engine = make_engine (fixture);

  after = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (after, PURSUIT_SYNC_CREATED), ==, 2);
  g_assert_cmpuint (test_backend_get_n_events (fixture->backend), ==, 2);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
}

static void
test_follow_ups (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitAccount) account = get_stored_account (fixture->store.store, fixture->account_id);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitSyncReport) done = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *remote_id = NULL;
  PursuitCalendarEvent *event;
  gint64 due_at = (now_seconds () / HOUR) * HOUR + 3 * DAY;
  gint64 id;

  pursuit_account_set_sync_follow_ups (account, TRUE);
  g_assert_true (pursuit_store_update_account (fixture->store.store, account, &error));
  g_assert_no_error (error);

  id = add_follow_up_due (fixture->store.store, fixture->job_id, due_at);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), >=, 1);
  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_CREATED), ==, 1);
  g_assert_true (pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "follow-up",
                                                  id, &remote_id, NULL));
  event = test_backend_get_event (fixture->backend, remote_id);
  g_assert_nonnull (event);
  g_assert_true (pursuit_calendar_event_get_all_day (event));

  /* Done: the event goes. */
  g_assert_true (pursuit_store_set_follow_up_status (fixture->store.store, id, "done", &error));
  g_assert_no_error (error);
  done = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (done, PURSUIT_SYNC_DELETED), ==, 1);
  g_assert_true (test_backend_is_deleted (fixture->backend, remote_id));
  g_assert_cmpuint (pursuit_store_count_calendar_links (fixture->store.store, fixture->account_id), ==, 0);
}

static void
test_disabled (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PursuitAccount) account = get_stored_account (fixture->store.store, fixture->account_id);
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_account_set_enabled (account, FALSE);
  g_assert_true (pursuit_store_update_account (fixture->store.store, account, &error));
  g_assert_no_error (error);
  schedule_interview (fixture);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_CREATED), ==, 0);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_CREATE), ==, 0);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_PULL), ==, 0);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_DISABLED);
}

static void
list_calendars_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = pursuit_sync_engine_list_calendars_finish (PURSUIT_SYNC_ENGINE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_list_calendars (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) calendars = NULL;

  pursuit_sync_engine_list_calendars_async (fixture->engine, fixture->account_id, NULL,
                                            list_calendars_cb, &calendars);
  while (calendars == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (calendars->len, ==, 2);
  g_assert_cmpstr (pursuit_remote_calendar_get_id (g_ptr_array_index (calendars, 0)), ==,
                   TEST_BACKEND_CALENDAR_PRIMARY);
  g_assert_true (pursuit_remote_calendar_get_primary (g_ptr_array_index (calendars, 0)));
}

static void
add_caldav_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **out = user_data;
  gint64 id;

  id = pursuit_sync_engine_add_caldav_account_finish (PURSUIT_SYNC_ENGINE (source), result, out);
  g_assert_true (id <= 0 ? *out != NULL : *out == NULL);
  if (id <= 0)
    return;
  *out = g_error_new (G_IO_ERROR, G_IO_ERROR_EXISTS, "%" G_GINT64_FORMAT, id);
}

/* The validation before any network work. */
static void
test_add_caldav_invalid (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct { const char *url; const char *user; const char *password; } cases[] = {
    { "", "ann", "secret" },
    { "ftp://dav.example.com/", "ann", "secret" },
    { "not a url", "ann", "secret" },
    { "https://", "ann", "secret" },
    { "https://dav.example.com/", "", "secret" },
    { "https://dav.example.com/", "ann", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GError *error = NULL;

      pursuit_sync_engine_add_caldav_account_async (fixture->engine, cases[i].url, cases[i].user,
                                                    cases[i].password, NULL, add_caldav_cb, &error);
      while (error == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }
}

static void
test_automatic (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 id;

  pursuit_sync_engine_start (fixture->engine);
  id = schedule_interview (fixture);

  /* Queuing is enough: the engine runs it. */
  while (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id) > 0 ||
         pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id) == PURSUIT_ACCOUNT_STATE_SYNCING)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (test_backend_get_n_events (fixture->backend), ==, 1);
  g_assert_true (pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "interview",
                                                  id, NULL, NULL));
  pursuit_sync_engine_stop (fixture->engine);
}

static void
test_report_text (void)
{
  g_autoptr(PursuitSyncReport) report = pursuit_sync_report_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;

  pursuit_sync_report_add_account (report, 3, "ann@example.com");
  pursuit_sync_report_count (report, 3, PURSUIT_SYNC_CREATED);
  pursuit_sync_report_count (report, 3, PURSUIT_SYNC_CREATED);
  pursuit_sync_report_count (report, 3, PURSUIT_SYNC_MOVED_LOCALLY);
  pursuit_sync_report_count (report, 3, PURSUIT_SYNC_MAIL_FETCHED);
  pursuit_sync_report_count (report, 3, PURSUIT_SYNC_MAIL_FETCHED);
  pursuit_sync_report_count (report, 3, PURSUIT_SYNC_MAIL_JOB_RELATED);
  pursuit_sync_report_count (report, 3, PURSUIT_SYNC_MAIL_SUGGESTED);
  pursuit_sync_report_count (report, 3, PURSUIT_SYNC_MAIL_SENT);
  pursuit_sync_report_add_account (report, 4, "bob@dav.example.com");
  pursuit_sync_report_set_error (report, 4, "The server could not be reached.");
  pursuit_sync_report_set_pending (report, 4, 2);
  pursuit_sync_report_set_requests (report, 7);

  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_CREATED), ==, 2);
  g_assert_cmpuint (pursuit_sync_report_get_count (report, 4, PURSUIT_SYNC_CREATED), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 1);

  text = pursuit_sync_report_to_text (report);
  g_assert_cmpstr (text, ==,
                   "ann@example.com: 2 created, 0 updated, 0 deleted, 1 moved here, 0 cancelled here, 0 pending\n"
                   "  Gmail: 2 read, 1 about applications, 1 suggestions, 0 applied, 1 sent, 0 drafts\n"
                   "bob@dav.example.com: 0 created, 0 updated, 0 deleted, 0 moved here, 0 cancelled here, 2 pending\n"
                   "  Error: The server could not be reached.\n"
                   "7 requests made\n");

  node = pursuit_sync_report_to_json (report);
  json = json_to_string (node, FALSE);
  g_assert_cmpstr (json, ==,
                   "{\"requests\":7,\"errors\":1,\"accounts\":["
                   "{\"id\":3,\"label\":\"ann@example.com\",\"created\":2,\"updated\":0,\"deleted\":0,"
                   "\"moved_locally\":1,\"cancelled_locally\":0,\"mail_fetched\":2,\"mail_job_related\":1,"
                   "\"mail_suggested\":1,\"mail_applied\":0,\"mail_sent\":1,\"mail_drafted\":0,"
                   "\"pending\":0,\"error\":null},"
                   "{\"id\":4,\"label\":\"bob@dav.example.com\",\"created\":0,\"updated\":0,\"deleted\":0,"
                   "\"moved_locally\":0,\"cancelled_locally\":0,\"mail_fetched\":0,\"mail_job_related\":0,"
                   "\"mail_suggested\":0,\"mail_applied\":0,\"mail_sent\":0,\"mail_drafted\":0,"
                   "\"pending\":2,"
                   "\"error\":\"The server could not be reached.\"}]}");
}

static void
test_states (void)
{
  for (int s = PURSUIT_ACCOUNT_STATE_CONNECTED; s <= PURSUIT_ACCOUNT_STATE_DISABLED; s++)
    {
      g_assert_nonnull (pursuit_account_state_to_string (s));
      g_assert_nonnull (pursuit_account_state_get_label (s));
    }
  g_assert_cmpstr (pursuit_account_state_to_string (PURSUIT_ACCOUNT_STATE_NEEDS_SIGN_IN), ==, "needs-sign-in");
  g_assert_cmpstr (pursuit_account_state_to_string (PURSUIT_ACCOUNT_STATE_CIRCUIT_OPEN), ==, "circuit-open");
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/sync-engine/report", test_report_text);
  g_test_add_func ("/sync-engine/states", test_states);
  ADD ("/sync-engine/create", test_create);
  ADD ("/sync-engine/reschedule", test_reschedule);
  ADD ("/sync-engine/cancel", test_cancel);
  ADD ("/sync-engine/job-removed", test_job_removed);
  ADD ("/sync-engine/transient", test_transient);
  ADD ("/sync-engine/lost-response", test_lost_response);
  ADD ("/sync-engine/permanent", test_permanent);
  ADD ("/sync-engine/needs-sign-in", test_needs_sign_in);
  ADD ("/sync-engine/remote-changes", test_remote_changes);
  ADD ("/sync-engine/conflict", test_conflict);
  ADD ("/sync-engine/full-listing", test_full_listing);
  ADD ("/sync-engine/restart", test_restart);
  ADD ("/sync-engine/follow-ups", test_follow_ups);
  ADD ("/sync-engine/disabled", test_disabled);
  ADD ("/sync-engine/list-calendars", test_list_calendars);
  ADD ("/sync-engine/add-caldav-invalid", test_add_caldav_invalid);
  ADD ("/sync-engine/automatic", test_automatic);

  return g_test_run ();
}
