/* pursuit-http.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-http"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-circuit-breaker.h"
#include "pursuit-http.h"
#include "pursuit-http-errors-private.h"
#include "pursuit-http-private.h"
#include "pursuit-http-request-private.h"

#define USER_AGENT "Pursuit/" PACKAGE_VERSION " "
#define CHUNK_SIZE ((gsize) 64 * 1024)
/* libsoup 3.2 has no name for it. */
#define STATUS_TOO_MANY_REQUESTS 429

struct _PursuitHttp
{
  GObject      parent_instance;

  SoupSession *session;
  /* service label -> PursuitCircuitBreaker */
  GHashTable  *breakers;
  GRand       *rand;

  guint        max_retries;
  guint        base_delay_ms;
  guint        max_delay_ms;

  guint        breaker_failures;
  GTimeSpan    breaker_window;
  GTimeSpan    breaker_open_for;

  gsize        max_body_size;
  guint64      request_count;
};

typedef struct
{
  PursuitHttpRequest *request;

  /* Retries made so far (the first attempt is not one). */
  guint               retries;
  /* Whether the authorizer was asked again after a 401 already. */
  gboolean            refreshed;
  gboolean            force_refresh;
  char               *authorization;

  /* The current attempt. */
  SoupMessage        *message;
  GInputStream       *stream;
  GByteArray         *body;
  GCancellable       *attempt_cancellable;
  GSource            *timeout_source;
  GSource            *cancel_source;
  gboolean            timed_out;
  gboolean            in_breaker;
  gboolean            is_probe;

  /* Between attempts. */
  GSource            *wait_source;
} SendState;

G_DEFINE_FINAL_TYPE (PursuitHttp, pursuit_http, G_TYPE_OBJECT)

static void start_attempt (GTask *task);

static void
clear_source (GSource **source)
{
  if (*source == NULL)
    return;

  g_source_destroy (*source);
  g_clear_pointer (source, g_source_unref);
}

static void
end_attempt (SendState *state)
{
  clear_source (&state->timeout_source);
  clear_source (&state->cancel_source);
  g_clear_object (&state->attempt_cancellable);
  g_clear_object (&state->stream);
  g_clear_object (&state->message);
  g_clear_pointer (&state->body, g_byte_array_unref);
  state->timed_out = FALSE;
}

static void
send_state_free (gpointer data)
{
  SendState *state = data;

  end_attempt (state);
  clear_source (&state->wait_source);
  g_clear_object (&state->request);
  g_free (state->authorization);
  g_free (state);
}

/* Sources hold the task: during a backoff wait nothing else does. */
static GSource *
attach_source (GTask       *task,
               GSource     *source,
               GSourceFunc  func)
{
  g_source_set_callback (source, func, g_object_ref (task), g_object_unref);
  g_source_attach (source, g_task_get_context (task));

  return source;
}

/* Breaker */

static PursuitCircuitBreaker *
get_breaker (PursuitHttp *self,
             const char  *service)
{
  PursuitCircuitBreaker *breaker = g_hash_table_lookup (self->breakers, service);

  if (breaker == NULL)
    {
      breaker = _pursuit_circuit_breaker_new ();
      g_hash_table_insert (self->breakers, g_strdup (service), breaker);
    }

  return breaker;
}

typedef enum
{
  VERDICT_NONE,
  VERDICT_SUCCESS,
  VERDICT_FAILURE,
} Verdict;

static void
report_to_breaker (GTask   *task,
                   Verdict  verdict)
{
  PursuitHttp *self = g_task_get_source_object (task);
  SendState *state = g_task_get_task_data (task);
  PursuitCircuitBreaker *breaker;

  if (!state->in_breaker)
    return;

  breaker = get_breaker (self, pursuit_http_request_get_service (state->request));
  state->in_breaker = FALSE;

  switch (verdict)
    {
    case VERDICT_SUCCESS:
      _pursuit_circuit_breaker_success (breaker);
      break;

    case VERDICT_FAILURE:
      _pursuit_circuit_breaker_failure (breaker, self->breaker_failures,
                                        self->breaker_window, g_get_monotonic_time ());
      break;

    case VERDICT_NONE:
      _pursuit_circuit_breaker_release (breaker, state->is_probe);
      break;

    default:
      g_assert_not_reached ();
    }

  state->is_probe = FALSE;
}

