/* pursuit-follow-up.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-follow-up"

#include "pursuit-follow-up.h"

struct _PursuitFollowUp
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  char *sequence;
  int step;
  gint64 due_at;
  char *status;
  char *template;
  gint64 completed_at;
  gint64 interview_id;
  gint64 created_at;
};

G_DEFINE_FINAL_TYPE (PursuitFollowUp, pursuit_follow_up, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_SEQUENCE,
  PROP_STEP,
  PROP_DUE_AT,
  PROP_STATUS,
  PROP_TEMPLATE,
  PROP_COMPLETED_AT,
  PROP_INTERVIEW_ID,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_follow_up_finalize (GObject *object)
{
  PursuitFollowUp *self = (PursuitFollowUp *)object;

  g_clear_pointer (&self->sequence, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->template, g_free);

  G_OBJECT_CLASS (pursuit_follow_up_parent_class)->finalize (object);
}

static void
pursuit_follow_up_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PursuitFollowUp *self = PURSUIT_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;
    case PROP_SEQUENCE:
      g_value_set_string (value, self->sequence);
      break;
    case PROP_STEP:
      g_value_set_int (value, self->step);
      break;
    case PROP_DUE_AT:
      g_value_set_int64 (value, self->due_at);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_TEMPLATE:
      g_value_set_string (value, self->template);
      break;
    case PROP_COMPLETED_AT:
      g_value_set_int64 (value, self->completed_at);
      break;
    case PROP_INTERVIEW_ID:
      g_value_set_int64 (value, self->interview_id);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_follow_up_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PursuitFollowUp *self = PURSUIT_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_follow_up_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_JOB_ID:
      pursuit_follow_up_set_job_id (self, g_value_get_int64 (value));
      break;
    case PROP_SEQUENCE:
      pursuit_follow_up_set_sequence (self, g_value_get_string (value));
      break;
    case PROP_STEP:
      pursuit_follow_up_set_step (self, g_value_get_int (value));
      break;
    case PROP_DUE_AT:
      pursuit_follow_up_set_due_at (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      pursuit_follow_up_set_status (self, g_value_get_string (value));
      break;
    case PROP_TEMPLATE:
      pursuit_follow_up_set_template (self, g_value_get_string (value));
      break;
    case PROP_COMPLETED_AT:
      pursuit_follow_up_set_completed_at (self, g_value_get_int64 (value));
      break;
    case PROP_INTERVIEW_ID:
      pursuit_follow_up_set_interview_id (self, g_value_get_int64 (value));
      break;
    case PROP_CREATED_AT:
      pursuit_follow_up_set_created_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_follow_up_class_init (PursuitFollowUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_follow_up_finalize;
  object_class->get_property = pursuit_follow_up_get_property;
  object_class->set_property = pursuit_follow_up_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_SEQUENCE] =
    g_param_spec_string ("sequence", NULL, NULL, NULL, flags);
  properties [PROP_STEP] =
    g_param_spec_int ("step", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_DUE_AT] =
    g_param_spec_int64 ("due-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties [PROP_TEMPLATE] =
    g_param_spec_string ("template", NULL, NULL, NULL, flags);
  properties [PROP_COMPLETED_AT] =
    g_param_spec_int64 ("completed-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_INTERVIEW_ID] =
    g_param_spec_int64 ("interview-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_follow_up_init (PursuitFollowUp *self)
{
}

PursuitFollowUp *
pursuit_follow_up_new (void)
{
  return g_object_new (PURSUIT_TYPE_FOLLOW_UP, NULL);
}

gint64
pursuit_follow_up_get_id (PursuitFollowUp *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), 0);
  return self->id;
}

void
pursuit_follow_up_set_id (PursuitFollowUp *self,
                             gint64 id)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

gint64
pursuit_follow_up_get_job_id (PursuitFollowUp *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), 0);
  return self->job_id;
}

void
pursuit_follow_up_set_job_id (PursuitFollowUp *self,
                                 gint64 job_id)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP (self));

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
}

const char *
pursuit_follow_up_get_sequence (PursuitFollowUp *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), NULL);
  return self->sequence;
}

void
pursuit_follow_up_set_sequence (PursuitFollowUp *self,
                                   const char *sequence)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->sequence, sequence) == 0)
    return;

  g_free (self->sequence);
  self->sequence = g_strdup (sequence);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEQUENCE]);
}

int
pursuit_follow_up_get_step (PursuitFollowUp *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), 0);
  return self->step;
}

void
pursuit_follow_up_set_step (PursuitFollowUp *self,
                               int step)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP (self));

  if (self->step == step)
    return;

  self->step = step;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STEP]);
}

gint64
pursuit_follow_up_get_due_at (PursuitFollowUp *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), 0);
  return self->due_at;
}

void
pursuit_follow_up_set_due_at (PursuitFollowUp *self,
                                 gint64 due_at)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP (self));

  if (self->due_at == due_at)
    return;

  self->due_at = due_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DUE_AT]);
}

const char *
pursuit_follow_up_get_status (PursuitFollowUp *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), NULL);
  return self->status;
}

void
pursuit_follow_up_set_status (PursuitFollowUp *self,
                                 const char *status)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->status, status) == 0)
    return;

  g_free (self->status);
  self->status = g_strdup (status);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

gint64
pursuit_follow_up_get_created_at (PursuitFollowUp *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), 0);
  return self->created_at;
}

void
pursuit_follow_up_set_created_at (PursuitFollowUp *self,
                                     gint64 created_at)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP (self));

  if (self->created_at == created_at)
    return;

  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED_AT]);
}

const char *
pursuit_follow_up_get_template (PursuitFollowUp *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), NULL);
  return self->template;
}

void
pursuit_follow_up_set_template (PursuitFollowUp *self,
                                const char *template_)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP (self));

  if (g_strcmp0 (self->template, template_) == 0)
    return;

  g_free (self->template);
  self->template = g_strdup (template_);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEMPLATE]);
}

gint64
pursuit_follow_up_get_completed_at (PursuitFollowUp *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), 0);
  return self->completed_at;
}

void
pursuit_follow_up_set_completed_at (PursuitFollowUp *self,
                                    gint64 completed_at)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP (self));

  if (self->completed_at == completed_at)
    return;

  self->completed_at = completed_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPLETED_AT]);
}

gint64
pursuit_follow_up_get_interview_id (PursuitFollowUp *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), 0);
  return self->interview_id;
}

void
pursuit_follow_up_set_interview_id (PursuitFollowUp *self,
                                    gint64 interview_id)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP (self));

  if (self->interview_id == interview_id)
    return;

  self->interview_id = interview_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INTERVIEW_ID]);
}

/**
 * pursuit_follow_up_copy:
 *
 * Returns: (transfer full): a new follow-up with the same values
 */
PursuitFollowUp *
pursuit_follow_up_copy (PursuitFollowUp *self)
{
  PursuitFollowUp *copy;

  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP (self), NULL);

  copy = pursuit_follow_up_new ();
  copy->id = self->id;
  copy->job_id = self->job_id;
  copy->sequence = g_strdup (self->sequence);
  copy->step = self->step;
  copy->due_at = self->due_at;
  copy->status = g_strdup (self->status);
  copy->template = g_strdup (self->template);
  copy->completed_at = self->completed_at;
  copy->interview_id = self->interview_id;
  copy->created_at = self->created_at;

  return copy;
}
