/* test-sequences.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Follow-up sequences in the store (built-ins, the user's own, the active
 * one per trigger), the ghosting offer, and the automation that turns the
 * active sequences into follow-ups. The whole binary runs in
 * Europe/Berlin so the daylight-saving cases are real. */

#include <stdio.h>
#include <string.h>

#include "pursuit-automation.h"
#include "pursuit-follow-up-template.h"
#include "pursuit-store-private.h"
#include "pursuit-test-store.h"

#define DAY ((gint64) 24 * 60 * 60)

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static PursuitFollowUpSequence *
make_sequence (const char *key,
               const char *name,
               const char *trigger,
               ...)
{
  PursuitFollowUpSequence *sequence = pursuit_follow_up_sequence_new (key, name, trigger);
  va_list args;
  int days;

  /* days, template pairs, ended by -1 */
  va_start (args, trigger);
  while ((days = va_arg (args, int)) != -1)
    pursuit_follow_up_sequence_add_step (sequence, days, va_arg (args, const char *));
  va_end (args);

  return sequence;
}

static char *
active_key (PursuitStore *store,
            const char   *trigger)
{
  g_autoptr(PursuitFollowUpSequence) sequence = pursuit_store_get_active_sequence (store, trigger);

  return sequence != NULL ? g_strdup (pursuit_follow_up_sequence_get_key (sequence)) : NULL;
}

/* Built-ins */

static void
assert_steps (PursuitFollowUpSequence *sequence,
              const int               *days,
              guint                    n_days)
{
  g_assert_cmpuint (pursuit_follow_up_sequence_get_n_steps (sequence), ==, n_days);
  for (guint i = 0; i < n_days; i++)
    g_assert_cmpint (pursuit_follow_up_sequence_get_step_days (sequence, i), ==, days[i]);
}

static void
test_builtins_seeded (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) sequences = pursuit_store_list_sequences (fixture->store);
  static const char * const keys[] = { "after_applied", "aggressive", "passive", "after_interview" };
  static const int after_applied[] = { 3, 7, 14 };
  static const int aggressive[] = { 2, 5, 10 };
  static const int passive[] = { 7, 21 };
  static const int after_interview[] = { 1 };
  PursuitTemplateContext context = { NULL, };

  g_assert_cmpuint (sequences->len, ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < sequences->len; i++)
    {
      PursuitFollowUpSequence *sequence = g_ptr_array_index (sequences, i);

      g_assert_cmpstr (pursuit_follow_up_sequence_get_key (sequence), ==, keys[i]);
      g_assert_true (pursuit_follow_up_sequence_get_builtin (sequence));
      g_assert_cmpstr (pursuit_follow_up_sequence_get_name (sequence), !=, "");

      for (guint j = 0; j < pursuit_follow_up_sequence_get_n_steps (sequence); j++)
        {
          const char *template_ = pursuit_follow_up_sequence_get_step_template (sequence, j);
          g_autofree char *expanded = pursuit_follow_up_template_expand (template_, &context);
          g_autofree char *body = NULL;
          g_autofree char *subject = pursuit_follow_up_template_split_subject (template_, &body);

          /* A subject line, a greeting, a body, and only placeholders
           * the expansion knows. */
          g_assert_nonnull (subject);
          g_assert_cmpuint (strlen (subject), >, 10);
          g_assert_true (g_str_has_prefix (body, "Hello {contact_first_name},"));
          g_assert_nonnull (strstr (template_, "{my_name}"));
          g_assert_null (strchr (expanded, '{'));
        }
    }

  assert_steps (g_ptr_array_index (sequences, 0), after_applied, G_N_ELEMENTS (after_applied));
  assert_steps (g_ptr_array_index (sequences, 1), aggressive, G_N_ELEMENTS (aggressive));
  assert_steps (g_ptr_array_index (sequences, 2), passive, G_N_ELEMENTS (passive));
  assert_steps (g_ptr_array_index (sequences, 3), after_interview, G_N_ELEMENTS (after_interview));

  g_assert_cmpstr (pursuit_follow_up_sequence_get_trigger (g_ptr_array_index (sequences, 2)), ==, "applied");
  g_assert_cmpstr (pursuit_follow_up_sequence_get_trigger (g_ptr_array_index (sequences, 3)), ==, "interview");
  g_assert_true (pursuit_follow_up_sequence_get_active (g_ptr_array_index (sequences, 0)));
  g_assert_false (pursuit_follow_up_sequence_get_active (g_ptr_array_index (sequences, 1)));
  g_assert_false (pursuit_follow_up_sequence_get_active (g_ptr_array_index (sequences, 2)));
  g_assert_true (pursuit_follow_up_sequence_get_active (g_ptr_array_index (sequences, 3)));

  /* The thank-you names the interview. */
  g_assert_nonnull (strstr (pursuit_follow_up_sequence_get_step_template (g_ptr_array_index (sequences, 3), 0),
                            "{interview_date}"));
}

