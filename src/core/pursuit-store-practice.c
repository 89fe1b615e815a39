/* pursuit-store-practice.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: interview practice sessions, kept per job with
 * the whole session (questions, answers, evaluations, report) as JSON. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-store-matching.h"
#include "pursuit-store-private.h"

#define SESSION_COLUMNS "id, job_id, session, created_at"

/* A row whose JSON no longer reads (a hand-edited backup) is skipped
 * rather than failing the whole list. */
static PursuitPracticeSession *
session_from_row (sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(PursuitPracticeSession) session = NULL;

  session = pursuit_practice_session_new_from_json (_pursuit_column_text (stmt, 2), error);
  if (session == NULL)
    return NULL;

  pursuit_practice_session_set_id (session, sqlite3_column_int64 (stmt, 0));
  if (pursuit_practice_session_get_job_id (session) != sqlite3_column_int64 (stmt, 1))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The practice session belongs to another job"));
      return NULL;
    }
  pursuit_practice_session_set_created_at (session, sqlite3_column_int64 (stmt, 3));

  return g_steal_pointer (&session);
}

static gboolean
session_job (PursuitStore  *self,
             gint64         session_id,
             gint64        *out_job_id,
             GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self, "SELECT job_id FROM practice_sessions WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out_job_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no practice session with id %lld"), (long long)session_id);
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading a practice session");

  return TRUE;
}

static gboolean
insert_session (PursuitStore            *self,
                PursuitPracticeSession  *session,
                const char              *json,
                int                      overall,
                GError                 **error)
{
  sqlite3_stmt *stmt;
  gint64 created_at = pursuit_practice_session_get_created_at (session);
  gint64 finished_at = pursuit_practice_session_get_finished_at (session);

  if (created_at <= 0)
    created_at = _pursuit_store_now (self);

  stmt = _pursuit_store_prepare (self,
                                 "INSERT INTO practice_sessions (job_id, session, overall_score,"
                                 " created_at, finished_at) VALUES (?, ?, ?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pursuit_practice_session_get_job_id (session));
  sqlite3_bind_text (stmt, 2, json, -1, SQLITE_TRANSIENT);
  if (overall >= 0)
    sqlite3_bind_int (stmt, 3, overall);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_int64 (stmt, 4, created_at);
  _pursuit_bind_optional_int64 (stmt, 5, finished_at);
  if (!_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  pursuit_practice_session_set_id (session, sqlite3_last_insert_rowid (_pursuit_store_get_db (self)));
  pursuit_practice_session_set_created_at (session, created_at);
  return TRUE;
}

static gboolean
update_session (PursuitStore            *self,
                PursuitPracticeSession  *session,
                const char              *json,
                int                      overall,
                GError                 **error)
{
  sqlite3_stmt *stmt;
  gint64 stored_job = 0;

  if (!session_job (self, pursuit_practice_session_get_id (session), &stored_job, error))
    return FALSE;

  if (stored_job != pursuit_practice_session_get_job_id (session))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A practice session cannot move to another job"));
      return FALSE;
    }

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE practice_sessions SET session = ?, overall_score = ?,"
                                 " finished_at = ? WHERE id = ?",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_TRANSIENT);
  if (overall >= 0)
    sqlite3_bind_int (stmt, 2, overall);
  else
    sqlite3_bind_null (stmt, 2);
  _pursuit_bind_optional_int64 (stmt, 3, pursuit_practice_session_get_finished_at (session));
  sqlite3_bind_int64 (stmt, 4, pursuit_practice_session_get_id (session));
  return _pursuit_store_step_done (self, stmt, error);
}

gboolean
pursuit_store_save_practice_session (PursuitStore            *self,
                                     PursuitPracticeSession  *session,
                                     GError                 **error)
{
  g_autofree char *json = NULL;
  gint64 job_id;
  int overall;
  gboolean ok;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (session), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job_id = pursuit_practice_session_get_job_id (session);
  json = pursuit_practice_session_to_json (session);
  overall = pursuit_practice_session_get_overall_score (session);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!_pursuit_store_job_exists (self, job_id, error))
    return _pursuit_store_write_fail (self);

  if (pursuit_practice_session_get_id (session) == 0)
    ok = insert_session (self, session, json, overall, error);
  else
    ok = update_session (self, session, json, overall, error);

  if (!ok)
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_PRACTICE_CHANGED, NULL, job_id, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

GPtrArray *
pursuit_store_list_practice_sessions (PursuitStore  *self,
                                      gint64         job_id,
                                      GError       **error)
{
  g_autoptr(GPtrArray) sessions = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT " SESSION_COLUMNS " FROM practice_sessions WHERE job_id = ?"
                                 " ORDER BY created_at DESC, id DESC",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, job_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GError) row_error = NULL;
      PursuitPracticeSession *session = session_from_row (stmt, &row_error);

      if (session != NULL)
        g_ptr_array_add (sessions, session);
      else
        g_debug ("Skipping practice session %lld: %s",
                 (long long)sqlite3_column_int64 (stmt, 0), row_error->message);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading practice sessions");
      return NULL;
    }

  return g_steal_pointer (&sessions);
}

PursuitPracticeSession *
pursuit_store_get_practice_session (PursuitStore  *self,
                                    gint64         session_id,
                                    GError       **error)
{
  PursuitPracticeSession *session = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _pursuit_store_prepare (self, "SELECT " SESSION_COLUMNS " FROM practice_sessions WHERE id = ?", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, session_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autoptr(GError) row_error = NULL;

      session = session_from_row (stmt, &row_error);
      if (session == NULL)
        g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                     _("The practice session with id %lld cannot be read: %s"),
                     (long long)session_id, row_error->message);
    }
  sqlite3_reset (stmt);

  if (rc == SQLITE_DONE)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                 _("There is no practice session with id %lld"), (long long)session_id);
  else if (rc != SQLITE_ROW)
    _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading a practice session");

  return session;
}

gboolean
pursuit_store_remove_practice_session (PursuitStore  *self,
                                       gint64         session_id,
                                       GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 job_id = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!session_job (self, session_id, &job_id, error))
    return _pursuit_store_write_fail (self);

  stmt = _pursuit_store_prepare (self, "DELETE FROM practice_sessions WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, session_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_PRACTICE_CHANGED, NULL, job_id, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}
