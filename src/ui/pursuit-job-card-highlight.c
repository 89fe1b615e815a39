/* pursuit-job-card-highlight.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-card"

#include "config.h"

#include "pursuit-job-card-highlight.h"
#include "pursuit-job-card-private.h"
#include "pursuit-job-list.h"

/* A search box holds a few words; more than this many are not worth
 * marking, and the cap bounds the work per card. */
#define MAX_HIGHLIGHT_TERMS 32

/* Highlighting search words as the full-text index matches them: FTS5's
 * unicode61 tokenizer (with remove_diacritics) splits text at every
 * character that is not a letter, number, mark or private-use character,
 * lower-cases characters one by one and drops Latin diacritics; the store
 * makes every word of a query a prefix term.
 *
 * Matching one character at a time, rather than comparing
 * g_utf8_casefold() strings, keeps byte offsets into the original text
 * exact: case folding may change lengths ("ß" becomes "ss", "İ" grows a
 * combining dot). */

static gboolean
is_token_char (gunichar c)
{
  switch ((int) g_unichar_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_NON_SPACING_MARK:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Combining Diacritical Marks: what remove_diacritics drops. Other marks
 * (Devanagari vowel signs, say) change the letter and must match. */
static gboolean
is_diacritic (gunichar c)
{
  return c >= 0x0300 && c <= 0x036F;
}

static gunichar
fold_char (gunichar c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  c = g_unichar_tolower (c);
  n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));

  /* "é" is "e" and a diacritic; a Hangul syllable decomposes into
   * letters and stays whole. */
  for (gsize i = 1; i < n; i++)
    if (!is_diacritic (parts[i]))
      return c;

  return n > 0 ? parts[0] : c;
}

/**
 * _pursuit_job_card_parse_query:
 * @query: (nullable): a search query
 *
 * Returns: (transfer full) (element-type gunichar*): the query's terms,
 *   0-terminated arrays of folded characters
 */
GPtrArray *
_pursuit_job_card_parse_query (const char *query)
{
  g_autofree char *normalized = pursuit_job_list_normalize_query (query);
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) term = g_array_new (TRUE, FALSE, sizeof (gunichar));
  const char *end;
  const char *p;

  if (normalized == NULL)
    return g_steal_pointer (&terms);

  /* Only the valid start of a broken string is read. */
  g_utf8_validate (normalized, -1, &end);

  for (p = normalized; terms->len < MAX_HIGHLIGHT_TERMS; p = g_utf8_next_char (p))
    {
      gboolean at_end = p >= end;
      gunichar c = at_end ? 0 : g_utf8_get_char (p);

      if (!at_end && is_token_char (c))
        {
          if (!is_diacritic (c))
            {
              gunichar folded = fold_char (c);

              g_array_append_val (term, folded);
            }
        }
      else if (term->len > 0)
        {
          g_ptr_array_add (terms, g_array_steal (term, NULL));
        }

      if (at_end)
        break;
    }

  return g_steal_pointer (&terms);
}

/* The length in bytes of the start of the word at @p that @term is a
 * prefix of, or 0. */
static gsize
match_prefix (const char     *p,
              const char     *end,
              const gunichar *term)
{
  const char *q = p;

  for (guint i = 0; term[i] != 0; )
    {
      gunichar c;

      if (q >= end)
        return 0;

      c = g_utf8_get_char (q);
      if (!is_token_char (c))
        return 0;

      q = g_utf8_next_char (q);
      if (is_diacritic (c))
        continue;
      if (fold_char (c) != term[i])
        return 0;
      i++;
    }

  /* The accents of the last letter belong to it. */
  while (q < end && is_diacritic (g_utf8_get_char (q)))
    q = g_utf8_next_char (q);

  return q - p;
}

/**
 * _pursuit_job_card_find_ranges:
 * @text: (nullable): text as the card shows it
 * @terms: (nullable): terms from _pursuit_job_card_parse_query()
 *
 * Returns: (transfer full) (element-type PursuitTextRange): the ranges of
 *   @text to highlight
 */
GArray *
_pursuit_job_card_find_ranges (const char *text,
                               GPtrArray  *terms)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (PursuitTextRange));
  gboolean in_word = FALSE;
  const char *end;

  if (text == NULL || terms == NULL || terms->len == 0)
    return ranges;

  g_utf8_validate (text, -1, &end);

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gsize length = 0;

      if (!is_token_char (c))
        {
          in_word = FALSE;
          continue;
        }
      if (in_word)
        continue;
      in_word = TRUE;

      for (guint i = 0; i < terms->len; i++)
        length = MAX (length, match_prefix (p, end, g_ptr_array_index (terms, i)));

      if (length > 0)
        {
          PursuitTextRange range = { p - text, p - text + length };

          g_array_append_val (ranges, range);
        }
    }

  return ranges;
}

/**
 * pursuit_job_card_find_highlights:
 * @text: (nullable): text as the card shows it
 * @query: (nullable): a search query
 *
 * Finds the words of @text that the full-text search matches with @query:
 * those that start with one of its words, ignoring case and Latin
 * diacritics. Only the valid UTF-8 start of @text is searched.
 *
 * Returns: (transfer full) (element-type PursuitTextRange): the ranges to
 *   highlight, as byte offsets into @text, in order and not overlapping
 */
GArray *
pursuit_job_card_find_highlights (const char *text,
                                  const char *query)
{
  g_autoptr(GPtrArray) terms = _pursuit_job_card_parse_query (query);

  return _pursuit_job_card_find_ranges (text, terms);
}
