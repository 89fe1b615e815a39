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

/* The headline figures' keys in the order they are shown, NULL-terminated. */
const char * const *_pursuit_report_get_shown_figures (void);
/* Translated: "Applications", "Response rate"… */
const char         *_pursuit_report_get_figure_title  (const char           *key);
/* "38%", "6 days", "–" when there is no rate or median yet. */
char               *_pursuit_report_format_figure     (PursuitReport        *report,
                                                       const char           *key);
/* The heading of a section's first column, what its rows are ("Source"). */
const char         *_pursuit_report_section_get_row_title (PursuitReportSection *section);

G_END_DECLS
