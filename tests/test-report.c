/* test-report.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Reports page's numbers on a store built here with known answers:
 * twelve jobs with hand-set dates, stage changes, interviews, follow-ups
 * and mail, every figure and every row of every section checked for all
 * time and for two weeks that leave some jobs out; then JSON, CSV and
 * their hostile inputs, ranges and dates, and the async variant. */

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "pursuit-demo.h"
#include "pursuit-report.h"
#include "pursuit-test-store.h"

#define DAY (24 * 3600)

/* Monday 2 March 2026, 00:00 UTC (ISO week 2026-W10). */
#define BASE G_GINT64_CONSTANT (1772409600)
#define AT(day, hour) (BASE + (gint64)(day) * DAY + (gint64)(hour) * 3600)
/* Saturday 11 April 2026, noon. */
#define NOW AT (40, 12)

#define N_FIXTURE_JOBS 12

typedef struct
{
  StoreFixture  base;
  GTimeZone    *utc;
  gint64        ids[N_FIXTURE_JOBS + 1];  /* J1 … J12 */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  store_fixture_setup (&fixture->base, data);
  fixture->utc = g_time_zone_new_utc ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_time_zone_unref (fixture->utc);
  store_fixture_teardown (&fixture->base, data);
}

static gint64
add_report_job (Fixture    *fixture,
                const char *company,
                const char *stage,
                const char *source,
                int         score,
                const char *applied_date,
                gint64      created_at)
{
  g_autoptr(PursuitJob) job = make_job ("Engineer", company, stage);

  pursuit_job_set_source (job, source);
  if (score >= 0)
    pursuit_job_set_match_score (job, score);
  pursuit_job_set_applied_date (job, applied_date);
  pursuit_job_set_created_at (job, created_at);
  if (g_str_equal (stage, "withdrawn"))
    pursuit_job_set_withdraw_reason (job, "Took another offer");

  return store_job (fixture->base.store, job);
}

static void
add_move (Fixture    *fixture,
          int         job,
          const char *from,
          const char *to,
          gint64      at)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO events (job_id, kind, from_stage, to_stage, created_at)"
                                          " VALUES (%" G_GINT64_FORMAT ", 'stage-changed', '%s', '%s', %"
                                          G_GINT64_FORMAT ")",
                                          fixture->ids[job], from, to, at);

  exec_store_sql (fixture->base.store, sql);
}

static void
add_mail (Fixture    *fixture,
          int         job,
          const char *category,
          gboolean    outgoing,
          gint64      at)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO mail_messages (job_id, category, outgoing, received_at, created_at)"
                                          " VALUES (%" G_GINT64_FORMAT ", '%s', %d, %" G_GINT64_FORMAT ", %"
                                          G_GINT64_FORMAT ")",
                                          fixture->ids[job], category, outgoing, at, at);

  exec_store_sql (fixture->base.store, sql);
}

static void
add_follow_up (Fixture    *fixture,
               int         job,
               const char *status,
               gint64      at)
{
  g_autoptr(PursuitFollowUp) follow_up = make_follow_up (fixture->ids[job], "after_applied", at);

  pursuit_follow_up_set_status (follow_up, status);
  if (!g_str_equal (status, "pending"))
    pursuit_follow_up_set_completed_at (follow_up, at);
  store_follow_up (fixture->base.store, follow_up);
}

static void
add_interview (Fixture *fixture,
               int      job,
               gint64   at)
{
  g_autoptr(PursuitInterview) interview = make_interview (fixture->ids[job], "technical", at, 60);

  store_interview (fixture->base.store, interview);
}

/* Application days are days after BASE: J1 on 2 March (day 0) … */
static void
fill_fixture (Fixture *fixture)
{
  gint64 *ids = fixture->ids;

  ids[1] = add_report_job (fixture, "Acme Inc", "screening", "linkedin", 85, "2026-03-02", AT (0, 8));
  ids[2] = add_report_job (fixture, "ACME", "rejected", "linkedin", 72, "2026-03-03", AT (1, 8));
  ids[3] = add_report_job (fixture, "Globex", "interviewing", "referral", 65, "2026-03-04", AT (2, 8));
  ids[4] = add_report_job (fixture, "Globex GmbH", "offer", "referral", 90, "2026-03-09", AT (7, 8));
  ids[5] = add_report_job (fixture, "Initech", "ghosted", NULL, -1, "2026-03-10", AT (8, 8));
  ids[6] = add_report_job (fixture, "Initech", "applied", "linkedin", 45, "2026-03-11", AT (9, 8));
  ids[7] = add_report_job (fixture, "Umbrella", "withdrawn", "company site", 30, "2026-03-16", AT (14, 8));
  ids[8] = add_report_job (fixture, "Umbrella", "accepted", "linkedin", 55, "2026-03-17", AT (15, 8));
  /* Applied without a date: the move into Applied tells when. */
  ids[9] = add_report_job (fixture, "Hooli", "saved", "referral", 80, NULL, AT (20, 8));
  ids[10] = add_report_job (fixture, "Hooli", "applied", "company site", 95, "2026-03-24", AT (22, 8));
  ids[11] = add_report_job (fixture, "Vandelay", "saved", "linkedin", 50, NULL, AT (5, 8));
  ids[12] = add_report_job (fixture, "Pendant", "saved", "csv", -1, NULL, AT (38, 8));

  {
    g_autofree char *sql = g_strdup_printf ("UPDATE jobs SET stage = 'screening' WHERE id = %" G_GINT64_FORMAT, ids[9]);

    exec_store_sql (fixture->base.store, sql);
  }

  add_move (fixture, 1, "saved", "applied", AT (0, 10));
  add_move (fixture, 1, "applied", "screening", AT (3, 10));         /* 3 days */

  add_move (fixture, 2, "saved", "applied", AT (1, 10));
  add_move (fixture, 2, "applied", "rejected", AT (9, 10));
  add_mail (fixture, 2, "rejection", FALSE, AT (5, 8));             /* 4 days, before the move */

  add_move (fixture, 3, "saved", "applied", AT (2, 10));
  add_move (fixture, 3, "applied", "screening", AT (4, 10));         /* 2 days */
  add_move (fixture, 3, "screening", "interview_scheduled", AT (10, 10));
  add_move (fixture, 3, "interview_scheduled", "interviewing", AT (15, 10));
  add_interview (fixture, 3, AT (15, 9));
  add_interview (fixture, 3, AT (40, 15));                           /* due this week */
  add_interview (fixture, 3, AT (42, 10));                           /* next week */

  add_move (fixture, 4, "applied", "interview_scheduled", AT (8, 10)); /* 1 day */
  add_move (fixture, 4, "interview_scheduled", "interviewing", AT (14, 10));
  add_move (fixture, 4, "interviewing", "offer", AT (20, 10));

  add_move (fixture, 5, "applied", "ghosted", AT (30, 10));          /* no answer */
  add_follow_up (fixture, 5, "sent", AT (15, 9));

  add_mail (fixture, 6, "rejection", FALSE, AT (20, 9));             /* 11 days */
  add_mail (fixture, 6, "confirmation", FALSE, AT (9, 12));          /* not an answer */
  add_follow_up (fixture, 6, "sent", AT (16, 9));

  add_move (fixture, 7, "applied", "withdrawn", AT (18, 10));        /* the user's own */
  add_mail (fixture, 7, "interview", TRUE, AT (19, 10));             /* outgoing */
  add_mail (fixture, 7, "interview", FALSE, AT (10, 10));            /* before applying */

  add_move (fixture, 8, "applied", "screening", AT (16, 10));        /* 1 day */
  add_move (fixture, 8, "screening", "interview_scheduled", AT (18, 10));
  add_move (fixture, 8, "interview_scheduled", "interviewing", AT (20, 10));
  add_move (fixture, 8, "interviewing", "offer", AT (25, 10));
  add_move (fixture, 8, "offer", "accepted", AT (28, 10));
  add_interview (fixture, 8, AT (20, 9));
  add_follow_up (fixture, 8, "sent", AT (17, 9));                    /* after the answer */

  add_move (fixture, 9, "saved", "applied", AT (21, 9));
  add_move (fixture, 9, "applied", "screening", AT (35, 9));         /* 14 days */

  add_follow_up (fixture, 10, "done", AT (29, 9));
  add_follow_up (fixture, 10, "pending", AT (41, 10));               /* due this week */
}

