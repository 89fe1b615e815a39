/* pursuit-cli-documents.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"
#include "pursuit-document-template.h"
#include "pursuit-job-report.h"
#include "pursuit-json-private.h"
#include "pursuit-store-documents.h"
#include "pursuit-store-matching.h"

/* `document` writes cover letters and CV variants from the templates,
 * lists and exports them; `apply` records that an application went out,
 * with which documents, as the app's Apply dialog does. */

#define MAX_TITLE_CHARS 200

static JsonNode *
document_to_json (PursuitDocument *document)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  const char *strings[][2] = {
    { "kind", pursuit_document_get_kind (document) },
    { "title", pursuit_document_get_title (document) },
    { "template", pursuit_document_get_template (document) },
    { "path", pursuit_document_get_path (document) },
    { "body", pursuit_document_get_body (document) },
  };
  const struct { const char *name; gint64 time; } times[] = {
    { "created_at", pursuit_document_get_created_at (document) },
    { "updated_at", pursuit_document_get_updated_at (document) },
    { "sent_at", pursuit_document_get_sent_at (document) },
  };

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pursuit_document_get_id (document));
  _pursuit_json_add_id_or_null (builder, "job_id", pursuit_document_get_job_id (document));
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    _pursuit_cli_json_add_string (builder, strings[i][0], strings[i][1]);
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    _pursuit_cli_json_add_time (builder, times[i].name, times[i].time);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* What `document new` and `document show` print: the document as JSON,
 * or its text, or the file or link of one not written in Pursuit. */
static gboolean
print_document (PursuitCli       *cli,
                PursuitDocument  *document,
                GError          **error)
{
  const char *body = pursuit_document_get_body (document);
  g_autofree char *path = NULL;

  if (cli->json)
    {
      g_autoptr(JsonNode) node = document_to_json (document);

      return _pursuit_cli_print_json (node, error);
    }

  if (body != NULL)
    return _pursuit_cli_write_stdout (body, strlen (body), error);

  path = _pursuit_cli_sanitize (pursuit_document_get_path (document), FALSE);
  g_print ("%s\n", path);
  return TRUE;
}

/* --kind of `document new` and `document templates`: unset, or a kind
 * that has templates. */
static gboolean
check_kind (const char  *kind,
            GError     **error)
{
  if (kind == NULL || g_str_equal (kind, "cover_letter") || g_str_equal (kind, "resume"))
    return TRUE;

  return _pursuit_cli_usage_error (error, _("--kind must be cover_letter or resume"));
}

/* document list ------------------------------------------------------------ */

static void
print_documents (GPtrArray *documents)
{
  const char * const headers[] = {
    C_("document column", "ID"),
    C_("document column", "Job"),
    C_("document column", "Kind"),
    C_("document column", "Title"),
    C_("document column", "Template"),
    C_("document column", "Sent"),
    NULL
  };
  const guint max_widths[] = { 0, 0, 0, 50, 0, 0 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  for (guint i = 0; i < documents->len; i++)
    {
      PursuitDocument *document = g_ptr_array_index (documents, i);
      char **row = g_new0 (char *, 7);

      row[0] = g_strdup_printf ("%lld", (long long)pursuit_document_get_id (document));
      row[1] = pursuit_document_get_job_id (document) != 0
        ? g_strdup_printf ("%lld", (long long)pursuit_document_get_job_id (document))
        : g_strdup ("");
      row[2] = g_strdup (pursuit_document_get_kind (document));
      row[3] = g_strdup (pursuit_document_get_title (document));
      row[4] = g_strdup (pursuit_document_get_template (document) ? pursuit_document_get_template (document) : "");
      row[5] = pursuit_document_get_sent_at (document) > 0
        ? _pursuit_cli_format_local_time (pursuit_document_get_sent_at (document))
        : g_strdup ("");
      g_ptr_array_add (rows, row);
    }

  _pursuit_cli_print_table (headers, rows, max_widths);
}

/* Every job's documents, then those of no job. */
static GPtrArray *
list_all_documents (PursuitCli  *cli,
                    GError     **error)
{
  g_autoptr(GPtrArray) jobs = pursuit_store_list_jobs (cli->store, NULL, error);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) loose = NULL;

  if (jobs == NULL)
    return NULL;

  for (guint i = 0; i < jobs->len; i++)
    {
      g_autoptr(GPtrArray) documents = pursuit_store_list_documents (cli->store,
                                                                     pursuit_job_get_id (g_ptr_array_index (jobs, i)));
      g_ptr_array_extend_and_steal (all, g_steal_pointer (&documents));
    }

  loose = pursuit_store_list_documents (cli->store, 0);
  g_ptr_array_extend_and_steal (all, g_steal_pointer (&loose));

  return g_steal_pointer (&all);
}

