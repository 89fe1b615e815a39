/* pursuit-sync-all-private.h
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pursuit-account.h"
#include "pursuit-store.h"
#include "pursuit-sync-report.h"

G_BEGIN_DECLS

/* What an engine (the calendars' or the mail's) gives
 * _pursuit_sync_all_accounts(): its per-account run, with @engine the
 * task's source object, and how many requests it has sent so far. */
typedef void     (*PursuitSyncAllRunAsync)  (gpointer              engine,
                                             gint64                account_id,
                                             gboolean              all_items,
                                             gboolean              fetch,
                                             PursuitSyncReport    *report,
                                             GCancellable         *cancellable,
                                             GAsyncReadyCallback   callback,
                                             gpointer              user_data);
typedef gboolean (*PursuitSyncAllRunFinish) (gpointer              engine,
                                             GAsyncResult         *result,
                                             GError              **error);

typedef struct
{
  /* "Sync now": whether @account takes part. */
  gboolean               (*wants)          (PursuitAccount *account);
  PursuitSyncAllRunAsync   run_async;
  PursuitSyncAllRunFinish  run_finish;
  guint64                (*count_requests) (gpointer        engine);
  /* In the debug line of an account's failure ("Sync"). */
  const char              *name;

  /* Automatic mode. Whether @account may run without the user (not
   * while it must sign in again). */
  gboolean               (*may_run)        (PursuitAccount *account);
  /* The account's runs: one going, one waiting, and until when the
   * automatic runs leave it alone after a failure. */
  void                   (*get_state)      (gpointer        engine,
                                            gint64          account_id,
                                            gboolean       *running,
                                            gboolean       *queued,
                                            gint64         *paused_until);
  /* Whether one of the engine's items of the account is due at @now. */
  gboolean               (*has_due)        (gpointer        engine,
                                            gint64          account_id,
                                            gint64          now);
  /* The earliest next attempt of the account's items, 0 when none. */
  gint64                 (*next_attempt)   (gpointer        engine,
                                            gint64          account_id);
} PursuitSyncAllClass;

/* "Sync now": runs every account of @store that @klass wants (only
 * @account_id, unless 0) at once, all their items and the fetch, into
 * @report (NULL: a new one), whose request count grows by those sent.
 * @task (source object: the engine) returns the report, or
 * G_IO_ERROR_CANCELLED when a run was cancelled. An account's failure is
 * in the report, not an error. */
void _pursuit_sync_all_accounts (GTask                     *task,
                                 const PursuitSyncAllClass *klass,
                                 PursuitStore              *store,
                                 gint64                     account_id,
                                 PursuitSyncReport         *report);

/* The automatic runs of every account that may run and has none
 * waiting: with @fetch all of them (their due items and the fetch), else
 * those neither running nor paused that have an item due now. */
void _pursuit_sync_all_run_automatic (gpointer                   engine,
                                      const PursuitSyncAllClass *klass,
                                      PursuitStore              *store,
                                      gboolean                   fetch,
                                      GCancellable              *cancellable);

/* Runs the due items soon (*@idle_source, calling @on_idle) and sets
 * *@retry_source (calling @on_retry) for the earliest next attempt of the
 * accounts that may run, not before their pause. */
void _pursuit_sync_all_schedule      (gpointer                   engine,
                                      const PursuitSyncAllClass *klass,
                                      PursuitStore              *store,
                                      guint                     *idle_source,
                                      GSourceOnceFunc            on_idle,
                                      guint                     *retry_source,
                                      GSourceFunc                on_retry);

/* A fresh @cancellable after a stop cancelled the one of the runs
 * before. */
void _pursuit_sync_all_renew_cancellable (GCancellable **cancellable);

G_END_DECLS
