/* fake-google-oauth.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-private.h"

#define OAUTH_KEY "fake-google-oauth"
#define DEFAULT_EMAIL "ann.example@gmail.com"
#define DEFAULT_LIFETIME 3600

typedef struct
{
  char     *client_id;
  char     *redirect_uri;
  char     *challenge;
  char     *scope;
  gboolean  used;
} Code;

typedef struct
{
  char     *client_id;
  char     *scope;
  gboolean  revoked;
} Grant;

typedef struct
{
  char     *scope;
  char     *refresh_token; /* NULL for none */
  gint64    expires_at;    /* monotonic µs */
  gboolean  revoked;
} Access;

typedef struct
{
  char       *client_id;      /* NULL: any */
  char       *client_secret;
  gboolean    deny;
  guint       lifetime;
  char       *granted_scopes; /* NULL: as asked */
  GHashTable *codes;          /* code -> Code */
  GHashTable *grants;         /* refresh token -> Grant */
  GHashTable *access;         /* access token -> Access */
} OAuth;

static void
code_free (Code *code)
{
  g_free (code->client_id);
  g_free (code->redirect_uri);
  g_free (code->challenge);
  g_free (code->scope);
  g_free (code);
}

static void
grant_free (Grant *grant)
{
  g_free (grant->client_id);
  g_free (grant->scope);
  g_free (grant);
}

static void
access_free (Access *access)
{
  g_free (access->scope);
  g_free (access->refresh_token);
  g_free (access);
}

static void
oauth_free (OAuth *oauth)
{
  g_free (oauth->client_id);
  g_free (oauth->client_secret);
  g_free (oauth->granted_scopes);
  g_hash_table_unref (oauth->codes);
  g_hash_table_unref (oauth->grants);
  g_hash_table_unref (oauth->access);
  g_free (oauth);
}

static OAuth *
get_oauth (FakeGoogle *self)
{
  return g_object_get_data (G_OBJECT (self), OAUTH_KEY);
}

static char *
new_token (FakeGoogle *self,
           const char *prefix)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT "-%s", prefix,
                          _fake_google_next_serial (self), uuid);
}

/* base64url(SHA-256(verifier)) with no padding, as RFC 7636 S256 wants. */
static char *
s256 (const char *verifier)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize len = sizeof digest;
  char *encoded;
  gsize n;

  g_checksum_update (checksum, (const guchar *) verifier, strlen (verifier));
  g_checksum_get_digest (checksum, digest, &len);
  encoded = g_base64_encode (digest, len);
  g_strdelimit (encoded, "+", '-');
  g_strdelimit (encoded, "/", '_');
  n = strlen (encoded);
  while (n > 0 && encoded[n - 1] == '=')
    encoded[--n] = '\0';
  return encoded;
}

static gboolean
is_pkce_text (const char *text)
{
  gsize len = text ? strlen (text) : 0;

  if (len < 43 || len > 128)
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && strchr ("-._~", *p) == NULL)
      return FALSE;
  return TRUE;
}

static gboolean
is_loopback_redirect (const char *redirect_uri)
{
  g_autoptr(GUri) uri = NULL;

  if (redirect_uri == NULL)
    return FALSE;
  uri = g_uri_parse (redirect_uri, G_URI_FLAGS_NONE, NULL);
  return uri != NULL &&
         g_strcmp0 (g_uri_get_scheme (uri), "http") == 0 &&
         g_strcmp0 (g_uri_get_host (uri), "127.0.0.1") == 0 &&
         g_uri_get_port (uri) > 0 &&
         g_uri_get_query (uri) == NULL &&
         g_uri_get_fragment (uri) == NULL &&
         g_uri_get_userinfo (uri) == NULL;
}

static gboolean
is_known_scope (const char *scope)
{
  return g_str_equal (scope, "openid") ||
         g_str_equal (scope, "email") ||
         g_str_equal (scope, "profile") ||
         g_str_equal (scope, "https://mail.google.com/") ||
         (g_str_has_prefix (scope, "https://www.googleapis.com/auth/") &&
          strlen (scope) > strlen ("https://www.googleapis.com/auth/"));
}

static const char *
check_scope (const char *scope)
{
  g_auto(GStrv) scopes = NULL;

  if (scope == NULL || *scope == '\0')
    return "scope is missing";
  scopes = g_strsplit (scope, " ", -1);
  for (guint i = 0; scopes[i] != NULL; i++)
    if (!is_known_scope (scopes[i]))
      return "scope holds an unknown scope (scopes are separated by spaces)";
  return NULL;
}

