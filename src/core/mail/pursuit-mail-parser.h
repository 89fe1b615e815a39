/* pursuit-mail-parser.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-mail-message.h"

G_BEGIN_DECLS

/**
 * PursuitMailError:
 * @PURSUIT_MAIL_ERROR_INVALID: not an RFC 5322 message (no header block,
 *   no From and no Subject, binary garbage), or invalid base64url
 * @PURSUIT_MAIL_ERROR_TOO_LARGE: larger than PURSUIT_MAIL_MAX_SIZE
 * @PURSUIT_MAIL_ERROR_ADDRESS: an address of an outgoing message is
 *   missing or not an address
 * @PURSUIT_MAIL_ERROR_EMPTY: an outgoing message has no subject or no body
 *
 * Messages are full translated sentences for the UI.
 */
typedef enum
{
  PURSUIT_MAIL_ERROR_INVALID,
  PURSUIT_MAIL_ERROR_TOO_LARGE,
  PURSUIT_MAIL_ERROR_ADDRESS,
  PURSUIT_MAIL_ERROR_EMPTY,
} PursuitMailError;

#define PURSUIT_MAIL_ERROR (pursuit_mail_error_quark ())
GQuark pursuit_mail_error_quark (void);

/* Gmail's limit for one message (35 MiB). */
#define PURSUIT_MAIL_MAX_SIZE ((gsize) 36700160)

/* g_mime_init() once, thread-safe; every function here calls it. */
void                pursuit_mail_init          (void);

/* Reads an RFC 5322 message with GMime: From (name and address),
 * Reply-To, To, Subject (RFC 2047 words decoded; invalid UTF-8 replaced
 * by U+FFFD), Message-ID, In-Reply-To, References, Date (received-at;
 * 0 when missing or invalid), the bulk hint, body-text (text/plain
 * preferred, else text/html as text with pursuit_html_to_text; charsets
 * converted to UTF-8; at most PURSUIT_MAIL_MAX_BODY_TEXT bytes, cut at a
 * character boundary), snippet (the first 200 characters of the text on
 * one line), and calendar-data from the first text/calendar part or
 * attachment named *.ics. Nothing is classified. */
PursuitMailMessage *pursuit_mail_parse         (GBytes      *rfc5322,
                                                GError     **error);
PursuitMailMessage *pursuit_mail_parse_file    (const char  *path,
                                                GError     **error);

/* Header helpers, also for Gmail's JSON headers: */
/* RFC 2047 encoded words decoded, folding undone, invalid UTF-8 made
 * valid; never NULL for a non-NULL @value. */
char               *pursuit_mail_decode_header (const char  *value);
/* "Ada Lovelace <ADA@Example.org>" → name "Ada Lovelace", address
 * "ada@example.org" (RFC 2047 decoded). FALSE when no address is found. */
gboolean            pursuit_mail_parse_address (const char  *value,
                                                char       **out_name,
                                                char       **out_address);
/* Whether List-Id, List-Unsubscribe or Precedence (bulk, list, junk) say
 * it went to many: @get_header looks a header up by name, case-insensitive. */
typedef const char *(*PursuitMailHeaderFunc) (const char *name,
                                              gpointer    user_data);
gboolean            pursuit_mail_headers_are_bulk (PursuitMailHeaderFunc get_header,
                                                   gpointer              user_data);
/* The first 200 characters of @text on one line (whitespace collapsed). */
char               *pursuit_mail_make_snippet  (const char  *text);

G_END_DECLS
