/* test-http.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-http"

#include <string.h>

#include <gio/gio.h>
#include <libsoup/soup.h>

#include "http/pursuit-http.h"
#include "http/pursuit-http-private.h"

/* A scripted server: each request takes the next step of the plan (the
 * last step repeats), and what the client sent is kept for the checks. */

typedef enum
{
  STEP_ANSWER,
  STEP_DROP,          /* close the connection without an answer */
  STEP_TRUNCATE,      /* promise 100 bytes, send 5, close */
  STEP_ECHO,          /* answer 200 with the request body and type */
} StepKind;

typedef struct
{
  StepKind    kind;
  guint       status;
  const char *content_type;
  const char *body;
  const char *retry_after;
  const char *location;
  guint       delay_ms;
  gboolean    chunked;
  gsize       repeat;  /* body repeated that many times (huge bodies) */
} Step;

typedef struct
{
  char    *method;
  char    *path;
  char    *query;
  char    *authorization;
  char    *depth;
  char    *content_type;
  GBytes  *body;
  gint64   at;
} Seen;

typedef struct
{
  SoupServer   *server;
  char         *base;
  PursuitHttp  *http;
  GArray       *plan;
  guint         next;
  GPtrArray    *seen;
  GPtrArray    *delayed;
  GCancellable *cancellable;
} Fixture;

typedef struct
{
  gboolean             done;
  PursuitHttpResponse *response;
  GError              *error;
  gint64               started;
  gint64               elapsed;
} Result;

static GString *captured_logs;

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

static void
result_clear (Result *result)
{
  g_clear_object (&result->response);
  g_clear_error (&result->error);
  result->done = FALSE;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

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

static void
plan (Fixture    *fixture,
      const Step *steps,
      guint       n_steps)
{
  g_array_set_size (fixture->plan, 0);
  g_array_append_vals (fixture->plan, steps, n_steps);
  fixture->next = 0;
  g_ptr_array_set_size (fixture->seen, 0);
}

static void
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

static void
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

static void
start (Fixture            *fixture,
       PursuitHttpRequest *request,
       Result             *result)
{
  result->done = FALSE;
  result->started = g_get_monotonic_time ();
  pursuit_http_send_async (fixture->http, request, fixture->cancellable, send_cb, result);
}

static void
wait_for (Result *result)
{
  while (!result->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
send_and_wait (Fixture            *fixture,
               PursuitHttpRequest *request,
               Result             *result)
{
  start (fixture, request, result);
  wait_for (result);
}

static PursuitHttpRequest *
new_request (Fixture    *fixture,
             const char *method,
             const char *path)
{
  g_autofree char *uri = g_strconcat (fixture->base, path, NULL);
  PursuitHttpRequest *request = pursuit_http_request_new ("google", method, uri);

  pursuit_http_request_set_service_name (request, "Google");

  return request;
}

static Seen *
seen_at (Fixture *fixture,
         guint    index)
{
  g_assert_cmpuint (index, <, fixture->seen->len);
  return g_ptr_array_index (fixture->seen, index);
}

/* A test authorizer: "Bearer old-secret-token" until asked to refresh. */

#define TEST_TYPE_AUTHORIZER (test_authorizer_get_type ())
G_DECLARE_FINAL_TYPE (TestAuthorizer, test_authorizer, TEST, AUTHORIZER, GObject)

struct _TestAuthorizer
{
  GObject  parent_instance;
  guint    calls;
  guint    forced;
  gboolean fail;
};

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

/* Tests ------------------------------------------------------------------- */

static void
test_json_round_trip (Fixture       *fixture,
                      gconstpointer  data)
{
  static const Step steps[] = { { .kind = STEP_ECHO } };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "POST", "/calendar/v3/events");
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) body = NULL;
  g_auto(Result) result = { 0 };
  JsonObject *object;
  Seen *seen;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "summary");
  json_builder_add_string_value (builder, "Interview: Café \"quoted\" at Ünïcode");
  json_builder_set_member_name (builder, "minutes");
  json_builder_add_int_value (builder, 15);
  json_builder_end_object (builder);
  body = json_builder_get_root (builder);

  pursuit_http_request_set_json_body (request, body);
  pursuit_http_request_add_query (request, "sendUpdates", "none");
  pursuit_http_request_add_query (request, "q", "a b&c=d/é");
  pursuit_http_request_add_query (request, "q", "second");

  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);

  g_assert_cmpuint (pursuit_http_response_get_status (result.response), ==, 200);
  object = pursuit_http_response_get_object (result.response);
  g_assert_nonnull (object);
  g_assert_cmpstr (json_object_get_string_member (object, "summary"), ==,
                   "Interview: Café \"quoted\" at Ünïcode");
  g_assert_cmpint (json_object_get_int_member (object, "minutes"), ==, 15);
  g_assert_cmpstr (pursuit_http_response_get_etag (result.response), ==, "\"etag-1\"");
  g_assert_cmpstr (pursuit_http_response_get_header (result.response, "etag"), ==, "\"etag-1\"");
  g_assert_null (pursuit_http_response_get_header (result.response, "X-Missing"));

  seen = seen_at (fixture, 0);
  g_assert_cmpstr (seen->method, ==, "POST");
  g_assert_cmpstr (seen->path, ==, "/calendar/v3/events");
  g_assert_cmpstr (seen->content_type, ==, "application/json; charset=utf-8");
  g_assert_cmpstr (seen->query, ==, "sendUpdates=none&q=a%20b%26c%3Dd%2F%C3%A9&q=second");
  g_assert_null (seen->authorization);
  g_assert_cmpuint (pursuit_http_get_request_count (fixture->http), ==, 1);
}

