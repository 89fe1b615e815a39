/* pursuit-account.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-account"

#include "pursuit-account.h"

struct _PursuitAccount
{
  GObject parent_instance;

  gint64 id;
  char *kind;
  char *label;
  char *server_url;
  char *username;
  char *calendar_id;
  char *calendar_name;
  char *sync_token;
  char *secret_key;
  char *scopes;
  gboolean enabled;
  gboolean sync_follow_ups;
  gboolean invite_interviewer;
  gboolean needs_sign_in;
  gint64 last_sync_at;
  char *last_error;
  gint64 created_at;
  gboolean mail_enabled;
  char *mail_history_id;
  gint64 mail_synced_at;
  char *mail_last_error;
};

G_DEFINE_FINAL_TYPE (PursuitAccount, pursuit_account, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_LABEL,
  PROP_SERVER_URL,
  PROP_USERNAME,
  PROP_CALENDAR_ID,
  PROP_CALENDAR_NAME,
  PROP_SYNC_TOKEN,
  PROP_SECRET_KEY,
  PROP_SCOPES,
  PROP_ENABLED,
  PROP_SYNC_FOLLOW_UPS,
  PROP_INVITE_INTERVIEWER,
  PROP_NEEDS_SIGN_IN,
  PROP_LAST_SYNC_AT,
  PROP_LAST_ERROR,
  PROP_CREATED_AT,
  PROP_MAIL_ENABLED,
  PROP_MAIL_HISTORY_ID,
  PROP_MAIL_SYNCED_AT,
  PROP_MAIL_LAST_ERROR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
pursuit_account_finalize (GObject *object)
{
  PursuitAccount *self = (PursuitAccount *)object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->server_url, g_free);
  g_clear_pointer (&self->username, g_free);
  g_clear_pointer (&self->calendar_id, g_free);
  g_clear_pointer (&self->calendar_name, g_free);
  g_clear_pointer (&self->sync_token, g_free);
  g_clear_pointer (&self->secret_key, g_free);
  g_clear_pointer (&self->scopes, g_free);
  g_clear_pointer (&self->last_error, g_free);
  g_clear_pointer (&self->mail_history_id, g_free);
  g_clear_pointer (&self->mail_last_error, g_free);

  G_OBJECT_CLASS (pursuit_account_parent_class)->finalize (object);
}

static void
pursuit_account_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PursuitAccount *self = PURSUIT_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_SERVER_URL:
      g_value_set_string (value, self->server_url);
      break;
    case PROP_USERNAME:
      g_value_set_string (value, self->username);
      break;
    case PROP_CALENDAR_ID:
      g_value_set_string (value, self->calendar_id);
      break;
    case PROP_CALENDAR_NAME:
      g_value_set_string (value, self->calendar_name);
      break;
    case PROP_SYNC_TOKEN:
      g_value_set_string (value, self->sync_token);
      break;
    case PROP_SECRET_KEY:
      g_value_set_string (value, self->secret_key);
      break;
    case PROP_SCOPES:
      g_value_set_string (value, self->scopes);
      break;
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_SYNC_FOLLOW_UPS:
      g_value_set_boolean (value, self->sync_follow_ups);
      break;
    case PROP_INVITE_INTERVIEWER:
      g_value_set_boolean (value, self->invite_interviewer);
      break;
    case PROP_NEEDS_SIGN_IN:
      g_value_set_boolean (value, self->needs_sign_in);
      break;
    case PROP_LAST_SYNC_AT:
      g_value_set_int64 (value, self->last_sync_at);
      break;
    case PROP_LAST_ERROR:
      g_value_set_string (value, self->last_error);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_MAIL_ENABLED:
      g_value_set_boolean (value, self->mail_enabled);
      break;
    case PROP_MAIL_HISTORY_ID:
      g_value_set_string (value, self->mail_history_id);
      break;
    case PROP_MAIL_SYNCED_AT:
      g_value_set_int64 (value, self->mail_synced_at);
      break;
    case PROP_MAIL_LAST_ERROR:
      g_value_set_string (value, self->mail_last_error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_account_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PursuitAccount *self = PURSUIT_ACCOUNT (object);

  switch (prop_id)
    {
    case PROP_ID:
      pursuit_account_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      pursuit_account_set_kind (self, g_value_get_string (value));
      break;
    case PROP_LABEL:
      pursuit_account_set_label (self, g_value_get_string (value));
      break;
    case PROP_SERVER_URL:
      pursuit_account_set_server_url (self, g_value_get_string (value));
      break;
    case PROP_USERNAME:
      pursuit_account_set_username (self, g_value_get_string (value));
      break;
    case PROP_CALENDAR_ID:
      pursuit_account_set_calendar_id (self, g_value_get_string (value));
      break;
    case PROP_CALENDAR_NAME:
      pursuit_account_set_calendar_name (self, g_value_get_string (value));
      break;
    case PROP_SYNC_TOKEN:
      pursuit_account_set_sync_token (self, g_value_get_string (value));
      break;
    case PROP_SECRET_KEY:
      pursuit_account_set_secret_key (self, g_value_get_string (value));
      break;
    case PROP_SCOPES:
      pursuit_account_set_scopes (self, g_value_get_string (value));
      break;
    case PROP_ENABLED:
      pursuit_account_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_SYNC_FOLLOW_UPS:
      pursuit_account_set_sync_follow_ups (self, g_value_get_boolean (value));
      break;
    case PROP_INVITE_INTERVIEWER:
      pursuit_account_set_invite_interviewer (self, g_value_get_boolean (value));
      break;
    case PROP_NEEDS_SIGN_IN:
      pursuit_account_set_needs_sign_in (self, g_value_get_boolean (value));
      break;
    case PROP_LAST_SYNC_AT:
      pursuit_account_set_last_sync_at (self, g_value_get_int64 (value));
      break;
    case PROP_LAST_ERROR:
      pursuit_account_set_last_error (self, g_value_get_string (value));
      break;
    case PROP_CREATED_AT:
      pursuit_account_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_MAIL_ENABLED:
      pursuit_account_set_mail_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_MAIL_HISTORY_ID:
      pursuit_account_set_mail_history_id (self, g_value_get_string (value));
      break;
    case PROP_MAIL_SYNCED_AT:
      pursuit_account_set_mail_synced_at (self, g_value_get_int64 (value));
      break;
    case PROP_MAIL_LAST_ERROR:
      pursuit_account_set_mail_last_error (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_account_class_init (PursuitAccountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_account_finalize;
  object_class->get_property = pursuit_account_get_property;
  object_class->set_property = pursuit_account_set_property;

  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, flags);
  properties [PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties [PROP_SERVER_URL] =
    g_param_spec_string ("server-url", NULL, NULL, NULL, flags);
  properties [PROP_USERNAME] =
    g_param_spec_string ("username", NULL, NULL, NULL, flags);
  properties [PROP_CALENDAR_ID] =
    g_param_spec_string ("calendar-id", NULL, NULL, NULL, flags);
  properties [PROP_CALENDAR_NAME] =
    g_param_spec_string ("calendar-name", NULL, NULL, NULL, flags);
  properties [PROP_SYNC_TOKEN] =
    g_param_spec_string ("sync-token", NULL, NULL, NULL, flags);
  properties [PROP_SECRET_KEY] =
    g_param_spec_string ("secret-key", NULL, NULL, NULL, flags);
  properties [PROP_SCOPES] =
    g_param_spec_string ("scopes", NULL, NULL, NULL, flags);
  properties [PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, TRUE, flags);
  properties [PROP_SYNC_FOLLOW_UPS] =
    g_param_spec_boolean ("sync-follow-ups", NULL, NULL, FALSE, flags);
  properties [PROP_INVITE_INTERVIEWER] =
    g_param_spec_boolean ("invite-interviewer", NULL, NULL, FALSE, flags);
  properties [PROP_NEEDS_SIGN_IN] =
    g_param_spec_boolean ("needs-sign-in", NULL, NULL, FALSE, flags);
  properties [PROP_LAST_SYNC_AT] =
    g_param_spec_int64 ("last-sync-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_LAST_ERROR] =
    g_param_spec_string ("last-error", NULL, NULL, NULL, flags);
  properties [PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_MAIL_ENABLED] =
    g_param_spec_boolean ("mail-enabled", NULL, NULL, FALSE, flags);
  properties [PROP_MAIL_HISTORY_ID] =
    g_param_spec_string ("mail-history-id", NULL, NULL, NULL, flags);
  properties [PROP_MAIL_SYNCED_AT] =
    g_param_spec_int64 ("mail-synced-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_MAIL_LAST_ERROR] =
    g_param_spec_string ("mail-last-error", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_account_init (PursuitAccount *self)
{
  self->enabled = TRUE;
}

PursuitAccount *
pursuit_account_new (void)
{
  return g_object_new (PURSUIT_TYPE_ACCOUNT, NULL);
}

/**
 * pursuit_account_new_secret_key:
 *
 * A new random key under which an account's secrets are kept in the
 * Secret Service (a UUID without its dashes). Public because a secret
 * may be kept before the account is added to the store.
 *
 * Returns: (transfer full): a new key
 */
