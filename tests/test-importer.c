/* test-importer.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-backup.h"
#include "pursuit-importer.h"
#include "pursuit-test-store.h"

static const char csv_file[] =
  "Company,Job Title,Status,Date Applied,URL,Location,Notes\r\n"
  "Acme,Backend Engineer,Applied,2026-10-01,https://acme.example/jobs/1,Berlin,\"Referred by Sam, \"\"the\"\" friend\"\r\n"
  "Initech,Data Analyst,Wishlist,,https://initech.example/careers/7,\"Austin, TX\",\r\n";

static const char posting_page[] =
  "<!DOCTYPE html><html><head><title>Careers</title>"
  "<script type=\"application/ld+json\">"
  "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Site Reliability Engineer\","
  "\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Globex\"},"
  "\"description\":\"<p>Keep things up.</p>\",\"datePosted\":\"2026-11-01\","
  "\"jobLocationType\":\"TELECOMMUTE\"}"
  "</script></head><body><h1>SRE</h1></body></html>";

static const char greenhouse_board[] =
  "{\"jobs\":[{\"id\":1,\"title\":\"Platform Engineer\",\"absolute_url\":\"https://boards.greenhouse.io/hooli/jobs/1\","
  "\"location\":{\"name\":\"Remote\"},\"updated_at\":\"2026-11-02T10:00:00-05:00\",\"content\":\"&lt;p&gt;Scale.&lt;/p&gt;\"},"
  "{\"id\":2,\"title\":\"Designer\",\"absolute_url\":\"https://boards.greenhouse.io/hooli/jobs/2\","
  "\"location\":{\"name\":\"Palo Alto\"},\"updated_at\":\"2026-11-03T10:00:00-05:00\",\"content\":\"\"}],"
  "\"meta\":{\"total\":2}}";

static PursuitImportReport *
import_text (PursuitStore           *store,
             const char             *text,
             const char             *origin,
             PursuitDuplicatePolicy  duplicates,
             GError                **error)
{
  return pursuit_importer_import (store, text, strlen (text), origin, duplicates, error);
}

static void
test_importer_detect (void)
{
  g_assert_cmpint (pursuit_importer_detect (csv_file, strlen (csv_file), "x.csv"), ==, PURSUIT_IMPORT_FORMAT_CSV);
  g_assert_cmpint (pursuit_importer_detect (csv_file, strlen (csv_file), NULL), ==, PURSUIT_IMPORT_FORMAT_CSV);
  g_assert_cmpint (pursuit_importer_detect (posting_page, strlen (posting_page), NULL), ==, PURSUIT_IMPORT_FORMAT_HTML);
  g_assert_cmpint (pursuit_importer_detect (greenhouse_board, strlen (greenhouse_board), NULL), ==,
                   PURSUIT_IMPORT_FORMAT_GREENHOUSE);
  g_assert_cmpint (pursuit_importer_detect ("{\"hello\":1}", 11, NULL), ==, PURSUIT_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (pursuit_importer_detect ("", 0, NULL), ==, PURSUIT_IMPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (pursuit_importer_detect ("just words", 10, NULL), ==, PURSUIT_IMPORT_FORMAT_UNKNOWN);
}

static void
test_importer_csv_and_duplicates (StoreFixture  *fixture,
                                  gconstpointer  data)
{
  g_autoptr(PursuitImportReport) first = NULL;
  g_autoptr(PursuitImportReport) second = NULL;
  g_autoptr(PursuitImportReport) merged = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *acme;

  first = import_text (fixture->store, csv_file, "jobs.csv", PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->added->len, ==, 2);
  g_assert_cmpuint (first->n_skipped, ==, 0);

  acme = g_ptr_array_index (first->added, 0);
  g_assert_cmpstr (pursuit_job_get_company (acme), ==, "Acme");
  g_assert_cmpstr (pursuit_job_get_stage (acme), ==, "applied");
  g_assert_cmpstr (pursuit_job_get_applied_date (acme), ==, "2026-10-01");
  notes = pursuit_store_list_notes (fixture->store, pursuit_job_get_id (acme));
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (pursuit_note_get_body (g_ptr_array_index (notes, 0)), ==, "Referred by Sam, \"the\" friend");

  /* The same file again: never silently doubled. */
  second = import_text (fixture->store, csv_file, "jobs.csv", PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (second->added->len, ==, 0);
  g_assert_cmpuint (second->n_skipped, ==, 2);

  /* Merging fills what the stored job lacks and keeps what it has. */
  g_assert_true (pursuit_store_tag_jobs (fixture->store, (gint64[]) { pursuit_job_get_id (acme) }, 1,
                                         "Dream Job", &error));
  merged = import_text (fixture->store,
                        "Company,Job Title,Status,Location,Salary,Labels\n"
                        "Acme,Backend Engineer,Offer,Hamburg,€80k-€95k,dream job; go\n",
                        "more.csv", PURSUIT_DUPLICATES_MERGE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (merged->added->len, ==, 0);
  g_assert_cmpuint (merged->merged->len, ==, 1);
  acme = g_ptr_array_index (merged->merged, 0);
  g_assert_cmpstr (pursuit_job_get_location (acme), ==, "Berlin");
  g_assert_cmpstr (pursuit_job_get_stage (acme), ==, "applied");
  g_assert_cmpint (pursuit_job_get_salary_min (acme), ==, 80000);
  g_assert_cmpint (pursuit_job_get_salary_max (acme), ==, 95000);
  /* Tags add up, in the spelling the user chose. */
  g_assert_cmpuint (g_strv_length ((char **)pursuit_job_get_tags (acme)), ==, 2);
  g_assert_cmpstr (pursuit_job_get_tags (acme)[0], ==, "Dream Job");
  g_assert_cmpstr (pursuit_job_get_tags (acme)[1], ==, "go");

  all = pursuit_store_list_jobs (fixture->store, NULL, &error);
  g_assert_cmpuint (all->len, ==, 2);
}

static void
test_importer_all_or_nothing (StoreFixture  *fixture,
                              gconstpointer  data)
{
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  /* The third row's URL is refused by the store after two rows were
   * written: the whole import is rolled back. */
  report = import_text (fixture->store,
                        "Company,Title,URL\n"
                        "A,One,https://a.example/1\n"
                        "B,Two,https://b.example/2\n"
                        "C,Three,javascript:alert(1)\n",
                        "bad.csv", PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_null (report);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Three"));

  all = pursuit_store_list_jobs (fixture->store, NULL, NULL);
  g_assert_cmpuint (all->len, ==, 0);
  g_clear_error (&error);

  report = import_text (fixture->store, "Company,Title\nA,One\n\"B,Two\n", "broken.csv",
                        PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_null (report);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
  g_assert_true (g_str_has_prefix (error->message, "line 3"));
}

static void
test_importer_posting_page (StoreFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(PursuitImportReport) fallback = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  report = import_text (fixture->store, posting_page, "https://globex.example/careers/sre",
                        PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->added->len, ==, 1);
  job = g_ptr_array_index (report->added, 0);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Site Reliability Engineer");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Globex");
  g_assert_true (pursuit_job_get_remote (job));
  g_assert_cmpstr (pursuit_job_get_posted_date (job), ==, "2026-11-01");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "saved");

  /* A page without posting data still becomes a job the user can fill in. */
  g_test_expect_message ("pursuit-importer", G_LOG_LEVEL_MESSAGE, "*no job posting*");
  fallback = import_text (fixture->store,
                          "<html><head><title>Jobs at Umbrella</title></head><body>Hi</body></html>",
                          "https://umbrella.example/jobs", PURSUIT_DUPLICATES_SKIP, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_cmpuint (fallback->added->len, ==, 1);
  job = g_ptr_array_index (fallback->added, 0);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Jobs at Umbrella");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, "https://umbrella.example/jobs");
}

static void
test_importer_board (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = import_text (fixture->store, greenhouse_board,
                        "https://boards-api.greenhouse.io/v1/boards/hooli/jobs?content=true",
                        PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->added->len, ==, 2);
  g_assert_cmpstr (pursuit_job_get_company (g_ptr_array_index (report->added, 0)), ==, "Hooli");
  g_assert_cmpstr (pursuit_job_get_source (g_ptr_array_index (report->added, 1)), ==, "greenhouse");
}

static void
test_importer_backup (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autofree char *json = NULL;
  g_autoptr(PursuitImportReport) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pursuit-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);

  add_job (fixture->store, "Engineer", "Acme", "applied");
  json = pursuit_backup_export_json (fixture->store, &error);
  g_assert_no_error (error);

  refused = import_text (fixture->store, json, "backup.json", PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_null (refused);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "replaces"));
  g_clear_error (&error);

  {
    g_autoptr(PursuitStore) empty = pursuit_store_new (path, &error);
    g_autoptr(PursuitImportReport) restored = import_text (empty, json, "backup.json",
                                                           PURSUIT_DUPLICATES_SKIP, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (restored->added->len, ==, 1);
    g_assert_cmpstr (pursuit_job_get_stage (g_ptr_array_index (restored->added, 0)), ==, "applied");
  }

  remove_tree (dir);
}

static void
test_importer_rejects (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitImportReport) report = NULL;

  report = import_text (fixture->store, "{\"nothing\": true}", "x.json", PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_null (report);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);

  report = import_text (fixture->store, "", "empty.csv", PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_null (report);
  g_assert_nonnull (error);
}

static void
test_importer_csv_mapping (StoreFixture  *fixture,
                           gconstpointer  data)
{
  /* Column names nobody would guess: the user maps them. */
  static const char text[] =
    "Gig,Outfit,Money,Where,Memo\n"
    "Backend Engineer,Acme,€60k–80k,Berlin,Met at a meetup\n"
    "Data Analyst,Initech,,Austin,\n";
  const char *header[] = { "Gig", "Outfit", "Money", "Where", "Memo", NULL };
  const guint columns[] = { 0, 1, 2, 4 };
  const PursuitCsvField fields[] = {
    PURSUIT_CSV_FIELD_TITLE, PURSUIT_CSV_FIELD_COMPANY, PURSUIT_CSV_FIELD_SALARY, PURSUIT_CSV_FIELD_NOTES,
  };
  g_autoptr(PursuitCsvMapping) mapping = NULL;
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  PursuitJob *job;

  /* Guessing finds no title here. */
  report = pursuit_importer_import_csv (fixture->store, text, strlen (text), NULL,
                                        PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_null (report);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
  g_clear_error (&error);

  mapping = pursuit_csv_mapping_new_for_columns (header, columns, fields, G_N_ELEMENTS (columns), &error);
  g_assert_no_error (error);
  report = pursuit_importer_import_csv (fixture->store, text, strlen (text), mapping,
                                        PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->added->len, ==, 2);

  job = g_ptr_array_index (report->added, 0);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Backend Engineer");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme");
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 60000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 80000);
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "EUR");
  /* "Where" was left out of the mapping. */
  g_assert_null (pursuit_job_get_location (job));
  notes = pursuit_store_list_notes (fixture->store, pursuit_job_get_id (job));
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (pursuit_note_get_body (g_ptr_array_index (notes, 0)), ==, "Met at a meetup");

  /* A mapping for another header does not apply. */
  g_clear_pointer (&report, pursuit_import_report_free);
  report = pursuit_importer_import_csv (fixture->store, "A,B\nx,y\n", 8, mapping,
                                        PURSUIT_DUPLICATES_SKIP, &error);
  g_assert_null (report);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
}

