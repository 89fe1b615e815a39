/* pursuit-import-error.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-import-error.h"

G_DEFINE_QUARK (pursuit-import-error-quark, pursuit_import_error)
