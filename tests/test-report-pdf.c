/* test-report-pdf.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "pursuit-report-pdf.h"
#include "pursuit-report-private.h"
#include "pursuit-test-pdf.h"
#include "pursuit-test-store.h"

/* The report PDF of a report built by hand with known numbers, read back
 * with poppler. */

typedef struct
{
  char *dir;
} PdfFixture;

static void
pdf_fixture_setup (PdfFixture    *fixture,
                   gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("pursuit-report-pdf-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
}

static void
pdf_fixture_teardown (PdfFixture    *fixture,
                      gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static PursuitReportSection *
add_section (PursuitReport      *report,
             const char         *id,
             const char         *title,
             PursuitReportChart  chart,
             const char         *summary)
{
  g_autoptr(PursuitReportSection) section = _pursuit_report_section_new (id, title, chart, 0);

  _pursuit_report_section_set_summary (section, summary);
  _pursuit_report_add_section (report, section);

  return section;
}

static void
add_row (PursuitReportSection *section,
         const char           *label,
         const double         *values)
{
  guint row = _pursuit_report_section_add_row (section, label, label);

  for (guint c = 0; c < pursuit_report_section_get_n_columns (section); c++)
    _pursuit_report_section_set_value (section, row, c, values[c]);
}

static void
add_outcome_columns (PursuitReportSection *section)
{
  _pursuit_report_section_add_column (section, "response_rate", "Response rate", PURSUIT_REPORT_UNIT_PERCENT);
  _pursuit_report_section_add_column (section, "applications", "Applications", PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "responses", "Responses", PURSUIT_REPORT_UNIT_COUNT);
}

/* 1 Sep – 30 Nov 2026 in UTC, @n_companies rows in "by-company". */
static PursuitReport *
make_report (guint n_companies)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  PursuitReport *report = _pursuit_report_new (unix_time_in (utc, 2026, 9, 1, 0, 0),
                                               unix_time_in (utc, 2026, 12, 1, 0, 0),
                                               unix_time_in (utc, 2026, 11, 24, 9, 30), utc);
  PursuitReportSection *section;

  _pursuit_report_set_figure (report, "applications", 37);
  _pursuit_report_set_figure (report, "responses", 14);
  _pursuit_report_set_figure (report, "response_rate", 14.0 / 37);
  _pursuit_report_set_figure (report, "median_response_days", 6);
  _pursuit_report_set_figure (report, "interviews", 9);
  _pursuit_report_set_figure (report, "offers", 2);
  _pursuit_report_set_figure (report, "active", 21);
  _pursuit_report_set_figure (report, "due_this_week", 4);

  section = add_section (report, "funnel", "Funnel", PURSUIT_REPORT_CHART_FUNNEL, "37 applications, 2 offers");
  _pursuit_report_section_add_column (section, "reached", "Reached", PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "current", "Now here", PURSUIT_REPORT_UNIT_COUNT);
  add_row (section, "Applied", (double[]) { 37, 16 });
  add_row (section, "Screening", (double[]) { 14, 3 });
  add_row (section, "Interviewing", (double[]) { 9, 4 });
  add_row (section, "Offer", (double[]) { 2, 2 });

  section = add_section (report, "conversion", "Stage conversion", PURSUIT_REPORT_CHART_HBARS,
                         "Most applications stall after Applied");
  _pursuit_report_section_add_column (section, "rate", "Rate", PURSUIT_REPORT_UNIT_PERCENT);
  add_row (section, "Applied → Screening", (double[]) { 14.0 / 37 });
  add_row (section, "Screening → Interviewing", (double[]) { 9.0 / 14 });

  section = add_section (report, "response-times", "Time to first response", PURSUIT_REPORT_CHART_HISTOGRAM,
                         "Median 6 days to a first response");
  _pursuit_report_section_add_column (section, "applications", "Applications", PURSUIT_REPORT_UNIT_COUNT);
  add_row (section, "0-2", (double[]) { 3 });
  add_row (section, "3-7", (double[]) { 6 });
  add_row (section, "8-14", (double[]) { 4 });
  add_row (section, "15-30", (double[]) { 1 });
  add_row (section, "31+", (double[]) { 0 });

  section = add_section (report, "weekly", "Applications per week", PURSUIT_REPORT_CHART_BARS,
                         "About 3 applications a week");
  _pursuit_report_section_add_column (section, "applications", "Applications", PURSUIT_REPORT_UNIT_COUNT);
  for (guint week = 0; week < 13; week++)
    {
      g_autofree char *label = g_strdup_printf ("%u Sep", week + 1);

      add_row (section, label, (double[]) { week % 5 });
    }

  section = add_section (report, "by-source", "Outcomes by source", PURSUIT_REPORT_CHART_HBARS,
                         "Referrals answer most often");
  add_outcome_columns (section);
  add_row (section, "Referral", (double[]) { 0.75, 4, 3 });
  add_row (section, "LinkedIn", (double[]) { 0.3125, 16, 5 });

  section = add_section (report, "by-company", "Outcomes by company", PURSUIT_REPORT_CHART_HBARS,
                         "Acme answered every application");
  add_outcome_columns (section);
  for (guint i = 0; i < n_companies; i++)
    {
      g_autofree char *label = g_strdup_printf ("Company %03u", i);

      add_row (section, label, (double[]) { (i % 4) / 4.0, 4, i % 4 });
    }

  /* Empty: a caption says so instead of a chart and a table. */
  section = add_section (report, "by-score", "Outcomes by match score", PURSUIT_REPORT_CHART_HBARS,
                         "No scored applications yet");
  add_outcome_columns (section);

  section = add_section (report, "follow-ups", "Follow-up effectiveness", PURSUIT_REPORT_CHART_HBARS,
                         "Following up doubles the response rate");
  add_outcome_columns (section);
  add_row (section, "With a follow-up", (double[]) { 0.5, 10, 5 });
  add_row (section, "Without", (double[]) { 0.25, 36, 9 });

  return report;
}

static void
write_report (PursuitReport    *report,
              const char       *path,
              PursuitPaperSize  paper)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_report_write_pdf (report, file, paper, NULL, &error));
  g_assert_no_error (error);
}

