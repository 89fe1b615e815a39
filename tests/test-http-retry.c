/* test-http-retry.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitHttp waiting and trying again: backoff, Retry-After, the 401
 * refresh, cancellation and timeouts, against the scripted loopback server. */

#define G_LOG_DOMAIN "test-http"

#include "pursuit-test-http-server.h"

static void
test_backoff_statuses (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct
  {
    guint       status;
    const char *body;
  } cases[] = {
    { 429, NULL },
    { 500, NULL },
    { 502, NULL },
    { 503, NULL },
    { 504, NULL },
    { 403, "{\"error\": {\"code\": 403, \"message\": \"Rate Limit Exceeded\", \"errors\": "
           "[{\"domain\": \"usageLimits\", \"reason\": \"rateLimitExceeded\"}]}}" },
    { 403, "{\"error\": {\"code\": 403, \"message\": \"User Rate Limit Exceeded\", \"errors\": "
           "[{\"domain\": \"usageLimits\", \"reason\": \"userRateLimitExceeded\"}]}}" },
  };

  /* Delays 40 + 0..40, then 80 + 0..40 ms. */
  pursuit_http_set_retry_policy (fixture->http, 3, 40, 1000);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Step steps[] = {
        { .kind = STEP_ANSWER, .status = cases[i].status, .content_type = "application/json",
          .body = cases[i].body },
        { .kind = STEP_ANSWER, .status = cases[i].status, .content_type = "application/json",
          .body = cases[i].body },
        { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "[1, 2]" },
      };
      g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/flaky");
      g_auto(Result) result = { 0 };
      gint64 first_wait, second_wait;

      g_test_message ("status %u", cases[i].status);
      plan (fixture, steps, G_N_ELEMENTS (steps));
      send_and_wait (fixture, request, &result);
      g_assert_no_error (result.error);
      g_assert_true (JSON_NODE_HOLDS_ARRAY (pursuit_http_response_get_json (result.response)));
      g_assert_cmpuint (fixture->seen->len, ==, 3);

      first_wait = seen_at (fixture, 1)->at - seen_at (fixture, 0)->at;
      second_wait = seen_at (fixture, 2)->at - seen_at (fixture, 1)->at;
      g_assert_cmpint (first_wait, >=, 40 * 1000);
      g_assert_cmpint (second_wait, >=, 80 * 1000);
      /* Generous upper bounds: CI is slow, but not seconds slow. */
      g_assert_cmpint (first_wait, <, 900 * 1000);
      g_assert_cmpint (second_wait, <, 900 * 1000);
    }

  g_assert_cmpuint (pursuit_http_get_request_count (fixture->http), ==, 3 * G_N_ELEMENTS (cases));
  /* Each success wiped the failures before it. */
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_CLOSED);
}

/* GETs /limited through @steps, a Retry-After answer first, with a
 * backoff of its own of 10..20 ms for the first retry: far from the
 * header's seconds, so the tests can tell which one PursuitHttp waited. */
static void
send_rate_limited (Fixture    *fixture,
                   const Step *steps,
                   guint       n_steps,
                   Result     *result)
{
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/limited");

  pursuit_http_set_retry_policy (fixture->http, 3, 10, 5000);
  plan (fixture, steps, n_steps);
  send_and_wait (fixture, request, result);
}

static void
test_retry_after (Fixture       *fixture,
                  gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 429, .retry_after = "1" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
  };
  g_auto(Result) result = { 0 };
  gint64 wait;

  send_rate_limited (fixture, steps, G_N_ELEMENTS (steps), &result);
  g_assert_no_error (result.error);

  wait = seen_at (fixture, 1)->at - seen_at (fixture, 0)->at;
  g_assert_cmpint (wait, >=, 1000 * 1000);
  g_assert_cmpint (wait, <, 3000 * 1000);
}

static void
test_retry_after_date (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) later = g_date_time_add_seconds (now, 2);
  g_autofree char *date = soup_date_time_to_string (later, SOUP_DATE_HTTP);
  const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 503, .retry_after = date },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
  };
  g_auto(Result) result = { 0 };
  gint64 wait;

  send_rate_limited (fixture, steps, G_N_ELEMENTS (steps), &result);
  g_assert_no_error (result.error);

  /* The date has whole seconds: between 1 and 2 s from now. */
  wait = seen_at (fixture, 1)->at - seen_at (fixture, 0)->at;
  g_assert_cmpint (wait, >=, 900 * 1000);
  g_assert_cmpint (wait, <, 3500 * 1000);
}

