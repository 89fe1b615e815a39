/* pursuit-sync-engine-gmail.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-sync-engine"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-google-endpoints.h"
#include "pursuit-secret-private.h"
#include "pursuit-store-mail.h"
#include "pursuit-sync-engine-private.h"

/* Gmail rides on the Google account of the calendar sync: one sign-in,
 * one refresh token, one PursuitGoogleAuth shared by both. */

static gboolean
scopes_contain (char       **scopes,
                const char  *scope)
{
  return scopes != NULL && g_strv_contains ((const char * const *) scopes, scope);
}

gboolean
pursuit_google_scopes_have_gmail (const char *scopes)
{
  g_auto(GStrv) list = NULL;
  gboolean full;

  if (scopes == NULL)
    return FALSE;
  list = g_strsplit_set (scopes, " \t\n", -1);
  /* gmail.modify and the full mail scope cover all three needs. */
  full = scopes_contain (list, "https://mail.google.com/") ||
         scopes_contain (list, "https://www.googleapis.com/auth/gmail.modify");
  if (full)
    return TRUE;
  return scopes_contain (list, PURSUIT_GOOGLE_SCOPE_GMAIL_SEND) &&
         scopes_contain (list, PURSUIT_GOOGLE_SCOPE_GMAIL_COMPOSE) &&
         scopes_contain (list, PURSUIT_GOOGLE_SCOPE_GMAIL_READONLY);
}

/* The stored Google account @account_id, or NULL after ending @task with
 * why there is none. */
static PursuitAccount *
get_google_account_or_return (GTask  *task,
                              gint64  account_id)
{
  PursuitSyncEngine *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitAccount) account = NULL;

  account = pursuit_store_get_account (pursuit_sync_engine_get_store (self), account_id, &error);
  if (account == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return NULL;
    }
  if (g_strcmp0 (pursuit_account_get_kind (account), "google") != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("%s is not a Google account: Gmail needs one."),
                               pursuit_account_get_label (account));
      return NULL;
    }
  return g_steal_pointer (&account);
}

/* Getting the auth ------------------------------------------------------- */

static void
auth_backend_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitSyncEngine *self = PURSUIT_SYNC_ENGINE (source);
  AccountAuth *ad = g_task_get_task_data (task);
  g_autoptr(PursuitCalendarBackend) backend = NULL;
  g_autoptr(GError) error = NULL;
  PursuitGoogleAuth *auth;

  backend = _pursuit_sync_engine_get_backend_finish (self, result, &error);
  if (backend == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  auth = _pursuit_sync_engine_peek_google_auth (self, pursuit_account_get_id (ad->account));
  if (auth == NULL)
    {
      g_task_return_error (task, _pursuit_sync_new_not_signed_in_error (ad->account));
      return;
    }
  g_task_return_pointer (task, g_object_ref (auth), g_object_unref);
}

/* With a test factory the backend has no auth: one of our own, kept in
 * the runtime until the account's settings change. */
static void
auth_lookup_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitSyncEngine *self = g_task_get_source_object (task);
  AccountAuth *ad = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  AccountRuntime *rt;

  token = pursuit_secret_store_lookup_finish (PURSUIT_SECRET_STORE (source), result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (token == NULL)
    {
      g_task_return_error (task, _pursuit_sync_new_not_signed_in_error (ad->account));
      return;
    }
  pursuit_google_auth_set_refresh_token (ad->auth, token);

  rt = _pursuit_sync_engine_ensure_runtime (self, pursuit_account_get_id (ad->account));
  if (rt->auth == NULL)
    {
      rt->auth = g_object_ref (ad->auth);
      if (rt->config == NULL)
        rt->config = _pursuit_sync_engine_dup_backend_config (self, ad->account);
    }
  g_task_return_pointer (task, g_object_ref (rt->auth), g_object_unref);
}

void
pursuit_sync_engine_get_google_auth_async (PursuitSyncEngine   *self,
                                           gint64               account_id,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *config = NULL;
  AccountRuntime *rt;
  AccountAuth *ad;
  GError *error = NULL;

  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_sync_engine_get_google_auth_async);

  ad = g_new0 (AccountAuth, 1);
  g_task_set_task_data (task, ad, _pursuit_account_auth_free);
  ad->account = get_google_account_or_return (task, account_id);
  if (ad->account == NULL)
    return;

  rt = _pursuit_sync_engine_ensure_runtime (self, account_id);
  config = _pursuit_sync_engine_dup_backend_config (self, ad->account);
  if (rt->auth != NULL && g_strcmp0 (rt->config, config) == 0)
    {
      g_task_return_pointer (task, g_object_ref (rt->auth), g_object_unref);
      return;
    }

  if (!_pursuit_sync_engine_has_factory (self))
    {
      _pursuit_sync_engine_get_backend_async (self, ad->account, cancellable, auth_backend_cb,
                                              g_steal_pointer (&task));
      return;
    }

  if (g_strcmp0 (rt->config, config) != 0)
    {
      g_clear_object (&rt->backend);
      g_clear_object (&rt->auth);
      g_free (rt->config);
      rt->config = g_steal_pointer (&config);
    }
  ad->auth = _pursuit_sync_engine_new_google_auth (self, &error);
  if (ad->auth == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  pursuit_secret_store_lookup_async (_pursuit_sync_engine_get_secrets (self), PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN,
                                     pursuit_account_get_secret_key (ad->account),
                                     cancellable, auth_lookup_cb, g_steal_pointer (&task));
}

