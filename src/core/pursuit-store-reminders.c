/* pursuit-store-reminders.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: reminders. They are derived from scheduled
 * interviews (one per offset), pending follow-ups and reminder notes that
 * are not done; reminder_state only remembers the due time each last fired
 * for and any snooze. A reminder with due time D is pending while its state
 * row is missing, or fired for another due time, or snoozed; it fires at
 * the snooze time if snoozed, else at D.
 *
 * This file holds reminder_state itself: the helpers that read an
 * interview's offsets and state rows, and the writes (marking fired,
 * snoozing, "Done" on a notification). Finding what is due, for the
 * scheduler, is in pursuit-store-reminders-due.c. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-store-private.h"
#include "pursuit-store-reminders-private.h"

/* reminder_state.source, indexed by PursuitReminderSource. */
static const char * const source_names[] = {
  "interview",
  "follow-up",
  "note",
};

G_STATIC_ASSERT (G_N_ELEMENTS (source_names) == PURSUIT_REMINDER_NOTE + 1);

gboolean
_pursuit_store_reminder_offsets_contain (GArray *offsets,
                                         int     offset)
{
  for (guint i = 0; i < offsets->len; i++)
    if (g_array_index (offsets, int, i) == offset)
      return TRUE;

  return FALSE;
}

gboolean
_pursuit_store_finish_reminder_query (PursuitStore  *self,
                                      sqlite3_stmt  *stmt,
                                      int            rc,
                                      GError       **error)
{
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self),
                                            "reading the reminders");
  return TRUE;
}

static const char interview_state_sql[] =
  "SELECT offset_minutes, fired_due_at, snoozed_until FROM reminder_state"
  " WHERE source = 'interview' AND source_id = ?";

/* As pursuit_interview_dup_reminder_offsets() reads reminder_minutes
 * (parts that are not a number of minutes up to four weeks are skipped),
 * into @offsets, without allocating: it runs for every upcoming interview
 * on every check. */
void
_pursuit_store_parse_reminder_offsets (const char *text,
                                       GArray     *offsets)
{
  g_array_set_size (offsets, 0);

  while (text != NULL && *text != '\0')
    {
      const char *end = strchr (text, ',');
      const char *last;
      gint64 minutes = 0;
      gboolean valid;

      if (end == NULL)
        end = text + strlen (text);
      last = end;

      while (text < last && g_ascii_isspace (*text))
        text++;
      while (last > text && g_ascii_isspace (last[-1]))
        last--;

      valid = text < last;
      for (const char *c = text; valid && c < last; c++)
        {
          valid = g_ascii_isdigit (*c);
          minutes = minutes * 10 + (*c - '0');
          valid = valid && (minutes * 60 <= MAX_OFFSET_SECONDS);
        }

      if (valid)
        {
          int offset = (int)minutes;

          if (!_pursuit_store_reminder_offsets_contain (offsets, offset))
            g_array_append_val (offsets, offset);
        }

      text = *end == ',' ? end + 1 : end;
    }
}

/* The state rows of one interview; few, by its primary key. */
gboolean
_pursuit_store_load_interview_state (PursuitStore  *self,
                                     gint64         interview_id,
                                     GArray        *states,
                                     GError       **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, interview_state_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  g_array_set_size (states, 0);
  sqlite3_bind_int64 (stmt, 1, interview_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OffsetState state;

      state.offset_minutes = sqlite3_column_int (stmt, 0);
      /* Never fired is no due time at all, not 0. */
      state.fired_due_at = sqlite3_column_type (stmt, 1) == SQLITE_NULL
                           ? G_MININT64 : sqlite3_column_int64 (stmt, 1);
      state.snoozed = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      g_array_append_val (states, state);
    }

  return _pursuit_store_finish_reminder_query (self, stmt, rc, error);
}

/* Whether the reminder at @offset with due time @due_at waits to fire at
 * that time: not snoozed (a snooze decides the time instead) and not fired
 * for @due_at. */
gboolean
_pursuit_store_unfired_at_due_time (GArray *states,
                                    int     offset,
                                    gint64  due_at)
{
  for (guint i = 0; i < states->len; i++)
    {
      OffsetState *state = &g_array_index (states, OffsetState, i);

      if (state->offset_minutes == offset)
        return !state->snoozed && state->fired_due_at != due_at;
    }

  return TRUE;
}

/* Only inserts for an item that still exists: the delete triggers would
 * not remove a row written after its item went, and a later item reusing
 * the id would inherit it. */
