/* pursuit-board-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-board-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "pursuit-settings.h"
#include "pursuit-board-column.h"
#include "pursuit-board-view-private.h"
#include "pursuit-withdraw-dialog.h"
#include "pursuit-job-card.h"
#include "pursuit-job-list.h"
#include "pursuit-pipeline.h"

/* The pipeline board: one PursuitBoardColumn per stage of the store, side
 * by side in a horizontal scroller. The board keeps the set of columns,
 * the selection across them, and does the moving.
 *
 * Moves: cards forward their job.* actions (keys, "Move to" menu) to the
 * board.move-job and board.step-job actions here; drops on a column come
 * here too. Every move goes through pursuit_store_move_job() and ends in
 * a toast, with Undo (pursuit_store_undo_move()) when it worked and the
 * store's reason when it did not. The board does not know the window: it
 * hands its toasts out with the ::add-toast signal.
 *
 * Selection: each column's list has its own multiple selection, and the
 * board treats them as one. A plain click (or a plain arrow key) on a card
 * selects that card alone on the whole board; Ctrl+click and Shift+click
 * add to what is selected in other columns, as does Ctrl+A, which selects
 * every card of the focused column: a Ctrl or Shift gesture adds, anything
 * else replaces. Escape clears it all. With two cards or more selected, an
 * action bar moves, tags or deletes them together, each in one store
 * transaction, with one toast and one Undo: see pursuit-board-view-bulk.c. */

G_DEFINE_FINAL_TYPE (PursuitBoardView, pursuit_board_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_QUERY,
  PROP_N_JOBS,
  PROP_N_SELECTED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_free (undo->from_stage);
  g_free (undo);
}

static PursuitBoardColumn *
find_column (PursuitBoardView *self,
             const char       *stage_key,
             guint            *index)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      PursuitBoardColumn *column = _pursuit_board_view_get_column (self, i);

      if (g_strcmp0 (pursuit_board_column_get_stage_key (column), stage_key) == 0)
        {
          if (index != NULL)
            *index = i;
          return column;
        }
    }

  return NULL;
}

static gboolean
is_narrowed (PursuitBoardView *self)
{
  return self->query != NULL || (self->filter != NULL && !pursuit_job_filter_is_empty (self->filter));
}

static void
update_state (PursuitBoardView *self)
{
  guint n_jobs = 0;

  for (guint i = 0; i < self->columns->len; i++)
    n_jobs += g_list_model_get_n_items (G_LIST_MODEL (pursuit_board_column_get_jobs (_pursuit_board_view_get_column (self, i))));

  if (n_jobs > 0)
    gtk_stack_set_visible_child_name (self->stack, "board");
  else if (is_narrowed (self))
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");

  if (n_jobs != self->n_jobs)
    {
      self->n_jobs = n_jobs;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_JOBS]);
    }
}

static void
on_jobs_n_items_cb (PursuitBoardView *self,
                    GParamSpec       *pspec,
                    PursuitJobList   *jobs)
{
  update_state (self);
}

static void
update_selection (PursuitBoardView *self)
{
  guint n_selected = 0;

  for (guint i = 0; i < self->columns->len; i++)
    n_selected += pursuit_board_column_get_n_selected (_pursuit_board_view_get_column (self, i));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.clear-selection", n_selected > 0);
  _pursuit_board_view_update_bulk_bar (self, n_selected);

  if (n_selected != self->n_selected)
    {
      self->n_selected = n_selected;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_SELECTED]);
    }
}

static void
on_selection_changed_cb (PursuitBoardView  *self,
                         guint              position,
                         guint              n_items,
                         GtkSelectionModel *selection)
{
  update_selection (self);
}

/* Selected jobs that leave a column (moved, deleted, searched away) leave
 * its selection without a ::selection-changed. */
static void
on_selection_items_changed_cb (PursuitBoardView *self,
                               guint             position,
                               guint             removed,
                               guint             added,
                               GListModel       *selection)
{
  if (removed > 0)
    update_selection (self);
}

static void
on_selection_replacing_cb (PursuitBoardView  *self,
                           GtkSelectionModel *selection)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      PursuitBoardColumn *column = _pursuit_board_view_get_column (self, i);

      if (pursuit_board_column_get_selection (column) != selection)
        pursuit_board_column_clear_selection (column);
    }
}

/* The selected jobs, column by column, top to bottom. */
GArray *
_pursuit_board_view_collect_selected_ids (PursuitBoardView *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->columns->len; i++)
    {
      GtkSelectionModel *selection = pursuit_board_column_get_selection (_pursuit_board_view_get_column (self, i));
      g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (selection);
      GtkBitsetIter iter;
      guint position;

      for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
           ok;
           ok = gtk_bitset_iter_next (&iter, &position))
        {
          g_autoptr(PursuitJob) job = g_list_model_get_item (G_LIST_MODEL (selection), position);

          if (job != NULL)
            {
              gint64 id = pursuit_job_get_id (job);
              g_array_append_val (ids, id);
            }
        }
    }

  return ids;
}

