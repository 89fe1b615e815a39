/* test-posting-parser.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-posting-parser"

#include <string.h>

#include "pursuit-import-error.h"
#include "pursuit-posting-parser.h"

static char *
load_fixture (const char *name,
              gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "postings", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);

  return contents;
}

static PursuitJob *
parse_text (const char *html,
            gsize       length,
            const char *page_url)
{
  g_autoptr(PursuitJob) fallback = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  job = pursuit_posting_parse_html (html, length, page_url, &fallback, &error);
  g_assert_no_error (error);
  g_assert_nonnull (job);
  g_assert_null (fallback);

  return job;
}

static PursuitJob *
parse_fixture (const char *name,
               const char *page_url)
{
  g_autofree char *html = NULL;
  gsize length;

  html = load_fixture (name, &length);
  return parse_text (html, length, page_url);
}

/* Parses a page that must have no posting; returns the fallback job. */
static PursuitJob *
parse_no_posting (const char *html,
                  gsize       length,
                  const char *page_url)
{
  g_autoptr(PursuitJob) fallback = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  job = pursuit_posting_parse_html (html, length, page_url, &fallback, &error);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_NO_POSTING);
  g_assert_null (job);

  return g_steal_pointer (&fallback);
}

static void
assert_no_salary (PursuitJob *job)
{
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 0);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 0);
  g_assert_null (pursuit_job_get_currency (job));
  g_assert_null (pursuit_job_get_salary_period (job));
}

static void
test_posting_json_ld_basic (void)
{
  g_autoptr(PursuitJob) job = NULL;

  job = parse_fixture ("json-ld-basic.html", "https://www.example.com/careers/backend-engineer?ref=feed");

  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Senior Backend Engineer");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Nordlicht Energy GmbH");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Berlin, BE, DE");
  g_assert_false (pursuit_job_get_remote (job));
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 70000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 85000);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "EUR");
  g_assert_cmpstr (pursuit_job_get_salary_period (job), ==, "YEAR");
  g_assert_cmpstr (pursuit_job_get_posted_date (job), ==, "2024-01-05");
  g_assert_cmpstr (pursuit_job_get_deadline (job), ==, "2024-03-31");
  g_assert_cmpstr (pursuit_job_get_employment_type (job), ==, "full-time, contract");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://www.example.com/careers/backend-engineer");
  g_assert_cmpstr (pursuit_job_get_apply_url (job), ==, "https://www.example.com/careers/backend-engineer");
  g_assert_cmpstr (pursuit_job_get_source (job), ==, "example.com");
  g_assert_cmpstr (pursuit_job_get_description (job), ==,
                   "At Nordlicht Energy we build the software that balances the grid.\n"
                   "\n"
                   "You will:\n"
                   "\n"
                   "• Design APIs in C and Rust\n"
                   "• Own our data pipeline\n"
                   "\n"
                   "Benefits & perks:\n"
                   "30 days of holiday\n"
                   "Bike leasing");
}

static void
test_posting_json_ld_graph (void)
{
  g_autoptr(PursuitJob) job = NULL;

  job = parse_fixture ("json-ld-graph.html", "https://jobs.example.org/postings/4411?utm_source=feed");

  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Customer Support Specialist (Remote, EMEA)");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Kettle & Co");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Germany, Portugal");
  g_assert_true (pursuit_job_get_remote (job));
  /* "28.50" an hour, in whole units. */
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 29);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 29);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "EUR");
  g_assert_cmpstr (pursuit_job_get_salary_period (job), ==, "HOUR");
  g_assert_cmpstr (pursuit_job_get_posted_date (job), ==, "2024-02-29");
  g_assert_null (pursuit_job_get_deadline (job));
  g_assert_cmpstr (pursuit_job_get_employment_type (job), ==, "part-time");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://jobs.example.org/postings/4411");
  g_assert_null (pursuit_job_get_apply_url (job));
  g_assert_cmpstr (pursuit_job_get_source (job), ==, "jobs.example.org");
  g_assert_cmpstr (pursuit_job_get_description (job), ==,
                   "Answer tickets in English and German.\n\nShifts: Mon–Fri");
}

