/* pursuit-document-template.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-document-template"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "pursuit-core-resources-private.h"
#include "pursuit-cover-letter-private.h"
#include "pursuit-cv-private.h"
#include "pursuit-document-template.h"
#include "pursuit-skill-taxonomy.h"

/* The syntax and the values are described in data/templates/README.md. */

#define RESOURCE_DIR       "/io/github/pursuit/Pursuit/core/templates/"
#define MAX_TEMPLATE_BYTES (256 * 1024)
#define MAX_DEPTH          16
/* Few enough to read as a sentence. */
#define MAX_NAMED_SKILLS   4
/* A CV's experience section, clipped: a letter-sized document. */
#define MAX_EXPERIENCE     (16 * 1024)

/* The names a template may use: anything else is a syntax error, so a
 * typo shows when the template is read, not as a gap in a letter. */
static const char * const known_names[] = {
  "name", "headline", "experience_years", "education", "languages",
  "job_title", "company", "job_location", "today",
  "matching_skills", "matching_skills_lines", "skills", "skills_lines", "other_skills",
  "transfer_skill", "transfer_from", "experience",
  NULL
};

/* The shipped templates' titles (templates.json has them in English), so
 * they are extracted for translation. */
static const char * const shipped_titles[] G_GNUC_UNUSED = {
  N_("Formal Cover Letter"),
  N_("Brief Cover Letter"),
  N_("Career Change Cover Letter"),
  N_("Formal Cover Letter (German)"),
  N_("Brief Cover Letter (German)"),
  N_("Tailored CV"),
  N_("Skills-First CV"),
};

typedef enum
{
  NODE_TEXT,
  NODE_VALUE,
  NODE_SECTION,
  NODE_INVERTED,
} NodeKind;

typedef struct _Node Node;
struct _Node
{
  NodeKind kind;
  char *text;          /* TEXT: the text; else the name */
  GPtrArray *children; /* SECTION, INVERTED */
};

struct _PursuitDocumentTemplate
{
  GObject parent_instance;

  char *id;
  char *kind;
  char *title;
  char *language;
  GPtrArray *nodes;
};

G_DEFINE_FINAL_TYPE (PursuitDocumentTemplate, pursuit_document_template, G_TYPE_OBJECT)

G_DEFINE_QUARK (pursuit-template-error-quark, pursuit_template_error)

static void
node_free (gpointer data)
{
  Node *node = data;

  g_free (node->text);
  g_clear_pointer (&node->children, g_ptr_array_unref);
  g_free (node);
}

static Node *
node_new (NodeKind    kind,
          const char *text,
          gssize      length)
{
  Node *node = g_new0 (Node, 1);

  node->kind = kind;
  node->text = length < 0 ? g_strdup (text) : g_strndup (text, length);
  if (kind == NODE_SECTION || kind == NODE_INVERTED)
    node->children = g_ptr_array_new_with_free_func (node_free);

  return node;
}

static void
pursuit_document_template_finalize (GObject *object)
{
  PursuitDocumentTemplate *self = (PursuitDocumentTemplate *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_document_template_parent_class)->finalize (object);
}

static void
pursuit_document_template_class_init (PursuitDocumentTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_document_template_finalize;
}

static void
pursuit_document_template_init (PursuitDocumentTemplate *self)
{
}

/* Parsing */

static gboolean
is_known_name (const char *name)
{
  return g_strv_contains (known_names, name);
}

static guint
line_of (const char *text,
         const char *at)
{
  guint line = 1;

  for (const char *p = text; p < at; p++)
    if (*p == '\n')
      line++;

  return line;
}

static gboolean
syntax_error (GError     **error,
              const char  *text,
              const char  *at,
              const char  *message)
{
  /* Translators: the first %s explains a mistake in a document template,
   * %u is the line it is on */
  g_set_error (error, PURSUIT_TEMPLATE_ERROR, PURSUIT_TEMPLATE_ERROR_SYNTAX,
               _("%s (line %u)"), message, line_of (text, at));
  return FALSE;
}

/* A section tag alone on its line (spaces aside) takes the line with it:
 * @line_start and @next are where the kept text stops and resumes. */
static gboolean
is_standalone (const char  *text,
               const char  *open,
               const char  *close_end,
               const char **line_start,
               const char **next)
{
  const char *start = open;
  const char *end = close_end;

  while (start > text && (start[-1] == ' ' || start[-1] == '\t'))
    start--;
  if (start > text && start[-1] != '\n')
    return FALSE;

  while (*end == ' ' || *end == '\t')
    end++;
  if (*end == '\r' && end[1] == '\n')
    end += 2;
  else if (*end == '\n')
    end++;
  else if (*end != '\0')
    return FALSE;

  *line_start = start;
  *next = end;
  return TRUE;
}

