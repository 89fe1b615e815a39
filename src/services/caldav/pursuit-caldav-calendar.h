/* pursuit-caldav-calendar.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-calendar-backend.h"
#include "pursuit-http.h"

G_BEGIN_DECLS

/**
 * PursuitCaldavError:
 * @PURSUIT_CALDAV_ERROR_NOT_CALDAV: the server is not a CalDAV server (no
 *   principal, no calendar home)
 * @PURSUIT_CALDAV_ERROR_NO_CALENDAR: no calendar that takes events
 * @PURSUIT_CALDAV_ERROR_INVALID_RESPONSE: a multistatus or iCalendar body
 *   that does not parse
 */
typedef enum
{
  PURSUIT_CALDAV_ERROR_NOT_CALDAV,
  PURSUIT_CALDAV_ERROR_NO_CALENDAR,
  PURSUIT_CALDAV_ERROR_INVALID_RESPONSE,
} PursuitCaldavError;

#define PURSUIT_CALDAV_ERROR (pursuit_caldav_error_quark ())
GQuark pursuit_caldav_error_quark (void);

#define PURSUIT_TYPE_CALDAV_CALENDAR (pursuit_caldav_calendar_get_type ())

/* CalDAV (RFC 4791) as a PursuitCalendarBackend: discovery through
 * /.well-known/caldav, current-user-principal and calendar-home-set;
 * events as VCALENDAR/VEVENT with VALARMs through libical, PUT with
 * If-None-Match: * or If-Match, DELETE with If-Match; changes through
 * sync-collection (RFC 6578), or by comparing getctag/getetag where the
 * server has no sync-collection. Service label "caldav:<server host>". */
G_DECLARE_FINAL_TYPE (PursuitCaldavCalendar, pursuit_caldav_calendar, PURSUIT, CALDAV_CALENDAR, GObject)

/* @authorizer: a PursuitBasicAuth; @calendar_url may be NULL until chosen. */
PursuitCaldavCalendar *pursuit_caldav_calendar_new          (PursuitHttp       *http,
                                                             const char        *server_url,
                                                             PursuitAuthorizer *authorizer,
                                                             const char        *calendar_url);
/* The iCalendar object of @event (CRLF, folded, with VALARMs and
 * VTIMEZONE), and back. */
char                  *pursuit_caldav_calendar_event_to_ical   (PursuitCalendarEvent *event);
PursuitRemoteChange   *pursuit_caldav_calendar_change_from_ical (const char          *href,
                                                                 const char          *ical,
                                                                 const char          *etag,
                                                                 GError             **error);

G_END_DECLS
