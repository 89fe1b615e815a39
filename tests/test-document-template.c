/* test-document-template.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-document-template.h"

static const char cv_text[] =
  "Ada Lovelace\n"
  "Backend Developer\n"
  "\n"
  "Work Experience\n"
  "Senior Developer, Analytical Engines Ltd, 2019 - Present\n"
  "- Built the billing service in Python\n"
  "\n"
  "Developer, Difference Co, 2016 - 2019\n"
  "\n"
  "Education\n"
  "M.Sc. Mathematics, University of London\n"
  "\n"
  "Skills\n"
  "Python, SQL, Go\n";

static PursuitProfile *
make_profile (void)
{
  PursuitProfile *profile = pursuit_profile_new ();
  const char * const languages[] = { "English", "German", NULL };

  pursuit_profile_set_name (profile, "Ada Lovelace");
  pursuit_profile_set_headline (profile, "Backend Developer");
  pursuit_profile_set_years_of_experience (profile, 6.7);
  pursuit_profile_set_education (profile, PURSUIT_EDUCATION_MASTER);
  pursuit_profile_set_languages (profile, languages);
  pursuit_profile_set_skill (profile, "Go", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "SQL", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Docker", PURSUIT_SKILL_LEVEL_ADVANCED);
  return profile;
}

static PursuitJob *
make_job (const char *title,
          const char *company)
{
  PursuitJob *job = pursuit_job_new ();

  pursuit_job_set_title (job, title);
  pursuit_job_set_company (job, company);
  pursuit_job_set_location (job, "Berlin");
  pursuit_job_set_stage (job, "saved");
  pursuit_job_set_description (job, "We use Python, PostgreSQL, Kubernetes and Docker.");
  return job;
}

static void
add_skill (PursuitMatchResult    *match,
           const char            *name,
           gboolean               required,
           PursuitSkillMatchKind  kind,
           const char            *transfer_from,
           double                 relevance)
{
  PursuitSkillMatch skill = { 0 };

  skill.name = (char *)name;
  skill.category = (char *)"tools";
  skill.required = required;
  skill.kind = kind;
  skill.transfer_from = (char *)transfer_from;
  skill.relevance = relevance;
  _pursuit_match_result_add_skill (match, &skill);
}

/* Python and SQL match (required), Docker (preferred); Kubernetes is
 * transferable from Docker; Rust and Terraform are missing. */
static PursuitMatchResult *
make_match (void)
{
  PursuitMatchResult *match = pursuit_match_result_new ();

  add_skill (match, "Python", TRUE, PURSUIT_SKILL_MATCH_MATCHING, NULL, 1);
  add_skill (match, "SQL", TRUE, PURSUIT_SKILL_MATCH_PARTIAL, NULL, 1);
  add_skill (match, "Kubernetes", TRUE, PURSUIT_SKILL_MATCH_TRANSFERABLE, "Docker", 0.6);
  add_skill (match, "Rust", TRUE, PURSUIT_SKILL_MATCH_MISSING, NULL, 0);
  add_skill (match, "Docker", FALSE, PURSUIT_SKILL_MATCH_MATCHING, NULL, 1);
  add_skill (match, "Terraform", FALSE, PURSUIT_SKILL_MATCH_MISSING, NULL, 0);
  return match;
}

static GDateTime *
make_today (void)
{
  return g_date_time_new_utc (2026, 11, 24, 10, 0, 0);
}

static char *
render_id (const char         *id,
           PursuitJob         *job,
           PursuitProfile     *profile,
           const char         *cv,
           PursuitMatchResult *match)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitDocumentTemplate) template = pursuit_document_template_lookup (id, &error);
  g_autoptr(GDateTime) today = make_today ();

  g_assert_no_error (error);
  return pursuit_document_template_render (template, job, profile, cv, match, today);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in:\n%s", part, text);
}

static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("“%s” should not be in:\n%s", part, text);
}

