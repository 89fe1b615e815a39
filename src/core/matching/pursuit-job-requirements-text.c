/* pursuit-job-requirements-text.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-requirements"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pursuit-fold-private.h"
#include "pursuit-job-requirements-private.h"

/* Every table below is folded (lower case, no accents, "ss" for "ß") and
 * matched on word boundaries; an entry ending in "*" matches a word
 * prefix ("proficien*": "proficient", "proficiency"). */

/* Headings. Preferred ones are tried first: "Preferred qualifications"
 * must not read as "qualifications". */
static const char * const preferred_headings[] = {
  "nice to have", "nice-to-have", "nice to haves", "bonus", "bonus points", "preferred",
  "preferred qualifications", "preferred skills", "desirable", "desired", "a plus", "plus",
  "extra credit", "optional", "good to have", "ideally", "it's a plus if you have",
  "it's a plus if", "bonus if you have", "even better if you have", "even better if",
  "you'll stand out if", "what would make you stand out", "what sets you apart",
  "wunschenswert", "von vorteil", "idealerweise", "pluspunkte", "ein plus",
  "atouts", "atout", "un plus", "les plus", "serait un plus", "apprecie", "souhaite",
  "se valorara", "valorable", "valorables", "deseable", "deseables", "valoramos", "sera un plus",
  NULL
};

static const char * const required_headings[] = {
  "requirements", "requirement", "required", "must have", "must-have", "must haves",
  "qualifications", "minimum qualifications", "basic qualifications", "what you bring",
  "what we're looking for", "what we are looking for", "what we look for", "who you are",
  "about you", "your profile", "your skills", "skills", "key skills", "you have", "you bring",
  "what you need", "what you'll need", "what you will need", "the ideal candidate",
  "ideal candidate", "the successful candidate will have", "the successful candidate",
  "what we need from you", "what we need", "your background", "experience", "skills and experience", "you",
  "you are",
  "anforderungen", "ihr profil", "dein profil", "profil", "was du mitbringst",
  "was sie mitbringen", "das bringst du mit", "das bringen sie mit", "qualifikation",
  "qualifikationen", "voraussetzungen", "wir erwarten", "was wir erwarten", "kenntnisse",
  "profil recherche", "votre profil", "exigences", "competences", "competences requises",
  "prerequis", "ce que nous recherchons", "qui etes-vous", "vous",
  "requisitos", "perfil", "tu perfil", "buscamos", "lo que buscamos", "que buscamos",
  "requerimientos", "imprescindible", "competencias", "requisitos minimos",
  NULL
};

static const char * const other_headings[] = {
  "about us", "about the company", "who we are", "about the role", "the role", "role",
  "responsibilities", "your responsibilities", "key responsibilities", "what you'll do",
  "what you will do", "your tasks", "tasks", "your role", "your mission", "the job",
  "benefits", "perks", "what we offer", "we offer", "why join us", "why us", "compensation",
  "salary", "how to apply", "location", "the team", "our stack", "tech stack",
  "uber uns", "ihre aufgaben", "deine aufgaben", "aufgaben", "wir bieten", "was wir bieten",
  "das bieten wir", "unser angebot", "deine benefits", "ihre vorteile",
  "a propos", "qui sommes-nous", "vos missions", "missions", "le poste", "nous offrons",
  "ce que nous offrons", "avantages", "pourquoi nous rejoindre", "vos responsabilites",
  "sobre nosotros", "quienes somos", "funciones", "responsabilidades", "tus funciones",
  "ofrecemos", "que ofrecemos", "beneficios", "el puesto",
  NULL
};

/* Hedges: "ideally PostgreSQL" hedges what follows it, "Kubernetes is a
 * plus" what comes before it. */
static const char * const hedges_before[] = {
  "ideally", "preferably", "idealerweise", "idealement", "idealmente", "optionally",
  "se valorara", "se valora", "valoraremos", "valoramos", "bonus", "nice to have",
  "nice-to-have", "good to have", "gerne auch",
  NULL
};

