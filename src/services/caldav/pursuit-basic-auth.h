/* pursuit-basic-auth.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-authorizer.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_BASIC_AUTH (pursuit_basic_auth_get_type ())

/* HTTP Basic authentication (RFC 7617, UTF-8) as a PursuitAuthorizer. The
 * password stays in this object's memory only, wiped when it goes. */
G_DECLARE_FINAL_TYPE (PursuitBasicAuth, pursuit_basic_auth, PURSUIT, BASIC_AUTH, GObject)

PursuitBasicAuth *pursuit_basic_auth_new (const char *username,
                                          const char *password);

G_END_DECLS
