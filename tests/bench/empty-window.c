/* empty-window.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The baseline of the window benchmark: a plain GtkApplication with an
 * empty GtkApplicationWindow (no libadwaita), started the same way as
 * `pursuit`. At the end of its first frame it prints
 *
 *   first-frame monotonic-us=<CLOCK_MONOTONIC in µs> vmhwm-kb=<peak RSS>
 *
 * (the same line as pursuit's PURSUIT_BENCH_FIRST_FRAME hook) and quits;
 * run-window-bench.py subtracts the time it launched the process.
 */

#include <gtk/gtk.h>

static long
read_vmhwm_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;

  line = strstr (status, "VmHWM:");
  if (line == NULL)
    return -1;

  return strtol (line + strlen ("VmHWM:"), NULL, 10);
}

static void
on_after_paint_cb (GdkFrameClock *frame_clock,
                   GtkWidget     *window)
{
  gint64 now = g_get_monotonic_time ();

  g_signal_handlers_disconnect_by_func (frame_clock, on_after_paint_cb, window);

  g_print ("first-frame monotonic-us=%" G_GINT64_FORMAT " vmhwm-kb=%ld\n", now, read_vmhwm_kb ());
  fflush (stdout);

  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
on_map_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), window);
}

static void
on_activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Empty");
  /* The size pursuit opens at by default. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  app = gtk_application_new ("io.github.pursuit.Pursuit.BenchEmptyWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