static const char * const hedges_after[] = {
  "is a plus", "a plus", "are a plus", "big plus", "an advantage", "advantageous", "bonus",
  "preferred", "desirable", "desired", "would be great", "would be nice", "optional",
  "not required", "not a must", "not mandatory", "nice to have", "nice-to-have", "good to have",
  "von vorteil", "wunschenswert", "ein plus", "waere schon", "ware schon", "gerne gesehen",
  "kein muss", "un plus", "un atout", "atout", "apprecie", "appreciee", "souhaite", "souhaitee",
  "bienvenue", "valorable", "deseable", "sera un plus", "suma puntos",
  NULL
};

/* Explicit: these make a sentence a requirement in any section. */
static const char * const strong_required_cues[] = {
  "must", "required", "requirement", "requirements", "mandatory", "essential", "you have",
  "you bring", "you'll bring", "you will bring", "you should have", "you need", "proven",
  "at least", "minimum",
  "zwingend", "erforderlich", "vorausgesetzt", "setzen voraus", "muss", "mitbringen",
  "du bringst", "sie bringen", "du hast", "sie haben", "verfugst", "verfugen",
  "obligatoire", "indispensable", "exige", "exigee", "requis", "requise", "vous avez",
  "vous maitrisez", "vous disposez", "vous justifiez", "vous possedez",
  "imprescindible", "obligatorio", "necesario", "necesaria", "requerido", "requerida",
  "requisito", "tienes", "cuentas con", "posees",
  NULL
};

/* Words that ask for a skill without saying "must": enough where no
 * section says otherwise. */
static const char * const ask_cues[] = {
  "experience*", "experienced", "knowledge", "proficien*", "familiar*", "skills", "skilled",
  "understanding", "expertise", "expert", "fluent", "fluency", "background in", "hands-on",
  "track record", "looking for", "seeking", "competent", "comfortable with", "strong",
  "solid", "ability to", "you'll work with", "you will work with", "you'll use", "you will use",
  "every day", "day to day", "day-to-day",
  "erfahrung*", "kenntnisse", "kenntnissen", "beherrsch*", "know-how", "suchen", "versiert",
  "experience", "connaissance*", "maitrise*", "competence*", "recherchons", "cherchons",
  "experiencia", "conocimiento*", "dominio", "manejo", "buscamos", "dominas",
  NULL
};

typedef struct
{
  const char        *cue;
  PursuitSkillLevel  level;
} LevelCue;

static const LevelCue level_cues[] = {
  { "expert", PURSUIT_SKILL_LEVEL_EXPERT },
  { "experts", PURSUIT_SKILL_LEVEL_EXPERT },
  { "expert-level", PURSUIT_SKILL_LEVEL_EXPERT },
  { "expertise in", PURSUIT_SKILL_LEVEL_EXPERT },
  { "deep expertise", PURSUIT_SKILL_LEVEL_EXPERT },
  { "deep knowledge", PURSUIT_SKILL_LEVEL_EXPERT },
  { "mastery", PURSUIT_SKILL_LEVEL_EXPERT },
  { "experte", PURSUIT_SKILL_LEVEL_EXPERT },
  { "expertin", PURSUIT_SKILL_LEVEL_EXPERT },
  { "expertenwissen", PURSUIT_SKILL_LEVEL_EXPERT },
  { "expertenkenntnisse", PURSUIT_SKILL_LEVEL_EXPERT },
  { "experto", PURSUIT_SKILL_LEVEL_EXPERT },
  { "experta", PURSUIT_SKILL_LEVEL_EXPERT },

  { "advanced", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "strong", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "proficient", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "proficiency", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "excellent", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "in-depth", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "in depth", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "extensive", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "solid", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "fundierte", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "fundiertes", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "sehr gute", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "sehr guten", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "vertiefte", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "umfassende", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "ausgepragte", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "fortgeschritten*", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "maitrise", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "maitrisez", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "excellente", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "excellentes", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "solide", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "solides", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "avance*", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "approfondie*", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "avanzado*", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "dominio", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "solidos", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "profundo*", PURSUIT_SKILL_LEVEL_ADVANCED },
  { "amplia", PURSUIT_SKILL_LEVEL_ADVANCED },

  { "working knowledge", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "good", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "intermediate", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "hands-on", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "practical", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "gute", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "guten", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "bonne", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "bonnes", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "intermediaire", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "buen", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "buenos", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "buena", PURSUIT_SKILL_LEVEL_INTERMEDIATE },
  { "intermedio", PURSUIT_SKILL_LEVEL_INTERMEDIATE },

  { "basic", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "basics", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "familiar", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "familiarity", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "exposure", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "some experience", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "beginner", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "grundkenntnisse", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "grundlegende", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "basiswissen", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "erste erfahrung", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "erste erfahrungen", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "notions", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "connaissances de base", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "basico*", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "basica*", PURSUIT_SKILL_LEVEL_BEGINNER },
  { "nociones", PURSUIT_SKILL_LEVEL_BEGINNER },
};

