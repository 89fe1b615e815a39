/* pursuit-test-ui.h: helpers of the widget tests.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "pursuit-job-section.h"

G_BEGIN_DECLS

gpointer    pursuit_test_find_toplevel        (GType       type);
GtkWidget  *pursuit_test_find_row             (GtkWidget  *root,
                                               const char *title);
GtkWidget  *pursuit_test_find_type            (GtkWidget  *root,
                                               GType       type);
/* The first GtkButton labelled @label under @root, depth first, or NULL. */
GtkWidget  *pursuit_test_find_button          (GtkWidget  *root,
                                               const char *label);
/* The first AdwPreferencesGroup titled @title under @root, or NULL. */
GtkWidget  *pursuit_test_find_group           (GtkWidget  *root,
                                               const char *title);
/* The first widget named @name (gtk_widget_set_name (), or the .ui's
 * "name") under @root, depth first, or NULL. */
GtkWidget  *pursuit_test_find_named           (GtkWidget  *root,
                                               const char *name);

/* Presents @window (a GtkWindow) at that default size and runs the main
 * context until idle, so that it is laid out and filled. */
void        pursuit_test_show_window          (gpointer    window,
                                               int         width,
                                               int         height);
/* A new window of that default size around @child, presented. */
GtkWindow  *pursuit_test_present              (GtkWidget  *child,
                                               int         width,
                                               int         height);
/* pursuit_test_present () of @view, whose "add-toast" toasts go to
 * @toasts (see pursuit_test_collect_toast ()). */
GtkWindow  *pursuit_test_present_view         (gpointer    view,
                                               GPtrArray  *toasts,
                                               int         width,
                                               int         height);
/* @section (floating) alone on a preferences page in a presented window
 * of that default size, showing @job_id of @store, as the job page
 * shows it. */
GtkWindow  *pursuit_test_present_section      (gpointer      section,
                                               PursuitStore *store,
                                               gint64        job_id,
                                               int           width,
                                               int           height);
/* The end of a widget test's fixture: destroys @window (NULL: none),
 * drops @toasts, runs what the main context has left and closes the
 * store (close_temp_store ()). */
void        pursuit_test_close_view           (GtkWindow     *window,
                                               GPtrArray     *toasts,
                                               PursuitStore **store,
                                               char         **dir);
/* Gives @response to the AdwMessageDialog the code under test opened
 * (it must have), closes it and runs what that started. */
void        pursuit_test_answer_dialog        (const char *response);
/* Destroys every toplevel: the test's window and the dialogs it opened. */
void        pursuit_test_destroy_toplevels    (void);
/* The end of a test of a window: pursuit_test_destroy_toplevels (),
 * runs what the main context has left and closes the store
 * (close_temp_store ()). */
void        pursuit_test_close_toplevels      (PursuitStore **store,
                                               char         **dir);

/* Runs the main loop, timeouts and thread results included, until
 * @done (evaluated again after each iteration) or @seconds passed, and
 * fails the test unless @done holds by then. */
#define PURSUIT_TEST_WAIT_UNTIL(done, seconds) \
  G_STMT_START { \
    gint64 _until = g_get_monotonic_time () + (seconds) * G_TIME_SPAN_SECOND; \
    while (!(done) && g_get_monotonic_time () < _until) \
      g_main_context_iteration (NULL, FALSE), g_usleep (1000); \
    g_assert_true (done); \
  } G_STMT_END

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
