/* pursuit-job-card.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-job.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_JOB_CARD (pursuit_job_card_get_type ())

G_DECLARE_FINAL_TYPE (PursuitJobCard, pursuit_job_card, PURSUIT, JOB_CARD, GtkWidget)

/**
 * PursuitTextRange:
 * @start: the byte offset of the first byte
 * @end: the byte offset just after the last byte
 *
 * A part of a UTF-8 string.
 */
typedef struct
{
  guint start;
  guint end;
} PursuitTextRange;

GtkWidget  *pursuit_job_card_new              (void);
PursuitJob *pursuit_job_card_get_job          (PursuitJobCard *self);
void        pursuit_job_card_set_job          (PursuitJobCard *self,
                                               PursuitJob     *job);
void        pursuit_job_card_set_highlight    (PursuitJobCard *self,
                                               const char     *query);
const char *pursuit_job_card_get_highlight    (PursuitJobCard *self);

char       *pursuit_job_card_format_salary    (gint64          salary_min,
                                               gint64          salary_max,
                                               const char     *currency,
                                               const char     *period);
char       *pursuit_job_card_format_match_score (int          score);
char       *pursuit_job_card_format_days_in_stage (gint64     since,
                                                   GDateTime *now);
char       *pursuit_job_card_format_next_due  (gint64          at,
                                               const char     *kind,
                                               GDateTime      *now,
                                               int            *days);
GArray     *pursuit_job_card_find_highlights  (const char     *text,
                                               const char     *query);

G_END_DECLS
