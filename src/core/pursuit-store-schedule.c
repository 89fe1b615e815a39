/* pursuit-store-schedule.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: interviews and follow-ups as rows, and after
 * they were added (rescheduling, cancelling, completing). The calendar's
 * reads are in pursuit-store-agenda.c. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-store-private.h"

/* Rows */

PursuitInterview *
_pursuit_store_interview_from_row (sqlite3_stmt *stmt)
{
  PursuitInterview *interview = pursuit_interview_new ();
  const char *reminder_minutes = _pursuit_column_text (stmt, 11);
  const char *status = _pursuit_column_text (stmt, 10);

  pursuit_interview_set_id (interview, sqlite3_column_int64 (stmt, 0));
  pursuit_interview_set_job_id (interview, sqlite3_column_int64 (stmt, 1));
  pursuit_interview_set_kind (interview, _pursuit_column_text (stmt, 2));
  pursuit_interview_set_starts_at (interview, sqlite3_column_int64 (stmt, 3));
  pursuit_interview_set_duration_minutes (interview, sqlite3_column_int (stmt, 4));
  pursuit_interview_set_location (interview, _pursuit_column_text (stmt, 5));
  pursuit_interview_set_interviewer (interview, _pursuit_column_text (stmt, 6));
  pursuit_interview_set_notes (interview, _pursuit_column_text (stmt, 7));
  pursuit_interview_set_created_at (interview, sqlite3_column_int64 (stmt, 8));
  pursuit_interview_set_interviewer_email (interview, _pursuit_column_text (stmt, 9));
  pursuit_interview_set_status (interview, status != NULL ? status : "scheduled");
  pursuit_interview_set_reminder_minutes (interview, reminder_minutes != NULL ? reminder_minutes : "");
  pursuit_interview_set_uid (interview, _pursuit_column_text (stmt, 12));
  pursuit_interview_set_updated_at (interview, sqlite3_column_int64 (stmt, 13));

  return interview;
}

PursuitFollowUp *
_pursuit_store_follow_up_from_row (sqlite3_stmt *stmt)
{
  PursuitFollowUp *follow_up = pursuit_follow_up_new ();

  pursuit_follow_up_set_id (follow_up, sqlite3_column_int64 (stmt, 0));
  pursuit_follow_up_set_job_id (follow_up, sqlite3_column_int64 (stmt, 1));
  pursuit_follow_up_set_sequence (follow_up, _pursuit_column_text (stmt, 2));
  pursuit_follow_up_set_step (follow_up, sqlite3_column_int (stmt, 3));
  pursuit_follow_up_set_due_at (follow_up, sqlite3_column_int64 (stmt, 4));
  pursuit_follow_up_set_status (follow_up, _pursuit_column_text (stmt, 5));
  pursuit_follow_up_set_created_at (follow_up, sqlite3_column_int64 (stmt, 6));
  pursuit_follow_up_set_template (follow_up, _pursuit_column_text (stmt, 7));
  pursuit_follow_up_set_completed_at (follow_up, sqlite3_column_int64 (stmt, 8));
  pursuit_follow_up_set_interview_id (follow_up, sqlite3_column_int64 (stmt, 9));

  return follow_up;
}

/* "<32 hex digits>@pursuit.invalid": unique without knowing a host name,
 * and recognisably ours when it comes back in an invitation. */
