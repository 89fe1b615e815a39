/* pursuit-theme.c: colours from the style, and the bands of a score
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-theme"

#include "config.h"

#include "pursuit-theme.h"

PursuitScoreBand
pursuit_score_band (int score)
{
  if (score >= 70)
    return PURSUIT_SCORE_BAND_HIGH;
  if (score >= 40)
    return PURSUIT_SCORE_BAND_MID;
  return PURSUIT_SCORE_BAND_LOW;
}

const char *
pursuit_score_band_color_name (int score)
{
  static const char * const names[] = {
    [PURSUIT_SCORE_BAND_LOW] = "error_color",
    [PURSUIT_SCORE_BAND_MID] = "warning_color",
    [PURSUIT_SCORE_BAND_HIGH] = "success_color",
  };

  return names[pursuit_score_band (score)];
}

/* @fallback when the style does not name @name (another theme, or none
 * loaded in a test). */
GdkRGBA
pursuit_theme_lookup_color (GtkWidget     *widget,
                            const char    *name,
                            const GdkRGBA *fallback)
{
  GdkRGBA color;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), *fallback);

  /* libadwaita's named colours; GTK 4.10 replaces this API. */
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color))
    return *fallback;

  return color;
}
