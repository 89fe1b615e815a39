/* pursuit-google-auth.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-google-auth"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-google-auth-private.h"
#include "pursuit-google-endpoints.h"
#include "pursuit-google-private.h"

/* Refreshed this long before Google says the token ends. */
#define REFRESH_MARGIN (5 * G_TIME_SPAN_MINUTE)

struct _PursuitGoogleAuth
{
  GObject       parent_instance;

  PursuitHttp  *http;
  char         *client_id;
  char         *client_secret;

  char         *refresh_token;
  char         *access_token;
  gint64        access_expires_at;  /* monotonic */
  gint64        access_margin;

  /* Every authorize that needs a new access token while one refresh is
   * on its way waits for that one. */
  GPtrArray    *refresh_waiters;
  GCancellable *cancellable;
};

static void pursuit_google_auth_authorizer_iface_init (PursuitAuthorizerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitGoogleAuth, pursuit_google_auth, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_AUTHORIZER,
                                                      pursuit_google_auth_authorizer_iface_init))

G_DEFINE_QUARK (pursuit-google-auth-error-quark, pursuit_google_auth_error)

static void
set_access_token (PursuitGoogleAuth       *self,
                  PursuitGoogleTokenReply *reply)
{
  _pursuit_google_auth_forget_secret (&self->access_token);
  self->access_token = g_steal_pointer (&reply->access_token);
  /* Short-lived tokens (tests) are still used for half their life. */
  self->access_margin = MIN (REFRESH_MARGIN, reply->expires_in * G_TIME_SPAN_SECOND / 2);
  self->access_expires_at = g_get_monotonic_time () + reply->expires_in * G_TIME_SPAN_SECOND;
}

static gboolean
access_token_fresh (PursuitGoogleAuth *self)
{
  return self->access_token != NULL &&
         g_get_monotonic_time () < self->access_expires_at - self->access_margin;
}

char *
_pursuit_google_auth_bearer (const char *token)
{
  return g_strconcat ("Bearer ", token, NULL);
}

/* For the sign-in (pursuit-google-auth-sign-in.c) */

PursuitHttp *
_pursuit_google_auth_get_http (PursuitGoogleAuth *self)
{
  return self->http;
}

const char *
_pursuit_google_auth_get_client_secret (PursuitGoogleAuth *self)
{
  /* Desktop clients may have none: the form sends it empty. */
  return self->client_secret != NULL ? self->client_secret : "";
}

void
_pursuit_google_auth_signed_in (PursuitGoogleAuth       *self,
                                PursuitGoogleTokenReply *tokens)
{
  _pursuit_google_auth_forget_secret (&self->refresh_token);
  self->refresh_token = g_strdup (tokens->refresh_token);
  set_access_token (self, tokens);
}

/* Refresh */

static void
finish_refresh (PursuitGoogleAuth *self,
                const GError      *error)
{
  g_autoptr(GPtrArray) waiters = g_steal_pointer (&self->refresh_waiters);

  for (guint i = 0; i < waiters->len; i++)
    {
      GTask *task = waiters->pdata[i];

      if (g_task_return_error_if_cancelled (task))
        continue;
      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_pointer (task, _pursuit_google_auth_bearer (self->access_token), g_free);
    }
}

static void
refresh_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(PursuitGoogleAuth) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitHttpResponse) response = NULL;
  PursuitGoogleTokenReply reply = { 0 };

  response = pursuit_http_send_finish (PURSUIT_HTTP (object), result, &error);
  if (response != NULL && _pursuit_google_auth_parse_token_response (response, &reply, &error))
    {
      set_access_token (self, &reply);
      /* Google rarely sends a new refresh token; keep the old one then. */
      if (reply.refresh_token != NULL && *reply.refresh_token != '\0')
        {
          _pursuit_google_auth_forget_secret (&self->refresh_token);
          self->refresh_token = g_steal_pointer (&reply.refresh_token);
        }
      _pursuit_google_token_reply_clear (&reply);
      g_debug ("Access token refreshed");
      finish_refresh (self, NULL);
      return;
    }

  _pursuit_google_token_reply_clear (&reply);
  g_debug ("Refreshing the access token failed: %s", error->message);
  if (g_error_matches (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_INVALID_GRANT))
    _pursuit_google_auth_forget_secret (&self->access_token);
  finish_refresh (self, error);
}

