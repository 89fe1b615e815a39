/* pursuit-gmail-fetch.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* messages.get of up to a batch of messages, then attachments.get of
 * their calendar parts stored apart, each in rounds: the calls Gmail
 * could not answer for now (429, rate-limit 403, 5xx, missing from the
 * answer) are asked again after a backoff, fewer per batch each round;
 * the others that failed are left out with their reason. A single call
 * goes as a plain GET, whose retries PursuitHttp makes itself. */

#define G_LOG_DOMAIN "pursuit-gmail"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-gmail-private.h"
#include "pursuit-google-batch.h"
#include "pursuit-http-errors-private.h"

/* Rounds after the first for the calls that failed for now. */
#define MAX_PART_RETRY_ROUNDS 3
/* The longest Retry-After of a part that is waited for, in seconds. */
#define MAX_PART_RETRY_AFTER 32

static char *
escape (const char *segment)
{
  return g_uri_escape_string (segment, NULL, FALSE);
}

typedef struct
{
  char *path;        /* under the API root */
  guint owner;       /* the index of the message in GetData.ids */
  char *charset;     /* attachments: of the calendar part */
  GError *error;     /* the last failure */
} Fetch;

typedef enum
{
  PHASE_MESSAGES,
  PHASE_ATTACHMENTS,
} Phase;

typedef struct
{
  GPtrArray *ids;
  GPtrArray *messages;     /* by index in ids; NULL until fetched */
  GPtrArray *attachment_ids; /* by index in ids; NULL for none */
  GPtrArray *charsets;     /* by index in ids */
  GHashTable *failed;      /* id → GError */

  Phase phase;
  GPtrArray *fetches;      /* of Fetch, this phase */
  GArray *pending;         /* indices in fetches, this round */
  GArray *again;           /* indices in fetches, next round */
  guint round;
  guint delay_ms;
  guint max_batch;         /* smaller after an answer too large to read */

  PursuitGoogleBatch *batch;
  GArray *in_flight;       /* indices in fetches of the call on its way */

  GSource *wait_source;
  GSource *cancel_source;
} GetData;

typedef struct
{
  GPtrArray *messages;
  GHashTable *failed;
} GetResult;

static void run_round (GTask *task);

static void
fetch_free (Fetch *fetch)
{
  g_free (fetch->path);
  g_free (fetch->charset);
  g_clear_error (&fetch->error);
  g_free (fetch);
}

static void
destroy_source (GSource **source)
{
  if (*source != NULL)
    {
      g_source_destroy (*source);
      g_clear_pointer (source, g_source_unref);
    }
}

static void
get_data_free (GetData *data)
{
  destroy_source (&data->wait_source);
  destroy_source (&data->cancel_source);
  g_clear_pointer (&data->ids, g_ptr_array_unref);
  g_clear_pointer (&data->messages, g_ptr_array_unref);
  g_clear_pointer (&data->attachment_ids, g_ptr_array_unref);
  g_clear_pointer (&data->charsets, g_ptr_array_unref);
  g_clear_pointer (&data->failed, g_hash_table_unref);
  g_clear_pointer (&data->fetches, g_ptr_array_unref);
  g_clear_pointer (&data->pending, g_array_unref);
  g_clear_pointer (&data->again, g_array_unref);
  g_clear_object (&data->batch);
  g_clear_pointer (&data->in_flight, g_array_unref);
  g_free (data);
}

