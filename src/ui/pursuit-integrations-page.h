/* pursuit-integrations-page.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-account-row.h"
#include "pursuit-secret-store.h"
#include "pursuit-sync-engine.h"

G_BEGIN_DECLS

/* Where "How to Get These" leads: the README's how-to. */
#define PURSUIT_INTEGRATIONS_HOWTO_URL \
  "https://github.com/pursuit/pursuit#connecting-a-google-account-or-a-caldav-calendar"

#define PURSUIT_TYPE_INTEGRATIONS_PAGE (pursuit_integrations_page_get_type ())

/* Preferences → Integrations: the connected accounts (one
 * PursuitAccountRow each, following the store and the engine), the Google
 * OAuth client (the id in GSettings, the secret in the keyring) with
 * Connect, and Add CalDAV Calendar. */
G_DECLARE_FINAL_TYPE (PursuitIntegrationsPage, pursuit_integrations_page, PURSUIT, INTEGRATIONS_PAGE, AdwPreferencesPage)

GtkWidget         *pursuit_integrations_page_new              (PursuitSyncEngine       *engine,
                                                               PursuitSecretStore      *secrets);
/* Tests: how URIs are opened instead of gtk_show_uri(). */
void               pursuit_integrations_page_set_open_uri_func (PursuitIntegrationsPage *self,
                                                               PursuitOpenUriFunc       open_uri,
                                                               gpointer                 user_data);
PursuitAccountRow *pursuit_integrations_page_get_account_row  (PursuitIntegrationsPage *self,
                                                               gint64                   account_id);
guint              pursuit_integrations_page_get_n_accounts   (PursuitIntegrationsPage *self);
/* Whether a Google sign-in is waiting for the browser. */
gboolean           pursuit_integrations_page_get_connecting   (PursuitIntegrationsPage *self);
/* What went wrong with the last Google sign-in, NULL when nothing. */
const char        *pursuit_integrations_page_get_google_error (PursuitIntegrationsPage *self);

G_END_DECLS
