/* pursuit-job-list.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-list"

#include "pursuit-job-list.h"

struct _PursuitJobList
{
  GObject       parent_instance;

  PursuitStore *store;
  char         *stage;
  char         *query;
  /* NULL when no filter is set or it lets every job through. */
  PursuitJobFilter *filter;

  /* Every job of the stage, most recently updated first, and the ones the
   * query and the filter let through. Typing filters @all in memory against
   * a set of matching ids, so no row is read again per keystroke. */
  GPtrArray    *all;
  GPtrArray    *items;
  GHashTable   *matching_ids;
  /* Jobs written since @matching_ids was found, whose text may match the
   * query differently now: id → whether it matches. The set itself may be
   * shared with the store's cache, so it is never changed. */
  GHashTable   *rechecked_ids;

  /* Only while refilter() runs: the old jobs not looked at yet. */
  GPtrArray    *old_rest;
  guint         old_rest_start;

  gulong        added_handler;
  gulong        changed_handler;
  gulong        removed_handler;
  gulong        reloaded_handler;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitJobList, pursuit_job_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_STAGE,
  PROP_QUERY,
  PROP_FILTER,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
items_changed (PursuitJobList *self,
               guint           position,
               guint           removed,
               guint           added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);

  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

static gboolean
find_job (GPtrArray *jobs,
          gint64     job_id,
          guint     *position)
{
  for (guint i = 0; i < jobs->len; i++)
    {
      if (pursuit_job_get_id (g_ptr_array_index (jobs, i)) == job_id)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
in_stage (PursuitJobList *self,
          PursuitJob     *job)
{
  return self->stage == NULL || g_strcmp0 (pursuit_job_get_stage (job), self->stage) == 0;
}

static gboolean
passes_filter (PursuitJobList *self,
               PursuitJob     *job)
{
  return self->filter == NULL || pursuit_job_filter_matches (self->filter, job);
}

static gboolean
passes_query (PursuitJobList *self,
              PursuitJob     *job)
{
  gint64 id = pursuit_job_get_id (job);
  gpointer matches;

  if (self->matching_ids == NULL)
    return TRUE;

  if (self->rechecked_ids != NULL &&
      g_hash_table_lookup_extended (self->rechecked_ids, &id, NULL, &matches))
    return GPOINTER_TO_INT (matches);

  return g_hash_table_contains (self->matching_ids, &id);
}

/* Whether @job belongs in @items; the cheaper in-memory filter first. */
static gboolean
passes (PursuitJobList *self,
        PursuitJob     *job)
{
  return passes_filter (self, job) && passes_query (self, job);
}

/* A job that was written just now: its text may have changed, so ask the
 * index about it rather than the set of matches found before, and remember
 * the answer for when a filter change looks at the job again. */
static gboolean
recheck (PursuitJobList *self,
         PursuitJob     *job)
{
  gint64 id = pursuit_job_get_id (job);
  gboolean matches;

  if (self->query == NULL)
    return passes_filter (self, job);

  matches = pursuit_store_job_matches (self->store, id, self->query);
  if (self->rechecked_ids == NULL)
    self->rechecked_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_hash_table_insert (self->rechecked_ids, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (matches));

  return matches && passes_filter (self, job);
}

static void
update_matching_ids (PursuitJobList *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->matching_ids, g_hash_table_unref);
  g_clear_pointer (&self->rechecked_ids, g_hash_table_unref);

  if (self->query == NULL)
    return;

  self->matching_ids = pursuit_store_search_ids (self->store, self->query, &error);
  if (self->matching_ids == NULL)
    {
      /* Text the index cannot take (invalid UTF-8) matches nothing. */
      g_debug ("Search for “%s” failed: %s", self->query, error ? error->message : "blank");
      self->matching_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    }
}

/* While refilter() runs, the list is the jobs already placed (@items)
 * followed by the old jobs not looked at yet (@old_rest), so every
 * items-changed it emits describes the model exactly as it is then. */
static PursuitJob *
peek_item (PursuitJobList *self,
           guint           position)
{
  if (position < self->items->len)
    return g_ptr_array_index (self->items, position);

  position -= self->items->len;
  if (self->old_rest != NULL && self->old_rest_start + position < self->old_rest->len)
    return g_ptr_array_index (self->old_rest, self->old_rest_start + position);

  return NULL;
}

static guint
count_items (PursuitJobList *self)
{
  guint n = self->items->len;

  if (self->old_rest != NULL)
    n += self->old_rest->len - self->old_rest_start;

  return n;
}

static void
flush_run (PursuitJobList *self,
           guint          *n_removed,
           GPtrArray      *added)
{
  guint position = self->items->len;

  if (*n_removed == 0 && added->len == 0)
    return;

  for (guint i = 0; i < added->len; i++)
    g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (added, i)));

  g_list_model_items_changed (G_LIST_MODEL (self), position, *n_removed, added->len);

  *n_removed = 0;
  g_ptr_array_set_size (added, 0);
}

