/* fake-google-main.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <stdio.h>
#include <stdlib.h>

#include <glib-unix.h>

#include "fake-google.h"

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static gboolean
report_violations_cb (gpointer user_data)
{
  FakeGoogle *fake = user_data;
  GPtrArray *violations = fake_google_get_violations (fake);

  /* A standalone fake has no test to fail: it says what it saw. */
  for (guint i = 0; i < violations->len; i++)
    g_printerr ("fake-google: violation: %s\n", (char *) violations->pdata[i]);
  g_ptr_array_set_size (violations, 0);
  return G_SOURCE_CONTINUE;
}

/* Every *.eml of @dir in the inbox, in name order, a minute apart. */
static gboolean
add_mailbox (FakeGoogle  *fake,
             const char  *dir,
             GError     **error)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gint64 now_ms = g_get_real_time () / 1000;
  const char *name;

  if (folder == NULL)
    return FALSE;
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".eml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      g_autoptr(GBytes) raw = NULL;
      g_autofree char *id = NULL;
      char *data;
      gsize len;

      if (!g_file_get_contents (path, &data, &len, error))
        return FALSE;
      raw = g_bytes_new_take (data, len);
      id = fake_google_add_raw_message (fake, raw, NULL, now_ms - (gint64) (names->len - i) * 60000);
      if (id == NULL)
        g_printerr ("fake-google: %s is not a message, skipped\n", path);
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  int port = 0;
  int latency_ms = 0;
  int messages = 0;
  double fail_rate = 0;
  g_autofree char *client_id = NULL;
  g_autofree char *client_secret = NULL;
  g_autofree char *mailbox = NULL;
  GOptionEntry entries[] = {
    { "port", 'p', 0, G_OPTION_ARG_INT, &port, "Port on 127.0.0.1 (0: a free one)", "N" },
    { "latency-ms", 0, 0, G_OPTION_ARG_INT, &latency_ms, "Delay before every answer", "N" },
    { "fail-rate", 0, 0, G_OPTION_ARG_DOUBLE, &fail_rate, "Share of requests answered 503 (0..1)", "R" },
    { "messages", 0, 0, G_OPTION_ARG_INT, &messages, "Seed a mailbox of N messages", "N" },
    { "client-id", 0, 0, G_OPTION_ARG_STRING, &client_id, "The only OAuth client accepted", "ID" },
    { "client-secret", 0, 0, G_OPTION_ARG_STRING, &client_secret, "Its secret", "S" },
    { "mailbox", 0, 0, G_OPTION_ARG_FILENAME, &mailbox, "Put every *.eml of DIR in the inbox", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(FakeGoogle) fake = NULL;
  g_autoptr(GMainLoop) loop = NULL;

  g_option_context_set_summary (context,
                                "A fake of Google's OAuth, Calendar and Gmail APIs on loopback, "
                                "for manual runs and benchmarks. The authorization endpoint "
                                "approves at once, so one GET plays the browser.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("fake-google: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (port < 0 || port > 65535 || latency_ms < 0 || messages < 0 ||
      fail_rate < 0 || fail_rate > 1 || (client_id == NULL) != (client_secret == NULL))
    {
      g_printerr ("fake-google: invalid options; see --help\n");
      return EXIT_FAILURE;
    }

  fake = fake_google_new (port, &error);
  if (fake == NULL)
    {
      g_printerr ("fake-google: %s\n", error->message);
      return EXIT_FAILURE;
    }

  fake_google_set_latency (fake, latency_ms);
  fake_google_set_fail_rate (fake, fail_rate, g_random_int ());
  if (messages > 0)
    fake_google_seed_messages (fake, messages);
  if (client_id != NULL)
    fake_google_set_client (fake, client_id, client_secret);
  if (mailbox != NULL && !add_mailbox (fake, mailbox, &error))
    {
      g_printerr ("fake-google: %s\n", error->message);
      return EXIT_FAILURE;
    }

  loop = g_main_loop_new (NULL, FALSE);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  g_unix_signal_add (SIGTERM, quit_cb, loop);
  g_timeout_add_seconds (1, report_violations_cb, fake);

  g_print ("fake-google listening on %s\n", fake_google_get_url (fake));
  fflush (stdout);

  g_main_loop_run (loop);
  report_violations_cb (fake);

  return EXIT_SUCCESS;
}
