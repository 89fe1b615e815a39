/* test-cli-report.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `pursuit-cli report`: the real binary named by $PURSUIT_CLI, in a data
 * folder of its own per test, filled with the demo jobs through the
 * store's API; its numbers are checked against pursuit_report_compute ()
 * on the same store. */

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "pursuit-demo.h"
#include "pursuit-report.h"
#include "pursuit-test-cli.h"
#include "pursuit-test-pdf.h"
#include "pursuit-test-store.h"

#define N_DEMO_JOBS 60
#define DEMO_SEED   8

static void
fill_demo (CliFixture *fixture)
{
  g_autoptr(PursuitStore) store = open_store_in (fixture->dir);
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_demo_fill (store, N_DEMO_JOBS, DEMO_SEED, &error));
  g_assert_no_error (error);
}

static PursuitReport *
compute_in (CliFixture *fixture,
            gint64      from,
            gint64      to)
{
  g_autoptr(PursuitStore) store = open_store_in (fixture->dir);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GError) error = NULL;
  PursuitReport *report;

  report = pursuit_report_compute (store, from, to, g_get_real_time () / G_USEC_PER_SEC, zone, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

/* Midnight at the start of @date_time's local day, @days later. */
static gint64
local_midnight (GDateTime *date_time,
                int        days)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new (zone, g_date_time_get_year (date_time),
                                                   g_date_time_get_month (date_time),
                                                   g_date_time_get_day_of_month (date_time), 0, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_add_days (midnight, days);

  return g_date_time_to_unix (later);
}

/* The figures and every section's rows and values equal @report's. */
static void
assert_json_matches (JsonNode      *node,
                     PursuitReport *report)
{
  JsonObject *root = json_node_get_object (node);
  JsonObject *figures = json_object_get_object_member (root, "figures");
  JsonArray *sections = json_object_get_array_member (root, "sections");
  GPtrArray *expected = pursuit_report_get_sections (report);
  const char * const keys[] = { "applications", "responses", "response_rate", "median_response_days",
                                "interviews", "offers", "active", "due_this_week" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (figures, keys[i]),
                                    pursuit_report_get_figure (report, keys[i]), 1e-9);

  g_assert_cmpuint (json_array_get_length (sections), ==, expected->len);
  for (guint s = 0; s < expected->len; s++)
    {
      PursuitReportSection *section = g_ptr_array_index (expected, s);
      JsonObject *object = json_array_get_object_element (sections, s);
      JsonArray *rows = json_object_get_array_member (object, "rows");

      g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, pursuit_report_section_get_id (section));
      g_assert_cmpuint (json_array_get_length (rows), ==, pursuit_report_section_get_n_rows (section));

      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          JsonObject *row = json_array_get_object_element (rows, r);
          JsonObject *values = json_object_get_object_member (row, "values");

          g_assert_cmpstr (json_object_get_string_member (row, "key"), ==,
                           pursuit_report_section_get_row_key (section, r));
          for (guint c = 0; c < pursuit_report_section_get_n_columns (section); c++)
            g_assert_cmpfloat_with_epsilon (
              json_object_get_double_member (values, pursuit_report_section_get_column_key (section, c)),
              pursuit_report_section_get_value (section, r, c), 1e-9);
        }
    }
}

static void
test_cli_report_json (CliFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(PursuitReport) report = NULL;

  fill_demo (fixture);
  result = cli_run_in_va (fixture, "report", "--json", NULL);
  node = cli_result_json (result);
  report = compute_in (fixture, 0, G_MAXINT64);

  g_assert_cmpfloat (pursuit_report_get_figure (report, "applications"), >, 0);
  assert_json_matches (node, report);
}

