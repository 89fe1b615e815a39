/* test-store.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "pursuit-job-list.h"
#include "pursuit-pipeline.h"
#include "pursuit-store.h"
#include "pursuit-test-store.h"

static guint
count_rows (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}

static void
test_store_open_creates_private_file (StoreFixture  *fixture,
                                      gconstpointer  data)
{
  struct stat buf;

  g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  g_assert_cmpint (pursuit_store_get_schema_version (fixture->store), ==, PURSUIT_STORE_SCHEMA_VERSION);
  g_assert_cmpstr (pursuit_store_get_path (fixture->store), ==, fixture->path);

  /* WAL leaves its side file next to the database while it is open. */
  add_job (fixture->store, "Engineer", "Acme", NULL);
  g_assert_true (g_file_test (fixture->dir, G_FILE_TEST_IS_DIR));
  {
    g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
    g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  }
}

static void
test_store_default_data_dir (void)
{
  g_autofree char *dir = NULL;

  g_setenv ("PURSUIT_DATA_DIR", "/tmp/pursuit-override", TRUE);
  dir = pursuit_store_default_data_dir ();
  g_assert_cmpstr (dir, ==, "/tmp/pursuit-override");
  g_unsetenv ("PURSUIT_DATA_DIR");

  g_clear_pointer (&dir, g_free);
  dir = pursuit_store_default_data_dir ();
  g_assert_true (g_str_has_suffix (dir, "/pursuit"));
  g_assert_true (g_str_has_prefix (dir, g_get_user_data_dir ()));
}

static void
test_store_job_round_trip (StoreFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(PursuitJob) job = make_job ("Senior Backend Engineer", "Acme GmbH", PURSUIT_STAGE_APPLIED);
  g_autoptr(PursuitJob) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_job_set_location (job, "Berlin, DE");
  pursuit_job_set_remote (job, TRUE);
  pursuit_job_set_salary_min (job, 70000);
  pursuit_job_set_salary_max (job, 90000);
  pursuit_job_set_currency (job, "EUR");
  pursuit_job_set_salary_period (job, "YEAR");
  pursuit_job_set_url (job, "https://jobs.example.com/acme/1");
  pursuit_job_set_apply_url (job, "https://jobs.example.com/acme/1/apply");
  pursuit_job_set_description (job, "Build things.\n\nWith Rust & C.");
  pursuit_job_set_source (job, "greenhouse");
  pursuit_job_set_employment_type (job, "FULL_TIME");
  pursuit_job_set_posted_date (job, "2026-10-01");
  pursuit_job_set_deadline (job, "2026-12-31");
  pursuit_job_set_applied_date (job, "2026-10-05");
  pursuit_job_set_match_score (job, 87);
  pursuit_job_set_resume (job, "cv-2026.pdf");
  pursuit_job_set_cover_letter (job, "acme-letter.pdf");

  id = pursuit_store_add_job (fixture->store, job, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  /* The caller's object is left alone. */
  g_assert_cmpint (pursuit_job_get_id (job), ==, 0);

  stored = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_job_get_id (stored), ==, id);
  g_assert_cmpstr (pursuit_job_get_title (stored), ==, "Senior Backend Engineer");
  g_assert_cmpstr (pursuit_job_get_company (stored), ==, "Acme GmbH");
  g_assert_cmpstr (pursuit_job_get_location (stored), ==, "Berlin, DE");
  g_assert_true (pursuit_job_get_remote (stored));
  g_assert_cmpint (pursuit_job_get_salary_min (stored), ==, 70000);
  g_assert_cmpint (pursuit_job_get_salary_max (stored), ==, 90000);
  g_assert_cmpstr (pursuit_job_get_currency (stored), ==, "EUR");
  g_assert_cmpstr (pursuit_job_get_salary_period (stored), ==, "YEAR");
  g_assert_cmpstr (pursuit_job_get_url (stored), ==, "https://jobs.example.com/acme/1");
  g_assert_cmpstr (pursuit_job_get_apply_url (stored), ==, "https://jobs.example.com/acme/1/apply");
  g_assert_cmpstr (pursuit_job_get_description (stored), ==, "Build things.\n\nWith Rust & C.");
  g_assert_cmpstr (pursuit_job_get_source (stored), ==, "greenhouse");
  g_assert_cmpstr (pursuit_job_get_employment_type (stored), ==, "FULL_TIME");
  g_assert_cmpstr (pursuit_job_get_posted_date (stored), ==, "2026-10-01");
  g_assert_cmpstr (pursuit_job_get_deadline (stored), ==, "2026-12-31");
  g_assert_cmpstr (pursuit_job_get_stage (stored), ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpstr (pursuit_job_get_applied_date (stored), ==, "2026-10-05");
  g_assert_cmpint (pursuit_job_get_match_score (stored), ==, 87);
  g_assert_cmpstr (pursuit_job_get_resume (stored), ==, "cv-2026.pdf");
  g_assert_cmpstr (pursuit_job_get_cover_letter (stored), ==, "acme-letter.pdf");
  g_assert_null (pursuit_job_get_withdraw_reason (stored));
  g_assert_cmpint (pursuit_job_get_created_at (stored), >, 0);
  g_assert_cmpint (pursuit_job_get_updated_at (stored), >=, pursuit_job_get_created_at (stored));
}

static void
test_store_job_defaults (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitJob) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = add_job (fixture->store, "Designer", NULL, NULL);

  stored = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_stage (stored), ==, PURSUIT_STAGE_SAVED);
  g_assert_null (pursuit_job_get_company (stored));
  g_assert_null (pursuit_job_get_applied_date (stored));
  g_assert_cmpint (pursuit_job_get_match_score (stored), ==, -1);
  g_assert_cmpint (pursuit_job_get_salary_min (stored), ==, 0);
}

typedef struct
{
  const char *name;
  void (*prepare) (PursuitJob *job);
  const char *message_part;
} InvalidCase;

static void set_empty_title (PursuitJob *job) { pursuit_job_set_title (job, "   "); }
static void set_unknown_stage (PursuitJob *job) { pursuit_job_set_stage (job, "dreaming"); }
static void set_salary_inverted (PursuitJob *job) { pursuit_job_set_salary_min (job, 90000); pursuit_job_set_salary_max (job, 50000); }
static void set_bad_date (PursuitJob *job) { pursuit_job_set_deadline (job, "2026-02-30"); }
static void set_bad_date_format (PursuitJob *job) { pursuit_job_set_posted_date (job, "31.12.2026"); }
static void set_bad_url (PursuitJob *job) { pursuit_job_set_url (job, "javascript:alert(1)"); }
static void set_bad_currency (PursuitJob *job) { pursuit_job_set_currency (job, "euro"); }
static void set_invalid_utf8 (PursuitJob *job) { pursuit_job_set_location (job, "Z\xfcrich"); }
static void set_withdrawn_no_reason (PursuitJob *job) { pursuit_job_set_stage (job, PURSUIT_STAGE_WITHDRAWN); }

