/* pursuit-calendar-week-grid.c: seven days side by side, or one above another
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-calendar-date.h"
#include "pursuit-calendar-grid.h"
#include "pursuit-calendar-item.h"
#include "pursuit-calendar-week-grid.h"

#define N_DAYS 7
/* A day lists this many items; the rest are one click away. */
#define MAX_ITEMS 12
#define STACK_SPACING 6

typedef struct
{
  PursuitCalendarWeekGrid *week;
  GtkWidget *column;
  GtkWidget *header;
  GtkWidget *weekday;
  GtkWidget *number;
  GtkWidget *items;
  GDate      date;
  GPtrArray *day_items;
} Day;

struct _PursuitCalendarWeekGrid
{
  GtkWidget  parent_instance;

  GTimeZone *time_zone;
  GtkWidget *popover;
  Day        days[N_DAYS];
  gboolean   wide;
};

G_DEFINE_FINAL_TYPE (PursuitCalendarWeekGrid, pursuit_calendar_week_grid, GTK_TYPE_WIDGET)

enum {
  DAY_FOCUSED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static gboolean
is_wide (int width)
{
  return width < 0 || width >= N_DAYS * PURSUIT_CALENDAR_WEEK_GRID_COLUMN_WIDTH;
}

static void
pursuit_calendar_week_grid_measure (GtkWidget      *widget,
                                    GtkOrientation  orientation,
                                    int             for_size,
                                    int            *minimum,
                                    int            *natural,
                                    int            *minimum_baseline,
                                    int            *natural_baseline)
{
  PursuitCalendarWeekGrid *self = PURSUIT_CALENDAR_WEEK_GRID (widget);

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacked days need one day's width; side by side, seven. */
      for (guint i = 0; i < N_DAYS; i++)
        {
          int min, nat;

          gtk_widget_measure (self->days[i].column, orientation, -1, &min, &nat, NULL, NULL);
          *minimum = MAX (*minimum, min);
          *natural = MAX (*natural, nat);
        }
      *natural = N_DAYS * MAX (*natural, PURSUIT_CALENDAR_WEEK_GRID_COLUMN_WIDTH);
      return;
    }

  for (guint i = 0; i < N_DAYS; i++)
    {
      int min, nat;

      if (is_wide (for_size))
        {
          gtk_widget_measure (self->days[i].column, orientation,
                              for_size < 0 ? -1 : for_size / N_DAYS, &min, &nat, NULL, NULL);
          *minimum = MAX (*minimum, min);
          *natural = MAX (*natural, nat);
        }
      else
        {
          gtk_widget_measure (self->days[i].column, orientation, for_size, &min, &nat, NULL, NULL);
          *minimum += min + (i > 0 ? STACK_SPACING : 0);
          *natural += nat + (i > 0 ? STACK_SPACING : 0);
        }
    }
}

static void
pursuit_calendar_week_grid_size_allocate (GtkWidget *widget,
                                          int        width,
                                          int        height,
                                          int        baseline)
{
  PursuitCalendarWeekGrid *self = PURSUIT_CALENDAR_WEEK_GRID (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int y = 0;

  self->wide = is_wide (width);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        gtk_popover_present (GTK_POPOVER (child));
    }

  for (guint i = 0; i < N_DAYS; i++)
    {
      GtkWidget *column = self->days[i].column;

      if (self->wide)
        {
          int x, column_width;

          pursuit_calendar_grid_slot (width, N_DAYS, i, rtl, &x, &column_width);
          gtk_widget_size_allocate (column, &(GtkAllocation) { x, 0, column_width, height }, -1);
        }
      else
        {
          int column_height;

          gtk_widget_measure (column, GTK_ORIENTATION_VERTICAL, width, NULL, &column_height, NULL, NULL);
          gtk_widget_size_allocate (column, &(GtkAllocation) { 0, y, width, column_height }, -1);
          y += column_height + STACK_SPACING;
        }

      if (self->wide)
        gtk_widget_add_css_class (column, "wide");
      else
        gtk_widget_remove_css_class (column, "wide");
    }
}

/* The popover hangs off the week, pointing at the day's heading: the
 * week presents it and unparents it with the rest. */
