/* pursuit-base64url.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* RFC 4648 §5 base64url, as Gmail's raw and body.data fields use it. */

/* Unpadded. */
char    *pursuit_base64url_encode       (const guint8  *data,
                                         gsize          length);
char    *pursuit_base64url_encode_bytes (GBytes        *bytes);
/* Accepts padded and unpadded input, and "+" "/" too; whitespace is
 * skipped. Any other character, or a length that cannot be base64, is
 * PURSUIT_MAIL_ERROR_INVALID. */
GBytes  *pursuit_base64url_decode       (const char    *text,
                                         gssize         length,
                                         GError       **error);

G_END_DECLS
