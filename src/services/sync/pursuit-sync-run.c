/* pursuit-sync-run.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-sync-engine"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-sync-engine-private.h"

/* One run of one account: the due outbox items one at a time, then the
 * changes made in the calendar. */
typedef struct
{
  gint64                  account_id;
  gboolean                all_items;    /* whatever their next attempt */
  gboolean                pull;
  PursuitSyncReport      *report;
  PursuitAccount         *account;
  PursuitCalendarBackend *backend;
  GPtrArray              *items;
  guint                   next_item;
  PursuitOutboxItem      *current;
  gboolean                current_retried;
  gboolean                current_created;
  char                   *sync_token;   /* from this run's pull */
  gboolean                pulled;
  GError                 *error;        /* the account's error after the run */
  gboolean                needs_sign_in;
} Run;

static void run_start     (GTask *task);
static void run_next_item (GTask *task);
static void run_pull      (GTask *task);
static void run_finish    (GTask *task);
static void run_item      (GTask *task);

static void
run_free (gpointer data)
{
  Run *run = data;

  g_clear_object (&run->report);
  g_clear_object (&run->account);
  g_clear_object (&run->backend);
  g_clear_pointer (&run->items, g_ptr_array_unref);
  g_clear_object (&run->current);
  g_clear_pointer (&run->sync_token, g_free);
  g_clear_error (&run->error);
  g_free (run);
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

gboolean
_pursuit_sync_error_is_sign_in (const GError *error)
{
  return g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED) ||
         g_error_matches (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_INVALID_GRANT) ||
         g_error_matches (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_NOT_SIGNED_IN);
}

/* 30 s, 1 min, 2 min, ... up to an hour, minus up to a tenth at random
 * so that items failed together do not come back together. */
gint64
_pursuit_sync_backoff_seconds (int attempts)
{
  gint64 delay = BACKOFF_FIRST_SECONDS;

  for (int i = 0; i < attempts && delay < BACKOFF_MAX_SECONDS; i++)
    delay *= 2;
  delay = MIN (delay, BACKOFF_MAX_SECONDS);
  return delay - g_random_int_range (0, (gint32) (delay / 10) + 1);
}

/* Runs */

static PursuitSyncEngine *
run_engine (GTask *task)
{
  return g_task_get_source_object (task);
}

/* Ends the run with what it found. */
static void
run_stop_with (GTask  *task,
               GError *error)
{
  Run *run = g_task_get_task_data (task);

  if (_pursuit_sync_error_is_sign_in (error))
    run->needs_sign_in = TRUE;
  g_clear_error (&run->error);
  run->error = error;
  run_finish (task);
}

static void
run_take_account_error (Run    *run,
                        GError *error)
{
  g_clear_error (&run->error);
  run->error = error;
}

static gboolean
run_cancelled (GTask        *task,
               const GError *error)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  run_finish (task);
  return TRUE;
}

