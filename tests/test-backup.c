/* test-backup.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <utime.h>
#include <json-glib/json-glib.h>

#include "pursuit-backup.h"
#include "pursuit-job-list.h"
#include "pursuit-test-store.h"

static void
fill_every_table (PursuitStore *store)
{
  g_autoptr(PursuitJob) job = make_job ("Data Engineer", "Globex", "applied");
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_job_set_description (job, "Pipelines.\n\n“Quotes”, emoji 🚀 and <tags>");
  pursuit_job_set_salary_min (job, 1);
  pursuit_job_set_salary_max (job, G_MAXINT64);
  pursuit_job_set_currency (job, "USD");
  pursuit_job_set_match_score (job, 0);
  pursuit_job_set_url (job, "https://globex.example/jobs/42?ref=a&b=c");
  pursuit_job_set_tags (job, (const char *[]) { "dream job", "Référence", NULL });
  pursuit_job_set_created_at (job, 1700000000);
  id = pursuit_store_add_job (store, job, &error);
  g_assert_no_error (error);
  add_job (store, "Barista", NULL, NULL);
  g_assert_true (pursuit_store_move_job (store, id, "screening", NULL, &error));

  pursuit_note_set_job_id (note, id);
  pursuit_note_set_kind (note, "reminder");
  pursuit_note_set_body (note, "Send portfolio");
  pursuit_note_set_tags (note, "portfolio");
  pursuit_note_set_priority (note, 3);
  pursuit_note_set_due_at (note, 1800000000);
  g_assert_cmpint (pursuit_store_add_note (store, note, &error), >, 0);

  pursuit_interview_set_job_id (interview, id);
  pursuit_interview_set_starts_at (interview, 1800003600);
  pursuit_interview_set_duration_minutes (interview, 30);
  pursuit_interview_set_interviewer (interview, "Hank Scorpio");
  pursuit_interview_set_interviewer_email (interview, "hank@globex.example");
  pursuit_interview_set_reminder_minutes (interview, "120,5");
  g_assert_cmpint (pursuit_store_add_interview (store, interview, &error), >, 0);

  /* A thank-you sent, and a reminder snoozed: schema 4. */
  pursuit_follow_up_set_job_id (follow_up, id);
  pursuit_follow_up_set_sequence (follow_up, "after_interview");
  pursuit_follow_up_set_step (follow_up, 1);
  pursuit_follow_up_set_due_at (follow_up, 1800090000);
  pursuit_follow_up_set_template (follow_up, "Subject: Thank you\n\nDear {contact_name}, …");
  pursuit_follow_up_set_interview_id (follow_up, pursuit_interview_get_id (interview));
  g_assert_cmpint (pursuit_store_add_follow_up (store, follow_up, &error), >, 0);
  g_assert_true (pursuit_store_set_follow_up_status (store, pursuit_follow_up_get_id (follow_up), "sent", &error));
  g_assert_true (pursuit_store_snooze_reminder (store, PURSUIT_REMINDER_INTERVIEW,
                                                pursuit_interview_get_id (interview), 120,
                                                1800000000, &error));

  g_assert_cmpint (pursuit_store_add_contact (store, id, "Ada", "Recruiter", "ada@globex.example", &error), >, 0);
  g_assert_cmpint (pursuit_store_add_document (store, id, "resume", "CV", "/tmp/cv.pdf", &error), >, 0);
  g_assert_cmpint (pursuit_store_enqueue_outbox (store, "mail.send", "{\"to\":\"x\"}", &error), >, 0);
  g_assert_true (pursuit_store_cache_set (store, "company", "globex", "{}", G_TIME_SPAN_DAY, &error));
  g_assert_true (pursuit_store_update_stage (store, "offer", "Offer 🎉", "#123456", &error));
  g_assert_no_error (error);
}

