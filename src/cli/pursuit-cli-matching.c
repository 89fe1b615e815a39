/* pursuit-cli-matching.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"
#include "pursuit-question-bank.h"
#include "pursuit-store-matching.h"

/* `cv` keeps the CV versions, `match` shows one job's gap analysis (and
 * saves its score, as the app's scorer would), `recommend` ranks the
 * saved postings, `practice` prints an interview question set. */

#define DEFAULT_QUESTIONS 10

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  /* Our own writers made it: failing here is a bug, not the user's. */
  g_assert_no_error (error);
  return node;
}

static JsonNode *
cv_to_json (PursuitCv *cv,
            gboolean   with_profile)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *created = _pursuit_cli_format_iso_time (pursuit_cv_get_created_at (cv));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pursuit_cv_get_id (cv));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, pursuit_cv_get_title (cv));
  json_builder_set_member_name (builder, "file_name");
  if (pursuit_cv_get_file_name (cv) != NULL)
    json_builder_add_string_value (builder, pursuit_cv_get_file_name (cv));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, pursuit_cv_format_to_string (pursuit_cv_get_format (cv)));
  json_builder_set_member_name (builder, "active");
  json_builder_add_boolean_value (builder, pursuit_cv_get_active (cv));
  json_builder_set_member_name (builder, "created_at");
  json_builder_add_string_value (builder, created);
  json_builder_set_member_name (builder, "n_skills");
  json_builder_add_int_value (builder, pursuit_profile_get_n_skills (pursuit_cv_get_profile (cv)));
  if (with_profile)
    {
      g_autofree char *profile = pursuit_profile_to_json (pursuit_cv_get_profile (cv));

      json_builder_set_member_name (builder, "profile");
      json_builder_add_value (builder, parse_json (profile));
    }
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* A list's entry: the profile is left to `cv show`. */
static JsonNode *
cv_summary_to_json (PursuitCv *cv)
{
  return cv_to_json (cv, FALSE);
}

static void
print_strv_line (const char         *label,
                 const char * const *values)
{
  g_autofree char *joined = NULL;
  g_autofree char *shown = NULL;

  if (values == NULL || values[0] == NULL)
    return;

  joined = g_strjoinv (", ", (char **)values);
  shown = _pursuit_cli_sanitize (joined, FALSE);
  g_print ("%s%s\n", label, shown);
}

/* What was extracted, grouped the way the Profile page shows it. */
static void
print_cv (PursuitCv *cv)
{
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  PursuitProfile *profile = pursuit_cv_get_profile (cv);
  g_autofree char *title = _pursuit_cli_sanitize (pursuit_cv_get_title (cv), FALSE);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  const char * const headers[] = {
    C_("skill column", "Skill"),
    C_("skill column", "Level"),
    C_("skill column", "Category"),
    NULL
  };
  PursuitEducationLevel education = pursuit_profile_get_education (profile);
  guint n_skills = pursuit_profile_get_n_skills (profile);

  g_print (_("CV:          %s (%lld)%s\n"), title, (long long)pursuit_cv_get_id (cv),
           pursuit_cv_get_active (cv) ? _(", active") : "");
  g_print (_("Format:      %s\n"), pursuit_cv_format_to_string (pursuit_cv_get_format (cv)));
  if (pursuit_profile_get_name (profile) != NULL)
    {
      g_autofree char *name = _pursuit_cli_sanitize (pursuit_profile_get_name (profile), FALSE);

      g_print (_("Name:        %s\n"), name);
    }
  g_print (_("Experience:  %.1f years\n"), pursuit_profile_get_years_of_experience (profile));
  g_print (_("Education:   %s\n"),
           education != PURSUIT_EDUCATION_NONE ? pursuit_education_level_get_label (education) : _("not found"));
  print_strv_line (_("Languages:   "), pursuit_profile_get_languages (profile));

  if (n_skills == 0)
    {
      g_print (_("No skills found\n"));
      return;
    }

  g_print (ngettext ("%u skill:\n", "%u skills:\n", n_skills), n_skills);
  for (guint i = 0; i < n_skills; i++)
    {
      PursuitSkillLevel level = PURSUIT_SKILL_LEVEL_NONE;
      const char *name = pursuit_profile_get_skill (profile, i, &level);
      int index = pursuit_skill_taxonomy_lookup (taxonomy, name);
      const char *category = index >= 0 ? pursuit_skill_taxonomy_get_category (taxonomy, index) : NULL;
      char **row = g_new0 (char *, 4);

      row[0] = g_strdup (name);
      row[1] = g_strdup (level != PURSUIT_SKILL_LEVEL_NONE ? pursuit_skill_level_get_label (level) : "");
      row[2] = g_strdup (category != NULL ? pursuit_skill_taxonomy_get_category_label (taxonomy, category)
                                          : _("Other"));
      g_ptr_array_add (rows, row);
    }

  _pursuit_cli_print_table (headers, rows, NULL);
}