static const char mark_fired_sql[] =
  "INSERT INTO reminder_state (source, source_id, offset_minutes, fired_due_at, snoozed_until)"
  " SELECT ?1, ?2, ?3, ?4, NULL"
  " WHERE CASE ?1"
  "   WHEN 'interview' THEN EXISTS (SELECT 1 FROM interviews WHERE id = ?2)"
  "   WHEN 'follow-up' THEN EXISTS (SELECT 1 FROM follow_ups WHERE id = ?2)"
  "   ELSE EXISTS (SELECT 1 FROM notes WHERE id = ?2) END"
  " ON CONFLICT (source, source_id, offset_minutes)"
  " DO UPDATE SET fired_due_at = excluded.fired_due_at, snoozed_until = NULL";

/* Keeps fired_due_at: a snoozed reminder that fires again marks it anew. */
static const char snooze_sql[] =
  "INSERT INTO reminder_state (source, source_id, offset_minutes, fired_due_at, snoozed_until)"
  " VALUES (?1, ?2, ?3, NULL, ?4)"
  " ON CONFLICT (source, source_id, offset_minutes)"
  " DO UPDATE SET snoozed_until = excluded.snoozed_until";

static gboolean
upsert_fired (PursuitStore          *self,
              PursuitReminderSource  source,
              gint64                 source_id,
              int                    offset_minutes,
              gint64                 due_at,
              GError               **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, mark_fired_sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, source_names[source], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, source_id);
  sqlite3_bind_int (stmt, 3, offset_minutes);
  sqlite3_bind_int64 (stmt, 4, due_at);

  return _pursuit_store_step_done (self, stmt, error);
}

/**
 * pursuit_store_mark_reminders_fired:
 * @self: a store
 * @reminders: (element-type PursuitReminder): reminders, as listed by
 *   pursuit_store_list_due_reminders()
 * @error: a location for a #GError
 *
 * Remembers, in one transaction, that @reminders fired for their current
 * due time and ends their snoozes. Reminders whose item is gone are
 * skipped.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_mark_reminders_fired (PursuitStore  *self,
                                    GPtrArray     *reminders,
                                    GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (reminders != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < reminders->len; i++)
    g_return_val_if_fail (PURSUIT_IS_REMINDER (g_ptr_array_index (reminders, i)), FALSE);

  if (reminders->len == 0)
    return TRUE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < reminders->len; i++)
    {
      PursuitReminder *reminder = g_ptr_array_index (reminders, i);

      if (!upsert_fired (self,
                         pursuit_reminder_get_source (reminder),
                         pursuit_reminder_get_source_id (reminder),
                         pursuit_reminder_get_offset_minutes (reminder),
                         pursuit_reminder_get_due_at (reminder),
                         error))
        return _pursuit_store_write_fail (self);
    }

  _pursuit_store_queue_signal (self, PENDING_SCHEDULE_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/* Only interviews remind ahead of time; keys from outside (a
 * notification's action) may say otherwise. */
static gboolean
check_offset (PursuitReminderSource   source,
              int                     offset_minutes,
              GError                **error)
{
  if (source != PURSUIT_REMINDER_INTERVIEW && offset_minutes != 0)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("Follow-ups and notes only remind at their due time"));
      return FALSE;
    }

  if (offset_minutes < 0 || (gint64)offset_minutes * 60 > MAX_OFFSET_SECONDS)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("An interview reminder comes 0 to %d minutes before it"),
                   (int)(MAX_OFFSET_SECONDS / 60));
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_not_found (GError                **error,
               PursuitReminderSource   source,
               gint64                  source_id)
{
  switch (source)
    {
    case PURSUIT_REMINDER_INTERVIEW:
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no interview with id %lld"), (long long)source_id);
      break;
    case PURSUIT_REMINDER_FOLLOW_UP:
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no follow-up with id %lld"), (long long)source_id);
      break;
    case PURSUIT_REMINDER_NOTE:
    default:
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no note with id %lld"), (long long)source_id);
      break;
    }

  return FALSE;
}

/**
 * pursuit_store_snooze_reminder:
 * @self: a store
 * @source: what kind of item the reminder belongs to
 * @source_id: the interview, follow-up or note id
 * @offset_minutes: the reminder's offset (0 for follow-ups and notes)
 * @until: when to fire again, unix seconds
 * @error: a location for a #GError
 *
 * Returns: %TRUE on success; %FALSE with @error set when the item is gone
 *   or no such reminder can exist
 */
