/* test-google-batch.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fake-google.h"
#include "pursuit-google-auth.h"
#include "pursuit-google-batch.h"
#include "pursuit-google-endpoints.h"
#include "pursuit-test-async.h"
#include "pursuit-test-google.h"

#define CLIENT_ID "test-client.apps.googleusercontent.com"
#define CLIENT_SECRET "test-secret"
#define BOUNDARY "batch_7Xp52oGIwpA_AAEAc7ERnGU"

/* Helpers ------------------------------------------------------------------ */

static PursuitHttpResponse *
make_response (const char *content_type,
               const char *body,
               gssize      length)
{
  g_autoptr(SoupMessageHeaders) headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  g_autoptr(GBytes) bytes = g_bytes_new (body, length < 0 ? strlen (body) : (gsize)length);

  if (content_type != NULL)
    soup_message_headers_append (headers, "Content-Type", content_type);
  return pursuit_http_response_new (200, headers, bytes);
}

static PursuitGoogleBatch *
make_batch (guint n)
{
  PursuitGoogleBatch *batch = pursuit_google_batch_new ("http://127.0.0.1:9/batch/gmail/v1");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = g_strdup_printf ("/gmail/v1/users/me/messages/m%u?format=full", i + 1);

      g_assert_cmpuint (pursuit_google_batch_add (batch, "GET", path), ==, i);
    }
  g_assert_cmpuint (pursuit_google_batch_get_n_calls (batch), ==, n);
  return batch;
}

/* One part of an answer: its Content-ID (NULL: none) and inner answer. */
static void
append_part (GString    *out,
             const char *content_id,
             const char *inner)
{
  g_string_append_printf (out, "--" BOUNDARY "\r\nContent-Type: application/http\r\n");
  if (content_id != NULL)
    g_string_append_printf (out, "Content-ID: <%s>\r\n", content_id);
  g_string_append_printf (out, "\r\n%s\r\n", inner);
}

static char *
ok_inner (const char *id)
{
  return g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\n"
                          "ETag: \"e-%s\"\r\n\r\n{\"id\":\"%s\",\"threadId\":\"t-%s\"}\r\n", id, id, id);
}

static GPtrArray *
parse (PursuitGoogleBatch  *batch,
       const char          *content_type,
       const char          *body,
       gssize               length,
       GError             **error)
{
  g_autoptr(PursuitHttpResponse) response = make_response (content_type, body, length);

  return pursuit_google_batch_parse_response (batch, response, error);
}

static const char *
response_id (GPtrArray *responses,
             guint      index)
{
  PursuitHttpResponse *response = responses->pdata[index];
  JsonObject *object;

  g_assert_nonnull (response);
  object = pursuit_http_response_get_object (response);
  g_assert_nonnull (object);
  return json_object_get_string_member (object, "id");
}

static void
assert_invalid (PursuitGoogleBatch *batch,
                const char         *content_type,
                const char         *body)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) responses = parse (batch, content_type, body, -1, &error);

  g_assert_null (responses);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
  /* A sentence for people, naming the service. */
  g_assert_true (strstr (error->message, "Google") != NULL);
}

/* A loopback server that keeps what it was sent and answers with a
 * canned batch answer. */
typedef struct
{
  char *method;
  char *path;
  char *content_type;
  char *authorization;
  GBytes *body;
} Captured;

static void
captured_clear (Captured *captured)
{
  g_clear_pointer (&captured->method, g_free);
  g_clear_pointer (&captured->path, g_free);
  g_clear_pointer (&captured->content_type, g_free);
  g_clear_pointer (&captured->authorization, g_free);
  g_clear_pointer (&captured->body, g_bytes_unref);
}

