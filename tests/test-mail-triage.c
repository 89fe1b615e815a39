/* test-mail-triage.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What Pursuit proposes for a classified, matched message: a stage move,
 * an interview, a job to add, only a record, or nothing. */

#include "pursuit-mail-triage.h"
#include "pursuit-pipeline.h"
#include "pursuit-test-store.h"

static PursuitMailMessage *
make_message (PursuitMailCategory  category,
              gint64               job_id,
              const char          *subject,
              const char          *body)
{
  PursuitMailMessage *message = make_mail_message ("Acme Talent Team", "jobs@acme.com", subject, body);

  pursuit_mail_message_set_id (message, 42);
  pursuit_mail_message_set_snippet (message, body);
  pursuit_mail_message_set_received_at (message, 1800000000);
  pursuit_mail_message_set_category (message, category);
  pursuit_mail_message_set_confidence (message, 0.91);
  pursuit_mail_message_set_job_id (message, job_id);

  return message;
}

static PursuitMailSuggestion *
triage (PursuitStore        *store,
        PursuitMailCategory  category,
        gint64               job_id)
{
  g_autoptr(PursuitMailMessage) message = make_message (category, job_id, "About your application",
                                                        "Thank you for your time.");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  return pursuit_mail_triage (store, message, utc);
}

/* Triages a message of @category for a job at @stage and checks the
 * action and target stage proposed. */
static void
check_proposal (PursuitStore            *store,
                const char              *stage,
                PursuitMailCategory      category,
                PursuitSuggestionAction  action,
                const char              *target)
{
  g_autoptr(PursuitJob) job = make_job ("Backend Engineer", "Acme", stage);
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  g_autoptr(GError) error = NULL;
  gint64 job_id;

  if (g_str_equal (stage, PURSUIT_STAGE_WITHDRAWN))
    pursuit_job_set_withdraw_reason (job, "Took another offer");
  job_id = pursuit_store_add_job (store, job, &error);
  g_assert_no_error (error);
  suggestion = triage (store, category, job_id);

  g_test_message ("%s at %s", pursuit_mail_category_to_string (category), stage);
  g_assert_nonnull (suggestion);
  g_assert_cmpint (pursuit_mail_suggestion_get_action (suggestion), ==, action);
  g_assert_cmpstr (pursuit_mail_suggestion_get_target_stage (suggestion), ==, target);
  g_assert_cmpint (pursuit_mail_suggestion_get_job_id (suggestion), ==, job_id);
  g_assert_cmpint (pursuit_mail_suggestion_get_message_id (suggestion), ==, 42);
  g_assert_cmpint (pursuit_mail_suggestion_get_category (suggestion), ==, category);
  g_assert_cmpfloat (pursuit_mail_suggestion_get_confidence (suggestion), ==, 0.91);
  g_assert_cmpstr (pursuit_mail_suggestion_get_state (suggestion), ==, PURSUIT_SUGGESTION_PENDING);
  g_assert_cmpstr (pursuit_mail_suggestion_get_company (suggestion), ==, "Acme");
  g_assert_cmpstr (pursuit_mail_suggestion_get_subject (suggestion), ==, "About your application");
  g_assert_cmpstr (pursuit_mail_suggestion_get_sender (suggestion), ==, "Acme Talent Team");
}

typedef struct
{
  const char          *stage;
  PursuitMailCategory  category;
  const char          *target;  /* NULL: only recorded */
} Proposal;

static void
check_proposals (PursuitStore   *store,
                 const Proposal *proposals,
                 gsize           n_proposals)
{
  for (gsize i = 0; i < n_proposals; i++)
    check_proposal (store, proposals[i].stage, proposals[i].category,
                    proposals[i].target != NULL ? PURSUIT_SUGGESTION_MOVE_STAGE : PURSUIT_SUGGESTION_RECORD,
                    proposals[i].target);
}