static gboolean
document_list_command (PursuitCli  *cli,
                       int          argc,
                       char       **argv,
                       GError     **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_auto(GStrv) args = NULL;
  gint64 job_id = 0;

  context = _pursuit_cli_context_new (cli, _("[JOB]"),
                                      _("Lists a job’s documents (files, links, cover letters and CV variants "
                                        "written in Pursuit) and when each was sent; without JOB, every "
                                        "document."),
                                      NULL);
  args = _pursuit_cli_parse (cli, context, NULL, &argc, &argv, error);
  if (args == NULL)
    return FALSE;
  if (g_strv_length (args) > 1)
    return _pursuit_cli_check_n_args (args, 1, _("[JOB]"), error);
  if (args[0] != NULL && !_pursuit_cli_parse_id (args[0], &job_id, error))
    return FALSE;
  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  if (job_id != 0)
    {
      g_autoptr(PursuitJob) job = pursuit_store_get_job (cli->store, job_id, error);

      if (job == NULL)
        return FALSE;
      documents = pursuit_store_list_documents (cli->store, job_id);
    }
  else
    {
      documents = list_all_documents (cli, error);
      if (documents == NULL)
        return FALSE;
    }

  if (cli->json)
    return _pursuit_cli_print_json_list (documents, (PursuitCliToJsonFunc)document_to_json, error);

  if (documents->len == 0)
    {
      g_print (_("No documents yet: write one with “pursuit-cli document new JOB”\n"));
      return TRUE;
    }

  print_documents (documents);
  return TRUE;
}

/* document new ------------------------------------------------------------- */

/* The template asked for, or the first of @kind in the user's language. */
static PursuitDocumentTemplate *
choose_template (const char  *template_id,
                 const char  *kind,
                 GError     **error)
{
  g_autoptr(PursuitDocumentTemplate) template = NULL;
  g_autoptr(GPtrArray) templates = NULL;

  if (template_id != NULL)
    {
      template = pursuit_document_template_lookup (template_id, error);
      if (template == NULL)
        return NULL;
      if (kind != NULL && !g_str_equal (kind, pursuit_document_template_get_kind (template)))
        {
          _pursuit_cli_usage_error (error, _("The template “%s” is not of the kind “%s”"), template_id, kind);
          return NULL;
        }
      return g_steal_pointer (&template);
    }

  templates = pursuit_document_template_list (kind ? kind : "cover_letter", NULL);
  if (templates->len == 0)
    {
      g_set_error_literal (error, PURSUIT_TEMPLATE_ERROR, PURSUIT_TEMPLATE_ERROR_NOT_FOUND,
                           _("There is no template of that kind"));
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (templates, 0));
}

