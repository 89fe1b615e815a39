/* pursuit-import-export.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-import-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "import/pursuit-csv.h"
#include "import/pursuit-importer.h"
#include "pursuit-backup.h"
#include "pursuit-import-export.h"

/* Import and export through file choosers, run from the main window. The
 * store lives on the main thread, so files are read and written
 * asynchronously and the import itself runs in one go, in one transaction.
 * The CSV column-mapping step is not here: CSV files are imported with the
 * mapping guessed from their header. */

typedef struct
{
  PursuitWindow *window;
  GFile         *file;
  char          *contents;
  gsize          length;
  GBytes        *bytes;
  guint          n_jobs;
} Operation;

static Operation *
operation_new (PursuitWindow *window,
               GFile         *file)
{
  Operation *op = g_new0 (Operation, 1);

  op->window = g_object_ref (window);
  op->file = g_object_ref (file);
  return op;
}

static void
operation_free (Operation *op)
{
  g_clear_object (&op->window);
  g_clear_object (&op->file);
  g_clear_pointer (&op->contents, g_free);
  g_clear_pointer (&op->bytes, g_bytes_unref);
  g_free (op);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Operation, operation_free)

static char *
display_name (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  if (basename == NULL)
    return g_strdup (_("the file"));

  return g_filename_display_name (basename);
}

/* AdwToast titles are markup in libadwaita 1.2: file names and messages
 * are escaped. */
static void
toast_printf (PursuitWindow *window,
              const char    *format,
              ...) G_GNUC_PRINTF (2, 3);

static void
toast_printf (PursuitWindow *window,
              const char    *format,
              ...)
{
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_timeout (toast, 5);
  pursuit_window_add_toast (window, toast);
}

static const char *
describe_error (const GError *error)
{
  /* Import and store validation messages are ours and translated; I/O and
   * database failures are not for users. */
  if (error->domain == PURSUIT_IMPORT_ERROR ||
      g_error_matches (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID))
    return error->message;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return _("Permission denied");

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return _("The disk is full");

  return _("Something went wrong");
}

/* Import ------------------------------------------------------------------ */

static void
restore_backup (Operation *op)
{
  PursuitStore *store = pursuit_window_get_store (op->window);
  g_autofree char *name = display_name (op->file);
  g_autoptr(GError) error = NULL;
  guint n_jobs;

  if (!pursuit_backup_restore_json (store, op->contents, op->length, &error))
    {
      g_warning ("Restoring %s failed: %s", name, error->message);
      toast_printf (op->window, _("Could not restore “%s”: %s"), name, describe_error (error));
      return;
    }

  n_jobs = pursuit_backup_count_jobs (store);
  toast_printf (op->window,
                g_dngettext (GETTEXT_PACKAGE, "Restored %u job from the backup",
                             "Restored %u jobs from the backup", n_jobs),
                n_jobs);
}

static void
on_restore_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        gpointer          user_data)
{
  g_autoptr(Operation) op = user_data;

  if (g_str_equal (response, "replace"))
    restore_backup (op);
}

static void
confirm_restore (Operation *op,
                 guint      n_jobs)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (op->window),
                                                       _("Replace All Jobs?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "This is a Pursuit backup. Restoring it replaces the %u job in Pursuit, with its notes and history, by the backup’s.",
                                               "This is a Pursuit backup. Restoring it replaces the %u jobs in Pursuit, with their notes and history, by the backup’s.",
                                               n_jobs),
                                  n_jobs);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_restore_response_cb), op);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_contents (Operation *op)
{
  PursuitStore *store = pursuit_window_get_store (op->window);
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (op->file);
  g_autofree char *basename = g_file_get_basename (op->file);
  guint n_added;

  report = pursuit_importer_import (store, op->contents, op->length, basename,
                                    PURSUIT_DUPLICATES_SKIP, &error);
  if (report == NULL)
    {
      g_debug ("Importing %s failed: %s", name, error->message);
      toast_printf (op->window, _("Could not import “%s”: %s"), name, describe_error (error));
      return;
    }

  n_added = report->added->len;
  if (report->n_skipped > 0)
    {
      /* Two plurals in one sentence: build it from two parts. */
      g_autofree char *added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u job",
                                                             "Imported %u jobs", n_added),
                                                n_added);
      g_autofree char *skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u duplicate skipped",
                                                               "%u duplicates skipped",
                                                               report->n_skipped),
                                                  report->n_skipped);

      /* Translators: "Imported 3 jobs (2 duplicates skipped)" */
      toast_printf (op->window, C_("import result", "%s (%s)"), added, skipped);
    }
  else
    {
      toast_printf (op->window,
                    g_dngettext (GETTEXT_PACKAGE, "Imported %u job", "Imported %u jobs", n_added),
                    n_added);
    }
}

