/* pursuit-store-matching.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitStore, continued: job requirements (a cache keyed by what they
 * were read from), gap analysis, match scores and recommendations. */

#define G_LOG_DOMAIN "pursuit-store"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "pursuit-matcher.h"
#include "pursuit-pipeline.h"
#include "pursuit-store-matching-private.h"
#include "pursuit-store-private.h"

#define RECOMMENDATIONS_NAMESPACE "recommendations"
#define RECOMMENDATIONS_TTL       (G_TIME_SPAN_HOUR)

/* Requirements -------------------------------------------------------------- */

void
_pursuit_store_job_text_free (PursuitStoreJobText *text)
{
  if (text == NULL)
    return;

  g_free (text->title);
  g_free (text->description);
  g_free (text->cached_hash);
  g_free (text->cached_json);
  g_free (text);
}

char *
_pursuit_store_requirements_hash (PursuitSkillTaxonomy *taxonomy,
                                  const char           *title,
                                  const char           *description)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  const char *version = pursuit_skill_taxonomy_get_version (taxonomy);

  /* The separator keeps "ab"+"c" and "a"+"bc" apart. */
  g_checksum_update (checksum, (const guchar *)(version ? version : ""), -1);
  g_checksum_update (checksum, (const guchar *)"\x1f", 1);
  g_checksum_update (checksum, (const guchar *)(title ? title : ""), -1);
  g_checksum_update (checksum, (const guchar *)"\x1f", 1);
  g_checksum_update (checksum, (const guchar *)(description ? description : ""), -1);

  return g_strdup (g_checksum_get_string (checksum));
}

PursuitJobRequirements *
_pursuit_store_requirements_for_text (PursuitSkillTaxonomy      *taxonomy,
                                      const PursuitStoreJobText *text,
                                      const char                *hash,
                                      gboolean                  *out_fresh)
{
  if (out_fresh != NULL)
    *out_fresh = FALSE;

  if (text->cached_json != NULL && g_strcmp0 (text->cached_hash, hash) == 0)
    {
      g_autoptr(GError) error = NULL;
      PursuitJobRequirements *requirements;

      requirements = pursuit_job_requirements_new_from_json (taxonomy, text->cached_json, &error);
      if (requirements != NULL)
        return requirements;

      g_debug ("Cached requirements of job %lld unreadable: %s", (long long)text->job_id, error->message);
    }

  if (out_fresh != NULL)
    *out_fresh = TRUE;

  return pursuit_job_requirements_extract (taxonomy, text->title, text->description);
}

static PursuitStoreJobText *
job_text_from_row (sqlite3_stmt *stmt)
{
  PursuitStoreJobText *text = g_new0 (PursuitStoreJobText, 1);

  text->job_id = sqlite3_column_int64 (stmt, 0);
  text->title = g_strdup (_pursuit_column_text (stmt, 1));
  text->description = g_strdup (_pursuit_column_text (stmt, 2));
  text->score = sqlite3_column_type (stmt, 3) == SQLITE_NULL ? -1 : CLAMP (sqlite3_column_int (stmt, 3), 0, 100);
  text->cached_hash = g_strdup (_pursuit_column_text (stmt, 4));
  text->cached_json = g_strdup (_pursuit_column_text (stmt, 5));

  return text;
}

GPtrArray *
_pursuit_store_list_job_texts (PursuitStore  *self,
                               gint64         job_id,
                               GError       **error)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func ((GDestroyNotify)_pursuit_store_job_text_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self,
                                 "SELECT j.id, j.title, j.description, j.match_score, r.source_hash,"
                                 " r.requirements FROM jobs j LEFT JOIN job_requirements r ON r.job_id = j.id"
                                 " WHERE ?1 = 0 OR j.id = ?1 ORDER BY j.id",
                                 error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, job_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (texts, job_text_from_row (stmt));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading jobs");
      return NULL;
    }

  return g_steal_pointer (&texts);
}

