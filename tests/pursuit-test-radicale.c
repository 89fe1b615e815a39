/* pursuit-test-radicale.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-test-radicale"

#include <signal.h>
#include <sys/prctl.h>

#include <glib/gstdio.h>

#include "pursuit-test-radicale.h"

#define START_TIMEOUT_SECONDS 20
#define START_ATTEMPTS 3

struct _PursuitTestRadicale
{
  GSubprocess *process;
  char        *dir;
  char        *url;
  gboolean     exited;
};

/* Runs in the child before exec: Radicale dies with the test. */
static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static const char *
find_radicale (char ***argv_prefix)
{
  static const char * const radicale[] = { "/usr/bin/radicale", NULL };
  static const char * const module[] = { "/usr/bin/python3", "-m", "radicale", NULL };
  g_autofree char *found = g_find_program_in_path ("radicale");

  if (g_file_test ("/usr/bin/radicale", G_FILE_TEST_IS_EXECUTABLE))
    {
      *argv_prefix = g_strdupv ((char **) radicale);
      return "radicale";
    }

  if (found != NULL)
    {
      const char * const in_path[] = { found, NULL };

      *argv_prefix = g_strdupv ((char **) in_path);
      return "radicale";
    }

  /* A pip-installed module without the script. */
  if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    {
      const char *check[] = { "/usr/bin/python3", "-c", "import radicale", NULL };
      int status = -1;

      if (g_spawn_sync (NULL, (char **) check, NULL,
                        G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, NULL, NULL, &status, NULL)
          && g_spawn_check_wait_status (status, NULL))
        {
          *argv_prefix = g_strdupv ((char **) module);
          return "python3 -m radicale";
        }
    }

  return NULL;
}

static guint16
free_port (GError **error)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, error);
  if (socket == NULL || !g_socket_bind (socket, any_port, FALSE, error))
    return 0;

  bound = g_socket_get_local_address (socket, error);
  if (bound == NULL)
    return 0;

  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

static gboolean
write_config (PursuitTestRadicale  *self,
              guint16               port,
              const char           *password,
              GError              **error)
{
  g_autofree char *users = g_build_filename (self->dir, "users", NULL);
  g_autofree char *storage = g_build_filename (self->dir, "collections", NULL);
  g_autofree char *config_path = g_build_filename (self->dir, "config", NULL);
  g_autofree char *user_line = g_strdup_printf ("%s:%s\n", PURSUIT_TEST_RADICALE_USER, password);
  g_autofree char *config = NULL;

  /* Every setting spelled out: Debian's /etc/radicale/config and the
   * defaults of other 3.x versions differ. */
  config = g_strdup_printf ("[server]\n"
                            "hosts = 127.0.0.1:%u\n"
                            "ssl = False\n"
                            "[auth]\n"
                            "type = htpasswd\n"
                            "htpasswd_filename = %s\n"
                            "htpasswd_encryption = plain\n"
                            "delay = 0\n"
                            "[rights]\n"
                            "type = owner_only\n"
                            "[storage]\n"
                            "type = multifilesystem\n"
                            "filesystem_folder = %s\n"
                            "hook =\n"
                            "[web]\n"
                            "type = none\n"
                            "[logging]\n"
                            "level = error\n"
                            "mask_passwords = True\n",
                            port, users, storage);

  return g_file_set_contents_full (users, user_line, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error)
         && g_file_set_contents_full (config_path, config, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static void
wait_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  PursuitTestRadicale *self = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  self->exited = TRUE;
}

static gboolean
answers (guint16 port)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection = NULL;

  g_socket_client_set_timeout (client, 1);
  connection = g_socket_client_connect_to_host (client, "127.0.0.1", port, NULL, NULL);

  return connection != NULL;
}

/* Blocking is fine here: this is the test's own setup, before its main
 * loop runs anything. */
static gboolean
wait_until_up (PursuitTestRadicale  *self,
               guint16               port,
               GError              **error)
{
  gint64 deadline = g_get_monotonic_time () + START_TIMEOUT_SECONDS * G_USEC_PER_SEC;

  g_subprocess_wait_async (self->process, NULL, wait_cb, self);

  while (g_get_monotonic_time () < deadline)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;

      if (self->exited)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Radicale exited at start");
          return FALSE;
        }

      if (answers (port))
        return TRUE;

      g_usleep (50 * 1000);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
               "Radicale did not answer within %d s", START_TIMEOUT_SECONDS);
  return FALSE;
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_remove (path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_dir (child);
      else
        g_remove (child);
    }

  g_rmdir (path);
}

static void
kill_process (PursuitTestRadicale *self)
{
  if (self->process == NULL)
    return;

  if (!self->exited)
    {
      g_subprocess_send_signal (self->process, SIGTERM);
      while (!self->exited)
        g_main_context_iteration (NULL, TRUE);
    }

  g_clear_object (&self->process);
}

static gboolean
try_start (PursuitTestRadicale  *self,
           char                **prefix,
           const char           *password,
           GError              **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *config_path = g_build_filename (self->dir, "config", NULL);
  guint16 port = free_port (error);

  if (port == 0 || !write_config (self, port, password, error))
    return FALSE;

  for (guint i = 0; prefix[i] != NULL; i++)
    g_ptr_array_add (argv, prefix[i]);
  g_ptr_array_add (argv, (char *) "--config");
  g_ptr_array_add (argv, config_path);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "HOME", self->dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", self->dir, TRUE);

  self->exited = FALSE;
  self->process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, error);
  if (self->process == NULL)
    return FALSE;

  if (!wait_until_up (self, port, error))
    {
      kill_process (self);
      return FALSE;
    }

  g_free (self->url);
  self->url = g_strdup_printf ("http://127.0.0.1:%u/", port);
  return TRUE;
}

PursuitTestRadicale *
pursuit_test_radicale_start (const char  *password,
                             GError     **error)
{
  g_autoptr(PursuitTestRadicale) self = NULL;
  g_auto(GStrv) prefix = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (password != NULL, NULL);

  if (find_radicale (&prefix) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   "Radicale is not installed (Debian package radicale)");
      return NULL;
    }

  self = g_new0 (PursuitTestRadicale, 1);
  self->dir = g_dir_make_tmp ("pursuit-radicale-XXXXXX", error);
  if (self->dir == NULL)
    return NULL;

  /* The free port may be taken between our probe and Radicale's bind. */
  for (guint attempt = 0; attempt < START_ATTEMPTS; attempt++)
    {
      g_clear_error (&local_error);
      if (try_start (self, prefix, password, &local_error))
        return g_steal_pointer (&self);
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

const char *
pursuit_test_radicale_get_url (PursuitTestRadicale *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->url;
}

void
pursuit_test_radicale_stop (PursuitTestRadicale *self)
{
  if (self == NULL)
    return;

  kill_process (self);
  if (self->dir != NULL)
    remove_dir (self->dir);

  g_free (self->dir);
  g_free (self->url);
  g_free (self);
}
