/* pursuit-report-sections.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The report's sections, each a table built from the facts that
 * pursuit-report-compute.c derived per job, with a sentence that sums it
 * up. Runs in whatever thread computes the report. */

#define G_LOG_DOMAIN "pursuit-report"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-company.h"
#include "pursuit-report-compute-private.h"
#include "pursuit-source-label.h"

/* Past this many, companies and sources are a long tail of one
 * application each: noise as bars, so the chart stops there. */
#define MAX_CHART_ROWS 10

/* A conversion step with fewer jobs than this says little about where a
 * search stalls. */
#define MIN_STEP_JOBS 3

/* Funnel and conversion. */

PursuitReportSection *
_pursuit_report_build_funnel (Work *work)
{
  Input *input = work->input;
  PursuitReportSection *section = _pursuit_report_section_new ("funnel", _("Funnel"),
                                                               PURSUIT_REPORT_CHART_FUNNEL, 0);
  guint total = 0, applied = 0, interviewed = 0;

  _pursuit_report_section_add_column (section, "reached", _("Reached"), PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "current", _("Now"), PURSUIT_REPORT_UNIT_COUNT);

  for (guint s = 0; s < input->stages->len; s++)
    {
      StageInfo *stage = &g_array_index (input->stages, StageInfo, s);
      guint row, reached = 0, current = 0;

      if (!is_progress (stage->category))
        continue;

      row = _pursuit_report_section_add_row (section, stage->key, stage->label);
      for (guint i = 0; i < input->jobs->len; i++)
        {
          JobRow *job = &g_array_index (input->jobs, JobRow, i);
          JobFacts *facts = &work->facts[i];

          if (!facts->in_range)
            continue;
          if (facts->reached >= stage->category)
            {
              reached++;
              _pursuit_report_section_add_job_id (section, row, job->id);
            }
          if (job->stage == (int)s)
            current++;
        }

      _pursuit_report_section_set_value (section, row, 0, reached);
      _pursuit_report_section_set_value (section, row, 1, current);
    }

  for (guint i = 0; i < input->jobs->len; i++)
    {
      JobFacts *facts = &work->facts[i];

      if (!facts->in_range)
        continue;
      total++;
      applied += facts->reached >= CAT_APPLIED;
      interviewed += facts->reached >= CAT_INTERVIEW_SCHEDULED;
    }

  if (total == 0)
    _pursuit_report_section_set_summary (section, _("No jobs in this period."));
  else
    {
      /* Translators: the funnel's summary; the first number is of jobs
       * applied to, the second of all jobs, the third of interviews */
      g_autofree char *summary = g_strdup_printf (ngettext ("Applied to %u of %u job; %u reached an interview.",
                                                            "Applied to %u of %u jobs; %u reached an interview.",
                                                            total),
                                                  applied, total, interviewed);

      _pursuit_report_section_set_summary (section, summary);
    }

  return section;
}

/* Where the search stalls: the conversion row with the lowest rate among
 * those with at least @least jobs at its start; -1 when none. */
static int
find_worst_step (PursuitReportSection *section,
                 double                least,
                 double               *out_rate)
{
  int worst = -1;

  for (guint row = 0; row < pursuit_report_section_get_n_rows (section); row++)
    {
      double from = pursuit_report_section_get_value (section, row, 0);
      double rate = pursuit_report_section_get_value (section, row, 2);

      if (from >= least && (worst < 0 || rate < *out_rate))
        {
          worst = (int)row;
          *out_rate = rate;
        }
    }

  return worst;
}

