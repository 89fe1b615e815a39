/* pursuit-report-pdf.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-pdf-writer.h"
#include "pursuit-report.h"

G_BEGIN_DECLS

/* The Reports page as a PDF a career coach can read: a title with the
 * range and the date it was made, the headline figures, then every
 * section with its summary, its chart (light palette) and its table of
 * numbers; empty sections say so in a line. Several pages as needed. */
gboolean pursuit_report_write_pdf       (PursuitReport      *report,
                                         GFile              *file,
                                         PursuitPaperSize    paper,
                                         GCancellable       *cancellable,
                                         GError            **error);
void     pursuit_report_write_pdf_async (PursuitReport      *report,
                                         GFile              *file,
                                         PursuitPaperSize    paper,
                                         GCancellable       *cancellable,
                                         GAsyncReadyCallback callback,
                                         gpointer            user_data);
gboolean pursuit_report_write_pdf_finish (GAsyncResult      *result,
                                          GError           **error);

G_END_DECLS
