/* pursuit-test-google.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "pursuit-google-endpoints.h"
#include "pursuit-test-async.h"
#include "pursuit-test-google.h"

FakeGoogle *
pursuit_test_google_start (const char *client_id,
                           const char *client_secret)
{
  g_autoptr(GError) error = NULL;
  FakeGoogle *fake = fake_google_new (0, &error);

  g_assert_no_error (error);
  fake_google_export_environment (fake);
  fake_google_set_client (fake, client_id, client_secret);
  return fake;
}

void
pursuit_test_google_stop (FakeGoogle **fake)
{
  fake_google_assert_no_violations (*fake);
  g_clear_object (fake);
  g_unsetenv ("PURSUIT_GOOGLE_OAUTH_URL");
  g_unsetenv ("PURSUIT_GOOGLE_API_URL");
}

static void
browser_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GBytes) body = soup_session_send_and_read_finish (SOUP_SESSION (source), result, NULL);
}

void
pursuit_test_google_open_in_browser (const char *uri,
                                     gpointer    session)
{
  g_autoptr(SoupMessage) message = soup_message_new ("GET", uri);

  g_assert_nonnull (message);
  soup_session_send_and_read_async (SOUP_SESSION (session), message, G_PRIORITY_DEFAULT, NULL,
                                    browser_done_cb, NULL);
}

static GBytes *
send_and_read (SoupSession *session,
               SoupMessage *message)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *body;

  soup_session_send_and_read_async (session, message, G_PRIORITY_DEFAULT, NULL, pursuit_test_store_result, &result);
  body = soup_session_send_and_read_finish (session, pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  return body;
}

static char *
pkce_challenge (const char *verifier)
{
  guint8 digest[32];
  gsize length = sizeof digest;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *base64 = NULL;
  GString *challenge;

  g_checksum_update (checksum, (const guchar *) verifier, -1);
  g_checksum_get_digest (checksum, digest, &length);
  base64 = g_base64_encode (digest, length);
  challenge = g_string_new (base64);
  g_string_replace (challenge, "+", "-", 0);
  g_string_replace (challenge, "/", "_", 0);
  g_string_replace (challenge, "=", "", 0);
  return g_string_free (challenge, FALSE);
}

char *
pursuit_test_google_refresh_token (FakeGoogle *fake,
                                   const char *client_id,
                                   const char *client_secret)
{
  const char *verifier = "test-verifier-0123456789-0123456789-0123456789";
  const char *redirect_uri = "http://127.0.0.1:9/";
  g_autofree char *challenge = pkce_challenge (verifier);
  g_autofree char *scopes = g_strjoin (" ", PURSUIT_GOOGLE_SCOPE_EMAIL, PURSUIT_GOOGLE_SCOPE_CALENDAR_EVENTS,
                                       PURSUIT_GOOGLE_SCOPE_CALENDAR_LIST, PURSUIT_GOOGLE_SCOPE_GMAIL_SEND,
                                       PURSUIT_GOOGLE_SCOPE_GMAIL_COMPOSE, PURSUIT_GOOGLE_SCOPE_GMAIL_READONLY,
                                       NULL);
  g_autofree char *query = soup_form_encode ("client_id", client_id, "redirect_uri", redirect_uri,
                                             "response_type", "code", "scope", scopes,
                                             "code_challenge", challenge, "code_challenge_method", "S256",
                                             "state", "test-state", "access_type", "offline",
                                             "prompt", "consent", NULL);
  g_autofree char *authorize = g_strdup_printf ("%s/o/oauth2/v2/auth?%s", fake_google_get_url (fake), query);
  g_autofree char *token_url = g_strdup_printf ("%s/token", fake_google_get_url (fake));
  g_autoptr(SoupSession) browser = soup_session_new ();
  g_autoptr(SoupMessage) consent = soup_message_new ("GET", authorize);
  g_autoptr(SoupMessage) exchange = NULL;
  g_autoptr(GBytes) consent_body = NULL;
  g_autoptr(GBytes) tokens = NULL;
  g_autoptr(GUri) location = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *form = NULL;

  soup_message_add_flags (consent, SOUP_MESSAGE_NO_REDIRECT);
  consent_body = send_and_read (browser, consent);
  g_assert_cmpuint (soup_message_get_status (consent), ==, 302);
  location = g_uri_parse (soup_message_headers_get_one (soup_message_get_response_headers (consent), "Location"),
                          G_URI_FLAGS_NONE, &error);
  g_assert_no_error (error);
  params = g_uri_parse_params (g_uri_get_query (location), -1, "&", G_URI_PARAMS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (params, "state"), ==, "test-state");

  form = soup_form_encode ("grant_type", "authorization_code", "code", g_hash_table_lookup (params, "code"),
                           "client_id", client_id, "client_secret", client_secret,
                           "redirect_uri", redirect_uri, "code_verifier", verifier, NULL);
  exchange = soup_message_new_from_encoded_form ("POST", token_url, g_steal_pointer (&form));
  tokens = send_and_read (browser, exchange);
  g_assert_cmpuint (soup_message_get_status (exchange), ==, 200);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (tokens, NULL), g_bytes_get_size (tokens), &error));
  g_assert_no_error (error);

  return g_strdup (json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)),
                                                  "refresh_token"));
}

PursuitGoogleAuth *
pursuit_test_google_sign_in (FakeGoogle  *fake,
                             PursuitHttp *http,
                             const char  *client_id,
                             const char  *client_secret)
{
  g_autofree char *refresh_token = pursuit_test_google_refresh_token (fake, client_id, client_secret);
  PursuitGoogleAuth *auth;

  g_assert_nonnull (refresh_token);
  auth = pursuit_google_auth_new (http, client_id, client_secret);
  pursuit_google_auth_set_refresh_token (auth, refresh_token);
  return auth;
}

void
pursuit_test_google_connect (const char         *client_id,
                             const char         *client_secret,
                             FakeGoogle        **fake,
                             PursuitHttp       **http,
                             PursuitGoogleAuth **auth)
{
  *fake = pursuit_test_google_start (client_id, client_secret);
  *http = pursuit_http_new ();
  *auth = pursuit_test_google_sign_in (*fake, *http, client_id, client_secret);
}

void
pursuit_test_google_disconnect (FakeGoogle        **fake,
                                PursuitHttp       **http,
                                PursuitGoogleAuth **auth)
{
  g_clear_object (auth);
  g_clear_object (http);
  pursuit_test_google_stop (fake);
}
