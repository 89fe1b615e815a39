/* pursuit-page-fetcher.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-page-fetcher"

#include <string.h>

#include <libsoup/soup.h>

#include "pursuit-page-fetcher.h"

#define USER_AGENT "Pursuit/0.1 (+https://github.com/pursuit)"
#define TIMEOUT_SECONDS 30
#define CHUNK_SIZE ((gsize) 64 * 1024)
#define SNIFF_SIZE 1024

struct _PursuitPageFetcher
{
  GObject      parent_instance;

  SoupSession *session;
};

typedef struct
{
  SoupMessage  *message;
  GInputStream *stream;
  GByteArray   *body;
  gsize         pending_offset;
} FetchState;

typedef struct
{
  GBytes *body;
  char   *content_type;
  char   *final_uri;
} FetchResult;

G_DEFINE_FINAL_TYPE (PursuitPageFetcher, pursuit_page_fetcher, G_TYPE_OBJECT)

G_DEFINE_QUARK (pursuit-fetch-error-quark, pursuit_fetch_error)

static void read_next_chunk (GTask *task);

static void
fetch_state_free (gpointer data)
{
  FetchState *state = data;

  g_clear_object (&state->message);
  g_clear_object (&state->stream);
  g_clear_pointer (&state->body, g_byte_array_unref);
  g_free (state);
}

static void
fetch_result_free (gpointer data)
{
  FetchResult *result = data;

  g_clear_pointer (&result->body, g_bytes_unref);
  g_free (result->content_type);
  g_free (result->final_uri);
  g_free (result);
}

static gboolean
is_textual (const char *content_type)
{
  if (content_type == NULL)
    return TRUE;

  return g_str_has_prefix (content_type, "text/") ||
         g_str_has_suffix (content_type, "+xml") ||
         g_str_has_suffix (content_type, "+json") ||
         g_str_equal (content_type, "application/xml") ||
         g_str_equal (content_type, "application/json") ||
         g_str_equal (content_type, "application/javascript");
}

static gboolean
is_utf8_label (const char *charset)
{
  return g_ascii_strcasecmp (charset, "utf-8") == 0 ||
         g_ascii_strcasecmp (charset, "utf8") == 0;
}

/* Finds a <meta charset="..."> or a content="...; charset=..." near the start
 * of an HTML page that did not name its charset in Content-Type. */
static char *
sniff_charset (const guint8 *data,
               gsize         length)
{
  g_autofree char *head = g_ascii_strdown ((const char *)data, MIN (length, SNIFF_SIZE));
  const char *p;
  const char *end;

  p = strstr (head, "charset=");
  if (p == NULL)
    return NULL;

  p += strlen ("charset=");
  while (*p == '"' || *p == '\'' || *p == ' ')
    p++;

  for (end = p; g_ascii_isalnum (*end) || *end == '-' || *end == '_' || *end == ':' || *end == '.'; end++)
    ;

  if (end == p)
    return NULL;

  return g_strndup (p, end - p);
}

/* Turns the body into UTF-8 text. Web pages labelled Latin-1 or ASCII are
 * really Windows-1252 (as browsers read them), which is a superset. When the
 * charset is unknown to iconv or the bytes do not fit it, invalid sequences
 * become U+FFFD rather than failing the fetch. */
static GBytes *
decode_body (GByteArray *body,
             const char *content_type,
             const char *header_charset)
{
  g_autofree char *sniffed = NULL;
  const char *charset = header_charset;

  if (!is_textual (content_type))
    return g_byte_array_free_to_bytes (g_byte_array_ref (body));

  if ((charset == NULL || charset[0] == '\0') &&
      (content_type == NULL ||
       g_str_equal (content_type, "text/html") ||
       g_str_equal (content_type, "application/xhtml+xml")))
    charset = sniffed = sniff_charset (body->data, body->len);

  if (charset != NULL && !is_utf8_label (charset))
    {
      g_autoptr(GError) error = NULL;
      const char *from = charset;
      gsize written = 0;
      char *converted;

      if (g_ascii_strcasecmp (charset, "iso-8859-1") == 0 ||
          g_ascii_strcasecmp (charset, "latin1") == 0 ||
          g_ascii_strcasecmp (charset, "us-ascii") == 0 ||
          g_ascii_strcasecmp (charset, "ascii") == 0)
        from = "WINDOWS-1252";

      converted = g_convert ((const char *)body->data, body->len, "UTF-8", from, NULL, &written, &error);
      if (converted != NULL)
        return g_bytes_new_take (converted, written);

      g_debug ("Could not convert the page from %s: %s", charset, error->message);
    }

  if (g_utf8_validate_len ((const char *)body->data, body->len, NULL))
    return g_byte_array_free_to_bytes (g_byte_array_ref (body));

  {
    char *valid = g_utf8_make_valid ((const char *)body->data, body->len);

    return g_bytes_new_take (valid, strlen (valid));
  }
}

