/* test-calendar-event.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-calendar-event.h"
#include "pursuit-test-store.h"

/* 2026-11-16 09:00 UTC, a Monday. */
#define MONDAY 1794819600
#define HOUR 3600
#define DAY (24 * HOUR)

static gint64
add_detailed_interview (PursuitStore *store,
                        gint64        job_id)
{
  g_autoptr(PursuitInterview) interview = make_interview (job_id, "technical", MONDAY, 45);

  pursuit_interview_set_location (interview, "https://meet.example.com/abc");
  pursuit_interview_set_interviewer (interview, "Jane Doe");
  pursuit_interview_set_interviewer_email (interview, "jane@acme.test");
  pursuit_interview_set_notes (interview, "Bring the <portfolio> & smile");
  pursuit_interview_set_reminder_minutes (interview, "1440,60,15");

  return store_interview (store, interview);
}

static void
set_job_url (PursuitStore *store,
             gint64        job_id,
             const char   *url)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_store_get_job (store, job_id, &error);

  g_assert_no_error (error);
  pursuit_job_set_url (job, url);
  g_assert_true (pursuit_store_update_job (store, job, &error));
  g_assert_no_error (error);
}

static void
test_interview_event (StoreFixture  *fixture,
                      gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", "interview_scheduled");
  gint64 interview_id;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitCalendarEvent) event = NULL;
  g_autoptr(PursuitStage) stage = pursuit_store_get_stage (store, "interview_scheduled");
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stage_line = NULL;
  const char *description;

  set_job_url (store, job_id, "https://jobs.example.com/42");
  interview_id = add_detailed_interview (store, job_id);
  interview = pursuit_store_get_interview (store, interview_id, &error);
  g_assert_no_error (error);

  event = pursuit_calendar_event_new_for_interview (store, interview_id, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (event);

  g_assert_cmpstr (pursuit_calendar_event_get_summary (event), ==, "Interview: Backend Engineer at Acme");
  g_assert_cmpstr (pursuit_calendar_event_get_uid (event), ==, pursuit_interview_get_uid (interview));
  g_assert_true (g_str_has_suffix (pursuit_calendar_event_get_uid (event), "@pursuit.invalid"));
  g_assert_cmpint (pursuit_calendar_event_get_starts_at (event), ==, MONDAY);
  g_assert_cmpint (pursuit_calendar_event_get_ends_at (event), ==, MONDAY + 45 * 60);
  g_assert_false (pursuit_calendar_event_get_all_day (event));
  g_assert_cmpstr (pursuit_calendar_event_get_location (event), ==, "https://meet.example.com/abc");
  g_assert_cmpstr (pursuit_calendar_event_get_url (event), ==, "https://jobs.example.com/42");
  g_assert_cmpstr (pursuit_calendar_event_get_reminder_minutes (event), ==, "1440,60,15");
  /* Not invited: the interviewer is only named in the description. */
  g_assert_null (pursuit_calendar_event_get_attendee_email (event));
  g_assert_null (pursuit_calendar_event_get_attendee_name (event));

  description = pursuit_calendar_event_get_description (event);
  stage_line = g_strdup_printf ("Stage: %s\n", pursuit_stage_get_label (stage));
  g_assert_true (g_str_has_prefix (description, stage_line));
  g_assert_nonnull (strstr (description, "\nPosting: https://jobs.example.com/42\n"));
  g_assert_nonnull (strstr (description, "\nInterviewer: Jane Doe <jane@acme.test>\n"));
  g_assert_nonnull (strstr (description, "\nLocation: https://meet.example.com/abc\n"));
  /* Notes as they are, after a blank line; not markup, not escaped. */
  g_assert_true (g_str_has_suffix (description, "\n\nBring the <portfolio> & smile"));

  offsets = pursuit_calendar_event_dup_reminder_offsets (event);
  g_assert_cmpuint (offsets->len, ==, 3);
  g_assert_cmpint (g_array_index (offsets, int, 0), ==, 1440);
  g_assert_cmpint (g_array_index (offsets, int, 1), ==, 60);
  g_assert_cmpint (g_array_index (offsets, int, 2), ==, 15);
}

