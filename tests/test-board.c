/* test-board.c: moving jobs on the board
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-board-view.h"
#include "pursuit-demo.h"
#include "pursuit-job-card.h"
#include "pursuit-job-filter.h"
#include "pursuit-pipeline.h"
#include "pursuit-store.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

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

static void
assert_stage (PursuitStore *store,
              gint64        id,
              const char   *expected)
{
  g_autofree char *stage = job_stage (store, id);

  g_assert_cmpstr (stage, ==, expected);
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
  g_signal_connect (fixture->board, "add-toast", G_CALLBACK (pursuit_test_collect_toast), fixture->toasts);
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
  return pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
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

static GtkSelectionModel *
column_selection (Fixture *fixture,
                  guint    column)
{
  return pursuit_board_view_get_column_selection (PURSUIT_BOARD_VIEW (fixture->board), column);
}

static guint
n_selected (Fixture *fixture)
{
  return pursuit_board_view_get_n_selected (PURSUIT_BOARD_VIEW (fixture->board));
}

/* The position of a job in its column's list. */
static guint
job_position (Fixture *fixture,
              guint    column,
              gint64   id)
{
  GListModel *model = pursuit_board_view_get_column_model (PURSUIT_BOARD_VIEW (fixture->board), column);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (model, i);

      if (pursuit_job_get_id (job) == id)
        return i;
    }

  g_assert_not_reached ();
}

static gboolean
action_bar_revealed (Fixture *fixture)
{
  GtkWidget *bar = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (fixture->board);
       child != NULL && bar == NULL;
       child = gtk_widget_get_first_child (child))
    for (GtkWidget *sibling = child; sibling != NULL; sibling = gtk_widget_get_next_sibling (sibling))
      if (GTK_IS_ACTION_BAR (sibling))
        bar = sibling;

  g_assert_nonnull (bar);
  return gtk_action_bar_get_revealed (GTK_ACTION_BAR (bar));
}

static gboolean
ids_contain (GPtrArray *ids,
             gint64     id)
{
  for (guint i = 0; i < ids->len; i++)
    if (*(gint64 *)g_ptr_array_index (ids, i) == id)
      return TRUE;

  return FALSE;
}

static void
test_board_select_model (Fixture       *fixture,
                         gconstpointer  data)
{
  gint64 a = add_board_job (fixture->store, "Saved A", PURSUIT_STAGE_SAVED);
  gint64 b = add_board_job (fixture->store, "Saved B", PURSUIT_STAGE_SAVED);
  gint64 c = add_board_job (fixture->store, "Saved C", PURSUIT_STAGE_SAVED);
  gint64 d = add_board_job (fixture->store, "Applied D", PURSUIT_STAGE_APPLIED);
  g_autoptr(GPtrArray) ids = NULL;

  show_board (fixture);
  g_assert_cmpuint (n_selected (fixture), ==, 0);
  g_assert_false (action_bar_revealed (fixture));

  /* A plain click: one card, no action bar. */
  gtk_selection_model_select_item (column_selection (fixture, 0), job_position (fixture, 0, a), TRUE);
  g_assert_cmpuint (n_selected (fixture), ==, 1);
  g_assert_false (action_bar_revealed (fixture));

  /* Ctrl+click adds, in the same column and in another one. */
  gtk_selection_model_select_item (column_selection (fixture, 0), job_position (fixture, 0, c), FALSE);
  gtk_selection_model_select_item (column_selection (fixture, 1), job_position (fixture, 1, d), FALSE);
  g_assert_cmpuint (n_selected (fixture), ==, 3);
  g_assert_true (action_bar_revealed (fixture));

  ids = pursuit_board_view_get_selected_job_ids (PURSUIT_BOARD_VIEW (fixture->board));
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_true (ids_contain (ids, a));
  g_assert_false (ids_contain (ids, b));
  g_assert_true (ids_contain (ids, c));
  g_assert_true (ids_contain (ids, d));
  /* Column by column: Saved's before Applied's. */
  g_assert_cmpint (*(gint64 *)g_ptr_array_index (ids, 2), ==, d);

  /* A plain click elsewhere replaces the whole board's selection. */
  gtk_selection_model_select_item (column_selection (fixture, 0), job_position (fixture, 0, b), TRUE);
  g_assert_cmpuint (n_selected (fixture), ==, 1);
  g_assert_false (gtk_selection_model_is_selected (column_selection (fixture, 1), 0));

  /* Shift+click makes a range in its column, which replaces the rest of
   * that column only. */
  gtk_selection_model_select_range (column_selection (fixture, 1), 0, 1, TRUE);
  g_assert_cmpuint (n_selected (fixture), ==, 2);
  gtk_selection_model_unselect_item (column_selection (fixture, 1), 0);

  /* Ctrl+A selects a whole column and keeps the rest. */
  gtk_selection_model_select_item (column_selection (fixture, 1), 0, FALSE);
  gtk_selection_model_select_all (column_selection (fixture, 0));
  g_assert_cmpuint (n_selected (fixture), ==, 4);

  /* A selected job that moves away leaves the selection. */
  g_assert_true (pursuit_board_view_move_job (PURSUIT_BOARD_VIEW (fixture->board), a, PURSUIT_STAGE_APPLIED));
  spin_until_idle ();
  g_assert_cmpuint (n_selected (fixture), ==, 3);

  pursuit_board_view_clear_selection (PURSUIT_BOARD_VIEW (fixture->board));
  g_assert_cmpuint (n_selected (fixture), ==, 0);
  g_assert_false (action_bar_revealed (fixture));
}

