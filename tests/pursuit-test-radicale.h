/* pursuit-test-radicale.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A real Radicale CalDAV server for one test: on a free 127.0.0.1 port,
 * with a temporary storage folder and one user "ann" (htpasswd, plain),
 * killed at teardown or when the test process dies. */
typedef struct _PursuitTestRadicale PursuitTestRadicale;

#define PURSUIT_TEST_RADICALE_USER "ann"

/* Starts it and waits until it answers. NULL with G_IO_ERROR_NOT_FOUND when
 * Radicale is not installed (the test then g_test_skip()s with the
 * message), other errors when it would not start. */
PursuitTestRadicale *pursuit_test_radicale_start   (const char           *password,
                                                    GError              **error);
/* "http://127.0.0.1:<port>/" */
const char          *pursuit_test_radicale_get_url (PursuitTestRadicale  *self);
/* Stops it and removes its folder; NULL is fine. */
void                 pursuit_test_radicale_stop    (PursuitTestRadicale  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitTestRadicale, pursuit_test_radicale_stop)

G_END_DECLS
