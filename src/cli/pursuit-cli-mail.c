/* pursuit-cli-mail.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"
#include "pursuit-mail-classifier.h"
#include "pursuit-mail-matcher.h"
#include "pursuit-mail-parser.h"
#include "pursuit-mail-triage.h"
#include "pursuit-store-mail.h"

/* `classify-email` shows what a sync would make of one message, without
 * saving anything; `suggestions` is the Inbox panel on the command line. */

/* Suggestion states in the order `suggestions --all` lists them. */
static const char * const all_states[] = {
  PURSUIT_SUGGESTION_PENDING,
  PURSUIT_SUGGESTION_APPLIED,
  PURSUIT_SUGGESTION_ACCEPTED,
  PURSUIT_SUGGESTION_DISMISSED,
};

static GBytes *
read_stdin (GError **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[64 * 1024];
  gsize n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      g_byte_array_append (data, buffer, n);
      /* Past the limit the parser refuses anyway: stop reading. */
      if (data->len > PURSUIT_MAIL_MAX_SIZE)
        break;
    }

  if (ferror (stdin))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not read the standard input"));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static PursuitMailMessage *
read_message (const char  *path,
              GError     **error)
{
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autofree char *shown = NULL;

  if (g_str_equal (path, "-"))
    {
      g_autoptr(GBytes) bytes = read_stdin (error);

      if (bytes == NULL)
        return NULL;
      message = pursuit_mail_parse (bytes, error);
      if (message == NULL)
        g_prefix_error (error, _("Could not read the email from the standard input: "));
      return g_steal_pointer (&message);
    }

  message = pursuit_mail_parse_file (path, error);
  if (message == NULL)
    {
      shown = g_filename_display_name (path);
      g_prefix_error (error, _("Could not read “%s”: "), shown);
    }

  return g_steal_pointer (&message);
}

/* The label of a stage category on the user's board, NULL when the board
 * has no stage with that key. */
static const char *
board_label (PursuitCli *cli,
             const char *category)
{
  if (category == NULL || cli->stage_labels == NULL)
    return NULL;

  return g_hash_table_lookup (cli->stage_labels, category);
}

static void
print_classification (PursuitCli            *cli,
                      PursuitMailMessage    *message,
                      PursuitMailSuggestion *suggestion)
{
  const char *company = pursuit_mail_message_get_company (message);
  const char *title = pursuit_mail_message_get_job_title (message);
  const char *reason = pursuit_mail_message_get_classification_reason (message);
  gint64 job_id = pursuit_mail_message_get_job_id (message);
  g_autofree char *subject = _pursuit_cli_sanitize (pursuit_mail_message_get_subject (message), FALSE);

  g_print (_("Subject:    %s\n"), subject != NULL ? subject : "");
  g_print (_("Category:   %s (%.0f%%)\n"),
           pursuit_mail_category_get_label (pursuit_mail_message_get_category (message)),
           pursuit_mail_message_get_confidence (message) * 100.0);
  if (reason != NULL)
    {
      g_autofree char *shown = _pursuit_cli_sanitize (reason, FALSE);

      g_print (_("Why:        %s\n"), shown);
    }
  if (company != NULL)
    {
      g_autofree char *shown = _pursuit_cli_sanitize (company, FALSE);

      g_print (_("Company:    %s\n"), shown);
    }
  if (title != NULL)
    {
      g_autofree char *shown = _pursuit_cli_sanitize (title, FALSE);

      g_print (_("Job title:  %s\n"), shown);
    }

  if (job_id != 0)
    {
      g_autofree char *shown = _pursuit_cli_sanitize (pursuit_mail_message_get_match_reason (message), FALSE);

      g_print (_("Job:        %lld (%s)\n"), (long long)job_id, shown != NULL ? shown : "");
    }
  else
    {
      g_print (_("Job:        none of yours\n"));
    }

  if (suggestion != NULL)
    {
      const char *stage = pursuit_mail_suggestion_get_target_stage (suggestion);
      g_autofree char *question = pursuit_mail_suggestion_describe (suggestion, board_label (cli, stage));
      g_autofree char *shown = _pursuit_cli_sanitize (question, FALSE);

      g_print (_("Suggestion: %s\n"), shown);
    }
}

