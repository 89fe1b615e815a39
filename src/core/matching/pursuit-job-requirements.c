/* pursuit-job-requirements.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-requirements"

#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "pursuit-job-requirements-private.h"
#include "pursuit-json-private.h"

/* Descriptions longer than this are read up to it: what a posting asks
 * for is said long before, and it bounds the work on hostile input. */
#define MAX_DESCRIPTION (64 * 1024)
#define MAX_JSON        (256 * 1024)

typedef struct
{
  guint   skill;
  guint   first;     /* order of first mention */
  guint8  required;
  guint8  level;
} Requirement;

struct _PursuitJobRequirements
{
  GObject                parent_instance;

  PursuitSkillTaxonomy  *taxonomy; /* names the skills; NULL when there are none */
  GArray                *skills;  /* of Requirement: required first, then by first mention */
  guint                  n_required;
  double                 min_years;
  PursuitEducationLevel  education;
};

G_DEFINE_FINAL_TYPE (PursuitJobRequirements, pursuit_job_requirements, G_TYPE_OBJECT)

static int
compare_requirements (gconstpointer a,
                      gconstpointer b)
{
  const Requirement *ra = a, *rb = b;

  if (ra->required != rb->required)
    return ra->required ? -1 : 1;
  return ra->first < rb->first ? -1 : ra->first > rb->first;
}

static void
finish_skills (PursuitJobRequirements *self)
{
  g_array_sort (self->skills, compare_requirements);
  self->n_required = 0;
  for (guint i = 0; i < self->skills->len; i++)
    self->n_required += g_array_index (self->skills, Requirement, i).required;
}

/* Adds a mention: a skill named again keeps its first place, becomes
 * required if any mention asks for it, and keeps the highest level. */
static void
add_mention (PursuitJobRequirements *self,
             GHashTable             *by_skill,
             guint                   skill,
             gboolean                required,
             PursuitSkillLevel       level)
{
  gpointer index;

  if (g_hash_table_lookup_extended (by_skill, GUINT_TO_POINTER (skill), NULL, &index))
    {
      Requirement *r = &g_array_index (self->skills, Requirement, GPOINTER_TO_UINT (index));

      r->required |= required;
      r->level = MAX (r->level, (guint8) level);
      return;
    }

  g_hash_table_insert (by_skill, GUINT_TO_POINTER (skill), GUINT_TO_POINTER (self->skills->len));
  g_array_append_val (self->skills, ((Requirement) {
    .skill = skill, .first = self->skills->len, .required = required, .level = level,
  }));
}

static void
pursuit_job_requirements_finalize (GObject *object)
{
  PursuitJobRequirements *self = (PursuitJobRequirements *)object;

  g_clear_pointer (&self->skills, g_array_unref);
  g_clear_object (&self->taxonomy);

  G_OBJECT_CLASS (pursuit_job_requirements_parent_class)->finalize (object);
}

static void
pursuit_job_requirements_class_init (PursuitJobRequirementsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_job_requirements_finalize;
}

static void
pursuit_job_requirements_init (PursuitJobRequirements *self)
{
  self->skills = g_array_new (FALSE, FALSE, sizeof (Requirement));
}

/* One sentence of a line: up to ". ", ";", "!", "?" or the line's end. A
 * dot inside a word ("Node.js", "e.g.") does not end it. */
static gsize
sentence_end (const char *text,
              gsize       from,
              gsize       to)
{
  for (gsize i = from; i < to; i++)
    {
      char c = text[i];

      if (c == ';' || c == '!' || c == '?')
        return i + 1;
      if (c == '.' && (i + 1 == to || text[i + 1] == ' ' || text[i + 1] == '\t') &&
          !(i >= 2 && text[i - 2] == '.'))
        return i + 1;
    }
  return to;
}

typedef struct
{
  PursuitJobRequirements *self;
  PursuitSkillTaxonomy   *taxonomy;
  GHashTable             *by_skill;
  GHashTable             *in_title;
  const char             *text;
  const PursuitSkillMention *mentions;
  guint                   n_mentions;
  guint                   next_mention;
  gboolean                has_sections;
} Reader;

