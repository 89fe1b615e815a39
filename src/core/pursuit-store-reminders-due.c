/* pursuit-store-reminders-due.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: which reminders are due now and when the next
 * one is, for the reminder scheduler. What a reminder is and the writes to
 * reminder_state are in pursuit-store-reminders.c.
 *
 * The scheduler asks on every tick, so each question is a few range
 * queries on the due-time indexes (interviews_by_start, follow_ups_by_due,
 * notes_by_due, reminder_state_by_snooze), never a walk over every job. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include "pursuit-store-private.h"
#include "pursuit-store-reminders-private.h"

/* A reminder that fell due longer ago than this and never fired is not
 * delivered any more: after a long absence, or the first start after the
 * upgrade that brought reminders, a pile of stale notifications helps no
 * one (the calendar still shows the items as overdue). It also bounds what
 * each check reads, however many overdue follow-ups pile up. */
#define CATCH_UP_SECONDS ((gint64) 7 * 24 * 60 * 60)

/* Finding what is due reads only the indexes and the small rows of
 * reminder_state; the job's title and the item's text are read after, for
 * the few reminders that are due. */

/* Not snoozed and not fired for the current due time, due in (?1, ?2];
 * or snoozed until a time in (?1, ?2]. Columns: id, due time, snooze or
 * NULL. follow_ups_by_due covers the first half. The unary + keeps SQLite
 * from walking every state row of the source by its primary key, and
 * CROSS JOIN from reading every pending item: snoozes are few, fired
 * reminders and pending items many. */
static const char due_follow_ups_sql[] =
  "SELECT x.id, x.due_at, NULL FROM follow_ups x"
  " LEFT JOIN reminder_state rs"
  "   ON rs.source = 'follow-up' AND rs.source_id = x.id AND rs.offset_minutes = 0"
  " WHERE x.status = 'pending' AND x.due_at > ?1 AND x.due_at <= ?2"
  "   AND rs.snoozed_until IS NULL AND rs.fired_due_at IS NOT x.due_at"
  " UNION ALL"
  " SELECT x.id, x.due_at, rs.snoozed_until"
  " FROM reminder_state rs CROSS JOIN follow_ups x ON x.id = rs.source_id"
  " WHERE rs.snoozed_until IS NOT NULL AND rs.snoozed_until > ?1 AND rs.snoozed_until <= ?2"
  "   AND +rs.source = 'follow-up' AND +rs.offset_minutes = 0 AND x.status = 'pending'";

static const char due_notes_sql[] =
  "SELECT x.id, x.due_at, NULL FROM notes x"
  " LEFT JOIN reminder_state rs"
  "   ON rs.source = 'note' AND rs.source_id = x.id AND rs.offset_minutes = 0"
  " WHERE x.kind = 'reminder' AND x.done = 0 AND x.due_at > ?1 AND x.due_at <= ?2"
  "   AND rs.snoozed_until IS NULL AND rs.fired_due_at IS NOT x.due_at"
  " UNION ALL"
  " SELECT x.id, x.due_at, rs.snoozed_until"
  " FROM reminder_state rs CROSS JOIN notes x ON x.id = rs.source_id"
  " WHERE rs.snoozed_until IS NOT NULL AND rs.snoozed_until > ?1 AND rs.snoozed_until <= ?2"
  "   AND +rs.source = 'note' AND +rs.offset_minutes = 0"
  "   AND x.kind = 'reminder' AND x.done = 0 AND x.due_at > 0";

/* Offsets live in a text column, so the interviews' reminders are
 * expanded here rather than in SQL. An interview that has started has no
 * reminders left. ?1 is now. */
static const char upcoming_interviews_sql[] =
  "SELECT id, starts_at, reminder_minutes FROM interviews"
  " WHERE starts_at > ?1 AND starts_at <= ?2 AND status = 'scheduled'";

/* Columns: id, start, reminder_minutes, offset, snooze. */
static const char snoozed_interviews_sql[] =
  "SELECT x.id, x.starts_at, x.reminder_minutes, rs.offset_minutes, rs.snoozed_until"
  " FROM reminder_state rs CROSS JOIN interviews x ON x.id = rs.source_id"
  " WHERE rs.snoozed_until IS NOT NULL AND rs.snoozed_until > ?1 AND rs.snoozed_until <= ?2"
  "   AND +rs.source = 'interview' AND x.status = 'scheduled' AND x.starts_at > ?2";