static void
test_board_select_actions (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 saved[4];
  GtkWidget *saved_list;
  GtkWidget *applied_list;
  GtkWidget *board;

  for (guint i = 0; i < G_N_ELEMENTS (saved); i++)
    {
      g_autofree char *title = g_strdup_printf ("Saved %u", i);
      saved[i] = add_board_job (fixture->store, title, PURSUIT_STAGE_SAVED);
    }
  add_board_job (fixture->store, "Applied A", PURSUIT_STAGE_APPLIED);
  add_board_job (fixture->store, "Applied B", PURSUIT_STAGE_APPLIED);

  show_board (fixture);
  board = fixture->board;
  saved_list = pursuit_board_view_get_column_list_view (PURSUIT_BOARD_VIEW (board), 0);
  applied_list = pursuit_board_view_get_column_list_view (PURSUIT_BOARD_VIEW (board), 1);

  /* What a click does, then Shift+click on the third card: a range. */
  g_assert_true (gtk_widget_activate_action (saved_list, "list.select-item", "(ubb)", 0, FALSE, FALSE));
  g_assert_cmpuint (n_selected (fixture), ==, 1);
  g_assert_true (gtk_widget_activate_action (saved_list, "list.select-item", "(ubb)", 2, FALSE, TRUE));
  g_assert_cmpuint (n_selected (fixture), ==, 3);
  g_assert_false (gtk_selection_model_is_selected (column_selection (fixture, 0), 3));

  /* Ctrl+click toggles: one more in Applied, then off again. */
  g_assert_true (gtk_widget_activate_action (applied_list, "list.select-item", "(ubb)", 1, TRUE, FALSE));
  g_assert_cmpuint (n_selected (fixture), ==, 4);
  g_assert_true (gtk_widget_activate_action (applied_list, "list.select-item", "(ubb)", 1, TRUE, FALSE));
  g_assert_cmpuint (n_selected (fixture), ==, 3);

  /* Ctrl+A in Applied: the whole column, Saved's selection kept. */
  g_assert_true (gtk_widget_activate_action (applied_list, "list.select-all", NULL));
  g_assert_cmpuint (n_selected (fixture), ==, 5);

  /* A plain click in Applied: that card alone. */
  g_assert_true (gtk_widget_activate_action (applied_list, "list.select-item", "(ubb)", 0, FALSE, FALSE));
  g_assert_cmpuint (n_selected (fixture), ==, 1);
  g_assert_cmpuint (pursuit_board_view_get_n_selected (PURSUIT_BOARD_VIEW (board)), ==, 1);

  /* Escape. */
  g_assert_true (gtk_widget_activate_action (board, "board.clear-selection", NULL));
  g_assert_cmpuint (n_selected (fixture), ==, 0);
}

