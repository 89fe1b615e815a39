/* pursuit-caldav-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-calendar-backend-private.h"
#include "pursuit-caldav-calendar.h"
#include "pursuit-caldav-xml.h"

G_BEGIN_DECLS

/* The largest calendar object read (1 MiB): an interview is a few KiB. */
#define PURSUIT_CALDAV_MAX_OBJECT_SIZE ((gsize) 1024 * 1024)

/* One step of a chain of requests: called with the task (borrowed) and a
 * response whose status is 2xx or one the request accepted. */
typedef void (*PursuitCaldavStep) (GTask               *task,
                                   PursuitHttpResponse *response);

PursuitHttpRequest *_pursuit_caldav_calendar_new_request (PursuitCaldavCalendar *self,
                                                          const char            *method,
                                                          const char            *uri,
                                                          const char            *depth,
                                                          const char            *xml_body);
/* Sends @request for @task (whose source object is the calendar); errors
 * end the task, responses go to @next. */
void                _pursuit_caldav_send                 (GTask                 *task,
                                                          PursuitHttpRequest    *request,
                                                          PursuitCaldavStep      next);
/* The multistatus of @response, or NULL after ending @task with the
 * error. */
PursuitDavMultistatus *_pursuit_caldav_parse_or_return   (GTask                 *task,
                                                          PursuitHttpResponse   *response,
                                                          const char            *uri);
const char         *_pursuit_caldav_calendar_get_server_url (PursuitCaldavCalendar *self);
const char         *_pursuit_caldav_calendar_get_service_name (PursuitCaldavCalendar *self);
/* The chosen calendar collection (ending in '/'), NULL before. */
const char         *_pursuit_caldav_calendar_get_calendar_url (PursuitCaldavCalendar *self);
/* FALSE after ending @task with NO_CALENDAR when none is chosen. */
gboolean            _pursuit_caldav_ensure_calendar      (GTask                 *task);

/* Pulling changes (the backend's pull_changes; the interface's default
 * finishes it). */
void                _pursuit_caldav_calendar_pull_changes_async  (PursuitCalendarBackend *backend,
                                                                  const char             *sync_token,
                                                                  GCancellable           *cancellable,
                                                                  GAsyncReadyCallback     callback,
                                                                  gpointer                user_data);

/* Discovery: current-user-principal, calendar-home-set, the calendars. */
void                _pursuit_caldav_discover_async       (PursuitCaldavCalendar *self,
                                                          GCancellable          *cancellable,
                                                          GAsyncReadyCallback    callback,
                                                          gpointer               user_data);
GPtrArray          *_pursuit_caldav_discover_finish      (PursuitCaldavCalendar *self,
                                                          GAsyncResult          *result,
                                                          GError               **error);

/* "<uid>.ics" with only characters every server keeps as they are. */
char               *_pursuit_caldav_file_name            (const char            *uid);

G_END_DECLS
