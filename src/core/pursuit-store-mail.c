/* pursuit-store-mail.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: mail messages read from Gmail (or a file), the
 * threads they make, and each account's mail sync state. Only headers,
 * Gmail's snippet and what the classifier and the matcher found are kept,
 * never a message's body. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-store-mail-private.h"

#define MAX_HISTORY_ID_LENGTH 64

void
_pursuit_store_bind_mail_text (sqlite3_stmt *stmt,
                               int           column,
                               const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, column);
  else if (g_utf8_validate (text, -1, NULL))
    sqlite3_bind_text (stmt, column, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_text (stmt, column, g_utf8_make_valid (text, -1), -1, g_free);
}

gboolean
_pursuit_store_mail_run (PursuitStore  *self,
                         const char    *sql,
                         gint64         a,
                         gint64         b,
                         GError       **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  return _pursuit_store_step_done (self, stmt, error);
}

static gint64
query_id (PursuitStore *self,
          const char   *sql,
          gint64        a,
          const char   *b)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;

  _pursuit_bind_optional_int64 (stmt, 1, a);
  _pursuit_bind_text (stmt, 2, b);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id;
}

PursuitMailMessage *
_pursuit_store_mail_message_from_row (sqlite3_stmt *stmt)
{
  PursuitMailMessage *message = pursuit_mail_message_new ();

  pursuit_mail_message_set_id (message, sqlite3_column_int64 (stmt, 0));
  pursuit_mail_message_set_account_id (message, sqlite3_column_int64 (stmt, 1));
  pursuit_mail_message_set_gmail_id (message, _pursuit_column_text (stmt, 2));
  pursuit_mail_message_set_thread_id (message, _pursuit_column_text (stmt, 3));
  pursuit_mail_message_set_message_id (message, _pursuit_column_text (stmt, 4));
  pursuit_mail_message_set_in_reply_to (message, _pursuit_column_text (stmt, 5));
  pursuit_mail_message_set_references (message, _pursuit_column_text (stmt, 6));
  pursuit_mail_message_set_from_name (message, _pursuit_column_text (stmt, 7));
  pursuit_mail_message_set_from_address (message, _pursuit_column_text (stmt, 8));
  pursuit_mail_message_set_reply_to_address (message, _pursuit_column_text (stmt, 9));
  pursuit_mail_message_set_to (message, _pursuit_column_text (stmt, 10));
  pursuit_mail_message_set_subject (message, _pursuit_column_text (stmt, 11));
  pursuit_mail_message_set_snippet (message, _pursuit_column_text (stmt, 12));
  pursuit_mail_message_set_received_at (message, sqlite3_column_int64 (stmt, 13));
  pursuit_mail_message_set_labels (message, _pursuit_column_text (stmt, 14));
  pursuit_mail_message_set_bulk (message, sqlite3_column_int (stmt, 15) != 0);
  pursuit_mail_message_set_outgoing (message, sqlite3_column_int (stmt, 16) != 0);
  pursuit_mail_message_set_category (message, pursuit_mail_category_from_string (_pursuit_column_text (stmt, 17)));
  pursuit_mail_message_set_confidence (message, sqlite3_column_double (stmt, 18));
  pursuit_mail_message_set_classification_reason (message, _pursuit_column_text (stmt, 19));
  pursuit_mail_message_set_company (message, _pursuit_column_text (stmt, 20));
  pursuit_mail_message_set_job_title (message, _pursuit_column_text (stmt, 21));
  pursuit_mail_message_set_job_id (message, sqlite3_column_int64 (stmt, 22));
  pursuit_mail_message_set_match_reason (message, _pursuit_column_text (stmt, 23));

  return message;
}

char *
_pursuit_store_get_mail_address (PursuitStore *self,
                                 gint64        account_id)
{
  sqlite3_stmt *stmt;
  char *address = NULL;

  if (account_id == 0)
    return NULL;

  /* A Google account is labelled with its address unless the user named
   * it; the user name, when there is one, is the address. */
  stmt = _pursuit_store_prepare (self,
                                 "SELECT CASE WHEN instr (coalesce (username, ''), '@') > 0 THEN username"
                                 " ELSE label END FROM accounts WHERE id = ?",
                                 NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    address = g_strdup (_pursuit_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return address;
}

gboolean
_pursuit_store_record_mail_received (PursuitStore  *self,
                                     gint64         message_id,
                                     gint64         job_id,
                                     GError       **error)
{
  g_autofree char *subject = NULL;
  g_autofree char *thread_id = NULL;
  g_autofree char *address = NULL;
  g_autofree char *url = NULL;
  sqlite3_stmt *stmt;
  gint64 account_id = 0;
  gboolean recorded = TRUE;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT subject, thread_id, coalesce (account_id, 0),"
                                 " received_job_id IS ?2 OR outgoing"
                                 " FROM mail_messages WHERE id = ?1",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, message_id);
  sqlite3_bind_int64 (stmt, 2, job_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      subject = g_strdup (_pursuit_column_text (stmt, 0));
      thread_id = g_strdup (_pursuit_column_text (stmt, 1));
      account_id = sqlite3_column_int64 (stmt, 2);
      recorded = sqlite3_column_int (stmt, 3) != 0;
    }
  sqlite3_reset (stmt);

  if (recorded || job_id == 0)
    return TRUE;

  address = _pursuit_store_get_mail_address (self, account_id);
  url = pursuit_mail_web_url (address, thread_id);

  return _pursuit_store_add_event_full (self, job_id, "email-received", NULL, NULL,
                                        subject != NULL ? subject : "", url, 0, error) &&
         _pursuit_store_mail_run (self, "UPDATE mail_messages SET received_job_id = ?2 WHERE id = ?1",
                                  message_id, job_id, error) &&
         _pursuit_store_touch_job (self, job_id, error);
}

