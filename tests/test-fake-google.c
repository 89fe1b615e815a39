/* test-fake-google.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-fake-google"

#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

#include <libsoup/soup.h>

#include "fake-google-private.h"

#define CLIENT_ID "1234-test.apps.googleusercontent.com"
#define CLIENT_SECRET "test-secret"
#define REDIRECT_URI "http://127.0.0.1:4567/"
#define VERIFIER "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
/* RFC 7636 appendix B: the S256 challenge of the verifier above. */
#define CHALLENGE "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
#define SCOPES "https://www.googleapis.com/auth/userinfo.email " \
               "https://www.googleapis.com/auth/calendar.events " \
               "https://www.googleapis.com/auth/calendar.calendarlist.readonly " \
               "https://www.googleapis.com/auth/gmail.modify"

typedef struct
{
  FakeGoogle  *fake;
  const char  *url;         /* of another fake, when there is no @fake */
  SoupSession *session;
  char        *access_token;
  char        *refresh_token;
  guint        handler_calls;
} Fixture;

typedef struct
{
  guint     status;
  GBytes   *body;
  GError   *error;
  char     *location;
  char     *retry_after;
  char     *www_authenticate;
  JsonNode *json;
} Reply;

static void
reply_clear (Reply *reply)
{
  g_clear_pointer (&reply->body, g_bytes_unref);
  g_clear_error (&reply->error);
  g_clear_pointer (&reply->location, g_free);
  g_clear_pointer (&reply->retry_after, g_free);
  g_clear_pointer (&reply->www_authenticate, g_free);
  g_clear_pointer (&reply->json, json_node_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reply, reply_clear)

/* A raw client ------------------------------------------------------------- */

typedef struct
{
  gboolean     done;
  SoupMessage *message;
  Reply       *reply;
} Pending;

static void
send_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Pending *pending = user_data;
  SoupMessageHeaders *headers = soup_message_get_response_headers (pending->message);
  Reply *reply = pending->reply;

  reply->body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &reply->error);
  reply->status = soup_message_get_status (pending->message);
  reply->location = g_strdup (soup_message_headers_get_one (headers, "Location"));
  reply->retry_after = g_strdup (soup_message_headers_get_one (headers, "Retry-After"));
  reply->www_authenticate = g_strdup (soup_message_headers_get_one (headers, "WWW-Authenticate"));
  if (reply->body != NULL && g_bytes_get_size (reply->body) > 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (json_parser_load_from_data (parser, g_bytes_get_data (reply->body, NULL),
                                      g_bytes_get_size (reply->body), NULL))
        reply->json = json_node_ref (json_parser_get_root (parser));
    }
  pending->done = TRUE;
}

/* @path is relative to the fake's URL; @body a JSON or form text, or NULL. */
static void
request (Fixture    *fixture,
         const char *method,
         const char *path,
         const char *content_type,
         const char *body,
         const char *token,
         Reply      *reply)
{
  g_autofree char *uri = g_strconcat (fixture->fake ? fake_google_get_url (fixture->fake) : fixture->url,
                                      path, NULL);
  g_autoptr(SoupMessage) message = soup_message_new (method, uri);
  Pending pending = { FALSE, message, reply };

  g_assert_nonnull (message);
  reply_clear (reply);
  reply->status = 0;

  /* The test reads the 302 itself, as a browser's address bar would. */
  soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (message, content_type, bytes);
    }
  if (token != NULL)
    {
      g_autofree char *value = g_strconcat ("Bearer ", token, NULL);

      soup_message_headers_replace (soup_message_get_request_headers (message),
                                    "Authorization", value);
    }

  soup_session_send_and_read_async (fixture->session, message, G_PRIORITY_DEFAULT, NULL,
                                    send_cb, &pending);
  while (!pending.done)
    g_main_context_iteration (NULL, TRUE);
}

static void
api (Fixture    *fixture,
     const char *method,
     const char *path,
     const char *json,
     Reply      *reply)
{
  request (fixture, method, path, "application/json", json, fixture->access_token, reply);
}

static const char *
json_string (Reply      *reply,
             const char *member)
{
  g_assert_nonnull (reply->json);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (reply->json));
  return json_object_get_string_member_with_default (json_node_get_object (reply->json),
                                                     member, NULL);
}

static const char *
error_reason (Reply *reply)
{
  JsonObject *error;
  JsonArray *errors;

  g_assert_nonnull (reply->json);
  error = json_object_get_object_member (json_node_get_object (reply->json), "error");
  g_assert_nonnull (error);
  g_assert_cmpint (json_object_get_int_member (error, "code"), ==, reply->status);
  errors = json_object_get_array_member (error, "errors");
  g_assert_nonnull (errors);
  return json_object_get_string_member (json_array_get_object_element (errors, 0), "reason");
}

static char *
query_value (const char *uri,
             const char *name)
{
  g_autoptr(GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_ENCODED_QUERY, NULL);
  g_autoptr(GHashTable) params = NULL;

  g_assert_nonnull (parsed);
  if (g_uri_get_query (parsed) == NULL)
    return NULL;
  params = g_uri_parse_params (g_uri_get_query (parsed), -1, "&", G_URI_PARAMS_WWW_FORM, NULL);
  return g_strdup (g_hash_table_lookup (params, name));
}

static char *
authorize_path (const char *challenge,
                const char *method)
{
  g_autofree char *redirect = g_uri_escape_string (REDIRECT_URI, NULL, FALSE);
  g_autofree char *scope = g_uri_escape_string (SCOPES, NULL, FALSE);

  return g_strdup_printf ("/o/oauth2/v2/auth?client_id=%s&redirect_uri=%s&response_type=code"
                          "&scope=%s&code_challenge=%s&code_challenge_method=%s"
                          "&state=st4te&access_type=offline&prompt=consent",
                          CLIENT_ID, redirect, scope, challenge, method);
}

/* Plays the browser: returns the code from the redirect. */
static char *
authorize (Fixture *fixture)
{
  g_autofree char *path = authorize_path (CHALLENGE, "S256");
  g_auto(Reply) reply = { 0 };
  g_autofree char *state = NULL;

  request (fixture, "GET", path, NULL, NULL, NULL, &reply);
  g_assert_no_error (reply.error);
  g_assert_cmpuint (reply.status, ==, 302);
  g_assert_true (g_str_has_prefix (reply.location, REDIRECT_URI "?"));
  state = query_value (reply.location, "state");
  g_assert_cmpstr (state, ==, "st4te");
  return query_value (reply.location, "code");
}

static void
exchange (Fixture    *fixture,
          const char *code,
          const char *verifier,
          Reply      *reply)
{
  g_autofree char *body = NULL;

  body = soup_form_encode ("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                           "code", code, "code_verifier", verifier,
                           "grant_type", "authorization_code",
                           "redirect_uri", REDIRECT_URI, NULL);
  request (fixture, "POST", "/token", "application/x-www-form-urlencoded", body, NULL, reply);
}

static void
refresh (Fixture *fixture,
         Reply   *reply)
{
  g_autofree char *body = soup_form_encode ("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                                            "grant_type", "refresh_token",
                                            "refresh_token", fixture->refresh_token, NULL);

  request (fixture, "POST", "/token", "application/x-www-form-urlencoded", body, NULL, reply);
}

static void
sign_in (Fixture *fixture)
{
  g_autofree char *code = authorize (fixture);
  g_auto(Reply) reply = { 0 };

  exchange (fixture, code, VERIFIER, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_free (fixture->access_token);
  fixture->access_token = g_strdup (json_string (&reply, "access_token"));
  g_free (fixture->refresh_token);
  fixture->refresh_token = g_strdup (json_string (&reply, "refresh_token"));
  g_assert_nonnull (fixture->access_token);
  g_assert_nonnull (fixture->refresh_token);
}

/* Fixture ------------------------------------------------------------------ */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->fake = fake_google_new (0, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (fake_google_get_url (fixture->fake), "http://127.0.0.1:"));
  fake_google_set_client (fixture->fake, CLIENT_ID, CLIENT_SECRET);
  fixture->session = soup_session_new ();
  sign_in (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->fake), (gpointer *) &fixture->fake);
  g_object_unref (fixture->fake);
  g_assert_null (fixture->fake);
  g_clear_object (&fixture->session);
  g_clear_pointer (&fixture->access_token, g_free);
  g_clear_pointer (&fixture->refresh_token, g_free);
}

/* Handlers standing in for the calendar's, so these tests do not depend on
 * what fake-google-calendar.c does. */

static Fixture *current_fixture;

