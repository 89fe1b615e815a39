/* bench-calendar.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The calendar with 10,000 sample jobs in the store: each mode (month,
 * week, agenda) shown for this month and the next, timed twice:
 *
 *   read   pursuit_calendar_view_reload() alone: the agenda query for the
 *          days on screen and filling the page
 *   frame  from the same start to the end of the next frame (layout and
 *          painting)
 *
 * Prints figures, not a verdict. Needs a display; exits 77 without one.
 */

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-calendar-span.h"
#include "pursuit-calendar-view.h"
#include "pursuit-demo.h"
#include "pursuit-store.h"

#define N_JOBS   10000
#define N_ROUNDS 5
#define SEED     20260101

static gboolean painted;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  painted = TRUE;
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_remove (child);
    }
  g_rmdir (path);
}

static void
time_mode (PursuitCalendarView *view,
           GdkFrameClock       *clock,
           PursuitCalendarMode  mode,
           const char          *name)
{
  g_autoptr(GTimeZone) time_zone = g_time_zone_new_local ();
  double read_total = 0, frame_total = 0, read_max = 0, frame_max = 0;

  pursuit_calendar_view_set_mode (view, mode);

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      GDate date;
      gint64 start, read, frame;

      /* This month and the next, in turns. */
      pursuit_calendar_today (time_zone, &date);
      if (round % 2 == 1)
        g_date_add_months (&date, 1);

      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);

      painted = FALSE;
      start = g_get_monotonic_time ();
      /* A new month: the page reads the store again. */
      pursuit_calendar_view_set_date (view, &date);
      read = g_get_monotonic_time () - start;
      gtk_widget_queue_draw (GTK_WIDGET (view));
      while (!painted)
        g_main_context_iteration (NULL, TRUE);
      frame = g_get_monotonic_time () - start;

      read_total += read / 1000.0;
      frame_total += frame / 1000.0;
      read_max = MAX (read_max, read / 1000.0);
      frame_max = MAX (frame_max, frame / 1000.0);
      (void) clock;
    }

  g_print ("%-7s read mean %6.2f ms max %6.2f ms   frame mean %6.2f ms max %6.2f ms  (%s)\n",
           name, read_total / N_ROUNDS, read_max, frame_total / N_ROUNDS, frame_max,
           pursuit_calendar_view_get_title (view));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  GtkWidget *window, *view;
  GdkFrameClock *clock;
  gint64 start;

  if (!gtk_init_check ())
    {
      g_printerr ("bench-calendar: no display\n");
      return 77;
    }
  adw_init ();

  dir = g_dir_make_tmp ("pursuit-bench-calendar-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "pursuit.db", NULL);
  store = pursuit_store_new (path, &error);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  if (!pursuit_demo_fill (store, N_JOBS, SEED, &error))
    g_error ("Could not fill the store: %s", error->message);
  g_print ("store: %d sample jobs in %.0f ms\n", N_JOBS, (g_get_monotonic_time () - start) / 1000.0);

  view = pursuit_calendar_view_new (store);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (view))
    g_main_context_iteration (NULL, TRUE);

  /* The store's part alone: six weeks around today. */
  {
    g_autoptr(GTimeZone) time_zone = g_time_zone_new_local ();
    g_autoptr(PursuitCalendarSpan) span = NULL;
    g_autoptr(GPtrArray) items = NULL;
    GDate first;
    guint n_days;

    pursuit_calendar_view_get_date (PURSUIT_CALENDAR_VIEW (view), &first);
    n_days = pursuit_calendar_period (PURSUIT_CALENDAR_MONTH, &first,
                                      pursuit_calendar_view_get_first_weekday (PURSUIT_CALENDAR_VIEW (view)),
                                      &first);
    span = pursuit_calendar_span_new (time_zone, &first, n_days);
    start = g_get_monotonic_time ();
    items = pursuit_store_list_agenda (store, pursuit_calendar_span_get_day_start (span, 0),
                                       pursuit_calendar_span_get_day_start (span, n_days),
                                       time_zone, &error);
    g_assert_no_error (error);
    g_print ("query: %u items in this month's six weeks in %.2f ms\n", items->len,
             (g_get_monotonic_time () - start) / 1000.0);
  }

  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), NULL);

  time_mode (PURSUIT_CALENDAR_VIEW (view), clock, PURSUIT_CALENDAR_MONTH, "month");
  time_mode (PURSUIT_CALENDAR_VIEW (view), clock, PURSUIT_CALENDAR_WEEK, "week");
  time_mode (PURSUIT_CALENDAR_VIEW (view), clock, PURSUIT_CALENDAR_AGENDA, "agenda");

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&store);
  remove_dir (dir);

  return 0;
}