static void
reply_html (FakeGoogleCall *call,
            guint           status,
            const char     *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  char *page = g_strdup_printf ("<!DOCTYPE html><title>Error %u</title><p>%s</p>", status, escaped);

  soup_server_message_set_status (call->message, status, NULL);
  soup_server_message_set_response (call->message, "text/html; charset=UTF-8",
                                    SOUP_MEMORY_TAKE, page, strlen (page));
  call->replied = TRUE;
}

static void
reply_oauth_error (FakeGoogle     *self,
                   FakeGoogleCall *call,
                   guint           status,
                   const char     *error,
                   const char     *description)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_add_string_value (builder, error);
  json_builder_set_member_name (builder, "error_description");
  json_builder_add_string_value (builder, description);
  json_builder_end_object (builder);
  _fake_google_reply_json (self, call, status, json_builder_get_root (builder));
}

/* GET /o/oauth2/v2/auth ---------------------------------------------------- */

static void
append_param (GString    *location,
              const char *name,
              const char *value)
{
  g_string_append_c (location, strchr (location->str, '?') ? '&' : '?');
  g_string_append (location, name);
  g_string_append_c (location, '=');
  g_string_append_uri_escaped (location, value, NULL, FALSE);
}

static void
handle_authorize (FakeGoogle     *self,
                  FakeGoogleCall *call)
{
  OAuth *oauth = get_oauth (self);
  const char *client_id = g_hash_table_lookup (call->query, "client_id");
  const char *redirect_uri = g_hash_table_lookup (call->query, "redirect_uri");
  const char *response_type = g_hash_table_lookup (call->query, "response_type");
  const char *scope = g_hash_table_lookup (call->query, "scope");
  const char *challenge = g_hash_table_lookup (call->query, "code_challenge");
  const char *method = g_hash_table_lookup (call->query, "code_challenge_method");
  const char *state = g_hash_table_lookup (call->query, "state");
  const char *problem = NULL;
  g_autoptr(GString) location = NULL;

  if (!g_str_equal (call->http_method, "GET"))
    problem = "the authorization endpoint takes GET";
  else if (client_id == NULL || *client_id == '\0')
    problem = "client_id is missing";
  else if (oauth->client_id != NULL && !g_str_equal (client_id, oauth->client_id))
    problem = "client_id is not the client's";
  else if (!is_loopback_redirect (redirect_uri))
    problem = "redirect_uri is not http://127.0.0.1:<port>[/path]";
  else if (g_strcmp0 (response_type, "code") != 0)
    problem = "response_type is not code";
  else if ((problem = check_scope (scope)) != NULL)
    ;
  else if (g_strcmp0 (method, "S256") != 0)
    problem = "code_challenge_method is not S256";
  else if (challenge == NULL || strlen (challenge) != 43 || !is_pkce_text (challenge))
    problem = "code_challenge is not a base64url SHA-256";
  else if (state == NULL || *state == '\0')
    problem = "state is missing";

  if (problem != NULL)
    {
      /* Google shows the user an error page and never redirects. */
      _fake_google_record_violation (self, call->method_id, "%s", problem);
      reply_html (call, SOUP_STATUS_BAD_REQUEST, problem);
      return;
    }

  location = g_string_new (redirect_uri);
  if (oauth->deny)
    {
      append_param (location, "error", "access_denied");
      append_param (location, "state", state);
    }
  else
    {
      Code *code = g_new0 (Code, 1);
      char *value = new_token (self, "4/0fake-");

      code->client_id = g_strdup (client_id);
      code->redirect_uri = g_strdup (redirect_uri);
      code->challenge = g_strdup (challenge);
      code->scope = g_strdup (oauth->granted_scopes ? oauth->granted_scopes : scope);
      g_hash_table_insert (oauth->codes, value, code);

      append_param (location, "state", state);
      append_param (location, "code", value);
      append_param (location, "scope", code->scope);
    }

  soup_message_headers_replace (soup_server_message_get_response_headers (call->message),
                                "Location", location->str);
  soup_server_message_set_status (call->message, SOUP_STATUS_FOUND, NULL);
  soup_server_message_set_response (call->message, NULL, SOUP_MEMORY_STATIC, NULL, 0);
  call->replied = TRUE;
}

/* POST /token -------------------------------------------------------------- */

static GHashTable *
decode_form (FakeGoogleCall *call)
{
  SoupMessageBody *body = soup_server_message_get_request_body (call->message);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (body);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *content_type = _fake_google_call_get_header (call, "Content-Type");

  if (content_type == NULL ||
      !g_str_has_prefix (content_type, "application/x-www-form-urlencoded"))
    return NULL;

  return soup_form_decode (text);
}

