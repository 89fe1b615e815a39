/* test-job-report.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "pursuit-demo.h"
#include "pursuit-job-report.h"
#include "pursuit-question-bank.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-pdf.h"
#include "pursuit-test-store.h"

#define DESCRIPTION \
  "We are hiring a backend developer.\n\n" \
  "Requirements:\n" \
  "- Python\n" \
  "- Advanced knowledge of PostgreSQL\n" \
  "- Kubernetes\n" \
  "- 5+ years of experience\n\n" \
  "Nice to have:\n" \
  "- Docker\n"

static GFile *
fixture_file (StoreFixture *fixture,
              const char   *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  return g_file_new_for_path (path);
}

/* All the text of the PDF at @file, spaces folded; *@out_pages: the
 * page count. */
static char *
read_pdf_text (GFile *file,
               int   *out_pages)
{
  g_autoptr(TestPdf) document = test_pdf_open (file);
  g_autofree char *all = test_pdf_all_text (document);

  if (out_pages != NULL)
    *out_pages = poppler_document_get_n_pages (document);
  return test_pdf_squash_spaces (all);
}

static gint64
add_cv (PursuitStore *store)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();

  pursuit_profile_set_name (profile, "Ada Example");
  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "PostgreSQL", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Docker", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_years_of_experience (profile, 6);
  pursuit_profile_set_education (profile, PURSUIT_EDUCATION_BACHELOR);
  return add_text_cv (store, "Backend CV", "Ada Example\nBackend developer: Python, PostgreSQL, Docker.", profile);
}

/* A job that has been through a search: moved to an interview, with an
 * interview on the calendar and a finished practice session. */