gboolean
_pursuit_cli_cmd_classify_email (PursuitCli  *cli,
                                 int          argc,
                                 char       **argv,
                                 GError     **error)
{
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autoptr(PursuitMailMatcher) matcher = NULL;
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_auto(GStrv) args = NULL;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("FILE.eml"), 1,
                                     _("Classifies one email (an RFC 5322 .eml file, or “-” for the standard "
                                       "input) as a sync would and finds the job it is about. Nothing is saved."),
                                     NULL, error);
  if (args == NULL)
    return FALSE;

  /* Reading first: a bad file is reported without touching the store. */
  message = read_message (args[0], error);
  if (message == NULL)
    return FALSE;

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  pursuit_mail_classify (message);

  matcher = pursuit_mail_matcher_new (cli->store, error);
  if (matcher == NULL)
    return FALSE;
  pursuit_mail_matcher_match (matcher, message, NULL);

  tz = g_time_zone_new_local ();
  suggestion = pursuit_mail_triage (cli->store, message, tz);

  if (cli->json)
    {
      g_autoptr(JsonNode) node = pursuit_mail_message_to_json (message);
      JsonObject *object = json_node_get_object (node);

      if (suggestion != NULL)
        json_object_set_member (object, "suggestion", pursuit_mail_suggestion_to_json (suggestion));
      else
        json_object_set_null_member (object, "suggestion");

      return _pursuit_cli_print_json (node, error);
    }

  print_classification (cli, message, suggestion);
  return TRUE;
}

static char *
format_confidence (double confidence)
{
  return g_strdup_printf ("%.0f%%", confidence * 100.0);
}

static void
print_suggestions (PursuitCli *cli,
                   GPtrArray  *suggestions)
{
  const char * const headers[] = {
    C_("suggestion column", "ID"),
    C_("suggestion column", "State"),
    C_("suggestion column", "Sure"),
    C_("suggestion column", "Received"),
    C_("suggestion column", "Suggestion"),
    C_("suggestion column", "Email"),
    NULL
  };
  const guint max_widths[] = { 0, 0, 0, 0, 60, 50 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  for (guint i = 0; i < suggestions->len; i++)
    {
      PursuitMailSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      const char *stage = pursuit_mail_suggestion_get_target_stage (suggestion);
      const char *subject = pursuit_mail_suggestion_get_subject (suggestion);
      const char *sender = pursuit_mail_suggestion_get_sender (suggestion);
      char **row = g_new0 (char *, 7);

      row[0] = g_strdup_printf ("%lld", (long long)pursuit_mail_suggestion_get_id (suggestion));
      row[1] = g_strdup (pursuit_mail_suggestion_get_state (suggestion));
      row[2] = format_confidence (pursuit_mail_suggestion_get_confidence (suggestion));
      row[3] = pursuit_mail_suggestion_get_received_at (suggestion) != 0
                 ? _pursuit_cli_format_local_time (pursuit_mail_suggestion_get_received_at (suggestion))
                 : g_strdup ("");
      row[4] = pursuit_mail_suggestion_describe (suggestion, board_label (cli, stage));
      if (sender != NULL && subject != NULL)
        row[5] = g_strdup_printf ("%s · %s", subject, sender);
      else
        row[5] = g_strdup (subject != NULL ? subject : sender != NULL ? sender : "");
      g_ptr_array_add (rows, row);
    }

  _pursuit_cli_print_table (headers, rows, max_widths);
}

static gint
compare_received (gconstpointer a,
                  gconstpointer b)
{
  PursuitMailSuggestion *left = *(PursuitMailSuggestion **) a;
  PursuitMailSuggestion *right = *(PursuitMailSuggestion **) b;
  gint64 l = pursuit_mail_suggestion_get_received_at (left);
  gint64 r = pursuit_mail_suggestion_get_received_at (right);

  return l < r ? 1 : l > r ? -1 : 0;
}

static GPtrArray *
list_suggestions (PursuitCli  *cli,
                  gboolean     all,
                  GError     **error)
{
  g_autoptr(GPtrArray) result = NULL;

  if (!all)
    return pursuit_store_list_mail_suggestions (cli->store, NULL, error);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (all_states); i++)
    {
      g_autoptr(GPtrArray) some = pursuit_store_list_mail_suggestions (cli->store, all_states[i], error);

      if (some == NULL)
        return NULL;
      for (guint j = 0; j < some->len; j++)
        g_ptr_array_add (result, g_object_ref (g_ptr_array_index (some, j)));
    }
  g_ptr_array_sort (result, compare_received);

  return g_steal_pointer (&result);
}

