/* pursuit-google-auth-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-google-auth.h"
#include "pursuit-google-endpoints.h"

G_BEGIN_DECLS

/* The breaker's label and the name in messages. */
#define PURSUIT_GOOGLE_SERVICE_LABEL "google"
#define PURSUIT_GOOGLE_SERVICE_NAME "Google"

/* What the token endpoint answered. */
typedef struct
{
  char *access_token;
  char *refresh_token;
  char *scope;
  gint64 expires_in;
} PursuitGoogleTokenReply;

/* Token endpoint (pursuit-google-auth-token.c) */

/* Tokens do not linger in freed memory. */
void                _pursuit_google_auth_forget_secret        (char                    **secret);
void                _pursuit_google_token_reply_clear         (PursuitGoogleTokenReply  *reply);
/* @code when it looks like an OAuth error code, else "unknown". */
const char         *_pursuit_google_auth_safe_error_code      (const char               *code);
/* A request to a Google endpoint, labelled for the breaker and errors. */
PursuitHttpRequest *_pursuit_google_auth_new_request          (const char               *method,
                                                               PursuitGoogleEndpoint     endpoint);
/* A POST to the token endpoint, with the OAuth error statuses accepted
 * for _pursuit_google_auth_parse_token_response() to read. */
PursuitHttpRequest *_pursuit_google_auth_new_token_request    (void);
gboolean            _pursuit_google_auth_parse_token_response (PursuitHttpResponse      *response,
                                                               PursuitGoogleTokenReply  *reply,
                                                               GError                  **error);

/* The object's side (pursuit-google-auth.c) */

char               *_pursuit_google_auth_bearer               (const char               *token);
PursuitHttp        *_pursuit_google_auth_get_http             (PursuitGoogleAuth        *self);
/* "" when there is none. */
const char         *_pursuit_google_auth_get_client_secret    (PursuitGoogleAuth        *self);
/* Keeps the signed-in account's tokens, taking the access token. */
void                _pursuit_google_auth_signed_in            (PursuitGoogleAuth        *self,
                                                               PursuitGoogleTokenReply  *tokens);

G_END_DECLS
