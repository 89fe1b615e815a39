/* test-reports-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "pursuit-board-view.h"
#include "pursuit-chart-view.h"
#include "pursuit-demo.h"
#include "pursuit-job-filter.h"
#include "pursuit-pipeline.h"
#include "pursuit-report-card.h"
#include "pursuit-reports-view.h"
#include "pursuit-window.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

typedef struct
{
  char               *dir;
  PursuitStore       *store;
  GtkWindow          *window;
  PursuitReportsView *view;
  GPtrArray          *toasts;

  char               *shown_label;
  GVariant           *shown_ids;
} Fixture;

#define WAIT_UNTIL(done) PURSUIT_TEST_WAIT_UNTIL (done, 20)

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = open_temp_store ("pursuit-test-reports-view-XXXXXX", &fixture->dir);
  fixture->toasts = g_ptr_array_new_with_free_func (g_object_unref);
  pursuit_demo_fill (fixture->store, PURSUIT_DEMO_DEFAULT_JOBS, 42, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  g_clear_pointer (&fixture->shown_label, g_free);
  g_clear_pointer (&fixture->shown_ids, g_variant_unref);
  pursuit_test_close_view (fixture->window, fixture->toasts, &fixture->store, &fixture->dir);
}

static void
on_show_jobs_cb (PursuitReportsView *view,
                 const char         *label,
                 GVariant           *ids,
                 Fixture            *fixture)
{
  g_free (fixture->shown_label);
  fixture->shown_label = g_strdup (label);
  g_clear_pointer (&fixture->shown_ids, g_variant_unref);
  fixture->shown_ids = g_variant_ref (ids);
}

static void
wait_for_report (PursuitReportsView *view)
{
  WAIT_UNTIL (!pursuit_reports_view_get_loading (view) && pursuit_reports_view_get_report (view) != NULL);
  spin_until_idle ();
}

static void
show_view_sized (Fixture            *fixture,
                 PursuitReportRange  range,
                 int                 width,
                 int                 height)
{
  fixture->view = PURSUIT_REPORTS_VIEW (pursuit_reports_view_new (fixture->store));
  pursuit_reports_view_set_range (fixture->view, range);
  g_signal_connect (fixture->view, "show-jobs", G_CALLBACK (on_show_jobs_cb), fixture);
  fixture->window = pursuit_test_present_view (fixture->view, fixture->toasts, width, height);
  wait_for_report (fixture->view);
}

static void
show_view (Fixture            *fixture,
           PursuitReportRange  range,
           int                 height)
{
  show_view_sized (fixture, range, 1000, height);
}

static PursuitReportCard *
find_card (GtkWidget  *root,
           const char *id)
{
  GtkWidget *card = pursuit_test_find_named (root, id);

  g_assert_nonnull (card);
  g_assert_true (PURSUIT_IS_REPORT_CARD (card));

  return PURSUIT_REPORT_CARD (card);
}

static const char *
label_text (GtkWidget  *root,
            const char *name)
{
  GtkWidget *label = pursuit_test_find_named (root, name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
grid_has_text (GtkWidget  *root,
               const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (grid_has_text (child, text))
        return TRUE;
    }

  return FALSE;
}

static void
assert_figures (Fixture       *fixture,
                PursuitReport *report)
{
  GtkWidget *root = GTK_WIDGET (fixture->view);
  double applications = pursuit_report_get_figure (report, "applications");
  double rate = pursuit_report_get_figure (report, "response_rate");
  double median = pursuit_report_get_figure (report, "median_response_days");
  g_autofree char *text = NULL;

  text = g_strdup_printf ("%.0f", applications);
  g_assert_cmpstr (label_text (root, "figure-applications"), ==, text);
  g_clear_pointer (&text, g_free);

  text = applications > 0 && rate >= 0 ? g_strdup_printf ("%.0f%%", rate * 100) : g_strdup ("–");
  g_assert_cmpstr (label_text (root, "figure-response_rate"), ==, text);
  g_clear_pointer (&text, g_free);

  if (median < 0)
    text = g_strdup ("–");
  else
    text = g_strdup_printf ((int)median == 1 ? "%d day" : "%d days", (int)median);
  g_assert_cmpstr (label_text (root, "figure-median_response_days"), ==, text);
  g_clear_pointer (&text, g_free);

  text = g_strdup_printf ("%.0f", pursuit_report_get_figure (report, "active"));
  g_assert_cmpstr (label_text (root, "figure-active"), ==, text);
  g_clear_pointer (&text, g_free);

  text = g_strdup_printf ("%.0f", pursuit_report_get_figure (report, "due_this_week"));
  g_assert_cmpstr (label_text (root, "figure-due_this_week"), ==, text);
}

static void
test_reports_view_figures (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PursuitReport) expected = NULL;
  g_autoptr(GError) error = NULL;
  PursuitReport *report;
  GPtrArray *sections;

  show_view (fixture, PURSUIT_REPORT_RANGE_ALL, 900);
  report = pursuit_reports_view_get_report (fixture->view);

  /* The page shows what the core computes for the same range. */
  expected = pursuit_report_compute (fixture->store, pursuit_report_get_from (report),
                                     pursuit_report_get_to (report),
                                     pursuit_report_get_generated_at (report), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (pursuit_report_get_figure (expected, "applications"), >, 0);
  for (guint i = 0; i < 8; i++)
    {
      const char *keys[] = { "applications", "responses", "response_rate", "median_response_days",
                             "interviews", "offers", "active", "due_this_week" };

      g_assert_cmpfloat (pursuit_report_get_figure (report, keys[i]), ==,
                         pursuit_report_get_figure (expected, keys[i]));
    }
  assert_figures (fixture, expected);

  /* Every section has its card, with a chart or its empty state. */
  sections = pursuit_report_get_sections (report);
  g_assert_cmpuint (sections->len, ==, 8);
  for (guint i = 0; i < sections->len; i++)
    {
      PursuitReportSection *section = g_ptr_array_index (sections, i);
      PursuitReportCard *card = find_card (GTK_WIDGET (fixture->view), pursuit_report_section_get_id (section));

      g_assert_true (pursuit_report_card_get_section (card) == section);
      if (pursuit_report_section_is_empty (section))
        {
          /* The empty state says the section's summary. */
          g_assert_cmpstr (pursuit_report_card_get_visible (card), ==, "empty");
          g_assert_true (grid_has_text (GTK_WIDGET (card), pursuit_report_section_get_summary (section)));
        }
      else
        {
          GtkWidget *chart = pursuit_report_card_get_chart (card);

          g_assert_cmpstr (pursuit_report_card_get_visible (card), ==, "chart");
          g_assert_true (pursuit_chart_view_get_section (PURSUIT_CHART_VIEW (chart)) == section);
          g_assert_true (gtk_widget_get_mapped (chart));
          g_assert_cmpint (gtk_widget_get_height (chart), >, 40);
        }
    }

  /* The funnel of a demo search is never empty. */
  g_assert_cmpstr (pursuit_report_card_get_visible (find_card (GTK_WIDGET (fixture->view), "funnel")), ==, "chart");
}

