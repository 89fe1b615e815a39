/* pursuit-job-filter.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-filter"

#include "pursuit-job-filter.h"

#include <stdlib.h>
#include <string.h>

struct _PursuitJobFilter
{
  gatomicrefcount  ref_count;

  /* Trimmed, non-empty, unique and sorted case-insensitively, like a
   * job's own tags. @tag_keys holds their case-folded forms, in the same
   * order, so matching and comparing fold nothing per job. */
  char           **tags;
  char           **tag_keys;

  char            *source;
  char            *source_key;

  gint64           min_salary;
  guint            remote_only : 1;

  /* Sorted and unique, for a binary search per job; NULL when unset. An
   * empty set is a non-NULL array of no ids. */
  GArray          *job_ids;
  char            *label;

  /* A tag or source that is not UTF-8 cannot be any job's, so such a
   * filter lets nothing through rather than being dropped silently. */
  guint            invalid : 1;
};

G_DEFINE_BOXED_TYPE (PursuitJobFilter, pursuit_job_filter,
                     pursuit_job_filter_ref, pursuit_job_filter_unref)

static const char * const no_tags[] = { NULL };

/* Case-folded, so "Rust" and "rust" are the same tag or source. */
static char *
fold (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      return g_utf8_casefold (valid, -1);
    }

  return g_utf8_casefold (text, -1);
}

/* Empty and blank strings mean "unset"; the rest lose surrounding space. */
static char *
normalize_text (const char *text)
{
  char *stripped;

  if (text == NULL)
    return NULL;

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    g_clear_pointer (&stripped, g_free);

  return stripped;
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
  const TagEntry *ta = a;
  const TagEntry *tb = b;

  return strcmp (ta->key, tb->key);
}

static void
update_invalid (PursuitJobFilter *self)
{
  self->invalid = self->source != NULL && !g_utf8_validate (self->source, -1, NULL);

  for (guint i = 0; self->tags != NULL && self->tags[i] != NULL; i++)
    {
      if (!g_utf8_validate (self->tags[i], -1, NULL))
        self->invalid = TRUE;
    }
}

static gboolean
strv_equal (char **a,
            char **b)
{
  guint na = a != NULL ? g_strv_length (a) : 0;
  guint nb = b != NULL ? g_strv_length (b) : 0;

  if (na != nb)
    return FALSE;

  for (guint i = 0; i < na; i++)
    {
      if (strcmp (a[i], b[i]) != 0)
        return FALSE;
    }

  return TRUE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 ia = *(const gint64 *)a;
  gint64 ib = *(const gint64 *)b;

  return ia < ib ? -1 : ia > ib;
}

static gboolean
job_ids_equal (GArray *a,
               GArray *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return a->len == b->len &&
         (a->len == 0 || memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0);
}

/* Multiplies without wrapping: an absurd hourly rate stays absurdly high. */
static gint64
saturating_multiply (gint64 amount,
                     gint64 factor)
{
  if (amount > G_MAXINT64 / factor)
    return G_MAXINT64;

  return amount * factor;
}

static void
pursuit_job_filter_free (PursuitJobFilter *self)
{
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->tag_keys, g_strfreev);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->source_key, g_free);
  g_clear_pointer (&self->job_ids, g_array_unref);
  g_clear_pointer (&self->label, g_free);
  g_free (self);
}

/**
 * pursuit_job_filter_new:
 *
 * Returns: (transfer full): a filter that lets every job through
 */
PursuitJobFilter *
pursuit_job_filter_new (void)
{
  PursuitJobFilter *self = g_new0 (PursuitJobFilter, 1);

  g_atomic_ref_count_init (&self->ref_count);

  return self;
}

/**
 * pursuit_job_filter_copy:
 * @self: a filter
 *
 * Returns: (transfer full): a new filter with the same criteria, to change
 *   without affecting the lists that use @self
 */
