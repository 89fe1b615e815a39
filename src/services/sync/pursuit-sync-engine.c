/* pursuit-sync-engine.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-sync-engine"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-sync-all-private.h"
#include "pursuit-sync-engine-private.h"

struct _PursuitSyncEngine
{
  GObject                parent_instance;

  PursuitStore          *store;
  PursuitHttp           *http;
  PursuitSecretStore    *secrets;
  char                  *client_id;
  char                  *client_secret;

  PursuitBackendFactory  factory;
  gpointer               factory_data;
  GDestroyNotify         factory_destroy;

  GHashTable            *runtimes;      /* gint64 account id -> AccountRuntime */
  GCancellable          *cancellable;   /* of the automatic runs */
  gboolean               started;
  gulong                 outbox_handler;
  gulong                 accounts_handler;
  guint                  due_source;
  guint                  retry_source;
  guint                  pull_source;
  guint                  start_source;
};

G_DEFINE_FINAL_TYPE (PursuitSyncEngine, pursuit_sync_engine, G_TYPE_OBJECT)

enum {
  ACCOUNT_STATE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule_due_run (PursuitSyncEngine *self);

static void
account_runtime_free (gpointer data)
{
  AccountRuntime *rt = data;

  g_clear_object (&rt->backend);
  g_clear_object (&rt->auth);
  g_clear_pointer (&rt->config, g_free);
  g_clear_pointer (&rt->service, g_free);
  g_queue_clear_full (&rt->waiting, g_object_unref);
  g_clear_error (&rt->last_error);
  g_free (rt);
}

AccountRuntime *
_pursuit_sync_engine_ensure_runtime (PursuitSyncEngine *self,
                                     gint64             account_id)
{
  AccountRuntime *rt = g_hash_table_lookup (self->runtimes, &account_id);

  if (rt == NULL)
    {
      rt = g_new0 (AccountRuntime, 1);
      rt->account_id = account_id;
      g_queue_init (&rt->waiting);
      g_hash_table_insert (self->runtimes, &rt->account_id, rt);
    }
  return rt;
}

AccountRuntime *
_pursuit_sync_engine_lookup_runtime (PursuitSyncEngine *self,
                                     gint64             account_id)
{
  return g_hash_table_lookup (self->runtimes, &account_id);
}

const char *
_pursuit_sync_engine_get_client_id (PursuitSyncEngine *self)
{
  return self->client_id;
}

const char *
_pursuit_sync_engine_get_client_secret (PursuitSyncEngine *self)
{
  return self->client_secret;
}

gboolean
_pursuit_sync_engine_has_factory (PursuitSyncEngine *self)
{
  return self->factory != NULL;
}

void
_pursuit_sync_engine_emit_state_changed (PursuitSyncEngine *self,
                                         gint64             account_id)
{
  g_signal_emit (self, signals[ACCOUNT_STATE_CHANGED], 0, account_id);
}

PursuitSecretStore *
_pursuit_sync_engine_get_secrets (PursuitSyncEngine *self)
{
  return self->secrets;
}

PursuitCalendarBackend *
_pursuit_sync_engine_make_factory_backend (PursuitSyncEngine *self,
                                           PursuitAccount    *account)
{
  return self->factory != NULL ? self->factory (account, self->factory_data) : NULL;
}

void
_pursuit_sync_engine_forget_account (PursuitSyncEngine *self,
                                     gint64             account_id)
{
  AccountRuntime *rt = g_hash_table_lookup (self->runtimes, &account_id);

  if (rt == NULL)
    return;
  /* A running run still needs its runtime to end properly. */
  if (rt->running || !g_queue_is_empty (&rt->waiting))
    {
      g_clear_object (&rt->backend);
      g_clear_object (&rt->auth);
      g_clear_pointer (&rt->config, g_free);
      return;
    }
  g_hash_table_remove (self->runtimes, &account_id);
}

/* After every run: the next automatic one. */
void
_pursuit_sync_engine_run_ended (PursuitSyncEngine *self)
{
  if (self->started)
    schedule_due_run (self);
}

/* Automatic mode */

static gboolean
sync_all_wants (PursuitAccount *account)
{
  return pursuit_account_get_enabled (account);
}

static guint64
sync_all_count_requests (gpointer engine)
{
  return pursuit_http_get_request_count (PURSUIT_SYNC_ENGINE (engine)->http);
}

static gboolean
may_run (PursuitAccount *account)
{
  return pursuit_account_get_enabled (account) &&
         !pursuit_account_get_needs_sign_in (account) &&
         pursuit_account_get_calendar_id (account) != NULL;
}

static void
get_state (gpointer  engine,
           gint64    account_id,
           gboolean *running,
           gboolean *queued,
           gint64   *paused_until)
{
  PursuitSyncEngine *self = engine;
  AccountRuntime *rt = g_hash_table_lookup (self->runtimes, &account_id);

  if (rt == NULL)
    return;
  *running = rt->running;
  *queued = !g_queue_is_empty (&rt->waiting);
  *paused_until = rt->paused_until;
}

/* Whether one of ours is due: the mail engine runs the "gmail.*" items,
 * and a run for those alone would do nothing, then come again. */
static gboolean
has_due (gpointer engine,
         gint64   account_id,
         gint64   now)
{
  PursuitSyncEngine *self = engine;
  g_autoptr(GPtrArray) due = pursuit_store_list_due_outbox (self->store, account_id, now, NULL);

  for (guint i = 0; due != NULL && i < due->len; i++)
    if (g_strcmp0 (pursuit_outbox_item_get_kind (g_ptr_array_index (due, i)), "calendar.push") == 0)
      return TRUE;
  return FALSE;
}

static gint64
next_attempt (gpointer engine,
              gint64   account_id)
{
  PursuitSyncEngine *self = engine;

  return pursuit_store_next_outbox_attempt (self->store, account_id);
}

static const PursuitSyncAllClass sync_all_class = {
  sync_all_wants,
  (PursuitSyncAllRunAsync) _pursuit_sync_engine_run_account_async,
  (PursuitSyncAllRunFinish) _pursuit_sync_engine_run_account_finish,
  sync_all_count_requests,
  "Sync",
  may_run,
  get_state,
  has_due,
  next_attempt,
};

/* Every enabled account with items due now (@pull: every enabled
 * account, and their changes). */
static void
run_automatic (PursuitSyncEngine *self,
               gboolean           pull)
{
  _pursuit_sync_all_run_automatic (self, &sync_all_class, self->store, pull, self->cancellable);
}

static void
on_due_idle_cb (gpointer user_data)
{
  PursuitSyncEngine *self = user_data;

  self->due_source = 0;
  run_automatic (self, FALSE);
}

static gboolean
on_retry_timeout_cb (gpointer user_data)
{
  PursuitSyncEngine *self = user_data;

  self->retry_source = 0;
  schedule_due_run (self);
  return G_SOURCE_REMOVE;
}

/* Changes made in the calendars while the app was closed. */
static void
on_start_idle_cb (gpointer user_data)
{
  PursuitSyncEngine *self = user_data;

  self->start_source = 0;
  run_automatic (self, TRUE);
}

static gboolean
on_pull_timeout_cb (gpointer user_data)
{
  PursuitSyncEngine *self = user_data;

  run_automatic (self, TRUE);
  return G_SOURCE_CONTINUE;
}

/* Runs due items soon, and sets the timer for the next attempt. */
static void
schedule_due_run (PursuitSyncEngine *self)
{
  if (self->started)
    _pursuit_sync_all_schedule (self, &sync_all_class, self->store, &self->due_source, on_due_idle_cb,
                                &self->retry_source, on_retry_timeout_cb);
}

static void
on_store_outbox_changed_cb (PursuitStore      *store,
                            gint64             account_id,
                            PursuitSyncEngine *self)
{
  schedule_due_run (self);
}

static void
on_store_accounts_changed_cb (PursuitStore      *store,
                              PursuitSyncEngine *self)
{
  g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  AccountRuntime *rt;

  g_hash_table_iter_init (&iter, self->runtimes);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &rt))
    {
      g_autoptr(PursuitAccount) account = pursuit_store_get_account (self->store, rt->account_id, NULL);
      g_autofree char *config = NULL;

      if (account == NULL)
        {
          g_array_append_val (gone, rt->account_id);
          continue;
        }
      config = _pursuit_sync_engine_dup_backend_config (self, account);
      if (g_strcmp0 (config, rt->config) != 0)
        {
          g_clear_object (&rt->backend);
          g_clear_object (&rt->auth);
          g_clear_pointer (&rt->config, g_free);
        }
    }
  for (guint i = 0; i < gone->len; i++)
    _pursuit_sync_engine_forget_account (self, g_array_index (gone, gint64, i));

  schedule_due_run (self);
}

