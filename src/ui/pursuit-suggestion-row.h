/* pursuit-suggestion-row.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-mail-suggestion.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_SUGGESTION_ROW (pursuit_suggestion_row_get_type ())

/* One suggestion of the Inbox panel: the question, the message it comes
 * from, how sure Pursuit is, and buttons that activate inbox.accept,
 * inbox.dismiss, inbox.undo (x: the suggestion id) and inbox.open
 * (s: the web link) on an ancestor. */
G_DECLARE_FINAL_TYPE (PursuitSuggestionRow, pursuit_suggestion_row, PURSUIT, SUGGESTION_ROW, AdwActionRow)

GtkWidget             *pursuit_suggestion_row_new            (PursuitMailSuggestion *suggestion,
                                                              const char            *stage_label);
PursuitMailSuggestion *pursuit_suggestion_row_get_suggestion (PursuitSuggestionRow  *self);
/* "subject · sender · 2 hours ago" */
char                  *pursuit_suggestion_row_describe_message (PursuitMailSuggestion *suggestion);
/* What accepting it did: "Acme moved to Rejected" (@stage_label: the
 * user's label of the target stage). */
char                  *pursuit_suggestion_row_describe_done (PursuitMailSuggestion *suggestion,
                                                             const char            *stage_label);
/* "92 %" */
char                  *pursuit_suggestion_row_format_confidence (double                confidence);

G_END_DECLS
