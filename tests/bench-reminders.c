/* bench-reminders.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * What the reminder scheduler costs on each tick (at most once a minute)
 * with 10,000 jobs and two years of activity: every job has an interview,
 * three follow-ups and a reminder note spread from a year ago to two months
 * ahead, and everything that fell due before now has fired, as in a store
 * the app has been running on all along.
 *
 *   due    pursuit_store_list_due_reminders (now)
 *   next   pursuit_store_next_reminder_at (now)
 *   first  list_due on the first start, nothing fired yet (the catch-up)
 *
 * next to a baseline in the same run: one pass over every interview,
 * follow-up and note with its reminder state, which is what a scan per
 * tick would read at least.
 */

#include <sqlite3.h>

#include "pursuit-demo.h"
#include "pursuit-store-private.h"
#include "pursuit-test-store.h"

#define N_JOBS   10000
#define N_ROUNDS 200
#define DAY      ((gint64) 24 * 60 * 60)

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
exec_or_die (sqlite3    *db,
             const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static sqlite3_stmt *
prepare_or_die (sqlite3    *db,
                const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  return stmt;
}

static void
step_or_die (sqlite3      *db,
             sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("%s", sqlite3_errmsg (db));
  sqlite3_reset (stmt);
}

/* Raw rows: the store's own inserts would time the automation and the
 * signals, not the reminders. */
static void
add_activity (PursuitStore *store,
              gint64        now)
{
  sqlite3 *db = _pursuit_store_get_db (store);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  sqlite3_stmt *jobs, *interview, *follow_up, *note;

  exec_or_die (db, "BEGIN");
  jobs = prepare_or_die (db, "SELECT id FROM jobs");
  interview = prepare_or_die (db,
                              "INSERT INTO interviews (job_id, kind, starts_at, duration_minutes, status,"
                              " reminder_minutes, uid, created_at, updated_at)"
                              " VALUES (?1, 'technical', ?2, 60, ?3, '1440,60,15',"
                              " lower (hex (randomblob (16))) || '@pursuit.invalid', ?4, ?4)");
  follow_up = prepare_or_die (db,
                              "INSERT INTO follow_ups (job_id, sequence, step, due_at, status, created_at)"
                              " VALUES (?1, 'after_applied', ?2, ?3, ?4, ?5)");
  note = prepare_or_die (db,
                         "INSERT INTO notes (job_id, kind, body, due_at, done, created_at)"
                         " VALUES (?1, 'reminder', 'Call back', ?2, ?3, ?4)");

  while (sqlite3_step (jobs) == SQLITE_ROW)
    {
      gint64 job_id = sqlite3_column_int64 (jobs, 0);
      gint64 applied = now - g_rand_int_range (rand, 0, 365) * DAY;

      sqlite3_bind_int64 (interview, 1, job_id);
      sqlite3_bind_int64 (interview, 2, now + g_rand_int_range (rand, -365 * 24, 60 * 24) * 3600);
      sqlite3_bind_text (interview, 3, g_rand_int_range (rand, 0, 10) == 0 ? "cancelled" : "scheduled",
                         -1, SQLITE_STATIC);
      sqlite3_bind_int64 (interview, 4, applied);
      step_or_die (db, interview);

      /* Most are never marked done: they pile up, pending and overdue. */
      for (int step = 1; step <= 3; step++)
        {
          sqlite3_bind_int64 (follow_up, 1, job_id);
          sqlite3_bind_int (follow_up, 2, step);
          sqlite3_bind_int64 (follow_up, 3, applied + step * 7 * DAY + g_rand_int_range (rand, 0, 86400));
          sqlite3_bind_text (follow_up, 4, g_rand_int_range (rand, 0, 4) == 0 ? "done" : "pending",
                             -1, SQLITE_STATIC);
          sqlite3_bind_int64 (follow_up, 5, applied);
          step_or_die (db, follow_up);
        }

      sqlite3_bind_int64 (note, 1, job_id);
      sqlite3_bind_int64 (note, 2, now + g_rand_int_range (rand, -300 * 24, 30 * 24) * 3600);
      sqlite3_bind_int (note, 3, g_rand_int_range (rand, 0, 3) == 0);
      sqlite3_bind_int64 (note, 4, applied);
      step_or_die (db, note);
    }

  sqlite3_finalize (jobs);
  sqlite3_finalize (interview);
  sqlite3_finalize (follow_up);
  sqlite3_finalize (note);
  exec_or_die (db, "COMMIT");
}

/* Everything that fell due up to @now has fired. */
static void
fire_everything_due (PursuitStore *store,
                     gint64        now)
{
  sqlite3 *db = _pursuit_store_get_db (store);
  g_autofree char *sql = NULL;
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;

  sql = g_strdup_printf ("INSERT OR REPLACE INTO reminder_state (source, source_id, offset_minutes, fired_due_at)"
                         " SELECT 'follow-up', id, 0, due_at FROM follow_ups WHERE due_at <= %" G_GINT64_FORMAT ";"
                         "INSERT OR REPLACE INTO reminder_state (source, source_id, offset_minutes, fired_due_at)"
                         " SELECT 'note', id, 0, due_at FROM notes WHERE due_at <= %" G_GINT64_FORMAT ";"
                         "INSERT OR REPLACE INTO reminder_state (source, source_id, offset_minutes, fired_due_at)"
                         " SELECT 'interview', id, o.m, starts_at - o.m * 60"
                         " FROM interviews, (SELECT 1440 AS m UNION ALL SELECT 60 UNION ALL SELECT 15) o"
                         " WHERE starts_at - o.m * 60 <= %" G_GINT64_FORMAT ";",
                         now, now, now);
  exec_or_die (db, sql);

  /* And through the store, for whatever the demo data brought. */
  due = pursuit_store_list_due_reminders (store, now, &error);
  g_assert_no_error (error);
  if (!pursuit_store_mark_reminders_fired (store, due, &error))
    g_error ("%s", error->message);
}

/* The baseline: reads every item with its state once. */
static double
full_scan (PursuitStore *store,
           gint64       *n_rows)
{
  sqlite3 *db = _pursuit_store_get_db (store);
  sqlite3_stmt *stmt;
  double start = now_ms ();

  stmt = prepare_or_die (db,
                         "SELECT count (*) FROM ("
                         " SELECT f.id FROM follow_ups f LEFT JOIN reminder_state rs"
                         "  ON rs.source = 'follow-up' AND rs.source_id = f.id AND rs.offset_minutes = 0"
                         "  WHERE rs.fired_due_at IS NOT f.due_at OR rs.snoozed_until IS NOT NULL"
                         " UNION ALL SELECT n.id FROM notes n LEFT JOIN reminder_state rs"
                         "  ON rs.source = 'note' AND rs.source_id = n.id AND rs.offset_minutes = 0"
                         "  WHERE rs.fired_due_at IS NOT n.due_at OR rs.snoozed_until IS NOT NULL"
                         " UNION ALL SELECT i.id FROM interviews i LEFT JOIN reminder_state rs"
                         "  ON rs.source = 'interview' AND rs.source_id = i.id"
                         "  WHERE rs.fired_due_at IS NOT i.starts_at - rs.offset_minutes * 60)");
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("%s", sqlite3_errmsg (db));
  *n_rows = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return now_ms () - start;
}

static void
time_tick (PursuitStore *store,
           gint64        now,
           double       *due_ms,
           double       *next_ms,
           guint        *n_due)
{
  double start;

  *due_ms = 0;
  *next_ms = 0;

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      g_autoptr(GPtrArray) due = NULL;
      g_autoptr(GError) error = NULL;
      gint64 at = now + round * 60;

      start = now_ms ();
      due = pursuit_store_list_due_reminders (store, at, &error);
      *due_ms += now_ms () - start;
      g_assert_no_error (error);
      *n_due = due->len;

      start = now_ms ();
      g_assert_cmpint (pursuit_store_next_reminder_at (store, at), >, at);
      *next_ms += now_ms () - start;
    }

  *due_ms /= N_ROUNDS;
  *next_ms /= N_ROUNDS;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pursuit-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GPtrArray) first = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 n_rows = 0;
  double due_ms, next_ms, scan_ms, first_ms, start;
  guint n_due = 0;

  store = pursuit_store_new (path, &error);
  g_assert_no_error (error);
  if (!pursuit_demo_fill (store, N_JOBS, 42, &error))
    g_error ("%s", error->message);
  add_activity (store, now);

  start = now_ms ();
  first = pursuit_store_list_due_reminders (store, now, &error);
  first_ms = now_ms () - start;
  g_assert_no_error (error);
  g_print ("first start, nothing fired yet: list_due %.2f ms (%u reminders due in the last week)\n",
           first_ms, first->len);

  fire_everything_due (store, now);
  scan_ms = full_scan (store, &n_rows);
  time_tick (store, now, &due_ms, &next_ms, &n_due);

  g_print ("%d jobs, each tick: list_due %.3f ms (%u due), next_reminder_at %.3f ms;"
           " a full scan of the activity %.2f ms (%" G_GINT64_FORMAT " unfired rows) (ratio %.3f)\n",
           N_JOBS, due_ms, n_due, next_ms, scan_ms, n_rows, (due_ms + next_ms) / scan_ms);

  g_clear_object (&store);
  /* For looking at the query plans with sqlite3. */
  if (g_getenv ("PURSUIT_BENCH_KEEP") != NULL)
    g_print ("kept %s\n", path);
  else
    remove_tree (dir);

  return 0;
}
