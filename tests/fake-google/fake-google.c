/* fake-google.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-request.h"
#include "fake-google-validate.h"

typedef struct
{
  char                *prefix;  /* NULL: any method */
  FakeGoogleFaultKind  kind;
  guint                status;
  guint                retry_after;
  guint                count;
} Fault;

struct _FakeGoogle
{
  GObject     parent_instance;

  SoupServer *server;
  char       *url;

  JsonNode   *calendar_doc;
  JsonNode   *gmail_doc;
  GPtrArray  *routes;

  GPtrArray  *violations;
  GQueue      faults;
  guint       latency_ms;
  double      fail_rate;
  GRand      *fail_rand;
  GHashTable *counts;      /* method id -> count */
  GList      *delayed;     /* Request * waiting out the latency */
  guint64     serial;
};

G_DEFINE_FINAL_TYPE (FakeGoogle, fake_google, G_TYPE_OBJECT)

static void continue_request (Request *request);

static void
fault_free (Fault *fault)
{
  g_free (fault->prefix);
  g_free (fault);
}

static void
request_free (Request *request)
{
  g_clear_pointer (&request->call.path_params, g_hash_table_unref);
  g_clear_pointer (&request->call.query, g_hash_table_unref);
  g_clear_pointer (&request->call.body, json_node_unref);
  g_clear_object (&request->call.message);
  g_clear_pointer (&request->query_pairs, g_ptr_array_unref);
  g_clear_handle_id (&request->latency_id, g_source_remove);
  g_free (request);
}

void
_fake_google_record_violation (FakeGoogle *self,
                               const char *method_id,
                               const char *format,
                               ...)
{
  g_autofree char *what = NULL;
  va_list args;

  g_return_if_fail (FAKE_IS_GOOGLE (self));

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_debug ("violation: %s: %s", method_id ? method_id : "unknown", what);
  g_ptr_array_add (self->violations,
                   g_strdup_printf ("%s: %s", method_id ? method_id : "unknown", what));
}

guint64
_fake_google_next_serial (FakeGoogle *self)
{
  g_return_val_if_fail (FAKE_IS_GOOGLE (self), 0);

  return ++self->serial;
}

/* Faults ------------------------------------------------------------------- */

static Fault *
take_fault (FakeGoogle *self,
            const char *method_id)
{
  for (GList *l = self->faults.head; l != NULL; l = l->next)
    {
      Fault *fault = l->data;
      Fault *copy;

      if (fault->prefix != NULL && !g_str_has_prefix (method_id, fault->prefix))
        continue;

      copy = g_memdup2 (fault, sizeof *fault);
      copy->prefix = NULL;
      if (--fault->count == 0)
        {
          g_queue_delete_link (&self->faults, l);
          fault_free (fault);
        }
      return copy;
    }

  return NULL;
}

/* Closes the connection under the message: the client sees it dropped,
 * whatever the handler did. */
static void
drop_connection (SoupServerMessage *message)
{
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (message);

  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);
}

static void
apply_post_fault (Request *request)
{
  SoupMessageBody *body = soup_server_message_get_response_body (request->call.message);
  g_autoptr(GBytes) bytes = NULL;
  gsize size;

  switch (request->post_fault)
    {
    case FAKE_GOOGLE_FAULT_TRUNCATED_JSON:
      bytes = soup_message_body_flatten (body);
      size = g_bytes_get_size (bytes);
      soup_message_body_truncate (body);
      soup_message_body_append (body, SOUP_MEMORY_COPY, g_bytes_get_data (bytes, NULL), size / 2);
      break;

    case FAKE_GOOGLE_FAULT_INVALID_JSON:
      {
        static const char page[] = "<html><body>Service temporarily unavailable</body></html>";

        soup_message_body_truncate (body);
        soup_message_body_append (body, SOUP_MEMORY_STATIC, page, strlen (page));
      }
      break;

    case FAKE_GOOGLE_FAULT_LOST_RESPONSE:
    case FAKE_GOOGLE_FAULT_DROP:
      drop_connection (request->call.message);
      break;

    case FAKE_GOOGLE_FAULT_STATUS:
    default:
      break;
    }
}