static void
test_form_body (Fixture       *fixture,
                gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = "{\"access_token\": \"x\", \"expires_in\": 3599}" },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "POST", "/token");
  g_autoptr(GHashTable) form = NULL;
  g_auto(Result) result = { 0 };
  Seen *seen;

  pursuit_http_request_set_form_body (request,
                                      "grant_type", "authorization_code",
                                      "code", "4/a b+c&d=é",
                                      "redirect_uri", "http://127.0.0.1:1234/",
                                      NULL);

  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpint (json_object_get_int_member (pursuit_http_response_get_object (result.response),
                                               "expires_in"), ==, 3599);

  seen = seen_at (fixture, 0);
  g_assert_cmpstr (seen->content_type, ==, "application/x-www-form-urlencoded");
  form = soup_form_decode (g_bytes_get_data (seen->body, NULL));
  g_assert_cmpstr (g_hash_table_lookup (form, "grant_type"), ==, "authorization_code");
  g_assert_cmpstr (g_hash_table_lookup (form, "code"), ==, "4/a b+c&d=é");
  g_assert_cmpstr (g_hash_table_lookup (form, "redirect_uri"), ==, "http://127.0.0.1:1234/");
}

static void
test_propfind (Fixture       *fixture,
               gconstpointer  data)
{
  static const char *multistatus =
    "<?xml version=\"1.0\"?><d:multistatus xmlns:d=\"DAV:\"><d:response>"
    "<d:href>/cal/</d:href></d:response></d:multistatus>";
  const Step steps[] = {
    { .kind = STEP_ANSWER, .status = SOUP_STATUS_MULTI_STATUS,
      .content_type = "application/xml; charset=utf-8", .body = multistatus },
  };
  static const char *propfind =
    "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\"><d:prop><d:current-user-principal/>"
    "</d:prop></d:propfind>";
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "PROPFIND", "/dav/");
  g_autoptr(GBytes) body = g_bytes_new_static (propfind, strlen (propfind));
  g_auto(Result) result = { 0 };
  GBytes *answer;
  Seen *seen;

  pursuit_http_request_set_body (request, "application/xml; charset=utf-8", body);
  pursuit_http_request_set_header (request, "Depth", "1");
  pursuit_http_request_set_expect_json (request, FALSE);

  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);

  g_assert_cmpuint (pursuit_http_response_get_status (result.response), ==, 207);
  answer = pursuit_http_response_get_body (result.response);
  g_assert_cmpmem (g_bytes_get_data (answer, NULL), g_bytes_get_size (answer),
                   multistatus, strlen (multistatus));
  g_assert_null (pursuit_http_response_get_json (result.response));

  seen = seen_at (fixture, 0);
  g_assert_cmpstr (seen->method, ==, "PROPFIND");
  g_assert_cmpstr (seen->depth, ==, "1");
  g_assert_cmpstr (seen->content_type, ==, "application/xml; charset=utf-8");
  g_assert_true (g_bytes_equal (seen->body, body));

  /* The same request may be sent again. */
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  g_assert_true (g_bytes_equal (seen_at (fixture, 1)->body, body));
}

static void
test_accept_status (Fixture       *fixture,
                    gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = SOUP_STATUS_NOT_MODIFIED },
    { .kind = STEP_ANSWER, .status = SOUP_STATUS_NOT_FOUND, .content_type = "text/html",
      .body = "<html>nope</html>" },
    { .kind = STEP_ANSWER, .status = 204 },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/item");
  g_auto(Result) result = { 0 };

  pursuit_http_request_accept_status (request, SOUP_STATUS_NOT_MODIFIED);
  pursuit_http_request_accept_status (request, SOUP_STATUS_NOT_FOUND);
  plan (fixture, steps, G_N_ELEMENTS (steps));

  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (pursuit_http_response_get_status (result.response), ==, 304);

  /* An accepted status with a body that is not JSON is still an answer. */
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (pursuit_http_response_get_status (result.response), ==, 404);
  g_assert_null (pursuit_http_response_get_json (result.response));

  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (pursuit_http_response_get_status (result.response), ==, 204);
  g_assert_cmpuint (g_bytes_get_size (pursuit_http_response_get_body (result.response)), ==, 0);
  g_assert_null (pursuit_http_response_get_object (result.response));
}

static void
test_backoff_statuses (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct
  {
    guint       status;
    const char *body;
  } cases[] = {
    { 429, NULL },
    { 500, NULL },
    { 502, NULL },
    { 503, NULL },
    { 504, NULL },
    { 403, "{\"error\": {\"code\": 403, \"message\": \"Rate Limit Exceeded\", \"errors\": "
           "[{\"domain\": \"usageLimits\", \"reason\": \"rateLimitExceeded\"}]}}" },
    { 403, "{\"error\": {\"code\": 403, \"message\": \"User Rate Limit Exceeded\", \"errors\": "
           "[{\"domain\": \"usageLimits\", \"reason\": \"userRateLimitExceeded\"}]}}" },
  };

  /* Delays 40 + 0..40, then 80 + 0..40 ms. */
  pursuit_http_set_retry_policy (fixture->http, 3, 40, 1000);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Step steps[] = {
        { .kind = STEP_ANSWER, .status = cases[i].status, .content_type = "application/json",
          .body = cases[i].body },
        { .kind = STEP_ANSWER, .status = cases[i].status, .content_type = "application/json",
          .body = cases[i].body },
        { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "[1, 2]" },
      };
      g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/flaky");
      g_auto(Result) result = { 0 };
      gint64 first_wait, second_wait;

      g_test_message ("status %u", cases[i].status);
      plan (fixture, steps, G_N_ELEMENTS (steps));
      send_and_wait (fixture, request, &result);
      g_assert_no_error (result.error);
      g_assert_true (JSON_NODE_HOLDS_ARRAY (pursuit_http_response_get_json (result.response)));
      g_assert_cmpuint (fixture->seen->len, ==, 3);

      first_wait = seen_at (fixture, 1)->at - seen_at (fixture, 0)->at;
      second_wait = seen_at (fixture, 2)->at - seen_at (fixture, 1)->at;
      g_assert_cmpint (first_wait, >=, 40 * 1000);
      g_assert_cmpint (second_wait, >=, 80 * 1000);
      /* Generous upper bounds: CI is slow, but not seconds slow. */
      g_assert_cmpint (first_wait, <, 900 * 1000);
      g_assert_cmpint (second_wait, <, 900 * 1000);
    }

  g_assert_cmpuint (pursuit_http_get_request_count (fixture->http), ==, 3 * G_N_ELEMENTS (cases));
  /* Each success wiped the failures before it. */
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_CLOSED);
}