static void
open_day (Day *day)
{
  GtkWidget *popover;
  graphene_rect_t bounds;

  if (!g_date_valid (&day->date) || day->day_items == NULL || day->week->time_zone == NULL)
    return;

  if (day->week->popover == NULL)
    day->week->popover = pursuit_calendar_day_popover_new (GTK_WIDGET (day->week));
  popover = day->week->popover;
  if (gtk_widget_compute_bounds (day->header, GTK_WIDGET (day->week), &bounds))
    gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                                 &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                   bounds.size.width, bounds.size.height });
  pursuit_calendar_day_popover_show (popover, &day->date, day->day_items, day->week->time_zone);
}

static void
on_header_clicked_cb (GtkButton *button,
                      gpointer   user_data)
{
  open_day (user_data);
}

static void
on_day_focus_enter_cb (GtkEventControllerFocus *controller,
                       gpointer                 user_data)
{
  Day *day = user_data;

  if (g_date_valid (&day->date))
    g_signal_emit (day->week, signals [DAY_FOCUSED], 0, &day->date);
}

static void
build_day (PursuitCalendarWeekGrid *self,
           Day                 *day)
{
  GtkWidget *header_box;
  GtkEventController *focus;

  g_date_clear (&day->date, 1);
  day->week = self;

  day->column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (day->column, "calendar-week-day");
  gtk_widget_set_parent (day->column, GTK_WIDGET (self));

  day->weekday = gtk_label_new (NULL);
  gtk_widget_add_css_class (day->weekday, "calendar-weekday");
  day->number = gtk_label_new (NULL);
  gtk_widget_add_css_class (day->number, "calendar-day-number");

  header_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (header_box), day->weekday);
  gtk_box_append (GTK_BOX (header_box), day->number);

  day->header = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (day->header), header_box);
  gtk_widget_add_css_class (day->header, "flat");
  gtk_widget_add_css_class (day->header, "calendar-week-day-header");
  g_signal_connect (day->header, "clicked", G_CALLBACK (on_header_clicked_cb), day);
  gtk_box_append (GTK_BOX (day->column), day->header);

  /* Anything of the day taking the focus makes it the focused day. */
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (on_day_focus_enter_cb), day);
  gtk_widget_add_controller (day->column, focus);

  day->items = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (day->items, "calendar-week-items");
  gtk_box_append (GTK_BOX (day->column), day->items);
}

static void
fill_day (PursuitCalendarWeekGrid *self,
          Day                 *day,
          GPtrArray           *items)
{
  GtkWidget *child;
  guint n_items = items != NULL ? items->len : 0;
  guint shown = n_items > MAX_ITEMS ? MAX_ITEMS - 1 : n_items;

  while ((child = gtk_widget_get_first_child (day->items)) != NULL)
    gtk_box_remove (GTK_BOX (day->items), child);

  for (guint i = 0; i < shown; i++)
    gtk_box_append (GTK_BOX (day->items),
                    pursuit_calendar_item_button_new (g_ptr_array_index (items, i), self->time_zone));

  if (n_items > shown)
    {
      /* TRANSLATORS: a button under a week's day listing the items it has no room for */
      g_autofree char *more = g_strdup_printf (ngettext ("%u more…", "%u more…", n_items - shown), n_items - shown);
      GtkWidget *button = gtk_button_new_with_label (more);

      gtk_widget_add_css_class (button, "flat");
      gtk_widget_add_css_class (button, "calendar-more");
      g_signal_connect_swapped (button, "clicked", G_CALLBACK (open_day), day);
      gtk_box_append (GTK_BOX (day->items), button);
    }

  gtk_widget_set_visible (day->items, n_items > 0);
}

static void
pursuit_calendar_week_grid_dispose (GObject *object)
{
  PursuitCalendarWeekGrid *self = (PursuitCalendarWeekGrid *)object;

  pursuit_calendar_grid_unparent_children (GTK_WIDGET (self));
  self->popover = NULL;

  for (guint i = 0; i < N_DAYS; i++)
    {
      self->days[i].column = NULL;
      g_clear_pointer (&self->days[i].day_items, g_ptr_array_unref);
    }
  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (pursuit_calendar_week_grid_parent_class)->dispose (object);
}

