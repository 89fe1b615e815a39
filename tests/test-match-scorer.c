/* test-match-scorer.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitMatchScorer keeps jobs.match_score current: the store's signals
 * in, scores written back from a worker thread's results, "idle" when
 * done. */

#include "pursuit-automation.h"
#include "pursuit-match-scorer.h"
#include "pursuit-store-matching.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"

#define DATA_JOB_DESCRIPTION \
  "Requirements:\n" \
  "- 3+ years of experience with Python\n" \
  "- SQL and PostgreSQL\n" \
  "- Docker\n\n" \
  "Nice to have:\n" \
  "- Kubernetes\n"

#define NURSE_DESCRIPTION \
  "Requirements:\n" \
  "- Patient care and wound care\n" \
  "- Medication administration\n"

typedef struct
{
  StoreFixture        base;
  PursuitMatchScorer *scorer;
  guint               idle;
  guint               job_changed;
} Fixture;

static void
on_idle_cb (PursuitMatchScorer *scorer,
            Fixture            *fixture)
{
  fixture->idle++;
}

static void
on_job_changed_cb (PursuitStore *store,
                   PursuitJob   *job,
                   Fixture      *fixture)
{
  fixture->job_changed++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  store_fixture_setup (&fixture->base, data);
  g_signal_connect (fixture->base.store, "job-changed", G_CALLBACK (on_job_changed_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  /* A worker thread may hold the scorer a moment longer; disposing it
   * lets go of the store now, which the store fixture checks. */
  if (fixture->scorer != NULL)
    g_object_run_dispose (G_OBJECT (fixture->scorer));
  g_clear_object (&fixture->scorer);
  g_signal_handlers_disconnect_by_data (fixture->base.store, fixture);
  store_fixture_teardown (&fixture->base, data);
}

static void
start_scorer (Fixture *fixture)
{
  fixture->scorer = pursuit_match_scorer_new (fixture->base.store);
  g_signal_connect (fixture->scorer, "idle", G_CALLBACK (on_idle_cb), fixture);
}

static gboolean
timed_out_cb (gpointer user_data)
{
  g_error ("The scorer did not become idle in time");
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the scorer says it is idle again. */
static void
wait_idle (Fixture *fixture)
{
  guint before = fixture->idle;
  guint timeout = g_timeout_add_seconds (30, timed_out_cb, NULL);

  while (fixture->idle == before)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (timeout);
  g_assert_false (pursuit_match_scorer_is_busy (fixture->scorer));
}

static int
stored_score (PursuitStore *store,
              gint64        job_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_store_get_job (store, job_id, &error);

  g_assert_no_error (error);
  return pursuit_job_get_match_score (job);
}

static int
analyzed_score (PursuitStore *store,
                gint64        job_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMatchResult) result = pursuit_store_analyze_job (store, job_id, &error);

  g_assert_no_error (error);
  return pursuit_match_result_get_score (result);
}

static void
import_cv (PursuitStore *store,
           const char   *first_skill,
           ...)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  va_list args;

  va_start (args, first_skill);
  for (const char *skill = first_skill; skill != NULL; skill = va_arg (args, const char *))
    pursuit_profile_set_skill (profile, skill, PURSUIT_SKILL_LEVEL_ADVANCED);
  va_end (args);
  pursuit_profile_set_years_of_experience (profile, 4);

  add_text_cv (store, "Mine", "My CV", profile);
}

static void
test_scorer_cv_import (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitStore *store = fixture->base.store;
  gint64 data_job, nurse_job, empty_job;

  data_job = add_job_with_description (store, "Data Engineer", "Acme", "saved", DATA_JOB_DESCRIPTION);
  nurse_job = add_job_with_description (store, "Night Nurse", "Acme", "saved", NURSE_DESCRIPTION);
  empty_job = add_job (store, "Mystery", "Acme", "saved");

  /* No CV: nothing to score against, nothing written. */
  start_scorer (fixture);
  wait_idle (fixture);
  g_assert_cmpint (stored_score (store, data_job), ==, -1);
  g_assert_cmpint (fixture->job_changed, ==, 0);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM job_requirements"), ==, 0);

  /* Importing a CV scores every job, as the job page would. */
  import_cv (store, "Python", "SQL", "Docker", NULL);
  wait_idle (fixture);
  g_assert_cmpint (stored_score (store, data_job), >=, 50);
  g_assert_cmpint (stored_score (store, data_job), ==, analyzed_score (store, data_job));
  g_assert_cmpint (stored_score (store, nurse_job), ==, analyzed_score (store, nurse_job));
  g_assert_cmpint (stored_score (store, nurse_job), <, stored_score (store, data_job));
  g_assert_cmpint (stored_score (store, empty_job), ==, -1);
  /* Its requirements are cached on the way. */
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM job_requirements"), ==, 3);
}

static void
test_scorer_job_edits (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitStore *store = fixture->base.store;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  gint64 data_job, new_job;
  int before;

  data_job = add_job_with_description (store, "Data Engineer", "Acme", "saved", DATA_JOB_DESCRIPTION);
  import_cv (store, "Python", "SQL", "Docker", NULL);
  start_scorer (fixture);
  wait_idle (fixture);
  before = stored_score (store, data_job);
  g_assert_cmpint (before, >=, 50);

  /* A new description: that job is scored again. */
  job = pursuit_store_get_job (store, data_job, &error);
  pursuit_job_set_description (job, NURSE_DESCRIPTION);
  g_assert_true (pursuit_store_update_job (store, job, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_match_scorer_is_busy (fixture->scorer));
  wait_idle (fixture);
  g_assert_cmpint (stored_score (store, data_job), <, before);
  g_assert_cmpint (stored_score (store, data_job), ==, analyzed_score (store, data_job));

  /* A new job is scored when it comes. */
  new_job = add_job_with_description (store, "Backend Engineer", "Acme", "saved", DATA_JOB_DESCRIPTION);
  wait_idle (fixture);
  g_assert_cmpint (stored_score (store, new_job), >=, 0);
  g_assert_cmpint (stored_score (store, new_job), ==, analyzed_score (store, new_job));

  /* Moving a job or tagging it changes neither title nor description:
   * no run. */
  g_assert_true (pursuit_store_move_job (store, new_job, "applied", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_match_scorer_is_busy (fixture->scorer));
}

static void
test_scorer_profile_change (Fixture       *fixture,
                            gconstpointer  data)
{
  PursuitStore *store = fixture->base.store;
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  gint64 data_job;
  int before;

  data_job = add_job_with_description (store, "Data Engineer", "Acme", "saved", DATA_JOB_DESCRIPTION);
  import_cv (store, "Python", NULL);
  start_scorer (fixture);
  wait_idle (fixture);
  before = stored_score (store, data_job);

  /* The user adds what they know: the score follows. */
  profile = pursuit_store_get_profile (store);
  pursuit_profile_set_skill (profile, "SQL", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "PostgreSQL", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "Docker", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Kubernetes", PURSUIT_SKILL_LEVEL_ADVANCED);
  g_assert_true (pursuit_store_update_profile (store, profile, &error));
  g_assert_no_error (error);
  wait_idle (fixture);
  g_assert_cmpint (stored_score (store, data_job), >, before);
  g_assert_cmpint (stored_score (store, data_job), ==, analyzed_score (store, data_job));
}

static gboolean
quiet_cb (gpointer user_data)
{
  gboolean *done = user_data;

  *done = TRUE;
  return G_SOURCE_REMOVE;
}

static void
test_scorer_no_loop (Fixture       *fixture,
                     gconstpointer  data)
{
  PursuitStore *store = fixture->base.store;
  gboolean done = FALSE;
  guint idle_before;

  for (int i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Data Engineer %d", i);

      add_job_with_description (store, title, "Acme", "saved", i % 2 ? DATA_JOB_DESCRIPTION : NURSE_DESCRIPTION);
    }

  import_cv (store, "Python", "SQL", NULL);
  start_scorer (fixture);
  wait_idle (fixture);

  /* One write for the 20 jobs, each announced once. */
  g_assert_cmpuint (fixture->job_changed, ==, 20);

  /* Its own writes do not start it again. */
  fixture->job_changed = 0;
  idle_before = fixture->idle;
  g_timeout_add (300, quiet_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (fixture->job_changed, ==, 0);
  g_assert_cmpuint (fixture->idle, ==, idle_before);
  g_assert_false (pursuit_match_scorer_is_busy (fixture->scorer));

  /* A burst of changes makes one run more, not one each. */
  pursuit_match_scorer_rescore_all (fixture->scorer);
  pursuit_match_scorer_rescore_all (fixture->scorer);
  import_cv (store, "Python", "SQL", "Docker", NULL);
  wait_idle (fixture);
  g_assert_cmpuint (fixture->idle, ==, idle_before + 1);
}

static void
on_reloaded_cb (PursuitStore *store,
                guint        *count)
{
  (*count)++;
}

/* Past PURSUIT_STORE_COLLAPSE_SIGNALS changed scores, the store says
 * "reloaded": the scorer's own write does not start it again. */
static void
test_scorer_collapsed (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitStore *store = fixture->base.store;
  gboolean done = FALSE;
  guint reloaded = 0;
  guint idle_before;

  for (int i = 0; i < PURSUIT_STORE_COLLAPSE_SIGNALS + 10; i++)
    {
      g_autofree char *title = g_strdup_printf ("Engineer %d", i);

      add_job_with_description (store, title, "Acme", "saved", DATA_JOB_DESCRIPTION);
    }

  start_scorer (fixture);
  wait_idle (fixture);
  g_signal_connect (store, "reloaded", G_CALLBACK (on_reloaded_cb), &reloaded);
  idle_before = fixture->idle;

  import_cv (store, "Python", NULL);
  wait_idle (fixture);
  g_assert_cmpuint (reloaded, ==, 1);
  g_assert_cmpuint (fixture->idle, ==, idle_before + 1);
  g_assert_cmpint (count_store_rows (store, "SELECT count (*) FROM jobs WHERE match_score IS NULL"), ==, 0);

  g_timeout_add (200, quiet_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (fixture->idle, ==, idle_before + 1);
  g_assert_false (pursuit_match_scorer_is_busy (fixture->scorer));

  g_signal_handlers_disconnect_by_data (store, &reloaded);
}

/* The automation makes one and drops it (and the store) when it goes. */
static void
test_scorer_in_automation (Fixture       *fixture,
                           gconstpointer  data)
{
  PursuitStore *store = fixture->base.store;
  g_autoptr(PursuitAutomation) automation = NULL;
  gint64 data_job;

  data_job = add_job_with_description (store, "Data Engineer", "Acme", "saved", DATA_JOB_DESCRIPTION);
  import_cv (store, "Python", "SQL", "Docker", NULL);

  automation = pursuit_automation_new (store);
  while (stored_score (store, data_job) < 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (stored_score (store, data_job), ==, analyzed_score (store, data_job));

  /* Gone in the middle of a run: the store is let go at once. */
  import_cv (store, "Python", NULL);
  g_clear_object (&automation);
  spin_until_idle ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/match-scorer/cv-import", test_scorer_cv_import);
  ADD ("/match-scorer/job-edits", test_scorer_job_edits);
  ADD ("/match-scorer/profile-change", test_scorer_profile_change);
  ADD ("/match-scorer/no-loop", test_scorer_no_loop);
  ADD ("/match-scorer/collapsed", test_scorer_collapsed);
  ADD ("/match-scorer/automation", test_scorer_in_automation);
#undef ADD

  return g_test_run ();
}
