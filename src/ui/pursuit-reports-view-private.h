/* pursuit-reports-view-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-reports-view.h"

G_BEGIN_DECLS

/* Emits add-toast and drops the caller's reference. */
void          _pursuit_reports_view_add_toast               (PursuitReportsView *self,
                                                             AdwToast           *toast);
/* Cancelled when the page goes away. */
GCancellable *_pursuit_reports_view_get_export_cancellable  (PursuitReportsView *self);
/* Asks where to save, then exports the report shown. */
void          _pursuit_reports_view_choose_export_file      (PursuitReportsView *self,
                                                             gboolean            pdf);

G_END_DECLS
