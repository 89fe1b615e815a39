/* pursuit-follow-up-sequence.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What starts a sequence. */
#define PURSUIT_SEQUENCE_TRIGGER_APPLIED   "applied"
#define PURSUIT_SEQUENCE_TRIGGER_INTERVIEW "interview"

/* Built-in sequence keys. */
#define PURSUIT_SEQUENCE_AFTER_APPLIED   "after_applied"    /* days 3, 7, 14 */
#define PURSUIT_SEQUENCE_AFTER_INTERVIEW "after_interview"  /* day 1: thank-you */
#define PURSUIT_SEQUENCE_AGGRESSIVE      "aggressive"       /* days 2, 5, 10 */
#define PURSUIT_SEQUENCE_PASSIVE         "passive"          /* days 7, 21 */

#define PURSUIT_TYPE_FOLLOW_UP_SEQUENCE (pursuit_follow_up_sequence_get_type ())

/* A named list of follow-up steps, each a number of days after the trigger
 * (applying, or the end of an interview) with a message template. */
G_DECLARE_FINAL_TYPE (PursuitFollowUpSequence, pursuit_follow_up_sequence, PURSUIT, FOLLOW_UP_SEQUENCE, GObject)

PursuitFollowUpSequence *pursuit_follow_up_sequence_new  (const char *key,
                                                          const char *name,
                                                          const char *trigger);
PursuitFollowUpSequence *pursuit_follow_up_sequence_copy (PursuitFollowUpSequence *self);

/* key: [a-z0-9_]+, unique; built-ins use the names above */
const char *pursuit_follow_up_sequence_get_key      (PursuitFollowUpSequence *self);
const char *pursuit_follow_up_sequence_get_name     (PursuitFollowUpSequence *self);
void        pursuit_follow_up_sequence_set_name     (PursuitFollowUpSequence *self,
                                                     const char              *name);
const char *pursuit_follow_up_sequence_get_trigger  (PursuitFollowUpSequence *self);
void        pursuit_follow_up_sequence_set_trigger  (PursuitFollowUpSequence *self,
                                                     const char              *trigger);
gboolean    pursuit_follow_up_sequence_get_builtin  (PursuitFollowUpSequence *self);
void        pursuit_follow_up_sequence_set_builtin  (PursuitFollowUpSequence *self,
                                                     gboolean                 builtin);
/* Whether new jobs get this sequence for its trigger; one per trigger. */
gboolean    pursuit_follow_up_sequence_get_active   (PursuitFollowUpSequence *self);
void        pursuit_follow_up_sequence_set_active   (PursuitFollowUpSequence *self,
                                                     gboolean                 active);

guint       pursuit_follow_up_sequence_get_n_steps  (PursuitFollowUpSequence *self);
/* Days after the trigger, 0..365, increasing from step to step. */
int         pursuit_follow_up_sequence_get_step_days     (PursuitFollowUpSequence *self,
                                                          guint                    index);
const char *pursuit_follow_up_sequence_get_step_template (PursuitFollowUpSequence *self,
                                                          guint                    index);
void        pursuit_follow_up_sequence_add_step     (PursuitFollowUpSequence *self,
                                                     int                      days,
                                                     const char              *template_);
void        pursuit_follow_up_sequence_clear_steps  (PursuitFollowUpSequence *self);

G_END_DECLS
