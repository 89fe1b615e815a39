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

#include <string.h>
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
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, key);
  if (stripped != NULL)
    sqlite3_bind_text (stmt, 2, stripped, -1, SQLITE_TRANSIENT);
  _pursuit_bind_text (stmt, 3, color);

  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

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
        return _pursuit_store_write_fail (self);

      sqlite3_bind_int (stmt, 1, i);
      _pursuit_bind_text (stmt, 2, keys[i]);
      if (!_pursuit_store_step_done (self, stmt, error))
        return _pursuit_store_write_fail (self);
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

static char *normalize_note_tags (const char  *tags,
                                  GError     **error);
static gboolean find_row_job_id (PursuitStore *self,
                                 const char   *sql,
                                 gint64        id,
                                 gint64       *job_id);

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
  g_autofree char *tags = NULL;
  g_autoptr(GError) tags_error = NULL;
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

  tags = normalize_note_tags (pursuit_note_get_tags (note), &tags_error);
  if (tags_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&tags_error));
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
  pursuit_note_set_tags (note, tags);

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

static gint64
note_job_id (PursuitStore *self,
             gint64        note_id)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, "SELECT job_id FROM notes WHERE id = ?", NULL);
  gint64 job_id = 0;

  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, note_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    job_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return job_id;
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
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int (stmt, 1, !!done);
  sqlite3_bind_int64 (stmt, 2, note_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  if (sqlite3_changes (_pursuit_store_get_db (self)) == 0)
    {
      _pursuit_store_write_abort (self);
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no note with id %lld"), (long long)note_id);
      return FALSE;
    }

  /* Another window showing the job follows. */
  _pursuit_store_queue_signal (self, PENDING_NOTES_CHANGED, NULL,
                               note_job_id (self, note_id), NULL, NULL);
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

/* Starts the write that inserts @interview, which gets a creation time
 * and a calendar UID if it has none: the statement is bound, ready to
 * step. */
static sqlite3_stmt *
begin_interview_insert (PursuitStore      *self,
                        PursuitInterview  *interview,
                        GError           **error)
{
  sqlite3_stmt *stmt;

  stmt = begin_insert (self, pursuit_interview_get_job_id (interview), TRUE,
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
                                 NULL, NULL, pursuit_interview_get_kind (interview), error))
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

  if (!find_row_job_id (self, "SELECT job_id FROM interviews WHERE id = ?", interview_id, &job_id) ||
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

  stmt = begin_insert (self, pursuit_follow_up_get_job_id (follow_up), TRUE,
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

/* Contacts and documents */

/* Stripped text, or NULL for nothing but spaces. */
static char *
dup_optional (const char *text)
{
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  if (stripped == NULL || stripped[0] == '\0')
    return NULL;

  return g_steal_pointer (&stripped);
}

static gboolean
check_length (const char  *text,
              glong        max_chars,
              const char  *message,
              GError     **error)
{
  if (text != NULL && g_utf8_strlen (text, -1) > max_chars)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, message);
      return FALSE;
    }

  return TRUE;
}

static gboolean
has_control_characters (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* Something@something, with nothing a mail program would read as a
 * second address or a display name. */
gboolean
_pursuit_store_check_email (const char  *email,
                            GError     **error)
{
  const char *at;
  gboolean valid;

  if (email == NULL)
    return TRUE;

  at = strchr (email, '@');
  valid = at != NULL && at != email && at[1] != '\0' && strchr (at + 1, '@') == NULL &&
          strlen (email) <= 254 && !has_control_characters (email) &&
          strpbrk (email, " \t<>()[],;:\"\\") == NULL;

  if (!valid)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                 _("“%s” is not an email address"), email);

  return valid;
}

static gboolean
check_phone (const char  *phone,
             GError     **error)
{
  gboolean has_digit = FALSE;
  gboolean valid = TRUE;

  if (phone == NULL)
    return TRUE;

  for (const char *p = phone; *p != '\0' && valid; p++)
    {
      if (g_ascii_isdigit (*p))
        has_digit = TRUE;
      else
        valid = strchr (" +-()./", *p) != NULL;
    }

  if (!valid || !has_digit || strlen (phone) > 40)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("“%s” is not a phone number: use digits, spaces and + - ( ) . /"), phone);
      return FALSE;
    }

  return TRUE;
}

/* Validates @contact's fields and normalises them in place (stripped,
 * empty ones unset). */
