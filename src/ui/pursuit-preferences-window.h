/* pursuit-preferences-window.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-ai-provider.h"
#include "pursuit-secret-store.h"
#include "pursuit-store.h"
#include "pursuit-sync-engine.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PREFERENCES_WINDOW (pursuit_preferences_window_get_type ())

/* Reminders, running in the background, follow-up sequences and, given
 * a sync engine, integrations. */
G_DECLARE_FINAL_TYPE (PursuitPreferencesWindow, pursuit_preferences_window, PURSUIT, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *pursuit_preferences_window_new           (PursuitStore             *store);
GSettings *pursuit_preferences_window_get_settings  (PursuitPreferencesWindow *self);
void       pursuit_preferences_window_edit_sequence (PursuitPreferencesWindow *self,
                                                     const char               *key);
/* Adds the Integrations page (accounts and their calendars); once. */
void       pursuit_preferences_window_set_sync_engine (PursuitPreferencesWindow *self,
                                                       PursuitSyncEngine        *engine,
                                                       PursuitSecretStore       *secrets);
GtkWidget *pursuit_preferences_window_get_integrations_page (PursuitPreferencesWindow *self);
/* Adds the optional AI's group to the Matching page; once. */
void       pursuit_preferences_window_set_ai_provider (PursuitPreferencesWindow *self,
                                                       PursuitAiProvider        *provider);
GtkWidget *pursuit_preferences_window_get_matching_page (PursuitPreferencesWindow *self);

G_END_DECLS