static void
get_result_free (GetResult *result)
{
  g_clear_pointer (&result->messages, g_ptr_array_unref);
  g_clear_pointer (&result->failed, g_hash_table_unref);
  g_free (result);
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
add_failure (GetData *data,
             guint    owner,
             GError  *error)
{
  const char *id = data->ids->pdata[owner];

  g_debug ("Message %s left out: %s", id, error->message);
  g_hash_table_replace (data->failed, g_strdup (id), error);
  g_clear_object (&data->messages->pdata[owner]);
}

static void
start_phase (GTask     *task,
             GPtrArray *fetches)
{
  GetData *data = g_task_get_task_data (task);

  g_clear_pointer (&data->fetches, g_ptr_array_unref);
  data->fetches = fetches;
  g_array_set_size (data->pending, 0);
  g_array_set_size (data->again, 0);
  for (guint i = 0; i < fetches->len; i++)
    g_array_append_val (data->pending, i);
  data->round = 0;
  data->delay_ms = _pursuit_gmail_client_get_part_retry_delay (g_task_get_source_object (task));
  data->max_batch = PURSUIT_GOOGLE_BATCH_MAX;

  run_round (task);
}

static void
return_result (GTask *task)
{
  GetData *data = g_task_get_task_data (task);
  GetResult *result = g_new0 (GetResult, 1);

  result->messages = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < data->messages->len; i++)
    if (data->messages->pdata[i] != NULL)
      g_ptr_array_add (result->messages, g_steal_pointer (&data->messages->pdata[i]));
  result->failed = g_steal_pointer (&data->failed);

  g_task_return_pointer (task, result, (GDestroyNotify) get_result_free);
}

/* The messages are in: their calendar attachments, if any, next. */
static void
phase_done (GTask *task)
{
  GetData *data = g_task_get_task_data (task);
  GPtrArray *fetches;

  if (data->phase == PHASE_ATTACHMENTS)
    {
      return_result (task);
      return;
    }

  fetches = g_ptr_array_new_with_free_func ((GDestroyNotify) fetch_free);
  for (guint i = 0; i < data->ids->len; i++)
    {
      const char *attachment_id = data->attachment_ids->pdata[i];
      g_autofree char *message = NULL;
      g_autofree char *attachment = NULL;
      Fetch *fetch;

      if (attachment_id == NULL || data->messages->pdata[i] == NULL)
        continue;

      message = escape (data->ids->pdata[i]);
      attachment = escape (attachment_id);
      fetch = g_new0 (Fetch, 1);
      fetch->path = g_strdup_printf ("/users/me/messages/%s/attachments/%s", message, attachment);
      fetch->owner = i;
      fetch->charset = g_strdup (data->charsets->pdata[i]);
      g_ptr_array_add (fetches, fetch);
    }

  if (fetches->len == 0)
    {
      g_ptr_array_unref (fetches);
      return_result (task);
      return;
    }

  data->phase = PHASE_ATTACHMENTS;
  start_phase (task, fetches);
}

/* An answer of 2xx to @fetch. */
static void
take_answer (GetData    *data,
             Fetch      *fetch,
             JsonObject *object)
{
  g_autoptr(GError) error = NULL;

  if (data->phase == PHASE_MESSAGES)
    {
      g_autofree char *attachment_id = NULL;
      g_autofree char *charset = NULL;
      PursuitMailMessage *message = NULL;

      if (object != NULL)
        message = _pursuit_gmail_message_from_json (object, &attachment_id, &charset, &error);
      else
        error = _pursuit_gmail_new_invalid_error (_("the answer is not a JSON object"));

      if (message == NULL)
        {
          add_failure (data, fetch->owner, g_steal_pointer (&error));
          return;
        }
      g_clear_object (&data->messages->pdata[fetch->owner]);
      data->messages->pdata[fetch->owner] = message;
      g_free (data->attachment_ids->pdata[fetch->owner]);
      data->attachment_ids->pdata[fetch->owner] = g_steal_pointer (&attachment_id);
      g_free (data->charsets->pdata[fetch->owner]);
      data->charsets->pdata[fetch->owner] = g_steal_pointer (&charset);
      return;
    }

  /* Without its .ics the message is still worth having. */
  if (object == NULL ||
      !_pursuit_gmail_set_calendar_from_json (data->messages->pdata[fetch->owner], object,
                                              fetch->charset, &error))
    g_debug ("The calendar attachment of %s is unreadable", (char *) data->ids->pdata[fetch->owner]);
}