static void
reply_tokens (FakeGoogle     *self,
              FakeGoogleCall *call,
              const char     *scope,
              const char     *refresh_token,
              gboolean        send_refresh_token)
{
  OAuth *oauth = get_oauth (self);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  Access *access = g_new0 (Access, 1);
  char *token = new_token (self, "ya29.fake-");

  access->scope = g_strdup (scope);
  access->refresh_token = g_strdup (refresh_token);
  access->expires_at = g_get_monotonic_time () + (gint64) oauth->lifetime * G_USEC_PER_SEC;
  g_hash_table_insert (oauth->access, token, access);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "access_token");
  json_builder_add_string_value (builder, token);
  json_builder_set_member_name (builder, "expires_in");
  json_builder_add_int_value (builder, oauth->lifetime);
  if (send_refresh_token)
    {
      json_builder_set_member_name (builder, "refresh_token");
      json_builder_add_string_value (builder, refresh_token);
    }
  json_builder_set_member_name (builder, "scope");
  json_builder_add_string_value (builder, scope);
  json_builder_set_member_name (builder, "token_type");
  json_builder_add_string_value (builder, "Bearer");
  json_builder_end_object (builder);

  soup_message_headers_replace (soup_server_message_get_response_headers (call->message),
                                "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
  _fake_google_reply_json (self, call, SOUP_STATUS_OK, json_builder_get_root (builder));
}

static gboolean
client_ok (OAuth      *oauth,
           GHashTable *form)
{
  const char *client_id = g_hash_table_lookup (form, "client_id");
  const char *client_secret = g_hash_table_lookup (form, "client_secret");

  if (client_id == NULL || *client_id == '\0')
    return FALSE;
  if (oauth->client_id == NULL)
    return TRUE;
  return g_str_equal (client_id, oauth->client_id) &&
         g_strcmp0 (client_secret, oauth->client_secret) == 0;
}

static void
exchange_code (FakeGoogle     *self,
               FakeGoogleCall *call,
               GHashTable     *form)
{
  OAuth *oauth = get_oauth (self);
  const char *value = g_hash_table_lookup (form, "code");
  const char *verifier = g_hash_table_lookup (form, "code_verifier");
  const char *redirect_uri = g_hash_table_lookup (form, "redirect_uri");
  Code *code = value ? g_hash_table_lookup (oauth->codes, value) : NULL;
  g_autofree char *challenge = NULL;
  Grant *grant;
  char *refresh_token;

  if (code == NULL || code->used)
    {
      reply_oauth_error (self, call, 400, "invalid_grant", code ? "Bad Request" : "Malformed auth code.");
      return;
    }
  /* Google spends the code even on a failed exchange. */
  code->used = TRUE;

  if (!g_str_equal (code->client_id, g_hash_table_lookup (form, "client_id")))
    {
      reply_oauth_error (self, call, 400, "invalid_grant", "Bad Request");
      return;
    }
  if (g_strcmp0 (redirect_uri, code->redirect_uri) != 0)
    {
      reply_oauth_error (self, call, 400, "invalid_grant", "Bad Request");
      return;
    }
  if (!is_pkce_text (verifier))
    {
      reply_oauth_error (self, call, 400, "invalid_grant", "Missing code verifier.");
      return;
    }
  challenge = s256 (verifier);
  if (!g_str_equal (challenge, code->challenge))
    {
      reply_oauth_error (self, call, 400, "invalid_grant", "Invalid code verifier.");
      return;
    }

  grant = g_new0 (Grant, 1);
  grant->client_id = g_strdup (code->client_id);
  grant->scope = g_strdup (code->scope);
  refresh_token = new_token (self, "1//0fake-");
  g_hash_table_insert (oauth->grants, refresh_token, grant);

  reply_tokens (self, call, grant->scope, refresh_token, TRUE);
}

static void
refresh (FakeGoogle     *self,
         FakeGoogleCall *call,
         GHashTable     *form)
{
  OAuth *oauth = get_oauth (self);
  const char *value = g_hash_table_lookup (form, "refresh_token");
  Grant *grant = value ? g_hash_table_lookup (oauth->grants, value) : NULL;

  if (grant == NULL || grant->revoked ||
      !g_str_equal (grant->client_id, g_hash_table_lookup (form, "client_id")))
    {
      reply_oauth_error (self, call, 400, "invalid_grant", "Token has been expired or revoked.");
      return;
    }

  reply_tokens (self, call, grant->scope, value, FALSE);
}

