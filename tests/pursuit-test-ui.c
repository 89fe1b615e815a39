/* pursuit-test-ui.c: helpers of the widget tests.
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

/* The first visible toplevel window of @type (a dialog the code under
 * test opened), or NULL. */
gpointer
pursuit_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* The AdwPreferencesRow titled @title under @root, or NULL. */
GtkWidget *
pursuit_test_find_row (GtkWidget  *root,
                       const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = pursuit_test_find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first widget of @type under @root, depth first, or NULL. */
GtkWidget *
pursuit_test_find_type (GtkWidget *root,
                        GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = pursuit_test_find_type (child, type)) != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
pursuit_test_find_button (GtkWidget  *root,
                          const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = pursuit_test_find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
pursuit_test_find_group (GtkWidget  *root,
                         const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_GROUP (child) &&
          g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (child)), title) == 0)
        return child;
      if ((found = pursuit_test_find_group (child, title)) != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
pursuit_test_find_named (GtkWidget  *root,
                         const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = pursuit_test_find_named (child, name)) != NULL)
        return found;
    }

  return NULL;
}

void
pursuit_test_show_window (gpointer window,
                          int      width,
                          int      height)
{
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  spin_until_idle ();
}

GtkWindow *
pursuit_test_present (GtkWidget *child,
                      int        width,
                      int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);

  return window;
}

GtkWindow *
pursuit_test_present_view (gpointer   view,
                           GPtrArray *toasts,
                           int        width,
                           int        height)
{
  g_signal_connect (view, "add-toast", G_CALLBACK (pursuit_test_collect_toast), toasts);

  return pursuit_test_present (GTK_WIDGET (view), width, height);
}

GtkWindow *
pursuit_test_present_section (gpointer      section,
                              PursuitStore *store,
                              gint64        job_id,
                              int           width,
                              int           height)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWindow *window;

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (section));
  window = pursuit_test_present (page, width, height);
  pursuit_job_section_set_store (PURSUIT_JOB_SECTION (section), store);
  pursuit_job_section_set_job_id (PURSUIT_JOB_SECTION (section), job_id);

  return window;
}

void
pursuit_test_close_view (GtkWindow     *window,
                         GPtrArray     *toasts,
                         PursuitStore **store,
                         char         **dir)
{
  if (window != NULL)
    gtk_window_destroy (window);
  g_ptr_array_unref (toasts);
  spin_until_idle ();

  close_temp_store (store, dir);
}

void
pursuit_test_answer_dialog (const char *response)
{
  AdwMessageDialog *dialog;

  spin_until_idle ();
  dialog = pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  /* Alive until destroyed, whatever the response handler drops. */
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  spin_until_idle ();
}

void
pursuit_test_destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
}

void
pursuit_test_close_toplevels (PursuitStore **store,
                              char         **dir)
{
  pursuit_test_destroy_toplevels ();
  spin_until_idle ();

  close_temp_store (store, dir);
}

gboolean
pursuit_test_ui_init (int         *argc,
                      char      ***argv,
                      const char  *no_display_path)
{
  /* No G_TEST_OPTION_ISOLATE_DIRS (see test-window.c), and not
   * gtk_test_init (): it exits the process when there is no display,
   * and these tests should be reported as skipped instead. */
  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func (no_display_path, pursuit_test_skip_without_display);
      return FALSE;
    }

  adw_init ();
  pursuit_test_add_app_style ();
  return TRUE;
}

/* An "add-toast" handler: keeps a reference to @toast in @toasts (of
 * GObjects), for the test to look at what the widget said. */
void
pursuit_test_collect_toast (GtkWidget *widget,
                            AdwToast  *toast,
                            GPtrArray *toasts)
{
  g_ptr_array_add (toasts, g_object_ref (toast));
}

/* The test run in place of the widget tests when GTK has no display:
 * reported as skipped, not failed, so that the suite runs anywhere. */
void
pursuit_test_skip_without_display (void)
{
  g_test_skip ("No display: run the UI tests under xvfb-run");
}

/* Runs the main loop for @ms milliseconds, timeouts included. */
static void
spin_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* Draws @widget, as it is on screen, into a texture. */
GdkTexture *
pursuit_test_render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer;
  gint64 until = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  int width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  paintable = gtk_widget_paintable_new (widget);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  /* A widget between two layouts (or not yet allocated on a slow machine
   * or under a sanitizer) draws nothing yet: let it finish. */
  for (;;)
    {
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      if (width > 0 && height > 0)
        {
          g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

          gdk_paintable_snapshot (paintable, snapshot, width, height);
          node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
        }
      if (node != NULL || g_get_monotonic_time () >= until)
        break;
      spin_for (100);
    }

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* Writes @texture to <builddir>/tests/screenshots/@name, for people to
 * look at. */
void
pursuit_test_save_texture (GdkTexture *texture,
                           const char *name)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_return_if_fail (GDK_IS_TEXTURE (texture));
  g_return_if_fail (name != NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* Draws @widget into <builddir>/tests/screenshots/@name. */
void
pursuit_test_save_screenshot (GtkWidget  *widget,
                              const char *name)
{
  g_autoptr(GdkTexture) texture = NULL;

  /* A change of layout or style waits for the next frame. */
  spin_for (200);

  texture = pursuit_test_render_widget (widget);
  pursuit_test_save_texture (texture, name);
}

/* The app's stylesheet, which AdwApplication loads from the resource
 * base path and a bare test program does not: paddings and colours of
 * our widgets. */
void
pursuit_test_add_app_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/io/github/pursuit/Pursuit/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}
