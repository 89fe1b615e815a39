/* test-migrations.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>

#include "pursuit-store-documents.h"
#include "pursuit-store-matching.h"
#include "pursuit-store-private.h"
#include "pursuit-test-store.h"

/*
 * tests/fixtures/pursuit-v1.db was written by schema version 1 with
 * `test-migrations --write-v1-fixture PATH`, and is never regenerated
 * once released: it stands for the databases users already have.
 * tests/fixtures/pursuit-v7.db, written the same way by schema version 7
 * (`--write-v7-fixture PATH`), stands for the databases of the release
 * before documents had a text.
 */

static void
exec_or_die (sqlite3    *db,
             const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Fails the test unless the schema refuses @sql. */
static void
assert_sql_fails (sqlite3    *db,
                  const char *sql)
{
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), !=, SQLITE_OK);
}

/* A database of @version at @path with the rows of @seed_sql, then opened
 * as this version of Pursuit opens it: migrated to the newest schema. */
static PursuitStore *
migrate_from (const char *path,
              guint       version,
              const char *seed_sql)
{
  g_autoptr(GError) error = NULL;
  PursuitStore *store = _pursuit_store_new_at_version (path, version, &error);

  g_assert_no_error (error);
  exec_or_die (_pursuit_store_get_db (store), seed_sql);
  g_object_unref (store);

  store = pursuit_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_store_get_schema_version (store), ==, PURSUIT_STORE_SCHEMA_VERSION);

  return store;
}

/* A database at @path as schema version @version left it, holding the
 * rows @rows_sql inserts; 0, or 1 having said why. */
static int
write_fixture (const char *path,
               int         version,
               const char *rows_sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitStore) store = NULL;

  g_unlink (path);
  store = _pursuit_store_new_at_version (path, version, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  exec_or_die (_pursuit_store_get_db (store), rows_sql);
  g_clear_object (&store);

  /* Fold the write-ahead log into the file so the fixture is one file. */
  {
    sqlite3 *plain = NULL;
    sqlite3_open (path, &plain);
    exec_or_die (plain, "PRAGMA journal_mode = DELETE");
    sqlite3_close (plain);
  }

  return 0;
}

/* Raw rows, as version 1 wrote them. */
static const char v1_rows[] =
  "INSERT INTO companies (id, name, created_at) VALUES (1, 'Acme Rockets', 1700000000);"
  "INSERT INTO companies (id, name, created_at) VALUES (2, 'Initech', 1700000000);"
  "INSERT INTO jobs (id, title, company_id, location, remote, salary_min, salary_max,"
  " currency, url, description, source, stage, applied_date, created_at, updated_at)"
  " VALUES (1, 'Propulsion Engineer', 1, 'Toulouse, FR', 0, 60000, 80000, 'EUR',"
  " 'https://acme.example/jobs/1', 'Design engines. Python and CFD.', 'web', 'applied',"
  " '2023-11-14', 1700000000, 1700000100);"
  "INSERT INTO jobs (id, title, company_id, remote, stage, created_at, updated_at)"
  " VALUES (2, 'TPS Report Analyst', 2, 1, 'saved', 1700000200, 1700000200);"
  "INSERT INTO notes (job_id, kind, body, created_at)"
  " VALUES (1, 'note', 'Mentioned the wind tunnel project', 1700000300);"
  "INSERT INTO events (job_id, kind, from_stage, to_stage, created_at)"
  " VALUES (1, 'stage-changed', 'saved', 'applied', 1700000100);"
  "INSERT INTO follow_ups (job_id, sequence, step, due_at, status, created_at)"
  " VALUES (1, 'after_applied', 1, 1700259300, 'pending', 1700000100);"
  "UPDATE stages SET label = 'Wishlist', color = '#ff7800' WHERE key = 'saved';";

/* Rows as version 7 wrote them: a job with a file and a link among its
 * documents, a document of no job, a CV. */
