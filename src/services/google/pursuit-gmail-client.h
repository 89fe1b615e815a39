/* pursuit-gmail-client.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-http.h"
#include "pursuit-mail-message.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_GMAIL_CLIENT (pursuit_gmail_client_get_type ())

/* Gmail API v1 for one account (google-apis.md §2), over PursuitHttp (its
 * retries, backoff on 429 and rate-limit 403s, and circuit breaker under
 * @service), authorized by the account's PursuitGoogleAuth. Base URLs
 * from pursuit_google_endpoint_dup_url(). Every answer is checked: a JSON
 * value of the wrong type is PURSUIT_HTTP_ERROR_INVALID_RESPONSE, never a
 * crash. */
G_DECLARE_FINAL_TYPE (PursuitGmailClient, pursuit_gmail_client, PURSUIT, GMAIL_CLIENT, GObject)

PursuitGmailClient *pursuit_gmail_client_new (PursuitHttp       *http,
                                              PursuitAuthorizer *authorizer,
                                              const char        *service);

/* Tests: the first wait before failed batch parts are asked again
 * (default 1000 ms, doubled each round). */
void      pursuit_gmail_client_set_part_retry_delay (PursuitGmailClient  *self,
                                                     guint                milliseconds);

/* users.getProfile: the address and the mailbox's current historyId. */
void      pursuit_gmail_client_get_profile_async    (PursuitGmailClient  *self,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean  pursuit_gmail_client_get_profile_finish   (PursuitGmailClient  *self,
                                                     GAsyncResult        *result,
                                                     char               **out_email,
                                                     char               **out_history_id,
                                                     GError             **error);

/* messages.list, one page: @query as Gmail's search box ("newer_than:90d
 * in:inbox", "rfc822msgid:<id>"; NULL for none), @page_token NULL for the
 * first page, @max_results 1 to 500. Returns the message ids (strings;
 * empty when Gmail omits "messages"); *@out_next_page_token NULL on the
 * last page. */
void      pursuit_gmail_client_list_messages_async  (PursuitGmailClient  *self,
                                                     const char          *query,
                                                     const char          *page_token,
                                                     guint                max_results,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GPtrArray *pursuit_gmail_client_list_messages_finish (PursuitGmailClient *self,
                                                     GAsyncResult        *result,
                                                     char               **out_next_page_token,
                                                     GError             **error);

/* messages.get format=full of @ids (at most PURSUIT_GOOGLE_BATCH_MAX) in
 * one batch request (a single id: a plain GET), turned into
 * PursuitMailMessage (headers decoded, body text from the text/plain part
 * or the HTML one, labels, internalDate, bulk hint; a text/calendar part
 * stored as an attachment is fetched with attachments.get). Parts that
 * fail with 429, a rate-limit 403 or 5xx are asked again in a smaller
 * batch after a backoff (up to 3 rounds); those that still fail, and 404s
 * (the message is gone), are left out of the result and put in
 * @out_failed (id → GError*, may be NULL) when given. The whole call
 * fails only when the batch request itself fails. */
void      pursuit_gmail_client_get_messages_async   (PursuitGmailClient  *self,
                                                     const char * const  *ids,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GPtrArray *pursuit_gmail_client_get_messages_finish (PursuitGmailClient  *self,
                                                     GAsyncResult        *result,
                                                     GHashTable         **out_failed,
                                                     GError             **error);

/* history.list, one page, historyTypes=messageAdded, labelId=INBOX:
 * the ids of the messages added (no duplicates, in order), Gmail's
 * top-level historyId in @out_history_id. A startHistoryId too old is
 * PURSUIT_HTTP_ERROR_NOT_FOUND: then a full sync is needed. */
void      pursuit_gmail_client_list_history_async   (PursuitGmailClient  *self,
                                                     const char          *start_history_id,
                                                     const char          *page_token,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
GPtrArray *pursuit_gmail_client_list_history_finish (PursuitGmailClient  *self,
                                                     GAsyncResult        *result,
                                                     char               **out_next_page_token,
                                                     char               **out_history_id,
                                                     GError             **error);

/* messages.send {"raw": base64url(@rfc5322), "threadId"} (@thread_id may
 * be NULL). Gmail's id and threadId of the sent message. */
void      pursuit_gmail_client_send_async           (PursuitGmailClient  *self,
                                                     GBytes              *rfc5322,
                                                     const char          *thread_id,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean  pursuit_gmail_client_send_finish          (PursuitGmailClient  *self,
                                                     GAsyncResult        *result,
                                                     char               **out_id,
                                                     char               **out_thread_id,
                                                     GError             **error);

/* drafts.create {"message": {"raw", "threadId"}}: the draft's id and its
 * message's id and threadId. */
void      pursuit_gmail_client_create_draft_async   (PursuitGmailClient  *self,
                                                     GBytes              *rfc5322,
                                                     const char          *thread_id,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean  pursuit_gmail_client_create_draft_finish  (PursuitGmailClient  *self,
                                                     GAsyncResult        *result,
                                                     char               **out_draft_id,
                                                     char               **out_message_id,
                                                     char               **out_thread_id,
                                                     GError             **error);

/* Whether a message with the Message-ID @message_id ("<id@host>") is in
 * the mailbox (messages.list q="rfc822msgid:<id>", drafts and sent mail
 * included): the exactly-once check before sending again after an
 * ambiguous failure. TRUE with @out_id and @out_thread_id set when found;
 * FALSE without @error when not. */
void      pursuit_gmail_client_find_message_async   (PursuitGmailClient  *self,
                                                     const char          *message_id,
                                                     GCancellable        *cancellable,
                                                     GAsyncReadyCallback  callback,
                                                     gpointer             user_data);
gboolean  pursuit_gmail_client_find_message_finish  (PursuitGmailClient  *self,
                                                     GAsyncResult        *result,
                                                     char               **out_id,
                                                     char               **out_thread_id,
                                                     GError             **error);

G_END_DECLS
