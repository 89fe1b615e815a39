/* test-company.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-company.h"
#include "pursuit-posting-parser.h"

/* Fails, naming all three, unless @got (the @what of @input) is @expected:
 * one message for the long tables of cases below. */
static void
assert_derived (const char *what,
                const char *input,
                const char *got,
                const char *expected)
{
  if (g_strcmp0 (got, expected) != 0)
    g_error ("%s of “%s”: expected “%s”, got “%s”", what, input ? input : "(null)",
             expected ? expected : "(null)", got ? got : "(null)");
}

static void
assert_key (const char *name,
            const char *expected)
{
  g_autofree char *key = pursuit_company_key_for_name (name);

  assert_derived ("key", name, key, expected);
}

static void
test_key_legal_forms (void)
{
  /* English */
  assert_key ("Acme, Inc.", "acme");
  assert_key ("ACME Inc", "acme");
  assert_key ("Acme", "acme");
  assert_key ("Acme Corp.", "acme");
  assert_key ("Acme Corporation", "acme");
  assert_key ("Acme Ltd", "acme");
  assert_key ("Acme Limited", "acme");
  assert_key ("Acme LLC", "acme");
  assert_key ("Acme PLC", "acme");
  assert_key ("Acme Pty Ltd", "acme");
  assert_key ("Acme Widgets Co.", "acme widgets");
  /* German */
  assert_key ("Müller GmbH", "muller");
  assert_key ("Müller GmbH & Co. KG", "muller");
  assert_key ("Siemens AG", "siemens");
  assert_key ("Start UG (haftungsbeschränkt)", "start");
  assert_key ("Verein e.V.", "verein");
  /* French */
  assert_key ("Société Générale S.A.", "societe generale");
  assert_key ("Dupont SAS", "dupont");
  assert_key ("Dupont SARL", "dupont");
  /* Spanish */
  assert_key ("Telefónica, S.L.", "telefonica");
  assert_key ("Cemex S.A. de C.V.", "cemex");
  /* Dutch */
  assert_key ("Philips N.V.", "philips");
  assert_key ("Booking B.V.", "booking");
  /* A legal form alone is still a name. */
  assert_key ("GmbH", "gmbh");
  assert_key ("AG", "ag");
}

static void
test_key_punctuation (void)
{
  assert_key ("  Acme   Widgets  ", "acme widgets");
  assert_key ("Acme-Widgets", "acme widgets");
  assert_key ("Acme/Widgets", "acme widgets");
  assert_key ("Macy's", "macys");
  assert_key ("Macy’s", "macys");
  assert_key ("AT&T", "at t");
  assert_key ("Ærø Straße", "aero strasse");
  assert_key ("Café Crème", "cafe creme");
  assert_key ("CAFÉ CRÈME", "cafe creme");
  assert_key ("Cafe\xcc\x81 Cre\xcc\x80me", "cafe creme");
  assert_key ("ＡＣＭＥ Ｉｎｃ", "acme");
  assert_key ("Zürich Versicherung", "zurich versicherung");
  assert_key ("北京公司", "北京公司");
  assert_key ("<b>Acme</b>", "b acme b");
}

static void
test_key_empty (void)
{
  assert_key (NULL, NULL);
  assert_key ("", NULL);
  assert_key ("   ", NULL);
  assert_key ("...", NULL);
  assert_key ("&, -", NULL);

  /* Invalid UTF-8 and huge names give a key, never a crash. */
  {
    g_autofree char *key = pursuit_company_key_for_name ("Acme\xff\xfe Inc");
    g_autofree char *huge = g_strnfill (100000, 'a');
    g_autofree char *huge_key = pursuit_company_key_for_name (huge);

    g_assert_nonnull (key);
    g_assert_true (g_utf8_validate (key, -1, NULL));
    g_assert_true (g_str_has_prefix (key, "acme"));
    g_assert_nonnull (huge_key);
    g_assert_cmpuint (strlen (huge_key), <=, 1024);
  }
}

