/* fake-google-gmail.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <stdio.h>
#include <string.h>

#include "fake-google-gmail-private.h"

#define GMAIL_KEY "fake-google-gmail"
#define DEFAULT_PAGE 100
#define MAX_PAGE 500

typedef struct
{
  const char *id;
  const char *name;
  const char *type;
} LabelInfo;

static const LabelInfo labels[] = {
  { "CHAT", "CHAT", "system" },
  { "SENT", "SENT", "system" },
  { "INBOX", "INBOX", "system" },
  { "IMPORTANT", "IMPORTANT", "system" },
  { "TRASH", "TRASH", "system" },
  { "DRAFT", "DRAFT", "system" },
  { "SPAM", "SPAM", "system" },
  { "CATEGORY_FORUMS", "CATEGORY_FORUMS", "system" },
  { "CATEGORY_UPDATES", "CATEGORY_UPDATES", "system" },
  { "CATEGORY_PERSONAL", "CATEGORY_PERSONAL", "system" },
  { "CATEGORY_PROMOTIONS", "CATEGORY_PROMOTIONS", "system" },
  { "CATEGORY_SOCIAL", "CATEGORY_SOCIAL", "system" },
  { "STARRED", "STARRED", "system" },
  { "UNREAD", "UNREAD", "system" },
  { "Label_1", "Job search", "user" },
  { "Label_2", "Recruiters", "user" },
};

static void
change_free (Change *change)
{
  g_strfreev (change->labels);
  g_free (change);
}

static void
draft_free (Draft *draft)
{
  g_free (draft->id);
  g_free (draft);
}

static void
gmail_free (Gmail *gmail)
{
  g_ptr_array_unref (gmail->drafts);
  g_ptr_array_unref (gmail->changes);
  g_ptr_array_unref (gmail->messages);
  g_free (gmail);
}

Gmail *
_fake_google_gmail_get (FakeGoogle *self)
{
  return g_object_get_data (G_OBJECT (self), GMAIL_KEY);
}

gboolean
_fake_google_gmail_has_label (Message    *message,
                              const char *label)
{
  for (guint i = 0; i < message->labels->len; i++)
    if (g_str_equal (message->labels->pdata[i], label))
      return TRUE;
  return FALSE;
}

static const LabelInfo *
find_label (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].id, id))
      return &labels[i];
  return NULL;
}

/* Handlers ----------------------------------------------------------------- */

gboolean
_fake_google_gmail_check_user (FakeGoogle     *self,
                               FakeGoogleCall *call)
{
  const char *user = g_hash_table_lookup (call->path_params, "userId");

  if (g_strcmp0 (user, "me") == 0 || g_strcmp0 (user, fake_google_get_email (self)) == 0)
    return TRUE;

  _fake_google_record_violation (self, call->method_id, "userId %s is not the signed-in user", user);
  _fake_google_reply_error (self, call, 403, "forbidden", "Delegation denied for ann.example@gmail.com");
  return FALSE;
}

Message *
_fake_google_gmail_find_message (Gmail      *gmail,
                                 const char *id)
{
  for (guint i = 0; i < gmail->messages->len; i++)
    {
      Message *message = gmail->messages->pdata[i];

      if (g_str_equal (message->id, id))
        return message;
    }
  return NULL;
}

guint
_fake_google_gmail_page_size (FakeGoogleCall *call)
{
  const char *max = g_hash_table_lookup (call->query, "maxResults");
  guint64 n = DEFAULT_PAGE;

  if (max != NULL)
    n = g_ascii_strtoull (max, NULL, 10);
  return CLAMP (n, 1, MAX_PAGE);
}

/* pageToken: the offset, as this fake hands it out; anything else is 400. */
gboolean
_fake_google_gmail_page_start (FakeGoogle     *self,
                               FakeGoogleCall *call,
                               guint          *start)
{
  const char *token = g_hash_table_lookup (call->query, "pageToken");
  guint64 offset = 0;

  *start = 0;
  if (token == NULL)
    return TRUE;
  if (!g_str_has_prefix (token, "p") ||
      !g_ascii_string_to_unsigned (token + 1, 10, 0, G_MAXUINT, &offset, NULL))
    {
      _fake_google_reply_error (self, call, 400, "invalid", "Invalid pageToken");
      return FALSE;
    }
  *start = offset;
  return TRUE;
}

