/* pursuit-test-bus.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "pursuit-test-bus.h"

guint test_wait_seconds = 10;

/* Lets timers and queued D-Bus traffic run for a while, for the cases
 * where the test checks that something does NOT happen. */
void
spin_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

/* A session bus of the test's own, so that names owned by one test and
 * what it exports are gone before the next one. */
GTestDBus *
private_bus_up (void)
{
  GTestDBus *bus = g_test_dbus_new (G_TEST_DBUS_NONE);

  g_test_dbus_up (bus);

  return bus;
}

void
private_bus_down (GTestDBus *bus)
{
  g_test_dbus_down (bus);
  g_object_unref (bus);
}

/* A second connection to the session bus (the test's GTestDBus), so that
 * a fake service or a host is a peer of its own, as on a desktop. */
GDBusConnection *
new_bus_connection (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, &error);
  GDBusConnection *connection;

  g_assert_no_error (error);
  connection = g_dbus_connection_new_for_address_sync (address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                                       | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);

  return connection;
}

static void
on_name_acquired_cb (GDBusConnection *connection,
                     const char      *name,
                     gpointer         user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Owns @name on @connection and returns once the bus gave it, so that
 * the code under test finds the service from its first call. The flag
 * lives as long as the ownership: the bus may call back after this
 * returns. */
guint
own_name_and_wait (GDBusConnection *connection,
                   const char      *name)
{
  gboolean *owned = g_new0 (gboolean, 1);
  guint own_id;

  own_id = g_bus_own_name_on_connection (connection, name, G_BUS_NAME_OWNER_FLAGS_NONE,
                                         on_name_acquired_cb, NULL, owned, g_free);
  spin_until (*owned);

  return own_id;
}

typedef struct
{
  GVariant *reply;
  GError   *error;
  gboolean  done;
} CallResult;

static void
call_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  CallResult *call = user_data;

  call->reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &call->error);
  call->done = TRUE;
}

/* Calls a peer on the private bus. The peer is often the code under test
 * on this very main context, so the call must not block it. Without
 * @error, a failed call fails the test. */
GVariant *
bus_call (GDBusConnection     *connection,
          const char          *bus_name,
          const char          *path,
          const char          *interface,
          const char          *method,
          GVariant            *parameters,
          const GVariantType  *reply_type,
          GError             **error)
{
  CallResult call = { NULL, NULL, FALSE };

  g_dbus_connection_call (connection, bus_name, path, interface, method, parameters, reply_type,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, call_cb, &call);
  spin_until (call.done);

  if (error == NULL)
    g_assert_no_error (call.error);
  else if (call.error != NULL)
    g_propagate_error (error, call.error);

  return call.reply;
}

/* The application's real schema (from the build dir) over a memory
 * backend: nothing a test sets outlives it. */
GSettings *
new_memory_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  g_assert_nonnull (schema);

  return g_settings_new_full (schema, backend, NULL);
}

/* An action's activate callback that records "name" or "name 42" (an
 * int64 parameter) in @activations, a GPtrArray of strings: the fake
 * application's side of a tray or notification click. */
void
record_activation (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       activations)
{
  const char *name = g_action_get_name (G_ACTION (action));

  if (parameter != NULL && g_variant_is_of_type (parameter, G_VARIANT_TYPE_INT64))
    g_ptr_array_add (activations, g_strdup_printf ("%s %" G_GINT64_FORMAT, name, g_variant_get_int64 (parameter)));
  else
    g_ptr_array_add (activations, g_strdup (name));
}
