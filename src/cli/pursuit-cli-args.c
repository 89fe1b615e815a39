/* pursuit-cli-args.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"

/* Command lines: each command's GOptionContext, and the checks every
 * argument goes through before it reaches the store. */

gboolean
_pursuit_cli_usage_error (GError     **error,
                          const char  *format,
                          ...)
{
  va_list args;

  va_start (args, format);
  g_propagate_error (error, g_error_new_valist (G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, format, args));
  va_end (args);

  return FALSE;
}

/**
 * _pursuit_cli_check_text:
 * @text: (inout): an argument as given on the command line
 * @what: the option or parameter, for the error message
 *
 * Makes sure a text argument is UTF-8: arguments are bytes in the locale's
 * encoding, and everything we store is UTF-8.
 */
gboolean
_pursuit_cli_check_text (char       **text,
                         const char  *what,
                         GError     **error)
{
  g_autofree char *converted = NULL;

  if (*text == NULL || g_utf8_validate (*text, -1, NULL))
    return TRUE;

  if (!g_get_charset (NULL))
    converted = g_locale_to_utf8 (*text, -1, NULL, NULL, NULL);

  if (converted == NULL)
    return _pursuit_cli_usage_error (error, _("The argument %s is not valid UTF-8 text"), what);

  g_free (*text);
  *text = g_steal_pointer (&converted);
  return TRUE;
}

/**
 * _pursuit_cli_join_words:
 * @words: arguments
 * @what: the parameter, for the error message
 *
 * Returns: (transfer full) (nullable): the arguments joined with spaces, as
 *   a shell user expects from `search remote rust`
 */
char *
_pursuit_cli_join_words (char       **words,
                         const char  *what,
                         GError     **error)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (!_pursuit_cli_check_text (&words[i], what, error))
      return NULL;

  return g_strjoinv (" ", words);
}

GOptionContext *
_pursuit_cli_context_new (PursuitCli         *cli,
                          const char         *parameters,
                          const char         *summary,
                          const GOptionEntry *entries)
{
  const GOptionEntry common[] = {
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &cli->command_data_dir,
      N_("Use the database in DIR instead of the default one"), N_("DIR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &cli->json, N_("Print machine-readable JSON"), NULL },
    G_OPTION_ENTRY_NULL
  };
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (cli->help_description != NULL)
    g_option_context_set_description (context, cli->help_description);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);

  return context;
}

static gboolean
is_path_option (const GOptionEntry *entry)
{
  return g_strcmp0 (entry->long_name, "output") == 0;
}

/**
 * _pursuit_cli_parse:
 * @cli: the state of the run
 * @context: the command's options
 * @entries: (nullable): the command's own entries, the same as in @context
 * @argc: (inout): the number of arguments, from the command's name on
 * @argv: (inout): the arguments
 *
 * Parses the options, checks that text options are UTF-8, and takes the
 * command's own --data-dir.
 *
 * Returns: (transfer full) (nullable): the positional arguments after the
 *   command's name (an empty array if there are none), or %NULL on error
 */
GStrv
_pursuit_cli_parse (PursuitCli          *cli,
                    GOptionContext      *context,
                    const GOptionEntry  *entries,
                    int                 *argc,
                    char              ***argv,
                    GError             **error)
{
  g_autoptr(GStrvBuilder) args = g_strv_builder_new ();
  gboolean seen_dashes = FALSE;

  if (!g_option_context_parse (context, argc, argv, error))
    {
      if (error != NULL && *error != NULL)
        {
          char *message = g_strdup_printf (_("%s (see “%s --help”)"), (*error)->message, g_get_prgname ());

          g_free ((*error)->message);
          (*error)->message = message;
        }
      return NULL;
    }

  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    {
      g_autofree char *what = NULL;

      if (entries[i].arg != G_OPTION_ARG_FILENAME || is_path_option (&entries[i]))
        continue;

      what = g_strconcat ("--", entries[i].long_name, NULL);
      if (!_pursuit_cli_check_text (entries[i].arg_data, what, error))
        return NULL;
    }

  if (cli->command_data_dir != NULL)
    {
      g_free (cli->data_dir);
      cli->data_dir = g_steal_pointer (&cli->command_data_dir);
    }

  if (cli->data_dir != NULL && cli->data_dir[0] == '\0')
    {
      _pursuit_cli_usage_error (error, _("--data-dir needs the name of a folder"));
      return NULL;
    }

  for (int i = 1; i < *argc; i++)
    {
      if (!seen_dashes && g_str_equal ((*argv)[i], "--"))
        {
          seen_dashes = TRUE;
          continue;
        }
      g_strv_builder_add (args, (*argv)[i]);
    }

  return g_strv_builder_end (args);
}

