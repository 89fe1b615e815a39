/* pursuit-store-reminders.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: reminders. They are derived from scheduled
 * interviews (one per offset), pending follow-ups and reminder notes that
 * are not done; reminder_state only remembers the due time each last fired
 * for and any snooze. A reminder with due time D is pending while its state
 * row is missing, or fired for another due time, or snoozed; it fires at
 * the snooze time if snoozed, else at D.
 *
 * The scheduler asks on every tick, so each question is a few range
 * queries on the due-time indexes (interviews_by_start, follow_ups_by_due,
 * notes_by_due, reminder_state_by_snooze), never a walk over every job. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-store-private.h"

/* The longest offset pursuit_interview_reminder_minutes_valid() accepts:
 * four weeks. No interview further ahead has a reminder due. */
#define MAX_OFFSET_SECONDS ((gint64) 40320 * 60)

/* A reminder that fell due longer ago than this and never fired is not
 * delivered any more: after a long absence, or the first start after the
 * upgrade that brought reminders, a pile of stale notifications helps no
 * one (the calendar still shows the items as overdue). It also bounds what
 * each check reads, however many overdue follow-ups pile up. */
#define CATCH_UP_SECONDS ((gint64) 7 * 24 * 60 * 60)

/* reminder_state.source, indexed by PursuitReminderSource. */
static const char * const source_names[] = {
  "interview",
  "follow-up",
  "note",
};

G_STATIC_ASSERT (G_N_ELEMENTS (source_names) == PURSUIT_REMINDER_NOTE + 1);

static gboolean
offsets_contain (GArray *offsets,
                 int     offset)
{
  for (guint i = 0; i < offsets->len; i++)
    if (g_array_index (offsets, int, i) == offset)
      return TRUE;

  return FALSE;
}

static gboolean
finish_query (PursuitStore  *self,
              sqlite3_stmt  *stmt,
              int            rc,
              GError       **error)
{
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self),
                                            "reading the reminders");
  return TRUE;
}

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

static const char interview_state_sql[] =
  "SELECT offset_minutes, fired_due_at, snoozed_until FROM reminder_state"
  " WHERE source = 'interview' AND source_id = ?";

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

/* As pursuit_interview_dup_reminder_offsets() reads reminder_minutes
 * (parts that are not a number of minutes up to four weeks are skipped),
 * into @offsets, without allocating: it runs for every upcoming interview
 * on every check. */
static void
parse_offsets (const char *text,
               GArray     *offsets)
{
  g_array_set_size (offsets, 0);

  while (text != NULL && *text != '\0')
    {
      const char *end = strchr (text, ',');
      const char *last;
      gint64 minutes = 0;
      gboolean valid;

      if (end == NULL)
        end = text + strlen (text);
      last = end;

      while (text < last && g_ascii_isspace (*text))
        text++;
      while (last > text && g_ascii_isspace (last[-1]))
        last--;

      valid = text < last;
      for (const char *c = text; valid && c < last; c++)
        {
          valid = g_ascii_isdigit (*c);
          minutes = minutes * 10 + (*c - '0');
          valid = valid && (minutes * 60 <= MAX_OFFSET_SECONDS);
        }

      if (valid)
        {
          int offset = (int)minutes;

          if (!offsets_contain (offsets, offset))
            g_array_append_val (offsets, offset);
        }

      text = *end == ',' ? end + 1 : end;
    }
}

typedef struct
{
  int    offset_minutes;
  gint64 fired_due_at;
  gboolean snoozed;
} OffsetState;

/* The state rows of one interview; few, by its primary key. */
static gboolean
load_interview_state (PursuitStore  *self,
                      gint64         interview_id,
                      GArray        *states,
                      GError       **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, interview_state_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  g_array_set_size (states, 0);
  sqlite3_bind_int64 (stmt, 1, interview_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      OffsetState state;

      state.offset_minutes = sqlite3_column_int (stmt, 0);
      /* Never fired is no due time at all, not 0. */
      state.fired_due_at = sqlite3_column_type (stmt, 1) == SQLITE_NULL
                           ? G_MININT64 : sqlite3_column_int64 (stmt, 1);
      state.snoozed = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      g_array_append_val (states, state);
    }

  return finish_query (self, stmt, rc, error);
}