static void
test_active_and_lookup (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autofree char *applied = active_key (fixture->store, "applied");
  g_autofree char *interview = active_key (fixture->store, "interview");
  g_autoptr(PursuitFollowUpSequence) passive = pursuit_store_get_sequence (fixture->store, "passive");

  g_assert_cmpstr (applied, ==, "after_applied");
  g_assert_cmpstr (interview, ==, "after_interview");
  g_assert_null (pursuit_store_get_active_sequence (fixture->store, "rejected"));
  g_assert_null (pursuit_store_get_active_sequence (fixture->store, NULL));
  g_assert_null (pursuit_store_get_sequence (fixture->store, "nope"));
  g_assert_null (pursuit_store_get_sequence (fixture->store, NULL));
  g_assert_null (pursuit_store_get_sequence (fixture->store, "' OR 1=1 --"));

  g_assert_nonnull (passive);
  g_assert_cmpuint (pursuit_follow_up_sequence_get_n_steps (passive), ==, 2);
}

/* The user's own */

static void
test_custom_lifecycle (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitFollowUpSequence) weekly = NULL;
  g_autoptr(PursuitFollowUpSequence) stored = NULL;
  g_autoptr(GPtrArray) sequences = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *active = NULL;

  weekly = make_sequence ("weekly", "  Every Week  ", "applied",
                          7, "Subject: Week one\n\nHi {contact_first_name}",
                          14, NULL,
                          21, "Subject: Week three — ✓\n\nGrüße", -1);
  g_assert_true (pursuit_store_save_sequence (fixture->store, weekly, &error));
  g_assert_no_error (error);

  sequences = pursuit_store_list_sequences (fixture->store);
  g_assert_cmpuint (sequences->len, ==, 5);
  stored = g_object_ref (g_ptr_array_index (sequences, 4));
  g_assert_cmpstr (pursuit_follow_up_sequence_get_key (stored), ==, "weekly");
  /* The name is stored trimmed. */
  g_assert_cmpstr (pursuit_follow_up_sequence_get_name (stored), ==, "Every Week");
  g_assert_false (pursuit_follow_up_sequence_get_builtin (stored));
  g_assert_false (pursuit_follow_up_sequence_get_active (stored));
  g_assert_cmpuint (pursuit_follow_up_sequence_get_n_steps (stored), ==, 3);
  g_assert_cmpint (pursuit_follow_up_sequence_get_step_days (stored, 1), ==, 14);
  g_assert_null (pursuit_follow_up_sequence_get_step_template (stored, 1));
  g_assert_cmpstr (pursuit_follow_up_sequence_get_step_template (stored, 2), ==, "Subject: Week three — ✓\n\nGrüße");

  /* Making it active takes over from the built-in for that trigger only. */
  g_assert_true (pursuit_store_set_active_sequence (fixture->store, "applied", "weekly", &error));
  g_assert_no_error (error);
  active = active_key (fixture->store, "applied");
  g_assert_cmpstr (active, ==, "weekly");
  g_clear_pointer (&active, g_free);
  active = active_key (fixture->store, "interview");
  g_assert_cmpstr (active, ==, "after_interview");
  g_clear_pointer (&active, g_free);

  /* Editing it: fewer steps, same key; saving an inactive copy keeps it
   * active. */
  pursuit_follow_up_sequence_clear_steps (weekly);
  pursuit_follow_up_sequence_add_step (weekly, 10, "Subject: Only one\n\nText");
  g_assert_true (pursuit_store_save_sequence (fixture->store, weekly, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = pursuit_store_get_sequence (fixture->store, "weekly");
  g_assert_cmpuint (pursuit_follow_up_sequence_get_n_steps (stored), ==, 1);
  g_assert_cmpint (pursuit_follow_up_sequence_get_step_days (stored, 0), ==, 10);
  g_assert_true (pursuit_follow_up_sequence_get_active (stored));

  /* Removing the active one hands the trigger back to its built-in. */
  g_assert_true (pursuit_store_remove_sequence (fixture->store, "weekly", &error));
  g_assert_no_error (error);
  g_assert_null (pursuit_store_get_sequence (fixture->store, "weekly"));
  active = active_key (fixture->store, "applied");
  g_assert_cmpstr (active, ==, "after_applied");

  g_assert_false (pursuit_store_remove_sequence (fixture->store, "weekly", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (pursuit_store_remove_sequence (fixture->store, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_custom_active_on_save (StoreFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitFollowUpSequence) custom = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *applied = NULL;
  g_autofree char *interview = NULL;

  custom = make_sequence ("mine", "Mine", "applied", 4, "Subject: x\n\ny", -1);
  pursuit_follow_up_sequence_set_active (custom, TRUE);
  g_assert_true (pursuit_store_save_sequence (fixture->store, custom, &error));
  g_assert_no_error (error);
  applied = active_key (fixture->store, "applied");
  g_assert_cmpstr (applied, ==, "mine");
  g_clear_pointer (&applied, g_free);

  /* Moved to the other trigger, not active there: each trigger keeps
   * exactly one active sequence. */
  pursuit_follow_up_sequence_set_trigger (custom, "interview");
  pursuit_follow_up_sequence_set_active (custom, FALSE);
  g_assert_true (pursuit_store_save_sequence (fixture->store, custom, &error));
  g_assert_no_error (error);
  applied = active_key (fixture->store, "applied");
  interview = active_key (fixture->store, "interview");
  g_assert_cmpstr (applied, ==, "after_applied");
  g_assert_cmpstr (interview, ==, "after_interview");

  /* A sequence is made active for its own trigger only. */
  g_assert_false (pursuit_store_set_active_sequence (fixture->store, "applied", "mine", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_set_active_sequence (fixture->store, "nonsense", "mine", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_set_active_sequence (fixture->store, "applied", "missing", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (pursuit_store_set_active_sequence (fixture->store, "interview", "mine", &error));
  g_assert_no_error (error);
  g_clear_pointer (&interview, g_free);
  interview = active_key (fixture->store, "interview");
  g_assert_cmpstr (interview, ==, "mine");
}

static void
test_builtin_protected (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitFollowUpSequence) passive = pursuit_store_get_sequence (fixture->store, "passive");
  g_autoptr(PursuitFollowUpSequence) stored = NULL;
  g_autoptr(PursuitFollowUpSequence) impostor = NULL;
  g_autoptr(GPtrArray) sequences = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (pursuit_store_remove_sequence (fixture->store, "passive", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pursuit_store_remove_sequence (fixture->store, "after_interview", &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);
  sequences = pursuit_store_list_sequences (fixture->store);
  g_assert_cmpuint (sequences->len, ==, 4);

  /* Its steps and name can change, its trigger cannot. */
  pursuit_follow_up_sequence_set_name (passive, "Patient");
  pursuit_follow_up_sequence_clear_steps (passive);
  pursuit_follow_up_sequence_add_step (passive, 10, "Subject: Still interested\n\nHello");
  pursuit_follow_up_sequence_add_step (passive, 30, NULL);
  g_assert_true (pursuit_store_save_sequence (fixture->store, passive, &error));
  g_assert_no_error (error);
  stored = pursuit_store_get_sequence (fixture->store, "passive");
  g_assert_cmpstr (pursuit_follow_up_sequence_get_name (stored), ==, "Patient");
  g_assert_true (pursuit_follow_up_sequence_get_builtin (stored));
  g_assert_cmpint (pursuit_follow_up_sequence_get_step_days (stored, 1), ==, 30);

  pursuit_follow_up_sequence_set_trigger (passive, "interview");
  g_assert_false (pursuit_store_save_sequence (fixture->store, passive, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Whether a sequence is built-in is the store's to say. */
  impostor = make_sequence ("impostor", "Impostor", "applied", 1, NULL, -1);
  pursuit_follow_up_sequence_set_builtin (impostor, TRUE);
  g_assert_true (pursuit_store_save_sequence (fixture->store, impostor, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_remove_sequence (fixture->store, "impostor", &error));
  g_assert_no_error (error);
}

static void
test_validation (StoreFixture  *fixture,
                 gconstpointer  data)
{
  g_autofree char *long_name = g_strnfill (81, 'n');
  g_autofree char *long_key = g_strnfill (65, 'k');
  g_autofree char *huge = g_strnfill (20001, 'x');
  struct {
    const char              *what;
    PursuitFollowUpSequence *sequence;
  } cases[] = {
    { "no steps", make_sequence ("a", "A", "applied", -1) },
    { "11 steps", make_sequence ("a", "A", "applied", 1, NULL, 2, NULL, 3, NULL, 4, NULL, 5, NULL, 6, NULL,
                                 7, NULL, 8, NULL, 9, NULL, 10, NULL, 11, NULL, -1) },
    { "decreasing", make_sequence ("a", "A", "applied", 5, NULL, 3, NULL, -1) },
    { "repeated", make_sequence ("a", "A", "applied", 5, NULL, 5, NULL, -1) },
    { "negative", make_sequence ("a", "A", "applied", -3, NULL, -1) },
    { "too late", make_sequence ("a", "A", "applied", 366, NULL, -1) },
    { "empty name", make_sequence ("a", " \t ", "applied", 1, NULL, -1) },
    { "long name", make_sequence ("a", long_name, "applied", 1, NULL, -1) },
    { "bad name", make_sequence ("a", "\xff\xfe", "applied", 1, NULL, -1) },
    { "spaces in key", make_sequence ("my key", "A", "applied", 1, NULL, -1) },
    { "upper case key", make_sequence ("Mine", "A", "applied", 1, NULL, -1) },
    { "empty key", make_sequence ("", "A", "applied", 1, NULL, -1) },
    { "long key", make_sequence (long_key, "A", "applied", 1, NULL, -1) },
    { "injection key", make_sequence ("a'; DROP TABLE jobs; --", "A", "applied", 1, NULL, -1) },
    { "unknown trigger", make_sequence ("a", "A", "offer", 1, NULL, -1) },
    { "no trigger", make_sequence ("a", "A", NULL, 1, NULL, -1) },
    { "invalid UTF-8 template", make_sequence ("a", "A", "applied", 1, "Subject: \xc3\x28", -1) },
    { "huge template", make_sequence ("a", "A", "applied", 1, huge, -1) },
  };
  g_autoptr(GPtrArray) sequences = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("case: %s", cases[i].what);
      g_assert_false (pursuit_store_save_sequence (fixture->store, cases[i].sequence, &error));
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");
      g_object_unref (cases[i].sequence);
    }

  /* Nothing was written, the jobs table is still there. */
  sequences = pursuit_store_list_sequences (fixture->store);
  g_assert_cmpuint (sequences->len, ==, 4);
  add_job (fixture->store, "Engineer", "Acme", NULL);

  /* The limits themselves are fine. */
  {
    g_autoptr(PursuitFollowUpSequence) edge = make_sequence ("edge_0", "E", "applied",
                                                             0, NULL, 1, NULL, 2, NULL, 3, NULL, 4, NULL,
                                                             5, NULL, 6, NULL, 7, NULL, 8, NULL, 365, NULL, -1);
    g_autoptr(GError) error = NULL;

    g_assert_true (pursuit_store_save_sequence (fixture->store, edge, &error));
    g_assert_no_error (error);
  }
}

static void
test_seeded_once (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(PursuitFollowUpSequence) custom = make_sequence ("kept", "Kept", "applied", 2, "t", -1);
  g_autoptr(PursuitFollowUpSequence) aggressive = pursuit_store_get_sequence (fixture->store, "aggressive");
  g_autoptr(PursuitFollowUpSequence) reopened = NULL;
  g_autoptr(GPtrArray) sequences = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_store_save_sequence (fixture->store, custom, &error));
  pursuit_follow_up_sequence_clear_steps (aggressive);
  pursuit_follow_up_sequence_add_step (aggressive, 1, "edited");
  g_assert_true (pursuit_store_save_sequence (fixture->store, aggressive, &error));
  g_assert_true (pursuit_store_set_active_sequence (fixture->store, "applied", "kept", &error));
  g_assert_no_error (error);

  /* Opening the database again neither seeds again nor undoes edits. */
  g_clear_object (&fixture->store);
  fixture->store = pursuit_store_new (fixture->path, &error);
  g_assert_no_error (error);

  sequences = pursuit_store_list_sequences (fixture->store);
  g_assert_cmpuint (sequences->len, ==, 5);
  reopened = pursuit_store_get_sequence (fixture->store, "aggressive");
  g_assert_cmpuint (pursuit_follow_up_sequence_get_n_steps (reopened), ==, 1);
  g_assert_cmpstr (pursuit_follow_up_sequence_get_step_template (reopened, 0), ==, "edited");
  {
    g_autofree char *active = active_key (fixture->store, "applied");
    g_assert_cmpstr (active, ==, "kept");
  }
}

static void
test_seed_after_emptied (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) sequences = NULL;
  g_autoptr(GError) error = NULL;

  /* A database whose sequences are gone (written by a build that had
   * none) gets the built-ins back when opened. */
  exec_store_sql (fixture->store, "DELETE FROM follow_up_sequences");
  g_clear_object (&fixture->store);
  fixture->store = pursuit_store_new (fixture->path, &error);
  g_assert_no_error (error);

  sequences = pursuit_store_list_sequences (fixture->store);
  g_assert_cmpuint (sequences->len, ==, 4);
}

/* Ghosting */

typedef struct
{
  StoreFixture store;
  gint64       now;
} GhostFixture;

static void
ghost_setup (GhostFixture  *fixture,
             gconstpointer  data)
{
  store_fixture_setup (&fixture->store, data);
  fixture->now = now_seconds ();
}

static void
ghost_teardown (GhostFixture  *fixture,
                gconstpointer  data)
{
  store_fixture_teardown (&fixture->store, data);
}

/* A job in @stage that entered it at @stage_changed_at, with one
 * follow-up of @status completed at @completed_at (0: NULL, due then). */
static gint64
add_silent_job (PursuitStore *store,
                const char   *stage,
                gint64        stage_changed_at,
                const char   *status,
                gint64        completed_at)
{
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *completed = NULL;
  gint64 job_id = add_job (store, "Engineer", "Acme", stage);
  gint64 follow_up_id;

  pursuit_follow_up_set_job_id (follow_up, job_id);
  pursuit_follow_up_set_sequence (follow_up, "after_applied");
  pursuit_follow_up_set_step (follow_up, 1);
  pursuit_follow_up_set_due_at (follow_up, completed_at != 0 ? completed_at - DAY : stage_changed_at + 3 * DAY);
  follow_up_id = pursuit_store_add_follow_up (store, follow_up, &error);
  g_assert_no_error (error);

  completed = completed_at != 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, completed_at) : g_strdup ("NULL");
  sql = g_strdup_printf ("UPDATE follow_ups SET status = '%s', completed_at = %s WHERE id = %" G_GINT64_FORMAT ";"
                         " UPDATE jobs SET stage_changed_at = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                         status, completed,
                         follow_up_id, stage_changed_at, job_id);
  exec_store_sql (store, sql);

  return job_id;
}

static GArray *
candidate_ids (PursuitStore *store,
               int           days,
               gint64        now)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = pursuit_store_list_ghosting_candidates (store, days, now, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_no_error (error);
  g_assert_nonnull (jobs);
  for (guint i = 0; i < jobs->len; i++)
    {
      gint64 id = pursuit_job_get_id (g_ptr_array_index (jobs, i));
      g_array_append_val (ids, id);
    }

  return ids;
}

static gboolean
has_id (GArray *ids,
        gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;

  return FALSE;
}

static void
test_ghosting_rules (GhostFixture  *fixture,
                     gconstpointer  data)
{
  PursuitStore *store = fixture->store.store;
  gint64 now = fixture->now;
  gint64 silent, exact, recent, moved, pending, offer, saved, screening, cancelled, legacy, nothing;
  gint64 invited, interviewed;
  g_autoptr(GArray) ids = NULL;

  silent = add_silent_job (store, "applied", now - 40 * DAY, "done", now - 30 * DAY);
  exact = add_silent_job (store, "interviewing", now - 40 * DAY, "sent", now - 21 * DAY);
  recent = add_silent_job (store, "applied", now - 40 * DAY, "done", now - 21 * DAY + 1);
  /* An answer (a stage change) after the last follow-up. */
  moved = add_silent_job (store, "applied", now - 25 * DAY, "done", now - 30 * DAY);
  /* Still something to send. */
  pending = add_silent_job (store, "applied", now - 40 * DAY, "done", now - 30 * DAY);
  {
    g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
    g_autoptr(GError) error = NULL;

    pursuit_follow_up_set_job_id (follow_up, pending);
    pursuit_follow_up_set_sequence (follow_up, "after_applied");
    pursuit_follow_up_set_step (follow_up, 2);
    pursuit_follow_up_set_due_at (follow_up, now + DAY);
    pursuit_store_add_follow_up (store, follow_up, &error);
    g_assert_no_error (error);
  }
  offer = add_silent_job (store, "offer", now - 40 * DAY, "done", now - 30 * DAY);
  saved = add_silent_job (store, "saved", now - 40 * DAY, "done", now - 30 * DAY);
  screening = add_silent_job (store, "screening", now - 40 * DAY, "skipped", now - 35 * DAY);
  /* Cancelled follow-ups say nothing about an answer. */
  cancelled = add_silent_job (store, "applied", now - 40 * DAY, "cancelled", now - 30 * DAY);
  /* Completed before completed-at was kept: its due time counts. */
  legacy = add_silent_job (store, "interview_scheduled", now - 60 * DAY, "done", 0);
  nothing = add_job (store, "Engineer", "Acme", "applied");
  /* An interview ahead (or in the silent days) is an answer. */
  invited = add_silent_job (store, "interview_scheduled", now - 40 * DAY, "done", now - 30 * DAY);
  interviewed = add_silent_job (store, "interview_scheduled", now - 40 * DAY, "done", now - 30 * DAY);
  {
    g_autofree char *sql = g_strdup_printf ("INSERT INTO interviews (job_id, kind, starts_at, duration_minutes, created_at, status)"
                                            " VALUES (%" G_GINT64_FORMAT ", 'technical', %" G_GINT64_FORMAT ", 60, 1, 'scheduled'),"
                                            " (%" G_GINT64_FORMAT ", 'technical', %" G_GINT64_FORMAT ", 60, 1, 'done'),"
                                            " (%" G_GINT64_FORMAT ", 'technical', %" G_GINT64_FORMAT ", 60, 1, 'cancelled')",
                                            invited, now + 5 * DAY, interviewed, now - 3 * DAY, silent, now + 2 * DAY);
    exec_store_sql (store, sql);
  }

  ids = candidate_ids (store, 21, now);
  g_assert_true (has_id (ids, silent));
  g_assert_true (has_id (ids, exact));
  g_assert_false (has_id (ids, recent));
  g_assert_false (has_id (ids, moved));
  g_assert_false (has_id (ids, pending));
  g_assert_false (has_id (ids, offer));
  g_assert_false (has_id (ids, saved));
  g_assert_true (has_id (ids, screening));
  g_assert_false (has_id (ids, cancelled));
  g_assert_true (has_id (ids, legacy));
  g_assert_false (has_id (ids, nothing));
  g_assert_false (has_id (ids, invited));
  g_assert_false (has_id (ids, interviewed));
  g_assert_cmpuint (ids->len, ==, 4);
  /* The longest silent first. */
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, legacy);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, screening);

  /* Fewer days: the recent one too. */
  g_clear_pointer (&ids, g_array_unref);
  ids = candidate_ids (store, 20, now);
  g_assert_true (has_id (ids, recent));
}

static void
test_ghosting_dismiss (GhostFixture  *fixture,
                       gconstpointer  data)
{
  PursuitStore *store = fixture->store.store;
  gint64 now = fixture->now;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) later = NULL;
  g_autoptr(GArray) much_later = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;
  gint64 job_id;

  job_id = add_silent_job (store, "applied", now - 40 * DAY, "done", now - 30 * DAY);
  before = candidate_ids (store, 21, now);
  g_assert_true (has_id (before, job_id));

  g_assert_true (pursuit_store_dismiss_ghosting (store, job_id, &error));
  g_assert_no_error (error);

  events = pursuit_store_list_events (store, job_id);
  for (guint i = 0; i < events->len; i++)
    if (g_strcmp0 (pursuit_timeline_event_get_kind (g_ptr_array_index (events, i)), "ghosting_dismissed") == 0)
      found = TRUE;
  g_assert_true (found);

  /* Not offered again until the days have passed once more. */
  after = candidate_ids (store, 21, now);
  g_assert_false (has_id (after, job_id));
  later = candidate_ids (store, 21, now + 20 * DAY);
  g_assert_false (has_id (later, job_id));
  much_later = candidate_ids (store, 21, now_seconds () + 21 * DAY + 1);
  g_assert_true (has_id (much_later, job_id));

  g_assert_false (pursuit_store_dismiss_ghosting (store, 987654, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
}

static void
test_ghosting_bad_days (GhostFixture  *fixture,
                        gconstpointer  data)
{
  const int bad[] = { 0, -1, 3651, G_MININT, G_MAXINT };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) jobs = pursuit_store_list_ghosting_candidates (fixture->store.store, bad[i],
                                                                          fixture->now, &error);

      g_assert_null (jobs);
      g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
    }
}

/* Automation */

typedef struct
{
  StoreFixture       store;
  PursuitAutomation *automation;
  GTimeZone         *time_zone;
} AutoFixture;

static void
auto_setup (AutoFixture   *fixture,
            gconstpointer  data)
{
  store_fixture_setup (&fixture->store, data);
  fixture->automation = pursuit_automation_new (fixture->store.store);
  fixture->time_zone = g_time_zone_new_local ();
}

static void
auto_teardown (AutoFixture   *fixture,
               gconstpointer  data)
{
  g_assert_finalize_object (fixture->automation);
  g_clear_pointer (&fixture->time_zone, g_time_zone_unref);
  store_fixture_teardown (&fixture->store, data);
}

/* @days calendar days after @base at the same local wall-clock time. */
static gint64
local_days_later (GTimeZone *time_zone,
                  gint64     base,
                  int        days)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (base);
  g_autoptr(GDateTime) start = g_date_time_to_timezone (utc, time_zone);
  g_autoptr(GDateTime) later = g_date_time_add_days (start, days);

  return g_date_time_to_unix (later);
}

static GPtrArray *
follow_ups_with_status (PursuitStore *store,
                        gint64        job_id,
                        const char   *status)
{
  g_autoptr(GPtrArray) all = pursuit_store_list_follow_ups (store, job_id);
  GPtrArray *matching = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (all, i);

      if (status == NULL || g_str_equal (pursuit_follow_up_get_status (follow_up), status))
        g_ptr_array_add (matching, g_object_ref (follow_up));
    }

  return matching;
}

static void
test_automation_active_applied (AutoFixture   *fixture,
                                gconstpointer  data)
{
  PursuitStore *store = fixture->store.store;
  g_autoptr(PursuitFollowUpSequence) aggressive = pursuit_store_get_sequence (store, "aggressive");
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id = add_job (store, "Engineer", "Acme", NULL);
  gint64 applied_at;

  g_assert_true (pursuit_store_set_active_sequence (store, "applied", "aggressive", &error));
  g_assert_true (pursuit_store_move_job (store, job_id, "applied", NULL, &error));
  g_assert_no_error (error);
  job = pursuit_store_get_job (store, job_id, &error);
  /* Steps count from the moment the job entered its stage; updated-at can
   * be a second later (it never goes back), which made this test flaky. */
  applied_at = pursuit_job_get_stage_changed_at (job);

  follow_ups = follow_ups_with_status (store, job_id, "pending");
  g_assert_cmpuint (follow_ups->len, ==, 3);
  for (guint i = 0; i < follow_ups->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);

      g_assert_cmpstr (pursuit_follow_up_get_sequence (follow_up), ==, "aggressive");
      g_assert_cmpint (pursuit_follow_up_get_step (follow_up), ==, i + 1);
      g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), ==,
                       local_days_later (fixture->time_zone, applied_at,
                                         pursuit_follow_up_sequence_get_step_days (aggressive, i)));
      /* The template travels with the follow-up: editing the sequence
       * later does not change what was planned. */
      g_assert_cmpstr (pursuit_follow_up_get_template (follow_up), ==,
                       pursuit_follow_up_sequence_get_step_template (aggressive, i));
      g_assert_cmpint (pursuit_follow_up_get_interview_id (follow_up), ==, 0);
    }
}

static gint64
add_applied_job (PursuitStore *store,
                 int           days_ago)
{
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (today, -days_ago);
  g_autofree char *date = g_date_time_format (then, "%Y-%m-%d");
  g_autoptr(PursuitJob) job = make_job ("Engineer", "Initech", "applied");
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_job_set_applied_date (job, date);
  id = pursuit_store_add_job (store, job, &error);
  g_assert_no_error (error);

  return id;
}

static void
test_automation_applied_in_the_past (AutoFixture   *fixture,
                                     gconstpointer  data)
{
  PursuitStore *store = fixture->store.store;
  gint64 ten_days_ago = add_applied_job (store, 10);
  gint64 month_ago = add_applied_job (store, 30);
  g_autoptr(GPtrArray) recent = follow_ups_with_status (store, ten_days_ago, NULL);
  g_autoptr(GPtrArray) old = follow_ups_with_status (store, month_ago, NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autoptr(GDateTime) applied_day = g_date_time_add_days (today, -10);
  g_autoptr(GDateTime) morning = g_date_time_new_local (g_date_time_get_year (applied_day),
                                                        g_date_time_get_month (applied_day),
                                                        g_date_time_get_day_of_month (applied_day), 9, 0, 0);

  /* Day 3 is long past and left out; day 7 (three days ago) is still
   * worth doing; day 14 lies ahead. Both count from the applied date. */
  g_assert_cmpuint (recent->len, ==, 2);
  g_assert_cmpint (pursuit_follow_up_get_step (g_ptr_array_index (recent, 0)), ==, 2);
  g_assert_cmpint (pursuit_follow_up_get_step (g_ptr_array_index (recent, 1)), ==, 3);
  g_assert_cmpint (pursuit_follow_up_get_due_at (g_ptr_array_index (recent, 1)), ==,
                   local_days_later (fixture->time_zone, g_date_time_to_unix (morning), 14));

  /* A month ago: nothing is worth a reminder any more. */
  g_assert_cmpuint (old->len, ==, 0);
}

static void
test_automation_cancels (AutoFixture   *fixture,
                         gconstpointer  data)
{
  PursuitStore *store = fixture->store.store;
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) cancelled = NULL;
  g_autoptr(GError) error = NULL;
  gint64 undone = add_job (store, "Engineer", "Acme", NULL);
  gint64 ghosted = add_job (store, "Designer", "Globex", "applied");

  /* Taking "applied" back takes its follow-ups with it. */
  g_assert_true (pursuit_store_move_job (store, undone, "applied", NULL, &error));
  pending = follow_ups_with_status (store, undone, "pending");
  g_assert_cmpuint (pending->len, ==, 3);
  g_clear_pointer (&pending, g_ptr_array_unref);
  g_assert_true (pursuit_store_undo_move (store, undone, "saved", &error));
  g_assert_no_error (error);
  pending = follow_ups_with_status (store, undone, "pending");
  g_assert_cmpuint (pending->len, ==, 0);
  g_clear_pointer (&pending, g_ptr_array_unref);

  g_assert_true (pursuit_store_move_job (store, ghosted, "ghosted", NULL, &error));
  g_assert_no_error (error);
  pending = follow_ups_with_status (store, ghosted, "pending");
  cancelled = follow_ups_with_status (store, ghosted, "cancelled");
  g_assert_cmpuint (pending->len, ==, 0);
  g_assert_cmpuint (cancelled->len, ==, 3);
}

static void
test_automation_not_twice (AutoFixture   *fixture,
                           gconstpointer  data)
{
  PursuitStore *store = fixture->store.store;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id = add_job (store, "Engineer", "Acme", NULL);

  g_assert_true (pursuit_store_move_job (store, job_id, "applied", NULL, &error));
  g_assert_true (pursuit_store_move_job (store, job_id, "screening", NULL, &error));
  g_assert_no_error (error);
  /* Back to applied (the board allows it): the steps already planned are
   * not planned again. */
  if (pursuit_store_move_job (store, job_id, "applied", NULL, &error))
    {
      all = follow_ups_with_status (store, job_id, NULL);
      g_assert_cmpuint (all->len, ==, 3);
    }
  else
    g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION);
}