/*
 * Narrows @all to the jobs the query and the filter let through, telling
 * the views only about the runs of jobs that appear or disappear: rows
 * that stay keep their widgets, which matters when a board of thousands of
 * cards is filtered on every keystroke or filter click. Scattered changes are one announcement. @items is always a subsequence of @all, in
 * the same order, so one walk over @all finds every run.
 */
/* How many separate runs of changes refilter() announces one by one; past
 * that, views rebuild faster from one "everything changed". */
#define MAX_ANNOUNCED_RUNS 48

static guint
count_runs (PursuitJobList *self)
{
  guint runs = 0;
  guint old_index = 0;
  gboolean in_run = FALSE;

  for (guint k = 0; k < self->all->len; k++)
    {
      PursuitJob *job = g_ptr_array_index (self->all, k);
      gboolean was_shown = old_index < self->items->len &&
                           g_ptr_array_index (self->items, old_index) == (gpointer)job;
      gboolean shown = passes (self, job);

      if (was_shown)
        old_index++;

      if (was_shown == shown)
        {
          if (was_shown)
            in_run = FALSE;
          continue;
        }

      if (!in_run)
        runs++;
      in_run = TRUE;
    }

  return runs;
}

static void
replace_all (PursuitJobList *self)
{
  guint old_len = self->items->len;

  g_ptr_array_set_size (self->items, 0);
  for (guint k = 0; k < self->all->len; k++)
    {
      PursuitJob *job = g_ptr_array_index (self->all, k);

      if (passes (self, job))
        g_ptr_array_add (self->items, g_object_ref (job));
    }

  if (old_len > 0 || self->items->len > 0)
    items_changed (self, 0, old_len, self->items->len);
}

static void
refilter (PursuitJobList *self)
{
  g_autoptr(GPtrArray) added = NULL;
  guint old_len = self->items->len;
  guint n_removed = 0;

  if (count_runs (self) > MAX_ANNOUNCED_RUNS)
    {
      replace_all (self);
      return;
    }

  added = g_ptr_array_new ();

  self->old_rest = g_steal_pointer (&self->items);
  self->old_rest_start = 0;
  self->items = g_ptr_array_new_full (self->all->len, g_object_unref);

  for (guint k = 0; k < self->all->len; k++)
    {
      PursuitJob *job = g_ptr_array_index (self->all, k);
      gboolean was_shown = self->old_rest_start < self->old_rest->len &&
                           g_ptr_array_index (self->old_rest, self->old_rest_start) == (gpointer)job;
      gboolean shown = passes (self, job);

      if (was_shown && shown)
        {
          flush_run (self, &n_removed, added);
          self->old_rest_start++;
          g_ptr_array_add (self->items, g_object_ref (job));
        }
      else if (was_shown)
        {
          self->old_rest_start++;
          n_removed++;
        }
      else if (shown)
        {
          g_ptr_array_add (added, job);
        }
    }

  /* Old jobs that @all no longer has (never expected) go too. */
  n_removed += self->old_rest->len - self->old_rest_start;
  self->old_rest_start = self->old_rest->len;
  flush_run (self, &n_removed, added);

  g_clear_pointer (&self->old_rest, g_ptr_array_unref);

  if (old_len != self->items->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
}

static void
reload (PursuitJobList *self)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *jobs = pursuit_store_list_jobs (self->store, self->stage, &error);

  if (jobs == NULL)
    {
      g_warning ("Could not load jobs: %s", error->message);
      jobs = g_ptr_array_new_with_free_func (g_object_unref);
    }

  g_clear_pointer (&self->all, g_ptr_array_unref);
  self->all = jobs;
  refilter (self);
}

static void
put_first (GPtrArray  *jobs,
           PursuitJob *job)
{
  g_ptr_array_insert (jobs, 0, g_object_ref (job));
}

static void
on_store_job_added_cb (PursuitJobList *self,
                       PursuitJob     *job,
                       PursuitStore   *store)
{
  if (!in_stage (self, job))
    return;

  put_first (self->all, job);

  if (recheck (self, job))
    {
      put_first (self->items, job);
      items_changed (self, 0, 0, 1);
    }
}

