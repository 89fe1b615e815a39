/* pursuit-stage-dot-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pursuit-stage.h"

G_BEGIN_DECLS

/* The coloured dot before a stage's name, the same on the board's
 * columns, the job page and the company page. */

/* @stage's colour, or a neutral grey when it has none (or no @stage). */
void _pursuit_stage_dot_get_color (PursuitStage  *stage,
                                   GdkRGBA       *color);
/* A GtkDrawingAreaDrawFunc: a disc of the GdkRGBA @color, which must
 * live as long as the drawing area. */
void _pursuit_stage_dot_draw      (GtkDrawingArea *area,
                                   cairo_t        *cr,
                                   int             width,
                                   int             height,
                                   gpointer        color);

G_END_DECLS
