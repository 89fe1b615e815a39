/* pursuit-store-activity.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: stages, and what happens around a job (notes,
 * the timeline, interviews, follow-ups, contacts, documents), the outbox
 * and the cache. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-pipeline.h"
#include "pursuit-store-private.h"

static PursuitStage *
stage_from_row (sqlite3_stmt *stmt)
{
  PursuitStage *stage = pursuit_stage_new ();
  const char *category = _pursuit_column_text (stmt, 2);
  const char *label = _pursuit_column_text (stmt, 1);

  pursuit_stage_set_key (stage, _pursuit_column_text (stmt, 0));
  /* A label the user never changed follows the interface language. */
  pursuit_stage_set_label (stage, label ? label : pursuit_pipeline_get_default_label (category));
  pursuit_stage_set_category (stage, category);
  pursuit_stage_set_position (stage, sqlite3_column_int (stmt, 3));
  pursuit_stage_set_color (stage, _pursuit_column_text (stmt, 4));

  return stage;
}

/**
 * pursuit_store_list_stages:
 *
 * Returns: (transfer full) (element-type PursuitStage): the board's columns
 *   in their order
 */
GPtrArray *
pursuit_store_list_stages (PursuitStore *self)
{
  g_autoptr(GPtrArray) stages = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT key, label, category, position, color FROM stages"
                                 " ORDER BY position, key",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&stages);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (stages, stage_from_row (stmt));
  sqlite3_reset (stmt);

  return g_steal_pointer (&stages);
}

/**
 * pursuit_store_get_stage:
 *
 * Returns: (transfer full) (nullable): the stage with that key
 */
PursuitStage *
pursuit_store_get_stage (PursuitStore *self,
                         const char   *key)
{
  PursuitStage *stage = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  if (key == NULL)
    return NULL;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT key, label, category, position, color FROM stages WHERE key = ?",
                                 NULL);
  if (stmt == NULL)
    return NULL;

  _pursuit_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    stage = stage_from_row (stmt);
  sqlite3_reset (stmt);

  return stage;
}

static gboolean
check_color (const char  *color,
             GError     **error)
{
  gboolean valid = color != NULL && strlen (color) == 7 && color[0] == '#';

  for (guint i = 1; valid && i < 7; i++)
    valid = g_ascii_isxdigit (color[i]);

  if (!valid)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                 _("The colour “%s” is not of the form #rrggbb"), color ? color : "");

  return valid;
}

/**
 * pursuit_store_update_stage:
 * @self: a store
 * @key: the stage to change
 * @label: (nullable): its new label; %NULL keeps it, "" restores the default
 * @color: (nullable): its new colour as "#rrggbb"; %NULL keeps it
 * @error: a location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_update_stage (PursuitStore  *self,
                            const char    *key,
                            const char    *label,
                            const char    *color,
                            GError       **error)
{
  g_autoptr(PursuitStage) stage = NULL;
  g_autofree char *stripped = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stage = pursuit_store_get_stage (self, key);
  if (stage == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("Unknown stage “%s”"), key ? key : "");
      return FALSE;
    }

  if (!_pursuit_store_check_text (label, _("stage name"), error) ||
      (color != NULL && !check_color (color, error)))
    return FALSE;

  if (label != NULL)
    {
      stripped = g_strstrip (g_strdup (label));
      if (g_utf8_strlen (stripped, -1) > 60)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("A stage name can have at most 60 characters"));
          return FALSE;
        }
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE stages SET"
                                 " label = CASE WHEN ?2 IS NULL THEN label WHEN ?2 = '' THEN NULL ELSE ?2 END,"
                                 " color = coalesce (?3, color)"
                                 " WHERE key = ?1",
                                 error);
  if (stmt == NULL)
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  _pursuit_bind_text (stmt, 1, key);
  if (stripped != NULL)
    sqlite3_bind_text (stmt, 2, stripped, -1, SQLITE_TRANSIENT);
  _pursuit_bind_text (stmt, 3, color);

  if (!_pursuit_store_step_done (self, stmt, error))
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  _pursuit_store_queue_signal (self, PENDING_STAGES_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_reorder_stages:
 * @self: a store
 * @keys: every stage key, once, in the new order
 * @error: a location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_reorder_stages (PursuitStore        *self,
                              const char * const  *keys,
                              GError             **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GHashTable) seen = NULL;
  sqlite3_stmt *stmt;
  guint n_keys;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (keys != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stages = pursuit_store_list_stages (self);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  n_keys = g_strv_length ((char **)keys);

  for (guint i = 0; i < n_keys; i++)
    {
      g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self, keys[i]);

      if (stage == NULL || !g_hash_table_add (seen, (gpointer)keys[i]))
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("“%s” is not a stage, or is named twice"), keys[i]);
          return FALSE;
        }
    }

  if (n_keys != stages->len)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The new order must name all %u stages"), stages->len);
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < n_keys; i++)
    {
      stmt = _pursuit_store_prepare (self, "UPDATE stages SET position = ? WHERE key = ?", error);
      if (stmt == NULL)
        {
          _pursuit_store_write_abort (self);
          return FALSE;
        }

      sqlite3_bind_int (stmt, 1, i);
      _pursuit_bind_text (stmt, 2, keys[i]);
      if (!_pursuit_store_step_done (self, stmt, error))
        {
          _pursuit_store_write_abort (self);
          return FALSE;
        }
    }

  _pursuit_store_queue_signal (self, PENDING_STAGES_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/* Runs one prepared insert as a whole write: @queue_signal is queued on
 * success with @object. */
