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
#include "pursuit-confirm-dialog-private.h"
#include "pursuit-csv-mapping-dialog.h"
#include "pursuit-import-export.h"

/* Import and export through file choosers, run from the main window.
 *
 * A CSV file first goes through the mapping step (PursuitCsvMappingDialog).
 * Then the file is parsed into jobs in a worker thread (CPU work on private
 * data), and the jobs are written on the main thread, because the store's
 * one SQLite connection lives there. Writing 10,000 jobs takes seconds, so
 * it runs from an idle source in slices of about CHUNK_BUDGET_US, with a
 * progress dialog, instead of in one blocking call.
 *
 * Why one transaction held across main-loop iterations, rather than one
 * transaction per slice: Cancel must leave the store exactly as it was,
 * and a failing row must not leave half a file behind. A rollback gives
 * both for free; deleting the rows of committed slices would not (ids,
 * activity, search index). The price is that any other write made while
 * the import runs joins its transaction, and is rolled back with it on
 * Cancel; so the progress dialog is modal, and the store's own change
 * signals wait until the commit (the board fills in once, at the end). */

/* The longest the import blocks the main loop at a time; a frame is 16 ms,
 * so this keeps the progress dialog responsive (well under 50 ms). */
#define CHUNK_BUDGET_US (G_USEC_PER_SEC / 50)

/* Jobs written between two looks at the clock. */
#define CHUNK_JOBS 16

/* Short imports finish before the progress dialog would show. */
#define DEFAULT_PROGRESS_DELAY_MS 300

/* Rows the mapping dialog previews. */
#define PREVIEW_ROWS 5

static guint progress_delay_ms = DEFAULT_PROGRESS_DELAY_MS;

typedef struct
{
  PursuitWindow *window;
  GFile         *file;
  char          *contents;
  gsize          length;
  GBytes        *bytes;
  guint          n_jobs;

  /* A CSV mapping known in advance: no mapping dialog. */
  PursuitCsvMapping *mapping;
} Operation;

static void
operation_clear (Operation *op)
{
  g_clear_object (&op->window);
  g_clear_object (&op->file);
  g_clear_pointer (&op->contents, g_free);
  g_clear_pointer (&op->bytes, g_bytes_unref);
  g_clear_object (&op->mapping);
}

static Operation *
operation_new (PursuitWindow *window,
               GFile         *file)
{
  Operation *op = g_rc_box_new0 (Operation);

  op->window = g_object_ref (window);
  op->file = g_object_ref (file);
  return op;
}

static Operation *
operation_ref (Operation *op)
{
  return g_rc_box_acquire (op);
}

static void
operation_free (Operation *op)
{
  g_rc_box_release_full (op, (GDestroyNotify)operation_clear);
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

typedef struct
{
  Operation          *op;
  PursuitStore       *store;
  GCancellable       *cancellable;
  PursuitImportBatch *batch;
  AdwMessageDialog   *progress;
  GtkProgressBar     *progress_bar;
  guint               delay_id;
  guint               idle_id;
  guint               pulse_id;
  gint64              longest_slice_us;
} Import;

#define IMPORT_KEY "pursuit-import"

static void
import_free (Import *imp)
{
  g_clear_handle_id (&imp->delay_id, g_source_remove);
  g_clear_handle_id (&imp->idle_id, g_source_remove);
  g_clear_handle_id (&imp->pulse_id, g_source_remove);

  if (imp->progress != NULL)
    {
      g_signal_handlers_disconnect_by_data (imp->progress, imp);
      gtk_window_destroy (GTK_WINDOW (imp->progress));
      imp->progress = NULL;
      imp->progress_bar = NULL;
    }

  /* A batch still open here was cancelled: it rolls back. */
  g_clear_pointer (&imp->batch, pursuit_import_batch_free);
  g_clear_object (&imp->cancellable);
  g_clear_object (&imp->store);
  g_clear_pointer (&imp->op, operation_free);
  g_free (imp);
}

/* Ends the window's import: the Import goes with the window's data. */
static void
finish_import (Import *imp)
{
  g_object_set_data (G_OBJECT (imp->op->window), IMPORT_KEY, NULL);
}

static void
update_progress (Import *imp)
{
  g_autofree char *body = NULL;

  if (imp->progress == NULL)
    return;

  if (imp->batch == NULL)
    {
      g_autofree char *name = display_name (imp->op->file);

      body = g_strdup_printf (_("Reading “%s”…"), name);
    }
  else
    {
      guint done = pursuit_import_batch_get_n_done (imp->batch);
      guint total = pursuit_import_batch_get_n_jobs (imp->batch);

      /* Translators: "Importing 1,200 of 10,000 jobs…"; %'u groups digits */
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Importing %'u of %'u job…",
                                           "Importing %'u of %'u jobs…", total),
                              done, total);
      g_clear_handle_id (&imp->pulse_id, g_source_remove);
      gtk_progress_bar_set_fraction (imp->progress_bar, total > 0 ? (double)done / total : 1.0);
    }

  adw_message_dialog_set_body (imp->progress, body);
}

