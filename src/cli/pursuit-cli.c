/* pursuit-cli.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-backup.h"
#include "pursuit-cli-private.h"

static const PursuitCliCommand commands[] = {
  { "add", _pursuit_cli_cmd_add, N_("Add a job, or import a posting page with --url") },
  { "list", _pursuit_cli_cmd_list, N_("List the jobs, or the jobs in one stage") },
  { "show", _pursuit_cli_cmd_show, N_("Show everything about one job") },
  { "move", _pursuit_cli_cmd_move, N_("Move a job to another stage") },
  { "note", _pursuit_cli_cmd_note, N_("Add a note or a reminder to a job") },
  { "tag", _pursuit_cli_cmd_tag, N_("Add tags to a job") },
  { "untag", _pursuit_cli_cmd_untag, N_("Take tags off a job") },
  { "search", _pursuit_cli_cmd_search, N_("Search titles, companies, locations, descriptions, notes and tags") },
  { "stages", _pursuit_cli_cmd_stages, N_("List the stages of the pipeline") },
  { "import", _pursuit_cli_cmd_import, N_("Import a CSV file, a backup, a posting page or a job board") },
  { "export", _pursuit_cli_cmd_export, N_("Export every job as a JSON backup or as CSV") },
  { "demo", _pursuit_cli_cmd_demo, N_("Fill the store with realistic sample jobs") },
  { "backups", _pursuit_cli_cmd_backups, N_("List the automatic backups of the database") },
  { "restore", _pursuit_cli_cmd_restore, N_("Restore an automatic backup") },
  { "interview", _pursuit_cli_cmd_interview, N_("Schedule, list or cancel a job’s interviews") },
  { "follow-up", _pursuit_cli_cmd_follow_up, N_("Mark a follow-up as done or skip it") },
  { "due", _pursuit_cli_cmd_due, N_("List what is overdue and what is due soon") },
  { "export-ics", _pursuit_cli_cmd_export_ics, N_("Export interviews and follow-ups as an iCalendar file") },
  { "import-ics", _pursuit_cli_cmd_import_ics, N_("Import an interview invitation (.ics) into a job") },
  { "classify-email", _pursuit_cli_cmd_classify_email, N_("Classify one email (.eml) and find its job") },
  { "suggestions", _pursuit_cli_cmd_suggestions, N_("List, accept, dismiss or undo the suggestions from email") },
  { "accounts", _pursuit_cli_cmd_accounts, N_("List, add or remove calendar accounts (Google, CalDAV)") },
  { "sync", _pursuit_cli_cmd_sync, N_("Sync the calendar accounts once and print what was done") },
  { "cv", _pursuit_cli_cmd_cv, N_("Import, list, activate, remove or show your CV versions") },
  { "match", _pursuit_cli_cmd_match, N_("Show how well your CV matches a job and what is missing") },
  { "recommend", _pursuit_cli_cmd_recommend, N_("Rank the saved postings against your profile, with reasons") },
  { "practice", _pursuit_cli_cmd_practice, N_("Print interview practice questions for a job") },
  { "report", _pursuit_cli_cmd_report, N_("Print the Reports page’s numbers, or write them as CSV or PDF") },
  { "company", _pursuit_cli_cmd_company, N_("List the companies of your jobs, or show one’s page; save notes on it") },
  { "document", _pursuit_cli_cmd_document, N_("Write, list and export cover letters and CV variants") },
  { "apply", _pursuit_cli_cmd_apply, N_("Record that an application was sent, with which documents") },
};

/* Messages logged while an import runs, to be explained afterwards. */
static GPtrArray *captured_messages;

