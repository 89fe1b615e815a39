/* pursuit-ai-client.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-company.h"
#include "pursuit-http.h"
#include "pursuit-job.h"
#include "pursuit-match-result.h"
#include "pursuit-practice-session.h"
#include "pursuit-profile.h"

G_BEGIN_DECLS

#define PURSUIT_SECRET_AI_API_KEY "ai-api-key"

#define PURSUIT_AI_ERROR (pursuit_ai_error_quark ())
GQuark pursuit_ai_error_quark (void);

/**
 * PursuitAiError:
 * @PURSUIT_AI_ERROR_DISABLED: the AI is off or has no endpoint
 * @PURSUIT_AI_ERROR_BAD_RESPONSE: the endpoint answered something that is
 *   not a chat completion (wrong JSON, no choices, empty content, too long)
 * @PURSUIT_AI_ERROR_REFUSED: 401/403: a wrong API key or model
 *
 * Network failures and an open circuit come as PURSUIT_HTTP_ERROR.
 */
typedef enum
{
  PURSUIT_AI_ERROR_DISABLED,
  PURSUIT_AI_ERROR_BAD_RESPONSE,
  PURSUIT_AI_ERROR_REFUSED,
} PursuitAiError;

#define PURSUIT_TYPE_AI_CLIENT (pursuit_ai_client_get_type ())

/* An OpenAI-compatible chat completions endpoint (POST
 * {base-url}/chat/completions with {"model", "messages": [{"role",
 * "content"}], "temperature"}, Bearer key when one is set; a local Ollama
 * or llama.cpp server needs none). Requests go through @http, so its retry
 * and circuit breaker (service "ai") apply. Every caller falls back to the
 * local result on any error. Properties: base-url (e.g.
 * "http://127.0.0.1:11434/v1"), model, api-key (write-only; never logged). */
G_DECLARE_FINAL_TYPE (PursuitAiClient, pursuit_ai_client, PURSUIT, AI_CLIENT, GObject)

PursuitAiClient *pursuit_ai_client_new              (PursuitHttp          *http,
                                                     const char           *base_url,
                                                     const char           *model,
                                                     const char           *api_key);
const char      *pursuit_ai_client_get_base_url     (PursuitAiClient      *self);
const char      *pursuit_ai_client_get_model        (PursuitAiClient      *self);

/* One completion: the assistant message's content. */
void             pursuit_ai_client_complete_async   (PursuitAiClient      *self,
                                                     const char           *system_prompt,
                                                     const char           *user_prompt,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
char            *pursuit_ai_client_complete_finish  (PursuitAiClient      *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

/* A few paragraphs explaining the gap analysis and what to do first. */
void             pursuit_ai_client_explain_match_async  (PursuitAiClient    *self,
                                                     PursuitJob           *job,
                                                     PursuitMatchResult   *match,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
char            *pursuit_ai_client_explain_match_finish (PursuitAiClient    *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
/* A cover letter draft for @job from @profile and @match (may be NULL). */
void             pursuit_ai_client_draft_cover_letter_async  (PursuitAiClient *self,
                                                     PursuitJob           *job,
                                                     PursuitProfile       *profile,
                                                     PursuitMatchResult   *match,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
char            *pursuit_ai_client_draft_cover_letter_finish (PursuitAiClient *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
/* Asks for a JSON verdict {"score": 0-100, "covered": [..], "missed": [..],
 * "feedback": [..]} and merges it over @local (the local evaluation,
 * kept for structure and clarity); from_ai is TRUE in the result. */
void             pursuit_ai_client_evaluate_answer_async  (PursuitAiClient *self,
                                                     const PursuitPracticeQuestion *question,
                                                     const char           *answer,
                                                     const PursuitAnswerEvaluation *local,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
PursuitAnswerEvaluation *pursuit_ai_client_evaluate_answer_finish (PursuitAiClient *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

/* At most three sentences of plain text on what @company does, from its
 * posting facts and the descriptions of @jobs (of PursuitJob, may be
 * NULL): for the company page. */
void             pursuit_ai_client_summarize_company_async  (PursuitAiClient *self,
                                                     PursuitCompany       *company,
                                                     GPtrArray            *jobs,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
char            *pursuit_ai_client_summarize_company_finish (PursuitAiClient *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

G_END_DECLS
