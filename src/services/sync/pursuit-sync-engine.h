/* pursuit-sync-engine.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-calendar-backend.h"
#include "pursuit-google-auth.h"
#include "pursuit-http.h"
#include "pursuit-secret-store.h"
#include "pursuit-store.h"
#include "pursuit-sync-report.h"

G_BEGIN_DECLS

/**
 * PursuitAccountState:
 * @PURSUIT_ACCOUNT_STATE_CONNECTED: the last sync worked (or none ran yet)
 * @PURSUIT_ACCOUNT_STATE_SYNCING: a sync is running
 * @PURSUIT_ACCOUNT_STATE_NEEDS_SIGN_IN: the credentials were refused
 * @PURSUIT_ACCOUNT_STATE_OFFLINE: the server could not be reached
 * @PURSUIT_ACCOUNT_STATE_CIRCUIT_OPEN: too many failures lately; waiting
 * @PURSUIT_ACCOUNT_STATE_ERROR: the last sync failed another way
 * @PURSUIT_ACCOUNT_STATE_DISABLED: the account is turned off
 */
typedef enum
{
  PURSUIT_ACCOUNT_STATE_CONNECTED,
  PURSUIT_ACCOUNT_STATE_SYNCING,
  PURSUIT_ACCOUNT_STATE_NEEDS_SIGN_IN,
  PURSUIT_ACCOUNT_STATE_OFFLINE,
  PURSUIT_ACCOUNT_STATE_CIRCUIT_OPEN,
  PURSUIT_ACCOUNT_STATE_ERROR,
  PURSUIT_ACCOUNT_STATE_DISABLED,
} PursuitAccountState;

/* "connected", "syncing", "needs-sign-in", "offline", "circuit-open",
 * "error", "disabled": for --json. */
const char *pursuit_account_state_to_string (PursuitAccountState state);
/* "Connected", "Needs sign-in", ...: translated, for the UI. */
const char *pursuit_account_state_get_label (PursuitAccountState state);

/* How often the engine asks the calendars for changes when started. */
#define PURSUIT_SYNC_PULL_INTERVAL_SECONDS (5 * 60)

/* Tests: the backend for @account instead of Google's or CalDAV's. */
typedef PursuitCalendarBackend *(*PursuitBackendFactory) (PursuitAccount *account,
                                                          gpointer        user_data);

#define PURSUIT_TYPE_SYNC_ENGINE (pursuit_sync_engine_get_type ())

/* Keeps the accounts' calendars and the store in step: runs the outbox
 * (one item at a time per account; transient failures retried with
 * exponential backoff and jitter, from 30 s up to an hour; others kept as
 * failed with their error), pulls changes and applies those to linked
 * interviews, connects and removes accounts with their secrets. Emits
 * account-state-changed (gint64 account id). */
G_DECLARE_FINAL_TYPE (PursuitSyncEngine, pursuit_sync_engine, PURSUIT, SYNC_ENGINE, GObject)

PursuitSyncEngine  *pursuit_sync_engine_new                (PursuitStore        *store,
                                                            PursuitHttp         *http,
                                                            PursuitSecretStore  *secrets);
PursuitStore       *pursuit_sync_engine_get_store          (PursuitSyncEngine   *self);
PursuitHttp        *pursuit_sync_engine_get_http           (PursuitSyncEngine   *self);
/* The user's OAuth client (Preferences → Integrations, or the build's
 * default); NULL @client_id means none. */
void                pursuit_sync_engine_set_google_client  (PursuitSyncEngine   *self,
                                                            const char          *client_id,
                                                            const char          *client_secret);
void                pursuit_sync_engine_set_backend_factory (PursuitSyncEngine  *self,
                                                            PursuitBackendFactory factory,
                                                            gpointer             user_data,
                                                            GDestroyNotify       destroy);

/* Automatic mode (the app): runs due items as soon as they are queued
 * (outbox-changed) and when their next attempt comes, and pulls every
 * PURSUIT_SYNC_PULL_INTERVAL_SECONDS. */
