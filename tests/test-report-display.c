/* test-report-display.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How reports read: percentages, source names, and charts of long lists
 * (the top ten, the table keeping every row). */

#include <math.h>
#include <string.h>

#include "pursuit-chart.h"
#include "pursuit-report.h"
#include "pursuit-report-pdf.h"
#include "pursuit-source-label.h"
#include "pursuit-test-pdf.h"
#include "pursuit-test-store.h"

static gint64
add_applied_job (PursuitStore *store,
                 const char   *company,
                 const char   *source)
{
  g_autoptr(PursuitJob) job = make_job ("Engineer", company, "applied");

  pursuit_job_set_source (job, source);
  pursuit_job_set_applied_date (job, "2026-03-02");

  return store_job (store, job);
}

/* A response: the job moved on from Applied a few days later. */
static void
add_response (PursuitStore *store,
              gint64        job_id)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO events (job_id, kind, from_stage, to_stage, created_at)"
                                          " VALUES (%" G_GINT64_FORMAT ", 'stage-changed', 'applied', 'screening',"
                                          " 1772800000)", job_id);

  exec_store_sql (store, sql);
}

static PursuitReport *
compute_all (PursuitStore *store)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;
  PursuitReport *report = pursuit_report_compute (store, 0, G_MAXINT64, 1775000000, utc, &error);

  g_assert_no_error (error);
  return report;
}

static void
test_format_percent (void)
{
  static const struct { double fraction; const char *text; } cases[] = {
    { 0.4449, "44%" },
    { 0.445, "45%" },
    { 0, "0%" },
    { -0.001, "0%" },
    { 1, "100%" },
    { 2.5, "250%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pursuit_report_format_percent (cases[i].fraction);

      g_assert_cmpstr (text, ==, cases[i].text);
    }

  {
    g_autofree char *text = pursuit_report_format_percent (NAN);

    g_assert_cmpstr (text, ==, "0%");
  }
}

static void
test_source_labels (void)
{
  static const struct { const char *source; const char *label; const char *key; } cases[] = {
    { "linkedin", "LinkedIn", "linkedin" },
    { "LinkedIn", "LinkedIn", "linkedin" },
    { " linkedin ", "LinkedIn", "linkedin" },
    { "linkedin.com", "LinkedIn", "linkedin" },
    { "de.linkedin.com", "LinkedIn", "linkedin" },
    { "greenhouse", "Greenhouse", "greenhouse" },
    { "boards.greenhouse.io", "Greenhouse", "greenhouse" },
    { "job-boards.eu.greenhouse.io", "Greenhouse", "greenhouse" },
    { "lever", "Lever", "lever" },
    { "jobs.lever.co", "Lever", "lever" },
    { "ashby", "Ashby", "ashby" },
    { "jobs.ashbyhq.com", "Ashby", "ashby" },
    { "acme.myworkdayjobs.com", "Workday", "workday" },
    { "indeed", "Indeed", "indeed" },
    { "de.indeed.com", "Indeed", "indeed" },
    { "referral", "Referral", "referral" },
    { "Referral", "Referral", "referral" },
    { "company site", "Company Site", "company site" },
    { "company-site", "Company Site", "company site" },
    { "csv", "CSV Import", "csv" },
    { "web", "Web", "web" },
    /* Unknown: as the user typed it, never re-cased. */
    { "acme.com", "acme.com", NULL },
    { "careers.acme.com", "careers.acme.com", NULL },
    { "My cousin Bob", "My cousin Bob", NULL },
    { "Greenhouse Partners", "Greenhouse Partners", NULL },
    { "io", "io", NULL },
    { "<b>board</b>", "<b>board</b>", NULL },
    { "", "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = pursuit_source_dup_label (cases[i].source);

      g_assert_cmpstr (label, ==, cases[i].label);
      g_assert_cmpstr (pursuit_source_get_known_key (cases[i].source), ==, cases[i].key);
    }

  {
    g_autofree char *none = pursuit_source_dup_label (NULL);
    g_autofree char *invalid = pursuit_source_dup_label ("sit\xc3");

    g_assert_cmpstr (none, ==, "");
    g_assert_true (g_utf8_validate (invalid, -1, NULL));
    g_assert_true (g_str_has_prefix (invalid, "sit"));
    g_assert_null (pursuit_source_get_known_key (NULL));
    g_assert_null (pursuit_source_get_known_key ("sit\xc3"));
  }
}

/* Every spelling of a known source is one row with its display name. */
static void
test_report_source_rows (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitReport) report = NULL;
  PursuitReportSection *section;
  const char * const linkedin[] = { "linkedin", "LinkedIn", "www.linkedin.com" };
  const gint64 *ids;
  guint n_ids;

  for (guint i = 0; i < G_N_ELEMENTS (linkedin); i++)
    add_applied_job (fixture->store, "Acme", linkedin[i]);
  add_applied_job (fixture->store, "Acme", "boards.greenhouse.io");
  add_applied_job (fixture->store, "Acme", "Cousin Bob");

  report = compute_all (fixture->store);
  section = pursuit_report_get_section (report, "by-source");

  g_assert_cmpuint (pursuit_report_section_get_n_rows (section), ==, 3);
  g_assert_cmpstr (pursuit_report_section_get_row_key (section, 0), ==, "linkedin");
  g_assert_cmpstr (pursuit_report_section_get_row_label (section, 0), ==, "LinkedIn");
  g_assert_cmpfloat (pursuit_report_section_get_value (section, 0, 0), ==, 3);
  ids = pursuit_report_section_get_row_job_ids (section, 0, &n_ids);
  g_assert_nonnull (ids);
  g_assert_cmpuint (n_ids, ==, 3);
  /* Ties by label: "Cousin Bob" before "Greenhouse". */
  g_assert_cmpstr (pursuit_report_section_get_row_key (section, 1), ==, "Cousin Bob");
  g_assert_cmpstr (pursuit_report_section_get_row_label (section, 1), ==, "Cousin Bob");
  g_assert_cmpstr (pursuit_report_section_get_row_key (section, 2), ==, "greenhouse");
  g_assert_cmpstr (pursuit_report_section_get_row_label (section, 2), ==, "Greenhouse");
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==,
                   "Most applications went through LinkedIn, and 0% of those got an answer.");
  /* Three rows: the chart draws them all. */
  g_assert_cmpuint (pursuit_report_section_get_n_chart_rows (section), ==, 3);
  g_assert_null (pursuit_report_section_get_chart_caption (section));
}

