/* pursuit-report.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The report and its sections as values: tables of numbers with the jobs
 * behind each row, the date ranges, and how a value reads. The numbers
 * themselves come from pursuit-report-compute.c. */

#define G_LOG_DOMAIN "pursuit-report"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-report-private.h"

typedef struct
{
  char              *key;
  char              *title;
  PursuitReportUnit  unit;
} Column;

typedef struct
{
  char   *key;
  char   *label;
  double *values;
  GArray *job_ids;
} Row;

struct _PursuitReportSection
{
  GObject             parent_instance;

  char               *id;
  char               *title;
  char               *summary;
  PursuitReportChart  chart;
  guint               chart_column;
  guint               chart_rows;     /* 0 = every row */
  char               *chart_caption;  /* why the chart shows fewer rows */
  GArray             *columns;  /* of Column */
  GPtrArray          *rows;     /* of Row */
};

G_DEFINE_FINAL_TYPE (PursuitReportSection, pursuit_report_section, G_TYPE_OBJECT)

static const char * const figure_keys[] = {
  "applications",
  "responses",
  "response_rate",
  "median_response_days",
  "interviews",
  "offers",
  "active",
  "due_this_week",
  NULL,
};

#define N_FIGURES (G_N_ELEMENTS (figure_keys) - 1)

struct _PursuitReport
{
  GObject     parent_instance;

  gint64      from;
  gint64      to;
  gint64      generated_at;
  GTimeZone  *time_zone;
  double      figures[N_FIGURES];
  GPtrArray  *sections;
};

G_DEFINE_FINAL_TYPE (PursuitReport, pursuit_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (pursuit-report-error-quark, pursuit_report_error)

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_free (column->key);
  g_free (column->title);
}

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->key);
  g_free (row->label);
  g_free (row->values);
  g_array_unref (row->job_ids);
  g_free (row);
}

static void
pursuit_report_section_finalize (GObject *object)
{
  PursuitReportSection *self = (PursuitReportSection *)object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->summary);
  g_free (self->chart_caption);
  g_array_unref (self->columns);
  g_ptr_array_unref (self->rows);

  G_OBJECT_CLASS (pursuit_report_section_parent_class)->finalize (object);
}

static void
pursuit_report_section_class_init (PursuitReportSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_report_section_finalize;
}

static void
pursuit_report_section_init (PursuitReportSection *self)
{
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, column_clear);
  self->rows = g_ptr_array_new_with_free_func (row_free);
}

PursuitReportSection *
_pursuit_report_section_new (const char         *id,
                             const char         *title,
                             PursuitReportChart  chart,
                             guint               chart_column)
{
  PursuitReportSection *self = g_object_new (PURSUIT_TYPE_REPORT_SECTION, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->summary = g_strdup ("");
  self->chart = chart;
  self->chart_column = chart_column;

  return self;
}

void
_pursuit_report_section_add_column (PursuitReportSection *self,
                                    const char           *key,
                                    const char           *title,
                                    PursuitReportUnit     unit)
{
  Column column = { g_strdup (key), g_strdup (title), unit };

  g_assert (self->rows->len == 0);
  g_array_append_val (self->columns, column);
}

guint
_pursuit_report_section_add_row (PursuitReportSection *self,
                                 const char           *key,
                                 const char           *label)
{
  Row *row = g_new0 (Row, 1);

  /* Keys and labels end up in JSON, CSV and Pango layouts: whatever a
   * posting or an import put in a source or company name, they are text. */
  row->key = g_utf8_make_valid (key, -1);
  row->label = g_utf8_make_valid (label, -1);
  row->values = g_new0 (double, MAX (self->columns->len, 1));
  row->job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_ptr_array_add (self->rows, row);

  return self->rows->len - 1;
}

void
_pursuit_report_section_set_value (PursuitReportSection *self,
                                   guint                 row,
                                   guint                 column,
                                   double                value)
{
  g_assert (row < self->rows->len);
  g_assert (column < self->columns->len);

  ((Row *)g_ptr_array_index (self->rows, row))->values[column] = value;
}

void
_pursuit_report_section_set_chart_rows (PursuitReportSection *self,
                                        guint                 max_rows,
                                        const char           *caption)
{
  self->chart_rows = max_rows;
  g_free (self->chart_caption);
  self->chart_caption = g_strdup (caption);
}

void
_pursuit_report_section_add_job_id (PursuitReportSection *self,
                                    guint                 row,
                                    gint64                job_id)
{
  g_assert (row < self->rows->len);

  g_array_append_val (((Row *)g_ptr_array_index (self->rows, row))->job_ids, job_id);
}

void
_pursuit_report_section_set_summary (PursuitReportSection *self,
                                     const char           *summary)
{
  g_free (self->summary);
  self->summary = g_strdup (summary != NULL ? summary : "");
}

const char *
pursuit_report_section_get_id (PursuitReportSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), NULL);

  return self->id;
}

