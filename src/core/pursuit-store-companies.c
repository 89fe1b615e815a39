/* pursuit-store-companies.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: company pages. Companies are not stored as
 * such: each read groups the jobs by the keys of their company names and
 * by the domains of their postings and of the companies' websites, so
 * that a job added, renamed or removed needs no bookkeeping here. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-store-companies.h"
#include "pursuit-store-private.h"

#define INFO_NAMESPACE    "company"
#define SUMMARY_NAMESPACE "company-summary"
#define MAX_NOTES_LENGTH  100000
#define MAX_SUMMARY_LENGTH 4000
#define MAX_INFO_LENGTH   (64 * 1024)

/* A domain shared by this many differently named companies is some job
 * board or hosting we do not know of, not a company's own site. */
#define MAX_KEYS_PER_DOMAIN 3

typedef struct
{
  gint64 id;
  char *name;
  char *key;
  char *website;
  char *website_domain;
  char *notes;
  gint64 created_at;
} CompanyRow;

typedef struct
{
  gint64 id;
  gint64 company_id;
  gint64 created_at;
  char *domains[2];
} JobRow;

typedef struct
{
  guint root;
  GArray *jobs;              /* of JobRow * */
  GHashTable *company_ids;   /* gint64 * → CompanyRow * */
} Group;

typedef struct
{
  GHashTable *companies;     /* gint64 * company id → CompanyRow * */
  GPtrArray *jobs;           /* of JobRow * */
  GHashTable *nodes;         /* "k:key" / "d:domain" → node index + 1 */
  GArray *parents;           /* of guint: union-find */
  GHashTable *shared_domains; /* domains of too many companies to be theirs */
} Grouping;

static void
company_row_free (gpointer data)
{
  CompanyRow *row = data;

  g_free (row->name);
  g_free (row->key);
  g_free (row->website);
  g_free (row->website_domain);
  g_free (row->notes);
  g_free (row);
}

static void
job_row_free (gpointer data)
{
  JobRow *row = data;

  g_free (row->domains[0]);
  g_free (row->domains[1]);
  g_free (row);
}

static void
grouping_free (Grouping *grouping)
{
  g_clear_pointer (&grouping->companies, g_hash_table_unref);
  g_clear_pointer (&grouping->jobs, g_ptr_array_unref);
  g_clear_pointer (&grouping->nodes, g_hash_table_unref);
  g_clear_pointer (&grouping->parents, g_array_unref);
  g_clear_pointer (&grouping->shared_domains, g_hash_table_unref);
  g_free (grouping);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Grouping, grouping_free)

static void
group_free (gpointer data)
{
  Group *group = data;

  g_array_unref (group->jobs);
  g_hash_table_unref (group->company_ids);
  g_free (group);
}

static guint
node_for (Grouping   *grouping,
          char        kind,
          const char *value)
{
  g_autofree char *name = g_strdup_printf ("%c:%s", kind, value);
  gpointer found = g_hash_table_lookup (grouping->nodes, name);
  guint index;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  index = grouping->parents->len;
  g_array_append_val (grouping->parents, index);
  g_hash_table_insert (grouping->nodes, g_steal_pointer (&name), GUINT_TO_POINTER (index + 1));

  return index;
}

static guint
find_root (Grouping *grouping,
           guint     node)
{
  guint *parents = (guint *) (gpointer) grouping->parents->data;

  while (parents[node] != node)
    {
      parents[node] = parents[parents[node]];
      node = parents[node];
    }

  return node;
}

static void
join (Grouping *grouping,
      guint     a,
      guint     b)
{
  guint *parents = (guint *) (gpointer) grouping->parents->data;
  guint root_a = find_root (grouping, a);
  guint root_b = find_root (grouping, b);

  if (root_a != root_b)
    parents[MAX (root_a, root_b)] = MIN (root_a, root_b);
}

