/* test-practice-window.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "pursuit-job-match-section.h"
#include "pursuit-practice-window.h"
#include "pursuit-store-matching.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

/* Interview practice: a set started with a fixed seed, answered, skipped
 * and finished through the window's actions, as its buttons do. */

#define GOOD_ANSWER \
  "In my last job the nightly import was failing (situation). My task was to make it reliable " \
  "before the quarterly report. I added retries, wrote tests for the parser and moved the job " \
  "to a queue, so the action was small and measurable. As a result the import has not failed " \
  "since, and the report went out on time."

typedef struct
{
  char                  *dir;
  PursuitStore          *store;
  gint64                 job_id;
  PursuitPracticeWindow *window;
} Fixture;

static void
add_cv (PursuitStore *store)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();

  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "PostgreSQL", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_years_of_experience (profile, 4);
  add_text_cv (store, "CV", "Python and PostgreSQL developer.", profile);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = open_temp_store ("pursuit-test-practice-XXXXXX", &fixture->dir);
  fixture->job_id = add_job_with_description (fixture->store, "Data Engineer", "Kestrel Analytics", "saved",
                                              "Requirements:\n- Python\n- PostgreSQL\n- Apache Spark\n"
                                              "- Kubernetes\nNice to have:\n- Airflow\n");

  if (data != NULL)
    add_cv (fixture->store);

  fixture->window = PURSUIT_PRACTICE_WINDOW (pursuit_practice_window_new (NULL, fixture->store, fixture->job_id, NULL));
  pursuit_test_show_window (fixture->window, 640, 760);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  pursuit_test_close_toplevels (&fixture->store, &fixture->dir);
}

/* Screenshots after the page's crossfade, not in the middle of it. */
static void
save_screenshot (Fixture    *fixture,
                 const char *name)
{
  GtkWidget *stack = pursuit_test_find_type (GTK_WIDGET (fixture->window), GTK_TYPE_STACK);
  gint64 until = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;

  while (stack != NULL && gtk_stack_get_transition_running (GTK_STACK (stack)) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), name);
}

static void
type_answer (Fixture    *fixture,
             const char *text)
{
  GtkWidget *view = pursuit_test_find_type (GTK_WIDGET (fixture->window), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), action, NULL));
  spin_until_idle ();
}

static gboolean
matches_timer (const char *text)
{
  guint m1, s1, m2, s2;
  char end;

  return text != NULL && sscanf (text, "%u:%2u / %u:%2u%c", &m1, &s1, &m2, &s2, &end) == 4 && s1 < 60 && s2 < 60;
}

