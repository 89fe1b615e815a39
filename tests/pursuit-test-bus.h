/* pursuit-test-bus.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How long spin_until (and the calls below) wait before they fail the
 * test: 10 seconds; a test that starts a whole process may set more. */
extern guint test_wait_seconds;

/* Runs the default main context until @condition holds: the other end of
 * a private bus answers on this same context, so waiting must not block
 * it. */
#define spin_until(condition)                                                          \
  G_STMT_START {                                                                       \
    gint64 deadline_ = g_get_monotonic_time () + test_wait_seconds * G_USEC_PER_SEC;   \
    while (!(condition))                                                               \
      {                                                                                \
        if (g_get_monotonic_time () > deadline_)                                       \
          g_error ("Timed out waiting for %s", #condition);                            \
        if (!g_main_context_iteration (NULL, FALSE))                                   \
          g_usleep (1000);                                                             \
      }                                                                                \
  } G_STMT_END

void             spin_for             (guint                milliseconds);
GTestDBus       *private_bus_up       (void);
void             private_bus_down     (GTestDBus           *bus);
GDBusConnection *new_bus_connection   (void);
guint            own_name_and_wait    (GDBusConnection     *connection,
                                       const char          *name);
GVariant        *bus_call             (GDBusConnection     *connection,
                                       const char          *bus_name,
                                       const char          *path,
                                       const char          *interface,
                                       const char          *method,
                                       GVariant            *parameters,
                                       const GVariantType  *reply_type,
                                       GError             **error);
GSettings       *new_memory_settings  (void);
void             record_activation    (GSimpleAction       *action,
                                       GVariant            *parameter,
                                       gpointer             activations);

G_END_DECLS