static gboolean
output_cv (PursuitCli  *cli,
           PursuitCv   *cv,
           GError     **error)
{
  if (cli->json)
    {
      g_autoptr(JsonNode) node = cv_to_json (cv, TRUE);

      return _pursuit_cli_print_json (node, error);
    }

  print_cv (cv);
  return TRUE;
}

/* The active CV, or %NULL with @missing as the error when there is none:
 * what cannot work without one says why in its own words. */
PursuitCv *
_pursuit_cli_require_active_cv (PursuitCli  *cli,
                                const char  *missing,
                                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PursuitCv *cv = pursuit_store_get_active_cv (cli->store, &local_error);

  if (cv == NULL && local_error == NULL)
    g_set_error_literal (&local_error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND, missing);
  if (cv == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return cv;
}

static gboolean
cv_import_command (PursuitCli  *cli,
                   int          argc,
                   char       **argv,
                   GError     **error)
{
  g_autofree char *title = NULL;
  gboolean no_activate = FALSE;
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Call this CV version TITLE (default: the file’s name)"),
      N_("TITLE") },
    { "no-activate", 0, 0, G_OPTION_ARG_NONE, &no_activate,
      N_("Keep it as another version; the active CV stays (the first CV is always active)"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(GStrv) args = NULL;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("FILE"), 1,
                                     _("Imports a CV (PDF, DOCX, plain text or JSON Resume), prints the skills, "
                                       "experience, education and languages found in it, and makes it the "
                                       "active CV."),
                                     entries, error);
  if (args == NULL)
    return FALSE;
  if (title != NULL && !_pursuit_cli_check_text (&title, _("title"), error))
    return FALSE;

  /* Reading first: a bad file is reported without touching the store. */
  file = g_file_new_for_commandline_arg (args[0]);
  cv = pursuit_cv_read_file (file, pursuit_skill_taxonomy_get_default (), NULL, error);
  if (cv == NULL)
    {
      g_autofree char *shown = g_filename_display_name (args[0]);

      g_prefix_error (error, _("Could not read “%s”: "), shown);
      return FALSE;
    }

  if (title != NULL)
    pursuit_cv_set_title (cv, title);

  if (_pursuit_cli_open_store (cli, error) == NULL ||
      pursuit_store_add_cv (cli->store, cv, !no_activate, error) == 0)
    return FALSE;

  return output_cv (cli, cv, error);
}

static void
print_cvs (GPtrArray *cvs)
{
  const char * const headers[] = {
    C_("cv column", "ID"),
    C_("cv column", "Active"),
    C_("cv column", "Title"),
    C_("cv column", "Format"),
    C_("cv column", "Skills"),
    C_("cv column", "Imported"),
    NULL
  };
  const guint max_widths[] = { 0, 0, 50, 0, 0, 0 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  for (guint i = 0; i < cvs->len; i++)
    {
      PursuitCv *cv = g_ptr_array_index (cvs, i);
      char **row = g_new0 (char *, 7);

      row[0] = g_strdup_printf ("%lld", (long long)pursuit_cv_get_id (cv));
      row[1] = g_strdup (pursuit_cv_get_active (cv) ? "*" : "");
      row[2] = g_strdup (pursuit_cv_get_title (cv));
      row[3] = g_strdup (pursuit_cv_format_to_string (pursuit_cv_get_format (cv)));
      row[4] = g_strdup_printf ("%u", pursuit_profile_get_n_skills (pursuit_cv_get_profile (cv)));
      row[5] = _pursuit_cli_format_local_time (pursuit_cv_get_created_at (cv));
      g_ptr_array_add (rows, row);
    }

  _pursuit_cli_print_table (headers, rows, max_widths);
}

static gboolean
cv_list_command (PursuitCli  *cli,
                 int          argc,
                 char       **argv,
                 GError     **error)
{
  g_autoptr(GPtrArray) cvs = NULL;
  g_auto(GStrv) args = NULL;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Lists the CV versions, newest first; * marks the active one."),
                                     NULL, error);
  if (args == NULL || _pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  cvs = pursuit_store_list_cvs (cli->store, error);
  if (cvs == NULL)
    return FALSE;

  if (cli->json)
    return _pursuit_cli_print_json_list (cvs, (PursuitCliToJsonFunc)cv_summary_to_json, error);

  if (cvs->len == 0)
    {
      g_print (_("No CV yet: import one with “pursuit-cli cv import FILE”\n"));
      return TRUE;
    }

  print_cvs (cvs);
  return TRUE;
}

static gboolean
cv_activate_command (PursuitCli  *cli,
                     int          argc,
                     char       **argv,
                     GError     **error)
{
  g_autoptr(PursuitCv) cv = NULL;
  gint64 cv_id = 0;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("ID"),
                                      _("Makes a CV version the active one: jobs are matched against it."),
                                      &cv_id, error) ||
      !pursuit_store_set_active_cv (cli->store, cv_id, error))
    return FALSE;

  cv = pursuit_store_get_cv (cli->store, cv_id, error);
  if (cv == NULL)
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonNode) node = cv_to_json (cv, FALSE);

      return _pursuit_cli_print_json (node, error);
    }

  {
    g_autofree char *title = _pursuit_cli_sanitize (pursuit_cv_get_title (cv), FALSE);

    g_print (_("The active CV is now “%s” (%lld)\n"), title, (long long)cv_id);
  }
  return TRUE;
}

