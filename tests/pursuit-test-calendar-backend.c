/* pursuit-test-calendar-backend.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-test-backend"

#include "pursuit-test-calendar-backend.h"

#include <stdio.h>

#include "pursuit-http.h"

typedef struct
{
  char                 *remote_id;
  char                 *etag;
  PursuitCalendarEvent *event;
  gboolean              deleted;
  guint64               changed_seq;
} TestEvent;

struct _TestBackend
{
  GObject     parent_instance;

  GHashTable *events;           /* remote id -> TestEvent */
  guint64     seq;              /* of the last change */
  guint64     etag_counter;
  guint       token_epoch;      /* tokens of older epochs are refused */

  guint       fail_count;
  GError     *fail_error;
  gboolean    lose_next;
  guint       delay_ms;

  guint       calls[TEST_BACKEND_N_CALLS];
};

static void test_backend_iface_init (PursuitCalendarBackendInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestBackend, test_backend, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_CALENDAR_BACKEND,
                                                      test_backend_iface_init))

static void
test_event_free (gpointer data)
{
  TestEvent *ev = data;

  g_free (ev->remote_id);
  g_free (ev->etag);
  g_clear_object (&ev->event);
  g_free (ev);
}

static PursuitCalendarEvent *
copy_event (PursuitCalendarEvent *event)
{
  PursuitCalendarEvent *copy = pursuit_calendar_event_new ();

  pursuit_calendar_event_set_uid (copy, pursuit_calendar_event_get_uid (event));
  pursuit_calendar_event_set_summary (copy, pursuit_calendar_event_get_summary (event));
  pursuit_calendar_event_set_description (copy, pursuit_calendar_event_get_description (event));
  pursuit_calendar_event_set_location (copy, pursuit_calendar_event_get_location (event));
  pursuit_calendar_event_set_starts_at (copy, pursuit_calendar_event_get_starts_at (event));
  pursuit_calendar_event_set_ends_at (copy, pursuit_calendar_event_get_ends_at (event));
  pursuit_calendar_event_set_all_day (copy, pursuit_calendar_event_get_all_day (event));
  pursuit_calendar_event_set_time_zone (copy, pursuit_calendar_event_get_time_zone (event));
  pursuit_calendar_event_set_reminder_minutes (copy, pursuit_calendar_event_get_reminder_minutes (event));
  pursuit_calendar_event_set_attendee_email (copy, pursuit_calendar_event_get_attendee_email (event));
  pursuit_calendar_event_set_attendee_name (copy, pursuit_calendar_event_get_attendee_name (event));
  pursuit_calendar_event_set_url (copy, pursuit_calendar_event_get_url (event));
  return copy;
}

static char *
remote_id_for_uid (const char *uid)
{
  GString *id = g_string_new ("ev-");

  for (const char *p = uid; p != NULL && *p != '\0'; p++)
    g_string_append_c (id, g_ascii_isalnum (*p) ? g_ascii_tolower (*p) : '-');
  return g_string_free (id, FALSE);
}

static void
touch (TestBackend *self,
       TestEvent   *ev)
{
  g_free (ev->etag);
  ev->etag = g_strdup_printf ("\"etag-%" G_GUINT64_FORMAT "\"", ++self->etag_counter);
  ev->changed_seq = ++self->seq;
}

static char *
make_token (TestBackend *self)
{
  return g_strdup_printf ("tok-%u-%" G_GUINT64_FORMAT, self->token_epoch, self->seq);
}

/* Returns FALSE for tokens of another epoch or not ours. */
static gboolean
parse_token (TestBackend *self,
             const char  *token,
             guint64     *out_seq)
{
  guint epoch;
  guint64 seq;

  if (token == NULL || sscanf (token, "tok-%u-%" G_GUINT64_FORMAT, &epoch, &seq) != 2)
    return FALSE;
  if (epoch != self->token_epoch || seq > self->seq)
    return FALSE;
  *out_seq = seq;
  return TRUE;
}