void
_fake_google_gmail_add_next_page (JsonBuilder *builder,
                                  guint        start,
                                  guint        size,
                                  guint        total)
{
  g_autofree char *token = NULL;

  if (start + size >= total)
    return;
  token = g_strdup_printf ("p%u", start + size);
  json_builder_set_member_name (builder, "nextPageToken");
  json_builder_add_string_value (builder, token);
}

static void
handle_get_profile (FakeGoogle     *self,
                    FakeGoogleCall *call)
{
  Gmail *gmail = _fake_google_gmail_get (self);
  g_autoptr(GHashTable) threads = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *history_id = g_strdup_printf ("%" G_GUINT64_FORMAT, gmail->history_id);

  if (!_fake_google_gmail_check_user (self, call))
    return;

  for (guint i = 0; i < gmail->messages->len; i++)
    g_hash_table_add (threads, ((Message *) gmail->messages->pdata[i])->thread_id);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "emailAddress");
  json_builder_add_string_value (builder, fake_google_get_email (self));
  json_builder_set_member_name (builder, "messagesTotal");
  json_builder_add_int_value (builder, gmail->messages->len);
  json_builder_set_member_name (builder, "threadsTotal");
  json_builder_add_int_value (builder, g_hash_table_size (threads));
  json_builder_set_member_name (builder, "historyId");
  json_builder_add_string_value (builder, history_id);
  json_builder_end_object (builder);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