static gboolean
is_collapsed (PursuitBoardView *self,
              const char       *stage_key)
{
  g_auto(GStrv) keys = NULL;

  if (self->settings == NULL)
    return FALSE;

  keys = g_settings_get_strv (self->settings, "collapsed-stages");
  return g_strv_contains ((const char * const *)keys, stage_key);
}

/* How far beyond the edges of the visible board a column still counts as
 * on screen: the board's padding, and a head start for scrolling. */
#define LIVE_MARGIN 48

/*
 * Expanded columns on screen are live: their lists make cards (see
 * pursuit-board-column.c). A column scrolled into view becomes live before
 * the frame that shows it. With @rest_hidden, live columns off screen stop
 * being live where nobody uses them, so a new search or filter does not
 * rebuild cards no one sees; they come back when scrolled to. With
 * @dry_run, only tells whether a column would come to life.
 *
 * The columns sit side by side at their natural widths, so their places
 * follow from their widths, also before the box has allocated them. The
 * board's padding is within LIVE_MARGIN.
 *
 * Returns: whether a column is (or would be) brought to life
 */
static gboolean
update_live_columns (PursuitBoardView *self,
                     int               view_width,
                     gboolean          rest_hidden,
                     gboolean          dry_run)
{
  gboolean wakes = FALSE;
  GtkAdjustment *hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double page_size = view_width > 0 ? view_width : gtk_adjustment_get_page_size (hadjustment);
  double start = gtk_adjustment_get_value (hadjustment) - LIVE_MARGIN;
  double end = gtk_adjustment_get_value (hadjustment) + page_size + LIVE_MARGIN;
  int spacing = gtk_box_get_spacing (self->columns_box);
  double x = 0;

  /* Not laid out yet: the first allocation comes back here. */
  if (page_size <= 0)
    return FALSE;

  for (guint i = 0; i < self->columns->len; i++)
    {
      PursuitBoardColumn *column = _pursuit_board_view_get_column (self, i);
      int width = 0;

      if (!gtk_widget_get_visible (GTK_WIDGET (column)))
        continue;

      gtk_widget_measure (GTK_WIDGET (column), GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &width, NULL, NULL);
      if (x < end && x + width > start && !pursuit_board_column_get_collapsed (column))
        {
          wakes = wakes || !pursuit_board_column_get_live (column);
          if (!dry_run)
            pursuit_board_column_set_live (column, TRUE);
        }
      else if (rest_hidden && !dry_run)
        {
          pursuit_board_column_rest (column);
        }
      x += width + spacing;
    }

  return wakes;
}

static gboolean
wakes_columns (PursuitBoardView *self,
               int               width)
{
  return update_live_columns (self, width, FALSE, TRUE);
}

static void
on_frame_clock_layout_cb (PursuitBoardView *self,
                          GdkFrameClock    *frame_clock)
{
  int width = self->live_width;

  if (width > 0)
    {
      self->live_width = 0;
      update_live_columns (self, width, FALSE, FALSE);
    }
}

/* Scrolled sideways: lay the board out again, which brings the columns
 * now on screen to life first. */
static void
on_hadjustment_value_changed_cb (PursuitBoardView *self,
                                 GtkAdjustment    *hadjustment)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* New columns: the ones about to be on screen get their lists' models
 * now, before the lists are shown, so their cards come with the first
 * layout. Where that is not laid out yet, the board will about fill the
 * window's default width; a board without a window yet cannot tell, and
 * wakes every column. */
static void
wake_first_columns (PursuitBoardView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height;

  /* GTK 4.8 takes no NULL here. */
  if (width <= 0 && GTK_IS_WINDOW (root))
    gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);

  if (width > 0)
    {
      update_live_columns (self, width, FALSE, FALSE);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return;
    }

  for (guint i = 0; i < self->columns->len; i++)
    pursuit_board_column_set_live (_pursuit_board_view_get_column (self, i), TRUE);
}

static void
clear_columns (PursuitBoardView *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      PursuitBoardColumn *column = _pursuit_board_view_get_column (self, i);

      g_signal_handlers_disconnect_by_data (pursuit_board_column_get_jobs (column), self);
      g_signal_handlers_disconnect_by_data (pursuit_board_column_get_selection (column), self);
      gtk_box_remove (self->columns_box, GTK_WIDGET (column));
    }

  g_ptr_array_set_size (self->columns, 0);
}

