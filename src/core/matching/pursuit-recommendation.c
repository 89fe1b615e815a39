/* pursuit-recommendation.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-recommendation"

#include "config.h"

#include <json-glib/json-glib.h>

#include "pursuit-json-private.h"
#include "pursuit-recommender.h"

struct _PursuitRecommendation
{
  GObject                      parent_instance;

  PursuitJob                  *job;
  double                       score;
  PursuitRecommendationWeights parts;
  char                       **reasons;
};

G_DEFINE_FINAL_TYPE (PursuitRecommendation, pursuit_recommendation, G_TYPE_OBJECT)

static void
pursuit_recommendation_finalize (GObject *object)
{
  PursuitRecommendation *self = PURSUIT_RECOMMENDATION (object);

  g_clear_object (&self->job);
  g_clear_pointer (&self->reasons, g_strfreev);

  G_OBJECT_CLASS (pursuit_recommendation_parent_class)->finalize (object);
}

static void
pursuit_recommendation_class_init (PursuitRecommendationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_recommendation_finalize;
}

static void
pursuit_recommendation_init (PursuitRecommendation *self)
{
}

/**
 * pursuit_recommendation_weights_init_default:
 * @weights: the weights to fill
 *
 * Sets the defaults of the GSettings keys recommendation-weight-*.
 */
void
pursuit_recommendation_weights_init_default (PursuitRecommendationWeights *weights)
{
  g_return_if_fail (weights != NULL);

  weights->skills = 0.35;
  weights->behaviour = 0.30;
  weights->salary = 0.20;
  weights->location = 0.10;
  weights->company = 0.05;
}

/**
 * pursuit_recommendation_new:
 * @job: the ranked posting
 * @score: its score, 0..1
 * @parts: (nullable): the part scores, 0..1 each
 * @reasons: (nullable) (array zero-terminated=1): plain-language reasons
 *
 * Returns: (transfer full): a recommendation holding a reference to @job
 */
PursuitRecommendation *
pursuit_recommendation_new (PursuitJob                         *job,
                            double                              score,
                            const PursuitRecommendationWeights *parts,
                            const char * const                 *reasons)
{
  PursuitRecommendation *self;

  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);

  self = g_object_new (PURSUIT_TYPE_RECOMMENDATION, NULL);
  self->job = g_object_ref (job);
  self->score = CLAMP (score, 0.0, 1.0);
  if (parts != NULL)
    self->parts = *parts;
  self->reasons = reasons != NULL ? g_strdupv ((char **)reasons) : g_new0 (char *, 1);

  return self;
}

gint64
pursuit_recommendation_get_job_id (PursuitRecommendation *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECOMMENDATION (self), 0);

  return pursuit_job_get_id (self->job);
}

/**
 * pursuit_recommendation_get_job:
 *
 * Returns: (transfer none): the posting
 */
PursuitJob *
pursuit_recommendation_get_job (PursuitRecommendation *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECOMMENDATION (self), NULL);

  return self->job;
}

double
pursuit_recommendation_get_score (PursuitRecommendation *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECOMMENDATION (self), 0.0);

  return self->score;
}

void
pursuit_recommendation_get_parts (PursuitRecommendation        *self,
                                  PursuitRecommendationWeights *out_parts)
{
  g_return_if_fail (PURSUIT_IS_RECOMMENDATION (self));
  g_return_if_fail (out_parts != NULL);

  *out_parts = self->parts;
}

/**
 * pursuit_recommendation_get_reasons:
 *
 * Returns: (transfer none) (array zero-terminated=1): the reasons, best
 *   first; plain text, never markup
 */
const char * const *
pursuit_recommendation_get_reasons (PursuitRecommendation *self)
{
  g_return_val_if_fail (PURSUIT_IS_RECOMMENDATION (self), NULL);

  return (const char * const *)self->reasons;
}

/**
 * pursuit_recommendation_to_json:
 *
 * Returns: (transfer full): {"job_id", "title", "company", "score",
 *   "parts": {"skills", "behaviour", "salary", "location", "company"},
 *   "reasons": [..]}
 */
char *
pursuit_recommendation_to_json (PursuitRecommendation *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (PURSUIT_IS_RECOMMENDATION (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "job_id");
  json_builder_add_int_value (builder, pursuit_job_get_id (self->job));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, pursuit_job_get_title (self->job));
  json_builder_set_member_name (builder, "company");
  json_builder_add_string_value (builder, pursuit_job_get_company (self->job));
  json_builder_set_member_name (builder, "score");
  json_builder_add_double_value (builder, self->score);

  json_builder_set_member_name (builder, "parts");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "skills");
  json_builder_add_double_value (builder, self->parts.skills);
  json_builder_set_member_name (builder, "behaviour");
  json_builder_add_double_value (builder, self->parts.behaviour);
  json_builder_set_member_name (builder, "salary");
  json_builder_add_double_value (builder, self->parts.salary);
  json_builder_set_member_name (builder, "location");
  json_builder_add_double_value (builder, self->parts.location);
  json_builder_set_member_name (builder, "company");
  json_builder_add_double_value (builder, self->parts.company);
  json_builder_end_object (builder);

  _pursuit_json_add_strv (builder, "reasons", (const char * const *)self->reasons);
  json_builder_end_object (builder);

  return _pursuit_json_builder_to_data (builder);
}
