/* fake-google-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fake-google.h"

G_BEGIN_DECLS

/* The parts of the fake (fake-google.c: server, routing, validation,
 * faults; fake-google-oauth.c; fake-google-calendar.c;
 * fake-google-gmail.c) meet here. */

/* One API request, validated against the discovery document before the
 * handler sees it. */
typedef struct
{
  const char  *method_id;   /* "calendar.events.patch" */
  const char  *http_method; /* "PATCH" */
  GHashTable  *path_params; /* "calendarId" -> "primary" (unescaped) */
  GHashTable  *query;       /* name -> value (the last one when repeated) */
  JsonNode    *body;        /* NULL when there is none */
  SoupServerMessage *message;
  gboolean     replied;
} FakeGoogleCall;

/* Marks the fake's own replay of a batch part (fake-google-batch.c). */
#define FAKE_GOOGLE_BATCH_PART_HEADER "X-Fake-Google-Batch-Part"

typedef void (*FakeGoogleHandler) (FakeGoogle     *self,
                                   FakeGoogleCall *call);

/* Routes the discovery method @method_id to @handler; methods with no
 * handler answer 501 (and are recorded as a violation: a client called
 * what the fake does not know). */
void         _fake_google_register           (FakeGoogle        *self,
                                              const char        *method_id,
                                              FakeGoogleHandler  handler);
/* Routes requests for the exact @path (the OAuth endpoints, which no
 * discovery document describes) to @handler as @method_id ("oauth.token"):
 * counted and faulted like the others, with neither validation nor bearer
 * check. */
void         _fake_google_register_path      (FakeGoogle        *self,
                                              const char        *path,
                                              const char        *method_id,
                                              FakeGoogleHandler  handler);
/* Sends @body (taking it) with @status, validating it against the method's
 * response schema first. ETag header from the body's "etag" when present. */
void         _fake_google_reply_json         (FakeGoogle        *self,
                                              FakeGoogleCall    *call,
                                              guint              status,
                                              JsonNode          *body);
/* Google's error envelope: {"error": {"code", "message", "status",
 * "errors": [{"domain", "reason", "message"}]}}. */
void         _fake_google_reply_error        (FakeGoogle        *self,
                                              FakeGoogleCall    *call,
                                              guint              status,
                                              const char        *reason,
                                              const char        *message);
void         _fake_google_reply_empty        (FakeGoogle        *self,
                                              FakeGoogleCall    *call,
                                              guint              status);
const char  *_fake_google_call_get_header    (FakeGoogleCall    *call,
                                              const char        *name);
/* Every value of a repeated query parameter, in order (empty, not NULL,
 * when there is none). */
GStrv        _fake_google_call_get_query_all (FakeGoogleCall    *call,
                                              const char        *name);
/* The bearer token was issued, not expired nor revoked (checked by the
 * router before any API handler runs; handlers need not). */
gboolean     _fake_google_access_token_valid (FakeGoogle        *self,
                                              const char        *token);
/* The space-separated scopes @token was granted, or NULL when it is not a
 * valid access token. */
const char  *_fake_google_access_token_scopes (FakeGoogle       *self,
                                              const char        *token);
void         _fake_google_record_violation   (FakeGoogle        *self,
                                              const char        *method_id,
                                              const char        *format,
                                              ...) G_GNUC_PRINTF (3, 4);
/* Monotonic counter for etags, history ids and sync tokens. */
guint64      _fake_google_next_serial        (FakeGoogle        *self);

/* Set up by fake_google_new (); each keeps its state on @self with
 * g_object_set_data_full. */
void         _fake_google_oauth_init         (FakeGoogle        *self,
                                              SoupServer        *server);
void         _fake_google_calendar_init      (FakeGoogle        *self);
void         _fake_google_gmail_init         (FakeGoogle        *self);
void         _fake_google_batch_init         (FakeGoogle        *self);

G_END_DECLS
