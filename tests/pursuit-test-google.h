/* pursuit-test-google.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fake-google.h"

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

/* A refresh token from @fake for @client_id, got as a browser and the
 * loopback server would get it (consent, PKCE S256, code exchange) but
 * without PursuitGoogleAuth's sign-in, for tests of what comes after:
 * give it to pursuit_google_auth_set_refresh_token(). Spins the
 * thread-default main context; asserts that every step worked. */
char *pursuit_test_google_refresh_token (FakeGoogle *fake,
                                         const char *client_id,
                                         const char *client_secret);

G_END_DECLS
