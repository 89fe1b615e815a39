/* pursuit-board-column.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-board-column"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-board-column.h"
#include "pursuit-board-selection.h"
#include "pursuit-board-view.h"
#include "pursuit-job-card.h"
#include "pursuit-pipeline.h"
#include "pursuit-stage-dot-private.h"

/* One column of the board: the stage's header (dot, name, count, collapse
 * button), the strip it folds into when it is a closed stage, and a
 * GtkListView over the stage's PursuitJobList, so only the cards on screen
 * exist as widgets.
 *
 * The column keeps no state of the board: a drop, a collapse and a moved
 * card go up as board.* actions, and the board decides. It does keep the
 * cards it has bound, so a new search highlights them in place instead of
 * rebinding the list.
 *
 * A GtkListView of GTK 4.8 makes, binds and measures up to 200 cards as
 * soon as it has a model, on screen or not, and again for the cards that
 * change at every search or filter. So the list gets its model only when
 * the board says the column is "live" (on screen, or about to be): a board
 * of ten columns with thousands of jobs starts and filters at the cost of
 * the few columns one sees. The jobs and the count are always there. */

struct _PursuitBoardColumn
{
  GtkWidget              parent_instance;

  char                  *stage_key;
  char                  *stage_label;
  char                  *category;
  GdkRGBA                color;
  PursuitJobList        *jobs;
  PursuitBoardSelection *selection;
  GtkListItemFactory    *factory;
  GHashTable            *bound_cards;
  char                  *query;
  gboolean               narrowed;
  gboolean               live;

  GtkWidget             *expanded;
  GtkWidget             *strip;
  GtkWidget             *dot;
  GtkLabel              *title_label;
  GtkLabel              *count_label;
  GtkLabel              *strip_count_label;
  GtkWidget             *strip_label;
  GtkWidget             *collapse_button;
  GtkWidget             *expand_button;
  GtkStack              *content;
  GtkLabel              *placeholder;
  GtkListView           *list;
};

G_DEFINE_FINAL_TYPE (PursuitBoardColumn, pursuit_board_column, GTK_TYPE_WIDGET)

