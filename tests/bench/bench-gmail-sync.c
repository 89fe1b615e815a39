/* bench-gmail-sync.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Gmail sync against the fake Google on loopback with 50 ms of latency
 * per request and a mailbox of 5,000 messages, through the whole mail
 * engine (sign-in from the keyring, listing, batches, classifying,
 * matching, saving):
 *
 *   first        the first sync: requests and wall time
 *   incremental  a sync with nothing new: requests (must be 1) and time
 *   baseline     the median of one getProfile round trip, and that times
 *                each sync's request count: what the requests alone cost
 *                one after the other; and the median of one batch of 100
 *                messages.get, since the fake runs each part of a batch
 *                as a request of its own (with the latency) where Google
 *                answers a batch in about one round trip
 */

#include "pursuit-bench.h"
#include "pursuit-gmail-client.h"
#include "pursuit-test-async.h"
#include "pursuit-test-keyring.h"
#include "pursuit-test-mail.h"

#define N_MESSAGES 5000
#define LATENCY_MS 50
#define N_BASELINE 15

/* The median of N_BASELINE getProfile calls with the account's auth. */
static PursuitGmailClient *
new_client (MailFixture *fixture)
{
  g_autoptr(GAsyncResult) auth_result = NULL;
  g_autoptr(PursuitGoogleAuth) auth = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_sync_engine_get_google_auth_async (fixture->sync, fixture->account_id, NULL,
                                             pursuit_test_store_result, &auth_result);
  auth = pursuit_sync_engine_get_google_auth_finish (fixture->sync, pursuit_test_wait_for (&auth_result), &error);
  g_assert_no_error (error);
  return pursuit_gmail_client_new (fixture->http, PURSUIT_AUTHORIZER (auth), "gmail");
}

/* The median of 3 batches of the first 100 messages of the inbox. */
static double
batch_round_trip_ms (MailFixture *fixture)
{
  g_autoptr(PursuitGmailClient) client = new_client (fixture);
  g_autoptr(GAsyncResult) listed = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *next = NULL;
  double times[3];

  pursuit_gmail_client_list_messages_async (client, "in:inbox", NULL, 100, NULL, pursuit_test_store_result, &listed);
  ids = pursuit_gmail_client_list_messages_finish (client, pursuit_test_wait_for (&listed), &next, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 100);
  g_ptr_array_add (ids, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GPtrArray) messages = NULL;
      double start = now_ms ();

      pursuit_gmail_client_get_messages_async (client, (const char * const *) ids->pdata, NULL,
                                               pursuit_test_store_result, &result);
      messages = pursuit_gmail_client_get_messages_finish (client, pursuit_test_wait_for (&result), NULL, &error);
      g_assert_no_error (error);
      times[i] = now_ms () - start;
    }
  return median_ms (times, G_N_ELEMENTS (times));
}

static double
profile_round_trip_ms (MailFixture *fixture)
{
  g_autoptr(PursuitGmailClient) client = new_client (fixture);
  g_autoptr(GError) error = NULL;
  double times[N_BASELINE];

  for (guint i = 0; i < N_BASELINE; i++)
    {
      g_autoptr(GAsyncResult) result = NULL;
      g_autofree char *email = NULL;
      g_autofree char *history_id = NULL;
      double start = now_ms ();

      pursuit_gmail_client_get_profile_async (client, NULL, pursuit_test_store_result, &result);
      g_assert_true (pursuit_gmail_client_get_profile_finish (client, pursuit_test_wait_for (&result), &email,
                                                              &history_id, &error));
      g_assert_no_error (error);
      times[i] = now_ms () - start;
    }
  return median_ms (times, N_BASELINE);
}

static void
run_sync (MailFixture *fixture,
          const char  *name,
          double       round_trip_ms,
          double       batch_ms)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  guint before = fake_google_count_requests (fixture->fake, NULL);
  guint batches_before = fake_google_count_requests (fixture->fake, "gmail.batch");
  guint batches;
  guint fetched;
  double expected;
  double start = now_ms ();
  double elapsed;
  guint calls;
  guint requests;

  report = mail_fixture_sync (fixture);
  elapsed = now_ms () - start;
  /* The fake counts a batch and each of its parts; HTTP requests are
   * what went on the wire. */
  calls = fake_google_count_requests (fixture->fake, NULL) - before;
  requests = (guint) pursuit_sync_report_get_requests (report);
  batches = fake_google_count_requests (fixture->fake, "gmail.batch") - batches_before;
  fetched = pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_FETCHED);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);
  /* The batches (messages and their attachments) at the fake's batch
   * time, the other requests at one round trip each. */
  expected = ((fetched + 99) / 100) * batch_ms + (requests - MIN (batches, requests)) * round_trip_ms;

  g_print ("%-12s %5u messages read  %4u HTTP requests (%5u API calls)  %8.0f ms"
           "   baseline %4u x %.1f ms = %8.0f ms   ratio %.2f\n",
           name, pursuit_sync_report_get_total (report, PURSUIT_SYNC_MAIL_FETCHED), requests, calls,
           elapsed, requests, round_trip_ms, requests * round_trip_ms,
           elapsed / MAX (requests * round_trip_ms, 1.0));
  g_print ("%-12s with the fake's batch time: %u batches, expected %8.0f ms, ratio %.2f, "
           "%.2f ms per message beyond the requests\n",
           "", batches, expected, elapsed / MAX (expected, 1.0),
           fetched > 0 ? MAX (elapsed - expected, 0.0) / fetched : 0.0);
}

int
main (int   argc,
      char *argv[])
{
  MailFixture fixture = { 0 };
  double round_trip;
  double batch;

  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  pursuit_test_keyring_start ();
  if (pursuit_test_keyring_missing ())
    {
      g_print ("bench-gmail-sync: skipped, no gnome-keyring-daemon\n");
      pursuit_test_keyring_down ();
      return 0;
    }

  mail_fixture_setup (&fixture, NULL);
  fake_google_seed_messages (fixture.fake, N_MESSAGES);
  fake_google_set_latency (fixture.fake, LATENCY_MS);

  round_trip = profile_round_trip_ms (&fixture);
  g_print ("Gmail sync, %u messages, %u ms latency per request\n", N_MESSAGES, LATENCY_MS);
  batch = batch_round_trip_ms (&fixture);
  g_print ("baseline: getProfile round trip, median of %u: %.1f ms\n", N_BASELINE, round_trip);
  g_print ("baseline: one batch of 100 messages.get (with their calendar attachments), median of 3: %.1f ms\n",
           batch);
  run_sync (&fixture, "first", round_trip, batch);
  run_sync (&fixture, "incremental", round_trip, batch);

  mail_fixture_teardown (&fixture, NULL);
  pursuit_test_keyring_down ();
  return 0;
}