gboolean
_pursuit_store_cache_requirements (PursuitStore  *self,
                                   gint64         job_id,
                                   const char    *hash,
                                   const char    *json,
                                   GError       **error)
{
  sqlite3_stmt *stmt;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  /* A job removed while its requirements were being read is skipped. */
  stmt = _pursuit_store_prepare (self,
                                 "INSERT OR REPLACE INTO job_requirements (job_id, source_hash, requirements)"
                                 " SELECT id, ?2, ?3 FROM jobs WHERE id = ?1",
                                 error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, job_id);
  sqlite3_bind_text (stmt, 2, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, json, -1, SQLITE_TRANSIENT);
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  return _pursuit_store_write_end (self, error);
}

/**
 * pursuit_store_get_job_requirements:
 *
 * Returns: (transfer full): the job's requirements, or %NULL with @error
 *   set (NOT_FOUND for an unknown job)
 */
PursuitJobRequirements *
pursuit_store_get_job_requirements (PursuitStore  *self,
                                    gint64         job_id,
                                    GError       **error)
{
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autofree char *hash = NULL;
  PursuitStoreJobText *text;
  gboolean fresh = FALSE;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (job_id <= 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no job with id %lld"), (long long)job_id);
      return NULL;
    }

  texts = _pursuit_store_list_job_texts (self, job_id, error);
  if (texts == NULL)
    return NULL;

  if (texts->len == 0)
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND,
                   _("There is no job with id %lld"), (long long)job_id);
      return NULL;
    }

  text = g_ptr_array_index (texts, 0);
  hash = _pursuit_store_requirements_hash (taxonomy, text->title, text->description);
  requirements = _pursuit_store_requirements_for_text (taxonomy, text, hash, &fresh);

  if (fresh)
    {
      g_autofree char *json = pursuit_job_requirements_to_json (requirements);
      g_autoptr(GError) cache_error = NULL;

      /* A cache that cannot be written (a read-only disk) costs time, not
       * the answer. */
      if (!_pursuit_store_cache_requirements (self, job_id, hash, json, &cache_error))
        g_debug ("Could not cache the requirements of job %lld: %s",
                 (long long)job_id, cache_error->message);
    }

  return g_steal_pointer (&requirements);
}

/* Gap analysis and scores --------------------------------------------------- */

/**
 * pursuit_store_analyze_job:
 *
 * Returns: (transfer full): the job's gap analysis, or %NULL with @error
 *   set
 */
PursuitMatchResult *
pursuit_store_analyze_job (PursuitStore  *self,
                           gint64         job_id,
                           GError       **error)
{
  g_autoptr(PursuitJobRequirements) requirements = NULL;
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(PursuitMatcher) matcher = NULL;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  requirements = pursuit_store_get_job_requirements (self, job_id, error);
  if (requirements == NULL)
    return NULL;

  profile = pursuit_store_get_profile (self);
  if (profile == NULL)
    {
      PursuitMatchResult *result = pursuit_match_result_new ();

      _pursuit_match_result_set_components (result, -1, 0, 0, 0, 0);
      return result;
    }

  matcher = pursuit_matcher_new (pursuit_skill_taxonomy_get_default (), profile);
  return pursuit_matcher_analyze (matcher, requirements);
}

/**
 * pursuit_store_set_match_scores:
 *
 * Returns: how many jobs' scores changed, or -1 with @error set
 */
