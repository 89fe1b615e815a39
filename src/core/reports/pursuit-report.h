/* pursuit-report.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

/* The date ranges the Reports page offers. */
typedef enum
{
  PURSUIT_REPORT_RANGE_LAST_30_DAYS,
  PURSUIT_REPORT_RANGE_LAST_90_DAYS,
  PURSUIT_REPORT_RANGE_THIS_YEAR,
  PURSUIT_REPORT_RANGE_ALL,
  PURSUIT_REPORT_RANGE_CUSTOM,
} PursuitReportRange;

/* How a column's numbers read: a count, a fraction 0..1 shown as a
 * percentage, or a number of days. */
typedef enum
{
  PURSUIT_REPORT_UNIT_COUNT,
  PURSUIT_REPORT_UNIT_PERCENT,
  PURSUIT_REPORT_UNIT_DAYS,
} PursuitReportUnit;

/* How a section is drawn. */
typedef enum
{
  PURSUIT_REPORT_CHART_FUNNEL,     /* centred bars narrowing down, one per row */
  PURSUIT_REPORT_CHART_BARS,       /* vertical bars over time (weeks) */
  PURSUIT_REPORT_CHART_HBARS,      /* horizontal bars with a label each */
  PURSUIT_REPORT_CHART_HISTOGRAM,  /* vertical bars over buckets */
} PursuitReportChart;

#define PURSUIT_REPORT_ERROR (pursuit_report_error_quark ())
GQuark pursuit_report_error_quark (void);

typedef enum
{
  PURSUIT_REPORT_ERROR_INVALID_RANGE,  /* from after to, or a date that does not parse */
  PURSUIT_REPORT_ERROR_WRITE,          /* the PDF or CSV could not be written */
} PursuitReportError;

/* One section of the report: a table of numbers, drawn as one chart.
 *
 * Section ids, their rows and columns (column keys in order):
 *
 *   "funnel"          rows: the board's stages of the progress categories
 *                     (saved … accepted) in board order, key = stage key;
 *                     columns: "reached", "current". Chart: FUNNEL on
 *                     "reached". A row's jobs: those that reached it.
 *   "conversion"      rows: consecutive funnel rows, key "FROM>TO";
 *                     columns: "from", "to", "rate" (PERCENT). Chart: HBARS
 *                     on "rate". Jobs: those that reached TO.
 *   "response-times"  rows: buckets "0-2", "3-7", "8-14", "15-30", "31+"
 *                     (days from application to first response); column:
 *                     "applications". Chart: HISTOGRAM. Jobs: those in it.
 *   "weekly"          rows: every week of the range (key "2026-W45",
 *                     label the Monday's date), zeros included; column:
 *                     "applications". Chart: BARS. Jobs: applied that week.
 *   "by-source"       rows: sources (key "" for none, label "Unknown"; the
 *                     spellings of a known source merged under its key,
 *                     pursuit_source_get_known_key (), with its display
 *                     name, pursuit_source_dup_label ()),
 *   "by-company"      companies merged as the company pages merge them (key
 *                     pursuit_company_key_for_name ()), or match-score bands
 *   "by-score"        "80-100", "60-79", "40-59", "0-39", and "none" when
 *                     an application has no score;
 *                     columns: "applications", "responses", "interviews",
 *                     "offers", "rejections", "response_rate" (PERCENT),
 *                     "interview_rate" (PERCENT). Chart: HBARS on
 *                     "response_rate". Sources and companies sorted by
 *                     applications, most first, then by label; their
 *                     charts draw the top ten (see get_n_chart_rows ()).
 *                     Jobs: the row's applications.
 *   "follow-ups"      rows: "with" (a follow-up was sent or done before the
 *                     first response) and "without"; columns:
 *                     "applications", "responses", "response_rate". Chart:
 *                     HBARS on "response_rate".
 */
#define PURSUIT_TYPE_REPORT_SECTION (pursuit_report_section_get_type ())
G_DECLARE_FINAL_TYPE (PursuitReportSection, pursuit_report_section, PURSUIT, REPORT_SECTION, GObject)

