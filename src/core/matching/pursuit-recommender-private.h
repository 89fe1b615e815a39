/* pursuit-recommender-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-recommender.h"

G_BEGIN_DECLS

/* Shared by pursuit-recommender.c (documents, learning, ranking) and
 * pursuit-recommender-reasons.c (salary and location fit, reasons). */

typedef struct
{
  guint term;
  float tf;
} TermFreq;

/* A posting as the ranking sees it. */
typedef struct
{
  GArray *terms;   /* TermFreq, sorted by term: BM25's view */
  GArray *keys;    /* guint, sorted, unique: skills and title words */
  double  length;
} Doc;

typedef struct
{
  PursuitJob       *job;
  PursuitJobSignal  signal;
  double            value;
  Doc               doc;
} Signal;

typedef struct
{
  double value;
  gboolean advanced;
  gboolean applied;
  gboolean rejected;
  gboolean dismissed;
} CompanyHistory;

typedef struct
{
  guint  term;
  double weight;
} QueryTerm;

/* Which signals have each term, so a posting's likeness to every signal
 * is one pass over its keys (built for each ranking). */
typedef struct
{
  guint *offsets;   /* n_terms + 1: term t's signals are entries[offsets[t] .. offsets[t + 1]] */
  guint *entries;
  guint *counts;    /* scratch: keys in common with each signal */
} SignalIndex;

struct _PursuitRecommender
{
  GObject               parent_instance;

  PursuitSkillTaxonomy *taxonomy;
  PursuitProfile       *profile;
  guint                 n_skills;

  GHashTable           *vocabulary;     /* word → term */
  GArray               *profile_query;  /* QueryTerm */
  /* The level + 1 of each taxonomy skill the profile has, 0 for none. */
  guint8               *profile_skills;
  guint                 n_profile_skills;

  GPtrArray            *signals;        /* Signal */
  GHashTable           *companies;      /* folded name → CompanyHistory */
};

typedef enum
{
  SALARY_UNKNOWN,
  SALARY_MEETS,
  SALARY_SPANS,
  SALARY_BELOW,
} SalaryFit;

typedef enum
{
  LOCATION_UNKNOWN,
  LOCATION_REMOTE_WANTED,
  LOCATION_REMOTE,
  LOCATION_IN_PLACE,
  LOCATION_NOT_REMOTE,
  LOCATION_ELSEWHERE,
} LocationFit;

SalaryFit    _pursuit_recommender_salary_fit    (PursuitProfile  *profile,
                                                 PursuitJob      *job,
                                                 double          *out_score);
LocationFit  _pursuit_recommender_location_fit  (PursuitProfile  *profile,
                                                 PursuitJob      *job,
                                                 double          *out_score,
                                                 const char     **out_place);
/* Case-folded and trimmed, NULL for none or invalid UTF-8. */
char        *_pursuit_recommender_fold_company  (const char      *company);
/* The reasons of one ranked posting, best first, those against last. */
char       **_pursuit_recommender_build_reasons (PursuitRecommender                 *self,
                                                 PursuitJob                         *job,
                                                 const Doc                          *doc,
                                                 const SignalIndex                  *index,
                                                 const PursuitRecommendationWeights *weights,
                                                 const PursuitRecommendationWeights *parts);

G_END_DECLS