static gboolean
check_contact (PursuitContact  *contact,
               GError         **error)
{
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *notes = NULL;

  if (!_pursuit_store_check_text (pursuit_contact_get_name (contact), _("name"), error) ||
      !_pursuit_store_check_text (pursuit_contact_get_role (contact), _("role"), error) ||
      !_pursuit_store_check_text (pursuit_contact_get_email (contact), _("email address"), error) ||
      !_pursuit_store_check_text (pursuit_contact_get_phone (contact), _("phone number"), error) ||
      !_pursuit_store_check_text (pursuit_contact_get_notes (contact), _("contact note"), error))
    return FALSE;

  name = dup_optional (pursuit_contact_get_name (contact));
  role = dup_optional (pursuit_contact_get_role (contact));
  email = dup_optional (pursuit_contact_get_email (contact));
  phone = dup_optional (pursuit_contact_get_phone (contact));
  notes = dup_optional (pursuit_contact_get_notes (contact));

  if (name == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, _("A contact needs a name"));
      return FALSE;
    }

  if (has_control_characters (name) || has_control_characters (role))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A name or role cannot have control characters"));
      return FALSE;
    }

  if (!check_length (name, 200, _("A name can have at most 200 characters"), error) ||
      !check_length (role, 200, _("A role can have at most 200 characters"), error) ||
      !check_length (notes, 10000, _("A contact note can have at most 10,000 characters"), error) ||
      !_pursuit_store_check_email (email, error) ||
      !check_phone (phone, error))
    return FALSE;

  pursuit_contact_set_name (contact, name);
  pursuit_contact_set_role (contact, role);
  pursuit_contact_set_email (contact, email);
  pursuit_contact_set_phone (contact, phone);
  pursuit_contact_set_notes (contact, notes);

  return TRUE;
}

/**
 * pursuit_store_add_contact:
 * @self: a store
 * @job_id: the job
 * @name: the person's name
 * @role: (nullable): their role
 * @email: (nullable): their email address
 * @error: a location for a #GError
 *
 * A shorthand for [method@Pursuit.Store.add_contact_full].
 *
 * Returns: the id of the new contact, or 0 with @error set
 */
gint64
pursuit_store_add_contact (PursuitStore  *self,
                           gint64         job_id,
                           const char    *name,
                           const char    *role,
                           const char    *email,
                           GError       **error)
{
  g_autoptr(PursuitContact) contact = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  contact = pursuit_contact_new ();
  pursuit_contact_set_job_id (contact, job_id);
  pursuit_contact_set_name (contact, name);
  pursuit_contact_set_role (contact, role);
  pursuit_contact_set_email (contact, email);

  return pursuit_store_add_contact_full (self, contact, error);
}

/**
 * pursuit_store_add_contact_full:
 * @self: a store
 * @contact: the contact; its job-id names the job
 * @error: a location for a #GError
 *
 * Adds a contact to a job, with the job's company. The name is required;
 * the email address and phone number, when given, must look like one.
 * Emits #PursuitStore::contacts-changed.
 *
 * Returns: the id of the new contact (also set on @contact), or 0 with
 *   @error set
 */
gint64
pursuit_store_add_contact_full (PursuitStore    *self,
                                PursuitContact  *contact,
                                GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_CONTACT (contact), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!check_contact (contact, error))
    return 0;

  job_id = pursuit_contact_get_job_id (contact);
  stmt = begin_insert (self, job_id, TRUE,
                       "INSERT INTO contacts (job_id, company_id, name, role, email, phone, notes, created_at)"
                       " VALUES (?1, (SELECT company_id FROM jobs WHERE id = ?1), ?2, ?3, ?4, ?5, ?6, ?7)",
                       error);
  if (stmt == NULL)
    return 0;

  if (pursuit_contact_get_created_at (contact) == 0)
    pursuit_contact_set_created_at (contact, _pursuit_store_now (self));

  sqlite3_bind_int64 (stmt, 1, job_id);
  _pursuit_bind_text (stmt, 2, pursuit_contact_get_name (contact));
  _pursuit_bind_text (stmt, 3, pursuit_contact_get_role (contact));
  _pursuit_bind_text (stmt, 4, pursuit_contact_get_email (contact));
  _pursuit_bind_text (stmt, 5, pursuit_contact_get_phone (contact));
  _pursuit_bind_text (stmt, 6, pursuit_contact_get_notes (contact));
  sqlite3_bind_int64 (stmt, 7, pursuit_contact_get_created_at (contact));

  return insert_row (self, stmt, PENDING_CONTACTS_CHANGED, contact, job_id, error);
}