const char          *pursuit_report_section_get_id            (PursuitReportSection *self);
/* Translated, for headings. */
const char          *pursuit_report_section_get_title         (PursuitReportSection *self);
/* One translated sentence that sums the section up ("Median 6 days to a
 * first response"); the empty-state text when the section is empty. */
const char          *pursuit_report_section_get_summary       (PursuitReportSection *self);
PursuitReportChart   pursuit_report_section_get_chart         (PursuitReportSection *self);
/* The column the chart draws. */
guint                pursuit_report_section_get_chart_column  (PursuitReportSection *self);
/* TRUE when there is nothing to draw: no rows, or the chart column is
 * zero in every row. */
gboolean             pursuit_report_section_is_empty          (PursuitReportSection *self);
/* How many rows the chart draws: the first ones (rows are sorted most
 * first where it matters). A long list of companies or sources is noise
 * as bars, so those charts stop at the top ten; the table keeps them all. */
guint                pursuit_report_section_get_n_chart_rows  (PursuitReportSection *self);
/* Translated, "Top 10 of 35 companies; the table lists them all."; NULL
 * when the chart draws every row. */
const char          *pursuit_report_section_get_chart_caption (PursuitReportSection *self);
guint                pursuit_report_section_get_n_columns     (PursuitReportSection *self);
const char          *pursuit_report_section_get_column_key    (PursuitReportSection *self,
                                                               guint                 column);
const char          *pursuit_report_section_get_column_title  (PursuitReportSection *self,
                                                               guint                 column);
PursuitReportUnit    pursuit_report_section_get_column_unit   (PursuitReportSection *self,
                                                               guint                 column);
/* -1 when the section has no such column. */
int                  pursuit_report_section_find_column       (PursuitReportSection *self,
                                                               const char           *key);
guint                pursuit_report_section_get_n_rows        (PursuitReportSection *self);
const char          *pursuit_report_section_get_row_key       (PursuitReportSection *self,
                                                               guint                 row);
const char          *pursuit_report_section_get_row_label     (PursuitReportSection *self,
                                                               guint                 row);
double               pursuit_report_section_get_value         (PursuitReportSection *self,
                                                               guint                 row,
                                                               guint                 column);
/* The jobs behind a row, for "show these on the board". */
const gint64        *pursuit_report_section_get_row_job_ids   (PursuitReportSection *self,
                                                               guint                 row,
                                                               guint                *n_job_ids);
/* A value as the table shows it: "12", "42%", "6 days" (translated,
 * locale digits). */
char                *pursuit_report_section_format_value      (PursuitReportSection *self,
                                                               guint                 row,
                                                               guint                 column);

/* A fraction 0..1 as a whole percentage, "42%" (translated: some
 * languages write "42 %"), the one way Pursuit shows rates. */
char                *pursuit_report_format_percent            (double                fraction);

/* The whole report for one date range. */
#define PURSUIT_TYPE_REPORT (pursuit_report_get_type ())
G_DECLARE_FINAL_TYPE (PursuitReport, pursuit_report, PURSUIT, REPORT, GObject)

/* [*from, *to) in Unix time for @range as of @now in @time_zone (NULL =
 * local): the last 30 or 90 days end at the end of @now's day; this year
 * starts on 1 January; all is 0 .. G_MAXINT64. CUSTOM leaves them alone. */
void                  pursuit_report_range_resolve        (PursuitReportRange  range,
                                                           gint64              now,
                                                           GTimeZone          *time_zone,
                                                           gint64             *from,
                                                           gint64             *to);
/* "YYYY-MM-DD" (a local date) to the Unix time of its midnight in
 * @time_zone; FALSE with PURSUIT_REPORT_ERROR_INVALID_RANGE otherwise. */
gboolean              pursuit_report_parse_date           (const char         *text,
                                                           GTimeZone          *time_zone,
                                                           gint64             *out_unix,
                                                           GError            **error);

