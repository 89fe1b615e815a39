/* pursuit-calendar-date.h: calendar arithmetic and locale formats
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PursuitCalendarMode:
 * @PURSUIT_CALENDAR_MONTH: six weeks around a month
 * @PURSUIT_CALENDAR_WEEK: one week
 * @PURSUIT_CALENDAR_AGENDA: the days of a month that have something on
 */
typedef enum
{
  PURSUIT_CALENDAR_MONTH,
  PURSUIT_CALENDAR_WEEK,
  PURSUIT_CALENDAR_AGENDA,
} PursuitCalendarMode;

#define PURSUIT_CALENDAR_MONTH_DAYS 42

const char *pursuit_calendar_mode_to_string   (PursuitCalendarMode  mode);
gboolean    pursuit_calendar_mode_from_string (const char          *text,
                                               PursuitCalendarMode *mode);

/* 0 = Sunday ... 6 = Saturday, from LC_TIME (as GtkCalendar reads it). */
int        pursuit_calendar_locale_first_weekday (void);
/* Whether LC_TIME writes times with AM/PM. */
gboolean   pursuit_calendar_locale_uses_12h      (void);

/* @date's weekday counted as 0 = Sunday ... 6 = Saturday. */
int        pursuit_calendar_weekday      (const GDate *date);
/* The calendar days a mode shows around @focus: the first one into
 * @first, and how many. */
guint      pursuit_calendar_period       (PursuitCalendarMode  mode,
                                          const GDate         *focus,
                                          int                  first_weekday,
                                          GDate               *first);
/* Local midnight of @date in @time_zone: day boundaries come from the
 * calendar, never from adding 86400 seconds, so a day across a DST change
 * lasts 23 or 25 hours. */
GDateTime *pursuit_calendar_day_start    (GTimeZone           *time_zone,
                                          const GDate         *date);
/* The calendar day @unix_time falls on in @time_zone. */
void       pursuit_calendar_date_of      (GTimeZone           *time_zone,
                                          gint64               unix_time,
                                          GDate               *date);
/* Today in @time_zone. */
void       pursuit_calendar_today        (GTimeZone           *time_zone,
                                          GDate               *date);
GDateTime *pursuit_calendar_date_time    (const GDate         *date);

/* "November 2026", "16 – 22 November 2026". */
char      *pursuit_calendar_format_title (PursuitCalendarMode  mode,
                                          const GDate         *focus,
                                          int                  first_weekday);
/* "14:00" or "2:00 PM", following the locale. */
char      *pursuit_calendar_format_time  (GTimeZone           *time_zone,
                                          gint64               unix_time);
/* "Monday 23 November". */
char      *pursuit_calendar_format_day   (const GDate         *date);
/* "Mon", over a column of the month or week grid. */
char      *pursuit_calendar_format_weekday (const GDate       *date);

G_END_DECLS
