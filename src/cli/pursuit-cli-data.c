/* pursuit-cli-data.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pursuit-backup.h"
#include "pursuit-cli-private.h"
#include "pursuit-csv.h"
#include "pursuit-demo.h"
#include "pursuit-importer.h"

/* The commands that move data in and out of the store: import, export,
 * demo, backups, restore. */

#define MAX_DEMO_JOBS 100000

static void
warn_about_messages (GPtrArray *messages)
{
  for (guint i = 0; i < messages->len; i++)
    _pursuit_cli_warn ("%s", (const char *)g_ptr_array_index (messages, i));
}

/* A backup into a store that has jobs replaces them all: only on request,
 * and after a copy of the database that `restore` can bring back. */
static gboolean
replace_with_backup (PursuitCli  *cli,
                     const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autofree char *backup_dir = pursuit_backup_default_dir (cli->data_dir);
  g_autofree char *snapshot = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(JsonNode) node = NULL;

  snapshot = pursuit_backup_snapshot (cli->store, backup_dir, error);
  if (snapshot == NULL)
    {
      g_prefix_error (error, _("Not replacing the jobs, because the database could not be copied first: "));
      return FALSE;
    }

  if (!pursuit_backup_restore_json (cli->store, data, length, error))
    return FALSE;

  jobs = pursuit_store_list_jobs (cli->store, NULL, error);
  if (jobs == NULL)
    return FALSE;

  if (cli->json)
    {
      node = _pursuit_cli_jobs_to_json (cli, jobs);
      return _pursuit_cli_print_json (node, error);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE,
                        "Restored the backup: %u job. The previous database was copied to %s\n",
                        "Restored the backup: %u jobs. The previous database was copied to %s\n",
                        jobs->len),
           jobs->len, snapshot);
  return TRUE;
}

gboolean
_pursuit_cli_cmd_import (PursuitCli  *cli,
                         int          argc,
                         char       **argv,
                         GError     **error)
{
  gboolean merge = FALSE;
  gboolean replace = FALSE;
  const GOptionEntry entries[] = {
    { "merge", 0, 0, G_OPTION_ARG_NONE, &merge,
      N_("Complete jobs already in the store with the imported fields, instead of skipping them"), NULL },
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace,
      N_("Restore a Pursuit backup over the jobs in the store (a copy of the database is made first)"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *shown = NULL;
  g_auto(GStrv) args = NULL;
  PursuitImportFormat format;
  const char *data;
  gsize length = 0;
  guint n_added;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("FILE_OR_URL"), 1,
                                     _("Imports jobs from a CSV file, a Pursuit backup, a job posting page, or a "
                                       "Greenhouse, Lever or Ashby job board (a file or an address). Jobs "
                                       "already in the store are skipped unless --merge is given."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  shown = _pursuit_cli_sanitize (args[0], FALSE);

  bytes = _pursuit_cli_read_input (args[0], &origin, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_MALFORMED, _("“%s” is empty"), shown);
      return FALSE;
    }

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  format = pursuit_importer_detect (data, length, origin);
  if (format == PURSUIT_IMPORT_FORMAT_BACKUP && pursuit_backup_count_jobs (cli->store) > 0)
    {
      guint n_jobs = pursuit_backup_count_jobs (cli->store);

      if (replace)
        return replace_with_backup (cli, data, length, error);

      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "“%s” is a Pursuit backup: restoring it replaces the %u job in the store; add --replace to do that",
                                "“%s” is a Pursuit backup: restoring it replaces the %u jobs in the store; add --replace to do that",
                                n_jobs),
                   shown, n_jobs);
      return FALSE;
    }

  if (replace && format != PURSUIT_IMPORT_FORMAT_BACKUP)
    return _pursuit_cli_usage_error (error, _("--replace only applies to a Pursuit backup, and “%s” is not one"), shown);

  _pursuit_cli_capture_messages (messages);
  report = pursuit_importer_import (cli->store, data, length, origin,
                                    merge ? PURSUIT_DUPLICATES_MERGE : PURSUIT_DUPLICATES_SKIP, error);
  _pursuit_cli_capture_messages (NULL);
  warn_about_messages (messages);

  if (report == NULL)
    {
      g_prefix_error (error, "%s: ", shown);
      return FALSE;
    }

  if (cli->json)
    {
      node = _pursuit_cli_jobs_to_json (cli, report->added);
      return _pursuit_cli_print_json (node, error);
    }

  n_added = report->added->len;
  g_autofree char *imported = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u job", "Imported %u jobs", n_added),
                              n_added);
  g_autofree char *skipped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u duplicate skipped", "%u duplicates skipped",
                                          report->n_skipped),
                             report->n_skipped);

  if (report->merged->len > 0)
    {
      g_autofree char *merged = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u job completed", "%u jobs completed",
                                                              report->merged->len),
                                                 report->merged->len);

      /* Translators: "Imported 3 jobs, 1 job completed (2 duplicates skipped)" */
      g_print (_("%s, %s (%s)\n"), imported, merged, skipped);
    }
  else
    {
      /* Translators: "Imported 3 jobs (2 duplicates skipped)" */
      g_print (_("%s (%s)\n"), imported, skipped);
    }

  return TRUE;
}

