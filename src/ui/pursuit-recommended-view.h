/* pursuit-recommended-view.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store-matching.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_RECOMMENDED_VIEW (pursuit_recommended_view_get_type ())

/* The Recommended page: saved postings ranked against the profile, with
 * the reasons, Open and Not Interested (with Undo). Follows the store and
 * the recommendation weights in GSettings. */
G_DECLARE_FINAL_TYPE (PursuitRecommendedView, pursuit_recommended_view, PURSUIT, RECOMMENDED_VIEW, AdwBin)

GtkWidget  *pursuit_recommended_view_new        (PursuitStore           *store);
void        pursuit_recommended_view_set_store  (PursuitRecommendedView *self,
                                                 PursuitStore           *store);
/* "no-cv", "empty", "loading" or "list". */
const char *pursuit_recommended_view_get_state  (PursuitRecommendedView *self);
/* Starts a reload now rather than after the coalescing delay. Property
 * "loading" is TRUE until its result is shown. */
void        pursuit_recommended_view_reload     (PursuitRecommendedView *self);
gboolean    pursuit_recommended_view_get_loading (PursuitRecommendedView *self);
GtkListBox *pursuit_recommended_view_get_list   (PursuitRecommendedView *self);
/* The job shown in @row of the list, or 0. */
gint64      pursuit_recommended_view_get_row_job_id (GtkListBoxRow      *row);

/* Signals:
 *   ::add-toast (AdwToast *): for the window's toast overlay. */

G_END_DECLS
