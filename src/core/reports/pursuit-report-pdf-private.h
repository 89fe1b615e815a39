/* pursuit-report-pdf-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-report.h"

G_BEGIN_DECLS

/* Shared by the PDF and `pursuit-cli report`, so both read the same. */

/* "38%", "6 days", "–" when there is no rate or median yet. */
char               *_pursuit_report_format_figure     (PursuitReport        *report,
                                                       const char           *key);
/* The headline figures as rows of two cells, title and value; fills
 * @headers[0] and [1] with the static "Figure" and "Value". */
GPtrArray          *_pursuit_report_build_figures_table (PursuitReport        *report,
                                                         const char          **headers);
/* A section as text: its rows' label and formatted values, one strv a
 * row. @headers gets a NULL-terminated array (free the array, not its
 * strings) of what the rows are ("Source"), then the column titles. */
GPtrArray          *_pursuit_report_build_section_table (PursuitReportSection *section,
                                                         const char         ***headers);

G_END_DECLS
