/* pursuit-recommender.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-recommender"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pursuit-recommender-private.h"
#include "pursuit-utf8-private.h"

/* Terms are small integers: skill i of the taxonomy is term i, and the
 * words of the vocabulary follow from n_skills on. The vocabulary holds
 * only words a query can ask for (the profile's headline and unknown
 * skills, the titles of the jobs learned from), so ranking never grows
 * it and other words only count towards a document's length. */

#define BM25_K1            1.2
#define BM25_B             0.75
#define TITLE_BOOST        3.0f
/* Descriptions past this are boilerplate for ranking purposes. */
#define MAX_DESCRIPTION    (16 * 1024)
#define MAX_WORD           64
#define MAX_STOPWORD       5

G_DEFINE_FINAL_TYPE (PursuitRecommender, pursuit_recommender, G_TYPE_OBJECT)

/* Words ------------------------------------------------------------------- */

static const char * const stopwords[] = {
  "a", "an", "and", "are", "as", "at", "be", "by", "de", "der", "des", "die", "das", "du", "en",
  "et", "for", "from", "in", "is", "la", "le", "les", "mit", "of", "on", "or", "our", "the",
  "to", "und", "we", "will", "with", "you", "your", "y", "el", "los", "las", "para", "por",
  "con", "un", "une", "ein", "eine", "f", "m", "w", "d", "job", "jobs", "role", "team",
};

static GHashTable *
get_stopwords (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < G_N_ELEMENTS (stopwords); i++)
        g_hash_table_add (set, (gpointer)stopwords[i]);
      g_once_init_leave (&table, set);
    }

  return table;
}

typedef void (*WordFunc) (const char *word,
                          gpointer    user_data);

static inline gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

/* Calls @func with each lower-cased word of @text (letters and digits;
 * non-ASCII letters kept), stop words and single letters left out. */
static void
tokenize (const char *text,
          gsize       length,
          WordFunc    func,
          gpointer    user_data)
{
  GHashTable *stop = get_stopwords ();
  gsize i = 0;

  while (i < length)
    {
      char word[MAX_WORD];
      gsize start, len;
      gboolean ascii = TRUE;

      while (i < length && !is_word_byte ((guchar)text[i]))
        i++;
      start = i;
      while (i < length && is_word_byte ((guchar)text[i]))
        {
          if ((guchar)text[i] >= 0x80)
            ascii = FALSE;
          i++;
        }
      len = i - start;
      if (len < 2 || len >= MAX_WORD)
        continue;

      if (ascii)
        {
          for (gsize j = 0; j < len; j++)
            word[j] = g_ascii_tolower (text[start + j]);
          word[len] = '\0';
        }
      else
        {
          g_autofree char *down = NULL;

          if (!g_utf8_validate (text + start, len, NULL))
            continue;
          down = g_utf8_strdown (text + start, len);
          if (strlen (down) >= MAX_WORD)
            continue;
          strcpy (word, down);
        }

      /* Every stop word is short. */
      if (len > MAX_STOPWORD || !g_hash_table_contains (stop, word))
        func (word, user_data);
    }
}

static guint
intern_word (PursuitRecommender *self,
             const char         *word)
{
  gpointer value;

  if (g_hash_table_lookup_extended (self->vocabulary, word, NULL, &value))
    return GPOINTER_TO_UINT (value);

  value = GUINT_TO_POINTER (self->n_skills + g_hash_table_size (self->vocabulary));
  g_hash_table_insert (self->vocabulary, g_strdup (word), value);

  return GPOINTER_TO_UINT (value);
}

static gboolean
lookup_word (PursuitRecommender *self,
             const char         *word,
             guint              *out_term)
{
  gpointer value;

  if (!g_hash_table_lookup_extended (self->vocabulary, word, NULL, &value))
    return FALSE;

  *out_term = GPOINTER_TO_UINT (value);
  return TRUE;
}

/* Documents --------------------------------------------------------------- */

typedef struct
{
  PursuitRecommender *self;
  GArray             *terms;   /* raw TermFreq, unsorted */
  GArray             *keys;    /* raw guint, unsorted */
  double              length;
  float               weight;
  gboolean            learn;   /* grow the vocabulary */
  gboolean            is_key;
} DocBuilder;

