/* pursuit-http.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "pursuit-http-request.h"
#include "pursuit-http-response.h"

G_BEGIN_DECLS

/**
 * PursuitHttpError:
 * @PURSUIT_HTTP_ERROR_OFFLINE: the server could not be reached (no route,
 *   refused, name not resolved, connection dropped), after the retries
 * @PURSUIT_HTTP_ERROR_TIMEOUT: no answer within the request's timeout
 * @PURSUIT_HTTP_ERROR_TLS: the certificate did not verify
 * @PURSUIT_HTTP_ERROR_UNAUTHORIZED: 401, still after the authorizer was asked
 *   once more (a refreshed token, the same password)
 * @PURSUIT_HTTP_ERROR_FORBIDDEN: 403 that is not a rate limit
 * @PURSUIT_HTTP_ERROR_NOT_FOUND: 404
 * @PURSUIT_HTTP_ERROR_CONFLICT: 409 (Google's "duplicate" id)
 * @PURSUIT_HTTP_ERROR_GONE: 410 (Google's "fullSyncRequired")
 * @PURSUIT_HTTP_ERROR_PRECONDITION_FAILED: 412 (If-Match / If-None-Match)
 * @PURSUIT_HTTP_ERROR_RATE_LIMITED: 429, or 403 with reason
 *   rateLimitExceeded / userRateLimitExceeded, after the retries
 * @PURSUIT_HTTP_ERROR_SERVER: 500, 502, 503, 504 after the retries, or any
 *   other 5xx
 * @PURSUIT_HTTP_ERROR_BAD_REQUEST: 400 and every other 4xx not named here
 * @PURSUIT_HTTP_ERROR_INVALID_RESPONSE: the body is not what was asked for:
 *   invalid or truncated JSON, a JSON value of the wrong type, too large
 * @PURSUIT_HTTP_ERROR_CIRCUIT_OPEN: the service failed too often lately; no
 *   request was sent
 *
 * Every message is a full sentence for the UI ("Google answered that the
 * request was not allowed (403): Daily Limit Exceeded."), names the service
 * (the request's service label) and never contains a token, a code, a
 * password or a query string.
 */
typedef enum
{
  PURSUIT_HTTP_ERROR_OFFLINE,
  PURSUIT_HTTP_ERROR_TIMEOUT,
  PURSUIT_HTTP_ERROR_TLS,
  PURSUIT_HTTP_ERROR_UNAUTHORIZED,
  PURSUIT_HTTP_ERROR_FORBIDDEN,
  PURSUIT_HTTP_ERROR_NOT_FOUND,
  PURSUIT_HTTP_ERROR_CONFLICT,
  PURSUIT_HTTP_ERROR_GONE,
  PURSUIT_HTTP_ERROR_PRECONDITION_FAILED,
  PURSUIT_HTTP_ERROR_RATE_LIMITED,
  PURSUIT_HTTP_ERROR_SERVER,
  PURSUIT_HTTP_ERROR_BAD_REQUEST,
  PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
  PURSUIT_HTTP_ERROR_CIRCUIT_OPEN,
} PursuitHttpError;

#define PURSUIT_HTTP_ERROR (pursuit_http_error_quark ())
GQuark pursuit_http_error_quark (void);

/* Whether waiting and trying again later may help (offline, timeout, rate
 * limited, server, circuit open): the outbox retries these and keeps the
 * others as failed. */
gboolean pursuit_http_error_is_transient (const GError *error);

typedef enum
{
  PURSUIT_CIRCUIT_CLOSED,
  PURSUIT_CIRCUIT_OPEN,
  PURSUIT_CIRCUIT_HALF_OPEN,
} PursuitCircuitState;

/* Defaults of the policy (DESIGN.md, Network). */
#define PURSUIT_HTTP_DEFAULT_MAX_RETRIES      5
#define PURSUIT_HTTP_DEFAULT_BASE_DELAY_MS    1000
#define PURSUIT_HTTP_DEFAULT_MAX_DELAY_MS     32000
#define PURSUIT_HTTP_DEFAULT_TIMEOUT_SECONDS  30
#define PURSUIT_HTTP_BREAKER_FAILURES         5
#define PURSUIT_HTTP_BREAKER_WINDOW           (60 * G_TIME_SPAN_SECOND)
#define PURSUIT_HTTP_BREAKER_OPEN_FOR         (5 * G_TIME_SPAN_MINUTE)
/* The largest body read into memory (16 MiB). */
#define PURSUIT_HTTP_MAX_BODY_SIZE            ((gsize) 16 * 1024 * 1024)

#define PURSUIT_TYPE_HTTP (pursuit_http_get_type ())

/* The one HTTP client of every service: async, cancellable, retries with
 * exponential backoff and jitter (429, 500, 502, 503, 504 and transport
 * failures; Retry-After in seconds or as an HTTP date is honoured, and a
 * Retry-After longer than the largest delay ends the request with
 * RATE_LIMITED at once), one circuit breaker per service label, TLS
 * verification always on (no way to turn it off), logs through g_debug with
 * pursuit_http_redact_uri(). */
G_DECLARE_FINAL_TYPE (PursuitHttp, pursuit_http, PURSUIT, HTTP, GObject)

PursuitHttp         *pursuit_http_new                 (void);

/* Tests and benchmarks: smaller delays; a max_retries of 0 never retries. */
void                 pursuit_http_set_retry_policy    (PursuitHttp          *self,
                                                       guint                 max_retries,
                                                       guint                 base_delay_ms,
                                                       guint                 max_delay_ms);
void                 pursuit_http_set_breaker_policy  (PursuitHttp          *self,
                                                       guint                 failures,
                                                       GTimeSpan             window,
                                                       GTimeSpan             open_for);

/* Sends @request (retrying as above, asking the request's authorizer for
 * its Authorization header first and once more after a 401). Completes
 * with a response for every 2xx status and for the statuses the request
 * accepts (pursuit_http_request_accept_status()); every other outcome is a
 * PURSUIT_HTTP_ERROR or G_IO_ERROR_CANCELLED. */
void                 pursuit_http_send_async          (PursuitHttp          *self,
                                                       PursuitHttpRequest   *request,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
PursuitHttpResponse *pursuit_http_send_finish         (PursuitHttp          *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

PursuitCircuitState  pursuit_http_get_circuit_state   (PursuitHttp          *self,
                                                       const char           *service);
/* Requests sent on the wire (each retry counts), for `pursuit-cli sync`
 * and the benchmarks. */
guint64              pursuit_http_get_request_count   (PursuitHttp          *self);

/* "https://host/path?code=[redacted]&state=[redacted]": every query value
 * and any user info removed; for logs. */
char                *pursuit_http_redact_uri          (const char           *uri);

G_END_DECLS
