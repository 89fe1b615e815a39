/* pursuit-automation.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-automation"

#include "config.h"

#include <stdio.h>

#include "pursuit-automation.h"
#include "pursuit-match-scorer.h"
#include "pursuit-pipeline.h"

/* A step of the "applied" trigger more than this overdue when its sequence
 * starts is stale: it is not planned. */
#define STALE_AFTER (7 * G_TIME_SPAN_DAY / G_USEC_PER_SEC)

/* When the applied date lies in the past, steps count from this hour of
 * that day: a reasonable time to write a follow-up. */
#define MORNING_HOUR 9

struct _PursuitAutomation
{
  GObject       parent_instance;

  PursuitStore *store;
  /* Keeps jobs.match_score current against the active CV. */
  PursuitMatchScorer *match_scorer;
  /* Cached: g_time_zone_new_local () re-reads /etc/localtime each call. */
  GTimeZone    *time_zone;
};

G_DEFINE_FINAL_TYPE (PursuitAutomation, pursuit_automation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
category_of (PursuitAutomation *self,
             const char        *stage_key)
{
  g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self->store, stage_key);

  return stage ? g_strdup (pursuit_stage_get_category (stage)) : NULL;
}

static gboolean
category_is (const char *category,
             const char *first,
             ...)
{
  va_list args;
  gboolean found = FALSE;

  va_start (args, first);
  for (const char *candidate = first; candidate != NULL && !found; candidate = va_arg (args, const char *))
    found = g_strcmp0 (category, candidate) == 0;
  va_end (args);

  return found;
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* @days calendar days after @base in the local time zone, at the same
 * wall-clock time, so a step does not drift by an hour across a
 * daylight-saving change. */
static gint64
add_days (PursuitAutomation *self,
          gint64             base,
          int                days)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (base);
  g_autoptr(GDateTime) local = start ? g_date_time_to_timezone (start, self->time_zone) : NULL;
  g_autoptr(GDateTime) later = local ? g_date_time_add_days (local, days) : NULL;

  return later ? g_date_time_to_unix (later) : base + (gint64)days * 24 * 60 * 60;
}

/* Which steps of @sequence to plan from @base: not those already planned
 * for this job (@planned holds "key:step" of follow-ups not cancelled).
 * With @skip_overdue, of the steps already due only the last is planned,
 * and only while it is fresh: an application imported weeks after it was
 * sent should not bring a pile of overdue reminders. Returns a bit per
 * step. */
static guint32
steps_to_plan (PursuitAutomation       *self,
               PursuitFollowUpSequence *sequence,
               gint64                   base,
               GHashTable              *planned,
               gboolean                 skip_overdue)
{
  const char *key = pursuit_follow_up_sequence_get_key (sequence);
  guint n_steps = MIN (pursuit_follow_up_sequence_get_n_steps (sequence), 32);
  gint64 now = now_seconds ();
  int last_overdue = -1;
  guint32 wanted = 0;

  for (guint i = 0; i < n_steps; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s:%u", key, i + 1);
      gint64 due_at = add_days (self, base, pursuit_follow_up_sequence_get_step_days (sequence, i));

      if (g_hash_table_contains (planned, id))
        continue;

      if (due_at >= now || !skip_overdue)
        wanted |= 1u << i;
      else if (now - due_at <= STALE_AFTER)
        last_overdue = i;
    }

  if (last_overdue >= 0)
    wanted |= 1u << last_overdue;

  return wanted;
}

/* "key:step" of the job's follow-ups that are not cancelled, for
 * follow-ups of @interview_id (0: those of no interview). */
static GHashTable *
planned_steps (PursuitAutomation *self,
               gint64             job_id,
               gint64             interview_id)
{
  g_autoptr(GPtrArray) follow_ups = pursuit_store_list_follow_ups (self->store, job_id);
  GHashTable *planned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < follow_ups->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);

      if (g_strcmp0 (pursuit_follow_up_get_status (follow_up), "cancelled") == 0 ||
          pursuit_follow_up_get_interview_id (follow_up) != interview_id)
        continue;

      g_hash_table_add (planned, g_strdup_printf ("%s:%d", pursuit_follow_up_get_sequence (follow_up),
                                                  pursuit_follow_up_get_step (follow_up)));
    }

  return planned;
}

/* Plans the steps of the active sequence for @trigger, counted from
 * @base, in one transaction. */