static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  g_autofree char *text = NULL;
  const char *message = NULL;

  if (log_level & (G_LOG_LEVEL_DEBUG | G_LOG_LEVEL_INFO))
    return g_log_writer_default (log_level, fields, n_fields, user_data);

  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
      message = fields[i].value;

  if (message == NULL)
    return g_log_writer_default (log_level, fields, n_fields, user_data);

  if ((log_level & G_LOG_LEVEL_MESSAGE) && captured_messages != NULL)
    {
      g_ptr_array_add (captured_messages, g_strdup (message));
      return G_LOG_WRITER_HANDLED;
    }

  /* One readable line, like our errors, instead of GLib's debugging format. */
  text = _pursuit_cli_sanitize (message, FALSE);
  if (log_level & G_LOG_LEVEL_MESSAGE)
    g_printerr ("pursuit-cli: %s\n", text);
  else if (log_level & G_LOG_LEVEL_WARNING)
    g_printerr ("pursuit-cli: %s: %s\n", _("warning"), text);
  else
    g_printerr ("pursuit-cli: %s: %s\n", _("internal error"), text);

  return G_LOG_WRITER_HANDLED;
}

/**
 * _pursuit_cli_capture_messages:
 * @sink: (nullable): where to collect the text of g_message() calls, or
 *   %NULL to print them again
 */
void
_pursuit_cli_capture_messages (GPtrArray *sink)
{
  captured_messages = sink;
}

void
_pursuit_cli_warn (const char *format,
                   ...)
{
  g_autofree char *message = NULL;
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  text = _pursuit_cli_sanitize (message, FALSE);
  g_printerr ("pursuit-cli: %s: %s\n", _("warning"), text);
}

char *
_pursuit_cli_get_data_dir (PursuitCli *cli)
{
  return cli->data_dir != NULL ? g_strdup (cli->data_dir) : pursuit_store_default_data_dir ();
}

static void
load_stage_labels (PursuitCli *cli)
{
  g_autoptr(GPtrArray) stages = pursuit_store_list_stages (cli->store);

  cli->stage_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);
      const char *label = pursuit_stage_get_label (stage);

      /* Built-in labels are stored in English; renamed ones are not in
       * the catalog and come back unchanged. */
      g_hash_table_insert (cli->stage_labels,
                           g_strdup (pursuit_stage_get_key (stage)),
                           g_strdup (label != NULL && label[0] != '\0' ? _(label) : pursuit_stage_get_key (stage)));
    }
}

/**
 * _pursuit_cli_open_store:
 *
 * Opens the store once, starts the automation that plans follow-ups on
 * stage changes, and makes the daily backup if one is due.
 *
 * Returns: (transfer none) (nullable): the store
 */
PursuitStore *
_pursuit_cli_open_store (PursuitCli  *cli,
                         GError     **error)
{
  g_autoptr(GError) backup_error = NULL;
  g_autofree char *backup_dir = NULL;
  g_autofree char *snapshot = NULL;

  if (cli->store != NULL)
    return cli->store;

  cli->store = pursuit_store_open_default (cli->data_dir, error);
  if (cli->store == NULL)
    return NULL;

  cli->automation = pursuit_automation_new (cli->store);
  load_stage_labels (cli);

  backup_dir = pursuit_backup_default_dir (cli->data_dir);
  snapshot = pursuit_backup_run_if_due (cli->store, backup_dir, PURSUIT_CLI_KEEP_BACKUPS, &backup_error);
  if (backup_error != NULL)
    _pursuit_cli_warn (_("Could not make the daily backup: %s"), backup_error->message);
  else if (snapshot != NULL)
    g_debug ("Backed up the database to %s", snapshot);

  return cli->store;
}

const char *
_pursuit_cli_stage_label (PursuitCli *cli,
                          const char *key)
{
  const char *label = NULL;

  if (key == NULL)
    return NULL;

  if (cli->stage_labels != NULL)
    label = g_hash_table_lookup (cli->stage_labels, key);

  return label != NULL ? label : key;
}

static char *
normalize_stage_name (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_strstrip (folded);
  g_strdelimit (folded, " -", '_');
  return g_steal_pointer (&folded);
}

/**
 * _pursuit_cli_resolve_stage:
 * @text: a stage key ("interview_scheduled"), or a label in any case
 *   ("Interview Scheduled", "interview-scheduled")
 *
 * Returns: (transfer full) (nullable): the stage key
 */
