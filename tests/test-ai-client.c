/* test-ai-client.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The optional AI against a fake OpenAI-compatible endpoint on loopback
 * (the scripted server of the HTTP tests), and its provider reading the
 * API key from a real gnome-keyring on a private bus. */

#define G_LOG_DOMAIN "test-ai"

#include <string.h>

#include "pursuit-ai-provider.h"
#include "pursuit-test-async.h"
#include "pursuit-test-http-server.h"
#include "pursuit-test-keyring.h"

#define SECRET_KEY "sk-test-SECRET-4242"

#define COMPLETION(content) \
  "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"tiny\"," \
  "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" content "}," \
  "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":3,\"total_tokens\":12}}"

#define TEN_A     "aaaaaaaaaa"
#define HUNDRED_A TEN_A TEN_A TEN_A TEN_A TEN_A TEN_A TEN_A TEN_A TEN_A TEN_A
#define KILOBYTE  HUNDRED_A HUNDRED_A HUNDRED_A HUNDRED_A HUNDRED_A HUNDRED_A HUNDRED_A HUNDRED_A HUNDRED_A HUNDRED_A

static PursuitAiClient *
new_client (Fixture    *fixture,
            const char *api_key)
{
  g_autofree char *base = g_strconcat (fixture->base, "/v1/", NULL);

  return pursuit_ai_client_new (fixture->http, base, "tiny", api_key);
}

static char *
complete (PursuitAiClient  *client,
          const char       *system_prompt,
          const char       *user_prompt,
          GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  char *text;

  pursuit_ai_client_complete_async (client, system_prompt, user_prompt, NULL, pursuit_test_store_result, &result);
  text = pursuit_ai_client_complete_finish (client, pursuit_test_wait_at_most (&result, 20), error);

  return text;
}

static JsonObject *
parse_body (Seen       *seen,
            JsonParser *parser)
{
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (seen->body, &size);

  json_parser_load_from_data (parser, data, size, &error);
  g_assert_no_error (error);

  return json_node_get_object (json_parser_get_root (parser));
}

static gboolean
body_contains (Seen       *seen,
               const char *needle)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (seen->body, NULL), g_bytes_get_size (seen->body));

  return strstr (text, needle) != NULL;
}

static void
test_good_completion (Fixture       *fixture,
                      gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = COMPLETION ("\"  Hello from the model.\\n\"") },
  };
  g_autoptr(PursuitAiClient) client = new_client (fixture, SECRET_KEY);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *body;
  JsonArray *messages;
  Seen *seen;

  plan (fixture, steps, G_N_ELEMENTS (steps));
  text = complete (client, "Be brief.", "Say hello.", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Hello from the model.");

  g_assert_cmpuint (fixture->seen->len, ==, 1);
  seen = seen_at (fixture, 0);
  g_assert_cmpstr (seen->method, ==, "POST");
  g_assert_cmpstr (seen->path, ==, "/v1/chat/completions");
  g_assert_true (g_str_has_prefix (seen->content_type, "application/json"));
  g_assert_cmpstr (seen->authorization, ==, "Bearer " SECRET_KEY);

  body = parse_body (seen, parser);
  g_assert_cmpstr (json_object_get_string_member (body, "model"), ==, "tiny");
  g_assert_false (json_object_get_boolean_member (body, "stream"));
  messages = json_object_get_array_member (body, "messages");
  g_assert_cmpuint (json_array_get_length (messages), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (messages, 0), "role"), ==, "system");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (messages, 0), "content"), ==, "Be brief.");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (messages, 1), "role"), ==, "user");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (messages, 1), "content"), ==, "Say hello.");

  /* The key is a header only: never in the prompt, never logged. */
  g_assert_false (body_contains (seen, SECRET_KEY));
  g_assert_null (strstr (captured_logs->str, SECRET_KEY));
}

static void
test_no_key (Fixture       *fixture,
             gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = COMPLETION ("\"ok\"") },
  };
  g_autoptr(PursuitAiClient) client = new_client (fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *messages;

  /* A local server needs no key; a huge prompt is cut, not sent whole. */
  while (huge->len < 1024 * 1024)
    g_string_append (huge, "words and more words ");
  plan (fixture, steps, G_N_ELEMENTS (steps));
  text = complete (client, NULL, huge->str, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "ok");
  g_assert_null (seen_at (fixture, 0)->authorization);
  g_assert_cmpuint (g_bytes_get_size (seen_at (fixture, 0)->body), <, 64 * 1024);
  messages = json_object_get_array_member (parse_body (seen_at (fixture, 0), parser), "messages");
  g_assert_cmpuint (json_array_get_length (messages), ==, 1);
}

