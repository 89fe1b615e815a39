/* pursuit-calendar-month-grid.c: six weeks of day cells
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pursuit-calendar-date.h"
#include "pursuit-calendar-day-cell.h"
#include "pursuit-calendar-grid.h"
#include "pursuit-calendar-month-grid.h"

#define N_COLUMNS 7
#define N_ROWS (PURSUIT_CALENDAR_MONTH_DAYS / N_COLUMNS)

struct _PursuitCalendarMonthGrid
{
  GtkWidget  parent_instance;

  GtkWidget *headers[N_COLUMNS];
  GtkWidget *cells[PURSUIT_CALENDAR_MONTH_DAYS];
};

G_DEFINE_FINAL_TYPE (PursuitCalendarMonthGrid, pursuit_calendar_month_grid, GTK_TYPE_WIDGET)

enum {
  DAY_FOCUSED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
on_cell_focus_enter_cb (GtkEventControllerFocus  *controller,
                        PursuitCalendarMonthGrid *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GDate date;

  pursuit_calendar_day_cell_get_date (PURSUIT_CALENDAR_DAY_CELL (cell), &date);
  if (g_date_valid (&date))
    g_signal_emit (self, signals [DAY_FOCUSED], 0, &date);
}

static int
header_height (PursuitCalendarMonthGrid *self)
{
  int height = 0;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      int nat;

      gtk_widget_measure (self->headers[i], GTK_ORIENTATION_VERTICAL, -1, NULL, &nat, NULL, NULL);
      height = MAX (height, nat);
    }

  return height;
}

static void
pursuit_calendar_month_grid_measure (GtkWidget      *widget,
                                     GtkOrientation  orientation,
                                     int             for_size,
                                     int            *minimum,
                                     int            *natural,
                                     int            *minimum_baseline,
                                     int            *natural_baseline)
{
  PursuitCalendarMonthGrid *self = PURSUIT_CALENDAR_MONTH_GRID (widget);
  int cell_min = 0, cell_nat = 0;

  /* The grid is even: the largest cell sets every cell's size. Heights
   * follow the width: compact cells need less. */
  int cell_for_size = orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0 ? for_size / N_COLUMNS : -1;

  for (guint i = 0; i < PURSUIT_CALENDAR_MONTH_DAYS; i++)
    {
      int min, nat;

      gtk_widget_measure (self->cells[i], orientation, cell_for_size, &min, &nat, NULL, NULL);
      cell_min = MAX (cell_min, min);
      cell_nat = MAX (cell_nat, nat);
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      for (guint i = 0; i < N_COLUMNS; i++)
        {
          int min, nat;

          gtk_widget_measure (self->headers[i], orientation, -1, &min, &nat, NULL, NULL);
          cell_min = MAX (cell_min, min);
          cell_nat = MAX (cell_nat, nat);
        }
      *minimum = N_COLUMNS * cell_min;
      *natural = N_COLUMNS * cell_nat;
    }
  else
    {
      int header = header_height (self);

      *minimum = header + N_ROWS * cell_min;
      *natural = header + N_ROWS * cell_nat;
    }
}

