/* test-cli-companies.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `pursuit-cli company`: the real binary named by $PURSUIT_CLI, in a data
 * folder of its own per test, the jobs put there with the store's API. */

#include <string.h>

#include <json-glib/json-glib.h>

#include "pursuit-store-companies.h"
#include "pursuit-test-cli.h"
#include "pursuit-test-store.h"

typedef struct
{
  gint64 acme_inc;
  gint64 acme_caps;
  gint64 acme_domain;
  gint64 bakery;
} Jobs;

static void
fill (CliFixture *fixture,
      Jobs       *jobs)
{
  g_autoptr(PursuitStore) store = open_store_in (fixture->dir);
  g_autoptr(PursuitCompany) info = pursuit_company_new ();
  const char *locations[] = { "Berlin", NULL };
  g_autoptr(GError) error = NULL;

  jobs->acme_inc = add_job (store, "Engineer", "Acme Inc", "saved");
  jobs->acme_caps = add_job (store, "Designer", "ACME", "applied");
  jobs->acme_domain = add_job_with_urls (store, "Tester", "Acme Software", "saved",
                                         "https://acme.com/careers/3", NULL);
  jobs->bakery = add_job (store, "Baker", "Bakery <b>&amp;</b> Sons", "saved");
  exec_store_sql (store, "UPDATE companies SET website = 'https://acme.com' WHERE name = 'Acme Inc'");
  /* Jobs of distinct ages, so the order is known. */
  exec_store_sql (store, "UPDATE jobs SET created_at = 1000 + id");

  g_assert_cmpint (pursuit_store_add_contact (store, jobs->acme_caps, "Jane Doe", "Recruiter",
                                              "jane@acme.com", &error), >, 0);
  g_assert_no_error (error);

  pursuit_company_set_key (info, "acme");
  pursuit_company_set_name (info, "Acme Inc");
  pursuit_company_set_industry (info, "Robotics");
  pursuit_company_set_size (info, "51-200");
  pursuit_company_set_locations (info, locations);
  g_assert_true (pursuit_store_remember_company_info (store, info, &error));
  g_assert_no_error (error);
}

static void
test_list (CliFixture    *fixture,
           gconstpointer  data)
{
  g_autoptr(CliResult) empty = cli_run_in_va (fixture, "company", NULL);
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonArray *array;
  JsonObject *acme;
  JsonObject *bakery;
  Jobs jobs;

  cli_assert_ok (empty);
  g_assert_nonnull (strstr (empty->out, "No company yet"));

  fill (fixture, &jobs);

  text = cli_run_in_va (fixture, "company", NULL);
  cli_assert_ok (text);
  g_assert_true (g_str_has_prefix (text->out, "COMPANY"));
  g_assert_nonnull (strstr (text->out, "Acme Inc"));
  g_assert_nonnull (strstr (text->out, "acme.com"));
  /* Text from outside is printed as it is, not read as markup. */
  g_assert_nonnull (strstr (text->out, "Bakery <b>&amp;</b> Sons"));

  json = cli_run_in_va (fixture, "company", "--json", NULL);
  node = cli_result_json (json);
  array = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  acme = json_array_get_object_element (array, 0);
  bakery = json_array_get_object_element (array, 1);
  g_assert_cmpstr (json_object_get_string_member (acme, "key"), ==, "acme");
  g_assert_cmpstr (json_object_get_string_member (acme, "name"), ==, "Acme Inc");
  g_assert_cmpstr (json_object_get_string_member (acme, "domain"), ==, "acme.com");
  g_assert_cmpint (json_object_get_int_member (acme, "jobs"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (bakery, "key"), ==, "bakery b amp b sons");
  g_assert_cmpint (json_object_get_int_member (bakery, "jobs"), ==, 1);
  g_assert_true (json_object_get_null_member (bakery, "domain"));
}

static void
test_show (CliFixture    *fixture,
           gconstpointer  data)
{
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(CliResult) by_domain = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) domain_node = NULL;
  JsonObject *company;
  JsonArray *job_array;
  JsonArray *contacts;
  Jobs jobs;

  fill (fixture, &jobs);

  text = cli_run_in_va (fixture, "company", "ACME", NULL);
  cli_assert_ok (text);
  g_assert_true (g_str_has_prefix (text->out, "Acme Inc\n"));
  g_assert_nonnull (strstr (text->out, "Industry: Robotics"));
  g_assert_nonnull (strstr (text->out, "Size: 51-200"));
  g_assert_nonnull (strstr (text->out, "Locations: Berlin"));
  g_assert_nonnull (strstr (text->out, "From postings, as of"));
  g_assert_nonnull (strstr (text->out, "Designer"));
  g_assert_nonnull (strstr (text->out, "Applied"));
  g_assert_nonnull (strstr (text->out, "Jane Doe"));
  g_assert_nonnull (strstr (text->out, "jane@acme.com"));

  json = cli_run_in_va (fixture, "company", "--json", "Acme,", "Inc.", NULL);
  node = cli_result_json (json);
  company = json_node_get_object (node);
  g_assert_cmpstr (json_object_get_string_member (company, "key"), ==, "acme");
  g_assert_cmpstr (json_object_get_string_member (company, "website"), ==, "https://acme.com");
  g_assert_cmpstr (json_object_get_string_member (company, "industry"), ==, "Robotics");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (company, "names")), ==, 3);
  g_assert_true (json_object_get_null_member (company, "notes"));
  g_assert_true (json_object_get_null_member (company, "summary"));
  g_assert_false (json_object_get_null_member (company, "info_updated_at"));

  /* Jobs newest first, with their stages. */
  job_array = json_object_get_array_member (company, "jobs");
  g_assert_cmpuint (json_array_get_length (job_array), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (job_array, 0), "id"), ==, jobs.acme_domain);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (job_array, 1), "id"), ==, jobs.acme_caps);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (job_array, 2), "id"), ==, jobs.acme_inc);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (job_array, 1), "stage"), ==, "applied");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (job_array, 1), "stage_label"), ==, "Applied");

  contacts = json_object_get_array_member (company, "contacts");
  g_assert_cmpuint (json_array_get_length (contacts), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (contacts, 0), "name"), ==, "Jane Doe");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (contacts, 0), "job_id"), ==, jobs.acme_caps);

  /* The domain finds the same page. */
  by_domain = cli_run_in_va (fixture, "company", "--json", "acme.com", NULL);
  domain_node = cli_result_json (by_domain);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (domain_node), "key"), ==, "acme");
}