static void
finish_fetch (GTask *task)
{
  FetchState *state = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (state->message);
  g_autoptr(GHashTable) params = NULL;
  const char *content_type;
  FetchResult *result;

  content_type = soup_message_headers_get_content_type (headers, &params);

  result = g_new0 (FetchResult, 1);
  result->content_type = content_type ? g_ascii_strdown (content_type, -1) : NULL;
  result->final_uri = g_uri_to_string (soup_message_get_uri (state->message));
  result->body = decode_body (state->body,
                              result->content_type,
                              params ? g_hash_table_lookup (params, "charset") : NULL);

  g_task_return_pointer (task, result, fetch_result_free);
}

static void
return_too_large (GTask *task)
{
  g_task_return_new_error (task, PURSUIT_FETCH_ERROR, PURSUIT_FETCH_ERROR_TOO_LARGE,
                           "The page is larger than %" G_GSIZE_FORMAT " MiB",
                           PURSUIT_PAGE_FETCHER_MAX_SIZE / (1024 * 1024));
}

static void
read_chunk_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  FetchState *state = g_task_get_task_data (task);
  gssize n_read;

  n_read = g_input_stream_read_finish (G_INPUT_STREAM (object), result, &error);
  if (n_read < 0)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_byte_array_set_size (state->body, state->pending_offset + n_read);

  if (n_read == 0)
    {
      finish_fetch (task);
      return;
    }

  /* We asked for at most one byte past the cap: having it means too much. */
  if (state->body->len > PURSUIT_PAGE_FETCHER_MAX_SIZE)
    {
      return_too_large (task);
      return;
    }

  read_next_chunk (g_steal_pointer (&task));
}

static void
read_next_chunk (GTask *task)
{
  FetchState *state = g_task_get_task_data (task);
  gsize wanted = MIN (CHUNK_SIZE, PURSUIT_PAGE_FETCHER_MAX_SIZE + 1 - state->body->len);

  state->pending_offset = state->body->len;
  g_byte_array_set_size (state->body, state->pending_offset + wanted);

  g_input_stream_read_async (state->stream,
                             state->body->data + state->pending_offset,
                             wanted,
                             G_PRIORITY_DEFAULT,
                             g_task_get_cancellable (task),
                             read_chunk_cb,
                             task);
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  FetchState *state = g_task_get_task_data (task);
  SoupMessageHeaders *headers;
  guint status;

  stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (stream == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  status = soup_message_get_status (state->message);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      const char *reason = soup_message_get_reason_phrase (state->message);

      if (reason == NULL || reason[0] == '\0')
        reason = soup_status_get_phrase (status);

      g_task_return_new_error (task, PURSUIT_FETCH_ERROR, PURSUIT_FETCH_ERROR_HTTP_STATUS,
                               "The page answered %u %s", status, reason ? reason : "");
      return;
    }

  /* A declared length over the cap fails before reading anything. */
  headers = soup_message_get_response_headers (state->message);
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_content_length (headers) > PURSUIT_PAGE_FETCHER_MAX_SIZE)
    {
      return_too_large (task);
      return;
    }

  state->stream = g_steal_pointer (&stream);
  state->body = g_byte_array_new ();
  read_next_chunk (g_steal_pointer (&task));
}

static void
pursuit_page_fetcher_dispose (GObject *object)
{
  PursuitPageFetcher *self = (PursuitPageFetcher *)object;

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pursuit_page_fetcher_parent_class)->dispose (object);
}

static void
pursuit_page_fetcher_class_init (PursuitPageFetcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_page_fetcher_dispose;
}

