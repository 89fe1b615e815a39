/* pursuit-store-accounts.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: online accounts whose calendars Pursuit keeps
 * in step. Their secrets are in the Secret Service, never in these rows. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-store-private.h"

#define ACCOUNT_COLUMNS \
  "id, kind, label, server_url, username, calendar_id, calendar_name, sync_token," \
  " secret_key, scopes, enabled, sync_follow_ups, invite_interviewer, needs_sign_in," \
  " last_sync_at, last_error, created_at, mail_enabled, mail_history_id, mail_synced_at," \
  " mail_last_error"

#define MAX_LABEL_LENGTH 320
#define MAX_FIELD_LENGTH 4096

static PursuitAccount *
account_from_row (sqlite3_stmt *stmt)
{
  PursuitAccount *account = pursuit_account_new ();

  pursuit_account_set_id (account, sqlite3_column_int64 (stmt, 0));
  pursuit_account_set_kind (account, _pursuit_column_text (stmt, 1));
  pursuit_account_set_label (account, _pursuit_column_text (stmt, 2));
  pursuit_account_set_server_url (account, _pursuit_column_text (stmt, 3));
  pursuit_account_set_username (account, _pursuit_column_text (stmt, 4));
  pursuit_account_set_calendar_id (account, _pursuit_column_text (stmt, 5));
  pursuit_account_set_calendar_name (account, _pursuit_column_text (stmt, 6));
  pursuit_account_set_sync_token (account, _pursuit_column_text (stmt, 7));
  pursuit_account_set_secret_key (account, _pursuit_column_text (stmt, 8));
  pursuit_account_set_scopes (account, _pursuit_column_text (stmt, 9));
  pursuit_account_set_enabled (account, sqlite3_column_int (stmt, 10) != 0);
  pursuit_account_set_sync_follow_ups (account, sqlite3_column_int (stmt, 11) != 0);
  pursuit_account_set_invite_interviewer (account, sqlite3_column_int (stmt, 12) != 0);
  pursuit_account_set_needs_sign_in (account, sqlite3_column_int (stmt, 13) != 0);
  pursuit_account_set_last_sync_at (account, sqlite3_column_int64 (stmt, 14));
  pursuit_account_set_last_error (account, _pursuit_column_text (stmt, 15));
  pursuit_account_set_created_at (account, sqlite3_column_int64 (stmt, 16));
  pursuit_account_set_mail_enabled (account, sqlite3_column_int (stmt, 17) != 0);
  pursuit_account_set_mail_history_id (account, _pursuit_column_text (stmt, 18));
  pursuit_account_set_mail_synced_at (account, sqlite3_column_int64 (stmt, 19));
  pursuit_account_set_mail_last_error (account, _pursuit_column_text (stmt, 20));

  return account;
}

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID, message);
  return FALSE;
}

/* Text that ends up in rows, labels and requests: UTF-8, no control
 * characters (a newline in a user name would split a header), bounded. */
