/* test-demo.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <string.h>

#include "pursuit-demo.h"
#include "pursuit-pipeline.h"
#include "pursuit-store.h"

typedef struct
{
  char         *dir;
  PursuitStore *store;
} Fixture;

static PursuitStore *
open_store (const char *dir,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  PursuitStore *store = pursuit_store_new (path, &error);

  g_assert_no_error (error);
  g_assert_true (PURSUIT_IS_STORE (store));

  return store;
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }

  g_rmdir (path);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("pursuit-test-demo-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = open_store (fixture->dir, "pursuit.db");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *)&fixture->store);
  g_object_unref (fixture->store);
  g_assert_null (fixture->store);

  remove_dir (fixture->dir);
  g_free (fixture->dir);
}

static GPtrArray *
list_all_jobs (PursuitStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *jobs = pursuit_store_list_jobs (store, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (jobs);

  return jobs;
}

static void
test_demo_fill_count (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = NULL;

  g_assert_true (pursuit_demo_fill (fixture->store, 200, 42, &error));
  g_assert_no_error (error);

  jobs = list_all_jobs (fixture->store);
  g_assert_cmpuint (jobs->len, ==, 200);
}

static void
test_demo_fill_valid (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GHashTable) stage_keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) companies = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_saved = 0;

  g_assert_true (pursuit_demo_fill (fixture->store, 200, 7, &error));
  g_assert_no_error (error);

  stages = pursuit_store_list_stages (fixture->store);
  for (guint i = 0; i < stages->len; i++)
    g_hash_table_add (stage_keys, (gpointer)pursuit_stage_get_key (g_ptr_array_index (stages, i)));

  jobs = list_all_jobs (fixture->store);
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      const char *stage = pursuit_job_get_stage (job);
      const char *title = pursuit_job_get_title (job);
      const char *company = pursuit_job_get_company (job);

      g_assert_nonnull (title);
      g_assert_cmpstr (title, !=, "");
      g_assert_nonnull (company);
      g_assert_cmpstr (company, !=, "");
      g_assert_nonnull (pursuit_job_get_description (job));
      g_assert_nonnull (pursuit_job_get_posted_date (job));

      g_assert_nonnull (stage);
      g_assert_true (g_hash_table_contains (stage_keys, stage));
      g_hash_table_add (used, (gpointer)stage);
      g_hash_table_add (companies, (gpointer)company);

      if (g_str_equal (stage, PURSUIT_STAGE_SAVED))
        n_saved++;
      else
        g_assert_nonnull (pursuit_job_get_applied_date (job));

      if (pursuit_job_get_salary_max (job) > 0)
        {
          g_assert_cmpint (pursuit_job_get_salary_min (job), <=, pursuit_job_get_salary_max (job));
          g_assert_nonnull (pursuit_job_get_currency (job));
        }
    }

  /* Spread like a pipeline: many saved jobs, and more than a few stages. */
  g_assert_cmpuint (n_saved, >, 20);
  g_assert_cmpuint (n_saved, <, 120);
  g_assert_cmpuint (g_hash_table_size (used), >=, 6);
  g_assert_cmpuint (g_hash_table_size (companies), >=, 40);
}