/* Errors */

static const char *
service_name (GTask *task)
{
  SendState *state = g_task_get_task_data (task);

  return _pursuit_http_request_get_service_name (state->request);
}

static void
return_error (GTask  *task,
              GError *error)
{
  SendState *state = g_task_get_task_data (task);

  end_attempt (state);
  clear_source (&state->wait_source);
  g_task_return_error (task, error);
}

/* The server answered, with something Pursuit cannot use: for the
 * breaker that is an answer all the same. */
static void
return_unreadable (GTask      *task,
                   const char *why)
{
  report_to_breaker (task, VERDICT_SUCCESS);
  return_error (task, _pursuit_http_new_invalid_response_error (service_name (task), why));
}

static void
return_cancelled (GTask *task)
{
  return_error (task, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                           _("The request was cancelled.")));
}

/* Retries */

/* Milliseconds to wait, or -1 when the header is absent or unreadable;
 * G_MAXINT64 when it asks for longer than anyone would wait. */
static gint64
parse_retry_after (const char *value)
{
  g_autofree char *text = NULL;
  guint64 seconds;

  if (value == NULL)
    return -1;

  text = g_strstrip (g_strdup (value));
  if (text[0] == '\0')
    return -1;

  if (g_ascii_isdigit (text[0]))
    {
      g_autoptr(GError) error = NULL;

      if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT64, &seconds, &error))
        return -1;
      if (seconds > G_MAXINT32)
        return G_MAXINT64;
      return (gint64)seconds * 1000;
    }
  else
    {
      g_autoptr(GDateTime) when = soup_date_time_new_from_http_string (text);
      g_autoptr(GDateTime) now = NULL;
      GTimeSpan span;

      if (when == NULL)
        return -1;

      now = g_date_time_new_now_utc ();
      span = g_date_time_difference (when, now);
      return MAX (span, 0) / 1000;
    }
}

static guint64
backoff_delay (PursuitHttp *self,
               guint        retries)
{
  guint64 delay = self->base_delay_ms;
  gint32 jitter_range;

  for (guint i = 0; i < retries && delay < self->max_delay_ms; i++)
    delay *= 2;

  delay = MIN (delay, self->max_delay_ms);

  jitter_range = (gint32)MIN (self->base_delay_ms, G_MAXINT32 - 1) + 1;

  return delay + (guint64)g_rand_int_range (self->rand, 0, jitter_range);
}

static gboolean
wait_done_cb (gpointer user_data)
{
  GTask *task = user_data;
  SendState *state = g_task_get_task_data (task);

  /* Drops this source's reference only after the dispatch. */
  clear_source (&state->wait_source);
  clear_source (&state->cancel_source);
  start_attempt (task);

  return G_SOURCE_REMOVE;
}

static gboolean
wait_cancelled_cb (GCancellable *cancellable,
                   gpointer      user_data)
{
  return_cancelled (user_data);

  return G_SOURCE_REMOVE;
}

/* After a retryable failure: wait and try again, or give up with @error. */
static void
retry_or_fail (GTask  *task,
               GError *error,
               gint64  retry_after_ms)
{
  PursuitHttp *self = g_task_get_source_object (task);
  SendState *state = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  guint64 delay;

  if (state->retries >= self->max_retries)
    {
      return_error (task, error);
      return;
    }

  if (retry_after_ms > (gint64)self->max_delay_ms)
    {
      g_autofree char *name = g_strdup (service_name (task));

      g_error_free (error);
      return_error (task,
                    g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_RATE_LIMITED,
                                 _("%s asked to wait before trying again; Pursuit will try later."),
                                 name));
      return;
    }

  g_error_free (error);
  end_attempt (state);

  delay = retry_after_ms >= 0 ? (guint64)retry_after_ms : backoff_delay (self, state->retries);
  state->retries++;
  state->force_refresh = FALSE;

  g_debug ("Trying %s again in %" G_GUINT64_FORMAT " ms", service_name (task), delay);

  state->wait_source = attach_source (task, g_timeout_source_new ((guint)MIN (delay, G_MAXUINT)),
                                      wait_done_cb);
  if (cancellable != NULL)
    state->cancel_source = attach_source (task, g_cancellable_source_new (cancellable),
                                          G_SOURCE_FUNC (wait_cancelled_cb));
}

