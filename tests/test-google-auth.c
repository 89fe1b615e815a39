/* test-google-auth.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-google-auth"

#include "config.h"

#include <string.h>

#include <libsoup/soup.h>

#include "fake-google.h"
#include "pursuit-google-auth.h"
#include "pursuit-google-endpoints.h"
#include "pursuit-loopback-server.h"
#include "pursuit-test-async.h"
#include "pursuit-test-google.h"

#define CLIENT_ID     "1234-test.apps.googleusercontent.com"
#define CLIENT_SECRET "GOCSPX-test-client-secret"
#define WAIT_SECONDS  20

static const char * const calendar_scopes[] = {
  PURSUIT_GOOGLE_SCOPE_EMAIL,
  PURSUIT_GOOGLE_SCOPE_CALENDAR_EVENTS,
  PURSUIT_GOOGLE_SCOPE_CALENDAR_LIST,
  NULL,
};

typedef struct
{
  FakeGoogle        *fake;
  PursuitHttp       *http;
  PursuitGoogleAuth *auth;
  SoupSession       *browser;
  char              *authorization_uri;
} Fixture;

/* What one sign-in gave. */
typedef struct
{
  gboolean  done;
  gboolean  ok;
  char     *email;
  char     *refresh_token;
  char     *scopes;
  GError   *error;
} SignIn;

/* What the browser saw. */
typedef struct
{
  gboolean  done;
  guint     status;
  char     *body;
  char     *location;
  GError   *error;
} Page;

static void
sign_in_clear (SignIn *sign_in)
{
  g_clear_pointer (&sign_in->email, g_free);
  g_clear_pointer (&sign_in->refresh_token, g_free);
  g_clear_pointer (&sign_in->scopes, g_free);
  g_clear_error (&sign_in->error);
}

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->body, g_free);
  g_clear_pointer (&page->location, g_free);
  g_clear_error (&page->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SignIn, sign_in_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Page, page_clear)

#define spin_until(condition)                                                     \
  G_STMT_START {                                                                  \
    gint64 deadline_ = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;   \
    while (!(condition))                                                          \
      {                                                                           \
        if (g_get_monotonic_time () > deadline_)                                  \
          g_error ("Timed out waiting for %s", #condition);                       \
        g_main_context_iteration (NULL, TRUE);                                    \
      }                                                                           \
  } G_STMT_END

static void
spin_for (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

/* Fixture ------------------------------------------------------------------ */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->fake = pursuit_test_google_start (CLIENT_ID, CLIENT_SECRET);

  fixture->http = pursuit_http_new ();
  pursuit_http_set_retry_policy (fixture->http, 2, 10, 50);
  fixture->auth = pursuit_google_auth_new (fixture->http, CLIENT_ID, CLIENT_SECRET);
  fixture->browser = soup_session_new ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->auth);
  g_clear_object (&fixture->browser);
  g_clear_object (&fixture->http);
  pursuit_test_google_stop (&fixture->fake);
  g_clear_pointer (&fixture->authorization_uri, g_free);
}

/* The browser -------------------------------------------------------------- */

static void
open_uri_cb (const char *uri,
             gpointer    user_data)
{
  Fixture *fixture = user_data;

  g_free (fixture->authorization_uri);
  fixture->authorization_uri = g_strdup (uri);
}

static void
page_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Page *page = user_data;
  g_autoptr(GBytes) body = NULL;
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (object), result);

  body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &page->error);
  if (body != NULL)
    {
      page->status = soup_message_get_status (message);
      page->body = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
      page->location = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                               "Location"));
    }
  page->done = TRUE;
}

/* A GET as a browser does it, the main context running meanwhile (the
 * loopback server answers on it). */
static void
browse (Fixture    *fixture,
        const char *uri,
        gboolean    follow,
        Page       *page)
{
  g_autoptr(SoupMessage) message = soup_message_new ("GET", uri);

  g_assert_nonnull (message);
  if (!follow)
    soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
  soup_session_send_and_read_async (fixture->browser, message, G_PRIORITY_DEFAULT, NULL,
                                    page_read_cb, page);
  spin_until (page->done);
}