static gint64
add_interview (PursuitStore *store,
               gint64        job_id,
               gint64        starts_at,
               int           minutes)
{
  g_autoptr(PursuitInterview) interview = make_interview (job_id, "technical", starts_at, minutes);

  return store_interview (store, interview);
}

static void
test_automation_interview_sequence (AutoFixture   *fixture,
                                    gconstpointer  data)
{
  PursuitStore *store = fixture->store.store;
  g_autoptr(PursuitFollowUpSequence) thanks = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id = add_job (store, "Engineer", "Acme", NULL);
  gint64 starts_at = now_seconds () + 3 * DAY;
  gint64 ends_at = starts_at + 45 * 60;
  gint64 interview_id;
  guint n_thanks = 0;

  thanks = make_sequence ("thanks_twice", "Thanks Twice", "interview",
                          1, "Subject: Thank you\n\nHello {contact_first_name}, thanks for {interview_date}.",
                          7, "Subject: Any news?\n\nHello", -1);
  pursuit_follow_up_sequence_set_active (thanks, TRUE);
  g_assert_true (pursuit_store_save_sequence (store, thanks, &error));
  g_assert_true (pursuit_store_move_job (store, job_id, "applied", NULL, &error));
  g_assert_true (pursuit_store_move_job (store, job_id, "screening", NULL, &error));
  g_assert_no_error (error);

  interview_id = add_interview (store, job_id, starts_at, 45);

  job = pursuit_store_get_job (store, job_id, &error);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, "interview_scheduled");

  follow_ups = follow_ups_with_status (store, job_id, "pending");
  for (guint i = 0; i < follow_ups->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);

      if (pursuit_follow_up_get_interview_id (follow_up) != interview_id)
        continue;

      g_assert_cmpstr (pursuit_follow_up_get_sequence (follow_up), ==, "thanks_twice");
      g_assert_cmpint (pursuit_follow_up_get_step (follow_up), ==, n_thanks + 1);
      g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), ==,
                       local_days_later (fixture->time_zone, ends_at,
                                         pursuit_follow_up_sequence_get_step_days (thanks, n_thanks)));
      g_assert_cmpstr (pursuit_follow_up_get_template (follow_up), ==,
                       pursuit_follow_up_sequence_get_step_template (thanks, n_thanks));
      n_thanks++;
    }
  g_assert_cmpuint (n_thanks, ==, 2);

  /* A second interview gets its own thank-you. */
  {
    g_autoptr(GPtrArray) again = NULL;
    gint64 second = add_interview (store, job_id, starts_at + 7 * DAY, 60);
    guint n_second = 0;

    again = follow_ups_with_status (store, job_id, "pending");
    for (guint i = 0; i < again->len; i++)
      if (pursuit_follow_up_get_interview_id (g_ptr_array_index (again, i)) == second)
        n_second++;
    g_assert_cmpuint (n_second, ==, 2);
  }
}

