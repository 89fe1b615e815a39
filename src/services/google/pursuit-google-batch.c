/* pursuit-google-batch.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Google's batch requests (google-apis.md §2.5): libsoup has no writer of
 * multipart/mixed request bodies, so the body is built here, and the
 * answer is read here too, part by part, so that a broken or truncated
 * answer is an error and never a guess. */

#define G_LOG_DOMAIN "pursuit-google-batch"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-google-batch.h"
#include "pursuit-http-errors-private.h"

/* The name of the service in error messages. */
#define SERVICE_NAME "Google"
#define CONTENT_ID_PREFIX "item-"
#define RESPONSE_PREFIX "response-"

typedef struct
{
  char *method;
  char *path;
} Call;

struct _PursuitGoogleBatch
{
  GObject parent_instance;

  char *url;
  char *boundary;
  GArray *calls;
};

G_DEFINE_FINAL_TYPE (PursuitGoogleBatch, pursuit_google_batch, G_TYPE_OBJECT)

static void
call_clear (Call *call)
{
  g_clear_pointer (&call->method, g_free);
  g_clear_pointer (&call->path, g_free);
}

static void
pursuit_google_batch_finalize (GObject *object)
{
  PursuitGoogleBatch *self = (PursuitGoogleBatch *)object;

  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->boundary, g_free);
  g_clear_pointer (&self->calls, g_array_unref);

  G_OBJECT_CLASS (pursuit_google_batch_parent_class)->finalize (object);
}

static void
pursuit_google_batch_class_init (PursuitGoogleBatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_google_batch_finalize;
}

static void
pursuit_google_batch_init (PursuitGoogleBatch *self)
{
  g_autofree char *uuid = g_uuid_string_random ();

  /* Random, so that no path or header can contain it. */
  self->boundary = g_strconcat ("batch_pursuit_", uuid, NULL);
  g_strdelimit (self->boundary, "-", '_');
  self->calls = g_array_new (FALSE, TRUE, sizeof (Call));
  g_array_set_clear_func (self->calls, (GDestroyNotify) call_clear);
}

/* Reading the answer ------------------------------------------------------- */

typedef struct
{
  const char *data;
  gsize length;
} Slice;

static gboolean
is_line_start (const char *data,
               const char *at)
{
  return at == data || at[-1] == '\n';
}

/* The next "--boundary" at the start of a line from @from on, or NULL. */
static const char *
find_delimiter (const char *from,
                const char *end,
                const char *data,
                const char *delimiter,
                gsize       delimiter_length)
{
  for (const char *at = from; (gsize)(end - at) >= delimiter_length; at++)
    {
      at = memchr (at, '-', end - at);
      if (at == NULL || (gsize)(end - at) < delimiter_length)
        return NULL;
      if (is_line_start (data, at) && memcmp (at, delimiter, delimiter_length) == 0)
        return at;
    }
  return NULL;
}

/* After a delimiter: "--" closes, else optional blanks and the end of the
 * line. Returns where the part starts, or NULL when broken. */
static const char *
skip_delimiter_line (const char *at,
                     const char *end,
                     gboolean   *closes)
{
  *closes = FALSE;
  if (end - at >= 2 && at[0] == '-' && at[1] == '-')
    {
      *closes = TRUE;
      return at + 2;
    }

  while (at < end && (*at == ' ' || *at == '\t'))
    at++;
  if (at < end && *at == '\r')
    at++;
  if (at < end && *at == '\n')
    return at + 1;
  return NULL;
}

/* RFC 2046 §5.1.1, with LF taken for CRLF as well: the parts between the
 * first delimiter and the closing one; a missing closing delimiter means
 * the answer was cut short. */
static GArray *
split_multipart (GBytes      *body,
                 const char  *boundary,
                 const char **problem)
{
  gsize length;
  const char *data = g_bytes_get_data (body, &length);
  const char *end = data + length;
  g_autofree char *delimiter = g_strconcat ("--", boundary, NULL);
  gsize delimiter_length = strlen (delimiter);
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (Slice));
  const char *at;

  if (data == NULL)
    data = end = "";

  at = find_delimiter (data, end, data, delimiter, delimiter_length);
  if (at == NULL)
    {
      *problem = _("the answer holds no parts");
      return NULL;
    }

  for (;;)
    {
      gboolean closes;
      const char *start = skip_delimiter_line (at + delimiter_length, end, &closes);
      const char *next;
      Slice slice;

      if (closes)
        break;
      if (start == NULL)
        {
          *problem = _("a part boundary is broken");
          return NULL;
        }

      next = find_delimiter (start, end, data, delimiter, delimiter_length);
      if (next == NULL)
        {
          *problem = _("the answer was cut short");
          return NULL;
        }

      /* The line break before the delimiter belongs to it. */
      slice.data = start;
      slice.length = next - start;
      if (slice.length > 0 && slice.data[slice.length - 1] == '\n')
        slice.length--;
      if (slice.length > 0 && slice.data[slice.length - 1] == '\r')
        slice.length--;
      g_array_append_val (parts, slice);
      at = next;
    }

  return g_steal_pointer (&parts);
}