static void
sign_in_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  SignIn *sign_in = user_data;

  sign_in->ok = pursuit_google_auth_sign_in_finish (PURSUIT_GOOGLE_AUTH (object), result,
                                                    &sign_in->email, &sign_in->refresh_token,
                                                    &sign_in->scopes, &sign_in->error);
  g_assert_true (sign_in->ok == (sign_in->error == NULL));
  sign_in->done = TRUE;
}

static void
start_sign_in (Fixture      *fixture,
               GCancellable *cancellable,
               SignIn       *sign_in)
{
  pursuit_google_auth_sign_in_async (fixture->auth, calendar_scopes, open_uri_cb, fixture,
                                     cancellable, sign_in_cb, sign_in);
  g_assert_nonnull (fixture->authorization_uri);
}

/* Plays the browser through the whole consent: the fake approves at once
 * and redirects to the loopback server, which answers once the tokens
 * are in. */
static void
sign_in_fully (Fixture *fixture,
               SignIn  *sign_in,
               Page    *page)
{
  start_sign_in (fixture, NULL, sign_in);
  browse (fixture, fixture->authorization_uri, TRUE, page);
  spin_until (sign_in->done);
}

static char *
authorize (Fixture  *fixture,
           gboolean  force_refresh,
           GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_authorizer_authorize_async (PURSUIT_AUTHORIZER (fixture->auth), force_refresh, NULL,
                                      pursuit_test_store_result, &result);
  spin_until (result != NULL);

  return pursuit_authorizer_authorize_finish (PURSUIT_AUTHORIZER (fixture->auth), result, error);
}

/* An API call through PursuitHttp with the auth as its authorizer. */
static PursuitHttpResponse *
get_userinfo (Fixture  *fixture,
              GError  **error)
{
  g_autofree char *uri = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_USERINFO);
  g_autoptr(PursuitHttpRequest) request = pursuit_http_request_new ("google", "GET", uri);
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_http_request_set_authorizer (request, PURSUIT_AUTHORIZER (fixture->auth));
  pursuit_http_send_async (fixture->http, request, NULL, pursuit_test_store_result, &result);
  spin_until (result != NULL);

  return pursuit_http_send_finish (fixture->http, result, error);
}

static gboolean
revoke_access (Fixture  *fixture,
               GError  **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_google_auth_revoke_async (fixture->auth, NULL, pursuit_test_store_result, &result);
  spin_until (result != NULL);

  return pursuit_google_auth_revoke_finish (fixture->auth, result, error);
}

static GHashTable *
query_of (const char *uri)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED_QUERY, NULL);
  GHashTable *params;

  g_assert_nonnull (parsed);
  g_assert_nonnull (g_uri_get_query (parsed));
  params = g_uri_parse_params (g_uri_get_query (parsed), -1, "&", G_URI_PARAMS_NONE, NULL);
  g_assert_nonnull (params);

  return params;
}

/* Tests -------------------------------------------------------------------- */

static void
test_challenge (void)
{
  g_autofree char *challenge = NULL;

  /* RFC 7636, appendix B. */
  challenge = pursuit_google_auth_compute_challenge ("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
  g_assert_cmpstr (challenge, ==, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

static void
test_endpoints (void)
{
  g_autofree char *authorize_url = NULL;
  g_autofree char *token = NULL;
  g_autofree char *calendar = NULL;
  g_autofree char *userinfo = NULL;

  g_unsetenv ("PURSUIT_GOOGLE_OAUTH_URL");
  g_unsetenv ("PURSUIT_GOOGLE_API_URL");
  authorize_url = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_AUTHORIZE);
  token = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_TOKEN);
  g_assert_cmpstr (authorize_url, ==, "https://accounts.google.com/o/oauth2/v2/auth");
  g_assert_cmpstr (token, ==, "https://oauth2.googleapis.com/token");
  g_clear_pointer (&token, g_free);

  g_setenv ("PURSUIT_GOOGLE_OAUTH_URL", "http://127.0.0.1:9/", TRUE);
  g_setenv ("PURSUIT_GOOGLE_API_URL", "http://127.0.0.1:9", TRUE);
  token = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_REVOKE);
  calendar = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_CALENDAR_API);
  userinfo = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_USERINFO);
  g_assert_cmpstr (token, ==, "http://127.0.0.1:9/revoke");
  g_assert_cmpstr (calendar, ==, "http://127.0.0.1:9/calendar/v3");
  g_assert_cmpstr (userinfo, ==, "http://127.0.0.1:9/oauth2/v2/userinfo");
  g_unsetenv ("PURSUIT_GOOGLE_OAUTH_URL");
  g_unsetenv ("PURSUIT_GOOGLE_API_URL");
}