static void
test_cli_report_json_range (CliFixture    *fixture,
                            gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -60);
  g_autoptr(GDateTime) last = g_date_time_add_days (now, -10);
  g_autofree char *from_text = g_date_time_format (start, "%Y-%m-%d");
  g_autofree char *to_text = g_date_time_format (last, "%Y-%m-%d");
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(PursuitReport) report = NULL;
  g_autoptr(PursuitReport) all = NULL;
  JsonObject *root;

  fill_demo (fixture);
  result = cli_run_in_va (fixture, "report", "--json", "--from", from_text, "--to", to_text, NULL);
  node = cli_result_json (result);

  /* --to is the last day included: the range ends at the next midnight. */
  report = compute_in (fixture, local_midnight (start, 0), local_midnight (last, 1));
  all = compute_in (fixture, 0, G_MAXINT64);
  assert_json_matches (node, report);

  root = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (root, "from"), ==, from_text);
  g_assert_cmpstr (json_object_get_string_member (root, "to"), ==, to_text);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "applications"), <,
                     pursuit_report_get_figure (all, "applications"));
}

static void
test_cli_report_text (CliFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(PursuitReport) report = NULL;
  GPtrArray *sections;

  fill_demo (fixture);
  result = cli_run_in_va (fixture, "report", NULL);
  cli_assert_ok (result);
  report = compute_in (fixture, 0, G_MAXINT64);

  g_assert_nonnull (strstr (result->out, "Job search report: All time"));
  g_assert_nonnull (strstr (result->out, "Applications"));
  g_assert_nonnull (strstr (result->out, "Response rate"));

  sections = pursuit_report_get_sections (report);
  for (guint i = 0; i < sections->len; i++)
    {
      PursuitReportSection *section = g_ptr_array_index (sections, i);

      g_assert_nonnull (strstr (result->out, pursuit_report_section_get_title (section)));
      g_assert_nonnull (strstr (result->out, pursuit_report_section_get_summary (section)));
      if (!pursuit_report_section_is_empty (section))
        g_assert_nonnull (strstr (result->out, pursuit_report_section_get_row_label (section, 0)));
    }

  /* The figures table: label, then the number, aligned in a column. */
  {
    g_auto(GStrv) lines = g_strsplit (result->out, "\n", -1);
    g_autofree char *expected = g_strdup_printf ("%.0f", pursuit_report_get_figure (report, "applications"));
    gboolean found = FALSE;

    for (guint i = 0; lines[i] != NULL; i++)
      if (g_str_has_prefix (lines[i], "Applications ") && g_str_has_suffix (lines[i], expected))
        found = TRUE;
    g_assert_true (found);
  }
}

static void
test_cli_report_pdf (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autoptr(CliResult) result = NULL;
  g_autoptr(TestPdf) document = NULL;
  g_autoptr(TestPdfPage) page = NULL;
  g_autofree char *text = NULL;
  double width, height;

  fill_demo (fixture);
  result = cli_run_in_va (fixture, "report", "--pdf", path, "--paper", "letter", NULL);
  cli_assert_ok (result);
  g_assert_nonnull (strstr (result->out, path));

  document = test_pdf_open_path (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 2);
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 1);
  g_assert_cmpfloat_with_epsilon (height, 792, 1);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Job search report"));
  g_assert_nonnull (strstr (text, "All time"));
}

static void
test_cli_report_csv (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "report.csv", NULL);
  g_autoptr(CliResult) result = NULL;
  g_autoptr(PursuitReport) report = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;

  fill_demo (fixture);
  result = cli_run_in_va (fixture, "report", "--csv", path, NULL);
  cli_assert_ok (result);
  report = compute_in (fixture, 0, G_MAXINT64);
  expected = pursuit_report_to_csv (report);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
}

static void
assert_fails (CliResult  *result,
              int         status,
              const char *message)
{
  g_assert_true (result->exited);
  g_assert_cmpint (result->status, ==, status);
  g_assert_cmpstr (result->out, ==, "");
  if (strstr (result->err, message) == NULL)
    g_error ("“%s” is not in the error output: %s", message, result->err);
}

