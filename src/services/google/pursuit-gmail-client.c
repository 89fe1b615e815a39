/* pursuit-gmail-client.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Gmail API v1 (google-apis.md §2) for one account. Each call is one
 * request or one page, except get_messages (pursuit-gmail-fetch.c);
 * sending, drafts and find_message are in pursuit-gmail-send.c. */

#define G_LOG_DOMAIN "pursuit-gmail"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-base64url.h"
#include "pursuit-gmail-client.h"
#include "pursuit-gmail-private.h"
#include "pursuit-google-batch.h"
#include "pursuit-google-endpoints.h"
#include "pursuit-google-private.h"
#include "pursuit-http-errors-private.h"

#define DEFAULT_PART_RETRY_DELAY_MS 1000

struct _PursuitGmailClient
{
  GObject parent_instance;

  PursuitHttp *http;
  PursuitAuthorizer *authorizer;
  char *service;
  char *api_url;     /* "https://gmail.googleapis.com/gmail/v1" */
  char *api_path;    /* "/gmail/v1", for the calls in a batch */
  char *batch_url;
  guint part_retry_delay_ms;
};

G_DEFINE_FINAL_TYPE (PursuitGmailClient, pursuit_gmail_client, G_TYPE_OBJECT)

static void
pursuit_gmail_client_finalize (GObject *object)
{
  PursuitGmailClient *self = (PursuitGmailClient *)object;

  g_clear_object (&self->http);
  g_clear_object (&self->authorizer);
  g_clear_pointer (&self->service, g_free);
  g_clear_pointer (&self->api_url, g_free);
  g_clear_pointer (&self->api_path, g_free);
  g_clear_pointer (&self->batch_url, g_free);

  G_OBJECT_CLASS (pursuit_gmail_client_parent_class)->finalize (object);
}

static void
pursuit_gmail_client_class_init (PursuitGmailClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_gmail_client_finalize;
}

static void
pursuit_gmail_client_init (PursuitGmailClient *self)
{
  self->part_retry_delay_ms = DEFAULT_PART_RETRY_DELAY_MS;
}

/* Requests and answers ----------------------------------------------------- */

/* @path: under the API root ("/users/me/profile"). */
static PursuitHttpRequest *
new_request (PursuitGmailClient *self,
             const char         *method,
             const char         *path)
{
  g_autofree char *uri = g_strconcat (self->api_url, path, NULL);
  PursuitHttpRequest *request = pursuit_http_request_new (self->service, method, uri);

  pursuit_http_request_set_service_name (request, PURSUIT_GMAIL_SERVICE_NAME);
  pursuit_http_request_set_authorizer (request, self->authorizer);
  return request;
}


JsonObject *
_pursuit_gmail_response_object (PursuitHttpResponse  *response,
                                GError              **error)
{
  JsonObject *object = pursuit_http_response_get_object (response);

  if (object == NULL)
    g_propagate_error (error, _pursuit_gmail_new_invalid_error (_("the answer is not a JSON object")));
  return object;
}

static gboolean
fail_field (const char  *name,
            GError     **error)
{
  /* Translators: %s is the name of a field of Gmail's answer ("historyId") */
  g_autofree char *why = g_strdup_printf (_("the field “%s” is missing or of the wrong type"), name);

  g_propagate_error (error, _pursuit_gmail_new_invalid_error (why));
  return FALSE;
}

gboolean
_pursuit_gmail_read_string (JsonObject  *object,
                            const char  *name,
                            gboolean     required,
                            const char **out,
                            GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (!required)
        return TRUE;
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      *out = json_node_get_string (node);
      if (!required || (*out)[0] != '\0')
        return TRUE;
    }

  *out = NULL;
  return fail_field (name, error);
}

gboolean
_pursuit_gmail_read_object_array (JsonObject  *object,
                                  const char  *name,
                                  JsonArray  **out,
                                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  JsonArray *array;

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_field (name, error);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (array, i)))
      return fail_field (name, error);
  *out = array;
  return TRUE;
}

/* Every one-request call ends here: the answer must be a JSON object,
 * which @reader (the task data) turns into the task's value. */
static void
call_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  const PursuitGmailReader *reader = g_task_get_task_data (task);
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  gpointer value = NULL;

  response = pursuit_http_send_finish (PURSUIT_HTTP (source), result, &error);
  object = response != NULL ? _pursuit_gmail_response_object (response, &error) : NULL;
  if (object != NULL)
    value = reader->read (object, &error);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, value, reader->free);
}