static void
rebuild_columns (PursuitBoardView *self)
{
  clear_columns (self);

  if (self->store != NULL)
    {
      g_autoptr(GPtrArray) stages = pursuit_store_list_stages (self->store);

      for (guint i = 0; i < stages->len; i++)
        {
          PursuitBoardColumn *column;
          GtkSelectionModel *selection;

          column = PURSUIT_BOARD_COLUMN (pursuit_board_column_new (self->store, g_ptr_array_index (stages, i)));
          pursuit_board_column_set_filter (column, self->filter);
          pursuit_board_column_set_query (column, self->query);
          pursuit_board_column_set_collapsed (column, is_collapsed (self, pursuit_board_column_get_stage_key (column)));

          selection = pursuit_board_column_get_selection (column);
          g_signal_connect_object (pursuit_board_column_get_jobs (column), "notify::n-items",
                                   G_CALLBACK (on_jobs_n_items_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (selection, "selection-changed",
                                   G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (selection, "items-changed",
                                   G_CALLBACK (on_selection_items_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (selection, "replacing",
                                   G_CALLBACK (on_selection_replacing_cb), self, G_CONNECT_SWAPPED);

          gtk_box_append (self->columns_box, GTK_WIDGET (column));
          g_ptr_array_add (self->columns, g_object_ref (column));
        }
    }

  _pursuit_board_view_rebuild_bulk_move_menu (self);
  update_state (self);
  update_selection (self);
  wake_first_columns (self);
}

static void
on_store_stages_changed_cb (PursuitBoardView *self,
                            PursuitStore     *store)
{
  rebuild_columns (self);
}

void
_pursuit_board_view_emit_toast (PursuitBoardView *self,
                                AdwToast         *toast)
{
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

/* Toast titles are Pango markup in libadwaita 1.2: escape what is not ours. */
void
_pursuit_board_view_toast_error (PursuitBoardView *self,
                                 const GError     *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);
  g_autoptr(AdwToast) toast = adw_toast_new (escaped);

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  _pursuit_board_view_emit_toast (self, toast);
}

char *
_pursuit_board_view_stage_label (PursuitBoardView *self,
                                 const char       *stage_key)
{
  g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self->store, stage_key);

  return g_strdup (stage != NULL ? pursuit_stage_get_label (stage) : stage_key);
}

char *
_pursuit_board_view_stage_category (PursuitBoardView *self,
                                    const char       *stage_key)
{
  g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self->store, stage_key);

  return stage != NULL ? g_strdup (pursuit_stage_get_category (stage)) : NULL;
}

static void
on_undo_clicked_cb (AdwToast         *toast,
                    PursuitBoardView *self)
{
  UndoData *undo = g_object_get_data (G_OBJECT (toast), "pursuit-undo");
  g_autoptr(GError) error = NULL;

  if (undo == NULL || self->store == NULL)
    return;

  if (!pursuit_store_undo_move (self->store, undo->job_id, undo->from_stage, &error))
    _pursuit_board_view_toast_error (self, error);
}

static gboolean
focus_job_card (PursuitBoardView *self)
{
  PursuitBoardColumn *column = find_column (self, self->focus_stage, NULL);

  return column != NULL && pursuit_board_column_focus_job (column, self->focus_job_id, self->focus_grab);
}

static gboolean
focus_job_card_cb (gpointer user_data)
{
  PursuitBoardView *self = user_data;

  if (focus_job_card (self) || ++self->focus_tries >= 10)
    {
      self->focus_source = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
card_has_focus (PursuitBoardView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && PURSUIT_IS_JOB_CARD (focus) &&
         gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

/* Shows the moved job in its new column (a list keeps its scroll position
 * when a row comes in at the top), and focuses its card if @grab. */
static void
follow_job (PursuitBoardView *self,
            gint64            job_id,
            const char       *stage_key,
            gboolean          grab)
{
  self->focus_grab = grab;
  self->focus_job_id = job_id;
  g_free (self->focus_stage);
  self->focus_stage = g_strdup (stage_key);
  self->focus_tries = 0;

  /* The column's list makes the new row at its next layout. */
  g_clear_handle_id (&self->focus_source, g_source_remove);
  self->focus_source = g_timeout_add (30, focus_job_card_cb, self);
}

static gboolean
do_move (PursuitBoardView *self,
         gint64            job_id,
         const char       *stage_key,
         const char       *reason)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *plain_label = NULL;
  gboolean had_focus;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  UndoData *undo;

  job = pursuit_store_get_job (self->store, job_id, &error);
  if (job == NULL)
    {
      _pursuit_board_view_toast_error (self, error);
      return FALSE;
    }

  /* Read before the move: the old column drops the card and its focus. */
  had_focus = card_has_focus (self);

  if (!pursuit_store_move_job (self->store, job_id, stage_key, reason, &error))
    {
      _pursuit_board_view_toast_error (self, error);
      return FALSE;
    }

  plain_label = _pursuit_board_view_stage_label (self, stage_key);
  label = g_markup_escape_text (plain_label, -1);
  title = g_markup_escape_text (pursuit_job_get_title (job), -1);
  /* Translators: the first %s is a job title, the second a stage name */
  text = g_strdup_printf (_("Moved “%s” to %s"), title, label);

  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (UndoData, 1);
  undo->job_id = job_id;
  undo->from_stage = g_strdup (pursuit_job_get_stage (job));
  g_object_set_data_full (G_OBJECT (toast), "pursuit-undo", undo, undo_data_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);

  follow_job (self, job_id, stage_key, had_focus);
  _pursuit_board_view_emit_toast (self, toast);

  return TRUE;
}

typedef struct
{
  PursuitBoardView *self;
  GArray           *job_ids;
  char             *stage_key;
} WithdrawRequest;

static void
withdraw_request_free (WithdrawRequest *request)
{
  g_object_unref (request->self);
  g_array_unref (request->job_ids);
  g_free (request->stage_key);
  g_free (request);
}

static void
on_withdraw_response_cb (PursuitWithdrawDialog *dialog,
                         const char            *response,
                         WithdrawRequest       *request)
{
  g_autofree char *reason = pursuit_withdraw_dialog_get_reason (dialog);
  GArray *ids = request->job_ids;

  if (!g_str_equal (response, "withdraw") || reason[0] == '\0' || request->self->store == NULL)
    return;

  if (ids->len == 1)
    do_move (request->self, g_array_index (ids, gint64, 0), request->stage_key, reason);
  else
    pursuit_board_view_move_jobs (request->self, (const gint64 *)(gpointer)ids->data, ids->len,
                                  request->stage_key, reason);
}

/* Withdrawing keeps a reason on the timeline: ask for one, for one job
 * or for several at once. */
void
_pursuit_board_view_ask_withdraw_reason (PursuitBoardView *self,
                                         const gint64     *job_ids,
                                         guint             n_job_ids,
                                         guint             n_allowed,
                                         const char       *stage_key)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  WithdrawRequest *request;
  GtkWidget *dialog;

  if (n_job_ids == 0)
    return;

  if (n_job_ids == 1)
    {
      g_autoptr(PursuitJob) job = pursuit_store_get_job (self->store, job_ids[0], NULL);

      if (job == NULL)
        return;

      heading = g_strdup (_("Withdraw Application?"));
      /* Translators: %s is a job title */
      body = g_strdup_printf (_("Why are you withdrawing from “%s”? The reason is kept on the timeline."),
                              pursuit_job_get_title (job));
    }
  else
    {
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Withdraw %u Application?",
                                              "Withdraw %u Applications?", n_allowed),
                                 n_allowed);
      body = g_strdup (_("Why are you withdrawing from these applications? The reason is kept on each timeline."));
    }

  dialog = pursuit_withdraw_dialog_new (GTK_WIDGET (self), heading, body);

  request = g_new0 (WithdrawRequest, 1);
  request->self = g_object_ref (self);
  request->job_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_job_ids);
  g_array_append_vals (request->job_ids, job_ids, n_job_ids);
  request->stage_key = g_strdup (stage_key);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_withdraw_response_cb),
                         request, (GClosureNotify)withdraw_request_free, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  pursuit_board_view_clear_selection (PURSUIT_BOARD_VIEW (widget));
}

