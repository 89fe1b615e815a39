/* pursuit-basic-auth.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-basic-auth"

#include "config.h"

#include <string.h>

#include "pursuit-basic-auth.h"
#include "pursuit-secret-private.h"

struct _PursuitBasicAuth
{
  GObject  parent_instance;

  /* "Basic <base64 of user:password>", built once. */
  char    *header;
};

static void pursuit_basic_auth_authorizer_init (PursuitAuthorizerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitBasicAuth, pursuit_basic_auth, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_AUTHORIZER,
                                                      pursuit_basic_auth_authorizer_init))

/* Overwrites a secret before giving its memory back, so that it does not
 * linger in freed heap blocks. */
static void
wipe_and_free (char *secret)
{
  _pursuit_secret_forget (&secret);
}

static void
pursuit_basic_auth_authorize_async (PursuitAuthorizer   *authorizer,
                                    gboolean             force_refresh,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  PursuitBasicAuth *self = PURSUIT_BASIC_AUTH (authorizer);
  g_autoptr(GTask) task = NULL;

  /* A password has nothing to refresh: after a 401 the same one is sent
   * once more and the server's answer stands. */
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_basic_auth_authorize_async);
  g_task_return_pointer (task, g_strdup (self->header), (GDestroyNotify) wipe_and_free);
}

static char *
pursuit_basic_auth_authorize_finish (PursuitAuthorizer  *authorizer,
                                     GAsyncResult       *result,
                                     GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, authorizer), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
pursuit_basic_auth_authorizer_init (PursuitAuthorizerInterface *iface)
{
  iface->authorize_async = pursuit_basic_auth_authorize_async;
  iface->authorize_finish = pursuit_basic_auth_authorize_finish;
}

static void
pursuit_basic_auth_finalize (GObject *object)
{
  PursuitBasicAuth *self = PURSUIT_BASIC_AUTH (object);

  g_clear_pointer (&self->header, wipe_and_free);

  G_OBJECT_CLASS (pursuit_basic_auth_parent_class)->finalize (object);
}

static void
pursuit_basic_auth_class_init (PursuitBasicAuthClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_basic_auth_finalize;
}

static void
pursuit_basic_auth_init (PursuitBasicAuth *self)
{
}

/**
 * pursuit_basic_auth_new:
 * @username: the user name (UTF-8, without ':')
 * @password: the password (UTF-8)
 *
 * Returns: (transfer full): an authorizer giving "Basic ..." headers
 */
PursuitBasicAuth *
pursuit_basic_auth_new (const char *username,
                        const char *password)
{
  PursuitBasicAuth *self;
  g_autofree char *pair = NULL;
  char *encoded;

  g_return_val_if_fail (username != NULL, NULL);
  g_return_val_if_fail (password != NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_BASIC_AUTH, NULL);

  /* RFC 7617 with charset="UTF-8": the pair's bytes as they are. */
  pair = g_strconcat (username, ":", password, NULL);
  encoded = g_base64_encode ((const guchar *) pair, strlen (pair));
  self->header = g_strconcat ("Basic ", encoded, NULL);

  wipe_and_free (encoded);
  explicit_bzero (pair, strlen (pair));

  return self;
}
