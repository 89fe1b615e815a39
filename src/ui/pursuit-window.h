/* pursuit-window.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-ai-provider.h"
#include "pursuit-board-view.h"
#include "pursuit-inbox-view.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_WINDOW (pursuit_window_get_type ())

G_DECLARE_FINAL_TYPE (PursuitWindow, pursuit_window, PURSUIT, WINDOW, AdwApplicationWindow)

PursuitWindow    *pursuit_window_new              (GtkApplication *application,
                                                   PursuitStore   *store,
                                                   gboolean        sample_data);
PursuitStore     *pursuit_window_get_store        (PursuitWindow  *self);
gboolean          pursuit_window_get_sample_data  (PursuitWindow  *self);
PursuitBoardView *pursuit_window_get_board_view   (PursuitWindow  *self);
const char       *pursuit_window_get_view         (PursuitWindow  *self);
void              pursuit_window_set_view         (PursuitWindow  *self,
                                                   const char     *view);
void              pursuit_window_set_mail_engine  (PursuitWindow  *self,
                                                   PursuitMailEngine *engine);
PursuitInboxView *pursuit_window_get_inbox_view   (PursuitWindow  *self);
void              pursuit_window_set_ai_provider  (PursuitWindow  *self,
                                                   PursuitAiProvider *provider);
void              pursuit_window_add_toast        (PursuitWindow  *self,
                                                   AdwToast       *toast);

G_END_DECLS
