/* pursuit-skill-extract.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-skill-extract"

#include "config.h"

#include <string.h>

#include "pursuit-skill-taxonomy-private.h"

/* Extraction is one pass of a tokenizer over the text, then, at each word,
 * lookups of the windows of 4, 3, 2 and 1 words in the taxonomy's hash
 * table of spellings; the longest hit wins and the scan goes on after it.
 * A second pass drops hits of ambiguous spellings without their context.
 *
 * Words are letters and digits, plus what makes a skill name: "+" and "#"
 * at the end ("C++", "C#"), a leading dot (".NET"), inner dots ("Node.js",
 * "ASP.NET"), "&" between letters ("R&D" is not "R"). "-" and "/" split
 * words but keep them in one phrase ("Java/Kotlin", "CI/CD", "Python-based");
 * other punctuation and line ends end the phrase, so no name spans them.
 * French elisions split ("d'OpenStack"). Markup tags are skipped. */

/* Tags longer than this are text with a "<" in it. */
#define MAX_TAG_LENGTH 256

typedef struct
{
  guint first;   /* token */
  guint n_tokens;
  const PursuitSkillAlias *alias;
} Candidate;

static inline gboolean
is_ascii_alnum (guchar c)
{
  return g_ascii_isalnum (c);
}

static inline gboolean
next_is_alnum (const char *text,
               gsize       i,
               gsize       length)
{
  return i < length && is_ascii_alnum (text[i]);
}

/* "&amp;", "&#39;": markup entities end a word rather than join one. */
static gboolean
is_entity (const char *text,
           gsize       i,
           gsize       length)
{
  gsize j = i + 1;

  if (j < length && text[j] == '#')
    j++;
  while (j < length && j - i < 10 && is_ascii_alnum (text[j]))
    j++;

  return j < length && text[j] == ';' && j > i + 1;
}

/* Returns the length of a markup tag starting at @i, 0 when it is not one. */
static gsize
tag_length (const char *text,
            gsize       i,
            gsize       length)
{
  if (i + 1 >= length ||
      !(g_ascii_isalpha (text[i + 1]) || text[i + 1] == '/' || text[i + 1] == '!'))
    return 0;

  for (gsize j = i + 1; j < length && j - i < MAX_TAG_LENGTH; j++)
    {
      if (text[j] == '>')
        return j - i + 1;
      if (text[j] == '<' || text[j] == '\n')
        return 0;
    }

  return 0;
}

typedef struct
{
  GArray *tokens;
  GString *norm;
  PursuitSkillToken token;
  gboolean in_token;
  gboolean broken;  /* punctuation since the last word */
  gboolean digits;
} Tokenizer;

static void
start_token (Tokenizer *tk,
             gsize      offset)
{
  if (tk->norm->len > 0)
    g_string_append_c (tk->norm, ' ');

  tk->token.offset = offset;
  tk->token.norm_offset = tk->norm->len;
  tk->token.joined = tk->tokens->len > 0 && !tk->broken;
  tk->in_token = TRUE;
  tk->broken = FALSE;
  tk->digits = TRUE;
}

static void
end_token (Tokenizer *tk,
           gsize      end)
{
  if (!tk->in_token)
    return;

  tk->token.length = end - tk->token.offset;
  tk->token.norm_length = tk->norm->len - tk->token.norm_offset;
  tk->token.hash = _pursuit_skill_hash (tk->norm->str + tk->token.norm_offset,
                                        tk->token.norm_length);
  tk->token.number = tk->digits;
  g_array_append_val (tk->tokens, tk->token);
  tk->in_token = FALSE;
}

/* French elision: "d'OpenStack", "l'expérience", "qu'un" are two words. */
static gboolean
is_elision (Tokenizer *tk)
{
  const char *word = tk->norm->str + tk->token.norm_offset;
  gsize length = tk->norm->len - tk->token.norm_offset;

  if (length == 1)
    return strchr ("cdjlmnst", word[0]) != NULL;

  return length == 2 && word[0] == 'q' && word[1] == 'u';
}

/* Handles a character that is not a letter or digit inside a word;
 * returns how many bytes it consumed as part of the word (0: it ends it). */
