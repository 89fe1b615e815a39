/* pursuit-test-http-server.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-http"

#include <string.h>

#include "pursuit-test-http-server.h"

GString *captured_logs;

static void
seen_free (gpointer data)
{
  Seen *seen = data;

  g_free (seen->method);
  g_free (seen->path);
  g_free (seen->query);
  g_free (seen->authorization);
  g_free (seen->depth);
  g_free (seen->content_type);
  g_clear_pointer (&seen->body, g_bytes_unref);
  g_free (seen);
}

void
result_clear (Result *result)
{
  g_clear_object (&result->response);
  g_clear_error (&result->error);
  result->done = FALSE;
}

/* Server ------------------------------------------------------------------ */

static void
reply (SoupServerMessage *msg,
       const Step        *step)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_server_message_set_status (msg, step->status, NULL);
  if (step->retry_after != NULL)
    soup_message_headers_replace (headers, "Retry-After", step->retry_after);
  if (step->location != NULL)
    soup_message_headers_replace (headers, "Location", step->location);
  soup_message_headers_replace (headers, "ETag", "\"etag-1\"");

  if (step->body == NULL)
    return;

  if (step->chunked)
    {
      SoupMessageBody *body = soup_server_message_get_response_body (msg);

      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (headers, step->content_type, NULL);
      for (gsize i = 0; i < MAX (step->repeat, 1); i++)
        soup_message_body_append (body, SOUP_MEMORY_STATIC, step->body, strlen (step->body));
      soup_message_body_complete (body);
    }
  else if (step->repeat > 1)
    {
      GString *text = g_string_sized_new (strlen (step->body) * step->repeat);

      for (gsize i = 0; i < step->repeat; i++)
        g_string_append (text, step->body);
      soup_server_message_set_response (msg, step->content_type, SOUP_MEMORY_TAKE,
                                        text->str, text->len);
      g_string_free (text, FALSE);
    }
  else
    {
      soup_server_message_set_response (msg, step->content_type, SOUP_MEMORY_STATIC,
                                        step->body, strlen (step->body));
    }
}

typedef struct
{
  Fixture           *fixture;
  SoupServerMessage *msg;
  Step               step;
  guint              source_id;
} Delayed;

static void
delayed_free (gpointer data)
{
  Delayed *delayed = data;

  g_clear_handle_id (&delayed->source_id, g_source_remove);
  g_object_unref (delayed->msg);
  g_free (delayed);
}

static gboolean
delayed_reply_cb (gpointer user_data)
{
  Delayed *delayed = user_data;

  delayed->source_id = 0;
  reply (delayed->msg, &delayed->step);
  soup_server_message_unpause (delayed->msg);
  g_ptr_array_remove (delayed->fixture->delayed, delayed);

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
  SoupMessageBody *request_body = soup_server_message_get_request_body (msg);
  GUri *uri = soup_server_message_get_uri (msg);
  const Step *step;
  Seen *seen;

  seen = g_new0 (Seen, 1);
  seen->method = g_strdup (soup_server_message_get_method (msg));
  seen->path = g_strdup (path);
  seen->query = g_strdup (g_uri_get_query (uri));
  seen->authorization = g_strdup (soup_message_headers_get_one (request_headers, "Authorization"));
  seen->depth = g_strdup (soup_message_headers_get_one (request_headers, "Depth"));
  seen->content_type = g_strdup (soup_message_headers_get_one (request_headers, "Content-Type"));
  seen->body = soup_message_body_flatten (request_body);
  seen->at = g_get_monotonic_time ();
  g_ptr_array_add (fixture->seen, seen);

  g_assert_cmpuint (fixture->plan->len, >, 0);
  step = &g_array_index (fixture->plan, Step, MIN (fixture->next, fixture->plan->len - 1));
  fixture->next++;

  /* The 401 test: only the refreshed token is good. */
  if (step->kind == STEP_ANSWER && step->status == SOUP_STATUS_OK &&
      g_strcmp0 (path, "/needs-new-token") == 0 &&
      g_strcmp0 (seen->authorization, "Bearer new-secret-token") != 0)
    {
      soup_server_message_set_status (msg, SOUP_STATUS_UNAUTHORIZED, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Bearer error=\"invalid_token\"");
      return;
    }

  switch (step->kind)
    {
    case STEP_DROP:
      {
        g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);

        g_io_stream_close (stream, NULL, NULL);
        return;
      }

    case STEP_TRUNCATE:
      {
        g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);
        const char *partial = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 100\r\n\r\n{\"a\":";

        g_output_stream_write_all (g_io_stream_get_output_stream (stream), partial,
                                   strlen (partial), NULL, NULL, NULL);
        g_io_stream_close (stream, NULL, NULL);
        return;
      }

    case STEP_ECHO:
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "ETag", "\"etag-1\"");
      soup_server_message_set_response (msg, seen->content_type, SOUP_MEMORY_COPY,
                                        g_bytes_get_data (seen->body, NULL),
                                        g_bytes_get_size (seen->body));
      return;

    case STEP_ANSWER:
      if (step->delay_ms > 0)
        {
          Delayed *delayed = g_new0 (Delayed, 1);

          delayed->fixture = fixture;
          delayed->msg = g_object_ref (msg);
          delayed->step = *step;
          soup_server_message_pause (msg);
          delayed->source_id = g_timeout_add (step->delay_ms, delayed_reply_cb, delayed);
          g_ptr_array_add (fixture->delayed, delayed);
          return;
        }
      reply (msg, step);
      return;

    default:
      g_assert_not_reached ();
    }
}

