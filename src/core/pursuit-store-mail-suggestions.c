/* pursuit-store-mail-suggestions.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: what Pursuit proposes to do about a message,
 * and doing it. Accepting goes through the same store calls as the user's
 * own action, inside one transaction, and keeps what undoing needs: the
 * stage the job left, the interview it scheduled, the job it created. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-pipeline.h"
#include "pursuit-store-mail-private.h"

/* Applied automatically this long ago or less: still listed with Undo. */
#define RECENTLY_APPLIED (7 * 24 * 60 * 60)

#define SUGGESTION_COLUMNS \
  "s.id, s.message_id, coalesce (s.job_id, 0), s.category, s.confidence, s.action, s.target_stage," \
  " coalesce (j.title, s.title), CASE WHEN j.id IS NULL THEN s.company ELSE c.name END," \
  " s.interview_starts_at, s.interview_minutes, s.interview_location, s.interview_kind, s.state," \
  " s.created_at, s.resolved_at, m.subject, coalesce (nullif (m.from_name, ''), m.from_address)," \
  " m.snippet, m.received_at, m.thread_id," \
  " CASE WHEN instr (coalesce (a.username, ''), '@') > 0 THEN a.username ELSE a.label END"

#define SUGGESTION_FROM \
  " FROM mail_suggestions s JOIN mail_messages m ON m.id = s.message_id" \
  " LEFT JOIN accounts a ON a.id = m.account_id" \
  " LEFT JOIN jobs j ON j.id = s.job_id" \
  " LEFT JOIN companies c ON c.id = j.company_id"

static PursuitMailSuggestion *
suggestion_from_row (sqlite3_stmt *stmt)
{
  PursuitMailSuggestion *suggestion = pursuit_mail_suggestion_new ();
  g_autofree char *url = pursuit_mail_web_url (_pursuit_column_text (stmt, 21), _pursuit_column_text (stmt, 20));

  pursuit_mail_suggestion_set_id (suggestion, sqlite3_column_int64 (stmt, 0));
  pursuit_mail_suggestion_set_message_id (suggestion, sqlite3_column_int64 (stmt, 1));
  pursuit_mail_suggestion_set_job_id (suggestion, sqlite3_column_int64 (stmt, 2));
  pursuit_mail_suggestion_set_category (suggestion, pursuit_mail_category_from_string (_pursuit_column_text (stmt, 3)));
  pursuit_mail_suggestion_set_confidence (suggestion, sqlite3_column_double (stmt, 4));
  pursuit_mail_suggestion_set_action (suggestion, pursuit_suggestion_action_from_string (_pursuit_column_text (stmt, 5)));
  pursuit_mail_suggestion_set_target_stage (suggestion, _pursuit_column_text (stmt, 6));
  pursuit_mail_suggestion_set_title (suggestion, _pursuit_column_text (stmt, 7));
  pursuit_mail_suggestion_set_company (suggestion, _pursuit_column_text (stmt, 8));
  pursuit_mail_suggestion_set_interview_starts_at (suggestion, sqlite3_column_int64 (stmt, 9));
  pursuit_mail_suggestion_set_interview_minutes (suggestion, MAX (sqlite3_column_int (stmt, 10), 0));
  pursuit_mail_suggestion_set_interview_location (suggestion, _pursuit_column_text (stmt, 11));
  pursuit_mail_suggestion_set_interview_kind (suggestion, _pursuit_column_text (stmt, 12));
  pursuit_mail_suggestion_set_state (suggestion, _pursuit_column_text (stmt, 13));
  pursuit_mail_suggestion_set_created_at (suggestion, sqlite3_column_int64 (stmt, 14));
  pursuit_mail_suggestion_set_resolved_at (suggestion, sqlite3_column_int64 (stmt, 15));
  pursuit_mail_suggestion_set_subject (suggestion, _pursuit_column_text (stmt, 16));
  pursuit_mail_suggestion_set_sender (suggestion, _pursuit_column_text (stmt, 17));
  pursuit_mail_suggestion_set_snippet (suggestion, _pursuit_column_text (stmt, 18));
  pursuit_mail_suggestion_set_received_at (suggestion, sqlite3_column_int64 (stmt, 19));
  pursuit_mail_suggestion_set_web_url (suggestion, url);

  return suggestion;
}