static void
read_sentence (Reader     *reader,
               ReqSection  section,
               gsize       start,
               gsize       end)
{
  g_autofree guint *map = NULL;
  g_autofree char *folded = _pursuit_requirements_fold_map (reader->text + start, end - start, &map);
  g_autoptr(GArray) levels = NULL;
  double years;
  PursuitEducationLevel degree;
  gboolean asked;
  gssize hedge_before_end, hedge_after_start;

  years = _pursuit_requirements_read_years (folded);
  if (years > reader->self->min_years)
    reader->self->min_years = years;

  /* A degree in "About us" or the benefits is not asked of the reader. */
  if (section != REQ_SECTION_OTHER)
    {
      degree = _pursuit_requirements_read_degree (folded);
      if (degree != PURSUIT_EDUCATION_NONE &&
          (reader->self->education == PURSUIT_EDUCATION_NONE || degree < reader->self->education))
        reader->self->education = degree;
    }

  if (reader->next_mention >= reader->n_mentions ||
      reader->mentions[reader->next_mention].offset >= end)
    return;

  _pursuit_requirements_find_hedges (folded, &hedge_before_end, &hedge_after_start);
  levels = _pursuit_requirements_find_levels (folded);
  /* Outside requirement sections a sentence must ask: "About us: we use
   * Python" names a skill without asking for it. */
  asked = _pursuit_requirements_says_required (folded, section == REQ_SECTION_OTHER ||
                                                       (section == REQ_SECTION_NONE &&
                                                        reader->has_sections));

  for (; reader->next_mention < reader->n_mentions; reader->next_mention++)
    {
      const PursuitSkillMention *mention = &reader->mentions[reader->next_mention];
      gsize at, after;
      PursuitSkillLevel level;
      gboolean required;

      if (mention->offset >= end)
        break;
      if (mention->offset < start)
        continue;

      at = map[mention->offset - start];
      after = map[MIN (end, (gsize) mention->offset + mention->length) - start];
      level = MAX (_pursuit_requirements_level_at (levels, at),
                   _pursuit_requirements_level_after (folded + after));

      if (g_hash_table_contains (reader->in_title, GUINT_TO_POINTER (mention->skill)))
        required = TRUE;
      else if ((hedge_before_end >= 0 && (gsize) hedge_before_end <= at) ||
               (hedge_after_start >= 0 && (gsize) hedge_after_start >= after))
        required = FALSE;
      else if (section == REQ_SECTION_PREFERRED)
        required = FALSE;
      else if (section == REQ_SECTION_REQUIRED)
        required = TRUE;
      else
        required = asked;

      add_mention (reader->self, reader->by_skill, mention->skill, required, level);
    }
}

static void
read_lines (Reader *reader,
            gsize   length)
{
  ReqSection section = REQ_SECTION_NONE;
  gsize line_start = 0;

  while (line_start < length)
    {
      const char *newline = memchr (reader->text + line_start, '\n', length - line_start);
      gsize line_end = newline != NULL ? (gsize) (newline - reader->text) : length;
      gsize content = 0, start;
      ReqSection heading;

      if (_pursuit_requirements_read_heading (reader->text + line_start, line_end - line_start,
                                              &heading, &content))
        {
          gboolean names_skill = FALSE;

          /* A heading alone names no skill: "Python skills" is a bullet. */
          if (content == line_end - line_start)
            for (guint i = reader->next_mention; i < reader->n_mentions; i++)
              {
                if (reader->mentions[i].offset >= line_end)
                  break;
                if (reader->mentions[i].offset >= line_start)
                  names_skill = TRUE;
              }
          if (!names_skill)
            section = heading;
          else
            content = 0;
        }

      for (start = line_start + content; start < line_end;)
        {
          gsize end = sentence_end (reader->text, start, line_end);

          read_sentence (reader, section, start, end);
          start = end;
        }

      line_start = line_end + 1;
    }
}

static gboolean
find_any_heading (const char *text,
                  gsize       length)
{
  gsize line_start = 0;

  while (line_start < length)
    {
      const char *newline = memchr (text + line_start, '\n', length - line_start);
      gsize line_end = newline != NULL ? (gsize) (newline - text) : length;
      ReqSection section;
      gsize content;

      if (_pursuit_requirements_read_heading (text + line_start, line_end - line_start,
                                              &section, &content) &&
          section != REQ_SECTION_OTHER)
        return TRUE;
      line_start = line_end + 1;
    }
  return FALSE;
}

