/* pursuit-store-outbox.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: the outbox of calendar pushes. A push names an
 * account and a local item ("interview" or "follow-up"); the services read
 * the item when they run it, so any number of edits make one push, queued
 * in the same transaction as the edit: a change is never kept without the
 * push that takes it to the calendar, nor the other way round. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-store-private.h"

#define CALENDAR_PUSH "calendar.push"

#define OUTBOX_COLUMNS \
  "id, kind, coalesce (account_id, 0), source, coalesce (source_id, 0), payload, state," \
  " attempts, next_attempt_at, last_error, created_at"

/* Accounts that want a local item on their calendar: enabled, with a
 * calendar chosen, and for follow-ups asking for them. */
#define WANTS_INTERVIEWS "(a.enabled = 1 AND a.calendar_id IS NOT NULL)"
#define WANTS_FOLLOW_UPS "(a.enabled = 1 AND a.calendar_id IS NOT NULL AND a.sync_follow_ups = 1)"

/* Interviews and follow-ups still ahead (a follow-up that fell due today
 * still counts). */
#define INTERVIEW_TO_COME "(i.status = 'scheduled' AND i.starts_at + i.duration_minutes * 60 > ?2)"
#define FOLLOW_UP_TO_COME "(f.status = 'pending' AND f.due_at > ?2 - 86400)"

static PursuitOutboxItem *
item_from_row (sqlite3_stmt *stmt)
{
  PursuitOutboxItem *item = pursuit_outbox_item_new ();

  pursuit_outbox_item_set_id (item, sqlite3_column_int64 (stmt, 0));
  pursuit_outbox_item_set_kind (item, _pursuit_column_text (stmt, 1));
  pursuit_outbox_item_set_account_id (item, sqlite3_column_int64 (stmt, 2));
  pursuit_outbox_item_set_source (item, _pursuit_column_text (stmt, 3));
  pursuit_outbox_item_set_source_id (item, sqlite3_column_int64 (stmt, 4));
  pursuit_outbox_item_set_payload (item, _pursuit_column_text (stmt, 5));
  pursuit_outbox_item_set_state (item, _pursuit_column_text (stmt, 6));
  pursuit_outbox_item_set_attempts (item, sqlite3_column_int (stmt, 7));
  pursuit_outbox_item_set_next_attempt_at (item, sqlite3_column_int64 (stmt, 8));
  pursuit_outbox_item_set_last_error (item, _pursuit_column_text (stmt, 9));
  pursuit_outbox_item_set_created_at (item, sqlite3_column_int64 (stmt, 10));

  return item;
}

/* Queues one push unless one is pending already for the same account and
 * item. Must run inside a write. Returns: the pending item's id, 0 with
 * @error set. */
static gint64
queue_push (PursuitStore  *self,
            gint64         account_id,
            const char    *source,
            gint64         source_id,
            GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 now = _pursuit_store_now (self);
  gint64 id = 0;
  int rc;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT id FROM outbox WHERE account_id = ? AND source = ? AND source_id = ?"
                                 " AND state = 'pending' AND kind = '" CALENDAR_PUSH "'",
                                 error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, account_id);
  _pursuit_bind_text (stmt, 2, source);
  sqlite3_bind_int64 (stmt, 3, source_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading the outbox");
      return 0;
    }

  if (id != 0)
    return id;

  stmt = _pursuit_store_prepare (self,
                                 "INSERT INTO outbox (kind, payload, next_attempt_at, created_at, account_id,"
                                 " source, source_id) VALUES ('" CALENDAR_PUSH "', '{}', ?, ?, ?, ?, ?)",
                                 error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, account_id);
  _pursuit_bind_text (stmt, 4, source);
  sqlite3_bind_int64 (stmt, 5, source_id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return 0;

  _pursuit_store_queue_signal (self, PENDING_OUTBOX_CHANGED, NULL, account_id, NULL, NULL);
  return sqlite3_last_insert_rowid (_pursuit_store_get_db (self));
}

typedef struct
{
  gint64      account_id;
  const char *source;
  gint64      source_id;
} Push;

/* Queues a push for every (account, source, source id) row @sql selects,
 * with @a as ?1 and @b as ?2. The rows are read first: SQLite would
 * otherwise see the rows the inserts add. Must run inside a write. */
