/* pursuit-secret-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Keys, tokens and passwords are overwritten before they are freed. */
void _pursuit_secret_forget (char **secret);

G_END_DECLS