char *
_pursuit_store_new_uid (void)
{
  g_autofree char *uuid = g_uuid_string_random ();
  GString *uid = g_string_new (NULL);

  for (const char *p = uuid; *p != '\0'; p++)
    if (*p != '-')
      g_string_append_c (uid, *p);

  g_string_append (uid, "@pursuit.invalid");
  return g_string_free (uid, FALSE);
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
_pursuit_store_check_interview (PursuitInterview  *interview,
                                GError           **error)
{
  const char *status = pursuit_interview_get_status (interview);
  const char *uid = pursuit_interview_get_uid (interview);
  const char *email = pursuit_interview_get_interviewer_email (interview);

  if (pursuit_interview_get_kind (interview) == NULL || pursuit_interview_get_kind (interview)[0] == '\0')
    pursuit_interview_set_kind (interview, "other");
  if (status == NULL)
    pursuit_interview_set_status (interview, status = "scheduled");
  if (pursuit_interview_get_reminder_minutes (interview) == NULL)
    pursuit_interview_set_reminder_minutes (interview, PURSUIT_INTERVIEW_DEFAULT_REMINDERS);
  if (email != NULL && email[0] == '\0')
    pursuit_interview_set_interviewer_email (interview, email = NULL);
  if (uid != NULL && uid[0] == '\0')
    pursuit_interview_set_uid (interview, uid = NULL);

  if (!_pursuit_store_check_text (pursuit_interview_get_kind (interview), _("interview type"), error) ||
      !_pursuit_store_check_text (pursuit_interview_get_location (interview), _("location"), error) ||
      !_pursuit_store_check_text (pursuit_interview_get_interviewer (interview), _("interviewer"), error) ||
      !_pursuit_store_check_text (pursuit_interview_get_notes (interview), _("notes"), error) ||
      !_pursuit_store_check_text (email, _("email address"), error) ||
      !_pursuit_store_check_text (uid, _("calendar UID"), error))
    return FALSE;

  if (g_utf8_strlen (pursuit_interview_get_kind (interview), -1) > 60)
    return invalid (error, _("An interview type can have at most 60 characters"));

  if (pursuit_interview_get_starts_at (interview) <= 0)
    return invalid (error, _("An interview needs a start time"));

  if (pursuit_interview_get_duration_minutes (interview) <= 0 ||
      pursuit_interview_get_duration_minutes (interview) > 24 * 60)
    return invalid (error, _("An interview lasts between 1 minute and 24 hours"));

  if (!g_str_equal (status, "scheduled") && !g_str_equal (status, "cancelled") &&
      !g_str_equal (status, "done"))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown interview status “%s”"), status);
      return FALSE;
    }

  if (!pursuit_interview_reminder_minutes_valid (pursuit_interview_get_reminder_minutes (interview)))
    return invalid (error, _("Reminders are minutes before the interview, up to four weeks, separated by commas"));

  if (uid != NULL && strlen (uid) > 1000)
    return invalid (error, _("A calendar UID can have at most 1000 characters"));

  return _pursuit_store_check_email (email, error);
}

/* Interviews */

/**
 * pursuit_store_get_interview:
 * @self: a store
 * @interview_id: the interview
 * @error: a location for a #GError
 *
 * Returns: (transfer full): the interview as stored, or %NULL with @error
 *   set
 */
PursuitInterview *
pursuit_store_get_interview (PursuitStore  *self,
                             gint64         interview_id,
                             GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _pursuit_store_find_by_id (self, "SELECT " PURSUIT_STORE_INTERVIEW_COLUMNS " FROM interviews WHERE id = ?",
                                    interview_id, (PursuitStoreRowReader) _pursuit_store_interview_from_row,
                                    "reading an interview", error,
                                    _("There is no interview with id %lld"), (long long)interview_id);
}

/* Runs @sql with @a as ?1 and @b as ?2 (either may go unused). */
static gboolean
run2 (PursuitStore  *self,
      const char    *sql,
      gint64         a,
      gint64         b,
      guint         *n_changed,
      GError       **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  if (!_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  if (n_changed != NULL)
    *n_changed = sqlite3_changes (_pursuit_store_get_db (self));

  return TRUE;
}

/* A reminder's state remembers the due time it fired for and any snooze:
 * after a move both are stale, and every reminder of the item is armed
 * for its new time. */
static gboolean
forget_reminder_state (PursuitStore  *self,
                       const char    *source,
                       gint64         source_id,
                       GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self,
                                 "DELETE FROM reminder_state WHERE source = ? AND source_id = ?",
                                 error);
  if (stmt == NULL)
    return FALSE;

  _pursuit_bind_text (stmt, 1, source);
  sqlite3_bind_int64 (stmt, 2, source_id);
  return _pursuit_store_step_done (self, stmt, error);
}

