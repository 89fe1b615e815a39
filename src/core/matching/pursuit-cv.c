/* pursuit-cv.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cv"

#include "config.h"

#include "pursuit-cv.h"
#include "pursuit-matching-keys-private.h"
#include "pursuit-object-fields-private.h"

struct _PursuitCv
{
  GObject parent_instance;

  gint64 id;
  char *title;
  char *file_name;
  PursuitCvFormat format;
  char *text;
  PursuitProfile *profile;
  gboolean active;
  gint64 created_at;
  gint64 updated_at;
};

G_DEFINE_FINAL_TYPE (PursuitCv, pursuit_cv, G_TYPE_OBJECT)

G_DEFINE_QUARK (pursuit-cv-error-quark, pursuit_cv_error)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_FILE_NAME,
  PROP_FORMAT,
  PROP_TEXT,
  PROP_PROFILE,
  PROP_ACTIVE,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const format_keys[] = {
  [PURSUIT_CV_FORMAT_TEXT] = "text",
  [PURSUIT_CV_FORMAT_PDF] = "pdf",
  [PURSUIT_CV_FORMAT_DOCX] = "docx",
  [PURSUIT_CV_FORMAT_JSON_RESUME] = "json-resume",
};

const char *
pursuit_cv_format_to_string (PursuitCvFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (format_keys), NULL);

  return format_keys[format];
}

gboolean
pursuit_cv_format_from_string (const char      *key,
                               PursuitCvFormat *out)
{
  guint value;

  if (!_pursuit_matching_key_lookup (format_keys, G_N_ELEMENTS (format_keys), key, &value))
    return FALSE;

  if (out != NULL)
    *out = (PursuitCvFormat) value;
  return TRUE;
}

/* The field behind each property, for the table-driven accessors of
 * pursuit-object-fields-private.h; the format is read and written as int. */
G_STATIC_ASSERT (sizeof (PursuitCvFormat) == sizeof (int));
static const gsize fields [N_PROPS] = {
  [PROP_ID] = G_STRUCT_OFFSET (PursuitCv, id),
  [PROP_TITLE] = G_STRUCT_OFFSET (PursuitCv, title),
  [PROP_FILE_NAME] = G_STRUCT_OFFSET (PursuitCv, file_name),
  [PROP_FORMAT] = G_STRUCT_OFFSET (PursuitCv, format),
  [PROP_TEXT] = G_STRUCT_OFFSET (PursuitCv, text),
  [PROP_PROFILE] = G_STRUCT_OFFSET (PursuitCv, profile),
  [PROP_ACTIVE] = G_STRUCT_OFFSET (PursuitCv, active),
  [PROP_CREATED_AT] = G_STRUCT_OFFSET (PursuitCv, created_at),
  [PROP_UPDATED_AT] = G_STRUCT_OFFSET (PursuitCv, updated_at),
};

static void
pursuit_cv_finalize (GObject *object)
{
  _pursuit_object_clear_fields (object, fields, properties, N_PROPS);

  G_OBJECT_CLASS (pursuit_cv_parent_class)->finalize (object);
}

static void
pursuit_cv_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  _pursuit_object_get_field (object, fields, N_PROPS, prop_id, value, pspec);
}

static void
pursuit_cv_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  /* A CV always has a profile, if an empty one. */
  if (prop_id == PROP_PROFILE && g_value_get_object (value) == NULL)
    return;

  _pursuit_object_set_field (object, fields, N_PROPS, prop_id, value, pspec);
}

