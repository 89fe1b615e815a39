/* pursuit-job.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

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
  PROP_TAGS,
  PROP_STAGE_CHANGED_AT,
  PROP_NEXT_DUE_AT,
  PROP_NEXT_DUE_KIND,
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
  gint64    stage_changed_at;
  gint64    next_due_at;
  char     *next_due_kind;
  /* NULL stands for "no tags", so the thousands of untagged jobs of a
   * big store do not each hold an empty array. */
  char    **tags;
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
  g_free (self->next_due_kind);
  g_strfreev (self->tags);

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
    case PROP_TAGS:
      g_value_set_boxed (value, pursuit_job_get_tags (self));
      break;
    case PROP_STAGE_CHANGED_AT:
      g_value_set_int64 (value, self->stage_changed_at);
      break;
    case PROP_NEXT_DUE_AT:
      g_value_set_int64 (value, self->next_due_at);
      break;
    case PROP_NEXT_DUE_KIND:
      g_value_set_string (value, self->next_due_kind);
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
    case PROP_TAGS:
      pursuit_job_set_tags (self, g_value_get_boxed (value));
      break;
    case PROP_STAGE_CHANGED_AT:
      pursuit_job_set_stage_changed_at (self, g_value_get_int64 (value));
      break;
    case PROP_NEXT_DUE_AT:
      pursuit_job_set_next_due (self, g_value_get_int64 (value), self->next_due_kind);
      break;
    case PROP_NEXT_DUE_KIND:
      pursuit_job_set_next_due (self, self->next_due_at, g_value_get_string (value));
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
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_STAGE_CHANGED_AT] =
    g_param_spec_int64 ("stage-changed-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NEXT_DUE_AT] =
    g_param_spec_int64 ("next-due-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NEXT_DUE_KIND] =
    g_param_spec_string ("next-due-kind", NULL, NULL, NULL, flags);

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
  copy->stage_changed_at = self->stage_changed_at;
  copy->next_due_at = self->next_due_at;
  copy->next_due_kind = g_strdup (self->next_due_kind);
  copy->tags = g_strdupv (self->tags);

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

typedef struct
{
  char *tag;
  char *key;
} TagEntry;

static int
compare_tag_entries (gconstpointer a,
                     gconstpointer b)
{
  const TagEntry *ea = a;
  const TagEntry *eb = b;
  int cmp = strcmp (ea->key, eb->key);

  return cmp != 0 ? cmp : strcmp (ea->tag, eb->tag);
}

/* The key tags are compared and sorted by. Invalid UTF-8 cannot be
 * case-folded; it still needs a key, because the store only rejects such a
 * tag when it is saved. */
static char *
tag_key (const char *tag)
{
  if (g_utf8_validate (tag, -1, NULL))
    return g_utf8_casefold (tag, -1);

  return g_ascii_strdown (tag, -1);
}

/**
 * pursuit_job_normalize_tags:
 * @tags: (nullable) (array zero-terminated=1): tags
 *
 * Trims every tag, drops empty ones and case-insensitive duplicates (the
 * first spelling wins) and sorts the rest case-insensitively. It does not
 * judge the tags' characters: the store does that when it saves them.
 *
 * Returns: (transfer full): the normalised tags, never %NULL
 */
char **
pursuit_job_normalize_tags (const char * const *tags)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (TagEntry));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  char **result;

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      TagEntry entry;

      entry.tag = g_strstrip (g_strdup (tags[i]));
      if (entry.tag[0] == '\0')
        {
          g_free (entry.tag);
          continue;
        }

      entry.key = tag_key (entry.tag);
      if (!g_hash_table_add (seen, entry.key))
        {
          g_free (entry.tag);
          g_free (entry.key);
          continue;
        }

      g_array_append_val (entries, entry);
    }

  g_array_sort (entries, compare_tag_entries);

  result = g_new0 (char *, entries->len + 1);
  for (guint i = 0; i < entries->len; i++)
    {
      TagEntry *entry = &g_array_index (entries, TagEntry, i);

      result[i] = entry->tag;
      g_free (entry->key);
    }

  return result;
}

/**
 * pursuit_job_get_tags:
 * @self: a job
 *
 * Returns: (transfer none) (array zero-terminated=1): the job's tags, sorted
 *   case-insensitively and unique; an empty array when it has none
 */