static gboolean
list_command (PursuitCli  *cli,
              int          argc,
              char       **argv,
              GError     **error)
{
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, N_("Also list the suggestions accepted, dismissed or undone"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GPtrArray) suggestions = NULL;
  g_auto(GStrv) args = NULL;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("[accept|dismiss|undo ID]"), 0,
                                     _("Lists what Pursuit proposes after reading your email: the suggestions "
                                       "waiting for an answer and those applied automatically in the last 7 days. "
                                       "“accept ID”, “dismiss ID” and “undo ID” answer one."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  suggestions = list_suggestions (cli, all, error);
  if (suggestions == NULL)
    return FALSE;

  if (cli->json)
    return _pursuit_cli_print_json_list (suggestions, (PursuitCliToJsonFunc)pursuit_mail_suggestion_to_json,
                                         error);

  if (suggestions->len == 0)
    {
      g_print (_("No suggestions\n"));
      return TRUE;
    }

  print_suggestions (cli, suggestions);
  return TRUE;
}

typedef enum
{
  ANSWER_ACCEPT,
  ANSWER_DISMISS,
  ANSWER_UNDO,
} Answer;

static gboolean
answer_command (PursuitCli  *cli,
                int          argc,
                char       **argv,
                Answer       answer,
                GError     **error)
{
  static const char * const summaries[] = {
    N_("Does what a suggestion proposes: moves the job, adds it or schedules the interview."),
    N_("Dismisses a suggestion: nothing is changed."),
    N_("Undoes an accepted or automatically applied suggestion; it waits for an answer again."),
  };
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  gint64 suggestion_id = 0;
  gboolean done = FALSE;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("ID"), _(summaries[answer]), &suggestion_id, error))
    return FALSE;

  switch (answer)
    {
    case ANSWER_ACCEPT:
      done = pursuit_store_accept_mail_suggestion (cli->store, suggestion_id, FALSE, error);
      break;
    case ANSWER_DISMISS:
      done = pursuit_store_dismiss_mail_suggestion (cli->store, suggestion_id, error);
      break;
    case ANSWER_UNDO:
      done = pursuit_store_undo_mail_suggestion (cli->store, suggestion_id, error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (!done)
    return FALSE;

  suggestion = pursuit_store_get_mail_suggestion (cli->store, suggestion_id, error);
  if (suggestion == NULL)
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonNode) node = pursuit_mail_suggestion_to_json (suggestion);

      return _pursuit_cli_print_json (node, error);
    }

  switch (answer)
    {
    case ANSWER_ACCEPT:
      g_print (_("Accepted suggestion %lld\n"), (long long)suggestion_id);
      break;
    case ANSWER_DISMISS:
      g_print (_("Dismissed suggestion %lld\n"), (long long)suggestion_id);
      break;
    case ANSWER_UNDO:
      g_print (_("Undid suggestion %lld: it waits for an answer again\n"), (long long)suggestion_id);
      break;
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}

static gboolean
accept_command (PursuitCli  *cli,
                int          argc,
                char       **argv,
                GError     **error)
{
  return answer_command (cli, argc, argv, ANSWER_ACCEPT, error);
}

static gboolean
dismiss_command (PursuitCli  *cli,
                 int          argc,
                 char       **argv,
                 GError     **error)
{
  return answer_command (cli, argc, argv, ANSWER_DISMISS, error);
}

static gboolean
undo_command (PursuitCli  *cli,
              int          argc,
              char       **argv,
              GError     **error)
{
  return answer_command (cli, argc, argv, ANSWER_UNDO, error);
}

static const PursuitCliCommand suggestion_subcommands[] = {
  { "accept", accept_command, N_("Do what a suggestion proposes") },
  { "dismiss", dismiss_command, N_("Dismiss a suggestion") },
  { "undo", undo_command, N_("Undo an accepted suggestion") },
};

gboolean
_pursuit_cli_cmd_suggestions (PursuitCli  *cli,
                              int          argc,
                              char       **argv,
                              GError     **error)
{
  /* Without a subcommand word the command lists, options and all. */
  return _pursuit_cli_run_subcommand (cli, "suggestions", suggestion_subcommands,
                                      G_N_ELEMENTS (suggestion_subcommands), list_command, argc, argv, error);
}
