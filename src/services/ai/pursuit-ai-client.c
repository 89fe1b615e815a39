/* pursuit-ai-client.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-ai"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pursuit-ai-client.h"
#include "pursuit-ai-prompts-private.h"
#include "pursuit-secret-private.h"

/* Larger answers are not a chat completion we asked for. */
#define MAX_RESPONSE_SIZE  ((gsize) 1024 * 1024)
/* Local models can be slow to answer a long prompt. */
#define REQUEST_TIMEOUT    120
#define TEMPERATURE        0.3

struct _PursuitAiClient
{
  GObject      parent_instance;

  PursuitHttp *http;
  char        *base_url;
  char        *model;
  char        *api_key;
};

G_DEFINE_FINAL_TYPE (PursuitAiClient, pursuit_ai_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (pursuit-ai-error, pursuit_ai_error)

/* Transport ---------------------------------------------------------------- */

static char *
build_endpoint (const char  *base_url,
                GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *trimmed = NULL;
  const char *scheme;
  gsize len;

  if (base_url == NULL || *base_url == '\0')
    {
      g_set_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_DISABLED, "%s",
                   _("No AI endpoint is set."));
      return NULL;
    }

  uri = g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0) ||
      g_uri_get_query (uri) != NULL || g_uri_get_fragment (uri) != NULL)
    {
      g_set_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_DISABLED, "%s",
                   _("The AI endpoint is not a valid http or https address."));
      return NULL;
    }

  trimmed = g_strdup (base_url);
  len = strlen (trimmed);
  while (len > 0 && trimmed[len - 1] == '/')
    trimmed[--len] = '\0';

  return g_strconcat (trimmed, "/chat/completions", NULL);
}

static JsonNode *
build_body (PursuitAiClient *self,
            const char      *system_prompt,
            const char      *user_prompt)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *system_text = _pursuit_ai_clip (system_prompt, PURSUIT_AI_MAX_PROMPT);
  g_autofree char *user_text = _pursuit_ai_clip (user_prompt, PURSUIT_AI_MAX_PROMPT);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "model");
  json_builder_add_string_value (builder, self->model);
  json_builder_set_member_name (builder, "messages");
  json_builder_begin_array (builder);
  if (system_text != NULL && *system_text != '\0')
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "role");
      json_builder_add_string_value (builder, "system");
      json_builder_set_member_name (builder, "content");
      json_builder_add_string_value (builder, system_text);
      json_builder_end_object (builder);
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, "user");
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, user_text != NULL ? user_text : "");
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "temperature");
  json_builder_add_double_value (builder, TEMPERATURE);
  json_builder_set_member_name (builder, "stream");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static gboolean
bad_response (GError     **error,
              const char  *why)
{
  g_debug ("Not a chat completion: %s", why);
  g_set_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_BAD_RESPONSE, "%s",
               _("The AI endpoint did not answer with a chat completion."));
  return FALSE;
}

/* The first choice's message content of an OpenAI chat completion. */
static char *
parse_completion (GBytes  *body,
                  GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize size = 0;
  JsonNode *root;
  JsonObject *object, *choice, *message;
  JsonArray *choices;
  JsonNode *content;
  g_autofree char *text = NULL;

  data = body != NULL ? g_bytes_get_data (body, &size) : NULL;
  if (size == 0)
    return bad_response (error, "empty body"), NULL;
  if (size > MAX_RESPONSE_SIZE)
    return bad_response (error, "too large"), NULL;
  if (!json_parser_load_from_data (parser, data, size, &local_error))
    return bad_response (error, "not JSON"), NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return bad_response (error, "not an object"), NULL;
  object = json_node_get_object (root);

  if (!json_object_has_member (object, "choices") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "choices")))
    return bad_response (error, "no choices"), NULL;
  choices = json_object_get_array_member (object, "choices");
  if (json_array_get_length (choices) == 0 ||
      !JSON_NODE_HOLDS_OBJECT (json_array_get_element (choices, 0)))
    return bad_response (error, "no choices"), NULL;

  choice = json_array_get_object_element (choices, 0);
  if (!json_object_has_member (choice, "message") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (choice, "message")))
    return bad_response (error, "no message"), NULL;
  message = json_object_get_object_member (choice, "message");

  content = json_object_get_member (message, "content");
  if (content == NULL || json_node_get_value_type (content) != G_TYPE_STRING)
    return bad_response (error, "no content"), NULL;

  text = g_strstrip (g_strdup (json_node_get_string (content)));
  if (*text == '\0')
    return bad_response (error, "empty content"), NULL;

  return g_steal_pointer (&text);
}

