/* pursuit-timeline-event.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-timeline-event"

#include "pursuit-timeline-event.h"

struct _PursuitTimelineEvent
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  char *kind;
  char *from_stage;
  char *to_stage;
  char *detail;
  char *url;
  gint64 created_at;
};

G_DEFINE_FINAL_TYPE (PursuitTimelineEvent, pursuit_timeline_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_KIND,
  PROP_FROM_STAGE,
  PROP_TO_STAGE,
  PROP_DETAIL,
  PROP_URL,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_timeline_event_finalize (GObject *object)
{
  PursuitTimelineEvent *self = (PursuitTimelineEvent *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->from_stage, g_free);
  g_clear_pointer (&self->to_stage, g_free);
  g_clear_pointer (&self->detail, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (pursuit_timeline_event_parent_class)->finalize (object);
}

static void
pursuit_timeline_event_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PursuitTimelineEvent *self = PURSUIT_TIMELINE_EVENT (object);

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
    case PROP_FROM_STAGE:
      g_value_set_string (value, self->from_stage);
      break;
    case PROP_TO_STAGE:
      g_value_set_string (value, self->to_stage);
      break;
    case PROP_DETAIL:
      g_value_set_string (value, self->detail);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_timeline_event_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PursuitTimelineEvent *self = PURSUIT_TIMELINE_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_timeline_event_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_JOB_ID:
      pursuit_timeline_event_set_job_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      pursuit_timeline_event_set_kind (self, g_value_get_string (value));
      break;
    case PROP_FROM_STAGE:
      pursuit_timeline_event_set_from_stage (self, g_value_get_string (value));
      break;
    case PROP_TO_STAGE:
      pursuit_timeline_event_set_to_stage (self, g_value_get_string (value));
      break;
    case PROP_DETAIL:
      pursuit_timeline_event_set_detail (self, g_value_get_string (value));
      break;
    case PROP_URL:
      pursuit_timeline_event_set_url (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      pursuit_timeline_event_set_created_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_timeline_event_class_init (PursuitTimelineEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_timeline_event_finalize;
  object_class->get_property = pursuit_timeline_event_get_property;
  object_class->set_property = pursuit_timeline_event_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties [PROP_FROM_STAGE] =
    g_param_spec_string ("from-stage", NULL, NULL, NULL, flags);
  properties [PROP_TO_STAGE] =
    g_param_spec_string ("to-stage", NULL, NULL, NULL, flags);
  properties [PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL, flags);
  properties [PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_timeline_event_init (PursuitTimelineEvent *self)
{
}

PursuitTimelineEvent *
pursuit_timeline_event_new (void)
{
  return g_object_new (PURSUIT_TYPE_TIMELINE_EVENT, NULL);
}

gint64
pursuit_timeline_event_get_id (PursuitTimelineEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_TIMELINE_EVENT (self), 0);
  return self->id;
}

void
pursuit_timeline_event_set_id (PursuitTimelineEvent *self,
                                  gint64 id)
{
  g_return_if_fail (PURSUIT_IS_TIMELINE_EVENT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

gint64
pursuit_timeline_event_get_job_id (PursuitTimelineEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_TIMELINE_EVENT (self), 0);
  return self->job_id;
}

void
pursuit_timeline_event_set_job_id (PursuitTimelineEvent *self,
                                      gint64 job_id)
{
  g_return_if_fail (PURSUIT_IS_TIMELINE_EVENT (self));

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
}

const char *
pursuit_timeline_event_get_kind (PursuitTimelineEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_TIMELINE_EVENT (self), NULL);
  return self->kind;
}

void
pursuit_timeline_event_set_kind (PursuitTimelineEvent *self,
                                    const char *kind)
{
  g_return_if_fail (PURSUIT_IS_TIMELINE_EVENT (self));

  if (g_strcmp0 (self->kind, kind) == 0)
    return;

  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

const char *
pursuit_timeline_event_get_from_stage (PursuitTimelineEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_TIMELINE_EVENT (self), NULL);
  return self->from_stage;
}

void
pursuit_timeline_event_set_from_stage (PursuitTimelineEvent *self,
                                          const char *from_stage)
{
  g_return_if_fail (PURSUIT_IS_TIMELINE_EVENT (self));

  if (g_strcmp0 (self->from_stage, from_stage) == 0)
    return;

  g_free (self->from_stage);
  self->from_stage = g_strdup (from_stage);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FROM_STAGE]);
}

const char *
pursuit_timeline_event_get_to_stage (PursuitTimelineEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_TIMELINE_EVENT (self), NULL);
  return self->to_stage;
}

void
pursuit_timeline_event_set_to_stage (PursuitTimelineEvent *self,
                                        const char *to_stage)
{
  g_return_if_fail (PURSUIT_IS_TIMELINE_EVENT (self));

  if (g_strcmp0 (self->to_stage, to_stage) == 0)
    return;

  g_free (self->to_stage);
  self->to_stage = g_strdup (to_stage);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TO_STAGE]);
}

const char *
pursuit_timeline_event_get_detail (PursuitTimelineEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_TIMELINE_EVENT (self), NULL);
  return self->detail;
}

void
pursuit_timeline_event_set_detail (PursuitTimelineEvent *self,
                                      const char *detail)
{
  g_return_if_fail (PURSUIT_IS_TIMELINE_EVENT (self));

  if (g_strcmp0 (self->detail, detail) == 0)
    return;

  g_free (self->detail);
  self->detail = g_strdup (detail);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DETAIL]);
}

const char *
pursuit_timeline_event_get_url (PursuitTimelineEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_TIMELINE_EVENT (self), NULL);
  return self->url;
}

void
pursuit_timeline_event_set_url (PursuitTimelineEvent *self,
                                const char           *url)
{
  g_return_if_fail (PURSUIT_IS_TIMELINE_EVENT (self));

  if (g_strcmp0 (self->url, url) == 0)
    return;

  g_free (self->url);
  self->url = g_strdup (url);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_URL]);
}

gint64
pursuit_timeline_event_get_created_at (PursuitTimelineEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_TIMELINE_EVENT (self), 0);
  return self->created_at;
}

void
pursuit_timeline_event_set_created_at (PursuitTimelineEvent *self,
                                          gint64 created_at)
{
  g_return_if_fail (PURSUIT_IS_TIMELINE_EVENT (self));

  if (self->created_at == created_at)
    return;

  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED_AT]);
}
