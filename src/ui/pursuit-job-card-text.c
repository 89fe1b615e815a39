/* pursuit-job-card-text.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-card"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "pursuit-job-card-private.h"
#include "pursuit-job-card-text.h"
#include "pursuit-pipeline.h"

/* The short texts a job card shows and reads out: pay, dates, the match
 * score, the days in the current stage and the next thing due. */

static const char *
currency_symbol (const char *currency)
{
  if (currency == NULL)
    return NULL;
  if (g_str_equal (currency, "EUR"))
    return "€";
  if (g_str_equal (currency, "USD"))
    return "$";
  if (g_str_equal (currency, "GBP"))
    return "£";
  return NULL;
}

static char *
format_amount (gint64      amount,
               const char *currency)
{
  const char *symbol = currency_symbol (currency);
  g_autofree char *number = NULL;

  if (amount >= 1000 && amount % 1000 == 0)
    /* Translators: a salary in thousands, e.g. "85k" */
    number = g_strdup_printf (_("%dk"), (int)(amount / 1000));
  else if (amount >= 10000)
    /* Translators: a salary in thousands, e.g. "72.5k" */
    number = g_strdup_printf (_("%.1fk"), amount / 1000.0);
  else
    number = g_strdup_printf ("%" G_GINT64_FORMAT, amount);

  if (symbol != NULL)
    return g_strconcat (symbol, number, NULL);
  if (currency != NULL)
    return g_strdup_printf ("%s %s", currency, number);
  return g_steal_pointer (&number);
}

/**
 * pursuit_job_card_format_salary:
 * @salary_min: the lower bound, or 0
 * @salary_max: the upper bound, or 0
 * @currency: (nullable): an ISO 4217 code
 * @period: (nullable): "YEAR", "MONTH", "WEEK", "DAY" or "HOUR"
 *
 * Formats a salary range compactly, for a card: "€70k – €90k".
 *
 * Returns: (transfer full) (nullable): the text, or %NULL without a salary
 */
char *
pursuit_job_card_format_salary (gint64      salary_min,
                                gint64      salary_max,
                                const char *currency,
                                const char *period)
{
  g_autofree char *range = NULL;

  if (salary_min <= 0 && salary_max <= 0)
    return NULL;

  if (salary_min > 0 && salary_max > 0 && salary_min != salary_max)
    {
      g_autofree char *low = format_amount (salary_min, currency);
      g_autofree char *high = format_amount (salary_max, currency);

      /* Translators: a salary range, e.g. "€70k – €90k" */
      range = g_strdup_printf (C_("salary range", "%s – %s"), low, high);
    }
  else if (salary_min > 0 && salary_max > 0)
    {
      range = format_amount (salary_min, currency);
    }
  else if (salary_min > 0)
    {
      g_autofree char *low = format_amount (salary_min, currency);

      /* Translators: a salary with only a lower bound, e.g. "From €70k" */
      range = g_strdup_printf (C_("salary range", "From %s"), low);
    }
  else
    {
      g_autofree char *high = format_amount (salary_max, currency);

      /* Translators: a salary with only an upper bound, e.g. "Up to €90k" */
      range = g_strdup_printf (C_("salary range", "Up to %s"), high);
    }

  return pursuit_job_format_salary_period (range, period);
}

/* GLib 2.74 reads /etc/localtime again at every g_time_zone_new_local()
 * while TZ is unset (so at every g_date_time_new_now_local() and
 * g_date_time_new_from_unix_local()): a dozen system calls, which made up
 * most of the time to bind a card. Cards share one zone instead, looked
 * up again at most once a second so a change still shows. */
static GTimeZone *
local_time_zone (void)
{
  static GTimeZone *zone;
  static gint64 looked_up_at;
  gint64 now = g_get_monotonic_time ();

  if (zone == NULL || now - looked_up_at > G_USEC_PER_SEC)
    {
      g_clear_pointer (&zone, g_time_zone_unref);
      zone = g_time_zone_new_local ();
      looked_up_at = now;
    }

  return zone;
}

/**
 * _pursuit_job_card_now_local:
 *
 * Returns: (transfer full): the current time in the local time zone that
 *   the cards share
 */
GDateTime *
_pursuit_job_card_now_local (void)
{
  return g_date_time_new_now (local_time_zone ());
}