/* The length of the header block of @slice (up to its empty line), and
 * where what follows the empty line starts; FALSE when there is no empty
 * line. */
static gboolean
find_header_end (Slice  slice,
                 gsize *header_length,
                 gsize *body_start)
{
  for (gsize i = 0; i < slice.length; i++)
    {
      if (!is_line_start (slice.data, slice.data + i))
        continue;
      if (slice.data[i] == '\n')
        {
          *header_length = i;
          *body_start = i + 1;
          return TRUE;
        }
      if (slice.data[i] == '\r' && i + 1 < slice.length && slice.data[i + 1] == '\n')
        {
          *header_length = i;
          *body_start = i + 2;
          return TRUE;
        }
    }
  return FALSE;
}

/* Broken lines are dropped: libsoup takes no CR in values and no blanks
 * in names. */
static void
append_header (SoupMessageHeaders *headers,
               GString            *line)
{
  char *colon = strchr (line->str, ':');
  char *name = line->str;
  char *value = colon + 1;

  *colon = '\0';
  g_strdelimit (value, "\r", ' ');
  g_strstrip (name);
  if (name[0] == '\0' || strpbrk (name, " \t\r") != NULL)
    return;
  soup_message_headers_append (headers, name, g_strstrip (value));
}

/* MIME part headers ("Name: value" lines, folding undone); lines that
 * are not headers are left out. */
static SoupMessageHeaders *
parse_part_headers (const char *data,
                    gsize       length)
{
  SoupMessageHeaders *headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_MULTIPART);
  /* A NUL cuts the copy short: what is before it is still headers. */
  g_autofree char *text = g_strndup (data, length);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *current = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strchomp (lines[i]);
      const char *colon = strchr (line, ':');

      if ((line[0] == ' ' || line[0] == '\t') && current != NULL)
        {
          g_string_append_c (current, ' ');
          g_string_append (current, g_strstrip (line));
          continue;
        }
      if (current != NULL)
        {
          append_header (headers, current);
          g_string_free (g_steal_pointer (&current), TRUE);
        }
      if (colon != NULL && colon != line)
        current = g_string_new (line);
    }
  if (current != NULL)
    {
      append_header (headers, current);
      g_string_free (current, TRUE);
    }

  return headers;
}

/* "<response-item-3>" → 2; -1 when it is not one of ours. */
static int
index_from_content_id (const char *content_id,
                       guint       n_calls)
{
  g_autofree char *id = g_strstrip (g_strdup (content_id));
  const char *number;
  gsize length = strlen (id);
  guint64 n = 0;

  if (length < 2 || id[0] != '<' || id[length - 1] != '>')
    return -1;
  id[length - 1] = '\0';
  if (!g_str_has_prefix (id + 1, RESPONSE_PREFIX CONTENT_ID_PREFIX))
    return -1;
  number = id + 1 + strlen (RESPONSE_PREFIX CONTENT_ID_PREFIX);
  if (!g_ascii_string_to_unsigned (number, 10, 1, n_calls, &n, NULL))
    return -1;
  return (int)n - 1;
}

static JsonNode *
parse_json (GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize length;
  const char *data = g_bytes_get_data (body, &length);
  JsonNode *root;

  if (length == 0 || length > G_MAXSSIZE ||
      !json_parser_load_from_data (parser, data, (gssize)length, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !(JSON_NODE_HOLDS_OBJECT (root) || JSON_NODE_HOLDS_ARRAY (root)))
    return NULL;
  return json_node_ref (root);
}

/* "HTTP/1.1 200 OK", headers, an empty line, the body; the JSON parsed
 * when it is JSON. NULL when the part is not an HTTP response. */
static PursuitHttpResponse *
parse_inner_response (Slice slice)
{
  g_autoptr(SoupMessageHeaders) headers = NULL;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GString) block = NULL;
  PursuitHttpResponse *response;
  gsize header_length;
  gsize body_start;
  guint status = 0;

  /* An answer with no body may also lack the empty line. */
  if (!find_header_end (slice, &header_length, &body_start))
    header_length = body_start = slice.length;
  if (header_length == 0 || header_length > G_MAXINT)
    return NULL;

  /* libsoup wants each line ended, the last one too. */
  block = g_string_new_len (slice.data, header_length);
  if (block->str[block->len - 1] != '\n')
    g_string_append (block, "\r\n");
  headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  if (!soup_headers_parse_response (block->str, (int)block->len, headers, NULL, &status, NULL) ||
      status < 100 || status > 599)
    return NULL;

  body = g_bytes_new (slice.data + body_start, slice.length - body_start);
  json = parse_json (body);
  response = pursuit_http_response_new (status, headers, body);
  pursuit_http_response_set_json (response, json);
  return response;
}