/* GObject */

static void
pursuit_sync_engine_dispose (GObject *object)
{
  PursuitSyncEngine *self = PURSUIT_SYNC_ENGINE (object);

  pursuit_sync_engine_stop (self);
  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->outbox_handler, self->store);
      g_clear_signal_handler (&self->accounts_handler, self->store);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->http);
  g_clear_object (&self->secrets);
  g_clear_pointer (&self->runtimes, g_hash_table_unref);
  if (self->factory_destroy != NULL)
    g_clear_pointer (&self->factory_data, self->factory_destroy);
  self->factory = NULL;

  G_OBJECT_CLASS (pursuit_sync_engine_parent_class)->dispose (object);
}

static void
pursuit_sync_engine_finalize (GObject *object)
{
  PursuitSyncEngine *self = PURSUIT_SYNC_ENGINE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->client_id, g_free);
  g_clear_pointer (&self->client_secret, g_free);

  G_OBJECT_CLASS (pursuit_sync_engine_parent_class)->finalize (object);
}

static void
pursuit_sync_engine_class_init (PursuitSyncEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_sync_engine_dispose;
  object_class->finalize = pursuit_sync_engine_finalize;

  /**
   * PursuitSyncEngine::account-state-changed:
   * @account_id: the account whose state may have changed
   */
  signals[ACCOUNT_STATE_CHANGED] =
    g_signal_new ("account-state-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
pursuit_sync_engine_init (PursuitSyncEngine *self)
{
  self->runtimes = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, account_runtime_free);
  self->cancellable = g_cancellable_new ();
}

/* Public API */

const char *
pursuit_account_state_to_string (PursuitAccountState state)
{
  static const char * const names[] = {
    "connected", "syncing", "needs-sign-in", "offline", "circuit-open", "error", "disabled",
  };

  g_return_val_if_fail (state <= PURSUIT_ACCOUNT_STATE_DISABLED, "error");
  return names[state];
}

const char *
pursuit_account_state_get_label (PursuitAccountState state)
{
  switch (state)
    {
    case PURSUIT_ACCOUNT_STATE_CONNECTED:
      return _("Connected");
    case PURSUIT_ACCOUNT_STATE_SYNCING:
      return _("Syncing…");
    case PURSUIT_ACCOUNT_STATE_NEEDS_SIGN_IN:
      return _("Needs sign-in");
    case PURSUIT_ACCOUNT_STATE_OFFLINE:
      return _("Offline");
    case PURSUIT_ACCOUNT_STATE_CIRCUIT_OPEN:
      return _("Paused after repeated failures");
    case PURSUIT_ACCOUNT_STATE_ERROR:
      return _("Error");
    case PURSUIT_ACCOUNT_STATE_DISABLED:
      return _("Turned off");
    default:
      g_return_val_if_reached (_("Error"));
    }
}

/**
 * pursuit_sync_engine_new:
 * @store: the store whose outbox and interviews the engine follows
 * @http: the HTTP client of every backend
 * @secrets: where refresh tokens and passwords live
 *
 * Returns: (transfer full): a new engine, not started.
 */
PursuitSyncEngine *
pursuit_sync_engine_new (PursuitStore       *store,
                         PursuitHttp        *http,
                         PursuitSecretStore *secrets)
{
  PursuitSyncEngine *self;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (PURSUIT_IS_HTTP (http), NULL);
  g_return_val_if_fail (PURSUIT_IS_SECRET_STORE (secrets), NULL);

  self = g_object_new (PURSUIT_TYPE_SYNC_ENGINE, NULL);
  self->store = g_object_ref (store);
  self->http = g_object_ref (http);
  self->secrets = g_object_ref (secrets);
  self->outbox_handler = g_signal_connect (store, "outbox-changed",
                                           G_CALLBACK (on_store_outbox_changed_cb), self);
  self->accounts_handler = g_signal_connect (store, "accounts-changed",
                                             G_CALLBACK (on_store_accounts_changed_cb), self);
  return self;
}

PursuitStore *
pursuit_sync_engine_get_store (PursuitSyncEngine *self)
{
  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), NULL);
  return self->store;
}