static gboolean
read_companies (PursuitStore  *self,
                Grouping      *grouping,
                GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT c.id, c.name, c.website, c.notes, c.created_at"
                                 " FROM companies c"
                                 " WHERE EXISTS (SELECT 1 FROM jobs j WHERE j.company_id = c.id)",
                                 error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CompanyRow *row = g_new0 (CompanyRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->name = g_strdup (_pursuit_column_text (stmt, 1));
      row->key = pursuit_company_key_for_name (row->name);
      row->website = g_strdup (_pursuit_column_text (stmt, 2));
      row->website_domain = pursuit_company_domain_for_url (row->website);
      row->notes = g_strdup (_pursuit_column_text (stmt, 3));
      row->created_at = sqlite3_column_int64 (stmt, 4);

      /* A name of nothing but punctuation keeps a group of its own. */
      if (row->key == NULL)
        row->key = g_strdup_printf ("#%" G_GINT64_FORMAT, row->id);

      g_hash_table_insert (grouping->companies, &row->id, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading companies");

  return TRUE;
}

static gboolean
read_jobs (PursuitStore  *self,
           Grouping      *grouping,
           GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT id, company_id, url, apply_url, created_at FROM jobs"
                                 " WHERE company_id IS NOT NULL"
                                 " ORDER BY created_at DESC, id DESC",
                                 error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JobRow *row = g_new0 (JobRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->company_id = sqlite3_column_int64 (stmt, 1);
      row->domains[0] = pursuit_company_domain_for_url (_pursuit_column_text (stmt, 2));
      row->domains[1] = pursuit_company_domain_for_url (_pursuit_column_text (stmt, 3));
      row->created_at = sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (grouping->jobs, row);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading jobs");

  return TRUE;
}

static void
count_domain (GHashTable *keys_by_domain,
              const char *domain,
              const char *key)
{
  GHashTable *keys;

  if (domain == NULL)
    return;

  keys = g_hash_table_lookup (keys_by_domain, domain);
  if (keys == NULL)
    {
      keys = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (keys_by_domain, (gpointer) domain, keys);
    }
  g_hash_table_add (keys, (gpointer) key);
}

static gboolean
domain_is_shared (GHashTable *keys_by_domain,
                  const char *domain)
{
  GHashTable *keys = g_hash_table_lookup (keys_by_domain, domain);

  return keys != NULL && g_hash_table_size (keys) >= MAX_KEYS_PER_DOMAIN;
}

static void
join_domain (Grouping   *grouping,
             GHashTable *keys_by_domain,
             guint       key_node,
             const char *domain)
{
  if (domain == NULL)
    return;

  if (domain_is_shared (keys_by_domain, domain))
    {
      g_hash_table_add (grouping->shared_domains, g_strdup (domain));
      return;
    }

  join (grouping, key_node, node_for (grouping, 'd', domain));
}

static Grouping *
read_grouping (PursuitStore  *self,
               GError       **error)
{
  g_autoptr(Grouping) grouping = g_new0 (Grouping, 1);
  g_autoptr(GHashTable) keys_by_domain = NULL;

  grouping->companies = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, company_row_free);
  grouping->jobs = g_ptr_array_new_with_free_func (job_row_free);
  grouping->nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  grouping->parents = g_array_new (FALSE, FALSE, sizeof (guint));
  grouping->shared_domains = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!read_companies (self, grouping, error) || !read_jobs (self, grouping, error))
    return NULL;

  keys_by_domain = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) g_hash_table_unref);
  for (guint i = 0; i < grouping->jobs->len; i++)
    {
      JobRow *job = g_ptr_array_index (grouping->jobs, i);
      CompanyRow *company = g_hash_table_lookup (grouping->companies, &job->company_id);

      count_domain (keys_by_domain, job->domains[0], company->key);
      count_domain (keys_by_domain, job->domains[1], company->key);
      count_domain (keys_by_domain, company->website_domain, company->key);
    }

  for (guint i = 0; i < grouping->jobs->len; i++)
    {
      JobRow *job = g_ptr_array_index (grouping->jobs, i);
      CompanyRow *company = g_hash_table_lookup (grouping->companies, &job->company_id);
      guint key_node = node_for (grouping, 'k', company->key);

      join_domain (grouping, keys_by_domain, key_node, job->domains[0]);
      join_domain (grouping, keys_by_domain, key_node, job->domains[1]);
      join_domain (grouping, keys_by_domain, key_node, company->website_domain);
    }

  return g_steal_pointer (&grouping);
}

/* Of Group, in the order of their newest job. */
static GPtrArray *
collect_groups (Grouping *grouping)
{
  g_autoptr(GHashTable) by_root = g_hash_table_new (NULL, NULL);
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);

  for (guint i = 0; i < grouping->jobs->len; i++)
    {
      JobRow *job = g_ptr_array_index (grouping->jobs, i);
      CompanyRow *company = g_hash_table_lookup (grouping->companies, &job->company_id);
      guint root = find_root (grouping, node_for (grouping, 'k', company->key));
      Group *group = g_hash_table_lookup (by_root, GUINT_TO_POINTER (root + 1));

      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->root = root;
          group->jobs = g_array_new (FALSE, FALSE, sizeof (JobRow *));
          group->company_ids = g_hash_table_new (g_int64_hash, g_int64_equal);
          g_hash_table_insert (by_root, GUINT_TO_POINTER (root + 1), group);
          g_ptr_array_add (groups, group);
        }

      g_array_append_val (group->jobs, job);
      g_hash_table_insert (group->company_ids, &company->id, company);
    }

  return groups;
}

