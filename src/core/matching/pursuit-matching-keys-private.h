/* pursuit-matching-keys-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The matching enums (levels, CV formats, question kinds) are stored as
 * keys, each kept in an array indexed by the enum's value: this finds the
 * value of @key. FALSE for NULL or an unknown key, leaving @out alone. */
static inline gboolean
_pursuit_matching_key_lookup (const char * const *keys,
                              guint               n_keys,
                              const char         *key,
                              guint              *out)
{
  if (key == NULL)
    return FALSE;

  for (guint i = 0; i < n_keys; i++)
    {
      if (g_str_equal (key, keys[i]))
        {
          *out = i;
          return TRUE;
        }
    }

  return FALSE;
}

G_END_DECLS