const char *
pursuit_report_section_get_title (PursuitReportSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), NULL);

  return self->title;
}

const char *
pursuit_report_section_get_summary (PursuitReportSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), NULL);

  return self->summary;
}

PursuitReportChart
pursuit_report_section_get_chart (PursuitReportSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), PURSUIT_REPORT_CHART_BARS);

  return self->chart;
}

guint
pursuit_report_section_get_chart_column (PursuitReportSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), 0);

  return self->chart_column;
}

gboolean
pursuit_report_section_is_empty (PursuitReportSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), TRUE);

  if (self->chart_column >= self->columns->len)
    return TRUE;

  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (row->values[self->chart_column] != 0)
        return FALSE;
    }

  return TRUE;
}

guint
pursuit_report_section_get_n_chart_rows (PursuitReportSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), 0);

  if (self->chart_rows > 0)
    return MIN (self->chart_rows, self->rows->len);

  return self->rows->len;
}

const char *
pursuit_report_section_get_chart_caption (PursuitReportSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), NULL);

  if (self->chart_rows == 0 || self->chart_rows >= self->rows->len)
    return NULL;

  return self->chart_caption;
}

guint
pursuit_report_section_get_n_columns (PursuitReportSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), 0);

  return self->columns->len;
}

const char *
pursuit_report_section_get_column_key (PursuitReportSection *self,
                                       guint                 column)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return g_array_index (self->columns, Column, column).key;
}

const char *
pursuit_report_section_get_column_title (PursuitReportSection *self,
                                         guint                 column)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return g_array_index (self->columns, Column, column).title;
}

PursuitReportUnit
pursuit_report_section_get_column_unit (PursuitReportSection *self,
                                        guint                 column)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), PURSUIT_REPORT_UNIT_COUNT);
  g_return_val_if_fail (column < self->columns->len, PURSUIT_REPORT_UNIT_COUNT);

  return g_array_index (self->columns, Column, column).unit;
}

int
pursuit_report_section_find_column (PursuitReportSection *self,
                                    const char           *key)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), -1);

  if (key == NULL)
    return -1;

  for (guint i = 0; i < self->columns->len; i++)
    if (g_str_equal (g_array_index (self->columns, Column, i).key, key))
      return (int)i;

  return -1;
}

guint
pursuit_report_section_get_n_rows (PursuitReportSection *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), 0);

  return self->rows->len;
}

const char *
pursuit_report_section_get_row_key (PursuitReportSection *self,
                                    guint                 row)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return ((Row *)g_ptr_array_index (self->rows, row))->key;
}

const char *
pursuit_report_section_get_row_label (PursuitReportSection *self,
                                      guint                 row)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  return ((Row *)g_ptr_array_index (self->rows, row))->label;
}

double
pursuit_report_section_get_value (PursuitReportSection *self,
                                  guint                 row,
                                  guint                 column)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), 0);
  g_return_val_if_fail (row < self->rows->len, 0);
  g_return_val_if_fail (column < self->columns->len, 0);

  return ((Row *)g_ptr_array_index (self->rows, row))->values[column];
}

const gint64 *
pursuit_report_section_get_row_job_ids (PursuitReportSection *self,
                                        guint                 row,
                                        guint                *n_job_ids)
{
  Row *r;

  if (n_job_ids != NULL)
    *n_job_ids = 0;

  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  r = g_ptr_array_index (self->rows, row);
  if (n_job_ids != NULL)
    *n_job_ids = r->job_ids->len;

  return (const gint64 *)(gpointer)r->job_ids->data;
}

/* Whole numbers without decimals, others with one; printf's %f follows
 * the locale's decimal separator. */
static char *
format_number (double value)
{
  if (fabs (value - round (value)) < 0.05)
    return g_strdup_printf ("%.0f", round (value));

  return g_strdup_printf ("%.1f", value);
}

