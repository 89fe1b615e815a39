/* pursuit-authorizer.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-authorizer"

#include "pursuit-authorizer.h"

G_DEFINE_INTERFACE (PursuitAuthorizer, pursuit_authorizer, G_TYPE_OBJECT)

static void
pursuit_authorizer_default_init (PursuitAuthorizerInterface *iface)
{
}

/**
 * pursuit_authorizer_authorize_async:
 * @self: a #PursuitAuthorizer
 * @force_refresh: whether the last value was refused (a 401) and a new one
 *   is needed
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the value is known
 * @user_data: data for @callback
 *
 * Asks for the value of the Authorization header of the next request.
 */
void
pursuit_authorizer_authorize_async (PursuitAuthorizer   *self,
                                    gboolean             force_refresh,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  PursuitAuthorizerInterface *iface;

  g_return_if_fail (PURSUIT_IS_AUTHORIZER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  iface = PURSUIT_AUTHORIZER_GET_IFACE (self);
  g_return_if_fail (iface->authorize_async != NULL);

  iface->authorize_async (self, force_refresh, cancellable, callback, user_data);
}

/**
 * pursuit_authorizer_authorize_finish:
 * @self: a #PursuitAuthorizer
 * @result: the #GAsyncResult given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the value of the Authorization
 *   header, or %NULL with @error set
 */
char *
pursuit_authorizer_authorize_finish (PursuitAuthorizer  *self,
                                     GAsyncResult       *result,
                                     GError            **error)
{
  PursuitAuthorizerInterface *iface;

  g_return_val_if_fail (PURSUIT_IS_AUTHORIZER (self), NULL);
  g_return_val_if_fail (G_IS_ASYNC_RESULT (result), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  iface = PURSUIT_AUTHORIZER_GET_IFACE (self);
  g_return_val_if_fail (iface->authorize_finish != NULL, NULL);

  return iface->authorize_finish (self, result, error);
}