static void
start_refresh (PursuitGoogleAuth *self)
{
  g_autoptr(PursuitHttpRequest) request = _pursuit_google_auth_new_token_request ();

  pursuit_http_request_set_form_body (request,
                                      "client_id", self->client_id,
                                      "client_secret", _pursuit_google_auth_get_client_secret (self),
                                      "grant_type", "refresh_token",
                                      "refresh_token", self->refresh_token,
                                      NULL);
  pursuit_http_send_async (self->http, request, self->cancellable, refresh_cb, g_object_ref (self));
}

static void
pursuit_google_auth_authorize_async (PursuitAuthorizer   *authorizer,
                                     gboolean             force_refresh,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  PursuitGoogleAuth *self = PURSUIT_GOOGLE_AUTH (authorizer);
  g_autoptr(GTask) task = NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_google_auth_authorize_async);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (self->refresh_waiters == NULL && !force_refresh && access_token_fresh (self))
    {
      g_task_return_pointer (task, _pursuit_google_auth_bearer (self->access_token), g_free);
      return;
    }

  if (self->refresh_token == NULL)
    {
      g_task_return_new_error (task, PURSUIT_GOOGLE_AUTH_ERROR,
                               PURSUIT_GOOGLE_AUTH_ERROR_NOT_SIGNED_IN,
                               "%s", _("This Google account is not signed in. Please sign in again."));
      return;
    }

  if (self->client_id == NULL || *self->client_id == '\0')
    {
      g_task_return_new_error (task, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_NO_CLIENT,
                               "%s", _("No Google OAuth client ID is set. Enter one in "
                                       "Preferences → Integrations."));
      return;
    }

  if (self->refresh_waiters != NULL)
    {
      g_ptr_array_add (self->refresh_waiters, g_steal_pointer (&task));
      return;
    }

  self->refresh_waiters = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->refresh_waiters, g_steal_pointer (&task));
  start_refresh (self);
}

static char *
pursuit_google_auth_authorize_finish (PursuitAuthorizer  *authorizer,
                                      GAsyncResult       *result,
                                      GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, authorizer), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
pursuit_google_auth_authorizer_iface_init (PursuitAuthorizerInterface *iface)
{
  iface->authorize_async = pursuit_google_auth_authorize_async;
  iface->authorize_finish = pursuit_google_auth_authorize_finish;
}

/* Revoke */

static void
revoke_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitHttpResponse) response = NULL;
  PursuitGoogleAuth *self = g_task_get_source_object (task);
  const char *code;

  response = pursuit_http_send_finish (PURSUIT_HTTP (object), result, &error);
  if (response == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* invalid_token: Google no longer knows it, which is what was wanted. */
  code = _pursuit_google_json_get_string (pursuit_http_response_get_object (response), "error");
  if (pursuit_http_response_get_status (response) != SOUP_STATUS_OK &&
      g_strcmp0 (code, "invalid_token") != 0)
    {
      g_task_return_new_error (task, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_BAD_REDIRECT,
                               _("Google did not withdraw Pursuit's access (%s). You can remove "
                                 "it in your Google account's security settings."),
                               _pursuit_google_auth_safe_error_code (code));
      return;
    }

  _pursuit_google_auth_forget_secret (&self->refresh_token);
  _pursuit_google_auth_forget_secret (&self->access_token);
  g_task_return_boolean (task, TRUE);
}

/* Overrides */

