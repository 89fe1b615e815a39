/* test-store-reminders.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-store-private.h"
#include "pursuit-test-store.h"

/* 2026-11-23 12:00:00 UTC, a Monday. */
#define NOW    ((gint64) 1795435200)
#define MINUTE ((gint64) 60)
#define HOUR   (60 * MINUTE)
#define DAY    (24 * HOUR)

typedef struct
{
  StoreFixture store;
  gint64       job_id;
  guint        schedule_changed;
} Fixture;

static void
on_schedule_changed_cb (PursuitStore *store,
                        Fixture      *fixture)
{
  fixture->schedule_changed++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  store_fixture_setup (&fixture->store, data);
  fixture->job_id = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");
  g_signal_connect (fixture->store.store, "schedule-changed",
                    G_CALLBACK (on_schedule_changed_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  store_fixture_teardown (&fixture->store, data);
}

static GPtrArray *
list_due (Fixture *fixture,
          gint64   now)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *due = pursuit_store_list_due_reminders (fixture->store.store, now, &error);

  g_assert_no_error (error);
  g_assert_nonnull (due);

  return due;
}

/* The due reminders' keys, space-separated, in order. */
static char *
due_keys (Fixture *fixture,
          gint64   now)
{
  g_autoptr(GPtrArray) due = list_due (fixture, now);
  g_autoptr(GString) keys = g_string_new (NULL);

  for (guint i = 0; i < due->len; i++)
    {
      g_autofree char *key = pursuit_reminder_dup_key (g_ptr_array_index (due, i));

      if (i > 0)
        g_string_append_c (keys, ' ');
      g_string_append (keys, key);
    }

  return g_string_free (g_steal_pointer (&keys), FALSE);
}

#define assert_due(fixture, now, expected) \
  G_STMT_START { \
    g_autofree char *_keys = due_keys ((fixture), (now)); \
    g_assert_cmpstr (_keys, ==, (expected)); \
  } G_STMT_END

static void
mark_due_fired (Fixture *fixture,
                gint64   now)
{
  g_autoptr(GPtrArray) due = list_due (fixture, now);
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_store_mark_reminders_fired (fixture->store.store, due, &error));
  g_assert_no_error (error);
}

static gint64
count_state_rows (Fixture *fixture)
{
  sqlite3 *db = _pursuit_store_get_db (fixture->store.store);
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count (*) FROM reminder_state", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

static void
test_sources (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, NOW + 2 * HOUR, "Room 4", "1440,60,15");
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, NOW - HOUR);
  gint64 note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Send the portfolio", NOW - 30 * MINUTE);
  gint64 done_note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Already done", NOW - 20 * MINUTE);
  gint64 skipped = add_follow_up_due (fixture->store.store, fixture->job_id, NOW - 40 * MINUTE);
  g_autofree char *expected = NULL;
  PursuitReminder *reminder;

  add_note_due (fixture->store.store, fixture->job_id, "note", "Just a note", 0);
  g_assert_true (pursuit_store_set_note_done (fixture->store.store, done_note, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_set_follow_up_status (fixture->store.store, skipped, "skipped", &error));
  g_assert_no_error (error);

  /* The interview's 1-day reminder fell due 22 hours ago; its 1-hour one
   * is an hour ahead. */
  expected = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":1440 follow-up:%" G_GINT64_FORMAT ":0"
                              " note:%" G_GINT64_FORMAT ":0",
                              interview, follow_up, note);
  assert_due (fixture, NOW, expected);

  due = list_due (fixture, NOW);
  reminder = g_ptr_array_index (due, 0);
  g_assert_cmpint (pursuit_reminder_get_source (reminder), ==, PURSUIT_REMINDER_INTERVIEW);
  g_assert_cmpint (pursuit_reminder_get_job_id (reminder), ==, fixture->job_id);
  g_assert_cmpstr (pursuit_reminder_get_job_title (reminder), ==, "Backend Engineer");
  g_assert_cmpstr (pursuit_reminder_get_company (reminder), ==, "Acme");
  g_assert_cmpstr (pursuit_reminder_get_summary (reminder), ==, "technical");
  g_assert_cmpstr (pursuit_reminder_get_location (reminder), ==, "Room 4");
  g_assert_cmpint (pursuit_reminder_get_item_at (reminder), ==, NOW + 2 * HOUR);
  g_assert_cmpint (pursuit_reminder_get_due_at (reminder), ==, NOW - 22 * HOUR);
  g_assert_cmpint (pursuit_reminder_get_fires_at (reminder), ==, NOW - 22 * HOUR);

  reminder = g_ptr_array_index (due, 1);
  g_assert_cmpstr (pursuit_reminder_get_summary (reminder), ==, "after_applied");
  g_assert_null (pursuit_reminder_get_location (reminder));
  g_assert_cmpint (pursuit_reminder_get_item_at (reminder), ==, NOW - HOUR);
  g_assert_cmpint (pursuit_reminder_get_fires_at (reminder), ==, NOW - HOUR);

  reminder = g_ptr_array_index (due, 2);
  g_assert_cmpstr (pursuit_reminder_get_summary (reminder), ==, "Send the portfolio");
  g_assert_cmpstr (pursuit_reminder_get_company (reminder), ==, "Acme");
  g_assert_cmpint (pursuit_reminder_get_fires_at (reminder), ==, NOW - 30 * MINUTE);

  /* Nothing is due before its time. */
  assert_due (fixture, NOW - 23 * HOUR, "");
}