/* Computes every section for jobs whose application (or, for jobs never
 * applied to, creation) falls in [@from, @to), as of @now. Definitions:
 *
 * - reached: the furthest progress category a job has been in: its current
 *   stage, every from/to stage of its "stage-changed" events, "interview
 *   scheduled" when it has an interview, "applied" when it has an applied
 *   date. Rejected, withdrawn and ghosted are outcomes, not steps.
 * - application time: the applied date's local midnight, else the first
 *   stage-changed event into an applied-or-later category.
 * - response: the first stage change out of the applied category to
 *   anything but withdrawn or ghosted, or the first mail message matched
 *   to the job and classified rejection, interview, assessment or offer,
 *   whichever came first after the application. Days are whole days,
 *   rounded down.
 * - active: jobs now in an open category past saved; due this week: the
 *   agenda items from @now to the end of the week (Sunday 24:00).
 *
 * Runs in the calling thread; a store with 10,000 jobs takes well under a
 * second. Fails with INVALID_RANGE when @from > @to. */
PursuitReport        *pursuit_report_compute              (PursuitStore       *store,
                                                           gint64              from,
                                                           gint64              to,
                                                           gint64              now,
                                                           GTimeZone          *time_zone,
                                                           GError            **error);
/* The same, for the UI: the rows are read in the calling thread (the
 * store's connection is not shared), the figures computed in a GTask
 * thread, in the local time zone. The callback gets no source object
 * (the worker holds no reference to the store). */
void                  pursuit_report_compute_async        (PursuitStore       *store,
                                                           gint64              from,
                                                           gint64              to,
                                                           gint64              now,
                                                           GCancellable       *cancellable,
                                                           GAsyncReadyCallback callback,
                                                           gpointer            user_data);
PursuitReport        *pursuit_report_compute_finish       (GAsyncResult       *result,
                                                           GError            **error);

gint64                pursuit_report_get_from             (PursuitReport      *self);
gint64                pursuit_report_get_to               (PursuitReport      *self);
gint64                pursuit_report_get_generated_at     (PursuitReport      *self);
/* Headline numbers: "applications", "responses", "response_rate" (0..1),
 * "median_response_days" (-1 when nothing was answered yet), "interviews",
 * "offers", "active", "due_this_week". -1 for an unknown key. */
double                pursuit_report_get_figure           (PursuitReport      *self,
                                                           const char         *key);
/* Of PursuitReportSection, in the order of the ids listed above. */
GPtrArray            *pursuit_report_get_sections         (PursuitReport      *self);
PursuitReportSection *pursuit_report_get_section          (PursuitReport      *self,
                                                           const char         *id);
/* "1 Sep 2026 – 30 Nov 2026", or "All time". */
char                 *pursuit_report_describe_range       (PursuitReport      *self);

/* {"from": "YYYY-MM-DD"|null, "to": "YYYY-MM-DD"|null (the last day
 *  included), "generated_at": ISO 8601, "figures": {key: number},
 *  "sections": [{"id", "title", "summary", "columns": [{"key", "title",
 *  "unit": "count"|"percent"|"days"}], "rows": [{"key", "label",
 *  "values": {column key: number}, "job_ids": [ids]}]}]} */
char                 *pursuit_report_to_json              (PursuitReport      *self);
/* One block per section: a line with the section's title, a header row of
 * column titles (first "key" and "label"), its rows, an empty line.
 * RFC 4180 quoting; a cell starting with = + - @ or a tab is prefixed
 * with ' so spreadsheets do not run it as a formula. */
char                 *pursuit_report_to_csv               (PursuitReport      *self);
/* Atomically (beside the file, then renamed over it); fails with
 * PURSUIT_REPORT_ERROR_WRITE, leaving any old file as it was. */
gboolean              pursuit_report_write_csv            (PursuitReport      *self,
                                                           GFile              *file,
                                                           GCancellable       *cancellable,
                                                           GError            **error);

G_END_DECLS