char *
pursuit_account_new_secret_key (void)
{
  g_autofree char *uuid = g_uuid_string_random ();
  GString *key = g_string_new (NULL);

  for (const char *p = uuid; *p != '\0'; p++)
    if (*p != '-')
      g_string_append_c (key, *p);

  return g_string_free (key, FALSE);
}

/**
 * pursuit_account_copy:
 *
 * Returns: (transfer full): a new account with the same fields
 */
PursuitAccount *
pursuit_account_copy (PursuitAccount *self)
{
  PursuitAccount *copy;

  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);

  copy = pursuit_account_new ();
  pursuit_account_set_id (copy, self->id);
  pursuit_account_set_kind (copy, self->kind);
  pursuit_account_set_label (copy, self->label);
  pursuit_account_set_server_url (copy, self->server_url);
  pursuit_account_set_username (copy, self->username);
  pursuit_account_set_calendar_id (copy, self->calendar_id);
  pursuit_account_set_calendar_name (copy, self->calendar_name);
  pursuit_account_set_sync_token (copy, self->sync_token);
  pursuit_account_set_secret_key (copy, self->secret_key);
  pursuit_account_set_scopes (copy, self->scopes);
  pursuit_account_set_enabled (copy, self->enabled);
  pursuit_account_set_sync_follow_ups (copy, self->sync_follow_ups);
  pursuit_account_set_invite_interviewer (copy, self->invite_interviewer);
  pursuit_account_set_needs_sign_in (copy, self->needs_sign_in);
  pursuit_account_set_last_sync_at (copy, self->last_sync_at);
  pursuit_account_set_last_error (copy, self->last_error);
  pursuit_account_set_created_at (copy, self->created_at);
  pursuit_account_set_mail_enabled (copy, self->mail_enabled);
  pursuit_account_set_mail_history_id (copy, self->mail_history_id);
  pursuit_account_set_mail_synced_at (copy, self->mail_synced_at);
  pursuit_account_set_mail_last_error (copy, self->mail_last_error);

  return copy;
}