static void
test_exactly_once (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PursuitStore) reopened = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, NOW + 2 * HOUR, "Room 4", "1440,60,15");
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, NOW - HOUR);
  g_autofree char *expected = NULL;
  guint signals;

  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW), ==, NOW + HOUR);
  expected = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":1440 follow-up:%" G_GINT64_FORMAT ":0",
                              interview, follow_up);
  assert_due (fixture, NOW, expected);

  signals = fixture->schedule_changed;
  mark_due_fired (fixture, NOW);
  g_assert_cmpuint (fixture->schedule_changed, ==, signals + 1);
  assert_due (fixture, NOW, "");
  assert_due (fixture, NOW + 59 * MINUTE, "");
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW), ==, NOW + HOUR);

  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":60", interview);
  assert_due (fixture, NOW + HOUR, expected);
  mark_due_fired (fixture, NOW + HOUR);
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW + HOUR),
                   ==, NOW + 105 * MINUTE);

  /* Marking nothing changes nothing. */
  signals = fixture->schedule_changed;
  again = g_ptr_array_new ();
  g_assert_true (pursuit_store_mark_reminders_fired (fixture->store.store, again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->schedule_changed, ==, signals);
  g_clear_pointer (&again, g_ptr_array_unref);

  /* The state is on disk: another process does not repeat them. */
  reopened = pursuit_store_new (fixture->store.path, &error);
  g_assert_no_error (error);
  again = pursuit_store_list_due_reminders (reopened, NOW + HOUR, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);
}

static void
test_reschedule_rearms (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;
  gint64 interview_id = add_reminding_interview (fixture->store.store, fixture->job_id, NOW + 30 * MINUTE, "Room 4", "60");
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, NOW - HOUR);
  g_autofree char *expected = NULL;
  g_autofree char *expected_follow_up = NULL;

  mark_due_fired (fixture, NOW);
  assert_due (fixture, NOW, "");

  /* Moved a day later: its reminder is due again a day later. */
  interview = pursuit_store_get_interview (fixture->store.store, interview_id, &error);
  g_assert_no_error (error);
  pursuit_interview_set_starts_at (interview, NOW + DAY + 30 * MINUTE);
  g_assert_true (pursuit_store_update_interview (fixture->store.store, interview, &error));
  g_assert_no_error (error);
  assert_due (fixture, NOW, "");
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW), ==, NOW + DAY - 30 * MINUTE);
  expected = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":60", interview_id);
  assert_due (fixture, NOW + DAY - 30 * MINUTE, expected);

  g_assert_true (pursuit_store_reschedule_follow_up (fixture->store.store, follow_up, NOW + 2 * HOUR, &error));
  g_assert_no_error (error);
  assert_due (fixture, NOW + HOUR, "");
  expected_follow_up = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":0", follow_up);
  assert_due (fixture, NOW + 2 * HOUR, expected_follow_up);

  /* A different offset is a different reminder. */
  g_clear_object (&interview);
  interview = pursuit_store_get_interview (fixture->store.store, interview_id, &error);
  g_assert_no_error (error);
  pursuit_interview_set_reminder_minutes (interview, "");
  g_assert_true (pursuit_store_update_interview (fixture->store.store, interview, &error));
  g_assert_no_error (error);
  assert_due (fixture, NOW + DAY, expected_follow_up);
}

