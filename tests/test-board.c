/* test-board.c: moving jobs on the board
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-board-view.h"
#include "pursuit-job-card.h"
#include "pursuit-pipeline.h"
#include "pursuit-store.h"
#include "pursuit-test-store.h"

typedef struct
{
  char         *dir;
  PursuitStore *store;
  GtkWindow    *window;
  GtkWidget    *board;
  GPtrArray    *toasts;
} Fixture;

static gint64
add_board_job (PursuitStore *store,
         const char   *title,
         const char   *stage)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, "Alderbank Systems");
  pursuit_job_set_stage (job, stage);
  if (g_str_equal (stage, PURSUIT_STAGE_WITHDRAWN))
    pursuit_job_set_withdraw_reason (job, "Test");

  id = pursuit_store_add_job (store, job, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

static char *
job_stage (PursuitStore *store,
           gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = pursuit_store_get_job (store, id, &error);

  g_assert_no_error (error);
  return g_strdup (pursuit_job_get_stage (job));
}

/* Lets timeouts run too: the board moves the focus from one. */
static void
spin_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
on_add_toast_cb (PursuitBoardView *board,
                 AdwToast         *toast,
                 GPtrArray        *toasts)
{
  g_ptr_array_add (toasts, g_object_ref (toast));
}

static const char *
last_toast_title (Fixture *fixture)
{
  g_assert_cmpuint (fixture->toasts->len, >, 0);
  return adw_toast_get_title (g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1));
}

static GSettings *
app_settings (void)
{
  return g_settings_new ("io.github.pursuit.Pursuit");
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = app_settings ();
  g_autofree char *path = NULL;

  g_settings_reset (settings, "collapsed-stages");

  fixture->dir = g_dir_make_tmp ("pursuit-test-board-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->store = pursuit_store_new (path, &error);
  g_assert_no_error (error);

  fixture->toasts = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
show_board (Fixture *fixture)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  fixture->board = pursuit_board_view_new (fixture->store);
  g_signal_connect (fixture->board, "add-toast", G_CALLBACK (on_add_toast_cb), fixture->toasts);
  gtk_window_set_child (fixture->window, fixture->board);
  gtk_window_present (fixture->window);
  spin_for (100);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_pointer (&fixture->toasts, g_ptr_array_unref);
  if (fixture->window != NULL)
    gtk_window_destroy (fixture->window);
  spin_until_idle ();

  g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *)&fixture->store);
  g_object_unref (fixture->store);
  g_assert_null (fixture->store);

  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static PursuitJobCard *
find_card (GtkWidget *widget,
           gint64     job_id)
{
  if (PURSUIT_IS_JOB_CARD (widget))
    {
      PursuitJob *job = pursuit_job_card_get_job (PURSUIT_JOB_CARD (widget));

      if (job != NULL && pursuit_job_get_id (job) == job_id && gtk_widget_get_mapped (widget))
        return PURSUIT_JOB_CARD (widget);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PursuitJobCard *card = find_card (child, job_id);

      if (card != NULL)
        return card;
    }

  return NULL;
}

static void
test_board_keyboard_move (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 id = add_board_job (fixture->store, "Backend Engineer", PURSUIT_STAGE_SAVED);
  g_autoptr(GError) expected = NULL;
  g_autofree char *stage = NULL;
  PursuitJobCard *card;
  GtkWidget *focus;

  show_board (fixture);

  card = find_card (fixture->board, id);
  g_assert_nonnull (card);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (card)));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (card)));

  /* Alt+Right: Saved to Applied. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "job.move-next", NULL));
  stage = job_stage (fixture->store, id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  g_assert_cmpstr (last_toast_title (fixture), ==, "Moved “Backend Engineer” to Applied");
  g_assert_cmpstr (adw_toast_get_button_label (g_ptr_array_index (fixture->toasts, 0)), ==, "_Undo");

  /* The focus follows the job into its new column. */
  spin_for (300);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (PURSUIT_IS_JOB_CARD (focus));
  g_assert_cmpint (pursuit_job_get_id (pursuit_job_card_get_job (PURSUIT_JOB_CARD (focus))), ==, id);

  /* Alt+Left: nothing before Applied takes it back; the store says why. */
  card = PURSUIT_JOB_CARD (focus);
  pursuit_pipeline_check_transition (PURSUIT_STAGE_APPLIED, PURSUIT_STAGE_SAVED, &expected);
  g_assert_nonnull (expected);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "job.move-previous", NULL));
  g_clear_pointer (&stage, g_free);
  stage = job_stage (fixture->store, id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpuint (fixture->toasts->len, ==, 2);
  g_assert_cmpstr (last_toast_title (fixture), ==, expected->message);
}

