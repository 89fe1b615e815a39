/* pursuit-follow-up-template.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-contact.h"
#include "pursuit-job.h"

G_BEGIN_DECLS

/* What a template's placeholders stand for. Fields left NULL or 0 leave
 * their placeholder empty. */
typedef struct
{
  PursuitJob     *job;            /* {title}, {company}, {applied_date} */
  PursuitContact *contact;        /* {contact_name}, {contact_first_name} */
  gint64          interview_at;   /* {interview_date}: unix seconds, 0 = none */
  const char     *sender_name;    /* {my_name} */
  GTimeZone      *time_zone;      /* for the dates; NULL = local */
} PursuitTemplateContext;

/* Fills {company}, {title}, {contact_name}, {contact_first_name},
 * {applied_date}, {interview_date} and {my_name} in @template_. Dates come
 * out in the user's locale ("%x"). Unknown placeholders and unbalanced
 * braces stay as they are; "{{" writes "{". Never fails. */
char *pursuit_follow_up_template_expand (const char                   *template_,
                                         const PursuitTemplateContext *context);

/* The placeholders the Preferences editor offers, NULL-terminated. */
const char * const *pursuit_follow_up_template_placeholders (void);

/* The first line of an expanded template when it starts with "Subject: ";
 * NULL otherwise. @body_out gets the rest. */
char *pursuit_follow_up_template_split_subject (const char  *expanded,
                                                char       **body_out);

G_END_DECLS
