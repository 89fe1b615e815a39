/* pursuit-mail-composer.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-composer"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-mail-composer.h"
#include "pursuit-mail-parser.h"
#include "pursuit-mime-private.h"

/* GMime writes the message: encoded words, quoting of names, folding and
 * transfer encodings are its business. Here we check what the user typed
 * and refuse what would make a broken or misleading message. */

/* Prefixes mail clients put before a reply's subject, lower case. */
static const char * const reply_prefixes[] = {
  "re", "aw", "antw", "antwort", "réf", "ref", "rif", "rv", "r", "res",
  "sv", "vs", "odp", "ynt", "atb", "wg"
};

PursuitOutgoingMail *
pursuit_outgoing_mail_new (void)
{
  return g_new0 (PursuitOutgoingMail, 1);
}

PursuitOutgoingMail *
pursuit_outgoing_mail_copy (const PursuitOutgoingMail *mail)
{
  PursuitOutgoingMail *copy;

  g_return_val_if_fail (mail != NULL, NULL);

  copy = pursuit_outgoing_mail_new ();
  copy->from_address = g_strdup (mail->from_address);
  copy->from_name = g_strdup (mail->from_name);
  copy->to = g_strdup (mail->to);
  copy->cc = g_strdup (mail->cc);
  copy->subject = g_strdup (mail->subject);
  copy->body = g_strdup (mail->body);
  copy->in_reply_to = g_strdup (mail->in_reply_to);
  copy->references = g_strdup (mail->references);
  copy->thread_id = g_strdup (mail->thread_id);

  return copy;
}

void
pursuit_outgoing_mail_free (PursuitOutgoingMail *mail)
{
  if (mail == NULL)
    return;

  g_free (mail->from_address);
  g_free (mail->from_name);
  g_free (mail->to);
  g_free (mail->cc);
  g_free (mail->subject);
  g_free (mail->body);
  g_free (mail->in_reply_to);
  g_free (mail->references);
  g_free (mail->thread_id);
  g_free (mail);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;

  return TRUE;
}

/* One header line: a line break in a name or subject would let the
 * rest of it become headers of its own. */
static char *
one_line (const char *text)
{
  g_autofree char *copy = g_strdup (text != NULL ? text : "");

  for (char *p = copy; *p != '\0'; p++)
    if (*p == '\r' || *p == '\n' || *p == '\t')
      *p = ' ';

  return g_strdup (g_strstrip (copy));
}

/* local@domain.tld with nothing a header could trip on. Gmail refuses
 * more than this anyway, and later than the user would like. */
static gboolean
address_is_plausible (const char *address)
{
  const char *at;
  const char *dot;

  if (address == NULL || !g_utf8_validate (address, -1, NULL))
    return FALSE;

  for (const char *p = address; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || strchr ("<>()[]\\,;:\"", *p) != NULL)
      return FALSE;

  at = strchr (address, '@');
  if (at == NULL || at == address || strchr (at + 1, '@') != NULL)
    return FALSE;

  dot = strrchr (at + 1, '.');
  return dot != NULL && dot != at + 1 && dot[1] != '\0' && at[1] != '.';
}

static gboolean
set_address_error (GError     **error,
                   const char  *field,
                   const char  *value)
{
  if (is_blank (value))
    g_set_error (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_ADDRESS,
                 /* Translators: %s is a field: "To", "Cc" or "From" */
                 _("Enter an email address in “%s”."), field);
  else
    g_set_error (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_ADDRESS,
                 /* Translators: the first %s is what was typed, the second a field */
                 _("“%s” in “%s” is not an email address."), value, field);
  return FALSE;
}

/* A mailbox whose name GMime encodes in UTF-8 when it is not ASCII. */
static void
add_mailbox (GMimeMessage     *message,
             GMimeAddressType  type,
             const char       *name,
             const char       *address)
{
  InternetAddress *mailbox = internet_address_mailbox_new (name, address);

  internet_address_set_charset (mailbox, "utf-8");
  internet_address_list_add (g_mime_message_get_addresses (message, type), mailbox);
  g_object_unref (mailbox);
}

/* Adds every mailbox of @text to @type; groups and anything that is not
 * an address are refused. @required: an empty @text is an error too. */
