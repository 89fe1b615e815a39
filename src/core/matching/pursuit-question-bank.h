/* pursuit-question-bank.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-match-result.h"

G_BEGIN_DECLS

typedef enum
{
  PURSUIT_QUESTION_TECHNICAL,
  PURSUIT_QUESTION_BEHAVIOURAL,
  PURSUIT_QUESTION_SITUATIONAL,
} PursuitQuestionKind;

/* Why a question is in a set. */
typedef enum
{
  PURSUIT_QUESTION_FOCUS_GAP,       /* a missing or partial skill */
  PURSUIT_QUESTION_FOCUS_STRENGTH,  /* a skill the user claims */
  PURSUIT_QUESTION_FOCUS_GENERAL,
} PursuitQuestionFocus;

/* "technical", "behavioural", "situational"; "gap", "strength", "general". */
const char *pursuit_question_kind_to_string  (PursuitQuestionKind  kind);
const char *pursuit_question_kind_get_label  (PursuitQuestionKind  kind);
const char *pursuit_question_focus_to_string (PursuitQuestionFocus focus);

/* A question as asked: copied out of the bank into a session. Difficulty
 * 1 (easy) .. 3 (hard). Technical questions carry the concepts a good
 * answer covers (each a list of interchangeable words: "index|indexes|
 * b-tree"); behavioural ones expect STAR. */
typedef struct
{
  char                 *id;          /* stable, from the bank */
  PursuitQuestionKind   kind;
  PursuitQuestionFocus  focus;
  char                 *skill;       /* canonical skill name or NULL */
  int                   difficulty;
  char                 *text;
  char                **concepts;    /* NULL-terminated; may be empty */
  guint                 seconds;     /* suggested time to answer */
} PursuitPracticeQuestion;

PursuitPracticeQuestion *pursuit_practice_question_copy (const PursuitPracticeQuestion *question);
void                     pursuit_practice_question_free (PursuitPracticeQuestion *question);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PursuitPracticeQuestion, pursuit_practice_question_free)

#define PURSUIT_QUESTION_BANK_ERROR (pursuit_question_bank_error_quark ())
GQuark pursuit_question_bank_error_quark (void);
typedef enum
{
  PURSUIT_QUESTION_BANK_ERROR_INVALID,
} PursuitQuestionBankError;

#define PURSUIT_TYPE_QUESTION_BANK (pursuit_question_bank_get_type ())

/* The interview questions Pursuit ships (data/questions.json, the
 * resource /io/github/pursuit/Pursuit/core/questions.json): technical
 * questions per skill, behavioural and situational ones, with difficulty,
 * expected concepts and a suggested time. Immutable; any thread. */
G_DECLARE_FINAL_TYPE (PursuitQuestionBank, pursuit_question_bank, PURSUIT, QUESTION_BANK, GObject)

PursuitQuestionBank *pursuit_question_bank_new_from_bytes (GBytes      *json,
                                                           GError     **error);
/* (transfer none), loaded once, thread-safe. */
PursuitQuestionBank *pursuit_question_bank_get_default    (void);
guint                pursuit_question_bank_get_n_questions (PursuitQuestionBank *self);

/* A question set for a job: @n_questions (clamped to 5..20) questions,
 * about 50 % technical, 30 % behavioural, 20 % situational; of those
 * with a skill about 40 % on the match's missing or partial skills, 30 %
 * on skills the user claims, 30 % general; difficulty from the match score
 * (below 50: easier; above 80: harder); no question twice. @seed makes it
 * repeatable (the same seed gives the same set). @match may be NULL (no
 * CV yet): then general and behavioural questions only. Returns an array
 * of PursuitPracticeQuestion (free func set). */
GPtrArray           *pursuit_question_bank_make_set       (PursuitQuestionBank *self,
                                                           PursuitMatchResult  *match,
                                                           guint                n_questions,
                                                           guint32              seed);

G_END_DECLS
