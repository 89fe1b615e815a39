/* pursuit-report-compute.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The report's numbers. The store is read in a few flat queries (jobs,
 * stage changes, interviews, follow-ups, classified mail) into plain
 * arrays, in the calling thread since the store's connection is not
 * shared; everything after that is arithmetic on those arrays and may run
 * in a worker thread. The definitions are the header's. */

#define G_LOG_DOMAIN "pursuit-report"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-pipeline.h"
#include "pursuit-report-compute-private.h"
#include "pursuit-store-private.h"

/* The Category enum follows the pipeline's order of categories. */
static const char *
category_key (int category)
{
  const char * const *keys = pursuit_pipeline_get_categories ();

  g_assert (category >= 0 && category < N_CATEGORIES && keys[category] != NULL);
  return keys[category];
}

static void
input_free (Input *input)
{
  g_clear_pointer (&input->time_zone, g_time_zone_unref);
  g_clear_pointer (&input->strings, g_string_chunk_free);
  g_clear_pointer (&input->stages, g_array_unref);
  g_clear_pointer (&input->jobs, g_array_unref);
  g_clear_pointer (&input->events, g_array_unref);
  g_clear_pointer (&input->interviews, g_array_unref);
  g_clear_pointer (&input->follow_ups, g_array_unref);
  g_clear_pointer (&input->mail, g_array_unref);
  g_free (input);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Input, input_free)

static int
category_index (const char *category)
{
  if (category == NULL)
    return -1;

  for (int i = 0; i < N_CATEGORIES; i++)
    if (g_str_equal (category_key (i), category))
      return i;

  return -1;
}

static const char *
intern (Input        *input,
        const char   *text)
{
  return text != NULL ? g_string_chunk_insert_const (input->strings, text) : NULL;
}

/* Stage keys to categories: the board's columns, and the built-in keys for
 * events naming a column that has since been removed. */
static GHashTable *
read_stages (PursuitStore *store,
             Input        *input)
{
  g_autoptr(GPtrArray) stages = pursuit_store_list_stages (store);
  GHashTable *by_key = g_hash_table_new (g_str_hash, g_str_equal);

  input->stages = g_array_new (FALSE, FALSE, sizeof (StageInfo));

  for (guint i = 0; stages != NULL && i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);
      const char *label = pursuit_stage_get_label (stage);
      StageInfo info;

      info.key = intern (input, pursuit_stage_get_key (stage));
      info.category = category_index (pursuit_stage_get_category (stage));
      if (label == NULL || *label == '\0')
        label = info.category >= 0 ? pursuit_pipeline_get_default_label (category_key (info.category)) : NULL;
      info.label = intern (input, label != NULL ? label : info.key);
      g_array_append_val (input->stages, info);
      g_hash_table_insert (by_key, (gpointer)info.key, GINT_TO_POINTER (i + 1));
    }

  return by_key;
}

static int
stage_category (Input      *input,
                GHashTable *by_key,
                const char *key)
{
  gpointer found;

  if (key == NULL)
    return -1;

  found = g_hash_table_lookup (by_key, key);
  if (found != NULL)
    return g_array_index (input->stages, StageInfo, GPOINTER_TO_INT (found) - 1).category;

  return category_index (key);
}

/* "YYYY-MM-DD" to its local midnight; NO_TIME for anything else. */
static gint64
applied_midnight (const char *date,
                  GTimeZone  *time_zone)
{
  gint64 at;

  if (date == NULL || !pursuit_report_parse_date (date, time_zone, &at, NULL))
    return NO_TIME;

  return at;
}

static const char read_jobs_sql[] =
  "SELECT j.id, j.stage, j.applied_date, j.created_at, j.source, j.match_score, c.name"
  " FROM jobs j LEFT JOIN companies c ON c.id = j.company_id";
static const char read_events_sql[] =
  "SELECT job_id, from_stage, to_stage, created_at FROM events WHERE kind = 'stage-changed'";
static const char read_interviews_sql[] =
  "SELECT job_id, starts_at FROM interviews";
static const char read_follow_ups_sql[] =
  "SELECT job_id, coalesce (completed_at, due_at) FROM follow_ups WHERE status IN ('done', 'sent')";
static const char read_mail_sql[] =
  "SELECT job_id, received_at FROM mail_messages"
  " WHERE job_id IS NOT NULL AND outgoing = 0"
  " AND category IN ('rejection', 'interview', 'assessment', 'offer')";

static gboolean
finish_reading (PursuitStore  *store,
                sqlite3_stmt  *stmt,
                int            rc,
                const char    *what,
                GError       **error)
{
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (store), what);

  return TRUE;
}

