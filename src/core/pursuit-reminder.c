/* pursuit-reminder.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-reminder"

#include "pursuit-reminder.h"

struct _PursuitReminder
{
  GObject parent_instance;

  PursuitReminderSource source;
  gint64 source_id;
  int offset_minutes;
  gint64 job_id;
  char *job_title;
  char *company;
  char *summary;
  char *location;
  gint64 item_at;
  gint64 fires_at;
};

G_DEFINE_FINAL_TYPE (PursuitReminder, pursuit_reminder, G_TYPE_OBJECT)

/* The key prefixes, indexed by PursuitReminderSource. */
static const char * const source_names[] = {
  "interview",
  "follow-up",
  "note",
};

G_STATIC_ASSERT (G_N_ELEMENTS (source_names) == PURSUIT_REMINDER_NOTE + 1);

static void
pursuit_reminder_finalize (GObject *object)
{
  PursuitReminder *self = (PursuitReminder *)object;

  g_clear_pointer (&self->job_title, g_free);
  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->location, g_free);

  G_OBJECT_CLASS (pursuit_reminder_parent_class)->finalize (object);
}

static void
pursuit_reminder_class_init (PursuitReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_reminder_finalize;
}

static void
pursuit_reminder_init (PursuitReminder *self)
{
}

/**
 * pursuit_reminder_new:
 * @source: what kind of item it reminds of
 * @source_id: the interview, follow-up or note id
 * @offset_minutes: minutes before the item (0 for follow-ups and notes)
 *
 * Returns: (transfer full): a new reminder
 */
PursuitReminder *
pursuit_reminder_new (PursuitReminderSource source,
                      gint64                source_id,
                      int                   offset_minutes)
{
  PursuitReminder *self;

  g_return_val_if_fail (source <= PURSUIT_REMINDER_NOTE, NULL);
  g_return_val_if_fail (offset_minutes >= 0, NULL);

  self = g_object_new (PURSUIT_TYPE_REMINDER, NULL);
  self->source = source;
  self->source_id = source_id;
  self->offset_minutes = offset_minutes;

  return self;
}

PursuitReminderSource
pursuit_reminder_get_source (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), PURSUIT_REMINDER_INTERVIEW);
  return self->source;
}

gint64
pursuit_reminder_get_source_id (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), 0);
  return self->source_id;
}

int
pursuit_reminder_get_offset_minutes (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), 0);
  return self->offset_minutes;
}

gint64
pursuit_reminder_get_job_id (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), 0);
  return self->job_id;
}

const char *
pursuit_reminder_get_job_title (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), NULL);
  return self->job_title;
}

const char *
pursuit_reminder_get_company (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), NULL);
  return self->company;
}

const char *
pursuit_reminder_get_summary (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), NULL);
  return self->summary;
}

const char *
pursuit_reminder_get_location (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), NULL);
  return self->location;
}

gint64
pursuit_reminder_get_item_at (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), 0);
  return self->item_at;
}

gint64
pursuit_reminder_get_due_at (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), 0);
  return self->item_at - (gint64)self->offset_minutes * 60;
}

gint64
pursuit_reminder_get_fires_at (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), 0);
  return self->fires_at;
}

void
pursuit_reminder_set_job (PursuitReminder *self,
                          gint64           job_id,
                          const char      *job_title,
                          const char      *company)
{
  g_return_if_fail (PURSUIT_IS_REMINDER (self));

  self->job_id = job_id;
  g_free (self->job_title);
  self->job_title = g_strdup (job_title);
  g_free (self->company);
  self->company = g_strdup (company);
}

void
pursuit_reminder_set_summary (PursuitReminder *self,
                              const char      *summary)
{
  g_return_if_fail (PURSUIT_IS_REMINDER (self));

  g_free (self->summary);
  self->summary = g_strdup (summary);
}

void
pursuit_reminder_set_location (PursuitReminder *self,
                               const char      *location)
{
  g_return_if_fail (PURSUIT_IS_REMINDER (self));

  g_free (self->location);
  self->location = g_strdup (location);
}

void
pursuit_reminder_set_times (PursuitReminder *self,
                            gint64           item_at,
                            gint64           fires_at)
{
  g_return_if_fail (PURSUIT_IS_REMINDER (self));

  self->item_at = item_at;
  self->fires_at = fires_at;
}

/**
 * pursuit_reminder_dup_key:
 *
 * Returns: (transfer full): "interview:12:60", "follow-up:7:0" or "note:3:0"
 */
char *
pursuit_reminder_dup_key (PursuitReminder *self)
{
  g_return_val_if_fail (PURSUIT_IS_REMINDER (self), NULL);

  return g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%d",
                          source_names[self->source], self->source_id, self->offset_minutes);
}

/**
 * pursuit_reminder_parse_key:
 * @key: a key from pursuit_reminder_dup_key(), perhaps from outside
 *   (a notification action's parameter)
 * @source: (out) (optional):
 * @source_id: (out) (optional):
 * @offset_minutes: (out) (optional):
 *
 * Returns: whether @key is well-formed; the outputs are untouched if not
 */
gboolean
pursuit_reminder_parse_key (const char            *key,
                            PursuitReminderSource *source,
                            gint64                *source_id,
                            int                   *offset_minutes)
{
  g_auto(GStrv) parts = NULL;
  guint64 id;
  guint64 offset;
  int found = -1;

  if (key == NULL)
    return FALSE;

  parts = g_strsplit (key, ":", 4);
  if (g_strv_length (parts) != 3)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (source_names); i++)
    if (g_str_equal (parts[0], source_names[i]))
      found = i;

  if (found < 0 ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, G_MAXINT64, &id, NULL) ||
      !g_ascii_string_to_unsigned (parts[2], 10, 0, 28 * 24 * 60, &offset, NULL))
    return FALSE;

  /* Only interviews remind ahead of time. */
  if (found != PURSUIT_REMINDER_INTERVIEW && offset != 0)
    return FALSE;

  if (source != NULL)
    *source = found;
  if (source_id != NULL)
    *source_id = id;
  if (offset_minutes != NULL)
    *offset_minutes = offset;

  return TRUE;
}