static void
test_board_step_skips (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 offer = add_board_job (fixture->store, "Offer Job", PURSUIT_STAGE_OFFER);
  gint64 rejected = add_board_job (fixture->store, "Rejected Job", PURSUIT_STAGE_REJECTED);
  gint64 ghosted = add_board_job (fixture->store, "Ghosted Job", PURSUIT_STAGE_GHOSTED);
  g_autofree char *stage = NULL;

  show_board (fixture);

  /* Offer: Interviewing and the others before it are not allowed. */
  g_assert_false (pursuit_board_view_step_job (PURSUIT_BOARD_VIEW (fixture->board), offer, -1));
  g_assert_true (pursuit_board_view_step_job (PURSUIT_BOARD_VIEW (fixture->board), offer, 1));
  stage = job_stage (fixture->store, offer);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_ACCEPTED);

  /* Rejected is closed: nothing either way. */
  g_assert_false (pursuit_board_view_step_job (PURSUIT_BOARD_VIEW (fixture->board), rejected, 1));
  g_assert_false (pursuit_board_view_step_job (PURSUIT_BOARD_VIEW (fixture->board), rejected, -1));

  /* Ghosted goes back to Rejected, skipping Withdrawn; nothing after it. */
  g_assert_false (pursuit_board_view_step_job (PURSUIT_BOARD_VIEW (fixture->board), ghosted, 1));
  g_assert_cmpstr (last_toast_title (fixture), ==, "There is no column after “Ghosted”");
  g_assert_true (pursuit_board_view_step_job (PURSUIT_BOARD_VIEW (fixture->board), ghosted, -1));
  g_clear_pointer (&stage, g_free);
  stage = job_stage (fixture->store, ghosted);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_REJECTED);
}

static void
test_board_undo (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 id = add_board_job (fixture->store, "R&D <Lead>", PURSUIT_STAGE_APPLIED);
  g_autofree char *stage = NULL;
  AdwToast *toast;

  show_board (fixture);

  g_assert_true (pursuit_board_view_move_job (PURSUIT_BOARD_VIEW (fixture->board), id,
                                              PURSUIT_STAGE_REJECTED));
  /* Toast titles are markup: the title is escaped. */
  g_assert_cmpstr (last_toast_title (fixture), ==, "Moved “R&amp;D &lt;Lead&gt;” to Rejected");

  /* Undo brings it back, though Rejected is a closed stage. */
  toast = g_ptr_array_index (fixture->toasts, 0);
  g_signal_emit_by_name (toast, "button-clicked");
  stage = job_stage (fixture->store, id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_APPLIED);
  spin_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_board_view_get_column_model (PURSUIT_BOARD_VIEW (fixture->board), 1)), ==, 1);

  /* A second Undo finds the job elsewhere and says so. */
  g_signal_emit_by_name (toast, "button-clicked");
  g_clear_pointer (&stage, g_free);
  stage = job_stage (fixture->store, id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpuint (fixture->toasts->len, ==, 2);
  g_assert_true (g_str_has_suffix (last_toast_title (fixture), "so the move cannot be undone"));
}