static gboolean
cv_remove_command (PursuitCli  *cli,
                   int          argc,
                   char       **argv,
                   GError     **error)
{
  g_autoptr(PursuitCv) active = NULL;
  gint64 cv_id = 0;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("ID"),
                                      _("Removes a CV version; removing the active one makes the newest other "
                                        "one active."),
                                      &cv_id, error) ||
      !pursuit_store_remove_cv (cli->store, cv_id, error))
    return FALSE;

  active = pursuit_store_get_active_cv (cli->store, error);
  if (active == NULL && error != NULL && *error != NULL)
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "removed");
      json_builder_add_int_value (builder, cv_id);
      json_builder_set_member_name (builder, "active");
      if (active != NULL)
        json_builder_add_int_value (builder, pursuit_cv_get_id (active));
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);

      return _pursuit_cli_print_json (node, error);
    }

  g_print (_("Removed CV %lld\n"), (long long)cv_id);
  return TRUE;
}

static gboolean
cv_show_command (PursuitCli  *cli,
                 int          argc,
                 char       **argv,
                 GError     **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(PursuitCv) cv = NULL;
  g_auto(GStrv) args = NULL;
  gint64 cv_id = 0;

  context = _pursuit_cli_context_new (cli, _("[ID]"),
                                      _("Shows a CV version’s profile: skills with levels and categories, "
                                        "experience, education, languages. Without an ID, the active CV."),
                                      NULL);
  args = _pursuit_cli_parse (cli, context, NULL, &argc, &argv, error);
  if (args == NULL)
    return FALSE;
  if (g_strv_length (args) > 1)
    return _pursuit_cli_check_n_args (args, 1, _("[ID]"), error);
  if (args[0] != NULL && !_pursuit_cli_parse_id (args[0], &cv_id, error))
    return FALSE;
  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  if (cv_id != 0)
    cv = pursuit_store_get_cv (cli->store, cv_id, error);
  else
    cv = _pursuit_cli_require_active_cv (cli, _("No CV yet: import one with “pursuit-cli cv import FILE”"),
                                         error);
  if (cv == NULL)
    return FALSE;

  return output_cv (cli, cv, error);
}

