/* pursuit-matching-page.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-ai-provider.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_MATCHING_PAGE (pursuit_matching_page_get_type ())

/* Preferences → Matching: the weights of the recommendations and, given
 * the application's AI provider, the optional AI endpoint. */
G_DECLARE_FINAL_TYPE (PursuitMatchingPage, pursuit_matching_page, PURSUIT, MATCHING_PAGE, AdwPreferencesPage)

/* @settings: (nullable): the app's settings; without them the rows are
 * shown but cannot be changed. */
GtkWidget *pursuit_matching_page_new             (GSettings           *settings);
/* Shows the AI group; once. */
void       pursuit_matching_page_set_ai_provider (PursuitMatchingPage *self,
                                                  PursuitAiProvider   *provider);
/* Puts the five weights back to their defaults. */
void       pursuit_matching_page_reset_weights   (PursuitMatchingPage *self);

G_END_DECLS
