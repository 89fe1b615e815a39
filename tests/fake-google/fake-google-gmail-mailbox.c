/* fake-google-gmail-mailbox.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-gmail-private.h"

/* Messages that come as RFC 5322 text: sent by the client, saved as
 * drafts, or put in the inbox by a test; and Gmail's rule for which
 * thread they join. */

char *
_fake_google_gmail_decode_raw (const char *text)
{
  g_autoptr(GString) padded = NULL;
  guchar *data;
  gsize len = 0;

  if (text == NULL || *text == '\0')
    return NULL;
  for (const char *p = text; *p; p++)
    if (!g_ascii_isalnum (*p) && strchr ("-_+/=", *p) == NULL)
      return NULL;

  padded = g_string_new (text);
  g_strdelimit (padded->str, "-", '+');
  g_strdelimit (padded->str, "_", '/');
  while (padded->len % 4 != 0)
    g_string_append_c (padded, '=');
  data = g_base64_decode (padded->str, &len);
  if (data == NULL || len == 0 || memchr (data, '\0', len) != NULL)
    {
      g_free (data);
      return NULL;
    }
  data = g_realloc (data, len + 1);
  data[len] = '\0';
  return (char *) data;
}

/* Threads ------------------------------------------------------------------ */

static char *
bare_id (const char *id)
{
  g_autofree char *copy = g_strstrip (g_strdup (id));
  gsize len = strlen (copy);

  if (len >= 2 && copy[0] == '<' && copy[len - 1] == '>')
    return g_strndup (copy + 1, len - 2);
  return g_steal_pointer (&copy);
}

/* The Message-IDs In-Reply-To and References name, without brackets. */
static GHashTable *
referenced_ids (Message *message)
{
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *headers[] = { message->in_reply_to, message->references };

  for (guint h = 0; h < G_N_ELEMENTS (headers); h++)
    {
      g_auto(GStrv) words = NULL;

      if (headers[h] == NULL)
        continue;
      words = g_strsplit_set (headers[h], " \t,", -1);
      for (guint i = 0; words[i] != NULL; i++)
        if (words[i][0] != '\0')
          g_hash_table_add (ids, bare_id (words[i]));
    }
  return ids;
}

/* The subject without "Re:", "Fwd:" and their kin, folded. */
static char *
thread_subject (const char *subject)
{
  static const char * const prefixes[] = { "re:", "fwd:", "fw:", "aw:", "wg:", "tr:", "rv:", "réf:" };
  g_autofree char *lower = g_utf8_strdown (subject ? subject : "", -1);
  const char *p = g_strstrip (lower);
  gboolean stripped = TRUE;

  while (stripped)
    {
      stripped = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
        if (g_str_has_prefix (p, prefixes[i]))
          {
            p += strlen (prefixes[i]);
            while (*p == ' ')
              p++;
            stripped = TRUE;
          }
    }
  return g_strdup (p);
}

/* A message of @gmail that @message answers, in @thread_id when given. */
static Message *
find_answered (Gmail      *gmail,
               Message    *message,
               const char *thread_id)
{
  g_autoptr(GHashTable) ids = referenced_ids (message);
  g_autofree char *subject = thread_subject (message->subject);

  if (g_hash_table_size (ids) == 0)
    return NULL;

  for (guint i = 0; i < gmail->messages->len; i++)
    {
      Message *candidate = gmail->messages->pdata[i];
      g_autofree char *candidate_id = NULL;
      g_autofree char *candidate_subject = NULL;

      if (thread_id != NULL && !g_str_equal (candidate->thread_id, thread_id))
        continue;
      if (candidate->message_id == NULL)
        continue;
      candidate_id = bare_id (candidate->message_id);
      if (!g_hash_table_contains (ids, candidate_id))
        continue;
      candidate_subject = thread_subject (candidate->subject);
      if (g_str_equal (subject, candidate_subject))
        return candidate;
    }
  return NULL;
}

static gboolean
thread_exists (Gmail      *gmail,
               const char *thread_id)
{
  for (guint i = 0; i < gmail->messages->len; i++)
    if (g_str_equal (((Message *) gmail->messages->pdata[i])->thread_id, thread_id))
      return TRUE;
  return FALSE;
}

Message *
_fake_google_gmail_new_raw_message (FakeGoogle          *self,
                                    char                *raw,
                                    const char * const  *labels,
                                    gint64               internal_date,
                                    const char          *asked_thread_id,
                                    gboolean            *unknown_thread)
{
  Gmail *gmail = _fake_google_gmail_get (self);
  Message *message = g_new0 (Message, 1);
  Message *answered;

  *unknown_thread = FALSE;
  message->raw = raw;
  message->labels = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
    g_ptr_array_add (message->labels, g_strdup (labels[i]));
  message->internal_date = internal_date > 0 ? internal_date : g_get_real_time () / 1000;

  if (!_fake_google_gmail_read_raw (message))
    {
      _fake_google_gmail_message_free (message);
      return NULL;
    }
  if (message->message_id == NULL)
    message->message_id = g_strdup_printf ("<fake%" G_GUINT64_FORMAT "@mail.example>",
                                           _fake_google_next_serial (self));
  message->id = g_strdup_printf ("%" G_GINT64_MODIFIER "x%04x", message->internal_date,
                                 (guint) (_fake_google_next_serial (self) & 0xffff));

  if (asked_thread_id != NULL && !thread_exists (gmail, asked_thread_id))
    {
      *unknown_thread = TRUE;
      return message;
    }

  /* Gmail: "the requested threadId must be specified on the Message",
   * "the References and In-Reply-To headers must be set", "the Subject
   * headers must match"; mail coming in joins the thread it answers. */
  answered = find_answered (gmail, message, asked_thread_id);
  message->thread_id = g_strdup (answered != NULL ? answered->thread_id : message->id);
  return message;
}

