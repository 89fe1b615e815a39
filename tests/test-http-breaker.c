/* test-http-breaker.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitHttp's circuit breaker against the scripted loopback server. */

#define G_LOG_DOMAIN "test-http"

#include "pursuit-test-http-server.h"

static void
test_circuit_breaker (Fixture       *fixture,
                      gconstpointer  data)
{
  static const Step failing[] = { { .kind = STEP_ANSWER, .status = 503 } };
  static const Step healthy[] = {
    { .kind = STEP_ANSWER, .status = 200, .content_type = "application/json", .body = "{}",
      .delay_ms = 100 },
  };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
  g_autoptr(PursuitHttpRequest) other = NULL;
  g_autofree char *other_uri = g_strconcat (fixture->base, "/other", NULL);
  g_auto(Result) result = { 0 };
  g_auto(Result) second = { 0 };

  pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
  pursuit_http_set_breaker_policy (fixture->http, PURSUIT_HTTP_BREAKER_FAILURES,
                                   PURSUIT_HTTP_BREAKER_WINDOW, 300 * G_TIME_SPAN_MILLISECOND);
  plan (fixture, failing, G_N_ELEMENTS (failing));

  for (guint i = 0; i < PURSUIT_HTTP_BREAKER_FAILURES; i++)
    {
      g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_CLOSED);
      result_clear (&result);
      send_and_wait (fixture, request, &result);
      g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER);
    }
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_OPEN);
  g_assert_cmpuint (fixture->seen->len, ==, PURSUIT_HTTP_BREAKER_FAILURES);

  /* Open: fails fast, nothing sent. */
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CIRCUIT_OPEN);
  g_assert_true (pursuit_http_error_is_transient (result.error));
  g_assert_cmpuint (fixture->seen->len, ==, PURSUIT_HTTP_BREAKER_FAILURES);
  g_assert_cmpint (result.elapsed, <, 100 * 1000);

  /* Another service has its own breaker. */
  other = pursuit_http_request_new ("caldav:example", "GET", other_uri);
  result_clear (&result);
  send_and_wait (fixture, other, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER);
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "caldav:example"), ==, PURSUIT_CIRCUIT_CLOSED);

  /* Half-open after open_for: one request through, the others refused. */
  g_usleep (350 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_HALF_OPEN);
  plan (fixture, healthy, G_N_ELEMENTS (healthy));
  result_clear (&result);
  start (fixture, request, &result);
  start (fixture, request, &second);
  wait_for (&second);
  g_assert_error (second.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CIRCUIT_OPEN);
  wait_for (&result);
  g_assert_no_error (result.error);
  g_assert_cmpuint (fixture->seen->len, ==, 1);

  /* Its success closes the circuit. */
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_CLOSED);
  result_clear (&second);
  send_and_wait (fixture, request, &second);
  g_assert_no_error (second.error);
}

static void
test_circuit_half_open_failure (Fixture       *fixture,
                                gconstpointer  data)
{
  static const Step failing[] = { { .kind = STEP_ANSWER, .status = 502 } };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
  g_auto(Result) result = { 0 };

  pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
  pursuit_http_set_breaker_policy (fixture->http, 2, G_TIME_SPAN_MINUTE, 200 * G_TIME_SPAN_MILLISECOND);
  plan (fixture, failing, G_N_ELEMENTS (failing));

  for (guint i = 0; i < 2; i++)
    {
      result_clear (&result);
      send_and_wait (fixture, request, &result);
    }
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_OPEN);

  g_usleep (250 * G_TIME_SPAN_MILLISECOND);
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER);
  g_assert_cmpuint (fixture->seen->len, ==, 3);

  /* The probe failed: open again, for open_for again. */
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_OPEN);
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_error (result.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CIRCUIT_OPEN);
  g_assert_cmpuint (fixture->seen->len, ==, 3);

}

static void
test_breaker_window (Fixture       *fixture,
                     gconstpointer  data)
{
  static const Step steps[] = { { .kind = STEP_ANSWER, .status = 500 } };
  g_autoptr(PursuitHttpRequest) request = new_request (fixture, "GET", "/down");
  g_auto(Result) result = { 0 };

  pursuit_http_set_retry_policy (fixture->http, 0, 1, 5);
  pursuit_http_set_breaker_policy (fixture->http, 2, 100 * G_TIME_SPAN_MILLISECOND, G_TIME_SPAN_MINUTE);
  plan (fixture, steps, G_N_ELEMENTS (steps));

  send_and_wait (fixture, request, &result);
  g_usleep (150 * G_TIME_SPAN_MILLISECOND);
  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_CLOSED);

  result_clear (&result);
  send_and_wait (fixture, request, &result);
  g_assert_cmpint (pursuit_http_get_circuit_state (fixture->http, "google"), ==, PURSUIT_CIRCUIT_OPEN);
}

int
main (int   argc,
      char *argv[])
{
  pursuit_test_http_init (&argc, &argv);

  ADD ("breaker/open-and-half-open", test_circuit_breaker);
  ADD ("breaker/half-open-failure", test_circuit_half_open_failure);
  ADD ("breaker/window", test_breaker_window);

  return g_test_run ();
}
