/* pursuit-string-table-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An enum stored as text (mail categories, suggestion actions): @strings
 * holds its strings in the enum's order. Values and strings that are not
 * in the table, as an older or newer database may hold, read as @fallback. */

static inline const char *
_pursuit_string_table_get (const char * const *strings,
                           guint               n_strings,
                           guint               value,
                           guint               fallback)
{
  return strings [value < n_strings ? value : fallback];
}

static inline guint
_pursuit_string_table_find (const char * const *strings,
                            guint               n_strings,
                            const char         *string,
                            guint               fallback)
{
  if (string == NULL)
    return fallback;

  for (guint i = 0; i < n_strings; i++)
    if (g_str_equal (strings [i], string))
      return i;

  return fallback;
}

G_END_DECLS
