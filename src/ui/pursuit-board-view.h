/* pursuit-board-view.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-job-filter.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_BOARD_VIEW (pursuit_board_view_get_type ())

G_DECLARE_FINAL_TYPE (PursuitBoardView, pursuit_board_view, PURSUIT, BOARD_VIEW, GtkWidget)

GtkWidget    *pursuit_board_view_new               (PursuitStore     *store);
PursuitStore *pursuit_board_view_get_store         (PursuitBoardView *self);
void          pursuit_board_view_set_store         (PursuitBoardView *self,
                                                    PursuitStore     *store);
const char   *pursuit_board_view_get_query         (PursuitBoardView *self);
void          pursuit_board_view_set_query         (PursuitBoardView *self,
                                                    const char       *query);
guint         pursuit_board_view_get_n_jobs        (PursuitBoardView *self);
guint         pursuit_board_view_get_n_columns     (PursuitBoardView *self);
const char   *pursuit_board_view_get_column_stage  (PursuitBoardView *self,
                                                    guint             column);
GListModel   *pursuit_board_view_get_column_model  (PursuitBoardView *self,
                                                    guint             column);

gboolean      pursuit_board_view_can_move_job      (PursuitBoardView *self,
                                                    gint64            job_id,
                                                    const char       *stage);
gboolean      pursuit_board_view_move_job          (PursuitBoardView *self,
                                                    gint64            job_id,
                                                    const char       *stage);
gboolean      pursuit_board_view_step_job          (PursuitBoardView *self,
                                                    gint64            job_id,
                                                    int               step);
gboolean      pursuit_board_view_get_stage_collapsed (PursuitBoardView *self,
                                                      const char       *stage);
void          pursuit_board_view_set_stage_collapsed (PursuitBoardView *self,
                                                      const char       *stage,
                                                      gboolean          collapsed);

void              pursuit_board_view_set_filter           (PursuitBoardView *self,
                                                           PursuitJobFilter *filter);
PursuitJobFilter *pursuit_board_view_get_filter           (PursuitBoardView *self);

/* Selection, across columns */
GtkSelectionModel *pursuit_board_view_get_column_selection (PursuitBoardView *self,
                                                            guint             column);
GtkWidget         *pursuit_board_view_get_column_list_view (PursuitBoardView *self,
                                                            guint             column);
guint              pursuit_board_view_get_n_selected       (PursuitBoardView *self);
GPtrArray         *pursuit_board_view_get_selected_job_ids (PursuitBoardView *self);
void               pursuit_board_view_clear_selection      (PursuitBoardView *self);

/* Several jobs at once */
gboolean      pursuit_board_view_move_jobs         (PursuitBoardView *self,
                                                    const gint64     *job_ids,
                                                    guint             n_job_ids,
                                                    const char       *stage,
                                                    const char       *reason);
gboolean      pursuit_board_view_move_selected     (PursuitBoardView *self,
                                                    const char       *stage);
gboolean      pursuit_board_view_tag_selected      (PursuitBoardView *self,
                                                    const char       *tag);
gboolean      pursuit_board_view_delete_jobs       (PursuitBoardView *self,
                                                    const gint64     *job_ids,
                                                    guint             n_job_ids);

G_END_DECLS