static gsize
inner_punctuation (Tokenizer  *tk,
                   const char *text,
                   gsize       i,
                   gsize       length)
{
  char c = text[i];

  if (c == '.' && next_is_alnum (text, i + 1, length))
    {
      g_string_append_c (tk->norm, '.');
      tk->digits = FALSE;
      return 1;
    }

  if (c == '+' || c == '#')
    {
      gsize run = 1;

      while (c == '+' && run < 2 && i + run < length && text[i + run] == '+')
        run++;
      if (next_is_alnum (text, i + run, length))
        return 0;

      g_string_append_len (tk->norm, text + i, run);
      tk->digits = FALSE;
      end_token (tk, i + run);
      return run;
    }

  if (c == '&' && next_is_alnum (text, i + 1, length) && !is_entity (text, i, length))
    {
      g_string_append_c (tk->norm, '&');
      tk->digits = FALSE;
      return 1;
    }

  if (c == '\'' && i + 1 < length && g_ascii_isalpha (text[i + 1]))
    {
      if (is_elision (tk))
        return 0;
      g_string_append_c (tk->norm, '\'');
      tk->digits = FALSE;
      return 1;
    }

  return 0;
}

void
_pursuit_skill_tokenize (const char *text,
                         gsize       length,
                         GArray     *tokens,
                         GString    *norm)
{
  Tokenizer tk = { .tokens = tokens, .norm = norm, .broken = TRUE };
  gsize i = 0;

  while (i < length)
    {
      guchar c = text[i];
      gunichar ch;
      gsize char_length;
      gsize skip;

      if (c < 0x80)
        {
          if (is_ascii_alnum (c))
            {
              if (!tk.in_token)
                start_token (&tk, i);
              g_string_append_c (norm, g_ascii_tolower (c));
              tk.digits = tk.digits && g_ascii_isdigit (c);
              i++;
              continue;
            }

          if (tk.in_token && (skip = inner_punctuation (&tk, text, i, length)) > 0)
            {
              i += skip;
              continue;
            }

          end_token (&tk, i);

          if (c == '.' && i + 1 < length && g_ascii_isalpha (text[i + 1]) &&
              (i == 0 || (!is_ascii_alnum (text[i - 1]) && text[i - 1] != '.')))
            {
              start_token (&tk, i);
              g_string_append_c (norm, '.');
              tk.digits = FALSE;
              i++;
              continue;
            }

          if (c == '<' && (skip = tag_length (text, i, length)) > 0)
            {
              i += skip;
              continue;
            }

          if (c == '&' && is_entity (text, i, length))
            tk.broken = TRUE;
          else if (!(c == ' ' || c == '\t' || c == '-' || c == '/'))
            tk.broken = TRUE;
          i++;
          continue;
        }

      ch = g_utf8_get_char_validated (text + i, length - i);
      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        {
          /* Not UTF-8: a separator, one byte at a time. */
          end_token (&tk, i);
          tk.broken = TRUE;
          i++;
          continue;
        }
      char_length = g_utf8_skip[c];

      if (g_unichar_isalnum (ch) || (tk.in_token && g_unichar_ismark (ch)))
        {
          if (!tk.in_token)
            start_token (&tk, i);
          g_string_append_unichar (norm, g_unichar_tolower (ch));
          tk.digits = FALSE;
        }
      else if (ch == 0x2019 && tk.in_token && i + char_length < length &&
               g_ascii_isalpha (text[i + char_length]) && !is_elision (&tk))
        {
          /* A typographic apostrophe is the plain one. */
          g_string_append_c (norm, '\'');
          tk.digits = FALSE;
        }
      else
        {
          end_token (&tk, i);
          /* No-break and other spaces, and dashes, keep the phrase. */
          if (!(g_unichar_isspace (ch) || g_unichar_type (ch) == G_UNICODE_SPACE_SEPARATOR ||
                g_unichar_type (ch) == G_UNICODE_DASH_PUNCTUATION))
            tk.broken = TRUE;
        }

      i += char_length;
    }

  end_token (&tk, length);
}