/* Nothing a template says is left unfilled, and the layout is tidy. */
static void
assert_clean (const char *text)
{
  assert_lacks (text, "{{");
  assert_lacks (text, "}}");
  assert_lacks (text, "\n\n\n");
  assert_lacks (text, " \n");
  g_assert_true (g_str_has_suffix (text, "\n"));
  g_assert_false (g_str_has_suffix (text, "\n\n"));
  g_assert_false (g_ascii_isspace (text[0]));
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
test_list (void)
{
  g_autoptr(GPtrArray) all = pursuit_document_template_list (NULL, "en");
  g_autoptr(GPtrArray) letters = pursuit_document_template_list ("cover_letter", "de");
  g_autoptr(GPtrArray) resumes = pursuit_document_template_list ("resume", NULL);
  g_autoptr(GPtrArray) none = pursuit_document_template_list ("poem", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitDocumentTemplate) missing = NULL;
  guint n_en = 0, n_de = 0;

  g_assert_cmpuint (all->len, ==, 7);
  for (guint i = 0; i < all->len; i++)
    {
      PursuitDocumentTemplate *template = g_ptr_array_index (all, i);
      const char *language = pursuit_document_template_get_language (template);

      if (g_str_equal (language, "en"))
        n_en++;
      else if (g_str_equal (language, "de"))
        n_de++;
      g_assert_nonnull (pursuit_document_template_get_title (template));
      g_assert_true (g_str_equal (pursuit_document_template_get_kind (template), "cover_letter") ||
                     g_str_equal (pursuit_document_template_get_kind (template), "resume"));
    }
  g_assert_cmpuint (n_en, ==, 5);
  g_assert_cmpuint (n_de, ==, 2);
  /* English first when asked for English. */
  g_assert_cmpstr (pursuit_document_template_get_language (g_ptr_array_index (all, 0)), ==, "en");

  g_assert_cmpuint (letters->len, ==, 5);
  g_assert_cmpstr (pursuit_document_template_get_language (g_ptr_array_index (letters, 0)), ==, "de");
  g_assert_cmpstr (pursuit_document_template_get_language (g_ptr_array_index (letters, 1)), ==, "de");
  g_assert_cmpstr (pursuit_document_template_get_language (g_ptr_array_index (letters, 2)), ==, "en");

  g_assert_cmpuint (resumes->len, ==, 2);
  for (guint i = 0; i < resumes->len; i++)
    g_assert_cmpstr (pursuit_document_template_get_kind (g_ptr_array_index (resumes, i)), ==, "resume");
  g_assert_cmpuint (none->len, ==, 0);

  missing = pursuit_document_template_lookup ("no-such-template", &error);
  g_assert_null (missing);
  g_assert_error (error, PURSUIT_TEMPLATE_ERROR, PURSUIT_TEMPLATE_ERROR_NOT_FOUND);
}

/* Every shipped template renders for a full fixture, with nothing, and
 * with a job whose fields are empty. */
static void
test_every_template (void)
{
  g_autoptr(GPtrArray) all = pursuit_document_template_list (NULL, NULL);
  g_autoptr(PursuitProfile) profile = make_profile ();
  g_autoptr(PursuitMatchResult) match = make_match ();
  g_autoptr(PursuitJob) job = make_job ("Platform Engineer", "Acme");
  g_autoptr(PursuitJob) bare = pursuit_job_new ();
  g_autoptr(GDateTime) today = make_today ();

  pursuit_job_set_title (bare, "Engineer");

  for (guint i = 0; i < all->len; i++)
    {
      PursuitDocumentTemplate *template = g_ptr_array_index (all, i);
      g_autofree char *full = pursuit_document_template_render (template, job, profile, cv_text, match, today);
      g_autofree char *empty = pursuit_document_template_render (template, bare, NULL, NULL, NULL, NULL);

      assert_clean (full);
      assert_clean (empty);

      assert_contains (full, "Platform Engineer");
      assert_contains (full, "Ada Lovelace");
      assert_contains (full, "Python");
      /* Missing skills are never claimed anywhere. */
      assert_lacks (full, "Rust");
      assert_lacks (full, "Terraform");
      assert_contains (empty, "Engineer");
      assert_lacks (empty, "Acme");

      if (g_str_equal (pursuit_document_template_get_kind (template), "cover_letter"))
        {
          assert_contains (full, "Acme");
          /* Kubernetes only as what is new, with what carries over. */
          assert_contains (full, "Kubernetes");
          assert_contains (full, "Docker");
        }
    }
}

static void
test_formal_letter (void)
{
  g_autoptr(PursuitProfile) profile = make_profile ();
  g_autoptr(PursuitMatchResult) match = make_match ();
  g_autoptr(PursuitJob) job = make_job ("Platform Engineer", "Acme");
  g_autofree char *text = render_id ("cover-letter-formal", job, profile, cv_text, match);
  g_autofree char *german = render_id ("cover-letter-formal-de", job, profile, cv_text, match);

  g_assert_true (g_str_has_prefix (text, "Ada Lovelace\n24 November 2026\n\nDear Hiring Team at Acme,\n\n"
                                         "I am writing to apply for the Platform Engineer position at Acme in Berlin."
                                         " As a Backend Developer with 6 years of professional experience,"));
  /* Required matches first, then preferred; in the letter's language. */
  assert_contains (text, "The role asks for Python, SQL and Docker.");
  assert_contains (text, "I have not yet used Kubernetes professionally; my experience with Docker carries over");
  assert_contains (text, "My education (Master's degree) gave me a solid foundation, and I work comfortably in"
                         " English and German.");
  g_assert_true (g_str_has_suffix (text, "Yours sincerely,\nAda Lovelace\n"));

  assert_contains (german, "24. November 2026");
  assert_contains (german, "mit 6 Jahren Berufserfahrung");
  assert_contains (german, "Die Stelle verlangt Python, SQL und Docker.");
  g_assert_true (g_str_has_suffix (german, "Mit freundlichen Grüßen\nAda Lovelace\n"));
}

/* Without a company, a gap analysis or a profile, the sections that would
 * say nothing are dropped and the fallbacks appear. */
static void
test_sections_dropped (void)
{
  g_autoptr(PursuitJob) job = make_job ("Platform Engineer", NULL);
  g_autofree char *text = NULL;
  g_autofree char *brief = NULL;

  pursuit_job_set_location (job, NULL);
  text = render_id ("cover-letter-formal", job, NULL, NULL, NULL);
  g_assert_cmpstr (text, ==,
                   "24 November 2026\n"
                   "\n"
                   "Dear Hiring Team,\n"
                   "\n"
                   "I am writing to apply for the Platform Engineer position.\n"
                   "\n"
                   "I learn new tools quickly and care about delivering reliable, well-documented results.\n"
                   "\n"
                   "I would welcome the opportunity to discuss how I can contribute to your team."
                   " Thank you for your time and consideration.\n"
                   "\n"
                   "Yours sincerely,\n");

  brief = render_id ("cover-letter-brief", job, NULL, NULL, NULL);
  g_assert_cmpstr (brief, ==,
                   "Hello,\n"
                   "\n"
                   "I would like to apply for the Platform Engineer role.\n"
                   "\n"
                   "I would be glad to talk about the role. Thank you for considering my application.\n"
                   "\n"
                   "Best regards,\n");
}

/* Without a gap analysis, the posting's skills the profile has. */
static void
test_no_match (void)
{
  g_autoptr(PursuitProfile) profile = make_profile ();
  g_autoptr(PursuitJob) job = make_job ("Platform Engineer", "Acme");
  g_autofree char *text = render_id ("cover-letter-brief", job, profile, NULL, NULL);

  assert_contains (text, "Python");
  assert_contains (text, "Docker");
  assert_lacks (text, "Kubernetes");
  assert_lacks (text, "PostgreSQL");
}

static void
test_cv_variant (void)
{
  g_autoptr(PursuitProfile) profile = make_profile ();
  g_autoptr(PursuitMatchResult) match = make_match ();
  g_autoptr(PursuitJob) job = make_job ("Platform Engineer", "Acme");
  g_autofree char *tailored = render_id ("cv-tailored", job, profile, cv_text, match);
  g_autofree char *skills_first = render_id ("cv-skills-first", job, profile, cv_text, match);
  g_autofree char *no_cv = render_id ("cv-tailored", job, profile, NULL, match);

  /* Skills ordered by the job's matches, then the rest of the profile. */
  assert_contains (tailored, "SKILLS\n- Python (Expert)\n- SQL (Advanced)\n- Docker (Advanced)\n- Go (Intermediate)\n");
  assert_contains (tailored, "EXPERIENCE\nSenior Developer, Analytical Engines Ltd, 2019 - Present\n"
                             "- Built the billing service in Python\n\nDeveloper, Difference Co, 2016 - 2019\n");
  /* Education in the CV is the profile's, not the CV text's section. */
  assert_lacks (tailored, "University of London");
  assert_contains (tailored, "EDUCATION\nMaster's degree");
  assert_contains (tailored, "Applying for the Platform Engineer role at Acme.");

  assert_contains (skills_first, "SKILLS FOR THIS ROLE\n- Python (Expert)\n- SQL (Advanced)\n- Docker (Advanced)\n");
  assert_contains (skills_first, "OTHER SKILLS\nGo\n");

  /* No CV text: no experience section at all. */
  assert_lacks (no_cv, "EXPERIENCE");
}

static void
assert_syntax_error (const char *text,
                     const char *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitDocumentTemplate) template =
    pursuit_document_template_new_from_text ("t", "cover_letter", "T", "en", text, &error);

  g_assert_null (template);
  g_assert_error (error, PURSUIT_TEMPLATE_ERROR, PURSUIT_TEMPLATE_ERROR_SYNTAX);
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("“%s” is not in the error “%s”", message_part, error->message);
}

