/* pursuit-reports-view.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-report.h"

G_BEGIN_DECLS

/* The Reports page: a range picker (last 30/90 days, this year, all,
 * custom), the headline figures, and a card per report section with its
 * chart (PursuitChartView) or, toggled, its table; Export as PDF and CSV.
 * Recomputes (asynchronously) when the store changes while shown.
 *
 * Signals:
 *   show-jobs (const char *label, GVariant *ids "ax"): a bar or funnel step
 *   was activated; the window shows those jobs on the board.
 *   add-toast (AdwToast *toast): exports say where they went, or why not. */
#define PURSUIT_TYPE_REPORTS_VIEW (pursuit_reports_view_get_type ())
G_DECLARE_FINAL_TYPE (PursuitReportsView, pursuit_reports_view, PURSUIT, REPORTS_VIEW, AdwBin)

GtkWidget     *pursuit_reports_view_new        (PursuitStore       *store);
void           pursuit_reports_view_set_store  (PursuitReportsView *self,
                                                PursuitStore       *store);
PursuitReportRange pursuit_reports_view_get_range (PursuitReportsView *self);
void           pursuit_reports_view_set_range  (PursuitReportsView *self,
                                                PursuitReportRange  range);
/* For CUSTOM: [from, to) in Unix time. */
void           pursuit_reports_view_set_custom_range (PursuitReportsView *self,
                                                gint64              from,
                                                gint64              to);
/* The report shown, NULL while the first one is computed. */
PursuitReport *pursuit_reports_view_get_report (PursuitReportsView *self);
/* Whether a computation is under way (the "loading" property). */
gboolean       pursuit_reports_view_get_loading (PursuitReportsView *self);
/* Recomputes now (tests; the view does it by itself on store changes). */
void           pursuit_reports_view_reload     (PursuitReportsView *self);
/* What Export as PDF… and Export Numbers as CSV… do once a file is chosen:
 * write the shown report asynchronously, then a toast (tests). */
void           pursuit_reports_view_export_pdf (PursuitReportsView *self,
                                                GFile              *file);
void           pursuit_reports_view_export_csv (PursuitReportsView *self,
                                                GFile              *file);

G_END_DECLS
