/* pursuit-sync-engine-accounts.c
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
#include "pursuit-google-endpoints.h"
#include "pursuit-secret-private.h"
#include "pursuit-sync-engine-private.h"

/* What adding an account carries from one step to the next. */
typedef struct
{
  PursuitGoogleAuth      *auth;
  PursuitCalendarBackend *backend;
  PursuitAccount         *account;       /* to add, or the existing one */
  gboolean                existing;
  char                   *secret_kind;
  char                   *secret;
} AddData;

static void
add_data_free (gpointer data)
{
  AddData *ad = data;

  g_clear_object (&ad->auth);
  g_clear_object (&ad->backend);
  g_clear_object (&ad->account);
  g_free (ad->secret_kind);
  _pursuit_secret_forget (&ad->secret);
  g_free (ad);
}

void
_pursuit_account_auth_free (gpointer data)
{
  AccountAuth *aa = data;

  g_clear_object (&aa->account);
  g_clear_object (&aa->auth);
  g_free (aa);
}

GError *
_pursuit_sync_new_not_signed_in_error (PursuitAccount *account)
{
  return g_error_new (PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_NOT_SIGNED_IN,
                      _("Pursuit has no sign-in for %s. Sign in again."),
                      pursuit_account_get_label (account));
}

void
_pursuit_sync_engine_google_sign_in (GTask               *task,
                                     const char * const  *scopes,
                                     PursuitOpenUriFunc   open_uri,
                                     gpointer             open_uri_data,
                                     PursuitGoogleAuth  **out_auth,
                                     GAsyncReadyCallback  callback)
{
  g_autoptr(GTask) owned = task;
  GError *error = NULL;

  *out_auth = _pursuit_sync_engine_new_google_auth (g_task_get_source_object (task), &error);
  if (*out_auth == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  pursuit_google_auth_sign_in_async (*out_auth, scopes, open_uri, open_uri_data, g_task_get_cancellable (task),
                                     callback, g_steal_pointer (&owned));
}

gboolean
_pursuit_sync_google_sign_in_finish (GTask              *task,
                                     PursuitGoogleAuth  *auth,
                                     GAsyncResult       *result,
                                     char              **out_email,
                                     char              **out_refresh_token,
                                     char              **out_scopes)
{
  GError *error = NULL;

  if (!pursuit_google_auth_sign_in_finish (auth, result, out_email, out_refresh_token, out_scopes, &error))
    {
      g_task_return_error (task, error);
      return FALSE;
    }
  if (*out_refresh_token == NULL || *out_email == NULL)
    {
      g_task_return_new_error (task, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_BAD_REDIRECT,
                               _("Google did not give Pursuit lasting access. Try again."));
      return FALSE;
    }
  return TRUE;
}

/* The account of @kind that @match_fn says is the same, or NULL. */
static PursuitAccount *
find_account (PursuitStore *store,
              const char   *kind,
              const char   *label,
              const char   *server_url,
              const char   *username)
{
  g_autoptr(GPtrArray) accounts = pursuit_store_list_accounts (store, NULL);

  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      PursuitAccount *account = g_ptr_array_index (accounts, i);

      if (g_strcmp0 (pursuit_account_get_kind (account), kind) != 0)
        continue;
      if (server_url == NULL
          ? g_strcmp0 (pursuit_account_get_label (account), label) == 0
          : g_strcmp0 (pursuit_account_get_server_url (account), server_url) == 0 &&
            g_strcmp0 (pursuit_account_get_username (account), username) == 0)
        return g_object_ref (account);
    }
  return NULL;
}

