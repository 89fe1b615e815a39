/* pursuit-calendar-grid.h: what the month and week grids share
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Sets up what a grid class shares with the other grid: height-for-width
 * sizing, @css_name, @role and the ::day-focused signal (one GDate: the
 * day that took the keyboard focus), whose id it returns. */
guint pursuit_calendar_grid_class_setup         (GtkWidgetClass   *widget_class,
                                                 const char       *css_name,
                                                 GtkAccessibleRole role);
/* Slot @i of @n spread over @total: where it starts and how long it is.
 * The remainder is spread along, so the slots tile @total exactly; with
 * @from_end (right to left) they are counted from the end. */
void  pursuit_calendar_grid_slot                (int               total,
                                                 guint             n,
                                                 guint             i,
                                                 gboolean          from_end,
                                                 int              *start,
                                                 int              *size);
/* Unparents every child of @grid, popovers included (for dispose). */
void  pursuit_calendar_grid_unparent_children   (GtkWidget        *grid);

G_END_DECLS