/* Without a selection, the keys are not the board's: Escape goes on to
 * the search bar, Delete to whatever else wants it. */
static gboolean
clear_selection_key_cb (GtkWidget *widget,
                        GVariant  *args,
                        gpointer   user_data)
{
  if (PURSUIT_BOARD_VIEW (widget)->n_selected == 0)
    return FALSE;

  pursuit_board_view_clear_selection (PURSUIT_BOARD_VIEW (widget));
  return TRUE;
}

static void
set_stage_collapsed_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  const char *stage;
  gboolean collapsed;

  g_variant_get (parameter, "(&sb)", &stage, &collapsed);
  pursuit_board_view_set_stage_collapsed (PURSUIT_BOARD_VIEW (widget), stage, collapsed);
}

static void
move_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gint64 job_id;
  const char *stage;

  g_variant_get (parameter, "(x&s)", &job_id, &stage);
  pursuit_board_view_move_job (PURSUIT_BOARD_VIEW (widget), job_id, stage);
}

/* Dropping one of several selected cards takes the whole selection along,
 * as in a file manager; any other card goes alone. */
static void
drop_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (widget);
  g_autoptr(GArray) selected = NULL;
  gint64 job_id;
  const char *stage;

  g_variant_get (parameter, "(x&s)", &job_id, &stage);

  if (self->n_selected >= 2)
    {
      selected = _pursuit_board_view_collect_selected_ids (self);
      for (guint i = 0; i < selected->len; i++)
        if (g_array_index (selected, gint64, i) == job_id)
          {
            pursuit_board_view_move_selected (self, stage);
            return;
          }
    }

  pursuit_board_view_move_job (self, job_id, stage);
}

