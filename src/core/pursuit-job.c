/* pursuit-job.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-job.h"

/* Text fields live in one array indexed by their property id, so the
 * property table, copying and the accessors cannot drift apart. */
enum {
  PROP_0,
  PROP_TITLE,
  PROP_COMPANY,
  PROP_LOCATION,
  PROP_CURRENCY,
  PROP_SALARY_PERIOD,
  PROP_URL,
  PROP_APPLY_URL,
  PROP_DESCRIPTION,
  PROP_SOURCE,
  PROP_EMPLOYMENT_TYPE,
  PROP_POSTED_DATE,
  PROP_DEADLINE,
  PROP_STAGE,
  PROP_APPLIED_DATE,
  PROP_RESUME,
  PROP_COVER_LETTER,
  PROP_WITHDRAW_REASON,
  N_STRING_PROPS,
  PROP_ID = N_STRING_PROPS,
  PROP_REMOTE,
  PROP_SALARY_MIN,
  PROP_SALARY_MAX,
  PROP_MATCH_SCORE,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

struct _PursuitJob
{
  GObject   parent_instance;

  char     *strings[N_STRING_PROPS];
  gint64    id;
  gint64    salary_min;
  gint64    salary_max;
  gint64    created_at;
  gint64    updated_at;
  int       match_score;
  guint     remote : 1;
};

G_DEFINE_FINAL_TYPE (PursuitJob, pursuit_job, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

static const char *string_property_names[N_STRING_PROPS] = {
  [PROP_TITLE] = "title",
  [PROP_COMPANY] = "company",
  [PROP_LOCATION] = "location",
  [PROP_CURRENCY] = "currency",
  [PROP_SALARY_PERIOD] = "salary-period",
  [PROP_URL] = "url",
  [PROP_APPLY_URL] = "apply-url",
  [PROP_DESCRIPTION] = "description",
  [PROP_SOURCE] = "source",
  [PROP_EMPLOYMENT_TYPE] = "employment-type",
  [PROP_POSTED_DATE] = "posted-date",
  [PROP_DEADLINE] = "deadline",
  [PROP_STAGE] = "stage",
  [PROP_APPLIED_DATE] = "applied-date",
  [PROP_RESUME] = "resume",
  [PROP_COVER_LETTER] = "cover-letter",
  [PROP_WITHDRAW_REASON] = "withdraw-reason",
};

static void
set_string (PursuitJob *self,
            guint       prop_id,
            const char *value)
{
  g_assert (prop_id > PROP_0 && prop_id < N_STRING_PROPS);

  /* Empty text means "unset", so callers and the store agree on one form. */
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (self->strings[prop_id], value) == 0)
    return;

  g_free (self->strings[prop_id]);
  self->strings[prop_id] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int64 (PursuitJob *self,
           gint64     *field,
           guint       prop_id,
           gint64      value)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
pursuit_job_finalize (GObject *object)
{
  PursuitJob *self = (PursuitJob *)object;

  for (guint i = 0; i < N_STRING_PROPS; i++)
    g_free (self->strings[i]);

  G_OBJECT_CLASS (pursuit_job_parent_class)->finalize (object);
}

static void
pursuit_job_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PursuitJob *self = PURSUIT_JOB (object);

  if (prop_id > PROP_0 && prop_id < N_STRING_PROPS)
    {
      g_value_set_string (value, self->strings[prop_id]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_REMOTE:
      g_value_set_boolean (value, self->remote);
      break;
    case PROP_SALARY_MIN:
      g_value_set_int64 (value, self->salary_min);
      break;
    case PROP_SALARY_MAX:
      g_value_set_int64 (value, self->salary_max);
      break;
    case PROP_MATCH_SCORE:
      g_value_set_int (value, self->match_score);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PursuitJob *self = PURSUIT_JOB (object);

  if (prop_id > PROP_0 && prop_id < N_STRING_PROPS)
    {
      set_string (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_job_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_REMOTE:
      pursuit_job_set_remote (self, g_value_get_boolean (value));
      break;
    case PROP_SALARY_MIN:
      pursuit_job_set_salary_min (self, g_value_get_int64 (value));
      break;
    case PROP_SALARY_MAX:
      pursuit_job_set_salary_max (self, g_value_get_int64 (value));
      break;
    case PROP_MATCH_SCORE:
      pursuit_job_set_match_score (self, g_value_get_int (value));
      break;
    case PROP_CREATED_AT:
      pursuit_job_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      pursuit_job_set_updated_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_class_init (PursuitJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_job_finalize;
  object_class->get_property = pursuit_job_get_property;
  object_class->set_property = pursuit_job_set_property;

  for (guint i = PROP_0 + 1; i < N_STRING_PROPS; i++)
    properties[i] = g_param_spec_string (string_property_names[i], NULL, NULL, NULL, flags);

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_REMOTE] =
    g_param_spec_boolean ("remote", NULL, NULL, FALSE, flags);
  properties[PROP_SALARY_MIN] =
    g_param_spec_int64 ("salary-min", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SALARY_MAX] =
    g_param_spec_int64 ("salary-max", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MATCH_SCORE] =
    g_param_spec_int ("match-score", NULL, NULL, -1, 100, -1, flags);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_job_init (PursuitJob *self)
{
  self->match_score = -1;
}

/**
 * pursuit_job_new:
 *
 * Creates an empty job that is not in any store yet (its id is 0).
 *
 * Returns: (transfer full): a new job
 */
PursuitJob *
pursuit_job_new (void)
{
  return g_object_new (PURSUIT_TYPE_JOB, NULL);
}

/**
 * pursuit_job_copy:
 * @self: a job
 *
 * Returns: (transfer full): an independent copy of every field of @self
 */
PursuitJob *
pursuit_job_copy (PursuitJob *self)
{
  PursuitJob *copy;

  g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);

  copy = pursuit_job_new ();
  for (guint i = PROP_0 + 1; i < N_STRING_PROPS; i++)
    copy->strings[i] = g_strdup (self->strings[i]);
  copy->id = self->id;
  copy->remote = self->remote;
  copy->salary_min = self->salary_min;
  copy->salary_max = self->salary_max;
  copy->match_score = self->match_score;
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;

  return copy;
}

gint64
pursuit_job_get_id (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);
  return self->id;
}

void
pursuit_job_set_id (PursuitJob *self,
                    gint64      id)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  set_int64 (self, &self->id, PROP_ID, id);
}

gboolean
pursuit_job_get_remote (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), FALSE);
  return self->remote;
}

void
pursuit_job_set_remote (PursuitJob *self,
                        gboolean    remote)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));

  remote = !!remote;
  if (self->remote == (guint)remote)
    return;

  self->remote = remote;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMOTE]);
}

