/* pursuit-mail-match-text.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-matcher"

#include "config.h"

#include <string.h>

#include "pursuit-mail-matcher.h"
#include "pursuit-mail-matcher-private.h"

/* Letters that do not decompose into a base letter and a mark. */
static const char *
fold_special (gunichar c)
{
  switch (c)
    {
    case 0x00DF: return "ss"; /* ß */
    case 0x00E6: return "ae"; /* æ */
    case 0x0153: return "oe"; /* œ */
    case 0x00F8: return "o";  /* ø */
    case 0x0142: return "l";  /* ł */
    case 0x0111: return "d";  /* đ */
    case 0x00F0: return "d";  /* ð */
    case 0x00FE: return "th"; /* þ */
    case 0x0131: return "i";  /* dotless i */
    default: return NULL;
    }
}

static void
append_word_break (GString  *out,
                   gboolean *in_word)
{
  if (*in_word)
    g_string_append_c (out, ' ');
  *in_word = FALSE;
}

static void
append_folded_char (GString  *out,
                    gunichar  c,
                    gboolean *in_word)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  const char *special;
  gsize n;

  c = g_unichar_tolower (c);
  special = fold_special (c);
  if (special != NULL)
    {
      g_string_append (out, special);
      *in_word = TRUE;
      return;
    }

  /* Compatibility decomposition also turns ligatures and full-width
   * forms into plain letters. */
  n = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      gunichar d = decomposed[i];

      if (g_unichar_ismark (d))
        continue;

      if (g_unichar_isalnum (d))
        {
          g_string_append_unichar (out, g_unichar_tolower (d));
          *in_word = TRUE;
        }
      else
        append_word_break (out, in_word);
    }
}

/* The words of @text, normalised, separated by single spaces, with a
 * trailing space when the last one ended the text. Invalid UTF-8 is a
 * word break; at most @max_bytes of @text are read. */
static GString *
fold_text (const char *text,
           gsize       max_bytes)
{
  GString *out = g_string_sized_new (MIN (strlen (text), max_bytes) + 1);
  const char *end;
  const char *p = text;
  gboolean in_word = FALSE;

  end = text + strnlen (text, max_bytes);
  while (p < end)
    {
      guchar c = (guchar) *p;
      gunichar u;

      if (c < 0x80)
        {
          if (g_ascii_isalnum (c))
            {
              g_string_append_c (out, g_ascii_tolower (c));
              in_word = TRUE;
            }
          else
            append_word_break (out, &in_word);
          p++;
          continue;
        }

      u = g_utf8_get_char_validated (p, end - p);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        {
          append_word_break (out, &in_word);
          p++;
          continue;
        }

      append_folded_char (out, u, &in_word);
      p = g_utf8_next_char (p);
    }

  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return out;
}

PursuitMailWords *
_pursuit_mail_words_new (const char *text,
                         gsize       max_bytes)
{
  PursuitMailWords *words = g_new0 (PursuitMailWords, 1);
  GString *folded = fold_text (text != NULL ? text : "", max_bytes);
  char *p;

  words->words = g_ptr_array_new ();
  words->buffer = g_string_free (folded, FALSE);

  p = words->buffer;
  while (*p != '\0')
    {
      char *space = strchr (p, ' ');

      g_ptr_array_add (words->words, p);
      if (space == NULL)
        break;

      *space = '\0';
      p = space + 1;
    }

  return words;
}

void
_pursuit_mail_words_free (PursuitMailWords *words)
{
  if (words == NULL)
    return;

  g_ptr_array_unref (words->words);
  g_free (words->buffer);
  g_free (words);
}

static gboolean
words_match_at (const PursuitMailWords *words,
                guint                   index,
                char * const           *phrase)
{
  for (guint j = 0; phrase[j] != NULL; j++)
    {
      if (index + j >= words->words->len)
        return FALSE;
      if (!g_str_equal (g_ptr_array_index (words->words, index + j), phrase[j]))
        return FALSE;
    }

  return TRUE;
}

gboolean
_pursuit_mail_words_contain (const PursuitMailWords *words,
                             const char             *phrase)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (words != NULL, FALSE);

  if (phrase == NULL || *phrase == '\0')
    return FALSE;

  parts = g_strsplit (phrase, " ", -1);
  for (guint i = 0; i < words->words->len; i++)
    if (words_match_at (words, i, parts))
      return TRUE;

  return FALSE;
}

gboolean
_pursuit_mail_in_list (const char         *word,
                       const char * const *list,
                       gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (word, list[i]))
      return TRUE;

  return FALSE;
}

