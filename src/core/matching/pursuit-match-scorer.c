/* pursuit-match-scorer.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-match-scorer"

#include "config.h"

#include "pursuit-match-scorer.h"
#include "pursuit-matcher.h"
#include "pursuit-store-matching-private.h"
#include "pursuit-store-private.h"

/* Without a CV there is nothing to score against; the scores a user typed
 * in (pursuit-cli add --match-score) are then left as they are. */

struct _PursuitMatchScorer
{
  GObject       parent_instance;

  PursuitStore *store;
  GCancellable *cancellable;

  /* What was last scored: job id → hash of its title and description, so
   * a job-changed that only moved the job (or wrote its score) is not
   * scored again. */
  GHashTable   *scored;

  /* Runs start from an idle source: a burst of changes makes one run,
   * and a process without a main loop (the CLI) never starts one. */
  guint         start_source;
  gboolean      running;
  /* Its own write: past PURSUIT_STORE_COLLAPSE_SIGNALS changed scores the
   * store announces "reloaded", which must not start another run. */
  gboolean      writing;
  /* Waiting for the next run: everything, or these job ids. */
  gboolean      queued_all;
  GHashTable   *queued;
};

G_DEFINE_FINAL_TYPE (PursuitMatchScorer, pursuit_match_scorer, G_TYPE_OBJECT)

enum {
  IDLE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

typedef struct
{
  gint64  job_id;
  char   *hash;
  int     score;
  char   *requirements;  /* to cache, or NULL when the cache held */
} ScoredJob;

static void
scored_job_clear (ScoredJob *scored)
{
  g_free (scored->hash);
  g_free (scored->requirements);
}

typedef struct
{
  GPtrArray      *texts;    /* of PursuitStoreJobText */
  PursuitProfile *profile;
} RunInput;

static void
run_input_free (RunInput *input)
{
  g_clear_pointer (&input->texts, g_ptr_array_unref);
  g_clear_object (&input->profile);
  g_free (input);
}

static void schedule_run (PursuitMatchScorer *self);

static GArray *
score_texts (RunInput     *input,
             GCancellable *cancellable)
{
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  g_autoptr(PursuitMatcher) matcher = pursuit_matcher_new (taxonomy, input->profile);
  g_autoptr(GArray) results = g_array_sized_new (FALSE, TRUE, sizeof (ScoredJob), input->texts->len);

  g_array_set_clear_func (results, (GDestroyNotify)scored_job_clear);

  for (guint i = 0; i < input->texts->len; i++)
    {
      PursuitStoreJobText *text = g_ptr_array_index (input->texts, i);
      g_autoptr(PursuitJobRequirements) requirements = NULL;
      ScoredJob scored = { 0 };
      gboolean fresh = FALSE;

      if (i % 256 == 0 && g_cancellable_is_cancelled (cancellable))
        return NULL;

      scored.job_id = text->job_id;
      scored.hash = _pursuit_store_requirements_hash (taxonomy, text->title, text->description);
      requirements = _pursuit_store_requirements_for_text (taxonomy, text, scored.hash, &fresh);
      scored.score = pursuit_matcher_score (matcher, requirements);
      if (fresh)
        scored.requirements = pursuit_job_requirements_to_json (requirements);

      g_array_append_val (results, scored);
    }

  return g_steal_pointer (&results);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GArray *results = score_texts (task_data, cancellable);

  if (results == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", "Cancelled");
  else
    g_task_return_pointer (task, results, (GDestroyNotify)g_array_unref);
}

static gboolean
write_results (PursuitMatchScorer  *self,
               GArray              *results,
               GError             **error)
{
  g_autofree gint64 *ids = g_new (gint64, MAX (results->len, 1));
  g_autofree int *scores = g_new (int, MAX (results->len, 1));

  /* The requirements and the scores in one transaction: one commit, and
   * the job-changed signals come after both. */
  if (!_pursuit_store_write_begin (self->store, error))
    return FALSE;

  for (guint i = 0; i < results->len; i++)
    {
      ScoredJob *scored = &g_array_index (results, ScoredJob, i);

      ids[i] = scored->job_id;
      scores[i] = scored->score;

      if (scored->requirements != NULL &&
          !_pursuit_store_cache_requirements (self->store, scored->job_id, scored->hash,
                                              scored->requirements, error))
        {
          _pursuit_store_write_abort (self->store);
          return FALSE;
        }

      g_hash_table_insert (self->scored, g_memdup2 (&scored->job_id, sizeof (gint64)),
                           g_strdup (scored->hash));
    }

  if (pursuit_store_set_match_scores (self->store, ids, scores, results->len, error) < 0)
    {
      _pursuit_store_write_abort (self->store);
      return FALSE;
    }

  return _pursuit_store_write_end (self->store, error);
}

static void
run_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  PursuitMatchScorer *self = PURSUIT_MATCH_SCORER (object);
  g_autoptr(GArray) results = NULL;
  g_autoptr(GError) error = NULL;

  results = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->store == NULL)
    return;

