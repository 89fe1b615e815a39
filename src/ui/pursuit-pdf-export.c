/* pursuit-pdf-export.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-pdf-export"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-job-page-private.h"
#include "pursuit-pdf-export-private.h"

GtkFileChooserNative *
_pursuit_pdf_chooser_new (GtkWidget  *widget,
                          const char *title,
                          const char *plain_name)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = g_strdup (plain_name);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title,
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* A title may hold a slash ("CV for A/B Ltd"); file names may not. */
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  return chooser;
}

static void
launch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    g_debug ("Could not open the PDF: %s", error->message);
}

/* Not cancelled with the widget that exported: the file outlives it. */
static void
on_open_clicked_cb (AdwToast   *toast,
                    const char *uri)
{
  g_autoptr(GAppLaunchContext) context = NULL;

  context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gdk_display_get_default ()));
  g_app_info_launch_default_for_uri_async (uri, context, NULL, launch_cb, NULL);
}

AdwToast *
_pursuit_pdf_saved_toast_new (const char *plain_title,
                              GFile      *file)
{
  AdwToast *toast = _pursuit_job_page_new_toast (plain_title);

  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb),
                         g_file_get_uri (file), (GClosureNotify)(void (*) (void)) g_free, 0);

  return toast;
}