static void
test_sign_in (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bearer = NULL;
  g_autofree char *scope = g_strjoinv (" ", (char **) calendar_scopes);
  const char *redirect_uri;

  sign_in_fully (fixture, &sign_in, &page);

  g_assert_no_error (sign_in.error);
  g_assert_true (sign_in.ok);
  g_assert_cmpstr (sign_in.email, ==, fake_google_get_email (fixture->fake));
  g_assert_nonnull (sign_in.refresh_token);
  g_assert_cmpstr (sign_in.refresh_token, !=, "");
  for (guint i = 0; calendar_scopes[i] != NULL; i++)
    g_assert_nonnull (strstr (sign_in.scopes, calendar_scopes[i]));
  g_assert_true (pursuit_google_auth_has_refresh_token (fixture->auth));

  /* The browser was told, in a page of its own. */
  g_assert_no_error (page.error);
  g_assert_cmpuint (page.status, ==, 200);
  g_assert_nonnull (strstr (page.body, "You can close this tab."));
  g_assert_null (strstr (page.body, "<script"));

  /* The authorization URL carries what Google wants. */
  params = query_of (fixture->authorization_uri);
  g_assert_true (g_str_has_prefix (fixture->authorization_uri, fake_google_get_url (fixture->fake)));
  g_assert_cmpstr (g_hash_table_lookup (params, "client_id"), ==, CLIENT_ID);
  g_assert_cmpstr (g_hash_table_lookup (params, "response_type"), ==, "code");
  g_assert_cmpstr (g_hash_table_lookup (params, "scope"), ==, scope);
  g_assert_cmpstr (g_hash_table_lookup (params, "code_challenge_method"), ==, "S256");
  g_assert_cmpuint (strlen (g_hash_table_lookup (params, "code_challenge")), ==, 43);
  g_assert_cmpuint (strlen (g_hash_table_lookup (params, "state")), ==, 43);
  g_assert_cmpstr (g_hash_table_lookup (params, "access_type"), ==, "offline");
  g_assert_cmpstr (g_hash_table_lookup (params, "prompt"), ==, "consent");
  redirect_uri = g_hash_table_lookup (params, "redirect_uri");
  g_assert_true (g_str_has_prefix (redirect_uri, "http://127.0.0.1:"));
  g_assert_true (g_str_has_suffix (redirect_uri, "/"));

  /* One code exchange (the fake checked the PKCE verifier against the
   * challenge), one userinfo; the access token is used as it is. */
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.userinfo"), ==, 1);
  bearer = authorize (fixture, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (bearer, "Bearer "));
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, 1);
}

static void
test_server_stops_after_redirect (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };
  g_auto(Page) again = { 0 };
  g_autoptr(GHashTable) params = NULL;

  sign_in_fully (fixture, &sign_in, &page);
  g_assert_no_error (sign_in.error);

  /* One redirect only: afterwards nobody listens any more. */
  params = query_of (fixture->authorization_uri);
  spin_for (100);
  browse (fixture, g_hash_table_lookup (params, "redirect_uri"), TRUE, &again);
  g_assert_nonnull (again.error);
}

static void
test_state_mismatch (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GHashTable) params = NULL;
  g_autofree char *forged = NULL;

  start_sign_in (fixture, NULL, &sign_in);
  params = query_of (fixture->authorization_uri);

  /* A redirect that Pursuit did not start (a forged link). */
  forged = g_strdup_printf ("%s?state=not-the-right-state&code=4/forged",
                            (char *) g_hash_table_lookup (params, "redirect_uri"));
  browse (fixture, forged, TRUE, &page);
  spin_until (sign_in.done);

  g_assert_error (sign_in.error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_BAD_REDIRECT);
  g_assert_cmpuint (page.status, ==, 400);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, 0);
  g_assert_false (pursuit_google_auth_has_refresh_token (fixture->auth));
}

static void
test_denied (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };

  fake_google_set_deny_consent (fixture->fake, TRUE);
  sign_in_fully (fixture, &sign_in, &page);

  g_assert_error (sign_in.error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_DENIED);
  g_assert_no_error (page.error);
  g_assert_nonnull (strstr (page.body, "Sign-in Failed"));
  g_assert_null (strstr (page.body, "You can close this tab."));
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, 0);
}

