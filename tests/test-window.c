/* test-window.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-board-view.h"
#include "pursuit-job-card.h"
#include "pursuit-job-card-text.h"
#include "pursuit-pipeline.h"
#include "pursuit-store.h"
#include "pursuit-window.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

typedef struct
{
  char         *dir;
  PursuitStore *store;
} Fixture;

static void
add_sample_job (PursuitStore *store,
         const char   *title,
         const char   *company,
         const char   *stage)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GError) error = NULL;

  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, company);
  pursuit_job_set_location (job, "Berlin, Germany");
  pursuit_job_set_salary_min (job, 60000);
  pursuit_job_set_salary_max (job, 75000);
  pursuit_job_set_currency (job, "EUR");
  pursuit_job_set_stage (job, stage);

  g_assert_cmpint (pursuit_store_add_job (store, job, &error), >, 0);
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = open_temp_store ("pursuit-test-window-XXXXXX", &fixture->dir);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  spin_until_idle ();

  close_temp_store (&fixture->store, &fixture->dir);
}

static guint
count_in_stage (PursuitStore *store,
                const char   *stage)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = pursuit_store_list_jobs (store, stage, &error);

  g_assert_no_error (error);
  return jobs->len;
}

static int
find_column (PursuitBoardView *board,
             const char       *stage)
{
  for (guint i = 0; i < pursuit_board_view_get_n_columns (board); i++)
    if (g_strcmp0 (pursuit_board_view_get_column_stage (board, i), stage) == 0)
      return i;

  return -1;
}

static void
test_window_board_columns (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) stages = NULL;
  PursuitWindow *window;
  PursuitBoardView *board;
  GListModel *applied;
  int applied_column;

  add_sample_job (fixture->store, "Backend Engineer", "Alderbank Systems", PURSUIT_STAGE_SAVED);
  add_sample_job (fixture->store, "Data Analyst", "Bluefjord Analytics", PURSUIT_STAGE_SAVED);
  add_sample_job (fixture->store, "Product Designer", "Driftwood Health", PURSUIT_STAGE_SAVED);
  add_sample_job (fixture->store, "Site Reliability Engineer", "Emberlight Games", PURSUIT_STAGE_APPLIED);
  add_sample_job (fixture->store, "Technical Writer", "Fernhollow Energy", PURSUIT_STAGE_APPLIED);
  add_sample_job (fixture->store, "Engineering Manager", "Glassmoth Security", PURSUIT_STAGE_INTERVIEWING);

  window = pursuit_window_new (NULL, fixture->store, FALSE);
  g_assert_true (PURSUIT_IS_WINDOW (window));
  g_assert_true (pursuit_window_get_store (window) == fixture->store);
  g_assert_false (pursuit_window_get_sample_data (window));

  gtk_window_present (GTK_WINDOW (window));
  spin_until_idle ();

  board = pursuit_window_get_board_view (window);
  g_assert_true (PURSUIT_IS_BOARD_VIEW (board));

  /* One column per stage, in the store's order, each with its jobs. */
  stages = pursuit_store_list_stages (fixture->store);
  g_assert_cmpuint (stages->len, >, 0);
  g_assert_cmpuint (pursuit_board_view_get_n_columns (board), ==, stages->len);

  for (guint i = 0; i < stages->len; i++)
    {
      const char *key = pursuit_stage_get_key (g_ptr_array_index (stages, i));
      GListModel *model = pursuit_board_view_get_column_model (board, i);

      g_assert_cmpstr (pursuit_board_view_get_column_stage (board, i), ==, key);
      g_assert_true (g_list_model_get_item_type (model) == PURSUIT_TYPE_JOB);
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, count_in_stage (fixture->store, key));
    }

  g_assert_cmpuint (g_list_model_get_n_items (pursuit_board_view_get_column_model (board, find_column (board, PURSUIT_STAGE_SAVED))), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_board_view_get_column_model (board, find_column (board, PURSUIT_STAGE_INTERVIEWING))), ==, 1);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 6);

  /* A new job shows up in its column. */
  applied_column = find_column (board, PURSUIT_STAGE_APPLIED);
  g_assert_cmpint (applied_column, >=, 0);
  applied = pursuit_board_view_get_column_model (board, applied_column);
  g_assert_cmpuint (g_list_model_get_n_items (applied), ==, 2);

  add_sample_job (fixture->store, "QA Automation Engineer", "Harbourlight Insurance", PURSUIT_STAGE_APPLIED);
  spin_until_idle ();

  g_assert_cmpuint (g_list_model_get_n_items (applied), ==, 3);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 7);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_two_windows_follow_each_other (Fixture       *fixture,
                                           gconstpointer  data)
{
  PursuitWindow *first = pursuit_window_new (NULL, fixture->store, FALSE);
  PursuitWindow *second = pursuit_window_new (NULL, fixture->store, FALSE);
  PursuitBoardView *first_board = pursuit_window_get_board_view (first);
  PursuitBoardView *second_board = pursuit_window_get_board_view (second);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  gint64 id;

  gtk_window_present (GTK_WINDOW (first));
  gtk_window_present (GTK_WINDOW (second));
  spin_until_idle ();

  /* What one window changes, the other shows: both follow the store. */
  add_sample_job (fixture->store, "Backend Engineer", "Alderbank Systems", PURSUIT_STAGE_SAVED);
  spin_until_idle ();
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (first_board), ==, 1);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (second_board), ==, 1);

  jobs = pursuit_store_list_jobs (fixture->store, NULL, &error);
  id = pursuit_job_get_id (g_ptr_array_index (jobs, 0));
  g_assert_true (pursuit_store_move_job (fixture->store, id, PURSUIT_STAGE_APPLIED, NULL, &error));
  g_assert_no_error (error);
  spin_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_board_view_get_column_model (second_board, find_column (second_board, PURSUIT_STAGE_APPLIED))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_board_view_get_column_model (second_board, find_column (second_board, PURSUIT_STAGE_SAVED))), ==, 0);

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));
}

