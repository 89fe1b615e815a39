/* pursuit-outbox-item.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_OUTBOX_ITEM (pursuit_outbox_item_get_type ())

/* A network side effect waiting to be done. A calendar item
 * ("calendar.push") says "make the account's calendar match the local
 * source": the services read the source when they run it, so one item
 * covers any number of edits, and a source that is gone or cancelled means
 * the remote event is deleted. */
G_DECLARE_FINAL_TYPE (PursuitOutboxItem, pursuit_outbox_item, PURSUIT, OUTBOX_ITEM, GObject)

PursuitOutboxItem *pursuit_outbox_item_new (void);

gint64 pursuit_outbox_item_get_id (PursuitOutboxItem *self);
void pursuit_outbox_item_set_id (PursuitOutboxItem *self, gint64 id);
/* kind: "calendar.push", ... */
const char *pursuit_outbox_item_get_kind (PursuitOutboxItem *self);
void pursuit_outbox_item_set_kind (PursuitOutboxItem *self, const char *kind);
/* account-id: 0 for items of no account */
gint64 pursuit_outbox_item_get_account_id (PursuitOutboxItem *self);
void pursuit_outbox_item_set_account_id (PursuitOutboxItem *self, gint64 account_id);
/* source: "interview" or "follow-up"; NULL for items of no source */
const char *pursuit_outbox_item_get_source (PursuitOutboxItem *self);
void pursuit_outbox_item_set_source (PursuitOutboxItem *self, const char *source);
gint64 pursuit_outbox_item_get_source_id (PursuitOutboxItem *self);
void pursuit_outbox_item_set_source_id (PursuitOutboxItem *self, gint64 source_id);
/* payload: JSON, "{}" for calendar pushes */
const char *pursuit_outbox_item_get_payload (PursuitOutboxItem *self);
void pursuit_outbox_item_set_payload (PursuitOutboxItem *self, const char *payload);
/* state: "pending" or "failed" (given up: an error retrying cannot fix) */
const char *pursuit_outbox_item_get_state (PursuitOutboxItem *self);
void pursuit_outbox_item_set_state (PursuitOutboxItem *self, const char *state);
int pursuit_outbox_item_get_attempts (PursuitOutboxItem *self);
void pursuit_outbox_item_set_attempts (PursuitOutboxItem *self, int attempts);
gint64 pursuit_outbox_item_get_next_attempt_at (PursuitOutboxItem *self);
void pursuit_outbox_item_set_next_attempt_at (PursuitOutboxItem *self, gint64 next_attempt_at);
const char *pursuit_outbox_item_get_last_error (PursuitOutboxItem *self);
void pursuit_outbox_item_set_last_error (PursuitOutboxItem *self, const char *last_error);
gint64 pursuit_outbox_item_get_created_at (PursuitOutboxItem *self);
void pursuit_outbox_item_set_created_at (PursuitOutboxItem *self, gint64 created_at);

G_END_DECLS
