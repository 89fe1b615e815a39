/* test-chart-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "pursuit-chart.h"
#include "pursuit-chart-view.h"
#include "pursuit-demo.h"
#include "pursuit-report.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

typedef struct
{
  char          *dir;
  PursuitStore  *store;
  PursuitReport *report;
  GtkWindow     *window;
  GArray        *activated;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean demo = GPOINTER_TO_INT (data);

  fixture->store = open_temp_store ("pursuit-test-chart-view-XXXXXX", &fixture->dir);
  if (demo)
    {
      pursuit_demo_fill (fixture->store, PURSUIT_DEMO_DEFAULT_JOBS, 42, &error);
      g_assert_no_error (error);
    }

  fixture->report = pursuit_report_compute (fixture->store, 0, G_MAXINT64,
                                            g_get_real_time () / G_USEC_PER_SEC, NULL, &error);
  g_assert_no_error (error);
  fixture->activated = g_array_new (FALSE, FALSE, sizeof (guint));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_pointer (&fixture->activated, g_array_unref);
  g_clear_object (&fixture->report);
  pursuit_test_close_view (fixture->window, g_ptr_array_new (), &fixture->store, &fixture->dir);
}

static void
on_row_activated_cb (PursuitChartView *view,
                     guint             row,
                     Fixture          *fixture)
{
  g_array_append_val (fixture->activated, row);
}

static PursuitChartView *
present_chart (Fixture    *fixture,
               const char *section_id)
{
  PursuitReportSection *section = pursuit_report_get_section (fixture->report, section_id);
  GtkWidget *view;

  g_assert_nonnull (section);
  view = pursuit_chart_view_new (section);
  g_signal_connect (view, "row-activated", G_CALLBACK (on_row_activated_cb), fixture);
  fixture->window = pursuit_test_present (view, 640, 480);
  spin_until_idle ();

  return PURSUIT_CHART_VIEW (view);
}

/* Sends a key to the chart's key controller, as a key press would. */
static gboolean
press_key (PursuitChartView *view,
           guint             keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType)0, &handled);
    }

  return handled;
}

static void
move_pointer (PursuitChartView *view,
              double            x,
              double            y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        g_signal_emit_by_name (controller, "motion", x, y);
    }
}

static void
test_chart_view_keyboard (Fixture       *fixture,
                          gconstpointer  data)
{
  PursuitChartView *view = present_chart (fixture, "funnel");
  guint n_rows = pursuit_report_section_get_n_rows (pursuit_chart_view_get_section (view));

  g_assert_cmpuint (n_rows, >=, 3);
  g_assert_false (pursuit_report_section_is_empty (pursuit_chart_view_get_section (view)));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));

  /* Focus (the window's first, here) lands on the first bar. The focus
   * controller's "enter" comes once the window is active, which under
   * Xvfb without a window manager may take a few main loop turns. */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  PURSUIT_TEST_WAIT_UNTIL (pursuit_chart_view_get_highlighted_row (view) == 0, 5);

  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_cmpint (pursuit_chart_view_get_highlighted_row (view), ==, 1);
  g_assert_true (press_key (view, GDK_KEY_Down));
  g_assert_cmpint (pursuit_chart_view_get_highlighted_row (view), ==, 2);
  g_assert_true (press_key (view, GDK_KEY_Left));
  g_assert_cmpint (pursuit_chart_view_get_highlighted_row (view), ==, 1);
  g_assert_true (press_key (view, GDK_KEY_End));
  g_assert_cmpint (pursuit_chart_view_get_highlighted_row (view), ==, (int)n_rows - 1);
  /* Past the last bar it stays on the last. */
  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_cmpint (pursuit_chart_view_get_highlighted_row (view), ==, (int)n_rows - 1);
  g_assert_true (press_key (view, GDK_KEY_Home));
  g_assert_cmpint (pursuit_chart_view_get_highlighted_row (view), ==, 0);
  g_assert_true (press_key (view, GDK_KEY_Up));
  g_assert_cmpint (pursuit_chart_view_get_highlighted_row (view), ==, 0);

  g_assert_false (press_key (view, GDK_KEY_a));

  /* Return activates the keyboard's bar. */
  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_true (press_key (view, GDK_KEY_Return));
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpuint (g_array_index (fixture->activated, guint, 0), ==, 1);

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "chart-view-focus.png");
}