char *
_pursuit_cli_resolve_stage (PursuitCli  *cli,
                            const char  *text,
                            GError     **error)
{
  g_autofree char *wanted = normalize_stage_name (text);
  g_autoptr(GPtrArray) stages = pursuit_store_list_stages (cli->store);
  g_autoptr(GString) keys = g_string_new (NULL);
  g_autofree char *shown = NULL;

  for (guint i = 0; i < stages->len; i++)
    {
      const char *key = pursuit_stage_get_key (g_ptr_array_index (stages, i));

      if (g_str_equal (key, text))
        return g_strdup (key);
    }

  for (guint i = 0; i < stages->len; i++)
    {
      const char *key = pursuit_stage_get_key (g_ptr_array_index (stages, i));
      g_autofree char *by_key = normalize_stage_name (key);
      g_autofree char *by_label = normalize_stage_name (_pursuit_cli_stage_label (cli, key));

      if (g_str_equal (wanted, by_key) || g_str_equal (wanted, by_label))
        return g_strdup (key);

      if (keys->len > 0)
        g_string_append (keys, ", ");
      g_string_append (keys, key);
    }

  shown = _pursuit_cli_sanitize (text, FALSE);
  g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
               _("Unknown stage “%s”; the stages are %s"), shown, keys->str);
  return NULL;
}

gboolean
_pursuit_cli_write_stdout (const char  *data,
                           gsize        length,
                           GError     **error)
{
  if (length > 0 && fwrite (data, 1, length, stdout) != length)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write the output: %s"), g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * _pursuit_cli_print_written:
 * @path: the file written, as given on the command line
 * @format: the "format" reported ("csv", "pdf")
 * @n_jobs: the "jobs" reported, or -1 to leave it out
 *
 * What `--json` prints after a command wrote a file: where it went, as
 * an absolute path, so every command that writes one answers alike.
 */
gboolean
_pursuit_cli_print_written (const char  *path,
                            const char  *format,
                            gint64       n_jobs,
                            GError     **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *utf8_path = g_filename_display_name (absolute);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "path");
  json_builder_add_string_value (builder, utf8_path);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, format);
  if (n_jobs >= 0)
    {
      json_builder_set_member_name (builder, "jobs");
      json_builder_add_int_value (builder, n_jobs);
    }
  json_builder_end_object (builder);

  node = json_builder_get_root (builder);
  return _pursuit_cli_print_json (node, error);
}

/**
 * _pursuit_cli_write_export:
 * @output: (nullable): the file to write, or %NULL for the standard output
 * @text: the whole export
 * @format: the "format" that `--json` reports ("csv")
 * @n_jobs: the "jobs" that `--json` reports, or -1 to leave it out
 * @out_shown: (out) (nullable): the name of the file written, to tell
 *   people where the export went; %NULL when there is nothing more to say
 *
 * Writes an export of the store, and with `--json` says where it went.
 */
gboolean
_pursuit_cli_write_export (PursuitCli  *cli,
                           const char  *output,
                           const char  *text,
                           const char  *format,
                           gint64       n_jobs,
                           char       **out_shown,
                           GError     **error)
{
  *out_shown = NULL;

  if (output == NULL)
    return _pursuit_cli_write_stdout (text, strlen (text), error);

  /* Atomically, and private: it is the user's job search. */
  if (!g_file_set_contents_full (output, text, strlen (text),
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, error))
    return FALSE;

  if (!cli->json)
    {
      *out_shown = g_filename_display_name (output);
      return TRUE;
    }

  return _pursuit_cli_print_written (output, format, n_jobs, error);
}

static const PursuitCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];

  return NULL;
}

/* Finds the command before GOption runs, so that the usage line of
 * `pursuit-cli move --help` names the command. */
