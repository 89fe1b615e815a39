/* pursuit-job-card-highlight.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

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

GArray *pursuit_job_card_find_highlights (const char *text,
                                          const char *query);

G_END_DECLS