/* The details of one item: id, job id, job title, company, summary,
 * location, item time. */
#define JOB_JOIN \
  " JOIN jobs j ON j.id = x.job_id LEFT JOIN companies c ON c.id = j.company_id"

static const char * const details_sql[] = {
  "SELECT x.id, x.job_id, j.title, c.name, x.kind, x.location, x.starts_at"
  " FROM interviews x" JOB_JOIN " WHERE x.id = ?",
  "SELECT x.id, x.job_id, j.title, c.name, x.sequence, NULL, x.due_at"
  " FROM follow_ups x" JOB_JOIN " WHERE x.id = ?",
  "SELECT x.id, x.job_id, j.title, c.name, x.body, NULL, x.due_at"
  " FROM notes x" JOB_JOIN " WHERE x.id = ?",
};

G_STATIC_ASSERT (G_N_ELEMENTS (details_sql) == PURSUIT_REMINDER_NOTE + 1);

typedef struct
{
  PursuitReminderSource source;
  gint64 id;
  int offset_minutes;
  gint64 fires_at;
} Candidate;

static void
add_candidate (GArray                *candidates,
               PursuitReminderSource  source,
               gint64                 id,
               int                    offset_minutes,
               gint64                 fires_at)
{
  Candidate candidate = { source, id, offset_minutes, fires_at };

  g_array_append_val (candidates, candidate);
}

/* Follow-ups and notes: the SQL decides. */
static gboolean
collect_simple (PursuitStore           *self,
                const char             *sql,
                PursuitReminderSource   source,
                gint64                  after,
                gint64                  now,
                GArray                 *candidates,
                GError                **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, after);
  sqlite3_bind_int64 (stmt, 2, now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 fires_at = sqlite3_column_type (stmt, 2) == SQLITE_NULL
                        ? sqlite3_column_int64 (stmt, 1)
                        : sqlite3_column_int64 (stmt, 2);

      add_candidate (candidates, source, sqlite3_column_int64 (stmt, 0), 0, fires_at);
    }

  return _pursuit_store_finish_reminder_query (self, stmt, rc, error);
}

static gboolean
collect_interviews (PursuitStore  *self,
                    gint64         after,
                    gint64         now,
                    GArray        *candidates,
                    GError       **error)
{
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) states = g_array_new (FALSE, FALSE, sizeof (OffsetState));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self, upcoming_interviews_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, now + MAX_OFFSET_SECONDS);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 starts_at = sqlite3_column_int64 (stmt, 1);
      gboolean loaded = FALSE;

      _pursuit_store_parse_reminder_offsets (_pursuit_column_text (stmt, 2), offsets);
      for (guint i = 0; i < offsets->len; i++)
        {
          int offset = g_array_index (offsets, int, i);
          gint64 due_at = starts_at - (gint64)offset * 60;

          if (due_at <= after || due_at > now)
            continue;

          /* Another statement: this one stays where it is. */
          if (!loaded && !_pursuit_store_load_interview_state (self, id, states, error))
            {
              sqlite3_reset (stmt);
              return FALSE;
            }
          loaded = TRUE;

          if (_pursuit_store_unfired_at_due_time (states, offset, due_at))
            add_candidate (candidates, PURSUIT_REMINDER_INTERVIEW, id, offset, due_at);
        }
    }

  if (!_pursuit_store_finish_reminder_query (self, stmt, rc, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, snoozed_interviews_sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, after);
  sqlite3_bind_int64 (stmt, 2, now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int offset = sqlite3_column_int (stmt, 3);

      /* A snooze of an offset the interview no longer has is forgotten. */
      _pursuit_store_parse_reminder_offsets (_pursuit_column_text (stmt, 2), offsets);
      if (offset < 0 || !_pursuit_store_reminder_offsets_contain (offsets, offset))
        continue;

      add_candidate (candidates, PURSUIT_REMINDER_INTERVIEW, sqlite3_column_int64 (stmt, 0),
                     offset, sqlite3_column_int64 (stmt, 4));
    }

  return _pursuit_store_finish_reminder_query (self, stmt, rc, error);
}