static void
test_posting_json_ld_array (void)
{
  g_autoptr(PursuitJob) job = NULL;

  /* No page address: relative links cannot resolve, the source is "web". */
  job = parse_fixture ("json-ld-array.html", NULL);

  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Data Engineer & Analyst");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Pine Labs Inc.");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "New York, NY, US; Austin, TX; CA, US");
  g_assert_false (pursuit_job_get_remote (job));
  /* From estimatedSalary, as there is no baseSalary. */
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 90000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 110000);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "USD");
  g_assert_cmpstr (pursuit_job_get_salary_period (job), ==, "YEAR");
  g_assert_cmpstr (pursuit_job_get_posted_date (job), ==, "2023-11-20");
  g_assert_cmpstr (pursuit_job_get_employment_type (job), ==, "full-time");
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Build dashboards.");
  g_assert_null (pursuit_job_get_url (job));
  g_assert_null (pursuit_job_get_apply_url (job));
  g_assert_cmpstr (pursuit_job_get_source (job), ==, "web");
}

static void
test_posting_json_ld_wrong_types (void)
{
  g_autoptr(PursuitJob) job = NULL;

  job = parse_fixture ("json-ld-wrong-types.html", "https://hire.example.de/j/77");

  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Warehouse Associate");
  g_assert_null (pursuit_job_get_company (job));
  /* Plain strings are taken as place names; the number and null are not. */
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Leipzig; Halle (Saale)");
  g_assert_false (pursuit_job_get_remote (job));
  assert_no_salary (job);
  g_assert_null (pursuit_job_get_posted_date (job));
  /* February 30th does not exist. */
  g_assert_null (pursuit_job_get_deadline (job));
  g_assert_null (pursuit_job_get_employment_type (job));
  g_assert_null (pursuit_job_get_description (job));
  /* javascript: is never stored; the page address stands in. */
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://hire.example.de/j/77");
  g_assert_null (pursuit_job_get_apply_url (job));
  g_assert_cmpstr (pursuit_job_get_source (job), ==, "hire.example.de");
}

static void
test_posting_json_ld_title_not_string (void)
{
  const char *html =
    "<html><head><title>Numbers Inc. – Careers</title>"
    "<script type=\"application/ld+json\">"
    "{\"@type\": \"JobPosting\", \"title\": 1234, \"hiringOrganization\": \"Numbers Inc.\","
    " \"description\": \"<p>A posting without a usable title.</p>\"}"
    "</script></head><body></body></html>";
  g_autoptr(PursuitJob) fallback = NULL;

  fallback = parse_no_posting (html, strlen (html), "https://numbers.example/jobs/1");
  g_assert_nonnull (fallback);
  g_assert_cmpstr (pursuit_job_get_title (fallback), ==, "Numbers Inc. – Careers");
  g_assert_cmpstr (pursuit_job_get_url (fallback), ==, "https://numbers.example/jobs/1");
  g_assert_null (pursuit_job_get_company (fallback));
}

static void
test_posting_json_ld_plain_description (void)
{
  const char *html =
    "<script type=\"application/ld+json\">"
    "{\"@type\": \"JobPosting\", \"title\": \"Plain\","
    " \"description\": \"First line\\r\\nSecond   line\\n \\n\\n\\n  New &amp; paragraph, 3 &lt; 4\\n\"}"
    "</script>";
  g_autoptr(PursuitJob) job = NULL;

  job = parse_text (html, strlen (html), NULL);
  g_assert_cmpstr (pursuit_job_get_description (job), ==,
                   "First line\nSecond line\n\nNew & paragraph, 3 < 4");
}

static void
test_posting_json_ld_several (void)
{
  const char *incomplete =
    "<script type=\"application/ld+json\">"
    "[{\"@type\": \"JobPosting\", \"hiringOrganization\": \"Nameless\"},"
    " {\"@type\": \"JobPosting\", \"title\": \"First Titled\"},"
    " {\"@type\": \"JobPosting\", \"title\": \"Second Titled\", \"hiringOrganization\": \"Co\"}]"
    "</script>";
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) first = NULL;

  /* The first with a title, company and description wins. */
  job = parse_fixture ("multiple.html", "https://harbor.example/careers");
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Site Reliability Engineer");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Harbor");
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Keep it up.");

  /* With none complete, the first with a title. */
  first = parse_text (incomplete, strlen (incomplete), NULL);
  g_assert_cmpstr (pursuit_job_get_title (first), ==, "First Titled");
  g_assert_null (pursuit_job_get_company (first));
}

static void
test_posting_json_ld_script_injection (void)
{
  g_autoptr(PursuitJob) job = NULL;

  job = parse_fixture ("script-injection.html", "https://evil.example/post");

  /* Markup in the data stays literal text, for a label to show as is. */
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Engineer <b>Lead</b>");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "<script>alert(1)</script>Evil Corp");
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Hello\n\nUse <b> tags & more\n\nBye");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://evil.example/post");
  g_assert_null (pursuit_job_get_apply_url (job));
}

