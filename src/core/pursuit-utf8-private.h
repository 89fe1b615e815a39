/* pursuit-utf8-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The length of the longest prefix of @text (@length bytes of UTF-8) no
 * longer than @max bytes that ends on a character boundary: cutting
 * inside a character would leave text that is no longer UTF-8. */
static inline gsize
_pursuit_utf8_clip (const char *text,
                    gsize       length,
                    gsize       max)
{
  if (length <= max)
    return length;

  while (max > 0 && ((guchar) text[max] & 0xC0) == 0x80)
    max--;

  return max;
}

G_END_DECLS
