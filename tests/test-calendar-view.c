/* test-calendar-view.c: the Calendar page
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>

#include "pursuit-calendar-agenda-list.h"
#include "pursuit-calendar-date.h"
#include "pursuit-calendar-day-cell.h"
#include "pursuit-calendar-month-grid.h"
#include "pursuit-calendar-span.h"
#include "pursuit-calendar-view.h"
#include "pursuit-calendar-week-grid.h"
#include "pursuit-interview-dialog.h"
#include "pursuit-store.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

typedef struct
{
  StoreFixture          store;
  GTimeZone            *berlin;
  GtkWindow            *window;
  PursuitCalendarView  *view;
  /* win.show-job's last parameter. */
  gint64                shown_job;
} Fixture;

static void
on_show_job_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  Fixture *fixture = user_data;

  fixture->shown_job = g_variant_get_int64 (parameter);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  static const GActionEntry entries[] = {
    { .name = "show-job", .activate = on_show_job_cb, .parameter_type = "x" },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  store_fixture_setup (&fixture->store, data);
  fixture->berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (fixture->berlin);

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), fixture);

  fixture->view = PURSUIT_CALENDAR_VIEW (pursuit_calendar_view_new (fixture->store.store));
  pursuit_calendar_view_set_time_zone (fixture->view, fixture->berlin);
  pursuit_calendar_view_set_first_weekday (fixture->view, 1);
  /* The mode is kept in the settings, which outlive a test. */
  pursuit_calendar_view_set_mode (fixture->view, PURSUIT_CALENDAR_MONTH);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (group));
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);

  while (!gtk_widget_get_mapped (GTK_WIDGET (fixture->view)))
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  spin_until_idle ();
  g_time_zone_unref (fixture->berlin);
  store_fixture_teardown (&fixture->store, data);
}

static gint64
add_interview (Fixture    *fixture,
               gint64      job_id,
               gint64      starts_at,
               const char *kind)
{
  g_autoptr(PursuitInterview) interview = make_interview (job_id, kind, starts_at, 45);

  pursuit_interview_set_location (interview, "<b>Room 1</b>");

  return store_interview (fixture->store.store, interview);
}

static void
set_date (Fixture *fixture,
          int      year,
          int      month,
          int      day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  pursuit_calendar_view_set_date (fixture->view, &date);
}

static PursuitCalendarDayCell *
find_cell (Fixture *fixture,
           int      year,
           int      month,
           int      day)
{
  PursuitCalendarMonthGrid *grid = PURSUIT_CALENDAR_MONTH_GRID (pursuit_calendar_view_get_month (fixture->view));
  GDate wanted;

  g_date_clear (&wanted, 1);
  g_date_set_dmy (&wanted, day, month, year);

  for (guint i = 0; i < PURSUIT_CALENDAR_MONTH_DAYS; i++)
    {
      PursuitCalendarDayCell *cell = PURSUIT_CALENDAR_DAY_CELL (pursuit_calendar_month_grid_get_cell (grid, i));
      GDate date;

      pursuit_calendar_day_cell_get_date (cell, &date);
      if (g_date_valid (&date) && g_date_compare (&date, &wanted) == 0)
        return cell;
    }

  return NULL;
}

static guint
n_cell_items (PursuitCalendarDayCell *cell)
{
  GPtrArray *items = pursuit_calendar_day_cell_get_items (cell);

  return items != NULL ? items->len : 0;
}

static void
assert_cell_date (PursuitCalendarMonthGrid *grid,
                  guint                     index,
                  int                       year,
                  int                       month,
                  int                       day)
{
  GDate date;

  pursuit_calendar_day_cell_get_date (PURSUIT_CALENDAR_DAY_CELL (pursuit_calendar_month_grid_get_cell (grid, index)), &date);
  g_assert_true (g_date_valid (&date));
  g_assert_cmpint (g_date_get_year (&date), ==, year);
  g_assert_cmpint (g_date_get_month (&date), ==, month);
  g_assert_cmpint (g_date_get_day (&date), ==, day);
}

