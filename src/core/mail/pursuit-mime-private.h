/* pursuit-mime-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-gmime.h"

G_BEGIN_DECLS

/* Any text made valid UTF-8 (U+FFFD for what is not), with NULs turned
 * into spaces so C strings do not end early. */
char *_pursuit_mail_make_valid (const char *text,
                                gssize      length);

G_END_DECLS
