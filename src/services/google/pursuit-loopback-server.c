/* pursuit-loopback-server.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-google-auth"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-google-auth.h"
#include "pursuit-loopback-server.h"

struct _PursuitLoopbackServer
{
  GObject            parent_instance;

  SoupServer        *server;
  char              *state;
  char              *redirect_uri;

  GTask             *wait_task;
  GMainContext      *context;
  GSource           *timeout_source;
  gulong             cancelled_id;
  SoupServerMessage *held;       /* the browser, paused until respond () */
  SoupServerMessage *answered;   /* the redirect, its page on the way */
  gboolean           took_redirect;
};

G_DEFINE_FINAL_TYPE (PursuitLoopbackServer, pursuit_loopback_server, G_TYPE_OBJECT)

static void
stop_listening (PursuitLoopbackServer *self)
{
  if (self->server != NULL)
    soup_server_disconnect (self->server);
}

static gboolean
stop_listening_cb (gpointer user_data)
{
  stop_listening (user_data);

  return G_SOURCE_REMOVE;
}

/* The redirect's page is on its way: the server lives (even when its
 * owner is done with it) until the browser has it. */
static void
send_answer (PursuitLoopbackServer *self,
             SoupServerMessage     *message)
{
  g_assert (self->answered == NULL);

  self->answered = message;
  g_object_ref (self);
}

/* Once the page went out (or the browser left): soup must not be torn
 * down inside its own signal emission, so the stop waits for an idle. */
static void
on_request_done_cb (SoupServer        *server,
                    SoupServerMessage *message,
                    gpointer           user_data)
{
  PursuitLoopbackServer *self = user_data;
  GSource *source;

  if (message != self->answered)
    return;

  self->answered = NULL;
  source = g_idle_source_new ();
  g_source_set_callback (source, stop_listening_cb, self, g_object_unref);
  g_source_attach (source, self->context);
  g_source_unref (source);
}

static void
set_page (SoupServerMessage *message,
          guint              status,
          const char        *title,
          const char        *text)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_text = g_markup_escape_text (text, -1);
  g_autofree char *page = NULL;

  page = g_strdup_printf ("<!DOCTYPE html>\n"
                          "<html><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\">"
                          "<title>Pursuit</title>"
                          "<style>body{font-family:sans-serif;max-width:32em;margin:4em auto;"
                          "padding:0 1em;line-height:1.5}</style></head>\n"
                          "<body><h1>%s</h1><p>%s</p></body></html>\n",
                          escaped_title, escaped_text);

  soup_message_headers_replace (headers, "Cache-Control", "no-store");
  soup_message_headers_replace (headers, "Referrer-Policy", "no-referrer");
  soup_message_headers_replace (headers, "Content-Security-Policy",
                                "default-src 'none'; style-src 'unsafe-inline'");
  soup_message_headers_replace (headers, "Connection", "close");
  soup_server_message_set_status (message, status, NULL);
  soup_server_message_set_response (message, "text/html; charset=utf-8",
                                    SOUP_MEMORY_COPY, page, strlen (page));
}

static void
finish_wait (PursuitLoopbackServer *self,
             GHashTable            *query,
             GError                *error)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->wait_task);

  if (self->timeout_source != NULL)
    {
      g_source_destroy (self->timeout_source);
      g_clear_pointer (&self->timeout_source, g_source_unref);
    }
  if (task != NULL && self->cancelled_id != 0)
    g_cancellable_disconnect (g_task_get_cancellable (task), self->cancelled_id);
  self->cancelled_id = 0;

  if (task == NULL)
    {
      g_clear_error (&error);
      return;
    }

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_hash_table_ref (query), (GDestroyNotify) g_hash_table_unref);
}

static GHashTable *
copy_query (GHashTable *query)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  if (query != NULL)
    {
      g_hash_table_iter_init (&iter, query);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (copy, g_strdup (key), g_strdup (value));
    }

  return copy;
}

static void
server_cb (SoupServer        *server,
           SoupServerMessage *message,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  PursuitLoopbackServer *self = user_data;
  const char *method = soup_server_message_get_method (message);
  const char *state = query != NULL ? g_hash_table_lookup (query, "state") : NULL;
  g_autoptr(GHashTable) copy = NULL;

  /* Only the redirect counts, and only while someone waits for it;
   * whatever else a browser asks for does not use up the one request. */
  if (self->took_redirect || self->wait_task == NULL || state == NULL ||
      g_strcmp0 (path, "/") != 0 || g_strcmp0 (method, "GET") != 0)
    {
      set_page (message, SOUP_STATUS_NOT_FOUND, _("Not Found"),
                _("There is nothing here."));
      return;
    }

  self->took_redirect = TRUE;

  if (!g_str_equal (state, self->state))
    {
      g_debug ("Redirect with a state that does not match this sign-in");
      set_page (message, SOUP_STATUS_BAD_REQUEST, _("Sign-in Failed"),
                _("This answer does not belong to the sign-in Pursuit started. "
                  "Start again from Pursuit."));
      send_answer (self, message);
      finish_wait (self, NULL,
                   g_error_new (PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_BAD_REDIRECT,
                                "%s", _("The browser came back from Google with an answer that does "
                                        "not belong to this sign-in. Please try again.")));
      return;
    }

  /* The browser waits while the code is exchanged, so that its page can
   * say how the sign-in really ended. */
  self->held = g_object_ref (message);
  soup_server_message_pause (message);

  copy = copy_query (query);
  finish_wait (self, copy, NULL);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  PursuitLoopbackServer *self = user_data;

  g_clear_pointer (&self->timeout_source, g_source_unref);
  finish_wait (self, NULL,
               g_error_new (PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_TIMED_OUT,
                            "%s", _("Nobody came back from the browser in time. "
                                    "Please try signing in again.")));
  stop_listening (self);

  return G_SOURCE_REMOVE;
}