static void
load_contents_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(Operation) op = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (op->file);
  PursuitStore *store;
  guint n_jobs;

  if (!g_file_load_contents_finish (G_FILE (object), result, &op->contents, &op->length,
                                    NULL, &error))
    {
      g_debug ("Reading %s failed: %s", name, error->message);
      toast_printf (op->window, _("Could not read “%s”: %s"), name, describe_error (error));
      return;
    }

  store = pursuit_window_get_store (op->window);
  if (pursuit_importer_detect (op->contents, op->length, name) == PURSUIT_IMPORT_FORMAT_BACKUP)
    {
      n_jobs = pursuit_backup_count_jobs (store);
      if (n_jobs > 0)
        confirm_restore (g_steal_pointer (&op), n_jobs);
      else
        restore_backup (op);
      return;
    }

  import_contents (op);
}

/**
 * pursuit_import_export_import_file:
 * @window: the main window
 * @file: a JSON backup, CSV file, saved posting or job board export
 *
 * Reads @file and imports its jobs into the window's store, skipping
 * duplicates; a backup replaces the store's jobs after the user confirms.
 * The outcome is told in a toast.
 */
void
pursuit_import_export_import_file (PursuitWindow *window,
                                   GFile         *file)
{
  g_return_if_fail (PURSUIT_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  g_file_load_contents_async (file, NULL, load_contents_cb, operation_new (window, file));
}

static void
on_import_chooser_response_cb (GtkNativeDialog *native,
                               int              response,
                               gpointer         user_data)
{
  PursuitWindow *window = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        pursuit_import_export_import_file (window, file);
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (window);
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *mime_types,
            const char * const *suffixes)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);

  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * pursuit_import_export_choose_import:
 * @window: the main window
 *
 * Asks for a file to import, then imports it.
 */
void
pursuit_import_export_choose_import (PursuitWindow *window)
{
  static const char * const all_types[] = { "application/json", "text/csv", "text/html", NULL };
  static const char * const all_suffixes[] = { "json", "csv", "html", "htm", NULL };
  static const char * const json_types[] = { "application/json", NULL };
  static const char * const json_suffixes[] = { "json", NULL };
  static const char * const csv_types[] = { "text/csv", NULL };
  static const char * const csv_suffixes[] = { "csv", NULL };
  static const char * const html_types[] = { "text/html", NULL };
  static const char * const html_suffixes[] = { "html", "htm", NULL };
  GtkFileChooserNative *native;

  g_return_if_fail (PURSUIT_IS_WINDOW (window));

  native = gtk_file_chooser_native_new (_("Import Jobs"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  add_filter (GTK_FILE_CHOOSER (native), _("All Supported Files"), all_types, all_suffixes);
  add_filter (GTK_FILE_CHOOSER (native), _("Pursuit Backups and Job Boards (JSON)"), json_types, json_suffixes);
  add_filter (GTK_FILE_CHOOSER (native), _("Spreadsheets (CSV)"), csv_types, csv_suffixes);
  add_filter (GTK_FILE_CHOOSER (native), _("Saved Web Pages (HTML)"), html_types, html_suffixes);

  g_signal_connect (native, "response", G_CALLBACK (on_import_chooser_response_cb),
                    g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* Export ------------------------------------------------------------------ */

static void
replace_contents_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Operation) op = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (op->file);

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      g_warning ("Writing %s failed: %s", name, error->message);
      toast_printf (op->window, _("Could not write “%s”: %s"), name, describe_error (error));
      return;
    }

  toast_printf (op->window,
                g_dngettext (GETTEXT_PACKAGE, "Exported %u job to “%s”",
                             "Exported %u jobs to “%s”", op->n_jobs),
                op->n_jobs, name);
}

static char *
export_csv (PursuitStore  *store,
            guint         *out_n_jobs,
            GError       **error)
{
  g_autoptr(GPtrArray) jobs = pursuit_store_list_jobs (store, NULL, error);
  g_autoptr(GPtrArray) notes = NULL;

  if (jobs == NULL)
    return NULL;

  /* Each job's notes, one per paragraph, in the notes column. */
  notes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < jobs->len; i++)
    {
      g_autoptr(GPtrArray) job_notes = pursuit_store_list_notes (store, pursuit_job_get_id (g_ptr_array_index (jobs, i)));
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint j = 0; job_notes != NULL && j < job_notes->len; j++)
        {
          const char *body = pursuit_note_get_body (g_ptr_array_index (job_notes, j));

          if (body == NULL || *body == '\0')
            continue;
          if (text->len > 0)
            g_string_append (text, "\n\n");
          g_string_append (text, body);
        }

      g_ptr_array_add (notes, text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL);
    }

  *out_n_jobs = jobs->len;
  return pursuit_csv_export_jobs (jobs, notes);
}

