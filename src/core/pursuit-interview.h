/* pursuit-interview.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_INTERVIEW (pursuit_interview_get_type ())

/* An interview of a job application. */
G_DECLARE_FINAL_TYPE (PursuitInterview, pursuit_interview, PURSUIT, INTERVIEW, GObject)

PursuitInterview *pursuit_interview_new (void);

gint64 pursuit_interview_get_id (PursuitInterview *self);
void pursuit_interview_set_id (PursuitInterview *self, gint64 id);
gint64 pursuit_interview_get_job_id (PursuitInterview *self);
void pursuit_interview_set_job_id (PursuitInterview *self, gint64 job_id);
/* kind: "phone", "video", "onsite", "technical", ... */
const char *pursuit_interview_get_kind (PursuitInterview *self);
void pursuit_interview_set_kind (PursuitInterview *self, const char *kind);
/* starts-at: unix time */
gint64 pursuit_interview_get_starts_at (PursuitInterview *self);
void pursuit_interview_set_starts_at (PursuitInterview *self, gint64 starts_at);
int pursuit_interview_get_duration_minutes (PursuitInterview *self);
void pursuit_interview_set_duration_minutes (PursuitInterview *self, int duration_minutes);
/* location: address or meeting link */
const char *pursuit_interview_get_location (PursuitInterview *self);
void pursuit_interview_set_location (PursuitInterview *self, const char *location);
const char *pursuit_interview_get_interviewer (PursuitInterview *self);
void pursuit_interview_set_interviewer (PursuitInterview *self, const char *interviewer);
const char *pursuit_interview_get_notes (PursuitInterview *self);
void pursuit_interview_set_notes (PursuitInterview *self, const char *notes);
gint64 pursuit_interview_get_created_at (PursuitInterview *self);
void pursuit_interview_set_created_at (PursuitInterview *self, gint64 created_at);

G_END_DECLS
