/* pursuit-caldav-dialog.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-sync-engine.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CALDAV_DIALOG (pursuit_caldav_dialog_get_type ())

/* Asks for a CalDAV server, user name and password and adds the account
 * (pursuit_sync_engine_add_caldav_account_async), with a spinner while the
 * server is asked and what went wrong shown in the dialog. Emits
 * account-added (gint64 id) and closes on success. */
G_DECLARE_FINAL_TYPE (PursuitCaldavDialog, pursuit_caldav_dialog, PURSUIT, CALDAV_DIALOG, AdwWindow)

GtkWidget  *pursuit_caldav_dialog_new        (PursuitSyncEngine   *engine);
/* Fills in the server and user name (signing in again). */
void        pursuit_caldav_dialog_set_server (PursuitCaldavDialog *self,
                                              const char          *server_url,
                                              const char          *username);
/* The message shown under the fields, NULL when none. */
const char *pursuit_caldav_dialog_get_error  (PursuitCaldavDialog *self);
gboolean    pursuit_caldav_dialog_get_busy   (PursuitCaldavDialog *self);

/* The server URL as the user typed it, checked: https:// is added when no
 * scheme is given; anything but http(s) with a host is refused. */
char       *pursuit_caldav_dialog_check_url  (const char          *text,
                                              GError             **error);

G_END_DECLS
