/* pursuit-mail-engine.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-engine"

#include "config.h"

#include "pursuit-mail-engine-private.h"
#include "pursuit-mail-parser.h"
#include "pursuit-store-mail.h"
#include "pursuit-sync-all-private.h"

/* The breaker label of Gmail: its failures do not stop the calendars. */
#define GMAIL_SERVICE "gmail"

struct _PursuitMailEngine
{
  GObject            parent_instance;

  PursuitSyncEngine *sync_engine;
  PursuitStore      *store;
  /* Sends go through an HTTP client that never resends by itself: a
   * message the server took but whose answer was lost must be looked
   * for before it is sent again (pursuit-mail-send.c). */
  PursuitHttp       *send_http;

  guint              window_days;
  guint              interval_minutes;
  double             threshold;
  GTimeZone         *tz;
  guint              part_retry_delay_ms;

  GHashTable        *accounts;       /* gint64 account id -> MailAccount */
  GCancellable      *cancellable;    /* of the automatic runs */
  gboolean           started;
  guint              n_reading;
  gulong             outbox_handler;
  gulong             accounts_handler;
  gulong             network_handler;
  guint              send_source;
  guint              retry_source;
  guint              interval_source;
  guint              start_source;
};

G_DEFINE_FINAL_TYPE (PursuitMailEngine, pursuit_mail_engine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SYNCING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PROGRESS,
  SUGGESTION_APPLIED,
  MAIL_SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule_send_run (PursuitMailEngine *self);

static void
mail_account_free (gpointer data)
{
  MailAccount *ma = data;

  g_clear_object (&ma->auth);
  g_clear_object (&ma->client);
  g_clear_object (&ma->send_client);
  g_queue_clear_full (&ma->waiting, g_object_unref);
  g_free (ma);
}

static MailAccount *
ensure_account (PursuitMailEngine *self,
                gint64             account_id)
{
  MailAccount *ma = g_hash_table_lookup (self->accounts, &account_id);

  if (ma == NULL)
    {
      ma = g_new0 (MailAccount, 1);
      ma->account_id = account_id;
      g_queue_init (&ma->waiting);
      g_hash_table_insert (self->accounts, &ma->account_id, ma);
    }
  return ma;
}

/* For the sibling files */

PursuitStore *
_pursuit_mail_engine_store (PursuitMailEngine *self)
{
  return self->store;
}

guint
_pursuit_mail_engine_window_days (PursuitMailEngine *self)
{
  return self->window_days;
}

double
_pursuit_mail_engine_threshold (PursuitMailEngine *self)
{
  return self->threshold;
}

GTimeZone *
_pursuit_mail_engine_time_zone (PursuitMailEngine *self)
{
  return self->tz;
}

void
_pursuit_mail_engine_pause (PursuitMailEngine *self,
                            gint64             account_id,
                            gint64             until)
{
  MailAccount *ma = ensure_account (self, account_id);

  ma->paused_until = MAX (ma->paused_until, until);
}

void
_pursuit_mail_engine_set_reading (PursuitMailEngine *self,
                                  gboolean           reading)
{
  gboolean before = self->n_reading > 0;

  if (reading)
    self->n_reading++;
  else if (self->n_reading > 0)
    self->n_reading--;
  if (before != (self->n_reading > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYNCING]);
}

void
_pursuit_mail_engine_emit_progress (PursuitMailEngine *self,
                                    gint64             account_id,
                                    guint              done,
                                    guint              total)
{
  g_signal_emit (self, signals[PROGRESS], 0, account_id, done, total);
}

void
_pursuit_mail_engine_emit_applied (PursuitMailEngine *self,
                                   gint64             suggestion_id)
{
  g_signal_emit (self, signals[SUGGESTION_APPLIED], 0, suggestion_id);
}

void
_pursuit_mail_engine_emit_sent (PursuitMailEngine *self,
                                gint64             outbox_id,
                                const char        *kind,
                                const char        *error)
{
  g_signal_emit (self, signals[MAIL_SENT], 0, outbox_id, kind, error);
}

PursuitSyncEngine *
_pursuit_mail_engine_get_sync_engine (PursuitMailEngine *self)
{
  return self->sync_engine;
}

MailAccount *
_pursuit_mail_engine_ensure_account (PursuitMailEngine *self,
                                     gint64             account_id)
{
  return ensure_account (self, account_id);
}

/* Called at the end of every run (pursuit-mail-run.c). */
void
_pursuit_mail_engine_run_ended (PursuitMailEngine *self)
{
  if (self->started)
    schedule_send_run (self);
}

void
_pursuit_mail_engine_ensure_clients (PursuitMailEngine *self,
                                     MailAccount       *ma,
                                     PursuitGoogleAuth *auth)
{
  if (ma->auth == auth && ma->client != NULL)
    return;

  g_set_object (&ma->auth, auth);
  g_clear_object (&ma->client);
  g_clear_object (&ma->send_client);
  ma->client = pursuit_gmail_client_new (pursuit_sync_engine_get_http (self->sync_engine),
                                         PURSUIT_AUTHORIZER (auth), GMAIL_SERVICE);
  ma->send_client = pursuit_gmail_client_new (self->send_http, PURSUIT_AUTHORIZER (auth), GMAIL_SERVICE);
  if (self->part_retry_delay_ms > 0)
    pursuit_gmail_client_set_part_retry_delay (ma->client, self->part_retry_delay_ms);
}

/* Whether Pursuit may use Gmail for @account at all. */
gboolean
_pursuit_mail_account_has_mail (PursuitAccount *account)
{
  return account != NULL &&
         g_strcmp0 (pursuit_account_get_kind (account), "google") == 0 &&
         pursuit_account_get_enabled (account) &&
         pursuit_account_get_mail_enabled (account);
}

/* Automatic mode */

static guint64
sync_all_count_requests (gpointer engine)
{
  PursuitMailEngine *self = engine;

  return pursuit_http_get_request_count (pursuit_sync_engine_get_http (self->sync_engine)) +
         pursuit_http_get_request_count (self->send_http);
}

static gboolean
may_run (PursuitAccount *account)
{
  return _pursuit_mail_account_has_mail (account) && !pursuit_account_get_needs_sign_in (account);
}

static void
get_state (gpointer  engine,
           gint64    account_id,
           gboolean *running,
           gboolean *queued,
           gint64   *paused_until)
{
  PursuitMailEngine *self = engine;
  MailAccount *ma = g_hash_table_lookup (self->accounts, &account_id);

  if (ma == NULL)
    return;
  *running = ma->running;
  *queued = !g_queue_is_empty (&ma->waiting);
  *paused_until = ma->paused_until;
}

/* The earliest next attempt of the account's pending mail items, 0 when
 * none. */
static gint64
next_mail_attempt (gpointer engine,
                   gint64   account_id)
{
  PursuitMailEngine *self = engine;
  g_autoptr(GPtrArray) items = pursuit_store_list_outbox (self->store, account_id, NULL);
  gint64 next = 0;

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PursuitOutboxItem *item = g_ptr_array_index (items, i);
      gint64 at = pursuit_outbox_item_get_next_attempt_at (item);

      if (!_pursuit_mail_is_mail_kind (pursuit_outbox_item_get_kind (item)) ||
          g_strcmp0 (pursuit_outbox_item_get_state (item), "pending") != 0)
        continue;
      next = next == 0 ? at : MIN (next, at);
    }
  return next;
}