PursuitJobFilter *
pursuit_job_filter_copy (PursuitJobFilter *self)
{
  PursuitJobFilter *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = pursuit_job_filter_new ();
  copy->tags = g_strdupv (self->tags);
  copy->tag_keys = g_strdupv (self->tag_keys);
  copy->source = g_strdup (self->source);
  copy->source_key = g_strdup (self->source_key);
  copy->min_salary = self->min_salary;
  copy->remote_only = self->remote_only;
  copy->invalid = self->invalid;
  copy->label = g_strdup (self->label);
  if (self->job_ids != NULL)
    {
      copy->job_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->job_ids->len);
      g_array_append_vals (copy->job_ids, self->job_ids->data, self->job_ids->len);
    }

  return copy;
}

PursuitJobFilter *
pursuit_job_filter_ref (PursuitJobFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
pursuit_job_filter_unref (PursuitJobFilter *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    pursuit_job_filter_free (self);
}

/**
 * pursuit_job_filter_get_tags:
 * @self: a filter
 *
 * Returns: (transfer none) (array zero-terminated=1): the tags a job must
 *   all have, sorted case-insensitively; empty when any job passes
 */
const char * const *
pursuit_job_filter_get_tags (PursuitJobFilter *self)
{
  g_return_val_if_fail (self != NULL, no_tags);

  return self->tags != NULL ? (const char * const *)self->tags : no_tags;
}

/**
 * pursuit_job_filter_set_tags:
 * @self: a filter
 * @tags: (nullable) (array zero-terminated=1): tags a job must all have
 *
 * Blank tags are ignored, and tags that differ only in case count once.
 */
void
pursuit_job_filter_set_tags (PursuitJobFilter   *self,
                             const char * const *tags)
{
  g_autoptr(GArray) entries = NULL;
  GPtrArray *sorted_tags;
  GPtrArray *sorted_keys;

  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->tag_keys, g_strfreev);

  entries = g_array_new (FALSE, FALSE, sizeof (TagEntry));
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      TagEntry entry;

      entry.tag = normalize_text (tags[i]);
      if (entry.tag == NULL)
        continue;
      entry.key = fold (entry.tag);
      g_array_append_val (entries, entry);
    }

  /* Stable, so of two spellings of one tag the first given is kept. */
  g_array_sort (entries, compare_tag_entries);

  sorted_tags = g_ptr_array_new ();
  sorted_keys = g_ptr_array_new ();
  for (guint i = 0; i < entries->len; i++)
    {
      TagEntry *entry = &g_array_index (entries, TagEntry, i);

      if (sorted_keys->len > 0 &&
          strcmp (g_ptr_array_index (sorted_keys, sorted_keys->len - 1), entry->key) == 0)
        {
          g_free (entry->tag);
          g_free (entry->key);
          continue;
        }

      g_ptr_array_add (sorted_tags, entry->tag);
      g_ptr_array_add (sorted_keys, entry->key);
    }

  if (sorted_tags->len > 0)
    {
      g_ptr_array_add (sorted_tags, NULL);
      g_ptr_array_add (sorted_keys, NULL);
      self->tags = (char **)g_ptr_array_free (sorted_tags, FALSE);
      self->tag_keys = (char **)g_ptr_array_free (sorted_keys, FALSE);
    }
  else
    {
      g_ptr_array_free (sorted_tags, TRUE);
      g_ptr_array_free (sorted_keys, TRUE);
    }

  update_invalid (self);
}

/**
 * pursuit_job_filter_get_source:
 * @self: a filter
 *
 * Returns: (nullable): the source a job must come from, or %NULL for any
 */
const char *
pursuit_job_filter_get_source (PursuitJobFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->source;
}

/**
 * pursuit_job_filter_set_source:
 * @self: a filter
 * @source: (nullable): the source a job must come from, compared
 *   case-insensitively; %NULL or blank for any
 */
void
pursuit_job_filter_set_source (PursuitJobFilter *self,
                               const char       *source)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->source_key, g_free);

  self->source = normalize_text (source);
  if (self->source != NULL)
    self->source_key = fold (self->source);

  update_invalid (self);
}