static void
test_hostile_templates (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitDocumentTemplate) fine = NULL;

  assert_syntax_error ("Dear {{name", "not closed");
  assert_syntax_error ("Dear {{name}},\n\nline 3 {{", "line 3");
  assert_syntax_error ("{{job_titel}}", "job_titel");
  assert_syntax_error ("{{}}", NULL);
  assert_syntax_error ("{{#}}x{{/}}", NULL);
  assert_syntax_error ("{{{name}}}", NULL);
  assert_syntax_error ("{{#company}}open", "company");
  assert_syntax_error ("{{/company}}", "company");
  assert_syntax_error ("{{#company}}{{#name}}x{{/company}}{{/name}}", "company");
  assert_syntax_error ("{{#company}}x{{/name}}", "name");
  assert_syntax_error ("bad \xff utf-8", NULL);

  for (guint i = 0; i < 40; i++)
    g_string_append (deep, "{{#name}}");
  for (guint i = 0; i < 40; i++)
    g_string_append (deep, "{{/name}}");
  assert_syntax_error (deep->str, "deep");

  while (huge->len <= 256 * 1024)
    g_string_append (huge, "{{name}} ");
  assert_syntax_error (huge->str, NULL);

  /* Big but allowed: many placeholders render quickly. */
  while (big->len < 200 * 1024)
    g_string_append (big, "{{#company}}{{company}}{{/company}} ");
  fine = pursuit_document_template_new_from_text ("big", "cover_letter", "Big", "en", big->str, &error);
  g_assert_no_error (error);
  {
    g_autoptr(PursuitJob) job = make_job ("x", "Acme");
    g_autofree char *text = pursuit_document_template_render (fine, job, NULL, NULL, NULL, NULL);
    g_assert_cmpuint (strlen (text), >, 20000);
  }
}

