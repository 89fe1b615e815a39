/* pursuit-calendar-event.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CALENDAR_EVENT (pursuit_calendar_event_get_type ())

/* What an interview (or a follow-up) looks like as an event in someone
 * else's calendar, whatever the protocol: Google's JSON and CalDAV's
 * iCalendar are both written from this. */
G_DECLARE_FINAL_TYPE (PursuitCalendarEvent, pursuit_calendar_event, PURSUIT, CALENDAR_EVENT, GObject)

PursuitCalendarEvent *pursuit_calendar_event_new (void);

/* "Interview: {title} at {company}" (translatable), times, the location or
 * the video link, a description with the job's details (stage, link of the
 * posting, interviewer, notes), reminders from the interview's
 * reminder-minutes (at most 5, largest first), the interviewer as attendee
 * only when @invite_interviewer and an email is known. NULL with @error set
 * when the interview or its job is not in @store. */
PursuitCalendarEvent *pursuit_calendar_event_new_for_interview (PursuitStore     *store,
                                                                gint64            interview_id,
                                                                gboolean          invite_interviewer,
                                                                GError          **error);
/* "Follow up: {title} at {company}", all day on the due date. */
PursuitCalendarEvent *pursuit_calendar_event_new_for_follow_up (PursuitStore     *store,
                                                                gint64            follow_up_id,
                                                                GError          **error);

/* uid: the iCalendar UID (the interview's uid; "follow-up-<id>-<random>@pursuit.invalid") */
const char *pursuit_calendar_event_get_uid (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_uid (PursuitCalendarEvent *self, const char *uid);
const char *pursuit_calendar_event_get_summary (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_summary (PursuitCalendarEvent *self, const char *summary);
const char *pursuit_calendar_event_get_description (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_description (PursuitCalendarEvent *self, const char *description);
const char *pursuit_calendar_event_get_location (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_location (PursuitCalendarEvent *self, const char *location);
/* starts-at, ends-at: unix time; for all-day events, local midnight of the
 * first day and of the day after the last */
gint64 pursuit_calendar_event_get_starts_at (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_starts_at (PursuitCalendarEvent *self, gint64 starts_at);
gint64 pursuit_calendar_event_get_ends_at (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_ends_at (PursuitCalendarEvent *self, gint64 ends_at);
gboolean pursuit_calendar_event_get_all_day (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_all_day (PursuitCalendarEvent *self, gboolean all_day);
/* time-zone: an IANA name ("Europe/Berlin"), the local zone by default;
 * "UTC" when the local zone has no IANA name */
const char *pursuit_calendar_event_get_time_zone (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_time_zone (PursuitCalendarEvent *self, const char *time_zone);
/* reminder-minutes: "1440,60,15", as PursuitInterview's; "" for none */
const char *pursuit_calendar_event_get_reminder_minutes (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_reminder_minutes (PursuitCalendarEvent *self, const char *reminder_minutes);
/* The parsed reminder-minutes, largest first, at most 5. */
GArray *pursuit_calendar_event_dup_reminder_offsets (PursuitCalendarEvent *self);
/* attendee-email, attendee-name: NULL unless the interviewer is invited */
const char *pursuit_calendar_event_get_attendee_email (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_attendee_email (PursuitCalendarEvent *self, const char *attendee_email);
const char *pursuit_calendar_event_get_attendee_name (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_attendee_name (PursuitCalendarEvent *self, const char *attendee_name);
/* url: the job's posting, NULL when unknown */
const char *pursuit_calendar_event_get_url (PursuitCalendarEvent *self);
void pursuit_calendar_event_set_url (PursuitCalendarEvent *self, const char *url);

G_END_DECLS
