/* pursuit-cli-companies.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* `pursuit-cli company`: the company pages, as the app shows them. */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"
#include "pursuit-store-companies.h"

/* JSON -------------------------------------------------------------------- */

static JsonNode *
company_summary_to_json (PursuitCompany *company)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n_jobs = 0;

  pursuit_company_get_job_ids (company, &n_jobs);

  json_builder_begin_object (builder);
  _pursuit_cli_json_add_string (builder, "key", pursuit_company_get_key (company));
  _pursuit_cli_json_add_string (builder, "name", pursuit_company_get_name (company));
  _pursuit_cli_json_add_string (builder, "domain", pursuit_company_get_domain (company));
  json_builder_set_member_name (builder, "jobs");
  json_builder_add_int_value (builder, n_jobs);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
add_contact (JsonBuilder    *builder,
             PursuitContact *contact)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "job_id");
  json_builder_add_int_value (builder, pursuit_contact_get_job_id (contact));
  _pursuit_cli_json_add_string (builder, "name", pursuit_contact_get_name (contact));
  _pursuit_cli_json_add_string (builder, "role", pursuit_contact_get_role (contact));
  _pursuit_cli_json_add_string (builder, "email", pursuit_contact_get_email (contact));
  _pursuit_cli_json_add_string (builder, "phone", pursuit_contact_get_phone (contact));
  json_builder_end_object (builder);
}

