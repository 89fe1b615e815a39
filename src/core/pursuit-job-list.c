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
  GPtrArray    *items;

  gulong        added_handler;
  gulong        changed_handler;
  gulong        removed_handler;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitJobList, pursuit_job_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_STAGE,
  PROP_QUERY,
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
find_job (PursuitJobList *self,
          gint64          job_id,
          guint          *position)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      if (pursuit_job_get_id (g_ptr_array_index (self->items, i)) == job_id)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
accepts (PursuitJobList *self,
         PursuitJob     *job)
{
  if (self->stage != NULL && g_strcmp0 (pursuit_job_get_stage (job), self->stage) != 0)
    return FALSE;

  if (self->query != NULL && !pursuit_store_job_matches (self->store, pursuit_job_get_id (job), self->query))
    return FALSE;

  return TRUE;
}

static void
reload (PursuitJobList *self)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  guint old_len = self->items->len;

  if (self->query != NULL)
    {
      g_autoptr(GPtrArray) found = pursuit_store_search_jobs (self->store, self->query, &error);

      if (found != NULL)
        {
          jobs = g_ptr_array_new_with_free_func (g_object_unref);
          for (guint i = 0; i < found->len; i++)
            {
              PursuitJob *job = g_ptr_array_index (found, i);

              if (self->stage == NULL || g_strcmp0 (pursuit_job_get_stage (job), self->stage) == 0)
                g_ptr_array_add (jobs, g_object_ref (job));
            }
        }
    }
  else
    {
      jobs = pursuit_store_list_jobs (self->store, self->stage, &error);
    }

  if (jobs == NULL)
    {
      g_warning ("Could not load jobs: %s", error->message);
      jobs = g_ptr_array_new_with_free_func (g_object_unref);
    }

  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = g_steal_pointer (&jobs);

  if (old_len > 0 || self->items->len > 0)
    items_changed (self, 0, old_len, self->items->len);
}

static void
on_store_job_added_cb (PursuitJobList *self,
                       PursuitJob     *job,
                       PursuitStore   *store)
{
  if (!accepts (self, job))
    return;

  g_ptr_array_insert (self->items, 0, g_object_ref (job));
  items_changed (self, 0, 0, 1);
}

static void
on_store_job_changed_cb (PursuitJobList *self,
                         PursuitJob     *job,
                         PursuitStore   *store)
{
  gboolean wanted = accepts (self, job);
  guint position;

  if (!find_job (self, pursuit_job_get_id (job), &position))
    {
      if (wanted)
        {
          g_ptr_array_insert (self->items, 0, g_object_ref (job));
          items_changed (self, 0, 0, 1);
        }
      return;
    }

  if (!wanted)
    {
      g_ptr_array_remove_index (self->items, position);
      items_changed (self, position, 1, 0);
      return;
    }

  /* The most recently updated job comes first. */
  g_ptr_array_remove_index (self->items, position);
  g_ptr_array_insert (self->items, 0, g_object_ref (job));

  if (position == 0)
    {
      items_changed (self, 0, 1, 1);
    }
  else
    {
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, 1);
    }
}

static void
on_store_job_removed_cb (PursuitJobList *self,
                         gint64          job_id,
                         PursuitStore   *store)
{
  guint position;

  if (!find_job (self, job_id, &position))
    return;

  g_ptr_array_remove_index (self->items, position);
  items_changed (self, position, 1, 0);
}

static GType
pursuit_job_list_get_item_type (GListModel *model)
{
  return PURSUIT_TYPE_JOB;
}

static guint
pursuit_job_list_get_n_items (GListModel *model)
{
  return PURSUIT_JOB_LIST (model)->items->len;
}

static gpointer
pursuit_job_list_get_item (GListModel *model,
                           guint       position)
{
  PursuitJobList *self = PURSUIT_JOB_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
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
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_job_list_parent_class)->dispose (object);
}

static void
pursuit_job_list_finalize (GObject *object)
{
  PursuitJobList *self = (PursuitJobList *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->stage, g_free);
  g_clear_pointer (&self->query, g_free);

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
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
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
  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_job_list_init (PursuitJobList *self)
{
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
  g_autofree char *normalized = NULL;

  g_return_if_fail (PURSUIT_IS_JOB_LIST (self));

  if (query != NULL)
    {
      normalized = g_strstrip (g_strdup (query));
      if (normalized[0] == '\0')
        g_clear_pointer (&normalized, g_free);
    }

  if (g_strcmp0 (self->query, normalized) == 0)
    return;

  g_free (self->query);
  self->query = g_steal_pointer (&normalized);

  if (self->store != NULL)
    reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}