static gboolean
on_cancelled_idle_cb (gpointer user_data)
{
  PursuitLoopbackServer *self = user_data;

  if (self->wait_task != NULL)
    {
      finish_wait (self, NULL,
                   g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Sign-in was cancelled.")));
      stop_listening (self);
    }

  return G_SOURCE_REMOVE;
}

/* May run in any thread and inside g_cancellable_connect: the work is
 * done from the main context. */
static void
on_cancelled_cb (GCancellable *cancellable,
                 gpointer      user_data)
{
  PursuitLoopbackServer *self = user_data;
  GSource *source = g_idle_source_new ();

  g_source_set_callback (source, on_cancelled_idle_cb, g_object_ref (self), g_object_unref);
  g_source_attach (source, self->context);
  g_source_unref (source);
}

static void
pursuit_loopback_server_dispose (GObject *object)
{
  PursuitLoopbackServer *self = PURSUIT_LOOPBACK_SERVER (object);

  if (self->held != NULL)
    {
      /* Only reached when the owner let go without respond (): the page
       * may not make it before the server stops. */
      set_page (self->held, SOUP_STATUS_SERVICE_UNAVAILABLE, _("Sign-in Failed"),
                _("Pursuit stopped waiting for this sign-in."));
      soup_server_message_unpause (self->held);
      g_clear_object (&self->held);
    }
  if (self->timeout_source != NULL)
    {
      g_source_destroy (self->timeout_source);
      g_clear_pointer (&self->timeout_source, g_source_unref);
    }
  stop_listening (self);
  if (self->server != NULL)
    g_signal_handlers_disconnect_by_data (self->server, self);
  g_clear_object (&self->server);

  G_OBJECT_CLASS (pursuit_loopback_server_parent_class)->dispose (object);
}

static void
pursuit_loopback_server_finalize (GObject *object)
{
  PursuitLoopbackServer *self = PURSUIT_LOOPBACK_SERVER (object);

  g_assert (self->wait_task == NULL);

  g_free (self->state);
  g_free (self->redirect_uri);
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (pursuit_loopback_server_parent_class)->finalize (object);
}

static void
pursuit_loopback_server_class_init (PursuitLoopbackServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_loopback_server_dispose;
  object_class->finalize = pursuit_loopback_server_finalize;
}

static void
pursuit_loopback_server_init (PursuitLoopbackServer *self)
{
}

PursuitLoopbackServer *
pursuit_loopback_server_new (const char  *state,
                             GError     **error)
{
  g_autoptr(PursuitLoopbackServer) self = NULL;
  GSList *uris;
  guint port = 0;

  g_return_val_if_fail (state != NULL && *state != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (PURSUIT_TYPE_LOOPBACK_SERVER, NULL);
  self->context = g_main_context_ref_thread_default ();
  self->state = g_strdup (state);
  self->server = soup_server_new ("server-header", NULL, NULL);
  soup_server_add_handler (self->server, NULL, server_cb, self, NULL);
  g_signal_connect (self->server, "request-finished", G_CALLBACK (on_request_done_cb), self);
  g_signal_connect (self->server, "request-aborted", G_CALLBACK (on_request_done_cb), self);

  /* The IP literal, never "localhost" (RFC 8252 §8.3). */
  if (!soup_server_listen_local (self->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, error))
    return NULL;

  uris = soup_server_get_uris (self->server);
  if (uris != NULL)
    port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  if (port == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Could not listen for the browser's answer on this computer."));
      return NULL;
    }

  self->redirect_uri = g_strdup_printf ("http://127.0.0.1:%u/", port);

  return g_steal_pointer (&self);
}

const char *
pursuit_loopback_server_get_redirect_uri (PursuitLoopbackServer *self)
{
  g_return_val_if_fail (PURSUIT_IS_LOOPBACK_SERVER (self), NULL);

  return self->redirect_uri;
}

void
pursuit_loopback_server_wait_async (PursuitLoopbackServer *self,
                                    guint                  timeout_seconds,
                                    GCancellable          *cancellable,
                                    GAsyncReadyCallback    callback,
                                    gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PURSUIT_IS_LOOPBACK_SERVER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (self->wait_task == NULL);
  g_return_if_fail (!self->took_redirect);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_loopback_server_wait_async);
  if (g_task_return_error_if_cancelled (task))
    {
      stop_listening (self);
      return;
    }

  self->wait_task = g_steal_pointer (&task);

  self->timeout_source = g_timeout_source_new_seconds (timeout_seconds);
  g_source_set_callback (self->timeout_source, on_timeout_cb, self, NULL);
  g_source_attach (self->timeout_source, self->context);

  if (cancellable != NULL)
    self->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (on_cancelled_cb),
                                                self, NULL);
}

GHashTable *
pursuit_loopback_server_wait_finish (PursuitLoopbackServer  *self,
                                     GAsyncResult           *result,
                                     GError                **error)
{
  g_return_val_if_fail (PURSUIT_IS_LOOPBACK_SERVER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
pursuit_loopback_server_respond (PursuitLoopbackServer *self,
                                 const GError          *error)
{
  g_autoptr(SoupServerMessage) message = NULL;

  g_return_if_fail (PURSUIT_IS_LOOPBACK_SERVER (self));

  message = g_steal_pointer (&self->held);
  if (message == NULL)
    return;

  if (error == NULL)
    set_page (message, SOUP_STATUS_OK, _("Pursuit Is Connected"),
              _("Pursuit is connected. You can close this tab."));
  else
    set_page (message, SOUP_STATUS_OK, _("Sign-in Failed"), error->message);

  send_answer (self, message);
  soup_server_message_unpause (message);
}
