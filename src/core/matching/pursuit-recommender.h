/* pursuit-recommender.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pursuit-job.h"
#include "pursuit-profile.h"
#include "pursuit-skill-taxonomy.h"

G_BEGIN_DECLS

/* Weights of the recommendation score's parts; they need not sum to 1
 * (they are normalised). Defaults: 0.35, 0.30, 0.20, 0.10, 0.05. */
typedef struct
{
  double skills;
  double behaviour;
  double salary;
  double location;
  double company;
} PursuitRecommendationWeights;

void pursuit_recommendation_weights_init_default (PursuitRecommendationWeights *weights);

/**
 * PursuitJobSignal:
 * What the user did with a job, learned from: applied and advanced
 * (screening, interview, offer, accepted) are positive, dismissed and
 * rejected negative, NONE for a posting not acted on.
 */
typedef enum
{
  PURSUIT_JOB_SIGNAL_NONE,
  PURSUIT_JOB_SIGNAL_APPLIED,
  PURSUIT_JOB_SIGNAL_ADVANCED,
  PURSUIT_JOB_SIGNAL_REJECTED,
  PURSUIT_JOB_SIGNAL_DISMISSED,
} PursuitJobSignal;

#define PURSUIT_TYPE_RECOMMENDATION (pursuit_recommendation_get_type ())

/* One ranked posting: its job, a score 0..1, the part scores 0..1 and the
 * reasons in plain language, translated, best first ("Matches 7 of your
 * skills: Rust, GNOME, GTK…", "Like Staff Engineer at Acme, which you
 * advanced", "Salary 90,000–110,000 EUR meets your 85,000", "Remote, as
 * you prefer", "Far from what you dismissed" ...). */
G_DECLARE_FINAL_TYPE (PursuitRecommendation, pursuit_recommendation, PURSUIT, RECOMMENDATION, GObject)

/* For the recommender and the store's cache: takes a reference to @job;
 * @parts may be NULL (all 0); @reasons may be NULL. */
PursuitRecommendation *pursuit_recommendation_new        (PursuitJob            *job,
                                                          double                 score,
                                                          const PursuitRecommendationWeights *parts,
                                                          const char * const    *reasons);
gint64              pursuit_recommendation_get_job_id    (PursuitRecommendation *self);
PursuitJob         *pursuit_recommendation_get_job       (PursuitRecommendation *self);
double              pursuit_recommendation_get_score     (PursuitRecommendation *self);
/* skills, behaviour, salary, location, company; 0..1 each. */
void                pursuit_recommendation_get_parts     (PursuitRecommendation *self,
                                                          PursuitRecommendationWeights *out_parts);
const char * const *pursuit_recommendation_get_reasons   (PursuitRecommendation *self);
/* {"job_id", "title", "company", "score", "parts": {..}, "reasons": [..]} */
char               *pursuit_recommendation_to_json       (PursuitRecommendation *self);

#define PURSUIT_TYPE_RECOMMENDER (pursuit_recommender_get_type ())

/* Ranks postings the user has not acted on. Content: BM25 over each
 * posting's title, skills (from the taxonomy) and description, with the
 * profile (skills, headline) and the jobs the user applied to or advanced
 * as queries. Behaviour: term and company preferences learned from the
 * signals (positive pull, negative push). Salary fit against the
 * profile's desired salary (same currency; yearly); location fit against
 * its places and remote preference. Pure computation: any thread. */
G_DECLARE_FINAL_TYPE (PursuitRecommender, pursuit_recommender, PURSUIT, RECOMMENDER, GObject)

PursuitRecommender *pursuit_recommender_new              (PursuitSkillTaxonomy *taxonomy,
                                                          PursuitProfile       *profile);
/* Learns from a job the user acted on (anything but NONE). */
void                pursuit_recommender_add_signal       (PursuitRecommender   *self,
                                                          PursuitJob           *job,
                                                          PursuitJobSignal      signal);
/* Of PursuitJob (the candidates; not changed). Returns the
 * recommendations, best first, at most @limit (0 = all). */
GPtrArray          *pursuit_recommender_rank             (PursuitRecommender   *self,
                                                          GPtrArray            *candidates,
                                                          const PursuitRecommendationWeights *weights,
                                                          guint                 limit);

G_END_DECLS