static void
test_board_bulk_move (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 a = add_board_job (fixture->store, "Saved A", PURSUIT_STAGE_SAVED);
  gint64 b = add_board_job (fixture->store, "Saved B", PURSUIT_STAGE_SAVED);
  gint64 r = add_board_job (fixture->store, "Rejected R", PURSUIT_STAGE_REJECTED);
  g_autoptr(GError) refusal = NULL;
  g_autofree char *expected = NULL;
  guint rejected_column;
  AdwToast *toast;

  show_board (fixture);
  for (rejected_column = 0;
       !g_str_equal (pursuit_board_view_get_column_stage (PURSUIT_BOARD_VIEW (fixture->board), rejected_column),
                     PURSUIT_STAGE_REJECTED);
       rejected_column++)
    ;

  gtk_selection_model_select_all (column_selection (fixture, 0));
  gtk_selection_model_select_item (column_selection (fixture, rejected_column), 0, FALSE);
  g_assert_cmpuint (n_selected (fixture), ==, 3);

  /* Rejected is closed: it stays, the others go, the toast says why. */
  g_assert_true (gtk_widget_activate_action (fixture->board, "board.move-selected", "s", PURSUIT_STAGE_APPLIED));
  assert_stage (fixture->store, a, PURSUIT_STAGE_APPLIED);
  assert_stage (fixture->store, b, PURSUIT_STAGE_APPLIED);
  assert_stage (fixture->store, r, PURSUIT_STAGE_REJECTED);

  g_assert_false (pursuit_pipeline_check_transition (PURSUIT_STAGE_REJECTED, PURSUIT_STAGE_APPLIED, &refusal));
  expected = g_strdup_printf ("Moved 2 jobs to Applied; 1 could not move: %s", refusal->message);
  g_assert_cmpstr (last_toast_title (fixture), ==, expected);
  toast = g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");

  /* The refused job stays selected; the moved ones left their column. */
  spin_until_idle ();
  g_assert_cmpuint (n_selected (fixture), ==, 1);

  /* Undo brings both back at once. */
  g_signal_emit_by_name (toast, "button-clicked");
  assert_stage (fixture->store, a, PURSUIT_STAGE_SAVED);
  assert_stage (fixture->store, b, PURSUIT_STAGE_SAVED);
  spin_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_board_view_get_column_model (PURSUIT_BOARD_VIEW (fixture->board), 0)), ==, 2);

  /* Dropping one of several selected cards moves them all; dropping
   * another card moves it alone. */
  gtk_selection_model_select_all (column_selection (fixture, 0));
  g_assert_cmpuint (n_selected (fixture), ==, 3);
  g_assert_true (gtk_widget_activate_action (fixture->board, "board.drop-job", "(xs)", a, PURSUIT_STAGE_APPLIED));
  assert_stage (fixture->store, a, PURSUIT_STAGE_APPLIED);
  assert_stage (fixture->store, b, PURSUIT_STAGE_APPLIED);
  assert_stage (fixture->store, r, PURSUIT_STAGE_REJECTED);
  g_signal_emit_by_name (g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1), "button-clicked");
  spin_until_idle ();
  gtk_selection_model_select_item (column_selection (fixture, 0), job_position (fixture, 0, a), TRUE);
  gtk_selection_model_select_item (column_selection (fixture, rejected_column), 0, FALSE);
  g_assert_true (gtk_widget_activate_action (fixture->board, "board.drop-job", "(xs)", b, PURSUIT_STAGE_APPLIED));
  assert_stage (fixture->store, a, PURSUIT_STAGE_SAVED);
  assert_stage (fixture->store, b, PURSUIT_STAGE_APPLIED);
  g_assert_cmpstr (last_toast_title (fixture), ==, "Moved “Saved B” to Applied");

  /* Nothing can go: nothing moves, and no Undo. */
  pursuit_board_view_clear_selection (PURSUIT_BOARD_VIEW (fixture->board));
  gtk_selection_model_select_item (column_selection (fixture, rejected_column), 0, TRUE);
  g_assert_false (pursuit_board_view_move_selected (PURSUIT_BOARD_VIEW (fixture->board), PURSUIT_STAGE_OFFER));
  g_assert_true (g_str_has_prefix (last_toast_title (fixture), "No job could move to Offer: "));
  g_assert_null (adw_toast_get_button_label (g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1)));
}

