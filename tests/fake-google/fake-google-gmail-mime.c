/* fake-google-gmail-mime.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "pursuit-gmime.h"

#include "fake-google-gmail-private.h"

/* Messages that reach the fake as RFC 5322 text (sent by the client, or
 * added by a test) are answered the way Gmail answers them: the MIME tree
 * of the message itself becomes the payload, part by part, with the
 * header values as they were written, decoded bodies in base64url, and
 * an attachmentId for every part with a file name. */

static void
ensure_gmime (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      g_mime_init ();
      g_once_init_leave (&initialized, 1);
    }
}

static GMimeMessage *
parse_message (const char *raw)
{
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GMimeParser) parser = NULL;

  ensure_gmime ();
  stream = g_mime_stream_mem_new_with_buffer (raw, strlen (raw));
  parser = g_mime_parser_new_with_stream (stream);
  return g_mime_parser_construct_message (parser, NULL);
}

/* A header value as written, folding undone. */
static char *
unfold (const char *value)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (const char *p = value; p != NULL && *p != '\0'; p++)
    {
      if (*p == '\r' || *p == '\n')
        continue;
      g_string_append_c (line, *p == '\t' ? ' ' : *p);
    }
  return g_strdup (g_strstrip (line->str));
}

static char *
header_value (GMimeObject *object,
              const char  *name)
{
  GMimeHeaderList *headers = g_mime_object_get_header_list (object);
  GMimeHeader *header = g_mime_header_list_get_header (headers, name);

  return header != NULL ? unfold (g_mime_header_get_raw_value (header)) : NULL;
}

static GBytes *
decoded_content (GMimeObject *object)
{
  g_autoptr(GMimeStream) out = g_mime_stream_mem_new ();
  GByteArray *array;

  if (GMIME_IS_PART (object))
    {
      GMimeDataWrapper *content = g_mime_part_get_content (GMIME_PART (object));

      if (content != NULL)
        g_mime_data_wrapper_write_to_stream (content, out);
    }
  else if (GMIME_IS_MESSAGE_PART (object))
    {
      GMimeMessage *inner = g_mime_message_part_get_message (GMIME_MESSAGE_PART (object));

      if (inner != NULL)
        g_mime_object_write_to_stream (GMIME_OBJECT (inner), NULL, out);
    }

  array = g_mime_stream_mem_get_byte_array (GMIME_STREAM_MEM (out));
  return g_bytes_new (array->data, array->len);
}

static char *
content_type_of (GMimeObject *object)
{
  GMimeContentType *type = g_mime_object_get_content_type (object);
  g_autofree char *mime_type = type != NULL ? g_mime_content_type_get_mime_type (type) : NULL;

  return g_ascii_strdown (mime_type != NULL ? mime_type : "text/plain", -1);
}

static const char *
filename_of (GMimeObject *object)
{
  const char *name = GMIME_IS_PART (object) ? g_mime_part_get_filename (GMIME_PART (object)) : NULL;

  return name != NULL ? name : "";
}

static gboolean
wanted_header (const char *name,
               GStrv       only)
{
  if (only == NULL || only[0] == NULL)
    return TRUE;
  for (guint i = 0; only[i] != NULL; i++)
    if (g_ascii_strcasecmp (only[i], name) == 0)
      return TRUE;
  return FALSE;
}

static void
add_headers_of (JsonBuilder     *builder,
                GMimeHeaderList *headers,
                GHashTable      *seen,
                GStrv            only)
{
  for (int i = 0; headers != NULL && i < g_mime_header_list_get_count (headers); i++)
    {
      GMimeHeader *header = g_mime_header_list_get_header_at (headers, i);
      const char *name = g_mime_header_get_name (header);
      g_autofree char *key = g_ascii_strdown (name, -1);
      g_autofree char *value = NULL;

      if (g_hash_table_contains (seen, key) && !g_str_equal (key, "received"))
        continue;
      if (!wanted_header (name, only))
        continue;
      g_hash_table_add (seen, g_steal_pointer (&key));
      value = unfold (g_mime_header_get_raw_value (header));
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, name);
      json_builder_set_member_name (builder, "value");
      json_builder_add_string_value (builder, value);
      json_builder_end_object (builder);
    }
}

