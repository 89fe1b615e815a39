/* test-board-parser.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-board-parser"

#include <string.h>

#include "pursuit-board-parser.h"
#include "pursuit-import-error.h"

static char *
load_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "boards", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static GPtrArray *
parse_fixture (const char       *name,
               PursuitBoardKind  kind,
               const char       *company)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *jobs;
  gsize length;

  json = load_fixture (name, &length);
  jobs = pursuit_board_parse (json, length, kind, company, &error);
  g_assert_no_error (error);
  g_assert_nonnull (jobs);

  return jobs;
}

static void
assert_parse_error (const char       *json,
                    gssize            length,
                    PursuitBoardKind  kind,
                    int               code)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;

  if (length < 0)
    length = strlen (json);

  jobs = pursuit_board_parse (json, length, kind, "Acme", &error);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, code);
  g_assert_null (jobs);
}

static void
test_board_greenhouse (void)
{
  g_autoptr(GPtrArray) jobs = parse_fixture ("greenhouse.json", PURSUIT_BOARD_GREENHOUSE, "Acme");
  PursuitJob *job;

  /* The blank title, the number and the numeric title are skipped. */
  g_assert_cmpuint (jobs->len, ==, 3);

  job = g_ptr_array_index (jobs, 0);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Staff Platform Engineer");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme Corp");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Remote - US");
  g_assert_true (pursuit_job_get_remote (job));
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://boards.greenhouse.io/acme/jobs/4012345");
  g_assert_cmpstr (pursuit_job_get_posted_date (job), ==, "2023-12-18");
  g_assert_cmpstr (pursuit_job_get_source (job), ==, "greenhouse");
  g_assert_cmpstr (pursuit_job_get_description (job), ==,
                   "About Acme\n"
                   "\n"
                   "We make rockets & roller skates.\n"
                   "\n"
                   "• Kubernetes\n"
                   "• Go & C\n"
                   "\n"
                   "Write <code> daily.");
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 0);
  g_assert_null (pursuit_job_get_currency (job));

  /* No company_name: the board's name; no first_published: updated_at. */
  job = g_ptr_array_index (jobs, 1);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Office Manager");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Denver, CO");
  g_assert_false (pursuit_job_get_remote (job));
  g_assert_cmpstr (pursuit_job_get_posted_date (job), ==, "2024-01-02");
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Keep the lights on.");

  /* Every field of the wrong type is left out. */
  job = g_ptr_array_index (jobs, 2);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Sales Lead");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme");
  g_assert_null (pursuit_job_get_location (job));
  g_assert_null (pursuit_job_get_url (job));
  g_assert_null (pursuit_job_get_posted_date (job));
  g_assert_null (pursuit_job_get_description (job));
  g_assert_false (pursuit_job_get_remote (job));
}

static void
test_board_lever (void)
{
  g_autoptr(GPtrArray) jobs = parse_fixture ("lever.json", PURSUIT_BOARD_LEVER, "Lumen");
  PursuitJob *job;

  g_assert_cmpuint (jobs->len, ==, 2);

  job = g_ptr_array_index (jobs, 0);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Product Designer");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Lumen");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "London; Manchester");
  g_assert_false (pursuit_job_get_remote (job));
  g_assert_cmpstr (pursuit_job_get_employment_type (job), ==, "full-time");
  g_assert_cmpstr (pursuit_job_get_posted_date (job), ==, "2024-01-05");
  g_assert_cmpstr (pursuit_job_get_url (job), ==,
                   "https://jobs.lever.co/lumen/7c1a2b3c-0d4e-4f5a-8b6c-7d8e9f0a1b2c");
  g_assert_cmpstr (pursuit_job_get_apply_url (job), ==,
                   "https://jobs.lever.co/lumen/7c1a2b3c-0d4e-4f5a-8b6c-7d8e9f0a1b2c/apply");
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 60000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 75000);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "GBP");
  g_assert_cmpstr (pursuit_job_get_salary_period (job), ==, "YEAR");
  g_assert_cmpstr (pursuit_job_get_source (job), ==, "lever");
  g_assert_cmpstr (pursuit_job_get_description (job), ==,
                   "We are Lumen.\n"
                   "\n"
                   "Design with us.\n"
                   "\n"
                   "What you'll do\n"
                   "• Run research\n"
                   "• Ship & iterate\n"
                   "\n"
                   "Requirements\n"
                   "• Figma\n"
                   "\n"
                   "Visa sponsorship available.");

  /* A string createdAt is no date; min above max is swapped. */
  job = g_ptr_array_index (jobs, 1);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Support Engineer");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Remote — Europe");
  g_assert_true (pursuit_job_get_remote (job));
  g_assert_cmpstr (pursuit_job_get_employment_type (job), ==, "part-time");
  g_assert_null (pursuit_job_get_posted_date (job));
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Help our customers.");
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 25);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 30);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "EUR");
  g_assert_cmpstr (pursuit_job_get_salary_period (job), ==, "HOUR");
}