static void
test_board_bulk_undo_all_or_nothing (Fixture       *fixture,
                                     gconstpointer  data)
{
  gint64 a = add_board_job (fixture->store, "Saved A", PURSUIT_STAGE_SAVED);
  gint64 b = add_board_job (fixture->store, "Saved B", PURSUIT_STAGE_SAVED);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  show_board (fixture);
  gtk_selection_model_select_all (column_selection (fixture, 0));
  g_assert_true (pursuit_board_view_move_selected (PURSUIT_BOARD_VIEW (fixture->board), PURSUIT_STAGE_APPLIED));
  toast = g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Moved 2 jobs to Applied");

  /* One job moved on meanwhile: the Undo cannot take it back, so it
   * takes back neither. */
  g_assert_true (pursuit_store_move_job (fixture->store, b, PURSUIT_STAGE_SCREENING, NULL, &error));
  g_assert_no_error (error);
  g_signal_emit_by_name (toast, "button-clicked");
  assert_stage (fixture->store, a, PURSUIT_STAGE_APPLIED);
  assert_stage (fixture->store, b, PURSUIT_STAGE_SCREENING);
  g_assert_true (g_str_has_suffix (last_toast_title (fixture), "so the move cannot be undone"));
}

static void
test_board_bulk_withdraw (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 a = add_board_job (fixture->store, "Applied A", PURSUIT_STAGE_APPLIED);
  gint64 b = add_board_job (fixture->store, "Applied B", PURSUIT_STAGE_APPLIED);
  g_autoptr(PursuitJob) job = NULL;
  AdwMessageDialog *dialog;

  show_board (fixture);
  gtk_selection_model_select_all (column_selection (fixture, 1));

  /* One reason for all of them. */
  g_assert_false (pursuit_board_view_move_selected (PURSUIT_BOARD_VIEW (fixture->board), PURSUIT_STAGE_WITHDRAWN));
  spin_until_idle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Withdraw 2 Applications?");
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Relocating");
  adw_message_dialog_response (dialog, "withdraw");
  spin_until_idle ();

  assert_stage (fixture->store, a, PURSUIT_STAGE_WITHDRAWN);
  assert_stage (fixture->store, b, PURSUIT_STAGE_WITHDRAWN);
  job = pursuit_store_get_job (fixture->store, b, NULL);
  g_assert_cmpstr (pursuit_job_get_withdraw_reason (job), ==, "Relocating");
  g_assert_cmpstr (last_toast_title (fixture), ==, "Moved 2 jobs to Withdrawn");
}

static void
test_board_bulk_move_fails (Fixture       *fixture,
                            gconstpointer  data)
{
  gint64 a = add_board_job (fixture->store, "Saved A", PURSUIT_STAGE_SAVED);
  gint64 b = add_board_job (fixture->store, "Saved B", PURSUIT_STAGE_SAVED);
  gint64 ids[3];
  guint n_toasts;

  show_board (fixture);

  /* The second job is gone: the first, already moved in the
   * transaction, goes back with it. */
  ids[0] = a;
  ids[1] = 4242;
  ids[2] = b;
  g_assert_false (pursuit_board_view_move_jobs (PURSUIT_BOARD_VIEW (fixture->board), ids, 3,
                                                PURSUIT_STAGE_APPLIED, NULL));
  assert_stage (fixture->store, a, PURSUIT_STAGE_SAVED);
  assert_stage (fixture->store, b, PURSUIT_STAGE_SAVED);
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  n_toasts = fixture->toasts->len;

  spin_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_board_view_get_column_model (PURSUIT_BOARD_VIEW (fixture->board), 0)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_board_view_get_column_model (PURSUIT_BOARD_VIEW (fixture->board), 1)), ==, 0);

  /* An unknown stage is refused before anything starts. */
  g_assert_false (pursuit_board_view_move_jobs (PURSUIT_BOARD_VIEW (fixture->board), ids, 1, "no-such-stage", NULL));
  g_assert_cmpuint (fixture->toasts->len, ==, n_toasts + 1);
  assert_stage (fixture->store, a, PURSUIT_STAGE_SAVED);
}

