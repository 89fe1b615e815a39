/* test-background.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pursuit-background.h"
#include "pursuit-test-bus.h"

/* Running in the background: the hold follows run-in-background, the
 * autostart file follows start-at-login outside Flatpak, and inside it a
 * fake org.freedesktop.portal.Background on a private bus is asked with
 * the right options and its answers are understood. */

/* Work still on its way (a file written in a worker, a portal answer)
 * may hold it for a moment, not for good. */
static void
assert_finalizes (gpointer object)
{
  g_object_add_weak_pointer (G_OBJECT (object), &object);
  g_object_unref (object);
  spin_until (object == NULL);
}

/* Hold ----------------------------------------------------------------- */

typedef struct
{
  GSettings         *settings;
  PursuitBackground *background;
  gboolean           initial;
  gboolean           timeout_ran;
  gboolean           held_in_timeout;
  guint              timeout_id;
} HoldTest;

static gboolean
turn_off_cb (gpointer user_data)
{
  HoldTest *test = user_data;

  test->timeout_ran = TRUE;
  test->timeout_id = 0;
  test->held_in_timeout = pursuit_background_get_held (test->background);
  /* Releasing the hold lets g_application_run return. */
  g_settings_set_boolean (test->settings, "run-in-background", FALSE);
  g_assert_false (pursuit_background_get_held (test->background));

  return G_SOURCE_REMOVE;
}

static void
on_startup_cb (GApplication *app,
               HoldTest     *test)
{
  g_settings_set_boolean (test->settings, "run-in-background", test->initial);
  test->background = pursuit_background_new (app, test->settings);
  g_assert_cmpint (pursuit_background_get_held (test->background), ==, test->initial);
  g_assert_cmpint (pursuit_background_can_start_hidden (test->background), ==, test->initial);
  test->timeout_id = g_timeout_add (50, turn_off_cb, test);
}

static void
on_activate_cb (GApplication *app,
                HoldTest     *test)
{
  /* No window: only the hold can keep the application. */
}

static void
run_hold_test (HoldTest *test)
{
  g_autoptr(GApplication) app = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);

  test->settings = new_memory_settings ();
  g_signal_connect (app, "startup", G_CALLBACK (on_startup_cb), test);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), test);

  g_assert_cmpint (g_application_run (app, 0, NULL), ==, 0);

  /* Unheld, the timeout never had a chance to run. */
  g_assert_cmpint (test->timeout_ran, ==, test->initial);
  if (test->initial)
    g_assert_true (test->held_in_timeout);
  g_clear_handle_id (&test->timeout_id, g_source_remove);

  assert_finalizes (g_steal_pointer (&test->background));
  g_clear_object (&test->settings);
}

static void
test_background_hold (void)
{
  HoldTest test = { NULL, NULL, TRUE, FALSE, FALSE, 0 };

  run_hold_test (&test);
}