gint64
pursuit_account_get_id (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), 0);
  return self->id;
}

void
pursuit_account_set_id (PursuitAccount *self,
                        gint64          id)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

const char *
pursuit_account_get_kind (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->kind;
}

void
pursuit_account_set_kind (PursuitAccount *self,
                          const char     *kind)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->kind, kind) == 0)
    return;

  g_free (self->kind);
  self->kind = g_strdup (kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

const char *
pursuit_account_get_label (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->label;
}

void
pursuit_account_set_label (PursuitAccount *self,
                           const char     *label)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LABEL]);
}

const char *
pursuit_account_get_server_url (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->server_url;
}

void
pursuit_account_set_server_url (PursuitAccount *self,
                                const char     *server_url)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->server_url, server_url) == 0)
    return;

  g_free (self->server_url);
  self->server_url = g_strdup (server_url);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SERVER_URL]);
}

const char *
pursuit_account_get_username (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->username;
}

void
pursuit_account_set_username (PursuitAccount *self,
                              const char     *username)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->username, username) == 0)
    return;

  g_free (self->username);
  self->username = g_strdup (username);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_USERNAME]);
}

const char *
pursuit_account_get_calendar_id (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->calendar_id;
}

void
pursuit_account_set_calendar_id (PursuitAccount *self,
                                 const char     *calendar_id)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->calendar_id, calendar_id) == 0)
    return;

  g_free (self->calendar_id);
  self->calendar_id = g_strdup (calendar_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CALENDAR_ID]);
}

const char *
pursuit_account_get_calendar_name (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->calendar_name;
}

void
pursuit_account_set_calendar_name (PursuitAccount *self,
                                   const char     *calendar_name)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->calendar_name, calendar_name) == 0)
    return;

  g_free (self->calendar_name);
  self->calendar_name = g_strdup (calendar_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CALENDAR_NAME]);
}

const char *
pursuit_account_get_sync_token (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->sync_token;
}

void
pursuit_account_set_sync_token (PursuitAccount *self,
                                const char     *sync_token)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->sync_token, sync_token) == 0)
    return;

  g_free (self->sync_token);
  self->sync_token = g_strdup (sync_token);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SYNC_TOKEN]);
}

const char *
pursuit_account_get_secret_key (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->secret_key;
}