static int
compare_counts (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  GHashTable *counts = user_data;
  const char *name_a = *(const char * const *) a;
  const char *name_b = *(const char * const *) b;
  guint count_a = GPOINTER_TO_UINT (g_hash_table_lookup (counts, name_a));
  guint count_b = GPOINTER_TO_UINT (g_hash_table_lookup (counts, name_b));

  if (count_a != count_b)
    return count_a > count_b ? -1 : 1;

  return g_utf8_collate (name_a, name_b);
}

/* Keys of @counts, the most counted first. */
static GPtrArray *
sorted_by_count (GHashTable *counts)
{
  GPtrArray *sorted = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (sorted, key);
  g_ptr_array_sort_with_data (sorted, compare_counts, counts);

  return sorted;
}

static void
add_count (GHashTable *counts,
           const char *value)
{
  if (value == NULL)
    return;

  g_hash_table_insert (counts, (gpointer) value,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, value)) + 1));
}

typedef struct
{
  char *value;
  gint64 learned;
} CachedInfo;

static void
cached_info_clear (gpointer data)
{
  g_free (((CachedInfo *) data)->value);
}

static int
compare_learned (gconstpointer a,
                 gconstpointer b)
{
  const CachedInfo *info_a = a;
  const CachedInfo *info_b = b;

  return (info_a->learned > info_b->learned) - (info_a->learned < info_b->learned);
}

/* The cached facts of every key in the group, the most recently learned
 * last so that they win. */
static void
read_cached_info (PursuitStore   *self,
                  PursuitCompany *company,
                  GPtrArray      *keys)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (CachedInfo));
  sqlite3_stmt *stmt;

  g_array_set_clear_func (rows, cached_info_clear);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT value, expires_at FROM cache"
                                 " WHERE namespace = '" INFO_NAMESPACE "' AND key = ? AND expires_at > ?",
                                 NULL);
  if (stmt == NULL)
    return;

  for (guint i = 0; i < keys->len; i++)
    {
      _pursuit_bind_text (stmt, 1, g_ptr_array_index (keys, i));
      sqlite3_bind_int64 (stmt, 2, _pursuit_store_now (self));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          CachedInfo info;

          info.value = g_strdup (_pursuit_column_text (stmt, 0));
          info.learned = sqlite3_column_int64 (stmt, 1) - PURSUIT_COMPANY_INFO_TTL / G_USEC_PER_SEC;
          g_array_append_val (rows, info);
        }
      sqlite3_reset (stmt);
    }

  /* Stable, so that among equals the later keys still win. */
  g_array_sort (rows, compare_learned);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GError) error = NULL;
      CachedInfo *info = &g_array_index (rows, CachedInfo, i);

      if (!pursuit_company_merge_info_json (company, info->value, &error))
        g_debug ("Ignoring cached company info: %s", error->message);
      pursuit_company_set_info_updated_at (company, info->learned);
    }
}

static void
read_cached_summary (PursuitStore   *self,
                     PursuitCompany *company,
                     GPtrArray      *keys)
{
  /* The display key, last, was the one summaries were saved under. */
  for (guint i = keys->len; i > 0; i--)
    {
      g_autofree char *summary = pursuit_store_cache_get (self, SUMMARY_NAMESPACE,
                                                          g_ptr_array_index (keys, i - 1));

      if (summary != NULL)
        {
          pursuit_company_set_summary (company, summary);
          return;
        }
    }
}

/* The oldest company row of the group: it holds the notes. */
static CompanyRow *
oldest_row (Group *group)
{
  GHashTableIter iter;
  CompanyRow *oldest = NULL;
  gpointer value;

  g_hash_table_iter_init (&iter, group->company_ids);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      CompanyRow *row = value;

      if (oldest == NULL || row->created_at < oldest->created_at ||
          (row->created_at == oldest->created_at && row->id < oldest->id))
        oldest = row;
    }

  return oldest;
}

/* Names count like domains, and among names as common as each other the
 * one the user wrote first wins: @age grows with the job's age (the jobs
 * come newest first), kept in the low bits of the count. */
