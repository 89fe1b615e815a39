/* pursuit-store-cvs.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: CV versions and the profile of the active one.
 * Every change here emits #PursuitStore::profile-changed once per
 * transaction, which re-scores the jobs and drops the cached
 * recommendations. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-store-matching.h"
#include "pursuit-store-private.h"

#define CV_COLUMNS \
  "id, title, file_name, format, text, profile, active, created_at, updated_at"

#define MAX_TITLE_LENGTH 200

static PursuitCv *
cv_from_row (sqlite3_stmt *stmt)
{
  PursuitCv *cv = pursuit_cv_new ();
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  PursuitCvFormat format = PURSUIT_CV_FORMAT_TEXT;

  pursuit_cv_set_id (cv, sqlite3_column_int64 (stmt, 0));
  pursuit_cv_set_title (cv, _pursuit_column_text (stmt, 1));
  pursuit_cv_set_file_name (cv, _pursuit_column_text (stmt, 2));
  if (!pursuit_cv_format_from_string (_pursuit_column_text (stmt, 3), &format))
    format = PURSUIT_CV_FORMAT_TEXT;
  pursuit_cv_set_format (cv, format);
  pursuit_cv_set_text (cv, _pursuit_column_text (stmt, 4));

  /* Only the store writes this column, but a restored backup may carry
   * anything: an unreadable profile reads as an empty one. */
  profile = pursuit_profile_new_from_json (_pursuit_column_text (stmt, 5), &error);
  if (profile == NULL)
    {
      g_debug ("CV %lld has an unreadable profile: %s",
               (long long)sqlite3_column_int64 (stmt, 0), error->message);
      profile = pursuit_profile_new ();
    }
  pursuit_cv_set_profile (cv, profile);

  pursuit_cv_set_active (cv, sqlite3_column_int (stmt, 6) != 0);
  pursuit_cv_set_created_at (cv, sqlite3_column_int64 (stmt, 7));
  pursuit_cv_set_updated_at (cv, sqlite3_column_int64 (stmt, 8));

  return cv;
}

static gboolean
check_title (const char  *title,
             GError     **error)
{
  g_autofree char *stripped = NULL;

  if (title != NULL && !_pursuit_store_check_text (title, _("CV title"), error))
    return FALSE;

  stripped = g_strstrip (g_strdup (title != NULL ? title : ""));
  if (stripped[0] == '\0')
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A CV needs a title"));
      return FALSE;
    }

  if (_pursuit_store_has_control_characters (title) ||
      g_utf8_strlen (title, -1) > MAX_TITLE_LENGTH)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A CV’s title is one line of at most %d characters"), MAX_TITLE_LENGTH);
      return FALSE;
    }

  return TRUE;
}

