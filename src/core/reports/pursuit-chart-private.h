/* pursuit-chart-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-chart.h"

G_BEGIN_DECLS

/* For the PDF: a page cannot hold a chart of hundreds of rows, so it
 * draws the first @max_rows (0 = all) and lists every row in its table. */
void   _pursuit_chart_paint_rows              (PursuitReportSection       *section,
                                               guint                       max_rows,
                                               cairo_t                    *cr,
                                               double                      width,
                                               double                      height,
                                               const PursuitChartPalette  *palette,
                                               const char                 *font_family,
                                               double                      font_size,
                                               int                         highlighted_row);
double _pursuit_chart_get_rows_natural_height (PursuitReportSection       *section,
                                               guint                       max_rows,
                                               double                      width);
/* How many rows of a chart kind fit in @height (all for the vertical kinds). */
guint  _pursuit_chart_get_rows_for_height     (PursuitReportSection       *section,
                                               double                      height);

G_END_DECLS