static void
test_first_weekday (Fixture       *fixture,
                    gconstpointer  data)
{
  PursuitCalendarMonthGrid *grid = PURSUIT_CALENDAR_MONTH_GRID (pursuit_calendar_view_get_month (fixture->view));
  int locale = pursuit_calendar_locale_first_weekday ();

  g_assert_cmpint (locale, >=, 0);
  g_assert_cmpint (locale, <=, 6);

  set_date (fixture, 2026, 11, 23);

  /* 1 November 2026 is a Sunday: a Sunday grid starts on it. */
  pursuit_calendar_view_set_first_weekday (fixture->view, 0);
  assert_cell_date (grid, 0, 2026, 11, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (pursuit_calendar_month_grid_get_header (grid, 0))), ==, "Sun");

  /* A Monday grid starts on the Monday before. */
  pursuit_calendar_view_set_first_weekday (fixture->view, 1);
  assert_cell_date (grid, 0, 2026, 10, 26);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (pursuit_calendar_month_grid_get_header (grid, 0))), ==, "Mon");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (pursuit_calendar_month_grid_get_header (grid, 6))), ==, "Sun");

  /* Saturday, as in much of the Middle East. */
  pursuit_calendar_view_set_first_weekday (fixture->view, 6);
  assert_cell_date (grid, 0, 2026, 10, 31);

  /* The locale's own: the first cell falls on that weekday. */
  pursuit_calendar_view_set_first_weekday (fixture->view, -1);
  g_assert_cmpint (pursuit_calendar_view_get_first_weekday (fixture->view), ==, locale);
  {
    GDate first;

    pursuit_calendar_day_cell_get_date (PURSUIT_CALENDAR_DAY_CELL (pursuit_calendar_month_grid_get_cell (grid, 0)), &first);
    g_assert_cmpint (pursuit_calendar_weekday (&first), ==, locale);
  }
}

static void
test_month_grid (Fixture       *fixture,
                 gconstpointer  data)
{
  PursuitCalendarMonthGrid *grid = PURSUIT_CALENDAR_MONTH_GRID (pursuit_calendar_view_get_month (fixture->view));
  GtkWidget *first, *in_month, *last;

  set_date (fixture, 2026, 11, 23);
  g_assert_cmpstr (pursuit_calendar_view_get_title (fixture->view), ==, "November 2026");

  /* Six weeks, Monday 26 October to Sunday 6 December. */
  assert_cell_date (grid, 0, 2026, 10, 26);
  assert_cell_date (grid, 6, 2026, 11, 1);
  assert_cell_date (grid, 41, 2026, 12, 6);

  first = pursuit_calendar_month_grid_get_cell (grid, 0);
  in_month = pursuit_calendar_month_grid_get_cell (grid, 6);
  last = pursuit_calendar_month_grid_get_cell (grid, 41);
  g_assert_true (gtk_widget_has_css_class (first, "other-month"));
  g_assert_false (gtk_widget_has_css_class (in_month, "other-month"));
  g_assert_true (gtk_widget_has_css_class (last, "other-month"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (in_month), ==, "Sunday 1 November, no items");

  /* The week's title. */
  pursuit_calendar_view_set_mode (fixture->view, PURSUIT_CALENDAR_WEEK);
  g_assert_cmpstr (pursuit_calendar_view_get_title (fixture->view), ==, "23 – 29 November 2026");
  set_date (fixture, 2026, 12, 31);
  g_assert_cmpstr (pursuit_calendar_view_get_title (fixture->view), ==, "28 December 2026 – 3 January 2027");
}

static void
test_today (Fixture       *fixture,
            gconstpointer  data)
{
  PursuitCalendarDayCell *cell;
  GDate today, shown;

  pursuit_calendar_today (fixture->berlin, &today);
  set_date (fixture, 2001, 1, 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "calendar.today", NULL);

  pursuit_calendar_view_get_date (fixture->view, &shown);
  g_assert_cmpint (g_date_compare (&shown, &today), ==, 0);
  cell = find_cell (fixture, g_date_get_year (&today), g_date_get_month (&today), g_date_get_day (&today));
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "today"));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (cell)));
}

