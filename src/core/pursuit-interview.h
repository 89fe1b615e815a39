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
/* interviewer-email: NULL when unknown */
const char *pursuit_interview_get_interviewer_email (PursuitInterview *self);
void pursuit_interview_set_interviewer_email (PursuitInterview *self, const char *interviewer_email);
/* status: "scheduled" (default), "cancelled" or "done" */
const char *pursuit_interview_get_status (PursuitInterview *self);
void pursuit_interview_set_status (PursuitInterview *self, const char *status);
/* reminder-minutes: minutes before the start, comma-separated, largest
 * first: "1440,60,15" by default; "" for no reminders */
const char *pursuit_interview_get_reminder_minutes (PursuitInterview *self);
void pursuit_interview_set_reminder_minutes (PursuitInterview *self, const char *reminder_minutes);
/* uid: the iCalendar UID, chosen by the store on insert when NULL
 * ("<random>@pursuit.invalid"), kept from an imported invitation */
const char *pursuit_interview_get_uid (PursuitInterview *self);
void pursuit_interview_set_uid (PursuitInterview *self, const char *uid);
gint64 pursuit_interview_get_updated_at (PursuitInterview *self);
void pursuit_interview_set_updated_at (PursuitInterview *self, gint64 updated_at);
gint64 pursuit_interview_get_created_at (PursuitInterview *self);
void pursuit_interview_set_created_at (PursuitInterview *self, gint64 created_at);

PursuitInterview *pursuit_interview_copy (PursuitInterview *self);
gint64 pursuit_interview_get_ends_at (PursuitInterview *self);
/* The parsed reminder-minutes, largest first; invalid parts are skipped. */
GArray *pursuit_interview_dup_reminder_offsets (PursuitInterview *self);
/* Checks a reminder-minutes string: non-negative integers up to 40320
 * (four weeks), comma-separated; "" is valid. */
gboolean pursuit_interview_reminder_minutes_valid (const char *reminder_minutes);

#define PURSUIT_INTERVIEW_DEFAULT_REMINDERS "1440,60,15"

/* "Technical interview" for "technical": what the calendar and the
 * reminders call an interview of @kind. */
const char *pursuit_interview_kind_get_name (const char *kind);

G_END_DECLS
