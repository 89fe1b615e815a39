/* pursuit-store-mail-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store-mail.h"
#include "pursuit-store-private.h"

G_BEGIN_DECLS

/* Shared by pursuit-store-mail.c, -mail-suggestions.c and -mail-outbox.c. */

/* Every reader of mail_messages selects these columns, in this order. */
#define PURSUIT_STORE_MAIL_COLUMNS \
  "m.id, coalesce (m.account_id, 0), m.gmail_id, m.thread_id, m.message_id, m.in_reply_to," \
  " m.reference_ids, m.from_name, m.from_address, m.reply_to_address, m.to_addresses, m.subject," \
  " m.snippet, m.received_at, m.labels, m.bulk, m.outgoing, m.category, m.confidence," \
  " m.classification_reason, m.company, m.job_title, coalesce (m.job_id, 0), m.match_reason"

PursuitMailMessage *_pursuit_store_mail_message_from_row (sqlite3_stmt *stmt);

/* The address Gmail on the web knows the account by; NULL for account 0
 * or one that is gone. */
char     *_pursuit_store_get_mail_address   (PursuitStore       *self,
                                             gint64              account_id);

/* Inserts @message, or updates the stored one with the same account and
 * Gmail id (account 0: the same Message-ID), and sets its id. A matched
 * incoming message gets its "email-received" event on the job once. Must
 * run inside a write. @out_new: whether it was inserted. */
gboolean  _pursuit_store_write_mail_message (PursuitStore       *self,
                                             PursuitMailMessage *message,
                                             gboolean           *out_new,
                                             GError            **error);

/* Records the "email-received" event of stored message @message_id on
 * @job_id unless it was recorded on that job already. Must run inside a
 * write. */
gboolean  _pursuit_store_record_mail_received (PursuitStore     *self,
                                             gint64              message_id,
                                             gint64              job_id,
                                             GError            **error);

/* Runs @sql with ?1 and ?2 bound to @a and @b. */
gboolean  _pursuit_store_mail_run           (PursuitStore       *self,
                                             const char         *sql,
                                             gint64              a,
                                             gint64              b,
                                             GError            **error);

/* Binds @text as valid UTF-8: text from mail may be anything. */
void      _pursuit_store_bind_mail_text     (sqlite3_stmt       *stmt,
                                             int                 column,
                                             const char         *text);

G_END_DECLS