static void
test_reports_view_table (Fixture       *fixture,
                         gconstpointer  data)
{
  PursuitReportCard *card;
  PursuitReportSection *section;
  GtkWidget *table;
  GtkWidget *toggle;

  show_view (fixture, PURSUIT_REPORT_RANGE_ALL, 900);
  card = find_card (GTK_WIDGET (fixture->view), "by-source");
  section = pursuit_report_card_get_section (card);
  g_assert_false (pursuit_report_section_is_empty (section));
  g_assert_null (pursuit_report_card_get_table (card));

  /* The toggle button, named for what it does. */
  toggle = pursuit_test_find_type (GTK_WIDGET (card), GTK_TYPE_TOGGLE_BUTTON);
  g_assert_nonnull (toggle);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (toggle), ==, "Show as Table");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  g_assert_true (pursuit_report_card_get_show_table (card));
  g_assert_cmpstr (pursuit_report_card_get_visible (card), ==, "table");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (toggle), ==, "Show as Chart");

  /* Every row, with every value as the core formats it. */
  table = pursuit_report_card_get_table (card);
  g_assert_nonnull (table);
  for (guint r = 0; r < pursuit_report_section_get_n_rows (section); r++)
    {
      g_assert_true (grid_has_text (table, pursuit_report_section_get_row_label (section, r)));
      for (guint c = 0; c < pursuit_report_section_get_n_columns (section); c++)
        {
          g_autofree char *value = pursuit_report_section_format_value (section, r, c);

          g_assert_true (grid_has_text (table, value));
        }
    }
  for (guint c = 0; c < pursuit_report_section_get_n_columns (section); c++)
    g_assert_true (grid_has_text (table, pursuit_report_section_get_column_title (section, c)));

  pursuit_test_save_screenshot (GTK_WIDGET (card), "reports-table.png");

  /* A recompute keeps the table. */
  pursuit_reports_view_reload (fixture->view);
  wait_for_report (fixture->view);
  card = find_card (GTK_WIDGET (fixture->view), "by-source");
  g_assert_cmpstr (pursuit_report_card_get_visible (card), ==, "table");
  g_assert_nonnull (pursuit_report_card_get_table (card));

  /* A row's "Show on Board" button shows its jobs. */
  {
    GtkWidget *show = pursuit_test_find_type (pursuit_report_card_get_table (card), GTK_TYPE_BUTTON);
    guint n_ids = 0;

    g_assert_nonnull (show);
    g_signal_emit_by_name (show, "clicked");
    g_assert_nonnull (fixture->shown_ids);
    pursuit_report_section_get_row_job_ids (pursuit_report_card_get_section (card), 0, &n_ids);
    g_assert_cmpuint (g_variant_n_children (fixture->shown_ids), ==, n_ids);
  }

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
  g_assert_cmpstr (pursuit_report_card_get_visible (card), ==, "chart");
}