/* The final failure of @fetch. */
static void
give_up (GetData *data,
         Fetch   *fetch)
{
  if (data->phase == PHASE_MESSAGES)
    add_failure (data, fetch->owner, g_steal_pointer (&fetch->error));
  else
    g_debug ("The calendar attachment of %s was not fetched: %s",
             (char *) data->ids->pdata[fetch->owner], fetch->error->message);
}

/* Retry-After of a part, in milliseconds, or 0. */
static guint
part_retry_after (PursuitHttpResponse *response)
{
  const char *value = pursuit_http_response_get_header (response, "Retry-After");
  guint64 seconds;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 0, MAX_PART_RETRY_AFTER, &seconds, NULL))
    return 0;
  return (guint)seconds * 1000;
}

/* One part's answer: taken, to be asked again, or failed. */
static void
handle_part (GetData             *data,
             guint                index,
             PursuitHttpResponse *response)
{
  Fetch *fetch = data->fetches->pdata[index];
  g_autofree char *message = NULL;
  g_autofree char *reason = NULL;
  gboolean rate_limited;
  gboolean transient;
  guint status;

  g_clear_error (&fetch->error);

  if (response == NULL)
    {
      fetch->error = _pursuit_gmail_new_invalid_error (_("a message is missing from the batch answer"));
      g_array_append_val (data->again, index);
      return;
    }

  status = pursuit_http_response_get_status (response);
  if (SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      take_answer (data, fetch, pursuit_http_response_get_object (response));
      return;
    }

  _pursuit_http_read_error_envelope (pursuit_http_response_get_json (response), &message, &reason);
  rate_limited = status == 429 ||
                 (status == SOUP_STATUS_FORBIDDEN &&
                  (g_strcmp0 (reason, "rateLimitExceeded") == 0 ||
                   g_strcmp0 (reason, "userRateLimitExceeded") == 0));
  transient = rate_limited || status >= 500;
  fetch->error = _pursuit_http_new_status_error (PURSUIT_GMAIL_SERVICE_NAME, status, message, reason,
                                                 rate_limited);

  if (transient)
    {
      data->delay_ms = MAX (data->delay_ms, part_retry_after (response));
      g_array_append_val (data->again, index);
    }
  else
    {
      give_up (data, fetch);
    }
}

static gboolean
wait_done_cb (gpointer user_data)
{
  GTask *task = user_data;
  GetData *data = g_task_get_task_data (task);

  g_object_ref (task);
  destroy_source (&data->wait_source);
  destroy_source (&data->cancel_source);
  run_round (task);
  g_object_unref (task);

  return G_SOURCE_REMOVE;
}

static gboolean
wait_cancelled_cb (GCancellable *cancellable,
                   gpointer      user_data)
{
  GTask *task = user_data;
  GetData *data = g_task_get_task_data (task);

  g_object_ref (task);
  destroy_source (&data->wait_source);
  destroy_source (&data->cancel_source);
  g_task_return_error_if_cancelled (task);
  g_object_unref (task);

  return G_SOURCE_REMOVE;
}

static GSource *
attach_source (GTask       *task,
               GSource     *source,
               GSourceFunc  func)
{
  g_source_set_callback (source, func, g_object_ref (task), g_object_unref);
  g_source_attach (source, g_task_get_context (task));
  return source;
}

/* The round is over: the parts that failed for now are asked again after
 * a wait, or given up after the last round. */
