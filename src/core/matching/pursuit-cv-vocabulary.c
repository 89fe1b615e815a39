/* pursuit-cv-vocabulary.c
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

/* The words a CV is read with, in English, German, French and Spanish:
 * section headings, month names, level words, spoken languages, degrees;
 * and the patterns built from them, compiled once. */

typedef struct
{
  const char *name;
  PursuitCvSection section;
} Heading;

static const Heading headings[] = {
  { "experience", PURSUIT_CV_SECTION_WORK },
  { "work experience", PURSUIT_CV_SECTION_WORK },
  { "professional experience", PURSUIT_CV_SECTION_WORK },
  { "relevant experience", PURSUIT_CV_SECTION_WORK },
  { "employment", PURSUIT_CV_SECTION_WORK },
  { "employment history", PURSUIT_CV_SECTION_WORK },
  { "work history", PURSUIT_CV_SECTION_WORK },
  { "career", PURSUIT_CV_SECTION_WORK },
  { "career history", PURSUIT_CV_SECTION_WORK },
  { "berufserfahrung", PURSUIT_CV_SECTION_WORK },
  { "berufliche erfahrung", PURSUIT_CV_SECTION_WORK },
  { "beruflicher werdegang", PURSUIT_CV_SECTION_WORK },
  { "werdegang", PURSUIT_CV_SECTION_WORK },
  { "praxiserfahrung", PURSUIT_CV_SECTION_WORK },
  { "expérience", PURSUIT_CV_SECTION_WORK },
  { "expériences", PURSUIT_CV_SECTION_WORK },
  { "expérience professionnelle", PURSUIT_CV_SECTION_WORK },
  { "expériences professionnelles", PURSUIT_CV_SECTION_WORK },
  { "parcours professionnel", PURSUIT_CV_SECTION_WORK },
  { "experiencia", PURSUIT_CV_SECTION_WORK },
  { "experiencia profesional", PURSUIT_CV_SECTION_WORK },
  { "experiencia laboral", PURSUIT_CV_SECTION_WORK },
  { "trayectoria profesional", PURSUIT_CV_SECTION_WORK },
  { "education", PURSUIT_CV_SECTION_EDUCATION },
  { "education and training", PURSUIT_CV_SECTION_EDUCATION },
  { "academic background", PURSUIT_CV_SECTION_EDUCATION },
  { "qualifications", PURSUIT_CV_SECTION_EDUCATION },
  { "ausbildung", PURSUIT_CV_SECTION_EDUCATION },
  { "bildung", PURSUIT_CV_SECTION_EDUCATION },
  { "bildungsweg", PURSUIT_CV_SECTION_EDUCATION },
  { "studium", PURSUIT_CV_SECTION_EDUCATION },
  { "schulbildung", PURSUIT_CV_SECTION_EDUCATION },
  { "schul- und berufsausbildung", PURSUIT_CV_SECTION_EDUCATION },
  { "formation", PURSUIT_CV_SECTION_EDUCATION },
  { "formations", PURSUIT_CV_SECTION_EDUCATION },
  { "études", PURSUIT_CV_SECTION_EDUCATION },
  { "formación", PURSUIT_CV_SECTION_EDUCATION },
  { "formación académica", PURSUIT_CV_SECTION_EDUCATION },
  { "educación", PURSUIT_CV_SECTION_EDUCATION },
  { "estudios", PURSUIT_CV_SECTION_EDUCATION },
  { "skills", PURSUIT_CV_SECTION_SKILLS },
  { "technical skills", PURSUIT_CV_SECTION_SKILLS },
  { "core skills", PURSUIT_CV_SECTION_SKILLS },
  { "key skills", PURSUIT_CV_SECTION_SKILLS },
  { "competencies", PURSUIT_CV_SECTION_SKILLS },
  { "kenntnisse", PURSUIT_CV_SECTION_SKILLS },
  { "fachkenntnisse", PURSUIT_CV_SECTION_SKILLS },
  { "it-kenntnisse", PURSUIT_CV_SECTION_SKILLS },
  { "fähigkeiten", PURSUIT_CV_SECTION_SKILLS },
  { "kompetenzen", PURSUIT_CV_SECTION_SKILLS },
  { "compétences", PURSUIT_CV_SECTION_SKILLS },
  { "compétences techniques", PURSUIT_CV_SECTION_SKILLS },
  { "habilidades", PURSUIT_CV_SECTION_SKILLS },
  { "competencias", PURSUIT_CV_SECTION_SKILLS },
  { "conocimientos", PURSUIT_CV_SECTION_SKILLS },
  { "aptitudes", PURSUIT_CV_SECTION_SKILLS },
  { "languages", PURSUIT_CV_SECTION_LANGUAGES },
  { "language skills", PURSUIT_CV_SECTION_LANGUAGES },
  { "sprachen", PURSUIT_CV_SECTION_LANGUAGES },
  { "sprachkenntnisse", PURSUIT_CV_SECTION_LANGUAGES },
  { "langues", PURSUIT_CV_SECTION_LANGUAGES },
  { "compétences linguistiques", PURSUIT_CV_SECTION_LANGUAGES },
  { "idiomas", PURSUIT_CV_SECTION_LANGUAGES },
  { "lenguas", PURSUIT_CV_SECTION_LANGUAGES },
  { "summary", PURSUIT_CV_SECTION_OTHER },
  { "profile", PURSUIT_CV_SECTION_OTHER },
  { "about me", PURSUIT_CV_SECTION_OTHER },
  { "projects", PURSUIT_CV_SECTION_OTHER },
  { "certifications", PURSUIT_CV_SECTION_OTHER },
  { "certificates", PURSUIT_CV_SECTION_OTHER },
  { "interests", PURSUIT_CV_SECTION_OTHER },
  { "hobbies", PURSUIT_CV_SECTION_OTHER },
  { "references", PURSUIT_CV_SECTION_OTHER },
  { "publications", PURSUIT_CV_SECTION_OTHER },
  { "awards", PURSUIT_CV_SECTION_OTHER },
  { "volunteering", PURSUIT_CV_SECTION_OTHER },
  { "contact", PURSUIT_CV_SECTION_OTHER },
  { "personal details", PURSUIT_CV_SECTION_OTHER },
  { "profil", PURSUIT_CV_SECTION_OTHER },
  { "kurzprofil", PURSUIT_CV_SECTION_OTHER },
  { "über mich", PURSUIT_CV_SECTION_OTHER },
  { "persönliche daten", PURSUIT_CV_SECTION_OTHER },
  { "projekte", PURSUIT_CV_SECTION_OTHER },
  { "zertifikate", PURSUIT_CV_SECTION_OTHER },
  { "interessen", PURSUIT_CV_SECTION_OTHER },
  { "projets", PURSUIT_CV_SECTION_OTHER },
  { "centres d'intérêt", PURSUIT_CV_SECTION_OTHER },
  { "proyectos", PURSUIT_CV_SECTION_OTHER },
  { "certificaciones", PURSUIT_CV_SECTION_OTHER },
  { "intereses", PURSUIT_CV_SECTION_OTHER },
  { "perfil", PURSUIT_CV_SECTION_OTHER },
  { "resumen", PURSUIT_CV_SECTION_OTHER },
};