/* Saves the account (new, or signed in again) once its secret is kept. */
static void
finish_add (GTask *task)
{
  PursuitSyncEngine *self = g_task_get_source_object (task);
  PursuitStore *store = pursuit_sync_engine_get_store (self);
  AddData *ad = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (ad->existing)
    {
      id = pursuit_account_get_id (ad->account);
      pursuit_account_set_needs_sign_in (ad->account, FALSE);
      pursuit_account_set_last_error (ad->account, NULL);
      _pursuit_sync_engine_forget_account (self, id);
      if (!pursuit_store_update_account (store, ad->account, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      /* Clears needs-sign-in and the error in the store too. */
      pursuit_store_record_account_sync (store, id, NULL, pursuit_account_get_last_sync_at (ad->account),
                                         NULL, FALSE, NULL);
      _pursuit_sync_engine_emit_state_changed (self, id);
      g_task_return_int (task, id);
      return;
    }

  id = pursuit_store_add_account (store, ad->account, &error);
  if (id <= 0)
    {
      /* Nothing may point at the secret any more. */
      pursuit_secret_store_clear_async (_pursuit_sync_engine_get_secrets (self), ad->secret_kind,
                                        pursuit_account_get_secret_key (ad->account),
                                        NULL, NULL, NULL);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  _pursuit_sync_engine_emit_state_changed (self, id);
  g_task_return_int (task, id);
}

static void
store_secret_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!pursuit_secret_store_store_finish (PURSUIT_SECRET_STORE (source), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  finish_add (task);
}

static void
store_secret (GTask *task)
{
  PursuitSyncEngine *self = g_task_get_source_object (task);
  AddData *ad = g_task_get_task_data (task);
  g_autofree char *label = NULL;

  if (g_strcmp0 (ad->secret_kind, PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN) == 0)
    /* Translators: what the password manager shows; %s is an address. */
    label = g_strdup_printf (_("Pursuit: Google account %s"), pursuit_account_get_label (ad->account));
  else
    /* Translators: what the password manager shows; %s is user@host. */
    label = g_strdup_printf (_("Pursuit: CalDAV account %s"), pursuit_account_get_label (ad->account));

  pursuit_secret_store_store_async (_pursuit_sync_engine_get_secrets (self), ad->secret_kind,
                                    pursuit_account_get_secret_key (ad->account), label, ad->secret,
                                    g_task_get_cancellable (task), store_secret_cb, g_object_ref (task));
}

/* The calendar to write to: the primary one, else the first. */
static PursuitRemoteCalendar *
choose_calendar (GPtrArray *calendars)
{
  for (guint i = 0; calendars != NULL && i < calendars->len; i++)
    if (pursuit_remote_calendar_get_primary (g_ptr_array_index (calendars, i)))
      return g_ptr_array_index (calendars, i);
  return calendars != NULL && calendars->len > 0 ? g_ptr_array_index (calendars, 0) : NULL;
}

static void
google_calendars_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AddData *ad = g_task_get_task_data (task);
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GError) error = NULL;
  PursuitRemoteCalendar *calendar;

  calendars = pursuit_calendar_backend_list_calendars_finish (PURSUIT_CALENDAR_BACKEND (source),
                                                              result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Google always has "primary"; a failed listing is no reason to give
   * up a sign-in that worked. */
  calendar = choose_calendar (calendars);
  if (error != NULL)
    g_debug ("Listing calendars after sign-in: %s", error->message);
  pursuit_account_set_calendar_id (ad->account, calendar != NULL
                                   ? pursuit_remote_calendar_get_id (calendar) : "primary");
  pursuit_account_set_calendar_name (ad->account, calendar != NULL
                                     ? pursuit_remote_calendar_get_name (calendar)
                                     : pursuit_account_get_label (ad->account));
  store_secret (task);
}

static void
sign_in_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitSyncEngine *self = g_task_get_source_object (task);
  AddData *ad = g_task_get_task_data (task);
  g_autofree char *email = NULL;
  g_autofree char *refresh_token = NULL;
  g_autofree char *scopes = NULL;
  g_autoptr(PursuitAccount) existing = NULL;

  if (!_pursuit_sync_google_sign_in_finish (task, ad->auth, result, &email, &refresh_token, &scopes))
    return;

  ad->secret_kind = g_strdup (PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN);
  ad->secret = g_steal_pointer (&refresh_token);

  existing = find_account (pursuit_sync_engine_get_store (self), "google", email, NULL, NULL);
  if (existing != NULL)
    {
      ad->account = g_steal_pointer (&existing);
      ad->existing = TRUE;
      pursuit_account_set_scopes (ad->account, scopes);
      store_secret (task);
      return;
    }

  ad->account = pursuit_account_new ();
  pursuit_account_set_kind (ad->account, "google");
  pursuit_account_set_label (ad->account, email);
  pursuit_account_set_scopes (ad->account, scopes);
  {
    g_autofree char *key = pursuit_account_new_secret_key ();
    pursuit_account_set_secret_key (ad->account, key);
  }

  ad->backend = _pursuit_sync_engine_make_factory_backend (self, ad->account);
  if (ad->backend == NULL)
    ad->backend = PURSUIT_CALENDAR_BACKEND (pursuit_google_calendar_new (pursuit_sync_engine_get_http (self),
                                                                         ad->auth, NULL));
  pursuit_calendar_backend_list_calendars_async (ad->backend, g_task_get_cancellable (task),
                                                 google_calendars_cb, g_object_ref (task));
}

void
pursuit_sync_engine_add_google_account_async (PursuitSyncEngine   *self,
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
    NULL
  };
  GTask *task;
  AddData *ad;

  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));
  g_return_if_fail (open_uri != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_sync_engine_add_google_account_async);
  ad = g_new0 (AddData, 1);
  g_task_set_task_data (task, ad, add_data_free);

  _pursuit_sync_engine_google_sign_in (task, scopes, open_uri, open_uri_data, &ad->auth, sign_in_cb);
}

