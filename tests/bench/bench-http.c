/* bench-http.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-http"

#include <string.h>

#include <libsoup/soup.h>

#include "http/pursuit-http.h"

/* Plain GETs of a small JSON document from a loopback SoupServer in the
 * same process: through PursuitHttp (breaker, retry bookkeeping, body
 * cap, JSON parsing, redacted debug line) and through a bare SoupSession
 * reading the body and parsing the same JSON, one after the other in the
 * same run. The ratio is PursuitHttp's overhead. */

#define WARMUP     200
#define REQUESTS   3000
#define ROUNDS     3

static const char document[] =
  "{\"kind\": \"calendar#events\", \"etag\": \"\\\"p33c\\\"\", \"summary\": \"Pursuit\","
  " \"items\": [{\"id\": \"pursuit0abc\", \"status\": \"confirmed\"}]}";

typedef struct
{
  PursuitHttp *http;
  SoupSession *session;
  char        *uri;
  guint        to_start;
  guint        in_flight;
  guint        failures;
} Bench;

static void
handle_request (SoupServer        *server,
                SoupServerMessage *msg,
                const char        *path,
                GHashTable        *query,
                gpointer           user_data)
{
  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC,
                                    document, strlen (document));
}

static void start_raw (Bench *bench);
static void start_pursuit (Bench *bench);

static void
raw_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Bench *bench = user_data;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error);
  if (body == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (body, NULL),
                                   (gssize)g_bytes_get_size (body), &error))
    bench->failures++;

  bench->in_flight--;
  if (bench->to_start > 0)
    start_raw (bench);
}

static void
start_raw (Bench *bench)
{
  g_autoptr(SoupMessage) message = soup_message_new ("GET", bench->uri);

  bench->to_start--;
  bench->in_flight++;
  soup_session_send_and_read_async (bench->session, message, G_PRIORITY_DEFAULT, NULL,
                                    raw_done_cb, bench);
}

static void
pursuit_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Bench *bench = user_data;
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GError) error = NULL;

  response = pursuit_http_send_finish (PURSUIT_HTTP (object), result, &error);
  if (response == NULL || pursuit_http_response_get_object (response) == NULL)
    bench->failures++;

  bench->in_flight--;
  if (bench->to_start > 0)
    start_pursuit (bench);
}

static void
start_pursuit (Bench *bench)
{
  g_autoptr(PursuitHttpRequest) request = pursuit_http_request_new ("bench", "GET", bench->uri);

  bench->to_start--;
  bench->in_flight++;
  pursuit_http_send_async (bench->http, request, NULL, pursuit_done_cb, bench);
}

/* Requests per second with @parallel requests kept in flight. */
static double
run (Bench    *bench,
     gboolean  raw,
     guint     count,
     guint     parallel)
{
  gint64 started = g_get_monotonic_time ();

  bench->to_start = count;
  for (guint i = 0; i < parallel && bench->to_start > 0; i++)
    raw ? start_raw (bench) : start_pursuit (bench);

  while (bench->in_flight > 0)
    g_main_context_iteration (NULL, TRUE);

  return count / ((g_get_monotonic_time () - started) / (double)G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  static const guint parallels[] = { 1, 8 };
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;
  Bench bench = { 0 };

  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handle_request, NULL, NULL);
  if (!soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error))
    g_error ("Cannot listen: %s", error->message);
  uris = soup_server_get_uris (server);
  bench.uri = g_strdup_printf ("http://127.0.0.1:%d/calendar/v3/calendars/primary/events?maxResults=250",
                               g_uri_get_port (uris->data));

  bench.http = pursuit_http_new ();
  bench.session = soup_session_new ();

  for (guint p = 0; p < G_N_ELEMENTS (parallels); p++)
    {
      double best_raw = 0, best_pursuit = 0;

      run (&bench, TRUE, WARMUP, parallels[p]);
      run (&bench, FALSE, WARMUP, parallels[p]);

      /* Interleaved rounds, best of each, so a hiccup does not decide. */
      for (guint round = 0; round < ROUNDS; round++)
        {
          double raw = run (&bench, TRUE, REQUESTS, parallels[p]);
          double pursuit = run (&bench, FALSE, REQUESTS, parallels[p]);

          best_raw = MAX (best_raw, raw);
          best_pursuit = MAX (best_pursuit, pursuit);
        }

      g_print ("%u in flight: SoupSession %.0f requests/s, PursuitHttp %.0f requests/s, "
               "overhead ratio %.2f\n",
               parallels[p], best_raw, best_pursuit, best_raw / best_pursuit);
    }

  g_print ("requests counted by PursuitHttp: %" G_GUINT64_FORMAT "\n",
           pursuit_http_get_request_count (bench.http));

  if (bench.failures > 0)
    g_error ("%u requests failed", bench.failures);

  g_object_unref (bench.http);
  g_object_unref (bench.session);
  g_free (bench.uri);
  soup_server_disconnect (server);

  return 0;
}