static const char v7_rows[] =
  "INSERT INTO companies (id, name, created_at) VALUES (1, 'Acme Rockets', 1790000000);"
  "INSERT INTO jobs (id, title, company_id, url, stage, applied_date, created_at, updated_at,"
  " stage_changed_at) VALUES (1, 'Propulsion Engineer', 1, 'https://acme.example/jobs/1',"
  " 'applied', '2026-09-21', 1790000000, 1790000100, 1790000100);"
  "INSERT INTO jobs (id, title, stage, created_at, updated_at, stage_changed_at)"
  " VALUES (2, 'Nurse', 'saved', 1790000200, 1790000200, 1790000200);"
  "INSERT INTO documents (id, job_id, kind, title, path, created_at)"
  " VALUES (1, 1, 'resume', 'CV 2026', '/home/ada/cv-2026.pdf', 1790000050);"
  "INSERT INTO documents (id, job_id, kind, title, path, created_at)"
  " VALUES (2, 1, 'portfolio', 'Portfolio', 'https://ada.example/work', 1790000060);"
  "INSERT INTO documents (id, job_id, kind, title, path, created_at)"
  " VALUES (3, NULL, 'other', 'References', '/home/ada/references.pdf', 1790000070);"
  "INSERT INTO cvs (id, title, format, text, profile, active, created_at, updated_at)"
  " VALUES (1, 'Engineering CV', 'text', 'Ada Lovelace. Python, CFD.', '{}', 1, 1790000000,"
  " 1790000000);";

static char *
copy_named_fixture (const char *dir,
                    const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autofree char *contents = NULL;
  char *target = g_build_filename (dir, "pursuit.db", NULL);
  gsize length;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (source, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (target, contents, length, &error);
  g_assert_no_error (error);

  return target;
}

static char *
copy_fixture (const char *dir)
{
  return copy_named_fixture (dir, "pursuit-v1.db");
}

static void
test_migrations_upgrade_v1 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-migrate-XXXXXX", NULL);
  g_autofree char *path = copy_fixture (dir);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitStage) saved = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  store = pursuit_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_store_get_schema_version (store), ==, PURSUIT_STORE_SCHEMA_VERSION);

  job = pursuit_store_get_job (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Propulsion Engineer");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Acme Rockets");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "applied");
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 80000);
  g_assert_cmpstr (pursuit_job_get_applied_date (job), ==, "2023-11-14");

  saved = pursuit_store_get_stage (store, "saved");
  g_assert_cmpstr (pursuit_stage_get_label (saved), ==, "Wishlist");

  notes = pursuit_store_list_notes (store, 1);
  g_assert_cmpuint (notes->len, ==, 1);
  follow_ups = pursuit_store_list_follow_ups (store, 1);
  g_assert_cmpuint (follow_ups->len, ==, 1);

  /* Version 2 indexed what version 1 had: titles, companies, notes. */
  found = pursuit_store_search_jobs (store, "wind tunnel", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = pursuit_store_search_jobs (store, "initech", &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Version 3: a job entered its stage with its last move, or when it was
   * created; nothing had tags yet. */
  g_assert_cmpint (pursuit_job_get_stage_changed_at (job), ==, 1700000100);
  g_assert_cmpuint (g_strv_length ((char **)pursuit_job_get_tags (job)), ==, 0);
  g_clear_object (&job);
  job = pursuit_store_get_job (store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_job_get_stage_changed_at (job), ==, 1700000200);
  g_clear_object (&job);

  /* Version 4: the follow-up is pending, with none of the new fields, and
   * on the calendar. */
  {
    PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, 0);
    g_autoptr(GPtrArray) agenda = NULL;

    g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "pending");
    g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), ==, 1700259300);
    g_assert_null (pursuit_follow_up_get_template (follow_up));
    g_assert_cmpint (pursuit_follow_up_get_completed_at (follow_up), ==, 0);
    g_assert_cmpint (pursuit_follow_up_get_interview_id (follow_up), ==, 0);

    agenda = pursuit_store_list_agenda (store, 1700259300, 1700259301, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (agenda->len, ==, 1);
    g_assert_cmpint (pursuit_agenda_item_get_kind (g_ptr_array_index (agenda, 0)), ==, PURSUIT_AGENDA_FOLLOW_UP);
  }

  /* The old follow-up, long overdue, is still the job's next item. */
  job = pursuit_store_get_job (store, 1, &error);
  g_assert_cmpint (pursuit_job_get_next_due_at (job), ==, 1700259300);
  g_assert_cmpstr (pursuit_job_get_next_due_kind (job), ==, "follow-up");

  /* And the upgraded store takes new work, tags included in the index
   * rebuilt for them. */
  id = add_job (store, "Flight Software Engineer", "Acme Rockets", NULL);
  g_assert_cmpint (id, ==, 3);
  found = pursuit_store_search_jobs (store, "flight", &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);

  g_assert_true (pursuit_store_tag_jobs (store, (gint64[]) { 1, 2 }, 2, "aerospace", &error));
  g_assert_no_error (error);
  found = pursuit_store_search_jobs (store, "aerosp", &error);
  g_assert_cmpuint (found->len, ==, 2);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = pursuit_store_search_jobs (store, "wind tunnel", &error);
  g_assert_cmpuint (found->len, ==, 1);

  g_clear_object (&store);
  remove_tree (dir);
}