/* Finds the job of the row that @sql (with the row id as its parameter)
 * selects; FALSE when there is no such row. */
static gboolean
find_row_job_id (PursuitStore *self,
                 const char   *sql,
                 gint64        id,
                 gint64       *job_id)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, sql, NULL);
  gboolean exists;

  *job_id = 0;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  if (exists)
    *job_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return exists;
}

/* Runs one prepared UPDATE or DELETE of a row known to exist as a whole
 * write, queueing @queue_signal for @job_id. */
static gboolean
change_row (PursuitStore  *self,
            sqlite3_stmt  *stmt,
            PendingSignal  queue_signal,
            gint64         job_id,
            GError       **error)
{
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, queue_signal, NULL, job_id, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_update_contact:
 * @self: a store
 * @contact: the contact, with its id; its job does not change
 * @error: a location for a #GError
 *
 * Saves a contact's name, role, email address, phone number and notes,
 * validated as by [method@Pursuit.Store.add_contact_full]. Emits
 * #PursuitStore::contacts-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_update_contact (PursuitStore    *self,
                              PursuitContact  *contact,
                              GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_CONTACT (contact), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_contact (contact, error))
    return FALSE;

  if (!find_row_job_id (self, "SELECT job_id FROM contacts WHERE id = ?",
                        pursuit_contact_get_id (contact), &job_id))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no contact with id %lld"), (long long)pursuit_contact_get_id (contact));
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE contacts SET name = ?, role = ?, email = ?, phone = ?, notes = ?"
                                 " WHERE id = ?",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, pursuit_contact_get_name (contact));
  _pursuit_bind_text (stmt, 2, pursuit_contact_get_role (contact));
  _pursuit_bind_text (stmt, 3, pursuit_contact_get_email (contact));
  _pursuit_bind_text (stmt, 4, pursuit_contact_get_phone (contact));
  _pursuit_bind_text (stmt, 5, pursuit_contact_get_notes (contact));
  sqlite3_bind_int64 (stmt, 6, pursuit_contact_get_id (contact));

  pursuit_contact_set_job_id (contact, job_id);
  return change_row (self, stmt, PENDING_CONTACTS_CHANGED, job_id, error);
}

/**
 * pursuit_store_remove_contact:
 * @self: a store
 * @contact_id: the contact
 * @error: a location for a #GError
 *
 * Emits #PursuitStore::contacts-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_remove_contact (PursuitStore  *self,
                              gint64         contact_id,
                              GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!find_row_job_id (self, "SELECT job_id FROM contacts WHERE id = ?",
                        contact_id, &job_id))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no contact with id %lld"), (long long)contact_id);
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "DELETE FROM contacts WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, contact_id);
  return change_row (self, stmt, PENDING_CONTACTS_CHANGED, job_id, error);
}

/**
 * pursuit_store_list_contacts:
 *
 * Returns: (transfer full) (element-type PursuitContact): the job's
 *   contacts, oldest first
 */
GPtrArray *
pursuit_store_list_contacts (PursuitStore *self,
                             gint64        job_id)
{
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT id, job_id, name, role, email, phone, notes, created_at"
                                 " FROM contacts WHERE job_id = ? ORDER BY created_at, id",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&contacts);

  sqlite3_bind_int64 (stmt, 1, job_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PursuitContact *contact = pursuit_contact_new ();

      pursuit_contact_set_id (contact, sqlite3_column_int64 (stmt, 0));
      pursuit_contact_set_job_id (contact, sqlite3_column_int64 (stmt, 1));
      pursuit_contact_set_name (contact, _pursuit_column_text (stmt, 2));
      pursuit_contact_set_role (contact, _pursuit_column_text (stmt, 3));
      pursuit_contact_set_email (contact, _pursuit_column_text (stmt, 4));
      pursuit_contact_set_phone (contact, _pursuit_column_text (stmt, 5));
      pursuit_contact_set_notes (contact, _pursuit_column_text (stmt, 6));
      pursuit_contact_set_created_at (contact, sqlite3_column_int64 (stmt, 7));
      g_ptr_array_add (contacts, contact);
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&contacts);
}