  self->running = FALSE;

  if (results == NULL)
    g_warning ("Could not score jobs: %s", error->message);
  else
    {
      gboolean written;

      self->writing = TRUE;
      written = write_results (self, results, &error);
      self->writing = FALSE;

      if (!written)
        g_warning ("Could not save match scores: %s", error->message);
    }

  if (self->queued_all || g_hash_table_size (self->queued) > 0)
    schedule_run (self);
  else
    g_signal_emit (self, signals [IDLE], 0);
}

static void
start_run (PursuitMatchScorer *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitProfile) profile = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  RunInput *input;

  if (self->running || self->store == NULL)
    return;

  profile = pursuit_store_get_profile (self->store);
  if (profile == NULL)
    {
      /* Nothing to score against; nothing waits either. */
      self->queued_all = FALSE;
      g_hash_table_remove_all (self->queued);
      g_signal_emit (self, signals [IDLE], 0);
      return;
    }

  if (self->queued_all)
    {
      texts = _pursuit_store_list_job_texts (self->store, 0, &error);
    }
  else
    {
      GHashTableIter iter;
      gpointer key;

      texts = g_ptr_array_new_with_free_func ((GDestroyNotify)_pursuit_store_job_text_free);
      g_hash_table_iter_init (&iter, self->queued);
      while (texts != NULL && g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_autoptr(GPtrArray) one = _pursuit_store_list_job_texts (self->store, *(gint64 *)key, &error);

          if (one == NULL)
            g_clear_pointer (&texts, g_ptr_array_unref);
          else if (one->len > 0)
            g_ptr_array_add (texts, g_steal_pointer (&one->pdata[0]));
        }
    }

  self->queued_all = FALSE;
  g_hash_table_remove_all (self->queued);

  if (texts == NULL)
    {
      g_warning ("Could not read jobs to score: %s", error->message);
      g_signal_emit (self, signals [IDLE], 0);
      return;
    }

  input = g_new0 (RunInput, 1);
  input->texts = g_steal_pointer (&texts);
  input->profile = g_steal_pointer (&profile);

  self->running = TRUE;
  task = g_task_new (self, self->cancellable, run_done_cb, NULL);
  g_task_set_source_tag (task, start_run);
  g_task_set_task_data (task, input, (GDestroyNotify)run_input_free);
  /* The result says cancelled itself; the default check would drop it
   * before the callback could tell a disposed scorer from a live one. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, run_thread);
}

static gboolean
start_run_cb (gpointer user_data)
{
  PursuitMatchScorer *self = user_data;

  self->start_source = 0;
  start_run (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_run (PursuitMatchScorer *self)
{
  /* A running one schedules the next when it is done. */
  if (self->start_source == 0 && !self->running)
    self->start_source = g_idle_add (start_run_cb, self);
}

static void
queue_job (PursuitMatchScorer *self,
           gint64              job_id)
{
  if (!self->queued_all)
    g_hash_table_add (self->queued, g_memdup2 (&job_id, sizeof job_id));

  schedule_run (self);
}