static gboolean
queue_selected (PursuitStore  *self,
                const char    *sql,
                gint64         a,
                gint64         b,
                GError       **error)
{
  g_autoptr(GArray) pushes = g_array_new (FALSE, FALSE, sizeof (Push));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *source = _pursuit_column_text (stmt, 1);
      Push push = {
        .account_id = sqlite3_column_int64 (stmt, 0),
        .source = g_strcmp0 (source, "interview") == 0 ? "interview" : "follow-up",
        .source_id = sqlite3_column_int64 (stmt, 2),
      };

      g_array_append_val (pushes, push);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading the outbox");

  for (guint i = 0; i < pushes->len; i++)
    {
      Push *push = &g_array_index (pushes, Push, i);

      if (queue_push (self, push->account_id, push->source, push->source_id, error) == 0)
        return FALSE;
    }

  return TRUE;
}

/* Private API for the other parts of the store. Each runs inside the
 * caller's write. */

/* After an interview was added, changed or cancelled: every account that
 * wants interviews or has its event, except @exclude_account (which made
 * the change itself). */
gboolean
_pursuit_store_queue_interview_pushes (PursuitStore  *self,
                                       gint64         interview_id,
                                       gint64         exclude_account,
                                       GError       **error)
{
  return queue_selected (self,
                         "SELECT a.id, 'interview', ?1 FROM accounts a"
                         " WHERE a.id != ?2 AND (" WANTS_INTERVIEWS " OR EXISTS (SELECT 1 FROM calendar_links l"
                         "   WHERE l.account_id = a.id AND l.source = 'interview' AND l.source_id = ?1))",
                         interview_id, exclude_account, error);
}

/* After any change to a job's follow-ups: the pending ones for accounts
 * that want follow-ups, and those with an event (which may have to go). */
gboolean
_pursuit_store_queue_job_follow_up_pushes (PursuitStore  *self,
                                           gint64         job_id,
                                           GError       **error)
{
  return queue_selected (self,
                         "SELECT a.id, 'follow-up', f.id FROM follow_ups f, accounts a"
                         " WHERE f.job_id = ?1 AND ((f.status = 'pending' AND " WANTS_FOLLOW_UPS ")"
                         "   OR EXISTS (SELECT 1 FROM calendar_links l WHERE l.account_id = a.id"
                         "     AND l.source = 'follow-up' AND l.source_id = f.id))",
                         job_id, 0, error);
}

/* After a job's title, company, stage or posting changed: the events that
 * show them (of interviews still scheduled and follow-ups still pending). */
gboolean
_pursuit_store_queue_job_event_pushes (PursuitStore  *self,
                                       gint64         job_id,
                                       GError       **error)
{
  return queue_selected (self,
                         "SELECT l.account_id, l.source, l.source_id FROM calendar_links l"
                         " WHERE (l.source = 'interview' AND l.source_id IN"
                         "   (SELECT id FROM interviews WHERE job_id = ?1 AND status = 'scheduled'))"
                         " OR (l.source = 'follow-up' AND l.source_id IN"
                         "   (SELECT id FROM follow_ups WHERE job_id = ?1 AND status = 'pending'))",
                         job_id, 0, error);
}

/* Before a job is removed: the events of its interviews and follow-ups
 * are to be deleted. The pushes (and links) take the negated ids when the
 * rows go (see the migration to v5). */
gboolean
_pursuit_store_queue_removed_job_pushes (PursuitStore  *self,
                                         gint64         job_id,
                                         GError       **error)
{
  return queue_selected (self,
                         "SELECT l.account_id, l.source, l.source_id FROM calendar_links l"
                         " WHERE (l.source = 'interview' AND l.source_id IN"
                         "   (SELECT id FROM interviews WHERE job_id = ?1))"
                         " OR (l.source = 'follow-up' AND l.source_id IN"
                         "   (SELECT id FROM follow_ups WHERE job_id = ?1))",
                         job_id, 0, error);
}

/* Everything an account's calendar should show from now on: interviews
 * to come and, if it asks for them, follow-ups to come. Nothing when it
 * is off or has no calendar. */