/* Whether the reminder at @offset with due time @due_at waits to fire at
 * that time: not snoozed (a snooze decides the time instead) and not fired
 * for @due_at. */
static gboolean
unfired_at_due_time (GArray *states,
                     int     offset,
                     gint64  due_at)
{
  for (guint i = 0; i < states->len; i++)
    {
      OffsetState *state = &g_array_index (states, OffsetState, i);

      if (state->offset_minutes == offset)
        return !state->snoozed && state->fired_due_at != due_at;
    }

  return TRUE;
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

  return finish_query (self, stmt, rc, error);
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

      parse_offsets (_pursuit_column_text (stmt, 2), offsets);
      for (guint i = 0; i < offsets->len; i++)
        {
          int offset = g_array_index (offsets, int, i);
          gint64 due_at = starts_at - (gint64)offset * 60;

          if (due_at <= after || due_at > now)
            continue;

          /* Another statement: this one stays where it is. */
          if (!loaded && !load_interview_state (self, id, states, error))
            {
              sqlite3_reset (stmt);
              return FALSE;
            }
          loaded = TRUE;

          if (unfired_at_due_time (states, offset, due_at))
            add_candidate (candidates, PURSUIT_REMINDER_INTERVIEW, id, offset, due_at);
        }
    }

  if (!finish_query (self, stmt, rc, error))
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
      parse_offsets (_pursuit_column_text (stmt, 2), offsets);
      if (offset < 0 || !offsets_contain (offsets, offset))
        continue;

      add_candidate (candidates, PURSUIT_REMINDER_INTERVIEW, sqlite3_column_int64 (stmt, 0),
                     offset, sqlite3_column_int64 (stmt, 4));
    }

  return finish_query (self, stmt, rc, error);
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

  finish_query (self, stmt, rc, error);
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

      parse_offsets (_pursuit_column_text (stmt, 2), offsets);
      for (guint i = 0; i < offsets->len; i++)
        {
          int offset = g_array_index (offsets, int, i);
          gint64 due_at = starts_at - (gint64)offset * 60;

          /* One at the very start (offset 0) never fires: by then the
           * interview has begun. */
          if (due_at <= now || due_at >= starts_at || (best != 0 && due_at >= best))
            continue;

          if (!loaded && !load_interview_state (self, sqlite3_column_int64 (stmt, 0), states, &error))
            {
              g_warning ("Could not look for the next reminder: %s", error->message);
              sqlite3_reset (stmt);
              return best;
            }
          loaded = TRUE;

          if (unfired_at_due_time (states, offset, due_at))
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

/* Only inserts for an item that still exists: the delete triggers would
 * not remove a row written after its item went, and a later item reusing
 * the id would inherit it. */
static const char mark_fired_sql[] =
  "INSERT INTO reminder_state (source, source_id, offset_minutes, fired_due_at, snoozed_until)"
  " SELECT ?1, ?2, ?3, ?4, NULL"
  " WHERE CASE ?1"
  "   WHEN 'interview' THEN EXISTS (SELECT 1 FROM interviews WHERE id = ?2)"
  "   WHEN 'follow-up' THEN EXISTS (SELECT 1 FROM follow_ups WHERE id = ?2)"
  "   ELSE EXISTS (SELECT 1 FROM notes WHERE id = ?2) END"
  " ON CONFLICT (source, source_id, offset_minutes)"
  " DO UPDATE SET fired_due_at = excluded.fired_due_at, snoozed_until = NULL";

/* Keeps fired_due_at: a snoozed reminder that fires again marks it anew. */
static const char snooze_sql[] =
  "INSERT INTO reminder_state (source, source_id, offset_minutes, fired_due_at, snoozed_until)"
  " VALUES (?1, ?2, ?3, NULL, ?4)"
  " ON CONFLICT (source, source_id, offset_minutes)"
  " DO UPDATE SET snoozed_until = excluded.snoozed_until";

static gboolean
upsert_fired (PursuitStore          *self,
              PursuitReminderSource  source,
              gint64                 source_id,
              int                    offset_minutes,
              gint64                 due_at,
              GError               **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, mark_fired_sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, source_names[source], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, source_id);
  sqlite3_bind_int (stmt, 3, offset_minutes);
  sqlite3_bind_int64 (stmt, 4, due_at);

  return _pursuit_store_step_done (self, stmt, error);
}