static void
send_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  char *content;

  response = pursuit_http_send_finish (PURSUIT_HTTP (object), result, &error);
  if (response == NULL)
    {
      if (g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED) ||
          g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_FORBIDDEN))
        {
          g_task_return_new_error (task, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_REFUSED, "%s",
                                   _("The AI endpoint refused the request: check its API key and model."));
          return;
        }

      g_debug ("AI request failed: %s", error->message);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  content = parse_completion (pursuit_http_response_get_body (response), &error);
  if (content == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, content, g_free);
}

static void
complete (PursuitAiClient     *self,
          gpointer             source_tag,
          const char          *system_prompt,
          const char          *user_prompt,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *endpoint = NULL;

  /* Every public request comes through here: its checks are made once. */
  g_return_if_fail (PURSUIT_IS_AI_CLIENT (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);

  endpoint = build_endpoint (self->base_url, &error);
  if (endpoint == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (self->model == NULL || *self->model == '\0')
    {
      g_task_return_new_error (task, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_DISABLED, "%s",
                               _("No AI model is set."));
      return;
    }

  request = pursuit_http_request_new ("ai", "POST", endpoint);
  pursuit_http_request_set_service_name (request, _("The AI endpoint"));
  pursuit_http_request_set_expect_json (request, FALSE);
  pursuit_http_request_set_timeout (request, REQUEST_TIMEOUT);
  pursuit_http_request_set_header (request, "Accept", "application/json");
  if (self->api_key != NULL && *self->api_key != '\0')
    {
      g_autofree char *authorization = g_strconcat ("Bearer ", self->api_key, NULL);

      pursuit_http_request_set_header (request, "Authorization", authorization);
    }
  body = build_body (self, system_prompt, user_prompt);
  pursuit_http_request_set_json_body (request, body);

  pursuit_http_send_async (self->http, request, cancellable, send_cb, g_steal_pointer (&task));
}

static gpointer
complete_finish (PursuitAiClient  *self,
                 GAsyncResult     *result,
                 gpointer          source_tag,
                 GError          **error)
{
  /* Every public finish comes through here: its checks are made once. */
  g_return_val_if_fail (PURSUIT_IS_AI_CLIENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* What the model wrote for a person to read: no markup. */
static char *
complete_plain_text_finish (PursuitAiClient  *self,
                            GAsyncResult     *result,
                            gpointer          source_tag,
                            GError          **error)
{
  g_autofree char *text = complete_finish (self, result, source_tag, error);

  return text != NULL ? _pursuit_ai_plain_text (text) : NULL;
}

/* GObject ------------------------------------------------------------------ */

static void
pursuit_ai_client_finalize (GObject *object)
{
  PursuitAiClient *self = PURSUIT_AI_CLIENT (object);

  g_clear_object (&self->http);
  g_clear_pointer (&self->base_url, g_free);
  g_clear_pointer (&self->model, g_free);
  _pursuit_secret_forget (&self->api_key);

  G_OBJECT_CLASS (pursuit_ai_client_parent_class)->finalize (object);
}

static void
pursuit_ai_client_class_init (PursuitAiClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_ai_client_finalize;
}

static void
pursuit_ai_client_init (PursuitAiClient *self)
{
}

/* Public API --------------------------------------------------------------- */

/**
 * pursuit_ai_client_new:
 * @http: the HTTP client (its breaker for the service "ai" applies)
 * @base_url: the API's base, such as "http://127.0.0.1:11434/v1"
 * @model: the model name
 * @api_key: (nullable): the key sent as a Bearer token, if any
 *
 * Returns: (transfer full): a client
 */
PursuitAiClient *
pursuit_ai_client_new (PursuitHttp *http,
                       const char  *base_url,
                       const char  *model,
                       const char  *api_key)
{
  PursuitAiClient *self;

  g_return_val_if_fail (PURSUIT_IS_HTTP (http), NULL);

  /* A client never changes: the provider, whose properties follow the
   * settings, makes a new one. Plain fields, no properties of its own. */
  self = g_object_new (PURSUIT_TYPE_AI_CLIENT, NULL);
  self->http = g_object_ref (http);
  self->base_url = g_strdup (base_url);
  self->model = g_strdup (model);
  self->api_key = g_strdup (api_key);

  return self;
}

const char *
pursuit_ai_client_get_base_url (PursuitAiClient *self)
{
  g_return_val_if_fail (PURSUIT_IS_AI_CLIENT (self), NULL);

  return self->base_url;
}

const char *
pursuit_ai_client_get_model (PursuitAiClient *self)
{
  g_return_val_if_fail (PURSUIT_IS_AI_CLIENT (self), NULL);

  return self->model;
}

/**
 * pursuit_ai_client_complete_async:
 * @system_prompt: (nullable): the system message
 * @user_prompt: the user message
 *
 * Asks for one chat completion. Prompts are cut to a bounded size.
 */
void
pursuit_ai_client_complete_async (PursuitAiClient     *self,
                                  const char          *system_prompt,
                                  const char          *user_prompt,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_return_if_fail (user_prompt != NULL);

  complete (self, pursuit_ai_client_complete_async, system_prompt, user_prompt,
            cancellable, callback, user_data);
}

/**
 * pursuit_ai_client_complete_finish:
 *
 * Returns: (transfer full): the assistant's answer, or %NULL with @error
 *   set (PURSUIT_AI_ERROR or PURSUIT_HTTP_ERROR)
 */
char *
pursuit_ai_client_complete_finish (PursuitAiClient  *self,
                                   GAsyncResult     *result,
                                   GError          **error)
{
  return complete_finish (self, result, pursuit_ai_client_complete_async, error);
}

void
pursuit_ai_client_explain_match_async (PursuitAiClient     *self,
                                       PursuitJob          *job,
                                       PursuitMatchResult  *match,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autofree char *user_prompt = NULL;

  g_return_if_fail (PURSUIT_IS_JOB (job));
  g_return_if_fail (PURSUIT_IS_MATCH_RESULT (match));

  user_prompt = _pursuit_ai_prompt_explain_match (job, match);
  complete (self, pursuit_ai_client_explain_match_async, _pursuit_ai_system_explain_match (),
            user_prompt, cancellable, callback, user_data);
}

/**
 * pursuit_ai_client_explain_match_finish:
 *
 * Returns: (transfer full): plain text, or %NULL with @error set
 */
char *
pursuit_ai_client_explain_match_finish (PursuitAiClient  *self,
                                        GAsyncResult     *result,
                                        GError          **error)
{
  return complete_plain_text_finish (self, result, pursuit_ai_client_explain_match_async, error);
}

void
pursuit_ai_client_draft_cover_letter_async (PursuitAiClient     *self,
                                            PursuitJob          *job,
                                            PursuitProfile      *profile,
                                            PursuitMatchResult  *match,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  g_autofree char *user_prompt = NULL;

  g_return_if_fail (PURSUIT_IS_JOB (job));
  g_return_if_fail (profile == NULL || PURSUIT_IS_PROFILE (profile));
  g_return_if_fail (match == NULL || PURSUIT_IS_MATCH_RESULT (match));

  user_prompt = _pursuit_ai_prompt_cover_letter (job, profile, match);
  complete (self, pursuit_ai_client_draft_cover_letter_async, _pursuit_ai_system_cover_letter (),
            user_prompt, cancellable, callback, user_data);
}

/**
 * pursuit_ai_client_draft_cover_letter_finish:
 *
 * Returns: (transfer full): the draft as plain text, or %NULL with @error set
 */
char *
pursuit_ai_client_draft_cover_letter_finish (PursuitAiClient  *self,
                                             GAsyncResult     *result,
                                             GError          **error)
{
  return complete_plain_text_finish (self, result, pursuit_ai_client_draft_cover_letter_async, error);
}

void
pursuit_ai_client_summarize_company_async (PursuitAiClient     *self,
                                           PursuitCompany      *company,
                                           GPtrArray           *jobs,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  g_autofree char *user_prompt = NULL;

  g_return_if_fail (PURSUIT_IS_COMPANY (company));

  user_prompt = _pursuit_ai_prompt_company_summary (company, jobs);
  complete (self, pursuit_ai_client_summarize_company_async, _pursuit_ai_system_company_summary (),
            user_prompt, cancellable, callback, user_data);
}

/**
 * pursuit_ai_client_summarize_company_finish:
 *
 * Returns: (transfer full): at most three sentences of plain text, or
 *   %NULL with @error set (%PURSUIT_AI_ERROR_BAD_RESPONSE for an empty
 *   answer)
 */
char *
pursuit_ai_client_summarize_company_finish (PursuitAiClient  *self,
                                            GAsyncResult     *result,
                                            GError          **error)
{
  g_autofree char *text = complete_finish (self, result, pursuit_ai_client_summarize_company_async, error);
  g_autofree char *summary = NULL;

  if (text == NULL)
    return NULL;

  summary = _pursuit_ai_summary_text (text, 3);
  if (*summary == '\0')
    {
      g_set_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_BAD_RESPONSE, "%s",
                   _("The AI gave an empty answer."));
      return NULL;
    }

  return g_steal_pointer (&summary);
}

typedef struct
{
  PursuitAnswerEvaluation *local;
  gboolean                 technical;
} EvaluateData;

static void
evaluate_data_free (gpointer data)
{
  EvaluateData *evaluate = data;

  g_clear_pointer (&evaluate->local, pursuit_answer_evaluation_free);
  g_free (evaluate);
}

static void
evaluate_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  EvaluateData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PursuitAnswerEvaluation *merged;

  text = pursuit_ai_client_complete_finish (PURSUIT_AI_CLIENT (object), result, &error);
  if (text == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  merged = _pursuit_ai_merge_evaluation (text, data->local, data->technical, &error);
  if (merged == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, merged, (GDestroyNotify)pursuit_answer_evaluation_free);
}

void
pursuit_ai_client_evaluate_answer_async (PursuitAiClient               *self,
                                         const PursuitPracticeQuestion *question,
                                         const char                    *answer,
                                         const PursuitAnswerEvaluation *local,
                                         GCancellable                  *cancellable,
                                         GAsyncReadyCallback            callback,
                                         gpointer                       user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *user_prompt = NULL;
  EvaluateData *data;

  g_return_if_fail (PURSUIT_IS_AI_CLIENT (self));
  g_return_if_fail (question != NULL);
  g_return_if_fail (local != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_ai_client_evaluate_answer_async);
  data = g_new0 (EvaluateData, 1);
  data->local = pursuit_answer_evaluation_copy (local);
  data->technical = question->kind == PURSUIT_QUESTION_TECHNICAL;
  g_task_set_task_data (task, data, evaluate_data_free);

  user_prompt = _pursuit_ai_prompt_evaluate_answer (question, answer);
  pursuit_ai_client_complete_async (self, _pursuit_ai_system_evaluate_answer (), user_prompt,
                                    cancellable, evaluate_cb, g_steal_pointer (&task));
}

/**
 * pursuit_ai_client_evaluate_answer_finish:
 *
 * Returns: (transfer full): the local evaluation with the AI's verdict
 *   merged in, or %NULL with @error set (PURSUIT_AI_ERROR_BAD_RESPONSE
 *   when the verdict is not the JSON asked for)
 */
PursuitAnswerEvaluation *
pursuit_ai_client_evaluate_answer_finish (PursuitAiClient  *self,
                                          GAsyncResult     *result,
                                          GError          **error)
{
  return complete_finish (self, result, pursuit_ai_client_evaluate_answer_async, error);
}