static void
pursuit_page_fetcher_init (PursuitPageFetcher *self)
{
  self->session = soup_session_new_with_options ("user-agent", USER_AGENT,
                                                 "timeout", TIMEOUT_SECONDS,
                                                 NULL);
}

/**
 * pursuit_page_fetcher_new:
 *
 * Creates a fetcher with its own #SoupSession (our user agent, a 30 second
 * timeout). Redirects are followed.
 *
 * Returns: (transfer full): a new fetcher
 */
PursuitPageFetcher *
pursuit_page_fetcher_new (void)
{
  return g_object_new (PURSUIT_TYPE_PAGE_FETCHER, NULL);
}

/**
 * pursuit_page_fetcher_fetch_async:
 * @self: a fetcher
 * @uri: an http or https address
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the page is read or the fetch failed
 * @user_data: data for @callback
 *
 * Fetches @uri on the thread-default main context, following redirects and
 * reading the body in chunks up to %PURSUIT_PAGE_FETCHER_MAX_SIZE.
 */
void
pursuit_page_fetcher_fetch_async (PursuitPageFetcher  *self,
                                  const char          *uri,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUri) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  FetchState *state;
  const char *scheme;
  const char *host;

  g_return_if_fail (PURSUIT_IS_PAGE_FETCHER (self));
  g_return_if_fail (uri != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_page_fetcher_fetch_async);

  text = g_strstrip (g_strdup (uri));
  parsed = g_uri_parse (text, SOUP_HTTP_URI_FLAGS, &error);
  if (parsed == NULL)
    {
      g_task_return_new_error (task, PURSUIT_FETCH_ERROR, PURSUIT_FETCH_ERROR_INVALID_URI,
                               "“%s” is not a valid web address", text);
      return;
    }

  scheme = g_uri_get_scheme (parsed);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "Only http and https addresses can be fetched, not %s", scheme);
      return;
    }

  host = g_uri_get_host (parsed);
  if (host == NULL || host[0] == '\0')
    {
      g_task_return_new_error (task, PURSUIT_FETCH_ERROR, PURSUIT_FETCH_ERROR_INVALID_URI,
                               "“%s” names no host", text);
      return;
    }

  state = g_new0 (FetchState, 1);
  state->message = soup_message_new_from_uri (SOUP_METHOD_GET, parsed);
  g_task_set_task_data (task, state, fetch_state_free);

  soup_message_headers_replace (soup_message_get_request_headers (state->message), "Accept",
                                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

  soup_session_send_async (self->session,
                           state->message,
                           G_PRIORITY_DEFAULT,
                           cancellable,
                           send_cb,
                           g_steal_pointer (&task));
}

/**
 * pursuit_page_fetcher_fetch_finish:
 * @self: a fetcher
 * @result: the result given to the callback
 * @out_content_type: (out) (optional) (nullable) (transfer full): the media
 *   type of the response in lower case, without parameters ("text/html")
 * @out_final_uri: (out) (optional) (transfer full): the address after
 *   redirects
 * @error: return location for a #GError
 *
 * Finishes a fetch. Text bodies (text/\*, XML, JSON, or no Content-Type) are
 * converted from the charset of the Content-Type (or of a <meta> tag) to
 * UTF-8 and are always valid UTF-8; other bodies are returned as received.
 *
 * Returns: (transfer full): the body, or %NULL with @error set
 */
GBytes *
pursuit_page_fetcher_fetch_finish (PursuitPageFetcher  *self,
                                   GAsyncResult        *result,
                                   char               **out_content_type,
                                   char               **out_final_uri,
                                   GError             **error)
{
  FetchResult *fetched;
  GBytes *body;

  g_return_val_if_fail (PURSUIT_IS_PAGE_FETCHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_content_type != NULL)
    *out_content_type = NULL;
  if (out_final_uri != NULL)
    *out_final_uri = NULL;

  fetched = g_task_propagate_pointer (G_TASK (result), error);
  if (fetched == NULL)
    return NULL;

  if (out_content_type != NULL)
    *out_content_type = g_steal_pointer (&fetched->content_type);
  if (out_final_uri != NULL)
    *out_final_uri = g_steal_pointer (&fetched->final_uri);
  body = g_steal_pointer (&fetched->body);

  fetch_result_free (fetched);

  return body;
}
