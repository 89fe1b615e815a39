/* pursuit-cli-jobs.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"
#include "pursuit-pipeline.h"

/* The commands that read and change jobs: list, show, move, note, search,
 * stages. `add` has a file of its own. */

/**
 * _pursuit_cli_print_job_by_id:
 *
 * Prints a job for people, or as one JSON object with --json.
 */
gboolean
_pursuit_cli_print_job_by_id (PursuitCli  *cli,
                              gint64       job_id,
                              GError     **error)
{
  g_autoptr(PursuitJob) job = pursuit_store_get_job (cli->store, job_id, error);
  g_autoptr(JsonNode) node = NULL;

  if (job == NULL)
    return FALSE;

  if (!cli->json)
    {
      _pursuit_cli_print_job (cli, job);
      return TRUE;
    }

  node = _pursuit_cli_job_to_json (cli, job);
  return _pursuit_cli_print_json (node, error);
}

static gboolean
print_job_list (PursuitCli  *cli,
                GPtrArray   *jobs,
                const char  *empty_message,
                GError     **error)
{
  g_autoptr(JsonNode) node = NULL;

  if (cli->json)
    {
      node = _pursuit_cli_jobs_to_json (cli, jobs);
      return _pursuit_cli_print_json (node, error);
    }

  if (jobs->len == 0)
    {
      g_autofree char *clean = _pursuit_cli_sanitize (empty_message, FALSE);

      g_print ("%s\n", clean);
      return TRUE;
    }

  _pursuit_cli_print_jobs (cli, jobs);
  return TRUE;
}

gboolean
_pursuit_cli_is_withdrawn_stage (PursuitCli *cli,
                                 const char *key)
{
  g_autoptr(PursuitStage) stage = NULL;

  if (key == NULL)
    return FALSE;

  stage = pursuit_store_get_stage (cli->store, key);
  return stage != NULL && g_strcmp0 (pursuit_stage_get_category (stage), PURSUIT_STAGE_WITHDRAWN) == 0;
}

