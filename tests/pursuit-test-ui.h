/* pursuit-test-ui.h: helpers of the widget tests.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gpointer    pursuit_test_find_toplevel        (GType       type);
GtkWidget  *pursuit_test_find_row             (GtkWidget  *root,
                                               const char *title);

void        pursuit_test_skip_without_display (void);
void        pursuit_test_add_app_style        (void);

GdkTexture *pursuit_test_render_widget        (GtkWidget  *widget);
void        pursuit_test_save_texture         (GdkTexture *texture,
                                               const char *name);
void        pursuit_test_save_screenshot      (GtkWidget  *widget,
                                               const char *name);

G_END_DECLS
