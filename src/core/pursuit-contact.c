/* pursuit-contact.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-contact"

#include "pursuit-contact.h"

struct _PursuitContact
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  char *name;
  char *role;
  char *email;
  char *phone;
  char *notes;
  gint64 created_at;
};

G_DEFINE_FINAL_TYPE (PursuitContact, pursuit_contact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_NOTES,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_contact_finalize (GObject *object)
{
  PursuitContact *self = (PursuitContact *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (pursuit_contact_parent_class)->finalize (object);
}

static void
pursuit_contact_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PursuitContact *self = PURSUIT_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
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
pursuit_contact_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PursuitContact *self = PURSUIT_CONTACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_contact_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_JOB_ID:
      pursuit_contact_set_job_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      pursuit_contact_set_name (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      pursuit_contact_set_role (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      pursuit_contact_set_email (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      pursuit_contact_set_phone (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      pursuit_contact_set_notes (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      pursuit_contact_set_created_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_contact_class_init (PursuitContactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_contact_finalize;
  object_class->get_property = pursuit_contact_get_property;
  object_class->set_property = pursuit_contact_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties [PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties [PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL, flags);
  properties [PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL, flags);
  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_contact_init (PursuitContact *self)
{
}

PursuitContact *
pursuit_contact_new (void)
{
  return g_object_new (PURSUIT_TYPE_CONTACT, NULL);
}

/**
 * pursuit_contact_copy:
 *
 * Returns: (transfer full): a new contact with the same fields
 */
PursuitContact *
pursuit_contact_copy (PursuitContact *self)
{
  PursuitContact *copy;

  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), NULL);

  copy = pursuit_contact_new ();
  pursuit_contact_set_id (copy, self->id);
  pursuit_contact_set_job_id (copy, self->job_id);
  pursuit_contact_set_name (copy, self->name);
  pursuit_contact_set_role (copy, self->role);
  pursuit_contact_set_email (copy, self->email);
  pursuit_contact_set_phone (copy, self->phone);
  pursuit_contact_set_notes (copy, self->notes);
  pursuit_contact_set_created_at (copy, self->created_at);

  return copy;
}

gint64
pursuit_contact_get_id (PursuitContact *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), 0);
  return self->id;
}

void
pursuit_contact_set_id (PursuitContact *self,
                       gint64          id)
{
  g_return_if_fail (PURSUIT_IS_CONTACT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

gint64
pursuit_contact_get_job_id (PursuitContact *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), 0);
  return self->job_id;
}

void
pursuit_contact_set_job_id (PursuitContact *self,
                           gint64          job_id)
{
  g_return_if_fail (PURSUIT_IS_CONTACT (self));

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
}

const char *
pursuit_contact_get_name (PursuitContact *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), NULL);
  return self->name;
}

void
pursuit_contact_set_name (PursuitContact *self,
                         const char     *name)
{
  g_return_if_fail (PURSUIT_IS_CONTACT (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
pursuit_contact_get_role (PursuitContact *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), NULL);
  return self->role;
}

void
pursuit_contact_set_role (PursuitContact *self,
                         const char     *role)
{
  g_return_if_fail (PURSUIT_IS_CONTACT (self));

  if (g_strcmp0 (self->role, role) == 0)
    return;

  g_free (self->role);
  self->role = g_strdup (role);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROLE]);
}

const char *
pursuit_contact_get_email (PursuitContact *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), NULL);
  return self->email;
}

void
pursuit_contact_set_email (PursuitContact *self,
                          const char     *email)
{
  g_return_if_fail (PURSUIT_IS_CONTACT (self));

  if (g_strcmp0 (self->email, email) == 0)
    return;

  g_free (self->email);
  self->email = g_strdup (email);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EMAIL]);
}

const char *
pursuit_contact_get_phone (PursuitContact *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), NULL);
  return self->phone;
}

void
pursuit_contact_set_phone (PursuitContact *self,
                          const char     *phone)
{
  g_return_if_fail (PURSUIT_IS_CONTACT (self));

  if (g_strcmp0 (self->phone, phone) == 0)
    return;

  g_free (self->phone);
  self->phone = g_strdup (phone);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PHONE]);
}

const char *
pursuit_contact_get_notes (PursuitContact *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), NULL);
  return self->notes;
}

void
pursuit_contact_set_notes (PursuitContact *self,
                          const char     *notes)
{
  g_return_if_fail (PURSUIT_IS_CONTACT (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTES]);
}

gint64
pursuit_contact_get_created_at (PursuitContact *self)
{
  g_return_val_if_fail (PURSUIT_IS_CONTACT (self), 0);
  return self->created_at;
}

void
pursuit_contact_set_created_at (PursuitContact *self,
                               gint64          created_at)
{
  g_return_if_fail (PURSUIT_IS_CONTACT (self));

  if (self->created_at == created_at)
    return;

  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED_AT]);
}
