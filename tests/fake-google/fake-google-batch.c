/* fake-google-batch.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-private.h"

/* POST /batch/gmail/v1 and /batch/calendar/v3: multipart/mixed of
 * application/http parts. Each part is sent back to the fake itself over
 * loopback, so it is validated, counted and faulted like any request; the
 * answers go back in order, under a boundary of the fake's own. */

#define SESSION_KEY "fake-google-batch-session"
#define MAX_PARTS 100

typedef struct
{
  char        *content_id;
  SoupMessage *message;     /* NULL when the part itself was broken */
  guint        status;
  char        *content_type;
  char        *etag;
  GBytes      *body;
} Part;

typedef struct
{
  FakeGoogle        *self;
  SoupServerMessage *outer;
  GPtrArray         *parts;
  guint              pending;
} Batch;

static void
part_free (Part *part)
{
  g_free (part->content_id);
  g_clear_object (&part->message);
  g_free (part->content_type);
  g_free (part->etag);
  g_clear_pointer (&part->body, g_bytes_unref);
  g_free (part);
}

static void
batch_free (Batch *batch)
{
  g_ptr_array_unref (batch->parts);
  g_object_unref (batch->outer);
  g_object_unref (batch->self);
  g_free (batch);
}

static SoupSession *
get_session (FakeGoogle *self)
{
  SoupSession *session = g_object_get_data (G_OBJECT (self), SESSION_KEY);

  if (session == NULL)
    {
      session = soup_session_new_with_options ("max-conns-per-host", 16, NULL);
      /* Loopback: no proxy, and no desktop proxy settings to read. */
      soup_session_set_proxy_resolver (session, NULL);
      g_object_set_data_full (G_OBJECT (self), SESSION_KEY, session, g_object_unref);
    }
  return session;
}

static void
answer_part (Part       *part,
             guint       status,
             const char *text)
{
  part->status = status;
  part->content_type = g_strdup ("application/json; charset=UTF-8");
  part->body = g_bytes_new (text, strlen (text));
}

static void
send_answer (Batch *batch)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *boundary = g_strdup_printf ("batch_%s", uuid);
  g_autofree char *content_type = g_strdup_printf ("multipart/mixed; boundary=%s", boundary);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < batch->parts->len; i++)
    {
      Part *part = batch->parts->pdata[i];

      g_string_append_printf (out, "--%s\r\nContent-Type: application/http\r\n", boundary);
      if (part->content_id != NULL)
        g_string_append_printf (out, "Content-ID: <response-%s>\r\n", part->content_id);
      g_string_append_printf (out, "\r\nHTTP/1.1 %u %s\r\n", part->status,
                              soup_status_get_phrase (part->status));
      if (part->content_type != NULL)
        g_string_append_printf (out, "Content-Type: %s\r\n", part->content_type);
      if (part->etag != NULL)
        g_string_append_printf (out, "ETag: %s\r\n", part->etag);
      g_string_append (out, "\r\n");
      if (part->body != NULL)
        g_string_append_len (out, g_bytes_get_data (part->body, NULL), g_bytes_get_size (part->body));
      g_string_append (out, "\r\n");
    }
  g_string_append_printf (out, "--%s--\r\n", boundary);

  soup_server_message_set_status (batch->outer, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (batch->outer, content_type, SOUP_MEMORY_TAKE,
                                    out->str, out->len);
  g_string_free (out, FALSE);
  soup_server_message_unpause (batch->outer);
  batch_free (batch);
}

typedef struct
{
  Batch *batch;
  Part  *part;
} Sent;