/* The notes of each job as one cell: bodies apart by a blank line, as the
 * CSV importer reads them back. */
static GPtrArray *
collect_notes (PursuitCli *cli,
               GPtrArray  *jobs)
{
  GPtrArray *cells = g_ptr_array_new_full (jobs->len, g_free);

  for (guint i = 0; i < jobs->len; i++)
    {
      g_autoptr(GPtrArray) notes = pursuit_store_list_notes (cli->store, pursuit_job_get_id (g_ptr_array_index (jobs, i)));
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint n = 0; notes != NULL && n < notes->len; n++)
        {
          const char *body = pursuit_note_get_body (g_ptr_array_index (notes, n));

          if (body == NULL || body[0] == '\0')
            continue;
          if (text->len > 0)
            g_string_append (text, "\n\n");
          g_string_append (text, body);
        }

      g_ptr_array_add (cells, text->len > 0 ? g_strdup (text->str) : NULL);
    }

  return cells;
}

gboolean
_pursuit_cli_cmd_export (PursuitCli  *cli,
                         int          argc,
                         char       **argv,
                         GError     **error)
{
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_FILENAME, &format,
      N_("json (a full backup, the default) or csv (the jobs and their notes)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of the standard output"),
      N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GPtrArray) jobs = NULL;
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  g_auto(GStrv) args = NULL;
  gboolean csv;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Exports every job: as a JSON backup that “import” restores without "
                                       "loss, or as CSV for spreadsheets and other trackers."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  if (format == NULL)
    csv = output != NULL && g_str_has_suffix (output, ".csv");
  else if (g_ascii_strcasecmp (format, "csv") == 0)
    csv = TRUE;
  else if (g_ascii_strcasecmp (format, "json") == 0)
    csv = FALSE;
  else
    return _pursuit_cli_usage_error (error, _("Unknown format “%s”; use json or csv"), format);

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  jobs = pursuit_store_list_jobs (cli->store, NULL, error);
  if (jobs == NULL)
    return FALSE;

  if (csv)
    {
      g_autoptr(GPtrArray) notes = collect_notes (cli, jobs);

      text = pursuit_csv_export_jobs (jobs, notes);
    }
  else
    {
      text = pursuit_backup_export_json (cli->store, error);
      if (text == NULL)
        return FALSE;
    }

  if (!_pursuit_cli_write_export (cli, output, text, csv ? "csv" : "json", jobs->len, &shown, error))
    return FALSE;

  if (shown != NULL)
    g_print (g_dngettext (GETTEXT_PACKAGE, "Exported %u job to %s\n", "Exported %u jobs to %s\n", jobs->len),
             jobs->len, shown);

  return TRUE;
}

gboolean
_pursuit_cli_cmd_demo (PursuitCli  *cli,
                       int          argc,
                       char       **argv,
                       GError     **error)
{
  int n_jobs = PURSUIT_DEMO_DEFAULT_JOBS;
  gint64 seed = -1;
  const GOptionEntry entries[] = {
    { "jobs", 'n', 0, G_OPTION_ARG_INT, &n_jobs, N_("How many jobs to add (default 60)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      N_("The seed of the random numbers: the same seed gives the same jobs"), N_("S") },
    G_OPTION_ENTRY_NULL
  };
  g_auto(GStrv) args = NULL;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Adds realistic, varied sample jobs, for demonstrations and benchmarks."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  if (n_jobs < 1 || n_jobs > MAX_DEMO_JOBS)
    return _pursuit_cli_usage_error (error, _("The number of jobs must be between 1 and %d, not %d"),
                                     MAX_DEMO_JOBS, n_jobs);

  if (seed == -1)
    seed = g_random_int ();
  else if (seed < 0 || seed > G_MAXUINT32)
    return _pursuit_cli_usage_error (error, _("The seed must be between 0 and %u"), G_MAXUINT32);

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  if (!pursuit_demo_fill (cli->store, n_jobs, (guint32)seed, error))
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "added");
      json_builder_add_int_value (builder, n_jobs);
      json_builder_set_member_name (builder, "seed");
      json_builder_add_int_value (builder, seed);
      json_builder_end_object (builder);

      node = json_builder_get_root (builder);
      return _pursuit_cli_print_json (node, error);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Added %d sample job (seed %lld)\n", "Added %d sample jobs (seed %lld)\n",
                        n_jobs),
           n_jobs, (long long)seed);
  return TRUE;
}

