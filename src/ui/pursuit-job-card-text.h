/* pursuit-job-card-text.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *pursuit_job_card_format_salary        (gint64      salary_min,
                                             gint64      salary_max,
                                             const char *currency,
                                             const char *period);
char *pursuit_job_card_format_match_score   (int         score);
char *pursuit_job_card_format_days_in_stage (gint64      since,
                                             GDateTime  *now);
char *pursuit_job_card_format_next_due      (gint64      at,
                                             const char *kind,
                                             GDateTime  *now,
                                             int        *days);

/* For stage names in menus, where "_" marks a mnemonic. */
char *pursuit_escape_mnemonic              (const char *text);

G_END_DECLS