static void
test_background_no_hold (void)
{
  HoldTest test = { NULL, NULL, FALSE, FALSE, FALSE, 0 };

  run_hold_test (&test);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* Turning the setting on and off takes and gives back one hold; the
 * release on dispose balances what is still held. */
static void
test_background_hold_toggle (void)
{
  g_autoptr(GApplication) app = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_autoptr(GSettings) settings = new_memory_settings ();
  PursuitBackground *background;
  guint notifications = 0;

  g_settings_set_boolean (settings, "run-in-background", FALSE);
  background = pursuit_background_new (app, settings);
  g_signal_connect (background, "notify::held", G_CALLBACK (count_cb), &notifications);
  g_assert_false (pursuit_background_get_held (background));

  g_settings_set_boolean (settings, "run-in-background", TRUE);
  g_assert_true (pursuit_background_get_held (background));
  g_settings_set_boolean (settings, "run-in-background", TRUE);
  g_assert_cmpuint (notifications, ==, 1);
  g_settings_set_boolean (settings, "run-in-background", FALSE);
  g_assert_false (pursuit_background_get_held (background));
  g_settings_set_boolean (settings, "run-in-background", TRUE);
  g_assert_cmpuint (notifications, ==, 3);

  /* A second hold of our own: the background's release on dispose must
   * leave exactly this one (a critical otherwise, at the release below). */
  g_application_hold (app);
  assert_finalizes (background);
  g_application_release (app);
}

/* Without settings nothing is held or written. */
static void
test_background_no_settings (void)
{
  g_autoptr(GApplication) app = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_autofree char *path = pursuit_background_dup_autostart_path ();
  PursuitBackground *background = pursuit_background_new (app, NULL);

  spin_for (20);
  g_assert_false (pursuit_background_get_held (background));
  g_assert_false (pursuit_background_can_start_hidden (background));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_finalizes (background);
}

/* Autostart file ------------------------------------------------------- */

static void
assert_autostart_file (const char *path)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *exec = NULL;
  g_autofree char *type = NULL;
  g_autofree char *name = NULL;
  g_autofree char *icon = NULL;

  g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  exec = g_key_file_get_string (key_file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_EXEC, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exec, ==, "pursuit --background");
  type = g_key_file_get_string (key_file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_TYPE, &error);
  g_assert_cmpstr (type, ==, "Application");
  name = g_key_file_get_string (key_file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_NAME, &error);
  g_assert_cmpstr (name, ==, "Pursuit");
  icon = g_key_file_get_string (key_file, G_KEY_FILE_DESKTOP_GROUP, G_KEY_FILE_DESKTOP_KEY_ICON, &error);
  g_assert_cmpstr (icon, ==, APPLICATION_ID);
  g_assert_true (g_key_file_get_boolean (key_file, G_KEY_FILE_DESKTOP_GROUP, "X-GNOME-Autostart-enabled", &error));
  g_assert_no_error (error);
  g_assert_true (g_key_file_get_boolean (key_file, G_KEY_FILE_DESKTOP_GROUP,
                                         G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, &error));
  g_assert_no_error (error);
  g_assert_false (g_key_file_get_boolean (key_file, G_KEY_FILE_DESKTOP_GROUP,
                                          G_KEY_FILE_DESKTOP_KEY_TERMINAL, &error));
  g_assert_no_error (error);
}

