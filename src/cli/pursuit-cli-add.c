/* pursuit-cli-add.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"
#include "pursuit-importer.h"

/* `pursuit-cli add`: a job from options, or from a posting page. */

#define COPY_TEXT(field) \
  if (pursuit_job_get_##field (from) != NULL) \
    { \
      pursuit_job_set_##field (to, pursuit_job_get_##field (from)); \
      changed = TRUE; \
    }

/* Copies the fields given on the command line over an imported job. */
static gboolean
apply_given_fields (PursuitJob *to,
                    PursuitJob *from)
{
  gboolean changed = FALSE;

  COPY_TEXT (title)
  COPY_TEXT (company)
  COPY_TEXT (location)
  COPY_TEXT (currency)
  COPY_TEXT (salary_period)
  COPY_TEXT (apply_url)
  COPY_TEXT (description)
  COPY_TEXT (source)
  COPY_TEXT (employment_type)
  COPY_TEXT (posted_date)
  COPY_TEXT (deadline)
  COPY_TEXT (stage)
  COPY_TEXT (applied_date)
  COPY_TEXT (resume)
  COPY_TEXT (cover_letter)
  COPY_TEXT (withdraw_reason)

  if (pursuit_job_get_remote (from))
    {
      pursuit_job_set_remote (to, TRUE);
      changed = TRUE;
    }
  if (pursuit_job_get_salary_min (from) > 0)
    {
      pursuit_job_set_salary_min (to, pursuit_job_get_salary_min (from));
      changed = TRUE;
    }
  if (pursuit_job_get_salary_max (from) > 0)
    {
      pursuit_job_set_salary_max (to, pursuit_job_get_salary_max (from));
      changed = TRUE;
    }
  if (pursuit_job_get_match_score (from) >= 0)
    {
      pursuit_job_set_match_score (to, pursuit_job_get_match_score (from));
      changed = TRUE;
    }

  return changed;
}

#undef COPY_TEXT

/* `add --url PAGE`: the posting page becomes a job, with the other options
 * given on the command line on top, in one transaction. */
static gboolean
add_from_page (PursuitCli  *cli,
               const char  *location,
               PursuitJob  *given,
               GError     **error)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PursuitImportReport) report = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *shown = _pursuit_cli_sanitize (location, FALSE);
  const char *data;
  gsize length = 0;

  bytes = _pursuit_cli_read_input (location, &origin, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_NO_POSTING,
                   _("“%s” is empty"), shown);
      return FALSE;
    }

  if (pursuit_importer_detect (data, length, origin) != PURSUIT_IMPORT_FORMAT_HTML)
    {
      g_set_error (error, PURSUIT_IMPORT_ERROR, PURSUIT_IMPORT_ERROR_UNKNOWN_FORMAT,
                   _("“%s” is not a web page; use “pursuit-cli import” for CSV files, backups and job boards"),
                   shown);
      return FALSE;
    }

  if (!pursuit_store_begin (cli->store, error))
    return FALSE;

  _pursuit_cli_capture_messages (messages);
  report = pursuit_importer_import (cli->store, data, length, origin, PURSUIT_DUPLICATES_SKIP, error);
  _pursuit_cli_capture_messages (NULL);

  if (report == NULL)
    {
      pursuit_store_rollback (cli->store);
      g_prefix_error (error, "%s: ", shown);
      return FALSE;
    }

  if (report->added->len == 0)
    {
      pursuit_store_rollback (cli->store);
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("This posting is already saved: a job has the same address, or the same company and title"));
      return FALSE;
    }

  job = pursuit_job_copy (g_ptr_array_index (report->added, 0));
  if (apply_given_fields (job, given) && !pursuit_store_update_job (cli->store, job, error))
    {
      pursuit_store_rollback (cli->store);
      return FALSE;
    }

  if (!pursuit_store_commit (cli->store, error))
    return FALSE;

  /* The importer logs why it fell back to the page's title and address. */
  for (guint i = 0; i < messages->len; i++)
    {
      const char *message = g_ptr_array_index (messages, i);

      if (_pursuit_cli_is_web_address (origin))
        _pursuit_cli_warn (_("%s; job %lld has only the page’s title and address"),
                           message, (long long)pursuit_job_get_id (job));
      else
        _pursuit_cli_warn (_("%s; job %lld has only the page’s title"),
                           message, (long long)pursuit_job_get_id (job));
    }

  if (!cli->json)
    {
      g_print ("%lld\n", (long long)pursuit_job_get_id (job));
      return TRUE;
    }

  return _pursuit_cli_print_job_by_id (cli, pursuit_job_get_id (job), error);
}

