/* bench-store.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Prints how long the store takes for the design's budgets, each next to a
 * baseline measured in the same run on the same data, so the ratio means
 * something on a noisy machine:
 *
 *   insert   10,000 jobs through PursuitStore (validation, companies,
 *            timeline, FTS triggers)  vs  raw INSERTs of the same rows
 *   search   as-you-type prefixes through FTS5  vs  a LIKE scan
 *   export   JSON backup of everything  vs  reading every row raw
 *   restore  the backup into an empty store
 */

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "pursuit-backup.h"
#include "pursuit-demo.h"
#include "pursuit-job-list.h"
#include "pursuit-store-private.h"
#include "pursuit-test-store.h"

#define N_JOBS 10000

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
raw_insert (const char *path,
            GPtrArray  *jobs)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  double start;

  sqlite3_open (path, &db);
  sqlite3_exec (db,
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                "CREATE TABLE jobs (id INTEGER PRIMARY KEY, title TEXT, company TEXT,"
                " location TEXT, description TEXT, stage TEXT, created_at INTEGER)",
                NULL, NULL, NULL);

  start = now_ms ();
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  sqlite3_prepare_v2 (db,
                      "INSERT INTO jobs (title, company, location, description, stage, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?)", -1, &stmt, NULL);
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);

      sqlite3_bind_text (stmt, 1, pursuit_job_get_title (job), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, pursuit_job_get_company (job), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, pursuit_job_get_location (job), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, pursuit_job_get_description (job), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, pursuit_job_get_stage (job), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 6, pursuit_job_get_created_at (job));
      sqlite3_step (stmt);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close (db);

  return now_ms () - start;
}

