/* pursuit-pdf-export-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What every "Export as PDF…" in the app shares (the document editor,
 * the job report), so that the choosers and toasts look the same. */

/* A modal save chooser for @widget's window with a PDF filter and
 * @plain_name (slashes replaced) as the suggested name. */
GtkFileChooserNative *_pursuit_pdf_chooser_new      (GtkWidget  *widget,
                                                     const char *title,
                                                     const char *plain_name);
/* A plain-text toast whose Open button shows @file in the default app. */
AdwToast             *_pursuit_pdf_saved_toast_new  (const char *plain_title,
                                                     GFile      *file);

G_END_DECLS