static void
test_refused (Fixture       *fixture,
              gconstpointer  data)
{
  static const Step unauthorized[] = {
    { .kind = STEP_ANSWER, .status = 401, .content_type = "application/json",
      .body = "{\"error\":{\"message\":\"Incorrect API key provided: sk-test-SECRET-4242\"}}" },
  };
  static const Step forbidden[] = {
    { .kind = STEP_ANSWER, .status = 403, .content_type = "application/json", .body = "{\"error\":\"no\"}" },
  };
  g_autoptr(PursuitAiClient) client = new_client (fixture, SECRET_KEY);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  plan (fixture, unauthorized, G_N_ELEMENTS (unauthorized));
  text = complete (client, "s", "u", &error);
  g_assert_null (text);
  g_assert_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_REFUSED);
  /* Not retried: another try cannot fix a key. */
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  /* The message is ours, never the server's echo of the key. */
  g_assert_null (strstr (error->message, SECRET_KEY));
  g_assert_null (strstr (captured_logs->str, SECRET_KEY));
  g_clear_error (&error);

  plan (fixture, forbidden, G_N_ELEMENTS (forbidden));
  text = complete (client, "s", "u", &error);
  g_assert_null (text);
  g_assert_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_REFUSED);
}

static void
test_server_errors_and_breaker (Fixture       *fixture,
                                gconstpointer  data)
{
  static const Step failing[] = {
    { .kind = STEP_ANSWER, .status = 500, .content_type = "application/json", .body = "{}" },
  };
  static const Step flaky[] = {
    { .kind = STEP_ANSWER, .status = 503, .content_type = "application/json", .body = "{}" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = COMPLETION ("\"back\"") },
  };
  g_autoptr(PursuitAiClient) client = new_client (fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* A 503 then a good answer: retried, the caller sees the answer. */
  plan (fixture, flaky, G_N_ELEMENTS (flaky));
  text = complete (client, "s", "u", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "back");
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  g_clear_pointer (&text, g_free);

  /* Every attempt counts: two calls of 1 + 3 tries open it. */
  pursuit_http_set_breaker_policy (fixture->http, 8, PURSUIT_HTTP_BREAKER_WINDOW, PURSUIT_HTTP_BREAKER_OPEN_FOR);
  plan (fixture, failing, G_N_ELEMENTS (failing));
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "ai"), ==, PURSUIT_CIRCUIT_CLOSED);
      text = complete (client, "s", "u", &error);
      g_assert_null (text);
      g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER);
      g_clear_error (&error);
    }
  /* Each call tried 1 + 3 times (the fixture's retry policy). */
  g_assert_cmpuint (fixture->seen->len, ==, 8);
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "ai"), ==, PURSUIT_CIRCUIT_OPEN);

  /* Open: refused at once, nothing sent. */
  text = complete (client, "s", "u", &error);
  g_assert_null (text);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CIRCUIT_OPEN);
  g_assert_cmpuint (fixture->seen->len, ==, 8);
}

static void
expect_bad_response (Fixture    *fixture,
                     const Step *step)
{
  g_autoptr(PursuitAiClient) client = new_client (fixture, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  plan (fixture, step, 1);
  text = complete (client, "s", "u", &error);
  g_assert_null (text);
  g_assert_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_BAD_RESPONSE);
}

