/* pursuit-chart.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pursuit-report.h"

G_BEGIN_DECLS

/* Colours as RGBA 0..1, so the same painter serves the window (light or
 * dark, from the theme) and the PDF (always light, printable). */
typedef struct
{
  double foreground[4];   /* labels and values */
  double muted[4];        /* axes, secondary labels */
  double grid[4];         /* grid lines */
  double bar[4];          /* the bars */
  double highlight[4];    /* the bar under the pointer or keyboard focus */
  double background[4];   /* behind the chart; alpha 0 = transparent */
} PursuitChartPalette;

void     pursuit_chart_palette_init_light (PursuitChartPalette        *palette);
void     pursuit_chart_palette_init_dark  (PursuitChartPalette        *palette);

/* Draws @section's chart column into the rectangle 0,0 @width×@height of
 * @cr (user units: pixels on screen, points in a PDF) with Pango text
 * (@font_family NULL = "Sans"; @font_size in user units, 0 = 10), a
 * value on every bar, the row labels; the row @highlighted_row (-1 none)
 * in the highlight colour. Vector only, so it is crisp at any scale. An
 * empty section draws nothing: the caller shows its empty state. */
void     pursuit_chart_paint              (PursuitReportSection       *section,
                                           cairo_t                    *cr,
                                           double                      width,
                                           double                      height,
                                           const PursuitChartPalette  *palette,
                                           const char                 *font_family,
                                           double                      font_size,
                                           int                         highlighted_row);
/* The row whose bar (or funnel step, or label) is at @x, @y in a chart
 * painted at @width×@height; -1 when none. */
int      pursuit_chart_hit_test           (PursuitReportSection       *section,
                                           double                      width,
                                           double                      height,
                                           double                      x,
                                           double                      y);
/* The rectangle of a row's bar, for focus rings and tests. FALSE when
 * @row has no bar. */
gboolean pursuit_chart_get_row_bounds     (PursuitReportSection       *section,
                                           double                      width,
                                           double                      height,
                                           guint                       row,
                                           double                     *x,
                                           double                     *y,
                                           double                     *bar_width,
                                           double                     *bar_height);
/* The height the chart wants at @width (HBARS and FUNNEL grow with their
 * rows; BARS and HISTOGRAM have a fixed aspect). */
double   pursuit_chart_get_natural_height (PursuitReportSection       *section,
                                           double                      width);
/* The accessible description: the title and every row with its value,
 * ("Applications by source: LinkedIn 12 %, Referral 50 %, …"), translated. */
char    *pursuit_chart_describe           (PursuitReportSection       *section);

G_END_DECLS