static void
add_board_note (PursuitStore *store,
                gint64        job_id,
                const char   *body,
                gboolean      done)
{
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_note_set_job_id (note, job_id);
  pursuit_note_set_kind (note, "note");
  pursuit_note_set_body (note, body);
  id = pursuit_store_add_note (store, note, &error);
  g_assert_no_error (error);
  if (done)
    {
      pursuit_store_set_note_done (store, id, TRUE, &error);
      g_assert_no_error (error);
    }
}

/* The number of notes (and of done ones) of the job called @title. */
static guint
notes_of (PursuitStore *store,
          const char   *title,
          guint        *n_done)
{
  g_autoptr(GPtrArray) jobs = pursuit_store_list_jobs (store, NULL, NULL);

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);

      if (g_str_equal (pursuit_job_get_title (job), title))
        {
          g_autoptr(GPtrArray) notes = pursuit_store_list_notes (store, pursuit_job_get_id (job));

          *n_done = 0;
          for (guint j = 0; j < notes->len; j++)
            *n_done += pursuit_note_get_done (g_ptr_array_index (notes, j)) ? 1 : 0;
          return notes->len;
        }
    }

  g_assert_not_reached ();
}

static void
test_board_bulk_delete (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 a = add_board_job (fixture->store, "Saved A", PURSUIT_STAGE_SAVED);
  gint64 b = add_board_job (fixture->store, "Saved B", PURSUIT_STAGE_SAVED);
  gint64 c = add_board_job (fixture->store, "Applied C", PURSUIT_STAGE_APPLIED);
  g_autoptr(GPtrArray) jobs = NULL;
  AdwMessageDialog *dialog;
  AdwToast *toast;
  guint n_done;

  add_board_note (fixture->store, a, "Call the recruiter", FALSE);
  add_board_note (fixture->store, a, "Read about the team", TRUE);
  add_board_note (fixture->store, c, "Salary range asked", FALSE);

  show_board (fixture);
  gtk_selection_model_select_all (column_selection (fixture, 0));
  gtk_selection_model_select_all (column_selection (fixture, 1));
  g_assert_cmpuint (n_selected (fixture), ==, 3);

  /* Delete asks first, naming the count. */
  g_assert_true (gtk_widget_activate_action (fixture->board, "board.delete-selected", NULL));
  spin_until_idle ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Delete 3 Jobs?");
  adw_message_dialog_response (dialog, "delete");
  spin_until_idle ();

  jobs = pursuit_store_list_jobs (fixture->store, NULL, NULL);
  g_assert_cmpuint (jobs->len, ==, 0);
  g_assert_cmpstr (last_toast_title (fixture), ==, "Deleted 3 jobs");
  g_assert_cmpuint (n_selected (fixture), ==, 0);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (PURSUIT_BOARD_VIEW (fixture->board)), ==, 0);

  /* Undo: every job back, in its stage, with its notes. */
  toast = g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1);
  g_signal_emit_by_name (toast, "button-clicked");
  spin_until_idle ();
  g_clear_pointer (&jobs, g_ptr_array_unref);
  jobs = pursuit_store_list_jobs (fixture->store, NULL, NULL);
  g_assert_cmpuint (jobs->len, ==, 3);
  g_assert_cmpuint (notes_of (fixture->store, "Saved A", &n_done), ==, 2);
  g_assert_cmpuint (n_done, ==, 1);
  g_assert_cmpuint (notes_of (fixture->store, "Saved B", &n_done), ==, 0);
  g_assert_cmpuint (notes_of (fixture->store, "Applied C", &n_done), ==, 1);
  g_assert_cmpuint (n_done, ==, 0);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (PURSUIT_BOARD_VIEW (fixture->board)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pursuit_board_view_get_column_model (PURSUIT_BOARD_VIEW (fixture->board), 1)), ==, 1);

  /* A second Undo does not make copies. */
  g_signal_emit_by_name (toast, "button-clicked");
  g_clear_pointer (&jobs, g_ptr_array_unref);
  jobs = pursuit_store_list_jobs (fixture->store, NULL, NULL);
  g_assert_cmpuint (jobs->len, ==, 3);

  (void)b;
}