static void
start_sequence (PursuitAutomation *self,
                gint64             job_id,
                const char        *trigger,
                gint64             base,
                gint64             interview_id)
{
  g_autoptr(PursuitFollowUpSequence) sequence = NULL;
  g_autoptr(GHashTable) planned = NULL;
  g_autoptr(GError) error = NULL;
  guint32 wanted;

  sequence = pursuit_store_get_active_sequence (self->store, trigger);
  if (sequence == NULL)
    return;

  planned = planned_steps (self, job_id, interview_id);
  wanted = steps_to_plan (self, sequence, base, planned,
                          g_str_equal (trigger, PURSUIT_SEQUENCE_TRIGGER_APPLIED));
  if (wanted == 0)
    return;

  if (!pursuit_store_begin (self->store, &error))
    goto failed;

  for (guint i = 0; i < MIN (pursuit_follow_up_sequence_get_n_steps (sequence), 32); i++)
    {
      g_autoptr(PursuitFollowUp) follow_up = NULL;

      if ((wanted & (1u << i)) == 0)
        continue;

      follow_up = pursuit_follow_up_new ();
      pursuit_follow_up_set_job_id (follow_up, job_id);
      pursuit_follow_up_set_sequence (follow_up, pursuit_follow_up_sequence_get_key (sequence));
      pursuit_follow_up_set_step (follow_up, i + 1);
      pursuit_follow_up_set_due_at (follow_up,
                                    add_days (self, base, pursuit_follow_up_sequence_get_step_days (sequence, i)));
      pursuit_follow_up_set_template (follow_up, pursuit_follow_up_sequence_get_step_template (sequence, i));
      pursuit_follow_up_set_interview_id (follow_up, interview_id);

      if (pursuit_store_add_follow_up (self->store, follow_up, &error) == 0)
        {
          pursuit_store_rollback (self->store);
          goto failed;
        }
    }

  if (pursuit_store_commit (self->store, &error))
    return;

failed:
  g_warning ("Could not plan the follow-ups of job %" G_GINT64_FORMAT ": %s", job_id, error->message);
}

/* When the application went out: the moment the job entered its stage when
 * that was on its applied date (or it has none), else the morning of the
 * applied date. */
