/* pursuit-follow-up.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_FOLLOW_UP (pursuit_follow_up_get_type ())

/* A follow-up the user should send, due at a given time. */
G_DECLARE_FINAL_TYPE (PursuitFollowUp, pursuit_follow_up, PURSUIT, FOLLOW_UP, GObject)

PursuitFollowUp *pursuit_follow_up_new (void);

gint64 pursuit_follow_up_get_id (PursuitFollowUp *self);
void pursuit_follow_up_set_id (PursuitFollowUp *self, gint64 id);
gint64 pursuit_follow_up_get_job_id (PursuitFollowUp *self);
void pursuit_follow_up_set_job_id (PursuitFollowUp *self, gint64 job_id);
/* sequence: "after_applied", "after_interview", ... */
const char *pursuit_follow_up_get_sequence (PursuitFollowUp *self);
void pursuit_follow_up_set_sequence (PursuitFollowUp *self, const char *sequence);
int pursuit_follow_up_get_step (PursuitFollowUp *self);
void pursuit_follow_up_set_step (PursuitFollowUp *self, int step);
/* due-at: unix time */
gint64 pursuit_follow_up_get_due_at (PursuitFollowUp *self);
void pursuit_follow_up_set_due_at (PursuitFollowUp *self, gint64 due_at);
/* status: "pending", "done", "sent", "skipped" or "cancelled" */
const char *pursuit_follow_up_get_status (PursuitFollowUp *self);
void pursuit_follow_up_set_status (PursuitFollowUp *self, const char *status);
/* template: the message text with {placeholders}, from the sequence step;
 * NULL when the step has none */
const char *pursuit_follow_up_get_template (PursuitFollowUp *self);
void pursuit_follow_up_set_template (PursuitFollowUp *self, const char *template_);
/* completed-at: when it became done, sent or skipped; 0 while pending */
gint64 pursuit_follow_up_get_completed_at (PursuitFollowUp *self);
void pursuit_follow_up_set_completed_at (PursuitFollowUp *self, gint64 completed_at);
/* interview-id: the interview a thank-you follow-up belongs to; 0 for none */
gint64 pursuit_follow_up_get_interview_id (PursuitFollowUp *self);
void pursuit_follow_up_set_interview_id (PursuitFollowUp *self, gint64 interview_id);
gint64 pursuit_follow_up_get_created_at (PursuitFollowUp *self);
void pursuit_follow_up_set_created_at (PursuitFollowUp *self, gint64 created_at);

PursuitFollowUp *pursuit_follow_up_copy (PursuitFollowUp *self);

G_END_DECLS
