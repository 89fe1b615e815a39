/* pursuit-mail-time.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-time"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pursuit-ics.h"
#include "pursuit-interview.h"
#include "pursuit-mail-time-private.h"
#include "pursuit-mail-triage.h"
#include "pursuit-utf8-private.h"

/* Finding the one time an invitation proposes, in the words people use
 * in English, German, French and Spanish. The rule that keeps this
 * honest: a date mention is only a proposal with a time next to it, and
 * two different proposals are a question to the user, not an answer.
 * Everything runs on the text as written with a handful of caseless
 * regexes; only zone abbreviations must be upper case ("ist", "est" and
 * "et" are words in German and French). */

/* How far a time may sit after a date ("March 3, 2027 at 2:30 PM",
 * "Date: March 3\nTime: 14:00") or before it ("at 2 PM on Tuesday"). */
#define MAX_GAP_AFTER 24
#define MAX_GAP_BEFORE 8
/* Invitations are short: past this the text is quoted mail or footers. */
#define MAX_TEXT_BYTES (16 * 1024)
#define DEFAULT_MINUTES 60

#define MONTHS \
  "january|february|march|april|may|june|july|august|september|october|november|december|" \
  "sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|" \
  "januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|" \
  "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|" \
  "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"

/* Abbreviations only where a date follows: "mon" is French for "my". */
#define WEEKDAY_ABBREVIATIONS "mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun"
#define WEEKDAYS \
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday|" \
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|" \
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|" \
  "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"

#define B "(?<![\\w])"
#define E "(?![\\w])"

static const char date_pattern[] =
  /* 2027-03-03 */
  B "(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})" E
  /* Tuesday, March 3rd, 2027 */
  "|" B "(?:(?<wa>" WEEKDAYS "|" WEEKDAY_ABBREVIATIONS ")\\.?,?\\s+)?(?<ma>" MONTHS ")\\.?\\s+(?<da>\\d{1,2})(?:st|nd|rd|th)?" E
  "(?:,?\\s+(?<ya>\\d{4})" E ")?"
  /* Tuesday 3 March 2027, am 3. März, le mardi 3 mars, el 3 de marzo de 2027 */
  "|" B "(?:(?<wb>" WEEKDAYS ")\\.?,?\\s+)?(?:(?:the|den|le|el)\\s+)?(?<db>\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?"
  "\\s+(?:of\\s+|de\\s+)?(?<mb>" MONTHS ")" E "\\.?(?:,?\\s+(?:de\\s+)?(?<yb>\\d{4})" E ")?"
  /* 03.03.2027, 3.3. */
  "|" B "(?<dc>\\d{1,2})\\.(?<mc>\\d{1,2})\\.(?<yc>\\d{4}|\\d{2})?(?![\\d])"
  /* 03/03/2027 */
  "|" B "(?<dd>\\d{1,2})/(?<md>\\d{1,2})/(?<yd>\\d{4})" E
  /* Tuesday, morgen, demain, mañana (not "de la mañana": the morning) */
  "|" B "(?<we>" WEEKDAYS ")" E
  "|" B "(?<rel>tomorrow|morgen|demain|(?<!la )mañana|manana|today|heute|aujourd'hui|hoy)" E;

static const char time_pattern[] =
  B "(?:(?<noon>noon|midday|mittag|midi|mediodía|mediodia)"
  "|(?<h>\\d{1,2})(?:(?:[:.]|\\s?h\\s?)(?<m>\\d{2}))?"
  "(?:\\s*(?<suffix>a\\.?\\s?m\\b\\.?|p\\.?\\s?m\\b\\.?|uhr|h|hrs|heures?|horas?|"
  "de la mañana|de la manana|de la tarde|de la noche)(?![a-z]))?)"
  /* "17.11.2026" is a date, not 17:11 */
  "(?![\\w:]|\\.\\d)";

/* "Monday to Friday, 9am-5pm" are office hours, not a proposal. */
static const char weekday_range_pattern[] =
  B "(?:" WEEKDAYS "|" WEEKDAY_ABBREVIATIONS ")\\.?\\s*(?:-|to|through|thru|bis|au|à|a|al)\\s*"
  "(?:" WEEKDAYS "|" WEEKDAY_ABBREVIATIONS ")" E;