static void
test_triage_moves (StoreFixture  *fixture,
                   gconstpointer  data)
{
  static const Proposal moves[] = {
    { PURSUIT_STAGE_APPLIED, PURSUIT_MAIL_REJECTION, PURSUIT_STAGE_REJECTED },
    { PURSUIT_STAGE_SAVED, PURSUIT_MAIL_REJECTION, PURSUIT_STAGE_REJECTED },
    { PURSUIT_STAGE_OFFER, PURSUIT_MAIL_REJECTION, PURSUIT_STAGE_REJECTED },
    { PURSUIT_STAGE_INTERVIEWING, PURSUIT_MAIL_OFFER, PURSUIT_STAGE_OFFER },
    { PURSUIT_STAGE_APPLIED, PURSUIT_MAIL_INTERVIEW, PURSUIT_STAGE_SCREENING },
    { PURSUIT_STAGE_APPLIED, PURSUIT_MAIL_ASSESSMENT, PURSUIT_STAGE_SCREENING },
    { PURSUIT_STAGE_SAVED, PURSUIT_MAIL_CONFIRMATION, PURSUIT_STAGE_APPLIED },
    /* A company that went silent came back. */
    { PURSUIT_STAGE_GHOSTED, PURSUIT_MAIL_REJECTION, PURSUIT_STAGE_REJECTED },
    { PURSUIT_STAGE_GHOSTED, PURSUIT_MAIL_ASSESSMENT, PURSUIT_STAGE_SCREENING },
  };

  check_proposals (fixture->store, moves, G_N_ELEMENTS (moves));
}

/* The job is already at or past what the message says, or closed. */
static void
test_triage_records (StoreFixture  *fixture,
                     gconstpointer  data)
{
  static const Proposal records[] = {
    { PURSUIT_STAGE_REJECTED, PURSUIT_MAIL_REJECTION, NULL },
    { PURSUIT_STAGE_WITHDRAWN, PURSUIT_MAIL_REJECTION, NULL },
    { PURSUIT_STAGE_ACCEPTED, PURSUIT_MAIL_REJECTION, NULL },
    { PURSUIT_STAGE_ACCEPTED, PURSUIT_MAIL_OFFER, NULL },
    { PURSUIT_STAGE_OFFER, PURSUIT_MAIL_OFFER, NULL },
    { PURSUIT_STAGE_SAVED, PURSUIT_MAIL_OFFER, NULL },
    { PURSUIT_STAGE_SCREENING, PURSUIT_MAIL_INTERVIEW, NULL },
    { PURSUIT_STAGE_INTERVIEWING, PURSUIT_MAIL_INTERVIEW, NULL },
    { PURSUIT_STAGE_INTERVIEW_SCHEDULED, PURSUIT_MAIL_ASSESSMENT, NULL },
    { PURSUIT_STAGE_APPLIED, PURSUIT_MAIL_CONFIRMATION, NULL },
    { PURSUIT_STAGE_REJECTED, PURSUIT_MAIL_CONFIRMATION, NULL },
  };

  check_proposals (fixture->store, records, G_N_ELEMENTS (records));
}

static void
test_triage_nothing (StoreFixture  *fixture,
                     gconstpointer  data)
{
  gint64 job_id = add_job (fixture->store, "Backend Engineer", "Acme", "applied");
  g_autoptr(PursuitMailSuggestion) other = triage (fixture->store, PURSUIT_MAIL_OTHER, job_id);
  g_autoptr(PursuitMailSuggestion) unmatched = triage (fixture->store, PURSUIT_MAIL_REJECTION, 0);
  g_autoptr(PursuitMailMessage) outgoing = make_message (PURSUIT_MAIL_REJECTION, job_id, "Re: Hello", "Hi");
  g_autoptr(PursuitMailSuggestion) sent = NULL;

  g_assert_null (other);
  g_assert_null (unmatched);

  pursuit_mail_message_set_outgoing (outgoing, TRUE);
  sent = pursuit_mail_triage (fixture->store, outgoing, NULL);
  g_assert_null (sent);
}