static gboolean
token_in (const GArray            *tokens,
          const GString           *norm,
          guint                    index,
          GHashTable              *words)
{
  const PursuitSkillToken *token = &g_array_index (tokens, PursuitSkillToken, index);
  char buffer[128];

  if (words == NULL || g_hash_table_size (words) == 0 || token->norm_length >= sizeof buffer)
    return FALSE;

  memcpy (buffer, norm->str + token->norm_offset, token->norm_length);
  buffer[token->norm_length] = '\0';
  return g_hash_table_contains (words, buffer);
}

static gboolean
spelled_as_written (PursuitSkillTaxonomy    *self,
                    const char              *text,
                    const PursuitSkillToken *first,
                    const PursuitSkillToken *last,
                    const PursuitSkillAlias *alias)
{
  const char *spelling = _pursuit_skill_taxonomy_key_pool (self) + alias->spelling_offset;
  gsize length = last->offset + last->length - first->offset;

  /* Several words must be spaced as in the file too: "REST Assured",
   * not "rest assured". */
  return length == alias->spelling_length &&
         memcmp (text + first->offset, spelling, length) == 0;
}

/* An unambiguous skill of one of the rule's categories is context for it. */
static gboolean
gives_context (PursuitSkillTaxonomy   *self,
               const PursuitSkillRule *rule,
               const Candidate        *other)
{
  return other->alias->rule < 0 &&
         rule->context_categories[_pursuit_skill_taxonomy_get_category_index (self, other->alias->skill)];
}

static gboolean
has_context (PursuitSkillTaxonomy   *self,
             const PursuitSkillRule *rule,
             const GArray           *tokens,
             const GString          *norm,
             const GArray           *candidates,
             guint                   index)
{
  const Candidate *candidate = &g_array_index (candidates, Candidate, index);
  guint first = candidate->first;
  guint last = candidate->first + candidate->n_tokens - 1;
  guint from = first > rule->window ? first - rule->window : 0;
  guint to = MIN (last + rule->window, tokens->len - 1);

  for (guint j = from; j <= to; j++)
    if ((j < first || j > last) && token_in (tokens, norm, j, rule->context_words))
      return TRUE;

  /* Another, unambiguous skill of a technical kind nearby. */
  for (guint k = index; k-- > 0;)
    {
      const Candidate *other = &g_array_index (candidates, Candidate, k);

      if (other->first + other->n_tokens - 1 < from)
        break;
      if (gives_context (self, rule, other))
        return TRUE;
    }
  for (guint k = index + 1; k < candidates->len; k++)
    {
      const Candidate *other = &g_array_index (candidates, Candidate, k);

      if (other->first > to)
        break;
      if (gives_context (self, rule, other))
        return TRUE;
    }

  return FALSE;
}

static gboolean
accept_candidate (PursuitSkillTaxonomy *self,
                  const char           *text,
                  const GArray         *tokens,
                  const GString        *norm,
                  const GArray         *candidates,
                  guint                 index)
{
  const Candidate *candidate = &g_array_index (candidates, Candidate, index);
  const PursuitSkillRule *rule;
  const PursuitSkillToken *first, *last;
  guint next = candidate->first + candidate->n_tokens;

  if (candidate->alias->rule < 0)
    return TRUE;

  rule = _pursuit_skill_taxonomy_get_rule (self, candidate->alias->rule);
  first = &g_array_index (tokens, PursuitSkillToken, candidate->first);
  last = &g_array_index (tokens, PursuitSkillToken, next - 1);

  if (rule->case_sensitive && !spelled_as_written (self, text, first, last, candidate->alias))
    return FALSE;

  if (next < tokens->len && g_array_index (tokens, PursuitSkillToken, next).joined)
    {
      if (rule->reject_next_number && g_array_index (tokens, PursuitSkillToken, next).number)
        return FALSE;
      if (token_in (tokens, norm, next, rule->reject_next))
        return FALSE;
    }

  if (candidate->first > 0 && first->joined &&
      token_in (tokens, norm, candidate->first - 1, rule->reject_previous))
    return FALSE;

  return has_context (self, rule, tokens, norm, candidates, index);
}

