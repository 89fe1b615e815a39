/* pursuit-report-pdf.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-report-pdf"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "pursuit-chart-private.h"
#include "pursuit-report-pdf.h"
#include "pursuit-report-pdf-private.h"
#include "pursuit-report-private.h"

/* A chart never spans pages, so a long one (a hundred companies) shows its
 * first rows and the table below lists them all. */
#define MAX_CHART_HEIGHT 300.0

typedef struct
{
  PursuitReportSection *section;
  guint                 max_rows;
} ChartDrawing;

static void
draw_chart (cairo_t  *cr,
            double    width,
            double    height,
            gpointer  user_data)
{
  ChartDrawing *drawing = user_data;
  PursuitChartPalette palette;

  /* Printable: dark on white, whatever the desktop's style. */
  pursuit_chart_palette_init_light (&palette);
  palette.background[3] = 0;
  _pursuit_chart_paint_rows (drawing->section, drawing->max_rows, cr, width, height, &palette, "Sans", 0, -1);
}

static const struct
{
  const char *key;
  const char *title;
} shown_figures[] = {
  { "applications", N_("Applications") },
  { "responses", N_("Responses") },
  { "response_rate", N_("Response rate") },
  { "median_response_days", N_("Median time to first response") },
  { "interviews", N_("Interviews") },
  { "offers", N_("Offers") },
  { "active", N_("Active applications") },
  { "due_this_week", N_("Due this week") },
};

char *
_pursuit_report_format_figure (PursuitReport *report,
                               const char    *key)
{
  double value = pursuit_report_get_figure (report, key);

  if (g_str_equal (key, "response_rate"))
    {
      /* No applications: no rate, rather than a discouraging 0%. */
      if (pursuit_report_get_figure (report, "applications") <= 0 || value < 0)
        /* Translators: a figure that has no value yet */
        return g_strdup (C_("report figure", "–"));
      return pursuit_report_format_percent (value);
    }
  if (g_str_equal (key, "median_response_days"))
    {
      if (value < 0)
        /* Translators: no median yet: nothing was answered */
        return g_strdup (C_("report figure", "–"));
      /* Whole days, rounded down as response times are counted; the
       * summary of the response times says the same. */
      return _pursuit_report_format_days (floor (value));
    }

  return g_strdup_printf ("%.0f", MAX (value, 0));
}

GPtrArray *
_pursuit_report_build_figures_table (PursuitReport  *report,
                                     const char    **headers)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  g_return_val_if_fail (PURSUIT_IS_REPORT (report), rows);
  g_return_val_if_fail (headers != NULL, rows);

  headers[0] = C_("report figures column", "Figure");
  headers[1] = C_("report figures column", "Value");
  for (guint i = 0; i < G_N_ELEMENTS (shown_figures); i++)
    {
      char **row = g_new0 (char *, 3);

      row[0] = g_strdup (_(shown_figures[i].title));
      row[1] = _pursuit_report_format_figure (report, shown_figures[i].key);
      g_ptr_array_add (rows, row);
    }

  return rows;
}

static void
add_figures (PursuitPdfWriter *writer,
             PursuitReport    *report)
{
  const char *headers[2];
  g_autoptr(GPtrArray) rows = _pursuit_report_build_figures_table (report, headers);

  pursuit_pdf_writer_add_heading (writer, 2, _("Summary"));
  pursuit_pdf_writer_add_table (writer, headers, G_N_ELEMENTS (headers), rows, TRUE);
}

/* The heading of a section's first column: what its rows are. */
static const char *
get_row_title (PursuitReportSection *section)
{
  const char *id = pursuit_report_section_get_id (section);

  if (g_str_equal (id, "funnel"))
    return C_("report column", "Stage");
  if (g_str_equal (id, "conversion"))
    return C_("report column", "Step");
  if (g_str_equal (id, "response-times"))
    return C_("report column", "Days");
  if (g_str_equal (id, "weekly"))
    return C_("report column", "Week of");
  if (g_str_equal (id, "by-source"))
    return C_("report column", "Source");
  if (g_str_equal (id, "by-company"))
    return C_("report column", "Company");
  if (g_str_equal (id, "by-score"))
    return C_("report column", "Match score");
  if (g_str_equal (id, "follow-ups"))
    return C_("report column", "Follow-up");
  return "";
}

GPtrArray *
_pursuit_report_build_section_table (PursuitReportSection   *section,
                                     const char           ***headers)
{
  guint n_columns, n_rows;
  GPtrArray *rows;

  g_return_val_if_fail (PURSUIT_IS_REPORT_SECTION (section), NULL);
  g_return_val_if_fail (headers != NULL, NULL);

  n_columns = pursuit_report_section_get_n_columns (section);
  n_rows = pursuit_report_section_get_n_rows (section);
  rows = g_ptr_array_new_full (n_rows, (GDestroyNotify)g_strfreev);
  *headers = g_new0 (const char *, n_columns + 2);
  (*headers)[0] = get_row_title (section);
  for (guint c = 0; c < n_columns; c++)
    (*headers)[c + 1] = pursuit_report_section_get_column_title (section, c);

  for (guint r = 0; r < n_rows; r++)
    {
      char **row = g_new0 (char *, n_columns + 2);

      row[0] = g_strdup (pursuit_report_section_get_row_label (section, r));
      for (guint c = 0; c < n_columns; c++)
        row[c + 1] = pursuit_report_section_format_value (section, r, c);
      g_ptr_array_add (rows, row);
    }

  return rows;
}