/* Values are plain text: braces or markup in them come out literally and
 * are never read as a template again. */
static void
test_values_not_expanded (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitDocumentTemplate) template =
    pursuit_document_template_new_from_text ("t", "cover_letter", "T", "en",
                                             "{{job_title}} at {{company}}\n{{^company}}none{{/company}}", &error);
  g_autoptr(PursuitJob) job = make_job ("{{name}} <b>Lead</b> & {{#company}}", "{{/company}}\nAcme");
  g_autoptr(PursuitProfile) profile = make_profile ();
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = pursuit_document_template_render (template, job, profile, NULL, NULL, NULL);
  g_assert_cmpstr (text, ==, "{{name}} <b>Lead</b> & {{#company}} at {{/company}} Acme\n");
}

/* A section tag alone on its line takes the line; inline it does not. */
static void
test_standalone_lines (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitDocumentTemplate) template =
    pursuit_document_template_new_from_text ("t", "cover_letter", "T", "en",
                                             "A\n  {{#company}}  \nat {{company}}\n{{/company}}\r\nB {{#name}}x{{/name}} C\n",
                                             &error);
  g_autoptr(PursuitJob) job = make_job ("T", "Acme");
  g_autoptr(PursuitJob) none = make_job ("T", NULL);
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;

  g_assert_no_error (error);
  with = pursuit_document_template_render (template, job, NULL, NULL, NULL, NULL);
  without = pursuit_document_template_render (template, none, NULL, NULL, NULL, NULL);
  g_assert_cmpstr (with, ==, "A\nat Acme\nB  C\n");
  g_assert_cmpstr (without, ==, "A\nB  C\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-template/list", test_list);
  g_test_add_func ("/document-template/every-template", test_every_template);
  g_test_add_func ("/document-template/formal-letter", test_formal_letter);
  g_test_add_func ("/document-template/sections-dropped", test_sections_dropped);
  g_test_add_func ("/document-template/no-match", test_no_match);
  g_test_add_func ("/document-template/cv-variant", test_cv_variant);
  g_test_add_func ("/document-template/hostile", test_hostile_templates);
  g_test_add_func ("/document-template/values-not-expanded", test_values_not_expanded);
  g_test_add_func ("/document-template/standalone-lines", test_standalone_lines);

  return g_test_run ();
}
