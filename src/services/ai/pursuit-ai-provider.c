/* pursuit-ai-provider.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-ai"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-ai-provider.h"
#include "pursuit-secret-private.h"

struct _PursuitAiProvider
{
  GObject             parent_instance;

  PursuitHttp        *http;
  PursuitSecretStore *secrets;

  gboolean            enabled;
  char               *base_url;
  char               *model;

  /* The key of base_url, once read (NULL when there is none). */
  char               *api_key;
  gboolean            key_ready;
  GCancellable       *lookup;

  PursuitAiClient    *client;
  GCancellable       *cancellable;
};

G_DEFINE_FINAL_TYPE (PursuitAiProvider, pursuit_ai_provider, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENABLED,
  PROP_BASE_URL,
  PROP_MODEL,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

static void
forget_key (PursuitAiProvider *self)
{
  _pursuit_secret_forget (&self->api_key);
  self->key_ready = FALSE;
}

/* A new client for the current settings (or none), announced. With
 * @force a client is replaced even when it would look the same: its key
 * changed. */
static void
update_client (PursuitAiProvider *self,
               gboolean           force)
{
  gboolean usable = self->enabled && is_set (self->base_url) && is_set (self->model) && self->key_ready;

  if (!usable && self->client == NULL)
    return;
  if (usable && self->client != NULL && !force &&
      g_strcmp0 (pursuit_ai_client_get_base_url (self->client), self->base_url) == 0 &&
      g_strcmp0 (pursuit_ai_client_get_model (self->client), self->model) == 0)
    return;

  g_clear_object (&self->client);
  if (usable)
    self->client = pursuit_ai_client_new (self->http, self->base_url, self->model, self->api_key);

  g_signal_emit (self, signals [CHANGED], 0);
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PursuitAiProvider) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  key = pursuit_secret_store_lookup_finish (PURSUIT_SECRET_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* No keyring: a local endpoint needs no key anyway. */
  if (error != NULL)
    g_debug ("Could not read the AI endpoint's key: %s", error->message);

  g_clear_object (&self->lookup);
  forget_key (self);
  self->api_key = g_steal_pointer (&key);
  self->key_ready = TRUE;
  update_client (self, TRUE);
}

/* Reads the key of the endpoint once; nothing is asked of the keyring
 * while the AI is off. */
static void
read_key (PursuitAiProvider *self)
{
  if (self->lookup != NULL)
    {
      g_cancellable_cancel (self->lookup);
      g_clear_object (&self->lookup);
    }

  if (!self->enabled || self->key_ready || !is_set (self->base_url))
    return;

  if (self->secrets == NULL)
    {
      self->key_ready = TRUE;
      return;
    }

  self->lookup = g_cancellable_new ();
  pursuit_secret_store_lookup_async (self->secrets, PURSUIT_SECRET_AI_API_KEY, self->base_url,
                                     self->lookup, lookup_cb, g_object_ref (self));
}

static void
pursuit_ai_provider_dispose (GObject *object)
{
  PursuitAiProvider *self = PURSUIT_AI_PROVIDER (object);

  g_cancellable_cancel (self->cancellable);
  if (self->lookup != NULL)
    g_cancellable_cancel (self->lookup);
  g_clear_object (&self->lookup);
  g_clear_object (&self->client);

  G_OBJECT_CLASS (pursuit_ai_provider_parent_class)->dispose (object);
}

static void
pursuit_ai_provider_finalize (GObject *object)
{
  PursuitAiProvider *self = PURSUIT_AI_PROVIDER (object);

  forget_key (self);
  g_clear_object (&self->http);
  g_clear_object (&self->secrets);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->base_url, g_free);
  g_clear_pointer (&self->model, g_free);

  G_OBJECT_CLASS (pursuit_ai_provider_parent_class)->finalize (object);
}

