/* pursuit-calendar-grid.c: what the month and week grids share
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar"

#include "config.h"

#include "pursuit-calendar-grid.h"

/* Row heights follow the width: narrow days wrap or stack. */
static GtkSizeRequestMode
get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

guint
pursuit_calendar_grid_class_setup (GtkWidgetClass    *widget_class,
                                   const char        *css_name,
                                   GtkAccessibleRole  role)
{
  g_return_val_if_fail (GTK_IS_WIDGET_CLASS (widget_class), 0);
  g_return_val_if_fail (css_name != NULL, 0);

  widget_class->get_request_mode = get_request_mode;
  gtk_widget_class_set_css_name (widget_class, css_name);
  gtk_widget_class_set_accessible_role (widget_class, role);

  /* The view follows either grid through the same signal, so a click or
   * Tab into a day moves its focused date whichever grid shows. */
  return g_signal_new ("day-focused", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST, 0,
                       NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DATE | G_SIGNAL_TYPE_STATIC_SCOPE);
}

void
pursuit_calendar_grid_slot (int       total,
                            guint     n,
                            guint     i,
                            gboolean  from_end,
                            int      *start,
                            int      *size)
{
  int first, next;

  g_return_if_fail (n > 0 && i < n);
  g_return_if_fail (start != NULL && size != NULL);

  /* 64 bits: a large allocation times a slot index may not fit an int. */
  first = (int) (((gint64) total * i) / n);
  next = (int) (((gint64) total * (i + 1)) / n);

  *size = next - first;
  *start = from_end ? total - first - *size : first;
}

void
pursuit_calendar_grid_unparent_children (GtkWidget *grid)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (grid));

  while ((child = gtk_widget_get_first_child (grid)) != NULL)
    gtk_widget_unparent (child);
}