static gboolean
write_interview (PursuitStore      *self,
                 PursuitInterview  *interview,
                 GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE interviews SET kind = ?, starts_at = ?, duration_minutes = ?,"
                                 " location = ?, interviewer = ?, notes = ?, interviewer_email = ?,"
                                 " status = ?, reminder_minutes = ?, uid = ?, updated_at = ?"
                                 " WHERE id = ?",
                                 error);
  if (stmt == NULL)
    return FALSE;

  _pursuit_bind_text (stmt, 1, pursuit_interview_get_kind (interview));
  sqlite3_bind_int64 (stmt, 2, pursuit_interview_get_starts_at (interview));
  sqlite3_bind_int (stmt, 3, pursuit_interview_get_duration_minutes (interview));
  _pursuit_bind_text (stmt, 4, pursuit_interview_get_location (interview));
  _pursuit_bind_text (stmt, 5, pursuit_interview_get_interviewer (interview));
  _pursuit_bind_text (stmt, 6, pursuit_interview_get_notes (interview));
  _pursuit_bind_text (stmt, 7, pursuit_interview_get_interviewer_email (interview));
  _pursuit_bind_text (stmt, 8, pursuit_interview_get_status (interview));
  _pursuit_bind_text (stmt, 9, pursuit_interview_get_reminder_minutes (interview));
  _pursuit_bind_text (stmt, 10, pursuit_interview_get_uid (interview));
  sqlite3_bind_int64 (stmt, 11, pursuit_interview_get_updated_at (interview));
  sqlite3_bind_int64 (stmt, 12, pursuit_interview_get_id (interview));

  return _pursuit_store_step_done (self, stmt, error);
}

/* Finishes a write that changed @interview: the stored copy goes with
 * #PursuitStore::interview-changed, so a handler cannot change what the
 * caller holds. */
static gboolean
end_interview_write (PursuitStore      *self,
                     PursuitInterview  *interview,
                     guint              n_follow_ups,
                     GError           **error)
{
  g_autoptr(PursuitInterview) stored = pursuit_interview_copy (interview);

  if (n_follow_ups > 0)
    _pursuit_store_queue_signal (self, PENDING_FOLLOW_UPS_CHANGED, NULL,
                                 pursuit_interview_get_job_id (interview), NULL, NULL);
  _pursuit_store_queue_signal (self, PENDING_INTERVIEW_CHANGED, stored, 0, NULL, NULL);

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_update_interview:
 * @self: a store
 * @interview: the interview, with its id; its job does not change
 * @error: a location for a #GError
 *
 * Saves an interview's kind, times, location, interviewer, notes, status
 * ("scheduled" or "done") and reminders, validated as when it was added. A
 * new end moves the pending follow-ups planned from it (the thank-you) by
 * as much, and every reminder of a moved interview is armed again. The
 * timeline records "interview-rescheduled" or "interview-updated". Emits
 * #PursuitStore::interview-changed. A cancelled interview cannot be
 * changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_update_interview (PursuitStore      *self,
                                PursuitInterview  *interview,
                                GError           **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (interview), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _pursuit_store_save_interview (self, interview, 0, NULL, error);
}

/* pursuit_store_update_interview(), or with @remote_label the same change
 * made on the calendar of @remote_account: the timeline says so, and the
 * push goes to the other accounts only. */
gboolean
_pursuit_store_save_interview (PursuitStore      *self,
                               PursuitInterview  *interview,
                               gint64             remote_account,
                               const char        *remote_label,
                               GError           **error)
{
  g_autoptr(PursuitInterview) old = NULL;
  gint64 id, moved_by;
  guint n_follow_ups = 0;
  gboolean rescheduled;
  const char *event_kind;

  id = pursuit_interview_get_id (interview);
  old = pursuit_store_get_interview (self, id, error);
  if (old == NULL)
    return FALSE;

  if (g_strcmp0 (pursuit_interview_get_status (old), "cancelled") == 0)
    return invalid (error, _("A cancelled interview cannot be changed; schedule a new one"));

  if (g_strcmp0 (pursuit_interview_get_status (interview), "cancelled") == 0)
    return invalid (error, _("Cancel an interview with “Cancel Interview”, not by editing it"));

  if (!_pursuit_store_check_interview (interview, error))
    return FALSE;

  /* What identifies the row stays: a new uid would make calendars that
   * imported it see a second event. */
  pursuit_interview_set_job_id (interview, pursuit_interview_get_job_id (old));
  pursuit_interview_set_created_at (interview, pursuit_interview_get_created_at (old));
  if (pursuit_interview_get_uid (interview) == NULL)
    pursuit_interview_set_uid (interview, pursuit_interview_get_uid (old));
  pursuit_interview_set_updated_at (interview, _pursuit_store_now (self));

  rescheduled = pursuit_interview_get_starts_at (interview) != pursuit_interview_get_starts_at (old);
  moved_by = pursuit_interview_get_ends_at (interview) - pursuit_interview_get_ends_at (old);
  if (remote_label != NULL)
    event_kind = "interview_moved_remotely";
  else
    event_kind = rescheduled ? "interview-rescheduled" : "interview-updated";

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!write_interview (self, interview, error) ||
      (moved_by != 0 &&
       !run2 (self,
              "UPDATE follow_ups SET due_at = max (1, due_at + ?1)"
              " WHERE interview_id = ?2 AND status = 'pending'",
              moved_by, id, &n_follow_ups, error)) ||
      (moved_by != 0 && n_follow_ups > 0 &&
       !run2 (self,
              "DELETE FROM reminder_state WHERE source = 'follow-up' AND source_id IN"
              " (SELECT id FROM follow_ups WHERE interview_id = ?2 AND status = 'pending')",
              0, id, NULL, error)) ||
      (rescheduled && !forget_reminder_state (self, "interview", id, error)) ||
      !_pursuit_store_add_event (self, pursuit_interview_get_job_id (old), event_kind, NULL, NULL,
                                 remote_label != NULL ? remote_label : pursuit_interview_get_kind (interview),
                                 error) ||
      !_pursuit_store_queue_interview_pushes (self, id, remote_account, error))
    return _pursuit_store_write_fail (self);

  return end_interview_write (self, interview, n_follow_ups, error);
}