#define NAME_AGE_BITS 20

static void
add_name_count (GHashTable *counts,
                const char *name,
                guint       age)
{
  guint value = GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
  /* 12 bits left for the count: thousands of jobs of one name tie. */
  guint count = MIN ((value >> NAME_AGE_BITS) + 1, (1u << (32 - NAME_AGE_BITS)) - 1);

  age = MIN (age, (1u << NAME_AGE_BITS) - 1);
  g_hash_table_insert (counts, (gpointer) name, GUINT_TO_POINTER ((count << NAME_AGE_BITS) | age));
}

static void
add_domain_count (Grouping   *grouping,
                  GHashTable *counts,
                  const char *domain)
{
  if (domain != NULL && !g_hash_table_contains (grouping->shared_domains, domain))
    add_count (counts, domain);
}

static PursuitCompany *
company_for_group (PursuitStore *self,
                   Grouping     *grouping,
                   Group        *group,
                   gboolean      with_cache)
{
  g_autoptr(PursuitCompany) company = pursuit_company_new ();
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) domains = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) websites = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) key_set = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) sorted_names = NULL;
  g_autoptr(GPtrArray) sorted_domains = NULL;
  g_autoptr(GPtrArray) sorted_websites = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GArray) job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *key = NULL;
  CompanyRow *oldest;

  for (guint i = 0; i < group->jobs->len; i++)
    {
      JobRow *job = g_array_index (group->jobs, JobRow *, i);
      CompanyRow *row = g_hash_table_lookup (group->company_ids, &job->company_id);

      g_array_append_val (job_ids, job->id);
      add_name_count (names, row->name, i);
      /* The company's own website says more than where a posting was. */
      add_domain_count (grouping, domains, row->website_domain);
      add_domain_count (grouping, domains, row->website_domain);
      add_domain_count (grouping, domains, job->domains[0]);
      add_domain_count (grouping, domains, job->domains[1]);
      add_count (websites, row->website_domain != NULL ? row->website : NULL);
      if (g_hash_table_add (key_set, row->key))
        g_ptr_array_add (keys, row->key);
    }

  sorted_names = sorted_by_count (names);
  sorted_domains = sorted_by_count (domains);
  sorted_websites = sorted_by_count (websites);

  g_ptr_array_add (sorted_names, NULL);
  pursuit_company_set_names (company, (const char * const *) sorted_names->pdata);
  pursuit_company_set_name (company, g_ptr_array_index (sorted_names, 0));

  key = pursuit_company_key_for_name (pursuit_company_get_name (company));
  if (key == NULL)
    key = g_strdup (g_ptr_array_index (keys, 0));
  pursuit_company_set_key (company, key);

  /* The display key's cache entries come last, so they win. */
  for (guint i = 0; i < keys->len; i++)
    if (g_str_equal (g_ptr_array_index (keys, i), key))
      {
        g_ptr_array_remove_index (keys, i);
        break;
      }
  g_ptr_array_add (keys, key);

  if (sorted_domains->len > 0)
    pursuit_company_set_domain (company, g_ptr_array_index (sorted_domains, 0));
  if (sorted_websites->len > 0)
    pursuit_company_set_website (company, g_ptr_array_index (sorted_websites, 0));

  pursuit_company_set_job_ids (company, (const gint64 *) (gpointer) job_ids->data, job_ids->len);

  oldest = oldest_row (group);
  if (oldest != NULL)
    pursuit_company_set_notes (company, oldest->notes);

  if (with_cache)
    {
      read_cached_info (self, company, keys);
      read_cached_summary (self, company, keys);
    }

  return g_steal_pointer (&company);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  PursuitCompany *company_a = *(PursuitCompany * const *) a;
  PursuitCompany *company_b = *(PursuitCompany * const *) b;
  g_autofree char *folded_a = g_utf8_casefold (pursuit_company_get_name (company_a), -1);
  g_autofree char *folded_b = g_utf8_casefold (pursuit_company_get_name (company_b), -1);
  int cmp = g_utf8_collate (folded_a, folded_b);

  return cmp != 0 ? cmp : g_strcmp0 (pursuit_company_get_key (company_a),
                                     pursuit_company_get_key (company_b));
}

/**
 * pursuit_store_list_companies:
 *
 * Returns: (transfer container) (element-type PursuitCompany): the
 *   companies with jobs, sorted by name
 */