static void
handle_labels_list (FakeGoogle     *self,
                    FakeGoogleCall *call)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (!_fake_google_gmail_check_user (self, call))
    return;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "labels");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, labels[i].id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, labels[i].name);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, labels[i].type);
      if (g_str_equal (labels[i].type, "user"))
        {
          json_builder_set_member_name (builder, "messageListVisibility");
          json_builder_add_string_value (builder, "show");
          json_builder_set_member_name (builder, "labelListVisibility");
          json_builder_add_string_value (builder, "labelShow");
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

/* q, as far as the fake understands Gmail's search operators: in:, is:,
 * label:, category:, rfc822msgid:, from:, newer_than:/older_than: (d, m,
 * y), after:/before: (yyyy/mm/dd or seconds since the epoch). Other
 * words are ignored (free text would match anything here). */
typedef struct
{
  GPtrArray *labels;        /* all of them */
  char      *rfc822msgid;   /* without angle brackets */
  char      *from;          /* lower case, a substring of From */
  gint64     after_ms;      /* internalDate > */
  gint64     before_ms;     /* internalDate < ; 0: none */
  gboolean   anywhere;      /* in:anywhere: spam and trash too */
} Query;

static void
query_clear (Query *query)
{
  g_clear_pointer (&query->labels, g_ptr_array_unref);
  g_clear_pointer (&query->rfc822msgid, g_free);
  g_clear_pointer (&query->from, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Query, query_clear)

static gint64
relative_ms (const char *value)
{
  guint64 n = g_ascii_strtoull (value, NULL, 10);
  char unit = value[0] != '\0' ? value[strlen (value) - 1] : 'd';
  gint64 days = unit == 'm' ? 31 : unit == 'y' ? 366 : 1;

  return (gint64) n * days * 24 * 3600 * 1000;
}

static gint64
date_ms (const char *value)
{
  int year, month, day;
  g_autoptr(GDateTime) date = NULL;

  if (sscanf (value, "%d/%d/%d", &year, &month, &day) == 3 &&
      (date = g_date_time_new_utc (year, month, day, 0, 0, 0)) != NULL)
    return g_date_time_to_unix (date) * 1000;
  return (gint64) g_ascii_strtoll (value, NULL, 10) * 1000;
}

static char *
strip_brackets (const char *id)
{
  g_autofree char *copy = g_strstrip (g_strdup (id));
  gsize len = strlen (copy);

  if (len >= 2 && copy[0] == '<' && copy[len - 1] == '>')
    return g_strndup (copy + 1, len - 2);
  return g_steal_pointer (&copy);
}

static void
add_label_word (Query      *query,
                const char *word,
                const char *value)
{
  g_autofree char *upper = g_ascii_strup (value, -1);

  g_strdelimit (upper, "-", '_');
  if (g_str_equal (upper, "DRAFTS"))
    g_ptr_array_add (query->labels, g_strdup ("DRAFT"));
  else if (g_str_equal (upper, "ANYWHERE"))
    query->anywhere = TRUE;
  else if (g_str_has_prefix (word, "in:") || g_str_has_prefix (word, "is:"))
    g_ptr_array_add (query->labels, g_steal_pointer (&upper));
  else if (g_str_has_prefix (word, "category:"))
    g_ptr_array_add (query->labels, g_strconcat ("CATEGORY_", upper, NULL));
  else
    for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
      if (g_ascii_strcasecmp (labels[l].name, value) == 0 ||
          g_ascii_strcasecmp (labels[l].id, value) == 0)
        g_ptr_array_add (query->labels, g_strdup (labels[l].id));
}

static void
parse_q (const char *q,
         Query      *query)
{
  g_auto(GStrv) words = NULL;
  gint64 now_ms = g_get_real_time () / 1000;

  query->labels = g_ptr_array_new_with_free_func (g_free);
  if (q == NULL)
    return;

  words = g_strsplit (q, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      const char *value = strchr (word, ':');

      if (value == NULL || *++value == '\0')
        continue;
      if (g_str_has_prefix (word, "rfc822msgid:"))
        {
          g_free (query->rfc822msgid);
          query->rfc822msgid = strip_brackets (value);
        }
      else if (g_str_has_prefix (word, "from:"))
        {
          g_free (query->from);
          query->from = g_ascii_strdown (value, -1);
        }
      else if (g_str_has_prefix (word, "newer_than:"))
        query->after_ms = now_ms - relative_ms (value);
      else if (g_str_has_prefix (word, "older_than:"))
        query->before_ms = now_ms - relative_ms (value);
      else if (g_str_has_prefix (word, "after:"))
        query->after_ms = date_ms (value);
      else if (g_str_has_prefix (word, "before:"))
        query->before_ms = date_ms (value);
      else if (g_str_has_prefix (word, "in:") || g_str_has_prefix (word, "is:") ||
               g_str_has_prefix (word, "label:") || g_str_has_prefix (word, "category:"))
        add_label_word (query, word, value);
    }
}

static gboolean
query_matches (Query   *query,
               Message *message)
{
  if (query->rfc822msgid != NULL)
    {
      g_autofree char *id = message->message_id ? strip_brackets (message->message_id) : NULL;

      if (g_strcmp0 (id, query->rfc822msgid) != 0)
        return FALSE;
    }
  if (query->from != NULL)
    {
      g_autofree char *from = g_ascii_strdown (message->from ? message->from : "", -1);

      if (strstr (from, query->from) == NULL)
        return FALSE;
    }
  if (query->after_ms > 0 && message->internal_date <= query->after_ms)
    return FALSE;
  if (query->before_ms > 0 && message->internal_date >= query->before_ms)
    return FALSE;
  for (guint l = 0; l < query->labels->len; l++)
    if (!_fake_google_gmail_has_label (message, query->labels->pdata[l]))
      return FALSE;
  return TRUE;
}

static gboolean
asks_spam_trash (const char * const *wanted,
                 guint               n)
{
  for (guint l = 0; l < n; l++)
    if (g_str_equal (wanted[l], "SPAM") || g_str_equal (wanted[l], "TRASH"))
      return TRUE;
  return FALSE;
}

/* The messages that labelIds, q and includeSpamTrash let through, newest
 * first. A search by rfc822msgid looks everywhere, as Gmail's does. */
GPtrArray *
_fake_google_gmail_matching (Gmail          *gmail,
                             FakeGoogleCall *call)
{
  g_auto(GStrv) label_ids = _fake_google_call_get_query_all (call, "labelIds");
  g_auto(Query) query = { 0 };
  gboolean spam_trash = g_strcmp0 (g_hash_table_lookup (call->query, "includeSpamTrash"), "true") == 0;
  GPtrArray *matches = g_ptr_array_new ();

  parse_q (g_hash_table_lookup (call->query, "q"), &query);
  spam_trash |= query.anywhere || query.rfc822msgid != NULL ||
                asks_spam_trash ((const char * const *) label_ids, g_strv_length (label_ids)) ||
                asks_spam_trash ((const char * const *) query.labels->pdata, query.labels->len);

  for (guint i = 0; i < gmail->messages->len; i++)
    {
      Message *message = gmail->messages->pdata[i];
      gboolean wanted = query_matches (&query, message);

      for (guint l = 0; label_ids[l] != NULL; l++)
        wanted &= _fake_google_gmail_has_label (message, label_ids[l]);
      if (!spam_trash &&
          (_fake_google_gmail_has_label (message, "SPAM") || _fake_google_gmail_has_label (message, "TRASH")))
        wanted = FALSE;

      if (wanted)
        g_ptr_array_add (matches, message);
    }

  return matches;
}

static void
handle_messages_list (FakeGoogle     *self,
                      FakeGoogleCall *call)
{
  g_autoptr(GPtrArray) matches = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint size = _fake_google_gmail_page_size (call);
  guint start;

  if (!_fake_google_gmail_check_user (self, call) ||
      !_fake_google_gmail_page_start (self, call, &start))
    return;

  matches = _fake_google_gmail_matching (_fake_google_gmail_get (self), call);
  json_builder_begin_object (builder);
  if (start < matches->len)
    {
      json_builder_set_member_name (builder, "messages");
      json_builder_begin_array (builder);
      for (guint i = start; i < matches->len && i < start + size; i++)
        {
          Message *message = matches->pdata[i];

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, message->id);
          json_builder_set_member_name (builder, "threadId");
          json_builder_add_string_value (builder, message->thread_id);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  _fake_google_gmail_add_next_page (builder, start, size, matches->len);
  json_builder_set_member_name (builder, "resultSizeEstimate");
  json_builder_add_int_value (builder, matches->len);
  json_builder_end_object (builder);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

/* The message named by the path's id, or NULL having replied (the user
 * is not "me", or 404). */
static Message *
find_path_message (FakeGoogle     *self,
                   FakeGoogleCall *call)
{
  Message *message;

  if (!_fake_google_gmail_check_user (self, call))
    return NULL;

  message = _fake_google_gmail_find_message (_fake_google_gmail_get (self),
                                             g_hash_table_lookup (call->path_params, "id"));
  if (message == NULL)
    _fake_google_reply_error (self, call, 404, "notFound", "Requested entity was not found.");
  return message;
}

static void
handle_messages_get (FakeGoogle     *self,
                     FakeGoogleCall *call)
{
  const char *format = g_hash_table_lookup (call->query, "format");
  g_auto(GStrv) only = _fake_google_call_get_query_all (call, "metadataHeaders");
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  Message *message;

  message = find_path_message (self, call);
  if (message == NULL)
    return;

  _fake_google_gmail_add_message_json (builder, message, format ? format : "full", only);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

static void
handle_attachments_get (FakeGoogle     *self,
                        FakeGoogleCall *call)
{
  Gmail *gmail = _fake_google_gmail_get (self);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *id = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) content = NULL;
  Message *message;

  if (!_fake_google_gmail_check_user (self, call))
    return;

  message = _fake_google_gmail_find_message (gmail, g_hash_table_lookup (call->path_params, "messageId"));
  if (message != NULL && message->mime_payload)
    content = _fake_google_gmail_mime_attachment (message, g_hash_table_lookup (call->path_params, "id"));
  else if (message != NULL && message->attachment != NULL)
    {
      id = _fake_google_gmail_attachment_id (message);
      if (g_str_equal (id, g_hash_table_lookup (call->path_params, "id")))
        content = g_bytes_new (message->attachment, strlen (message->attachment));
    }
  if (content == NULL)
    {
      _fake_google_reply_error (self, call, 404, "notFound", "Requested entity was not found.");
      return;
    }

  data = _fake_google_gmail_base64url (g_bytes_get_data (content, NULL), g_bytes_get_size (content), TRUE);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "size");
  json_builder_add_int_value (builder, g_bytes_get_size (content));
  json_builder_set_member_name (builder, "data");
  json_builder_add_string_value (builder, data);
  json_builder_end_object (builder);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

static const char *
change_type (ChangeKind kind)
{
  switch (kind)
    {
    case CHANGE_ADDED: return "messageAdded";
    case CHANGE_LABELS_ADDED: return "labelAdded";
    case CHANGE_LABELS_REMOVED: return "labelRemoved";
    default: g_assert_not_reached ();
    }
}

static void
add_change_json (JsonBuilder *builder,
                 Change      *change)
{
  g_autofree char *id = g_strdup_printf ("%" G_GUINT64_FORMAT, change->id);
  const char *member = change->kind == CHANGE_ADDED ? "messagesAdded"
                     : change->kind == CHANGE_LABELS_ADDED ? "labelsAdded" : "labelsRemoved";

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, id);
  json_builder_set_member_name (builder, "messages");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, change->message->id);
  json_builder_set_member_name (builder, "threadId");
  json_builder_add_string_value (builder, change->message->thread_id);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "message");
  _fake_google_gmail_add_message_ref (builder, change->message);
  if (change->labels != NULL)
    {
      json_builder_set_member_name (builder, "labelIds");
      json_builder_begin_array (builder);
      for (guint i = 0; change->labels[i] != NULL; i++)
        json_builder_add_string_value (builder, change->labels[i]);
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
handle_history_list (FakeGoogle     *self,
                     FakeGoogleCall *call)
{
  Gmail *gmail = _fake_google_gmail_get (self);
  const char *label_id = g_hash_table_lookup (call->query, "labelId");
  g_auto(GStrv) types = _fake_google_call_get_query_all (call, "historyTypes");
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *history_id = g_strdup_printf ("%" G_GUINT64_FORMAT, gmail->history_id);
  guint64 since = g_ascii_strtoull (g_hash_table_lookup (call->query, "startHistoryId"), NULL, 10);
  guint size = _fake_google_gmail_page_size (call);
  guint start;

  if (!_fake_google_gmail_check_user (self, call) ||
      !_fake_google_gmail_page_start (self, call, &start))
    return;

  /* "Supplying an invalid or out of date startHistoryId typically
   * returns an HTTP 404". */
  if (since < gmail->first_history_id)
    {
      _fake_google_reply_error (self, call, 404, "notFound", "Requested entity was not found.");
      return;
    }

  for (guint i = 0; i < gmail->changes->len; i++)
    {
      Change *change = gmail->changes->pdata[i];

      if (change->id <= since)
        continue;
      if (types[0] != NULL && !g_strv_contains ((const char * const *) types, change_type (change->kind)))
        continue;
      if (label_id != NULL && !_fake_google_gmail_has_label (change->message, label_id))
        continue;
      g_ptr_array_add (matches, change);
    }

  json_builder_begin_object (builder);
  if (start < matches->len)
    {
      json_builder_set_member_name (builder, "history");
      json_builder_begin_array (builder);
      for (guint i = start; i < matches->len && i < start + size; i++)
        add_change_json (builder, matches->pdata[i]);
      json_builder_end_array (builder);
    }
  _fake_google_gmail_add_next_page (builder, start, size, matches->len);
  json_builder_set_member_name (builder, "historyId");
  json_builder_add_string_value (builder, history_id);
  json_builder_end_object (builder);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

static gboolean
labels_known (JsonArray *array)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (find_label (json_array_get_string_element (array, i)) == NULL)
      return FALSE;
  return TRUE;
}

static GStrv
change_labels (Message   *message,
               JsonArray *array,
               gboolean   add)
{
  g_autoptr(GStrvBuilder) changed = g_strv_builder_new ();
  gboolean any = FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *label = json_array_get_string_element (array, i);

      if (add == _fake_google_gmail_has_label (message, label))
        continue;
      if (add)
        g_ptr_array_add (message->labels, g_strdup (label));
      else
        for (guint l = 0; l < message->labels->len; l++)
          if (g_str_equal (message->labels->pdata[l], label))
            g_ptr_array_remove_index (message->labels, l--);
      g_strv_builder_add (changed, label);
      any = TRUE;
    }

  return any ? g_strv_builder_end (changed) : NULL;
}

static JsonArray *
array_member (JsonNode   *body,
              const char *name)
{
  JsonNode *node = json_object_get_member (json_node_get_object (body), name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
handle_messages_modify (FakeGoogle     *self,
                        FakeGoogleCall *call)
{
  Gmail *gmail = _fake_google_gmail_get (self);
  JsonArray *add = array_member (call->body, "addLabelIds");
  JsonArray *remove = array_member (call->body, "removeLabelIds");
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  Message *message;
  GStrv changed;

  message = find_path_message (self, call);
  if (message == NULL)
    return;
  if (!labels_known (add) || !labels_known (remove))
    {
      _fake_google_reply_error (self, call, 400, "invalidArgument", "Invalid label");
      return;
    }

  if ((changed = change_labels (message, add, TRUE)) != NULL)
    _fake_google_gmail_add_change (gmail, CHANGE_LABELS_ADDED, message, changed);
  if ((changed = change_labels (message, remove, FALSE)) != NULL)
    _fake_google_gmail_add_change (gmail, CHANGE_LABELS_REMOVED, message, changed);

  _fake_google_gmail_add_message_json (builder, message, "minimal", NULL);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

/* messages.send, as JSON {"raw", "threadId"} or as a media upload of the
 * RFC 5322 bytes. */
static void
handle_messages_send (FakeGoogle     *self,
                      FakeGoogleCall *call)
{
  static const char * const sent_labels[] = { "SENT", NULL };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *raw = NULL;
  const char *thread_id = NULL;
  Message *message;

  if (!_fake_google_gmail_check_user (self, call))
    return;

  if (call->body != NULL)
    {
      JsonObject *object = json_node_get_object (call->body);

      raw = _fake_google_gmail_decode_raw (json_object_get_string_member_with_default (object, "raw", ""));
      thread_id = json_object_get_string_member_with_default (object, "threadId", NULL);
    }
  else
    {
      g_autoptr(GBytes) bytes = soup_message_body_flatten (soup_server_message_get_request_body (call->message));
      const char *upload_type = g_hash_table_lookup (call->query, "uploadType");
      gsize len = g_bytes_get_size (bytes);

      if (g_strcmp0 (upload_type, "media") != 0)
        {
          _fake_google_record_violation (self, call->method_id, "uploads here take uploadType=media");
          _fake_google_reply_error (self, call, 400, "badRequest", "Invalid uploadType");
          return;
        }
      raw = g_strndup (g_bytes_get_data (bytes, NULL), len);
      if (len == 0 || strlen (raw) != len)
        g_clear_pointer (&raw, g_free);
    }

  if (raw == NULL)
    {
      _fake_google_record_violation (self, call->method_id, "raw is not a base64url message");
      _fake_google_reply_error (self, call, 400, "invalidArgument", "Invalid value for ByteString");
      return;
    }

  message = _fake_google_gmail_insert_posted (self, call, g_steal_pointer (&raw), sent_labels, thread_id,
                                              TRUE, "Recipient address required");
  if (message == NULL)
    return;

  _fake_google_gmail_add_message_ref (builder, message);
  _fake_google_reply_json (self, call, 200, json_builder_get_root (builder));
}

/* Private API -------------------------------------------------------------- */

void
_fake_google_gmail_init (FakeGoogle *self)
{
  Gmail *gmail = g_new0 (Gmail, 1);

  g_return_if_fail (FAKE_IS_GOOGLE (self));

  gmail->messages = g_ptr_array_new_with_free_func ((GDestroyNotify) _fake_google_gmail_message_free);
  gmail->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  gmail->drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) draft_free);
  gmail->history_id = gmail->first_history_id = FAKE_GMAIL_FIRST_HISTORY_ID;
  g_object_set_data_full (G_OBJECT (self), GMAIL_KEY, gmail, (GDestroyNotify) gmail_free);

  _fake_google_register (self, "gmail.users.getProfile", handle_get_profile);
  _fake_google_register (self, "gmail.users.labels.list", handle_labels_list);
  _fake_google_register (self, "gmail.users.messages.list", handle_messages_list);
  _fake_google_register (self, "gmail.users.messages.get", handle_messages_get);
  _fake_google_register (self, "gmail.users.messages.attachments.get", handle_attachments_get);
  _fake_google_register (self, "gmail.users.messages.modify", handle_messages_modify);
  _fake_google_register (self, "gmail.users.history.list", handle_history_list);
  _fake_google_register (self, "gmail.users.messages.send", handle_messages_send);
  _fake_google_gmail_threads_init (self);
  _fake_google_gmail_drafts_init (self);
}

/* Public API --------------------------------------------------------------- */

void
fake_google_seed_messages (FakeGoogle *self,
                           guint       n)
{
  Gmail *gmail;

  g_return_if_fail (FAKE_IS_GOOGLE (self));

  gmail = _fake_google_gmail_get (self);
  g_ptr_array_set_size (gmail->changes, 0);
  g_ptr_array_set_size (gmail->messages, 0);
  _fake_google_gmail_seed (gmail, n, fake_google_get_email (self));
}

guint
fake_google_count_messages (FakeGoogle *self)
{
  g_return_val_if_fail (FAKE_IS_GOOGLE (self), 0);

  return _fake_google_gmail_get (self)->messages->len;
}
