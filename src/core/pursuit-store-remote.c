/* pursuit-store-remote.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: which remote event stands for which interview
 * or follow-up, and the changes made on the calendar's side. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-store-private.h"

#define MAX_REMOTE_LENGTH 4096

static gboolean
check_source (const char  *source,
              GError     **error)
{
  if (g_strcmp0 (source, "interview") == 0 || g_strcmp0 (source, "follow-up") == 0)
    return TRUE;

  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
               _("Only interviews and follow-ups have calendar events, not “%s”"),
               source != NULL && g_utf8_validate (source, -1, NULL) ? source : "");
  return FALSE;
}

/* Remote ids and etags come from servers: text without control
 * characters, of a sane length. */
static gboolean
check_remote_text (const char  *text,
                   const char  *field,
                   GError     **error)
{
  if (text == NULL)
    return TRUE;

  if (!_pursuit_store_check_text (text, field, error))
    return FALSE;

  if (text[0] == '\0' || _pursuit_store_has_control_characters (text) || strlen (text) > MAX_REMOTE_LENGTH)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The calendar server sent an unusable %s"), field);
      return FALSE;
    }

  return TRUE;
}

/* What read_link() expects, before the WHERE clause that picks the link. */
#define LINK_COLUMNS "SELECT source, source_id, remote_id, etag FROM calendar_links"

/* Steps @stmt (a bound LINK_COLUMNS query) to its row, if any, and
 * copies the columns that are asked for; every out is set either way. */
static gboolean
read_link (sqlite3_stmt  *stmt,
           char         **out_source,
           gint64        *out_source_id,
           char         **out_remote_id,
           char         **out_etag)
{
  gboolean found = stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW;

  if (out_source != NULL)
    *out_source = found ? g_strdup (_pursuit_column_text (stmt, 0)) : NULL;
  if (out_source_id != NULL)
    *out_source_id = found ? sqlite3_column_int64 (stmt, 1) : 0;
  if (out_remote_id != NULL)
    *out_remote_id = found ? g_strdup (_pursuit_column_text (stmt, 2)) : NULL;
  if (out_etag != NULL)
    *out_etag = found ? g_strdup (_pursuit_column_text (stmt, 3)) : NULL;
  if (stmt != NULL)
    sqlite3_reset (stmt);

  return found;
}

/**
 * pursuit_store_set_calendar_link:
 * @self: a store
 * @account_id: the account
 * @source: "interview" or "follow-up"
 * @source_id: the local item
 * @remote_id: the event on the account's calendar
 * @etag: (nullable): its etag as last written or seen
 * @error: a location for a #GError
 *
 * Remembers (or replaces) the event of a local item. Another item linked
 * to the same event loses its link.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_set_calendar_link (PursuitStore  *self,
                                 gint64         account_id,
                                 const char    *source,
                                 gint64         source_id,
                                 const char    *remote_id,
                                 const char    *etag,
                                 GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_source (source, error) ||
      !check_remote_text (remote_id, _("event id"), error) ||
      !check_remote_text (etag, _("event version (etag)"), error))
    return FALSE;

  if (remote_id == NULL)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A calendar link needs the event’s id"));
      return FALSE;
    }

  if (!_pursuit_store_account_exists (self, account_id, error) ||
      !_pursuit_store_write_begin (self, error))
    return FALSE;

  /* REPLACE drops the row of either constraint: the item's old link and
   * any other item's link to this event. */
  stmt = _pursuit_store_prepare (self,
                                 "INSERT OR REPLACE INTO calendar_links (account_id, source, source_id, remote_id,"
                                 " etag, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, account_id);
  _pursuit_bind_text (stmt, 2, source);
  sqlite3_bind_int64 (stmt, 3, source_id);
  _pursuit_bind_text (stmt, 4, remote_id);
  _pursuit_bind_text (stmt, 5, etag);
  sqlite3_bind_int64 (stmt, 6, _pursuit_store_now (self));
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_get_calendar_link:
 * @self: a store
 * @account_id: the account
 * @source: "interview" or "follow-up"
 * @source_id: the local item
 * @out_remote_id: (out) (optional) (transfer full): the event's id
 * @out_etag: (out) (optional) (transfer full) (nullable): its etag
 *
 * Returns: %TRUE when the item has an event on the account's calendar
 */
gboolean
pursuit_store_get_calendar_link (PursuitStore  *self,
                                 gint64         account_id,
                                 const char    *source,
                                 gint64         source_id,
                                 char         **out_remote_id,
                                 char         **out_etag)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);

  stmt = _pursuit_store_prepare (self, LINK_COLUMNS " WHERE account_id = ? AND source = ? AND source_id = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, account_id);
      _pursuit_bind_text (stmt, 2, source);
      sqlite3_bind_int64 (stmt, 3, source_id);
    }

  return read_link (stmt, NULL, NULL, out_remote_id, out_etag);
}

