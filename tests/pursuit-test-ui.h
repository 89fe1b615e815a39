/* pursuit-test-ui.h: helpers of the widget tests.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gpointer   pursuit_test_find_toplevel (GType       type);
GtkWidget *pursuit_test_find_row      (GtkWidget  *root,
                                       const char *title);

G_END_DECLS