static gint64
insert_row (PursuitStore  *self,
            sqlite3_stmt  *stmt,
            PendingSignal  queue_signal,
            gpointer       object,
            gint64         job_id,
            GError       **error)
{
  gint64 id;

  if (!_pursuit_store_step_done (self, stmt, error))
    {
      _pursuit_store_write_abort (self);
      return 0;
    }

  id = sqlite3_last_insert_rowid (_pursuit_store_get_db (self));
  if (object != NULL)
    g_object_set (object, "id", id, NULL);

  _pursuit_store_queue_signal (self, queue_signal, object, job_id, NULL, NULL);

  if (!_pursuit_store_write_end (self, error))
    return 0;

  return id;
}

static sqlite3_stmt *
begin_insert (PursuitStore  *self,
              gint64         job_id,
              gboolean       job_required,
              const char    *sql,
              GError       **error)
{
  sqlite3_stmt *stmt;

  if ((job_required || job_id != 0) && !_pursuit_store_job_exists (self, job_id, error))
    return NULL;

  if (!_pursuit_store_write_begin (self, error))
    return NULL;

  stmt = _pursuit_store_prepare (self, sql, error);
  if (stmt == NULL)
    _pursuit_store_write_abort (self);

  return stmt;
}

/**
 * pursuit_store_add_note:
 * @self: a store
 * @note: the note; its job-id names the job
 * @error: a location for a #GError
 *
 * Returns: the id of the new note (also set on @note), or 0 with @error set
 */
gint64
pursuit_store_add_note (PursuitStore  *self,
                        PursuitNote   *note,
                        GError       **error)
{
  const char *kind;
  g_autofree char *body = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_NOTE (note), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  kind = pursuit_note_get_kind (note) ? pursuit_note_get_kind (note) : "note";

  if (!_pursuit_store_check_text (pursuit_note_get_body (note), _("note"), error) ||
      !_pursuit_store_check_text (pursuit_note_get_tags (note), _("tags"), error))
    return 0;

  body = g_strstrip (g_strdup (pursuit_note_get_body (note) ? pursuit_note_get_body (note) : ""));
  if (body[0] == '\0')
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, _("A note cannot be empty"));
      return 0;
    }

  if (!g_str_equal (kind, "note") && !g_str_equal (kind, "reminder"))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown note type “%s”"), kind);
      return 0;
    }

  if (g_str_equal (kind, "reminder") && pursuit_note_get_due_at (note) == 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A reminder needs a time"));
      return 0;
    }

  if (pursuit_note_get_priority (note) > 3)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The priority must be between 0 and 3"));
      return 0;
    }

  stmt = begin_insert (self, pursuit_note_get_job_id (note), TRUE,
                       "INSERT INTO notes (job_id, kind, body, tags, priority, due_at, done, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       error);
  if (stmt == NULL)
    return 0;

  if (pursuit_note_get_created_at (note) == 0)
    pursuit_note_set_created_at (note, _pursuit_store_now (self));
  pursuit_note_set_kind (note, kind);
  pursuit_note_set_body (note, body);

  sqlite3_bind_int64 (stmt, 1, pursuit_note_get_job_id (note));
  _pursuit_bind_text (stmt, 2, kind);
  _pursuit_bind_text (stmt, 3, body);
  _pursuit_bind_text (stmt, 4, pursuit_note_get_tags (note));
  sqlite3_bind_int (stmt, 5, pursuit_note_get_priority (note));
  _pursuit_bind_optional_int64 (stmt, 6, pursuit_note_get_due_at (note));
  sqlite3_bind_int (stmt, 7, pursuit_note_get_done (note));
  sqlite3_bind_int64 (stmt, 8, pursuit_note_get_created_at (note));

  return insert_row (self, stmt, PENDING_NOTE_ADDED, note, pursuit_note_get_job_id (note), error);
}

