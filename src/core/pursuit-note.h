/* pursuit-note.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_NOTE (pursuit_note_get_type ())

/* A note or reminder attached to a job. */
G_DECLARE_FINAL_TYPE (PursuitNote, pursuit_note, PURSUIT, NOTE, GObject)

PursuitNote *pursuit_note_new (void);

gint64 pursuit_note_get_id (PursuitNote *self);
void pursuit_note_set_id (PursuitNote *self, gint64 id);
gint64 pursuit_note_get_job_id (PursuitNote *self);
void pursuit_note_set_job_id (PursuitNote *self, gint64 job_id);
/* kind: "note" or "reminder" */
const char *pursuit_note_get_kind (PursuitNote *self);
void pursuit_note_set_kind (PursuitNote *self, const char *kind);
const char *pursuit_note_get_body (PursuitNote *self);
void pursuit_note_set_body (PursuitNote *self, const char *body);
/* tags: comma-separated */
const char *pursuit_note_get_tags (PursuitNote *self);
void pursuit_note_set_tags (PursuitNote *self, const char *tags);
/* priority: 0 (none) to 3 (high) */
int pursuit_note_get_priority (PursuitNote *self);
void pursuit_note_set_priority (PursuitNote *self, int priority);
/* due-at: unix time, 0 when none */
gint64 pursuit_note_get_due_at (PursuitNote *self);
void pursuit_note_set_due_at (PursuitNote *self, gint64 due_at);
gboolean pursuit_note_get_done (PursuitNote *self);
void pursuit_note_set_done (PursuitNote *self, gboolean done);
gint64 pursuit_note_get_created_at (PursuitNote *self);
void pursuit_note_set_created_at (PursuitNote *self, gint64 created_at);

G_END_DECLS