/* An absolute file name or an http(s) address with a host. */
static gboolean
check_document_path (const char  *path,
                     GError     **error)
{
  g_autoptr(GUri) uri = NULL;

  if (path == NULL)
    return TRUE;

  if (!has_control_characters (path) && strlen (path) <= 4096)
    {
      if (g_path_is_absolute (path) && path[0] == '/')
        return TRUE;

      uri = g_uri_parse (path, G_URI_FLAGS_NONE, NULL);
      if (uri != NULL &&
          (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 ||
           g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0) &&
          g_uri_get_host (uri) != NULL && g_uri_get_host (uri)[0] != '\0')
        return TRUE;
    }

  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
               _("A document must be a file, given by its full path, or an http(s) address"));
  return FALSE;
}

/**
 * pursuit_store_add_document:
 * @self: a store
 * @job_id: the job, or 0 for a document of no job
 * @kind: "resume", "cover_letter", "portfolio" or "other"
 * @title: its title
 * @path: (nullable): an absolute file name or an http(s) address
 * @error: a location for a #GError
 *
 * Emits #PursuitStore::documents-changed.
 *
 * Returns: the id of the new document, or 0 with @error set
 */
gint64
pursuit_store_add_document (PursuitStore  *self,
                            gint64         job_id,
                            const char    *kind,
                            const char    *title,
                            const char    *path,
                            GError       **error)
{
  g_autofree char *stripped_title = NULL;
  g_autofree char *stripped_path = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_pursuit_store_check_text (kind, _("document type"), error) ||
      !_pursuit_store_check_text (title, _("title"), error) ||
      !_pursuit_store_check_text (path, _("path"), error))
    return 0;

  if (g_strcmp0 (kind, "resume") != 0 && g_strcmp0 (kind, "cover_letter") != 0 &&
      g_strcmp0 (kind, "portfolio") != 0 && g_strcmp0 (kind, "other") != 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown document type “%s”"), kind ? kind : "");
      return 0;
    }

  stripped_title = dup_optional (title);
  stripped_path = dup_optional (path);

  if (stripped_title == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, _("A document needs a title"));
      return 0;
    }

  if (has_control_characters (stripped_title))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A document title cannot have control characters"));
      return 0;
    }

  if (!check_length (stripped_title, 200, _("A document title can have at most 200 characters"), error) ||
      !check_document_path (stripped_path, error))
    return 0;

  stmt = begin_insert (self, job_id, FALSE,
                       "INSERT INTO documents (job_id, kind, title, path, created_at)"
                       " VALUES (?, ?, ?, ?, ?)",
                       error);
  if (stmt == NULL)
    return 0;

  _pursuit_bind_optional_int64 (stmt, 1, job_id);
  _pursuit_bind_text (stmt, 2, kind);
  _pursuit_bind_text (stmt, 3, stripped_title);
  _pursuit_bind_text (stmt, 4, stripped_path);
  sqlite3_bind_int64 (stmt, 5, _pursuit_store_now (self));

  return insert_row (self, stmt, PENDING_DOCUMENTS_CHANGED, NULL, job_id, error);
}

/**
 * pursuit_store_remove_document:
 * @self: a store
 * @document_id: the document
 * @error: a location for a #GError
 *
 * Forgets a document; its file, if any, is left alone. Emits
 * #PursuitStore::documents-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_remove_document (PursuitStore  *self,
                               gint64         document_id,
                               GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!find_row_job_id (self, "SELECT coalesce (job_id, 0) FROM documents WHERE id = ?",
                        document_id, &job_id))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no document with id %lld"), (long long)document_id);
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "DELETE FROM documents WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, document_id);
  return change_row (self, stmt, PENDING_DOCUMENTS_CHANGED, job_id, error);
}

/**
 * pursuit_store_list_documents:
 * @self: a store
 * @job_id: the job, or 0 for the documents of no job
 *
 * Returns: (transfer full) (element-type PursuitDocument): the documents,
 *   oldest first
 */