static void
pursuit_cv_class_init (PursuitCvClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_cv_finalize;
  object_class->get_property = pursuit_cv_get_property;
  object_class->set_property = pursuit_cv_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties [PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL, flags);
  properties [PROP_FORMAT] =
    g_param_spec_int ("format", NULL, NULL,
                      PURSUIT_CV_FORMAT_TEXT, PURSUIT_CV_FORMAT_JSON_RESUME,
                      PURSUIT_CV_FORMAT_TEXT, flags);
  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties [PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, PURSUIT_TYPE_PROFILE, flags);
  properties [PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties [PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_cv_init (PursuitCv *self)
{
  self->profile = pursuit_profile_new ();
}

PursuitCv *
pursuit_cv_new (void)
{
  return g_object_new (PURSUIT_TYPE_CV, NULL);
}

gint64
pursuit_cv_get_id (PursuitCv *self)
{
  g_return_val_if_fail (PURSUIT_IS_CV (self), 0);

  return self->id;
}

void
pursuit_cv_set_id (PursuitCv *self,
                   gint64     id)
{
  g_return_if_fail (PURSUIT_IS_CV (self));
  g_return_if_fail (id >= 0);

  _pursuit_object_set_int64 (G_OBJECT (self), &self->id, id, properties [PROP_ID]);
}

const char *
pursuit_cv_get_title (PursuitCv *self)
{
  g_return_val_if_fail (PURSUIT_IS_CV (self), NULL);

  return self->title;
}

void
pursuit_cv_set_title (PursuitCv  *self,
                      const char *title)
{
  g_return_if_fail (PURSUIT_IS_CV (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->title, title, properties [PROP_TITLE]);
}

const char *
pursuit_cv_get_file_name (PursuitCv *self)
{
  g_return_val_if_fail (PURSUIT_IS_CV (self), NULL);

  return self->file_name;
}

void
pursuit_cv_set_file_name (PursuitCv  *self,
                          const char *file_name)
{
  g_return_if_fail (PURSUIT_IS_CV (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->file_name, file_name,
                              properties [PROP_FILE_NAME]);
}

PursuitCvFormat
pursuit_cv_get_format (PursuitCv *self)
{
  g_return_val_if_fail (PURSUIT_IS_CV (self), PURSUIT_CV_FORMAT_TEXT);

  return self->format;
}

void
pursuit_cv_set_format (PursuitCv       *self,
                       PursuitCvFormat  format)
{
  g_return_if_fail (PURSUIT_IS_CV (self));
  g_return_if_fail ((guint) format < G_N_ELEMENTS (format_keys));

  _pursuit_object_set_int (G_OBJECT (self), (int *)&self->format, format, properties [PROP_FORMAT]);
}

const char *
pursuit_cv_get_text (PursuitCv *self)
{
  g_return_val_if_fail (PURSUIT_IS_CV (self), NULL);

  return self->text;
}

void
pursuit_cv_set_text (PursuitCv  *self,
                     const char *text)
{
  g_return_if_fail (PURSUIT_IS_CV (self));

  _pursuit_object_set_string (G_OBJECT (self), &self->text, text, properties [PROP_TEXT]);
}

PursuitProfile *
pursuit_cv_get_profile (PursuitCv *self)
{
  g_return_val_if_fail (PURSUIT_IS_CV (self), NULL);

  return self->profile;
}

void
pursuit_cv_set_profile (PursuitCv      *self,
                        PursuitProfile *profile)
{
  g_return_if_fail (PURSUIT_IS_CV (self));
  g_return_if_fail (PURSUIT_IS_PROFILE (profile));

  _pursuit_object_set_object (G_OBJECT (self), (GObject **)&self->profile, profile,
                              properties [PROP_PROFILE]);
}

gboolean
pursuit_cv_get_active (PursuitCv *self)
{
  g_return_val_if_fail (PURSUIT_IS_CV (self), FALSE);

  return self->active;
}

void
pursuit_cv_set_active (PursuitCv *self,
                       gboolean   active)
{
  g_return_if_fail (PURSUIT_IS_CV (self));

  _pursuit_object_set_boolean (G_OBJECT (self), &self->active, active, properties [PROP_ACTIVE]);
}

gint64
pursuit_cv_get_created_at (PursuitCv *self)
{
  g_return_val_if_fail (PURSUIT_IS_CV (self), 0);

  return self->created_at;
}

void
pursuit_cv_set_created_at (PursuitCv *self,
                           gint64     created_at)
{
  g_return_if_fail (PURSUIT_IS_CV (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->created_at, created_at,
                             properties [PROP_CREATED_AT]);
}

gint64
pursuit_cv_get_updated_at (PursuitCv *self)
{
  g_return_val_if_fail (PURSUIT_IS_CV (self), 0);

  return self->updated_at;
}

void
pursuit_cv_set_updated_at (PursuitCv *self,
                           gint64     updated_at)
{
  g_return_if_fail (PURSUIT_IS_CV (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->updated_at, updated_at,
                             properties [PROP_UPDATED_AT]);
}