gboolean
_pursuit_store_queue_account_pushes (PursuitStore  *self,
                                     gint64         account_id,
                                     GError       **error)
{
  return queue_selected (self,
                         "SELECT a.id, 'interview', i.id FROM accounts a, interviews i"
                         " WHERE a.id = ?1 AND " WANTS_INTERVIEWS " AND " INTERVIEW_TO_COME,
                         account_id, _pursuit_store_now (self), error) &&
         _pursuit_store_queue_account_follow_up_pushes (self, account_id, error);
}

/* After sync-follow-ups changed: the follow-ups to come when on, and those
 * with an event in any case (off means they are deleted). */
gboolean
_pursuit_store_queue_account_follow_up_pushes (PursuitStore  *self,
                                               gint64         account_id,
                                               GError       **error)
{
  return queue_selected (self,
                         "SELECT a.id, 'follow-up', f.id FROM accounts a, follow_ups f"
                         " WHERE a.id = ?1 AND " WANTS_FOLLOW_UPS " AND " FOLLOW_UP_TO_COME
                         " UNION SELECT l.account_id, 'follow-up', l.source_id FROM calendar_links l"
                         " WHERE l.account_id = ?1 AND l.source = 'follow-up'",
                         account_id, _pursuit_store_now (self), error);
}

/* A removed item came back with a new id (undoing a job's deletion): its
 * links and pending pushes, which took the negated old id, follow it, so
 * its event is updated rather than deleted and made again. */
gboolean
_pursuit_store_relink_calendar (PursuitStore  *self,
                                const char    *source,
                                gint64         old_id,
                                gint64         new_id,
                                GError       **error)
{
  static const char * const statements[] = {
    /* A push queued for the new id already stands for the old one's. */
    "DELETE FROM outbox WHERE source = ?1 AND source_id = ?2 AND state = 'pending'"
    " AND EXISTS (SELECT 1 FROM outbox o WHERE o.account_id = outbox.account_id"
    "   AND o.source = ?1 AND o.source_id = ?3 AND o.state = 'pending')",
    "UPDATE outbox SET source_id = ?3 WHERE source = ?1 AND source_id = ?2",
    "UPDATE OR REPLACE calendar_links SET source_id = ?3 WHERE source = ?1 AND source_id = ?2",
  };

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt *stmt = _pursuit_store_prepare (self, statements[i], error);

      if (stmt == NULL)
        return FALSE;

      _pursuit_bind_text (stmt, 1, source);
      sqlite3_bind_int64 (stmt, 2, -old_id);
      sqlite3_bind_int64 (stmt, 3, new_id);
      if (!_pursuit_store_step_done (self, stmt, error))
        return FALSE;
    }

  /* Follow-ups queued their pushes when they were added again. */
  if (g_strcmp0 (source, "interview") != 0)
    return TRUE;

  return queue_selected (self,
                         "SELECT a.id, 'interview', i.id FROM accounts a, interviews i"
                         " WHERE i.id = ?1 AND ((" WANTS_INTERVIEWS " AND " INTERVIEW_TO_COME ")"
                         "   OR EXISTS (SELECT 1 FROM calendar_links l WHERE l.account_id = a.id"
                         "     AND l.source = 'interview' AND l.source_id = i.id))",
                         new_id, _pursuit_store_now (self), error);
}

/* After a restore replaced every interview and follow-up: the links and
 * pushes name rows that are gone or are others now. Every account starts
 * again from a full sync and pushes what is to come; events are found
 * again by their uid, so none is made twice. */
gboolean
_pursuit_store_reset_calendar_state (PursuitStore  *self,
                                     GError       **error)
{
  sqlite3 *db = _pursuit_store_get_db (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  if (sqlite3_exec (db,
                    "DELETE FROM calendar_links;"
                    "DELETE FROM outbox WHERE account_id IS NOT NULL;"
                    "UPDATE accounts SET sync_token = NULL;",
                    NULL, NULL, NULL) != SQLITE_OK)
    return _pursuit_store_set_sqlite_error (error, db, "forgetting calendar links");

  stmt = _pursuit_store_prepare (self, "SELECT id FROM accounts", error);
  if (stmt == NULL)
    return FALSE;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);

  for (guint i = 0; i < ids->len; i++)
    {
      if (!_pursuit_store_queue_account_pushes (self, g_array_index (ids, gint64, i), error))
        return FALSE;
      _pursuit_store_queue_signal (self, PENDING_OUTBOX_CHANGED, NULL, g_array_index (ids, gint64, i), NULL, NULL);
    }

  if (ids->len > 0)
    _pursuit_store_queue_signal (self, PENDING_ACCOUNTS_CHANGED, NULL, 0, NULL, NULL);

  return TRUE;
}