static void
cancel_import (Import *imp)
{
  g_autofree char *name = display_name (imp->op->file);
  PursuitWindow *window = g_object_ref (imp->op->window);

  g_cancellable_cancel (imp->cancellable);
  if (imp->batch != NULL)
    pursuit_import_batch_rollback (imp->batch);

  g_debug ("Import of %s cancelled", name);
  toast_printf (window, _("Import of “%s” cancelled"), name);
  finish_import (imp);
  g_object_unref (window);
}

static void
on_progress_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         Import           *imp)
{
  /* The dialog closes itself after a response. */
  g_signal_handlers_disconnect_by_data (dialog, imp);
  imp->progress = NULL;
  imp->progress_bar = NULL;
  cancel_import (imp);
}

static gboolean
pulse_cb (gpointer user_data)
{
  Import *imp = user_data;

  gtk_progress_bar_pulse (imp->progress_bar);
  return G_SOURCE_CONTINUE;
}

static gboolean
show_progress_cb (gpointer user_data)
{
  Import *imp = user_data;
  GtkWidget *bar;

  imp->delay_id = 0;

  imp->progress = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (imp->op->window),
                                                              _("Importing Jobs"), NULL));
  adw_message_dialog_add_responses (imp->progress, "cancel", _("_Cancel"), NULL);
  adw_message_dialog_set_close_response (imp->progress, "cancel");

  bar = gtk_progress_bar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Import progress"),
                                  -1);
  imp->progress_bar = GTK_PROGRESS_BAR (bar);
  adw_message_dialog_set_extra_child (imp->progress, bar);

  if (imp->batch == NULL)
    imp->pulse_id = g_timeout_add (100, pulse_cb, imp);

  update_progress (imp);
  g_signal_connect (imp->progress, "response", G_CALLBACK (on_progress_response_cb), imp);
  gtk_window_present (GTK_WINDOW (imp->progress));

  return G_SOURCE_REMOVE;
}

static void
toast_report (PursuitWindow       *window,
              PursuitImportReport *report)
{
  guint n_added = report->added->len;

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
      toast_printf (window, C_("import result", "%s (%s)"), added, skipped);
    }
  else
    {
      toast_printf (window,
                    g_dngettext (GETTEXT_PACKAGE, "Imported %u job", "Imported %u jobs", n_added),
                    n_added);
    }
}