/* The boundary of a multipart answer, from its Content-Type. */
static char *
dup_boundary (PursuitHttpResponse *response)
{
  const char *content_type = pursuit_http_response_get_header (response, "Content-Type");
  g_autoptr(SoupMessageHeaders) headers = NULL;
  g_autoptr(GHashTable) params = NULL;
  const char *type;
  const char *boundary;

  if (content_type == NULL)
    return NULL;

  headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_RESPONSE);
  soup_message_headers_append (headers, "Content-Type", content_type);
  type = soup_message_headers_get_content_type (headers, &params);
  if (type == NULL || g_ascii_strncasecmp (type, "multipart/", strlen ("multipart/")) != 0)
    return NULL;

  boundary = params != NULL ? g_hash_table_lookup (params, "boundary") : NULL;
  if (boundary == NULL || boundary[0] == '\0' || strlen (boundary) > 200)
    return NULL;
  return g_strdup (boundary);
}

static void
unref_response (gpointer response)
{
  if (response != NULL)
    g_object_unref (response);
}

static gboolean
read_part (Slice       slice,
           guint       position,
           GPtrArray  *responses,
           GError    **error)
{
  g_autoptr(SoupMessageHeaders) headers = NULL;
  g_autoptr(PursuitHttpResponse) response = NULL;
  const char *content_id;
  const char *content_type;
  gsize header_length;
  gsize body_start;
  int index;

  if (!find_header_end (slice, &header_length, &body_start))
    {
      *error = _pursuit_http_new_invalid_response_error (SERVICE_NAME,
                                                         _("a part of a batch answer has no headers"));
      return FALSE;
    }

  headers = parse_part_headers (slice.data, header_length);
  content_type = soup_message_headers_get_content_type (headers, NULL);
  if (g_strcmp0 (content_type, "application/http") != 0)
    {
      *error = _pursuit_http_new_invalid_response_error (SERVICE_NAME,
                                                         _("a part of a batch answer is not an HTTP response"));
      return FALSE;
    }

  /* Google names every part; without a name, only the place is left. */
  content_id = soup_message_headers_get_one (headers, "Content-ID");
  index = content_id != NULL ? index_from_content_id (content_id, responses->len)
                             : (position < responses->len ? (int)position : -1);
  if (index < 0 || responses->pdata[index] != NULL)
    {
      *error = _pursuit_http_new_invalid_response_error (SERVICE_NAME,
                                                         _("a part of a batch answer answers no request"));
      return FALSE;
    }

  response = parse_inner_response ((Slice) { slice.data + body_start, slice.length - body_start });
  if (response == NULL)
    {
      *error = _pursuit_http_new_invalid_response_error (SERVICE_NAME,
                                                         _("a part of a batch answer is not an HTTP response"));
      return FALSE;
    }

  responses->pdata[index] = g_steal_pointer (&response);
  return TRUE;
}

/* Public API --------------------------------------------------------------- */

/**
 * pursuit_google_batch_new:
 * @batch_url: where batches go ("https://gmail.googleapis.com/batch/gmail/v1")
 *
 * Returns: (transfer full): an empty batch
 */
PursuitGoogleBatch *
pursuit_google_batch_new (const char *batch_url)
{
  PursuitGoogleBatch *self;

  g_return_val_if_fail (batch_url != NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_GOOGLE_BATCH, NULL);
  self->url = g_strdup (batch_url);
  return self;
}

/**
 * pursuit_google_batch_add:
 * @self: a batch
 * @method: "GET"
 * @path_and_query: "/gmail/v1/users/me/messages/ID?format=full"
 *
 * Returns: the index of the call, for the answer of
 *   pursuit_google_batch_parse_response()
 */
