/* bench-import.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The CSV import of issue 3 in the real window: a file of 10,000 rows
 * (title, company, salary, status, date applied, notes) imported with
 * pursuit_import_export_import_csv(), the board listening. Prints:
 *
 *   total   from the call to the end of the import (file read, parse in a
 *           worker thread, the writes in slices, the commit)
 *   stall   the longest time the main loop did not run a 2 ms timer, i.e.
 *           the longest the window could not draw or take input
 *   slices  how many main-loop iterations the writes took
 *
 * Then the same file again, cancelled half-way, and how long the cancel
 * took. Prints figures, not a verdict. Needs a display; exits 77 without.
 */

#include <glib/gstdio.h>
#include <adwaita.h>

#include "import/pursuit-csv.h"
#include "pursuit-backup.h"
#include "pursuit-board-view.h"
#include "pursuit-import-export.h"
#include "pursuit-store.h"
#include "pursuit-window.h"

#define N_ROWS 10000
#define TICK_MS 2

typedef struct
{
  gint64 last;
  gint64 longest;
  guint  ticks;
} Watch;

static gboolean
tick_cb (gpointer data)
{
  Watch *watch = data;
  gint64 now = g_get_monotonic_time ();

  if (watch->last != 0)
    watch->longest = MAX (watch->longest, now - watch->last);
  watch->last = now;
  watch->ticks++;

  return G_SOURCE_CONTINUE;
}

static char *
make_csv (void)
{
  static const char * const statuses[] = { "Wishlist", "Applied", "Phone Screen", "Onsite", "Rejected" };
  GString *text = g_string_new ("Job Title,Company Name,Salary,Status,Date Applied,Notes\r\n");

  for (guint i = 0; i < N_ROWS; i++)
    g_string_append_printf (text,
                            "Engineer %u,Company %u,€%uk–%uk,%s,2026-%02u-%02u,\"Note %u, with a comma\"\r\n",
                            i, i % 613, 50 + i % 40, 70 + i % 40, statuses[i % G_N_ELEMENTS (statuses)],
                            1 + i % 12, 1 + i % 28, i);

  return g_string_free (text, FALSE);
}

static void
run (PursuitWindow     *window,
     GFile             *file,
     PursuitCsvMapping *mapping,
     gboolean           cancel)
{
  Watch watch = { 0, };
  gint64 start = g_get_monotonic_time ();
  gint64 cancel_time = 0;
  guint id;

  id = g_timeout_add (TICK_MS, tick_cb, &watch);
  pursuit_import_export_import_csv (window, file, mapping);

  /* Wait for the import to start, then for its end. */
  while (!pursuit_import_export_is_busy (window))
    g_main_context_iteration (NULL, TRUE);

  while (pursuit_import_export_is_busy (window))
    {
      g_main_context_iteration (NULL, TRUE);

      if (cancel && pursuit_backup_count_jobs (pursuit_window_get_store (window)) >= N_ROWS / 2)
        {
          gint64 t = g_get_monotonic_time ();

          pursuit_import_export_cancel (window);
          cancel_time = g_get_monotonic_time () - t;
        }
    }

  /* The frame after the commit, where the board lays out its cards. */
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);

  g_source_remove (id);

  if (cancel)
    g_print ("import %u rows, cancelled half-way: cancel %.1f ms, longest stall %.1f ms, jobs after %u\n",
             N_ROWS, cancel_time / 1000.0, watch.longest / 1000.0,
             pursuit_backup_count_jobs (pursuit_window_get_store (window)));
  else
    g_print ("import %u rows: total %.0f ms, longest stall %.1f ms (timer every %d ms), jobs after %u\n",
             N_ROWS, (g_get_monotonic_time () - start) / 1000.0, watch.longest / 1000.0, TICK_MS,
             pursuit_backup_count_jobs (pursuit_window_get_store (window)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitCsvMapping) mapping = NULL;
  PursuitWindow *window;

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run under xvfb-run\n");
      return 77;
    }
  adw_init ();

  dir = g_dir_make_tmp ("pursuit-bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "pursuit.db", NULL);
  csv_path = g_build_filename (dir, "jobs.csv", NULL);
  text = make_csv ();
  g_file_set_contents (csv_path, text, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (csv_path);
  mapping = pursuit_csv_mapping_guess_from_data (text, strlen (text), &error);
  g_assert_no_error (error);

  store = pursuit_store_new (db, &error);
  g_assert_no_error (error);
  window = pursuit_window_new (NULL, store, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  run (window, file, mapping, TRUE);
  run (window, file, mapping, FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&store);

  g_unlink (csv_path);
  g_unlink (db);
  {
    g_autofree char *wal = g_strconcat (db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (db, "-shm", NULL);

    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);

  return 0;
}