/* A figure of years counts as a requirement with one of these nearby, and
 * not with the history words after them ("founded 20 years ago"). */
static const char * const years_context[] = {
  "experience", "erfahrung", "berufserfahrung", "experiencia", "background", "track record",
  "professional", "in a similar role", "working", "at least", "minimum", "mindestens",
  "au moins", "al menos", "minimo", "min", "berufspraxis", "praxis",
  NULL
};

static const char * const years_history[] = {
  "founded", "since", "ago", "history", "gegrundet", "seit", "depuis", "fondee", "fonde",
  "desde", "fundada", "contract", "befristet", "we have been", "for over", "old",
  NULL
};

static const char * const years_units[] = {
  "years", "year", "yrs", "yr", "jahre", "jahren", "jahr", "ans", "an", "annees", "annee",
  "anos", "ano",
  NULL
};

typedef struct
{
  const char *word;
  guint       value;
} NumberWord;

static const NumberWord number_words[] = {
  { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 }, { "five", 5 }, { "six", 6 },
  { "seven", 7 }, { "eight", 8 }, { "nine", 9 }, { "ten", 10 },
  { "zwei", 2 }, { "drei", 3 }, { "vier", 4 }, { "funf", 5 }, { "sechs", 6 }, { "zehn", 10 },
  { "deux", 2 }, { "trois", 3 }, { "quatre", 4 }, { "cinq", 5 }, { "dix", 10 },
  { "dos", 2 }, { "tres", 3 }, { "cuatro", 4 }, { "cinco", 5 }, { "diez", 10 },
};

typedef struct
{
  const char            *word;
  PursuitEducationLevel  level;
} DegreeWord;

