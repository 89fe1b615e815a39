/* pursuit-secret-store.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What a secret is: the attribute "kind" of the schema. */
#define PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN "google-refresh-token"
#define PURSUIT_SECRET_GOOGLE_CLIENT_SECRET "google-client-secret"
#define PURSUIT_SECRET_CALDAV_PASSWORD      "caldav-password"

#define PURSUIT_TYPE_SECRET_STORE (pursuit_secret_store_get_type ())

/* Pursuit's secrets in the Secret Service (libsecret, async only): one
 * schema named after the application id with the string attributes "kind"
 * and "key" (an account's secret-key, or the OAuth client id). Nothing is
 * cached or logged. */
G_DECLARE_FINAL_TYPE (PursuitSecretStore, pursuit_secret_store, PURSUIT, SECRET_STORE, GObject)

PursuitSecretStore *pursuit_secret_store_new            (void);
/* @label: what Seahorse shows ("Pursuit: Google account ann@example.com") */
void                pursuit_secret_store_store_async    (PursuitSecretStore   *self,
                                                         const char           *kind,
                                                         const char           *key,
                                                         const char           *label,
                                                         const char           *secret,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean            pursuit_secret_store_store_finish   (PursuitSecretStore   *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
/* Returns: the secret, or NULL with no error when there is none. */
void                pursuit_secret_store_lookup_async   (PursuitSecretStore   *self,
                                                         const char           *kind,
                                                         const char           *key,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
char               *pursuit_secret_store_lookup_finish  (PursuitSecretStore   *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);
/* Clearing what is not there succeeds. */
void                pursuit_secret_store_clear_async    (PursuitSecretStore   *self,
                                                         const char           *kind,
                                                         const char           *key,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
gboolean            pursuit_secret_store_clear_finish   (PursuitSecretStore   *self,
                                                         GAsyncResult         *result,
                                                         GError              **error);

G_END_DECLS
