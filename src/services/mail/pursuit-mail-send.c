/* pursuit-mail-send.c
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

/* The queued mail of one account, one item at a time, exactly once.
 *
 * Every attempt first asks Gmail whether a message with the item's
 * Message-ID (chosen when it was queued, never changed) is already
 * there: an earlier attempt may have been cut off after Gmail took the
 * message (a timeout, a dropped connection, a 5xx, an answer that could
 * not be read, Pursuit quitting or crashing before it wrote down the
 * outcome), and Gmail has no idempotency key. The check costs 5 quota
 * units against the 100 of a send. The send itself goes through an HTTP
 * client that never resends: its failures come back here and are retried
 * by the outbox, check first. */

static void send_next_item (GTask *task);

gboolean
_pursuit_mail_is_mail_kind (const char *kind)
{
  return g_strcmp0 (kind, PURSUIT_OUTBOX_GMAIL_SEND) == 0 ||
         g_strcmp0 (kind, PURSUIT_OUTBOX_GMAIL_DRAFT) == 0;
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gboolean
is_draft (MailRun *run)
{
  return g_strcmp0 (pursuit_outbox_item_get_kind (run->current), PURSUIT_OUTBOX_GMAIL_DRAFT) == 0;
}

/* Whether the server may have done the work, or may do it later: try
 * again (after the check). */
static gboolean
may_retry (const GError *error)
{
  return pursuit_http_error_is_transient (error) ||
         g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
}

static void
clear_current (MailRun *run)
{
  g_clear_object (&run->current);
  g_clear_pointer (&run->raw, g_bytes_unref);
  g_clear_pointer (&run->message_id, g_free);
  g_clear_pointer (&run->thread_id, g_free);
}

/* Sending is over: the inbox, or the end. */
static void
send_done (GTask *task)
{
  MailRun *run = g_task_get_task_data (task);

  if (run->read && !g_cancellable_is_cancelled (g_task_get_cancellable (task)) && run->error == NULL)
    _pursuit_mail_sync_read (task);
  else
    _pursuit_mail_run_finish (task);
}

static void
item_failed (GTask  *task,
             GError *error)
{
  PursuitMailEngine *self = g_task_get_source_object (task);
  MailRun *run = g_task_get_task_data (task);
  PursuitStore *store = _pursuit_mail_engine_store (self);
  gint64 item_id = pursuit_outbox_item_get_id (run->current);
  g_autofree char *kind = g_strdup (pursuit_outbox_item_get_kind (run->current));
  g_autoptr(GError) store_error = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_error_free (error);
      clear_current (run);
      _pursuit_mail_run_finish (task);
      return;
    }

  if (_pursuit_sync_error_is_sign_in (error))
    {
      /* The item waits for the sign-in; it did nothing wrong. */
      clear_current (run);
      _pursuit_mail_run_take_error (run, error);
      _pursuit_mail_run_finish (task);
      return;
    }

  if (may_retry (error))
    {
      gint64 retry_at = now_seconds () + _pursuit_sync_backoff_seconds (pursuit_outbox_item_get_attempts (run->current));

      g_debug ("Mail item %" G_GINT64_FORMAT " failed, retrying in %" G_GINT64_FORMAT " s: %s",
               item_id, retry_at - now_seconds (), error->message);
      if (!pursuit_store_fail_outbox (store, item_id, error->message, retry_at, &store_error))
        g_warning ("Failing outbox item: %s", store_error->message);
      _pursuit_mail_engine_pause (self, run->account_id, retry_at);
      pursuit_sync_report_set_error (run->report, run->account_id, error->message);
      g_error_free (error);
      clear_current (run);
      /* The next items keep their order: they wait for this one. */
      send_done (task);
      return;
    }

  g_debug ("Mail item %" G_GINT64_FORMAT " failed for good: %s", item_id, error->message);
  if (!pursuit_store_fail_outbox (store, item_id, error->message, 0, &store_error))
    g_warning ("Failing outbox item: %s", store_error->message);
  pursuit_sync_report_set_error (run->report, run->account_id, error->message);
  clear_current (run);
  _pursuit_mail_engine_emit_sent (self, item_id, kind, error->message);
  g_error_free (error);
  send_next_item (task);
}

