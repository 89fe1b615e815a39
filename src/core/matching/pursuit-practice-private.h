/* pursuit-practice-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-practice-session.h"
#include "pursuit-question-bank.h"

G_BEGIN_DECLS

/* For the session's JSON reader: the inverse of
 * pursuit_question_kind_to_string () and pursuit_question_focus_to_string (). */
gboolean _pursuit_question_kind_from_string  (const char           *key,
                                              PursuitQuestionKind  *out);
gboolean _pursuit_question_focus_from_string (const char           *key,
                                              PursuitQuestionFocus *out);

/* The question bank (pursuit-question-bank.c loads it, and
 * pursuit-question-bank-set.c makes sets from it). A category question
 * whose text holds SKILL_PLACEHOLDER is a template. */
#define SKILL_PLACEHOLDER "{skill}"

typedef struct
{
  char                *id;
  PursuitQuestionKind  kind;
  char                *skill;
  char                *category;
  int                  difficulty;
  char                *text;
  char               **concepts;
  guint                seconds;
  gboolean             is_template;
} BankQuestion;

struct _PursuitQuestionBank
{
  GObject parent_instance;

  GPtrArray  *questions;    /* of BankQuestion */
  GHashTable *by_skill;     /* casefolded skill → GArray of guint */
  GHashTable *templates;    /* category → GArray of guint */
  GHashTable *by_category;  /* category → GArray of guint (not templates) */
  GArray     *behavioural;
  GArray     *situational;
};

/* The session (pursuit-practice-session.c: the record and its report;
 * pursuit-practice-session-json.c: its JSON). Answers longer than
 * MAX_ANSWER_BYTES are cut: nobody types that much in an interview, and
 * it bounds a session's row in the store. */
#define MAX_ANSWER_BYTES   (64 * 1024)
#define MAX_ANSWER_SECONDS (24 * 60 * 60)

typedef struct
{
  char                    *text;
  guint                    seconds;
  PursuitAnswerEvaluation *evaluation;
} Answer;

struct _PursuitPracticeSession
{
  GObject parent_instance;

  gint64     id;
  gint64     job_id;
  gint64     created_at;
  gint64     finished_at;
  GPtrArray *questions;   /* of PursuitPracticeQuestion */
  Answer    *answers;     /* one per question; text NULL while unanswered */

  int        technical;
  int        behavioural;
  int        communication;
  int        overall;
  char     **strengths;
  char     **weaknesses;
  char     **flagged_claims;
};

/* A session without the argument checks (the JSON reader's). */
PursuitPracticeSession *_pursuit_practice_session_new_unchecked (gint64     job_id,
                                                                 GPtrArray *questions);

G_END_DECLS
