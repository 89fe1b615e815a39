/* pursuit-theme.h: colours from the style, and the bands of a score
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How good a match or practice score (0 to 100) is. The board's score
 * pill, the match gauge, the Recommended page and the practice report
 * colour a score by the same bands, so the same number never reads as
 * good in one place and poor in another. */
typedef enum {
  PURSUIT_SCORE_BAND_LOW,
  PURSUIT_SCORE_BAND_MID,
  PURSUIT_SCORE_BAND_HIGH,
} PursuitScoreBand;

PursuitScoreBand pursuit_score_band                (int            score);
/* libadwaita's named colour for @score's band: "success_color", ... */
const char      *pursuit_score_band_color_name     (int            score);

GdkRGBA          pursuit_theme_lookup_color        (GtkWidget     *widget,
                                                    const char    *name,
                                                    const GdkRGBA *fallback);

G_END_DECLS