static void
assert_shown_ids (Fixture              *fixture,
                  PursuitReportSection *section,
                  guint                 row)
{
  const gint64 *expected;
  const gint64 *ids;
  guint n_expected = 0;
  gsize n_ids = 0;

  g_assert_nonnull (fixture->shown_ids);
  g_assert_true (g_variant_is_of_type (fixture->shown_ids, G_VARIANT_TYPE ("ax")));
  expected = pursuit_report_section_get_row_job_ids (section, row, &n_expected);
  ids = g_variant_get_fixed_array (fixture->shown_ids, &n_ids, sizeof (gint64));
  g_assert_cmpuint (n_ids, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpint (ids[i], ==, expected[i]);
}

static void
test_reports_view_show_jobs (Fixture       *fixture,
                             gconstpointer  data)
{
  PursuitReportCard *card;
  PursuitReportSection *funnel;
  PursuitChartView *chart;
  g_autofree char *label = NULL;
  guint row = G_MAXUINT;

  show_view (fixture, PURSUIT_REPORT_RANGE_ALL, 900);
  card = find_card (GTK_WIDGET (fixture->view), "funnel");
  funnel = pursuit_report_card_get_section (card);
  chart = PURSUIT_CHART_VIEW (pursuit_report_card_get_chart (card));

  /* The "applied" step: fewer jobs than the whole search. */
  for (guint r = 0; r < pursuit_report_section_get_n_rows (funnel); r++)
    {
      if (g_strcmp0 (pursuit_report_section_get_row_key (funnel, r), "applied") == 0)
        row = r;
    }
  g_assert_cmpuint (row, !=, G_MAXUINT);

  pursuit_chart_view_activate_row (chart, row);
  assert_shown_ids (fixture, funnel, row);
  label = g_strdup_printf ("%s: %s", pursuit_report_section_get_title (funnel),
                           pursuit_report_section_get_row_label (funnel, row));
  g_assert_cmpstr (fixture->shown_label, ==, label);
}

static void
test_reports_view_range (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitReport) all = NULL;
  g_autoptr(PursuitReport) recent = NULL;
  g_autoptr(PursuitReport) custom = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -10);
  gint64 from = g_date_time_to_unix (start);
  gint64 to = g_date_time_to_unix (now);
  GtkWidget *dropdown;

  show_view (fixture, PURSUIT_REPORT_RANGE_ALL, 900);
  all = g_object_ref (pursuit_reports_view_get_report (fixture->view));
  g_assert_cmpint (pursuit_report_get_from (all), ==, 0);

  dropdown = pursuit_test_find_type (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, PURSUIT_REPORT_RANGE_ALL);

  /* Picking a range in the drop-down recomputes. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), PURSUIT_REPORT_RANGE_LAST_30_DAYS);
  g_assert_true (pursuit_reports_view_get_loading (fixture->view));
  wait_for_report (fixture->view);
  recent = g_object_ref (pursuit_reports_view_get_report (fixture->view));
  g_assert_true (recent != all);
  g_assert_cmpint (pursuit_reports_view_get_range (fixture->view), ==, PURSUIT_REPORT_RANGE_LAST_30_DAYS);
  g_assert_cmpint (pursuit_report_get_from (recent), >, 0);
  g_assert_cmpint (pursuit_report_get_to (recent) - pursuit_report_get_from (recent), >=, 29 * 86400);
  g_assert_cmpint (pursuit_report_get_to (recent) - pursuit_report_get_from (recent), <=, 31 * 86400);
  g_assert_cmpfloat (pursuit_report_get_figure (recent, "applications"), <=,
                     pursuit_report_get_figure (all, "applications"));
  assert_figures (fixture, recent);

  pursuit_reports_view_set_custom_range (fixture->view, from, to);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, PURSUIT_REPORT_RANGE_CUSTOM);
  wait_for_report (fixture->view);
  custom = g_object_ref (pursuit_reports_view_get_report (fixture->view));
  g_assert_cmpint (pursuit_report_get_from (custom), ==, from);
  g_assert_cmpint (pursuit_report_get_to (custom), ==, to);
  assert_figures (fixture, custom);

  /* The calendars of Custom: the first day's midnight to the midnight
   * after the last day, whichever way round they were picked. */
  {
    GtkWidget *button = pursuit_test_find_type (GTK_WIDGET (fixture->view), GTK_TYPE_MENU_BUTTON);
    GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
    GtkWidget *from_calendar = pursuit_test_find_type (GTK_WIDGET (popover), GTK_TYPE_CALENDAR);
    GtkWidget *to_calendar = gtk_widget_get_next_sibling (gtk_widget_get_parent (from_calendar));
    g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
    g_autoptr(GDateTime) first = g_date_time_new (zone, 2026, 3, 2, 12, 0, 0);
    g_autoptr(GDateTime) last = g_date_time_new (zone, 2026, 3, 8, 12, 0, 0);
    g_autoptr(GDateTime) first_midnight = g_date_time_new (zone, 2026, 3, 2, 0, 0, 0);
    g_autoptr(GDateTime) end_midnight = g_date_time_new (zone, 2026, 3, 9, 0, 0, 0);
    g_autoptr(PursuitReport) picked = NULL;

    g_assert_true (gtk_widget_get_visible (button));
    to_calendar = pursuit_test_find_type (to_calendar, GTK_TYPE_CALENDAR);
    g_assert_nonnull (to_calendar);
    g_assert_true (to_calendar != from_calendar);
    gtk_calendar_select_day (GTK_CALENDAR (from_calendar), last);
    gtk_calendar_select_day (GTK_CALENDAR (to_calendar), first);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "reports.apply-custom", NULL));
    wait_for_report (fixture->view);
    picked = g_object_ref (pursuit_reports_view_get_report (fixture->view));
    g_assert_cmpint (pursuit_report_get_from (picked), ==, g_date_time_to_unix (first_midnight));
    g_assert_cmpint (pursuit_report_get_to (picked), ==, g_date_time_to_unix (end_midnight));
    g_clear_object (&custom);
    custom = g_steal_pointer (&picked);
  }

  /* A store change while shown recomputes, after a short delay. */
  add_job (fixture->store, "Brand New Job", "Acme", PURSUIT_STAGE_APPLIED);
  WAIT_UNTIL (pursuit_reports_view_get_report (fixture->view) != custom);
  wait_for_report (fixture->view);
}