static void
pursuit_calendar_month_grid_size_allocate (GtkWidget *widget,
                                           int        width,
                                           int        height,
                                           int        baseline)
{
  PursuitCalendarMonthGrid *self = PURSUIT_CALENDAR_MONTH_GRID (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int header = header_height (self);
  int body = MAX (height - header, 0);

  for (guint column = 0; column < N_COLUMNS; column++)
    {
      int x, column_width;

      pursuit_calendar_grid_slot (width, N_COLUMNS, column, rtl, &x, &column_width);
      gtk_widget_size_allocate (self->headers[column],
                                &(GtkAllocation) { x, 0, column_width, header }, -1);

      for (guint row = 0; row < N_ROWS; row++)
        {
          int y, row_height;

          pursuit_calendar_grid_slot (body, N_ROWS, row, FALSE, &y, &row_height);
          gtk_widget_size_allocate (self->cells[row * N_COLUMNS + column],
                                    &(GtkAllocation) { x, header + y, column_width, row_height }, -1);
        }
    }
}

static void
pursuit_calendar_month_grid_dispose (GObject *object)
{
  PursuitCalendarMonthGrid *self = (PursuitCalendarMonthGrid *)object;

  pursuit_calendar_grid_unparent_children (GTK_WIDGET (self));
  memset (self->headers, 0, sizeof self->headers);
  memset (self->cells, 0, sizeof self->cells);

  G_OBJECT_CLASS (pursuit_calendar_month_grid_parent_class)->dispose (object);
}

static void
pursuit_calendar_month_grid_class_init (PursuitCalendarMonthGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_calendar_month_grid_dispose;

  widget_class->measure = pursuit_calendar_month_grid_measure;
  widget_class->size_allocate = pursuit_calendar_month_grid_size_allocate;

  /**
   * PursuitCalendarMonthGrid::day-focused:
   * @date: (type GLib.Date): the day whose cell took the focus
   *
   * A click or Tab moved the keyboard focus to a day.
   */
  signals [DAY_FOCUSED] = pursuit_calendar_grid_class_setup (widget_class, "calendarmonth",
                                                              GTK_ACCESSIBLE_ROLE_GRID);
}

static void
pursuit_calendar_month_grid_init (PursuitCalendarMonthGrid *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      self->headers[i] = gtk_label_new (NULL);
      gtk_label_set_ellipsize (GTK_LABEL (self->headers[i]), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (self->headers[i], "calendar-weekday");
      gtk_widget_set_parent (self->headers[i], GTK_WIDGET (self));
    }

  for (guint i = 0; i < PURSUIT_CALENDAR_MONTH_DAYS; i++)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      self->cells[i] = pursuit_calendar_day_cell_new ();
      g_signal_connect (focus, "enter", G_CALLBACK (on_cell_focus_enter_cb), self);
      gtk_widget_add_controller (self->cells[i], focus);
      /* Lines between cells: every cell but the first column and the
       * first row draws its start and top edges. */
      if (i % N_COLUMNS != 0)
        gtk_widget_add_css_class (self->cells[i], "separator-side");
      if (i >= N_COLUMNS)
        gtk_widget_add_css_class (self->cells[i], "separator-top");
      gtk_widget_set_parent (self->cells[i], GTK_WIDGET (self));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Month"),
                                  -1);
}

GtkWidget *
pursuit_calendar_month_grid_new (void)
{
  return g_object_new (PURSUIT_TYPE_CALENDAR_MONTH_GRID, NULL);
}

void
pursuit_calendar_month_grid_set_span (PursuitCalendarMonthGrid *self,
                                      PursuitCalendarSpan  *span,
                                      const GDate          *focus,
                                      const GDate          *today)
{
  GTimeZone *time_zone;

  g_return_if_fail (PURSUIT_IS_CALENDAR_MONTH_GRID (self));
  g_return_if_fail (span != NULL);
  g_return_if_fail (pursuit_calendar_span_get_n_days (span) == PURSUIT_CALENDAR_MONTH_DAYS);

  time_zone = pursuit_calendar_span_get_time_zone (span);

  for (guint i = 0; i < PURSUIT_CALENDAR_MONTH_DAYS; i++)
    {
      GDate date;

      pursuit_calendar_span_get_date (span, i, &date);

      if (i < N_COLUMNS)
        {
          g_autoptr(GDateTime) date_time = pursuit_calendar_date_time (&date);
          g_autofree char *name = pursuit_calendar_format_weekday (&date);
          g_autofree char *full = g_date_time_format (date_time, "%A");

          gtk_label_set_text (GTK_LABEL (self->headers[i]), name);
          gtk_widget_set_tooltip_text (self->headers[i], full);
        }

      pursuit_calendar_day_cell_set_day (PURSUIT_CALENDAR_DAY_CELL (self->cells[i]), &date,
                                         pursuit_calendar_span_get_items (span, i), time_zone,
                                         g_date_get_month (&date) != g_date_get_month (focus),
                                         today != NULL && g_date_compare (&date, today) == 0);
    }
}

GtkWidget *
pursuit_calendar_month_grid_get_cell (PursuitCalendarMonthGrid *self,
                                      guint                 index)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_MONTH_GRID (self), NULL);
  g_return_val_if_fail (index < PURSUIT_CALENDAR_MONTH_DAYS, NULL);

  return self->cells[index];
}

GtkWidget *
pursuit_calendar_month_grid_get_header (PursuitCalendarMonthGrid *self,
                                        guint                 column)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_MONTH_GRID (self), NULL);
  g_return_val_if_fail (column < N_COLUMNS, NULL);

  return self->headers[column];
}

gboolean
pursuit_calendar_month_grid_focus_date (PursuitCalendarMonthGrid *self,
                                        const GDate          *date)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_MONTH_GRID (self), FALSE);

  if (date == NULL || !g_date_valid (date))
    return FALSE;

  for (guint i = 0; i < PURSUIT_CALENDAR_MONTH_DAYS; i++)
    {
      GDate cell_date;

      pursuit_calendar_day_cell_get_date (PURSUIT_CALENDAR_DAY_CELL (self->cells[i]), &cell_date);
      if (g_date_valid (&cell_date) && g_date_compare (&cell_date, date) == 0)
        return gtk_widget_grab_focus (self->cells[i]);
    }

  return FALSE;
}