/**
 * pursuit_store_list_mail_suggestions:
 * @self: a store
 * @state: (nullable): a state (PURSUIT_SUGGESTION_PENDING, ...); %NULL for
 *   the pending ones and those applied automatically in the last 7 days
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (element-type PursuitMailSuggestion): the
 *   suggestions, newest message first, or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_mail_suggestions (PursuitStore  *self,
                                     const char    *state,
                                     GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT " SUGGESTION_COLUMNS SUGGESTION_FROM
                                 " WHERE CASE WHEN ?1 IS NULL"
                                 "   THEN s.state = 'pending' OR (s.state = 'applied' AND s.resolved_at >= ?2)"
                                 "   ELSE s.state = ?1 END"
                                 " ORDER BY m.received_at DESC, s.id DESC",
                                 error);
  if (stmt == NULL)
    return NULL;

  _pursuit_bind_text (stmt, 1, state);
  sqlite3_bind_int64 (stmt, 2, _pursuit_store_now (self) - RECENTLY_APPLIED);
  return _pursuit_store_read_rows (self, stmt, (PursuitStoreRowReader) suggestion_from_row,
                                   "reading suggestions", error);
}

/**
 * pursuit_store_get_mail_suggestion:
 *
 * Returns: (transfer full): the suggestion, filled in as when listing, or
 *   %NULL with @error set
 */
PursuitMailSuggestion *
pursuit_store_get_mail_suggestion (PursuitStore  *self,
                                   gint64         suggestion_id,
                                   GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _pursuit_store_find_by_id (self, "SELECT " SUGGESTION_COLUMNS SUGGESTION_FROM " WHERE s.id = ?",
                                    suggestion_id, (PursuitStoreRowReader) suggestion_from_row,
                                    "reading a suggestion", error,
                                    _("There is no suggestion with id %lld"), (long long)suggestion_id);
}

guint
pursuit_store_count_pending_mail_suggestions (PursuitStore *self)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);

  stmt = _pursuit_store_prepare (self, "SELECT count (*) FROM mail_suggestions WHERE state = 'pending'", NULL);
  if (stmt == NULL)
    return 0;

  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return count;
}

static gboolean
is_state (PursuitMailSuggestion *suggestion,
          const char            *state)
{
  return g_strcmp0 (pursuit_mail_suggestion_get_state (suggestion), state) == 0;
}

/* The suggestion, if it is still pending: only a pending suggestion can
 * be accepted (@accepting) or dismissed. */
static PursuitMailSuggestion *
get_pending_suggestion (PursuitStore  *self,
                        gint64         suggestion_id,
                        gboolean       accepting,
                        GError       **error)
{
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  const char *state;

  suggestion = pursuit_store_get_mail_suggestion (self, suggestion_id, error);
  if (suggestion == NULL)
    return NULL;

  if (is_state (suggestion, PURSUIT_SUGGESTION_PENDING))
    return g_steal_pointer (&suggestion);

  state = pursuit_mail_suggestion_get_state (suggestion);
  if (accepting)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                 _("Only a pending suggestion can be accepted; this one is %s"), state);
  else
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                 _("Only a pending suggestion can be dismissed; this one is %s"), state);
  return NULL;
}

static PursuitJob *
get_suggestion_job (PursuitStore           *self,
                    PursuitMailSuggestion  *suggestion,
                    GError                **error)
{
  if (pursuit_mail_suggestion_get_job_id (suggestion) == 0)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                           _("The job this suggestion is about is gone"));
      return NULL;
    }

  return pursuit_store_get_job (self, pursuit_mail_suggestion_get_job_id (suggestion), error);
}

static char *
email_reason (PursuitMailSuggestion *suggestion)
{
  const char *subject = pursuit_mail_suggestion_get_subject (suggestion);

  /* Translators: why a job moved, on its timeline; %s is a subject */
  return g_strdup_printf (_("From email: %s"), subject != NULL ? subject : "");
}

/* The move's timeline event says which email it came from. */
static gboolean
note_move_reason (PursuitStore  *self,
                  gint64         job_id,
                  const char    *reason,
                  GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE events SET detail = ?2 WHERE detail IS NULL AND id ="
                                 " (SELECT max (id) FROM events WHERE job_id = ?1 AND kind = 'stage-changed')",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  _pursuit_store_bind_mail_text (stmt, 2, reason);
  return _pursuit_store_step_done (self, stmt, error);
}

static gboolean
accept_move (PursuitStore           *self,
             PursuitMailSuggestion  *suggestion,
             char                  **previous_stage,
             GError                **error)
{
  g_autoptr(PursuitJob) job = get_suggestion_job (self, suggestion, error);
  g_autofree char *reason = email_reason (suggestion);
  const char *target = pursuit_mail_suggestion_get_target_stage (suggestion);

  if (job == NULL)
    return FALSE;

  if (target == NULL)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The suggestion does not say which stage to move the job to"));
      return FALSE;
    }

  /* Already there: nothing to do, nothing to undo. */
  if (g_str_equal (pursuit_job_get_stage (job), target))
    return TRUE;

  if (!pursuit_store_move_job (self, pursuit_job_get_id (job), target, reason, error) ||
      !note_move_reason (self, pursuit_job_get_id (job), reason, error))
    return FALSE;

  *previous_stage = g_strdup (pursuit_job_get_stage (job));
  return TRUE;
}