static JsonNode *
company_to_json (PursuitCli     *cli,
                 PursuitCompany *company,
                 GPtrArray      *jobs,
                 GPtrArray      *contacts)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  _pursuit_cli_json_add_string (builder, "key", pursuit_company_get_key (company));
  _pursuit_cli_json_add_string (builder, "name", pursuit_company_get_name (company));
  _pursuit_cli_json_add_strv (builder, "names", pursuit_company_get_names (company));
  _pursuit_cli_json_add_string (builder, "domain", pursuit_company_get_domain (company));
  _pursuit_cli_json_add_string (builder, "website", pursuit_company_get_website (company));
  _pursuit_cli_json_add_string (builder, "industry", pursuit_company_get_industry (company));
  _pursuit_cli_json_add_string (builder, "size", pursuit_company_get_size (company));
  _pursuit_cli_json_add_strv (builder, "locations", pursuit_company_get_locations (company));
  _pursuit_cli_json_add_string (builder, "description", pursuit_company_get_description (company));
  _pursuit_cli_json_add_time (builder, "info_updated_at", pursuit_company_get_info_updated_at (company));
  _pursuit_cli_json_add_string (builder, "summary", pursuit_company_get_summary (company));
  _pursuit_cli_json_add_string (builder, "notes", pursuit_company_get_notes (company));

  json_builder_set_member_name (builder, "jobs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < jobs->len; i++)
    json_builder_add_value (builder, _pursuit_cli_job_to_json (cli, g_ptr_array_index (jobs, i)));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "contacts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < contacts->len; i++)
    add_contact (builder, g_ptr_array_index (contacts, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Text -------------------------------------------------------------------- */

static void
print_companies (GPtrArray *companies)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char * const headers[] = { _("COMPANY"), _("KEY"), _("DOMAIN"), _("JOBS"), NULL };
  const guint widths[] = { 40, 30, 30, 0 };

  for (guint i = 0; i < companies->len; i++)
    {
      PursuitCompany *company = g_ptr_array_index (companies, i);
      const char *domain = pursuit_company_get_domain (company);
      guint n_jobs = 0;
      char **row = g_new0 (char *, 5);

      pursuit_company_get_job_ids (company, &n_jobs);
      row[0] = g_strdup (pursuit_company_get_name (company));
      row[1] = g_strdup (pursuit_company_get_key (company));
      row[2] = g_strdup (domain != NULL ? domain : "");
      row[3] = g_strdup_printf ("%u", n_jobs);
      g_ptr_array_add (rows, row);
    }

  _pursuit_cli_print_table (headers, rows, widths);
}

static void
print_field (const char *label,
             const char *value)
{
  g_autofree char *clean = NULL;

  if (value == NULL || *value == '\0')
    return;

  clean = _pursuit_cli_sanitize (value, FALSE);
  g_print ("%s: %s\n", label, clean);
}

static void
print_block (const char *heading,
             const char *text)
{
  g_autofree char *clean = NULL;

  if (text == NULL || *text == '\0')
    return;

  clean = _pursuit_cli_sanitize (text, TRUE);
  g_print ("\n%s\n%s\n", heading, clean);
}

static void
print_company (PursuitCli     *cli,
               PursuitCompany *company,
               GPtrArray      *jobs,
               GPtrArray      *contacts)
{
  g_autofree char *name = _pursuit_cli_sanitize (pursuit_company_get_name (company), FALSE);
  g_autofree char *others = NULL;
  g_autofree char *locations = NULL;
  g_autoptr(GStrvBuilder) other_names = g_strv_builder_new ();
  g_auto(GStrv) other_strv = NULL;
  const char * const *names = pursuit_company_get_names (company);
  gint64 learned = pursuit_company_get_info_updated_at (company);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (names[i], pursuit_company_get_name (company)) != 0)
      g_strv_builder_add (other_names, names[i]);
  other_strv = g_strv_builder_end (other_names);
  others = g_strjoinv (", ", other_strv);
  locations = g_strjoinv ("; ", (char **) pursuit_company_get_locations (company));

  g_print ("%s\n", name);
  print_field (_("Key"), pursuit_company_get_key (company));
  print_field (_("Also written"), others);
  print_field (_("Website"), pursuit_company_get_website (company));
  if (pursuit_company_get_website (company) == NULL)
    print_field (_("Domain"), pursuit_company_get_domain (company));
  print_field (_("Industry"), pursuit_company_get_industry (company));
  print_field (_("Size"), pursuit_company_get_size (company));
  print_field (_("Locations"), locations);

  if (learned > 0)
    {
      g_autofree char *date = _pursuit_cli_format_local_time (learned);

      g_print (_("From postings, as of %s\n"), date);
    }
  else
    g_print (_("Nothing known from postings yet\n"));

  print_block (_("About"), pursuit_company_get_description (company));
  print_block (_("Summary"), pursuit_company_get_summary (company));

  g_print ("\n%s\n", _("Jobs"));
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    const char * const headers[] = { _("ID"), _("TITLE"), _("STAGE"), _("APPLIED"), NULL };
    const guint widths[] = { 0, 50, 0, 0 };

    for (guint i = 0; i < jobs->len; i++)
      {
        PursuitJob *job = g_ptr_array_index (jobs, i);
        const char *applied = pursuit_job_get_applied_date (job);
        char **row = g_new0 (char *, 5);

        row[0] = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_job_get_id (job));
        row[1] = g_strdup (pursuit_job_get_title (job));
        row[2] = g_strdup (_pursuit_cli_stage_label (cli, pursuit_job_get_stage (job)));
        row[3] = g_strdup (applied != NULL ? applied : "");
        g_ptr_array_add (rows, row);
      }
    _pursuit_cli_print_table (headers, rows, widths);
  }

  if (contacts->len > 0)
    {
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      const char * const headers[] = { _("CONTACT"), _("ROLE"), _("EMAIL"), _("JOB"), NULL };
      const guint widths[] = { 30, 30, 40, 0 };

      g_print ("\n%s\n", _("Contacts"));
      for (guint i = 0; i < contacts->len; i++)
        {
          PursuitContact *contact = g_ptr_array_index (contacts, i);
          const char *role = pursuit_contact_get_role (contact);
          const char *email = pursuit_contact_get_email (contact);
          char **row = g_new0 (char *, 5);

          row[0] = g_strdup (pursuit_contact_get_name (contact));
          row[1] = g_strdup (role != NULL ? role : "");
          row[2] = g_strdup (email != NULL ? email : "");
          row[3] = g_strdup_printf ("%" G_GINT64_FORMAT, pursuit_contact_get_job_id (contact));
          g_ptr_array_add (rows, row);
        }
      _pursuit_cli_print_table (headers, rows, widths);
    }

  print_block (_("Notes"), pursuit_company_get_notes (company));
}

/* Commands ---------------------------------------------------------------- */

