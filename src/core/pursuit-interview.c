/* pursuit-interview.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-interview"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-interview.h"

struct _PursuitInterview
{
  GObject parent_instance;

  gint64 id;
  gint64 job_id;
  char *kind;
  gint64 starts_at;
  int duration_minutes;
  char *location;
  char *interviewer;
  char *notes;
  char *interviewer_email;
  char *status;
  char *reminder_minutes;
  char *uid;
  gint64 updated_at;
  gint64 created_at;
};

G_DEFINE_FINAL_TYPE (PursuitInterview, pursuit_interview, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_KIND,
  PROP_STARTS_AT,
  PROP_DURATION_MINUTES,
  PROP_LOCATION,
  PROP_INTERVIEWER,
  PROP_NOTES,
  PROP_INTERVIEWER_EMAIL,
  PROP_STATUS,
  PROP_REMINDER_MINUTES,
  PROP_UID,
  PROP_UPDATED_AT,
  PROP_CREATED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_interview_finalize (GObject *object)
{
  PursuitInterview *self = (PursuitInterview *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->interviewer, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->interviewer_email, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->reminder_minutes, g_free);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (pursuit_interview_parent_class)->finalize (object);
}

static void
pursuit_interview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PursuitInterview *self = PURSUIT_INTERVIEW (object);

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
    case PROP_STARTS_AT:
      g_value_set_int64 (value, self->starts_at);
      break;
    case PROP_DURATION_MINUTES:
      g_value_set_int (value, self->duration_minutes);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_INTERVIEWER:
      g_value_set_string (value, self->interviewer);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_INTERVIEWER_EMAIL:
      g_value_set_string (value, self->interviewer_email);
      break;
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_REMINDER_MINUTES:
      g_value_set_string (value, self->reminder_minutes);
      break;
    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interview_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PursuitInterview *self = PURSUIT_INTERVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_interview_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_JOB_ID:
      pursuit_interview_set_job_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      pursuit_interview_set_kind (self, g_value_get_string (value));
      break;
    case PROP_STARTS_AT:
      pursuit_interview_set_starts_at (self, g_value_get_int64 (value));
      break;
    case PROP_DURATION_MINUTES:
      pursuit_interview_set_duration_minutes (self, g_value_get_int (value));
      break;
    case PROP_LOCATION:
      pursuit_interview_set_location (self, g_value_get_string (value));
      break;
    case PROP_INTERVIEWER:
      pursuit_interview_set_interviewer (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      pursuit_interview_set_notes (self, g_value_get_string (value));
      break;
    case PROP_INTERVIEWER_EMAIL:
      pursuit_interview_set_interviewer_email (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      pursuit_interview_set_status (self, g_value_get_string (value));
      break;
    case PROP_REMINDER_MINUTES:
      pursuit_interview_set_reminder_minutes (self, g_value_get_string (value));
      break;
    case PROP_UID:
      pursuit_interview_set_uid (self, g_value_get_string (value));
      break;
    case PROP_UPDATED_AT:
      pursuit_interview_set_updated_at (self, g_value_get_int64 (value));
      break;
    case PROP_CREATED_AT:
      pursuit_interview_set_created_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interview_class_init (PursuitInterviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_interview_finalize;
  object_class->get_property = pursuit_interview_get_property;
  object_class->set_property = pursuit_interview_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties [PROP_STARTS_AT] =
    g_param_spec_int64 ("starts-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL, 0, G_MAXINT, 0, flags);
  properties [PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL, flags);
  properties [PROP_INTERVIEWER] =
    g_param_spec_string ("interviewer", NULL, NULL, NULL, flags);
  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  properties [PROP_INTERVIEWER_EMAIL] =
    g_param_spec_string ("interviewer-email", NULL, NULL, NULL, flags);
  properties [PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL, flags);
  properties [PROP_REMINDER_MINUTES] =
    g_param_spec_string ("reminder-minutes", NULL, NULL, NULL, flags);
  properties [PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL, NULL, flags);
  properties [PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_interview_init (PursuitInterview *self)
{
  self->status = g_strdup ("scheduled");
  self->reminder_minutes = g_strdup (PURSUIT_INTERVIEW_DEFAULT_REMINDERS);
}

PursuitInterview *
pursuit_interview_new (void)
{
  return g_object_new (PURSUIT_TYPE_INTERVIEW, NULL);
}

gint64
pursuit_interview_get_id (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->id;
}

void
pursuit_interview_set_id (PursuitInterview *self,
                             gint64 id)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

gint64
pursuit_interview_get_job_id (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->job_id;
}

void
pursuit_interview_set_job_id (PursuitInterview *self,
                                 gint64 job_id)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->job_id == job_id)
    return;

  self->job_id = job_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
}

const char *
pursuit_interview_get_kind (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->kind;
}

void
pursuit_interview_set_kind (PursuitInterview *self,
                               const char *kind)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->kind, kind) == 0)
    return;

  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

gint64
pursuit_interview_get_starts_at (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->starts_at;
}

void
pursuit_interview_set_starts_at (PursuitInterview *self,
                                    gint64 starts_at)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->starts_at == starts_at)
    return;

  self->starts_at = starts_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTS_AT]);
}

int
pursuit_interview_get_duration_minutes (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->duration_minutes;
}

void
pursuit_interview_set_duration_minutes (PursuitInterview *self,
                                           int duration_minutes)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->duration_minutes == duration_minutes)
    return;

  self->duration_minutes = duration_minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DURATION_MINUTES]);
}

const char *
pursuit_interview_get_location (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->location;
}

void
pursuit_interview_set_location (PursuitInterview *self,
                                   const char *location)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->location, location) == 0)
    return;

  g_free (self->location);
  self->location = g_strdup (location);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOCATION]);
}

const char *
pursuit_interview_get_interviewer (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->interviewer;
}

void
pursuit_interview_set_interviewer (PursuitInterview *self,
                                      const char *interviewer)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->interviewer, interviewer) == 0)
    return;

  g_free (self->interviewer);
  self->interviewer = g_strdup (interviewer);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INTERVIEWER]);
}

const char *
pursuit_interview_get_notes (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->notes;
}

void
pursuit_interview_set_notes (PursuitInterview *self,
                                const char *notes)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTES]);
}

gint64
pursuit_interview_get_created_at (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->created_at;
}

void
pursuit_interview_set_created_at (PursuitInterview *self,
                                     gint64 created_at)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->created_at == created_at)
    return;

  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED_AT]);
}

const char *
pursuit_interview_get_interviewer_email (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->interviewer_email;
}

void
pursuit_interview_set_interviewer_email (PursuitInterview *self,
                                         const char *interviewer_email)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->interviewer_email, interviewer_email) == 0)
    return;

  g_free (self->interviewer_email);
  self->interviewer_email = g_strdup (interviewer_email);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INTERVIEWER_EMAIL]);
}

const char *
pursuit_interview_get_status (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->status;
}

void
pursuit_interview_set_status (PursuitInterview *self,
                              const char *status)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->status, status) == 0)
    return;

  g_free (self->status);
  self->status = g_strdup (status);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

const char *
pursuit_interview_get_reminder_minutes (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->reminder_minutes;
}

void
pursuit_interview_set_reminder_minutes (PursuitInterview *self,
                                        const char *reminder_minutes)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->reminder_minutes, reminder_minutes) == 0)
    return;

  g_free (self->reminder_minutes);
  self->reminder_minutes = g_strdup (reminder_minutes);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REMINDER_MINUTES]);
}

const char *
pursuit_interview_get_uid (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);
  return self->uid;
}

void
pursuit_interview_set_uid (PursuitInterview *self,
                           const char *uid)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (g_strcmp0 (self->uid, uid) == 0)
    return;

  g_free (self->uid);
  self->uid = g_strdup (uid);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UID]);
}

gint64
pursuit_interview_get_updated_at (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->updated_at;
}

void
pursuit_interview_set_updated_at (PursuitInterview *self,
                                  gint64 updated_at)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW (self));

  if (self->updated_at == updated_at)
    return;

  self->updated_at = updated_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UPDATED_AT]);
}

/**
 * pursuit_interview_copy:
 *
 * Returns: (transfer full): a new interview with the same values
 */
