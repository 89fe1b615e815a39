/* pursuit-board-selection.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_BOARD_SELECTION (pursuit_board_selection_get_type ())

G_DECLARE_FINAL_TYPE (PursuitBoardSelection, pursuit_board_selection, PURSUIT, BOARD_SELECTION, GObject)

PursuitBoardSelection *pursuit_board_selection_new         (GListModel            *model);
guint                  pursuit_board_selection_get_n_selected (PursuitBoardSelection *self);

G_END_DECLS