static char *
make_csv (guint n_rows)
{
  GString *text = g_string_new ("Title,Company,URL\n");

  for (guint i = 0; i < n_rows; i++)
    g_string_append_printf (text, "Engineer %u,Company %u,https://jobs.example/%u\n", i, i % 97, i);

  return g_string_free (text, FALSE);
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
count_signal_cb (PursuitStore *store,
                 gpointer      object,
                 guint        *count)
{
  (*count)++;
}

static void
test_importer_batch_steps (StoreFixture  *fixture,
                           gconstpointer  data)
{
  g_autofree char *text = make_csv (50);
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(PursuitImportBatch) batch = NULL;
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  guint n_added_signals = 0;
  guint n_steps = 0;

  add_job (fixture->store, "Engineer 7", "Company 7", "saved");

  jobs = pursuit_importer_parse (text, strlen (text), "jobs.csv", NULL, &notes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 50);

  g_signal_connect (fixture->store, "job-added", G_CALLBACK (count_signal_cb), &n_added_signals);

  batch = pursuit_import_batch_new (fixture->store, jobs, notes, PURSUIT_DUPLICATES_SKIP);
  g_assert_cmpuint (pursuit_import_batch_get_n_jobs (batch), ==, 50);
  while (!pursuit_import_batch_is_done (batch))
    {
      g_assert_true (pursuit_import_batch_step (batch, 16, &error));
      g_assert_no_error (error);
      n_steps++;
      g_assert_cmpuint (pursuit_import_batch_get_n_done (batch), ==, MIN (n_steps * 16, 50));
    }
  g_assert_cmpuint (n_steps, ==, 4);

  /* The signals wait for the commit. */
  g_assert_cmpuint (n_added_signals, ==, 0);
  report = pursuit_import_batch_commit (batch, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->added->len, ==, 49);
  g_assert_cmpuint (report->n_skipped, ==, 1);
  g_assert_cmpuint (n_added_signals, ==, 49);

  stored = pursuit_store_list_jobs (fixture->store, NULL, &error);
  g_assert_cmpuint (stored->len, ==, 50);

  g_signal_handlers_disconnect_by_func (fixture->store, count_signal_cb, &n_added_signals);
}

/* A backup of everything, without its own time stamp. */
static char *
dump_store (PursuitStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = pursuit_backup_export_json (store, &error);
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;

  g_assert_no_error (error);
  lines = g_strsplit (json, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "\"created_at\" : \"") == NULL)
      g_string_append_printf (out, "%s\n", lines[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_importer_batch_rollback (StoreFixture  *fixture,
                              gconstpointer  data)
{
  g_autofree char *text = make_csv (300);
  g_autofree char *before_json = NULL;
  g_autofree char *after_json = NULL;
  g_autoptr(GBytes) before_db = NULL;
  g_autoptr(GBytes) after_db = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(PursuitImportBatch) batch = NULL;
  g_autoptr(GError) error = NULL;
  guint n_added_signals = 0;

  add_job (fixture->store, "Kept", "Company", "saved");
  before_json = dump_store (fixture->store);
  before_db = read_file (fixture->path);

  jobs = pursuit_importer_parse (text, strlen (text), "jobs.csv", NULL, &notes, &error);
  g_assert_no_error (error);

  g_signal_connect (fixture->store, "job-added", G_CALLBACK (count_signal_cb), &n_added_signals);
  batch = pursuit_import_batch_new (fixture->store, jobs, notes, PURSUIT_DUPLICATES_SKIP);
  g_assert_true (pursuit_import_batch_step (batch, 200, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_import_batch_is_done (batch));

  /* Cancel half-way: nothing stays, no signal went out. */
  pursuit_import_batch_rollback (batch);
  g_assert_cmpuint (n_added_signals, ==, 0);
  after_json = dump_store (fixture->store);
  g_assert_cmpstr (after_json, ==, before_json);
  after_db = read_file (fixture->path);
  g_assert_true (g_bytes_equal (before_db, after_db));
  g_assert_cmpuint (pursuit_backup_count_jobs (fixture->store), ==, 1);

  /* A rolled-back batch goes no further. */
  g_assert_false (pursuit_import_batch_step (batch, 200, &error));
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED);
  g_clear_error (&error);

  /* Freeing an open batch rolls back too. */
  g_clear_pointer (&batch, pursuit_import_batch_free);
  batch = pursuit_import_batch_new (fixture->store, jobs, notes, PURSUIT_DUPLICATES_SKIP);
  g_assert_true (pursuit_import_batch_step (batch, 10, &error));
  g_clear_pointer (&batch, pursuit_import_batch_free);
  g_assert_cmpuint (pursuit_backup_count_jobs (fixture->store), ==, 1);
  g_assert_cmpuint (n_added_signals, ==, 0);

  /* The store still takes writes afterwards. */
  add_job (fixture->store, "After", "Company", "saved");
  g_assert_cmpuint (pursuit_backup_count_jobs (fixture->store), ==, 2);

  g_signal_handlers_disconnect_by_func (fixture->store, count_signal_cb, &n_added_signals);
}

static void
test_importer_batch_failure (StoreFixture  *fixture,
                             gconstpointer  data)
{
  static const char text[] =
    "Company,Title,URL\n"
    "A,One,https://a.example/1\n"
    "B,Two,https://b.example/2\n"
    "C,Three,javascript:alert(1)\n";
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(PursuitImportBatch) batch = NULL;
  g_autoptr(GError) error = NULL;

  jobs = pursuit_importer_parse (text, strlen (text), "bad.csv", NULL, &notes, &error);
  g_assert_no_error (error);

  batch = pursuit_import_batch_new (fixture->store, jobs, notes, PURSUIT_DUPLICATES_SKIP);
  g_assert_true (pursuit_import_batch_step (batch, 2, &error));
  g_assert_false (pursuit_import_batch_step (batch, 2, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "Job 3 of 3 (“Three”): "));
  g_assert_cmpuint (pursuit_backup_count_jobs (fixture->store), ==, 0);
  g_clear_error (&error);

  /* Backups are not parsed job by job. */
  g_clear_pointer (&jobs, g_ptr_array_unref);
  jobs = pursuit_importer_parse ("nothing", 7, NULL, NULL, NULL, &error);
  g_assert_null (jobs);
  g_assert_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/importer/detect", test_importer_detect);
#define ADD(path, func) g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
  ADD ("/importer/csv/duplicates", test_importer_csv_and_duplicates);
  ADD ("/importer/csv/all-or-nothing", test_importer_all_or_nothing);
  ADD ("/importer/html/posting", test_importer_posting_page);
  ADD ("/importer/board/greenhouse", test_importer_board);
  ADD ("/importer/backup", test_importer_backup);
  ADD ("/importer/rejects", test_importer_rejects);
  ADD ("/importer/csv/mapping", test_importer_csv_mapping);
  ADD ("/importer/batch/steps", test_importer_batch_steps);
  ADD ("/importer/batch/rollback", test_importer_batch_rollback);
  ADD ("/importer/batch/failure", test_importer_batch_failure);
#undef ADD

  return g_test_run ();
}
