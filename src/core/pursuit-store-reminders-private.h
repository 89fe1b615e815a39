/* pursuit-store-reminders-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store-private.h"

G_BEGIN_DECLS

/* Shared by pursuit-store-reminders.c (reminder_state and its writes) and
 * pursuit-store-reminders-due.c (what is due, for the scheduler), which
 * both read an interview's offsets and state rows. */

/* The longest offset pursuit_interview_reminder_minutes_valid() accepts:
 * four weeks. No interview further ahead has a reminder due. */
#define MAX_OFFSET_SECONDS ((gint64) 40320 * 60)

/* One state row of an interview's reminder. */
typedef struct
{
  int    offset_minutes;
  gint64 fired_due_at;
  gboolean snoozed;
} OffsetState;

gboolean _pursuit_store_reminder_offsets_contain (GArray        *offsets,
                                                  int            offset);
/* Resets @stmt; an error unless @rc is SQLITE_DONE. */
gboolean _pursuit_store_finish_reminder_query    (PursuitStore  *self,
                                                  sqlite3_stmt  *stmt,
                                                  int            rc,
                                                  GError       **error);
void     _pursuit_store_parse_reminder_offsets   (const char    *text,
                                                  GArray        *offsets);
gboolean _pursuit_store_load_interview_state     (PursuitStore  *self,
                                                  gint64         interview_id,
                                                  GArray        *states,
                                                  GError       **error);
gboolean _pursuit_store_unfired_at_due_time      (GArray        *states,
                                                  int            offset,
                                                  gint64         due_at);

G_END_DECLS
