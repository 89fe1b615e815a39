/* pursuit-cv-profile.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cv-profile"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pursuit-cv-private.h"
#include "pursuit-utf8-private.h"

/* The profile a CV's text shows. The text is read line by line: headings
 * ("Work Experience", "Ausbildung", "Compétences", "Idiomas") say which
 * section a line is in, so dates under Education do not count as work
 * and "German" counts as a language only where languages are listed or
 * a level ("native", "C1", "fließend") is next to it. */

/* How much of a text is read, and of each line for degrees and
 * languages. */
#define MAX_TEXT_READ (2 * 1024 * 1024)
#define MAX_LINE_READ 400

/* Lines and sections */

typedef struct
{
  gsize start;   /* byte offset in the text */
  gsize length;
  PursuitCvSection section;
  gboolean heading;
} Line;

/* "WORK EXPERIENCE", "## Skills", "Sprachen:" are headings; "Languages:
 * English, German" is a heading with its content on the same line. */
static gboolean
parse_heading (PursuitCvTables  *tables,
               const char       *line,
               gsize             length,
               PursuitCvSection *out_section,
               gboolean         *out_inline)
{
  g_autofree char *copy = NULL;
  g_autofree char *folded = NULL;
  char *colon;
  char *p;
  gpointer section;

  if (length == 0 || length > 200)
    return FALSE;

  copy = g_strndup (line, length);
  colon = strchr (copy, ':');
  *out_inline = FALSE;
  if (colon != NULL)
    {
      for (const char *rest = colon + 1; *rest != '\0' && !*out_inline; rest++)
        *out_inline = !g_ascii_isspace (*rest);
      *colon = '\0';
    }
  for (p = copy; *p == '#' || *p == '*' || *p == '=' || *p == '-' || g_ascii_isspace (*p); p++)
    ;
  folded = g_utf8_casefold (p, -1);
  g_strstrip (folded);
  for (gsize n = strlen (folded); n > 0 && (folded[n - 1] == '*' || folded[n - 1] == '#'); n--)
    folded[n - 1] = '\0';
  g_strstrip (folded);

  if (!g_hash_table_lookup_extended (tables->headings, folded, NULL, &section))
    return FALSE;

  *out_section = GPOINTER_TO_INT (section);
  return TRUE;
}

static GArray *
split_lines (PursuitCvTables *tables,
             const char      *text)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  PursuitCvSection section = PURSUIT_CV_SECTION_NONE;
  const char *p = text;

  while (*p != '\0')
    {
      const char *end = p;
      Line line;
      PursuitCvSection heading_section;
      gboolean is_inline;

      while (*end != '\0' && *end != '\n' && *end != '\r')
        end++;

      line.start = p - text;
      line.length = end - p;
      line.heading = FALSE;
      line.section = section;

      if (parse_heading (tables, p, end - p, &heading_section, &is_inline))
        {
          line.section = heading_section;
          line.heading = !is_inline;
          if (!is_inline)
            section = heading_section;
        }

      g_array_append_val (lines, line);

      p = end;
      if (*p == '\r')
        p++;
      if (*p == '\n')
        p++;
    }

  return lines;
}

/* Dates */

/* A quick look for a year (19xx, 20xx) before the date patterns run. */
static gboolean
has_year (const char *line,
          gsize       length)
{
  for (gsize i = 0; i + 3 < length; i++)
    {
      if (((line[i] == '1' && line[i + 1] == '9') || (line[i] == '2' && line[i + 1] == '0')) &&
          g_ascii_isdigit (line[i + 2]) && g_ascii_isdigit (line[i + 3]))
        return TRUE;
    }

  return FALSE;
}

static int
group_int (GMatchInfo *info,
           const char *name)
{
  g_autofree char *value = g_match_info_fetch_named (info, name);

  if (value == NULL || *value == '\0')
    return 0;
  return atoi (value);
}

static int
group_month_name (PursuitCvTables *tables,
                  GMatchInfo      *info,
                  const char      *name)
{
  g_autofree char *value = g_match_info_fetch_named (info, name);
  g_autofree char *folded = NULL;

  if (value == NULL || *value == '\0')
    return 0;

  folded = g_utf8_casefold (value, -1);
  return GPOINTER_TO_INT (g_hash_table_lookup (tables->months, folded));
}

