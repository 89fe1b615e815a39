/* test-reminder-scheduler.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-reminder-scheduler.h"
#include "pursuit-test-store.h"

/* 2026-11-23 12:00:00 UTC, a Monday. */
#define BASE_TIME ((gint64) 1795435200)
#define MINUTE    ((gint64) 60)
#define HOUR      (60 * MINUTE)
#define DAY       (24 * HOUR)

typedef struct
{
  StoreFixture              store;
  PursuitReminderScheduler *scheduler;
  gint64                    now;
  gint64                    job_id;
  /* Keys of every reminder delivered, in order. */
  GPtrArray                *delivered;
} Fixture;

static PursuitReminderScheduler *
make_scheduler (Fixture *fixture)
{
  PursuitReminderScheduler *scheduler = pursuit_reminder_scheduler_new (fixture->store.store);

  pursuit_reminder_scheduler_set_clock (scheduler, fake_clock_read, &fixture->now, NULL);
  g_signal_connect (scheduler, "reminders-due", G_CALLBACK (collect_reminder_keys), fixture->delivered);

  return scheduler;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  store_fixture_setup (&fixture->store, data);
  fixture->now = BASE_TIME;
  fixture->delivered = g_ptr_array_new_with_free_func (g_free);
  fixture->job_id = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");
  fixture->scheduler = make_scheduler (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->scheduler);
  g_clear_pointer (&fixture->delivered, g_ptr_array_unref);
  store_fixture_teardown (&fixture->store, data);
}

static void
assert_delivered (Fixture    *fixture,
                  guint       index,
                  const char *source,
                  gint64      id,
                  int         offset)
{
  g_autofree char *expected = reminder_key (source, id, offset);

  g_assert_cmpuint (fixture->delivered->len, >, index);
  g_assert_cmpstr (g_ptr_array_index (fixture->delivered, index), ==, expected);
}

static void
test_exactly_once (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PursuitReminderScheduler) restarted = NULL;
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME + HOUR);
  gint64 note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Send the portfolio", BASE_TIME + 2 * HOUR);

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  g_assert_cmpuint (fixture->delivered->len, ==, 0);

  fixture->now = BASE_TIME + HOUR - 1;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);

  fixture->now = BASE_TIME + HOUR;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  assert_delivered (fixture, 0, "follow-up", follow_up, 0);

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  fixture->now += 30 * MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);

  fixture->now = BASE_TIME + 2 * HOUR + 5;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  assert_delivered (fixture, 1, "note", note, 0);

  /* The fired state is in the store: a new process does not repeat them. */
  restarted = make_scheduler (fixture);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (restarted), ==, 0);
  g_assert_cmpuint (fixture->delivered->len, ==, 2);
}

static void
test_catch_up (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 starts_at = BASE_TIME + 3 * DAY;
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, starts_at, "Room 4", "1440,60,15");
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME + 2 * DAY);

  /* The app was closed from BASE_TIME until 10 minutes before the
   * interview: the follow-up and the interview's three reminders are all
   * due, and the interview is worth one notification, the latest. */
  fixture->now = starts_at - 10 * MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 2);
  g_assert_cmpuint (fixture->delivered->len, ==, 2);
  assert_delivered (fixture, 0, "follow-up", follow_up, 0);
  assert_delivered (fixture, 1, "interview", interview, 15);

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
}

static void
test_catch_up_one_at_a_time (Fixture       *fixture,
                             gconstpointer  data)
{
  gint64 starts_at = BASE_TIME + 2 * DAY;
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, starts_at, "Room 4", "1440,60,15");

  /* Running all along: each reminder on time, in order. */
  fixture->now = starts_at - DAY;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  fixture->now = starts_at - HOUR + 20;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  fixture->now = starts_at - 15 * MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  fixture->now = starts_at + MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);

  g_assert_cmpuint (fixture->delivered->len, ==, 3);
  assert_delivered (fixture, 0, "interview", interview, 1440);
  assert_delivered (fixture, 1, "interview", interview, 60);
  assert_delivered (fixture, 2, "interview", interview, 15);
}

