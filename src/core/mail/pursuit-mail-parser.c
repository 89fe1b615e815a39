/* pursuit-mail-parser.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-parser"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pursuit-html-text.h"
#include "pursuit-mail-parser.h"
#include "pursuit-mime-private.h"

/* GMime does the MIME work (headers, encoded words, transfer encodings,
 * charsets); what is left here is choosing the parts that matter and
 * making everything that comes out valid, bounded UTF-8, whatever came
 * in. */

/* Deeper trees are built by hostile mail only: what lies below is not read. */
#define MAX_DEPTH 32
/* Beyond this an HTML part is cut before it is turned into text: the
 * body text keeps 64 KiB anyway. */
#define MAX_HTML_BYTES (2 * 1024 * 1024)
/* Enough for 64 KiB of text in any charset; the rest is not converted. */
#define MAX_PLAIN_BYTES (1024 * 1024)
#define MAX_CALENDAR_BYTES (256 * 1024)
#define SNIPPET_CHARS 200

typedef struct
{
  GMimePart *plain;
  GMimePart *html;
  GMimePart *calendar;
} Parts;

G_DEFINE_QUARK (pursuit-mail-error-quark, pursuit_mail_error)

static gpointer
init_once (gpointer data)
{
  g_mime_init ();
  return NULL;
}

void
pursuit_mail_init (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_once, NULL);
}

char *
_pursuit_mail_make_valid (const char *text,
                          gssize      length)
{
  g_autofree char *copy = NULL;
  gsize len;
  char *valid;

  if (text == NULL)
    return g_strdup ("");

  len = length < 0 ? strlen (text) : (gsize) length;

  /* g_utf8_make_valid keeps NULs, which would end the string early for
   * everything downstream. */
  if (memchr (text, '\0', len) != NULL)
    {
      copy = g_memdup2 (text, len);
      for (gsize i = 0; i < len; i++)
        if (copy[i] == '\0')
          copy[i] = ' ';
      text = copy;
    }

  valid = g_utf8_make_valid (text, len);
  return valid;
}

static char *
strip_or_null (char *text)
{
  if (text == NULL)
    return NULL;

  g_strstrip (text);
  if (*text == '\0')
    {
      g_free (text);
      return NULL;
    }

  return text;
}

static gboolean
ends_with_ics (const char *filename)
{
  gsize len;

  if (filename == NULL)
    return FALSE;

  len = strlen (filename);
  return len >= 4 && g_ascii_strcasecmp (filename + len - 4, ".ics") == 0;
}

static void
collect_parts (GMimeObject *object,
               Parts       *parts,
               guint        depth)
{
  if (depth > MAX_DEPTH)
    return;

  if (GMIME_IS_MULTIPART (object))
    {
      GMimeMultipart *multipart = GMIME_MULTIPART (object);
      int n = g_mime_multipart_get_count (multipart);

      for (int i = 0; i < n; i++)
        collect_parts (g_mime_multipart_get_part (multipart, i), parts, depth + 1);
    }
  else if (GMIME_IS_PART (object))
    {
      GMimePart *part = GMIME_PART (object);
      GMimeContentType *type = g_mime_object_get_content_type (object);
      const char *filename = g_mime_part_get_filename (part);

      if (g_mime_content_type_is_type (type, "text", "calendar") || ends_with_ics (filename))
        {
          if (parts->calendar == NULL)
            parts->calendar = part;
        }
      else if (g_mime_part_is_attachment (part))
        {
          /* An attached .txt or .html is not what the sender wrote. */
        }
      else if (g_mime_content_type_is_type (type, "text", "plain"))
        {
          if (parts->plain == NULL)
            parts->plain = part;
        }
      else if (g_mime_content_type_is_type (type, "text", "html"))
        {
          if (parts->html == NULL)
            parts->html = part;
        }
    }
  /* A forwarded message (message/rfc822) is someone else's mail: its
   * words are not this message's. */
}