static const DegreeWord degree_words[] = {
  { "phd", PURSUIT_EDUCATION_DOCTORATE },
  { "ph.d", PURSUIT_EDUCATION_DOCTORATE },
  { "doctorate", PURSUIT_EDUCATION_DOCTORATE },
  { "doctoral", PURSUIT_EDUCATION_DOCTORATE },
  { "doktor", PURSUIT_EDUCATION_DOCTORATE },
  { "promotion in", PURSUIT_EDUCATION_DOCTORATE },
  { "doctorat", PURSUIT_EDUCATION_DOCTORATE },
  { "doctorado", PURSUIT_EDUCATION_DOCTORATE },

  { "master's", PURSUIT_EDUCATION_MASTER },
  { "masters", PURSUIT_EDUCATION_MASTER },
  { "master degree", PURSUIT_EDUCATION_MASTER },
  { "master of", PURSUIT_EDUCATION_MASTER },
  { "master in", PURSUIT_EDUCATION_MASTER },
  { "master en", PURSUIT_EDUCATION_MASTER },
  { "master-abschluss", PURSUIT_EDUCATION_MASTER },
  { "masterabschluss", PURSUIT_EDUCATION_MASTER },
  { "masterstudium", PURSUIT_EDUCATION_MASTER },
  { "msc", PURSUIT_EDUCATION_MASTER },
  { "m.sc", PURSUIT_EDUCATION_MASTER },
  { "mba", PURSUIT_EDUCATION_MASTER },
  { "diplom", PURSUIT_EDUCATION_MASTER },
  { "bac+5", PURSUIT_EDUCATION_MASTER },
  { "bac + 5", PURSUIT_EDUCATION_MASTER },
  { "diplome d'ingenieur", PURSUIT_EDUCATION_MASTER },
  { "ecole d'ingenieur", PURSUIT_EDUCATION_MASTER },
  { "ecole d'ingenieurs", PURSUIT_EDUCATION_MASTER },
  { "ecole de commerce", PURSUIT_EDUCATION_MASTER },
  { "master", PURSUIT_EDUCATION_MASTER },

  { "bachelor", PURSUIT_EDUCATION_BACHELOR },
  { "bachelor's", PURSUIT_EDUCATION_BACHELOR },
  { "bachelors", PURSUIT_EDUCATION_BACHELOR },
  { "bsc", PURSUIT_EDUCATION_BACHELOR },
  { "b.sc", PURSUIT_EDUCATION_BACHELOR },
  { "b.s", PURSUIT_EDUCATION_BACHELOR },
  { "b.a", PURSUIT_EDUCATION_BACHELOR },
  { "bsn", PURSUIT_EDUCATION_BACHELOR },
  { "undergraduate degree", PURSUIT_EDUCATION_BACHELOR },
  { "university degree", PURSUIT_EDUCATION_BACHELOR },
  { "college degree", PURSUIT_EDUCATION_BACHELOR },
  { "degree in", PURSUIT_EDUCATION_BACHELOR },
  { "a degree", PURSUIT_EDUCATION_BACHELOR },
  { "hochschulabschluss", PURSUIT_EDUCATION_BACHELOR },
  { "hochschulstudium", PURSUIT_EDUCATION_BACHELOR },
  { "studium", PURSUIT_EDUCATION_BACHELOR },
  { "bac+3", PURSUIT_EDUCATION_BACHELOR },
  { "bac + 3", PURSUIT_EDUCATION_BACHELOR },
  { "licence en", PURSUIT_EDUCATION_BACHELOR },
  { "licence professionnelle", PURSUIT_EDUCATION_BACHELOR },
  { "licenciatura", PURSUIT_EDUCATION_BACHELOR },
  { "grado en", PURSUIT_EDUCATION_BACHELOR },
  { "grado universitario", PURSUIT_EDUCATION_BACHELOR },
  { "titulacion universitaria", PURSUIT_EDUCATION_BACHELOR },
  { "titulo universitario", PURSUIT_EDUCATION_BACHELOR },

  { "associate degree", PURSUIT_EDUCATION_ASSOCIATE },
  { "associate's", PURSUIT_EDUCATION_ASSOCIATE },
  { "bac+2", PURSUIT_EDUCATION_ASSOCIATE },
  { "bac + 2", PURSUIT_EDUCATION_ASSOCIATE },
  { "bts", PURSUIT_EDUCATION_ASSOCIATE },
  { "dut", PURSUIT_EDUCATION_ASSOCIATE },
  { "tecnico superior", PURSUIT_EDUCATION_ASSOCIATE },
  { "ciclo formativo de grado superior", PURSUIT_EDUCATION_ASSOCIATE },

  { "ausbildung", PURSUIT_EDUCATION_VOCATIONAL },
  { "berufsausbildung", PURSUIT_EDUCATION_VOCATIONAL },
  { "apprenticeship", PURSUIT_EDUCATION_VOCATIONAL },
  { "vocational", PURSUIT_EDUCATION_VOCATIONAL },
  { "formation professionnelle", PURSUIT_EDUCATION_VOCATIONAL },
  { "formacion profesional", PURSUIT_EDUCATION_VOCATIONAL },

  { "high school diploma", PURSUIT_EDUCATION_SECONDARY },
  { "high school", PURSUIT_EDUCATION_SECONDARY },
  { "ged", PURSUIT_EDUCATION_SECONDARY },
  { "abitur", PURSUIT_EDUCATION_SECONDARY },
  { "baccalaureat", PURSUIT_EDUCATION_SECONDARY },
  { "bachillerato", PURSUIT_EDUCATION_SECONDARY },
};

/* A degree named with one of these is not asked for. */
static const char * const degree_negations[] = {
  "not required", "no degree", "not necessary", "not needed", "without a degree",
  "kein studium", "nicht erforderlich", "pas obligatoire", "pas necessaire", "sans diplome",
  "no es necesario", "no imprescindible", "sin titulacion", "or equivalent experience",
  NULL
};

static gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

/* Finds @cue in @text[from, to) at word boundaries; with @last, the last
 * occurrence. Returns the offset or -1. */
