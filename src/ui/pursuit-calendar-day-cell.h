/* pursuit-calendar-day-cell.h: one day of the month grid
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_CALENDAR_DAY_CELL (pursuit_calendar_day_cell_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCalendarDayCell, pursuit_calendar_day_cell, PURSUIT, CALENDAR_DAY_CELL, GtkWidget)

/* Below this width a cell shows coloured dots instead of titles. */
#define PURSUIT_CALENDAR_DAY_CELL_COMPACT_WIDTH 84

GtkWidget *pursuit_calendar_day_cell_new         (void);
/* @items: (element-type PursuitAgendaItem): the day's items, kept. */
void       pursuit_calendar_day_cell_set_day     (PursuitCalendarDayCell *self,
                                                  const GDate            *date,
                                                  GPtrArray              *items,
                                                  GTimeZone              *time_zone,
                                                  gboolean                other_month,
                                                  gboolean                today);
void       pursuit_calendar_day_cell_get_date    (PursuitCalendarDayCell *self,
                                                  GDate                  *date);
/* Returns: (transfer none) (element-type PursuitAgendaItem) (nullable) */
GPtrArray *pursuit_calendar_day_cell_get_items   (PursuitCalendarDayCell *self);
/* Whether the last allocation was too narrow for titles. */
gboolean   pursuit_calendar_day_cell_get_compact (PursuitCalendarDayCell *self);
/* Opens the popover listing the day's items. */
void       pursuit_calendar_day_cell_open        (PursuitCalendarDayCell *self);
/* Returns: (transfer none) (nullable): the day's popover, once opened */
GtkWidget *pursuit_calendar_day_cell_get_popover (PursuitCalendarDayCell *self);

G_END_DECLS
