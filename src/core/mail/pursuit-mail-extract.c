/* pursuit-mail-extract.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-mail-extract"

#include "config.h"

#include <string.h>

#include "pursuit-mail-rules-private.h"

/* Company and job title as job mail names them: "Thank you for applying
 * to Acme", "your application for the Backend Engineer position", "Ihre
 * Bewerbung als Entwickler bei Acme", "votre candidature au poste de
 * développeur chez Acme", "tu candidatura para Backend en Acme", and the
 * From name ("Acme Talent Team", "Acme via Greenhouse"). The original
 * text is read (case kept); only the lead phrases are matched without
 * case. */

#define MAX_BODY_SCAN 4096
#define MAX_NAME      80

typedef enum
{
  TITLE_PLAIN     = 0,
  /* the title must be followed by "position", "role", ... */
  TITLE_ROLE_WORD = 1 << 0,
  /* the language writes titles in lower case */
  TITLE_LOWER_OK  = 1 << 1,
} TitleFlags;

typedef struct
{
  const char *lead;
  TitleFlags  flags;
} TitleLead;

static const TitleLead title_leads[] = {
  { "application for the position of ", TITLE_PLAIN },
  { "application for the role of ", TITLE_PLAIN },
  { "for the position of ", TITLE_PLAIN },
  { "for the role of ", TITLE_PLAIN },
  { "for the post of ", TITLE_PLAIN },
  { "application for the ", TITLE_ROLE_WORD },
  { "applied for the ", TITLE_ROLE_WORD },
  { "applying for the ", TITLE_ROLE_WORD },
  { "interest in the ", TITLE_ROLE_WORD },
  { "for the ", TITLE_ROLE_WORD },
  { "application for ", TITLE_PLAIN },
  { "applied for ", TITLE_PLAIN },
  { "applying for ", TITLE_PLAIN },
  { "application received: ", TITLE_PLAIN },
  { "application received - ", TITLE_PLAIN },
  { "application received – ", TITLE_PLAIN },
  { "application confirmation: ", TITLE_PLAIN },
  { "application confirmation - ", TITLE_PLAIN },
  { "application confirmation – ", TITLE_PLAIN },
  { "application as ", TITLE_PLAIN },
  { "application: ", TITLE_PLAIN },
  { "bewerbung als ", TITLE_PLAIN },
  { "bewerbung für die position ", TITLE_PLAIN },
  { "bewerbung fur die position ", TITLE_PLAIN },
  { "bewerbung für die stelle ", TITLE_PLAIN },
  { "bewerbung auf die stelle ", TITLE_PLAIN },
  { "bewerbung auf die position ", TITLE_PLAIN },
  { "bewerbung zum ", TITLE_PLAIN },
  { "bewerbung zur ", TITLE_PLAIN },
  { "position als ", TITLE_PLAIN },
  { "stelle als ", TITLE_PLAIN },
  { "candidature au poste de ", TITLE_LOWER_OK },
  { "candidature au poste d'", TITLE_LOWER_OK },
  { "candidature pour le poste de ", TITLE_LOWER_OK },
  { "candidature pour le poste d'", TITLE_LOWER_OK },
  { "au poste de ", TITLE_LOWER_OK },
  { "au poste d'", TITLE_LOWER_OK },
  { "pour le poste de ", TITLE_LOWER_OK },
  { "pour le poste d'", TITLE_LOWER_OK },
  { "candidature en tant que ", TITLE_LOWER_OK },
  { "candidatura para el puesto de ", TITLE_LOWER_OK },
  { "para el puesto de ", TITLE_LOWER_OK },
  { "al puesto de ", TITLE_LOWER_OK },
  { "candidatura a la posición de ", TITLE_LOWER_OK },
  { "para la posición de ", TITLE_LOWER_OK },
  { "para la posicion de ", TITLE_LOWER_OK },
  { "puesto de ", TITLE_LOWER_OK },
  { "candidatura para ", TITLE_PLAIN },
  { "candidatura como ", TITLE_LOWER_OK },
  { NULL, 0 }
};

