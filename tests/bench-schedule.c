/* bench-schedule.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Prints how long the calendar's reads take on 10,000 sample jobs (the
 * demo's mix of interviews, follow-ups, reminder notes and deadlines):
 *
 *   month    pursuit_store_list_agenda for this month, as the month view
 *            asks on every schedule-changed
 *   week     the same for this week
 *   job      pursuit_store_list_job_agenda of one job
 *
 * and the query plans, which must search the time indexes rather than
 * scan the tables.
 */

#include <sqlite3.h>

#include "bench/pursuit-bench.h"
#include "pursuit-demo.h"
#include "pursuit-store-private.h"
#include "pursuit-test-store.h"

#define N_JOBS 10000
#define N_RUNS 50

/* The median of N_RUNS calls, in milliseconds; @n_items gets the size of
 * the last answer. */
static double
time_agenda (PursuitStore *store,
             gint64        from,
             gint64        to,
             guint        *n_items)
{
  double runs[N_RUNS];

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GPtrArray) items = NULL;
      g_autoptr(GError) error = NULL;
      double start = now_ms ();

      items = pursuit_store_list_agenda (store, from, to, NULL, &error);
      runs[i] = now_ms () - start;
      g_assert_no_error (error);
      *n_items = items->len;
    }

  return median_ms (runs, N_RUNS);
}

static void
print_plan (PursuitStore *store,
            const char   *sql)
{
  g_autofree char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (_pursuit_store_get_db (store), explain, -1, &stmt, NULL) != SQLITE_OK)
    return;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_print ("      %s\n", (const char *)sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  g_autoptr(GDateTime) month = NULL;
  g_autoptr(GDateTime) next_month = NULL;
  g_autoptr(GDateTime) week = NULL;
  g_autoptr(GDateTime) next_week = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  double start, fill_ms, month_ms, week_ms, job_ms;
  guint n_month, n_week;

  store = pursuit_store_new (path, &error);
  g_assert_no_error (error);

  start = now_ms ();
  g_assert_true (pursuit_demo_fill (store, N_JOBS, 4, &error));
  g_assert_no_error (error);
  fill_ms = now_ms () - start;

  month = g_date_time_new (tz, g_date_time_get_year (now), g_date_time_get_month (now), 1, 0, 0, 0);
  next_month = g_date_time_add_months (month, 1);
  week = g_date_time_new (tz, g_date_time_get_year (now), g_date_time_get_month (now),
                          g_date_time_get_day_of_month (now), 0, 0, 0);
  next_week = g_date_time_add_days (week, 7);

  month_ms = time_agenda (store, g_date_time_to_unix (month), g_date_time_to_unix (next_month), &n_month);
  week_ms = time_agenda (store, g_date_time_to_unix (week), g_date_time_to_unix (next_week), &n_week);

  start = now_ms ();
  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GPtrArray) job_items = pursuit_store_list_job_agenda (store, 1 + i * (N_JOBS / N_RUNS), &error);

      g_assert_no_error (error);
    }
  job_ms = (now_ms () - start) / N_RUNS;

  g_print ("schedule on %d sample jobs (filled in %.0f ms)\n", N_JOBS, fill_ms);
  g_print ("  month    %7.2f ms  (%u items, median of %d)\n", month_ms, n_month, N_RUNS);
  g_print ("  week     %7.2f ms  (%u items, median of %d)\n", week_ms, n_week, N_RUNS);
  g_print ("  job      %7.2f ms  (mean of %d jobs)\n", job_ms, N_RUNS);

  g_print ("  plans:\n    interviews\n");
  print_plan (store, "SELECT id FROM interviews x WHERE x.status = 'scheduled' AND x.starts_at >= 1 AND x.starts_at < 2");
  g_print ("    follow-ups\n");
  print_plan (store, "SELECT id FROM follow_ups x WHERE x.status = 'pending' AND x.due_at >= 1 AND x.due_at < 2");
  g_print ("    notes\n");
  print_plan (store, "SELECT id FROM notes x WHERE x.kind = 'reminder' AND x.done = 0 AND x.due_at IS NOT NULL"
                     " AND x.due_at >= 1 AND x.due_at < 2");
  g_print ("    deadlines\n");
  print_plan (store, "SELECT j.id FROM jobs j JOIN stages s ON s.key = j.stage"
                     " WHERE s.category NOT IN ('accepted') AND j.deadline >= '2026-01-01' AND j.deadline < '2026-02-01'");

  g_clear_object (&store);
  remove_tree (dir);
  return 0;
}