static void
test_board_bulk_delete_fails (Fixture       *fixture,
                              gconstpointer  data)
{
  gint64 ids[2];
  g_autoptr(GPtrArray) jobs = NULL;

  ids[0] = add_board_job (fixture->store, "Saved A", PURSUIT_STAGE_SAVED);
  ids[1] = 4242;

  show_board (fixture);
  g_assert_false (pursuit_board_view_delete_jobs (PURSUIT_BOARD_VIEW (fixture->board), ids, 2));
  jobs = pursuit_store_list_jobs (fixture->store, NULL, NULL);
  g_assert_cmpuint (jobs->len, ==, 1);
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
}

static void
test_board_bulk_tag (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 a = add_board_job (fixture->store, "Saved A", PURSUIT_STAGE_SAVED);
  gint64 b = add_board_job (fixture->store, "Saved B", PURSUIT_STAGE_SAVED);
  gint64 c = add_board_job (fixture->store, "Applied C", PURSUIT_STAGE_APPLIED);
  g_autoptr(PursuitJob) job = NULL;
  g_auto(GStrv) tags = NULL;
  AdwToast *toast;

  show_board (fixture);
  gtk_selection_model_select_item (column_selection (fixture, 0), job_position (fixture, 0, a), FALSE);
  gtk_selection_model_select_item (column_selection (fixture, 1), 0, FALSE);

  g_assert_true (gtk_widget_activate_action (fixture->board, "board.tag-selected", "s", "  Remote "));
  g_assert_cmpstr (last_toast_title (fixture), ==, "Tagged 2 jobs “Remote”");

  job = pursuit_store_get_job (fixture->store, a, NULL);
  g_assert_true (pursuit_job_has_tag (job, "remote"));
  g_clear_object (&job);
  job = pursuit_store_get_job (fixture->store, b, NULL);
  g_assert_false (pursuit_job_has_tag (job, "remote"));
  g_clear_object (&job);
  job = pursuit_store_get_job (fixture->store, c, NULL);
  g_assert_true (pursuit_job_has_tag (job, "Remote"));
  g_clear_object (&job);

  tags = pursuit_store_list_tags (fixture->store);
  g_assert_cmpstrv (tags, ((const char * const []) { "Remote", NULL }));

  /* Undo takes it off again. */
  toast = g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1);
  g_signal_emit_by_name (toast, "button-clicked");
  job = pursuit_store_get_job (fixture->store, a, NULL);
  g_assert_false (pursuit_job_has_tag (job, "remote"));
  g_clear_object (&job);

  /* A tag the store refuses (blank) says so and tags nothing. */
  g_assert_false (pursuit_board_view_tag_selected (PURSUIT_BOARD_VIEW (fixture->board), "   "));
  job = pursuit_store_get_job (fixture->store, c, NULL);
  g_assert_cmpuint (g_strv_length ((GStrv)pursuit_job_get_tags (job)), ==, 0);
}

