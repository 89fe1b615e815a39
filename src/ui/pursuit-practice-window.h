/* pursuit-practice-window.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-ai-client.h"
#include "pursuit-practice-session.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_PRACTICE_WINDOW (pursuit_practice_window_get_type ())

G_DECLARE_FINAL_TYPE (PursuitPracticeWindow, pursuit_practice_window, PURSUIT, PRACTICE_WINDOW, AdwWindow)

/* A new practice for @job_id; @client (may be NULL) evaluates answers
 * too, over the local evaluation. */
GtkWidget              *pursuit_practice_window_new             (GtkWindow              *parent,
                                                                 PursuitStore           *store,
                                                                 gint64                  job_id,
                                                                 PursuitAiClient        *client);
/* A past session's report, read-only. */
GtkWidget              *pursuit_practice_window_new_for_session (GtkWindow              *parent,
                                                                 PursuitStore           *store,
                                                                 PursuitPracticeSession *session);
/* Starts a set of @n_questions (5..20) made with @seed; what the Start
 * button does with the spin button's value and a random seed. */
void                    pursuit_practice_window_start           (PursuitPracticeWindow  *self,
                                                                 guint                   n_questions,
                                                                 guint32                 seed);
/* (transfer none) (nullable) */
PursuitPracticeSession *pursuit_practice_window_get_session     (PursuitPracticeWindow  *self);
/* The question shown (0-based); the set's length once the report shows. */
guint                   pursuit_practice_window_get_position    (PursuitPracticeWindow  *self);
/* "start", "question" or "report". */
const char             *pursuit_practice_window_get_page        (PursuitPracticeWindow  *self);
/* The timer as shown, e.g. "0:42 / 2:00". */
const char             *pursuit_practice_window_get_timer_text  (PursuitPracticeWindow  *self);

G_END_DECLS
