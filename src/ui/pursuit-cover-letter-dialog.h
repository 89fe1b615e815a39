/* pursuit-cover-letter-dialog.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-ai-client.h"
#include "pursuit-job.h"
#include "pursuit-match-result.h"
#include "pursuit-profile.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_COVER_LETTER_DIALOG (pursuit_cover_letter_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PursuitCoverLetterDialog, pursuit_cover_letter_dialog, PURSUIT, COVER_LETTER_DIALOG, AdwWindow)

/* @profile, @match and @client may be NULL; without a client (or when it
 * fails) the draft is pursuit_cover_letter_draft()'s. */
GtkWidget *pursuit_cover_letter_dialog_new      (GtkWindow          *parent,
                                                 PursuitJob         *job,
                                                 PursuitProfile     *profile,
                                                 PursuitMatchResult *match,
                                                 PursuitAiClient    *client);
/* The text as it stands, edits included. (transfer full) */
char      *pursuit_cover_letter_dialog_get_text (PursuitCoverLetterDialog *self);
/* Whether the AI's draft is still awaited. */
gboolean   pursuit_cover_letter_dialog_is_busy  (PursuitCoverLetterDialog *self);

G_END_DECLS
