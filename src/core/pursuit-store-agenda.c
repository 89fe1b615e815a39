/* pursuit-store-agenda.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: what the calendar shows. Each kind of item is
 * read through an index on its time, so a month of a store with thousands
 * of jobs reads what is in that month and nothing else. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-store-private.h"

/* Each query gives: source id, job id, summary, start, end, location, job
 * title, company. Deadlines give the deadline text as their start. */
#define AGENDA_JOB_JOIN \
  " JOIN jobs j ON j.id = x.job_id LEFT JOIN companies c ON c.id = j.company_id"

#define AGENDA_INTERVIEWS \
  "SELECT x.id, x.job_id, x.kind, x.starts_at, x.starts_at + 60 * x.duration_minutes," \
  " x.location, j.title, c.name FROM interviews x" AGENDA_JOB_JOIN \
  " WHERE x.status = 'scheduled' AND "

#define AGENDA_FOLLOW_UPS \
  "SELECT x.id, x.job_id, coalesce (s.name, x.sequence), x.due_at, x.due_at," \
  " NULL, j.title, c.name FROM follow_ups x" AGENDA_JOB_JOIN \
  " LEFT JOIN follow_up_sequences s ON s.key = x.sequence" \
  " WHERE x.status = 'pending' AND "

#define AGENDA_NOTES \
  "SELECT x.id, x.job_id, x.body, x.due_at, x.due_at," \
  " NULL, j.title, c.name FROM notes x" AGENDA_JOB_JOIN \
  " WHERE x.kind = 'reminder' AND x.done = 0 AND x.due_at IS NOT NULL AND "

/* Jobs that are still going somewhere: a closed application's deadline
 * means nothing any more. */
#define AGENDA_DEADLINES \
  "SELECT j.id, j.id, '', j.deadline, NULL, NULL, j.title, c.name" \
  " FROM jobs j JOIN stages s ON s.key = j.stage LEFT JOIN companies c ON c.id = j.company_id" \
  " WHERE s.category NOT IN ('accepted', 'rejected', 'withdrawn', 'ghosted') AND "

/* The longest interview: those starting this long before a range may
 * still be going on in it. */
#define MAX_INTERVIEW_SECONDS (24 * 60 * 60)

/* Midnight of the "YYYY-MM-DD" that @text starts with, and the next, in
 * @tz: wall-clock days, 23 or 25 hours long across a change of clocks. */
static gboolean
parse_deadline (const char *text,
                GTimeZone  *tz,
                gint64     *starts_at,
                gint64     *ends_at)
{
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  int year, month, day;

  if (text == NULL || strlen (text) < 10 || text[4] != '-' || text[7] != '-' ||
      (text[10] != '\0' && text[10] != 'T' && text[10] != ' '))
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  if (sscanf (text, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  start = g_date_time_new (tz, year, month, day, 0, 0, 0);
  end = start != NULL ? g_date_time_add_days (start, 1) : NULL;
  if (end == NULL)
    return FALSE;

  *starts_at = g_date_time_to_unix (start);
  *ends_at = g_date_time_to_unix (end);
  return TRUE;
}

static PursuitAgendaItem *
item_from_row (sqlite3_stmt      *stmt,
               PursuitAgendaKind  kind,
               GTimeZone         *tz)
{
  g_autoptr(PursuitAgendaItem) item = NULL;
  gint64 starts_at, ends_at;
  gboolean all_day = kind == PURSUIT_AGENDA_DEADLINE;

  if (all_day)
    {
      const char *deadline = _pursuit_column_text (stmt, 3);
      g_autofree char *date = NULL;

      if (!parse_deadline (deadline, tz, &starts_at, &ends_at))
        return NULL;

      item = pursuit_agenda_item_new (kind, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
      date = g_strndup (deadline, 10);
      pursuit_agenda_item_set_date (item, date);
    }
  else
    {
      starts_at = sqlite3_column_int64 (stmt, 3);
      ends_at = MAX (starts_at, sqlite3_column_int64 (stmt, 4));
      item = pursuit_agenda_item_new (kind, sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1));
    }

  pursuit_agenda_item_set_times (item, starts_at, ends_at, all_day);
  pursuit_agenda_item_set_summary (item, _pursuit_column_text (stmt, 2));
  pursuit_agenda_item_set_location (item, _pursuit_column_text (stmt, 5));
  pursuit_agenda_item_set_job_title (item, _pursuit_column_text (stmt, 6));
  pursuit_agenda_item_set_company (item, _pursuit_column_text (stmt, 7));

  return g_steal_pointer (&item);
}

/* Steps @stmt (bound already), adding what overlaps [@from, @to) to
 * @items; @to of 0 takes everything. */
static gboolean
collect_items (PursuitStore       *self,
               sqlite3_stmt       *stmt,
               PursuitAgendaKind   kind,
               GTimeZone          *tz,
               gint64              from,
               gint64              to,
               GPtrArray          *items,
               GError            **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(PursuitAgendaItem) item = item_from_row (stmt, kind, tz);
      gint64 starts_at, ends_at;

      if (item == NULL)
        continue;

      starts_at = pursuit_agenda_item_get_starts_at (item);
      ends_at = pursuit_agenda_item_get_ends_at (item);

      /* A moment (follow-up, reminder) is in the range when it is at or
       * after its start; a span when it overlaps it. */
      if (to != 0 &&
          (starts_at >= to ||
           (ends_at > starts_at ? ends_at <= from : starts_at < from)))
        continue;

      g_ptr_array_add (items, g_steal_pointer (&item));
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading the agenda");

  return TRUE;
}

static char *
format_date (GTimeZone *tz,
             gint64     unix_time,
             int        add_days)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_timezone (utc, tz) : NULL;
  g_autoptr(GDateTime) day = local != NULL ? g_date_time_add_days (local, add_days) : NULL;

  return day != NULL ? g_date_time_format (day, "%Y-%m-%d") : NULL;
}

static gboolean
collect_range (PursuitStore       *self,
               const char         *sql,
               PursuitAgendaKind   kind,
               GTimeZone          *tz,
               gint64              lower,
               gint64              from,
               gint64              to,
               GPtrArray          *items,
               GError            **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, lower);
  sqlite3_bind_int64 (stmt, 2, to);
  return collect_items (self, stmt, kind, tz, from, to, items, error);
}

