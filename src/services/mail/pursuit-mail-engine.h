/* pursuit-mail-engine.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-sync-engine.h"

G_BEGIN_DECLS

#define PURSUIT_MAIL_DEFAULT_WINDOW_DAYS        90
#define PURSUIT_MAIL_DEFAULT_INTERVAL_MINUTES   5
/* Messages fetched per batch request (DESIGN.md: up to 100). */
#define PURSUIT_MAIL_BATCH_SIZE                 100

#define PURSUIT_TYPE_MAIL_ENGINE (pursuit_mail_engine_get_type ())

/* Gmail for every Google account with mail-enabled:
 *
 * Sending: runs the "gmail.send" and "gmail.draft" outbox items
 * (pursuit_store_queue_mail) exactly once. Every attempt first asks
 * Gmail for the item's Message-ID (pursuit_gmail_client_find_message):
 * an earlier one may have ended ambiguously (timeout, dropped connection,
 * a 5xx, or Pursuit quitting before it wrote the outcome down) after the
 * server took the message; what is found completes the item instead of
 * sending again, and the send itself never resends on its own. Then
 * pursuit_store_complete_mail.
 * Transient failures are retried with the sync engine's backoff;
 * others are kept as failed with their error.
 *
 * Reading: the first sync lists the inbox of the last window-days days
 * (messages.list q="in:inbox newer_than:Nd", pages of 500), skips ids
 * already stored, fetches the rest in batches of PURSUIT_MAIL_BATCH_SIZE,
 * classifies (pursuit_mail_classify), matches (one PursuitMailMatcher a
 * run), triages, and saves each batch with its suggestions in one
 * transaction; then stores the historyId of getProfile taken before
 * listing. Later syncs page history.list from the stored historyId (no
 * change: one request) and fetch the added messages the same way; a 404
 * means a full sync again. Suggestions at or above the auto-apply
 * threshold are accepted automatically (state "applied", Undo in the
 * Inbox panel) and announce themselves with ::suggestion-applied. */
G_DECLARE_FINAL_TYPE (PursuitMailEngine, pursuit_mail_engine, PURSUIT, MAIL_ENGINE, GObject)

PursuitMailEngine *pursuit_mail_engine_new                  (PursuitSyncEngine  *sync_engine);
PursuitStore      *pursuit_mail_engine_get_store            (PursuitMailEngine  *self);

/* Preferences (the app binds them to GSettings). */
void               pursuit_mail_engine_set_window_days      (PursuitMailEngine  *self,
                                                             guint               days);
void               pursuit_mail_engine_set_interval_minutes (PursuitMailEngine  *self,
                                                             guint               minutes);
/* 0.0 to 1.0; anything above 1.0 (the default) turns it off. */
void               pursuit_mail_engine_set_auto_apply_threshold (PursuitMailEngine *self,
                                                             double              threshold);
/* Tests: the time zone interview times in the text are read in. */
void               pursuit_mail_engine_set_time_zone        (PursuitMailEngine  *self,
                                                             GTimeZone          *tz);

/* Automatic mode (the app): sends queued mail as soon as it is queued
 * (outbox-changed), and syncs every interval-minutes while the network
 * is up (GNetworkMonitor). */
void               pursuit_mail_engine_start                (PursuitMailEngine  *self);
void               pursuit_mail_engine_stop                 (PursuitMailEngine  *self);

/* One run now for @account_id (0: every account with Gmail on): the
 * queued mail (whatever its next attempt), then the inbox. Counts go
 * into @report (PURSUIT_SYNC_MAIL_*; NULL: a report of its own) and are
 * returned; failures go in the report and the account's mail-last-error,
 * @error is only G_IO_ERROR_CANCELLED. Cancelling stops between two
 * requests; what was saved stays saved and the history id is not moved,
 * so the next sync goes on from there. */
void               pursuit_mail_engine_sync_async           (PursuitMailEngine  *self,
                                                             gint64              account_id,
                                                             PursuitSyncReport  *report,
                                                             GCancellable       *cancellable,
                                                             GAsyncReadyCallback callback,
                                                             gpointer            user_data);
PursuitSyncReport *pursuit_mail_engine_sync_finish          (PursuitMailEngine  *self,
                                                             GAsyncResult       *result,
                                                             GError            **error);
/* TRUE while a run reads the inbox (property "syncing"). */
gboolean           pursuit_mail_engine_get_syncing          (PursuitMailEngine  *self);

/* Signals:
 *   ::progress (gint64 account_id, guint done, guint total): messages
 *     fetched so far of those to fetch; total 0 while listing.
 *   ::suggestion-applied (gint64 suggestion_id): applied automatically.
 *   ::mail-sent (gint64 outbox_id, const char *kind, const char *error):
 *     an outbox item went out (error NULL) or failed for good. */

G_END_DECLS