/* The document minus the moment it was written. */
static char *
export_comparable (PursuitStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = pursuit_backup_export_json (store, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  json_object_remove_member (json_node_get_object (json_parser_get_root (parser)), "created_at");
  json_generator_set_root (generator, json_parser_get_root (parser));

  return json_generator_to_data (generator, NULL);
}

static void
test_backup_json_round_trip (StoreFixture  *fixture,
                             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-restore-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) restored = NULL;
  g_autoptr(PursuitJobList) list = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;

  fill_every_table (fixture->store);
  before = export_comparable (fixture->store);
  json = pursuit_backup_export_json (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_true (pursuit_backup_is_json_backup (json, strlen (json)));

  restored = pursuit_store_new (path, &error);
  g_assert_no_error (error);
  list = pursuit_job_list_new (restored, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_true (pursuit_backup_restore_json (restored, json, strlen (json), &error));
  g_assert_no_error (error);
  /* Open lists read the restored store again. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);

  after = export_comparable (restored);
  g_assert_cmpstr (before, ==, after);

  /* The search index was rebuilt from the restored rows, tags included. */
  found = pursuit_store_search_jobs (restored, "globex portfolio", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = pursuit_store_search_jobs (restored, "reference dream", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (pursuit_job_get_stage_changed_at (g_ptr_array_index (found, 0)), >, 1700000000);

  jobs = pursuit_store_list_jobs (restored, NULL, &error);
  g_assert_cmpuint (jobs->len, ==, 2);

  /* The calendar's fields, and the follow-up sequences. */
  {
    g_autoptr(PursuitInterview) interview = pursuit_store_get_interview (restored, 1, &error);
    g_autoptr(PursuitFollowUp) follow_up = pursuit_store_get_follow_up (restored, 1, &error);
    g_autoptr(GPtrArray) sequences = pursuit_store_list_sequences (restored);

    g_assert_no_error (error);
    g_assert_cmpstr (pursuit_interview_get_interviewer_email (interview), ==, "hank@globex.example");
    g_assert_cmpstr (pursuit_interview_get_reminder_minutes (interview), ==, "120,5");
    g_assert_true (g_str_has_suffix (pursuit_interview_get_uid (interview), "@pursuit.invalid"));
    g_assert_cmpint (pursuit_follow_up_get_interview_id (follow_up), ==, 1);
    g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "sent");
    g_assert_cmpint (pursuit_follow_up_get_completed_at (follow_up), >, 0);
    g_assert_true (g_str_has_prefix (pursuit_follow_up_get_template (follow_up), "Subject: Thank you"));
    g_assert_cmpuint (sequences->len, >=, 4);
  }

  g_clear_object (&restored);
  remove_tree (dir);
}

typedef struct
{
  const char *name;
  const char *json;
} HostileBackup;

static const HostileBackup hostile_backups[] = {
  { "truncated", "{\"format\":\"pursuit-backup\",\"version\":1,\"schema\":2,\"tables\":{\"jobs\":{\"columns\":[\"id\"" },
  { "not-object", "[1,2,3]" },
  { "other-format", "{\"format\":\"something\",\"schema\":2,\"tables\":{}}" },
  { "newer-schema", "{\"format\":\"pursuit-backup\",\"schema\":99,\"tables\":{\"jobs\":{\"columns\":[\"id\"],\"rows\":[]}}}" },
  { "unknown-table", "{\"format\":\"pursuit-backup\",\"schema\":2,\"tables\":{\"jobs\":{\"columns\":[\"id\"],\"rows\":[]},\"sqlite_master\":{\"columns\":[\"x\"],\"rows\":[]}}}" },
  { "column-injection", "{\"format\":\"pursuit-backup\",\"schema\":2,\"tables\":{\"jobs\":{\"columns\":[\"id\\\") VALUES (1); DROP TABLE notes; --\"],\"rows\":[[1]]}}}" },
  { "wrong-row-shape", "{\"format\":\"pursuit-backup\",\"schema\":2,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\"],\"rows\":[[1]]}}}" },
  { "row-not-array", "{\"format\":\"pursuit-backup\",\"schema\":2,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\"],\"rows\":[{\"id\":1}]}}}" },
  { "array-value", "{\"format\":\"pursuit-backup\",\"schema\":2,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\"],\"rows\":[[1,[\"x\"]]]}}}" },
  { "missing-not-null", "{\"format\":\"pursuit-backup\",\"schema\":2,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\"],\"rows\":[[1,\"X\"]]}}}" },
  { "dangling-foreign-key", "{\"format\":\"pursuit-backup\",\"schema\":2,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\",\"stage\",\"company_id\",\"created_at\",\"updated_at\"],\"rows\":[[1,\"X\",\"saved\",77,1,1]]}}}" },
  { "tag-with-comma", "{\"format\":\"pursuit-backup\",\"schema\":3,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\",\"stage\",\"created_at\",\"updated_at\"],\"rows\":[[1,\"X\",\"saved\",1,1]]},\"job_tags\":{\"columns\":[\"job_id\",\"tag\"],\"rows\":[[1,\"a,b\"]]}}}" },
  { "tag-control", "{\"format\":\"pursuit-backup\",\"schema\":3,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\",\"stage\",\"created_at\",\"updated_at\"],\"rows\":[[1,\"X\",\"saved\",1,1]]},\"job_tags\":{\"columns\":[\"job_id\",\"tag\"],\"rows\":[[1,\"a\\u0007b\"]]}}}" },
  { "tag-of-no-job", "{\"format\":\"pursuit-backup\",\"schema\":3,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\",\"stage\",\"created_at\",\"updated_at\"],\"rows\":[[1,\"X\",\"saved\",1,1]]},\"job_tags\":{\"columns\":[\"job_id\",\"tag\"],\"rows\":[[2,\"ok\"]]}}}" },
  { "schema-zero", "{\"format\":\"pursuit-backup\",\"schema\":0,\"tables\":{\"jobs\":{\"columns\":[\"id\"],\"rows\":[]}}}" },
  { "interview-status", "{\"format\":\"pursuit-backup\",\"schema\":4,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\",\"stage\",\"created_at\",\"updated_at\"],\"rows\":[[1,\"X\",\"saved\",1,1]]},\"interviews\":{\"columns\":[\"id\",\"job_id\",\"kind\",\"starts_at\",\"status\",\"created_at\"],\"rows\":[[1,1,\"video\",5,\"maybe\",1]]}}}" },
  { "follow-up-dangling-interview", "{\"format\":\"pursuit-backup\",\"schema\":4,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\",\"stage\",\"created_at\",\"updated_at\"],\"rows\":[[1,\"X\",\"saved\",1,1]]},\"follow_ups\":{\"columns\":[\"id\",\"job_id\",\"sequence\",\"step\",\"due_at\",\"interview_id\",\"created_at\"],\"rows\":[[1,1,\"a\",1,5,9,1]]}}}" },
  { "reminder-source", "{\"format\":\"pursuit-backup\",\"schema\":4,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\",\"stage\",\"created_at\",\"updated_at\"],\"rows\":[[1,\"X\",\"saved\",1,1]]},\"reminder_state\":{\"columns\":[\"source\",\"source_id\",\"offset_minutes\"],\"rows\":[[\"email\",1,0]]}}}" },
  { "invalid-utf8", "{\"format\":\"pursuit-backup\",\"schema\":2,\"tables\":{\"jobs\":{\"columns\":[\"id\",\"title\"],\"rows\":[[1,\"\xff\"]]}}}" },
};

static void
test_backup_hostile (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autofree char *before = NULL;

  fill_every_table (fixture->store);
  before = export_comparable (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_backups); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      const char *json = hostile_backups[i].json;

      g_test_message ("case %s", hostile_backups[i].name);
      g_assert_false (pursuit_backup_restore_json (fixture->store, json, strlen (json), &error));
      g_assert_nonnull (error);
      g_test_message ("  → %s", error->message);

      /* Whatever went wrong, the store is exactly as it was. */
      after = export_comparable (fixture->store);
      g_assert_cmpstr (before, ==, after);
    }
}

/* A backup written by schema 2, before tags and stage times. */
static const char old_backup[] =
  "{\"format\":\"pursuit-backup\",\"version\":1,\"schema\":2,\"tables\":{"
  "\"stages\":{\"columns\":[\"key\",\"label\",\"category\",\"position\",\"color\"],\"rows\":[[\"saved\",null,\"saved\",0,\"#3584e4\"],[\"applied\",null,\"applied\",1,\"#2190a4\"],[\"screening\",null,\"screening\",2,\"#e5a50a\"],[\"interview_scheduled\",null,\"interview_scheduled\",3,\"#ff7800\"],[\"interviewing\",null,\"interviewing\""
  ",4,\"#9141ac\"],[\"offer\",null,\"offer\",5,\"#2ec27e\"],[\"accepted\",null,\"accepted\",6,\"#26a269\"],[\"rejected\",null,\"rejected\",7,\"#c01c28\"],[\"withdrawn\",null,\"withdrawn\",8,\"#77767b\"],[\"ghosted\",null,\"ghosted\",9,\"#986a44\"]]},"
  "\"companies\":{\"columns\":[\"id\",\"name\",\"created_at\"],\"rows\":[[1,\"Acme\",1700000000]]},"
  "\"jobs\":{\"columns\":[\"id\",\"title\",\"company_id\",\"stage\",\"created_at\",\"updated_at\"],"
  "  \"rows\":[[1,\"Engineer\",1,\"applied\",1700000000,1700000500],[2,\"Designer\",1,\"saved\",1700000100,1700000100]]},"
  "\"events\":{\"columns\":[\"id\",\"job_id\",\"kind\",\"from_stage\",\"to_stage\",\"created_at\"],"
  "  \"rows\":[[1,1,\"stage-changed\",\"saved\",\"applied\",1700000400]]},"
  "\"interviews\":{\"columns\":[\"id\",\"job_id\",\"kind\",\"starts_at\",\"duration_minutes\",\"created_at\"],"
  "  \"rows\":[[1,1,\"video\",1700090000,30,1700000450]]}}}";

typedef struct
{
  guint n;
} SignalCount;

static void
on_schedule_changed_cb (PursuitStore *store,
                        SignalCount  *count)
{
  count->n++;
}

static void
test_backup_old_schema (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitJob) engineer = NULL;
  g_autoptr(PursuitJob) designer = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GPtrArray) sequences = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  SignalCount schedule = { 0, };

  add_job (fixture->store, "Replaced", "Initech", NULL);
  g_signal_connect (fixture->store, "schedule-changed", G_CALLBACK (on_schedule_changed_cb), &schedule);

  g_assert_true (pursuit_backup_restore_json (fixture->store, old_backup, strlen (old_backup), &error));
  g_assert_no_error (error);
  /* The calendar and the reminders read the store again. */
  g_assert_cmpuint (schedule.n, ==, 1);
  g_signal_handlers_disconnect_by_data (fixture->store, &schedule);

  engineer = pursuit_store_get_job (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_title (engineer), ==, "Engineer");
  g_assert_cmpint (pursuit_job_get_stage_changed_at (engineer), ==, 1700000400);
  g_assert_cmpuint (g_strv_length ((char **)pursuit_job_get_tags (engineer)), ==, 0);
  designer = pursuit_store_get_job (fixture->store, 2, &error);
  g_assert_cmpint (pursuit_job_get_stage_changed_at (designer), ==, 1700000100);

  found = pursuit_store_search_jobs (fixture->store, "replaced", &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_clear_pointer (&found, g_ptr_array_unref);

  /* Its interview gets what schema 4 added, as the migration gives it;
   * the follow-up sequences, which it did not have, stay. */
  interview = pursuit_store_get_interview (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "scheduled");
  g_assert_cmpstr (pursuit_interview_get_reminder_minutes (interview), ==, "1440,60,15");
  g_assert_true (g_str_has_suffix (pursuit_interview_get_uid (interview), "@pursuit.invalid"));
  g_assert_cmpint (pursuit_interview_get_updated_at (interview), ==, 1700000450);
  sequences = pursuit_store_list_sequences (fixture->store);
  g_assert_cmpuint (sequences->len, >=, 4);

  /* Tags work on what was restored. */
  g_assert_true (pursuit_store_tag_jobs (fixture->store, (gint64[]) { 2 }, 1, "ux", &error));
  found = pursuit_store_search_jobs (fixture->store, "ux acme", &error);
  g_assert_cmpuint (found->len, ==, 1);
}

static void
test_backup_snapshots (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autofree char *backup_dir = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *first = NULL;
  g_autofree char *not_due = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;

  add_job (fixture->store, "Engineer", "Acme", NULL);

  first = pursuit_backup_run_if_due (fixture->store, backup_dir, 14, &error);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_true (pursuit_backup_check_file (first, &error));
  g_assert_no_error (error);

  /* A day has not passed: nothing to do, and no error either. */
  not_due = pursuit_backup_run_if_due (fixture->store, backup_dir, 14, &error);
  g_assert_null (not_due);
  g_assert_no_error (error);

  /* Old copies beyond the number kept are deleted, oldest first. */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("pursuit-2020010%u-0000%02u.db", i % 9 + 1, i);
      g_autofree char *path = g_build_filename (backup_dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length;

      g_file_get_contents (first, &contents, &length, NULL);
      g_file_set_contents (path, contents, length, NULL);
    }

  /* Make the newest look old, so a backup is due again. */
  {
    struct utimbuf times = { 0, 0 };
    g_utime (first, &times);
  }

  g_clear_pointer (&not_due, g_free);
  not_due = pursuit_backup_run_if_due (fixture->store, backup_dir, 14, &error);
  g_assert_no_error (error);
  g_assert_nonnull (not_due);

  listed = pursuit_backup_list (backup_dir);
  g_assert_cmpuint (listed->len, ==, 14);
  g_assert_cmpstr (g_ptr_array_index (listed, 0), ==, not_due);
}

static void
backup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  char **path = user_data;
  g_autoptr(GError) error = NULL;

  *path = pursuit_backup_run_if_due_finish (PURSUIT_STORE (object), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*path);
}