void
_pursuit_gmail_client_call (PursuitGmailClient       *self,
                            PursuitHttpRequest       *request,
                            const PursuitGmailReader *reader,
                            gpointer                  source_tag,
                            GCancellable             *cancellable,
                            GAsyncReadyCallback       callback,
                            gpointer                  user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, (gpointer) reader, NULL);
  pursuit_http_send_async (self->http, request, cancellable, call_done, task);
}

gpointer
_pursuit_gmail_client_propagate (PursuitGmailClient  *self,
                                 GAsyncResult        *result,
                                 GError             **error)
{
  g_return_val_if_fail (PURSUIT_IS_GMAIL_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* One page of ids and the next page token. */
typedef struct
{
  GPtrArray *ids;
  char *next_page_token;
  char *history_id;
} Page;

static void
page_free (Page *page)
{
  g_clear_pointer (&page->ids, g_ptr_array_unref);
  g_clear_pointer (&page->next_page_token, g_free);
  g_clear_pointer (&page->history_id, g_free);
  g_free (page);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Page, page_free)

static Page *
page_new (void)
{
  Page *page = g_new0 (Page, 1);

  page->ids = g_ptr_array_new_with_free_func (g_free);
  return page;
}

static gboolean
read_next_page_token (JsonObject  *object,
                      Page        *page,
                      GError     **error)
{
  const char *token;

  if (!_pursuit_gmail_read_string (object, "nextPageToken", FALSE, &token, error))
    return FALSE;
  page->next_page_token = _pursuit_google_is_set (token) ? g_strdup (token) : NULL;
  return TRUE;
}

/* The page of a finished call; the out arguments are NULL on an error. */
static GPtrArray *
finish_page (PursuitGmailClient  *self,
             GAsyncResult        *result,
             char               **out_next_page_token,
             char               **out_history_id,
             GError             **error)
{
  g_autoptr(Page) page = NULL;

  if (out_next_page_token != NULL)
    *out_next_page_token = NULL;
  if (out_history_id != NULL)
    *out_history_id = NULL;

  page = _pursuit_gmail_client_propagate (self, result, error);
  if (page == NULL)
    return NULL;

  if (out_next_page_token != NULL)
    *out_next_page_token = g_steal_pointer (&page->next_page_token);
  if (out_history_id != NULL)
    *out_history_id = g_steal_pointer (&page->history_id);
  return g_steal_pointer (&page->ids);
}

/* get_profile -------------------------------------------------------------- */

static gpointer
read_profile (JsonObject  *object,
              GError     **error)
{
  g_autoptr(Page) page = page_new ();
  const char *email;
  const char *history_id;

  if (!_pursuit_gmail_read_string (object, "emailAddress", TRUE, &email, error) ||
      !_pursuit_gmail_read_string (object, "historyId", TRUE, &history_id, error))
    return NULL;

  /* The address goes in the ids, the history id in its place. */
  g_ptr_array_add (page->ids, g_strdup (email));
  page->history_id = g_strdup (history_id);
  return g_steal_pointer (&page);
}

static const PursuitGmailReader profile_reader = { read_profile, (GDestroyNotify) page_free };

/* list_messages ------------------------------------------------------------ */

static gboolean
read_ids (JsonArray  *array,
          const char *member,
          Page       *page,
          GHashTable *seen,
          GError    **error)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      JsonObject *message = item;
      const char *id;

      if (member != NULL)
        {
          JsonNode *node = json_object_get_member (item, member);

          if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
            {
              g_propagate_error (error, _pursuit_gmail_new_invalid_error (_("a history record holds no message")));
              return FALSE;
            }
          message = json_node_get_object (node);
        }

      if (!_pursuit_gmail_read_string (message, "id", TRUE, &id, error))
        return FALSE;
      if (seen != NULL && !g_hash_table_add (seen, g_strdup (id)))
        continue;
      g_ptr_array_add (page->ids, g_strdup (id));
    }
  return TRUE;
}

static gpointer
read_message_list (JsonObject  *object,
                   GError     **error)
{
  g_autoptr(Page) page = page_new ();
  JsonArray *messages;

  if (!_pursuit_gmail_read_object_array (object, "messages", &messages, error) ||
      !read_ids (messages, NULL, page, NULL, error) ||
      !read_next_page_token (object, page, error))
    return NULL;
  return g_steal_pointer (&page);
}

static const PursuitGmailReader message_list_reader = { read_message_list, (GDestroyNotify) page_free };

/* list_history ------------------------------------------------------------- */