/* Responses */

static gboolean
is_rate_limit_reason (const char *reason)
{
  return g_strcmp0 (reason, "rateLimitExceeded") == 0 ||
         g_strcmp0 (reason, "userRateLimitExceeded") == 0;
}

static JsonNode *
parse_json (GBytes  *body,
            GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize length;
  const char *data = g_bytes_get_data (body, &length);
  JsonNode *root;

  if (length > G_MAXSSIZE || !json_parser_load_from_data (parser, data, (gssize)length, error))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !(JSON_NODE_HOLDS_OBJECT (root) || JSON_NODE_HOLDS_ARRAY (root)))
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                           "not a JSON object or array");
      return NULL;
    }

  return json_node_ref (root);
}

static void
finish_response (GTask *task)
{
  SendState *state = g_task_get_task_data (task);
  PursuitHttpRequest *request = state->request;
  guint status = soup_message_get_status (state->message);
  SoupMessageHeaders *headers = soup_message_get_response_headers (state->message);
  g_autoptr(GBytes) body = g_byte_array_free_to_bytes (g_steal_pointer (&state->body));
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autofree char *message = NULL;
  g_autofree char *reason = NULL;
  gboolean accepted;

  accepted = SOUP_STATUS_IS_SUCCESSFUL (status) ||
             _pursuit_http_request_accepts_status (request, status);

  if (g_bytes_get_size (body) > 0 &&
      (!accepted || _pursuit_http_request_get_expect_json (request)))
    {
      g_autoptr(GError) json_error = NULL;

      json = parse_json (body, &json_error);
      if (json == NULL && SOUP_STATUS_IS_SUCCESSFUL (status) &&
          _pursuit_http_request_get_expect_json (request))
        {
          g_debug ("Invalid JSON from %s", service_name (task));
          return_unreadable (task, _("the data is not valid JSON"));
          return;
        }
    }

  if (accepted)
    {
      report_to_breaker (task, VERDICT_SUCCESS);
      response = pursuit_http_response_new (status, headers, body);
      pursuit_http_response_set_json (response, json);
      end_attempt (state);
      g_task_return_pointer (task, g_steal_pointer (&response), g_object_unref);
      return;
    }

  _pursuit_http_read_error_envelope (json, &message, &reason);

  if (status == SOUP_STATUS_UNAUTHORIZED &&
      pursuit_http_request_get_authorizer (request) != NULL &&
      !state->refreshed)
    {
      report_to_breaker (task, VERDICT_SUCCESS);
      end_attempt (state);
      state->refreshed = TRUE;
      state->force_refresh = TRUE;
      start_attempt (task);
      return;
    }

  if (status == STATUS_TOO_MANY_REQUESTS ||
      (status == SOUP_STATUS_FORBIDDEN && is_rate_limit_reason (reason)) ||
      status == SOUP_STATUS_INTERNAL_SERVER_ERROR ||
      status == SOUP_STATUS_BAD_GATEWAY ||
      status == SOUP_STATUS_SERVICE_UNAVAILABLE ||
      status == SOUP_STATUS_GATEWAY_TIMEOUT)
    {
      gboolean rate_limited = status == STATUS_TOO_MANY_REQUESTS || status == SOUP_STATUS_FORBIDDEN;
      const char *retry_after = soup_message_headers_get_one (headers, "Retry-After");

      report_to_breaker (task, VERDICT_FAILURE);
      retry_or_fail (task,
                     _pursuit_http_new_status_error (service_name (task), status, message, reason,
                                                     rate_limited),
                     parse_retry_after (retry_after));
      return;
    }

  report_to_breaker (task, status >= 500 ? VERDICT_FAILURE : VERDICT_SUCCESS);
  return_error (task, _pursuit_http_new_status_error (service_name (task), status, message, reason, FALSE));
}