gint64
pursuit_sync_engine_add_google_account_finish (PursuitSyncEngine  *self,
                                               GAsyncResult       *result,
                                               GError            **error)
{
  gssize id;

  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), 0);
  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  /* 0, not GTask's -1, on error. */
  id = g_task_propagate_int (G_TASK (result), error);
  return id > 0 ? id : 0;
}

static void
caldav_calendars_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  AddData *ad = g_task_get_task_data (task);
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GError) error = NULL;
  PursuitRemoteCalendar *calendar;

  calendars = pursuit_calendar_backend_list_calendars_finish (PURSUIT_CALENDAR_BACKEND (source),
                                                              result, &error);
  if (calendars == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  calendar = choose_calendar (calendars);
  if (calendar == NULL)
    {
      g_task_return_new_error (task, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_NO_CALENDAR,
                               _("The server has no calendar that takes events."));
      return;
    }
  pursuit_account_set_calendar_id (ad->account, pursuit_remote_calendar_get_id (calendar));
  pursuit_account_set_calendar_name (ad->account, pursuit_remote_calendar_get_name (calendar));
  store_secret (task);
}

void
pursuit_sync_engine_add_caldav_account_async (PursuitSyncEngine   *self,
                                              const char          *server_url,
                                              const char          *username,
                                              const char          *password,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GUri) uri = NULL;
  g_autoptr(PursuitAccount) existing = NULL;
  g_autoptr(PursuitBasicAuth) basic = NULL;
  g_autofree char *label = NULL;
  AddData *ad;
  const char *scheme;

  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_sync_engine_add_caldav_account_async);

  if (server_url != NULL)
    uri = g_uri_parse (server_url, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  if (uri == NULL || g_uri_get_host (uri) == NULL || g_uri_get_host (uri)[0] == '\0' ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("The server address must be a web address starting with https://."));
      return;
    }
  if (username == NULL || username[0] == '\0' || !g_utf8_validate (username, -1, NULL))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("Enter the user name of the calendar account."));
      return;
    }
  if (password == NULL || password[0] == '\0')
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("Enter the password of the calendar account."));
      return;
    }

  ad = g_new0 (AddData, 1);
  g_task_set_task_data (task, ad, add_data_free);
  ad->secret_kind = g_strdup (PURSUIT_SECRET_CALDAV_PASSWORD);
  ad->secret = g_strdup (password);

  existing = find_account (pursuit_sync_engine_get_store (self), "caldav", NULL, server_url, username);
  if (existing != NULL)
    {
      ad->account = g_steal_pointer (&existing);
      ad->existing = TRUE;
    }
  else
    {
      g_autofree char *key = pursuit_account_new_secret_key ();

      label = g_strdup_printf ("%s@%s", username, g_uri_get_host (uri));
      ad->account = pursuit_account_new ();
      pursuit_account_set_kind (ad->account, "caldav");
      pursuit_account_set_label (ad->account, label);
      pursuit_account_set_server_url (ad->account, server_url);
      pursuit_account_set_username (ad->account, username);
      pursuit_account_set_secret_key (ad->account, key);
    }

  /* Tests: the factory's backend lists the calendars. */
  ad->backend = _pursuit_sync_engine_make_factory_backend (self, ad->account);
  if (ad->backend == NULL)
    {
      basic = pursuit_basic_auth_new (username, password);
      ad->backend = PURSUIT_CALENDAR_BACKEND (pursuit_caldav_calendar_new (pursuit_sync_engine_get_http (self),
                                                                           server_url,
                                                                           PURSUIT_AUTHORIZER (basic),
                                                                           NULL));
    }
  pursuit_calendar_backend_list_calendars_async (ad->backend, cancellable, caldav_calendars_cb,
                                                 g_steal_pointer (&task));
}

gint64
pursuit_sync_engine_add_caldav_account_finish (PursuitSyncEngine  *self,
                                               GAsyncResult       *result,
                                               GError            **error)
{
  gssize id;

  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), 0);
  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  /* 0, not GTask's -1, on error. */
  id = g_task_propagate_int (G_TASK (result), error);
  return id > 0 ? id : 0;
}

/* The stored account @account_id, or NULL after ending @task (whose
 * source is the engine) with why there is none. */