gboolean
pursuit_job_filter_get_remote_only (PursuitJobFilter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->remote_only;
}

/**
 * pursuit_job_filter_set_remote_only:
 * @self: a filter
 * @remote_only: whether only remote jobs pass
 */
void
pursuit_job_filter_set_remote_only (PursuitJobFilter *self,
                                    gboolean          remote_only)
{
  g_return_if_fail (self != NULL);

  self->remote_only = !!remote_only;
}

gint64
pursuit_job_filter_get_min_salary (PursuitJobFilter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->min_salary;
}

/**
 * pursuit_job_filter_set_min_salary:
 * @self: a filter
 * @min_salary: the lowest yearly salary a job may offer; 0 (or less) for
 *   any, which also lets jobs without a salary through
 */
void
pursuit_job_filter_set_min_salary (PursuitJobFilter *self,
                                   gint64            min_salary)
{
  g_return_if_fail (self != NULL);

  self->min_salary = MAX (min_salary, 0);
}

/**
 * pursuit_job_filter_set_job_ids:
 * @self: a filter
 * @ids: (nullable) (array length=n_ids): the only jobs that pass, or
 *   %NULL for any job
 * @n_ids: how many @ids there are; 0 with a non-%NULL @ids lets no job
 *   through
 * @label: (nullable): plain text naming the set, such as "Funnel: Applied",
 *   for the filter UI; ignored when @ids is %NULL
 */
void
pursuit_job_filter_set_job_ids (PursuitJobFilter *self,
                                const gint64     *ids,
                                guint             n_ids,
                                const char       *label)
{
  guint kept = 0;

  g_return_if_fail (self != NULL);
  g_return_if_fail (ids != NULL || n_ids == 0);

  g_clear_pointer (&self->job_ids, g_array_unref);
  g_clear_pointer (&self->label, g_free);

  if (ids == NULL)
    return;

  self->job_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  if (n_ids > 0)
    g_array_append_vals (self->job_ids, ids, n_ids);
  g_array_sort (self->job_ids, compare_ids);

  for (guint i = 0; i < self->job_ids->len; i++)
    {
      gint64 id = g_array_index (self->job_ids, gint64, i);

      if (kept == 0 || g_array_index (self->job_ids, gint64, kept - 1) != id)
        g_array_index (self->job_ids, gint64, kept++) = id;
    }
  g_array_set_size (self->job_ids, kept);

  if (label != NULL)
    self->label = g_utf8_make_valid (label, -1);
}

/**
 * pursuit_job_filter_get_job_ids:
 * @self: a filter
 * @n_ids: (out) (optional): how many ids there are
 *
 * Returns: (nullable) (array length=n_ids) (transfer none): the only jobs
 *   that pass, sorted and unique, or %NULL when any job passes
 */
const gint64 *
pursuit_job_filter_get_job_ids (PursuitJobFilter *self,
                                guint            *n_ids)
{
  static const gint64 no_ids[1] = { 0 };

  if (n_ids != NULL)
    *n_ids = 0;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->job_ids == NULL)
    return NULL;

  if (n_ids != NULL)
    *n_ids = self->job_ids->len;

  /* An empty set is not "unset": never NULL for it. */
  return self->job_ids->len > 0 ? (const gint64 *)(gpointer)self->job_ids->data : no_ids;
}

/**
 * pursuit_job_filter_get_label:
 * @self: a filter
 *
 * Returns: (nullable): what the job ids are, as set with them, valid UTF-8
 */
const char *
pursuit_job_filter_get_label (PursuitJobFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->label;
}

/**
 * pursuit_job_filter_is_empty:
 * @self: a filter
 *
 * Returns: whether @self lets every job through
 */
gboolean
pursuit_job_filter_is_empty (PursuitJobFilter *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->tags == NULL &&
         self->source == NULL &&
         !self->remote_only &&
         self->min_salary == 0 &&
         self->job_ids == NULL;
}