static char *
default_title (PursuitDocumentTemplate *template,
               PursuitJob              *job)
{
  g_autofree char *title = NULL;
  g_autofree char *line = _pursuit_cli_sanitize (pursuit_job_get_title (job), FALSE);

  if (g_str_equal (pursuit_document_template_get_kind (template), "resume"))
    /* Translators: the title of a CV variant written for a job; %s is the job's title */
    title = g_strdup_printf (_("CV for %s"), line);
  else
    /* Translators: the title of a cover letter written for a job; %s is the job's title */
    title = g_strdup_printf (_("Cover Letter for %s"), line);

  if (g_utf8_strlen (title, -1) <= MAX_TITLE_CHARS)
    return g_steal_pointer (&title);

  return g_utf8_substring (title, 0, MAX_TITLE_CHARS);
}

/* The template filled for the job from the active CV and the job's gap
 * analysis; without a CV, from the job alone. */
static char *
render_for_job (PursuitCli               *cli,
                PursuitDocumentTemplate  *template,
                PursuitJob               *job,
                GError                  **error)
{
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(PursuitMatchResult) match = NULL;
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  PursuitProfile *profile = NULL;

  cv = pursuit_store_get_active_cv (cli->store, error);
  if (cv == NULL && error != NULL && *error != NULL)
    return NULL;

  if (cv != NULL)
    {
      profile = pursuit_cv_get_profile (cv);
      match = pursuit_store_analyze_job (cli->store, pursuit_job_get_id (job), error);
      if (match == NULL)
        return NULL;
    }

  return pursuit_document_template_render (template, job, profile, cv ? pursuit_cv_get_text (cv) : NULL,
                                           match, today);
}