char *
pursuit_report_format_percent (double fraction)
{
  double percent = isfinite (fraction) ? round (fraction * 100) : 0;

  /* Translators: a percentage, "42%"; add a space before the sign
   * (e.g. "42 %") if your language writes it so */
  return g_strdup_printf (C_("percentage", "%.0f%%"), percent == 0 ? 0 : percent);
}

char *
_pursuit_report_format_days (double days)
{
  g_autofree char *number = format_number (days);

  /* Translators: a number of days in a report, "6 days" */
  return g_strdup_printf (ngettext ("%s day", "%s days", (gulong)ceil (days)), number);
}

char *
pursuit_report_section_format_value (PursuitReportSection *self,
                                     guint                 row,
                                     guint                 column)
{
  double value;

  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  value = pursuit_report_section_get_value (self, row, column);

  switch (pursuit_report_section_get_column_unit (self, column))
    {
    case PURSUIT_REPORT_UNIT_PERCENT:
      return pursuit_report_format_percent (value);

    case PURSUIT_REPORT_UNIT_DAYS:
      return _pursuit_report_format_days (value);

    case PURSUIT_REPORT_UNIT_COUNT:
    default:
      return format_number (value);
    }
}

static void
pursuit_report_finalize (GObject *object)
{
  PursuitReport *self = (PursuitReport *)object;

  g_clear_pointer (&self->time_zone, g_time_zone_unref);
  g_ptr_array_unref (self->sections);

  G_OBJECT_CLASS (pursuit_report_parent_class)->finalize (object);
}

static void
pursuit_report_class_init (PursuitReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_report_finalize;
}

static void
pursuit_report_init (PursuitReport *self)
{
  self->sections = g_ptr_array_new_with_free_func (g_object_unref);
}

PursuitReport *
_pursuit_report_new (gint64     from,
                     gint64     to,
                     gint64     generated_at,
                     GTimeZone *time_zone)
{
  PursuitReport *self = g_object_new (PURSUIT_TYPE_REPORT, NULL);

  self->from = from;
  self->to = to;
  self->generated_at = generated_at;
  self->time_zone = time_zone != NULL ? g_time_zone_ref (time_zone) : g_time_zone_new_local ();

  return self;
}

static int
find_figure (const char *key)
{
  if (key == NULL)
    return -1;

  for (guint i = 0; i < N_FIGURES; i++)
    if (g_str_equal (figure_keys[i], key))
      return (int)i;

  return -1;
}

void
_pursuit_report_set_figure (PursuitReport *self,
                            const char    *key,
                            double         value)
{
  int i = find_figure (key);

  g_assert (i >= 0);
  self->figures[i] = value;
}

void
_pursuit_report_add_section (PursuitReport        *self,
                             PursuitReportSection *section)
{
  g_ptr_array_add (self->sections, g_object_ref (section));
}

GTimeZone *
_pursuit_report_get_time_zone (PursuitReport *self)
{
  return self->time_zone;
}

const char * const *
_pursuit_report_get_figure_keys (void)
{
  return figure_keys;
}

/* Midnight at the start of the local day @days after @now's. */
static gint64
local_midnight (gint64     now,
                GTimeZone *time_zone,
                int        days)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) midnight = NULL;

  if (at == NULL)
    return now;

  local = g_date_time_to_timezone (at, time_zone);
  midnight = g_date_time_new (time_zone,
                              g_date_time_get_year (local),
                              g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local), 0, 0, 0);
  if (midnight == NULL)
    return now;

  if (days != 0)
    {
      g_autoptr(GDateTime) moved = g_date_time_add_days (midnight, days);

      /* Adding days keeps the wall-clock time across a DST change. */
      return moved != NULL ? g_date_time_to_unix (moved) : now;
    }

  return g_date_time_to_unix (midnight);
}