PursuitReportSection *
_pursuit_report_build_conversion (PursuitReportSection *funnel)
{
  PursuitReportSection *section = _pursuit_report_section_new ("conversion", _("Conversion"),
                                                               PURSUIT_REPORT_CHART_HBARS, 2);
  guint n = pursuit_report_section_get_n_rows (funnel);
  int worst;
  double worst_rate = 0;

  _pursuit_report_section_add_column (section, "from", _("From"), PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "to", _("To"), PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "rate", _("Rate"), PURSUIT_REPORT_UNIT_PERCENT);

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *key = g_strconcat (pursuit_report_section_get_row_key (funnel, i), ">",
                                          pursuit_report_section_get_row_key (funnel, i + 1), NULL);
      /* Translators: a step of the funnel, "Applied → Screening" */
      g_autofree char *label = g_strdup_printf (_("%s → %s"),
                                                pursuit_report_section_get_row_label (funnel, i),
                                                pursuit_report_section_get_row_label (funnel, i + 1));
      double from = pursuit_report_section_get_value (funnel, i, 0);
      double to = pursuit_report_section_get_value (funnel, i + 1, 0);
      const gint64 *ids;
      guint n_ids, row;

      row = _pursuit_report_section_add_row (section, key, label);
      _pursuit_report_section_set_value (section, row, 0, from);
      _pursuit_report_section_set_value (section, row, 1, to);
      _pursuit_report_section_set_value (section, row, 2, ratio (to, from));

      ids = pursuit_report_section_get_row_job_ids (funnel, i + 1, &n_ids);
      for (guint j = 0; j < n_ids; j++)
        _pursuit_report_section_add_job_id (section, row, ids[j]);
    }

  /* Two offers not accepted yet are no pattern: look at steps with a
   * few jobs behind them first. */
  worst = find_worst_step (section, MIN_STEP_JOBS, &worst_rate);
  if (worst < 0)
    worst = find_worst_step (section, 1, &worst_rate);

  if (worst < 0 || pursuit_report_section_is_empty (section))
    _pursuit_report_section_set_summary (section, _("Nothing moved between stages in this period."));
  else
    {
      g_autofree char *rate = pursuit_report_format_percent (worst_rate);
      /* Translators: the conversion's summary, where the search stalls:
       * "Jobs stall most after Applied: 12% moved on to Screening." */
      g_autofree char *summary = g_strdup_printf (_("Jobs stall most after %s: %s moved on to %s."),
                                                  pursuit_report_section_get_row_label (funnel, worst),
                                                  rate,
                                                  pursuit_report_section_get_row_label (funnel, worst + 1));

      _pursuit_report_section_set_summary (section, summary);
    }

  return section;
}

/* Response times. */

static const struct { const char *key; gint64 up_to; } response_buckets[] = {
  { "0-2", 2 },
  { "3-7", 7 },
  { "8-14", 14 },
  { "15-30", 30 },
  { "31+", G_MAXINT64 },
};

PursuitReportSection *
_pursuit_report_build_response_times (Work   *work,
                      double  median)
{
  Input *input = work->input;
  PursuitReportSection *section = _pursuit_report_section_new ("response-times", _("Time to First Response"),
                                                               PURSUIT_REPORT_CHART_HISTOGRAM, 0);
  guint counts[G_N_ELEMENTS (response_buckets)] = { 0 };

  _pursuit_report_section_add_column (section, "applications", _("Applications"), PURSUIT_REPORT_UNIT_COUNT);

  for (guint b = 0; b < G_N_ELEMENTS (response_buckets); b++)
    {
      /* Translators: a bucket of days to a response, "3-7 days" */
      g_autofree char *label = g_strdup_printf (_("%s days"), response_buckets[b].key);

      _pursuit_report_section_add_row (section, response_buckets[b].key, label);
    }

  for (guint i = 0; i < input->jobs->len; i++)
    {
      JobFacts *facts = &work->facts[i];
      gint64 days;
      guint b = 0;

      if (!is_application (facts) || !has_response (facts))
        continue;

      days = response_days (facts);
      while (days > response_buckets[b].up_to)
        b++;
      counts[b]++;
      _pursuit_report_section_add_job_id (section, b, g_array_index (input->jobs, JobRow, i).id);
    }

  for (guint b = 0; b < G_N_ELEMENTS (response_buckets); b++)
    _pursuit_report_section_set_value (section, b, 0, counts[b]);

  if (median < 0)
    _pursuit_report_section_set_summary (section, _("No responses in this period yet."));
  else
    {
      /* Whole days, as the headline figure shows it. */
      g_autofree char *days = _pursuit_report_format_days (floor (median));
      /* Translators: the median time to a first response, "Employers took
       * a median of 6 days to answer." */
      g_autofree char *summary = g_strdup_printf (_("Employers took a median of %s to answer."), days);

      _pursuit_report_section_set_summary (section, summary);
    }

  return section;
}

