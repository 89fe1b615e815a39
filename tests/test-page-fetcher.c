/* test-page-fetcher.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-page-fetcher"

#include <string.h>

#include <libsoup/soup.h>

#include "capture/pursuit-page-fetcher.h"

#define HUGE_SIZE ((gsize) 25 * 1024 * 1024)

typedef struct
{
  SoupServer         *server;
  guint               port;
  PursuitPageFetcher *fetcher;
  GCancellable       *cancellable;
  GPtrArray          *paused;
  char               *last_user_agent;
} Fixture;

typedef struct
{
  gboolean  done;
  GBytes   *body;
  char     *content_type;
  char     *final_uri;
  GError   *error;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->body, g_bytes_unref);
  g_clear_pointer (&result->content_type, g_free);
  g_clear_pointer (&result->final_uri, g_free);
  g_clear_error (&result->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Server ------------------------------------------------------------------ */

static gboolean
cancel_cb (gpointer user_data)
{
  Fixture *fixture = user_data;

  g_cancellable_cancel (fixture->cancellable);
  return G_SOURCE_REMOVE;
}

static void
handle_request (SoupServer        *server,
                SoupServerMessage *msg,
                const char        *path,
                GHashTable        *query,
                gpointer           user_data)
{
  Fixture *fixture = user_data;
  SoupMessageHeaders *request_headers = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response_headers = soup_server_message_get_response_headers (msg);

  g_free (fixture->last_user_agent);
  fixture->last_user_agent = g_strdup (soup_message_headers_get_one (request_headers, "User-Agent"));

  if (g_str_equal (path, "/page"))
    {
      const char *html = "<html><head><title>Café</title></head><body>Jobs</body></html>";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=UTF-8", SOUP_MEMORY_STATIC,
                                        html, strlen (html));
    }
  else if (g_str_equal (path, "/redirect"))
    {
      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/page");
    }
  else if (g_str_equal (path, "/loop"))
    {
      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/loop");
    }
  else if (g_str_equal (path, "/unavailable"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
    }
  else if (g_str_equal (path, "/latin1"))
    {
      const char *html = "<p>Caf\xe9 cr\xe8me \x80 10</p>";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=ISO-8859-1", SOUP_MEMORY_STATIC,
                                        html, strlen (html));
    }
  else if (g_str_equal (path, "/meta-charset"))
    {
      const char *html = "<html><head><meta charset=\"windows-1252\"></head><p>Z\xfcrich</p></html>";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_STATIC, html, strlen (html));
    }
  else if (g_str_equal (path, "/broken-utf8"))
    {
      const char *text = "ok \xff\xfe bad";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/plain; charset=utf-8", SOUP_MEMORY_STATIC,
                                        text, strlen (text));
    }
  else if (g_str_equal (path, "/unknown-charset"))
    {
      const char *text = "plain ascii";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/plain; charset=x-no-such-charset", SOUP_MEMORY_STATIC,
                                        text, strlen (text));
    }
  else if (g_str_equal (path, "/binary"))
    {
      static const char png[] = "\x89PNG\r\n\x1a\n\xff\x00\xfe";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, png, sizeof png - 1);
    }
  else if (g_str_equal (path, "/huge"))
    {
      char *body = g_malloc (HUGE_SIZE);

      memset (body, 'x', HUGE_SIZE);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html", SOUP_MEMORY_TAKE, body, HUGE_SIZE);
    }
  else if (g_str_equal (path, "/huge-chunked"))
    {
      /* No Content-Length: the cap must stop the reading itself. */
      SoupMessageBody *body = soup_server_message_get_response_body (msg);
      g_autofree char *chunk = g_malloc (1024 * 1024);

      memset (chunk, 'y', 1024 * 1024);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_set_encoding (response_headers, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (response_headers, "text/plain", NULL);
      for (gsize sent = 0; sent < HUGE_SIZE; sent += 1024 * 1024)
        soup_message_body_append (body, SOUP_MEMORY_COPY, chunk, 1024 * 1024);
      soup_message_body_complete (body);
    }
  else if (g_str_equal (path, "/slow"))
    {
      /* Never answers; the client gives up through its cancellable. */
      soup_server_message_pause (msg);
      g_ptr_array_add (fixture->paused, g_object_ref (msg));
      g_timeout_add (50, cancel_cb, fixture);
    }
  else
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
    }
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, handle_request, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (fixture->server);
  g_assert_nonnull (uris);
  fixture->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);

  fixture->fetcher = pursuit_page_fetcher_new ();
  fixture->cancellable = g_cancellable_new ();
  fixture->paused = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->fetcher), (gpointer *)&fixture->fetcher);
  g_object_unref (fixture->fetcher);
  g_assert_null (fixture->fetcher);

  for (guint i = 0; i < fixture->paused->len; i++)
    soup_server_message_unpause (g_ptr_array_index (fixture->paused, i));
  g_ptr_array_unref (fixture->paused);

  soup_server_disconnect (fixture->server);
  g_object_add_weak_pointer (G_OBJECT (fixture->server), (gpointer *)&fixture->server);
  g_object_unref (fixture->server);
  g_assert_null (fixture->server);

  g_clear_object (&fixture->cancellable);
  g_clear_pointer (&fixture->last_user_agent, g_free);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Client ------------------------------------------------------------------ */

