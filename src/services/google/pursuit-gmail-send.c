/* pursuit-gmail-send.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The writing side of PursuitGmailClient: messages.send, drafts.create,
 * and find_message, which tells whether a send whose answer was lost
 * went out. Each answers with a message's id and thread. */

#define G_LOG_DOMAIN "pursuit-gmail"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-base64url.h"
#include "pursuit-gmail-client.h"
#include "pursuit-gmail-private.h"
#include "pursuit-http-errors-private.h"

typedef struct
{
  char *id;
  char *message_id;
  char *thread_id;
} Sent;

static void
sent_free (Sent *sent)
{
  g_free (sent->id);
  g_free (sent->message_id);
  g_free (sent->thread_id);
  g_free (sent);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Sent, sent_free)

static JsonNode *
build_message_json (GBytes     *rfc5322,
                    const char *thread_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *raw = pursuit_base64url_encode_bytes (rfc5322);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "raw");
  json_builder_add_string_value (builder, raw);
  if (thread_id != NULL && thread_id[0] != '\0')
    {
      json_builder_set_member_name (builder, "threadId");
      json_builder_add_string_value (builder, thread_id);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* {"id", "threadId"} of a Message. */
static Sent *
read_sent_message (JsonObject  *object,
                   GError     **error)
{
  g_autoptr(Sent) sent = g_new0 (Sent, 1);
  const char *id;
  const char *thread_id;

  if (!_pursuit_gmail_read_string (object, "id", TRUE, &id, error) ||
      !_pursuit_gmail_read_string (object, "threadId", TRUE, &thread_id, error))
    return NULL;
  sent->message_id = g_strdup (id);
  sent->thread_id = g_strdup (thread_id);
  return g_steal_pointer (&sent);
}

static gpointer
read_sent (JsonObject  *object,
           GError     **error)
{
  return read_sent_message (object, error);
}

static const PursuitGmailReader sent_reader = { read_sent, (GDestroyNotify) sent_free };

/* {"id", "message": {"id", "threadId"}} of a Draft. */
static gpointer
read_draft (JsonObject  *object,
            GError     **error)
{
  Sent *sent;
  JsonNode *message;
  const char *id;

  if (!_pursuit_gmail_read_string (object, "id", TRUE, &id, error))
    return NULL;

  message = json_object_get_member (object, "message");
  if (message == NULL || !JSON_NODE_HOLDS_OBJECT (message))
    {
      g_propagate_error (error, _pursuit_gmail_new_invalid_error (_("the draft holds no message")));
      return NULL;
    }
  sent = read_sent_message (json_node_get_object (message), error);
  if (sent != NULL)
    sent->id = g_strdup (id);
  return sent;
}

static const PursuitGmailReader draft_reader = { read_draft, (GDestroyNotify) sent_free };

/* A messages.list answer: its first message, NULL without an error when
 * it is empty. */
static gpointer
read_found (JsonObject  *object,
            GError     **error)
{
  JsonArray *messages;

  if (!_pursuit_gmail_read_object_array (object, "messages", &messages, error) ||
      messages == NULL || json_array_get_length (messages) == 0)
    return NULL;
  return read_sent_message (json_array_get_object_element (messages, 0), error);
}

static const PursuitGmailReader found_reader = { read_found, (GDestroyNotify) sent_free };

/* The Sent of a finished call, its ids given to the out arguments. FALSE
 * on an error and when nothing was found. */
static gboolean
finish_sent (PursuitGmailClient  *self,
             GAsyncResult        *result,
             char               **out_draft_id,
             char               **out_id,
             char               **out_thread_id,
             GError             **error)
{
  g_autoptr(Sent) sent = NULL;

  if (out_id != NULL)
    *out_id = NULL;
  if (out_thread_id != NULL)
    *out_thread_id = NULL;

  sent = _pursuit_gmail_client_propagate (self, result, error);
  if (sent == NULL)
    return FALSE;

  if (out_draft_id != NULL)
    *out_draft_id = g_steal_pointer (&sent->id);
  if (out_id != NULL)
    *out_id = g_steal_pointer (&sent->message_id);
  if (out_thread_id != NULL)
    *out_thread_id = g_steal_pointer (&sent->thread_id);
  return TRUE;
}

/* messages.send, or with @as_draft drafts.create, of @rfc5322. */
static void
post_message (PursuitGmailClient  *self,
              GBytes              *rfc5322,
              const char          *thread_id,
              gboolean             as_draft,
              gpointer             source_tag,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autoptr(JsonNode) body = build_message_json (rfc5322, thread_id);

  if (as_draft)
    {
      g_autoptr(JsonObject) draft = json_object_new ();

      json_object_set_member (draft, "message", g_steal_pointer (&body));
      body = json_node_new (JSON_NODE_OBJECT);
      json_node_set_object (body, draft);
    }

  request = _pursuit_gmail_client_new_request (self, "POST", as_draft ? "/users/me/drafts" : "/users/me/messages/send");
  pursuit_http_request_set_json_body (request, body);
  _pursuit_gmail_client_call (self, request, as_draft ? &draft_reader : &sent_reader, source_tag,
                              cancellable, callback, user_data);
}

void
pursuit_gmail_client_send_async (PursuitGmailClient  *self,
                                 GBytes              *rfc5322,
                                 const char          *thread_id,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_GMAIL_CLIENT (self));
  g_return_if_fail (rfc5322 != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  post_message (self, rfc5322, thread_id, FALSE, pursuit_gmail_client_send_async, cancellable, callback, user_data);
}

/**
 * pursuit_gmail_client_send_finish:
 * @out_id: (out) (optional): Gmail's id of the sent message
 * @out_thread_id: (out) (optional): its thread
 *
 * Returns: whether Gmail took the message
 */
gboolean
pursuit_gmail_client_send_finish (PursuitGmailClient  *self,
                                  GAsyncResult        *result,
                                  char               **out_id,
                                  char               **out_thread_id,
                                  GError             **error)
{
  return finish_sent (self, result, NULL, out_id, out_thread_id, error);
}

void
pursuit_gmail_client_create_draft_async (PursuitGmailClient  *self,
                                         GBytes              *rfc5322,
                                         const char          *thread_id,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_return_if_fail (PURSUIT_IS_GMAIL_CLIENT (self));
  g_return_if_fail (rfc5322 != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  post_message (self, rfc5322, thread_id, TRUE, pursuit_gmail_client_create_draft_async,
                cancellable, callback, user_data);
}

/**
 * pursuit_gmail_client_create_draft_finish:
 * @out_draft_id: (out) (optional): the draft's id
 * @out_message_id: (out) (optional): Gmail's id of its message
 * @out_thread_id: (out) (optional): its thread
 *
 * Returns: whether Gmail made the draft
 */
gboolean
pursuit_gmail_client_create_draft_finish (PursuitGmailClient  *self,
                                          GAsyncResult        *result,
                                          char               **out_draft_id,
                                          char               **out_message_id,
                                          char               **out_thread_id,
                                          GError             **error)
{
  if (out_draft_id != NULL)
    *out_draft_id = NULL;
  return finish_sent (self, result, out_draft_id, out_message_id, out_thread_id, error);
}

void
pursuit_gmail_client_find_message_async (PursuitGmailClient  *self,
                                         const char          *message_id,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *query = NULL;

  g_return_if_fail (PURSUIT_IS_GMAIL_CLIENT (self));
  g_return_if_fail (message_id != NULL && message_id[0] != '\0');
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  /* rfc822msgid: takes the id with or without its angle brackets; a
   * space or quote in it would end the search term. */
  bare = g_strdup (message_id);
  g_strstrip (bare);
  if (bare[0] == '<')
    memmove (bare, bare + 1, strlen (bare));
  if (bare[0] != '\0' && bare[strlen (bare) - 1] == '>')
    bare[strlen (bare) - 1] = '\0';
  if (bare[0] == '\0' || strpbrk (bare, " \t\r\n\"<>") != NULL)
    {
      g_task_report_new_error (self, callback, user_data, pursuit_gmail_client_find_message_async,
                               PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_BAD_REQUEST,
                               _("The Message-ID “%s” cannot be looked up in Gmail."), message_id);
      return;
    }
  query = g_strconcat ("rfc822msgid:", bare, NULL);

  /* Drafts and sent mail are in "anywhere" (not in spam or trash). */
  request = _pursuit_gmail_client_new_request (self, "GET", "/users/me/messages");
  pursuit_http_request_add_query (request, "q", query);
  pursuit_http_request_add_query (request, "maxResults", "1");
  _pursuit_gmail_client_call (self, request, &found_reader, pursuit_gmail_client_find_message_async,
                              cancellable, callback, user_data);
}

/**
 * pursuit_gmail_client_find_message_finish:
 * @out_id: (out) (optional): Gmail's id of the message found
 * @out_thread_id: (out) (optional): its thread
 *
 * Returns: TRUE when found; FALSE with @error unset when not
 */
gboolean
pursuit_gmail_client_find_message_finish (PursuitGmailClient  *self,
                                          GAsyncResult        *result,
                                          char               **out_id,
                                          char               **out_thread_id,
                                          GError             **error)
{
  return finish_sent (self, result, NULL, out_id, out_thread_id, error);
}