/* The next year's last Sunday of March: clocks go forward in Berlin. */
static GDateTime *
saturday_before_spring_forward (GTimeZone *time_zone)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (time_zone);
  int year = g_date_time_get_year (now) + 1;
  g_autoptr(GDate) date = g_date_new_dmy (31, G_DATE_MARCH, year);

  while (g_date_get_weekday (date) != G_DATE_SUNDAY)
    g_date_subtract_days (date, 1);
  g_date_subtract_days (date, 1);

  return g_date_time_new (time_zone, year, G_DATE_MARCH, g_date_get_day (date), 10, 0, 0);
}

static void
test_automation_daylight_saving (AutoFixture   *fixture,
                                 gconstpointer  data)
{
  PursuitStore *store = fixture->store.store;
  g_autoptr(GDateTime) saturday = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id = add_job (store, "Engineer", "Acme", NULL);
  gint64 interview_id;
  gint64 ends_at;
  guint found = 0;

  if (g_strcmp0 (g_time_zone_get_identifier (fixture->time_zone), "Europe/Berlin") != 0)
    {
      g_test_skip ("Europe/Berlin is not available");
      return;
    }

  /* Saturday 9:00-10:00; the thank-you is due on Sunday at 10:00, which
   * is only 23 hours later. */
  saturday = saturday_before_spring_forward (fixture->time_zone);
  ends_at = g_date_time_to_unix (saturday);
  g_assert_true (pursuit_store_move_job (store, job_id, "applied", NULL, &error));
  g_assert_no_error (error);
  interview_id = add_interview (store, job_id, ends_at - 60 * 60, 60);

  follow_ups = follow_ups_with_status (store, job_id, "pending");
  for (guint i = 0; i < follow_ups->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);
      g_autoptr(GDateTime) due = NULL;

      if (pursuit_follow_up_get_interview_id (follow_up) != interview_id)
        continue;

      found++;
      g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up) - ends_at, ==, 23 * 60 * 60);
      due = g_date_time_new_from_unix_local (pursuit_follow_up_get_due_at (follow_up));
      g_assert_cmpint (g_date_time_get_hour (due), ==, 10);
    }
  g_assert_cmpuint (found, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  /* Daylight-saving changes happen here; the tests compute their
   * expectations in the same zone. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
  ADD ("/sequences/builtins", test_builtins_seeded);
  ADD ("/sequences/active", test_active_and_lookup);
  ADD ("/sequences/custom/lifecycle", test_custom_lifecycle);
  ADD ("/sequences/custom/active-on-save", test_custom_active_on_save);
  ADD ("/sequences/builtin-protected", test_builtin_protected);
  ADD ("/sequences/validation", test_validation);
  ADD ("/sequences/seed/once", test_seeded_once);
  ADD ("/sequences/seed/emptied", test_seed_after_emptied);
#undef ADD
#define ADD(path, func) g_test_add (path, GhostFixture, NULL, ghost_setup, func, ghost_teardown)
  ADD ("/sequences/ghosting/rules", test_ghosting_rules);
  ADD ("/sequences/ghosting/dismiss", test_ghosting_dismiss);
  ADD ("/sequences/ghosting/bad-days", test_ghosting_bad_days);
#undef ADD
#define ADD(path, func) g_test_add (path, AutoFixture, NULL, auto_setup, func, auto_teardown)
  ADD ("/sequences/automation/active-applied", test_automation_active_applied);
  ADD ("/sequences/automation/applied-in-the-past", test_automation_applied_in_the_past);
  ADD ("/sequences/automation/cancels", test_automation_cancels);
  ADD ("/sequences/automation/not-twice", test_automation_not_twice);
  ADD ("/sequences/automation/interview", test_automation_interview_sequence);
  ADD ("/sequences/automation/daylight-saving", test_automation_daylight_saving);
#undef ADD

  return g_test_run ();
}