static void
echo_event_cb (FakeGoogle     *fake,
               FakeGoogleCall *call)
{
  g_autoptr(JsonNode) event = NULL;
  JsonObject *object;

  current_fixture->handler_calls++;
  event = json_node_copy (call->body);
  object = json_node_get_object (event);
  json_object_set_string_member (object, "kind", "calendar#event");
  json_object_set_string_member (object, "etag", "\"3400000000000000\"");
  if (!json_object_has_member (object, "id"))
    json_object_set_string_member (object, "id", "abcdef0123");
  json_object_set_string_member (object, "status", "confirmed");
  json_object_set_string_member (object, "updated", "2026-05-29T10:00:00.000Z");
  _fake_google_reply_json (fake, call, 200, g_steal_pointer (&event));
}

static void
broken_event_cb (FakeGoogle     *fake,
                 FakeGoogleCall *call)
{
  JsonNode *node = json_from_string ("{\"kind\":\"calendar#event\",\"sequence\":\"7\","
                                     "\"updated\":\"yesterday\",\"nonsense\":true}", NULL);

  current_fixture->handler_calls++;
  _fake_google_reply_json (fake, call, 200, node);
}

static void
colors_cb (FakeGoogle     *fake,
           FakeGoogleCall *call)
{
  current_fixture->handler_calls++;
  _fake_google_reply_json (fake, call, 200,
                           json_from_string ("{\"kind\":\"calendar#colors\","
                                             "\"updated\":\"2026-05-29T10:00:00.000Z\","
                                             "\"event\":{\"1\":{\"background\":\"#a4bdfc\","
                                             "\"foreground\":\"#1d1d1d\"}}}", NULL));
}

static void
use_test_handlers (Fixture *fixture)
{
  current_fixture = fixture;
  _fake_google_register (fixture->fake, "calendar.events.insert", echo_event_cb);
  _fake_google_register (fixture->fake, "calendar.events.quickAdd", broken_event_cb);
  _fake_google_register (fixture->fake, "calendar.colors.get", colors_cb);
}

static void
assert_one_violation (Fixture    *fixture,
                      const char *text)
{
  GPtrArray *violations = fake_google_get_violations (fixture->fake);
  gboolean found = FALSE;

  for (guint i = 0; i < violations->len; i++)
    if (strstr (violations->pdata[i], text) != NULL)
      found = TRUE;
  if (!found)
    for (guint i = 0; i < violations->len; i++)
      g_printerr ("violation: %s\n", (char *) violations->pdata[i]);
  g_assert_true (found);
  g_ptr_array_set_size (violations, 0);
}

/* OAuth -------------------------------------------------------------------- */

static void
test_oauth_sign_in (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };
  g_autofree char *old_access = g_strdup (fixture->access_token);
  g_autofree char *scope = NULL;

  /* The fixture signed in; the access token works for userinfo. */
  request (fixture, "GET", "/oauth2/v2/userinfo?fields=email", NULL, NULL,
           fixture->access_token, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpstr (json_string (&reply, "email"), ==, "ann.example@gmail.com");
  g_assert_cmpstr (json_string (&reply, "email"), ==, fake_google_get_email (fixture->fake));
  g_assert_true (json_object_get_boolean_member (json_node_get_object (reply.json), "verified_email"));

  /* A refresh gives a new access token and no new refresh token. */
  refresh (fixture, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpstr (json_string (&reply, "token_type"), ==, "Bearer");
  g_assert_cmpstr (json_string (&reply, "scope"), ==, SCOPES);
  g_assert_null (json_string (&reply, "refresh_token"));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (reply.json), "expires_in"), ==, 3600);
  g_assert_cmpstr (json_string (&reply, "access_token"), !=, old_access);

  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.token"), ==, 2);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth.authorize"), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "oauth."), ==, 4);
  fake_google_assert_no_violations (fixture->fake);
}