typedef struct
{
  const char *key;
  const char *label;
  double      values[7];
  int         jobs[N_FIXTURE_JOBS + 1];  /* J numbers, 0-terminated */
} ExpectedRow;

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

static void
check_section (Fixture           *fixture,
               PursuitReport     *report,
               const char        *id,
               const char        *column_keys,
               const ExpectedRow *rows,
               guint              n_rows)
{
  PursuitReportSection *section = pursuit_report_get_section (report, id);
  g_auto(GStrv) keys = g_strsplit (column_keys, " ", -1);
  gboolean all_zero = TRUE;

  g_test_message ("section %s", id);
  g_assert_nonnull (section);
  g_assert_cmpstr (pursuit_report_section_get_id (section), ==, id);
  g_assert_cmpuint (pursuit_report_section_get_n_columns (section), ==, g_strv_length (keys));
  for (guint c = 0; keys[c] != NULL; c++)
    {
      g_assert_cmpstr (pursuit_report_section_get_column_key (section, c), ==, keys[c]);
      g_assert_cmpint (pursuit_report_section_find_column (section, keys[c]), ==, (int)c);
    }

  g_assert_cmpuint (pursuit_report_section_get_n_rows (section), ==, n_rows);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) actual = g_array_new (FALSE, FALSE, sizeof (gint64));
      const gint64 *ids;
      guint n_ids;

      g_test_message ("row %u: %s", r, rows[r].key);
      g_assert_cmpstr (pursuit_report_section_get_row_key (section, r), ==, rows[r].key);
      g_assert_cmpstr (pursuit_report_section_get_row_label (section, r), ==, rows[r].label);
      for (guint c = 0; keys[c] != NULL; c++)
        g_assert_cmpfloat_with_epsilon (pursuit_report_section_get_value (section, r, c),
                                        rows[r].values[c], 0.0001);

      for (guint j = 0; rows[r].jobs[j] != 0; j++)
        g_array_append_val (expected, fixture->ids[rows[r].jobs[j]]);
      ids = pursuit_report_section_get_row_job_ids (section, r, &n_ids);
      g_array_append_vals (actual, ids, n_ids);
      g_array_sort (expected, compare_ids);
      g_array_sort (actual, compare_ids);
      g_assert_cmpmem (actual->data, actual->len * sizeof (gint64),
                       expected->data, expected->len * sizeof (gint64));

      all_zero = all_zero && rows[r].values[pursuit_report_section_get_chart_column (section)] == 0;
    }

  g_assert_cmpint (pursuit_report_section_is_empty (section), ==, all_zero);
  g_assert_cmpstr (pursuit_report_section_get_summary (section), !=, "");
}

#define CHECK_SECTION(report, id, columns, rows) \
  check_section (fixture, report, id, columns, rows, G_N_ELEMENTS (rows))

#define OUTCOME_COLUMNS "applications responses interviews offers rejections response_rate interview_rate"

/* Every section of @report against the ExpectedRow arrays of the test,
 * named after the sections. */
#define CHECK_EVERY_SECTION(report) \
  G_STMT_START { \
    CHECK_SECTION (report, "funnel", "reached current", funnel); \
    CHECK_SECTION (report, "conversion", "from to rate", conversion); \
    CHECK_SECTION (report, "response-times", "applications", response_times); \
    CHECK_SECTION (report, "weekly", "applications", weekly); \
    CHECK_SECTION (report, "by-source", OUTCOME_COLUMNS, by_source); \
    CHECK_SECTION (report, "by-company", OUTCOME_COLUMNS, by_company); \
    CHECK_SECTION (report, "by-score", OUTCOME_COLUMNS, by_score); \
    CHECK_SECTION (report, "follow-ups", "applications responses response_rate", follow_ups); \
  } G_STMT_END

/* The figures of a report, in the header's order. */
typedef struct
{
  double applications;
  double responses;
  double response_rate;
  double median_response_days;
  double interviews;
  double offers;
  double active;
  double due_this_week;
} ExpectedFigures;

static void
check_figures (PursuitReport         *report,
               const ExpectedFigures *expected)
{
  g_assert_cmpfloat (pursuit_report_get_figure (report, "applications"), ==, expected->applications);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "responses"), ==, expected->responses);
  g_assert_cmpfloat_with_epsilon (pursuit_report_get_figure (report, "response_rate"), expected->response_rate, 1e-9);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "median_response_days"), ==, expected->median_response_days);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "interviews"), ==, expected->interviews);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "offers"), ==, expected->offers);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "active"), ==, expected->active);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "due_this_week"), ==, expected->due_this_week);
}