static gssize
find_cue (const char *text,
          gsize       from,
          gsize       to,
          const char *cue,
          gboolean    last)
{
  gsize cue_len = strlen (cue);
  gboolean prefix = cue_len > 0 && cue[cue_len - 1] == '*';
  gssize found = -1;

  if (prefix)
    cue_len--;
  if (cue_len == 0 || to < from + cue_len)
    return -1;

  for (gsize i = from; i + cue_len <= to; i++)
    {
      const char *at = memchr (text + i, cue[0], to - cue_len + 1 - i);

      if (at == NULL)
        break;
      i = at - text;
      if (strncmp (text + i, cue, cue_len) != 0)
        continue;
      if (i > 0 && is_word_byte (text[i - 1]) && is_word_byte (cue[0]))
        continue;
      if (!prefix && i + cue_len < to && is_word_byte (text[i + cue_len]) &&
          is_word_byte (cue[cue_len - 1]))
        continue;
      found = i;
      if (!last)
        break;
    }

  return found;
}

/* A folded text with the byte pairs it holds, so that the many cues
 * it does not contain are ruled out without a search. */
typedef struct
{
  const char *text;
  gsize       len;
  guint8      pairs[512];
} Haystack;

static inline guint
pair_bit (guchar a,
          guchar b)
{
  return ((guint) a * 31u + b) & 4095u;
}

static void
haystack_init (Haystack   *haystack,
               const char *text)
{
  haystack->text = text;
  haystack->len = strlen (text);
  memset (haystack->pairs, 0, sizeof haystack->pairs);
  for (gsize i = 0; i + 1 < haystack->len; i++)
    {
      guint bit = pair_bit (text[i], text[i + 1]);

      haystack->pairs[bit >> 3] |= 1u << (bit & 7);
    }
}

static gssize
find_in (const Haystack *haystack,
         gsize           from,
         const char     *cue,
         gboolean        last)
{
  if (cue[0] != '\0' && cue[1] != '\0' && cue[1] != '*')
    {
      guint bit = pair_bit (cue[0], cue[1]);

      if (!(haystack->pairs[bit >> 3] & (1u << (bit & 7))))
        return -1;
    }
  return find_cue (haystack->text, from, haystack->len, cue, last);
}

static gboolean
contains_any (const Haystack     *haystack,
              const char * const *cues)
{
  for (guint i = 0; cues[i] != NULL; i++)
    if (find_in (haystack, 0, cues[i], FALSE) >= 0)
      return TRUE;
  return FALSE;
}

char *
_pursuit_requirements_fold_map (const char  *text,
                                gsize        length,
                                guint      **out_map)
{
  GString *out = g_string_sized_new (length + 8);
  const char *p = text, *end = text + length;
  guint *map = out_map != NULL ? g_new (guint, length + 1) : NULL;

  while (p < end)
    {
      const char *next;
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          if (map != NULL)
            map[p - text] = out->len;
          p++;
          continue;
        }
      next = g_utf8_next_char (p);
      if (map != NULL)
        for (const char *q = p; q < next; q++)
          map[q - text] = out->len;
      p = next;
      /* one space for a run: blanked markup leaves many */
      if (c == ' ' || c == '\t' || c == '\r' || c == 0x00A0 || c == 0x202F)
        {
          if (out->len > 0 && out->str[out->len - 1] == ' ')
            continue;
          c = ' ';
        }
      _pursuit_fold_append_char (out, c);
    }
  if (map != NULL)
    map[length] = out->len;

  if (out_map != NULL)
    *out_map = map;
  return g_string_free (out, FALSE);
}

char *
_pursuit_requirements_fold (const char *text,
                            gsize       length)
{
  return _pursuit_requirements_fold_map (text, length, NULL);
}

static gboolean
is_block_tag (const char *name,
              gsize       len)
{
  static const char * const blocks[] = {
    "p", "br", "li", "ul", "ol", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "hr",
    "section", "dt", "dd", NULL
  };

  for (guint i = 0; blocks[i] != NULL; i++)
    if (strlen (blocks[i]) == len && g_ascii_strncasecmp (name, blocks[i], len) == 0)
      return TRUE;
  return FALSE;
}

