/* pursuit-notifier-text.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What reminders' notifications say: plain-text titles and bodies, and
 * times in the user's clock format, relative to now. */

#define G_LOG_DOMAIN "pursuit-notifier"

#include "config.h"

#include <langinfo.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-notifier-private.h"

/* Notes are shown as the title: a long one is cut. */
#define MAX_TITLE_CHARS 80

typedef struct
{
  GTimeZone *time_zone;
  gboolean   twelve_hour;
} TextContext;

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/* Who the reminder is about: the company, else the job title. */
static const char *
reminder_who (PursuitReminder *reminder)
{
  if (!is_blank (pursuit_reminder_get_company (reminder)))
    return pursuit_reminder_get_company (reminder);
  if (!is_blank (pursuit_reminder_get_job_title (reminder)))
    return pursuit_reminder_get_job_title (reminder);

  return NULL;
}

/* "Backend Engineer at Acme", or whichever of the two there is. */
static char *
dup_job_line (PursuitReminder *reminder)
{
  const char *title = pursuit_reminder_get_job_title (reminder);
  const char *company = pursuit_reminder_get_company (reminder);

  if (!is_blank (title) && !is_blank (company))
    /* Translators: a job: "Backend Engineer at Acme" */
    return g_strdup_printf (C_("job title at company", "%s at %s"), title, company);
  if (!is_blank (title))
    return g_strdup (title);
  if (!is_blank (company))
    return g_strdup (company);

  return NULL;
}

/* The first line of a note, cut to a title's length. */
static char *
dup_note_title (const char *body)
{
  g_autofree char *text = g_strstrip (g_strdup (body != NULL ? body : ""));
  char *newline = strchr (text, '\n');
  glong length;

  if (newline != NULL)
    *newline = '\0';
  g_strstrip (text);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      g_free (text);
      text = g_steal_pointer (&valid);
    }

  if (*text == '\0')
    return g_strdup (_("Reminder"));

  length = g_utf8_strlen (text, -1);
  if (length > MAX_TITLE_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, MAX_TITLE_CHARS - 1);

      return g_strconcat (g_strchomp (cut), "…", NULL);
    }

  return g_steal_pointer (&text);
}

static GDateTime *
local_date_time (TextContext *context,
                 gint64       at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);

  if (utc == NULL)
    return NULL;

  return g_date_time_to_timezone (utc, context->time_zone);
}

/* "Monday 23 November, 14:00", for the body under a relative title. */
static char *
dup_full_time (TextContext *context,
               gint64       at)
{
  g_autoptr(GDateTime) local = local_date_time (context, at);
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (local == NULL)
    return g_strdup ("");

  /* Translators: a date in a reminder, as for g_date_time_format():
   * "Monday 23 November" */
  date = g_date_time_format (local, C_("reminder date", "%A %-d %B"));
  time = pursuit_notifier_format_time (local, context->twelve_hour);

  /* Translators: a date and a time: "Monday 23 November, 14:00" */
  return g_strdup_printf (C_("reminder date and time", "%s, %s"), date, time);
}

static void
build_interview_text (TextContext      *context,
                      PursuitReminder  *reminder,
                      gint64            now,
                      char            **title,
                      char            **body)
{
  gint64 starts_at = pursuit_reminder_get_item_at (reminder);
  const char *who = reminder_who (reminder);
  const char *location = pursuit_reminder_get_location (reminder);
  g_autofree char *when = NULL;
  g_autofree char *job = dup_job_line (reminder);
  g_autofree char *full_time = dup_full_time (context, starts_at);
  GString *text = g_string_new (NULL);

  if (ABS (starts_at - now) < 60)
    {
      if (who != NULL)
        /* Translators: %s is a company (or a job title) */
        *title = g_strdup_printf (_("Interview at %s starts now"), who);
      else
        *title = g_strdup (_("Interview starts now"));
    }
  else
    {
      when = pursuit_notifier_format_relative (starts_at, now, context->time_zone,
                                               context->twelve_hour);
      if (who != NULL)
        /* Translators: the first %s is a company (or a job title), the
         * second when the interview starts: "in 1 hour", "tomorrow at
         * 14:00", "on Wednesday at 14:00". "Interview at Acme in 1 hour" */
        *title = g_strdup_printf (_("Interview at %s %s"), who, when);
      else
        /* Translators: %s is when: "in 1 hour", "tomorrow at 14:00" */
        *title = g_strdup_printf (_("Interview %s"), when);
    }

  g_string_append (text, pursuit_interview_kind_get_name (pursuit_reminder_get_summary (reminder)));
  if (job != NULL)
    {
      /* Translators: between an interview's kind and its job:
       * "Technical interview · Backend Engineer at Acme" */
      g_string_append (text, C_("reminder", " · "));
      g_string_append (text, job);
    }
  g_string_append_c (text, '\n');
  g_string_append (text, full_time);
  if (!is_blank (location))
    {
      g_string_append_c (text, '\n');
      g_string_append (text, location);
    }

  *body = g_string_free (text, FALSE);
}

