/* pursuit-tray-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The com.canonical.dbusmenu side of PursuitTray (pursuit-tray-menu.c). */

/* Fixed menu item ids; today's items are FIRST_ENTRY_ID + i. */
enum
{
  PURSUIT_TRAY_MENU_ROOT        = 0,
  PURSUIT_TRAY_MENU_OPEN        = 1,
  PURSUIT_TRAY_MENU_SEPARATOR_1 = 2,
  PURSUIT_TRAY_MENU_HEADER      = 3,
  PURSUIT_TRAY_MENU_PAUSE       = 4,
  PURSUIT_TRAY_MENU_SEPARATOR_3 = 5,
  PURSUIT_TRAY_MENU_QUIT        = 6,
  PURSUIT_TRAY_MENU_MORE        = 7,
  PURSUIT_TRAY_MENU_SEPARATOR_2 = 8,
  PURSUIT_TRAY_MENU_FIRST_ENTRY = 100,
};

/* How many of today's items the menu lists; the rest are behind "N More…". */
#define PURSUIT_TRAY_MENU_MAX_ENTRIES 10

typedef struct _PursuitTrayMenu PursuitTrayMenu;

/* Asks the owner to activate an application action (without the "app."
 * prefix); @target may be NULL. */
typedef void (*PursuitTrayActivateFunc) (const char *action_name,
                                         GVariant   *target,
                                         gpointer    user_data);

PursuitTrayMenu *_pursuit_tray_menu_new          (PursuitTrayActivateFunc  activate,
                                                  gpointer                 user_data);
void             _pursuit_tray_menu_free         (PursuitTrayMenu         *menu);
gboolean         _pursuit_tray_menu_export       (PursuitTrayMenu         *menu,
                                                  GDBusConnection         *connection,
                                                  GError                 **error);
void             _pursuit_tray_menu_unexport     (PursuitTrayMenu         *menu);
/* Both return whether anything changed; a change bumps the revision and
 * emits LayoutUpdated when exported. */
gboolean         _pursuit_tray_menu_set_items    (PursuitTrayMenu         *menu,
                                                  const char * const      *labels,
                                                  const gint64            *job_ids,
                                                  guint                    n_items);
gboolean         _pursuit_tray_menu_set_paused   (PursuitTrayMenu         *menu,
                                                  gboolean                 paused);
guint            _pursuit_tray_menu_get_revision (PursuitTrayMenu         *menu);
guint            _pursuit_tray_menu_get_n_items  (PursuitTrayMenu         *menu);

/* Parses @xml, a node with one interface, into *@node_info the first
 * time (thread-safe) and returns that interface. */
GDBusInterfaceInfo *_pursuit_tray_parse_interface (GDBusNodeInfo   **node_info,
                                                   const char       *xml);

/* "_" marks a mnemonic in dbusmenu labels: a literal one is doubled.
 * Also makes the text valid UTF-8 on one line. */
char            *_pursuit_tray_escape_label      (const char              *label);

G_END_DECLS
