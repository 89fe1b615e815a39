/* pursuit-calendar-day-cell.c: one day of the month grid
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-calendar-date.h"
#include "pursuit-calendar-day-cell.h"
#include "pursuit-calendar-item.h"

/* Three lines under the day number: three chips, or two and "+N more". */
#define MAX_ROWS 3
#define MAX_DOTS 3
#define ROW_SPACING 2

struct _PursuitCalendarDayCell
{
  GtkWidget   parent_instance;

  GDate       date;
  GPtrArray  *items;
  GTimeZone  *time_zone;
  gboolean    compact;

  GtkWidget  *number;
  /* The rows under the number: chips, then the "+N more" label. */
  GPtrArray  *rows;
  GtkWidget  *more;
  GtkWidget  *dots;
  GtkWidget  *popover;
};

G_DEFINE_FINAL_TYPE (PursuitCalendarDayCell, pursuit_calendar_day_cell, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The cell's name says the day and its count; what it draws inside
 * would only repeat it, one node at a time, to a screen reader. */
static void
hide_from_accessibility (GtkWidget *widget)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
}

static void
clear_rows (PursuitCalendarDayCell *self)
{
  GtkWidget *child;

  for (guint i = 0; i < self->rows->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  while ((child = gtk_widget_get_first_child (self->dots)) != NULL)
    gtk_box_remove (GTK_BOX (self->dots), child);
}

static void
fill_rows (PursuitCalendarDayCell *self)
{
  guint n_items = self->items != NULL ? self->items->len : 0;
  guint n_chips = n_items > MAX_ROWS ? MAX_ROWS - 1 : n_items;

  for (guint i = 0; i < n_chips; i++)
    {
      GtkWidget *chip = pursuit_calendar_item_chip_new (g_ptr_array_index (self->items, i), self->time_zone);

      hide_from_accessibility (chip);
      gtk_widget_insert_before (chip, GTK_WIDGET (self), self->more);
      g_ptr_array_add (self->rows, chip);
    }

  if (n_items > n_chips)
    {
      g_autofree char *more = NULL;

      /* TRANSLATORS: the items a month cell has no room for, e.g. "+3 more" */
      more = g_strdup_printf (ngettext ("+%u more", "+%u more", n_items - n_chips), n_items - n_chips);
      gtk_label_set_text (GTK_LABEL (self->more), more);
    }
  gtk_widget_set_visible (self->more, n_items > n_chips);

  /* Compact cells: a dot per item in its kind's colour, and a count
   * when there are more than fit. */
  for (guint i = 0; i < MIN (n_items, MAX_DOTS); i++)
    {
      PursuitAgendaItem *item = g_ptr_array_index (self->items, i);
      GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_add_css_class (dot, "calendar-dot");
      gtk_widget_add_css_class (dot, pursuit_calendar_item_css_class (pursuit_agenda_item_get_kind (item)));
      gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (self->dots), dot);
    }
  if (n_items > MAX_DOTS)
    {
      g_autofree char *count = g_strdup_printf ("%u", n_items);
      GtkWidget *label = gtk_label_new (count);

      gtk_widget_add_css_class (label, "calendar-dot-count");
      gtk_box_append (GTK_BOX (self->dots), label);
    }
}

static void
update_accessible (PursuitCalendarDayCell *self)
{
  g_autofree char *name = NULL;

  if (!g_date_valid (&self->date))
    return;

  name = pursuit_calendar_describe_day (&self->date, self->items != NULL ? self->items->len : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), name);
}

static void
set_compact (PursuitCalendarDayCell *self,
             gboolean                compact)
{
  /* Called from size_allocate: child visibility does not queue a
   * resize, and both modes were measured. */
  self->compact = compact;
  for (guint i = 0; i < self->rows->len; i++)
    gtk_widget_set_child_visible (g_ptr_array_index (self->rows, i), !compact);
  gtk_widget_set_child_visible (self->more, !compact);
  gtk_widget_set_child_visible (self->dots, compact);
}