gboolean
pursuit_store_set_note_done (PursuitStore  *self,
                             gint64         note_id,
                             gboolean       done,
                             GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "UPDATE notes SET done = ? WHERE id = ?", error);
  if (stmt == NULL)
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  sqlite3_bind_int (stmt, 1, !!done);
  sqlite3_bind_int64 (stmt, 2, note_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  if (sqlite3_changes (_pursuit_store_get_db (self)) == 0)
    {
      _pursuit_store_write_abort (self);
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no note with id %lld"), (long long)note_id);
      return FALSE;
    }

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_list_notes:
 *
 * Returns: (transfer full) (element-type PursuitNote): the job's notes,
 *   oldest first
 */
GPtrArray *
pursuit_store_list_notes (PursuitStore *self,
                          gint64        job_id)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT id, job_id, kind, body, tags, priority, due_at, done, created_at"
                                 " FROM notes WHERE job_id = ? ORDER BY created_at, id",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&notes);

  sqlite3_bind_int64 (stmt, 1, job_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PursuitNote *note = pursuit_note_new ();

      pursuit_note_set_id (note, sqlite3_column_int64 (stmt, 0));
      pursuit_note_set_job_id (note, sqlite3_column_int64 (stmt, 1));
      pursuit_note_set_kind (note, _pursuit_column_text (stmt, 2));
      pursuit_note_set_body (note, _pursuit_column_text (stmt, 3));
      pursuit_note_set_tags (note, _pursuit_column_text (stmt, 4));
      pursuit_note_set_priority (note, sqlite3_column_int (stmt, 5));
      pursuit_note_set_due_at (note, sqlite3_column_int64 (stmt, 6));
      pursuit_note_set_done (note, sqlite3_column_int (stmt, 7));
      pursuit_note_set_created_at (note, sqlite3_column_int64 (stmt, 8));
      g_ptr_array_add (notes, note);
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&notes);
}

/**
 * pursuit_store_list_events:
 *
 * Returns: (transfer full) (element-type PursuitTimelineEvent): the job's
 *   timeline, oldest first
 */
GPtrArray *
pursuit_store_list_events (PursuitStore *self,
                           gint64        job_id)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT id, job_id, kind, from_stage, to_stage, detail, created_at"
                                 " FROM events WHERE job_id = ? ORDER BY created_at, id",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&events);

  sqlite3_bind_int64 (stmt, 1, job_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PursuitTimelineEvent *event = pursuit_timeline_event_new ();

      pursuit_timeline_event_set_id (event, sqlite3_column_int64 (stmt, 0));
      pursuit_timeline_event_set_job_id (event, sqlite3_column_int64 (stmt, 1));
      pursuit_timeline_event_set_kind (event, _pursuit_column_text (stmt, 2));
      pursuit_timeline_event_set_from_stage (event, _pursuit_column_text (stmt, 3));
      pursuit_timeline_event_set_to_stage (event, _pursuit_column_text (stmt, 4));
      pursuit_timeline_event_set_detail (event, _pursuit_column_text (stmt, 5));
      pursuit_timeline_event_set_created_at (event, sqlite3_column_int64 (stmt, 6));
      g_ptr_array_add (events, event);
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&events);
}