/**
 * pursuit_import_export_export_file:
 * @window: the main window
 * @file: where to write
 * @format: a JSON backup of everything, or the jobs as CSV
 *
 * Writes the window's store to @file; the outcome is told in a toast.
 */
void
pursuit_import_export_export_file (PursuitWindow       *window,
                                   GFile               *file,
                                   PursuitExportFormat  format)
{
  PursuitStore *store;
  g_autoptr(Operation) op = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  char *text;

  g_return_if_fail (PURSUIT_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  store = pursuit_window_get_store (window);
  op = operation_new (window, file);

  if (format == PURSUIT_EXPORT_CSV)
    {
      text = export_csv (store, &op->n_jobs, &error);
    }
  else
    {
      op->n_jobs = pursuit_backup_count_jobs (store);
      text = pursuit_backup_export_json (store, &error);
    }

  if (text == NULL)
    {
      name = display_name (file);
      g_warning ("Exporting to %s failed: %s", name, error->message);
      toast_printf (window, _("Could not export to “%s”: %s"), name, describe_error (error));
      return;
    }

  op->bytes = g_bytes_new_take (text, strlen (text));
  g_file_replace_contents_bytes_async (file, op->bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                       replace_contents_cb, op);
  g_steal_pointer (&op);
}

static GFile *
with_suffix (GFile      *file,
             const char *suffix,
             const char *other)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *stem = NULL;
  g_autofree char *renamed = NULL;

  if (basename == NULL || parent == NULL || g_str_has_suffix (basename, suffix))
    return g_object_ref (file);

  /* Only the other format's suffix is swapped: a name the user typed
   * without one is kept as typed. */
  if (!g_str_has_suffix (basename, other))
    return g_object_ref (file);

  stem = g_strndup (basename, strlen (basename) - strlen (other));
  renamed = g_strconcat (stem, suffix, NULL);
  return g_file_get_child (parent, renamed);
}

static void
on_export_chooser_response_cb (GtkNativeDialog *native,
                               int              response,
                               gpointer         user_data)
{
  PursuitWindow *window = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "format");
      gboolean csv = g_strcmp0 (choice, "csv") == 0;

      if (chosen != NULL)
        {
          g_autoptr(GFile) file = csv ? with_suffix (chosen, ".csv", ".json")
                                      : with_suffix (chosen, ".json", ".csv");

          pursuit_import_export_export_file (window, file,
                                             csv ? PURSUIT_EXPORT_CSV : PURSUIT_EXPORT_JSON_BACKUP);
        }
    }

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (window);
}

/**
 * pursuit_import_export_choose_export:
 * @window: the main window
 *
 * Asks where to export and in which format, then exports.
 */
void
pursuit_import_export_choose_export (PursuitWindow *window)
{
  const char *ids[] = { "json", "csv", NULL };
  const char *labels[] = { _("Pursuit Backup (JSON)"), _("Jobs as a Spreadsheet (CSV)"), NULL };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  g_return_if_fail (PURSUIT_IS_WINDOW (window));

  native = gtk_file_chooser_native_new (_("Export Jobs"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);

  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (native), "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (native), "format", "json");

  /* Translators: the file name an export is offered; %s is the date */
  name = g_strdup_printf (_("pursuit-%s.json"), date);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  g_signal_connect (native, "response", G_CALLBACK (on_export_chooser_response_cb),
                    g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