static int
row_height (PursuitCalendarDayCell *self,
            int                     width)
{
  int height;

  /* The "+N more" label stands for every row: all have the chip font. */
  gtk_widget_measure (self->more, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  return height;
}

static void
pursuit_calendar_day_cell_measure (GtkWidget      *widget,
                                   GtkOrientation  orientation,
                                   int             for_size,
                                   int            *minimum,
                                   int            *natural,
                                   int            *minimum_baseline,
                                   int            *natural_baseline)
{
  PursuitCalendarDayCell *self = PURSUIT_CALENDAR_DAY_CELL (widget);
  int number_min, number_nat, dots_min, dots_nat;

  gtk_widget_measure (self->number, orientation, -1, &number_min, &number_nat, NULL, NULL);
  gtk_widget_measure (self->dots, orientation, -1, &dots_min, &dots_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The dots may be cut off in a very narrow cell; the number not. */
      *minimum = number_min;
      *natural = MAX (*minimum, 120);
    }
  else if (for_size >= 0 && for_size < PURSUIT_CALENDAR_DAY_CELL_COMPACT_WIDTH)
    {
      /* Compact: the number and a line of dots. */
      *minimum = number_nat + ROW_SPACING + dots_nat;
      *natural = *minimum;
    }
  else
    {
      /* Every cell keeps room for its rows, so the grid stays even. */
      int rows = MAX_ROWS * (row_height (self, -1) + ROW_SPACING);

      *minimum = number_nat + ROW_SPACING + MAX (rows, dots_nat);
      *natural = *minimum;
    }
}

static GtkSizeRequestMode
pursuit_calendar_day_cell_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
allocate_row (GtkWidget *child,
              int        x,
              int       *y,
              int        width,
              int        height)
{
  int child_height;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_height, NULL, NULL);
  if (*y + child_height > height)
    {
      gtk_widget_set_child_visible (child, FALSE);
      return;
    }

  gtk_widget_size_allocate (child, &(GtkAllocation) { x, *y, width, child_height }, -1);
  *y += child_height + ROW_SPACING;
}

static void
pursuit_calendar_day_cell_size_allocate (GtkWidget *widget,
                                         int        width,
                                         int        height,
                                         int        baseline)
{
  PursuitCalendarDayCell *self = PURSUIT_CALENDAR_DAY_CELL (widget);
  int number_min, number_width, number_height, y;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_POPOVER (child))
        gtk_popover_present (GTK_POPOVER (child));
    }

  set_compact (self, width < PURSUIT_CALENDAR_DAY_CELL_COMPACT_WIDTH);

  gtk_widget_measure (self->number, GTK_ORIENTATION_HORIZONTAL, -1, &number_min, &number_width, NULL, NULL);
  gtk_widget_measure (self->number, GTK_ORIENTATION_VERTICAL, -1, NULL, &number_height, NULL, NULL);
  number_width = MAX (number_min, MIN (number_width, width));
  /* The number sits at the start; in compact cells it is centred above
   * the dots. */
  gtk_widget_size_allocate (self->number,
                            &(GtkAllocation) {
                              self->compact ? (width - number_width) / 2 :
                              gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? width - number_width : 0,
                              0, number_width, number_height },
                            -1);
  y = number_height + ROW_SPACING;

  if (self->compact)
    {
      int dots_min, dots_width, dots_height;

      /* Never below its minimum: the cell clips what does not fit. */
      gtk_widget_measure (self->dots, GTK_ORIENTATION_HORIZONTAL, -1, &dots_min, &dots_width, NULL, NULL);
      gtk_widget_measure (self->dots, GTK_ORIENTATION_VERTICAL, -1, NULL, &dots_height, NULL, NULL);
      dots_width = MAX (dots_min, MIN (dots_width, width));
      gtk_widget_size_allocate (self->dots,
                                &(GtkAllocation) { (width - dots_width) / 2, y, dots_width, dots_height },
                                -1);
      return;
    }

  for (guint i = 0; i < self->rows->len; i++)
    allocate_row (g_ptr_array_index (self->rows, i), 0, &y, width, height);
  if (gtk_widget_get_visible (self->more))
    allocate_row (self->more, 0, &y, width, height);
}

static void
on_click_released_cb (GtkGestureClick        *gesture,
                      int                     n_press,
                      double                  x,
                      double                  y,
                      PursuitCalendarDayCell *self)
{
  if (!gtk_widget_contains (GTK_WIDGET (self), x, y))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  g_signal_emit (self, signals [ACTIVATE], 0);
}

static void
pursuit_calendar_day_cell_real_activate (PursuitCalendarDayCell *self)
{
  pursuit_calendar_day_cell_open (self);
}

static gboolean
pursuit_calendar_day_cell_focus (GtkWidget        *widget,
                                 GtkDirectionType  direction)
{
  /* The cell takes the focus itself; its labels never do. */
  if (gtk_widget_is_focus (widget))
    return FALSE;

  return gtk_widget_grab_focus (widget);
}

