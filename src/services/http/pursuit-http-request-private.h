/* pursuit-http-request-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-http-request.h"

G_BEGIN_DECLS

/* For PursuitHttp only. */
const char *_pursuit_http_request_get_service_name (PursuitHttpRequest *self);
guint       _pursuit_http_request_get_timeout      (PursuitHttpRequest *self);
gboolean    _pursuit_http_request_get_expect_json  (PursuitHttpRequest *self);
gboolean    _pursuit_http_request_accepts_status   (PursuitHttpRequest *self,
                                                    guint               status);

G_END_DECLS
