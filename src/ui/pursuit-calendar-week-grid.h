/* pursuit-calendar-week-grid.h: seven days side by side, or one above another
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-calendar-span.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CALENDAR_WEEK_GRID (pursuit_calendar_week_grid_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCalendarWeekGrid, pursuit_calendar_week_grid, PURSUIT, CALENDAR_WEEK_GRID, GtkWidget)

/* Narrower than seven of these, the days stack up. */
#define PURSUIT_CALENDAR_WEEK_GRID_COLUMN_WIDTH 120

GtkWidget *pursuit_calendar_week_grid_new        (void);
/* Shows @span (7 days). */
void       pursuit_calendar_week_grid_set_span   (PursuitCalendarWeekGrid *self,
                                             PursuitCalendarSpan *span,
                                             const GDate         *today);
/* Returns: (transfer none) (nullable): the heading button of day @index
 * (named like a month cell, opening the day's list) */
GtkWidget *pursuit_calendar_week_grid_get_day    (PursuitCalendarWeekGrid *self,
                                             guint                index);
/* Returns: (transfer none) (nullable): the box of day @index's items */
GtkWidget *pursuit_calendar_week_grid_get_items  (PursuitCalendarWeekGrid *self,
                                             guint                index);
/* Whether the days are side by side (the last allocation was wide). */
gboolean   pursuit_calendar_week_grid_get_wide   (PursuitCalendarWeekGrid *self);
gboolean   pursuit_calendar_week_grid_focus_date (PursuitCalendarWeekGrid *self,
                                             const GDate         *date);

G_END_DECLS
