/* pursuit-job-report-export.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-job-page-private.h"
#include "pursuit-job-report-export.h"
#include "pursuit-job-report.h"
#include "pursuit-pdf-export-private.h"

/* The report reads the store, which belongs to the main thread, so it is
 * written from an idle there: a typical job takes a few tens of
 * milliseconds, well within a frame or two. */

typedef struct
{
  GtkWidget            *widget;
  PursuitStore         *store;
  gint64                job_id;
  GFile                *file;
  GtkFileChooserNative *chooser;
} Export;

static void
export_free (Export *export)
{
  if (export->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (export->chooser));
  g_clear_object (&export->chooser);
  g_clear_object (&export->widget);
  g_clear_object (&export->store);
  g_clear_object (&export->file);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static gboolean
write_idle_cb (gpointer user_data)
{
  g_autoptr(Export) export = user_data;
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GError) error = NULL;
  gint64 started = g_get_monotonic_time ();

  if (!pursuit_job_report_write_pdf (export->store, export->job_id, export->file,
                                     pursuit_paper_size_for_locale (), NULL, &error))
    {
      /* Translators: the reason */
      g_autofree char *message = g_strdup_printf (_("Could not export the report: %s"), error->message);

      toast = _pursuit_job_page_new_toast (message);
    }
  else
    {
      g_debug ("Job report written in %" G_GINT64_FORMAT " ms",
               (g_get_monotonic_time () - started) / 1000);
      toast = _pursuit_pdf_saved_toast_new (_("Report saved"), export->file);
    }

  g_signal_emit_by_name (export->widget, "add-toast", toast);

  return G_SOURCE_REMOVE;
}

static void
start_writing (Export *export)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, write_idle_cb, export, NULL);
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        Export          *export)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  g_signal_handlers_disconnect_by_data (chooser, export);
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&export->chooser);

  if (file == NULL)
    {
      export_free (export);
      return;
    }

  export->file = g_steal_pointer (&file);
  start_writing (export);
}

static Export *
export_new (GtkWidget    *widget,
            PursuitStore *store,
            gint64        job_id)
{
  Export *export = g_new0 (Export, 1);

  export->widget = g_object_ref (widget);
  export->store = g_object_ref (store);
  export->job_id = job_id;

  return export;
}

void
pursuit_job_report_export (GtkWidget    *widget,
                           PursuitStore *store,
                           gint64        job_id)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *name = NULL;
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PURSUIT_IS_STORE (store));

  job = pursuit_store_get_job (store, job_id, NULL);
  if (job == NULL)
    return;

  export = export_new (widget, store, job_id);
  /* Translators: the file name of a job's report; the job's title */
  name = g_strdup_printf (_("%s – Report.pdf"), pursuit_job_get_title (job));
  export->chooser = _pursuit_pdf_chooser_new (widget, _("Export Report as PDF"), name);
  g_signal_connect (export->chooser, "response", G_CALLBACK (on_chooser_response_cb), export);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (export->chooser));
}

void
pursuit_job_report_export_to_file (GtkWidget    *widget,
                                   PursuitStore *store,
                                   gint64        job_id,
                                   GFile        *file)
{
  Export *export;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PURSUIT_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  export = export_new (widget, store, job_id);
  export->file = g_object_ref (file);
  start_writing (export);
}