gboolean
pursuit_store_snooze_reminder (PursuitStore           *self,
                               PursuitReminderSource   source,
                               gint64                  source_id,
                               int                     offset_minutes,
                               gint64                  until,
                               GError                **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (source <= PURSUIT_REMINDER_NOTE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_offset (source, offset_minutes, error))
    return FALSE;

  if (until <= 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A reminder cannot be snoozed until that time"));
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (pursuit_store_get_reminder_job (self, source, source_id) == 0)
    {
      _pursuit_store_write_abort (self);
      return set_not_found (error, source, source_id);
    }

  stmt = _pursuit_store_prepare (self, snooze_sql, error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_text (stmt, 1, source_names[source], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, source_id);
  sqlite3_bind_int (stmt, 3, offset_minutes);
  sqlite3_bind_int64 (stmt, 4, until);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_SCHEDULE_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/* Dismisses one reminder of an interview: the others still come. */
static gboolean
dismiss_interview_reminder (PursuitStore  *self,
                            gint64         interview_id,
                            int            offset_minutes,
                            GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 starts_at = 0;
  gboolean found;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "SELECT starts_at FROM interviews WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, interview_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    starts_at = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (!found)
    {
      _pursuit_store_write_abort (self);
      return set_not_found (error, PURSUIT_REMINDER_INTERVIEW, interview_id);
    }

  if (!upsert_fired (self, PURSUIT_REMINDER_INTERVIEW, interview_id, offset_minutes,
                     starts_at - (gint64)offset_minutes * 60, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_SCHEDULE_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/* Done from a notification after the follow-up was sent, skipped or
 * cancelled elsewhere changes nothing. */
static gboolean
complete_follow_up (PursuitStore  *self,
                    gint64         follow_up_id,
                    GError       **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *status = NULL;

  stmt = _pursuit_store_prepare (self, "SELECT status FROM follow_ups WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, follow_up_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    status = g_strdup (_pursuit_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (status == NULL)
    return set_not_found (error, PURSUIT_REMINDER_FOLLOW_UP, follow_up_id);

  if (!g_str_equal (status, "pending"))
    return TRUE;

  return pursuit_store_set_follow_up_status (self, follow_up_id, "done", error);
}

/**
 * pursuit_store_complete_reminder:
 * @self: a store
 * @source: what kind of item the reminder belongs to
 * @source_id: the interview, follow-up or note id
 * @offset_minutes: the reminder's offset (0 for follow-ups and notes)
 * @error: a location for a #GError
 *
 * "Done" on a notification: a pending follow-up becomes done, a reminder
 * note done; of an interview only this reminder is dismissed.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the item is gone
 */
gboolean
pursuit_store_complete_reminder (PursuitStore           *self,
                                 PursuitReminderSource   source,
                                 gint64                  source_id,
                                 int                     offset_minutes,
                                 GError                **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (source <= PURSUIT_REMINDER_NOTE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_offset (source, offset_minutes, error))
    return FALSE;

  switch (source)
    {
    case PURSUIT_REMINDER_INTERVIEW:
      return dismiss_interview_reminder (self, source_id, offset_minutes, error);
    case PURSUIT_REMINDER_FOLLOW_UP:
      return complete_follow_up (self, source_id, error);
    case PURSUIT_REMINDER_NOTE:
    default:
      return pursuit_store_set_note_done (self, source_id, TRUE, error);
    }
}

/**
 * pursuit_store_get_reminder_job:
 * @self: a store
 * @source: what kind of item the reminder belongs to
 * @source_id: the interview, follow-up or note id
 *
 * Returns: the id of the job the item belongs to, or 0 when it is gone
 */
gint64
pursuit_store_get_reminder_job (PursuitStore          *self,
                                PursuitReminderSource  source,
                                gint64                 source_id)
{
  sqlite3_stmt *stmt;
  gint64 job_id = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (source <= PURSUIT_REMINDER_NOTE, 0);

  switch (source)
    {
    case PURSUIT_REMINDER_INTERVIEW:
      stmt = _pursuit_store_prepare (self, "SELECT job_id FROM interviews WHERE id = ?", NULL);
      break;
    case PURSUIT_REMINDER_FOLLOW_UP:
      stmt = _pursuit_store_prepare (self, "SELECT job_id FROM follow_ups WHERE id = ?", NULL);
      break;
    case PURSUIT_REMINDER_NOTE:
    default:
      stmt = _pursuit_store_prepare (self, "SELECT job_id FROM notes WHERE id = ?", NULL);
      break;
    }

  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, source_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    job_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return job_id;
}
