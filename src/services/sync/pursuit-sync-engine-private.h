/* pursuit-sync-engine-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-sync-engine.h"

G_BEGIN_DECLS

/* Between pursuit-sync-engine.c (state, automatic mode, public API),
 * pursuit-sync-engine-backends.c (each account's backend),
 * pursuit-sync-run.c (the runs) and pursuit-sync-engine-accounts.c
 * (adding and removing accounts). */

#define BACKOFF_FIRST_SECONDS 30
#define BACKOFF_MAX_SECONDS   3600

/* What the engine knows about an account beyond the store: its backend
 * and the outcome of its last run. */
typedef struct _AccountRuntime AccountRuntime;

struct _AccountRuntime
{
  gint64                  account_id;
  PursuitCalendarBackend *backend;
  PursuitGoogleAuth      *auth;         /* Google's, for revoking */
  char                   *config;       /* what the backend was made from */
  char                   *service;      /* the circuit breaker's label */
  gboolean                running;
  GQueue                  waiting;      /* of GTask: runs to start after this one */
  GError                 *last_error;
  gint64                  paused_until; /* automatic runs wait for the backoff */
};

AccountRuntime         *_pursuit_sync_engine_ensure_runtime     (PursuitSyncEngine   *self,
                                                                 gint64               account_id);
AccountRuntime         *_pursuit_sync_engine_lookup_runtime     (PursuitSyncEngine   *self,
                                                                 gint64               account_id);
const char             *_pursuit_sync_engine_get_client_id      (PursuitSyncEngine   *self);
const char             *_pursuit_sync_engine_get_client_secret  (PursuitSyncEngine   *self);
gboolean                _pursuit_sync_engine_has_factory        (PursuitSyncEngine   *self);
/* Everything the account's backend is made from: a change means a new one. */
char                   *_pursuit_sync_engine_dup_backend_config (PursuitSyncEngine   *self,
                                                                 PursuitAccount      *account);
/* Called at the end of every run (pursuit-sync-run.c). */
void                    _pursuit_sync_engine_run_ended          (PursuitSyncEngine   *self);

/* pursuit-sync-run.c: one run of @account_id (after the one in progress,
 * if any): the due items (@all_items: every pending one), then, with
 * @pull, the changes; counted into @report (NULL: a report of its own). */
void                    _pursuit_sync_engine_run_account_async  (PursuitSyncEngine   *self,
                                                                 gint64               account_id,
                                                                 gboolean             all_items,
                                                                 gboolean             pull,
                                                                 PursuitSyncReport   *report,
                                                                 GCancellable        *cancellable,
                                                                 GAsyncReadyCallback  callback,
                                                                 gpointer             user_data);
gboolean                _pursuit_sync_engine_run_account_finish (PursuitSyncEngine   *self,
                                                                 GAsyncResult        *result,
                                                                 GError             **error);
/* UNAUTHORIZED, INVALID_GRANT, NOT_SIGNED_IN: the user must sign in. */
gboolean                _pursuit_sync_error_is_sign_in          (const GError        *error);
/* 30 s * 2^attempts, at most an hour, minus up to a tenth at random. */
gint64                  _pursuit_sync_backoff_seconds           (int                  attempts);

/* The account's backend, made (and cached) on first use: Google's with a
 * PursuitGoogleAuth holding the refresh token from the secret store,
 * CalDAV's with the password; or the test factory's. */
void                    _pursuit_sync_engine_get_backend_async  (PursuitSyncEngine   *self,
                                                                 PursuitAccount      *account,
                                                                 GCancellable        *cancellable,
                                                                 GAsyncReadyCallback  callback,
                                                                 gpointer             user_data);
PursuitCalendarBackend *_pursuit_sync_engine_get_backend_finish (PursuitSyncEngine   *self,
                                                                 GAsyncResult        *result,
                                                                 GError             **error);
/* The Google auth of the account's cached backend, NULL when none. */
PursuitGoogleAuth      *_pursuit_sync_engine_peek_google_auth   (PursuitSyncEngine   *self,
                                                                 gint64               account_id);
/* A new PursuitGoogleAuth with the engine's client; NULL with
 * PURSUIT_GOOGLE_AUTH_ERROR_NO_CLIENT when none is set. */
PursuitGoogleAuth      *_pursuit_sync_engine_new_google_auth    (PursuitSyncEngine   *self,
                                                                 GError             **error);
PursuitSecretStore     *_pursuit_sync_engine_get_secrets        (PursuitSyncEngine   *self);
/* The test factory's backend for @account, NULL without a factory. */
PursuitCalendarBackend *_pursuit_sync_engine_make_factory_backend (PursuitSyncEngine *self,
                                                                 PursuitAccount      *account);
/* Forgets the account's backend and runtime state. */
void                    _pursuit_sync_engine_forget_account     (PursuitSyncEngine   *self,
                                                                 gint64               account_id);
void                    _pursuit_sync_engine_emit_state_changed (PursuitSyncEngine   *self,
                                                                 gint64               account_id);

/* An account and the Google auth of one step to the next. */
typedef struct
{
  PursuitAccount    *account;
  PursuitGoogleAuth *auth;
} AccountAuth;

void                    _pursuit_account_auth_free              (gpointer             data);

/* PURSUIT_GOOGLE_AUTH_ERROR_NOT_SIGNED_IN: no refresh token for @account. */
GError                 *_pursuit_sync_new_not_signed_in_error   (PursuitAccount      *account);

/* pursuit-sync-engine-accounts.c: a Google sign-in asking for @scopes,
 * with a new auth put in *@out_auth, on @task (taken; its source object is
 * the engine), whose @callback gets the task back; without a client the
 * task returns the error. */
void                    _pursuit_sync_engine_google_sign_in     (GTask               *task,
                                                                 const char * const  *scopes,
                                                                 PursuitOpenUriFunc   open_uri,
                                                                 gpointer             open_uri_data,
                                                                 PursuitGoogleAuth  **out_auth,
                                                                 GAsyncReadyCallback  callback);
/* The sign-in's address, refresh token and scopes; FALSE after ending
 * @task with the error, also when Google gave no lasting access. */
gboolean                _pursuit_sync_google_sign_in_finish     (GTask               *task,
                                                                 PursuitGoogleAuth   *auth,
                                                                 GAsyncResult        *result,
                                                                 char               **out_email,
                                                                 char               **out_refresh_token,
                                                                 char               **out_scopes);

/* A random key for an account's secrets (hex). */

G_END_DECLS