static void
test_posting_json_ld_deep_nesting (void)
{
  g_autoptr(GString) html = g_string_new ("<title>Deep</title><script type=\"application/ld+json\">");
  g_autoptr(PursuitJob) fallback = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GString) nested = NULL;

  for (guint i = 0; i < 200000; i++)
    g_string_append (html, "{\"a\":[");
  g_string_append (html, "</script>");

  fallback = parse_no_posting (html->str, html->len, NULL);
  g_assert_cmpstr (pursuit_job_get_title (fallback), ==, "Deep");
  g_assert_null (pursuit_job_get_url (fallback));
  g_assert_cmpstr (pursuit_job_get_source (fallback), ==, "web");

  /* A posting a few levels down (a WebPage's mainEntity) is found. */
  nested = g_string_new ("<script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"mainEntity\": ");
  for (guint i = 0; i < 5; i++)
    g_string_append (nested, "[");
  g_string_append (nested, "{\"@type\": \"schema:JobPosting\", \"title\": \"Nested\"}");
  for (guint i = 0; i < 5; i++)
    g_string_append (nested, "]");
  g_string_append (nested, "}</script>");

  job = parse_text (nested->str, nested->len, NULL);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Nested");
}

static void
test_posting_microdata_after_broken_json_ld (void)
{
  g_autoptr(PursuitJob) job = NULL;

  job = parse_fixture ("broken-json-ld-microdata.html", "https://bistro.example.net/jobs/42");

  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Line Cook & Prep Lead");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Trattoria Sole");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Vienna, AT");
  g_assert_false (pursuit_job_get_remote (job));
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 2400);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 2900);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "EUR");
  g_assert_cmpstr (pursuit_job_get_salary_period (job), ==, "MONTH");
  g_assert_cmpstr (pursuit_job_get_posted_date (job), ==, "2024-04-02");
  g_assert_cmpstr (pursuit_job_get_employment_type (job), ==, "full-time");
  /* The organization's own url is not the posting's. */
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://bistro.example.net/jobs/line-cook");
  g_assert_cmpstr (pursuit_job_get_source (job), ==, "bistro.example.net");
  g_assert_cmpstr (pursuit_job_get_description (job), ==,
                   "Fresh pasta every day.\n\n• Prep <mise en place>\n• Lead a team of 3");
}

static void
test_posting_microdata_remote (void)
{
  const char *html =
    "<body><article itemscope itemtype=\"http://schema.org/JobPosting\">"
    "<h2><span itemprop=\"title name\">QA   Analyst</span></h2>"
    "<span itemprop=\"hiringOrganization\">Testers &amp; Sons</span>"
    "<meta itemprop=\"jobLocationType\" content=\"TELECOMMUTE\">"
    "<span itemprop=\"jobLocation\">Lyon</span> or <span itemprop=\"jobLocation\">Nantes</span>"
    "<span itemprop=\"baseSalary\" itemscope itemtype=\"http://schema.org/MonetaryAmount\">"
    "<meta itemprop=\"currency\" content=\"EUR\"><span itemprop=\"value\">42000</span></span>"
    "<time itemprop=\"validThrough\">2024-06-30T18:00:00Z</time>"
    "<meta itemprop=\"description\" content=\"Test &lt;everything&gt;.\">"
    "</article></body>";
  g_autoptr(PursuitJob) job = NULL;

  job = parse_text (html, strlen (html), "http://testers.example/qa");

  g_assert_cmpstr (pursuit_job_get_title (job), ==, "QA Analyst");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Testers & Sons");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Lyon; Nantes");
  g_assert_true (pursuit_job_get_remote (job));
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 42000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 42000);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "EUR");
  g_assert_null (pursuit_job_get_salary_period (job));
  g_assert_cmpstr (pursuit_job_get_deadline (job), ==, "2024-06-30");
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Test <everything>.");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "http://testers.example/qa");
  g_assert_cmpstr (pursuit_job_get_source (job), ==, "testers.example");
}

