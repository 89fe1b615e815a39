/* pursuit-google-batch.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-http.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_GOOGLE_BATCH (pursuit_google_batch_get_type ())

/* One Google batch request (google-apis.md §2.5): up to
 * PURSUIT_GOOGLE_BATCH_MAX calls of one API in a multipart/mixed body
 * (CRLF, a random boundary, each part application/http with Content-ID
 * "<item-N>" and a request line with the path only), and the parse of the
 * multipart/mixed answer (its own boundary, read from Content-Type) into
 * one PursuitHttpResponse per call, matched by Content-ID
 * ("<response-item-N>"), not by order. */
G_DECLARE_FINAL_TYPE (PursuitGoogleBatch, pursuit_google_batch, PURSUIT, GOOGLE_BATCH, GObject)

#define PURSUIT_GOOGLE_BATCH_MAX 100

/* @batch_url: pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_GMAIL_BATCH). */
PursuitGoogleBatch  *pursuit_google_batch_new          (const char          *batch_url);
/* Adds "GET /gmail/v1/users/me/messages/ID?format=full" (@path_and_query
 * starts with "/"). Returns the call's index. */
guint                pursuit_google_batch_add          (PursuitGoogleBatch  *self,
                                                        const char          *method,
                                                        const char          *path_and_query);
guint                pursuit_google_batch_get_n_calls  (PursuitGoogleBatch  *self);
/* The POST of the whole batch, for pursuit_http_send_async(). */
PursuitHttpRequest  *pursuit_google_batch_build_request (PursuitGoogleBatch *self,
                                                        const char          *service,
                                                        PursuitAuthorizer   *authorizer);
/* Reads the answer: a GPtrArray (of PursuitHttpResponse, one per call in
 * the order they were added; a call the answer lacks is NULL) or
 * PURSUIT_HTTP_ERROR_INVALID_RESPONSE when it is not a multipart answer,
 * a part is not an HTTP response, or a Content-ID is unknown. */
GPtrArray           *pursuit_google_batch_parse_response (PursuitGoogleBatch *self,
                                                        PursuitHttpResponse *response,
                                                        GError             **error);

G_END_DECLS
