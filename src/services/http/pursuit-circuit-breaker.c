/* pursuit-circuit-breaker.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-http"

#include "pursuit-circuit-breaker.h"

struct _PursuitCircuitBreaker
{
  /* Times of the failures within the window, oldest first. */
  GQueue              failures;
  PursuitCircuitState state;
  gint64              opened_at;
  gboolean            probe_out;
};

PursuitCircuitBreaker *
_pursuit_circuit_breaker_new (void)
{
  PursuitCircuitBreaker *self = g_new0 (PursuitCircuitBreaker, 1);

  g_queue_init (&self->failures);
  self->state = PURSUIT_CIRCUIT_CLOSED;

  return self;
}

void
_pursuit_circuit_breaker_free (PursuitCircuitBreaker *self)
{
  if (self == NULL)
    return;

  g_queue_clear_full (&self->failures, g_free);
  g_free (self);
}

static void
forget_failures (PursuitCircuitBreaker *self)
{
  g_queue_clear_full (&self->failures, g_free);
  g_queue_init (&self->failures);
}

static void
open_circuit (PursuitCircuitBreaker *self,
              gint64                 now)
{
  self->state = PURSUIT_CIRCUIT_OPEN;
  self->opened_at = now;
  self->probe_out = FALSE;
  forget_failures (self);
}

PursuitCircuitState
_pursuit_circuit_breaker_get_state (PursuitCircuitBreaker *self,
                                    GTimeSpan              open_for,
                                    gint64                 now)
{
  g_assert (self != NULL);

  if (self->state == PURSUIT_CIRCUIT_OPEN && now - self->opened_at >= open_for)
    self->state = PURSUIT_CIRCUIT_HALF_OPEN;

  return self->state;
}

gboolean
_pursuit_circuit_breaker_allow (PursuitCircuitBreaker *self,
                                GTimeSpan              open_for,
                                gint64                 now,
                                gboolean              *is_probe)
{
  g_assert (self != NULL);
  g_assert (is_probe != NULL);

  *is_probe = FALSE;

  switch (_pursuit_circuit_breaker_get_state (self, open_for, now))
    {
    case PURSUIT_CIRCUIT_CLOSED:
      return TRUE;

    case PURSUIT_CIRCUIT_OPEN:
      return FALSE;

    case PURSUIT_CIRCUIT_HALF_OPEN:
      if (self->probe_out)
        return FALSE;
      self->probe_out = TRUE;
      *is_probe = TRUE;
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

void
_pursuit_circuit_breaker_success (PursuitCircuitBreaker *self)
{
  g_assert (self != NULL);

  self->state = PURSUIT_CIRCUIT_CLOSED;
  self->probe_out = FALSE;
  forget_failures (self);
}

void
_pursuit_circuit_breaker_failure (PursuitCircuitBreaker *self,
                                  guint                  failures,
                                  GTimeSpan              window,
                                  gint64                 now)
{
  gint64 *stamp;

  g_assert (self != NULL);

  switch (self->state)
    {
    case PURSUIT_CIRCUIT_HALF_OPEN:
      open_circuit (self, now);
      return;

    case PURSUIT_CIRCUIT_OPEN:
      /* A request sent before the circuit opened came back: the clock of
       * the open state keeps running as it is. */
      return;

    case PURSUIT_CIRCUIT_CLOSED:
      break;

    default:
      g_assert_not_reached ();
    }

  while (!g_queue_is_empty (&self->failures) &&
         now - *(gint64 *)g_queue_peek_head (&self->failures) > window)
    g_free (g_queue_pop_head (&self->failures));

  stamp = g_new (gint64, 1);
  *stamp = now;
  g_queue_push_tail (&self->failures, stamp);

  if (g_queue_get_length (&self->failures) >= MAX (failures, 1))
    open_circuit (self, now);
}

void
_pursuit_circuit_breaker_release (PursuitCircuitBreaker *self,
                                  gboolean               is_probe)
{
  g_assert (self != NULL);

  if (is_probe && self->state == PURSUIT_CIRCUIT_HALF_OPEN)
    self->probe_out = FALSE;
}