static void
add_word_cb (const char *word,
             gpointer    user_data)
{
  DocBuilder *builder = user_data;
  guint term;

  builder->length += builder->weight;

  if (builder->learn)
    term = intern_word (builder->self, word);
  else if (!lookup_word (builder->self, word, &term))
    return;

  g_array_append_vals (builder->terms, &(TermFreq) { term, builder->weight }, 1);
  if (builder->is_key)
    g_array_append_val (builder->keys, term);
}

static void
add_skills (DocBuilder *builder,
            const char *text,
            gsize       length)
{
  g_autoptr(GArray) mentions = NULL;

  if (length == 0)
    return;

  mentions = pursuit_skill_taxonomy_extract (builder->self->taxonomy, text, length);
  for (guint i = 0; i < mentions->len; i++)
    {
      const PursuitSkillMention *mention = &g_array_index (mentions, PursuitSkillMention, i);

      g_array_append_vals (builder->terms, &(TermFreq) { mention->skill, builder->weight }, 1);
      g_array_append_val (builder->keys, mention->skill);
    }
}

static int
compare_term_freq (gconstpointer a,
                   gconstpointer b)
{
  const TermFreq *x = a, *y = b;

  return (x->term > y->term) - (x->term < y->term);
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return (x > y) - (x < y);
}

/* Sorts and merges the raw arrays of @builder into @doc. */
static void
finish_doc (DocBuilder *builder,
            Doc        *doc)
{
  GArray *terms = builder->terms;
  GArray *keys = builder->keys;
  guint n = 0;

  if (terms->len > 0)
    {
      qsort (terms->data, terms->len, sizeof (TermFreq), compare_term_freq);
      for (guint i = 1; i < terms->len; i++)
        {
          TermFreq *last = &g_array_index (terms, TermFreq, n);
          TermFreq *cur = &g_array_index (terms, TermFreq, i);

          if (cur->term == last->term)
            last->tf += cur->tf;
          else
            g_array_index (terms, TermFreq, ++n) = *cur;
        }
      g_array_set_size (terms, n + 1);
    }

  n = 0;
  if (keys->len > 0)
    {
      qsort (keys->data, keys->len, sizeof (guint), compare_uint);
      for (guint i = 1; i < keys->len; i++)
        if (g_array_index (keys, guint, i) != g_array_index (keys, guint, n))
          g_array_index (keys, guint, ++n) = g_array_index (keys, guint, i);
      g_array_set_size (keys, n + 1);
    }

  doc->terms = terms;
  doc->keys = keys;
  doc->length = builder->length;
}

static void
doc_clear (Doc *doc)
{
  g_clear_pointer (&doc->terms, g_array_unref);
  g_clear_pointer (&doc->keys, g_array_unref);
}

/* Title words count three times and are keys; the description's words
 * count once (only those of the vocabulary are kept); skills of both are
 * keys. */
static void
analyze_job (PursuitRecommender *self,
             PursuitJob         *job,
             gboolean            learn,
             Doc                *doc)
{
  const char *title = pursuit_job_get_title (job);
  const char *description = pursuit_job_get_description (job);
  DocBuilder builder = { self, NULL, NULL, 0, 0, learn, TRUE };

  builder.terms = g_array_sized_new (FALSE, FALSE, sizeof (TermFreq), 64);
  builder.keys = g_array_sized_new (FALSE, FALSE, sizeof (guint), 32);

  if (title != NULL)
    {
      gsize len = strlen (title);

      builder.weight = TITLE_BOOST;
      tokenize (title, len, add_word_cb, &builder);
      add_skills (&builder, title, len);
    }

  if (description != NULL)
    {
      gsize len = _pursuit_utf8_clip (description, strlen (description), MAX_DESCRIPTION);

      builder.weight = 1.0f;
      builder.learn = FALSE;
      builder.is_key = FALSE;
      tokenize (description, len, add_word_cb, &builder);
      add_skills (&builder, description, len);
    }

  finish_doc (&builder, doc);
}

/* Signals ----------------------------------------------------------------- */

static void
signal_free (gpointer data)
{
  Signal *signal = data;

  g_clear_object (&signal->job);
  doc_clear (&signal->doc);
  g_free (signal);
}

static double
signal_value (PursuitJobSignal signal)
{
  switch (signal)
    {
    case PURSUIT_JOB_SIGNAL_APPLIED:
      return 1.0;
    case PURSUIT_JOB_SIGNAL_ADVANCED:
      return 2.0;
    case PURSUIT_JOB_SIGNAL_REJECTED:
      return -1.0;
    case PURSUIT_JOB_SIGNAL_DISMISSED:
      return -1.5;
    case PURSUIT_JOB_SIGNAL_NONE:
    default:
      return 0.0;
    }
}