void
pursuit_account_set_secret_key (PursuitAccount *self,
                                const char     *secret_key)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->secret_key, secret_key) == 0)
    return;

  g_free (self->secret_key);
  self->secret_key = g_strdup (secret_key);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SECRET_KEY]);
}

const char *
pursuit_account_get_scopes (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->scopes;
}

void
pursuit_account_set_scopes (PursuitAccount *self,
                            const char     *scopes)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->scopes, scopes) == 0)
    return;

  g_free (self->scopes);
  self->scopes = g_strdup (scopes);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SCOPES]);
}

gboolean
pursuit_account_get_enabled (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), FALSE);
  return self->enabled;
}

void
pursuit_account_set_enabled (PursuitAccount *self,
                             gboolean        enabled)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (self->enabled == !!enabled)
    return;

  self->enabled = !!enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENABLED]);
}

gboolean
pursuit_account_get_sync_follow_ups (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), FALSE);
  return self->sync_follow_ups;
}

void
pursuit_account_set_sync_follow_ups (PursuitAccount *self,
                                     gboolean        sync_follow_ups)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (self->sync_follow_ups == !!sync_follow_ups)
    return;

  self->sync_follow_ups = !!sync_follow_ups;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SYNC_FOLLOW_UPS]);
}

gboolean
pursuit_account_get_invite_interviewer (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), FALSE);
  return self->invite_interviewer;
}

void
pursuit_account_set_invite_interviewer (PursuitAccount *self,
                                        gboolean        invite_interviewer)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (self->invite_interviewer == !!invite_interviewer)
    return;

  self->invite_interviewer = !!invite_interviewer;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INVITE_INTERVIEWER]);
}

gboolean
pursuit_account_get_needs_sign_in (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), FALSE);
  return self->needs_sign_in;
}

void
pursuit_account_set_needs_sign_in (PursuitAccount *self,
                                   gboolean        needs_sign_in)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (self->needs_sign_in == !!needs_sign_in)
    return;

  self->needs_sign_in = !!needs_sign_in;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NEEDS_SIGN_IN]);
}

gint64
pursuit_account_get_last_sync_at (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), 0);
  return self->last_sync_at;
}

void
pursuit_account_set_last_sync_at (PursuitAccount *self,
                                  gint64          last_sync_at)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (self->last_sync_at == last_sync_at)
    return;

  self->last_sync_at = last_sync_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LAST_SYNC_AT]);
}

const char *
pursuit_account_get_last_error (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->last_error;
}

void
pursuit_account_set_last_error (PursuitAccount *self,
                                const char     *last_error)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->last_error, last_error) == 0)
    return;

  g_free (self->last_error);
  self->last_error = g_strdup (last_error);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LAST_ERROR]);
}

gint64
pursuit_account_get_created_at (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), 0);
  return self->created_at;
}

void
pursuit_account_set_created_at (PursuitAccount *self,
                                gint64          created_at)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (self->created_at == created_at)
    return;

  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED_AT]);
}

gboolean
pursuit_account_get_mail_enabled (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), FALSE);
  return self->mail_enabled;
}

void
pursuit_account_set_mail_enabled (PursuitAccount *self,
                                  gboolean        mail_enabled)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (self->mail_enabled == !!mail_enabled)
    return;

  self->mail_enabled = !!mail_enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAIL_ENABLED]);
}

const char *
pursuit_account_get_mail_history_id (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->mail_history_id;
}

void
pursuit_account_set_mail_history_id (PursuitAccount *self,
                                     const char     *mail_history_id)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->mail_history_id, mail_history_id) == 0)
    return;

  g_free (self->mail_history_id);
  self->mail_history_id = g_strdup (mail_history_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAIL_HISTORY_ID]);
}

gint64
pursuit_account_get_mail_synced_at (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), 0);
  return self->mail_synced_at;
}

void
pursuit_account_set_mail_synced_at (PursuitAccount *self,
                                    gint64          mail_synced_at)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (self->mail_synced_at == mail_synced_at)
    return;

  self->mail_synced_at = mail_synced_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAIL_SYNCED_AT]);
}

const char *
pursuit_account_get_mail_last_error (PursuitAccount *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (self), NULL);
  return self->mail_last_error;
}

void
pursuit_account_set_mail_last_error (PursuitAccount *self,
                                     const char     *mail_last_error)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT (self));

  if (g_strcmp0 (self->mail_last_error, mail_last_error) == 0)
    return;

  g_free (self->mail_last_error);
  self->mail_last_error = g_strdup (mail_last_error);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAIL_LAST_ERROR]);
}