gboolean
_pursuit_cli_cmd_list (PursuitCli  *cli,
                       int          argc,
                       char       **argv,
                       GError     **error)
{
  g_autofree char *stage = NULL;
  g_autofree char *stage_key = NULL;
  g_autofree char *empty = NULL;
  const GOptionEntry entries[] = {
    { "stage", 0, 0, G_OPTION_ARG_FILENAME, &stage, N_("Only the jobs in this stage"), N_("STAGE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GPtrArray) jobs = NULL;
  g_auto(GStrv) args = NULL;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Lists the jobs, in the order of the board."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  if (stage != NULL && (stage_key = _pursuit_cli_resolve_stage (cli, stage, error)) == NULL)
    return FALSE;

  jobs = pursuit_store_list_jobs (cli->store, stage_key, error);
  if (jobs == NULL)
    return FALSE;

  if (stage_key != NULL)
    empty = g_strdup_printf (_("No jobs in %s."), _pursuit_cli_stage_label (cli, stage_key));
  else
    empty = g_strdup (_("No jobs yet. Add one with “pursuit-cli add”."));

  return print_job_list (cli, jobs, empty, error);
}

gboolean
_pursuit_cli_cmd_show (PursuitCli  *cli,
                       int          argc,
                       char       **argv,
                       GError     **error)
{
  gint64 id;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("ID"),
                                      _("Shows every field of a job, with its notes, interviews, follow-ups "
                                        "and timeline."),
                                      &id, error))
    return FALSE;

  return _pursuit_cli_print_job_by_id (cli, id, error);
}

gboolean
_pursuit_cli_cmd_move (PursuitCli  *cli,
                       int          argc,
                       char       **argv,
                       GError     **error)
{
  g_autofree char *reason = NULL;
  g_autofree char *stage_key = NULL;
  g_autofree char *title = NULL;
  g_autofree char *old_stage = NULL;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_FILENAME, &reason, N_("Why; needed when withdrawing"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(PursuitJob) job = NULL;
  g_auto(GStrv) args = NULL;
  gint64 id;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("ID STAGE"), 2,
                                     _("Moves a job to another stage, if the pipeline allows it. Run "
                                       "“pursuit-cli stages” for the stages."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  if (!_pursuit_cli_parse_id (args[0], &id, error) ||
      !_pursuit_cli_check_text (&args[1], _("STAGE"), error) ||
      _pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  stage_key = _pursuit_cli_resolve_stage (cli, args[1], error);
  if (stage_key == NULL)
    return FALSE;

  job = pursuit_store_get_job (cli->store, id, error);
  if (job == NULL)
    return FALSE;

  old_stage = g_strdup (pursuit_job_get_stage (job));
  title = _pursuit_cli_sanitize (pursuit_job_get_title (job), FALSE);

  if (g_strcmp0 (old_stage, stage_key) != 0)
    {
      if (_pursuit_cli_is_withdrawn_stage (cli, stage_key) && (reason == NULL || g_strstrip (reason)[0] == '\0'))
        return _pursuit_cli_usage_error (error, _("Withdrawing an application needs a reason: add --reason TEXT"));

      if (!pursuit_store_move_job (cli->store, id, stage_key, reason, error))
        return FALSE;
    }

  if (cli->json)
    return _pursuit_cli_print_job_by_id (cli, id, error);

  if (g_strcmp0 (old_stage, stage_key) == 0)
    g_print (_("Job %lld “%s” is already in %s\n"), (long long)id, title, _pursuit_cli_stage_label (cli, stage_key));
  else
    g_print (_("Moved job %lld “%s” from %s to %s\n"), (long long)id, title,
             _pursuit_cli_stage_label (cli, old_stage), _pursuit_cli_stage_label (cli, stage_key));

  return TRUE;
}

gboolean
_pursuit_cli_cmd_note (PursuitCli  *cli,
                       int          argc,
                       char       **argv,
                       GError     **error)
{
  g_autofree char *remind_at = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *text = NULL;
  int priority = 0;
  const GOptionEntry entries[] = {
    { "remind-at", 0, 0, G_OPTION_ARG_FILENAME, &remind_at,
      N_("Make it a reminder due then: ISO 8601 such as 2026-05-01T09:30, local time unless a zone is given; a date alone means 09:00"), N_("WHEN") },
    { "tags", 0, 0, G_OPTION_ARG_FILENAME, &tags, N_("Comma-separated tags"), N_("TAGS") },
    { "priority", 0, 0, G_OPTION_ARG_INT, &priority, N_("From 0 (none) to 3 (high)"), N_("N") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(PursuitNote) note = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_auto(GStrv) args = NULL;
  gint64 due_at = 0;
  gint64 id;

  context = _pursuit_cli_context_new (cli, _("ID TEXT…"), _("Adds a note, or with --remind-at a reminder, to a job."),
                                      entries);
  args = _pursuit_cli_parse (cli, context, entries, &argc, &argv, error);
  if (args == NULL)
    return FALSE;

  if (g_strv_length (args) < 2)
    return _pursuit_cli_usage_error (error, _("Missing %s (see “%s --help”)"), _("ID TEXT"), g_get_prgname ());

  if (!_pursuit_cli_parse_id (args[0], &id, error))
    return FALSE;

  text = _pursuit_cli_join_words (args + 1, _("TEXT"), error);
  if (text == NULL)
    return FALSE;

  if (priority < 0 || priority > 3)
    return _pursuit_cli_usage_error (error, _("The priority must be between 0 and 3, not %d"), priority);

  if (remind_at != NULL && !_pursuit_cli_parse_time (remind_at, &due_at, error))
    return FALSE;

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  job = pursuit_store_get_job (cli->store, id, error);
  if (job == NULL)
    return FALSE;

  note = pursuit_note_new ();
  pursuit_note_set_job_id (note, id);
  pursuit_note_set_kind (note, remind_at != NULL ? "reminder" : "note");
  pursuit_note_set_body (note, text);
  pursuit_note_set_tags (note, tags);
  pursuit_note_set_priority (note, priority);
  pursuit_note_set_due_at (note, due_at);

  if (pursuit_store_add_note (cli->store, note, error) == 0)
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonNode) node = _pursuit_cli_note_to_json (note);

      return _pursuit_cli_print_json (node, error);
    }

  if (remind_at != NULL)
    {
      g_autofree char *due = _pursuit_cli_format_local_time (due_at);

      g_print (_("Added reminder %lld to job %lld, due %s\n"), (long long)pursuit_note_get_id (note),
               (long long)id, due);
    }
  else
    {
      g_print (_("Added note %lld to job %lld\n"), (long long)pursuit_note_get_id (note), (long long)id);
    }

  return TRUE;
}

gboolean
_pursuit_cli_cmd_search (PursuitCli  *cli,
                         int          argc,
                         char       **argv,
                         GError     **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autofree char *query = NULL;
  g_autofree char *empty = NULL;
  g_auto(GStrv) args = NULL;

  context = _pursuit_cli_context_new (cli, _("QUERY…"),
                                      _("Finds the jobs whose title, company, location, description or notes "
                                        "hold every word; words also match as prefixes."),
                                      NULL);
  args = _pursuit_cli_parse (cli, context, NULL, &argc, &argv, error);
  if (args == NULL)
    return FALSE;

  query = _pursuit_cli_join_words (args, _("QUERY"), error);
  if (query == NULL)
    return FALSE;

  if (g_strstrip (query)[0] == '\0')
    return _pursuit_cli_usage_error (error, _("Missing %s (see “%s --help”)"), _("QUERY"), g_get_prgname ());

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  jobs = pursuit_store_search_jobs (cli->store, query, error);
  if (jobs == NULL)
    return FALSE;

  empty = g_strdup_printf (_("No jobs match “%s”."), query);
  return print_job_list (cli, jobs, empty, error);
}

gboolean
_pursuit_cli_cmd_stages (PursuitCli  *cli,
                         int          argc,
                         char       **argv,
                         GError     **error)
{
  const char *headers[] = { _("Key"), _("Label"), _("Kind"), NULL };
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) args = NULL;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Lists the stages of the pipeline in board order: the key to use with "
                                       "“move” and “list --stage”, and the label."),
                                     NULL, error);
  if (args == NULL)
    return FALSE;

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  stages = pursuit_store_list_stages (cli->store);

  if (cli->json)
    {
      builder = json_builder_new ();
      json_builder_begin_array (builder);
      for (guint i = 0; i < stages->len; i++)
        {
          PursuitStage *stage = g_ptr_array_index (stages, i);
          const char *category = pursuit_stage_get_category (stage);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "key");
          json_builder_add_string_value (builder, pursuit_stage_get_key (stage));
          json_builder_set_member_name (builder, "label");
          json_builder_add_string_value (builder, _pursuit_cli_stage_label (cli, pursuit_stage_get_key (stage)));
          json_builder_set_member_name (builder, "category");
          json_builder_add_string_value (builder, category);
          json_builder_set_member_name (builder, "open");
          json_builder_add_boolean_value (builder, pursuit_pipeline_is_open (category));
          json_builder_set_member_name (builder, "position");
          json_builder_add_int_value (builder, pursuit_stage_get_position (stage));
          json_builder_set_member_name (builder, "color");
          json_builder_add_string_value (builder, pursuit_stage_get_color (stage));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);

      root = json_builder_get_root (builder);
      return _pursuit_cli_print_json (root, error);
    }

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  for (guint i = 0; i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);
      char **row = g_new0 (char *, 4);

      row[0] = g_strdup (pursuit_stage_get_key (stage));
      row[1] = g_strdup (_pursuit_cli_stage_label (cli, pursuit_stage_get_key (stage)));
      row[2] = g_strdup (pursuit_pipeline_is_open (pursuit_stage_get_category (stage)) ? _("open") : _("closed"));
      g_ptr_array_add (rows, row);
    }

  _pursuit_cli_print_table (headers, rows, NULL);
  return TRUE;
}
