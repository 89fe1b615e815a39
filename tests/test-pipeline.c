/* test-pipeline.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-automation.h"
#include "pursuit-pipeline.h"
#include "pursuit-test-store.h"

typedef struct
{
  const char *from;
  const char *to;
  gboolean    allowed;
} Transition;

static const Transition transitions[] = {
  { "saved", "applied", TRUE },
  { "saved", "offer", FALSE },
  { "saved", "interviewing", FALSE },
  { "saved", "rejected", TRUE },
  { "saved", "withdrawn", TRUE },
  { "applied", "screening", TRUE },
  { "applied", "interview_scheduled", TRUE },
  { "applied", "saved", FALSE },
  { "applied", "accepted", FALSE },
  { "screening", "interview_scheduled", TRUE },
  { "interview_scheduled", "interviewing", TRUE },
  { "interviewing", "interview_scheduled", TRUE },
  { "interviewing", "offer", TRUE },
  { "interviewing", "ghosted", TRUE },
  { "offer", "accepted", TRUE },
  { "offer", "rejected", TRUE },
  { "accepted", "rejected", FALSE },
  { "rejected", "applied", FALSE },
  { "withdrawn", "offer", FALSE },
  { "ghosted", "interviewing", TRUE },
  { "ghosted", "saved", FALSE },
};

static void
test_pipeline_transition_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (transitions); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean allowed = pursuit_pipeline_check_transition (transitions[i].from, transitions[i].to, &error);

      g_test_message ("%s -> %s", transitions[i].from, transitions[i].to);
      g_assert_cmpint (allowed, ==, transitions[i].allowed);
      if (allowed)
        g_assert_no_error (error);
      else
        g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
    }

  g_assert_true (pursuit_pipeline_is_open ("interviewing"));
  g_assert_false (pursuit_pipeline_is_open ("accepted"));
  g_assert_false (pursuit_pipeline_is_category ("Saved"));
}

static void
test_pipeline_refusal_explains (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pursuit_pipeline_check_transition ("saved", "offer", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
  g_assert_nonnull (strstr (error->message, "“Saved”"));
  g_assert_nonnull (strstr (error->message, "“Offer”"));
  /* It says where the application can go instead. */
  g_assert_nonnull (strstr (error->message, "“Applied”"));
}