static void
test_oauth_pkce (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };
  g_autofree char *code = authorize (fixture);
  g_autofree char *code2 = NULL;

  /* A verifier that does not hash to the challenge. */
  exchange (fixture, code, "x" VERIFIER, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_cmpstr (json_string (&reply, "error"), ==, "invalid_grant");

  /* The code was spent by the failed try. */
  exchange (fixture, code, VERIFIER, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_cmpstr (json_string (&reply, "error"), ==, "invalid_grant");

  /* A good exchange, then the same code again. */
  code2 = authorize (fixture);
  exchange (fixture, code2, VERIFIER, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  exchange (fixture, code2, VERIFIER, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_cmpstr (json_string (&reply, "error"), ==, "invalid_grant");

  /* An unknown code. */
  exchange (fixture, "4/0nothing", VERIFIER, &reply);
  g_assert_cmpstr (json_string (&reply, "error"), ==, "invalid_grant");

  fake_google_assert_no_violations (fixture->fake);
}

static void
test_oauth_client (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };
  g_autofree char *body = NULL;
  g_autofree char *code = authorize (fixture);

  body = soup_form_encode ("client_id", CLIENT_ID, "client_secret", "wrong",
                           "code", code, "code_verifier", VERIFIER,
                           "grant_type", "authorization_code",
                           "redirect_uri", REDIRECT_URI, NULL);
  request (fixture, "POST", "/token", "application/x-www-form-urlencoded", body, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 401);
  g_assert_cmpstr (json_string (&reply, "error"), ==, "invalid_client");

  /* The redirect_uri of the exchange must be the authorization's. */
  g_free (body);
  body = soup_form_encode ("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                           "code", code, "code_verifier", VERIFIER,
                           "grant_type", "authorization_code",
                           "redirect_uri", "http://127.0.0.1:4568/", NULL);
  request (fixture, "POST", "/token", "application/x-www-form-urlencoded", body, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_cmpstr (json_string (&reply, "error"), ==, "invalid_grant");

  g_free (body);
  body = soup_form_encode ("client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                           "grant_type", "password", NULL);
  request (fixture, "POST", "/token", "application/x-www-form-urlencoded", body, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_cmpstr (json_string (&reply, "error"), ==, "unsupported_grant_type");

  /* JSON is not what the token endpoint takes. */
  request (fixture, "POST", "/token", "application/json", "{\"grant_type\":\"refresh_token\"}",
           NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  assert_one_violation (fixture, "oauth.token: the body is not a form");

  fake_google_assert_no_violations (fixture->fake);
}

static void
test_oauth_authorize_checks (Fixture       *fixture,
                             gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };
  g_autofree char *plain = authorize_path (CHALLENGE, "plain");
  g_autofree char *short_challenge = authorize_path ("abc", "S256");
  g_autofree char *state = NULL;

  request (fixture, "GET", plain, NULL, NULL, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_null (reply.location);
  assert_one_violation (fixture, "oauth.authorize: code_challenge_method is not S256");

  request (fixture, "GET", short_challenge, NULL, NULL, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  assert_one_violation (fixture, "code_challenge");

  request (fixture, "GET",
           "/o/oauth2/v2/auth?client_id=" CLIENT_ID "&redirect_uri=https%3A%2F%2Fevil.example%2F"
           "&response_type=code&scope=email&code_challenge=" CHALLENGE
           "&code_challenge_method=S256&state=s", NULL, NULL, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  assert_one_violation (fixture, "redirect_uri");

  request (fixture, "GET",
           "/o/oauth2/v2/auth?client_id=someone-else&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2F"
           "&response_type=code&scope=email&code_challenge=" CHALLENGE
           "&code_challenge_method=S256&state=s", NULL, NULL, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  assert_one_violation (fixture, "client_id");

  /* Denied consent still goes back to the app, with the state. */
  fake_google_set_deny_consent (fixture->fake, TRUE);
  g_clear_pointer (&plain, g_free);
  plain = authorize_path (CHALLENGE, "S256");
  request (fixture, "GET", plain, NULL, NULL, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 302);
  g_assert_true (g_str_has_prefix (reply.location, REDIRECT_URI "?"));
  g_assert_null (query_value (reply.location, "code"));
  state = query_value (reply.location, "state");
  g_assert_cmpstr (state, ==, "st4te");
  {
    g_autofree char *error = query_value (reply.location, "error");

    g_assert_cmpstr (error, ==, "access_denied");
  }

  fake_google_assert_no_violations (fixture->fake);
}

static void
test_oauth_granted_scopes (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };
  g_autofree char *code = NULL;
  g_autofree char *scope = NULL;

  fake_google_set_granted_scopes (fixture->fake, "https://www.googleapis.com/auth/userinfo.email");
  fake_google_set_token_lifetime (fixture->fake, 60);
  g_free (fixture->access_token);
  fixture->access_token = NULL;
  code = authorize (fixture);
  exchange (fixture, code, VERIFIER, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpstr (json_string (&reply, "scope"), ==, "https://www.googleapis.com/auth/userinfo.email");
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (reply.json), "expires_in"), ==, 60);
  fixture->access_token = g_strdup (json_string (&reply, "access_token"));

  /* Calendar wants a calendar scope: 403, and the client was wrong to ask. */
  api (fixture, "GET", "/calendar/v3/colors", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 403);
  g_assert_cmpstr (error_reason (&reply), ==, "insufficientPermissions");
  assert_one_violation (fixture, "calendar.colors.get: the token has none of the scopes");
}

static void
test_oauth_revoke (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };
  g_autofree char *body = soup_form_encode ("token", fixture->refresh_token, NULL);

  use_test_handlers (fixture);
  api (fixture, "GET", "/calendar/v3/colors", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);

  g_assert_false (fake_google_token_is_revoked (fixture->fake, fixture->refresh_token));
  request (fixture, "POST", "/revoke", "application/x-www-form-urlencoded", body, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_true (fake_google_token_is_revoked (fixture->fake, fixture->refresh_token));
  /* Its access tokens die with it. */
  g_assert_true (fake_google_token_is_revoked (fixture->fake, fixture->access_token));
  api (fixture, "GET", "/calendar/v3/colors", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 401);

  refresh (fixture, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_cmpstr (json_string (&reply, "error"), ==, "invalid_grant");

  /* Twice, or an unknown token: invalid_token. */
  request (fixture, "POST", "/revoke", "application/x-www-form-urlencoded", body, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_cmpstr (json_string (&reply, "error"), ==, "invalid_token");

  /* GET is not how one revokes. */
  request (fixture, "GET", "/revoke?token=x", NULL, NULL, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 404);
  assert_one_violation (fixture, "oauth.revoke");

  fake_google_assert_no_violations (fixture->fake);
}

static void
test_oauth_expiry (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };

  use_test_handlers (fixture);

  fake_google_expire_access_tokens (fixture->fake);
  api (fixture, "GET", "/calendar/v3/colors", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 401);
  g_assert_cmpstr (error_reason (&reply), ==, "authError");
  g_assert_nonnull (strstr (reply.www_authenticate, "invalid_token"));

  refresh (fixture, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_free (fixture->access_token);
  fixture->access_token = g_strdup (json_string (&reply, "access_token"));
  api (fixture, "GET", "/calendar/v3/colors", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);

  fake_google_revoke_refresh_tokens (fixture->fake);
  refresh (fixture, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_cmpstr (json_string (&reply, "error"), ==, "invalid_grant");
  g_assert_true (fake_google_token_is_revoked (fixture->fake, fixture->refresh_token));

  /* Expired tokens are life, not a client's mistake. */
  fake_google_assert_no_violations (fixture->fake);
}

/* Validation --------------------------------------------------------------- */

static void
test_validation_params (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };

  use_test_handlers (fixture);

  api (fixture, "GET", "/calendar/v3/colors?prettyPrint=false&fields=event", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  fake_google_assert_no_violations (fixture->fake);

  api (fixture, "GET", "/calendar/v3/colors?bogus=1", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_assert_cmpstr (error_reason (&reply), ==, "badRequest");
  assert_one_violation (fixture, "calendar.colors.get: unknown parameter bogus");

  api (fixture, "GET", "/calendar/v3/calendars/primary/events?maxResults=ten", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  assert_one_violation (fixture, "calendar.events.list: parameter maxResults is not an integer");

  api (fixture, "GET", "/calendar/v3/calendars/primary/events?maxResults=0", NULL, &reply);
  assert_one_violation (fixture, "parameter maxResults is out of range");

  api (fixture, "GET", "/calendar/v3/calendars/primary/events?showDeleted=yes", NULL, &reply);
  assert_one_violation (fixture, "parameter showDeleted is not a boolean");

  api (fixture, "GET", "/calendar/v3/calendars/primary/events?orderBy=random", NULL, &reply);
  assert_one_violation (fixture, "parameter orderBy is not one of the allowed values");

  api (fixture, "GET", "/calendar/v3/calendars/primary/events?timeMin=2026-05-01", NULL, &reply);
  assert_one_violation (fixture, "parameter timeMin is not an RFC 3339 date-time");

  api (fixture, "GET", "/calendar/v3/calendars/primary/events?timeMin=2026-05-01T10:00:00", NULL, &reply);
  assert_one_violation (fixture, "parameter timeMin is not an RFC 3339 date-time");

  api (fixture, "GET", "/calendar/v3/calendars/primary/events?syncToken=abc&timeMin=2026-05-01T10:00:00Z",
       NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  assert_one_violation (fixture, "calendar.events.list: parameter timeMin is not allowed with syncToken");

  api (fixture, "GET", "/calendar/v3/users/me/calendarList?syncToken=abc&minAccessRole=writer",
       NULL, &reply);
  assert_one_violation (fixture, "parameter minAccessRole is not allowed with syncToken");

  api (fixture, "GET", "/calendar/v3/calendars/primary/events?syncToken=abc&showDeleted=false",
       NULL, &reply);
  assert_one_violation (fixture, "parameter showDeleted=false is not allowed with syncToken");

  api (fixture, "GET", "/calendar/v3/calendars/primary/events?maxResults=1&maxResults=2", NULL, &reply);
  assert_one_violation (fixture, "parameter maxResults is given more than once");

  /* Repeated parameters are fine where declared so. */
  api (fixture, "GET", "/gmail/v1/users/me/messages/abc?format=metadata"
       "&metadataHeaders=From&metadataHeaders=Subject", NULL, &reply);
  g_assert_cmpuint (reply.status, !=, 400);

  api (fixture, "POST", "/calendar/v3/calendars/primary/events/quickAdd", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  assert_one_violation (fixture, "calendar.events.quickAdd: required parameter text is missing");

  api (fixture, "GET", "/gmail/v1/users/me/history", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  assert_one_violation (fixture, "gmail.users.history.list: required parameter startHistoryId is missing");

  api (fixture, "GET", "/gmail/v1/users/me/history?startHistoryId=-4", NULL, &reply);
  assert_one_violation (fixture, "parameter startHistoryId is not a uint64 in a string");

  /* Unknown paths and wrong methods. */
  api (fixture, "GET", "/calendar/v3/nothing/here", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 404);
  assert_one_violation (fixture, "unknown: GET /calendar/v3/nothing/here");

  api (fixture, "PATCH", "/calendar/v3/colors", "{}", &reply);
  g_assert_cmpuint (reply.status, ==, 404);
  assert_one_violation (fixture, "wrong HTTP method");

  fake_google_assert_no_violations (fixture->fake);
}

static void
test_validation_body (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };
  const char *valid =
    "{\"id\":\"pursuit0abc12\",\"summary\":\"Interview: Engineer at ACME\","
    "\"description\":\"Stage: Interview\",\"location\":\"Room 1\","
    "\"start\":{\"dateTime\":\"2026-06-03T09:00:00+02:00\",\"timeZone\":\"Europe/Zurich\"},"
    "\"end\":{\"dateTime\":\"2026-06-03T10:00:00+02:00\",\"timeZone\":\"Europe/Zurich\"},"
    "\"reminders\":{\"useDefault\":false,\"overrides\":[{\"method\":\"popup\",\"minutes\":1440},"
    "{\"method\":\"popup\",\"minutes\":15}]},"
    "\"attendees\":[{\"email\":\"bob@example.com\",\"displayName\":\"Bob\"}],"
    "\"source\":{\"title\":\"Pursuit\",\"url\":\"https://example.com/job\"},"
    "\"extendedProperties\":{\"private\":{\"pursuitUid\":\"abc\"}},"
    "\"sequence\":0,\"created\":\"2026-05-29T10:00:00.000Z\",\"description\":null}";
  const char *path = "/calendar/v3/calendars/jobs%40group.calendar.google.com/events?sendUpdates=none";

  use_test_handlers (fixture);

  api (fixture, "POST", path, valid, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpstr (json_string (&reply, "summary"), ==, "Interview: Engineer at ACME");
  g_assert_cmpuint (fixture->handler_calls, ==, 1);
  fake_google_assert_no_violations (fixture->fake);

  api (fixture, "POST", path, "{\"summary\":\"x\",\"start\":{\"dateTime\":\"2026-06-03T09:00:00Z\","
       "\"zone\":\"UTC\"}}", &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  assert_one_violation (fixture, "calendar.events.insert: body.start.zone is an unknown field");

  api (fixture, "POST", path, "{\"summary\":5}", &reply);
  assert_one_violation (fixture, "body.summary is not a string");

  api (fixture, "POST", path, "{\"sequence\":\"5\"}", &reply);
  assert_one_violation (fixture, "body.sequence is not an integer number");

  api (fixture, "POST", path, "{\"start\":{\"dateTime\":\"tomorrow\"}}", &reply);
  assert_one_violation (fixture, "body.start.dateTime is not an RFC 3339 date-time");

  api (fixture, "POST", path, "{\"start\":{\"date\":\"2026-02-30\"}}", &reply);
  assert_one_violation (fixture, "body.start.date is not a yyyy-mm-dd date");

  api (fixture, "POST", path, "{\"reminders\":{\"overrides\":{\"method\":\"popup\"}}}", &reply);
  assert_one_violation (fixture, "body.reminders.overrides is not an array");

  api (fixture, "POST", path, "{\"summary\":", &reply);
  assert_one_violation (fixture, "the body is not JSON");

  api (fixture, "POST", path, "[1]", &reply);
  assert_one_violation (fixture, "the body is not a JSON object");

  api (fixture, "POST", path, NULL, &reply);
  assert_one_violation (fixture, "the request body is missing");

  request (fixture, "POST", path, "text/plain", "{}", fixture->access_token, &reply);
  assert_one_violation (fixture, "the body is not application/json");

  api (fixture, "GET", "/calendar/v3/colors", "{}", &reply);
  assert_one_violation (fixture, "the method takes no request body");

  /* Gmail: int64 and uint64 are strings in JSON. */
  api (fixture, "POST", "/gmail/v1/users/me/messages/send",
       "{\"raw\":\"SGk\",\"threadId\":\"18f0\",\"historyId\":12}", &reply);
  assert_one_violation (fixture, "gmail.users.messages.send: body.historyId is not a string");
  api (fixture, "POST", "/gmail/v1/users/me/messages/send",
       "{\"raw\":\"SGk\",\"historyId\":\"12a\",\"sizeEstimate\":\"5\"}", &reply);
  assert_one_violation (fixture, "body.historyId is not a uint64 in a string");

  /* None of the broken requests reached the handler. */
  g_assert_cmpuint (fixture->handler_calls, ==, 1);
  fake_google_assert_no_violations (fixture->fake);
}

static void
test_validation_bearer (Fixture       *fixture,
                        gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };

  use_test_handlers (fixture);

  request (fixture, "GET", "/calendar/v3/colors", NULL, NULL, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 401);
  g_assert_cmpstr (error_reason (&reply), ==, "authError");
  assert_one_violation (fixture, "calendar.colors.get: no bearer token");

  request (fixture, "GET", "/calendar/v3/colors", NULL, NULL, "ya29.made-up", &reply);
  g_assert_cmpuint (reply.status, ==, 401);
  g_assert_nonnull (reply.www_authenticate);
  g_assert_cmpuint (fixture->handler_calls, ==, 0);
  fake_google_assert_no_violations (fixture->fake);
}

static void
test_validation_response (Fixture       *fixture,
                          gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };

  use_test_handlers (fixture);

  api (fixture, "POST", "/calendar/v3/calendars/primary/events/quickAdd?text=Lunch", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  assert_one_violation (fixture, "calendar.events.quickAdd: response.sequence is not an integer number");
  g_assert_cmpuint (fake_google_get_n_violations (fixture->fake), ==, 0);
}

/* Faults and counters ------------------------------------------------------ */

static void
test_faults (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };
  const char *event = "{\"summary\":\"x\"}";
  const char *path = "/calendar/v3/calendars/primary/events";

  use_test_handlers (fixture);

  fake_google_add_fault (fixture->fake, "calendar.events.insert", FAKE_GOOGLE_FAULT_STATUS, 429, 3, 2);
  fake_google_add_fault (fixture->fake, "calendar.", FAKE_GOOGLE_FAULT_STATUS, 403, 0, 1);

  /* A fault for another method does not fire. */
  api (fixture, "GET", "/calendar/v3/colors", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 403);
  g_assert_cmpstr (error_reason (&reply), ==, "userRateLimitExceeded");
  g_assert_null (reply.retry_after);

  for (guint i = 0; i < 2; i++)
    {
      api (fixture, "POST", path, event, &reply);
      g_assert_cmpuint (reply.status, ==, 429);
      g_assert_cmpstr (reply.retry_after, ==, "3");
      g_assert_cmpstr (error_reason (&reply), ==, "rateLimitExceeded");
    }
  api (fixture, "POST", path, event, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpuint (fixture->handler_calls, ==, 1);

  fake_google_add_fault (fixture->fake, NULL, FAKE_GOOGLE_FAULT_STATUS, 500, 0, 1);
  api (fixture, "POST", path, event, &reply);
  g_assert_cmpuint (reply.status, ==, 500);
  g_assert_cmpstr (error_reason (&reply), ==, "backendError");

  /* Dropped before the work. */
  fake_google_add_fault (fixture->fake, "calendar.events.insert", FAKE_GOOGLE_FAULT_DROP, 0, 0, 1);
  api (fixture, "POST", path, event, &reply);
  g_assert_nonnull (reply.error);
  g_assert_cmpuint (fixture->handler_calls, ==, 1);

  /* Lost after the work: the handler ran. */
  fake_google_add_fault (fixture->fake, "calendar.events.insert", FAKE_GOOGLE_FAULT_LOST_RESPONSE, 0, 0, 1);
  api (fixture, "POST", path, event, &reply);
  g_assert_nonnull (reply.error);
  g_assert_cmpuint (fixture->handler_calls, ==, 2);

  fake_google_add_fault (fixture->fake, "calendar.events.insert", FAKE_GOOGLE_FAULT_TRUNCATED_JSON, 0, 0, 1);
  api (fixture, "POST", path, event, &reply);
  g_assert_no_error (reply.error);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_null (reply.json);
  g_assert_cmpuint (g_bytes_get_size (reply.body), >, 10);
  g_assert_cmpuint (fixture->handler_calls, ==, 3);

  fake_google_add_fault (fixture->fake, "calendar.events.insert", FAKE_GOOGLE_FAULT_INVALID_JSON, 0, 0, 1);
  api (fixture, "POST", path, event, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_null (reply.json);
  g_assert_cmpuint (fixture->handler_calls, ==, 4);

  /* The queue is empty again. */
  api (fixture, "POST", path, event, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_nonnull (reply.json);

  /* 2 x 429, 200, 500, drop, lost, truncated, invalid, 200. */
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.insert"), ==, 9);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events"), ==, 9);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar."), ==, 10);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail."), ==, 0);
  /* The fixture's sign-in too. */
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, NULL), ==, 12);

  fake_google_assert_no_violations (fixture->fake);
}

static void
test_fail_rate_and_latency (Fixture       *fixture,
                            gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };
  g_autoptr(GString) first = g_string_new (NULL);
  g_autoptr(GString) second = g_string_new (NULL);
  gint64 started;

  use_test_handlers (fixture);

  fake_google_set_fail_rate (fixture->fake, 1.0, 7);
  api (fixture, "GET", "/calendar/v3/colors", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 503);
  g_assert_cmpstr (error_reason (&reply), ==, "backendError");

  /* The same seed gives the same pattern. */
  for (guint round = 0; round < 2; round++)
    {
      GString *pattern = round == 0 ? first : second;

      fake_google_set_fail_rate (fixture->fake, 0.5, 42);
      for (guint i = 0; i < 24; i++)
        {
          api (fixture, "GET", "/calendar/v3/colors", NULL, &reply);
          g_assert_true (reply.status == 200 || reply.status == 503);
          g_string_append_c (pattern, reply.status == 200 ? '.' : 'x');
        }
    }
  g_assert_cmpstr (first->str, ==, second->str);
  g_assert_nonnull (strchr (first->str, '.'));
  g_assert_nonnull (strchr (first->str, 'x'));

  fake_google_set_fail_rate (fixture->fake, 0, 0);
  fake_google_set_latency (fixture->fake, 150);
  started = g_get_monotonic_time ();
  api (fixture, "GET", "/calendar/v3/colors", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpint (g_get_monotonic_time () - started, >=, 150 * 1000);

  /* Faults after the wait (POST: libsoup would resend a GET on a
   * dropped connection). */
  fake_google_set_latency (fixture->fake, 20);
  fake_google_add_fault (fixture->fake, NULL, FAKE_GOOGLE_FAULT_LOST_RESPONSE, 0, 0, 1);
  fake_google_add_fault (fixture->fake, NULL, FAKE_GOOGLE_FAULT_DROP, 0, 0, 1);
  fake_google_add_fault (fixture->fake, NULL, FAKE_GOOGLE_FAULT_STATUS, 502, 0, 1);
  fake_google_add_fault (fixture->fake, NULL, FAKE_GOOGLE_FAULT_TRUNCATED_JSON, 0, 0, 1);
  api (fixture, "POST", "/calendar/v3/calendars/primary/events", "{}", &reply);
  g_assert_nonnull (reply.error);
  api (fixture, "POST", "/calendar/v3/calendars/primary/events", "{}", &reply);
  g_assert_nonnull (reply.error);
  api (fixture, "POST", "/calendar/v3/calendars/primary/events", "{}", &reply);
  g_assert_cmpuint (reply.status, ==, 502);
  api (fixture, "POST", "/calendar/v3/calendars/primary/events", "{}", &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_null (reply.json);
  api (fixture, "POST", "/calendar/v3/calendars/primary/events", "{}", &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_nonnull (reply.json);

  fake_google_assert_no_violations (fixture->fake);
}

/* Gmail -------------------------------------------------------------------- */

static JsonObject *
reply_object (Reply *reply)
{
  g_assert_nonnull (reply->json);
  return json_node_get_object (reply->json);
}

static GPtrArray *
list_all (Fixture    *fixture,
          const char *query)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *token = NULL;
  g_auto(Reply) reply = { 0 };

  do
    {
      g_autofree char *path = g_strdup_printf ("/gmail/v1/users/me/messages?maxResults=7%s%s%s",
                                               query, token ? "&pageToken=" : "", token ? token : "");
      JsonArray *messages;

      api (fixture, "GET", path, NULL, &reply);
      g_assert_cmpuint (reply.status, ==, 200);
      /* Gmail leaves "messages" out when there are none. */
      if (!json_object_has_member (reply_object (&reply), "messages"))
        {
          g_assert_null (json_string (&reply, "nextPageToken"));
          break;
        }
      messages = json_object_get_array_member (reply_object (&reply), "messages");
      g_assert_cmpuint (json_array_get_length (messages), <=, 7);
      for (guint i = 0; i < json_array_get_length (messages); i++)
        g_ptr_array_add (ids, g_strdup (json_object_get_string_member (json_array_get_object_element (messages, i), "id")));
      g_free (token);
      token = g_strdup (json_string (&reply, "nextPageToken"));
      if (token != NULL)
        g_assert_cmpuint (json_array_get_length (messages), ==, 7);
      else
        g_assert_cmpuint (json_object_get_int_member (reply_object (&reply), "resultSizeEstimate"), ==, ids->len);
    }
  while (token != NULL);

  return ids;
}

static char *
decode_base64url (const char *text)
{
  g_autofree char *copy = g_strdup (text);
  gsize len = strlen (copy);
  g_autoptr(GString) padded = NULL;
  gsize out_len;
  guchar *data;

  g_strdelimit (copy, "-", '+');
  g_strdelimit (copy, "_", '/');
  padded = g_string_new (copy);
  while (len++ % 4 != 0)
    g_string_append_c (padded, '=');
  data = g_base64_decode (padded->str, &out_len);
  data = g_realloc (data, out_len + 1);
  data[out_len] = '\0';
  return (char *) data;
}

static void
test_gmail_seed (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(FakeGoogle) other = fake_google_new (0, NULL);
  g_autoptr(GPtrArray) inbox = NULL;
  g_autoptr(GPtrArray) everything = NULL;
  g_auto(Reply) reply = { 0 };
  g_autofree char *first_full = NULL;
  g_autofree char *history_id = NULL;
  g_autofree char *path = NULL;
  gboolean saw_reply = FALSE, saw_attachment = FALSE;

  g_assert_cmpuint (fake_google_count_messages (fixture->fake), ==, 0);
  api (fixture, "GET", "/gmail/v1/users/me/messages", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_false (json_object_has_member (reply_object (&reply), "messages"));
  g_assert_cmpint (json_object_get_int_member (reply_object (&reply), "resultSizeEstimate"), ==, 0);

  fake_google_seed_messages (fixture->fake, 60);
  fake_google_seed_messages (other, 60);
  g_assert_cmpuint (fake_google_count_messages (fixture->fake), ==, 60);

  everything = list_all (fixture, "&includeSpamTrash=true");
  g_assert_cmpuint (everything->len, ==, 60);
  inbox = list_all (fixture, "&labelIds=INBOX");
  g_assert_cmpuint (inbox->len, >, 20);
  g_assert_cmpuint (inbox->len, <, 60);

  /* Same seed, same mail: the other fake serves the same message. */
  path = g_strdup_printf ("/gmail/v1/users/me/messages/%s?format=full", (char *) everything->pdata[5]);
  api (fixture, "GET", path, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  first_full = g_bytes_get_size (reply.body) ? g_strndup (g_bytes_get_data (reply.body, NULL), g_bytes_get_size (reply.body)) : NULL;
  {
    FakeGoogle *mine = fixture->fake;

    fake_google_set_client (other, CLIENT_ID, CLIENT_SECRET);
    fixture->fake = other;
    sign_in (fixture);
    api (fixture, "GET", path, NULL, &reply);
    g_assert_cmpuint (reply.status, ==, 200);
    g_assert_cmpmem (first_full, strlen (first_full),
                     g_bytes_get_data (reply.body, NULL), g_bytes_get_size (reply.body));
    fake_google_assert_no_violations (other);
    fixture->fake = mine;
    sign_in (fixture);
  }

  /* Every message in every format follows the schema (checked by the fake). */
  for (guint i = 0; i < everything->len; i++)
    {
      const char *formats[] = { "minimal", "metadata", "full", "raw" };

      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autofree char *one = g_strdup_printf ("/gmail/v1/users/me/messages/%s?format=%s",
                                                  (char *) everything->pdata[i], formats[f]);
          JsonObject *message;

          api (fixture, "GET", one, NULL, &reply);
          g_assert_cmpuint (reply.status, ==, 200);
          message = reply_object (&reply);
          g_assert_cmpstr (json_object_get_string_member (message, "id"), ==, everything->pdata[i]);
          g_assert_true (json_object_has_member (message, "labelIds"));
          g_assert_true (json_object_has_member (message, "historyId"));
          g_assert_cmpint (json_object_has_member (message, "payload"), ==,
                           g_str_equal (formats[f], "metadata") || g_str_equal (formats[f], "full"));
          g_assert_cmpint (json_object_has_member (message, "raw"), ==, g_str_equal (formats[f], "raw"));
          if (g_str_equal (formats[f], "raw"))
            {
              g_autofree char *raw = decode_base64url (json_object_get_string_member (message, "raw"));

              g_assert_true (g_str_has_prefix (raw, "From: "));
              g_assert_nonnull (strstr (raw, "\r\nMessage-ID: <"));
              saw_reply |= strstr (raw, "\r\nIn-Reply-To: <") != NULL;
              saw_attachment |= strstr (raw, "Content-Disposition: attachment") != NULL;
            }
          if (g_str_equal (formats[f], "full"))
            {
              JsonObject *payload = json_object_get_object_member (message, "payload");
              JsonArray *parts = json_object_get_array_member (payload, "parts");
              JsonObject *first = json_array_get_object_element (parts, 0);

              if (json_object_has_member (first, "parts"))
                first = json_array_get_object_element (json_object_get_array_member (first, "parts"), 0);
              g_assert_cmpstr (json_object_get_string_member (first, "mimeType"), ==, "text/plain");
              {
                g_autofree char *text = decode_base64url (json_object_get_string_member (
                  json_object_get_object_member (first, "body"), "data"));

                g_assert_cmpuint (strlen (text), >, 20);
              }
            }
        }
    }
  g_assert_true (saw_reply);
  g_assert_true (saw_attachment);

  /* metadataHeaders picks headers. */
  g_free (path);
  path = g_strdup_printf ("/gmail/v1/users/me/messages/%s?format=metadata"
                          "&metadataHeaders=Subject&metadataHeaders=from",
                          (char *) inbox->pdata[0]);
  api (fixture, "GET", path, NULL, &reply);
  {
    JsonArray *headers = json_object_get_array_member (json_object_get_object_member (reply_object (&reply), "payload"), "headers");

    g_assert_cmpuint (json_array_get_length (headers), ==, 2);
  }

  api (fixture, "GET", "/gmail/v1/users/me/messages/ffff0000", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 404);

  /* Threads: each once, their messages oldest first. */
  {
    g_autoptr(GPtrArray) threads = g_ptr_array_new_with_free_func (g_free);
    JsonArray *list;
    guint in_threads = 0;

    api (fixture, "GET", "/gmail/v1/users/me/threads?maxResults=500&includeSpamTrash=true", NULL, &reply);
    g_assert_cmpuint (reply.status, ==, 200);
    list = json_object_get_array_member (reply_object (&reply), "threads");
    for (guint i = 0; i < json_array_get_length (list); i++)
      {
        const char *id = json_object_get_string_member (json_array_get_object_element (list, i), "id");

        g_assert_false (g_ptr_array_find_with_equal_func (threads, id, g_str_equal, NULL));
        g_ptr_array_add (threads, g_strdup (id));
      }
    g_assert_cmpuint (threads->len, <, 60);

    for (guint i = 0; i < threads->len; i++)
      {
        g_autofree char *one = g_strdup_printf ("/gmail/v1/users/me/threads/%s?format=minimal",
                                                (char *) threads->pdata[i]);
        JsonArray *messages;
        gint64 previous = 0;

        api (fixture, "GET", one, NULL, &reply);
        g_assert_cmpuint (reply.status, ==, 200);
        messages = json_object_get_array_member (reply_object (&reply), "messages");
        in_threads += json_array_get_length (messages);
        for (guint m = 0; m < json_array_get_length (messages); m++)
          {
            JsonObject *message = json_array_get_object_element (messages, m);
            gint64 date = g_ascii_strtoll (json_object_get_string_member (message, "internalDate"), NULL, 10);

            g_assert_cmpstr (json_object_get_string_member (message, "threadId"), ==, threads->pdata[i]);
            g_assert_cmpint (date, >, previous);
            previous = date;
          }
      }
    g_assert_cmpuint (in_threads, ==, 60);
    api (fixture, "GET", "/gmail/v1/users/me/threads/0000", NULL, &reply);
    g_assert_cmpuint (reply.status, ==, 404);
  }

  /* Labels and the profile. */
  api (fixture, "GET", "/gmail/v1/users/me/labels", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (&reply), "labels")), >=, 14);

  api (fixture, "GET", "/gmail/v1/users/me/profile", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpstr (json_string (&reply, "emailAddress"), ==, "ann.example@gmail.com");
  g_assert_cmpint (json_object_get_int_member (reply_object (&reply), "messagesTotal"), ==, 60);
  history_id = g_strdup (json_string (&reply, "historyId"));

  /* Nothing new since the profile. */
  g_free (path);
  path = g_strdup_printf ("/gmail/v1/users/me/history?startHistoryId=%s", history_id);
  api (fixture, "GET", path, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_false (json_object_has_member (reply_object (&reply), "history"));
  g_assert_cmpstr (json_string (&reply, "historyId"), ==, history_id);

  /* A label change shows up in the history. */
  g_free (path);
  path = g_strdup_printf ("/gmail/v1/users/me/messages/%s/modify", (char *) inbox->pdata[0]);
  api (fixture, "POST", path, "{\"addLabelIds\":[\"STARRED\"],\"removeLabelIds\":[\"INBOX\"]}", &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_free (path);
  path = g_strdup_printf ("/gmail/v1/users/me/history?startHistoryId=%s&historyTypes=labelRemoved", history_id);
  api (fixture, "GET", path, NULL, &reply);
  {
    JsonArray *history = json_object_get_array_member (reply_object (&reply), "history");
    JsonObject *record = json_array_get_object_element (history, 0);
    JsonObject *removed = json_array_get_object_element (json_object_get_array_member (record, "labelsRemoved"), 0);

    g_assert_cmpuint (json_array_get_length (history), ==, 1);
    g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (removed, "labelIds"), 0), ==, "INBOX");
  }

  /* All of it from the start, in pages. */
  api (fixture, "GET", "/gmail/v1/users/me/history?startHistoryId=418000&maxResults=500", NULL, &reply);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (&reply), "history")), ==, 62);

  /* Older than the mailbox: 404, the client must sync in full. */
  api (fixture, "GET", "/gmail/v1/users/me/history?startHistoryId=17", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 404);
  g_assert_cmpstr (error_reason (&reply), ==, "notFound");

  /* Someone else's mailbox. */
  api (fixture, "GET", "/gmail/v1/users/bob%40example.com/profile", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 403);
  assert_one_violation (fixture, "userId bob@example.com");

  fake_google_assert_no_violations (fixture->fake);
}

static void
test_gmail_batch (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *uri = g_strconcat (fake_google_get_url (fixture->fake), "/batch/gmail/v1", NULL);
  g_autofree char *auth = g_strconcat ("Bearer ", fixture->access_token, NULL);
  g_autoptr(SoupMessage) message = soup_message_new ("POST", uri);
  g_autoptr(GBytes) request_body = NULL;
  g_autoptr(SoupMultipart) multipart = NULL;
  g_auto(Reply) reply = { 0 };
  Pending pending = { FALSE, message, &reply };
  const char *expected[] = { "HTTP/1.1 200 ", "HTTP/1.1 404 ", "HTTP/1.1 400 ", "HTTP/1.1 400 " };

  fake_google_seed_messages (fixture->fake, 5);
  ids = list_all (fixture, "");

  g_string_append_printf (body, "--batch_foobar\r\nContent-Type: application/http\r\nContent-ID: <item1>\r\n\r\n"
                          "GET /gmail/v1/users/me/messages/%s?format=metadata&metadataHeaders=Subject\r\n\r\n",
                          (char *) ids->pdata[0]);
  g_string_append (body, "--batch_foobar\r\nContent-Type: application/http\r\nContent-ID: <item2>\r\n\r\n"
                   "GET /gmail/v1/users/me/messages/0000\r\n\r\n");
  g_string_append (body, "--batch_foobar\r\nContent-Type: application/http\r\nContent-ID: <item3>\r\n\r\n"
                   "GET /gmail/v1/users/me/messages?maxResults=many\r\n\r\n");
  g_string_append (body, "--batch_foobar\r\nContent-Type: application/http\r\nContent-ID: <item4>\r\n\r\n"
                   "GET /calendar/v3/colors\r\n\r\n");
  g_string_append (body, "--batch_foobar--\r\n");
  request_body = g_bytes_new (body->str, body->len);
  soup_message_set_request_body_from_bytes (message, "multipart/mixed; boundary=batch_foobar", request_body);
  soup_message_headers_replace (soup_message_get_request_headers (message), "Authorization", auth);
  soup_session_send_and_read_async (fixture->session, message, G_PRIORITY_DEFAULT, NULL, send_cb, &pending);
  while (!pending.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_no_error (reply.error);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_null (strstr (soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                       "Content-Type"), "foobar"));
  multipart = soup_multipart_new_from_message (soup_message_get_response_headers (message), reply.body);
  g_assert_nonnull (multipart);
  g_assert_cmpint (soup_multipart_get_length (multipart), ==, 4);
  for (int i = 0; i < 4; i++)
    {
      SoupMessageHeaders *headers;
      GBytes *part;
      g_autofree char *content_id = g_strdup_printf ("<response-item%d>", i + 1);
      g_autofree char *text = NULL;

      g_assert_true (soup_multipart_get_part (multipart, i, &headers, &part));
      g_assert_cmpstr (soup_message_headers_get_one (headers, "Content-ID"), ==, content_id);
      g_assert_cmpstr (soup_message_headers_get_content_type (headers, NULL), ==, "application/http");
      text = g_strndup (g_bytes_get_data (part, NULL), g_bytes_get_size (part));
      g_assert_true (g_str_has_prefix (text, expected[i]));
      if (i == 0)
        g_assert_nonnull (strstr (text, "\"name\":\"Subject\""));
    }

  /* Each part counted as itself, and the batch once. */
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.batch"), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.get"), ==, 2);
  g_assert_cmpuint (fake_google_get_n_violations (fixture->fake), ==, 2);
  g_assert_cmpstr (g_ptr_array_index (fake_google_get_violations (fixture->fake), 0), ==,
                   "gmail.batch: a part is not a request to /gmail/v1/");
  assert_one_violation (fixture, "gmail.users.messages.list: parameter maxResults is not an integer");
}

static char *
encode_raw (const char *mail)
{
  char *raw = g_base64_encode ((const guchar *) mail, strlen (mail));

  g_strdelimit (raw, "+", '-');
  g_strdelimit (raw, "/", '_');
  return raw;
}

static char *
header_of (JsonObject *message,
           const char *name)
{
  JsonArray *headers = json_object_get_array_member (json_object_get_object_member (message, "payload"), "headers");

  for (guint i = 0; i < json_array_get_length (headers); i++)
    {
      JsonObject *header = json_array_get_object_element (headers, i);

      if (g_ascii_strcasecmp (json_object_get_string_member (header, "name"), name) == 0)
        return g_strdup (json_object_get_string_member (header, "value"));
    }
  return NULL;
}

static void
test_gmail_send (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_auto(Reply) reply = { 0 };
  g_autofree char *thread_id = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *mail = NULL;
  g_autofree char *json = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *path = NULL;
  g_autofree char *stray = NULL;
  g_autoptr(GPtrArray) sent_before = NULL;

  fake_google_seed_messages (fixture->fake, 3);
  sent_before = fake_google_list_sent_ids (fixture->fake);
  ids = list_all (fixture, "");
  path = g_strdup_printf ("/gmail/v1/users/me/messages/%s?format=metadata"
                          "&metadataHeaders=Message-ID&metadataHeaders=Subject", (char *) ids->pdata[0]);
  api (fixture, "GET", path, NULL, &reply);
  thread_id = g_strdup (json_string (&reply, "threadId"));
  message_id = header_of (reply_object (&reply), "Message-ID");
  subject = header_of (reply_object (&reply), "Subject");
  g_assert_nonnull (message_id);

  /* A proper reply stays in the thread. */
  mail = g_strdup_printf ("From: ann.example@gmail.com\r\nTo: Maya <maya@acme.example>\r\n"
                          "Subject: Re: %s\r\nIn-Reply-To: %s\r\nReferences: %s\r\n"
                          "Content-Type: text/plain; charset=UTF-8\r\n\r\nThank you!\r\n",
                          subject, message_id, message_id);
  raw = encode_raw (mail);
  json = g_strdup_printf ("{\"raw\":\"%s\",\"threadId\":\"%s\"}", raw, thread_id);
  api (fixture, "POST", "/gmail/v1/users/me/messages/send", json, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpstr (json_string (&reply, "threadId"), ==, thread_id);
  g_assert_cmpuint (fake_google_count_messages (fixture->fake), ==, 4);

  /* Gmail's rule: without the reply headers (or with another subject) the
   * threadId is not enough, the message starts a thread of its own. */
  stray = encode_raw ("From: ann.example@gmail.com\r\nTo: maya@acme.example\r\nSubject: Something else\r\n\r\nHi\r\n");
  g_free (json);
  json = g_strdup_printf ("{\"raw\":\"%s\",\"threadId\":\"%s\"}", stray, thread_id);
  api (fixture, "POST", "/gmail/v1/users/me/messages/send", json, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpstr (json_string (&reply, "threadId"), !=, thread_id);
  g_assert_cmpstr (json_string (&reply, "threadId"), ==, json_string (&reply, "id"));

  /* The media upload takes the bytes as they are. */
  request (fixture, "POST", "/upload/gmail/v1/users/me/messages/send?uploadType=media",
           "message/rfc822", mail, fixture->access_token, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (reply_object (&reply), "labelIds"), 0), ==, "SENT");
  g_assert_cmpuint (fake_google_count_messages (fixture->fake), ==, 6);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "gmail.users.messages.send"), ==, 3);

  api (fixture, "POST", "/gmail/v1/users/me/messages/send", "{\"raw\":\"%%%\"}", &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_ptr_array_set_size (fake_google_get_violations (fixture->fake), 0);

  /* No recipient; a thread that is not there. */
  api (fixture, "POST", "/gmail/v1/users/me/messages/send", "{\"raw\":\"SGk\"}", &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_free (json);
  json = g_strdup_printf ("{\"raw\":\"%s\",\"threadId\":\"nope\"}", raw);
  api (fixture, "POST", "/gmail/v1/users/me/messages/send", json, &reply);
  g_assert_cmpuint (reply.status, ==, 404);
  g_assert_cmpuint (fake_google_count_messages (fixture->fake), ==, 6);

  g_ptr_array_unref (ids);
  ids = fake_google_list_sent_ids (fixture->fake);
  g_assert_cmpuint (ids->len, ==, sent_before->len + 3);
  fake_google_assert_no_violations (fixture->fake);
}

#define INVITATION \
  "From: =?UTF-8?Q?Ren=C3=A9e_at_Acme?= <renee@acme.example>\r\n" \
  "To: ann.example@gmail.com\r\n" \
  "Subject: =?UTF-8?B?SW50ZXJ2aWV3IGludml0YXRpb24g4oCUIEFjbWU=?=\r\n" \
  "Message-ID: <invite-1@acme.example>\r\n" \
  "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n" \
  "MIME-Version: 1.0\r\n" \
  "Content-Type: multipart/mixed; boundary=\"outer\"\r\n" \
  "\r\n" \
  "--outer\r\n" \
  "Content-Type: multipart/alternative; boundary=\"inner\"\r\n" \
  "\r\n" \
  "--inner\r\n" \
  "Content-Type: text/plain; charset=ISO-8859-1\r\n" \
  "Content-Transfer-Encoding: quoted-printable\r\n" \
  "\r\n" \
  "Gr=FC=DFe, we would like to invite you.\r\n" \
  "--inner\r\n" \
  "Content-Type: text/html; charset=UTF-8\r\n" \
  "\r\n" \
  "<p>We would like to invite you.</p>\r\n" \
  "--inner--\r\n" \
  "--outer\r\n" \
  "Content-Type: text/calendar; method=REQUEST; charset=UTF-8\r\n" \
  "Content-Disposition: attachment; filename=\"invite.ics\"\r\n" \
  "Content-Transfer-Encoding: base64\r\n" \
  "\r\n" \
  "QkVHSU46VkNBTEVOREFSDQpFTkQ6VkNBTEVOREFSDQo=\r\n" \
  "--outer--\r\n"

static JsonObject *
part_at (JsonObject *part,
         guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (part, "parts"), index);
}

static void
test_gmail_raw_messages (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GBytes) invitation = g_bytes_new_static (INVITATION, strlen (INVITATION));
  g_auto(Reply) reply = { 0 };
  g_autofree char *id = NULL;
  g_autofree char *reply_id = NULL;
  g_autofree char *path = NULL;
  g_autofree char *history = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *text = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *thread = NULL;
  g_autofree char *reply_thread = NULL;
  g_autoptr(GBytes) stored = NULL;
  JsonObject *payload;
  JsonObject *attachment;
  const char *answer = "From: renee@acme.example\r\nTo: ann.example@gmail.com\r\n"
                       "Subject: RE: Interview invitation \xe2\x80\x94 Acme\r\n"
                       "In-Reply-To: <invite-1@acme.example>\r\n\r\nSee you!\r\n";
  g_autoptr(GBytes) answer_bytes = g_bytes_new_static (answer, strlen (answer));

  api (fixture, "GET", "/gmail/v1/users/me/profile", NULL, &reply);
  history = g_strdup (json_string (&reply, "historyId"));

  id = fake_google_add_raw_message (fixture->fake, invitation, NULL, 0);
  g_assert_nonnull (id);
  stored = fake_google_get_raw_message (fixture->fake, id);
  g_assert_cmpmem (g_bytes_get_data (stored, NULL), g_bytes_get_size (stored), INVITATION, strlen (INVITATION));

  /* It arrived: history says so. */
  g_free (path);
  path = g_strdup_printf ("/gmail/v1/users/me/history?startHistoryId=%s&historyTypes=messageAdded&labelId=INBOX", history);
  api (fixture, "GET", path, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (&reply), "history")), ==, 1);

  /* Its own MIME tree, header values as written, bodies decoded. */
  g_free (path);
  path = g_strdup_printf ("/gmail/v1/users/me/messages/%s?format=full", id);
  api (fixture, "GET", path, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  subject = header_of (reply_object (&reply), "Subject");
  g_assert_cmpstr (subject, ==, "=?UTF-8?B?SW50ZXJ2aWV3IGludml0YXRpb24g4oCUIEFjbWU=?=");
  payload = json_object_get_object_member (reply_object (&reply), "payload");
  g_assert_cmpstr (json_object_get_string_member (payload, "mimeType"), ==, "multipart/mixed");
  g_assert_cmpstr (json_object_get_string_member (part_at (part_at (payload, 0), 0), "partId"), ==, "0.0");
  text = decode_base64url (json_object_get_string_member (json_object_get_object_member (part_at (part_at (payload, 0), 0), "body"), "data"));
  /* The CRLF before a boundary belongs to the boundary (RFC 2046). */
  g_assert_cmpstr (text, ==, "Gr\xfc\xdf" "e, we would like to invite you.");
  attachment = part_at (payload, 1);
  g_assert_cmpstr (json_object_get_string_member (attachment, "filename"), ==, "invite.ics");
  g_assert_false (json_object_has_member (json_object_get_object_member (attachment, "body"), "data"));

  g_free (path);
  path = g_strdup_printf ("/gmail/v1/users/me/messages/%s/attachments/%s", id,
                          json_object_get_string_member (json_object_get_object_member (attachment, "body"), "attachmentId"));
  api (fixture, "GET", path, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  ics = decode_base64url (json_string (&reply, "data"));
  g_assert_cmpstr (ics, ==, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

  /* An answer joins the thread; a search by Message-ID finds the first. */
  reply_id = fake_google_add_raw_message (fixture->fake, answer_bytes, "INBOX", 0);
  thread = fake_google_get_message_thread_id (fixture->fake, id);
  reply_thread = fake_google_get_message_thread_id (fixture->fake, reply_id);
  g_assert_cmpstr (thread, ==, reply_thread);

  api (fixture, "GET", "/gmail/v1/users/me/messages?q=rfc822msgid%3A%3Cinvite-1%40acme.example%3E", NULL, &reply);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (&reply), "messages")), ==, 1);
  api (fixture, "GET", "/gmail/v1/users/me/messages?q=rfc822msgid%3Anobody%40nowhere", NULL, &reply);
  g_assert_false (json_object_has_member (reply_object (&reply), "messages"));

  fake_google_assert_no_violations (fixture->fake);
}

static guint
count_listed (Fixture    *fixture,
              const char *query)
{
  g_autoptr(GPtrArray) ids = list_all (fixture, query);

  return ids->len;
}

static void
test_gmail_search (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 now_ms = g_get_real_time () / 1000;
  const char *old = "From: old@acme.example\r\nTo: ann.example@gmail.com\r\nSubject: Old\r\n\r\nOld\r\n";
  const char *recent = "From: Jobs <jobs@lever.example>\r\nTo: ann.example@gmail.com\r\nSubject: Recent\r\n\r\nNew\r\n";
  g_autoptr(GBytes) old_bytes = g_bytes_new_static (old, strlen (old));
  g_autoptr(GBytes) recent_bytes = g_bytes_new_static (recent, strlen (recent));
  g_autofree char *old_id = fake_google_add_raw_message (fixture->fake, old_bytes, NULL, now_ms - 40 * 86400000ll);
  g_autofree char *recent_id = fake_google_add_raw_message (fixture->fake, recent_bytes, NULL, now_ms - 3600000);
  g_autofree char *after = NULL;

  g_assert_nonnull (old_id);
  g_assert_nonnull (recent_id);
  g_assert_cmpuint (count_listed (fixture, "&q=in%3Ainbox"), ==, 2);
  g_assert_cmpuint (count_listed (fixture, "&q=in%3Ainbox+newer_than%3A30d"), ==, 1);
  g_assert_cmpuint (count_listed (fixture, "&q=older_than%3A1m"), ==, 1);
  g_assert_cmpuint (count_listed (fixture, "&q=from%3Alever.example"), ==, 1);
  after = g_strdup_printf ("&q=after%%3A%" G_GINT64_FORMAT, now_ms / 1000 - 86400);
  g_assert_cmpuint (count_listed (fixture, after), ==, 1);
  g_assert_cmpuint (count_listed (fixture, "&q=before%3A2000%2F01%2F01"), ==, 0);
  fake_google_assert_no_violations (fixture->fake);
}

static void
test_gmail_drafts (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *raw = encode_raw ("From: ann.example@gmail.com\r\nTo: maya@acme.example\r\n"
                                     "Subject: Following up\r\nMessage-ID: <draft-1@gmail.example>\r\n\r\nHello\r\n");
  g_autofree char *json = g_strdup_printf ("{\"message\":{\"raw\":\"%s\"}}", raw);
  g_autofree char *draft_id = NULL;
  g_autofree char *path = NULL;
  g_autofree char *send = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  g_auto(Reply) reply = { 0 };
  JsonObject *message;

  api (fixture, "POST", "/gmail/v1/users/me/drafts", json, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  draft_id = g_strdup (json_string (&reply, "id"));
  g_assert_true (g_str_has_prefix (draft_id, "r"));
  message = json_object_get_object_member (reply_object (&reply), "message");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (message, "labelIds"), 0), ==, "DRAFT");
  g_assert_cmpuint (fake_google_count_drafts (fixture->fake), ==, 1);

  api (fixture, "GET", "/gmail/v1/users/me/drafts", NULL, &reply);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (&reply), "drafts")), ==, 1);
  path = g_strdup_printf ("/gmail/v1/users/me/drafts/%s", draft_id);
  api (fixture, "GET", path, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  /* A draft is found by its Message-ID too. */
  api (fixture, "GET", "/gmail/v1/users/me/messages?q=rfc822msgid%3Adraft-1%40gmail.example", NULL, &reply);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (reply_object (&reply), "messages")), ==, 1);

  send = g_strdup_printf ("{\"id\":\"%s\"}", draft_id);
  api (fixture, "POST", "/gmail/v1/users/me/drafts/send", send, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpuint (fake_google_count_drafts (fixture->fake), ==, 0);
  sent = fake_google_list_sent_ids (fixture->fake);
  g_assert_cmpuint (sent->len, ==, 1);

  api (fixture, "DELETE", path, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 404);
  api (fixture, "POST", "/gmail/v1/users/me/drafts", "{\"message\":{\"raw\":\"!!\"}}", &reply);
  g_assert_cmpuint (reply.status, ==, 400);
  g_ptr_array_set_size (fake_google_get_violations (fixture->fake), 0);
  fake_google_assert_no_violations (fixture->fake);
}

