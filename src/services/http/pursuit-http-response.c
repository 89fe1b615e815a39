/* pursuit-http-response.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-http"

#include "pursuit-http-response.h"

struct _PursuitHttpResponse
{
  GObject             parent_instance;

  guint               status;
  SoupMessageHeaders *headers;
  GBytes             *body;
  JsonNode           *json;
};

G_DEFINE_FINAL_TYPE (PursuitHttpResponse, pursuit_http_response, G_TYPE_OBJECT)

static void
pursuit_http_response_finalize (GObject *object)
{
  PursuitHttpResponse *self = (PursuitHttpResponse *)object;

  g_clear_pointer (&self->headers, soup_message_headers_unref);
  g_clear_pointer (&self->body, g_bytes_unref);
  g_clear_pointer (&self->json, json_node_unref);

  G_OBJECT_CLASS (pursuit_http_response_parent_class)->finalize (object);
}

static void
pursuit_http_response_class_init (PursuitHttpResponseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_http_response_finalize;
}

static void
pursuit_http_response_init (PursuitHttpResponse *self)
{
}

/**
 * pursuit_http_response_new:
 * @status: the HTTP status
 * @headers: (nullable): the response headers (a reference is taken)
 * @body: (nullable): the body; %NULL is an empty body
 *
 * Returns: (transfer full): a new #PursuitHttpResponse
 */
PursuitHttpResponse *
pursuit_http_response_new (guint               status,
                           SoupMessageHeaders *headers,
                           GBytes             *body)
{
  PursuitHttpResponse *self;

  self = g_object_new (PURSUIT_TYPE_HTTP_RESPONSE, NULL);
  self->status = status;
  self->headers = headers != NULL
    ? soup_message_headers_ref (headers)
    : soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  self->body = body != NULL ? g_bytes_ref (body) : g_bytes_new (NULL, 0);

  return self;
}

guint
pursuit_http_response_get_status (PursuitHttpResponse *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_RESPONSE (self), 0);

  return self->status;
}

/**
 * pursuit_http_response_get_header:
 * @self: a #PursuitHttpResponse
 * @name: a header name, in any case
 *
 * Returns: (nullable): the header's value (several values joined with
 *   commas), or %NULL when absent
 */
const char *
pursuit_http_response_get_header (PursuitHttpResponse *self,
                                  const char          *name)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_RESPONSE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return soup_message_headers_get_list (self->headers, name);
}

const char *
pursuit_http_response_get_etag (PursuitHttpResponse *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_RESPONSE (self), NULL);

  return soup_message_headers_get_one (self->headers, "ETag");
}

/**
 * pursuit_http_response_get_body:
 * @self: a #PursuitHttpResponse
 *
 * Returns: (transfer none): the body, maybe empty, never %NULL
 */
GBytes *
pursuit_http_response_get_body (PursuitHttpResponse *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_RESPONSE (self), NULL);

  return self->body;
}

/**
 * pursuit_http_response_get_json:
 * @self: a #PursuitHttpResponse
 *
 * Returns: (transfer none) (nullable): the parsed body
 */
JsonNode *
pursuit_http_response_get_json (PursuitHttpResponse *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_RESPONSE (self), NULL);

  return self->json;
}

/**
 * pursuit_http_response_get_object:
 * @self: a #PursuitHttpResponse
 *
 * Returns: (transfer none) (nullable): the body's JSON object
 */
JsonObject *
pursuit_http_response_get_object (PursuitHttpResponse *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP_RESPONSE (self), NULL);

  if (self->json == NULL || !JSON_NODE_HOLDS_OBJECT (self->json))
    return NULL;

  return json_node_get_object (self->json);
}

/**
 * pursuit_http_response_set_json:
 * @self: a #PursuitHttpResponse
 * @json: (nullable): the parsed body (a reference is taken)
 */
void
pursuit_http_response_set_json (PursuitHttpResponse *self,
                                JsonNode            *json)
{
  g_return_if_fail (PURSUIT_IS_HTTP_RESPONSE (self));

  if (self->json == json)
    return;

  g_clear_pointer (&self->json, json_node_unref);
  if (json != NULL)
    self->json = json_node_ref (json);
}
