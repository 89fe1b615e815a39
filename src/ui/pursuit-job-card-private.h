/* pursuit-job-card-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-job-card.h"

G_BEGIN_DECLS

/* gettext() looks its message up at every call (the environment, a lock,
 * the catalogue): a dozen times for each card bound, thousands at every
 * search on a big board. The language does not change while Pursuit
 * runs, so each message is looked up once. Not for printf formats, which
 * the compiler checks only as gettext()'s literal argument. */
#define ONCE(translated) \
  (G_GNUC_EXTENSION ({ static const char *once_; \
                       if (G_UNLIKELY (once_ == NULL)) \
                         once_ = (translated); \
                       once_; }))

const char *_pursuit_job_card_get_accessible_label (PursuitJobCard *self);
void        _pursuit_job_card_get_heights          (PursuitJobCard *self,
                                                    int             width,
                                                    int            *measured,
                                                    int            *drawn);

/* pursuit-job-card-text.c */
GDateTime  *_pursuit_job_card_now_local            (void);
char       *_pursuit_job_card_describe_date        (PursuitJob     *job,
                                                    gboolean       *urgent);
int         _pursuit_job_card_days_in_stage        (gint64          since,
                                                    GDateTime      *now);
char       *_pursuit_job_card_format_stage_days    (int             days);
char       *_pursuit_job_card_describe_stage_days  (int             days);

/* pursuit-job-card-highlight.c */
GPtrArray  *_pursuit_job_card_parse_query          (const char     *query);
GArray     *_pursuit_job_card_find_ranges          (const char     *text,
                                                    GPtrArray      *terms);

G_END_DECLS
