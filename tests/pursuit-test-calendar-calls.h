/* pursuit-test-calendar-calls.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-calendar-backend.h"
#include "pursuit-sync-engine.h"

G_BEGIN_DECLS

/* An event with every field set (quotes and a semicolon in the location,
 * a link, three reminders), 45 minutes from @starts_at in Europe/Berlin:
 * what the CalDAV tests write and read back. */
PursuitCalendarEvent *make_calendar_event (const char *uid,
                                           gint64      starts_at);

/* The calls of a PursuitCalendarBackend (@backend: any implementation)
 * and of the sync engine made one at a time, spinning the thread-default
 * main context until they finish, for the tests of the backends against
 * their servers and of the engine over them. */
gboolean             backend_put_event    (gpointer               backend,
                                           PursuitCalendarEvent  *event,
                                           const char            *remote_id,
                                           const char            *etag,
                                           char                 **out_remote_id,
                                           char                 **out_etag,
                                           GError               **error);
gboolean             backend_delete_event (gpointer               backend,
                                           const char            *remote_id,
                                           const char            *etag,
                                           GError               **error);
GPtrArray           *backend_pull_changes (gpointer               backend,
                                           const char            *sync_token,
                                           char                 **out_sync_token,
                                           GError               **error);

/* A sync run of @account_id (0: every account) on @engine; asserts that
 * it gave a report. */
PursuitSyncReport   *sync_engine_run      (PursuitSyncEngine     *engine,
                                           gint64                 account_id);

/* The change to @remote_id among @changes (from backend_pull_changes()),
 * or NULL. */
PursuitRemoteChange *find_remote_change   (GPtrArray             *changes,
                                           const char            *remote_id);

G_END_DECLS