static gboolean
document_new_command (PursuitCli  *cli,
                      int          argc,
                      char       **argv,
                      GError     **error)
{
  g_autofree char *template_id = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *title = NULL;
  const GOptionEntry entries[] = {
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_id,
      N_("Write from template ID (see “pursuit-cli document templates”)"), N_("ID") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("cover_letter (the default) or resume"), N_("KIND") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Call the document TITLE"), N_("TITLE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(PursuitDocumentTemplate) template = NULL;
  g_autoptr(PursuitDocument) document = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *body = NULL;
  g_auto(GStrv) args = NULL;
  gint64 job_id = 0;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("JOB"), 1,
                                     _("Writes a cover letter or a CV variant for a job from a template, the "
                                       "active CV and the job’s matching skills, saves it with the job and "
                                       "prints it."),
                                     entries, error);
  if (args == NULL || !_pursuit_cli_parse_id (args[0], &job_id, error))
    return FALSE;
  if (!check_kind (kind, error))
    return FALSE;
  if (title != NULL && !_pursuit_cli_check_text (&title, _("title"), error))
    return FALSE;

  template = choose_template (template_id, kind, error);
  if (template == NULL || _pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  job = pursuit_store_get_job (cli->store, job_id, error);
  if (job == NULL)
    return FALSE;

  body = render_for_job (cli, template, job, error);
  if (body == NULL)
    return FALSE;

  document = pursuit_document_new ();
  pursuit_document_set_job_id (document, job_id);
  pursuit_document_set_kind (document, pursuit_document_template_get_kind (template));
  if (title != NULL)
    pursuit_document_set_title (document, title);
  else
    {
      g_autofree char *generated = default_title (template, job);
      pursuit_document_set_title (document, generated);
    }
  pursuit_document_set_template (document, pursuit_document_template_get_id (template));
  pursuit_document_set_body (document, body);

  if (pursuit_store_save_document (cli->store, document, error) == 0)
    return FALSE;

  return print_document (cli, document, error);
}

/* document show ------------------------------------------------------------ */

static gboolean
document_show_command (PursuitCli  *cli,
                       int          argc,
                       char       **argv,
                       GError     **error)
{
  g_autoptr(PursuitDocument) document = NULL;
  gint64 id = 0;

  if (!_pursuit_cli_parse_id_command (cli, argc, argv, _("ID"),
                                      _("Prints a document’s text, or its file or link."), &id, error))
    return FALSE;

  document = pursuit_store_get_document (cli->store, id, error);
  if (document == NULL)
    return FALSE;

  return print_document (cli, document, error);
}

/* document export ---------------------------------------------------------- */

static gboolean
document_export_command (PursuitCli  *cli,
                         int          argc,
                         char       **argv,
                         GError     **error)
{
  g_autofree char *pdf = NULL;
  g_autofree char *paper_name = NULL;
  const GOptionEntry entries[] = {
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Write the document as a PDF to FILE"), N_("FILE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_name, N_("a4 or letter (default: the locale’s)"), N_("PAPER") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(PursuitDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(GStrv) args = NULL;
  PursuitPaperSize paper = pursuit_paper_size_for_locale ();
  gint64 id = 0;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("ID"), 1,
                                     _("Exports a cover letter or CV variant written in Pursuit as a PDF."),
                                     entries, error);
  if (args == NULL || !_pursuit_cli_parse_id (args[0], &id, error))
    return FALSE;
  if (pdf == NULL)
    return _pursuit_cli_usage_error (error, _("Say where to write the PDF with --pdf FILE"));
  if (paper_name != NULL && !_pursuit_cli_parse_paper (paper_name, &paper, error))
    return FALSE;
  if (_pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  document = pursuit_store_get_document (cli->store, id, error);
  if (document == NULL)
    return FALSE;

  file = g_file_new_for_commandline_arg (pdf);
  if (!pursuit_document_write_pdf (document, file, paper, NULL, error))
    return FALSE;

  if (cli->json)
    return _pursuit_cli_print_written (pdf, "pdf", -1, error);

  {
    g_autofree char *shown = g_filename_display_name (pdf);

    g_print (_("Saved the document to %s\n"), shown);
  }
  return TRUE;
}

/* document templates ------------------------------------------------------- */

static JsonNode *
template_to_json (PursuitDocumentTemplate *template)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  _pursuit_cli_json_add_string (builder, "id", pursuit_document_template_get_id (template));
  _pursuit_cli_json_add_string (builder, "kind", pursuit_document_template_get_kind (template));
  _pursuit_cli_json_add_string (builder, "title", pursuit_document_template_get_title (template));
  _pursuit_cli_json_add_string (builder, "language", pursuit_document_template_get_language (template));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static gboolean
document_templates_command (PursuitCli  *cli,
                            int          argc,
                            char       **argv,
                            GError     **error)
{
  g_autofree char *kind = NULL;
  const GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("Only cover_letter or resume templates"), N_("KIND") },
    G_OPTION_ENTRY_NULL
  };
  const char * const headers[] = {
    C_("template column", "ID"),
    C_("template column", "Kind"),
    C_("template column", "Language"),
    C_("template column", "Title"),
    NULL
  };
  g_autoptr(GPtrArray) templates = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_auto(GStrv) args = NULL;

  args = _pursuit_cli_parse_command (cli, argc, argv, NULL, 0,
                                     _("Lists the cover letter and CV templates, those in your language first."),
                                     entries, error);
  if (args == NULL)
    return FALSE;
  if (!check_kind (kind, error))
    return FALSE;

  templates = pursuit_document_template_list (kind, NULL);
  if (cli->json)
    return _pursuit_cli_print_json_list (templates, (PursuitCliToJsonFunc)template_to_json, error);

  for (guint i = 0; i < templates->len; i++)
    {
      PursuitDocumentTemplate *template = g_ptr_array_index (templates, i);
      char **row = g_new0 (char *, 5);

      row[0] = g_strdup (pursuit_document_template_get_id (template));
      row[1] = g_strdup (pursuit_document_template_get_kind (template));
      row[2] = g_strdup (pursuit_document_template_get_language (template));
      row[3] = g_strdup (pursuit_document_template_get_title (template));
      g_ptr_array_add (rows, row);
    }

  _pursuit_cli_print_table (headers, rows, NULL);
  return TRUE;
}

/* Without a subcommand word `document` lists, as `cv` does; `document 12`
 * lists job 12's, as its usage line says. Another word is a mistyped
 * subcommand. */
static gboolean
document_default_command (PursuitCli  *cli,
                          int          argc,
                          char       **argv,
                          GError     **error)
{
  gint64 job_id = 0;

  if (argc >= 2 && !_pursuit_cli_parse_id (argv[1], &job_id, NULL) &&
      !_pursuit_cli_refuse_subcommand_word ("document", argc, argv, error))
    return FALSE;

  return document_list_command (cli, argc, argv, error);
}

static const PursuitCliCommand document_subcommands[] = {
  { "list", document_list_command, N_("List a job’s documents, or every document") },
  { "new", document_new_command, N_("Write a cover letter or CV variant for a job from a template") },
  { "show", document_show_command, N_("Print a document’s text") },
  { "export", document_export_command, N_("Export a document as a PDF") },
  { "templates", document_templates_command, N_("List the cover letter and CV templates") },
};

gboolean
_pursuit_cli_cmd_document (PursuitCli  *cli,
                           int          argc,
                           char       **argv,
                           GError     **error)
{
  return _pursuit_cli_run_subcommand (cli, "document", document_subcommands, G_N_ELEMENTS (document_subcommands),
                                      document_default_command, argc, argv, error);
}

/* apply -------------------------------------------------------------------- */

static gboolean
parse_document_ids (char   **texts,
                    GArray  *ids,
                    GError **error)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      gint64 id = 0;

      if (!_pursuit_cli_parse_id (texts[i], &id, error))
        return FALSE;
      g_array_append_val (ids, id);
    }

  return TRUE;
}