static void
assert_domain (const char *url,
               const char *expected)
{
  g_autofree char *domain = pursuit_company_domain_for_url (url);

  assert_derived ("domain", url, domain, expected);
}

static void
test_domains (void)
{
  assert_domain ("https://acme.com/careers/1", "acme.com");
  assert_domain ("https://www.acme.com/careers/1", "acme.com");
  assert_domain ("http://WWW.Acme.COM:8080/jobs?id=1", "acme.com");
  assert_domain ("https://careers.acme.com/", "careers.acme.com");
  assert_domain ("https://acme.co.uk/", "acme.co.uk");
  assert_domain ("https://acme.com./x", "acme.com");
  assert_domain ("https://user:pw@acme.com/", "acme.com");

  /* Job boards and hosting say nothing about the company. */
  assert_domain ("https://boards.greenhouse.io/acme/jobs/1", NULL);
  assert_domain ("https://job-boards.greenhouse.io/acme/jobs/1", NULL);
  assert_domain ("https://jobs.lever.co/acme/123", NULL);
  assert_domain ("https://jobs.ashbyhq.com/acme", NULL);
  assert_domain ("https://www.linkedin.com/jobs/view/1", NULL);
  assert_domain ("https://de.indeed.com/viewjob?jk=1", NULL);
  assert_domain ("https://www.indeed.de/viewjob?jk=1", NULL);
  assert_domain ("https://www.stepstone.de/stellenangebote--1.html", NULL);
  assert_domain ("https://acme.wd5.myworkdayjobs.com/en-US/1", NULL);
  assert_domain ("https://jobs.smartrecruiters.com/Acme/1", NULL);

  /* Not http(s), or not an address at all. */
  assert_domain ("mailto:jobs@acme.com", NULL);
  assert_domain ("ftp://acme.com/", NULL);
  assert_domain ("javascript:alert(1)", NULL);
  assert_domain ("file:///etc/passwd", NULL);
  assert_domain ("acme.com", NULL);
  assert_domain ("", NULL);
  assert_domain (NULL, NULL);
  assert_domain ("https://", NULL);
  assert_domain ("https://localhost/", NULL);
  assert_domain ("https://192.168.1.1/jobs", NULL);
  assert_domain ("https://[::1]/jobs", NULL);
  assert_domain ("https://exa mple.com/", NULL);
  assert_domain ("https://a..b.com/", NULL);
  assert_domain ("https://\xff\xfe.com/", NULL);
  assert_domain ("http://%zz/", NULL);

  /* IDNs in their ASCII form. */
  assert_domain ("https://bücher.de/jobs", "xn--bcher-kva.de");
  assert_domain ("https://www.xn--bcher-kva.de/", "xn--bcher-kva.de");
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static void
test_schema_org_full (void)
{
  g_autoptr(JsonNode) node = parse (
    "{\"@type\": \"Organization\", \"name\": \"Acme, Inc.\","
    " \"sameAs\": [\"https://www.linkedin.com/company/acme\", \"https://www.acme.com/\"],"
    " \"industry\": \"Robotics\","
    " \"numberOfEmployees\": {\"@type\": \"QuantitativeValue\", \"minValue\": 51, \"maxValue\": 200},"
    " \"address\": {\"@type\": \"PostalAddress\", \"addressLocality\": \"Berlin\","
    "               \"addressCountry\": \"DE\"},"
    " \"location\": [{\"@type\": \"Place\", \"address\": {\"addressLocality\": \"Munich\","
    "                \"addressRegion\": \"Bavaria\", \"addressCountry\": {\"name\": \"Germany\"}}},"
    "               \"Berlin, DE\"],"
    " \"description\": \"<p>We build <b>robots</b> &amp; more.</p>\"}");
  g_autoptr(PursuitCompany) company = pursuit_company_new_from_schema_org (node, NULL);
  const char * const *locations;
  g_autofree char *json = NULL;
  g_autoptr(PursuitCompany) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (company);
  g_assert_cmpstr (pursuit_company_get_name (company), ==, "Acme, Inc.");
  g_assert_cmpstr (pursuit_company_get_key (company), ==, "acme");
  g_assert_cmpstr (pursuit_company_get_website (company), ==, "https://www.acme.com/");
  g_assert_cmpstr (pursuit_company_get_domain (company), ==, "acme.com");
  g_assert_cmpstr (pursuit_company_get_industry (company), ==, "Robotics");
  g_assert_cmpstr (pursuit_company_get_size (company), ==, "51-200");
  g_assert_cmpstr (pursuit_company_get_description (company), ==, "We build robots & more.");
  g_assert_null (pursuit_company_get_summary (company));

  locations = pursuit_company_get_locations (company);
  g_assert_cmpuint (g_strv_length ((char **) locations), ==, 2);
  g_assert_cmpstr (locations[0], ==, "Berlin, DE");
  g_assert_cmpstr (locations[1], ==, "Munich, Bavaria, Germany");

  /* The facts go through the cache's JSON unchanged. */
  json = pursuit_company_info_to_json (company);
  copy = pursuit_company_new ();
  g_assert_true (pursuit_company_merge_info_json (copy, json, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_company_get_website (copy), ==, "https://www.acme.com/");
  g_assert_cmpstr (pursuit_company_get_domain (copy), ==, "acme.com");
  g_assert_cmpstr (pursuit_company_get_industry (copy), ==, "Robotics");
  g_assert_cmpstr (pursuit_company_get_size (copy), ==, "51-200");
  g_assert_cmpstr (pursuit_company_get_description (copy), ==, "We build robots & more.");
  g_assert_cmpuint (g_strv_length ((char **) pursuit_company_get_locations (copy)), ==, 2);
  /* Name, key, notes are not posting facts. */
  g_assert_null (pursuit_company_get_name (copy));
  g_assert_null (pursuit_company_get_notes (copy));
}

static void
test_schema_org_bare_string (void)
{
  g_autoptr(JsonNode) node = parse ("\"Müller GmbH\"");
  g_autoptr(PursuitCompany) company =
    pursuit_company_new_from_schema_org (node, "https://karriere.mueller.de/jobs/1");

  g_assert_nonnull (company);
  g_assert_cmpstr (pursuit_company_get_name (company), ==, "Müller GmbH");
  g_assert_cmpstr (pursuit_company_get_key (company), ==, "muller");
  /* The posting's own page is on the company's site. */
  g_assert_cmpstr (pursuit_company_get_domain (company), ==, "karriere.mueller.de");
  g_assert_null (pursuit_company_get_website (company));
  g_assert_null (pursuit_company_get_industry (company));
  g_assert_cmpuint (g_strv_length ((char **) pursuit_company_get_locations (company)), ==, 0);

  {
    g_autoptr(JsonNode) on_board = parse ("\"Acme\"");
    g_autoptr(PursuitCompany) board_company =
      pursuit_company_new_from_schema_org (on_board, "https://boards.greenhouse.io/acme/jobs/1");

    g_assert_null (pursuit_company_get_domain (board_company));
  }
}

static void
test_schema_org_wrong_types (void)
{
  const char *nameless[] = {
    "{\"name\": 42}",
    "{\"name\": null}",
    "{\"name\": {\"x\": 1}}",
    "{\"name\": \"   \"}",
    "{\"name\": \"<b></b>\"}",
    "{}",
    "42",
    "null",
    "true",
    "[]",
    "[[\"Acme\"]]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (nameless); i++)
    {
      g_autoptr(JsonNode) node = parse (nameless[i]);
      g_autoptr(PursuitCompany) company = pursuit_company_new_from_schema_org (node, NULL);

      if (company != NULL)
        g_error ("%s: expected no company", nameless[i]);
    }

  g_assert_null (pursuit_company_new_from_schema_org (NULL, NULL));

  {
    g_autoptr(JsonNode) node = parse (
      "{\"name\": \"Acme\", \"sameAs\": 5, \"url\": [1, null, \"mailto:x@acme.com\"],"
      " \"industry\": [\"Software\", \"Robotics\"], \"numberOfEmployees\": \"lots\","
      " \"address\": 7, \"location\": {\"address\": [1, 2]}, \"description\": {\"a\": 1}}");
    g_autoptr(PursuitCompany) company = pursuit_company_new_from_schema_org (node, NULL);

    g_assert_nonnull (company);
    g_assert_cmpstr (pursuit_company_get_name (company), ==, "Acme");
    g_assert_null (pursuit_company_get_website (company));
    g_assert_null (pursuit_company_get_domain (company));
    g_assert_cmpstr (pursuit_company_get_industry (company), ==, "Software");
    g_assert_cmpstr (pursuit_company_get_size (company), ==, "lots");
    g_assert_null (pursuit_company_get_description (company));
    g_assert_cmpuint (g_strv_length ((char **) pursuit_company_get_locations (company)), ==, 0);
  }
}

static void
test_schema_org_arrays (void)
{
  g_autoptr(JsonNode) node = parse (
    "[7, {\"name\": null}, {\"@type\": \"Organization\", \"name\": [\"Acme Ltd\", \"Acme\"],"
    " \"url\": \"https://acme.example.net/about\"}, {\"name\": \"Other\"}]");
  g_autoptr(PursuitCompany) company = pursuit_company_new_from_schema_org (node, NULL);

  g_assert_nonnull (company);
  g_assert_cmpstr (pursuit_company_get_name (company), ==, "Acme Ltd");
  g_assert_cmpstr (pursuit_company_get_website (company), ==, "https://acme.example.net/about");
  g_assert_cmpstr (pursuit_company_get_domain (company), ==, "acme.example.net");
}

static void
test_schema_org_huge_and_markup (void)
{
  g_autoptr(GString) json = g_string_new ("{\"name\": \"<script>x</script><i>Acme</i>\", \"description\": \"");
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(PursuitCompany) company = NULL;
  const char *description;

  for (guint i = 0; i < 20000; i++)
    g_string_append (json, "word <b>bold</b> ");
  g_string_append (json, "\", \"industry\": \"&lt;b&gt;Software&lt;/b&gt;\","
                         " \"numberOfEmployees\": 5000}");

  node = parse (json->str);
  company = pursuit_company_new_from_schema_org (node, NULL);
  g_assert_nonnull (company);

  /* Tags gone, entities decoded, nothing left that reads as markup. */
  g_assert_null (strchr (pursuit_company_get_name (company), '<'));
  g_assert_nonnull (strstr (pursuit_company_get_name (company), "Acme"));
  g_assert_cmpstr (pursuit_company_get_industry (company), ==, "Software");
  g_assert_cmpstr (pursuit_company_get_size (company), ==, "5000");

  description = pursuit_company_get_description (company);
  g_assert_nonnull (description);
  g_assert_true (g_utf8_validate (description, -1, NULL));
  g_assert_cmpuint (strlen (description), <=, 4000);
  g_assert_true (g_str_has_prefix (description, "word bold word bold"));
  g_assert_null (strchr (description, '<'));
}

static void
test_schema_org_employees (void)
{
  struct {
    const char *json;
    const char *expected;
  } cases[] = {
    { "{\"name\": \"A\", \"numberOfEmployees\": 250}", "250" },
    { "{\"name\": \"A\", \"numberOfEmployees\": 250.0}", "250" },
    { "{\"name\": \"A\", \"numberOfEmployees\": -4}", NULL },
    { "{\"name\": \"A\", \"numberOfEmployees\": 1e300}", NULL },
    { "{\"name\": \"A\", \"numberOfEmployees\": \"51-200\"}", "51-200" },
    { "{\"name\": \"A\", \"numberOfEmployees\": {\"value\": 12}}", "12" },
    { "{\"name\": \"A\", \"numberOfEmployees\": {\"minValue\": 1000}}", "1000+" },
    { "{\"name\": \"A\", \"numberOfEmployees\": {\"minValue\": \"11\", \"maxValue\": \"50\"}}", "11-50" },
    { "{\"name\": \"A\", \"numberOfEmployees\": {\"minValue\": 10, \"maxValue\": 10}}", "10" },
    { "{\"name\": \"A\", \"numberOfEmployees\": [{\"minValue\": 2, \"maxValue\": 9}]}", "2-9" },
    { "{\"name\": \"A\", \"numberOfEmployees\": {\"minValue\": true}}", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = parse (cases[i].json);
      g_autoptr(PursuitCompany) company = pursuit_company_new_from_schema_org (node, NULL);

      g_assert_nonnull (company);
      if (g_strcmp0 (pursuit_company_get_size (company), cases[i].expected) != 0)
        g_error ("%s: expected size %s, got %s", cases[i].json,
                 cases[i].expected ? cases[i].expected : "(null)",
                 pursuit_company_get_size (company) ? pursuit_company_get_size (company) : "(null)");
    }
}

static void
test_info_json_errors (void)
{
  const char *bad[] = {
    "",
    "not json",
    "[1, 2]",
    "\"string\"",
    "{\"website\": 5}",
    "{\"industry\": {}}",
    "{\"locations\": \"Berlin\"}",
    "{\"locations\": [\"Berlin\", 5]}",
  };
  g_autoptr(PursuitCompany) company = pursuit_company_new ();

  pursuit_company_set_industry (company, "Robotics");

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (pursuit_company_merge_info_json (company, bad[i], &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      /* A failed merge changes nothing. */
      g_assert_cmpstr (pursuit_company_get_industry (company), ==, "Robotics");
    }

  {
    g_autoptr(GError) error = NULL;

    /* Unknown members are ignored; what is missing stays. */
    g_assert_true (pursuit_company_merge_info_json (company,
                                                    "{\"size\": \"10\", \"future\": [1], \"website\": null}",
                                                    &error));
    g_assert_no_error (error);
    g_assert_cmpstr (pursuit_company_get_size (company), ==, "10");
    g_assert_cmpstr (pursuit_company_get_industry (company), ==, "Robotics");
  }
}

static void
test_record (void)
{
  g_autoptr(PursuitCompany) company = pursuit_company_new ();
  g_autoptr(PursuitCompany) copy = NULL;
  const char *names[] = { "Acme Inc", "ACME", NULL };
  const gint64 ids[] = { 9, 4, 1 };
  const gint64 *got;
  guint n = 99;

  g_assert_cmpuint (g_strv_length ((char **) pursuit_company_get_names (company)), ==, 0);
  got = pursuit_company_get_job_ids (company, &n);
  g_assert_cmpuint (n, ==, 0);
  (void) got;

  pursuit_company_set_key (company, "acme");
  pursuit_company_set_name (company, "Acme Inc");
  pursuit_company_set_names (company, names);
  pursuit_company_set_notes (company, "");
  pursuit_company_set_summary (company, "Makes robots.");
  pursuit_company_set_job_ids (company, ids, G_N_ELEMENTS (ids));
  pursuit_company_set_info_updated_at (company, 1234);

  /* Empty text is not known text. */
  g_assert_null (pursuit_company_get_notes (company));

  copy = pursuit_company_copy (company);
  g_assert_cmpstr (pursuit_company_get_key (copy), ==, "acme");
  g_assert_cmpstr (pursuit_company_get_name (copy), ==, "Acme Inc");
  g_assert_cmpstrv (pursuit_company_get_names (copy), names);
  g_assert_cmpstr (pursuit_company_get_summary (copy), ==, "Makes robots.");
  g_assert_cmpint (pursuit_company_get_info_updated_at (copy), ==, 1234);
  got = pursuit_company_get_job_ids (copy, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (got[0], ==, 9);
  g_assert_cmpint (got[2], ==, 1);
}

static void
test_posting_parser (void)
{
  static const char json_ld[] =
    "<html><head><script type=\"application/ld+json\">"
    "{\"@type\": \"JobPosting\", \"title\": \"Engineer\", \"description\": \"Build.\","
    " \"url\": \"https://jobs.lever.co/acme/1\","
    " \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Acme, Inc.\","
    "   \"url\": \"https://acme.io\", \"industry\": \"Software\", \"numberOfEmployees\": 40}}"
    "</script></head><body></body></html>";
  static const char microdata[] =
    "<html><body><article itemscope itemtype=\"http://schema.org/JobPosting\">"
    "<h2 itemprop=\"title\">Tester</h2>"
    "<div itemprop=\"hiringOrganization\" itemscope itemtype=\"http://schema.org/Organization\">"
    "<span itemprop=\"name\">Initech GmbH</span>"
    "<a itemprop=\"sameAs\" href=\"https://www.initech.de/\">site</a></div>"
    "<meta itemprop=\"description\" content=\"Test.\"></article></body></html>";
  static const char nameless[] =
    "<html><head><script type=\"application/ld+json\">"
    "{\"@type\": \"JobPosting\", \"title\": \"Engineer\", \"description\": \"Build.\"}"
    "</script></head></html>";
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  job = pursuit_posting_parse_html_full (json_ld, strlen (json_ld), "https://jobs.lever.co/acme/1",
                                         NULL, &company, &error);
  g_assert_no_error (error);
  g_assert_nonnull (job);
  g_assert_nonnull (company);
  /* Under the name the job got, so the page finds it. */
  g_assert_cmpstr (pursuit_company_get_name (company), ==, pursuit_job_get_company (job));
  g_assert_cmpstr (pursuit_company_get_key (company), ==, "acme");
  g_assert_cmpstr (pursuit_company_get_website (company), ==, "https://acme.io");
  g_assert_cmpstr (pursuit_company_get_domain (company), ==, "acme.io");
  g_assert_cmpstr (pursuit_company_get_industry (company), ==, "Software");
  g_assert_cmpstr (pursuit_company_get_size (company), ==, "40");
  g_clear_object (&company);
  g_clear_object (&job);

  job = pursuit_posting_parse_html_full (microdata, strlen (microdata), NULL, NULL, &company, &error);
  g_assert_no_error (error);
  g_assert_nonnull (company);
  g_assert_cmpstr (pursuit_company_get_key (company), ==, "initech");
  g_assert_cmpstr (pursuit_company_get_domain (company), ==, "initech.de");
  g_clear_object (&company);
  g_clear_object (&job);

  job = pursuit_posting_parse_html_full (nameless, strlen (nameless), NULL, NULL, &company, &error);
  g_assert_no_error (error);
  g_assert_nonnull (job);
  g_assert_null (company);
  g_clear_object (&job);

  /* No posting: no job, no company, and the out parameter is cleared. */
  company = pursuit_company_new ();
  g_clear_object (&company);
  job = pursuit_posting_parse_html_full ("<html></html>", 13, NULL, NULL, &company, &error);
  g_assert_null (job);
  g_assert_null (company);
  g_assert_nonnull (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/company/key/legal-forms", test_key_legal_forms);
  g_test_add_func ("/company/key/punctuation", test_key_punctuation);
  g_test_add_func ("/company/key/empty", test_key_empty);
  g_test_add_func ("/company/domains", test_domains);
  g_test_add_func ("/company/schema-org/full", test_schema_org_full);
  g_test_add_func ("/company/schema-org/bare-string", test_schema_org_bare_string);
  g_test_add_func ("/company/schema-org/wrong-types", test_schema_org_wrong_types);
  g_test_add_func ("/company/schema-org/arrays", test_schema_org_arrays);
  g_test_add_func ("/company/schema-org/huge-and-markup", test_schema_org_huge_and_markup);
  g_test_add_func ("/company/schema-org/employees", test_schema_org_employees);
  g_test_add_func ("/company/info-json-errors", test_info_json_errors);
  g_test_add_func ("/company/record", test_record);
  g_test_add_func ("/company/posting-parser", test_posting_parser);

  return g_test_run ();
}