/**
 * pursuit_store_add_interview:
 * @self: a store
 * @interview: the interview; its job-id names the job
 * @error: a location for a #GError
 *
 * Records an interview and writes it to the job's timeline.
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
  const char *kind;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (interview), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  kind = pursuit_interview_get_kind (interview) ? pursuit_interview_get_kind (interview) : "video";

  if (!_pursuit_store_check_text (kind, _("interview type"), error) ||
      !_pursuit_store_check_text (pursuit_interview_get_location (interview), _("location"), error) ||
      !_pursuit_store_check_text (pursuit_interview_get_interviewer (interview), _("interviewer"), error) ||
      !_pursuit_store_check_text (pursuit_interview_get_notes (interview), _("notes"), error))
    return 0;

  if (pursuit_interview_get_starts_at (interview) <= 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("An interview needs a start time"));
      return 0;
    }

  if (pursuit_interview_get_duration_minutes (interview) <= 0 ||
      pursuit_interview_get_duration_minutes (interview) > 24 * 60)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("An interview lasts between 1 minute and 24 hours"));
      return 0;
    }

  stmt = begin_insert (self, pursuit_interview_get_job_id (interview), TRUE,
                       "INSERT INTO interviews (job_id, kind, starts_at, duration_minutes, location,"
                       " interviewer, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       error);
  if (stmt == NULL)
    return 0;

  pursuit_interview_set_kind (interview, kind);
  if (pursuit_interview_get_created_at (interview) == 0)
    pursuit_interview_set_created_at (interview, _pursuit_store_now (self));

  sqlite3_bind_int64 (stmt, 1, pursuit_interview_get_job_id (interview));
  _pursuit_bind_text (stmt, 2, kind);
  sqlite3_bind_int64 (stmt, 3, pursuit_interview_get_starts_at (interview));
  sqlite3_bind_int (stmt, 4, pursuit_interview_get_duration_minutes (interview));
  _pursuit_bind_text (stmt, 5, pursuit_interview_get_location (interview));
  _pursuit_bind_text (stmt, 6, pursuit_interview_get_interviewer (interview));
  _pursuit_bind_text (stmt, 7, pursuit_interview_get_notes (interview));
  sqlite3_bind_int64 (stmt, 8, pursuit_interview_get_created_at (interview));

  if (!_pursuit_store_step_done (self, stmt, error))
    {
      _pursuit_store_write_abort (self);
      return 0;
    }

  pursuit_interview_set_id (interview, sqlite3_last_insert_rowid (_pursuit_store_get_db (self)));

  if (!_pursuit_store_add_event (self, pursuit_interview_get_job_id (interview), "interview",
                                 NULL, NULL, kind, error))
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
                                 "SELECT id, job_id, kind, starts_at, duration_minutes, location,"
                                 " interviewer, notes, created_at"
                                 " FROM interviews WHERE job_id = ? ORDER BY starts_at, id",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&interviews);

  sqlite3_bind_int64 (stmt, 1, job_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PursuitInterview *interview = pursuit_interview_new ();

      pursuit_interview_set_id (interview, sqlite3_column_int64 (stmt, 0));
      pursuit_interview_set_job_id (interview, sqlite3_column_int64 (stmt, 1));
      pursuit_interview_set_kind (interview, _pursuit_column_text (stmt, 2));
      pursuit_interview_set_starts_at (interview, sqlite3_column_int64 (stmt, 3));
      pursuit_interview_set_duration_minutes (interview, sqlite3_column_int (stmt, 4));
      pursuit_interview_set_location (interview, _pursuit_column_text (stmt, 5));
      pursuit_interview_set_interviewer (interview, _pursuit_column_text (stmt, 6));
      pursuit_interview_set_notes (interview, _pursuit_column_text (stmt, 7));
      pursuit_interview_set_created_at (interview, sqlite3_column_int64 (stmt, 8));
      g_ptr_array_add (interviews, interview);
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&interviews);
}

/**
 * pursuit_store_add_follow_up:
 * @self: a store
 * @follow_up: the follow-up; its job-id names the job
 * @error: a location for a #GError
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

  if (pursuit_follow_up_get_sequence (follow_up) == NULL ||
      !_pursuit_store_check_text (pursuit_follow_up_get_sequence (follow_up), _("sequence"), error))
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                     _("A follow-up needs a sequence name"));
      return 0;
    }

  if (pursuit_follow_up_get_due_at (follow_up) <= 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A follow-up needs a due time"));
      return 0;
    }

  stmt = begin_insert (self, pursuit_follow_up_get_job_id (follow_up), TRUE,
                       "INSERT INTO follow_ups (job_id, sequence, step, due_at, status, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)",
                       error);
  if (stmt == NULL)
    return 0;

  if (pursuit_follow_up_get_status (follow_up) == NULL)
    pursuit_follow_up_set_status (follow_up, "pending");
  if (pursuit_follow_up_get_created_at (follow_up) == 0)
    pursuit_follow_up_set_created_at (follow_up, _pursuit_store_now (self));

  sqlite3_bind_int64 (stmt, 1, pursuit_follow_up_get_job_id (follow_up));
  _pursuit_bind_text (stmt, 2, pursuit_follow_up_get_sequence (follow_up));
  sqlite3_bind_int (stmt, 3, pursuit_follow_up_get_step (follow_up));
  sqlite3_bind_int64 (stmt, 4, pursuit_follow_up_get_due_at (follow_up));
  _pursuit_bind_text (stmt, 5, pursuit_follow_up_get_status (follow_up));
  sqlite3_bind_int64 (stmt, 6, pursuit_follow_up_get_created_at (follow_up));

  return insert_row (self, stmt, PENDING_FOLLOW_UPS_CHANGED, follow_up,
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
                                 "SELECT id, job_id, sequence, step, due_at, status, created_at"
                                 " FROM follow_ups WHERE job_id = ? ORDER BY due_at, id",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&follow_ups);

  sqlite3_bind_int64 (stmt, 1, job_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PursuitFollowUp *follow_up = pursuit_follow_up_new ();

      pursuit_follow_up_set_id (follow_up, sqlite3_column_int64 (stmt, 0));
      pursuit_follow_up_set_job_id (follow_up, sqlite3_column_int64 (stmt, 1));
      pursuit_follow_up_set_sequence (follow_up, _pursuit_column_text (stmt, 2));
      pursuit_follow_up_set_step (follow_up, sqlite3_column_int (stmt, 3));
      pursuit_follow_up_set_due_at (follow_up, sqlite3_column_int64 (stmt, 4));
      pursuit_follow_up_set_status (follow_up, _pursuit_column_text (stmt, 5));
      pursuit_follow_up_set_created_at (follow_up, sqlite3_column_int64 (stmt, 6));
      g_ptr_array_add (follow_ups, follow_up);
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&follow_ups);
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
  sqlite3_stmt *stmt;
  guint changed;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);

  if (!_pursuit_store_write_begin (self, error))
    return 0;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE follow_ups SET status = 'cancelled'"
                                 " WHERE job_id = ? AND status = 'pending'",
                                 error);
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

gint64
pursuit_store_add_contact (PursuitStore  *self,
                           gint64         job_id,
                           const char    *name,
                           const char    *role,
                           const char    *email,
                           GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_pursuit_store_check_text (name, _("name"), error) ||
      !_pursuit_store_check_text (role, _("role"), error) ||
      !_pursuit_store_check_text (email, _("email address"), error))
    return 0;

  if (name == NULL || name[0] == '\0')
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, _("A contact needs a name"));
      return 0;
    }

  if (email != NULL && strchr (email, '@') == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("“%s” is not an email address"), email);
      return 0;
    }

  stmt = begin_insert (self, job_id, TRUE,
                       "INSERT INTO contacts (job_id, company_id, name, role, email, created_at)"
                       " VALUES (?1, (SELECT company_id FROM jobs WHERE id = ?1), ?2, ?3, ?4, ?5)",
                       error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, job_id);
  _pursuit_bind_text (stmt, 2, name);
  _pursuit_bind_text (stmt, 3, role);
  _pursuit_bind_text (stmt, 4, email);
  sqlite3_bind_int64 (stmt, 5, _pursuit_store_now (self));

  return insert_row (self, stmt, PENDING_NONE, NULL, job_id, error);
}

gint64
pursuit_store_add_document (PursuitStore  *self,
                            gint64         job_id,
                            const char    *kind,
                            const char    *title,
                            const char    *path,
                            GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_pursuit_store_check_text (title, _("title"), error) ||
      !_pursuit_store_check_text (path, _("path"), error))
    return 0;

  if (g_strcmp0 (kind, "resume") != 0 && g_strcmp0 (kind, "cover_letter") != 0 &&
      g_strcmp0 (kind, "other") != 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown document type “%s”"), kind ? kind : "");
      return 0;
    }

  if (title == NULL || title[0] == '\0')
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, _("A document needs a title"));
      return 0;
    }

  stmt = begin_insert (self, job_id, FALSE,
                       "INSERT INTO documents (job_id, kind, title, path, created_at)"
                       " VALUES (?, ?, ?, ?, ?)",
                       error);
  if (stmt == NULL)
    return 0;

  _pursuit_bind_optional_int64 (stmt, 1, job_id);
  _pursuit_bind_text (stmt, 2, kind);
  _pursuit_bind_text (stmt, 3, title);
  _pursuit_bind_text (stmt, 4, path);
  sqlite3_bind_int64 (stmt, 5, _pursuit_store_now (self));

  return insert_row (self, stmt, PENDING_NONE, NULL, job_id, error);
}

/**
 * pursuit_store_enqueue_outbox:
 * @self: a store
 * @kind: what the services should do ("calendar.create-event", ...)
 * @payload: its JSON description
 * @error: a location for a #GError
 *
 * Queues a network side effect, to be run by the services with retry.
 *
 * Returns: the id of the outbox item, or 0 with @error set
 */