/**
 * _pursuit_cli_check_n_args:
 * @args: the positional arguments
 * @n_wanted: how many the command takes
 * @names: their names, as in the usage line
 */
gboolean
_pursuit_cli_check_n_args (char       **args,
                           guint        n_wanted,
                           const char  *names,
                           GError     **error)
{
  guint n = g_strv_length (args);

  if (n < n_wanted)
    return _pursuit_cli_usage_error (error, _("Missing %s (see “%s --help”)"), names, g_get_prgname ());

  if (n > n_wanted)
    {
      g_autofree char *extra = _pursuit_cli_sanitize (args[n_wanted], FALSE);

      return _pursuit_cli_usage_error (error, _("Unexpected argument “%s”"), extra);
    }

  return TRUE;
}

gboolean
_pursuit_cli_parse_id (const char  *text,
                       gint64      *out_id,
                       GError     **error)
{
  const char *digits = text[0] == '#' ? text + 1 : text;
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (digits, 10, 1, G_MAXINT64, &value, NULL))
    {
      g_autofree char *shown = _pursuit_cli_sanitize (text, FALSE);

      return _pursuit_cli_usage_error (error, _("“%s” is not a job id (a number such as 12)"), shown);
    }

  *out_id = (gint64)value;
  return TRUE;
}

/**
 * _pursuit_cli_parse_command:
 * @argc: the number of arguments, from the command's name on
 * @argv: the arguments
 * @parameters: (nullable): the positional arguments as in the usage line
 *   ("ID STAGE"), %NULL for none
 * @n_args: how many positional arguments the command takes
 * @summary: what the command does, for `--help`
 * @entries: (nullable): the command's own options
 *
 * The command line of a command with a fixed number of arguments: its
 * options parsed as _pursuit_cli_parse() does, then the count checked.
 *
 * Returns: (transfer full) (nullable): the positional arguments, or %NULL
 *   on error
 */
GStrv
_pursuit_cli_parse_command (PursuitCli          *cli,
                            int                  argc,
                            char               **argv,
                            const char          *parameters,
                            guint                n_args,
                            const char          *summary,
                            const GOptionEntry  *entries,
                            GError             **error)
{
  g_autoptr(GOptionContext) context = _pursuit_cli_context_new (cli, parameters, summary, entries);
  g_auto(GStrv) args = _pursuit_cli_parse (cli, context, entries, &argc, &argv, error);

  if (args == NULL || !_pursuit_cli_check_n_args (args, n_args, parameters != NULL ? parameters : "", error))
    return NULL;

  return g_steal_pointer (&args);
}

/**
 * _pursuit_cli_parse_id_command:
 * @parameter: the name of the one argument, as in the usage line ("ID")
 * @summary: what the command does, for `--help`
 * @out_id: (out): the ID given
 *
 * Parses the command line of a command that takes one ID and no options of
 * its own, then opens the store to look the ID up in.
 */
gboolean
_pursuit_cli_parse_id_command (PursuitCli  *cli,
                               int          argc,
                               char       **argv,
                               const char  *parameter,
                               const char  *summary,
                               gint64      *out_id,
                               GError     **error)
{
  g_auto(GStrv) args = _pursuit_cli_parse_command (cli, argc, argv, parameter, 1, summary, NULL, error);

  return args != NULL &&
         _pursuit_cli_parse_id (args[0], out_id, error) &&
         _pursuit_cli_open_store (cli, error) != NULL;
}

/**
 * _pursuit_cli_refuse_subcommand_word:
 * @command: the command's name, as typed ("cv")
 * @argc: the number of arguments, from the command's name on
 * @argv: the arguments
 *
 * For a command whose default takes no word of its own (`cv` lists):
 * a word where the subcommand goes is a mistyped subcommand, not an
 * argument of the default.
 *
 * Returns: %TRUE when argv[1] is an option or missing, else %FALSE with
 *   a usage error
 */
gboolean
_pursuit_cli_refuse_subcommand_word (const char  *command,
                                     int          argc,
                                     char       **argv,
                                     GError     **error)
{
  g_autofree char *shown = NULL;

  if (argc < 2 || argv[1][0] == '-')
    return TRUE;

  shown = _pursuit_cli_sanitize (argv[1], FALSE);
  return _pursuit_cli_usage_error (error, _("Unknown subcommand “%s” (see “pursuit-cli %s --help”)"), shown, command);
}