/**
 * pursuit_store_cancel_interview:
 * @self: a store
 * @interview_id: the interview
 * @error: a location for a #GError
 *
 * Marks the interview cancelled: its reminders never fire, its pending
 * thank-you follow-ups are cancelled, the timeline records
 * "interview-cancelled". The job's stage stays where it is. Emits
 * #PursuitStore::interview-changed. Cancelling twice changes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_cancel_interview (PursuitStore  *self,
                                gint64         interview_id,
                                GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _pursuit_store_cancel_interview_full (self, interview_id, 0, NULL, error);
}

/* pursuit_store_cancel_interview(), or with @remote_label because its
 * event was deleted on the calendar of @remote_account. */
gboolean
_pursuit_store_cancel_interview_full (PursuitStore  *self,
                                      gint64         interview_id,
                                      gint64         remote_account,
                                      const char    *remote_label,
                                      GError       **error)
{
  g_autoptr(PursuitInterview) interview = NULL;
  guint n_follow_ups = 0;

  interview = pursuit_store_get_interview (self, interview_id, error);
  if (interview == NULL)
    return FALSE;

  if (g_strcmp0 (pursuit_interview_get_status (interview), "cancelled") == 0)
    return TRUE;

  pursuit_interview_set_status (interview, "cancelled");
  pursuit_interview_set_updated_at (interview, _pursuit_store_now (self));

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!run2 (self,
             "UPDATE interviews SET status = 'cancelled', updated_at = ?1 WHERE id = ?2",
             pursuit_interview_get_updated_at (interview), interview_id, NULL, error) ||
      !run2 (self,
             "UPDATE follow_ups SET status = 'cancelled'"
             " WHERE interview_id = ?2 AND status = 'pending'",
             0, interview_id, &n_follow_ups, error) ||
      !_pursuit_store_add_event (self, pursuit_interview_get_job_id (interview),
                                 remote_label != NULL ? "interview_cancelled_remotely" : "interview-cancelled",
                                 NULL, NULL,
                                 remote_label != NULL ? remote_label : pursuit_interview_get_kind (interview),
                                 error) ||
      !_pursuit_store_queue_interview_pushes (self, interview_id, remote_account, error))
    return _pursuit_store_write_fail (self);

  return end_interview_write (self, interview, n_follow_ups, error);
}

/* Follow-ups */

/**
 * pursuit_store_get_follow_up:
 * @self: a store
 * @follow_up_id: the follow-up
 * @error: a location for a #GError
 *
 * Returns: (transfer full): the follow-up as stored, or %NULL with @error
 *   set
 */