static void
test_fewer_scopes (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };

  /* The user unticked the calendar boxes on the consent screen. */
  fake_google_set_granted_scopes (fixture->fake, PURSUIT_GOOGLE_SCOPE_EMAIL);
  sign_in_fully (fixture, &sign_in, &page);

  g_assert_error (sign_in.error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_DENIED);
  g_assert_nonnull (strstr (sign_in.error->message, "your calendar events"));
  g_assert_nonnull (strstr (sign_in.error->message, "your list of calendars"));
  g_assert_null (strstr (sign_in.error->message, "email"));
  g_assert_nonnull (strstr (page.body, "your calendar events"));
  g_assert_false (pursuit_google_auth_has_refresh_token (fixture->auth));
}

static void
test_favicon_ignored (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) favicon = { 0 };
  g_auto(Page) bare = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GHashTable) params = NULL;
  g_autofree char *favicon_uri = NULL;

  start_sign_in (fixture, NULL, &sign_in);
  params = query_of (fixture->authorization_uri);

  /* Browsers ask for an icon, and something may knock without a state:
   * neither is the redirect. */
  favicon_uri = g_strconcat (g_hash_table_lookup (params, "redirect_uri"), "favicon.ico", NULL);
  browse (fixture, favicon_uri, TRUE, &favicon);
  g_assert_cmpuint (favicon.status, ==, 404);
  browse (fixture, g_hash_table_lookup (params, "redirect_uri"), TRUE, &bare);
  g_assert_cmpuint (bare.status, ==, 404);
  g_assert_false (sign_in.done);

  browse (fixture, fixture->authorization_uri, TRUE, &page);
  spin_until (sign_in.done);
  g_assert_no_error (sign_in.error);
  g_assert_cmpuint (page.status, ==, 200);
}

static void
test_bad_code (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) consent = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GHashTable) redirect = NULL;
  g_autofree char *tampered = NULL;

  start_sign_in (fixture, NULL, &sign_in);

  /* The right state with a code the fake never issued. */
  browse (fixture, fixture->authorization_uri, FALSE, &consent);
  g_assert_cmpuint (consent.status, ==, 302);
  redirect = query_of (consent.location);
  params = query_of (fixture->authorization_uri);
  tampered = g_strdup_printf ("%s?state=%s&code=4%%2Fnot-issued",
                              (char *) g_hash_table_lookup (params, "redirect_uri"),
                              (char *) g_hash_table_lookup (redirect, "state"));
  browse (fixture, tampered, TRUE, &page);
  spin_until (sign_in.done);

  g_assert_error (sign_in.error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_INVALID_GRANT);
  g_assert_nonnull (strstr (page.body, "Sign-in Failed"));
}

static void
test_token_endpoint_faults (Fixture       *fixture,
                            gconstpointer  data)
{
  g_auto(SignIn) broken = { 0 };
  g_auto(SignIn) retried = { 0 };
  g_auto(Page) broken_page = { 0 };
  g_auto(Page) retried_page = { 0 };

  /* An answer that is not JSON: a clean error, in the browser too. */
  fake_google_add_fault (fixture->fake, "oauth.token", FAKE_GOOGLE_FAULT_INVALID_JSON, 0, 0, 1);
  sign_in_fully (fixture, &broken, &broken_page);
  g_assert_error (broken.error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
  g_assert_nonnull (strstr (broken_page.body, "Sign-in Failed"));
  g_assert_false (pursuit_google_auth_has_refresh_token (fixture->auth));

  /* A passing 503 is retried by PursuitHttp; the sign-in still works. */
  g_clear_pointer (&fixture->authorization_uri, g_free);
  fake_google_add_fault (fixture->fake, "oauth.token", FAKE_GOOGLE_FAULT_STATUS, 503, 0, 1);
  sign_in_fully (fixture, &retried, &retried_page);
  g_assert_no_error (retried.error);
  g_assert_true (pursuit_google_auth_has_refresh_token (fixture->auth));
  g_assert_nonnull (strstr (retried_page.body, "You can close this tab."));
}

static void
test_wrong_client (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };

  g_assert_finalize_object (fixture->auth);
  fixture->auth = pursuit_google_auth_new (fixture->http, CLIENT_ID, "not-the-secret");
  sign_in_fully (fixture, &sign_in, &page);

  g_assert_error (sign_in.error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_INVALID_CLIENT);
}

