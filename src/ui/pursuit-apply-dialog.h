/* pursuit-apply-dialog.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

/* "Did you send your application?", asked when the user comes back from
 * the apply page: a check row per document of the job and one for the
 * active CV (the newest cover letter and the CV checked), then "Sent" →
 * pursuit_store_record_application (), or "Not Yet". */
#define PURSUIT_TYPE_APPLY_DIALOG (pursuit_apply_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PursuitApplyDialog, pursuit_apply_dialog, PURSUIT, APPLY_DIALOG, AdwWindow)

GtkWidget *pursuit_apply_dialog_new        (GtkWindow    *parent,
                                            PursuitStore *store,
                                            gint64        job_id);
/* What "Sent" would record: checked document ids (and the CV id, 0 when
 * unchecked). */
GArray    *pursuit_apply_dialog_get_checked_documents (PursuitApplyDialog *self);
gint64     pursuit_apply_dialog_get_checked_cv (PursuitApplyDialog *self);
/* Records the application as "Sent" does; FALSE with @error set. */
gboolean   pursuit_apply_dialog_confirm    (PursuitApplyDialog *self,
                                            GError            **error);

G_END_DECLS