static void
test_items_on_days (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 acme = add_job_with_deadline (fixture->store.store, "Backend Engineer", "Acme", "2026-11-27");
  gint64 globex = add_job (fixture->store.store, "Data Analyst", "Globex", "applied");
  PursuitCalendarDayCell *cell;
  GPtrArray *items;

  add_interview (fixture, acme, unix_time_in (fixture->berlin, 2026, 11, 23, 14, 0), "technical");
  /* Late in the evening, and early the next morning: local days. */
  add_follow_up_due (fixture->store.store, globex, unix_time_in (fixture->berlin, 2026, 11, 23, 23, 30));
  add_follow_up_due (fixture->store.store, globex, unix_time_in (fixture->berlin, 2026, 11, 24, 0, 30));

  set_date (fixture, 2026, 11, 23);
  pursuit_calendar_view_reload (fixture->view);

  cell = find_cell (fixture, 2026, 11, 23);
  g_assert_cmpuint (n_cell_items (cell), ==, 2);
  items = pursuit_calendar_day_cell_get_items (cell);
  g_assert_cmpint (pursuit_agenda_item_get_kind (g_ptr_array_index (items, 0)), ==, PURSUIT_AGENDA_INTERVIEW);
  g_assert_cmpint (pursuit_agenda_item_get_kind (g_ptr_array_index (items, 1)), ==, PURSUIT_AGENDA_FOLLOW_UP);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)), ==, "Monday 23 November, 2 items");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "busy"));

  g_assert_cmpuint (n_cell_items (find_cell (fixture, 2026, 11, 24)), ==, 1);
  g_assert_cmpuint (n_cell_items (find_cell (fixture, 2026, 11, 27)), ==, 1);
  items = pursuit_calendar_day_cell_get_items (find_cell (fixture, 2026, 11, 27));
  g_assert_cmpint (pursuit_agenda_item_get_kind (g_ptr_array_index (items, 0)), ==, PURSUIT_AGENDA_DEADLINE);
  g_assert_cmpuint (n_cell_items (find_cell (fixture, 2026, 11, 25)), ==, 0);

  /* A change in the store shows without a reload. */
  add_interview (fixture, globex, unix_time_in (fixture->berlin, 2026, 11, 25, 9, 0), "phone_screen");
  for (guint i = 0; i < 50 && n_cell_items (find_cell (fixture, 2026, 11, 25)) == 0; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_cell_items (find_cell (fixture, 2026, 11, 25)), ==, 1);

  /* The agenda lists a heading per day, then its items. */
  pursuit_calendar_view_set_mode (fixture->view, PURSUIT_CALENDAR_AGENDA);
  {
    GListModel *rows = pursuit_calendar_agenda_list_get_model (PURSUIT_CALENDAR_AGENDA_LIST (pursuit_calendar_view_get_agenda (fixture->view)));
    g_autoptr(GObject) heading = g_list_model_get_item (rows, 0);
    g_autoptr(GObject) item = g_list_model_get_item (rows, 1);

    /* 23 (2), 24 (1), 25 (1), 27 (1): four headings, five items. */
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 9);
    g_assert_true (GTK_IS_STRING_OBJECT (heading));
    g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (heading)), ==, "Monday 23 November");
    g_assert_true (PURSUIT_IS_AGENDA_ITEM (item));
    g_assert_cmpint (pursuit_agenda_item_get_job_id (PURSUIT_AGENDA_ITEM (item)), ==, acme);
  }
}