static void
update_count (PursuitBoardColumn *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->jobs));
  g_autofree char *text = g_strdup_printf ("%u", n_items);
  g_autofree char *spoken = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u job", "%u jobs", n_items), n_items);

  gtk_label_set_text (self->count_label, text);
  gtk_label_set_text (self->strip_count_label, text);
  /* A bare number means nothing to someone listening. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->count_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken,
                                  -1);
  gtk_label_set_text (self->placeholder, self->narrowed ? _("No Matches") : _("No Jobs"));
  gtk_stack_set_visible_child_name (self->content, n_items > 0 ? "jobs" : "none");
}

static void
on_jobs_n_items_cb (PursuitBoardColumn *self,
                    GParamSpec         *pspec,
                    PursuitJobList     *jobs)
{
  update_count (self);
}

static void
draw_vertical_text (GtkDrawingArea *area,
                    cairo_t        *cr,
                    int             width,
                    int             height,
                    gpointer        user_data)
{
  PursuitBoardColumn *self = user_data;
  GtkWidget *widget = GTK_WIDGET (area);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, self->stage_label);
  int text_width, text_height;
  GdkRGBA color;

  /* The font is known for sure only now, with the widget's CSS: if the
   * text does not fit, ask for its size and draw again. */
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  if (gtk_drawing_area_get_content_width (area) != text_height ||
      gtk_drawing_area_get_content_height (area) != text_width)
    {
      gtk_drawing_area_set_content_width (area, text_height);
      gtk_drawing_area_set_content_height (area, text_width);
    }

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  gdk_cairo_set_source_rgba (cr, &color);

  /* Reads top to bottom, as on a book's spine. */
  cairo_translate (cr, width, 0);
  cairo_rotate (cr, G_PI / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
on_collapse_clicked_cb (GtkButton          *button,
                        PursuitBoardColumn *self)
{
  gboolean collapse = gtk_widget_get_visible (self->expanded);

  /* The board remembers it; this column folds when the board says so. */
  gtk_widget_activate_action (GTK_WIDGET (self), "board.set-stage-collapsed", "(sb)",
                              self->stage_key, collapse);

  /* Keep the focus on the button that replaced the one pressed. */
  pursuit_board_column_focus_toggle (self);
}

static PursuitBoardView *
get_board (PursuitBoardColumn *self)
{
  GtkWidget *board = gtk_widget_get_ancestor (GTK_WIDGET (self), PURSUIT_TYPE_BOARD_VIEW);

  return board != NULL ? PURSUIT_BOARD_VIEW (board) : NULL;
}

static void
set_drop_highlight (PursuitBoardColumn *self,
                    gboolean            accept)
{
  if (accept)
    gtk_widget_add_css_class (GTK_WIDGET (self), "drop-accept");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-accept");
}

static gboolean
can_take (PursuitBoardColumn *self,
          const GValue       *value)
{
  PursuitBoardView *board = get_board (self);

  return board != NULL && value != NULL && G_VALUE_HOLDS_INT64 (value) &&
         pursuit_board_view_can_move_job (board, g_value_get_int64 (value), self->stage_key);
}

static GdkDragAction
evaluate_drop (PursuitBoardColumn *self,
               GtkDropTarget      *drop)
{
  gboolean accept = can_take (self, gtk_drop_target_get_value (drop));

  set_drop_highlight (self, accept);
  return accept ? GDK_ACTION_MOVE : 0;
}

static GdkDragAction
on_drop_motion_cb (GtkDropTarget      *drop,
                   double              x,
                   double              y,
                   PursuitBoardColumn *self)
{
  return evaluate_drop (self, drop);
}

static void
on_drop_value_cb (GtkDropTarget      *drop,
                  GParamSpec         *pspec,
                  PursuitBoardColumn *self)
{
  evaluate_drop (self, drop);
}

static void
on_drop_leave_cb (GtkDropTarget      *drop,
                  PursuitBoardColumn *self)
{
  set_drop_highlight (self, FALSE);
}

static gboolean
on_drop_cb (GtkDropTarget      *drop,
            const GValue       *value,
            double              x,
            double              y,
            PursuitBoardColumn *self)
{
  set_drop_highlight (self, FALSE);

  if (!can_take (self, value))
    return FALSE;

  /* The move may rebuild nothing, but a withdraw waits for a dialog. */
  gtk_widget_activate_action (GTK_WIDGET (self), "board.drop-job", "(xs)",
                              g_value_get_int64 (value), self->stage_key);
  return TRUE;
}

/* Enter or a double click on a card opens its job page. */
static void
on_list_activate_cb (GtkListView        *list,
                     guint               position,
                     PursuitBoardColumn *self)
{
  g_autoptr(PursuitJob) job = g_list_model_get_item (G_LIST_MODEL (self->jobs), position);

  if (job != NULL)
    gtk_widget_activate_action (GTK_WIDGET (list), "win.show-job", "x", pursuit_job_get_id (job));
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     PursuitBoardColumn       *self)
{
  gtk_list_item_set_child (item, pursuit_job_card_new ());
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    PursuitBoardColumn       *self)
{
  PursuitJobCard *card = PURSUIT_JOB_CARD (gtk_list_item_get_child (item));

  pursuit_job_card_set_job (card, gtk_list_item_get_item (item));
  pursuit_job_card_set_highlight (card, self->query);
  g_hash_table_add (self->bound_cards, card);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      PursuitBoardColumn       *self)
{
  PursuitJobCard *card = PURSUIT_JOB_CARD (gtk_list_item_get_child (item));

  g_hash_table_remove (self->bound_cards, card);
  pursuit_job_card_set_job (card, NULL);
}

static void
on_factory_teardown_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        PursuitBoardColumn       *self)
{
  g_hash_table_remove (self->bound_cards, gtk_list_item_get_child (item));
}

