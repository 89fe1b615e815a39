/* pursuit-http-errors-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-http.h"

G_BEGIN_DECLS

/* The message and reason of Google's {"error": {"message", "errors":
 * [{"reason"}]}} or OAuth's {"error", "error_description"}; NULL each
 * when absent. */
void    _pursuit_http_read_error_envelope        (JsonNode    *json,
                                                  char       **message,
                                                  char       **reason);
/* The PURSUIT_HTTP_ERROR for @status from the service called @name,
 * quoting the server's @message (or @reason) cleaned for people. */
GError *_pursuit_http_new_status_error           (const char  *name,
                                                  guint        status,
                                                  const char  *message,
                                                  const char  *reason,
                                                  gboolean     rate_limited);
GError *_pursuit_http_new_invalid_response_error (const char  *name,
                                                  const char  *why);
/* TIMEOUT after @timeout seconds when @timed_out, else OFFLINE. */
GError *_pursuit_http_new_transport_error        (const char  *name,
                                                  gboolean     timed_out,
                                                  guint        timeout);

G_END_DECLS