static void
attempt_failed (GTask        *task,
                const GError *error)
{
  SendState *state = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  gboolean timed_out;

  /* Only the kind: GIO's text may name the host and port, nothing more,
   * but nothing in a log needs more than this. */
  g_debug ("%s: %s %d", service_name (task), g_quark_to_string (error->domain), error->code);

  if (g_cancellable_is_cancelled (cancellable))
    {
      report_to_breaker (task, VERDICT_NONE);
      return_cancelled (task);
      return;
    }

  if (error->domain == G_TLS_ERROR)
    {
      report_to_breaker (task, VERDICT_NONE);
      return_error (task,
                    g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_TLS,
                                 _("The identity of %s could not be verified: its certificate is not valid."),
                                 service_name (task)));
      return;
    }

  if (error->domain == SOUP_SESSION_ERROR &&
      error->code != SOUP_SESSION_ERROR_PARSING &&
      error->code != SOUP_SESSION_ERROR_ENCODING)
    {
      /* Redirect loops, redirects to nowhere, unsupported schemes: the
       * server answered, and it will answer the same again. */
      return_unreadable (task, _("it redirected the request elsewhere"));
      return;
    }

  timed_out = state->timed_out || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);

  report_to_breaker (task, VERDICT_FAILURE);
  retry_or_fail (task,
                 _pursuit_http_new_transport_error (service_name (task), timed_out,
                                                    _pursuit_http_request_get_timeout (state->request)),
                 -1);
}

static void
log_status (SendState *state,
            guint      status)
{
  g_autofree char *uri = NULL;
  g_autofree char *redacted = NULL;

  /* Redacting costs more than the rest of a request's bookkeeping. */
  if (g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
    return;

  uri = g_uri_to_string (soup_message_get_uri (state->message));
  redacted = pursuit_http_redact_uri (uri);
  g_debug ("%s %s -> %u", soup_message_get_method (state->message), redacted, status);
}

static void read_chunk_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data);

/* Takes @task over until the chunk arrives. */
static void
read_next_chunk (GTask *task)
{
  SendState *state = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (state->stream, CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   state->attempt_cancellable, read_chunk_cb, task);
}

static void
read_chunk_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitHttp *self = g_task_get_source_object (task);
  SendState *state = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = NULL;
  gsize size;

  chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), result, &error);
  if (chunk == NULL)
    {
      attempt_failed (task, error);
      return;
    }

  size = g_bytes_get_size (chunk);
  if (size == 0)
    {
      finish_response (task);
      return;
    }

  if (state->body->len + size > self->max_body_size)
    {
      return_unreadable (task, _("the answer is too large"));
      return;
    }

  g_byte_array_append (state->body, g_bytes_get_data (chunk, NULL), size);
  read_next_chunk (g_steal_pointer (&task));
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitHttp *self = g_task_get_source_object (task);
  SendState *state = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  SoupMessageHeaders *headers;

  state->stream = soup_session_send_finish (SOUP_SESSION (object), result, &error);
  if (state->stream == NULL)
    {
      log_status (state, 0);
      attempt_failed (task, error);
      return;
    }

  log_status (state, soup_message_get_status (state->message));

  headers = soup_message_get_response_headers (state->message);
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      (guint64)soup_message_headers_get_content_length (headers) > self->max_body_size)
    {
      return_unreadable (task, _("the answer is too large"));
      return;
    }

  state->body = g_byte_array_new ();
  read_next_chunk (g_steal_pointer (&task));
}

static gboolean
attempt_timeout_cb (gpointer user_data)
{
  GTask *task = user_data;
  SendState *state = g_task_get_task_data (task);

  state->timed_out = TRUE;
  g_cancellable_cancel (state->attempt_cancellable);

  return G_SOURCE_REMOVE;
}

static gboolean
attempt_cancelled_cb (GCancellable *cancellable,
                      gpointer      user_data)
{
  GTask *task = user_data;
  SendState *state = g_task_get_task_data (task);

  g_cancellable_cancel (state->attempt_cancellable);

  return G_SOURCE_REMOVE;
}