static void
test_bad_responses (Fixture       *fixture,
                    gconstpointer  data)
{
  static const Step bad[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "text/html", .body = "<html>Welcome to nginx</html>" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{\"choices\": [" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "[1, 2, 3]" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{\"choices\": []}" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{\"choices\": \"no\"}" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{\"choices\": [7]}" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{\"choices\": [{}]}" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = "{\"choices\": [{\"message\": {\"content\": 5}}]}" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = COMPLETION ("null") },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = COMPLETION ("\"   \"") },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "" },
    /* 1.1 MB: more than any completion asked for, with or without a
     * length; a 1 KB piece keeps the chunks few. */
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = KILOBYTE, .repeat = 1100 },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = KILOBYTE, .repeat = 1100,
      .chunked = TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    expect_bad_response (fixture, &bad[i]);
}

static void
test_disabled (Fixture       *fixture,
               gconstpointer  data)
{
  const char *bad_urls[] = { "", "ftp://example.com/v1", "not a url", "http://", "http://h/v1?key=x" };

  for (guint i = 0; i < G_N_ELEMENTS (bad_urls); i++)
    {
      g_autoptr(PursuitAiClient) client = pursuit_ai_client_new (fixture->http, bad_urls[i], "tiny", NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = complete (client, "s", "u", &error);

      g_assert_null (text);
      g_assert_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_DISABLED);
    }

  {
    g_autofree char *base = g_strconcat (fixture->base, "/v1", NULL);
    g_autoptr(PursuitAiClient) client = pursuit_ai_client_new (fixture->http, base, "", NULL);
    g_autoptr(GError) error = NULL;
    g_autofree char *text = complete (client, "s", "u", &error);

    g_assert_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_DISABLED);
    g_assert_cmpstr (pursuit_ai_client_get_base_url (client), ==, base);
    g_assert_cmpstr (pursuit_ai_client_get_model (client), ==, "");
  }
  g_assert_cmpuint (fixture->seen->len, ==, 0);
}

static void
test_explain_and_letter (Fixture       *fixture,
                         gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = COMPLETION ("\"```\\nYou fit **well**.\\n```\"") },
  };
  g_autoptr(PursuitAiClient) client = new_client (fixture, SECRET_KEY);
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(PursuitMatchResult) match = pursuit_match_result_new ();
  PursuitSkillMatch skill = { .name = (char *)"Kubernetes", .category = (char *)"devops", .required = TRUE,
                              .kind = PURSUIT_SKILL_MATCH_MISSING };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_job_set_title (job, "Platform Engineer");
  pursuit_job_set_company (job, "Cloudy");
  pursuit_job_set_description (job, "Run our Kubernetes clusters.");
  pursuit_profile_set_name (profile, "Ann Example");
  pursuit_profile_set_skill (profile, "Docker", PURSUIT_SKILL_LEVEL_ADVANCED);
  _pursuit_match_result_add_skill (match, &skill);

  plan (fixture, steps, G_N_ELEMENTS (steps));
  pursuit_ai_client_explain_match_async (client, job, match, NULL, pursuit_test_store_result, &result);
  text = pursuit_ai_client_explain_match_finish (client, pursuit_test_wait_at_most (&result, 20), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  /* Plain text for a label: fences and emphasis gone. */
  g_assert_cmpstr (text, ==, "You fit well.");
  g_assert_true (body_contains (seen_at (fixture, 0), "Platform Engineer"));
  g_assert_true (body_contains (seen_at (fixture, 0), "Kubernetes (required): missing"));
  g_clear_pointer (&text, g_free);

  plan (fixture, steps, G_N_ELEMENTS (steps));
  pursuit_ai_client_draft_cover_letter_async (client, job, profile, match, NULL, pursuit_test_store_result, &result);
  text = pursuit_ai_client_draft_cover_letter_finish (client, pursuit_test_wait_at_most (&result, 20), &error);
  g_clear_object (&result);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "You fit well.");
  g_assert_true (body_contains (seen_at (fixture, 0), "Ann Example"));
  g_assert_true (body_contains (seen_at (fixture, 0), "Docker (advanced)"));
  g_assert_true (body_contains (seen_at (fixture, 0), "Cloudy"));
  g_assert_false (body_contains (seen_at (fixture, 0), SECRET_KEY));
}

static PursuitAnswerEvaluation *
evaluate (Fixture                        *fixture,
          PursuitAiClient                *client,
          const PursuitAnswerEvaluation  *local,
          GError                        **error)
{
  char *concepts[] = { (char *)"ownership", (char *)"borrow|borrowing", (char *)"lifetime|lifetimes", NULL };
  PursuitPracticeQuestion question = {
    .id = (char *)"rust-1", .kind = PURSUIT_QUESTION_TECHNICAL, .focus = PURSUIT_QUESTION_FOCUS_STRENGTH,
    .skill = (char *)"Rust", .difficulty = 2, .text = (char *)"How does Rust manage memory?",
    .concepts = concepts, .seconds = 120,
  };
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_ai_client_evaluate_answer_async (client, &question, "Rust uses ownership.", local, NULL,
                                           pursuit_test_store_result, &result);
  return pursuit_ai_client_evaluate_answer_finish (client, pursuit_test_wait_at_most (&result, 20), error);
}

