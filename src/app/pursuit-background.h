/* pursuit-background.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * PursuitBackgroundPermission:
 * @PURSUIT_BACKGROUND_PERMISSION_UNKNOWN: not asked (outside Flatpak, or
 *   no answer yet)
 * @PURSUIT_BACKGROUND_PERMISSION_ALLOWED: the Background portal allowed it
 * @PURSUIT_BACKGROUND_PERMISSION_REFUSED: the user or the portal said no:
 *   reminders only arrive while a window is open
 */
typedef enum
{
  PURSUIT_BACKGROUND_PERMISSION_UNKNOWN,
  PURSUIT_BACKGROUND_PERMISSION_ALLOWED,
  PURSUIT_BACKGROUND_PERMISSION_REFUSED,
} PursuitBackgroundPermission;

#define PURSUIT_TYPE_BACKGROUND (pursuit_background_get_type ())

/* Keeps the application running without windows while the
 * run-in-background setting is on (one g_application_hold), and follows
 * start-at-login: outside Flatpak by writing or removing
 * $XDG_CONFIG_HOME/autostart/<app id>.desktop (Exec=pursuit --background),
 * inside Flatpak (/.flatpak-info, or PURSUIT_FORCE_PORTAL=1 for tests) by
 * asking org.freedesktop.portal.Background.RequestBackground, whose
 * refusal is shown as a notification and in "permission". */
G_DECLARE_FINAL_TYPE (PursuitBackground, pursuit_background, PURSUIT, BACKGROUND, GObject)

/* @settings may be NULL (schema not installed): then nothing is held and
 * the autostart entry is left alone. */
PursuitBackground *pursuit_background_new            (GApplication      *application,
                                                      GSettings         *settings);
gboolean           pursuit_background_get_held       (PursuitBackground *self);
gboolean           pursuit_background_get_uses_portal (PursuitBackground *self);
PursuitBackgroundPermission
                   pursuit_background_get_permission (PursuitBackground *self);
/* Whether `pursuit --background` should start without a window: only
 * while the process may stay in the background. */
gboolean           pursuit_background_can_start_hidden (PursuitBackground *self);

/* $XDG_CONFIG_HOME/autostart/io.github.pursuit.Pursuit.desktop */
char              *pursuit_background_dup_autostart_path (void);

G_END_DECLS
