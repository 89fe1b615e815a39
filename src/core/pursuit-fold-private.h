/* pursuit-fold-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @c folded for matching phrases written in plain ASCII: lower
 * case, accents dropped ("é" is "e"), typographic quotes and dashes as
 * their ASCII forms, "ß" as "ss", "æ" and "œ" spelt out. Mail rules and
 * job requirements both look for their cues in text folded so. */
void _pursuit_fold_append_char (GString  *out,
                                gunichar  c);

G_END_DECLS