static gboolean
check_field (const char  *text,
             const char  *field,
             gsize        max_length,
             GError     **error)
{
  if (text == NULL)
    return TRUE;

  if (!_pursuit_store_check_text (text, field, error))
    return FALSE;

  if (_pursuit_store_has_control_characters (text))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The %s cannot contain control characters such as line breaks"), field);
      return FALSE;
    }

  if (g_utf8_strlen (text, -1) > (glong)max_length)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The %s can have at most %u characters"), field, (guint)max_length);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_server_url (const char  *url,
                  GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (url == NULL || url[0] == '\0')
    return invalid (error, _("A CalDAV account needs the server’s address"));

  if (!check_field (url, _("server address"), MAX_FIELD_LENGTH, error))
    return FALSE;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0')
    return invalid (error, _("The server’s address must start with https:// or http://"));

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Everything a user or a server can put in an account. */
static gboolean
check_account (PursuitAccount  *account,
               GError         **error)
{
  const char *kind = pursuit_account_get_kind (account);
  const char *label = pursuit_account_get_label (account);

  if (g_strcmp0 (kind, "google") != 0 && g_strcmp0 (kind, "caldav") != 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Unknown kind of account “%s”: it is either google or caldav"),
                   kind != NULL && g_utf8_validate (kind, -1, NULL) ? kind : "");
      return FALSE;
    }

  if (label == NULL || !g_utf8_validate (label, -1, NULL) || is_blank (label))
    return invalid (error, _("An account needs a name"));

  if (!check_field (label, _("account name"), MAX_LABEL_LENGTH, error) ||
      !check_field (pursuit_account_get_username (account), _("user name"), MAX_LABEL_LENGTH, error) ||
      !check_field (pursuit_account_get_calendar_id (account), _("calendar"), MAX_FIELD_LENGTH, error) ||
      !check_field (pursuit_account_get_calendar_name (account), _("calendar name"), MAX_FIELD_LENGTH, error) ||
      !check_field (pursuit_account_get_sync_token (account), _("sync token"), MAX_FIELD_LENGTH, error) ||
      !check_field (pursuit_account_get_scopes (account), _("scopes"), MAX_FIELD_LENGTH, error) ||
      !check_field (pursuit_account_get_mail_history_id (account), _("history id"), MAX_FIELD_LENGTH, error) ||
      !_pursuit_store_check_text (pursuit_account_get_last_error (account), _("error message"), error) ||
      !_pursuit_store_check_text (pursuit_account_get_mail_last_error (account), _("error message"), error))
    return FALSE;

  if (g_str_equal (kind, "caldav"))
    return check_server_url (pursuit_account_get_server_url (account), error);

  return check_field (pursuit_account_get_server_url (account), _("server address"), MAX_FIELD_LENGTH, error);
}

/* The columns an update may change, as bind_editable() binds them from
 * the first parameter on; the kind, secret key and creation time are
 * written once, by pursuit_store_add_account(). */
#define EDITABLE_COLUMNS \
  "label, server_url, username, calendar_id, calendar_name, sync_token, scopes, enabled," \
  " sync_follow_ups, invite_interviewer, needs_sign_in, last_sync_at, last_error," \
  " mail_enabled, mail_history_id, mail_synced_at, mail_last_error"
#define N_EDITABLE_COLUMNS 17

static void
bind_editable (sqlite3_stmt   *stmt,
               PursuitAccount *account)
{
  _pursuit_bind_text (stmt, 1, pursuit_account_get_label (account));
  _pursuit_bind_text (stmt, 2, pursuit_account_get_server_url (account));
  _pursuit_bind_text (stmt, 3, pursuit_account_get_username (account));
  _pursuit_bind_text (stmt, 4, pursuit_account_get_calendar_id (account));
  _pursuit_bind_text (stmt, 5, pursuit_account_get_calendar_name (account));
  _pursuit_bind_text (stmt, 6, pursuit_account_get_sync_token (account));
  _pursuit_bind_text (stmt, 7, pursuit_account_get_scopes (account));
  sqlite3_bind_int (stmt, 8, pursuit_account_get_enabled (account));
  sqlite3_bind_int (stmt, 9, pursuit_account_get_sync_follow_ups (account));
  sqlite3_bind_int (stmt, 10, pursuit_account_get_invite_interviewer (account));
  sqlite3_bind_int (stmt, 11, pursuit_account_get_needs_sign_in (account));
  sqlite3_bind_int64 (stmt, 12, pursuit_account_get_last_sync_at (account));
  _pursuit_bind_text (stmt, 13, pursuit_account_get_last_error (account));
  sqlite3_bind_int (stmt, 14, pursuit_account_get_mail_enabled (account));
  _pursuit_bind_text (stmt, 15, pursuit_account_get_mail_history_id (account));
  sqlite3_bind_int64 (stmt, 16, pursuit_account_get_mail_synced_at (account));
  _pursuit_bind_text (stmt, 17, pursuit_account_get_mail_last_error (account));
}

