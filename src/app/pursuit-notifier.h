/* pursuit-notifier.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-reminder-scheduler.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_NOTIFIER (pursuit_notifier_get_type ())

/* Turns the scheduler's reminders-due into GNotifications of @application
 * (id "reminder-<key>", or one "reminders-summary" for more than three at
 * once) and adds the application actions they use:
 *
 *   app.open-reminder (s key)      activates app.open-job (x job id), or
 *                                  app.show-window when the item is gone
 *   app.snooze-reminder (s key)    fires again after default-snooze-minutes
 *   app.done-reminder (s key)      completes the follow-up or note, dismisses
 *                                  an interview reminder
 *   app.pause-reminders            nothing fires for an hour; its state is
 *                                  the pause's end (x unix seconds, 0 = none)
 *   app.resume-reminders           ends a pause
 *
 * Quiet hours, the snooze time and notify-reminders come from @settings;
 * without settings there are no quiet hours and snoozing takes an hour.
 * A notification is withdrawn when its item is done, cancelled or deleted
 * elsewhere, and all are when the store changes.
 *
 * PursuitNotifier::scheduler-needed asks for a store when a reminder action
 * comes before any (a notification's button started the app). */
G_DECLARE_FINAL_TYPE (PursuitNotifier, pursuit_notifier, PURSUIT, NOTIFIER, GObject)

PursuitNotifier *pursuit_notifier_new           (GApplication             *application,
                                                 GSettings                *settings);
/* The scheduler of the store in use; NULL when there is none. A pause
 * carries over to the new scheduler. */
void             pursuit_notifier_set_scheduler (PursuitNotifier          *self,
                                                 PursuitReminderScheduler *scheduler);
PursuitReminderScheduler *pursuit_notifier_get_scheduler (PursuitNotifier *self);
/* Tests move time by hand; NULL = the real clock. */
void             pursuit_notifier_set_clock     (PursuitNotifier          *self,
                                                 PursuitClockFunc          clock_func,
                                                 gpointer                  user_data);
/* NULL = local. */
void             pursuit_notifier_set_time_zone (PursuitNotifier          *self,
                                                 GTimeZone                *time_zone);
/* -1 follows the locale (the default), 0 is 24-hour, 1 is 12-hour. */
void             pursuit_notifier_set_clock_format (PursuitNotifier       *self,
                                                 int                       twelve_hour);
/* The notification a reminder gets, as of @now. */
GNotification   *pursuit_notifier_build_notification (PursuitNotifier     *self,
                                                 PursuitReminder          *reminder,
                                                 gint64                    now);

/* "14:00" or "2:00 PM". */
char    *pursuit_notifier_format_time     (GDateTime *time,
                                           gboolean   twelve_hour);
/* When @at happens, seen from @now: "now", "in 15 minutes", "in 1 hour",
 * "today at 18:00", "tomorrow at 14:00", "yesterday at 09:00",
 * "on Wednesday at 14:00", "on 3 December at 14:00". */
char    *pursuit_notifier_format_relative (gint64     at,
                                           gint64     now,
                                           GTimeZone *time_zone,
                                           gboolean   twelve_hour);
/* Whether the locale's time format (LC_TIME) uses AM/PM. */
gboolean pursuit_notifier_locale_uses_12h (void);

G_END_DECLS