int
pursuit_store_set_match_scores (PursuitStore  *self,
                                const gint64  *job_ids,
                                const int     *scores,
                                guint          n,
                                GError       **error)
{
  sqlite3_stmt *stmt;
  int changed = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), -1);
  g_return_val_if_fail (n == 0 || (job_ids != NULL && scores != NULL), -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  for (guint i = 0; i < n; i++)
    {
      if (scores[i] < -1 || scores[i] > 100)
        {
          g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                       _("A match score is between 0 and 100, not %d"), scores[i]);
          return -1;
        }
    }

  if (n == 0)
    return 0;

  if (!_pursuit_store_write_begin (self, error))
    return -1;

  /* IS NOT compares NULLs too: an unchanged score is not written, so it
   * announces nothing and the scorer does not hear its own writes. */
  stmt = _pursuit_store_prepare (self,
                                 "UPDATE jobs SET match_score = ?1 WHERE id = ?2 AND match_score IS NOT ?1",
                                 error);
  if (stmt == NULL)
    {
      _pursuit_store_write_abort (self);
      return -1;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PursuitJob) job = NULL;

      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      if (scores[i] < 0)
        sqlite3_bind_null (stmt, 1);
      else
        sqlite3_bind_int (stmt, 1, scores[i]);
      sqlite3_bind_int64 (stmt, 2, job_ids[i]);

      if (!_pursuit_store_step_done (self, stmt, error))
        {
          _pursuit_store_write_abort (self);
          return -1;
        }

      if (sqlite3_changes (_pursuit_store_get_db (self)) == 0)
        continue;

      changed++;
      job = pursuit_store_get_job (self, job_ids[i], error);
      if (job == NULL)
        {
          _pursuit_store_write_abort (self);
          return -1;
        }
      _pursuit_store_queue_signal (self, PENDING_JOB_CHANGED, job, 0, NULL, NULL);
    }

  if (!_pursuit_store_write_end (self, error))
    return -1;

  return changed;
}

/* Recommendations ----------------------------------------------------------- */

