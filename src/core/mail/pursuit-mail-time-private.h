/* pursuit-mail-time-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Shared by pursuit-mail-time.c and pursuit-mail-time-zones.c. */

/* Named groups of a match: whether one took part, its number, its text
 * in lower case ("" when it did not take part). */
gboolean   _pursuit_mail_time_group_matched (GMatchInfo *info,
                                             const char *name);
int        _pursuit_mail_time_group_int     (GMatchInfo *info,
                                             const char *name);
char      *_pursuit_mail_time_group_lower   (GMatchInfo *info,
                                             const char *name);

/* A zone named right after @position in @text, NULL for none. */
GTimeZone *_pursuit_mail_time_find_zone     (const char *text,
                                             gsize       position);

G_END_DECLS