static void
handle_token (FakeGoogle     *self,
              FakeGoogleCall *call)
{
  OAuth *oauth = get_oauth (self);
  g_autoptr(GHashTable) form = NULL;
  const char *grant_type;

  if (!g_str_equal (call->http_method, "POST"))
    {
      _fake_google_record_violation (self, call->method_id, "the token endpoint takes POST");
      reply_oauth_error (self, call, 405, "invalid_request", "Method not allowed.");
      return;
    }

  form = decode_form (call);
  if (form == NULL)
    {
      _fake_google_record_violation (self, call->method_id, "the body is not a form");
      reply_oauth_error (self, call, 400, "invalid_request", "Invalid request.");
      return;
    }

  grant_type = g_hash_table_lookup (form, "grant_type");
  if (grant_type == NULL)
    {
      _fake_google_record_violation (self, call->method_id, "grant_type is missing");
      reply_oauth_error (self, call, 400, "invalid_request", "Missing required parameter: grant_type");
      return;
    }
  if (!client_ok (oauth, form))
    {
      reply_oauth_error (self, call, 401, "invalid_client", "The OAuth client was not found.");
      return;
    }

  if (g_str_equal (grant_type, "authorization_code"))
    exchange_code (self, call, form);
  else if (g_str_equal (grant_type, "refresh_token"))
    refresh (self, call, form);
  else
    reply_oauth_error (self, call, 400, "unsupported_grant_type", "Invalid grant_type.");
}

/* POST /revoke ------------------------------------------------------------- */

static gboolean
revoke_token (OAuth      *oauth,
              const char *token)
{
  Grant *grant = g_hash_table_lookup (oauth->grants, token);
  Access *access = g_hash_table_lookup (oauth->access, token);
  GHashTableIter iter;
  gpointer value;

  if (grant != NULL && !grant->revoked)
    {
      /* Revoking a refresh token kills its access tokens too. */
      grant->revoked = TRUE;
      g_hash_table_iter_init (&iter, oauth->access);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (g_strcmp0 (((Access *) value)->refresh_token, token) == 0)
          ((Access *) value)->revoked = TRUE;
      return TRUE;
    }

  if (access != NULL && !access->revoked)
    {
      access->revoked = TRUE;
      return TRUE;
    }

  return FALSE;
}

static void
handle_revoke (FakeGoogle     *self,
               FakeGoogleCall *call)
{
  g_autoptr(GHashTable) form = NULL;
  const char *token = g_hash_table_lookup (call->query, "token");

  if (!g_str_equal (call->http_method, "POST"))
    {
      /* GET /revoke is a 404 at Google. */
      _fake_google_record_violation (self, call->method_id, "the revocation endpoint takes POST");
      reply_html (call, SOUP_STATUS_NOT_FOUND, "Not Found");
      return;
    }

  form = decode_form (call);
  if (form != NULL && g_hash_table_lookup (form, "token") != NULL)
    token = g_hash_table_lookup (form, "token");

  if (token == NULL)
    {
      _fake_google_record_violation (self, call->method_id, "token is missing");
      reply_oauth_error (self, call, 400, "invalid_request", "Missing required parameter: token");
      return;
    }

  if (!revoke_token (get_oauth (self), token))
    {
      reply_oauth_error (self, call, 400, "invalid_token", "Token expired or revoked");
      return;
    }

  _fake_google_reply_empty (self, call, SOUP_STATUS_OK);
}

/* GET /oauth2/v2/userinfo -------------------------------------------------- */

static void
handle_userinfo (FakeGoogle     *self,
                 FakeGoogleCall *call)
{
  const char *header = _fake_google_call_get_header (call, "Authorization");
  g_autoptr(JsonBuilder) builder = NULL;

  if (!g_str_equal (call->http_method, "GET"))
    {
      _fake_google_record_violation (self, call->method_id, "userinfo takes GET");
      reply_html (call, SOUP_STATUS_NOT_FOUND, "Not Found");
      return;
    }
  if (header == NULL || g_ascii_strncasecmp (header, "Bearer ", 7) != 0)
    {
      _fake_google_record_violation (self, call->method_id, "no bearer token in Authorization");
      _fake_google_reply_error (self, call, 401, "authError",
                                "Request is missing required authentication credential.");
      return;
    }
  if (!_fake_google_access_token_valid (self, header + 7))
    {
      _fake_google_reply_error (self, call, 401, "authError", "Invalid Credentials");
      return;
    }

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, "104583658339045273941");
  json_builder_set_member_name (builder, "email");
  json_builder_add_string_value (builder, DEFAULT_EMAIL);
  json_builder_set_member_name (builder, "verified_email");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_end_object (builder);
  _fake_google_reply_json (self, call, SOUP_STATUS_OK, json_builder_get_root (builder));
}