gint64
pursuit_store_enqueue_outbox (PursuitStore  *self,
                              const char    *kind,
                              const char    *payload,
                              GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 now;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (kind != NULL && payload != NULL, 0);

  if (!_pursuit_store_check_text (payload, _("payload"), error))
    return 0;

  stmt = begin_insert (self, 0, FALSE,
                       "INSERT INTO outbox (kind, payload, next_attempt_at, created_at)"
                       " VALUES (?, ?, ?, ?)",
                       error);
  if (stmt == NULL)
    return 0;

  now = _pursuit_store_now (self);
  _pursuit_bind_text (stmt, 1, kind);
  _pursuit_bind_text (stmt, 2, payload);
  sqlite3_bind_int64 (stmt, 3, now);
  sqlite3_bind_int64 (stmt, 4, now);

  return insert_row (self, stmt, PENDING_NONE, NULL, 0, error);
}

/**
 * pursuit_store_cache_set:
 * @self: a store
 * @namespace_: what the value is ("company", "analysis", ...)
 * @key: which one
 * @value: the value
 * @ttl: how long it stays valid, in microseconds
 * @error: a location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_cache_set (PursuitStore  *self,
                         const char    *namespace_,
                         const char    *key,
                         const char    *value,
                         GTimeSpan      ttl,
                         GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (namespace_ != NULL && key != NULL && value != NULL, FALSE);
  g_return_val_if_fail (ttl > 0, FALSE);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "INSERT OR REPLACE INTO cache (namespace, key, value, expires_at)"
                                 " VALUES (?, ?, ?, ?)",
                                 error);
  if (stmt == NULL)
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  _pursuit_bind_text (stmt, 1, namespace_);
  _pursuit_bind_text (stmt, 2, key);
  _pursuit_bind_text (stmt, 3, value);
  sqlite3_bind_int64 (stmt, 4, _pursuit_store_now (self) + MAX (1, ttl / G_USEC_PER_SEC));

  if (!_pursuit_store_step_done (self, stmt, error))
    {
      _pursuit_store_write_abort (self);
      return FALSE;
    }

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_cache_get:
 *
 * Returns: (transfer full) (nullable): the cached value, or %NULL when it is
 *   missing or expired
 */
char *
pursuit_store_cache_get (PursuitStore *self,
                         const char   *namespace_,
                         const char   *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (namespace_ != NULL && key != NULL, NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT value FROM cache WHERE namespace = ? AND key = ? AND expires_at > ?",
                                 NULL);
  if (stmt == NULL)
    return NULL;

  _pursuit_bind_text (stmt, 1, namespace_);
  _pursuit_bind_text (stmt, 2, key);
  sqlite3_bind_int64 (stmt, 3, _pursuit_store_now (self));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup (_pursuit_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return value;
}