/* "to 3:45 pm", "- 15:30", "bis 15 Uhr", "à 15h", "a las 15:30" */
static const char range_pattern[] =
  "\\s*(?:-|–|—|to|until|till|bis|à|a|hasta|jusqu'à)\\s*(?:las\\s+)?";

static const char duration_pattern[] =
  B "(?:(?<n>\\d{1,3})\\s*(?:-\\s*)?(?<unit>minutes?|mins?|minuten|minutos?|hours?|hrs?|stunden?|heures?|horas?)" E
  "|(?<half>half an hour|halbe stunde|demi-heure|media hora)"
  "|(?<one>an hour|one hour|eine stunde|une heure|una hora))";

static const char location_pattern[] =
  "https://(?:meet\\.google\\.com/[a-z0-9-]+|(?:[a-z0-9-]+\\.)?zoom\\.us/[^\\s<>\"')]+|"
  "teams\\.microsoft\\.com/[^\\s<>\"')]+|teams\\.live\\.com/[^\\s<>\"')]+|"
  "(?:[a-z0-9-]+\\.)?webex\\.com/[^\\s<>\"')]+|whereby\\.com/[^\\s<>\"')]+)";

/* Lines that start quoted mail: what follows was written by someone else,
 * often the user, and its dates are not proposals. */
static const char quote_pattern[] =
  "(?m)^(?:>|-{2,}\\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original)|"
  "on .{0,120} wrote:|am .{0,120} schrieb|le .{0,120} a écrit|el .{0,120} escribió|"
  "from: .*\\n(?:sent|gesendet|envoyé|enviado):)";

typedef struct
{
  int month;
  const char *name;
} NameValue;

static const NameValue month_names[] = {
  { 1, "january" }, { 1, "jan" }, { 1, "januar" }, { 1, "jänner" }, { 1, "janvier" }, { 1, "enero" },
  { 2, "february" }, { 2, "feb" }, { 2, "februar" }, { 2, "février" }, { 2, "fevrier" }, { 2, "febrero" },
  { 3, "march" }, { 3, "mar" }, { 3, "märz" }, { 3, "mars" }, { 3, "marzo" },
  { 4, "april" }, { 4, "apr" }, { 4, "avril" }, { 4, "abril" },
  { 5, "may" }, { 5, "mai" }, { 5, "mayo" },
  { 6, "june" }, { 6, "jun" }, { 6, "juni" }, { 6, "juin" }, { 6, "junio" },
  { 7, "july" }, { 7, "jul" }, { 7, "juli" }, { 7, "juillet" }, { 7, "julio" },
  { 8, "august" }, { 8, "aug" }, { 8, "août" }, { 8, "aout" }, { 8, "agosto" },
  { 9, "september" }, { 9, "sept" }, { 9, "sep" }, { 9, "septembre" }, { 9, "septiembre" }, { 9, "setiembre" },
  { 10, "october" }, { 10, "oct" }, { 10, "oktober" }, { 10, "octobre" }, { 10, "octubre" },
  { 11, "november" }, { 11, "nov" }, { 11, "novembre" }, { 11, "noviembre" },
  { 12, "december" }, { 12, "dec" }, { 12, "dezember" }, { 12, "décembre" }, { 12, "decembre" }, { 12, "diciembre" },
};

/* GDateWeekday numbering: Monday 1 ... Sunday 7. */
static const NameValue weekday_names[] = {
  { 1, "monday" }, { 1, "mon" }, { 1, "montag" }, { 1, "lundi" }, { 1, "lunes" },
  { 2, "tuesday" }, { 2, "tues" }, { 2, "tue" }, { 2, "dienstag" }, { 2, "mardi" }, { 2, "martes" },
  { 3, "wednesday" }, { 3, "wed" }, { 3, "mittwoch" }, { 3, "mercredi" }, { 3, "miércoles" }, { 3, "miercoles" },
  { 4, "thursday" }, { 4, "thurs" }, { 4, "thur" }, { 4, "thu" }, { 4, "donnerstag" }, { 4, "jeudi" }, { 4, "jueves" },
  { 5, "friday" }, { 5, "fri" }, { 5, "freitag" }, { 5, "vendredi" }, { 5, "viernes" },
  { 6, "saturday" }, { 6, "sat" }, { 6, "samstag" }, { 6, "sonnabend" }, { 6, "samedi" }, { 6, "sábado" }, { 6, "sabado" },
  { 7, "sunday" }, { 7, "sun" }, { 7, "sonntag" }, { 7, "dimanche" }, { 7, "domingo" },
};

