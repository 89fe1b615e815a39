/* pursuit-tray-feed.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-reminder-scheduler.h"
#include "pursuit-store.h"
#include "pursuit-tray.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_TRAY_FEED (pursuit_tray_feed_get_type ())

/* Shows a PursuitTray while the show-tray-icon setting is on (always
 * without settings) and fills it with today's agenda of the store in use:
 * refreshed on the store's schedule-changed, when an item falls due, at
 * local midnight and when app.pause-reminders changes state (an int64
 * "paused until" in unix seconds, or a boolean). The tray's menu
 * activates @application's actions. */
G_DECLARE_FINAL_TYPE (PursuitTrayFeed, pursuit_tray_feed, PURSUIT, TRAY_FEED, GObject)

/* @application is not referenced: it owns the feed. */
PursuitTrayFeed *pursuit_tray_feed_new           (GApplication     *application,
                                                  GSettings        *settings);
void             pursuit_tray_feed_set_store     (PursuitTrayFeed  *self,
                                                  PursuitStore     *store);
/* NULL while the icon is turned off. */
PursuitTray     *pursuit_tray_feed_get_tray      (PursuitTrayFeed  *self);
/* Tests move time by hand; NULL = the real clock. */
void             pursuit_tray_feed_set_clock     (PursuitTrayFeed  *self,
                                                  PursuitClockFunc  clock_func,
                                                  gpointer          user_data);
/* NULL = local. */
void             pursuit_tray_feed_set_time_zone (PursuitTrayFeed  *self,
                                                  GTimeZone        *time_zone);
/* -1 follows the locale (the default), 0 is 24-hour, 1 is 12-hour. */
void             pursuit_tray_feed_set_clock_format (PursuitTrayFeed *self,
                                                  int               twelve_hour);
/* Re-reads the agenda now (the store signal does it from an idle). */
void             pursuit_tray_feed_refresh       (PursuitTrayFeed  *self);
/* The menu entry of @item: "14:00 Interview — Acme", "Follow up — Globex". */
char            *pursuit_tray_feed_format_label  (PursuitAgendaItem *item,
                                                  GTimeZone         *time_zone,
                                                  gboolean           twelve_hour);
/* Whether @item needs doing now: a follow-up or reminder at or after its
 * time, an interview from 15 minutes before its start until its end. */
gboolean         pursuit_tray_feed_item_is_due   (PursuitAgendaItem *item,
                                                  gint64             now);

G_END_DECLS
