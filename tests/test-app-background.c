/* test-app-background.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pursuit-test-bus.h"

/* The real `pursuit --background` (PURSUIT_BIN) on a private session
 * bus, as the login autostart runs it: no window, its tray registered
 * with a fake StatusNotifierWatcher, the tray's "Open Pursuit" opening
 * the window, a second `pursuit --background` changing nothing, and a
 * clean exit on SIGTERM. Needs a display (GTK starts in startup). */

#define APP_PATH "/io/github/pursuit/Pursuit"

static const char watcher_xml[] =
  "<node>"
  "  <interface name='org.kde.StatusNotifierWatcher'>"
  "    <method name='RegisterStatusNotifierItem'>"
  "      <arg name='service' type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct
{
  GDBusConnection *connection;
  char            *item_sender;
  char            *item_path;
} Watcher;

static void
watcher_method_call (GDBusConnection       *connection,
                     const char            *sender,
                     const char            *object_path,
                     const char            *interface_name,
                     const char            *method_name,
                     GVariant              *parameters,
                     GDBusMethodInvocation *invocation,
                     gpointer               user_data)
{
  Watcher *watcher = user_data;

  g_free (watcher->item_sender);
  g_free (watcher->item_path);
  watcher->item_sender = g_strdup (sender);
  g_variant_get (parameters, "(s)", &watcher->item_path);
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable watcher_vtable = { watcher_method_call, NULL, NULL, { 0 } };

/* Whether the application exported a window: GtkApplication puts each of
 * its windows at <app path>/window/<n>. */
static gboolean
has_window (GDBusConnection *connection)
{
  g_autoptr(GVariant) reply = bus_call (connection, "io.github.pursuit.Pursuit", APP_PATH,
                                        "org.freedesktop.DBus.Introspectable", "Introspect", NULL,
                                        G_VARIANT_TYPE ("(s)"), NULL);
  g_autoptr(GDBusNodeInfo) info = NULL;
  const char *xml;

  g_variant_get (reply, "(&s)", &xml);
  info = g_dbus_node_info_new_for_xml (xml, NULL);
  g_assert_nonnull (info);

  for (guint i = 0; info->nodes != NULL && info->nodes[i] != NULL; i++)
    if (g_strcmp0 (info->nodes[i]->path, "window") == 0)
      return TRUE;

  return FALSE;
}

static gboolean
name_has_owner (GDBusConnection *connection,
                const char      *name)
{
  g_autoptr(GVariant) reply = bus_call (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                        "org.freedesktop.DBus", "NameHasOwner", g_variant_new ("(s)", name),
                                        G_VARIANT_TYPE ("(b)"), NULL);
  gboolean owned;

  g_variant_get (reply, "(b)", &owned);

  return owned;
}

/* GTestDBus unsets DISPLAY (against dbus-launch); the app needs it. */
static char *saved_display;
static char *saved_wayland_display;

static GSubprocess *
spawn_pursuit (const char *data_dir)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  if (saved_display != NULL)
    g_subprocess_launcher_setenv (launcher, "DISPLAY", saved_display, TRUE);
  if (saved_wayland_display != NULL)
    g_subprocess_launcher_setenv (launcher, "WAYLAND_DISPLAY", saved_wayland_display, TRUE);

  /* In sanitizer builds, as in the e2e test: GTK's icon theme keeps
   * memory LeakSanitizer reports; our code's leaks are the unit tests'. */
  if (g_getenv ("ASAN_OPTIONS") != NULL)
    {
      g_autofree char *options = g_strconcat (g_getenv ("ASAN_OPTIONS"), ":detect_leaks=0", NULL);

      g_subprocess_launcher_setenv (launcher, "ASAN_OPTIONS", options, TRUE);
    }

  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("PURSUIT_BIN"),
                                         "--background", "--data-dir", data_dir, NULL);
  g_assert_no_error (error);

  return process;
}

static void
wait_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *(gboolean *) user_data = TRUE;
}

