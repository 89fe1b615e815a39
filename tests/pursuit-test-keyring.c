/* pursuit-test-keyring.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-test-keyring"

#include "config.h"

#include <signal.h>
#include <sys/prctl.h>

#include <glib/gstdio.h>
#include <libsecret/secret.h>

#include "pursuit-test-keyring.h"

#define KEYRING_PASSWORD "pursuit-test"
#define WAIT_SECONDS 20

static GTestDBus   *keyring_bus;
static GTestDBus   *stopped_bus;
static GSubprocess *keyring_daemon;
static char        *keyring_dir;
static gboolean     keyring_exited;
/* Why pursuit_test_keyring_start() found no keyring. */
static GError      *missing_error;

static void
daemon_exited_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  keyring_exited = TRUE;
}

/* The daemon must not outlive a test that crashes or is killed. */
static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

static char *
make_subdir (const char *name)
{
  char *path = g_build_filename (keyring_dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);

  return path;
}

static void
spin (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static gboolean
has_owner (GDBusConnection *connection,
           const char      *name)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);

  return owned;
}

/* Polls with a connection of its own, so that the session bus singleton
 * is not created here (GTestDBus waits for it to go away on down). */
static void
wait_for_secrets_service (const char *address)
{
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  connection = g_dbus_connection_new_for_address_sync (address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                                       | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, NULL, &error);
  g_assert_no_error (error);

  while (!has_owner (connection, "org.freedesktop.secrets"))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("gnome-keyring-daemon did not own org.freedesktop.secrets within %d s", WAIT_SECONDS);
      if (keyring_exited)
        g_error ("gnome-keyring-daemon exited early");
      g_main_context_iteration (NULL, FALSE);
      g_usleep (20 * 1000);
    }

  g_dbus_connection_close_sync (connection, NULL, NULL);
}

gboolean
pursuit_test_keyring_up (GError **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *program = NULL;
  g_autofree char *home = NULL;
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  g_autofree char *cache = NULL;
  g_autofree char *runtime = NULL;
  g_autofree char *display = NULL;
  g_autofree char *runtime_dir = NULL;
  g_autoptr(GBytes) password = NULL;
  const char *address;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (keyring_daemon == NULL, FALSE);

  program = g_find_program_in_path ("gnome-keyring-daemon");
  if (program == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           "gnome-keyring-daemon is not installed");
      return FALSE;
    }

  keyring_dir = g_dir_make_tmp ("pursuit-keyring-XXXXXX", &local_error);
  g_assert_no_error (local_error);
  home = make_subdir ("home");
  data = make_subdir ("data");
  config = make_subdir ("config");
  cache = make_subdir ("cache");
  runtime = make_subdir ("runtime");

  /* GTestDBus unsets these, but widget tests still need the display. */
  display = g_strdup (g_getenv ("DISPLAY"));
  runtime_dir = g_strdup (g_getenv ("XDG_RUNTIME_DIR"));
  keyring_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (keyring_bus);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);
  if (runtime_dir != NULL)
    g_setenv ("XDG_RUNTIME_DIR", runtime_dir, TRUE);
  address = g_test_dbus_get_bus_address (keyring_bus);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                        | G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                                        | (g_getenv ("PURSUIT_TEST_KEYRING_DEBUG") != NULL
                                           ? 0 : G_SUBPROCESS_FLAGS_STDERR_SILENCE));
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", address, TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", cache, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_RUNTIME_DIR", runtime, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "GNOME_KEYRING_CONTROL");
  g_subprocess_launcher_unsetenv (launcher, "SSH_AUTH_SOCK");
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);

  keyring_daemon = g_subprocess_launcher_spawn (launcher, &local_error, program,
                                                "--foreground", "--unlock",
                                                "--components=secrets", NULL);
  g_assert_no_error (local_error);
  keyring_exited = FALSE;
  g_subprocess_wait_async (keyring_daemon, NULL, daemon_exited_cb, NULL);

  /* --unlock reads the login keyring's password up to end of file. */
  password = g_bytes_new_static (KEYRING_PASSWORD, sizeof KEYRING_PASSWORD - 1);
  g_output_stream_write_bytes (g_subprocess_get_stdin_pipe (keyring_daemon), password,
                               NULL, &local_error);
  g_assert_no_error (local_error);
  g_output_stream_close (g_subprocess_get_stdin_pipe (keyring_daemon), NULL, &local_error);
  g_assert_no_error (local_error);

  wait_for_secrets_service (address);

  return TRUE;
}

void
pursuit_test_keyring_start (void)
{
  if (!pursuit_test_keyring_up (&missing_error))
    g_assert_true (g_error_matches (missing_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
}

gboolean
pursuit_test_keyring_missing (void)
{
  return missing_error != NULL;
}

gboolean
pursuit_test_keyring_skip (void)
{
  if (missing_error == NULL)
    return FALSE;

  g_test_skip (missing_error->message);
  return TRUE;
}

void
pursuit_test_keyring_down (void)
{
  /* libsecret keeps a SecretService, and with it the session bus
   * connection that GTestDBus waits for, for the whole process. An
   * operation still on its way (a cancelled one) may cache a new one,
   * and proxies let go of the connection from idles: twice, with the
   * main context run in between. */
  for (guint round = 0; round < 2; round++)
    {
      spin (200);
      secret_service_disconnect ();
    }
  spin (200);

  if (keyring_daemon != NULL)
    {
      gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

      g_subprocess_send_signal (keyring_daemon, SIGTERM);
      while (!keyring_exited && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      g_clear_object (&keyring_daemon);
    }

  if (keyring_bus != NULL)
    {
      g_autoptr(GDBusConnection) connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);

      /* libsecret 0.20 keeps objects holding the session bus connection
       * after a lookup or a clear even past secret_service_disconnect (),
       * so g_test_dbus_down () (here or in the GTestDBus's dispose) would
       * wait for the connection in vain: stop the bus without waiting,
       * keep the GTestDBus, and do not let the closed connection end the
       * process. */
      if (connection != NULL)
        g_dbus_connection_set_exit_on_close (connection, FALSE);
      g_test_dbus_stop (keyring_bus);
      stopped_bus = g_steal_pointer (&keyring_bus);
    }

  if (keyring_dir != NULL)
    {
      remove_tree (keyring_dir);
      g_clear_pointer (&keyring_dir, g_free);
    }

  g_clear_error (&missing_error);
}

void
pursuit_test_keyring_init (int    *argc,
                           char ***argv)
{
  /* GNOME's proxy settings need schemas that isolated dirs do not have;
   * every server these tests talk to is on loopback. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  pursuit_test_keyring_start ();
}

int
pursuit_test_keyring_run (void)
{
  int status = g_test_run ();

  pursuit_test_keyring_down ();
  return status;
}