static void
test_interview_invite (StoreFixture  *fixture,
                       gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", NULL, "applied");
  gint64 interview_id = add_detailed_interview (store, job_id);
  g_autoptr(PursuitInterview) plain = make_interview (job_id, "phone", MONDAY + DAY, 30);
  g_autoptr(PursuitCalendarEvent) event = NULL;
  g_autoptr(PursuitCalendarEvent) without_email = NULL;
  g_autoptr(GError) error = NULL;
  gint64 plain_id;

  event = pursuit_calendar_event_new_for_interview (store, interview_id, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_calendar_event_get_attendee_email (event), ==, "jane@acme.test");
  g_assert_cmpstr (pursuit_calendar_event_get_attendee_name (event), ==, "Jane Doe");
  /* No company known: the summary does without. */
  g_assert_cmpstr (pursuit_calendar_event_get_summary (event), ==, "Interview: Backend Engineer");
  /* No posting link known. */
  g_assert_null (pursuit_calendar_event_get_url (event));

  /* Asked to invite, but nobody to invite. */
  pursuit_interview_set_interviewer (plain, "Sam");
  plain_id = store_interview (store, plain);
  without_email = pursuit_calendar_event_new_for_interview (store, plain_id, TRUE, &error);
  g_assert_no_error (error);
  g_assert_null (pursuit_calendar_event_get_attendee_email (without_email));
  g_assert_null (pursuit_calendar_event_get_attendee_name (without_email));
  g_assert_nonnull (strstr (pursuit_calendar_event_get_description (without_email), "Interviewer: Sam"));
}

static void
test_follow_up_event (StoreFixture  *fixture,
                      gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Designer", "Globex", "applied");
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  gint64 due_at = unix_time_in (local, 2026, 11, 20, 14, 30);
  gint64 follow_up_id;
  g_autoptr(PursuitFollowUp) follow_up = make_follow_up (job_id, "after_applied", due_at);
  g_autoptr(PursuitCalendarEvent) event = NULL;
  g_autoptr(PursuitCalendarEvent) again = NULL;
  g_autoptr(GArray) offsets = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_follow_up_set_template (follow_up, "Hello {company}, any news?");
  follow_up_id = store_follow_up (store, follow_up);
  set_job_url (store, job_id, "https://globex.example/careers/7");

  event = pursuit_calendar_event_new_for_follow_up (store, follow_up_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_calendar_event_get_summary (event), ==, "Follow up: Designer at Globex");
  g_assert_true (pursuit_calendar_event_get_all_day (event));
  g_assert_cmpint (pursuit_calendar_event_get_starts_at (event), ==, unix_time_in (local, 2026, 11, 20, 0, 0));
  g_assert_cmpint (pursuit_calendar_event_get_ends_at (event), ==, unix_time_in (local, 2026, 11, 21, 0, 0));
  g_assert_cmpstr (pursuit_calendar_event_get_url (event), ==, "https://globex.example/careers/7");
  g_assert_nonnull (strstr (pursuit_calendar_event_get_description (event), "Posting: https://globex.example/careers/7"));
  g_assert_nonnull (strstr (pursuit_calendar_event_get_description (event), "Hello Globex, any news?"));
  g_assert_null (pursuit_calendar_event_get_attendee_email (event));
  offsets = pursuit_calendar_event_dup_reminder_offsets (event);
  g_assert_cmpuint (offsets->len, ==, 0);

  /* The uid is the same every time: pushes after the first find it. */
  g_assert_true (g_str_has_prefix (pursuit_calendar_event_get_uid (event), "follow-up-"));
  g_assert_true (g_str_has_suffix (pursuit_calendar_event_get_uid (event), "@pursuit.invalid"));
  again = pursuit_calendar_event_new_for_follow_up (store, follow_up_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_calendar_event_get_uid (again), ==, pursuit_calendar_event_get_uid (event));
}