static void
test_migrations_each_step (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(GError) error = NULL;

  /* Open at every version in turn, as a user upgrading release by release.
   * The store's code only writes the current schema, so older versions get
   * a row as they would have written it. */
  for (int version = 1; version <= PURSUIT_STORE_SCHEMA_VERSION; version++)
    {
      g_autoptr(PursuitStore) store = _pursuit_store_new_at_version (path, version, &error);

      g_assert_no_error (error);
      g_assert_cmpint (pursuit_store_get_schema_version (store), ==, version);
      if (version < 3)
        exec_or_die (_pursuit_store_get_db (store),
                     "INSERT INTO jobs (title, stage, created_at, updated_at)"
                     " VALUES ('Engineer', 'saved', 1700000000, 1700000000)");
      else if (version < PURSUIT_STORE_SCHEMA_VERSION)
        exec_or_die (_pursuit_store_get_db (store),
                     "INSERT INTO jobs (title, stage, created_at, updated_at, stage_changed_at)"
                     " VALUES ('Engineer', 'saved', 1700000000, 1700000000, 1700000000)");
      else
        add_job (store, "Engineer", "Acme", NULL);
    }

  {
    g_autoptr(PursuitStore) store = pursuit_store_new (path, &error);
    g_autoptr(GPtrArray) jobs = pursuit_store_list_jobs (store, NULL, &error);
    g_autoptr(GPtrArray) found = pursuit_store_search_jobs (store, "engineer", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (jobs->len, ==, PURSUIT_STORE_SCHEMA_VERSION);
    g_assert_cmpuint (found->len, ==, PURSUIT_STORE_SCHEMA_VERSION);
    for (guint i = 0; i < jobs->len; i++)
      g_assert_cmpint (pursuit_job_get_stage_changed_at (g_ptr_array_index (jobs, i)), >=, 1700000000);
  }

  remove_tree (dir);
}

static gint64
query_int (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

/* A database of version 3 with interviews, follow-ups of every status and
 * reminder notes: version 4 keeps them and adds the calendar's fields. */
static void
test_migrations_v3_schedule (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitInterview) first = NULL;
  g_autoptr(PursuitInterview) second = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GPtrArray) agenda = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  store = migrate_from (path, 3,
                        "INSERT INTO companies (id, name, created_at) VALUES (1, 'Acme', 1790000000);"
                        "INSERT INTO jobs (id, title, company_id, stage, deadline, created_at, updated_at,"
                        " stage_changed_at) VALUES (1, 'Engineer', 1, 'interview_scheduled', '2026-11-20',"
                        " 1790000000, 1790000000, 1790000000);"
                        "INSERT INTO interviews (id, job_id, kind, starts_at, duration_minutes, location,"
                        " interviewer, notes, created_at) VALUES (1, 1, 'video', 1794819600, 45,"
                        " 'https://meet.example/x', 'Dana', 'Prepare', 1790000100);"
                        "INSERT INTO interviews (id, job_id, kind, starts_at, duration_minutes, created_at)"
                        " VALUES (2, 1, 'onsite', 1794906000, 120, 1790000200);"
                        "INSERT INTO follow_ups (id, job_id, sequence, step, due_at, status, created_at) VALUES"
                        " (1, 1, 'after_applied', 1, 1794819600, 'pending', 1790000000),"
                        " (2, 1, 'after_applied', 2, 1794906000, 'done', 1790000000),"
                        " (3, 1, 'after_interview', 1, 1794992400, 'cancelled', 1790000000),"
                        " (4, 1, 'after_applied', 3, 1795078800, 'sent', 1790000000);"
                        "INSERT INTO notes (id, job_id, kind, body, due_at, done, created_at) VALUES"
                        " (1, 1, 'reminder', 'Call back', 1794823200, 0, 1790000000),"
                        " (2, 1, 'reminder', 'Done already', 1794823200, 1, 1790000000);");
  db = _pursuit_store_get_db (store);

  first = pursuit_store_get_interview (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_interview_get_kind (first), ==, "video");
  g_assert_cmpint (pursuit_interview_get_starts_at (first), ==, 1794819600);
  g_assert_cmpint (pursuit_interview_get_duration_minutes (first), ==, 45);
  g_assert_cmpstr (pursuit_interview_get_location (first), ==, "https://meet.example/x");
  g_assert_cmpstr (pursuit_interview_get_interviewer (first), ==, "Dana");
  g_assert_cmpstr (pursuit_interview_get_notes (first), ==, "Prepare");
  g_assert_cmpstr (pursuit_interview_get_status (first), ==, "scheduled");
  g_assert_cmpstr (pursuit_interview_get_reminder_minutes (first), ==, "1440,60,15");
  g_assert_null (pursuit_interview_get_interviewer_email (first));
  g_assert_cmpint (pursuit_interview_get_updated_at (first), ==, 1790000100);
  g_assert_true (g_str_has_suffix (pursuit_interview_get_uid (first), "@pursuit.invalid"));
  g_assert_cmpuint (strlen (pursuit_interview_get_uid (first)), ==, 32 + strlen ("@pursuit.invalid"));

  /* Each its own uid. */
  second = pursuit_store_get_interview (store, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_interview_get_uid (first), !=, pursuit_interview_get_uid (second));

  follow_ups = pursuit_store_list_follow_ups (store, 1);
  g_assert_cmpuint (follow_ups->len, ==, 4);
  g_assert_cmpstr (pursuit_follow_up_get_status (g_ptr_array_index (follow_ups, 0)), ==, "pending");
  g_assert_cmpstr (pursuit_follow_up_get_status (g_ptr_array_index (follow_ups, 1)), ==, "done");
  g_assert_cmpstr (pursuit_follow_up_get_status (g_ptr_array_index (follow_ups, 2)), ==, "cancelled");
  g_assert_cmpstr (pursuit_follow_up_get_status (g_ptr_array_index (follow_ups, 3)), ==, "sent");
  g_assert_cmpint (pursuit_follow_up_get_step (g_ptr_array_index (follow_ups, 3)), ==, 3);

  /* The indexes the calendar and the reminders read through. */
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM sqlite_master WHERE type = 'index' AND name IN"
                                  " ('interviews_by_start', 'follow_ups_by_due', 'notes_by_due',"
                                  "  'follow_ups_by_job', 'jobs_by_deadline')"), ==, 5);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

  /* The calendar: both interviews, the pending follow-up, the open
   * reminder, the deadline. */
  agenda = pursuit_store_list_agenda (store, 1794700000, 1795200000, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (agenda->len, ==, 5);

  /* New statuses and columns work; deleting rows removes reminder state. */
  g_assert_true (pursuit_store_set_follow_up_status (store, 1, "skipped", &error));
  g_assert_no_error (error);
  exec_or_die (db, "INSERT INTO reminder_state (source, source_id, offset_minutes, fired_due_at)"
                   " VALUES ('interview', 2, 60, 1794902400), ('note', 1, 0, 1794823200)");
  g_assert_true (pursuit_store_remove_note (store, 1, &error));
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM reminder_state"), ==, 1);
  g_assert_true (pursuit_store_remove_job (store, 1, &error));
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM reminder_state"), ==, 0);

  g_clear_object (&store);
  remove_tree (dir);
}

