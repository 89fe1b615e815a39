/* pursuit-secret-store.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-secret-store"

#include "config.h"

#include <libsecret/secret.h>
#include <string.h>

#include "pursuit-secret-private.h"
#include "pursuit-secret-store.h"

struct _PursuitSecretStore
{
  GObject parent_instance;
};

G_DEFINE_FINAL_TYPE (PursuitSecretStore, pursuit_secret_store, G_TYPE_OBJECT)

/* One schema for every secret of the app; the name is matched so that
 * another program's items with the same attributes are never returned. */
static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    .name = APPLICATION_ID,
    .flags = SECRET_SCHEMA_NONE,
    .attributes = {
      { "kind", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "key", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

/* The task of one call: kind and key are what every item is found by. */
static GTask *
new_task (PursuitSecretStore  *self,
          const char          *kind,
          const char          *key,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data,
          gpointer             source_tag)
{
  GTask *task;

  g_return_val_if_fail (PURSUIT_IS_SECRET_STORE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  return task;
}

/* Store and clear succeed with TRUE; only an error fails them. */
static void
return_boolean (GTask  *task,
                GError *error)
{
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static gboolean
propagate_boolean (PursuitSecretStore  *self,
                   GAsyncResult        *result,
                   GError             **error)
{
  g_return_val_if_fail (PURSUIT_IS_SECRET_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
store_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  secret_password_store_finish (result, &error);
  return_boolean (task, error);
}

static void
lookup_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  char *secret;

  secret = secret_password_lookup_finish (result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* Handed over as a plain string: callers free it with g_free. */
  if (secret != NULL)
    {
      char *copy = g_strdup (secret);

      secret_password_free (secret);
      g_task_return_pointer (task, copy, g_free);
    }
  else
    g_task_return_pointer (task, NULL, NULL);
}

static void
clear_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  /* FALSE without an error: there was nothing to clear. */
  secret_password_clear_finish (result, &error);
  return_boolean (task, error);
}

static void
pursuit_secret_store_class_init (PursuitSecretStoreClass *klass)
{
}

static void
pursuit_secret_store_init (PursuitSecretStore *self)
{
}

PursuitSecretStore *
pursuit_secret_store_new (void)
{
  return g_object_new (PURSUIT_TYPE_SECRET_STORE, NULL);
}

void
pursuit_secret_store_store_async (PursuitSecretStore  *self,
                                  const char          *kind,
                                  const char          *key,
                                  const char          *label,
                                  const char          *secret,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (label != NULL);
  g_return_if_fail (secret != NULL);

  task = new_task (self, kind, key, cancellable, callback, user_data,
                   pursuit_secret_store_store_async);
  if (task == NULL)
    return;

  secret_password_store (get_schema (), SECRET_COLLECTION_DEFAULT, label, secret,
                         cancellable, store_cb, g_steal_pointer (&task),
                         "kind", kind, "key", key, NULL);
}

gboolean
pursuit_secret_store_store_finish (PursuitSecretStore  *self,
                                   GAsyncResult        *result,
                                   GError             **error)
{
  return propagate_boolean (self, result, error);
}

void
pursuit_secret_store_lookup_async (PursuitSecretStore  *self,
                                   const char          *kind,
                                   const char          *key,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  task = new_task (self, kind, key, cancellable, callback, user_data,
                   pursuit_secret_store_lookup_async);
  if (task == NULL)
    return;

  secret_password_lookup (get_schema (), cancellable, lookup_cb, g_steal_pointer (&task),
                          "kind", kind, "key", key, NULL);
}

char *
pursuit_secret_store_lookup_finish (PursuitSecretStore  *self,
                                    GAsyncResult        *result,
                                    GError             **error)
{
  g_return_val_if_fail (PURSUIT_IS_SECRET_STORE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
pursuit_secret_store_clear_async (PursuitSecretStore  *self,
                                  const char          *kind,
                                  const char          *key,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  task = new_task (self, kind, key, cancellable, callback, user_data,
                   pursuit_secret_store_clear_async);
  if (task == NULL)
    return;

  secret_password_clear (get_schema (), cancellable, clear_cb, g_steal_pointer (&task),
                         "kind", kind, "key", key, NULL);
}

gboolean
pursuit_secret_store_clear_finish (PursuitSecretStore  *self,
                                   GAsyncResult        *result,
                                   GError             **error)
{
  return propagate_boolean (self, result, error);
}

/**
 * _pursuit_secret_forget:
 * @secret: (inout) (nullable): a key, token or password, set to %NULL
 *
 * Overwrites the secret before its memory goes back to the heap, so that
 * it does not linger in freed blocks. explicit_bzero(), not memset(): a
 * store right before free() may be optimised away.
 */
void
_pursuit_secret_forget (char **secret)
{
  if (*secret == NULL)
    return;

  explicit_bzero (*secret, strlen (*secret));
  g_clear_pointer (secret, g_free);
}
