/* test-interview-flow.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One user's path through the calendar features, across the parts that
 * each have their own tests: an interview is scheduled, the automation
 * moves the job and plans the thank-you, the agenda shows both, the
 * scheduler reminds a day, an hour and 15 minutes before, rescheduling
 * moves everything that hangs on it and cancelling silences it. */

#include "pursuit-automation.h"
#include "pursuit-reminder-scheduler.h"
#include "pursuit-test-store.h"

/* 2026-11-23 09:00:00 UTC, a Monday. */
#define MONDAY_MORNING ((gint64) 1795424400)
#define MINUTE         ((gint64) 60)
#define HOUR           (60 * MINUTE)
#define DAY            (24 * HOUR)

typedef struct
{
  StoreFixture              store;
  PursuitAutomation        *automation;
  PursuitReminderScheduler *scheduler;
  GTimeZone                *utc;
  gint64                    now;
  gint64                    job_id;
  GPtrArray                *delivered;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  store_fixture_setup (&fixture->store, data);
  fixture->automation = pursuit_automation_new (fixture->store.store);
  fixture->utc = g_time_zone_new_utc ();
  fixture->now = MONDAY_MORNING;
  fixture->delivered = g_ptr_array_new_with_free_func (g_free);
  fixture->job_id = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");

  fixture->scheduler = pursuit_reminder_scheduler_new (fixture->store.store);
  pursuit_reminder_scheduler_set_clock (fixture->scheduler, fake_clock_read, &fixture->now, NULL);
  pursuit_reminder_scheduler_set_time_zone (fixture->scheduler, fixture->utc);
  g_signal_connect (fixture->scheduler, "reminders-due", G_CALLBACK (collect_reminder_keys), fixture->delivered);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->scheduler);
  g_assert_finalize_object (fixture->automation);
  g_clear_pointer (&fixture->delivered, g_ptr_array_unref);
  g_clear_pointer (&fixture->utc, g_time_zone_unref);
  store_fixture_teardown (&fixture->store, data);
}

/* Moves the fake clock and lets the scheduler look; returns the keys that
 * fired at that moment, comma-separated ("" when none). */
static char *
advance_to (Fixture *fixture,
            gint64   now)
{
  g_autoptr(GString) keys = g_string_new (NULL);
  guint first = fixture->delivered->len;

  fixture->now = now;
  pursuit_reminder_scheduler_check_now (fixture->scheduler);

  for (guint i = first; i < fixture->delivered->len; i++)
    {
      if (keys->len > 0)
        g_string_append_c (keys, ',');
      g_string_append (keys, g_ptr_array_index (fixture->delivered, i));
    }

  return g_string_free (g_steal_pointer (&keys), FALSE);
}

static gint64
schedule_interview (Fixture *fixture,
                    gint64   starts_at)
{
  g_autoptr(PursuitInterview) interview = make_interview (fixture->job_id, "technical", starts_at, 60);

  pursuit_interview_set_location (interview, "https://meet.example.com/abc");
  pursuit_interview_set_interviewer (interview, "Ada Lovelace");
  pursuit_interview_set_interviewer_email (interview, "ada@acme.example");
  pursuit_interview_set_reminder_minutes (interview, PURSUIT_INTERVIEW_DEFAULT_REMINDERS);

  return store_interview (fixture->store.store, interview);
}

/* The pending follow-up created for the interview: the thank-you. */
static PursuitFollowUp *
find_thank_you (Fixture *fixture,
                gint64   interview_id)
{
  g_autoptr(GPtrArray) follow_ups = pursuit_store_list_follow_ups (fixture->store.store, fixture->job_id);

  for (guint i = 0; i < follow_ups->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);

      if (pursuit_follow_up_get_interview_id (follow_up) == interview_id)
        return g_object_ref (follow_up);
    }

  return NULL;
}

static guint
count_agenda (Fixture           *fixture,
              PursuitAgendaKind  kind,
              gint64             from,
              gint64             to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = pursuit_store_list_agenda (fixture->store.store, from, to, fixture->utc, &error);
  guint count = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      PursuitAgendaItem *item = g_ptr_array_index (items, i);

      if (pursuit_agenda_item_get_kind (item) == kind &&
          pursuit_agenda_item_get_job_id (item) == fixture->job_id)
        count++;
    }

  return count;
}

static char *
job_stage (Fixture *fixture)
{
  g_autoptr(PursuitJob) job = pursuit_store_get_job (fixture->store.store, fixture->job_id, NULL);

  g_assert_nonnull (job);
  return g_strdup (pursuit_job_get_stage (job));
}

