/* pursuit-remote-change.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-remote-change"

#include "config.h"

#include "pursuit-remote-change.h"

struct _PursuitRemoteChange
{
  GObject parent_instance;

  char *remote_id;
  gboolean deleted;
  char *uid;
  char *etag;
  gint64 starts_at;
  gint64 ends_at;
  char *summary;
};

G_DEFINE_FINAL_TYPE (PursuitRemoteChange, pursuit_remote_change, G_TYPE_OBJECT)

static void
pursuit_remote_change_finalize (GObject *object)
{
  PursuitRemoteChange *self = (PursuitRemoteChange *)object;

  g_clear_pointer (&self->remote_id, g_free);
  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (pursuit_remote_change_parent_class)->finalize (object);
}

static void
pursuit_remote_change_class_init (PursuitRemoteChangeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_remote_change_finalize;
}

static void
pursuit_remote_change_init (PursuitRemoteChange *self)
{
}

PursuitRemoteChange *
pursuit_remote_change_new (const char *remote_id)
{
  PursuitRemoteChange *self;

  g_return_val_if_fail (remote_id != NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_REMOTE_CHANGE, NULL);
  self->remote_id = g_strdup (remote_id);

  return self;
}

const char *
pursuit_remote_change_get_remote_id (PursuitRemoteChange *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CHANGE (self), NULL);

  return self->remote_id;
}

/* The setters of the text fields all do the same. */
static void
replace_text (char       **field,
              const char  *text)
{
  char *copy = g_strdup (text);

  g_free (*field);
  *field = copy;
}

gboolean
pursuit_remote_change_get_deleted (PursuitRemoteChange *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CHANGE (self), FALSE);

  return self->deleted;
}

void
pursuit_remote_change_set_deleted (PursuitRemoteChange *self,
                                   gboolean             deleted)
{
  g_return_if_fail (PURSUIT_IS_REMOTE_CHANGE (self));

  self->deleted = !!deleted;
}

const char *
pursuit_remote_change_get_uid (PursuitRemoteChange *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CHANGE (self), NULL);

  return self->uid;
}

void
pursuit_remote_change_set_uid (PursuitRemoteChange *self,
                               const char          *uid)
{
  g_return_if_fail (PURSUIT_IS_REMOTE_CHANGE (self));

  replace_text (&self->uid, uid);
}

const char *
pursuit_remote_change_get_etag (PursuitRemoteChange *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CHANGE (self), NULL);

  return self->etag;
}

void
pursuit_remote_change_set_etag (PursuitRemoteChange *self,
                                const char          *etag)
{
  g_return_if_fail (PURSUIT_IS_REMOTE_CHANGE (self));

  replace_text (&self->etag, etag);
}

gint64
pursuit_remote_change_get_starts_at (PursuitRemoteChange *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CHANGE (self), 0);

  return self->starts_at;
}

void
pursuit_remote_change_set_starts_at (PursuitRemoteChange *self,
                                     gint64               starts_at)
{
  g_return_if_fail (PURSUIT_IS_REMOTE_CHANGE (self));

  self->starts_at = starts_at;
}

gint64
pursuit_remote_change_get_ends_at (PursuitRemoteChange *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CHANGE (self), 0);

  return self->ends_at;
}

void
pursuit_remote_change_set_ends_at (PursuitRemoteChange *self,
                                   gint64               ends_at)
{
  g_return_if_fail (PURSUIT_IS_REMOTE_CHANGE (self));

  self->ends_at = ends_at;
}

const char *
pursuit_remote_change_get_summary (PursuitRemoteChange *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CHANGE (self), NULL);

  return self->summary;
}

void
pursuit_remote_change_set_summary (PursuitRemoteChange *self,
                                   const char          *summary)
{
  g_return_if_fail (PURSUIT_IS_REMOTE_CHANGE (self));

  replace_text (&self->summary, summary);
}