/* GETs /limited through @steps, a Retry-After answer first, with a
 * backoff of its own of 10..20 ms for the first retry: far from the
 * header's seconds, so the tests can tell which one PursuitHttp waited. */
static void
send_rate_limited (Fixture    *fixture,
                   const Step *steps,
                   guint       n_steps,
                   Result     *result)
{
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/limited");

  pursuit_http_set_retry_policy (fixture->http, 3, 10, 5000);
  plan (fixture, steps, n_steps);
  send_and_wait (fixture, request, result);
}

static void
test_retry_after (Fixture       *fixture,
                  gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 429, .retry_after = "1" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
  };
  g_auto(Result) result = { 0 };
  gint64 wait;

  send_rate_limited (fixture, steps, G_N_ELEMENTS (steps), &result);
  g_assert_no_error (result.error);

  wait = seen_at (fixture, 1)->at - seen_at (fixture, 0)->at;
  g_assert_cmpint (wait, >=, 1000 * 1000);
  g_assert_cmpint (wait, <, 3000 * 1000);
}

static void
test_retry_after_date (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_seconds (now, 2);
  g_autofree char *date = soup_date_time_to_string (later, SOUP_DATE_HTTP);
  const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 503, .retry_after = date },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
  };
  g_auto(Result) result = { 0 };
  gint64 wait;

  send_rate_limited (fixture, steps, G_N_ELEMENTS (steps), &result);
  g_assert_no_error (result.error);

  /* The date has whole seconds: between 1 and 2 s from now. */
  wait = seen_at (fixture, 1)->at - seen_at (fixture, 0)->at;
  g_assert_cmpint (wait, >=, 900 * 1000);
  g_assert_cmpint (wait, <, 3500 * 1000);
}

static void
test_retry_after_too_long (Fixture       *fixture,
                           gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 429, .retry_after = "120" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
  };
  g_auto(Result) result = { 0 };

  send_rate_limited (fixture, steps, G_N_ELEMENTS (steps), &result);

  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_RATE_LIMITED);
  g_assert_true (pursuit_http_error_is_transient (result.error));
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  g_assert_cmpint (result.elapsed, <, 1000 * 1000);
}

static void
test_give_up (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct
  {
    guint status;
    int   code;
  } cases[] = {
    { 503, PURSUIT_HTTP_ERROR_SERVER },
    { 429, PURSUIT_HTTP_ERROR_RATE_LIMITED },
  };

  pursuit_http_set_retry_policy (fixture->http, 2, 1, 5);
  pursuit_http_set_breaker_policy (fixture->http, 100, G_TIME_SPAN_MINUTE, G_TIME_SPAN_MINUTE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Step steps[] = { { .kind = STEP_ANSWER, .status = cases[i].status } };
      g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
      g_auto(Result) result = { 0 };

      plan (fixture, steps, G_N_ELEMENTS (steps));
      send_and_wait (fixture, request, &result);
      g_assert_error (result.error, PURSUIT_HTTP_ERROR, cases[i].code);
      g_assert_true (pursuit_http_error_is_transient (result.error));
      /* The first attempt and two retries. */
      g_assert_cmpuint (fixture->seen->len, ==, 3);
    }

  /* No retries at all. */
  {
    static const Step steps[] = { { .kind = STEP_ANSWER, .status = 500 } };
    g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
    g_auto(Result) result = { 0 };

    pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
    plan (fixture, steps, G_N_ELEMENTS (steps));
    send_and_wait (fixture, request, &result);
    g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER);
    g_assert_cmpuint (fixture->seen->len, ==, 1);
  }
}