static void
pursuit_board_column_dispose (GObject *object)
{
  PursuitBoardColumn *self = (PursuitBoardColumn *)object;

  if (self->jobs != NULL)
    g_signal_handlers_disconnect_by_data (self->jobs, self);

  /* The list unbinds its rows as it goes: keep the table until then. */
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_BOARD_COLUMN);

  if (self->factory != NULL)
    g_signal_handlers_disconnect_by_data (self->factory, self);
  g_clear_object (&self->factory);
  g_clear_object (&self->selection);
  g_clear_object (&self->jobs);
  g_clear_pointer (&self->bound_cards, g_hash_table_unref);

  G_OBJECT_CLASS (pursuit_board_column_parent_class)->dispose (object);
}

static void
pursuit_board_column_finalize (GObject *object)
{
  PursuitBoardColumn *self = (PursuitBoardColumn *)object;

  g_free (self->stage_key);
  g_free (self->stage_label);
  g_free (self->category);
  g_free (self->query);

  G_OBJECT_CLASS (pursuit_board_column_parent_class)->finalize (object);
}

static void
pursuit_board_column_class_init (PursuitBoardColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_board_column_dispose;
  object_class->finalize = pursuit_board_column_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-board-column.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, expanded);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, strip);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, dot);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, strip_count_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, strip_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, collapse_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, expand_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, content);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, placeholder);
  gtk_widget_class_bind_template_child (widget_class, PursuitBoardColumn, list);
  gtk_widget_class_bind_template_callback (widget_class, on_collapse_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "boardcolumn");
}

static void
pursuit_board_column_init (PursuitBoardColumn *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound_cards = g_hash_table_new (NULL, NULL);

  self->factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (self->factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (self->factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (self->factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  g_signal_connect (self->factory, "teardown", G_CALLBACK (on_factory_teardown_cb), self);

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->dot), _pursuit_stage_dot_draw, &self->color, NULL);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->strip_label), draw_vertical_text, self, NULL);

  drop = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);
  gtk_drop_target_set_preload (drop, TRUE);
  g_signal_connect (drop, "enter", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (drop, "motion", G_CALLBACK (on_drop_motion_cb), self);
  g_signal_connect (drop, "notify::value", G_CALLBACK (on_drop_value_cb), self);
  g_signal_connect (drop, "leave", G_CALLBACK (on_drop_leave_cb), self);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

/**
 * pursuit_board_column_new:
 * @store: the store
 * @stage: the stage the column shows
 *
 * Returns: (transfer full): a new column
 */
GtkWidget *
pursuit_board_column_new (PursuitStore *store,
                          PursuitStage *stage)
{
  PursuitBoardColumn *self;
  g_autofree char *collapse_name = NULL;
  g_autofree char *expand_name = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  int width, height;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (PURSUIT_IS_STAGE (stage), NULL);

  self = g_object_new (PURSUIT_TYPE_BOARD_COLUMN, NULL);
  self->stage_key = g_strdup (pursuit_stage_get_key (stage));
  self->stage_label = g_strdup (pursuit_stage_get_label (stage));
  self->category = g_strdup (pursuit_stage_get_category (stage));

  _pursuit_stage_dot_get_color (stage, &self->color);

  self->jobs = pursuit_job_list_new (store, self->stage_key);
  self->selection = pursuit_board_selection_new (G_LIST_MODEL (self->jobs));
  gtk_list_view_set_factory (self->list, self->factory);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->stage_label,
                                  -1);

  gtk_label_set_text (self->title_label, self->stage_label);

  /* Only closed stages fold away. */
  gtk_widget_set_visible (self->collapse_button, !pursuit_pipeline_is_open (self->category));
  /* Translators: %s is a stage (column) name such as "Rejected" */
  collapse_name = g_strdup_printf (_("Collapse “%s”"), self->stage_label);
  /* Translators: %s is a stage (column) name such as "Rejected" */
  expand_name = g_strdup_printf (_("Expand “%s”"), self->stage_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->collapse_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, collapse_name,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->expand_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, expand_name,
                                  -1);

  layout = gtk_widget_create_pango_layout (self->strip_label, self->stage_label);
  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->strip_label), height);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->strip_label), width);

  g_signal_connect_object (self->jobs, "notify::n-items",
                           G_CALLBACK (on_jobs_n_items_cb), self, G_CONNECT_SWAPPED);
  update_count (self);

  return GTK_WIDGET (self);
}

