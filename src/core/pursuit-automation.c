/* pursuit-automation.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-automation"

#include "pursuit-automation.h"
#include "pursuit-pipeline.h"

#define SEQUENCE_AFTER_APPLIED   "after_applied"
#define SEQUENCE_AFTER_INTERVIEW "after_interview"

struct _PursuitAutomation
{
  GObject       parent_instance;

  PursuitStore *store;
};

G_DEFINE_FINAL_TYPE (PursuitAutomation, pursuit_automation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Days after applying when a polite follow-up is due. */
static const int after_applied_days[] = { 3, 7, 14 };

static char *
category_of (PursuitAutomation *self,
             const char        *stage_key)
{
  g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self->store, stage_key);

  return stage ? g_strdup (pursuit_stage_get_category (stage)) : NULL;
}

static gboolean
has_pending_sequence (PursuitAutomation *self,
                      gint64             job_id,
                      const char        *sequence)
{
  g_autoptr(GPtrArray) follow_ups = pursuit_store_list_follow_ups (self->store, job_id);

  for (guint i = 0; i < follow_ups->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);

      if (g_strcmp0 (pursuit_follow_up_get_sequence (follow_up), sequence) == 0 &&
          g_strcmp0 (pursuit_follow_up_get_status (follow_up), "pending") == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
add_follow_up (PursuitAutomation  *self,
               gint64              job_id,
               const char         *sequence,
               int                 step,
               gint64              due_at,
               GError            **error)
{
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();

  pursuit_follow_up_set_job_id (follow_up, job_id);
  pursuit_follow_up_set_sequence (follow_up, sequence);
  pursuit_follow_up_set_step (follow_up, step);
  pursuit_follow_up_set_due_at (follow_up, due_at);

  return pursuit_store_add_follow_up (self->store, follow_up, error) != 0;
}

static void
schedule_after_applied (PursuitAutomation *self,
                        PursuitJob        *job)
{
  gint64 job_id = pursuit_job_get_id (job);
  gint64 applied_at = pursuit_job_get_updated_at (job);
  g_autoptr(GError) error = NULL;

  if (has_pending_sequence (self, job_id, SEQUENCE_AFTER_APPLIED))
    return;

  if (!pursuit_store_begin (self->store, &error))
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (after_applied_days); i++)
    {
      gint64 due_at = applied_at + (gint64)after_applied_days[i] * 24 * 60 * 60;

      if (!add_follow_up (self, job_id, SEQUENCE_AFTER_APPLIED, i + 1, due_at, &error))
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

static void
on_store_stage_changed_cb (PursuitAutomation *self,
                           PursuitJob        *job,
                           const char        *from,
                           const char        *to,
                           PursuitStore      *store)
{
  g_autofree char *category = category_of (self, to);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (category, PURSUIT_STAGE_APPLIED) == 0)
    {
      schedule_after_applied (self, job);
    }
  else if (g_strcmp0 (category, PURSUIT_STAGE_REJECTED) == 0 ||
           g_strcmp0 (category, PURSUIT_STAGE_WITHDRAWN) == 0 ||
           g_strcmp0 (category, PURSUIT_STAGE_ACCEPTED) == 0)
    {
      if (pursuit_store_cancel_follow_ups (self->store, pursuit_job_get_id (job), &error) == 0 &&
          error != NULL)
        g_warning ("Could not cancel the follow-ups of job %" G_GINT64_FORMAT ": %s",
                   pursuit_job_get_id (job), error->message);
    }
}

static void
on_store_job_added_cb (PursuitAutomation *self,
                       PursuitJob        *job,
                       PursuitStore      *store)
{
  g_autofree char *category = category_of (self, pursuit_job_get_stage (job));

  /* A job saved straight into "applied" (an import, the CLI) gets the same
   * reminders as one moved there. */
  if (g_strcmp0 (category, PURSUIT_STAGE_APPLIED) == 0)
    schedule_after_applied (self, job);
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
  gint64 ends_at;

  job = pursuit_store_get_job (self->store, job_id, &error);
  if (job == NULL)
    {
      g_warning ("Interview for a missing job: %s", error->message);
      return;
    }

  category = category_of (self, pursuit_job_get_stage (job));
  if (g_strcmp0 (category, PURSUIT_STAGE_APPLIED) == 0 ||
      g_strcmp0 (category, PURSUIT_STAGE_SCREENING) == 0 ||
      g_strcmp0 (category, PURSUIT_STAGE_INTERVIEWING) == 0)
    {
      if (!pursuit_store_move_job (self->store, job_id, PURSUIT_STAGE_INTERVIEW_SCHEDULED, NULL, &error))
        {
          g_warning ("Could not move job %" G_GINT64_FORMAT " to the interview stage: %s",
                     job_id, error->message);
          g_clear_error (&error);
        }
    }

  /* The thank-you note is due one day after the interview ends. */
  ends_at = pursuit_interview_get_starts_at (interview) +
            (gint64)pursuit_interview_get_duration_minutes (interview) * 60;
  if (!add_follow_up (self, job_id, SEQUENCE_AFTER_INTERVIEW, 1, ends_at + 24 * 60 * 60, &error))
    g_warning ("Could not plan the thank-you note of job %" G_GINT64_FORMAT ": %s",
               job_id, error->message);
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
}

static void
pursuit_automation_dispose (GObject *object)
{
  PursuitAutomation *self = (PursuitAutomation *)object;

  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_automation_parent_class)->dispose (object);
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