PursuitFollowUp *
pursuit_store_get_follow_up (PursuitStore  *self,
                             gint64         follow_up_id,
                             GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _pursuit_store_find_by_id (self, "SELECT " PURSUIT_STORE_FOLLOW_UP_COLUMNS " FROM follow_ups WHERE id = ?",
                                    follow_up_id, (PursuitStoreRowReader) _pursuit_store_follow_up_from_row,
                                    "reading a follow-up", error,
                                    _("There is no follow-up with id %lld"), (long long)follow_up_id);
}

/**
 * pursuit_store_set_follow_up_status:
 * @self: a store
 * @follow_up_id: the follow-up
 * @status: "done", "sent", "skipped" or "pending"
 * @error: a location for a #GError
 *
 * Completes a follow-up (completed-at becomes now) or opens it again. The
 * timeline records "follow-up-done", "follow-up-sent", "follow-up-skipped"
 * or "follow-up-reopened" with the sequence as detail. A cancelled
 * follow-up stays cancelled. Emits #PursuitStore::follow-ups-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_set_follow_up_status (PursuitStore  *self,
                                    gint64         follow_up_id,
                                    const char    *status,
                                    GError       **error)
{
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  g_autofree char *event = NULL;
  gboolean pending;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_strcmp0 (status, "done") != 0 && g_strcmp0 (status, "sent") != 0 &&
      g_strcmp0 (status, "skipped") != 0 && g_strcmp0 (status, "pending") != 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A follow-up can be done, sent, skipped or pending, not “%s”"),
                   status != NULL && g_utf8_validate (status, -1, NULL) ? status : "");
      return FALSE;
    }

  follow_up = pursuit_store_get_follow_up (self, follow_up_id, error);
  if (follow_up == NULL)
    return FALSE;

  if (g_strcmp0 (pursuit_follow_up_get_status (follow_up), "cancelled") == 0)
    return invalid (error, _("This follow-up was cancelled"));

  if (g_strcmp0 (pursuit_follow_up_get_status (follow_up), status) == 0)
    return TRUE;

  pending = g_str_equal (status, "pending");
  event = g_strconcat ("follow-up-", pending ? "reopened" : status, NULL);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE follow_ups SET status = ?, completed_at = ? WHERE id = ?",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, status);
  _pursuit_bind_optional_int64 (stmt, 2, pending ? 0 : _pursuit_store_now (self));
  sqlite3_bind_int64 (stmt, 3, follow_up_id);

  if (!_pursuit_store_step_done (self, stmt, error) ||
      !_pursuit_store_add_event (self, pursuit_follow_up_get_job_id (follow_up), event,
                                 NULL, NULL, pursuit_follow_up_get_sequence (follow_up), error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_FOLLOW_UPS_CHANGED, NULL,
                               pursuit_follow_up_get_job_id (follow_up), NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_reschedule_follow_up:
 * @self: a store
 * @follow_up_id: a pending follow-up
 * @due_at: its new due time (unix seconds)
 * @error: a location for a #GError
 *
 * Moves a pending follow-up; its reminder is armed for the new time.
 * Emits #PursuitStore::follow-ups-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_reschedule_follow_up (PursuitStore  *self,
                                    gint64         follow_up_id,
                                    gint64         due_at,
                                    GError       **error)
{
  g_autoptr(PursuitFollowUp) follow_up = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (due_at <= 0)
    return invalid (error, _("A follow-up needs a due time"));

  follow_up = pursuit_store_get_follow_up (self, follow_up_id, error);
  if (follow_up == NULL)
    return FALSE;

  if (g_strcmp0 (pursuit_follow_up_get_status (follow_up), "pending") != 0)
    return invalid (error, _("Only a pending follow-up can be moved"));

  if (pursuit_follow_up_get_due_at (follow_up) == due_at)
    return TRUE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!run2 (self, "UPDATE follow_ups SET due_at = ?1 WHERE id = ?2",
             due_at, follow_up_id, NULL, error) ||
      !forget_reminder_state (self, "follow-up", follow_up_id, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_FOLLOW_UPS_CHANGED, NULL,
                               pursuit_follow_up_get_job_id (follow_up), NULL, NULL);
  return _pursuit_store_write_end (self, error);
}