GPtrArray *
pursuit_store_list_documents (PursuitStore *self,
                              gint64        job_id)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT id, coalesce (job_id, 0), kind, title, path, created_at"
                                 " FROM documents WHERE coalesce (job_id, 0) = ? ORDER BY created_at, id",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&documents);

  sqlite3_bind_int64 (stmt, 1, job_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      PursuitDocument *document = pursuit_document_new ();

      pursuit_document_set_id (document, sqlite3_column_int64 (stmt, 0));
      pursuit_document_set_job_id (document, sqlite3_column_int64 (stmt, 1));
      pursuit_document_set_kind (document, _pursuit_column_text (stmt, 2));
      pursuit_document_set_title (document, _pursuit_column_text (stmt, 3));
      pursuit_document_set_path (document, _pursuit_column_text (stmt, 4));
      pursuit_document_set_created_at (document, sqlite3_column_int64 (stmt, 5));
      g_ptr_array_add (documents, document);
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&documents);
}

/* Undoing a deletion (pursuit-job-deletion.c). The rows come back as they
 * were, times included: adding them anew would write "created" and
 * "interview" events of today and have the automation act on an interview
 * that took place long ago. */

/* Replaces the timeline of @job_id with @events (of any job). */
gboolean
_pursuit_store_restore_events (PursuitStore  *self,
                               gint64         job_id,
                               GPtrArray     *events,
                               GError       **error)
{
  sqlite3_stmt *stmt;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "DELETE FROM events WHERE job_id = ?", error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_int64 (stmt, 1, job_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    goto failed;

  for (guint i = 0; i < events->len; i++)
    {
      PursuitTimelineEvent *event = g_ptr_array_index (events, i);

      stmt = _pursuit_store_prepare (self,
                                     "INSERT INTO events (job_id, kind, from_stage, to_stage, detail, created_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?)",
                                     error);
      if (stmt == NULL)
        goto failed;

      sqlite3_bind_int64 (stmt, 1, job_id);
      _pursuit_bind_text (stmt, 2, pursuit_timeline_event_get_kind (event));
      _pursuit_bind_text (stmt, 3, pursuit_timeline_event_get_from_stage (event));
      _pursuit_bind_text (stmt, 4, pursuit_timeline_event_get_to_stage (event));
      _pursuit_bind_text (stmt, 5, pursuit_timeline_event_get_detail (event));
      sqlite3_bind_int64 (stmt, 6, pursuit_timeline_event_get_created_at (event));
      if (!_pursuit_store_step_done (self, stmt, error))
        goto failed;
    }

  return _pursuit_store_write_end (self, error);

failed:
  _pursuit_store_write_abort (self);
  return FALSE;
}

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
  return insert_row (self, stmt, PENDING_NONE, interview, 0, error) != 0;
}

/* Links the documents with the ids in @document_ids to @job_id again,
 * those that still belong to no job: a document removed or given to
 * another job since is left alone. */
gboolean
_pursuit_store_relink_documents (PursuitStore  *self,
                                 gint64         job_id,
                                 GArray        *document_ids,
                                 GError       **error)
{
  sqlite3_stmt *stmt;
  guint n_linked = 0;

  if (!_pursuit_store_job_exists (self, job_id, error) ||
      !_pursuit_store_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < document_ids->len; i++)
    {
      stmt = _pursuit_store_prepare (self,
                                     "UPDATE documents SET job_id = ? WHERE id = ? AND job_id IS NULL",
                                     error);
      if (stmt == NULL)
        goto failed;

      sqlite3_bind_int64 (stmt, 1, job_id);
      sqlite3_bind_int64 (stmt, 2, g_array_index (document_ids, gint64, i));
      if (!_pursuit_store_step_done (self, stmt, error))
        goto failed;

      n_linked += sqlite3_changes (_pursuit_store_get_db (self));
    }

  if (n_linked > 0)
    {
      _pursuit_store_queue_signal (self, PENDING_DOCUMENTS_CHANGED, NULL, 0, NULL, NULL);
      _pursuit_store_queue_signal (self, PENDING_DOCUMENTS_CHANGED, NULL, job_id, NULL, NULL);
    }

  return _pursuit_store_write_end (self, error);

failed:
  _pursuit_store_write_abort (self);
  return FALSE;
}

/* "a, b,,A" → "a,b": trimmed, without empty or repeated (in any case)
 * tags, in the order given. */