static const InvalidCase invalid_cases[] = {
  { "empty-title", set_empty_title, "title" },
  { "unknown-stage", set_unknown_stage, "dreaming" },
  { "salary-inverted", set_salary_inverted, "above the maximum" },
  { "bad-date", set_bad_date, "2026-02-30" },
  { "bad-date-format", set_bad_date_format, "YYYY-MM-DD" },
  { "bad-url", set_bad_url, "javascript:alert(1)" },
  { "bad-currency", set_bad_currency, "euro" },
  { "invalid-utf8", set_invalid_utf8, "UTF-8" },
  { "withdrawn-no-reason", set_withdrawn_no_reason, "reason" },
};

static void
test_store_job_invalid (StoreFixture  *fixture,
                        gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autoptr(PursuitJob) job = make_job ("Engineer", "Acme", NULL);
      g_autoptr(GError) error = NULL;
      gint64 id;

      invalid_cases[i].prepare (job);
      id = pursuit_store_add_job (fixture->store, job, &error);

      g_test_message ("case %s: %s", invalid_cases[i].name, error ? error->message : "(none)");
      g_assert_cmpint (id, ==, 0);
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, invalid_cases[i].message_part));
    }

  /* Nothing of the refused jobs was written, not even their company. */
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM jobs"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM companies"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM events"), ==, 0);
}

static void
count_signal_cb (gpointer  instance,
                 gpointer  arg,
                 guint    *count)
{
  (*count)++;
}

