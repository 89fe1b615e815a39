/* test-sync-google.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* End to end: the sync engine with the real Google backend against the
 * fake Google, the refresh token in a real keyring. */

#include "fake-google.h"
#include "pursuit-google-calendar.h"
#include "pursuit-sync-engine.h"
#include "pursuit-test-async.h"
#include "pursuit-test-bus.h"
#include "pursuit-test-calendar-calls.h"
#include "pursuit-test-google.h"
#include "pursuit-test-keyring.h"
#include "pursuit-test-store.h"

#define CLIENT_ID     "engine-test.apps.googleusercontent.com"
#define CLIENT_SECRET "engine-test-secret"
#define HOUR          ((gint64) 3600)
#define DAY           (24 * HOUR)

typedef struct
{
  StoreFixture        store;
  FakeGoogle         *fake;
  PursuitHttp        *http;
  PursuitSecretStore *secrets;
  PursuitSyncEngine  *engine;
  SoupSession        *browser;
  gint64              account_id;
  char               *calendar_id;
  gint64              job_id;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(GError) error = NULL;

  if (pursuit_test_keyring_missing ())
    return;

  store_fixture_setup (&fixture->store, data);
  fixture->fake = pursuit_test_google_start (CLIENT_ID, CLIENT_SECRET);

  fixture->http = pursuit_http_new ();
  pursuit_http_set_retry_policy (fixture->http, 2, 10, 100);
  pursuit_http_set_breaker_policy (fixture->http, 5, 60 * G_TIME_SPAN_SECOND, G_TIME_SPAN_SECOND);
  fixture->secrets = pursuit_secret_store_new ();
  fixture->engine = pursuit_sync_engine_new (fixture->store.store, fixture->http, fixture->secrets);
  pursuit_sync_engine_set_google_client (fixture->engine, CLIENT_ID, CLIENT_SECRET);
  fixture->browser = soup_session_new ();

  pursuit_sync_engine_add_google_account_async (fixture->engine, pursuit_test_google_open_in_browser,
                                                fixture->browser, NULL, pursuit_test_store_result, &result);
  fixture->account_id = pursuit_sync_engine_add_google_account_finish (fixture->engine,
                                                                       pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->account_id, >, 0);

  account = pursuit_store_get_account (fixture->store.store, fixture->account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_account_get_kind (account), ==, "google");
  g_assert_cmpstr (pursuit_account_get_label (account), ==, fake_google_get_email (fixture->fake));
  g_assert_nonnull (pursuit_account_get_calendar_id (account));
  fixture->calendar_id = g_strdup (pursuit_account_get_calendar_id (account));

  fixture->job_id = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (pursuit_test_keyring_missing ())
    return;

  g_clear_object (&fixture->engine);
  g_clear_object (&fixture->secrets);
  g_clear_object (&fixture->http);
  g_clear_object (&fixture->browser);
  pursuit_test_google_stop (&fixture->fake);
  g_clear_pointer (&fixture->calendar_id, g_free);
  store_fixture_teardown (&fixture->store, data);
}

static PursuitSyncReport *
sync_now (Fixture *fixture)
{
  return sync_engine_run (fixture->engine, 0);
}

static gint64
schedule_interview (Fixture *fixture)
{
  gint64 starts_at = (g_get_real_time () / G_USEC_PER_SEC / HOUR) * HOUR + 2 * DAY;
  g_autoptr(PursuitInterview) interview = make_interview (fixture->job_id, "video", starts_at, 60);

  return store_interview (fixture->store.store, interview);
}

static char *
dup_event_id (Fixture *fixture,
              gint64   interview_id)
{
  g_autoptr(PursuitInterview) interview = get_stored_interview (fixture->store.store, interview_id);

  return pursuit_google_calendar_event_id_for_uid (pursuit_interview_get_uid (interview));
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitSyncReport) moved_report = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autofree char *event_id = NULL;
  JsonObject *event;
  JsonObject *reminders;
  JsonArray *overrides;
  gint64 id;
  gint64 new_start;

  if (pursuit_test_keyring_skip ())
    return;

  id = schedule_interview (fixture);
  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (report, PURSUIT_SYNC_CREATED), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_requests (report), >, 0);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, fixture->calendar_id, FALSE), ==, 1);

  event_id = dup_event_id (fixture, id);
  event = fake_google_get_event (fixture->fake, fixture->calendar_id, event_id);
  g_assert_nonnull (event);
  g_assert_cmpstr (json_object_get_string_member (event, "summary"), ==, "Interview: Backend Engineer at Acme");
  reminders = json_object_get_object_member (event, "reminders");
  g_assert_false (json_object_get_boolean_member (reminders, "useDefault"));
  overrides = json_object_get_array_member (reminders, "overrides");
  g_assert_cmpuint (json_array_get_length (overrides), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      static const gint64 minutes[] = { 1440, 60, 15 };
      JsonObject *o = json_array_get_object_element (overrides, i);

      g_assert_cmpstr (json_object_get_string_member (o, "method"), ==, "popup");
      g_assert_cmpint (json_object_get_int_member (o, "minutes"), ==, minutes[i]);
    }

  /* Moved on Google's side: the interview follows. */
  interview = get_stored_interview (fixture->store.store, id);
  new_start = pursuit_interview_get_starts_at (interview) + 2 * HOUR;
  g_assert_true (fake_google_move_event (fixture->fake, fixture->calendar_id, event_id,
                                         new_start, new_start + HOUR));
  moved_report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (moved_report), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (moved_report, PURSUIT_SYNC_MOVED_LOCALLY), ==, 1);
  g_clear_object (&interview);
  interview = get_stored_interview (fixture->store.store, id);
  g_assert_cmpint (pursuit_interview_get_starts_at (interview), ==, new_start);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, fixture->calendar_id, FALSE), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
}