static gboolean
add_recipients (GMimeMessage      *message,
                GMimeAddressType   type,
                const char        *field,
                const char        *text,
                gboolean           required,
                GError           **error)
{
  g_autoptr(InternetAddressList) list = NULL;
  g_autofree char *flat = NULL;
  int n;

  if (is_blank (text))
    return required ? set_address_error (error, field, NULL) : TRUE;

  flat = one_line (text);
  list = internet_address_list_parse (NULL, flat);
  n = list != NULL ? internet_address_list_length (list) : 0;
  if (n == 0)
    return set_address_error (error, field, flat);

  for (int i = 0; i < n; i++)
    {
      InternetAddress *address = internet_address_list_get_address (list, i);
      const char *addr;

      if (!INTERNET_ADDRESS_IS_MAILBOX (address))
        return set_address_error (error, field, flat);

      addr = internet_address_mailbox_get_addr (INTERNET_ADDRESS_MAILBOX (address));
      if (!address_is_plausible (addr))
        return set_address_error (error, field, addr != NULL && *addr != '\0' ? addr : flat);

      add_mailbox (message, type, internet_address_get_name (address), addr);
    }

  return TRUE;
}

static char *
generate_message_id (const char *from_address)
{
  g_autofree char *domain = g_ascii_strdown (strrchr (from_address, '@') + 1, -1);
  g_autofree char *uuid = g_uuid_string_random ();
  g_autoptr(GString) local = g_string_new ("pursuit.");

  for (const char *p = uuid; *p != '\0'; p++)
    if (*p != '-')
      g_string_append_c (local, *p);

  return g_strdup_printf ("%s@%s", local->str, domain);
}