/* Private API -------------------------------------------------------------- */

void
_fake_google_oauth_init (FakeGoogle *self,
                         SoupServer *server)
{
  OAuth *oauth = g_new0 (OAuth, 1);

  g_return_if_fail (FAKE_IS_GOOGLE (self));

  oauth->lifetime = DEFAULT_LIFETIME;
  oauth->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) code_free);
  oauth->grants = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) grant_free);
  oauth->access = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) access_free);
  g_object_set_data_full (G_OBJECT (self), OAUTH_KEY, oauth, (GDestroyNotify) oauth_free);

  _fake_google_register_path (self, "/o/oauth2/v2/auth", "oauth.authorize", handle_authorize);
  _fake_google_register_path (self, "/token", "oauth.token", handle_token);
  _fake_google_register_path (self, "/revoke", "oauth.revoke", handle_revoke);
  _fake_google_register_path (self, "/oauth2/v2/userinfo", "oauth.userinfo", handle_userinfo);
}

const char *
_fake_google_access_token_scopes (FakeGoogle *self,
                                  const char *token)
{
  OAuth *oauth;
  Access *access;

  g_return_val_if_fail (FAKE_IS_GOOGLE (self), NULL);

  oauth = get_oauth (self);
  access = token ? g_hash_table_lookup (oauth->access, token) : NULL;
  if (access == NULL || access->revoked || g_get_monotonic_time () >= access->expires_at)
    return NULL;
  return access->scope;
}

gboolean
_fake_google_access_token_valid (FakeGoogle *self,
                                 const char *token)
{
  return _fake_google_access_token_scopes (self, token) != NULL;
}

/* Public API --------------------------------------------------------------- */

void
fake_google_set_client (FakeGoogle *self,
                        const char *client_id,
                        const char *client_secret)
{
  OAuth *oauth;

  g_return_if_fail (FAKE_IS_GOOGLE (self));

  oauth = get_oauth (self);
  g_free (oauth->client_id);
  oauth->client_id = g_strdup (client_id);
  g_free (oauth->client_secret);
  oauth->client_secret = g_strdup (client_secret);
}

void
fake_google_set_deny_consent (FakeGoogle *self,
                              gboolean    deny)
{
  g_return_if_fail (FAKE_IS_GOOGLE (self));

  get_oauth (self)->deny = !!deny;
}

void
fake_google_set_token_lifetime (FakeGoogle *self,
                                guint       seconds)
{
  g_return_if_fail (FAKE_IS_GOOGLE (self));
  g_return_if_fail (seconds > 0);

  get_oauth (self)->lifetime = seconds;
}

void
fake_google_expire_access_tokens (FakeGoogle *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (FAKE_IS_GOOGLE (self));

  g_hash_table_iter_init (&iter, get_oauth (self)->access);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    ((Access *) value)->expires_at = 0;
}

void
fake_google_revoke_refresh_tokens (FakeGoogle *self)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (FAKE_IS_GOOGLE (self));

  g_hash_table_iter_init (&iter, get_oauth (self)->grants);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    ((Grant *) value)->revoked = TRUE;
}

gboolean
fake_google_token_is_revoked (FakeGoogle *self,
                              const char *token)
{
  OAuth *oauth;
  Grant *grant;
  Access *access;

  g_return_val_if_fail (FAKE_IS_GOOGLE (self), FALSE);
  g_return_val_if_fail (token != NULL, FALSE);

  oauth = get_oauth (self);
  grant = g_hash_table_lookup (oauth->grants, token);
  access = g_hash_table_lookup (oauth->access, token);
  return (grant != NULL && grant->revoked) || (access != NULL && access->revoked);
}

const char *
fake_google_get_email (FakeGoogle *self)
{
  g_return_val_if_fail (FAKE_IS_GOOGLE (self), NULL);

  return DEFAULT_EMAIL;
}

void
fake_google_set_granted_scopes (FakeGoogle *self,
                                const char *scopes)
{
  OAuth *oauth;

  g_return_if_fail (FAKE_IS_GOOGLE (self));

  oauth = get_oauth (self);
  g_free (oauth->granted_scopes);
  oauth->granted_scopes = g_strdup (scopes);
}