static void
test_report_all_time (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitReport) report = NULL;
  g_autofree char *range = NULL;
  PursuitReportSection *section;
  GPtrArray *sections;
  static const char * const ids[] = {
    "funnel", "conversion", "response-times", "weekly", "by-source", "by-company", "by-score", "follow-ups",
  };
  static const ExpectedRow funnel[] = {
    { "saved", "Saved", { 12, 2 }, { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 } },
    { "applied", "Applied", { 10, 2 }, { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } },
    { "screening", "Screening", { 5, 2 }, { 1, 3, 4, 8, 9 } },
    { "interview_scheduled", "Interview Scheduled", { 3, 0 }, { 3, 4, 8 } },
    { "interviewing", "Interviewing", { 3, 1 }, { 3, 4, 8 } },
    { "offer", "Offer", { 2, 1 }, { 4, 8 } },
    { "accepted", "Accepted", { 1, 1 }, { 8 } },
  };
  static const ExpectedRow conversion[] = {
    { "saved>applied", "Saved → Applied", { 12, 10, 10.0 / 12 }, { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } },
    { "applied>screening", "Applied → Screening", { 10, 5, 0.5 }, { 1, 3, 4, 8, 9 } },
    { "screening>interview_scheduled", "Screening → Interview Scheduled", { 5, 3, 0.6 }, { 3, 4, 8 } },
    { "interview_scheduled>interviewing", "Interview Scheduled → Interviewing", { 3, 3, 1 }, { 3, 4, 8 } },
    { "interviewing>offer", "Interviewing → Offer", { 3, 2, 2.0 / 3 }, { 4, 8 } },
    { "offer>accepted", "Offer → Accepted", { 2, 1, 0.5 }, { 8 } },
  };
  static const ExpectedRow response_times[] = {
    { "0-2", "0-2 days", { 3 }, { 3, 4, 8 } },
    { "3-7", "3-7 days", { 2 }, { 1, 2 } },
    { "8-14", "8-14 days", { 2 }, { 6, 9 } },
    { "15-30", "15-30 days", { 0 }, { 0 } },
    { "31+", "31+ days", { 0 }, { 0 } },
  };
  static const ExpectedRow weekly[] = {
    { "2026-W10", "2 Mar", { 3 }, { 1, 2, 3 } },
    { "2026-W11", "9 Mar", { 3 }, { 4, 5, 6 } },
    { "2026-W12", "16 Mar", { 2 }, { 7, 8 } },
    { "2026-W13", "23 Mar", { 2 }, { 9, 10 } },
    { "2026-W14", "30 Mar", { 0 }, { 0 } },
    { "2026-W15", "6 Apr", { 0 }, { 0 } },
  };
  static const ExpectedRow by_source[] = {
    { "linkedin", "LinkedIn", { 4, 4, 1, 1, 1, 1, 0.25 }, { 1, 2, 6, 8 } },
    { "referral", "Referral", { 3, 3, 2, 1, 0, 1, 2.0 / 3 }, { 3, 4, 9 } },
    { "company site", "Company Site", { 2, 0, 0, 0, 0, 0, 0 }, { 7, 10 } },
    { "", "Unknown", { 1, 0, 0, 0, 0, 0, 0 }, { 5 } },
  };
  static const ExpectedRow by_company[] = {
    { "acme", "ACME", { 2, 2, 0, 0, 1, 1, 0 }, { 1, 2 } },
    { "globex", "Globex", { 2, 2, 2, 1, 0, 1, 1 }, { 3, 4 } },
    { "hooli", "Hooli", { 2, 1, 0, 0, 0, 0.5, 0 }, { 9, 10 } },
    { "initech", "Initech", { 2, 1, 0, 0, 0, 0.5, 0 }, { 5, 6 } },
    { "umbrella", "Umbrella", { 2, 1, 1, 1, 0, 0.5, 0.5 }, { 7, 8 } },
  };
  static const ExpectedRow by_score[] = {
    { "80-100", "80-100", { 4, 3, 1, 1, 0, 0.75, 0.25 }, { 1, 4, 9, 10 } },
    { "60-79", "60-79", { 2, 2, 1, 0, 1, 1, 0.5 }, { 2, 3 } },
    { "40-59", "40-59", { 2, 2, 1, 1, 0, 1, 0.5 }, { 6, 8 } },
    { "0-39", "0-39", { 1, 0, 0, 0, 0, 0, 0 }, { 7 } },
    { "none", "No score", { 1, 0, 0, 0, 0, 0, 0 }, { 5 } },
  };
  static const ExpectedRow follow_ups[] = {
    { "with", "With a follow-up", { 3, 1, 1.0 / 3 }, { 5, 6, 10 } },
    { "without", "Without a follow-up", { 7, 6, 6.0 / 7 }, { 1, 2, 3, 4, 7, 8, 9 } },
  };

  fill_fixture (fixture);

  report = pursuit_report_compute (fixture->base.store, 0, G_MAXINT64, NOW, fixture->utc, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  g_assert_cmpint (pursuit_report_get_from (report), ==, 0);
  g_assert_cmpint (pursuit_report_get_to (report), ==, G_MAXINT64);
  g_assert_cmpint (pursuit_report_get_generated_at (report), ==, NOW);
  range = pursuit_report_describe_range (report);
  g_assert_cmpstr (range, ==, "All time");

  check_figures (report, &(ExpectedFigures) { 10, 7, 0.7, 3, 3, 2, 6, 2 });
  g_assert_cmpfloat (pursuit_report_get_figure (report, "nonsense"), ==, -1);
  g_assert_cmpfloat (pursuit_report_get_figure (report, NULL), ==, -1);

  sections = pursuit_report_get_sections (report);
  g_assert_cmpuint (sections->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_cmpstr (pursuit_report_section_get_id (g_ptr_array_index (sections, i)), ==, ids[i]);
  g_assert_null (pursuit_report_get_section (report, "nonsense"));

  CHECK_EVERY_SECTION (report);

  /* How each is drawn, and the sentences that sum them up. */
  section = pursuit_report_get_section (report, "funnel");
  g_assert_cmpint (pursuit_report_section_get_chart (section), ==, PURSUIT_REPORT_CHART_FUNNEL);
  g_assert_cmpuint (pursuit_report_section_get_chart_column (section), ==, 0);
  g_assert_cmpstr (pursuit_report_section_get_title (section), ==, "Funnel");
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==,
                   "Applied to 10 of 12 jobs; 3 reached an interview.");

  section = pursuit_report_get_section (report, "conversion");
  g_assert_cmpint (pursuit_report_section_get_chart (section), ==, PURSUIT_REPORT_CHART_HBARS);
  g_assert_cmpuint (pursuit_report_section_get_chart_column (section), ==, 2);
  g_assert_cmpint (pursuit_report_section_get_column_unit (section, 2), ==, PURSUIT_REPORT_UNIT_PERCENT);
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==,
                   "Jobs stall most after Applied: 50% moved on to Screening.");

  section = pursuit_report_get_section (report, "response-times");
  g_assert_cmpint (pursuit_report_section_get_chart (section), ==, PURSUIT_REPORT_CHART_HISTOGRAM);
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==, "Employers took a median of 3 days to answer.");

  section = pursuit_report_get_section (report, "weekly");
  g_assert_cmpint (pursuit_report_section_get_chart (section), ==, PURSUIT_REPORT_CHART_BARS);
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==, "1.7 applications a week on average.");

  section = pursuit_report_get_section (report, "by-source");
  g_assert_cmpint (pursuit_report_section_get_chart (section), ==, PURSUIT_REPORT_CHART_HBARS);
  g_assert_cmpstr (pursuit_report_section_get_column_key (section, pursuit_report_section_get_chart_column (section)),
                   ==, "response_rate");
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==,
                   "Most applications went through LinkedIn, and 100% of those got an answer.");

  section = pursuit_report_get_section (report, "by-company");
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==,
                   "Most applications went to ACME, and 100% of those got an answer.");

  section = pursuit_report_get_section (report, "by-score");
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==,
                   "Jobs scoring 80 or more got answers 75% of the time; below 60, 67%.");

  section = pursuit_report_get_section (report, "follow-ups");
  g_assert_cmpstr (pursuit_report_section_get_column_key (section, pursuit_report_section_get_chart_column (section)),
                   ==, "response_rate");
  g_assert_cmpstr (pursuit_report_section_get_summary (section), ==,
                   "Applications with a follow-up got answers 33% of the time; without one, 86%.");
}

