/* bench-board-filter.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The per-keystroke part of the window benchmark: the real window with
 * 10,000 jobs (the store in the folder given as the first argument, or a
 * fresh one filled with sample jobs), then the search typed one letter at
 * a time ("e", "en", … "engineer") and erased again. Each keystroke is
 * timed twice:
 *
 *   filter  pursuit_board_view_set_query() alone: the full-text search and
 *           every column's model
 *   frame   from the same start to the end of the next frame (layout of the
 *           columns, the cards that become visible, painting)
 *
 * Between keystrokes the main loop rests, as between a person's key
 * presses, so a keystroke's frame is not held back by the previous one.
 * Then the search bar's filters are timed the same way, one click each:
 * "remote only" on and off, a minimum salary set and cleared
 * (pursuit_board_view_set_filter()).
 * Prints figures, not a verdict. Needs a display; exits 77 without one.
 */

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-board-view.h"
#include "pursuit-demo.h"
#include "pursuit-job-filter.h"
#include "pursuit-store.h"
#include "pursuit-window.h"

#define N_JOBS   10000
#define N_ROUNDS 5
#define SEED     20260101

/* Usage: bench-board-filter [DATA-DIR [ROUNDS]] */

static const char *const keystrokes[] = {
  "e", "en", "eng", "engi", "engin", "engine", "enginee", "engineer",
  "enginee", "engine", "engin", "engi", "eng", "en", "e", "",
};

/* The filter clicks, in order; NULL turns the filters off again. */
typedef struct
{
  const char *name;
  gboolean    remote_only;
  gint64      min_salary;
} FilterStep;

static const FilterStep filter_steps[] = {
  { "remote only", TRUE, 0 },
  { "no filter", FALSE, 0 },
  { "min salary 80k", FALSE, 80000 },
  { "no filter", FALSE, 0 },
  { "remote + 80k", TRUE, 80000 },
  { "no filter", FALSE, 0 },
};

static gboolean painted;

static void
on_after_paint_cb (GdkFrameClock *frame_clock,
                   gpointer       user_data)
{
  painted = TRUE;
}

static void
wait_for_frame (void)
{
  painted = FALSE;
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
}

