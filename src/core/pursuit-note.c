/* pursuit-note.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-note"

#include "pursuit-note.h"

struct _PursuitNote
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  char *kind;
  char *body;
  char *tags;
  int priority;
  gint64 due_at;
  gboolean done;
  gint64 created_at;
};

G_DEFINE_FINAL_TYPE (PursuitNote, pursuit_note, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_KIND,
  PROP_BODY,
  PROP_TAGS,
  PROP_PRIORITY,
  PROP_DUE_AT,
  PROP_DONE,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_note_finalize (GObject *object)
{
  PursuitNote *self = (PursuitNote *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->tags, g_free);

  G_OBJECT_CLASS (pursuit_note_parent_class)->finalize (object);
}

static void
pursuit_note_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PursuitNote *self = PURSUIT_NOTE (object);

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
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_TAGS:
      g_value_set_string (value, self->tags);
      break;
    case PROP_PRIORITY:
      g_value_set_int (value, self->priority);
      break;
    case PROP_DUE_AT:
      g_value_set_int64 (value, self->due_at);
      break;
    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_note_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PursuitNote *self = PURSUIT_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_note_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_JOB_ID:
      pursuit_note_set_job_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      pursuit_note_set_kind (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      pursuit_note_set_body (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      pursuit_note_set_tags (self, g_value_get_string (value));
      break;
    case PROP_PRIORITY:
      pursuit_note_set_priority (self, g_value_get_int (value));
      break;
    case PROP_DUE_AT:
      pursuit_note_set_due_at (self, g_value_get_int64 (value));
      break;
    case PROP_DONE:
      pursuit_note_set_done (self, g_value_get_boolean (value));
      break;
    case PROP_CREATED_AT:
      pursuit_note_set_created_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_note_class_init (PursuitNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_note_finalize;
  object_class->get_property = pursuit_note_get_property;
  object_class->set_property = pursuit_note_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties [PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL, flags);
  properties [PROP_TAGS] =
    g_param_spec_string ("tags", NULL, NULL, NULL, flags);
  properties [PROP_PRIORITY] =
    g_param_spec_int ("priority", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_DUE_AT] =
    g_param_spec_int64 ("due-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_note_init (PursuitNote *self)
{
}

PursuitNote *
pursuit_note_new (void)
{
  return g_object_new (PURSUIT_TYPE_NOTE, NULL);
}

gint64
pursuit_note_get_id (PursuitNote *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTE (self), 0);
  return self->id;
}

void
pursuit_note_set_id (PursuitNote *self,
                        gint64 id)
{
  g_return_if_fail (PURSUIT_IS_NOTE (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

gint64
pursuit_note_get_job_id (PursuitNote *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTE (self), 0);
  return self->job_id;
}

void
pursuit_note_set_job_id (PursuitNote *self,
                            gint64 job_id)
{
  g_return_if_fail (PURSUIT_IS_NOTE (self));

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
}

const char *
pursuit_note_get_kind (PursuitNote *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTE (self), NULL);
  return self->kind;
}

void
pursuit_note_set_kind (PursuitNote *self,
                          const char *kind)
{
  g_return_if_fail (PURSUIT_IS_NOTE (self));

  if (g_strcmp0 (self->kind, kind) == 0)
    return;

  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

const char *
pursuit_note_get_body (PursuitNote *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTE (self), NULL);
  return self->body;
}

void
pursuit_note_set_body (PursuitNote *self,
                          const char *body)
{
  g_return_if_fail (PURSUIT_IS_NOTE (self));

  if (g_strcmp0 (self->body, body) == 0)
    return;

  g_free (self->body);
  self->body = g_strdup (body);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BODY]);
}

const char *
pursuit_note_get_tags (PursuitNote *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTE (self), NULL);
  return self->tags;
}

void
pursuit_note_set_tags (PursuitNote *self,
                          const char *tags)
{
  g_return_if_fail (PURSUIT_IS_NOTE (self));

  if (g_strcmp0 (self->tags, tags) == 0)
    return;

  g_free (self->tags);
  self->tags = g_strdup (tags);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TAGS]);
}

int
pursuit_note_get_priority (PursuitNote *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTE (self), 0);
  return self->priority;
}

void
pursuit_note_set_priority (PursuitNote *self,
                              int priority)
{
  g_return_if_fail (PURSUIT_IS_NOTE (self));

  if (self->priority == priority)
    return;

  self->priority = priority;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PRIORITY]);
}

gint64
pursuit_note_get_due_at (PursuitNote *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTE (self), 0);
  return self->due_at;
}

void
pursuit_note_set_due_at (PursuitNote *self,
                            gint64 due_at)
{
  g_return_if_fail (PURSUIT_IS_NOTE (self));

  if (self->due_at == due_at)
    return;

  self->due_at = due_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DUE_AT]);
}

gboolean
pursuit_note_get_done (PursuitNote *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTE (self), FALSE);
  return self->done;
}

void
pursuit_note_set_done (PursuitNote *self,
                          gboolean done)
{
  g_return_if_fail (PURSUIT_IS_NOTE (self));

  done = !!done;
  if (self->done == done)
    return;

  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DONE]);
}

gint64
pursuit_note_get_created_at (PursuitNote *self)
{
  g_return_val_if_fail (PURSUIT_IS_NOTE (self), 0);
  return self->created_at;
}

void
pursuit_note_set_created_at (PursuitNote *self,
                                gint64 created_at)
{
  g_return_if_fail (PURSUIT_IS_NOTE (self));

  if (self->created_at == created_at)
    return;

  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED_AT]);
}