static void
test_evaluate_answer (Fixture       *fixture,
                      gconstpointer  data)
{
  static const Step good[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = COMPLETION ("\"Here you go:\\n```json\\n{\\\"score\\\": 82.4, \\\"covered\\\": [\\\"ownership\\\", 5], "
                          "\\\"missed\\\": [\\\"lifetimes\\\"], \\\"feedback\\\": [\\\"Mention lifetimes.\\\", "
                          "\\\"Local tip.\\\"]}\\n```\"") },
  };
  static const Step bad[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = COMPLETION ("\"I think it is a good answer.\"") },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = COMPLETION ("\"{\\\"score\\\": \\\"high\\\"}\"") },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = COMPLETION ("\"{\\\"covered\\\": []}\"") },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = COMPLETION ("\"{\\\"score\\\": 50\"") },
  };
  char *covered[] = { (char *)"ownership", NULL };
  char *missed[] = { (char *)"borrow", (char *)"lifetime", NULL };
  char *feedback[] = { (char *)"Local tip.", NULL };
  PursuitAnswerEvaluation local = {
    .coverage = 33, .structure = 0, .clarity = 70, .score = 45, .covered = covered, .missed = missed,
    .feedback = feedback, .from_ai = FALSE,
  };
  g_autoptr(PursuitAiClient) client = new_client (fixture, NULL);
  g_autoptr(PursuitAnswerEvaluation) merged = NULL;
  g_autoptr(GError) error = NULL;

  plan (fixture, good, G_N_ELEMENTS (good));
  merged = evaluate (fixture, client, &local, &error);
  g_assert_no_error (error);
  g_assert_true (merged->from_ai);
  g_assert_cmpint (merged->coverage, ==, 82);
  /* (3 × 82 + clarity 70) / 4 */
  g_assert_cmpint (merged->score, ==, 79);
  g_assert_cmpint (merged->clarity, ==, 70);
  g_assert_cmpint (merged->structure, ==, 0);
  g_assert_cmpstrv (merged->covered, ((const char *[]) { "ownership", NULL }));
  g_assert_cmpstrv (merged->missed, ((const char *[]) { "lifetimes", NULL }));
  g_assert_cmpstrv (merged->feedback, ((const char *[]) { "Mention lifetimes.", "Local tip.", NULL }));
  g_assert_true (body_contains (seen_at (fixture, 0), "How does Rust manage memory?"));
  g_assert_true (body_contains (seen_at (fixture, 0), "borrow|borrowing"));
  g_assert_true (body_contains (seen_at (fixture, 0), "Rust uses ownership."));

  /* Not the JSON asked for: an error, and the caller keeps @local. */
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(PursuitAnswerEvaluation) none = NULL;

      g_clear_error (&error);
      plan (fixture, &bad[i], 1);
      none = evaluate (fixture, client, &local, &error);
      g_assert_null (none);
      g_assert_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_BAD_RESPONSE);
      g_assert_cmpint (local.score, ==, 45);
      g_assert_false (local.from_ai);
    }
}

/* Provider ----------------------------------------------------------------- */

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
wait_changed (guint *count,
              guint  expected)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (*count < expected)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
set_key (PursuitAiProvider *provider,
         const char        *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_ai_provider_set_api_key_async (provider, key, NULL, pursuit_test_store_result, &result);
  g_assert_true (pursuit_ai_provider_set_api_key_finish (provider, pursuit_test_wait_at_most (&result, 20), &error));
  g_assert_no_error (error);
}

