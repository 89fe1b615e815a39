/* pursuit-mail-rules-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-mail-message.h"

G_BEGIN_DECLS

/* What a phrase is evidence of: the five job categories share the values
 * of PursuitMailCategory; CONTEXT says the mail is about an application
 * the reader made; NOISE says it is an alert, a newsletter, marketing, a
 * social notification, an account mail or cold outreach. */
typedef enum
{
  MAIL_RULE_CONTEXT = PURSUIT_MAIL_N_CATEGORIES,
  MAIL_RULE_NOISE,
  MAIL_RULE_N_KINDS,
} MailRuleKind;

typedef enum
{
  MAIL_RULE_WORD    = 0,
  /* German compounds: the phrase may be the start of a longer word */
  MAIL_RULE_PREFIX  = 1 << 0,
  /* only in the subject (short phrases that are too common in bodies) */
  MAIL_RULE_SUBJECT = 1 << 1,
} MailRuleFlags;

typedef struct
{
  /* folded as _pursuit_mail_fold does: lower case, no accents, straight
   * quotes, single spaces */
  const char *phrase;
  guint8      kind;
  guint8      flags;
  float       weight;
} PursuitMailRule;

extern const PursuitMailRule _pursuit_mail_rules[];
extern const gsize           _pursuit_mail_n_rules;

/* Words that make a sentence hypothetical or generic ("if we decide to
 * move forward", "our process usually includes a phone screen"): job
 * phrases in such a sentence weigh little. Folded, with their spaces. */
extern const char * const _pursuit_mail_hedges[];
/* Negations seen just before a phrase ("not able to offer you"). */
extern const char * const _pursuit_mail_negations[];
/* Where the footer of a mail starts (unsubscribe, legal lines). */
extern const char * const _pursuit_mail_footer_markers[];

typedef struct
{
  const char *domain; /* matches the domain and its subdomains */
  const char *ats;
} PursuitMailAtsDomain;

extern const PursuitMailAtsDomain _pursuit_mail_ats_domains[];

/* Where an ATS puts the tenant in a URL or a host name: @prefix then the
 * tenant up to the next '/', '.', '?' ... (tenant_in_host FALSE), or the
 * tenant as the label(s) before @suffix (tenant_in_host TRUE). */
typedef struct
{
  const char *pattern;
  gboolean    tenant_in_host;
  const char *ats;
} PursuitMailTenantPattern;

extern const PursuitMailTenantPattern _pursuit_mail_tenant_patterns[];

/* Job boards and social networks (their alerts are noise, their
 * "application sent" receipts are not). */
extern const char * const _pursuit_mail_job_board_domains[];
/* Local parts and From names of newsletters and marketing. */
extern const char * const _pursuit_mail_marketing_senders[];
/* Words in a From name or local part of a recruiting team. */
extern const char * const _pursuit_mail_recruiting_senders[];

/* Folds @text for matching: valid UTF-8, lower case, accents removed,
 * typographic quotes and dashes made ASCII, whitespace collapsed to one
 * space except paragraph breaks ("\n"); at most @max_len bytes of @text
 * are read (pursuit-mail-fold.c). */
char       *_pursuit_mail_fold           (const char *text,
                                          gsize       max_len);
gboolean    _pursuit_mail_domain_matches (const char *domain,
                                          const char *suffix);

/* The ATS of a sender's domain ("greenhouse"), and the table's domain
 * that matched; NULL for none (pursuit-mail-ats.c). */
const char *_pursuit_mail_ats_for_domain (const char  *domain,
                                          const char **out_domain);
/* The part after the "@", NULL when none */
const char *_pursuit_mail_address_domain (const char *address);
/* pursuit_mail_detect_ats_tenant without the argument check */
char       *_pursuit_mail_detect_tenant  (PursuitMailMessage *message);

/* Company and job title as the message words them, NULL when it does not
 * (pursuit-mail-extract.c). */
void        _pursuit_mail_extract        (PursuitMailMessage  *message,
                                          char               **out_company,
                                          char               **out_job_title);

G_END_DECLS