static void
test_store_batch_rollback (StoreFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(PursuitJob) bad = make_job ("", "Acme", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  guint added = 0;

  g_signal_connect (fixture->store, "job-added", G_CALLBACK (count_signal_cb), &added);

  g_assert_true (pursuit_store_begin (fixture->store, &error));
  add_job (fixture->store, "One", "Acme", NULL);
  add_job (fixture->store, "Two", "Initech", NULL);
  /* Held back until the batch commits. */
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpint (pursuit_store_add_job (fixture->store, bad, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  pursuit_store_rollback (fixture->store);

  g_assert_cmpuint (added, ==, 0);
  jobs = pursuit_store_list_jobs (fixture->store, NULL, NULL);
  g_assert_cmpuint (jobs->len, ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM companies"), ==, 0);

  g_clear_error (&error);
  g_assert_true (pursuit_store_begin (fixture->store, &error));
  add_job (fixture->store, "One", "Acme", NULL);
  add_job (fixture->store, "Two", "Acme", NULL);
  g_assert_true (pursuit_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM companies"), ==, 1);
}

static void
count_reloaded_cb (PursuitStore *store,
                   guint        *count)
{
  (*count)++;
}

static void
count_stage_changed_cb (PursuitStore *store,
                        PursuitJob   *job,
                        const char   *from,
                        const char   *to,
                        guint        *count)
{
  (*count)++;
}

/* A transaction of many writes is announced as one "reloaded"; the
 * stage changes the automation acts on are still announced one by one. */
static void
test_store_batch_collapses_signals (StoreFixture  *fixture,
                                    gconstpointer  data)
{
  g_autoptr(PursuitJobList) list = pursuit_job_list_new (fixture->store, NULL);
  g_autoptr(GError) error = NULL;
  guint added = 0, reloaded = 0, stage_changes = 0;
  gint64 first = 0;

  g_signal_connect (fixture->store, "job-added", G_CALLBACK (count_signal_cb), &added);
  g_signal_connect (fixture->store, "reloaded", G_CALLBACK (count_reloaded_cb), &reloaded);
  g_signal_connect (fixture->store, "stage-changed", G_CALLBACK (count_stage_changed_cb), &stage_changes);

  /* Below the threshold: every signal. */
  g_assert_true (pursuit_store_begin (fixture->store, &error));
  for (guint i = 0; i < 10; i++)
    add_job (fixture->store, "Small", "Acme", NULL);
  g_assert_true (pursuit_store_commit (fixture->store, &error));
  g_assert_cmpuint (added, ==, 10);
  g_assert_cmpuint (reloaded, ==, 0);

  g_assert_true (pursuit_store_begin (fixture->store, &error));
  for (guint i = 0; i < PURSUIT_STORE_COLLAPSE_SIGNALS; i++)
    {
      g_autofree char *title = g_strdup_printf ("Large %u", i);
      gint64 id = add_job (fixture->store, title, "Initech", "saved");

      if (first == 0)
        first = id;
    }
  g_assert_true (pursuit_store_move_job (fixture->store, first, "applied", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_commit (fixture->store, &error));

  g_assert_cmpuint (added, ==, 10);
  g_assert_cmpuint (reloaded, ==, 1);
  g_assert_cmpuint (stage_changes, ==, 1);
  /* Lists follow the reload. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==,
                    10 + PURSUIT_STORE_COLLAPSE_SIGNALS);
}

static void
test_store_update_and_remove (StoreFixture  *fixture,
                              gconstpointer  data)
{
  gint64 id = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) again = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0, removed = 0;

  g_signal_connect (fixture->store, "job-changed", G_CALLBACK (count_signal_cb), &changed);
  g_signal_connect (fixture->store, "job-removed", G_CALLBACK (count_signal_cb), &removed);

  job = pursuit_store_get_job (fixture->store, id, &error);
  pursuit_job_set_title (job, "Staff Engineer");
  pursuit_job_set_company (job, "Initech");
  g_assert_true (pursuit_store_update_job (fixture->store, job, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  again = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpstr (pursuit_job_get_title (again), ==, "Staff Engineer");
  g_assert_cmpstr (pursuit_job_get_company (again), ==, "Initech");

  /* An invalid update changes nothing. */
  pursuit_job_set_salary_min (job, 10);
  pursuit_job_set_salary_max (job, 5);
  g_assert_false (pursuit_store_update_job (fixture->store, job, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&again);
  again = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpint (pursuit_job_get_salary_min (again), ==, 0);
  g_assert_cmpuint (changed, ==, 1);

  g_assert_true (pursuit_store_remove_job (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (removed, ==, 1);
  g_assert_null (pursuit_store_get_job (fixture->store, id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (pursuit_store_remove_job (fixture->store, id, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_store_search (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(PursuitJob) job = make_job ("Backend Engineer", "Zürich Café AG", NULL);
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const hostile[] = {
    "\"", "NEAR(", "title:", "*", "a OR", "(((", "'; DROP TABLE jobs; --", "-", "^x",
  };
  gint64 id;

  pursuit_job_set_location (job, "Zürich, CH");
  pursuit_job_set_description (job, "We use PostgreSQL and Kubernetes.");
  id = pursuit_store_add_job (fixture->store, job, &error);
  g_assert_no_error (error);
  add_job (fixture->store, "Product Designer", "Initech", NULL);

  pursuit_note_set_job_id (note, id);
  pursuit_note_set_body (note, "Recruiter mentioned a hackathon");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, note, &error), >, 0);

#define ASSERT_FINDS(query, n) \
  G_STMT_START { \
    g_autoptr(GPtrArray) result = pursuit_store_search_jobs (fixture->store, query, &error); \
    g_assert_no_error (error); \
    g_assert_cmpuint (result->len, ==, n); \
  } G_STMT_END

  ASSERT_FINDS ("backend", 1);
  ASSERT_FINDS ("engin", 1);            /* prefix */
  ASSERT_FINDS ("zurich", 1);           /* diacritics folded */
  ASSERT_FINDS ("cafe", 1);             /* company */
  ASSERT_FINDS ("kubernetes", 1);       /* description */
  ASSERT_FINDS ("hackathon", 1);        /* note */
  ASSERT_FINDS ("designer initech", 1); /* every word must match */
  ASSERT_FINDS ("designer acme", 0);
  ASSERT_FINDS ("", 2);                 /* nothing typed: everything */

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(GPtrArray) result = pursuit_store_search_jobs (fixture->store, hostile[i], &error);
      g_assert_no_error (error);
      g_assert_nonnull (result);
    }

  found = pursuit_store_search_jobs (fixture->store, "\xff\xfe", &error);
  g_assert_null (found);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The index follows edits and removals. */
  g_assert_true (pursuit_store_remove_job (fixture->store, id, &error));
  ASSERT_FINDS ("hackathon", 0);
  ASSERT_FINDS ("backend", 0);

#undef ASSERT_FINDS
}

static void
test_store_search_ids_follow_writes (StoreFixture  *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) again = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first = add_job (fixture->store, "Rust Engineer", "Acme", NULL);
  gint64 second;

  before = pursuit_store_search_ids (fixture->store, "rust", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (before), ==, 1);
  g_assert_true (g_hash_table_contains (before, &first));

  /* Asked twice without a write in between: the same answer. */
  again = pursuit_store_search_ids (fixture->store, "  rust ", &error);
  g_assert_true (again == before);

  /* A write makes the next search look again. */
  second = add_job (fixture->store, "Rustacean", "Initech", NULL);
  after = pursuit_store_search_ids (fixture->store, "rust", &error);
  g_assert_cmpuint (g_hash_table_size (after), ==, 2);
  g_assert_true (g_hash_table_contains (after, &second));
  g_assert_cmpuint (g_hash_table_size (before), ==, 1);

  g_assert_null (pursuit_store_search_ids (fixture->store, " ", &error));
  g_assert_no_error (error);
}

static void
test_store_duplicates (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitJob) by_url = make_job ("Something else", "Other", NULL);
  g_autoptr(PursuitJob) by_name = make_job ("  backend engineer ", "ACME", NULL);
  g_autoptr(PursuitJob) different = make_job ("Frontend Engineer", "Acme", NULL);
  g_autoptr(PursuitJob) first = make_job ("Backend Engineer", "Acme", NULL);
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_job_set_url (first, "https://example.com/jobs/1");
  id = pursuit_store_add_job (fixture->store, first, &error);
  g_assert_no_error (error);

  pursuit_job_set_url (by_url, "https://example.com/jobs/1");
  g_assert_cmpint (pursuit_store_find_duplicate (fixture->store, by_url), ==, id);
  g_assert_cmpint (pursuit_store_find_duplicate (fixture->store, by_name), ==, id);
  g_assert_cmpint (pursuit_store_find_duplicate (fixture->store, different), ==, 0);
}

static void
test_store_stages (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) stages = pursuit_store_list_stages (fixture->store);
  g_autoptr(GPtrArray) reordered = NULL;
  g_autoptr(PursuitStage) renamed = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *categories = pursuit_pipeline_get_categories ();
  const char *order[11];
  guint changed = 0;

  g_signal_connect (fixture->store, "stages-changed", G_CALLBACK (count_signal_cb), &changed);

  g_assert_cmpuint (stages->len, ==, 10);
  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      g_assert_cmpstr (pursuit_stage_get_key (stage), ==, categories[i]);
      g_assert_cmpstr (pursuit_stage_get_category (stage), ==, categories[i]);
      g_assert_cmpstr (pursuit_stage_get_label (stage), ==, pursuit_pipeline_get_default_label (categories[i]));
      g_assert_cmpint (strlen (pursuit_stage_get_color (stage)), ==, 7);
    }

  g_assert_true (pursuit_store_update_stage (fixture->store, "saved", "  Wishlist ", "#ff7800", &error));
  g_assert_no_error (error);
  renamed = pursuit_store_get_stage (fixture->store, "saved");
  g_assert_cmpstr (pursuit_stage_get_label (renamed), ==, "Wishlist");
  g_assert_cmpstr (pursuit_stage_get_color (renamed), ==, "#ff7800");
  g_assert_cmpstr (pursuit_stage_get_category (renamed), ==, "saved");

  g_assert_false (pursuit_store_update_stage (fixture->store, "saved", NULL, "red", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_update_stage (fixture->store, "nope", "X", NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Reverse the order. */
  for (guint i = 0; i < 10; i++)
    order[i] = categories[9 - i];
  order[10] = NULL;
  g_assert_true (pursuit_store_reorder_stages (fixture->store, order, &error));
  g_assert_no_error (error);
  reordered = pursuit_store_list_stages (fixture->store);
  g_assert_cmpstr (pursuit_stage_get_key (g_ptr_array_index (reordered, 0)), ==, "ghosted");
  g_assert_cmpstr (pursuit_stage_get_key (g_ptr_array_index (reordered, 9)), ==, "saved");

  /* Incomplete or repeated orders are refused. */
  order[9] = order[0];
  g_assert_false (pursuit_store_reorder_stages (fixture->store, order, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  order[9] = NULL;
  g_assert_false (pursuit_store_reorder_stages (fixture->store, order, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);

  /* An empty label restores the default one. */
  g_clear_error (&error);
  g_assert_true (pursuit_store_update_stage (fixture->store, "saved", "", NULL, &error));
  g_clear_object (&renamed);
  renamed = pursuit_store_get_stage (fixture->store, "saved");
  g_assert_cmpstr (pursuit_stage_get_label (renamed), ==, pursuit_pipeline_get_default_label ("saved"));

  g_assert_cmpuint (changed, ==, 3);
}

static void
test_store_notes (StoreFixture  *fixture,
                  gconstpointer  data)
{
  gint64 id = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(PursuitNote) reminder = pursuit_note_new ();
  g_autoptr(PursuitNote) empty = pursuit_note_new ();
  g_autoptr(PursuitNote) orphan = pursuit_note_new ();
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  guint added = 0;

  g_signal_connect (fixture->store, "note-added", G_CALLBACK (count_signal_cb), &added);

  pursuit_note_set_job_id (note, id);
  pursuit_note_set_body (note, "Asked about <b>relocation</b>");
  pursuit_note_set_tags (note, "relocation,benefits");
  pursuit_note_set_priority (note, 2);
  g_assert_cmpint (pursuit_store_add_note (fixture->store, note, &error), >, 0);
  g_assert_no_error (error);

  pursuit_note_set_job_id (reminder, id);
  pursuit_note_set_kind (reminder, "reminder");
  pursuit_note_set_body (reminder, "Call back");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, reminder, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  pursuit_note_set_due_at (reminder, 1800000000);
  g_assert_cmpint (pursuit_store_add_note (fixture->store, reminder, &error), >, 0);
  g_assert_no_error (error);

  pursuit_note_set_job_id (empty, id);
  pursuit_note_set_body (empty, "  \n ");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, empty, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  pursuit_note_set_job_id (orphan, id + 100);
  pursuit_note_set_body (orphan, "Lost");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, orphan, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (pursuit_store_set_note_done (fixture->store, pursuit_note_get_id (reminder), TRUE, &error));
  g_assert_no_error (error);

  notes = pursuit_store_list_notes (fixture->store, id);
  g_assert_cmpuint (notes->len, ==, 2);
  g_assert_cmpstr (pursuit_note_get_body (g_ptr_array_index (notes, 0)), ==, "Asked about <b>relocation</b>");
  g_assert_cmpstr (pursuit_note_get_tags (g_ptr_array_index (notes, 0)), ==, "relocation,benefits");
  g_assert_cmpint (pursuit_note_get_priority (g_ptr_array_index (notes, 0)), ==, 2);
  g_assert_cmpstr (pursuit_note_get_kind (g_ptr_array_index (notes, 1)), ==, "reminder");
  g_assert_cmpint (pursuit_note_get_due_at (g_ptr_array_index (notes, 1)), ==, 1800000000);
  g_assert_true (pursuit_note_get_done (g_ptr_array_index (notes, 1)));
  g_assert_cmpuint (added, ==, 2);

  /* Notes go when their job goes. */
  g_assert_true (pursuit_store_remove_job (fixture->store, id, &error));
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM notes"), ==, 0);
}

static void
test_store_cache_and_outbox (StoreFixture  *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;
  g_autofree char *missing = NULL;

  g_assert_true (pursuit_store_cache_set (fixture->store, "company", "acme", "{\"size\":10}",
                                          30 * G_TIME_SPAN_DAY, &error));
  g_assert_no_error (error);
  value = pursuit_store_cache_get (fixture->store, "company", "acme");
  g_assert_cmpstr (value, ==, "{\"size\":10}");
  missing = pursuit_store_cache_get (fixture->store, "analysis", "acme");
  g_assert_null (missing);

  g_assert_cmpint (pursuit_store_enqueue_outbox (fixture->store, "calendar.create-event", "{}", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM outbox WHERE state = 'pending'"), ==, 1);
}

static void
test_store_contacts_and_documents (StoreFixture  *fixture,
                                   gconstpointer  data)
{
  gint64 id = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (pursuit_store_add_contact (fixture->store, id, "Ada", "Recruiter", "ada@acme.example", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_store_add_contact (fixture->store, id, "Bob", NULL, "not-an-address", &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (pursuit_store_add_document (fixture->store, id, "resume", "CV 2026", "/home/u/cv.pdf", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_store_add_document (fixture->store, 0, "cover_letter", "Generic letter", NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_store_add_document (fixture->store, id, "poem", "X", NULL, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);

  g_assert_cmpuint (count_rows (fixture->path,
                                "SELECT count(*) FROM contacts c JOIN companies co ON co.id = c.company_id"
                                " WHERE co.name = 'Acme'"), ==, 1);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM documents"), ==, 2);
}

static void
test_store_job_list_follows_store (StoreFixture  *fixture,
                                   gconstpointer  data)
{
  g_autoptr(PursuitJobList) all = pursuit_job_list_new (fixture->store, NULL);
  g_autoptr(PursuitJobList) saved = pursuit_job_list_new (fixture->store, PURSUIT_STAGE_SAVED);
  g_autoptr(PursuitJobList) applied = pursuit_job_list_new (fixture->store, PURSUIT_STAGE_APPLIED);
  g_autoptr(PursuitJob) first = NULL;
  g_autoptr(GError) error = NULL;
  gint64 a, b;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (all)) == PURSUIT_TYPE_JOB);

  a = add_job (fixture->store, "Rust Engineer", "Acme", NULL);
  b = add_job (fixture->store, "Go Engineer", "Initech", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (saved)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (applied)), ==, 0);

  g_assert_true (pursuit_store_move_job (fixture->store, a, PURSUIT_STAGE_APPLIED, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (saved)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (applied)), ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (applied), 0);
  g_assert_cmpint (pursuit_job_get_id (first), ==, a);
  g_assert_cmpstr (pursuit_job_get_stage (first), ==, PURSUIT_STAGE_APPLIED);

  pursuit_job_list_set_query (all, "rust");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 1);
  add_job (fixture->store, "Rust Tooling Lead", "Umbrella", NULL);
  add_job (fixture->store, "Chef", "Diner", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 2);
  pursuit_job_list_set_query (all, "  ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 4);

  g_assert_true (pursuit_store_remove_job (fixture->store, b, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (saved)), ==, 2);
}

static void
undo_stage_changed_cb (PursuitStore *store,
                       PursuitJob   *job,
                       const char   *from,
                       const char   *to,
                       GString      *log)
{
  g_string_append_printf (log, "%s>%s;", from, to);
}

static void
test_store_undo_move (StoreFixture  *fixture,
                      gconstpointer  data)
{
  gint64 id = add_job (fixture->store, "Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) events = NULL;
  PursuitTimelineEvent *last;

  g_signal_connect (fixture->store, "stage-changed", G_CALLBACK (undo_stage_changed_cb), log);

  /* Rejected is closed: only the undo can take the job back. */
  g_assert_true (pursuit_store_move_job (fixture->store, id, PURSUIT_STAGE_REJECTED, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_store_move_job (fixture->store, id, PURSUIT_STAGE_APPLIED, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
  g_clear_error (&error);

  /* Not the stage it came from: refused, nothing written. */
  g_assert_false (pursuit_store_undo_move (fixture->store, id, PURSUIT_STAGE_SCREENING, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
  g_clear_error (&error);

  g_assert_true (pursuit_store_undo_move (fixture->store, id, PURSUIT_STAGE_APPLIED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "applied>rejected;rejected>applied;");

  job = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_APPLIED);

  events = pursuit_store_list_events (fixture->store, id);
  last = NULL;
  for (guint i = 0; i < events->len; i++)
    {
      PursuitTimelineEvent *event = g_ptr_array_index (events, i);
      if (g_strcmp0 (pursuit_timeline_event_get_detail (event), "undo") == 0)
        last = event;
    }
  g_assert_nonnull (last);
  g_assert_cmpstr (pursuit_timeline_event_get_kind (last), ==, "stage-changed");
  g_assert_cmpstr (pursuit_timeline_event_get_from_stage (last), ==, PURSUIT_STAGE_REJECTED);
  g_assert_cmpstr (pursuit_timeline_event_get_to_stage (last), ==, PURSUIT_STAGE_APPLIED);

  /* The job has moved on since the move: the undo is refused. */
  g_assert_true (pursuit_store_move_job (fixture->store, id, PURSUIT_STAGE_SCREENING, NULL, &error));
  g_assert_true (pursuit_store_move_job (fixture->store, id, PURSUIT_STAGE_OFFER, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_store_undo_move (fixture->store, id, PURSUIT_STAGE_APPLIED, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
  g_clear_error (&error);

  /* Withdrawing and taking it back drops the reason. */
  g_assert_true (pursuit_store_move_job (fixture->store, id, PURSUIT_STAGE_WITHDRAWN, "Took another offer", &error));
  g_assert_true (pursuit_store_undo_move (fixture->store, id, PURSUIT_STAGE_OFFER, &error));
  g_assert_no_error (error);
  g_clear_object (&job);
  job = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_OFFER);
  g_assert_null (pursuit_job_get_withdraw_reason (job));

  g_assert_false (pursuit_store_undo_move (fixture->store, 4242, PURSUIT_STAGE_OFFER, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

typedef struct
{
  GPtrArray *shadow;
  guint      removed;
  guint      added;
} Shadow;

/* Replays every items-changed on a copy, reading added items at the time
 * of the signal, as a list view does. */
static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Shadow     *shadow)
{
  g_assert_cmpuint (position + removed, <=, shadow->shadow->len);
  g_ptr_array_remove_range (shadow->shadow, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (shadow->shadow, position + i, g_list_model_get_item (model, position + i));

  g_assert_cmpuint (shadow->shadow->len, ==, g_list_model_get_n_items (model));
  shadow->removed += removed;
  shadow->added += added;
}

static void
assert_shadow_matches (Shadow     *shadow,
                       GListModel *model)
{
  g_assert_cmpuint (shadow->shadow->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < shadow->shadow->len; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (model, i);
      g_assert_true (job == g_ptr_array_index (shadow->shadow, i));
    }
}

static void
test_store_job_list_minimal_changes (StoreFixture  *fixture,
                                     gconstpointer  data)
{
  static const char * const titles[] = {
    "Rust Engineer", "Chef", "Rust Tooling Lead", "Go Engineer", "Baker", "Rustacean Advocate",
    "Designer", "Engineering Manager",
  };
  g_autoptr(PursuitJobList) list = NULL;
  Shadow shadow = { g_ptr_array_new_with_free_func (g_object_unref), 0, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    add_job (fixture->store, titles[i], "Acme", NULL);

  list = pursuit_job_list_new (fixture->store, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_ptr_array_add (shadow.shadow, g_list_model_get_item (G_LIST_MODEL (list), i));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &shadow);

  /* Narrowing only removes: the jobs that stay are never re-announced. */
  pursuit_job_list_set_query (list, "engineer");
  assert_shadow_matches (&shadow, G_LIST_MODEL (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  g_assert_cmpuint (shadow.removed, ==, 5);
  g_assert_cmpuint (shadow.added, ==, 0);

  shadow.removed = shadow.added = 0;
  pursuit_job_list_set_query (list, "rust");
  assert_shadow_matches (&shadow, G_LIST_MODEL (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  /* "Rust Engineer" stays; two go, two come. */
  g_assert_cmpuint (shadow.removed, ==, 2);
  g_assert_cmpuint (shadow.added, ==, 2);

  shadow.removed = shadow.added = 0;
  pursuit_job_list_set_query (list, NULL);
  assert_shadow_matches (&shadow, G_LIST_MODEL (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, G_N_ELEMENTS (titles));
  g_assert_cmpuint (shadow.removed, ==, 0);
  g_assert_cmpuint (shadow.added, ==, 5);

  g_ptr_array_unref (shadow.shadow);
}

static void
test_store_job_list_activity_moves_job_first (StoreFixture  *fixture,
                                              gconstpointer  data)
{
  g_autoptr(PursuitJobList) list = NULL;
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(PursuitJob) first = NULL;
  g_autoptr(GError) error = NULL;
  Shadow shadow = { g_ptr_array_new_with_free_func (g_object_unref), 0, 0 };
  gint64 oldest = add_job (fixture->store, "Oldest", "Acme", NULL);

  add_job (fixture->store, "Middle", "Acme", NULL);
  add_job (fixture->store, "Newest", "Acme", NULL);

  list = pursuit_job_list_new (fixture->store, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_ptr_array_add (shadow.shadow, g_list_model_get_item (G_LIST_MODEL (list), i));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &shadow);

  /* Tagging the last job, or adding a note to it, updates it: it comes
   * first, and every items-changed matches the model when it is emitted
   * (the handler checks). */
  g_assert_true (pursuit_store_tag_jobs (fixture->store, &oldest, 1, "python", &error));
  g_assert_no_error (error);
  assert_shadow_matches (&shadow, G_LIST_MODEL (list));
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpint (pursuit_job_get_id (first), ==, oldest);
  g_assert_true (pursuit_job_has_tag (first, "python"));
  g_clear_object (&first);

  pursuit_note_set_job_id (note, oldest);
  pursuit_note_set_body (note, "Call back");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, note, &error), >, 0);
  assert_shadow_matches (&shadow, G_LIST_MODEL (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);

  g_ptr_array_unref (shadow.shadow);
}

static char *
join_tags (PursuitJob *job)
{
  return g_strjoinv ("|", (char **)pursuit_job_get_tags (job));
}

static void
count_job_changed_cb (PursuitStore *store,
                      PursuitJob   *job,
                      GPtrArray    *changed)
{
  g_ptr_array_add (changed, g_object_ref (job));
}

static void
test_store_tags_round_trip (StoreFixture  *fixture,
                            gconstpointer  data)
{
  const char *tags[] = { " Python ", "python", "Dream job", "", "fintech", "Équipe", "équipe", NULL };
  g_autoptr(PursuitJob) job = make_job ("Backend Engineer", "Acme", NULL);
  g_autoptr(PursuitJob) stored = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *joined = NULL;
  g_auto(GStrv) all_tags = NULL;
  gint64 id;

  /* The job itself normalises: trimmed, no empty ones, one spelling per
   * tag whatever its case, sorted without case. */
  pursuit_job_set_tags (job, tags);
  joined = join_tags (job);
  g_assert_cmpstr (joined, ==, "Dream job|fintech|Python|Équipe");
  g_assert_true (pursuit_job_has_tag (job, "DREAM JOB"));
  g_assert_true (pursuit_job_has_tag (job, " équipe "));
  g_assert_false (pursuit_job_has_tag (job, "dream"));
  g_clear_pointer (&joined, g_free);

  id = pursuit_store_add_job (fixture->store, job, &error);
  g_assert_no_error (error);

  stored = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_no_error (error);
  joined = join_tags (stored);
  g_assert_cmpstr (joined, ==, "Dream job|fintech|Python|Équipe");
  g_clear_pointer (&joined, g_free);

  jobs = pursuit_store_list_jobs (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  joined = join_tags (g_ptr_array_index (jobs, 0));
  g_assert_cmpstr (joined, ==, "Dream job|fintech|Python|Équipe");
  g_clear_pointer (&joined, g_free);

  /* A tag word finds the job; the index follows an update of the tags. */
  found = pursuit_store_search_jobs (fixture->store, "fintech", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  pursuit_job_set_tags (stored, (const char *[]) { "remote-first", "python", NULL });
  g_assert_true (pursuit_store_update_job (fixture->store, stored, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = pursuit_store_get_job (fixture->store, id, &error);
  joined = join_tags (stored);
  g_assert_cmpstr (joined, ==, "python|remote-first");

  found = pursuit_store_search_jobs (fixture->store, "fintech", &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = pursuit_store_search_jobs (fixture->store, "remote-first", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (pursuit_store_job_matches (fixture->store, id, "pyth"));

  all_tags = pursuit_store_list_tags (fixture->store);
  g_clear_pointer (&joined, g_free);
  joined = g_strjoinv ("|", all_tags);
  g_assert_cmpstr (joined, ==, "python|remote-first");

  /* Removing the job takes its tags and its index entry with it. */
  g_assert_true (pursuit_store_remove_job (fixture->store, id, &error));
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM job_tags"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM jobs_fts"), ==, 0);
}

static void
test_store_tags_hostile (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autofree char *huge = g_strnfill (10 * 1024, 'x');
  g_autofree char *long_tag = g_strnfill (65, 'y');
  g_autofree char *just_fits = g_strnfill (64, 'z');
  const char *bad[] = { "in\xff" "valid", "a,b", huge, long_tag, "line\nbreak", "tab\there", "bell\a", NULL };
  gint64 id = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = NULL;

  g_signal_connect (fixture->store, "job-changed", G_CALLBACK (count_job_changed_cb), changed);

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(PursuitJob) fresh = make_job ("Tagged", "Acme", NULL);
      g_autoptr(PursuitJob) current = pursuit_store_get_job (fixture->store, id, NULL);

      pursuit_job_set_tags (fresh, (const char *[]) { "fine", bad[i], NULL });
      g_assert_cmpint (pursuit_store_add_job (fixture->store, fresh, &error), ==, 0);
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpuint (strlen (error->message), <, 200);
      g_clear_error (&error);

      pursuit_job_set_tags (current, (const char *[]) { bad[i], NULL });
      g_assert_false (pursuit_store_update_job (fixture->store, current, &error));
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
      g_clear_error (&error);

      g_assert_false (pursuit_store_tag_jobs (fixture->store, &id, 1, bad[i], &error));
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
      g_clear_error (&error);
    }

  /* Empty after trimming: not a tag. */
  g_assert_false (pursuit_store_tag_jobs (fixture->store, &id, 1, "", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_tag_jobs (fixture->store, &id, 1, "   ", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM job_tags"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM jobs"), ==, 1);
  g_assert_cmpuint (changed->len, ==, 0);

  /* 64 characters, counted as characters rather than bytes, are fine. */
  g_assert_true (pursuit_store_tag_jobs (fixture->store, &id, 1, just_fits, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_tag_jobs (fixture->store, &id, 1, "ééééééééééééééééééééééééééééééééééééééééé", &error));
  g_assert_no_error (error);
  job = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpuint (g_strv_length ((char **)pursuit_job_get_tags (job)), ==, 2);
}

static void
test_store_tags_bulk (StoreFixture  *fixture,
                      gconstpointer  data)
{
  gint64 ids[3];
  gint64 with_missing[2];
  g_autoptr(PursuitJob) job = make_job ("Data Engineer", "Initech", NULL);
  g_autoptr(PursuitJob) loaded = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) sources = NULL;
  g_autofree char *joined = NULL;

  ids[0] = add_job (fixture->store, "Engineer", "Acme", NULL);
  ids[1] = add_job (fixture->store, "Designer", "Acme", NULL);
  pursuit_job_set_tags (job, (const char *[]) { "Referral", NULL });
  pursuit_job_set_source (job, "LinkedIn");
  ids[2] = pursuit_store_add_job (fixture->store, job, &error);
  g_assert_no_error (error);

  g_signal_connect (fixture->store, "job-changed", G_CALLBACK (count_job_changed_cb), changed);

  /* One job has the tag already, in another case: it keeps its spelling
   * and is not announced. */
  g_assert_true (pursuit_store_tag_jobs (fixture->store, ids, 3, " referral ", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len, ==, 2);
  g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (changed, 0)), ==, ids[0]);
  g_assert_true (pursuit_job_has_tag (g_ptr_array_index (changed, 0), "referral"));
  g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (changed, 1)), ==, ids[1]);

  loaded = pursuit_store_get_job (fixture->store, ids[2], &error);
  joined = join_tags (loaded);
  g_assert_cmpstr (joined, ==, "Referral");
  g_clear_pointer (&joined, g_free);

  g_assert_true (pursuit_store_tag_jobs (fixture->store, ids, 2, "fintech", &error));
  g_assert_no_error (error);
  tags = pursuit_store_list_tags (fixture->store);
  joined = g_strjoinv ("|", tags);
  g_assert_cmpstr (joined, ==, "fintech|referral");
  g_clear_pointer (&joined, g_free);

  /* A missing job fails the whole batch: the first job keeps its tags and
   * nothing is announced. */
  g_ptr_array_set_size (changed, 0);
  with_missing[0] = ids[2];
  with_missing[1] = 4242;
  g_assert_false (pursuit_store_tag_jobs (fixture->store, with_missing, 2, "python", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (changed->len, ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM job_tags WHERE tag = 'python'"), ==, 0);

  /* Untagging ignores case and jobs without the tag. */
  g_assert_true (pursuit_store_untag_jobs (fixture->store, ids, 3, "FINTECH", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len, ==, 2);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM job_tags WHERE tag = 'fintech'"), ==, 0);
  g_assert_true (pursuit_store_untag_jobs (fixture->store, ids, 3, "referral", &error));
  g_clear_pointer (&tags, g_strfreev);
  tags = pursuit_store_list_tags (fixture->store);
  g_assert_cmpuint (g_strv_length (tags), ==, 0);

  /* Nothing to do is no error. */
  g_assert_true (pursuit_store_tag_jobs (fixture->store, NULL, 0, "python", &error));
  g_assert_no_error (error);

  sources = pursuit_store_list_sources (fixture->store);
  joined = g_strjoinv ("|", sources);
  g_assert_cmpstr (joined, ==, "LinkedIn");
}

static void
test_store_tags_batch_rollback (StoreFixture  *fixture,
                                gconstpointer  data)
{
  gint64 id = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(PursuitJob) tagged = make_job ("Designer", "Acme", NULL);
  g_autoptr(PursuitJob) bad = make_job ("", "Acme", NULL);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  g_signal_connect (fixture->store, "job-changed", G_CALLBACK (count_job_changed_cb), changed);

  g_assert_true (pursuit_store_begin (fixture->store, &error));
  g_assert_true (pursuit_store_tag_jobs (fixture->store, &id, 1, "python", &error));
  pursuit_job_set_tags (tagged, (const char *[]) { "design", NULL });
  g_assert_cmpint (pursuit_store_add_job (fixture->store, tagged, &error), >, 0);
  g_assert_cmpint (pursuit_store_add_job (fixture->store, bad, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  pursuit_store_rollback (fixture->store);

  g_assert_cmpuint (changed->len, ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM job_tags"), ==, 0);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM jobs"), ==, 1);
  g_assert_cmpuint (count_rows (fixture->path, "SELECT count(*) FROM jobs_fts WHERE jobs_fts MATCH 'python'"), ==, 0);
  job = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpuint (g_strv_length ((char **)pursuit_job_get_tags (job)), ==, 0);
}

static void
test_store_stage_changed_at (StoreFixture  *fixture,
                             gconstpointer  data)
{
  g_autoptr(PursuitJob) job = make_job ("Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  g_autoptr(PursuitJob) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  gint64 moved_at;
  gint64 id;

  /* A job that never moved has been in its stage since it was created. */
  pursuit_job_set_created_at (job, 1600000000);
  id = pursuit_store_add_job (fixture->store, job, &error);
  g_assert_no_error (error);
  stored = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpint (pursuit_job_get_stage_changed_at (stored), ==, 1600000000);

  /* Editing other fields leaves it, whatever the caller sends. */
  pursuit_job_set_location (stored, "Lyon");
  pursuit_job_set_stage_changed_at (stored, 42);
  g_assert_true (pursuit_store_update_job (fixture->store, stored, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpint (pursuit_job_get_stage_changed_at (stored), ==, 1600000000);
  g_clear_object (&stored);

  /* A move starts it again; undoing the move gives the old time back. */
  g_assert_true (pursuit_store_move_job (fixture->store, id, PURSUIT_STAGE_SCREENING, NULL, &error));
  g_assert_no_error (error);
  stored = pursuit_store_get_job (fixture->store, id, &error);
  moved_at = pursuit_job_get_stage_changed_at (stored);
  g_assert_cmpint (moved_at, >=, before);
  g_assert_cmpint (moved_at, <=, g_get_real_time () / G_USEC_PER_SEC);
  g_clear_object (&stored);

  g_assert_true (pursuit_store_undo_move (fixture->store, id, PURSUIT_STAGE_APPLIED, &error));
  g_assert_no_error (error);
  stored = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpint (pursuit_job_get_stage_changed_at (stored), ==, 1600000000);
  g_clear_object (&stored);

  /* Two moves, one taken back: the job is back to the first move's time. */
  g_assert_true (pursuit_store_move_job (fixture->store, id, PURSUIT_STAGE_SCREENING, NULL, &error));
  g_assert_true (pursuit_store_move_job (fixture->store, id, PURSUIT_STAGE_INTERVIEWING, NULL, &error));
  g_assert_true (pursuit_store_undo_move (fixture->store, id, PURSUIT_STAGE_SCREENING, &error));
  g_assert_no_error (error);
  stored = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpint (pursuit_job_get_stage_changed_at (stored), >=, before);
  g_clear_object (&stored);

  /* Withdrawing is a move too. */
  g_assert_true (pursuit_store_move_job (fixture->store, id, PURSUIT_STAGE_WITHDRAWN, "Relocation", &error));
  g_assert_no_error (error);
  stored = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpint (pursuit_job_get_stage_changed_at (stored), >=, before);
  g_assert_cmpstr (pursuit_job_get_stage (stored), ==, PURSUIT_STAGE_WITHDRAWN);
}

static void
test_store_next_due (StoreFixture  *fixture,
                     gconstpointer  data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 id = add_job (fixture->store, "Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 other = add_job (fixture->store, "Designer", "Acme", PURSUIT_STAGE_APPLIED);
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
  g_autoptr(PursuitInterview) past = pursuit_interview_new ();
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(PursuitNote) plain = pursuit_note_new ();
  g_autoptr(PursuitNote) reminder = pursuit_note_new ();
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  PursuitJob *last;

  job = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpint (pursuit_job_get_next_due_at (job), ==, 0);
  g_assert_null (pursuit_job_get_next_due_kind (job));
  g_clear_object (&job);

  g_signal_connect (fixture->store, "job-changed", G_CALLBACK (count_job_changed_cb), changed);

  /* Each change to the job's activity announces the job with its next item. */
  pursuit_follow_up_set_job_id (follow_up, id);
  pursuit_follow_up_set_sequence (follow_up, "after_applied");
  pursuit_follow_up_set_step (follow_up, 1);
  pursuit_follow_up_set_due_at (follow_up, now + 3000);
  g_assert_cmpint (pursuit_store_add_follow_up (fixture->store, follow_up, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len, ==, 1);
  last = g_ptr_array_index (changed, changed->len - 1);
  g_assert_cmpint (pursuit_job_get_id (last), ==, id);
  g_assert_cmpint (pursuit_job_get_next_due_at (last), ==, now + 3000);
  g_assert_cmpstr (pursuit_job_get_next_due_kind (last), ==, "follow-up");

  /* An interview that is over is not ahead. */
  pursuit_interview_set_job_id (past, id);
  pursuit_interview_set_starts_at (past, now - 86400);
  pursuit_interview_set_duration_minutes (past, 60);
  g_assert_cmpint (pursuit_store_add_interview (fixture->store, past, &error), >, 0);
  g_assert_no_error (error);
  last = g_ptr_array_index (changed, changed->len - 1);
  g_assert_cmpstr (pursuit_job_get_next_due_kind (last), ==, "follow-up");

  pursuit_interview_set_job_id (interview, id);
  pursuit_interview_set_starts_at (interview, now + 2000);
  pursuit_interview_set_duration_minutes (interview, 45);
  g_assert_cmpint (pursuit_store_add_interview (fixture->store, interview, &error), >, 0);
  g_assert_no_error (error);

  /* A plain note is not due; a reminder is, even when overdue. */
  pursuit_note_set_job_id (plain, id);
  pursuit_note_set_body (plain, "Asked about the team");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, plain, &error), >, 0);
  g_assert_no_error (error);
  last = g_ptr_array_index (changed, changed->len - 1);
  g_assert_cmpint (pursuit_job_get_id (last), ==, id);
  g_assert_cmpint (pursuit_job_get_next_due_at (last), ==, now + 2000);
  g_assert_cmpstr (pursuit_job_get_next_due_kind (last), ==, "interview");

  pursuit_note_set_job_id (reminder, id);
  pursuit_note_set_kind (reminder, "reminder");
  pursuit_note_set_body (reminder, "Send the portfolio");
  pursuit_note_set_due_at (reminder, now - 60);
  g_assert_cmpint (pursuit_store_add_note (fixture->store, reminder, &error), >, 0);
  g_assert_no_error (error);
  last = g_ptr_array_index (changed, changed->len - 1);
  g_assert_cmpint (pursuit_job_get_next_due_at (last), ==, now - 60);
  g_assert_cmpstr (pursuit_job_get_next_due_kind (last), ==, "reminder");

  /* List and get agree with the signal; the other job has nothing due. */
  jobs = pursuit_store_list_jobs (fixture->store, PURSUIT_STAGE_APPLIED, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 2);
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *listed = g_ptr_array_index (jobs, i);

      if (pursuit_job_get_id (listed) == other)
        {
          g_assert_cmpint (pursuit_job_get_next_due_at (listed), ==, 0);
          g_assert_null (pursuit_job_get_next_due_kind (listed));
        }
      else
        {
          g_assert_cmpint (pursuit_job_get_next_due_at (listed), ==, now - 60);
        }
    }

  /* Done with the reminder: the interview is next, and stays next when
   * the later follow-up is cancelled. */
  g_assert_true (pursuit_store_set_note_done (fixture->store, pursuit_note_get_id (reminder), TRUE, &error));
  g_assert_no_error (error);
  last = g_ptr_array_index (changed, changed->len - 1);
  g_assert_cmpint (pursuit_job_get_next_due_at (last), ==, now + 2000);
  g_assert_cmpstr (pursuit_job_get_next_due_kind (last), ==, "interview");

  g_assert_cmpuint (pursuit_store_cancel_follow_ups (fixture->store, id, &error), ==, 1);
  g_assert_no_error (error);
  job = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpint (pursuit_job_get_next_due_at (job), ==, now + 2000);
  g_assert_cmpstr (pursuit_job_get_next_due_kind (job), ==, "interview");
  g_clear_object (&job);

  /* The job never moved in all this. */
  job = pursuit_store_get_job (fixture->store, other, &error);
  g_assert_cmpint (pursuit_job_get_next_due_at (job), ==, 0);
  for (guint i = 0; i < changed->len; i++)
    g_assert_cmpint (pursuit_job_get_id (g_ptr_array_index (changed, i)), !=, other);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
  ADD ("/store/open/private-file", test_store_open_creates_private_file);
  g_test_add_func ("/store/open/default-data-dir", test_store_default_data_dir);
  ADD ("/store/job/round-trip", test_store_job_round_trip);
  ADD ("/store/job/defaults", test_store_job_defaults);
  ADD ("/store/job/invalid", test_store_job_invalid);
  ADD ("/store/job/update-remove", test_store_update_and_remove);
  ADD ("/store/job/undo-move", test_store_undo_move);
  ADD ("/store/batch/rollback", test_store_batch_rollback);
  ADD ("/store/batch/collapses-signals", test_store_batch_collapses_signals);
  ADD ("/store/search", test_store_search);
  ADD ("/store/search-ids", test_store_search_ids_follow_writes);
  ADD ("/store/duplicates", test_store_duplicates);
  ADD ("/store/stages", test_store_stages);
  ADD ("/store/notes", test_store_notes);
  ADD ("/store/cache-outbox", test_store_cache_and_outbox);
  ADD ("/store/contacts-documents", test_store_contacts_and_documents);
  ADD ("/store/job-list/follows-store", test_store_job_list_follows_store);
  ADD ("/store/job-list/minimal-changes", test_store_job_list_minimal_changes);
  ADD ("/store/job-list/activity-moves-job-first", test_store_job_list_activity_moves_job_first);
  ADD ("/store/tags/round-trip", test_store_tags_round_trip);
  ADD ("/store/tags/hostile", test_store_tags_hostile);
  ADD ("/store/tags/bulk", test_store_tags_bulk);
  ADD ("/store/tags/batch-rollback", test_store_tags_batch_rollback);
  ADD ("/store/job/stage-changed-at", test_store_stage_changed_at);
  ADD ("/store/job/next-due", test_store_next_due);
#undef ADD

  return g_test_run ();
}
