/* pursuit-mail-fold.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-fold"

#include "config.h"

#include <string.h>

#include "pursuit-fold-private.h"
#include "pursuit-mail-rules-private.h"

static gboolean
is_invisible (gunichar c)
{
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

static gboolean
is_space (gunichar c)
{
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || (c < 0x80 && g_ascii_isspace (c));
}

/* English contractions written out, so that one phrase ("will not be
 * moving forward") covers "won't be moving forward" too. */
static void
expand_contractions (GString *text)
{
  static const char * const pairs[][2] = {
    { "won't", "will not" }, { "can't", "can not" }, { "cannot", "can not" },
    { "shan't", "shall not" }, { "n't", " not" }, { "'re ", " are " }, { "'ve ", " have " },
    { "'ll ", " will " }, { "i'm ", "i am " }, { "'d ", " would " },
  };

  if (strchr (text->str, '\'') == NULL && strstr (text->str, "cannot") == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    g_string_replace (text, pairs[i][0], pairs[i][1], 0);
}

char *
_pursuit_mail_fold (const char *text,
                    gsize       max_len)
{
  g_autofree char *valid = NULL;
  GString *out;
  const char *p;
  guint newlines = 0;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, strnlen (text, max_len));
  out = g_string_sized_new (strlen (valid) + 16);

  for (p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r' || is_invisible (c))
        continue;
      if (c == '\n')
        {
          newlines++;
          continue;
        }
      if (is_space (c))
        {
          space = TRUE;
          continue;
        }

      if (out->len > 0)
        {
          /* A single line break is wrapping; a blank line ends a paragraph. */
          if (newlines >= 2)
            g_string_append_c (out, '\n');
          else if (newlines == 1 || space)
            g_string_append_c (out, ' ');
        }
      newlines = 0;
      space = FALSE;

      if (c < 0x80)
        g_string_append_c (out, g_ascii_tolower ((char) c));
      else
        _pursuit_fold_append_char (out, c);
    }

  expand_contractions (out);

  return g_string_free (out, FALSE);
}

gboolean
_pursuit_mail_domain_matches (const char *domain,
                              const char *suffix)
{
  gsize dlen, slen;

  if (domain == NULL || suffix == NULL)
    return FALSE;

  dlen = strlen (domain);
  slen = strlen (suffix);
  if (dlen < slen || g_ascii_strcasecmp (domain + dlen - slen, suffix) != 0)
    return FALSE;

  return dlen == slen || domain[dlen - slen - 1] == '.';
}

/* Finds @phrase in @text from @from on, at word boundaries where the
 * phrase starts or ends with a letter or digit. */