static gboolean
read_jobs (PursuitStore  *store,
           Input         *input,
           GHashTable    *stage_by_key,
           GError       **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (store, read_jobs_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  input->jobs = g_array_new (FALSE, FALSE, sizeof (JobRow));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *stage = _pursuit_column_text (stmt, 1);
      gpointer found = stage != NULL ? g_hash_table_lookup (stage_by_key, stage) : NULL;
      JobRow job;

      job.id = sqlite3_column_int64 (stmt, 0);
      job.stage = GPOINTER_TO_INT (found) - 1;
      job.category = stage_category (input, stage_by_key, stage);
      job.applied_at = applied_midnight (_pursuit_column_text (stmt, 2), input->time_zone);
      job.created_at = sqlite3_column_int64 (stmt, 3);
      job.source = intern (input, _pursuit_column_text (stmt, 4));
      job.score = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? -1 : CLAMP (sqlite3_column_int (stmt, 5), 0, 100);
      job.company = intern (input, _pursuit_column_text (stmt, 6));
      g_array_append_val (input->jobs, job);
    }

  return finish_reading (store, stmt, rc, "reading jobs for a report", error);
}

static gboolean
read_events (PursuitStore  *store,
             Input         *input,
             GHashTable    *stage_by_key,
             GError       **error)
{
  sqlite3_stmt *stmt = _pursuit_store_prepare (store, read_events_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  input->events = g_array_new (FALSE, FALSE, sizeof (EventRow));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      EventRow event;

      event.job_id = sqlite3_column_int64 (stmt, 0);
      event.from_category = stage_category (input, stage_by_key, _pursuit_column_text (stmt, 1));
      event.to_category = stage_category (input, stage_by_key, _pursuit_column_text (stmt, 2));
      event.at = sqlite3_column_int64 (stmt, 3);
      g_array_append_val (input->events, event);
    }

  return finish_reading (store, stmt, rc, "reading stage changes for a report", error);
}

static GArray *
read_timed (PursuitStore  *store,
            const char    *sql,
            const char    *what,
            GError       **error)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (TimedRow));
  sqlite3_stmt *stmt = _pursuit_store_prepare (store, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TimedRow row = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1) };

      g_array_append_val (rows, row);
    }

  if (!finish_reading (store, stmt, rc, what, error))
    return NULL;

  return g_steal_pointer (&rows);
}

/* The Monday after @now's week, at midnight. */
static gint64
end_of_week (gint64     now,
             GTimeZone *time_zone)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_timezone (utc, time_zone) : NULL;
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) monday = NULL;

  if (local == NULL)
    return now;

  midnight = g_date_time_new (time_zone, g_date_time_get_year (local), g_date_time_get_month (local),
                              g_date_time_get_day_of_month (local), 0, 0, 0);
  monday = midnight != NULL ? g_date_time_add_days (midnight, 8 - g_date_time_get_day_of_week (local)) : NULL;

  return monday != NULL ? g_date_time_to_unix (monday) : now;
}

static Input *
read_input (PursuitStore  *store,
            gint64         from,
            gint64         to,
            gint64         now,
            GTimeZone     *time_zone,
            GError       **error)
{
  g_autoptr(Input) input = g_new0 (Input, 1);
  g_autoptr(GHashTable) stage_by_key = NULL;
  g_autoptr(GPtrArray) due = NULL;
  gint64 week_end;

  if (from > to)
    {
      g_set_error (error, PURSUIT_REPORT_ERROR, PURSUIT_REPORT_ERROR_INVALID_RANGE,
                   _("The report’s range starts after it ends"));
      return NULL;
    }

  input->from = from;
  input->to = to;
  input->now = now;
  input->time_zone = time_zone != NULL ? g_time_zone_ref (time_zone) : g_time_zone_new_local ();
  input->strings = g_string_chunk_new (4096);

  stage_by_key = read_stages (store, input);

  if (!read_jobs (store, input, stage_by_key, error) ||
      !read_events (store, input, stage_by_key, error) ||
      (input->interviews = read_timed (store, read_interviews_sql, "reading interviews for a report", error)) == NULL ||
      (input->follow_ups = read_timed (store, read_follow_ups_sql, "reading follow-ups for a report", error)) == NULL ||
      (input->mail = read_timed (store, read_mail_sql, "reading mail for a report", error)) == NULL)
    return NULL;

  week_end = end_of_week (now, input->time_zone);
  due = pursuit_store_list_agenda (store, now, MAX (week_end, now), input->time_zone, error);
  if (due == NULL)
    return NULL;
  input->due_this_week = due->len;

  return g_steal_pointer (&input);
}