PursuitInterview *
pursuit_interview_copy (PursuitInterview *self)
{
  PursuitInterview *copy;

  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), NULL);

  copy = pursuit_interview_new ();
  copy->id = self->id;
  copy->job_id = self->job_id;
  copy->kind = g_strdup (self->kind);
  copy->starts_at = self->starts_at;
  copy->duration_minutes = self->duration_minutes;
  copy->location = g_strdup (self->location);
  copy->interviewer = g_strdup (self->interviewer);
  copy->notes = g_strdup (self->notes);
  g_free (copy->status);
  copy->status = g_strdup (self->status);
  g_free (copy->reminder_minutes);
  copy->reminder_minutes = g_strdup (self->reminder_minutes);
  copy->interviewer_email = g_strdup (self->interviewer_email);
  copy->uid = g_strdup (self->uid);
  copy->updated_at = self->updated_at;
  copy->created_at = self->created_at;

  return copy;
}

gint64
pursuit_interview_get_ends_at (PursuitInterview *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), 0);
  return self->starts_at + (gint64)MAX (self->duration_minutes, 0) * 60;
}

#define MAX_REMINDER_MINUTES (28 * 24 * 60)

static gboolean
parse_offset (const char *part,
              guint64    *minutes)
{
  g_autofree char *stripped = g_strstrip (g_strdup (part));

  return stripped[0] != '\0' &&
         g_ascii_string_to_unsigned (stripped, 10, 0, MAX_REMINDER_MINUTES, minutes, NULL);
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  int x = *(const int *)a;
  int y = *(const int *)b;

  return (x < y) - (x > y);
}