static void
step_job_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  gint64 job_id;
  int step;

  g_variant_get (parameter, "(xi)", &job_id, &step);
  pursuit_board_view_step_job (PURSUIT_BOARD_VIEW (widget), job_id, step);
}

static void
pursuit_board_view_dispose (GObject *object)
{
  PursuitBoardView *self = (PursuitBoardView *)object;

  if (self->store != NULL)
    g_clear_signal_handler (&self->stages_changed_handler, self->store);

  if (self->columns != NULL)
    clear_columns (self);

  gtk_widget_insert_action_group (GTK_WIDGET (self), "bulk", NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_BOARD_VIEW);

  g_clear_handle_id (&self->focus_source, g_source_remove);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_object (&self->bulk_actions);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_board_view_parent_class)->dispose (object);
}

static void
pursuit_board_view_finalize (GObject *object)
{
  PursuitBoardView *self = (PursuitBoardView *)object;

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->focus_stage, g_free);
  g_clear_pointer (&self->filter, pursuit_job_filter_unref);

  G_OBJECT_CLASS (pursuit_board_view_parent_class)->finalize (object);
}

static void
pursuit_board_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_N_JOBS:
      g_value_set_uint (value, self->n_jobs);
      break;
    case PROP_N_SELECTED:
      g_value_set_uint (value, self->n_selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_board_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      pursuit_board_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      pursuit_board_view_set_query (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_board_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (widget);

  gtk_widget_measure (self->content_box, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
pursuit_board_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  PursuitBoardView *self = PURSUIT_BOARD_VIEW (widget);

  /* Which columns are on screen is known now, but a list must not get
   * its model in the middle of an allocation (GTK 4.8 then snapshots rows
   * it has not allocated): the frame clock runs its layout phase again
   * before it paints, and on_frame_clock_layout_cb() wakes them then. */
  if (gtk_widget_get_frame_clock (widget) != NULL && wakes_columns (self, width))
    {
      self->live_width = width;
      gdk_frame_clock_request_phase (gtk_widget_get_frame_clock (widget),
                                     GDK_FRAME_CLOCK_PHASE_LAYOUT);
    }
  gtk_widget_allocate (self->content_box, width, height, baseline, NULL);
}

static void
pursuit_board_view_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pursuit_board_view_parent_class)->realize (widget);

  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "layout",
                           G_CALLBACK (on_frame_clock_layout_cb), widget, G_CONNECT_SWAPPED);
}

static void
pursuit_board_view_unrealize (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (widget),
                                        on_frame_clock_layout_cb, widget);

  GTK_WIDGET_CLASS (pursuit_board_view_parent_class)->unrealize (widget);
}

static void
pursuit_board_view_class_init (PursuitBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_board_view_dispose;
  object_class->finalize = pursuit_board_view_finalize;
  object_class->get_property = pursuit_board_view_get_property;
  object_class->set_property = pursuit_board_view_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_N_JOBS] =
    g_param_spec_uint ("n-jobs", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitBoardView:n-selected:
   *
   * How many jobs are selected, in all columns.
   */
  properties [PROP_N_SELECTED] =
    g_param_spec_uint ("n-selected", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Before _pursuit_board_view_class_init_bulk(), which binds more of its children. */
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-board-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, content_box);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardView, columns_box);

  /**
   * PursuitBoardView::add-toast:
   * @self: the board
   * @toast: the toast to show
   *
   * Asks whoever shows the board to show @toast: the result of a move,
   * with Undo, or why the pipeline refused it. Handlers that keep the
   * toast take their own reference.
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  /**
   * PursuitBoardView|board.move-job:
   * @parameter: (job id, stage key)
   *
   * Moves a job to a stage, as the cards' "Move to" menu does.
   */
  gtk_widget_class_install_action (widget_class, "board.move-job", "(xs)", move_job_action);
  /**
   * PursuitBoardView|board.step-job:
   * @parameter: (job id, +1 or -1)
   *
   * Moves a job to the next (or previous) column the pipeline allows.
   */
  gtk_widget_class_install_action (widget_class, "board.step-job", "(xi)", step_job_action);
  /**
   * PursuitBoardView|board.drop-job:
   * @parameter: (job id, stage key)
   *
   * What a drop on a column does: moves the job, or, when it is one of
   * several selected jobs, all of them.
   */
  gtk_widget_class_install_action (widget_class, "board.drop-job", "(xs)", drop_job_action);
  /**
   * PursuitBoardView|board.set-stage-collapsed:
   * @parameter: (stage key, whether collapsed)
   *
   * Folds a closed stage's column into a strip, or unfolds it.
   */
  gtk_widget_class_install_action (widget_class, "board.set-stage-collapsed", "(sb)", set_stage_collapsed_action);
  /**
   * PursuitBoardView|board.clear-selection:
   *
   * Unselects every card. Enabled while something is selected.
   */
  gtk_widget_class_install_action (widget_class, "board.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, clear_selection_key_cb, NULL);

  _pursuit_board_view_class_init_bulk (widget_class);

  widget_class->realize = pursuit_board_view_realize;
  widget_class->unrealize = pursuit_board_view_unrealize;
  widget_class->measure = pursuit_board_view_measure;
  widget_class->size_allocate = pursuit_board_view_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "boardview");

  g_type_ensure (ADW_TYPE_STATUS_PAGE);
}