/* Public API */

/**
 * pursuit_store_queue_calendar_push:
 * @self: a store
 * @account_id: the account
 * @source: "interview" or "follow-up"
 * @source_id: the item
 * @error: a location for a #GError
 *
 * Asks for the account's calendar to be brought in line with the item,
 * unless that is asked already. Emits #PursuitStore::outbox-changed when
 * it queued one.
 *
 * Returns: the id of the pending item, or 0 with @error set
 */
gint64
pursuit_store_queue_calendar_push (PursuitStore  *self,
                                   gint64         account_id,
                                   const char    *source,
                                   gint64         source_id,
                                   GError       **error)
{
  gint64 id;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (g_strcmp0 (source, "interview") != 0 && g_strcmp0 (source, "follow-up") != 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("Only interviews and follow-ups go to a calendar, not “%s”"),
                   source != NULL && g_utf8_validate (source, -1, NULL) ? source : "");
      return 0;
    }

  if (source_id == 0)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("A calendar push needs the item it is for"));
      return 0;
    }

  if (!_pursuit_store_account_exists (self, account_id, error) ||
      !_pursuit_store_write_begin (self, error))
    return 0;

  id = queue_push (self, account_id, source, source_id, error);
  if (id == 0)
    {
      _pursuit_store_write_abort (self);
      return 0;
    }

  if (!_pursuit_store_write_end (self, error))
    return 0;

  return id;
}

static GPtrArray *
collect_items (PursuitStore  *self,
               const char    *sql,
               gint64         a,
               gint64         b,
               GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (items, item_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading the outbox");
      return NULL;
    }

  return g_steal_pointer (&items);
}

/**
 * pursuit_store_list_due_outbox:
 * @self: a store
 * @account_id: the account, 0 for every one
 * @now: the time to compare next-attempt-at with
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (element-type PursuitOutboxItem): pending items
 *   due by @now, oldest first, or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_due_outbox (PursuitStore  *self,
                               gint64         account_id,
                               gint64         now,
                               GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return collect_items (self,
                        "SELECT " OUTBOX_COLUMNS " FROM outbox"
                        " WHERE state = 'pending' AND next_attempt_at <= ?2"
                        " AND (?1 = 0 OR account_id = ?1) ORDER BY id",
                        account_id, now, error);
}

/**
 * pursuit_store_list_outbox:
 * @self: a store
 * @account_id: the account, 0 for every one
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (element-type PursuitOutboxItem): the pending
 *   and failed items, oldest first, or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_outbox (PursuitStore  *self,
                           gint64         account_id,
                           GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return collect_items (self,
                        "SELECT " OUTBOX_COLUMNS " FROM outbox"
                        " WHERE ?1 = 0 OR account_id = ?1 ORDER BY id",
                        account_id, 0, error);
}

static gint64
query_int (PursuitStore *self,
           const char   *sql,
           gint64        account_id)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, sql, NULL);
  gint64 value = 0;

  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, account_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return value;
}

/**
 * pursuit_store_next_outbox_attempt:
 *
 * Returns: the earliest next-attempt-at of a pending item of @account_id
 *   (0: of any account), 0 when there is none
 */
gint64
pursuit_store_next_outbox_attempt (PursuitStore *self,
                                   gint64        account_id)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);

  return query_int (self,
                    "SELECT coalesce (min (next_attempt_at), 0) FROM outbox"
                    " WHERE state = 'pending' AND (?1 = 0 OR account_id = ?1)",
                    account_id);
}

/**
 * pursuit_store_count_pending_outbox:
 *
 * Returns: how many items of @account_id (0: of any account) wait to be
 *   done
 */