static void
test_report_two_weeks (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitReport) report = NULL;
  g_autofree char *range = NULL;
  gint64 from, to;
  static const ExpectedRow funnel[] = {
    { "saved", "Saved", { 5, 0 }, { 4, 5, 6, 7, 8 } },
    { "applied", "Applied", { 5, 1 }, { 4, 5, 6, 7, 8 } },
    { "screening", "Screening", { 2, 0 }, { 4, 8 } },
    { "interview_scheduled", "Interview Scheduled", { 2, 0 }, { 4, 8 } },
    { "interviewing", "Interviewing", { 2, 0 }, { 4, 8 } },
    { "offer", "Offer", { 2, 1 }, { 4, 8 } },
    { "accepted", "Accepted", { 1, 1 }, { 8 } },
  };
  static const ExpectedRow conversion[] = {
    { "saved>applied", "Saved → Applied", { 5, 5, 1 }, { 4, 5, 6, 7, 8 } },
    { "applied>screening", "Applied → Screening", { 5, 2, 0.4 }, { 4, 8 } },
    { "screening>interview_scheduled", "Screening → Interview Scheduled", { 2, 2, 1 }, { 4, 8 } },
    { "interview_scheduled>interviewing", "Interview Scheduled → Interviewing", { 2, 2, 1 }, { 4, 8 } },
    { "interviewing>offer", "Interviewing → Offer", { 2, 2, 1 }, { 4, 8 } },
    { "offer>accepted", "Offer → Accepted", { 2, 1, 0.5 }, { 8 } },
  };
  static const ExpectedRow response_times[] = {
    { "0-2", "0-2 days", { 2 }, { 4, 8 } },
    { "3-7", "3-7 days", { 0 }, { 0 } },
    { "8-14", "8-14 days", { 1 }, { 6 } },
    { "15-30", "15-30 days", { 0 }, { 0 } },
    { "31+", "31+ days", { 0 }, { 0 } },
  };
  static const ExpectedRow weekly[] = {
    { "2026-W11", "9 Mar", { 3 }, { 4, 5, 6 } },
    { "2026-W12", "16 Mar", { 2 }, { 7, 8 } },
  };
  static const ExpectedRow by_source[] = {
    { "linkedin", "LinkedIn", { 2, 2, 1, 1, 0, 1, 0.5 }, { 6, 8 } },
    { "company site", "Company Site", { 1, 0, 0, 0, 0, 0, 0 }, { 7 } },
    { "referral", "Referral", { 1, 1, 1, 1, 0, 1, 1 }, { 4 } },
    { "", "Unknown", { 1, 0, 0, 0, 0, 0, 0 }, { 5 } },
  };
  static const ExpectedRow by_company[] = {
    { "initech", "Initech", { 2, 1, 0, 0, 0, 0.5, 0 }, { 5, 6 } },
    { "umbrella", "Umbrella", { 2, 1, 1, 1, 0, 0.5, 0.5 }, { 7, 8 } },
    { "globex", "Globex GmbH", { 1, 1, 1, 1, 0, 1, 1 }, { 4 } },
  };
  static const ExpectedRow by_score[] = {
    { "80-100", "80-100", { 1, 1, 1, 1, 0, 1, 1 }, { 4 } },
    { "60-79", "60-79", { 0, 0, 0, 0, 0, 0, 0 }, { 0 } },
    { "40-59", "40-59", { 2, 2, 1, 1, 0, 1, 0.5 }, { 6, 8 } },
    { "0-39", "0-39", { 1, 0, 0, 0, 0, 0, 0 }, { 7 } },
    { "none", "No score", { 1, 0, 0, 0, 0, 0, 0 }, { 5 } },
  };
  static const ExpectedRow follow_ups[] = {
    { "with", "With a follow-up", { 2, 1, 0.5 }, { 5, 6 } },
    { "without", "Without a follow-up", { 3, 2, 2.0 / 3 }, { 4, 7, 8 } },
  };

  fill_fixture (fixture);

  /* 9 to 22 March: J1-J3 and the saved J11 (created on the 7th) come
   * before; J9 (applied on the 23rd, by its move), J10 and J12 after. */
  g_assert_true (pursuit_report_parse_date ("2026-03-09", fixture->utc, &from, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_report_parse_date ("2026-03-23", fixture->utc, &to, &error));
  g_assert_no_error (error);
  g_assert_cmpint (from, ==, AT (7, 0));
  g_assert_cmpint (to, ==, AT (21, 0));

  report = pursuit_report_compute (fixture->base.store, from, to, NOW, fixture->utc, &error);
  g_assert_no_error (error);

  range = pursuit_report_describe_range (report);
  g_assert_cmpstr (range, ==, "9 Mar 2026 – 22 Mar 2026");

  /* Active and due this week count now, whatever the range. */
  check_figures (report, &(ExpectedFigures) { 5, 3, 0.6, 1, 2, 2, 6, 2 });

  CHECK_EVERY_SECTION (report);

  g_assert_cmpstr (pursuit_report_section_get_summary (pursuit_report_get_section (report, "weekly")), ==,
                   "2.5 applications a week on average.");
  g_assert_cmpstr (pursuit_report_section_get_summary (pursuit_report_get_section (report, "response-times")), ==,
                   "Employers took a median of 1 day to answer.");
}