static gboolean
account_exists (PursuitStore  *self,
                gint64         account_id,
                GError       **error)
{
  sqlite3_stmt *stmt;
  gboolean exists;

  stmt = _pursuit_store_prepare (self, "SELECT 1 FROM accounts WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, account_id);
  exists = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  if (!exists)
    g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                 _("There is no account with id %lld"), (long long)account_id);

  return exists;
}

gboolean
_pursuit_store_account_exists (PursuitStore  *self,
                               gint64         account_id,
                               GError       **error)
{
  return account_exists (self, account_id, error);
}

/**
 * pursuit_store_add_account:
 * @self: a store
 * @account: the account; its id and created-at are set
 * @error: a location for a #GError
 *
 * Adds an account, with a new random secret-key unless it has one. An
 * enabled account with a calendar gets a push queued for every scheduled
 * interview to come. Emits #PursuitStore::accounts-changed.
 *
 * Returns: the id of the account, or 0 with @error set
 */
gint64
pursuit_store_add_account (PursuitStore    *self,
                           PursuitAccount  *account,
                           GError         **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (account), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!check_account (account, error))
    return 0;

  if (pursuit_account_get_secret_key (account) == NULL || pursuit_account_get_secret_key (account)[0] == '\0')
    {
      g_autofree char *key = pursuit_account_new_secret_key ();

      pursuit_account_set_secret_key (account, key);
    }
  else if (!check_field (pursuit_account_get_secret_key (account), _("secret key"), 256, error))
    return 0;

  if (pursuit_account_get_created_at (account) == 0)
    pursuit_account_set_created_at (account, _pursuit_store_now (self));

  if (!_pursuit_store_write_begin (self, error))
    return 0;

  stmt = _pursuit_store_prepare (self,
                                 "INSERT INTO accounts (" EDITABLE_COLUMNS ", kind, secret_key, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  bind_editable (stmt, account);
  _pursuit_bind_text (stmt, N_EDITABLE_COLUMNS + 1, pursuit_account_get_kind (account));
  _pursuit_bind_text (stmt, N_EDITABLE_COLUMNS + 2, pursuit_account_get_secret_key (account));
  sqlite3_bind_int64 (stmt, N_EDITABLE_COLUMNS + 3, pursuit_account_get_created_at (account));

  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  id = sqlite3_last_insert_rowid (_pursuit_store_get_db (self));
  pursuit_account_set_id (account, id);

  if (!_pursuit_store_queue_account_pushes (self, id, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_ACCOUNTS_CHANGED, NULL, 0, NULL, NULL);
  if (!_pursuit_store_write_end (self, error))
    return 0;

  return id;
}

/**
 * pursuit_store_get_account:
 *
 * Returns: (transfer full): the account, or %NULL with @error set
 */
PursuitAccount *
pursuit_store_get_account (PursuitStore  *self,
                           gint64         account_id,
                           GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _pursuit_store_find_by_id (self, "SELECT " ACCOUNT_COLUMNS " FROM accounts WHERE id = ?",
                                    account_id, (PursuitStoreRowReader) account_from_row,
                                    "reading an account", error,
                                    _("There is no account with id %lld"), (long long)account_id);
}

/**
 * pursuit_store_list_accounts:
 *
 * Returns: (transfer full) (element-type PursuitAccount): every account,
 *   oldest first, or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_accounts (PursuitStore  *self,
                             GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _pursuit_store_prepare (self, "SELECT " ACCOUNT_COLUMNS " FROM accounts ORDER BY created_at, id", error);
  if (stmt == NULL)
    return NULL;

  return _pursuit_store_read_rows (self, stmt, (PursuitStoreRowReader) account_from_row,
                                   "reading accounts", error);
}

/* What turning a setting on or off asks of the calendar: the events it
 * now wants, or the deletion of those it no longer does. */
static gboolean
queue_setting_pushes (PursuitStore    *self,
                      PursuitAccount  *old,
                      PursuitAccount  *account,
                      GError         **error)
{
  gint64 id = pursuit_account_get_id (account);

  if (pursuit_account_get_enabled (account) && !pursuit_account_get_enabled (old) &&
      !_pursuit_store_queue_account_pushes (self, id, error))
    return FALSE;

  if (pursuit_account_get_sync_follow_ups (account) != pursuit_account_get_sync_follow_ups (old) &&
      !_pursuit_store_queue_account_follow_up_pushes (self, id, error))
    return FALSE;

  /* Attendees are part of every event. */
  if (pursuit_account_get_invite_interviewer (account) != pursuit_account_get_invite_interviewer (old) &&
      !_pursuit_store_queue_account_pushes (self, id, error))
    return FALSE;

  return TRUE;
}

/**
 * pursuit_store_update_account:
 * @self: a store
 * @account: the account, with its id
 * @error: a location for a #GError
 *
 * Saves everything but id, kind, secret-key and created-at. Turning the
 * account on, or changing whether follow-ups or the interviewer go to the
 * calendar, queues the pushes that follow. Emits
 * #PursuitStore::accounts-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_update_account (PursuitStore    *self,
                              PursuitAccount  *account,
                              GError         **error)
{
  g_autoptr(PursuitAccount) old = NULL;
  g_autoptr(PursuitAccount) checked = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (account), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  old = pursuit_store_get_account (self, pursuit_account_get_id (account), error);
  if (old == NULL)
    return FALSE;

  /* The fields that do not change are checked as stored. */
  checked = pursuit_account_copy (account);
  pursuit_account_set_kind (checked, pursuit_account_get_kind (old));
  if (!check_account (checked, error))
    return FALSE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE accounts SET (" EDITABLE_COLUMNS ")"
                                 " = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  bind_editable (stmt, account);
  sqlite3_bind_int64 (stmt, N_EDITABLE_COLUMNS + 1, pursuit_account_get_id (account));

  if (!_pursuit_store_step_done (self, stmt, error) ||
      !queue_setting_pushes (self, old, account, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_ACCOUNTS_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_remove_account:
 * @self: a store
 * @account_id: the account
 * @error: a location for a #GError
 *
 * Removes the account with its calendar links and outbox items. Its
 * secrets are the caller's to clear; the events it made stay in its
 * calendar. Its mail messages and their suggestions go with it. Emits
 * #PursuitStore::accounts-changed, #PursuitStore::outbox-changed and
 * #PursuitStore::mail-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_remove_account (PursuitStore  *self,
                              gint64         account_id,
                              GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!account_exists (self, account_id, error))
    return FALSE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "DELETE FROM accounts WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, account_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_ACCOUNTS_CHANGED, NULL, 0, NULL, NULL);
  _pursuit_store_queue_signal (self, PENDING_OUTBOX_CHANGED, NULL, account_id, NULL, NULL);
  /* Its messages and their suggestions went with it. */
  _pursuit_store_queue_signal (self, PENDING_MAIL_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/* Runs @sql with the account id as ?1. */
static gboolean
run_for_account (PursuitStore  *self,
                 const char    *sql,
                 gint64         account_id,
                 GError       **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, account_id);
  return _pursuit_store_step_done (self, stmt, error);
}

/**
 * pursuit_store_set_account_calendar:
 * @self: a store
 * @account_id: the account
 * @calendar_id: (nullable): the calendar, %NULL for none
 * @calendar_name: (nullable): what the user calls it
 * @error: a location for a #GError
 *
 * Chooses the account's calendar. Choosing another one forgets the sync
 * token, the links to events of the one before (those events stay where
 * they are) and the pushes waiting for it, and queues a push of every
 * scheduled interview to come. Emits #PursuitStore::accounts-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_set_account_calendar (PursuitStore  *self,
                                    gint64         account_id,
                                    const char    *calendar_id,
                                    const char    *calendar_name,
                                    GError       **error)
{
  g_autoptr(PursuitAccount) account = NULL;
  sqlite3_stmt *stmt;
  gboolean changed;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (calendar_id != NULL && calendar_id[0] == '\0')
    calendar_id = NULL;

  if (!check_field (calendar_id, _("calendar"), MAX_FIELD_LENGTH, error) ||
      !check_field (calendar_name, _("calendar name"), MAX_FIELD_LENGTH, error))
    return FALSE;

  account = pursuit_store_get_account (self, account_id, error);
  if (account == NULL)
    return FALSE;

  changed = g_strcmp0 (pursuit_account_get_calendar_id (account), calendar_id) != 0;
  if (!changed && g_strcmp0 (pursuit_account_get_calendar_name (account), calendar_name) == 0)
    return TRUE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE accounts SET calendar_id = ?, calendar_name = ? WHERE id = ?",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, calendar_id);
  _pursuit_bind_text (stmt, 2, calendar_name);
  sqlite3_bind_int64 (stmt, 3, account_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  if (changed)
    {
      if (!run_for_account (self, "UPDATE accounts SET sync_token = NULL WHERE id = ?1", account_id, error) ||
          !run_for_account (self, "DELETE FROM calendar_links WHERE account_id = ?1", account_id, error) ||
          !run_for_account (self, "DELETE FROM outbox WHERE account_id = ?1", account_id, error) ||
          !_pursuit_store_queue_account_pushes (self, account_id, error))
        return _pursuit_store_write_fail (self);

      _pursuit_store_queue_signal (self, PENDING_OUTBOX_CHANGED, NULL, account_id, NULL, NULL);
    }

  _pursuit_store_queue_signal (self, PENDING_ACCOUNTS_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_record_account_sync:
 * @self: a store
 * @account_id: the account
 * @sync_token: (nullable): the token for the next incremental sync; %NULL
 *   keeps the stored one, "" clears it
 * @synced_at: when the sync ended
 * @error_message: (nullable): %NULL when it succeeded, else what went
 *   wrong, in plain words
 * @needs_sign_in: whether the server refused the credentials
 * @error: a location for a #GError
 *
 * Remembers how a sync ended. Success sets last-sync-at and clears
 * last-error (and needs-sign-in unless @needs_sign_in); failure sets
 * last-error and keeps last-sync-at. Emits #PursuitStore::accounts-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_record_account_sync (PursuitStore  *self,
                                   gint64         account_id,
                                   const char    *sync_token,
                                   gint64         synced_at,
                                   const char    *error_message,
                                   gboolean       needs_sign_in,
                                   GError       **error)
{
  g_autofree char *message = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_field (sync_token, _("sync token"), MAX_FIELD_LENGTH, error) ||
      !account_exists (self, account_id, error))
    return FALSE;

  /* A server's words may be anything: what is kept is valid text. */
  if (error_message != NULL)
    message = g_utf8_make_valid (error_message, -1);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE accounts SET"
                                 " sync_token = CASE WHEN ?1 IS NULL THEN sync_token"
                                 "   WHEN ?1 = '' THEN NULL ELSE ?1 END,"
                                 " last_sync_at = CASE WHEN ?3 IS NULL THEN ?2 ELSE last_sync_at END,"
                                 " last_error = ?3,"
                                 " needs_sign_in = CASE WHEN ?4 THEN 1 WHEN ?3 IS NULL THEN 0"
                                 "   ELSE needs_sign_in END"
                                 " WHERE id = ?5",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, sync_token);
  sqlite3_bind_int64 (stmt, 2, synced_at);
  _pursuit_bind_text (stmt, 3, message);
  sqlite3_bind_int (stmt, 4, needs_sign_in);
  sqlite3_bind_int64 (stmt, 5, account_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_ACCOUNTS_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}