static void
test_background_autostart (void)
{
  g_autoptr(GApplication) app = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_autoptr(GSettings) settings = new_memory_settings ();
  g_autofree char *path = pursuit_background_dup_autostart_path ();
  g_autofree char *expected = g_build_filename (g_get_user_config_dir (), "autostart",
                                                "io.github.pursuit.Pursuit.desktop", NULL);
  PursuitBackground *background;

  g_assert_cmpstr (path, ==, expected);
  g_setenv ("PURSUIT_FORCE_PORTAL", "0", TRUE);

  background = pursuit_background_new (app, settings);
  g_assert_false (pursuit_background_get_uses_portal (background));
  spin_for (20);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_settings_set_boolean (settings, "start-at-login", TRUE);
  spin_until (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_autostart_file (path);

  g_settings_set_boolean (settings, "start-at-login", FALSE);
  spin_until (!g_file_test (path, G_FILE_TEST_EXISTS));

  /* Quick changes: the last one wins. */
  g_settings_set_boolean (settings, "start-at-login", TRUE);
  g_settings_set_boolean (settings, "start-at-login", FALSE);
  g_settings_set_boolean (settings, "start-at-login", TRUE);
  spin_until (g_file_test (path, G_FILE_TEST_EXISTS));
  spin_for (50);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_autostart_file (path);

  g_settings_set_boolean (settings, "start-at-login", FALSE);
  g_settings_set_boolean (settings, "start-at-login", TRUE);
  g_settings_set_boolean (settings, "start-at-login", FALSE);
  spin_until (!g_file_test (path, G_FILE_TEST_EXISTS));
  spin_for (50);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  assert_finalizes (background);
  g_unsetenv ("PURSUIT_FORCE_PORTAL");
}

/* At start the file follows the setting: written when on, a leftover
 * removed when off. */
static void
test_background_autostart_at_start (void)
{
  g_autoptr(GApplication) app = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_autoptr(GSettings) settings = new_memory_settings ();
  g_autofree char *path = pursuit_background_dup_autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  PursuitBackground *background;

  g_setenv ("PURSUIT_FORCE_PORTAL", "0", TRUE);

  g_settings_set_boolean (settings, "start-at-login", TRUE);
  background = pursuit_background_new (app, settings);
  spin_until (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_autostart_file (path);
  assert_finalizes (background);

  /* An old entry with Exec=pursuit (no --background), setting off. */
  g_file_set_contents (path, "[Desktop Entry]\nType=Application\nName=Pursuit\nExec=pursuit\n", -1, &error);
  g_assert_no_error (error);
  g_settings_set_boolean (settings, "start-at-login", FALSE);
  background = pursuit_background_new (app, settings);
  spin_until (!g_file_test (path, G_FILE_TEST_EXISTS));
  assert_finalizes (background);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_unsetenv ("PURSUIT_FORCE_PORTAL");
}

/* A file where the autostart folder should be: a warning, no crash, and
 * it works again once the folder can be made. */
static void
test_background_autostart_error (void)
{
  g_autoptr(GApplication) app = g_application_new (NULL, G_APPLICATION_NON_UNIQUE);
  g_autoptr(GSettings) settings = new_memory_settings ();
  g_autofree char *path = pursuit_background_dup_autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  PursuitBackground *background;

  g_setenv ("PURSUIT_FORCE_PORTAL", "0", TRUE);
  g_mkdir_with_parents (g_get_user_config_dir (), 0700);
  g_file_set_contents (dir, "not a folder", -1, &error);
  g_assert_no_error (error);

  background = pursuit_background_new (app, settings);
  g_test_expect_message ("pursuit-background", G_LOG_LEVEL_WARNING, "Could not change starting at login: *");
  g_settings_set_boolean (settings, "start-at-login", TRUE);
  /* The warning comes with the worker's result, on this main loop. */
  spin_for (200);
  g_test_assert_expected_messages ();
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (g_unlink (dir), ==, 0);
  g_settings_set_boolean (settings, "start-at-login", FALSE);
  g_settings_set_boolean (settings, "start-at-login", TRUE);
  spin_until (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_autostart_file (path);

  g_settings_set_boolean (settings, "start-at-login", FALSE);
  spin_until (!g_file_test (path, G_FILE_TEST_EXISTS));
  assert_finalizes (background);
  g_unsetenv ("PURSUIT_FORCE_PORTAL");
}

/* Background portal ---------------------------------------------------- */

static const char portal_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.portal.Background'>"
  "    <method name='RequestBackground'>"
  "      <arg type='s' name='parent_window' direction='in'/>"
  "      <arg type='a{sv}' name='options' direction='in'/>"
  "      <arg type='o' name='handle' direction='out'/>"
  "    </method>"
  "    <property name='version' type='u' access='read'/>"
  "  </interface>"
  "</node>";

/* GLib's "gtk" notification backend talks to this (GNOME Shell). */
static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct
{
  GTestDBus       *bus;
  GDBusConnection *connection;
  GDBusNodeInfo   *info;
  guint            registration_id;
  guint            own_id;
  GDBusNodeInfo   *notifications_info;
  guint            notifications_registration_id;
  guint            notifications_own_id;
  /* "add <id> <title>" and "remove <id>", in order. */
  GPtrArray       *notifications;

  /* What the next request gets. */
  guint32          response;
  gboolean         grant_background;
  gboolean         grant_autostart;
  /* Old portals: the handle is not the one the caller predicted. */
  gboolean         other_handle;

  /* What the requests brought. */
  GPtrArray       *options;
  GPtrArray       *senders;
  GPtrArray       *parent_windows;

  GApplication    *app;
  GSettings       *settings;
} PortalFixture;

typedef struct
{
  PortalFixture *fixture;
  char          *sender;
  char          *handle;
} PendingResponse;

static gboolean
send_response_cb (gpointer user_data)
{
  PendingResponse *pending = user_data;
  PortalFixture *fixture = pending->fixture;
  GVariantBuilder results;
  g_autoptr(GError) error = NULL;

  g_variant_builder_init (&results, G_VARIANT_TYPE_VARDICT);
  if (fixture->response == 0)
    {
      g_variant_builder_add (&results, "{sv}", "background", g_variant_new_boolean (fixture->grant_background));
      g_variant_builder_add (&results, "{sv}", "autostart", g_variant_new_boolean (fixture->grant_autostart));
    }

  g_dbus_connection_emit_signal (fixture->connection, pending->sender, pending->handle,
                                 "org.freedesktop.portal.Request", "Response",
                                 g_variant_new ("(ua{sv})", fixture->response, &results), &error);
  g_assert_no_error (error);

  g_free (pending->sender);
  g_free (pending->handle);
  g_free (pending);

  return G_SOURCE_REMOVE;
}

static void
portal_method_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *object_path,
                    const char            *interface_name,
                    const char            *method_name,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  PortalFixture *fixture = user_data;
  g_autoptr(GVariant) options = NULL;
  g_autofree char *sender_part = NULL;
  const char *parent_window;
  const char *token = "t";
  PendingResponse *pending;

  g_assert_cmpstr (method_name, ==, "RequestBackground");
  g_variant_get (parameters, "(&s@a{sv})", &parent_window, &options);
  g_ptr_array_add (fixture->options, g_variant_ref (options));
  g_ptr_array_add (fixture->senders, g_strdup (sender));
  g_ptr_array_add (fixture->parent_windows, g_strdup (parent_window));
  g_variant_lookup (options, "handle_token", "&s", &token);

  sender_part = g_strdup (sender + 1);
  g_strdelimit (sender_part, ".", '_');

  pending = g_new0 (PendingResponse, 1);
  pending->fixture = fixture;
  pending->sender = g_strdup (sender);
  if (fixture->other_handle)
    pending->handle = g_strdup ("/org/freedesktop/portal/desktop/request/old/style42");
  else
    pending->handle = g_strdup_printf ("/org/freedesktop/portal/desktop/request/%s/%s", sender_part, token);

  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(o)", pending->handle));
  /* The dialog answers a little later. */
  g_timeout_add (10, send_response_cb, pending);
}

static void
notifications_method_call (GDBusConnection       *connection,
                           const char            *sender,
                           const char            *object_path,
                           const char            *interface_name,
                           const char            *method_name,
                           GVariant              *parameters,
                           GDBusMethodInvocation *invocation,
                           gpointer               user_data)
{
  PortalFixture *fixture = user_data;
  const char *app_id, *id, *title = "";
  g_autoptr(GVariant) notification = NULL;

  if (g_str_equal (method_name, "AddNotification"))
    {
      g_variant_get (parameters, "(&s&s@a{sv})", &app_id, &id, &notification);
      g_variant_lookup (notification, "title", "&s", &title);
      g_ptr_array_add (fixture->notifications, g_strdup_printf ("add %s %s", id, title));
    }
  else
    {
      g_variant_get (parameters, "(&s&s)", &app_id, &id);
      g_ptr_array_add (fixture->notifications, g_strdup_printf ("remove %s", id));
    }

  g_assert_cmpstr (app_id, ==, "io.github.pursuit.PursuitBackgroundTest");
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable notifications_vtable = {
  notifications_method_call,
  NULL,
  NULL,
  { 0 }
};

/* The first notification call starting with @prefix, or NULL. */
static const char *
find_notification (PortalFixture *fixture,
                   const char    *prefix)
{
  for (guint i = 0; i < fixture->notifications->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (fixture->notifications, i), prefix))
      return g_ptr_array_index (fixture->notifications, i);

  return NULL;
}

static GVariant *
portal_get_property (GDBusConnection  *connection,
                     const char       *sender,
                     const char       *object_path,
                     const char       *interface_name,
                     const char       *property_name,
                     GError          **error,
                     gpointer          user_data)
{
  return g_variant_new_uint32 (2);
}

static const GDBusInterfaceVTable portal_vtable = {
  portal_method_call,
  portal_get_property,
  NULL,
  { 0 }
};

static void
portal_fixture_setup (PortalFixture *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gboolean with_portal = GPOINTER_TO_INT (data) == 0;

  g_setenv ("PURSUIT_FORCE_PORTAL", "1", TRUE);

  fixture->bus = private_bus_up ();

  fixture->options = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  fixture->senders = g_ptr_array_new_with_free_func (g_free);
  fixture->parent_windows = g_ptr_array_new_with_free_func (g_free);
  fixture->notifications = g_ptr_array_new_with_free_func (g_free);
  fixture->grant_background = TRUE;
  fixture->grant_autostart = TRUE;

  if (with_portal)
    {
      fixture->connection = new_bus_connection ();
      fixture->info = g_dbus_node_info_new_for_xml (portal_xml, &error);
      g_assert_no_error (error);
      fixture->registration_id = g_dbus_connection_register_object (fixture->connection,
                                                                    "/org/freedesktop/portal/desktop",
                                                                    fixture->info->interfaces[0],
                                                                    &portal_vtable, fixture, NULL, &error);
      g_assert_no_error (error);
      fixture->own_id = own_name_and_wait (fixture->connection, "org.freedesktop.portal.Desktop");

      fixture->notifications_info = g_dbus_node_info_new_for_xml (notifications_xml, &error);
      g_assert_no_error (error);
      fixture->notifications_registration_id =
        g_dbus_connection_register_object (fixture->connection, "/org/gtk/Notifications",
                                           fixture->notifications_info->interfaces[0],
                                           &notifications_vtable, fixture, NULL, &error);
      g_assert_no_error (error);
      fixture->notifications_own_id = own_name_and_wait (fixture->connection, "org.gtk.Notifications");
    }

  /* The application's own connection is the one that asks. */
  fixture->app = g_application_new ("io.github.pursuit.PursuitBackgroundTest", G_APPLICATION_DEFAULT_FLAGS);
  g_application_register (fixture->app, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_application_get_dbus_connection (fixture->app));

  fixture->settings = new_memory_settings ();
}

static void
portal_fixture_teardown (PortalFixture *fixture,
                         gconstpointer  data)
{
  g_clear_object (&fixture->settings);
  assert_finalizes (g_steal_pointer (&fixture->app));

  if (fixture->connection != NULL)
    {
      g_bus_unown_name (fixture->own_id);
      g_bus_unown_name (fixture->notifications_own_id);
      g_dbus_connection_unregister_object (fixture->connection, fixture->registration_id);
      g_dbus_connection_unregister_object (fixture->connection, fixture->notifications_registration_id);
      g_dbus_node_info_unref (fixture->notifications_info);
      g_dbus_connection_close_sync (fixture->connection, NULL, NULL);
      g_clear_object (&fixture->connection);
      g_dbus_node_info_unref (fixture->info);
    }

  g_ptr_array_unref (fixture->options);
  g_ptr_array_unref (fixture->senders);
  g_ptr_array_unref (fixture->parent_windows);
  g_ptr_array_unref (fixture->notifications);

  private_bus_down (fixture->bus);
  g_unsetenv ("PURSUIT_FORCE_PORTAL");
}

static void
assert_request (PortalFixture *fixture,
                guint          index,
                gboolean       autostart)
{
  GVariant *options = g_ptr_array_index (fixture->options, index);
  g_autofree const char **commandline = NULL;
  const char *reason = NULL;
  const char *token = NULL;
  gboolean requested_autostart = !autostart;
  gboolean dbus_activatable = TRUE;

  g_assert_true (g_variant_lookup (options, "reason", "&s", &reason));
  g_assert_cmpstr (reason, ==, "Pursuit runs in the background to deliver job-search reminders");
  g_assert_true (g_variant_lookup (options, "autostart", "b", &requested_autostart));
  g_assert_cmpint (requested_autostart, ==, autostart);
  g_assert_true (g_variant_lookup (options, "commandline", "^a&s", &commandline));
  g_assert_cmpuint (g_strv_length ((char **) commandline), ==, 2);
  g_assert_cmpstr (commandline[0], ==, "pursuit");
  g_assert_cmpstr (commandline[1], ==, "--background");
  g_assert_true (g_variant_lookup (options, "dbus-activatable", "b", &dbus_activatable));
  g_assert_false (dbus_activatable);
  g_assert_true (g_variant_lookup (options, "handle_token", "&s", &token));
  g_assert_true (g_str_has_prefix (token, "pursuit_"));

  g_assert_cmpstr (g_ptr_array_index (fixture->parent_windows, index), ==, "");
  g_assert_cmpstr (g_ptr_array_index (fixture->senders, index), ==,
                   g_dbus_connection_get_unique_name (g_application_get_dbus_connection (fixture->app)));
}

static void
test_portal_allowed (PortalFixture *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = pursuit_background_dup_autostart_path ();
  PursuitBackground *background;

  g_settings_set_boolean (fixture->settings, "start-at-login", TRUE);
  background = pursuit_background_new (fixture->app, fixture->settings);
  g_assert_true (pursuit_background_get_uses_portal (background));
  g_assert_cmpint (pursuit_background_get_permission (background), ==, PURSUIT_BACKGROUND_PERMISSION_UNKNOWN);

  spin_until (pursuit_background_get_permission (background) == PURSUIT_BACKGROUND_PERMISSION_ALLOWED);
  g_assert_cmpuint (fixture->options->len, ==, 1);
  assert_request (fixture, 0, TRUE);

  /* Turning start-at-login off asks again, without autostart: the
   * portal removes its entry. */
  fixture->grant_autostart = FALSE;
  g_settings_set_boolean (fixture->settings, "start-at-login", FALSE);
  spin_until (fixture->options->len == 2);
  assert_request (fixture, 1, FALSE);
  spin_for (50);
  g_assert_cmpint (pursuit_background_get_permission (background), ==, PURSUIT_BACKGROUND_PERMISSION_ALLOWED);

  /* Inside Flatpak the portal writes the autostart entry, never us. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  assert_finalizes (background);
}

static void
test_portal_refused (PortalFixture *fixture,
                     gconstpointer  data)
{
  PursuitBackground *background;

  fixture->response = 1;
  g_settings_set_boolean (fixture->settings, "start-at-login", TRUE);
  g_test_expect_message ("pursuit-background", G_LOG_LEVEL_MESSAGE, "The Background portal refused*");
  background = pursuit_background_new (fixture->app, fixture->settings);
  spin_until (pursuit_background_get_permission (background) == PURSUIT_BACKGROUND_PERMISSION_REFUSED);
  g_test_assert_expected_messages ();
  assert_request (fixture, 0, TRUE);

  /* The user hears of it, also with no window open. */
  spin_until (find_notification (fixture, "add background-refused") != NULL);
  g_assert_cmpstr (find_notification (fixture, "add background-refused"), ==,
                   "add background-refused Pursuit Cannot Run in the Background");

  /* The user changes their mind in the system settings: the notice goes. */
  fixture->response = 0;
  g_settings_set_boolean (fixture->settings, "start-at-login", FALSE);
  spin_until (pursuit_background_get_permission (background) == PURSUIT_BACKGROUND_PERMISSION_ALLOWED);
  assert_request (fixture, 1, FALSE);
  spin_until (find_notification (fixture, "remove background-refused") != NULL);

  /* Background allowed but autostart not: that is a refusal too. */
  fixture->grant_autostart = FALSE;
  g_test_expect_message ("pursuit-background", G_LOG_LEVEL_MESSAGE, "The Background portal refused*");
  g_settings_set_boolean (fixture->settings, "start-at-login", TRUE);
  spin_until (pursuit_background_get_permission (background) == PURSUIT_BACKGROUND_PERMISSION_REFUSED);
  g_test_assert_expected_messages ();

  assert_finalizes (background);
}

/* Only run-in-background on: asked at start, without autostart. Both
 * off: not asked at all. */
static void
test_portal_at_start (PortalFixture *fixture,
                      gconstpointer  data)
{
  PursuitBackground *background;

  g_settings_set_boolean (fixture->settings, "run-in-background", FALSE);
  g_settings_set_boolean (fixture->settings, "start-at-login", FALSE);
  background = pursuit_background_new (fixture->app, fixture->settings);
  spin_for (50);
  g_assert_cmpuint (fixture->options->len, ==, 0);

  g_settings_set_boolean (fixture->settings, "run-in-background", TRUE);
  spin_until (pursuit_background_get_permission (background) == PURSUIT_BACKGROUND_PERMISSION_ALLOWED);
  g_assert_cmpuint (fixture->options->len, ==, 1);
  assert_request (fixture, 0, FALSE);
  assert_finalizes (background);

  background = pursuit_background_new (fixture->app, fixture->settings);
  spin_until (fixture->options->len == 2);
  assert_request (fixture, 1, FALSE);
  spin_until (pursuit_background_get_permission (background) == PURSUIT_BACKGROUND_PERMISSION_ALLOWED);
  assert_finalizes (background);
}

/* A portal older than 0.9 answers on a path of its own choosing. */
static void
test_portal_other_handle (PortalFixture *fixture,
                          gconstpointer  data)
{
  PursuitBackground *background;

  fixture->other_handle = TRUE;
  background = pursuit_background_new (fixture->app, fixture->settings);
  spin_until (pursuit_background_get_permission (background) == PURSUIT_BACKGROUND_PERMISSION_ALLOWED);
  assert_finalizes (background);
}

/* Changes while a request is out are asked once more afterwards, with
 * the newest setting. */
static void
test_portal_queued (PortalFixture *fixture,
                    gconstpointer  data)
{
  PursuitBackground *background;

  background = pursuit_background_new (fixture->app, fixture->settings);
  g_settings_set_boolean (fixture->settings, "start-at-login", TRUE);
  g_settings_set_boolean (fixture->settings, "start-at-login", FALSE);
  g_settings_set_boolean (fixture->settings, "start-at-login", TRUE);
  spin_until (fixture->options->len == 2);
  spin_until (pursuit_background_get_permission (background) == PURSUIT_BACKGROUND_PERMISSION_ALLOWED);
  spin_for (50);
  g_assert_cmpuint (fixture->options->len, ==, 2);
  assert_request (fixture, 1, TRUE);

  /* Dropped with an answer on its way: nothing calls into it later. */
  g_settings_set_boolean (fixture->settings, "start-at-login", FALSE);
  spin_until (fixture->options->len == 3);
  assert_finalizes (background);
  spin_for (50);
}

/* No portal on the bus (a desktop without xdg-desktop-portal). */
static void
test_portal_missing (PortalFixture *fixture,
                     gconstpointer  data)
{
  PursuitBackground *background;

  g_test_expect_message ("pursuit-background", G_LOG_LEVEL_MESSAGE, "Could not ask to run in the background*");
  background = pursuit_background_new (fixture->app, fixture->settings);
  g_assert_true (pursuit_background_get_held (background));
  spin_for (200);
  g_test_assert_expected_messages ();
  g_assert_cmpint (pursuit_background_get_permission (background), ==, PURSUIT_BACKGROUND_PERMISSION_UNKNOWN);
  assert_finalizes (background);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* GNOME Shell's interface; the portal fixture fakes it. */
  g_setenv ("GNOTIFICATION_BACKEND", "gtk", TRUE);

  g_test_add_func ("/background/hold/on", test_background_hold);
  g_test_add_func ("/background/hold/off", test_background_no_hold);
  g_test_add_func ("/background/hold/toggle", test_background_hold_toggle);
  g_test_add_func ("/background/no-settings", test_background_no_settings);
  g_test_add_func ("/background/autostart/toggle", test_background_autostart);
  g_test_add_func ("/background/autostart/at-start", test_background_autostart_at_start);
  g_test_add_func ("/background/autostart/error", test_background_autostart_error);

#define ADD_PORTAL(path, func, without) \
  g_test_add (path, PortalFixture, GINT_TO_POINTER (without), portal_fixture_setup, func, portal_fixture_teardown)
  ADD_PORTAL ("/background/portal/allowed", test_portal_allowed, 0);
  ADD_PORTAL ("/background/portal/refused", test_portal_refused, 0);
  ADD_PORTAL ("/background/portal/at-start", test_portal_at_start, 0);
  ADD_PORTAL ("/background/portal/other-handle", test_portal_other_handle, 0);
  ADD_PORTAL ("/background/portal/queued", test_portal_queued, 0);
  ADD_PORTAL ("/background/portal/missing", test_portal_missing, 1);
#undef ADD_PORTAL

  return g_test_run ();
}