static void
test_snooze (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, NOW - HOUR);
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, NOW + 3 * HOUR, "Room 4", "240,60");
  g_autofree char *follow_up_key = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":0", follow_up);
  g_autofree char *interview_key = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":240", interview);
  g_autofree char *both = g_strdup_printf ("%s %s", follow_up_key, interview_key);
  guint signals;

  assert_due (fixture, NOW, both);
  mark_due_fired (fixture, NOW);

  signals = fixture->schedule_changed;
  g_assert_true (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_FOLLOW_UP,
                                                follow_up, 0, NOW + 10 * MINUTE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->schedule_changed, ==, signals + 1);

  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW), ==, NOW + 10 * MINUTE);
  assert_due (fixture, NOW + 9 * MINUTE, "");
  assert_due (fixture, NOW + 10 * MINUTE, follow_up_key);

  /* Snoozed before it ever fired: the snooze decides. */
  g_assert_true (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_INTERVIEW,
                                                interview, 60, NOW + 20 * MINUTE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&interview_key, g_free);
  interview_key = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":60", interview);
  g_clear_pointer (&both, g_free);
  both = g_strdup_printf ("%s %s", follow_up_key, interview_key);
  assert_due (fixture, NOW + 30 * MINUTE, both);

  {
    g_autoptr(GPtrArray) due = list_due (fixture, NOW + 30 * MINUTE);

    g_assert_cmpint (pursuit_reminder_get_fires_at (g_ptr_array_index (due, 1)), ==, NOW + 20 * MINUTE);
    g_assert_cmpint (pursuit_reminder_get_due_at (g_ptr_array_index (due, 1)), ==, NOW + 2 * HOUR);
  }

  /* Firing ends the snooze and counts for the reminder's due time. */
  mark_due_fired (fixture, NOW + 30 * MINUTE);
  assert_due (fixture, NOW + 90 * MINUTE, "");
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW + 30 * MINUTE), ==, 0);

  /* Snoozes of items no longer pending never fire. */
  g_assert_true (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_FOLLOW_UP,
                                                follow_up, 0, NOW + 3 * HOUR, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW + HOUR), ==, NOW + 3 * HOUR);
  g_assert_true (pursuit_store_set_follow_up_status (fixture->store.store, follow_up, "sent", &error));
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW + HOUR), ==, 0);
  assert_due (fixture, NOW + 4 * HOUR, "");
}

static void
test_cancelled_interview (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, NOW + 2 * HOUR, "Room 4", "1440,60,15");

  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW), ==, NOW + HOUR);
  g_assert_true (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_INTERVIEW,
                                                interview, 1440, NOW + 5 * MINUTE, &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_store_cancel_interview (fixture->store.store, interview, &error));
  g_assert_no_error (error);

  for (gint64 at = NOW - DAY; at <= NOW + 3 * HOUR; at += 5 * MINUTE)
    assert_due (fixture, at, "");
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW - DAY), ==, 0);
}

static void
test_started_interview (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) due = NULL;

  add_reminding_interview (fixture->store.store, fixture->job_id, NOW + 10 * MINUTE, "Room 4", "60,15");
  due = list_due (fixture, NOW);
  g_assert_cmpuint (due->len, ==, 2);

  /* Once it has begun, none of its reminders is worth sending. */
  assert_due (fixture, NOW + 10 * MINUTE, "");
  assert_due (fixture, NOW + HOUR, "");
}

static void
test_catch_up_limit (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 stale = add_follow_up_due (fixture->store.store, fixture->job_id, NOW - 8 * DAY);
  gint64 recent = add_follow_up_due (fixture->store.store, fixture->job_id, NOW - 6 * DAY);
  gint64 note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Old", NOW - 30 * DAY);
  g_autofree char *expected = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":0", recent);
  g_autofree char *both = g_strdup_printf ("follow-up:%" G_GINT64_FORMAT ":0 %s", stale, expected);
  g_autofree char *snoozed = g_strdup_printf ("%s note:%" G_GINT64_FORMAT ":0", expected, note);

  /* A week's absence is caught up; older reminders stay on the calendar
   * as overdue but are not notified any more. */
  assert_due (fixture, NOW, expected);
  assert_due (fixture, NOW - 2 * DAY, both);

  /* A snooze counts from its own time. */
  g_assert_true (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_NOTE, note, 0,
                                                NOW - HOUR, &error));
  g_assert_no_error (error);
  assert_due (fixture, NOW, snoozed);
}

