/* pursuit-document.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_DOCUMENT (pursuit_document_get_type ())

/* A CV, cover letter or other document, as a local file or a link. */
G_DECLARE_FINAL_TYPE (PursuitDocument, pursuit_document, PURSUIT, DOCUMENT, GObject)

PursuitDocument *pursuit_document_new  (void);
PursuitDocument *pursuit_document_copy (PursuitDocument *self);

gint64 pursuit_document_get_id (PursuitDocument *self);
void pursuit_document_set_id (PursuitDocument *self, gint64 id);
/* job-id: 0 when the document belongs to no job */
gint64 pursuit_document_get_job_id (PursuitDocument *self);
void pursuit_document_set_job_id (PursuitDocument *self, gint64 job_id);
/* kind: "resume", "cover_letter", "portfolio" or "other" */
const char *pursuit_document_get_kind (PursuitDocument *self);
void pursuit_document_set_kind (PursuitDocument *self, const char *kind);
const char *pursuit_document_get_title (PursuitDocument *self);
void pursuit_document_set_title (PursuitDocument *self, const char *title);
/* path: an absolute file name or an http(s) address; NULL when none */
const char *pursuit_document_get_path (PursuitDocument *self);
void pursuit_document_set_path (PursuitDocument *self, const char *path);
gint64 pursuit_document_get_created_at (PursuitDocument *self);
void pursuit_document_set_created_at (PursuitDocument *self, gint64 created_at);
/* body: the text of a document written or generated in the app (a cover
 * letter, a CV variant); NULL for a file or a link */
const char *pursuit_document_get_body (PursuitDocument *self);
void pursuit_document_set_body (PursuitDocument *self, const char *body);
/* template: the id of the template it was generated from, NULL if none */
const char *pursuit_document_get_template (PursuitDocument *self);
void pursuit_document_set_template (PursuitDocument *self, const char *template_id);
gint64 pursuit_document_get_updated_at (PursuitDocument *self);
void pursuit_document_set_updated_at (PursuitDocument *self, gint64 updated_at);
/* sent-at: when it went out with the job's application; 0 = not sent */
gint64 pursuit_document_get_sent_at (PursuitDocument *self);
void pursuit_document_set_sent_at (PursuitDocument *self, gint64 sent_at);

G_END_DECLS