static const char *
scan_command_name (int    argc,
                   char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--data-dir"))
        {
          i++;
          continue;
        }
      if (g_str_equal (argv[i], "--"))
        return i + 1 < argc ? argv[i + 1] : NULL;
      if (argv[i][0] == '-')
        continue;
      return argv[i];
    }

  return NULL;
}

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-10s  %s", commands[i].name, _(commands[i].summary));

  g_string_append (text, "\n\n");
  g_string_append (text, _("Run “pursuit-cli COMMAND --help” for the options of a command."));
  return g_string_free (text, FALSE);
}

static int
exit_status_for (const GError *error)
{
  if (error->domain == G_OPTION_ERROR)
    return PURSUIT_CLI_EXIT_USAGE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return PURSUIT_CLI_EXIT_CANCELLED;
  return PURSUIT_CLI_EXIT_FAILURE;
}

static gboolean
run (PursuitCli  *cli,
     int          argc,
     char       **argv,
     GError     **error)
{
  const GOptionEntry entries[] = {
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &cli->data_dir,
      N_("Use the database in DIR instead of the default one"), N_("DIR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &cli->json, N_("Print machine-readable JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *description = describe_commands ();
  g_autofree char *shown = NULL;
  const PursuitCliCommand *command;
  gboolean help = FALSE;

  context = g_option_context_new (_("COMMAND [ARGUMENTS…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _("Manage the jobs of Pursuit, the job search tracker, from a terminal."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_strict_posix (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, error))
    return FALSE;

  if (argc >= 2 && g_str_equal (argv[1], "--"))
    {
      argv++;
      argc--;
    }

  if (argc < 2)
    return _pursuit_cli_usage_error (error, _("No command given; run “pursuit-cli --help” to see the commands"));

  /* `pursuit-cli help [COMMAND]` */
  if (g_str_equal (argv[1], "help"))
    {
      if (argc < 3 || find_command (argv[2]) == NULL)
        {
          g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);

          g_print ("%s", text);
          return TRUE;
        }

      help = TRUE;
      argv++;
      argc--;
    }

  command = find_command (argv[1]);
  if (command == NULL)
    {
      shown = _pursuit_cli_sanitize (argv[1], FALSE);
      return _pursuit_cli_usage_error (error, _("Unknown command “%s”; run “pursuit-cli --help” to see the commands"),
                                       shown);
    }

  if (help)
    {
      char *help_argv[] = { argv[1], (char *)"--help", NULL };

      return command->func (cli, 2, help_argv, error);
    }

  return command->func (cli, argc - 1, argv + 1, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = NULL;
  PursuitCli cli = { 0 };
  const char *command;
  int status = EXIT_SUCCESS;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_log_set_writer_func (log_writer_cb, NULL, NULL);

  command = scan_command_name (argc, argv);
  if (command != NULL && find_command (command) != NULL)
    prgname = g_strconcat ("pursuit-cli ", command, NULL);
  g_set_prgname (prgname != NULL ? prgname : "pursuit-cli");

  if (!run (&cli, argc, argv, &error))
    status = exit_status_for (error);

  /* g_print() flushes and ignores errors; the stream remembers them. */
  if (error == NULL && fflush (stdout) != 0)
    {
      int saved_errno = errno;

      g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write the output: %s"), g_strerror (saved_errno));
      status = PURSUIT_CLI_EXIT_FAILURE;
    }
  else if (error == NULL && ferror (stdout))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the output"));
      status = PURSUIT_CLI_EXIT_FAILURE;
    }

  if (error != NULL)
    {
      g_autofree char *message = _pursuit_cli_sanitize (error->message, FALSE);

      g_printerr ("pursuit-cli: %s\n", message);
    }

  g_clear_object (&cli.automation);
  g_clear_object (&cli.store);
  g_clear_pointer (&cli.stage_labels, g_hash_table_unref);
  g_clear_pointer (&cli.data_dir, g_free);
  g_clear_pointer (&cli.command_data_dir, g_free);
  g_clear_pointer (&cli.help_description, g_free);

  return status;
}