/* The pipeline ------------------------------------------------------------- */

static gboolean
check_bearer (FakeGoogle *self,
              Request    *request)
{
  FakeGoogleCall *call = &request->call;
  const char *header = _fake_google_call_get_header (call, "Authorization");
  JsonArray *scopes;
  const char *granted;
  g_auto(GStrv) granted_list = NULL;

  if (header == NULL || g_ascii_strncasecmp (header, "Bearer ", 7) != 0 || header[7] == '\0')
    {
      /* A client that forgets the header is broken; an expired token is
       * life, and not recorded. */
      _fake_google_record_violation (self, call->method_id, "no bearer token in Authorization");
      _fake_google_reply_error (self, call, 401, "authError",
                                "Request is missing required authentication credential.");
      return FALSE;
    }

  granted = _fake_google_access_token_scopes (self, header + 7);
  if (granted == NULL)
    {
      _fake_google_reply_error (self, call, 401, "authError", "Invalid Credentials");
      return FALSE;
    }

  scopes = _fake_google_array_member (request->route->method, "scopes");
  if (scopes == NULL)
    return TRUE;

  granted_list = g_strsplit (granted, " ", -1);
  for (guint i = 0; i < json_array_get_length (scopes); i++)
    if (g_strv_contains ((const char * const *) granted_list,
                         json_array_get_string_element (scopes, i)))
      return TRUE;

  _fake_google_record_violation (self, call->method_id,
                                 "the token has none of the scopes the method needs");
  _fake_google_reply_error (self, call, 403, "insufficientPermissions",
                            "Request had insufficient authentication scopes.");
  return FALSE;
}

static gboolean
validate_request (FakeGoogle *self,
                  Request    *request)
{
  FakeGoogleCall *call = &request->call;
  Route *route = request->route;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  SoupMessageBody *request_body = soup_server_message_get_request_body (call->message);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (request_body);
  JsonObject *request_schema = _fake_google_object_member (route->method, "request");
  const char *first;

  _fake_google_validate_params (route->method, route->global_params, call->path_params,
                                request->query_pairs, problems);

  if (route->upload)
    {
      if (g_bytes_get_size (bytes) == 0)
        g_ptr_array_add (problems, g_strdup ("the upload has no body"));
    }
  else if (g_bytes_get_size (bytes) > 0)
    {
      const char *content_type = _fake_google_call_get_header (call, "Content-Type");
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;

      if (request_schema == NULL)
        g_ptr_array_add (problems, g_strdup ("the method takes no request body"));
      else if (content_type == NULL || !g_str_has_prefix (content_type, "application/json"))
        g_ptr_array_add (problems, g_strdup ("the body is not application/json"));
      else if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                            g_bytes_get_size (bytes), &error))
        g_ptr_array_add (problems, g_strdup_printf ("the body is not JSON: %s", error->message));
      else
        {
          call->body = json_node_ref (json_parser_get_root (parser));
          if (!JSON_NODE_HOLDS_OBJECT (call->body))
            g_ptr_array_add (problems, g_strdup ("the body is not a JSON object"));
          else
            _fake_google_validate_value (route->schemas, request_schema, call->body,
                                         "body", problems);
        }
    }
  else if (request_schema != NULL)
    {
      g_ptr_array_add (problems, g_strdup ("the request body is missing"));
    }

  if (problems->len == 0)
    return TRUE;

  for (guint i = 0; i < problems->len; i++)
    _fake_google_record_violation (self, call->method_id, "%s", (char *) problems->pdata[i]);
  /* Google says "invalid" for a bad field and "badRequest" otherwise. */
  first = problems->pdata[0];
  _fake_google_reply_error (self, call, 400,
                            g_str_has_prefix (first, "body.") ? "invalid" : "badRequest",
                            first);
  return FALSE;
}

