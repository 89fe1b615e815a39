/* test-store-companies.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Company pages from the store: merging jobs by name and domain, the
 * 30-day cache of posting facts, notes, summaries and their signal. */

#include <string.h>

#include "pursuit-importer.h"
#include "pursuit-store-companies.h"
#include "pursuit-test-store.h"

static GPtrArray *
watch_companies (PursuitStore *store);

static void
on_company_changed_cb (PursuitStore *store,
                       const char   *key,
                       GPtrArray    *keys)
{
  g_ptr_array_add (keys, g_strdup (key));
}

static GPtrArray *
watch_companies (PursuitStore *store)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect (store, "company-changed", G_CALLBACK (on_company_changed_cb), keys);

  return keys;
}

static void
assert_job_ids (PursuitCompany *company,
                const gint64   *expected,
                guint           n_expected)
{
  guint n = 0;
  const gint64 *ids = pursuit_company_get_job_ids (company, &n);

  g_assert_cmpuint (n, ==, n_expected);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (ids[i], ==, expected[i]);
}

static PursuitCompany *
get_company (PursuitStore *store,
             const char   *key)
{
  g_autoptr(GError) error = NULL;
  PursuitCompany *company = pursuit_store_get_company (store, key, &error);

  g_assert_no_error (error);
  g_assert_nonnull (company);

  return company;
}

static void
set_created_at (PursuitStore *store,
                gint64        job_id,
                gint64        created_at)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE jobs SET created_at = %" G_GINT64_FORMAT
                                          " WHERE id = %" G_GINT64_FORMAT,
                                          created_at, job_id);

  exec_store_sql (store, sql);
}