static char *
weights_key (const PursuitRecommendationWeights *weights,
             guint                               limit)
{
  char buffers[5][G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup_printf ("%s,%s,%s,%s,%s;%u",
                          g_ascii_formatd (buffers[0], sizeof buffers[0], "%.4f", weights->skills),
                          g_ascii_formatd (buffers[1], sizeof buffers[1], "%.4f", weights->behaviour),
                          g_ascii_formatd (buffers[2], sizeof buffers[2], "%.4f", weights->salary),
                          g_ascii_formatd (buffers[3], sizeof buffers[3], "%.4f", weights->location),
                          g_ascii_formatd (buffers[4], sizeof buffers[4], "%.4f", weights->company),
                          limit);
}

static PursuitJobSignal
signal_for_category (const char *category)
{
  if (g_strcmp0 (category, PURSUIT_STAGE_APPLIED) == 0 ||
      g_strcmp0 (category, PURSUIT_STAGE_GHOSTED) == 0)
    return PURSUIT_JOB_SIGNAL_APPLIED;
  if (g_strcmp0 (category, PURSUIT_STAGE_SCREENING) == 0 ||
      g_strcmp0 (category, PURSUIT_STAGE_INTERVIEW_SCHEDULED) == 0 ||
      g_strcmp0 (category, PURSUIT_STAGE_INTERVIEWING) == 0 ||
      g_strcmp0 (category, PURSUIT_STAGE_OFFER) == 0 ||
      g_strcmp0 (category, PURSUIT_STAGE_ACCEPTED) == 0)
    return PURSUIT_JOB_SIGNAL_ADVANCED;
  if (g_strcmp0 (category, PURSUIT_STAGE_REJECTED) == 0)
    return PURSUIT_JOB_SIGNAL_REJECTED;
  /* The user withdrew: as good as not interested. */
  if (g_strcmp0 (category, PURSUIT_STAGE_WITHDRAWN) == 0)
    return PURSUIT_JOB_SIGNAL_DISMISSED;

  return PURSUIT_JOB_SIGNAL_NONE;
}

static GHashTable *
list_dismissed (PursuitStore  *self,
                GError       **error)
{
  g_autoptr(GHashTable) dismissed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _pursuit_store_prepare (self, "SELECT job_id FROM recommendation_feedback WHERE verdict = 'dismissed'", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (dismissed, id);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      _pursuit_store_set_sqlite_error (error, _pursuit_store_get_db (self), "reading dismissed recommendations");
      return NULL;
    }

  return g_steal_pointer (&dismissed);
}

/* What a ranking needs, read on the main thread. */
typedef struct
{
  PursuitProfile               *profile;
  GPtrArray                    *candidates;  /* of PursuitJob */
  GPtrArray                    *signal_jobs; /* of PursuitJob */
  GArray                       *signals;     /* of PursuitJobSignal */
  PursuitRecommendationWeights  weights;
  guint                         limit;
  char                         *key;
  guint                         generation;
} RankInput;

static void
rank_input_free (RankInput *input)
{
  g_clear_object (&input->profile);
  g_clear_pointer (&input->candidates, g_ptr_array_unref);
  g_clear_pointer (&input->signal_jobs, g_ptr_array_unref);
  g_clear_pointer (&input->signals, g_array_unref);
  g_free (input->key);
  g_free (input);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RankInput, rank_input_free)

static RankInput *
read_rank_input (PursuitStore                        *self,
                 const PursuitRecommendationWeights  *weights,
                 guint                                limit,
                 GError                             **error)
{
  g_autoptr(RankInput) input = g_new0 (RankInput, 1);
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) dismissed = NULL;

  input->weights = *weights;
  input->limit = limit;
  input->key = weights_key (weights, limit);
  input->generation = _pursuit_store_get_recommendations_generation (self);
  input->profile = pursuit_store_get_profile (self);
  if (input->profile == NULL)
    input->profile = pursuit_profile_new ();

  jobs = pursuit_store_list_jobs (self, NULL, error);
  if (jobs == NULL)
    return NULL;
  dismissed = list_dismissed (self, error);
  if (dismissed == NULL)
    return NULL;

  /* User-made columns act as the built-in stage they belong to. */
  stages = pursuit_store_list_stages (self);
  for (guint i = 0; stages != NULL && i < stages->len; i++)
    {
      PursuitStage *stage = g_ptr_array_index (stages, i);

      g_hash_table_insert (categories, (gpointer)pursuit_stage_get_key (stage),
                           (gpointer)pursuit_stage_get_category (stage));
    }

  input->candidates = g_ptr_array_new_with_free_func (g_object_unref);
  input->signal_jobs = g_ptr_array_new_with_free_func (g_object_unref);
  input->signals = g_array_new (FALSE, FALSE, sizeof (PursuitJobSignal));

  for (guint i = 0; i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      gint64 id = pursuit_job_get_id (job);
      const char *category = g_hash_table_lookup (categories, pursuit_job_get_stage (job));
      PursuitJobSignal signal;

      if (category == NULL)
        category = pursuit_job_get_stage (job);

      if (g_hash_table_contains (dismissed, &id))
        signal = PURSUIT_JOB_SIGNAL_DISMISSED;
      else
        signal = signal_for_category (category);

      if (signal == PURSUIT_JOB_SIGNAL_NONE)
        {
          if (g_strcmp0 (category, PURSUIT_STAGE_SAVED) == 0)
            g_ptr_array_add (input->candidates, g_object_ref (job));
          continue;
        }

      g_ptr_array_add (input->signal_jobs, g_object_ref (job));
      g_array_append_val (input->signals, signal);
    }

  return g_steal_pointer (&input);
}

static GPtrArray *
rank (RankInput *input)
{
  g_autoptr(PursuitRecommender) recommender = NULL;

  recommender = pursuit_recommender_new (pursuit_skill_taxonomy_get_default (), input->profile);
  for (guint i = 0; i < input->signal_jobs->len; i++)
    pursuit_recommender_add_signal (recommender, g_ptr_array_index (input->signal_jobs, i),
                                    g_array_index (input->signals, PursuitJobSignal, i));

  return pursuit_recommender_rank (recommender, input->candidates, &input->weights, input->limit);
}

static char *
recommendations_to_json (GPtrArray *recommendations)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < recommendations->len; i++)
    {
      g_autofree char *item = pursuit_recommendation_to_json (g_ptr_array_index (recommendations, i));

      if (i > 0)
        g_string_append_c (json, ',');
      g_string_append (json, item);
    }
  g_string_append_c (json, ']');

  return g_string_free (g_steal_pointer (&json), FALSE);
}

