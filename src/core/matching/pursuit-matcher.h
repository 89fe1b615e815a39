/* pursuit-matcher.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pursuit-job-requirements.h"
#include "pursuit-match-result.h"
#include "pursuit-profile.h"
#include "pursuit-skill-taxonomy.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_MATCHER (pursuit_matcher_get_type ())

/* Scores jobs against one profile. Made once per profile (it lays the
 * profile out by skill index, with the best transfer to every skill), then
 * cheap per job: pursuit_matcher_score allocates nothing, so 10,000 jobs
 * score in well under 200 ms. Immutable: any thread may use it.
 *
 * Components (fractions 0..1):
 * - required: mean credit of the required skills: matching 1; partial
 *   user level / required level; transferable 0.6 × relevance; missing 0.
 *   No required skills: the preferred fraction (or 1 if none either).
 * - preferred: the same over preferred skills; none: 1.
 * - experience: min (1, user years / min years); no minimum: 1.
 * - education: no degree asked or user at or above it: 1; one level
 *   below: 0.5; else 0.
 * A job with no skills, no minimum years and no degree scores -1. */
G_DECLARE_FINAL_TYPE (PursuitMatcher, pursuit_matcher, PURSUIT, MATCHER, GObject)

PursuitMatcher     *pursuit_matcher_new     (PursuitSkillTaxonomy   *taxonomy,
                                             PursuitProfile         *profile);
int                 pursuit_matcher_score   (PursuitMatcher         *self,
                                             PursuitJobRequirements *requirements);
PursuitMatchResult *pursuit_matcher_analyze (PursuitMatcher         *self,
                                             PursuitJobRequirements *requirements);

G_END_DECLS