static void
test_report_pdf_text (PdfFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(PursuitReport) report = make_report (3);
  g_autofree char *path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autoptr(TestPdf) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  GPtrArray *sections = pursuit_report_get_sections (report);

  write_report (report, path, PURSUIT_PAPER_A4);
  document = test_pdf_open_path (path);
  text = test_pdf_all_text (document);
  title = poppler_document_get_title (document);

  g_assert_cmpstr (title, ==, "Job search report");
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 2);
  test_pdf_assert_contains (text, "Job search report");
  test_pdf_assert_contains (text, "1 Sep 2026 – 30 Nov 2026");
  test_pdf_assert_contains (text, "24 November 2026");

  /* The figures. */
  test_pdf_assert_contains (text, "Applications");
  test_pdf_assert_contains (text, "37");
  test_pdf_assert_contains (text, "Response rate");
  test_pdf_assert_contains (text, "38%");
  test_pdf_assert_contains (text, "6 days");
  test_pdf_assert_contains (text, "Due this week");

  /* Every section's title and summary, and numbers from the tables. */
  for (guint i = 0; i < sections->len; i++)
    {
      PursuitReportSection *section = g_ptr_array_index (sections, i);

      test_pdf_assert_contains (text, pursuit_report_section_get_title (section));
      test_pdf_assert_contains (text, pursuit_report_section_get_summary (section));
    }
  test_pdf_assert_contains (text, "Screening → Interviewing");
  test_pdf_assert_contains (text, "64%");
  test_pdf_assert_contains (text, "31%");
  test_pdf_assert_contains (text, "Company 002");
  test_pdf_assert_contains (text, "With a follow-up");
  test_pdf_assert_contains (text, "No numbers to show for this range.");
  test_pdf_assert_contains (text, "Page 1 of");
}

static void
test_report_pdf_paper (PdfFixture    *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitReport) report = make_report (3);
  const struct
  {
    PursuitPaperSize paper;
    double           width;
    double           height;
  } papers[] = {
    { PURSUIT_PAPER_A4, 595, 842 },
    { PURSUIT_PAPER_LETTER, 612, 792 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autofree char *name = g_strdup_printf ("paper-%u.pdf", i);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autoptr(TestPdf) document = NULL;

      write_report (report, path, papers[i].paper);
      document = test_pdf_open_path (path);
      for (int p = 0; p < poppler_document_get_n_pages (document); p++)
        {
          g_autoptr(TestPdfPage) page = poppler_document_get_page (document, p);
          double width, height;

          poppler_page_get_size (page, &width, &height);
          g_assert_cmpfloat_with_epsilon (width, papers[i].width, 1.0);
          g_assert_cmpfloat_with_epsilon (height, papers[i].height, 1.0);
        }
    }
}