static void
on_store_job_changed_cb (PursuitJobList *self,
                         PursuitJob     *job,
                         PursuitStore   *store)
{
  gboolean wanted = in_stage (self, job);
  gboolean was_shown;
  guint position;

  if (find_job (self->all, pursuit_job_get_id (job), &position))
    g_ptr_array_remove_index (self->all, position);
  if (wanted)
    put_first (self->all, job);

  was_shown = find_job (self->items, pursuit_job_get_id (job), &position);
  wanted = wanted && recheck (self, job);

  /* The most recently updated job comes first. Each items-changed is
   * emitted when @items is as it says, for views that read the model from
   * their handler. */
  if (was_shown && wanted && position == 0)
    {
      g_ptr_array_remove_index (self->items, 0);
      put_first (self->items, job);
      items_changed (self, 0, 1, 1);
      return;
    }

  if (was_shown)
    {
      g_ptr_array_remove_index (self->items, position);
      items_changed (self, position, 1, 0);
    }
  if (wanted)
    {
      put_first (self->items, job);
      items_changed (self, 0, 0, 1);
    }
}

static void
on_store_job_removed_cb (PursuitJobList *self,
                         gint64          job_id,
                         PursuitStore   *store)
{
  guint position;

  if (find_job (self->all, job_id, &position))
    g_ptr_array_remove_index (self->all, position);

  if (find_job (self->items, job_id, &position))
    {
      g_ptr_array_remove_index (self->items, position);
      items_changed (self, position, 1, 0);
    }
}

static void
on_store_reloaded_cb (PursuitJobList *self,
                      PursuitStore   *store)
{
  update_matching_ids (self);
  reload (self);
}

static GType
pursuit_job_list_get_item_type (GListModel *model)
{
  return PURSUIT_TYPE_JOB;
}

static guint
pursuit_job_list_get_n_items (GListModel *model)
{
  return count_items (PURSUIT_JOB_LIST (model));
}

static gpointer
pursuit_job_list_get_item (GListModel *model,
                           guint       position)
{
  PursuitJob *job = peek_item (PURSUIT_JOB_LIST (model), position);

  return job != NULL ? g_object_ref (job) : NULL;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = pursuit_job_list_get_item_type;
  iface->get_n_items = pursuit_job_list_get_n_items;
  iface->get_item = pursuit_job_list_get_item;
}

static void
pursuit_job_list_constructed (GObject *object)
{
  PursuitJobList *self = (PursuitJobList *)object;

  G_OBJECT_CLASS (pursuit_job_list_parent_class)->constructed (object);

  g_assert (PURSUIT_IS_STORE (self->store));

  self->added_handler = g_signal_connect_object (self->store, "job-added",
                                                 G_CALLBACK (on_store_job_added_cb),
                                                 self, G_CONNECT_SWAPPED);
  self->changed_handler = g_signal_connect_object (self->store, "job-changed",
                                                   G_CALLBACK (on_store_job_changed_cb),
                                                   self, G_CONNECT_SWAPPED);
  self->removed_handler = g_signal_connect_object (self->store, "job-removed",
                                                   G_CALLBACK (on_store_job_removed_cb),
                                                   self, G_CONNECT_SWAPPED);
  self->reloaded_handler = g_signal_connect_object (self->store, "reloaded",
                                                    G_CALLBACK (on_store_reloaded_cb),
                                                    self, G_CONNECT_SWAPPED);
  update_matching_ids (self);
  reload (self);
}

static void
pursuit_job_list_dispose (GObject *object)
{
  PursuitJobList *self = (PursuitJobList *)object;

  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->added_handler, self->store);
      g_clear_signal_handler (&self->changed_handler, self->store);
      g_clear_signal_handler (&self->removed_handler, self->store);
      g_clear_signal_handler (&self->reloaded_handler, self->store);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_job_list_parent_class)->dispose (object);
}

static void
pursuit_job_list_finalize (GObject *object)
{
  PursuitJobList *self = (PursuitJobList *)object;

  g_clear_pointer (&self->all, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->matching_ids, g_hash_table_unref);
  g_clear_pointer (&self->rechecked_ids, g_hash_table_unref);
  g_clear_pointer (&self->stage, g_free);
  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->filter, pursuit_job_filter_unref);

  G_OBJECT_CLASS (pursuit_job_list_parent_class)->finalize (object);
}