/* @unix_time in the time zone of @reference, or %NULL out of range. */
static GDateTime *
new_date_time_like (gint64     unix_time,
                    GDateTime *reference)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);

  if (utc == NULL)
    return NULL;

  return g_date_time_to_timezone (utc, g_date_time_get_timezone (reference));
}

/* Days from @iso_date ("YYYY-MM-DD") to today: positive in the past. */
static gboolean
days_since (const char *iso_date,
            int        *days,
            GDate      *date)
{
  g_autoptr(GDateTime) now = NULL;
  GDate today;
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  now = _pursuit_job_card_now_local ();
  g_date_clear (&today, 1);
  g_date_set_dmy (&today,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);

  *days = g_date_days_between (date, &today);
  return TRUE;
}

static char *
format_short_date (const GDate *date)
{
  g_autoptr(GDateTime) now = _pursuit_job_card_now_local ();
  g_autoptr(GDateTime) when = g_date_time_new (local_time_zone (),
                                               g_date_get_year (date),
                                               g_date_get_month (date),
                                               g_date_get_day (date),
                                               12, 0, 0);

  if (when == NULL)
    return NULL;

  if (g_date_time_get_year (when) == g_date_time_get_year (now))
    /* Translators: a date in this year, see g_date_time_format() */
    return g_date_time_format (when, ONCE (C_("short date", "%-d %b")));

  /* Translators: a date in another year, see g_date_time_format() */
  return g_date_time_format (when, ONCE (C_("short date", "%-d %b %Y")));
}

static char *
describe_applied (int          days,
                  const GDate *date)
{
  g_autofree char *when = NULL;

  if (days <= 0)
    return g_strdup (ONCE (_("Applied today")));
  if (days == 1)
    return g_strdup (ONCE (_("Applied yesterday")));
  if (days < 14)
    return g_strdup_printf (ngettext ("Applied %d day ago", "Applied %d days ago", days), days);

  when = format_short_date (date);
  /* Translators: %s is a short date such as "3 Mar" */
  return g_strdup_printf (_("Applied %s"), when);
}

static char *
describe_posted (int          days,
                 const GDate *date)
{
  g_autofree char *when = NULL;

  if (days <= 0)
    return g_strdup (ONCE (_("Posted today")));
  if (days == 1)
    return g_strdup (ONCE (_("Posted yesterday")));
  if (days < 14)
    return g_strdup_printf (ngettext ("Posted %d day ago", "Posted %d days ago", days), days);

  when = format_short_date (date);
  /* Translators: %s is a short date such as "3 Mar" */
  return g_strdup_printf (_("Posted %s"), when);
}

static char *
describe_deadline (int days)
{
  if (days == 0)
    return g_strdup (ONCE (_("Closes today")));
  if (days == 1)
    return g_strdup (ONCE (_("Closes tomorrow")));
  return g_strdup_printf (ngettext ("Closes in %d day", "Closes in %d days", days), days);
}

/**
 * pursuit_job_card_format_match_score:
 * @score: a match score from 0 to 100, or -1 when unknown
 *
 * Returns: (transfer full) (nullable): the score as the card shows it,
 *   "87 %", or %NULL when it is unknown
 */
char *
pursuit_job_card_format_match_score (int score)
{
  if (score < 0)
    return NULL;

  /* Translators: a match score in percent on a small pill, e.g. "87%";
   * "%%" is the percent sign, with a space before it ("87 %") if your
   * language writes it so */
  return g_strdup_printf (C_("match score", "%d%%"), MIN (score, 100));
}

/* Calendar days from @from to @to, both local: 1 for "tomorrow" whatever
 * the hours. */
static int
calendar_days_between (GDateTime *from,
                       GDateTime *to)
{
  GDate a, b;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, g_date_time_get_day_of_month (from), g_date_time_get_month (from),
                  g_date_time_get_year (from));
  g_date_set_dmy (&b, g_date_time_get_day_of_month (to), g_date_time_get_month (to),
                  g_date_time_get_year (to));

  return g_date_days_between (&a, &b);
}

/**
 * _pursuit_job_card_days_in_stage:
 * @since: when the job entered its stage, in Unix seconds, or 0
 * @now: the current time
 *
 * Returns: the calendar days from @since to @now, or -1 when @since is
 *   unset or out of range
 */
