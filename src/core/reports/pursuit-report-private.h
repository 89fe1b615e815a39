/* pursuit-report-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-report.h"

G_BEGIN_DECLS

/* Building a report: only pursuit-report-compute.c does, before anyone
 * else sees it; afterwards a report and its sections never change, so
 * they may be read from any thread. */

PursuitReportSection *_pursuit_report_section_new        (const char           *id,
                                                          const char           *title,
                                                          PursuitReportChart    chart,
                                                          guint                 chart_column);
/* All columns come before the first row. */
void                  _pursuit_report_section_add_column (PursuitReportSection *self,
                                                          const char           *key,
                                                          const char           *title,
                                                          PursuitReportUnit     unit);
guint                 _pursuit_report_section_add_row    (PursuitReportSection *self,
                                                          const char           *key,
                                                          const char           *label);
void                  _pursuit_report_section_set_value  (PursuitReportSection *self,
                                                          guint                 row,
                                                          guint                 column,
                                                          double                value);
void                  _pursuit_report_section_add_job_id (PursuitReportSection *self,
                                                          guint                 row,
                                                          gint64                job_id);
/* The chart draws the first @max_rows rows (0 = all) and says why in
 * @caption; the table keeps every row. */
void                  _pursuit_report_section_set_chart_rows (PursuitReportSection *self,
                                                          guint                 max_rows,
                                                          const char           *caption);
void                  _pursuit_report_section_set_summary (PursuitReportSection *self,
                                                          const char           *summary);

PursuitReport        *_pursuit_report_new                (gint64                from,
                                                          gint64                to,
                                                          gint64                generated_at,
                                                          GTimeZone            *time_zone);
void                  _pursuit_report_set_figure         (PursuitReport        *self,
                                                          const char           *key,
                                                          double                value);
void                  _pursuit_report_add_section        (PursuitReport        *self,
                                                          PursuitReportSection *section);
GTimeZone            *_pursuit_report_get_time_zone      (PursuitReport        *self);
/* "6 days", translated. */
char                 *_pursuit_report_format_days        (double                days);
/* The figures' keys, in the order the header lists them. */
const char * const   *_pursuit_report_get_figure_keys    (void);

G_END_DECLS