static gboolean
write_slice_cb (gpointer user_data)
{
  Import *imp = user_data;
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (imp->op->file);
  PursuitWindow *window = imp->op->window;
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;

  do
    {
      if (!pursuit_import_batch_step (imp->batch, CHUNK_JOBS, &error))
        {
          g_debug ("Importing %s failed: %s", name, error->message);
          imp->idle_id = 0;
          toast_printf (window, _("Could not import “%s”: %s"), name, describe_error (error));
          finish_import (imp);
          return G_SOURCE_REMOVE;
        }
    }
  while (!pursuit_import_batch_is_done (imp->batch) &&
         g_get_monotonic_time () - start < CHUNK_BUDGET_US);

  elapsed = g_get_monotonic_time () - start;
  imp->longest_slice_us = MAX (imp->longest_slice_us, elapsed);

  if (!pursuit_import_batch_is_done (imp->batch))
    {
      update_progress (imp);
      return G_SOURCE_CONTINUE;
    }

  imp->idle_id = 0;

  /* The commit emits the held-back change signals, for a large import as
   * one PursuitStore::reloaded: the board fills in. */
  start = g_get_monotonic_time ();
  report = pursuit_import_batch_commit (imp->batch, &error);
  g_debug ("Imported %u jobs from %s: longest slice %" G_GINT64_FORMAT " µs, commit %" G_GINT64_FORMAT " µs",
           pursuit_import_batch_get_n_jobs (imp->batch), name, imp->longest_slice_us,
           g_get_monotonic_time () - start);

  if (report == NULL)
    {
      g_warning ("Importing %s failed: %s", name, error->message);
      toast_printf (window, _("Could not import “%s”: %s"), name, describe_error (error));
    }
  else
    {
      toast_report (window, report);
    }

  finish_import (imp);
  return G_SOURCE_REMOVE;
}

typedef struct
{
  GBytes            *bytes;
  char              *origin;
  PursuitCsvMapping *mapping;
} ParseData;

typedef struct
{
  GPtrArray *jobs;
  GPtrArray *notes;
} ParseResult;

static void
parse_data_free (ParseData *data)
{
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_pointer (&data->origin, g_free);
  g_clear_object (&data->mapping);
  g_free (data);
}

static void
parse_result_free (ParseResult *result)
{
  g_clear_pointer (&result->jobs, g_ptr_array_unref);
  g_clear_pointer (&result->notes, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ParseResult, parse_result_free)

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ParseData *data = task_data;
  g_autoptr(ParseResult) result = g_new0 (ParseResult, 1);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (data->bytes, &length);

  result->jobs = pursuit_importer_parse (text, length, data->origin, data->mapping,
                                         &result->notes, &error);
  if (result->jobs == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&result), (GDestroyNotify)parse_result_free);
}

static void
parse_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ParseResult) parsed = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *name = NULL;
  PursuitWindow *window;
  Import *imp;

  /* Cancelled: the Import is gone already. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  imp = user_data;
  window = imp->op->window;
  name = display_name (imp->op->file);

  if (parsed == NULL)
    {
      g_debug ("Reading %s failed: %s", name, error->message);
      toast_printf (window, _("Could not import “%s”: %s"), name, describe_error (error));
      finish_import (imp);
      return;
    }

  imp->batch = pursuit_import_batch_new (imp->store, parsed->jobs, parsed->notes,
                                         PURSUIT_DUPLICATES_SKIP);
  update_progress (imp);
  imp->idle_id = g_idle_add (write_slice_cb, imp);
}

/* Parses op's file (with @mapping for a CSV file) in a thread, then
 * writes its jobs in slices. Takes @mapping, which the thread owns. */
static void
start_import (Operation         *op,
              PursuitCsvMapping *mapping)
{
  g_autoptr(GTask) task = NULL;
  ParseData *data;
  Import *imp;

  /* The window was closed meanwhile: nobody to import for. */
  if (pursuit_window_get_store (op->window) == NULL)
    {
      g_clear_object (&mapping);
      return;
    }

  if (pursuit_import_export_is_busy (op->window))
    {
      g_clear_object (&mapping);
      toast_printf (op->window, _("Another import is still running"));
      return;
    }

  imp = g_new0 (Import, 1);
  imp->op = operation_ref (op);
  /* The window lets go of its store when it is closed. */
  imp->store = g_object_ref (pursuit_window_get_store (op->window));
  imp->cancellable = g_cancellable_new ();
  g_object_set_data_full (G_OBJECT (op->window), IMPORT_KEY, imp, (GDestroyNotify)import_free);

  if (progress_delay_ms == 0)
    show_progress_cb (imp);
  else
    imp->delay_id = g_timeout_add (progress_delay_ms, show_progress_cb, imp);

  data = g_new0 (ParseData, 1);
  data->bytes = g_bytes_ref (op->bytes);
  data->origin = g_file_get_basename (op->file);
  data->mapping = mapping;

  /* On cancel, parse_cb sees G_IO_ERROR_CANCELLED and leaves imp alone. */
  task = g_task_new (NULL, imp->cancellable, parse_cb, imp);
  g_task_set_source_tag (task, start_import);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_set_task_data (task, data, (GDestroyNotify)parse_data_free);
  g_task_run_in_thread (task, parse_thread);
}

