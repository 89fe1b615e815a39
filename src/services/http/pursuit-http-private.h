/* pursuit-http-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-http.h"

G_BEGIN_DECLS

/* Tests: a smaller cap than PURSUIT_HTTP_MAX_BODY_SIZE. */
void         _pursuit_http_set_max_body_size (PursuitHttp *self,
                                              gsize        max_body_size);
/* Tests and benchmarks: the session underneath. */
SoupSession *_pursuit_http_get_session       (PursuitHttp *self);

G_END_DECLS