static void
test_triage_create_job (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitMailMessage) with_title = make_message (PURSUIT_MAIL_CONFIRMATION, 0,
                                                           "Thank you for applying", "We received it.");
  g_autoptr(PursuitMailMessage) without_title = make_message (PURSUIT_MAIL_CONFIRMATION, 0,
                                                              "Thank you for applying", "We received it.");
  g_autoptr(PursuitMailMessage) without_company = make_message (PURSUIT_MAIL_CONFIRMATION, 0,
                                                                "Thank you for applying", "Hi");
  g_autoptr(PursuitMailMessage) duplicate = make_message (PURSUIT_MAIL_CONFIRMATION, 0,
                                                          "Thank you for applying", "Hi");
  g_autoptr(PursuitMailMessage) deleted_job = make_message (PURSUIT_MAIL_CONFIRMATION, 999999,
                                                            "Thank you for applying", "Hi");
  g_autoptr(PursuitMailSuggestion) created = NULL;
  g_autoptr(PursuitMailSuggestion) untitled = NULL;
  g_autoptr(PursuitMailSuggestion) no_company = NULL;
  g_autoptr(PursuitMailSuggestion) no_duplicate = NULL;
  g_autoptr(PursuitMailSuggestion) after_deletion = NULL;

  pursuit_mail_message_set_company (with_title, "  Initech ");
  pursuit_mail_message_set_job_title (with_title, "Platform Engineer");
  created = pursuit_mail_triage (fixture->store, with_title, NULL);
  g_assert_nonnull (created);
  g_assert_cmpint (pursuit_mail_suggestion_get_action (created), ==, PURSUIT_SUGGESTION_CREATE_JOB);
  g_assert_cmpint (pursuit_mail_suggestion_get_job_id (created), ==, 0);
  g_assert_cmpstr (pursuit_mail_suggestion_get_target_stage (created), ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpstr (pursuit_mail_suggestion_get_company (created), ==, "Initech");
  g_assert_cmpstr (pursuit_mail_suggestion_get_title (created), ==, "Platform Engineer");

  pursuit_mail_message_set_company (without_title, "Initech");
  untitled = pursuit_mail_triage (fixture->store, without_title, NULL);
  g_assert_nonnull (untitled);
  g_assert_cmpstr (pursuit_mail_suggestion_get_title (untitled), ==, "Application");

  pursuit_mail_message_set_company (without_company, "   ");
  no_company = pursuit_mail_triage (fixture->store, without_company, NULL);
  g_assert_null (no_company);

  /* The job is there already (the matcher could not choose it). */
  add_job (fixture->store, "Platform Engineer", "Initech", "applied");
  pursuit_mail_message_set_company (duplicate, "Initech");
  pursuit_mail_message_set_job_title (duplicate, "platform engineer");
  no_duplicate = pursuit_mail_triage (fixture->store, duplicate, NULL);
  g_assert_null (no_duplicate);

  /* A message matched to a job removed since is like an unmatched one. */
  pursuit_mail_message_set_company (deleted_job, "Hooli");
  after_deletion = pursuit_mail_triage (fixture->store, deleted_job, NULL);
  g_assert_nonnull (after_deletion);
  g_assert_cmpint (pursuit_mail_suggestion_get_action (after_deletion), ==, PURSUIT_SUGGESTION_CREATE_JOB);
  g_assert_cmpstr (pursuit_mail_suggestion_get_company (after_deletion), ==, "Hooli");
}

