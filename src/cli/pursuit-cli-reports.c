/* pursuit-cli-reports.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"
#include "pursuit-job-report.h"
#include "pursuit-report-pdf-private.h"
#include "pursuit-report-pdf.h"
#include "pursuit-report.h"

/* `report` prints the numbers of the Reports page, as JSON or as text
 * tables, or writes them as CSV or as the same PDF the app exports; with
 * --job, one job's report as a PDF. */

typedef struct
{
  char     *from;
  char     *to;
  char     *csv;
  char     *pdf;
  char     *paper;
  char     *job;
} ReportOptions;

static void
report_options_clear (ReportOptions *options)
{
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->csv, g_free);
  g_clear_pointer (&options->pdf, g_free);
  g_clear_pointer (&options->paper, g_free);
  g_clear_pointer (&options->job, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportOptions, report_options_clear)

/* --to names the last day included; the report wants the end, exclusive:
 * the next local midnight (a calendar day on, so DST days are right). */
static gboolean
parse_range (const ReportOptions  *options,
             GTimeZone            *time_zone,
             gint64               *from,
             gint64               *to,
             GError              **error)
{
  *from = 0;
  *to = G_MAXINT64;

  if (options->from != NULL && !pursuit_report_parse_date (options->from, time_zone, from, error))
    return FALSE;

  if (options->to != NULL)
    {
      g_autoptr(GDateTime) utc = NULL;
      g_autoptr(GDateTime) local = NULL;
      g_autoptr(GDateTime) next = NULL;
      gint64 last_day;

      if (!pursuit_report_parse_date (options->to, time_zone, &last_day, error))
        return FALSE;

      utc = g_date_time_new_from_unix_utc (last_day);
      local = utc != NULL ? g_date_time_to_timezone (utc, time_zone) : NULL;
      next = local != NULL ? g_date_time_add_days (local, 1) : NULL;
      if (next == NULL)
        {
          g_autofree char *shown = _pursuit_cli_sanitize (options->to, FALSE);

          g_set_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_INVALID_RANGE,
                       _("“%s” is not a date the report can end on"), shown);
          return FALSE;
        }
      *to = g_date_time_to_unix (next);
    }

  if (*from >= *to)
    {
      g_set_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_INVALID_RANGE,
                   _("The report would end before it starts: --from must be on or before --to"));
      return FALSE;
    }

  return TRUE;
}

static void
print_figures (PursuitReport *report)
{
  g_autofree char *range = pursuit_report_describe_range (report);
  const char *headers[3] = { NULL };
  g_autoptr(GPtrArray) rows = _pursuit_report_build_figures_table (report, headers);

  g_print (_("Job search report: %s\n\n"), range);
  _pursuit_cli_print_table (headers, rows, NULL);
}

static void
print_section (PursuitReportSection *section)
{
  guint n_columns = pursuit_report_section_get_n_columns (section);
  g_autofree const char **headers = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree guint *max_widths = g_new0 (guint, n_columns + 1);

  g_print ("\n%s\n", pursuit_report_section_get_title (section));
  g_print ("%s\n", pursuit_report_section_get_summary (section));
  if (pursuit_report_section_is_empty (section))
    return;

  /* Company and source names come from outside: long ones are cut. */
  max_widths[0] = 40;
  rows = _pursuit_report_build_section_table (section, &headers);
  g_print ("\n");
  _pursuit_cli_print_table (headers, rows, max_widths);
}

static gboolean
print_report_json (PursuitReport  *report,
                   GError        **error)
{
  g_autofree char *json = pursuit_report_to_json (report);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JsonNode) node = json_from_string (json, &local_error);

  /* Our own writer made it: failing here is a bug, not the user's. */
  g_assert_no_error (local_error);
  return _pursuit_cli_print_json (node, error);
}

/**
 * _pursuit_cli_parse_paper:
 * @text: the value of --paper
 * @out_paper: (out): the paper it names
 *
 * Shared by every command that writes a PDF, so they take and refuse the
 * same words with the same message.
 */