/* "Subcommands:" and a line each, as the --help of a command shows them. */
static void
append_subcommands (GString                 *text,
                    const char              *command,
                    const PursuitCliCommand *subcommands,
                    guint                    n_subcommands)
{
  g_string_append (text, _("Subcommands:"));
  for (guint i = 0; i < n_subcommands; i++)
    g_string_append_printf (text, "\n  %-9s %s", subcommands[i].name, _(subcommands[i].summary));
  g_string_append (text, "\n\n");
  g_string_append_printf (text, _("Run “pursuit-cli %s SUBCOMMAND --help” for its options."), command);
}

/* `--help` of a command made of subcommands lists them; without a
 * subcommand word, or with an unknown one, it is a usage error. */
static gboolean
subcommand_usage (const char               *command,
                  const PursuitCliCommand  *subcommands,
                  guint                     n_subcommands,
                  int                       argc,
                  char                    **argv,
                  GError                  **error)
{
  g_autoptr(GString) text = NULL;

  if (argc < 2)
    return _pursuit_cli_usage_error (error, _("Missing subcommand (see “pursuit-cli %s --help”)"), command);

  if (!g_str_equal (argv[1], "--help") && !g_str_equal (argv[1], "-h"))
    return _pursuit_cli_refuse_subcommand_word (command, argc, argv, error);

  text = g_string_new (NULL);
  g_string_append_printf (text, _("Usage:\n  pursuit-cli %s SUBCOMMAND [OPTION…]\n\n"), command);
  append_subcommands (text, command, subcommands, n_subcommands);

  g_print ("%s\n", text->str);
  return TRUE;
}

/**
 * _pursuit_cli_run_subcommand:
 * @command: the command's name, as typed ("cv")
 * @subcommands: the command's subcommands
 * @n_subcommands: how many there are
 * @otherwise: (nullable): what runs, with all the arguments, when argv[1]
 *   names no subcommand; %NULL lists the subcommands for `--help` and
 *   makes anything else a usage error
 * @argc: the number of arguments, from the command's name on
 * @argv: the arguments
 *
 * Runs the subcommand that argv[1] names, with the usage line of its
 * `--help` naming both words.
 */
gboolean
_pursuit_cli_run_subcommand (PursuitCli               *cli,
                             const char               *command,
                             const PursuitCliCommand  *subcommands,
                             guint                     n_subcommands,
                             PursuitCliCommandFunc     otherwise,
                             int                       argc,
                             char                    **argv,
                             GError                  **error)
{
  for (guint i = 0; argc >= 2 && i < n_subcommands; i++)
    {
      g_autofree char *prgname = NULL;

      if (!g_str_equal (argv[1], subcommands[i].name))
        continue;

      prgname = g_strdup_printf ("pursuit-cli %s %s", command, subcommands[i].name);
      g_set_prgname (prgname);
      return subcommands[i].func (cli, argc - 1, argv + 1, error);
    }

  if (otherwise != NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      /* Its --help is the default's; the subcommands are listed under it,
       * or nobody would find them. */
      append_subcommands (text, command, subcommands, n_subcommands);
      g_free (cli->help_description);
      cli->help_description = g_string_free (g_steal_pointer (&text), FALSE);
      return otherwise (cli, argc, argv, error);
    }

  return subcommand_usage (command, subcommands, n_subcommands, argc, argv, error);
}

/**
 * _pursuit_cli_parse_time:
 * @text: an ISO 8601 date and time; without a time zone it is local time,
 *   without seconds the minute starts, without a time it is 09:00
 * @out_time: (out): the time in seconds since the epoch
 */
gboolean
_pursuit_cli_parse_time (const char  *text,
                         gint64      *out_time,
                         GError     **error)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GString) normal = g_string_new (text);

  g_strstrip (normal->str);
  g_string_set_size (normal, strlen (normal->str));

  if (normal->len == 10)
    g_string_append (normal, "T09:00:00");
  else if (normal->len > 10 && normal->str[10] == ' ')
    normal->str[10] = 'T';

  /* GLib wants seconds; "2026-05-01T09:30" is fine ISO 8601 too. */
  if (normal->len >= 16 &&
      g_ascii_isdigit (normal->str[11]) && g_ascii_isdigit (normal->str[12]) && normal->str[13] == ':' &&
      g_ascii_isdigit (normal->str[14]) && g_ascii_isdigit (normal->str[15]) &&
      (normal->len == 16 || normal->str[16] != ':'))
    g_string_insert (normal, 16, ":00");

  time = g_date_time_new_from_iso8601 (normal->str, local);
  if (time == NULL)
    {
      g_autofree char *shown = _pursuit_cli_sanitize (text, FALSE);

      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("“%s” is not a date and time; use ISO 8601, such as 2026-05-01T09:30 or 2026-05-01T09:30+02:00"),
                   shown);
      return FALSE;
    }

  *out_time = g_date_time_to_unix (time);
  return TRUE;
}
