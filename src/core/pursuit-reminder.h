/* pursuit-reminder.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PursuitReminderSource:
 * @PURSUIT_REMINDER_INTERVIEW: offset minutes before a scheduled interview
 * @PURSUIT_REMINDER_FOLLOW_UP: a pending follow-up at its due time
 * @PURSUIT_REMINDER_NOTE: a reminder note at its due time
 */
typedef enum
{
  PURSUIT_REMINDER_INTERVIEW,
  PURSUIT_REMINDER_FOLLOW_UP,
  PURSUIT_REMINDER_NOTE,
} PursuitReminderSource;

#define PURSUIT_TYPE_REMINDER (pursuit_reminder_get_type ())

/* A notification the user should get: which item, which offset, when it
 * fires. Reminders are not stored as rows of their own: the store derives
 * them from interviews, follow-ups and notes, and keeps only whether each
 * has fired (for exactly-once delivery) and any snooze. */
G_DECLARE_FINAL_TYPE (PursuitReminder, pursuit_reminder, PURSUIT, REMINDER, GObject)

PursuitReminder *pursuit_reminder_new (PursuitReminderSource source,
                                       gint64                source_id,
                                       int                   offset_minutes);

PursuitReminderSource pursuit_reminder_get_source         (PursuitReminder *self);
gint64                pursuit_reminder_get_source_id      (PursuitReminder *self);
/* Minutes before the item; 0 for follow-ups and notes. */
int                   pursuit_reminder_get_offset_minutes (PursuitReminder *self);
gint64                pursuit_reminder_get_job_id         (PursuitReminder *self);
const char           *pursuit_reminder_get_job_title      (PursuitReminder *self);
const char           *pursuit_reminder_get_company        (PursuitReminder *self);
/* The interview kind, the follow-up's sequence, or the note body. */
const char           *pursuit_reminder_get_summary        (PursuitReminder *self);
/* Interview location or link; NULL otherwise. */
const char           *pursuit_reminder_get_location       (PursuitReminder *self);
/* When the item itself happens (interview start, follow-up due). */
gint64                pursuit_reminder_get_item_at        (PursuitReminder *self);
/* item_at - offset: when the reminder is due, whatever the snooze. */
gint64                pursuit_reminder_get_due_at         (PursuitReminder *self);
/* When it fires: the snooze time if snoozed, else due_at. */
gint64                pursuit_reminder_get_fires_at       (PursuitReminder *self);

void pursuit_reminder_set_job     (PursuitReminder *self,
                                   gint64           job_id,
                                   const char      *job_title,
                                   const char      *company);
void pursuit_reminder_set_summary  (PursuitReminder *self, const char *summary);
void pursuit_reminder_set_location (PursuitReminder *self, const char *location);
void pursuit_reminder_set_times    (PursuitReminder *self,
                                    gint64           item_at,
                                    gint64           fires_at);

/* A stable text key for actions and notification ids:
 * "interview:12:60", "follow-up:7:0", "note:3:0". */
char    *pursuit_reminder_dup_key   (PursuitReminder        *self);
gboolean pursuit_reminder_parse_key (const char             *key,
                                     PursuitReminderSource  *source,
                                     gint64                 *source_id,
                                     int                    *offset_minutes);

G_END_DECLS