gboolean
_pursuit_cli_cmd_backups (PursuitCli  *cli,
                          int          argc,
                          char       **argv,
                          GError     **error)
{
  const char *headers[] = { _("Date"), _("Size"), _("File"), NULL };
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *backup_dir = NULL;
  g_auto(GStrv) args = NULL;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Lists the automatic daily copies of the database, newest first. "
                                       "“pursuit-cli restore FILE” brings one back."),
                                     NULL, error);
  if (args == NULL)
    return FALSE;

  backup_dir = pursuit_backup_default_dir (cli->data_dir);
  paths = pursuit_backup_list (backup_dir);

  builder = json_builder_new ();
  json_builder_begin_array (builder);
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *iso = NULL;
      GStatBuf buf;
      char **row;

      if (g_stat (path, &buf) != 0)
        continue;

      iso = _pursuit_cli_format_iso_time (buf.st_mtime);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, display);
      json_builder_set_member_name (builder, "created_at");
      json_builder_add_string_value (builder, iso);
      json_builder_set_member_name (builder, "size");
      json_builder_add_int_value (builder, buf.st_size);
      json_builder_end_object (builder);

      row = g_new0 (char *, 4);
      row[0] = _pursuit_cli_format_local_time (buf.st_mtime);
      row[1] = g_format_size (buf.st_size);
      row[2] = g_steal_pointer (&display);
      g_ptr_array_add (rows, row);
    }

  json_builder_end_array (builder);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = json_builder_get_root (builder);

      return _pursuit_cli_print_json (node, error);
    }

  if (rows->len == 0)
    {
      g_autofree char *shown = g_filename_display_name (backup_dir);

      g_print (_("No automatic backups yet in %s\n"), shown);
      return TRUE;
    }

  _pursuit_cli_print_table (headers, rows, NULL);
  return TRUE;
}

gboolean
_pursuit_cli_cmd_restore (PursuitCli  *cli,
                          int          argc,
                          char       **argv,
                          GError     **error)
{
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *database = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *kept_aside = NULL;
  g_autofree char *shown_backup = NULL;
  g_autofree char *shown_aside = NULL;
  g_auto(GStrv) args = NULL;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("FILE"), 1,
                                     _("Restores an automatic backup (a path, or a file name from “pursuit-cli "
                                       "backups”) after checking that it is intact. The current database is "
                                       "kept aside, not deleted. Close Pursuit first."),
                                     NULL, error);
  if (args == NULL)
    return FALSE;

  data_dir = _pursuit_cli_get_data_dir (cli);
  database = g_build_filename (data_dir, "pursuit.db", NULL);

  backup = g_strdup (args[0]);
  if (!g_file_test (backup, G_FILE_TEST_EXISTS) && strchr (backup, G_DIR_SEPARATOR) == NULL)
    {
      g_autofree char *backup_dir = pursuit_backup_default_dir (cli->data_dir);
      g_autofree char *in_dir = g_build_filename (backup_dir, args[0], NULL);

      if (g_file_test (in_dir, G_FILE_TEST_EXISTS))
        {
          g_free (backup);
          backup = g_steal_pointer (&in_dir);
        }
    }

  /* No store is open here: the file is replaced underneath. */
  if (!pursuit_backup_restore_file (database, backup, &kept_aside, error))
    return FALSE;

  /* Opening it upgrades an older schema and proves it works. */
  store = pursuit_store_open_default (cli->data_dir, error);
  if (store == NULL)
    return FALSE;

  jobs = pursuit_store_list_jobs (store, NULL, error);
  if (jobs == NULL)
    return FALSE;

  shown_backup = g_filename_display_name (backup);
  shown_aside = kept_aside != NULL ? g_filename_display_name (kept_aside) : NULL;

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "restored");
      json_builder_add_string_value (builder, shown_backup);
      json_builder_set_member_name (builder, "kept_aside");
      if (shown_aside != NULL)
        json_builder_add_string_value (builder, shown_aside);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "jobs");
      json_builder_add_int_value (builder, jobs->len);
      json_builder_end_object (builder);

      node = json_builder_get_root (builder);
      return _pursuit_cli_print_json (node, error);
    }

  g_print (g_dngettext (GETTEXT_PACKAGE, "Restored %s (%u job)\n", "Restored %s (%u jobs)\n", jobs->len),
           shown_backup, jobs->len);
  if (shown_aside != NULL)
    g_print (_("The previous database was kept as %s\n"), shown_aside);

  return TRUE;
}