GPtrArray *
pursuit_store_list_companies (PursuitStore  *self,
                              GError       **error)
{
  g_autoptr(Grouping) grouping = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) companies = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  grouping = read_grouping (self, error);
  if (grouping == NULL)
    return NULL;

  groups = collect_groups (grouping);
  companies = g_ptr_array_new_full (groups->len, g_object_unref);
  for (guint i = 0; i < groups->len; i++)
    g_ptr_array_add (companies, company_for_group (self, grouping, g_ptr_array_index (groups, i), TRUE));

  g_ptr_array_sort (companies, compare_names);

  return g_steal_pointer (&companies);
}

/* The group @key names: a name key, a domain, or a company name. */
static Group *
find_group (Grouping   *grouping,
            GPtrArray  *groups,
            const char *key)
{
  g_autofree char *name_key = NULL;
  g_autofree char *k = g_strdup_printf ("k:%s", key);
  g_autofree char *d = g_strdup_printf ("d:%s", key);
  gpointer node = g_hash_table_lookup (grouping->nodes, k);
  guint root;

  if (node == NULL)
    node = g_hash_table_lookup (grouping->nodes, d);
  if (node == NULL && (name_key = pursuit_company_key_for_name (key)) != NULL)
    {
      g_autofree char *by_name = g_strdup_printf ("k:%s", name_key);

      node = g_hash_table_lookup (grouping->nodes, by_name);
    }
  if (node == NULL)
    return NULL;

  root = find_root (grouping, GPOINTER_TO_UINT (node) - 1);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);

      if (group->root == root)
        return group;
    }

  return NULL;
}

static PursuitCompany *
get_company (PursuitStore  *self,
             const char    *key,
             gboolean       with_cache,
             GError       **error)
{
  g_autoptr(Grouping) grouping = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  Group *group;

  grouping = read_grouping (self, error);
  if (grouping == NULL)
    return NULL;

  groups = collect_groups (grouping);
  group = find_group (grouping, groups, key);
  if (group == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("No job is with the company “%s”"), key);
      return NULL;
    }

  return company_for_group (self, grouping, group, with_cache);
}

PursuitCompany *
pursuit_store_get_company (PursuitStore  *self,
                           const char    *key,
                           GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return get_company (self, key, TRUE, error);
}

PursuitCompany *
pursuit_store_get_company_for_job (PursuitStore  *self,
                                   gint64         job_id,
                                   GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _pursuit_store_prepare (self,
                                 "SELECT c.name FROM jobs j JOIN companies c ON c.id = j.company_id"
                                 " WHERE j.id = ?",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, job_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    name = g_strdup (_pursuit_column_text (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading a job's company");
      return NULL;
    }

  if (name == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("The job has no company"));
      return NULL;
    }

  key = pursuit_company_key_for_name (name);
  if (key == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("The job has no company"));
      return NULL;
    }

  return get_company (self, key, TRUE, error);
}

/* The group's key for a signal, or @key itself when no job has it. */
static char *
group_key (PursuitStore *self,
           const char   *key)
{
  g_autoptr(PursuitCompany) company = get_company (self, key, FALSE, NULL);

  if (company == NULL)
    return g_strdup (key);

  return g_strdup (pursuit_company_get_key (company));
}

gboolean
pursuit_store_set_company_notes (PursuitStore  *self,
                                 const char    *key,
                                 const char    *notes,
                                 GError       **error)
{
  g_autoptr(Grouping) grouping = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(PursuitCompany) company = NULL;
  CompanyRow *oldest;
  sqlite3_stmt *stmt;
  Group *group;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (notes != NULL && *notes == '\0')
    notes = NULL;

  if (!_pursuit_store_check_text (notes, _("notes"), error))
    return FALSE;
  if (notes != NULL && strlen (notes) > MAX_NOTES_LENGTH)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The notes are too long"));
      return FALSE;
    }

  grouping = read_grouping (self, error);
  if (grouping == NULL)
    return FALSE;

  groups = collect_groups (grouping);
  group = find_group (grouping, groups, key);
  if (group == NULL)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("No job is with the company “%s”"), key);
      return FALSE;
    }

  oldest = oldest_row (group);
  company = company_for_group (self, grouping, group, FALSE);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  stmt = _pursuit_store_prepare (self, "UPDATE companies SET notes = ? WHERE id = ?", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  _pursuit_bind_text (stmt, 1, notes);
  sqlite3_bind_int64 (stmt, 2, oldest->id);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_COMPANY_CHANGED, NULL, 0,
                               pursuit_company_get_key (company), NULL);

  return _pursuit_store_write_end (self, error);
}