/* The year and month (0 = not given) of the date with @prefix. */
static gboolean
fetch_date (PursuitCvTables *tables,
            GMatchInfo      *info,
            const char      *prefix,
            int             *out_year,
            int             *out_month)
{
  static const char * const forms[][2] = {
    { "y1", "mon" }, { "y2", "mm" }, { "y3", "m3" }, { "y4", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autofree char *year_group = g_strdup_printf ("%s_%s", prefix, forms[i][0]);
      int year = group_int (info, year_group);

      if (year == 0)
        continue;

      *out_year = year;
      *out_month = 0;
      if (forms[i][1] != NULL)
        {
          g_autofree char *month_group = g_strdup_printf ("%s_%s", prefix, forms[i][1]);

          *out_month = i == 0 ? group_month_name (tables, info, month_group)
                              : group_int (info, month_group);
        }
      return TRUE;
    }

  return FALSE;
}

/* A year alone starts in January; a year alone at the end counts up to
 * that January ("2015 – 2019" is four years), or half a year when the
 * job started and ended in the same year. */
static gboolean
make_span (int            start_year,
           int            start_month,
           int            end_year,
           int            end_month,
           gboolean       until_now,
           int            now,
           PursuitCvSpan *out)
{
  int start = start_year * 12 + (start_month > 0 ? start_month - 1 : 0);
  int end;

  if (until_now)
    end = now;
  else if (end_month > 0)
    end = end_year * 12 + end_month;
  else if (end_year == start_year)
    end = start + (start_month > 0 ? 12 - start_month + 1 : 6);
  else
    end = end_year * 12;

  end = MIN (end, now);
  if (start_year < 1950 || start >= end)
    return FALSE;

  out->start = start;
  out->end = end;
  return TRUE;
}

/* Finds the date ranges on one line and appends them to @spans. */
static void
find_spans (PursuitCvTables *tables,
            const char      *line,
            gsize            length,
            int              now,
            GArray          *spans)
{
  g_autoptr(GMatchInfo) info = NULL;

  g_regex_match_full (tables->range, line, (gssize) length, 0, 0, &info, NULL);
  while (g_match_info_matches (info))
    {
      g_autofree char *until_now = g_match_info_fetch_named (info, "now");
      int start_year, start_month, end_year = 0, end_month = 0;
      gboolean is_now = until_now != NULL && *until_now != '\0';
      PursuitCvSpan span;

      if (fetch_date (tables, info, "s", &start_year, &start_month) &&
          (is_now || fetch_date (tables, info, "e", &end_year, &end_month)) &&
          make_span (start_year, start_month, end_year, end_month, is_now, now, &span))
        g_array_append_val (spans, span);

      g_match_info_next (info, NULL);
    }
  g_clear_pointer (&info, g_match_info_free);

  g_regex_match_full (tables->since, line, (gssize) length, 0, 0, &info, NULL);
  while (g_match_info_matches (info))
    {
      int start_year, start_month;
      PursuitCvSpan span;

      if (fetch_date (tables, info, "s", &start_year, &start_month) &&
          make_span (start_year, start_month, 0, 0, TRUE, now, &span))
        g_array_append_val (spans, span);

      g_match_info_next (info, NULL);
    }
}

/* Skills */

typedef struct
{
  PursuitSkillLevel stated;  /* the highest level a nearby word gave */
  double stated_years;       /* "5 years of Python" */
  GArray *spans;             /* the jobs it was mentioned under */
  guint n_mentions;
} SkillInfo;

/* How far around a mention words are read for its level and years, and
 * how many mentions of one skill are read at most. */
#define CONTEXT_BYTES     160
#define MAX_MENTIONS_READ 32

static void
skill_info_free (gpointer data)
{
  SkillInfo *info = data;

  g_array_unref (info->spans);
  g_free (info);
}

/* The level word nearest before the mention on its line, skipping
 * parenthesised notes that belong to earlier skills, or one in the
 * parentheses or after the dash right behind it ("Python (expert)"). */
static PursuitSkillLevel
level_near (PursuitCvTables *tables,
            const char      *line,
            gsize            line_length,
            GArray          *words,
            gsize            mention_start,
            gsize            mention_end)
{
  int depth = 0;
  gsize p;

  /* After: up to the next comma or semicolon. */
  for (guint i = 0; i < words->len; i++)
    {
      const PursuitCvWord *word = &g_array_index (words, PursuitCvWord, i);
      gpointer level;

      if (word->start < mention_end)
        continue;
      if (memchr (line + mention_end, ',', word->start - mention_end) != NULL ||
          memchr (line + mention_end, ';', word->start - mention_end) != NULL ||
          word->start - mention_end > 40)
        break;
      if (g_hash_table_lookup_extended (tables->levels, word->folded, NULL, &level))
        return GPOINTER_TO_INT (level);
    }

  /* Before: back to the start of the line or of the sentence. */
  p = mention_start;
  for (int i = (int) words->len - 1; i >= 0; i--)
    {
      const PursuitCvWord *word = &g_array_index (words, PursuitCvWord, i);
      gpointer level;

      if (word->end > mention_start)
        continue;

      for (; p > word->end; p--)
        {
          char c = line[p - 1];

          if (c == ')')
            depth++;
          else if (c == '(' && depth > 0)
            depth--;
          else if (depth == 0 && (c == '|' || (c == '.' && p < line_length && line[p] == ' ')))
            return PURSUIT_SKILL_LEVEL_NONE;
        }
      p = word->start;

      if (depth > 0)
        continue;
      if (g_hash_table_lookup_extended (tables->levels, word->folded, NULL, &level))
        {
          /* "sehr gute Kenntnisse" is more than "gute". */
          if (GPOINTER_TO_INT (level) == PURSUIT_SKILL_LEVEL_INTERMEDIATE && i > 0 &&
              g_str_equal (g_array_index (words, PursuitCvWord, i - 1).folded, "sehr"))
            return PURSUIT_SKILL_LEVEL_ADVANCED;
          return GPOINTER_TO_INT (level);
        }
    }

  return PURSUIT_SKILL_LEVEL_NONE;
}

/* "5 years of Python", "Python (3 years)", "Java, 8 Jahre". */
static double
years_near (PursuitCvTables *tables,
            const char      *line,
            gsize            length,
            gsize            mention_start,
            gsize            mention_end)
{
  g_autoptr(GMatchInfo) info = NULL;
  double years = 0.0;

  g_regex_match_full (tables->years_of, line, (gssize) length, 0, 0, &info, NULL);
  while (g_match_info_matches (info))
    {
      int start, end;

      g_match_info_fetch_pos (info, 0, &start, &end);
      if (((gsize) end <= mention_start && mention_start - end <= 12) ||
          ((gsize) start >= mention_end && start - mention_end <= 12))
        {
          g_autofree char *number = g_match_info_fetch (info, 1);

          years = MAX (years, (double) atoi (number));
        }

      g_match_info_next (info, NULL);
    }

  return years;
}

static PursuitSkillLevel
level_from_years (double years)
{
  if (years >= 8.0)
    return PURSUIT_SKILL_LEVEL_EXPERT;
  if (years >= 4.0)
    return PURSUIT_SKILL_LEVEL_ADVANCED;
  if (years >= 1.0)
    return PURSUIT_SKILL_LEVEL_INTERMEDIATE;
  if (years > 0.0)
    return PURSUIT_SKILL_LEVEL_BEGINNER;
  return PURSUIT_SKILL_LEVEL_NONE;
}

static guint
find_line (GArray *lines,
           gsize   offset)
{
  guint low = 0, high = lines->len;

  /* The last line starting at or before @offset. */
  while (high - low > 1)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (lines, Line, middle).start <= offset)
        low = middle;
      else
        high = middle;
    }

  return low;
}

