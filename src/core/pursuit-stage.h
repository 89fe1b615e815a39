/* pursuit-stage.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_STAGE (pursuit_stage_get_type ())

/* A pipeline column: a stable key, its user-visible label, its category in the state machine, position and colour. */
G_DECLARE_FINAL_TYPE (PursuitStage, pursuit_stage, PURSUIT, STAGE, GObject)

PursuitStage *pursuit_stage_new (void);

const char *pursuit_stage_get_key (PursuitStage *self);
void pursuit_stage_set_key (PursuitStage *self, const char *key);
const char *pursuit_stage_get_label (PursuitStage *self);
void pursuit_stage_set_label (PursuitStage *self, const char *label);
/* category: the built-in stage whose transition rules apply */
const char *pursuit_stage_get_category (PursuitStage *self);
void pursuit_stage_set_category (PursuitStage *self, const char *category);
int pursuit_stage_get_position (PursuitStage *self);
void pursuit_stage_set_position (PursuitStage *self, int position);
/* color: "#rrggbb" */
const char *pursuit_stage_get_color (PursuitStage *self);
void pursuit_stage_set_color (PursuitStage *self, const char *color);

G_END_DECLS