/* Company rows whose name has @key and no website yet get @website. */
static gboolean
save_website (PursuitStore  *self,
              const char    *key,
              const char    *website,
              GError       **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT id, name FROM companies WHERE website IS NULL OR website = ''",
                                 error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *row_key = pursuit_company_key_for_name (_pursuit_column_text (stmt, 1));

      if (g_strcmp0 (row_key, key) == 0)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          g_array_append_val (ids, id);
        }
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading companies");

  stmt = _pursuit_store_prepare (self, "UPDATE companies SET website = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < ids->len; i++)
    {
      _pursuit_bind_text (stmt, 1, website);
      sqlite3_bind_int64 (stmt, 2, g_array_index (ids, gint64, i));
      if (!_pursuit_store_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
pursuit_store_remember_company_info (PursuitStore    *self,
                                     PursuitCompany  *info,
                                     GError         **error)
{
  g_autoptr(PursuitCompany) merged = NULL;
  g_autofree char *key = NULL;
  g_autofree char *cached = NULL;
  g_autofree char *json = NULL;
  g_autofree char *signal_key = NULL;
  g_autofree char *website_domain = NULL;
  const char *website;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (PURSUIT_IS_COMPANY (info), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = g_strdup (pursuit_company_get_key (info));
  if (key == NULL)
    key = pursuit_company_key_for_name (pursuit_company_get_name (info));
  if (key == NULL)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The company has no name"));
      return FALSE;
    }

  /* Fields this posting did not mention keep what an earlier one said. */
  merged = pursuit_company_new ();
  cached = pursuit_store_cache_get (self, INFO_NAMESPACE, key);
  if (cached != NULL && !pursuit_company_merge_info_json (merged, cached, NULL))
    g_debug ("Replacing unreadable cached company info for %s", key);
  {
    g_autofree char *update = pursuit_company_info_to_json (info);

    if (!_pursuit_store_check_text (update, _("company information"), error) ||
        !_pursuit_store_check_text (key, _("company name"), error) ||
        !pursuit_company_merge_info_json (merged, update, error))
      return FALSE;
  }
  json = pursuit_company_info_to_json (merged);
  if (strlen (json) > MAX_INFO_LENGTH)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The company information is too long"));
      return FALSE;
    }

  website = pursuit_company_get_website (info);
  /* Only a company's own site: not a job board's. */
  website_domain = pursuit_company_domain_for_url (website);
  signal_key = group_key (self, key);

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!pursuit_store_cache_set (self, INFO_NAMESPACE, key, json, PURSUIT_COMPANY_INFO_TTL, error))
    return _pursuit_store_write_fail (self);

  if (website_domain != NULL && !save_website (self, key, website, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_COMPANY_CHANGED, NULL, 0, signal_key, NULL);

  return _pursuit_store_write_end (self, error);
}

gboolean
pursuit_store_set_company_summary (PursuitStore  *self,
                                   const char    *key,
                                   const char    *summary,
                                   GError       **error)
{
  g_autoptr(PursuitCompany) company = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (summary != NULL && *summary == '\0')
    summary = NULL;

  if (!_pursuit_store_check_text (summary, _("summary"), error))
    return FALSE;
  if (summary != NULL && strlen (summary) > MAX_SUMMARY_LENGTH)
    {
      g_set_error_literal (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                           _("The summary is too long"));
      return FALSE;
    }

  company = get_company (self, key, FALSE, error);
  if (company == NULL)
    return FALSE;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (summary != NULL)
    {
      if (!pursuit_store_cache_set (self, SUMMARY_NAMESPACE, pursuit_company_get_key (company),
                                    summary, PURSUIT_COMPANY_INFO_TTL, error))
        return _pursuit_store_write_fail (self);
    }
  else
    {
      sqlite3_stmt *stmt = _pursuit_store_prepare (self,
                                                   "DELETE FROM cache WHERE namespace = '"
                                                   SUMMARY_NAMESPACE "' AND key = ?",
                                                   error);

      if (stmt == NULL)
        return _pursuit_store_write_fail (self);
      _pursuit_bind_text (stmt, 1, pursuit_company_get_key (company));
      if (!_pursuit_store_step_done (self, stmt, error))
        return _pursuit_store_write_fail (self);
    }

  _pursuit_store_queue_signal (self, PENDING_COMPANY_CHANGED, NULL, 0,
                               pursuit_company_get_key (company), NULL);

  return _pursuit_store_write_end (self, error);
}
