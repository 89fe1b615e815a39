/* pursuit-sync-all.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The "sync now" of every account and the automatic mode, shared by the
 * calendars' engine and the mail engine: they differ only in the run of
 * one account and in which items are theirs. */

#define G_LOG_DOMAIN "pursuit-sync"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-sync-all-private.h"

typedef struct
{
  const PursuitSyncAllClass *klass;
  PursuitSyncReport         *report;
  guint64                    requests_before;
  guint                      running;
  gboolean                   cancelled;
} SyncAll;

static void
sync_all_free (gpointer data)
{
  SyncAll *sa = data;

  g_clear_object (&sa->report);
  g_free (sa);
}

static void
sync_all_return (GTask *task)
{
  SyncAll *sa = g_task_get_task_data (task);
  guint64 requests = sa->klass->count_requests (g_task_get_source_object (task)) - sa->requests_before;

  if (sa->cancelled)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The sync was cancelled."));
      return;
    }
  pursuit_sync_report_set_requests (sa->report, pursuit_sync_report_get_requests (sa->report) + requests);
  g_task_return_pointer (task, g_object_ref (sa->report), g_object_unref);
}

static void
sync_account_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SyncAll *sa = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!sa->klass->run_finish (source, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        sa->cancelled = TRUE;
      else
        g_debug ("%s: %s", sa->klass->name, error->message);
    }
  if (--sa->running == 0)
    sync_all_return (task);
}

void
_pursuit_sync_all_accounts (GTask                     *task,
                            const PursuitSyncAllClass *klass,
                            PursuitStore              *store,
                            gint64                     account_id,
                            PursuitSyncReport         *report)
{
  gpointer engine = g_task_get_source_object (task);
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  SyncAll *sa;

  sa = g_new0 (SyncAll, 1);
  sa->klass = klass;
  sa->report = report != NULL ? g_object_ref (report) : pursuit_sync_report_new ();
  sa->requests_before = klass->count_requests (engine);
  g_task_set_task_data (task, sa, sync_all_free);

  accounts = pursuit_store_list_accounts (store, &error);
  if (accounts == NULL)
    g_warning ("Listing accounts: %s", error->message);
  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      PursuitAccount *account = g_ptr_array_index (accounts, i);
      gint64 id = pursuit_account_get_id (account);

      if ((account_id == 0 || account_id == id) && klass->wants (account))
        g_array_append_val (ids, id);
    }

  if (ids->len == 0)
    {
      sync_all_return (task);
      return;
    }

  /* Every run holds a reference: the last one to end returns the task. */
  sa->running = ids->len;
  for (guint i = 0; i < ids->len; i++)
    klass->run_async (engine, g_array_index (ids, gint64, i), TRUE, TRUE, sa->report,
                      g_task_get_cancellable (task), sync_account_cb, g_object_ref (task));
}

/* Automatic mode */

#define RETRY_MAX_SECONDS 3600

static void
automatic_run_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  const PursuitSyncAllClass *klass = user_data;
  g_autoptr(GError) error = NULL;

  if (!klass->run_finish (source, result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("%s (automatic): %s", klass->name, error->message);
}

void
_pursuit_sync_all_run_automatic (gpointer                   engine,
                                 const PursuitSyncAllClass *klass,
                                 PursuitStore              *store,
                                 gboolean                   fetch,
                                 GCancellable              *cancellable)
{
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  accounts = pursuit_store_list_accounts (store, &error);
  if (accounts == NULL)
    {
      g_warning ("Listing accounts: %s", error->message);
      return;
    }

  for (guint i = 0; i < accounts->len; i++)
    {
      PursuitAccount *account = g_ptr_array_index (accounts, i);
      gint64 id = pursuit_account_get_id (account);
      gboolean running = FALSE;
      gboolean queued = FALSE;
      gint64 paused_until = 0;

      if (!klass->may_run (account))
        continue;
      klass->get_state (engine, id, &running, &queued, &paused_until);
      if (queued)
        continue;
      if (!fetch && (running || now < paused_until || !klass->has_due (engine, id, now)))
        continue;
      klass->run_async (engine, id, FALSE, fetch, NULL, cancellable, automatic_run_cb, (gpointer) klass);
    }
}

void
_pursuit_sync_all_schedule (gpointer                   engine,
                            const PursuitSyncAllClass *klass,
                            PursuitStore              *store,
                            guint                     *idle_source,
                            GSourceOnceFunc            on_idle,
                            guint                     *retry_source,
                            GSourceFunc                on_retry)
{
  g_autoptr(GPtrArray) accounts = pursuit_store_list_accounts (store, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 next = 0;

  if (*idle_source == 0)
    *idle_source = g_idle_add_once (on_idle, engine);

  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      PursuitAccount *account = g_ptr_array_index (accounts, i);
      gint64 id = pursuit_account_get_id (account);
      gboolean running = FALSE;
      gboolean queued = FALSE;
      gint64 paused_until = 0;
      gint64 attempt;

      if (!klass->may_run (account))
        continue;
      attempt = klass->next_attempt (engine, id);
      if (attempt == 0)
        continue;
      klass->get_state (engine, id, &running, &queued, &paused_until);
      attempt = MAX (attempt, paused_until);
      next = next == 0 ? attempt : MIN (next, attempt);
    }

  g_clear_handle_id (retry_source, g_source_remove);
  if (next > now)
    *retry_source = g_timeout_add_seconds ((guint) MIN (next - now, RETRY_MAX_SECONDS), on_retry, engine);
}

void
_pursuit_sync_all_renew_cancellable (GCancellable **cancellable)
{
  if (*cancellable == NULL || g_cancellable_is_cancelled (*cancellable))
    {
      g_clear_object (cancellable);
      *cancellable = g_cancellable_new ();
    }
}
