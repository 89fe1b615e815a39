/* pursuit-gmail-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pursuit-gmail-client.h"
#include "pursuit-google-batch.h"
#include "pursuit-mail-message.h"

G_BEGIN_DECLS

/* The name of Gmail in error messages. */
#define PURSUIT_GMAIL_SERVICE_NAME "Gmail"
/* The largest text/calendar part kept (pursuit-mail-message.h). */
#define PURSUIT_GMAIL_MAX_CALENDAR_DATA (256 * 1024)

/* Gmail's Message resource (format=full) as a PursuitMailMessage: ids,
 * labels ("INBOX,UNREAD"; a message with SENT is outgoing), snippet
 * (entities decoded), internalDate in seconds (else the Date header), the
 * top-level headers decoded, the bulk hint, body-text from the first
 * text/plain part (else the first text/html one, as text) in its charset,
 * and calendar-data from the first text/calendar or *.ics part. When
 * that part's data is stored apart, calendar-data stays NULL and
 * @out_calendar_attachment_id (and @out_calendar_charset, nullable) say
 * what to fetch with attachments.get. A value of the wrong JSON type, or
 * a missing id, is PURSUIT_HTTP_ERROR_INVALID_RESPONSE. */
PursuitMailMessage *_pursuit_gmail_message_from_json   (JsonObject          *object,
                                                        char               **out_calendar_attachment_id,
                                                        char               **out_calendar_charset,
                                                        GError             **error);
/* An attachments.get answer (MessagePartBody) as @message's calendar-data,
 * converted from @charset (NULL: UTF-8); a body larger than
 * PURSUIT_GMAIL_MAX_CALENDAR_DATA is left out. */
gboolean            _pursuit_gmail_set_calendar_from_json (PursuitMailMessage *message,
                                                        JsonObject          *body,
                                                        const char          *charset,
                                                        GError             **error);

/* The client's parts for pursuit-gmail-fetch.c. @path is under the API
 * root ("/users/me/messages/ID?format=full"). */
PursuitHttp        *_pursuit_gmail_client_get_http             (PursuitGmailClient  *self);
guint               _pursuit_gmail_client_get_part_retry_delay (PursuitGmailClient  *self);
PursuitHttpRequest *_pursuit_gmail_client_new_request          (PursuitGmailClient  *self,
                                                                const char          *method,
                                                                const char          *path);
PursuitGoogleBatch *_pursuit_gmail_client_new_batch            (PursuitGmailClient  *self);
void                _pursuit_gmail_client_add_to_batch         (PursuitGmailClient  *self,
                                                                PursuitGoogleBatch  *batch,
                                                                const char          *path);
PursuitHttpRequest *_pursuit_gmail_client_new_batch_request    (PursuitGmailClient  *self,
                                                                PursuitGoogleBatch  *batch);
/* Turns an answer's JSON object into the task's value; NULL with no
 * error set is a value too (find_message: not found). */
typedef struct
{
  gpointer       (*read) (JsonObject  *object,
                          GError     **error);
  GDestroyNotify free;
} PursuitGmailReader;

/* One request whose answer @reader reads, on a new task of @self. */
void                _pursuit_gmail_client_call                 (PursuitGmailClient       *self,
                                                                PursuitHttpRequest       *request,
                                                                const PursuitGmailReader *reader,
                                                                gpointer                  source_tag,
                                                                GCancellable             *cancellable,
                                                                GAsyncReadyCallback       callback,
                                                                gpointer                  user_data);
/* The value of a task of _pursuit_gmail_client_call(), checked. */
gpointer            _pursuit_gmail_client_propagate            (PursuitGmailClient  *self,
                                                                GAsyncResult        *result,
                                                                GError             **error);
/* The answer as a JSON object, else INVALID_RESPONSE. */
JsonObject         *_pursuit_gmail_response_object             (PursuitHttpResponse *response,
                                                                GError             **error);
/* A member that must be a non-empty string when @required, and a string
 * when present. */
gboolean            _pursuit_gmail_read_string                 (JsonObject          *object,
                                                                const char          *name,
                                                                gboolean             required,
                                                                const char         **out,
                                                                GError             **error);
/* An array member of objects; NULL without an error when absent. */
gboolean            _pursuit_gmail_read_object_array           (JsonObject          *object,
                                                                const char          *name,
                                                                JsonArray          **out,
                                                                GError             **error);
/* PURSUIT_HTTP_ERROR_INVALID_RESPONSE from Gmail, saying @why. */
GError             *_pursuit_gmail_new_invalid_error           (const char          *why);

/* pursuit-gmail-fetch.c: pursuit_gmail_client_get_messages_async() on
 * @task (whose source object is the client) and its finish. */
void                _pursuit_gmail_fetch_messages              (GTask               *task,
                                                                const char * const  *ids);
GPtrArray          *_pursuit_gmail_fetch_messages_finish       (GTask               *task,
                                                                GHashTable         **out_failed,
                                                                GError             **error);

G_END_DECLS