static void
test_gmail_history_expiry (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(Reply) reply = { 0 };
  g_autofree char *old = NULL;
  g_autofree char *current = NULL;
  g_autofree char *path = NULL;

  fake_google_seed_messages (fixture->fake, 5);
  api (fixture, "GET", "/gmail/v1/users/me/profile", NULL, &reply);
  old = g_strdup (json_string (&reply, "historyId"));
  fake_google_seed_messages (fixture->fake, 6);
  fake_google_expire_history (fixture->fake);
  api (fixture, "GET", "/gmail/v1/users/me/profile", NULL, &reply);
  current = g_strdup (json_string (&reply, "historyId"));

  g_assert_cmpuint (g_ascii_strtoull (old, NULL, 10), <, g_ascii_strtoull (current, NULL, 10));
  path = g_strdup_printf ("/gmail/v1/users/me/history?startHistoryId=%s", old);
  api (fixture, "GET", path, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 404);
  g_free (path);
  path = g_strdup_printf ("/gmail/v1/users/me/history?startHistoryId=%s", current);
  api (fixture, "GET", path, NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_false (json_object_has_member (reply_object (&reply), "history"));
  fake_google_assert_no_violations (fixture->fake);
}

/* The standalone program ---------------------------------------------------- */

static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

static void
read_line_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **line = user_data;
  g_autoptr(GError) error = NULL;

  *line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (source), result, NULL, &error);
  if (*line == NULL)
    *line = g_strdup ("");
}