char *
_pursuit_requirements_strip_markup (const char *text,
                                    gsize       length)
{
  char *out = g_strndup (text, length);

  for (gsize i = 0; i < length; i++)
    {
      if (out[i] == '<')
        {
          gsize j = i + 1, name_start, name_len;

          if (j < length && out[j] == '/')
            j++;
          if (j >= length || !g_ascii_isalpha (out[j]))
            continue;
          name_start = j;
          while (j < length && g_ascii_isalnum (out[j]))
            j++;
          name_len = j - name_start;
          /* a tag is short and closes on its line; anything else is text */
          while (j < length && j - i < 200 && out[j] != '>' && out[j] != '<' && out[j] != '\n')
            j++;
          if (j >= length || out[j] != '>')
            continue;
          memset (out + i, ' ', j - i + 1);
          if (is_block_tag (text + name_start, name_len))
            out[i] = '\n';
          i = j;
        }
      else if (out[i] == '&')
        {
          static const struct { const char *entity; char replacement; } entities[] = {
            { "&amp;", '&' }, { "&nbsp;", ' ' }, { "&lt;", '<' }, { "&gt;", '>' },
            { "&quot;", '"' }, { "&#39;", '\'' }, { "&apos;", '\'' },
          };

          for (guint e = 0; e < G_N_ELEMENTS (entities); e++)
            {
              gsize len = strlen (entities[e].entity);

              if (i + len <= length && strncmp (out + i, entities[e].entity, len) == 0)
                {
                  memset (out + i, ' ', len);
                  out[i] = entities[e].replacement;
                  i += len - 1;
                  break;
                }
            }
        }
    }

  return out;
}

/* The words of a folded heading without bullets, markup and a final colon. */
static char *
heading_words (const char *folded)
{
  const char *start = folded;
  const char *end = folded + strlen (folded);

  while (start < end && !g_ascii_isalnum (*start) && (guchar) *start < 0x80)
    start++;
  while (end > start && !g_ascii_isalnum (end[-1]) && (guchar) end[-1] < 0x80 && end[-1] != '\'')
    end--;

  return g_strndup (start, end - start);
}

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean word = is_word_byte (*p) || *p == '\'' || *p == '-';

      if (word && !in_word)
        n++;
      in_word = word;
    }
  return n;
}

static gboolean
match_heading (const char         *words,
               const char * const *table)
{
  guint n_words = count_words (words);
  gsize len = strlen (words);

  for (guint i = 0; table[i] != NULL; i++)
    if (find_cue (words, 0, len, table[i], FALSE) >= 0 &&
        n_words <= count_words (table[i]) + 2)
      return TRUE;
  return FALSE;
}

static gboolean
classify_heading (const char *words,
                  ReqSection *out_section)
{
  if (*words == '\0' || strlen (words) > 60)
    return FALSE;

  if (match_heading (words, preferred_headings))
    *out_section = REQ_SECTION_PREFERRED;
  else if (match_heading (words, other_headings))
    *out_section = REQ_SECTION_OTHER;
  else if (match_heading (words, required_headings))
    *out_section = REQ_SECTION_REQUIRED;
  else
    return FALSE;

  return TRUE;
}

static gboolean
starts_with_bullet (const char *line,
                    gsize       length)
{
  gsize i = 0;

  while (i < length && (line[i] == ' ' || line[i] == '\t'))
    i++;
  if (i < length && (line[i] == '-' || line[i] == '+' || line[i] == 'o'))
    return i + 1 < length && line[i + 1] == ' ';
  /* "•", "·", "–", "▪", "◦" */
  return i + 1 < length && (guchar) line[i] >= 0xC2 &&
         (g_str_has_prefix (line + i, "\xe2\x80\xa2") || g_str_has_prefix (line + i, "\xc2\xb7") ||
          g_str_has_prefix (line + i, "\xe2\x80\x93") || g_str_has_prefix (line + i, "\xe2\x96\xaa") ||
          g_str_has_prefix (line + i, "\xe2\x97\xa6"));
}

