/* bench-calendar-sync.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Google Calendar sync against the fake Google on loopback:
 *
 *   push      200 interviews from a store, each made into an event and
 *             inserted through the backend: events/s and requests per
 *             event (1 when nothing goes wrong)
 *   pull      an incremental pull with nothing new: the requests it makes
 *             (must be 1) and its median time next to the median of a
 *             plain calendar list GET, the cheapest authorized request
 */

#include "fake-google.h"
#include "pursuit-bench.h"
#include "pursuit-google-calendar.h"
#include "pursuit-test-async.h"
#include "pursuit-test-calendar-calls.h"
#include "pursuit-test-google.h"
#include "pursuit-test-store.h"

#define N_INTERVIEWS 200
#define N_RUNS 30
#define CALENDAR "jobs@group.calendar.google.com"
/* 2026-11-16 09:00 UTC, a Monday. */
#define MONDAY 1794819600

static GPtrArray *
add_interviews (PursuitStore *store)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < N_INTERVIEWS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Engineer %u", i);
      gint64 job_id = add_job (store, title, "Acme", "interview_scheduled");
      g_autoptr(PursuitInterview) interview = make_interview (job_id, "video", MONDAY + i * 3600, 45);
      gint64 *id = g_new (gint64, 1);

      pursuit_interview_set_location (interview, "https://meet.example.com/abc");
      pursuit_interview_set_interviewer (interview, "Jane Doe");
      *id = store_interview (store, interview);
      g_ptr_array_add (ids, id);
    }

  return ids;
}

static GPtrArray *
pull (PursuitCalendarBackend  *backend,
      const char              *token,
      char                   **out_token)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = backend_pull_changes (backend, token, out_token, &error);

  if (changes == NULL)
    g_error ("Pulling failed: %s", error->message);
  return changes;
}

static double
time_pull (PursuitCalendarBackend *backend,
           const char             *token)
{
  g_autofree char *next = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  double start = now_ms ();

  changes = pull (backend, token, &next);
  if (changes->len != 0)
    g_error ("An incremental pull found %u changes", changes->len);
  return now_ms () - start;
}

static double
time_list (PursuitCalendarBackend *backend)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GError) error = NULL;
  double start = now_ms ();

  pursuit_calendar_backend_list_calendars_async (backend, NULL, pursuit_test_store_result, &result);
  calendars = pursuit_calendar_backend_list_calendars_finish (backend, pursuit_test_wait_for (&result), &error);
  if (calendars == NULL)
    g_error ("Listing calendars failed: %s", error->message);
  return now_ms () - start;
}

int
main (int   argc,
      char *argv[])
{
  StoreFixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(FakeGoogle) fake = NULL;
  g_autoptr(PursuitHttp) http = NULL;
  g_autoptr(PursuitGoogleAuth) auth = NULL;
  g_autoptr(PursuitGoogleCalendar) calendar = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) full = NULL;
  g_autofree char *token = NULL;
  PursuitCalendarBackend *backend;
  double pulls[N_RUNS];
  double lists[N_RUNS];
  guint64 requests;
  double start;
  double push_ms, pull_ms, list_ms;

  store_fixture_setup (&fixture, NULL);
  fake = fake_google_new (0, &error);
  if (fake == NULL)
    g_error ("The fake Google did not start: %s", error->message);
  fake_google_export_environment (fake);

  http = pursuit_http_new ();
  auth = pursuit_test_google_sign_in (fake, http, "bench-client", "bench-secret");
  calendar = pursuit_google_calendar_new (http, auth, CALENDAR);
  backend = PURSUIT_CALENDAR_BACKEND (calendar);
  ids = add_interviews (fixture.store);

  requests = pursuit_http_get_request_count (http);
  start = now_ms ();
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = *(gint64 *) ids->pdata[i];
      g_autoptr(PursuitCalendarEvent) event = pursuit_calendar_event_new_for_interview (fixture.store, id, FALSE, &error);
      g_autoptr(GAsyncResult) result = NULL;

      if (event == NULL)
        g_error ("No event for interview %" G_GINT64_FORMAT ": %s", id, error->message);
      pursuit_calendar_backend_put_event_async (backend, event, NULL, NULL, NULL, pursuit_test_store_result, &result);
      if (!pursuit_calendar_backend_put_event_finish (backend, pursuit_test_wait_for (&result), NULL, NULL, &error))
        g_error ("Pushing failed: %s", error->message);
    }
  push_ms = now_ms () - start;
  requests = pursuit_http_get_request_count (http) - requests;

  g_print ("push     %u events in %.0f ms: %.0f events/s, %.2f requests per event\n",
           N_INTERVIEWS, push_ms, N_INTERVIEWS / (push_ms / 1000.0), (double) requests / N_INTERVIEWS);
  if (fake_google_count_events (fake, CALENDAR, TRUE) != N_INTERVIEWS)
    g_error ("The calendar has %u events", fake_google_count_events (fake, CALENDAR, TRUE));

  full = pull (backend, NULL, &token);
  g_print ("full     %u events listed\n", full->len);

  requests = pursuit_http_get_request_count (http);
  for (guint i = 0; i < N_RUNS; i++)
    pulls[i] = time_pull (backend, token);
  requests = pursuit_http_get_request_count (http) - requests;
  for (guint i = 0; i < N_RUNS; i++)
    lists[i] = time_list (backend);

  pull_ms = median_ms (pulls, N_RUNS);
  list_ms = median_ms (lists, N_RUNS);
  g_print ("pull     nothing new: %.1f requests, median %.2f ms; calendar list GET median %.2f ms (x%.2f)\n",
           (double) requests / N_RUNS, pull_ms, list_ms, pull_ms / MAX (list_ms, 0.001));
  if (requests != N_RUNS)
    g_error ("An incremental pull with nothing new made %.1f requests, not 1", (double) requests / N_RUNS);

  fake_google_assert_no_violations (fake);
  g_clear_object (&calendar);
  g_clear_object (&auth);
  g_clear_object (&http);
  g_clear_object (&fake);
  store_fixture_teardown (&fixture, NULL);
  return 0;
}