static void
test_pipeline_move_writes_timeline (StoreFixture  *fixture,
                                    gconstpointer  data)
{
  gint64 id = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  PursuitTimelineEvent *event;

  g_assert_true (pursuit_store_move_job (fixture->store, id, "applied", NULL, &error));
  g_assert_true (pursuit_store_move_job (fixture->store, id, "screening", NULL, &error));
  g_assert_no_error (error);

  g_assert_false (pursuit_store_move_job (fixture->store, id, "accepted", NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
  g_clear_error (&error);

  g_assert_false (pursuit_store_move_job (fixture->store, id, "Screening", NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  job = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "screening");
  /* Moving out of "saved" dates the application. */
  g_assert_nonnull (pursuit_job_get_applied_date (job));

  events = pursuit_store_list_events (fixture->store, id);
  g_assert_cmpuint (events->len, ==, 3);
  event = g_ptr_array_index (events, 0);
  g_assert_cmpstr (pursuit_timeline_event_get_kind (event), ==, "created");
  g_assert_cmpstr (pursuit_timeline_event_get_to_stage (event), ==, "saved");
  event = g_ptr_array_index (events, 1);
  g_assert_cmpstr (pursuit_timeline_event_get_kind (event), ==, "stage-changed");
  g_assert_cmpstr (pursuit_timeline_event_get_from_stage (event), ==, "saved");
  g_assert_cmpstr (pursuit_timeline_event_get_to_stage (event), ==, "applied");
  g_assert_cmpint (pursuit_timeline_event_get_created_at (event), >, 0);
  event = g_ptr_array_index (events, 2);
  g_assert_cmpstr (pursuit_timeline_event_get_from_stage (event), ==, "applied");
  g_assert_cmpstr (pursuit_timeline_event_get_to_stage (event), ==, "screening");
}

static void
test_pipeline_withdraw_needs_reason (StoreFixture  *fixture,
                                     gconstpointer  data)
{
  gint64 id = add_job (fixture->store, "Engineer", "Acme", "applied");
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (pursuit_store_move_job (fixture->store, id, "withdrawn", NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (pursuit_store_move_job (fixture->store, id, "withdrawn", "Accepted another offer", &error));
  g_assert_no_error (error);
  job = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpstr (pursuit_job_get_withdraw_reason (job), ==, "Accepted another offer");

  events = pursuit_store_list_events (fixture->store, id);
  g_assert_cmpstr (pursuit_timeline_event_get_detail (g_ptr_array_index (events, events->len - 1)), ==,
                   "Accepted another offer");
}

static void
test_pipeline_renamed_stage_keeps_rules (StoreFixture  *fixture,
                                         gconstpointer  data)
{
  gint64 id = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(GError) error = NULL;
  guint stage_changes = 0;

  g_assert_true (pursuit_store_update_stage (fixture->store, "offer", "Got one!", NULL, &error));
  g_assert_false (pursuit_store_move_job (fixture->store, id, "offer", NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
  g_assert_nonnull (strstr (error->message, "“Offer”"));
  g_assert_cmpuint (stage_changes, ==, 0);
}

typedef struct
{
  guint  count;
  char  *from;
  char  *to;
} StageChange;

static void
on_stage_changed_cb (PursuitStore *store,
                     PursuitJob   *job,
                     const char   *from,
                     const char   *to,
                     StageChange  *change)
{
  change->count++;
  g_free (change->from);
  g_free (change->to);
  change->from = g_strdup (from);
  change->to = g_strdup (to);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, to);
}

static void
test_pipeline_stage_changed_signal (StoreFixture  *fixture,
                                    gconstpointer  data)
{
  gint64 id = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(GError) error = NULL;
  StageChange change = { 0 };

  g_signal_connect (fixture->store, "stage-changed", G_CALLBACK (on_stage_changed_cb), &change);
  g_assert_true (pursuit_store_move_job (fixture->store, id, "applied", NULL, &error));
  g_assert_cmpuint (change.count, ==, 1);
  g_assert_cmpstr (change.from, ==, "saved");
  g_assert_cmpstr (change.to, ==, "applied");

  /* Same stage: no change, no signal. */
  g_assert_true (pursuit_store_move_job (fixture->store, id, "applied", NULL, &error));
  g_assert_cmpuint (change.count, ==, 1);

  g_free (change.from);
  g_free (change.to);
}

static GPtrArray *
pending_follow_ups (PursuitStore *store,
                    gint64        job_id,
                    const char   *sequence)
{
  g_autoptr(GPtrArray) all = pursuit_store_list_follow_ups (store, job_id);
  GPtrArray *pending = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (all, i);

      if (g_str_equal (pursuit_follow_up_get_status (follow_up), "pending") &&
          (sequence == NULL || g_str_equal (pursuit_follow_up_get_sequence (follow_up), sequence)))
        g_ptr_array_add (pending, g_object_ref (follow_up));
    }

  return pending;
}

static void
test_automation_applied_sequence (StoreFixture  *fixture,
                                  gconstpointer  data)
{
  g_autoptr(PursuitAutomation) automation = pursuit_automation_new (fixture->store);
  gint64 id = add_job (fixture->store, "Engineer", "Acme", NULL);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  gint64 moved_at;
  const int days[] = { 3, 7, 14 };

  follow_ups = pending_follow_ups (fixture->store, id, NULL);
  g_assert_cmpuint (follow_ups->len, ==, 0);
  g_clear_pointer (&follow_ups, g_ptr_array_unref);

  g_assert_true (pursuit_store_move_job (fixture->store, id, "applied", NULL, &error));
  g_assert_no_error (error);
  job = pursuit_store_get_job (fixture->store, id, &error);
  moved_at = pursuit_job_get_stage_changed_at (job);

  follow_ups = pending_follow_ups (fixture->store, id, "after_applied");
  g_assert_cmpuint (follow_ups->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);

      g_assert_cmpint (pursuit_follow_up_get_step (follow_up), ==, i + 1);
      g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), ==, moved_at + days[i] * 86400);
    }

  /* A job created straight in "applied" gets them too, but only once. */
  {
    gint64 other = add_job (fixture->store, "Designer", "Initech", "applied");
    g_autoptr(GPtrArray) other_follow_ups = pending_follow_ups (fixture->store, other, "after_applied");
    g_assert_cmpuint (other_follow_ups->len, ==, 3);
  }

  g_assert_true (pursuit_store_move_job (fixture->store, id, "rejected", NULL, &error));
  again = pending_follow_ups (fixture->store, id, NULL);
  g_assert_cmpuint (again->len, ==, 0);
}

static void
test_automation_interview (StoreFixture  *fixture,
                           gconstpointer  data)
{
  g_autoptr(PursuitAutomation) automation = pursuit_automation_new (fixture->store);
  gint64 id = add_job (fixture->store, "Engineer", "Acme", "applied");
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) thanks = NULL;
  g_autoptr(GPtrArray) after_accept = NULL;
  g_autoptr(GError) error = NULL;
  const gint64 starts_at = 1893456000; /* 2030-01-01 00:00 UTC */

  pursuit_interview_set_job_id (interview, id);
  pursuit_interview_set_kind (interview, "video");
  pursuit_interview_set_starts_at (interview, starts_at);
  pursuit_interview_set_duration_minutes (interview, 45);
  pursuit_interview_set_location (interview, "https://meet.example.com/abc");
  g_assert_cmpint (pursuit_store_add_interview (fixture->store, interview, &error), >, 0);
  g_assert_no_error (error);

  job = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "interview_scheduled");

  thanks = pending_follow_ups (fixture->store, id, "after_interview");
  g_assert_cmpuint (thanks->len, ==, 1);
  g_assert_cmpint (pursuit_follow_up_get_due_at (g_ptr_array_index (thanks, 0)), ==,
                   starts_at + 45 * 60 + 86400);

  g_assert_true (pursuit_store_move_job (fixture->store, id, "offer", NULL, &error));
  g_assert_true (pursuit_store_move_job (fixture->store, id, "accepted", NULL, &error));
  g_assert_no_error (error);
  after_accept = pending_follow_ups (fixture->store, id, NULL);
  g_assert_cmpuint (after_accept->len, ==, 0);
}