static void
finish_request (Request *request)
{
  FakeGoogle *self = request->self;

  if (!request->call.replied)
    {
      _fake_google_record_violation (self, request->call.method_id, "the fake did not answer");
      _fake_google_reply_error (self, &request->call, 500, "backendError", "Backend Error");
    }

  if (request->has_post_fault)
    apply_post_fault (request);

  request_free (request);
}

static void
continue_request (Request *request)
{
  FakeGoogle *self = request->self;
  FakeGoogleCall *call = &request->call;
  g_autofree Fault *fault = take_fault (self, call->method_id);

  if (fault != NULL && fault->kind == FAKE_GOOGLE_FAULT_STATUS)
    {
      g_autofree char *retry_after = g_strdup_printf ("%u", fault->retry_after);

      if (fault->retry_after > 0)
        soup_message_headers_replace (soup_server_message_get_response_headers (call->message),
                                      "Retry-After", retry_after);
      if (g_str_has_prefix (call->method_id, "oauth."))
        {
          g_autoptr(JsonBuilder) builder = json_builder_new ();

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "error");
          json_builder_add_string_value (builder, fault->status >= 500 ? "server_error"
                                                                       : "temporarily_unavailable");
          json_builder_end_object (builder);
          _fake_google_reply_json (self, call, fault->status, json_builder_get_root (builder));
        }
      else
        {
          _fake_google_reply_error (self, call, fault->status, NULL, NULL);
        }
      finish_request (request);
      return;
    }

  if (fault != NULL && fault->kind == FAKE_GOOGLE_FAULT_DROP)
    {
      request->has_post_fault = TRUE;
      request->post_fault = FAKE_GOOGLE_FAULT_DROP;
      _fake_google_reply_empty (self, call, SOUP_STATUS_NO_CONTENT);
      finish_request (request);
      return;
    }

  if (fault != NULL)
    {
      request->has_post_fault = TRUE;
      request->post_fault = fault->kind;
    }

  if (self->fail_rate > 0 && g_rand_double (self->fail_rand) < self->fail_rate)
    {
      _fake_google_reply_error (self, call, 503, "backendError", "Backend Error");
      request->has_post_fault = FALSE;
      finish_request (request);
      return;
    }

  if (request->route->path != NULL)
    {
      request->route->handler (self, call);
    }
  else if (check_bearer (self, request) && validate_request (self, request))
    {
      if (request->route->handler == NULL)
        {
          _fake_google_record_violation (self, call->method_id, "the fake does not implement this method");
          _fake_google_reply_error (self, call, 501, "notImplemented", "Not implemented by the fake.");
        }
      else
        {
          request->route->handler (self, call);
        }
    }

  finish_request (request);
}

static gboolean
latency_done_cb (gpointer user_data)
{
  Request *request = user_data;

  request->latency_id = 0;
  request->self->delayed = g_list_remove (request->self->delayed, request);
  /* libsoup resumes from an idle source, after the answer is set (or the
   * connection stolen, which unpausing first keeps legal). */
  soup_server_message_unpause (request->call.message);
  continue_request (request);

  return G_SOURCE_REMOVE;
}