/* The part's content with its transfer encoding undone, at most
 * @max_bytes (0 for all). */
static GByteArray *
decode_content (GMimePart *part,
                gsize      max_bytes)
{
  GMimeDataWrapper *content = g_mime_part_get_content (part);
  g_autoptr(GMimeStream) stream = NULL;
  GByteArray *array;

  array = g_byte_array_new ();
  if (content == NULL)
    return array;

  stream = g_mime_stream_mem_new_with_byte_array (array);
  /* The stream owns nothing: the array is ours. */
  g_mime_stream_mem_set_owner (GMIME_STREAM_MEM (stream), FALSE);
  g_mime_data_wrapper_write_to_stream (content, stream);

  if (max_bytes > 0 && array->len > max_bytes)
    g_byte_array_set_size (array, max_bytes);

  return array;
}

static gboolean
charset_is_utf8 (const char *charset)
{
  return charset == NULL ||
         g_ascii_strcasecmp (charset, "utf-8") == 0 ||
         g_ascii_strcasecmp (charset, "utf8") == 0 ||
         g_ascii_strcasecmp (charset, "us-ascii") == 0 ||
         g_ascii_strcasecmp (charset, "ascii") == 0;
}

/* Decoded part content as valid UTF-8. Undeclared 8-bit text is UTF-8
 * when it is valid UTF-8, else most likely Windows-1252. */
static char *
part_to_utf8 (GMimePart *part,
              gsize      max_bytes)
{
  g_autoptr(GByteArray) array = decode_content (part, max_bytes);
  const char *charset = g_mime_object_get_content_type_parameter (GMIME_OBJECT (part), "charset");
  const char *data = (const char *) array->data;
  gsize len = array->len;
  g_autofree char *converted = NULL;
  gsize written = 0;

  if (len == 0)
    return g_strdup ("");

  if (charset_is_utf8 (charset) && (charset != NULL || g_utf8_validate (data, len, NULL)))
    return _pursuit_mail_make_valid (data, len);

  if (charset == NULL)
    charset = "WINDOWS-1252";

  converted = g_convert (data, len, "UTF-8", g_mime_charset_iconv_name (charset),
                         NULL, &written, NULL);
  if (converted == NULL)
    converted = g_convert (data, len, "UTF-8", "ISO-8859-1", NULL, &written, NULL);
  if (converted == NULL)
    return _pursuit_mail_make_valid (data, len);

  return _pursuit_mail_make_valid (converted, written);
}

/* Line ends to "\n", and at most PURSUIT_MAIL_MAX_BODY_TEXT bytes cut
 * between characters. */
static char *
normalize_body (const char *text)
{
  GString *out = g_string_sized_new (MIN (strlen (text), PURSUIT_MAIL_MAX_BODY_TEXT) + 1);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
          continue;
        }

      g_string_append_c (out, *p);
      if (out->len > PURSUIT_MAIL_MAX_BODY_TEXT)
        break;
    }

  if (out->len > PURSUIT_MAIL_MAX_BODY_TEXT)
    {
      const char *end = out->str + PURSUIT_MAIL_MAX_BODY_TEXT;

      /* Step back to the first byte of the character that does not fit. */
      while (end > out->str && (*end & 0xc0) == 0x80)
        end--;
      g_string_truncate (out, end - out->str);
    }

  return g_string_free (out, FALSE);
}

static char *
body_text_of (const Parts *parts)
{
  g_autofree char *text = NULL;

  if (parts->plain != NULL)
    {
      text = part_to_utf8 (parts->plain, MAX_PLAIN_BYTES);
    }
  else if (parts->html != NULL)
    {
      g_autofree char *html = part_to_utf8 (parts->html, MAX_HTML_BYTES);

      text = pursuit_html_to_text (html, -1);
    }

  if (text == NULL)
    return g_strdup ("");

  return normalize_body (text);
}