static void
test_no_client (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *bearer = NULL;

  g_assert_finalize_object (fixture->auth);
  fixture->auth = pursuit_google_auth_new (fixture->http, "", NULL);
  pursuit_google_auth_sign_in_async (fixture->auth, calendar_scopes, open_uri_cb, fixture,
                                     NULL, sign_in_cb, &sign_in);
  spin_until (sign_in.done);
  g_assert_error (sign_in.error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_NO_CLIENT);
  g_assert_null (fixture->authorization_uri);

  /* Not signed in at all. */
  bearer = authorize (fixture, FALSE, &error);
  g_assert_error (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_NOT_SIGNED_IN);
  g_assert_null (bearer);
}

static void
test_cancel_while_waiting (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GHashTable) params = NULL;
  gint64 started;

  start_sign_in (fixture, cancellable, &sign_in);
  params = query_of (fixture->authorization_uri);
  spin_for (50);
  g_assert_false (sign_in.done);

  started = g_get_monotonic_time ();
  g_cancellable_cancel (cancellable);
  spin_until (sign_in.done);
  g_assert_cmpint (g_get_monotonic_time () - started, <, G_USEC_PER_SEC);
  g_assert_error (sign_in.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* And the port is closed. */
  spin_for (50);
  browse (fixture, g_hash_table_lookup (params, "redirect_uri"), TRUE, &page);
  g_assert_nonnull (page.error);
}

static void
wait_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(GHashTable) query = NULL;

  query = pursuit_loopback_server_wait_finish (PURSUIT_LOOPBACK_SERVER (object), result, error);
  g_assert_null (query);
}

static void
test_loopback_timeout (void)
{
  g_autoptr(PursuitLoopbackServer) server = NULL;
  g_autoptr(GError) error = NULL;
  gint64 started = g_get_monotonic_time ();

  server = pursuit_loopback_server_new ("some-state", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (pursuit_loopback_server_get_redirect_uri (server),
                                   "http://127.0.0.1:"));

  pursuit_loopback_server_wait_async (server, 1, NULL, wait_cb, &error);
  spin_until (error != NULL);
  g_assert_error (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_TIMED_OUT);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, G_USEC_PER_SEC / 2);
}

static void
test_refresh_before_expiry (Fixture       *fixture,
                            gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint before;

  fake_google_set_token_lifetime (fixture->fake, 1);
  sign_in_fully (fixture, &sign_in, &page);
  g_assert_no_error (sign_in.error);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, 1);

  /* Close to its end, the token is refreshed before it is used. */
  spin_for (700);
  first = authorize (fixture, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, 2);

  /* A fresh one is used as it is... */
  second = authorize (fixture, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, 2);

  /* ...and the refreshed token works for the API. */
  {
    g_autoptr(PursuitHttpResponse) response = get_userinfo (fixture, &error);

    g_assert_no_error (error);
    g_assert_nonnull (response);
  }

  /* Many callers at once share one refresh. */
  spin_for (700);
  before = fake_google_count_requests (fixture->fake, "oauth.token");
  {
    GAsyncResult *results[4] = { NULL };

    for (guint i = 0; i < G_N_ELEMENTS (results); i++)
      pursuit_authorizer_authorize_async (PURSUIT_AUTHORIZER (fixture->auth), FALSE, NULL,
                                          pursuit_test_store_result, &results[i]);
    spin_until (results[3] != NULL);
    for (guint i = 0; i < G_N_ELEMENTS (results); i++)
      {
        g_autofree char *bearer = pursuit_authorizer_authorize_finish (PURSUIT_AUTHORIZER (fixture->auth),
                                                                       results[i], &error);

        g_assert_no_error (error);
        g_assert_true (g_str_has_prefix (bearer, "Bearer "));
        g_object_unref (results[i]);
      }
  }
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, before + 1);
}