/* Ranking ----------------------------------------------------------------- */

typedef struct
{
  guint                        index;
  double                       score;
  PursuitRecommendationWeights parts;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const Ranked *x = a, *y = b;
  GPtrArray *candidates = user_data;
  gint64 id_x, id_y;

  if (x->score != y->score)
    return (x->score < y->score) - (x->score > y->score);

  /* Newer postings (larger ids) first, then a stable order. */
  id_x = pursuit_job_get_id (g_ptr_array_index (candidates, x->index));
  id_y = pursuit_job_get_id (g_ptr_array_index (candidates, y->index));
  if (id_x != id_y)
    return (id_x < id_y) - (id_x > id_y);

  return (x->index > y->index) - (x->index < y->index);
}

static double
level_weight (PursuitSkillLevel level)
{
  switch (level)
    {
    case PURSUIT_SKILL_LEVEL_EXPERT:
      return 1.5;
    case PURSUIT_SKILL_LEVEL_ADVANCED:
      return 1.25;
    case PURSUIT_SKILL_LEVEL_BEGINNER:
      return 0.6;
    case PURSUIT_SKILL_LEVEL_INTERMEDIATE:
    case PURSUIT_SKILL_LEVEL_NONE:
    default:
      return 1.0;
    }
}

static double
bm25_term (double idf,
           double tf,
           double length,
           double average)
{
  return idf * tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * length / average));
}

static void
normalise_weights (const PursuitRecommendationWeights *in,
                   PursuitRecommendationWeights       *out)
{
  double sum;

  *out = *in;
  out->skills = MAX (out->skills, 0);
  out->behaviour = MAX (out->behaviour, 0);
  out->salary = MAX (out->salary, 0);
  out->location = MAX (out->location, 0);
  out->company = MAX (out->company, 0);
  sum = out->skills + out->behaviour + out->salary + out->location + out->company;
  if (!(sum > 0) || !isfinite (sum))
    {
      pursuit_recommendation_weights_init_default (out);
      return;
    }

  out->skills /= sum;
  out->behaviour /= sum;
  out->salary /= sum;
  out->location /= sum;
  out->company /= sum;
}

/* GObject ----------------------------------------------------------------- */

static void
pursuit_recommender_finalize (GObject *object)
{
  PursuitRecommender *self = PURSUIT_RECOMMENDER (object);

  g_clear_object (&self->taxonomy);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->vocabulary, g_hash_table_unref);
  g_clear_pointer (&self->profile_query, g_array_unref);
  g_clear_pointer (&self->profile_skills, g_free);
  g_clear_pointer (&self->signals, g_ptr_array_unref);
  g_clear_pointer (&self->companies, g_hash_table_unref);

  G_OBJECT_CLASS (pursuit_recommender_parent_class)->finalize (object);
}

static void
pursuit_recommender_class_init (PursuitRecommenderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_recommender_finalize;
}