static void
test_backup_async (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autofree char *backup_dir = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GError) error = NULL;

  add_job (fixture->store, "Engineer", "Acme", NULL);
  pursuit_backup_run_if_due_async (fixture->store, backup_dir, 14, NULL, backup_done_cb, &path);

  /* The store keeps writing while the copy is made. */
  add_job (fixture->store, "Designer", "Initech", NULL);

  while (path == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* The worker thread lets go of its task, and so of the store, after the
   * callback may already have run: the fixture checks nothing else holds
   * the store. */
  for (guint i = 0; i < 500 && g_atomic_int_get (&G_OBJECT (fixture->store)->ref_count) > 1; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10 * 1000);
    }

  g_assert_true (pursuit_backup_check_file (path, &error));
  g_assert_no_error (error);
  listed = pursuit_backup_list (backup_dir);
  g_assert_cmpuint (listed->len, ==, 1);
  g_assert_false (g_str_has_suffix (g_ptr_array_index (listed, 0), ".part"));
}

static void
test_backup_restore_file (StoreFixture  *fixture,
                          gconstpointer  data)
{
  g_autofree char *backup_dir = g_build_filename (fixture->dir, "backups", NULL);
  g_autofree char *snapshot = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *garbage = g_build_filename (fixture->dir, "garbage.db", NULL);
  g_autoptr(PursuitStore) reopened = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;

  add_job (fixture->store, "Kept", "Acme", NULL);
  snapshot = pursuit_backup_snapshot (fixture->store, backup_dir, &error);
  g_assert_no_error (error);
  add_job (fixture->store, "Lost after restore", "Acme", NULL);
  g_clear_object (&fixture->store);

  /* A damaged file is refused before anything is touched. */
  g_file_set_contents (garbage, "SQLite format 3\0 but then nothing useful", 40, NULL);
  g_assert_false (pursuit_backup_restore_file (fixture->path, garbage, &aside, &error));
  g_assert_nonnull (error);
  g_assert_null (aside);
  g_clear_error (&error);
  g_assert_false (pursuit_backup_check_file ("/nonexistent/x.db", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (pursuit_backup_restore_file (fixture->path, snapshot, &aside, &error));
  g_assert_no_error (error);
  g_assert_nonnull (aside);
  g_assert_true (g_file_test (aside, G_FILE_TEST_EXISTS));

  reopened = pursuit_store_new (fixture->path, &error);
  g_assert_no_error (error);
  jobs = pursuit_store_list_jobs (reopened, NULL, &error);
  g_assert_cmpuint (jobs->len, ==, 1);
  g_assert_cmpstr (pursuit_job_get_title (g_ptr_array_index (jobs, 0)), ==, "Kept");

  /* The database kept aside still has both jobs. */
  {
    g_autoptr(PursuitStore) old = pursuit_store_new (aside, &error);
    g_autoptr(GPtrArray) old_jobs = pursuit_store_list_jobs (old, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (old_jobs->len, ==, 2);
  }
}

static gint64
add_calendar_account (PursuitStore *store,
                      const char   *label)
{
  g_autoptr(PursuitAccount) account = pursuit_account_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_account_set_kind (account, "google");
  pursuit_account_set_label (account, label);
  pursuit_account_set_calendar_id (account, "primary");
  pursuit_account_set_sync_token (account, "sync-token-secretish");
  id = pursuit_store_add_account (store, account, &error);
  g_assert_no_error (error);
  return id;
}

/* Accounts are this computer's: a backup leaves them out (and the pushes
 * and links that name them), and a restore keeps the accounts it finds,
 * starting their calendars over from what was restored. */
static void
test_backup_accounts (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("pursuit-restore-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pursuit.db", NULL);
  g_autoptr(PursuitStore) restored = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(PursuitAccount) kept = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitInterview) stale = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gint64 job_id, account_id, kept_id, interview_id;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  job_id = add_job (fixture->store, "Data Engineer", "Globex", "applied");
  account_id = add_calendar_account (fixture->store, "ann@example.com");
  interview = make_interview (job_id, "video", now + 24 * 3600, 30);
  interview_id = store_interview (fixture->store, interview);
  g_assert_true (pursuit_store_set_calendar_link (fixture->store, account_id, "interview", interview_id,
                                                  "remote-event-id", "\"etag\"", &error));
  g_assert_cmpint (pursuit_store_enqueue_outbox (fixture->store, "mail.send", "{}", &error), >, 0);
  account = pursuit_store_get_account (fixture->store, account_id, &error);

  json = pursuit_backup_export_json (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (json, "ann@example.com"));
  g_assert_null (strstr (json, pursuit_account_get_secret_key (account)));
  g_assert_null (strstr (json, "sync-token-secretish"));
  g_assert_null (strstr (json, "remote-event-id"));
  g_assert_null (strstr (json, "calendar.push"));
  g_assert_nonnull (strstr (json, "mail.send"));

  /* Another computer, with its own account and a link to an interview of
   * its own, which the restore replaces. */
  restored = pursuit_store_new (path, &error);
  g_assert_no_error (error);
  job_id = add_job (restored, "Old job", "Initech", "applied");
  stale = make_interview (job_id, "phone", now + 48 * 3600, 30);
  kept_id = add_calendar_account (restored, "bob@example.com");
  g_assert_true (pursuit_store_set_calendar_link (restored, kept_id, "interview", store_interview (restored, stale),
                                                  "bobs-event", NULL, &error));

  g_assert_true (pursuit_backup_restore_json (restored, json, strlen (json), &error));
  g_assert_no_error (error);

  kept = pursuit_store_get_account (restored, kept_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_account_get_label (kept), ==, "bob@example.com");
  g_assert_null (pursuit_account_get_sync_token (kept));
  g_assert_cmpuint (pursuit_store_count_calendar_links (restored, kept_id), ==, 0);

  /* Its calendar gets the restored interview to come, and only that. */
  items = pursuit_store_list_outbox (restored, kept_id, &error);
  g_assert_cmpuint (items->len, ==, 1);
  g_assert_cmpstr (pursuit_outbox_item_get_source (g_ptr_array_index (items, 0)), ==, "interview");
  g_assert_cmpint (pursuit_outbox_item_get_source_id (g_ptr_array_index (items, 0)), ==, interview_id);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = pursuit_store_list_outbox (restored, 0, &error);
  g_assert_cmpuint (items->len, ==, 2);

  g_clear_object (&restored);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
  ADD ("/backup/json/round-trip", test_backup_json_round_trip);
  ADD ("/backup/json/hostile", test_backup_hostile);
  ADD ("/backup/json/old-schema", test_backup_old_schema);
  ADD ("/backup/json/accounts", test_backup_accounts);
  ADD ("/backup/snapshot/rotation", test_backup_snapshots);
  ADD ("/backup/snapshot/restore-file", test_backup_restore_file);
  ADD ("/backup/snapshot/async", test_backup_async);
#undef ADD

  return g_test_run ();
}