static void
test_lost_response (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;

  if (pursuit_test_keyring_skip ())
    return;

  schedule_interview (fixture);
  schedule_interview (fixture);
  fake_google_add_fault (fixture->fake, "calendar.events.insert", FAKE_GOOGLE_FAULT_LOST_RESPONSE, 0, 0, 1);

  report = sync_now (fixture);
  /* Whether the retry was the HTTP layer's or the next sync's: */
  if (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id) > 0)
    {
      g_autoptr(PursuitSyncReport) again = sync_now (fixture);

      g_assert_cmpuint (pursuit_sync_report_get_n_errors (again), ==, 0);
    }
  /* One insert answered and lost, tried again: still two events. */
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.insert"), >=, 3);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, fixture->calendar_id, TRUE), ==, 2);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  g_assert_cmpuint (pursuit_store_count_calendar_links (fixture->store.store, fixture->account_id), ==, 2);
}

static void
test_storm (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) first = NULL;
  g_autoptr(PursuitSyncReport) second = NULL;
  g_autoptr(PursuitSyncReport) last = NULL;
  g_autoptr(PursuitAccount) account = NULL;

  if (pursuit_test_keyring_skip ())
    return;

  schedule_interview (fixture);
  /* Three attempts a request (two retries): the second sync's first
   * attempt is the fifth failure and opens the circuit. */
  fake_google_add_fault (fixture->fake, "calendar.", FAKE_GOOGLE_FAULT_STATUS, 503, 0, 5);

  first = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (first), ==, 1);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_OFFLINE);
  second = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (second), ==, 1);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_CIRCUIT_OPEN);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, fixture->calendar_id, TRUE), ==, 0);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 1);

  /* Half-open after a second: one request through, and it works. */
  spin_for (1200);
  last = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (last), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (last, PURSUIT_SYNC_CREATED), ==, 1);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, fixture->calendar_id, TRUE), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_CONNECTED);
  account = pursuit_store_get_account (fixture->store.store, fixture->account_id, NULL);
  g_assert_null (pursuit_account_get_last_error (account));
}

static void
test_sign_in_again (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitSyncReport) after = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 again;

  if (pursuit_test_keyring_skip ())
    return;

  schedule_interview (fixture);
  fake_google_revoke_refresh_tokens (fixture->fake);
  fake_google_expire_access_tokens (fixture->fake);

  report = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 1);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_NEEDS_SIGN_IN);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 1);

  /* The same address signs in again: the same account, working again. */
  pursuit_sync_engine_add_google_account_async (fixture->engine, pursuit_test_google_open_in_browser,
                                                fixture->browser, NULL, pursuit_test_store_result, &result);
  again = pursuit_sync_engine_add_google_account_finish (fixture->engine, pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, fixture->account_id);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_CONNECTED);

  after = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (after), ==, 0);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, fixture->calendar_id, FALSE), ==, 1);
}

static void
lookup_token (Fixture  *fixture,
              char    **out_token)
{
  g_autoptr(PursuitAccount) account = pursuit_store_get_account (fixture->store.store, fixture->account_id, NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (account);
  pursuit_secret_store_lookup_async (fixture->secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN,
                                     pursuit_account_get_secret_key (account), NULL,
                                     pursuit_test_store_result, &result);
  *out_token = pursuit_secret_store_lookup_finish (fixture->secrets, pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) lookup = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  g_autofree char *token = NULL;
  g_autofree char *secret_key = NULL;
  g_autofree char *gone = NULL;

  if (pursuit_test_keyring_skip ())
    return;

  schedule_interview (fixture);
  report = sync_now (fixture);
  lookup_token (fixture, &token);
  g_assert_nonnull (token);
  account = pursuit_store_get_account (fixture->store.store, fixture->account_id, NULL);
  secret_key = g_strdup (pursuit_account_get_secret_key (account));

  pursuit_sync_engine_remove_account_async (fixture->engine, fixture->account_id, NULL,
                                            pursuit_test_store_result, &result);
  g_assert_true (pursuit_sync_engine_remove_account_finish (fixture->engine, pursuit_test_wait_for (&result),
                                                            &error));
  g_assert_no_error (error);

  g_assert_true (fake_google_token_is_revoked (fixture->fake, token));
  g_assert_null (pursuit_store_get_account (fixture->store.store, fixture->account_id, NULL));
  pursuit_secret_store_lookup_async (fixture->secrets, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN, secret_key,
                                     NULL, pursuit_test_store_result, &lookup);
  gone = pursuit_secret_store_lookup_finish (fixture->secrets, pursuit_test_wait_for (&lookup), &error);
  g_assert_no_error (error);
  g_assert_null (gone);
  /* The events stay in the calendar. */
  g_assert_cmpuint (fake_google_count_events (fixture->fake, fixture->calendar_id, FALSE), ==, 1);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  pursuit_test_keyring_init (&argc, &argv);

  ADD ("/sync-google/round-trip", test_round_trip);
  ADD ("/sync-google/lost-response", test_lost_response);
  ADD ("/sync-google/storm", test_storm);
  ADD ("/sync-google/sign-in-again", test_sign_in_again);
  ADD ("/sync-google/remove", test_remove);

  return pursuit_test_keyring_run ();
}