static void
test_flow_schedule_remind_thank (Fixture       *fixture,
                                 gconstpointer  data)
{
  /* Wednesday 14:00 UTC. */
  gint64 starts_at = MONDAY_MORNING + 2 * DAY + 5 * HOUR;
  g_autofree char *stage = NULL;
  g_autoptr(PursuitFollowUp) thank_you = NULL;
  g_autofree char *fired = NULL;
  g_autofree char *key_day = NULL;
  g_autofree char *key_hour = NULL;
  g_autofree char *key_quarter = NULL;
  g_autofree char *key_thanks = NULL;
  gint64 interview_id;

  /* Applying planned "is my application still considered?" for Thursday. */
  g_assert_cmpuint (count_agenda (fixture, PURSUIT_AGENDA_FOLLOW_UP, MONDAY_MORNING, MONDAY_MORNING + 7 * DAY), ==, 1);

  interview_id = schedule_interview (fixture, starts_at);
  spin_until_idle ();

  stage = job_stage (fixture);
  g_assert_cmpstr (stage, ==, "interview_scheduled");

  thank_you = find_thank_you (fixture, interview_id);
  g_assert_nonnull (thank_you);
  g_assert_cmpstr (pursuit_follow_up_get_status (thank_you), ==, "pending");
  /* A day after the interview ends. */
  g_assert_cmpint (pursuit_follow_up_get_due_at (thank_you), ==, starts_at + HOUR + DAY);

  /* The interview and the thank-you; the company has answered, so the
   * application's own follow-up is gone. */
  g_assert_cmpuint (count_agenda (fixture, PURSUIT_AGENDA_INTERVIEW, MONDAY_MORNING, MONDAY_MORNING + 7 * DAY), ==, 1);
  g_assert_cmpuint (count_agenda (fixture, PURSUIT_AGENDA_FOLLOW_UP, MONDAY_MORNING, MONDAY_MORNING + 7 * DAY), ==, 1);

  key_day = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":1440", interview_id);
  key_hour = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":60", interview_id);
  key_quarter = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":15", interview_id);
  key_thanks = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":0", pursuit_follow_up_get_id (thank_you));

  fired = advance_to (fixture, starts_at - DAY - 1);
  g_assert_cmpstr (fired, ==, "");
  g_clear_pointer (&fired, g_free);

  fired = advance_to (fixture, starts_at - DAY);
  g_assert_cmpstr (fired, ==, key_day);
  g_clear_pointer (&fired, g_free);

  /* Exactly once, however often the scheduler looks. */
  fired = advance_to (fixture, starts_at - DAY + 30);
  g_assert_cmpstr (fired, ==, "");
  g_clear_pointer (&fired, g_free);

  fired = advance_to (fixture, starts_at - HOUR);
  g_assert_cmpstr (fired, ==, key_hour);
  g_clear_pointer (&fired, g_free);

  fired = advance_to (fixture, starts_at - 15 * MINUTE);
  g_assert_cmpstr (fired, ==, key_quarter);
  g_clear_pointer (&fired, g_free);

  fired = advance_to (fixture, starts_at + HOUR + DAY);
  g_assert_cmpstr (fired, ==, key_thanks);
  g_clear_pointer (&fired, g_free);

  g_assert_cmpuint (fixture->delivered->len, ==, 4);
}

static void
test_flow_reschedule_moves_everything (Fixture       *fixture,
                                       gconstpointer  data)
{
  gint64 starts_at = MONDAY_MORNING + 2 * DAY + 5 * HOUR;
  gint64 moved_to = starts_at + DAY + 2 * HOUR;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitFollowUp) thank_you = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fired = NULL;
  g_autofree char *key_day = NULL;
  gint64 interview_id;

  interview_id = schedule_interview (fixture, starts_at);
  spin_until_idle ();
  key_day = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":1440", interview_id);

  /* The day-before reminder fires for the first date... */
  fired = advance_to (fixture, starts_at - DAY);
  g_assert_cmpstr (fired, ==, key_day);
  g_clear_pointer (&fired, g_free);

  interview = pursuit_store_get_interview (fixture->store.store, interview_id, &error);
  g_assert_no_error (error);
  pursuit_interview_set_starts_at (interview, moved_to);
  g_assert_true (pursuit_store_update_interview (fixture->store.store, interview, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  /* ...and again for the new one, not at the old times. */
  fired = advance_to (fixture, starts_at - HOUR);
  g_assert_cmpstr (fired, ==, "");
  g_clear_pointer (&fired, g_free);

  fired = advance_to (fixture, moved_to - DAY);
  g_assert_cmpstr (fired, ==, key_day);
  g_clear_pointer (&fired, g_free);

  thank_you = find_thank_you (fixture, interview_id);
  g_assert_nonnull (thank_you);
  g_assert_cmpint (pursuit_follow_up_get_due_at (thank_you), ==, moved_to + HOUR + DAY);
}

static void
test_flow_cancel_silences (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 starts_at = MONDAY_MORNING + 2 * DAY + 5 * HOUR;
  g_autoptr(PursuitFollowUp) thank_you = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fired = NULL;
  gint64 interview_id;

  interview_id = schedule_interview (fixture, starts_at);
  spin_until_idle ();

  g_assert_true (pursuit_store_cancel_interview (fixture->store.store, interview_id, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  g_assert_cmpuint (count_agenda (fixture, PURSUIT_AGENDA_INTERVIEW, MONDAY_MORNING, MONDAY_MORNING + 7 * DAY), ==, 0);
  g_assert_cmpuint (count_agenda (fixture, PURSUIT_AGENDA_FOLLOW_UP, MONDAY_MORNING, MONDAY_MORNING + 7 * DAY), ==, 0);

  thank_you = find_thank_you (fixture, interview_id);
  g_assert_nonnull (thank_you);
  g_assert_cmpstr (pursuit_follow_up_get_status (thank_you), !=, "pending");

  /* Past every reminder time and the thank-you: nothing at all. */
  fired = advance_to (fixture, starts_at + 3 * DAY);
  g_assert_cmpstr (fired, ==, "");
  g_assert_cmpuint (fixture->delivered->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/interview-flow/schedule-remind-thank", Fixture, NULL,
              fixture_setup, test_flow_schedule_remind_thank, fixture_teardown);
  g_test_add ("/interview-flow/reschedule-moves-everything", Fixture, NULL,
              fixture_setup, test_flow_reschedule_moves_everything, fixture_teardown);
  g_test_add ("/interview-flow/cancel-silences", Fixture, NULL,
              fixture_setup, test_flow_cancel_silences, fixture_teardown);

  return g_test_run ();
}
