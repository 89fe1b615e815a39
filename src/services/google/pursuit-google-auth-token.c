/* pursuit-google-auth-token.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Google's OAuth token endpoint, shared by the sign-in's code exchange
 * and the refresh: the request and the reading of its answer. */

#define G_LOG_DOMAIN "pursuit-google-auth"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-google-auth-private.h"
#include "pursuit-google-private.h"
#include "pursuit-secret-private.h"

/* Tokens do not linger in freed memory. */
void
_pursuit_google_auth_forget_secret (char **secret)
{
  _pursuit_secret_forget (secret);
}

void
_pursuit_google_token_reply_clear (PursuitGoogleTokenReply *reply)
{
  _pursuit_google_auth_forget_secret (&reply->access_token);
  _pursuit_google_auth_forget_secret (&reply->refresh_token);
  g_clear_pointer (&reply->scope, g_free);
}

/* Only the error code, and only when it looks like one: the description
 * comes from the network and is not shown. */
const char *
_pursuit_google_auth_safe_error_code (const char *code)
{
  if (code == NULL || *code == '\0' || strlen (code) > 64)
    return "unknown";
  for (const char *p = code; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && *p != '_')
      return "unknown";

  return code;
}

static GError *
token_error_from_reply (JsonObject *object,
                        guint       status)
{
  const char *code = _pursuit_google_json_get_string (object, "error");

  if (g_strcmp0 (code, "invalid_grant") == 0)
    return g_error_new (PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_INVALID_GRANT,
                        "%s", _("Google no longer accepts Pursuit's access to this account. "
                                "Please sign in again."));
  if (g_strcmp0 (code, "invalid_client") == 0 || g_strcmp0 (code, "unauthorized_client") == 0)
    return g_error_new (PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_INVALID_CLIENT,
                        "%s", _("Google did not accept the OAuth client ID or secret. "
                                "Check them in Preferences → Integrations."));

  return g_error_new (PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_BAD_REDIRECT,
                      _("Google refused the sign-in (%s, status %u)."),
                      _pursuit_google_auth_safe_error_code (code), status);
}

/* Parses a token endpoint answer: 200 with the tokens, or the OAuth error
 * JSON of RFC 6749 §5.2. */
gboolean
_pursuit_google_auth_parse_token_response (PursuitHttpResponse      *response,
                                           PursuitGoogleTokenReply  *reply,
                                           GError                  **error)
{
  JsonObject *object = pursuit_http_response_get_object (response);
  guint status = pursuit_http_response_get_status (response);
  const char *access_token;
  const char *token_type;
  JsonNode *expires;

  if (status != SOUP_STATUS_OK)
    {
      g_propagate_error (error, token_error_from_reply (object, status));
      return FALSE;
    }

  access_token = _pursuit_google_json_get_string (object, "access_token");
  token_type = _pursuit_google_json_get_string (object, "token_type");
  if (access_token == NULL || *access_token == '\0' ||
      (token_type != NULL && g_ascii_strcasecmp (token_type, "Bearer") != 0))
    {
      g_set_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
                   "%s", _("Google's answer to the sign-in could not be read."));
      return FALSE;
    }

  reply->access_token = g_strdup (access_token);
  reply->refresh_token = g_strdup (_pursuit_google_json_get_string (object, "refresh_token"));
  reply->scope = g_strdup (_pursuit_google_json_get_string (object, "scope"));
  reply->expires_in = 3600;
  expires = object != NULL && json_object_has_member (object, "expires_in")
            ? json_object_get_member (object, "expires_in") : NULL;
  if (expires != NULL && JSON_NODE_HOLDS_VALUE (expires) &&
      json_node_get_value_type (expires) == G_TYPE_INT64)
    reply->expires_in = CLAMP (json_node_get_int (expires), 0, 365 * 24 * 3600);

  return TRUE;
}

PursuitHttpRequest *
_pursuit_google_auth_new_request (const char            *method,
                                  PursuitGoogleEndpoint  endpoint)
{
  g_autofree char *uri = pursuit_google_endpoint_dup_url (endpoint);
  PursuitHttpRequest *request = pursuit_http_request_new (PURSUIT_GOOGLE_SERVICE_LABEL, method, uri);

  pursuit_http_request_set_service_name (request, PURSUIT_GOOGLE_SERVICE_NAME);
  return request;
}

PursuitHttpRequest *
_pursuit_google_auth_new_token_request (void)
{
  PursuitHttpRequest *request = _pursuit_google_auth_new_request ("POST", PURSUIT_GOOGLE_TOKEN);

  /* OAuth errors are answers with a JSON body to read, not failures of
   * the transport. */
  pursuit_http_request_accept_status (request, SOUP_STATUS_BAD_REQUEST);
  pursuit_http_request_accept_status (request, SOUP_STATUS_UNAUTHORIZED);

  return request;
}