static void
test_refresh_after_401 (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitHttpResponse) response = NULL;
  JsonObject *object;

  sign_in_fully (fixture, &sign_in, &page);
  g_assert_no_error (sign_in.error);

  /* Google ended the access token early: the 401 asks for a new one and
   * the request goes through on the second try. */
  fake_google_expire_access_tokens (fixture->fake);
  response = get_userinfo (fixture, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_http_response_get_status (response), ==, 200);
  object = pursuit_http_response_get_object (response);
  g_assert_nonnull (object);
  g_assert_cmpstr (json_object_get_string_member (object, "email"), ==,
                   fake_google_get_email (fixture->fake));
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, 2);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.userinfo"), ==, 3);
}

static void
test_invalid_grant (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) api_error = NULL;
  g_autofree char *bearer = NULL;
  g_autoptr(PursuitHttpResponse) response = NULL;

  sign_in_fully (fixture, &sign_in, &page);
  g_assert_no_error (sign_in.error);

  /* The user removed Pursuit from their Google account. */
  fake_google_revoke_refresh_tokens (fixture->fake);
  fake_google_expire_access_tokens (fixture->fake);

  bearer = authorize (fixture, TRUE, &error);
  g_assert_error (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_INVALID_GRANT);
  g_assert_null (bearer);
  g_assert_null (strstr (error->message, sign_in.refresh_token));

  /* An API request says so too, not a mere 401. */
  response = get_userinfo (fixture, &api_error);
  g_assert_null (response);
  g_assert_nonnull (api_error);
  g_assert_true (g_error_matches (api_error, PURSUIT_GOOGLE_AUTH_ERROR,
                                  PURSUIT_GOOGLE_AUTH_ERROR_INVALID_GRANT) ||
                 g_error_matches (api_error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED));
}

static void
test_stored_refresh_token (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *bearer = NULL;
  g_autofree char *bogus = NULL;
  g_autoptr(PursuitGoogleAuth) later = NULL;

  sign_in_fully (fixture, &sign_in, &page);
  g_assert_no_error (sign_in.error);

  /* The next start of the app: only the refresh token from the keyring. */
  later = pursuit_google_auth_new (fixture->http, CLIENT_ID, CLIENT_SECRET);
  g_assert_false (pursuit_google_auth_has_refresh_token (later));
  pursuit_google_auth_set_refresh_token (later, sign_in.refresh_token);
  g_assert_true (pursuit_google_auth_has_refresh_token (later));
  g_assert_cmpstr (pursuit_google_auth_get_client_id (later), ==, CLIENT_ID);

  g_set_object (&fixture->auth, later);
  bearer = authorize (fixture, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (bearer, "Bearer "));
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, 2);

  /* A token Google never issued. */
  pursuit_google_auth_set_refresh_token (later, "1//never-issued");
  bogus = authorize (fixture, FALSE, &error);
  g_assert_error (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_INVALID_GRANT);
  g_assert_null (bogus);
}