void
pursuit_report_range_resolve (PursuitReportRange  range,
                              gint64              now,
                              GTimeZone          *time_zone,
                              gint64             *from,
                              gint64             *to)
{
  g_autoptr(GTimeZone) local = NULL;

  g_return_if_fail (from != NULL);
  g_return_if_fail (to != NULL);

  if (time_zone == NULL)
    time_zone = local = g_time_zone_new_local ();

  switch (range)
    {
    case PURSUIT_REPORT_RANGE_LAST_30_DAYS:
      *to = local_midnight (now, time_zone, 1);
      *from = local_midnight (now, time_zone, -29);
      break;

    case PURSUIT_REPORT_RANGE_LAST_90_DAYS:
      *to = local_midnight (now, time_zone, 1);
      *from = local_midnight (now, time_zone, -89);
      break;

    case PURSUIT_REPORT_RANGE_THIS_YEAR:
      {
        g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (now);
        g_autoptr(GDateTime) local_at = at != NULL ? g_date_time_to_timezone (at, time_zone) : NULL;
        g_autoptr(GDateTime) january = NULL;

        *to = local_midnight (now, time_zone, 1);
        if (local_at != NULL)
          january = g_date_time_new (time_zone, g_date_time_get_year (local_at), 1, 1, 0, 0, 0);
        *from = january != NULL ? g_date_time_to_unix (january) : 0;
      }
      break;

    case PURSUIT_REPORT_RANGE_ALL:
      *from = 0;
      *to = G_MAXINT64;
      break;

    case PURSUIT_REPORT_RANGE_CUSTOM:
    default:
      break;
    }
}

static gboolean
parse_digits (const char *text,
              guint       n,
              int        *out)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }

  *out = value;
  return TRUE;
}

gboolean
pursuit_report_parse_date (const char  *text,
                           GTimeZone   *time_zone,
                           gint64      *out_unix,
                           GError     **error)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  int year, month, day;

  g_return_val_if_fail (out_unix != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL ||
      strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !parse_digits (text, 4, &year) ||
      !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day) ||
      year < 1 ||
      !g_date_valid_dmy (day, month, year))
    {
      g_autofree char *shown = text != NULL ? g_utf8_make_valid (text, MIN (strlen (text), 40)) : g_strdup ("");

      g_set_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_INVALID_RANGE,
                   _("“%s” is not a date; write it as YYYY-MM-DD"), shown);
      return FALSE;
    }

  if (time_zone == NULL)
    time_zone = local = g_time_zone_new_local ();

  midnight = g_date_time_new (time_zone, year, month, day, 0, 0, 0);
  if (midnight == NULL)
    {
      g_set_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_INVALID_RANGE,
                   _("“%s” is not a date; write it as YYYY-MM-DD"), text);
      return FALSE;
    }

  *out_unix = g_date_time_to_unix (midnight);
  return TRUE;
}

gint64
pursuit_report_get_from (PursuitReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT (self), 0);

  return self->from;
}

gint64
pursuit_report_get_to (PursuitReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT (self), 0);

  return self->to;
}

gint64
pursuit_report_get_generated_at (PursuitReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT (self), 0);

  return self->generated_at;
}

double
pursuit_report_get_figure (PursuitReport *self,
                           const char    *key)
{
  int i;

  g_return_val_if_fail (PURSUIT_IS_REPORT (self), -1);

  i = find_figure (key);
  return i >= 0 ? self->figures[i] : -1;
}

GPtrArray *
pursuit_report_get_sections (PursuitReport *self)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT (self), NULL);

  return self->sections;
}

PursuitReportSection *
pursuit_report_get_section (PursuitReport *self,
                            const char    *id)
{
  g_return_val_if_fail (PURSUIT_IS_REPORT (self), NULL);

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < self->sections->len; i++)
    {
      PursuitReportSection *section = g_ptr_array_index (self->sections, i);

      if (g_str_equal (section->id, id))
        return section;
    }

  return NULL;
}

static char *
format_day (gint64     unix_time,
            GTimeZone *time_zone)
{
  g_autoptr(GDateTime) at = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = at != NULL ? g_date_time_to_timezone (at, time_zone) : NULL;

  if (local == NULL)
    return g_strdup ("?");

  /* Translators: a date in a report's range, "1 Sep 2026"; see
   * g_date_time_format() */
  return g_date_time_format (local, C_("report date", "%-d %b %Y"));
}

char *
pursuit_report_describe_range (PursuitReport *self)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (PURSUIT_IS_REPORT (self), NULL);

  if (self->from <= 0 && self->to == G_MAXINT64)
    return g_strdup (_("All time"));

  if (self->to != G_MAXINT64)
    last = format_day (self->to - 1, self->time_zone);
  if (self->from > 0)
    first = format_day (self->from, self->time_zone);

  if (first == NULL)
    /* Translators: a report's range without a start */
    return g_strdup_printf (_("Until %s"), last);
  if (last == NULL)
    /* Translators: a report's range without an end */
    return g_strdup_printf (_("Since %s"), first);

  /* Translators: a report's range, first and last day included */
  return g_strdup_printf (_("%s – %s"), first, last);
}
