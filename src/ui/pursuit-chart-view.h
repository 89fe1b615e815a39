/* pursuit-chart-view.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-report.h"

G_BEGIN_DECLS

/* One report section drawn with pursuit_chart_paint () in the theme's
 * colours (light or dark, following AdwStyleManager), its values on the
 * bars, pursuit_chart_describe () as its accessible description. It is
 * focusable: Left/Right (or Up/Down) move between bars, Return or a click
 * activates one ("row-activated", guint row). */
#define PURSUIT_TYPE_CHART_VIEW (pursuit_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (PursuitChartView, pursuit_chart_view, PURSUIT, CHART_VIEW, GtkWidget)

GtkWidget            *pursuit_chart_view_new           (PursuitReportSection *section);
PursuitReportSection *pursuit_chart_view_get_section   (PursuitChartView     *self);
void                  pursuit_chart_view_set_section   (PursuitChartView     *self,
                                                        PursuitReportSection *section);
/* The bar with the keyboard focus or under the pointer; -1 none. */
int                   pursuit_chart_view_get_highlighted_row (PursuitChartView *self);
/* The accessible description (pursuit_chart_describe ()), NULL without
 * a section: GTK 4.8 has no getter for accessible properties. */
const char           *pursuit_chart_view_get_description (PursuitChartView *self);
/* Emits row-activated as a click on @row's bar does (tests, keyboard). */
void                  pursuit_chart_view_activate_row  (PursuitChartView     *self,
                                                        guint                 row);

G_END_DECLS