static void
test_automation_interview_invalid (StoreFixture  *fixture,
                                   gconstpointer  data)
{
  g_autoptr(PursuitAutomation) automation = pursuit_automation_new (fixture->store);
  gint64 id = add_job (fixture->store, "Engineer", "Acme", "applied");
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_interview_set_job_id (interview, id);
  pursuit_interview_set_starts_at (interview, 1893456000);
  pursuit_interview_set_duration_minutes (interview, 0);
  g_assert_cmpint (pursuit_store_add_interview (fixture->store, interview, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);

  job = pursuit_store_get_job (fixture->store, id, NULL);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "applied");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/pipeline/transitions", test_pipeline_transition_table);
  g_test_add_func ("/pipeline/refusal-explains", test_pipeline_refusal_explains);
#define ADD(path, func) g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
  ADD ("/pipeline/move/timeline", test_pipeline_move_writes_timeline);
  ADD ("/pipeline/move/withdraw-reason", test_pipeline_withdraw_needs_reason);
  ADD ("/pipeline/move/renamed-stage", test_pipeline_renamed_stage_keeps_rules);
  ADD ("/pipeline/move/signal", test_pipeline_stage_changed_signal);
  ADD ("/automation/applied-sequence", test_automation_applied_sequence);
  ADD ("/automation/interview", test_automation_interview);
  ADD ("/automation/interview-invalid", test_automation_interview_invalid);
#undef ADD

  return g_test_run ();
}