static void
test_dst_week (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PursuitCalendarSpan) span = NULL;
  PursuitCalendarWeekGrid *week;
  gint64 job = add_job (fixture->store.store, "Platform Engineer", "Initech", "applied");
  GDate first;

  /* Summer time ends in Berlin at 03:00 on Sunday 25 October 2026. */
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 19, 10, 2026);
  span = pursuit_calendar_span_new (fixture->berlin, &first, 7);
  g_assert_cmpint (pursuit_calendar_span_get_day_start (span, 1) - pursuit_calendar_span_get_day_start (span, 0), ==, 86400);
  g_assert_cmpint (pursuit_calendar_span_get_day_start (span, 7) - pursuit_calendar_span_get_day_start (span, 6), ==, 25 * 3600);
  g_assert_cmpint (pursuit_calendar_span_find_day (span, unix_time_in (fixture->berlin, 2026, 10, 25, 23, 30)), ==, 6);
  g_assert_cmpint (pursuit_calendar_span_find_day (span, unix_time_in (fixture->berlin, 2026, 10, 26, 0, 0)), ==, -1);
  g_assert_cmpint (pursuit_calendar_span_find_day (span, unix_time_in (fixture->berlin, 2026, 10, 19, 0, 0)), ==, 0);

  add_follow_up_due (fixture->store.store, job, unix_time_in (fixture->berlin, 2026, 10, 25, 23, 30));
  add_follow_up_due (fixture->store.store, job, unix_time_in (fixture->berlin, 2026, 10, 26, 0, 30));

  pursuit_calendar_view_set_mode (fixture->view, PURSUIT_CALENDAR_WEEK);
  set_date (fixture, 2026, 10, 22);
  pursuit_calendar_view_reload (fixture->view);
  g_assert_cmpstr (pursuit_calendar_view_get_title (fixture->view), ==, "19 – 25 October 2026");

  /* Seven days, Monday to Sunday; the late follow-up on Sunday, the one
   * after midnight not in this week. */
  week = PURSUIT_CALENDAR_WEEK_GRID (pursuit_calendar_view_get_week (fixture->view));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (pursuit_calendar_week_grid_get_day (week, 0)), ==, "Monday 19 October, no items");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (pursuit_calendar_week_grid_get_day (week, 6)), ==, "Sunday 25 October, 1 item");
  g_assert_true (gtk_widget_get_visible (pursuit_calendar_week_grid_get_items (week, 6)));
  g_assert_false (gtk_widget_get_visible (pursuit_calendar_week_grid_get_items (week, 5)));
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  PursuitCalendarDayCell *cell;
  GDate date;

  set_date (fixture, 2026, 11, 23);
  g_assert_true (pursuit_calendar_month_grid_focus_date (PURSUIT_CALENDAR_MONTH_GRID (pursuit_calendar_view_get_month (fixture->view)), &(GDate) { 0 }) == FALSE);

  /* Right: the next day, in the same month. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "calendar.move-focus", "i", 1);
  pursuit_calendar_view_get_date (fixture->view, &date);
  g_assert_cmpint (g_date_get_day (&date), ==, 24);
  cell = find_cell (fixture, 2026, 11, 24);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (cell)));

  /* Down: a week later, which is December: the page turns. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "calendar.move-focus", "i", 7);
  g_assert_cmpstr (pursuit_calendar_view_get_title (fixture->view), ==, "December 2026");
  cell = find_cell (fixture, 2026, 12, 1);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell), "other-month"));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (cell)));

  /* Page Up: the month before, the same day. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "calendar.previous", NULL);
  g_assert_cmpstr (pursuit_calendar_view_get_title (fixture->view), ==, "November 2026");
  pursuit_calendar_view_get_date (fixture->view, &date);
  g_assert_cmpint (g_date_get_month (&date), ==, 11);
  g_assert_cmpint (g_date_get_day (&date), ==, 1);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (find_cell (fixture, 2026, 11, 1))));

  /* Left from the 1st: back into October. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "calendar.move-focus", "i", -1);
  g_assert_cmpstr (pursuit_calendar_view_get_title (fixture->view), ==, "October 2026");

  /* Page Down in the week: seven days on. */
  pursuit_calendar_view_set_mode (fixture->view, PURSUIT_CALENDAR_WEEK);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "calendar.next", NULL);
  g_assert_cmpstr (pursuit_calendar_view_get_title (fixture->view), ==, "2 – 8 November 2026");

  /* The mode action, as the toggle buttons use it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "calendar.mode", "s", "agenda");
  g_assert_cmpint (pursuit_calendar_view_get_mode (fixture->view), ==, PURSUIT_CALENDAR_AGENDA);
  g_assert_cmpstr (pursuit_calendar_view_get_title (fixture->view), ==, "November 2026");
}

static void
test_activation (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 acme = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");
  PursuitCalendarDayCell *cell;
  GtkWidget *popover, *button = NULL;
  GListModel *rows;

  add_interview (fixture, acme, unix_time_in (fixture->berlin, 2026, 11, 23, 14, 0), "technical");
  set_date (fixture, 2026, 11, 23);
  pursuit_calendar_view_reload (fixture->view);

  /* Enter on a day opens its list, whose item opens the job. */
  cell = find_cell (fixture, 2026, 11, 23);
  g_signal_emit_by_name (cell, "activate");
  popover = pursuit_calendar_day_cell_get_popover (cell);
  g_assert_nonnull (popover);
  for (GtkWidget *child = popover; child != NULL; )
    {
      if (GTK_IS_BUTTON (child) && gtk_widget_has_css_class (child, "calendar-item"))
        {
          button = child;
          break;
        }
      child = gtk_widget_get_first_child (child) != NULL ? gtk_widget_get_first_child (child) :
              gtk_widget_get_next_sibling (child) != NULL ? gtk_widget_get_next_sibling (child) :
              gtk_widget_get_parent (child) != popover ? gtk_widget_get_next_sibling (gtk_widget_get_parent (child)) : NULL;
    }
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Interview, Acme, Backend Engineer, 14:00");
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (fixture->shown_job, ==, acme);

  /* In the agenda, activating the row does. */
  fixture->shown_job = 0;
  pursuit_calendar_view_set_mode (fixture->view, PURSUIT_CALENDAR_AGENDA);
  rows = pursuit_calendar_agenda_list_get_model (PURSUIT_CALENDAR_AGENDA_LIST (pursuit_calendar_view_get_agenda (fixture->view)));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
  g_signal_emit_by_name (pursuit_calendar_agenda_list_get_list (PURSUIT_CALENDAR_AGENDA_LIST (pursuit_calendar_view_get_agenda (fixture->view))),
                         "activate", 0);
  g_assert_cmpint (fixture->shown_job, ==, 0);
  g_signal_emit_by_name (pursuit_calendar_agenda_list_get_list (PURSUIT_CALENDAR_AGENDA_LIST (pursuit_calendar_view_get_agenda (fixture->view))),
                         "activate", 1);
  g_assert_cmpint (fixture->shown_job, ==, acme);
}