static void
test_started_interview_dropped (Fixture       *fixture,
                                gconstpointer  data)
{
  gint64 starts_at = BASE_TIME + HOUR;

  add_reminding_interview (fixture->store.store, fixture->job_id, starts_at, "Room 4", "1440,60,15");

  /* Back after the interview began: a reminder now would only annoy. */
  fixture->now = starts_at + 5 * MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  g_assert_cmpuint (fixture->delivered->len, ==, 0);

  /* ...and they were put away, not left to pile up. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) due = pursuit_store_list_due_reminders (fixture->store.store, fixture->now, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (due->len, ==, 0);
  }
}

static void
test_dst (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  gint64 starts_at;
  gint64 interview;
  gint64 note;

  if (tz == NULL)
    {
      g_test_skip ("No time zone data for Europe/Berlin");
      return;
    }

  pursuit_reminder_scheduler_set_time_zone (fixture->scheduler, tz);
  pursuit_reminder_scheduler_set_quiet_hours (fixture->scheduler, 22 * 60, 7 * 60);

  /* Spring forward: 2026-03-29 02:00 CET becomes 03:00 CEST. A note due
   * at 01:30 waits for 07:00 local, which is 05:00 UTC that morning (an
   * offset taken from the evening before would say 06:00 UTC). */
  note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Prepare questions", unix_time_in (tz, 2026, 3, 29, 1, 30));
  fixture->now = unix_time_in (tz, 2026, 3, 29, 1, 30);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  fixture->now = unix_time_in (tz, 2026, 3, 29, 3, 30);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  fixture->now = unix_time_in (tz, 2026, 3, 29, 6, 59);
  g_assert_cmpint (fixture->now, ==, (gint64) 1774760340); /* 04:59 UTC */
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  fixture->now += MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  assert_delivered (fixture, 0, "note", note, 0);

  /* Fall back: 2026-10-25 03:00 CEST becomes 02:00 CET, so 02:30 comes
   * twice; both are quiet. An interview at 10:00 that day reminds 60
   * minutes before by the real clock, 09:00 CET. */
  g_assert_true (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 10, 25, 2, 30)));
  g_assert_true (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 10, 25, 2, 30) + HOUR));
  g_assert_true (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 10, 25, 6, 59)));
  g_assert_false (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 10, 25, 7, 0)));

  starts_at = unix_time_in (tz, 2026, 10, 25, 10, 0);
  interview = add_reminding_interview (fixture->store.store, fixture->job_id, starts_at, "Room 4", "60");
  fixture->now = unix_time_in (tz, 2026, 10, 25, 8, 59);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  fixture->now = unix_time_in (tz, 2026, 10, 25, 9, 0);
  g_assert_cmpint (starts_at - fixture->now, ==, HOUR);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  assert_delivered (fixture, 1, "interview", interview, 60);
}