static void
add_text (GPtrArray  *nodes,
          const char *text,
          gsize       length)
{
  if (length > 0)
    g_ptr_array_add (nodes, node_new (NODE_TEXT, text, length));
}

/* Checks a tag's name: lower-case letters, digits and underscores, and
 * one of the known names. */
static gboolean
check_name (const char  *text,
            const char  *open,
            const char  *name,
            GError     **error)
{
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;

  if (name[0] == '\0')
    return syntax_error (error, text, open, _("A placeholder has no name"));

  if (is_known_name (name))
    return TRUE;

  shown = g_utf8_make_valid (name, MIN (strlen (name), 60));
  message = g_strdup_printf (_("Unknown placeholder “%s”"), shown);
  return syntax_error (error, text, open, message);
}

static GPtrArray *
parse (const char  *text,
       GError     **error)
{
  g_autoptr(GPtrArray) root = g_ptr_array_new_with_free_func (node_free);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();  /* open sections (Node *) */
  GPtrArray *current = root;
  const char *p = text;

  while (*p != '\0')
    {
      const char *open = strstr (p, "{{");
      const char *close;
      const char *line_start = NULL;
      const char *next = NULL;
      g_autofree char *inner = NULL;
      char sigil = '\0';
      char *name;

      if (open == NULL)
        {
          add_text (current, p, strlen (p));
          break;
        }

      close = strstr (open + 2, "}}");
      if (close == NULL)
        {
          syntax_error (error, text, open, _("A “{{” is not closed with “}}”"));
          return NULL;
        }

      inner = g_strstrip (g_strndup (open + 2, close - open - 2));
      if (inner[0] == '#' || inner[0] == '^' || inner[0] == '/')
        sigil = inner[0];
      name = g_strstrip (inner + (sigil ? 1 : 0));

      if (!check_name (text, open, name, error))
        return NULL;

      if (sigil == '\0' || !is_standalone (text, open, close + 2, &line_start, &next))
        {
          line_start = open;
          next = close + 2;
        }
      add_text (current, p, line_start - p);
      p = next;

      if (sigil == '\0')
        g_ptr_array_add (current, node_new (NODE_VALUE, name, -1));
      else if (sigil == '/')
        {
          Node *section = stack->len ? g_ptr_array_index (stack, stack->len - 1) : NULL;

          if (section == NULL || !g_str_equal (section->text, name))
            {
              g_autofree char *message = section == NULL
                ? g_strdup_printf (_("“{{/%s}}” closes no section"), name)
                : g_strdup_printf (_("“{{/%s}}” closes the section “%s”"), name, section->text);
              syntax_error (error, text, open, message);
              return NULL;
            }
          g_ptr_array_remove_index (stack, stack->len - 1);
          current = stack->len ? ((Node *)g_ptr_array_index (stack, stack->len - 1))->children : root;
        }
      else
        {
          Node *section = node_new (sigil == '#' ? NODE_SECTION : NODE_INVERTED, name, -1);

          if (stack->len >= MAX_DEPTH)
            {
              node_free (section);
              syntax_error (error, text, open, _("Sections are nested too deeply"));
              return NULL;
            }
          g_ptr_array_add (current, section);
          g_ptr_array_add (stack, section);
          current = section->children;
        }
    }

  if (stack->len > 0)
    {
      Node *section = g_ptr_array_index (stack, stack->len - 1);
      g_autofree char *message = g_strdup_printf (_("The section “%s” is not closed"), section->text);

      syntax_error (error, text, text + strlen (text), message);
      return NULL;
    }

  return g_steal_pointer (&root);
}

/**
 * pursuit_document_template_new_from_text:
 * @id: the template's id
 * @kind: "cover_letter" or "resume"
 * @title: its (translated) title
 * @language: (nullable): the language it is written in
 * @text: the template
 * @error: a location for a #GError
 *
 * Returns: (transfer full): the template, or %NULL with
 *   %PURSUIT_TEMPLATE_ERROR_SYNTAX
 */