static gint64
find_stored_message (PursuitStore       *self,
                     PursuitMailMessage *message)
{
  gint64 account_id = pursuit_mail_message_get_account_id (message);
  const char *gmail_id = pursuit_mail_message_get_gmail_id (message);
  const char *message_id = pursuit_mail_message_get_message_id (message);

  if (account_id != 0 && gmail_id != NULL)
    return query_id (self, "SELECT id FROM mail_messages WHERE account_id = ?1 AND gmail_id = ?2",
                     account_id, gmail_id);

  if (account_id == 0 && message_id != NULL)
    return query_id (self, "SELECT id FROM mail_messages WHERE account_id IS ?1 AND message_id = ?2",
                     0, message_id);

  return 0;
}

/* What the classifier and the matcher say (labels, category, confidence,
 * reason, company, job title, job, match reason): eight parameters from
 * @first, in this order, written alike on insert and on update. */
static void
bind_classification (sqlite3_stmt       *stmt,
                     int                 first,
                     PursuitMailMessage *message)
{
  _pursuit_store_bind_mail_text (stmt, first, pursuit_mail_message_get_labels (message));
  _pursuit_bind_text (stmt, first + 1, pursuit_mail_category_to_string (pursuit_mail_message_get_category (message)));
  sqlite3_bind_double (stmt, first + 2, pursuit_mail_message_get_confidence (message));
  _pursuit_store_bind_mail_text (stmt, first + 3, pursuit_mail_message_get_classification_reason (message));
  _pursuit_store_bind_mail_text (stmt, first + 4, pursuit_mail_message_get_company (message));
  _pursuit_store_bind_mail_text (stmt, first + 5, pursuit_mail_message_get_job_title (message));
  _pursuit_bind_optional_int64 (stmt, first + 6, pursuit_mail_message_get_job_id (message));
  _pursuit_store_bind_mail_text (stmt, first + 7, pursuit_mail_message_get_match_reason (message));
}

