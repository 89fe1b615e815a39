/* pursuit-google-auth-sign-in.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Signing in: OAuth 2.0 for installed apps with PKCE (RFC 7636) and a
 * loopback redirect, then the account's address from userinfo. */

#define G_LOG_DOMAIN "pursuit-google-auth"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include <glib/gi18n.h>

#include "pursuit-google-auth-private.h"
#include "pursuit-google-endpoints.h"
#include "pursuit-google-private.h"
#include "pursuit-loopback-server.h"

#define RANDOM_BYTES 32

typedef struct
{
  PursuitLoopbackServer   *server;
  char                    *verifier;
  char                    *redirect_uri;
  GStrv                    scopes;
  PursuitGoogleTokenReply  tokens;
  char                    *email;
} SignInState;

typedef struct
{
  char *email;
  char *refresh_token;
  char *granted_scopes;
} SignInResult;

static void
sign_in_state_free (gpointer data)
{
  SignInState *state = data;

  /* A browser still waiting is told by the server's dispose. */
  g_clear_object (&state->server);
  _pursuit_google_auth_forget_secret (&state->verifier);
  g_free (state->redirect_uri);
  g_strfreev (state->scopes);
  _pursuit_google_token_reply_clear (&state->tokens);
  g_free (state->email);
  g_free (state);
}

static void
sign_in_result_free (gpointer data)
{
  SignInResult *result = data;

  g_free (result->email);
  _pursuit_google_auth_forget_secret (&result->refresh_token);
  g_free (result->granted_scopes);
  g_free (result);
}

static char *
base64url (const guint8 *data,
           gsize         len)
{
  char *text = g_base64_encode (data, len);
  char *p;

  for (p = text; *p != '\0'; p++)
    {
      if (*p == '+')
        *p = '-';
      else if (*p == '/')
        *p = '_';
      else if (*p == '=')
        {
          *p = '\0';
          break;
        }
    }

  return text;
}

/* 32 bytes from the kernel's CSPRNG, as base64url: the PKCE verifier
 * (43 characters, RFC 7636) and the state. Never GRand. */
static char *
random_token (GError **error)
{
  guint8 bytes[RANDOM_BYTES];
  gsize got = 0;
  char *text;

  while (got < sizeof bytes)
    {
      ssize_t n = getrandom (bytes + got, sizeof bytes - got, 0);

      if (n < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not get random numbers for the sign-in: %s"),
                       g_strerror (saved_errno));
          return NULL;
        }
      got += n;
    }

  text = base64url (bytes, sizeof bytes);
  explicit_bzero (bytes, sizeof bytes);

  return text;
}

static char *
build_authorization_uri (PursuitGoogleAuth  *self,
                         const char         *redirect_uri,
                         const char         *challenge,
                         const char         *state,
                         const char * const *scopes)
{
  g_autofree char *base = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_AUTHORIZE);
  g_autofree char *scope = g_strjoinv (" ", (char **) scopes);
  const char *params[][2] = {
    { "client_id", pursuit_google_auth_get_client_id (self) },
    { "redirect_uri", redirect_uri },
    { "response_type", "code" },
    { "scope", scope },
    { "code_challenge", challenge },
    { "code_challenge_method", "S256" },
    { "state", state },
    { "access_type", "offline" },
    { "prompt", "consent" },
  };
  GString *uri = g_string_new (base);

  for (guint i = 0; i < G_N_ELEMENTS (params); i++)
    {
      g_autofree char *value = g_uri_escape_string (params[i][1], NULL, FALSE);

      g_string_append_printf (uri, "%c%s=%s", i == 0 ? '?' : '&', params[i][0], value);
    }

  return g_string_free (uri, FALSE);
}

/* Scope names Google may answer with instead of the URLs asked for. */
static gboolean
scope_granted (const char         *scope,
               const char * const *granted)
{
  if (g_strv_contains (granted, scope))
    return TRUE;
  if (g_str_equal (scope, PURSUIT_GOOGLE_SCOPE_EMAIL))
    return g_strv_contains (granted, "email");
  if (g_str_equal (scope, "email"))
    return g_strv_contains (granted, PURSUIT_GOOGLE_SCOPE_EMAIL);

  return FALSE;
}

static const char *
describe_scope (const char *scope)
{
  if (g_str_equal (scope, PURSUIT_GOOGLE_SCOPE_EMAIL) || g_str_equal (scope, "email"))
    return _("your email address");
  if (g_str_equal (scope, PURSUIT_GOOGLE_SCOPE_CALENDAR_EVENTS))
    return _("your calendar events");
  if (g_str_equal (scope, PURSUIT_GOOGLE_SCOPE_CALENDAR_LIST))
    return _("your list of calendars");

  return scope;
}