gboolean
_pursuit_cli_parse_paper (const char        *text,
                          PursuitPaperSize  *out_paper,
                          GError           **error)
{
  g_autofree char *shown = NULL;

  if (pursuit_paper_size_from_string (text, out_paper))
    return TRUE;

  shown = _pursuit_cli_sanitize (text, FALSE);
  return _pursuit_cli_usage_error (error, _("Unknown paper “%s”; the papers are a4 and letter"), shown);
}

static void
print_saved (const char *path)
{
  g_autofree char *shown = g_filename_display_name (path);

  g_print (_("Saved the report to %s\n"), shown);
}

static gboolean
write_job_report (PursuitCli           *cli,
                  const ReportOptions  *options,
                  PursuitPaperSize      paper,
                  GError              **error)
{
  g_autoptr(GFile) file = NULL;
  gint64 job_id = 0;

  if (options->pdf == NULL)
    return _pursuit_cli_usage_error (error, _("--job needs --pdf FILE: a job’s report is written as a PDF"));
  if (options->csv != NULL || options->from != NULL || options->to != NULL)
    return _pursuit_cli_usage_error (error, _("--job takes only --pdf and --paper"));
  if (!_pursuit_cli_parse_id (options->job, &job_id, error) || _pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  file = g_file_new_for_commandline_arg (options->pdf);
  if (!pursuit_job_report_write_pdf (cli->store, job_id, file, paper, NULL, error))
    return FALSE;

  if (cli->json)
    return _pursuit_cli_print_written (options->pdf, "pdf", -1, error);

  print_saved (options->pdf);
  return TRUE;
}

gboolean
_pursuit_cli_cmd_report (PursuitCli  *cli,
                         int          argc,
                         char       **argv,
                         GError     **error)
{
  g_auto(ReportOptions) options = { 0 };
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from, N_("Start on DATE (YYYY-MM-DD; default: all time)"),
      N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to, N_("End on DATE, that day included (YYYY-MM-DD)"), N_("DATE") },
    { "csv", 0, 0, G_OPTION_ARG_FILENAME, &options.csv, N_("Write the numbers as CSV to FILE"), N_("FILE") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &options.pdf, N_("Write the report as a PDF to FILE"), N_("FILE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &options.paper, N_("a4 or letter (default: the locale’s)"),
      N_("PAPER") },
    { "job", 0, 0, G_OPTION_ARG_STRING, &options.job, N_("Write one job’s report instead (needs --pdf)"), N_("ID") },
    G_OPTION_ENTRY_NULL
  };
  g_auto(GStrv) args = NULL;
  g_autoptr(GTimeZone) time_zone = g_time_zone_new_local ();
  g_autoptr(PursuitReport) report = NULL;
  PursuitPaperSize paper = pursuit_paper_size_for_locale ();
  gint64 from = 0, to = G_MAXINT64;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GPtrArray *sections;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Prints the numbers of the Reports page: the funnel, conversion rates, time to "
                                       "a first response, applications per week, outcomes by source, company and "
                                       "match score, and follow-ups. --to is the last day included. --csv and --pdf "
                                       "write them to files; --job ID --pdf FILE writes one job’s report."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  if (options.paper != NULL && !_pursuit_cli_parse_paper (options.paper, &paper, error))
    return FALSE;

  if (options.job != NULL)
    return write_job_report (cli, &options, paper, error);

  if (!parse_range (&options, time_zone, &from, &to, error) || _pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  report = pursuit_report_compute (cli->store, from, to, now, time_zone, error);
  if (report == NULL)
    return FALSE;

  if (options.csv != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options.csv);

      if (!pursuit_report_write_csv (report, file, NULL, error))
        return FALSE;
    }

  if (options.pdf != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options.pdf);

      if (!pursuit_report_write_pdf (report, file, paper, NULL, error))
        return FALSE;
    }

  if (cli->json)
    return print_report_json (report, error);

  if (options.csv != NULL || options.pdf != NULL)
    {
      if (options.csv != NULL)
        print_saved (options.csv);
      if (options.pdf != NULL)
        print_saved (options.pdf);
      return TRUE;
    }

  print_figures (report);
  sections = pursuit_report_get_sections (report);
  for (guint i = 0; i < sections->len; i++)
    print_section (g_ptr_array_index (sections, i));

  return TRUE;
}
