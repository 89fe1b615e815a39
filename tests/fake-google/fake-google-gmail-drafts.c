/* fake-google-gmail-drafts.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-gmail-private.h"

/* users.drafts: a draft is a message labelled DRAFT with an id of its
 * own ("r" and digits, as Gmail's look). */

static Draft *
find_draft (Gmail      *gmail,
            const char *id)
{
  for (guint i = 0; id != NULL && i < gmail->drafts->len; i++)
    {
      Draft *draft = gmail->drafts->pdata[i];

      if (g_str_equal (draft->id, id))
        return draft;
    }
  return NULL;
}

/* The draft @id of the call's user, or NULL having replied (the user
 * is not "me", or 404). */
static Draft *
find_draft_or_reply (FakeGoogle     *self,
                     FakeGoogleCall *call,
                     const char     *id)
{
  Draft *draft;

  if (!_fake_google_gmail_check_user (self, call))
    return NULL;

  draft = find_draft (_fake_google_gmail_get (self), id);
  if (draft == NULL)
    _fake_google_reply_error (self, call, 404, "notFound", "Requested entity was not found.");
  return draft;
}

static void
add_draft_json (JsonBuilder *builder,
                Draft       *draft,
                const char  *format)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, draft->id);
  json_builder_set_member_name (builder, "message");
  if (format != NULL)
    _fake_google_gmail_add_message_json (builder, draft->message, format, NULL);
  else
    _fake_google_gmail_add_message_ref (builder, draft->message);
  json_builder_end_object (builder);
}

static gboolean
read_draft_message (FakeGoogle     *self,
                    FakeGoogleCall *call,
                    char          **out_raw,
                    const char    **out_thread_id)
{
  JsonObject *object = call->body != NULL ? json_node_get_object (call->body) : NULL;
  JsonNode *node = object != NULL ? json_object_get_member (object, "message") : NULL;
  JsonObject *message = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

  *out_raw = message != NULL
             ? _fake_google_gmail_decode_raw (json_object_get_string_member_with_default (message, "raw", ""))
             : NULL;
  *out_thread_id = message != NULL
                   ? json_object_get_string_member_with_default (message, "threadId", NULL)
                   : NULL;
  if (*out_raw != NULL)
    return TRUE;

  _fake_google_record_violation (self, call->method_id, "message.raw is not a base64url message");
  _fake_google_reply_error (self, call, 400, "invalidArgument", "Invalid value for ByteString");
  return FALSE;
}

static void
handle_drafts_create (FakeGoogle     *self,
                      FakeGoogleCall *call)
{
  static const char * const draft_labels[] = { "DRAFT", NULL };
  Gmail *gmail = _fake_google_gmail_get (self);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *raw = NULL;
  const char *thread_id = NULL;
  Message *message;
  Draft *draft;

  if (!_fake_google_gmail_check_user (self, call) ||
      !read_draft_message (self, call, &raw, &thread_id))
    return;

  message = _fake_google_gmail_insert_posted (self, call, g_steal_pointer (&raw), draft_labels, thread_id,
                                              FALSE, "Invalid message");
  if (message == NULL)
    return;

  draft = g_new0 (Draft, 1);
  draft->id = g_strdup_printf ("r%" G_GUINT64_FORMAT, G_GUINT64_CONSTANT (5000000000000000000) + _fake_google_next_serial (self));
  draft->message = message;
  g_ptr_array_add (gmail->drafts, draft);

  add_draft_json (builder, draft, NULL);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

static void
handle_drafts_list (FakeGoogle     *self,
                    FakeGoogleCall *call)
{
  Gmail *gmail = _fake_google_gmail_get (self);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint size = _fake_google_gmail_page_size (call);
  guint start;

  if (!_fake_google_gmail_check_user (self, call) ||
      !_fake_google_gmail_page_start (self, call, &start))
    return;

  json_builder_begin_object (builder);
  if (start < gmail->drafts->len)
    {
      json_builder_set_member_name (builder, "drafts");
      json_builder_begin_array (builder);
      for (guint i = start; i < gmail->drafts->len && i < start + size; i++)
        add_draft_json (builder, gmail->drafts->pdata[i], NULL);
      json_builder_end_array (builder);
    }
  _fake_google_gmail_add_next_page (builder, start, size, gmail->drafts->len);
  json_builder_set_member_name (builder, "resultSizeEstimate");
  json_builder_add_int_value (builder, gmail->drafts->len);
  json_builder_end_object (builder);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

static void
handle_drafts_get (FakeGoogle     *self,
                   FakeGoogleCall *call)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *format = g_hash_table_lookup (call->query, "format");
  Draft *draft;

  draft = find_draft_or_reply (self, call, g_hash_table_lookup (call->path_params, "id"));
  if (draft == NULL)
    return;
  add_draft_json (builder, draft, format != NULL ? format : "full");
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

static void
remove_message (Gmail   *gmail,
                Message *message)
{
  /* History keeps pointers to messages: keep it, as Gmail keeps ids. */
  for (guint i = 0; i < gmail->changes->len; i++)
    {
      Change *change = gmail->changes->pdata[i];

      if (change->message == message)
        g_ptr_array_remove_index (gmail->changes, i--);
    }
  g_ptr_array_remove (gmail->messages, message);
}

static void
handle_drafts_delete (FakeGoogle     *self,
                      FakeGoogleCall *call)
{
  Gmail *gmail = _fake_google_gmail_get (self);
  Draft *draft;

  draft = find_draft_or_reply (self, call, g_hash_table_lookup (call->path_params, "id"));
  if (draft == NULL)
    return;
  remove_message (gmail, draft->message);
  g_ptr_array_remove (gmail->drafts, draft);
  _fake_google_reply_empty (self, call, SOUP_STATUS_NO_CONTENT);
}

static void
handle_drafts_send (FakeGoogle     *self,
                    FakeGoogleCall *call)
{
  Gmail *gmail = _fake_google_gmail_get (self);
  JsonObject *object = call->body != NULL ? json_node_get_object (call->body) : NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  Message *message;
  Draft *draft;

  draft = find_draft_or_reply (self, call,
                               object ? json_object_get_string_member_with_default (object, "id", NULL) : NULL);
  if (draft == NULL)
    return;

  message = draft->message;
  for (guint i = 0; i < message->labels->len; i++)
    if (g_str_equal (message->labels->pdata[i], "DRAFT"))
      g_ptr_array_remove_index (message->labels, i--);
  g_ptr_array_add (message->labels, g_strdup ("SENT"));
  g_ptr_array_remove (gmail->drafts, draft);
  _fake_google_gmail_add_change (gmail, CHANGE_LABELS_ADDED, message, g_strsplit ("SENT", ",", -1));

  _fake_google_gmail_add_message_json (builder, message, "minimal", NULL);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

void
_fake_google_gmail_drafts_init (FakeGoogle *self)
{
  _fake_google_register (self, "gmail.users.drafts.create", handle_drafts_create);
  _fake_google_register (self, "gmail.users.drafts.list", handle_drafts_list);
  _fake_google_register (self, "gmail.users.drafts.get", handle_drafts_get);
  _fake_google_register (self, "gmail.users.drafts.delete", handle_drafts_delete);
  _fake_google_register (self, "gmail.users.drafts.send", handle_drafts_send);
}