/* A private copy for the parsing thread: the dialog's mapping stays on
 * the main thread. */
static PursuitCsvMapping *
copy_mapping (PursuitCsvMapping *mapping)
{
  guint n_columns = pursuit_csv_mapping_get_n_columns (mapping);
  g_autofree const char **header = g_new0 (const char *, n_columns + 1);
  PursuitCsvMapping *copy;

  for (guint i = 0; i < n_columns; i++)
    header[i] = pursuit_csv_mapping_get_column_name (mapping, i);

  copy = pursuit_csv_mapping_new (header);
  for (guint i = 0; i < n_columns; i++)
    pursuit_csv_mapping_set_field (copy, i, pursuit_csv_mapping_get_field (mapping, i));

  return copy;
}

static void
on_mapping_import_cb (PursuitCsvMappingDialog *dialog,
                      Operation               *op)
{
  start_import (op, copy_mapping (pursuit_csv_mapping_dialog_get_mapping (dialog)));
}

static void
show_mapping_dialog (Operation *op)
{
  g_autoptr(PursuitCsvMapping) mapping = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (op->file);
  PursuitCsvMappingDialog *dialog;
  gsize length;
  const char *text = g_bytes_get_data (op->bytes, &length);

  mapping = pursuit_csv_read_preview (text, length, PREVIEW_ROWS, &rows, &error);
  if (mapping == NULL)
    {
      g_debug ("Reading %s failed: %s", name, error->message);
      toast_printf (op->window, _("Could not import “%s”: %s"), name, describe_error (error));
      return;
    }

  dialog = pursuit_csv_mapping_dialog_new (GTK_WINDOW (op->window), mapping, rows, name);
  g_signal_connect_data (dialog, "import", G_CALLBACK (on_mapping_import_cb),
                         operation_ref (op), (GClosureNotify)(void (*) (void))operation_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_backup (Operation *op)
{
  PursuitStore *store = pursuit_window_get_store (op->window);
  g_autofree char *name = display_name (op->file);
  g_autoptr(GError) error = NULL;
  const char *text;
  gsize length;
  guint n_jobs;

  text = g_bytes_get_data (op->bytes, &length);
  if (!pursuit_backup_restore_json (store, text, length, &error))
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

  dialog = _pursuit_confirm_dialog_new (GTK_WINDOW (op->window), _("Replace All Jobs?"), NULL,
                                        "replace", _("_Replace"));
  adw_message_dialog_format_body (dialog,
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "This is a Pursuit backup. Restoring it replaces the %u job in Pursuit, with its notes and history, by the backup’s.",
                                               "This is a Pursuit backup. Restoring it replaces the %u jobs in Pursuit, with their notes and history, by the backup’s.",
                                               n_jobs),
                                  n_jobs);
  g_signal_connect (dialog, "response", G_CALLBACK (on_restore_response_cb), operation_ref (op));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What to do with a file's contents: backups are restored whole, CSV
 * files go through the mapping step (unless @mapping is given), anything
 * else is parsed and imported. */
static void
dispatch_contents (Operation         *op,
                   PursuitCsvMapping *mapping)
{
  g_autofree char *name = display_name (op->file);
  g_autofree char *basename = g_file_get_basename (op->file);
  PursuitStore *store = pursuit_window_get_store (op->window);
  PursuitImportFormat format;
  const char *text;
  gsize length;
  guint n_jobs;

  text = g_bytes_get_data (op->bytes, &length);
  format = pursuit_importer_detect (text, length, basename);

  if (format == PURSUIT_IMPORT_FORMAT_BACKUP)
    {
      n_jobs = pursuit_backup_count_jobs (store);
      if (n_jobs > 0)
        confirm_restore (op, n_jobs);
      else
        restore_backup (op);
      return;
    }

  if (mapping != NULL)
    start_import (op, copy_mapping (mapping));
  else if (format == PURSUIT_IMPORT_FORMAT_CSV)
    show_mapping_dialog (op);
  else
    start_import (op, NULL);
}

static void
load_contents_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(Operation) op = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = display_name (op->file);
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      g_debug ("Reading %s failed: %s", name, error->message);
      toast_printf (op->window, _("Could not read “%s”: %s"), name, describe_error (error));
      return;
    }

  op->bytes = g_bytes_new_take (contents, length);

  /* The window was closed while the file was read. */
  if (pursuit_window_get_store (op->window) == NULL)
    return;

  dispatch_contents (op, op->mapping);
}