void
_fake_google_gmail_insert (Gmail   *gmail,
                           Message *message)
{
  guint position = 0;

  while (position < gmail->messages->len &&
         ((Message *) gmail->messages->pdata[position])->internal_date > message->internal_date)
    position++;
  g_ptr_array_insert (gmail->messages, position, message);
  _fake_google_gmail_add_change (gmail, CHANGE_ADDED, message, NULL);
}

Message *
_fake_google_gmail_insert_posted (FakeGoogle          *self,
                                  FakeGoogleCall      *call,
                                  char                *raw,
                                  const char * const  *labels,
                                  const char          *thread_id,
                                  gboolean             need_recipient,
                                  const char          *invalid)
{
  gboolean unknown_thread = FALSE;
  Message *message = _fake_google_gmail_new_raw_message (self, raw, labels, 0, thread_id, &unknown_thread);

  if (unknown_thread)
    {
      g_clear_pointer (&message, _fake_google_gmail_message_free);
      _fake_google_reply_error (self, call, 404, "notFound", "Requested entity was not found.");
      return NULL;
    }
  if (message == NULL || (need_recipient && (message->to == NULL || message->to[0] == '\0')))
    {
      g_clear_pointer (&message, _fake_google_gmail_message_free);
      _fake_google_reply_error (self, call, 400, "invalidArgument", invalid);
      return NULL;
    }

  _fake_google_gmail_insert (_fake_google_gmail_get (self), message);
  return message;
}

/* Public API --------------------------------------------------------------- */

char *
fake_google_add_raw_message (FakeGoogle *self,
                             GBytes     *rfc5322,
                             const char *label_ids,
                             gint64      internal_date_ms)
{
  g_auto(GStrv) labels = NULL;
  gboolean unknown_thread;
  Message *message;
  gsize len;
  const char *data;

  g_return_val_if_fail (FAKE_IS_GOOGLE (self), NULL);
  g_return_val_if_fail (rfc5322 != NULL, NULL);

  data = g_bytes_get_data (rfc5322, &len);
  labels = g_strsplit (label_ids != NULL ? label_ids : "INBOX,UNREAD", ",", -1);
  message = _fake_google_gmail_new_raw_message (self, g_strndup (data, len),
                                                (const char * const *) labels,
                                                internal_date_ms, NULL, &unknown_thread);
  if (message == NULL)
    return NULL;

  _fake_google_gmail_insert (_fake_google_gmail_get (self), message);
  return g_strdup (message->id);
}

GBytes *
fake_google_get_raw_message (FakeGoogle *self,
                             const char *id)
{
  Message *message;

  g_return_val_if_fail (FAKE_IS_GOOGLE (self), NULL);

  message = _fake_google_gmail_find_message (_fake_google_gmail_get (self), id);
  return message != NULL ? g_bytes_new (message->raw, strlen (message->raw)) : NULL;
}

char *
fake_google_get_message_thread_id (FakeGoogle *self,
                                   const char *id)
{
  Message *message;

  g_return_val_if_fail (FAKE_IS_GOOGLE (self), NULL);

  message = _fake_google_gmail_find_message (_fake_google_gmail_get (self), id);
  return message != NULL ? g_strdup (message->thread_id) : NULL;
}

GPtrArray *
fake_google_list_sent_ids (FakeGoogle *self)
{
  Gmail *gmail;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (FAKE_IS_GOOGLE (self), ids);

  gmail = _fake_google_gmail_get (self);
  for (guint i = gmail->messages->len; i > 0; i--)
    {
      Message *message = gmail->messages->pdata[i - 1];

      if (_fake_google_gmail_has_label (message, "SENT"))
        g_ptr_array_add (ids, g_strdup (message->id));
    }
  return ids;
}

guint
fake_google_count_drafts (FakeGoogle *self)
{
  g_return_val_if_fail (FAKE_IS_GOOGLE (self), 0);

  return _fake_google_gmail_get (self)->drafts->len;
}

void
fake_google_expire_history (FakeGoogle *self)
{
  Gmail *gmail;

  g_return_if_fail (FAKE_IS_GOOGLE (self));

  /* The current id stays valid: a full sync that stores it can go on. */
  gmail = _fake_google_gmail_get (self);
  gmail->first_history_id = gmail->history_id;
}
