/* pursuit-base64url.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-base64url"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-base64url.h"
#include "pursuit-mail-parser.h"

static const char encode_table[] =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

char *
pursuit_base64url_encode (const guint8 *data,
                          gsize         length)
{
  GString *out;
  gsize i;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  out = g_string_sized_new ((length + 2) / 3 * 4 + 1);

  for (i = 0; i + 2 < length; i += 3)
    {
      guint32 v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];

      g_string_append_c (out, encode_table[(v >> 18) & 0x3f]);
      g_string_append_c (out, encode_table[(v >> 12) & 0x3f]);
      g_string_append_c (out, encode_table[(v >> 6) & 0x3f]);
      g_string_append_c (out, encode_table[v & 0x3f]);
    }

  if (length - i == 1)
    {
      guint32 v = data[i] << 16;

      g_string_append_c (out, encode_table[(v >> 18) & 0x3f]);
      g_string_append_c (out, encode_table[(v >> 12) & 0x3f]);
    }
  else if (length - i == 2)
    {
      guint32 v = (data[i] << 16) | (data[i + 1] << 8);

      g_string_append_c (out, encode_table[(v >> 18) & 0x3f]);
      g_string_append_c (out, encode_table[(v >> 12) & 0x3f]);
      g_string_append_c (out, encode_table[(v >> 6) & 0x3f]);
    }

  return g_string_free (out, FALSE);
}

char *
pursuit_base64url_encode_bytes (GBytes *bytes)
{
  gsize length = 0;
  const guint8 *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  return pursuit_base64url_encode (data, length);
}

static int
decode_char (char c)
{
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '-' || c == '+')
    return 62;
  if (c == '_' || c == '/')
    return 63;
  return -1;
}

static GBytes *
fail_invalid (GError **error)
{
  g_set_error_literal (error, PURSUIT_MAIL_ERROR, PURSUIT_MAIL_ERROR_INVALID,
                       _("The data is not valid base64url."));
  return NULL;
}

GBytes *
pursuit_base64url_decode (const char  *text,
                          gssize       length,
                          GError     **error)
{
  g_autoptr(GByteArray) out = NULL;
  guint32 acc = 0;
  guint n_bits = 0;
  gsize n_chars = 0;
  gsize n_pad = 0;
  gsize len;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = length < 0 ? strlen (text) : (gsize) length;
  out = g_byte_array_sized_new (len / 4 * 3 + 3);

  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];
      int v;

      if (g_ascii_isspace (c))
        continue;

      if (c == '=')
        {
          n_pad++;
          continue;
        }

      /* Data after padding means two values glued together, or garbage. */
      if (n_pad > 0)
        return fail_invalid (error);

      v = decode_char (c);
      if (v < 0)
        return fail_invalid (error);

      n_chars++;
      acc = (acc << 6) | (guint32) v;
      n_bits += 6;
      if (n_bits >= 8)
        {
          guint8 byte;

          n_bits -= 8;
          byte = (acc >> n_bits) & 0xff;
          g_byte_array_append (out, &byte, 1);
        }
    }

  /* One character alone in its quantum encodes fewer than 8 bits. */
  if (n_chars % 4 == 1)
    return fail_invalid (error);

  if (n_pad > 0 && ((n_chars + n_pad) % 4 != 0 || n_pad > 2))
    return fail_invalid (error);

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