static void
part_sent_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Sent *sent = user_data;
  Part *part = sent->part;
  Batch *batch = sent->batch;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);

  g_free (sent);

  if (body == NULL)
    {
      answer_part (part, 500, "{\"error\":{\"code\":500,\"message\":\"Backend Error\","
                   "\"errors\":[{\"domain\":\"global\",\"reason\":\"backendError\","
                   "\"message\":\"Backend Error\"}],\"status\":\"INTERNAL\"}}");
    }
  else
    {
      SoupMessageHeaders *headers = soup_message_get_response_headers (part->message);

      part->status = soup_message_get_status (part->message);
      part->content_type = g_strdup (soup_message_headers_get_content_type (headers, NULL)
                                     ? soup_message_headers_get_one (headers, "Content-Type")
                                     : NULL);
      part->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
      part->body = g_steal_pointer (&body);
    }

  if (--batch->pending == 0)
    send_answer (batch);
}

/* "GET /gmail/v1/users/me/messages/1?format=metadata HTTP/1.1", headers,
 * a blank line and the body; the lines may end in CRLF or LF. */
static gboolean
parse_part (FakeGoogle  *self,
            const char  *api_prefix,
            const char  *authorization,
            GBytes      *bytes,
            Part        *part,
            char       **problem)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *uri = NULL;
  g_auto(GStrv) request_line = NULL;
  char *line = text;
  char *next;
  const char *content_type = NULL;
  g_autoptr(GPtrArray) headers = g_ptr_array_new_with_free_func (g_free);

  next = strchr (line, '\n');
  if (next == NULL)
    {
      *problem = g_strdup ("a part holds no request line");
      return FALSE;
    }
  *next = '\0';
  g_strchomp (line);
  request_line = g_strsplit (line, " ", -1);
  if (g_strv_length (request_line) < 2 || !g_str_has_prefix (request_line[1], api_prefix))
    {
      *problem = g_strdup_printf ("a part is not a request to %s", api_prefix);
      return FALSE;
    }

  for (line = next + 1; (next = strchr (line, '\n')) != NULL; line = next + 1)
    {
      char *colon;

      *next = '\0';
      g_strchomp (line);
      if (*line == '\0')
        {
          line = next + 1;
          break;
        }
      colon = strchr (line, ':');
      if (colon == NULL)
        {
          *problem = g_strdup ("a part holds a broken header");
          return FALSE;
        }
      *colon = '\0';
      g_ptr_array_add (headers, g_strdup (g_strstrip (line)));
      g_ptr_array_add (headers, g_strdup (g_strstrip (colon + 1)));
    }
  if (next == NULL)
    line = line + strlen (line);

  uri = g_strconcat (fake_google_get_url (self), request_line[1], NULL);
  part->message = soup_message_new (request_line[0], uri);
  if (part->message == NULL)
    {
      *problem = g_strdup ("a part holds a broken request line");
      return FALSE;
    }

  for (guint i = 0; i < headers->len; i += 2)
    {
      if (g_ascii_strcasecmp (headers->pdata[i], "Content-Type") == 0)
        content_type = headers->pdata[i + 1];
      else if (g_ascii_strcasecmp (headers->pdata[i], "Content-Length") != 0)
        soup_message_headers_append (soup_message_get_request_headers (part->message),
                                     headers->pdata[i], headers->pdata[i + 1]);
    }
  /* The outer request's headers apply to every part that sets none. */
  if (authorization != NULL &&
      soup_message_headers_get_one (soup_message_get_request_headers (part->message),
                                    "Authorization") == NULL)
    soup_message_headers_append (soup_message_get_request_headers (part->message),
                                 "Authorization", authorization);

  /* Google answers a batch's parts together: the outer request carries the
   * latency, its parts do not wait again. */
  soup_message_headers_replace (soup_message_get_request_headers (part->message),
                                FAKE_GOOGLE_BATCH_PART_HEADER, "1");

  g_strchomp (line);
  if (*line != '\0')
    {
      g_autoptr(GBytes) body = g_bytes_new (line, strlen (line));

      soup_message_set_request_body_from_bytes (part->message, content_type, body);
    }

  return TRUE;
}