static void
test_complete (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, NOW + 2 * HOUR, "Room 4", "1440,60");
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, NOW - HOUR);
  gint64 note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Call back", NOW - HOUR);
  g_autofree char *expected = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":60", interview);

  guint signals = fixture->schedule_changed;

  /* Of an interview only the one reminder is dismissed. */
  g_assert_true (pursuit_store_complete_reminder (fixture->store.store, PURSUIT_REMINDER_INTERVIEW,
                                                  interview, 1440, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->schedule_changed, ==, signals + 1);
  g_assert_true (pursuit_store_complete_reminder (fixture->store.store, PURSUIT_REMINDER_FOLLOW_UP,
                                                  follow_up, 0, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_complete_reminder (fixture->store.store, PURSUIT_REMINDER_NOTE,
                                                  note, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->schedule_changed, ==, signals + 3);

  assert_due (fixture, NOW, "");
  assert_due (fixture, NOW + HOUR, expected);

  follow_ups = pursuit_store_list_follow_ups (fixture->store.store, fixture->job_id);
  g_assert_cmpuint (follow_ups->len, ==, 1);
  g_assert_cmpstr (pursuit_follow_up_get_status (g_ptr_array_index (follow_ups, 0)), ==, "done");
  notes = pursuit_store_list_notes (fixture->store.store, fixture->job_id);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_true (pursuit_note_get_done (g_ptr_array_index (notes, 0)));

  /* Again, from a second notification: no harm. */
  g_assert_true (pursuit_store_complete_reminder (fixture->store.store, PURSUIT_REMINDER_FOLLOW_UP,
                                                  follow_up, 0, &error));
  g_assert_no_error (error);

  g_assert_cmpint (pursuit_store_get_reminder_job (fixture->store.store, PURSUIT_REMINDER_INTERVIEW, interview),
                   ==, fixture->job_id);
  g_assert_cmpint (pursuit_store_get_reminder_job (fixture->store.store, PURSUIT_REMINDER_FOLLOW_UP, follow_up),
                   ==, fixture->job_id);
  g_assert_cmpint (pursuit_store_get_reminder_job (fixture->store.store, PURSUIT_REMINDER_NOTE, note),
                   ==, fixture->job_id);
}

static void
test_deleted_rows (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  gint64 other_job = add_job (fixture->store.store, "Designer", "Globex", "applied");
  gint64 note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Call back", NOW - HOUR);
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, NOW - HOUR);

  add_reminding_interview (fixture->store.store, fixture->job_id, NOW + HOUR, "Room 4", "90");
  add_reminding_interview (fixture->store.store, other_job, NOW + HOUR, "Room 4", "90,75");

  due = list_due (fixture, NOW);
  g_assert_cmpuint (due->len, ==, 5);
  g_assert_true (pursuit_store_mark_reminders_fired (fixture->store.store, due, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_state_rows (fixture), ==, 5);

  g_assert_true (pursuit_store_remove_note (fixture->store.store, note, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_state_rows (fixture), ==, 4);

  /* A job's removal takes its activity's state with it. */
  g_assert_true (pursuit_store_remove_job (fixture->store.store, fixture->job_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_state_rows (fixture), ==, 2);
  g_assert_cmpint (pursuit_store_get_reminder_job (fixture->store.store, PURSUIT_REMINDER_FOLLOW_UP, follow_up),
                   ==, 0);

  /* Marking a reminder whose item went meanwhile leaves no row behind. */
  g_assert_true (pursuit_store_mark_reminders_fired (fixture->store.store, due, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_state_rows (fixture), ==, 2);

  g_assert_true (pursuit_store_remove_job (fixture->store.store, other_job, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_state_rows (fixture), ==, 0);
}

static void
test_errors (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const bad_keys[] = {
    "", "interview", "interview:1", "interview:1:60:5", "meeting:1:0", "interview:0:60",
    "interview:-1:60", "interview:1:-5", "interview:x:60", "follow-up:1:15", "note:1:1",
    "interview:1:99999", "interview: 1:60", "interview:1:60 ", "interview:99999999999999999999:0",
    "Interview:1:60", "note:1:0\n",
  };
  PursuitReminderSource source = PURSUIT_REMINDER_NOTE;
  gint64 id = 0;
  int offset = -1;
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, NOW + HOUR);
  gint64 rows;

  for (guint i = 0; i < G_N_ELEMENTS (bad_keys); i++)
    {
      g_test_message ("key “%s”", bad_keys[i]);
      g_assert_false (pursuit_reminder_parse_key (bad_keys[i], &source, &id, &offset));
    }
  g_assert_false (pursuit_reminder_parse_key (NULL, &source, &id, &offset));
  /* Untouched on failure. */
  g_assert_cmpint (source, ==, PURSUIT_REMINDER_NOTE);
  g_assert_cmpint (id, ==, 0);
  g_assert_cmpint (offset, ==, -1);

  g_assert_true (pursuit_reminder_parse_key ("interview:12:60", &source, &id, &offset));
  g_assert_cmpint (source, ==, PURSUIT_REMINDER_INTERVIEW);
  g_assert_cmpint (id, ==, 12);
  g_assert_cmpint (offset, ==, 60);

  rows = count_state_rows (fixture);

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_FOLLOW_UP,
                                                   follow_up, 15, NOW, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_FOLLOW_UP,
                                                   follow_up, 0, 0, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_INTERVIEW,
                                                   4242, 60, NOW, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pursuit_store_snooze_reminder (fixture->store.store, PURSUIT_REMINDER_INTERVIEW,
                                                   1, -60, NOW, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pursuit_store_complete_reminder (fixture->store.store, PURSUIT_REMINDER_INTERVIEW,
                                                     4242, 60, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pursuit_store_complete_reminder (fixture->store.store, PURSUIT_REMINDER_FOLLOW_UP,
                                                     4242, 0, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pursuit_store_complete_reminder (fixture->store.store, PURSUIT_REMINDER_NOTE,
                                                     4242, 0, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pursuit_store_complete_reminder (fixture->store.store, PURSUIT_REMINDER_NOTE,
                                                     1, 30, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  }

  /* Failures wrote nothing. */
  g_assert_cmpint (count_state_rows (fixture), ==, rows);
  g_assert_cmpint (pursuit_store_get_reminder_job (fixture->store.store, PURSUIT_REMINDER_NOTE, 4242), ==, 0);
  g_assert_cmpint (pursuit_store_get_reminder_job (fixture->store.store, PURSUIT_REMINDER_INTERVIEW, -1), ==, 0);
}

/* Rows written by another version or by hand: an offset the interview no
 * longer has, a negative one, an odd reminder_minutes value. */
static void
test_odd_state (Fixture       *fixture,
                gconstpointer  data)
{
  sqlite3 *db = _pursuit_store_get_db (fixture->store.store);
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, NOW + 2 * HOUR, "Room 4", "60");
  g_autofree char *sql = NULL;
  g_autofree char *expected = NULL;

  sql = g_strdup_printf ("INSERT INTO reminder_state VALUES ('interview', %" G_GINT64_FORMAT ", 30, NULL, %"
                         G_GINT64_FORMAT ");"
                         "INSERT INTO reminder_state VALUES ('interview', %" G_GINT64_FORMAT ", -5, NULL, %"
                         G_GINT64_FORMAT ");"
                         "UPDATE interviews SET reminder_minutes = '60,junk,,-3' WHERE id = %" G_GINT64_FORMAT,
                         interview, NOW - MINUTE, interview, NOW - MINUTE, interview);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);

  assert_due (fixture, NOW, "");
  expected = g_strdup_printf ("interview:%" G_GINT64_FORMAT ":60", interview);
  assert_due (fixture, NOW + HOUR, expected);
}

static void
test_next_reminder_empty (Fixture       *fixture,
                          gconstpointer  data)
{
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW), ==, 0);
  assert_due (fixture, NOW, "");

  add_reminding_interview (fixture->store.store, fixture->job_id, NOW + 60 * DAY, "Room 4", "");
  add_reminding_interview (fixture->store.store, fixture->job_id, NOW + 90 * DAY, "Room 4", "40320");
  add_note_due (fixture->store.store, fixture->job_id, "reminder", "Later", NOW + 100 * DAY);
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, NOW), ==, NOW + 62 * DAY);
}

/* The reference: every reminder of every item, read through the public
 * lists and reminder_state, the slow way. Keys of those due at @now, in
 * order, and the first fire time after @now. */
typedef struct
{
  char   *key;
  gint64  fires_at;
  gint64  item_at;
  int     source;
  gint64  id;
  int     offset;
} Expected;

static void
expected_clear (gpointer data)
{
  g_free (((Expected *)data)->key);
}

static gboolean
lookup_state (Fixture    *fixture,
              const char *source,
              gint64      id,
              int         offset,
              gint64     *fired_due_at,
              gint64     *snoozed_until)
{
  sqlite3 *db = _pursuit_store_get_db (fixture->store.store);
  sqlite3_stmt *stmt = NULL;
  gboolean found;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT ifnull (fired_due_at, -1), ifnull (snoozed_until, 0)"
                                       " FROM reminder_state WHERE source = ? AND source_id = ? AND offset_minutes = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, source, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, id);
  sqlite3_bind_int (stmt, 3, offset);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  *fired_due_at = found ? sqlite3_column_int64 (stmt, 0) : -1;
  *snoozed_until = found ? sqlite3_column_int64 (stmt, 1) : 0;
  sqlite3_finalize (stmt);

  return found;
}

/* Adds the reminder if pending; returns its fire time or 0. */
static gint64
consider (Fixture    *fixture,
          GArray     *all,
          const char *source_name,
          int         source,
          gint64      id,
          int         offset,
          gint64      item_at)
{
  gint64 due_at = item_at - (gint64)offset * 60;
  gint64 fired, snoozed;
  Expected expected;

  lookup_state (fixture, source_name, id, offset, &fired, &snoozed);
  if (snoozed == 0 && fired == due_at)
    return 0;

  expected.key = reminder_key (source_name, id, offset);
  expected.fires_at = snoozed != 0 ? snoozed : due_at;
  expected.item_at = item_at;
  expected.source = source;
  expected.id = id;
  expected.offset = offset;
  g_array_append_val (all, expected);

  return expected.fires_at;
}

static int
compare_expected (gconstpointer a,
                  gconstpointer b)
{
  const Expected *x = a;
  const Expected *y = b;

  if (x->fires_at != y->fires_at)
    return x->fires_at < y->fires_at ? -1 : 1;
  if (x->item_at != y->item_at)
    return x->item_at < y->item_at ? -1 : 1;
  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  if (x->id != y->id)
    return x->id < y->id ? -1 : 1;
  return y->offset - x->offset;
}

static char *
reference_due (Fixture *fixture,
               GArray  *job_ids,
               gint64   now,
               gint64  *next)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Expected));
  g_autoptr(GString) keys = g_string_new (NULL);

  g_array_set_clear_func (all, expected_clear);
  *next = 0;

  for (guint j = 0; j < job_ids->len; j++)
    {
      gint64 job_id = g_array_index (job_ids, gint64, j);
      g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (fixture->store.store, job_id);
      g_autoptr(GPtrArray) follow_ups = pursuit_store_list_follow_ups (fixture->store.store, job_id);
      g_autoptr(GPtrArray) notes = pursuit_store_list_notes (fixture->store.store, job_id);

      for (guint i = 0; i < interviews->len; i++)
        {
          PursuitInterview *interview = g_ptr_array_index (interviews, i);
          g_autoptr(GArray) offsets = pursuit_interview_dup_reminder_offsets (interview);
          gint64 starts_at = pursuit_interview_get_starts_at (interview);

          if (!g_str_equal (pursuit_interview_get_status (interview), "scheduled"))
            continue;

          for (guint o = 0; o < offsets->len; o++)
            {
              guint before = all->len;
              gint64 fires_at = consider (fixture, all, "interview", PURSUIT_REMINDER_INTERVIEW,
                                          pursuit_interview_get_id (interview),
                                          g_array_index (offsets, int, o), starts_at);

              /* Nothing fires once the interview has begun: neither now
               * nor at a later fire time. */
              if (fires_at != 0 && starts_at <= MAX (now, fires_at))
                g_array_remove_index (all, before);
            }
        }

      for (guint i = 0; i < follow_ups->len; i++)
        {
          PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);

          if (g_str_equal (pursuit_follow_up_get_status (follow_up), "pending"))
            consider (fixture, all, "follow-up", PURSUIT_REMINDER_FOLLOW_UP,
                      pursuit_follow_up_get_id (follow_up), 0, pursuit_follow_up_get_due_at (follow_up));
        }

      for (guint i = 0; i < notes->len; i++)
        {
          PursuitNote *note = g_ptr_array_index (notes, i);

          if (g_strcmp0 (pursuit_note_get_kind (note), "reminder") == 0 &&
              !pursuit_note_get_done (note) && pursuit_note_get_due_at (note) > 0)
            consider (fixture, all, "note", PURSUIT_REMINDER_NOTE,
                      pursuit_note_get_id (note), 0, pursuit_note_get_due_at (note));
        }
    }

  g_array_sort (all, compare_expected);
  for (guint i = 0; i < all->len; i++)
    {
      Expected *expected = &g_array_index (all, Expected, i);

      if (expected->fires_at > now)
        {
          if (*next == 0)
            *next = expected->fires_at;
          continue;
        }

      if (expected->fires_at <= now - 7 * DAY)
        continue;

      if (keys->len > 0)
        g_string_append_c (keys, ' ');
      g_string_append (keys, expected->key);
    }

  return g_string_free (g_steal_pointer (&keys), FALSE);
}

