/* pursuit-cli-input.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib-unix.h>

#include "capture/pursuit-page-fetcher.h"
#include "pursuit-cli-private.h"
#include "pursuit-import-error.h"

/* What `import` and `add --url` read: a local file, or a page fetched
 * over http(s). */

/* The importer refuses anything larger; reading it first would only waste
 * memory. */
#define MAX_INPUT_SIZE ((goffset) 256 * 1024 * 1024)

typedef struct
{
  GMainLoop *loop;
  GBytes    *bytes;
  char      *final_url;
  GError    *error;
} FetchData;

static gboolean
on_interrupt_cb (gpointer user_data)
{
  GCancellable *cancellable = user_data;

  g_cancellable_cancel (cancellable);
  return G_SOURCE_CONTINUE;
}

static void
fetch_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  FetchData *data = user_data;

  data->bytes = pursuit_page_fetcher_fetch_finish (PURSUIT_PAGE_FETCHER (object), result,
                                                   NULL, &data->final_url, &data->error);
  g_main_loop_quit (data->loop);
}

/**
 * _pursuit_cli_fetch:
 * @url: an http or https address
 * @out_final_url: (out): the address after redirects
 *
 * Fetches @url on a main loop of our own; Ctrl+C cancels the download
 * instead of killing the process half-way.
 *
 * Returns: (transfer full) (nullable): the body
 */
GBytes *
_pursuit_cli_fetch (const char  *url,
                    char       **out_final_url,
                    GError     **error)
{
  g_autoptr(PursuitPageFetcher) fetcher = pursuit_page_fetcher_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  FetchData data = { loop, NULL, NULL, NULL };
  gboolean progress = isatty (STDERR_FILENO);
  guint interrupt_id;

  /* A status line on a terminal, erased once the page is in, so that an
   * error still ends up as the only line. */
  if (progress)
    {
      g_autofree char *shown = _pursuit_cli_sanitize (url, FALSE);

      g_printerr (_("Fetching %s… (Ctrl+C cancels)"), shown);
    }

  interrupt_id = g_unix_signal_add (SIGINT, on_interrupt_cb, cancellable);
  pursuit_page_fetcher_fetch_async (fetcher, url, cancellable, fetch_cb, &data);
  g_main_loop_run (loop);
  g_source_remove (interrupt_id);

  if (progress)
    g_printerr ("\r\033[K");

  if (data.bytes == NULL)
    {
      if (g_error_matches (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_clear_error (&data.error);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Cancelled"));
        }
      else
        {
          g_autofree char *shown = _pursuit_cli_sanitize (url, FALSE);

          g_propagate_prefixed_error (error, g_steal_pointer (&data.error), _("Could not fetch %s: "), shown);
        }

      g_free (data.final_url);
      return NULL;
    }

  *out_final_url = data.final_url;
  return data.bytes;
}

gboolean
_pursuit_cli_is_web_address (const char *text)
{
  return g_ascii_strncasecmp (text, "http://", strlen ("http://")) == 0 ||
         g_ascii_strncasecmp (text, "https://", strlen ("https://")) == 0;
}

static GBytes *
read_file (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *display = g_filename_display_name (path);
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not a file"), display);
      return NULL;
    }

  if (info != NULL && g_file_info_get_size (info) > MAX_INPUT_SIZE)
    {
      g_autofree char *limit = g_format_size (MAX_INPUT_SIZE);

      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_TOO_LARGE,
                   _("“%s” is too large to import (at most %s)"), display, limit);
      return NULL;
    }

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  return g_bytes_new_take (contents, length);
}

/**
 * _pursuit_cli_read_input:
 * @file_or_url: a file name, a file:// URI, or an http or https address
 * @out_origin: (out): where the data came from, for the importer: the
 *   final address after redirects, or the file name
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
_pursuit_cli_read_input (const char  *file_or_url,
                         char       **out_origin,
                         GError     **error)
{
  g_autofree char *scheme = NULL;
  g_autofree char *path = NULL;
  g_autofree char *final_url = NULL;
  GBytes *bytes;

  if (!g_file_test (file_or_url, G_FILE_TEST_EXISTS))
    {
      if (_pursuit_cli_is_web_address (file_or_url))
        {
          if (!g_utf8_validate (file_or_url, -1, NULL))
            {
              _pursuit_cli_usage_error (error, _("The web address is not valid UTF-8 text"));
              return NULL;
            }

          bytes = _pursuit_cli_fetch (file_or_url, &final_url, error);
          if (bytes != NULL)
            *out_origin = final_url != NULL ? g_steal_pointer (&final_url) : g_strdup (file_or_url);
          return bytes;
        }

      scheme = g_uri_parse_scheme (file_or_url);
      if (scheme != NULL && g_ascii_strcasecmp (scheme, "file") == 0)
        {
          path = g_filename_from_uri (file_or_url, NULL, error);
          if (path == NULL)
            return NULL;
        }
      else if (scheme != NULL)
        {
          g_autofree char *shown = _pursuit_cli_sanitize (file_or_url, FALSE);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("Pursuit reads files and http or https addresses, not “%s”"), shown);
          return NULL;
        }
    }

  if (path == NULL)
    path = g_strdup (file_or_url);

  bytes = read_file (path, error);
  if (bytes != NULL)
    *out_origin = g_steal_pointer (&path);

  return bytes;
}

