/* pursuit-calendar-backend.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar-backend"

#include "config.h"

#include "pursuit-calendar-backend-private.h"

G_DEFINE_INTERFACE (PursuitCalendarBackend, pursuit_calendar_backend, G_TYPE_OBJECT)

/* What a put or a pull hands back: a remote id or a sync token besides
 * the task's own value. */
typedef struct
{
  GPtrArray *changes;
  char      *remote_id;
  char      *token;
} BackendResult;

static void
backend_result_free (gpointer data)
{
  BackendResult *result = data;

  g_clear_pointer (&result->changes, g_ptr_array_unref);
  g_free (result->remote_id);
  g_free (result->token);
  g_free (result);
}

void
_pursuit_calendar_backend_return_put (GTask      *task,
                                      const char *remote_id,
                                      const char *etag)
{
  BackendResult *result = g_new0 (BackendResult, 1);

  result->remote_id = g_strdup (remote_id);
  result->token = g_strdup (etag);
  g_task_return_pointer (task, result, backend_result_free);
}

void
_pursuit_calendar_backend_return_changes (GTask      *task,
                                          GPtrArray  *changes,
                                          const char *sync_token)
{
  BackendResult *result = g_new0 (BackendResult, 1);

  result->changes = g_ptr_array_ref (changes);
  result->token = g_strdup (sync_token);
  g_task_return_pointer (task, result, backend_result_free);
}

static GPtrArray *
default_list_calendars_finish (PursuitCalendarBackend  *self,
                               GAsyncResult            *result,
                               GError                 **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
default_put_event_finish (PursuitCalendarBackend  *self,
                          GAsyncResult            *result,
                          char                   **out_remote_id,
                          char                   **out_etag,
                          GError                 **error)
{
  BackendResult *put;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  put = g_task_propagate_pointer (G_TASK (result), error);
  if (put == NULL)
    return FALSE;

  if (out_remote_id != NULL)
    *out_remote_id = g_steal_pointer (&put->remote_id);
  if (out_etag != NULL)
    *out_etag = g_steal_pointer (&put->token);
  backend_result_free (put);
  return TRUE;
}

static gboolean
default_delete_event_finish (PursuitCalendarBackend  *self,
                             GAsyncResult            *result,
                             GError                 **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static GPtrArray *
default_pull_changes_finish (PursuitCalendarBackend  *self,
                             GAsyncResult            *result,
                             char                   **out_sync_token,
                             GError                 **error)
{
  BackendResult *pull;
  GPtrArray *changes;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  pull = g_task_propagate_pointer (G_TASK (result), error);
  if (pull == NULL)
    return NULL;

  if (out_sync_token != NULL)
    *out_sync_token = g_steal_pointer (&pull->token);
  changes = g_steal_pointer (&pull->changes);
  backend_result_free (pull);
  return changes;
}

static void
pursuit_calendar_backend_default_init (PursuitCalendarBackendInterface *iface)
{
  iface->list_calendars_finish = default_list_calendars_finish;
  iface->put_event_finish = default_put_event_finish;
  iface->delete_event_finish = default_delete_event_finish;
  iface->pull_changes_finish = default_pull_changes_finish;
}

void
pursuit_calendar_backend_list_calendars_async (PursuitCalendarBackend *self,
                                               GCancellable           *cancellable,
                                               GAsyncReadyCallback     callback,
                                               gpointer                user_data)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_BACKEND (self));

  PURSUIT_CALENDAR_BACKEND_GET_IFACE (self)->list_calendars_async (self, cancellable,
                                                                   callback, user_data);
}

GPtrArray *
pursuit_calendar_backend_list_calendars_finish (PursuitCalendarBackend  *self,
                                                GAsyncResult            *result,
                                                GError                 **error)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_BACKEND (self), NULL);

  return PURSUIT_CALENDAR_BACKEND_GET_IFACE (self)->list_calendars_finish (self, result, error);
}

void
pursuit_calendar_backend_put_event_async (PursuitCalendarBackend *self,
                                          PursuitCalendarEvent   *event,
                                          const char             *remote_id,
                                          const char             *etag,
                                          GCancellable           *cancellable,
                                          GAsyncReadyCallback     callback,
                                          gpointer                user_data)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_BACKEND (self));
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (event));

  PURSUIT_CALENDAR_BACKEND_GET_IFACE (self)->put_event_async (self, event, remote_id, etag,
                                                              cancellable, callback, user_data);
}

gboolean
pursuit_calendar_backend_put_event_finish (PursuitCalendarBackend  *self,
                                           GAsyncResult            *result,
                                           char                   **out_remote_id,
                                           char                   **out_etag,
                                           GError                 **error)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_BACKEND (self), FALSE);

  return PURSUIT_CALENDAR_BACKEND_GET_IFACE (self)->put_event_finish (self, result,
                                                                      out_remote_id, out_etag,
                                                                      error);
}

void
pursuit_calendar_backend_delete_event_async (PursuitCalendarBackend *self,
                                             const char             *remote_id,
                                             const char             *etag,
                                             GCancellable           *cancellable,
                                             GAsyncReadyCallback     callback,
                                             gpointer                user_data)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_BACKEND (self));
  g_return_if_fail (remote_id != NULL);

  PURSUIT_CALENDAR_BACKEND_GET_IFACE (self)->delete_event_async (self, remote_id, etag,
                                                                 cancellable, callback, user_data);
}

gboolean
pursuit_calendar_backend_delete_event_finish (PursuitCalendarBackend  *self,
                                              GAsyncResult            *result,
                                              GError                 **error)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_BACKEND (self), FALSE);

  return PURSUIT_CALENDAR_BACKEND_GET_IFACE (self)->delete_event_finish (self, result, error);
}

void
pursuit_calendar_backend_pull_changes_async (PursuitCalendarBackend *self,
                                             const char             *sync_token,
                                             GCancellable           *cancellable,
                                             GAsyncReadyCallback     callback,
                                             gpointer                user_data)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_BACKEND (self));

  PURSUIT_CALENDAR_BACKEND_GET_IFACE (self)->pull_changes_async (self, sync_token,
                                                                 cancellable, callback, user_data);
}

GPtrArray *
pursuit_calendar_backend_pull_changes_finish (PursuitCalendarBackend  *self,
                                              GAsyncResult            *result,
                                              char                   **out_sync_token,
                                              GError                 **error)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_BACKEND (self), NULL);

  return PURSUIT_CALENDAR_BACKEND_GET_IFACE (self)->pull_changes_finish (self, result,
                                                                         out_sync_token, error);
}