static void
pursuit_calendar_week_grid_class_init (PursuitCalendarWeekGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_calendar_week_grid_dispose;

  widget_class->measure = pursuit_calendar_week_grid_measure;
  widget_class->size_allocate = pursuit_calendar_week_grid_size_allocate;

  /**
   * PursuitCalendarWeekGrid::day-focused:
   * @date: (type GLib.Date): the day that took the focus
   *
   * A click or Tab moved the keyboard focus into a day.
   */
  signals [DAY_FOCUSED] = pursuit_calendar_grid_class_setup (widget_class, "calendarweek",
                                                              GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pursuit_calendar_week_grid_init (PursuitCalendarWeekGrid *self)
{
  self->wide = TRUE;

  for (guint i = 0; i < N_DAYS; i++)
    build_day (self, &self->days[i]);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Week"),
                                  -1);
}

GtkWidget *
pursuit_calendar_week_grid_new (void)
{
  return g_object_new (PURSUIT_TYPE_CALENDAR_WEEK_GRID, NULL);
}

void
pursuit_calendar_week_grid_set_span (PursuitCalendarWeekGrid *self,
                                     PursuitCalendarSpan *span,
                                     const GDate         *today)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_WEEK_GRID (self));
  g_return_if_fail (span != NULL);
  g_return_if_fail (pursuit_calendar_span_get_n_days (span) == N_DAYS);

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  self->time_zone = g_time_zone_ref (pursuit_calendar_span_get_time_zone (span));
  if (self->popover != NULL && gtk_widget_get_visible (self->popover))
    gtk_popover_popdown (GTK_POPOVER (self->popover));

  for (guint i = 0; i < N_DAYS; i++)
    {
      Day *day = &self->days[i];
      GPtrArray *items = pursuit_calendar_span_get_items (span, i);
      g_autofree char *weekday = NULL;
      g_autofree char *number = NULL;
      g_autofree char *name = NULL;

      pursuit_calendar_span_get_date (span, i, &day->date);
      g_clear_pointer (&day->day_items, g_ptr_array_unref);
      day->day_items = g_ptr_array_ref (items);

      weekday = pursuit_calendar_format_weekday (&day->date);
      number = g_strdup_printf ("%u", g_date_get_day (&day->date));
      gtk_label_set_text (GTK_LABEL (day->weekday), weekday);
      gtk_label_set_text (GTK_LABEL (day->number), number);

      name = pursuit_calendar_describe_day (&day->date, items->len);
      gtk_accessible_update_property (GTK_ACCESSIBLE (day->header),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
      gtk_widget_set_tooltip_text (day->header, name);

      if (today != NULL && g_date_compare (&day->date, today) == 0)
        gtk_widget_add_css_class (day->column, "today");
      else
        gtk_widget_remove_css_class (day->column, "today");

      fill_day (self, day, items);
    }
}

GtkWidget *
pursuit_calendar_week_grid_get_day (PursuitCalendarWeekGrid *self,
                                    guint                index)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_WEEK_GRID (self), NULL);
  g_return_val_if_fail (index < N_DAYS, NULL);

  return self->days[index].header;
}

GtkWidget *
pursuit_calendar_week_grid_get_items (PursuitCalendarWeekGrid *self,
                                      guint                index)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_WEEK_GRID (self), NULL);
  g_return_val_if_fail (index < N_DAYS, NULL);

  return self->days[index].items;
}

gboolean
pursuit_calendar_week_grid_get_wide (PursuitCalendarWeekGrid *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_WEEK_GRID (self), FALSE);

  return self->wide;
}

gboolean
pursuit_calendar_week_grid_focus_date (PursuitCalendarWeekGrid *self,
                                       const GDate         *date)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_WEEK_GRID (self), FALSE);

  if (date == NULL || !g_date_valid (date))
    return FALSE;

  for (guint i = 0; i < N_DAYS; i++)
    {
      if (g_date_valid (&self->days[i].date) && g_date_compare (&self->days[i].date, date) == 0)
        return gtk_widget_grab_focus (self->days[i].header);
    }

  return FALSE;
}