static void
test_board_drop_acceptance (Fixture       *fixture,
                            gconstpointer  data)
{
  gint64 saved = add_board_job (fixture->store, "Saved Job", PURSUIT_STAGE_SAVED);
  gint64 rejected = add_board_job (fixture->store, "Rejected Job", PURSUIT_STAGE_REJECTED);
  PursuitBoardView *board;

  show_board (fixture);
  board = PURSUIT_BOARD_VIEW (fixture->board);

  g_assert_true (pursuit_board_view_can_move_job (board, saved, PURSUIT_STAGE_APPLIED));
  g_assert_true (pursuit_board_view_can_move_job (board, saved, PURSUIT_STAGE_REJECTED));
  g_assert_true (pursuit_board_view_can_move_job (board, saved, PURSUIT_STAGE_WITHDRAWN));
  g_assert_false (pursuit_board_view_can_move_job (board, saved, PURSUIT_STAGE_SAVED));
  g_assert_false (pursuit_board_view_can_move_job (board, saved, PURSUIT_STAGE_OFFER));
  g_assert_false (pursuit_board_view_can_move_job (board, rejected, PURSUIT_STAGE_APPLIED));
  g_assert_false (pursuit_board_view_can_move_job (board, rejected, PURSUIT_STAGE_GHOSTED));
  g_assert_false (pursuit_board_view_can_move_job (board, 4242, PURSUIT_STAGE_APPLIED));
  g_assert_false (pursuit_board_view_can_move_job (board, saved, "no-such-stage"));
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_board_withdraw_asks_reason (Fixture       *fixture,
                                 gconstpointer  data)
{
  gint64 id = add_board_job (fixture->store, "Data Analyst", PURSUIT_STAGE_APPLIED);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  show_board (fixture);

  g_assert_false (pursuit_board_view_move_job (PURSUIT_BOARD_VIEW (fixture->board), id,
                                               PURSUIT_STAGE_WITHDRAWN));
  spin_until_idle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "withdraw"));

  entry = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Took another offer");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "withdraw"));
  adw_message_dialog_response (dialog, "withdraw");
  spin_until_idle ();

  job = pursuit_store_get_job (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_WITHDRAWN);
  g_assert_cmpstr (pursuit_job_get_withdraw_reason (job), ==, "Took another offer");
  g_assert_cmpstr (last_toast_title (fixture), ==, "Moved “Data Analyst” to Withdrawn");
}

static void
test_board_collapse_persists (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GSettings) settings = app_settings ();
  g_auto(GStrv) keys = NULL;
  GtkWidget *other;

  show_board (fixture);

  g_assert_false (pursuit_board_view_get_stage_collapsed (PURSUIT_BOARD_VIEW (fixture->board), PURSUIT_STAGE_REJECTED));
  pursuit_board_view_set_stage_collapsed (PURSUIT_BOARD_VIEW (fixture->board), PURSUIT_STAGE_REJECTED, TRUE);
  g_assert_true (pursuit_board_view_get_stage_collapsed (PURSUIT_BOARD_VIEW (fixture->board), PURSUIT_STAGE_REJECTED));

  /* Open stages do not collapse. */
  pursuit_board_view_set_stage_collapsed (PURSUIT_BOARD_VIEW (fixture->board), PURSUIT_STAGE_APPLIED, TRUE);
  g_assert_false (pursuit_board_view_get_stage_collapsed (PURSUIT_BOARD_VIEW (fixture->board), PURSUIT_STAGE_APPLIED));

  keys = g_settings_get_strv (settings, "collapsed-stages");
  g_assert_cmpstrv (keys, ((const char * const []) { PURSUIT_STAGE_REJECTED, NULL }));

  /* A new board (a new window, the next start) remembers. */
  other = g_object_ref_sink (pursuit_board_view_new (fixture->store));
  g_assert_true (pursuit_board_view_get_stage_collapsed (PURSUIT_BOARD_VIEW (other), PURSUIT_STAGE_REJECTED));
  g_assert_false (pursuit_board_view_get_stage_collapsed (PURSUIT_BOARD_VIEW (other), PURSUIT_STAGE_GHOSTED));
  g_object_unref (other);

  pursuit_board_view_set_stage_collapsed (PURSUIT_BOARD_VIEW (fixture->board), PURSUIT_STAGE_REJECTED, FALSE);
  g_assert_false (pursuit_board_view_get_stage_collapsed (PURSUIT_BOARD_VIEW (fixture->board), PURSUIT_STAGE_REJECTED));
  g_clear_pointer (&keys, g_strfreev);
  keys = g_settings_get_strv (settings, "collapsed-stages");
  g_assert_cmpuint (g_strv_length (keys), ==, 0);
}

static void
test_no_display (void)
{
  g_test_skip ("No display: run the UI tests under xvfb-run");
}

int
main (int   argc,
      char *argv[])
{
  /* See test-window.c: no G_TEST_OPTION_ISOLATE_DIRS, no gtk_test_init(). */
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/board/no-display", test_no_display);
      return g_test_run ();
    }

  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/board/move/keyboard", test_board_keyboard_move);
  ADD ("/ui/board/move/step-skips", test_board_step_skips);
  ADD ("/ui/board/move/undo", test_board_undo);
  ADD ("/ui/board/move/withdraw-reason", test_board_withdraw_asks_reason);
  ADD ("/ui/board/drop/acceptance", test_board_drop_acceptance);
  ADD ("/ui/board/collapse/persists", test_board_collapse_persists);
#undef ADD

  return g_test_run ();
}