static void
add_table (PursuitPdfWriter     *writer,
           PursuitReportSection *section)
{
  g_autofree const char **headers = NULL;
  g_autoptr(GPtrArray) rows = _pursuit_report_build_section_table (section, &headers);

  pursuit_pdf_writer_add_table (writer, headers, pursuit_report_section_get_n_columns (section) + 1, rows, TRUE);
}

static void
add_section (PursuitPdfWriter     *writer,
             PursuitReportSection *section)
{
  double width = pursuit_pdf_writer_get_content_width (writer);
  ChartDrawing drawing = { section, 0 };
  guint n_rows = pursuit_report_section_get_n_chart_rows (section);
  double height;

  pursuit_pdf_writer_add_heading (writer, 2, pursuit_report_section_get_title (section));
  pursuit_pdf_writer_add_paragraph (writer, pursuit_report_section_get_summary (section));

  if (pursuit_report_section_is_empty (section))
    {
      pursuit_pdf_writer_add_caption (writer, _("No numbers to show for this range."));
      return;
    }

  height = pursuit_chart_get_natural_height (section, width);
  if (height > MAX_CHART_HEIGHT)
    {
      drawing.max_rows = _pursuit_chart_get_rows_for_height (section, MAX_CHART_HEIGHT);
      height = _pursuit_chart_get_rows_natural_height (section, drawing.max_rows, width);
    }

  if (drawing.max_rows > 0 && drawing.max_rows < n_rows)
    {
      g_autofree char *caption = g_strdup_printf (_("The chart shows the first %u of %u rows; the table lists them all."),
                                                  drawing.max_rows, pursuit_report_section_get_n_rows (section));

      pursuit_pdf_writer_add_caption (writer, caption);
    }
  else if (pursuit_report_section_get_chart_caption (section) != NULL)
    pursuit_pdf_writer_add_caption (writer, pursuit_report_section_get_chart_caption (section));

  /* add_drawing() draws at once, so @drawing on the stack is enough. */
  pursuit_pdf_writer_add_drawing (writer, height, draw_chart, &drawing);

  pursuit_pdf_writer_add_space (writer, 6);
  add_table (writer, section);
}

static char *
format_generated (PursuitReport *report)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (pursuit_report_get_generated_at (report));
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_timezone (utc, _pursuit_report_get_time_zone (report))
                                           : NULL;
  /* Translators: the date and time in "Generated on …"; see g_date_time_format() */
  g_autofree char *date = local != NULL ? g_date_time_format (local, C_("report generated", "%-d %B %Y, %H:%M"))
                                        : g_strdup ("?");

  /* Translators: the date a report PDF was made */
  return g_strdup_printf (_("Generated on %s by Pursuit"), date);
}

/**
 * pursuit_report_write_pdf:
 *
 * Writes @report as a PDF. It only reads @report, which is immutable
 * once computed, so this may run in any thread.
 */
gboolean
pursuit_report_write_pdf (PursuitReport     *report,
                          GFile             *file,
                          PursuitPaperSize   paper,
                          GCancellable      *cancellable,
                          GError           **error)
{
  g_autoptr(PursuitPdfWriter) writer = NULL;
  g_autofree char *range = NULL;
  g_autofree char *generated = NULL;
  GPtrArray *sections;

  g_return_val_if_fail (PURSUIT_IS_REPORT (report), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  writer = pursuit_pdf_writer_new (file, paper, _("Job search report"));
  range = pursuit_report_describe_range (report);
  generated = format_generated (report);

  pursuit_pdf_writer_add_heading (writer, 1, _("Job search report"));
  pursuit_pdf_writer_add_paragraph (writer, range);
  pursuit_pdf_writer_add_caption (writer, generated);
  pursuit_pdf_writer_add_space (writer, 12);
  add_figures (writer, report);

  sections = pursuit_report_get_sections (report);
  for (guint i = 0; i < sections->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      pursuit_pdf_writer_add_space (writer, 12);
      add_section (writer, g_ptr_array_index (sections, i));
    }

  return pursuit_pdf_writer_finish (writer, cancellable, error);
}

typedef struct
{
  PursuitReport   *report;
  GFile           *file;
  PursuitPaperSize paper;
} WriteData;

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->report);
  g_clear_object (&data->file);
  g_free (data);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  if (pursuit_report_write_pdf (data->report, data->file, data->paper, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * pursuit_report_write_pdf_async:
 *
 * Lays out and writes the PDF in a worker thread: @report is immutable
 * once computed, so the thread reads it while the caller keeps using it.
 */
void
pursuit_report_write_pdf_async (PursuitReport       *report,
                                GFile               *file,
                                PursuitPaperSize     paper,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *data;

  g_return_if_fail (PURSUIT_IS_REPORT (report));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (WriteData, 1);
  data->report = g_object_ref (report);
  data->file = g_object_ref (file);
  data->paper = paper;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_report_write_pdf_async);
  g_task_set_task_data (task, data, (GDestroyNotify)write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
pursuit_report_write_pdf_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == pursuit_report_write_pdf_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