/* Applications per week. */

#define MAX_WEEKS (52 * 10)

static GDateTime *
monday_of (gint64     at,
           GTimeZone *time_zone)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_timezone (utc, time_zone) : NULL;
  g_autoptr(GDateTime) midnight = NULL;

  if (local == NULL)
    return NULL;

  midnight = g_date_time_new (time_zone, g_date_time_get_year (local), g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local), 0, 0, 0);
  if (midnight == NULL)
    return NULL;

  return g_date_time_add_days (midnight, 1 - g_date_time_get_day_of_week (local));
}

PursuitReportSection *
_pursuit_report_build_weekly (Work *work)
{
  Input *input = work->input;
  PursuitReportSection *section = _pursuit_report_section_new ("weekly", _("Applications per Week"),
                                                               PURSUIT_REPORT_CHART_BARS, 0);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) week = NULL;
  gint64 first = NO_TIME, last = G_MININT64;
  gint64 lo = input->from, hi = input->to;
  guint applications = 0;

  _pursuit_report_section_add_column (section, "applications", _("Applications"), PURSUIT_REPORT_UNIT_COUNT);

  for (guint i = 0; i < input->jobs->len; i++)
    {
      JobFacts *facts = &work->facts[i];

      if (!is_application (facts))
        continue;
      first = MIN (first, facts->applied_at);
      last = MAX (last, facts->applied_at);
      applications++;
    }

  /* "All time" and other huge ranges: from the first application to now,
   * not from 1970. */
  if (hi == G_MAXINT64 || hi - lo > (gint64)MAX_WEEKS * 7 * 24 * 3600)
    {
      if (applications == 0)
        {
          _pursuit_report_section_set_summary (section, _("No applications in this period."));
          return section;
        }
      lo = MAX (lo, first);
      hi = MIN (hi, MAX (last + 1, input->now));
    }

  week = monday_of (lo, input->time_zone);
  while (week != NULL && g_date_time_to_unix (week) < hi && starts->len < MAX_WEEKS * 2)
    {
      gint64 start = g_date_time_to_unix (week);
      g_autofree char *key = g_date_time_format (week, "%G-W%V");
      /* Translators: a week in the applications-per-week chart, named by
       * its Monday, "3 Nov"; see g_date_time_format() */
      g_autofree char *label = g_date_time_format (week, C_("report week", "%-d %b"));
      GDateTime *next = g_date_time_add_weeks (week, 1);

      g_array_append_val (starts, start);
      _pursuit_report_section_add_row (section, key, label);
      g_date_time_unref (week);
      week = next;
    }

  for (guint i = 0; i < input->jobs->len; i++)
    {
      JobFacts *facts = &work->facts[i];
      guint low = 0, high = starts->len;

      if (!is_application (facts) || starts->len == 0 ||
          facts->applied_at < g_array_index (starts, gint64, 0))
        continue;

      /* The last week starting at or before the application. */
      while (high - low > 1)
        {
          guint mid = (low + high) / 2;

          if (g_array_index (starts, gint64, mid) <= facts->applied_at)
            low = mid;
          else
            high = mid;
        }

      _pursuit_report_section_add_job_id (section, low, g_array_index (input->jobs, JobRow, i).id);
      _pursuit_report_section_set_value (section, low, 0,
                                         pursuit_report_section_get_value (section, low, 0) + 1);
    }

  if (applications == 0 || starts->len == 0)
    _pursuit_report_section_set_summary (section, _("No applications in this period."));
  else
    {
      g_autofree char *average = g_strdup_printf ("%.1f", (double)applications / starts->len);
      /* Translators: "2.5 applications a week on average." */
      g_autofree char *summary = g_strdup_printf (_("%s applications a week on average."), average);

      _pursuit_report_section_set_summary (section, summary);
    }

  return section;
}