static void
test_quiet_hours (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");
  gint64 note;

  if (tz == NULL)
    {
      g_test_skip ("No time zone data for Europe/Berlin");
      return;
    }

  pursuit_reminder_scheduler_set_time_zone (fixture->scheduler, tz);

  /* Off by default, and when start equals end. */
  g_assert_false (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 23, 23, 0)));
  pursuit_reminder_scheduler_set_quiet_hours (fixture->scheduler, 600, 600);
  g_assert_false (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 23, 10, 0)));

  /* Within one day. */
  pursuit_reminder_scheduler_set_quiet_hours (fixture->scheduler, 12 * 60, 13 * 60 + 30);
  g_assert_false (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 23, 11, 59)));
  g_assert_true (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 23, 12, 0)));
  g_assert_true (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 23, 13, 29)));
  g_assert_false (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 23, 13, 30)));

  /* Spanning midnight. */
  pursuit_reminder_scheduler_set_quiet_hours (fixture->scheduler, 22 * 60, 7 * 60);
  g_assert_false (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 23, 21, 59)));
  g_assert_true (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 23, 22, 0)));
  g_assert_true (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 23, 23, 59)));
  g_assert_true (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 24, 0, 0)));
  g_assert_true (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 24, 6, 59)));
  g_assert_false (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, unix_time_in (tz, 2026, 11, 24, 7, 0)));

  /* A reminder due at 23:00 waits for the morning, then fires once. */
  note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Call Ada", unix_time_in (tz, 2026, 11, 23, 23, 0));
  fixture->now = unix_time_in (tz, 2026, 11, 23, 23, 0);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  fixture->now = unix_time_in (tz, 2026, 11, 24, 3, 0);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  fixture->now = unix_time_in (tz, 2026, 11, 24, 7, 0);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  assert_delivered (fixture, 0, "note", note, 0);
  fixture->now += MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);

  /* Turning quiet hours off releases what they held back. */
  add_follow_up_due (fixture->store.store, fixture->job_id, unix_time_in (tz, 2026, 11, 24, 23, 0));
  fixture->now = unix_time_in (tz, 2026, 11, 24, 23, 30);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  pursuit_reminder_scheduler_set_quiet_hours (fixture->scheduler, 0, 0);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
}

static void
test_snooze (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME);
  gint64 starts_at = BASE_TIME + 2 * HOUR;
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, starts_at, "Room 4", "60");

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);

  g_assert_true (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_FOLLOW_UP, follow_up, 0,
                                                BASE_TIME + HOUR, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, fixture->now), ==, BASE_TIME + HOUR);

  fixture->now = BASE_TIME + HOUR - 1;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  fixture->now = BASE_TIME + HOUR;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 2);
  assert_delivered (fixture, 1, "follow-up", follow_up, 0);
  assert_delivered (fixture, 2, "interview", interview, 60);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);

  /* Snoozing the interview's reminder brings it back once. */
  g_assert_true (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_INTERVIEW, interview, 60,
                                                BASE_TIME + HOUR + 10 * MINUTE, &error));
  g_assert_no_error (error);
  fixture->now = BASE_TIME + HOUR + 10 * MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  assert_delivered (fixture, 3, "interview", interview, 60);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 starts_at = BASE_TIME + DAY;
  gint64 cancelled = add_reminding_interview (fixture->store.store, fixture->job_id, starts_at, "Room 4", "1440,60,15");
  gint64 rescheduled = add_reminding_interview (fixture->store.store, fixture->job_id, starts_at + HOUR, "Room 4", "60");
  gint64 done_follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME + HOUR);
  gint64 skipped_follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME + HOUR);
  gint64 done_note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Done already", BASE_TIME + HOUR);
  g_autoptr(PursuitInterview) moved = NULL;

  g_assert_true (pursuit_store_cancel_interview (fixture->store.store, cancelled, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_set_follow_up_status (fixture->store.store, done_follow_up, "done", &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_set_follow_up_status (fixture->store.store, skipped_follow_up, "skipped", &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_set_note_done (fixture->store.store, done_note, TRUE, &error));
  g_assert_no_error (error);

  /* A later start re-arms the reminder; the old time passes in silence. */
  moved = pursuit_store_get_interview (fixture->store.store, rescheduled, &error);
  g_assert_no_error (error);
  pursuit_interview_set_starts_at (moved, starts_at + 3 * HOUR);
  g_assert_true (pursuit_store_update_interview (fixture->store.store, moved, &error));
  g_assert_no_error (error);

  for (fixture->now = BASE_TIME; fixture->now <= starts_at + HOUR; fixture->now += 5 * MINUTE)
    g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);

  fixture->now = starts_at + 2 * HOUR;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  assert_delivered (fixture, 0, "interview", rescheduled, 60);

  /* A removed job takes its reminders with it. */
  add_follow_up_due (fixture->store.store, fixture->job_id, fixture->now + HOUR);
  g_assert_true (pursuit_store_remove_job (fixture->store.store, fixture->job_id, &error));
  g_assert_no_error (error);
  fixture->now += 2 * HOUR;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  g_assert_cmpuint (fixture->delivered->len, ==, 1);
}

static void
on_paused_until_notify_cb (GObject    *object,
                           GParamSpec *pspec,
                           guint      *count)
{
  (*count)++;
}

static void
test_pause (Fixture       *fixture,
            gconstpointer  data)
{
  guint notified = 0;
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME + 10 * MINUTE);

  g_signal_connect (fixture->scheduler, "notify::paused-until", G_CALLBACK (on_paused_until_notify_cb), &notified);

  pursuit_reminder_scheduler_pause_until (fixture->scheduler, BASE_TIME + HOUR);
  g_assert_cmpint (pursuit_reminder_scheduler_get_paused_until (fixture->scheduler), ==, BASE_TIME + HOUR);
  g_assert_cmpuint (notified, ==, 1);

  fixture->now = BASE_TIME + 30 * MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);

  fixture->now = BASE_TIME + HOUR;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  assert_delivered (fixture, 0, "follow-up", follow_up, 0);
  g_assert_cmpint (pursuit_reminder_scheduler_get_paused_until (fixture->scheduler), ==, 0);
  g_assert_cmpuint (notified, ==, 2);

  /* Resuming early releases at once. */
  add_follow_up_due (fixture->store.store, fixture->job_id, fixture->now + MINUTE);
  pursuit_reminder_scheduler_pause_until (fixture->scheduler, fixture->now + DAY);
  fixture->now += 2 * MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  pursuit_reminder_scheduler_pause_until (fixture->scheduler, 0);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  g_assert_cmpuint (notified, ==, 4);
}