static void
test_reports_view_export (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "numbers.csv", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "missing", "dir", "numbers.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  show_view (fixture, PURSUIT_REPORT_RANGE_ALL, 900);

  pursuit_reports_view_export_csv (fixture->view, file);
  WAIT_UNTIL (fixture->toasts->len == 1);
  g_assert_cmpstr (adw_toast_get_title (g_ptr_array_index (fixture->toasts, 0)), ==, "Numbers saved");
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  expected = pursuit_report_to_csv (pursuit_reports_view_get_report (fixture->view));
  g_assert_cmpstr (contents, ==, expected);

  /* A folder that is not there: a toast that says so, no file. */
  pursuit_reports_view_export_csv (fixture->view, bad);
  WAIT_UNTIL (fixture->toasts->len == 2);
  g_assert_true (g_str_has_prefix (adw_toast_get_title (g_ptr_array_index (fixture->toasts, 1)),
                                   "Could not export the report"));
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));

  pursuit_reports_view_export_pdf (fixture->view, pdf);
  WAIT_UNTIL (fixture->toasts->len == 3);
  g_assert_cmpstr (adw_toast_get_title (g_ptr_array_index (fixture->toasts, 2)), ==, "Report saved");
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
}

static void
test_reports_view_window (Fixture       *fixture,
                          gconstpointer  data)
{
  PursuitWindow *window;
  PursuitBoardView *board;
  PursuitReportsView *view;
  PursuitReportSection *funnel;
  PursuitJobFilter *filter;
  GtkWidget *stack;
  GtkWidget *chip;
  guint all_jobs;
  guint n_ids = 0;
  guint row = G_MAXUINT;

  window = pursuit_window_new (NULL, fixture->store, FALSE);
  fixture->window = GTK_WINDOW (window);
  gtk_window_set_default_size (fixture->window, 1100, 800);
  gtk_window_present (fixture->window);
  spin_until_idle ();
  board = pursuit_window_get_board_view (window);
  all_jobs = pursuit_board_view_get_n_jobs (board);
  g_assert_cmpuint (all_jobs, ==, PURSUIT_DEMO_DEFAULT_JOBS);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "reports"));
  stack = pursuit_test_find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  view = PURSUIT_REPORTS_VIEW (adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), "reports"));
  g_assert_true (PURSUIT_IS_REPORTS_VIEW (view));
  pursuit_reports_view_set_range (view, PURSUIT_REPORT_RANGE_ALL);
  wait_for_report (view);
  pursuit_test_save_screenshot (GTK_WIDGET (window), "window-reports.png");

  funnel = pursuit_report_get_section (pursuit_reports_view_get_report (view), "funnel");
  for (guint r = 0; r < pursuit_report_section_get_n_rows (funnel); r++)
    {
      if (g_strcmp0 (pursuit_report_section_get_row_key (funnel, r), "applied") == 0)
        row = r;
    }
  g_assert_cmpuint (row, !=, G_MAXUINT);
  pursuit_report_section_get_row_job_ids (funnel, row, &n_ids);
  g_assert_cmpuint (n_ids, >, 0);
  g_assert_cmpuint (n_ids, <, all_jobs);

  /* A funnel step: the board, with exactly its jobs and a chip that says so. */
  pursuit_chart_view_activate_row (PURSUIT_CHART_VIEW (pursuit_report_card_get_chart (find_card (GTK_WIDGET (view), "funnel"))),
                                   row);
  spin_until_idle ();
  g_assert_cmpstr (pursuit_window_get_view (window), ==, "board");
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, n_ids);
  filter = pursuit_board_view_get_filter (board);
  g_assert_nonnull (filter);
  g_assert_nonnull (pursuit_job_filter_get_job_ids (filter, NULL));

  chip = pursuit_test_find_named (GTK_WIDGET (window), "report-filter-chip");
  g_assert_nonnull (chip);
  g_assert_true (gtk_widget_get_visible (chip));
  g_assert_true (grid_has_text (chip, pursuit_job_filter_get_label (filter)));
  pursuit_test_save_screenshot (GTK_WIDGET (window), "window-board-report-filter.png");

  /* The chip brings every job back. */
  g_signal_emit_by_name (chip, "clicked");
  spin_until_idle ();
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, all_jobs);
  g_assert_false (gtk_widget_get_visible (chip));
}

