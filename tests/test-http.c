/* test-http.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitHttp against the scripted loopback server: bodies, methods,
 * responses, errors, transports and what reaches the logs. Retries live
 * in test-http-retry.c, the circuit breaker in test-http-breaker.c. */

#define G_LOG_DOMAIN "test-http"

#include <string.h>

#include "pursuit-test-http-server.h"

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
  pursuit_test_http_init (&argc, &argv);

  ADD ("json-round-trip", test_json_round_trip);
  ADD ("form-body", test_form_body);
  ADD ("propfind", test_propfind);
  ADD ("accept-status", test_accept_status);
  ADD ("errors/messages", test_error_messages);
  ADD ("redirect", test_redirect);
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

  return g_test_run ();
}