static gpointer
read_history (JsonObject  *object,
              GError     **error)
{
  g_autoptr(Page) page = page_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *history_id;
  JsonArray *history;

  if (!_pursuit_gmail_read_object_array (object, "history", &history, error) ||
      !_pursuit_gmail_read_string (object, "historyId", TRUE, &history_id, error) ||
      !read_next_page_token (object, page, error))
    return NULL;

  for (guint i = 0; history != NULL && i < json_array_get_length (history); i++)
    {
      JsonArray *added;

      /* Only messagesAdded: "messages" may list the same one twice. */
      if (!_pursuit_gmail_read_object_array (json_array_get_object_element (history, i),
                                             "messagesAdded", &added, error) ||
          !read_ids (added, "message", page, seen, error))
        return NULL;
    }

  page->history_id = g_strdup (history_id);
  return g_steal_pointer (&page);
}

static const PursuitGmailReader history_reader = { read_history, (GDestroyNotify) page_free };

/* For pursuit-gmail-fetch.c ------------------------------------------------- */

PursuitHttp *
_pursuit_gmail_client_get_http (PursuitGmailClient *self)
{
  return self->http;
}

guint
_pursuit_gmail_client_get_part_retry_delay (PursuitGmailClient *self)
{
  return self->part_retry_delay_ms;
}

PursuitHttpRequest *
_pursuit_gmail_client_new_request (PursuitGmailClient *self,
                                   const char         *method,
                                   const char         *path)
{
  return new_request (self, method, path);
}

PursuitGoogleBatch *
_pursuit_gmail_client_new_batch (PursuitGmailClient *self)
{
  return pursuit_google_batch_new (self->batch_url);
}

void
_pursuit_gmail_client_add_to_batch (PursuitGmailClient *self,
                                    PursuitGoogleBatch *batch,
                                    const char         *path)
{
  g_autofree char *full = g_strconcat (self->api_path, path, NULL);

  pursuit_google_batch_add (batch, "GET", full);
}

PursuitHttpRequest *
_pursuit_gmail_client_new_batch_request (PursuitGmailClient *self,
                                         PursuitGoogleBatch *batch)
{
  PursuitHttpRequest *request = pursuit_google_batch_build_request (batch, self->service, self->authorizer);

  pursuit_http_request_set_service_name (request, PURSUIT_GMAIL_SERVICE_NAME);
  return request;
}

GError *
_pursuit_gmail_new_invalid_error (const char *why)
{
  return _pursuit_http_new_invalid_response_error (PURSUIT_GMAIL_SERVICE_NAME, why);
}

/* Public API --------------------------------------------------------------- */

/**
 * pursuit_gmail_client_new:
 * @http: the HTTP client
 * @authorizer: gives the requests the account's token
 * @service: the service label of the requests (circuit breaker)
 *
 * Returns: (transfer full): a Gmail client for one account
 */
PursuitGmailClient *
pursuit_gmail_client_new (PursuitHttp       *http,
                          PursuitAuthorizer *authorizer,
                          const char        *service)
{
  PursuitGmailClient *self;
  g_autoptr(GUri) uri = NULL;

  g_return_val_if_fail (PURSUIT_IS_HTTP (http), NULL);
  g_return_val_if_fail (PURSUIT_IS_AUTHORIZER (authorizer), NULL);
  g_return_val_if_fail (service != NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_GMAIL_CLIENT, NULL);
  self->http = g_object_ref (http);
  self->authorizer = g_object_ref (authorizer);
  self->service = g_strdup (service);
  self->api_url = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_GMAIL_API);
  self->batch_url = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_GMAIL_BATCH);

  uri = g_uri_parse (self->api_url, G_URI_FLAGS_ENCODED, NULL);
  self->api_path = g_strdup (uri != NULL ? g_uri_get_path (uri) : "/gmail/v1");

  return self;
}

void
pursuit_gmail_client_set_part_retry_delay (PursuitGmailClient *self,
                                           guint               milliseconds)
{
  g_return_if_fail (PURSUIT_IS_GMAIL_CLIENT (self));

  self->part_retry_delay_ms = milliseconds;
}

