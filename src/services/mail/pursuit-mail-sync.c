/* pursuit-mail-sync.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-engine"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-mail-classifier.h"
#include "pursuit-mail-engine-private.h"
#include "pursuit-mail-triage.h"
#include "pursuit-store-mail.h"

/* Reading one account's inbox (google-apis.md §2.3): the ids first
 * (history.list from the stored historyId, or messages.list over the
 * window with the historyId of getProfile taken before), then the
 * messages not stored yet in batches, each classified in a worker
 * thread, then matched, triaged and saved in one transaction on the main
 * thread. The historyId is stored only when every message up to it was
 * read: a cancelled or failed run goes on from the same point next time,
 * and the ids already stored are not fetched again. */

static void list_history (GTask *task);
static void fetch_next   (GTask *task);

static void
read_end (GTask *task)
{
  PursuitMailEngine *self = g_task_get_source_object (task);
  MailRun *run = g_task_get_task_data (task);

  if (run->error == NULL && run->incomplete &&
      !g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    _pursuit_mail_run_take_error (run, g_error_new (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_SERVER,
                                                    _("Gmail did not give some messages; Pursuit "
                                                      "asks again at the next sync.")));
  _pursuit_mail_engine_set_reading (self, FALSE);
  _pursuit_mail_run_finish (task);
}

/* Ends the read with @error (taken), unless it is a cancellation. */
static void
read_fail (GTask  *task,
           GError *error)
{
  MailRun *run = g_task_get_task_data (task);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_error_free (error);
  else
    _pursuit_mail_run_take_error (run, error);
  read_end (task);
}

/* Adds the ids not stored and not listed yet. */
static void
add_ids (MailRun   *run,
         GPtrArray *ids)
{
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);

      if (id == NULL || g_hash_table_contains (run->known, id))
        continue;
      /* Listed once only: history may name a message twice. */
      g_hash_table_add (run->known, g_strdup (id));
      g_ptr_array_add (run->to_fetch, g_strdup (id));
    }
}

/* Classifying: CPU work on messages nobody else holds yet. */

static void
classify_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GPtrArray *messages = task_data;

  for (guint i = 0; i < messages->len; i++)
    {
      PursuitMailMessage *message = g_ptr_array_index (messages, i);

      if (g_cancellable_is_cancelled (cancellable))
        break;
      if (!pursuit_mail_message_get_outgoing (message))
        pursuit_mail_classify (message);
    }
  g_task_return_boolean (task, TRUE);
}

/* What the user sent shows up too (replies in a thread): kept, never
 * classified. */
static gboolean
is_outgoing (MailRun            *run,
             PursuitMailMessage *message)
{
  const char *labels = pursuit_mail_message_get_labels (message);
  const char *from = pursuit_mail_message_get_from_address (message);
  g_auto(GStrv) list = NULL;

  if (from != NULL && g_ascii_strcasecmp (from, pursuit_account_get_label (run->account)) == 0)
    return TRUE;
  if (labels == NULL)
    return FALSE;
  list = g_strsplit (labels, ",", -1);
  return g_strv_contains ((const char * const *) list, "SENT");
}

static void
apply_automatically (GTask     *task,
                     GPtrArray *suggestions)
{
  PursuitMailEngine *self = g_task_get_source_object (task);
  MailRun *run = g_task_get_task_data (task);
  double threshold = _pursuit_mail_engine_threshold (self);

  if (threshold > 1.0)
    return;

  for (guint i = 0; i < suggestions->len; i++)
    {
      PursuitMailSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autoptr(GError) error = NULL;
      gint64 id;

      if (suggestion == NULL || (id = pursuit_mail_suggestion_get_id (suggestion)) <= 0 ||
          pursuit_mail_suggestion_get_confidence (suggestion) < threshold ||
          g_strcmp0 (pursuit_mail_suggestion_get_state (suggestion) ?: PURSUIT_SUGGESTION_PENDING,
                     PURSUIT_SUGGESTION_PENDING) != 0)
        continue;

      if (!pursuit_store_accept_mail_suggestion (_pursuit_mail_engine_store (self), id, TRUE, &error))
        {
          /* Left for the user to decide. */
          g_debug ("Applying suggestion %" G_GINT64_FORMAT ": %s", id, error->message);
          continue;
        }
      pursuit_sync_report_count (run->report, run->account_id, PURSUIT_SYNC_MAIL_APPLIED);
      _pursuit_mail_engine_emit_applied (self, id);
    }
}

