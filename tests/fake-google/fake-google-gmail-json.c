/* fake-google-gmail-json.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-gmail-private.h"

/* base64url, padded or not (Gmail sends both kinds). */
char *
_fake_google_gmail_base64url (const char *data,
                              gsize       len,
                              gboolean    pad)
{
  char *encoded = g_base64_encode ((const guchar *) data, len);
  gsize n;

  g_strdelimit (encoded, "+", '-');
  g_strdelimit (encoded, "/", '_');
  n = strlen (encoded);
  while (!pad && n > 0 && encoded[n - 1] == '=')
    encoded[--n] = '\0';
  return encoded;
}

/* JSON --------------------------------------------------------------------- */

static char *
make_snippet (const char *text)
{
  g_autofree char *flat = g_strdup (text);
  g_autofree char *escaped = NULL;
  const char *end;

  g_strdelimit (flat, "\n", ' ');
  if (g_utf8_strlen (flat, -1) > 100)
    {
      end = g_utf8_offset_to_pointer (flat, 100);
      flat[end - flat] = '\0';
    }
  /* Gmail's snippets carry HTML entities. */
  escaped = g_markup_escape_text (g_strstrip (flat), -1);
  return g_steal_pointer (&escaped);
}

static void
add_header (JsonBuilder *builder,
            const char  *name,
            const char  *value,
            GStrv        only)
{
  if (only != NULL && only[0] != NULL)
    {
      gboolean wanted = FALSE;

      for (guint i = 0; only[i] != NULL; i++)
        if (g_ascii_strcasecmp (only[i], name) == 0)
          wanted = TRUE;
      if (!wanted)
        return;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "value");
  json_builder_add_string_value (builder, value);
  json_builder_end_object (builder);
}

static void
add_top_headers (JsonBuilder *builder,
                 Message     *message,
                 GStrv        only)
{
  g_autofree char *date = _fake_google_gmail_date_header (message->internal_date);
  g_autofree char *content_type = NULL;

  content_type = g_strdup_printf ("multipart/%s; boundary=\"%s_%s\"",
                                  message->attachment ? "mixed" : "alternative",
                                  message->attachment ? "mixed" : "alt", message->id);

  json_builder_set_member_name (builder, "headers");
  json_builder_begin_array (builder);
  add_header (builder, "From", message->from, only);
  add_header (builder, "To", message->to, only);
  add_header (builder, "Subject", message->subject, only);
  add_header (builder, "Date", date, only);
  add_header (builder, "Message-ID", message->message_id, only);
  if (message->in_reply_to != NULL)
    {
      add_header (builder, "In-Reply-To", message->in_reply_to, only);
      add_header (builder, "References", message->in_reply_to, only);
    }
  add_header (builder, "MIME-Version", "1.0", only);
  add_header (builder, "Content-Type", content_type, only);
  json_builder_end_array (builder);
}

static void
add_text_part (JsonBuilder *builder,
               const char  *part_id,
               const char  *mime_type,
               const char  *text)
{
  g_autofree char *content_type = g_strdup_printf ("%s; charset=\"UTF-8\"", mime_type);
  g_autofree char *data = _fake_google_gmail_base64url (text, strlen (text), TRUE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "partId");
  json_builder_add_string_value (builder, part_id);
  json_builder_set_member_name (builder, "mimeType");
  json_builder_add_string_value (builder, mime_type);
  json_builder_set_member_name (builder, "filename");
  json_builder_add_string_value (builder, "");
  json_builder_set_member_name (builder, "headers");
  json_builder_begin_array (builder);
  add_header (builder, "Content-Type", content_type, NULL);
  add_header (builder, "Content-Transfer-Encoding", "8bit", NULL);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "body");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "size");
  json_builder_add_int_value (builder, strlen (text));
  json_builder_set_member_name (builder, "data");
  json_builder_add_string_value (builder, data);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

char *
_fake_google_gmail_attachment_id (Message *message)
{
  return g_strdup_printf ("ANGjdJ_%s_1", message->id);
}

static void
add_alternative (JsonBuilder *builder,
                 const char  *prefix,
                 Message     *message)
{
  g_autofree char *plain_id = g_strconcat (prefix, "0", NULL);
  g_autofree char *html_id = g_strconcat (prefix, "1", NULL);

  json_builder_set_member_name (builder, "parts");
  json_builder_begin_array (builder);
  add_text_part (builder, plain_id, "text/plain", message->text);
  add_text_part (builder, html_id, "text/html", message->html);
  json_builder_end_array (builder);
}

static void
add_empty_body (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "body");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "size");
  json_builder_add_int_value (builder, 0);
  json_builder_end_object (builder);
}