int
_pursuit_job_card_days_in_stage (gint64     since,
                                 GDateTime *now)
{
  g_autoptr(GDateTime) when = NULL;

  if (since <= 0)
    return -1;

  when = new_date_time_like (since, now);
  if (when == NULL)
    return -1;

  /* A clock that was wrong when the job moved: count it as today. */
  return MAX (calendar_days_between (when, now), 0);
}

/**
 * _pursuit_job_card_format_stage_days:
 * @days: days in the stage, or -1 when unknown
 *
 * Returns: (transfer full) (nullable): the days for the card, or %NULL
 */
char *
_pursuit_job_card_format_stage_days (int days)
{
  if (days < 0)
    return NULL;
  if (days == 0)
    /* Translators: how long a job has been in its board column */
    return g_strdup (ONCE (C_("days in stage", "Today")));

  /* Translators: how long a job has been in its board column */
  return g_strdup_printf (ngettext ("%d day", "%d days", days), days);
}

/**
 * pursuit_job_card_format_days_in_stage:
 * @since: when the job entered its stage, in Unix seconds, or 0
 * @now: the current time, in the time zone whose calendar days count
 *
 * Formats how long a job has been in its stage, short enough for a card
 * whose column names the stage: "Today", "1 day", "12 days".
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when @since is
 *   unknown
 */
char *
pursuit_job_card_format_days_in_stage (gint64     since,
                                       GDateTime *now)
{
  g_return_val_if_fail (now != NULL, NULL);

  return _pursuit_job_card_format_stage_days (_pursuit_job_card_days_in_stage (since, now));
}

/**
 * _pursuit_job_card_describe_stage_days:
 * @days: days in the stage, or -1 when unknown
 *
 * The same as _pursuit_job_card_format_stage_days(), as a sentence for
 * screen readers and tooltips.
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL
 */
char *
_pursuit_job_card_describe_stage_days (int days)
{
  if (days < 0)
    return NULL;
  if (days == 0)
    return g_strdup (ONCE (_("In this stage since today")));

  return g_strdup_printf (ngettext ("In this stage for %d day",
                                    "In this stage for %d days", days), days);
}

/* GNOME's 12/24-hour clock setting lives in gsettings-desktop-schemas,
 * which Pursuit does not depend on; instead translations pick the clock
 * their locale uses (e.g. "%l:%M %p" for American English), as GNOME apps
 * did before that setting existed. */
static char *
format_time (GDateTime *when)
{
  /* Translators: a time of day, see g_date_time_format(); use "%l:%M %p"
   * where a 12-hour clock is usual */
  char *text = g_date_time_format (when, ONCE (C_("time of day", "%H:%M")));

  /* A broken translation must not hide the time. */
  if (text == NULL)
    text = g_date_time_format (when, "%H:%M");

  return text;
}

static char *
format_due_date (GDateTime *when)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (when), g_date_time_get_month (when),
                  g_date_time_get_year (when));

  return format_short_date (&date);
}

static char *
describe_interview (int        days,
                    GDateTime *when)
{
  g_autofree char *time = NULL;
  g_autofree char *date = NULL;

  if (days < -1)
    return g_strdup_printf (ngettext ("Interview %d day ago", "Interview %d days ago", -days),
                            -days);
  if (days == -1)
    return g_strdup (ONCE (_("Interview yesterday")));

  if (days <= 1)
    {
      time = format_time (when);
      if (days == 0)
        /* Translators: %s is a time such as "14:00" */
        return g_strdup_printf (_("Interview today %s"), time);

      /* Translators: %s is a time such as "14:00" */
      return g_strdup_printf (_("Interview tomorrow %s"), time);
    }

  if (days < 14)
    return g_strdup_printf (ngettext ("Interview in %d day", "Interview in %d days", days), days);

  date = format_due_date (when);
  /* Translators: %s is a short date such as "3 Mar" */
  return g_strdup_printf (_("Interview on %s"), date);
}