static void
wait_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  gboolean *done = user_data;

  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *done = TRUE;
}

static void
test_program (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "fake-google", "fake-google", NULL);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Reply) reply = { 0 };
  g_autofree char *line = NULL;
  Fixture fixture = { 0 };
  gboolean done = FALSE;

  if (!g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("the fake-google program is not built");
      return;
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  process = g_subprocess_launcher_spawn (launcher, &error, path, "--port", "0",
                                         "--messages", "25", "--latency-ms", "1", NULL);
  g_assert_no_error (error);

  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (process));
  g_data_input_stream_read_line_async (out, G_PRIORITY_DEFAULT, NULL, read_line_cb, &line);
  while (line == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_prefix (line, "fake-google listening on http://127.0.0.1:"));

  /* Play the browser and the app against it, as a script would; the
   * program takes any client. */
  fixture.url = line + strlen ("fake-google listening on ");
  fixture.session = soup_session_new ();
  sign_in (&fixture);
  api (&fixture, "GET", "/gmail/v1/users/me/profile", NULL, &reply);
  g_assert_cmpuint (reply.status, ==, 200);
  g_assert_cmpint (json_object_get_int_member (reply_object (&reply), "messagesTotal"), ==, 25);

  g_subprocess_send_signal (process, SIGTERM);
  g_subprocess_wait_async (process, NULL, wait_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  g_clear_object (&fixture.session);
  g_free (fixture.access_token);
  g_free (fixture.refresh_token);
}