/* Without a subcommand word `cv` lists, options and all; another word is
 * a mistyped subcommand, not an argument of the list. */
static gboolean
cv_default_command (PursuitCli  *cli,
                    int          argc,
                    char       **argv,
                    GError     **error)
{
  return _pursuit_cli_refuse_subcommand_word ("cv", argc, argv, error) &&
         cv_list_command (cli, argc, argv, error);
}

static const PursuitCliCommand cv_subcommands[] = {
  { "import", cv_import_command, N_("Import a CV and show what was found in it") },
  { "list", cv_list_command, N_("List the CV versions") },
  { "activate", cv_activate_command, N_("Make a CV version the active one") },
  { "remove", cv_remove_command, N_("Remove a CV version") },
  { "show", cv_show_command, N_("Show a CV version’s profile") },
};

gboolean
_pursuit_cli_cmd_cv (PursuitCli  *cli,
                     int          argc,
                     char       **argv,
                     GError     **error)
{
  return _pursuit_cli_run_subcommand (cli, "cv", cv_subcommands, G_N_ELEMENTS (cv_subcommands),
                                      cv_default_command, argc, argv, error);
}

/* match -------------------------------------------------------------------- */

static void
print_component (const char *label,
                 double      fraction,
                 int         weight,
                 const char *detail)
{
  g_print (_("  %-12s %3.0f of %d"), label, fraction * weight, weight);
  if (detail != NULL)
    g_print ("  (%s)", detail);
  g_print ("\n");
}

static const char *
level_text (PursuitSkillLevel level)
{
  return level != PURSUIT_SKILL_LEVEL_NONE ? pursuit_skill_level_get_label (level) : "";
}

static void
print_skills_of_kind (PursuitMatchResult    *result,
                      PursuitSkillMatchKind  kind)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  const char * const headers[] = {
    C_("match column", "Skill"),
    C_("match column", "Asked"),
    C_("match column", "Level asked"),
    C_("match column", "Yours"),
    C_("match column", "Note"),
    NULL
  };

  for (guint i = 0; i < pursuit_match_result_get_n_skills (result); i++)
    {
      const PursuitSkillMatch *match = pursuit_match_result_get_skill (result, i);
      char **row;

      if (match->kind != kind)
        continue;

      row = g_new0 (char *, 6);
      row[0] = g_strdup (match->name);
      row[1] = g_strdup (match->required ? _("required") : _("preferred"));
      row[2] = g_strdup (level_text (match->required_level));
      row[3] = g_strdup (level_text (match->user_level));
      if (kind == PURSUIT_SKILL_MATCH_TRANSFERABLE && match->transfer_from != NULL)
        row[4] = g_strdup_printf (_("via %s, %.0f%%"), match->transfer_from, match->relevance * 100);
      else
        row[4] = g_strdup ("");
      g_ptr_array_add (rows, row);
    }

  if (rows->len == 0)
    return;

  g_print ("\n%s\n", pursuit_skill_match_kind_get_label (kind));
  _pursuit_cli_print_table (headers, rows, NULL);
}

