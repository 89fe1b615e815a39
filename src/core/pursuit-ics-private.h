/* pursuit-ics-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical/ical.h>

#include "pursuit-ics.h"

G_BEGIN_DECLS

/* Our own properties, so that an exported interview comes back as it was. */
#define PURSUIT_ICS_X_KIND        "X-PURSUIT-KIND"
#define PURSUIT_ICS_X_INTERVIEWER "X-PURSUIT-INTERVIEWER"
#define PURSUIT_ICS_X_EMAIL       "X-PURSUIT-INTERVIEWER-EMAIL"
#define PURSUIT_ICS_X_NOTES       "X-PURSUIT-NOTES"
#define PURSUIT_ICS_X_REMINDERS   "X-PURSUIT-REMINDERS"
/* Marks an exported follow-up, which is no interview to import. */
#define PURSUIT_ICS_X_ITEM        "X-PURSUIT-ITEM"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

/* Makes libical report errors instead of aborting; call before using it. */
void                _pursuit_ics_ensure_libical (void);
/* @unix_time as a UTC DATE-TIME (shared with the CalDAV objects). */
struct icaltimetype _pursuit_ics_utc_time       (gint64 unix_time);
/* The wall-clock time (or the day, @is_date) in @zone of @unix_time,
 * @add_days later, without a zone of its own: the caller adds TZID or
 * VALUE=DATE. FALSE outside the years 1 to 9999. */
gboolean            _pursuit_ics_wall_time      (gint64               unix_time,
                                                 GTimeZone           *zone,
                                                 int                  add_days,
                                                 gboolean             is_date,
                                                 struct icaltimetype *out);
/* Adds @text as the property @new_property makes, unless it is empty. */
void                _pursuit_ics_add_text       (icalcomponent       *component,
                                                 icalproperty        *(*new_property) (const char *),
                                                 const char          *text);

G_END_DECLS
