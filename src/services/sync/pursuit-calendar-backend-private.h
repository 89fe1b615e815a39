/* pursuit-calendar-backend-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-calendar-backend.h"

G_BEGIN_DECLS

/* Task plumbing shared by the backends. A backend that returns its put and
 * pull results through these (and lists calendars as a GPtrArray pointer,
 * deletes as a boolean) can leave every *_finish vfunc unset: the
 * interface's defaults read what these returned. */
void _pursuit_calendar_backend_return_put     (GTask      *task,
                                               const char *remote_id,
                                               const char *etag);
void _pursuit_calendar_backend_return_changes (GTask      *task,
                                               GPtrArray  *changes,
                                               const char *sync_token);

G_END_DECLS
