/* pursuit-practice-session.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pursuit-profile.h"
#include "pursuit-question-bank.h"

G_BEGIN_DECLS

/* How one typed answer did, all scores 0..100. */
typedef struct
{
  int    coverage;     /* technical: share of expected concepts named */
  int    structure;    /* behavioural/situational: STAR parts present */
  int    clarity;      /* length, sentence length, filler words */
  int    score;        /* the answer's overall */
  gboolean star[4];    /* situation, task, action, result found */
  char **covered;      /* concepts named (first word of each) */
  char **missed;       /* concepts not named */
  char **feedback;     /* plain-language tips, translated */
  gboolean from_ai;    /* evaluated by the AI endpoint */
} PursuitAnswerEvaluation;

void pursuit_answer_evaluation_free (PursuitAnswerEvaluation *evaluation);
PursuitAnswerEvaluation *pursuit_answer_evaluation_copy (const PursuitAnswerEvaluation *evaluation);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitAnswerEvaluation, pursuit_answer_evaluation_free)

/* Local evaluation: never fails; an empty answer scores 0 with feedback
 * saying so. @seconds is how long the user took (0 = unknown). */
PursuitAnswerEvaluation *pursuit_practice_evaluate_answer (const PursuitPracticeQuestion *question,
                                                           const char                    *answer,
                                                           guint                          seconds);

#define PURSUIT_TYPE_PRACTICE_SESSION (pursuit_practice_session_get_type ())

/* One interview practice for a job: its questions, the answers typed so
 * far with their time and evaluation, and once finished the report:
 * technical, behavioural, communication and overall scores (0..100),
 * strengths, weaknesses, and claimed strengths that scored low ("You
 * list Python as advanced, but the Python answer covered 1 of 4
 * concepts"). Properties: id, job-id, created-at, finished-at (0 while
 * open). */
G_DECLARE_FINAL_TYPE (PursuitPracticeSession, pursuit_practice_session, PURSUIT, PRACTICE_SESSION, GObject)

/* Takes a reference to @questions (of PursuitPracticeQuestion). */
PursuitPracticeSession *pursuit_practice_session_new        (gint64       job_id,
                                                             GPtrArray   *questions);
gint64        pursuit_practice_session_get_id               (PursuitPracticeSession *self);
void          pursuit_practice_session_set_id               (PursuitPracticeSession *self,
                                                             gint64                  id);
gint64        pursuit_practice_session_get_job_id           (PursuitPracticeSession *self);
gint64        pursuit_practice_session_get_created_at       (PursuitPracticeSession *self);
void          pursuit_practice_session_set_created_at       (PursuitPracticeSession *self,
                                                             gint64                  created_at);
gint64        pursuit_practice_session_get_finished_at      (PursuitPracticeSession *self);
guint         pursuit_practice_session_get_n_questions      (PursuitPracticeSession *self);
const PursuitPracticeQuestion *pursuit_practice_session_get_question (PursuitPracticeSession *self,
                                                             guint                   index);
/* Records (or replaces) the answer to question @index, evaluates it
 * locally, and returns the evaluation (owned by the session). */
const PursuitAnswerEvaluation *pursuit_practice_session_answer (PursuitPracticeSession *self,
                                                             guint                   index,
                                                             const char             *answer,
                                                             guint                   seconds);
/* Replaces the evaluation of an answered question (the AI's). */
void          pursuit_practice_session_set_evaluation       (PursuitPracticeSession *self,
                                                             guint                   index,
                                                             const PursuitAnswerEvaluation *evaluation);
const char   *pursuit_practice_session_get_answer           (PursuitPracticeSession *self,
                                                             guint                   index);
const PursuitAnswerEvaluation *pursuit_practice_session_get_evaluation (PursuitPracticeSession *self,
                                                             guint                   index);
/* Builds the report from the answers so far (unanswered questions count
 * as 0) and sets finished-at to @now. @profile (may be NULL) is what the
 * claims are checked against. */
void          pursuit_practice_session_finish               (PursuitPracticeSession *self,
                                                             PursuitProfile         *profile,
                                                             gint64                  now);
/* -1 until finished, and after too when the set had no question of that
 * kind (no technical questions without a CV). */
int           pursuit_practice_session_get_technical_score     (PursuitPracticeSession *self);
int           pursuit_practice_session_get_behavioural_score   (PursuitPracticeSession *self);
int           pursuit_practice_session_get_communication_score (PursuitPracticeSession *self);
int           pursuit_practice_session_get_overall_score       (PursuitPracticeSession *self);
const char * const *pursuit_practice_session_get_strengths     (PursuitPracticeSession *self);
const char * const *pursuit_practice_session_get_weaknesses    (PursuitPracticeSession *self);
const char * const *pursuit_practice_session_get_flagged_claims (PursuitPracticeSession *self);

/* All of it (questions, answers, evaluations, report) as JSON for the
 * store, and back; G_IO_ERROR_INVALID_DATA on anything malformed. */
char         *pursuit_practice_session_to_json              (PursuitPracticeSession *self);
PursuitPracticeSession *pursuit_practice_session_new_from_json (const char          *json,
                                                             GError                **error);

G_END_DECLS