static void
test_report_pdf_many_rows (PdfFixture    *fixture,
                           gconstpointer  data)
{
  g_autoptr(PursuitReport) few = make_report (3);
  g_autoptr(PursuitReport) many = make_report (400);
  g_autofree char *few_path = g_build_filename (fixture->dir, "few.pdf", NULL);
  g_autofree char *many_path = g_build_filename (fixture->dir, "many.pdf", NULL);
  g_autoptr(TestPdf) few_document = NULL;
  g_autoptr(TestPdf) many_document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *last_page = NULL;
  int n_pages;

  write_report (few, few_path, PURSUIT_PAPER_A4);
  write_report (many, many_path, PURSUIT_PAPER_A4);
  few_document = test_pdf_open_path (few_path);
  many_document = test_pdf_open_path (many_path);
  n_pages = poppler_document_get_n_pages (many_document);

  /* 400 table rows take several more pages; all of them are there. */
  g_assert_cmpint (n_pages, >=, poppler_document_get_n_pages (few_document) + 5);
  text = test_pdf_all_text (many_document);
  test_pdf_assert_contains (text, "Company 000");
  test_pdf_assert_contains (text, "Company 399");
  test_pdf_assert_contains (text, "The chart shows the first");
  last_page = g_strdup_printf ("Page %d of %d", n_pages, n_pages);
  test_pdf_assert_contains (text, last_page);
}

static void
test_report_pdf_empty (PdfFixture    *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitReport) report = _pursuit_report_new (0, G_MAXINT64, 1790000000, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "empty.pdf", NULL);
  g_autoptr(PursuitReportSection) section = _pursuit_report_section_new ("funnel", "Funnel",
                                                                         PURSUIT_REPORT_CHART_FUNNEL, 0);
  g_autoptr(TestPdf) document = NULL;
  g_autofree char *text = NULL;

  _pursuit_report_section_set_summary (section, "No applications in this range");
  _pursuit_report_add_section (report, section);
  _pursuit_report_set_figure (report, "median_response_days", -1);

  write_report (report, path, PURSUIT_PAPER_LETTER);
  document = test_pdf_open_path (path);
  text = test_pdf_all_text (document);

  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  test_pdf_assert_contains (text, "All time");
  test_pdf_assert_contains (text, "No applications in this range");
  test_pdf_assert_contains (text, "No numbers to show for this range.");
  test_pdf_assert_contains (text, "–");
}

static void
test_report_pdf_unwritable (PdfFixture    *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitReport) report = make_report (3);
  g_autofree char *plain_file = g_build_filename (fixture->dir, "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (plain_file, "report.pdf", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "report.pdf", NULL);
  const char *paths[] = { path, missing };

  g_assert_true (g_file_set_contents (plain_file, "x", 1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GError) error = NULL;

      g_assert_false (pursuit_report_write_pdf (report, file, PURSUIT_PAPER_A4, NULL, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == G_IO_ERROR);
      g_assert_false (g_file_test (paths[i], G_FILE_TEST_EXISTS));
    }

  /* Nothing else was left behind either. */
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (dir)) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }
}

static void
test_report_pdf_cancelled (PdfFixture    *fixture,
                           gconstpointer  data)
{
  g_autoptr(PursuitReport) report = make_report (3);
  g_autofree char *path = g_build_filename (fixture->dir, "cancelled.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (pursuit_report_write_pdf (report, file, PURSUIT_PAPER_A4, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
on_written (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_report_pdf_async (PdfFixture    *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitReport) report = make_report (50);
  g_autofree char *path = g_build_filename (fixture->dir, "async.pdf", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "missing", "async.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) bad_result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TestPdf) document = NULL;
  g_autofree char *text = NULL;

  pursuit_report_write_pdf_async (report, file, PURSUIT_PAPER_LETTER, NULL, on_written, &result);
  pursuit_report_write_pdf_async (report, bad_file, PURSUIT_PAPER_LETTER, NULL, on_written, &bad_result);
  while (result == NULL || bad_result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (pursuit_report_write_pdf_finish (result, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_report_write_pdf_finish (bad_result, &error));
  g_assert_true (error != NULL && error->domain == G_IO_ERROR);

  document = test_pdf_open_path (path);
  text = test_pdf_all_text (document);
  test_pdf_assert_contains (text, "Company 049");
  test_pdf_assert_contains (text, "Follow-up effectiveness");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, PdfFixture, NULL, pdf_fixture_setup, func, pdf_fixture_teardown)

  ADD ("/report-pdf/text", test_report_pdf_text);
  ADD ("/report-pdf/paper", test_report_pdf_paper);
  ADD ("/report-pdf/many-rows", test_report_pdf_many_rows);
  ADD ("/report-pdf/empty", test_report_pdf_empty);
  ADD ("/report-pdf/unwritable", test_report_pdf_unwritable);
  ADD ("/report-pdf/cancelled", test_report_pdf_cancelled);
  ADD ("/report-pdf/async", test_report_pdf_async);

#undef ADD

  return g_test_run ();
}