typedef struct
{
  GRegex *date;
  GRegex *time;
  GRegex *range;
  GRegex *duration;
  GRegex *location;
  GRegex *quote;
  GRegex *weekday_range;
} Regexes;

typedef struct
{
  int hour;
  int minute;
  gsize start;
  gsize end;
} TimeOfDay;

/* A date as the text gives it: some fields may be missing. */
typedef struct
{
  int year;       /* 0: not said */
  int month;      /* 0: a weekday or a relative day only */
  int day;
  int weekday;    /* 1-7, 0: none */
  int days_ahead; /* for "tomorrow": 1, "today": 0; -1: not relative */
  gboolean numeric;
  gsize start;
  gsize end;
} DateMention;

static GRegex *
compile_full (const char    *pattern,
              GRegexCompileFlags flags)
{
  g_autoptr(GError) error = NULL;
  GRegex *regex = g_regex_new (pattern, flags | G_REGEX_OPTIMIZE, 0, &error);

  /* The patterns are ours: failing to compile one is a bug. */
  g_assert_no_error (error);
  return regex;
}

static GRegex *
compile (const char *pattern)
{
  return compile_full (pattern, G_REGEX_CASELESS);
}

static gpointer
create_regexes (gpointer data)
{
  Regexes *regexes = g_new0 (Regexes, 1);

  regexes->date = compile (date_pattern);
  regexes->time = compile (time_pattern);
  regexes->range = compile (range_pattern);
  regexes->duration = compile (duration_pattern);
  regexes->location = compile (location_pattern);
  regexes->quote = compile (quote_pattern);
  regexes->weekday_range = compile (weekday_range_pattern);

  return regexes;
}

static const Regexes *
get_regexes (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, create_regexes, NULL);
}

static int
lookup_name (const NameValue *table,
             guint            n,
             const char      *name)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (table[i].name, name))
      return table[i].month;
  return 0;
}

gboolean
_pursuit_mail_time_group_matched (GMatchInfo *info,
                                  const char *name)
{
  int start = -1;
  int end = -1;

  return g_match_info_fetch_named_pos (info, name, &start, &end) && start >= 0;
}

int
_pursuit_mail_time_group_int (GMatchInfo *info,
                              const char *name)
{
  g_autofree char *text = g_match_info_fetch_named (info, name);

  return text != NULL && *text != '\0' ? atoi (text) : 0;
}

char *
_pursuit_mail_time_group_lower (GMatchInfo *info,
                                const char *name)
{
  g_autofree char *text = g_match_info_fetch_named (info, name);

  return text != NULL ? g_utf8_strdown (text, -1) : g_strdup ("");
}

static int
group_name_value (GMatchInfo      *info,
                  const char      *group,
                  const NameValue *table,
                  guint            n)
{
  g_autofree char *text = _pursuit_mail_time_group_lower (info, group);

  if (*text == '\0')
    return 0;
  return lookup_name (table, n, text);
}

static int
expand_year (int year)
{
  if (year > 0 && year < 100)
    return 2000 + year;
  return year;
}