/* Words joined to @first: the longest window a spelling may span. */
static guint
window_size (const GArray *tokens,
             guint         first,
             guint         max_tokens)
{
  guint n = 1;

  while (n < max_tokens && first + n < tokens->len &&
         g_array_index (tokens, PursuitSkillToken, first + n).joined)
    n++;

  return n;
}

static void
find_candidates (PursuitSkillTaxonomy *self,
                 const GArray         *tokens,
                 const GString        *norm,
                 GArray               *candidates)
{
  guint max_tokens = _pursuit_skill_taxonomy_get_max_tokens (self);
  guint i = 0;

  while (i < tokens->len)
    {
      const PursuitSkillToken *first = &g_array_index (tokens, PursuitSkillToken, i);
      guint n;

      for (n = window_size (tokens, i, max_tokens); n > 0; n--)
        {
          const PursuitSkillToken *last = &g_array_index (tokens, PursuitSkillToken, i + n - 1);
          gsize key_length = last->norm_offset + last->norm_length - first->norm_offset;
          const char *key = norm->str + first->norm_offset;
          guint32 hash = n == 1 ? first->hash : _pursuit_skill_hash (key, key_length);
          const PursuitSkillAlias *alias = _pursuit_skill_taxonomy_find (self, key, key_length, hash);

          if (alias != NULL)
            {
              Candidate candidate = { i, n, alias };

              g_array_append_val (candidates, candidate);
              break;
            }
        }

      i += MAX (n, 1);
    }
}

/**
 * pursuit_skill_taxonomy_extract:
 * @self: a #PursuitSkillTaxonomy
 * @text: (nullable): UTF-8 text
 * @length: its length in bytes, or -1 when NUL-terminated
 *
 * Returns: (transfer full): a #GArray of #PursuitSkillMention
 */
GArray *
pursuit_skill_taxonomy_extract (PursuitSkillTaxonomy *self,
                                const char           *text,
                                gssize                length)
{
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) candidates = NULL;
  g_autoptr(GString) norm = NULL;
  GArray *mentions;

  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (self), NULL);

  mentions = g_array_new (FALSE, FALSE, sizeof (PursuitSkillMention));
  if (text == NULL)
    return mentions;
  if (length < 0)
    length = strlen (text);

  tokens = g_array_sized_new (FALSE, FALSE, sizeof (PursuitSkillToken), length / 6 + 8);
  norm = g_string_sized_new (length + 16);
  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));

  _pursuit_skill_tokenize (text, length, tokens, norm);
  find_candidates (self, tokens, norm, candidates);

  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, i);
      const PursuitSkillToken *first, *last;
      PursuitSkillMention mention;

      if (!accept_candidate (self, text, tokens, norm, candidates, i))
        continue;

      first = &g_array_index (tokens, PursuitSkillToken, candidate->first);
      last = &g_array_index (tokens, PursuitSkillToken, candidate->first + candidate->n_tokens - 1);
      mention.skill = candidate->alias->skill;
      mention.offset = first->offset;
      mention.length = last->offset + last->length - first->offset;
      g_array_append_val (mentions, mention);
    }

  return mentions;
}

/**
 * pursuit_skill_taxonomy_extract_skills:
 * @self: a #PursuitSkillTaxonomy
 * @text: (nullable): UTF-8 text
 * @length: its length in bytes, or -1 when NUL-terminated
 *
 * Returns: (transfer full): a #GArray of guint skill indexes
 */
GArray *
pursuit_skill_taxonomy_extract_skills (PursuitSkillTaxonomy *self,
                                       const char           *text,
                                       gssize                length)
{
  g_autoptr(GArray) mentions = NULL;
  g_autofree guint8 *seen = NULL;
  GArray *skills;

  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (self), NULL);

  mentions = pursuit_skill_taxonomy_extract (self, text, length);
  skills = g_array_new (FALSE, FALSE, sizeof (guint));
  seen = g_new0 (guint8, pursuit_skill_taxonomy_get_n_skills (self));

  for (guint i = 0; i < mentions->len; i++)
    {
      guint skill = g_array_index (mentions, PursuitSkillMention, i).skill;

      if (!seen[skill])
        {
          seen[skill] = TRUE;
          g_array_append_val (skills, skill);
        }
    }

  return skills;
}
