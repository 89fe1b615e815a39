/* pursuit-remote-change.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_REMOTE_CHANGE (pursuit_remote_change_get_type ())

/* One event as a calendar's change listing reports it. */
G_DECLARE_FINAL_TYPE (PursuitRemoteChange, pursuit_remote_change, PURSUIT, REMOTE_CHANGE, GObject)

PursuitRemoteChange *pursuit_remote_change_new (const char *remote_id);
const char *pursuit_remote_change_get_remote_id (PursuitRemoteChange *self);
/* deleted: the event is gone (Google's status "cancelled", a CalDAV 404) */
gboolean pursuit_remote_change_get_deleted (PursuitRemoteChange *self);
void pursuit_remote_change_set_deleted (PursuitRemoteChange *self, gboolean deleted);
/* uid: the iCalendar UID when known */
const char *pursuit_remote_change_get_uid (PursuitRemoteChange *self);
void pursuit_remote_change_set_uid (PursuitRemoteChange *self, const char *uid);
const char *pursuit_remote_change_get_etag (PursuitRemoteChange *self);
void pursuit_remote_change_set_etag (PursuitRemoteChange *self, const char *etag);
/* starts-at, ends-at: unix time; 0 for deleted events */
gint64 pursuit_remote_change_get_starts_at (PursuitRemoteChange *self);
void pursuit_remote_change_set_starts_at (PursuitRemoteChange *self, gint64 starts_at);
gint64 pursuit_remote_change_get_ends_at (PursuitRemoteChange *self);
void pursuit_remote_change_set_ends_at (PursuitRemoteChange *self, gint64 ends_at);
const char *pursuit_remote_change_get_summary (PursuitRemoteChange *self);
void pursuit_remote_change_set_summary (PursuitRemoteChange *self, const char *summary);

G_END_DECLS
