/* pursuit-test-cli.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <locale.h>

#include <glib/gstdio.h>

#include "pursuit-test-cli.h"

void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

/* Links are removed, never followed. */
static void
remove_dir_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_dir_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

void
cli_fixture_setup (CliFixture    *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp (data != NULL ? data : "pursuit-cli-XXXXXX", &error);
  g_assert_no_error (error);
}

void
cli_fixture_teardown (CliFixture    *fixture,
                      gconstpointer  data)
{
  remove_dir_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

void
cli_test_add (const char  *path,
              CliTestFunc  func)
{
  g_test_add (path, CliFixture, NULL, cli_fixture_setup, func, cli_fixture_teardown);
}

gboolean
cli_test_init (int    *argc,
               char ***argv)
{
  const char *path;

  setlocale (LC_ALL, "");
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  path = g_getenv ("PURSUIT_CLI");
  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("Set PURSUIT_CLI to the pursuit-cli executable\n");
      return FALSE;
    }
  return TRUE;
}

GSubprocess *
cli_spawn (const char * const  *args,
           gboolean             with_stdin,
           const char          *time_zone,
           GError             **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  GSubprocessFlags flags = G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE;

  if (with_stdin)
    flags |= G_SUBPROCESS_FLAGS_STDIN_PIPE;

  launcher = g_subprocess_launcher_new (flags);
  g_subprocess_launcher_setenv (launcher, "TZ", time_zone, TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_unsetenv (launcher, "PURSUIT_DATA_DIR");
  g_subprocess_launcher_unsetenv (launcher, "G_MESSAGES_DEBUG");
  /* The isolated XDG dirs hold no GSettings schemas for the desktop's
   * proxy settings; the fake servers are on loopback anyway. */
  g_subprocess_launcher_setenv (launcher, "GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  g_ptr_array_add (argv, (gpointer)g_getenv ("PURSUIT_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  return g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, error);
}

/* Empty bytes may have no data at all. */
static char *
dup_output (GBytes *bytes)
{
  gsize length;
  const char *data = bytes != NULL ? g_bytes_get_data (bytes, &length) : NULL;

  return data != NULL ? g_strndup (data, length) : g_strdup ("");
}

CliResult *
cli_make_result (GSubprocess *process,
                 GBytes      *out,
                 GBytes      *err)
{
  CliResult *result = g_new0 (CliResult, 1);

  result->exited = g_subprocess_get_if_exited (process);
  result->status = result->exited ? g_subprocess_get_exit_status (process) : -1;
  result->out = dup_output (out);
  result->err = dup_output (err);

  if (g_test_verbose ())
    g_test_message ("exit %d\nstdout: %s\nstderr: %s", result->status, result->out, result->err);

  if (g_subprocess_get_if_signaled (process))
    g_error ("pursuit-cli was killed by signal %d: %s", g_subprocess_get_term_sig (process), result->err);

  return result;
}

CliResult *
cli_run (const char * const *args,
         GBytes             *input,
         const char         *time_zone)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;

  process = cli_spawn (args, input != NULL, time_zone, &error);
  g_assert_no_error (error);

  g_subprocess_communicate (process, input, NULL, &out, &err, &error);
  g_assert_no_error (error);

  return cli_make_result (process, out, err);
}

CliResult *
cli_run_in (CliFixture         *fixture,
            GBytes             *input,
            const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, (gpointer)"--data-dir");
  g_ptr_array_add (argv, fixture->dir);
  g_ptr_array_add (argv, NULL);

  return cli_run ((const char * const *)argv->pdata, input, "UTC");
}

CliResult *
cli_run_in_va (CliFixture *fixture,
               const char *first,
               ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (gpointer)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  return cli_run_in (fixture, NULL, (const char * const *)args->pdata);
}

void
cli_assert_ok (CliResult *result)
{
  if (!result->exited || result->status != 0)
    g_error ("pursuit-cli failed with %d: %s", result->status, result->err);

  g_assert_cmpstr (result->err, ==, "");
}

JsonNode *
cli_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_parser_get_root (parser);
  g_assert_nonnull (root);

  return json_node_copy (root);
}

JsonNode *
cli_result_json (CliResult *result)
{
  cli_assert_ok (result);
  return cli_parse_json (result->out);
}