static void
count_request (FakeGoogle *self,
               const char *method_id)
{
  gpointer count = g_hash_table_lookup (self->counts, method_id);

  g_hash_table_replace (self->counts, g_strdup (method_id),
                        GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
}

static void
reply_unknown (FakeGoogle        *self,
               SoupServerMessage *message,
               const char        *path,
               gboolean           wrong_method)
{
  static const char page[] = "<!DOCTYPE html><title>Error 404 (Not Found)</title><p>Not Found</p>";

  count_request (self, "unknown");
  _fake_google_record_violation (self, NULL, "%s %s%s", soup_server_message_get_method (message),
                                 path, wrong_method ? " (wrong HTTP method)" : " (no such method)");
  soup_server_message_set_status (message, SOUP_STATUS_NOT_FOUND, NULL);
  soup_server_message_set_response (message, "text/html; charset=UTF-8", SOUP_MEMORY_STATIC,
                                    page, strlen (page));
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  FakeGoogle *self = user_data;
  GHashTable *path_params = NULL;
  gboolean wrong_method = FALSE;
  Request *request;
  Route *route;

  route = _fake_google_routes_find (self->routes, soup_server_message_get_method (message), path,
                                    &path_params, &wrong_method);
  if (route == NULL)
    {
      reply_unknown (self, message, path, wrong_method);
      return;
    }

  request = g_new0 (Request, 1);
  request->self = self;
  request->route = route;
  request->call.method_id = route->method_id;
  request->call.http_method = soup_server_message_get_method (message);
  request->call.path_params = path_params ? path_params
                                          : g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  request->call.message = g_object_ref (message);
  request->query_pairs = _fake_google_parse_query (g_uri_get_query (soup_server_message_get_uri (message)));
  request->call.query = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i + 1 < request->query_pairs->len; i += 2)
    g_hash_table_insert (request->call.query, request->query_pairs->pdata[i],
                         request->query_pairs->pdata[i + 1]);

  count_request (self, route->method_id);

  if (self->latency_ms > 0 &&
      soup_message_headers_get_one (soup_server_message_get_request_headers (message),
                                    FAKE_GOOGLE_BATCH_PART_HEADER) == NULL)
    {
      soup_server_message_pause (message);
      request->latency_id = g_timeout_add (self->latency_ms, latency_done_cb, request);
      self->delayed = g_list_prepend (self->delayed, request);
      return;
    }

  continue_request (request);
}

/* GObject ------------------------------------------------------------------ */

static void
fake_google_dispose (GObject *object)
{
  FakeGoogle *self = FAKE_GOOGLE (object);

  g_list_free_full (g_steal_pointer (&self->delayed), (GDestroyNotify) request_free);

  if (self->server != NULL)
    {
      soup_server_remove_handler (self->server, NULL);
      soup_server_disconnect (self->server);
      g_clear_object (&self->server);
    }

  G_OBJECT_CLASS (fake_google_parent_class)->dispose (object);
}

static void
fake_google_finalize (GObject *object)
{
  FakeGoogle *self = FAKE_GOOGLE (object);

  g_clear_pointer (&self->routes, g_ptr_array_unref);
  g_clear_pointer (&self->calendar_doc, json_node_unref);
  g_clear_pointer (&self->gmail_doc, json_node_unref);
  g_clear_pointer (&self->violations, g_ptr_array_unref);
  g_queue_clear_full (&self->faults, (GDestroyNotify) fault_free);
  g_clear_pointer (&self->fail_rand, g_rand_free);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_free (self->url);

  G_OBJECT_CLASS (fake_google_parent_class)->finalize (object);
}

static void
fake_google_class_init (FakeGoogleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fake_google_dispose;
  object_class->finalize = fake_google_finalize;
}

static void
fake_google_init (FakeGoogle *self)
{
  self->routes = g_ptr_array_new_with_free_func ((GDestroyNotify) _fake_google_route_free);
  self->violations = g_ptr_array_new_with_free_func (g_free);
  g_queue_init (&self->faults);
  self->fail_rand = g_rand_new_with_seed (1);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Public API --------------------------------------------------------------- */

FakeGoogle *
fake_google_new (guint    port,
                 GError **error)
{
  g_autoptr(FakeGoogle) self = g_object_new (FAKE_TYPE_GOOGLE, NULL);
  g_autoslist(GUri) uris = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->calendar_doc = _fake_google_routes_load (self->routes, "calendar.v3.json", error);
  if (self->calendar_doc == NULL)
    return NULL;
  self->gmail_doc = _fake_google_routes_load (self->routes, "gmail.v1.json", error);
  if (self->gmail_doc == NULL)
    return NULL;

  self->server = soup_server_new ("server-header", "fake-google ", NULL);
  soup_server_add_handler (self->server, NULL, server_cb, self, NULL);
  if (!soup_server_listen_local (self->server, port, SOUP_SERVER_LISTEN_IPV4_ONLY, error))
    return NULL;

  uris = soup_server_get_uris (self->server);
  g_assert (uris != NULL);
  self->url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));

  _fake_google_oauth_init (self, self->server);
  _fake_google_calendar_init (self);
  _fake_google_gmail_init (self);
  _fake_google_batch_init (self);

  return g_steal_pointer (&self);
}