void
plan (Fixture    *fixture,
      const Step *steps,
      guint       n_steps)
{
  g_array_set_size (fixture->plan, 0);
  g_array_append_vals (fixture->plan, steps, n_steps);
  fixture->next = 0;
  g_ptr_array_set_size (fixture->seen, 0);
}

void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoslist(GUri) uris = NULL;

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, handle_request, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (fixture->server);
  fixture->base = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));

  fixture->plan = g_array_new (FALSE, TRUE, sizeof (Step));
  fixture->seen = g_ptr_array_new_with_free_func (seen_free);
  fixture->delayed = g_ptr_array_new_with_free_func (delayed_free);
  fixture->cancellable = g_cancellable_new ();

  fixture->http = pursuit_http_new ();
  g_object_add_weak_pointer (G_OBJECT (fixture->http), (gpointer *)&fixture->http);
  /* Small delays keep the suite quick; the tests that time the waits set
   * their own. */
  pursuit_http_set_retry_policy (fixture->http, 3, 5, 40);
}

void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_object_unref (fixture->http);
  g_assert_null (fixture->http);

  /* Replies still waiting hold their messages. */
  g_clear_pointer (&fixture->delayed, g_ptr_array_unref);
  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_clear_object (&fixture->cancellable);
  g_clear_pointer (&fixture->plan, g_array_unref);
  g_clear_pointer (&fixture->seen, g_ptr_array_unref);
  g_clear_pointer (&fixture->base, g_free);
}

/* Client ------------------------------------------------------------------ */

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Result *res = user_data;

  res->response = pursuit_http_send_finish (PURSUIT_HTTP (object), result, &res->error);
  g_assert_true ((res->response == NULL) != (res->error == NULL));
  res->elapsed = g_get_monotonic_time () - res->started;
  res->done = TRUE;
}

void
start (Fixture            *fixture,
       PursuitHttpRequest *request,
       Result             *result)
{
  result->done = FALSE;
  result->started = g_get_monotonic_time ();
  pursuit_http_send_async (fixture->http, request, fixture->cancellable, send_cb, result);
}

void
wait_for (Result *result)
{
  while (!result->done)
    g_main_context_iteration (NULL, TRUE);
}

void
send_and_wait (Fixture            *fixture,
               PursuitHttpRequest *request,
               Result             *result)
{
  start (fixture, request, result);
  wait_for (result);
}

PursuitHttpRequest *
new_request (Fixture    *fixture,
             const char *method,
             const char *path)
{
  g_autofree char *uri = g_strconcat (fixture->base, path, NULL);
  PursuitHttpRequest *request = pursuit_http_request_new ("google", method, uri);

  pursuit_http_request_set_service_name (request, "Google");

  return request;
}

Seen *
seen_at (Fixture *fixture,
         guint    index)
{
  g_assert_cmpuint (index, <, fixture->seen->len);
  return g_ptr_array_index (fixture->seen, index);
}


static void test_authorizer_iface_init (PursuitAuthorizerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestAuthorizer, test_authorizer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_AUTHORIZER, test_authorizer_iface_init))

static void
test_authorizer_authorize_async (PursuitAuthorizer   *authorizer,
                                 gboolean             force_refresh,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  TestAuthorizer *self = TEST_AUTHORIZER (authorizer);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  self->calls++;
  if (force_refresh)
    self->forced++;

  if (self->fail)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED, "%s", "No sign-in");
  else
    g_task_return_pointer (task,
                           g_strdup (self->forced > 0 ? "Bearer new-secret-token" : "Bearer old-secret-token"),
                           g_free);
}

static char *
test_authorizer_authorize_finish (PursuitAuthorizer  *authorizer,
                                  GAsyncResult       *result,
                                  GError            **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
test_authorizer_iface_init (PursuitAuthorizerInterface *iface)
{
  iface->authorize_async = test_authorizer_authorize_async;
  iface->authorize_finish = test_authorizer_authorize_finish;
}

static void
test_authorizer_class_init (TestAuthorizerClass *klass)
{
}

static void
test_authorizer_init (TestAuthorizer *self)
{
}

static GLogWriterOutput
capture_writer (GLogLevelFlags   log_level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "MESSAGE"))
        {
          if (fields[i].length < 0)
            g_string_append (captured_logs, fields[i].value);
          else
            g_string_append_len (captured_logs, fields[i].value, fields[i].length);
          g_string_append_c (captured_logs, '\n');
        }
    }

  if (log_level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO))
    return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

void
pursuit_test_http_init (int    *argc,
                        char ***argv)
{
  /* The loopback server must be reached directly, whatever proxy the
   * desktop uses; the GNOME resolver would also need installed schemas. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  pursuit_test_http_capture_logs ();
}

void
pursuit_test_http_capture_logs (void)
{
  captured_logs = g_string_new (NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);
}
