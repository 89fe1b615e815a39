/* pursuit-mail-triage.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-mail-message.h"
#include "pursuit-mail-suggestion.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* What to propose for a classified and matched @message, NULL for
 * nothing (category other; or an unmatched message that is not a
 * confirmation). With a job: rejection → move to rejected; offer → move to
 * offer; interview with a time (pursuit_mail_find_interview_time) →
 * schedule-interview, without one → move to screening; assessment → move
 * to screening; confirmation of a saved job → move to applied. When the
 * job is already at or past that stage (or closed), record instead.
 * Without a job, a confirmation with a company → create-job in applied
 * (title from the message or "Application"). The suggestion carries the
 * message's category and confidence; the message's row id is set by the
 * store when both are saved. */
PursuitMailSuggestion *pursuit_mail_triage (PursuitStore       *store,
                                            PursuitMailMessage *message,
                                            GTimeZone          *tz);

/* The interview time an invitation proposes: from calendar-data
 * (pursuit_ics_parse_interviews: the first event) or else from the text,
 * a date with a time in the common forms of the four languages ("on
 * Tuesday, March 3 at 2:30 PM", "3 March 2027 at 14:00", "2027-03-03
 * 14:00", "am 3. März um 14 Uhr", "le 3 mars à 14h30", "el 3 de marzo a
 * las 14:30"), a weekday alone meaning the next one after received-at,
 * read in @tz unless a zone is named (UTC, GMT, CET, CEST, EST, PST, ...,
 * "+01:00"). Offers of several slots ("Would Tuesday or Wednesday work?")
 * are not one time: FALSE. @out_minutes: the duration (from the event or
 * "30-minute", "1 hour", "45 Minuten", ... else 60); @out_location: a
 * video link (Meet, Zoom, Teams) or the event's location, NULL if none. */
gboolean pursuit_mail_find_interview_time (PursuitMailMessage *message,
                                           GTimeZone          *tz,
                                           gint64             *out_starts_at,
                                           int                *out_minutes,
                                           char              **out_location);

G_END_DECLS