static void
capture_cb (SoupServer        *server,
            SoupServerMessage *message,
            const char        *path,
            GHashTable        *query,
            gpointer           user_data)
{
  Captured *captured = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (message);
  g_autoptr(GString) answer = g_string_new (NULL);
  g_autofree char *first = ok_inner ("m1");

  captured->method = g_strdup (soup_server_message_get_method (message));
  captured->path = g_strdup (path);
  captured->content_type = g_strdup (soup_message_headers_get_one (headers, "Content-Type"));
  captured->authorization = g_strdup (soup_message_headers_get_one (headers, "Authorization"));
  captured->body = soup_message_body_flatten (soup_server_message_get_request_body (message));

  append_part (answer, "response-item-1", first);
  g_string_append (answer, "--" BOUNDARY "--\r\n");
  soup_server_message_set_status (message, 200, NULL);
  soup_server_message_set_response (message, "multipart/mixed; boundary=" BOUNDARY, SOUP_MEMORY_COPY,
                                    answer->str, answer->len);
}

/* Tests: building ---------------------------------------------------------- */

static void
test_build (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(PursuitHttp) http = pursuit_http_new ();
  g_autoptr(PursuitGoogleBatch) batch = NULL;
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(SoupMessageHeaders) headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_REQUEST);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *url = NULL;
  g_autofree char *body = NULL;
  GSList *uris;
  Captured captured = { 0 };
  const char *boundary;

  soup_server_add_handler (server, "/batch/gmail/v1", capture_cb, &captured, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("http://127.0.0.1:%d/batch/gmail/v1", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  batch = pursuit_google_batch_new (url);
  pursuit_google_batch_add (batch, "GET", "/gmail/v1/users/me/messages/m1?format=full");
  pursuit_google_batch_add (batch, "GET", "/gmail/v1/users/me/messages/m2?format=full");
  pursuit_google_batch_add (batch, "GET", "/gmail/v1/users/me/messages/m3/attachments/a1");
  request = pursuit_google_batch_build_request (batch, "google", NULL);
  g_assert_cmpstr (pursuit_http_request_get_method (request), ==, "POST");
  g_assert_cmpstr (pursuit_http_request_get_uri (request), ==, url);
  g_assert_cmpstr (pursuit_http_request_get_service (request), ==, "google");

  pursuit_http_send_async (http, request, NULL, pursuit_test_store_result, &result);
  response = pursuit_http_send_finish (http, pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);

  g_assert_cmpstr (captured.method, ==, "POST");
  g_assert_cmpstr (captured.path, ==, "/batch/gmail/v1");
  g_assert_null (captured.authorization);
  soup_message_headers_append (headers, "Content-Type", captured.content_type);
  g_assert_cmpstr (soup_message_headers_get_content_type (headers, &params), ==, "multipart/mixed");
  boundary = g_hash_table_lookup (params, "boundary");
  g_assert_nonnull (boundary);
  g_assert_true (g_str_has_prefix (boundary, "batch_"));
  g_assert_cmpuint (strlen (boundary), >=, 30);

  for (guint i = 1; i <= 3; i++)
    {
      const char *paths[] = { "messages/m1?format=full", "messages/m2?format=full",
                              "messages/m3/attachments/a1" };

      g_string_append_printf (expected,
                              "--%s\r\nContent-Type: application/http\r\nContent-ID: <item-%u>\r\n\r\n"
                              "GET /gmail/v1/users/me/%s\r\n\r\n", boundary, i, paths[i - 1]);
    }
  g_string_append_printf (expected, "--%s--\r\n", boundary);
  body = g_strndup (g_bytes_get_data (captured.body, NULL), g_bytes_get_size (captured.body));
  g_assert_cmpstr (body, ==, expected->str);

  /* CRLF everywhere, no bare LF or CR. */
  for (const char *p = body; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_assert_true (p > body && p[-1] == '\r');
      if (*p == '\r')
        g_assert_true (p[1] == '\n');
    }

  responses = pursuit_google_batch_parse_response (batch, response, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (responses->len, ==, 3);
  g_assert_cmpstr (response_id (responses, 0), ==, "m1");
  g_assert_null (responses->pdata[1]);
  g_assert_null (responses->pdata[2]);

  captured_clear (&captured);
}

static void
test_build_boundaries (void)
{
  g_autoptr(PursuitGoogleBatch) a = make_batch (1);
  g_autoptr(PursuitGoogleBatch) b = make_batch (1);
  g_autoptr(PursuitHttpRequest) ra = pursuit_google_batch_build_request (a, "google", NULL);
  g_autoptr(PursuitHttpRequest) rb = pursuit_google_batch_build_request (b, "google", NULL);
  g_autoptr(SoupMessage) ma = pursuit_http_request_build_message (ra, NULL);
  g_autoptr(SoupMessage) mb = pursuit_http_request_build_message (rb, NULL);
  const char *ca = soup_message_headers_get_one (soup_message_get_request_headers (ma), "Content-Type");
  const char *cb = soup_message_headers_get_one (soup_message_get_request_headers (mb), "Content-Type");

  g_assert_nonnull (ca);
  g_assert_true (g_str_has_prefix (ca, "multipart/mixed; boundary=batch_"));
  g_assert_cmpstr (ca, !=, cb);
}

static void
test_build_full (void)
{
  g_autoptr(PursuitGoogleBatch) batch = make_batch (PURSUIT_GOOGLE_BATCH_MAX);

  g_assert_cmpuint (pursuit_google_batch_get_n_calls (batch), ==, 100);

  /* The 101st call is a programmer's error. */
  g_test_expect_message ("pursuit-google-batch", G_LOG_LEVEL_CRITICAL, "*PURSUIT_GOOGLE_BATCH_MAX*");
  pursuit_google_batch_add (batch, "GET", "/gmail/v1/users/me/messages/x");
  g_test_assert_expected_messages ();
  g_assert_cmpuint (pursuit_google_batch_get_n_calls (batch), ==, 100);
}

/* Tests: parsing ----------------------------------------------------------- */

static void
test_parse_other_boundary (void)
{
  g_autoptr(PursuitGoogleBatch) batch = make_batch (2);
  g_autoptr(GString) body = g_string_new ("preamble to be ignored\r\n");
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *one = ok_inner ("m1");
  g_autofree char *two = ok_inner ("m2");
  PursuitHttpResponse *first;

  append_part (body, "response-item-1", one);
  append_part (body, "response-item-2", two);
  g_string_append (body, "--" BOUNDARY "--\r\nepilogue\r\n");

  /* Quoted boundary, other parameters, upper case type. */
  responses = parse (batch, "Multipart/Mixed; charset=UTF-8; boundary=\"" BOUNDARY "\"", body->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (responses->len, ==, 2);
  g_assert_cmpstr (response_id (responses, 0), ==, "m1");
  g_assert_cmpstr (response_id (responses, 1), ==, "m2");

  first = responses->pdata[0];
  g_assert_cmpuint (pursuit_http_response_get_status (first), ==, 200);
  g_assert_cmpstr (pursuit_http_response_get_etag (first), ==, "\"e-m1\"");
  g_assert_cmpstr (pursuit_http_response_get_header (first, "content-type"), ==,
                   "application/json; charset=UTF-8");
}

static void
test_parse_out_of_order (void)
{
  g_autoptr(PursuitGoogleBatch) batch = make_batch (3);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *one = ok_inner ("m1");
  g_autofree char *two = ok_inner ("m2");
  g_autofree char *three = ok_inner ("m3");

  append_part (body, "response-item-3", three);
  append_part (body, "response-item-1", one);
  append_part (body, "response-item-2", two);
  g_string_append (body, "--" BOUNDARY "--");

  responses = parse (batch, "multipart/mixed; boundary=" BOUNDARY, body->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (response_id (responses, 0), ==, "m1");
  g_assert_cmpstr (response_id (responses, 1), ==, "m2");
  g_assert_cmpstr (response_id (responses, 2), ==, "m3");
}

static void
test_parse_statuses (void)
{
  g_autoptr(PursuitGoogleBatch) batch = make_batch (3);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *one = ok_inner ("m1");
  PursuitHttpResponse *limited;
  PursuitHttpResponse *gone;
  JsonObject *envelope;

  append_part (body, "response-item-1", one);
  append_part (body, "response-item-2",
               "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n\r\n"
               "{\"error\":{\"code\":429,\"message\":\"Too many concurrent requests for user\","
               "\"errors\":[{\"reason\":\"rateLimitExceeded\"}]}}");
  /* No body at all, not even the empty line. */
  append_part (body, "response-item-3", "HTTP/1.1 404 Not Found");
  g_string_append (body, "--" BOUNDARY "--\r\n");

  responses = parse (batch, "multipart/mixed; boundary=" BOUNDARY, body->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (response_id (responses, 0), ==, "m1");

  limited = responses->pdata[1];
  g_assert_cmpuint (pursuit_http_response_get_status (limited), ==, 429);
  envelope = json_object_get_object_member (pursuit_http_response_get_object (limited), "error");
  g_assert_cmpint (json_object_get_int_member (envelope, "code"), ==, 429);

  gone = responses->pdata[2];
  g_assert_cmpuint (pursuit_http_response_get_status (gone), ==, 404);
  g_assert_null (pursuit_http_response_get_json (gone));
  g_assert_cmpuint (g_bytes_get_size (pursuit_http_response_get_body (gone)), ==, 0);
}

static void
test_parse_missing_part (void)
{
  g_autoptr(PursuitGoogleBatch) batch = make_batch (3);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *one = ok_inner ("m1");
  g_autofree char *three = ok_inner ("m3");

  append_part (body, "response-item-3", three);
  append_part (body, "response-item-1", one);
  g_string_append (body, "--" BOUNDARY "--\r\n");

  responses = parse (batch, "multipart/mixed; boundary=" BOUNDARY, body->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (responses->len, ==, 3);
  g_assert_cmpstr (response_id (responses, 0), ==, "m1");
  g_assert_null (responses->pdata[1]);
  g_assert_cmpstr (response_id (responses, 2), ==, "m3");
}

static void
test_parse_lf_only (void)
{
  g_autoptr(PursuitGoogleBatch) batch = make_batch (2);
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;
  const char *body =
    "--" BOUNDARY "\n"
    "Content-Type: application/http\n"
    "\n"
    "HTTP/1.0 200 OK\n"
    "\n"
    "{\"id\":\"m1\"}\n"
    "--" BOUNDARY "   \n"
    "Content-Type: application/http\n"
    "Content-ID:\n <response-item-2>\n"
    "\n"
    "HTTP/1.1 200 OK\n"
    "Content-Type: application/json\n"
    "\n"
    "{\"id\":\"m2\"}\n"
    "--" BOUNDARY "--";

  /* Folded header; a part without Content-ID takes its place in order. */
  responses = parse (batch, "multipart/mixed; boundary=" BOUNDARY, body, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (response_id (responses, 0), ==, "m1");
  g_assert_cmpstr (response_id (responses, 1), ==, "m2");
}

static void
test_parse_not_http (void)
{
  g_autoptr(PursuitGoogleBatch) batch = make_batch (2);
  g_autoptr(GString) wrong_type = g_string_new (NULL);
  g_autoptr(GString) not_status = g_string_new (NULL);
  g_autoptr(GString) no_headers = g_string_new (NULL);
  g_autofree char *one = ok_inner ("m1");

  g_string_append_printf (wrong_type, "--" BOUNDARY "\r\nContent-Type: text/plain\r\n"
                          "Content-ID: <response-item-1>\r\n\r\n%s\r\n--" BOUNDARY "--\r\n", one);
  assert_invalid (batch, "multipart/mixed; boundary=" BOUNDARY, wrong_type->str);

  append_part (not_status, "response-item-1", "SMTP/1.0 250 OK\r\n\r\n{}");
  g_string_append (not_status, "--" BOUNDARY "--\r\n");
  assert_invalid (batch, "multipart/mixed; boundary=" BOUNDARY, not_status->str);

  append_part (not_status, "response-item-1", "HTTP/1.1 999 Whatever\r\n\r\n{}");
  assert_invalid (batch, "multipart/mixed; boundary=" BOUNDARY, not_status->str);

  g_string_append (no_headers, "--" BOUNDARY "\r\nContent-Type: application/http\r\n");
  g_string_append (no_headers, "--" BOUNDARY "--\r\n");
  assert_invalid (batch, "multipart/mixed; boundary=" BOUNDARY, no_headers->str);
}

static void
test_parse_unknown_ids (void)
{
  g_autoptr(PursuitGoogleBatch) batch = make_batch (2);
  const char *ids[] = { "response-item-3", "response-item-0", "item-1", "response-item-x",
                        "response-item-1\">", "response-item--1" };
  g_autofree char *one = ok_inner ("m1");

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GString) body = g_string_new (NULL);

      append_part (body, ids[i], one);
      g_string_append (body, "--" BOUNDARY "--\r\n");
      assert_invalid (batch, "multipart/mixed; boundary=" BOUNDARY, body->str);
    }

  /* The same answer twice. */
  {
    g_autoptr(GString) body = g_string_new (NULL);

    append_part (body, "response-item-1", one);
    append_part (body, "response-item-1", one);
    g_string_append (body, "--" BOUNDARY "--\r\n");
    assert_invalid (batch, "multipart/mixed; boundary=" BOUNDARY, body->str);
  }
}

static void
test_parse_garbage (void)
{
  g_autoptr(PursuitGoogleBatch) batch = make_batch (1);
  g_autofree char *one = ok_inner ("m1");
  g_autoptr(GString) valid = g_string_new (NULL);

  append_part (valid, "response-item-1", one);
  g_string_append (valid, "--" BOUNDARY "--\r\n");

  /* Not multipart, or no boundary to read. */
  assert_invalid (batch, "application/json", "{\"error\":{\"code\":400}}");
  assert_invalid (batch, NULL, valid->str);
  assert_invalid (batch, "multipart/mixed", valid->str);
  assert_invalid (batch, "multipart/mixed; boundary=", valid->str);
  assert_invalid (batch, "text/html; boundary=" BOUNDARY, valid->str);
  /* The boundary of the header is not the one of the body. */
  assert_invalid (batch, "multipart/mixed; boundary=batch_other", valid->str);
  /* Bodies that are not multipart. */
  assert_invalid (batch, "multipart/mixed; boundary=" BOUNDARY, "");
  assert_invalid (batch, "multipart/mixed; boundary=" BOUNDARY, "<html>Service Unavailable</html>");
  assert_invalid (batch, "multipart/mixed; boundary=" BOUNDARY, "--" BOUNDARY "garbage\r\n");
  assert_invalid (batch, "multipart/mixed; boundary=" BOUNDARY, "--" BOUNDARY);

  /* NUL bytes and random bytes: an error or an answer, never a crash. */
  for (guint seed = 0; seed < 200; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(GByteArray) noisy = g_byte_array_new ();
      g_autoptr(GPtrArray) responses = NULL;
      g_autoptr(GError) error = NULL;

      g_byte_array_append (noisy, (const guint8 *) valid->str, valid->len);
      for (guint i = 0; i < 8; i++)
        noisy->data[g_rand_int_range (rand, 0, noisy->len)] = (guint8) g_rand_int_range (rand, 0, 256);
      responses = parse (batch, "multipart/mixed; boundary=" BOUNDARY, (const char *) noisy->data,
                         noisy->len, &error);
      g_assert_true ((responses == NULL) == (error != NULL));
      if (error != NULL)
        g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
    }
}

static void
test_parse_truncated (void)
{
  g_autoptr(PursuitGoogleBatch) batch = make_batch (2);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *one = ok_inner ("m1");
  g_autofree char *two = ok_inner ("m2");

  append_part (body, "response-item-1", one);
  append_part (body, "response-item-2", two);
  g_string_append (body, "--" BOUNDARY "--\r\n");

  /* Cut anywhere before the closing delimiter is complete: an error. */
  for (gsize cut = 0; cut < body->len - strlen ("--\r\n"); cut++)
    {
      g_autoptr(GPtrArray) responses = NULL;
      g_autoptr(GError) error = NULL;

      responses = parse (batch, "multipart/mixed; boundary=" BOUNDARY, body->str, cut, &error);
      g_assert_null (responses);
      g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
    }
}

/* Against the fake Google ---------------------------------------------------- */

static char *
first_message_id (PursuitHttp       *http,
                  PursuitGoogleAuth *auth)
{
  g_autofree char *api = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_GMAIL_API);
  g_autofree char *url = g_strconcat (api, "/users/me/messages", NULL);
  g_autoptr(PursuitHttpRequest) request = pursuit_http_request_new ("google", "GET", url);
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *messages;

  pursuit_http_request_add_query (request, "maxResults", "2");
  pursuit_http_request_set_authorizer (request, PURSUIT_AUTHORIZER (auth));
  pursuit_http_send_async (http, request, NULL, pursuit_test_store_result, &result);
  response = pursuit_http_send_finish (http, pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  messages = json_object_get_array_member (pursuit_http_response_get_object (response), "messages");
  return g_strdup (json_object_get_string_member (json_array_get_object_element (messages, 0), "id"));
}

static void
test_fake_google (void)
{
  FakeGoogle *fake = pursuit_test_google_start (CLIENT_ID, CLIENT_SECRET);
  g_autoptr(PursuitHttp) http = pursuit_http_new ();
  g_autoptr(PursuitGoogleAuth) auth = pursuit_test_google_sign_in (fake, http, CLIENT_ID, CLIENT_SECRET);
  g_autofree char *batch_url = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_GMAIL_BATCH);
  g_autoptr(PursuitGoogleBatch) batch = pursuit_google_batch_new (batch_url);
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *path = NULL;

  pursuit_http_set_retry_policy (http, 0, 10, 100);
  fake_google_seed_messages (fake, 10);
  id = first_message_id (http, auth);

  path = g_strdup_printf ("/gmail/v1/users/me/messages/%s?format=minimal", id);
  pursuit_google_batch_add (batch, "GET", path);
  pursuit_google_batch_add (batch, "GET", "/gmail/v1/users/me/messages/ffffffffffff?format=full");
  pursuit_google_batch_add (batch, "GET", "/gmail/v1/users/me/profile");
  request = pursuit_google_batch_build_request (batch, "google", PURSUIT_AUTHORIZER (auth));

  pursuit_http_send_async (http, request, NULL, pursuit_test_store_result, &result);
  response = pursuit_http_send_finish (http, pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  responses = pursuit_google_batch_parse_response (batch, response, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (responses->len, ==, 3);
  g_assert_cmpuint (pursuit_http_response_get_status (responses->pdata[0]), ==, 200);
  g_assert_cmpstr (response_id (responses, 0), ==, id);
  g_assert_cmpuint (pursuit_http_response_get_status (responses->pdata[1]), ==, 404);
  g_assert_cmpuint (pursuit_http_response_get_status (responses->pdata[2]), ==, 200);
  g_assert_cmpstr (json_object_get_string_member (pursuit_http_response_get_object (responses->pdata[2]),
                                                  "emailAddress"), ==, fake_google_get_email (fake));
  g_assert_cmpuint (fake_google_count_requests (fake, "gmail.batch"), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fake, "gmail.users.messages.get"), ==, 2);

  g_clear_object (&auth);
  pursuit_test_google_stop (&fake);
}

int
main (int   argc,
      char *argv[])
{
  /* The loopback servers must be reached directly, whatever proxy the
   * desktop has (and the GNOME resolver's settings are not there). */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/google/batch/build", test_build);
  g_test_add_func ("/google/batch/build/boundaries", test_build_boundaries);
  g_test_add_func ("/google/batch/build/full", test_build_full);
  g_test_add_func ("/google/batch/parse/other-boundary", test_parse_other_boundary);
  g_test_add_func ("/google/batch/parse/out-of-order", test_parse_out_of_order);
  g_test_add_func ("/google/batch/parse/statuses", test_parse_statuses);
  g_test_add_func ("/google/batch/parse/missing-part", test_parse_missing_part);
  g_test_add_func ("/google/batch/parse/lf-only", test_parse_lf_only);
  g_test_add_func ("/google/batch/parse/not-http", test_parse_not_http);
  g_test_add_func ("/google/batch/parse/unknown-ids", test_parse_unknown_ids);
  g_test_add_func ("/google/batch/parse/garbage", test_parse_garbage);
  g_test_add_func ("/google/batch/parse/truncated", test_parse_truncated);
  g_test_add_func ("/google/batch/fake-google", test_fake_google);

  return g_test_run ();
}
