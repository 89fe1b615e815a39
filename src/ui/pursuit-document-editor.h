/* pursuit-document-editor.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-ai-provider.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* A window to write a cover letter or CV variant for a job: pick a
 * template (or start from the AI's draft when AI is on), see the text
 * generated from the profile and the gap analysis, edit it, save it as a
 * document of the job (saved 500 ms after the last edit too), export it
 * as a PDF. Opened from the job page's Documents section. */
#define PURSUIT_TYPE_DOCUMENT_EDITOR (pursuit_document_editor_get_type ())
G_DECLARE_FINAL_TYPE (PursuitDocumentEditor, pursuit_document_editor, PURSUIT, DOCUMENT_EDITOR, AdwWindow)

/* A new document of @kind ("cover_letter" or "resume") for @job_id.
 * @provider may be NULL. */
GtkWidget *pursuit_document_editor_new_for_job (GtkWindow         *parent,
                                                PursuitStore      *store,
                                                gint64             job_id,
                                                const char        *kind,
                                                PursuitAiProvider *provider);
/* An existing document. */
GtkWidget *pursuit_document_editor_new_for_document (GtkWindow    *parent,
                                                PursuitStore      *store,
                                                gint64             document_id);
/* The document's id once saved, else 0. */
gint64     pursuit_document_editor_get_document_id (PursuitDocumentEditor *self);
char      *pursuit_document_editor_get_text    (PursuitDocumentEditor *self);
/* Generates the text anew from a template (replacing the edits). */
void       pursuit_document_editor_apply_template (PursuitDocumentEditor *self,
                                                const char            *template_id);
/* Saves now (tests; the editor does it by itself). */
gboolean   pursuit_document_editor_save        (PursuitDocumentEditor *self,
                                                GError               **error);
/* Offers "AI Draft" for cover letters while @provider gives a client
 * (NULL = never). */
void       pursuit_document_editor_set_ai_provider (PursuitDocumentEditor *self,
                                                PursuitAiProvider     *provider);
/* Saves, then writes the text as a PDF (paper of the locale) in a
 * thread; what Export as PDF… does once a file is chosen. */
void       pursuit_document_editor_export_pdf_async  (PursuitDocumentEditor *self,
                                                GFile                 *file,
                                                GCancellable          *cancellable,
                                                GAsyncReadyCallback    callback,
                                                gpointer               user_data);
gboolean   pursuit_document_editor_export_pdf_finish (PursuitDocumentEditor *self,
                                                GAsyncResult          *result,
                                                GError               **error);

G_END_DECLS