static gboolean
show_company (PursuitCli  *cli,
              const char  *name,
              GError     **error)
{
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) contacts = g_ptr_array_new_with_free_func (g_object_unref);
  const gint64 *job_ids;
  guint n_jobs = 0;

  company = pursuit_store_get_company (cli->store, name, error);
  if (company == NULL)
    return FALSE;

  job_ids = pursuit_company_get_job_ids (company, &n_jobs);
  for (guint i = 0; i < n_jobs; i++)
    {
      g_autoptr(GPtrArray) job_contacts = NULL;
      PursuitJob *job = pursuit_store_get_job (cli->store, job_ids[i], error);

      if (job == NULL)
        return FALSE;
      g_ptr_array_add (jobs, job);

      job_contacts = pursuit_store_list_contacts (cli->store, job_ids[i]);
      for (guint j = 0; job_contacts != NULL && j < job_contacts->len; j++)
        g_ptr_array_add (contacts, g_object_ref (g_ptr_array_index (job_contacts, j)));
    }

  if (cli->json)
    {
      g_autoptr(JsonNode) node = company_to_json (cli, company, jobs, contacts);

      return _pursuit_cli_print_json (node, error);
    }

  print_company (cli, company, jobs, contacts);
  return TRUE;
}

static gboolean
company_default_command (PursuitCli  *cli,
                         int          argc,
                         char       **argv,
                         GError     **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) companies = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) args = NULL;

  context = _pursuit_cli_context_new (cli, _("[NAME|KEY]"),
                                      _("Without a name, lists the companies of your jobs with how many jobs "
                                        "each has; with one, shows its page: what postings said about it, its "
                                        "jobs and their stages, contacts and your notes.\n\n"
                                        "“pursuit-cli company notes KEY TEXT” saves your notes on a company."),
                                      NULL);
  args = _pursuit_cli_parse (cli, context, NULL, &argc, &argv, error);
  if (args == NULL)
    return FALSE;

  if (args[0] != NULL)
    {
      name = _pursuit_cli_join_words (args, _("company"), error);
      if (name == NULL)
        return FALSE;
    }

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  if (name != NULL)
    return show_company (cli, name, error);

  companies = pursuit_store_list_companies (cli->store, error);
  if (companies == NULL)
    return FALSE;

  if (cli->json)
    return _pursuit_cli_print_json_list (companies, (PursuitCliToJsonFunc) company_summary_to_json, error);

  if (companies->len == 0)
    {
      g_print (_("No company yet: add jobs with a company name\n"));
      return TRUE;
    }

  print_companies (companies);
  return TRUE;
}

static gboolean
company_notes_command (PursuitCli  *cli,
                       int          argc,
                       char       **argv,
                       GError     **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(PursuitCompany) company = NULL;
  g_autofree char *notes = NULL;
  g_auto(GStrv) args = NULL;

  context = _pursuit_cli_context_new (cli, _("KEY TEXT"),
                                      _("Saves your notes on a company, replacing the ones it had; an empty "
                                        "TEXT (\"\") clears them."),
                                      NULL);
  args = _pursuit_cli_parse (cli, context, NULL, &argc, &argv, error);
  if (args == NULL)
    return FALSE;

  /* TEXT may be several words, joined as `note` joins them. */
  if (g_strv_length (args) < 2)
    return _pursuit_cli_check_n_args (args, 2, _("KEY TEXT"), error);

  if (!_pursuit_cli_check_text (&args[0], _("company"), error))
    return FALSE;
  notes = _pursuit_cli_join_words (args + 1, _("notes"), error);
  if (notes == NULL)
    return FALSE;

  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  company = pursuit_store_get_company (cli->store, args[0], error);
  if (company == NULL)
    return FALSE;

  if (!pursuit_store_set_company_notes (cli->store, pursuit_company_get_key (company), notes, error))
    return FALSE;

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_object (builder);
      _pursuit_cli_json_add_string (builder, "key", pursuit_company_get_key (company));
      _pursuit_cli_json_add_string (builder, "notes", *notes != '\0' ? notes : NULL);
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);

      return _pursuit_cli_print_json (node, error);
    }

  {
    g_autofree char *name = _pursuit_cli_sanitize (pursuit_company_get_name (company), FALSE);

    if (*notes != '\0')
      g_print (_("Saved the notes on %s\n"), name);
    else
      g_print (_("Cleared the notes on %s\n"), name);
  }

  return TRUE;
}

static const PursuitCliCommand company_subcommands[] = {
  { "notes", company_notes_command, N_("Save your notes on a company") },
};

gboolean
_pursuit_cli_cmd_company (PursuitCli  *cli,
                          int          argc,
                          char       **argv,
                          GError     **error)
{
  return _pursuit_cli_run_subcommand (cli, "company", company_subcommands, G_N_ELEMENTS (company_subcommands),
                                      company_default_command, argc, argv, error);
}
