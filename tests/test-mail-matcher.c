/* test-mail-matcher.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Which job a message is about: names made comparable, ATS tenants of
 * job URLs, and the matcher's levels of evidence (thread, contact,
 * domain, tenant, names, title), ties left alone. */

#include <string.h>

#include "pursuit-mail-matcher.h"
#include "pursuit-mail-matcher-private.h"
#include "pursuit-store-mail.h"
#include "pursuit-test-store.h"

/* Helpers ------------------------------------------------------------------ */

static void
add_contact (PursuitStore *store,
             gint64        job_id,
             const char   *email)
{
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_store_add_contact (store, job_id, "Jane Recruiter", "Recruiter", email, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
}

static PursuitMailMessage *
make_message (const char *from_name,
              const char *from_address,
              const char *subject,
              const char *body)
{
  PursuitMailMessage *message = make_mail_message (from_name, from_address, subject, body);

  pursuit_mail_message_set_received_at (message, g_get_real_time () / G_USEC_PER_SEC);
  /* Job mail unless a test says otherwise: names in the text count. */
  pursuit_mail_message_set_category (message, PURSUIT_MAIL_CONFIRMATION);

  return message;
}

static PursuitMailMatcher *
new_matcher (PursuitStore *store)
{
  g_autoptr(GError) error = NULL;
  PursuitMailMatcher *matcher = pursuit_mail_matcher_new (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (matcher);

  return matcher;
}

/* Matches @message with a fresh matcher and checks the job and that the
 * reason is set exactly when a job was found. */
static gint64
match (PursuitStore       *store,
       PursuitMailMessage *message,
       double             *out_score)
{
  g_autoptr(PursuitMailMatcher) matcher = new_matcher (store);
  double score = -1.0;
  gint64 job_id = pursuit_mail_matcher_match (matcher, message, &score);

  g_assert_cmpint (pursuit_mail_message_get_job_id (message), ==, job_id);
  if (job_id != 0)
    {
      g_assert_nonnull (pursuit_mail_message_get_match_reason (message));
      g_assert_cmpfloat (score, >, 0.0);
      g_assert_cmpfloat (score, <=, 1.0);
    }
  else
    g_assert_cmpfloat (score, ==, 0.0);

  if (out_score != NULL)
    *out_score = score;

  return job_id;
}

/* Names and URLs ----------------------------------------------------------- */

static void
test_normalize_company (void)
{
  static const struct { const char *name; const char *normalized; } cases[] = {
    { "ACME Robotics GmbH", "acme robotics" },
    { "Acme, Inc.", "acme" },
    { "Acme Ltd.", "acme" },
    { "Acme Corp", "acme" },
    { "Acme LLC", "acme" },
    { "Société Générale S.A.", "societe generale" },
    { "Müller & Söhne GmbH & Co. KG", "muller sohne" },
    { "Straße Bau AG", "strasse bau" },
    { "Telefónica, S.L.U.", "telefonica" },
    { "Grupo Bimbo, S.A.B. de C.V.", "grupo bimbo" },
    { "Nordisk B.V.", "nordisk" },
    { "Fjord Søk AS", "fjord sok" },
    { "Booking.com", "booking" },
    { "The Walt Disney Company", "walt disney" },
    { "McDonald's", "mcdonald s" },
    { "  Zürich   Versicherungs-Gesellschaft AG ", "zurich versicherungs gesellschaft" },
    { "AG", "ag" },
    { "Ｆｕｌｌｗｉｄｔｈ", "fullwidth" },
    { "", "" },
    { "!!!", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = pursuit_mail_normalize_company (cases[i].name);

      g_assert_cmpstr (normalized, ==, cases[i].normalized);
    }

  {
    g_autofree char *null_name = pursuit_mail_normalize_company (NULL);
    g_autofree char *invalid = pursuit_mail_normalize_company ("Ac\xffme\xc3 GmbH");

    g_assert_cmpstr (null_name, ==, "");
    g_assert_cmpstr (invalid, ==, "ac me");
  }
}

static void
test_ats_tenant_from_url (void)
{
  static const struct { const char *url; const char *ats; const char *tenant; } cases[] = {
    { "https://boards.greenhouse.io/acme/jobs/4012345", "greenhouse", "acme" },
    { "https://job-boards.greenhouse.io/acme/jobs/4012345?gh_src=abc", "greenhouse", "acme" },
    { "https://job-boards.eu.greenhouse.io/acmeeu/jobs/1", "greenhouse", "acmeeu" },
    { "https://boards.greenhouse.io/embed/job_app?for=acme&token=123", "greenhouse", "acme" },
    { "https://jobs.lever.co/acme/0b1c2d3e-aaaa-bbbb-cccc-1234567890ab/apply", "lever", "acme" },
    { "https://jobs.eu.lever.co/acme-robotics/123", "lever", "acme-robotics" },
    { "https://acme.wd5.myworkdayjobs.com/en-US/External/job/Berlin/Engineer_R123", "workday", "acme" },
    { "https://wd3.myworkdaysite.com/en-US/recruiting/acme/Careers/job/1", "workday", "acme" },
    { "https://jobs.ashbyhq.com/acme/1f2e3d4c", "ashby", "acme" },
    { "https://jobs.smartrecruiters.com/AcmeGroup/743999-backend-engineer", "smartrecruiters", "acmegroup" },
    { "https://careers-acme.icims.com/jobs/1234/engineer/job", "icims", "acme" },
    { "https://acme.icims.com/jobs/1234/job", "icims", "acme" },
    { "https://acme.taleo.net/careersection/2/jobdetail.ftl?job=123", "taleo", "acme" },
    { "https://chj.tbe.taleo.net/chj01/ats/careers/v2/viewRequisition?org=ACME&cws=37&rid=1", "taleo", "acme" },
    { "https://acme.jobs.personio.de/job/123456", "personio", "acme" },
    { "https://acme.jobs.personio.com/job/1", "personio", "acme" },
    { "https://acme.recruitee.com/o/backend-engineer", "recruitee", "acme" },
    { "https://acme.teamtailor.com/jobs/123-backend", "teamtailor", "acme" },
    { "https://apply.workable.com/acme/j/ABC123/", "workable", "acme" },
    { "https://acme.workable.com/jobs/123", "workable", "acme" },
    { "https://acme.bamboohr.com/careers/12", "bamboohr", "acme" },
    { "https://acme.breezy.hr/p/123-engineer", "breezy", "acme" },
    { "https://acme.applytojob.com/apply/abc", "jazzhr", "acme" },
  };
  static const char * const not_ats[] = {
    "https://careers.acme.com/jobs/123",
    "https://www.linkedin.com/jobs/view/123",
    "https://boards.greenhouse.io/",
    "https://www.recruitee.com/pricing",
    "https://app.teamtailor.com/login",
    "https://jobs.lever.co/%3Cscript%3E/1",
    "not a url",
    "",
    "https://\xff.icims.com/",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *ats = NULL;
      g_autofree char *tenant = pursuit_mail_ats_tenant_from_url (cases[i].url, &ats);

      g_assert_cmpstr (tenant, ==, cases[i].tenant);
      g_assert_cmpstr (ats, ==, cases[i].ats);
    }

  for (guint i = 0; i < G_N_ELEMENTS (not_ats); i++)
    {
      const char *ats = "unset";
      g_autofree char *tenant = pursuit_mail_ats_tenant_from_url (not_ats[i], &ats);

      g_assert_null (tenant);
      g_assert_null (ats);
    }

  g_assert_null (pursuit_mail_ats_tenant_from_url (NULL, NULL));
}

static void
test_domains (void)
{
  static const struct { const char *host; const char *registrable; } cases[] = {
    { "acme.com", "acme.com" },
    { "mail.acme.com", "acme.com" },
    { "careers.acme.co.uk", "acme.co.uk" },
    { "ACME.COM.", "acme.com" },
    { "news.acme.com.br", "acme.com.br" },
    { "acme.de", "acme.de" },
    { "mail.acme.example.com", "acme.example.com" },
    { "nordwerk.example.de", "nordwerk.example.de" },
    { "example.com", "example.com" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *registrable = _pursuit_mail_registrable_domain (cases[i].host);

      g_assert_cmpstr (registrable, ==, cases[i].registrable);
    }

  g_assert_null (_pursuit_mail_registrable_domain ("localhost"));
  g_assert_null (_pursuit_mail_registrable_domain ("127.0.0.1"));
  g_assert_null (_pursuit_mail_registrable_domain ("a..b"));
  g_assert_null (_pursuit_mail_registrable_domain (""));
  g_assert_null (_pursuit_mail_registrable_domain (NULL));

  g_assert_true (_pursuit_mail_domain_is_free_mail ("gmail.com"));
  g_assert_true (_pursuit_mail_domain_is_free_mail ("hotmail.co.uk"));
  g_assert_true (_pursuit_mail_domain_is_free_mail ("yahoo.fr"));
  g_assert_true (_pursuit_mail_domain_is_free_mail ("web.de"));
  g_assert_false (_pursuit_mail_domain_is_free_mail ("acme.com"));

  g_assert_true (_pursuit_mail_domain_is_service ("greenhouse.io"));
  g_assert_true (_pursuit_mail_domain_is_service ("us.greenhouse-mail.io"));
  g_assert_true (_pursuit_mail_domain_is_service ("hire.lever.co"));
  g_assert_true (_pursuit_mail_domain_is_service ("myworkday.com"));
  g_assert_true (_pursuit_mail_domain_is_service ("linkedin.com"));
  g_assert_true (_pursuit_mail_domain_is_service ("workablemail.com"));
  g_assert_false (_pursuit_mail_domain_is_service ("acme.com"));
}

static void
test_words (void)
{
  g_autoptr(PursuitMailWords) words = _pursuit_mail_words_new ("Re: Ihre Bewerbung bei der Müller-Bau GmbH!", 1024);
  g_autoptr(PursuitMailWords) cut = _pursuit_mail_words_new ("Acme Robotics", 4);
  g_autoptr(PursuitMailWords) empty = _pursuit_mail_words_new (NULL, 1024);

  g_assert_cmpuint (words->words->len, ==, 8);
  g_assert_true (_pursuit_mail_words_contain (words, "muller bau"));
  g_assert_true (_pursuit_mail_words_contain (words, "re"));
  g_assert_false (_pursuit_mail_words_contain (words, "mull"));
  g_assert_false (_pursuit_mail_words_contain (words, "bau gmbh x"));
  g_assert_false (_pursuit_mail_words_contain (words, ""));

  g_assert_cmpuint (cut->words->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cut->words, 0), ==, "acme");
  g_assert_cmpuint (empty->words->len, ==, 0);
}

/* Matching ----------------------------------------------------------------- */

static void
test_match_sender_domain (StoreFixture  *fixture,
                          gconstpointer  data)
{
  gint64 acme = add_job_with_urls (fixture->store, "Backend Engineer", "Acme", "applied",
                                   "https://careers.acme.com/jobs/1", NULL);
  gint64 globex = add_job (fixture->store, "Designer", "Globex", "applied");
  g_autoptr(PursuitMailMessage) from_subdomain = NULL;
  g_autoptr(PursuitMailMessage) reply_to = NULL;
  g_autoptr(PursuitMailMessage) lookalike = NULL;
  double score;

  add_contact (fixture->store, globex, "hr@globex.example");

  from_subdomain = make_message ("Talent", "talent@mail.acme.com", "An update", "Hello");
  g_assert_cmpint (match (fixture->store, from_subdomain, &score), ==, acme);
  g_assert_cmpstr (pursuit_mail_message_get_match_reason (from_subdomain), ==, "sender domain acme.com");
  g_assert_cmpfloat (score, >=, 0.85);

  reply_to = make_message ("Recruiting", "noreply@greenhouse.io", "An update", "Hello");
  pursuit_mail_message_set_reply_to_address (reply_to, "someone@globex.example");
  g_assert_cmpint (match (fixture->store, reply_to, NULL), ==, globex);

  /* "notacme.com" is another company. */
  lookalike = make_message (NULL, "jobs@notacme.com", "Hi", "Hi");
  g_assert_cmpint (match (fixture->store, lookalike, NULL), ==, 0);
  g_assert_null (pursuit_mail_message_get_match_reason (lookalike));
}

/* A posting on a job board no list knows: the board's domain is not the
 * company's. */
static void
test_match_unknown_board (StoreFixture  *fixture,
                          gconstpointer  data)
{
  gint64 acme = add_job_with_urls (fixture->store, "Backend Engineer", "Acme Robotics SE", "applied",
                                   "https://www.remote-board.example/jobs/123",
                                   "https://jobs.acme-robotics.de/apply/123");
  g_autoptr(PursuitMailMessage) board = make_message ("Remote Board", "digest@remote-board.example",
                                                      "New jobs for you", "Apply now");
  g_autoptr(PursuitMailMessage) company = make_message ("Talent", "talent@acme-robotics.de",
                                                        "Your application", "Hello");

  pursuit_mail_message_set_category (board, PURSUIT_MAIL_OTHER);
  g_assert_cmpint (match (fixture->store, board, NULL), ==, 0);
  g_assert_cmpint (match (fixture->store, company, NULL), ==, acme);
}

static void
test_match_free_mail (StoreFixture  *fixture,
                      gconstpointer  data)
{
  gint64 acme = add_job (fixture->store, "Backend Engineer", "Acme", "applied");
  g_autoptr(PursuitMailMessage) stranger = NULL;
  g_autoptr(PursuitMailMessage) contact = NULL;

  /* A recruiter writing from a free-mail address: the address is the
   * contact's, the domain is anybody's. */
  add_contact (fixture->store, acme, "Jane.Recruiter@gmail.com");

  stranger = make_message (NULL, "someone.else@gmail.com", "Hello", "A newsletter");
  g_assert_cmpint (match (fixture->store, stranger, NULL), ==, 0);

  contact = make_message ("Jane", "jane.recruiter@gmail.com", "Next steps", "Let's talk");
  g_assert_cmpint (match (fixture->store, contact, NULL), ==, acme);
  g_assert_nonnull (strstr (pursuit_mail_message_get_match_reason (contact), "contact"));
}

static void
test_match_tenant (StoreFixture  *fixture,
                   gconstpointer  data)
{
  gint64 acme = add_job_with_urls (fixture->store, "Backend Engineer", "ACME Robotics Inc.", "applied",
                                   "https://www.linkedin.com/jobs/view/1",
                                   "https://acmebots.recruitee.com/o/backend-engineer");
  gint64 other = add_job (fixture->store, "Designer", "Initech", "applied");
  g_autoptr(PursuitMailMessage) from_tenant = NULL;
  g_autoptr(PursuitMailMessage) ats_named = NULL;

  g_assert_cmpint (other, !=, acme);

  /* The ATS writes from the tenant's own host; the company's name is
   * nowhere in the message. */
  from_tenant = make_message (NULL, "noreply@acmebots.recruitee.com", "Your application", "Thank you.");
  g_assert_cmpint (match (fixture->store, from_tenant, NULL), ==, acme);
  g_assert_nonnull (strstr (pursuit_mail_message_get_match_reason (from_tenant), "board acmebots"));

  /* A tenant that is the company's name run together. */
  ats_named = make_message (NULL, "no-reply@acmerobotics.teamtailor.com", "Thanks", "Thank you.");
  g_assert_cmpint (match (fixture->store, ats_named, NULL), ==, acme);
}

static void
test_match_company_names (StoreFixture  *fixture,
                          gconstpointer  data)
{
  gint64 acme = add_job (fixture->store, "Backend Engineer", "Acme", "applied");
  gint64 robotics = add_job (fixture->store, "Firmware Engineer", "Acme Robotics GmbH", "applied");
  gint64 societe = add_job (fixture->store, "Analyste", "Société Générale", "applied");
  g_autoptr(PursuitMailMessage) from_name = NULL;
  g_autoptr(PursuitMailMessage) longest = NULL;
  g_autoptr(PursuitMailMessage) boundary = NULL;
  g_autoptr(PursuitMailMessage) accents = NULL;
  g_autoptr(PursuitMailMessage) body = NULL;
  g_autoptr(PursuitMailMessage) hint = NULL;
  double subject_score, body_score;

  from_name = make_message ("Acme via Greenhouse", "no-reply@greenhouse.io", "Thanks for applying", "We got it.");
  g_assert_cmpint (match (fixture->store, from_name, NULL), ==, acme);

  /* "Acme Robotics" also contains "Acme": the longer name is meant. */
  longest = make_message (NULL, "no-reply@greenhouse.io",
                          "Thank you for applying to Acme Robotics", "The Acme Robotics team");
  g_assert_cmpint (match (fixture->store, longest, &subject_score), ==, robotics);

  /* Word boundaries: "Acmeville" is not Acme. */
  boundary = make_message (NULL, "news@lists.example", "Acmeville weekly", "Events in Acmeville.");
  g_assert_cmpint (match (fixture->store, boundary, NULL), ==, 0);

  accents = make_message (NULL, "recrutement@talent.example", "Votre candidature chez SOCIETE GENERALE",
                          "Bonjour");
  g_assert_cmpint (match (fixture->store, accents, NULL), ==, societe);

  body = make_message (NULL, "noreply@myworkday.com", "Your application",
                       "Thank you for your interest in Société Générale. We received it.");
  g_assert_cmpint (match (fixture->store, body, &body_score), ==, societe);
  g_assert_cmpfloat (body_score, <, subject_score);

  /* The classifier's reading of the company counts as much as the From name. */
  hint = make_message (NULL, "noreply@myworkday.com", "Your application", "We received it.");
  pursuit_mail_message_set_company (hint, "Acme Robotics");
  g_assert_cmpint (match (fixture->store, hint, NULL), ==, robotics);
}

/* Names in a newsletter or a job alert are not about the application;
 * the company's own address still is. */
static void
test_match_other_mail (StoreFixture  *fixture,
                       gconstpointer  data)
{
  gint64 acme = add_job_with_urls (fixture->store, "Backend Engineer", "Acme", "applied",
                                   "https://acme.com/careers/1", NULL);
  gint64 globex = add_job (fixture->store, "Designer", "Globex", "applied");
  g_autoptr(PursuitMailMessage) alert = NULL;
  g_autoptr(PursuitMailMessage) from_company = NULL;

  alert = make_message ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com",
                        "Globex is hiring: Designer", "Globex - Designer - Apply now");
  pursuit_mail_message_set_category (alert, PURSUIT_MAIL_OTHER);
  pursuit_mail_message_set_bulk (alert, TRUE);
  g_assert_cmpint (match (fixture->store, alert, NULL), ==, 0);

  /* The same words in job mail count. */
  pursuit_mail_message_set_category (alert, PURSUIT_MAIL_INTERVIEW);
  g_assert_cmpint (match (fixture->store, alert, NULL), ==, globex);

  from_company = make_message ("Acme Newsletter", "news@acme.com", "Our quarter", "News");
  pursuit_mail_message_set_category (from_company, PURSUIT_MAIL_OTHER);
  g_assert_cmpint (match (fixture->store, from_company, NULL), ==, acme);
}

static void
test_match_title (StoreFixture  *fixture,
                  gconstpointer  data)
{
  gint64 backend = add_job (fixture->store, "Backend Engineer", "Acme", "applied");
  gint64 senior = add_job (fixture->store, "Senior Backend Engineer", "Acme", "applied");
  gint64 frontend = add_job (fixture->store, "Frontend Engineer", "Acme", "applied");
  g_autoptr(PursuitMailMessage) by_subject = NULL;
  g_autoptr(PursuitMailMessage) longest = NULL;
  g_autoptr(PursuitMailMessage) by_hint = NULL;
  g_autoptr(PursuitMailMessage) tie = NULL;

  by_subject = make_message ("Acme Talent Team", "jobs@acme.com",
                             "Your application for Frontend Engineer", "Thanks");
  g_assert_cmpint (match (fixture->store, by_subject, NULL), ==, frontend);
  g_assert_nonnull (strstr (pursuit_mail_message_get_match_reason (by_subject), "title"));

  longest = make_message ("Acme Talent Team", "jobs@acme.com", "Update",
                          "About the Senior Backend Engineer role at Acme");
  g_assert_cmpint (match (fixture->store, longest, NULL), ==, senior);

  by_hint = make_message ("Acme Talent Team", "jobs@acme.com", "Update", "About your application");
  pursuit_mail_message_set_job_title (by_hint, "backend engineer");
  g_assert_cmpint (match (fixture->store, by_hint, NULL), ==, backend);

  /* Three jobs at Acme and no title: not guessed. */
  tie = make_message ("Acme Talent Team", "jobs@acme.com", "An update", "About your application");
  pursuit_mail_message_set_category (tie, PURSUIT_MAIL_REJECTION);
  g_assert_cmpint (match (fixture->store, tie, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (pursuit_mail_message_get_match_reason (tie), "ambiguous: 3 jobs"));
}

static void
test_match_stage (StoreFixture  *fixture,
                  gconstpointer  data)
{
  gint64 saved = add_job (fixture->store, "Designer", "Acme", "saved");
  gint64 applied = add_job (fixture->store, "Engineer", "Acme", "applied");
  gint64 rejected = add_job (fixture->store, "Analyst", "Initech", "rejected");
  gint64 open = add_job (fixture->store, "Developer", "Initech", "saved");
  g_autoptr(PursuitMailMessage) rejection = NULL;
  g_autoptr(PursuitMailMessage) confirmation = NULL;
  g_autoptr(PursuitMailMessage) other = NULL;
  double score;

  g_assert_cmpint (saved, !=, applied);
  g_assert_cmpint (rejected, !=, open);

  /* Only an application that was made is answered with a rejection. */
  rejection = make_message ("Acme", "jobs@acme.com", "Your application", "Unfortunately...");
  pursuit_mail_message_set_category (rejection, PURSUIT_MAIL_REJECTION);
  g_assert_cmpint (match (fixture->store, rejection, &score), ==, applied);
  g_assert_cmpfloat (score, <, 0.8);

  /* A confirmation is about an open application. */
  confirmation = make_message ("Initech", "jobs@initech.example", "We received your application", "Thanks");
  pursuit_mail_message_set_category (confirmation, PURSUIT_MAIL_CONFIRMATION);
  g_assert_cmpint (match (fixture->store, confirmation, NULL), ==, open);

  /* Without a category nothing is guessed. */
  other = make_message ("Acme", "jobs@acme.com", "Your application", "Hello");
  pursuit_mail_message_set_category (other, PURSUIT_MAIL_OTHER);
  g_assert_cmpint (match (fixture->store, other, NULL), ==, 0);
}

static void
test_match_old_closed_jobs (StoreFixture  *fixture,
                            gconstpointer  data)
{
  gint64 old = add_job (fixture->store, "Engineer", "Acme", "rejected");
  gint64 recent = add_job (fixture->store, "Engineer", "Globex", "rejected");
  gint64 open = add_job (fixture->store, "Engineer", "Initech", "applied");
  g_autofree char *sql = NULL;
  g_autoptr(PursuitMailMessage) to_old = NULL;
  g_autoptr(PursuitMailMessage) to_recent = NULL;
  g_autoptr(PursuitMailMessage) to_open = NULL;

  sql = g_strdup_printf ("UPDATE jobs SET updated_at = 1000, stage_changed_at = 1000 WHERE id IN (%"
                         G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")", old, open);
  exec_store_sql (fixture->store, sql);

  to_old = make_message ("Acme Careers", "jobs@acme.com", "Hello again", "Hi");
  g_assert_cmpint (match (fixture->store, to_old, NULL), ==, 0);

  to_recent = make_message ("Globex Careers", "jobs@globex.example", "Hello again", "Hi");
  g_assert_cmpint (match (fixture->store, to_recent, NULL), ==, recent);

  /* Open jobs stay candidates however old. */
  to_open = make_message ("Initech Careers", "jobs@initech.example", "Hello", "Hi");
  g_assert_cmpint (match (fixture->store, to_open, NULL), ==, open);
}

static void
test_match_thread (StoreFixture  *fixture,
                   gconstpointer  data)
{
  gint64 account = add_google_account (fixture->store, "ann@example.com", NULL, NULL);
  gint64 acme = add_job (fixture->store, "Engineer", "Acme", "applied");
  gint64 globex = add_job (fixture->store, "Engineer", "Globex", "applied");
  g_autoptr(PursuitMailMessage) first = make_message ("Acme", "jobs@acme.com", "Interview", "Hi");
  g_autoptr(PursuitMailMessage) same_thread = NULL;
  g_autoptr(PursuitMailMessage) referencing = NULL;
  g_autoptr(GPtrArray) messages = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  double score;

  pursuit_mail_message_set_account_id (first, account);
  pursuit_mail_message_set_gmail_id (first, "18c0000000000001");
  pursuit_mail_message_set_thread_id (first, "18c0000000000001");
  pursuit_mail_message_set_message_id (first, "<first@acme.com>");
  pursuit_mail_message_set_job_id (first, acme);
  g_ptr_array_add (messages, first);
  g_assert_true (pursuit_store_save_mail (fixture->store, account, messages, NULL, &error));
  g_assert_no_error (error);

  /* A reply from a personal address that names another company: the
   * thread wins. */
  same_thread = make_message ("Bob", "bob@gmail.com", "Re: Interview", "I also worked at Globex");
  pursuit_mail_message_set_account_id (same_thread, account);
  pursuit_mail_message_set_thread_id (same_thread, "18c0000000000001");
  g_assert_cmpint (match (fixture->store, same_thread, &score), ==, acme);
  g_assert_cmpstr (pursuit_mail_message_get_match_reason (same_thread), ==, "same thread");
  g_assert_cmpfloat (score, ==, 1.0);

  referencing = make_message ("Bob", "bob@gmail.com", "Re: Interview", "Globex");
  pursuit_mail_message_set_account_id (referencing, account);
  pursuit_mail_message_set_thread_id (referencing, "18c00000000000ff");
  pursuit_mail_message_set_in_reply_to (referencing, "<first@acme.com>");
  g_assert_cmpint (match (fixture->store, referencing, NULL), ==, acme);

  g_assert_cmpint (globex, !=, acme);
}

/* Messages of one sync are saved together, after matching: a reply
 * matched after its thread's first message still finds it. */
static void
test_match_thread_same_sync (StoreFixture  *fixture,
                             gconstpointer  data)
{
  gint64 account = add_google_account (fixture->store, "ann@example.com", NULL, NULL);
  gint64 acme = add_job (fixture->store, "Engineer", "Acme", "applied");
  g_autoptr(PursuitMailMatcher) matcher = new_matcher (fixture->store);
  g_autoptr(PursuitMailMessage) first = make_message ("Acme Talent", "jobs@acme.com", "Interview", "Hi");
  g_autoptr(PursuitMailMessage) reply = make_message ("Bob", "bob@gmail.com", "Re: Interview", "Sure");
  g_autoptr(PursuitMailMessage) forwarded = make_message ("Bob", "bob@gmail.com", "Fwd: Interview", "See below");
  g_autoptr(PursuitMailMessage) other_account = make_message ("Bob", "bob@gmail.com", "Re: Interview", "Sure");

  pursuit_mail_message_set_account_id (first, account);
  pursuit_mail_message_set_thread_id (first, "18c00000000000a1");
  pursuit_mail_message_set_message_id (first, "<first@acme.com>");
  g_assert_cmpint (pursuit_mail_matcher_match (matcher, first, NULL), ==, acme);

  pursuit_mail_message_set_account_id (reply, account);
  pursuit_mail_message_set_thread_id (reply, "18c00000000000a1");
  g_assert_cmpint (pursuit_mail_matcher_match (matcher, reply, NULL), ==, acme);
  g_assert_cmpstr (pursuit_mail_message_get_match_reason (reply), ==, "same thread");

  pursuit_mail_message_set_account_id (forwarded, account);
  pursuit_mail_message_set_thread_id (forwarded, "18c00000000000b2");
  pursuit_mail_message_set_references (forwarded, "<unknown@example.com>  <first@acme.com>");
  g_assert_cmpint (pursuit_mail_matcher_match (matcher, forwarded, NULL), ==, acme);

  /* Thread ids are the account's own. */
  pursuit_mail_message_set_account_id (other_account, account + 1);
  pursuit_mail_message_set_thread_id (other_account, "18c00000000000a1");
  g_assert_cmpint (pursuit_mail_matcher_match (matcher, other_account, NULL), ==, 0);
}

static void
test_match_hostile (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(PursuitMailMessage) empty = pursuit_mail_message_new ();
  g_autoptr(PursuitMailMessage) invalid = NULL;
  g_autoptr(PursuitMailMatcher) no_jobs = new_matcher (fixture->store);
  gint64 acme;

  g_assert_cmpint (pursuit_mail_matcher_match (no_jobs, empty, NULL), ==, 0);

  /* What a broken or hostile database row may hold. */
  acme = add_job (fixture->store, "Engineer", "Acme", "applied");
  add_contact (fixture->store, acme, "jane@acme.com");
  add_job (fixture->store, "No company", NULL, "applied");
  exec_store_sql (fixture->store,
                  "UPDATE jobs SET title = CAST (X'456EFF67' AS TEXT), url = 'http://[::1',"
                  " apply_url = CAST (X'68747470733A2F2FFF2E6963696D732E636F6D2F' AS TEXT)");
  exec_store_sql (fixture->store, "UPDATE companies SET name = CAST (X'4163C36D65' AS TEXT)");
  exec_store_sql (fixture->store, "UPDATE contacts SET email = CAST (X'FF40FE' AS TEXT)");
  g_assert_cmpint (acme, >, 0);

  invalid = make_message ("\xff\xfe", "\xff@\xfe", "Ac\xc3me \xe2\x82", "\xf0\x9f");
  pursuit_mail_message_set_references (invalid, "<\xff> garbage <<>>");
  match (fixture->store, invalid, NULL);
  match (fixture->store, empty, NULL);
}

/* A sync matches thousands of messages against hundreds of jobs. */
static void
test_match_speed (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(PursuitMailMatcher) matcher = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(PursuitMailMessage) message = NULL;
  gint64 target = 0;
  gint64 start;
  double per_message_ms;

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %u Labs", i);
      gint64 id = add_job (fixture->store, "Engineer", company, "applied");

      if (i == 150)
        target = id;
    }

  while (body->len < 60 * 1024)
    g_string_append (body, "Lorem ipsum dolor sit amet, company consectetur adipiscing elit labs. ");
  g_string_append (body, "Regards, Company 150 Labs");

  matcher = new_matcher (fixture->store);
  message = make_message (NULL, "noreply@myworkday.com", "Your application", body->str);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < 100; i++)
    g_assert_cmpint (pursuit_mail_matcher_match (matcher, message, NULL), ==, target);
  per_message_ms = (g_get_monotonic_time () - start) / 100.0 / 1000.0;

  g_test_message ("%.3f ms per 60 KiB message against 300 jobs", per_message_ms);
  /* Generous for sanitizer builds on a slow CI machine. */
  g_assert_cmpfloat (per_message_ms, <, 50.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/mail/matcher/normalize-company", test_normalize_company);
  g_test_add_func ("/mail/matcher/ats-tenant-from-url", test_ats_tenant_from_url);
  g_test_add_func ("/mail/matcher/domains", test_domains);
  g_test_add_func ("/mail/matcher/words", test_words);
  g_test_add ("/mail/matcher/sender-domain", StoreFixture, NULL,
              store_fixture_setup, test_match_sender_domain, store_fixture_teardown);
  g_test_add ("/mail/matcher/unknown-board", StoreFixture, NULL,
              store_fixture_setup, test_match_unknown_board, store_fixture_teardown);
  g_test_add ("/mail/matcher/free-mail", StoreFixture, NULL,
              store_fixture_setup, test_match_free_mail, store_fixture_teardown);
  g_test_add ("/mail/matcher/tenant", StoreFixture, NULL,
              store_fixture_setup, test_match_tenant, store_fixture_teardown);
  g_test_add ("/mail/matcher/company-names", StoreFixture, NULL,
              store_fixture_setup, test_match_company_names, store_fixture_teardown);
  g_test_add ("/mail/matcher/other-mail", StoreFixture, NULL,
              store_fixture_setup, test_match_other_mail, store_fixture_teardown);
  g_test_add ("/mail/matcher/title", StoreFixture, NULL,
              store_fixture_setup, test_match_title, store_fixture_teardown);
  g_test_add ("/mail/matcher/stage", StoreFixture, NULL,
              store_fixture_setup, test_match_stage, store_fixture_teardown);
  g_test_add ("/mail/matcher/old-closed-jobs", StoreFixture, NULL,
              store_fixture_setup, test_match_old_closed_jobs, store_fixture_teardown);
  g_test_add ("/mail/matcher/thread", StoreFixture, NULL,
              store_fixture_setup, test_match_thread, store_fixture_teardown);
  g_test_add ("/mail/matcher/thread-same-sync", StoreFixture, NULL,
              store_fixture_setup, test_match_thread_same_sync, store_fixture_teardown);
  g_test_add ("/mail/matcher/hostile", StoreFixture, NULL,
              store_fixture_setup, test_match_hostile, store_fixture_teardown);
  g_test_add ("/mail/matcher/speed", StoreFixture, NULL,
              store_fixture_setup, test_match_speed, store_fixture_teardown);

  return g_test_run ();
}