static void
read_parts (JsonObject                   *object,
            PursuitRecommendationWeights *parts)
{
  JsonNode *node = json_object_get_member (object, "parts");
  JsonObject *members;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  members = json_node_get_object (node);
  parts->skills = json_object_get_double_member_with_default (members, "skills", 0);
  parts->behaviour = json_object_get_double_member_with_default (members, "behaviour", 0);
  parts->salary = json_object_get_double_member_with_default (members, "salary", 0);
  parts->location = json_object_get_double_member_with_default (members, "location", 0);
  parts->company = json_object_get_double_member_with_default (members, "company", 0);
}

static char **
read_reasons (JsonObject *object)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, "reasons");

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *reason = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (reason) && json_node_get_value_type (reason) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (reason));
        }
    }

  return g_strv_builder_end (builder);
}

/* The cached list, if it is there, fresh and still describes the jobs as
 * they are (the cache is dropped on any change, but a job may be gone). */
static GPtrArray *
read_cached (PursuitStore *self,
             const char   *key)
{
  g_autofree char *value = pursuit_store_cache_get (self, RECOMMENDATIONS_NAMESPACE, key);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) recommendations = NULL;
  g_autoptr(GHashTable) jobs = NULL;
  JsonNode *root;
  JsonArray *array;

  if (value == NULL)
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, value, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return NULL;

  array = json_node_get_array (root);
  recommendations = g_ptr_array_new_with_free_func (g_object_unref);

  /* A long list reads the jobs in one query rather than one each. */
  if (json_array_get_length (array) > 50)
    {
      g_autoptr(GPtrArray) all = pursuit_store_list_jobs (self, NULL, NULL);

      if (all == NULL)
        return NULL;

      jobs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
      for (guint i = 0; i < all->len; i++)
        {
          PursuitJob *job = g_ptr_array_index (all, i);
          gint64 id = pursuit_job_get_id (job);

          g_hash_table_insert (jobs, g_memdup2 (&id, sizeof id), g_object_ref (job));
        }
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      PursuitRecommendationWeights parts = { 0 };
      g_autoptr(PursuitJob) job = NULL;
      g_auto(GStrv) reasons = NULL;
      JsonObject *object;
      gint64 job_id;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return NULL;

      object = json_node_get_object (node);
      job_id = json_object_get_int_member_with_default (object, "job_id", 0);
      if (jobs != NULL)
        job = g_hash_table_lookup (jobs, &job_id) ? g_object_ref (g_hash_table_lookup (jobs, &job_id)) : NULL;
      else
        job = pursuit_store_get_job (self, job_id, NULL);
      if (job == NULL)
        return NULL;

      read_parts (object, &parts);
      reasons = read_reasons (object);
      g_ptr_array_add (recommendations,
                       pursuit_recommendation_new (job,
                                                   json_object_get_double_member_with_default (object, "score", 0),
                                                   &parts, (const char * const *)reasons));
    }

  return g_steal_pointer (&recommendations);
}

static void
write_cache (PursuitStore *self,
             RankInput    *input,
             GPtrArray    *recommendations)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  /* Something changed while it was ranking: the list is already stale. */
  if (input->generation != _pursuit_store_get_recommendations_generation (self))
    return;

  json = recommendations_to_json (recommendations);
  if (!pursuit_store_cache_set (self, RECOMMENDATIONS_NAMESPACE, input->key, json,
                                RECOMMENDATIONS_TTL, &error))
    g_debug ("Could not cache recommendations: %s", error->message);
}

/**
 * pursuit_store_list_recommendations:
 *
 * Returns: (transfer full) (element-type PursuitRecommendation): the
 *   ranked postings, or %NULL with @error set
 */
GPtrArray *
pursuit_store_list_recommendations (PursuitStore                        *self,
                                    const PursuitRecommendationWeights  *weights,
                                    guint                                limit,
                                    GError                             **error)
{
  PursuitRecommendationWeights defaults;
  g_autoptr(RankInput) input = NULL;
  g_autofree char *key = NULL;
  GPtrArray *recommendations;

  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (weights == NULL)
    {
      pursuit_recommendation_weights_init_default (&defaults);
      weights = &defaults;
    }

  key = weights_key (weights, limit);
  recommendations = read_cached (self, key);
  if (recommendations != NULL)
    return recommendations;

  input = read_rank_input (self, weights, limit, error);
  if (input == NULL)
    return NULL;

  recommendations = rank (input);
  write_cache (self, input, recommendations);

  return recommendations;
}