static gboolean
accept_interview (PursuitStore           *self,
                  PursuitMailSuggestion  *suggestion,
                  char                  **previous_stage,
                  gint64                 *interview_id,
                  GError                **error)
{
  g_autoptr(PursuitJob) job = get_suggestion_job (self, suggestion, error);
  g_autoptr(PursuitStage) stage = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autofree char *notes = email_reason (suggestion);
  int minutes = pursuit_mail_suggestion_get_interview_minutes (suggestion);

  if (job == NULL)
    return FALSE;

  stage = pursuit_store_get_stage (self, pursuit_job_get_stage (job));
  if (stage != NULL && !pursuit_pipeline_is_open (pursuit_stage_get_category (stage)))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION,
                   _("“%s” is closed: no interview can be scheduled for it any more"),
                   pursuit_job_get_title (job));
      return FALSE;
    }

  interview = pursuit_interview_new ();
  pursuit_interview_set_job_id (interview, pursuit_job_get_id (job));
  pursuit_interview_set_kind (interview, pursuit_mail_suggestion_get_interview_kind (suggestion));
  pursuit_interview_set_starts_at (interview, pursuit_mail_suggestion_get_interview_starts_at (suggestion));
  pursuit_interview_set_duration_minutes (interview, minutes > 0 ? minutes : 60);
  pursuit_interview_set_location (interview, pursuit_mail_suggestion_get_interview_location (suggestion));
  pursuit_interview_set_notes (interview, notes);

  *previous_stage = g_strdup (pursuit_job_get_stage (job));
  *interview_id = pursuit_store_add_interview (self, interview, error);
  return *interview_id != 0;
}

static gboolean
accept_create_job (PursuitStore           *self,
                   PursuitMailSuggestion  *suggestion,
                   PursuitMailMessage     *message,
                   gint64                 *job_id,
                   GError                **error)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  const char *title = pursuit_mail_suggestion_get_title (suggestion);
  const char *stage = pursuit_mail_suggestion_get_target_stage (suggestion);
  const char *name = pursuit_mail_message_get_from_name (message);
  const char *address = pursuit_mail_message_get_from_address (message);

  pursuit_job_set_title (job, title != NULL && title[0] != '\0' ? title : _("Application"));
  pursuit_job_set_company (job, pursuit_mail_suggestion_get_company (suggestion));
  pursuit_job_set_stage (job, stage != NULL ? stage : PURSUIT_STAGE_APPLIED);
  pursuit_job_set_source (job, _("Email"));

  *job_id = pursuit_store_add_job (self, job, error);
  if (*job_id == 0)
    return FALSE;

  /* The sender is who the company writes from; a bad address is no
   * reason to lose the job. */
  if (address != NULL && _pursuit_store_check_email (address, NULL) &&
      pursuit_store_add_contact (self, *job_id, name != NULL && name[0] != '\0' ? name : address,
                                 NULL, address, error) == 0)
    return FALSE;

  return _pursuit_store_mail_run (self,
                                  "UPDATE mail_messages SET job_id = ?2, match_reason = 'accepted suggestion'"
                                  " WHERE id = ?1",
                                  pursuit_mail_message_get_id (message), *job_id, error);
}

static gboolean
mark_accepted (PursuitStore           *self,
               PursuitMailSuggestion  *suggestion,
               gboolean                automatic,
               gint64                  job_id,
               const char             *previous_stage,
               gint64                  interview_id,
               gboolean                created_job,
               GError                **error)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE mail_suggestions SET state = ?2, resolved_at = ?3, job_id = ?4,"
                                 " previous_stage = ?5, created_interview_id = ?6, created_job = ?7"
                                 " WHERE id = ?1",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pursuit_mail_suggestion_get_id (suggestion));
  _pursuit_bind_text (stmt, 2, automatic ? PURSUIT_SUGGESTION_APPLIED : PURSUIT_SUGGESTION_ACCEPTED);
  sqlite3_bind_int64 (stmt, 3, _pursuit_store_now (self));
  _pursuit_bind_optional_int64 (stmt, 4, job_id);
  _pursuit_bind_text (stmt, 5, previous_stage);
  _pursuit_bind_optional_int64 (stmt, 6, interview_id);
  sqlite3_bind_int (stmt, 7, created_job);
  return _pursuit_store_step_done (self, stmt, error);
}