static void
test_timer (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 follow_up;

  g_assert_cmpint (pursuit_reminder_scheduler_get_next_check (fixture->scheduler), ==, 0);

  /* Never sleeps longer than a minute, even with nothing planned. */
  pursuit_reminder_scheduler_start (fixture->scheduler);
  g_assert_cmpint (pursuit_reminder_scheduler_get_next_check (fixture->scheduler), ==, BASE_TIME + 60);

  /* A reminder due sooner shortens the sleep, once the store says so. */
  add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME + 20);
  spin_until_idle ();
  g_assert_cmpint (pursuit_reminder_scheduler_get_next_check (fixture->scheduler), ==, BASE_TIME + 20);

  /* One already due when added fires without waiting for the timer. */
  follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME - HOUR);
  spin_until_idle ();
  g_assert_cmpuint (fixture->delivered->len, ==, 1);
  assert_delivered (fixture, 0, "follow-up", follow_up, 0);

  pursuit_reminder_scheduler_pause_until (fixture->scheduler, BASE_TIME + 10);
  g_assert_cmpint (pursuit_reminder_scheduler_get_next_check (fixture->scheduler), ==, BASE_TIME + 10);

  pursuit_reminder_scheduler_stop (fixture->scheduler);
  g_assert_cmpint (pursuit_reminder_scheduler_get_next_check (fixture->scheduler), ==, 0);
  add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME - HOUR);
  spin_until_idle ();
  g_assert_cmpuint (fixture->delivered->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/reminder-scheduler/exactly-once", test_exactly_once);
  ADD ("/reminder-scheduler/catch-up", test_catch_up);
  ADD ("/reminder-scheduler/catch-up/on-time", test_catch_up_one_at_a_time);
  ADD ("/reminder-scheduler/started-interview", test_started_interview_dropped);
  ADD ("/reminder-scheduler/dst", test_dst);
  ADD ("/reminder-scheduler/quiet-hours", test_quiet_hours);
  ADD ("/reminder-scheduler/snooze", test_snooze);
  ADD ("/reminder-scheduler/cancelled", test_cancelled);
  ADD ("/reminder-scheduler/pause", test_pause);
  ADD ("/reminder-scheduler/timer", test_timer);
#undef ADD

  return g_test_run ();
}