static gboolean
check_granted_scopes (const char * const  *asked,
                      const char          *granted_text,
                      GError             **error)
{
  g_auto(GStrv) granted = g_strsplit_set (granted_text != NULL ? granted_text : "", " ", -1);
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  for (guint i = 0; asked[i] != NULL; i++)
    if (!scope_granted (asked[i], (const char * const *) granted))
      g_ptr_array_add (missing, (gpointer) describe_scope (asked[i]));

  if (missing->len > 0)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (missing, NULL);
      list = g_strjoinv (", ", (char **) missing->pdata);
      g_set_error (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_DENIED,
                   _("Google did not give Pursuit access to %s. Please sign in again and "
                     "allow everything Pursuit asks for."), list);
      return FALSE;
    }

  return TRUE;
}

/* Sign-in */

static void
sign_in_fail (GTask  *task,
              GError *error)
{
  SignInState *state = g_task_get_task_data (task);

  if (state->server != NULL)
    pursuit_loopback_server_respond (state->server, error);
  g_task_return_error (task, error);
}

static void
userinfo_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitHttpResponse) response = NULL;
  PursuitGoogleAuth *self = g_task_get_source_object (task);
  SignInState *state = g_task_get_task_data (task);
  SignInResult *sign_in;
  const char *email;

  response = pursuit_http_send_finish (PURSUIT_HTTP (object), result, &error);
  if (response == NULL)
    {
      sign_in_fail (task, g_steal_pointer (&error));
      return;
    }

  email = _pursuit_google_json_get_string (pursuit_http_response_get_object (response), "email");
  if (email == NULL || *email == '\0' || !g_utf8_validate (email, -1, NULL) ||
      strlen (email) > 320)
    {
      sign_in_fail (task, g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
                                       "%s", _("Google did not say which account signed in.")));
      return;
    }

  /* Signed in: from now on this object authorizes for the account. */
  _pursuit_google_auth_signed_in (self, &state->tokens);

  sign_in = g_new0 (SignInResult, 1);
  sign_in->email = g_strdup (email);
  sign_in->refresh_token = g_steal_pointer (&state->tokens.refresh_token);
  sign_in->granted_scopes = g_steal_pointer (&state->tokens.scope);

  pursuit_loopback_server_respond (state->server, NULL);
  g_task_return_pointer (task, sign_in, sign_in_result_free);
}

static void
code_exchange_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autofree char *authorization = NULL;
  PursuitGoogleAuth *self = g_task_get_source_object (task);
  SignInState *state = g_task_get_task_data (task);
  GCancellable *cancellable;

  response = pursuit_http_send_finish (PURSUIT_HTTP (object), result, &error);
  if (response == NULL || !_pursuit_google_auth_parse_token_response (response, &state->tokens, &error))
    {
      sign_in_fail (task, g_steal_pointer (&error));
      return;
    }

  if (state->tokens.refresh_token == NULL || *state->tokens.refresh_token == '\0')
    {
      sign_in_fail (task, g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
                                       "%s", _("Google did not give Pursuit lasting access to the "
                                               "account. Please try again.")));
      return;
    }

  /* Google leaves the scope out when it granted exactly what was asked. */
  if (state->tokens.scope == NULL)
    state->tokens.scope = g_strjoinv (" ", state->scopes);
  if (!check_granted_scopes ((const char * const *) state->scopes, state->tokens.scope, &error))
    {
      sign_in_fail (task, g_steal_pointer (&error));
      return;
    }

  request = _pursuit_google_auth_new_request ("GET", PURSUIT_GOOGLE_USERINFO);
  authorization = _pursuit_google_auth_bearer (state->tokens.access_token);
  pursuit_http_request_set_header (request, "Authorization", authorization);
  explicit_bzero (authorization, strlen (authorization));

  cancellable = g_task_get_cancellable (task);
  pursuit_http_send_async (_pursuit_google_auth_get_http (self), request, cancellable, userinfo_cb,
                           g_steal_pointer (&task));
}