static void
fetch_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Result *r = user_data;

  r->body = pursuit_page_fetcher_fetch_finish (PURSUIT_PAGE_FETCHER (object), result,
                                               &r->content_type, &r->final_uri, &r->error);
  /* Never one without the other. */
  g_assert_true ((r->body == NULL) != (r->error == NULL));
  r->done = TRUE;
}

static void
fetch (Fixture    *fixture,
       const char *uri,
       Result     *result)
{
  pursuit_page_fetcher_fetch_async (fixture->fetcher, uri, fixture->cancellable, fetch_cb, result);

  /* The callback never runs before the call returns. */
  g_assert_false (result->done);

  while (!result->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
fetch_path (Fixture    *fixture,
            const char *path,
            Result     *result)
{
  g_autofree char *uri = g_strdup_printf ("http://127.0.0.1:%u%s", fixture->port, path);

  fetch (fixture, uri, result);
}

static char *
body_text (Result *result)
{
  gsize size;
  const char *data = g_bytes_get_data (result->body, &size);

  return g_strndup (data, size);
}

/* Tests ------------------------------------------------------------------- */

static void
test_fetch_page (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  g_autofree char *expected_uri = g_strdup_printf ("http://127.0.0.1:%u/page", fixture->port);
  g_autofree char *text = NULL;

  fetch_path (fixture, "/page", &result);
  g_assert_no_error (result.error);
  text = body_text (&result);
  g_assert_cmpstr (text, ==, "<html><head><title>Café</title></head><body>Jobs</body></html>");
  g_assert_cmpstr (result.content_type, ==, "text/html");
  g_assert_cmpstr (result.final_uri, ==, expected_uri);
  g_assert_cmpstr (fixture->last_user_agent, ==, "Pursuit/0.1 (+https://github.com/pursuit)");
}

static void
test_fetch_redirect (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  g_autofree char *expected_uri = g_strdup_printf ("http://127.0.0.1:%u/page", fixture->port);
  g_autofree char *text = NULL;

  fetch_path (fixture, "/redirect", &result);
  g_assert_no_error (result.error);
  text = body_text (&result);
  g_assert_true (g_str_has_prefix (text, "<html><head><title>Café"));
  g_assert_cmpstr (result.final_uri, ==, expected_uri);
}

static void
test_fetch_redirect_loop (Fixture       *fixture,
                          gconstpointer  data)
{
  g_auto(Result) result = { 0, };

  fetch_path (fixture, "/loop", &result);
  g_assert_error (result.error, SOUP_SESSION_ERROR, SOUP_SESSION_ERROR_TOO_MANY_REDIRECTS);
  g_assert_null (result.content_type);
  g_assert_null (result.final_uri);
}

static void
test_fetch_not_found (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Result) result = { 0, };

  fetch_path (fixture, "/missing", &result);
  g_assert_error (result.error, PURSUIT_FETCH_ERROR, PURSUIT_FETCH_ERROR_HTTP_STATUS);
  g_assert_cmpstr (result.error->message, ==, "The page answered 404 Not Found");
}

static void
test_fetch_unavailable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(Result) result = { 0, };

  fetch_path (fixture, "/unavailable", &result);
  g_assert_error (result.error, PURSUIT_FETCH_ERROR, PURSUIT_FETCH_ERROR_HTTP_STATUS);
  g_assert_cmpstr (result.error->message, ==, "The page answered 503 Service Unavailable");
}

static void
test_fetch_too_large (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Result) result = { 0, };

  fetch_path (fixture, "/huge", &result);
  g_assert_error (result.error, PURSUIT_FETCH_ERROR, PURSUIT_FETCH_ERROR_TOO_LARGE);
}

static void
test_fetch_too_large_chunked (Fixture       *fixture,
                              gconstpointer  data)
{
  g_auto(Result) result = { 0, };

  fetch_path (fixture, "/huge-chunked", &result);
  g_assert_error (result.error, PURSUIT_FETCH_ERROR, PURSUIT_FETCH_ERROR_TOO_LARGE);
  g_assert_cmpstr (result.error->message, ==, "The page is larger than 20 MiB");

  /* The fetcher is still usable afterwards. */
  result_clear (&result);
  result.done = FALSE;
  fetch_path (fixture, "/page", &result);
  g_assert_no_error (result.error);
}

