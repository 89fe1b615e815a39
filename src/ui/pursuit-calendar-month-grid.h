/* pursuit-calendar-month-grid.h: six weeks of day cells
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-calendar-span.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CALENDAR_MONTH_GRID (pursuit_calendar_month_grid_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCalendarMonthGrid, pursuit_calendar_month_grid, PURSUIT, CALENDAR_MONTH_GRID, GtkWidget)

GtkWidget *pursuit_calendar_month_grid_new        (void);
/* Shows @span (PURSUIT_CALENDAR_MONTH_DAYS days from the first day of a
 * week); days outside @focus's month are dimmed, @today highlighted. */
void       pursuit_calendar_month_grid_set_span   (PursuitCalendarMonthGrid *self,
                                              PursuitCalendarSpan  *span,
                                              const GDate          *focus,
                                              const GDate          *today);
/* Returns: (transfer none) (nullable): the cell of day @index */
GtkWidget *pursuit_calendar_month_grid_get_cell   (PursuitCalendarMonthGrid *self,
                                              guint                 index);
/* Returns: (transfer none) (nullable): a weekday heading, 0 = first column */
GtkWidget *pursuit_calendar_month_grid_get_header (PursuitCalendarMonthGrid *self,
                                              guint                 column);
/* Moves the keyboard focus to @date's cell; FALSE if it is not shown. */
gboolean   pursuit_calendar_month_grid_focus_date (PursuitCalendarMonthGrid *self,
                                              const GDate          *date);

G_END_DECLS