static void
check_empty_figures (PursuitReport *report,
                     double         active)
{
  g_assert_cmpfloat (pursuit_report_get_figure (report, "applications"), ==, 0);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "responses"), ==, 0);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "response_rate"), ==, 0);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "median_response_days"), ==, -1);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "interviews"), ==, 0);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "offers"), ==, 0);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "active"), ==, active);
}

static void
test_report_empty (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitReport) report = NULL;
  g_autoptr(PursuitReport) nothing = NULL;
  GPtrArray *sections;

  report = pursuit_report_compute (fixture->base.store, 0, G_MAXINT64, NOW, fixture->utc, &error);
  g_assert_no_error (error);
  check_empty_figures (report, 0);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "due_this_week"), ==, 0);

  sections = pursuit_report_get_sections (report);
  g_assert_cmpuint (sections->len, ==, 8);
  for (guint i = 0; i < sections->len; i++)
    {
      PursuitReportSection *section = g_ptr_array_index (sections, i);

      g_assert_true (pursuit_report_section_is_empty (section));
      g_assert_cmpstr (pursuit_report_section_get_summary (section), !=, "");
      for (guint r = 0; r < pursuit_report_section_get_n_rows (section); r++)
        {
          guint n_ids = 99;

          pursuit_report_section_get_row_job_ids (section, r, &n_ids);
          g_assert_cmpuint (n_ids, ==, 0);
        }
    }
  g_assert_cmpuint (pursuit_report_section_get_n_rows (pursuit_report_get_section (report, "weekly")), ==, 0);
  g_assert_cmpuint (pursuit_report_section_get_n_rows (pursuit_report_get_section (report, "by-source")), ==, 0);
  g_assert_cmpuint (pursuit_report_section_get_n_rows (pursuit_report_get_section (report, "by-score")), ==, 0);
  g_assert_cmpuint (pursuit_report_section_get_n_rows (pursuit_report_get_section (report, "follow-ups")), ==, 0);
  g_assert_cmpstr (pursuit_report_section_get_summary (pursuit_report_get_section (report, "funnel")), ==,
                   "No jobs in this period.");
  g_assert_cmpstr (pursuit_report_section_get_summary (pursuit_report_get_section (report, "response-times")), ==,
                   "No responses in this period yet.");

  /* A range with none of the fixture's jobs: empty sections, the same
   * jobs active. */
  fill_fixture (fixture);
  nothing = pursuit_report_compute (fixture->base.store, AT (100, 0), AT (110, 0), NOW, fixture->utc, &error);
  g_assert_no_error (error);
  check_empty_figures (nothing, 6);
  sections = pursuit_report_get_sections (nothing);
  for (guint i = 0; i < sections->len; i++)
    g_assert_true (pursuit_report_section_is_empty (g_ptr_array_index (sections, i)));
  /* Every week of a bounded range, zeros included. */
  g_assert_cmpuint (pursuit_report_section_get_n_rows (pursuit_report_get_section (nothing, "weekly")), ==, 2);
}

static void
test_report_format_value (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitReport) report = NULL;
  PursuitReportSection *section;
  char *text;

  fill_fixture (fixture);
  report = pursuit_report_compute (fixture->base.store, 0, G_MAXINT64, NOW, fixture->utc, &error);
  g_assert_no_error (error);

  section = pursuit_report_get_section (report, "conversion");
  text = pursuit_report_section_format_value (section, 1, 2);
  g_assert_cmpstr (text, ==, "50%");
  g_free (text);
  text = pursuit_report_section_format_value (section, 0, 2);
  g_assert_cmpstr (text, ==, "83%");
  g_free (text);
  text = pursuit_report_section_format_value (section, 0, 0);
  g_assert_cmpstr (text, ==, "12");
  g_free (text);
  g_assert_cmpint (pursuit_report_section_find_column (section, "nonsense"), ==, -1);
  g_assert_cmpint (pursuit_report_section_find_column (section, NULL), ==, -1);
}