static char *
calendar_data_of (const Parts *parts)
{
  g_autofree char *data = NULL;

  if (parts->calendar == NULL)
    return NULL;

  data = part_to_utf8 (parts->calendar, MAX_CALENDAR_BYTES + 1);
  if (strlen (data) > MAX_CALENDAR_BYTES)
    {
      g_debug ("Ignoring a calendar part over %d bytes", MAX_CALENDAR_BYTES);
      return NULL;
    }

  return strip_or_null (g_steal_pointer (&data));
}

static const char *
message_header (const char *name,
                gpointer    user_data)
{
  return g_mime_object_get_header (GMIME_OBJECT (user_data), name);
}

static const char *
first_mailbox_in (InternetAddressList *list,
                  const char         **out_name,
                  guint                depth)
{
  int n;

  if (list == NULL || depth > 2)
    return NULL;

  n = internet_address_list_length (list);
  for (int i = 0; i < n; i++)
    {
      InternetAddress *address = internet_address_list_get_address (list, i);
      const char *found = NULL;

      if (INTERNET_ADDRESS_IS_MAILBOX (address))
        {
          found = internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (address));
          if (found != NULL && strchr (found, '@') != NULL)
            {
              *out_name = internet_address_get_name (address);
              return found;
            }
        }
      else if (INTERNET_ADDRESS_IS_GROUP (address))
        {
          InternetAddressList *members = internet_address_group_get_members (INTERNET_ADDRESS_GROUP (address));

          found = first_mailbox_in (members, out_name, depth + 1);
          if (found != NULL)
            return found;
        }
    }

  return NULL;
}

static gboolean
address_from_list (InternetAddressList  *list,
                   char                **out_name,
                   char                **out_address)
{
  const char *name = NULL;
  const char *address = first_mailbox_in (list, &name, 0);
  g_autofree char *valid_address = NULL;

  if (address == NULL)
    return FALSE;

  valid_address = _pursuit_mail_make_valid (address, -1);

  if (out_name != NULL)
    {
      g_autofree char *valid_name = name != NULL ? _pursuit_mail_make_valid (name, -1) : NULL;

      *out_name = strip_or_null (g_steal_pointer (&valid_name));
    }
  if (out_address != NULL)
    *out_address = g_utf8_strdown (valid_address, -1);

  return TRUE;
}

