/* pursuit-calendar-date.c: calendar arithmetic and locale formats
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar"

#include "config.h"

#include <glib/gi18n.h>
#include <langinfo.h>
#include <string.h>

#include "pursuit-calendar-date.h"

static const char * const mode_names[] = { "month", "week", "agenda" };

const char *
pursuit_calendar_mode_to_string (PursuitCalendarMode mode)
{
  g_return_val_if_fail (mode <= PURSUIT_CALENDAR_AGENDA, "month");

  return mode_names[mode];
}

gboolean
pursuit_calendar_mode_from_string (const char          *text,
                                   PursuitCalendarMode *mode)
{
  for (guint i = 0; i < G_N_ELEMENTS (mode_names); i++)
    {
      if (g_strcmp0 (text, mode_names[i]) == 0)
        {
          *mode = (PursuitCalendarMode) i;
          return TRUE;
        }
    }

  return FALSE;
}

int
pursuit_calendar_locale_first_weekday (void)
{
#ifdef __GLIBC__
  /* glibc keeps the first weekday relative to the week's origin date:
   * 19971130 was a Sunday, 19971201 a Monday. */
  union { unsigned int word; const char *string; } langinfo;
  int first_weekday;
  int origin;

  langinfo.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = langinfo.string[0];
  langinfo.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);

  switch (langinfo.word)
    {
    case 19971130:
      origin = 0;
      break;
    case 19971201:
      origin = 1;
      break;
    default:
      g_debug ("Unknown _NL_TIME_WEEK_1STDAY %u; weeks start on Monday", langinfo.word);
      return 1;
    }

  if (first_weekday < 1 || first_weekday > 7)
    return origin;

  return (origin + first_weekday - 1) % 7;
#else
  return 1;
#endif
}

gboolean
pursuit_calendar_locale_uses_12h (void)
{
  const char *format = nl_langinfo (T_FMT);

  if (format == NULL)
    return FALSE;

  return strstr (format, "%r") != NULL || strstr (format, "%I") != NULL ||
         strstr (format, "%l") != NULL || strstr (format, "%p") != NULL;
}

int
pursuit_calendar_weekday (const GDate *date)
{
  /* GDateWeekday counts Monday 1 ... Sunday 7. */
  return g_date_get_weekday (date) % 7;
}

guint
pursuit_calendar_period (PursuitCalendarMode  mode,
                         const GDate         *focus,
                         int                  first_weekday,
                         GDate               *first)
{
  g_return_val_if_fail (g_date_valid (focus), 0);

  *first = *focus;

  switch (mode)
    {
    case PURSUIT_CALENDAR_WEEK:
      g_date_subtract_days (first, (pursuit_calendar_weekday (focus) - first_weekday + 7) % 7);
      return 7;

    case PURSUIT_CALENDAR_AGENDA:
      g_date_set_day (first, 1);
      return g_date_get_days_in_month (g_date_get_month (focus), g_date_get_year (focus));

    case PURSUIT_CALENDAR_MONTH:
    default:
      g_date_set_day (first, 1);
      g_date_subtract_days (first, (pursuit_calendar_weekday (first) - first_weekday + 7) % 7);
      return PURSUIT_CALENDAR_MONTH_DAYS;
    }
}

GDateTime *
pursuit_calendar_day_start (GTimeZone   *time_zone,
                            const GDate *date)
{
  g_return_val_if_fail (time_zone != NULL, NULL);
  g_return_val_if_fail (g_date_valid (date), NULL);

  /* Where midnight does not exist (a DST jump at 00:00), GLib moves to
   * the first valid time of the day. */
  return g_date_time_new (time_zone,
                          g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                          0, 0, 0);
}

void
pursuit_calendar_date_of (GTimeZone *time_zone,
                          gint64     unix_time,
                          GDate     *date)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = NULL;

  g_date_clear (date, 1);
  if (utc == NULL)
    return;

  local = g_date_time_to_timezone (utc, time_zone);
  g_date_set_dmy (date,
                  g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

void
pursuit_calendar_today (GTimeZone *time_zone,
                        GDate     *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (time_zone);

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* A GDateTime of @date for formatting its names only (noon UTC keeps
 * every time zone on the same day). */
GDateTime *
pursuit_calendar_date_time (const GDate *date)
{
  return g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 12, 0, 0);
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  g_autoptr(GDateTime) date_time = pursuit_calendar_date_time (date);

  return g_date_time_format (date_time, format);
}

char *
pursuit_calendar_format_title (PursuitCalendarMode  mode,
                               const GDate         *focus,
                               int                  first_weekday)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  GDate first, last;
  guint n_days;

  g_return_val_if_fail (g_date_valid (focus), NULL);

  if (mode != PURSUIT_CALENDAR_WEEK)
    {
      /* TRANSLATORS: the calendar's title for a month; a g_date_time_format() format */
      return format_date (focus, C_("calendar title", "%B %Y"));
    }

  n_days = pursuit_calendar_period (mode, focus, first_weekday, &first);
  last = first;
  g_date_add_days (&last, n_days - 1);

  /* TRANSLATORS: the last day of a week in the calendar's title, e.g. "22 November 2026" */
  end = format_date (&last, C_("calendar title", "%-d %B %Y"));

  if (g_date_get_year (&first) != g_date_get_year (&last))
    start = format_date (&first, C_("calendar title", "%-d %B %Y"));
  else if (g_date_get_month (&first) != g_date_get_month (&last))
    /* TRANSLATORS: the first day of a week that ends in another month, e.g. "30 November" */
    start = format_date (&first, C_("calendar title", "%-d %B"));
  else
    /* TRANSLATORS: the first day of a week that ends in the same month, e.g. "16" */
    start = format_date (&first, C_("calendar title", "%-d"));

  /* TRANSLATORS: a week in the calendar's title: first day, last day */
  return g_strdup_printf (C_("calendar title", "%s – %s"), start, end);
}

char *
pursuit_calendar_format_time (GTimeZone *time_zone,
                              gint64     unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (utc, time_zone);
  if (pursuit_calendar_locale_uses_12h ())
    /* TRANSLATORS: a time on a 12-hour clock; a g_date_time_format() format */
    return g_date_time_format (local, C_("calendar time", "%-I:%M %p"));

  /* TRANSLATORS: a time on a 24-hour clock; a g_date_time_format() format */
  return g_date_time_format (local, C_("calendar time", "%H:%M"));
}

char *
pursuit_calendar_format_day (const GDate *date)
{
  /* TRANSLATORS: a day in the calendar, e.g. "Monday 23 November" */
  return format_date (date, C_("calendar day", "%A %-d %B"));
}

char *
pursuit_calendar_format_weekday (const GDate *date)
{
  /* TRANSLATORS: a weekday over a column of the calendar's month or week, e.g. "Mon";
   * a g_date_time_format() format */
  return format_date (date, C_("calendar weekday", "%a"));
}