static void
test_window_board_search (Fixture       *fixture,
                          gconstpointer  data)
{
  PursuitWindow *window;
  PursuitBoardView *board;

  add_sample_job (fixture->store, "Backend Engineer", "Alderbank Systems", PURSUIT_STAGE_SAVED);
  add_sample_job (fixture->store, "Data Analyst", "Bluefjord Analytics", PURSUIT_STAGE_APPLIED);

  window = pursuit_window_new (NULL, fixture->store, FALSE);
  board = pursuit_window_get_board_view (window);
  gtk_window_present (GTK_WINDOW (window));
  spin_until_idle ();

  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 2);

  pursuit_board_view_set_query (board, "Bluefjord");
  g_assert_cmpstr (pursuit_board_view_get_query (board), ==, "Bluefjord");
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 1);

  pursuit_board_view_set_query (board, "nothing-matches-this");
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 0);

  /* Blank means no search. */
  pursuit_board_view_set_query (board, "   ");
  g_assert_null (pursuit_board_view_get_query (board));
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_empty_and_views (Fixture       *fixture,
                             gconstpointer  data)
{
  PursuitWindow *window;
  PursuitBoardView *board;

  window = pursuit_window_new (NULL, fixture->store, TRUE);
  board = pursuit_window_get_board_view (window);
  gtk_window_present (GTK_WINDOW (window));
  spin_until_idle ();

  g_assert_true (pursuit_window_get_sample_data (window));
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 0);

  pursuit_window_set_view (window, "board");
  g_assert_cmpstr (pursuit_window_get_view (window), ==, "board");
  pursuit_window_set_view (window, "calendar");
  g_assert_cmpstr (pursuit_window_get_view (window), ==, "calendar");
  pursuit_window_set_view (window, "reports");
  g_assert_cmpstr (pursuit_window_get_view (window), ==, "reports");
  pursuit_window_set_view (window, "no-such-view");
  g_assert_cmpstr (pursuit_window_get_view (window), ==, "reports");

  /* The first job leaves the empty state. */
  add_sample_job (fixture->store, "Backend Engineer", "Alderbank Systems", PURSUIT_STAGE_SAVED);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
