/* pursuit-gmail-json.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Gmail's Message resource (google-apis.md §2.2) read into a
 * PursuitMailMessage. Everything in it comes from outside: each member is
 * checked for its JSON type, the walk through the parts is bounded, and
 * text is made valid UTF-8 before it goes anywhere. */

#define G_LOG_DOMAIN "pursuit-gmail"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gmime/gmime.h>
#include <libsoup/soup.h>

#include "pursuit-base64url.h"
#include "pursuit-gmail-private.h"
#include "pursuit-html-text.h"
#include "pursuit-http-errors-private.h"
#include "pursuit-mail-parser.h"

/* Deeper nesting than this is no mail a person wrote; what lies below is
 * left out rather than walked. */
#define MAX_PART_DEPTH 32
/* Parts looked at in one message, whatever their nesting. */
#define MAX_PARTS 1000

typedef struct
{
  char *plain;
  char *html;
  char *calendar;
  char *calendar_attachment_id;
  char *calendar_charset;
  guint n_parts;
} Walk;

static void
walk_clear (Walk *walk)
{
  g_clear_pointer (&walk->plain, g_free);
  g_clear_pointer (&walk->html, g_free);
  g_clear_pointer (&walk->calendar, g_free);
  g_clear_pointer (&walk->calendar_attachment_id, g_free);
  g_clear_pointer (&walk->calendar_charset, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Walk, walk_clear)

/* Typed members ------------------------------------------------------------ */

static gboolean
fail (GError     **error,
      const char  *why)
{
  if (error != NULL)
    *error = _pursuit_http_new_invalid_response_error (PURSUIT_GMAIL_SERVICE_NAME, why);
  return FALSE;
}

/* The member, or NULL when it is absent or null. */
static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

static gboolean
get_string (JsonObject  *object,
            const char  *name,
            const char **out,
            GError     **error)
{
  JsonNode *node = get_member (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, _("a message field has the wrong type"));
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_object (JsonObject  *object,
            const char  *name,
            JsonObject **out,
            GError     **error)
{
  JsonNode *node = get_member (object, name);

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, _("a message field has the wrong type"));
  *out = json_node_get_object (node);
  return TRUE;
}

/* An array whose elements are all of @element_type (JSON_NODE_OBJECT, or
 * JSON_NODE_VALUE for strings). */
static gboolean
get_array (JsonObject   *object,
           const char   *name,
           JsonNodeType  element_type,
           JsonArray   **out,
           GError      **error)
{
  JsonNode *node = get_member (object, name);
  JsonArray *array;

  *out = NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, _("a message field has the wrong type"));

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (JSON_NODE_TYPE (element) != element_type ||
          (element_type == JSON_NODE_VALUE && json_node_get_value_type (element) != G_TYPE_STRING))
        return fail (error, _("a message field has the wrong type"));
    }
  *out = array;
  return TRUE;
}

/* Headers ------------------------------------------------------------------ */

/* Each header must be {"name": string, "value": string}. */
static gboolean
check_headers (JsonArray  *headers,
               GError    **error)
{
  for (guint i = 0; headers != NULL && i < json_array_get_length (headers); i++)
    {
      JsonObject *header = json_array_get_object_element (headers, i);
      const char *name;
      const char *value;

      if (!get_string (header, "name", &name, error) || !get_string (header, "value", &value, error))
        return FALSE;
      if (name == NULL)
        return fail (error, _("a message header has no name"));
    }
  return TRUE;
}

/* The first header called @name (case-insensitive), or NULL. */
static const char *
find_header (const char *name,
             gpointer    user_data)
{
  JsonArray *headers = user_data;

  for (guint i = 0; headers != NULL && i < json_array_get_length (headers); i++)
    {
      JsonObject *header = json_array_get_object_element (headers, i);
      const char *header_name = json_object_get_string_member_with_default (header, "name", NULL);

      if (header_name != NULL && g_ascii_strcasecmp (header_name, name) == 0)
        {
          JsonNode *value = get_member (header, "value");

          return value != NULL ? json_node_get_string (value) : "";
        }
    }
  return NULL;
}

