/* pursuit-application.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-mail-engine.h"
#include "pursuit-secret-store.h"
#include "pursuit-store.h"
#include "pursuit-sync-engine.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_APPLICATION (pursuit_application_get_type ())

G_DECLARE_FINAL_TYPE (PursuitApplication, pursuit_application, PURSUIT, APPLICATION, AdwApplication)

PursuitApplication *pursuit_application_new              (void);
PursuitStore       *pursuit_application_get_store        (PursuitApplication *self);
gboolean            pursuit_application_get_sample_data  (PursuitApplication *self);
PursuitSyncEngine  *pursuit_application_get_sync_engine  (PursuitApplication *self);
PursuitSecretStore *pursuit_application_get_secret_store (PursuitApplication *self);
PursuitMailEngine  *pursuit_application_get_mail_engine  (PursuitApplication *self);

G_END_DECLS