static void
test_posting_no_posting (void)
{
  g_autofree char *html = NULL;
  g_autoptr(PursuitJob) fallback = NULL;
  g_autoptr(PursuitJob) discarded = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  html = load_fixture ("no-posting.html", &length);
  fallback = parse_no_posting (html, length, "https://www.jobblog.example/cover-letters");

  g_assert_nonnull (fallback);
  g_assert_cmpstr (pursuit_job_get_title (fallback), ==, "How to write a cover letter | The Job Blog");
  g_assert_cmpstr (pursuit_job_get_url (fallback), ==, "https://www.jobblog.example/cover-letters");
  g_assert_cmpstr (pursuit_job_get_source (fallback), ==, "jobblog.example");
  g_assert_null (pursuit_job_get_description (fallback));

  /* The message is for people. */
  discarded = pursuit_posting_parse_html (html, length, NULL, NULL, &error);
  g_assert_null (discarded);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_NO_POSTING);
  g_assert_cmpstr (error->message, ==, "This page has no job posting data");
}

static void
test_posting_no_posting_og_title (void)
{
  const char *og_only =
    "<html><head><meta property=\"og:title\" content=\"  Careers   at Quill \">"
    "<meta name=\"description\" content=\"x\"></head><body><p>Jobs soon</p></body></html>";
  const char *nothing = "<p>Nothing here</p>";
  g_autoptr(PursuitJob) from_og = NULL;
  g_autoptr(PursuitJob) from_url = NULL;
  g_autoptr(PursuitJob) none = NULL;

  from_og = parse_no_posting (og_only, strlen (og_only), "https://quill.example/careers");
  g_assert_cmpstr (pursuit_job_get_title (from_og), ==, "Careers at Quill");
  g_assert_cmpstr (pursuit_job_get_url (from_og), ==, "https://quill.example/careers");

  /* Without any title, the address is the title. */
  from_url = parse_no_posting (nothing, strlen (nothing), "https://quill.example/careers");
  g_assert_cmpstr (pursuit_job_get_title (from_url), ==, "https://quill.example/careers");

  /* Without title or address there is nothing to save. */
  none = parse_no_posting (nothing, strlen (nothing), "file:///etc/passwd");
  g_assert_null (none);
}

static void
test_posting_truncated (void)
{
  g_autofree char *html = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) fallback = NULL;
  const char *cut;
  gsize length;

  job = parse_fixture ("truncated.html", "https://klinikum.example/karriere/nurse");
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Registered Nurse – Night Shift");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "St. Anna Klinikum");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Munich, DE");
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Nights, 3 per week.");

  /* Cut in the middle of the JSON-LD: no posting, but a fallback. */
  html = load_fixture ("truncated.html", &length);
  cut = strstr (html, "\"description\"");
  g_assert_nonnull (cut);
  fallback = parse_no_posting (html, cut - html, "https://klinikum.example/karriere/nurse");
  g_assert_cmpstr (pursuit_job_get_title (fallback), ==, "Nurse (Night Shift)");

  /* Every prefix parses without a crash. */
  for (gsize i = 0; i < length; i += 7)
    {
      g_autoptr(PursuitJob) partial = NULL;
      g_autoptr(PursuitJob) partial_fallback = NULL;
      g_autoptr(GError) error = NULL;

      partial = pursuit_posting_parse_html (html, i, NULL, &partial_fallback, &error);
      g_assert_true ((partial != NULL) != (error != NULL));
      if (partial != NULL)
        g_assert_cmpstr (pursuit_job_get_title (partial), ==, "Registered Nurse – Night Shift");
      else
        g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_NO_POSTING);
    }
}

static void
test_posting_encoding_invalid_utf8 (void)
{
  const char html[] =
    "<html><head><meta charset=\"utf-8\"><title>Bad \xff bytes</title>"
    "<script type=\"application/ld+json\">"
    "{\"@type\": \"JobPosting\", \"title\": \"Baker\xfe\xff\", \"jobLocation\": \"Z\xc3\xbcrich\","
    " \"description\": \"<p>Bread \xc3</p><p>Z\xc3\xbcrich</p>\"}"
    "</script></head></html>";
  g_autoptr(PursuitJob) job = NULL;

  job = parse_text (html, sizeof html - 1, NULL);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Baker\xef\xbf\xbd\xef\xbf\xbd");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Zürich");
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Bread \xef\xbf\xbd\n\nZürich");
}

