/* pursuit-store-mail.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-mail-composer.h"
#include "pursuit-mail-message.h"
#include "pursuit-mail-suggestion.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* Mail in the store (pursuit-store-mail.c, -mail-suggestions.c,
 * -mail-outbox.c). Messages and suggestions changing emit
 * PursuitStore::mail-changed. */

/* Messages ---------------------------------------------------------------- */

/* Saves @messages (of PursuitMailMessage, all of @account_id) and, for
 * each, the suggestion at the same index of @suggestions (of
 * PursuitMailSuggestion or NULL entries; @suggestions itself may be NULL),
 * in one transaction. A message already stored (same account and Gmail
 * id; for account 0 the same Message-ID) is updated (labels, category,
 * job) and keeps its id; it gets no second suggestion. Sets the ids of
 * the messages and of the suggestions saved (message-id too). A message
 * matched to a job also records a timeline event "email-received"
 * (detail: its subject, url: its web link) on that job, once. */
gboolean            pursuit_store_save_mail               (PursuitStore  *self,
                                                           gint64         account_id,
                                                           GPtrArray     *messages,
                                                           GPtrArray     *suggestions,
                                                           GError       **error);
/* Gmail ids of the account's stored messages (a set of strings), so a
 * first sync after a lost history does not fetch them again. */
GHashTable         *pursuit_store_list_mail_gmail_ids     (PursuitStore  *self,
                                                           gint64         account_id);
PursuitMailMessage *pursuit_store_get_mail_message        (PursuitStore  *self,
                                                           gint64         message_id,
                                                           GError       **error);
/* Of PursuitMailMessage matched to @job_id (incoming and sent), newest first. */
GPtrArray          *pursuit_store_list_job_mail           (PursuitStore  *self,
                                                           gint64         job_id,
                                                           GError       **error);
/* The job another message of @thread_id (Gmail's) of the account is
 * matched to; or the job of a stored message whose Message-ID is in
 * @references (space-separated, may be NULL). 0 when none. */
gint64              pursuit_store_find_mail_thread_job    (PursuitStore  *self,
                                                           gint64         account_id,
                                                           const char    *thread_id,
                                                           const char    *references);
/* The message a follow-up of @job_id answers: the newest incoming
 * message of the account matched to the job that has a thread id and a
 * Message-ID. NULL (no error) when there is none: then the follow-up
 * starts a new thread. */
PursuitMailMessage *pursuit_store_get_job_reply_target    (PursuitStore  *self,
                                                           gint64         job_id,
                                                           gint64         account_id);
/* After a sync: the Gmail history id to go on from (NULL clears it: the
 * next sync is a full one), and when it ended; @error_message NULL for
 * success (clears mail-last-error), else kept as mail-last-error and
 * mail-synced-at left alone. Emits accounts-changed. */
gboolean            pursuit_store_record_mail_sync        (PursuitStore  *self,
                                                           gint64         account_id,
                                                           const char    *history_id,
                                                           gint64         synced_at,
                                                           const char    *error_message,
                                                           GError       **error);
/* Turns Gmail on or off for a Google account (mail-enabled); turning it
 * off forgets the history id. Emits accounts-changed. */
gboolean            pursuit_store_set_account_mail_enabled (PursuitStore *self,
                                                           gint64         account_id,
                                                           gboolean       enabled,
                                                           const char    *scopes,
                                                           GError       **error);

/* Suggestions -------------------------------------------------------------- */

/* Of PursuitMailSuggestion with the message's subject, sender, snippet,
 * received-at and web-url filled in, and the job's company and title
 * for those with a job; newest message first. @state NULL: the pending
 * ones and those applied automatically in the last 7 days. */
GPtrArray          *pursuit_store_list_mail_suggestions   (PursuitStore  *self,
                                                           const char    *state,
                                                           GError       **error);
PursuitMailSuggestion *pursuit_store_get_mail_suggestion  (PursuitStore  *self,
                                                           gint64         suggestion_id,
                                                           GError       **error);
guint               pursuit_store_count_pending_mail_suggestions (PursuitStore *self);
/* Does what the suggestion proposes, in one transaction, as the user's
 * own action would (move: pursuit_store_move_job's rules and timeline,
 * reason "From email: <subject>"; create-job: a job with the company,
 * title and the message's sender as a contact, stage as proposed;
 * schedule-interview: pursuit_store_add_interview with the proposed time,
 * which moves the stage, arms reminders and queues calendar pushes;
 * record: only the timeline event). State becomes "accepted" (@automatic
 * FALSE) or "applied" (@automatic TRUE). A transition the pipeline does
 * not allow any more is PURSUIT_STORE_ERROR_TRANSITION and changes
 * nothing. Only pending suggestions can be accepted. */
gboolean            pursuit_store_accept_mail_suggestion  (PursuitStore  *self,
                                                           gint64         suggestion_id,
                                                           gboolean       automatic,
                                                           GError       **error);
/* Pending → "dismissed". */
gboolean            pursuit_store_dismiss_mail_suggestion (PursuitStore  *self,
                                                           gint64         suggestion_id,
                                                           GError       **error);
/* Accepted or applied → back to pending, its effect reversed in one
 * transaction: the stage moved back (pursuit_store_undo_move), the
 * created job removed, the scheduled interview cancelled. */
gboolean            pursuit_store_undo_mail_suggestion    (PursuitStore  *self,
                                                           gint64         suggestion_id,
                                                           GError       **error);

/* Sending ------------------------------------------------------------------ */

/* outbox kinds */
#define PURSUIT_OUTBOX_GMAIL_SEND  "gmail.send"
#define PURSUIT_OUTBOX_GMAIL_DRAFT "gmail.draft"

/* Composes @mail (pursuit_mail_compose: the Message-ID is chosen now and
 * never changes, so a resend can be recognised) and queues it for
 * @account_id as @kind, source "follow-up" @follow_up_id (0: a message
 * of @job_id not tied to a follow-up). @account_id must be a Google
 * account with Gmail on (else PURSUIT_STORE_ERROR_INVALID); an empty From
 * becomes its address. Composing errors are PURSUIT_MAIL_ERROR, for the
 * field they name. Returns the outbox item's id. Emits outbox-changed. */
gint64              pursuit_store_queue_mail              (PursuitStore  *self,
                                                           gint64         account_id,
                                                           const char    *kind,
                                                           gint64         job_id,
                                                           gint64         follow_up_id,
                                                           const PursuitOutgoingMail *mail,
                                                           GError       **error);
/* What pursuit_store_queue_mail() put in an item's payload. */
gboolean            pursuit_store_parse_mail_payload      (const char    *payload,
                                                           GBytes       **out_raw,
                                                           char         **out_message_id,
                                                           char         **out_thread_id,
                                                           gint64        *out_job_id,
                                                           gint64        *out_follow_up_id,
                                                           GError       **error);
/* The item went out (@gmail_id, @thread_id as Gmail answered; @draft_id
 * for a draft): in one transaction the outbox item is deleted, the sent
 * message is stored (outgoing, matched to the job) so replies to it and
 * later follow-ups find the thread, a timeline event "email-sent" or
 * "email-draft-saved" (detail: subject, url: @web_url) is recorded, and
 * for a send the follow-up becomes "sent". Emits outbox-changed,
 * follow-ups-changed and mail-changed. */
gboolean            pursuit_store_complete_mail           (PursuitStore  *self,
                                                           gint64         outbox_id,
                                                           const char    *gmail_id,
                                                           const char    *thread_id,
                                                           const char    *draft_id,
                                                           const char    *web_url,
                                                           GError       **error);

G_END_DECLS