const char *
pursuit_board_column_get_stage_key (PursuitBoardColumn *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_COLUMN (self), NULL);
  return self->stage_key;
}

const char *
pursuit_board_column_get_category (PursuitBoardColumn *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_COLUMN (self), NULL);
  return self->category;
}

/**
 * pursuit_board_column_get_jobs:
 *
 * Returns: (transfer none): the jobs of the column
 */
PursuitJobList *
pursuit_board_column_get_jobs (PursuitBoardColumn *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_COLUMN (self), NULL);
  return self->jobs;
}

/**
 * pursuit_board_column_get_selection:
 *
 * Returns: (transfer none): the selection of the column's list: a
 *   multiple selection over its jobs
 */
GtkSelectionModel *
pursuit_board_column_get_selection (PursuitBoardColumn *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_COLUMN (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

/**
 * pursuit_board_column_get_list_view:
 *
 * Returns: (transfer none): the column's GtkListView
 */
GtkWidget *
pursuit_board_column_get_list_view (PursuitBoardColumn *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_COLUMN (self), NULL);
  return GTK_WIDGET (self->list);
}

guint
pursuit_board_column_get_n_selected (PursuitBoardColumn *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_COLUMN (self), 0);
  return pursuit_board_selection_get_n_selected (self->selection);
}

void
pursuit_board_column_clear_selection (PursuitBoardColumn *self)
{
  g_return_if_fail (PURSUIT_IS_BOARD_COLUMN (self));

  if (pursuit_board_selection_get_n_selected (self->selection) > 0)
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

/**
 * pursuit_board_column_set_query:
 * @self: a column
 * @query: (nullable): normalised search words, or %NULL
 *
 * Narrows the column to the jobs matching @query and highlights the words
 * on the cards shown.
 */
void
pursuit_board_column_set_query (PursuitBoardColumn *self,
                                const char         *query)
{
  GHashTableIter iter;
  gpointer card;
  PursuitJobFilter *filter;

  g_return_if_fail (PURSUIT_IS_BOARD_COLUMN (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);

  pursuit_job_list_set_query (self->jobs, self->query);

  /* Cards that stay keep their widget: highlight them where they are. */
  g_hash_table_iter_init (&iter, self->bound_cards);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    pursuit_job_card_set_highlight (card, self->query);

  filter = pursuit_job_list_get_filter (self->jobs);
  self->narrowed = self->query != NULL || (filter != NULL && !pursuit_job_filter_is_empty (filter));
  update_count (self);
}

/**
 * pursuit_board_column_set_filter:
 * @self: a column
 * @filter: (nullable): what a job must have to be shown, or %NULL for all
 */
void
pursuit_board_column_set_filter (PursuitBoardColumn *self,
                                 PursuitJobFilter   *filter)
{
  g_return_if_fail (PURSUIT_IS_BOARD_COLUMN (self));

  pursuit_job_list_set_filter (self->jobs, filter);

  self->narrowed = self->query != NULL || (filter != NULL && !pursuit_job_filter_is_empty (filter));
  update_count (self);
}

gboolean
pursuit_board_column_get_collapsed (PursuitBoardColumn *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_COLUMN (self), FALSE);
  return gtk_widget_get_visible (self->strip);
}

/**
 * pursuit_board_column_set_collapsed:
 * @self: a column
 * @collapsed: whether to show the column as a strip
 *
 * Folds the column of a closed stage into a strip, or unfolds it. Columns
 * of open stages stay as they are.
 */
void
pursuit_board_column_set_collapsed (PursuitBoardColumn *self,
                                    gboolean            collapsed)
{
  g_return_if_fail (PURSUIT_IS_BOARD_COLUMN (self));

  collapsed = collapsed && !pursuit_pipeline_is_open (self->category);

  gtk_widget_set_visible (self->expanded, !collapsed);
  gtk_widget_set_visible (self->strip, collapsed);
}

/**
 * pursuit_board_column_focus_toggle:
 *
 * Focuses the button that collapses or expands the column, whichever is
 * shown.
 */
void
pursuit_board_column_focus_toggle (PursuitBoardColumn *self)
{
  g_return_if_fail (PURSUIT_IS_BOARD_COLUMN (self));

  if (gtk_widget_get_visible (self->strip))
    gtk_widget_grab_focus (self->expand_button);
  else if (gtk_widget_get_visible (self->collapse_button))
    gtk_widget_grab_focus (self->collapse_button);
}

/**
 * pursuit_board_column_focus_job:
 * @self: a column
 * @job_id: a job of the column
 * @grab: whether to move the keyboard focus to its card
 *
 * Brings the card of a job on screen, scrolling the list when it is not
 * there yet. The list makes the card at its next layout: call again until
 * this returns %TRUE.
 *
 * Returns: %TRUE if the card is on screen (and focused, if @grab)
 */
gboolean
pursuit_board_column_focus_job (PursuitBoardColumn *self,
                                gint64              job_id,
                                gboolean            grab)
{
  GListModel *model;
  guint n_items;

  g_return_val_if_fail (PURSUIT_IS_BOARD_COLUMN (self), FALSE);

  if (!gtk_widget_get_visible (self->expanded))
    return FALSE;

  pursuit_board_column_set_live (self, TRUE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *child = gtk_widget_get_first_child (row);
      PursuitJob *job;

      if (!PURSUIT_IS_JOB_CARD (child) || !gtk_widget_get_mapped (child))
        continue;

      job = pursuit_job_card_get_job (PURSUIT_JOB_CARD (child));
      if (job != NULL && pursuit_job_get_id (job) == job_id)
        return !grab || gtk_widget_grab_focus (child);
    }

  /* Not on screen yet: bring it there, and look again. */
  model = G_LIST_MODEL (self->jobs);
  n_items = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(PursuitJob) job = g_list_model_get_item (model, i);

      if (pursuit_job_get_id (job) == job_id)
        {
          gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", i);
          break;
        }
    }

  return FALSE;
}

