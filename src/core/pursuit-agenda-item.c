/* pursuit-agenda-item.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-agenda-item"

#include "pursuit-agenda-item.h"

struct _PursuitAgendaItem
{
  GObject parent_instance;

  PursuitAgendaKind kind;
  gint64 source_id;
  gint64 job_id;
  char *summary;
  char *job_title;
  char *company;
  char *location;
  gint64 starts_at;
  gint64 ends_at;
  gboolean all_day;
  char *date;
};

G_DEFINE_FINAL_TYPE (PursuitAgendaItem, pursuit_agenda_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SOURCE_ID,
  PROP_JOB_ID,
  PROP_SUMMARY,
  PROP_JOB_TITLE,
  PROP_COMPANY,
  PROP_LOCATION,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_ALL_DAY,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_agenda_item_finalize (GObject *object)
{
  PursuitAgendaItem *self = (PursuitAgendaItem *)object;

  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->job_title, g_free);
  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (pursuit_agenda_item_parent_class)->finalize (object);
}

static void
pursuit_agenda_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PursuitAgendaItem *self = PURSUIT_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_SOURCE_ID:
      g_value_set_int64 (value, self->source_id);
      break;
    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_JOB_TITLE:
      g_value_set_string (value, self->job_title);
      break;
    case PROP_COMPANY:
      g_value_set_string (value, self->company);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_STARTS_AT:
      g_value_set_int64 (value, self->starts_at);
      break;
    case PROP_ENDS_AT:
      g_value_set_int64 (value, self->ends_at);
      break;
    case PROP_ALL_DAY:
      g_value_set_boolean (value, self->all_day);
      break;
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_agenda_item_class_init (PursuitAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_agenda_item_finalize;
  object_class->get_property = pursuit_agenda_item_get_property;

  /* A PursuitAgendaKind. */
  properties [PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL,
                      PURSUIT_AGENDA_INTERVIEW, PURSUIT_AGENDA_DEADLINE, PURSUIT_AGENDA_INTERVIEW,
                      flags);
  properties [PROP_SOURCE_ID] =
    g_param_spec_int64 ("source-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, "", flags);
  properties [PROP_JOB_TITLE] =
    g_param_spec_string ("job-title", NULL, NULL, "", flags);
  properties [PROP_COMPANY] =
    g_param_spec_string ("company", NULL, NULL, "", flags);
  properties [PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL, flags);
  properties [PROP_STARTS_AT] =
    g_param_spec_int64 ("starts-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties [PROP_ENDS_AT] =
    g_param_spec_int64 ("ends-at", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  properties [PROP_ALL_DAY] =
    g_param_spec_boolean ("all-day", NULL, NULL, FALSE, flags);
  properties [PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_agenda_item_init (PursuitAgendaItem *self)
{
  self->summary = g_strdup ("");
  self->job_title = g_strdup ("");
  self->company = g_strdup ("");
}

/**
 * pursuit_agenda_item_new:
 * @kind: what the item is
 * @source_id: the interview, follow-up or note id; the job id for a deadline
 * @job_id: the job it belongs to
 *
 * Returns: (transfer full): a new item with no times yet
 */
PursuitAgendaItem *
pursuit_agenda_item_new (PursuitAgendaKind kind,
                         gint64            source_id,
                         gint64            job_id)
{
  PursuitAgendaItem *self;

  g_return_val_if_fail (kind <= PURSUIT_AGENDA_DEADLINE, NULL);

  self = g_object_new (PURSUIT_TYPE_AGENDA_ITEM, NULL);
  self->kind = kind;
  self->source_id = source_id;
  self->job_id = job_id;

  return self;
}

PursuitAgendaKind
pursuit_agenda_item_get_kind (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), PURSUIT_AGENDA_INTERVIEW);
  return self->kind;
}

gint64
pursuit_agenda_item_get_source_id (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), 0);
  return self->source_id;
}

