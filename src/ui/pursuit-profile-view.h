/* pursuit-profile-view.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store-matching.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PROFILE_VIEW (pursuit_profile_view_get_type ())

/* The Profile page: import a CV, its versions (one active), and the
 * active CV's profile as the user corrects it: summary, skills with a
 * level grouped by category, and what the user looks for. Edits are saved
 * with pursuit_store_update_profile () half a second after the last one. */
G_DECLARE_FINAL_TYPE (PursuitProfileView, pursuit_profile_view, PURSUIT, PROFILE_VIEW, AdwBin)

GtkWidget      *pursuit_profile_view_new           (PursuitStore       *store);
void            pursuit_profile_view_set_store     (PursuitProfileView *self,
                                                    PursuitStore       *store);
/* Asks for a file (PDF, DOCX, text, JSON Resume) and imports it. */
void            pursuit_profile_view_choose_file   (PursuitProfileView *self);
/* Reads @file in a worker thread, saves it as the active CV and says so
 * in a toast; a file that cannot be read says why in a toast. Property
 * "busy" is TRUE meanwhile. */
void            pursuit_profile_view_import_file   (PursuitProfileView *self,
                                                    GFile              *file);
gboolean        pursuit_profile_view_get_busy      (PursuitProfileView *self);
/* "empty" (no CV yet) or "profile". */
const char     *pursuit_profile_view_get_state     (PursuitProfileView *self);
/* The profile as edited (transfer none; NULL without a CV). */
PursuitProfile *pursuit_profile_view_get_profile   (PursuitProfileView *self);
/* Tests: saves pending edits now, and reloads now rather than from an
 * idle. */
void            pursuit_profile_view_flush         (PursuitProfileView *self);
void            pursuit_profile_view_reload        (PursuitProfileView *self);

/* Signals:
 *   ::add-toast (AdwToast *): for the window's toast overlay. */

G_END_DECLS