/* The computation proper: runs in any thread. */

static JobFacts *
find_facts (Work   *work,
            gint64  job_id)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (work->index_by_id, &job_id));

  return i > 0 ? &work->facts[i - 1] : NULL;
}

/* A move that says the employer answered: onwards past applied, or a
 * rejection; not the user's own withdrawal, nor a ghosting. */
static inline gboolean
is_answer (int category)
{
  return (is_progress (category) && category > CAT_APPLIED) || category == CAT_REJECTED;
}

static void
derive_facts (Work *work)
{
  Input *input = work->input;

  for (guint i = 0; i < input->jobs->len; i++)
    {
      JobRow *job = &g_array_index (input->jobs, JobRow, i);
      JobFacts *facts = &work->facts[i];

      facts->reached = is_progress (job->category) ? job->category : CAT_SAVED;
      facts->applied_at = job->applied_at;
      facts->response_at = NO_TIME;
      facts->follow_up_at = NO_TIME;
      if (job->applied_at != NO_TIME)
        facts->reached = MAX (facts->reached, CAT_APPLIED);
      g_hash_table_insert (work->index_by_id, &job->id, GUINT_TO_POINTER (i + 1));
    }

  /* Without an applied date, the first move into an application stage. */
  for (guint i = 0; i < input->events->len; i++)
    {
      EventRow *event = &g_array_index (input->events, EventRow, i);
      JobFacts *facts = find_facts (work, event->job_id);

      if (facts == NULL)
        continue;

      if (is_progress (event->from_category))
        facts->reached = MAX (facts->reached, event->from_category);
      if (is_progress (event->to_category))
        facts->reached = MAX (facts->reached, event->to_category);

      if (is_progress (event->to_category) && event->to_category >= CAT_APPLIED &&
          g_array_index (input->jobs, JobRow, facts - work->facts).applied_at == NO_TIME &&
          event->at < facts->applied_at)
        facts->applied_at = event->at;
    }

  for (guint i = 0; i < input->interviews->len; i++)
    {
      TimedRow *row = &g_array_index (input->interviews, TimedRow, i);
      JobFacts *facts = find_facts (work, row->job_id);

      if (facts != NULL)
        facts->reached = MAX (facts->reached, CAT_INTERVIEW_SCHEDULED);
    }

  for (guint i = 0; i < input->events->len; i++)
    {
      EventRow *event = &g_array_index (input->events, EventRow, i);
      JobFacts *facts = find_facts (work, event->job_id);

      if (facts != NULL && facts->applied_at != NO_TIME && is_answer (event->to_category) &&
          event->at >= facts->applied_at && event->at < facts->response_at)
        facts->response_at = event->at;
    }

  for (guint i = 0; i < input->mail->len; i++)
    {
      TimedRow *row = &g_array_index (input->mail, TimedRow, i);
      JobFacts *facts = find_facts (work, row->job_id);

      if (facts != NULL && facts->applied_at != NO_TIME &&
          row->at >= facts->applied_at && row->at < facts->response_at)
        facts->response_at = row->at;
    }

  for (guint i = 0; i < input->follow_ups->len; i++)
    {
      TimedRow *row = &g_array_index (input->follow_ups, TimedRow, i);
      JobFacts *facts = find_facts (work, row->job_id);

      if (facts != NULL && row->at < facts->follow_up_at)
        facts->follow_up_at = row->at;
    }

  for (guint i = 0; i < input->jobs->len; i++)
    {
      JobRow *job = &g_array_index (input->jobs, JobRow, i);
      JobFacts *facts = &work->facts[i];
      gint64 at = facts->applied_at != NO_TIME ? facts->applied_at : job->created_at;

      facts->in_range = at >= input->from && at < input->to;
    }
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  gint64 x = *(const gint64 *)a;
  gint64 y = *(const gint64 *)b;

  return (x > y) - (x < y);
}

static double
median_days (Work *work)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < work->input->jobs->len; i++)
    {
      JobFacts *facts = &work->facts[i];

      if (is_application (facts) && has_response (facts))
        {
          gint64 d = response_days (facts);

          g_array_append_val (days, d);
        }
    }

  if (days->len == 0)
    return -1;

  g_array_sort (days, compare_days);
  if (days->len % 2 == 1)
    return (double)g_array_index (days, gint64, days->len / 2);

  return (g_array_index (days, gint64, days->len / 2 - 1) +
          g_array_index (days, gint64, days->len / 2)) / 2.0;
}