typedef struct
{
  const char *name;
  int month;
} MonthName;

static const MonthName month_names[] = {
  /* English */
  { "january", 1 }, { "jan", 1 }, { "february", 2 }, { "feb", 2 },
  { "march", 3 }, { "mar", 3 }, { "april", 4 }, { "apr", 4 }, { "may", 5 },
  { "june", 6 }, { "jun", 6 }, { "july", 7 }, { "jul", 7 }, { "august", 8 },
  { "aug", 8 }, { "september", 9 }, { "sept", 9 }, { "sep", 9 },
  { "october", 10 }, { "oct", 10 }, { "november", 11 }, { "nov", 11 },
  { "december", 12 }, { "dec", 12 },
  /* German */
  { "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "märz", 3 },
  { "maerz", 3 }, { "mär", 3 }, { "mai", 5 }, { "juni", 6 }, { "juli", 7 },
  { "oktober", 10 }, { "okt", 10 }, { "dezember", 12 }, { "dez", 12 },
  /* French */
  { "janvier", 1 }, { "janv", 1 }, { "février", 2 }, { "fevrier", 2 },
  { "févr", 2 }, { "fevr", 2 }, { "mars", 3 }, { "avril", 4 }, { "avr", 4 },
  { "juin", 6 }, { "juillet", 7 }, { "juil", 7 }, { "août", 8 },
  { "aout", 8 }, { "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 },
  { "décembre", 12 }, { "decembre", 12 }, { "déc", 12 },
  /* Spanish */
  { "enero", 1 }, { "ene", 1 }, { "febrero", 2 }, { "marzo", 3 },
  { "abril", 4 }, { "abr", 4 }, { "mayo", 5 }, { "junio", 6 }, { "julio", 7 },
  { "agosto", 8 }, { "ago", 8 }, { "septiembre", 9 }, { "setiembre", 9 },
  { "octubre", 10 }, { "noviembre", 11 }, { "diciembre", 12 }, { "dic", 12 },
};

typedef struct
{
  const char *word;
  PursuitSkillLevel level;
} LevelWord;

/* Words read before or right after a skill ("expert in Go", "Python
 * (basic)"). "Deep" and "working" are left out: "deep learning" and
 * "working with" say nothing about a level. */
static const LevelWord level_words[] = {
  { "expert", PURSUIT_SKILL_LEVEL_EXPERT },
  { "experts", PURSUIT_SKILL_LEVEL_EXPERT },
  { "expertise", PURSUIT_SKILL_LEVEL_EXPERT },
  { "mastery", PURSUIT_SKILL_LEVEL_EXPERT },
  { "experte", PURSUIT_SKILL_LEVEL_EXPERT },
  { "expertin", PURSUIT_SKILL_LEVEL_EXPERT },
  { "expertenwissen", PURSUIT_SKILL_LEVEL_EXPERT },
  { "experto", PURSUIT_SKILL_LEVEL_EXPERT },
  { "experta", PURSUIT_SKILL_LEVEL_EXPERT },
  { "advanced", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "proficient", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "proficiency", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "strong", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "extensive", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "fortgeschritten", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "fortgeschrittene", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "fundierte", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "umfangreiche", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "avancé", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "avancée", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "avancés", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "maîtrise", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "avanzado", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "avanzados", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "avanzada", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "dominio", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "intermediate", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "good", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "solid", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "gute", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "gut", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "solide", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "intermédiaire", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "bonne", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "bonnes", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "intermedio", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "intermedia", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "buen", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "buenos", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "basic", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "basics", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "beginner", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "familiar", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "familiarity", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "exposure", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "grundkenntnisse", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "grundlagen", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "anfänger", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "notions", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "débutant", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "básico", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "básicos", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "básica", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "principiante", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "nociones", PURSUIT_SKILL_LEVEL_BEGINNER },
};

typedef struct
{
  const char *english;
  const char *names;  /* space-separated, casefolded */
} Language;

static const Language languages[] = {
  { "English", "english englisch anglais inglés ingles" },
  { "German", "german deutsch allemand alemán aleman" },
  { "French", "french französisch franzoesisch français francais francés frances" },
  { "Spanish", "spanish spanisch espagnol español espanol castellano" },
  { "Italian", "italian italienisch italien italiano" },
  { "Portuguese", "portuguese portugiesisch portugais portugués portugues" },
  { "Dutch", "dutch niederländisch néerlandais neerlandés holländisch" },
  { "Polish", "polish polnisch polonais polaco" },
  { "Russian", "russian russisch russe ruso" },
  { "Chinese", "chinese mandarin chinesisch chinois chino mandarín" },
  { "Cantonese", "cantonese kantonesisch cantonais cantonés" },
  { "Japanese", "japanese japanisch japonais japonés" },
  { "Korean", "korean koreanisch coréen coreano" },
  { "Arabic", "arabic arabisch arabe árabe" },
  { "Turkish", "turkish türkisch turc turco" },
  { "Swedish", "swedish schwedisch suédois sueco" },
  { "Danish", "danish dänisch danois danés" },
  { "Norwegian", "norwegian norwegisch norvégien noruego" },
  { "Finnish", "finnish finnisch finnois finlandés" },
  { "Greek", "greek griechisch grec griego" },
  { "Czech", "czech tschechisch tchèque checo" },
  { "Hindi", "hindi" },
  { "Ukrainian", "ukrainian ukrainisch ukrainien ucraniano" },
  { "Hungarian", "hungarian ungarisch hongrois húngaro" },
  { "Romanian", "romanian rumänisch roumain rumano" },
  { "Catalan", "catalan katalanisch catalán català" },
  { "Hebrew", "hebrew hebräisch hébreu hebreo" },
  { "Vietnamese", "vietnamese vietnamesisch vietnamien vietnamita" },
  { "Persian", "persian farsi persisch persan persa" },
};

/* Words that say how well a language is spoken; next to a language name
 * outside a Languages section they make it one ("fluent German"). */
static const char * const language_cues[] = {
  "native", "mother", "fluent", "fluently", "bilingual", "business",
  "conversational", "proficient", "basic", "a1", "a2", "b1", "b2", "c1",
  "c2", "muttersprache", "muttersprachlich", "fließend", "verhandlungssicher",
  "grundkenntnisse", "maternelle", "courant", "bilingue", "natif", "native",
  "notions", "nativo", "nativa", "materna", "fluido", "bilingüe", "speaker",
};

typedef struct
{
  const char *pattern;
  PursuitEducationLevel level;
  gboolean section_only;
} DegreePattern;

/* Ambiguous words ("Master" in "Scrum Master", "licence" for driving,
 * "Promotion" at work) count only in an Education section. */
static const DegreePattern degree_patterns[] = {
  { "\\b(?:ph\\.?\\s?d|doctorate|doctoral degree|doktorat|doktorgrad|dr\\.\\s?(?:rer|phil|ing|med)|doctorat|doctorado|dphil)\\b", PURSUIT_EDUCATION_DOCTORATE, FALSE },
  { "\\b(?:promotion|doktor)\\b", PURSUIT_EDUCATION_DOCTORATE, TRUE },
  { "\\b(?:master(?:'s|’s|s)?\\s+(?:of|in|degree|de|en)|m\\.?\\s?sc|msc|mba|m\\.?\\s?eng|m\\.s\\.|diplom(?:-\\s?\\w+)?|dipl\\.|magister|máster|maestría|mastère)(?=\\W|$)", PURSUIT_EDUCATION_MASTER, FALSE },
  { "\\b(?:master|m\\.a\\.)(?=\\W|$)", PURSUIT_EDUCATION_MASTER, TRUE },
  { "\\b(?:bachelor(?:'s|’s|s)?|b\\.?\\s?sc|bsc|b\\.\\s?a\\.|b\\.?\\s?eng|beng|b\\.s\\.|licenciatura|licenciado|grado en)(?=\\W|$)", PURSUIT_EDUCATION_BACHELOR, FALSE },
  { "\\b(?:licence|grado|ba)\\b", PURSUIT_EDUCATION_BACHELOR, TRUE },
  { "\\b(?:associate(?:'s)? (?:degree|of)|a\\.a\\.s?\\.|hnd|técnico superior)(?=\\W|$)", PURSUIT_EDUCATION_ASSOCIATE, FALSE },
  { "\\b(?:dut|bts)\\b", PURSUIT_EDUCATION_ASSOCIATE, TRUE },
  { "\\b(?:ausbildung (?:zum|zur|als)|berufsausbildung|abgeschlossene ausbildung|apprenticeship|vocational|gesellenbrief|formación profesional|fachwirt)\\b", PURSUIT_EDUCATION_VOCATIONAL, FALSE },
  { "\\b(?:cap|meister|meisterin)\\b", PURSUIT_EDUCATION_VOCATIONAL, TRUE },
  { "\\b(?:high school|abitur|baccalauréat|bachillerato|a-levels?|gcse|secondary school|matura|fachabitur|fachhochschulreife|mittlere reife|realschulabschluss)(?=\\W|$)", PURSUIT_EDUCATION_SECONDARY, FALSE },
  { "\\b(?:bac|gymnasium|lycée)(?=\\W|$)", PURSUIT_EDUCATION_SECONDARY, TRUE },
};

/* Lines naming a school, outside any heading, are education, not work. */
static const char *school_pattern =
  "\\b(?:universit\\w*|school|college|hochschule|fachhochschule|gymnasium|école|escuela|instituto|lycée)(?=\\W|$)";



static char *
date_pattern (const char *prefix,
              const char *months)
{
  return g_strdup_printf ("(?:(?<%1$s_mon>%2$s)\\.?\\s*(?:de\\s+)?(?<%1$s_y1>(?:19|20)\\d\\d)"
                          "|(?:(?:0?[1-9]|[12]\\d|3[01])[./]\\s*)?(?<%1$s_mm>0?[1-9]|1[0-2])\\s*[/.]\\s*(?<%1$s_y2>(?:19|20)\\d\\d)"
                          "|(?<%1$s_y3>(?:19|20)\\d\\d)[-/.](?<%1$s_m3>0[1-9]|1[0-2])"
                          "|(?<%1$s_y4>(?:19|20)\\d\\d))(?!\\d)",
                          prefix, months);
}

static GRegex *
compile (const char *pattern)
{
  g_autoptr(GError) error = NULL;
  GRegex *regex;

  regex = g_regex_new (pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, &error);
  if (regex == NULL)
    g_error ("Bad CV pattern %s: %s", pattern, error->message);

  return regex;
}

static gpointer
create_tables (gpointer data)
{
  PursuitCvTables *tables = g_new0 (PursuitCvTables, 1);
  g_autoptr(GString) months = g_string_new (NULL);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *since = NULL;
  g_autofree char *range = NULL;
  g_autofree char *since_pattern = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  tables->months = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      g_hash_table_insert (tables->months, (gpointer) month_names[i].name,
                           GINT_TO_POINTER (month_names[i].month));
      g_ptr_array_add (names, (gpointer) month_names[i].name);
    }

  /* Longest first, so "march" is not read as "mar" + "ch". */
  for (guint length = 12; length > 0; length--)
    for (guint i = 0; i < names->len; i++)
      {
        const char *name = g_ptr_array_index (names, i);

        if (strlen (name) != length)
          continue;
        if (months->len > 0)
          g_string_append_c (months, '|');
        g_string_append (months, name);
      }

  start = date_pattern ("s", months->str);
  end = date_pattern ("e", months->str);
  since = date_pattern ("s", months->str);
  range = g_strdup_printf ("(?<![\\d./])%s\\s*(?:–|—|‒|−|-|to|until|till|bis|à|au|a|al|hasta|→)\\s*"
                           "(?:%s|(?<now>present|current|currently|now|today|date|ongoing|heute|aktuell|jetzt|dato|laufend"
                           "|aujourd'hui|aujourd’hui|présent|actuel|en cours|actualidad|la actualidad|presente|hoy|la fecha))(?!\\w)",
                           start, end);
  since_pattern = g_strdup_printf ("\\b(?:since|seit|depuis|desde)\\s+(?:(?:le|el|dem)\\s+)?%s", since);

  tables->range = compile (range);
  tables->since = compile (since_pattern);
  tables->years_of = compile ("(?<!\\d)(\\d{1,2})\\+?\\s*(?:years?|yrs?|jahre|jahren|ans|años)(?!\\w)");
  tables->school = compile (school_pattern);
  tables->degrees = g_new0 (GRegex *, G_N_ELEMENTS (degree_patterns));
  for (guint i = 0; i < G_N_ELEMENTS (degree_patterns); i++)
    tables->degrees[i] = compile (degree_patterns[i].pattern);

  tables->levels = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (level_words); i++)
    g_hash_table_insert (tables->levels, (gpointer) level_words[i].word,
                         GINT_TO_POINTER (level_words[i].level));

  tables->languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_auto(GStrv) words = g_strsplit (languages[i].names, " ", -1);

      for (guint j = 0; words[j] != NULL; j++)
        g_hash_table_insert (tables->languages, g_steal_pointer (&words[j]),
                             (gpointer) languages[i].english);
    }

  tables->language_cues = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (language_cues); i++)
    g_hash_table_add (tables->language_cues, (gpointer) language_cues[i]);

  tables->headings = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_hash_table_insert (tables->headings, (gpointer) headings[i].name,
                         GINT_TO_POINTER (headings[i].section));

  return tables;
}

