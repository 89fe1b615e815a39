/* pursuit-store-interviews.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: a job's interviews and follow-ups, and
 * putting an interview back when a job's deletion is undone. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-store-private.h"

/* Starts the write that inserts @interview, which gets a creation time
 * and a calendar UID if it has none: the statement is bound, ready to
 * step. */
static sqlite3_stmt *
begin_interview_insert (PursuitStore      *self,
                        PursuitInterview  *interview,
                        GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_begin_insert (self, pursuit_interview_get_job_id (interview), TRUE,
                                      "INSERT INTO interviews (job_id, kind, starts_at, duration_minutes, location,"
                                      " interviewer, notes, created_at, interviewer_email, status, reminder_minutes,"
                                      " uid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                      error);
  if (stmt == NULL)
    return NULL;

  if (pursuit_interview_get_created_at (interview) == 0)
    pursuit_interview_set_created_at (interview, _pursuit_store_now (self));
  if (pursuit_interview_get_updated_at (interview) == 0)
    pursuit_interview_set_updated_at (interview, pursuit_interview_get_created_at (interview));
  if (pursuit_interview_get_uid (interview) == NULL)
    {
      g_autofree char *uid = _pursuit_store_new_uid ();

      pursuit_interview_set_uid (interview, uid);
    }

  sqlite3_bind_int64 (stmt, 1, pursuit_interview_get_job_id (interview));
  _pursuit_bind_text (stmt, 2, pursuit_interview_get_kind (interview));
  sqlite3_bind_int64 (stmt, 3, pursuit_interview_get_starts_at (interview));
  sqlite3_bind_int (stmt, 4, pursuit_interview_get_duration_minutes (interview));
  _pursuit_bind_text (stmt, 5, pursuit_interview_get_location (interview));
  _pursuit_bind_text (stmt, 6, pursuit_interview_get_interviewer (interview));
  _pursuit_bind_text (stmt, 7, pursuit_interview_get_notes (interview));
  sqlite3_bind_int64 (stmt, 8, pursuit_interview_get_created_at (interview));
  _pursuit_bind_text (stmt, 9, pursuit_interview_get_interviewer_email (interview));
  _pursuit_bind_text (stmt, 10, pursuit_interview_get_status (interview));
  _pursuit_bind_text (stmt, 11, pursuit_interview_get_reminder_minutes (interview));
  _pursuit_bind_text (stmt, 12, pursuit_interview_get_uid (interview));
  sqlite3_bind_int64 (stmt, 13, pursuit_interview_get_updated_at (interview));

  return stmt;
}

/**
 * pursuit_store_add_interview:
 * @self: a store
 * @interview: the interview; its job-id names the job
 * @error: a location for a #GError
 *
 * Records an interview and writes it to the job's timeline. Without a kind
 * it is "other", without a status "scheduled", without reminder-minutes
 * the default ones; without a uid it gets a new one. The interviewer's
 * email address, when given, must look like one.
 * #PursuitStore::interview-scheduled follows, which the automation uses to
 * move the stage and plan the thank-you note.
 *
 * Returns: the id of the interview, or 0 with @error set
 */
gint64
pursuit_store_add_interview (PursuitStore      *self,
                             PursuitInterview  *interview,
                             GError           **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (interview), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_pursuit_store_check_interview (interview, error))
    return 0;

  stmt = begin_interview_insert (self, interview, error);
  if (stmt == NULL)
    return 0;

  if (!_pursuit_store_step_done (self, stmt, error))
    {
      _pursuit_store_write_abort (self);
      return 0;
    }

  pursuit_interview_set_id (interview, sqlite3_last_insert_rowid (_pursuit_store_get_db (self)));

  if (!_pursuit_store_add_event (self, pursuit_interview_get_job_id (interview), "interview",
                                 NULL, NULL, pursuit_interview_get_kind (interview), error) ||
      !_pursuit_store_queue_interview_pushes (self, pursuit_interview_get_id (interview), 0, error))
    {
      _pursuit_store_write_abort (self);
      return 0;
    }

  _pursuit_store_queue_signal (self, PENDING_INTERVIEW_SCHEDULED, interview, 0, NULL, NULL);
  if (!_pursuit_store_write_end (self, error))
    return 0;

  return pursuit_interview_get_id (interview);
}