/* A band without applications claims no rate; "No score" only shows
 * when an application has none. */
static void
test_report_score_bands (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitReport) report = NULL;
  PursuitReportSection *section;
  const int scores[] = { 85, 90 };

  for (guint i = 0; i < G_N_ELEMENTS (scores); i++)
    {
      g_autoptr(PursuitJob) job = make_job ("Engineer", "Acme", "applied");

      pursuit_job_set_match_score (job, scores[i]);
      pursuit_job_set_applied_date (job, "2026-03-02");
      store_job (fixture->store, job);
    }

  report = compute_all (fixture->store);
  section = pursuit_report_get_section (report, "by-score");
  g_assert_cmpuint (pursuit_report_section_get_n_rows (section), ==, 4);
  g_assert_cmpstr (pursuit_report_section_get_row_key (section, 3), ==, "0-39");
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==,
                   "Jobs scoring 80 or more got answers 0% of the time; none scored below 60.");
  g_clear_object (&report);

  /* Unscored applications only: nothing to compare. */
  add_applied_job (fixture->store, "Globex", "referral");
  exec_store_sql (fixture->store, "UPDATE jobs SET match_score = NULL");
  report = compute_all (fixture->store);
  section = pursuit_report_get_section (report, "by-score");
  g_assert_cmpuint (pursuit_report_section_get_n_rows (section), ==, 5);
  g_assert_cmpstr (pursuit_report_section_get_row_key (section, 4), ==, "none");
  g_assert_cmpfloat (pursuit_report_section_get_value (section, 4, 0), ==, 3);
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==,
                   "Too few scored applications to compare high and low scores.");
}

/* 13 companies: the chart draws the ten most applied to, the table and
 * JSON keep all 13, and window, PDF and description say so. */
static void
test_report_top_companies (StoreFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(PursuitReport) report = NULL;
  g_autofree char *description = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *squashed = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TestPdf) document = NULL;
  PursuitReportSection *section;
  const char *caption = "Top 10 of 13 companies; the table lists them all.";
  double width = 600, height, x, y, w, h;

  for (guint i = 0; i < 3; i++)
    add_applied_job (fixture->store, "Zenith Works", "linkedin");
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %02u", i);

      add_response (fixture->store, add_applied_job (fixture->store, company, "linkedin"));
    }

  report = compute_all (fixture->store);
  section = pursuit_report_get_section (report, "by-company");

  g_assert_cmpuint (pursuit_report_section_get_n_rows (section), ==, 13);
  g_assert_cmpuint (pursuit_report_section_get_n_chart_rows (section), ==, 10);
  g_assert_cmpstr (pursuit_report_section_get_chart_caption (section), ==, caption);
  g_assert_cmpstr (pursuit_report_section_get_row_label (section, 0), ==, "Zenith Works");
  g_assert_cmpstr (pursuit_report_section_get_row_label (section, 12), ==, "Company 11");

  /* The chart's geometry stops at the tenth row. */
  height = pursuit_chart_get_natural_height (section, width);
  g_assert_true (pursuit_chart_get_row_bounds (section, width, height, 9, &x, &y, &w, &h));
  g_assert_cmpint (pursuit_chart_hit_test (section, width, height, x + 1, y + h / 2), ==, 9);
  g_assert_false (pursuit_chart_get_row_bounds (section, width, height, 10, NULL, NULL, NULL, NULL));
  g_assert_cmpint (pursuit_chart_hit_test (section, width, height, x + 1, y + h / 2 + h * 2), ==, -1);

  description = pursuit_chart_describe (section);
  g_assert_nonnull (strstr (description, "Company 08"));
  g_assert_null (strstr (description, "Company 09"));
  g_assert_nonnull (strstr (description, caption));

  /* A short list keeps every row in its chart. */
  section = pursuit_report_get_section (report, "by-source");
  g_assert_cmpuint (pursuit_report_section_get_n_chart_rows (section), ==, 1);
  g_assert_null (pursuit_report_section_get_chart_caption (section));

  path = g_build_filename (fixture->dir, "report.pdf", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (pursuit_report_write_pdf (report, file, PURSUIT_PAPER_A4, NULL, &error));
  g_assert_no_error (error);
  document = test_pdf_open (file);
  text = test_pdf_all_text (document);
  squashed = test_pdf_squash_spaces (text);
  test_pdf_assert_contains (squashed, caption);
  /* Every company is in the table. */
  test_pdf_assert_contains (squashed, "Company 11");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-display/format-percent", test_format_percent);
  g_test_add_func ("/report-display/source-labels", test_source_labels);
  g_test_add ("/report-display/source-rows", StoreFixture, NULL,
              store_fixture_setup, test_report_source_rows, store_fixture_teardown);
  g_test_add ("/report-display/score-bands", StoreFixture, NULL,
              store_fixture_setup, test_report_score_bands, store_fixture_teardown);
  g_test_add ("/report-display/top-companies", StoreFixture, NULL,
              store_fixture_setup, test_report_top_companies, store_fixture_teardown);

  return g_test_run ();
}