static void
print_match (PursuitJob         *job,
             PursuitMatchResult *result)
{
  g_autofree char *title = _pursuit_cli_sanitize (pursuit_job_get_title (job), FALSE);
  g_autofree char *company = _pursuit_cli_sanitize (pursuit_job_get_company (job), FALSE);
  g_autofree char *years = NULL;
  g_autofree char *education = NULL;
  g_autoptr(GArray) order = NULL;
  g_auto(GStrv) lines = NULL;
  int score = pursuit_match_result_get_score (result);

  if (company != NULL)
    g_print (_("Job:    %s at %s (%lld)\n"), title, company, (long long)pursuit_job_get_id (job));
  else
    g_print (_("Job:    %s (%lld)\n"), title, (long long)pursuit_job_get_id (job));

  if (score < 0)
    {
      g_print (_("Match:  — (the posting names no skills, experience or degree Pursuit can read)\n"));
      return;
    }

  g_print (_("Match:  %d of 100\n"), score);
  years = g_strdup_printf (_("you: %.1f years, asked: %.1f"), pursuit_match_result_get_user_years (result),
                           pursuit_match_result_get_min_years (result));
  education = g_strdup_printf (_("you: %s, asked: %s"),
                               pursuit_match_result_get_user_education (result) != PURSUIT_EDUCATION_NONE
                                 ? pursuit_education_level_get_label (pursuit_match_result_get_user_education (result))
                                 : _("none"),
                               pursuit_match_result_get_required_education (result) != PURSUIT_EDUCATION_NONE
                                 ? pursuit_education_level_get_label (pursuit_match_result_get_required_education (result))
                                 : _("none"));
  print_component (_("Required"), pursuit_match_result_get_required (result), 50, NULL);
  print_component (_("Preferred"), pursuit_match_result_get_preferred (result), 20, NULL);
  print_component (_("Experience"), pursuit_match_result_get_experience (result), 20, years);
  print_component (_("Education"), pursuit_match_result_get_education (result), 10, education);

  print_skills_of_kind (result, PURSUIT_SKILL_MATCH_MATCHING);
  print_skills_of_kind (result, PURSUIT_SKILL_MATCH_PARTIAL);
  print_skills_of_kind (result, PURSUIT_SKILL_MATCH_TRANSFERABLE);
  print_skills_of_kind (result, PURSUIT_SKILL_MATCH_MISSING);

  order = pursuit_match_result_get_learning_order (result);
  if (order != NULL && order->len > 0)
    {
      g_print ("\n%s\n", _("Learning suggestions"));
      for (guint i = 0; i < order->len; i++)
        {
          const PursuitSkillMatch *match = pursuit_match_result_get_skill (result, g_array_index (order, guint, i));
          g_autofree char *name = _pursuit_cli_sanitize (match->name, FALSE);

          g_print (ngettext ("  %u. %s: %s, about %u hour\n", "  %u. %s: %s, about %u hours\n",
                             match->learning_hours),
                   i + 1, name, match->learning_kind != NULL ? match->learning_kind : _("practice"),
                   match->learning_hours);
        }
    }

  lines = pursuit_match_result_describe (result);
  if (lines != NULL && lines[0] != NULL)
    {
      g_print ("\n");
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *line = _pursuit_cli_sanitize (lines[i], FALSE);

          g_print ("%s\n", line);
        }
    }
}

gboolean
_pursuit_cli_cmd_match (PursuitCli  *cli,
                        int          argc,
                        char       **argv,
                        GError     **error)
{
  g_autoptr(PursuitMatchResult) result = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitCv) cv = NULL;
  gint64 job_id = 0;
  int score;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("ID"),
                                      _("Shows how well the active CV matches a job: the score out of 100 and its "
                                        "breakdown, the matching, partial, transferable and missing skills, and "
                                        "what to learn first. Saves the score for the board."),
                                      &job_id, error))
    return FALSE;

  job = pursuit_store_get_job (cli->store, job_id, error);
  if (job == NULL)
    return FALSE;
  cv = _pursuit_cli_require_active_cv (cli,
                                       _("No CV yet: import one with “pursuit-cli cv import FILE” to match "
                                         "jobs against it"),
                                       error);
  if (cv == NULL)
    return FALSE;

  result = pursuit_store_analyze_job (cli->store, job_id, error);
  if (result == NULL)
    return FALSE;

  /* The board shows what was computed here, as the app's scorer would. */
  score = pursuit_match_result_get_score (result);
  if (pursuit_store_set_match_scores (cli->store, &job_id, &score, 1, error) < 0)
    return FALSE;

  if (cli->json)
    {
      g_autofree char *json = pursuit_match_result_to_json (result);
      g_autoptr(JsonNode) node = parse_json (json);

      json_object_set_int_member (json_node_get_object (node), "job_id", job_id);
      return _pursuit_cli_print_json (node, error);
    }

  print_match (job, result);
  return TRUE;
}