/* Outcomes by source, company and score band. */

typedef struct
{
  char     *key;
  char     *label;
  guint     order;  /* score bands keep theirs */
  guint     applications;
  guint     responses;
  guint     interviews;
  guint     offers;
  guint     rejections;
  GArray   *job_ids;
  GHashTable *spellings;  /* company name → count, for the label */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->key);
  g_free (group->label);
  g_array_unref (group->job_ids);
  g_clear_pointer (&group->spellings, g_hash_table_unref);
  g_free (group);
}

static Group *
lookup_group (GHashTable *groups,
              const char *key,
              const char *label)
{
  Group *group = g_hash_table_lookup (groups, key);

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->key = g_strdup (key);
      group->label = g_strdup (label);
      group->order = g_hash_table_size (groups);
      group->job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_hash_table_insert (groups, group->key, group);
    }

  return group;
}

static void
count_job (Group    *group,
           JobRow   *job,
           JobFacts *facts)
{
  group->applications++;
  group->responses += has_response (facts);
  group->interviews += facts->reached >= CAT_INTERVIEW_SCHEDULED;
  group->offers += facts->reached >= CAT_OFFER;
  group->rejections += job->category == CAT_REJECTED;
  g_array_append_val (group->job_ids, job->id);
}

static int
compare_by_applications (gconstpointer a,
                         gconstpointer b)
{
  const Group *x = *(Group * const *)a;
  const Group *y = *(Group * const *)b;

  if (x->applications != y->applications)
    return x->applications > y->applications ? -1 : 1;

  return strcmp (x->label, y->label);
}

static int
compare_by_order (gconstpointer a,
                  gconstpointer b)
{
  const Group *x = *(Group * const *)a;
  const Group *y = *(Group * const *)b;

  return (x->order > y->order) - (x->order < y->order);
}

static PursuitReportSection *
new_outcome_section (const char *id,
                     const char *title)
{
  PursuitReportSection *section = _pursuit_report_section_new (id, title, PURSUIT_REPORT_CHART_HBARS, 5);

  _pursuit_report_section_add_column (section, "applications", _("Applications"), PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "responses", _("Responses"), PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "interviews", _("Interviews"), PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "offers", _("Offers"), PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "rejections", _("Rejections"), PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "response_rate", _("Response Rate"), PURSUIT_REPORT_UNIT_PERCENT);
  _pursuit_report_section_add_column (section, "interview_rate", _("Interview Rate"), PURSUIT_REPORT_UNIT_PERCENT);

  return section;
}

/* Rows from @groups, sorted by @compare; returns the groups in that
 * order. */
static GPtrArray *
fill_outcome_rows (PursuitReportSection *section,
                   GHashTable           *groups,
                   GCompareFunc          compare)
{
  GPtrArray *sorted = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, compare);

  for (guint i = 0; i < sorted->len; i++)
    {
      Group *group = g_ptr_array_index (sorted, i);
      guint row = _pursuit_report_section_add_row (section, group->key, group->label);

      _pursuit_report_section_set_value (section, row, 0, group->applications);
      _pursuit_report_section_set_value (section, row, 1, group->responses);
      _pursuit_report_section_set_value (section, row, 2, group->interviews);
      _pursuit_report_section_set_value (section, row, 3, group->offers);
      _pursuit_report_section_set_value (section, row, 4, group->rejections);
      _pursuit_report_section_set_value (section, row, 5, ratio (group->responses, group->applications));
      _pursuit_report_section_set_value (section, row, 6, ratio (group->interviews, group->applications));
      for (guint j = 0; j < group->job_ids->len; j++)
        _pursuit_report_section_add_job_id (section, row, g_array_index (group->job_ids, gint64, j));
    }

  return sorted;
}

/* "Most applications went through LinkedIn; 30 % of them were
 * answered." */
