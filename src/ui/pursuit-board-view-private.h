/* pursuit-board-view-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-board-column.h"
#include "pursuit-board-view.h"

G_BEGIN_DECLS

/* Shared by the files that make up PursuitBoardView: the board itself
 * (columns, selection, moving one job) and its bulk operations on the
 * selected jobs (pursuit-board-view-bulk.c). Nothing else uses these. */

/* What the Undo button of a toast takes back. */
typedef struct
{
  gint64  job_id;
  char   *from_stage;
} UndoData;

struct _PursuitBoardView
{
  GtkWidget           parent_instance;

  PursuitStore       *store;
  char               *query;
  PursuitJobFilter   *filter;
  GPtrArray          *columns;
  GSettings          *settings;
  gulong              stages_changed_handler;
  /* The width to bring columns to life for at the next layout, or 0. */
  int                 live_width;
  guint               n_jobs;
  guint               n_selected;
  GSimpleActionGroup *bulk_actions;

  /* After a keyboard move, the card to focus once its column shows it. */
  gint64              focus_job_id;
  char               *focus_stage;
  gboolean            focus_grab;
  guint               focus_tries;
  guint               focus_source;

  GtkWidget          *content_box;
  GtkStack           *stack;
  GtkWidget          *scroller;
  GtkBox             *columns_box;
  GtkActionBar       *action_bar;
  GtkLabel           *selection_label;
  GtkMenuButton      *move_button;
  GtkMenuButton      *tag_button;
  GtkPopover         *tag_popover;
  GtkEntry           *tag_entry;
  GtkWidget          *tags_heading;
  GtkBox             *tags_box;
};

/* pursuit-board-view.c */
GArray *_pursuit_board_view_collect_selected_ids    (PursuitBoardView *self);
void    _pursuit_board_view_emit_toast              (PursuitBoardView *self,
                                                     AdwToast         *toast);
void    _pursuit_board_view_toast_error             (PursuitBoardView *self,
                                                     const GError     *error);
char   *_pursuit_board_view_stage_label             (PursuitBoardView *self,
                                                     const char       *stage_key);
char   *_pursuit_board_view_stage_category          (PursuitBoardView *self,
                                                     const char       *stage_key);
void    _pursuit_board_view_ask_withdraw_reason     (PursuitBoardView *self,
                                                     const gint64     *job_ids,
                                                     guint             n_job_ids,
                                                     guint             n_allowed,
                                                     const char       *stage_key);

/* pursuit-board-view-bulk.c */
void    _pursuit_board_view_class_init_bulk         (GtkWidgetClass   *widget_class);
void    _pursuit_board_view_rebuild_bulk_move_menu  (PursuitBoardView *self);
void    _pursuit_board_view_update_bulk_bar         (PursuitBoardView *self,
                                                     guint             n_selected);

static inline PursuitBoardColumn *
_pursuit_board_view_get_column (PursuitBoardView *self,
                                guint             index)
{
  return g_ptr_array_index (self->columns, index);
}

G_END_DECLS