static void
test_merge_by_name (StoreFixture  *fixture,
                    gconstpointer  data)
{
  gint64 a = add_job (fixture->store, "Engineer", "Acme Inc", "saved");
  gint64 b = add_job (fixture->store, "Designer", "ACME", "applied");
  gint64 c = add_job (fixture->store, "Tester", "Acme, Inc.", "saved");
  gint64 d = add_job (fixture->store, "Writer", "Acme Inc", "saved");
  gint64 other = add_job (fixture->store, "Baker", "Bäckerei Müller GmbH", "saved");
  g_autoptr(GPtrArray) companies = NULL;
  g_autoptr(PursuitCompany) acme = NULL;
  g_autoptr(PursuitCompany) muller = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *names;

  add_job (fixture->store, "No company", NULL, "saved");

  set_created_at (fixture->store, a, 1000);
  set_created_at (fixture->store, b, 4000);
  set_created_at (fixture->store, c, 2000);
  set_created_at (fixture->store, d, 3000);

  companies = pursuit_store_list_companies (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (companies->len, ==, 2);

  /* Sorted by name; the spelling most jobs use names the company. */
  acme = g_object_ref (g_ptr_array_index (companies, 0));
  muller = g_object_ref (g_ptr_array_index (companies, 1));
  g_assert_cmpstr (pursuit_company_get_name (acme), ==, "Acme Inc");
  g_assert_cmpstr (pursuit_company_get_key (acme), ==, "acme");
  {
    const gint64 expected[] = { b, d, c, a };

    assert_job_ids (acme, expected, G_N_ELEMENTS (expected));
  }
  names = pursuit_company_get_names (acme);
  g_assert_cmpuint (g_strv_length ((char **) names), ==, 3);
  g_assert_cmpstr (names[0], ==, "Acme Inc");
  g_assert_true (g_strv_contains (names, "ACME"));
  g_assert_true (g_strv_contains (names, "Acme, Inc."));

  g_assert_cmpstr (pursuit_company_get_name (muller), ==, "Bäckerei Müller GmbH");
  g_assert_cmpstr (pursuit_company_get_key (muller), ==, "backerei muller");
  assert_job_ids (muller, &other, 1);

  /* Any spelling or the key finds the same page. */
  {
    g_autoptr(PursuitCompany) by_key = get_company (fixture->store, "acme");
    g_autoptr(PursuitCompany) by_name = get_company (fixture->store, "ACME, Inc");
    g_autoptr(PursuitCompany) by_job = pursuit_store_get_company_for_job (fixture->store, c, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (pursuit_company_get_key (by_key), ==, "acme");
    g_assert_cmpstr (pursuit_company_get_key (by_name), ==, "acme");
    g_assert_cmpstr (pursuit_company_get_key (by_job), ==, "acme");
  }
}

static void
test_merge_by_domain (StoreFixture  *fixture,
                      gconstpointer  data)
{
  gint64 a = add_job_with_urls (fixture->store, "Engineer", "Acme Robotics", "saved",
                                "https://acme.com/careers/1", NULL);
  gint64 b = add_job_with_urls (fixture->store, "Designer", "Acme", "saved",
                                "https://boards.greenhouse.io/acme/2", "https://www.acme.com/apply/2");
  gint64 c = add_job_with_urls (fixture->store, "Tester", "ACME GmbH", "saved", NULL, NULL);
  gint64 other = add_job_with_urls (fixture->store, "Baker", "Bakery", "saved",
                                    "https://bakery.example.net/", NULL);
  g_autoptr(GPtrArray) companies = pursuit_store_list_companies (fixture->store, NULL);
  g_autoptr(PursuitCompany) acme = NULL;

  g_assert_cmpuint (companies->len, ==, 2);

  acme = get_company (fixture->store, "acme.com");
  g_assert_cmpstr (pursuit_company_get_domain (acme), ==, "acme.com");
  {
    const gint64 expected[] = { c, b, a };

    assert_job_ids (acme, expected, G_N_ELEMENTS (expected));
  }
  g_assert_cmpuint (g_strv_length ((char **) pursuit_company_get_names (acme)), ==, 3);

  {
    g_autoptr(PursuitCompany) robotics = get_company (fixture->store, "acme robotics");
    g_autoptr(PursuitCompany) bakery = get_company (fixture->store, "bakery");

    g_assert_cmpstr (pursuit_company_get_key (robotics), ==, pursuit_company_get_key (acme));
    assert_job_ids (bakery, &other, 1);
  }

  /* A website saved on the company joins its jobs too. */
  exec_store_sql (fixture->store, "UPDATE companies SET website = 'https://bakery.example.net' WHERE name = 'Bakery'");
  {
    gint64 more = add_job (fixture->store, "Cook", "Bakery & Sons", "saved");
    g_autoptr(PursuitCompany) bakery = NULL;

    exec_store_sql (fixture->store, "UPDATE companies SET website = 'http://www.bakery.example.net/about' WHERE name = 'Bakery & Sons'");
    bakery = get_company (fixture->store, "bakery");
    g_assert_cmpuint (g_strv_length ((char **) pursuit_company_get_names (bakery)), ==, 2);
    {
      const gint64 expected[] = { more, other };

      assert_job_ids (bakery, expected, G_N_ELEMENTS (expected));
    }
  }
}

static void
test_job_boards_not_merged (StoreFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) companies = NULL;

  add_job_with_urls (fixture->store, "Engineer", "Foo", "saved",
                     "https://boards.greenhouse.io/foo/jobs/1", NULL);
  add_job_with_urls (fixture->store, "Engineer", "Bar", "saved",
                     "https://boards.greenhouse.io/bar/jobs/2", NULL);
  add_job_with_urls (fixture->store, "Engineer", "Baz", "saved",
                     "https://jobs.lever.co/baz/3", "https://jobs.lever.co/baz/3/apply");
  add_job_with_urls (fixture->store, "Engineer", "Qux", "saved",
                     "https://jobs.lever.co/qux/4", NULL);

  /* A host we do not know of, shared by three different companies, is a
   * job board too. */
  add_job_with_urls (fixture->store, "Engineer", "One", "saved",
                     "https://hiring-platform.net/one/1", NULL);
  add_job_with_urls (fixture->store, "Engineer", "Two", "saved",
                     "https://hiring-platform.net/two/1", NULL);
  add_job_with_urls (fixture->store, "Engineer", "Three", "saved",
                     "https://hiring-platform.net/three/1", NULL);

  companies = pursuit_store_list_companies (fixture->store, NULL);
  g_assert_cmpuint (companies->len, ==, 7);
  for (guint i = 0; i < companies->len; i++)
    {
      guint n = 0;

      pursuit_company_get_job_ids (g_ptr_array_index (companies, i), &n);
      g_assert_cmpuint (n, ==, 1);
      g_assert_null (pursuit_company_get_domain (g_ptr_array_index (companies, i)));
    }
}

static void
test_not_found (StoreFixture  *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) companies = NULL;
  gint64 no_company = add_job (fixture->store, "Lonely", NULL, "saved");

  companies = pursuit_store_list_companies (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (companies->len, ==, 0);

  g_assert_null (pursuit_store_get_company (fixture->store, "acme", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_null (pursuit_store_get_company (fixture->store, "", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_null (pursuit_store_get_company_for_job (fixture->store, no_company, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_null (pursuit_store_get_company_for_job (fixture->store, 9999, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (pursuit_store_set_company_notes (fixture->store, "acme", "x", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (pursuit_store_set_company_summary (fixture->store, "acme", "x", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static PursuitCompany *
make_info (const char *name,
           const char *website,
           const char *industry,
           const char *size)
{
  PursuitCompany *info = pursuit_company_new ();
  g_autofree char *key = pursuit_company_key_for_name (name);

  pursuit_company_set_name (info, name);
  pursuit_company_set_key (info, key);
  pursuit_company_set_website (info, website);
  pursuit_company_set_industry (info, industry);
  pursuit_company_set_size (info, size);

  return info;
}

static void
test_info_cache (StoreFixture  *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = watch_companies (fixture->store);
  g_autoptr(PursuitCompany) info = make_info ("ACME Inc.", "https://www.acme.com/", "Robotics", "51-200");
  g_autoptr(PursuitCompany) update = make_info ("Acme", NULL, NULL, "201-500");
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(GError) error = NULL;
  const char *locations[] = { "Berlin", NULL };
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;

  add_job (fixture->store, "Engineer", "Acme Inc", "saved");

  company = get_company (fixture->store, "acme");
  g_assert_cmpint (pursuit_company_get_info_updated_at (company), ==, 0);
  g_assert_null (pursuit_company_get_industry (company));
  g_clear_object (&company);

  pursuit_company_set_locations (info, locations);
  g_assert_true (pursuit_store_remember_company_info (fixture->store, info, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changes, 0), ==, "acme");

  company = get_company (fixture->store, "acme");
  g_assert_cmpstr (pursuit_company_get_industry (company), ==, "Robotics");
  g_assert_cmpstr (pursuit_company_get_size (company), ==, "51-200");
  g_assert_cmpstr (pursuit_company_get_website (company), ==, "https://www.acme.com/");
  g_assert_cmpstr (pursuit_company_get_domain (company), ==, "acme.com");
  g_assert_cmpstrv (pursuit_company_get_locations (company), locations);
  g_assert_cmpint (pursuit_company_get_info_updated_at (company), >=, before);
  g_assert_cmpint (pursuit_company_get_info_updated_at (company), <=, before + 60);
  g_clear_object (&company);

  /* The website the company row lacked is saved there. */
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count(*) FROM companies WHERE name = 'Acme Inc'"
                                     " AND website = 'https://www.acme.com/'"), ==, 1);

  /* A later posting replaces what it says and keeps the rest. */
  g_assert_true (pursuit_store_remember_company_info (fixture->store, update, &error));
  g_assert_no_error (error);
  company = get_company (fixture->store, "acme");
  g_assert_cmpstr (pursuit_company_get_industry (company), ==, "Robotics");
  g_assert_cmpstr (pursuit_company_get_size (company), ==, "201-500");
  g_clear_object (&company);

  /* 30 days later it is gone. */
  exec_store_sql (fixture->store, "UPDATE cache SET expires_at = strftime('%s', 'now') - 1"
                                  " WHERE namespace = 'company'");
  company = get_company (fixture->store, "acme");
  g_assert_null (pursuit_company_get_industry (company));
  g_assert_null (pursuit_company_get_size (company));
  g_assert_cmpint (pursuit_company_get_info_updated_at (company), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) pursuit_company_get_locations (company)), ==, 0);
  /* The website saved on the company stays. */
  g_assert_cmpstr (pursuit_company_get_website (company), ==, "https://www.acme.com/");
  g_clear_object (&company);

  /* Written with a 30-day lifetime. */
  g_assert_true (pursuit_store_remember_company_info (fixture->store, info, &error));
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count(*) FROM cache WHERE namespace = 'company'"
                                     " AND expires_at - strftime('%s', 'now') BETWEEN 2591000 AND 2592001"), ==, 1);

  /* Info for a company no job has yet is kept for when one comes. */
  {
    g_autoptr(PursuitCompany) future = make_info ("Initech LLC", NULL, "Software", NULL);
    g_autoptr(PursuitCompany) initech = NULL;

    g_assert_true (pursuit_store_remember_company_info (fixture->store, future, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (g_ptr_array_index (changes, changes->len - 1), ==, "initech");
    add_job (fixture->store, "Engineer", "Initech", "saved");
    initech = get_company (fixture->store, "initech");
    g_assert_cmpstr (pursuit_company_get_industry (initech), ==, "Software");
  }

  /* A nameless company is refused, and so is text that is not UTF-8:
   * nothing is written. */
  {
    g_autoptr(PursuitCompany) nameless = pursuit_company_new ();
    g_autoptr(PursuitCompany) garbage = make_info ("Garbage", NULL, "bad \xff", NULL);
    gint64 n_rows = count_store_rows (fixture->store, "SELECT count(*) FROM cache");

    g_assert_false (pursuit_store_remember_company_info (fixture->store, nameless, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
    g_clear_error (&error);

    g_assert_false (pursuit_store_remember_company_info (fixture->store, garbage, &error));
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
    g_assert_cmpint (count_store_rows (fixture->store, "SELECT count(*) FROM cache"), ==, n_rows);
  }
}

static void
test_notes (StoreFixture  *fixture,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = watch_companies (fixture->store);
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(GError) error = NULL;

  add_job (fixture->store, "Engineer", "Acme Inc", "saved");
  add_job (fixture->store, "Designer", "ACME", "saved");

  g_assert_true (pursuit_store_set_company_notes (fixture->store, "ACME",
                                                  "Met Jane at the fair.\n<b>not markup</b>", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changes, 0), ==, "acme");

  company = get_company (fixture->store, "acme");
  g_assert_cmpstr (pursuit_company_get_notes (company), ==, "Met Jane at the fair.\n<b>not markup</b>");
  g_clear_object (&company);

  /* Kept in one row: the group's oldest. */
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count(*) FROM companies WHERE notes IS NOT NULL"), ==, 1);
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count(*) FROM companies WHERE notes IS NOT NULL"
                                     " AND id = (SELECT min(id) FROM companies)"), ==, 1);

  /* Invalid text is refused and nothing changes. */
  g_assert_false (pursuit_store_set_company_notes (fixture->store, "acme", "bad \xff", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changes->len, ==, 1);

  g_assert_true (pursuit_store_set_company_notes (fixture->store, "acme", "", &error));
  g_assert_no_error (error);
  company = get_company (fixture->store, "acme");
  g_assert_null (pursuit_company_get_notes (company));
  g_assert_cmpuint (changes->len, ==, 2);
}

static void
test_summary (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = watch_companies (fixture->store);
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(GError) error = NULL;

  add_job (fixture->store, "Engineer", "Acme Inc", "saved");

  company = get_company (fixture->store, "acme");
  g_assert_null (pursuit_company_get_summary (company));
  g_clear_object (&company);

  g_assert_true (pursuit_store_set_company_summary (fixture->store, "Acme", "Acme makes robots.", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);

  company = get_company (fixture->store, "acme");
  g_assert_cmpstr (pursuit_company_get_summary (company), ==, "Acme makes robots.");
  g_clear_object (&company);

  exec_store_sql (fixture->store, "UPDATE cache SET expires_at = 1 WHERE namespace = 'company-summary'");
  company = get_company (fixture->store, "acme");
  g_assert_null (pursuit_company_get_summary (company));
  g_clear_object (&company);

  g_assert_true (pursuit_store_set_company_summary (fixture->store, "acme", "Again.", &error));
  g_assert_true (pursuit_store_set_company_summary (fixture->store, "acme", NULL, &error));
  g_assert_no_error (error);
  company = get_company (fixture->store, "acme");
  g_assert_null (pursuit_company_get_summary (company));
}

static const char posting_html[] =
  "<html><head><title>Robot Engineer</title>"
  "<script type=\"application/ld+json\">"
  "{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\","
  " \"title\": \"Robot Engineer\", \"description\": \"<p>Build robots.</p>\","
  " \"datePosted\": \"2026-01-05\","
  " \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Acme Robotics GmbH\","
  "   \"sameAs\": \"https://www.acme-robotics.de\", \"industry\": \"Robotics\","
  "   \"numberOfEmployees\": {\"@type\": \"QuantitativeValue\", \"minValue\": 51, \"maxValue\": 200},"
  "   \"address\": {\"@type\": \"PostalAddress\", \"addressLocality\": \"Hamburg\", \"addressCountry\": \"DE\"},"
  "   \"description\": \"Robots for <em>everyone</em>.\"},"
  " \"jobLocation\": {\"@type\": \"Place\", \"address\": {\"addressLocality\": \"Hamburg\"}}}"
  "</script></head><body>Robot Engineer</body></html>";

static void
test_import_posting (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) changes = watch_companies (fixture->store);
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  report = pursuit_importer_import (fixture->store, posting_html, strlen (posting_html),
                                    "https://boards.greenhouse.io/acme/jobs/7",
                                    PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->added->len, ==, 1);
  job = g_ptr_array_index (report->added, 0);
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme Robotics GmbH");
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (changes, 0), ==, "acme robotics");

  company = pursuit_store_get_company_for_job (fixture->store, pursuit_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_company_get_name (company), ==, "Acme Robotics GmbH");
  g_assert_cmpstr (pursuit_company_get_industry (company), ==, "Robotics");
  g_assert_cmpstr (pursuit_company_get_size (company), ==, "51-200");
  g_assert_cmpstr (pursuit_company_get_website (company), ==, "https://www.acme-robotics.de");
  g_assert_cmpstr (pursuit_company_get_domain (company), ==, "acme-robotics.de");
  g_assert_cmpstr (pursuit_company_get_description (company), ==, "Robots for everyone.");
  g_assert_cmpstr (pursuit_company_get_locations (company)[0], ==, "Hamburg, DE");
  g_assert_cmpint (pursuit_company_get_info_updated_at (company), >, 0);

  /* The posting's page is the board's: the company's site came from the
   * posting, and it is on the company now. */
  g_assert_cmpint (count_store_rows (fixture->store,
                                     "SELECT count(*) FROM companies WHERE website = 'https://www.acme-robotics.de'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
  ADD ("/store-companies/merge-by-name", test_merge_by_name);
  ADD ("/store-companies/merge-by-domain", test_merge_by_domain);
  ADD ("/store-companies/job-boards-not-merged", test_job_boards_not_merged);
  ADD ("/store-companies/not-found", test_not_found);
  ADD ("/store-companies/info-cache", test_info_cache);
  ADD ("/store-companies/notes", test_notes);
  ADD ("/store-companies/summary", test_summary);
  ADD ("/store-companies/import-posting", test_import_posting);
#undef ADD

  return g_test_run ();
}