gboolean
_pursuit_cli_cmd_apply (PursuitCli  *cli,
                        int          argc,
                        char       **argv,
                        GError     **error)
{
  g_auto(GStrv) document_texts = NULL;
  gboolean with_cv = FALSE;
  const GOptionEntry entries[] = {
    { "document", 0, 0, G_OPTION_ARG_STRING_ARRAY, &document_texts,
      N_("A document sent with the application (repeat for several)"), N_("ID") },
    { "cv", 0, 0, G_OPTION_ARG_NONE, &with_cv, N_("The active CV went out with it"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_auto(GStrv) args = NULL;
  gint64 job_id = 0;

  args = _pursuit_cli_parse_command (cli, argc, argv, _("JOB"), 1,
                                     _("Records that the application for a job was sent, with which documents: "
                                       "they are marked sent, and a saved job moves to Applied, which starts "
                                       "its follow-ups."),
                                     entries, error);
  if (args == NULL || !_pursuit_cli_parse_id (args[0], &job_id, error) ||
      !parse_document_ids (document_texts, ids, error) ||
      _pursuit_cli_open_store (cli, error) == NULL)
    return FALSE;

  if (with_cv)
    {
      cv = _pursuit_cli_require_active_cv (cli, _("No CV yet: import one with “pursuit-cli cv import FILE”"), error);
      if (cv == NULL)
        return FALSE;
    }

  if (!pursuit_store_record_application (cli->store, job_id, (const gint64 *)(gpointer)ids->data, ids->len,
                                         cv ? pursuit_cv_get_id (cv) : 0, g_get_real_time () / G_USEC_PER_SEC,
                                         error))
    return FALSE;

  /* What `move --json` prints, as the job moved. */
  if (cli->json)
    return _pursuit_cli_print_job_by_id (cli, job_id, error);

  job = pursuit_store_get_job (cli->store, job_id, error);
  if (job == NULL)
    return FALSE;

  {
    g_autofree char *title = _pursuit_cli_sanitize (pursuit_job_get_title (job), FALSE);

    g_print (_("Recorded the application for “%s” (%lld); it is in %s\n"), title, (long long)job_id,
             _pursuit_cli_stage_label (cli, pursuit_job_get_stage (job)));
  }
  return TRUE;
}