static void
wait_for_exit (GSubprocess *process)
{
  gboolean done = FALSE;

  g_subprocess_wait_async (process, NULL, wait_cb, &done);
  spin_until (done);
}

static void
test_app_background (void)
{
  g_autoptr(GTestDBus) bus = NULL;
  g_autoptr(GDBusNodeInfo) info = NULL;
  g_autoptr(GSubprocess) pursuit = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  Watcher watcher = { NULL, NULL, NULL };
  guint registration_id, own_id;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("No display");
      return;
    }
  if (g_getenv ("PURSUIT_BIN") == NULL)
    {
      g_test_skip ("PURSUIT_BIN is not set");
      return;
    }

  saved_display = g_strdup (g_getenv ("DISPLAY"));
  saved_wayland_display = g_strdup (g_getenv ("WAYLAND_DISPLAY"));
  bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (bus);

  watcher.connection = new_bus_connection ();
  info = g_dbus_node_info_new_for_xml (watcher_xml, &error);
  g_assert_no_error (error);
  registration_id = g_dbus_connection_register_object (watcher.connection, "/StatusNotifierWatcher",
                                                       info->interfaces[0], &watcher_vtable, &watcher,
                                                       NULL, &error);
  g_assert_no_error (error);
  own_id = own_name_and_wait (watcher.connection, "org.kde.StatusNotifierWatcher");

  data_dir = g_build_filename (g_get_user_data_dir (), "pursuit-background-test", NULL);
  pursuit = spawn_pursuit (data_dir);

  /* Up, with its tray, and no window. */
  spin_until (watcher.item_path != NULL);
  g_assert_cmpstr (watcher.item_path, ==, "/io/github/pursuit/Pursuit/StatusNotifierItem");
  spin_until (name_has_owner (watcher.connection, "io.github.pursuit.Pursuit"));
  g_assert_false (has_window (watcher.connection));
  /* The store was opened for the reminders. */
  {
    g_autofree char *db = g_build_filename (data_dir, "pursuit.db", NULL);

    g_assert_true (g_file_test (db, G_FILE_TEST_EXISTS));
  }

  /* Autostart again while it runs: nothing changes. */
  second = spawn_pursuit (data_dir);
  wait_for_exit (second);
  g_assert_true (g_subprocess_get_if_exited (second));
  g_assert_cmpint (g_subprocess_get_exit_status (second), ==, 0);
  g_assert_false (has_window (watcher.connection));

  /* The tray's "Open Pursuit" opens the window. */
  {
    g_autoptr(GVariant) reply = bus_call (watcher.connection, watcher.item_sender,
                                          "/io/github/pursuit/Pursuit/StatusNotifierItem/Menu",
                                          "com.canonical.dbusmenu", "Event",
                                          g_variant_new ("(isvu)", 1, "clicked", g_variant_new_int32 (0), 0), NULL,
                                          NULL);
  }
  spin_until (has_window (watcher.connection));

  /* SIGTERM is app.quit: a clean exit although the hold is still there. */
  g_subprocess_send_signal (pursuit, SIGTERM);
  wait_for_exit (pursuit);
  g_assert_true (g_subprocess_get_if_exited (pursuit));
  g_assert_cmpint (g_subprocess_get_exit_status (pursuit), ==, 0);

  g_bus_unown_name (own_id);
  g_dbus_connection_unregister_object (watcher.connection, registration_id);
  g_dbus_connection_close_sync (watcher.connection, NULL, NULL);
  g_clear_object (&watcher.connection);
  g_free (watcher.item_sender);
  g_free (watcher.item_path);

  g_test_dbus_down (bus);
  g_clear_pointer (&saved_display, g_free);
  g_clear_pointer (&saved_wayland_display, g_free);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Starting the real application takes longer than a call on the bus. */
  test_wait_seconds = 30;

  g_test_add_func ("/app/background", test_app_background);

  return g_test_run ();
}
