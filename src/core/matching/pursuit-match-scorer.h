/* pursuit-match-scorer.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-store.h"

G_BEGIN_DECLS

#define PURSUIT_TYPE_MATCH_SCORER (pursuit_match_scorer_get_type ())

/* Keeps jobs.match_score current, for the automation layer: on
 * profile-changed it re-scores every job; on job-added and on a
 * job-changed that touched the title or description it re-scores that
 * job; reloaded re-scores all. Requirement extraction and scoring run in
 * a worker thread (GTask) on copies; the results are written back on the
 * main context with pursuit_store_set_match_scores, so nothing blocks the
 * main loop and a score it wrote does not trigger it again. Coalesces
 * bursts: at most one run at a time, another queued if changes came in.
 * "idle" (no arguments) is emitted when a run has been written and no
 * other is queued (tests wait for it). */
G_DECLARE_FINAL_TYPE (PursuitMatchScorer, pursuit_match_scorer, PURSUIT, MATCH_SCORER, GObject)

PursuitMatchScorer *pursuit_match_scorer_new         (PursuitStore       *store);
/* Queues a run over every job (also done once at construction). */
void                pursuit_match_scorer_rescore_all (PursuitMatchScorer *self);
gboolean            pursuit_match_scorer_is_busy     (PursuitMatchScorer *self);

G_END_DECLS