static PursuitCv *
find_active (PursuitStore  *self,
             GError       **error)
{
  sqlite3_stmt *stmt;
  PursuitCv *cv = NULL;
  int rc;

  stmt = _pursuit_store_prepare (self, "SELECT " CV_COLUMNS " FROM cvs WHERE active = 1", error);
  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    cv = cv_from_row (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading the active CV");

  return cv;
}

static gboolean
write_profile (PursuitStore    *self,
               gint64           cv_id,
               PursuitProfile  *profile,
               GError         **error)
{
  g_autofree char *json = pursuit_profile_to_json (profile);
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self, "UPDATE cvs SET profile = ?, updated_at = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, _pursuit_store_now (self));
  sqlite3_bind_int64 (stmt, 3, cv_id);
  return _pursuit_store_step_done (self, stmt, error);
}

/* Makes @cv_id the active CV, inside the caller's write. What the user
 * looks for (salary, places, remote) does not change with another CV:
 * the previous active profile's wishes carry over. */
static gboolean
activate (PursuitStore  *self,
          gint64         cv_id,
          GError       **error)
{
  g_autoptr(PursuitCv) previous = NULL;
  g_autoptr(PursuitCv) next = NULL;
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  previous = find_active (self, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (previous != NULL && pursuit_cv_get_id (previous) == cv_id)
    return TRUE;

  next = pursuit_store_get_cv (self, cv_id, error);
  if (next == NULL)
    return FALSE;

  if (previous != NULL)
    {
      PursuitProfile *profile = pursuit_cv_get_profile (next);

      pursuit_profile_copy_wishes (profile, pursuit_cv_get_profile (previous));
      if (!write_profile (self, cv_id, profile, error))
        return FALSE;
    }

  /* In two steps: the unique index sees each row as it changes. */
  stmt = _pursuit_store_prepare (self, "UPDATE cvs SET active = 0 WHERE active = 1", error);
  if (stmt == NULL || !_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "UPDATE cvs SET active = 1 WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cv_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  _pursuit_store_queue_signal (self, PENDING_PROFILE_CHANGED, NULL, 0, NULL, NULL);
  return TRUE;
}

static gboolean
has_cvs (PursuitStore  *self,
         gboolean      *out_any,
         GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self, "SELECT 1 FROM cvs LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading CVs");

  *out_any = rc == SQLITE_ROW;
  return TRUE;
}

/**
 * pursuit_store_add_cv:
 * @self: a store
 * @cv: the CV; its id, active, created-at and updated-at are set
 * @activate_it: whether it becomes the active CV (the first one always does)
 * @error: a location for a #GError
 *
 * Returns: the CV's id, or 0 with @error set
 */
gint64
pursuit_store_add_cv (PursuitStore  *self,
                      PursuitCv     *cv,
                      gboolean       activate_it,
                      GError       **error)
{
  g_autofree char *profile_json = NULL;
  sqlite3_stmt *stmt;
  gboolean any = FALSE;
  gint64 now;
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_CV (cv), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!check_title (pursuit_cv_get_title (cv), error) ||
      !_pursuit_store_check_text (pursuit_cv_get_file_name (cv), _("file name"), error) ||
      !_pursuit_store_check_text (pursuit_cv_get_text (cv), _("CV text"), error))
    return 0;

  if (pursuit_cv_get_text (cv) == NULL || pursuit_cv_get_profile (cv) == NULL)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A CV needs its text and profile"));
      return 0;
    }

  if (!_pursuit_store_write_begin (self, error))
    return 0;

  if (!has_cvs (self, &any, error))
    return _pursuit_store_write_fail (self);

  now = _pursuit_store_now (self);
  profile_json = pursuit_profile_to_json (pursuit_cv_get_profile (cv));

  stmt = _pursuit_store_prepare (self,
                                 "INSERT INTO cvs (title, file_name, format, text, profile, active,"
                                 " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, pursuit_cv_get_title (cv));
  _pursuit_bind_text (stmt, 2, pursuit_cv_get_file_name (cv));
  _pursuit_bind_text (stmt, 3, pursuit_cv_format_to_string (pursuit_cv_get_format (cv)));
  _pursuit_bind_text (stmt, 4, pursuit_cv_get_text (cv));
  _pursuit_bind_text (stmt, 5, profile_json);
  sqlite3_bind_int64 (stmt, 6, now);
  sqlite3_bind_int64 (stmt, 7, now);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  id = sqlite3_last_insert_rowid (_pursuit_store_get_db (self));

  if ((activate_it || !any) && !activate (self, id, error))
    return _pursuit_store_write_fail (self);

  /* A version kept for later changes the list of CVs, not the profile,
   * but the Profile page lists the versions from the same signal. */
  _pursuit_store_queue_signal (self, PENDING_PROFILE_CHANGED, NULL, 0, NULL, NULL);

  if (!_pursuit_store_write_end (self, error))
    return 0;

  /* The caller's object as it was saved, wishes carried over included. */
  {
    g_autoptr(PursuitCv) saved = pursuit_store_get_cv (self, id, NULL);

    if (saved != NULL)
      {
        pursuit_profile_copy_wishes (pursuit_cv_get_profile (cv), pursuit_cv_get_profile (saved));
        pursuit_cv_set_active (cv, pursuit_cv_get_active (saved));
      }
  }

  pursuit_cv_set_id (cv, id);
  pursuit_cv_set_created_at (cv, now);
  pursuit_cv_set_updated_at (cv, now);

  return id;
}

/**
 * pursuit_store_list_cvs:
 *
 * Returns: (transfer full) (element-type PursuitCv): every CV, newest
 *   first, or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_cvs (PursuitStore  *self,
                        GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT " CV_COLUMNS " FROM cvs ORDER BY created_at DESC, id DESC",
                                 error);
  if (stmt == NULL)
    return NULL;

  return _pursuit_store_read_rows (self, stmt, (PursuitStoreRowReader) cv_from_row,
                                   "reading CVs", error);
}

PursuitCv *
pursuit_store_get_cv (PursuitStore  *self,
                      gint64         cv_id,
                      GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _pursuit_store_find_by_id (self, "SELECT " CV_COLUMNS " FROM cvs WHERE id = ?",
                                    cv_id, (PursuitStoreRowReader) cv_from_row,
                                    "reading a CV", error,
                                    _("There is no CV with id %lld"), (long long)cv_id);
}

PursuitCv *
pursuit_store_get_active_cv (PursuitStore  *self,
                             GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return find_active (self, error);
}

PursuitProfile *
pursuit_store_get_profile (PursuitStore *self)
{
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  cv = find_active (self, &error);
  if (cv == NULL)
    {
      if (error != NULL)
        g_warning ("Could not read the profile: %s", error->message);
      return NULL;
    }

  return pursuit_profile_copy (pursuit_cv_get_profile (cv));
}

gboolean
pursuit_store_set_active_cv (PursuitStore  *self,
                             gint64         cv_id,
                             GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!activate (self, cv_id, error))
    return _pursuit_store_write_fail (self);

  return _pursuit_store_write_end (self, error);
}

gboolean
pursuit_store_update_profile (PursuitStore    *self,
                              PursuitProfile  *profile,
                              GError         **error)
{
  g_autoptr(PursuitCv) active = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  active = find_active (self, &local_error);
  if (active == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                             _("There is no CV yet: import one first"));
      return _pursuit_store_write_fail (self);
    }

  if (!write_profile (self, pursuit_cv_get_id (active), profile, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_PROFILE_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

gboolean
pursuit_store_rename_cv (PursuitStore  *self,
                         gint64         cv_id,
                         const char    *title,
                         GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_title (title, error))
    return FALSE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "UPDATE cvs SET title = ?, updated_at = ? WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_text (stmt, 1, title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, _pursuit_store_now (self));
  sqlite3_bind_int64 (stmt, 3, cv_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  if (sqlite3_changes (_pursuit_store_get_db (self)) == 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no CV with id %lld"), (long long)cv_id);
      return _pursuit_store_write_fail (self);
    }

  _pursuit_store_queue_signal (self, PENDING_PROFILE_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

static gint64
newest_cv_id (PursuitStore  *self,
              GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 id = 0;
  int rc;

  stmt = _pursuit_store_prepare (self, "SELECT id FROM cvs ORDER BY created_at DESC, id DESC LIMIT 1", error);
  if (stmt == NULL)
    return -1;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading CVs");
      return -1;
    }

  return id;
}

gboolean
pursuit_store_remove_cv (PursuitStore  *self,
                         gint64         cv_id,
                         GError       **error)
{
  g_autoptr(PursuitCv) cv = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  cv = pursuit_store_get_cv (self, cv_id, error);
  if (cv == NULL)
    return _pursuit_store_write_fail (self);

  stmt = _pursuit_store_prepare (self, "DELETE FROM cvs WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, cv_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  if (pursuit_cv_get_active (cv))
    {
      gint64 next = newest_cv_id (self, error);

      if (next < 0)
        return _pursuit_store_write_fail (self);

      if (next > 0)
        {
          PursuitProfile *profile;
          g_autoptr(PursuitCv) next_cv = pursuit_store_get_cv (self, next, error);

          if (next_cv == NULL)
            return _pursuit_store_write_fail (self);

          /* The removed CV's wishes stay the user's. */
          profile = pursuit_cv_get_profile (next_cv);
          pursuit_profile_copy_wishes (profile, pursuit_cv_get_profile (cv));
          if (!write_profile (self, next, profile, error))
            return _pursuit_store_write_fail (self);

          stmt = _pursuit_store_prepare (self, "UPDATE cvs SET active = 1 WHERE id = ?", error);
          if (stmt == NULL)
            return _pursuit_store_write_fail (self);
          sqlite3_bind_int64 (stmt, 1, next);
          if (!_pursuit_store_step_done (self, stmt, error))
            return _pursuit_store_write_fail (self);
        }
    }

  _pursuit_store_queue_signal (self, PENDING_PROFILE_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}
