/* pursuit-job-report-export.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

/* The job page's "Export Report as PDF…": asks where with the file
 * chooser, then writes the job's report (pursuit_job_report_write_pdf ())
 * and tells how it went through @widget's "add-toast" signal. */
void pursuit_job_report_export         (GtkWidget    *widget,
                                        PursuitStore *store,
                                        gint64        job_id);
/* The same once a file is chosen (tests). */
void pursuit_job_report_export_to_file (GtkWidget    *widget,
                                        PursuitStore *store,
                                        gint64        job_id,
                                        GFile        *file);

G_END_DECLS