static void
collect_cards (GtkWidget *widget,
               GPtrArray *cards)
{
  if (PURSUIT_IS_JOB_CARD (widget) && pursuit_job_card_get_job (PURSUIT_JOB_CARD (widget)) != NULL)
    g_ptr_array_add (cards, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cards (child, cards);
}

static void
test_board_highlight (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  PursuitJobCard *card;
  gint64 id;

  add_board_job (fixture->store, "Backend Engineer", PURSUIT_STAGE_SAVED);
  add_board_job (fixture->store, "Backend Lead", PURSUIT_STAGE_APPLIED);
  add_board_job (fixture->store, "Designer", PURSUIT_STAGE_SAVED);

  show_board (fixture);
  pursuit_board_view_set_query (PURSUIT_BOARD_VIEW (fixture->board), "backend");
  spin_for (100);

  collect_cards (fixture->board, cards);
  g_assert_cmpuint (cards->len, >=, 2);
  for (guint i = 0; i < cards->len; i++)
    g_assert_cmpstr (pursuit_job_card_get_highlight (g_ptr_array_index (cards, i)), ==, "backend");

  /* A card bound later gets the query too. */
  id = add_board_job (fixture->store, "Backend Intern", PURSUIT_STAGE_SAVED);
  spin_for (100);
  card = find_card (fixture->board, id);
  g_assert_nonnull (card);
  g_assert_cmpstr (pursuit_job_card_get_highlight (card), ==, "backend");

  pursuit_board_view_set_query (PURSUIT_BOARD_VIEW (fixture->board), NULL);
  spin_for (100);
  g_ptr_array_set_size (cards, 0);
  collect_cards (fixture->board, cards);
  g_assert_cmpuint (cards->len, >=, 4);
  for (guint i = 0; i < cards->len; i++)
    {
      const char *highlight = pursuit_job_card_get_highlight (g_ptr_array_index (cards, i));
      g_assert_true (highlight == NULL || highlight[0] == '\0');
    }
}

static void
test_board_filter (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(PursuitJobFilter) filter = pursuit_job_filter_new ();
  g_autoptr(PursuitJob) remote = pursuit_job_new ();
  g_autoptr(GError) error = NULL;
  PursuitBoardView *board;

  add_board_job (fixture->store, "Office Job", PURSUIT_STAGE_SAVED);
  pursuit_job_set_title (remote, "Remote Job");
  pursuit_job_set_stage (remote, PURSUIT_STAGE_SAVED);
  pursuit_job_set_remote (remote, TRUE);
  pursuit_store_add_job (fixture->store, remote, &error);
  g_assert_no_error (error);

  show_board (fixture);
  board = PURSUIT_BOARD_VIEW (fixture->board);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 2);

  pursuit_job_filter_set_remote_only (filter, TRUE);
  pursuit_board_view_set_filter (board, filter);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 1);

  /* Renaming a stage rebuilds the columns; the filter stays. */
  pursuit_store_update_stage (fixture->store, PURSUIT_STAGE_SAVED, "Bookmarked", NULL, &error);
  g_assert_no_error (error);
  spin_until_idle ();
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 1);
  g_assert_nonnull (pursuit_board_view_get_filter (board));

  pursuit_board_view_set_filter (board, NULL);
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 2);
}

/* The first descendant of @widget of @type whose tooltip is @tooltip. */
static GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *tooltip)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Three cards selected in two columns, and the action bar. */
static void
test_board_screenshot_selection (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkSelectionModel *saved;

  pursuit_demo_fill (fixture->store, 24, 7, &error);
  g_assert_no_error (error);

  show_board (fixture);
  saved = column_selection (fixture, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (saved)), >=, 3);
  gtk_selection_model_select_item (saved, 0, TRUE);
  gtk_selection_model_select_item (saved, 2, FALSE);
  gtk_selection_model_select_item (column_selection (fixture, 1), 0, FALSE);
  g_assert_cmpuint (n_selected (fixture), ==, 3);
  g_assert_true (action_bar_revealed (fixture));

  /* The bar slides in. */
  spin_for (600);
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "board-selection.png");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  spin_for (200);
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "board-selection-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* The Tag popover, with the tags in use. */
  {
    GtkWidget *button = find_descendant (fixture->board, GTK_TYPE_MENU_BUTTON, "Tag the Selected Jobs");
    GtkWidget *popover;

    g_assert_nonnull (button);
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    spin_for (300);
    g_assert_true (gtk_widget_get_mapped (popover));
    pursuit_test_save_screenshot (popover, "board-tag-popover.png");
    gtk_popover_popdown (GTK_POPOVER (popover));
  }

  /* The narrowest window the app allows. */
  gtk_window_set_default_size (fixture->window, 360, 640);
  for (guint i = 0; i < 50 && gtk_widget_get_width (GTK_WIDGET (fixture->window)) > 400; i++)
    spin_for (100);
  /* Slow runs (sanitizers) need a moment more for the new layout. */
  spin_for (500);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 400);
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "board-selection-narrow.png");
}

/* A column off screen makes no cards until it is scrolled to; a search
 * puts columns back to sleep that nobody looks at. */