/* "<a@b> <c@d>" from whatever form the header had. */
static char *
normalize_references (const char *value)
{
  g_autoptr(GMimeReferences) refs = NULL;
  g_autoptr(GString) out = NULL;
  int n;

  if (value == NULL)
    return NULL;

  refs = g_mime_references_parse (NULL, value);
  if (refs == NULL)
    return NULL;

  out = g_string_new (NULL);
  n = g_mime_references_length (refs);
  for (int i = 0; i < n; i++)
    {
      const char *id = g_mime_references_get_message_id (refs, i);
      g_autofree char *valid = NULL;

      if (id == NULL || *id == '\0')
        continue;

      valid = _pursuit_mail_make_valid (id, -1);
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, "<%s>", valid);
    }

  if (out->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
read_headers (GMimeMessage       *mime,
              PursuitMailMessage *message)
{
  InternetAddressList *to;
  const char *subject = g_mime_message_get_subject (mime);
  const char *message_id = g_mime_message_get_message_id (mime);
  GDateTime *date = g_mime_message_get_date (mime);
  g_autofree char *from_name = NULL;
  g_autofree char *from_address = NULL;
  g_autofree char *reply_to = NULL;
  g_autofree char *in_reply_to = NULL;
  g_autofree char *references = NULL;

  if (address_from_list (g_mime_message_get_from (mime), &from_name, &from_address))
    {
      pursuit_mail_message_set_from_name (message, from_name);
      pursuit_mail_message_set_from_address (message, from_address);
    }
  else if (g_mime_message_get_sender (mime) != NULL &&
           address_from_list (g_mime_message_get_sender (mime), &from_name, &from_address))
    {
      pursuit_mail_message_set_from_name (message, from_name);
      pursuit_mail_message_set_from_address (message, from_address);
    }

  if (address_from_list (g_mime_message_get_reply_to (mime), NULL, &reply_to))
    pursuit_mail_message_set_reply_to_address (message, reply_to);

  to = g_mime_message_get_to (mime);
  if (to != NULL && internet_address_list_length (to) > 0)
    {
      g_autofree char *text = internet_address_list_to_string (to, NULL, FALSE);
      g_autofree char *valid = _pursuit_mail_make_valid (text, -1);

      pursuit_mail_message_set_to (message, valid);
    }

  if (subject != NULL)
    {
      g_autofree char *valid = _pursuit_mail_make_valid (subject, -1);

      pursuit_mail_message_set_subject (message, g_strstrip (valid));
    }

  if (message_id != NULL && *message_id != '\0')
    {
      g_autofree char *valid = _pursuit_mail_make_valid (message_id, -1);
      g_autofree char *bracketed = g_strdup_printf ("<%s>", valid);

      pursuit_mail_message_set_message_id (message, bracketed);
    }

  in_reply_to = normalize_references (message_header ("In-Reply-To", mime));
  pursuit_mail_message_set_in_reply_to (message, in_reply_to);
  references = normalize_references (message_header ("References", mime));
  pursuit_mail_message_set_references (message, references);

  if (date != NULL)
    pursuit_mail_message_set_received_at (message, g_date_time_to_unix (date));

  pursuit_mail_message_set_bulk (message, pursuit_mail_headers_are_bulk (message_header, mime));
}

static GMimeMessage *
construct_message (GBytes  *rfc5322,
                   GError **error)
{
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GMimeParser) parser = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (rfc5322, &size);

  if (size == 0)
    {
      g_set_error_literal (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_INVALID,
                           _("The email is empty."));
      return NULL;
    }

  if (size > PURSUIT_MAIL_MAX_SIZE)
    {
      g_set_error (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_TOO_LARGE,
                   _("The email is larger than %u MiB."),
                   (guint) (PURSUIT_MAIL_MAX_SIZE / (1024 * 1024)));
      return NULL;
    }

  /* The stream reads the caller's bytes in place; @rfc5322 outlives it. */
  stream = g_mime_stream_mem_new_with_buffer (data, size);
  parser = g_mime_parser_new_with_stream (stream);
  g_mime_parser_set_format (parser, GMIME_FORMAT_MESSAGE);

  return g_mime_parser_construct_message (parser, NULL);
}

PursuitMailMessage *
pursuit_mail_parse (GBytes  *rfc5322,
                    GError **error)
{
  g_autoptr(PursuitMailMessage) message = NULL;
  g_autoptr(GMimeMessage) mime = NULL;
  g_autofree char *body = NULL;
  g_autofree char *snippet = NULL;
  g_autofree char *calendar = NULL;
  GMimeObject *root;
  Parts parts = { NULL, };
  GError *local_error = NULL;

  g_return_val_if_fail (rfc5322 != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pursuit_mail_init ();

  mime = construct_message (rfc5322, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  if (mime == NULL ||
      (g_mime_object_get_header (GMIME_OBJECT (mime), "From") == NULL &&
       g_mime_object_get_header (GMIME_OBJECT (mime), "Subject") == NULL))
    {
      g_set_error_literal (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_INVALID,
                           _("This is not an email: it has neither a sender nor a subject."));
      return NULL;
    }

  message = pursuit_mail_message_new ();
  read_headers (mime, message);

  root = g_mime_message_get_mime_part (mime);
  if (root != NULL)
    collect_parts (root, &parts, 0);

  body = body_text_of (&parts);
  snippet = pursuit_mail_make_snippet (body);
  calendar = calendar_data_of (&parts);

  pursuit_mail_message_set_body_text (message, body);
  pursuit_mail_message_set_snippet (message, snippet);
  pursuit_mail_message_set_calendar_data (message, calendar);

  return g_steal_pointer (&message);
}

PursuitMailMessage *
pursuit_mail_parse_file (const char  *path,
                         GError     **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf info;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Looking before reading keeps a huge file out of memory. */
  if (g_stat (path, &info) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), g_strerror (saved_errno));
      return NULL;
    }

  if (S_ISREG (info.st_mode) && (guint64) info.st_size > PURSUIT_MAIL_MAX_SIZE)
    {
      g_set_error (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_TOO_LARGE,
                   _("The email is larger than %u MiB."),
                   (guint) (PURSUIT_MAIL_MAX_SIZE / (1024 * 1024)));
      return NULL;
    }

  if (S_ISDIR (info.st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, g_strerror (EISDIR));
      return NULL;
    }

  mapped = g_mapped_file_new (path, FALSE, error);
  if (mapped == NULL)
    return NULL;

  bytes = g_mapped_file_get_bytes (mapped);
  return pursuit_mail_parse (bytes, error);
}