/* Where a title ends; " at "/" bei "/... also start the company. */
static const char * const title_ends[] = {
  " position", " role", " opening", " vacancy", " job ", " posting", " req ", " at ", " bei ",
  " chez ", " au sein ", " en ", " in ", " with ", " for ", " has ", " was ", " is ", " and ",
  " we ", " a ", " à ", " para ", " con ", " dans ", " im ", " am ", " und ", " et ", " y ",
  " - ", " – ", " — ", " | ", " @ ", " ha ", " a été ", " ist ", " wurde ", " auprès ",
  " nos ", " hat ", " hast ", " haben ", " ont ", " has been ", " sind ",
  NULL
};

static const char * const company_after_title[] = {
  "at ", "bei ", "chez ", "au sein de ", "au sein d'", "en ", "with ", "@ ", "auprès de ",
  NULL
};

static const char * const role_words[] = {
  "position", "role", "opening", "vacancy", "job", "posting", "stelle", "poste", "puesto",
  NULL
};

static const char * const company_leads[] = {
  "thank you for applying to ", "thanks for applying to ", "thank you for applying at ",
  "thank you for applying with ", "applying to ", "applying at ", "applying with ",
  "your application to ", "your application at ", "your application with ",
  "application to ", "application at ", "interest in joining ", "interest in working at ",
  "interest in working with ", "interest in ", "position at ", "role at ", "opportunity at ",
  "opportunities at ", "career at ", "careers at ", "the team at ", "here at ", "everyone at ",
  "interviewing with ", "to join ", "offer from ", "application was sent to ",
  "candidature a été envoyée à ", "candidature a ete envoyee a ",
  "bewerbung bei ", "interesse an ", "karriere bei ", "team von ", "stelle bei ", "position bei ",
  "candidature chez ", "candidature au sein de ", "candidature auprès de ", "au sein de ",
  "intérêt pour ", "interet pour ", "rejoindre ", "chez ",
  "candidatura en ", "interés en ", "interes en ", "trabajar en ", "unirte a ",
  "formar parte de ", "incorporarte a ",
  NULL
};

static const char * const connectors[] = {
  "&", "and", "de", "du", "des", "la", "le", "of", "und", "y", "et", "von", "der", "del", "+",
  NULL
};

static const char * const not_companies[] = {
  "our", "us", "you", "we", "the", "this", "your", "unser", "unsere", "uns", "notre", "nos",
  "nous", "nuestro", "nuestra", "nosotros", "ihre", "ihr", "votre", "tu", "su", "team",
  "greenhouse", "workday", "lever", "ashby", "smartrecruiters", "icims", "taleo", "personio",
  "recruitee", "teamtailor", "workable", "linkedin", "indeed", "stepstone", "xing", "glassdoor",
  "infojobs", "apec", "no reply", "noreply", "no-reply", "notifications", "careers", "jobs",
  "recruiting", "hr", "talent", "hiring team", "it", "a", "an", "one", "all", "any", "more",
  "position", "role", "job", "application", "applications", "interview", "posting",
  "welcome to the jungle", "jobs.ch", "hackerrank", "codility", "codesignal", "pymetrics",
  "codingame", "testgorilla", "coderbyte", "docusign", "goodtime", "calendly", "hirevue",
  "zoom", "microsoft teams", "google calendar", "adobe sign",
  NULL
};

static const char * const from_suffixes[] = {
  " talent acquisition team", " talent acquisition", " talent team", " talent & culture",
  " talent", " recruiting team", " recruiting", " recruitment team", " recruitment",
  " careers team", " careers", " career", " hiring team", " hiring", " hr team", " hr",
  " people team", " people & culture", " people", " jobs", " team", " karriere",
  " recruiting-team", " personalabteilung", " personal", " recrutement", " rh", " rrhh",
  " recursos humanos", " human resources", " selección", " empleo", " bewerbermanagement", " ta team",
  NULL
};

