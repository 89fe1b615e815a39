/* pursuit-http-request.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-http"

#include <stdarg.h>
#include <string.h>

#include "pursuit-http.h"
#include "pursuit-http-request-private.h"

struct _PursuitHttpRequest
{
  GObject             parent_instance;

  char               *service;
  char               *service_name;
  char               *method;
  char               *uri;
  GString            *query;
  SoupMessageHeaders *headers;
  char               *content_type;
  GBytes             *body;
  PursuitAuthorizer  *authorizer;
  GArray             *accepted;
  guint               timeout;
  guint               expect_json : 1;
};

G_DEFINE_FINAL_TYPE (PursuitHttpRequest, pursuit_http_request, G_TYPE_OBJECT)

static void
pursuit_http_request_finalize (GObject *object)
{
  PursuitHttpRequest *self = (PursuitHttpRequest *)object;

  g_clear_pointer (&self->service, g_free);
  g_clear_pointer (&self->service_name, g_free);
  g_clear_pointer (&self->method, g_free);
  g_clear_pointer (&self->uri, g_free);
  if (self->query != NULL)
    g_string_free (g_steal_pointer (&self->query), TRUE);
  g_clear_pointer (&self->headers, soup_message_headers_unref);
  g_clear_pointer (&self->content_type, g_free);
  g_clear_pointer (&self->body, g_bytes_unref);
  g_clear_object (&self->authorizer);
  g_clear_pointer (&self->accepted, g_array_unref);

  G_OBJECT_CLASS (pursuit_http_request_parent_class)->finalize (object);
}

static void
pursuit_http_request_class_init (PursuitHttpRequestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_http_request_finalize;
}

static void
pursuit_http_request_init (PursuitHttpRequest *self)
{
  self->query = g_string_new (NULL);
  self->headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_REQUEST);
  self->accepted = g_array_new (FALSE, FALSE, sizeof (guint));
  self->timeout = PURSUIT_HTTP_DEFAULT_TIMEOUT_SECONDS;
  self->expect_json = TRUE;
}

/**
 * pursuit_http_request_new:
 * @service: the circuit breaker's key ("google", "caldav:<host>")
 * @method: the HTTP method ("GET", "PROPFIND", ...)
 * @uri: the absolute http(s) URI, maybe with a query already
 *
 * Returns: (transfer full): a new #PursuitHttpRequest
 */
PursuitHttpRequest *
pursuit_http_request_new (const char *service,
                          const char *method,
                          const char *uri)
{
  PursuitHttpRequest *self;

  g_return_val_if_fail (service != NULL && service[0] != '\0', NULL);
  g_return_val_if_fail (method != NULL && method[0] != '\0', NULL);
  g_return_val_if_fail (uri != NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_HTTP_REQUEST, NULL);
  self->service = g_strdup (service);
  self->method = g_strdup (method);
  self->uri = g_strdup (uri);

  return self;
}

void
pursuit_http_request_set_service_name (PursuitHttpRequest *self,
                                       const char         *name)
{
  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (self));

  g_free (self->service_name);
  self->service_name = g_strdup (name);
}

const char *
pursuit_http_request_get_service (PursuitHttpRequest *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_REQUEST (self), NULL);

  return self->service;
}

const char *
pursuit_http_request_get_method (PursuitHttpRequest *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_REQUEST (self), NULL);

  return self->method;
}

/**
 * pursuit_http_request_get_uri:
 * @self: a #PursuitHttpRequest
 *
 * Returns: the URI given to pursuit_http_request_new(), without the
 *   parameters added with pursuit_http_request_add_query()
 */
const char *
pursuit_http_request_get_uri (PursuitHttpRequest *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_REQUEST (self), NULL);

  return self->uri;
}

void
pursuit_http_request_add_query (PursuitHttpRequest *self,
                                const char         *name,
                                const char         *value)
{
  g_autofree char *escaped_name = NULL;
  g_autofree char *escaped_value = NULL;

  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (self));
  g_return_if_fail (name != NULL && name[0] != '\0');
  g_return_if_fail (value != NULL);

  escaped_name = g_uri_escape_string (name, NULL, FALSE);
  escaped_value = g_uri_escape_string (value, NULL, FALSE);

  if (self->query->len > 0)
    g_string_append_c (self->query, '&');
  g_string_append_printf (self->query, "%s=%s", escaped_name, escaped_value);
}

void
pursuit_http_request_set_header (PursuitHttpRequest *self,
                                 const char         *name,
                                 const char         *value)
{
  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (self));
  g_return_if_fail (name != NULL && name[0] != '\0');

  if (value == NULL)
    soup_message_headers_remove (self->headers, name);
  else
    soup_message_headers_replace (self->headers, name, value);
}

static void
take_body (PursuitHttpRequest *self,
           const char         *content_type,
           GBytes             *body)
{
  g_free (self->content_type);
  self->content_type = g_strdup (content_type);
  g_clear_pointer (&self->body, g_bytes_unref);
  self->body = body;
}

/**
 * pursuit_http_request_set_json_body:
 * @self: a #PursuitHttpRequest
 * @body: the JSON to send (serialized now)
 */
void
pursuit_http_request_set_json_body (PursuitHttpRequest *self,
                                    JsonNode           *body)
{
  char *text;
  gsize length = 0;

  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (self));
  g_return_if_fail (body != NULL);

  {
    g_autoptr(JsonGenerator) generator = json_generator_new ();

    json_generator_set_root (generator, body);
    text = json_generator_to_data (generator, &length);
  }

  take_body (self, "application/json; charset=utf-8", g_bytes_new_take (text, length));
}