/* Whether the text reads like English, for the order of 03/04/2027. */
static gboolean
looks_english (const char *text)
{
  static const char * const words[] = { " the ", " your ", " you ", " we ", " interview " };
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (lower, words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
read_date_mention (GMatchInfo  *info,
                   gboolean     english,
                   DateMention *date)
{
  int start = 0;
  int end = 0;

  memset (date, 0, sizeof *date);
  date->days_ahead = -1;
  g_match_info_fetch_pos (info, 0, &start, &end);
  date->start = start;
  date->end = end;

  if (_pursuit_mail_time_group_matched (info, "iy"))
    {
      date->year = _pursuit_mail_time_group_int (info, "iy");
      date->month = _pursuit_mail_time_group_int (info, "im");
      date->day = _pursuit_mail_time_group_int (info, "id");
      date->numeric = TRUE;
    }
  else if (_pursuit_mail_time_group_matched (info, "ma"))
    {
      date->weekday = group_name_value (info, "wa", weekday_names, G_N_ELEMENTS (weekday_names));
      date->month = group_name_value (info, "ma", month_names, G_N_ELEMENTS (month_names));
      date->day = _pursuit_mail_time_group_int (info, "da");
      date->year = _pursuit_mail_time_group_int (info, "ya");
    }
  else if (_pursuit_mail_time_group_matched (info, "mb"))
    {
      date->weekday = group_name_value (info, "wb", weekday_names, G_N_ELEMENTS (weekday_names));
      date->month = group_name_value (info, "mb", month_names, G_N_ELEMENTS (month_names));
      date->day = _pursuit_mail_time_group_int (info, "db");
      date->year = _pursuit_mail_time_group_int (info, "yb");
    }
  else if (_pursuit_mail_time_group_matched (info, "dc"))
    {
      date->day = _pursuit_mail_time_group_int (info, "dc");
      date->month = _pursuit_mail_time_group_int (info, "mc");
      date->year = expand_year (_pursuit_mail_time_group_int (info, "yc"));
      date->numeric = TRUE;
    }
  else if (_pursuit_mail_time_group_matched (info, "dd"))
    {
      int first = _pursuit_mail_time_group_int (info, "dd");
      int second = _pursuit_mail_time_group_int (info, "md");

      /* 03/04 is April 3 in Europe and March 4 in the US: the one that
       * cannot be a month decides, else the language. */
      if (first > 12 || (second <= 12 && !english))
        {
          date->day = first;
          date->month = second;
        }
      else
        {
          date->month = first;
          date->day = second;
        }
      date->year = _pursuit_mail_time_group_int (info, "yd");
      date->numeric = TRUE;
    }
  else if (_pursuit_mail_time_group_matched (info, "we"))
    {
      date->weekday = group_name_value (info, "we", weekday_names, G_N_ELEMENTS (weekday_names));
    }
  else if (_pursuit_mail_time_group_matched (info, "rel"))
    {
      g_autofree char *word = _pursuit_mail_time_group_lower (info, "rel");

      date->days_ahead = (g_str_equal (word, "today") || g_str_equal (word, "heute") ||
                          g_str_equal (word, "aujourd'hui") || g_str_equal (word, "hoy")) ? 0 : 1;
    }
  else
    {
      return FALSE;
    }

  if (date->month != 0 && (date->month < 1 || date->month > 12 || date->day < 1 || date->day > 31))
    return FALSE;

  return TRUE;
}

static gboolean
read_time (GMatchInfo *info,
           TimeOfDay  *time)
{
  g_autofree char *suffix = NULL;
  int start = 0;
  int end = 0;
  int hour;
  int minute;

  g_match_info_fetch_pos (info, 0, &start, &end);
  time->start = start;
  time->end = end;

  if (_pursuit_mail_time_group_matched (info, "noon"))
    {
      time->hour = 12;
      time->minute = 0;
      return TRUE;
    }

  hour = _pursuit_mail_time_group_int (info, "h");
  minute = _pursuit_mail_time_group_int (info, "m");
  suffix = _pursuit_mail_time_group_lower (info, "suffix");

  /* A number alone is not a time ("3 rounds", "March 3"). */
  if (!_pursuit_mail_time_group_matched (info, "m") && (suffix == NULL || *suffix == '\0'))
    return FALSE;

  if (suffix != NULL && (suffix[0] == 'a' || suffix[0] == 'p' || g_str_has_prefix (suffix, "de la")))
    {
      gboolean pm = suffix[0] == 'p' || g_str_has_suffix (suffix, "tarde") || g_str_has_suffix (suffix, "noche");

      if (hour < 1 || hour > 12)
        return FALSE;
      if (pm && hour != 12)
        hour += 12;
      else if (!pm && hour == 12 && suffix[0] == 'a')
        hour = 0;
    }

  if (hour > 23 || minute > 59)
    return FALSE;

  time->hour = hour;
  time->minute = minute;
  return TRUE;
}

/* The first time in @text between @from and @to. */
static gboolean
find_time (const char *text,
           gsize       from,
           gsize       to,
           TimeOfDay  *time)
{
  const Regexes *regexes = get_regexes ();
  g_autoptr(GMatchInfo) info = NULL;

  g_regex_match_full (regexes->time, text, to, from, 0, &info, NULL);
  while (g_match_info_matches (info))
    {
      if (read_time (info, time))
        return TRUE;
      g_match_info_next (info, NULL);
    }

  return FALSE;
}

/* Between a date and its time only small words may stand: no digits,
 * no end of sentence. */
static gboolean
gap_is_small (const char *text,
              gsize       start,
              gsize       end)
{
  guint newlines = 0;

  for (gsize i = start; i < end; i++)
    {
      char c = text[i];

      if (g_ascii_isdigit (c) || c == '!' || c == '?' || c == ';')
        return FALSE;
      if (c == '.' && i + 1 < end && text[i + 1] == ' ')
        return FALSE;
      if (c == '\n' && ++newlines > 1)
        return FALSE;
    }

  return TRUE;
}

static gboolean
find_time_after (const char *text,
                 gsize       length,
                 gsize       position,
                 TimeOfDay  *time)
{
  gsize to = MIN (length, position + MAX_GAP_AFTER + 16);

  if (!find_time (text, position, to, time))
    return FALSE;

  return time->start - position <= MAX_GAP_AFTER && gap_is_small (text, position, time->start);
}

static gboolean
find_time_before (const char *text,
                  gsize       position,
                  TimeOfDay  *time)
{
  gsize from = position > MAX_GAP_BEFORE + 16 ? position - MAX_GAP_BEFORE - 16 : 0;
  TimeOfDay found;
  gboolean any = FALSE;

  /* The last time that ends right before the date. */
  while (from < position && find_time (text, from, position, &found))
    {
      if (position - found.end <= MAX_GAP_BEFORE && gap_is_small (text, found.end, position))
        {
          *time = found;
          any = TRUE;
        }
      from = found.end;
    }

  return any;
}

/* The end of "2:00 - 2:45 PM": its time, for the duration. */
static gboolean
find_range_end (const char *text,
                gsize       position,
                TimeOfDay  *end_time)
{
  const Regexes *regexes = get_regexes ();
  g_autoptr(GMatchInfo) info = NULL;
  int start = 0;
  int end = 0;
  g_autoptr(GMatchInfo) time_info = NULL;

  if (!g_regex_match_full (regexes->range, text, -1, position, G_REGEX_MATCH_ANCHORED, &info, NULL))
    return FALSE;

  g_match_info_fetch_pos (info, 0, &start, &end);
  if (!g_regex_match_full (regexes->time, text, -1, end, G_REGEX_MATCH_ANCHORED, &time_info, NULL))
    return FALSE;

  return read_time (time_info, end_time);
}

static GDateTime *
resolve_date (const DateMention *date,
              GDateTime         *reference)
{
  int year = date->year;

  if (date->days_ahead >= 0)
    return g_date_time_add_days (reference, date->days_ahead);

  if (date->month == 0)
    {
      int today = g_date_time_get_day_of_week (reference);
      int ahead = (date->weekday - today + 7) % 7;

      /* The weekday named is the next one, not today. */
      return g_date_time_add_days (reference, ahead == 0 ? 7 : ahead);
    }

  if (year == 0)
    {
      g_autoptr(GDateTime) candidate = NULL;

      year = g_date_time_get_year (reference);
      candidate = g_date_time_new (g_date_time_get_timezone (reference), year, date->month, date->day, 12, 0, 0);
      /* "January 5" read in December is next year's; "February 2" read
       * in March is a date in the past, not one eleven months ahead. */
      if (candidate != NULL && g_date_time_difference (candidate, reference) < -180 * G_TIME_SPAN_DAY)
        year++;
    }

  return g_date_time_new (g_date_time_get_timezone (reference), year, date->month, date->day, 12, 0, 0);
}

static gboolean
make_start (const DateMention *date,
            const TimeOfDay   *time,
            GTimeZone         *zone,
            GDateTime         *reference,
            gint64            *out_start)
{
  g_autoptr(GDateTime) day = resolve_date (date, reference);
  g_autoptr(GDateTime) start = NULL;

  if (day == NULL)
    return FALSE;

  /* A named weekday that disagrees with the date is a typo we cannot fix. */
  if (date->weekday != 0 && date->month != 0 && g_date_time_get_day_of_week (day) != date->weekday)
    return FALSE;

  start = g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
                           g_date_time_get_day_of_month (day), time->hour, time->minute, 0);
  if (start == NULL)
    return FALSE;

  *out_start = g_date_time_to_unix (start);
  return TRUE;
}

static int
find_duration (const char *text)
{
  const Regexes *regexes = get_regexes ();
  g_autoptr(GMatchInfo) info = NULL;

  g_regex_match (regexes->duration, text, 0, &info);
  for (; g_match_info_matches (info); g_match_info_next (info, NULL))
    {
      g_autofree char *unit = NULL;
      int n;

      if (_pursuit_mail_time_group_matched (info, "half"))
        return 30;
      if (_pursuit_mail_time_group_matched (info, "one"))
        return 60;

      unit = _pursuit_mail_time_group_lower (info, "unit");
      n = _pursuit_mail_time_group_int (info, "n");
      if (unit[0] == 'h' || unit[0] == 's')
        n *= 60;
      /* "reply within 48 hours" is not an interview's length. */
      if (n >= 10 && n <= 4 * 60)
        return n;
    }

  return 0;
}

static char *
find_location (const char *text)
{
  const Regexes *regexes = get_regexes ();
  g_autoptr(GMatchInfo) info = NULL;

  if (!g_regex_match (regexes->location, text, 0, &info))
    return NULL;

  return g_match_info_fetch (info, 0);
}

/* Subject and body without quoted mail and office hours, bounded. */
static char *
text_of (PursuitMailMessage *message)
{
  const Regexes *regexes = get_regexes ();
  const char *subject = pursuit_mail_message_get_subject (message);
  const char *body = pursuit_mail_message_get_body_text (message);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GMatchInfo) info = NULL;
  g_autoptr(GMatchInfo) range_info = NULL;
  g_autofree char *copy = NULL;

  if (subject != NULL)
    g_string_append (text, subject);
  g_string_append (text, "\n");
  /* Cut between characters, or the text stops being UTF-8. */
  if (body != NULL)
    g_string_append_len (text, body, _pursuit_utf8_clip (body, strlen (body), MAX_TEXT_BYTES));

  if (!g_utf8_validate (text->str, text->len, NULL))
    return NULL;

  copy = g_strndup (text->str, text->len);
  if (g_regex_match (regexes->quote, copy, 0, &info))
    {
      int start = 0;

      g_match_info_fetch_pos (info, 0, &start, NULL);
      copy[start] = '\0';
    }

  /* Blanked with as many spaces, so that nothing else moves. */
  g_regex_match (regexes->weekday_range, copy, 0, &range_info);
  for (; g_match_info_matches (range_info); g_match_info_next (range_info, NULL))
    {
      int start = 0;
      int end = 0;

      g_match_info_fetch_pos (range_info, 0, &start, &end);
      memset (copy + start, ' ', end - start);
    }

  /* Typographic spaces and dashes as plain ones keep the patterns simple. */
  {
    g_autoptr(GString) plain = g_string_sized_new (strlen (copy));

    for (const char *p = copy; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c == 0x00a0 || c == 0x202f || c == 0x2009)
          g_string_append_c (plain, ' ');
        else if (c == 0x2013 || c == 0x2014)
          g_string_append_c (plain, '-');
        else
          g_string_append_unichar (plain, c);
      }

    return g_string_free (g_steal_pointer (&plain), FALSE);
  }
}