static gint64
applied_at (PursuitAutomation *self,
            PursuitJob        *job)
{
  const char *date = pursuit_job_get_applied_date (job);
  gint64 entered = pursuit_job_get_stage_changed_at (job) > 0 ? pursuit_job_get_stage_changed_at (job)
                                                               : pursuit_job_get_updated_at (job);
  g_autoptr(GDateTime) entered_utc = g_date_time_new_from_unix_utc (entered);
  g_autoptr(GDateTime) entered_local = entered_utc ? g_date_time_to_timezone (entered_utc, self->time_zone) : NULL;
  g_autoptr(GDateTime) morning = NULL;
  int year, month, day;

  if (date == NULL || entered_local == NULL ||
      sscanf (date, "%4d-%2d-%2d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return entered;

  if (year == g_date_time_get_year (entered_local) &&
      month == g_date_time_get_month (entered_local) &&
      day == g_date_time_get_day_of_month (entered_local))
    return entered;

  morning = g_date_time_new (self->time_zone, year, month, day, MORNING_HOUR, 0, 0);
  return morning ? g_date_time_to_unix (morning) : entered;
}

static void
cancel_follow_ups (PursuitAutomation *self,
                   gint64             job_id)
{
  g_autoptr(GError) error = NULL;

  if (pursuit_store_cancel_follow_ups (self->store, job_id, &error) == 0 && error != NULL)
    g_warning ("Could not cancel the follow-ups of job %" G_GINT64_FORMAT ": %s", job_id, error->message);
}

static void
on_store_stage_changed_cb (PursuitAutomation *self,
                           PursuitJob        *job,
                           const char        *from,
                           const char        *to,
                           PursuitStore      *store)
{
  g_autofree char *category = category_of (self, to);

  if (category_is (category, PURSUIT_STAGE_APPLIED, NULL))
    start_sequence (self, pursuit_job_get_id (job), PURSUIT_SEQUENCE_TRIGGER_APPLIED,
                    applied_at (self, job), 0);
  /* Closed, or taken back to "saved" (an undone move): nobody is waiting
   * for an answer any more. */
  else if (category_is (category, PURSUIT_STAGE_REJECTED, PURSUIT_STAGE_WITHDRAWN,
                        PURSUIT_STAGE_ACCEPTED, PURSUIT_STAGE_GHOSTED, PURSUIT_STAGE_SAVED, NULL))
    cancel_follow_ups (self, pursuit_job_get_id (job));
}

static void
on_store_job_added_cb (PursuitAutomation *self,
                       PursuitJob        *job,
                       PursuitStore      *store)
{
  g_autofree char *category = category_of (self, pursuit_job_get_stage (job));

  /* A job saved straight into "applied" (an import, the CLI) gets the same
   * follow-ups as one moved there, counted from its applied date. */
  if (category_is (category, PURSUIT_STAGE_APPLIED, NULL))
    start_sequence (self, pursuit_job_get_id (job), PURSUIT_SEQUENCE_TRIGGER_APPLIED,
                    applied_at (self, job), 0);
}

static void
on_store_interview_scheduled_cb (PursuitAutomation *self,
                                 PursuitInterview  *interview,
                                 PursuitStore      *store)
{
  gint64 job_id = pursuit_interview_get_job_id (interview);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *category = NULL;

  job = pursuit_store_get_job (self->store, job_id, &error);
  if (job == NULL)
    {
      g_warning ("Interview for a missing job: %s", error->message);
      return;
    }

  category = category_of (self, pursuit_job_get_stage (job));
  if (category_is (category, PURSUIT_STAGE_APPLIED, PURSUIT_STAGE_SCREENING, PURSUIT_STAGE_INTERVIEWING, NULL))
    {
      if (!pursuit_store_move_job (self->store, job_id, PURSUIT_STAGE_INTERVIEW_SCHEDULED, NULL, &error))
        {
          g_warning ("Could not move job %" G_GINT64_FORMAT " to the interview stage: %s",
                     job_id, error->message);
          g_clear_error (&error);
        }
    }
  else if (category_is (category, PURSUIT_STAGE_REJECTED, PURSUIT_STAGE_WITHDRAWN,
                        PURSUIT_STAGE_ACCEPTED, PURSUIT_STAGE_GHOSTED, NULL))
    return;  /* closed: the thank-you would be cancelled at once anyway */

  if (g_strcmp0 (pursuit_interview_get_status (interview), "cancelled") == 0)
    return;

  /* The company has answered: "is my application still considered?"
   * would now read oddly next to the thank-you. */
  if (pursuit_store_cancel_application_follow_ups (self->store, job_id, &error) == 0 && error != NULL)
    {
      g_warning ("Could not cancel the follow-ups of job %" G_GINT64_FORMAT ": %s", job_id, error->message);
      g_clear_error (&error);
    }

  /* The thank-you counts from the end of the interview. */
  start_sequence (self, job_id, PURSUIT_SEQUENCE_TRIGGER_INTERVIEW,
                  pursuit_interview_get_ends_at (interview), pursuit_interview_get_id (interview));
}

static void
pursuit_automation_constructed (GObject *object)
{
  PursuitAutomation *self = (PursuitAutomation *)object;

  G_OBJECT_CLASS (pursuit_automation_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "stage-changed",
                           G_CALLBACK (on_store_stage_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "job-added",
                           G_CALLBACK (on_store_job_added_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "interview-scheduled",
                           G_CALLBACK (on_store_interview_scheduled_cb), self, G_CONNECT_SWAPPED);

  self->match_scorer = pursuit_match_scorer_new (self->store);
}

static void
pursuit_automation_dispose (GObject *object)
{
  PursuitAutomation *self = (PursuitAutomation *)object;

  /* A run in its thread holds the scorer: disposing it now lets go of the
   * store at once. */
  if (self->match_scorer != NULL)
    g_object_run_dispose (G_OBJECT (self->match_scorer));
  g_clear_object (&self->match_scorer);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_automation_parent_class)->dispose (object);
}

static void
pursuit_automation_finalize (GObject *object)
{
  PursuitAutomation *self = (PursuitAutomation *)object;

  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (pursuit_automation_parent_class)->finalize (object);
}

static void
pursuit_automation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PursuitAutomation *self = PURSUIT_AUTOMATION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_automation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PursuitAutomation *self = PURSUIT_AUTOMATION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_automation_class_init (PursuitAutomationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pursuit_automation_constructed;
  object_class->dispose = pursuit_automation_dispose;
  object_class->finalize = pursuit_automation_finalize;
  object_class->get_property = pursuit_automation_get_property;
  object_class->set_property = pursuit_automation_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_automation_init (PursuitAutomation *self)
{
  self->time_zone = g_time_zone_new_local ();
}

/**
 * pursuit_automation_new:
 * @store: the store to follow
 *
 * Returns: (transfer full): the automation, active until it is finalized
 */
PursuitAutomation *
pursuit_automation_new (PursuitStore *store)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_AUTOMATION, "store", store, NULL);
}

PursuitStore *
pursuit_automation_get_store (PursuitAutomation *self)
{
  g_return_val_if_fail (PURSUIT_IS_AUTOMATION (self), NULL);
  return self->store;
}