static const char invitation_ics[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//Acme//Scheduling//EN\r\n"
  "METHOD:REQUEST\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:interview-1@acme.com\r\n"
  "DTSTAMP:20270220T100000Z\r\n"
  "DTSTART:20270303T140000Z\r\n"
  "DTEND:20270303T144500Z\r\n"
  "SUMMARY:Interview with Acme\r\n"
  "LOCATION:https://meet.google.com/abc-defg-hij\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static PursuitMailSuggestion *
triage_invitation (PursuitStore *store,
                   gint64        job_id,
                   const char   *body)
{
  g_autoptr(PursuitMailMessage) message = make_message (PURSUIT_MAIL_INTERVIEW, job_id,
                                                        "Interview invitation", body);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

  pursuit_mail_message_set_calendar_data (message, invitation_ics);

  return pursuit_mail_triage (store, message, utc);
}

static void
test_triage_interview (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  gint64 starts_at = unix_time_in (utc, 2027, 3, 3, 14, 0);
  gint64 applied = add_job (fixture->store, "Backend Engineer", "Acme", "applied");
  gint64 interviewing = add_job (fixture->store, "Frontend Engineer", "Acme", "interviewing");
  gint64 rejected = add_job (fixture->store, "Data Engineer", "Acme", "rejected");
  gint64 offer = add_job (fixture->store, "Platform Engineer", "Acme", "offer");
  g_autoptr(PursuitMailSuggestion) video = NULL;
  g_autoptr(PursuitMailSuggestion) technical = NULL;
  g_autoptr(PursuitMailSuggestion) closed = NULL;
  g_autoptr(PursuitMailSuggestion) after_offer = NULL;
  g_autoptr(PursuitMailSuggestion) known = NULL;
  g_autoptr(PursuitInterview) interview = NULL;

  video = triage_invitation (fixture->store, applied, "We would like to invite you to a call.");
  g_assert_nonnull (video);
  g_assert_cmpint (pursuit_mail_suggestion_get_action (video), ==, PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW);
  g_assert_cmpint (pursuit_mail_suggestion_get_job_id (video), ==, applied);
  g_assert_null (pursuit_mail_suggestion_get_target_stage (video));
  g_assert_cmpint (pursuit_mail_suggestion_get_interview_starts_at (video), ==, starts_at);
  g_assert_cmpint (pursuit_mail_suggestion_get_interview_minutes (video), ==, 45);
  g_assert_cmpstr (pursuit_mail_suggestion_get_interview_location (video), ==,
                   "https://meet.google.com/abc-defg-hij");
  g_assert_cmpstr (pursuit_mail_suggestion_get_interview_kind (video), ==, "video");

  /* The next round. */
  technical = triage_invitation (fixture->store, interviewing,
                                 "The next step is a technical interview with two engineers.");
  g_assert_nonnull (technical);
  g_assert_cmpint (pursuit_mail_suggestion_get_action (technical), ==, PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW);
  g_assert_cmpstr (pursuit_mail_suggestion_get_interview_kind (technical), ==, "technical");

  closed = triage_invitation (fixture->store, rejected, "Let's talk.");
  g_assert_nonnull (closed);
  g_assert_cmpint (pursuit_mail_suggestion_get_action (closed), ==, PURSUIT_SUGGESTION_RECORD);

  after_offer = triage_invitation (fixture->store, offer, "Let's talk.");
  g_assert_nonnull (after_offer);
  g_assert_cmpint (pursuit_mail_suggestion_get_action (after_offer), ==, PURSUIT_SUGGESTION_RECORD);

  /* Offered slots are not one time: screening until one is agreed. */
  {
    g_autoptr(PursuitMailMessage) slots = make_message (PURSUIT_MAIL_INTERVIEW, applied, "Interview",
                                                        "Would Tuesday or Wednesday work for a first call?");
    g_autoptr(PursuitMailMessage) dated = make_message (PURSUIT_MAIL_INTERVIEW, applied, "Interview",
                                                        "Could we meet on 4 March 2027 at 10:30 (UTC)?");
    g_autoptr(PursuitMailSuggestion) screening = pursuit_mail_triage (fixture->store, slots, utc);
    g_autoptr(PursuitMailSuggestion) from_text = pursuit_mail_triage (fixture->store, dated, utc);

    g_assert_nonnull (screening);
    g_assert_cmpint (pursuit_mail_suggestion_get_action (screening), ==, PURSUIT_SUGGESTION_MOVE_STAGE);
    g_assert_cmpstr (pursuit_mail_suggestion_get_target_stage (screening), ==, PURSUIT_STAGE_SCREENING);

    g_assert_nonnull (from_text);
    g_assert_cmpint (pursuit_mail_suggestion_get_action (from_text), ==, PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW);
    g_assert_cmpint (pursuit_mail_suggestion_get_interview_starts_at (from_text), ==,
                     unix_time_in (utc, 2027, 3, 4, 10, 30));
    g_assert_cmpint (pursuit_mail_suggestion_get_interview_minutes (from_text), ==, 60);
  }

  /* Already scheduled at that time: the message confirms it. */
  interview = make_interview (applied, "video", starts_at, 45);
  store_interview (fixture->store, interview);
  known = triage_invitation (fixture->store, applied, "See you then.");
  g_assert_nonnull (known);
  g_assert_cmpint (pursuit_mail_suggestion_get_action (known), ==, PURSUIT_SUGGESTION_RECORD);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/mail/triage/moves", StoreFixture, NULL,
              store_fixture_setup, test_triage_moves, store_fixture_teardown);
  g_test_add ("/mail/triage/records", StoreFixture, NULL,
              store_fixture_setup, test_triage_records, store_fixture_teardown);
  g_test_add ("/mail/triage/nothing", StoreFixture, NULL,
              store_fixture_setup, test_triage_nothing, store_fixture_teardown);
  g_test_add ("/mail/triage/create-job", StoreFixture, NULL,
              store_fixture_setup, test_triage_create_job, store_fixture_teardown);
  g_test_add ("/mail/triage/interview", StoreFixture, NULL,
              store_fixture_setup, test_triage_interview, store_fixture_teardown);

  return g_test_run ();
}
