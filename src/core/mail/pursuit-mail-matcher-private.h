/* pursuit-mail-matcher-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Text made comparable, for the matcher and the triage
 * (pursuit-mail-match-text.c): lower case, accents and marks removed,
 * letters and digits kept, everything else a word break. */
typedef struct
{
  char      *buffer;  /* the words, each NUL-terminated, back to back */
  GPtrArray *words;   /* of const char *, into buffer */
} PursuitMailWords;

PursuitMailWords *_pursuit_mail_words_new      (const char             *text,
                                                gsize                   max_bytes);
void              _pursuit_mail_words_free     (PursuitMailWords       *words);
/* Whether the words of @phrase (already normalised, single spaces) occur
 * one after the other in @words. */
gboolean          _pursuit_mail_words_contain  (const PursuitMailWords *words,
                                                const char             *phrase);
/* The words joined by single spaces, no legal forms: "acme robotics". */
char             *_pursuit_mail_normalize_text (const char             *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitMailWords, _pursuit_mail_words_free)

/* Whether @word is one of the @n strings of @list. */
gboolean          _pursuit_mail_in_list        (const char             *word,
                                                const char * const     *list,
                                                gsize                   n);
#define PURSUIT_MAIL_IN_LIST(word, list) \
  _pursuit_mail_in_list ((word), (list), G_N_ELEMENTS (list))

/* Domains (pursuit-mail-match-domains.c) */

/* gmail.com, outlook.com, web.de, ...: anybody may have an address there. */
gboolean          _pursuit_mail_domain_is_free_mail (const char *domain);
/* Applicant tracking systems, job boards, mailing and scheduling services:
 * their domains say nothing about the company. */
gboolean          _pursuit_mail_domain_is_service   (const char *domain);
/* The domain a company registers: "careers.acme.co.uk" → "acme.co.uk",
 * lower case; NULL for no host or an IP address. */
char             *_pursuit_mail_registrable_domain  (const char *host);
/* "Greenhouse" for "greenhouse": for match-reason. */
const char       *_pursuit_mail_ats_display_name    (const char *ats);
/* A tenant made comparable: lower case, without "-", "_" and "."
 * ("Acme-Robotics" → "acmerobotics"). */
char             *_pursuit_mail_compact_tenant      (const char *tenant);

G_END_DECLS