/* "<a@x> \r\n <b@y>" → "<a@x> <b@y>"; NULL when nothing is left. */
static char *
collapse_spaces (const char *value)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *valid = NULL;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  if (value == NULL)
    return NULL;

  valid = g_utf8_make_valid (value, -1);
  g_strdelimit (valid, "\t\r\n", ' ');
  words = g_strsplit (valid, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (kept, words[i]);
  list = g_strv_builder_end (kept);

  return list[0] != NULL ? g_strjoinv (" ", list) : NULL;
}

/* The charset parameter of a Content-Type, or NULL. */
static char *
dup_charset (const char *content_type)
{
  g_autoptr(SoupMessageHeaders) headers = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autofree char *value = NULL;
  const char *charset;

  if (content_type == NULL)
    return NULL;

  /* libsoup takes no line breaks in values. */
  value = g_strdup (content_type);
  g_strdelimit (value, "\r\n", ' ');
  headers = soup_message_headers_new (SOUP_MESSAGE_HEADERS_MULTIPART);
  soup_message_headers_append (headers, "Content-Type", value);
  if (soup_message_headers_get_content_type (headers, &params) == NULL || params == NULL)
    return NULL;
  charset = g_hash_table_lookup (params, "charset");
  return charset != NULL && charset[0] != '\0' ? g_strdup (charset) : NULL;
}

/* Body data ---------------------------------------------------------------- */

static gboolean
is_utf8_charset (const char *charset)
{
  return charset == NULL ||
         g_ascii_strcasecmp (charset, "utf-8") == 0 ||
         g_ascii_strcasecmp (charset, "utf8") == 0 ||
         g_ascii_strcasecmp (charset, "us-ascii") == 0 ||
         g_ascii_strcasecmp (charset, "ascii") == 0;
}

/* Gmail undoes the transfer encoding but not the charset: the bytes are
 * turned into valid UTF-8 here, the unknown charsets read as UTF-8. */
static char *
bytes_to_utf8 (GBytes     *bytes,
               const char *charset)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (data == NULL)
    return g_strdup ("");

  if (!is_utf8_charset (charset))
    {
      const char *iconv_name = g_mime_charset_iconv_name (charset);
      g_autofree char *converted = NULL;
      gsize written = 0;

      converted = g_convert (data, length, "UTF-8", iconv_name, NULL, &written, NULL);
      if (converted != NULL)
        return g_utf8_make_valid (converted, written);
      g_debug ("Text in charset %s could not be converted; read as UTF-8", charset);
    }

  return g_utf8_make_valid (data, length);
}

/* "data" of a MessagePartBody as UTF-8 text; NULL without an error when
 * there is no data. */
static gboolean
decode_body_data (JsonObject  *body,
                  const char  *charset,
                  char       **out,
                  GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;

  *out = NULL;
  if (!get_string (body, "data", &data, error))
    return FALSE;
  if (data == NULL)
    return TRUE;

  bytes = pursuit_base64url_decode (data, -1, &local_error);
  if (bytes == NULL)
    {
      g_debug ("Body data that is not base64url: %s", local_error->message);
      return fail (error, _("the text of a message is not base64url"));
    }

  *out = bytes_to_utf8 (bytes, charset);
  return TRUE;
}

/* The walk through the parts --------------------------------------------- */

static gboolean
has_suffix_nocase (const char *text,
                   const char *suffix)
{
  gsize length = strlen (text);
  gsize suffix_length = strlen (suffix);

  return length >= suffix_length && g_ascii_strcasecmp (text + length - suffix_length, suffix) == 0;
}

static gboolean
is_calendar (const char *mime_type,
             const char *filename)
{
  return g_ascii_strcasecmp (mime_type, "text/calendar") == 0 ||
         g_ascii_strcasecmp (mime_type, "application/ics") == 0 ||
         (filename != NULL && has_suffix_nocase (filename, ".ics"));
}