guint
pursuit_store_count_pending_outbox (PursuitStore *self,
                                    gint64        account_id)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);

  return query_int (self,
                    "SELECT count (*) FROM outbox WHERE state = 'pending' AND (?1 = 0 OR account_id = ?1)",
                    account_id);
}

/* Runs a write on one outbox item; an item that is gone (its account was
 * removed while the push ran) is no error. */
static gboolean
change_item (PursuitStore  *self,
             gint64         item_id,
             sqlite3_stmt  *stmt,
             GError       **error)
{
  gint64 account_id;

  account_id = query_int (self, "SELECT coalesce (account_id, 0) FROM outbox WHERE id = ?1", item_id);

  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  if (sqlite3_changes (_pursuit_store_get_db (self)) > 0)
    _pursuit_store_queue_signal (self, PENDING_OUTBOX_CHANGED, NULL, account_id, NULL, NULL);

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_complete_outbox:
 * @self: a store
 * @item_id: the item that was done
 * @error: a location for a #GError
 *
 * Deletes the item. One that is gone already is no error. Emits
 * #PursuitStore::outbox-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_complete_outbox (PursuitStore  *self,
                               gint64         item_id,
                               GError       **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "DELETE FROM outbox WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, item_id);
  return change_item (self, item_id, stmt, error);
}

/**
 * pursuit_store_fail_outbox:
 * @self: a store
 * @item_id: the item that failed
 * @error_message: what went wrong, in plain words
 * @retry_at: when to try again; 0 gives up (state "failed")
 * @error: a location for a #GError
 *
 * Counts a failed attempt. One that is gone already is no error. Emits
 * #PursuitStore::outbox-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_fail_outbox (PursuitStore  *self,
                           gint64         item_id,
                           const char    *error_message,
                           gint64         retry_at,
                           GError       **error)
{
  g_autofree char *message = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (error_message != NULL)
    message = g_utf8_make_valid (error_message, -1);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self,
                                 "UPDATE outbox SET attempts = attempts + 1, last_error = ?1,"
                                 " state = CASE WHEN ?2 = 0 THEN 'failed' ELSE 'pending' END,"
                                 " next_attempt_at = CASE WHEN ?2 = 0 THEN next_attempt_at ELSE ?2 END"
                                 " WHERE id = ?3",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, message);
  sqlite3_bind_int64 (stmt, 2, MAX (retry_at, 0));
  sqlite3_bind_int64 (stmt, 3, item_id);
  return change_item (self, item_id, stmt, error);
}

/**
 * pursuit_store_retry_outbox:
 * @self: a store
 * @account_id: the account, 0 for every one
 * @error: a location for a #GError
 *
 * "Retry now": failed items are pending again and every item is due now.
 * Emits #PursuitStore::outbox-changed.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_retry_outbox (PursuitStore  *self,
                            gint64         account_id,
                            GError       **error)
{
  static const char * const statements[] = {
    /* A failed push whose item has a pending one since is covered by it. */
    "DELETE FROM outbox WHERE state = 'failed' AND (?1 = 0 OR account_id = ?1)"
    " AND EXISTS (SELECT 1 FROM outbox o WHERE o.state = 'pending' AND o.kind = outbox.kind"
    "   AND o.account_id IS outbox.account_id AND o.source IS outbox.source"
    "   AND o.source_id IS outbox.source_id AND outbox.source IS NOT NULL)",
    "UPDATE outbox SET state = 'pending', next_attempt_at = ?2"
    " WHERE (?1 = 0 OR account_id = ?1) AND (state = 'failed' OR next_attempt_at > ?2)",
  };
  guint changed = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt *stmt = _pursuit_store_prepare (self, statements[i], error);

      if (stmt == NULL)
        return _pursuit_store_write_fail (self);

      sqlite3_bind_int64 (stmt, 1, account_id);
      sqlite3_bind_int64 (stmt, 2, _pursuit_store_now (self));
      if (!_pursuit_store_step_done (self, stmt, error))
        return _pursuit_store_write_fail (self);

      changed += sqlite3_changes (_pursuit_store_get_db (self));
    }

  if (changed > 0)
    _pursuit_store_queue_signal (self, PENDING_OUTBOX_CHANGED, NULL, account_id, NULL, NULL);

  return _pursuit_store_write_end (self, error);
}