static void
test_revoke (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *bearer = NULL;

  sign_in_fully (fixture, &sign_in, &page);
  g_assert_no_error (sign_in.error);

  g_assert_true (revoke_access (fixture, &error));
  g_assert_no_error (error);
  g_assert_true (fake_google_token_is_revoked (fixture->fake, sign_in.refresh_token));
  g_assert_false (pursuit_google_auth_has_refresh_token (fixture->auth));
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.revoke"), ==, 1);

  bearer = authorize (fixture, FALSE, &error);
  g_assert_error (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_NOT_SIGNED_IN);
  g_clear_error (&error);

  /* Nothing left to revoke: done without asking Google. */
  g_assert_true (revoke_access (fixture, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.revoke"), ==, 1);

  /* A token Google already forgot counts as revoked. */
  pursuit_google_auth_set_refresh_token (fixture->auth, "1//unknown-to-google");
  g_assert_true (revoke_access (fixture, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_google_auth_has_refresh_token (fixture->auth));
}

/* Logs --------------------------------------------------------------------- */

static GString *captured_log;
static GLogFunc previous_handler;

static void
capture_log_cb (const char     *log_domain,
                GLogLevelFlags  log_level,
                const char     *message,
                gpointer        user_data)
{
  g_string_append_printf (captured_log, "%s: %s\n", log_domain != NULL ? log_domain : "", message);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    previous_handler (log_domain, log_level, message, user_data);
}

static GLogWriterOutput
capture_writer_cb (GLogLevelFlags   log_level,
                   const GLogField *fields,
                   gsize            n_fields,
                   gpointer         user_data)
{
  if (captured_log != NULL)
    for (gsize i = 0; i < n_fields; i++)
      if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0)
        g_string_append_printf (captured_log, "%s\n", (const char *) fields[i].value);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    return g_log_writer_default (log_level, fields, n_fields, user_data);

  return G_LOG_WRITER_HANDLED;
}

static void
assert_not_logged (const char *secret)
{
  g_assert_nonnull (secret);
  g_assert_cmpuint (strlen (secret), >, 4);
  if (strstr (captured_log->str, secret) != NULL)
    g_error ("A secret was logged:\n%s", captured_log->str);
}

static void
test_logs_hold_no_secrets (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(SignIn) sign_in = { 0 };
  g_auto(Page) consent = { 0 };
  g_auto(Page) page = { 0 };
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GHashTable) redirect = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bearer = NULL;
  g_autofree char *refreshed = NULL;

  captured_log = g_string_new (NULL);
  previous_handler = g_log_set_default_handler (capture_log_cb, NULL);

  /* Every step that handles a secret: consent, exchange, userinfo, a
   * forced refresh, a 401 and its retry, revocation. */
  start_sign_in (fixture, NULL, &sign_in);
  browse (fixture, fixture->authorization_uri, FALSE, &consent);
  g_assert_cmpuint (consent.status, ==, 302);
  browse (fixture, consent.location, TRUE, &page);
  spin_until (sign_in.done);
  g_assert_no_error (sign_in.error);

  bearer = authorize (fixture, FALSE, &error);
  g_assert_no_error (error);
  refreshed = authorize (fixture, TRUE, &error);
  g_assert_no_error (error);
  fake_google_expire_access_tokens (fixture->fake);
  {
    g_autoptr(PursuitHttpResponse) response = get_userinfo (fixture, &error);

    g_assert_no_error (error);
  }
  g_assert_true (revoke_access (fixture, &error));
  g_assert_no_error (error);

  g_log_set_default_handler (previous_handler, NULL);

  /* The capture saw the work... */
  g_assert_nonnull (strstr (captured_log->str, "127.0.0.1"));

  /* ...but none of the secrets. */
  params = query_of (fixture->authorization_uri);
  redirect = query_of (consent.location);
  assert_not_logged (g_hash_table_lookup (redirect, "code"));
  assert_not_logged (g_hash_table_lookup (params, "state"));
  assert_not_logged (g_hash_table_lookup (params, "code_challenge"));
  assert_not_logged (sign_in.refresh_token);
  assert_not_logged (bearer + strlen ("Bearer "));
  assert_not_logged (refreshed + strlen ("Bearer "));
  assert_not_logged (CLIENT_SECRET);

  g_string_free (g_steal_pointer (&captured_log), TRUE);
}

int
main (int   argc,
      char *argv[])
{
  /* The loopback servers must be reached directly, whatever proxy the
   * desktop has (and the GNOME resolver's settings are not there). */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Structured logs (g_log_structured) are captured as well. */
  g_log_set_writer_func (capture_writer_cb, NULL, NULL);

#define ADD(path, func) \
  g_test_add ("/google-auth/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/google-auth/challenge", test_challenge);
  g_test_add_func ("/google-auth/endpoints", test_endpoints);
  g_test_add_func ("/google-auth/loopback-timeout", test_loopback_timeout);
  ADD ("sign-in", test_sign_in);
  ADD ("server-stops-after-redirect", test_server_stops_after_redirect);
  ADD ("state-mismatch", test_state_mismatch);
  ADD ("denied", test_denied);
  ADD ("fewer-scopes", test_fewer_scopes);
  ADD ("favicon-ignored", test_favicon_ignored);
  ADD ("bad-code", test_bad_code);
  ADD ("token-endpoint-faults", test_token_endpoint_faults);
  ADD ("wrong-client", test_wrong_client);
  ADD ("no-client", test_no_client);
  ADD ("cancel-while-waiting", test_cancel_while_waiting);
  ADD ("refresh-before-expiry", test_refresh_before_expiry);
  ADD ("refresh-after-401", test_refresh_after_401);
  ADD ("invalid-grant", test_invalid_grant);
  ADD ("stored-refresh-token", test_stored_refresh_token);
  ADD ("revoke", test_revoke);
  ADD ("logs-hold-no-secrets", test_logs_hold_no_secrets);

#undef ADD

  return g_test_run ();
}