static void
pursuit_ai_provider_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PursuitAiProvider *self = PURSUIT_AI_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      g_value_set_boolean (value, self->enabled);
      break;
    case PROP_BASE_URL:
      g_value_set_string (value, self->base_url);
      break;
    case PROP_MODEL:
      g_value_set_string (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_ai_provider_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PursuitAiProvider *self = PURSUIT_AI_PROVIDER (object);

  switch (prop_id)
    {
    case PROP_ENABLED:
      pursuit_ai_provider_set_enabled (self, g_value_get_boolean (value));
      break;
    case PROP_BASE_URL:
      pursuit_ai_provider_set_base_url (self, g_value_get_string (value));
      break;
    case PROP_MODEL:
      pursuit_ai_provider_set_model (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_ai_provider_class_init (PursuitAiProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_ai_provider_dispose;
  object_class->finalize = pursuit_ai_provider_finalize;
  object_class->get_property = pursuit_ai_provider_get_property;
  object_class->set_property = pursuit_ai_provider_set_property;

  properties [PROP_ENABLED] =
    g_param_spec_boolean ("enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_BASE_URL] =
    g_param_spec_string ("base-url", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_MODEL] =
    g_param_spec_string ("model", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitAiProvider::changed:
   *
   * The client pursuit_ai_provider_get_client() gives changed (appeared,
   * went away, or now has another endpoint, model or key).
   */
  signals [CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pursuit_ai_provider_init (PursuitAiProvider *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * pursuit_ai_provider_new:
 * @http: the app's HTTP client
 * @secrets: (nullable): the keyring; %NULL keeps no key
 *
 * Returns: (transfer full): a provider, off
 */
PursuitAiProvider *
pursuit_ai_provider_new (PursuitHttp        *http,
                         PursuitSecretStore *secrets)
{
  PursuitAiProvider *self;

  g_return_val_if_fail (PURSUIT_IS_HTTP (http), NULL);
  g_return_val_if_fail (secrets == NULL || PURSUIT_IS_SECRET_STORE (secrets), NULL);

  self = g_object_new (PURSUIT_TYPE_AI_PROVIDER, NULL);
  self->http = g_object_ref (http);
  if (secrets != NULL)
    self->secrets = g_object_ref (secrets);

  return self;
}

gboolean
pursuit_ai_provider_get_enabled (PursuitAiProvider *self)
{
  g_return_val_if_fail (PURSUIT_IS_AI_PROVIDER (self), FALSE);

  return self->enabled;
}

void
pursuit_ai_provider_set_enabled (PursuitAiProvider *self,
                                 gboolean           enabled)
{
  g_return_if_fail (PURSUIT_IS_AI_PROVIDER (self));

  enabled = !!enabled;
  if (self->enabled == enabled)
    return;

  self->enabled = enabled;
  read_key (self);
  update_client (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENABLED]);
}

const char *
pursuit_ai_provider_get_base_url (PursuitAiProvider *self)
{
  g_return_val_if_fail (PURSUIT_IS_AI_PROVIDER (self), NULL);

  return self->base_url;
}

void
pursuit_ai_provider_set_base_url (PursuitAiProvider *self,
                                  const char        *base_url)
{
  g_return_if_fail (PURSUIT_IS_AI_PROVIDER (self));

  if (g_strcmp0 (self->base_url, base_url) == 0)
    return;

  g_free (self->base_url);
  self->base_url = g_strdup (base_url);
  forget_key (self);
  read_key (self);
  update_client (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BASE_URL]);
}

const char *
pursuit_ai_provider_get_model (PursuitAiProvider *self)
{
  g_return_val_if_fail (PURSUIT_IS_AI_PROVIDER (self), NULL);

  return self->model;
}

void
pursuit_ai_provider_set_model (PursuitAiProvider *self,
                               const char        *model)
{
  g_return_if_fail (PURSUIT_IS_AI_PROVIDER (self));

  if (g_strcmp0 (self->model, model) == 0)
    return;

  g_free (self->model);
  self->model = g_strdup (model);
  update_client (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODEL]);
}

/**
 * pursuit_ai_provider_get_client:
 *
 * Returns: (transfer none) (nullable): the client, or %NULL when the AI is
 *   off, has no endpoint or model, or its key is being read
 */
PursuitAiClient *
pursuit_ai_provider_get_client (PursuitAiProvider *self)
{
  g_return_val_if_fail (PURSUIT_IS_AI_PROVIDER (self), NULL);

  return self->client;
}

typedef struct
{
  char *base_url;
  char *api_key;
} StoreKey;

static void
store_key_free (gpointer data)
{
  StoreKey *store = data;

  g_free (store->base_url);
  _pursuit_secret_forget (&store->api_key);
  g_free (store);
}

static void
apply_key (PursuitAiProvider *self,
           StoreKey          *store)
{
  /* The endpoint changed meanwhile: its own key is read instead. */
  if (g_strcmp0 (self->base_url, store->base_url) != 0)
    return;

  if (self->lookup != NULL)
    {
      g_cancellable_cancel (self->lookup);
      g_clear_object (&self->lookup);
    }
  forget_key (self);
  self->api_key = g_steal_pointer (&store->api_key);
  self->key_ready = TRUE;
  update_client (self, TRUE);
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitAiProvider *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  StoreKey *store = g_task_get_task_data (task);
  gboolean ok;

  if (store->api_key == NULL)
    ok = pursuit_secret_store_clear_finish (PURSUIT_SECRET_STORE (object), result, &error);
  else
    ok = pursuit_secret_store_store_finish (PURSUIT_SECRET_STORE (object), result, &error);

  if (!ok)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  apply_key (self, store);
  g_task_return_boolean (task, TRUE);
}

/**
 * pursuit_ai_provider_set_api_key_async:
 * @api_key: (nullable): the key; %NULL or "" removes it
 *
 * Keeps @api_key in the keyring for the current endpoint and gives a
 * client using it.
 */
void
pursuit_ai_provider_set_api_key_async (PursuitAiProvider   *self,
                                       const char          *api_key,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  StoreKey *store;

  g_return_if_fail (PURSUIT_IS_AI_PROVIDER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_ai_provider_set_api_key_async);

  if (!is_set (self->base_url))
    {
      g_task_return_new_error (task, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_DISABLED, "%s",
                               _("Set the AI endpoint before its API key."));
      return;
    }
  if (self->secrets == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s",
                               _("No keyring is available to keep the API key."));
      return;
    }

  store = g_new0 (StoreKey, 1);
  store->base_url = g_strdup (self->base_url);
  store->api_key = is_set (api_key) ? g_strdup (api_key) : NULL;
  g_task_set_task_data (task, store, store_key_free);

  if (store->api_key == NULL)
    {
      pursuit_secret_store_clear_async (self->secrets, PURSUIT_SECRET_AI_API_KEY, store->base_url,
                                        cancellable, store_cb, g_steal_pointer (&task));
    }
  else
    {
      g_autofree char *label = g_strdup_printf (_("Pursuit: API key of the AI endpoint %s"),
                                                store->base_url);

      pursuit_secret_store_store_async (self->secrets, PURSUIT_SECRET_AI_API_KEY, store->base_url,
                                        label, store->api_key, cancellable, store_cb,
                                        g_steal_pointer (&task));
    }
}

gboolean
pursuit_ai_provider_set_api_key_finish (PursuitAiProvider  *self,
                                        GAsyncResult       *result,
                                        GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_AI_PROVIDER (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * pursuit_ai_provider_get_circuit_state:
 *
 * Returns: the circuit breaker's state for the service "ai"
 */
PursuitCircuitState
pursuit_ai_provider_get_circuit_state (PursuitAiProvider *self)
{
  g_return_val_if_fail (PURSUIT_IS_AI_PROVIDER (self), PURSUIT_CIRCUIT_CLOSED);

  return pursuit_http_get_circuit_state (self->http, "ai");
}
