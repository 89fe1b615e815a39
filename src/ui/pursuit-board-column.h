/* pursuit-board-column.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-job-filter.h"
#include "pursuit-job-list.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_BOARD_COLUMN (pursuit_board_column_get_type ())

G_DECLARE_FINAL_TYPE (PursuitBoardColumn, pursuit_board_column, PURSUIT, BOARD_COLUMN, GtkWidget)

GtkWidget         *pursuit_board_column_new            (PursuitStore       *store,
                                                        PursuitStage       *stage);
const char        *pursuit_board_column_get_stage_key  (PursuitBoardColumn *self);
const char        *pursuit_board_column_get_category   (PursuitBoardColumn *self);
PursuitJobList    *pursuit_board_column_get_jobs       (PursuitBoardColumn *self);
GtkSelectionModel *pursuit_board_column_get_selection  (PursuitBoardColumn *self);
GtkWidget         *pursuit_board_column_get_list_view  (PursuitBoardColumn *self);
guint              pursuit_board_column_get_n_selected (PursuitBoardColumn *self);
void               pursuit_board_column_clear_selection (PursuitBoardColumn *self);
void               pursuit_board_column_set_query      (PursuitBoardColumn *self,
                                                        const char         *query);
void               pursuit_board_column_set_filter     (PursuitBoardColumn *self,
                                                        PursuitJobFilter   *filter);
gboolean           pursuit_board_column_get_collapsed  (PursuitBoardColumn *self);
void               pursuit_board_column_set_collapsed  (PursuitBoardColumn *self,
                                                        gboolean            collapsed);
void               pursuit_board_column_focus_toggle   (PursuitBoardColumn *self);
gboolean           pursuit_board_column_focus_job      (PursuitBoardColumn *self,
                                                        gint64              job_id,
                                                        gboolean            grab);
gboolean           pursuit_board_column_get_live       (PursuitBoardColumn *self);
void               pursuit_board_column_set_live       (PursuitBoardColumn *self,
                                                        gboolean            live);
gboolean           pursuit_board_column_rest           (PursuitBoardColumn *self);

G_END_DECLS
