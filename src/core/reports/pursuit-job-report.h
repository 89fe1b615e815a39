/* pursuit-job-report.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-document.h"
#include "pursuit-pdf-writer.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* One job as a PDF: the posting (title, company, location, salary, stage,
 * dates), the match gauge and breakdown with the skill table (matching,
 * partial, transferable, missing) when a CV is active, the timeline, the
 * interviews, and the interview practice sessions with their scores. The
 * store is read in the calling thread. Fails with PURSUIT_STORE_ERROR_NOT_FOUND
 * for an unknown job, G_IO_ERROR when the file cannot be written. */
gboolean pursuit_job_report_write_pdf   (PursuitStore     *store,
                                         gint64            job_id,
                                         GFile            *file,
                                         PursuitPaperSize  paper,
                                         GCancellable     *cancellable,
                                         GError          **error);

/* A cover letter or CV variant (its body, plain text) as a PDF: the text
 * set as a letter, paragraphs kept, several pages as needed. Fails with
 * G_IO_ERROR_INVALID_DATA when the document has no body. */
gboolean pursuit_document_write_pdf     (PursuitDocument  *document,
                                         GFile            *file,
                                         PursuitPaperSize  paper,
                                         GCancellable     *cancellable,
                                         GError          **error);

G_END_DECLS