gboolean
_pursuit_requirements_read_heading (const char *line,
                                    gsize       length,
                                    ReqSection *out_section,
                                    gsize      *out_content)
{
  const char *colon;
  g_autofree char *folded = NULL;
  g_autofree char *words = NULL;
  gsize trimmed = length;

  while (trimmed > 0 && g_ascii_isspace (line[trimmed - 1]))
    trimmed--;
  if (trimmed == 0 || starts_with_bullet (line, length))
    return FALSE;

  colon = memchr (line, ':', MIN (trimmed, 64));
  if (colon != NULL && (gsize) (colon - line) + 1 < trimmed)
    {
      /* "Requirements: Python, SQL" */
      folded = _pursuit_requirements_fold (line, colon - line);
      words = heading_words (folded);
      if (!classify_heading (words, out_section))
        return FALSE;
      *out_content = colon - line + 1;
      return TRUE;
    }

  /* A sentence is not a heading */
  if (trimmed > 80 || line[trimmed - 1] == '.' || line[trimmed - 1] == '!' || line[trimmed - 1] == '?')
    return FALSE;
  folded = _pursuit_requirements_fold (line, trimmed);
  words = heading_words (folded);
  if (!classify_heading (words, out_section))
    return FALSE;
  *out_content = length;
  return TRUE;
}

void
_pursuit_requirements_find_hedges (const char *folded,
                                   gssize     *out_before_end,
                                   gssize     *out_after_start)
{
  Haystack haystack;

  haystack_init (&haystack, folded);
  *out_before_end = -1;
  *out_after_start = -1;
  for (guint i = 0; hedges_before[i] != NULL; i++)
    {
      gssize at = find_in (&haystack, 0, hedges_before[i], FALSE);

      if (at >= 0 && (*out_before_end < 0 || at + (gssize) strlen (hedges_before[i]) < *out_before_end))
        *out_before_end = at + strlen (hedges_before[i]);
    }
  for (guint i = 0; hedges_after[i] != NULL; i++)
    {
      gssize at = find_in (&haystack, 0, hedges_after[i], TRUE);

      if (at > *out_after_start)
        *out_after_start = at;
    }
}

gboolean
_pursuit_requirements_says_required (const char *folded,
                                     gboolean    strong_only)
{
  Haystack haystack;

  haystack_init (&haystack, folded);
  if (contains_any (&haystack, strong_required_cues))
    return TRUE;
  return !strong_only && contains_any (&haystack, ask_cues);
}

GArray *
_pursuit_requirements_find_levels (const char *folded)
{
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (ReqLevelHit));
  Haystack haystack;

  haystack_init (&haystack, folded);
  for (guint i = 0; i < G_N_ELEMENTS (level_cues); i++)
    {
      gsize cue_len = strlen (level_cues[i].cue);
      gssize at;

      for (gsize from = 0; (at = find_in (&haystack, from, level_cues[i].cue, FALSE)) >= 0; from = at + 1)
        g_array_append_val (hits, ((ReqLevelHit) {
          .end = at + cue_len, .length = cue_len, .level = level_cues[i].level,
        }));
    }

  return hits;
}

PursuitSkillLevel
_pursuit_requirements_level_at (GArray *hits,
                                gsize   position)
{
  gssize best_end = -1;
  gsize best_len = 0;
  PursuitSkillLevel level = PURSUIT_SKILL_LEVEL_NONE;

  /* The nearest cue before the skill wins ("expert in Python, familiar
   * with Rust"); of two ending together the longer ("sehr gute" over
   * "gute"). */
  for (guint i = 0; i < hits->len; i++)
    {
      const ReqLevelHit *hit = &g_array_index (hits, ReqLevelHit, i);

      if (hit->end > position)
        continue;
      if ((gssize) hit->end > best_end || ((gssize) hit->end == best_end && hit->length > best_len))
        {
          best_end = hit->end;
          best_len = hit->length;
          level = hit->level;
        }
    }

  return level;
}

PursuitSkillLevel
_pursuit_requirements_level_after (const char *folded_after)
{
  const char *close;
  g_autofree char *inside = NULL;
  PursuitSkillLevel level = PURSUIT_SKILL_LEVEL_NONE;

  while (*folded_after == ' ')
    folded_after++;
  if (*folded_after != '(' || (close = strchr (folded_after, ')')) == NULL ||
      close - folded_after > 40)
    return PURSUIT_SKILL_LEVEL_NONE;

  inside = g_strndup (folded_after + 1, close - folded_after - 1);
  for (guint i = 0; i < G_N_ELEMENTS (level_cues); i++)
    if (find_cue (inside, 0, strlen (inside), level_cues[i].cue, FALSE) >= 0 &&
        level_cues[i].level > level)
      level = level_cues[i].level;

  return level;
}