/* A database of version 4 with an interview to come and an outbox item
 * of no account: version 5 adds accounts, calendar links and the outbox's
 * account columns. */
static void
test_migrations_v4_accounts (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 soon = g_get_real_time () / G_USEC_PER_SEC + 7 * 24 * 3600;
  gint64 account_id;
  sqlite3 *db;

  sql = g_strdup_printf ("INSERT INTO jobs (id, title, stage, created_at, updated_at, stage_changed_at)"
                         " VALUES (1, 'Engineer', 'applied', 1790000000, 1790000000, 1790000000);"
                         "INSERT INTO interviews (id, job_id, kind, starts_at, duration_minutes, created_at,"
                         " status, uid, updated_at)"
                         " VALUES (1, 1, 'video', %" G_GINT64_FORMAT ", 45, 1790000100, 'scheduled',"
                         " 'abc@pursuit.invalid', 1790000100);"
                         "INSERT INTO outbox (kind, payload, next_attempt_at, created_at)"
                         " VALUES ('mail.send', '{\"to\":\"x\"}', 1790000000, 1790000000);",
                         soon);
  store = migrate_from (path, 4, sql);
  db = _pursuit_store_get_db (store);

  /* The old item belongs to no account. */
  items = pursuit_store_list_outbox (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (pursuit_outbox_item_get_kind (g_ptr_array_index (items, 0)), ==, "mail.send");
  g_assert_cmpint (pursuit_outbox_item_get_account_id (g_ptr_array_index (items, 0)), ==, 0);
  g_assert_null (pursuit_outbox_item_get_source (g_ptr_array_index (items, 0)));
  g_clear_pointer (&items, g_ptr_array_unref);

  g_assert_cmpint (query_int (db, "SELECT count (*) FROM sqlite_master WHERE type = 'index' AND name IN"
                                  " ('outbox_by_due', 'outbox_by_source', 'calendar_links_by_source')"), ==, 3);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

  /* The constraints hold against raw writes too. */
  assert_sql_fails (db, "INSERT INTO accounts (kind, label, secret_key, created_at)"
                        " VALUES ('outlook', 'x', 'k1', 1)");
  assert_sql_fails (db, "INSERT INTO accounts (kind, label, secret_key, created_at)"
                        " VALUES ('google', '', 'k1', 1)");
  assert_sql_fails (db, "INSERT INTO accounts (kind, label, created_at)"
                        " VALUES ('google', 'x', 1)");
  assert_sql_fails (db, "INSERT INTO calendar_links (account_id, source, source_id, remote_id,"
                        " updated_at) VALUES (42, 'interview', 1, 'r', 1)");

  /* An account added to the upgraded store gets the interview to come. */
  account = pursuit_account_new ();
  pursuit_account_set_kind (account, "caldav");
  pursuit_account_set_label (account, "ann@dav.example.org");
  pursuit_account_set_server_url (account, "https://dav.example.org/");
  pursuit_account_set_calendar_id (account, "https://dav.example.org/ann/cal/");
  account_id = pursuit_store_add_account (store, account, &error);
  g_assert_no_error (error);
  items = pursuit_store_list_outbox (store, account_id, &error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (pursuit_outbox_item_get_source (g_ptr_array_index (items, 0)), ==, "interview");
  g_assert_cmpint (pursuit_outbox_item_get_source_id (g_ptr_array_index (items, 0)), ==, 1);

  /* Unique keys for the Secret Service. */
  assert_sql_fails (db, "UPDATE accounts SET secret_key = 'k2';"
                        "INSERT INTO accounts (kind, label, secret_key, created_at)"
                        " VALUES ('google', 'x', 'k2', 1)");

  g_clear_object (&store);
  remove_tree (dir);
}

/* A database of version 5 with a Google account, a job with a timeline
 * and a queued push: version 6 adds Gmail's state to accounts, links to
 * timeline events, and the mail tables with their constraints. */
static void
test_migrations_v5_mail (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  store = migrate_from (path, 5,
                        "INSERT INTO accounts (id, kind, label, secret_key, scopes, calendar_id, created_at)"
                        " VALUES (1, 'google', 'ann@example.org', 'k1', 'calendar', 'primary', 1790000000);"
                        "INSERT INTO jobs (id, title, stage, created_at, updated_at, stage_changed_at)"
                        " VALUES (1, 'Engineer', 'applied', 1790000000, 1790000000, 1790000000);"
                        "INSERT INTO events (job_id, kind, from_stage, to_stage, detail, created_at)"
                        " VALUES (1, 'created', NULL, NULL, NULL, 1790000000);"
                        "INSERT INTO outbox (kind, payload, next_attempt_at, created_at, account_id, source, source_id)"
                        " VALUES ('calendar.push', '{}', 1790000000, 1790000000, 1, 'interview', 3);");
  db = _pursuit_store_get_db (store);

  account = pursuit_store_get_account (store, 1, &error);
  g_assert_no_error (error);
  g_assert_false (pursuit_account_get_mail_enabled (account));
  g_assert_null (pursuit_account_get_mail_history_id (account));
  g_assert_cmpint (pursuit_account_get_mail_synced_at (account), ==, 0);
  g_assert_null (pursuit_account_get_mail_last_error (account));
  g_assert_cmpstr (pursuit_account_get_calendar_id (account), ==, "primary");

  events = pursuit_store_list_events (store, 1);
  g_assert_cmpuint (events->len, ==, 1);
  g_assert_null (pursuit_timeline_event_get_url (g_ptr_array_index (events, 0)));

  items = pursuit_store_list_outbox (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 1);

  g_assert_cmpint (query_int (db, "SELECT count (*) FROM sqlite_master WHERE type = 'index' AND name IN"
                                  " ('mail_messages_by_thread', 'mail_messages_by_job',"
                                  "  'mail_messages_by_message_id', 'mail_suggestions_by_state')"), ==, 4);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

  /* The constraints hold against raw writes. */
  exec_or_die (db, "INSERT INTO mail_messages (id, account_id, gmail_id, created_at) VALUES (1, 1, 'g1', 1)");
  assert_sql_fails (db, "INSERT INTO mail_messages (account_id, gmail_id, created_at)"
                        " VALUES (1, 'g1', 1)");
  assert_sql_fails (db, "INSERT INTO mail_messages (account_id, gmail_id, created_at)"
                        " VALUES (42, 'g2', 1)");
  assert_sql_fails (db, "INSERT INTO mail_suggestions (message_id, category, action, created_at)"
                        " VALUES (1, 'rejection', 'explode', 1)");
  assert_sql_fails (db, "INSERT INTO mail_suggestions (message_id, category, action, state,"
                        " created_at) VALUES (1, 'rejection', 'record', 'maybe', 1)");
  exec_or_die (db, "INSERT INTO mail_suggestions (message_id, job_id, category, action, created_at)"
                   " VALUES (1, 1, 'rejection', 'record', 1)");
  assert_sql_fails (db, "INSERT INTO mail_suggestions (message_id, category, action, created_at)"
                        " VALUES (1, 'offer', 'record', 1)");

  /* Removing the account takes its mail along. */
  g_assert_true (pursuit_store_remove_account (store, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM mail_messages"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM mail_suggestions"), ==, 0);

  g_clear_object (&store);
  remove_tree (dir);
}

/* A database of version 6 with jobs, one scored by hand, and a cached
 * value: version 7 adds CVs, the requirements cache, recommendation
 * feedback and practice sessions, with their constraints and cascades. */
static void
test_migrations_v6_matching (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) cvs = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  store = migrate_from (path, 6,
                        "INSERT INTO jobs (id, title, stage, description, match_score, created_at, updated_at,"
                        " stage_changed_at) VALUES (1, 'Rust Engineer', 'saved', 'Rust and GTK', 77, 1790000000,"
                        " 1790000000, 1790000000);"
                        "INSERT INTO jobs (id, title, stage, created_at, updated_at, stage_changed_at)"
                        " VALUES (2, 'Nurse', 'applied', 1790000000, 1790000000, 1790000000);"
                        "INSERT INTO cache (namespace, key, value, expires_at)"
                        " VALUES ('boards', 'k', 'v', 4000000000);");
  db = _pursuit_store_get_db (store);

  /* What was there stays, the hand-set score included. */
  job = pursuit_store_get_job (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_job_get_match_score (job), ==, 77);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM cache WHERE namespace = 'boards'"), ==, 1);

  /* No CV yet. */
  cvs = pursuit_store_list_cvs (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cvs->len, ==, 0);
  g_assert_null (pursuit_store_get_profile (store));

  g_assert_cmpint (query_int (db, "SELECT count (*) FROM sqlite_master WHERE type = 'index' AND name IN"
                                  " ('cvs_one_active', 'practice_by_job')"), ==, 2);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

  /* The constraints hold against raw writes. */
  exec_or_die (db, "INSERT INTO cvs (title, format, text, profile, active, created_at, updated_at)"
                   " VALUES ('A', 'text', 't', '{}', 1, 1, 1)");
  assert_sql_fails (db, "INSERT INTO cvs (title, format, text, profile, active, created_at,"
                        " updated_at) VALUES ('B', 'text', 't', '{}', 1, 1, 1)");
  assert_sql_fails (db, "INSERT INTO cvs (title, format, text, profile, created_at, updated_at)"
                        " VALUES ('', 'text', 't', '{}', 1, 1)");
  exec_or_die (db, "INSERT INTO cvs (title, format, text, profile, created_at, updated_at)"
                   " VALUES ('B', 'text', 't', '{}', 1, 1)");
  assert_sql_fails (db, "INSERT INTO recommendation_feedback (job_id, verdict, created_at)"
                        " VALUES (1, 'loved', 1)");
  assert_sql_fails (db, "INSERT INTO recommendation_feedback (job_id, verdict, created_at)"
                        " VALUES (42, 'dismissed', 1)");
  assert_sql_fails (db, "INSERT INTO practice_sessions (job_id, session, created_at)"
                        " VALUES (42, '{}', 1)");
  exec_or_die (db, "INSERT INTO recommendation_feedback (job_id, verdict, created_at) VALUES (1, 'dismissed', 1);"
                   "INSERT INTO job_requirements (job_id, source_hash, requirements) VALUES (1, 'h', '{}');"
                   "INSERT INTO practice_sessions (job_id, session, overall_score, created_at)"
                   " VALUES (1, '{}', 50, 1);");

  /* Removing the job takes its matching rows along. */
  g_assert_true (pursuit_store_remove_job (store, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM recommendation_feedback"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM job_requirements"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM practice_sessions"), ==, 0);

  g_clear_object (&store);
  remove_tree (dir);
}

/* Version 8: documents have a text, a template, an update time and the
 * time they were sent; the old ones have none of it. */
static void
test_migrations_upgrade_v7 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-migrate-XXXXXX", NULL);
  g_autofree char *path = copy_named_fixture (dir, "pursuit-v7.db");
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitDocument) letter = NULL;
  g_autoptr(PursuitDocument) again = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) loose = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  g_autoptr(GError) error = NULL;
  PursuitDocument *cv_file;
  sqlite3 *db;
  gint64 id;

  store = pursuit_store_new (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_store_get_schema_version (store), ==, PURSUIT_STORE_SCHEMA_VERSION);
  db = _pursuit_store_get_db (store);

  job = pursuit_store_get_job (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "applied");
  g_assert_cmpstr (pursuit_job_get_applied_date (job), ==, "2026-09-21");

  documents = pursuit_store_list_documents (store, 1);
  g_assert_cmpuint (documents->len, ==, 2);
  cv_file = g_ptr_array_index (documents, 0);
  g_assert_cmpstr (pursuit_document_get_title (cv_file), ==, "CV 2026");
  g_assert_cmpstr (pursuit_document_get_path (cv_file), ==, "/home/ada/cv-2026.pdf");
  g_assert_cmpint (pursuit_document_get_created_at (cv_file), ==, 1790000050);
  g_assert_null (pursuit_document_get_body (cv_file));
  g_assert_null (pursuit_document_get_template (cv_file));
  g_assert_cmpint (pursuit_document_get_updated_at (cv_file), ==, 0);
  g_assert_cmpint (pursuit_document_get_sent_at (cv_file), ==, 0);
  g_assert_cmpstr (pursuit_document_get_path (g_ptr_array_index (documents, 1)), ==, "https://ada.example/work");
  loose = pursuit_store_list_documents (store, 0);
  g_assert_cmpuint (loose->len, ==, 1);

  /* Nothing was sent before there was a way to say so. */
  sent = pursuit_store_list_sent_documents (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sent->len, ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM sqlite_master WHERE type = 'index'"
                                  " AND name = 'documents_by_job'"), ==, 1);
  g_assert_cmpint (query_int (db, "SELECT count (*) FROM pragma_foreign_key_check"), ==, 0);

  /* The upgraded store takes a written letter and an application. */
  letter = pursuit_document_new ();
  pursuit_document_set_job_id (letter, 2);
  pursuit_document_set_kind (letter, "cover_letter");
  pursuit_document_set_title (letter, "Letter for the ward");
  pursuit_document_set_body (letter, "Dear team,\n\nI care.");
  pursuit_document_set_template (letter, "cover-letter-brief");
  id = pursuit_store_save_document (store, letter, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, ==, 4);

  g_assert_true (pursuit_store_record_application (store, 2, &id, 1, 1, 1790100000, &error));
  g_assert_no_error (error);
  again = pursuit_store_get_document (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_document_get_body (again), ==, "Dear team,\n\nI care.");
  g_assert_cmpint (pursuit_document_get_sent_at (again), ==, 1790100000);
  g_clear_object (&job);
  job = pursuit_store_get_job (store, 2, &error);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "applied");

  g_clear_object (&store);
  remove_tree (dir);
}