/**
 * pursuit_store_mark_reminders_fired:
 * @self: a store
 * @reminders: (element-type PursuitReminder): reminders, as listed by
 *   pursuit_store_list_due_reminders()
 * @error: a location for a #GError
 *
 * Remembers, in one transaction, that @reminders fired for their current
 * due time and ends their snoozes. Reminders whose item is gone are
 * skipped.
 *
 * Returns: %TRUE on success
 */
gboolean
pursuit_store_mark_reminders_fired (PursuitStore  *self,
                                    GPtrArray     *reminders,
                                    GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (reminders != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < reminders->len; i++)
    g_return_val_if_fail (PURSUIT_IS_REMINDER (g_ptr_array_index (reminders, i)), FALSE);

  if (reminders->len == 0)
    return TRUE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  for (guint i = 0; i < reminders->len; i++)
    {
      PursuitReminder *reminder = g_ptr_array_index (reminders, i);

      if (!upsert_fired (self,
                         pursuit_reminder_get_source (reminder),
                         pursuit_reminder_get_source_id (reminder),
                         pursuit_reminder_get_offset_minutes (reminder),
                         pursuit_reminder_get_due_at (reminder),
                         error))
        return _pursuit_store_write_fail (self);
    }

  _pursuit_store_queue_signal (self, PENDING_SCHEDULE_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/* Only interviews remind ahead of time; keys from outside (a
 * notification's action) may say otherwise. */
static gboolean
check_offset (PursuitReminderSource   source,
              int                     offset_minutes,
              GError                **error)
{
  if (source != PURSUIT_REMINDER_INTERVIEW && offset_minutes != 0)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("Follow-ups and notes only remind at their due time"));
      return FALSE;
    }

  if (offset_minutes < 0 || (gint64)offset_minutes * 60 > MAX_OFFSET_SECONDS)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("An interview reminder comes 0 to %d minutes before it"),
                   (int)(MAX_OFFSET_SECONDS / 60));
      return FALSE;
    }

  return TRUE;
}

static gboolean
set_not_found (GError                **error,
               PursuitReminderSource   source,
               gint64                  source_id)
{
  switch (source)
    {
    case PURSUIT_REMINDER_INTERVIEW:
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no interview with id %lld"), (long long)source_id);
      break;
    case PURSUIT_REMINDER_FOLLOW_UP:
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no follow-up with id %lld"), (long long)source_id);
      break;
    case PURSUIT_REMINDER_NOTE:
    default:
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no note with id %lld"), (long long)source_id);
      break;
    }

  return FALSE;
}

/**
 * pursuit_store_snooze_reminder:
 * @self: a store
 * @source: what kind of item the reminder belongs to
 * @source_id: the interview, follow-up or note id
 * @offset_minutes: the reminder's offset (0 for follow-ups and notes)
 * @until: when to fire again, unix seconds
 * @error: a location for a #GError
 *
 * Returns: %TRUE on success; %FALSE with @error set when the item is gone
 *   or no such reminder can exist
 */