/**
 * pursuit_import_export_import_file:
 * @window: the main window
 * @file: a JSON backup, CSV file, saved posting or job board export
 *
 * Reads @file and imports its jobs into the window's store, skipping
 * duplicates. A CSV file first shows the column-mapping dialog; a backup
 * replaces the store's jobs after the user confirms. A long import shows
 * its progress and can be cancelled. The outcome is told in a toast.
 */
void
pursuit_import_export_import_file (PursuitWindow *window,
                                   GFile         *file)
{
  pursuit_import_export_import_csv (window, file, NULL);
}

/**
 * pursuit_import_export_import_csv:
 * @window: the main window
 * @file: a file to import
 * @mapping: (nullable): the columns' fields, if @file is a CSV file and the
 *   mapping is known already; %NULL asks the user
 *
 * Like [func@Pursuit.import_export_import_file], without the mapping dialog
 * when @mapping is given.
 */
void
pursuit_import_export_import_csv (PursuitWindow     *window,
                                  GFile             *file,
                                  PursuitCsvMapping *mapping)
{
  Operation *op;

  g_return_if_fail (PURSUIT_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (mapping == NULL || PURSUIT_IS_CSV_MAPPING (mapping));

  op = operation_new (window, file);
  if (mapping != NULL)
    op->mapping = copy_mapping (mapping);

  g_file_load_contents_async (file, NULL, load_contents_cb, op);
}

/**
 * pursuit_import_export_is_busy:
 * @window: the main window
 *
 * Returns: whether an import into @window's store is running
 */
gboolean
pursuit_import_export_is_busy (PursuitWindow *window)
{
  g_return_val_if_fail (PURSUIT_IS_WINDOW (window), FALSE);

  return g_object_get_data (G_OBJECT (window), IMPORT_KEY) != NULL;
}

/**
 * pursuit_import_export_cancel:
 * @window: the main window
 *
 * Cancels the running import, as its Cancel button does: nothing of it
 * stays in the store.
 */
void
pursuit_import_export_cancel (PursuitWindow *window)
{
  Import *imp;

  g_return_if_fail (PURSUIT_IS_WINDOW (window));

  imp = g_object_get_data (G_OBJECT (window), IMPORT_KEY);
  if (imp != NULL)
    cancel_import (imp);
}

/**
 * pursuit_import_export_set_progress_delay:
 * @delay_ms: milliseconds
 *
 * Sets how long an import runs before its progress dialog shows (300 ms by
 * default); for tests.
 */
void
pursuit_import_export_set_progress_delay (guint delay_ms)
{
  progress_delay_ms = delay_ms;
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

  g_debug ("Exported %u jobs to %s", op->n_jobs, name);
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
