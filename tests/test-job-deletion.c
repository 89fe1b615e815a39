/* test-job-deletion.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-job-deletion.h"
#include "pursuit-pipeline.h"
#include "pursuit-store-private.h"
#include "pursuit-test-store.h"

#define LONG_AGO 1700000000

/* Everything a job's page shows, read from the store. */
typedef struct
{
  PursuitJob *job;
  GPtrArray  *notes;
  GPtrArray  *contacts;
  GPtrArray  *interviews;
  GPtrArray  *follow_ups;
  GPtrArray  *events;
  GPtrArray  *documents;
} Snapshot;

static void
snapshot_free (Snapshot *snapshot)
{
  g_clear_object (&snapshot->job);
  g_clear_pointer (&snapshot->notes, g_ptr_array_unref);
  g_clear_pointer (&snapshot->contacts, g_ptr_array_unref);
  g_clear_pointer (&snapshot->interviews, g_ptr_array_unref);
  g_clear_pointer (&snapshot->follow_ups, g_ptr_array_unref);
  g_clear_pointer (&snapshot->events, g_ptr_array_unref);
  g_clear_pointer (&snapshot->documents, g_ptr_array_unref);
  g_free (snapshot);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Snapshot, snapshot_free)

static Snapshot *
take_snapshot (PursuitStore *store,
               gint64        job_id)
{
  Snapshot *snapshot = g_new0 (Snapshot, 1);
  g_autoptr(GError) error = NULL;

  snapshot->job = pursuit_store_get_job (store, job_id, &error);
  g_assert_no_error (error);
  snapshot->notes = pursuit_store_list_notes (store, job_id);
  snapshot->contacts = pursuit_store_list_contacts (store, job_id);
  snapshot->interviews = pursuit_store_list_interviews (store, job_id);
  snapshot->follow_ups = pursuit_store_list_follow_ups (store, job_id);
  snapshot->events = pursuit_store_list_events (store, job_id);
  snapshot->documents = pursuit_store_list_documents (store, job_id);

  return snapshot;
}

/* Compares every property but those named in @skip (ids that change). */
static void
assert_same_object (GObject            *expected,
                    GObject            *actual,
                    const char * const *skip)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert_true (G_OBJECT_TYPE (expected) == G_OBJECT_TYPE (actual));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (expected), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) a = G_VALUE_INIT;
      g_auto(GValue) b = G_VALUE_INIT;
      gboolean same;

      if (g_strv_contains (skip, pspecs[i]->name))
        continue;

      g_value_init (&a, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_value_init (&b, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_object_get_property (expected, pspecs[i]->name, &a);
      g_object_get_property (actual, pspecs[i]->name, &b);

      if (G_VALUE_HOLDS (&a, G_TYPE_STRV))
        same = g_strv_equal (g_value_get_boxed (&a), g_value_get_boxed (&b));
      else
        same = g_param_values_cmp (pspecs[i], &a, &b) == 0;

      if (!same)
        {
          g_autofree char *text_a = g_strdup_value_contents (&a);
          g_autofree char *text_b = g_strdup_value_contents (&b);

          g_error ("%s:%s was %s, is %s", G_OBJECT_TYPE_NAME (expected), pspecs[i]->name,
                   text_a, text_b);
        }
    }
}

static void
assert_same_rows (GPtrArray *expected,
                  GPtrArray *actual)
{
  static const char * const skip[] = { "id", "job-id", NULL };

  g_assert_cmpuint (expected->len, ==, actual->len);
  for (guint i = 0; i < expected->len; i++)
    assert_same_object (g_ptr_array_index (expected, i), g_ptr_array_index (actual, i), skip);
}

/* The job looks as it did, except its id and the time it was last
 * changed, which is the undo. */
static void
assert_same_snapshot (Snapshot *expected,
                      Snapshot *actual)
{
  static const char * const job_skip[] = { "id", "updated-at", NULL };

  assert_same_object (G_OBJECT (expected->job), G_OBJECT (actual->job), job_skip);
  assert_same_rows (expected->notes, actual->notes);
  assert_same_rows (expected->contacts, actual->contacts);
  assert_same_rows (expected->interviews, actual->interviews);
  assert_same_rows (expected->follow_ups, actual->follow_ups);
  assert_same_rows (expected->events, actual->events);

  /* The very same documents, linked again. */
  g_assert_cmpuint (expected->documents->len, ==, actual->documents->len);
  for (guint i = 0; i < expected->documents->len; i++)
    {
      static const char * const skip[] = { "job-id", NULL };

      assert_same_object (g_ptr_array_index (expected->documents, i),
                          g_ptr_array_index (actual->documents, i), skip);
    }
}

