/* pursuit-loopback-server.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/* How long a sign-in waits for the browser to come back. */
#define PURSUIT_LOOPBACK_TIMEOUT_SECONDS (10 * 60)

#define PURSUIT_TYPE_LOOPBACK_SERVER (pursuit_loopback_server_get_type ())

/* The one-shot redirect target of a Google sign-in: a SoupServer on
 * 127.0.0.1 with a random port, on the thread-default main context. It
 * takes exactly one request carrying "state" (any other request, such as
 * the browser's /favicon.ico, gets 404), holds the browser's connection
 * until the caller says how the sign-in ended, answers with a small page
 * and stops listening. Private to PursuitGoogleAuth and its tests. */
G_DECLARE_FINAL_TYPE (PursuitLoopbackServer, pursuit_loopback_server, PURSUIT, LOOPBACK_SERVER, GObject)

PursuitLoopbackServer *pursuit_loopback_server_new              (const char             *state,
                                                                 GError                **error);
/* "http://127.0.0.1:<port>/" */
const char            *pursuit_loopback_server_get_redirect_uri (PursuitLoopbackServer  *self);
/* Completes with the redirect's query (name -> value) once the request
 * with the right state came; a wrong state answers the browser at once
 * and fails with PURSUIT_GOOGLE_AUTH_ERROR_BAD_REDIRECT; nobody in
 * @timeout_seconds: PURSUIT_GOOGLE_AUTH_ERROR_TIMED_OUT. */
void                   pursuit_loopback_server_wait_async       (PursuitLoopbackServer  *self,
                                                                 guint                   timeout_seconds,
                                                                 GCancellable           *cancellable,
                                                                 GAsyncReadyCallback     callback,
                                                                 gpointer                user_data);
GHashTable            *pursuit_loopback_server_wait_finish      (PursuitLoopbackServer  *self,
                                                                 GAsyncResult           *result,
                                                                 GError                **error);
/* Answers the waiting browser: "connected" when @error is NULL, else the
 * failure in plain words (escaped), then stops the server. Does nothing
 * when the browser was answered already. */
void                   pursuit_loopback_server_respond          (PursuitLoopbackServer  *self,
                                                                 const GError           *error);

G_END_DECLS