static void
test_retry_after_too_long (Fixture       *fixture,
                           gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 429, .retry_after = "120" },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
  };
  g_auto(Result) result = { 0 };

  send_rate_limited (fixture, steps, G_N_ELEMENTS (steps), &result);

  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_RATE_LIMITED);
  g_assert_true (pursuit_http_error_is_transient (result.error));
  g_assert_cmpuint (fixture->seen->len, ==, 1);
  g_assert_cmpint (result.elapsed, <, 1000 * 1000);
}

static void
test_give_up (Fixture       *fixture,
              gconstpointer  data)
{
  static const struct
  {
    guint status;
    int   code;
  } cases[] = {
    { 503, PURSUIT_HTTP_ERROR_SERVER },
    { 429, PURSUIT_HTTP_ERROR_RATE_LIMITED },
  };

  pursuit_http_set_retry_policy (fixture->http, 2, 1, 5);
  pursuit_http_set_breaker_policy (fixture->http, 100, G_TIME_SPAN_MINUTE, G_TIME_SPAN_MINUTE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Step steps[] = { { .kind = STEP_ANSWER, .status = cases[i].status } };
      g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
      g_auto(Result) result = { 0 };

      plan (fixture, steps, G_N_ELEMENTS (steps));
      send_and_wait (fixture, request, &result);
      g_assert_error (result.error, PURSUIT_HTTP_ERROR, cases[i].code);
      g_assert_true (pursuit_http_error_is_transient (result.error));
      /* The first attempt and two retries. */
      g_assert_cmpuint (fixture->seen->len, ==, 3);
    }

  /* No retries at all. */
  {
    static const Step steps[] = { { .kind = STEP_ANSWER, .status = 500 } };
    g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
    g_auto(Result) result = { 0 };

    pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
    plan (fixture, steps, G_N_ELEMENTS (steps));
    send_and_wait (fixture, request, &result);
    g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER);
    g_assert_cmpuint (fixture->seen->len, ==, 1);
  }
}

static void
test_client_errors_not_retried (Fixture       *fixture,
                                gconstpointer  data)
{
  static const struct
  {
    guint       status;
    const char *body;
    int         code;
  } cases[] = {
    { 400, "{\"error\": {\"code\": 400, \"message\": \"The specified time range is empty.\", "
           "\"errors\": [{\"reason\": \"timeRangeEmpty\"}]}}", PURSUIT_HTTP_ERROR_BAD_REQUEST },
    { 401, NULL, PURSUIT_HTTP_ERROR_UNAUTHORIZED },
    { 403, "{\"error\": {\"code\": 403, \"message\": \"Daily Limit Exceeded\", "
           "\"errors\": [{\"reason\": \"dailyLimitExceeded\"}]}}", PURSUIT_HTTP_ERROR_FORBIDDEN },
    { 404, NULL, PURSUIT_HTTP_ERROR_NOT_FOUND },
    { 405, NULL, PURSUIT_HTTP_ERROR_BAD_REQUEST },
    { 409, NULL, PURSUIT_HTTP_ERROR_CONFLICT },
    { 410, NULL, PURSUIT_HTTP_ERROR_GONE },
    { 412, NULL, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED },
    { 422, NULL, PURSUIT_HTTP_ERROR_BAD_REQUEST },
    { 501, NULL, PURSUIT_HTTP_ERROR_SERVER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Step steps[] = {
        { .kind = STEP_ANSWER, .status = cases[i].status, .content_type = "application/json",
          .body = cases[i].body },
        { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
      };
      g_autoptr(PursuitHttpRequest) request = new_request (fixture, "DELETE", "/thing");
      g_auto(Result) result = { 0 };

      g_test_message ("status %u", cases[i].status);
      plan (fixture, steps, G_N_ELEMENTS (steps));
      send_and_wait (fixture, request, &result);
      g_assert_error (result.error, PURSUIT_HTTP_ERROR, cases[i].code);
      g_assert_cmpuint (fixture->seen->len, ==, 1);
    }

  /* 4xx answers say nothing about the service's health. */
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_CLOSED);
}

static void
test_unauthorized_refresh (Fixture       *fixture,
                           gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{\"ok\": true}" },
  };
  g_autoptr(TestAuthorizer) authorizer = g_object_new (TEST_TYPE_AUTHORIZER, NULL);
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/needs-new-token");
  g_auto(Result) result = { 0 };

  pursuit_http_request_set_authorizer (request, PURSUIT_AUTHORIZER (authorizer));
  g_assert_true (pursuit_http_request_get_authorizer (request) == PURSUIT_AUTHORIZER (authorizer));

  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_true (json_object_get_boolean_member (pursuit_http_response_get_object (result.response), "ok"));

  g_assert_cmpuint (authorizer->calls, ==, 2);
  g_assert_cmpuint (authorizer->forced, ==, 1);
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  g_assert_cmpstr (seen_at (fixture, 0)->authorization, ==, "Bearer old-secret-token");
  g_assert_cmpstr (seen_at (fixture, 1)->authorization, ==, "Bearer new-secret-token");
}