static gboolean
find_in_text (PursuitMailMessage *message,
              GTimeZone          *tz,
              gint64             *out_starts_at,
              int                *out_minutes,
              char              **out_location)
{
  const Regexes *regexes = get_regexes ();
  g_autofree char *text = text_of (message);
  g_autoptr(GMatchInfo) info = NULL;
  g_autoptr(GDateTime) reference = NULL;
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 received_at = pursuit_mail_message_get_received_at (message);
  int range_minutes = 0;
  gboolean english;
  gsize length;

  if (text == NULL)
    return FALSE;

  length = strlen (text);
  english = looks_english (text);
  reference = received_at > 0 ? g_date_time_new_from_unix_utc (received_at) : g_date_time_new_now_utc ();
  {
    GDateTime *local = g_date_time_to_timezone (reference, tz);

    g_date_time_unref (reference);
    reference = local;
  }

  g_regex_match (regexes->date, text, 0, &info);
  for (; g_match_info_matches (info); g_match_info_next (info, NULL))
    {
      DateMention date;
      TimeOfDay time;
      TimeOfDay end_time;
      g_autoptr(GTimeZone) zone = NULL;
      gint64 start;
      gboolean found;

      if (!read_date_mention (info, english, &date))
        continue;

      found = find_time_after (text, length, date.end, &time);
      if (!found && date.days_ahead < 0)
        found = find_time_before (text, date.start, &time);
      if (!found)
        continue;

      if (find_range_end (text, time.end, &end_time))
        {
          int minutes = (end_time.hour * 60 + end_time.minute) - (time.hour * 60 + time.minute);

          /* "2 - 2:45 PM": the suffix of the end is the start's too. */
          if (minutes < 0 && time.hour < 12 && end_time.hour >= 12)
            {
              time.hour += 12;
              minutes -= 12 * 60;
            }
          if (minutes > 0 && minutes <= 8 * 60)
            range_minutes = minutes;
          zone = _pursuit_mail_time_find_zone (text, end_time.end);
        }
      if (zone == NULL)
        zone = _pursuit_mail_time_find_zone (text, time.end);

      if (!make_start (&date, &time, zone != NULL ? zone : tz, reference, &start))
        continue;

      /* An invitation proposes the future: a past date is a quote, a
       * signature or the date of the application. */
      if (received_at > 0 && start < received_at)
        continue;

      {
        gboolean known = FALSE;

        for (guint i = 0; i < starts->len; i++)
          known |= g_array_index (starts, gint64, i) == start;
        if (!known)
          g_array_append_val (starts, start);
      }
    }

  /* Several slots are a question for the user, not a time. */
  if (starts->len != 1)
    return FALSE;

  *out_starts_at = g_array_index (starts, gint64, 0);
  if (out_minutes != NULL)
    {
      int minutes = range_minutes > 0 ? range_minutes : find_duration (text);

      *out_minutes = minutes > 0 ? minutes : DEFAULT_MINUTES;
    }
  if (out_location != NULL)
    {
      /* The original case: meeting ids can be case-sensitive. */
      const char *body = pursuit_mail_message_get_body_text (message);
      g_autofree char *found = body != NULL ? find_location (body) : NULL;

      *out_location = g_steal_pointer (&found);
    }

  return TRUE;
}