/* A task for one call of @kind, counted; NULL, with the planned error
 * already returned, when this call is to fail (test_backend_fail_next()). */
static GTask *
start_call (TestBackend         *self,
            TestBackendCall      kind,
            gpointer             source_tag,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  self->calls[kind]++;
  if (self->fail_count == 0)
    return g_steal_pointer (&task);

  self->fail_count--;
  g_task_return_error (task, g_error_copy (self->fail_error));
  if (self->fail_count == 0)
    g_clear_error (&self->fail_error);
  return NULL;
}

static gboolean
take_lost_response (TestBackend *self)
{
  gboolean lose = self->lose_next;

  self->lose_next = FALSE;
  return lose;
}

static gboolean
return_delayed_cb (gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = g_object_get_data (G_OBJECT (task), "test-error");
  gpointer value = g_object_get_data (G_OBJECT (task), "test-value");

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;
  if (error != NULL)
    g_task_return_error (task, g_error_copy (error));
  else if (value != NULL)
    g_task_return_pointer (task, g_ptr_array_ref (value), (GDestroyNotify) g_ptr_array_unref);
  else
    g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

/* Completes @task with @value (a GPtrArray, or NULL for TRUE) or @error,
 * after the delay if one is set; takes both. */
static void
finish_task (TestBackend *self,
             GTask       *task,
             GPtrArray   *value,
             GError      *error)
{
  if (self->delay_ms == 0)
    {
      if (error != NULL)
        g_task_return_error (task, error);
      else if (value != NULL)
        g_task_return_pointer (task, value, (GDestroyNotify) g_ptr_array_unref);
      else
        g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  if (error != NULL)
    g_object_set_data_full (G_OBJECT (task), "test-error", error, (GDestroyNotify) g_error_free);
  if (value != NULL)
    g_object_set_data_full (G_OBJECT (task), "test-value", value, (GDestroyNotify) g_ptr_array_unref);
  g_timeout_add (self->delay_ms, return_delayed_cb, task);
}

static void
test_backend_list_calendars_async (PursuitCalendarBackend *backend,
                                   GCancellable           *cancellable,
                                   GAsyncReadyCallback     callback,
                                   gpointer                user_data)
{
  TestBackend *self = TEST_BACKEND (backend);
  GTask *task;
  GPtrArray *calendars;
  PursuitRemoteCalendar *calendar;

  task = start_call (self, TEST_BACKEND_LIST_CALENDARS, test_backend_list_calendars_async,
                     cancellable, callback, user_data);
  if (task == NULL)
    return;

  calendars = g_ptr_array_new_with_free_func (g_object_unref);
  calendar = pursuit_remote_calendar_new (TEST_BACKEND_CALENDAR_PRIMARY,
                                          TEST_BACKEND_CALENDAR_PRIMARY_NAME);
  pursuit_remote_calendar_set_primary (calendar, TRUE);
  pursuit_remote_calendar_set_color (calendar, "#3584e4");
  g_ptr_array_add (calendars, calendar);
  calendar = pursuit_remote_calendar_new (TEST_BACKEND_CALENDAR_OTHER,
                                          TEST_BACKEND_CALENDAR_OTHER_NAME);
  g_ptr_array_add (calendars, calendar);
  finish_task (self, task, calendars, NULL);
}

static GPtrArray *
test_backend_list_calendars_finish (PursuitCalendarBackend *backend,
                                    GAsyncResult           *result,
                                    GError                **error)
{
  g_return_val_if_fail (g_task_is_valid (result, backend), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
test_backend_put_event_async (PursuitCalendarBackend *backend,
                              PursuitCalendarEvent   *event,
                              const char             *remote_id,
                              const char             *etag,
                              GCancellable           *cancellable,
                              GAsyncReadyCallback     callback,
                              gpointer                user_data)
{
  TestBackend *self = TEST_BACKEND (backend);
  GTask *task;
  g_autofree char *id = NULL;
  TestEvent *ev;
  GPtrArray *answer;

  task = start_call (self, remote_id == NULL ? TEST_BACKEND_CREATE : TEST_BACKEND_UPDATE,
                     test_backend_put_event_async, cancellable, callback, user_data);
  if (task == NULL)
    return;

  id = remote_id != NULL ? g_strdup (remote_id)
                         : remote_id_for_uid (pursuit_calendar_event_get_uid (event));
  ev = g_hash_table_lookup (self->events, id);

  /* A create finding the event there, or an update of one that is gone,
   * is what the real backends turn into an update or a create. */
  if (ev != NULL && !ev->deleted && remote_id != NULL && etag != NULL &&
      g_strcmp0 (etag, ev->etag) != 0)
    {
      finish_task (self, task, NULL,
                   g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED,
                                "The event was changed on the server (412)."));
      return;
    }

  if (ev == NULL)
    {
      ev = g_new0 (TestEvent, 1);
      ev->remote_id = g_strdup (id);
      g_hash_table_insert (self->events, ev->remote_id, ev);
    }
  g_clear_object (&ev->event);
  ev->event = copy_event (event);
  ev->deleted = FALSE;
  touch (self, ev);

  if (take_lost_response (self))
    {
      finish_task (self, task, NULL,
                   g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_OFFLINE,
                                "The connection to the test calendar was lost."));
      return;
    }

  /* [remote id, etag] */
  answer = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (answer, g_strdup (ev->remote_id));
  g_ptr_array_add (answer, g_strdup (ev->etag));
  finish_task (self, task, answer, NULL);
}

static gboolean
test_backend_put_event_finish (PursuitCalendarBackend *backend,
                               GAsyncResult           *result,
                               char                  **out_remote_id,
                               char                  **out_etag,
                               GError                **error)
{
  g_autoptr(GPtrArray) answer = NULL;

  g_return_val_if_fail (g_task_is_valid (result, backend), FALSE);

  answer = g_task_propagate_pointer (G_TASK (result), error);
  if (answer == NULL)
    return FALSE;
  if (out_remote_id != NULL)
    *out_remote_id = g_strdup (g_ptr_array_index (answer, 0));
  if (out_etag != NULL)
    *out_etag = g_strdup (g_ptr_array_index (answer, 1));
  return TRUE;
}

static void
test_backend_delete_event_async (PursuitCalendarBackend *backend,
                                 const char             *remote_id,
                                 const char             *etag,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data)
{
  TestBackend *self = TEST_BACKEND (backend);
  GTask *task;
  TestEvent *ev;

  task = start_call (self, TEST_BACKEND_DELETE, test_backend_delete_event_async,
                     cancellable, callback, user_data);
  if (task == NULL)
    return;

  ev = g_hash_table_lookup (self->events, remote_id);
  if (ev != NULL && !ev->deleted)
    {
      if (etag != NULL && g_strcmp0 (etag, ev->etag) != 0)
        {
          finish_task (self, task, NULL,
                       g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED,
                                    "The event was changed on the server (412)."));
          return;
        }
      ev->deleted = TRUE;
      touch (self, ev);
    }

  if (take_lost_response (self))
    {
      finish_task (self, task, NULL,
                   g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_OFFLINE,
                                "The connection to the test calendar was lost."));
      return;
    }
  finish_task (self, task, NULL, NULL);
}