static void
test_client_errors_not_retried (Fixture       *fixture,
                                gconstpointer  data)
{
  static const struct
  {
    guint       status;
    const char *body;
    int         code;
  } cases[] = {
    { 400, "{\"error\": {\"code\": 400, \"message\": \"The specified time range is empty.\", "
           "\"errors\": [{\"reason\": \"timeRangeEmpty\"}]}}", PURSUIT_HTTP_ERROR_BAD_REQUEST },
    { 401, NULL, PURSUIT_HTTP_ERROR_UNAUTHORIZED },
    { 403, "{\"error\": {\"code\": 403, \"message\": \"Daily Limit Exceeded\", "
           "\"errors\": [{\"reason\": \"dailyLimitExceeded\"}]}}", PURSUIT_HTTP_ERROR_FORBIDDEN },
    { 404, NULL, PURSUIT_HTTP_ERROR_NOT_FOUND },
    { 405, NULL, PURSUIT_HTTP_ERROR_BAD_REQUEST },
    { 409, NULL, PURSUIT_HTTP_ERROR_CONFLICT },
    { 410, NULL, PURSUIT_HTTP_ERROR_GONE },
    { 412, NULL, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED },
    { 422, NULL, PURSUIT_HTTP_ERROR_BAD_REQUEST },
    { 501, NULL, PURSUIT_HTTP_ERROR_SERVER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Step steps[] = {
        { .kind = STEP_ANSWER, .status = cases[i].status, .content_type = "application/json",
          .body = cases[i].body },
        { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
      };
      g_autoptr(PursuitHttpRequest) request = new_request (fixture, "DELETE", "/thing");
      g_auto(Result) result = { 0 };

      g_test_message ("status %u", cases[i].status);
      plan (fixture, steps, G_N_ELEMENTS (steps));
      send_and_wait (fixture, request, &result);
      g_assert_error (result.error, PURSUIT_HTTP_ERROR, cases[i].code);
      g_assert_cmpuint (fixture->seen->len, ==, 1);
    }

  /* 4xx answers say nothing about the service's health. */
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_CLOSED);
}

static void
test_error_messages (Fixture       *fixture,
                     gconstpointer  data)
{
  static const struct
  {
    guint       status;
    const char *content_type;
    const char *body;
    const char *message;
  } cases[] = {
    { 403, "application/json",
      "{\"error\": {\"code\": 403, \"message\": \"Daily Limit Exceeded\", \"errors\": "
      "[{\"domain\": \"usageLimits\", \"reason\": \"dailyLimitExceeded\"}], \"status\": \"PERMISSION_DENIED\"}}",
      "Google answered that the request was not allowed (403): Daily Limit Exceeded." },
    /* The reason when there is no message. */
    { 409, "application/json", "{\"error\": {\"code\": 409, \"errors\": [{\"reason\": \"duplicate\"}]}}",
      "Google answered that the item already exists (409): duplicate." },
    /* OAuth's shape. */
    { 400, "application/json", "{\"error\": \"invalid_grant\", \"error_description\": \"Bad Request\"}",
      "Google answered that the request was not valid (400): Bad Request." },
    /* Not JSON: the status phrase, never the page. */
    { 404, "text/html", "<html><body>secret-page-text</body></html>",
      "Google answered that the item was not found (404): Not Found." },
    /* Hostile text: control characters, markup kept as text, no double stop. */
    { 412, "application/json", "{\"error\": {\"message\": \"Line one\\nline <b>two</b>.\"}}",
      "Google answered that the item was changed elsewhere (412): Line one line <b>two</b>." },
    { 400, "application/json", "{\"error\": {\"message\": 42, \"errors\": \"nope\"}}",
      "Google answered that the request was not valid (400): Bad Request." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Step steps[] = {
        { .kind = STEP_ANSWER, .status = cases[i].status, .content_type = cases[i].content_type,
          .body = cases[i].body },
      };
      g_autoptr(PursuitHttpRequest) request = NULL;
      g_autofree char *uri = g_strconcat (fixture->base, "/events?access_token=query-secret", NULL);
      g_auto(Result) result = { 0 };

      request = pursuit_http_request_new ("google", "GET", uri);
      pursuit_http_request_set_service_name (request, "Google");
      pursuit_http_request_add_query (request, "pageToken", "another-secret");

      plan (fixture, steps, G_N_ELEMENTS (steps));
      send_and_wait (fixture, request, &result);
      g_assert_nonnull (result.error);
      g_assert_cmpstr (result.error->message, ==, cases[i].message);
      g_assert_null (strstr (result.error->message, "secret"));
    }

  /* A very long message is cut. */
  {
    g_autoptr(GString) body = g_string_new ("{\"error\": {\"message\": \"");
    g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/long");
    g_auto(Result) result = { 0 };
    Step steps[1] = { { .kind = STEP_ANSWER, .status = 400, .content_type = "application/json" } };

    for (guint i = 0; i < 1000; i++)
      g_string_append (body, "é");
    g_string_append (body, "\"}}");
    steps[0].body = body->str;

    plan (fixture, steps, G_N_ELEMENTS (steps));
    send_and_wait (fixture, request, &result);
    g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_BAD_REQUEST);
    g_assert_true (g_utf8_validate (result.error->message, -1, NULL));
    g_assert_cmpuint (g_utf8_strlen (result.error->message, -1), <, 300);
  }
}

static void
test_unauthorized_refresh (Fixture       *fixture,
                           gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{\"ok\": true}" },
  };
  g_autoptr(TestAuthorizer) authorizer = g_object_new (TEST_TYPE_AUTHORIZER, NULL);
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/needs-new-token");
  g_auto(Result) result = { 0 };

  pursuit_http_request_set_authorizer (request, PURSUIT_AUTHORIZER (authorizer));
  g_assert_true (pursuit_http_request_get_authorizer (request) == PURSUIT_AUTHORIZER (authorizer));

  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_true (json_object_get_boolean_member (pursuit_http_response_get_object (result.response), "ok"));

  g_assert_cmpuint (authorizer->calls, ==, 2);
  g_assert_cmpuint (authorizer->forced, ==, 1);
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  g_assert_cmpstr (seen_at (fixture, 0)->authorization, ==, "Bearer old-secret-token");
  g_assert_cmpstr (seen_at (fixture, 1)->authorization, ==, "Bearer new-secret-token");
}