guint
pursuit_google_batch_add (PursuitGoogleBatch *self,
                          const char         *method,
                          const char         *path_and_query)
{
  Call call;

  g_return_val_if_fail (PURSUIT_IS_GOOGLE_BATCH (self), 0);
  g_return_val_if_fail (method != NULL && method[0] != '\0', 0);
  g_return_val_if_fail (path_and_query != NULL && path_and_query[0] == '/', 0);
  g_return_val_if_fail (strpbrk (path_and_query, " \r\n") == NULL, 0);
  g_return_val_if_fail (self->calls->len < PURSUIT_GOOGLE_BATCH_MAX, 0);

  call.method = g_strdup (method);
  call.path = g_strdup (path_and_query);
  g_array_append_val (self->calls, call);
  return self->calls->len - 1;
}

guint
pursuit_google_batch_get_n_calls (PursuitGoogleBatch *self)
{
  g_return_val_if_fail (PURSUIT_IS_GOOGLE_BATCH (self), 0);

  return self->calls->len;
}

/**
 * pursuit_google_batch_build_request:
 * @self: a batch with at least one call
 * @service: the service label (circuit breaker, error messages)
 * @authorizer: (nullable): gives the outer request its Authorization
 *   header, which applies to every call
 *
 * Returns: (transfer full): the POST of the whole batch
 */
PursuitHttpRequest *
pursuit_google_batch_build_request (PursuitGoogleBatch *self,
                                    const char         *service,
                                    PursuitAuthorizer  *authorizer)
{
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *content_type = NULL;
  GString *body;

  g_return_val_if_fail (PURSUIT_IS_GOOGLE_BATCH (self), NULL);
  g_return_val_if_fail (service != NULL, NULL);
  g_return_val_if_fail (authorizer == NULL || PURSUIT_IS_AUTHORIZER (authorizer), NULL);
  g_return_val_if_fail (self->calls->len > 0, NULL);

  body = g_string_new (NULL);
  for (guint i = 0; i < self->calls->len; i++)
    {
      Call *call = &g_array_index (self->calls, Call, i);

      g_string_append_printf (body,
                              "--%s\r\n"
                              "Content-Type: application/http\r\n"
                              "Content-ID: <" CONTENT_ID_PREFIX "%u>\r\n"
                              "\r\n"
                              "%s %s\r\n"
                              "\r\n",
                              self->boundary, i + 1, call->method, call->path);
    }
  g_string_append_printf (body, "--%s--\r\n", self->boundary);
  bytes = g_string_free_to_bytes (body);

  content_type = g_strdup_printf ("multipart/mixed; boundary=%s", self->boundary);
  request = pursuit_http_request_new (service, "POST", self->url);
  pursuit_http_request_set_service_name (request, SERVICE_NAME);
  pursuit_http_request_set_body (request, content_type, bytes);
  pursuit_http_request_set_expect_json (request, FALSE);
  if (authorizer != NULL)
    pursuit_http_request_set_authorizer (request, authorizer);

  return g_steal_pointer (&request);
}

/**
 * pursuit_google_batch_parse_response:
 * @self: the batch that was sent
 * @response: its answer
 * @error: PURSUIT_HTTP_ERROR_INVALID_RESPONSE when it cannot be read
 *
 * Returns: (transfer container) (element-type PursuitHttpResponse): one
 *   answer per call in the order of the calls, NULL for a call the answer
 *   lacks
 */
GPtrArray *
pursuit_google_batch_parse_response (PursuitGoogleBatch   *self,
                                     PursuitHttpResponse  *response,
                                     GError              **error)
{
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GArray) parts = NULL;
  g_autofree char *boundary = NULL;
  const char *problem = NULL;
  GBytes *body;

  g_return_val_if_fail (PURSUIT_IS_GOOGLE_BATCH (self), NULL);
  g_return_val_if_fail (PURSUIT_IS_HTTP_RESPONSE (response), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  boundary = dup_boundary (response);
  if (boundary == NULL)
    {
      if (error != NULL)
        *error = _pursuit_http_new_invalid_response_error (SERVICE_NAME,
                                                           _("a batch answer is not multipart"));
      return NULL;
    }

  body = pursuit_http_response_get_body (response);
  parts = body != NULL ? split_multipart (body, boundary, &problem) : NULL;
  if (parts == NULL)
    {
      if (error != NULL)
        *error = _pursuit_http_new_invalid_response_error (SERVICE_NAME,
                                                           problem != NULL ? problem : _("the answer is empty"));
      return NULL;
    }

  responses = g_ptr_array_new_full (self->calls->len, unref_response);
  g_ptr_array_set_size (responses, self->calls->len);

  for (guint i = 0; i < parts->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!read_part (g_array_index (parts, Slice, i), i, responses, &local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  return g_steal_pointer (&responses);
}