static void
end_round (GTask *task)
{
  GetData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  GArray *swap;

  if (data->again->len == 0)
    {
      phase_done (task);
      return;
    }

  if (data->round >= MAX_PART_RETRY_ROUNDS)
    {
      for (guint i = 0; i < data->again->len; i++)
        give_up (data, data->fetches->pdata[g_array_index (data->again, guint, i)]);
      g_array_set_size (data->again, 0);
      phase_done (task);
      return;
    }

  swap = data->pending;
  data->pending = data->again;
  data->again = swap;
  g_array_set_size (data->again, 0);
  data->round++;

  g_debug ("Asking Gmail again for %u messages in %u ms", data->pending->len, data->delay_ms);
  data->wait_source = attach_source (task, g_timeout_source_new (data->delay_ms), wait_done_cb);
  if (cancellable != NULL)
    data->cancel_source = attach_source (task, g_cancellable_source_new (cancellable),
                                         G_SOURCE_FUNC (wait_cancelled_cb));
  data->delay_ms = MIN (data->delay_ms * 2, (guint) MAX_PART_RETRY_AFTER * 1000);
}

/* The whole call fails only on failures of the request itself: not
 * reached, not signed in, cancelled. */
static gboolean
fails_the_call (const GError *error)
{
  if (error->domain != PURSUIT_HTTP_ERROR)
    return TRUE;

  switch ((PursuitHttpError)error->code)
    {
    case PURSUIT_HTTP_ERROR_NOT_FOUND:
    case PURSUIT_HTTP_ERROR_GONE:
    case PURSUIT_HTTP_ERROR_FORBIDDEN:
    case PURSUIT_HTTP_ERROR_BAD_REQUEST:
    case PURSUIT_HTTP_ERROR_RATE_LIMITED:
    case PURSUIT_HTTP_ERROR_SERVER:
    case PURSUIT_HTTP_ERROR_INVALID_RESPONSE:
      return FALSE;

    case PURSUIT_HTTP_ERROR_OFFLINE:
    case PURSUIT_HTTP_ERROR_TIMEOUT:
    case PURSUIT_HTTP_ERROR_TLS:
    case PURSUIT_HTTP_ERROR_UNAUTHORIZED:
    case PURSUIT_HTTP_ERROR_CONFLICT:
    case PURSUIT_HTTP_ERROR_PRECONDITION_FAILED:
    case PURSUIT_HTTP_ERROR_CIRCUIT_OPEN:
    default:
      return TRUE;
    }
}

/* One call on its own: PursuitHttp retried it already, so what failed
 * stays failed. */
static void
single_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GetData *data = g_task_get_task_data (task);
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  guint index = g_array_index (data->in_flight, guint, 0);
  Fetch *fetch = data->fetches->pdata[index];

  g_array_set_size (data->in_flight, 0);
  response = pursuit_http_send_finish (PURSUIT_HTTP (source), result, &error);
  if (response != NULL)
    {
      take_answer (data, fetch, pursuit_http_response_get_object (response));
    }
  else if (fails_the_call (error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  else
    {
      g_clear_error (&fetch->error);
      fetch->error = g_steal_pointer (&error);
      give_up (data, fetch);
    }

  run_round (task);
}

static void
batch_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GetData *data = g_task_get_task_data (task);
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;

  response = pursuit_http_send_finish (PURSUIT_HTTP (source), result, &error);
  if (response != NULL)
    responses = pursuit_google_batch_parse_response (data->batch, response, &error);
  g_clear_object (&data->batch);

  /* An answer too large (many long messages) or cut short: the same
   * calls again, half as many at a time, rather than failing for ever. */
  if (responses == NULL &&
      g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE) &&
      data->in_flight->len > 1)
    {
      g_debug ("Splitting a batch of %u: %s", data->in_flight->len, error->message);
      data->max_batch = data->in_flight->len / 2;
      g_array_prepend_vals (data->pending, data->in_flight->data, data->in_flight->len);
      g_array_set_size (data->in_flight, 0);
      run_round (task);
      return;
    }

  if (responses == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  for (guint i = 0; i < data->in_flight->len; i++)
    handle_part (data, g_array_index (data->in_flight, guint, i), responses->pdata[i]);
  g_array_set_size (data->in_flight, 0);

  run_round (task);
}

/* Sends the next calls of the round (fewer per batch in each round), or
 * ends the round. */