/* Built once and never freed: read-only after, so every thread may use
 * them. */
PursuitCvTables *
_pursuit_cv_get_tables (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, create_tables, NULL);
  return once.retval;
}

/* Words */


static void
clear_word (gpointer data)
{
  PursuitCvWord *word = data;

  g_free (word->folded);
}

/* Words are runs of letters and digits; an apostrophe inside a word
 * ("aujourd'hui") is kept. */
GArray *
_pursuit_cv_split_words (const char *line,
                         gsize       length)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (PursuitCvWord));
  const char *end = line + length;
  const char *p = line;

  g_array_set_clear_func (words, clear_word);

  while (p < end)
    {
      const char *start;

      while (p < end && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p >= end)
        break;

      start = p;
      while (p < end && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      {
        PursuitCvWord word = { start - line, p - line, g_utf8_casefold (start, p - start) };

        g_array_append_val (words, word);
      }
    }

  return words;
}

/* Helpers shared with the reader */

int
_pursuit_cv_month_now (GDateTime *today)
{
  return g_date_time_get_year (today) * 12 + g_date_time_get_month (today);
}

gboolean
_pursuit_cv_parse_iso_date (const char *text,
                            gboolean    is_end,
                            int        *out_month)
{
  int year, month = 0;
  char *end;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;

  year = (int) strtol (text, &end, 10);
  if (end - text != 4 || year < 1900 || year > 2200)
    return FALSE;

  if (*end == '-')
    {
      const char *m = end + 1;

      month = (int) strtol (m, &end, 10);
      if (end - m != 2 || month < 1 || month > 12)
        return FALSE;
    }

  if (month == 0)
    *out_month = year * 12 + (is_end ? 12 : 0);
  else
    *out_month = year * 12 + month - (is_end ? 0 : 1);

  return TRUE;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const PursuitCvSpan *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (x->end > y->end) - (x->end < y->end);
}

