/* pursuit-account-row.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-sync-engine.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_ACCOUNT_ROW (pursuit_account_row_get_type ())

/* One connected calendar account on the Integrations page: its state,
 * last sync, last error and waiting changes; inside, the calendar it
 * writes to, its switches and Sync Now / Sign In Again / Disconnect.
 * Emits sign-in-requested when the user asks to sign in again, which the
 * page answers (a browser for Google, the CalDAV dialog). */
G_DECLARE_FINAL_TYPE (PursuitAccountRow, pursuit_account_row, PURSUIT, ACCOUNT_ROW, AdwExpanderRow)

GtkWidget      *pursuit_account_row_new            (PursuitSyncEngine *engine,
                                                    PursuitAccount    *account);
PursuitAccount *pursuit_account_row_get_account    (PursuitAccountRow *self);
gint64          pursuit_account_row_get_account_id (PursuitAccountRow *self);
/* Shows @account (a fresh copy from the store) and the engine's state and
 * pending count as they are now. */
void            pursuit_account_row_update         (PursuitAccountRow *self,
                                                    PursuitAccount    *account);
/* The " · "-joined line under the title, as shown. */
const char     *pursuit_account_row_get_summary    (PursuitAccountRow *self);
/* Gmail (Google accounts): the switch emits gmail-toggled (gboolean). */
void            pursuit_account_row_set_gmail_busy (PursuitAccountRow *self,
                                                    gboolean           busy);
gboolean        pursuit_account_row_get_gmail_active (PursuitAccountRow *self);
/* "Synced 5 minutes ago", "Never synced"; @now and @synced_at in unix
 * seconds. */
char           *pursuit_account_row_describe_last_sync (gint64         synced_at,
                                                    gint64             now);

G_END_DECLS