gboolean
pursuit_store_snooze_reminder (PursuitStore           *self,
                               PursuitReminderSource   source,
                               gint64                  source_id,
                               int                     offset_minutes,
                               gint64                  until,
                               GError                **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (source <= PURSUIT_REMINDER_NOTE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_offset (source, offset_minutes, error))
    return FALSE;

  if (until <= 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("A reminder cannot be snoozed until that time"));
      return FALSE;
    }

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (pursuit_store_get_reminder_job (self, source, source_id) == 0)
    {
      _pursuit_store_write_abort (self);
      return set_not_found (error, source, source_id);
    }

  stmt = _pursuit_store_prepare (self, snooze_sql, error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_text (stmt, 1, source_names[source], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, source_id);
  sqlite3_bind_int (stmt, 3, offset_minutes);
  sqlite3_bind_int64 (stmt, 4, until);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_SCHEDULE_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/* Dismisses one reminder of an interview: the others still come. */
static gboolean
dismiss_interview_reminder (PursuitStore  *self,
                            gint64         interview_id,
                            int            offset_minutes,
                            GError       **error)
{
  sqlite3_stmt *stmt;
  gint64 starts_at = 0;
  gboolean found;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "SELECT starts_at FROM interviews WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, interview_id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  if (found)
    starts_at = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (!found)
    {
      _pursuit_store_write_abort (self);
      return set_not_found (error, PURSUIT_REMINDER_INTERVIEW, interview_id);
    }

  if (!upsert_fired (self, PURSUIT_REMINDER_INTERVIEW, interview_id, offset_minutes,
                     starts_at - (gint64)offset_minutes * 60, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_SCHEDULE_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

/* Done from a notification after the follow-up was sent, skipped or
 * cancelled elsewhere changes nothing. */
static gboolean
complete_follow_up (PursuitStore  *self,
                    gint64         follow_up_id,
                    GError       **error)
{
  sqlite3_stmt *stmt;
  g_autofree char *status = NULL;

  stmt = _pursuit_store_prepare (self, "SELECT status FROM follow_ups WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, follow_up_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    status = g_strdup (_pursuit_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (status == NULL)
    return set_not_found (error, PURSUIT_REMINDER_FOLLOW_UP, follow_up_id);

  if (!g_str_equal (status, "pending"))
    return TRUE;

  return pursuit_store_set_follow_up_status (self, follow_up_id, "done", error);
}

/**
 * pursuit_store_complete_reminder:
 * @self: a store
 * @source: what kind of item the reminder belongs to
 * @source_id: the interview, follow-up or note id
 * @offset_minutes: the reminder's offset (0 for follow-ups and notes)
 * @error: a location for a #GError
 *
 * "Done" on a notification: a pending follow-up becomes done, a reminder
 * note done; of an interview only this reminder is dismissed.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the item is gone
 */
gboolean
pursuit_store_complete_reminder (PursuitStore           *self,
                                 PursuitReminderSource   source,
                                 gint64                  source_id,
                                 int                     offset_minutes,
                                 GError                **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (source <= PURSUIT_REMINDER_NOTE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_offset (source, offset_minutes, error))
    return FALSE;

  switch (source)
    {
    case PURSUIT_REMINDER_INTERVIEW:
      return dismiss_interview_reminder (self, source_id, offset_minutes, error);
    case PURSUIT_REMINDER_FOLLOW_UP:
      return complete_follow_up (self, source_id, error);
    case PURSUIT_REMINDER_NOTE:
    default:
      return pursuit_store_set_note_done (self, source_id, TRUE, error);
    }
}

/**
 * pursuit_store_get_reminder_job:
 * @self: a store
 * @source: what kind of item the reminder belongs to
 * @source_id: the interview, follow-up or note id
 *
 * Returns: the id of the job the item belongs to, or 0 when it is gone
 */
gint64
pursuit_store_get_reminder_job (PursuitStore          *self,
                                PursuitReminderSource  source,
                                gint64                 source_id)
{
  sqlite3_stmt *stmt;
  gint64 job_id = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), 0);
  g_return_val_if_fail (source <= PURSUIT_REMINDER_NOTE, 0);

  switch (source)
    {
    case PURSUIT_REMINDER_INTERVIEW:
      stmt = _pursuit_store_prepare (self, "SELECT job_id FROM interviews WHERE id = ?", NULL);
      break;
    case PURSUIT_REMINDER_FOLLOW_UP:
      stmt = _pursuit_store_prepare (self, "SELECT job_id FROM follow_ups WHERE id = ?", NULL);
      break;
    case PURSUIT_REMINDER_NOTE:
    default:
      stmt = _pursuit_store_prepare (self, "SELECT job_id FROM notes WHERE id = ?", NULL);
      break;
    }

  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, source_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    job_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return job_id;
}