static void
send_attempt (GTask *task)
{
  PursuitHttp *self = g_task_get_source_object (task);
  SendState *state = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  PursuitCircuitBreaker *breaker;
  guint timeout;
  guint timeout_ms;

  state->message = pursuit_http_request_build_message (state->request, state->authorization);
  if (state->message == NULL)
    {
      return_error (task, g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_BAD_REQUEST,
                                       _("The address of %s is not a valid web address."),
                                       service_name (task)));
      return;
    }

  breaker = get_breaker (self, pursuit_http_request_get_service (state->request));
  if (!_pursuit_circuit_breaker_allow (breaker, self->breaker_open_for,
                                       g_get_monotonic_time (), &state->is_probe))
    {
      return_error (task,
                    g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CIRCUIT_OPEN,
                                 _("%s failed too often lately; Pursuit will try again in a few minutes."),
                                 service_name (task)));
      return;
    }
  state->in_breaker = TRUE;

  timeout = _pursuit_http_request_get_timeout (state->request);
  state->attempt_cancellable = g_cancellable_new ();
  timeout_ms = (guint)MIN ((guint64)timeout * 1000, G_MAXUINT);
  state->timeout_source = attach_source (task, g_timeout_source_new (timeout_ms), attempt_timeout_cb);
  if (cancellable != NULL)
    state->cancel_source = attach_source (task, g_cancellable_source_new (cancellable),
                                          G_SOURCE_FUNC (attempt_cancelled_cb));

  self->request_count++;
  soup_session_send_async (self->session, state->message, G_PRIORITY_DEFAULT,
                           state->attempt_cancellable, send_cb, g_object_ref (task));
}

static void
authorize_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SendState *state = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  char *authorization;

  authorization = pursuit_authorizer_authorize_finish (PURSUIT_AUTHORIZER (object), result, &error);
  if (authorization == NULL)
    {
      if (error == NULL)
        g_set_error (&error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED,
                     _("%s needs a sign-in."), service_name (task));
      return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    {
      g_free (authorization);
      return;
    }

  g_free (state->authorization);
  state->authorization = authorization;
  send_attempt (task);
}

/* Asks for credentials first: refreshing a token may itself go through the
 * breaker of the same service. */
static void
start_attempt (GTask *task)
{
  SendState *state = g_task_get_task_data (task);
  PursuitAuthorizer *authorizer = pursuit_http_request_get_authorizer (state->request);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (authorizer == NULL)
    {
      send_attempt (task);
      return;
    }

  pursuit_authorizer_authorize_async (authorizer, state->force_refresh,
                                      g_task_get_cancellable (task),
                                      authorize_cb, g_object_ref (task));
}

/* GObject */

static void
pursuit_http_dispose (GObject *object)
{
  PursuitHttp *self = (PursuitHttp *)object;

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (pursuit_http_parent_class)->dispose (object);
}

static void
pursuit_http_finalize (GObject *object)
{
  PursuitHttp *self = (PursuitHttp *)object;

  g_clear_pointer (&self->breakers, g_hash_table_unref);
  g_clear_pointer (&self->rand, g_rand_free);

  G_OBJECT_CLASS (pursuit_http_parent_class)->finalize (object);
}

static void
pursuit_http_class_init (PursuitHttpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_http_dispose;
  object_class->finalize = pursuit_http_finalize;
}

static void
pursuit_http_init (PursuitHttp *self)
{
  /* The trailing space makes libsoup append its own name and version. */
  self->session = soup_session_new_with_options ("user-agent", USER_AGENT, NULL);
  self->breakers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify)_pursuit_circuit_breaker_free);
  self->rand = g_rand_new_with_seed (g_random_int ());

  self->max_retries = PURSUIT_HTTP_DEFAULT_MAX_RETRIES;
  self->base_delay_ms = PURSUIT_HTTP_DEFAULT_BASE_DELAY_MS;
  self->max_delay_ms = PURSUIT_HTTP_DEFAULT_MAX_DELAY_MS;
  self->breaker_failures = PURSUIT_HTTP_BREAKER_FAILURES;
  self->breaker_window = PURSUIT_HTTP_BREAKER_WINDOW;
  self->breaker_open_for = PURSUIT_HTTP_BREAKER_OPEN_FOR;
  self->max_body_size = PURSUIT_HTTP_MAX_BODY_SIZE;
}

