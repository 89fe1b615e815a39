/* pursuit-board-selection.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-board-selection"

#include "config.h"

#include "pursuit-board-selection.h"

/* The selection of one board column: a GtkMultiSelection that also says
 * when a selection is meant to replace everything else (a plain click, a
 * plain arrow key: one item selected with unselect_rest), as opposed to
 * adding to it (Ctrl+click, Ctrl+A, and Shift+click, which GtkListView
 * makes a range). GtkListView only tells the model through these calls,
 * and the board needs to know, to clear the other columns: see
 * "Selection" in pursuit-board-view.c. Everything else is the
 * GtkMultiSelection's. */

struct _PursuitBoardSelection
{
  GObject            parent_instance;

  GtkMultiSelection *selection;
};

static void list_model_iface_init      (GListModelInterface        *iface);
static void selection_model_iface_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitBoardSelection, pursuit_board_selection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init)
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL, selection_model_iface_init))

enum {
  REPLACING,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
on_items_changed_cb (PursuitBoardSelection *self,
                     guint                  position,
                     guint                  removed,
                     guint                  added,
                     GListModel            *model)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
on_selection_changed_cb (PursuitBoardSelection *self,
                         guint                  position,
                         guint                  n_items,
                         GtkSelectionModel     *model)
{
  gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, n_items);
}

static GType
get_item_type (GListModel *model)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  return g_list_model_get_item_type (G_LIST_MODEL (self->selection));
}

static guint
get_n_items (GListModel *model)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  return g_list_model_get_item (G_LIST_MODEL (self->selection), position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static gboolean
is_selected (GtkSelectionModel *model,
             guint              position)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  return gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position);
}

static GtkBitset *
get_selection_in_range (GtkSelectionModel *model,
                        guint              position,
                        guint              n_items)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  return gtk_selection_model_get_selection_in_range (GTK_SELECTION_MODEL (self->selection),
                                                     position, n_items);
}

static gboolean
select_item (GtkSelectionModel *model,
             guint              position,
             gboolean           unselect_rest)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  if (unselect_rest)
    g_signal_emit (self, signals [REPLACING], 0);

  return gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection),
                                          position, unselect_rest);
}

static gboolean
unselect_item (GtkSelectionModel *model,
               guint              position)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  return gtk_selection_model_unselect_item (GTK_SELECTION_MODEL (self->selection), position);
}

static gboolean
select_range (GtkSelectionModel *model,
              guint              position,
              guint              n_items,
              gboolean           unselect_rest)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  /* A range is Shift+click or Shift+arrow: it replaces the rest of this
   * column only, and adds to the other columns. */
  return gtk_selection_model_select_range (GTK_SELECTION_MODEL (self->selection),
                                           position, n_items, unselect_rest);
}

static gboolean
unselect_range (GtkSelectionModel *model,
                guint              position,
                guint              n_items)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  return gtk_selection_model_unselect_range (GTK_SELECTION_MODEL (self->selection),
                                             position, n_items);
}

static gboolean
select_all (GtkSelectionModel *model)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  return gtk_selection_model_select_all (GTK_SELECTION_MODEL (self->selection));
}

static gboolean
unselect_all (GtkSelectionModel *model)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  return gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
}

static gboolean
set_selection (GtkSelectionModel *model,
               GtkBitset         *selected,
               GtkBitset         *mask)
{
  PursuitBoardSelection *self = PURSUIT_BOARD_SELECTION (model);

  return gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection),
                                            selected, mask);
}

static void
selection_model_iface_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = is_selected;
  iface->get_selection_in_range = get_selection_in_range;
  iface->select_item = select_item;
  iface->unselect_item = unselect_item;
  iface->select_range = select_range;
  iface->unselect_range = unselect_range;
  iface->select_all = select_all;
  iface->unselect_all = unselect_all;
  iface->set_selection = set_selection;
}

static void
pursuit_board_selection_dispose (GObject *object)
{
  PursuitBoardSelection *self = (PursuitBoardSelection *)object;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (pursuit_board_selection_parent_class)->dispose (object);
}

static void
pursuit_board_selection_class_init (PursuitBoardSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_board_selection_dispose;

  /**
   * PursuitBoardSelection::replacing:
   * @self: the selection
   *
   * Emitted just before a selection that replaces whatever was selected
   * (a plain click on a card), not one that adds to it.
   */
  signals [REPLACING] =
    g_signal_new ("replacing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pursuit_board_selection_init (PursuitBoardSelection *self)
{
}

/**
 * pursuit_board_selection_new:
 * @model: (transfer none): the items
 *
 * Returns: (transfer full): a new multiple selection over @model
 */
PursuitBoardSelection *
pursuit_board_selection_new (GListModel *model)
{
  PursuitBoardSelection *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (PURSUIT_TYPE_BOARD_SELECTION, NULL);
  self->selection = gtk_multi_selection_new (g_object_ref (model));
  g_signal_connect_object (self->selection, "items-changed",
                           G_CALLBACK (on_items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * pursuit_board_selection_get_n_selected:
 *
 * Returns: how many items are selected
 */
guint
pursuit_board_selection_get_n_selected (PursuitBoardSelection *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_val_if_fail (PURSUIT_IS_BOARD_SELECTION (self), 0);

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  return (guint)gtk_bitset_get_size (selected);
}