static void
redirect_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) query = NULL;
  g_autoptr(PursuitHttpRequest) request = NULL;
  PursuitGoogleAuth *self = g_task_get_source_object (task);
  SignInState *state = g_task_get_task_data (task);
  GCancellable *cancellable;
  const char *code;
  const char *oauth_error;

  query = pursuit_loopback_server_wait_finish (PURSUIT_LOOPBACK_SERVER (object), result, &error);
  if (query == NULL)
    {
      sign_in_fail (task, g_steal_pointer (&error));
      return;
    }

  oauth_error = g_hash_table_lookup (query, "error");
  code = g_hash_table_lookup (query, "code");
  if (g_strcmp0 (oauth_error, "access_denied") == 0)
    {
      sign_in_fail (task, g_error_new (PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_DENIED,
                                       "%s", _("Access was not allowed in the browser, so "
                                               "Pursuit is not connected.")));
      return;
    }
  if (oauth_error != NULL || code == NULL || *code == '\0')
    {
      sign_in_fail (task, g_error_new (PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_BAD_REDIRECT,
                                       _("Google did not complete the sign-in (%s)."),
                                       _pursuit_google_auth_safe_error_code (oauth_error != NULL ? oauth_error
                                                                            : "no_code")));
      return;
    }

  request = _pursuit_google_auth_new_token_request ();
  pursuit_http_request_set_form_body (request,
                                      "client_id", pursuit_google_auth_get_client_id (self),
                                      "client_secret", _pursuit_google_auth_get_client_secret (self),
                                      "code", code,
                                      "code_verifier", state->verifier,
                                      "grant_type", "authorization_code",
                                      "redirect_uri", state->redirect_uri,
                                      NULL);
  cancellable = g_task_get_cancellable (task);
  pursuit_http_send_async (_pursuit_google_auth_get_http (self), request, cancellable, code_exchange_cb,
                           g_steal_pointer (&task));
}

void
pursuit_google_auth_sign_in_async (PursuitGoogleAuth   *self,
                                   const char * const  *scopes,
                                   PursuitOpenUriFunc   open_uri,
                                   gpointer             open_uri_data,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *oauth_state = NULL;
  g_autofree char *challenge = NULL;
  g_autofree char *uri = NULL;
  SignInState *state;

  g_return_if_fail (PURSUIT_IS_GOOGLE_AUTH (self));
  g_return_if_fail (scopes != NULL && scopes[0] != NULL);
  g_return_if_fail (open_uri != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_google_auth_sign_in_async);
  state = g_new0 (SignInState, 1);
  state->scopes = g_strdupv ((char **) scopes);
  g_task_set_task_data (task, state, sign_in_state_free);

  if (!_pursuit_google_is_set (pursuit_google_auth_get_client_id (self)))
    {
      g_task_return_new_error (task, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_NO_CLIENT,
                               "%s", _("No Google OAuth client ID is set. Enter one in "
                                       "Preferences → Integrations."));
      return;
    }

  state->verifier = random_token (&error);
  oauth_state = state->verifier != NULL ? random_token (&error) : NULL;
  if (oauth_state == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  state->server = pursuit_loopback_server_new (oauth_state, &error);
  if (state->server == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  state->redirect_uri = g_strdup (pursuit_loopback_server_get_redirect_uri (state->server));

  challenge = pursuit_google_auth_compute_challenge (state->verifier);
  uri = build_authorization_uri (self, state->redirect_uri, challenge, oauth_state, scopes);

  pursuit_loopback_server_wait_async (state->server, PURSUIT_LOOPBACK_TIMEOUT_SECONDS, cancellable,
                                      redirect_cb, g_object_ref (task));
  g_debug ("Waiting for the browser on %s", state->redirect_uri);
  open_uri (uri, open_uri_data);
}

gboolean
pursuit_google_auth_sign_in_finish (PursuitGoogleAuth  *self,
                                    GAsyncResult       *result,
                                    char              **out_email,
                                    char              **out_refresh_token,
                                    char              **out_granted_scopes,
                                    GError            **error)
{
  SignInResult *sign_in;

  g_return_val_if_fail (PURSUIT_IS_GOOGLE_AUTH (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  sign_in = g_task_propagate_pointer (G_TASK (result), error);
  if (sign_in == NULL)
    return FALSE;

  if (out_email != NULL)
    *out_email = g_steal_pointer (&sign_in->email);
  if (out_refresh_token != NULL)
    *out_refresh_token = g_steal_pointer (&sign_in->refresh_token);
  if (out_granted_scopes != NULL)
    *out_granted_scopes = g_steal_pointer (&sign_in->granted_scopes);
  sign_in_result_free (sign_in);

  return TRUE;
}

/**
 * pursuit_google_auth_compute_challenge:
 * @verifier: a PKCE code verifier
 *
 * Returns: (transfer full): base64url (no padding) of SHA-256 of @verifier,
 *   the S256 code_challenge of RFC 7636
 */
char *
pursuit_google_auth_compute_challenge (const char *verifier)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize len = sizeof digest;

  g_return_val_if_fail (verifier != NULL, NULL);

  g_checksum_update (checksum, (const guchar *) verifier, strlen (verifier));
  g_checksum_get_digest (checksum, digest, &len);

  return base64url (digest, len);
}