static gint64
count_rows (PursuitStore *store,
            const char   *sql)
{
  sqlite3 *db = _pursuit_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return count;
}

static void
exec_sql (PursuitStore *store,
          const char   *sql)
{
  char *message = NULL;

  if (sqlite3_exec (_pursuit_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
add_note (PursuitStore *store,
          gint64        job_id,
          const char   *kind,
          const char   *body,
          const char   *tags,
          int           priority,
          gint64        due_at,
          gboolean      done)
{
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_note_set_job_id (note, job_id);
  pursuit_note_set_kind (note, kind);
  pursuit_note_set_body (note, body);
  pursuit_note_set_tags (note, tags);
  pursuit_note_set_priority (note, priority);
  pursuit_note_set_due_at (note, due_at);
  pursuit_note_set_created_at (note, LONG_AGO + 60);
  id = pursuit_store_add_note (store, note, &error);
  g_assert_no_error (error);

  if (done)
    {
      g_assert_true (pursuit_store_set_note_done (store, id, TRUE, &error));
      g_assert_no_error (error);
    }

  return id;
}

static void
add_follow_up (PursuitStore *store,
               gint64        job_id,
               int           step,
               gint64        due_at,
               const char   *status)
{
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
  g_autoptr(GError) error = NULL;

  pursuit_follow_up_set_job_id (follow_up, job_id);
  pursuit_follow_up_set_sequence (follow_up, "after-applied");
  pursuit_follow_up_set_step (follow_up, step);
  pursuit_follow_up_set_due_at (follow_up, due_at);
  pursuit_follow_up_set_status (follow_up, status);
  g_assert_cmpint (pursuit_store_add_follow_up (store, follow_up, &error), >, 0);
  g_assert_no_error (error);
}

/* A job with every kind of row that hangs off a job. */
static gint64
add_full_job (PursuitStore *store,
              const char   *title,
              gint64       *out_document_id)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "remote-first", "rust", NULL };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 job_id;
  gint64 document_id;

  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, "Alderbank Systems");
  pursuit_job_set_location (job, "Berlin, Germany");
  pursuit_job_set_remote (job, TRUE);
  pursuit_job_set_salary_min (job, 60000);
  pursuit_job_set_salary_max (job, 75000);
  pursuit_job_set_currency (job, "EUR");
  pursuit_job_set_salary_period (job, "YEAR");
  pursuit_job_set_url (job, "https://jobs.example.com/backend");
  pursuit_job_set_apply_url (job, "https://jobs.example.com/backend/apply");
  pursuit_job_set_description (job, "We need <b>bold</b> & brave people.");
  pursuit_job_set_source (job, "Example Board");
  pursuit_job_set_employment_type (job, "full-time");
  pursuit_job_set_posted_date (job, "2023-11-01");
  pursuit_job_set_deadline (job, "2023-12-01");
  pursuit_job_set_stage (job, PURSUIT_STAGE_APPLIED);
  pursuit_job_set_applied_date (job, "2023-11-14");
  pursuit_job_set_match_score (job, 87);
  pursuit_job_set_resume (job, "resume-2023.pdf");
  pursuit_job_set_cover_letter (job, "Dear team, …");
  pursuit_job_set_tags (job, tags);
  pursuit_job_set_created_at (job, LONG_AGO);
  pursuit_job_set_stage_changed_at (job, LONG_AGO + 10);
  job_id = pursuit_store_add_job (store, job, &error);
  g_assert_no_error (error);

  /* A timeline with more than its creation, and a withdraw reason. */
  g_assert_true (pursuit_store_move_job (store, job_id, PURSUIT_STAGE_WITHDRAWN,
                                         "Accepted another offer", &error));
  g_assert_no_error (error);

  add_note (store, job_id, "note", "Referred by Sam", "referral,team", 2, 0, TRUE);
  add_note (store, job_id, "reminder", "Call back", NULL, 1, now + 3600, FALSE);

  pursuit_contact_set_job_id (contact, job_id);
  pursuit_contact_set_name (contact, "Dana Reyes");
  pursuit_contact_set_role (contact, "Recruiter");
  pursuit_contact_set_email (contact, "dana@example.com");
  pursuit_contact_set_phone (contact, "+49 30 1234567");
  pursuit_contact_set_notes (contact, "Prefers mail");
  pursuit_contact_set_created_at (contact, LONG_AGO + 120);
  g_assert_cmpint (pursuit_store_add_contact_full (store, contact, &error), >, 0);
  g_assert_no_error (error);

  pursuit_interview_set_job_id (interview, job_id);
  pursuit_interview_set_kind (interview, "onsite");
  pursuit_interview_set_starts_at (interview, now + 2 * 24 * 3600);
  pursuit_interview_set_duration_minutes (interview, 90);
  pursuit_interview_set_location (interview, "Room 4");
  pursuit_interview_set_interviewer (interview, "Kim");
  pursuit_interview_set_notes (interview, "Bring the portfolio");
  g_assert_cmpint (pursuit_store_add_interview (store, interview, &error), >, 0);
  g_assert_no_error (error);

  add_follow_up (store, job_id, 1, now - 3600, "done");
  add_follow_up (store, job_id, 2, now + 24 * 3600, "pending");

  document_id = pursuit_store_add_document (store, job_id, "resume", "CV", "/tmp/cv.pdf", &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_store_add_document (store, job_id, "portfolio", "Work", NULL, &error), >, 0);
  g_assert_no_error (error);

  if (out_document_id != NULL)
    *out_document_id = document_id;

  return job_id;
}