static void
check_json_matches (PursuitReport *report,
                    const char    *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *figures;
  JsonArray *sections;
  GPtrArray *expected = pursuit_report_get_sections (report);
  static const char * const keys[] = {
    "applications", "responses", "response_rate", "median_response_days", "interviews", "offers", "active",
    "due_this_week",
  };

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  figures = json_object_get_object_member (root, "figures");
  g_assert_cmpuint (json_object_get_size (figures), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (figures, keys[i]),
                                    pursuit_report_get_figure (report, keys[i]), 1e-9);

  sections = json_object_get_array_member (root, "sections");
  g_assert_cmpuint (json_array_get_length (sections), ==, expected->len);
  for (guint s = 0; s < expected->len; s++)
    {
      PursuitReportSection *section = g_ptr_array_index (expected, s);
      JsonObject *object = json_array_get_object_element (sections, s);
      JsonArray *columns = json_object_get_array_member (object, "columns");
      JsonArray *rows = json_object_get_array_member (object, "rows");

      g_assert_cmpstr (json_object_get_string_member (object, "id"), ==, pursuit_report_section_get_id (section));
      g_assert_cmpstr (json_object_get_string_member (object, "title"), ==,
                       pursuit_report_section_get_title (section));
      g_assert_cmpstr (json_object_get_string_member (object, "summary"), ==,
                       pursuit_report_section_get_summary (section));

      g_assert_cmpuint (json_array_get_length (columns), ==, pursuit_report_section_get_n_columns (section));
      for (guint c = 0; c < json_array_get_length (columns); c++)
        {
          JsonObject *column = json_array_get_object_element (columns, c);
          static const char * const units[] = { "count", "percent", "days" };

          g_assert_cmpstr (json_object_get_string_member (column, "key"), ==,
                           pursuit_report_section_get_column_key (section, c));
          g_assert_cmpstr (json_object_get_string_member (column, "title"), ==,
                           pursuit_report_section_get_column_title (section, c));
          g_assert_cmpstr (json_object_get_string_member (column, "unit"), ==,
                           units[pursuit_report_section_get_column_unit (section, c)]);
        }

      g_assert_cmpuint (json_array_get_length (rows), ==, pursuit_report_section_get_n_rows (section));
      for (guint r = 0; r < json_array_get_length (rows); r++)
        {
          JsonObject *row = json_array_get_object_element (rows, r);
          JsonObject *values = json_object_get_object_member (row, "values");
          JsonArray *job_ids = json_object_get_array_member (row, "job_ids");
          const gint64 *ids;
          guint n_ids;

          g_assert_cmpstr (json_object_get_string_member (row, "key"), ==,
                           pursuit_report_section_get_row_key (section, r));
          g_assert_cmpstr (json_object_get_string_member (row, "label"), ==,
                           pursuit_report_section_get_row_label (section, r));
          for (guint c = 0; c < pursuit_report_section_get_n_columns (section); c++)
            g_assert_cmpfloat_with_epsilon (json_object_get_double_member (values,
                                                                           pursuit_report_section_get_column_key (section, c)),
                                            pursuit_report_section_get_value (section, r, c), 1e-9);

          ids = pursuit_report_section_get_row_job_ids (section, r, &n_ids);
          g_assert_cmpuint (json_array_get_length (job_ids), ==, n_ids);
          for (guint i = 0; i < n_ids; i++)
            g_assert_cmpint (json_array_get_int_element (job_ids, i), ==, ids[i]);
        }
    }
}

static void
test_report_json (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitReport) all = NULL;
  g_autoptr(PursuitReport) weeks = NULL;
  g_autofree char *all_json = NULL;
  g_autofree char *weeks_json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  fill_fixture (fixture);

  all = pursuit_report_compute (fixture->base.store, 0, G_MAXINT64, NOW, fixture->utc, &error);
  g_assert_no_error (error);
  all_json = pursuit_report_to_json (all);
  check_json_matches (all, all_json);

  g_assert_true (json_parser_load_from_data (parser, all_json, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_get_null_member (root, "from"));
  g_assert_true (json_object_get_null_member (root, "to"));
  g_assert_cmpstr (json_object_get_string_member (root, "generated_at"), ==, "2026-04-11T12:00:00Z");
  /* Counts are integers. */
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (json_object_get_object_member (root, "figures"),
                                                                     "applications")), ==, G_TYPE_INT64);

  weeks = pursuit_report_compute (fixture->base.store, AT (7, 0), AT (21, 0), NOW, fixture->utc, &error);
  g_assert_no_error (error);
  weeks_json = pursuit_report_to_json (weeks);
  check_json_matches (weeks, weeks_json);

  g_assert_true (json_parser_load_from_data (parser, weeks_json, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  /* "to" is the last day included. */
  g_assert_cmpstr (json_object_get_string_member (root, "from"), ==, "2026-03-09");
  g_assert_cmpstr (json_object_get_string_member (root, "to"), ==, "2026-03-22");
}

static const char empty_csv[] =
  "Funnel\r\n"
  "key,label,Reached,Now\r\n"
  "saved,Saved,0,0\r\n"
  "applied,Applied,0,0\r\n"
  "screening,Screening,0,0\r\n"
  "interview_scheduled,Interview Scheduled,0,0\r\n"
  "interviewing,Interviewing,0,0\r\n"
  "offer,Offer,0,0\r\n"
  "accepted,Accepted,0,0\r\n"
  "\r\n"
  "Conversion\r\n"
  "key,label,From,To,Rate\r\n"
  "saved>applied,Saved → Applied,0,0,0\r\n"
  "applied>screening,Applied → Screening,0,0,0\r\n"
  "screening>interview_scheduled,Screening → Interview Scheduled,0,0,0\r\n"
  "interview_scheduled>interviewing,Interview Scheduled → Interviewing,0,0,0\r\n"
  "interviewing>offer,Interviewing → Offer,0,0,0\r\n"
  "offer>accepted,Offer → Accepted,0,0,0\r\n"
  "\r\n"
  "Time to First Response\r\n"
  "key,label,Applications\r\n"
  "0-2,0-2 days,0\r\n"
  "3-7,3-7 days,0\r\n"
  "8-14,8-14 days,0\r\n"
  "15-30,15-30 days,0\r\n"
  "31+,31+ days,0\r\n"
  "\r\n"
  "Applications per Week\r\n"
  "key,label,Applications\r\n"
  "\r\n"
  "By Source\r\n"
  "key,label,Applications,Responses,Interviews,Offers,Rejections,Response Rate,Interview Rate\r\n"
  "\r\n"
  "By Company\r\n"
  "key,label,Applications,Responses,Interviews,Offers,Rejections,Response Rate,Interview Rate\r\n"
  "\r\n"
  "By Match Score\r\n"
  "key,label,Applications,Responses,Interviews,Offers,Rejections,Response Rate,Interview Rate\r\n"
  "\r\n"
  "Follow-Ups\r\n"
  "key,label,Applications,Responses,Response Rate\r\n"
  "\r\n";

static void
test_report_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitReport) empty = NULL;
  g_autoptr(PursuitReport) report = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *full = NULL;
  g_autofree char *path = g_build_filename (fixture->base.dir, "report.csv", NULL);
  g_autofree char *missing = g_build_filename (fixture->base.dir, "no such folder", "report.csv", NULL);
  g_autofree char *written = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) unwritable = g_file_new_for_path (missing);

  empty = pursuit_report_compute (fixture->base.store, 0, G_MAXINT64, NOW, fixture->utc, &error);
  g_assert_no_error (error);
  csv = pursuit_report_to_csv (empty);
  g_assert_cmpstr (csv, ==, empty_csv);

  fill_fixture (fixture);
  report = pursuit_report_compute (fixture->base.store, 0, G_MAXINT64, NOW, fixture->utc, &error);
  g_assert_no_error (error);
  full = pursuit_report_to_csv (report);
  /* Fractions with a dot and at most four decimals. */
  g_assert_nonnull (strstr (full, "saved>applied,Saved → Applied,12,10,0.8333\r\n"));
  g_assert_nonnull (strstr (full, "referral,Referral,3,3,2,1,0,1,0.6667\r\n"));
  g_assert_nonnull (strstr (full, "2026-W10,2 Mar,3\r\n"));

  /* Written whole, and nothing where it cannot be. */
  g_assert_true (pursuit_report_write_csv (report, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, full);

  g_assert_false (pursuit_report_write_csv (report, unwritable, NULL, &error));
  g_assert_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_WRITE);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* Names from postings and imports are whatever someone typed: they reach
 * the CSV as text, never as formulas, and invalid UTF-8 (which the store
 * refuses, but an old or damaged database may hold) as valid text. */