PursuitHttp *
pursuit_sync_engine_get_http (PursuitSyncEngine *self)
{
  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), NULL);
  return self->http;
}

void
pursuit_sync_engine_set_google_client (PursuitSyncEngine *self,
                                       const char        *client_id,
                                       const char        *client_secret)
{
  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));

  if (client_id != NULL && client_id[0] == '\0')
    client_id = NULL;
  if (client_secret != NULL && client_secret[0] == '\0')
    client_secret = NULL;
  g_free (self->client_id);
  self->client_id = g_strdup (client_id);
  g_free (self->client_secret);
  self->client_secret = g_strdup (client_secret);
  /* The backends made with the old client are made again on next use:
   * their config names the client id. */
}

void
pursuit_sync_engine_set_backend_factory (PursuitSyncEngine     *self,
                                         PursuitBackendFactory  factory,
                                         gpointer               user_data,
                                         GDestroyNotify         destroy)
{
  GHashTableIter iter;
  AccountRuntime *rt;

  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));

  if (self->factory_destroy != NULL)
    g_clear_pointer (&self->factory_data, self->factory_destroy);
  self->factory = factory;
  self->factory_data = user_data;
  self->factory_destroy = destroy;

  g_hash_table_iter_init (&iter, self->runtimes);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &rt))
    {
      g_clear_object (&rt->backend);
      g_clear_pointer (&rt->config, g_free);
    }
}