static char *
attachment_id (Message    *message,
               const char *part_id)
{
  return g_strdup_printf ("ANGjdJ_%s_p%s", message->id, part_id);
}

static void add_part (JsonBuilder *builder, Message *message, GMimeObject *object,
                      GMimeHeaderList *extra_headers, const char *part_id, gboolean metadata_only,
                      GStrv only);

static void
add_children (JsonBuilder *builder,
              Message     *message,
              GMimeObject *object,
              const char  *part_id)
{
  GMimeMultipart *multipart = GMIME_MULTIPART (object);

  json_builder_set_member_name (builder, "parts");
  json_builder_begin_array (builder);
  for (int i = 0; i < g_mime_multipart_get_count (multipart); i++)
    {
      g_autofree char *child_id = part_id[0] == '\0' ? g_strdup_printf ("%d", i)
                                                     : g_strdup_printf ("%s.%d", part_id, i);

      add_part (builder, message, g_mime_multipart_get_part (multipart, i), NULL, child_id, FALSE, NULL);
    }
  json_builder_end_array (builder);
}

static void
add_body (JsonBuilder *builder,
          Message     *message,
          GMimeObject *object,
          const char  *part_id)
{
  json_builder_set_member_name (builder, "body");
  json_builder_begin_object (builder);
  if (GMIME_IS_MULTIPART (object))
    {
      json_builder_set_member_name (builder, "size");
      json_builder_add_int_value (builder, 0);
    }
  else
    {
      g_autoptr(GBytes) content = decoded_content (object);
      gsize size = g_bytes_get_size (content);

      if (filename_of (object)[0] != '\0')
        {
          g_autofree char *id = attachment_id (message, part_id);

          json_builder_set_member_name (builder, "attachmentId");
          json_builder_add_string_value (builder, id);
        }
      else if (size > 0)
        {
          g_autofree char *data = _fake_google_gmail_base64url (g_bytes_get_data (content, NULL), size, TRUE);

          json_builder_set_member_name (builder, "data");
          json_builder_add_string_value (builder, data);
        }
      json_builder_set_member_name (builder, "size");
      json_builder_add_int_value (builder, size);
    }
  json_builder_end_object (builder);
}

static void
add_part (JsonBuilder     *builder,
          Message         *message,
          GMimeObject     *object,
          GMimeHeaderList *extra_headers,
          const char      *part_id,
          gboolean         metadata_only,
          GStrv            only)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *mime_type = content_type_of (object);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "partId");
  json_builder_add_string_value (builder, part_id);
  json_builder_set_member_name (builder, "mimeType");
  json_builder_add_string_value (builder, mime_type);
  json_builder_set_member_name (builder, "filename");
  json_builder_add_string_value (builder, filename_of (object));
  json_builder_set_member_name (builder, "headers");
  json_builder_begin_array (builder);
  add_headers_of (builder, extra_headers, seen, only);
  add_headers_of (builder, g_mime_object_get_header_list (object), seen, only);
  json_builder_end_array (builder);

  if (!metadata_only)
    {
      add_body (builder, message, object, part_id);
      if (GMIME_IS_MULTIPART (object))
        add_children (builder, message, object, part_id);
    }
  json_builder_end_object (builder);
}

void
_fake_google_gmail_add_mime_payload (JsonBuilder *builder,
                                     Message     *message,
                                     gboolean     metadata_only,
                                     GStrv        only)
{
  g_autoptr(GMimeMessage) parsed = parse_message (message->raw);
  GMimeObject *body = parsed != NULL ? g_mime_message_get_mime_part (parsed) : NULL;

  json_builder_set_member_name (builder, "payload");
  if (body == NULL)
    {
      /* Only headers, or nothing Gmail could read: an empty text part. */
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "partId");
      json_builder_add_string_value (builder, "");
      json_builder_set_member_name (builder, "mimeType");
      json_builder_add_string_value (builder, "text/plain");
      json_builder_set_member_name (builder, "filename");
      json_builder_add_string_value (builder, "");
      json_builder_set_member_name (builder, "headers");
      json_builder_begin_array (builder);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "body");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "size");
      json_builder_add_int_value (builder, 0);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      return;
    }

  add_part (builder, message, body, g_mime_object_get_header_list (GMIME_OBJECT (parsed)), "",
            metadata_only, only);
}