static gboolean
find_in_calendar (PursuitMailMessage *message,
                  gint64             *out_starts_at,
                  int                *out_minutes,
                  char              **out_location)
{
  const char *data = pursuit_mail_message_get_calendar_data (message);
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GError) error = NULL;
  PursuitInterview *interview;
  const char *location;

  if (data == NULL || *data == '\0')
    return FALSE;

  interviews = pursuit_ics_parse_interviews (data, strlen (data), &error);
  if (interviews == NULL || interviews->len == 0)
    {
      g_debug ("Calendar part not usable: %s", error != NULL ? error->message : "no events");
      return FALSE;
    }

  interview = g_ptr_array_index (interviews, 0);
  *out_starts_at = pursuit_interview_get_starts_at (interview);
  if (out_minutes != NULL)
    *out_minutes = pursuit_interview_get_duration_minutes (interview) > 0
                     ? pursuit_interview_get_duration_minutes (interview)
                     : DEFAULT_MINUTES;
  if (out_location != NULL)
    {
      location = pursuit_interview_get_location (interview);
      *out_location = location != NULL && *location != '\0' ? g_strdup (location) : NULL;
    }

  return TRUE;
}

gboolean
pursuit_mail_find_interview_time (PursuitMailMessage *message,
                                  GTimeZone          *tz,
                                  gint64             *out_starts_at,
                                  int                *out_minutes,
                                  char              **out_location)
{
  g_autoptr(GTimeZone) local = NULL;
  gint64 starts_at = 0;
  int minutes = 0;
  g_autofree char *location = NULL;

  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (message), FALSE);

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();

  if (!find_in_calendar (message, &starts_at, &minutes, &location) &&
      !find_in_text (message, tz, &starts_at, &minutes, &location))
    return FALSE;

  if (out_starts_at != NULL)
    *out_starts_at = starts_at;
  if (out_minutes != NULL)
    *out_minutes = minutes;
  if (out_location != NULL)
    *out_location = g_steal_pointer (&location);

  return TRUE;
}