static void
add_payload (JsonBuilder *builder,
             Message     *message,
             gboolean     metadata_only,
             GStrv        only)
{
  json_builder_set_member_name (builder, "payload");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "partId");
  json_builder_add_string_value (builder, "");
  json_builder_set_member_name (builder, "mimeType");
  json_builder_add_string_value (builder, message->attachment ? "multipart/mixed" : "multipart/alternative");
  json_builder_set_member_name (builder, "filename");
  json_builder_add_string_value (builder, "");
  add_top_headers (builder, message, only);
  if (metadata_only)
    {
      json_builder_end_object (builder);
      return;
    }
  add_empty_body (builder);

  if (message->attachment == NULL)
    {
      add_alternative (builder, "", message);
    }
  else
    {
      g_autofree char *id = _fake_google_gmail_attachment_id (message);
      g_autofree char *disposition = g_strdup_printf ("attachment; filename=\"%s\"",
                                                      message->attachment_name);

      json_builder_set_member_name (builder, "parts");
      json_builder_begin_array (builder);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "partId");
      json_builder_add_string_value (builder, "0");
      json_builder_set_member_name (builder, "mimeType");
      json_builder_add_string_value (builder, "multipart/alternative");
      json_builder_set_member_name (builder, "filename");
      json_builder_add_string_value (builder, "");
      json_builder_set_member_name (builder, "headers");
      json_builder_begin_array (builder);
      add_header (builder, "Content-Type", "multipart/alternative", NULL);
      json_builder_end_array (builder);
      add_empty_body (builder);
      add_alternative (builder, "0.", message);
      json_builder_end_object (builder);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "partId");
      json_builder_add_string_value (builder, "1");
      json_builder_set_member_name (builder, "mimeType");
      json_builder_add_string_value (builder, "text/calendar");
      json_builder_set_member_name (builder, "filename");
      json_builder_add_string_value (builder, message->attachment_name);
      json_builder_set_member_name (builder, "headers");
      json_builder_begin_array (builder);
      add_header (builder, "Content-Type", "text/calendar; charset=\"UTF-8\"", NULL);
      add_header (builder, "Content-Disposition", disposition, NULL);
      add_header (builder, "Content-Transfer-Encoding", "base64", NULL);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "body");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "attachmentId");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "size");
      json_builder_add_int_value (builder, strlen (message->attachment));
      json_builder_end_object (builder);
      json_builder_end_object (builder);

      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
}

void
_fake_google_gmail_add_labels (JsonBuilder *builder,
                               Message     *message)
{
  json_builder_set_member_name (builder, "labelIds");
  json_builder_begin_array (builder);
  for (guint i = 0; i < message->labels->len; i++)
    json_builder_add_string_value (builder, message->labels->pdata[i]);
  json_builder_end_array (builder);
}

void
_fake_google_gmail_add_message_ref (JsonBuilder *builder,
                                    Message     *message)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, message->id);
  json_builder_set_member_name (builder, "threadId");
  json_builder_add_string_value (builder, message->thread_id);
  _fake_google_gmail_add_labels (builder, message);
  json_builder_end_object (builder);
}

void
_fake_google_gmail_add_message_json (JsonBuilder *builder,
                                     Message     *message,
                                     const char  *format,
                                     GStrv        only)
{
  g_autofree char *history_id = g_strdup_printf ("%" G_GUINT64_FORMAT, message->history_id);
  g_autofree char *internal_date = g_strdup_printf ("%" G_GINT64_FORMAT, message->internal_date);
  g_autofree char *snippet = make_snippet (message->text);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, message->id);
  json_builder_set_member_name (builder, "threadId");
  json_builder_add_string_value (builder, message->thread_id);
  _fake_google_gmail_add_labels (builder, message);
  json_builder_set_member_name (builder, "snippet");
  json_builder_add_string_value (builder, snippet);
  json_builder_set_member_name (builder, "sizeEstimate");
  json_builder_add_int_value (builder, strlen (message->raw));
  json_builder_set_member_name (builder, "historyId");
  json_builder_add_string_value (builder, history_id);
  json_builder_set_member_name (builder, "internalDate");
  json_builder_add_string_value (builder, internal_date);

  if (g_str_equal (format, "raw"))
    {
      g_autofree char *raw = _fake_google_gmail_base64url (message->raw, strlen (message->raw), FALSE);

      json_builder_set_member_name (builder, "raw");
      json_builder_add_string_value (builder, raw);
    }
  else if (message->mime_payload && (g_str_equal (format, "metadata") || g_str_equal (format, "full")))
    {
      _fake_google_gmail_add_mime_payload (builder, message, g_str_equal (format, "metadata"), only);
    }
  else if (g_str_equal (format, "metadata"))
    {
      add_payload (builder, message, TRUE, only);
    }
  else if (g_str_equal (format, "full"))
    {
      add_payload (builder, message, FALSE, NULL);
    }

  json_builder_end_object (builder);
}
