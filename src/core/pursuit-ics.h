/* pursuit-ics.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store.h"

G_BEGIN_DECLS

typedef enum
{
  PURSUIT_ICS_ERROR_INVALID,     /* not iCalendar, or broken beyond use */
  PURSUIT_ICS_ERROR_NO_EVENTS,   /* valid, but no VEVENT with a start */
  PURSUIT_ICS_ERROR_TOO_LARGE,   /* over PURSUIT_ICS_MAX_BYTES */
} PursuitIcsError;

#define PURSUIT_ICS_ERROR (pursuit_ics_error_quark ())
GQuark pursuit_ics_error_quark (void);

#define PURSUIT_ICS_MAX_BYTES (4 * 1024 * 1024)

/* An RFC 5545 VCALENDAR (through libical) with a VEVENT per scheduled
 * interview (UID kept, DTSTART/DTEND in UTC, LOCATION, DESCRIPTION with
 * interviewer and notes, a VALARM per reminder offset) and per pending
 * follow-up (one day, VALARM at its time); @job_id 0 = all jobs. */
char      *pursuit_ics_export           (PursuitStore *store,
                                         gint64        job_id,
                                         GError      **error);

/* Reads the VEVENTs of an invitation into unsaved PursuitInterviews
 * (job-id 0): start and duration (DTEND, else DURATION, else 60 minutes;
 * all-day events start at local 09:00), UID, LOCATION (or a video URL from
 * the description), ORGANIZER's CN and mailto as the interviewer, SUMMARY
 * and DESCRIPTION as notes, kind guessed from the summary ("phone",
 * "technical", "onsite", "final", ... else "other"). TZID with
 * VTIMEZONE, UTC and floating times (local) are understood; an unknown
 * TZID is read as local time. Cancelled events (STATUS:CANCELLED or
 * METHOD:CANCEL) are skipped. */
GPtrArray *pursuit_ics_parse_interviews (const char   *data,
                                         gsize         length,
                                         GError      **error);

/* Parses @data and adds its interviews to @job_id in one transaction; an
 * interview whose UID the job already has is updated instead. Returns
 * how many were saved, 0 with @error set on failure (nothing saved). A
 * cancellation of an interview the job has (by UID) cancels it. */
guint      pursuit_ics_import           (PursuitStore *store,
                                         gint64        job_id,
                                         const char   *data,
                                         gsize         length,
                                         GError      **error);

G_END_DECLS