static void
summarize_outcomes (PursuitReportSection *section,
                    GPtrArray            *sorted,
                    gboolean              companies)
{
  Group *top;
  g_autofree char *rate = NULL;
  g_autofree char *summary = NULL;

  if (sorted->len == 0)
    {
      _pursuit_report_section_set_summary (section, _("No applications in this period."));
      return;
    }

  top = g_ptr_array_index (sorted, 0);
  rate = pursuit_report_format_percent (ratio (top->responses, top->applications));
  if (companies)
    /* Translators: the by-company summary, "Most applications went to
     * Acme, and 50% of those got an answer." */
    summary = g_strdup_printf (_("Most applications went to %s, and %s of those got an answer."), top->label, rate);
  else
    /* Translators: the by-source summary, "Most applications went
     * through LinkedIn, and 30% of those got an answer." */
    summary = g_strdup_printf (_("Most applications went through %s, and %s of those got an answer."),
                               top->label, rate);
  _pursuit_report_section_set_summary (section, summary);

  /* The table keeps every row; the chart only the most applied to. */
  if (sorted->len > MAX_CHART_ROWS)
    {
      g_autofree char *caption = NULL;

      if (companies)
        /* Translators: under the by-company chart, "Top 10 of 35 companies;
         * the table lists them all." */
        caption = g_strdup_printf (ngettext ("Top %u of %u company; the table lists them all.",
                                             "Top %u of %u companies; the table lists them all.",
                                             sorted->len),
                                   MAX_CHART_ROWS, sorted->len);
      else
        /* Translators: under the by-source chart, "Top 10 of 14 sources;
         * the table lists them all." */
        caption = g_strdup_printf (ngettext ("Top %u of %u source; the table lists them all.",
                                             "Top %u of %u sources; the table lists them all.",
                                             sorted->len),
                                   MAX_CHART_ROWS, sorted->len);
      _pursuit_report_section_set_chart_rows (section, MAX_CHART_ROWS, caption);
    }
}

PursuitReportSection *
_pursuit_report_build_by_source (Work *work)
{
  Input *input = work->input;
  PursuitReportSection *section = new_outcome_section ("by-source", _("By Source"));
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, group_free);
  g_autoptr(GPtrArray) sorted = NULL;

  for (guint i = 0; i < input->jobs->len; i++)
    {
      JobRow *job = &g_array_index (input->jobs, JobRow, i);
      JobFacts *facts = &work->facts[i];
      const char *known;
      g_autofree char *label = NULL;

      if (!is_application (facts))
        continue;

      /* "linkedin", "LinkedIn" and "www.linkedin.com" are one row. */
      if (job->source == NULL || *job->source == '\0')
        {
          count_job (lookup_group (groups, "", _("Unknown")), job, facts);
          continue;
        }

      known = pursuit_source_get_known_key (job->source);
      label = pursuit_source_dup_label (job->source);
      count_job (lookup_group (groups, known != NULL ? known : job->source, label), job, facts);
    }

  sorted = fill_outcome_rows (section, groups, compare_by_applications);
  summarize_outcomes (section, sorted, FALSE);

  return section;
}