void
pursuit_sync_engine_start (PursuitSyncEngine *self)
{
  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));

  if (self->started)
    return;
  self->started = TRUE;
  _pursuit_sync_all_renew_cancellable (&self->cancellable);
  self->pull_source = g_timeout_add_seconds (PURSUIT_SYNC_PULL_INTERVAL_SECONDS,
                                             on_pull_timeout_cb, self);
  self->start_source = g_idle_add_once (on_start_idle_cb, self);
  schedule_due_run (self);
}

void
pursuit_sync_engine_stop (PursuitSyncEngine *self)
{
  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));

  self->started = FALSE;
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->due_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  g_clear_handle_id (&self->pull_source, g_source_remove);
  g_clear_handle_id (&self->start_source, g_source_remove);
}

void
pursuit_sync_engine_sync_async (PursuitSyncEngine   *self,
                                gint64               account_id,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_sync_engine_sync_async);
  _pursuit_sync_all_accounts (task, &sync_all_class, self->store, account_id, NULL);
}

PursuitSyncReport *
pursuit_sync_engine_sync_finish (PursuitSyncEngine  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

PursuitAccountState
pursuit_sync_engine_get_account_state (PursuitSyncEngine *self,
                                       gint64             account_id)
{
  g_autoptr(PursuitAccount) account = NULL;
  AccountRuntime *rt;

  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (self), PURSUIT_ACCOUNT_STATE_ERROR);

  rt = g_hash_table_lookup (self->runtimes, &account_id);
  if (rt != NULL && rt->running)
    return PURSUIT_ACCOUNT_STATE_SYNCING;

  account = pursuit_store_get_account (self->store, account_id, NULL);
  if (account == NULL || !pursuit_account_get_enabled (account))
    return PURSUIT_ACCOUNT_STATE_DISABLED;
  if (pursuit_account_get_needs_sign_in (account))
    return PURSUIT_ACCOUNT_STATE_NEEDS_SIGN_IN;
  if (pursuit_account_get_last_error (account) == NULL)
    return PURSUIT_ACCOUNT_STATE_CONNECTED;

  if (rt != NULL && rt->last_error != NULL && pursuit_http_error_is_transient (rt->last_error))
    {
      if (g_error_matches (rt->last_error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CIRCUIT_OPEN) ||
          (rt->service != NULL &&
           pursuit_http_get_circuit_state (self->http, rt->service) == PURSUIT_CIRCUIT_OPEN))
        return PURSUIT_ACCOUNT_STATE_CIRCUIT_OPEN;
      return PURSUIT_ACCOUNT_STATE_OFFLINE;
    }
  return PURSUIT_ACCOUNT_STATE_ERROR;
}