/* Languages */

static void
find_languages (PursuitCvTables  *tables,
                const char       *line,
                GArray           *words,
                PursuitCvSection  section,
                GPtrArray        *found)
{
  for (guint i = 0; i < words->len; i++)
    {
      const PursuitCvWord *word = &g_array_index (words, PursuitCvWord, i);
      const char *english = g_hash_table_lookup (tables->languages, word->folded);
      gboolean cued = section == PURSUIT_CV_SECTION_LANGUAGES;

      if (english == NULL)
        continue;

      for (guint j = i > 2 ? i - 2 : 0; !cued && j < MIN (words->len, i + 4); j++)
        cued = j != i && g_hash_table_contains (tables->language_cues,
                                                g_array_index (words, PursuitCvWord, j).folded);

      /* "Polish" the verb, "German" the adjective: only capitalised. */
      if (cued && g_unichar_isupper (g_utf8_get_char (line + word->start)) &&
          !g_ptr_array_find_with_equal_func (found, english, g_str_equal, NULL))
        g_ptr_array_add (found, (gpointer) english);
    }
}

/* Name and headline: the first short lines, unless they are contact
 * details or headings. */
static gboolean
looks_like_name_line (const char *line,
                      gsize       length,
                      gsize       max_length,
                      gboolean    allow_digits)
{
  if (length < 2 || length > max_length)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (line[i] == '@' || line[i] == ':' || line[i] == '/' || (!allow_digits && g_ascii_isdigit (line[i])))
        return FALSE;
    }

  return TRUE;
}