static void
test_unauthorized_twice (Fixture       *fixture,
                         gconstpointer  data)
{
  static const Step steps[] = { { .kind = STEP_ANSWER, .status = 401 } };
  g_autoptr(TestAuthorizer) authorizer = g_object_new (TEST_TYPE_AUTHORIZER, NULL);
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/always-401");
  g_auto(Result) result = { 0 };

  pursuit_http_request_set_authorizer (request, PURSUIT_AUTHORIZER (authorizer));
  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);

  /* One refresh, one retry, then the error. */
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED);
  g_assert_false (pursuit_http_error_is_transient (result.error));
  g_assert_cmpuint (authorizer->calls, ==, 2);
  g_assert_cmpuint (authorizer->forced, ==, 1);
  g_assert_cmpuint (fixture->seen->len, ==, 2);

  /* An authorizer that fails: its error, nothing sent. */
  result_clear (&result);
  authorizer->fail = TRUE;
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpuint (fixture->seen->len, ==, 2);
}

static void
test_redirect (Fixture       *fixture,
               gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 302, .location = "/elsewhere" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
  };
  g_autoptr(TestAuthorizer) authorizer = g_object_new (TEST_TYPE_AUTHORIZER, NULL);
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/moved");
  g_auto(Result) result = { 0 };

  /* Without credentials, followed. */
  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  g_assert_cmpstr (seen_at (fixture, 1)->path, ==, "/elsewhere");

  /* With credentials, the caller decides. */
  result_clear (&result);
  pursuit_http_request_set_authorizer (request, PURSUIT_AUTHORIZER (authorizer));
  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
  g_assert_cmpuint (fixture->seen->len, ==, 1);

  result_clear (&result);
  pursuit_http_request_accept_status (request, 302);
  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (pursuit_http_response_get_status (result.response), ==, 302);
  g_assert_cmpstr (pursuit_http_response_get_header (result.response, "Location"), ==, "/elsewhere");
}

static void
test_circuit_breaker (Fixture       *fixture,
                      gconstpointer  data)
{
  static const Step failing[] = { { .kind = STEP_ANSWER, .status = 503 } };
  static const Step healthy[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}",
      .delay_ms = 100 },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
  g_autoptr(PursuitHttpRequest) other = NULL;
  g_autofree char *other_uri = g_strconcat (fixture->base, "/other", NULL);
  g_auto(Result) result = { 0 };
  g_auto(Result) second = { 0 };

  pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
  pursuit_http_set_breaker_policy (fixture->http, PURSUIT_HTTP_BREAKER_FAILURES,
                                   PURSUIT_HTTP_BREAKER_WINDOW, 300 * G_TIME_SPAN_MILLISECOND);
  plan (fixture, failing, G_N_ELEMENTS (failing));

  for (guint i = 0; i < PURSUIT_HTTP_BREAKER_FAILURES; i++)
    {
      g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_CLOSED);
      result_clear (&result);
      send_and_wait (fixture, request, &result);
      g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER);
    }
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_OPEN);
  g_assert_cmpuint (fixture->seen->len, ==, PURSUIT_HTTP_BREAKER_FAILURES);

  /* Open: fails fast, nothing sent. */
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CIRCUIT_OPEN);
  g_assert_true (pursuit_http_error_is_transient (result.error));
  g_assert_cmpuint (fixture->seen->len, ==, PURSUIT_HTTP_BREAKER_FAILURES);
  g_assert_cmpint (result.elapsed, <, 100 * 1000);

  /* Another service has its own breaker. */
  other = pursuit_http_request_new ("caldav:example", "GET", other_uri);
  result_clear (&result);
  send_and_wait (fixture, other, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER);
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "caldav:example"), ==, PURSUIT_CIRCUIT_CLOSED);

  /* Half-open after open_for: one request through, the others refused. */
  g_usleep (350 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_HALF_OPEN);
  plan (fixture, healthy, G_N_ELEMENTS (healthy));
  result_clear (&result);
  start (fixture, request, &result);
  start (fixture, request, &second);
  wait_for (&second);
  g_assert_error (second.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CIRCUIT_OPEN);
  wait_for (&result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (fixture->seen->len, ==, 1);

  /* Its success closes the circuit. */
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_CLOSED);
  result_clear (&second);
  send_and_wait (fixture, request, &second);
  g_assert_no_error (second.error);
}

static void
test_circuit_half_open_failure (Fixture       *fixture,
                                gconstpointer  data)
{
  static const Step failing[] = { { .kind = STEP_ANSWER, .status = 502 } };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
  g_auto(Result) result = { 0 };

  pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
  pursuit_http_set_breaker_policy (fixture->http, 2, G_TIME_SPAN_MINUTE, 200 * G_TIME_SPAN_MILLISECOND);
  plan (fixture, failing, G_N_ELEMENTS (failing));

  for (guint i = 0; i < 2; i++)
    {
      result_clear (&result);
      send_and_wait (fixture, request, &result);
    }
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_OPEN);

  g_usleep (250 * G_TIME_SPAN_MILLISECOND);
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER);
  g_assert_cmpuint (fixture->seen->len, ==, 3);

  /* The probe failed: open again, for open_for again. */
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_OPEN);
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CIRCUIT_OPEN);
  g_assert_cmpuint (fixture->seen->len, ==, 3);

}

static void
test_breaker_window (Fixture       *fixture,
                     gconstpointer  data)
{
  static const Step steps[] = { { .kind = STEP_ANSWER, .status = 500 } };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
  g_auto(Result) result = { 0 };

  pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
  pursuit_http_set_breaker_policy (fixture->http, 2, 100 * G_TIME_SPAN_MILLISECOND, G_TIME_SPAN_MINUTE);
  plan (fixture, steps, G_N_ELEMENTS (steps));

  send_and_wait (fixture, request, &result);
  g_usleep (150 * G_TIME_SPAN_MILLISECOND);
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_CLOSED);

  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_OPEN);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);

  return G_SOURCE_REMOVE;
}

