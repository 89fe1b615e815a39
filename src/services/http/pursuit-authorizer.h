/* pursuit-authorizer.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PURSUIT_TYPE_AUTHORIZER (pursuit_authorizer_get_type ())

/* Whatever gives a request its Authorization header: Google's OAuth tokens
 * (refreshed when close to expiry, or when @force_refresh says a 401 came
 * back), a CalDAV user name and password. */
G_DECLARE_INTERFACE (PursuitAuthorizer, pursuit_authorizer, PURSUIT, AUTHORIZER, GObject)

struct _PursuitAuthorizerInterface
{
  GTypeInterface parent_iface;

  void   (*authorize_async)  (PursuitAuthorizer    *self,
                              gboolean              force_refresh,
                              GCancellable         *cancellable,
                              GAsyncReadyCallback   callback,
                              gpointer              user_data);
  char * (*authorize_finish) (PursuitAuthorizer    *self,
                              GAsyncResult         *result,
                              GError              **error);
};

void  pursuit_authorizer_authorize_async  (PursuitAuthorizer    *self,
                                           gboolean              force_refresh,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
/* Returns: the value of the Authorization header ("Bearer ya29...",
 * "Basic ..."), or NULL with @error set. */
char *pursuit_authorizer_authorize_finish (PursuitAuthorizer    *self,
                                           GAsyncResult         *result,
                                           GError              **error);

G_END_DECLS
