/* pursuit-match-gauge.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_MATCH_GAUGE (pursuit_match_gauge_get_type ())

G_DECLARE_FINAL_TYPE (PursuitMatchGauge, pursuit_match_gauge, PURSUIT, MATCH_GAUGE, GtkWidget)

GtkWidget  *pursuit_match_gauge_new            (void);
int         pursuit_match_gauge_get_score      (PursuitMatchGauge *self);
void        pursuit_match_gauge_set_score      (PursuitMatchGauge *self,
                                                int                score);
/* What a screen reader says: "72 of 100", or "No score". */
const char *pursuit_match_gauge_get_value_text (PursuitMatchGauge *self);

G_END_DECLS