/* recommend ---------------------------------------------------------------- */

static gboolean
parse_count (const char  *text,
             const char  *option,
             guint        min,
             guint        max,
             guint       *out,
             GError     **error)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, min, max, &value, NULL))
    return _pursuit_cli_usage_error (error, _("%s takes a number from %u to %u"), option, min, max);

  *out = (guint)value;
  return TRUE;
}

static JsonNode *
recommendation_to_json (PursuitRecommendation *recommendation)
{
  g_autofree char *json = pursuit_recommendation_to_json (recommendation);

  return parse_json (json);
}

static void
print_recommendations (GPtrArray *recommendations)
{
  for (guint i = 0; i < recommendations->len; i++)
    {
      PursuitRecommendation *recommendation = g_ptr_array_index (recommendations, i);
      PursuitJob *job = pursuit_recommendation_get_job (recommendation);
      const char * const *reasons = pursuit_recommendation_get_reasons (recommendation);
      g_autofree char *title = _pursuit_cli_sanitize (pursuit_job_get_title (job), FALSE);
      g_autofree char *company = _pursuit_cli_sanitize (pursuit_job_get_company (job), FALSE);

      g_print ("%2u. %3.0f%%  %s", i + 1, pursuit_recommendation_get_score (recommendation) * 100, title);
      if (company != NULL && company[0] != '\0')
        g_print (_(" at %s"), company);
      g_print ("  (%lld)\n", (long long)pursuit_job_get_id (job));

      for (guint r = 0; reasons != NULL && reasons[r] != NULL; r++)
        {
          g_autofree char *reason = _pursuit_cli_sanitize (reasons[r], FALSE);

          g_print ("          %s\n", reason);
        }
    }
}

gboolean
_pursuit_cli_cmd_recommend (PursuitCli  *cli,
                            int          argc,
                            char       **argv,
                            GError     **error)
{
  g_autofree char *limit_text = NULL;
  const GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_STRING, &limit_text, N_("Show at most N postings (default 20; 0 for all)"),
      N_("N") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GPtrArray) recommendations = NULL;
  g_auto(GStrv) args = NULL;
  guint limit = 20;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Ranks the saved postings you have not acted on against your profile and "
                                       "what you did with other jobs, with the reasons for each."),
                                     entries, error);
  if (args == NULL)
    return FALSE;
  if (limit_text != NULL && !parse_count (limit_text, "--limit", 0, 100000, &limit, error))
    return FALSE;
  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  recommendations = pursuit_store_list_recommendations (cli->store, NULL, limit, error);
  if (recommendations == NULL)
    return FALSE;

  if (cli->json)
    return _pursuit_cli_print_json_list (recommendations, (PursuitCliToJsonFunc)recommendation_to_json, error);

  if (recommendations->len == 0)
    {
      g_print (_("Nothing to recommend: save postings (“pursuit-cli add”, or import a job board) and they are "
                 "ranked here\n"));
      return TRUE;
    }

  print_recommendations (recommendations);
  return TRUE;
}

/* practice ----------------------------------------------------------------- */