static void
test_migrations_refuse_newer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  sqlite3_open (path, &db);
  exec_or_die (db, "PRAGMA user_version = 99");
  sqlite3_close (db);

  store = pursuit_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_VERSION);
  g_assert_nonnull (strstr (error->message, "newer"));

  remove_tree (dir);
}

static void
test_migrations_not_a_database (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "this is not SQLite, just some text that is long enough to matter\n", -1, NULL);
  store = pursuit_store_new (path, &error);
  g_assert_null (store);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_DATABASE);

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--write-v1-fixture"))
    return write_fixture (argv[2], 1, v1_rows);
  if (argc == 3 && g_str_equal (argv[1], "--write-v7-fixture"))
    return write_fixture (argv[2], 7, v7_rows);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/migrations/upgrade-v1-fixture", test_migrations_upgrade_v1);
  g_test_add_func ("/migrations/each-step", test_migrations_each_step);
  g_test_add_func ("/migrations/v3-schedule", test_migrations_v3_schedule);
  g_test_add_func ("/migrations/v4-accounts", test_migrations_v4_accounts);
  g_test_add_func ("/migrations/v5-mail", test_migrations_v5_mail);
  g_test_add_func ("/migrations/v6-matching", test_migrations_v6_matching);
  g_test_add_func ("/migrations/upgrade-v7-fixture", test_migrations_upgrade_v7);
  g_test_add_func ("/migrations/refuse-newer", test_migrations_refuse_newer);
  g_test_add_func ("/migrations/not-a-database", test_migrations_not_a_database);

  return g_test_run ();
}