/**
 * pursuit_store_find_calendar_link:
 * @self: a store
 * @account_id: the account
 * @remote_id: an event on the account's calendar
 * @out_source: (out) (optional) (transfer full): "interview" or "follow-up"
 * @out_source_id: (out) (optional): the local item (negative when the item
 *   was removed and its event waits to be deleted)
 * @out_etag: (out) (optional) (transfer full) (nullable): the etag
 *
 * Returns: %TRUE when a local item has that event
 */
gboolean
pursuit_store_find_calendar_link (PursuitStore  *self,
                                  gint64         account_id,
                                  const char    *remote_id,
                                  char         **out_source,
                                  gint64        *out_source_id,
                                  char         **out_etag)
{
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);

  if (remote_id != NULL)
    stmt = _pursuit_store_prepare (self, LINK_COLUMNS " WHERE account_id = ? AND remote_id = ?", NULL);
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, account_id);
      _pursuit_bind_text (stmt, 2, remote_id);
    }

  return read_link (stmt, out_source, out_source_id, NULL, out_etag);
}

/**
 * pursuit_store_remove_calendar_link:
 *
 * Forgets the item's event on the account's calendar. No link is no
 * error.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_remove_calendar_link (PursuitStore  *self,
                                    gint64         account_id,
                                    const char    *source,
                                    gint64         source_id,
                                    GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_source (source, error) ||
      !_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "DELETE FROM calendar_links WHERE account_id = ? AND source = ? AND source_id = ?",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, account_id);
  _pursuit_bind_text (stmt, 2, source);
  sqlite3_bind_int64 (stmt, 3, source_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_count_calendar_links:
 *
 * Returns: how many local items have an event on the account's calendar
 */
guint
pursuit_store_count_calendar_links (PursuitStore *self,
                                    gint64        account_id)
{
  sqlite3_stmt *stmt;
  guint count = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);

  stmt = _pursuit_store_prepare (self, "SELECT count (*) FROM calendar_links WHERE account_id = ?", NULL);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return count;
}

static gboolean
check_label (const char  *account_label,
             GError     **error)
{
  if (account_label == NULL || account_label[0] == '\0' || !g_utf8_validate (account_label, -1, NULL))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A change from a calendar needs the account’s name"));
      return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_store_apply_remote_interview_move:
 * @self: a store
 * @interview_id: the interview whose event was moved
 * @starts_at: the event's new start
 * @duration_minutes: its new length
 * @account_id: the account whose calendar it was moved in
 * @account_label: the account's name, for the timeline
 * @error: a location for a #GError
 *
 * Moves the interview as pursuit_store_update_interview() does (reminders
 * armed again, the thank-you moved with it) and records
 * "interview_moved_remotely". The other accounts' calendars get the move;
 * @account_id's does not. Nothing happens when the times are those the
 * interview has.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_apply_remote_interview_move (PursuitStore  *self,
                                           gint64         interview_id,
                                           gint64         starts_at,
                                           int            duration_minutes,
                                           gint64         account_id,
                                           const char    *account_label,
                                           GError       **error)
{
  g_autoptr(PursuitInterview) interview = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_label (account_label, error))
    return FALSE;

  interview = pursuit_store_get_interview (self, interview_id, error);
  if (interview == NULL)
    return FALSE;

  if (pursuit_interview_get_starts_at (interview) == starts_at &&
      pursuit_interview_get_duration_minutes (interview) == duration_minutes)
    return TRUE;

  pursuit_interview_set_starts_at (interview, starts_at);
  pursuit_interview_set_duration_minutes (interview, duration_minutes);

  return _pursuit_store_save_interview (self, interview, account_id, account_label, error);
}

/**
 * pursuit_store_apply_remote_interview_delete:
 * @self: a store
 * @interview_id: the interview whose event was deleted
 * @account_id: the account whose calendar it was deleted from
 * @account_label: the account's name, for the timeline
 * @error: a location for a #GError
 *
 * Cancels the interview as pursuit_store_cancel_interview() does and
 * records "interview_cancelled_remotely". The other accounts' calendars
 * lose the event; @account_id's is not asked again. An interview that is
 * cancelled already stays as it is.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_apply_remote_interview_delete (PursuitStore  *self,
                                             gint64         interview_id,
                                             gint64         account_id,
                                             const char    *account_label,
                                             GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_label (account_label, error))
    return FALSE;

  return _pursuit_store_cancel_interview_full (self, interview_id, account_id, account_label, error);
}
