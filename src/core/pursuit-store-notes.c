/* pursuit-store-notes.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: a job's notes (adding, ticking off, tagging,
 * editing and removing them). */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-store-private.h"

static char *normalize_note_tags (const char  *tags,
                                  GError     **error);

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

  stmt = _pursuit_store_begin_insert (self, pursuit_note_get_job_id (note), TRUE,
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

  return _pursuit_store_insert_row (self, stmt, PENDING_NOTE_ADDED, note, pursuit_note_get_job_id (note), error);
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

      if (_pursuit_store_has_control_characters (tag) || g_utf8_strlen (tag, -1) > 64)
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

  if (!_pursuit_store_find_row_job_id (self, "SELECT job_id FROM notes WHERE id = ?",
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

  return _pursuit_store_change_row (self, stmt, PENDING_NOTES_CHANGED, job_id, error);
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

  if (!_pursuit_store_find_row_job_id (self, "SELECT job_id FROM notes WHERE id = ?",
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
  return _pursuit_store_change_row (self, stmt, PENDING_NOTES_CHANGED, job_id, error);
}