static void
test_cancel_during_backoff (Fixture       *fixture,
                            gconstpointer  data)
{
  static const Step steps[] = { { .kind = STEP_ANSWER, .status = 503 } };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
  g_auto(Result) result = { 0 };

  /* The first wait would be 5 to 10 s. */
  pursuit_http_set_retry_policy (fixture->http, 3, 5000, 30000);
  plan (fixture, steps, G_N_ELEMENTS (steps));

  start (fixture, request, &result);
  while (fixture->seen->len == 0)
    g_main_context_iteration (NULL, TRUE);
  g_timeout_add (100, cancel_cb, fixture->cancellable);
  wait_for (&result);

  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (result.elapsed, <, 2000 * 1000);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
}

static void
test_cancel_in_flight (Fixture       *fixture,
                       gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}",
      .delay_ms = 3000 },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/slow");
  g_auto(Result) result = { 0 };

  plan (fixture, steps, G_N_ELEMENTS (steps));
  start (fixture, request, &result);
  g_timeout_add (100, cancel_cb, fixture->cancellable);
  wait_for (&result);

  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (result.elapsed, <, 2000 * 1000);
  g_assert_cmpuint (fixture->seen->len, ==, 1);

  /* Cancelled before it starts: nothing sent. */
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
}

static void
test_timeout (Fixture       *fixture,
              gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}",
      .delay_ms = 3000 },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/slow");
  g_auto(Result) result = { 0 };

  pursuit_http_request_set_timeout (request, 1);

  /* Retried after the timeout. */
  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  g_assert_cmpint (result.elapsed, >=, 1000 * 1000);

  /* Without retries: TIMEOUT. */
  result_clear (&result);
  pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
  plan (fixture, steps, 1);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_TIMEOUT);
  g_assert_true (pursuit_http_error_is_transient (result.error));
  g_assert_cmpstr (result.error->message, ==, "Google did not answer within 1 second.");
  g_assert_cmpint (result.elapsed, <, 2500 * 1000);
}

static void
test_invalid_json (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *bodies[] = {
    "{\"items\": [1, 2",
    "not json at all",
    "\"a string\"",
    "42",
    "\xff\xfe{}",
  };

  pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      const Step steps[] = {
        { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = bodies[i] },
      };
      g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/broken");
      g_auto(Result) result = { 0 };

      plan (fixture, steps, G_N_ELEMENTS (steps));
      send_and_wait (fixture, request, &result);
      g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
      g_assert_false (pursuit_http_error_is_transient (result.error));

      /* Fine when JSON was not asked for. */
      result_clear (&result);
      pursuit_http_request_set_expect_json (request, FALSE);
      send_and_wait (fixture, request, &result);
      g_assert_no_error (result.error);
      g_assert_cmpmem (g_bytes_get_data (pursuit_http_response_get_body (result.response), NULL),
                       g_bytes_get_size (pursuit_http_response_get_body (result.response)),
                       bodies[i], strlen (bodies[i]));
    }
}

static void
test_truncated_body (Fixture       *fixture,
                     gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_TRUNCATE },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{\"a\": 1}" },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/cut");
  g_auto(Result) result = { 0 };

  /* The connection closed half-way: a transport failure, retried. */
  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpint (json_object_get_int_member (pursuit_http_response_get_object (result.response), "a"), ==, 1);
  g_assert_cmpuint (fixture->seen->len, ==, 2);

  result_clear (&result);
  pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
  plan (fixture, steps, 1);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_OFFLINE);
}

static void
test_huge_body (Fixture       *fixture,
                gconstpointer  data)
{
  /* 17 MiB, over the real cap, streamed in chunks. */
  static char big[64 * 1024 + 1];
  static const char block[] = "[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]";
  const Step chunked[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = big,
      .chunked = TRUE, .repeat = 17 * 16 },
  };
  const Step sized[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = block, .repeat = 100 },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/huge");
  g_auto(Result) result = { 0 };

  memset (big, ' ', sizeof big - 1);
  plan (fixture, chunked, G_N_ELEMENTS (chunked));
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
  g_assert_cmpuint (fixture->seen->len, ==, 1);

  /* A Content-Length over the cap is refused before reading. */
  result_clear (&result);
  _pursuit_http_set_max_body_size (fixture->http, 1000);
  plan (fixture, sized, G_N_ELEMENTS (sized));
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);

  /* Right under the cap is fine. */
  result_clear (&result);
  _pursuit_http_set_max_body_size (fixture->http, 100 * (sizeof block - 1));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
}

static void
test_dropped_connection (Fixture       *fixture,
                         gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_DROP },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/drop");
  g_auto(Result) result = { 0 };
  guint64 before;

  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (fixture->seen->len, ==, 2);

  /* Always dropped: OFFLINE after the retries, which count as failures. */
  result_clear (&result);
  pursuit_http_set_retry_policy (fixture->http, 2, 1, 5);
  plan (fixture, steps, 1);
  before = pursuit_http_get_request_count (fixture->http);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_OFFLINE);
  g_assert_true (pursuit_http_error_is_transient (result.error));
  g_assert_cmpstr (result.error->message, ==,
                   "Google could not be reached. Check the network connection.");
  /* The first attempt and two retries; libsoup itself sends again once
   * when a kept-alive connection turns out closed. */
  g_assert_cmpuint (pursuit_http_get_request_count (fixture->http) - before, ==, 3);
  g_assert_cmpuint (fixture->seen->len, >=, 3);
  g_assert_cmpuint (fixture->seen->len, <=, 4);
}

