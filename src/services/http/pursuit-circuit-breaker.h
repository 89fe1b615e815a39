/* pursuit-circuit-breaker.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-http.h"

G_BEGIN_DECLS

/* One service's breaker, for PursuitHttp. Times are monotonic microseconds
 * (g_get_monotonic_time ()), passed in so the rules are easy to test. */
typedef struct _PursuitCircuitBreaker PursuitCircuitBreaker;

PursuitCircuitBreaker *_pursuit_circuit_breaker_new       (void);
void                   _pursuit_circuit_breaker_free      (PursuitCircuitBreaker *self);
/* The state at @now; an open breaker whose time is over reads half-open. */
PursuitCircuitState    _pursuit_circuit_breaker_get_state (PursuitCircuitBreaker *self,
                                                           GTimeSpan              open_for,
                                                           gint64                 now);
/* Whether a request may go out now. TRUE in the half-open state makes the
 * caller the one probe: it must report back with exactly one of the three
 * calls below. */
gboolean               _pursuit_circuit_breaker_allow     (PursuitCircuitBreaker *self,
                                                           GTimeSpan              open_for,
                                                           gint64                 now,
                                                           gboolean              *is_probe);
void                   _pursuit_circuit_breaker_success   (PursuitCircuitBreaker *self);
void                   _pursuit_circuit_breaker_failure   (PursuitCircuitBreaker *self,
                                                           guint                  failures,
                                                           GTimeSpan              window,
                                                           gint64                 now);
/* The probe ended without telling anything (cancelled, refused by us). */
void                   _pursuit_circuit_breaker_release   (PursuitCircuitBreaker *self,
                                                           gboolean               is_probe);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitCircuitBreaker, _pursuit_circuit_breaker_free)

G_END_DECLS