/* Attachments -------------------------------------------------------------- */

typedef struct
{
  const char *wanted;
  GBytes     *found;
} Search;

static void
find_part (GMimeObject *object,
           const char  *part_id,
           Search      *search)
{
  if (search->found != NULL)
    return;

  if (GMIME_IS_MULTIPART (object))
    {
      GMimeMultipart *multipart = GMIME_MULTIPART (object);

      for (int i = 0; i < g_mime_multipart_get_count (multipart); i++)
        {
          g_autofree char *child_id = part_id[0] == '\0' ? g_strdup_printf ("%d", i)
                                                         : g_strdup_printf ("%s.%d", part_id, i);

          find_part (g_mime_multipart_get_part (multipart, i), child_id, search);
        }
      return;
    }

  if (g_str_equal (part_id, search->wanted) && filename_of (object)[0] != '\0')
    search->found = decoded_content (object);
}

GBytes *
_fake_google_gmail_mime_attachment (Message    *message,
                                    const char *id)
{
  g_autofree char *prefix = g_strdup_printf ("ANGjdJ_%s_p", message->id);
  g_autoptr(GMimeMessage) parsed = NULL;
  Search search = { 0 };

  if (!g_str_has_prefix (id, prefix))
    return NULL;
  parsed = parse_message (message->raw);
  if (parsed == NULL || g_mime_message_get_mime_part (parsed) == NULL)
    return NULL;

  search.wanted = id + strlen (prefix);
  find_part (g_mime_message_get_mime_part (parsed), "", &search);
  return search.found;
}

/* Reading a raw message ---------------------------------------------------- */

typedef struct
{
  char *text;
  char *html;
} Texts;

static void
collect_texts (GMimeObject *parent,
               GMimeObject *part,
               gpointer     user_data)
{
  Texts *texts = user_data;
  g_autofree char *mime_type = NULL;

  if (!GMIME_IS_TEXT_PART (part) || filename_of (part)[0] != '\0')
    return;

  mime_type = content_type_of (part);
  if (texts->text == NULL && g_str_equal (mime_type, "text/plain"))
    texts->text = g_mime_text_part_get_text (GMIME_TEXT_PART (part));
  else if (texts->html == NULL && g_str_equal (mime_type, "text/html"))
    texts->html = g_mime_text_part_get_text (GMIME_TEXT_PART (part));
}

gboolean
_fake_google_gmail_read_raw (Message *message)
{
  g_autoptr(GMimeMessage) parsed = parse_message (message->raw);
  Texts texts = { 0 };

  if (parsed == NULL)
    return FALSE;

  message->from = header_value (GMIME_OBJECT (parsed), "From");
  message->to = header_value (GMIME_OBJECT (parsed), "To");
  /* Decoded: Gmail compares subjects, not their encodings, to thread. */
  message->subject = g_strdup (g_mime_message_get_subject (parsed));
  message->message_id = header_value (GMIME_OBJECT (parsed), "Message-ID");
  message->in_reply_to = header_value (GMIME_OBJECT (parsed), "In-Reply-To");
  message->references = header_value (GMIME_OBJECT (parsed), "References");

  g_mime_message_foreach (parsed, collect_texts, &texts);
  message->text = texts.text != NULL ? texts.text : g_strdup (texts.html ? texts.html : "");
  message->html = texts.html != NULL ? texts.html : _fake_google_gmail_wrap_html (message->text);
  message->mime_payload = TRUE;

  if (message->from == NULL)
    message->from = g_strdup ("");
  if (message->subject == NULL)
    message->subject = g_strdup ("");
  return TRUE;
}