static void
test_board_live_columns (Fixture       *fixture,
                         gconstpointer  data)
{
  const char *stages[] = { PURSUIT_STAGE_SAVED, PURSUIT_STAGE_APPLIED, PURSUIT_STAGE_OFFER };
  PursuitBoardView *board;
  GtkWidget *last_list, *first_list, *scroller;
  GtkAdjustment *hadjustment;
  guint last;

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    for (guint j = 0; j < 3; j++)
      {
        g_autofree char *title = g_strdup_printf ("%s %u", stages[i], j);
        add_board_job (fixture->store, title, stages[i]);
      }

  /* In its window before it has the store, as in Pursuit's window. */
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 600, 600);
  fixture->board = pursuit_board_view_new (NULL);
  gtk_window_set_child (fixture->window, fixture->board);
  board = PURSUIT_BOARD_VIEW (fixture->board);
  pursuit_board_view_set_store (board, fixture->store);
  gtk_window_present (fixture->window);
  spin_for (100);

  last = pursuit_board_view_get_n_columns (board) - 1;
  first_list = pursuit_board_view_get_column_list_view (board, 0);
  last_list = pursuit_board_view_get_column_list_view (board, last);
  g_assert_nonnull (gtk_list_view_get_model (GTK_LIST_VIEW (first_list)));
  g_assert_nonnull (gtk_widget_get_first_child (first_list));
  g_assert_null (gtk_list_view_get_model (GTK_LIST_VIEW (last_list)));
  /* The jobs are counted all the same. */
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 9);

  /* Scrolled to the end: the last column comes to life. */
  scroller = gtk_widget_get_ancestor (gtk_widget_get_ancestor (last_list, GTK_TYPE_VIEWPORT),
                                      GTK_TYPE_SCROLLED_WINDOW);
  hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (hadjustment, gtk_adjustment_get_upper (hadjustment));
  spin_for (100);
  g_assert_nonnull (gtk_list_view_get_model (GTK_LIST_VIEW (last_list)));

  /* Back at the start, a search: the first column, on screen, keeps its
   * cards; the last one, off screen, rests; the search finds the same. */
  gtk_adjustment_set_value (hadjustment, 0);
  spin_for (100);
  pursuit_board_view_set_query (board, "offer");
  spin_for (100);
  g_assert_nonnull (gtk_list_view_get_model (GTK_LIST_VIEW (first_list)));
  g_assert_null (gtk_list_view_get_model (GTK_LIST_VIEW (last_list)));
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (board), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  /* See test-window.c: no G_TEST_OPTION_ISOLATE_DIRS, no gtk_test_init(). */
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/board/no-display", pursuit_test_skip_without_display);
      return g_test_run ();
    }

  adw_init ();

  pursuit_test_add_app_style ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/board/move/keyboard", test_board_keyboard_move);
  ADD ("/ui/board/move/step-skips", test_board_step_skips);
  ADD ("/ui/board/move/undo", test_board_undo);
  ADD ("/ui/board/move/withdraw-reason", test_board_withdraw_asks_reason);
  ADD ("/ui/board/drop/acceptance", test_board_drop_acceptance);
  ADD ("/ui/board/collapse/persists", test_board_collapse_persists);
  ADD ("/ui/board/select/model", test_board_select_model);
  ADD ("/ui/board/select/actions", test_board_select_actions);
  ADD ("/ui/board/bulk/move", test_board_bulk_move);
  ADD ("/ui/board/bulk/move-fails", test_board_bulk_move_fails);
  ADD ("/ui/board/bulk/withdraw", test_board_bulk_withdraw);
  ADD ("/ui/board/bulk/undo-all-or-nothing", test_board_bulk_undo_all_or_nothing);
  ADD ("/ui/board/bulk/delete", test_board_bulk_delete);
  ADD ("/ui/board/bulk/delete-fails", test_board_bulk_delete_fails);
  ADD ("/ui/board/bulk/tag", test_board_bulk_tag);
  ADD ("/ui/board/search/highlight", test_board_highlight);
  ADD ("/ui/board/filter/rebuild", test_board_filter);
  ADD ("/ui/board/live-columns", test_board_live_columns);
  ADD ("/ui/board/screenshot/selection", test_board_screenshot_selection);
#undef ADD

  return g_test_run ();
}
