/* pursuit-google-calendar.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-calendar-backend.h"
#include "pursuit-google-auth.h"
#include "pursuit-http.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_GOOGLE_CALENDAR (pursuit_google_calendar_get_type ())

/* Google Calendar API v3 as a PursuitCalendarBackend: calendarList.list,
 * events insert (client-chosen id from the event's uid; 409 duplicate
 * means a lost response: patch instead), patch with If-Match, delete,
 * list with syncToken (410 fullSyncRequired: full listing with
 * showDeleted=true). Service label "google". */
G_DECLARE_FINAL_TYPE (PursuitGoogleCalendar, pursuit_google_calendar, PURSUIT, GOOGLE_CALENDAR, GObject)

/* @calendar_id may be NULL until chosen (only list_calendars works then). */
PursuitGoogleCalendar *pursuit_google_calendar_new         (PursuitHttp       *http,
                                                            PursuitGoogleAuth *auth,
                                                            const char        *calendar_id);
/* "pursuit" + the first 40 hex digits of SHA-256 of @uid: the base32hex
 * alphabet Google allows (a-v, 0-9), always the same for one uid. */
char                  *pursuit_google_calendar_event_id_for_uid (const char *uid);
/* The Event JSON for insert and patch (discovery schema "Event"). */
JsonNode              *pursuit_google_calendar_event_to_json    (PursuitCalendarEvent *event,
                                                                 const char           *event_id);
/* An Event JSON object as a change; NULL with @error when it is not one. */
PursuitRemoteChange   *pursuit_google_calendar_change_from_json (JsonObject           *event,
                                                                 GError              **error);

G_END_DECLS