static void
test_connection_refused (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) any = NULL;
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Result) result = { 0 };
  guint64 before;

  /* A port that was free a moment ago and has nobody listening. */
  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  any = g_inet_socket_address_new (loopback, 0);
  g_socket_bind (socket, any, FALSE, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  uri = g_strdup_printf ("http://127.0.0.1:%u/x",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  request = pursuit_http_request_new ("google", "GET", uri);
  pursuit_http_set_retry_policy (fixture->http, 1, 1, 5);
  before = pursuit_http_get_request_count (fixture->http);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_OFFLINE);
  g_assert_cmpuint (pursuit_http_get_request_count (fixture->http) - before, ==, 2);
}

static gboolean
on_plain_incoming_cb (GSocketService    *service,
                      GSocketConnection *connection,
                      GObject           *source_object,
                      gpointer           user_data)
{
  static const char answer[] = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n";
  GOutputStream *output = g_io_stream_get_output_stream (G_IO_STREAM (connection));

  g_output_stream_write_all (output, answer, strlen (answer), NULL, NULL, NULL);
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);

  return TRUE;
}

static void
test_tls_failure (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSocketService) service = g_socket_service_new ();
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_auto(Result) result = { 0 };

  /* Plain HTTP where TLS was expected: never accepted, never retried. */
  g_socket_listener_add_address (G_SOCKET_LISTENER (service), any, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &bound, &error);
  g_assert_no_error (error);
  g_signal_connect (service, "incoming", G_CALLBACK (on_plain_incoming_cb), NULL);
  g_socket_service_start (service);

  uri = g_strdup_printf ("https://127.0.0.1:%u/x",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  request = pursuit_http_request_new ("google", "GET", uri);
  pursuit_http_request_set_timeout (request, 10);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_TLS);
  g_assert_false (pursuit_http_error_is_transient (result.error));
  g_assert_cmpuint (pursuit_http_get_request_count (fixture->http), ==, 1);

  g_socket_service_stop (service);
  g_socket_listener_close (G_SOCKET_LISTENER (service));
}

static void
test_invalid_uri (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char *uris[] = {
    "not a uri",
    "ftp://example.com/file",
    "file:///etc/passwd",
    "http:///nohost",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (uris); i++)
    {
      g_autoptr(PursuitHttpRequest) request = pursuit_http_request_new ("google", "GET", uris[i]);
      g_auto(Result) result = { 0 };

      pursuit_http_request_add_query (request, "a", "b");
      send_and_wait (fixture, request, &result);
      g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_BAD_REQUEST);
    }

  g_assert_cmpuint (pursuit_http_get_request_count (fixture->http), ==, 0);
}

static void
test_redact_uri (void)
{
  static const struct
  {
    const char *uri;
    const char *redacted;
  } cases[] = {
    { "https://oauth2.googleapis.com/token", "https://oauth2.googleapis.com/token" },
    { "http://127.0.0.1:4242/?code=4/abc&state=xyz&scope=a%20b",
      "http://127.0.0.1:4242/?code=[redacted]&state=[redacted]&scope=[redacted]" },
    { "https://ann:hunter2@dav.example.com/cal/?sync#frag", "https://dav.example.com/cal/?[redacted]" },
    { "https://example.com/a?x=1&&y=", "https://example.com/a?x=[redacted]&y=[redacted]" },
    { "https://[::1]:8080/p?t=s", "https://[::1]:8080/p?t=[redacted]" },
    { "not a uri", "[invalid URI]" },
    { "/relative?token=secret", "[invalid URI]" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *redacted = pursuit_http_redact_uri (cases[i].uri);

      g_assert_cmpstr (redacted, ==, cases[i].redacted);
    }
}

static void
test_error_is_transient (void)
{
  static const struct
  {
    PursuitHttpError code;
    gboolean         transient;
  } cases[] = {
    { PURSUIT_HTTP_ERROR_OFFLINE, TRUE },
    { PURSUIT_HTTP_ERROR_TIMEOUT, TRUE },
    { PURSUIT_HTTP_ERROR_TLS, FALSE },
    { PURSUIT_HTTP_ERROR_UNAUTHORIZED, FALSE },
    { PURSUIT_HTTP_ERROR_FORBIDDEN, FALSE },
    { PURSUIT_HTTP_ERROR_NOT_FOUND, FALSE },
    { PURSUIT_HTTP_ERROR_CONFLICT, FALSE },
    { PURSUIT_HTTP_ERROR_GONE, FALSE },
    { PURSUIT_HTTP_ERROR_PRECONDITION_FAILED, FALSE },
    { PURSUIT_HTTP_ERROR_RATE_LIMITED, TRUE },
    { PURSUIT_HTTP_ERROR_SERVER, TRUE },
    { PURSUIT_HTTP_ERROR_BAD_REQUEST, FALSE },
    { PURSUIT_HTTP_ERROR_INVALID_RESPONSE, FALSE },
    { PURSUIT_HTTP_ERROR_CIRCUIT_OPEN, TRUE },
  };
  g_autoptr(GError) io = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_TIMED_OUT, "other domain");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = g_error_new_literal (PURSUIT_HTTP_ERROR, cases[i].code, "x");

      g_assert_cmpint (pursuit_http_error_is_transient (error), ==, cases[i].transient);
    }

  g_assert_false (pursuit_http_error_is_transient (NULL));
  g_assert_false (pursuit_http_error_is_transient (io));
}