static void
test_demo_fill_tags_and_stage_times (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GHashTable) days_in_stage = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_auto(GStrv) tags = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  guint n_tagged = 0;
  guint n_moved = 0;
  guint n_due[4] = { 0, };   /* none, interview, follow-up, reminder */

  g_assert_true (pursuit_demo_fill (fixture->store, 300, 11, &error));
  g_assert_no_error (error);

  jobs = list_all_jobs (fixture->store);
  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      gint64 created_at = pursuit_job_get_created_at (job);
      gint64 entered_at = pursuit_job_get_stage_changed_at (job);

      if (pursuit_job_get_tags (job)[0] != NULL)
        n_tagged++;

      if (pursuit_job_get_next_due_at (job) == 0)
        n_due[0]++;
      else if (g_strcmp0 (pursuit_job_get_next_due_kind (job), "interview") == 0)
        n_due[1]++;
      else if (g_strcmp0 (pursuit_job_get_next_due_kind (job), "follow-up") == 0)
        n_due[2]++;
      else if (g_strcmp0 (pursuit_job_get_next_due_kind (job), "reminder") == 0)
        n_due[3]++;
      else
        g_assert_not_reached ();

      /* In its stage since it was created, or later, and not in the future. */
      g_assert_cmpint (entered_at, >=, created_at);
      g_assert_cmpint (entered_at, <=, now + 1);
      if (entered_at > created_at + 24 * 3600)
        n_moved++;

      g_hash_table_add (days_in_stage, GINT_TO_POINTER ((now - entered_at) / (24 * 3600)));
    }

  /* A realistic share of tagged jobs, with the tags people use. */
  g_assert_cmpuint (n_tagged, >, jobs->len / 5);
  g_assert_cmpuint (n_tagged, <, jobs->len * 4 / 5);
  tags = pursuit_store_list_tags (fixture->store);
  g_assert_true (g_strv_contains ((const char * const *)tags, "dream job"));
  g_assert_true (g_strv_contains ((const char * const *)tags, "referral"));
  g_assert_true (g_strv_contains ((const char * const *)tags, "fintech"));
  g_assert_true (g_strv_contains ((const char * const *)tags, "python"));

  /* Cards have due items of every kind to show, most have none. */
  g_assert_cmpuint (n_due[0], >, jobs->len / 2);
  g_assert_cmpuint (n_due[1], >, 0);
  g_assert_cmpuint (n_due[2], >, 10);
  g_assert_cmpuint (n_due[3], >, 0);

  /* Days in the stage vary: the board does not say "0 days" everywhere. */
  g_assert_cmpuint (n_moved, >, 20);
  g_assert_cmpuint (g_hash_table_size (days_in_stage), >=, 20);
}

static GPtrArray *
sorted_titles (PursuitStore *store)
{
  g_autoptr(GPtrArray) jobs = list_all_jobs (store);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  /* Jobs come out most recently changed first; sort by id for a stable order. */
  for (guint i = 0; i < jobs->len; i++)
    g_ptr_array_add (result, NULL);

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      gint64 id = pursuit_job_get_id (job);

      g_assert_cmpint (id, >=, 1);
      g_assert_cmpint (id, <=, jobs->len);
      g_assert_null (g_ptr_array_index (result, id - 1));
      g_ptr_array_index (result, id - 1) =
        g_strdup_printf ("%s at %s", pursuit_job_get_title (job), pursuit_job_get_company (job));
    }

  return result;
}

static void
test_demo_fill_deterministic (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitStore) other = open_store (fixture->dir, "other.db");
  g_autoptr(PursuitStore) third = open_store (fixture->dir, "third.db");
  g_autoptr(GPtrArray) first_titles = NULL;
  g_autoptr(GPtrArray) other_titles = NULL;
  g_autoptr(GPtrArray) third_titles = NULL;
  guint differences = 0;

  g_assert_true (pursuit_demo_fill (fixture->store, 200, 1234, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_demo_fill (other, 200, 1234, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_demo_fill (third, 200, 4321, &error));
  g_assert_no_error (error);

  first_titles = sorted_titles (fixture->store);
  other_titles = sorted_titles (other);
  third_titles = sorted_titles (third);

  g_assert_cmpuint (first_titles->len, ==, 200);
  g_assert_cmpuint (other_titles->len, ==, 200);

  for (guint i = 0; i < first_titles->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (first_titles, i), ==, g_ptr_array_index (other_titles, i));
      if (g_strcmp0 (g_ptr_array_index (first_titles, i), g_ptr_array_index (third_titles, i)) != 0)
        differences++;
    }

  /* Another seed gives other jobs. */
  g_assert_cmpuint (differences, >, 100);
}

static void
on_job_added_cb (PursuitStore *store,
                 PursuitJob   *job,
                 guint        *count)
{
  (*count)++;
}