/* Body lines end in "\n" here; GMime writes them with CRLF. */
static char *
normalize_body (const char *body)
{
  GString *out = g_string_sized_new (strlen (body) + 2);

  for (const char *p = body; *p != '\0'; p++)
    {
      if (*p == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
          continue;
        }
      g_string_append_c (out, *p);
    }

  if (out->len == 0 || out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');

  return g_string_free (out, FALSE);
}

static GMimeTextPart *
create_body_part (const char *body)
{
  g_autofree char *text = normalize_body (body);
  g_autoptr(GMimeStream) stream = NULL;
  GMimeDataWrapper *content;
  GMimeTextPart *part = g_mime_text_part_new_with_subtype ("plain");
  GMimeContentEncoding encoding;
  gsize line = 0;
  gboolean long_line = FALSE;

  /* g_mime_text_part_set_text() would pick the smallest charset and
   * convert to it; we promise UTF-8, so the content is set as is. */
  stream = g_mime_stream_mem_new_with_buffer (text, strlen (text));
  content = g_mime_data_wrapper_new_with_stream (stream, GMIME_CONTENT_ENCODING_DEFAULT);
  g_mime_part_set_content (GMIME_PART (part), content);
  g_object_unref (content);
  g_mime_object_set_content_type_parameter (GMIME_OBJECT (part), "charset", "utf-8");

  /* 7bit keeps every line under 998 octets whatever the user typed:
   * quoted-printable for mostly-ASCII text, base64 otherwise. */
  encoding = g_mime_part_get_best_content_encoding (GMIME_PART (part), GMIME_ENCODING_CONSTRAINT_7BIT);
  for (const char *p = text; *p != '\0'; p++)
    {
      line = *p == '\n' ? 0 : line + 1;
      long_line |= line > 76;
    }
  if (encoding == GMIME_CONTENT_ENCODING_7BIT && long_line)
    encoding = GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE;
  g_mime_part_set_content_encoding (GMIME_PART (part), encoding);

  return part;
}

static char *
normalize_ids (const char *text)
{
  return pursuit_mail_append_reference (text, NULL);
}

GBytes *
pursuit_mail_compose (const PursuitOutgoingMail  *mail,
                      GDateTime                  *date,
                      char                      **out_message_id,
                      GError                    **error)
{
  g_autoptr(GMimeMessage) message = NULL;
  g_autoptr(GMimeTextPart) part = NULL;
  g_autoptr(GMimeFormatOptions) options = NULL;
  g_autoptr(GMimeStream) stream = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *from_name = NULL;
  g_autofree char *from_address = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *in_reply_to = NULL;
  g_autofree char *references = NULL;
  GByteArray *array;

  g_return_val_if_fail (mail != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  pursuit_mail_init ();

  from_address = one_line (mail->from_address);
  if (!address_is_plausible (from_address))
    {
      set_address_error (error, _("From"), from_address);
      return NULL;
    }

  if (is_blank (mail->subject))
    {
      g_set_error_literal (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_EMPTY,
                           _("Enter a subject."));
      return NULL;
    }
  if (is_blank (mail->body))
    {
      g_set_error_literal (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_EMPTY,
                           _("Write a message."));
      return NULL;
    }

  message = g_mime_message_new (TRUE);

  from_name = one_line (mail->from_name);
  add_mailbox (message, GMIME_ADDRESS_TYPE_FROM, *from_name != '\0' ? from_name : NULL, from_address);

  if (!add_recipients (message, GMIME_ADDRESS_TYPE_TO, _("To"), mail->to, TRUE, error) ||
      !add_recipients (message, GMIME_ADDRESS_TYPE_CC, _("Cc"), mail->cc, FALSE, error))
    return NULL;

  subject = one_line (mail->subject);
  g_mime_message_set_subject (message, subject, "utf-8");

  if (date != NULL)
    {
      g_mime_message_set_date (message, date);
    }
  else
    {
      now = g_date_time_new_now_utc ();
      g_mime_message_set_date (message, now);
    }

  message_id = generate_message_id (from_address);
  g_mime_message_set_message_id (message, message_id);

  in_reply_to = normalize_ids (mail->in_reply_to);
  if (in_reply_to != NULL)
    g_mime_object_set_header (GMIME_OBJECT (message), "In-Reply-To", in_reply_to, NULL);

  references = normalize_ids (mail->references);
  if (references != NULL)
    g_mime_object_set_header (GMIME_OBJECT (message), "References", references, NULL);

  g_mime_object_set_header (GMIME_OBJECT (message), "MIME-Version", "1.0", NULL);

  part = create_body_part (mail->body);
  g_mime_message_set_mime_part (message, GMIME_OBJECT (part));

  options = g_mime_format_options_new ();
  g_mime_format_options_set_newline_format (options, GMIME_NEWLINE_FORMAT_DOS);

  array = g_byte_array_new ();
  stream = g_mime_stream_mem_new_with_byte_array (array);
  g_mime_stream_mem_set_owner (GMIME_STREAM_MEM (stream), FALSE);
  if (g_mime_object_write_to_stream (GMIME_OBJECT (message), options, stream) < 0)
    {
      g_byte_array_unref (array);
      g_set_error_literal (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_INVALID,
                           _("The email could not be written."));
      return NULL;
    }

  if (out_message_id != NULL)
    *out_message_id = g_strdup_printf ("<%s>", message_id);

  return g_byte_array_free_to_bytes (array);
}

static gboolean
is_reply_prefix (const char *word,
                 gsize       length)
{
  g_autofree char *lower = NULL;
  char *bracket;

  if (length == 0 || length > 16)
    return FALSE;

  lower = g_utf8_strdown (word, length);
  g_strstrip (lower);

  /* "Re[2]:" and "Re(2):" count the replies. */
  bracket = strpbrk (lower, "[(");
  if (bracket != NULL)
    *bracket = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (reply_prefixes); i++)
    if (g_str_equal (lower, reply_prefixes[i]))
      return TRUE;

  return FALSE;
}

char *
pursuit_mail_reply_subject (const char *subject)
{
  g_autofree char *line = one_line (subject);
  const char *colon;

  if (*line == '\0')
    return g_strdup ("Re:");

  colon = strchr (line, ':');
  if (colon != NULL && is_reply_prefix (line, colon - line))
    return g_steal_pointer (&line);

  return g_strdup_printf ("Re: %s", line);
}

static void
append_ids (GPtrArray  *ids,
            const char *text)
{
  g_auto(GStrv) tokens = NULL;

  if (text == NULL)
    return;

  /* Some clients separate with commas or fold with tabs. */
  tokens = g_strsplit_set (text, " \t\r\n,", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *token = tokens[i];
      g_autofree char *id = NULL;

      if (*token == '\0')
        continue;

      if (token[0] == '<')
        id = g_strdup (token);
      else
        id = g_strdup_printf ("<%s>", token);

      if (id[strlen (id) - 1] != '>')
        {
          char *closed = g_strconcat (id, ">", NULL);

          g_free (id);
          id = closed;
        }

      if (!g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL))
        g_ptr_array_add (ids, g_steal_pointer (&id));
    }
}

char *
pursuit_mail_append_reference (const char *references,
                               const char *message_id)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  append_ids (ids, references);
  append_ids (ids, message_id);

  if (ids->len == 0)
    return NULL;

  g_ptr_array_add (ids, NULL);
  return g_strjoinv (" ", (char **) ids->pdata);
}
