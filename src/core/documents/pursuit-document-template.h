/* pursuit-document-template.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-job.h"
#include "pursuit-match-result.h"
#include "pursuit-profile.h"

G_BEGIN_DECLS

/* A cover letter or CV template shipped in data/templates/ (compiled into
 * the core GResource under /io/github/pursuit/Pursuit/core/templates/):
 * plain text with {{placeholders}} and {{#section}}…{{/section}} blocks
 * kept only when the section has something to say. The placeholders and
 * sections are listed in data/templates/README.md. */
#define PURSUIT_TYPE_DOCUMENT_TEMPLATE (pursuit_document_template_get_type ())
G_DECLARE_FINAL_TYPE (PursuitDocumentTemplate, pursuit_document_template, PURSUIT, DOCUMENT_TEMPLATE, GObject)

#define PURSUIT_TEMPLATE_ERROR (pursuit_template_error_quark ())
GQuark pursuit_template_error_quark (void);

typedef enum
{
  PURSUIT_TEMPLATE_ERROR_SYNTAX,     /* an unclosed {{ or section, an unknown placeholder */
  PURSUIT_TEMPLATE_ERROR_NOT_FOUND,  /* no template has that id */
} PursuitTemplateError;

/* Of PursuitDocumentTemplate: the shipped templates of @kind
 * ("cover_letter", "resume"; NULL = all), the ones in @language (e.g.
 * "de"; NULL = the user's) first. */
GPtrArray               *pursuit_document_template_list      (const char  *kind,
                                                              const char  *language);
PursuitDocumentTemplate *pursuit_document_template_lookup    (const char  *id,
                                                              GError     **error);
/* Parses a template from text (tests, user templates later). */
PursuitDocumentTemplate *pursuit_document_template_new_from_text (const char  *id,
                                                              const char  *kind,
                                                              const char  *title,
                                                              const char  *language,
                                                              const char  *text,
                                                              GError     **error);

const char              *pursuit_document_template_get_id       (PursuitDocumentTemplate *self);
/* "cover_letter" or "resume" */
const char              *pursuit_document_template_get_kind     (PursuitDocumentTemplate *self);
/* Translated: "Formal Cover Letter", "Tailored CV" */
const char              *pursuit_document_template_get_title    (PursuitDocumentTemplate *self);
const char              *pursuit_document_template_get_language (PursuitDocumentTemplate *self);

/* Fills the template for @job from @profile (its name, summary, skills,
 * years, education, languages) and @match (NULL = no gap analysis): the
 * job's matching skills come first, required before preferred, the
 * strongest transferable skill is framed honestly, missing skills are
 * never claimed. @cv_text (may be NULL) gives the experience section of a
 * CV variant. @today dates the letter. The result is plain text the user
 * edits; it never fails. */
char                    *pursuit_document_template_render    (PursuitDocumentTemplate *self,
                                                              PursuitJob              *job,
                                                              PursuitProfile          *profile,
                                                              const char              *cv_text,
                                                              PursuitMatchResult      *match,
                                                              GDateTime               *today);

G_END_DECLS