static void
apply_change (GTask               *task,
              PursuitRemoteChange *change)
{
  PursuitSyncEngine *self = run_engine (task);
  Run *run = g_task_get_task_data (task);
  const char *remote_id = pursuit_remote_change_get_remote_id (change);
  const char *label = pursuit_account_get_label (run->account);
  g_autofree char *source = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;
  gint64 source_id = 0;

  if (remote_id == NULL ||
      !pursuit_store_find_calendar_link (pursuit_sync_engine_get_store (self), run->account_id, remote_id,
                                         &source, &source_id, &etag))
    return;

  if (g_strcmp0 (source, "interview") == 0)
    interview = pursuit_store_get_interview (pursuit_sync_engine_get_store (self), source_id, NULL);

  if (pursuit_remote_change_get_deleted (change))
    {
      if (interview != NULL &&
          g_strcmp0 (pursuit_interview_get_status (interview), "scheduled") == 0)
        {
          if (pursuit_store_apply_remote_interview_delete (pursuit_sync_engine_get_store (self), source_id, run->account_id,
                                                           label, &error))
            pursuit_sync_report_count (run->report, run->account_id, PURSUIT_SYNC_CANCELLED_LOCALLY);
          else
            g_warning ("Cancelling interview %" G_GINT64_FORMAT ": %s", source_id, error->message);
        }
      g_clear_error (&error);
      if (!pursuit_store_remove_calendar_link (pursuit_sync_engine_get_store (self), run->account_id, source, source_id, &error))
        g_warning ("Removing a calendar link: %s", error->message);
      return;
    }

  /* Our own write coming back. */
  if (g_strcmp0 (etag, pursuit_remote_change_get_etag (change)) == 0)
    return;

  if (interview != NULL &&
      g_strcmp0 (pursuit_interview_get_status (interview), "scheduled") == 0)
    {
      gint64 starts_at = pursuit_remote_change_get_starts_at (change);
      gint64 ends_at = pursuit_remote_change_get_ends_at (change);
      int minutes = pursuit_interview_get_duration_minutes (interview);

      /* An interview lasts 1 minute to 24 hours (the store's rule); a
       * longer event in the calendar still moves the interview's start. */
      if (ends_at > starts_at)
        minutes = (int) MIN ((ends_at - starts_at) / 60, 24 * 60);
      minutes = MAX (minutes, 1);

      if (starts_at > 0 &&
          (starts_at != pursuit_interview_get_starts_at (interview) ||
           minutes != pursuit_interview_get_duration_minutes (interview)))
        {
          if (pursuit_store_apply_remote_interview_move (pursuit_sync_engine_get_store (self), source_id, starts_at, minutes,
                                                         run->account_id, label, &error))
            pursuit_sync_report_count (run->report, run->account_id, PURSUIT_SYNC_MOVED_LOCALLY);
          else
            g_warning ("Moving interview %" G_GINT64_FORMAT ": %s", source_id, error->message);
          g_clear_error (&error);
        }
    }

  if (!pursuit_store_set_calendar_link (pursuit_sync_engine_get_store (self), run->account_id, source, source_id, remote_id,
                                        pursuit_remote_change_get_etag (change), &error))
    g_warning ("Updating a calendar link: %s", error->message);
}

static void
pull_changes_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Run *run = g_task_get_task_data (task);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;

  changes = pursuit_calendar_backend_pull_changes_finish (PURSUIT_CALENDAR_BACKEND (source), result,
                                                          &token, &error);
  if (changes == NULL)
    {
      if (run_cancelled (task, error))
        return;
      g_debug ("Pulling changes of account %" G_GINT64_FORMAT ": %s", run->account_id, error->message);
      run_stop_with (task, g_steal_pointer (&error));
      return;
    }

  for (guint i = 0; i < changes->len; i++)
    apply_change (task, g_ptr_array_index (changes, i));

  run->pulled = TRUE;
  if (token != NULL)
    {
      g_free (run->sync_token);
      run->sync_token = g_steal_pointer (&token);
    }

  /* A 412 asked for this pull: the item once more, with the new etag. */
  if (run->current != NULL)
    run_item (task);
  else
    run_finish (task);
}

static void
run_pull (GTask *task)
{
  PursuitSyncEngine *self = run_engine (task);
  Run *run = g_task_get_task_data (task);
  g_autoptr(PursuitAccount) account = NULL;
  const char *token = run->sync_token;

  if (token == NULL)
    {
      account = pursuit_store_get_account (pursuit_sync_engine_get_store (self), run->account_id, NULL);
      if (account != NULL)
        token = pursuit_account_get_sync_token (account);
    }
  pursuit_calendar_backend_pull_changes_async (run->backend, token,
                                               g_task_get_cancellable (task),
                                               pull_changes_cb, g_object_ref (task));
}

/* The item is done: the next one. */
static void
item_done (GTask *task)
{
  PursuitSyncEngine *self = run_engine (task);
  Run *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_complete_outbox (pursuit_sync_engine_get_store (self), pursuit_outbox_item_get_id (run->current), &error))
    g_warning ("Completing outbox item: %s", error->message);
  g_clear_object (&run->current);
  run_next_item (task);
}