static PursuitAccount *
get_account_or_return (GTask  *task,
                       gint64  account_id)
{
  PursuitSyncEngine *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  PursuitAccount *account;

  account = pursuit_store_get_account (pursuit_sync_engine_get_store (self), account_id, &error);
  if (account == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  return account;
}

/* Removing: revoke (Google), clear the secret, remove from the store. */

static void
remove_from_store (GTask *task)
{
  PursuitSyncEngine *self = g_task_get_source_object (task);
  PursuitAccount *account = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gint64 id = pursuit_account_get_id (account);

  if (!pursuit_store_remove_account (pursuit_sync_engine_get_store (self), id, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  _pursuit_sync_engine_forget_account (self, id);
  _pursuit_sync_engine_emit_state_changed (self, id);
  g_task_return_boolean (task, TRUE);
}

/* Revoking and clearing are done as well as they can be: the account is
 * removed all the same, unless the removal was cancelled. FALSE after
 * ending @task. */
static gboolean
may_go_on_removing (GTask          *task,
                    GError        **error,
                    GLogLevelFlags  level,
                    const char     *what)
{
  if (*error == NULL)
    return TRUE;

  if (g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (error));
      return FALSE;
    }
  g_log (G_LOG_DOMAIN, level, "%s of a removed account: %s", what, (*error)->message);
  return TRUE;
}

static void
clear_secret_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  pursuit_secret_store_clear_finish (PURSUIT_SECRET_STORE (source), result, &error);
  if (may_go_on_removing (task, &error, G_LOG_LEVEL_WARNING, "Clearing the secret"))
    remove_from_store (task);
}

static void
clear_secret (GTask *task)
{
  PursuitSyncEngine *self = g_task_get_source_object (task);
  PursuitAccount *account = g_task_get_task_data (task);
  gboolean google = g_strcmp0 (pursuit_account_get_kind (account), "google") == 0;

  pursuit_secret_store_clear_async (_pursuit_sync_engine_get_secrets (self),
                                    google ? PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN
                                           : PURSUIT_SECRET_CALDAV_PASSWORD,
                                    pursuit_account_get_secret_key (account),
                                    g_task_get_cancellable (task), clear_secret_cb, g_object_ref (task));
}

static void
revoke_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  pursuit_google_auth_revoke_finish (PURSUIT_GOOGLE_AUTH (source), result, &error);
  if (may_go_on_removing (task, &error, G_LOG_LEVEL_DEBUG, "Revoking the tokens"))
    clear_secret (task);
}

static void
remove_lookup_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitSyncEngine *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *refresh_token = NULL;
  g_autoptr(PursuitGoogleAuth) auth = NULL;

  refresh_token = pursuit_secret_store_lookup_finish (PURSUIT_SECRET_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (refresh_token == NULL || (auth = _pursuit_sync_engine_new_google_auth (self, NULL)) == NULL)
    {
      clear_secret (task);
      return;
    }
  pursuit_google_auth_set_refresh_token (auth, refresh_token);
  pursuit_google_auth_revoke_async (auth, g_task_get_cancellable (task), revoke_cb, g_object_ref (task));
}

void
pursuit_sync_engine_remove_account_async (PursuitSyncEngine   *self,
                                          gint64               account_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  PursuitAccount *account;

  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_sync_engine_remove_account_async);

  account = get_account_or_return (task, account_id);
  if (account == NULL)
    return;
  g_task_set_task_data (task, account, g_object_unref);

  if (g_strcmp0 (pursuit_account_get_kind (account), "google") == 0)
    {
      pursuit_secret_store_lookup_async (_pursuit_sync_engine_get_secrets (self),
                                         PURSUIT_SECRET_GOOGLE_REFRESH_TOKEN,
                                         pursuit_account_get_secret_key (account),
                                         cancellable, remove_lookup_cb, g_object_ref (task));
      return;
    }
  clear_secret (task);
}

gboolean
pursuit_sync_engine_remove_account_finish (PursuitSyncEngine  *self,
                                           GAsyncResult       *result,
                                           GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
list_calendars_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *calendars;

  calendars = pursuit_calendar_backend_list_calendars_finish (PURSUIT_CALENDAR_BACKEND (source),
                                                              result, &error);
  if (calendars == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, calendars, (GDestroyNotify) g_ptr_array_unref);
}

static void
list_calendars_backend_cb (GObject      *source,
                           GAsyncResult *result,
                           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(PursuitCalendarBackend) backend = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable;

  backend = _pursuit_sync_engine_get_backend_finish (PURSUIT_SYNC_ENGINE (source), result, &error);
  if (backend == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* The cancellable first: arguments are evaluated in no set order. */
  cancellable = g_task_get_cancellable (task);
  pursuit_calendar_backend_list_calendars_async (backend, cancellable,
                                                 list_calendars_cb, g_steal_pointer (&task));
}

void
pursuit_sync_engine_list_calendars_async (PursuitSyncEngine   *self,
                                          gint64               account_id,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(PursuitAccount) account = NULL;

  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_sync_engine_list_calendars_async);

  account = get_account_or_return (task, account_id);
  if (account == NULL)
    return;
  _pursuit_sync_engine_get_backend_async (self, account, cancellable, list_calendars_backend_cb,
                                          g_steal_pointer (&task));
}

GPtrArray *
pursuit_sync_engine_list_calendars_finish (PursuitSyncEngine  *self,
                                           GAsyncResult       *result,
                                           GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