static void
test_board_ashby (void)
{
  g_autoptr(GPtrArray) jobs = parse_fixture ("ashby.json", PURSUIT_BOARD_ASHBY, "Orbit");
  PursuitJob *job;

  /* The unlisted role and the untitled one are skipped. */
  g_assert_cmpuint (jobs->len, ==, 3);

  job = g_ptr_array_index (jobs, 0);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Founding Engineer");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Orbit");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "San Francisco; New York");
  g_assert_false (pursuit_job_get_remote (job));
  g_assert_cmpstr (pursuit_job_get_employment_type (job), ==, "full-time");
  g_assert_cmpstr (pursuit_job_get_posted_date (job), ==, "2024-03-01");
  g_assert_cmpstr (pursuit_job_get_url (job), ==,
                   "https://jobs.ashbyhq.com/orbit/5d1c0a9e-aaaa-4bbb-8ccc-111122223333");
  g_assert_cmpstr (pursuit_job_get_apply_url (job), ==,
                   "https://jobs.ashbyhq.com/orbit/5d1c0a9e-aaaa-4bbb-8ccc-111122223333/application");
  /* The salary component, not the equity one. */
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 150000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 190000);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "USD");
  g_assert_cmpstr (pursuit_job_get_salary_period (job), ==, "YEAR");
  g_assert_cmpstr (pursuit_job_get_source (job), ==, "ashby");
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "About us\n\nSmall team, big ideas.");

  job = g_ptr_array_index (jobs, 1);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Remote Writer");
  g_assert_true (pursuit_job_get_remote (job));
  g_assert_cmpstr (pursuit_job_get_employment_type (job), ==, "contract");
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Write docs.");
  g_assert_cmpstr (pursuit_job_get_posted_date (job), ==, "2024-02-10");
  /* javascript: addresses are dropped. */
  g_assert_null (pursuit_job_get_url (job));
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 0);
  g_assert_null (pursuit_job_get_currency (job));

  job = g_ptr_array_index (jobs, 2);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Intern, Summer 2024");
  g_assert_true (pursuit_job_get_remote (job));
  g_assert_cmpstr (pursuit_job_get_employment_type (job), ==, "internship");
  g_assert_null (pursuit_job_get_posted_date (job));
  g_assert_null (pursuit_job_get_location (job));
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 35);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 0);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "USD");
  g_assert_cmpstr (pursuit_job_get_salary_period (job), ==, "HOUR");
}