static void
item_failed (GTask  *task,
             GError *error)
{
  PursuitSyncEngine *self = run_engine (task);
  Run *run = g_task_get_task_data (task);
  g_autoptr(GError) store_error = NULL;
  gint64 item_id = pursuit_outbox_item_get_id (run->current);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_error_free (error);
      g_clear_object (&run->current);
      run_finish (task);
      return;
    }

  if (g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED) &&
      !run->current_retried)
    {
      g_debug ("Outbox item %" G_GINT64_FORMAT " changed on the server; pulling first", item_id);
      g_error_free (error);
      run->current_retried = TRUE;
      run_pull (task);
      return;
    }

  if (_pursuit_sync_error_is_sign_in (error))
    {
      /* The item waits for the sign-in; it did nothing wrong. */
      g_clear_object (&run->current);
      run_stop_with (task, error);
      return;
    }

  if (pursuit_http_error_is_transient (error))
    {
      gint64 retry_at = now_seconds () + _pursuit_sync_backoff_seconds (pursuit_outbox_item_get_attempts (run->current));
      AccountRuntime *rt = _pursuit_sync_engine_ensure_runtime (self, run->account_id);

      g_debug ("Outbox item %" G_GINT64_FORMAT " failed, retrying in %" G_GINT64_FORMAT " s: %s",
               item_id, retry_at - now_seconds (), error->message);
      if (!pursuit_store_fail_outbox (pursuit_sync_engine_get_store (self), item_id, error->message, retry_at, &store_error))
        g_warning ("Failing outbox item: %s", store_error->message);
      rt->paused_until = retry_at;
      g_clear_object (&run->current);
      run_stop_with (task, error);
      return;
    }

  g_debug ("Outbox item %" G_GINT64_FORMAT " failed for good: %s", item_id, error->message);
  if (!pursuit_store_fail_outbox (pursuit_sync_engine_get_store (self), item_id, error->message, 0, &store_error))
    g_warning ("Failing outbox item: %s", store_error->message);
  run_take_account_error (run, error);
  g_clear_object (&run->current);
  run_next_item (task);
}

static void
put_event_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitSyncEngine *self = run_engine (task);
  Run *run = g_task_get_task_data (task);
  g_autofree char *remote_id = NULL;
  g_autofree char *etag = NULL;
  GError *error = NULL;

  if (!pursuit_calendar_backend_put_event_finish (PURSUIT_CALENDAR_BACKEND (source), result,
                                                  &remote_id, &etag, &error))
    {
      item_failed (task, error);
      return;
    }

  if (!pursuit_store_set_calendar_link (pursuit_sync_engine_get_store (self), run->account_id,
                                        pursuit_outbox_item_get_source (run->current),
                                        pursuit_outbox_item_get_source_id (run->current),
                                        remote_id, etag, &error))
    {
      g_warning ("Linking event: %s", error->message);
      g_clear_error (&error);
    }
  pursuit_sync_report_count (run->report, run->account_id,
                             run->current_created ? PURSUIT_SYNC_CREATED : PURSUIT_SYNC_UPDATED);
  item_done (task);
}

static void
delete_event_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitSyncEngine *self = run_engine (task);
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;

  if (!pursuit_calendar_backend_delete_event_finish (PURSUIT_CALENDAR_BACKEND (source), result, &error) &&
      !g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_NOT_FOUND) &&
      !g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_GONE))
    {
      item_failed (task, error);
      return;
    }
  g_clear_error (&error);

  if (!pursuit_store_remove_calendar_link (pursuit_sync_engine_get_store (self), run->account_id,
                                           pursuit_outbox_item_get_source (run->current),
                                           pursuit_outbox_item_get_source_id (run->current),
                                           &error))
    {
      g_warning ("Unlinking event: %s", error->message);
      g_clear_error (&error);
    }
  pursuit_sync_report_count (run->report, run->account_id, PURSUIT_SYNC_DELETED);
  item_done (task);
}

/* The event the item's source should be, NULL when it should not be
 * there (with @error set only for failures of the store). */
