/* pursuit-notifier-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-notifier.h"

G_BEGIN_DECLS

/* Shared by pursuit-notifier.c and pursuit-notifier-text.c. */

/* The title and body (NULL when there is none) of @reminder's
 * notification, as of @now. */
void  _pursuit_notifier_build_text       (PursuitReminder  *reminder,
                                          gint64            now,
                                          GTimeZone        *time_zone,
                                          gboolean          twelve_hour,
                                          char            **title,
                                          char            **body);
/* "Snooze 1 Hour", "Snooze 15 Minutes". */
char *_pursuit_notifier_dup_snooze_label (int               minutes);

G_END_DECLS