static void
pursuit_board_view_init (PursuitBoardView *self)
{
  GtkAdjustment *hadjustment;

  gtk_widget_init_template (GTK_WIDGET (self));

  hadjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  g_signal_connect_object (hadjustment, "value-changed",
                           G_CALLBACK (on_hadjustment_value_changed_cb), self, G_CONNECT_SWAPPED);

  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->settings = pursuit_settings_new_if_installed ("collapsed-stages");

  _pursuit_board_view_rebuild_bulk_move_menu (self);
  update_state (self);
  update_selection (self);
}

/**
 * pursuit_board_view_new:
 * @store: (nullable): the store to show
 *
 * Returns: (transfer full): a new board
 */
GtkWidget *
pursuit_board_view_new (PursuitStore *store)
{
  g_return_val_if_fail (store == NULL || PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_BOARD_VIEW, "store", store, NULL);
}

/**
 * pursuit_board_view_get_store:
 *
 * Returns: (transfer none) (nullable): the store shown
 */
PursuitStore *
pursuit_board_view_get_store (PursuitBoardView *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  return self->store;
}

void
pursuit_board_view_set_store (PursuitBoardView *self,
                              PursuitStore     *store)
{
  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));
  g_return_if_fail (store == NULL || PURSUIT_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->stages_changed_handler, self->store);

  g_set_object (&self->store, store);

  if (self->store != NULL)
    self->stages_changed_handler =
      g_signal_connect_object (self->store, "stages-changed",
                               G_CALLBACK (on_store_stages_changed_cb),
                               self, G_CONNECT_SWAPPED);

  rebuild_columns (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

const char *
pursuit_board_view_get_query (PursuitBoardView *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  return self->query;
}

/**
 * pursuit_board_view_set_query:
 * @self: a board
 * @query: (nullable): words to search for; %NULL or blank shows every job
 *
 * Narrows every column to the jobs matching @query.
 */
void
pursuit_board_view_set_query (PursuitBoardView *self,
                              const char       *query)
{
  g_autofree char *normalized = pursuit_job_list_normalize_query (query);

  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));

  if (g_strcmp0 (self->query, normalized) == 0)
    return;

  g_free (self->query);
  self->query = g_steal_pointer (&normalized);

  update_live_columns (self, 0, TRUE, FALSE);
  for (guint i = 0; i < self->columns->len; i++)
    pursuit_board_column_set_query (_pursuit_board_view_get_column (self, i), self->query);

  update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}

/**
 * pursuit_board_view_get_n_jobs:
 *
 * Returns: the number of jobs on the board, after the search
 */
guint
pursuit_board_view_get_n_jobs (PursuitBoardView *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), 0);
  return self->n_jobs;
}

guint
pursuit_board_view_get_n_columns (PursuitBoardView *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), 0);
  return self->columns->len;
}

/**
 * pursuit_board_view_get_column_stage:
 *
 * Returns: (transfer none) (nullable): the stage key of the column
 */
const char *
pursuit_board_view_get_column_stage (PursuitBoardView *self,
                                     guint             column)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return pursuit_board_column_get_stage_key (_pursuit_board_view_get_column (self, column));
}

/**
 * pursuit_board_view_get_column_model:
 *
 * Returns: (transfer none) (nullable): the jobs of the column, a list of
 *   #PursuitJob
 */
GListModel *
pursuit_board_view_get_column_model (PursuitBoardView *self,
                                     guint             column)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return G_LIST_MODEL (pursuit_board_column_get_jobs (_pursuit_board_view_get_column (self, column)));
}

/**
 * pursuit_board_view_can_move_job:
 * @self: a board
 * @job_id: a job
 * @stage: the key of a stage
 *
 * Whether the pipeline allows moving the job to @stage from where it is
 * now: what a drop on a column and the "Move to" menu go by. Moving a job
 * to the stage it is in is not a move.
 *
 * Returns: %TRUE if the move is allowed
 */