/* NULL with @error unset when the item went meanwhile. */
static PursuitReminder *
build_reminder (PursuitStore     *self,
                const Candidate  *candidate,
                GError          **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, details_sql[candidate->source], error);
  PursuitReminder *reminder = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, candidate->id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      reminder = pursuit_reminder_new (candidate->source, candidate->id, candidate->offset_minutes);
      pursuit_reminder_set_job (reminder, sqlite3_column_int64 (stmt, 1),
                                _pursuit_column_text (stmt, 2), _pursuit_column_text (stmt, 3));
      pursuit_reminder_set_summary (reminder, _pursuit_column_text (stmt, 4));
      pursuit_reminder_set_location (reminder, _pursuit_column_text (stmt, 5));
      pursuit_reminder_set_times (reminder, sqlite3_column_int64 (stmt, 6), candidate->fires_at);
      rc = SQLITE_DONE;
    }

  _pursuit_store_finish_reminder_query (self, stmt, rc, error);
  return reminder;
}

static int
compare_int64 (gint64 x,
               gint64 y)
{
  return x < y ? -1 : (x > y ? 1 : 0);
}

static int
compare_by_fires_at (gconstpointer a,
                     gconstpointer b)
{
  PursuitReminder *first = *(PursuitReminder **)a;
  PursuitReminder *second = *(PursuitReminder **)b;
  int order = compare_int64 (pursuit_reminder_get_fires_at (first), pursuit_reminder_get_fires_at (second));

  /* At the same time, the item that comes first, then a stable order;
   * of one item's reminders, the earlier (larger offset) first. */
  if (order == 0)
    order = compare_int64 (pursuit_reminder_get_item_at (first), pursuit_reminder_get_item_at (second));
  if (order == 0)
    order = compare_int64 (pursuit_reminder_get_source (first), pursuit_reminder_get_source (second));
  if (order == 0)
    order = compare_int64 (pursuit_reminder_get_source_id (first), pursuit_reminder_get_source_id (second));
  if (order == 0)
    order = compare_int64 (pursuit_reminder_get_offset_minutes (second), pursuit_reminder_get_offset_minutes (first));

  return order;
}

/**
 * pursuit_store_list_due_reminders:
 * @self: a store
 * @now: the current time, unix seconds
 * @error: a location for a #GError
 *
 * Reminders pending with a fire time in the last week up to @now: older
 * ones that never fired are no longer delivered.
 *
 * Returns: (transfer full) (element-type PursuitReminder): the due
 *   reminders, oldest fire time first, or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_due_reminders (PursuitStore  *self,
                                  gint64         now,
                                  GError       **error)
{
  g_autoptr(GPtrArray) due = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  gint64 after = now - CATCH_UP_SECONDS;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!collect_interviews (self, after, now, candidates, error) ||
      !collect_simple (self, due_follow_ups_sql, PURSUIT_REMINDER_FOLLOW_UP, after, now, candidates, error) ||
      !collect_simple (self, due_notes_sql, PURSUIT_REMINDER_NOTE, after, now, candidates, error))
    return NULL;

  for (guint i = 0; i < candidates->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      PursuitReminder *reminder;

      reminder = build_reminder (self, &g_array_index (candidates, Candidate, i), &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }

      if (reminder != NULL)
        g_ptr_array_add (due, reminder);
    }

  g_ptr_array_sort (due, compare_by_fires_at);
  return g_steal_pointer (&due);
}

/* The first unfired, unsnoozed due time after @now in @sql's single
 * column, or 0. The queries walk their index in order and stop at once. */
static gint64
first_time (PursuitStore *self,
            const char   *sql,
            gint64        now)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, sql, &error);
  gint64 at = 0;
  int rc;

  if (stmt == NULL)
    {
      g_warning ("Could not look for the next reminder: %s", error->message);
      return 0;
    }

  sqlite3_bind_int64 (stmt, 1, now);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    at = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    g_warning ("Could not look for the next reminder: %s",
               sqlite3_errmsg (_pursuit_store_get_db (self)));
  sqlite3_reset (stmt);

  return at;
}

static gint64
earliest (gint64 a,
          gint64 b)
{
  if (a == 0)
    return b;
  if (b == 0)
    return a;
  return MIN (a, b);
}

/* The first interview reminder due after @now, or @best if none is
 * earlier (0 = none found yet). Interviews come in start order; once one
 * starts four weeks after the best time found, no later one can do
 * better. */