static gboolean
has_due (gpointer engine,
         gint64   account_id,
         gint64   now)
{
  gint64 next = next_mail_attempt (engine, account_id);

  return next != 0 && next <= now;
}

static const PursuitSyncAllClass sync_all_class = {
  _pursuit_mail_account_has_mail,
  (PursuitSyncAllRunAsync) _pursuit_mail_engine_run_account_async,
  (PursuitSyncAllRunFinish) _pursuit_mail_engine_run_account_finish,
  sync_all_count_requests,
  "Mail sync",
  may_run,
  get_state,
  has_due,
  next_mail_attempt,
};

/* Every account with Gmail on: its due mail (@read: and its inbox). */
static void
run_automatic (PursuitMailEngine *self,
               gboolean           read)
{
  _pursuit_sync_all_run_automatic (self, &sync_all_class, self->store, read, self->cancellable);
}

static void
on_send_idle_cb (gpointer user_data)
{
  PursuitMailEngine *self = user_data;

  self->send_source = 0;
  run_automatic (self, FALSE);
}

static gboolean
on_retry_timeout_cb (gpointer user_data)
{
  PursuitMailEngine *self = user_data;

  self->retry_source = 0;
  schedule_send_run (self);
  return G_SOURCE_REMOVE;
}

/* Sends what is due soon, and sets the timer for the next attempt. */
static void
schedule_send_run (PursuitMailEngine *self)
{
  if (self->started)
    _pursuit_sync_all_schedule (self, &sync_all_class, self->store, &self->send_source, on_send_idle_cb,
                                &self->retry_source, on_retry_timeout_cb);
}