/**
 * pursuit_job_requirements_extract:
 * @taxonomy: the skills
 * @title: (nullable): the job's title
 * @description: (nullable): the posting's text
 *
 * Reads what a posting asks for (see the header for the rules). One
 * refinement: in a posting with no requirement headings at all, a
 * sentence that asks ("experience with", "you have", "Kenntnisse") makes
 * its skills required, as a reader would take them. HTML tags and
 * entities are blanked out first, keeping byte offsets.
 *
 * Returns: (transfer full): the requirements, empty for an empty description
 */
PursuitJobRequirements *
pursuit_job_requirements_extract (PursuitSkillTaxonomy *taxonomy,
                                  const char           *title,
                                  const char           *description)
{
  g_autoptr(PursuitJobRequirements) self = NULL;
  g_autoptr(GHashTable) by_skill = NULL;
  g_autoptr(GHashTable) in_title = NULL;
  g_autoptr(GArray) title_skills = NULL;
  g_autoptr(GArray) mentions = NULL;
  g_autofree char *text = NULL;
  gsize length;
  Reader reader = { 0 };

  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (taxonomy), NULL);

  self = g_object_new (PURSUIT_TYPE_JOB_REQUIREMENTS, NULL);
  self->taxonomy = g_object_ref (taxonomy);
  if (description == NULL || *description == '\0')
    return g_steal_pointer (&self);

  length = strnlen (description, MAX_DESCRIPTION);
  text = _pursuit_requirements_strip_markup (description, length);

  by_skill = g_hash_table_new (NULL, NULL);
  in_title = g_hash_table_new (NULL, NULL);
  if (title != NULL)
    {
      title_skills = pursuit_skill_taxonomy_extract_skills (taxonomy, title,
                                                            strnlen (title, 1024));
      for (guint i = 0; i < title_skills->len; i++)
        {
          guint skill = g_array_index (title_skills, guint, i);

          g_hash_table_add (in_title, GUINT_TO_POINTER (skill));
          add_mention (self, by_skill, skill, TRUE, PURSUIT_SKILL_LEVEL_NONE);
        }
    }

  mentions = pursuit_skill_taxonomy_extract (taxonomy, text, length);

  reader.self = self;
  reader.taxonomy = taxonomy;
  reader.by_skill = by_skill;
  reader.in_title = in_title;
  reader.text = text;
  reader.mentions = (const PursuitSkillMention *) mentions->data;
  reader.n_mentions = mentions->len;
  reader.has_sections = find_any_heading (text, length);
  read_lines (&reader, length);

  finish_skills (self);

  return g_steal_pointer (&self);
}

guint
pursuit_job_requirements_get_n_skills (PursuitJobRequirements *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_REQUIREMENTS (self), 0);

  return self->skills->len;
}

guint
pursuit_job_requirements_get_skill (PursuitJobRequirements *self,
                                    guint                   index,
                                    gboolean               *out_required,
                                    PursuitSkillLevel      *out_level)
{
  const Requirement *r;

  g_return_val_if_fail (PURSUIT_IS_JOB_REQUIREMENTS (self), 0);
  g_return_val_if_fail (index < self->skills->len, 0);

  r = &g_array_index (self->skills, Requirement, index);
  if (out_required != NULL)
    *out_required = r->required;
  if (out_level != NULL)
    *out_level = r->level;

  return r->skill;
}

guint
pursuit_job_requirements_get_n_required (PursuitJobRequirements *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_REQUIREMENTS (self), 0);

  return self->n_required;
}

double
pursuit_job_requirements_get_min_years (PursuitJobRequirements *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_REQUIREMENTS (self), 0);

  return self->min_years;
}

PursuitEducationLevel
pursuit_job_requirements_get_education (PursuitJobRequirements *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_REQUIREMENTS (self), PURSUIT_EDUCATION_NONE);

  return self->education;
}

/**
 * pursuit_job_requirements_to_json:
 *
 * Returns: (transfer full): {"skills": [{"name", "required", "level"}],
 *   "min_years", "education"}
 */
char *
pursuit_job_requirements_to_json (PursuitJobRequirements *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (PURSUIT_IS_JOB_REQUIREMENTS (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->skills->len; i++)
    {
      const Requirement *r = &g_array_index (self->skills, Requirement, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, pursuit_skill_taxonomy_get_name (self->taxonomy, r->skill));
      json_builder_set_member_name (builder, "required");
      json_builder_add_boolean_value (builder, r->required);
      json_builder_set_member_name (builder, "level");
      json_builder_add_string_value (builder, pursuit_skill_level_to_string (r->level));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "min_years");
  json_builder_add_double_value (builder, self->min_years);
  json_builder_set_member_name (builder, "education");
  json_builder_add_string_value (builder, pursuit_education_level_to_string (self->education));
  json_builder_end_object (builder);

  return _pursuit_json_builder_to_data (builder);
}

static gboolean
invalid (GError     **error,
         const char  *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "Invalid job requirements: %s", what);
  return FALSE;
}