PursuitReportSection *
_pursuit_report_build_by_company (Work *work)
{
  Input *input = work->input;
  PursuitReportSection *section = new_outcome_section ("by-company", _("By Company"));
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, group_free);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GPtrArray) sorted = NULL;
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < input->jobs->len; i++)
    {
      JobRow *job = &g_array_index (input->jobs, JobRow, i);
      JobFacts *facts = &work->facts[i];
      const char *key = NULL;
      Group *group;

      if (!is_application (facts))
        continue;

      /* Names are interned: one key per distinct spelling. */
      if (job->company != NULL)
        {
          if (!g_hash_table_lookup_extended (keys, job->company, NULL, (gpointer *)&key))
            {
              char *made = pursuit_company_key_for_name (job->company);

              g_hash_table_insert (keys, (gpointer)job->company, made);
              key = made;
            }
        }

      group = lookup_group (groups, key != NULL ? key : "", _("Unknown"));
      count_job (group, job, facts);
      if (key != NULL)
        {
          if (group->spellings == NULL)
            group->spellings = g_hash_table_new (g_str_hash, g_str_equal);
          g_hash_table_insert (group->spellings, (gpointer)job->company,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (group->spellings,
                                                                                        job->company)) + 1));
        }
    }

  /* The spelling most of the company's jobs use, as the company page
   * names it. */
  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Group *group = value;
      GHashTableIter spellings;
      gpointer name, count;
      const char *best = NULL;
      guint best_count = 0;

      if (group->spellings == NULL)
        continue;

      g_hash_table_iter_init (&spellings, group->spellings);
      while (g_hash_table_iter_next (&spellings, &name, &count))
        if (GPOINTER_TO_UINT (count) > best_count ||
            (GPOINTER_TO_UINT (count) == best_count && strcmp (name, best) < 0))
          {
            best = name;
            best_count = GPOINTER_TO_UINT (count);
          }

      g_free (group->label);
      group->label = g_strdup (best);
    }

  sorted = fill_outcome_rows (section, groups, compare_by_applications);
  summarize_outcomes (section, sorted, TRUE);

  return section;
}

/* Whether any job in the range was applied to: without one, the outcome
 * sections have no rows at all. */
static gboolean
any_application (Work *work)
{
  for (guint i = 0; i < work->input->jobs->len; i++)
    if (is_application (&work->facts[i]))
      return TRUE;

  return FALSE;
}

static const char * const score_bands[] = { "80-100", "60-79", "40-59", "0-39", "none" };

static guint
score_band (int score)
{
  if (score < 0)
    return 4;
  if (score >= 80)
    return 0;
  if (score >= 60)
    return 1;
  if (score >= 40)
    return 2;
  return 3;
}

/* Where a search stalls by fit: good matches answered more often than
 * poor ones? A band without applications has no rate to claim. */
static void
summarize_scores (PursuitReportSection  *section,
                  Group                **bands)
{
  guint high_applications = bands[0]->applications;
  guint low_applications = bands[2]->applications + bands[3]->applications;
  g_autofree char *high = pursuit_report_format_percent (ratio (bands[0]->responses, high_applications));
  g_autofree char *low = pursuit_report_format_percent (ratio (bands[2]->responses + bands[3]->responses,
                                                               low_applications));
  g_autofree char *summary = NULL;

  if (high_applications > 0 && low_applications > 0)
    /* Translators: the by-score summary, "Jobs scoring 80 or more got
     * answers 40% of the time; below 60, 10%." */
    summary = g_strdup_printf (_("Jobs scoring 80 or more got answers %s of the time; below 60, %s."), high, low);
  else if (high_applications > 0)
    /* Translators: the by-score summary when no application scored below 60 */
    summary = g_strdup_printf (_("Jobs scoring 80 or more got answers %s of the time; none scored below 60."), high);
  else if (low_applications > 0)
    /* Translators: the by-score summary when no application scored 80 or more */
    summary = g_strdup_printf (_("Jobs scoring below 60 got answers %s of the time; none scored 80 or more."), low);
  else
    summary = g_strdup (_("Too few scored applications to compare high and low scores."));

  _pursuit_report_section_set_summary (section, summary);
}

