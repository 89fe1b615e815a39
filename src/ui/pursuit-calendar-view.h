/* pursuit-calendar-view.h: the Calendar page
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-calendar-date.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CALENDAR_VIEW (pursuit_calendar_view_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCalendarView, pursuit_calendar_view, PURSUIT, CALENDAR_VIEW, GtkWidget)

GtkWidget           *pursuit_calendar_view_new               (PursuitStore        *store);
PursuitStore        *pursuit_calendar_view_get_store         (PursuitCalendarView *self);
void                 pursuit_calendar_view_set_store         (PursuitCalendarView *self,
                                                              PursuitStore        *store);
PursuitCalendarMode  pursuit_calendar_view_get_mode          (PursuitCalendarView *self);
void                 pursuit_calendar_view_set_mode          (PursuitCalendarView *self,
                                                              PursuitCalendarMode  mode);
/* The focused day, which picks the month or week shown. */
void                 pursuit_calendar_view_get_date          (PursuitCalendarView *self,
                                                              GDate               *date);
void                 pursuit_calendar_view_set_date          (PursuitCalendarView *self,
                                                              const GDate         *date);
/* The zone days are counted in; NULL = local (the default). */
void                 pursuit_calendar_view_set_time_zone     (PursuitCalendarView *self,
                                                              GTimeZone           *time_zone);
/* 0 = Sunday ... 6 = Saturday; -1 = the locale's (the default). */
int                  pursuit_calendar_view_get_first_weekday (PursuitCalendarView *self);
void                 pursuit_calendar_view_set_first_weekday (PursuitCalendarView *self,
                                                              int                  first_weekday);
/* Reads the store again now, not at the next idle. */
void                 pursuit_calendar_view_reload            (PursuitCalendarView *self);
/* "November 2026", "16 – 22 November 2026". */
const char          *pursuit_calendar_view_get_title         (PursuitCalendarView *self);

/* The pages, for tests. */
GtkWidget           *pursuit_calendar_view_get_month         (PursuitCalendarView *self);
GtkWidget           *pursuit_calendar_view_get_week          (PursuitCalendarView *self);
GtkWidget           *pursuit_calendar_view_get_agenda        (PursuitCalendarView *self);

G_END_DECLS