char *
pursuit_mail_decode_header (const char *value)
{
  g_autofree char *unfolded = NULL;
  g_autofree char *decoded = NULL;

  if (value == NULL)
    return NULL;

  pursuit_mail_init ();

  unfolded = g_mime_utils_header_unfold (value);
  decoded = g_mime_utils_header_decode_text (NULL, unfolded != NULL ? unfolded : value);
  if (decoded == NULL)
    return _pursuit_mail_make_valid (value, -1);

  return g_strstrip (_pursuit_mail_make_valid (decoded, -1));
}

gboolean
pursuit_mail_parse_address (const char  *value,
                            char       **out_name,
                            char       **out_address)
{
  g_autoptr(InternetAddressList) list = NULL;
  g_autofree char *name = NULL;
  g_autofree char *address = NULL;

  if (out_name != NULL)
    *out_name = NULL;
  if (out_address != NULL)
    *out_address = NULL;

  if (value == NULL || *value == '\0')
    return FALSE;

  pursuit_mail_init ();

  list = internet_address_list_parse (NULL, value);
  if (list == NULL || !address_from_list (list, &name, &address))
    return FALSE;

  if (out_name != NULL)
    *out_name = g_steal_pointer (&name);
  if (out_address != NULL)
    *out_address = g_steal_pointer (&address);

  return TRUE;
}

gboolean
pursuit_mail_headers_are_bulk (PursuitMailHeaderFunc get_header,
                               gpointer              user_data)
{
  const char *precedence;

  g_return_val_if_fail (get_header != NULL, FALSE);

  if (get_header ("List-Id", user_data) != NULL ||
      get_header ("List-Unsubscribe", user_data) != NULL)
    return TRUE;

  /* Auto-Submitted is set by every ATS confirmation too: it says "a
   * machine", not "many people", so it is not read here. */
  precedence = get_header ("Precedence", user_data);
  if (precedence != NULL)
    {
      g_autofree char *value = g_strstrip (g_ascii_strdown (precedence, -1));

      return g_str_equal (value, "bulk") ||
             g_str_equal (value, "list") ||
             g_str_equal (value, "junk");
    }

  return FALSE;
}

char *
pursuit_mail_make_snippet (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  gboolean pending_space = FALSE;
  guint n_chars = 0;

  if (text == NULL)
    return g_strdup ("");

  valid = _pursuit_mail_make_valid (text, -1);
  out = g_string_sized_new (SNIPPET_CHARS + 8);

  for (const char *p = valid; *p != '\0' && n_chars < SNIPPET_CHARS; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00a0)
        {
          pending_space = out->len > 0;
          continue;
        }

      if (pending_space)
        {
          g_string_append_c (out, ' ');
          n_chars++;
          pending_space = FALSE;
          if (n_chars >= SNIPPET_CHARS)
            break;
        }

      g_string_append_unichar (out, c);
      n_chars++;
    }

  return g_string_free (out, FALSE);
}