const char * const *
pursuit_job_get_tags (PursuitJob *self)
{
  static const char * const no_tags[] = { NULL };

  g_return_val_if_fail (PURSUIT_IS_JOB (self), no_tags);

  return self->tags != NULL ? (const char * const *)self->tags : no_tags;
}

/**
 * pursuit_job_set_tags:
 * @self: a job
 * @tags: (nullable) (array zero-terminated=1): the new tags
 *
 * Replaces the job's tags with @tags, normalised as
 * pursuit_job_normalize_tags() does.
 */
void
pursuit_job_set_tags (PursuitJob         *self,
                      const char * const *tags)
{
  g_auto(GStrv) normalized = NULL;

  g_return_if_fail (PURSUIT_IS_JOB (self));

  normalized = pursuit_job_normalize_tags (tags);
  if (normalized[0] == NULL)
    g_clear_pointer (&normalized, g_strfreev);

  if (self->tags == NULL && normalized == NULL)
    return;
  if (self->tags != NULL && normalized != NULL &&
      g_strv_equal ((const char * const *)self->tags, (const char * const *)normalized))
    return;

  g_strfreev (self->tags);
  self->tags = g_steal_pointer (&normalized);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

/**
 * pursuit_job_has_tag:
 * @self: a job
 * @tag: a tag
 *
 * Returns: whether the job has @tag, ignoring case and surrounding spaces
 */
gboolean
pursuit_job_has_tag (PursuitJob *self,
                     const char *tag)
{
  g_autofree char *stripped = NULL;
  g_autofree char *key = NULL;

  g_return_val_if_fail (PURSUIT_IS_JOB (self), FALSE);
  g_return_val_if_fail (tag != NULL, FALSE);

  if (self->tags == NULL)
    return FALSE;

  stripped = g_strstrip (g_strdup (tag));
  key = tag_key (stripped);

  for (guint i = 0; self->tags[i] != NULL; i++)
    {
      g_autofree char *other = tag_key (self->tags[i]);

      if (strcmp (key, other) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * pursuit_job_get_stage_changed_at:
 * @self: a job
 *
 * Returns: when the job entered its current stage, in Unix seconds; its
 *   creation time if it never moved
 */
gint64
pursuit_job_get_stage_changed_at (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);
  return self->stage_changed_at;
}

void
pursuit_job_set_stage_changed_at (PursuitJob *self,
                                  gint64      stage_changed_at)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  set_int64 (self, &self->stage_changed_at, PROP_STAGE_CHANGED_AT, stage_changed_at);
}

/**
 * pursuit_job_get_next_due_at:
 * @self: a job
 *
 * The store fills this in when it loads a job; it is not saved with it.
 *
 * Returns: when the job's next open item (interview, follow-up or
 *   reminder) is due, in Unix seconds, or 0 when there is none
 */
gint64
pursuit_job_get_next_due_at (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), 0);
  return self->next_due_at;
}

/**
 * pursuit_job_get_next_due_kind:
 * @self: a job
 *
 * Returns: (nullable): "interview", "follow-up" or "reminder" for the next
 *   due item, %NULL when there is none
 */
const char *
pursuit_job_get_next_due_kind (PursuitJob *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB (self), NULL);
  return self->next_due_kind;
}

/**
 * pursuit_job_set_next_due:
 * @self: a job
 * @at: when the next item is due, in Unix seconds, or 0 for none
 * @kind: (nullable): the item's kind, see pursuit_job_get_next_due_kind()
 */
void
pursuit_job_set_next_due (PursuitJob *self,
                          gint64      at,
                          const char *kind)
{
  g_return_if_fail (PURSUIT_IS_JOB (self));
  g_return_if_fail (at >= 0);

  if (at == 0 || (kind != NULL && kind[0] == '\0'))
    {
      at = 0;
      kind = NULL;
    }

  g_object_freeze_notify (G_OBJECT (self));

  if (self->next_due_at != at)
    {
      self->next_due_at = at;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_DUE_AT]);
    }

  if (g_strcmp0 (self->next_due_kind, kind) != 0)
    {
      g_free (self->next_due_kind);
      self->next_due_kind = g_strdup (kind);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_DUE_KIND]);
    }

  g_object_thaw_notify (G_OBJECT (self));
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
