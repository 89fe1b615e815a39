/* pursuit-test-async.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A GAsyncReadyCallback for tests that drive one call at a time: keeps a
 * reference to @result in the GAsyncResult * that @user_data points to,
 * for pursuit_test_wait_for() to hand to the _finish() function. */
void          pursuit_test_store_result (GObject       *source,
                                         GAsyncResult  *result,
                                         gpointer       user_data);

/* Iterates the thread-default main context until *@slot is set and
 * returns it; *@slot keeps the reference (g_autoptr it). */
GAsyncResult *pursuit_test_wait_for     (GAsyncResult **slot);

/* The same, failing the test when nothing came within @seconds: a call
 * that never finishes fails where it hangs, not at the suite's timeout. */
GAsyncResult *pursuit_test_wait_at_most (GAsyncResult **slot,
                                         guint          seconds);

G_END_DECLS