static void
test_report_hostile_names (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitReport) report = NULL;
  g_autoptr(PursuitJob) invalid = make_job ("Engineer", "Bad\xff Name", "applied");
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  PursuitReportSection *section;
  gint64 id;
  static const struct { const char *company; const char *source; } jobs[] = {
    { "@evil", "=cmd|' /C calc'!A0" },
    { "Quote \"Co\", Ltd", "+SUM(1,2)" },
    { "Line\nBreak", "-2+3" },
    { "Tab Corp", "\tindented" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    add_report_job (fixture, jobs[i].company, "applied", jobs[i].source, 50, "2026-03-02", AT (0, 8));

  g_assert_cmpint (pursuit_store_add_job (fixture->base.store, invalid, &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID);
  g_clear_error (&error);

  id = add_report_job (fixture, "Placeholder", "applied", "linkedin", 50, "2026-03-02", AT (0, 8));
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE companies SET name = CAST (X'426164FF204E616D65' AS TEXT)"
                                            " WHERE id = (SELECT company_id FROM jobs WHERE id = %" G_GINT64_FORMAT ");"
                                            "UPDATE jobs SET source = CAST (X'736974C3' AS TEXT)"
                                            " WHERE id = %" G_GINT64_FORMAT,
                                            id, id);

    exec_store_sql (fixture->base.store, sql);
  }

  report = pursuit_report_compute (fixture->base.store, 0, G_MAXINT64, NOW, fixture->utc, &error);
  g_assert_no_error (error);

  csv = pursuit_report_to_csv (report);
  g_assert_true (g_utf8_validate (csv, -1, NULL));
  g_assert_nonnull (strstr (csv, "\r\n'=cmd|' /C calc'!A0,'=cmd|' /C calc'!A0,1,"));
  g_assert_nonnull (strstr (csv, "\r\n\"'+SUM(1,2)\",\"'+SUM(1,2)\",1,"));
  g_assert_nonnull (strstr (csv, "\r\n'-2+3,'-2+3,1,"));
  g_assert_nonnull (strstr (csv, "\r\n'\tindented,'\tindented,1,"));
  g_assert_nonnull (strstr (csv, "\r\nevil,'@evil,1,"));
  g_assert_nonnull (strstr (csv, "\r\nquote,\"Quote \"\"Co\"\", Ltd\",1,"));
  g_assert_nonnull (strstr (csv, ",\"Line\nBreak\",1,"));
  g_assert_nonnull (strstr (csv, ",Bad\xef\xbf\xbd Name,1,"));
  g_assert_null (strstr (csv, "\r\n="));
  g_assert_null (strstr (csv, ",="));
  g_assert_null (strstr (csv, ",+"));
  g_assert_null (strstr (csv, ",@"));

  /* The labels are what the row shows: valid UTF-8, not markup. */
  section = pursuit_report_get_section (report, "by-source");
  for (guint r = 0; r < pursuit_report_section_get_n_rows (section); r++)
    {
      g_assert_true (g_utf8_validate (pursuit_report_section_get_row_key (section, r), -1, NULL));
      g_assert_true (g_utf8_validate (pursuit_report_section_get_row_label (section, r), -1, NULL));
    }

  json = pursuit_report_to_json (report);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  check_json_matches (report, json);
}

static void
test_report_ranges (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  gint64 from = 7, to = 8;

  pursuit_report_range_resolve (PURSUIT_REPORT_RANGE_LAST_30_DAYS, NOW, fixture->utc, &from, &to);
  g_assert_cmpint (to, ==, AT (41, 0));
  g_assert_cmpint (from, ==, AT (11, 0));

  pursuit_report_range_resolve (PURSUIT_REPORT_RANGE_LAST_90_DAYS, NOW, fixture->utc, &from, &to);
  g_assert_cmpint (to, ==, AT (41, 0));
  g_assert_cmpint (from, ==, AT (-49, 0));
  g_assert_cmpint (from, ==, unix_time_in (fixture->utc, 2026, 1, 12, 0, 0));

  pursuit_report_range_resolve (PURSUIT_REPORT_RANGE_THIS_YEAR, NOW, fixture->utc, &from, &to);
  g_assert_cmpint (from, ==, unix_time_in (fixture->utc, 2026, 1, 1, 0, 0));
  g_assert_cmpint (to, ==, AT (41, 0));

  pursuit_report_range_resolve (PURSUIT_REPORT_RANGE_ALL, NOW, fixture->utc, &from, &to);
  g_assert_cmpint (from, ==, 0);
  g_assert_cmpint (to, ==, G_MAXINT64);

  from = 7;
  to = 8;
  pursuit_report_range_resolve (PURSUIT_REPORT_RANGE_CUSTOM, NOW, fixture->utc, &from, &to);
  g_assert_cmpint (from, ==, 7);
  g_assert_cmpint (to, ==, 8);

  /* Local days across the change to summer time: 30 days less an hour. */
  if (berlin != NULL)
    {
      gint64 now = unix_time_in (berlin, 2026, 4, 11, 12, 0);

      pursuit_report_range_resolve (PURSUIT_REPORT_RANGE_LAST_30_DAYS, now, berlin, &from, &to);
      g_assert_cmpint (from, ==, unix_time_in (berlin, 2026, 3, 13, 0, 0));
      g_assert_cmpint (to, ==, unix_time_in (berlin, 2026, 4, 12, 0, 0));
      g_assert_cmpint (to - from, ==, 30 * DAY - 3600);
    }

  /* A range that ends before it starts is the caller's mistake, told. */
  g_assert_null (pursuit_report_compute (fixture->base.store, AT (2, 0), AT (1, 0), NOW, fixture->utc, &error));
  g_assert_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_INVALID_RANGE);
  g_clear_error (&error);

  /* An empty one is not. */
  {
    g_autoptr(PursuitReport) report = pursuit_report_compute (fixture->base.store, AT (2, 0), AT (2, 0), NOW,
                                                              fixture->utc, &error);

    g_assert_no_error (error);
    g_assert_nonnull (report);
  }
}