PursuitDocumentTemplate *
pursuit_document_template_new_from_text (const char  *id,
                                         const char  *kind,
                                         const char  *title,
                                         const char  *language,
                                         const char  *text,
                                         GError     **error)
{
  g_autoptr(PursuitDocumentTemplate) self = NULL;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (strlen (text) > MAX_TEMPLATE_BYTES)
    {
      g_set_error (error, PURSUIT_TEMPLATE_ERROR, PURSUIT_TEMPLATE_ERROR_SYNTAX,
                   _("A template can be at most %u KB long"), MAX_TEMPLATE_BYTES / 1024);
      return NULL;
    }

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, PURSUIT_TEMPLATE_ERROR, PURSUIT_TEMPLATE_ERROR_SYNTAX,
                           _("The template is not valid UTF-8 text"));
      return NULL;
    }

  self = g_object_new (PURSUIT_TYPE_DOCUMENT_TEMPLATE, NULL);
  self->nodes = parse (text, error);
  if (self->nodes == NULL)
    return NULL;

  self->id = g_strdup (id);
  self->kind = g_strdup (kind);
  self->title = g_strdup (title ? title : id);
  self->language = g_strdup (language ? language : "en");

  return g_steal_pointer (&self);
}

/* The shipped templates */

static PursuitDocumentTemplate *
load_shipped (JsonObject  *entry,
              GError     **error)
{
  const char *id = json_object_get_string_member_with_default (entry, "id", NULL);
  const char *kind = json_object_get_string_member_with_default (entry, "kind", NULL);
  const char *title = json_object_get_string_member_with_default (entry, "title", NULL);
  const char *language = json_object_get_string_member_with_default (entry, "language", NULL);
  const char *file = json_object_get_string_member_with_default (entry, "file", NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (id == NULL || kind == NULL || title == NULL || file == NULL)
    {
      g_set_error_literal (error, PURSUIT_TEMPLATE_ERROR, PURSUIT_TEMPLATE_ERROR_SYNTAX,
                           "An entry of templates.json lacks id, kind, title or file");
      return NULL;
    }

  path = g_strconcat (RESOURCE_DIR, file, NULL);
  bytes = g_resource_lookup_data (pursuit_core_get_resource (), path, 0, error);
  if (bytes == NULL)
    return NULL;

  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  return pursuit_document_template_new_from_text (id, kind, title, language, text, error);
}

/* Every shipped template, read once; they never change after. A template
 * that does not load is a packaging bug: it is left out with a warning
 * (the tests parse every one). */
static GPtrArray *
get_shipped (void)
{
  static GPtrArray *shipped;

  if (g_once_init_enter (&shipped))
    {
      GPtrArray *templates = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonNode *root = NULL;
      JsonArray *entries = NULL;

      bytes = g_resource_lookup_data (pursuit_core_get_resource (), RESOURCE_DIR "templates.json", 0, &error);
      if (bytes != NULL &&
          json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
        root = json_parser_get_root (parser);

      if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
          json_object_has_member (json_node_get_object (root), "templates"))
        entries = json_object_get_array_member (json_node_get_object (root), "templates");
      else
        g_warning ("The shipped templates.json does not load: %s", error ? error->message : "no templates");

      for (guint i = 0; entries != NULL && i < json_array_get_length (entries); i++)
        {
          JsonNode *node = json_array_get_element (entries, i);
          PursuitDocumentTemplate *template;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;

          g_clear_error (&error);
          template = load_shipped (json_node_get_object (node), &error);
          if (template == NULL)
            g_warning ("A shipped template does not load: %s", error->message);
          else
            g_ptr_array_add (templates, template);
        }

      g_once_init_leave (&shipped, templates);
    }

  return shipped;
}

/* "de" of "de_DE.UTF-8" for the user's first language. */
static char *
user_language (void)
{
  const char *first = g_get_language_names ()[0];
  gsize n = 0;

  while (g_ascii_isalpha (first[n]))
    n++;

  /* "C", "C.UTF-8", "POSIX": no language chosen. */
  if (n < 2 || g_ascii_strncasecmp (first, "POSIX", n) == 0)
    return g_strdup ("en");

  return g_ascii_strdown (first, n);
}

/**
 * pursuit_document_template_list:
 * @kind: (nullable): "cover_letter", "resume" or %NULL for all
 * @language: (nullable): the language to list first, %NULL for the user's
 *
 * Returns: (transfer full) (element-type PursuitDocumentTemplate): the
 *   shipped templates of @kind, the ones in @language first
 */
GPtrArray *
pursuit_document_template_list (const char *kind,
                                const char *language)
{
  GPtrArray *shipped = get_shipped ();
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *preferred = language ? g_strdup (language) : user_language ();

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < shipped->len; i++)
      {
        PursuitDocumentTemplate *template = g_ptr_array_index (shipped, i);

        if (kind != NULL && !g_str_equal (template->kind, kind))
          continue;
        if (g_str_equal (template->language, preferred) != (pass == 0))
          continue;
        g_ptr_array_add (list, g_object_ref (template));
      }

  return list;
}

