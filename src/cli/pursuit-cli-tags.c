/* pursuit-cli-tags.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"

/* Every argument after the id is a tag; commas separate tags too, as in
 * `tag 4 python,fintech`, since a tag can never hold one. */
static GStrv
collect_tags (char    **args,
              GError **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tags = NULL;

  for (guint i = 0; args[i] != NULL; i++)
    {
      g_auto(GStrv) parts = NULL;

      if (!_pursuit_cli_check_text (&args[i], _("TAG"), error))
        return NULL;

      parts = g_strsplit (args[i], ",", -1);
      g_strv_builder_addv (builder, (const char **)parts);
    }

  tags = g_strv_builder_end (builder);

  /* The same normalising as the store's: trimmed, no blanks, no repeats. */
  return pursuit_job_normalize_tags ((const char * const *)tags);
}

static gboolean
run_tag_command (PursuitCli   *cli,
                 int           argc,
                 char        **argv,
                 gboolean      add,
                 GError      **error)
{
  const GOptionEntry entries[] = {
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *title = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *shown = NULL;
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) tags = NULL;
  gint64 id;

  context = _pursuit_cli_context_new (cli, _("ID TAG…"),
                                      add ? _("Adds tags to a job. A tag with spaces needs quotes; "
                                              "commas separate tags as well as spaces between arguments.")
                                          : _("Takes tags off a job, whatever their case."),
                                      entries);
  args = _pursuit_cli_parse (cli, context, entries, &argc, &argv, error);
  if (args == NULL)
    return FALSE;

  if (g_strv_length (args) < 2)
    return _pursuit_cli_usage_error (error, _("Missing %s (see “%s --help”)"), _("ID TAG"), g_get_prgname ());

  if (!_pursuit_cli_parse_id (args[0], &id, error))
    return FALSE;

  tags = collect_tags (args + 1, error);
  if (tags == NULL)
    return FALSE;

  if (tags[0] == NULL)
    return _pursuit_cli_usage_error (error, _("A tag cannot be empty"));

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  /* All the tags or none. */
  if (!pursuit_store_begin (cli->store, error))
    return FALSE;

  for (guint i = 0; tags[i] != NULL; i++)
    {
      gboolean done = add
        ? pursuit_store_tag_jobs (cli->store, &id, 1, tags[i], error)
        : pursuit_store_untag_jobs (cli->store, &id, 1, tags[i], error);

      if (!done)
        {
          pursuit_store_rollback (cli->store);
          return FALSE;
        }
    }

  if (!pursuit_store_commit (cli->store, error))
    return FALSE;

  if (cli->json)
    return _pursuit_cli_print_job_by_id (cli, id, error);

  job = pursuit_store_get_job (cli->store, id, error);
  if (job == NULL)
    return FALSE;

  title = _pursuit_cli_sanitize (pursuit_job_get_title (job), FALSE);
  listed = g_strjoinv (", ", (char **)pursuit_job_get_tags (job));
  shown = _pursuit_cli_sanitize (listed, FALSE);

  if (shown[0] == '\0')
    g_print (_("Job %lld “%s” has no tags\n"), (long long)id, title);
  else
    g_print (_("Job %lld “%s” is tagged %s\n"), (long long)id, title, shown);

  return TRUE;
}

gboolean
_pursuit_cli_cmd_tag (PursuitCli  *cli,
                      int          argc,
                      char       **argv,
                      GError     **error)
{
  return run_tag_command (cli, argc, argv, TRUE, error);
}

gboolean
_pursuit_cli_cmd_untag (PursuitCli  *cli,
                        int          argc,
                        char       **argv,
                        GError     **error)
{
  return run_tag_command (cli, argc, argv, FALSE, error);
}
