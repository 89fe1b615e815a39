/* pursuit-http-request.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "pursuit-authorizer.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_HTTP_REQUEST (pursuit_http_request_get_type ())

/* One request for PursuitHttp: what to send, to which service (the circuit
 * breaker's key and the name used in error messages), how. A request may be
 * sent again (retries rebuild the SoupMessage from it). */
G_DECLARE_FINAL_TYPE (PursuitHttpRequest, pursuit_http_request, PURSUIT, HTTP_REQUEST, GObject)

/* @service: "google", "caldav:<account id>", ...; shown to the user as
 * pursuit_http_request_set_service_name() says (defaults to @service). */
PursuitHttpRequest *pursuit_http_request_new              (const char         *service,
                                                           const char         *method,
                                                           const char         *uri);
void                pursuit_http_request_set_service_name (PursuitHttpRequest *self,
                                                           const char         *name);
const char         *pursuit_http_request_get_service      (PursuitHttpRequest *self);
const char         *pursuit_http_request_get_method       (PursuitHttpRequest *self);
const char         *pursuit_http_request_get_uri          (PursuitHttpRequest *self);

/* Adds a query parameter, escaped (repeat for repeated parameters). */
void                pursuit_http_request_add_query        (PursuitHttpRequest *self,
                                                           const char         *name,
                                                           const char         *value);
void                pursuit_http_request_set_header       (PursuitHttpRequest *self,
                                                           const char         *name,
                                                           const char         *value);
/* Bodies: JSON (application/json; charset=utf-8), a form
 * (application/x-www-form-urlencoded, from name/value pairs), or any bytes
 * with their content type (XML, text/calendar). */
void                pursuit_http_request_set_json_body    (PursuitHttpRequest *self,
                                                           JsonNode           *body);
void                pursuit_http_request_set_form_body    (PursuitHttpRequest *self,
                                                           const char         *first_name,
                                                           ...) G_GNUC_NULL_TERMINATED;
void                pursuit_http_request_set_body         (PursuitHttpRequest *self,
                                                           const char         *content_type,
                                                           GBytes             *body);
void                pursuit_http_request_set_authorizer   (PursuitHttpRequest *self,
                                                           PursuitAuthorizer  *authorizer);
PursuitAuthorizer  *pursuit_http_request_get_authorizer   (PursuitHttpRequest *self);
/* A non-2xx status that is an answer, not an error (304, 207 is 2xx). */
void                pursuit_http_request_accept_status    (PursuitHttpRequest *self,
                                                           guint               status);
/* Seconds; default PURSUIT_HTTP_DEFAULT_TIMEOUT_SECONDS. */
void                pursuit_http_request_set_timeout      (PursuitHttpRequest *self,
                                                           guint               seconds);
/* Whether the response body must be JSON (an object or an array) when the
 * body is not empty; default TRUE. CalDAV turns it off. */
void                pursuit_http_request_set_expect_json  (PursuitHttpRequest *self,
                                                           gboolean            expect_json);

/* For PursuitHttp: a fresh SoupMessage for one attempt. */
SoupMessage        *pursuit_http_request_build_message    (PursuitHttpRequest *self,
                                                           const char         *authorization);

G_END_DECLS