const char *
fake_google_get_url (FakeGoogle *self)
{
  g_return_val_if_fail (FAKE_IS_GOOGLE (self), NULL);

  return self->url;
}

void
fake_google_export_environment (FakeGoogle *self)
{
  g_return_if_fail (FAKE_IS_GOOGLE (self));

  g_setenv ("PURSUIT_GOOGLE_OAUTH_URL", self->url, TRUE);
  g_setenv ("PURSUIT_GOOGLE_API_URL", self->url, TRUE);
}

void
_fake_google_register (FakeGoogle        *self,
                       const char        *method_id,
                       FakeGoogleHandler  handler)
{
  gboolean found = FALSE;

  g_return_if_fail (FAKE_IS_GOOGLE (self));
  g_return_if_fail (method_id != NULL);

  for (guint i = 0; i < self->routes->len; i++)
    {
      Route *route = self->routes->pdata[i];

      if (route->path == NULL && g_str_equal (route->method_id, method_id))
        {
          route->handler = handler;
          found = TRUE;
        }
    }

  if (!found)
    g_critical ("No discovery method %s", method_id);
}

void
_fake_google_register_path (FakeGoogle        *self,
                            const char        *path,
                            const char        *method_id,
                            FakeGoogleHandler  handler)
{
  Route *route;

  g_return_if_fail (FAKE_IS_GOOGLE (self));
  g_return_if_fail (path != NULL && method_id != NULL && handler != NULL);

  route = g_new0 (Route, 1);
  route->method_id = g_strdup (method_id);
  route->path = g_strdup (path);
  route->handler = handler;
  /* Exact paths win over templates: first in the list. */
  g_ptr_array_insert (self->routes, 0, route);
}

guint
fake_google_get_n_violations (FakeGoogle *self)
{
  g_return_val_if_fail (FAKE_IS_GOOGLE (self), 0);

  return self->violations->len;
}

GPtrArray *
fake_google_get_violations (FakeGoogle *self)
{
  g_return_val_if_fail (FAKE_IS_GOOGLE (self), NULL);

  return self->violations;
}

void
fake_google_add_fault (FakeGoogle          *self,
                       const char          *method,
                       FakeGoogleFaultKind  kind,
                       guint                status,
                       guint                retry_after_seconds,
                       guint                count)
{
  Fault *fault;

  g_return_if_fail (FAKE_IS_GOOGLE (self));
  g_return_if_fail (kind != FAKE_GOOGLE_FAULT_STATUS || (status >= 100 && status < 600));

  if (count == 0)
    return;

  fault = g_new0 (Fault, 1);
  fault->prefix = g_strdup (method);
  fault->kind = kind;
  fault->status = status;
  fault->retry_after = retry_after_seconds;
  fault->count = count;
  g_queue_push_tail (&self->faults, fault);
}

void
fake_google_set_latency (FakeGoogle *self,
                         guint       milliseconds)
{
  g_return_if_fail (FAKE_IS_GOOGLE (self));

  self->latency_ms = milliseconds;
}

void
fake_google_set_fail_rate (FakeGoogle *self,
                           double      rate,
                           guint32     seed)
{
  g_return_if_fail (FAKE_IS_GOOGLE (self));
  g_return_if_fail (rate >= 0 && rate <= 1);

  self->fail_rate = rate;
  g_rand_set_seed (self->fail_rand, seed);
}

guint
fake_google_count_requests (FakeGoogle *self,
                            const char *method)
{
  GHashTableIter iter;
  gpointer key, value;
  guint total = 0;

  g_return_val_if_fail (FAKE_IS_GOOGLE (self), 0);

  g_hash_table_iter_init (&iter, self->counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (method == NULL || g_str_has_prefix (key, method))
      total += GPOINTER_TO_UINT (value);

  return total;
}