static void
test_run (Fixture       *fixture,
          gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;
  PursuitPracticeSession *session;
  PursuitPracticeSession *saved;
  guint n;

  g_assert_cmpstr (pursuit_practice_window_get_page (fixture->window), ==, "start");
  save_screenshot (fixture, "practice-start.png");

  pursuit_practice_window_start (fixture->window, 6, 42);
  spin_until_idle ();
  session = pursuit_practice_window_get_session (fixture->window);
  g_assert_nonnull (session);
  n = pursuit_practice_session_get_n_questions (session);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpstr (pursuit_practice_window_get_page (fixture->window), ==, "question");
  g_assert_cmpuint (pursuit_practice_window_get_position (fixture->window), ==, 0);

  /* The timer counts against the suggested time. */
  g_assert_true (matches_timer (pursuit_practice_window_get_timer_text (fixture->window)));
  g_assert_true (g_str_has_prefix (pursuit_practice_window_get_timer_text (fixture->window), "0:0"));

  type_answer (fixture, GOOD_ANSWER);
  save_screenshot (fixture, "practice-question.png");
  activate (fixture, "practice.next");
  g_assert_cmpuint (pursuit_practice_window_get_position (fixture->window), ==, 1);

  /* A new question starts empty. */
  {
    GtkWidget *view = pursuit_test_find_type (GTK_WIDGET (fixture->window), GTK_TYPE_TEXT_VIEW);
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

    g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  }

  activate (fixture, "practice.skip");
  g_assert_cmpuint (pursuit_practice_window_get_position (fixture->window), ==, 2);

  type_answer (fixture, "Indexes make lookups fast; a B-tree keeps keys sorted so a query can seek.");
  activate (fixture, "practice.finish");

  g_assert_cmpstr (pursuit_practice_window_get_page (fixture->window), ==, "report");
  g_assert_cmpint (pursuit_practice_session_get_finished_at (session), >, 0);
  g_assert_cmpint (pursuit_practice_session_get_overall_score (session), >=, 0);
  g_assert_cmpstr (pursuit_practice_session_get_answer (session, 0), ==, GOOD_ANSWER);
  g_assert_null (pursuit_practice_session_get_answer (session, 1));
  g_assert_nonnull (pursuit_practice_session_get_answer (session, 2));
  g_assert_null (pursuit_practice_session_get_answer (session, 3));

  /* Saved, with the report. */
  sessions = pursuit_store_list_practice_sessions (fixture->store, fixture->job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 1);
  saved = g_ptr_array_index (sessions, 0);
  g_assert_cmpint (pursuit_practice_session_get_id (saved), ==, pursuit_practice_session_get_id (session));
  g_assert_cmpint (pursuit_practice_session_get_overall_score (saved), ==,
                   pursuit_practice_session_get_overall_score (session));
  g_assert_cmpstr (pursuit_practice_session_get_answer (saved, 0), ==, GOOD_ANSWER);

  /* The report: four scores and one row per question. */
  {
    guint expanders = 0;
    GtkWidget *overall = NULL;
    GPtrArray *stack = g_ptr_array_new ();

    g_ptr_array_add (stack, fixture->window);
    while (stack->len > 0)
      {
        GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

        if (ADW_IS_EXPANDER_ROW (widget))
          expanders++;
        if (g_strcmp0 (gtk_widget_get_name (widget), "Overall") == 0)
          overall = widget;
        for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
          g_ptr_array_add (stack, child);
      }
    g_ptr_array_unref (stack);

    g_assert_cmpuint (expanders, ==, n);
    g_assert_nonnull (overall);
    {
      g_autofree char *expected = g_strdup_printf ("%d", pursuit_practice_session_get_overall_score (session));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (overall)), ==, expected);
    }
  }

  save_screenshot (fixture, "practice-report.png");

  /* The first answer, opened: what was covered, what was missed. */
  {
    GtkWidget *expander = pursuit_test_find_type (GTK_WIDGET (fixture->window), ADW_TYPE_EXPANDER_ROW);
    GtkWidget *scrolled = gtk_widget_get_ancestor (expander, GTK_TYPE_SCROLLED_WINDOW);
    graphene_point_t top;

    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
    spin_until_idle ();
    g_assert_true (gtk_widget_compute_point (expander, scrolled, &GRAPHENE_POINT_INIT (0, 0), &top));
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                              gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled))) +
                              top.y - 60);
    save_screenshot (fixture, "practice-report-answers.png");
  }

  /* Done: the buttons do nothing more. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "practice.next", NULL));
  g_assert_cmpstr (pursuit_practice_window_get_page (fixture->window), ==, "report");
}

static void
test_history_row (Fixture       *fixture,
                  gconstpointer  data)
{
  PursuitJobMatchSection *section = g_object_new (PURSUIT_TYPE_JOB_MATCH_SECTION, NULL);
  GtkWidget *row;
  int overall;
  g_autofree char *subtitle = NULL;

  pursuit_test_present_section (section, fixture->store, fixture->job_id, -1, -1);
  spin_until_idle ();

  pursuit_practice_window_start (fixture->window, 5, 3);
  type_answer (fixture, GOOD_ANSWER);
  activate (fixture, "practice.next");
  for (guint i = 1; i < 5; i++)
    activate (fixture, "practice.skip");
  g_assert_cmpstr (pursuit_practice_window_get_page (fixture->window), ==, "report");

  overall = pursuit_practice_session_get_overall_score (pursuit_practice_window_get_session (fixture->window));
  row = pursuit_test_find_named (GTK_WIDGET (section), "history-list");
  g_assert_nonnull (row);
  row = pursuit_test_find_type (row, ADW_TYPE_ACTION_ROW);
  subtitle = g_strdup_printf ("Overall %d of 100 · 5 questions", overall);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, subtitle);
}

static void
test_without_cv (Fixture       *fixture,
                 gconstpointer  data)
{
  PursuitPracticeSession *session;

  pursuit_practice_window_start (fixture->window, 3, 9);
  session = pursuit_practice_window_get_session (fixture->window);
  g_assert_nonnull (session);
  /* Clamped to 5; no gap to aim at. */
  g_assert_cmpuint (pursuit_practice_session_get_n_questions (session), ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (pursuit_practice_session_get_question (session, i)->focus, !=, PURSUIT_QUESTION_FOCUS_GAP);
}

/* Closing half-way keeps the answers as an unfinished session. */
static void
test_close_early (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_practice_window_start (fixture->window, 5, 11);
  type_answer (fixture, GOOD_ANSWER);
  gtk_window_close (GTK_WINDOW (fixture->window));
  spin_until_idle ();

  sessions = pursuit_store_list_practice_sessions (fixture->store, fixture->job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 1);
  g_assert_cmpint (pursuit_practice_session_get_finished_at (g_ptr_array_index (sessions, 0)), ==, 0);
  g_assert_cmpstr (pursuit_practice_session_get_answer (g_ptr_array_index (sessions, 0), 0), ==, GOOD_ANSWER);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/practice-window/no-display"))
    return g_test_run ();

  g_test_add ("/ui/practice-window/run", Fixture, GINT_TO_POINTER (1), fixture_setup, test_run, fixture_teardown);
  g_test_add ("/ui/practice-window/history-row", Fixture, GINT_TO_POINTER (1), fixture_setup, test_history_row, fixture_teardown);
  g_test_add ("/ui/practice-window/without-cv", Fixture, NULL, fixture_setup, test_without_cv, fixture_teardown);
  g_test_add ("/ui/practice-window/close-early", Fixture, GINT_TO_POINTER (1), fixture_setup, test_close_early, fixture_teardown);

  return g_test_run ();
}
