/* test-schedule.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <sqlite3.h>

#include "pursuit-job-deletion.h"
#include "pursuit-store-private.h"
#include "pursuit-test-store.h"

/* 2026-11-16 09:00 UTC, a Monday. */
#define MONDAY 1794819600
#define HOUR 3600
#define DAY (24 * HOUR)

static gint64
count_rows (PursuitStore *store,
            const char   *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 count = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (_pursuit_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

static gint64
add_interview (PursuitStore *store,
               gint64        job_id,
               const char   *kind,
               gint64        starts_at,
               int           minutes)
{
  g_autoptr(PursuitInterview) interview = make_interview (job_id, kind, starts_at, minutes);

  return store_interview (store, interview);
}

static gint64
add_follow_up (PursuitStore *store,
               gint64        job_id,
               gint64        due_at,
               gint64        interview_id)
{
  g_autoptr(PursuitFollowUp) follow_up =
    make_follow_up (job_id, interview_id != 0 ? "after_interview" : "after_applied", due_at);

  pursuit_follow_up_set_interview_id (follow_up, interview_id);
  pursuit_follow_up_set_template (follow_up, "Subject: Thanks\nDear {contact_name},");

  return store_follow_up (store, follow_up);
}

static gint64
add_reminder_note (PursuitStore *store,
                   gint64        job_id,
                   const char   *body,
                   gint64        due_at,
                   gboolean      done)
{
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_note_set_job_id (note, job_id);
  pursuit_note_set_kind (note, "reminder");
  pursuit_note_set_body (note, body);
  pursuit_note_set_due_at (note, due_at);
  pursuit_note_set_done (note, done);
  id = pursuit_store_add_note (store, note, &error);
  g_assert_no_error (error);
  return id;
}

static PursuitInterview *
get_interview (PursuitStore *store,
               gint64        id)
{
  g_autoptr(GError) error = NULL;
  PursuitInterview *interview = pursuit_store_get_interview (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (interview);
  return interview;
}

static PursuitFollowUp *
get_follow_up (PursuitStore *store,
               gint64        id)
{
  g_autoptr(GError) error = NULL;
  PursuitFollowUp *follow_up = pursuit_store_get_follow_up (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (follow_up);
  return follow_up;
}

/* The kind of the job's latest timeline event. */
static char *
last_event (PursuitStore *store,
            gint64        job_id,
            char        **detail)
{
  g_autoptr(GPtrArray) events = pursuit_store_list_events (store, job_id);
  PursuitTimelineEvent *event;

  g_assert_cmpuint (events->len, >, 0);
  event = g_ptr_array_index (events, events->len - 1);
  if (detail != NULL)
    *detail = g_strdup (pursuit_timeline_event_get_detail (event));

  return g_strdup (pursuit_timeline_event_get_kind (event));
}

typedef struct
{
  GString *log;
  PursuitInterview *interview;
} SignalLog;

/* One handler for every store signal the tests follow: it logs the
 * signal's name, and keeps the interview that interview-changed carried. */
static void
log_signal_marshal (GClosure     *closure,
                    GValue       *return_value,
                    guint         n_param_values,
                    const GValue *param_values,
                    gpointer      invocation_hint,
                    gpointer      marshal_data)
{
  GSignalInvocationHint *hint = invocation_hint;
  SignalLog *log = closure->data;
  const char *name = g_signal_name (hint->signal_id);

  if (g_str_equal (name, "interview-changed"))
    g_set_object (&log->interview, g_value_get_object (&param_values[1]));
  g_string_append_printf (log->log, "%s;", name);
}

static void
signal_log_connect (SignalLog    *log,
                    PursuitStore *store)
{
  static const char * const signals[] = {
    "interview-changed", "follow-ups-changed", "schedule-changed", "contacts-changed", "reloaded",
  };

  log->log = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      GClosure *closure = g_closure_new_simple (sizeof (GClosure), log);

      g_closure_set_marshal (closure, log_signal_marshal);
      g_signal_connect_closure (store, signals[i], closure, FALSE);
    }
}

static void
signal_log_clear (SignalLog    *log,
                  PursuitStore *store)
{
  g_signal_handlers_disconnect_by_data (store, log);
  g_string_free (log->log, TRUE);
  g_clear_object (&log->interview);
}

/* Tests */

static void
test_interview_defaults (StoreFixture  *fixture,
                         gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", "applied");
  g_autoptr(PursuitInterview) interview = make_interview (job_id, NULL, MONDAY, 45);
  g_autoptr(PursuitInterview) stored = NULL;
  g_autoptr(PursuitInterview) other = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, other_id;

  pursuit_interview_set_interviewer (interview, "Dana Scully");
  pursuit_interview_set_interviewer_email (interview, "dana@acme.example");
  pursuit_interview_set_location (interview, "https://meet.example/abc");
  pursuit_interview_set_reminder_minutes (interview, "60,10");
  id = pursuit_store_add_interview (store, interview, &error);
  g_assert_no_error (error);

  stored = get_interview (store, id);
  g_assert_cmpint (pursuit_interview_get_job_id (stored), ==, job_id);
  g_assert_cmpstr (pursuit_interview_get_kind (stored), ==, "other");
  g_assert_cmpstr (pursuit_interview_get_status (stored), ==, "scheduled");
  g_assert_cmpstr (pursuit_interview_get_reminder_minutes (stored), ==, "60,10");
  g_assert_cmpstr (pursuit_interview_get_interviewer_email (stored), ==, "dana@acme.example");
  g_assert_cmpstr (pursuit_interview_get_location (stored), ==, "https://meet.example/abc");
  g_assert_cmpint (pursuit_interview_get_ends_at (stored), ==, MONDAY + 45 * 60);
  g_assert_true (g_str_has_suffix (pursuit_interview_get_uid (stored), "@pursuit.invalid"));
  g_assert_cmpuint (strlen (pursuit_interview_get_uid (stored)), ==, 32 + strlen ("@pursuit.invalid"));
  g_assert_cmpstr (pursuit_interview_get_uid (stored), ==, pursuit_interview_get_uid (interview));
  g_assert_cmpint (pursuit_interview_get_updated_at (stored), ==, pursuit_interview_get_created_at (stored));
  g_assert_cmpint (pursuit_interview_get_created_at (stored), >, 0);

  /* Another gets another uid; an imported one keeps its own. */
  other = make_interview (job_id, "technical", MONDAY + DAY, 60);
  pursuit_interview_set_uid (other, "040000008200E00074C5B7101A82E008@outlook.example");
  other_id = pursuit_store_add_interview (store, other, &error);
  g_assert_no_error (error);
  g_clear_object (&other);
  other = get_interview (store, other_id);
  g_assert_cmpstr (pursuit_interview_get_uid (other), ==, "040000008200E00074C5B7101A82E008@outlook.example");
  g_assert_cmpstr (pursuit_interview_get_reminder_minutes (other), ==, PURSUIT_INTERVIEW_DEFAULT_REMINDERS);

  listed = pursuit_store_list_interviews (store, job_id);
  g_assert_cmpuint (listed->len, ==, 2);
  g_assert_cmpstr (pursuit_interview_get_interviewer_email (g_ptr_array_index (listed, 0)), ==, "dana@acme.example");
  g_assert_cmpstr (pursuit_interview_get_status (g_ptr_array_index (listed, 1)), ==, "scheduled");

  g_assert_null (pursuit_store_get_interview (store, 999, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_interview_invalid (StoreFixture  *fixture,
                        gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", "applied");
  static const struct { const char *field; const char *value; } cases[] = {
    { "interviewer-email", "not an address" },
    { "interviewer-email", "a@b, c@d" },
    { "interviewer-email", "Dana <dana@acme.example>" },
    { "reminder-minutes", "60,abc" },
    { "reminder-minutes", "-5" },
    { "reminder-minutes", "99999999" },
    { "status", "maybe" },
    { "kind", "\xff\xfe" },
    { "location", "Room \xc3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PursuitInterview) interview = make_interview (job_id, "technical", MONDAY, 60);
      g_autoptr(GError) error = NULL;

      g_object_set (interview, cases[i].field, cases[i].value, NULL);
      g_assert_cmpint (pursuit_store_add_interview (store, interview, &error), ==, 0);
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }

  {
    g_autoptr(PursuitInterview) interview = make_interview (job_id, "technical", MONDAY, 0);
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (pursuit_store_add_interview (store, interview, &error), ==, 0);
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  }

  {
    g_autoptr(PursuitInterview) interview = make_interview (4242, "technical", MONDAY, 30);
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (pursuit_store_add_interview (store, interview, &error), ==, 0);
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  }

  g_assert_cmpint (count_rows (store, "SELECT count (*) FROM interviews"), ==, 0);
}

static void
test_interview_reschedule (StoreFixture  *fixture,
                           gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", "interview_scheduled");
  gint64 id = add_interview (store, job_id, "technical", MONDAY, 60);
  gint64 thanks = add_follow_up (store, job_id, MONDAY + HOUR + DAY, id);
  gint64 done_thanks = add_follow_up (store, job_id, MONDAY + HOUR + 2 * DAY, id);
  gint64 unrelated = add_follow_up (store, job_id, MONDAY + 3 * DAY, 0);
  g_autoptr(PursuitInterview) interview = get_interview (store, id);
  g_autoptr(PursuitInterview) stored = NULL;
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = g_strdup (pursuit_interview_get_uid (interview));
  SignalLog log = { 0, };

  g_assert_true (pursuit_store_set_follow_up_status (store, done_thanks, "done", &error));
  g_assert_no_error (error);

  /* Fired reminders, one of them snoozed. */
  exec_store_sql (store,
                  "INSERT INTO reminder_state VALUES ('interview', 1, 1440, 1794733200, NULL);"
                  "INSERT INTO reminder_state VALUES ('interview', 1, 60, 1794816000, 1794817000);"
                  "INSERT INTO reminder_state VALUES ('follow-up', 1, 0, 1794909600, NULL);"
                  "INSERT INTO reminder_state VALUES ('follow-up', 3, 0, 1795078800, NULL);");

  signal_log_connect (&log, store);

  /* Two hours later, and half an hour longer; the caller's copy has no uid
   * and another job: neither changes. */
  pursuit_interview_set_starts_at (interview, MONDAY + 2 * HOUR);
  pursuit_interview_set_duration_minutes (interview, 90);
  pursuit_interview_set_location (interview, "Room 4");
  pursuit_interview_set_uid (interview, NULL);
  pursuit_interview_set_job_id (interview, job_id + 100);
  g_assert_true (pursuit_store_update_interview (store, interview, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (log.log->str, ==, "follow-ups-changed;interview-changed;schedule-changed;");
  g_assert_nonnull (log.interview);
  g_assert_true (log.interview != interview);
  g_assert_cmpint (pursuit_interview_get_starts_at (log.interview), ==, MONDAY + 2 * HOUR);

  stored = get_interview (store, id);
  g_assert_cmpint (pursuit_interview_get_starts_at (stored), ==, MONDAY + 2 * HOUR);
  g_assert_cmpint (pursuit_interview_get_duration_minutes (stored), ==, 90);
  g_assert_cmpstr (pursuit_interview_get_location (stored), ==, "Room 4");
  g_assert_cmpstr (pursuit_interview_get_uid (stored), ==, uid);
  g_assert_cmpint (pursuit_interview_get_job_id (stored), ==, job_id);
  g_assert_cmpint (pursuit_interview_get_updated_at (stored), >=, pursuit_interview_get_created_at (stored));

  /* The thank-you moved with the end (2.5 hours later); the completed one
   * and the unrelated one stayed. */
  follow_up = get_follow_up (store, thanks);
  g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), ==, MONDAY + HOUR + DAY + 2 * HOUR + 30 * 60);
  g_clear_object (&follow_up);
  follow_up = get_follow_up (store, done_thanks);
  g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), ==, MONDAY + HOUR + 2 * DAY);
  g_clear_object (&follow_up);
  follow_up = get_follow_up (store, unrelated);
  g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), ==, MONDAY + 3 * DAY);

  /* Every reminder of the moved items is armed again; others keep theirs. */
  g_assert_cmpint (count_rows (store, "SELECT count (*) FROM reminder_state WHERE source = 'interview'"), ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count (*) FROM reminder_state WHERE source = 'follow-up' AND source_id = 1"), ==, 0);
  g_assert_cmpint (count_rows (store, "SELECT count (*) FROM reminder_state WHERE source = 'follow-up' AND source_id = 3"), ==, 1);

  kind = last_event (store, job_id, &detail);
  g_assert_cmpstr (kind, ==, "interview-rescheduled");
  g_assert_cmpstr (detail, ==, "technical");
  g_clear_pointer (&kind, g_free);

  /* An edit that keeps the time is an update, and moves nothing. */
  g_string_truncate (log.log, 0);
  pursuit_interview_set_starts_at (interview, MONDAY + 2 * HOUR);
  pursuit_interview_set_notes (interview, "Bring the portfolio");
  g_assert_true (pursuit_store_update_interview (store, interview, &error));
  g_assert_cmpstr (log.log->str, ==, "interview-changed;schedule-changed;");
  kind = last_event (store, job_id, NULL);
  g_assert_cmpstr (kind, ==, "interview-updated");

  /* Hostile edits are refused and change nothing. */
  pursuit_interview_set_interviewer_email (interview, "nobody");
  g_assert_false (pursuit_store_update_interview (store, interview, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  pursuit_interview_set_interviewer_email (interview, NULL);
  pursuit_interview_set_status (interview, "cancelled");
  g_assert_false (pursuit_store_update_interview (store, interview, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  pursuit_interview_set_status (interview, "scheduled");
  pursuit_interview_set_id (interview, 777);
  g_assert_false (pursuit_store_update_interview (store, interview, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_clear_object (&stored);
  stored = get_interview (store, id);
  g_assert_cmpstr (pursuit_interview_get_notes (stored), ==, "Bring the portfolio");
  g_assert_null (pursuit_interview_get_interviewer_email (stored));

  signal_log_clear (&log, store);
}

static void
test_interview_cancel (StoreFixture  *fixture,
                       gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", "interview_scheduled");
  gint64 id = add_interview (store, job_id, "onsite", MONDAY, 120);
  gint64 thanks = add_follow_up (store, job_id, MONDAY + DAY, id);
  gint64 unrelated = add_follow_up (store, job_id, MONDAY + 3 * DAY, 0);
  g_autoptr(PursuitInterview) stored = NULL;
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) agenda = NULL;
  g_autofree char *kind = NULL;
  g_autoptr(GError) error = NULL;
  SignalLog log = { 0, };

  signal_log_connect (&log, store);
  g_assert_true (pursuit_store_cancel_interview (store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log.log->str, ==, "follow-ups-changed;interview-changed;schedule-changed;");
  g_assert_cmpstr (pursuit_interview_get_status (log.interview), ==, "cancelled");

  stored = get_interview (store, id);
  g_assert_cmpstr (pursuit_interview_get_status (stored), ==, "cancelled");
  follow_up = get_follow_up (store, thanks);
  g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "cancelled");
  g_clear_object (&follow_up);
  follow_up = get_follow_up (store, unrelated);
  g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "pending");

  kind = last_event (store, job_id, NULL);
  g_assert_cmpstr (kind, ==, "interview-cancelled");

  /* The stage stays; the calendar shows only the other follow-up. */
  job = pursuit_store_get_job (store, job_id, &error);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "interview_scheduled");
  agenda = pursuit_store_list_agenda (store, MONDAY - DAY, MONDAY + 7 * DAY, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agenda->len, ==, 1);
  g_assert_cmpint (pursuit_agenda_item_get_source_id (g_ptr_array_index (agenda, 0)), ==, unrelated);

  /* Twice is once; a cancelled interview cannot be edited. */
  g_string_truncate (log.log, 0);
  g_assert_true (pursuit_store_cancel_interview (store, id, &error));
  g_assert_cmpstr (log.log->str, ==, "");
  pursuit_interview_set_starts_at (stored, MONDAY + DAY);
  g_assert_false (pursuit_store_update_interview (store, stored, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (pursuit_store_cancel_interview (store, 999, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);

  signal_log_clear (&log, store);
}

static void
test_follow_up_status (StoreFixture  *fixture,
                       gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", "applied");
  gint64 id = add_follow_up (store, job_id, MONDAY, 0);
  g_autoptr(PursuitFollowUp) follow_up = get_follow_up (store, id);
  g_autofree char *kind = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(GError) error = NULL;
  SignalLog log = { 0, };

  g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "pending");
  g_assert_cmpstr (pursuit_follow_up_get_template (follow_up), ==, "Subject: Thanks\nDear {contact_name},");
  g_assert_cmpint (pursuit_follow_up_get_completed_at (follow_up), ==, 0);
  g_assert_cmpint (pursuit_follow_up_get_interview_id (follow_up), ==, 0);
  g_clear_object (&follow_up);

  signal_log_connect (&log, store);

  for (guint i = 0; i < 3; i++)
    {
      const char *status = (const char *[]) { "done", "sent", "skipped" }[i];

      g_string_truncate (log.log, 0);
      g_assert_true (pursuit_store_set_follow_up_status (store, id, status, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (log.log->str, ==, "follow-ups-changed;schedule-changed;");

      follow_up = get_follow_up (store, id);
      g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, status);
      g_assert_cmpint (pursuit_follow_up_get_completed_at (follow_up), >, MONDAY);
      g_clear_object (&follow_up);

      kind = last_event (store, job_id, &detail);
      g_assert_true (g_str_has_prefix (kind, "follow-up-"));
      g_assert_cmpstr (kind + strlen ("follow-up-"), ==, status);
      g_assert_cmpstr (detail, ==, "after_applied");
      g_clear_pointer (&kind, g_free);
      g_clear_pointer (&detail, g_free);
    }

  /* The same status again changes nothing. */
  g_string_truncate (log.log, 0);
  g_assert_true (pursuit_store_set_follow_up_status (store, id, "skipped", &error));
  g_assert_cmpstr (log.log->str, ==, "");

  g_assert_true (pursuit_store_set_follow_up_status (store, id, "pending", &error));
  follow_up = get_follow_up (store, id);
  g_assert_cmpint (pursuit_follow_up_get_completed_at (follow_up), ==, 0);
  kind = last_event (store, job_id, NULL);
  g_assert_cmpstr (kind, ==, "follow-up-reopened");

  g_assert_false (pursuit_store_set_follow_up_status (store, id, "cancelled", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_set_follow_up_status (store, id, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_set_follow_up_status (store, id, "\xff", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_clear_error (&error);
  g_assert_false (pursuit_store_set_follow_up_status (store, 999, "done", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A cancelled one stays cancelled. */
  g_assert_cmpuint (pursuit_store_cancel_follow_ups (store, job_id, &error), ==, 1);
  g_assert_false (pursuit_store_set_follow_up_status (store, id, "done", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);

  signal_log_clear (&log, store);
}

static void
test_follow_up_add_invalid (StoreFixture  *fixture,
                            gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", "applied");
  gint64 other_job = add_job (store, "Frontend Engineer", "Globex", "applied");
  gint64 other_interview = add_interview (store, other_job, "technical", MONDAY, 60);
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
  g_autoptr(GError) error = NULL;

  pursuit_follow_up_set_job_id (follow_up, job_id);
  pursuit_follow_up_set_sequence (follow_up, "after_interview");
  pursuit_follow_up_set_due_at (follow_up, MONDAY);

  /* Another job's interview, or none at all. */
  pursuit_follow_up_set_interview_id (follow_up, other_interview);
  g_assert_cmpint (pursuit_store_add_follow_up (store, follow_up, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  pursuit_follow_up_set_interview_id (follow_up, 999);
  g_assert_cmpint (pursuit_store_add_follow_up (store, follow_up, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  pursuit_follow_up_set_interview_id (follow_up, 0);

  pursuit_follow_up_set_status (follow_up, "whenever");
  g_assert_cmpint (pursuit_store_add_follow_up (store, follow_up, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  pursuit_follow_up_set_status (follow_up, NULL);

  pursuit_follow_up_set_template (follow_up, "Dear \xc0\xaf");
  g_assert_cmpint (pursuit_store_add_follow_up (store, follow_up, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (count_rows (store, "SELECT count (*) FROM follow_ups"), ==, 0);

  /* A skipped one can be stored as such (v4 allows it). */
  pursuit_follow_up_set_template (follow_up, NULL);
  pursuit_follow_up_set_status (follow_up, "skipped");
  pursuit_follow_up_set_completed_at (follow_up, MONDAY + HOUR);
  g_assert_cmpint (pursuit_store_add_follow_up (store, follow_up, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT completed_at FROM follow_ups WHERE status = 'skipped'"), ==, MONDAY + HOUR);
}

static void
test_follow_up_reschedule (StoreFixture  *fixture,
                           gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", "applied");
  gint64 id = add_follow_up (store, job_id, MONDAY, 0);
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  g_autoptr(GError) error = NULL;

  exec_store_sql (store, "INSERT INTO reminder_state VALUES ('follow-up', 1, 0, 1794819600, 1794823200)");

  g_assert_true (pursuit_store_reschedule_follow_up (store, id, MONDAY + 3 * DAY, &error));
  g_assert_no_error (error);
  follow_up = get_follow_up (store, id);
  g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), ==, MONDAY + 3 * DAY);
  g_assert_cmpint (count_rows (store, "SELECT count (*) FROM reminder_state"), ==, 0);

  g_assert_false (pursuit_store_reschedule_follow_up (store, id, 0, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_reschedule_follow_up (store, 999, MONDAY, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (pursuit_store_set_follow_up_status (store, id, "done", &error));
  g_assert_false (pursuit_store_reschedule_follow_up (store, id, MONDAY, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
}

static char *
describe (GPtrArray *items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      PursuitAgendaItem *item = g_ptr_array_index (items, i);
      static const char * const kinds[] = { "interview", "follow-up", "reminder", "deadline" };

      g_string_append_printf (text, "%s:%s@%" G_GINT64_FORMAT "%s;",
                              kinds[pursuit_agenda_item_get_kind (item)],
                              pursuit_agenda_item_get_summary (item),
                              pursuit_agenda_item_get_starts_at (item) - MONDAY,
                              pursuit_agenda_item_get_all_day (item) ? "/all-day" : "");
    }

  return g_string_free (text, FALSE);
}

static void
set_deadline (PursuitStore *store,
              gint64        job_id,
              const char   *deadline)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE jobs SET deadline = '%s' WHERE id = %" G_GINT64_FORMAT,
                                          deadline, job_id);

  exec_store_sql (store, sql);
}

static void
test_agenda_range (StoreFixture  *fixture,
                   gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  gint64 acme = add_job (store, "Backend Engineer", "Acme", "interview_scheduled");
  gint64 globex = add_job (store, "SRE", "Globex", "applied");
  gint64 initech = add_job (store, "Analyst", "Initech", "rejected");
  gint64 cancelled, fu_done;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(PursuitFollowUpSequence) sequence = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  PursuitAgendaItem *item;

  /* The range is [MONDAY, MONDAY + 2 days). */
  add_interview (store, acme, "technical", MONDAY - 2 * HOUR, 180);       /* still going on */
  add_interview (store, acme, "final", MONDAY - 2 * HOUR, 120);           /* ends as it starts */
  add_interview (store, acme, "onsite", MONDAY + DAY, 60);
  add_interview (store, acme, "behavioral", MONDAY + 2 * DAY, 60);        /* the end is excluded */
  cancelled = add_interview (store, globex, "phone_screen", MONDAY + HOUR, 30);
  g_assert_true (pursuit_store_cancel_interview (store, cancelled, &error));
  add_follow_up (store, globex, MONDAY, 0);                               /* at the start: in */
  add_follow_up (store, globex, MONDAY - 1, 0);
  fu_done = add_follow_up (store, globex, MONDAY + 3 * HOUR, 0);
  g_assert_true (pursuit_store_set_follow_up_status (store, fu_done, "done", &error));
  add_reminder_note (store, globex, "Call the recruiter", MONDAY + 5 * HOUR, FALSE);
  add_reminder_note (store, globex, "Already called", MONDAY + 6 * HOUR, TRUE);
  add_reminder_note (store, globex, "Later", MONDAY + 2 * DAY, FALSE);
  set_deadline (store, globex, "2026-11-17");
  set_deadline (store, acme, "2026-11-16T17:00");
  set_deadline (store, initech, "2026-11-17");                             /* rejected: no */

  /* A follow-up is summed up by its sequence's name, or its key when the
   * sequence is gone. */
  sequence = pursuit_store_get_sequence (store, "after_applied");
  g_assert_nonnull (sequence);
  expected = g_strdup_printf ("deadline:@-32400/all-day;"
                              "interview:technical@-7200;"
                              "follow-up:%s@0;"
                              "reminder:Call the recruiter@18000;"
                              "deadline:@54000/all-day;"
                              "interview:onsite@86400;",
                              pursuit_follow_up_sequence_get_name (sequence));

  items = pursuit_store_list_agenda (store, MONDAY, MONDAY + 2 * DAY, utc, &error);
  g_assert_no_error (error);
  text = describe (items);
  g_assert_cmpstr (text, ==, expected);

  /* What each carries. */
  item = g_ptr_array_index (items, 1);
  g_assert_cmpint (pursuit_agenda_item_get_job_id (item), ==, acme);
  g_assert_cmpstr (pursuit_agenda_item_get_company (item), ==, "Acme");
  g_assert_cmpstr (pursuit_agenda_item_get_job_title (item), ==, "Backend Engineer");
  g_assert_cmpint (pursuit_agenda_item_get_ends_at (item), ==, MONDAY + HOUR);
  g_assert_null (pursuit_agenda_item_get_date (item));
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (pursuit_agenda_item_get_date (item), ==, "2026-11-16");
  g_assert_cmpint (pursuit_agenda_item_get_source_id (item), ==, acme);
  g_assert_cmpint (pursuit_agenda_item_get_ends_at (item) - pursuit_agenda_item_get_starts_at (item), ==, DAY);
  item = g_ptr_array_index (items, 2);
  g_assert_cmpstr (pursuit_agenda_item_get_company (item), ==, "Globex");
  g_assert_cmpint (pursuit_agenda_item_get_ends_at (item), ==, MONDAY);

  /* An empty or backwards range is empty. */
  g_clear_pointer (&items, g_ptr_array_unref);
  items = pursuit_store_list_agenda (store, MONDAY, MONDAY, utc, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 0);

  /* Removing a job takes its items away. */
  g_clear_pointer (&items, g_ptr_array_unref);
  g_assert_true (pursuit_store_remove_job (store, acme, &error));
  items = pursuit_store_list_agenda (store, MONDAY, MONDAY + 2 * DAY, utc, &error);
  g_clear_pointer (&text, g_free);
  text = describe (items);
  g_assert_true (g_str_has_prefix (text, "follow-up:"));
  g_assert_nonnull (strstr (text, "@0;reminder:Call the recruiter@18000;deadline:@54000/all-day;"));
  g_assert_false (g_str_has_suffix (text, "interview:onsite@86400;"));
}

static void
test_agenda_deadlines_time_zone (StoreFixture  *fixture,
                                 gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_autoptr(GDateTime) first = NULL;
  g_autoptr(GDateTime) last = NULL;
  gint64 normal = add_job (store, "Normal day", "Acme", "saved");
  gint64 dst = add_job (store, "Clocks go back", "Acme", "saved");
  gint64 broken = add_job (store, "Broken", "Acme", "saved");
  gint64 broken2 = add_job (store, "Broken too", "Acme", "saved");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  PursuitAgendaItem *item;

  if (berlin == NULL)
    {
      g_test_skip ("No time zone data for Europe/Berlin");
      return;
    }

  set_deadline (store, normal, "2026-10-20");
  set_deadline (store, dst, "2026-10-25");
  /* Written by something other than the store (an old backup). */
  set_deadline (store, broken, "2026-10-2x");
  set_deadline (store, broken2, "2026-02-30");

  first = g_date_time_new (berlin, 2026, 10, 1, 0, 0, 0);
  last = g_date_time_new (berlin, 2026, 11, 1, 0, 0, 0);
  items = pursuit_store_list_agenda (store, g_date_time_to_unix (first), g_date_time_to_unix (last),
                                     berlin, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 2);

  /* Midnight in Berlin (summer time: UTC+2), a day of 24 hours... */
  item = g_ptr_array_index (items, 0);
  g_assert_cmpint (pursuit_agenda_item_get_source_id (item), ==, normal);
  g_assert_cmpint (pursuit_agenda_item_get_starts_at (item), ==, 1792447200);
  g_assert_cmpint (pursuit_agenda_item_get_ends_at (item) - pursuit_agenda_item_get_starts_at (item), ==, DAY);

  /* ...and the day the clocks go back has 25. */
  item = g_ptr_array_index (items, 1);
  g_assert_cmpint (pursuit_agenda_item_get_source_id (item), ==, dst);
  g_assert_cmpint (pursuit_agenda_item_get_ends_at (item) - pursuit_agenda_item_get_starts_at (item), ==, DAY + HOUR);
  g_assert_true (pursuit_agenda_item_get_all_day (item));

  /* A range ending at Berlin's midnight of the 20th leaves that day out; one
   * ending a second after takes it in. */
  g_clear_pointer (&items, g_ptr_array_unref);
  items = pursuit_store_list_agenda (store, g_date_time_to_unix (first), 1792447200, berlin, &error);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = pursuit_store_list_agenda (store, g_date_time_to_unix (first), 1792447201, berlin, &error);
  g_assert_cmpuint (items->len, ==, 1);
}

static void
test_agenda_job (StoreFixture  *fixture,
                 gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 acme = add_job (store, "Backend Engineer", "Acme", "interview_scheduled");
  gint64 globex = add_job (store, "SRE", "Globex", "applied");
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  add_interview (store, acme, "technical", MONDAY + 30 * DAY, 60);
  add_interview (store, globex, "technical", MONDAY, 60);
  add_follow_up (store, acme, MONDAY - 400 * DAY, 0);
  add_reminder_note (store, acme, "Prepare questions", MONDAY + 29 * DAY, FALSE);
  set_deadline (store, acme, "2026-11-16");

  items = pursuit_store_list_job_agenda (store, acme, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 4);
  text = describe (items);
  g_assert_true (g_str_has_prefix (text, "follow-up:"));
  g_assert_nonnull (strstr (text, "@-34560000;"));
  g_assert_nonnull (strstr (text, "reminder:Prepare questions@2505600;interview:technical@2592000;"));
  g_assert_nonnull (strstr (text, "deadline:"));

  g_clear_pointer (&items, g_ptr_array_unref);
  items = pursuit_store_list_job_agenda (store, 999, &error);
  g_assert_null (items);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_schedule_changed (StoreFixture  *fixture,
                       gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", "applied");
  g_autoptr(GError) error = NULL;
  SignalLog log = { 0, };

  signal_log_connect (&log, store);

  /* Once per transaction, last. */
  g_assert_true (pursuit_store_begin (store, &error));
  add_follow_up (store, job_id, MONDAY, 0);
  add_follow_up (store, job_id, MONDAY + DAY, 0);
  add_reminder_note (store, job_id, "Call", MONDAY, FALSE);
  g_assert_cmpstr (log.log->str, ==, "");
  g_assert_true (pursuit_store_commit (store, &error));
  g_assert_cmpstr (log.log->str, ==, "follow-ups-changed;follow-ups-changed;schedule-changed;");

  /* Contacts are not on the calendar. */
  g_string_truncate (log.log, 0);
  g_assert_cmpint (pursuit_store_add_contact (store, job_id, "Dana", NULL, NULL, &error), >, 0);
  g_assert_cmpstr (log.log->str, ==, "contacts-changed;");

  /* A rolled back batch announces nothing. */
  g_string_truncate (log.log, 0);
  g_assert_true (pursuit_store_begin (store, &error));
  add_follow_up (store, job_id, MONDAY, 0);
  pursuit_store_rollback (store);
  g_assert_cmpstr (log.log->str, ==, "");

  /* A removed job, and a job edit (its deadline). */
  g_string_truncate (log.log, 0);
  g_assert_true (pursuit_store_remove_job (store, job_id, &error));
  g_assert_true (g_str_has_suffix (log.log->str, "schedule-changed;"));

  signal_log_clear (&log, store);
}

static void
test_job_deletion_undo (StoreFixture  *fixture,
                        gconstpointer  data)
{
  PursuitStore *store = fixture->store;
  gint64 job_id = add_job (store, "Backend Engineer", "Acme", "interview_scheduled");
  gint64 interview_id, cancelled_id, thanks_id, note_id;
  g_autoptr(PursuitInterview) interview = make_interview (job_id, "technical", MONDAY, 60);
  g_autoptr(PursuitJobDeletion) deletion = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  PursuitInterview *restored;
  PursuitFollowUp *follow_up;
  gint64 new_job;

  pursuit_interview_set_interviewer_email (interview, "dana@acme.example");
  pursuit_interview_set_reminder_minutes (interview, "30");
  pursuit_interview_set_uid (interview, "keep-me@example.com");
  interview_id = pursuit_store_add_interview (store, interview, &error);
  g_assert_no_error (error);
  cancelled_id = add_interview (store, job_id, "phone_screen", MONDAY - DAY, 30);
  g_assert_true (pursuit_store_cancel_interview (store, cancelled_id, &error));
  thanks_id = add_follow_up (store, job_id, MONDAY + DAY, interview_id);
  g_assert_true (pursuit_store_set_follow_up_status (store, thanks_id, "sent", &error));
  note_id = add_reminder_note (store, job_id, "Prepare", MONDAY - HOUR, FALSE);

  /* Reminders that fired stay fired after Undo. */
  sql = g_strdup_printf ("INSERT INTO reminder_state VALUES ('interview', %" G_GINT64_FORMAT ", 30, %d, NULL);"
                         "INSERT INTO reminder_state VALUES ('note', %" G_GINT64_FORMAT ", 0, %d, %d);",
                         interview_id, MONDAY - 30 * 60, note_id, MONDAY - HOUR, MONDAY + HOUR);
  exec_store_sql (store, sql);

  /* An unrelated job, so the new ids differ from the old. */
  add_job (store, "Other", "Globex", "saved");
  add_interview (store, 2, "technical", MONDAY, 60);

  deletion = pursuit_job_deletion_new (store);
  g_assert_true (pursuit_job_deletion_delete (deletion, &job_id, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (store, "SELECT count (*) FROM reminder_state"), ==, 0);

  g_assert_true (pursuit_job_deletion_undo (deletion, &error));
  g_assert_no_error (error);

  jobs = pursuit_store_list_jobs (store, NULL, &error);
  g_assert_cmpuint (jobs->len, ==, 2);
  new_job = pursuit_job_get_id (g_ptr_array_index (jobs, 0)) == 2
            ? pursuit_job_get_id (g_ptr_array_index (jobs, 1))
            : pursuit_job_get_id (g_ptr_array_index (jobs, 0));
  g_assert_cmpint (new_job, !=, job_id);

  interviews = pursuit_store_list_interviews (store, new_job);
  g_assert_cmpuint (interviews->len, ==, 2);
  g_assert_cmpstr (pursuit_interview_get_status (g_ptr_array_index (interviews, 0)), ==, "cancelled");
  restored = g_ptr_array_index (interviews, 1);
  g_assert_cmpint (pursuit_interview_get_id (restored), !=, interview_id);
  g_assert_cmpstr (pursuit_interview_get_uid (restored), ==, "keep-me@example.com");
  g_assert_cmpstr (pursuit_interview_get_interviewer_email (restored), ==, "dana@acme.example");
  g_assert_cmpstr (pursuit_interview_get_reminder_minutes (restored), ==, "30");
  g_assert_cmpstr (pursuit_interview_get_status (restored), ==, "scheduled");

  follow_ups = pursuit_store_list_follow_ups (store, new_job);
  g_assert_cmpuint (follow_ups->len, ==, 1);
  follow_up = g_ptr_array_index (follow_ups, 0);
  g_assert_cmpint (pursuit_follow_up_get_interview_id (follow_up), ==, pursuit_interview_get_id (restored));
  g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "sent");
  g_assert_cmpint (pursuit_follow_up_get_completed_at (follow_up), >, 0);
  g_assert_cmpstr (pursuit_follow_up_get_template (follow_up), ==, "Subject: Thanks\nDear {contact_name},");

  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("SELECT count (*) FROM reminder_state WHERE source = 'interview' AND source_id = %"
                         G_GINT64_FORMAT " AND fired_due_at = %d",
                         pursuit_interview_get_id (restored), MONDAY - 30 * 60);
  g_assert_cmpint (count_rows (store, sql), ==, 1);
  g_assert_cmpint (count_rows (store, "SELECT snoozed_until FROM reminder_state WHERE source = 'note'"),
                   ==, MONDAY + HOUR);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/schedule/" path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)

  ADD ("interview/defaults", test_interview_defaults);
  ADD ("interview/invalid", test_interview_invalid);
  ADD ("interview/reschedule", test_interview_reschedule);
  ADD ("interview/cancel", test_interview_cancel);
  ADD ("follow-up/status", test_follow_up_status);
  ADD ("follow-up/add-invalid", test_follow_up_add_invalid);
  ADD ("follow-up/reschedule", test_follow_up_reschedule);
  ADD ("agenda/range", test_agenda_range);
  ADD ("agenda/deadlines-time-zone", test_agenda_deadlines_time_zone);
  ADD ("agenda/job", test_agenda_job);
  ADD ("schedule-changed", test_schedule_changed);
  ADD ("job-deletion-undo", test_job_deletion_undo);

#undef ADD

  return g_test_run ();
}