find_shortcuts_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel))
        return toplevel;
    }
  return NULL;
}

/* No hidden shortcuts window waits among the toplevels (GTK 4.8 gives
 * accessibility clients such a window without an object path): it is made
 * when asked for and gone when closed. */
static void
test_window_shortcuts (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitWindow *window = pursuit_window_new (NULL, fixture->store, FALSE);
  GLogLevelFlags old_fatal;
  GtkWindow *shortcuts;

  gtk_window_present (GTK_WINDOW (window));
  spin_until_idle ();
  g_assert_null (find_shortcuts_window ());

  /* On Xvfb's fonts GTK 4.8's shortcuts window warns that one of its own
   * labels measures -3 px: warnings are not fatal while it is up,
   * criticals still are. */
  old_fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  spin_until_idle ();
  shortcuts = find_shortcuts_window ();
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));

  gtk_window_close (shortcuts);
  spin_until_idle ();
  g_log_set_always_fatal (old_fatal);
  g_assert_null (find_shortcuts_window ());

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_job_card_plain_text (void)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  GtkWidget *card = g_object_ref_sink (pursuit_job_card_new ());

  /* Text from a posting is never markup. */
  pursuit_job_set_title (job, "<b>Engineer</b> & <i>friends</i>");
  pursuit_job_set_company (job, "A&B <Corp>");
  pursuit_job_card_set_job (PURSUIT_JOB_CARD (card), job);
  g_assert_true (pursuit_job_card_get_job (PURSUIT_JOB_CARD (card)) == job);

  pursuit_job_card_set_job (PURSUIT_JOB_CARD (card), NULL);
  g_assert_null (pursuit_job_card_get_job (PURSUIT_JOB_CARD (card)));

  g_object_unref (card);
}

static void
test_job_card_salary (void)
{
  char *text;

  g_assert_null (pursuit_job_card_format_salary (0, 0, "EUR", "year"));

  text = pursuit_job_card_format_salary (70000, 90000, "EUR", "year");
  g_assert_cmpstr (text, ==, "€70k – €90k");
  g_free (text);

  text = pursuit_job_card_format_salary (72500, 0, "GBP", NULL);
  g_assert_cmpstr (text, ==, "From £72.5k");
  g_free (text);

  text = pursuit_job_card_format_salary (0, 120000, "USD", "year");
  g_assert_cmpstr (text, ==, "Up to $120k");
  g_free (text);

  text = pursuit_job_card_format_salary (95000, 95000, "CHF", "YEAR");
  g_assert_cmpstr (text, ==, "CHF 95k");
  g_free (text);

  text = pursuit_job_card_format_salary (45, 60, NULL, "HOUR");
  g_assert_cmpstr (text, ==, "45 – 60 an hour");
  g_free (text);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS: it empties XDG_DATA_DIRS, and without
   * the shared MIME database and the icon theme GTK cannot load icons.
   * Settings use the memory backend and each store its own folder. */
  g_test_init (&argc, &argv, NULL);

  /* Not gtk_test_init(): it exits the process when there is no display,
   * and these tests should be reported as skipped instead. */
  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/window/no-display", pursuit_test_skip_without_display);
      return g_test_run ();
    }

  adw_init ();

  g_test_add ("/ui/window/board/columns", Fixture, NULL,
              fixture_setup, test_window_board_columns, fixture_teardown);
  g_test_add ("/ui/window/two-windows", Fixture, NULL,
              fixture_setup, test_window_two_windows_follow_each_other, fixture_teardown);
  g_test_add ("/ui/window/board/search", Fixture, NULL,
              fixture_setup, test_window_board_search, fixture_teardown);
  g_test_add ("/ui/window/empty-and-views", Fixture, NULL,
              fixture_setup, test_window_empty_and_views, fixture_teardown);
  g_test_add ("/ui/window/shortcuts", Fixture, NULL,
              fixture_setup, test_window_shortcuts, fixture_teardown);
  g_test_add_func ("/ui/job-card/plain-text", test_job_card_plain_text);
  g_test_add_func ("/ui/job-card/salary", test_job_card_salary);

  return g_test_run ();
}
