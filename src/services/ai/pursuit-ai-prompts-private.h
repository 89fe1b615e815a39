/* pursuit-ai-prompts-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pursuit-ai-client.h"

G_BEGIN_DECLS

/* The largest prompt sent, in bytes: keeps the request body bounded. */
#define PURSUIT_AI_MAX_PROMPT ((gsize) 32 * 1024)

/* Valid UTF-8, at most @max bytes, cut on a character boundary. NULL for
 * NULL. */
char       *_pursuit_ai_clip                    (const char                    *text,
                                                 gsize                          max);
/* What the model answered, as plain text for a label: valid UTF-8, code
 * fences and emphasis markers removed, trimmed. */
char       *_pursuit_ai_plain_text              (const char                    *text);

const char *_pursuit_ai_system_explain_match    (void);
const char *_pursuit_ai_system_cover_letter     (void);
const char *_pursuit_ai_system_evaluate_answer  (void);
const char *_pursuit_ai_system_company_summary  (void);

char       *_pursuit_ai_prompt_explain_match    (PursuitJob                    *job,
                                                 PursuitMatchResult            *match);
char       *_pursuit_ai_prompt_cover_letter     (PursuitJob                    *job,
                                                 PursuitProfile                *profile,
                                                 PursuitMatchResult            *match);
char       *_pursuit_ai_prompt_evaluate_answer  (const PursuitPracticeQuestion *question,
                                                 const char                    *answer);
/* The company's facts and up to a few of its postings (of PursuitJob),
 * clipped to PURSUIT_AI_MAX_PROMPT. */
char       *_pursuit_ai_prompt_company_summary  (PursuitCompany                *company,
                                                 GPtrArray                     *jobs);
/* A summary as a label shows it: plain text in one paragraph, no tags,
 * at most @max_sentences sentences. */
char       *_pursuit_ai_summary_text            (const char                    *text,
                                                 guint                          max_sentences);

/* Parses the model's verdict {"score", "covered", "missed", "feedback"}
 * (code fences and text around the object allowed) and merges it over a
 * copy of @local. PURSUIT_AI_ERROR_BAD_RESPONSE when it is not that. */
PursuitAnswerEvaluation *_pursuit_ai_merge_evaluation (const char                    *text,
                                                 const PursuitAnswerEvaluation *local,
                                                 gboolean                       technical,
                                                 GError                       **error);

G_END_DECLS