static void
pursuit_google_auth_dispose (GObject *object)
{
  PursuitGoogleAuth *self = PURSUIT_GOOGLE_AUTH (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->http);

  G_OBJECT_CLASS (pursuit_google_auth_parent_class)->dispose (object);
}

static void
pursuit_google_auth_finalize (GObject *object)
{
  PursuitGoogleAuth *self = PURSUIT_GOOGLE_AUTH (object);

  g_assert (self->refresh_waiters == NULL);

  g_free (self->client_id);
  _pursuit_google_auth_forget_secret (&self->client_secret);
  _pursuit_google_auth_forget_secret (&self->refresh_token);
  _pursuit_google_auth_forget_secret (&self->access_token);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pursuit_google_auth_parent_class)->finalize (object);
}

static void
pursuit_google_auth_class_init (PursuitGoogleAuthClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_google_auth_dispose;
  object_class->finalize = pursuit_google_auth_finalize;
}

static void
pursuit_google_auth_init (PursuitGoogleAuth *self)
{
  self->cancellable = g_cancellable_new ();
}

/* Public API */

/**
 * pursuit_google_auth_new:
 * @http: the client every request goes through
 * @client_id: (nullable): the OAuth client id; NULL or "" makes every
 *   sign-in and refresh fail with %PURSUIT_GOOGLE_AUTH_ERROR_NO_CLIENT
 * @client_secret: (nullable): the "Desktop app" client's secret
 *
 * Returns: (transfer full): a signed-out authorizer
 */
PursuitGoogleAuth *
pursuit_google_auth_new (PursuitHttp *http,
                         const char  *client_id,
                         const char  *client_secret)
{
  PursuitGoogleAuth *self;

  g_return_val_if_fail (PURSUIT_IS_HTTP (http), NULL);

  self = g_object_new (PURSUIT_TYPE_GOOGLE_AUTH, NULL);
  self->http = g_object_ref (http);
  self->client_id = g_strdup (client_id);
  self->client_secret = g_strdup (client_secret);

  return self;
}

const char *
pursuit_google_auth_get_client_id (PursuitGoogleAuth *self)
{
  g_return_val_if_fail (PURSUIT_IS_GOOGLE_AUTH (self), NULL);

  return self->client_id;
}

void
pursuit_google_auth_set_refresh_token (PursuitGoogleAuth *self,
                                       const char        *refresh_token)
{
  g_return_if_fail (PURSUIT_IS_GOOGLE_AUTH (self));

  if (g_strcmp0 (self->refresh_token, refresh_token) == 0)
    return;

  _pursuit_google_auth_forget_secret (&self->refresh_token);
  _pursuit_google_auth_forget_secret (&self->access_token);
  if (refresh_token != NULL && *refresh_token != '\0')
    self->refresh_token = g_strdup (refresh_token);
}

gboolean
pursuit_google_auth_has_refresh_token (PursuitGoogleAuth *self)
{
  g_return_val_if_fail (PURSUIT_IS_GOOGLE_AUTH (self), FALSE);

  return self->refresh_token != NULL;
}

void
pursuit_google_auth_revoke_async (PursuitGoogleAuth   *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(PursuitHttpRequest) request = NULL;
  const char *token;

  g_return_if_fail (PURSUIT_IS_GOOGLE_AUTH (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_google_auth_revoke_async);

  /* Revoking the refresh token also ends its access tokens. */
  token = self->refresh_token != NULL ? self->refresh_token : self->access_token;
  if (token == NULL)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  request = _pursuit_google_auth_new_request ("POST", PURSUIT_GOOGLE_REVOKE);
  pursuit_http_request_accept_status (request, SOUP_STATUS_BAD_REQUEST);
  pursuit_http_request_set_form_body (request, "token", token, NULL);
  pursuit_http_send_async (self->http, request, cancellable, revoke_cb, g_steal_pointer (&task));
}

gboolean
pursuit_google_auth_revoke_finish (PursuitGoogleAuth  *self,
                                   GAsyncResult       *result,
                                   GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_GOOGLE_AUTH (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
