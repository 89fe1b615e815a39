/* pursuit-remote-calendar.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_REMOTE_CALENDAR (pursuit_remote_calendar_get_type ())

/* A calendar of an account that Pursuit may write to. */
G_DECLARE_FINAL_TYPE (PursuitRemoteCalendar, pursuit_remote_calendar, PURSUIT, REMOTE_CALENDAR, GObject)

PursuitRemoteCalendar *pursuit_remote_calendar_new (const char *id,
                                                    const char *name);
/* id: Google's calendar id, or the CalDAV collection's absolute URL */
const char *pursuit_remote_calendar_get_id (PursuitRemoteCalendar *self);
const char *pursuit_remote_calendar_get_name (PursuitRemoteCalendar *self);
/* color: "#rrggbb", NULL when unknown */
const char *pursuit_remote_calendar_get_color (PursuitRemoteCalendar *self);
void pursuit_remote_calendar_set_color (PursuitRemoteCalendar *self, const char *color);
/* primary: the account's main calendar (Google's "primary") */
gboolean pursuit_remote_calendar_get_primary (PursuitRemoteCalendar *self);
void pursuit_remote_calendar_set_primary (PursuitRemoteCalendar *self, gboolean primary);

G_END_DECLS
