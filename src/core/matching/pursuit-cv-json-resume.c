/* pursuit-cv-json-resume.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cv-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-cv-private.h"

/* A JSON Resume (https://jsonresume.org/schema/): the profile is built
 * from its structure (basics, work dates, education, skills with levels
 * and keywords, languages); the CV's text is a readable flattening of it.
 * Members of the wrong type make the file CORRUPT; members we do not read
 * may be anything. */

static gboolean
set_json_corrupt (GError     **error,
                  const char  *member)
{
  g_set_error (error, PURSUIT_CV_ERROR, PURSUIT_CV_ERROR_CORRUPT,
               _("The JSON Resume is not valid: “%s” has the wrong type. Check the file against the JSON Resume schema."),
               member);
  return FALSE;
}

/* NULL for an absent or null member, FALSE for a member of another type. */
static gboolean
get_string (JsonObject  *object,
            const char  *member,
            const char **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return set_json_corrupt (error, member);

  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_array (JsonObject  *object,
           const char  *member,
           JsonArray  **out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return set_json_corrupt (error, member);

  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
get_object_element (JsonArray   *array,
                    guint        index,
                    const char  *member,
                    JsonObject **out,
                    GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return set_json_corrupt (error, member);

  *out = json_node_get_object (node);
  return TRUE;
}

static void
append_line (GString    *text,
             const char *prefix,
             const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  if (prefix != NULL)
    g_string_append (text, prefix);
  g_string_append (text, value);
  g_string_append_c (text, '\n');
}

/* Only for a list with entries: an empty "work" adds no text. */
static void
append_heading (GString    *text,
                const char *heading,
                JsonArray  *entries)
{
  if (json_array_get_length (entries) == 0)
    return;

  g_string_append_c (text, '\n');
  g_string_append (text, heading);
  g_string_append_c (text, '\n');
}

static gboolean
read_json_basics (JsonObject      *root,
                  PursuitProfile  *profile,
                  GString         *text,
                  GError         **error)
{
  JsonNode *node = json_object_get_member (root, "basics");
  JsonObject *basics;
  const char *name, *label, *summary;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return set_json_corrupt (error, "basics");

  basics = json_node_get_object (node);
  if (!get_string (basics, "name", &name, error) ||
      !get_string (basics, "label", &label, error) ||
      !get_string (basics, "summary", &summary, error))
    return FALSE;

  pursuit_profile_set_name (profile, name != NULL && *name != '\0' ? name : NULL);
  pursuit_profile_set_headline (profile, label != NULL && *label != '\0' ? label : NULL);
  append_line (text, NULL, name);
  append_line (text, NULL, label);
  if (summary != NULL)
    {
      g_string_append_c (text, '\n');
      append_line (text, NULL, summary);
    }

  return TRUE;
}

static gboolean
read_json_work (JsonObject  *root,
                GDateTime   *today,
                GArray      *spans,
                GString     *text,
                GError     **error)
{
  JsonArray *work;

  if (!get_array (root, "work", &work, error))
    return FALSE;
  if (work == NULL)
    return TRUE;

  append_heading (text, _("Work Experience"), work);

  for (guint i = 0; i < json_array_get_length (work); i++)
    {
      JsonObject *job;
      JsonArray *highlights;
      const char *name, *position, *start, *end, *summary;
      PursuitCvSpan span;

      if (!get_object_element (work, i, "work", &job, error) ||
          !get_string (job, "name", &name, error) ||
          !get_string (job, "position", &position, error) ||
          !get_string (job, "startDate", &start, error) ||
          !get_string (job, "endDate", &end, error) ||
          !get_string (job, "summary", &summary, error) ||
          !get_array (job, "highlights", &highlights, error))
        return FALSE;

      g_string_append_printf (text, "\n%s%s%s\n",
                              position != NULL ? position : "",
                              position != NULL && name != NULL ? ", " : "",
                              name != NULL ? name : "");
      if (start != NULL)
        g_string_append_printf (text, "%s – %s\n", start,
                                end != NULL && *end != '\0' ? end : _("Present"));
      append_line (text, NULL, summary);

      for (guint j = 0; highlights != NULL && j < json_array_get_length (highlights); j++)
        {
          JsonNode *node = json_array_get_element (highlights, j);

          if (json_node_get_value_type (node) != G_TYPE_STRING)
            return set_json_corrupt (error, "highlights");
          append_line (text, "• ", json_node_get_string (node));
        }

      /* An entry without a start date tells nothing about how long. */
      if (start == NULL || !_pursuit_cv_parse_iso_date (start, FALSE, &span.start))
        continue;
      /* The schema leaves the end out for a current job; some files
       * write "Present" instead. */
      if (end == NULL || *end == '\0' ||
          g_ascii_strcasecmp (end, "present") == 0 ||
          g_ascii_strcasecmp (end, "current") == 0 ||
          g_ascii_strcasecmp (end, "now") == 0)
        span.end = _pursuit_cv_month_now (today);
      else if (!_pursuit_cv_parse_iso_date (end, TRUE, &span.end))
        continue;

      if (span.end > span.start)
        g_array_append_val (spans, span);
    }

  return TRUE;
}

static gboolean
read_json_education (JsonObject      *root,
                     PursuitProfile  *profile,
                     GString         *text,
                     GError         **error)
{
  PursuitEducationLevel best = PURSUIT_EDUCATION_NONE;
  JsonArray *education;

  if (!get_array (root, "education", &education, error))
    return FALSE;
  if (education == NULL)
    return TRUE;

  append_heading (text, _("Education"), education);

  for (guint i = 0; i < json_array_get_length (education); i++)
    {
      JsonObject *entry;
      const char *institution, *area, *study_type;
      g_autofree char *line = NULL;
      PursuitEducationLevel level;

      if (!get_object_element (education, i, "education", &entry, error) ||
          !get_string (entry, "institution", &institution, error) ||
          !get_string (entry, "area", &area, error) ||
          !get_string (entry, "studyType", &study_type, error))
        return FALSE;

      line = g_strjoin (", ",
                        study_type != NULL ? study_type : "",
                        area != NULL ? area : "",
                        institution != NULL ? institution : "",
                        NULL);
      append_line (text, NULL, line);

      level = _pursuit_cv_parse_education (study_type != NULL ? study_type : "", TRUE);
      best = MAX (best, level);
    }

  if (best != PURSUIT_EDUCATION_NONE)
    pursuit_profile_set_education (profile, best);

  return TRUE;
}

/* A JSON Resume's skill entry names a skill and a level ("Master",
 * "Advanced"), and keywords that are skills themselves. Names the
 * taxonomy knows take their canonical spelling. */
static void
add_json_skill (PursuitProfile       *profile,
                PursuitSkillTaxonomy *taxonomy,
                const char           *name,
                PursuitSkillLevel     level)
{
  int skill;

  if (name == NULL || *name == '\0')
    return;

  skill = pursuit_skill_taxonomy_lookup (taxonomy, name);
  if (skill >= 0)
    name = pursuit_skill_taxonomy_get_name (taxonomy, skill);
  else
    {
      g_autoptr(GArray) found = pursuit_skill_taxonomy_extract_skills (taxonomy, name, -1);

      /* "Web Development" names no skill; keywords do the work. */
      if (found->len == 0)
        return;
      for (guint i = 0; i < found->len; i++)
        {
          guint index = g_array_index (found, guint, i);

          add_json_skill (profile, taxonomy,
                          pursuit_skill_taxonomy_get_name (taxonomy, index), level);
        }
      return;
    }

  if (level == PURSUIT_SKILL_LEVEL_NONE)
    level = pursuit_profile_get_skill_level (profile, name);
  if (level == PURSUIT_SKILL_LEVEL_NONE)
    level = PURSUIT_SKILL_LEVEL_INTERMEDIATE;

  pursuit_profile_set_skill (profile, name, level);
}

static gboolean
read_json_skills (JsonObject            *root,
                  PursuitProfile        *profile,
                  PursuitSkillTaxonomy  *taxonomy,
                  GString               *text,
                  GError               **error)
{
  JsonArray *skills;

  if (!get_array (root, "skills", &skills, error))
    return FALSE;
  if (skills == NULL)
    return TRUE;

  append_heading (text, _("Skills"), skills);

  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      JsonObject *entry;
      JsonArray *keywords;
      const char *name, *level_text;
      PursuitSkillLevel level;
      g_autoptr(GString) line = g_string_new (NULL);

      if (!get_object_element (skills, i, "skills", &entry, error) ||
          !get_string (entry, "name", &name, error) ||
          !get_string (entry, "level", &level_text, error) ||
          !get_array (entry, "keywords", &keywords, error))
        return FALSE;

      level = level_text != NULL ? _pursuit_cv_parse_level (level_text) : PURSUIT_SKILL_LEVEL_NONE;
      add_json_skill (profile, taxonomy, name, level);
      g_string_append (line, name != NULL ? name : "");
      if (level_text != NULL && *level_text != '\0')
        g_string_append_printf (line, " (%s)", level_text);

      for (guint j = 0; keywords != NULL && j < json_array_get_length (keywords); j++)
        {
          JsonNode *node = json_array_get_element (keywords, j);

          if (json_node_get_value_type (node) != G_TYPE_STRING)
            return set_json_corrupt (error, "keywords");
          add_json_skill (profile, taxonomy, json_node_get_string (node), level);
          g_string_append (line, j == 0 ? ": " : ", ");
          g_string_append (line, json_node_get_string (node));
        }

      append_line (text, "• ", line->str);
    }

  return TRUE;
}

static gboolean
read_json_languages (JsonObject      *root,
                     PursuitProfile  *profile,
                     GString         *text,
                     GError         **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) languages = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!get_array (root, "languages", &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  append_heading (text, _("Languages"), array);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *entry;
      const char *language, *fluency, *english;

      if (!get_object_element (array, i, "languages", &entry, error) ||
          !get_string (entry, "language", &language, error) ||
          !get_string (entry, "fluency", &fluency, error))
        return FALSE;

      if (language == NULL || *language == '\0')
        continue;

      if (fluency != NULL && *fluency != '\0')
        g_string_append_printf (text, "• %s (%s)\n", language, fluency);
      else
        append_line (text, "• ", language);

      /* Keep a language Pursuit does not know as the file names it. */
      english = _pursuit_cv_language_name (language);
      if (english == NULL)
        english = language;
      if (g_hash_table_add (seen, (gpointer) english))
        g_strv_builder_add (builder, english);
    }

  languages = g_strv_builder_end (builder);
  pursuit_profile_set_languages (profile, (const char * const *) languages);
  return TRUE;
}