static const char * const from_prefixes[] = {
  "talent team ", "recruiting team ", "hiring team ", "recrutement ", "recruiting ", "careers ",
  "karriere ", "bewerbermanagement ", "reclutamiento ", "rrhh ", "hr ", "team ", "équipe ",
  "equipe ", "equipo ",
  NULL
};

static const char * const from_separators[] = {
  " from ", " at ", " @ ", " | ", " - ", " – ", " bei ", " de ", " chez ",
  NULL
};

static gboolean
is_ascii_word (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80;
}

/* @needle is lower case; ASCII letters of @haystack match without case. */
static const char *
find_ci (const char *haystack,
         const char *needle)
{
  gsize len = strlen (needle);
  const char *p;

  for (p = haystack; *p != '\0'; p++)
    {
      if (g_ascii_tolower (*p) != needle[0])
        continue;
      if (g_ascii_strncasecmp (p, needle, len) != 0)
        continue;
      if (p > haystack && is_ascii_word (p[-1]) && is_ascii_word (needle[0]))
        continue;
      return p;
    }

  return NULL;
}

static gboolean
starts_upper (const char *s)
{
  gunichar c = g_utf8_get_char (s);

  return g_unichar_isupper (c) || g_unichar_istitle (c) || g_unichar_isdigit (c);
}

static gboolean
starts_alpha (const char *s)
{
  return g_unichar_isalnum (g_utf8_get_char (s));
}

static char *
trim_name (char *name)
{
  gsize len;

  g_strstrip (name);
  len = strlen (name);
  while (len > 0 && strchr (".,;:!?-–\"'*)", name[len - 1]) != NULL)
    name[--len] = '\0';
  g_strstrip (name);

  return name;
}

