/* pursuit-job-card-metrics.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

/* For pursuit-job-card.c only: what measuring cards needs of their font,
 * shared by the cards with the same font. */

typedef enum {
  STYLE_TITLE,
  STYLE_BODY,
  STYLE_CAPTION,
  STYLE_CAPTION_BOLD,
  N_STYLES
} TextStyle;

typedef struct _CardMetrics CardMetrics;

CardMetrics   *_pursuit_card_metrics_acquire          (PangoContext *context);
void           _pursuit_card_metrics_release          (CardMetrics  *metrics);
void           _pursuit_card_metrics_forget_all       (void);
PangoAttrList *_pursuit_card_metrics_style_attributes (TextStyle     style);
int            _pursuit_card_metrics_line_height      (CardMetrics  *metrics,
                                                       TextStyle     style);
gboolean       _pursuit_card_metrics_is_plain_text    (CardMetrics  *metrics,
                                                       TextStyle     style,
                                                       const char   *text);
int            _pursuit_card_metrics_title_height     (CardMetrics  *metrics,
                                                       const char   *title,
                                                       int           width);
int            _pursuit_card_metrics_score_width      (CardMetrics  *metrics,
                                                       int           score,
                                                       const char   *text);

G_END_DECLS
