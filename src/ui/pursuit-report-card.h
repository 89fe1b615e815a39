/* pursuit-report-card.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-report.h"

G_BEGIN_DECLS

/* One section of the Reports page (private to PursuitReportsView): a card
 * with the title, the summary, and the chart or, toggled, the table of
 * its numbers; a compact empty state when there is nothing to draw.
 *
 * Signals:
 *   show-jobs (guint row): a bar or a table row's "Show on Board" was
 *   activated. */
#define PURSUIT_TYPE_REPORT_CARD (pursuit_report_card_get_type ())
G_DECLARE_FINAL_TYPE (PursuitReportCard, pursuit_report_card, PURSUIT, REPORT_CARD, GtkWidget)

GtkWidget            *pursuit_report_card_new            (PursuitReportSection *section);
PursuitReportSection *pursuit_report_card_get_section    (PursuitReportCard    *self);
void                  pursuit_report_card_set_section    (PursuitReportCard    *self,
                                                          PursuitReportSection *section);
gboolean              pursuit_report_card_get_show_table (PursuitReportCard    *self);
void                  pursuit_report_card_set_show_table (PursuitReportCard    *self,
                                                          gboolean              show_table);
/* "chart", "table" or "empty". */
const char           *pursuit_report_card_get_visible    (PursuitReportCard    *self);
GtkWidget            *pursuit_report_card_get_chart      (PursuitReportCard    *self);
GtkWidget            *pursuit_report_card_get_table      (PursuitReportCard    *self);

G_END_DECLS
