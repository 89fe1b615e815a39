/* pursuit-document.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-document"

#include "pursuit-document.h"

struct _PursuitDocument
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  char *kind;
  char *title;
  char *path;
  gint64 created_at;
};

G_DEFINE_FINAL_TYPE (PursuitDocument, pursuit_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_PATH,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_document_finalize (GObject *object)
{
  PursuitDocument *self = (PursuitDocument *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (pursuit_document_parent_class)->finalize (object);
}

static void
pursuit_document_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PursuitDocument *self = PURSUIT_DOCUMENT (object);

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
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_document_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PursuitDocument *self = PURSUIT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_document_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_JOB_ID:
      pursuit_document_set_job_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      pursuit_document_set_kind (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      pursuit_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_PATH:
      pursuit_document_set_path (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      pursuit_document_set_created_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_document_class_init (PursuitDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_document_finalize;
  object_class->get_property = pursuit_document_get_property;
  object_class->set_property = pursuit_document_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties [PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_document_init (PursuitDocument *self)
{
}

PursuitDocument *
pursuit_document_new (void)
{
  return g_object_new (PURSUIT_TYPE_DOCUMENT, NULL);
}

/**
 * pursuit_document_copy:
 *
 * Returns: (transfer full): a new document with the same fields
 */
PursuitDocument *
pursuit_document_copy (PursuitDocument *self)
{
  PursuitDocument *copy;

  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), NULL);

  copy = pursuit_document_new ();
  pursuit_document_set_id (copy, self->id);
  pursuit_document_set_job_id (copy, self->job_id);
  pursuit_document_set_kind (copy, self->kind);
  pursuit_document_set_title (copy, self->title);
  pursuit_document_set_path (copy, self->path);
  pursuit_document_set_created_at (copy, self->created_at);

  return copy;
}

gint64
pursuit_document_get_id (PursuitDocument *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), 0);
  return self->id;
}

void
pursuit_document_set_id (PursuitDocument *self,
                        gint64           id)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

gint64
pursuit_document_get_job_id (PursuitDocument *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), 0);
  return self->job_id;
}

void
pursuit_document_set_job_id (PursuitDocument *self,
                            gint64           job_id)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT (self));

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
}

const char *
pursuit_document_get_kind (PursuitDocument *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), NULL);
  return self->kind;
}

void
pursuit_document_set_kind (PursuitDocument *self,
                          const char      *kind)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT (self));

  if (g_strcmp0 (self->kind, kind) == 0)
    return;

  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

const char *
pursuit_document_get_title (PursuitDocument *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), NULL);
  return self->title;
}

void
pursuit_document_set_title (PursuitDocument *self,
                           const char      *title)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

const char *
pursuit_document_get_path (PursuitDocument *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), NULL);
  return self->path;
}

void
pursuit_document_set_path (PursuitDocument *self,
                          const char      *path)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT (self));

  if (g_strcmp0 (self->path, path) == 0)
    return;

  g_free (self->path);
  self->path = g_strdup (path);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PATH]);
}

gint64
pursuit_document_get_created_at (PursuitDocument *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), 0);
  return self->created_at;
}

void
pursuit_document_set_created_at (PursuitDocument *self,
                                gint64           created_at)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT (self));

  if (self->created_at == created_at)
    return;

  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED_AT]);
}