static void
pursuit_recommender_init (PursuitRecommender *self)
{
  self->vocabulary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->profile_query = g_array_new (FALSE, FALSE, sizeof (QueryTerm));
  self->signals = g_ptr_array_new_with_free_func (signal_free);
  self->companies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

typedef struct
{
  PursuitRecommender *self;
  double              weight;
} QueryBuilder;

static void
add_query_word_cb (const char *word,
                   gpointer    user_data)
{
  QueryBuilder *builder = user_data;
  QueryTerm term = { intern_word (builder->self, word), builder->weight };

  g_array_append_val (builder->self->profile_query, term);
}

/* The profile as a query: its skills weighted by level, its headline's
 * words and skills at half weight. */
static void
build_profile_query (PursuitRecommender *self)
{
  const char *headline;

  if (self->profile == NULL)
    return;

  for (guint i = 0; i < pursuit_profile_get_n_skills (self->profile); i++)
    {
      PursuitSkillLevel level = PURSUIT_SKILL_LEVEL_NONE;
      const char *name = pursuit_profile_get_skill (self->profile, i, &level);
      int skill = pursuit_skill_taxonomy_lookup (self->taxonomy, name);

      if (skill >= 0)
        {
          QueryTerm term = { skill, level_weight (level) };

          if (self->profile_skills[skill] == 0)
            self->n_profile_skills++;
          self->profile_skills[skill] = MAX (self->profile_skills[skill], (guint8)level + 1);
          g_array_append_val (self->profile_query, term);
        }
      else if (name != NULL)
        {
          QueryBuilder builder = { self, level_weight (level) };

          tokenize (name, strlen (name), add_query_word_cb, &builder);
        }
    }

  headline = pursuit_profile_get_headline (self->profile);
  if (headline != NULL && g_utf8_validate (headline, -1, NULL))
    {
      QueryBuilder builder = { self, 0.5 };
      g_autoptr(GArray) skills = NULL;

      tokenize (headline, strlen (headline), add_query_word_cb, &builder);
      skills = pursuit_skill_taxonomy_extract_skills (self->taxonomy, headline, -1);
      for (guint i = 0; i < skills->len; i++)
        {
          QueryTerm term = { g_array_index (skills, guint, i), 0.5 };

          g_array_append_val (self->profile_query, term);
        }
    }
}

/**
 * pursuit_recommender_new:
 * @taxonomy: (nullable): the skills taxonomy, or %NULL for the shipped one
 * @profile: (nullable): the user's profile (copied), or %NULL without a CV
 *
 * Returns: (transfer full): a recommender that has learned nothing yet
 */
PursuitRecommender *
pursuit_recommender_new (PursuitSkillTaxonomy *taxonomy,
                         PursuitProfile       *profile)
{
  PursuitRecommender *self;

  g_return_val_if_fail (taxonomy == NULL || PURSUIT_IS_SKILL_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (profile == NULL || PURSUIT_IS_PROFILE (profile), NULL);

  self = g_object_new (PURSUIT_TYPE_RECOMMENDER, NULL);
  self->taxonomy = g_object_ref (taxonomy != NULL ? taxonomy : pursuit_skill_taxonomy_get_default ());
  self->n_skills = pursuit_skill_taxonomy_get_n_skills (self->taxonomy);
  self->profile_skills = g_new0 (guint8, MAX (self->n_skills, 1));
  if (profile != NULL)
    self->profile = pursuit_profile_copy (profile);
  build_profile_query (self);

  return self;
}

/**
 * pursuit_recommender_add_signal:
 * @job: a job the user acted on (copied)
 * @signal: what the user did; %PURSUIT_JOB_SIGNAL_NONE is ignored
 *
 * Learns from @job: its title words and skills, and its company.
 */
void
pursuit_recommender_add_signal (PursuitRecommender *self,
                                PursuitJob         *job,
                                PursuitJobSignal    signal)
{
  g_autofree char *company = NULL;
  Signal *entry;

  g_return_if_fail (PURSUIT_IS_RECOMMENDER (self));
  g_return_if_fail (PURSUIT_IS_JOB (job));
  g_return_if_fail (signal <= PURSUIT_JOB_SIGNAL_DISMISSED);

  if (signal == PURSUIT_JOB_SIGNAL_NONE)
    return;

  entry = g_new0 (Signal, 1);
  entry->job = pursuit_job_copy (job);
  entry->signal = signal;
  entry->value = signal_value (signal);
  analyze_job (self, entry->job, TRUE, &entry->doc);
  g_ptr_array_add (self->signals, entry);

  company = _pursuit_recommender_fold_company (pursuit_job_get_company (job));
  if (company != NULL)
    {
      CompanyHistory *history = g_hash_table_lookup (self->companies, company);

      if (history == NULL)
        {
          history = g_new0 (CompanyHistory, 1);
          g_hash_table_insert (self->companies, g_steal_pointer (&company), history);
        }
      history->value += entry->value;
      history->advanced |= signal == PURSUIT_JOB_SIGNAL_ADVANCED;
      history->applied |= signal == PURSUIT_JOB_SIGNAL_APPLIED;
      history->rejected |= signal == PURSUIT_JOB_SIGNAL_REJECTED;
      history->dismissed |= signal == PURSUIT_JOB_SIGNAL_DISMISSED;
    }
}

/* Dense per-term arrays of the queries and of what was learned. */
typedef struct
{
  guint   n_terms;
  double *profile;    /* query weight of each term */
  double *liked;      /* the advanced and applied jobs as a query */
  double *preference; /* learned pull (> 0) or push (< 0) */
  gboolean has_profile;
  gboolean has_liked;
  gboolean has_preference;
} Queries;

static void
queries_clear (Queries *queries)
{
  g_clear_pointer (&queries->profile, g_free);
  g_clear_pointer (&queries->liked, g_free);
  g_clear_pointer (&queries->preference, g_free);
}

static void
build_queries (PursuitRecommender *self,
               Queries            *queries)
{
  guint n = self->n_skills + g_hash_table_size (self->vocabulary);

  queries->n_terms = n;
  queries->profile = g_new0 (double, n);
  queries->liked = g_new0 (double, n);
  queries->preference = g_new0 (double, n);

  for (guint i = 0; i < self->profile_query->len; i++)
    {
      const QueryTerm *term = &g_array_index (self->profile_query, QueryTerm, i);

      queries->profile[term->term] = MAX (queries->profile[term->term], term->weight);
      queries->has_profile = TRUE;
    }

  for (guint i = 0; i < self->signals->len; i++)
    {
      const Signal *signal = g_ptr_array_index (self->signals, i);
      GArray *keys = signal->doc.keys;
      double share;

      if (keys->len == 0)
        continue;

      share = signal->value / sqrt (keys->len);
      for (guint j = 0; j < keys->len; j++)
        {
          guint term = g_array_index (keys, guint, j);

          queries->preference[term] += share;
          queries->has_preference = TRUE;
          if (signal->value > 0)
            {
              queries->liked[term] += share;
              queries->has_liked = TRUE;
            }
        }
    }
}

static void
build_signal_index (PursuitRecommender *self,
                    guint               n_terms,
                    SignalIndex        *index)
{
  g_autofree guint *cursor = NULL;
  guint total = 0;

  index->offsets = g_new0 (guint, n_terms + 1);
  index->counts = g_new0 (guint, MAX (self->signals->len, 1));

  for (guint i = 0; i < self->signals->len; i++)
    {
      GArray *keys = ((Signal *)g_ptr_array_index (self->signals, i))->doc.keys;

      for (guint j = 0; j < keys->len; j++)
        index->offsets[g_array_index (keys, guint, j) + 1]++;
      total += keys->len;
    }
  for (guint t = 0; t < n_terms; t++)
    index->offsets[t + 1] += index->offsets[t];

  index->entries = g_new0 (guint, MAX (total, 1));
  cursor = g_memdup2 (index->offsets, (n_terms + 1) * sizeof (guint));
  for (guint i = 0; i < self->signals->len; i++)
    {
      GArray *keys = ((Signal *)g_ptr_array_index (self->signals, i))->doc.keys;

      for (guint j = 0; j < keys->len; j++)
        index->entries[cursor[g_array_index (keys, guint, j)]++] = i;
    }
}

static void
signal_index_clear (SignalIndex *index)
{
  g_clear_pointer (&index->offsets, g_free);
  g_clear_pointer (&index->entries, g_free);
  g_clear_pointer (&index->counts, g_free);
}

/**
 * pursuit_recommender_rank:
 * @candidates: (element-type PursuitJob): the postings to rank
 * @weights: (nullable): the weights, %NULL for the defaults
 * @limit: at most that many, 0 for all
 *
 * Returns: (transfer full) (element-type PursuitRecommendation): the
 *   recommendations, best first
 */
GPtrArray *
pursuit_recommender_rank (PursuitRecommender                 *self,
                          GPtrArray                          *candidates,
                          const PursuitRecommendationWeights *weights,
                          guint                               limit)
{
  PursuitRecommendationWeights w, defaults;
  g_autofree Doc *docs = NULL;
  g_autofree Ranked *ranked = NULL;
  g_autofree guint *df = NULL;
  g_autofree double *idf = NULL;
  g_autofree double *profile_scores = NULL;
  g_autofree double *liked_scores = NULL;
  Queries queries = { 0 };
  SignalIndex index = { 0 };
  GPtrArray *result;
  double average = 0, max_profile = 0, max_liked = 0;
  guint n;

  g_return_val_if_fail (PURSUIT_IS_RECOMMENDER (self), NULL);
  g_return_val_if_fail (candidates != NULL, NULL);

  if (weights == NULL)
    {
      pursuit_recommendation_weights_init_default (&defaults);
      weights = &defaults;
    }
  normalise_weights (weights, &w);

  for (guint i = 0; i < candidates->len; i++)
    g_return_val_if_fail (PURSUIT_IS_JOB (g_ptr_array_index (candidates, i)), NULL);

  n = candidates->len;
  result = g_ptr_array_new_with_free_func (g_object_unref);
  if (n == 0)
    return result;

  build_queries (self, &queries);
  docs = g_new0 (Doc, n);
  df = g_new0 (guint, queries.n_terms);
  idf = g_new0 (double, queries.n_terms);

  for (guint i = 0; i < n; i++)
    {
      analyze_job (self, g_ptr_array_index (candidates, i), FALSE, &docs[i]);
      average += docs[i].length;
      for (guint j = 0; j < docs[i].terms->len; j++)
        df[g_array_index (docs[i].terms, TermFreq, j).term]++;
    }
  average = MAX (average / n, 1.0);

  for (guint t = 0; t < queries.n_terms; t++)
    if (df[t] > 0)
      idf[t] = log (1.0 + (n - df[t] + 0.5) / (df[t] + 0.5));

  profile_scores = g_new0 (double, n);
  liked_scores = g_new0 (double, n);
  for (guint i = 0; i < n; i++)
    {
      GArray *terms = docs[i].terms;

      for (guint j = 0; j < terms->len; j++)
        {
          const TermFreq *tf = &g_array_index (terms, TermFreq, j);
          double part;

          if (queries.profile[tf->term] == 0 && queries.liked[tf->term] == 0)
            continue;
          part = bm25_term (idf[tf->term], tf->tf, docs[i].length, average);
          profile_scores[i] += queries.profile[tf->term] * part;
          liked_scores[i] += queries.liked[tf->term] * part;
        }
      max_profile = MAX (max_profile, profile_scores[i]);
      max_liked = MAX (max_liked, liked_scores[i]);
    }

  ranked = g_new0 (Ranked, n);
  for (guint i = 0; i < n; i++)
    {
      PursuitJob *job = g_ptr_array_index (candidates, i);
      PursuitRecommendationWeights *parts = &ranked[i].parts;
      GArray *keys = docs[i].keys;
      double content = 0, coverage = 0, raw = 0;
      guint job_skills = 0, have = 0;
      g_autofree char *company = NULL;
      const char *ignored;

      for (guint j = 0; j < keys->len; j++)
        {
          guint term = g_array_index (keys, guint, j);

          if (term < self->n_skills)
            {
              job_skills++;
              if (self->profile_skills[term] != 0)
                have++;
            }
          raw += queries.preference[term];
        }

      /* Relative likeness, and how much of what the posting asks the
       * user has: the best of a bad lot should not look perfect. */
      if (job_skills > 0)
        coverage = (double)have / job_skills;
      if (queries.has_profile && max_profile > 0)
        content = 0.7 * (profile_scores[i] / max_profile) + 0.3 * coverage;
      if (queries.has_liked && max_liked > 0)
        content = queries.has_profile
          ? 0.7 * content + 0.3 * (liked_scores[i] / max_liked)
          : liked_scores[i] / max_liked;
      parts->skills = CLAMP (content, 0.0, 1.0);

      parts->behaviour = 0.5;
      if (queries.has_preference && keys->len > 0)
        parts->behaviour = 0.5 + 0.5 * tanh (raw / sqrt (keys->len));

      _pursuit_recommender_salary_fit (self->profile, job, &parts->salary);
      _pursuit_recommender_location_fit (self->profile, job, &parts->location, &ignored);

      parts->company = 0.5;
      company = _pursuit_recommender_fold_company (pursuit_job_get_company (job));
      if (company != NULL)
        {
          CompanyHistory *history = g_hash_table_lookup (self->companies, company);

          if (history != NULL)
            parts->company = 0.5 + 0.5 * tanh (0.75 * history->value);
        }

      ranked[i].index = i;
      ranked[i].score = w.skills * parts->skills + w.behaviour * parts->behaviour +
                        w.salary * parts->salary + w.location * parts->location +
                        w.company * parts->company;
    }

  g_qsort_with_data (ranked, n, sizeof (Ranked), compare_ranked, candidates);
  build_signal_index (self, queries.n_terms, &index);

  if (limit == 0 || limit > n)
    limit = n;
  for (guint i = 0; i < limit; i++)
    {
      PursuitJob *job = g_ptr_array_index (candidates, ranked[i].index);
      g_auto(GStrv) reasons = _pursuit_recommender_build_reasons (self, job, &docs[ranked[i].index],
                                                                  &index, &w, &ranked[i].parts);

      g_ptr_array_add (result, pursuit_recommendation_new (job, ranked[i].score, &ranked[i].parts,
                                                           (const char * const *)reasons));
    }

  for (guint i = 0; i < n; i++)
    doc_clear (&docs[i]);
  queries_clear (&queries);
  signal_index_clear (&index);

  return result;
}