static gboolean
network_is_up (void)
{
  return g_network_monitor_get_network_available (g_network_monitor_get_default ());
}

static gboolean
on_interval_cb (gpointer user_data)
{
  PursuitMailEngine *self = user_data;

  if (network_is_up ())
    run_automatic (self, TRUE);
  return G_SOURCE_CONTINUE;
}

static void
on_start_idle_cb (gpointer user_data)
{
  PursuitMailEngine *self = user_data;

  self->start_source = 0;
  run_automatic (self, TRUE);
}

static void
on_network_changed_cb (GNetworkMonitor   *monitor,
                       gboolean           available,
                       PursuitMailEngine *self)
{
  /* Back online: what arrived meanwhile, and what waited to be sent. */
  if (self->started && available && self->start_source == 0)
    self->start_source = g_idle_add_once (on_start_idle_cb, self);
}

static void
on_store_outbox_changed_cb (PursuitStore      *store,
                            gint64             account_id,
                            PursuitMailEngine *self)
{
  schedule_send_run (self);
}

static void
on_store_accounts_changed_cb (PursuitStore      *store,
                              PursuitMailEngine *self)
{
  GHashTableIter iter;
  MailAccount *ma;

  /* Forget the clients of accounts gone or turned off; a run in
   * progress keeps its own references. */
  g_hash_table_iter_init (&iter, self->accounts);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &ma))
    {
      g_autoptr(PursuitAccount) account = pursuit_store_get_account (self->store, ma->account_id, NULL);

      if (_pursuit_mail_account_has_mail (account))
        continue;
      g_clear_object (&ma->auth);
      g_clear_object (&ma->client);
      g_clear_object (&ma->send_client);
      if (account == NULL && !ma->running && g_queue_is_empty (&ma->waiting))
        g_hash_table_iter_remove (&iter);
    }
  schedule_send_run (self);
}

static void
restart_interval (PursuitMailEngine *self)
{
  g_clear_handle_id (&self->interval_source, g_source_remove);
  if (self->started)
    self->interval_source = g_timeout_add_seconds (self->interval_minutes * 60, on_interval_cb, self);
}

/* GObject */