/* Suggestions line up with their messages: NULL for none. */
static void
unref_if_set (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

static void
classify_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PursuitMailEngine *self = g_task_get_source_object (task);
  MailRun *run = g_task_get_task_data (task);
  PursuitStore *store = _pursuit_mail_engine_store (self);
  g_autoptr(GPtrArray) messages = g_steal_pointer (&run->batch);
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new_with_free_func (unref_if_set);
  GError *error = NULL;

  g_task_propagate_boolean (G_TASK (result), NULL);
  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      read_end (task);
      return;
    }

  for (guint i = 0; i < messages->len; i++)
    {
      PursuitMailMessage *message = g_ptr_array_index (messages, i);
      PursuitMailSuggestion *suggestion = NULL;

      pursuit_mail_matcher_match (run->matcher, message, NULL);
      if (!pursuit_mail_message_get_outgoing (message))
        suggestion = pursuit_mail_triage (store, message, _pursuit_mail_engine_time_zone (self));
      g_ptr_array_add (suggestions, suggestion);

      pursuit_sync_report_count (run->report, run->account_id, PURSUIT_SYNC_MAIL_FETCHED);
      if (pursuit_mail_message_get_category (message) != PURSUIT_MAIL_OTHER &&
          !pursuit_mail_message_get_outgoing (message))
        pursuit_sync_report_count (run->report, run->account_id, PURSUIT_SYNC_MAIL_JOB_RELATED);
    }

  if (!pursuit_store_save_mail (store, run->account_id, messages, suggestions, &error))
    {
      read_fail (task, error);
      return;
    }
  for (guint i = 0; i < suggestions->len; i++)
    {
      PursuitMailSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      if (suggestion != NULL && pursuit_mail_suggestion_get_id (suggestion) > 0)
        pursuit_sync_report_count (run->report, run->account_id, PURSUIT_SYNC_MAIL_SUGGESTED);
    }
  apply_automatically (task, suggestions);

  _pursuit_mail_engine_emit_progress (self, run->account_id, run->fetched, run->to_fetch->len);
  fetch_next (task);
}

static void
get_messages_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  MailRun *run = g_task_get_task_data (task);
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GHashTable) failed = NULL;
  g_autoptr(GTask) classify = NULL;
  GError *error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  messages = pursuit_gmail_client_get_messages_finish (PURSUIT_GMAIL_CLIENT (source), result, &failed, &error);
  if (messages == NULL)
    {
      read_fail (task, error);
      return;
    }

  if (failed != NULL)
    {
      g_hash_table_iter_init (&iter, failed);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          /* Deleted since it was listed: nothing to read. */
          if (g_error_matches (value, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_NOT_FOUND))
            continue;
          g_debug ("Message %s not read: %s", (const char *) key, ((GError *) value)->message);
          run->incomplete = TRUE;
        }
    }

  for (guint i = 0; i < messages->len; i++)
    {
      PursuitMailMessage *message = g_ptr_array_index (messages, i);

      pursuit_mail_message_set_account_id (message, run->account_id);
      if (is_outgoing (run, message))
        pursuit_mail_message_set_outgoing (message, TRUE);
    }

  run->batch = g_ptr_array_ref (messages);
  classify = g_task_new (NULL, g_task_get_cancellable (task), classify_cb, g_object_ref (task));
  g_task_set_source_tag (classify, get_messages_cb);
  g_task_set_task_data (classify, g_ptr_array_ref (messages), (GDestroyNotify) g_ptr_array_unref);
  g_task_set_return_on_cancel (classify, FALSE);
  g_task_run_in_thread (classify, classify_thread);
}

static void
fetch_next (GTask *task)
{
  PursuitMailEngine *self = g_task_get_source_object (task);
  MailRun *run = g_task_get_task_data (task);
  g_autofree const char **ids = NULL;
  guint n;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      read_end (task);
      return;
    }
  if (run->fetched >= run->to_fetch->len)
    {
      read_end (task);
      return;
    }

  if (run->matcher == NULL)
    {
      GError *error = NULL;

      run->matcher = pursuit_mail_matcher_new (_pursuit_mail_engine_store (self), &error);
      if (run->matcher == NULL)
        {
          read_fail (task, error);
          return;
        }
    }

  n = MIN (PURSUIT_MAIL_BATCH_SIZE, run->to_fetch->len - run->fetched);
  ids = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    ids[i] = g_ptr_array_index (run->to_fetch, run->fetched + i);
  run->fetched += n;

  pursuit_gmail_client_get_messages_async (run->client, ids, g_task_get_cancellable (task),
                                           get_messages_cb, g_object_ref (task));
}

static void
start_fetching (GTask *task)
{
  PursuitMailEngine *self = g_task_get_source_object (task);
  MailRun *run = g_task_get_task_data (task);

  _pursuit_mail_engine_emit_progress (self, run->account_id, 0, run->to_fetch->len);
  run->fetched = 0;
  fetch_next (task);
}

/* Full sync: messages.list over the window */

