/* pursuit-calendar-backend.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-calendar-event.h"
#include "pursuit-remote-calendar.h"
#include "pursuit-remote-change.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_CALENDAR_BACKEND (pursuit_calendar_backend_get_type ())

/* One remote calendar protocol (Google Calendar, CalDAV) as the sync engine
 * sees it. Errors are PURSUIT_HTTP_ERROR, PURSUIT_GOOGLE_AUTH_ERROR or
 * PURSUIT_CALDAV_ERROR. */
G_DECLARE_INTERFACE (PursuitCalendarBackend, pursuit_calendar_backend, PURSUIT, CALENDAR_BACKEND, GObject)

/* The *_finish vfuncs have defaults that read what the task helpers of
 * pursuit-calendar-backend-private.h returned. */
struct _PursuitCalendarBackendInterface
{
  GTypeInterface parent_iface;

  void        (*list_calendars_async)  (PursuitCalendarBackend *self,
                                        GCancellable           *cancellable,
                                        GAsyncReadyCallback     callback,
                                        gpointer                user_data);
  GPtrArray * (*list_calendars_finish) (PursuitCalendarBackend *self,
                                        GAsyncResult           *result,
                                        GError                **error);
  void        (*put_event_async)       (PursuitCalendarBackend *self,
                                        PursuitCalendarEvent   *event,
                                        const char             *remote_id,
                                        const char             *etag,
                                        GCancellable           *cancellable,
                                        GAsyncReadyCallback     callback,
                                        gpointer                user_data);
  gboolean    (*put_event_finish)      (PursuitCalendarBackend *self,
                                        GAsyncResult           *result,
                                        char                  **out_remote_id,
                                        char                  **out_etag,
                                        GError                **error);
  void        (*delete_event_async)    (PursuitCalendarBackend *self,
                                        const char             *remote_id,
                                        const char             *etag,
                                        GCancellable           *cancellable,
                                        GAsyncReadyCallback     callback,
                                        gpointer                user_data);
  gboolean    (*delete_event_finish)   (PursuitCalendarBackend *self,
                                        GAsyncResult           *result,
                                        GError                **error);
  void        (*pull_changes_async)    (PursuitCalendarBackend *self,
                                        const char             *sync_token,
                                        GCancellable           *cancellable,
                                        GAsyncReadyCallback     callback,
                                        gpointer                user_data);
  GPtrArray * (*pull_changes_finish)   (PursuitCalendarBackend *self,
                                        GAsyncResult           *result,
                                        char                  **out_sync_token,
                                        GError                **error);
};

/* The account's writable calendars (of PursuitRemoteCalendar). */
void       pursuit_calendar_backend_list_calendars_async  (PursuitCalendarBackend *self,
                                                           GCancellable           *cancellable,
                                                           GAsyncReadyCallback     callback,
                                                           gpointer                user_data);
GPtrArray *pursuit_calendar_backend_list_calendars_finish (PursuitCalendarBackend *self,
                                                           GAsyncResult           *result,
                                                           GError                **error);

/* Creates (@remote_id NULL) or updates the event. A create is idempotent:
 * the remote id is derived from the event's uid (Google: a client-chosen
 * id; CalDAV: "<uid>.ics" with If-None-Match: *), and a create that finds
 * the event already there (a retry after a lost response) updates it
 * instead of failing. An update sends If-Match with @etag when given; a
 * 412 is PURSUIT_HTTP_ERROR_PRECONDITION_FAILED for the engine to pull
 * and retry. An update of an event deleted on the server creates it
 * again. Returns the remote id and the new etag (NULL when the server
 * gave none). */
void       pursuit_calendar_backend_put_event_async       (PursuitCalendarBackend *self,
                                                           PursuitCalendarEvent   *event,
                                                           const char             *remote_id,
                                                           const char             *etag,
                                                           GCancellable           *cancellable,
                                                           GAsyncReadyCallback     callback,
                                                           gpointer                user_data);
gboolean   pursuit_calendar_backend_put_event_finish      (PursuitCalendarBackend *self,
                                                           GAsyncResult           *result,
                                                           char                  **out_remote_id,
                                                           char                  **out_etag,
                                                           GError                **error);
/* Deletes the event; one already gone (404, 410) counts as deleted. */
void       pursuit_calendar_backend_delete_event_async    (PursuitCalendarBackend *self,
                                                           const char             *remote_id,
                                                           const char             *etag,
                                                           GCancellable           *cancellable,
                                                           GAsyncReadyCallback     callback,
                                                           gpointer                user_data);
gboolean   pursuit_calendar_backend_delete_event_finish   (PursuitCalendarBackend *self,
                                                           GAsyncResult           *result,
                                                           GError                **error);
/* What changed since @sync_token (of PursuitRemoteChange), following every
 * page; NULL @sync_token (or one the server no longer accepts: Google's
 * 410, CalDAV's valid-sync-token) means a full listing, done by the
 * backend itself. Deleted events are reported as such; events that are
 * simply absent from a full listing are not. Returns the token for next
 * time. */
void       pursuit_calendar_backend_pull_changes_async    (PursuitCalendarBackend *self,
                                                           const char             *sync_token,
                                                           GCancellable           *cancellable,
                                                           GAsyncReadyCallback     callback,
                                                           gpointer                user_data);
GPtrArray *pursuit_calendar_backend_pull_changes_finish   (PursuitCalendarBackend *self,
                                                           GAsyncResult           *result,
                                                           char                  **out_sync_token,
                                                           GError                **error);

G_END_DECLS