static guint
count_active (Input *input)
{
  guint active = 0;

  for (guint i = 0; i < input->jobs->len; i++)
    {
      int category = g_array_index (input->jobs, JobRow, i).category;

      active += category > CAT_SAVED && category < N_CATEGORIES &&
                pursuit_pipeline_is_open (category_key (category));
    }

  return active;
}

static guint
id_hash (gconstpointer key)
{
  gint64 id = *(const gint64 *)key;

  return (guint)(id ^ (id >> 32));
}

static PursuitReport *
compute (Input *input)
{
  g_autoptr(PursuitReport) report = _pursuit_report_new (input->from, input->to, input->now, input->time_zone);
  g_autoptr(PursuitReportSection) funnel = NULL;
  g_autoptr(PursuitReportSection) conversion = NULL;
  g_autoptr(PursuitReportSection) response_times = NULL;
  g_autoptr(PursuitReportSection) weekly = NULL;
  g_autoptr(PursuitReportSection) by_source = NULL;
  g_autoptr(PursuitReportSection) by_company = NULL;
  g_autoptr(PursuitReportSection) by_score = NULL;
  g_autoptr(PursuitReportSection) follow_ups = NULL;
  g_autofree JobFacts *facts = g_new0 (JobFacts, MAX (input->jobs->len, 1));
  g_autoptr(GHashTable) index_by_id = g_hash_table_new (id_hash, g_int64_equal);
  Work work = { input, facts, index_by_id };
  guint applications = 0, responses = 0, interviews = 0, offers = 0;
  double median;

  derive_facts (&work);

  for (guint i = 0; i < input->jobs->len; i++)
    {
      if (!is_application (&facts[i]))
        continue;
      applications++;
      responses += has_response (&facts[i]);
      interviews += facts[i].reached >= CAT_INTERVIEW_SCHEDULED;
      offers += facts[i].reached >= CAT_OFFER;
    }

  median = median_days (&work);
  _pursuit_report_set_figure (report, "applications", applications);
  _pursuit_report_set_figure (report, "responses", responses);
  _pursuit_report_set_figure (report, "response_rate", ratio (responses, applications));
  _pursuit_report_set_figure (report, "median_response_days", median);
  _pursuit_report_set_figure (report, "interviews", interviews);
  _pursuit_report_set_figure (report, "offers", offers);
  _pursuit_report_set_figure (report, "active", count_active (input));
  _pursuit_report_set_figure (report, "due_this_week", input->due_this_week);

  funnel = _pursuit_report_build_funnel (&work);
  conversion = _pursuit_report_build_conversion (funnel);
  response_times = _pursuit_report_build_response_times (&work, median);
  weekly = _pursuit_report_build_weekly (&work);
  by_source = _pursuit_report_build_by_source (&work);
  by_company = _pursuit_report_build_by_company (&work);
  by_score = _pursuit_report_build_by_score (&work);
  follow_ups = _pursuit_report_build_follow_ups (&work);

  _pursuit_report_add_section (report, funnel);
  _pursuit_report_add_section (report, conversion);
  _pursuit_report_add_section (report, response_times);
  _pursuit_report_add_section (report, weekly);
  _pursuit_report_add_section (report, by_source);
  _pursuit_report_add_section (report, by_company);
  _pursuit_report_add_section (report, by_score);
  _pursuit_report_add_section (report, follow_ups);

  return g_steal_pointer (&report);
}

PursuitReport *
pursuit_report_compute (PursuitStore  *store,
                        gint64         from,
                        gint64         to,
                        gint64         now,
                        GTimeZone     *time_zone,
                        GError       **error)
{
  g_autoptr(Input) input = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  input = read_input (store, from, to, now, time_zone, error);
  if (input == NULL)
    return NULL;

  return compute (input);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_pointer (task, compute (task_data), g_object_unref);
}

void
pursuit_report_compute_async (PursuitStore        *store,
                              gint64               from,
                              gint64               to,
                              gint64               now,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Input *input;

  g_return_if_fail (PURSUIT_IS_STORE (store));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  /* No source object: the worker needs nothing of the store, and the
   * store must never be finalized in a worker thread. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_report_compute_async);

  input = read_input (store, from, to, now, NULL, &error);
  if (input == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_set_task_data (task, input, (GDestroyNotify)input_free);
  g_task_run_in_thread (task, compute_thread);
}

PursuitReport *
pursuit_report_compute_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, pursuit_report_compute_async), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