char *
_pursuit_mail_normalize_text (const char *text)
{
  if (text == NULL)
    return g_strdup ("");

  return g_string_free (fold_text (text, G_MAXSIZE), FALSE);
}

/* Legal forms and words that only say what kind of company it is, as
 * words after normalisation; the dotted ones ("S.A.", "B.V.") arrive as
 * single letters and are joined before looking them up. */
static const char * const legal_forms[] = {
  "inc", "incorporated", "corp", "corporation", "co", "company", "cie", "ltd", "limited",
  "llc", "llp", "lp", "plc", "pllc", "pc",
  "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "ug", "haftungsbeschrankt", "ev", "eg", "gbr",
  "se", "sa", "sas", "sasu", "sarl", "sca", "scs", "sc", "snc", "gie", "eurl", "scop",
  "srl", "sl", "slu", "sll", "spa", "sapa", "sab", "sadecv", "sabdecv", "sapidecv", "sderl",
  "sdercv", "srldecv",
  "bv", "nv", "vof", "cv", "ab", "as", "asa", "oy", "oyj", "aps",
  "pty", "pvt", "private", "kk", "kft", "zrt", "sro", "spzoo", "doo", "ad",
  "lda", "ltda", "sgps", "bhd", "sdn", "tbk", "pte",
};

/* Words that joined a legal form to the name ("GmbH & Co. KG",
 * "S.A. de C.V."), dropped once the form is. */
static const char * const joiners[] = { "and", "und", "et", "y", "e", "de", "&" };

/* Endings of names like "Booking.com". */
static const char * const name_tlds[] = {
  "com", "io", "ai", "co", "de", "net", "org", "fr", "es", "app", "dev", "eu", "tech",
};

/* How many words at the end of @words[0..n) form a legal form, 0 when
 * none; dotted forms come as runs of short words ("s a b"), tried
 * longest first so "S.A.B." is not read as "AB". */
static guint
count_trailing_legal_form (GPtrArray *words,
                           guint      n)
{
  guint run = 0;

  if (PURSUIT_MAIL_IN_LIST ((const char *) g_ptr_array_index (words, n - 1), legal_forms))
    return 1;

  while (run < 5 && run + 1 < n && strlen (g_ptr_array_index (words, n - 1 - run)) <= 3)
    run++;

  for (guint k = run; k >= 2; k--)
    {
      g_autoptr(GString) joined = g_string_new (NULL);

      for (guint i = n - k; i < n; i++)
        g_string_append (joined, g_ptr_array_index (words, i));

      if (PURSUIT_MAIL_IN_LIST (joined->str, legal_forms))
        return k;
    }

  return 0;
}

/* "Booking.com" → "Booking": the web address some companies go by. */
static char *
strip_name_tld (const char *name)
{
  const char *dot = strrchr (name, '.');
  g_autofree char *tld = NULL;

  if (dot == NULL || dot == name || !g_ascii_isalnum (dot[-1]))
    return g_strdup (name);

  tld = g_ascii_strdown (dot + 1, -1);
  g_strstrip (tld);
  if (!PURSUIT_MAIL_IN_LIST (tld, name_tlds))
    return g_strdup (name);

  return g_strndup (name, dot - name);
}

static char *
join_words (GPtrArray *words,
            guint      start,
            guint      end)
{
  GString *out = g_string_new (NULL);

  for (guint i = start; i < end; i++)
    {
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_ptr_array_index (words, i));
    }

  return g_string_free (out, FALSE);
}

/**
 * pursuit_mail_normalize_company:
 * @name: (nullable): a company's name as written
 *
 * Returns: (transfer full): the name made comparable; "" for %NULL or a
 *   name without letters or digits
 */
char *
pursuit_mail_normalize_company (const char *name)
{
  g_autofree char *stripped = NULL;
  g_autoptr(PursuitMailWords) words = NULL;
  guint n;
  guint start = 0;
  gboolean dropped = FALSE;

  if (name == NULL)
    return g_strdup ("");

  stripped = strip_name_tld (name);
  words = _pursuit_mail_words_new (stripped, G_MAXSIZE);
  n = words->words->len;

  /* A name that is only a legal form ("AG") stays what it is. */
  while (n > 1)
    {
      guint k = count_trailing_legal_form (words->words, n);

      if (k > 0 && k < n)
        {
          n -= k;
          dropped = TRUE;
          continue;
        }

      if (dropped && PURSUIT_MAIL_IN_LIST ((const char *) g_ptr_array_index (words->words, n - 1), joiners))
        {
          n--;
          continue;
        }

      break;
    }

  if (n > 1 && g_str_equal (g_ptr_array_index (words->words, 0), "the"))
    start = 1;

  return join_words (words->words, start, n);
}