/**
 * pursuit_store_list_interviews:
 *
 * Returns: (transfer full) (element-type PursuitInterview): the job's
 *   interviews by start time
 */
GPtrArray *
pursuit_store_list_interviews (PursuitStore *self,
                               gint64        job_id)
{
  g_autoptr(GPtrArray) interviews = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT " PURSUIT_STORE_INTERVIEW_COLUMNS
                                 " FROM interviews WHERE job_id = ? ORDER BY starts_at, id",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&interviews);

  sqlite3_bind_int64 (stmt, 1, job_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (interviews, _pursuit_store_interview_from_row (stmt));
  sqlite3_reset (stmt);

  return g_steal_pointer (&interviews);
}

/* The interview a thank-you follow-up hangs on must be one of its job's. */
static gboolean
check_follow_up_interview (PursuitStore     *self,
                           PursuitFollowUp  *follow_up,
                           GError          **error)
{
  gint64 interview_id = pursuit_follow_up_get_interview_id (follow_up);
  gint64 job_id = 0;

  if (interview_id == 0)
    return TRUE;

  if (!_pursuit_store_find_row_job_id (self, "SELECT job_id FROM interviews WHERE id = ?", interview_id, &job_id) ||
      job_id != pursuit_follow_up_get_job_id (follow_up))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The follow-up’s interview %lld is not one of its job’s"), (long long)interview_id);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_follow_up (PursuitStore     *self,
                 PursuitFollowUp  *follow_up,
                 GError          **error)
{
  const char *status;

  if (pursuit_follow_up_get_sequence (follow_up) == NULL ||
      !_pursuit_store_check_text (pursuit_follow_up_get_sequence (follow_up), _("sequence"), error))
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                     _("A follow-up needs a sequence name"));
      return FALSE;
    }

  if (!_pursuit_store_check_text (pursuit_follow_up_get_template (follow_up), _("message template"), error))
    return FALSE;

  if (pursuit_follow_up_get_due_at (follow_up) <= 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A follow-up needs a due time"));
      return FALSE;
    }

  if (pursuit_follow_up_get_status (follow_up) == NULL)
    pursuit_follow_up_set_status (follow_up, "pending");

  status = pursuit_follow_up_get_status (follow_up);
  if (!g_str_equal (status, "pending") && !g_str_equal (status, "done") && !g_str_equal (status, "sent") &&
      !g_str_equal (status, "skipped") && !g_str_equal (status, "cancelled"))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown follow-up status “%s”"),
                   g_utf8_validate (status, -1, NULL) ? status : "");
      return FALSE;
    }

  return check_follow_up_interview (self, follow_up, error);
}

/**
 * pursuit_store_add_follow_up:
 * @self: a store
 * @follow_up: the follow-up; its job-id names the job
 * @error: a location for a #GError
 *
 * Adds a follow-up, "pending" unless it has another status. Its
 * interview-id, when set, must name an interview of the same job.
 *
 * Returns: the id of the follow-up, or 0 with @error set
 */
gint64
pursuit_store_add_follow_up (PursuitStore     *self,
                             PursuitFollowUp  *follow_up,
                             GError          **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (follow_up), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_pursuit_store_job_exists (self, pursuit_follow_up_get_job_id (follow_up), error) ||
      !check_follow_up (self, follow_up, error))
    return 0;

  stmt = _pursuit_store_begin_insert (self, pursuit_follow_up_get_job_id (follow_up), TRUE,
                                      "INSERT INTO follow_ups (job_id, sequence, step, due_at, status, created_at,"
                                      " template, completed_at, interview_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                      error);
  if (stmt == NULL)
    return 0;

  if (pursuit_follow_up_get_created_at (follow_up) == 0)
    pursuit_follow_up_set_created_at (follow_up, _pursuit_store_now (self));

  sqlite3_bind_int64 (stmt, 1, pursuit_follow_up_get_job_id (follow_up));
  _pursuit_bind_text (stmt, 2, pursuit_follow_up_get_sequence (follow_up));
  sqlite3_bind_int (stmt, 3, pursuit_follow_up_get_step (follow_up));
  sqlite3_bind_int64 (stmt, 4, pursuit_follow_up_get_due_at (follow_up));
  _pursuit_bind_text (stmt, 5, pursuit_follow_up_get_status (follow_up));
  sqlite3_bind_int64 (stmt, 6, pursuit_follow_up_get_created_at (follow_up));
  _pursuit_bind_text (stmt, 7, pursuit_follow_up_get_template (follow_up));
  _pursuit_bind_optional_int64 (stmt, 8, pursuit_follow_up_get_completed_at (follow_up));
  _pursuit_bind_optional_int64 (stmt, 9, pursuit_follow_up_get_interview_id (follow_up));

  return _pursuit_store_insert_row (self, stmt, PENDING_FOLLOW_UPS_CHANGED, follow_up,
                                    pursuit_follow_up_get_job_id (follow_up), error);
}

