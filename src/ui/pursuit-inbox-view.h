/* pursuit-inbox-view.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-mail-engine.h"
#include "pursuit-store-mail.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_INBOX_VIEW (pursuit_inbox_view_get_type ())

/* The Inbox page: the suggestions made from the user's mail, with Accept,
 * Dismiss and Undo, and Sync Now with its progress. Works from the store
 * alone; the mail engine (when set) adds syncing. */
G_DECLARE_FINAL_TYPE (PursuitInboxView, pursuit_inbox_view, PURSUIT, INBOX_VIEW, AdwBin)

GtkWidget         *pursuit_inbox_view_new             (PursuitStore      *store);
void               pursuit_inbox_view_set_store       (PursuitInboxView  *self,
                                                       PursuitStore      *store);
void               pursuit_inbox_view_set_mail_engine (PursuitInboxView  *self,
                                                       PursuitMailEngine *engine);
PursuitMailEngine *pursuit_inbox_view_get_mail_engine (PursuitInboxView  *self);
/* Property "n-pending": the suggestions waiting for an answer. */
guint              pursuit_inbox_view_get_n_pending   (PursuitInboxView  *self);
/* "disconnected", "empty" or "list" */
const char        *pursuit_inbox_view_get_state       (PursuitInboxView  *self);
/* Tests: reloads now rather than from an idle. */
void               pursuit_inbox_view_reload          (PursuitInboxView  *self);
GtkListBox        *pursuit_inbox_view_get_pending_list (PursuitInboxView *self);
GtkListBox        *pursuit_inbox_view_get_applied_list (PursuitInboxView *self);
/* The toolbar's text: last sync, or its error. */
const char        *pursuit_inbox_view_get_status_text (PursuitInboxView  *self);

/* Signals:
 *   ::add-toast (AdwToast *): for the window's toast overlay. */

G_END_DECLS