gboolean
pursuit_board_view_can_move_job (PursuitBoardView *self,
                                 gint64            job_id,
                                 const char       *stage)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);

  if (self->store == NULL || stage == NULL)
    return FALSE;

  job = pursuit_store_get_job (self->store, job_id, NULL);
  if (job == NULL || g_strcmp0 (pursuit_job_get_stage (job), stage) == 0)
    return FALSE;

  from = _pursuit_board_view_stage_category (self, pursuit_job_get_stage (job));
  to = _pursuit_board_view_stage_category (self, stage);
  if (from == NULL || to == NULL)
    return FALSE;

  return pursuit_pipeline_check_transition (from, to, NULL);
}

/**
 * pursuit_board_view_move_job:
 * @self: a board
 * @job_id: a job
 * @stage: the key of the stage to move it to
 *
 * Moves a job through the store, and says how it went in a toast
 * (::add-toast): with Undo when it moved, with the store's reason when
 * the pipeline refused. Withdrawing first asks for a reason in a dialog.
 *
 * Returns: %TRUE if the job moved now
 */
gboolean
pursuit_board_view_move_job (PursuitBoardView *self,
                             gint64            job_id,
                             const char       *stage)
{
  g_autofree char *category = NULL;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);
  g_return_val_if_fail (stage != NULL, FALSE);

  if (self->store == NULL)
    return FALSE;

  category = _pursuit_board_view_stage_category (self, stage);
  if (g_strcmp0 (category, PURSUIT_STAGE_WITHDRAWN) == 0 &&
      pursuit_board_view_can_move_job (self, job_id, stage))
    {
      _pursuit_board_view_ask_withdraw_reason (self, &job_id, 1, 1, stage);
      return FALSE;
    }

  return do_move (self, job_id, stage, NULL);
}

/**
 * pursuit_board_view_step_job:
 * @self: a board
 * @job_id: a job
 * @step: 1 for the next column, -1 for the previous one
 *
 * Moves a job to the nearest column in the direction of @step that the
 * pipeline allows from its stage, skipping the others. When there is
 * none, the move is refused with a toast.
 *
 * Returns: %TRUE if the job moved now
 */
gboolean
pursuit_board_view_step_job (PursuitBoardView *self,
                             gint64            job_id,
                             int               step)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  guint index;
  int neighbour;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);
  g_return_val_if_fail (step == 1 || step == -1, FALSE);

  if (self->store == NULL)
    return FALSE;

  job = pursuit_store_get_job (self->store, job_id, &error);
  if (job == NULL)
    {
      _pursuit_board_view_toast_error (self, error);
      return FALSE;
    }

  if (find_column (self, pursuit_job_get_stage (job), &index) == NULL)
    return FALSE;

  for (int i = (int)index + step; i >= 0 && i < (int)self->columns->len; i += step)
    {
      const char *key = pursuit_board_column_get_stage_key (_pursuit_board_view_get_column (self, i));

      if (pursuit_board_view_can_move_job (self, job_id, key))
        return pursuit_board_view_move_job (self, job_id, key);
    }

  /* Nowhere to go: the store says why not to the neighbouring column. */
  neighbour = (int)index + step;
  if (neighbour >= 0 && neighbour < (int)self->columns->len)
    {
      const char *key = pursuit_board_column_get_stage_key (_pursuit_board_view_get_column (self, neighbour));

      if (!pursuit_store_move_job (self->store, job_id, key, NULL, &error))
        {
          _pursuit_board_view_toast_error (self, error);
          return FALSE;
        }

      /* Not reached: the pipeline refused it above. */
      g_warn_if_reached ();
      return TRUE;
    }

  {
    g_autofree char *label = _pursuit_board_view_stage_label (self, pursuit_job_get_stage (job));
    g_autoptr(GError) edge = NULL;

    g_set_error (&edge, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_TRANSITION,
                 step > 0 ? _("There is no column after “%s”") : _("There is no column before “%s”"),
                 label);
    _pursuit_board_view_toast_error (self, edge);
  }

  return FALSE;
}

/**
 * pursuit_board_view_get_stage_collapsed:
 * @self: a board
 * @stage: a stage key
 *
 * Returns: whether the column of @stage is folded into a strip
 */
gboolean
pursuit_board_view_get_stage_collapsed (PursuitBoardView *self,
                                        const char       *stage)
{
  PursuitBoardColumn *column;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), FALSE);

  column = find_column (self, stage, NULL);
  return column != NULL && pursuit_board_column_get_collapsed (column);
}

/**
 * pursuit_board_view_set_stage_collapsed:
 * @self: a board
 * @stage: the key of a closed stage
 * @collapsed: whether to fold its column into a strip
 *
 * Collapses or expands a column of a closed stage (accepted, rejected,
 * withdrawn, ghosted), and remembers it in GSettings. Open stages stay
 * expanded.
 */