static gint64
next_interview_reminder (PursuitStore *self,
                         gint64        now,
                         gint64        best)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) states = g_array_new (FALSE, FALSE, sizeof (OffsetState));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT id, starts_at, reminder_minutes FROM interviews"
                                 " WHERE starts_at > ? AND status = 'scheduled'"
                                 " ORDER BY starts_at",
                                 &error);
  if (stmt == NULL)
    {
      g_warning ("Could not look for the next reminder: %s", error->message);
      return best;
    }

  sqlite3_bind_int64 (stmt, 1, now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 starts_at = sqlite3_column_int64 (stmt, 1);
      gboolean loaded = FALSE;

      if (best != 0 && starts_at - MAX_OFFSET_SECONDS >= best)
        break;

      _pursuit_store_parse_reminder_offsets (_pursuit_column_text (stmt, 2), offsets);
      for (guint i = 0; i < offsets->len; i++)
        {
          int offset = g_array_index (offsets, int, i);
          gint64 due_at = starts_at - (gint64)offset * 60;

          /* One at the very start (offset 0) never fires: by then the
           * interview has begun. */
          if (due_at <= now || due_at >= starts_at || (best != 0 && due_at >= best))
            continue;

          if (!loaded && !_pursuit_store_load_interview_state (self, sqlite3_column_int64 (stmt, 0), states, &error))
            {
              g_warning ("Could not look for the next reminder: %s", error->message);
              sqlite3_reset (stmt);
              return best;
            }
          loaded = TRUE;

          if (_pursuit_store_unfired_at_due_time (states, offset, due_at))
            best = due_at;
        }
    }

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    g_warning ("Could not look for the next reminder: %s",
               sqlite3_errmsg (_pursuit_store_get_db (self)));
  sqlite3_reset (stmt);

  return best;
}

/**
 * pursuit_store_next_reminder_at:
 * @self: a store
 * @now: the current time, unix seconds
 *
 * Returns: the earliest time after @now at which a reminder fires, or 0
 *   when none will
 */
gint64
pursuit_store_next_reminder_at (PursuitStore *self,
                                gint64        now)
{
  gint64 best = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);

  best = earliest (best, first_time (self,
                                     "SELECT x.due_at FROM follow_ups x"
                                     " LEFT JOIN reminder_state rs ON rs.source = 'follow-up'"
                                     "   AND rs.source_id = x.id AND rs.offset_minutes = 0"
                                     " WHERE x.status = 'pending' AND x.due_at > ?1"
                                     "   AND rs.snoozed_until IS NULL AND rs.fired_due_at IS NOT x.due_at"
                                     " ORDER BY x.due_at LIMIT 1",
                                     now));
  best = earliest (best, first_time (self,
                                     "SELECT x.due_at FROM notes x"
                                     " LEFT JOIN reminder_state rs ON rs.source = 'note'"
                                     "   AND rs.source_id = x.id AND rs.offset_minutes = 0"
                                     " WHERE x.kind = 'reminder' AND x.done = 0 AND x.due_at > ?1"
                                     "   AND rs.snoozed_until IS NULL AND rs.fired_due_at IS NOT x.due_at"
                                     " ORDER BY x.due_at LIMIT 1",
                                     now));
  /* An interview's snooze ending after it started would not fire. */
  best = earliest (best, first_time (self,
                                     "SELECT rs.snoozed_until FROM reminder_state rs"
                                     " WHERE rs.snoozed_until IS NOT NULL AND rs.snoozed_until > ?1"
                                     "   AND CASE rs.source"
                                     "     WHEN 'follow-up' THEN rs.offset_minutes = 0 AND EXISTS"
                                     "       (SELECT 1 FROM follow_ups f WHERE f.id = rs.source_id"
                                     "        AND f.status = 'pending')"
                                     "     WHEN 'note' THEN rs.offset_minutes = 0 AND EXISTS"
                                     "       (SELECT 1 FROM notes n WHERE n.id = rs.source_id"
                                     "        AND n.kind = 'reminder' AND n.done = 0 AND n.due_at > 0)"
                                     "     ELSE EXISTS"
                                     "       (SELECT 1 FROM interviews i WHERE i.id = rs.source_id"
                                     "        AND i.status = 'scheduled' AND i.starts_at > rs.snoozed_until)"
                                     "   END"
                                     " ORDER BY rs.snoozed_until LIMIT 1",
                                     now));

  return next_interview_reminder (self, now, best);
}