/* The whole page, below the fold too: the scrolled content on the
 * window's background (the screen is shorter than the page). */
static void
save_full_page (Fixture    *fixture,
                const char *name)
{
  GtkWidget *clamp = pursuit_test_find_named (GTK_WIDGET (fixture->view), "report-page");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GdkRGBA background = { 1, 1, 1, 1 };
  int width, height;

  spin_until_idle ();
  g_usleep (200000);
  spin_until_idle ();

  g_assert_nonnull (clamp);
  width = gtk_widget_get_width (clamp);
  height = gtk_widget_get_height (clamp);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (clamp), "window_bg_color", &background);
  G_GNUC_END_IGNORE_DEPRECATIONS

  paintable = gtk_widget_paintable_new (clamp);
  snapshot = gtk_snapshot_new ();
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (clamp)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pursuit_test_save_texture (texture, name);
}

static void
test_reports_view_screenshots (Fixture       *fixture,
                               gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  show_view (fixture, PURSUIT_REPORT_RANGE_ALL, 900);
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "reports-light-window.png");
  pursuit_report_card_set_show_table (find_card (GTK_WIDGET (fixture->view), "by-score"), TRUE);
  save_full_page (fixture, "reports-light.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  spin_until_idle ();
  save_full_page (fixture, "reports-dark.png");

  /* Narrow, as on a phone. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_clear_pointer (&fixture->window, gtk_window_destroy);
  show_view_sized (fixture, PURSUIT_REPORT_RANGE_ALL, 360, 700);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->view)), <=, 360);
  save_full_page (fixture, "reports-narrow.png");
}

static void
test_reports_view_empty (Fixture       *fixture,
                         gconstpointer  data)
{
  /* A store with no jobs at all. */
  close_temp_store (&fixture->store, &fixture->dir);
  fixture->store = open_temp_store ("pursuit-test-reports-view-XXXXXX", &fixture->dir);
  show_view (fixture, PURSUIT_REPORT_RANGE_LAST_90_DAYS, 1400);

  g_assert_cmpstr (label_text (GTK_WIDGET (fixture->view), "figure-applications"), ==, "0");
  g_assert_cmpstr (label_text (GTK_WIDGET (fixture->view), "figure-response_rate"), ==, "–");
  g_assert_cmpstr (label_text (GTK_WIDGET (fixture->view), "figure-median_response_days"), ==, "–");
  g_assert_cmpstr (pursuit_report_card_get_visible (find_card (GTK_WIDGET (fixture->view), "funnel")), ==, "empty");
  g_assert_cmpstr (pursuit_report_card_get_visible (find_card (GTK_WIDGET (fixture->view), "by-company")), ==, "empty");
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "reports-empty.png");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/reports-view/no-display"))
    return g_test_run ();

  /* The app's own icons, as GtkApplication finds them, for the screenshots. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/pursuit/Pursuit/icons");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/reports-view/figures", test_reports_view_figures);
  ADD ("/ui/reports-view/table", test_reports_view_table);
  ADD ("/ui/reports-view/show-jobs", test_reports_view_show_jobs);
  ADD ("/ui/reports-view/range", test_reports_view_range);
  ADD ("/ui/reports-view/export", test_reports_view_export);
  ADD ("/ui/reports-view/window", test_reports_view_window);
  ADD ("/ui/reports-view/empty", test_reports_view_empty);
  ADD ("/ui/reports-view/screenshots", test_reports_view_screenshots);
#undef ADD

  return g_test_run ();
}