/**
 * pursuit_board_column_get_live:
 *
 * Returns: whether the column's list shows its cards
 */
gboolean
pursuit_board_column_get_live (PursuitBoardColumn *self)
{
  g_return_val_if_fail (PURSUIT_IS_BOARD_COLUMN (self), FALSE);
  return self->live;
}

/**
 * pursuit_board_column_set_live:
 * @self: a column
 * @live: whether the list makes cards for the jobs
 *
 * Gives the column's list its model, so it makes the cards on screen (and
 * the ones around them), or takes it away, dropping them. A new column is
 * not live. The jobs, their count and the selection stay either way.
 */
void
pursuit_board_column_set_live (PursuitBoardColumn *self,
                               gboolean            live)
{
  g_return_if_fail (PURSUIT_IS_BOARD_COLUMN (self));

  live = !!live;
  if (self->live == live)
    return;

  self->live = live;
  gtk_list_view_set_model (self->list, live ? GTK_SELECTION_MODEL (self->selection) : NULL);
}

/**
 * pursuit_board_column_rest:
 * @self: a column
 *
 * Stops the column being live unless someone is using its cards: the list
 * is scrolled away from its top (the position would be lost) or holds the
 * keyboard focus.
 *
 * Returns: %TRUE if the column is not live now
 */
gboolean
pursuit_board_column_rest (PursuitBoardColumn *self)
{
  GtkAdjustment *vadjustment;
  GtkRoot *root;
  GtkWidget *focus = NULL;

  g_return_val_if_fail (PURSUIT_IS_BOARD_COLUMN (self), FALSE);

  if (!self->live)
    return TRUE;

  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list));
  if (vadjustment != NULL && gtk_adjustment_get_value (vadjustment) > 0)
    return FALSE;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root != NULL)
    focus = gtk_root_get_focus (root);
  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return FALSE;

  pursuit_board_column_set_live (self, FALSE);
  return TRUE;
}