static void
test_fetch_latin1 (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  g_autofree char *text = NULL;

  fetch_path (fixture, "/latin1", &result);
  g_assert_no_error (result.error);
  text = body_text (&result);
  /* Read as browsers do: 0x80 in "ISO-8859-1" is the euro sign. */
  g_assert_cmpstr (text, ==, "<p>Café crème € 10</p>");
}

static void
test_fetch_meta_charset (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  g_autofree char *text = NULL;

  fetch_path (fixture, "/meta-charset", &result);
  g_assert_no_error (result.error);
  text = body_text (&result);
  g_assert_nonnull (strstr (text, "<p>Zürich</p>"));
}

static void
test_fetch_invalid_utf8 (Fixture       *fixture,
                         gconstpointer  data)
{
  g_auto(Result) result = { 0, };
  g_autofree char *text = NULL;

  fetch_path (fixture, "/broken-utf8", &result);
  g_assert_no_error (result.error);
  text = body_text (&result);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (text, ==, "ok \xEF\xBF\xBD\xEF\xBF\xBD bad");
  result_clear (&result);

  result.done = FALSE;
  fetch_path (fixture, "/unknown-charset", &result);
  g_assert_no_error (result.error);
  text = (g_free (text), body_text (&result));
  g_assert_cmpstr (text, ==, "plain ascii");
  g_assert_cmpstr (result.content_type, ==, "text/plain");
}

static void
test_fetch_binary (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\xff\x00\xfe";
  g_auto(Result) result = { 0, };
  g_autoptr(GBytes) expected = g_bytes_new_static (png, sizeof png - 1);

  fetch_path (fixture, "/binary", &result);
  g_assert_no_error (result.error);
  g_assert_cmpstr (result.content_type, ==, "image/png");
  g_assert_true (g_bytes_equal (result.body, expected));
}

static void
test_fetch_cancelled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Result) result = { 0, };

  fetch_path (fixture, "/slow", &result);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->paused->len, ==, 1);
}

static void
test_fetch_cancelled_before (Fixture       *fixture,
                             gconstpointer  data)
{
  g_auto(Result) result = { 0, };

  g_cancellable_cancel (fixture->cancellable);
  fetch_path (fixture, "/page", &result);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_fetch_bad_uri (Fixture       *fixture,
                    gconstpointer  data)
{
  struct {
    const char *uri;
    GQuark      domain;
    int         code;
  } cases[] = {
    { "ftp://example.com/jobs.html", 0, G_IO_ERROR_INVALID_ARGUMENT },
    { "file:///etc/passwd", 0, G_IO_ERROR_INVALID_ARGUMENT },
    { "javascript:alert(1)", 0, G_IO_ERROR_INVALID_ARGUMENT },
    { "not a uri", 0, PURSUIT_FETCH_ERROR_INVALID_URI },
    { "", 0, PURSUIT_FETCH_ERROR_INVALID_URI },
    { "http://", 0, PURSUIT_FETCH_ERROR_INVALID_URI },
    { "http:///path", 0, PURSUIT_FETCH_ERROR_INVALID_URI },
  };

  cases[0].domain = cases[1].domain = cases[2].domain = G_IO_ERROR;
  for (guint i = 3; i < G_N_ELEMENTS (cases); i++)
    cases[i].domain = PURSUIT_FETCH_ERROR;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) result = { 0, };

      g_test_message ("uri “%s”", cases[i].uri);
      fetch (fixture, cases[i].uri, &result);
      g_assert_error (result.error, cases[i].domain, cases[i].code);
      g_assert_null (result.body);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* The loopback server must be reached directly, whatever proxy the
   * desktop uses; the GNOME resolver would also need installed schemas. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/services/page-fetcher/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("page", test_fetch_page);
  ADD ("redirect", test_fetch_redirect);
  ADD ("redirect-loop", test_fetch_redirect_loop);
  ADD ("not-found", test_fetch_not_found);
  ADD ("unavailable", test_fetch_unavailable);
  ADD ("too-large", test_fetch_too_large);
  ADD ("too-large-chunked", test_fetch_too_large_chunked);
  ADD ("latin1", test_fetch_latin1);
  ADD ("meta-charset", test_fetch_meta_charset);
  ADD ("invalid-utf8", test_fetch_invalid_utf8);
  ADD ("binary", test_fetch_binary);
  ADD ("cancelled", test_fetch_cancelled);
  ADD ("cancelled-before", test_fetch_cancelled_before);
  ADD ("bad-uri", test_fetch_bad_uri);

#undef ADD

  return g_test_run ();
}