static void
test_request_accessors (void)
{
  g_autoptr(PursuitHttpRequest) request = pursuit_http_request_new ("caldav:dav.example.com", "REPORT",
                                                                    "https://dav.example.com/cal/");

  g_assert_cmpstr (pursuit_http_request_get_service (request), ==, "caldav:dav.example.com");
  g_assert_cmpstr (pursuit_http_request_get_method (request), ==, "REPORT");
  g_assert_cmpstr (pursuit_http_request_get_uri (request), ==, "https://dav.example.com/cal/");
  g_assert_null (pursuit_http_request_get_authorizer (request));

  /* The message: query appended, fragment and user info dropped. */
  {
    g_autoptr(PursuitHttpRequest) other = pursuit_http_request_new ("x", "GET",
                                                                    "https://ann:pw@h.example/p?a=1#frag");
    g_autoptr(SoupMessage) message = NULL;
    g_autofree char *uri = NULL;

    pursuit_http_request_add_query (other, "b", "2 3");
    pursuit_http_request_set_header (other, "If-Match", "\"e1\"");
    message = pursuit_http_request_build_message (other, "Basic secret");
    uri = g_uri_to_string (soup_message_get_uri (message));
    g_assert_cmpstr (uri, ==, "https://h.example/p?a=1&b=2%203");
    g_assert_cmpstr (soup_message_headers_get_one (soup_message_get_request_headers (message), "If-Match"),
                     ==, "\"e1\"");
    g_assert_cmpstr (soup_message_headers_get_one (soup_message_get_request_headers (message),
                                                   "Authorization"), ==, "Basic secret");
  }
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

static void
test_logs_redacted (Fixture       *fixture,
                    gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 401 },
    { .kind = STEP_ANSWER, .status = 503 },
    { .kind = STEP_DROP },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = "{\"access_token\": \"ya29.response-secret\"}" },
    { .kind = STEP_ANSWER, .status = 400, .content_type = "application/json",
      .body = "{\"error\": \"invalid_grant\"}" },
  };
  static const char *secrets[] = {
    "old-secret-token", "new-secret-token", "query-secret", "form-secret", "hunter2",
    "response-secret", "fragment-secret", "Authorization",
  };
  g_autoptr(TestAuthorizer) authorizer = g_object_new (TEST_TYPE_AUTHORIZER, NULL);
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autofree char *uri = NULL;
  g_auto(Result) result = { 0 };

  uri = g_strdup_printf ("http://ann:hunter2@%s/token?access_token=query-secret#fragment-secret",
                         fixture->base + strlen ("http://"));
  request = pursuit_http_request_new ("google", "POST", uri);
  pursuit_http_request_add_query (request, "code", "query-secret");
  pursuit_http_request_set_form_body (request, "refresh_token", "form-secret", NULL);
  pursuit_http_request_set_authorizer (request, PURSUIT_AUTHORIZER (authorizer));

  g_log_set_debug_enabled (TRUE);
  g_string_truncate (captured_logs, 0);

  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_BAD_REQUEST);

  g_log_set_debug_enabled (FALSE);

  /* Something was logged, and it names the request without its secrets. */
  g_assert_nonnull (strstr (captured_logs->str, "POST http://127.0.0.1:"));
  g_assert_nonnull (strstr (captured_logs->str, "/token?access_token=[redacted]&code=[redacted] -> 401"));
  g_assert_nonnull (strstr (captured_logs->str, "-> 200"));
  for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
    {
      if (strstr (captured_logs->str, secrets[i]) != NULL)
        g_error ("“%s” in the logs:\n%s", secrets[i], captured_logs->str);
    }
  g_assert_null (strstr (result.error->message, "secret"));
}

int
main (int   argc,
      char *argv[])
{
  /* The loopback server must be reached directly, whatever proxy the
   * desktop uses; the GNOME resolver would also need installed schemas. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  captured_logs = g_string_new (NULL);
  g_log_set_writer_func (capture_writer, NULL, NULL);

#define ADD(path, func) \
  g_test_add ("/http/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("json-round-trip", test_json_round_trip);
  ADD ("form-body", test_form_body);
  ADD ("propfind", test_propfind);
  ADD ("accept-status", test_accept_status);
  ADD ("retry/backoff-statuses", test_backoff_statuses);
  ADD ("retry/retry-after", test_retry_after);
  ADD ("retry/retry-after-date", test_retry_after_date);
  ADD ("retry/retry-after-too-long", test_retry_after_too_long);
  ADD ("retry/give-up", test_give_up);
  ADD ("retry/client-errors-not-retried", test_client_errors_not_retried);
  ADD ("errors/messages", test_error_messages);
  ADD ("auth/refresh-on-401", test_unauthorized_refresh);
  ADD ("auth/401-twice", test_unauthorized_twice);
  ADD ("redirect", test_redirect);
  ADD ("breaker/open-and-half-open", test_circuit_breaker);
  ADD ("breaker/half-open-failure", test_circuit_half_open_failure);
  ADD ("breaker/window", test_breaker_window);
  ADD ("cancel/during-backoff", test_cancel_during_backoff);
  ADD ("cancel/in-flight", test_cancel_in_flight);
  ADD ("timeout", test_timeout);
  ADD ("invalid/json", test_invalid_json);
  ADD ("invalid/truncated", test_truncated_body);
  ADD ("invalid/huge-body", test_huge_body);
  ADD ("transport/dropped", test_dropped_connection);
  ADD ("transport/refused", test_connection_refused);
  ADD ("transport/tls", test_tls_failure);
  ADD ("invalid/uri", test_invalid_uri);
  ADD ("logs/redacted", test_logs_redacted);
  g_test_add_func ("/http/redact-uri", test_redact_uri);
  g_test_add_func ("/http/error-is-transient", test_error_is_transient);
  g_test_add_func ("/http/request-accessors", test_request_accessors);

#undef ADD

  return g_test_run ();
}