static void
run_round (GTask *task)
{
  PursuitGmailClient *self = g_task_get_source_object (task);
  GetData *data = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);
  g_autoptr(PursuitHttpRequest) request = NULL;
  guint size = MAX (1u, MIN (data->max_batch, (guint) PURSUIT_GOOGLE_BATCH_MAX >> data->round));
  guint n;

  if (g_task_return_error_if_cancelled (task))
    return;

  if (data->pending->len == 0)
    {
      end_round (task);
      return;
    }

  n = MIN (size, data->pending->len);
  g_array_append_vals (data->in_flight, data->pending->data, n);
  g_array_remove_range (data->pending, 0, n);

  if (n == 1)
    {
      Fetch *fetch = data->fetches->pdata[g_array_index (data->in_flight, guint, 0)];

      request = _pursuit_gmail_client_new_request (self, "GET", fetch->path);
      pursuit_http_send_async (_pursuit_gmail_client_get_http (self), request, cancellable, single_done,
                               g_object_ref (task));
      return;
    }

  data->batch = _pursuit_gmail_client_new_batch (self);
  for (guint i = 0; i < n; i++)
    {
      Fetch *fetch = data->fetches->pdata[g_array_index (data->in_flight, guint, i)];

      _pursuit_gmail_client_add_to_batch (self, data->batch, fetch->path);
    }
  request = _pursuit_gmail_client_new_batch_request (self, data->batch);
  pursuit_http_send_async (_pursuit_gmail_client_get_http (self), request, cancellable, batch_done,
                           g_object_ref (task));
}

/* Private API -------------------------------------------------------------- */

/* Completes @task (of a PursuitGmailClient) with the messages of @ids. */
void
_pursuit_gmail_fetch_messages (GTask              *task,
                               const char * const *ids)
{
  guint n = g_strv_length ((GStrv) ids);
  GPtrArray *fetches;
  GetData *data;

  data = g_new0 (GetData, 1);
  data->ids = g_ptr_array_new_with_free_func (g_free);
  data->messages = g_ptr_array_new_with_free_func (unref_nullable);
  data->attachment_ids = g_ptr_array_new_with_free_func (g_free);
  data->charsets = g_ptr_array_new_with_free_func (g_free);
  data->failed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_error_free);
  data->pending = g_array_new (FALSE, FALSE, sizeof (guint));
  data->again = g_array_new (FALSE, FALSE, sizeof (guint));
  data->in_flight = g_array_new (FALSE, FALSE, sizeof (guint));
  data->phase = PHASE_MESSAGES;
  g_task_set_task_data (task, data, (GDestroyNotify) get_data_free);

  fetches = g_ptr_array_new_with_free_func ((GDestroyNotify) fetch_free);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = escape (ids[i]);
      Fetch *fetch = g_new0 (Fetch, 1);

      g_ptr_array_add (data->ids, g_strdup (ids[i]));
      g_ptr_array_add (data->messages, NULL);
      g_ptr_array_add (data->attachment_ids, NULL);
      g_ptr_array_add (data->charsets, NULL);

      fetch->path = g_strdup_printf ("/users/me/messages/%s?format=full", id);
      fetch->owner = i;
      g_ptr_array_add (fetches, fetch);
    }

  if (n == 0)
    {
      g_ptr_array_unref (fetches);
      return_result (task);
      return;
    }

  start_phase (task, fetches);
}

GPtrArray *
_pursuit_gmail_fetch_messages_finish (GTask       *task,
                                      GHashTable **out_failed,
                                      GError     **error)
{
  GetResult *get;
  GPtrArray *messages;

  if (out_failed != NULL)
    *out_failed = NULL;

  get = g_task_propagate_pointer (task, error);
  if (get == NULL)
    return NULL;

  if (out_failed != NULL)
    *out_failed = g_steal_pointer (&get->failed);
  messages = g_steal_pointer (&get->messages);
  get_result_free (get);
  return messages;
}
