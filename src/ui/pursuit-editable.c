/* pursuit-editable.c: reading what the user typed into an entry
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-editable"

#include "config.h"

#include "pursuit-editable.h"

char *
pursuit_editable_dup_trimmed (GtkEditable *editable)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  /* A field of spaces is an empty field: saving it would store a blank
   * that looks unset but is not. */
  text = g_strstrip (g_strdup (gtk_editable_get_text (editable)));
  if (*text == '\0')
    return NULL;

  return g_steal_pointer (&text);
}