static void
test_demo_fill_signals (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint added = 0;

  g_signal_connect (fixture->store, "job-added", G_CALLBACK (on_job_added_cb), &added);

  g_assert_true (pursuit_demo_fill (fixture->store, 25, 99, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 25);

  g_signal_handlers_disconnect_by_func (fixture->store, on_job_added_cb, &added);
}

static void
test_demo_fill_zero (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = NULL;

  g_assert_true (pursuit_demo_fill (fixture->store, 0, 1, &error));
  g_assert_no_error (error);

  jobs = list_all_jobs (fixture->store);
  g_assert_cmpuint (jobs->len, ==, 0);
}

/* The calendar of sample data looks like a search in progress: items of
 * every kind in the weeks around today, interviews with the fields the
 * calendar and the reminders use, thank-you notes tied to past ones. */
static void
test_demo_fill_schedule (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) agenda = NULL;
  gint64 before = g_get_real_time () / G_USEC_PER_SEC;
  gint64 now;
  guint n_kind[4] = { 0, };
  guint n_thank_you = 0, n_past_before = 0, n_past = 0, n_sent = 0;
  g_autoptr(GPtrArray) due = NULL;

  g_assert_true (pursuit_demo_fill (fixture->store, 200, 7, &error));
  g_assert_no_error (error);
  now = g_get_real_time () / G_USEC_PER_SEC + 1;

  /* Only what is still to come will notify. */
  due = pursuit_store_list_due_reminders (fixture->store, before, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 0);
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store, now), >, now);

  agenda = pursuit_store_list_agenda (fixture->store, now - 7 * 24 * 3600, now + 21 * 24 * 3600, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < agenda->len; i++)
    n_kind[pursuit_agenda_item_get_kind (g_ptr_array_index (agenda, i))]++;

  g_assert_cmpuint (n_kind[PURSUIT_AGENDA_INTERVIEW], >=, 5);
  g_assert_cmpuint (n_kind[PURSUIT_AGENDA_FOLLOW_UP], >=, 5);
  g_assert_cmpuint (n_kind[PURSUIT_AGENDA_REMINDER], >=, 2);
  g_assert_cmpuint (n_kind[PURSUIT_AGENDA_DEADLINE], >=, 2);

  jobs = list_all_jobs (fixture->store);
  for (guint i = 0; i < jobs->len; i++)
    {
      gint64 job_id = pursuit_job_get_id (g_ptr_array_index (jobs, i));
      g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (fixture->store, job_id);
      g_autoptr(GPtrArray) follow_ups = pursuit_store_list_follow_ups (fixture->store, job_id);

      for (guint j = 0; j < interviews->len; j++)
        {
          PursuitInterview *interview = g_ptr_array_index (interviews, j);

          g_assert_nonnull (pursuit_interview_get_interviewer (interview));
          g_assert_nonnull (strchr (pursuit_interview_get_interviewer_email (interview), '@'));
          g_assert_nonnull (pursuit_interview_get_uid (interview));
          g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "scheduled");
          n_past_before += pursuit_interview_get_ends_at (interview) < before;
          n_past += pursuit_interview_get_ends_at (interview) < now;
        }

      for (guint j = 0; j < follow_ups->len; j++)
        {
          PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, j);
          gint64 interview_id = pursuit_follow_up_get_interview_id (follow_up);

          if (pursuit_follow_up_get_template (follow_up) != NULL)
            g_assert_cmpstr (pursuit_follow_up_get_template (follow_up), !=, "");

          if (interview_id == 0)
            continue;

          n_thank_you++;
          if (g_strcmp0 (pursuit_follow_up_get_status (follow_up), "sent") == 0)
            {
              n_sent++;
              g_assert_cmpint (pursuit_follow_up_get_completed_at (follow_up), >, 0);
            }
        }
    }

  /* Interviews that ended while the data was made may or may not have
   * one. */
  g_assert_cmpuint (n_past_before, >, 0);
  g_assert_cmpuint (n_thank_you, >=, n_past_before);
  g_assert_cmpuint (n_thank_you, <=, n_past);
  g_assert_cmpuint (n_sent, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/demo/fill/count", Fixture, NULL,
              fixture_setup, test_demo_fill_count, fixture_teardown);
  g_test_add ("/core/demo/fill/valid", Fixture, NULL,
              fixture_setup, test_demo_fill_valid, fixture_teardown);
  g_test_add ("/core/demo/fill/tags-stage-times", Fixture, NULL,
              fixture_setup, test_demo_fill_tags_and_stage_times, fixture_teardown);
  g_test_add ("/core/demo/fill/deterministic", Fixture, NULL,
              fixture_setup, test_demo_fill_deterministic, fixture_teardown);
  g_test_add ("/core/demo/fill/signals", Fixture, NULL,
              fixture_setup, test_demo_fill_signals, fixture_teardown);
  g_test_add ("/core/demo/fill/schedule", Fixture, NULL,
              fixture_setup, test_demo_fill_schedule, fixture_teardown);
  g_test_add ("/core/demo/fill/zero", Fixture, NULL,
              fixture_setup, test_demo_fill_zero, fixture_teardown);

  return g_test_run ();
}