/**
 * pursuit_http_request_set_form_body:
 * @self: a #PursuitHttpRequest
 * @first_name: the first field's name
 * @...: its value, then more name/value pairs, ending with %NULL
 *
 * Sends the fields as application/x-www-form-urlencoded.
 */
void
pursuit_http_request_set_form_body (PursuitHttpRequest *self,
                                    const char         *first_name,
                                    ...)
{
  va_list args;
  char *text;

  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (self));
  g_return_if_fail (first_name != NULL);

  va_start (args, first_name);
  text = soup_form_encode_valist (first_name, args);
  va_end (args);

  take_body (self, "application/x-www-form-urlencoded", g_bytes_new_take (text, strlen (text)));
}

/**
 * pursuit_http_request_set_body:
 * @self: a #PursuitHttpRequest
 * @content_type: the body's Content-Type ("application/xml; charset=utf-8")
 * @body: the bytes to send
 */
void
pursuit_http_request_set_body (PursuitHttpRequest *self,
                               const char         *content_type,
                               GBytes             *body)
{
  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (self));
  g_return_if_fail (content_type != NULL);
  g_return_if_fail (body != NULL);

  take_body (self, content_type, g_bytes_ref (body));
}

void
pursuit_http_request_set_authorizer (PursuitHttpRequest *self,
                                     PursuitAuthorizer  *authorizer)
{
  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (self));
  g_return_if_fail (authorizer == NULL || PURSUIT_IS_AUTHORIZER (authorizer));

  g_set_object (&self->authorizer, authorizer);
}

/**
 * pursuit_http_request_get_authorizer:
 * @self: a #PursuitHttpRequest
 *
 * Returns: (transfer none) (nullable): the authorizer
 */
PursuitAuthorizer *
pursuit_http_request_get_authorizer (PursuitHttpRequest *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_REQUEST (self), NULL);

  return self->authorizer;
}

void
pursuit_http_request_accept_status (PursuitHttpRequest *self,
                                    guint               status)
{
  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (self));
  g_return_if_fail (status >= 100 && status < 600);

  if (!_pursuit_http_request_accepts_status (self, status))
    g_array_append_val (self->accepted, status);
}

void
pursuit_http_request_set_timeout (PursuitHttpRequest *self,
                                  guint               seconds)
{
  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (self));
  g_return_if_fail (seconds > 0);

  self->timeout = seconds;
}

void
pursuit_http_request_set_expect_json (PursuitHttpRequest *self,
                                      gboolean            expect_json)
{
  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (self));

  self->expect_json = !!expect_json;
}

static void
copy_header_cb (const char *name,
                const char *value,
                gpointer    user_data)
{
  soup_message_headers_append (user_data, name, value);
}

/**
 * pursuit_http_request_build_message:
 * @self: a #PursuitHttpRequest
 * @authorization: (nullable): the Authorization header's value
 *
 * Returns: (transfer full) (nullable): a new message for one attempt, or
 *   %NULL when the URI is not an absolute http or https URI
 */
SoupMessage *
pursuit_http_request_build_message (PursuitHttpRequest *self,
                                    const char         *authorization)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GString) full = NULL;
  SoupMessageHeaders *headers;
  const char *scheme;
  const char *hash;
  SoupMessage *message;

  g_return_val_if_fail (PURSUIT_IS_HTTP_REQUEST (self), NULL);

  /* The fragment is the client's business, and would swallow the query. */
  hash = strchr (self->uri, '#');
  full = g_string_new_len (self->uri, hash != NULL ? hash - self->uri : (gssize)strlen (self->uri));
  if (self->query->len > 0)
    {
      g_string_append_c (full, strchr (full->str, '?') != NULL ? '&' : '?');
      g_string_append_len (full, self->query->str, self->query->len);
    }

  uri = g_uri_parse (full->str, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL)
    return NULL;

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    return NULL;
  if (g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0')
    return NULL;

  /* Credentials come from the authorizer only. */
  if (g_uri_get_userinfo (uri) != NULL)
    {
      GUri *bare = g_uri_build (g_uri_get_flags (uri), scheme, NULL, g_uri_get_host (uri),
                                g_uri_get_port (uri), g_uri_get_path (uri),
                                g_uri_get_query (uri), NULL);

      g_uri_unref (uri);
      uri = bare;
    }

  message = soup_message_new_from_uri (self->method, uri);
  headers = soup_message_get_request_headers (message);
  soup_message_headers_foreach (self->headers, copy_header_cb, headers);

  if (authorization != NULL)
    {
      soup_message_headers_replace (headers, "Authorization", authorization);
      /* A redirect could carry the credentials to another host: with an
       * authorizer, 3xx answers come back to the caller instead. */
      soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
    }
  else if (self->authorizer != NULL)
    {
      soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
    }

  if (self->body != NULL)
    soup_message_set_request_body_from_bytes (message, self->content_type, self->body);

  return message;
}

const char *
_pursuit_http_request_get_service_name (PursuitHttpRequest *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_REQUEST (self), NULL);

  return self->service_name != NULL ? self->service_name : self->service;
}

guint
_pursuit_http_request_get_timeout (PursuitHttpRequest *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_REQUEST (self), 0);

  return self->timeout;
}

gboolean
_pursuit_http_request_get_expect_json (PursuitHttpRequest *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_REQUEST (self), FALSE);

  return self->expect_json;
}

gboolean
_pursuit_http_request_accepts_status (PursuitHttpRequest *self,
                                      guint               status)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_REQUEST (self), FALSE);

  for (guint i = 0; i < self->accepted->len; i++)
    if (g_array_index (self->accepted, guint, i) == status)
      return TRUE;

  return FALSE;
}