static char *
describe_follow_up (int        days,
                    GDateTime *when)
{
  g_autofree char *date = NULL;

  if (days < 0)
    return g_strdup_printf (ngettext ("Follow-up overdue by %d day",
                                      "Follow-up overdue by %d days", -days), -days);
  if (days == 0)
    return g_strdup (ONCE (_("Follow-up due today")));
  if (days == 1)
    return g_strdup (ONCE (_("Follow-up due tomorrow")));
  if (days < 14)
    return g_strdup_printf (ngettext ("Follow-up due in %d day",
                                      "Follow-up due in %d days", days), days);

  date = format_due_date (when);
  /* Translators: %s is a short date such as "3 Mar" */
  return g_strdup_printf (_("Follow-up due %s"), date);
}

static char *
describe_reminder (int        days,
                   GDateTime *when)
{
  g_autofree char *date = NULL;

  if (days < 0)
    return g_strdup_printf (ngettext ("Reminder overdue by %d day",
                                      "Reminder overdue by %d days", -days), -days);
  if (days == 0)
    return g_strdup (ONCE (_("Reminder today")));
  if (days == 1)
    return g_strdup (ONCE (_("Reminder tomorrow")));
  if (days < 14)
    return g_strdup_printf (ngettext ("Reminder in %d day", "Reminder in %d days", days), days);

  date = format_due_date (when);
  /* Translators: %s is a short date such as "3 Mar" */
  return g_strdup_printf (_("Reminder on %s"), date);
}

/**
 * pursuit_job_card_format_next_due:
 * @at: when the item is due, in Unix seconds, or 0 for none
 * @kind: (nullable): "interview", "follow-up" or "reminder"; anything else
 *   reads as a reminder
 * @now: the current time, in the time zone whose calendar days and
 *   clock to use
 * @days: (out) (optional): calendar days from @now to @at, negative when
 *   the item is overdue
 *
 * Formats a job's next open item for a card: "Interview tomorrow 14:00",
 * "Follow-up due today", "Follow-up overdue by 2 days", "Reminder in 3
 * days".
 *
 * Returns: (transfer full) (nullable): the text, or %NULL without an item
 */
char *
pursuit_job_card_format_next_due (gint64      at,
                                  const char *kind,
                                  GDateTime  *now,
                                  int        *days)
{
  g_autoptr(GDateTime) when = NULL;
  int n;

  g_return_val_if_fail (now != NULL, NULL);

  if (days != NULL)
    *days = 0;

  if (at <= 0)
    return NULL;

  when = new_date_time_like (at, now);
  if (when == NULL)
    return NULL;

  n = calendar_days_between (now, when);
  if (days != NULL)
    *days = n;

  if (g_strcmp0 (kind, "interview") == 0)
    return describe_interview (n, when);
  if (g_strcmp0 (kind, "follow-up") == 0)
    return describe_follow_up (n, when);

  return describe_reminder (n, when);
}

/**
 * _pursuit_job_card_describe_date:
 * @job: a job
 * @urgent: (out): whether the date is a deadline that is close
 *
 * Describes the date that matters most for @job: its deadline while it is
 * saved and the deadline is near, else when it was applied to or posted.
 *
 * Returns: (transfer full) (nullable): the text, or %NULL without a date
 */
char *
_pursuit_job_card_describe_date (PursuitJob *job,
                                 gboolean   *urgent)
{
  const char *stage = pursuit_job_get_stage (job);
  GDate date;
  int days;

  *urgent = FALSE;

  if (g_strcmp0 (stage, PURSUIT_STAGE_SAVED) == 0 &&
      days_since (pursuit_job_get_deadline (job), &days, &date) &&
      days <= 0 && days > -15)
    {
      *urgent = days > -4;
      return describe_deadline (-days);
    }
  if (days_since (pursuit_job_get_applied_date (job), &days, &date))
    return describe_applied (days, &date);
  if (days_since (pursuit_job_get_posted_date (job), &days, &date))
    return describe_posted (days, &date);

  return NULL;
}

/**
 * pursuit_escape_mnemonic:
 * @text: a label the user wrote, such as a stage name
 *
 * Returns: (transfer full): @text with each "_" doubled, so a menu shows
 *   it as written instead of taking it as a mnemonic
 */
char *
pursuit_escape_mnemonic (const char *text)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  parts = g_strsplit (text, "_", -1);
  return g_strjoinv ("__", parts);
}
