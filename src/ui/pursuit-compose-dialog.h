/* pursuit-compose-dialog.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store-mail.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_COMPOSE_DIALOG (pursuit_compose_dialog_get_type ())

/* Writes one message of a job through Gmail: From (the accounts with
 * Gmail on), To, Subject and the body; Send or Save as Draft queue it
 * (pursuit_store_queue_mail) and close. When the job's mail thread is
 * known the message answers it. */
G_DECLARE_FINAL_TYPE (PursuitComposeDialog, pursuit_compose_dialog, PURSUIT, COMPOSE_DIALOG, AdwWindow)

GtkWidget  *pursuit_compose_dialog_new              (PursuitStore         *store,
                                                     gint64                job_id,
                                                     gint64                follow_up_id);
/* Fills the fields in (any may be NULL); a reply keeps the thread's
 * "Re:" subject. */
void        pursuit_compose_dialog_set_message      (PursuitComposeDialog *self,
                                                     const char           *to,
                                                     const char           *subject,
                                                     const char           *body);
gint64      pursuit_compose_dialog_get_account_id   (PursuitComposeDialog *self);
void        pursuit_compose_dialog_set_account_id   (PursuitComposeDialog *self,
                                                     gint64                account_id);
/* The message answered, NULL for a new thread. */
PursuitMailMessage *pursuit_compose_dialog_get_reply_target (PursuitComposeDialog *self);
/* The "Reply in the thread …" line, NULL when hidden. */
const char *pursuit_compose_dialog_get_reply_text   (PursuitComposeDialog *self);
/* The error shown under a field: "to", "subject", "body" or "general";
 * NULL when none. */
const char *pursuit_compose_dialog_get_error        (PursuitComposeDialog *self,
                                                     const char           *field);

/* Whether the store has a Google account with Gmail on. */
gboolean    pursuit_compose_dialog_can_send         (PursuitStore         *store);

/* Signals:
 *   ::queued (gint64 outbox_id, gboolean draft): the message was queued;
 *     the dialog then closes. */

G_END_DECLS