PursuitGoogleAuth *
pursuit_sync_engine_get_google_auth_finish (PursuitSyncEngine  *self,
                                            GAsyncResult       *result,
                                            GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Turning Gmail on ------------------------------------------------------- */

typedef struct
{
  PursuitAccount    *account;
  PursuitGoogleAuth *auth;
  char              *refresh_token;
  char              *scopes;
} EnableData;

static void
enable_data_free (gpointer data)
{
  EnableData *ed = data;

  g_clear_object (&ed->account);
  g_clear_object (&ed->auth);
  _pursuit_secret_forget (&ed->refresh_token);
  g_free (ed->scopes);
  g_free (ed);
}

static void
enable_store_secret_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitSyncEngine *self = g_task_get_source_object (task);
  EnableData *ed = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_account_get_id (ed->account);
  AccountRuntime *rt;

  if (!pursuit_secret_store_store_finish (PURSUIT_SECRET_STORE (source), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* The calendar and Gmail go on with the new grant's token. */
  rt = _pursuit_sync_engine_lookup_runtime (self, id);
  if (rt != NULL && rt->auth != NULL)
    pursuit_google_auth_set_refresh_token (rt->auth, ed->refresh_token);

  if (!pursuit_store_set_account_mail_enabled (pursuit_sync_engine_get_store (self), id, TRUE,
                                               ed->scopes, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (pursuit_account_get_needs_sign_in (ed->account))
    pursuit_store_record_account_sync (pursuit_sync_engine_get_store (self), id, NULL,
                                       pursuit_account_get_last_sync_at (ed->account), NULL, FALSE, NULL);
  _pursuit_sync_engine_emit_state_changed (self, id);
  g_task_return_boolean (task, TRUE);
}

static void
enable_sign_in_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitSyncEngine *self = g_task_get_source_object (task);
  EnableData *ed = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *email = NULL;
  g_autofree char *label = NULL;

  if (!_pursuit_sync_google_sign_in_finish (task, ed->auth, result, &email, &ed->refresh_token, &ed->scopes))
    return;
  if (g_ascii_strcasecmp (email, pursuit_account_get_label (ed->account)) != 0)
    {
      /* Not revoked: the grant may be another account's that Pursuit uses. */
      g_task_return_new_error (task, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_DENIED,
                               _("You signed in as %s, not as %s. Sign in with %s to turn Gmail on."),
                               email, pursuit_account_get_label (ed->account),
                               pursuit_account_get_label (ed->account));
      return;
    }
  if (!pursuit_google_scopes_have_gmail (ed->scopes))
    {
      g_task_return_new_error (task, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_DENIED,
                               _("Google did not grant access to Gmail. Allow sending and reading mail to turn Gmail on."));
      return;
    }

  /* Translators: what the password manager shows; %s is an address. */
  label = g_strdup_printf (_("Pursuit: Google account %s"), pursuit_account_get_label (ed->account));
  pursuit_secret_store_store_async (_pursuit_sync_engine_get_secrets (self), PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN,
                                    pursuit_account_get_secret_key (ed->account), label, ed->refresh_token,
                                    g_task_get_cancellable (task), enable_store_secret_cb, g_object_ref (task));
}

void
pursuit_sync_engine_enable_gmail_async (PursuitSyncEngine   *self,
                                        gint64               account_id,
                                        PursuitOpenUriFunc   open_uri,
                                        gpointer             open_uri_data,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  static const char * const scopes[] = {
    PURSUIT_GOOGLE_SCOPE_EMAIL,
    PURSUIT_GOOGLE_SCOPE_CALENDAR_EVENTS,
    PURSUIT_GOOGLE_SCOPE_CALENDAR_LIST,
    PURSUIT_GOOGLE_SCOPE_GMAIL_SEND,
    PURSUIT_GOOGLE_SCOPE_GMAIL_COMPOSE,
    PURSUIT_GOOGLE_SCOPE_GMAIL_READONLY,
    NULL
  };
  g_autoptr(GTask) task = NULL;
  EnableData *ed;

  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));
  g_return_if_fail (open_uri != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_sync_engine_enable_gmail_async);
  ed = g_new0 (EnableData, 1);
  g_task_set_task_data (task, ed, enable_data_free);

  ed->account = get_google_account_or_return (task, account_id);
  if (ed->account == NULL)
    return;
  _pursuit_sync_engine_google_sign_in (g_steal_pointer (&task), scopes, open_uri, open_uri_data, &ed->auth,
                                       enable_sign_in_cb);
}

gboolean
pursuit_sync_engine_enable_gmail_finish (PursuitSyncEngine  *self,
                                         GAsyncResult       *result,
                                         GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
pursuit_sync_engine_disable_gmail (PursuitSyncEngine  *self,
                                   gint64              account_id,
                                   GError            **error)
{
  g_autoptr(PursuitAccount) account = NULL;

  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  account = pursuit_store_get_account (pursuit_sync_engine_get_store (self), account_id, error);
  if (account == NULL)
    return FALSE;
  if (!pursuit_store_set_account_mail_enabled (pursuit_sync_engine_get_store (self), account_id, FALSE,
                                               pursuit_account_get_scopes (account), error))
    return FALSE;
  _pursuit_sync_engine_emit_state_changed (self, account_id);
  return TRUE;
}
