/* pursuit-document.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-document"

#include "pursuit-document.h"

#include "pursuit-object-fields-private.h"

struct _PursuitDocument
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  char *kind;
  char *title;
  char *path;
  gint64 created_at;
  char *body;
  char *template_id;
  gint64 updated_at;
  gint64 sent_at;
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
  PROP_BODY,
  PROP_TEMPLATE,
  PROP_UPDATED_AT,
  PROP_SENT_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The field behind each property, for the table-driven accessors of
 * pursuit-object-fields-private.h. */
static const gsize fields [N_PROPS] = {
  [PROP_ID] = G_STRUCT_OFFSET (PursuitDocument, id),
  [PROP_JOB_ID] = G_STRUCT_OFFSET (PursuitDocument, job_id),
  [PROP_KIND] = G_STRUCT_OFFSET (PursuitDocument, kind),
  [PROP_TITLE] = G_STRUCT_OFFSET (PursuitDocument, title),
  [PROP_PATH] = G_STRUCT_OFFSET (PursuitDocument, path),
  [PROP_CREATED_AT] = G_STRUCT_OFFSET (PursuitDocument, created_at),
  [PROP_BODY] = G_STRUCT_OFFSET (PursuitDocument, body),
  [PROP_TEMPLATE] = G_STRUCT_OFFSET (PursuitDocument, template_id),
  [PROP_UPDATED_AT] = G_STRUCT_OFFSET (PursuitDocument, updated_at),
  [PROP_SENT_AT] = G_STRUCT_OFFSET (PursuitDocument, sent_at),
};

static void
pursuit_document_finalize (GObject *object)
{
  _pursuit_object_clear_fields (object, fields, properties, N_PROPS);

  G_OBJECT_CLASS (pursuit_document_parent_class)->finalize (object);
}

static void
pursuit_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  _pursuit_object_get_field (object, fields, N_PROPS, prop_id, value, pspec);
}

static void
pursuit_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  _pursuit_object_set_field (object, fields, N_PROPS, prop_id, value, pspec);
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
  properties [PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL, flags);
  properties [PROP_TEMPLATE] =
    g_param_spec_string ("template", NULL, NULL, NULL, flags);
  properties [PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_SENT_AT] =
    g_param_spec_int64 ("sent-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

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
  pursuit_document_set_body (copy, self->body);
  pursuit_document_set_template (copy, self->template_id);
  pursuit_document_set_updated_at (copy, self->updated_at);
  pursuit_document_set_sent_at (copy, self->sent_at);

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

  _pursuit_object_set_int64 (G_OBJECT (self), &self->id, id,
                             properties [PROP_ID]);
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

  _pursuit_object_set_int64 (G_OBJECT (self), &self->job_id, job_id,
                             properties [PROP_JOB_ID]);
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

  _pursuit_object_set_string (G_OBJECT (self), &self->kind, kind,
                              properties [PROP_KIND]);
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

  _pursuit_object_set_string (G_OBJECT (self), &self->title, title,
                              properties [PROP_TITLE]);
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

  _pursuit_object_set_string (G_OBJECT (self), &self->path, path,
                              properties [PROP_PATH]);
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

  _pursuit_object_set_int64 (G_OBJECT (self), &self->created_at, created_at,
                             properties [PROP_CREATED_AT]);
}

const char *
pursuit_document_get_body (PursuitDocument *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), NULL);
  return self->body;
}

void
pursuit_document_set_body (PursuitDocument *self,
                           const char      *body)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->body, body,
                              properties [PROP_BODY]);
}

const char *
pursuit_document_get_template (PursuitDocument *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), NULL);
  return self->template_id;
}

void
pursuit_document_set_template (PursuitDocument *self,
                               const char      *template_id)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->template_id, template_id,
                              properties [PROP_TEMPLATE]);
}

gint64
pursuit_document_get_updated_at (PursuitDocument *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), 0);
  return self->updated_at;
}

void
pursuit_document_set_updated_at (PursuitDocument *self,
                                 gint64           updated_at)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->updated_at, updated_at,
                             properties [PROP_UPDATED_AT]);
}

gint64
pursuit_document_get_sent_at (PursuitDocument *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT (self), 0);
  return self->sent_at;
}

void
pursuit_document_set_sent_at (PursuitDocument *self,
                              gint64           sent_at)
{
  g_return_if_fail (PURSUIT_IS_DOCUMENT (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->sent_at, sent_at,
                             properties [PROP_SENT_AT]);
}