static void
test_notes (CliFixture    *fixture,
            gconstpointer  data)
{
  g_autoptr(CliResult) saved = NULL;
  g_autoptr(CliResult) shown = NULL;
  g_autoptr(CliResult) cleared = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autoptr(JsonNode) node = NULL;
  Jobs jobs;

  fill (fixture, &jobs);

  saved = cli_run_in_va (fixture, "company", "notes", "acme", "Met", "Jane", "at", "the", "fair", NULL);
  cli_assert_ok (saved);
  g_assert_nonnull (strstr (saved->out, "Saved the notes on Acme Inc"));

  shown = cli_run_in_va (fixture, "company", "acme", NULL);
  cli_assert_ok (shown);
  g_assert_nonnull (strstr (shown->out, "Notes\nMet Jane at the fair\n"));

  {
    g_autoptr(PursuitStore) store = open_store_in (fixture->dir);
    g_autoptr(PursuitCompany) company = pursuit_store_get_company (store, "acme", NULL);

    g_assert_cmpstr (pursuit_company_get_notes (company), ==, "Met Jane at the fair");
  }

  cleared = cli_run_in_va (fixture, "company", "notes", "acme", "", NULL);
  cli_assert_ok (cleared);
  g_assert_nonnull (strstr (cleared->out, "Cleared the notes on Acme Inc"));

  json = cli_run_in_va (fixture, "company", "acme", "--json", NULL);
  node = cli_result_json (json);
  g_assert_true (json_object_get_null_member (json_node_get_object (node), "notes"));
}

static void
test_errors (CliFixture    *fixture,
             gconstpointer  data)
{
  g_autoptr(CliResult) unknown = NULL;
  g_autoptr(CliResult) notes_unknown = NULL;
  g_autoptr(CliResult) missing = NULL;
  g_autoptr(CliResult) bad_text = NULL;
  Jobs jobs;

  fill (fixture, &jobs);

  unknown = cli_run_in_va (fixture, "company", "Initech", NULL);
  g_assert_cmpint (unknown->status, ==, 1);
  g_assert_nonnull (strstr (unknown->err, "Initech"));
  g_assert_cmpstr (unknown->out, ==, "");

  notes_unknown = cli_run_in_va (fixture, "company", "notes", "initech", "x", NULL);
  g_assert_cmpint (notes_unknown->status, ==, 1);

  missing = cli_run_in_va (fixture, "company", "notes", "acme", NULL);
  g_assert_cmpint (missing->status, ==, 2);
  g_assert_nonnull (strstr (missing->err, "Missing"));

  bad_text = cli_run_in_va (fixture, "company", "notes", "acme", "bad \xff text", NULL);
  g_assert_cmpint (bad_text->status, !=, 0);
  g_assert_cmpstr (bad_text->out, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  if (!cli_test_init (&argc, &argv))
    return 77;

  cli_test_add ("/cli/companies/list", test_list);
  cli_test_add ("/cli/companies/show", test_show);
  cli_test_add ("/cli/companies/notes", test_notes);
  cli_test_add ("/cli/companies/errors", test_errors);

  return g_test_run ();
}