static void
test_posting_encoding_declared (void)
{
  /* windows-1252 bytes, as the page declares. */
  const char latin1[] =
    "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title>"
    "<script type=\"application/ld+json\">"
    "{\"@type\": \"JobPosting\", \"title\": \"Caf\xe9 Manager\", \"hiringOrganization\": \"M\xfcller & S\xf6hne\","
    " \"description\": \"Cr\xe8me br\xfbl\xe9" "e \x80 5\"}"
    "</script></head></html>";
  /* Valid UTF-8 wins over a wrong declaration. */
  const char utf8[] =
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
    "<script type=\"application/ld+json\">"
    "{\"@type\": \"JobPosting\", \"title\": \"Caf\xc3\xa9 Manager\"}"
    "</script></head></html>";
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) job_utf8 = NULL;

  job = parse_text (latin1, sizeof latin1 - 1, NULL);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Café Manager");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Müller & Söhne");
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Crème brûlée € 5");

  job_utf8 = parse_text (utf8, sizeof utf8 - 1, NULL);
  g_assert_cmpstr (pursuit_job_get_title (job_utf8), ==, "Café Manager");
}

static void
test_posting_too_large (void)
{
  gsize length = PURSUIT_POSTING_MAX_PAGE_SIZE + 1;
  g_autofree char *html = g_malloc (length);
  g_autoptr(PursuitJob) fallback = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  const char *head = "<html><head><title>Huge</title></head><body>";

  memset (html, 'x', length);
  memcpy (html, head, strlen (head));

  job = pursuit_posting_parse_html (html, length, "https://huge.example/", &fallback, &error);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_TOO_LARGE);
  g_assert_null (job);
  g_assert_null (fallback);
}

static void
test_posting_empty (void)
{
  g_autoptr(PursuitJob) fallback = NULL;
  g_autoptr(PursuitJob) blank_fallback = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  job = pursuit_posting_parse_html (NULL, 0, NULL, &fallback, &error);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_NO_POSTING);
  g_assert_null (job);
  g_assert_null (fallback);

  blank_fallback = parse_no_posting ("   \n\t", 5, "https://blank.example/job");
  g_assert_cmpstr (pursuit_job_get_title (blank_fallback), ==, "https://blank.example/job");
  g_assert_cmpstr (pursuit_job_get_url (blank_fallback), ==, "https://blank.example/job");
}

static void
test_posting_deep_html (void)
{
  g_autoptr(GString) html = g_string_new ("<html><head><title>Deep page</title>"
                                          "<script type=\"application/ld+json\">"
                                          "{\"@type\": \"JobPosting\", \"title\": \"Survivor\"}"
                                          "</script></head><body>");
  g_autoptr(PursuitJob) job = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (html, "<div><b>");
  g_string_append (html, "<div itemscope itemtype=\"https://schema.org/JobPosting\">");

  job = parse_text (html->str, html->len, NULL);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Survivor");
}

