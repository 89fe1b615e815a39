/* pursuit-sequence-editor.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_SEQUENCE_EDITOR (pursuit_sequence_editor_get_type ())

G_DECLARE_FINAL_TYPE (PursuitSequenceEditor, pursuit_sequence_editor, PURSUIT, SEQUENCE_EDITOR, GtkBox)

GtkWidget               *pursuit_sequence_editor_new             (PursuitStore            *store,
                                                                  PursuitFollowUpSequence *sequence);
PursuitFollowUpSequence *pursuit_sequence_editor_get_sequence    (PursuitSequenceEditor   *self);
gboolean                 pursuit_sequence_editor_get_modified    (PursuitSequenceEditor   *self);
guint                    pursuit_sequence_editor_get_n_steps     (PursuitSequenceEditor   *self);
void                     pursuit_sequence_editor_add_step        (PursuitSequenceEditor   *self);
void                     pursuit_sequence_editor_remove_step     (PursuitSequenceEditor   *self,
                                                                  guint                    index);
void                     pursuit_sequence_editor_insert_placeholder (PursuitSequenceEditor *self,
                                                                  guint                    index,
                                                                  const char              *placeholder);
PursuitFollowUpSequence *pursuit_sequence_editor_build_sequence  (PursuitSequenceEditor   *self,
                                                                  GError                 **error);
gboolean                 pursuit_sequence_editor_save            (PursuitSequenceEditor   *self,
                                                                  GError                 **error);

G_END_DECLS