/**
 * pursuit_store_accept_mail_suggestion:
 * @self: a store
 * @suggestion_id: a pending suggestion
 * @automatic: %TRUE when applied above the user's threshold
 * @error: a location for a #GError
 *
 * Does what the suggestion proposes, in one transaction. A move the
 * pipeline no longer allows fails with %PURSUIT_STORE_ERROR_TRANSITION and
 * changes nothing. Emits #PursuitStore::mail-changed with the signals of
 * what it did.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_accept_mail_suggestion (PursuitStore  *self,
                                      gint64         suggestion_id,
                                      gboolean       automatic,
                                      GError       **error)
{
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autofree char *previous_stage = NULL;
  gint64 job_id;
  gint64 interview_id = 0;
  gboolean done = FALSE;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  suggestion = get_pending_suggestion (self, suggestion_id, TRUE, error);
  if (suggestion == NULL)
    return FALSE;

  message = pursuit_store_get_mail_message (self, pursuit_mail_suggestion_get_message_id (suggestion), error);
  if (message == NULL)
    return FALSE;

  job_id = pursuit_mail_suggestion_get_job_id (suggestion);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  switch (pursuit_mail_suggestion_get_action (suggestion))
    {
    case PURSUIT_SUGGESTION_MOVE_STAGE:
      done = accept_move (self, suggestion, &previous_stage, error);
      break;
    case PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW:
      done = accept_interview (self, suggestion, &previous_stage, &interview_id, error);
      break;
    case PURSUIT_SUGGESTION_CREATE_JOB:
      done = accept_create_job (self, suggestion, message, &job_id, error);
      break;
    case PURSUIT_SUGGESTION_RECORD:
    default:
      {
        g_autoptr(PursuitJob) job = get_suggestion_job (self, suggestion, error);

        done = job != NULL;
      }
      break;
    }

  if (!done ||
      !_pursuit_store_record_mail_received (self, pursuit_mail_message_get_id (message), job_id, error) ||
      !mark_accepted (self, suggestion, automatic, job_id, previous_stage, interview_id,
                      pursuit_mail_suggestion_get_action (suggestion) == PURSUIT_SUGGESTION_CREATE_JOB,
                      error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_MAIL_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

static gboolean
set_state (PursuitStore  *self,
           gint64         suggestion_id,
           const char    *state,
           GError       **error)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE mail_suggestions SET state = ?2, resolved_at = ?3 WHERE id = ?1",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, suggestion_id);
  _pursuit_bind_text (stmt, 2, state);
  sqlite3_bind_int64 (stmt, 3, _pursuit_store_now (self));
  return _pursuit_store_step_done (self, stmt, error);
}

/**
 * pursuit_store_dismiss_mail_suggestion:
 * @self: a store
 * @suggestion_id: a pending suggestion
 * @error: a location for a #GError
 *
 * The suggestion becomes "dismissed". Emits #PursuitStore::mail-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_dismiss_mail_suggestion (PursuitStore  *self,
                                       gint64         suggestion_id,
                                       GError       **error)
{
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  suggestion = get_pending_suggestion (self, suggestion_id, FALSE, error);
  if (suggestion == NULL)
    return FALSE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!set_state (self, suggestion_id, PURSUIT_SUGGESTION_DISMISSED, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_MAIL_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

typedef struct
{
  char    *previous_stage;
  gint64   interview_id;
  gboolean created_job;
} UndoState;

static void
read_undo_state (PursuitStore *self,
                 gint64        suggestion_id,
                 UndoState    *state)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT previous_stage, coalesce (created_interview_id, 0), created_job"
                                 " FROM mail_suggestions WHERE id = ?",
                                 NULL);
  if (stmt == NULL)
    return;

  sqlite3_bind_int64 (stmt, 1, suggestion_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      state->previous_stage = g_strdup (_pursuit_column_text (stmt, 0));
      state->interview_id = sqlite3_column_int64 (stmt, 1);
      state->created_job = sqlite3_column_int (stmt, 2) != 0;
    }
  sqlite3_reset (stmt);
}

/* Whether the job's last move was from @previous_stage to where it is
 * (and to @target_stage, unless NULL): then it is the move accepting made,
 * or the one scheduling the interview made, and can be taken back. */
