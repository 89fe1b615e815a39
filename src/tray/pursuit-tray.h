/* pursuit-tray.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PURSUIT_TRAY_ITEM_PATH "/io/github/pursuit/Pursuit/StatusNotifierItem"
#define PURSUIT_TRAY_MENU_PATH "/io/github/pursuit/Pursuit/StatusNotifierItem/Menu"

#define PURSUIT_TYPE_TRAY (pursuit_tray_get_type ())

/* A StatusNotifierItem with a com.canonical.dbusmenu menu, over its own
 * session-bus connection (closing it removes the icon). Registers with
 * org.kde.StatusNotifierWatcher whenever one appears; without a watcher it
 * stays invisible and reminders go through notifications alone.
 *
 * Menu: "Open Pursuit" (app.show-window), a header ("No items due today" /
 * "3 items due today"), today's items (app.open-job(int64 job id)),
 * "Pause Reminders for 1 Hour" (app.pause-reminders; checked while paused,
 * when it activates app.resume-reminders), "Quit" (app.quit), activated on
 * @actions from an idle. Activate (left click) opens the window
 * (app.show-window), SecondaryActivate the calendar (app.show-calendar). */
G_DECLARE_FINAL_TYPE (PursuitTray, pursuit_tray, PURSUIT, TRAY, GObject)

PursuitTray *pursuit_tray_new          (GActionGroup       *actions);
/* Connects and exports asynchronously; "notify::visible" tells when a
 * watcher took the item. */
void         pursuit_tray_start        (PursuitTray        *self);
void         pursuit_tray_stop         (PursuitTray        *self);
gboolean     pursuit_tray_is_visible   (PursuitTray        *self);
/* The unique name of the tray's own connection once exported, else NULL
 * ("notify::bus-name"). */
const char  *pursuit_tray_get_bus_name (PursuitTray        *self);

/* Today's items: @labels are shown as plain text (never markup; "_" is
 * escaped), each opening @job_ids[i]. @n_due: how many are due or
 * overdue now (Status NeedsAttention when > 0). */
void         pursuit_tray_set_items    (PursuitTray        *self,
                                        const char * const *labels,
                                        const gint64       *job_ids,
                                        guint               n_items,
                                        guint               n_due);
void         pursuit_tray_set_paused   (PursuitTray        *self,
                                        gboolean            paused);

G_END_DECLS
