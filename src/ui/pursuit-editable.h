/* pursuit-editable.h: reading what the user typed into an entry
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The text of @editable (an entry or an AdwEntryRow) without surrounding
 * white space; NULL when nothing is left. */
char *pursuit_editable_dup_trimmed (GtkEditable *editable);

G_END_DECLS