/**
 * pursuit_store_list_agenda:
 * @self: a store
 * @from: the start of the range (unix seconds)
 * @to: its end, not included
 * @time_zone: (nullable): where deadlines' dates are; %NULL for local time
 * @error: a location for a #GError
 *
 * Everything on the calendar that overlaps [@from, @to): scheduled
 * interviews, pending follow-ups, reminder notes not done, and deadlines of
 * jobs still open, each read through an index on its time.
 *
 * Returns: (transfer full) (element-type PursuitAgendaItem): the items,
 *   sorted by [func@Pursuit.agenda_item_compare], or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_agenda (PursuitStore  *self,
                           gint64         from,
                           gint64         to,
                           GTimeZone     *time_zone,
                           GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) tz = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *after_last_day = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (to <= from)
    return g_steal_pointer (&items);

  tz = time_zone != NULL ? g_time_zone_ref (time_zone) : g_time_zone_new_local ();
  first_day = format_date (tz, from, 0);
  after_last_day = format_date (tz, to - 1, 1);
  if (first_day == NULL || after_last_day == NULL)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The calendar range is outside the years 1 to 9999"));
      return NULL;
    }

  if (!collect_range (self, AGENDA_INTERVIEWS "x.starts_at >= ?1 AND x.starts_at < ?2",
                      PURSUIT_AGENDA_INTERVIEW, tz, from - MAX_INTERVIEW_SECONDS, from, to, items, error) ||
      !collect_range (self, AGENDA_FOLLOW_UPS "x.due_at >= ?1 AND x.due_at < ?2",
                      PURSUIT_AGENDA_FOLLOW_UP, tz, from, from, to, items, error) ||
      !collect_range (self, AGENDA_NOTES "x.due_at >= ?1 AND x.due_at < ?2",
                      PURSUIT_AGENDA_REMINDER, tz, from, from, to, items, error))
    return NULL;

  /* ISO dates sort as text: "2026-11-30T17:00" is within ["2026-11-30",
   * "2026-12-01"). */
  stmt = _pursuit_store_prepare (self, AGENDA_DEADLINES "j.deadline >= ?1 AND j.deadline < ?2", error);
  if (stmt == NULL)
    return NULL;

  _pursuit_bind_text (stmt, 1, first_day);
  _pursuit_bind_text (stmt, 2, after_last_day);
  if (!collect_items (self, stmt, PURSUIT_AGENDA_DEADLINE, tz, from, to, items, error))
    return NULL;

  g_ptr_array_sort (items, pursuit_agenda_item_compare);
  return g_steal_pointer (&items);
}

static gboolean
collect_job (PursuitStore       *self,
             const char         *sql,
             PursuitAgendaKind   kind,
             GTimeZone          *tz,
             gint64              job_id,
             GPtrArray          *items,
             GError            **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, job_id);
  return collect_items (self, stmt, kind, tz, 0, 0, items, error);
}

/**
 * pursuit_store_list_job_agenda:
 * @self: a store
 * @job_id: the job
 * @error: a location for a #GError
 *
 * What [method@Pursuit.Store.list_agenda] would show of one job, at any
 * time; its deadline in local time.
 *
 * Returns: (transfer full) (element-type PursuitAgendaItem): the items,
 *   sorted, or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_job_agenda (PursuitStore  *self,
                               gint64         job_id,
                               GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) tz = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_pursuit_store_job_exists (self, job_id, error))
    return NULL;

  tz = g_time_zone_new_local ();
  if (!collect_job (self, AGENDA_INTERVIEWS "x.job_id = ?1",
                    PURSUIT_AGENDA_INTERVIEW, tz, job_id, items, error) ||
      !collect_job (self, AGENDA_FOLLOW_UPS "x.job_id = ?1",
                    PURSUIT_AGENDA_FOLLOW_UP, tz, job_id, items, error) ||
      !collect_job (self, AGENDA_NOTES "x.job_id = ?1",
                    PURSUIT_AGENDA_REMINDER, tz, job_id, items, error) ||
      !collect_job (self, AGENDA_DEADLINES "j.id = ?1 AND j.deadline IS NOT NULL",
                    PURSUIT_AGENDA_DEADLINE, tz, job_id, items, error))
    return NULL;

  g_ptr_array_sort (items, pursuit_agenda_item_compare);
  return g_steal_pointer (&items);
}
