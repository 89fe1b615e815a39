/* pursuit-follow-up-sequence.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-follow-up-sequence"

#include "pursuit-follow-up-sequence.h"

typedef struct
{
  int   days;
  char *template_;
} Step;

struct _PursuitFollowUpSequence
{
  GObject parent_instance;

  char *key;
  char *name;
  char *trigger;
  gboolean builtin;
  gboolean active;
  GArray *steps;
};

G_DEFINE_FINAL_TYPE (PursuitFollowUpSequence, pursuit_follow_up_sequence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_NAME,
  PROP_TRIGGER,
  PROP_BUILTIN,
  PROP_ACTIVE,
  PROP_N_STEPS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
clear_step (gpointer data)
{
  Step *step = data;

  g_clear_pointer (&step->template_, g_free);
}

static void
pursuit_follow_up_sequence_finalize (GObject *object)
{
  PursuitFollowUpSequence *self = (PursuitFollowUpSequence *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->trigger, g_free);
  g_clear_pointer (&self->steps, g_array_unref);

  G_OBJECT_CLASS (pursuit_follow_up_sequence_parent_class)->finalize (object);
}

static void
pursuit_follow_up_sequence_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  PursuitFollowUpSequence *self = PURSUIT_FOLLOW_UP_SEQUENCE (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TRIGGER:
      g_value_set_string (value, self->trigger);
      break;
    case PROP_BUILTIN:
      g_value_set_boolean (value, self->builtin);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_N_STEPS:
      g_value_set_uint (value, self->steps->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_follow_up_sequence_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PursuitFollowUpSequence *self = PURSUIT_FOLLOW_UP_SEQUENCE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      pursuit_follow_up_sequence_set_name (self, g_value_get_string (value));
      break;
    case PROP_TRIGGER:
      pursuit_follow_up_sequence_set_trigger (self, g_value_get_string (value));
      break;
    case PROP_BUILTIN:
      pursuit_follow_up_sequence_set_builtin (self, g_value_get_boolean (value));
      break;
    case PROP_ACTIVE:
      pursuit_follow_up_sequence_set_active (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_follow_up_sequence_class_init (PursuitFollowUpSequenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_follow_up_sequence_finalize;
  object_class->get_property = pursuit_follow_up_sequence_get_property;
  object_class->set_property = pursuit_follow_up_sequence_set_property;

  properties [PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties [PROP_TRIGGER] =
    g_param_spec_string ("trigger", NULL, NULL, NULL, flags);
  properties [PROP_BUILTIN] =
    g_param_spec_boolean ("builtin", NULL, NULL, FALSE, flags);
  properties [PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE, flags);
  properties [PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_follow_up_sequence_init (PursuitFollowUpSequence *self)
{
  self->steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (self->steps, clear_step);
}

/**
 * pursuit_follow_up_sequence_new:
 * @key: the unique key ([a-z0-9_]+; the store checks it)
 * @name: the name shown to the user
 * @trigger: %PURSUIT_SEQUENCE_TRIGGER_APPLIED or %PURSUIT_SEQUENCE_TRIGGER_INTERVIEW
 *
 * Returns: (transfer full): a sequence without steps
 */
PursuitFollowUpSequence *
pursuit_follow_up_sequence_new (const char *key,
                                const char *name,
                                const char *trigger)
{
  PursuitFollowUpSequence *self;

  g_return_val_if_fail (key != NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_FOLLOW_UP_SEQUENCE, NULL);
  self->key = g_strdup (key);
  self->name = g_strdup (name);
  self->trigger = g_strdup (trigger);

  return self;
}

/**
 * pursuit_follow_up_sequence_copy:
 *
 * Returns: (transfer full): a deep copy, steps included
 */
PursuitFollowUpSequence *
pursuit_follow_up_sequence_copy (PursuitFollowUpSequence *self)
{
  PursuitFollowUpSequence *copy;

  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self), NULL);

  copy = pursuit_follow_up_sequence_new (self->key, self->name, self->trigger);
  copy->builtin = self->builtin;
  copy->active = self->active;

  for (guint i = 0; i < self->steps->len; i++)
    {
      const Step *step = &g_array_index (self->steps, Step, i);

      pursuit_follow_up_sequence_add_step (copy, step->days, step->template_);
    }

  return copy;
}

const char *
pursuit_follow_up_sequence_get_key (PursuitFollowUpSequence *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self), NULL);
  return self->key;
}

const char *
pursuit_follow_up_sequence_get_name (PursuitFollowUpSequence *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self), NULL);
  return self->name;
}

void
pursuit_follow_up_sequence_set_name (PursuitFollowUpSequence *self,
                                     const char              *name)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
pursuit_follow_up_sequence_get_trigger (PursuitFollowUpSequence *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self), NULL);
  return self->trigger;
}

void
pursuit_follow_up_sequence_set_trigger (PursuitFollowUpSequence *self,
                                        const char              *trigger)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self));

  if (g_strcmp0 (self->trigger, trigger) == 0)
    return;

  g_free (self->trigger);
  self->trigger = g_strdup (trigger);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TRIGGER]);
}

gboolean
pursuit_follow_up_sequence_get_builtin (PursuitFollowUpSequence *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self), FALSE);
  return self->builtin;
}

void
pursuit_follow_up_sequence_set_builtin (PursuitFollowUpSequence *self,
                                        gboolean                 builtin)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self));

  builtin = !!builtin;
  if (self->builtin == builtin)
    return;

  self->builtin = builtin;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUILTIN]);
}

gboolean
pursuit_follow_up_sequence_get_active (PursuitFollowUpSequence *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self), FALSE);
  return self->active;
}

void
pursuit_follow_up_sequence_set_active (PursuitFollowUpSequence *self,
                                       gboolean                 active)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTIVE]);
}

guint
pursuit_follow_up_sequence_get_n_steps (PursuitFollowUpSequence *self)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self), 0);
  return self->steps->len;
}

int
pursuit_follow_up_sequence_get_step_days (PursuitFollowUpSequence *self,
                                          guint                    index)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self), 0);
  g_return_val_if_fail (index < self->steps->len, 0);

  return g_array_index (self->steps, Step, index).days;
}

const char *
pursuit_follow_up_sequence_get_step_template (PursuitFollowUpSequence *self,
                                              guint                    index)
{
  g_return_val_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return g_array_index (self->steps, Step, index).template_;
}

void
pursuit_follow_up_sequence_add_step (PursuitFollowUpSequence *self,
                                     int                      days,
                                     const char              *template_)
{
  Step step;

  g_return_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self));

  step.days = days;
  step.template_ = g_strdup (template_);
  g_array_append_val (self->steps, step);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_STEPS]);
}

void
pursuit_follow_up_sequence_clear_steps (PursuitFollowUpSequence *self)
{
  g_return_if_fail (PURSUIT_IS_FOLLOW_UP_SEQUENCE (self));

  if (self->steps->len == 0)
    return;

  g_array_set_size (self->steps, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_STEPS]);
}
