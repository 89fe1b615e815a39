/* fake-google-gmail-threads.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-gmail-private.h"

/* users.threads.list and users.threads.get over the same mailbox. */

static char *
history_text (guint64 id)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT, id);
}

/* The messages of @thread_id, oldest first. */
static GPtrArray *
thread_messages (Gmail      *gmail,
                 const char *thread_id)
{
  GPtrArray *messages = g_ptr_array_new ();

  for (guint i = gmail->messages->len; i > 0; i--)
    {
      Message *message = gmail->messages->pdata[i - 1];

      if (g_str_equal (message->thread_id, thread_id))
        g_ptr_array_add (messages, message);
    }
  return messages;
}

static guint64
thread_history_id (GPtrArray *messages)
{
  guint64 id = 0;

  for (guint i = 0; i < messages->len; i++)
    id = MAX (id, ((Message *) messages->pdata[i])->history_id);
  return id;
}

static char *
thread_snippet (GPtrArray *messages)
{
  Message *last = messages->pdata[messages->len - 1];
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;

  /* The snippet the Message resource would carry. */
  _fake_google_gmail_add_message_json (builder, last, "minimal", NULL);
  node = json_builder_get_root (builder);
  return g_strdup (json_object_get_string_member (json_node_get_object (node), "snippet"));
}

static void
handle_threads_list (FakeGoogle     *self,
                     FakeGoogleCall *call)
{
  Gmail *gmail = _fake_google_gmail_get (self);
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint size = _fake_google_gmail_page_size (call);
  guint start;

  if (!_fake_google_gmail_check_user (self, call) ||
      !_fake_google_gmail_page_start (self, call, &start))
    return;

  /* Threads in the order of their newest matching message. */
  matches = _fake_google_gmail_matching (gmail, call);
  for (guint i = 0; i < matches->len; i++)
    {
      Message *message = matches->pdata[i];

      if (g_hash_table_add (seen, message->thread_id))
        g_ptr_array_add (threads, message->thread_id);
    }

  json_builder_begin_object (builder);
  if (start < threads->len)
    {
      json_builder_set_member_name (builder, "threads");
      json_builder_begin_array (builder);
      for (guint i = start; i < threads->len && i < start + size; i++)
        {
          g_autoptr(GPtrArray) messages = thread_messages (gmail, threads->pdata[i]);
          g_autofree char *snippet = thread_snippet (messages);
          g_autofree char *history_id = history_text (thread_history_id (messages));

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, threads->pdata[i]);
          json_builder_set_member_name (builder, "snippet");
          json_builder_add_string_value (builder, snippet);
          json_builder_set_member_name (builder, "historyId");
          json_builder_add_string_value (builder, history_id);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  _fake_google_gmail_add_next_page (builder, start, size, threads->len);
  json_builder_set_member_name (builder, "resultSizeEstimate");
  json_builder_add_int_value (builder, threads->len);
  json_builder_end_object (builder);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

static void
handle_threads_get (FakeGoogle     *self,
                    FakeGoogleCall *call)
{
  Gmail *gmail = _fake_google_gmail_get (self);
  const char *format = g_hash_table_lookup (call->query, "format");
  g_auto(GStrv) only = _fake_google_call_get_query_all (call, "metadataHeaders");
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *history_id = NULL;

  if (!_fake_google_gmail_check_user (self, call))
    return;

  messages = thread_messages (gmail, g_hash_table_lookup (call->path_params, "id"));
  if (messages->len == 0)
    {
      _fake_google_reply_error (self, call, 404, "notFound", "Requested entity was not found.");
      return;
    }

  history_id = history_text (thread_history_id (messages));
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, g_hash_table_lookup (call->path_params, "id"));
  json_builder_set_member_name (builder, "historyId");
  json_builder_add_string_value (builder, history_id);
  json_builder_set_member_name (builder, "messages");
  json_builder_begin_array (builder);
  for (guint i = 0; i < messages->len; i++)
    _fake_google_gmail_add_message_json (builder, messages->pdata[i], format ? format : "full", only);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

void
_fake_google_gmail_threads_init (FakeGoogle *self)
{
  _fake_google_register (self, "gmail.users.threads.list", handle_threads_list);
  _fake_google_register (self, "gmail.users.threads.get", handle_threads_get);
}