double
_pursuit_cv_merge_years (GArray *spans)
{
  g_autoptr(GArray) sorted = NULL;
  int months = 0;
  int current_start = 0, current_end = 0;
  gboolean open = FALSE;

  g_return_val_if_fail (spans != NULL, 0.0);

  sorted = g_array_copy (spans);
  g_array_sort (sorted, compare_spans);

  for (guint i = 0; i < sorted->len; i++)
    {
      const PursuitCvSpan *span = &g_array_index (sorted, PursuitCvSpan, i);

      if (span->end <= span->start)
        continue;

      if (open && span->start <= current_end)
        {
          current_end = MAX (current_end, span->end);
          continue;
        }

      if (open)
        months += current_end - current_start;
      current_start = span->start;
      current_end = span->end;
      open = TRUE;
    }
  if (open)
    months += current_end - current_start;

  return MIN (round (months / 1.2) / 10.0, 80.0);
}

PursuitEducationLevel
_pursuit_cv_parse_education (const char *text,
                             gboolean    in_education_section)
{
  PursuitCvTables *tables = _pursuit_cv_get_tables ();

  g_return_val_if_fail (text != NULL, PURSUIT_EDUCATION_NONE);

  /* The patterns are ordered from the highest degree down. */
  for (guint i = 0; i < G_N_ELEMENTS (degree_patterns); i++)
    {
      if (degree_patterns[i].section_only && !in_education_section)
        continue;
      if (g_regex_match (tables->degrees[i], text, 0, NULL))
        return degree_patterns[i].level;
    }

  return PURSUIT_EDUCATION_NONE;
}

const char *
_pursuit_cv_language_name (const char *word)
{
  g_autofree char *folded = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (word != NULL, NULL);

  stripped = g_strstrip (g_strdup (word));
  folded = g_utf8_casefold (stripped, -1);
  return g_hash_table_lookup (_pursuit_cv_get_tables ()->languages, folded);
}

PursuitSkillLevel
_pursuit_cv_parse_level (const char *text)
{
  PursuitCvTables *tables = _pursuit_cv_get_tables ();
  g_autoptr(GArray) words = NULL;

  g_return_val_if_fail (text != NULL, PURSUIT_SKILL_LEVEL_NONE);

  words = _pursuit_cv_split_words (text, strlen (text));
  for (guint i = 0; i < words->len; i++)
    {
      const PursuitCvWord *word = &g_array_index (words, PursuitCvWord, i);
      gpointer level;

      /* JSON Resume's own scale tops out at "Master". */
      if (g_str_equal (word->folded, "master"))
        return PURSUIT_SKILL_LEVEL_EXPERT;
      if (g_hash_table_lookup_extended (tables->levels, word->folded, NULL, &level))
        return GPOINTER_TO_INT (level);
    }

  return PURSUIT_SKILL_LEVEL_NONE;
}
