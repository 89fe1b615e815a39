/* pursuit-interview.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-interview"

#include "pursuit-interview.h"

struct _PursuitInterview
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  char *kind;
  gint64 starts_at;
  int duration_minutes;
  char *location;
  char *interviewer;
  char *notes;
  gint64 created_at;
};

G_DEFINE_FINAL_TYPE (PursuitInterview, pursuit_interview, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_KIND,
  PROP_STARTS_AT,
  PROP_DURATION_MINUTES,
  PROP_LOCATION,
  PROP_INTERVIEWER,
  PROP_NOTES,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_interview_finalize (GObject *object)
{
  PursuitInterview *self = (PursuitInterview *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->interviewer, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (pursuit_interview_parent_class)->finalize (object);
}

static void
pursuit_interview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PursuitInterview *self = PURSUIT_INTERVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_STARTS_AT:
      g_value_set_int64 (value, self->starts_at);
      break;
    case PROP_DURATION_MINUTES:
      g_value_set_int (value, self->duration_minutes);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_INTERVIEWER:
      g_value_set_string (value, self->interviewer);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interview_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PursuitInterview *self = PURSUIT_INTERVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_interview_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_JOB_ID:
      pursuit_interview_set_job_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      pursuit_interview_set_kind (self, g_value_get_string (value));
      break;
    case PROP_STARTS_AT:
      pursuit_interview_set_starts_at (self, g_value_get_int64 (value));
      break;
    case PROP_DURATION_MINUTES:
      pursuit_interview_set_duration_minutes (self, g_value_get_int (value));
      break;
    case PROP_LOCATION:
      pursuit_interview_set_location (self, g_value_get_string (value));
      break;
    case PROP_INTERVIEWER:
      pursuit_interview_set_interviewer (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      pursuit_interview_set_notes (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      pursuit_interview_set_created_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interview_class_init (PursuitInterviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_interview_finalize;
  object_class->get_property = pursuit_interview_get_property;
  object_class->set_property = pursuit_interview_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties [PROP_STARTS_AT] =
    g_param_spec_int64 ("starts-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL, flags);
  properties [PROP_INTERVIEWER] =
    g_param_spec_string ("interviewer", NULL, NULL, NULL, flags);
  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_interview_init (PursuitInterview *self)
{
}

PursuitInterview *
pursuit_interview_new (void)
{
  return g_object_new (PURSUIT_TYPE_INTERVIEW, NULL);
}

gint64
pursuit_interview_get_id (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->id;
}

void
pursuit_interview_set_id (PursuitInterview *self,
                             gint64 id)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

gint64
pursuit_interview_get_job_id (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->job_id;
}

void
pursuit_interview_set_job_id (PursuitInterview *self,
                                 gint64 job_id)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
}

const char *
pursuit_interview_get_kind (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->kind;
}

void
pursuit_interview_set_kind (PursuitInterview *self,
                               const char *kind)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->kind, kind) == 0)
    return;

  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

gint64
pursuit_interview_get_starts_at (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->starts_at;
}

void
pursuit_interview_set_starts_at (PursuitInterview *self,
                                    gint64 starts_at)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->starts_at == starts_at)
    return;

  self->starts_at = starts_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTS_AT]);
}

int
pursuit_interview_get_duration_minutes (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->duration_minutes;
}

void
pursuit_interview_set_duration_minutes (PursuitInterview *self,
                                           int duration_minutes)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->duration_minutes == duration_minutes)
    return;

  self->duration_minutes = duration_minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DURATION_MINUTES]);
}

const char *
pursuit_interview_get_location (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->location;
}

void
pursuit_interview_set_location (PursuitInterview *self,
                                   const char *location)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->location, location) == 0)
    return;

  g_free (self->location);
  self->location = g_strdup (location);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOCATION]);
}

const char *
pursuit_interview_get_interviewer (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->interviewer;
}

void
pursuit_interview_set_interviewer (PursuitInterview *self,
                                      const char *interviewer)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->interviewer, interviewer) == 0)
    return;

  g_free (self->interviewer);
  self->interviewer = g_strdup (interviewer);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INTERVIEWER]);
}

const char *
pursuit_interview_get_notes (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->notes;
}

void
pursuit_interview_set_notes (PursuitInterview *self,
                                const char *notes)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTES]);
}

gint64
pursuit_interview_get_created_at (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->created_at;
}

void
pursuit_interview_set_created_at (PursuitInterview *self,
                                     gint64 created_at)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->created_at == created_at)
    return;

  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED_AT]);
}