gboolean
_pursuit_cli_cmd_add (PursuitCli  *cli,
                      int          argc,
                      char       **argv,
                      GError     **error)
{
  g_autofree char *title = NULL;
  g_autofree char *company = NULL;
  g_autofree char *url = NULL;
  g_autofree char *apply_url = NULL;
  g_autofree char *location = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *currency = NULL;
  g_autofree char *salary_period = NULL;
  g_autofree char *description = NULL;
  g_autofree char *source = NULL;
  g_autofree char *employment_type = NULL;
  g_autofree char *posted_date = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *applied_date = NULL;
  g_autofree char *resume = NULL;
  g_autofree char *cover_letter = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *stage_key = NULL;
  gboolean remote = FALSE;
  gint64 salary_min = -1;
  gint64 salary_max = -1;
  int match_score = G_MININT;
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_FILENAME, &title, N_("The job title"), N_("TITLE") },
    { "company", 0, 0, G_OPTION_ARG_FILENAME, &company, N_("The employer"), N_("NAME") },
    { "url", 0, 0, G_OPTION_ARG_FILENAME, &url,
      N_("The posting’s address; without --title, the page (or a local .html file) is imported"), N_("URL") },
    { "apply-url", 0, 0, G_OPTION_ARG_FILENAME, &apply_url, N_("Where to apply"), N_("URL") },
    { "location", 0, 0, G_OPTION_ARG_FILENAME, &location, N_("Where the job is"), N_("PLACE") },
    { "remote", 0, 0, G_OPTION_ARG_NONE, &remote, N_("The job can be done remotely"), NULL },
    { "stage", 0, 0, G_OPTION_ARG_FILENAME, &stage, N_("The stage to start in (default: saved)"), N_("STAGE") },
    { "salary-min", 0, 0, G_OPTION_ARG_INT64, &salary_min, N_("The lowest salary offered"), N_("N") },
    { "salary-max", 0, 0, G_OPTION_ARG_INT64, &salary_max, N_("The highest salary offered"), N_("N") },
    { "currency", 0, 0, G_OPTION_ARG_FILENAME, &currency, N_("The salary’s currency, such as EUR"), N_("CODE") },
    { "salary-period", 0, 0, G_OPTION_ARG_FILENAME, &salary_period,
      N_("What the salary is paid for: HOUR, DAY, WEEK, MONTH or YEAR"), N_("PERIOD") },
    { "description", 0, 0, G_OPTION_ARG_FILENAME, &description, N_("The posting’s text"), N_("TEXT") },
    { "source", 0, 0, G_OPTION_ARG_FILENAME, &source, N_("Where you found the job"), N_("SOURCE") },
    { "employment-type", 0, 0, G_OPTION_ARG_FILENAME, &employment_type,
      N_("Full time, part time, contract…"), N_("TYPE") },
    { "posted-date", 0, 0, G_OPTION_ARG_FILENAME, &posted_date, N_("When the job was posted"), N_("YYYY-MM-DD") },
    { "deadline", 0, 0, G_OPTION_ARG_FILENAME, &deadline, N_("The last day to apply"), N_("YYYY-MM-DD") },
    { "applied-date", 0, 0, G_OPTION_ARG_FILENAME, &applied_date, N_("When you applied"), N_("YYYY-MM-DD") },
    { "match-score", 0, 0, G_OPTION_ARG_INT, &match_score, N_("How well the job fits you, 0 to 100"), N_("N") },
    { "resume", 0, 0, G_OPTION_ARG_FILENAME, &resume, N_("The résumé you sent"), N_("NAME") },
    { "cover-letter", 0, 0, G_OPTION_ARG_FILENAME, &cover_letter, N_("The cover letter you sent"), N_("NAME") },
    { "reason", 0, 0, G_OPTION_ARG_FILENAME, &reason, N_("Why you withdrew, with --stage withdrawn"), N_("TEXT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(PursuitJob) job = NULL;
  g_auto(GStrv) args = NULL;
  gint64 id;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Adds a job and prints its id. With --url and no --title, imports the "
                                       "posting page at the address (or in a local .html file) instead."),
                                     entries, error);
  if (args == NULL)
    return FALSE;

  if (title == NULL && url == NULL)
    return _pursuit_cli_usage_error (error, _("A job needs a title: give --title TITLE, or --url to import a posting page"));
  if (title != NULL && company == NULL)
    return _pursuit_cli_usage_error (error, _("A job needs a company: give --company NAME"));
  if (salary_min != -1 && salary_min < 0)
    return _pursuit_cli_usage_error (error, _("The salary cannot be negative (--salary-min %lld)"), (long long)salary_min);
  if (salary_max != -1 && salary_max < 0)
    return _pursuit_cli_usage_error (error, _("The salary cannot be negative (--salary-max %lld)"), (long long)salary_max);
  if (match_score != G_MININT && (match_score < 0 || match_score > 100))
    return _pursuit_cli_usage_error (error, _("The match score must be between 0 and 100, not %d"), match_score);

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  if (stage != NULL && (stage_key = _pursuit_cli_resolve_stage (cli, stage, error)) == NULL)
    return FALSE;

  if (_pursuit_cli_is_withdrawn_stage (cli, stage_key) && reason == NULL)
    return _pursuit_cli_usage_error (error, _("Withdrawing an application needs a reason: add --reason TEXT"));

  job = pursuit_job_new ();
  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, company);
  pursuit_job_set_location (job, location);
  pursuit_job_set_remote (job, remote);
  pursuit_job_set_stage (job, stage_key);
  if (salary_min > 0)
    pursuit_job_set_salary_min (job, salary_min);
  if (salary_max > 0)
    pursuit_job_set_salary_max (job, salary_max);
  if (currency != NULL)
    {
      g_autofree char *upper = g_ascii_strup (currency, -1);
      pursuit_job_set_currency (job, upper);
    }
  if (salary_period != NULL)
    {
      g_autofree char *upper = g_ascii_strup (salary_period, -1);
      pursuit_job_set_salary_period (job, upper);
    }
  pursuit_job_set_apply_url (job, apply_url);
  pursuit_job_set_description (job, description);
  pursuit_job_set_source (job, source);
  pursuit_job_set_employment_type (job, employment_type);
  pursuit_job_set_posted_date (job, posted_date);
  pursuit_job_set_deadline (job, deadline);
  pursuit_job_set_applied_date (job, applied_date);
  if (match_score != G_MININT)
    pursuit_job_set_match_score (job, match_score);
  pursuit_job_set_resume (job, resume);
  pursuit_job_set_cover_letter (job, cover_letter);
  pursuit_job_set_withdraw_reason (job, reason);

  if (title == NULL)
    return add_from_page (cli, url, job, error);

  if (url != NULL && !_pursuit_cli_check_text (&url, "--url", error))
    return FALSE;
  pursuit_job_set_url (job, url);

  id = pursuit_store_add_job (cli->store, job, error);
  if (id == 0)
    return FALSE;

  if (!cli->json)
    {
      g_print ("%lld\n", (long long)id);
      return TRUE;
    }

  return _pursuit_cli_print_job_by_id (cli, id, error);
}