/* Public API */

/**
 * pursuit_http_new:
 *
 * Returns: (transfer full): a new #PursuitHttp with the default policies
 */
PursuitHttp *
pursuit_http_new (void)
{
  return g_object_new (PURSUIT_TYPE_HTTP, NULL);
}

/**
 * pursuit_http_set_retry_policy:
 * @self: a #PursuitHttp
 * @max_retries: retries after the first attempt; 0 never retries
 * @base_delay_ms: the first delay, and the jitter's range
 * @max_delay_ms: the longest delay, and the longest Retry-After waited for
 */
void
pursuit_http_set_retry_policy (PursuitHttp *self,
                               guint        max_retries,
                               guint        base_delay_ms,
                               guint        max_delay_ms)
{
  g_return_if_fail (PURSUIT_IS_HTTP (self));
  g_return_if_fail (base_delay_ms <= max_delay_ms);

  self->max_retries = max_retries;
  self->base_delay_ms = base_delay_ms;
  self->max_delay_ms = max_delay_ms;
}

/**
 * pursuit_http_set_breaker_policy:
 * @self: a #PursuitHttp
 * @failures: failed attempts within @window that open a circuit
 * @window: how far back failures count
 * @open_for: how long an open circuit refuses requests before it lets one
 *   through
 */
void
pursuit_http_set_breaker_policy (PursuitHttp *self,
                                 guint        failures,
                                 GTimeSpan    window,
                                 GTimeSpan    open_for)
{
  g_return_if_fail (PURSUIT_IS_HTTP (self));
  g_return_if_fail (failures > 0);
  g_return_if_fail (window >= 0 && open_for >= 0);

  self->breaker_failures = failures;
  self->breaker_window = window;
  self->breaker_open_for = open_for;
}

/**
 * pursuit_http_send_async:
 * @self: a #PursuitHttp
 * @request: what to send
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the outcome
 * @user_data: data for @callback
 *
 * Sends @request with the retry, authorization and breaker rules of
 * #PursuitHttp.
 */
void
pursuit_http_send_async (PursuitHttp         *self,
                         PursuitHttpRequest  *request,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SendState *state;

  g_return_if_fail (PURSUIT_IS_HTTP (self));
  g_return_if_fail (PURSUIT_IS_HTTP_REQUEST (request));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_http_send_async);

  state = g_new0 (SendState, 1);
  state->request = g_object_ref (request);
  g_task_set_task_data (task, state, send_state_free);

  start_attempt (task);
}

/**
 * pursuit_http_send_finish:
 * @self: a #PursuitHttp
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the response, or %NULL with @error
 *   set
 */
PursuitHttpResponse *
pursuit_http_send_finish (PursuitHttp   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

PursuitCircuitState
pursuit_http_get_circuit_state (PursuitHttp *self,
                                const char  *service)
{
  PursuitCircuitBreaker *breaker;

  g_return_val_if_fail (PURSUIT_IS_HTTP (self), PURSUIT_CIRCUIT_CLOSED);
  g_return_val_if_fail (service != NULL, PURSUIT_CIRCUIT_CLOSED);

  breaker = g_hash_table_lookup (self->breakers, service);
  if (breaker == NULL)
    return PURSUIT_CIRCUIT_CLOSED;

  return _pursuit_circuit_breaker_get_state (breaker, self->breaker_open_for,
                                             g_get_monotonic_time ());
}

guint64
pursuit_http_get_request_count (PursuitHttp *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP (self), 0);

  return self->request_count;
}

void
_pursuit_http_set_max_body_size (PursuitHttp *self,
                                 gsize        max_body_size)
{
  g_return_if_fail (PURSUIT_IS_HTTP (self));
  g_return_if_fail (max_body_size > 0);

  self->max_body_size = max_body_size;
}

SoupSession *
_pursuit_http_get_session (PursuitHttp *self)
{
  g_return_val_if_fail (PURSUIT_IS_HTTP (self), NULL);

  return self->session;
}
