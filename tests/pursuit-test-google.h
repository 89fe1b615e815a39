/* pursuit-test-google.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fake-google.h"
#include "pursuit-google-auth.h"

G_BEGIN_DECLS

/* A fake Google on a free loopback port that knows the client
 * @client_id / @client_secret, its URL exported to the environment
 * (fake_google_export_environment()) so that the code under test goes
 * there; asserts that it started. */
FakeGoogle *pursuit_test_google_start (const char  *client_id,
                                       const char  *client_secret);
/* Asserts that everything the code under test sent was what Google
 * takes, then drops *@fake and the environment that pointed to it. */
void        pursuit_test_google_stop  (FakeGoogle **fake);

/* A refresh token from @fake for @client_id (granted the calendar and the
 * three Gmail scopes), got as a browser and the
 * loopback server would get it (consent, PKCE S256, code exchange) but
 * without PursuitGoogleAuth's sign-in, for tests of what comes after:
 * give it to pursuit_google_auth_set_refresh_token(). Spins the
 * thread-default main context; asserts that every step worked. */
char *pursuit_test_google_refresh_token (FakeGoogle *fake,
                                         const char *client_id,
                                         const char *client_secret);

/* A PursuitGoogleAuth for @client_id on @http holding a refresh token
 * from pursuit_test_google_refresh_token (): signed in to @fake. */
PursuitGoogleAuth *pursuit_test_google_sign_in (FakeGoogle  *fake,
                                                PursuitHttp *http,
                                                const char  *client_id,
                                                const char  *client_secret);

/* For fixtures of a client of Google: start puts a started fake Google
 * in *@fake, a new PursuitHttp in *@http and an auth signed in to the
 * fake in *@auth; stop drops the auth and the http, then stops the fake
 * as pursuit_test_google_stop () does. */
void pursuit_test_google_connect    (const char         *client_id,
                                     const char         *client_secret,
                                     FakeGoogle        **fake,
                                     PursuitHttp       **http,
                                     PursuitGoogleAuth **auth);
void pursuit_test_google_disconnect (FakeGoogle        **fake,
                                     PursuitHttp       **http,
                                     PursuitGoogleAuth **auth);

/* A PursuitOpenUriFunc-shaped callback for the interactive sign-in, with
 * the test as the browser: GETs @uri on @session (a SoupSession), the
 * fake approves at once and redirects to the loopback server, which soup
 * follows. Returns at once; the sign-in's own result says how it went. */
void  pursuit_test_google_open_in_browser (const char *uri,
                                           gpointer    session);

G_END_DECLS