static gboolean
update_message (PursuitStore        *self,
                gint64               id,
                PursuitMailMessage  *message,
                GError             **error)
{
  sqlite3_stmt *stmt;

  /* A match found before (or made by accepting a suggestion) is kept
   * when the matcher finds nothing this time. */
  stmt = _pursuit_store_prepare (self,
                                 "UPDATE mail_messages SET labels = ?2, category = ?3, confidence = ?4,"
                                 " classification_reason = ?5, company = ?6, job_title = ?7,"
                                 " job_id = coalesce (?8, job_id),"
                                 " match_reason = CASE WHEN ?8 IS NULL THEN match_reason ELSE ?9 END,"
                                 " thread_id = coalesce (?10, thread_id)"
                                 " WHERE id = ?1",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  bind_classification (stmt, 2, message);
  _pursuit_store_bind_mail_text (stmt, 10, pursuit_mail_message_get_thread_id (message));
  if (!_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  /* The row decides: the caller's message now says what is stored. */
  stmt = _pursuit_store_prepare (self, "SELECT coalesce (job_id, 0) FROM mail_messages WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    pursuit_mail_message_set_job_id (message, sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);

  return TRUE;
}

static gint64
insert_message (PursuitStore        *self,
                PursuitMailMessage  *message,
                GError             **error)
{
  sqlite3_stmt *stmt;

  stmt = _pursuit_store_prepare (self,
                                 "INSERT INTO mail_messages (account_id, gmail_id, thread_id, message_id,"
                                 " in_reply_to, reference_ids, from_name, from_address, reply_to_address,"
                                 " to_addresses, subject, snippet, received_at, bulk, outgoing, labels,"
                                 " category, confidence, classification_reason, company, job_title, job_id,"
                                 " match_reason, created_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return 0;

  _pursuit_bind_optional_int64 (stmt, 1, pursuit_mail_message_get_account_id (message));
  _pursuit_store_bind_mail_text (stmt, 2, pursuit_mail_message_get_gmail_id (message));
  _pursuit_store_bind_mail_text (stmt, 3, pursuit_mail_message_get_thread_id (message));
  _pursuit_store_bind_mail_text (stmt, 4, pursuit_mail_message_get_message_id (message));
  _pursuit_store_bind_mail_text (stmt, 5, pursuit_mail_message_get_in_reply_to (message));
  _pursuit_store_bind_mail_text (stmt, 6, pursuit_mail_message_get_references (message));
  _pursuit_store_bind_mail_text (stmt, 7, pursuit_mail_message_get_from_name (message));
  _pursuit_store_bind_mail_text (stmt, 8, pursuit_mail_message_get_from_address (message));
  _pursuit_store_bind_mail_text (stmt, 9, pursuit_mail_message_get_reply_to_address (message));
  _pursuit_store_bind_mail_text (stmt, 10, pursuit_mail_message_get_to (message));
  _pursuit_store_bind_mail_text (stmt, 11, pursuit_mail_message_get_subject (message));
  _pursuit_store_bind_mail_text (stmt, 12, pursuit_mail_message_get_snippet (message));
  sqlite3_bind_int64 (stmt, 13, pursuit_mail_message_get_received_at (message));
  sqlite3_bind_int (stmt, 14, pursuit_mail_message_get_bulk (message));
  sqlite3_bind_int (stmt, 15, pursuit_mail_message_get_outgoing (message));
  bind_classification (stmt, 16, message);
  sqlite3_bind_int64 (stmt, 24, _pursuit_store_now (self));

  if (!_pursuit_store_step_done (self, stmt, error))
    return 0;

  return sqlite3_last_insert_rowid (_pursuit_store_get_db (self));
}

gboolean
_pursuit_store_write_mail_message (PursuitStore        *self,
                                   PursuitMailMessage  *message,
                                   gboolean            *out_new,
                                   GError             **error)
{
  gint64 job_id = pursuit_mail_message_get_job_id (message);
  gint64 id;

  /* A job removed while the mail was read is no match any more. */
  if (job_id != 0 && !_pursuit_store_job_exists (self, job_id, NULL))
    {
      pursuit_mail_message_set_job_id (message, 0);
      pursuit_mail_message_set_match_reason (message, NULL);
    }

  id = find_stored_message (self, message);
  *out_new = id == 0;

  if (id != 0)
    {
      if (!update_message (self, id, message, error))
        return FALSE;
    }
  else if ((id = insert_message (self, message, error)) == 0)
    return FALSE;

  pursuit_mail_message_set_id (message, id);

  return _pursuit_store_record_mail_received (self, id, pursuit_mail_message_get_job_id (message), error);
}

static gboolean
has_suggestion (PursuitStore *self,
                gint64        message_id)
{
  return query_id (self, "SELECT id FROM mail_suggestions WHERE message_id = ?1",
                   message_id, NULL) != 0;
}

static gboolean
insert_suggestion (PursuitStore           *self,
                   PursuitMailMessage     *message,
                   PursuitMailSuggestion  *suggestion,
                   GError                **error)
{
  const char *state = pursuit_mail_suggestion_get_state (suggestion);
  gint64 job_id = pursuit_mail_suggestion_get_job_id (suggestion);
  sqlite3_stmt *stmt;

  if (job_id != 0 && !_pursuit_store_job_exists (self, job_id, NULL))
    return TRUE;

  if (pursuit_mail_suggestion_get_created_at (suggestion) == 0)
    pursuit_mail_suggestion_set_created_at (suggestion, _pursuit_store_now (self));

  stmt = _pursuit_store_prepare (self,
                                 "INSERT INTO mail_suggestions (message_id, job_id, category, confidence, action,"
                                 " target_stage, company, title, interview_starts_at, interview_minutes,"
                                 " interview_location, interview_kind, state, created_at, resolved_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, pursuit_mail_message_get_id (message));
  _pursuit_bind_optional_int64 (stmt, 2, job_id);
  _pursuit_bind_text (stmt, 3, pursuit_mail_category_to_string (pursuit_mail_suggestion_get_category (suggestion)));
  sqlite3_bind_double (stmt, 4, pursuit_mail_suggestion_get_confidence (suggestion));
  _pursuit_bind_text (stmt, 5, pursuit_suggestion_action_to_string (pursuit_mail_suggestion_get_action (suggestion)));
  _pursuit_store_bind_mail_text (stmt, 6, pursuit_mail_suggestion_get_target_stage (suggestion));
  _pursuit_store_bind_mail_text (stmt, 7, pursuit_mail_suggestion_get_company (suggestion));
  _pursuit_store_bind_mail_text (stmt, 8, pursuit_mail_suggestion_get_title (suggestion));
  sqlite3_bind_int64 (stmt, 9, pursuit_mail_suggestion_get_interview_starts_at (suggestion));
  sqlite3_bind_int (stmt, 10, pursuit_mail_suggestion_get_interview_minutes (suggestion));
  _pursuit_store_bind_mail_text (stmt, 11, pursuit_mail_suggestion_get_interview_location (suggestion));
  _pursuit_store_bind_mail_text (stmt, 12, pursuit_mail_suggestion_get_interview_kind (suggestion));
  _pursuit_bind_text (stmt, 13, state != NULL ? state : PURSUIT_SUGGESTION_PENDING);
  sqlite3_bind_int64 (stmt, 14, pursuit_mail_suggestion_get_created_at (suggestion));
  sqlite3_bind_int64 (stmt, 15, pursuit_mail_suggestion_get_resolved_at (suggestion));
  if (!_pursuit_store_step_done (self, stmt, error))
    return FALSE;

  pursuit_mail_suggestion_set_id (suggestion, sqlite3_last_insert_rowid (_pursuit_store_get_db (self)));
  pursuit_mail_suggestion_set_message_id (suggestion, pursuit_mail_message_get_id (message));
  return TRUE;
}

/**
 * pursuit_store_save_mail:
 * @self: a store
 * @account_id: the account the messages came from, 0 for files
 * @messages: (element-type PursuitMailMessage): the messages
 * @suggestions: (nullable) (element-type PursuitMailSuggestion): for each
 *   message, its suggestion or %NULL
 * @error: a location for a #GError
 *
 * Saves the messages and their suggestions in one transaction. A message
 * stored already is updated and keeps its id and its suggestion: the new
 * suggestion for it is not saved and keeps id 0, so a caller knows which
 * suggestions are new. Emits #PursuitStore::mail-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_save_mail (PursuitStore  *self,
                         gint64         account_id,
                         GPtrArray     *messages,
                         GPtrArray     *suggestions,
                         GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (messages != NULL, FALSE);
  g_return_val_if_fail (suggestions == NULL || suggestions->len == messages->len, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (account_id != 0 && !_pursuit_store_account_exists (self, account_id, error))
    return FALSE;

  if (messages->len == 0)
    return TRUE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < messages->len; i++)
    {
      PursuitMailMessage *message = g_ptr_array_index (messages, i);
      PursuitMailSuggestion *suggestion = suggestions != NULL ? g_ptr_array_index (suggestions, i) : NULL;
      gboolean is_new;

      g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (message), _pursuit_store_write_fail (self));

      pursuit_mail_message_set_account_id (message, account_id);
      if (!_pursuit_store_write_mail_message (self, message, &is_new, error))
        return _pursuit_store_write_fail (self);

      if (suggestion != NULL && !has_suggestion (self, pursuit_mail_message_get_id (message)) &&
          !insert_suggestion (self, message, suggestion, error))
        return _pursuit_store_write_fail (self);
    }

  _pursuit_store_queue_signal (self, PENDING_MAIL_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_list_mail_gmail_ids:
 *
 * Returns: (transfer full) (element-type utf8 utf8): the Gmail ids of the
 *   account's stored messages, as a set
 */
GHashTable *
pursuit_store_list_mail_gmail_ids (PursuitStore *self,
                                   gint64        account_id)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT gmail_id FROM mail_messages WHERE account_id = ? AND gmail_id IS NOT NULL",
                                 NULL);
  if (stmt == NULL)
    return g_steal_pointer (&ids);

  sqlite3_bind_int64 (stmt, 1, account_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (ids, g_strdup (_pursuit_column_text (stmt, 0)));
  sqlite3_reset (stmt);

  return g_steal_pointer (&ids);
}

/**
 * pursuit_store_get_mail_message:
 *
 * Returns: (transfer full): the message, or %NULL with @error set
 */
PursuitMailMessage *
pursuit_store_get_mail_message (PursuitStore  *self,
                                gint64         message_id,
                                GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _pursuit_store_find_by_id (self, "SELECT " PURSUIT_STORE_MAIL_COLUMNS " FROM mail_messages m WHERE m.id = ?",
                                    message_id, (PursuitStoreRowReader) _pursuit_store_mail_message_from_row,
                                    "reading a mail message", error,
                                    _("There is no mail message with id %lld"), (long long)message_id);
}

/**
 * pursuit_store_list_job_mail:
 *
 * Returns: (transfer full) (element-type PursuitMailMessage): the messages
 *   matched to the job, newest first, or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_job_mail (PursuitStore  *self,
                             gint64         job_id,
                             GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT " PURSUIT_STORE_MAIL_COLUMNS " FROM mail_messages m"
                                 " WHERE m.job_id = ? ORDER BY m.received_at DESC, m.id DESC",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, job_id);
  return _pursuit_store_read_rows (self, stmt, (PursuitStoreRowReader) _pursuit_store_mail_message_from_row,
                                   "reading mail", error);
}

/**
 * pursuit_store_find_mail_thread_job:
 * @self: a store
 * @account_id: the account, 0 for messages of no account
 * @thread_id: (nullable): Gmail's thread id
 * @references: (nullable): the References (or In-Reply-To) header
 *
 * Returns: the job another message of the thread is matched to, or that
 *   of a message @references names (the last named first); 0 for none
 */
gint64
pursuit_store_find_mail_thread_job (PursuitStore *self,
                                    gint64        account_id,
                                    const char   *thread_id,
                                    const char   *references)
{
  g_auto(GStrv) ids = NULL;
  gint64 job_id = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);

  if (thread_id != NULL && thread_id[0] != '\0')
    job_id = query_id (self,
                       "SELECT job_id FROM mail_messages WHERE account_id IS ?1 AND thread_id = ?2"
                       " AND job_id IS NOT NULL ORDER BY received_at DESC, id DESC LIMIT 1",
                       account_id, thread_id);

  if (job_id != 0 || references == NULL)
    return job_id;

  ids = g_strsplit_set (references, " \t\r\n,", -1);
  for (guint i = g_strv_length (ids); i > 0 && job_id == 0; i--)
    if (ids[i - 1][0] == '<')
      job_id = query_id (self,
                         "SELECT job_id FROM mail_messages WHERE message_id = ?2 AND job_id IS NOT NULL"
                         " ORDER BY received_at DESC, id DESC LIMIT 1",
                         0, ids[i - 1]);

  return job_id;
}

/**
 * pursuit_store_get_job_reply_target:
 * @self: a store
 * @job_id: the job
 * @account_id: the account that will send
 *
 * The message a follow-up of the job answers: the newest incoming one of
 * the account matched to the job with a thread and a Message-ID, else the
 * newest one sent (a second follow-up goes on in the thread of the first).
 *
 * Returns: (transfer full) (nullable): the message, %NULL for a new thread
 */
PursuitMailMessage *
pursuit_store_get_job_reply_target (PursuitStore *self,
                                    gint64        job_id,
                                    gint64        account_id)
{
  PursuitMailMessage *message = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT " PURSUIT_STORE_MAIL_COLUMNS " FROM mail_messages m"
                                 " WHERE m.job_id = ?1 AND m.account_id = ?2"
                                 " AND m.thread_id IS NOT NULL AND m.message_id IS NOT NULL"
                                 " ORDER BY m.outgoing, m.received_at DESC, m.id DESC LIMIT 1",
                                 NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, job_id);
  sqlite3_bind_int64 (stmt, 2, account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    message = _pursuit_store_mail_message_from_row (stmt);
  sqlite3_reset (stmt);

  return message;
}

/**
 * pursuit_store_record_mail_sync:
 * @self: a store
 * @account_id: the account
 * @history_id: (nullable): Gmail's history id to go on from; %NULL clears
 *   it, so the next sync is a full one
 * @synced_at: when the sync ended
 * @error_message: (nullable): %NULL for success, else why it failed
 * @error: a location for a #GError
 *
 * Remembers how a mail sync ended: success sets mail-synced-at and clears
 * mail-last-error, failure sets mail-last-error. Emits
 * #PursuitStore::accounts-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_record_mail_sync (PursuitStore  *self,
                                gint64         account_id,
                                const char    *history_id,
                                gint64         synced_at,
                                const char    *error_message,
                                GError       **error)
{
  g_autofree char *message = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (history_id != NULL &&
      (!g_utf8_validate (history_id, -1, NULL) || strlen (history_id) > MAX_HISTORY_ID_LENGTH ||
       _pursuit_store_has_control_characters (history_id)))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The Gmail history id is not valid"));
      return FALSE;
    }

  if (!_pursuit_store_account_exists (self, account_id, error))
    return FALSE;

  /* A server's words may be anything: what is kept is valid text. */
  if (error_message != NULL)
    message = g_utf8_make_valid (error_message, -1);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE accounts SET mail_history_id = ?1,"
                                 " mail_synced_at = CASE WHEN ?3 IS NULL THEN ?2 ELSE mail_synced_at END,"
                                 " mail_last_error = ?3"
                                 " WHERE id = ?4",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, history_id != NULL && history_id[0] != '\0' ? history_id : NULL);
  sqlite3_bind_int64 (stmt, 2, synced_at);
  _pursuit_bind_text (stmt, 3, message);
  sqlite3_bind_int64 (stmt, 4, account_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_ACCOUNTS_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_set_account_mail_enabled:
 * @self: a store
 * @account_id: a Google account
 * @enabled: whether Gmail is on
 * @scopes: (nullable): the scopes granted now; %NULL keeps the stored ones
 * @error: a location for a #GError
 *
 * Turns Gmail on or off; off forgets the history id, so turning it on
 * again starts with a full sync. Emits #PursuitStore::accounts-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_set_account_mail_enabled (PursuitStore  *self,
                                        gint64         account_id,
                                        gboolean       enabled,
                                        const char    *scopes,
                                        GError       **error)
{
  g_autoptr(PursuitAccount) account = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  account = pursuit_store_get_account (self, account_id, error);
  if (account == NULL)
    return FALSE;

  if (g_strcmp0 (pursuit_account_get_kind (account), "google") != 0)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("Only a Google account can read and send Gmail"));
      return FALSE;
    }

  if (scopes != NULL &&
      (!g_utf8_validate (scopes, -1, NULL) || _pursuit_store_has_control_characters (scopes)))
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The scopes are not valid text"));
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE accounts SET mail_enabled = ?1, scopes = coalesce (?2, scopes),"
                                 " mail_history_id = CASE WHEN ?1 THEN mail_history_id ELSE NULL END,"
                                 " mail_last_error = CASE WHEN ?1 THEN mail_last_error ELSE NULL END"
                                 " WHERE id = ?3",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int (stmt, 1, enabled ? 1 : 0);
  _pursuit_bind_text (stmt, 2, scopes);
  sqlite3_bind_int64 (stmt, 3, account_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_ACCOUNTS_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}