static void
build_follow_up_text (TextContext      *context,
                      PursuitReminder  *reminder,
                      gint64            now,
                      char            **title,
                      char            **body)
{
  gint64 due_at = pursuit_reminder_get_item_at (reminder);
  const char *who = reminder_who (reminder);
  g_autofree char *job = dup_job_line (reminder);
  g_autofree char *when = NULL;
  g_autofree char *due = NULL;

  if (who != NULL)
    /* Translators: %s is a company (or a job title) */
    *title = g_strdup_printf (_("Follow up with %s"), who);
  else
    *title = g_strdup (_("Follow up on your application"));

  when = pursuit_notifier_format_relative (due_at, now, context->time_zone,
                                           context->twelve_hour);
  if (due_at > now)
    /* Translators: %s is when: "in 1 hour", "tomorrow at 09:00" */
    due = g_strdup_printf (_("Due %s"), when);
  else if (now - due_at < 60)
    due = g_strdup (_("Due now"));
  else
    /* Translators: %s is when: "today at 09:00", "yesterday at 09:00",
     * "on 3 December at 09:00", "15 minutes ago" */
    due = g_strdup_printf (_("Was due %s"), when);

  if (job != NULL)
    *body = g_strdup_printf ("%s\n%s", job, due);
  else
    *body = g_steal_pointer (&due);
}

static void
build_note_text (TextContext      *context,
                 PursuitReminder  *reminder,
                 gint64            now,
                 char            **title,
                 char            **body)
{
  g_autofree char *job = dup_job_line (reminder);
  const char *note = pursuit_reminder_get_summary (reminder);
  g_autofree char *rest = NULL;
  const char *newline;

  *title = dup_note_title (note);

  /* The title holds the note's first line; the rest goes in the body. */
  newline = note != NULL ? strchr (note, '\n') : NULL;
  if (newline != NULL)
    {
      rest = g_strstrip (g_utf8_make_valid (newline + 1, -1));
      if (*rest == '\0')
        g_clear_pointer (&rest, g_free);
    }

  if (job != NULL && rest != NULL)
    *body = g_strdup_printf ("%s\n%s", job, rest);
  else if (job != NULL)
    *body = g_steal_pointer (&job);
  else if (rest != NULL)
    *body = g_steal_pointer (&rest);
  else
    *body = NULL;
}

void
_pursuit_notifier_build_text (PursuitReminder  *reminder,
                              gint64            now,
                              GTimeZone        *time_zone,
                              gboolean          twelve_hour,
                              char            **title,
                              char            **body)
{
  TextContext real_context = { time_zone, twelve_hour };
  TextContext *context = &real_context;

  g_return_if_fail (PURSUIT_IS_REMINDER (reminder));
  g_return_if_fail (time_zone != NULL);

  switch (pursuit_reminder_get_source (reminder))
    {
    case PURSUIT_REMINDER_INTERVIEW:
      build_interview_text (context, reminder, now, title, body);
      break;

    case PURSUIT_REMINDER_FOLLOW_UP:
      build_follow_up_text (context, reminder, now, title, body);
      break;

    case PURSUIT_REMINDER_NOTE:
    default:
      build_note_text (context, reminder, now, title, body);
      break;
    }
}

char *
_pursuit_notifier_dup_snooze_label (int minutes)
{
  if (minutes % (24 * 60) == 0)
    {
      int days = minutes / (24 * 60);

      /* Translators: a notification button */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Snooze %d Day", "Snooze %d Days", days), days);
    }

  if (minutes % 60 == 0)
    {
      int hours = minutes / 60;

      /* Translators: a notification button */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Snooze %d Hour", "Snooze %d Hours", hours), hours);
    }

  /* Translators: a notification button */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Snooze %d Minute", "Snooze %d Minutes", minutes),
                          minutes);
}

/**
 * pursuit_notifier_format_time:
 * @time: a local time
 * @twelve_hour: whether to write "2:00 PM" rather than "14:00"
 *
 * Returns: (transfer full): the time of day
 */
char *
pursuit_notifier_format_time (GDateTime *time,
                              gboolean   twelve_hour)
{
  g_return_val_if_fail (time != NULL, NULL);

  if (twelve_hour)
    /* Translators: a 12-hour time, as for g_date_time_format(): "2:00 PM" */
    return g_date_time_format (time, C_("12-hour time", "%-l:%M %p"));

  /* Translators: a 24-hour time, as for g_date_time_format(): "14:00" */
  return g_date_time_format (time, C_("24-hour time", "%H:%M"));
}