static void
pursuit_mail_engine_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PursuitMailEngine *self = PURSUIT_MAIL_ENGINE (object);

  switch (prop_id)
    {
    case PROP_SYNCING:
      g_value_set_boolean (value, pursuit_mail_engine_get_syncing (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_mail_engine_dispose (GObject *object)
{
  PursuitMailEngine *self = PURSUIT_MAIL_ENGINE (object);

  pursuit_mail_engine_stop (self);
  if (self->store != NULL)
    {
      g_clear_signal_handler (&self->outbox_handler, self->store);
      g_clear_signal_handler (&self->accounts_handler, self->store);
    }
  g_clear_signal_handler (&self->network_handler, g_network_monitor_get_default ());
  g_clear_object (&self->store);
  g_clear_object (&self->sync_engine);
  g_clear_object (&self->send_http);
  g_clear_pointer (&self->accounts, g_hash_table_unref);

  G_OBJECT_CLASS (pursuit_mail_engine_parent_class)->dispose (object);
}

static void
pursuit_mail_engine_finalize (GObject *object)
{
  PursuitMailEngine *self = PURSUIT_MAIL_ENGINE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->tz, g_time_zone_unref);

  G_OBJECT_CLASS (pursuit_mail_engine_parent_class)->finalize (object);
}

static void
pursuit_mail_engine_class_init (PursuitMailEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = pursuit_mail_engine_get_property;
  object_class->dispose = pursuit_mail_engine_dispose;
  object_class->finalize = pursuit_mail_engine_finalize;

  /**
   * PursuitMailEngine:syncing:
   *
   * Whether a run reads an inbox now.
   */
  properties[PROP_SYNCING] =
    g_param_spec_boolean ("syncing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitMailEngine::progress:
   * @account_id: the account being read
   * @done: messages fetched so far
   * @total: messages to fetch; 0 while listing
   */
  signals[PROGRESS] =
    g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_UINT, G_TYPE_UINT);
  /**
   * PursuitMailEngine::suggestion-applied:
   * @suggestion_id: the suggestion applied automatically
   */
  signals[SUGGESTION_APPLIED] =
    g_signal_new ("suggestion-applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * PursuitMailEngine::mail-sent:
   * @outbox_id: the outbox item
   * @kind: "gmail.send" or "gmail.draft"
   * @error: (nullable): why it failed for good; %NULL when it went out
   */
  signals[MAIL_SENT] =
    g_signal_new ("mail-sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_STRING, G_TYPE_STRING);
}

static void
pursuit_mail_engine_init (PursuitMailEngine *self)
{
  self->window_days = PURSUIT_MAIL_DEFAULT_WINDOW_DAYS;
  self->interval_minutes = PURSUIT_MAIL_DEFAULT_INTERVAL_MINUTES;
  self->threshold = 2.0;
  self->tz = g_time_zone_new_local ();
  self->accounts = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, mail_account_free);
  self->cancellable = g_cancellable_new ();
  self->send_http = pursuit_http_new ();
  /* A 429 or 503 on a send is retried by the outbox, after the check. */
  pursuit_http_set_retry_policy (self->send_http, 0, PURSUIT_HTTP_DEFAULT_BASE_DELAY_MS,
                                 PURSUIT_HTTP_DEFAULT_MAX_DELAY_MS);
}

/* Public API */

/**
 * pursuit_mail_engine_new:
 * @sync_engine: the engine whose accounts, sign-ins and HTTP client Gmail uses
 *
 * Returns: (transfer full): a new engine, not started
 */
PursuitMailEngine *
pursuit_mail_engine_new (PursuitSyncEngine *sync_engine)
{
  PursuitMailEngine *self;

  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (sync_engine), NULL);

  pursuit_mail_init ();

  self = g_object_new (PURSUIT_TYPE_MAIL_ENGINE, NULL);
  self->sync_engine = g_object_ref (sync_engine);
  self->store = g_object_ref (pursuit_sync_engine_get_store (sync_engine));
  self->outbox_handler = g_signal_connect (self->store, "outbox-changed",
                                           G_CALLBACK (on_store_outbox_changed_cb), self);
  self->accounts_handler = g_signal_connect (self->store, "accounts-changed",
                                             G_CALLBACK (on_store_accounts_changed_cb), self);
  return self;
}

PursuitStore *
pursuit_mail_engine_get_store (PursuitMailEngine *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_ENGINE (self), NULL);

  return self->store;
}

void
pursuit_mail_engine_set_window_days (PursuitMailEngine *self,
                                     guint              days)
{
  g_return_if_fail (PURSUIT_IS_MAIL_ENGINE (self));

  self->window_days = CLAMP (days, 1, 3650);
}

void
pursuit_mail_engine_set_interval_minutes (PursuitMailEngine *self,
                                          guint              minutes)
{
  g_return_if_fail (PURSUIT_IS_MAIL_ENGINE (self));

  minutes = CLAMP (minutes, 1, 24 * 60);
  if (minutes == self->interval_minutes)
    return;
  self->interval_minutes = minutes;
  if (self->interval_source != 0)
    restart_interval (self);
}

void
pursuit_mail_engine_set_auto_apply_threshold (PursuitMailEngine *self,
                                              double             threshold)
{
  g_return_if_fail (PURSUIT_IS_MAIL_ENGINE (self));

  self->threshold = threshold;
}

void
pursuit_mail_engine_set_time_zone (PursuitMailEngine *self,
                                   GTimeZone         *tz)
{
  g_return_if_fail (PURSUIT_IS_MAIL_ENGINE (self));
  g_return_if_fail (tz != NULL);

  g_time_zone_unref (self->tz);
  self->tz = g_time_zone_ref (tz);
}

/* Tests: the first wait before failed batch parts are asked again. */
void
_pursuit_mail_engine_set_part_retry_delay (PursuitMailEngine *self,
                                           guint              milliseconds)
{
  GHashTableIter iter;
  MailAccount *ma;

  g_return_if_fail (PURSUIT_IS_MAIL_ENGINE (self));

  self->part_retry_delay_ms = milliseconds;
  g_hash_table_iter_init (&iter, self->accounts);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &ma))
    if (ma->client != NULL)
      pursuit_gmail_client_set_part_retry_delay (ma->client, milliseconds);
}