PursuitReportSection *
_pursuit_report_build_by_score (Work *work)
{
  Input *input = work->input;
  PursuitReportSection *section = new_outcome_section ("by-score", _("By Match Score"));
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, group_free);
  g_autoptr(GPtrArray) sorted = NULL;
  Group *bands[G_N_ELEMENTS (score_bands)] = { NULL };
  gboolean any = any_application (work);

  /* Every band, in order, so the chart reads like a scale; none at all
   * when nothing was applied to. */
  if (any)
    for (guint b = 0; b < G_N_ELEMENTS (score_bands); b++)
      bands[b] = lookup_group (groups, score_bands[b],
                               b + 1 < G_N_ELEMENTS (score_bands) ? score_bands[b] : _("No score"));

  for (guint i = 0; any && i < input->jobs->len; i++)
    {
      JobRow *job = &g_array_index (input->jobs, JobRow, i);
      JobFacts *facts = &work->facts[i];

      if (is_application (facts))
        count_job (bands[score_band (job->score)], job, facts);
    }

  /* "No score" is no step of the scale: a row of zeros there would only
   * claim a 0% rate that nothing measured. */
  if (any && bands[G_N_ELEMENTS (score_bands) - 1]->applications == 0)
    {
      g_hash_table_remove (groups, score_bands[G_N_ELEMENTS (score_bands) - 1]);
      bands[G_N_ELEMENTS (score_bands) - 1] = NULL;
    }

  sorted = fill_outcome_rows (section, groups, compare_by_order);

  if (!any)
    _pursuit_report_section_set_summary (section, _("No applications in this period."));
  else
    summarize_scores (section, bands);

  return section;
}

/* Whether following up pays; a side without applications has no rate. */
static void
summarize_follow_ups (PursuitReportSection *section,
                      const guint           applications[2],
                      const guint           responses[2])
{
  g_autofree char *with = pursuit_report_format_percent (ratio (responses[0], applications[0]));
  g_autofree char *without = pursuit_report_format_percent (ratio (responses[1], applications[1]));
  g_autofree char *summary = NULL;

  if (applications[0] > 0 && applications[1] > 0)
    /* Translators: the follow-ups' summary, "Applications with a follow-up
     * got answers 40% of the time; without one, 20%." */
    summary = g_strdup_printf (_("Applications with a follow-up got answers %s of the time; without one, %s."),
                               with, without);
  else if (applications[0] > 0)
    /* Translators: the follow-ups' summary when every application had one */
    summary = g_strdup_printf (_("Every application had a follow-up; %s got answers."), with);
  else
    /* Translators: the follow-ups' summary when none was sent */
    summary = g_strdup_printf (_("No follow-ups before a response yet; %s of applications got answers without one."),
                               without);

  _pursuit_report_section_set_summary (section, summary);
}

PursuitReportSection *
_pursuit_report_build_follow_ups (Work *work)
{
  Input *input = work->input;
  PursuitReportSection *section = _pursuit_report_section_new ("follow-ups", _("Follow-Ups"),
                                                               PURSUIT_REPORT_CHART_HBARS, 2);
  guint applications[2] = { 0 }, responses[2] = { 0 };
  guint rows[2];
  gboolean any = any_application (work);

  _pursuit_report_section_add_column (section, "applications", _("Applications"), PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "responses", _("Responses"), PURSUIT_REPORT_UNIT_COUNT);
  _pursuit_report_section_add_column (section, "response_rate", _("Response Rate"), PURSUIT_REPORT_UNIT_PERCENT);

  if (!any)
    {
      _pursuit_report_section_set_summary (section, _("No applications in this period."));
      return section;
    }

  rows[0] = _pursuit_report_section_add_row (section, "with", _("With a follow-up"));
  rows[1] = _pursuit_report_section_add_row (section, "without", _("Without a follow-up"));

  for (guint i = 0; i < input->jobs->len; i++)
    {
      JobFacts *facts = &work->facts[i];
      guint which;

      if (!is_application (facts))
        continue;

      which = facts->follow_up_at != NO_TIME && facts->follow_up_at < facts->response_at ? 0 : 1;
      applications[which]++;
      responses[which] += has_response (facts);
      _pursuit_report_section_add_job_id (section, rows[which], g_array_index (input->jobs, JobRow, i).id);
    }

  for (guint w = 0; w < 2; w++)
    {
      _pursuit_report_section_set_value (section, rows[w], 0, applications[w]);
      _pursuit_report_section_set_value (section, rows[w], 1, responses[w]);
      _pursuit_report_section_set_value (section, rows[w], 2, ratio (responses[w], applications[w]));
    }

  summarize_follow_ups (section, applications, responses);

  return section;
}