/* The item is in Gmail: the store learns it in one go. */
static void
item_done (GTask      *task,
           const char *gmail_id,
           const char *thread_id,
           const char *draft_id)
{
  PursuitMailEngine *self = g_task_get_source_object (task);
  MailRun *run = g_task_get_task_data (task);
  gint64 item_id = pursuit_outbox_item_get_id (run->current);
  g_autofree char *kind = g_strdup (pursuit_outbox_item_get_kind (run->current));
  g_autofree char *web_url = pursuit_mail_web_url (pursuit_account_get_label (run->account), thread_id);
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_complete_mail (_pursuit_mail_engine_store (self), item_id, gmail_id, thread_id,
                                    draft_id, web_url, &error))
    /* Gmail has it: the next attempt finds it and completes it then. */
    g_warning ("Completing mail item %" G_GINT64_FORMAT ": %s", item_id, error->message);
  else
    pursuit_sync_report_count (run->report, run->account_id,
                               is_draft (run) ? PURSUIT_SYNC_MAIL_DRAFTED : PURSUIT_SYNC_MAIL_SENT);

  clear_current (run);
  _pursuit_mail_engine_emit_sent (self, item_id, kind, NULL);
  send_next_item (task);
}

static void
send_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *id = NULL;
  g_autofree char *thread_id = NULL;
  GError *error = NULL;

  if (!pursuit_gmail_client_send_finish (PURSUIT_GMAIL_CLIENT (source), result, &id, &thread_id, &error))
    {
      item_failed (task, error);
      return;
    }
  item_done (task, id, thread_id, NULL);
}

static void
create_draft_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *draft_id = NULL;
  g_autofree char *id = NULL;
  g_autofree char *thread_id = NULL;
  GError *error = NULL;

  if (!pursuit_gmail_client_create_draft_finish (PURSUIT_GMAIL_CLIENT (source), result, &draft_id, &id,
                                                 &thread_id, &error))
    {
      item_failed (task, error);
      return;
    }
  item_done (task, id, thread_id, draft_id);
}

static void
find_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  MailRun *run = g_task_get_task_data (task);
  g_autofree char *id = NULL;
  g_autofree char *thread_id = NULL;
  GError *error = NULL;
  GCancellable *cancellable;

  if (pursuit_gmail_client_find_message_finish (PURSUIT_GMAIL_CLIENT (source), result, &id, &thread_id, &error))
    {
      g_debug ("Mail item %" G_GINT64_FORMAT " is in Gmail already: not sent again",
               pursuit_outbox_item_get_id (run->current));
      item_done (task, id, thread_id, NULL);
      return;
    }
  if (error != NULL)
    {
      item_failed (task, error);
      return;
    }

  cancellable = g_task_get_cancellable (task);
  if (is_draft (run))
    pursuit_gmail_client_create_draft_async (run->send_client, run->raw, run->thread_id, cancellable,
                                             create_draft_cb, g_steal_pointer (&task));
  else
    pursuit_gmail_client_send_async (run->send_client, run->raw, run->thread_id, cancellable,
                                     send_cb, g_steal_pointer (&task));
}

static void
run_item (GTask *task)
{
  MailRun *run = g_task_get_task_data (task);
  GError *error = NULL;
  gint64 job_id = 0;
  gint64 follow_up_id = 0;

  if (!pursuit_store_parse_mail_payload (pursuit_outbox_item_get_payload (run->current), &run->raw,
                                         &run->message_id, &run->thread_id, &job_id, &follow_up_id, &error))
    {
      /* Nothing can ever send it. */
      item_failed (task, error);
      return;
    }
  if (run->message_id == NULL || run->raw == NULL)
    {
      item_failed (task, g_error_new (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                      _("The queued message has no Message-ID: Pursuit cannot send it safely.")));
      return;
    }
  pursuit_gmail_client_find_message_async (run->client, run->message_id, g_task_get_cancellable (task),
                                           find_cb, g_object_ref (task));
}

static void
send_next_item (GTask *task)
{
  MailRun *run = g_task_get_task_data (task);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      _pursuit_mail_run_finish (task);
      return;
    }
  if (run->items == NULL || run->next_item >= run->items->len)
    {
      send_done (task);
      return;
    }
  run->current = g_object_ref (g_ptr_array_index (run->items, run->next_item++));
  run_item (task);
}

void
_pursuit_mail_send_start (GTask *task)
{
  PursuitMailEngine *self = g_task_get_source_object (task);
  MailRun *run = g_task_get_task_data (task);
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;

  due = pursuit_store_list_due_outbox (_pursuit_mail_engine_store (self), run->account_id,
                                       run->all_items ? G_MAXINT64 : now_seconds (), &error);
  if (due == NULL)
    {
      _pursuit_mail_run_take_error (run, g_steal_pointer (&error));
      _pursuit_mail_run_finish (task);
      return;
    }

  run->items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < due->len; i++)
    {
      PursuitOutboxItem *item = g_ptr_array_index (due, i);

      if (_pursuit_mail_is_mail_kind (pursuit_outbox_item_get_kind (item)))
        g_ptr_array_add (run->items, g_object_ref (item));
    }
  run->next_item = 0;
  send_next_item (task);
}