/**
 * pursuit_document_template_lookup:
 * @id: a template's id
 * @error: a location for a #GError
 *
 * Returns: (transfer full): the shipped template, or %NULL with
 *   %PURSUIT_TEMPLATE_ERROR_NOT_FOUND
 */
PursuitDocumentTemplate *
pursuit_document_template_lookup (const char  *id,
                                  GError     **error)
{
  GPtrArray *shipped = get_shipped ();

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; id != NULL && i < shipped->len; i++)
    {
      PursuitDocumentTemplate *template = g_ptr_array_index (shipped, i);

      if (g_str_equal (template->id, id))
        return g_object_ref (template);
    }

  g_set_error (error, PURSUIT_TEMPLATE_ERROR, PURSUIT_TEMPLATE_ERROR_NOT_FOUND,
               _("There is no template “%s”"), id ? id : "");
  return NULL;
}

const char *
pursuit_document_template_get_id (PursuitDocumentTemplate *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_TEMPLATE (self), NULL);
  return self->id;
}

const char *
pursuit_document_template_get_kind (PursuitDocumentTemplate *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_TEMPLATE (self), NULL);
  return self->kind;
}

const char *
pursuit_document_template_get_title (PursuitDocumentTemplate *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_TEMPLATE (self), NULL);
  return _(self->title);
}

const char *
pursuit_document_template_get_language (PursuitDocumentTemplate *self)
{
  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_TEMPLATE (self), NULL);
  return self->language;
}

/* Values: words in the template's language, not the user's interface
 * language, since a German letter stays German in an English session. */

typedef struct
{
  const char *language;
  const char *and;
  const char *year;
  const char *years;
  gboolean day_dot;         /* "24. November 2026" */
  const char *months[12];
  const char *levels[5];    /* by PursuitSkillLevel */
  const char *education[7]; /* by PursuitEducationLevel */
} LanguageWords;

static const LanguageWords language_words[] = {
  { "en", " and ", "year", "years", FALSE,
    { "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December" },
    { "", "Beginner", "Intermediate", "Advanced", "Expert" },
    { "", "Secondary education", "Vocational training", "Associate degree", "Bachelor's degree",
      "Master's degree", "Doctorate" } },
  { "de", " und ", "Jahr", "Jahren", TRUE,
    { "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
      "Oktober", "November", "Dezember" },
    { "", "Grundkenntnisse", "Gute Kenntnisse", "Sehr gute Kenntnisse", "Expertenwissen" },
    { "", "Schulabschluss", "Berufsausbildung", "Associate Degree", "Bachelor", "Master", "Promotion" } },
};

static const LanguageWords *
words_for (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_words); i++)
    if (g_strcmp0 (language_words[i].language, language) == 0)
      return &language_words[i];

  return &language_words[0];
}

static gboolean
is_set (const char *text)
{
  return text != NULL && *text != '\0';
}

/* "A", "A and B", "A, B and C". */
static char *
join_list (GPtrArray           *names,
           const LanguageWords *words)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (list, i == names->len - 1 ? words->and : ", ");
      g_string_append (list, g_ptr_array_index (names, i));
    }

  return g_string_free (list, FALSE);
}

static char *
skill_line (PursuitProfile      *profile,
            const char          *name,
            const LanguageWords *words)
{
  PursuitSkillLevel level = profile ? pursuit_profile_get_skill_level (profile, name) : PURSUIT_SKILL_LEVEL_NONE;

  if (level > PURSUIT_SKILL_LEVEL_NONE && level <= PURSUIT_SKILL_LEVEL_EXPERT)
    return g_strdup_printf ("- %s (%s)", name, words->levels[level]);

  return g_strdup_printf ("- %s", name);
}

static char *
join_lines (GPtrArray           *names,
            PursuitProfile      *profile,
            const LanguageWords *words)
{
  GString *lines = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *line = skill_line (profile, g_ptr_array_index (names, i), words);

      if (i > 0)
        g_string_append_c (lines, '\n');
      g_string_append (lines, line);
    }

  return g_string_free (lines, FALSE);
}