/* The ATS or job board itself ("Jobvite", "Breezy HR" → "Breezy") */
static gboolean
is_service_name (const char *lower)
{
  for (guint i = 0; _pursuit_mail_ats_domains[i].domain != NULL; i++)
    {
      if (g_str_equal (lower, _pursuit_mail_ats_domains[i].ats))
        return TRUE;
    }

  for (guint i = 0; _pursuit_mail_job_board_domains[i] != NULL; i++)
    {
      const char *board = _pursuit_mail_job_board_domains[i];
      const char *dot = strchr (board, '.');

      if (dot != NULL && strlen (lower) == (gsize) (dot - board) &&
          strncmp (lower, board, dot - board) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
is_not_company (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return *name == '\0' || g_strv_contains (not_companies, lower) || is_service_name (lower);
}

static gboolean
followed_by_role_word (const char *p)
{
  while (*p == ' ')
    p++;
  for (guint i = 0; role_words[i] != NULL; i++)
    {
      gsize len = strlen (role_words[i]);

      if (g_ascii_strncasecmp (p, role_words[i], len) == 0 && !is_ascii_word (p[len]))
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_suffix_ci (const char *s,
               const char *suffix,
               gsize      *out_len)
{
  gsize slen = strlen (s), xlen = strlen (suffix);

  if (slen <= xlen || g_ascii_strcasecmp (s + slen - xlen, suffix) != 0)
    return FALSE;
  *out_len = slen - xlen;
  return TRUE;
}

/* A role word in the next few words of the clause: "Full Stack .NET
 * Developer position" */
static gboolean
role_word_follows (const char *p)
{
  for (guint i = 0; i < 4 && *p != '\0'; i++)
    {
      if (strchr (",;:!?\n", *p) != NULL)
        return FALSE;
      if (followed_by_role_word (p))
        return TRUE;
      while (*p == ' ')
        p++;
      p += strcspn (p, " ,;:!?\n");
    }

  return FALSE;
}

/* Capitalised words ("Acme Robotics", "Müller & Söhne GmbH") up to
 * punctuation, a lower-case word or five words. */
static char *
capture_company (const char *start)
{
  g_autoptr(GString) name = g_string_new (NULL);
  const char *p = start;
  const char *after = start;
  guint words = 0;
  gsize len;

  while (*p == ' ')
    p++;
  if (g_ascii_strncasecmp (p, "the ", 4) == 0)
    p += 4;

  while (*p != '\0' && words < 5 && name->len < MAX_NAME)
    {
      g_autofree char *token = NULL;
      gsize token_len = strcspn (p, " \n\t");
      gsize punct;
      gboolean stop = FALSE;

      if (token_len == 0)
        break;
      token = g_strndup (p, token_len);
      punct = strcspn (token, ",;:!?()|\"<>");
      if (punct < token_len)
        {
          token[punct] = '\0';
          stop = TRUE;
        }
      else if (token[token_len - 1] == '.')
        stop = TRUE;
      if (*token == '\0')
        break;

      if (g_strv_contains (connectors, token))
        {
          if (stop || p[token_len] != ' ' || !starts_upper (p + token_len + 1))
            break;
        }
      else if (!starts_upper (token))
        break;

      if (name->len > 0)
        g_string_append_c (name, ' ');
      g_string_append (name, token);
      words++;
      after = p + token_len;

      if (stop || p[token_len] != ' ')
        break;
      p += token_len + 1;
    }

  /* "interest in the Backend Engineer position": a title, not a company */
  if (words == 0 || role_word_follows (after))
    return NULL;

  trim_name (name->str);
  if (has_suffix_ci (name->str, " team", &len))
    name->str[len] = '\0';
  name->len = strlen (name->str);
  if (is_not_company (name->str))
    return NULL;

  return g_string_free (g_steal_pointer (&name), FALSE);
}

static const char *
find_title_end (const char  *start,
                const char **out_end_word)
{
  const char *end = NULL;
  const char *p;

  *out_end_word = NULL;

  for (p = start; *p != '\0' && p - start < 100; p++)
    {
      if (strchr ("\n,;:!?\"()|", *p) != NULL ||
          (*p == '.' && (p[1] == '\0' || p[1] == ' ' || p[1] == '\n')))
        {
          end = p;
          break;
        }
    }
  if (end == NULL)
    end = p;

  for (guint i = 0; title_ends[i] != NULL; i++)
    {
      const char *e = find_ci (start, title_ends[i]);

      if (e != NULL && e < end && e > start)
        {
          end = e;
          *out_end_word = title_ends[i];
        }
    }

  return end;
}

static gboolean
ends_with_role_word (const char *end_word)
{
  return end_word != NULL &&
         (g_str_equal (end_word, " position") || g_str_equal (end_word, " role") ||
          g_str_equal (end_word, " opening") || g_str_equal (end_word, " vacancy") ||
          g_str_equal (end_word, " job ") || g_str_equal (end_word, " posting"));
}

static char *
company_after (const char *p)
{
  while (*p == ' ')
    p++;
  for (guint i = 0; role_words[i] != NULL; i++)
    {
      gsize len = strlen (role_words[i]);

      if (g_ascii_strncasecmp (p, role_words[i], len) == 0 && !is_ascii_word (p[len]))
        {
          p += len;
          while (*p == ' ')
            p++;
          break;
        }
    }

  for (guint i = 0; company_after_title[i] != NULL; i++)
    {
      gsize len = strlen (company_after_title[i]);

      if (g_ascii_strncasecmp (p, company_after_title[i], len) == 0)
        return capture_company (p + len);
    }

  return NULL;
}

static gboolean
is_lower_word (const char *word,
               gsize       len)
{
  gboolean letters = FALSE;

  for (const char *p = word; p < word + len; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isupper (c) || g_unichar_isdigit (c))
        return FALSE;
      letters = letters || g_unichar_isalpha (c);
    }

  return letters;
}

static const char * const title_connectors[] = {
  "of", "and", "for", "und", "für", "fur", "de", "the", "in", "&", "-", "/", "–",
  NULL
};

/* English and German titles are capitalised: "Gameplay Programmer really
 * stood out" ends before "really"; "Head of Engineering" keeps "of". */
static void
cut_at_lower_word (char *title)
{
  char *p = strchr (title, ' ');

  while (p != NULL)
    {
      char *word = p + 1;
      gsize len = strcspn (word, " ");
      g_autofree char *copy = g_strndup (word, len);

      if (is_lower_word (word, len) && !g_strv_contains (title_connectors, copy))
        {
          *p = '\0';
          break;
        }
      p = strchr (word, ' ');
    }

  trim_name (title);
  /* a connector left at the end: "Head of" */
  p = strrchr (title, ' ');
  if (p != NULL && g_strv_contains (title_connectors, p + 1))
    *p = '\0';
}

static char *
clean_title (const char *start,
             gsize       len,
             TitleFlags  flags)
{
  g_autofree char *title = g_strndup (start, len);
  char *t;

  trim_name (title);
  t = title;
  if (g_ascii_strncasecmp (t, "the ", 4) == 0)
    t += 4;
  else if (g_ascii_strncasecmp (t, "a ", 2) == 0)
    t += 2;
  else if (g_ascii_strncasecmp (t, "an ", 3) == 0)
    t += 3;

  if (!(flags & TITLE_LOWER_OK))
    cut_at_lower_word (t);

  if (*t == '\0' || strlen (t) > MAX_NAME || !starts_alpha (t))
    return NULL;
  if (!(flags & TITLE_LOWER_OK) && !starts_upper (t))
    return NULL;
  if (find_ci (t, "application") != NULL || find_ci (t, "your ") != NULL ||
      find_ci (t, "our ") != NULL || find_ci (t, "this ") != NULL ||
      find_ci (t, "candidature") != NULL || find_ci (t, "bewerbung") != NULL ||
      is_not_company (t))
    return NULL;
  {
    g_auto(GStrv) words = g_strsplit (t, " ", -1);

    if (g_strv_length (words) > 8)
      return NULL;
  }

  return g_strdup (t);
}

static void
extract_title (const char  *text,
               char       **title,
               char       **company)
{
  for (guint i = 0; title_leads[i].lead != NULL && *title == NULL; i++)
    {
      const char *p = text;

      while ((p = find_ci (p, title_leads[i].lead)) != NULL)
        {
          const char *start = p + strlen (title_leads[i].lead);
          const char *end_word;
          const char *end = find_title_end (start, &end_word);

          p = start;
          if ((title_leads[i].flags & TITLE_ROLE_WORD) && !ends_with_role_word (end_word))
            continue;

          *title = clean_title (start, end - start, title_leads[i].flags);
          if (*title == NULL)
            continue;
          if (*company == NULL)
            *company = company_after (end);
          break;
        }
    }
}

static void
extract_company (const char  *text,
                 char       **company)
{
  for (guint i = 0; company_leads[i] != NULL && *company == NULL; i++)
    {
      const char *p = text;

      while (*company == NULL && (p = find_ci (p, company_leads[i])) != NULL)
        {
          p += strlen (company_leads[i]);
          *company = capture_company (p);
        }
    }
}

/* "Breezy HR", "Rippling Recruiting" */
static gboolean
names_a_service (const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_auto(GStrv) words = g_strsplit (lower, " ", -1);

  if (is_not_company (name))
    return TRUE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (is_service_name (words[i]))
        return TRUE;
    }

  return FALSE;
}

/* "Acme via Greenhouse", "Acme Talent Team", "The Acme Hiring Team",
 * "Jane from Acme", "Team Acme", or a name that is the sender's domain. */
static char *
company_from_name (const char *from_name,
                   const char *from_address)
{
  g_autofree char *name = NULL;
  const char *via;
  const char *at;
  gsize len;

  if (from_name == NULL || *from_name == '\0')
    return NULL;

  name = g_strdup (from_name);
  trim_name (name);

  if ((via = find_ci (name, " via ")) != NULL)
    {
      g_autofree char *before = g_strndup (name, via - name);
      char *company;

      trim_name (before);
      company = g_strdup (before);
      if (starts_upper (company) && !is_not_company (company))
        return company;
      g_free (company);
      return NULL;
    }

  if (g_ascii_strncasecmp (name, "the ", 4) == 0)
    memmove (name, name + 4, strlen (name + 4) + 1);
  for (guint i = 0; from_prefixes[i] != NULL; i++)
    {
      gsize len_prefix = strlen (from_prefixes[i]);

      if (g_ascii_strncasecmp (name, from_prefixes[i], len_prefix) == 0)
        {
          g_autofree char *rest = g_strdup (name + len_prefix);

          trim_name (rest);
          return starts_upper (rest) && !is_not_company (rest) ? g_steal_pointer (&rest) : NULL;
        }
    }

  for (guint i = 0; from_suffixes[i] != NULL; i++)
    {
      if (has_suffix_ci (name, from_suffixes[i], &len))
        {
          g_autofree char *before = g_strndup (name, len);

          trim_name (before);
          /* "Recruiting at Acme Careers" is handled below */
          if (starts_upper (before) && !is_not_company (before) && find_ci (before, " at ") == NULL)
            return g_steal_pointer (&before);
          break;
        }
    }

  for (guint i = 0; from_separators[i] != NULL; i++)
    {
      const char *sep = find_ci (name, from_separators[i]);

      if (sep != NULL)
        {
          g_autofree char *after = g_strdup (sep + strlen (from_separators[i]));

          trim_name (after);
          for (guint j = 0; from_suffixes[j] != NULL; j++)
            {
              if (has_suffix_ci (after, from_suffixes[j], &len))
                {
                  after[len] = '\0';
                  break;
                }
            }
          trim_name (after);
          if (starts_upper (after) && !is_not_company (after) && strlen (after) <= MAX_NAME)
            return g_steal_pointer (&after);
          return NULL;
        }
    }

  /* "Acme" <jobs@acme.com> */
  at = from_address != NULL ? strrchr (from_address, '@') : NULL;
  if (at != NULL)
    {
      g_autofree char *squashed = g_utf8_strdown (name, -1);
      g_auto(GStrv) labels = g_strsplit (at + 1, ".", -1);
      guint n = g_strv_length (labels);
      char *w, *r;

      for (w = r = squashed; *r != '\0'; r++)
        if (g_ascii_isalnum (*r))
          *w++ = *r;
      *w = '\0';

      if (n >= 2 && strlen (squashed) >= 2 && g_str_equal (squashed, labels[n - 2]) &&
          !is_not_company (name))
        return g_strdup (name);

      /* An ATS sends in the company's name: "Acme Robotics" <no-reply@greenhouse.io> */
      if (_pursuit_mail_ats_for_domain (at + 1, NULL) != NULL && starts_upper (name) && !names_a_service (name) &&
          strlen (name) <= MAX_NAME)
        return g_strdup (name);
    }

  return NULL;
}

static char *
body_start (const char *body)
{
  g_autofree char *valid = NULL;

  if (body == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (body, strnlen (body, MAX_BODY_SCAN));
  /* Wrapped lines: one line break is a space, so that a phrase split by
   * wrapping is found; a blank line still ends a name. */
  for (char *p = valid; *p != '\0'; p++)
    {
      if (*p == '\r' || *p == '\t')
        *p = ' ';
      else if (*p == '\n' && p[1] != '\n' && p[1] != '\r' && p > valid && p[-1] != '\n')
        *p = ' ';
    }

  return g_steal_pointer (&valid);
}

void
_pursuit_mail_extract (PursuitMailMessage  *message,
                       char               **out_company,
                       char               **out_job_title)
{
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_autofree char *title = NULL;
  g_autofree char *company = NULL;
  const char *raw_subject = pursuit_mail_message_get_subject (message);

  subject = raw_subject != NULL ? g_utf8_make_valid (raw_subject, strnlen (raw_subject, 1024)) : g_strdup ("");
  body = body_start (pursuit_mail_message_get_body_text (message));

  company = company_from_name (pursuit_mail_message_get_from_name (message),
                               pursuit_mail_message_get_from_address (message));

  extract_title (subject, &title, &company);
  if (title == NULL)
    extract_title (body, &title, &company);

  if (company == NULL)
    extract_company (subject, &company);
  if (company == NULL)
    extract_company (body, &company);

  *out_company = g_steal_pointer (&company);
  *out_job_title = g_steal_pointer (&title);
}