/* A fake freed with a request waiting out its latency frees that too. */
static void
test_dispose_while_delayed (void)
{
  g_autoptr(GError) error = NULL;
  FakeGoogle *fake = fake_google_new (0, &error);
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *uri = NULL;
  g_autoptr(SoupMessage) message = NULL;

  g_assert_no_error (error);
  fake_google_set_latency (fake, 60000);
  uri = g_strconcat (fake_google_get_url (fake), "/calendar/v3/colors", NULL);
  message = soup_message_new ("GET", uri);
  soup_session_send_async (session, message, G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  while (fake_google_count_requests (fake, NULL) == 0)
    g_main_context_iteration (NULL, TRUE);

  g_object_add_weak_pointer (G_OBJECT (fake), (gpointer *) &fake);
  g_object_unref (fake);
  g_assert_null (fake);
  soup_session_abort (session);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  /* The loopback server must be reached directly; the GNOME proxy
   * resolver would also need installed schemas. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/fake-google/oauth/sign-in", test_oauth_sign_in);
  ADD ("/fake-google/oauth/pkce", test_oauth_pkce);
  ADD ("/fake-google/oauth/client", test_oauth_client);
  ADD ("/fake-google/oauth/authorize-checks", test_oauth_authorize_checks);
  ADD ("/fake-google/oauth/granted-scopes", test_oauth_granted_scopes);
  ADD ("/fake-google/oauth/revoke", test_oauth_revoke);
  ADD ("/fake-google/oauth/expiry", test_oauth_expiry);
  ADD ("/fake-google/validation/params", test_validation_params);
  ADD ("/fake-google/validation/body", test_validation_body);
  ADD ("/fake-google/validation/bearer", test_validation_bearer);
  ADD ("/fake-google/validation/response", test_validation_response);
  ADD ("/fake-google/gmail/seed", test_gmail_seed);
  ADD ("/fake-google/gmail/batch", test_gmail_batch);
  ADD ("/fake-google/gmail/send", test_gmail_send);
  ADD ("/fake-google/gmail/raw-messages", test_gmail_raw_messages);
  ADD ("/fake-google/gmail/search", test_gmail_search);
  ADD ("/fake-google/gmail/drafts", test_gmail_drafts);
  ADD ("/fake-google/gmail/history-expiry", test_gmail_history_expiry);
  ADD ("/fake-google/faults", test_faults);
  ADD ("/fake-google/fail-rate-and-latency", test_fail_rate_and_latency);
#undef ADD
  g_test_add_func ("/fake-google/dispose-while-delayed", test_dispose_while_delayed);
  g_test_add_func ("/fake-google/program", test_program);

  return g_test_run ();
}