void
pursuit_gmail_client_get_profile_async (PursuitGmailClient  *self,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(PursuitHttpRequest) request = NULL;

  g_return_if_fail (PURSUIT_IS_GMAIL_CLIENT (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  request = new_request (self, "GET", "/users/me/profile");
  _pursuit_gmail_client_call (self, request, &profile_reader, pursuit_gmail_client_get_profile_async,
                              cancellable, callback, user_data);
}

/**
 * pursuit_gmail_client_get_profile_finish:
 * @out_email: (out) (optional): the account's address
 * @out_history_id: (out) (optional): the mailbox's current historyId
 *
 * Returns: whether Gmail answered
 */
gboolean
pursuit_gmail_client_get_profile_finish (PursuitGmailClient  *self,
                                         GAsyncResult        *result,
                                         char               **out_email,
                                         char               **out_history_id,
                                         GError             **error)
{
  g_autoptr(GPtrArray) ids = finish_page (self, result, NULL, out_history_id, error);

  if (ids == NULL)
    return FALSE;
  if (out_email != NULL)
    *out_email = g_strdup (ids->pdata[0]);
  return TRUE;
}

void
pursuit_gmail_client_list_messages_async (PursuitGmailClient  *self,
                                          const char          *query,
                                          const char          *page_token,
                                          guint                max_results,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autofree char *max = NULL;

  g_return_if_fail (PURSUIT_IS_GMAIL_CLIENT (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  request = new_request (self, "GET", "/users/me/messages");
  max = g_strdup_printf ("%u", CLAMP (max_results, 1, 500));
  if (query != NULL && query[0] != '\0')
    pursuit_http_request_add_query (request, "q", query);
  if (page_token != NULL)
    pursuit_http_request_add_query (request, "pageToken", page_token);
  pursuit_http_request_add_query (request, "maxResults", max);

  _pursuit_gmail_client_call (self, request, &message_list_reader, pursuit_gmail_client_list_messages_async,
                              cancellable, callback, user_data);
}

/**
 * pursuit_gmail_client_list_messages_finish:
 * @out_next_page_token: (out) (optional) (nullable): the next page's
 *   token, NULL on the last page
 *
 * Returns: (transfer container) (element-type utf8): the message ids
 */
GPtrArray *
pursuit_gmail_client_list_messages_finish (PursuitGmailClient  *self,
                                           GAsyncResult        *result,
                                           char               **out_next_page_token,
                                           GError             **error)
{
  return finish_page (self, result, out_next_page_token, NULL, error);
}

void
pursuit_gmail_client_get_messages_async (PursuitGmailClient  *self,
                                         const char * const  *ids,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PURSUIT_IS_GMAIL_CLIENT (self));
  g_return_if_fail (ids != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (g_strv_length ((GStrv) ids) <= PURSUIT_GOOGLE_BATCH_MAX);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_gmail_client_get_messages_async);

  _pursuit_gmail_fetch_messages (task, ids);
}

/**
 * pursuit_gmail_client_get_messages_finish:
 * @out_failed: (out) (optional) (transfer full) (element-type utf8 GError):
 *   the ids left out and why
 *
 * Returns: (transfer container) (element-type PursuitMailMessage): the
 *   messages, in the order asked
 */
GPtrArray *
pursuit_gmail_client_get_messages_finish (PursuitGmailClient  *self,
                                          GAsyncResult        *result,
                                          GHashTable         **out_failed,
                                          GError             **error)
{
  g_return_val_if_fail (PURSUIT_IS_GMAIL_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return _pursuit_gmail_fetch_messages_finish (G_TASK (result), out_failed, error);
}

void
pursuit_gmail_client_list_history_async (PursuitGmailClient  *self,
                                         const char          *start_history_id,
                                         const char          *page_token,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(PursuitHttpRequest) request = NULL;

  g_return_if_fail (PURSUIT_IS_GMAIL_CLIENT (self));
  g_return_if_fail (start_history_id != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  request = new_request (self, "GET", "/users/me/history");
  pursuit_http_request_add_query (request, "startHistoryId", start_history_id);
  pursuit_http_request_add_query (request, "historyTypes", "messageAdded");
  pursuit_http_request_add_query (request, "labelId", "INBOX");
  if (page_token != NULL)
    pursuit_http_request_add_query (request, "pageToken", page_token);

  _pursuit_gmail_client_call (self, request, &history_reader, pursuit_gmail_client_list_history_async,
                              cancellable, callback, user_data);
}

/**
 * pursuit_gmail_client_list_history_finish:
 * @out_next_page_token: (out) (optional) (nullable): NULL on the last page
 * @out_history_id: (out) (optional): Gmail's current historyId
 *
 * Returns: (transfer container) (element-type utf8): the ids of the
 *   messages added
 */
GPtrArray *
pursuit_gmail_client_list_history_finish (PursuitGmailClient  *self,
                                          GAsyncResult        *result,
                                          char               **out_next_page_token,
                                          char               **out_history_id,
                                          GError             **error)
{
  return finish_page (self, result, out_next_page_token, out_history_id, error);
}