static gboolean
last_move_was (PursuitStore *self,
               gint64        job_id,
               const char   *previous_stage,
               const char   *target_stage)
{
  sqlite3_stmt *stmt;
  gboolean was = FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT e.from_stage = ?2 AND e.to_stage = j.stage"
                                 " AND (?3 IS NULL OR e.to_stage = ?3)"
                                 " FROM events e JOIN jobs j ON j.id = e.job_id"
                                 " WHERE e.job_id = ?1 AND e.kind = 'stage-changed'"
                                 " ORDER BY e.id DESC LIMIT 1",
                                 NULL);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  _pursuit_bind_text (stmt, 2, previous_stage);
  _pursuit_bind_text (stmt, 3, target_stage);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    was = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);

  return was;
}

static gboolean
moved_since (PursuitStore  *self,
             gint64         job_id,
             GError       **error)
{
  g_autoptr(PursuitJob) job = pursuit_store_get_job (self, job_id, NULL);

  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION,
               _("“%s” has moved since, so the move cannot be undone"),
               job != NULL ? pursuit_job_get_title (job) : "");
  return FALSE;
}

static gboolean
undo_effect (PursuitStore           *self,
             PursuitMailSuggestion  *suggestion,
             UndoState              *state,
             GError                **error)
{
  gint64 job_id = pursuit_mail_suggestion_get_job_id (suggestion);
  gint64 suggestion_id = pursuit_mail_suggestion_get_id (suggestion);

  switch (pursuit_mail_suggestion_get_action (suggestion))
    {
    case PURSUIT_SUGGESTION_MOVE_STAGE:
      if (state->previous_stage == NULL || job_id == 0)
        return TRUE;
      if (!last_move_was (self, job_id, state->previous_stage,
                          pursuit_mail_suggestion_get_target_stage (suggestion)))
        return moved_since (self, job_id, error);
      return pursuit_store_undo_move (self, job_id, state->previous_stage, error);

    case PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW:
      if (state->interview_id != 0 && !pursuit_store_cancel_interview (self, state->interview_id, error))
        return FALSE;
      /* Scheduling moved the job (the automation does) unless it had
       * moved on already: only a move still in place is taken back. */
      if (state->previous_stage != NULL && job_id != 0 &&
          last_move_was (self, job_id, state->previous_stage, NULL))
        return pursuit_store_undo_move (self, job_id, state->previous_stage, error);
      return TRUE;

    case PURSUIT_SUGGESTION_CREATE_JOB:
      if (!state->created_job || job_id == 0)
        return TRUE;
      /* Unlinked first: the job's removal would take the suggestion with it. */
      return _pursuit_store_mail_run (self, "UPDATE mail_suggestions SET job_id = NULL WHERE id = ?1",
                                      suggestion_id, 0, error) &&
             _pursuit_store_mail_run (self,
                                      "UPDATE mail_messages SET job_id = NULL, match_reason = NULL,"
                                      " received_job_id = NULL WHERE id = ?1 AND job_id = ?2",
                                      pursuit_mail_suggestion_get_message_id (suggestion), job_id, error) &&
             pursuit_store_remove_job (self, job_id, error);

    case PURSUIT_SUGGESTION_RECORD:
    default:
      return TRUE;
    }
}

/**
 * pursuit_store_undo_mail_suggestion:
 * @self: a store
 * @suggestion_id: an accepted or applied suggestion
 * @error: a location for a #GError
 *
 * Takes back what accepting did, in one transaction, and makes the
 * suggestion pending again: the stage moved back, the created job
 * removed, the scheduled interview cancelled. A job that has moved on
 * since cannot be moved back: %PURSUIT_STORE_ERROR_TRANSITION, and
 * nothing changes. Emits #PursuitStore::mail-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_undo_mail_suggestion (PursuitStore  *self,
                                    gint64         suggestion_id,
                                    GError       **error)
{
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  UndoState state = { NULL, 0, FALSE };
  gboolean done;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  suggestion = pursuit_store_get_mail_suggestion (self, suggestion_id, error);
  if (suggestion == NULL)
    return FALSE;

  if (!is_state (suggestion, PURSUIT_SUGGESTION_ACCEPTED) && !is_state (suggestion, PURSUIT_SUGGESTION_APPLIED))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Only an accepted suggestion can be undone; this one is %s"),
                   pursuit_mail_suggestion_get_state (suggestion));
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  read_undo_state (self, suggestion_id, &state);
  done = undo_effect (self, suggestion, &state, error) &&
         _pursuit_store_mail_run (self,
                                  "UPDATE mail_suggestions SET state = 'pending', resolved_at = 0,"
                                  " previous_stage = NULL, created_interview_id = NULL, created_job = 0"
                                  " WHERE id = ?1",
                                  suggestion_id, 0, error);
  g_free (state.previous_stage);

  if (!done)
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_MAIL_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}