/* A CV's work section: from a work heading ("Experience", "Berufserfahrung")
 * to the next heading of another kind. */
static char *
extract_experience (const char *cv_text)
{
  PursuitCvTables *tables;
  g_auto(GStrv) lines = NULL;
  GString *section;
  gboolean inside = FALSE;

  if (!is_set (cv_text) || !g_utf8_validate (cv_text, -1, NULL))
    return g_strdup ("");

  tables = _pursuit_cv_get_tables ();
  lines = g_strsplit (cv_text, "\n", -1);
  section = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL && section->len < MAX_EXPERIENCE; i++)
    {
      g_autofree char *folded = NULL;
      char *line = lines[i];
      char *p;
      gpointer kind;
      gsize n;

      g_strchomp (line);
      for (p = line; *p == '#' || *p == '*' || *p == '=' || g_ascii_isspace (*p); p++)
        ;
      folded = g_utf8_casefold (p, -1);
      n = strlen (folded);
      while (n > 0 && (folded[n - 1] == ':' || folded[n - 1] == '*' || folded[n - 1] == '#' ||
                       g_ascii_isspace (folded[n - 1])))
        folded[--n] = '\0';

      if (n > 0 && n <= 200 && g_hash_table_lookup_extended (tables->headings, folded, NULL, &kind))
        {
          if (inside)
            break;
          inside = GPOINTER_TO_INT (kind) == PURSUIT_CV_SECTION_WORK;
          continue;
        }

      if (inside && (section->len > 0 || *line != '\0'))
        g_string_append_printf (section, "%s\n", line);
    }

  while (section->len > 0 && g_ascii_isspace (section->str[section->len - 1]))
    g_string_truncate (section, section->len - 1);
  if (!g_utf8_validate (section->str, -1, NULL))
    {
      char *valid = g_utf8_make_valid (section->str, -1);
      g_string_free (section, TRUE);
      return valid;
    }

  return g_string_free (section, FALSE);
}

/* One line of plain text: a title with a newline in it would break the
 * letter's layout. */