/* Lets the main loop settle for @ms milliseconds, untimed. */
static void
rest (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (G_TIME_SPAN_MILLISECOND);
    }
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static double
worst (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len - 1);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_remove (child);
    }

  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all_filter = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all_frame = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *tmp_dir = NULL;
  GArray *step_filter[G_N_ELEMENTS (keystrokes)];
  GArray *step_frame[G_N_ELEMENTS (keystrokes)];
  GdkFrameClock *frame_clock;
  PursuitBoardView *board;
  PursuitWindow *window;
  guint n_shown[G_N_ELEMENTS (keystrokes)];
  guint n_rounds = N_ROUNDS;
  double first_filter_ms = 0, first_frame_ms = 0;

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run the benchmark under xvfb-run\n");
      return 77;
    }

  adw_init ();

  /* The application's stylesheet, which AdwApplication would load: the
   * board's columns and cards measure as in Pursuit. */
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, "/io/github/pursuit/Pursuit/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  if (argc > 2)
    n_rounds = CLAMP (g_ascii_strtoull (argv[2], NULL, 10), 1, 100);

  if (argc > 1)
    {
      store = pursuit_store_open_default (argv[1], &error);
    }
  else
    {
      tmp_dir = g_dir_make_tmp ("pursuit-bench-filter-XXXXXX", &error);
      if (tmp_dir != NULL)
        store = pursuit_store_open_default (tmp_dir, &error);
      if (store != NULL && !pursuit_demo_fill (store, N_JOBS, SEED, &error))
        g_clear_object (&store);
    }

  if (store == NULL)
    {
      g_printerr ("Could not open the store: %s\n", error->message);
      return 1;
    }

  window = pursuit_window_new (NULL, store, FALSE);
  board = pursuit_window_get_board_view (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_present (GTK_WINDOW (window));

  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_assert_nonnull (frame_clock);
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);
  wait_for_frame ();
  rest (200);

  g_print ("board filter per keystroke, %u jobs on the board, %u rounds\n",
           pursuit_board_view_get_n_jobs (board), n_rounds);

  for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
    {
      step_filter[k] = g_array_new (FALSE, FALSE, sizeof (double));
      step_frame[k] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  for (guint round = 0; round < n_rounds; round++)
    {
      for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
        {
          gint64 start, filtered, drawn;
          double filter_ms, frame_ms;

          rest (50);

          /* A keystroke redraws at least the search entry; the whole
           * window is the worst case. */
          gtk_widget_queue_draw (GTK_WIDGET (window));

          start = g_get_monotonic_time ();
          pursuit_board_view_set_query (board, keystrokes[k]);
          filtered = g_get_monotonic_time ();
          wait_for_frame ();
          drawn = g_get_monotonic_time ();

          filter_ms = (filtered - start) / 1000.0;
          frame_ms = (drawn - start) / 1000.0;
          if (round == 0 && k == 0)
            {
              first_filter_ms = filter_ms;
              first_frame_ms = frame_ms;
            }
          g_array_append_val (step_filter[k], filter_ms);
          g_array_append_val (step_frame[k], frame_ms);
          g_array_append_val (all_filter, filter_ms);
          g_array_append_val (all_frame, frame_ms);
          n_shown[k] = pursuit_board_view_get_n_jobs (board);
        }
    }

  g_print ("  %-10s %8s %12s %12s\n", "query", "jobs", "filter ms", "+frame ms");
  for (guint k = 0; k < G_N_ELEMENTS (keystrokes); k++)
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", keystrokes[k]);

      g_print ("  %-10s %8u %12.2f %12.2f\n", quoted, n_shown[k],
               median (step_filter[k]), median (step_frame[k]));
      g_array_unref (step_filter[k]);
      g_array_unref (step_frame[k]);
    }
  g_print ("  (medians over %u rounds)\n", n_rounds);
  /* The very first search also warms up the full-text index and the
   * cards' highlighting; the medians above hide it. */
  g_print ("first keystroke of the session:  filter %.2f ms, +frame %.2f ms\n",
           first_filter_ms, first_frame_ms);
  g_print ("filter per keystroke:            median %.2f ms, worst %.2f ms\n",
           median (all_filter), worst (all_filter));
  g_print ("filter + frame per keystroke:    median %.2f ms, worst %.2f ms (aim: under 16 ms)\n",
           median (all_frame), worst (all_frame));

  /* The filters, without a query: every job is a candidate. */
  pursuit_board_view_set_query (board, NULL);
  {
    g_autoptr(GArray) click_filter = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) click_frame = g_array_new (FALSE, FALSE, sizeof (double));
    GArray *filter_step_ms[G_N_ELEMENTS (filter_steps)];
    GArray *frame_step_ms[G_N_ELEMENTS (filter_steps)];
    guint filter_shown[G_N_ELEMENTS (filter_steps)];

    for (guint k = 0; k < G_N_ELEMENTS (filter_steps); k++)
      {
        filter_step_ms[k] = g_array_new (FALSE, FALSE, sizeof (double));
        frame_step_ms[k] = g_array_new (FALSE, FALSE, sizeof (double));
      }

    for (guint round = 0; round < n_rounds; round++)
      {
        for (guint k = 0; k < G_N_ELEMENTS (filter_steps); k++)
          {
            g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
            gint64 start, filtered, drawn;
            double filter_ms, frame_ms;

            pursuit_job_filter_set_remote_only (filter, filter_steps[k].remote_only);
            pursuit_job_filter_set_min_salary (filter, filter_steps[k].min_salary);

            rest (50);
            gtk_widget_queue_draw (GTK_WIDGET (window));

            start = g_get_monotonic_time ();
            pursuit_board_view_set_filter (board, filter);
            filtered = g_get_monotonic_time ();
            wait_for_frame ();
            drawn = g_get_monotonic_time ();

            filter_ms = (filtered - start) / 1000.0;
            frame_ms = (drawn - start) / 1000.0;
            g_array_append_val (filter_step_ms[k], filter_ms);
            g_array_append_val (frame_step_ms[k], frame_ms);
            g_array_append_val (click_filter, filter_ms);
            g_array_append_val (click_frame, frame_ms);
            filter_shown[k] = pursuit_board_view_get_n_jobs (board);
          }
      }

    g_print ("  %-16s %8s %12s %12s\n", "filters", "jobs", "filter ms", "+frame ms");
    for (guint k = 0; k < G_N_ELEMENTS (filter_steps); k++)
      {
        g_print ("  %-16s %8u %12.2f %12.2f\n", filter_steps[k].name, filter_shown[k],
                 median (filter_step_ms[k]), median (frame_step_ms[k]));
        g_array_unref (filter_step_ms[k]);
        g_array_unref (frame_step_ms[k]);
      }
    g_print ("  (medians over %u rounds)\n", n_rounds);
    g_print ("filter click (remote, salary):   median %.2f ms, worst %.2f ms (text: median %.2f ms)\n",
             median (click_filter), worst (click_filter), median (all_filter));
    g_print ("filter click + frame:            median %.2f ms, worst %.2f ms (aim: under 16 ms)\n",
             median (click_frame), worst (click_frame));
  }

  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint_cb, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  rest (50);
  g_clear_object (&store);

  if (tmp_dir != NULL)
    remove_dir (tmp_dir);

  return 0;
}