void
pursuit_board_view_set_stage_collapsed (PursuitBoardView *self,
                                        const char       *stage,
                                        gboolean          collapsed)
{
  PursuitBoardColumn *column;

  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));
  g_return_if_fail (stage != NULL);

  column = find_column (self, stage, NULL);
  if (column != NULL)
    {
      if (pursuit_pipeline_is_open (pursuit_board_column_get_category (column)))
        return;
      pursuit_board_column_set_collapsed (column, collapsed);
    }

  if (self->settings != NULL)
    {
      g_auto(GStrv) keys = g_settings_get_strv (self->settings, "collapsed-stages");
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) updated = NULL;

      for (guint i = 0; keys[i] != NULL; i++)
        if (!g_str_equal (keys[i], stage))
          g_strv_builder_add (builder, keys[i]);
      if (collapsed)
        g_strv_builder_add (builder, stage);

      updated = g_strv_builder_end (builder);
      if (!g_strv_equal ((const char * const *)keys, (const char * const *)updated))
        g_settings_set_strv (self->settings, "collapsed-stages", (const char * const *)updated);
    }
}

/**
 * pursuit_board_view_set_filter:
 * @self: a board
 * @filter: (nullable): what a job must have to be shown, or %NULL for all
 *
 * Narrows every column to the jobs passing @filter, on top of the search.
 * The board keeps it when its columns are rebuilt.
 */
void
pursuit_board_view_set_filter (PursuitBoardView *self,
                               PursuitJobFilter *filter)
{
  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));

  if (filter != NULL && pursuit_job_filter_is_empty (filter))
    filter = NULL;

  if (self->filter == filter ||
      (self->filter != NULL && filter != NULL && pursuit_job_filter_equal (self->filter, filter)))
    return;

  g_clear_pointer (&self->filter, pursuit_job_filter_unref);
  if (filter != NULL)
    self->filter = pursuit_job_filter_ref (filter);

  update_live_columns (self, 0, TRUE, FALSE);
  for (guint i = 0; i < self->columns->len; i++)
    pursuit_board_column_set_filter (_pursuit_board_view_get_column (self, i), self->filter);

  update_state (self);
}

/**
 * pursuit_board_view_get_filter:
 *
 * Returns: (transfer none) (nullable): the filter set, or %NULL
 */
PursuitJobFilter *
pursuit_board_view_get_filter (PursuitBoardView *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  return self->filter;
}

/**
 * pursuit_board_view_get_column_selection:
 * @self: a board
 * @column: the index of a column
 *
 * Returns: (transfer none): the selection of the column's cards
 */
GtkSelectionModel *
pursuit_board_view_get_column_selection (PursuitBoardView *self,
                                         guint             column)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return pursuit_board_column_get_selection (_pursuit_board_view_get_column (self, column));
}

/**
 * pursuit_board_view_get_column_list_view:
 * @self: a board
 * @column: the index of a column
 *
 * Returns: (transfer none): the GtkListView of the column
 */
GtkWidget *
pursuit_board_view_get_column_list_view (PursuitBoardView *self,
                                         guint             column)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);

  return pursuit_board_column_get_list_view (_pursuit_board_view_get_column (self, column));
}

/**
 * pursuit_board_view_get_n_selected:
 *
 * Returns: how many jobs are selected on the whole board
 */
guint
pursuit_board_view_get_n_selected (PursuitBoardView *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), 0);
  return self->n_selected;
}

/**
 * pursuit_board_view_get_selected_job_ids:
 * @self: a board
 *
 * The ids of the selected jobs, column by column from the first, and top
 * to bottom in each.
 *
 * Returns: (transfer container) (element-type gint64): a #GPtrArray of
 *   pointers to #gint64 job ids (freed with the array)
 */
GPtrArray *
pursuit_board_view_get_selected_job_ids (PursuitBoardView *self)
{
  g_autoptr(GArray) ids = NULL;
  GPtrArray *result;

  g_return_val_if_fail (PURSUIT_IS_BOARD_VIEW (self), NULL);

  ids = _pursuit_board_view_collect_selected_ids (self);
  result = g_ptr_array_new_full (ids->len, g_free);
  for (guint i = 0; i < ids->len; i++)
    g_ptr_array_add (result, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));

  return result;
}

/**
 * pursuit_board_view_clear_selection:
 *
 * Unselects every card of the board.
 */
void
pursuit_board_view_clear_selection (PursuitBoardView *self)
{
  g_return_if_fail (PURSUIT_IS_BOARD_VIEW (self));

  for (guint i = 0; i < self->columns->len; i++)
    pursuit_board_column_clear_selection (_pursuit_board_view_get_column (self, i));
}