static void
on_store_profile_changed_cb (PursuitMatchScorer *self)
{
  pursuit_match_scorer_rescore_all (self);
}

static void
on_store_reloaded_cb (PursuitMatchScorer *self)
{
  if (!self->writing)
    pursuit_match_scorer_rescore_all (self);
}

static void
on_store_job_added_cb (PursuitMatchScorer *self,
                       PursuitJob         *job)
{
  queue_job (self, pursuit_job_get_id (job));
}

static void
on_store_job_changed_cb (PursuitMatchScorer *self,
                         PursuitJob         *job)
{
  gint64 id = pursuit_job_get_id (job);
  const char *scored = g_hash_table_lookup (self->scored, &id);
  g_autofree char *hash = NULL;

  hash = _pursuit_store_requirements_hash (pursuit_skill_taxonomy_get_default (),
                                           pursuit_job_get_title (job),
                                           pursuit_job_get_description (job));
  if (g_strcmp0 (scored, hash) == 0)
    return;

  queue_job (self, id);
}

static void
on_store_job_removed_cb (PursuitMatchScorer *self,
                         gint64              job_id)
{
  g_hash_table_remove (self->scored, &job_id);
  g_hash_table_remove (self->queued, &job_id);
}

static void
pursuit_match_scorer_dispose (GObject *object)
{
  PursuitMatchScorer *self = (PursuitMatchScorer *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->start_source, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_match_scorer_parent_class)->dispose (object);
}

static void
pursuit_match_scorer_finalize (GObject *object)
{
  PursuitMatchScorer *self = (PursuitMatchScorer *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->scored, g_hash_table_unref);
  g_clear_pointer (&self->queued, g_hash_table_unref);

  G_OBJECT_CLASS (pursuit_match_scorer_parent_class)->finalize (object);
}

static void
pursuit_match_scorer_class_init (PursuitMatchScorerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_match_scorer_dispose;
  object_class->finalize = pursuit_match_scorer_finalize;

  /**
   * PursuitMatchScorer::idle:
   *
   * A run has been written and no other is queued.
   */
  signals [IDLE] =
    g_signal_new ("idle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pursuit_match_scorer_init (PursuitMatchScorer *self)
{
  self->cancellable = g_cancellable_new ();
  self->scored = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->queued = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * pursuit_match_scorer_new:
 * @store: the store whose jobs it scores
 *
 * Returns: (transfer full): a scorer, which queues a first run over every
 *   job at once
 */
PursuitMatchScorer *
pursuit_match_scorer_new (PursuitStore *store)
{
  PursuitMatchScorer *self;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  self = g_object_new (PURSUIT_TYPE_MATCH_SCORER, NULL);
  self->store = g_object_ref (store);

  g_signal_connect_swapped (store, "profile-changed", G_CALLBACK (on_store_profile_changed_cb), self);
  g_signal_connect_swapped (store, "reloaded", G_CALLBACK (on_store_reloaded_cb), self);
  g_signal_connect_swapped (store, "job-added", G_CALLBACK (on_store_job_added_cb), self);
  g_signal_connect_swapped (store, "job-changed", G_CALLBACK (on_store_job_changed_cb), self);
  g_signal_connect_swapped (store, "job-removed", G_CALLBACK (on_store_job_removed_cb), self);

  pursuit_match_scorer_rescore_all (self);

  return self;
}

void
pursuit_match_scorer_rescore_all (PursuitMatchScorer *self)
{
  g_return_if_fail (PURSUIT_IS_MATCH_SCORER (self));

  self->queued_all = TRUE;
  g_hash_table_remove_all (self->queued);
  schedule_run (self);
}

gboolean
pursuit_match_scorer_is_busy (PursuitMatchScorer *self)
{
  g_return_val_if_fail (PURSUIT_IS_MATCH_SCORER (self), FALSE);

  return self->running || self->start_source != 0 || self->queued_all ||
         g_hash_table_size (self->queued) > 0;
}