/* A number at @p (digits, or a number word), its value and end. */
static gboolean
read_number (const char  *p,
             guint       *out_value,
             const char **out_end)
{
  if (g_ascii_isdigit (*p))
    {
      guint value = 0;
      const char *q = p;

      while (g_ascii_isdigit (*q) && q - p < 3)
        value = value * 10 + (*q++ - '0');
      if (g_ascii_isdigit (*q))
        return FALSE;
      *out_value = value;
      *out_end = q;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (number_words); i++)
    {
      gsize len = strlen (number_words[i].word);

      if (strncmp (p, number_words[i].word, len) == 0 && !is_word_byte (p[len]))
        {
          *out_value = number_words[i].value;
          *out_end = p + len;
          return TRUE;
        }
    }
  return FALSE;
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;
  return p;
}

/* After a number: "+", a range ("3-5", "3 to 5", "3 bis 5"), then a unit
 * of years. */
static gboolean
read_years_unit (const char  *p,
                 gboolean    *out_plus,
                 const char **out_end)
{
  guint ignored;
  const char *end;

  p = skip_spaces (p);
  if (*p == '+')
    {
      *out_plus = TRUE;
      p = skip_spaces (p + 1);
    }
  if (*p == '-' || g_str_has_prefix (p, "to ") || g_str_has_prefix (p, "bis ") ||
      g_str_has_prefix (p, "a ") || g_str_has_prefix (p, "y "))
    {
      p = skip_spaces (p + (*p == '-' ? 1 : strchr (p, ' ') - p));
      if (!read_number (p, &ignored, &end))
        return FALSE;
      p = skip_spaces (end);
      if (*p == '+')
        p = skip_spaces (p + 1);
    }

  for (guint i = 0; years_units[i] != NULL; i++)
    {
      gsize len = strlen (years_units[i]);

      if (strncmp (p, years_units[i], len) == 0 && !is_word_byte (p[len]))
        {
          *out_end = p + len;
          return TRUE;
        }
    }
  return FALSE;
}

double
_pursuit_requirements_read_years (const char *folded)
{
  guint best = 0;
  gboolean context, history;
  Haystack haystack;

  /* Most sentences name no years at all */
  if (strpbrk (folded, "0123456789") == NULL && strstr (folded, "year") == NULL &&
      strstr (folded, "jahr") == NULL && strstr (folded, " an") == NULL &&
      strstr (folded, "ano") == NULL)
    return 0;
  haystack_init (&haystack, folded);
  context = contains_any (&haystack, years_context);
  history = contains_any (&haystack, years_history);

  for (const char *p = folded; *p != '\0'; p++)
    {
      guint value;
      const char *end, *unit_end;
      gboolean plus = FALSE;

      if (p > folded && is_word_byte (p[-1]))
        continue;
      if (!read_number (p, &value, &end))
        continue;
      if (!read_years_unit (end, &plus, &unit_end))
        continue;
      /* the upper end of a range ("3-5 years") is not read again */
      p = unit_end - 1;
      if (history || !(context || plus))
        continue;
      /* a career is not longer than this; larger figures are something else */
      if (value > 0 && value <= 40 && value > best)
        best = value;
    }

  return best;
}

PursuitEducationLevel
_pursuit_requirements_read_degree (const char *folded)
{
  PursuitEducationLevel lowest = PURSUIT_EDUCATION_NONE;
  Haystack haystack;

  haystack_init (&haystack, folded);
  if (contains_any (&haystack, degree_negations))
    return PURSUIT_EDUCATION_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (degree_words); i++)
    {
      gssize at = find_in (&haystack, 0, degree_words[i].word, FALSE);

      if (at < 0)
        continue;
      /* "Scrum Master", "master data" are not degrees */
      if (g_str_equal (degree_words[i].word, "master") &&
          ((at >= 6 && strncmp (folded + at - 6, "scrum ", 6) == 0) ||
           g_str_has_prefix (folded + at, "master data") ||
           g_str_has_prefix (folded + at, "master branch")))
        continue;
      if (lowest == PURSUIT_EDUCATION_NONE || degree_words[i].level < lowest)
        lowest = degree_words[i].level;
    }

  return lowest;
}