/**
 * pursuit_job_filter_equal:
 * @a: (nullable): a filter
 * @b: (nullable): another filter
 *
 * %NULL counts as an empty filter.
 *
 * Returns: whether @a and @b let the same jobs through (and label their
 *   job ids alike)
 */
gboolean
pursuit_job_filter_equal (PursuitJobFilter *a,
                          PursuitJobFilter *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL)
    return pursuit_job_filter_is_empty (b);
  if (b == NULL)
    return pursuit_job_filter_is_empty (a);

  /* Invalid text folds lossily, so compare it as written. */
  if (a->invalid || b->invalid)
    {
      if (!strv_equal (a->tags, b->tags) || g_strcmp0 (a->source, b->source) != 0)
        return FALSE;
    }

  return a->remote_only == b->remote_only &&
         a->min_salary == b->min_salary &&
         job_ids_equal (a->job_ids, b->job_ids) &&
         g_strcmp0 (a->label, b->label) == 0 &&
         g_strcmp0 (a->source_key, b->source_key) == 0 &&
         strv_equal (a->tag_keys, b->tag_keys);
}

/**
 * pursuit_job_filter_annual_salary:
 * @job: a job
 *
 * The job's best salary (salary-max, or salary-min when there is no max)
 * for a year, as the minimum salary is compared against; see the
 * description of #PursuitJobFilter.
 *
 * Returns: the yearly amount, or 0 when the job has no salary
 */
gint64
pursuit_job_filter_annual_salary (PursuitJob *job)
{
  static const struct {
    const char *period;
    gint64      per_year;
  } periods[] = {
    { "HOUR", 2080 },
    { "DAY", 260 },
    { "WEEK", 52 },
    { "MONTH", 12 },
    { "YEAR", 1 },
  };
  const char *period;
  gint64 salary;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), 0);

  salary = pursuit_job_get_salary_max (job);
  if (salary <= 0)
    salary = pursuit_job_get_salary_min (job);
  if (salary <= 0)
    return 0;

  period = pursuit_job_get_salary_period (job);
  if (period == NULL)
    return salary;

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      if (g_ascii_strcasecmp (period, periods[i].period) == 0)
        return saturating_multiply (salary, periods[i].per_year);
    }

  /* A period we do not know is most likely a yearly figure mislabelled. */
  return salary;
}

static gboolean
matches_source (PursuitJobFilter *self,
                PursuitJob       *job)
{
  const char *source = pursuit_job_get_source (job);
  g_autofree char *stripped = NULL;
  g_autofree char *key = NULL;

  if (source == NULL || !g_utf8_validate (source, -1, NULL))
    return FALSE;

  /* The common case, the same spelling, needs no folding. */
  if (strcmp (source, self->source) == 0)
    return TRUE;

  stripped = g_strstrip (g_strdup (source));
  key = g_utf8_casefold (stripped, -1);

  return strcmp (key, self->source_key) == 0;
}

/**
 * pursuit_job_filter_matches:
 * @self: a filter
 * @job: a job
 *
 * Returns: whether @job passes every criterion of @self
 */
gboolean
pursuit_job_filter_matches (PursuitJobFilter *self,
                            PursuitJob       *job)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), FALSE);

  if (self->invalid)
    return FALSE;

  if (self->job_ids != NULL)
    {
      gint64 id = pursuit_job_get_id (job);

      if (self->job_ids->len == 0 ||
          bsearch (&id, self->job_ids->data, self->job_ids->len, sizeof (gint64), compare_ids) == NULL)
        return FALSE;
    }

  if (self->remote_only && !pursuit_job_get_remote (job))
    return FALSE;

  if (self->min_salary > 0 && pursuit_job_filter_annual_salary (job) < self->min_salary)
    return FALSE;

  if (self->source != NULL && !matches_source (self, job))
    return FALSE;

  for (guint i = 0; self->tags != NULL && self->tags[i] != NULL; i++)
    {
      if (!pursuit_job_has_tag (job, self->tags[i]))
        return FALSE;
    }

  return TRUE;
}
