/* pursuit-application-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-ai-provider.h"
#include "pursuit-application.h"

G_BEGIN_DECLS

/* Shared by pursuit-application.c and pursuit-application-actions.c. */

void _pursuit_application_init_actions     (PursuitApplication *self);
void _pursuit_application_update_actions   (PursuitApplication *self);
void _pursuit_application_use_sample_data  (PursuitApplication *self);
void _pursuit_application_use_own_data     (PursuitApplication *self);
void _pursuit_application_new_window       (PursuitApplication *self);
gboolean   _pursuit_application_ensure_store    (PursuitApplication *self);
GtkWindow *_pursuit_application_present_window (PursuitApplication *self);
/* The optional AI, created on first use. (transfer none) */
PursuitAiProvider *_pursuit_application_get_ai_provider (PursuitApplication *self);

G_END_DECLS