gboolean
_pursuit_cv_looks_like_json_resume (JsonNode *root)
{
  JsonObject *object;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;

  object = json_node_get_object (root);
  return json_object_has_member (object, "basics") ||
         json_object_has_member (object, "work");
}

/* The profile comes from the structure; the text (a readable flattening)
 * only adds skills named in summaries and highlights. */
PursuitCv *
_pursuit_cv_read_json_resume (JsonNode              *root,
                              PursuitSkillTaxonomy  *taxonomy,
                              GDateTime             *today,
                              GError               **error)
{
  g_autoptr(PursuitCv) cv = pursuit_cv_new ();
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  g_autoptr(PursuitProfile) from_text = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (PursuitCvSpan));
  JsonObject *object = json_node_get_object (root);

  if (!read_json_basics (object, profile, text, error) ||
      !read_json_work (object, today, spans, text, error) ||
      !read_json_education (object, profile, text, error) ||
      !read_json_skills (object, profile, taxonomy, text, error) ||
      !read_json_languages (object, profile, text, error))
    return NULL;

  if (_pursuit_cv_is_blank (text->str))
    {
      _pursuit_cv_set_empty_error (error);
      return NULL;
    }

  pursuit_profile_set_years_of_experience (profile, _pursuit_cv_merge_years (spans));

  from_text = pursuit_profile_extract (text->str, taxonomy, today);
  for (guint i = 0; i < pursuit_profile_get_n_skills (from_text); i++)
    {
      PursuitSkillLevel level;
      const char *name = pursuit_profile_get_skill (from_text, i, &level);

      if (pursuit_profile_get_skill_level (profile, name) == PURSUIT_SKILL_LEVEL_NONE)
        pursuit_profile_set_skill (profile, name, level);
    }
  if (pursuit_profile_get_education (profile) == PURSUIT_EDUCATION_NONE)
    pursuit_profile_set_education (profile, pursuit_profile_get_education (from_text));

  pursuit_cv_set_format (cv, PURSUIT_CV_FORMAT_JSON_RESUME);
  pursuit_cv_set_text (cv, text->str);
  pursuit_cv_set_profile (cv, profile);
  return g_steal_pointer (&cv);
}