static void
test_report_parse_date (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *huge = g_strnfill (100000, '9');
  static const char * const bad[] = {
    "", "2026", "2026-13-01", "2026-00-10", "2026-02-30", "2025-02-29", "2026-1-01", "2026-01-1",
    "２０２６-01-01", "2026-01-01x", " 2026-01-01", "2026/01/01", "0000-01-01", "-026-01-01", "+026-01-01",
    "2026-01-0\xff", "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6", "2026-01-01\n", "20260101", "yyyy-mm-dd",
  };
  gint64 at = 42;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("bad date %u", i);
      g_assert_false (pursuit_report_parse_date (bad[i], fixture->utc, &at, &error));
      g_assert_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_INVALID_RANGE);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_cmpint (at, ==, 42);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (pursuit_report_parse_date (huge, fixture->utc, &at, &error));
    g_assert_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_INVALID_RANGE);
    g_assert_cmpuint (strlen (error->message), <, 200);
    g_clear_error (&error);

    g_assert_false (pursuit_report_parse_date (NULL, fixture->utc, &at, &error));
    g_assert_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_INVALID_RANGE);
    g_clear_error (&error);

    g_assert_true (pursuit_report_parse_date ("2026-03-02", fixture->utc, &at, &error));
    g_assert_no_error (error);
    g_assert_cmpint (at, ==, BASE);
    g_assert_true (pursuit_report_parse_date ("2024-02-29", fixture->utc, &at, &error));
    g_assert_cmpint (at, ==, unix_time_in (fixture->utc, 2024, 2, 29, 0, 0));
    g_assert_true (pursuit_report_parse_date ("9999-12-31", fixture->utc, &at, &error));
    g_assert_no_error (error);
  }
}

static void
computed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static PursuitReport *
compute_async (PursuitStore  *store,
               gint64         from,
               gint64         to,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_report_compute_async (store, from, to, NOW, cancellable, computed_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return pursuit_report_compute_finish (result, error);
}

static void
test_report_async (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitReport) sync = NULL;
  g_autoptr(PursuitReport) async = NULL;
  g_autoptr(PursuitReport) cancelled = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *sync_json = NULL;
  g_autofree char *async_json = NULL;

  fill_fixture (fixture);

  /* The async variant works in the local time zone. */
  sync = pursuit_report_compute (fixture->base.store, 0, G_MAXINT64, NOW, NULL, &error);
  g_assert_no_error (error);
  async = compute_async (fixture->base.store, 0, G_MAXINT64, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (async);
  sync_json = pursuit_report_to_json (sync);
  async_json = pursuit_report_to_json (async);
  g_assert_cmpstr (async_json, ==, sync_json);
  g_assert_cmpfloat (pursuit_report_get_figure (async, "applications"), ==, 10);

  g_assert_null (compute_async (fixture->base.store, 10, 5, NULL, &error));
  g_assert_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_INVALID_RANGE);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  cancelled = compute_async (fixture->base.store, 0, G_MAXINT64, cancellable, &error);
  g_assert_null (cancelled);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The sample data has a history the Reports page can show: moves back in
 * time, answers, follow-ups that were sent. */
static void
test_report_demo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitReport) report = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GPtrArray *sections;

  g_assert_true (pursuit_demo_fill (fixture->base.store, 300, 7, &error));
  g_assert_no_error (error);

  /* Every move is in the past, after the job was saved. */
  g_assert_cmpint (count_store_rows (fixture->base.store,
                                     "SELECT count (*) FROM events e JOIN jobs j ON j.id = e.job_id"
                                     " WHERE e.kind = 'stage-changed'"
                                     " AND (e.created_at < j.created_at OR e.created_at > j.stage_changed_at)"), ==, 0);
  g_assert_cmpint (count_store_rows (fixture->base.store,
                                     "SELECT count (*) FROM follow_ups WHERE status = 'sent' AND interview_id IS NULL"),
                   >, 5);

  report = pursuit_report_compute (fixture->base.store, 0, G_MAXINT64, now, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpfloat (pursuit_report_get_figure (report, "applications"), >, 100);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "responses"), >, 20);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "response_rate"), <, 1);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "median_response_days"), >=, 0);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "interviews"), >, 10);
  g_assert_cmpfloat (pursuit_report_get_figure (report, "offers"), >, 0);

  sections = pursuit_report_get_sections (report);
  for (guint i = 0; i < sections->len; i++)
    g_assert_false (pursuit_report_section_is_empty (g_ptr_array_index (sections, i)));

  /* Rejections come at several steps, and some answers took weeks. */
  g_assert_cmpint (count_store_rows (fixture->base.store,
                                     "SELECT count (DISTINCT from_stage) FROM events"
                                     " WHERE kind = 'stage-changed' AND to_stage = 'rejected'"), >=, 3);
  g_assert_cmpfloat (pursuit_report_section_get_value (pursuit_report_get_section (report, "response-times"), 3, 0),
                     >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/core/report/all-time", Fixture, NULL, fixture_setup, test_report_all_time, fixture_teardown);
  g_test_add ("/core/report/two-weeks", Fixture, NULL, fixture_setup, test_report_two_weeks, fixture_teardown);
  g_test_add ("/core/report/empty", Fixture, NULL, fixture_setup, test_report_empty, fixture_teardown);
  g_test_add ("/core/report/format-value", Fixture, NULL, fixture_setup, test_report_format_value,
              fixture_teardown);
  g_test_add ("/core/report/json", Fixture, NULL, fixture_setup, test_report_json, fixture_teardown);
  g_test_add ("/core/report/csv", Fixture, NULL, fixture_setup, test_report_csv, fixture_teardown);
  g_test_add ("/core/report/hostile-names", Fixture, NULL, fixture_setup, test_report_hostile_names,
              fixture_teardown);
  g_test_add ("/core/report/ranges", Fixture, NULL, fixture_setup, test_report_ranges, fixture_teardown);
  g_test_add ("/core/report/parse-date", Fixture, NULL, fixture_setup, test_report_parse_date, fixture_teardown);
  g_test_add ("/core/report/async", Fixture, NULL, fixture_setup, test_report_async, fixture_teardown);
  g_test_add ("/core/report/demo", Fixture, NULL, fixture_setup, test_report_demo, fixture_teardown);

  return g_test_run ();
}