static void
test_board_detect (void)
{
  const struct {
    const char *name;
    PursuitBoardKind kind;
  } fixtures[] = {
    { "greenhouse.json", PURSUIT_BOARD_GREENHOUSE },
    { "lever.json", PURSUIT_BOARD_LEVER },
    { "ashby.json", PURSUIT_BOARD_ASHBY },
  };
  const struct {
    const char *json;
    PursuitBoardKind kind;
  } snippets[] = {
    { "{\"jobs\": [], \"meta\": {\"total\": 0}}", PURSUIT_BOARD_GREENHOUSE },
    { "{\"apiVersion\": \"1\", \"jobs\": []}", PURSUIT_BOARD_ASHBY },
    { "[{\"text\": \"Designer\", \"categories\": {}}]", PURSUIT_BOARD_LEVER },
    { "[]", PURSUIT_BOARD_NONE },
    { "{}", PURSUIT_BOARD_NONE },
    { "{\"jobs\": 5}", PURSUIT_BOARD_NONE },
    { "{\"jobs\": [{\"title\": \"x\"}]}", PURSUIT_BOARD_NONE },
    { "[1, 2, 3]", PURSUIT_BOARD_NONE },
    { "{\"format\": \"pursuit-backup\", \"jobs\": [{\"title\": \"Saved\"}]}", PURSUIT_BOARD_NONE },
    { "{\"jobs\": [", PURSUIT_BOARD_NONE },
    { "<html>", PURSUIT_BOARD_NONE },
    { "", PURSUIT_BOARD_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *json = NULL;
      g_autoptr(GPtrArray) jobs = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      json = load_fixture (fixtures[i].name, &length);
      g_assert_cmpint (pursuit_board_detect (json, length), ==, fixtures[i].kind);

      /* AUTO reads the same jobs as the explicit kind. */
      jobs = pursuit_board_parse (json, length, PURSUIT_BOARD_AUTO, "Board", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (jobs->len, ==, 3 - (i == 1));
    }

  for (guint i = 0; i < G_N_ELEMENTS (snippets); i++)
    g_assert_cmpint (pursuit_board_detect (snippets[i].json, strlen (snippets[i].json)), ==, snippets[i].kind);
}

static void
test_board_wrong_shape (void)
{
  g_autoptr(GPtrArray) empty = NULL;
  g_autoptr(GPtrArray) no_objects = NULL;
  g_autoptr(GError) error = NULL;
  const char *board = "{\"jobs\": [], \"meta\": {\"total\": 0}}";
  const char *strays = "[1, \"two\", null, [], {\"text\": 3}]";

  assert_parse_error ("[{\"title\": \"x\"}]", -1, PURSUIT_BOARD_GREENHOUSE, PURSUIT_IMPORT_ERROR_MALFORMED);
  assert_parse_error ("{\"ok\": false, \"error\": \"Document not found\"}", -1, PURSUIT_BOARD_LEVER,
                      PURSUIT_IMPORT_ERROR_MALFORMED);
  assert_parse_error ("{\"jobs\": \"nope\"}", -1, PURSUIT_BOARD_ASHBY, PURSUIT_IMPORT_ERROR_MALFORMED);
  assert_parse_error ("\"just a string\"", -1, PURSUIT_BOARD_ASHBY, PURSUIT_IMPORT_ERROR_MALFORMED);
  assert_parse_error ("{\"jobs\": [{\"title\": \"cut", -1, PURSUIT_BOARD_GREENHOUSE, PURSUIT_IMPORT_ERROR_MALFORMED);
  assert_parse_error ("", 0, PURSUIT_BOARD_LEVER, PURSUIT_IMPORT_ERROR_MALFORMED);
  assert_parse_error ("{\"error\": \"rate limited\"}", -1, PURSUIT_BOARD_AUTO, PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT);
  assert_parse_error ("[]", -1, PURSUIT_BOARD_NONE, PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT);

  /* A right shape with nothing in it is an empty board, not an error. */
  empty = pursuit_board_parse (board, strlen (board), PURSUIT_BOARD_GREENHOUSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (empty->len, ==, 0);

  no_objects = pursuit_board_parse (strays, strlen (strays), PURSUIT_BOARD_LEVER, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (no_objects->len, ==, 0);
}

static void
test_board_hostile (void)
{
  const char invalid_utf8[] = "{\"jobs\": [{\"title\": \"Bad \xff\xfe\", \"absolute_url\": \"https://x.example/\"}]}";
  g_autoptr(GString) deep = g_string_new ("{\"jobs\": ");
  g_autoptr(GString) wide = g_string_new ("{\"apiVersion\": \"1\", \"jobs\": [");
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  const char *nul = "{\"jobs\": [{\"title\": \"a\0b\"}]}";

  assert_parse_error (invalid_utf8, sizeof invalid_utf8 - 1, PURSUIT_BOARD_GREENHOUSE, PURSUIT_IMPORT_ERROR_ENCODING);
  assert_parse_error (nul, 26, PURSUIT_BOARD_GREENHOUSE, PURSUIT_IMPORT_ERROR_ENCODING);

  /* Nesting that would exhaust json-glib's recursion. */
  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "[{\"a\":");
  assert_parse_error (deep->str, deep->len, PURSUIT_BOARD_GREENHOUSE, PURSUIT_IMPORT_ERROR_MALFORMED);
  g_assert_cmpint (pursuit_board_detect (deep->str, deep->len), ==, PURSUIT_BOARD_NONE);

  /* Brackets inside strings are not nesting. */
  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (wide, "%s{\"title\": \"Role %u [[[{{{\\\"\", \"isListed\": true,"
                            " \"descriptionHtml\": \"<p>x</p><script>alert(1)</script>\","
                            " \"compensation\": {\"summaryComponents\": \"oops\"}}",
                            i > 0 ? "," : "", i);
  g_string_append (wide, "]}");

  jobs = pursuit_board_parse (wide->str, wide->len, PURSUIT_BOARD_AUTO, "Many", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 2000);
  g_assert_cmpstr (pursuit_job_get_title (g_ptr_array_index (jobs, 1999)), ==, "Role 1999 [[[{{{\"");
  g_assert_cmpstr (pursuit_job_get_description (g_ptr_array_index (jobs, 1999)), ==, "x");
  g_assert_cmpstr (pursuit_job_get_company (g_ptr_array_index (jobs, 0)), ==, "Many");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/board/greenhouse", test_board_greenhouse);
  g_test_add_func ("/import/board/lever", test_board_lever);
  g_test_add_func ("/import/board/ashby", test_board_ashby);
  g_test_add_func ("/import/board/detect", test_board_detect);
  g_test_add_func ("/import/board/wrong-shape", test_board_wrong_shape);
  g_test_add_func ("/import/board/hostile", test_board_hostile);

  return g_test_run ();
}