void
pursuit_mail_engine_start (PursuitMailEngine *self)
{
  g_return_if_fail (PURSUIT_IS_MAIL_ENGINE (self));

  if (self->started)
    return;
  self->started = TRUE;
  _pursuit_sync_all_renew_cancellable (&self->cancellable);
  if (self->network_handler == 0)
    self->network_handler = g_signal_connect (g_network_monitor_get_default (), "network-changed",
                                              G_CALLBACK (on_network_changed_cb), self);
  restart_interval (self);
  self->start_source = g_idle_add_once (on_start_idle_cb, self);
  schedule_send_run (self);
}

void
pursuit_mail_engine_stop (PursuitMailEngine *self)
{
  g_return_if_fail (PURSUIT_IS_MAIL_ENGINE (self));

  self->started = FALSE;
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->send_source, g_source_remove);
  g_clear_handle_id (&self->retry_source, g_source_remove);
  g_clear_handle_id (&self->interval_source, g_source_remove);
  g_clear_handle_id (&self->start_source, g_source_remove);
}

void
pursuit_mail_engine_sync_async (PursuitMailEngine   *self,
                                gint64               account_id,
                                PursuitSyncReport   *report,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PURSUIT_IS_MAIL_ENGINE (self));
  g_return_if_fail (report == NULL || PURSUIT_IS_SYNC_REPORT (report));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_mail_engine_sync_async);
  _pursuit_sync_all_accounts (task, &sync_all_class, self->store, account_id, report);
}

PursuitSyncReport *
pursuit_mail_engine_sync_finish (PursuitMailEngine  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_ENGINE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
pursuit_mail_engine_get_syncing (PursuitMailEngine *self)
{
  g_return_val_if_fail (PURSUIT_IS_MAIL_ENGINE (self), FALSE);

  return self->n_reading > 0;
}
