/* test-ai-company-summary.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The company page's AI summary against the fake OpenAI-compatible
 * endpoint of the AI tests: what the prompt holds, and the answer made
 * into at most three sentences of plain text. */

#define G_LOG_DOMAIN "test-ai"

#include <string.h>

#include "pursuit-ai-client.h"
#include "pursuit-test-async.h"
#include "pursuit-test-http-server.h"

#define COMPLETION(content) \
  "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"tiny\"," \
  "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":" content "}," \
  "\"finish_reason\":\"stop\"}]}"

static PursuitAiClient *
new_client (Fixture *fixture)
{
  g_autofree char *base = g_strconcat (fixture->base, "/v1/", NULL);

  return pursuit_ai_client_new (fixture->http, base, "tiny", "sk-test");
}

static PursuitCompany *
make_company (void)
{
  PursuitCompany *company = pursuit_company_new ();
  const char *names[] = { "Acme Robotics GmbH", "ACME Robotics", NULL };
  const char *locations[] = { "Hamburg, DE", NULL };

  pursuit_company_set_key (company, "acme robotics");
  pursuit_company_set_name (company, "Acme Robotics GmbH");
  pursuit_company_set_names (company, names);
  pursuit_company_set_website (company, "https://acme-robotics.de");
  pursuit_company_set_industry (company, "Industrial robotics");
  pursuit_company_set_size (company, "51-200");
  pursuit_company_set_locations (company, locations);
  pursuit_company_set_description (company, "Robots for warehouses.");

  return company;
}

static GPtrArray *
make_jobs (guint n)
{
  GPtrArray *jobs = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      PursuitJob *job = pursuit_job_new ();
      g_autofree char *title = g_strdup_printf ("Posting title %u", i + 1);
      g_autoptr(GString) description = g_string_new ("We build picking robots. ");

      /* Long enough that the prompt must be clipped. */
      for (guint j = 0; j < 2000; j++)
        g_string_append (description, "filler ");

      pursuit_job_set_title (job, title);
      pursuit_job_set_company (job, "Acme Robotics GmbH");
      pursuit_job_set_location (job, "Hamburg");
      pursuit_job_set_description (job, description->str);
      g_ptr_array_add (jobs, job);
    }

  return jobs;
}

static char *
summarize (PursuitAiClient  *client,
           PursuitCompany   *company,
           GPtrArray        *jobs,
           GError          **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_ai_client_summarize_company_async (client, company, jobs, NULL, pursuit_test_store_result, &result);
  return pursuit_ai_client_summarize_company_finish (client, pursuit_test_wait_at_most (&result, 20), error);
}

static char *
user_prompt (Fixture *fixture)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  Seen *seen = seen_at (fixture, 0);
  gsize size;
  const char *data = g_bytes_get_data (seen->body, &size);
  JsonArray *messages;

  json_parser_load_from_data (parser, data, size, &error);
  g_assert_no_error (error);
  messages = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "messages");
  g_assert_cmpuint (json_array_get_length (messages), ==, 2);
  g_assert_nonnull (strstr (json_object_get_string_member (json_array_get_object_element (messages, 0), "content"),
                            "three"));

  return g_strdup (json_object_get_string_member (json_array_get_object_element (messages, 1), "content"));
}

static void
test_prompt_and_answer (Fixture       *fixture,
                        gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = COMPLETION ("\"```\\n**Acme Robotics** builds <b>warehouse</b> robots.\\n\\nIt has 51-200 staff in "
                          "Hamburg. It hires engineers. It also sells parts. It is growing.\\n```\"") },
  };
  g_autoptr(PursuitAiClient) client = new_client (fixture);
  g_autoptr(PursuitCompany) company = make_company ();
  g_autoptr(GPtrArray) jobs = make_jobs (8);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *prompt = NULL;

  plan (fixture, steps, G_N_ELEMENTS (steps));
  text = summarize (client, company, jobs, &error);
  g_assert_no_error (error);

  /* Plain text, one paragraph, three sentences at most. */
  g_assert_cmpstr (text, ==,
                   "Acme Robotics builds warehouse robots. It has 51-200 staff in Hamburg. It hires engineers.");

  prompt = user_prompt (fixture);
  g_assert_nonnull (strstr (prompt, "Name: Acme Robotics GmbH"));
  g_assert_nonnull (strstr (prompt, "Also written: ACME Robotics"));
  g_assert_nonnull (strstr (prompt, "Website: https://acme-robotics.de"));
  g_assert_nonnull (strstr (prompt, "Industry: Industrial robotics"));
  g_assert_nonnull (strstr (prompt, "Employees: 51-200"));
  g_assert_nonnull (strstr (prompt, "Location: Hamburg, DE"));
  g_assert_nonnull (strstr (prompt, "Robots for warehouses."));
  g_assert_nonnull (strstr (prompt, "Posting title 1"));
  g_assert_nonnull (strstr (prompt, "We build picking robots."));
  /* At most five postings, each clipped. */
  g_assert_nonnull (strstr (prompt, "Posting title 5"));
  g_assert_null (strstr (prompt, "Posting title 6"));
  g_assert_cmpuint (strlen (prompt), <=, 32 * 1024);
  g_assert_true (g_utf8_validate (prompt, -1, NULL));
}

static void
test_no_jobs (Fixture       *fixture,
              gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = COMPLETION ("\"The postings say little about Acme Robotics\"") },
  };
  g_autoptr(PursuitAiClient) client = new_client (fixture);
  g_autoptr(PursuitCompany) company = pursuit_company_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *prompt = NULL;

  pursuit_company_set_name (company, "Acme <script>Robotics</script>");

  plan (fixture, steps, G_N_ELEMENTS (steps));
  text = summarize (client, company, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "The postings say little about Acme Robotics");

  prompt = user_prompt (fixture);
  g_assert_nonnull (strstr (prompt, "Name: Acme <script>Robotics</script>"));
  g_assert_null (strstr (prompt, "Posting 1"));
}

static void
test_empty_and_errors (Fixture       *fixture,
                       gconstpointer  data)
{
  static const Step empty[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json",
      .body = COMPLETION ("\"```\\n<p></p>\\n```\"") },
  };
  static const Step broken[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{\"choices\": 5}" },
  };
  g_autoptr(PursuitAiClient) client = new_client (fixture);
  g_autoptr(PursuitCompany) company = make_company ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  plan (fixture, empty, G_N_ELEMENTS (empty));
  text = summarize (client, company, NULL, &error);
  g_assert_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_BAD_RESPONSE);
  g_assert_null (text);
  g_clear_error (&error);

  plan (fixture, broken, G_N_ELEMENTS (broken));
  text = summarize (client, company, NULL, &error);
  g_assert_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_BAD_RESPONSE);
  g_assert_null (text);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_http_init (&argc, &argv);

  g_test_add ("/ai/company-summary/prompt-and-answer", Fixture, NULL,
              fixture_setup, test_prompt_and_answer, fixture_teardown);
  g_test_add ("/ai/company-summary/no-jobs", Fixture, NULL,
              fixture_setup, test_no_jobs, fixture_teardown);
  g_test_add ("/ai/company-summary/empty-and-errors", Fixture, NULL,
              fixture_setup, test_empty_and_errors, fixture_teardown);

  return g_test_run ();
}