static void
pursuit_calendar_day_cell_dispose (GObject *object)
{
  PursuitCalendarDayCell *self = (PursuitCalendarDayCell *)object;
  GtkWidget *child;

  if (self->popover != NULL)
    {
      gtk_widget_unparent (self->popover);
      self->popover = NULL;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_ptr_array_set_size (self->rows, 0);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (pursuit_calendar_day_cell_parent_class)->dispose (object);
}

static void
pursuit_calendar_day_cell_finalize (GObject *object)
{
  PursuitCalendarDayCell *self = (PursuitCalendarDayCell *)object;

  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (pursuit_calendar_day_cell_parent_class)->finalize (object);
}

static void
pursuit_calendar_day_cell_class_init (PursuitCalendarDayCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_calendar_day_cell_dispose;
  object_class->finalize = pursuit_calendar_day_cell_finalize;

  widget_class->get_request_mode = pursuit_calendar_day_cell_get_request_mode;
  widget_class->measure = pursuit_calendar_day_cell_measure;
  widget_class->size_allocate = pursuit_calendar_day_cell_size_allocate;
  widget_class->focus = pursuit_calendar_day_cell_focus;

  /**
   * PursuitCalendarDayCell::activate:
   *
   * Enter, Space or a click: opens the day's list of items.
   */
  signals [ACTIVATE] =
    g_signal_new_class_handler ("activate", G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (pursuit_calendar_day_cell_real_activate),
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals [ACTIVATE]);

  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);

  gtk_widget_class_set_css_name (widget_class, "calendarday");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
pursuit_calendar_day_cell_init (PursuitCalendarDayCell *self)
{
  GtkGesture *click;

  g_date_clear (&self->date, 1);
  self->rows = g_ptr_array_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  self->number = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->number, "calendar-day-number");
  hide_from_accessibility (self->number);
  gtk_widget_set_parent (self->number, GTK_WIDGET (self));

  self->more = gtk_label_new ("+0");
  gtk_label_set_xalign (GTK_LABEL (self->more), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (self->more), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->more, "calendar-chip");
  gtk_widget_add_css_class (self->more, "calendar-more");
  gtk_widget_set_visible (self->more, FALSE);
  hide_from_accessibility (self->more);
  gtk_widget_set_parent (self->more, GTK_WIDGET (self));

  self->dots = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 3);
  gtk_widget_add_css_class (self->dots, "calendar-dots");
  hide_from_accessibility (self->dots);
  gtk_widget_set_parent (self->dots, GTK_WIDGET (self));
  gtk_widget_set_child_visible (self->dots, FALSE);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
pursuit_calendar_day_cell_new (void)
{
  return g_object_new (PURSUIT_TYPE_CALENDAR_DAY_CELL, NULL);
}

void
pursuit_calendar_day_cell_set_day (PursuitCalendarDayCell *self,
                                   const GDate            *date,
                                   GPtrArray              *items,
                                   GTimeZone              *time_zone,
                                   gboolean                other_month,
                                   gboolean                today)
{
  g_autofree char *number = NULL;

  g_return_if_fail (PURSUIT_IS_CALENDAR_DAY_CELL (self));
  g_return_if_fail (g_date_valid (date));
  g_return_if_fail (time_zone != NULL);

  if (self->popover != NULL && gtk_widget_get_visible (self->popover))
    gtk_popover_popdown (GTK_POPOVER (self->popover));

  self->date = *date;
  if (items != NULL)
    g_ptr_array_ref (items);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = items;
  if (self->time_zone != time_zone)
    {
      g_clear_pointer (&self->time_zone, g_time_zone_unref);
      self->time_zone = g_time_zone_ref (time_zone);
    }

  /* Just the number: it must fit a seventh of a phone's width. */
  number = g_strdup_printf ("%u", g_date_get_day (date));
  gtk_label_set_text (GTK_LABEL (self->number), number);

  clear_rows (self);
  fill_rows (self);
  /* New rows start visible; the next allocation sorts them out. */
  set_compact (self, self->compact);

  if (today)
    gtk_widget_add_css_class (GTK_WIDGET (self), "today");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "today");
  if (other_month)
    gtk_widget_add_css_class (GTK_WIDGET (self), "other-month");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "other-month");
  if (items != NULL && items->len > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "busy");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "busy");

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
pursuit_calendar_day_cell_get_date (PursuitCalendarDayCell *self,
                                    GDate                  *date)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_DAY_CELL (self));

  *date = self->date;
}

GPtrArray *
pursuit_calendar_day_cell_get_items (PursuitCalendarDayCell *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_DAY_CELL (self), NULL);

  return self->items;
}

gboolean
pursuit_calendar_day_cell_get_compact (PursuitCalendarDayCell *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_DAY_CELL (self), FALSE);

  return self->compact;
}

void
pursuit_calendar_day_cell_open (PursuitCalendarDayCell *self)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_DAY_CELL (self));

  if (!g_date_valid (&self->date) || self->time_zone == NULL)
    return;

  if (self->popover == NULL)
    self->popover = pursuit_calendar_day_popover_new (GTK_WIDGET (self));

  pursuit_calendar_day_popover_show (self->popover, &self->date, self->items, self->time_zone);
}

GtkWidget *
pursuit_calendar_day_cell_get_popover (PursuitCalendarDayCell *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_DAY_CELL (self), NULL);

  return self->popover;
}
