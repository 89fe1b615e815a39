/* pursuit-google-auth.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-authorizer.h"
#include "pursuit-http.h"

G_BEGIN_DECLS

/**
 * PursuitGoogleAuthError:
 * @PURSUIT_GOOGLE_AUTH_ERROR_DENIED: the user said no in the browser
 *   (error=access_denied), or granted fewer scopes than asked
 * @PURSUIT_GOOGLE_AUTH_ERROR_BAD_REDIRECT: the redirect had a wrong or
 *   missing state, no code, or another error from the server
 * @PURSUIT_GOOGLE_AUTH_ERROR_INVALID_GRANT: the refresh token (or the code)
 *   is no longer valid: the user must sign in again
 * @PURSUIT_GOOGLE_AUTH_ERROR_INVALID_CLIENT: the client id or secret is wrong
 * @PURSUIT_GOOGLE_AUTH_ERROR_NO_CLIENT: no OAuth client id is configured
 * @PURSUIT_GOOGLE_AUTH_ERROR_NOT_SIGNED_IN: no refresh token to authorize with
 * @PURSUIT_GOOGLE_AUTH_ERROR_TIMED_OUT: nobody came back from the browser in
 *   time (10 minutes)
 */
typedef enum
{
  PURSUIT_GOOGLE_AUTH_ERROR_DENIED,
  PURSUIT_GOOGLE_AUTH_ERROR_BAD_REDIRECT,
  PURSUIT_GOOGLE_AUTH_ERROR_INVALID_GRANT,
  PURSUIT_GOOGLE_AUTH_ERROR_INVALID_CLIENT,
  PURSUIT_GOOGLE_AUTH_ERROR_NO_CLIENT,
  PURSUIT_GOOGLE_AUTH_ERROR_NOT_SIGNED_IN,
  PURSUIT_GOOGLE_AUTH_ERROR_TIMED_OUT,
} PursuitGoogleAuthError;

#define PURSUIT_GOOGLE_AUTH_ERROR (pursuit_google_auth_error_quark ())
GQuark pursuit_google_auth_error_quark (void);

/* Opens @uri in a browser (gtk_show_uri in the app; printing it in
 * `pursuit-cli accounts add-google --no-browser`). */
typedef void (*PursuitOpenUriFunc) (const char *uri,
                                    gpointer    user_data);

#define PURSUIT_TYPE_GOOGLE_AUTH (pursuit_google_auth_get_type ())

/* OAuth 2.0 for installed apps against Google, for one account: PKCE S256
 * (verifier from getrandom), a random state checked on return, a one-shot
 * loopback SoupServer on 127.0.0.1 with a random port, the code exchanged
 * for tokens, the access token kept in memory only and refreshed five
 * minutes before expiry and after a 401 (PursuitAuthorizer), revocation.
 * Nothing here stores secrets: the caller keeps the refresh token in the
 * PursuitSecretStore. */
G_DECLARE_FINAL_TYPE (PursuitGoogleAuth, pursuit_google_auth, PURSUIT, GOOGLE_AUTH, GObject)

PursuitGoogleAuth *pursuit_google_auth_new                 (PursuitHttp         *http,
                                                            const char          *client_id,
                                                            const char          *client_secret);
const char        *pursuit_google_auth_get_client_id       (PursuitGoogleAuth   *self);
/* An account already signed in; emits nothing. */
void               pursuit_google_auth_set_refresh_token   (PursuitGoogleAuth   *self,
                                                            const char          *refresh_token);
gboolean           pursuit_google_auth_has_refresh_token   (PursuitGoogleAuth   *self);

/* The interactive sign-in: starts the loopback server, calls @open_uri with
 * the authorization URL, waits for exactly one redirect (any other request
 * to the server gets 404), answers the browser with a small page ("You can
 * close this tab"), exchanges the code and asks userinfo for the address. */
void               pursuit_google_auth_sign_in_async       (PursuitGoogleAuth   *self,
                                                            const char * const  *scopes,
                                                            PursuitOpenUriFunc   open_uri,
                                                            gpointer             open_uri_data,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gboolean           pursuit_google_auth_sign_in_finish      (PursuitGoogleAuth   *self,
                                                            GAsyncResult        *result,
                                                            char               **out_email,
                                                            char               **out_refresh_token,
                                                            char               **out_granted_scopes,
                                                            GError             **error);
/* Revokes the refresh token (or the access token when there is none) and
 * forgets both. */
void               pursuit_google_auth_revoke_async        (PursuitGoogleAuth   *self,
                                                            GCancellable        *cancellable,
                                                            GAsyncReadyCallback  callback,
                                                            gpointer             user_data);
gboolean           pursuit_google_auth_revoke_finish       (PursuitGoogleAuth   *self,
                                                            GAsyncResult        *result,
                                                            GError             **error);

/* For tests: the PKCE S256 challenge of @verifier. */
char              *pursuit_google_auth_compute_challenge   (const char          *verifier);

G_END_DECLS
