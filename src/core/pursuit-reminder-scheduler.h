/* pursuit-reminder-scheduler.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store.h"

G_BEGIN_DECLS

/* Unix seconds; tests pass their own clock. */
typedef gint64 (*PursuitClockFunc) (gpointer user_data);

#define PURSUIT_TYPE_REMINDER_SCHEDULER (pursuit_reminder_scheduler_get_type ())

/* Fires each due reminder exactly once, on the GLib main loop.
 *
 * One timer is armed for the next reminder, never longer than 60 seconds,
 * and each tick re-reads the wall clock: GLib's timeouts follow the
 * monotonic clock, which stops during suspend. Reminders that fell due
 * while the app was not running fire on start. Several reminders of one
 * interview due at once (the app was closed) are delivered as the latest
 * one only; reminders of an interview that has already started are
 * dropped silently. During quiet hours or a pause nothing fires; due
 * reminders wait until the quiet hours end.
 *
 * PursuitReminderScheduler::reminders-due (GPtrArray *reminders) is emitted
 * after the reminders were marked fired in the store. */
G_DECLARE_FINAL_TYPE (PursuitReminderScheduler, pursuit_reminder_scheduler, PURSUIT, REMINDER_SCHEDULER, GObject)

PursuitReminderScheduler *pursuit_reminder_scheduler_new (PursuitStore *store);

PursuitStore *pursuit_reminder_scheduler_get_store     (PursuitReminderScheduler *self);
void     pursuit_reminder_scheduler_set_clock          (PursuitReminderScheduler *self,
                                                        PursuitClockFunc          clock_func,
                                                        gpointer                  user_data,
                                                        GDestroyNotify            destroy);
/* For quiet hours; NULL = local. */
void     pursuit_reminder_scheduler_set_time_zone      (PursuitReminderScheduler *self,
                                                        GTimeZone                *time_zone);
/* Minutes after local midnight, 0..1439. start == end turns quiet hours
 * off; start > end spans midnight (22:00 to 07:00). */
void     pursuit_reminder_scheduler_set_quiet_hours    (PursuitReminderScheduler *self,
                                                        int                       start_minute,
                                                        int                       end_minute);
gboolean pursuit_reminder_scheduler_in_quiet_hours     (PursuitReminderScheduler *self,
                                                        gint64                    at);
/* Nothing fires before @until (unix seconds; 0 resumes). */
void     pursuit_reminder_scheduler_pause_until        (PursuitReminderScheduler *self,
                                                        gint64                    until);
gint64   pursuit_reminder_scheduler_get_paused_until   (PursuitReminderScheduler *self);
/* Arms the timer and checks at once. Without start, nothing runs by
 * itself (tests call check_now). */
void     pursuit_reminder_scheduler_start              (PursuitReminderScheduler *self);
void     pursuit_reminder_scheduler_stop               (PursuitReminderScheduler *self);
/* Fires what is due now; returns how many reminders were delivered. Also
 * the thing to call after resume from suspend. */
guint    pursuit_reminder_scheduler_check_now          (PursuitReminderScheduler *self);
/* When the next check is planned (unix seconds), 0 when stopped. */
gint64   pursuit_reminder_scheduler_get_next_check     (PursuitReminderScheduler *self);

G_END_DECLS