static void
pursuit_job_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PursuitJobList *self = PURSUIT_JOB_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_STAGE:
      g_value_set_string (value, self->stage);
      break;
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;
    case PROP_FILTER:
      g_value_set_boxed (value, self->filter);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, count_items (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PursuitJobList *self = PURSUIT_JOB_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_STAGE:
      self->stage = g_value_dup_string (value);
      break;
    case PROP_QUERY:
      pursuit_job_list_set_query (self, g_value_get_string (value));
      break;
    case PROP_FILTER:
      pursuit_job_list_set_filter (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_job_list_class_init (PursuitJobListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pursuit_job_list_constructed;
  object_class->dispose = pursuit_job_list_dispose;
  object_class->finalize = pursuit_job_list_finalize;
  object_class->get_property = pursuit_job_list_get_property;
  object_class->set_property = pursuit_job_list_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_STAGE] =
    g_param_spec_string ("stage", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_FILTER] =
    g_param_spec_boxed ("filter", NULL, NULL, PURSUIT_TYPE_JOB_FILTER,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_job_list_init (PursuitJobList *self)
{
  self->all = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * pursuit_job_list_new:
 * @store: the store to follow
 * @stage: (nullable): a stage key, or %NULL for the jobs of every stage
 *
 * Returns: (transfer full): a list of the jobs, kept up to date
 */
PursuitJobList *
pursuit_job_list_new (PursuitStore *store,
                      const char   *stage)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  return g_object_new (PURSUIT_TYPE_JOB_LIST, "store", store, "stage", stage, NULL);
}

PursuitStore *
pursuit_job_list_get_store (PursuitJobList *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_LIST (self), NULL);
  return self->store;
}

const char *
pursuit_job_list_get_stage (PursuitJobList *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_LIST (self), NULL);
  return self->stage;
}

const char *
pursuit_job_list_get_query (PursuitJobList *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_LIST (self), NULL);
  return self->query;
}

/**
 * pursuit_job_list_set_query:
 * @self: a job list
 * @query: (nullable): words to search for; %NULL or blank shows every job
 *
 * Narrows the list to the jobs matching @query, best match first.
 */
void
pursuit_job_list_set_query (PursuitJobList *self,
                            const char     *query)
{
  g_autofree char *normalized = pursuit_job_list_normalize_query (query);

  g_return_if_fail (PURSUIT_IS_JOB_LIST (self));

  if (g_strcmp0 (self->query, normalized) == 0)
    return;

  g_free (self->query);
  self->query = g_steal_pointer (&normalized);

  if (self->store != NULL)
    {
      update_matching_ids (self);
      refilter (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}

/**
 * pursuit_job_list_normalize_query:
 * @query: (nullable): what the user typed
 *
 * Returns: (transfer full) (nullable): @query without surrounding space,
 *   or %NULL when nothing is left, which means "every job"
 */
char *
pursuit_job_list_normalize_query (const char *query)
{
  char *normalized;

  if (query == NULL)
    return NULL;

  normalized = g_strstrip (g_strdup (query));
  if (normalized[0] == '\0')
    g_clear_pointer (&normalized, g_free);

  return normalized;
}

/**
 * pursuit_job_list_get_filter:
 * @self: a job list
 *
 * Returns: (transfer none) (nullable): the filter narrowing the list, or
 *   %NULL when every job the query finds is shown; do not change it
 */
PursuitJobFilter *
pursuit_job_list_get_filter (PursuitJobList *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_LIST (self), NULL);
  return self->filter;
}

/**
 * pursuit_job_list_set_filter:
 * @self: a job list
 * @filter: (nullable): the criteria jobs must meet besides the query, or
 *   %NULL for none
 *
 * Narrows the list to the jobs that pass @filter as well as the query.
 * Only the runs of jobs that appear or disappear are announced. The list
 * keeps a copy of @filter: changing @filter afterwards has no effect until
 * it is set again.
 */
void
pursuit_job_list_set_filter (PursuitJobList   *self,
                             PursuitJobFilter *filter)
{
  g_return_if_fail (PURSUIT_IS_JOB_LIST (self));

  if (filter != NULL && pursuit_job_filter_is_empty (filter))
    filter = NULL;

  if (pursuit_job_filter_equal (self->filter, filter))
    return;

  g_clear_pointer (&self->filter, pursuit_job_filter_unref);
  if (filter != NULL)
    self->filter = pursuit_job_filter_copy (filter);

  if (self->store != NULL)
    refilter (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILTER]);
}
