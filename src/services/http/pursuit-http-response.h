/* pursuit-http-response.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_HTTP_RESPONSE (pursuit_http_response_get_type ())

/* What a server answered: the status, the headers, the body, and the body
 * parsed as JSON when it was JSON. */
G_DECLARE_FINAL_TYPE (PursuitHttpResponse, pursuit_http_response, PURSUIT, HTTP_RESPONSE, GObject)

PursuitHttpResponse *pursuit_http_response_new          (guint                status,
                                                         SoupMessageHeaders  *headers,
                                                         GBytes              *body);
guint                pursuit_http_response_get_status   (PursuitHttpResponse *self);
/* Case-insensitive; NULL when absent. */
const char          *pursuit_http_response_get_header   (PursuitHttpResponse *self,
                                                         const char          *name);
/* The ETag header, NULL when absent. */
const char          *pursuit_http_response_get_etag     (PursuitHttpResponse *self);
GBytes              *pursuit_http_response_get_body     (PursuitHttpResponse *self);
/* NULL when the body is empty or was not parsed as JSON. */
JsonNode            *pursuit_http_response_get_json     (PursuitHttpResponse *self);
/* The JSON object, or NULL when the body is not a JSON object. */
JsonObject          *pursuit_http_response_get_object   (PursuitHttpResponse *self);
void                 pursuit_http_response_set_json     (PursuitHttpResponse *self,
                                                         JsonNode            *json);

G_END_DECLS