static gint64
add_full_job (PursuitStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(PursuitPracticeSession) session = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 job_id;

  job_id = add_job_with_description (store, "Backend Developer", "Initech GmbH", "saved", DESCRIPTION);
  job = pursuit_store_get_job (store, job_id, &error);
  g_assert_no_error (error);
  pursuit_job_set_location (job, "Berlin");
  pursuit_job_set_salary_min (job, 70000);
  pursuit_job_set_salary_max (job, 85000);
  pursuit_job_set_currency (job, "EUR");
  pursuit_job_set_source (job, "Fakeboard");
  pursuit_job_set_url (job, "https://jobs.example.com/backend-42");
  g_assert_true (pursuit_store_update_job (store, job, &error));
  g_assert_no_error (error);

  g_assert_true (pursuit_store_move_job (store, job_id, "applied", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_move_job (store, job_id, "interviewing", NULL, &error));
  g_assert_no_error (error);

  interview = make_interview (job_id, "technical", now + 3 * 24 * 3600, 60);
  pursuit_interview_set_interviewer (interview, "Grace Hopper");
  pursuit_interview_set_location (interview, "Room 101");
  store_interview (store, interview);

  questions = pursuit_question_bank_make_set (pursuit_question_bank_get_default (), NULL, 4, 7);
  session = pursuit_practice_session_new (job_id, questions);
  pursuit_practice_session_set_created_at (session, now);
  pursuit_practice_session_answer (session, 0,
                                   "In my last team we had a release at risk. My task was the database "
                                   "migration. I wrote a plan, tested it twice and we shipped on time, "
                                   "with no downtime.", 60);
  pursuit_practice_session_finish (session, NULL, now);
  g_assert_true (pursuit_store_save_practice_session (store, session, &error));
  g_assert_no_error (error);

  return job_id;
}

static double
write_report (PursuitStore     *store,
              gint64            job_id,
              GFile            *file,
              PursuitPaperSize  paper)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_true (pursuit_job_report_write_pdf (store, job_id, file, paper, NULL, &error));
  g_assert_no_error (error);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The text of the report of @job_id, written to @name in the fixture's
 * folder. */
static char *
report_text (StoreFixture     *fixture,
             gint64            job_id,
             const char       *name,
             PursuitPaperSize  paper)
{
  g_autoptr(GFile) file = fixture_file (fixture, name);

  write_report (fixture->store, job_id, file, paper);
  return read_pdf_text (file, NULL);
}

static void
test_full_report (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "job.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitMatchResult) match = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autofree char *text = NULL;
  g_autofree char *score_line = NULL;
  g_autofree char *overall = NULL;
  g_autofree char *answered = NULL;
  gint64 job_id;
  double ms;
  int n_pages = 0;

  add_cv (fixture->store);
  job_id = add_full_job (fixture->store);
  match = pursuit_store_analyze_job (fixture->store, job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_match_result_get_score (match), >=, 0);

  ms = write_report (fixture->store, job_id, file, PURSUIT_PAPER_A4);
  g_test_message ("A job report took %.1f ms", ms);

  text = read_pdf_text (file, &n_pages);
  g_assert_cmpint (n_pages, >=, 1);

  /* The posting. */
  test_pdf_assert_contains (text, "Backend Developer");
  test_pdf_assert_contains (text, "Initech GmbH · Berlin");
  test_pdf_assert_contains (text, "EUR 70000 – EUR 85000");
  test_pdf_assert_contains (text, "Fakeboard");
  test_pdf_assert_contains (text, "https://jobs.example.com/backend-42");
  test_pdf_assert_contains (text, "Interviewing");

  /* The match: the score the analysis gives, every skill with its result. */
  score_line = g_strdup_printf ("Match score %d of 100", pursuit_match_result_get_score (match));
  test_pdf_assert_contains (text, score_line);
  test_pdf_assert_contains (text, "Backend CV");
  test_pdf_assert_contains (text, "Required skills");
  for (guint i = 0; i < pursuit_match_result_get_n_skills (match); i++)
    {
      const PursuitSkillMatch *skill = pursuit_match_result_get_skill (match, i);

      test_pdf_assert_contains (text, skill->name);
      test_pdf_assert_contains (text, pursuit_skill_match_kind_get_label (skill->kind));
    }
  test_pdf_assert_contains (text, "Kubernetes");
  test_pdf_assert_contains (text, "Python");

  /* The timeline, the interview, the practice. */
  test_pdf_assert_contains (text, "Timeline");
  test_pdf_assert_contains (text, "Created in Saved");
  test_pdf_assert_contains (text, "Moved from Saved to Applied");
  test_pdf_assert_contains (text, "Moved from Applied to Interviewing");
  test_pdf_assert_contains (text, "Technical interview");
  test_pdf_assert_contains (text, "Grace Hopper");
  test_pdf_assert_contains (text, "Room 101");
  test_pdf_assert_contains (text, "Interview Practice");

  sessions = pursuit_store_list_practice_sessions (fixture->store, job_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sessions->len, ==, 1);
  answered = g_strdup_printf ("1 of %u", pursuit_practice_session_get_n_questions (g_ptr_array_index (sessions, 0)));
  test_pdf_assert_contains (text, answered);
  overall = g_strdup_printf ("%d", pursuit_practice_session_get_overall_score (g_ptr_array_index (sessions, 0)));
  test_pdf_assert_contains (text, overall);
  test_pdf_assert_contains (text, "Strengths");
}

static void
test_without_cv (StoreFixture  *fixture,
                 gconstpointer  data)
{
  gint64 job_id = add_job (fixture->store, "Data Analyst", "Umbrella Corp", "saved");
  g_autofree char *text = report_text (fixture, job_id, "no-cv.pdf", PURSUIT_PAPER_LETTER);

  test_pdf_assert_contains (text, "Data Analyst");
  test_pdf_assert_contains (text, "Umbrella Corp");
  test_pdf_assert_contains (text, "No CV is active");
  test_pdf_assert_contains (text, "No interviews yet.");
  test_pdf_assert_contains (text, "No interview practice yet.");
  test_pdf_assert_contains (text, "Created in Saved");
  g_assert_null (strstr (text, "Match score"));
}

/* With a CV, a posting that asks for nothing readable has no score. */
static void
test_nothing_to_match (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autofree char *text = NULL;
  gint64 job_id;

  add_cv (fixture->store);
  job_id = add_job (fixture->store, "Mystery Role", "Vague Ltd", "saved");
  text = report_text (fixture, job_id, "nothing.pdf", PURSUIT_PAPER_A4);
  test_pdf_assert_contains (text, "names no skills, experience or degree");
  g_assert_null (strstr (text, "Match score"));
}

static void
test_hostile_text (StoreFixture  *fixture,
                   gconstpointer  data)
{
  gint64 job_id = add_job (fixture->store, "<b>Engineer</b> & <i>more</i>", "Caf\xc3\xa9 &amp; Co", "saved");
  g_autofree char *text = report_text (fixture, job_id, "hostile.pdf", PURSUIT_PAPER_A4);

  test_pdf_assert_contains (text, "<b>Engineer</b> & <i>more</i>");
  test_pdf_assert_contains (text, "Café &amp; Co");
}

static void
test_unknown_job (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "unknown.pdf");
  g_autoptr(GError) error = NULL;

  g_assert_false (pursuit_job_report_write_pdf (fixture->store, 4242, file, PURSUIT_PAPER_A4, NULL, &error));
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (file, NULL));
}