static char *
one_line (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  char *line = g_strdup (g_strstrip (valid));

  for (char *p = line; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';

  return line;
}

static void
set_value (GHashTable *values,
           const char *name,
           char       *value)
{
  g_assert (is_known_name (name));
  g_hash_table_replace (values, (gpointer)name, value ? value : g_strdup (""));
}

static void
add_profile_values (GHashTable          *values,
                    PursuitProfile      *profile,
                    const LanguageWords *words)
{
  guint years = profile ? (guint)floor (MAX (0.0, pursuit_profile_get_years_of_experience (profile))) : 0;
  PursuitEducationLevel education = profile ? pursuit_profile_get_education (profile) : PURSUIT_EDUCATION_NONE;
  const char * const *languages = profile ? pursuit_profile_get_languages (profile) : NULL;
  g_autoptr(GPtrArray) spoken = g_ptr_array_new_with_free_func (g_free);

  set_value (values, "name", one_line (profile ? pursuit_profile_get_name (profile) : NULL));
  set_value (values, "headline", one_line (profile ? pursuit_profile_get_headline (profile) : NULL));
  set_value (values, "experience_years",
             years > 0 ? g_strdup_printf ("%u %s", years, years == 1 ? words->year : words->years) : NULL);
  set_value (values, "education",
             education > PURSUIT_EDUCATION_NONE && education <= PURSUIT_EDUCATION_DOCTORATE
               ? g_strdup (words->education[education]) : NULL);

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    if (is_set (languages[i]))
      g_ptr_array_add (spoken, one_line (languages[i]));
  set_value (values, "languages", join_list (spoken, words));
}

static void
add_skill_values (GHashTable          *values,
                  PursuitJob          *job,
                  PursuitProfile      *profile,
                  PursuitMatchResult  *match,
                  const LanguageWords *words)
{
  g_autoptr(GPtrArray) matching = _pursuit_cover_letter_collect_skills (job, profile, match, G_MAXUINT);
  g_autoptr(GPtrArray) named = g_ptr_array_new ();
  g_autoptr(GPtrArray) ordered = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  const PursuitSkillMatch *transfer = _pursuit_cover_letter_find_transferable (match);

  for (guint i = 0; i < matching->len && i < MAX_NAMED_SKILLS; i++)
    g_ptr_array_add (named, g_ptr_array_index (matching, i));
  set_value (values, "matching_skills", join_list (named, words));
  set_value (values, "matching_skills_lines", join_lines (matching, profile, words));

  /* The user's skills, the job's matches first: only skills the profile
   * has, so nothing the user lacks is claimed. */
  for (guint i = 0; profile != NULL && i < matching->len; i++)
    if (pursuit_profile_get_skill_level (profile, g_ptr_array_index (matching, i)) != PURSUIT_SKILL_LEVEL_NONE)
      g_ptr_array_add (ordered, g_strdup (g_ptr_array_index (matching, i)));
  for (guint i = 0; profile != NULL && i < pursuit_profile_get_n_skills (profile); i++)
    {
      const char *name = pursuit_profile_get_skill (profile, i, NULL);

      if (!is_set (name) || _pursuit_cover_letter_has_name (ordered, name))
        continue;
      g_ptr_array_add (ordered, one_line (name));
      if (!_pursuit_cover_letter_has_name (matching, name))
        g_ptr_array_add (others, one_line (name));
    }
  set_value (values, "skills", join_list (ordered, words));
  set_value (values, "skills_lines", join_lines (ordered, profile, words));
  set_value (values, "other_skills", join_list (others, words));

  set_value (values, "transfer_skill", transfer ? one_line (transfer->name) : NULL);
  set_value (values, "transfer_from", transfer ? one_line (transfer->transfer_from) : NULL);
}

static GHashTable *
collect_values (PursuitDocumentTemplate *self,
                PursuitJob              *job,
                PursuitProfile          *profile,
                const char              *cv_text,
                PursuitMatchResult      *match,
                GDateTime               *today)
{
  const LanguageWords *words = words_for (self->language);
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  add_profile_values (values, profile, words);
  add_skill_values (values, job, profile, match, words);

  set_value (values, "job_title", one_line (pursuit_job_get_title (job)));
  set_value (values, "company", one_line (pursuit_job_get_company (job)));
  set_value (values, "job_location", one_line (pursuit_job_get_location (job)));
  set_value (values, "today",
             today ? g_strdup_printf ("%d%s %s %d", g_date_time_get_day_of_month (today),
                                      words->day_dot ? "." : "",
                                      words->months[g_date_time_get_month (today) - 1],
                                      g_date_time_get_year (today))
                   : NULL);
  set_value (values, "experience", extract_experience (cv_text));

  return values;
}

/* Rendering */

static void
render_nodes (GPtrArray  *nodes,
              GHashTable *values,
              GString    *out)
{
  for (guint i = 0; i < nodes->len; i++)
    {
      Node *node = g_ptr_array_index (nodes, i);
      const char *value = node->kind == NODE_TEXT ? NULL : g_hash_table_lookup (values, node->text);

      switch (node->kind)
        {
        case NODE_TEXT:
          g_string_append (out, node->text);
          break;
        case NODE_VALUE:
          g_string_append (out, value ? value : "");
          break;
        case NODE_SECTION:
          if (is_set (value))
            render_nodes (node->children, values, out);
          break;
        case NODE_INVERTED:
          if (!is_set (value))
            render_nodes (node->children, values, out);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* Trailing spaces go, runs of blank lines left by dropped sections become
 * one, and the text ends with one newline. */
static char *
tidy (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);
  guint blank = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][0] == '\0')
        {
          blank++;
          continue;
        }
      if (out->len > 0)
        g_string_append (out, blank > 0 ? "\n\n" : "\n");
      g_string_append (out, lines[i]);
      blank = 0;
    }

  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/**
 * pursuit_document_template_render:
 * @self: a template
 * @job: the job the document is for
 * @profile: (nullable): the user's profile
 * @cv_text: (nullable): the active CV's text
 * @match: (nullable): the job's gap analysis
 * @today: (nullable): the date of the letter
 *
 * Returns: (transfer full): the filled template, plain text
 */
char *
pursuit_document_template_render (PursuitDocumentTemplate *self,
                                  PursuitJob              *job,
                                  PursuitProfile          *profile,
                                  const char              *cv_text,
                                  PursuitMatchResult      *match,
                                  GDateTime               *today)
{
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (PURSUIT_IS_DOCUMENT_TEMPLATE (self), NULL);
  g_return_val_if_fail (PURSUIT_IS_JOB (job), NULL);
  g_return_val_if_fail (profile == NULL || PURSUIT_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (match == NULL || PURSUIT_IS_MATCH_RESULT (match), NULL);

  values = collect_values (self, job, profile, cv_text, match, today);
  render_nodes (self->nodes, values, out);

  return tidy (out->str);
}