void                pursuit_sync_engine_start              (PursuitSyncEngine   *self);
void                pursuit_sync_engine_stop               (PursuitSyncEngine   *self);

/* One sync now of @account_id (0: every enabled account): every pending
 * item whatever its next attempt, then the changes. Failures end up in the
 * report and the account's last-error, not in @error (which is only
 * G_IO_ERROR_CANCELLED). */
void                pursuit_sync_engine_sync_async         (PursuitSyncEngine   *self,
                                                            gint64               account_id,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
PursuitSyncReport  *pursuit_sync_engine_sync_finish        (PursuitSyncEngine   *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);
PursuitAccountState pursuit_sync_engine_get_account_state  (PursuitSyncEngine   *self,
                                                            gint64               account_id);

/* Signs in (pursuit_google_auth_sign_in_async), keeps the refresh token in
 * the secret store, chooses the primary calendar and adds the account; an
 * account of the same address is signed in again instead. Returns the
 * account id. */
void                pursuit_sync_engine_add_google_account_async  (PursuitSyncEngine   *self,
                                                            PursuitOpenUriFunc   open_uri,
                                                            gpointer             open_uri_data,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gint64              pursuit_sync_engine_add_google_account_finish (PursuitSyncEngine   *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);
/* Discovers the calendars (checking the password on the way), keeps the
 * password in the secret store, chooses the first calendar that takes
 * events and adds the account. */
void                pursuit_sync_engine_add_caldav_account_async  (PursuitSyncEngine   *self,
                                                            const char          *server_url,
                                                            const char          *username,
                                                            const char          *password,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gint64              pursuit_sync_engine_add_caldav_account_finish (PursuitSyncEngine   *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);
/* Revokes Google's tokens (a failure to revoke does not stop the rest),
 * clears the secrets, removes the account. Events stay in the calendar. */
void                pursuit_sync_engine_remove_account_async (PursuitSyncEngine  *self,
                                                            gint64               account_id,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gboolean            pursuit_sync_engine_remove_account_finish (PursuitSyncEngine *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);
/* The account's writable calendars (of PursuitRemoteCalendar). */
void                pursuit_sync_engine_list_calendars_async (PursuitSyncEngine  *self,
                                                            gint64               account_id,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
GPtrArray          *pursuit_sync_engine_list_calendars_finish (PursuitSyncEngine *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

/* Gmail (pursuit-sync-engine-gmail.c) */

/* The account's PursuitGoogleAuth, the one its calendar sync uses (made
 * from the refresh token in the secret store on first use), so Gmail and
 * Calendar share one access token and one refresh. NOT_SIGNED_IN when the
 * account has no token, NO_CLIENT without an OAuth client. */
void                pursuit_sync_engine_get_google_auth_async  (PursuitSyncEngine  *self,
                                                            gint64               account_id,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
PursuitGoogleAuth  *pursuit_sync_engine_get_google_auth_finish (PursuitSyncEngine  *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);
/* Turns Gmail on for a Google account: signs in again asking the
 * calendar scopes and PURSUIT_GOOGLE_SCOPE_GMAIL_SEND, _COMPOSE and
 * _READONLY (the consent screen names them), keeps the new refresh token,
 * and sets the account's scopes and mail-enabled. Signing in as another
 * address than the account's is PURSUIT_GOOGLE_AUTH_ERROR_DENIED and
 * changes nothing. */
void                pursuit_sync_engine_enable_gmail_async     (PursuitSyncEngine  *self,
                                                            gint64               account_id,
                                                            PursuitOpenUriFunc   open_uri,
                                                            gpointer             open_uri_data,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gboolean            pursuit_sync_engine_enable_gmail_finish    (PursuitSyncEngine  *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);
/* Turns Gmail off (mail-enabled FALSE; the grant stays until the account
 * is removed). */
gboolean            pursuit_sync_engine_disable_gmail          (PursuitSyncEngine  *self,
                                                            gint64               account_id,
                                                            GError             **error);
/* Whether @scopes (space-separated) hold the three Gmail scopes. */
gboolean            pursuit_google_scopes_have_gmail           (const char         *scopes);

G_END_DECLS