static gboolean
test_backend_delete_event_finish (PursuitCalendarBackend *backend,
                                  GAsyncResult           *result,
                                  GError                **error)
{
  g_return_val_if_fail (g_task_is_valid (result, backend), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  PursuitRemoteChange *ca = *(PursuitRemoteChange **) a;
  PursuitRemoteChange *cb = *(PursuitRemoteChange **) b;

  return g_strcmp0 (pursuit_remote_change_get_remote_id (ca),
                    pursuit_remote_change_get_remote_id (cb));
}

static void
test_backend_pull_changes_async (PursuitCalendarBackend *backend,
                                 const char             *sync_token,
                                 GCancellable           *cancellable,
                                 GAsyncReadyCallback     callback,
                                 gpointer                user_data)
{
  TestBackend *self = TEST_BACKEND (backend);
  GTask *task;
  GPtrArray *changes;
  GHashTableIter iter;
  TestEvent *ev;
  guint64 since = 0;
  gboolean full;

  task = start_call (self, TEST_BACKEND_PULL, test_backend_pull_changes_async,
                     cancellable, callback, user_data);
  if (task == NULL)
    return;

  full = !parse_token (self, sync_token, &since);
  changes = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_iter_init (&iter, self->events);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &ev))
    {
      PursuitRemoteChange *change;

      if (full ? ev->deleted : ev->changed_seq <= since)
        continue;
      change = pursuit_remote_change_new (ev->remote_id);
      pursuit_remote_change_set_deleted (change, ev->deleted);
      pursuit_remote_change_set_etag (change, ev->etag);
      pursuit_remote_change_set_uid (change, pursuit_calendar_event_get_uid (ev->event));
      if (!ev->deleted)
        {
          pursuit_remote_change_set_starts_at (change, pursuit_calendar_event_get_starts_at (ev->event));
          pursuit_remote_change_set_ends_at (change, pursuit_calendar_event_get_ends_at (ev->event));
          pursuit_remote_change_set_summary (change, pursuit_calendar_event_get_summary (ev->event));
        }
      g_ptr_array_add (changes, change);
    }
  g_ptr_array_sort (changes, compare_changes);

  g_object_set_data_full (G_OBJECT (task), "test-changes", changes,
                          (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data_full (G_OBJECT (task), "test-token", make_token (self), g_free);
  finish_task (self, task, NULL, NULL);
}

static GPtrArray *
test_backend_pull_changes_finish (PursuitCalendarBackend *backend,
                                  GAsyncResult           *result,
                                  char                  **out_sync_token,
                                  GError                **error)
{
  GPtrArray *changes;

  g_return_val_if_fail (g_task_is_valid (result, backend), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  changes = g_object_get_data (G_OBJECT (result), "test-changes");
  if (out_sync_token != NULL)
    *out_sync_token = g_strdup (g_object_get_data (G_OBJECT (result), "test-token"));
  return g_ptr_array_ref (changes);
}

static void
test_backend_iface_init (PursuitCalendarBackendInterface *iface)
{
  iface->list_calendars_async = test_backend_list_calendars_async;
  iface->list_calendars_finish = test_backend_list_calendars_finish;
  iface->put_event_async = test_backend_put_event_async;
  iface->put_event_finish = test_backend_put_event_finish;
  iface->delete_event_async = test_backend_delete_event_async;
  iface->delete_event_finish = test_backend_delete_event_finish;
  iface->pull_changes_async = test_backend_pull_changes_async;
  iface->pull_changes_finish = test_backend_pull_changes_finish;
}

static void
test_backend_finalize (GObject *object)
{
  TestBackend *self = TEST_BACKEND (object);

  g_clear_pointer (&self->events, g_hash_table_unref);
  g_clear_error (&self->fail_error);

  G_OBJECT_CLASS (test_backend_parent_class)->finalize (object);
}

static void
test_backend_class_init (TestBackendClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_backend_finalize;
}

static void
test_backend_init (TestBackend *self)
{
  self->events = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, test_event_free);
}

TestBackend *
test_backend_new (void)
{
  return g_object_new (TEST_TYPE_BACKEND, NULL);
}

void
test_backend_fail_next (TestBackend  *self,
                        guint         n,
                        const GError *error)
{
  g_return_if_fail (TEST_IS_BACKEND (self));
  g_return_if_fail (n == 0 || error != NULL);

  g_clear_error (&self->fail_error);
  self->fail_count = n;
  if (n > 0)
    self->fail_error = g_error_copy (error);
}

void
test_backend_lose_next_response (TestBackend *self)
{
  g_return_if_fail (TEST_IS_BACKEND (self));
  self->lose_next = TRUE;
}

void
test_backend_set_delay (TestBackend *self,
                        guint        delay_ms)
{
  g_return_if_fail (TEST_IS_BACKEND (self));
  self->delay_ms = delay_ms;
}

void
test_backend_expire_tokens (TestBackend *self)
{
  g_return_if_fail (TEST_IS_BACKEND (self));
  self->token_epoch++;
}

static TestEvent *
lookup_live (TestBackend *self,
             const char  *remote_id)
{
  TestEvent *ev = g_hash_table_lookup (self->events, remote_id);

  return ev != NULL && !ev->deleted ? ev : NULL;
}

gboolean
test_backend_move_event (TestBackend *self,
                         const char  *remote_id,
                         gint64       starts_at,
                         gint64       ends_at)
{
  TestEvent *ev;

  g_return_val_if_fail (TEST_IS_BACKEND (self), FALSE);

  ev = lookup_live (self, remote_id);
  if (ev == NULL)
    return FALSE;
  pursuit_calendar_event_set_starts_at (ev->event, starts_at);
  pursuit_calendar_event_set_ends_at (ev->event, ends_at);
  touch (self, ev);
  return TRUE;
}

gboolean
test_backend_delete_event (TestBackend *self,
                           const char  *remote_id)
{
  TestEvent *ev;

  g_return_val_if_fail (TEST_IS_BACKEND (self), FALSE);

  ev = lookup_live (self, remote_id);
  if (ev == NULL)
    return FALSE;
  ev->deleted = TRUE;
  touch (self, ev);
  return TRUE;
}

guint
test_backend_get_calls (TestBackend     *self,
                        TestBackendCall  what)
{
  g_return_val_if_fail (TEST_IS_BACKEND (self), 0);
  g_return_val_if_fail (what < TEST_BACKEND_N_CALLS, 0);
  return self->calls[what];
}

guint
test_backend_get_n_events (TestBackend *self)
{
  GHashTableIter iter;
  TestEvent *ev;
  guint n = 0;

  g_return_val_if_fail (TEST_IS_BACKEND (self), 0);

  g_hash_table_iter_init (&iter, self->events);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &ev))
    if (!ev->deleted)
      n++;
  return n;
}