static PursuitCalendarEvent *
make_event (PursuitSyncEngine  *self,
            Run                *run,
            GError            **error)
{
  const char *source = pursuit_outbox_item_get_source (run->current);
  gint64 source_id = pursuit_outbox_item_get_source_id (run->current);

  if (g_strcmp0 (source, "interview") == 0)
    {
      g_autoptr(PursuitInterview) interview = pursuit_store_get_interview (pursuit_sync_engine_get_store (self), source_id, NULL);

      if (interview == NULL || g_strcmp0 (pursuit_interview_get_status (interview), "cancelled") == 0)
        return NULL;
      return pursuit_calendar_event_new_for_interview (pursuit_sync_engine_get_store (self), source_id,
                                                       pursuit_account_get_invite_interviewer (run->account),
                                                       error);
    }
  if (g_strcmp0 (source, "follow-up") == 0)
    {
      g_autoptr(PursuitFollowUp) follow_up = NULL;

      if (!pursuit_account_get_sync_follow_ups (run->account))
        return NULL;
      follow_up = pursuit_store_get_follow_up (pursuit_sync_engine_get_store (self), source_id, NULL);
      if (follow_up == NULL || g_strcmp0 (pursuit_follow_up_get_status (follow_up), "pending") != 0)
        return NULL;
      return pursuit_calendar_event_new_for_follow_up (pursuit_sync_engine_get_store (self), source_id, error);
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               _("Pursuit cannot put this change in a calendar."));
  return NULL;
}

static void
run_item (GTask *task)
{
  PursuitSyncEngine *self = run_engine (task);
  Run *run = g_task_get_task_data (task);
  g_autoptr(PursuitCalendarEvent) event = NULL;
  g_autofree char *remote_id = NULL;
  g_autofree char *etag = NULL;
  GError *error = NULL;

  if (g_strcmp0 (pursuit_outbox_item_get_kind (run->current), "calendar.push") != 0)
    {
      /* Not ours: another service runs these. */
      g_clear_object (&run->current);
      run_next_item (task);
      return;
    }

  event = make_event (self, run, &error);
  if (error != NULL)
    {
      item_failed (task, error);
      return;
    }

  pursuit_store_get_calendar_link (pursuit_sync_engine_get_store (self), run->account_id,
                                   pursuit_outbox_item_get_source (run->current),
                                   pursuit_outbox_item_get_source_id (run->current),
                                   &remote_id, &etag);
  if (event == NULL)
    {
      if (remote_id == NULL)
        {
          item_done (task);
          return;
        }
      pursuit_calendar_backend_delete_event_async (run->backend, remote_id, etag,
                                                   g_task_get_cancellable (task),
                                                   delete_event_cb, g_object_ref (task));
      return;
    }

  run->current_created = remote_id == NULL;
  pursuit_calendar_backend_put_event_async (run->backend, event, remote_id, etag,
                                            g_task_get_cancellable (task),
                                            put_event_cb, g_object_ref (task));
}

static void
run_next_item (GTask *task)
{
  Run *run = g_task_get_task_data (task);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      run_finish (task);
      return;
    }

  if (run->items == NULL || run->next_item >= run->items->len)
    {
      if (run->pull)
        run_pull (task);
      else
        run_finish (task);
      return;
    }

  run->current = g_object_ref (g_ptr_array_index (run->items, run->next_item++));
  run->current_retried = FALSE;
  run_item (task);
}

static void
get_backend_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitSyncEngine *self = run_engine (task);
  Run *run = g_task_get_task_data (task);
  GError *error = NULL;

  run->backend = _pursuit_sync_engine_get_backend_finish (self, result, &error);
  if (run->backend == NULL)
    {
      if (run_cancelled (task, error))
        {
          g_error_free (error);
          return;
        }
      run_stop_with (task, error);
      return;
    }

  run->items = pursuit_store_list_due_outbox (pursuit_sync_engine_get_store (self), run->account_id,
                                              run->all_items ? G_MAXINT64 : now_seconds (),
                                              &error);
  if (run->items == NULL)
    {
      run_stop_with (task, error);
      return;
    }
  run_next_item (task);
}

