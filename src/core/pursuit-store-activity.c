/* pursuit-store-activity.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: stages, the timeline, the outbox and the
 * cache, and the helpers the files about a job's activity share
 * (pursuit-store-notes.c, pursuit-store-interviews.c,
 * pursuit-store-contacts.c). */

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
gint64
_pursuit_store_insert_row (PursuitStore  *self,
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

sqlite3_stmt *
_pursuit_store_begin_insert (PursuitStore  *self,
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

gboolean
_pursuit_store_has_control_characters (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* Finds the job of the row that @sql (with the row id as its parameter)
 * selects; FALSE when there is no such row. */
gboolean
_pursuit_store_find_row_job_id (PursuitStore *self,
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
gboolean
_pursuit_store_change_row (PursuitStore  *self,
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
                                 "SELECT id, job_id, kind, from_stage, to_stage, detail, created_at, url"
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
      pursuit_timeline_event_set_url (event, _pursuit_column_text (stmt, 7));
      g_ptr_array_add (events, event);
    }
  sqlite3_reset (stmt);

  return g_steal_pointer (&events);
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
                                     "INSERT INTO events (job_id, kind, from_stage, to_stage, detail, created_at, url)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
                                     error);
      if (stmt == NULL)
        goto failed;

      sqlite3_bind_int64 (stmt, 1, job_id);
      _pursuit_bind_text (stmt, 2, pursuit_timeline_event_get_kind (event));
      _pursuit_bind_text (stmt, 3, pursuit_timeline_event_get_from_stage (event));
      _pursuit_bind_text (stmt, 4, pursuit_timeline_event_get_to_stage (event));
      _pursuit_bind_text (stmt, 5, pursuit_timeline_event_get_detail (event));
      sqlite3_bind_int64 (stmt, 6, pursuit_timeline_event_get_created_at (event));
      _pursuit_bind_text (stmt, 7, pursuit_timeline_event_get_url (event));
      if (!_pursuit_store_step_done (self, stmt, error))
        goto failed;
    }

  return _pursuit_store_write_end (self, error);

failed:
  _pursuit_store_write_abort (self);
  return FALSE;
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

  stmt = _pursuit_store_begin_insert (self, 0, FALSE,
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

  return _pursuit_store_insert_row (self, stmt, PENDING_NONE, NULL, 0, error);
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