/**
 * pursuit_interview_dup_reminder_offsets:
 *
 * Returns: (transfer full) (element-type int): the minutes before the start
 *   at which to remind, largest first, without duplicates
 */
GArray *
pursuit_interview_dup_reminder_offsets (PursuitInterview *self)
{
  GArray *offsets = g_array_new (FALSE, FALSE, sizeof (int));
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (PURSUIT_IS_INTERVIEW (self), offsets);

  if (self->reminder_minutes == NULL)
    return offsets;

  parts = g_strsplit (self->reminder_minutes, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 minutes;
      gboolean seen = FALSE;

      if (!parse_offset (parts[i], &minutes))
        continue;

      for (guint j = 0; j < offsets->len; j++)
        seen |= g_array_index (offsets, int, j) == (int)minutes;

      if (!seen)
        {
          int value = (int)minutes;
          g_array_append_val (offsets, value);
        }
    }

  g_array_sort (offsets, compare_descending);
  return offsets;
}

gboolean
pursuit_interview_reminder_minutes_valid (const char *reminder_minutes)
{
  g_auto(GStrv) parts = NULL;

  if (reminder_minutes == NULL)
    return FALSE;

  if (reminder_minutes[0] == '\0')
    return TRUE;

  parts = g_strsplit (reminder_minutes, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 minutes;

      if (!parse_offset (parts[i], &minutes))
        return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_interview_kind_get_name:
 * @kind: (nullable): an interview kind as stored ("phone_screen")
 *
 * The kind as the calendar and the reminders name it, where it stands for
 * the whole interview ("Technical interview"), not as one choice among
 * the others as in the interview dialog ("Technical").
 *
 * Returns: (transfer none): the kind's name; "Interview" for %NULL or "",
 *   and a kind the app does not know (older rows, invitations) as it is
 */
const char *
pursuit_interview_kind_get_name (const char *kind)
{
  static const struct { const char *key; const char *name; } kinds[] = {
    { "phone_screen", N_("Phone screen") },
    { "phone", N_("Phone call") },
    { "video", N_("Video call") },
    { "technical", N_("Technical interview") },
    { "behavioral", N_("Behavioural interview") },
    { "onsite", N_("On-site interview") },
    { "final", N_("Final interview") },
    { "other", N_("Interview") },
    { "interview", N_("Interview") },
  };

  if (kind == NULL || *kind == '\0')
    return _("Interview");

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kind, kinds[i].key))
      return _(kinds[i].name);

  return kind;
}
