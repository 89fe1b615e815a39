/* pursuit-mail-composer.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A message to send or to save as a draft. */
typedef struct
{
  char *from_address;   /* the account's address */
  char *from_name;      /* the user's name, NULL for none */
  char *to;             /* one address or several, comma-separated, as typed */
  char *cc;             /* NULL or "" for none */
  char *subject;
  char *body;           /* plain text, UTF-8 */
  char *in_reply_to;    /* "<id@host>" of the message answered, NULL for none */
  char *references;     /* space-separated "<id>"s, NULL for none */
  char *thread_id;      /* Gmail's thread, NULL for a new one */
} PursuitOutgoingMail;

PursuitOutgoingMail *pursuit_outgoing_mail_new  (void);
PursuitOutgoingMail *pursuit_outgoing_mail_copy (const PursuitOutgoingMail *mail);
void                 pursuit_outgoing_mail_free (PursuitOutgoingMail       *mail);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitOutgoingMail, pursuit_outgoing_mail_free)

/* Builds the RFC 5322 message with GMime: From, To, Cc (RFC 2047 encoded
 * names, addresses checked), Subject (encoded when not ASCII), Date
 * (@date; NULL: now), a Message-ID chosen here ("<random@from-domain>",
 * returned in @out_message_id), In-Reply-To and References when set,
 * MIME-Version, and a text/plain; charset=utf-8 body (quoted-printable or
 * base64 as GMime picks, lines kept under 998 octets). Errors:
 * PURSUIT_MAIL_ERROR_ADDRESS (no or invalid To or From),
 * PURSUIT_MAIL_ERROR_EMPTY (no subject or no body). */
GBytes *pursuit_mail_compose              (const PursuitOutgoingMail *mail,
                                           GDateTime                 *date,
                                           char                     **out_message_id,
                                           GError                   **error);
/* "Re: <subject>", unless it already starts with a reply prefix ("Re:",
 * "RE:", "AW:", "Antw:", "Réf:", "RV:", "R:" ...), which is kept. */
char   *pursuit_mail_reply_subject        (const char *subject);
/* @references with @message_id appended (no duplicate), space-separated;
 * either may be NULL. */
char   *pursuit_mail_append_reference     (const char *references,
                                           const char *message_id);

G_END_DECLS