static void
list_messages_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  MailRun *run = g_task_get_task_data (task);
  g_autoptr(GPtrArray) ids = NULL;
  GError *error = NULL;

  g_clear_pointer (&run->page_token, g_free);
  ids = pursuit_gmail_client_list_messages_finish (PURSUIT_GMAIL_CLIENT (source), result, &run->page_token, &error);
  if (ids == NULL)
    {
      read_fail (task, error);
      return;
    }
  add_ids (run, ids);

  if (run->page_token != NULL && !g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      g_autofree char *query = g_strdup_printf ("in:inbox newer_than:%ud",
                                                _pursuit_mail_engine_window_days (g_task_get_source_object (task)));

      pursuit_gmail_client_list_messages_async (run->client, query, run->page_token, MAIL_LIST_PAGE_SIZE,
                                                g_task_get_cancellable (task), list_messages_cb,
                                                g_object_ref (task));
      return;
    }

  /* Oldest first: a reply then finds the job of the message it answers. */
  for (guint i = 0; i < run->to_fetch->len / 2; i++)
    {
      guint j = run->to_fetch->len - 1 - i;
      gpointer tmp = run->to_fetch->pdata[i];

      run->to_fetch->pdata[i] = run->to_fetch->pdata[j];
      run->to_fetch->pdata[j] = tmp;
    }
  start_fetching (task);
}

static void
get_profile_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  MailRun *run = g_task_get_task_data (task);
  g_autofree char *email = NULL;
  g_autofree char *query = NULL;
  GError *error = NULL;

  g_clear_pointer (&run->history_id, g_free);
  if (!pursuit_gmail_client_get_profile_finish (PURSUIT_GMAIL_CLIENT (source), result, &email,
                                                &run->history_id, &error))
    {
      read_fail (task, error);
      return;
    }
  query = g_strdup_printf ("in:inbox newer_than:%ud",
                           _pursuit_mail_engine_window_days (g_task_get_source_object (task)));
  pursuit_gmail_client_list_messages_async (run->client, query, NULL, MAIL_LIST_PAGE_SIZE,
                                            g_task_get_cancellable (task), list_messages_cb,
                                            g_object_ref (task));
}

static void
full_sync (GTask *task)
{
  MailRun *run = g_task_get_task_data (task);

  run->full = TRUE;
  g_clear_pointer (&run->page_token, g_free);
  /* The historyId first: what arrives while listing comes again in the
   * next incremental sync rather than never. */
  pursuit_gmail_client_get_profile_async (run->client, g_task_get_cancellable (task), get_profile_cb,
                                          g_object_ref (task));
}

/* Incremental sync: history.list */

static void
list_history_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  MailRun *run = g_task_get_task_data (task);
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *history_id = NULL;
  GError *error = NULL;

  g_clear_pointer (&run->page_token, g_free);
  ids = pursuit_gmail_client_list_history_finish (PURSUIT_GMAIL_CLIENT (source), result, &run->page_token,
                                                  &history_id, &error);
  if (ids == NULL)
    {
      if (g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_NOT_FOUND))
        {
          g_debug ("History of account %" G_GINT64_FORMAT " expired: full sync", run->account_id);
          g_error_free (error);
          full_sync (task);
          return;
        }
      read_fail (task, error);
      return;
    }
  add_ids (run, ids);
  if (history_id != NULL)
    {
      g_free (run->history_id);
      run->history_id = g_steal_pointer (&history_id);
    }

  if (run->page_token != NULL)
    {
      list_history (task);
      return;
    }
  start_fetching (task);
}

static void
list_history (GTask *task)
{
  MailRun *run = g_task_get_task_data (task);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    {
      read_end (task);
      return;
    }
  pursuit_gmail_client_list_history_async (run->client, pursuit_account_get_mail_history_id (run->account),
                                           run->page_token, g_task_get_cancellable (task),
                                           list_history_cb, g_object_ref (task));
}

void
_pursuit_mail_sync_read (GTask *task)
{
  PursuitMailEngine *self = g_task_get_source_object (task);
  MailRun *run = g_task_get_task_data (task);
  g_autoptr(GHashTable) known = NULL;

  _pursuit_mail_engine_set_reading (self, TRUE);
  _pursuit_mail_engine_emit_progress (self, run->account_id, 0, 0);

  known = pursuit_store_list_mail_gmail_ids (_pursuit_mail_engine_store (self), run->account_id);
  /* A set of our own: listed ids are added to it. */
  run->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (known != NULL)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, known);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_hash_table_add (run->known, g_strdup (key));
    }
  run->to_fetch = g_ptr_array_new_with_free_func (g_free);
  run->history_id = g_strdup (pursuit_account_get_mail_history_id (run->account));

  if (run->history_id != NULL)
    list_history (task);
  else
    full_sync (task);
}
