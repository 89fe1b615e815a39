/* pursuit-store-documents.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store.h"

G_BEGIN_DECLS

/* Documents written in the app and the application they went out with
 * (pursuit-store-documents.c). Schema v8 adds body, template, updated_at
 * and sent_at to documents. Every write emits documents-changed (job id). */

/* Adds (@document's id 0) or updates (title, kind, body, path, template)
 * a document; sets created-at/updated-at. The kind must be one of the
 * four, the title non-empty; a job id must exist. Returns the id, 0 with
 * @error set. A sent document can still be edited: sent-at stays. */
gint64           pursuit_store_save_document        (PursuitStore     *self,
                                                     PursuitDocument  *document,
                                                     GError          **error);
PursuitDocument *pursuit_store_get_document         (PursuitStore     *self,
                                                     gint64            document_id,
                                                     GError          **error);

/* "The application was sent": in one transaction, every document of
 * @document_ids (each the job's, or of no job: then it is linked to the
 * job as a copy) gets sent-at = @sent_at; when @cv_id is not 0, a "resume"
 * document titled after that CV version records which CV went out; the
 * job moves to its first applied-category stage if it is in a saved one
 * (applied date = @sent_at's local date; the automation then starts the
 * follow-up sequence as for any move to Applied), and the timeline gets
 * an "application-sent" event whose detail names the documents. A job
 * already past saved stays where it is. */
gboolean         pursuit_store_record_application   (PursuitStore     *self,
                                                     gint64            job_id,
                                                     const gint64     *document_ids,
                                                     guint             n_document_ids,
                                                     gint64            cv_id,
                                                     gint64            sent_at,
                                                     GError          **error);

/* Of PursuitDocument: every document sent with any application, newest
 * first ("which version went where"). */
GPtrArray       *pursuit_store_list_sent_documents  (PursuitStore     *self,
                                                     GError          **error);

G_END_DECLS