static gpointer
invalid_null (GError     **error,
              const char  *what)
{
  invalid (error, what);
  return NULL;
}

static gboolean
is_type (JsonNode *node,
         GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
read_skill (PursuitJobRequirements  *self,
            PursuitSkillTaxonomy    *taxonomy,
            GHashTable              *by_skill,
            JsonNode                *node,
            GError                 **error)
{
  JsonObject *object;
  JsonNode *name, *required, *level;
  PursuitSkillLevel skill_level = PURSUIT_SKILL_LEVEL_NONE;
  int skill;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "a skill is not an object");
  object = json_node_get_object (node);
  name = json_object_get_member (object, "name");
  required = json_object_get_member (object, "required");
  level = json_object_get_member (object, "level");

  if (!is_type (name, G_TYPE_STRING))
    return invalid (error, "a skill has no name");
  if (!is_type (required, G_TYPE_BOOLEAN))
    return invalid (error, "a skill has no \"required\"");
  if (level != NULL && !JSON_NODE_HOLDS_NULL (level) &&
      (!is_type (level, G_TYPE_STRING) ||
       !pursuit_skill_level_from_string (json_node_get_string (level), &skill_level)))
    return invalid (error, "a skill's level is unknown");

  /* A skill the taxonomy no longer knows is dropped: the cache outlives
   * taxonomy updates. */
  skill = pursuit_skill_taxonomy_lookup (taxonomy, json_node_get_string (name));
  if (skill >= 0)
    add_mention (self, by_skill, skill, json_node_get_boolean (required), skill_level);

  return TRUE;
}

/**
 * pursuit_job_requirements_new_from_json:
 * @taxonomy: the skills, to resolve names
 * @json: what pursuit_job_requirements_to_json() wrote
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the requirements, or %NULL with
 *   %G_IO_ERROR_INVALID_DATA
 */
PursuitJobRequirements *
pursuit_job_requirements_new_from_json (PursuitSkillTaxonomy  *taxonomy,
                                        const char            *json,
                                        GError               **error)
{
  g_autoptr(PursuitJobRequirements) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) by_skill = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  JsonNode *root, *skills, *years, *education;
  gsize length;

  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (json == NULL)
    return invalid_null (error, "no text");
  length = strnlen (json, MAX_JSON + 1);
  if (length > MAX_JSON)
    return invalid_null (error, "too long");

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, length, &local_error))
    return invalid_null (error, local_error->message);

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return invalid_null (error, "not an object");
  object = json_node_get_object (root);

  skills = json_object_get_member (object, "skills");
  years = json_object_get_member (object, "min_years");
  education = json_object_get_member (object, "education");
  if (skills == NULL || !JSON_NODE_HOLDS_ARRAY (skills))
    return invalid_null (error, "\"skills\" is not an array");

  self = g_object_new (PURSUIT_TYPE_JOB_REQUIREMENTS, NULL);
  self->taxonomy = g_object_ref (taxonomy);
  by_skill = g_hash_table_new (NULL, NULL);

  if (years != NULL && !JSON_NODE_HOLDS_NULL (years))
    {
      double value;

      if (!is_type (years, G_TYPE_DOUBLE) && !is_type (years, G_TYPE_INT64))
        return invalid_null (error, "\"min_years\" is not a number");
      value = json_node_get_double (years);
      if (!isfinite (value) || value < 0 || value > 100)
        return invalid_null (error, "\"min_years\" is out of range");
      self->min_years = value;
    }

  if (education != NULL && !JSON_NODE_HOLDS_NULL (education) &&
      (!is_type (education, G_TYPE_STRING) ||
       !pursuit_education_level_from_string (json_node_get_string (education), &self->education)))
    return invalid_null (error, "\"education\" is unknown");

  {
    JsonArray *array = json_node_get_array (skills);
    guint n = json_array_get_length (array);

    for (guint i = 0; i < n; i++)
      if (!read_skill (self, taxonomy, by_skill, json_array_get_element (array, i), error))
        return NULL;
  }

  finish_skills (self);

  return g_steal_pointer (&self);
}