static void
test_provider (Fixture       *fixture,
               gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = COMPLETION ("\"hi\"") },
  };
  g_autoptr(PursuitSecretStore) secrets = NULL;
  g_autoptr(PursuitAiProvider) provider = NULL;
  g_autofree char *base = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  if (pursuit_test_keyring_skip ())
    return;

  base = g_strconcat (fixture->base, "/v1", NULL);
  secrets = pursuit_secret_store_new ();
  provider = pursuit_ai_provider_new (fixture->http, secrets);
  g_signal_connect (provider, "changed", G_CALLBACK (count_cb), &changed);
  plan (fixture, steps, G_N_ELEMENTS (steps));

  /* Off by default: no client, whatever the endpoint. */
  g_assert_false (pursuit_ai_provider_get_enabled (provider));
  pursuit_ai_provider_set_base_url (provider, base);
  pursuit_ai_provider_set_model (provider, "tiny");
  g_assert_null (pursuit_ai_provider_get_client (provider));
  g_assert_cmpuint (changed, ==, 0);
  g_assert_cmpint (pursuit_ai_provider_get_circuit_state (provider), ==, PURSUIT_CIRCUIT_CLOSED);

  /* On: the key is looked up (there is none yet), then a client. */
  g_object_set (provider, "enabled", TRUE, NULL);
  g_assert_null (pursuit_ai_provider_get_client (provider));
  wait_changed (&changed, 1);
  g_assert_nonnull (pursuit_ai_provider_get_client (provider));
  g_assert_cmpstr (pursuit_ai_client_get_base_url (pursuit_ai_provider_get_client (provider)), ==, base);
  text = complete (pursuit_ai_provider_get_client (provider), "s", "u", &error);
  g_assert_no_error (error);
  g_assert_null (seen_at (fixture, 0)->authorization);
  g_clear_pointer (&text, g_free);

  /* A key from Preferences goes to the keyring and into a new client. */
  set_key (provider, SECRET_KEY);
  g_assert_cmpuint (changed, ==, 2);
  plan (fixture, steps, G_N_ELEMENTS (steps));
  text = complete (pursuit_ai_provider_get_client (provider), "s", "u", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seen_at (fixture, 0)->authorization, ==, "Bearer " SECRET_KEY);
  g_clear_pointer (&text, g_free);

  /* Another provider (the next start of the app) reads it back. */
  {
    g_autoptr(PursuitAiProvider) again = pursuit_ai_provider_new (fixture->http, secrets);
    guint again_changed = 0;

    g_signal_connect (again, "changed", G_CALLBACK (count_cb), &again_changed);
    g_object_set (again, "base-url", base, "model", "tiny", "enabled", TRUE, NULL);
    wait_changed (&again_changed, 1);
    plan (fixture, steps, G_N_ELEMENTS (steps));
    text = complete (pursuit_ai_provider_get_client (again), "s", "u", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (seen_at (fixture, 0)->authorization, ==, "Bearer " SECRET_KEY);
    g_clear_pointer (&text, g_free);

    /* Another endpoint has no key: its own lookup, none sent. */
    pursuit_ai_provider_set_base_url (again, "http://127.0.0.1:9/v1");
    g_assert_null (pursuit_ai_provider_get_client (again));
    wait_changed (&again_changed, 3);
    g_assert_nonnull (pursuit_ai_provider_get_client (again));
  }

  /* Off again: no client. A model-less endpoint gives none either. */
  pursuit_ai_provider_set_enabled (provider, FALSE);
  g_assert_null (pursuit_ai_provider_get_client (provider));
  g_assert_cmpuint (changed, ==, 3);
  pursuit_ai_provider_set_enabled (provider, TRUE);
  pursuit_ai_provider_set_model (provider, "");
  wait_changed (&changed, 3);
  g_assert_null (pursuit_ai_provider_get_client (provider));

  /* Clearing the key removes it from the keyring. */
  set_key (provider, NULL);
  {
    g_autoptr(PursuitAiProvider) cleared = pursuit_ai_provider_new (fixture->http, secrets);
    guint cleared_changed = 0;

    g_signal_connect (cleared, "changed", G_CALLBACK (count_cb), &cleared_changed);
    g_object_set (cleared, "base-url", base, "model", "tiny", "enabled", TRUE, NULL);
    wait_changed (&cleared_changed, 1);
    plan (fixture, steps, G_N_ELEMENTS (steps));
    text = complete (pursuit_ai_provider_get_client (cleared), "s", "u", &error);
    g_assert_no_error (error);
    g_assert_null (seen_at (fixture, 0)->authorization);
  }

  /* Without an endpoint there is nothing to keep a key for. */
  pursuit_ai_provider_set_base_url (provider, NULL);
  {
    g_autoptr(GAsyncResult) result = NULL;

    pursuit_ai_provider_set_api_key_async (provider, "x", NULL, pursuit_test_store_result, &result);
    g_assert_false (pursuit_ai_provider_set_api_key_finish (provider, pursuit_test_wait_at_most (&result, 20), &error));
    g_assert_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_DISABLED);
    }

  g_assert_null (strstr (captured_logs->str, SECRET_KEY));
}

#define ADD_AI(path, func) \
  g_test_add ("/ai/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  /* Every message reaches the writer, so the key check sees debug ones. */
  g_setenv ("G_MESSAGES_DEBUG", "all", TRUE);
  pursuit_test_keyring_init (&argc, &argv);
  pursuit_test_http_capture_logs ();

  ADD_AI ("client/good-completion", test_good_completion);
  ADD_AI ("client/no-key", test_no_key);
  ADD_AI ("client/refused", test_refused);
  ADD_AI ("client/server-errors", test_server_errors_and_breaker);
  ADD_AI ("client/bad-responses", test_bad_responses);
  ADD_AI ("client/disabled", test_disabled);
  ADD_AI ("client/explain-and-letter", test_explain_and_letter);
  ADD_AI ("client/evaluate-answer", test_evaluate_answer);
  ADD_AI ("provider/keyring", test_provider);

  return pursuit_test_keyring_run ();
}