/* Days from @from's date to @to's date, by the calendar. */
static int
days_between (GDateTime *from,
              GDateTime *to)
{
  g_autoptr(GDate) a = g_date_new_dmy (g_date_time_get_day_of_month (from),
                                        g_date_time_get_month (from),
                                        g_date_time_get_year (from));
  g_autoptr(GDate) b = g_date_new_dmy (g_date_time_get_day_of_month (to),
                                        g_date_time_get_month (to),
                                        g_date_time_get_year (to));

  return g_date_days_between (a, b);
}

/**
 * pursuit_notifier_format_relative:
 * @at: unix seconds
 * @now: unix seconds
 * @time_zone: (nullable): the local time zone; %NULL for local
 * @twelve_hour: 12-hour times
 *
 * Returns: (transfer full): "now", "in 15 minutes", "in 1 hour", "today at
 *   18:00", "tomorrow at 14:00", "yesterday at 09:00", "on Wednesday at
 *   14:00", "on 3 December at 14:00", "15 minutes ago"
 */
char *
pursuit_notifier_format_relative (gint64     at,
                                  gint64     now,
                                  GTimeZone *time_zone,
                                  gboolean   twelve_hour)
{
  g_autoptr(GTimeZone) local_zone = NULL;
  g_autoptr(GDateTime) at_utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) now_utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) at_local = NULL;
  g_autoptr(GDateTime) now_local = NULL;
  g_autofree char *time = NULL;
  gint64 diff = at - now;
  /* Rounded to the nearest minute: a check a few seconds late still
   * says "in 15 minutes". */
  gint64 minutes = (ABS (diff) + 30) / 60;
  int days;

  if (at_utc == NULL || now_utc == NULL)
    return g_strdup ("");

  if (time_zone == NULL)
    time_zone = local_zone = g_time_zone_new_local ();

  if (minutes == 0)
    /* Translators: when something happens */
    return g_strdup (_("now"));

  if (diff > 0 && minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d minute", "in %d minutes", (int) minutes),
                            (int) minutes);

  if (diff > 0 && minutes < 12 * 60 && minutes % 60 == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %d hour", "in %d hours", (int) (minutes / 60)),
                            (int) (minutes / 60));

  if (diff < 0 && minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago", "%d minutes ago", (int) minutes),
                            (int) minutes);

  at_local = g_date_time_to_timezone (at_utc, time_zone);
  now_local = g_date_time_to_timezone (now_utc, time_zone);
  time = pursuit_notifier_format_time (at_local, twelve_hour);
  days = days_between (now_local, at_local);

  switch (days)
    {
    case 0:
      /* Translators: %s is a time: "today at 18:00" */
      return g_strdup_printf (_("today at %s"), time);

    case 1:
      /* Translators: %s is a time: "tomorrow at 14:00" */
      return g_strdup_printf (_("tomorrow at %s"), time);

    case -1:
      /* Translators: %s is a time: "yesterday at 09:00" */
      return g_strdup_printf (_("yesterday at %s"), time);

    default:
      break;
    }

  if (days > 1 && days < 7)
    {
      g_autofree char *weekday = g_date_time_format (at_local, "%A");

      /* Translators: the first %s is a weekday, the second a time: "on
       * Wednesday at 14:00" */
      return g_strdup_printf (_("on %s at %s"), weekday, time);
    }
  else
    {
      g_autofree char *date = NULL;

      if (g_date_time_get_year (at_local) == g_date_time_get_year (now_local))
        /* Translators: a date, as for g_date_time_format(): "3 December" */
        date = g_date_time_format (at_local, C_("reminder date", "%-d %B"));
      else
        /* Translators: a date, as for g_date_time_format(): "3 December 2027" */
        date = g_date_time_format (at_local, C_("reminder date", "%-d %B %Y"));

      /* Translators: the first %s is a date, the second a time: "on 3
       * December at 14:00" */
      return g_strdup_printf (_("on %s at %s"), date, time);
    }
}

/**
 * pursuit_notifier_locale_uses_12h:
 *
 * Returns: whether LC_TIME's time format shows AM/PM
 */
gboolean
pursuit_notifier_locale_uses_12h (void)
{
  const char *format = nl_langinfo (T_FMT);
  const char *am = nl_langinfo (AM_STR);

  if (format == NULL || am == NULL || *am == '\0')
    return FALSE;

  /* %r is the locale's 12-hour time; %I and %l are 12-hour hours. */
  return strstr (format, "%p") != NULL || strstr (format, "%P") != NULL ||
         strstr (format, "%r") != NULL || strstr (format, "%I") != NULL ||
         strstr (format, "%l") != NULL;
}