/* Reschedules a random interview or follow-up, if still open, to a time
 * around @now. */
static gboolean
move_something (Fixture *fixture,
                GRand   *rand,
                GArray  *interview_ids,
                GArray  *follow_up_ids,
                gint64   now)
{
  g_autoptr(GError) error = NULL;
  gint64 at = now + g_rand_int_range (rand, -2 * 24, 3 * 24) * HOUR;

  if (interview_ids->len == 0 || follow_up_ids->len == 0)
    return FALSE;

  if (g_rand_boolean (rand))
    {
      gint64 id = g_array_index (interview_ids, gint64, g_rand_int_range (rand, 0, interview_ids->len));
      g_autoptr(PursuitInterview) interview = pursuit_store_get_interview (fixture->store.store, id, &error);

      g_assert_no_error (error);
      if (!g_str_equal (pursuit_interview_get_status (interview), "scheduled"))
        return FALSE;

      pursuit_interview_set_starts_at (interview, at);
      g_assert_true (pursuit_store_update_interview (fixture->store.store, interview, &error));
      g_assert_no_error (error);
    }
  else
    {
      gint64 id = g_array_index (follow_up_ids, gint64, g_rand_int_range (rand, 0, follow_up_ids->len));
      g_autoptr(PursuitFollowUp) follow_up = pursuit_store_get_follow_up (fixture->store.store, id, &error);

      g_assert_no_error (error);
      if (!g_str_equal (pursuit_follow_up_get_status (follow_up), "pending"))
        return FALSE;

      g_assert_true (pursuit_store_reschedule_follow_up (fixture->store.store, id, at, &error));
      g_assert_no_error (error);
    }

  return TRUE;
}