static JsonNode *
question_to_json (const PursuitPracticeQuestion *question)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, question->id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, pursuit_question_kind_to_string (question->kind));
  json_builder_set_member_name (builder, "focus");
  json_builder_add_string_value (builder, pursuit_question_focus_to_string (question->focus));
  json_builder_set_member_name (builder, "skill");
  if (question->skill != NULL)
    json_builder_add_string_value (builder, question->skill);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "difficulty");
  json_builder_add_int_value (builder, question->difficulty);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, question->text);
  json_builder_set_member_name (builder, "concepts");
  json_builder_begin_array (builder);
  for (guint i = 0; question->concepts != NULL && question->concepts[i] != NULL; i++)
    json_builder_add_string_value (builder, question->concepts[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "seconds");
  json_builder_add_int_value (builder, question->seconds);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_questions (PursuitJob *job,
                 GPtrArray  *questions,
                 guint32     seed)
{
  g_autofree char *title = _pursuit_cli_sanitize (pursuit_job_get_title (job), FALSE);

  g_print (ngettext ("%u question for “%s” (seed %u)\n", "%u questions for “%s” (seed %u)\n", questions->len),
           questions->len, title, seed);

  for (guint i = 0; i < questions->len; i++)
    {
      const PursuitPracticeQuestion *question = g_ptr_array_index (questions, i);
      g_autofree char *text = _pursuit_cli_sanitize (question->text, FALSE);
      g_autofree char *skill = question->skill != NULL ? _pursuit_cli_sanitize (question->skill, FALSE) : NULL;

      g_print ("\n%2u. [%s", i + 1, pursuit_question_kind_get_label (question->kind));
      if (skill != NULL)
        g_print (" · %s", skill);
      g_print (ngettext (" · about %u minute]\n", " · about %u minutes]\n", MAX (1, question->seconds / 60)),
               MAX (1, question->seconds / 60));
      g_print ("    %s\n", text);
    }
}

gboolean
_pursuit_cli_cmd_practice (PursuitCli  *cli,
                           int          argc,
                           char       **argv,
                           GError     **error)
{
  g_autofree char *count_text = NULL;
  g_autofree char *seed_text = NULL;
  const GOptionEntry entries[] = {
    { "questions", 0, 0, G_OPTION_ARG_STRING, &count_text, N_("How many questions, 5 to 20 (default 10)"),
      N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text, N_("The same seed gives the same questions"), N_("S") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(PursuitMatchResult) match = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_auto(GStrv) args = NULL;
  guint n_questions = DEFAULT_QUESTIONS;
  guint seed = g_random_int ();
  gint64 job_id = 0;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("ID"), 1,
                                     _("Prints an interview question set for a job: technical questions on the "
                                       "skills it asks for (most on what you miss), behavioural and situational "
                                       "ones."),
                                     entries, error);
  if (args == NULL ||
      !_pursuit_cli_parse_id (args[0], &job_id, error))
    return FALSE;
  if (count_text != NULL && !parse_count (count_text, "--questions", 5, 20, &n_questions, error))
    return FALSE;
  if (seed_text != NULL && !parse_count (seed_text, "--seed", 0, G_MAXUINT32, &seed, error))
    return FALSE;
  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  job = pursuit_store_get_job (cli->store, job_id, error);
  if (job == NULL)
    return FALSE;

  /* Without a CV there is no gap to aim at: general questions. */
  cv = pursuit_store_get_active_cv (cli->store, error);
  if (cv == NULL && error != NULL && *error != NULL)
    return FALSE;
  if (cv != NULL)
    {
      match = pursuit_store_analyze_job (cli->store, job_id, error);
      if (match == NULL)
        return FALSE;
    }

  questions = pursuit_question_bank_make_set (pursuit_question_bank_get_default (), match, n_questions, seed);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "job_id");
      json_builder_add_int_value (builder, job_id);
      json_builder_set_member_name (builder, "seed");
      json_builder_add_int_value (builder, seed);
      json_builder_set_member_name (builder, "questions");
      json_builder_begin_array (builder);
      for (guint i = 0; i < questions->len; i++)
        json_builder_add_value (builder, question_to_json (g_ptr_array_index (questions, i)));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);

      return _pursuit_cli_print_json (node, error);
    }

  print_questions (job, questions, seed);
  return TRUE;
}