PursuitCalendarEvent *
test_backend_get_event (TestBackend *self,
                        const char  *remote_id)
{
  TestEvent *ev;

  g_return_val_if_fail (TEST_IS_BACKEND (self), NULL);

  ev = lookup_live (self, remote_id);
  return ev != NULL ? ev->event : NULL;
}

const char *
test_backend_find_uid (TestBackend *self,
                       const char  *uid)
{
  GHashTableIter iter;
  TestEvent *ev;

  g_return_val_if_fail (TEST_IS_BACKEND (self), NULL);

  g_hash_table_iter_init (&iter, self->events);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &ev))
    if (!ev->deleted && g_strcmp0 (pursuit_calendar_event_get_uid (ev->event), uid) == 0)
      return ev->remote_id;
  return NULL;
}

const char *
test_backend_get_etag (TestBackend *self,
                       const char  *remote_id)
{
  TestEvent *ev;

  g_return_val_if_fail (TEST_IS_BACKEND (self), NULL);

  ev = lookup_live (self, remote_id);
  return ev != NULL ? ev->etag : NULL;
}

gboolean
test_backend_is_deleted (TestBackend *self,
                         const char  *remote_id)
{
  TestEvent *ev;

  g_return_val_if_fail (TEST_IS_BACKEND (self), FALSE);

  ev = g_hash_table_lookup (self->events, remote_id);
  return ev != NULL && ev->deleted;
}