static void
start_waiting_run (PursuitSyncEngine *self,
                   AccountRuntime    *rt)
{
  g_autoptr(GTask) next = g_queue_pop_head (&rt->waiting);

  if (next != NULL)
    run_start (next);
}

static void
run_start (GTask *task)
{
  PursuitSyncEngine *self = run_engine (task);
  Run *run = g_task_get_task_data (task);
  AccountRuntime *rt = _pursuit_sync_engine_ensure_runtime (self, run->account_id);

  if (g_task_return_error_if_cancelled (task))
    {
      start_waiting_run (self, rt);
      return;
    }

  run->account = pursuit_store_get_account (pursuit_sync_engine_get_store (self), run->account_id, NULL);
  if (run->account == NULL ||
      !pursuit_account_get_enabled (run->account) ||
      pursuit_account_get_calendar_id (run->account) == NULL)
    {
      g_task_return_boolean (task, TRUE);
      start_waiting_run (self, rt);
      return;
    }

  pursuit_sync_report_add_account (run->report, run->account_id,
                                   pursuit_account_get_label (run->account));
  rt->running = TRUE;
  _pursuit_sync_engine_emit_state_changed (self, run->account_id);

  _pursuit_sync_engine_get_backend_async (self, run->account, g_task_get_cancellable (task),
                                          get_backend_cb, g_object_ref (task));
}

/* Records the outcome, then returns the task (unless it was cancelled and
 * returned already). */
static void
run_finish (GTask *task)
{
  PursuitSyncEngine *self = run_engine (task);
  Run *run = g_task_get_task_data (task);
  AccountRuntime *rt = _pursuit_sync_engine_ensure_runtime (self, run->account_id);
  g_autoptr(GError) error = NULL;
  gboolean cancelled = g_cancellable_is_cancelled (g_task_get_cancellable (task));

  if (!cancelled)
    {
      const char *message = run->error != NULL ? run->error->message : NULL;

      if (!pursuit_store_record_account_sync (pursuit_sync_engine_get_store (self), run->account_id,
                                              run->pulled ? run->sync_token : NULL,
                                              now_seconds (), message, run->needs_sign_in,
                                              &error))
        g_debug ("Recording the sync of account %" G_GINT64_FORMAT ": %s",
                 run->account_id, error->message);
      if (message != NULL)
        pursuit_sync_report_set_error (run->report, run->account_id, message);
      g_clear_error (&rt->last_error);
      if (run->error != NULL)
        {
          rt->last_error = g_error_copy (run->error);
          /* Automatic runs do not hammer a failing account. */
          rt->paused_until = MAX (rt->paused_until, now_seconds () + BACKOFF_FIRST_SECONDS);
        }
      else
        rt->paused_until = 0;
    }
  pursuit_sync_report_set_pending (run->report, run->account_id,
                                   pursuit_store_count_pending_outbox (pursuit_sync_engine_get_store (self), run->account_id));

  rt->running = FALSE;
  _pursuit_sync_engine_emit_state_changed (self, run->account_id);

  if (!cancelled || !g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);

  start_waiting_run (self, rt);
  _pursuit_sync_engine_run_ended (self);
}

/* Runs one account (after the run in progress, if any). */
void
_pursuit_sync_engine_run_account_async (PursuitSyncEngine   *self,
                                        gint64               account_id,
                                        gboolean             all_items,
                                        gboolean             pull,
                                        PursuitSyncReport   *report,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  AccountRuntime *rt = _pursuit_sync_engine_ensure_runtime (self, account_id);
  Run *run = g_new0 (Run, 1);

  g_task_set_source_tag (task, _pursuit_sync_engine_run_account_async);
  run->account_id = account_id;
  run->all_items = all_items;
  run->pull = pull;
  run->report = report != NULL ? g_object_ref (report) : pursuit_sync_report_new ();
  g_task_set_task_data (task, run, run_free);

  if (rt->running)
    {
      g_queue_push_tail (&rt->waiting, task);
      return;
    }
  run_start (task);
  g_object_unref (task);
}

gboolean
_pursuit_sync_engine_run_account_finish (PursuitSyncEngine  *self,
                                         GAsyncResult       *result,
                                         GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