static void
rank_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_task_return_pointer (task, rank (task_data), (GDestroyNotify)g_ptr_array_unref);
}

static void
rank_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitStore *self = g_task_get_source_object (task);
  RankInput *input = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  GPtrArray *recommendations;

  recommendations = g_task_propagate_pointer (G_TASK (result), &error);
  if (recommendations == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  write_cache (self, input, recommendations);
  g_task_return_pointer (task, recommendations, (GDestroyNotify)g_ptr_array_unref);
}

void
pursuit_store_list_recommendations_async (PursuitStore                        *self,
                                          const PursuitRecommendationWeights  *weights,
                                          guint                                limit,
                                          GCancellable                        *cancellable,
                                          GAsyncReadyCallback                  callback,
                                          gpointer                             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  g_autoptr(GError) error = NULL;
  PursuitRecommendationWeights defaults;
  g_autofree char *key = NULL;
  GPtrArray *cached;
  RankInput *input;

  g_return_if_fail (PURSUIT_IS_STORE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_store_list_recommendations_async);

  if (weights == NULL)
    {
      pursuit_recommendation_weights_init_default (&defaults);
      weights = &defaults;
    }

  key = weights_key (weights, limit);
  cached = read_cached (self, key);
  if (cached != NULL)
    {
      g_task_return_pointer (task, cached, (GDestroyNotify)g_ptr_array_unref);
      return;
    }

  input = read_rank_input (self, weights, limit, &error);
  if (input == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The ranking runs on its own task, so its result comes back to this
   * thread, where the cache is written, before the caller hears of it.
   * It holds no store: the pool's thread may let go of it a moment after
   * the result is in, and the store must not outlive its owner then. */
  worker = g_task_new (NULL, cancellable, rank_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (worker, rank_thread);
  g_task_set_task_data (worker, input, (GDestroyNotify)rank_input_free);
  g_task_run_in_thread (worker, rank_thread);
}

GPtrArray *
pursuit_store_list_recommendations_finish (PursuitStore  *self,
                                           GAsyncResult  *result,
                                           GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
set_feedback (PursuitStore  *self,
              gint64         job_id,
              gboolean       dismiss,
              GError       **error)
{
  sqlite3_stmt *stmt;

  if (!_pursuit_store_write_begin (self, error))
    return FALSE;

  if (!_pursuit_store_job_exists (self, job_id, error))
    return _pursuit_store_write_fail (self);

  if (dismiss)
    stmt = _pursuit_store_prepare (self,
                                   "INSERT OR REPLACE INTO recommendation_feedback (job_id, verdict, created_at)"
                                   " VALUES (?1, 'dismissed', ?2)",
                                   error);
  else
    stmt = _pursuit_store_prepare (self, "DELETE FROM recommendation_feedback WHERE job_id = ?1", error);
  if (stmt == NULL)
    return _pursuit_store_write_fail (self);

  sqlite3_bind_int64 (stmt, 1, job_id);
  if (dismiss)
    sqlite3_bind_int64 (stmt, 2, _pursuit_store_now (self));
  if (!_pursuit_store_step_done (self, stmt, error))
    return _pursuit_store_write_fail (self);

  _pursuit_store_queue_signal (self, PENDING_RECOMMENDATIONS_CHANGED, NULL, 0, NULL, NULL);
  return _pursuit_store_write_end (self, error);
}

gboolean
pursuit_store_dismiss_recommendation (PursuitStore  *self,
                                      gint64         job_id,
                                      GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_feedback (self, job_id, TRUE, error);
}

gboolean
pursuit_store_undo_dismiss_recommendation (PursuitStore  *self,
                                           gint64         job_id,
                                           GError       **error)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return set_feedback (self, job_id, FALSE, error);
}