static void
test_missing (StoreFixture  *fixture,
              gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(PursuitCalendarEvent) interview = NULL;
  g_autoptr(PursuitCalendarEvent) follow_up = NULL;
  g_autoptr(GError) error = NULL;

  interview = pursuit_calendar_event_new_for_interview (store, 4242, FALSE, &error);
  g_assert_null (interview);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  follow_up = pursuit_calendar_event_new_for_follow_up (store, 4242, &error);
  g_assert_null (follow_up);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
assert_offsets (const char *minutes,
                const int  *expected,
                guint       n_expected)
{
  g_autoptr(PursuitCalendarEvent) event = pursuit_calendar_event_new ();
  g_autoptr(GArray) offsets = NULL;

  pursuit_calendar_event_set_reminder_minutes (event, minutes);
  offsets = pursuit_calendar_event_dup_reminder_offsets (event);
  g_assert_cmpuint (offsets->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (g_array_index (offsets, int, i), ==, expected[i]);
}

static void
test_reminder_offsets (void)
{
  static const int many[] = { 1440, 60, 30, 25, 20 };
  static const int messy[] = { 60, 10 };
  static const int one[] = { 0 };

  /* Calendars take at most five: the earliest ones win. */
  assert_offsets ("5,10,15,20,25,30,60,1440", many, G_N_ELEMENTS (many));
  assert_offsets (" 10 ,abc,60,-5,10,", messy, G_N_ELEMENTS (messy));
  assert_offsets ("0", one, G_N_ELEMENTS (one));
  assert_offsets ("", NULL, 0);
  assert_offsets (NULL, NULL, 0);
}

static void
test_time_zone (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("TZ"));
  g_autoptr(PursuitCalendarEvent) berlin = NULL;
  g_autoptr(PursuitCalendarEvent) posix = NULL;
  g_autoptr(PursuitCalendarEvent) utc = NULL;

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  berlin = pursuit_calendar_event_new ();
  g_assert_cmpstr (pursuit_calendar_event_get_time_zone (berlin), ==, "Europe/Berlin");

  /* A POSIX rule is no name another calendar knows. */
  g_setenv ("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", TRUE);
  posix = pursuit_calendar_event_new ();
  g_assert_cmpstr (pursuit_calendar_event_get_time_zone (posix), ==, "UTC");

  g_setenv ("TZ", "UTC", TRUE);
  utc = pursuit_calendar_event_new ();
  g_assert_cmpstr (pursuit_calendar_event_get_time_zone (utc), ==, "UTC");

  if (saved != NULL)
    g_setenv ("TZ", saved, TRUE);
  else
    g_unsetenv ("TZ");
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(PursuitCalendarEvent) event = pursuit_calendar_event_new ();
  g_autofree char *summary = NULL;
  gint64 starts_at = 0;
  guint notified = 0;

  g_signal_connect (event, "notify::summary", G_CALLBACK (count_notify), &notified);

  g_object_set (event, "summary", "Call", "starts-at", (gint64) 1000, "all-day", TRUE, NULL);
  g_object_get (event, "summary", &summary, "starts-at", &starts_at, NULL);
  g_assert_cmpstr (summary, ==, "Call");
  g_assert_cmpint (starts_at, ==, 1000);
  g_assert_true (pursuit_calendar_event_get_all_day (event));
  /* The same value again notifies nobody. */
  pursuit_calendar_event_set_summary (event, "Call");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (pursuit_calendar_event_get_reminder_minutes (event), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/calendar-event/interview", StoreFixture, NULL,
              store_fixture_setup, test_interview_event, store_fixture_teardown);
  g_test_add ("/calendar-event/invite", StoreFixture, NULL,
              store_fixture_setup, test_interview_invite, store_fixture_teardown);
  g_test_add ("/calendar-event/follow-up", StoreFixture, NULL,
              store_fixture_setup, test_follow_up_event, store_fixture_teardown);
  g_test_add ("/calendar-event/missing", StoreFixture, NULL,
              store_fixture_setup, test_missing, store_fixture_teardown);
  g_test_add_func ("/calendar-event/reminder-offsets", test_reminder_offsets);
  g_test_add_func ("/calendar-event/time-zone", test_time_zone);
  g_test_add_func ("/calendar-event/properties", test_properties);

  return g_test_run ();
}