static void
reply_bad_batch (FakeGoogle     *self,
                 FakeGoogleCall *call,
                 const char     *problem)
{
  _fake_google_record_violation (self, call->method_id, "%s", problem);
  _fake_google_reply_error (self, call, 400, "badRequest", problem);
}

static void
handle_batch (FakeGoogle     *self,
              FakeGoogleCall *call)
{
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (call->message);
  const char *api_prefix = g_str_has_prefix (call->method_id, "gmail.") ? "/gmail/v1/" : "/calendar/v3/";
  g_autoptr(GBytes) body = soup_message_body_flatten (soup_server_message_get_request_body (call->message));
  g_autoptr(SoupMultipart) multipart = NULL;
  Batch *batch;
  int n;

  if (!g_str_equal (call->http_method, "POST"))
    {
      reply_bad_batch (self, call, "a batch is a POST");
      return;
    }

  multipart = soup_multipart_new_from_message (headers, body);
  if (multipart == NULL)
    {
      reply_bad_batch (self, call, "the body is not multipart/mixed");
      return;
    }
  n = soup_multipart_get_length (multipart);
  if (n == 0 || n > MAX_PARTS)
    {
      reply_bad_batch (self, call, "a batch holds 1 to 100 requests");
      return;
    }

  batch = g_new0 (Batch, 1);
  batch->self = g_object_ref (self);
  batch->outer = g_object_ref (call->message);
  batch->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);

  for (int i = 0; i < n; i++)
    {
      SoupMessageHeaders *part_headers;
      GBytes *part_body;
      Part *part = g_new0 (Part, 1);
      const char *content_id;
      g_autofree char *problem = NULL;

      g_ptr_array_add (batch->parts, part);
      soup_multipart_get_part (multipart, i, &part_headers, &part_body);
      content_id = soup_message_headers_get_one (part_headers, "Content-ID");
      if (content_id != NULL)
        {
          part->content_id = g_strdup (content_id);
          g_strstrip (part->content_id);
          if (part->content_id[0] == '<')
            {
              memmove (part->content_id, part->content_id + 1, strlen (part->content_id));
              g_strdelimit (part->content_id, ">", '\0');
            }
        }

      if (g_strcmp0 (soup_message_headers_get_content_type (part_headers, NULL), "application/http") != 0)
        problem = g_strdup ("a part is not application/http");
      else
        parse_part (self, api_prefix, soup_message_headers_get_one (headers, "Authorization"),
                    part_body, part, &problem);

      if (problem != NULL)
        {
          g_autofree char *error = g_strdup_printf ("{\"error\":{\"code\":400,\"message\":\"%s\","
                                                    "\"errors\":[{\"domain\":\"global\","
                                                    "\"reason\":\"badRequest\",\"message\":\"%s\"}],"
                                                    "\"status\":\"INVALID_ARGUMENT\"}}",
                                                    problem, problem);

          _fake_google_record_violation (self, call->method_id, "%s", problem);
          g_clear_object (&part->message);
          answer_part (part, 400, error);
        }
    }

  /* The parts run over loopback while the batch waits. */
  soup_server_message_pause (call->message);
  call->replied = TRUE;

  batch->pending = 1;
  for (guint i = 0; i < batch->parts->len; i++)
    {
      Part *part = batch->parts->pdata[i];
      Sent *sent;

      if (part->message == NULL)
        continue;
      sent = g_new0 (Sent, 1);
      sent->batch = batch;
      sent->part = part;
      batch->pending++;
      soup_session_send_and_read_async (get_session (self), part->message, G_PRIORITY_DEFAULT,
                                        NULL, part_sent_cb, sent);
    }
  if (--batch->pending == 0)
    send_answer (batch);
}

void
_fake_google_batch_init (FakeGoogle *self)
{
  g_return_if_fail (FAKE_IS_GOOGLE (self));

  _fake_google_register_path (self, "/batch/gmail/v1", "gmail.batch", handle_batch);
  _fake_google_register_path (self, "/batch/calendar/v3", "calendar.batch", handle_batch);
}
