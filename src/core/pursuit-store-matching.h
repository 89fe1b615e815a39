/* pursuit-store-matching.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-cv.h"
#include "pursuit-job-requirements.h"
#include "pursuit-match-result.h"
#include "pursuit-practice-session.h"
#include "pursuit-recommender.h"
#include "pursuit-store.h"

G_BEGIN_DECLS

/* Matching in the store (pursuit-store-cvs.c, pursuit-store-matching.c,
 * pursuit-store-practice.c). CVs changing (import, activate, a corrected
 * profile, removal) emit PursuitStore::profile-changed (no arguments). */

/* CVs --------------------------------------------------------------------- */

/* Saves a new CV version (title non-empty; text and profile required) and
 * sets its id and created-at. When @activate or when it is the first CV,
 * it becomes the active one, and the active profile's wishes (salary,
 * places, remote) carry over to it. */
gint64          pursuit_store_add_cv            (PursuitStore   *self,
                                                 PursuitCv      *cv,
                                                 gboolean        activate,
                                                 GError        **error);
/* Of PursuitCv, newest first. */
GPtrArray      *pursuit_store_list_cvs          (PursuitStore   *self,
                                                 GError        **error);
PursuitCv      *pursuit_store_get_cv            (PursuitStore   *self,
                                                 gint64          cv_id,
                                                 GError        **error);
/* NULL (no error) when there is no CV yet. */
PursuitCv      *pursuit_store_get_active_cv     (PursuitStore   *self,
                                                 GError        **error);
/* The active CV's profile (a copy), or NULL when there is none. */
PursuitProfile *pursuit_store_get_profile       (PursuitStore   *self);
gboolean        pursuit_store_set_active_cv     (PursuitStore   *self,
                                                 gint64          cv_id,
                                                 GError        **error);
/* The user's corrections: replaces the active CV's profile. */
gboolean        pursuit_store_update_profile    (PursuitStore   *self,
                                                 PursuitProfile *profile,
                                                 GError        **error);
gboolean        pursuit_store_rename_cv         (PursuitStore   *self,
                                                 gint64          cv_id,
                                                 const char     *title,
                                                 GError        **error);
/* Removing the active CV makes the newest other one active. */
gboolean        pursuit_store_remove_cv         (PursuitStore   *self,
                                                 gint64          cv_id,
                                                 GError        **error);

/* Requirements and scores ------------------------------------------------- */

/* The job's requirements, from the job_requirements cache when its source
 * hash (title, description, taxonomy version) still holds, else extracted
 * and cached. */
PursuitJobRequirements *pursuit_store_get_job_requirements (PursuitStore *self,
                                                 gint64          job_id,
                                                 GError        **error);
/* The job's gap analysis against the active profile. NULL with
 * PURSUIT_STORE_ERROR_NOT_FOUND when there is no such job; a result with
 * score -1 and no skills when there is no CV yet. */
PursuitMatchResult *pursuit_store_analyze_job   (PursuitStore   *self,
                                                 gint64          job_id,
                                                 GError        **error);
/* Writes jobs.match_score for @n jobs in one transaction (-1 = NULL),
 * only where it changed; each change emits job-changed (collapsed into
 * reloaded past PURSUIT_STORE_COLLAPSE_SIGNALS). Returns how many changed,
 * or -1 on error. */
int             pursuit_store_set_match_scores  (PursuitStore   *self,
                                                 const gint64   *job_ids,
                                                 const int      *scores,
                                                 guint           n,
                                                 GError        **error);

/* Recommendations --------------------------------------------------------- */

/* Postings the user has not acted on (stage "saved", not dismissed),
 * ranked against the active profile with the signals of every other job,
 * at most @limit (0 = all). Cached for an hour in the cache table under
 * "recommendations", keyed by the weights; any job, feedback or profile
 * change drops the cache. Of PursuitRecommendation. */
GPtrArray      *pursuit_store_list_recommendations (PursuitStore *self,
                                                 const PursuitRecommendationWeights *weights,
                                                 guint           limit,
                                                 GError        **error);
/* The same without blocking: the jobs, signals and profile are read on
 * the calling thread (the main one), the ranking runs in a GTask thread.
 * A cached list returns at once. */
void            pursuit_store_list_recommendations_async (PursuitStore *self,
                                                 const PursuitRecommendationWeights *weights,
                                                 guint           limit,
                                                 GCancellable   *cancellable,
                                                 GAsyncReadyCallback callback,
                                                 gpointer        user_data);
GPtrArray      *pursuit_store_list_recommendations_finish (PursuitStore *self,
                                                 GAsyncResult   *result,
                                                 GError        **error);
/* "Not interested": the posting leaves the list and counts as a negative
 * signal. Emits recommendations-changed. */
gboolean        pursuit_store_dismiss_recommendation (PursuitStore *self,
                                                 gint64          job_id,
                                                 GError        **error);
gboolean        pursuit_store_undo_dismiss_recommendation (PursuitStore *self,
                                                 gint64          job_id,
                                                 GError        **error);

/* Interview practice (pursuit-store-practice.c) --------------------------- */

/* Adds (id 0) or updates a session; sets its id. Emits practice-changed
 * with the job id. */
gboolean        pursuit_store_save_practice_session (PursuitStore *self,
                                                 PursuitPracticeSession *session,
                                                 GError        **error);
/* Of PursuitPracticeSession, newest first. */
GPtrArray      *pursuit_store_list_practice_sessions (PursuitStore *self,
                                                 gint64          job_id,
                                                 GError        **error);
PursuitPracticeSession *pursuit_store_get_practice_session (PursuitStore *self,
                                                 gint64          session_id,
                                                 GError        **error);
gboolean        pursuit_store_remove_practice_session (PursuitStore *self,
                                                 gint64          session_id,
                                                 GError        **error);

G_END_DECLS