static void
test_unwritable (StoreFixture  *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-folder", "job.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gint64 job_id = add_job (fixture->store, "Tester", "Acme", "saved");

  g_assert_false (pursuit_job_report_write_pdf (fixture->store, job_id, file, PURSUIT_PAPER_A4, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_query_exists (file, NULL));
}

/* How long the job page's "Export Report as PDF…" takes for a job of the
 * sample data, with a CV active. */
static void
test_demo_timing (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  double total = 0;
  double worst = 0;
  guint n;

  g_assert_true (pursuit_demo_fill (fixture->store, PURSUIT_DEMO_DEFAULT_JOBS, 7, &error));
  g_assert_no_error (error);
  add_cv (fixture->store);
  jobs = pursuit_store_list_jobs (fixture->store, NULL, &error);
  g_assert_no_error (error);
  n = MIN (jobs->len, 10);
  g_assert_cmpuint (n, >, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("demo-%u.pdf", i);
      g_autoptr(GFile) file = fixture_file (fixture, name);
      g_autofree char *text = NULL;
      PursuitJob *job = g_ptr_array_index (jobs, i);
      double ms = write_report (fixture->store, pursuit_job_get_id (job), file, PURSUIT_PAPER_A4);

      total += ms;
      worst = MAX (worst, ms);
      text = read_pdf_text (file, NULL);
      test_pdf_assert_contains (text, pursuit_job_get_company (job));
    }

  g_test_message ("Job reports of demo jobs: %.1f ms on average, %.1f ms at most", total / n, worst);
}

/* Documents ------------------------------------------------------------------ */

static PursuitDocument *
make_document (const char *title,
               const char *body)
{
  PursuitDocument *document = pursuit_document_new ();

  pursuit_document_set_kind (document, "cover_letter");
  pursuit_document_set_title (document, title);
  pursuit_document_set_body (document, body);
  return document;
}

static void
test_document_letter (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "letter.pdf");
  g_autoptr(PursuitDocument) document =
    make_document ("Cover letter for Initech",
                   "Dear hiring team,\r\n\r\n"
                   "I am writing about the <b>Backend Developer</b> role & its team.\r\n"
                   "Second line of the same paragraph.\r\n\r\n\r\n"
                   "Kind regards,\nAda Example");
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(TestPdf) pdf = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  int n_pages = 0;

  g_assert_true (pursuit_document_write_pdf (document, file, PURSUIT_PAPER_LETTER, NULL, &error));
  g_assert_no_error (error);

  text = read_pdf_text (file, &n_pages);
  g_assert_cmpint (n_pages, ==, 1);
  test_pdf_assert_contains (text, "Dear hiring team,");
  test_pdf_assert_contains (text, "I am writing about the <b>Backend Developer</b> role & its team.");
  test_pdf_assert_contains (text, "Second line of the same paragraph.");
  test_pdf_assert_contains (text, "Kind regards, Ada Example");
  /* A one-page letter has no page number. */
  g_assert_null (strstr (text, "Page 1 of 1"));

  uri = g_file_get_uri (file);
  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  title = poppler_document_get_title (pdf);
  g_assert_cmpstr (title, ==, "Cover letter for Initech");
  {
    g_autoptr(TestPdfPage) page = poppler_document_get_page (pdf, 0);
    double width, height;

    poppler_page_get_size (page, &width, &height);
    g_assert_cmpfloat_with_epsilon (width, 612, 0.01);
    g_assert_cmpfloat_with_epsilon (height, 792, 0.01);
  }
}

static void
test_document_long (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(GFile) file = fixture_file (fixture, "cv.pdf");
  g_autoptr(GString) body = g_string_new ("Ada Example\nBackend developer\n\n");
  g_autoptr(PursuitDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *footer = NULL;
  int n_pages = 0;

  for (int i = 0; i < 60; i++)
    g_string_append_printf (body, "Experience entry %d: built and ran services for a team of engineers, "
                            "with care for the details.\n\n", i);
  g_string_append (body, "Invalid \xff byte at the end");
  document = make_document (NULL, body->str);
  pursuit_document_set_kind (document, "resume");

  g_assert_true (pursuit_document_write_pdf (document, file, PURSUIT_PAPER_A4, NULL, &error));
  g_assert_no_error (error);
  text = read_pdf_text (file, &n_pages);
  g_assert_cmpint (n_pages, >=, 2);
  footer = g_strdup_printf ("Page 1 of %d", n_pages);
  test_pdf_assert_contains (text, footer);
  test_pdf_assert_contains (text, "Experience entry 0:");
  test_pdf_assert_contains (text, "Experience entry 59:");
  test_pdf_assert_contains (text, "byte at the end");
}

static void
test_document_without_body (StoreFixture  *fixture,
                            gconstpointer  data)
{
  const char *bodies[] = { NULL, "", " \n\n \t\r\n " };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(GFile) file = fixture_file (fixture, "empty.pdf");
      g_autoptr(PursuitDocument) document = make_document ("Empty", bodies[i]);
      g_autoptr(GError) error = NULL;

      g_assert_false (pursuit_document_write_pdf (document, file, PURSUIT_PAPER_A4, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_false (g_file_query_exists (file, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/job-report/" path, StoreFixture, NULL, store_fixture_setup, func, store_fixture_teardown)
  ADD ("full", test_full_report);
  ADD ("without-cv", test_without_cv);
  ADD ("nothing-to-match", test_nothing_to_match);
  ADD ("hostile-text", test_hostile_text);
  ADD ("unknown-job", test_unknown_job);
  ADD ("unwritable", test_unwritable);
  ADD ("demo-timing", test_demo_timing);
  ADD ("document/letter", test_document_letter);
  ADD ("document/long", test_document_long);
  ADD ("document/without-body", test_document_without_body);
#undef ADD

  return g_test_run ();
}
