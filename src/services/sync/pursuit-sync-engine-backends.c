/* pursuit-sync-engine-backends.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-sync-engine"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-basic-auth.h"
#include "pursuit-caldav-calendar.h"
#include "pursuit-google-calendar.h"
#include "pursuit-sync-engine-private.h"

/* Each account's calendar backend, made from its settings and secrets and
 * kept until they change. */

/* Everything the backend depends on: when any of it changes, it is made
 * again. */
char *
_pursuit_sync_engine_dup_backend_config (PursuitSyncEngine *self,
                                         PursuitAccount    *account)
{
  const char *kind = pursuit_account_get_kind (account);

  return g_strjoin ("\n",
                    kind,
                    pursuit_account_get_secret_key (account) ?: "",
                    pursuit_account_get_server_url (account) ?: "",
                    pursuit_account_get_username (account) ?: "",
                    pursuit_account_get_calendar_id (account) ?: "",
                    g_strcmp0 (kind, "google") == 0 ? _pursuit_sync_engine_get_client_id (self) ?: "" : "",
                    NULL);
}

static char *
dup_service_label (PursuitAccount *account)
{
  g_autoptr(GUri) uri = NULL;

  if (g_strcmp0 (pursuit_account_get_kind (account), "google") == 0)
    return g_strdup ("google");
  uri = g_uri_parse (pursuit_account_get_server_url (account) ?: "", G_URI_FLAGS_NONE, NULL);
  return g_strdup_printf ("caldav:%s", uri != NULL && g_uri_get_host (uri) != NULL
                                         ? g_uri_get_host (uri) : "");
}

static void
cache_backend (PursuitSyncEngine      *self,
               PursuitAccount         *account,
               PursuitCalendarBackend *backend,
               PursuitGoogleAuth      *auth)
{
  AccountRuntime *rt = _pursuit_sync_engine_ensure_runtime (self, pursuit_account_get_id (account));

  g_set_object (&rt->backend, backend);
  g_set_object (&rt->auth, auth);
  g_free (rt->config);
  rt->config = _pursuit_sync_engine_dup_backend_config (self, account);
  g_free (rt->service);
  rt->service = dup_service_label (account);
}

static void
lookup_secret_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitSyncEngine *self = g_task_get_source_object (task);
  AccountAuth *bd = g_task_get_task_data (task);
  g_autoptr(PursuitCalendarBackend) backend = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;

  secret = pursuit_secret_store_lookup_finish (PURSUIT_SECRET_STORE (source), result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (bd->auth != NULL)
    {
      if (secret == NULL)
        {
          g_task_return_error (task, _pursuit_sync_new_not_signed_in_error (bd->account));
          return;
        }
      pursuit_google_auth_set_refresh_token (bd->auth, secret);
      backend = PURSUIT_CALENDAR_BACKEND (pursuit_google_calendar_new (pursuit_sync_engine_get_http (self), bd->auth,
                                                                       pursuit_account_get_calendar_id (bd->account)));
    }
  else
    {
      g_autoptr(PursuitBasicAuth) basic = NULL;

      if (secret == NULL)
        {
          g_task_return_new_error (task, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED,
                                   _("The password of %s is missing. Sign in again."),
                                   pursuit_account_get_label (bd->account));
          return;
        }
      basic = pursuit_basic_auth_new (pursuit_account_get_username (bd->account), secret);
      backend = PURSUIT_CALENDAR_BACKEND (pursuit_caldav_calendar_new (pursuit_sync_engine_get_http (self),
                                                                       pursuit_account_get_server_url (bd->account),
                                                                       PURSUIT_AUTHORIZER (basic),
                                                                       pursuit_account_get_calendar_id (bd->account)));
    }

  cache_backend (self, bd->account, backend, bd->auth);
  g_task_return_pointer (task, g_steal_pointer (&backend), g_object_unref);
}

void
_pursuit_sync_engine_get_backend_async (PursuitSyncEngine   *self,
                                        PursuitAccount      *account,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *config = NULL;
  AccountRuntime *rt;
  AccountAuth *bd;
  const char *kind;
  GError *error = NULL;

  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));
  g_return_if_fail (PURSUIT_IS_ACCOUNT (account));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, _pursuit_sync_engine_get_backend_async);

  rt = _pursuit_sync_engine_ensure_runtime (self, pursuit_account_get_id (account));
  config = _pursuit_sync_engine_dup_backend_config (self, account);
  if (rt->backend != NULL && g_strcmp0 (rt->config, config) == 0)
    {
      g_task_return_pointer (task, g_object_ref (rt->backend), g_object_unref);
      return;
    }
  g_clear_object (&rt->backend);
  g_clear_object (&rt->auth);

  if (_pursuit_sync_engine_has_factory (self))
    {
      g_autoptr(PursuitCalendarBackend) backend = _pursuit_sync_engine_make_factory_backend (self, account);

      if (backend == NULL)
        {
          g_task_return_new_error (task, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_OFFLINE,
                                   _("The calendar of %s cannot be reached."),
                                   pursuit_account_get_label (account));
          return;
        }
      cache_backend (self, account, backend, NULL);
      g_task_return_pointer (task, g_steal_pointer (&backend), g_object_unref);
      return;
    }

  bd = g_new0 (AccountAuth, 1);
  bd->account = pursuit_account_copy (account);
  g_task_set_task_data (task, bd, _pursuit_account_auth_free);

  kind = pursuit_account_get_kind (account);
  if (g_strcmp0 (kind, "google") == 0)
    {
      bd->auth = _pursuit_sync_engine_new_google_auth (self, &error);
      if (bd->auth == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      pursuit_secret_store_lookup_async (_pursuit_sync_engine_get_secrets (self), PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN,
                                         pursuit_account_get_secret_key (account),
                                         cancellable, lookup_secret_cb, g_steal_pointer (&task));
    }
  else if (g_strcmp0 (kind, "caldav") == 0)
    {
      pursuit_secret_store_lookup_async (_pursuit_sync_engine_get_secrets (self), PURSUIT_SECRET_CALDAV_PASSWORD,
                                         pursuit_account_get_secret_key (account),
                                         cancellable, lookup_secret_cb, g_steal_pointer (&task));
    }
  else
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Pursuit does not know this kind of account."));
    }
}

PursuitCalendarBackend *
_pursuit_sync_engine_get_backend_finish (PursuitSyncEngine  *self,
                                         GAsyncResult       *result,
                                         GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

PursuitGoogleAuth *
_pursuit_sync_engine_peek_google_auth (PursuitSyncEngine *self,
                                       gint64             account_id)
{
  AccountRuntime *rt = _pursuit_sync_engine_lookup_runtime (self, account_id);

  return rt != NULL ? rt->auth : NULL;
}

PursuitGoogleAuth *
_pursuit_sync_engine_new_google_auth (PursuitSyncEngine  *self,
                                      GError            **error)
{
  const char *client_id = _pursuit_sync_engine_get_client_id (self);

  if (client_id == NULL || client_id[0] == '\0')
    {
      g_set_error (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_NO_CLIENT,
                   _("No Google OAuth client is set. Enter its client ID in Preferences → Integrations."));
      return NULL;
    }
  return pursuit_google_auth_new (pursuit_sync_engine_get_http (self), client_id,
                                  _pursuit_sync_engine_get_client_secret (self));
}