static gint64
only_job_id (PursuitStore *store)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;

  jobs = pursuit_store_list_jobs (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);

  return pursuit_job_get_id (g_ptr_array_index (jobs, 0));
}

/* For signals with one object argument. */
static void
count_cb (gpointer  instance,
          gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
test_round_trip (StoreFixture  *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitJobDeletion) deletion = pursuit_job_deletion_new (fixture->store);
  g_autoptr(Snapshot) before = NULL;
  g_autoptr(Snapshot) after = NULL;
  g_autoptr(GPtrArray) loose = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id;
  gint64 loose_id;
  guint n_added = 0;
  guint n_interviews = 0;

  job_id = add_full_job (fixture->store, "Backend Engineer", NULL);
  /* Documents of no job stay that way. */
  loose_id = pursuit_store_add_document (fixture->store, 0, "other", "Loose", NULL, &error);
  g_assert_no_error (error);

  before = take_snapshot (fixture->store, job_id);
  g_assert_cmpuint (before->notes->len, ==, 2);
  g_assert_cmpuint (before->contacts->len, ==, 1);
  g_assert_cmpuint (before->interviews->len, ==, 1);
  g_assert_cmpuint (before->follow_ups->len, ==, 2);
  g_assert_cmpuint (before->events->len, ==, 3);
  g_assert_cmpuint (before->documents->len, ==, 2);
  g_assert_cmpstr (pursuit_job_get_withdraw_reason (before->job), ==, "Accepted another offer");
  g_assert_cmpint (pursuit_job_get_next_due_at (before->job), >, 0);

  g_assert_true (pursuit_job_deletion_delete (deletion, &job_id, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_job_deletion_get_n_jobs (deletion), ==, 1);
  g_assert_cmpstr (pursuit_job_get_title (pursuit_job_deletion_get_job (deletion, 0)), ==, "Backend Engineer");
  g_assert_null (pursuit_store_get_job (fixture->store, job_id, NULL));
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM documents WHERE job_id IS NULL"), ==, 3);

  g_signal_connect (fixture->store, "job-added", G_CALLBACK (count_cb), &n_added);
  g_signal_connect (fixture->store, "interview-scheduled", G_CALLBACK (count_cb), &n_interviews);

  g_assert_true (pursuit_job_deletion_undo (deletion, &error));
  g_assert_no_error (error);

  /* One job came back, and no interview was scheduled anew: the
   * automation has nothing to act on. */
  g_assert_cmpuint (n_added, ==, 1);
  g_assert_cmpuint (n_interviews, ==, 0);

  after = take_snapshot (fixture->store, only_job_id (fixture->store));
  assert_same_snapshot (before, after);

  loose = pursuit_store_list_documents (fixture->store, 0);
  g_assert_cmpuint (loose->len, ==, 1);
  g_assert_cmpint (pursuit_document_get_id (g_ptr_array_index (loose, 0)), ==, loose_id);

  /* The tags are searchable again, as are the notes. */
  g_assert_true (pursuit_store_job_matches (fixture->store, pursuit_job_get_id (after->job), "rust"));
  g_assert_true (pursuit_store_job_matches (fixture->store, pursuit_job_get_id (after->job), "Referred"));
}

static void
test_undo_twice (StoreFixture  *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitJobDeletion) deletion = pursuit_job_deletion_new (fixture->store);
  g_autoptr(GError) error = NULL;
  gint64 ids[2];

  ids[0] = add_full_job (fixture->store, "Backend Engineer", NULL);
  ids[1] = add_job (fixture->store, "Data Engineer", "Brightwater", PURSUIT_STAGE_SAVED);

  g_assert_true (pursuit_job_deletion_delete (deletion, ids, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM jobs"), ==, 0);

  g_assert_true (pursuit_job_deletion_undo (deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM jobs"), ==, 2);

  g_assert_false (pursuit_job_deletion_undo (deletion, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM jobs"), ==, 2);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM notes"), ==, 2);
}

/* Undo works on the store as it is later, not as it was. */
static void
test_undo_after_changes (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitJobDeletion) deletion = pursuit_job_deletion_new (fixture->store);
  g_autoptr(Snapshot) before = NULL;
  g_autoptr(Snapshot) after = NULL;
  g_autoptr(PursuitStage) stage = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id;
  gint64 other_id;
  gint64 restored_id = 0;

  job_id = add_full_job (fixture->store, "Backend Engineer", NULL);
  before = take_snapshot (fixture->store, job_id);

  g_assert_true (pursuit_job_deletion_delete (deletion, &job_id, 1, &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_store_update_stage (fixture->store, PURSUIT_STAGE_WITHDRAWN,
                                             "Stepped back", NULL, &error));
  g_assert_no_error (error);
  other_id = add_job (fixture->store, "Data Engineer", "Alderbank Systems", PURSUIT_STAGE_SAVED);

  g_assert_true (pursuit_job_deletion_undo (deletion, &error));
  g_assert_no_error (error);

  jobs = pursuit_store_list_jobs (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 2);
  for (guint i = 0; i < jobs->len; i++)
    if (pursuit_job_get_id (g_ptr_array_index (jobs, i)) != other_id)
      restored_id = pursuit_job_get_id (g_ptr_array_index (jobs, i));
  g_assert_cmpint (restored_id, >, 0);

  after = take_snapshot (fixture->store, restored_id);
  assert_same_snapshot (before, after);

  stage = pursuit_store_get_stage (fixture->store, pursuit_job_get_stage (after->job));
  g_assert_cmpstr (pursuit_stage_get_label (stage), ==, "Stepped back");
}

/* A failure half way leaves nothing restored, and Undo may be tried
 * again once the cause is gone. */
static void
test_undo_fails_atomically (StoreFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitJobDeletion) deletion = pursuit_job_deletion_new (fixture->store);
  g_autoptr(Snapshot) before = NULL;
  g_autoptr(Snapshot) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[2];
  gint64 document_id;

  /* The first job comes back whole before the second one fails. */
  ids[0] = add_job (fixture->store, "Data Engineer", "Brightwater", PURSUIT_STAGE_SAVED);
  add_note (fixture->store, ids[0], "note", "First", NULL, 0, 0, FALSE);
  ids[1] = add_full_job (fixture->store, "Backend Engineer", &document_id);
  before = take_snapshot (fixture->store, ids[1]);

  g_assert_true (pursuit_job_deletion_delete (deletion, ids, 2, &error));
  g_assert_no_error (error);

  exec_sql (fixture->store,
            "CREATE TEMP TRIGGER refuse_follow_ups BEFORE INSERT ON follow_ups"
            " BEGIN SELECT RAISE (ABORT, 'refused'); END");

  g_assert_false (pursuit_job_deletion_undo (deletion, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_DATABASE);
  g_clear_error (&error);

  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM jobs"), ==, 0);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM job_tags"), ==, 0);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM notes"), ==, 0);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM contacts"), ==, 0);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM interviews"), ==, 0);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM events"), ==, 0);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM documents WHERE job_id IS NOT NULL"), ==, 0);

  /* The store takes writes again. */
  add_job (fixture->store, "Unrelated", NULL, PURSUIT_STAGE_SAVED);

  exec_sql (fixture->store, "DROP TRIGGER refuse_follow_ups");
  g_assert_true (pursuit_job_deletion_undo (deletion, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM jobs"), ==, 3);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM notes WHERE body = 'First'"), ==, 1);

  after = take_snapshot (fixture->store,
                         count_rows (fixture->store, "SELECT id FROM jobs WHERE title = 'Backend Engineer'"));
  assert_same_snapshot (before, after);
  g_assert_cmpint (pursuit_document_get_id (g_ptr_array_index (after->documents, 0)), ==, document_id);
}

