/* bench-report-pdf.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Prints how long the Reports page of 10,000 demo jobs takes to become a
 * PDF, next to a baseline measured in the same run on the same report, so
 * the ratio means something on a noisy machine:
 *
 *   csv       pursuit_report_to_csv: every number of every section as
 *             text (the least any export must do)
 *   pdf       pursuit_report_write_pdf: layout, charts, tables, pages,
 *             written to a file
 *
 * Each figure is the best of a few runs; the page count and size follow.
 */

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "pursuit-demo.h"
#include "pursuit-report-pdf.h"
#include "pursuit-report.h"
#include "pursuit-store.h"

#define N_JOBS 10000
#define N_RUNS 3

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pursuit-bench-report-pdf-XXXXXX", &error);
  g_autofree char *db = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitReport) report = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  double best_csv = G_MAXDOUBLE, best_pdf = G_MAXDOUBLE, start;
  GStatBuf buf;
  gsize csv_length = 0;
  int n_pages;

  setlocale (LC_ALL, "");
  g_assert_no_error (error);

  db = g_build_filename (dir, "pursuit.db", NULL);
  pdf = g_build_filename (dir, "report.pdf", NULL);
  file = g_file_new_for_path (pdf);

  store = pursuit_store_new (db, &error);
  g_assert_no_error (error);
  start = now_ms ();
  g_assert_true (pursuit_demo_fill (store, N_JOBS, 42, &error));
  g_assert_no_error (error);
  g_print ("# demo fill: %d jobs in %.0f ms\n", N_JOBS, now_ms () - start);

  start = now_ms ();
  report = pursuit_report_compute (store, 0, G_MAXINT64, now, zone, &error);
  g_assert_no_error (error);
  g_print ("# compute: %.1f ms\n", now_ms () - start);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autofree char *csv = NULL;

      start = now_ms ();
      csv = pursuit_report_to_csv (report);
      best_csv = MIN (best_csv, now_ms () - start);
      csv_length = strlen (csv);

      start = now_ms ();
      g_assert_true (pursuit_report_write_pdf (report, file, PURSUIT_PAPER_A4, NULL, &error));
      g_assert_no_error (error);
      best_pdf = MIN (best_pdf, now_ms () - start);
    }

  g_assert_cmpint (g_stat (pdf, &buf), ==, 0);
  {
    g_autofree char *uri = g_filename_to_uri (pdf, NULL, NULL);
    PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);

    g_assert_no_error (error);
    n_pages = poppler_document_get_n_pages (document);
    g_object_unref (document);
  }
  g_print ("csv (baseline): %8.2f ms  (%" G_GSIZE_FORMAT " bytes)\n", best_csv, csv_length);
  g_print ("pdf:            %8.2f ms  (%d pages, %lld bytes)  %.0f× the CSV\n", best_pdf, n_pages,
           (long long)buf.st_size, best_pdf / MAX (best_csv, 0.001));

  g_object_unref (g_steal_pointer (&store));
  g_unlink (pdf);
  g_unlink (db);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    /* The store's -wal/-shm files and anything else it made. */
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
  }
  g_rmdir (dir);

  return 0;
}
