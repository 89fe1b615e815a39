/* pursuit-remote-calendar.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-remote-calendar"

#include "config.h"

#include "pursuit-remote-calendar.h"

struct _PursuitRemoteCalendar
{
  GObject parent_instance;

  char *id;
  char *name;
  char *color;
  gboolean primary;
};

G_DEFINE_FINAL_TYPE (PursuitRemoteCalendar, pursuit_remote_calendar, G_TYPE_OBJECT)

static void
pursuit_remote_calendar_finalize (GObject *object)
{
  PursuitRemoteCalendar *self = (PursuitRemoteCalendar *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (pursuit_remote_calendar_parent_class)->finalize (object);
}

static void
pursuit_remote_calendar_class_init (PursuitRemoteCalendarClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_remote_calendar_finalize;
}

static void
pursuit_remote_calendar_init (PursuitRemoteCalendar *self)
{
}

/**
 * pursuit_remote_calendar_new:
 * @id: Google's calendar id or the CalDAV collection's URL
 * @name: (nullable): what the user named it; @id when %NULL or empty
 *
 * Returns: (transfer full): a new calendar
 */
PursuitRemoteCalendar *
pursuit_remote_calendar_new (const char *id,
                             const char *name)
{
  PursuitRemoteCalendar *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_REMOTE_CALENDAR, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name != NULL && *name != '\0' ? name : id);

  return self;
}

const char *
pursuit_remote_calendar_get_id (PursuitRemoteCalendar *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CALENDAR (self), NULL);

  return self->id;
}

const char *
pursuit_remote_calendar_get_name (PursuitRemoteCalendar *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CALENDAR (self), NULL);

  return self->name;
}

const char *
pursuit_remote_calendar_get_color (PursuitRemoteCalendar *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CALENDAR (self), NULL);

  return self->color;
}

void
pursuit_remote_calendar_set_color (PursuitRemoteCalendar *self,
                                   const char            *color)
{
  g_return_if_fail (PURSUIT_IS_REMOTE_CALENDAR (self));

  g_free (self->color);
  self->color = g_strdup (color);
}

gboolean
pursuit_remote_calendar_get_primary (PursuitRemoteCalendar *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMOTE_CALENDAR (self), FALSE);

  return self->primary;
}

void
pursuit_remote_calendar_set_primary (PursuitRemoteCalendar *self,
                                     gboolean               primary)
{
  g_return_if_fail (PURSUIT_IS_REMOTE_CALENDAR (self));

  self->primary = !!primary;
}