static void
test_unauthorized_twice (Fixture       *fixture,
                         gconstpointer  data)
{
  static const Step steps[] = { { .kind = STEP_ANSWER, .status = 401 } };
  g_autoptr(TestAuthorizer) authorizer = g_object_new (TEST_TYPE_AUTHORIZER, NULL);
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/always-401");
  g_auto(Result) result = { 0 };

  pursuit_http_request_set_authorizer (request, PURSUIT_AUTHORIZER (authorizer));
  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);

  /* One refresh, one retry, then the error. */
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED);
  g_assert_false (pursuit_http_error_is_transient (result.error));
  g_assert_cmpuint (authorizer->calls, ==, 2);
  g_assert_cmpuint (authorizer->forced, ==, 1);
  g_assert_cmpuint (fixture->seen->len, ==, 2);

  /* An authorizer that fails: its error, nothing sent. */
  result_clear (&result);
  authorizer->fail = TRUE;
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpuint (fixture->seen->len, ==, 2);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);

  return G_SOURCE_REMOVE;
}

static void
test_cancel_during_backoff (Fixture       *fixture,
                            gconstpointer  data)
{
  static const Step steps[] = { { .kind = STEP_ANSWER, .status = 503 } };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
  g_auto(Result) result = { 0 };

  /* The first wait would be 5 to 10 s. */
  pursuit_http_set_retry_policy (fixture->http, 3, 5000, 30000);
  plan (fixture, steps, G_N_ELEMENTS (steps));

  start (fixture, request, &result);
  while (fixture->seen->len == 0)
    g_main_context_iteration (NULL, TRUE);
  g_timeout_add (100, cancel_cb, fixture->cancellable);
  wait_for (&result);

  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (result.elapsed, <, 2000 * 1000);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
}

static void
test_cancel_in_flight (Fixture       *fixture,
                       gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}",
      .delay_ms = 3000 },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/slow");
  g_auto(Result) result = { 0 };

  plan (fixture, steps, G_N_ELEMENTS (steps));
  start (fixture, request, &result);
  g_timeout_add (100, cancel_cb, fixture->cancellable);
  wait_for (&result);

  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (result.elapsed, <, 2000 * 1000);
  g_assert_cmpuint (fixture->seen->len, ==, 1);

  /* Cancelled before it starts: nothing sent. */
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (fixture->seen->len, ==, 1);
}

static void
test_timeout (Fixture       *fixture,
              gconstpointer  data)
{
  static const Step steps[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}",
      .delay_ms = 3000 },
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}" },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/slow");
  g_auto(Result) result = { 0 };

  pursuit_http_request_set_timeout (request, 1);

  /* Retried after the timeout. */
  plan (fixture, steps, G_N_ELEMENTS (steps));
  send_and_wait (fixture, request, &result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (fixture->seen->len, ==, 2);
  g_assert_cmpint (result.elapsed, >=, 1000 * 1000);

  /* Without retries: TIMEOUT. */
  result_clear (&result);
  pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
  plan (fixture, steps, 1);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_TIMEOUT);
  g_assert_true (pursuit_http_error_is_transient (result.error));
  g_assert_cmpstr (result.error->message, ==, "Google did not answer within 1 second.");
  g_assert_cmpint (result.elapsed, <, 2500 * 1000);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_http_init (&argc, &argv);

  ADD ("retry/backoff-statuses", test_backoff_statuses);
  ADD ("retry/retry-after", test_retry_after);
  ADD ("retry/retry-after-date", test_retry_after_date);
  ADD ("retry/retry-after-too-long", test_retry_after_too_long);
  ADD ("retry/give-up", test_give_up);
  ADD ("retry/client-errors-not-retried", test_client_errors_not_retried);
  ADD ("auth/refresh-on-401", test_unauthorized_refresh);
  ADD ("auth/401-twice", test_unauthorized_twice);
  ADD ("cancel/during-backoff", test_cancel_during_backoff);
  ADD ("cancel/in-flight", test_cancel_in_flight);
  ADD ("timeout", test_timeout);

  return g_test_run ();
}