/* Random items, firings, snoozes and reschedules, checked against the
 * reference at many times. */
static void
test_random (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const reminder_sets[] = { "1440,60,15", "60", "", "10080,30", "0", "40320,1" };
  static const char * const follow_up_states[] = { "pending", "pending", "pending", "done", "skipped" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(GArray) job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) interview_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) follow_up_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n_due = 0, n_snoozed = 0, n_moved = 0;

  g_array_append_val (job_ids, fixture->job_id);
  for (int j = 0; j < 4; j++)
    {
      g_autofree char *title = g_strdup_printf ("Job %d", j);
      gint64 job_id = add_job (fixture->store.store, title, "Initech", "applied");

      g_array_append_val (job_ids, job_id);
    }

  for (int i = 0; i < 60; i++)
    {
      gint64 job_id = g_array_index (job_ids, gint64, g_rand_int_range (rand, 0, job_ids->len));
      gint64 at = NOW + g_rand_int_range (rand, -12 * 24, 40 * 24) * HOUR + g_rand_int_range (rand, 0, 60) * MINUTE;

      switch (g_rand_int_range (rand, 0, 3))
        {
        case 0:
          {
            gint64 id = add_reminding_interview (fixture->store.store, job_id, at, "Room 4",
                                                 reminder_sets[g_rand_int_range (rand, 0, G_N_ELEMENTS (reminder_sets))]);

            g_array_append_val (interview_ids, id);

            if (g_rand_int_range (rand, 0, 5) == 0)
              {
                g_assert_true (pursuit_store_cancel_interview (fixture->store.store, id, &error));
                g_assert_no_error (error);
              }
          }
          break;
        case 1:
          {
            gint64 id = add_follow_up_due (fixture->store.store, fixture->job_id, at);
            const char *status = follow_up_states[g_rand_int_range (rand, 0, G_N_ELEMENTS (follow_up_states))];

            g_array_append_val (follow_up_ids, id);

            if (!g_str_equal (status, "pending"))
              {
                g_assert_true (pursuit_store_set_follow_up_status (fixture->store.store, id, status, &error));
                g_assert_no_error (error);
              }
          }
          break;
        default:
          {
            gint64 id = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Random", at);

            if (g_rand_int_range (rand, 0, 4) == 0)
              {
                g_assert_true (pursuit_store_set_note_done (fixture->store.store, id, TRUE, &error));
                g_assert_no_error (error);
              }
          }
          break;
        }
    }

  /* The app ran now and then, snoozing some of what it showed. */
  for (gint64 now = NOW - 11 * DAY; now < NOW + 41 * DAY; now += g_rand_int_range (rand, 1, 30) * HOUR)
    {
      g_autofree char *expected = NULL;
      g_autofree char *actual = NULL;
      g_autoptr(GPtrArray) due = NULL;
      gint64 expected_next = 0;

      expected = reference_due (fixture, job_ids, now, &expected_next);
      actual = due_keys (fixture, now);
      g_assert_cmpstr (actual, ==, expected);
      g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, now), ==, expected_next);
      n_due += expected[0] != '\0';

      if (g_rand_int_range (rand, 0, 4) == 0)
        n_moved += move_something (fixture, rand, interview_ids, follow_up_ids, now);

      if (g_rand_boolean (rand))
        continue;

      due = list_due (fixture, now);
      g_assert_true (pursuit_store_mark_reminders_fired (fixture->store.store, due, &error));
      g_assert_no_error (error);

      for (guint i = 0; i < due->len; i++)
        if (g_rand_int_range (rand, 0, 4) == 0)
          {
            PursuitReminder *reminder = g_ptr_array_index (due, i);

            g_assert_true (pursuit_store_snooze_reminder (fixture->store.store,
                                                          pursuit_reminder_get_source (reminder),
                                                          pursuit_reminder_get_source_id (reminder),
                                                          pursuit_reminder_get_offset_minutes (reminder),
                                                          now + g_rand_int_range (rand, 1, 48) * HOUR,
                                                          &error));
            g_assert_no_error (error);
            n_snoozed++;
          }
    }

  /* The comparisons were not all of empty lists. */
  g_test_message ("%u checks with reminders due, %u snoozes, %u moves", n_due, n_snoozed, n_moved);
  g_assert_cmpuint (n_due, >, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/store-reminders/sources", test_sources);
  ADD ("/store-reminders/exactly-once", test_exactly_once);
  ADD ("/store-reminders/reschedule", test_reschedule_rearms);
  ADD ("/store-reminders/snooze", test_snooze);
  ADD ("/store-reminders/cancelled-interview", test_cancelled_interview);
  ADD ("/store-reminders/started-interview", test_started_interview);
  ADD ("/store-reminders/catch-up-limit", test_catch_up_limit);
  ADD ("/store-reminders/complete", test_complete);
  ADD ("/store-reminders/deleted-rows", test_deleted_rows);
  ADD ("/store-reminders/errors", test_errors);
  ADD ("/store-reminders/odd-state", test_odd_state);
  ADD ("/store-reminders/next-empty", test_next_reminder_empty);
  ADD ("/store-reminders/random", test_random);

#undef ADD

  return g_test_run ();
}
