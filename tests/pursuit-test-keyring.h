/* pursuit-test-keyring.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A real Secret Service for the tests: a private session bus (GTestDBus,
 * which also becomes DBUS_SESSION_BUS_ADDRESS of the test process) with
 * gnome-keyring-daemon on it, its login keyring created and unlocked in a
 * temporary folder. Call up once in main() before g_test_run () (and
 * before GTK: DISPLAY and XDG_RUNTIME_DIR are kept, although GTestDBus
 * unsets them) and down after it. Returns FALSE with @error set only when gnome-keyring-daemon
 * is not installed (G_IO_ERROR_NOT_FOUND): the tests then g_test_skip ()
 * with error->message. Any other failure fails the test. */
gboolean pursuit_test_keyring_up   (GError **error);
/* For a test program that runs without a keyring by skipping: up, keeping
 * why it is missing (gnome-keyring-daemon not installed; anything else
 * fails) for the two below, until down. */
void     pursuit_test_keyring_start   (void);
/* TRUE when start found no keyring: fixtures then set nothing up. */
gboolean pursuit_test_keyring_missing (void);
/* TRUE, having called g_test_skip () with the reason, when start found no
 * keyring: the test returns at once. */
gboolean pursuit_test_keyring_skip    (void);
/* Forgets libsecret's cached service, stops the daemon and the bus and
 * removes the folder. Safe to call when up failed or was not called. */
void     pursuit_test_keyring_down (void);

/* main () of a test program of loopback servers that skips without a
 * keyring: init in place of g_test_init () (isolated dirs, no desktop
 * proxy resolver, then start), add the tests, return run (g_test_run (),
 * then down). */
void     pursuit_test_keyring_init (int    *argc,
                                    char ***argv);
int      pursuit_test_keyring_run  (void);

G_END_DECLS