static double
like_search (PursuitStore *store,
             const char   *word,
             guint        *n_found)
{
  g_autofree char *pattern = g_strdup_printf ("%%%s%%", word);
  sqlite3_stmt *stmt = NULL;
  double start = now_ms ();

  sqlite3_prepare_v2 (_pursuit_store_get_db (store),
                      "SELECT j.id, j.title, c.name, j.location, j.description FROM jobs j"
                      " LEFT JOIN companies c ON c.id = j.company_id"
                      " WHERE j.title LIKE ?1 OR c.name LIKE ?1 OR j.location LIKE ?1"
                      " OR j.description LIKE ?1",
                      -1, &stmt, NULL);
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_STATIC);
  *n_found = 0;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    (*n_found)++;
  sqlite3_finalize (stmt);

  return now_ms () - start;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pursuit-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autofree char *raw_path = g_build_filename (dir, "raw.db", NULL);
  g_autofree char *restore_path = g_build_filename (dir, "restore.db", NULL);
  g_autofree char *json = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitStore) restored = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  static const char * const typed[] = { "e", "en", "eng", "engi", "engin", "enginee", "engineer" };
  double start, store_ms, raw_ms, export_ms, read_ms, restore_ms;
  double worst_fts = 0, worst_like = 0;

  store = pursuit_store_new (path, &error);
  g_assert_no_error (error);

  start = now_ms ();
  if (!pursuit_demo_fill (store, N_JOBS, 42, &error))
    g_error ("%s", error->message);
  store_ms = now_ms () - start;

  jobs = pursuit_store_list_jobs (store, NULL, &error);
  g_assert_cmpuint (jobs->len, ==, N_JOBS);
  raw_ms = raw_insert (raw_path, jobs);

  g_print ("insert %d jobs: store %.1f ms, raw sqlite %.1f ms (ratio %.2f×)\n",
           N_JOBS, store_ms, raw_ms, store_ms / raw_ms);

  start = now_ms ();
  g_clear_pointer (&jobs, g_ptr_array_unref);
  jobs = pursuit_store_list_jobs (store, NULL, &error);
  read_ms = now_ms () - start;

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GPtrArray) found = NULL;
      guint n_like;
      double fts_ms, scan_ms;

      start = now_ms ();
      found = pursuit_store_search_jobs (store, typed[i], &error);
      fts_ms = now_ms () - start;
      scan_ms = like_search (store, typed[i], &n_like);

      g_print ("search “%s”: fts %.2f ms (%u jobs), LIKE scan %.2f ms (%u rows) (ratio %.2f×)\n",
               typed[i], fts_ms, found->len, scan_ms, n_like, fts_ms / scan_ms);
      worst_fts = MAX (worst_fts, fts_ms);
      worst_like = MAX (worst_like, scan_ms);
    }
  g_print ("ranked search worst keystroke: fts %.2f ms, LIKE %.2f ms\n", worst_fts, worst_like);

  /* What the board does while the user types: filter the loaded list. */
  {
    g_autoptr(PursuitJobList) list = pursuit_job_list_new (store, NULL);
    double worst_keystroke = 0;

    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      {
        double keystroke_ms;

        start = now_ms ();
        pursuit_job_list_set_query (list, typed[i]);
        keystroke_ms = now_ms () - start;
        worst_keystroke = MAX (worst_keystroke, keystroke_ms);
        g_print ("type “%s”: list filtered in %.2f ms, %u shown\n", typed[i], keystroke_ms,
                 g_list_model_get_n_items (G_LIST_MODEL (list)));
      }
    g_print ("search as you type, worst keystroke: %.2f ms (budget 16 ms; LIKE scan baseline %.2f ms, ratio %.2f×)\n",
             worst_keystroke, worst_like, worst_keystroke / worst_like);
  }

  /* The board: one list per stage, each narrowed on every keystroke. */
  {
    g_autoptr(GPtrArray) stages = pursuit_store_list_stages (store);
    g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_object_unref);
    double worst_board = 0;

    for (guint i = 0; i < stages->len; i++)
      g_ptr_array_add (columns, pursuit_job_list_new (store, pursuit_stage_get_key (g_ptr_array_index (stages, i))));

    for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
      {
        start = now_ms ();
        for (guint c = 0; c < columns->len; c++)
          pursuit_job_list_set_query (g_ptr_array_index (columns, c), typed[i]);
        worst_board = MAX (worst_board, now_ms () - start);
      }
    g_print ("board of %u columns, worst keystroke: %.2f ms (budget 16 ms)\n", columns->len, worst_board);

    /* The search bar's filters, on the whole board, with and without a
     * query: each change is one click, so the worst is what counts. */
    for (guint q = 0; q < 2; q++)
      {
        const char *query = q == 0 ? NULL : "engineer";
        g_autoptr(PursuitJobFilter) remote = pursuit_job_filter_new ();
        g_autoptr(PursuitJobFilter) salary = pursuit_job_filter_new ();
        PursuitJobFilter *steps[] = { remote, NULL, salary, NULL };
        const char *names[] = { "remote only on", "remote only off", "min salary 80,000", "min salary off" };

        pursuit_job_filter_set_remote_only (remote, TRUE);
        pursuit_job_filter_set_min_salary (salary, 80000);

        for (guint c = 0; c < columns->len; c++)
          pursuit_job_list_set_query (g_ptr_array_index (columns, c), query);

        for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
          {
            guint shown = 0;
            double step_ms;

            start = now_ms ();
            for (guint c = 0; c < columns->len; c++)
              pursuit_job_list_set_filter (g_ptr_array_index (columns, c), steps[s]);
            step_ms = now_ms () - start;

            for (guint c = 0; c < columns->len; c++)
              shown += g_list_model_get_n_items (g_ptr_array_index (columns, c));
            g_print ("board filter %s%s%s: %.2f ms, %u shown (budget 16 ms)\n", names[s],
                     query ? " with query " : "", query ? query : "", step_ms, shown);
          }
      }
  }

  start = now_ms ();
  json = pursuit_backup_export_json (store, &error);
  export_ms = now_ms () - start;
  g_assert_no_error (error);
  g_print ("export JSON: %.1f ms, %.1f MB; reading every job into objects: %.1f ms (ratio %.2f×)\n",
           export_ms, strlen (json) / 1e6, read_ms, export_ms / read_ms);

  restored = pursuit_store_new (restore_path, &error);
  start = now_ms ();
  if (!pursuit_backup_restore_json (restored, json, strlen (json), &error))
    g_error ("%s", error->message);
  restore_ms = now_ms () - start;
  g_print ("import JSON: %.1f ms (ratio to store insert %.2f×)\n", restore_ms, restore_ms / store_ms);

  g_clear_object (&store);
  g_clear_object (&restored);
  remove_tree (dir);

  return 0;
}
