/* bench-report.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Prints how long the Reports page's numbers take for 10,000 sample jobs
 * with their history, next to a baseline measured in the same run on the
 * same store, so the ratio means something on a noisy machine:
 *
 *   baseline  pursuit_store_list_jobs (), every job as a PursuitJob
 *   compute   pursuit_report_compute () over all time and the last 90
 *             days
 *   async     pursuit_report_compute_async () until its callback
 *   export    to_json and to_csv of the all-time report
 *
 * Each figure is the best of a few runs.
 */

#include <locale.h>
#include <string.h>

#include "pursuit-demo.h"
#include "pursuit-report.h"
#include "pursuit-test-store.h"

#define N_JOBS 10000
#define N_RUNS 3

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
computed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  PursuitReport **report = user_data;
  g_autoptr(GError) error = NULL;

  *report = pursuit_report_compute_finish (result, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GTimeZone) time_zone = g_time_zone_new_local ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 from, to;
  double start, fill_ms;
  double list_ms = G_MAXDOUBLE, all_ms = G_MAXDOUBLE, recent_ms = G_MAXDOUBLE;
  double async_ms = G_MAXDOUBLE, json_ms = G_MAXDOUBLE, csv_ms = G_MAXDOUBLE;
  guint n_events;

  setlocale (LC_ALL, "");

  store = open_temp_store ("pursuit-bench-report-XXXXXX", &dir);

  start = now_ms ();
  if (!pursuit_demo_fill (store, N_JOBS, 42, &error))
    g_error ("%s", error->message);
  fill_ms = now_ms () - start;
  n_events = (guint)count_store_rows (store, "SELECT count (*) FROM events WHERE kind = 'stage-changed'");
  g_print ("demo fill %d jobs with history (%u stage changes): %.0f ms\n", N_JOBS, n_events, fill_ms);

  pursuit_report_range_resolve (PURSUIT_REPORT_RANGE_LAST_90_DAYS, now, time_zone, &from, &to);

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GPtrArray) jobs = NULL;
      g_autoptr(PursuitReport) all = NULL;
      g_autoptr(PursuitReport) recent = NULL;
      g_autoptr(PursuitReport) async = NULL;
      g_autofree char *json = NULL;
      g_autofree char *csv = NULL;

      start = now_ms ();
      jobs = pursuit_store_list_jobs (store, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (jobs->len, ==, N_JOBS);
      list_ms = MIN (list_ms, now_ms () - start);

      start = now_ms ();
      all = pursuit_report_compute (store, 0, G_MAXINT64, now, time_zone, &error);
      g_assert_no_error (error);
      all_ms = MIN (all_ms, now_ms () - start);

      start = now_ms ();
      recent = pursuit_report_compute (store, from, to, now, time_zone, &error);
      g_assert_no_error (error);
      recent_ms = MIN (recent_ms, now_ms () - start);

      start = now_ms ();
      pursuit_report_compute_async (store, 0, G_MAXINT64, now, NULL, computed_cb, &async);
      while (async == NULL)
        g_main_context_iteration (NULL, TRUE);
      async_ms = MIN (async_ms, now_ms () - start);

      start = now_ms ();
      json = pursuit_report_to_json (all);
      json_ms = MIN (json_ms, now_ms () - start);

      start = now_ms ();
      csv = pursuit_report_to_csv (all);
      csv_ms = MIN (csv_ms, now_ms () - start);

      if (run == 0)
        g_print ("all time: %.0f applications, response rate %.2f, median %.1f days to a response; "
                 "JSON %zu bytes, CSV %zu bytes\n",
                 pursuit_report_get_figure (all, "applications"),
                 pursuit_report_get_figure (all, "response_rate"),
                 pursuit_report_get_figure (all, "median_response_days"),
                 strlen (json), strlen (csv));
    }

  g_print ("baseline pursuit_store_list_jobs: %.1f ms\n", list_ms);
  g_print ("compute all time: %.1f ms (ratio %.2f× the job list)\n", all_ms, all_ms / list_ms);
  g_print ("compute last 90 days: %.1f ms (ratio %.2f×)\n", recent_ms, recent_ms / list_ms);
  g_print ("compute async, all time, until the callback: %.1f ms (ratio %.2f×)\n", async_ms, async_ms / list_ms);
  g_print ("to_json: %.1f ms, to_csv: %.1f ms\n", json_ms, csv_ms);

  /* The budget the header promises. */
  g_assert_cmpfloat (all_ms, <, 1000);

  close_temp_store (&store, &dir);

  return 0;
}
