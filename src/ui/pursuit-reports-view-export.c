/* pursuit-reports-view-export.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Reports page's Export menu: a file chooser, then the PDF (in a
 * thread) or the CSV, then a toast with Open. */

#define G_LOG_DOMAIN "pursuit-reports-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-report-pdf.h"
#include "pursuit-reports-view-private.h"

typedef struct
{
  PursuitReportsView *self;
  GFile              *file;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportData, export_data_free)

static ExportData *
export_data_new (PursuitReportsView *self,
                 GFile              *file)
{
  ExportData *data = g_new0 (ExportData, 1);

  data->self = g_object_ref (self);
  data->file = g_object_ref (file);

  return data;
}

static void
on_open_clicked_cb (AdwToast *toast)
{
  GFile *file = g_object_get_data (G_OBJECT (toast), "export-file");
  g_autofree char *uri = g_file_get_uri (file);
  GApplication *application = g_application_get_default ();
  GtkWindow *window = NULL;

  if (GTK_IS_APPLICATION (application))
    window = gtk_application_get_active_window (GTK_APPLICATION (application));

  gtk_show_uri (window, uri, GDK_CURRENT_TIME);
}

static void
toast_result (PursuitReportsView *self,
              GFile              *file,
              const char         *title,
              const GError       *error)
{
  AdwToast *toast;

  if (error != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);
      /* Translators: %s says why, such as "Permission denied". */
      g_autofree char *text = g_strdup_printf (_("Could not export the report: %s"), escaped);

      toast = adw_toast_new (text);
      adw_toast_set_timeout (toast, 0);
      _pursuit_reports_view_add_toast (self, toast);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "export-file", g_object_ref (file), g_object_unref);
  g_signal_connect (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb), NULL);
  _pursuit_reports_view_add_toast (self, toast);
}

static void
export_pdf_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ExportData) data = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_report_write_pdf_finish (result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  toast_result (data->self, data->file, _("Report saved"), error);
}

/**
 * pursuit_reports_view_export_pdf:
 * @self: the Reports page
 * @file: where to write the PDF of the report shown
 *
 * Writes in a thread, on the locale's paper, then says so in a toast.
 */
void
pursuit_reports_view_export_pdf (PursuitReportsView *self,
                                 GFile              *file)
{
  g_return_if_fail (PURSUIT_IS_REPORTS_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (pursuit_reports_view_get_report (self) != NULL);

  /* The report is immutable once computed: the thread may read it. */
  pursuit_report_write_pdf_async (pursuit_reports_view_get_report (self), file,
                                  pursuit_paper_size_for_locale (),
                                  _pursuit_reports_view_get_export_cancellable (self),
                                  export_pdf_cb, export_data_new (self, file));
}

static void
export_csv_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ExportData) data = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  toast_result (data->self, data->file, _("Numbers saved"), error);
}

/**
 * pursuit_reports_view_export_csv:
 * @self: the Reports page
 * @file: where to write the numbers of the report shown
 *
 * Writes the CSV (a new file replaces the old one whole), then says so in
 * a toast.
 */
void
pursuit_reports_view_export_csv (PursuitReportsView *self,
                                 GFile              *file)
{
  g_autoptr(GBytes) bytes = NULL;
  char *csv;

  g_return_if_fail (PURSUIT_IS_REPORTS_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (pursuit_reports_view_get_report (self) != NULL);

  csv = pursuit_report_to_csv (pursuit_reports_view_get_report (self));
  bytes = g_bytes_new_take (csv, strlen (csv));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       _pursuit_reports_view_get_export_cancellable (self), export_csv_cb,
                                       export_data_new (self, file));
}

static void
on_chooser_response_cb (GtkNativeDialog *native,
                        int              response,
                        gpointer         user_data)
{
  g_autoptr(PursuitReportsView) self = user_data;
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "export-pdf"));

  if (response == GTK_RESPONSE_ACCEPT && pursuit_reports_view_get_report (self) != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL && pdf)
        pursuit_reports_view_export_pdf (self, file);
      else if (file != NULL)
        pursuit_reports_view_export_csv (self, file);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
}

void
_pursuit_reports_view_choose_export_file (PursuitReportsView *self,
                                          gboolean            pdf)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (pdf ? _("Export Report as PDF") : _("Export Numbers as CSV"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  if (pdf)
    {
      gtk_file_filter_set_name (filter, _("PDF Documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      /* Translators: the file name a report is offered; %s is the date. */
      name = g_strdup_printf (_("job-search-report-%s.pdf"), date);
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Spreadsheets (CSV)"));
      gtk_file_filter_add_mime_type (filter, "text/csv");
      /* Translators: the file name a report's numbers are offered; %s is the date. */
      name = g_strdup_printf (_("job-search-numbers-%s.csv"), date);
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  g_object_set_data (G_OBJECT (native), "export-pdf", GINT_TO_POINTER (pdf));
  g_signal_connect (native, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
