/* pursuit-stage-dot.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-stage-dot"

#include "config.h"

#include "pursuit-stage-dot-private.h"

/* Adwaita's light grey: readable on light and dark backgrounds. */
#define NO_STAGE_COLOR "#9a9996"

void
_pursuit_stage_dot_get_color (PursuitStage *stage,
                              GdkRGBA      *color)
{
  g_return_if_fail (stage == NULL || PURSUIT_IS_STAGE (stage));
  g_return_if_fail (color != NULL);

  if (stage == NULL || pursuit_stage_get_color (stage) == NULL ||
      !gdk_rgba_parse (color, pursuit_stage_get_color (stage)))
    gdk_rgba_parse (color, NO_STAGE_COLOR);
}

void
_pursuit_stage_dot_draw (GtkDrawingArea *area,
                         cairo_t        *cr,
                         int             width,
                         int             height,
                         gpointer        color)
{
  gdk_cairo_set_source_rgba (cr, color);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}
