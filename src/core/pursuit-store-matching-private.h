/* pursuit-store-matching-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store-matching.h"

G_BEGIN_DECLS

/* For PursuitMatchScorer, which extracts requirements in a worker thread:
 * what it needs of every job, read on the main thread, and the cache rows
 * it writes back. */
typedef struct
{
  gint64  job_id;
  char   *title;
  char   *description;
  int     score;          /* jobs.match_score, -1 = none */
  char   *cached_hash;    /* job_requirements.source_hash or NULL */
  char   *cached_json;    /* job_requirements.requirements or NULL */
} PursuitStoreJobText;

void        _pursuit_store_job_text_free       (PursuitStoreJobText *text);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitStoreJobText, _pursuit_store_job_text_free)

/* The key of a job's cached requirements: a hash of the taxonomy's
 * version, the title and the description. Any thread. */
char       *_pursuit_store_requirements_hash   (PursuitSkillTaxonomy *taxonomy,
                                                const char           *title,
                                                const char           *description);
/* Of PursuitStoreJobText: every job (@job_id 0) or one. */
GPtrArray  *_pursuit_store_list_job_texts      (PursuitStore         *self,
                                                gint64                job_id,
                                                GError              **error);
/* Replaces a job's cached requirements (inside or outside a write); a job
 * that is gone is skipped. */
gboolean    _pursuit_store_cache_requirements  (PursuitStore         *self,
                                                gint64                job_id,
                                                const char           *hash,
                                                const char           *json,
                                                GError              **error);
/* Requirements from a cached row when @hash matches it, else extracted.
 * @out_fresh (nullable) is set when they had to be extracted (the cache
 * needs writing). Any thread. */
PursuitJobRequirements *_pursuit_store_requirements_for_text (PursuitSkillTaxonomy *taxonomy,
                                                const PursuitStoreJobText *text,
                                                const char           *hash,
                                                gboolean             *out_fresh);

G_END_DECLS
