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
GtkWidget  *pursuit_test_find_type            (GtkWidget  *root,
                                               GType       type);

void        pursuit_test_collect_toast        (GtkWidget  *widget,
                                               AdwToast   *toast,
                                               GPtrArray  *toasts);
void        pursuit_test_skip_without_display (void);
/* In main () of a widget test in place of g_test_init (): FALSE, with
 * @no_display_path added as a skipped test, when GTK has no display
 * (main () then returns g_test_run ()); else GTK and libadwaita are up
 * with the app's style sheet. */
gboolean    pursuit_test_ui_init              (int         *argc,
                                               char      ***argv,
                                               const char  *no_display_path);
void        pursuit_test_add_app_style        (void);

GdkTexture *pursuit_test_render_widget        (GtkWidget  *widget);
void        pursuit_test_save_texture         (GdkTexture *texture,
                                               const char *name);
void        pursuit_test_save_screenshot      (GtkWidget  *widget,
                                               const char *name);

G_END_DECLS