static gboolean
is_attachment (const char *filename,
               JsonArray  *headers)
{
  const char *disposition = find_header ("Content-Disposition", headers);

  return (filename != NULL && filename[0] != '\0') ||
         (disposition != NULL && g_ascii_strncasecmp (disposition, "attachment", strlen ("attachment")) == 0);
}

static gboolean
take_calendar (Walk        *walk,
               JsonObject  *body,
               const char  *charset,
               GError     **error)
{
  g_autofree char *text = NULL;
  const char *attachment_id;

  if (body == NULL)
    return TRUE;
  if (!decode_body_data (body, charset, &text, error) ||
      !get_string (body, "attachmentId", &attachment_id, error))
    return FALSE;

  if (text != NULL && text[0] != '\0')
    {
      if (strlen (text) <= PURSUIT_GMAIL_MAX_CALENDAR_DATA)
        walk->calendar = g_steal_pointer (&text);
      else
        g_debug ("Leaving out a calendar part of %zu bytes", strlen (text));
    }
  else if (attachment_id != NULL && attachment_id[0] != '\0')
    {
      walk->calendar_attachment_id = g_strdup (attachment_id);
      walk->calendar_charset = g_strdup (charset);
    }
  return TRUE;
}

static gboolean
walk_part (Walk        *walk,
           JsonObject  *part,
           guint        depth,
           GError     **error)
{
  g_autofree char *charset = NULL;
  const char *mime_type;
  const char *filename;
  JsonArray *headers;
  JsonObject *body;
  JsonArray *parts;
  gboolean attachment;

  if (++walk->n_parts > MAX_PARTS)
    return TRUE;

  if (!get_string (part, "mimeType", &mime_type, error) ||
      !get_string (part, "filename", &filename, error) ||
      !get_array (part, "headers", JSON_NODE_OBJECT, &headers, error) ||
      !check_headers (headers, error) ||
      !get_object (part, "body", &body, error) ||
      !get_array (part, "parts", JSON_NODE_OBJECT, &parts, error))
    return FALSE;
  if (mime_type == NULL)
    mime_type = "";

  charset = dup_charset (find_header ("Content-Type", headers));
  attachment = is_attachment (filename, headers);

  if (is_calendar (mime_type, filename))
    {
      if (walk->calendar == NULL && walk->calendar_attachment_id == NULL &&
          !take_calendar (walk, body, charset, error))
        return FALSE;
    }
  else if (!attachment && g_ascii_strcasecmp (mime_type, "text/plain") == 0)
    {
      if (walk->plain == NULL && body != NULL && !decode_body_data (body, charset, &walk->plain, error))
        return FALSE;
    }
  else if (!attachment && g_ascii_strcasecmp (mime_type, "text/html") == 0)
    {
      if (walk->html == NULL && body != NULL && !decode_body_data (body, charset, &walk->html, error))
        return FALSE;
    }

  if (parts == NULL)
    return TRUE;
  if (depth >= MAX_PART_DEPTH)
    {
      g_debug ("Leaving out parts nested deeper than %u", MAX_PART_DEPTH);
      return TRUE;
    }

  for (guint i = 0; i < json_array_get_length (parts); i++)
    if (!walk_part (walk, json_array_get_object_element (parts, i), depth + 1, error))
      return FALSE;

  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Body text: the plain part (lines ending in LF, as from a file), else
 * the HTML one as text; cut at a character boundary under
 * PURSUIT_MAIL_MAX_BODY_TEXT bytes. */
static char *
make_body_text (Walk *walk)
{
  g_autofree char *text = NULL;
  gsize length;

  if (walk->plain != NULL && !is_blank (walk->plain))
    {
      GString *lf = g_string_new (walk->plain);

      g_string_replace (lf, "\r\n", "\n", 0);
      text = g_string_free (lf, FALSE);
    }
  else if (walk->html != NULL)
    {
      text = pursuit_html_to_text (walk->html, -1);
    }

  if (text == NULL)
    return NULL;

  length = strlen (text);
  if (length > PURSUIT_MAIL_MAX_BODY_TEXT)
    {
      const char *end = g_utf8_find_prev_char (text, text + PURSUIT_MAIL_MAX_BODY_TEXT + 1);

      text[end - text] = '\0';
    }
  return g_steal_pointer (&text);
}

/* Message fields ----------------------------------------------------------- */

static gboolean
read_labels (PursuitMailMessage  *message,
             JsonObject          *object,
             GError             **error)
{
  g_autoptr(GString) labels = g_string_new (NULL);
  JsonArray *array;

  if (!get_array (object, "labelIds", JSON_NODE_VALUE, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *label = json_array_get_string_element (array, i);

      /* The list is comma-separated: a comma in a user label's id would
       * split it (Gmail's ids are Label_<n>, never with commas). */
      if (label[0] == '\0' || strchr (label, ',') != NULL)
        continue;
      if (labels->len > 0)
        g_string_append_c (labels, ',');
      g_string_append (labels, label);
      if (g_str_equal (label, "SENT"))
        pursuit_mail_message_set_outgoing (message, TRUE);
    }

  pursuit_mail_message_set_labels (message, labels->len > 0 ? labels->str : NULL);
  return TRUE;
}

/* internalDate: epoch milliseconds in a string; the Date header when it
 * is missing. */
static gboolean
read_received_at (PursuitMailMessage  *message,
                  JsonObject          *object,
                  JsonArray           *headers,
                  GError             **error)
{
  const char *internal_date;
  const char *date;
  gint64 ms;

  if (!get_string (object, "internalDate", &internal_date, error))
    return FALSE;

  if (internal_date != NULL)
    {
      if (!g_ascii_string_to_signed (internal_date, 10, 0, G_MAXINT64, &ms, NULL))
        return fail (error, _("the date of a message is not a number"));
      pursuit_mail_message_set_received_at (message, ms / 1000);
      return TRUE;
    }

  date = find_header ("Date", headers);
  if (date != NULL)
    {
      g_autoptr(GDateTime) parsed = g_mime_utils_header_decode_date (date);

      if (parsed != NULL)
        pursuit_mail_message_set_received_at (message, g_date_time_to_unix (parsed));
    }
  return TRUE;
}

static void
read_addresses (PursuitMailMessage *message,
                JsonArray          *headers)
{
  const char *from = find_header ("From", headers);
  const char *reply_to = find_header ("Reply-To", headers);
  const char *to = find_header ("To", headers);

  if (from != NULL)
    {
      g_autofree char *name = NULL;
      g_autofree char *address = NULL;

      if (pursuit_mail_parse_address (from, &name, &address))
        {
          pursuit_mail_message_set_from_name (message, name != NULL && name[0] != '\0' ? name : NULL);
          pursuit_mail_message_set_from_address (message, address);
        }
      else
        {
          g_autofree char *decoded = pursuit_mail_decode_header (from);

          pursuit_mail_message_set_from_name (message, decoded[0] != '\0' ? decoded : NULL);
        }
    }

  if (reply_to != NULL)
    {
      g_autofree char *name = NULL;
      g_autofree char *address = NULL;

      if (pursuit_mail_parse_address (reply_to, &name, &address))
        pursuit_mail_message_set_reply_to_address (message, address);
    }

  if (to != NULL)
    {
      g_autofree char *decoded = pursuit_mail_decode_header (to);

      pursuit_mail_message_set_to (message, decoded);
    }
}

static void
read_headers (PursuitMailMessage *message,
              JsonArray          *headers)
{
  const char *subject = find_header ("Subject", headers);
  g_autofree char *message_id = collapse_spaces (find_header ("Message-ID", headers));
  g_autofree char *in_reply_to = collapse_spaces (find_header ("In-Reply-To", headers));
  g_autofree char *references = collapse_spaces (find_header ("References", headers));

  read_addresses (message, headers);

  if (subject != NULL)
    {
      g_autofree char *decoded = pursuit_mail_decode_header (subject);

      pursuit_mail_message_set_subject (message, decoded);
    }

  pursuit_mail_message_set_message_id (message, message_id);
  pursuit_mail_message_set_in_reply_to (message, in_reply_to);
  pursuit_mail_message_set_references (message, references);
  pursuit_mail_message_set_bulk (message, pursuit_mail_headers_are_bulk (find_header, headers));
}

static gboolean
read_snippet (PursuitMailMessage  *message,
              JsonObject          *object,
              GError             **error)
{
  const char *snippet;
  g_autofree char *text = NULL;

  if (!get_string (object, "snippet", &snippet, error))
    return FALSE;

  /* Gmail's snippets carry HTML character references. */
  if (snippet != NULL)
    text = pursuit_html_unescape (snippet, -1);
  if ((text == NULL || g_strstrip (text)[0] == '\0') && pursuit_mail_message_get_body_text (message) != NULL)
    {
      g_free (text);
      text = pursuit_mail_make_snippet (pursuit_mail_message_get_body_text (message));
    }
  pursuit_mail_message_set_snippet (message, text != NULL && text[0] != '\0' ? text : NULL);
  return TRUE;
}

/* Private API -------------------------------------------------------------- */

PursuitMailMessage *
_pursuit_gmail_message_from_json (JsonObject  *object,
                                  char       **out_calendar_attachment_id,
                                  char       **out_calendar_charset,
                                  GError     **error)
{
  g_autoptr(PursuitMailMessage) message = NULL;
  g_auto(Walk) walk = { 0 };
  g_autofree char *body_text = NULL;
  const char *id;
  const char *thread_id;
  JsonObject *payload;
  JsonArray *headers = NULL;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pursuit_mail_init ();

  if (out_calendar_attachment_id != NULL)
    *out_calendar_attachment_id = NULL;
  if (out_calendar_charset != NULL)
    *out_calendar_charset = NULL;

  if (!get_string (object, "id", &id, error) ||
      !get_string (object, "threadId", &thread_id, error) ||
      !get_object (object, "payload", &payload, error))
    return NULL;
  if (id == NULL || id[0] == '\0')
    {
      fail (error, _("a message has no id"));
      return NULL;
    }

  message = pursuit_mail_message_new ();
  pursuit_mail_message_set_gmail_id (message, id);
  pursuit_mail_message_set_thread_id (message, thread_id != NULL && thread_id[0] != '\0' ? thread_id : id);

  if (payload != NULL)
    {
      if (!walk_part (&walk, payload, 0, error) ||
          !get_array (payload, "headers", JSON_NODE_OBJECT, &headers, error))
        return NULL;
      read_headers (message, headers);
    }

  if (!read_labels (message, object, error) ||
      !read_received_at (message, object, headers, error))
    return NULL;

  body_text = make_body_text (&walk);
  pursuit_mail_message_set_body_text (message, body_text);
  pursuit_mail_message_set_calendar_data (message, walk.calendar);

  if (!read_snippet (message, object, error))
    return NULL;

  if (out_calendar_attachment_id != NULL)
    *out_calendar_attachment_id = g_steal_pointer (&walk.calendar_attachment_id);
  if (out_calendar_charset != NULL)
    *out_calendar_charset = g_steal_pointer (&walk.calendar_charset);

  return g_steal_pointer (&message);
}

gboolean
_pursuit_gmail_set_calendar_from_json (PursuitMailMessage  *message,
                                       JsonObject          *body,
                                       const char          *charset,
                                       GError             **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PURSUIT_IS_MAIL_MESSAGE (message), FALSE);
  g_return_val_if_fail (body != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pursuit_mail_init ();

  if (!decode_body_data (body, charset, &text, error))
    return FALSE;
  if (text == NULL)
    return fail (error, _("an attachment has no data"));

  if (strlen (text) <= PURSUIT_GMAIL_MAX_CALENDAR_DATA)
    pursuit_mail_message_set_calendar_data (message, text);
  else
    g_debug ("Leaving out a calendar attachment of %zu bytes", strlen (text));
  return TRUE;
}