/**
 * pursuit_store_list_follow_ups:
 *
 * Returns: (transfer full) (element-type PursuitFollowUp): the job's
 *   follow-ups by due time
 */
GPtrArray *
pursuit_store_list_follow_ups (PursuitStore *self,
                               gint64        job_id)
{
  g_autoptr(GPtrArray) follow_ups = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT " PURSUIT_STORE_FOLLOW_UP_COLUMNS
                                 " FROM follow_ups WHERE job_id = ? ORDER BY due_at, id",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&follow_ups);

  sqlite3_bind_int64 (stmt, 1, job_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (follow_ups, _pursuit_store_follow_up_from_row (stmt));
  sqlite3_reset (stmt);

  return g_steal_pointer (&follow_ups);
}

static guint
cancel_pending_follow_ups (PursuitStore  *self,
                           gint64         job_id,
                           const char    *sql,
                           GError       **error)
{
  sqlite3_stmt *stmt;
  guint changed;

  if (!_pursuit_store_write_begin (self, error))
    return 0;

  stmt = _pursuit_store_prepare (self, sql, error);
  if (stmt == NULL)
    {
      _pursuit_store_write_abort (self);
      return 0;
    }

  sqlite3_bind_int64 (stmt, 1, job_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    {
      _pursuit_store_write_abort (self);
      return 0;
    }

  changed = sqlite3_changes (_pursuit_store_get_db (self));
  if (changed > 0)
    _pursuit_store_queue_signal (self, PENDING_FOLLOW_UPS_CHANGED, NULL, job_id, NULL, NULL);

  if (!_pursuit_store_write_end (self, error))
    return 0;

  return changed;
}

/**
 * pursuit_store_cancel_follow_ups:
 *
 * Cancels every pending follow-up of a job.
 *
 * Returns: how many were cancelled; 0 with @error set on failure
 */
guint
pursuit_store_cancel_follow_ups (PursuitStore  *self,
                                 gint64         job_id,
                                 GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);

  return cancel_pending_follow_ups (self, job_id,
                                    "UPDATE follow_ups SET status = 'cancelled'"
                                    " WHERE job_id = ? AND status = 'pending'",
                                    error);
}

/**
 * pursuit_store_cancel_application_follow_ups:
 *
 * Cancels the pending follow-ups of a job that wait for an answer to the
 * application: those not tied to an interview. Thank-you notes stay.
 *
 * Returns: how many were cancelled; 0 with @error set on failure
 */
guint
pursuit_store_cancel_application_follow_ups (PursuitStore  *self,
                                             gint64         job_id,
                                             GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);

  return cancel_pending_follow_ups (self, job_id,
                                    "UPDATE follow_ups SET status = 'cancelled'"
                                    " WHERE job_id = ? AND status = 'pending'"
                                    " AND interview_id IS NULL",
                                    error);
}

/* Undoing a deletion (pursuit-job-deletion.c): see
 * _pursuit_store_restore_events(). */

/* Adds @interview to its job as it was, without a timeline event or
 * #PursuitStore::interview-scheduled. */
gboolean
_pursuit_store_restore_interview (PursuitStore      *self,
                                  PursuitInterview  *interview,
                                  GError           **error)
{
  sqlite3_stmt *stmt;

  /* Not validated again: a row an older version (or a backup) wrote comes
   * back as it was rather than making Undo fail. */
  stmt = begin_interview_insert (self, interview, error);
  if (stmt == NULL)
    return FALSE;

  /* Its new id is set on @interview, for the follow-ups that hang on it. */
  return _pursuit_store_insert_row (self, stmt, PENDING_NONE, interview, 0, error) != 0;
}