gint64
pursuit_job_get_salary_min (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);
  return self->salary_min;
}

void
pursuit_job_set_salary_min (PursuitJob *self,
                            gint64      salary_min)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  set_int64 (self, &self->salary_min, PROP_SALARY_MIN, salary_min);
}

gint64
pursuit_job_get_salary_max (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);
  return self->salary_max;
}

void
pursuit_job_set_salary_max (PursuitJob *self,
                            gint64      salary_max)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  set_int64 (self, &self->salary_max, PROP_SALARY_MAX, salary_max);
}

/**
 * pursuit_job_get_match_score:
 * @self: a job
 *
 * Returns: the match score from 0 to 100, or -1 when the job was not scored
 */
int
pursuit_job_get_match_score (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), -1);
  return self->match_score;
}

void
pursuit_job_set_match_score (PursuitJob *self,
                             int         match_score)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (match_score >= -1 && match_score <= 100);

  if (self->match_score == match_score)
    return;

  self->match_score = match_score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MATCH_SCORE]);
}

gint64
pursuit_job_get_created_at (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);
  return self->created_at;
}

void
pursuit_job_set_created_at (PursuitJob *self,
                            gint64      created_at)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  set_int64 (self, &self->created_at, PROP_CREATED_AT, created_at);
}

gint64
pursuit_job_get_updated_at (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);
  return self->updated_at;
}

void
pursuit_job_set_updated_at (PursuitJob *self,
                            gint64      updated_at)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  set_int64 (self, &self->updated_at, PROP_UPDATED_AT, updated_at);
}

#define DEFINE_STRING_ACCESSORS(name, PROP) \
  const char * \
  pursuit_job_get_##name (PursuitJob *self) \
  { \
    g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL); \
    return self->strings[PROP]; \
  } \
  void \
  pursuit_job_set_##name (PursuitJob *self, \
                          const char *value) \
  { \
    g_return_if_fail (PURSUIT_IS_JOB (self)); \
    set_string (self, PROP, value); \
  }

DEFINE_STRING_ACCESSORS (title, PROP_TITLE)
DEFINE_STRING_ACCESSORS (company, PROP_COMPANY)
DEFINE_STRING_ACCESSORS (location, PROP_LOCATION)
DEFINE_STRING_ACCESSORS (currency, PROP_CURRENCY)
DEFINE_STRING_ACCESSORS (salary_period, PROP_SALARY_PERIOD)
DEFINE_STRING_ACCESSORS (url, PROP_URL)
DEFINE_STRING_ACCESSORS (apply_url, PROP_APPLY_URL)
DEFINE_STRING_ACCESSORS (description, PROP_DESCRIPTION)
DEFINE_STRING_ACCESSORS (source, PROP_SOURCE)
DEFINE_STRING_ACCESSORS (employment_type, PROP_EMPLOYMENT_TYPE)
DEFINE_STRING_ACCESSORS (posted_date, PROP_POSTED_DATE)
DEFINE_STRING_ACCESSORS (deadline, PROP_DEADLINE)
DEFINE_STRING_ACCESSORS (stage, PROP_STAGE)
DEFINE_STRING_ACCESSORS (applied_date, PROP_APPLIED_DATE)
DEFINE_STRING_ACCESSORS (resume, PROP_RESUME)
DEFINE_STRING_ACCESSORS (cover_letter, PROP_COVER_LETTER)
DEFINE_STRING_ACCESSORS (withdraw_reason, PROP_WITHDRAW_REASON)

/**
 * pursuit_job_format_salary_period:
 * @amount: a formatted salary or range, such as "€70k – €90k"
 * @period: (nullable): "HOUR", "DAY", "WEEK", "MONTH" or "YEAR"
 *
 * Says what the salary is paid for. A yearly salary is the usual case and
 * keeps @amount as it is.
 *
 * Returns: (transfer full): the text, such as "€4k – €5k a month"
 */
char *
pursuit_job_format_salary_period (const char *amount,
                                  const char *period)
{
  g_return_val_if_fail (amount != NULL, NULL);

  if (g_strcmp0 (period, "MONTH") == 0)
    return g_strdup_printf (C_("salary period", "%s a month"), amount);
  if (g_strcmp0 (period, "WEEK") == 0)
    return g_strdup_printf (C_("salary period", "%s a week"), amount);
  if (g_strcmp0 (period, "DAY") == 0)
    return g_strdup_printf (C_("salary period", "%s a day"), amount);
  if (g_strcmp0 (period, "HOUR") == 0)
    return g_strdup_printf (C_("salary period", "%s an hour"), amount);

  return g_strdup (amount);
}