static void
test_many_items (Fixture       *fixture,
                 gconstpointer  data)
{
  PursuitCalendarMonthGrid *grid;
  PursuitCalendarDayCell *cell;
  gint64 start;

  /* 60 deadlines on one day: the cell shows two and "+58 more". */
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *title = g_strdup_printf ("Role %u", i);

      add_job_with_deadline (fixture->store.store, title, "Bulk & <Co>", "2026-11-10");
    }

  set_date (fixture, 2026, 11, 23);
  start = g_get_monotonic_time ();
  pursuit_calendar_view_reload (fixture->view);
  g_test_message ("month with 60 items: %" G_GINT64_FORMAT " µs", g_get_monotonic_time () - start);

  cell = find_cell (fixture, 2026, 11, 10);
  g_assert_cmpuint (n_cell_items (cell), ==, 60);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)), ==, "Tuesday 10 November, 60 items");

  /* The cell made three rows, not 60 widgets. */
  {
    guint children = 0;

    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (cell));
         child != NULL;
         child = gtk_widget_get_next_sibling (child))
      children++;
    /* Number, two chips, "+N more", dots. */
    g_assert_cmpuint (children, ==, 5);
  }

  /* Narrow: dots instead of titles. */
  gtk_window_set_default_size (fixture->window, 360, 600);
  grid = PURSUIT_CALENDAR_MONTH_GRID (pursuit_calendar_view_get_month (fixture->view));
  for (guint i = 0; i < 200 && !pursuit_calendar_day_cell_get_compact (cell); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (pursuit_calendar_day_cell_get_compact (cell));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (grid)), <=, 360);
}

static void
test_new_interview (Fixture       *fixture,
                    gconstpointer  data)
{
  PursuitInterviewDialog *dialog;
  g_autoptr(GDateTime) start = NULL;
  GDate future;

  add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");

  /* The toolbar's button opens the dialog with a job chooser, on the
   * focused day when it is still ahead. */
  pursuit_calendar_today (fixture->berlin, &future);
  g_date_add_days (&future, 10);
  pursuit_calendar_view_set_date (fixture->view, &future);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "calendar.new-interview", NULL);

  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == fixture->window);
  g_assert_cmpint (pursuit_interview_dialog_get_job_id (dialog), ==, 0);
  start = g_date_time_new_from_unix_local (pursuit_interview_dialog_get_starts_at (dialog));
  g_assert_cmpint (g_date_time_get_day_of_month (start), ==, g_date_get_day (&future));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  /* As test-window.c: no G_TEST_OPTION_ISOLATE_DIRS (GTK needs the icon
   * theme), no gtk_test_init() (it exits without a display). */
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/calendar/no-display", pursuit_test_skip_without_display);
      return g_test_run ();
    }
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/calendar/first-weekday", test_first_weekday);
  ADD ("/calendar/month/grid", test_month_grid);
  ADD ("/calendar/today", test_today);
  ADD ("/calendar/items/on-days", test_items_on_days);
  ADD ("/calendar/week/dst", test_dst_week);
  ADD ("/calendar/keyboard", test_keyboard);
  ADD ("/calendar/activation", test_activation);
  ADD ("/calendar/month/many-items", test_many_items);
  ADD ("/calendar/new-interview", test_new_interview);

  return g_test_run ();
}