static void
test_chart_view_pointer (Fixture       *fixture,
                         gconstpointer  data)
{
  PursuitChartView *view = present_chart (fixture, "funnel");
  PursuitReportSection *section = pursuit_chart_view_get_section (view);
  int width = gtk_widget_get_width (GTK_WIDGET (view));
  int height = gtk_widget_get_height (GTK_WIDGET (view));
  double x, y, w, h;

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  /* Its height is the painter's natural height at its width. */
  g_assert_cmpint (height, >=, (int)pursuit_chart_get_natural_height (section, width));

  g_assert_true (pursuit_chart_get_row_bounds (section, width, height, 1, &x, &y, &w, &h));
  move_pointer (view, x + w / 2, y + h / 2);
  g_assert_cmpint (pursuit_chart_view_get_highlighted_row (view), ==, 1);

  /* Off the bars, the keyboard's bar is highlighted again, if any. */
  move_pointer (view, -10, -10);
  g_assert_cmpint (pursuit_chart_view_get_highlighted_row (view), ==,
                   gtk_widget_has_focus (GTK_WIDGET (view)) ? 0 : -1);

  /* Activation by code, as a click does; rows beyond the last are ignored. */
  pursuit_chart_view_activate_row (view, 2);
  pursuit_chart_view_activate_row (view, 10000);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpuint (g_array_index (fixture->activated, guint, 0), ==, 2);
}

static void
test_chart_view_accessible (Fixture       *fixture,
                            gconstpointer  data)
{
  PursuitChartView *view = present_chart (fixture, "by-source");
  PursuitReportSection *section = pursuit_chart_view_get_section (view);
  PursuitReportSection *funnel = pursuit_report_get_section (fixture->report, "funnel");
  g_autofree char *expected = pursuit_chart_describe (section);
  g_autofree char *expected_funnel = pursuit_chart_describe (funnel);

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_nonnull (expected);
  g_assert_cmpstr (pursuit_chart_view_get_description (view), ==, expected);

  pursuit_chart_view_set_section (view, funnel);
  g_assert_cmpstr (pursuit_chart_view_get_description (view), ==, expected_funnel);
  g_assert_true (pursuit_chart_view_get_section (view) == funnel);

  pursuit_chart_view_set_section (view, NULL);
  g_assert_null (pursuit_chart_view_get_description (view));
  spin_until_idle ();
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, 0);
}

/* An empty section draws nothing and takes no keys; the card shows its
 * empty state instead. */
static void
test_chart_view_empty (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitChartView *view = present_chart (fixture, "funnel");
  int minimum = -1;

  g_assert_true (pursuit_report_section_is_empty (pursuit_chart_view_get_section (view)));
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_VERTICAL, 400, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, ==, 0);

  gtk_widget_grab_focus (GTK_WIDGET (view));
  g_assert_false (press_key (view, GDK_KEY_Right));
  g_assert_false (press_key (view, GDK_KEY_Return));
  g_assert_cmpint (pursuit_chart_view_get_highlighted_row (view), ==, -1);
  pursuit_chart_view_activate_row (view, 0);
  g_assert_cmpuint (fixture->activated->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/chart-view/no-display"))
    return g_test_run ();

#define ADD(path, demo, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (demo), fixture_setup, func, fixture_teardown)
  ADD ("/ui/chart-view/keyboard", TRUE, test_chart_view_keyboard);
  ADD ("/ui/chart-view/pointer", TRUE, test_chart_view_pointer);
  ADD ("/ui/chart-view/accessible", TRUE, test_chart_view_accessible);
  ADD ("/ui/chart-view/empty", FALSE, test_chart_view_empty);
#undef ADD

  return g_test_run ();
}