/* What a CV's first line says when it is not the name. */
static gboolean
is_document_title (const char *line)
{
  static const char * const titles[] = {
    "cv", "curriculum vitae", "curriculum", "resume", "résumé", "lebenslauf",
    "tabellarischer lebenslauf", "currículum", "currículum vitae", "curriculum vitæ",
  };
  g_autofree char *folded = g_utf8_casefold (line, -1);

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      if (g_str_equal (folded, titles[i]))
        return TRUE;
    }

  return FALSE;
}

static void
set_name_and_headline (PursuitProfile *profile,
                       const char     *text,
                       GArray         *lines)
{
  guint found = 0;

  for (guint i = 0; i < lines->len && found < 2; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      g_autofree char *value = NULL;

      value = g_strstrip (g_strndup (text + line->start, line->length));
      if (*value == '\0' || is_document_title (value))
        continue;
      if (line->heading || line->section != PURSUIT_CV_SECTION_NONE)
        break;

      if (found == 0)
        {
          if (!looks_like_name_line (value, strlen (value), 60, FALSE))
            break;
          pursuit_profile_set_name (profile, value);
        }
      else if (looks_like_name_line (value, strlen (value), 100, TRUE))
        pursuit_profile_set_headline (profile, value);

      found++;
    }
}

PursuitProfile *
pursuit_profile_extract (const char           *text,
                         PursuitSkillTaxonomy *taxonomy,
                         GDateTime            *today)
{
  PursuitCvTables *tables = _pursuit_cv_get_tables ();
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PursuitCvSpan));
  g_autoptr(GArray) line_span = NULL;   /* line → index into spans of its job, or -1 */
  g_autoptr(GArray) mentions = NULL;
  g_autoptr(GHashTable) skills = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) found_languages = g_ptr_array_new ();
  g_autofree char *valid = NULL;
  PursuitEducationLevel education = PURSUIT_EDUCATION_NONE;
  int now;
  int current_job = -1;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  /* A CV is a few pages: what comes after the first megabytes of text
   * (a hostile or mistaken file) is not read, so the cost is bounded. */
  if (strnlen (text, MAX_TEXT_READ + 1) > MAX_TEXT_READ)
    {
      const char *end = g_utf8_find_prev_char (text, text + MAX_TEXT_READ + 1);

      text = valid = g_utf8_make_valid (text, end - text);
    }
  else if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  now = _pursuit_cv_month_now (today);
  lines = split_lines (tables, text);
  line_span = g_array_sized_new (FALSE, FALSE, sizeof (int), lines->len);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);
      const char *start = text + line->start;
      g_autoptr(GArray) words = NULL;
      g_autofree char *copy = NULL;
      gboolean in_education;
      guint n_spans = spans->len;

      if (line->heading)
        {
          current_job = -1;
          g_array_append_val (line_span, current_job);
          continue;
        }

      /* Degrees and schools are named on short lines; reading the start
       * of a long one is enough. */
      copy = g_strndup (start, _pursuit_utf8_clip (start, line->length, MAX_LINE_READ));
      in_education = line->section == PURSUIT_CV_SECTION_EDUCATION;

      /* Outside sections, a line naming a school or degree is
       * education. */
      if (line->section == PURSUIT_CV_SECTION_NONE &&
          (g_regex_match (tables->school, copy, 0, NULL) ||
           _pursuit_cv_parse_education (copy, FALSE) != PURSUIT_EDUCATION_NONE))
        in_education = TRUE;

      education = MAX (education, _pursuit_cv_parse_education (copy, in_education));

      if (!in_education && has_year (start, line->length) &&
          (line->section == PURSUIT_CV_SECTION_NONE || line->section == PURSUIT_CV_SECTION_WORK))
        {
          find_spans (tables, start, line->length, now, spans);
          if (spans->len > n_spans)
            current_job = (int) spans->len - 1;
        }
      else if (line->section != PURSUIT_CV_SECTION_NONE && line->section != PURSUIT_CV_SECTION_WORK)
        current_job = -1;

      g_array_append_val (line_span, current_job);

      words = _pursuit_cv_split_words (start, _pursuit_utf8_clip (start, line->length, MAX_LINE_READ));
      find_languages (tables, start, words, line->section, found_languages);
    }

  pursuit_profile_set_years_of_experience (profile, _pursuit_cv_merge_years (spans));
  pursuit_profile_set_education (profile, education);
  g_ptr_array_add (found_languages, NULL);
  pursuit_profile_set_languages (profile, (const char * const *) found_languages->pdata);
  set_name_and_headline (profile, text, lines);

  /* Skills, with what the words and jobs around each mention say. */
  skills = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, skill_info_free);
  mentions = pursuit_skill_taxonomy_extract (taxonomy, text, -1);
  for (guint i = 0; i < mentions->len; i++)
    {
      const PursuitSkillMention *mention = &g_array_index (mentions, PursuitSkillMention, i);
      guint line_index = find_line (lines, mention->offset);
      const Line *line = &g_array_index (lines, Line, line_index);
      const char *line_text = text + line->start;
      gsize start = mention->offset - line->start;
      gsize end = start + mention->length;
      g_autoptr(GArray) words = NULL;
      gsize window_start, window_end;
      SkillInfo *info;
      int job;

      if (line->section == PURSUIT_CV_SECTION_LANGUAGES)
        continue;

      info = g_hash_table_lookup (skills, GUINT_TO_POINTER (mention->skill));
      if (info == NULL)
        {
          info = g_new0 (SkillInfo, 1);
          info->spans = g_array_new (FALSE, FALSE, sizeof (PursuitCvSpan));
          g_hash_table_insert (skills, GUINT_TO_POINTER (mention->skill), info);
          g_ptr_array_add (order, GUINT_TO_POINTER (mention->skill));
        }

      /* Enough mentions to know the skill; a hostile text naming it a
       * million times costs no more. */
      if (++info->n_mentions > MAX_MENTIONS_READ)
        continue;

      /* Only the words around the mention, so a long line (a PDF page
       * without line breaks) is not read again for each mention. */
      end = MIN (end, line->length);
      window_start = start > CONTEXT_BYTES ? start - CONTEXT_BYTES : 0;
      while (window_start < start && (line_text[window_start] & 0xC0) == 0x80)
        window_start++;
      /* @end is a character boundary, so the clip never goes below it. */
      window_end = _pursuit_utf8_clip (line_text, line->length, end + CONTEXT_BYTES);

      words = _pursuit_cv_split_words (line_text + window_start, window_end - window_start);
      info->stated = MAX (info->stated, level_near (tables, line_text + window_start,
                                                    window_end - window_start, words,
                                                    start - window_start, end - window_start));
      info->stated_years = MAX (info->stated_years, years_near (tables, line_text + window_start,
                                                                window_end - window_start,
                                                                start - window_start,
                                                                end - window_start));

      job = g_array_index (line_span, int, line_index);
      if (job >= 0)
        g_array_append_val (info->spans, g_array_index (spans, PursuitCvSpan, job));
    }

  for (guint i = 0; i < order->len; i++)
    {
      guint skill = GPOINTER_TO_UINT (g_ptr_array_index (order, i));
      SkillInfo *info = g_hash_table_lookup (skills, GUINT_TO_POINTER (skill));
      PursuitSkillLevel level = info->stated;

      /* A stated level wins; else the years it was used; else a
       * skill named on a CV is taken as working knowledge. */
      if (level == PURSUIT_SKILL_LEVEL_NONE)
        level = level_from_years (MAX (info->stated_years, _pursuit_cv_merge_years (info->spans)));
      if (level < PURSUIT_SKILL_LEVEL_INTERMEDIATE && info->stated == PURSUIT_SKILL_LEVEL_NONE)
        level = PURSUIT_SKILL_LEVEL_INTERMEDIATE;

      pursuit_profile_set_skill (profile, pursuit_skill_taxonomy_get_name (taxonomy, skill), level);
    }

  return g_steal_pointer (&profile);
}
