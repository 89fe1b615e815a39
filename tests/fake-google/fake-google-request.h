/* fake-google-request.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "fake-google-private.h"

G_BEGIN_DECLS

/* Inside the fake's core (fake-google.c: the pipeline; -routes.c: the
 * discovery documents and routing; -reply.c: answers). */

typedef struct
{
  char              *method_id;
  char              *http_method;  /* NULL for exact paths: any */
  char              *path;         /* exact path, or NULL */
  char             **segments;     /* template, split on '/' */
  guint              n_literals;
  gboolean           upload;       /* a media upload path: the body is not JSON */
  JsonObject        *method;       /* borrowed from the document */
  JsonObject        *schemas;
  JsonObject        *global_params;
  FakeGoogleHandler  handler;
} Route;

/* One request on its way through the fake; the public part first. */
typedef struct
{
  FakeGoogleCall  call;
  FakeGoogle     *self;
  Route          *route;
  GPtrArray      *query_pairs;   /* name, value, name, value... */
  gboolean        has_post_fault;
  FakeGoogleFaultKind post_fault;
  guint           latency_id;
} Request;

/* Loads the discovery document @name (once a process) and adds a route
 * per method to @routes. */
JsonNode  *_fake_google_routes_load (GPtrArray   *routes,
                                     const char  *name,
                                     GError     **error);
/* The route for @http_method on @path, or NULL (@wrong_method set when
 * only the HTTP method did not fit); @path_params unescaped. */
Route     *_fake_google_routes_find (GPtrArray   *routes,
                                     const char  *http_method,
                                     const char  *path,
                                     GHashTable **path_params,
                                     gboolean    *wrong_method);
void       _fake_google_route_free  (Route       *route);
/* name, value, name, value..., unescaped, in order */
GPtrArray *_fake_google_parse_query (const char  *query);

G_END_DECLS