gint64
pursuit_agenda_item_get_job_id (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), 0);
  return self->job_id;
}

const char *
pursuit_agenda_item_get_summary (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), NULL);
  return self->summary;
}

const char *
pursuit_agenda_item_get_job_title (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), NULL);
  return self->job_title;
}

const char *
pursuit_agenda_item_get_company (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), NULL);
  return self->company;
}

const char *
pursuit_agenda_item_get_location (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), NULL);
  return self->location;
}

gint64
pursuit_agenda_item_get_starts_at (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), 0);
  return self->starts_at;
}

gint64
pursuit_agenda_item_get_ends_at (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), 0);
  return self->ends_at;
}

gboolean
pursuit_agenda_item_get_all_day (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), FALSE);
  return self->all_day;
}

const char *
pursuit_agenda_item_get_date (PursuitAgendaItem *self)
{
  g_return_val_if_fail (PURSUIT_IS_AGENDA_ITEM (self), NULL);
  return self->date;
}

/* Text that is never NULL, so labels bound to it need no checks. */
static void
replace_text (PursuitAgendaItem  *self,
              char              **field,
              const char         *text,
              gboolean            nullable,
              guint               prop)
{
  if (!nullable && text == NULL)
    text = "";

  if (g_strcmp0 (*field, text) == 0)
    return;

  g_free (*field);
  *field = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
}

void
pursuit_agenda_item_set_summary (PursuitAgendaItem *self,
                                 const char        *summary)
{
  g_return_if_fail (PURSUIT_IS_AGENDA_ITEM (self));
  replace_text (self, &self->summary, summary, FALSE, PROP_SUMMARY);
}

void
pursuit_agenda_item_set_job_title (PursuitAgendaItem *self,
                                   const char        *job_title)
{
  g_return_if_fail (PURSUIT_IS_AGENDA_ITEM (self));
  replace_text (self, &self->job_title, job_title, FALSE, PROP_JOB_TITLE);
}

void
pursuit_agenda_item_set_company (PursuitAgendaItem *self,
                                 const char        *company)
{
  g_return_if_fail (PURSUIT_IS_AGENDA_ITEM (self));
  replace_text (self, &self->company, company, FALSE, PROP_COMPANY);
}

void
pursuit_agenda_item_set_location (PursuitAgendaItem *self,
                                  const char        *location)
{
  g_return_if_fail (PURSUIT_IS_AGENDA_ITEM (self));
  replace_text (self, &self->location, location, TRUE, PROP_LOCATION);
}

void
pursuit_agenda_item_set_date (PursuitAgendaItem *self,
                              const char        *date)
{
  g_return_if_fail (PURSUIT_IS_AGENDA_ITEM (self));
  replace_text (self, &self->date, date, TRUE, PROP_DATE);
}

void
pursuit_agenda_item_set_times (PursuitAgendaItem *self,
                               gint64             starts_at,
                               gint64             ends_at,
                               gboolean           all_day)
{
  g_return_if_fail (PURSUIT_IS_AGENDA_ITEM (self));
  g_return_if_fail (ends_at >= starts_at);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->starts_at != starts_at)
    {
      self->starts_at = starts_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTS_AT]);
    }

  if (self->ends_at != ends_at)
    {
      self->ends_at = ends_at;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENDS_AT]);
    }

  if (self->all_day != !!all_day)
    {
      self->all_day = !!all_day;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ALL_DAY]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

int
pursuit_agenda_item_compare (gconstpointer a,
                             gconstpointer b)
{
  PursuitAgendaItem *x = *(PursuitAgendaItem * const *)a;
  PursuitAgendaItem *y = *(PursuitAgendaItem * const *)b;

  if (x->starts_at != y->starts_at)
    return x->starts_at < y->starts_at ? -1 : 1;

  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;

  if (x->source_id != y->source_id)
    return x->source_id < y->source_id ? -1 : 1;

  return 0;
}