static void
test_cli_report_errors (CliFixture    *fixture,
                        gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "report.pdf", NULL);
  const char * const bad_dates[] = { "2026-13-01", "2026-02-30", "yesterday", "", "2026-1-1x", "99999-01-01" };

  fill_demo (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_autoptr(CliResult) from = cli_run_in_va (fixture, "report", "--from", bad_dates[i], NULL);
      g_autoptr(CliResult) to = cli_run_in_va (fixture, "report", "--json", "--to", bad_dates[i], NULL);

      assert_fails (from, 1, "pursuit-cli");
      assert_fails (to, 1, "pursuit-cli");
    }

  {
    g_autoptr(CliResult) reversed = cli_run_in_va (fixture, "report", "--from", "2026-05-02", "--to", "2026-05-01",
                                                   NULL);
    g_autoptr(CliResult) one_day = cli_run_in_va (fixture, "report", "--json", "--from", "2026-05-01",
                                                  "--to", "2026-05-01", NULL);
    g_autoptr(CliResult) paper = cli_run_in_va (fixture, "report", "--pdf", "x.pdf", "--paper", "a5", NULL);
    g_autoptr(CliResult) job_csv = cli_run_in_va (fixture, "report", "--job", "1", NULL);
    g_autoptr(CliResult) unwritable = cli_run_in_va (fixture, "report", "--pdf", missing, NULL);
    g_autoptr(CliResult) extra = cli_run_in_va (fixture, "report", "extra", NULL);
    g_autoptr(CliResult) end_of_time = cli_run_in_va (fixture, "report", "--to", "9999-12-31", NULL);

    assert_fails (reversed, 1, "--from");
    cli_assert_ok (one_day);
    assert_fails (paper, 2, "a5");
    assert_fails (job_csv, 2, "--pdf");
    assert_fails (unwritable, 1, "pursuit-cli");
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    assert_fails (extra, 2, "extra");
    assert_fails (end_of_time, 1, "9999-12-31");
  }
}

static void
test_cli_report_empty_store (CliFixture    *fixture,
                             gconstpointer  data)
{
  g_autoptr(CliResult) result = cli_run_in_va (fixture, "report", "--json", NULL);
  g_autoptr(JsonNode) node = cli_result_json (result);
  JsonObject *figures = json_object_get_object_member (json_node_get_object (node), "figures");

  g_assert_cmpfloat (json_object_get_double_member (figures, "applications"), ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (figures, "median_response_days"), ==, -1);
}

static void
test_cli_report_job (CliFixture    *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "job.pdf", NULL);
  g_autoptr(CliResult) result = NULL;
  g_autoptr(CliResult) unknown = NULL;
  g_autoptr(TestPdf) document = NULL;
  gint64 job_id;

  {
    g_autoptr(PursuitStore) store = open_store_in (fixture->dir);

    job_id = add_job (store, "Platform Engineer", "Initech", "applied");
  }

  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, job_id);

    result = cli_run_in_va (fixture, "report", "--job", id, "--pdf", path, NULL);
  }
  cli_assert_ok (result);

  document = test_pdf_open_path (path);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);

  unknown = cli_run_in_va (fixture, "report", "--job", "9999", "--pdf", path, NULL);
  assert_fails (unknown, 1, "pursuit-cli");
}

int
main (int   argc,
      char *argv[])
{
  if (!cli_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add (path, CliFixture, "pursuit-cli-report-XXXXXX", cli_fixture_setup, func, cli_fixture_teardown)

  ADD ("/cli/report/json", test_cli_report_json);
  ADD ("/cli/report/json-range", test_cli_report_json_range);
  ADD ("/cli/report/text", test_cli_report_text);
  ADD ("/cli/report/pdf", test_cli_report_pdf);
  ADD ("/cli/report/csv", test_cli_report_csv);
  ADD ("/cli/report/errors", test_cli_report_errors);
  ADD ("/cli/report/empty-store", test_cli_report_empty_store);
  ADD ("/cli/report/job", test_cli_report_job);

#undef ADD

  return g_test_run ();
}