/* A job whose stage is gone cannot come back, nor can the others with it. */
static void
test_undo_unknown_stage (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitJobDeletion) deletion = pursuit_job_deletion_new (fixture->store);
  g_autoptr(GError) error = NULL;
  gint64 ids[2];

  ids[0] = add_job (fixture->store, "Data Engineer", "Brightwater", PURSUIT_STAGE_SAVED);
  ids[1] = add_job (fixture->store, "Platform Engineer", "Brightwater", PURSUIT_STAGE_GHOSTED);

  g_assert_true (pursuit_job_deletion_delete (deletion, ids, 2, &error));
  g_assert_no_error (error);

  exec_sql (fixture->store, "DELETE FROM stages WHERE key = 'ghosted'");

  g_assert_false (pursuit_job_deletion_undo (deletion, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM jobs"), ==, 0);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM events"), ==, 0);
}

/* A document removed after the delete is not brought back; one given to
 * another job stays there. */
static void
test_undo_documents_moved_on (StoreFixture  *fixture,
                              gconstpointer  data)
{
  g_autoptr(PursuitJobDeletion) deletion = pursuit_job_deletion_new (fixture->store);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id;
  gint64 first_id;

  job_id = add_full_job (fixture->store, "Backend Engineer", &first_id);

  g_assert_true (pursuit_job_deletion_delete (deletion, &job_id, 1, &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_store_remove_document (fixture->store, first_id, &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_job_deletion_undo (deletion, &error));
  g_assert_no_error (error);

  documents = pursuit_store_list_documents (fixture->store, only_job_id (fixture->store));
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpstr (pursuit_document_get_title (g_ptr_array_index (documents, 0)), ==, "Work");
}

static void
test_delete_missing (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitJobDeletion) deletion = pursuit_job_deletion_new (fixture->store);
  g_autoptr(GError) error = NULL;
  gint64 ids[2];

  ids[0] = add_full_job (fixture->store, "Backend Engineer", NULL);
  ids[1] = ids[0] + 1000;

  g_assert_false (pursuit_job_deletion_delete (deletion, ids, 2, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_assert_cmpuint (pursuit_job_deletion_get_n_jobs (deletion), ==, 0);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM jobs"), ==, 1);
  g_assert_cmpint (count_rows (fixture->store, "SELECT count (*) FROM documents WHERE job_id IS NULL"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)

  ADD ("/core/job-deletion/round-trip", test_round_trip);
  ADD ("/core/job-deletion/undo-twice", test_undo_twice);
  ADD ("/core/job-deletion/undo-after-changes", test_undo_after_changes);
  ADD ("/core/job-deletion/undo-fails-atomically", test_undo_fails_atomically);
  ADD ("/core/job-deletion/undo-unknown-stage", test_undo_unknown_stage);
  ADD ("/core/job-deletion/undo-documents-moved-on", test_undo_documents_moved_on);
  ADD ("/core/job-deletion/delete-missing", test_delete_missing);

#undef ADD

  return g_test_run ();
}