static char *
normalize_note_tags (const char  *tags,
                     GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GHashTable) seen = NULL;

  if (tags == NULL)
    return NULL;

  parts = g_strsplit (tags, ",", -1);
  kept = g_ptr_array_new ();
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *tag = g_strstrip (parts[i]);
      g_autofree char *folded = NULL;

      if (tag[0] == '\0')
        continue;

      if (has_control_characters (tag) || g_utf8_strlen (tag, -1) > 64)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("A tag can have at most 64 characters, and no control characters"));
          return NULL;
        }

      folded = g_utf8_casefold (tag, -1);
      if (g_hash_table_add (seen, g_steal_pointer (&folded)))
        g_ptr_array_add (kept, tag);
    }

  if (kept->len > 50)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A note can have at most 50 tags"));
      return NULL;
    }

  if (kept->len == 0)
    return NULL;

  g_ptr_array_add (kept, NULL);
  return g_strjoinv (",", (char **)kept->pdata);
}

/**
 * pursuit_store_update_note:
 * @self: a store
 * @note: the note, with its id; its job does not change
 * @error: a location for a #GError
 *
 * Saves a note's kind, text, tags (comma-separated; trimmed, repeats
 * dropped), priority (0 to 3), due time and done flag, validated as by
 * [method@Pursuit.Store.add_note]. Emits #PursuitStore::notes-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_update_note (PursuitStore  *self,
                           PursuitNote   *note,
                           GError       **error)
{
  g_autofree char *body = NULL;
  g_autofree char *tags = NULL;
  g_autoptr(GError) tags_error = NULL;
  const char *kind;
  sqlite3_stmt *stmt;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_NOTE (note), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kind = pursuit_note_get_kind (note) ? pursuit_note_get_kind (note) : "note";

  if (!_pursuit_store_check_text (pursuit_note_get_body (note), _("note"), error) ||
      !_pursuit_store_check_text (pursuit_note_get_tags (note), _("tags"), error))
    return FALSE;

  body = g_strstrip (g_strdup (pursuit_note_get_body (note) ? pursuit_note_get_body (note) : ""));
  if (body[0] == '\0')
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, _("A note cannot be empty"));
      return FALSE;
    }

  tags = normalize_note_tags (pursuit_note_get_tags (note), &tags_error);
  if (tags_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&tags_error));
      return FALSE;
    }

  if (!g_str_equal (kind, "note") && !g_str_equal (kind, "reminder"))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown note type “%s”"), kind);
      return FALSE;
    }

  if (g_str_equal (kind, "reminder") && pursuit_note_get_due_at (note) == 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A reminder needs a time"));
      return FALSE;
    }

  if (pursuit_note_get_priority (note) < 0 || pursuit_note_get_priority (note) > 3)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The priority must be between 0 and 3"));
      return FALSE;
    }

  if (!find_row_job_id (self, "SELECT job_id FROM notes WHERE id = ?",
                        pursuit_note_get_id (note), &job_id))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no note with id %lld"), (long long)pursuit_note_get_id (note));
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE notes SET kind = ?, body = ?, tags = ?, priority = ?, due_at = ?, done = ?"
                                 " WHERE id = ?",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, kind);
  _pursuit_bind_text (stmt, 2, body);
  _pursuit_bind_text (stmt, 3, tags);
  sqlite3_bind_int (stmt, 4, pursuit_note_get_priority (note));
  _pursuit_bind_optional_int64 (stmt, 5, pursuit_note_get_due_at (note));
  sqlite3_bind_int (stmt, 6, pursuit_note_get_done (note));
  sqlite3_bind_int64 (stmt, 7, pursuit_note_get_id (note));

  pursuit_note_set_job_id (note, job_id);
  pursuit_note_set_kind (note, kind);
  pursuit_note_set_body (note, body);
  pursuit_note_set_tags (note, tags);

  return change_row (self, stmt, PENDING_NOTES_CHANGED, job_id, error);
}

/**
 * pursuit_store_remove_note:
 * @self: a store
 * @note_id: the note
 * @error: a location for a #GError
 *
 * Emits #PursuitStore::notes-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_remove_note (PursuitStore  *self,
                           gint64         note_id,
                           GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 job_id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!find_row_job_id (self, "SELECT job_id FROM notes WHERE id = ?",
                        note_id, &job_id))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no note with id %lld"), (long long)note_id);
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "DELETE FROM notes WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, note_id);
  return change_row (self, stmt, PENDING_NOTES_CHANGED, job_id, error);
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
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, namespace_);
  _pursuit_bind_text (stmt, 2, key);
  _pursuit_bind_text (stmt, 3, value);
  sqlite3_bind_int64 (stmt, 4, _pursuit_store_now (self) + MAX (1, ttl / G_USEC_PER_SEC));

  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

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
