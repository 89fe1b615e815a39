/* pursuit-stage.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-stage"

#include "pursuit-stage.h"

struct _PursuitStage
{
  GObject parent_instance;

  char *key;
  char *label;
  char *category;
  int position;
  char *color;
};

G_DEFINE_FINAL_TYPE (PursuitStage, pursuit_stage, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_LABEL,
  PROP_CATEGORY,
  PROP_POSITION,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_stage_finalize (GObject *object)
{
  PursuitStage *self = (PursuitStage *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (pursuit_stage_parent_class)->finalize (object);
}

static void
pursuit_stage_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PursuitStage *self = PURSUIT_STAGE (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_COLOR:
      g_value_set_string (value, self->color);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_stage_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PursuitStage *self = PURSUIT_STAGE (object);

  switch (prop_id)
    {
    case PROP_KEY:
      pursuit_stage_set_key (self, g_value_get_string (value));
      break;
    case PROP_LABEL:
      pursuit_stage_set_label (self, g_value_get_string (value));
      break;
    case PROP_CATEGORY:
      pursuit_stage_set_category (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      pursuit_stage_set_position (self, g_value_get_int (value));
      break;
    case PROP_COLOR:
      pursuit_stage_set_color (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_stage_class_init (PursuitStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_stage_finalize;
  object_class->get_property = pursuit_stage_get_property;
  object_class->set_property = pursuit_stage_set_property;

  properties [PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL, flags);
  properties [PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties [PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL, flags);
  properties [PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_stage_init (PursuitStage *self)
{
}

PursuitStage *
pursuit_stage_new (void)
{
  return g_object_new (PURSUIT_TYPE_STAGE, NULL);
}

const char *
pursuit_stage_get_key (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), NULL);
  return self->key;
}

void
pursuit_stage_set_key (PursuitStage *self,
                          const char *key)
{
  g_return_if_fail (PURSUIT_IS_STAGE (self));

  if (g_strcmp0 (self->key, key) == 0)
    return;

  g_free (self->key);
  self->key = g_strdup (key);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KEY]);
}

const char *
pursuit_stage_get_label (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), NULL);
  return self->label;
}

void
pursuit_stage_set_label (PursuitStage *self,
                            const char *label)
{
  g_return_if_fail (PURSUIT_IS_STAGE (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LABEL]);
}

const char *
pursuit_stage_get_category (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), NULL);
  return self->category;
}

void
pursuit_stage_set_category (PursuitStage *self,
                               const char *category)
{
  g_return_if_fail (PURSUIT_IS_STAGE (self));

  if (g_strcmp0 (self->category, category) == 0)
    return;

  g_free (self->category);
  self->category = g_strdup (category);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATEGORY]);
}

int
pursuit_stage_get_position (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), 0);
  return self->position;
}

void
pursuit_stage_set_position (PursuitStage *self,
                               int position)
{
  g_return_if_fail (PURSUIT_IS_STAGE (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POSITION]);
}

const char *
pursuit_stage_get_color (PursuitStage *self)
{
  g_return_val_if_fail (PURSUIT_IS_STAGE (self), NULL);
  return self->color;
}

void
pursuit_stage_set_color (PursuitStage *self,
                            const char *color)
{
  g_return_if_fail (PURSUIT_IS_STAGE (self));

  if (g_strcmp0 (self->color, color) == 0)
    return;

  g_free (self->color);
  self->color = g_strdup (color);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COLOR]);
}
