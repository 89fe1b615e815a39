/* pursuit-confirm-dialog-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A question before something is lost: "cancel" (the default, also on
 * Escape) and a destructive @response_id labelled @response_label. The
 * caller connects "response" and presents it. */
AdwMessageDialog *_pursuit_confirm_dialog_new (GtkWindow  *parent,
                                               const char *heading,
                                               const char *body,
                                               const char *response_id,
                                               const char *response_label);

G_END_DECLS