static void
test_posting_helpers (void)
{
  g_autoptr(JsonNode) number = json_node_init_int (json_node_alloc (), 120000);
  g_autoptr(JsonNode) negative = json_node_init_double (json_node_alloc (), -5);
  g_autoptr(JsonNode) huge = json_node_init_double (json_node_alloc (), 1e300);
  g_autoptr(JsonNode) text = json_node_init_string (json_node_alloc (), " 1,250,000.75 ");
  g_autoptr(JsonNode) bad_text = json_node_init_string (json_node_alloc (), "12,34");
  g_autoptr(JsonNode) boolean = json_node_init_boolean (json_node_alloc (), TRUE);
  struct {
    const char *in;
    const char *out;
  } dates[] = {
    { "2024-01-05", "2024-01-05" },
    { " 2024-01-05T23:30:00-05:00 ", "2024-01-05" },
    { "2024-01-05T10:00", "2024-01-05" },
    { "2023-11-20T08:15:30.123Z", "2023-11-20" },
    { "2024-02-29", "2024-02-29" },
    { "2023-02-29", NULL },
    { "2024-13-01", NULL },
    { "2024-01-05T25:00:00Z", NULL },
    { "2024-01-05T10:00:00+0530", "2024-01-05" },
    { "2024-01-05 10:00:00", "2024-01-05" },
    { "2024-01-05T10", NULL },
    { "2024-01-05T10:00+99:00", NULL },
    { "2024-01-05junk", NULL },
    { "05/01/2024", NULL },
    { "2024-1-5", NULL },
    { "", NULL },
  };
  gint64 amount = 0;

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *date = pursuit_posting_normalize_date (dates[i].in);

      g_assert_cmpstr (date, ==, dates[i].out);
    }

  g_assert_true (pursuit_posting_read_amount (number, &amount));
  g_assert_cmpint (amount, ==, 120000);
  g_assert_true (pursuit_posting_read_amount (text, &amount));
  g_assert_cmpint (amount, ==, 1250001);
  g_assert_false (pursuit_posting_read_amount (negative, &amount));
  g_assert_false (pursuit_posting_read_amount (huge, &amount));
  g_assert_false (pursuit_posting_read_amount (bad_text, &amount));
  g_assert_false (pursuit_posting_read_amount (boolean, &amount));
  g_assert_false (pursuit_posting_read_amount (NULL, &amount));

  g_assert_cmpstr (pursuit_posting_normalize_salary_period ("year"), ==, "YEAR");
  g_assert_cmpstr (pursuit_posting_normalize_salary_period ("1 HOUR"), ==, "HOUR");
  g_assert_cmpstr (pursuit_posting_normalize_salary_period ("Monthly"), ==, "MONTH");
  g_assert_null (pursuit_posting_normalize_salary_period ("fortnight"));

  {
    g_autofree char *types = pursuit_posting_normalize_employment_type ("FULL_TIME, Part Time,FullTime, Seasonal");
    g_autofree char *currency = pursuit_posting_normalize_currency (" chf ");
    g_autofree char *no_currency = pursuit_posting_normalize_currency ("€");
    g_autofree char *relative = pursuit_posting_normalize_url ("../apply?id=1&x=2", "https://a.example/jobs/7/");
    g_autofree char *absolute = pursuit_posting_normalize_url ("https://b.example/x", "https://a.example/");
    g_autofree char *script = pursuit_posting_normalize_url ("javascript:alert(1)", "https://a.example/");
    g_autofree char *file = pursuit_posting_normalize_url ("file:///etc/passwd", NULL);
    g_autofree char *no_base = pursuit_posting_normalize_url ("/jobs/1", NULL);
    g_autofree char *source = pursuit_posting_source_for_url ("https://WWW.Example.COM:8443/jobs");
    g_autofree char *no_source = pursuit_posting_source_for_url (NULL);

    g_assert_cmpstr (types, ==, "full-time, part-time, Seasonal");
    g_assert_cmpstr (currency, ==, "CHF");
    g_assert_null (no_currency);
    g_assert_cmpstr (relative, ==, "https://a.example/jobs/apply?id=1&x=2");
    g_assert_cmpstr (absolute, ==, "https://b.example/x");
    g_assert_null (script);
    g_assert_null (file);
    g_assert_null (no_base);
    g_assert_cmpstr (source, ==, "example.com");
    g_assert_cmpstr (no_source, ==, "web");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/import/posting/json-ld/basic", test_posting_json_ld_basic);
  g_test_add_func ("/import/posting/json-ld/graph", test_posting_json_ld_graph);
  g_test_add_func ("/import/posting/json-ld/array", test_posting_json_ld_array);
  g_test_add_func ("/import/posting/json-ld/wrong-types", test_posting_json_ld_wrong_types);
  g_test_add_func ("/import/posting/json-ld/title-not-string", test_posting_json_ld_title_not_string);
  g_test_add_func ("/import/posting/json-ld/plain-description", test_posting_json_ld_plain_description);
  g_test_add_func ("/import/posting/json-ld/several", test_posting_json_ld_several);
  g_test_add_func ("/import/posting/json-ld/script-injection", test_posting_json_ld_script_injection);
  g_test_add_func ("/import/posting/json-ld/deep-nesting", test_posting_json_ld_deep_nesting);
  g_test_add_func ("/import/posting/microdata/after-broken-json-ld", test_posting_microdata_after_broken_json_ld);
  g_test_add_func ("/import/posting/microdata/remote", test_posting_microdata_remote);
  g_test_add_func ("/import/posting/no-posting/fallback", test_posting_no_posting);
  g_test_add_func ("/import/posting/no-posting/og-title", test_posting_no_posting_og_title);
  g_test_add_func ("/import/posting/hostile/truncated", test_posting_truncated);
  g_test_add_func ("/import/posting/hostile/invalid-utf8", test_posting_encoding_invalid_utf8);
  g_test_add_func ("/import/posting/hostile/declared-charset", test_posting_encoding_declared);
  g_test_add_func ("/import/posting/hostile/too-large", test_posting_too_large);
  g_test_add_func ("/import/posting/hostile/empty", test_posting_empty);
  g_test_add_func ("/import/posting/hostile/deep-html", test_posting_deep_html);
  g_test_add_func ("/import/posting/helpers", test_posting_helpers);

  return g_test_run ();
}
