/* pursuit-mail-run.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-engine"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-mail-engine-private.h"
#include "pursuit-store-mail.h"
#include "pursuit-sync-engine-private.h"

/* One run of one account, after the one in progress: the sign-in (the
 * calendar's PursuitGoogleAuth), the queued mail (pursuit-mail-send.c),
 * the inbox (pursuit-mail-sync.c), then what the store and the report
 * learn of how it ended. */

/* A failed run holds the automatic ones back this long. */
#define PAUSE_SECONDS 30

static void run_start (GTask *task);

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
mail_run_free (gpointer data)
{
  MailRun *run = data;

  g_clear_object (&run->report);
  g_clear_object (&run->account);
  g_clear_object (&run->client);
  g_clear_object (&run->send_client);
  g_clear_pointer (&run->items, g_ptr_array_unref);
  g_clear_object (&run->current);
  g_clear_pointer (&run->raw, g_bytes_unref);
  g_clear_pointer (&run->message_id, g_free);
  g_clear_pointer (&run->thread_id, g_free);
  g_clear_pointer (&run->history_id, g_free);
  g_clear_pointer (&run->page_token, g_free);
  g_clear_pointer (&run->to_fetch, g_ptr_array_unref);
  g_clear_pointer (&run->known, g_hash_table_unref);
  g_clear_object (&run->matcher);
  g_clear_pointer (&run->batch, g_ptr_array_unref);
  g_clear_error (&run->error);
  g_free (run);
}

void
_pursuit_mail_run_take_error (MailRun *run,
                              GError  *error)
{
  g_clear_error (&run->error);
  run->error = error;
}

static PursuitMailEngine *
run_engine (GTask *task)
{
  return g_task_get_source_object (task);
}

static void
start_waiting_run (MailAccount *ma)
{
  g_autoptr(GTask) next = g_queue_pop_head (&ma->waiting);

  if (next != NULL)
    run_start (next);
}

static void
record_outcome (PursuitMailEngine *self,
                MailRun           *run)
{
  g_autoptr(GError) error = NULL;
  const char *message = run->error != NULL ? run->error->message : NULL;
  const char *history_id;

  if (message != NULL)
    {
      pursuit_sync_report_set_error (run->report, run->account_id, message);
      _pursuit_mail_engine_pause (self, run->account_id, now_seconds () + PAUSE_SECONDS);
      if (_pursuit_sync_error_is_sign_in (run->error))
        pursuit_store_record_account_sync (_pursuit_mail_engine_store (self), run->account_id, NULL,
                                           pursuit_account_get_last_sync_at (run->account),
                                           message, TRUE, NULL);
    }
  else
    _pursuit_mail_engine_ensure_account (self, run->account_id)->paused_until = 0;

  if (!run->read && message == NULL)
    return;

  /* The history id moves only when everything up to it was read. */
  history_id = message == NULL ? run->history_id : pursuit_account_get_mail_history_id (run->account);
  if (!pursuit_store_record_mail_sync (_pursuit_mail_engine_store (self), run->account_id, history_id, now_seconds (),
                                       message, &error))
    g_debug ("Recording the mail sync of account %" G_GINT64_FORMAT ": %s",
             run->account_id, error->message);
}

void
_pursuit_mail_run_finish (GTask *task)
{
  PursuitMailEngine *self = run_engine (task);
  MailRun *run = g_task_get_task_data (task);
  MailAccount *ma = _pursuit_mail_engine_ensure_account (self, run->account_id);
  gboolean cancelled = g_cancellable_is_cancelled (g_task_get_cancellable (task));

  if (!cancelled && run->account != NULL)
    record_outcome (self, run);
  pursuit_sync_report_set_pending (run->report, run->account_id,
                                   pursuit_store_count_pending_outbox (_pursuit_mail_engine_store (self), run->account_id));

  ma->running = FALSE;
  if (!cancelled || !g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);

  start_waiting_run (ma);
  _pursuit_mail_engine_run_ended (self);
}

static void
get_auth_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitMailEngine *self = run_engine (task);
  MailRun *run = g_task_get_task_data (task);
  g_autoptr(PursuitGoogleAuth) auth = NULL;
  GError *error = NULL;
  MailAccount *ma;

  auth = pursuit_sync_engine_get_google_auth_finish (PURSUIT_SYNC_ENGINE (source), result, &error);
  if (auth == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _pursuit_mail_run_take_error (run, error);
      else
        g_error_free (error);
      _pursuit_mail_run_finish (task);
      return;
    }

  ma = _pursuit_mail_engine_ensure_account (self, run->account_id);
  _pursuit_mail_engine_ensure_clients (self, ma, auth);
  run->client = g_object_ref (ma->client);
  run->send_client = g_object_ref (ma->send_client);
  _pursuit_mail_send_start (task);
}

static void
run_start (GTask *task)
{
  PursuitMailEngine *self = run_engine (task);
  MailRun *run = g_task_get_task_data (task);
  MailAccount *ma = _pursuit_mail_engine_ensure_account (self, run->account_id);

  if (g_task_return_error_if_cancelled (task))
    {
      start_waiting_run (ma);
      return;
    }

  run->account = pursuit_store_get_account (_pursuit_mail_engine_store (self), run->account_id, NULL);
  if (!_pursuit_mail_account_has_mail (run->account))
    {
      g_task_return_boolean (task, TRUE);
      start_waiting_run (ma);
      return;
    }

  ma->running = TRUE;
  pursuit_sync_report_add_account (run->report, run->account_id, pursuit_account_get_label (run->account));

  if (!pursuit_google_scopes_have_gmail (pursuit_account_get_scopes (run->account)))
    {
      _pursuit_mail_run_take_error (run, g_error_new (PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_DENIED,
                                                      _("Pursuit may not use Gmail for %s yet. Turn Gmail on "
                                                        "again in Preferences → Integrations."),
                                                      pursuit_account_get_label (run->account)));
      _pursuit_mail_run_finish (task);
      return;
    }

  pursuit_sync_engine_get_google_auth_async (_pursuit_mail_engine_get_sync_engine (self), run->account_id, g_task_get_cancellable (task),
                                             get_auth_cb, g_object_ref (task));
}

/* Runs one account (after the run in progress, if any). */
void
_pursuit_mail_engine_run_account_async (PursuitMailEngine   *self,
                                        gint64               account_id,
                                        gboolean             all_items,
                                        gboolean             read,
                                        PursuitSyncReport   *report,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  MailAccount *ma = _pursuit_mail_engine_ensure_account (self, account_id);
  MailRun *run = g_new0 (MailRun, 1);

  g_task_set_source_tag (task, _pursuit_mail_engine_run_account_async);
  run->account_id = account_id;
  run->all_items = all_items;
  run->read = read;
  run->report = report != NULL ? g_object_ref (report) : pursuit_sync_report_new ();
  g_task_set_task_data (task, run, mail_run_free);

  if (ma->running || !g_queue_is_empty (&ma->waiting))
    {
      g_queue_push_tail (&ma->waiting, task);
      return;
    }
  run_start (task);
  g_object_unref (task);
}

gboolean
_pursuit_mail_engine_run_account_finish (PursuitMailEngine  *self,
                                         GAsyncResult       *result,
                                         GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

