/* pursuit-profile.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-profile"

#include "config.h"

#include <json-glib/json-glib.h>

#include "pursuit-json-private.h"
#include "pursuit-object-fields-private.h"
#include "pursuit-profile.h"

typedef struct
{
  char *name;
  PursuitSkillLevel level;
} Skill;

struct _PursuitProfile
{
  GObject parent_instance;

  char *name;
  char *headline;
  double years_of_experience;
  PursuitEducationLevel education;
  GStrv languages;
  gint64 desired_salary;
  char *desired_currency;
  GStrv locations;
  int remote_preference;

  GArray *skills;

  /* While set, edits notify but do not emit "changed". */
  guint changed_blocked;
  gboolean changed_pending;
};

G_DEFINE_FINAL_TYPE (PursuitProfile, pursuit_profile, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_HEADLINE,
  PROP_YEARS_OF_EXPERIENCE,
  PROP_EDUCATION,
  PROP_DESIRED_SALARY,
  PROP_DESIRED_CURRENCY,
  PROP_REMOTE_PREFERENCE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Far beyond a working life, and keeps a hostile file from storing
 * infinities or NaN that every later computation would carry. */
#define MAX_YEARS 80.0

static void
clear_skill (gpointer data)
{
  Skill *skill = data;

  g_free (skill->name);
}

/* After an edit (its property, if any, already notified). */
static void
emit_changed (PursuitProfile *self)
{
  if (self->changed_blocked == 0)
    g_signal_emit (self, signals [CHANGED], 0);
  else
    self->changed_pending = TRUE;
}

/* NULL and an empty list are the same thing; the getter never returns
 * NULL so callers can iterate without a check. */
static gboolean
set_strv (GStrv              *field,
          const char * const *value)
{
  static const char * const empty[] = { NULL };

  if (value == NULL)
    value = empty;
  if (g_strv_equal ((const char * const *)*field, value))
    return FALSE;

  g_strfreev (*field);
  *field = g_strdupv ((char **)value);
  return TRUE;
}

static int
find_skill (PursuitProfile *self,
            const char     *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < self->skills->len; i++)
    {
      Skill *skill = &g_array_index (self->skills, Skill, i);
      g_autofree char *other = g_utf8_casefold (skill->name, -1);

      if (g_strcmp0 (folded, other) == 0)
        return (int) i;
    }

  return -1;
}

/* The field behind each property, for the table-driven accessors of
 * pursuit-object-fields-private.h; the education is read and written as
 * int. The lists (languages, locations, skills) are not properties. */
G_STATIC_ASSERT (sizeof (PursuitEducationLevel) == sizeof (int));
static const gsize fields [N_PROPS] = {
  [PROP_NAME] = G_STRUCT_OFFSET (PursuitProfile, name),
  [PROP_HEADLINE] = G_STRUCT_OFFSET (PursuitProfile, headline),
  [PROP_YEARS_OF_EXPERIENCE] = G_STRUCT_OFFSET (PursuitProfile, years_of_experience),
  [PROP_EDUCATION] = G_STRUCT_OFFSET (PursuitProfile, education),
  [PROP_DESIRED_SALARY] = G_STRUCT_OFFSET (PursuitProfile, desired_salary),
  [PROP_DESIRED_CURRENCY] = G_STRUCT_OFFSET (PursuitProfile, desired_currency),
  [PROP_REMOTE_PREFERENCE] = G_STRUCT_OFFSET (PursuitProfile, remote_preference),
};

static void
pursuit_profile_finalize (GObject *object)
{
  PursuitProfile *self = (PursuitProfile *)object;

  _pursuit_object_clear_fields (object, fields, properties, N_PROPS);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->locations, g_strfreev);
  g_clear_pointer (&self->skills, g_array_unref);

  G_OBJECT_CLASS (pursuit_profile_parent_class)->finalize (object);
}

static void
pursuit_profile_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  _pursuit_object_get_field (object, fields, N_PROPS, prop_id, value, pspec);
}

static void
pursuit_profile_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PursuitProfile *self = PURSUIT_PROFILE (object);

  /* The setter makes "" no currency. */
  if (prop_id == PROP_DESIRED_CURRENCY)
    pursuit_profile_set_desired_currency (self, g_value_get_string (value));
  else if (_pursuit_object_set_field (object, fields, N_PROPS, prop_id, value, pspec))
    emit_changed (self);
}

static void
pursuit_profile_class_init (PursuitProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = pursuit_profile_finalize;
  object_class->get_property = pursuit_profile_get_property;
  object_class->set_property = pursuit_profile_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties [PROP_HEADLINE] =
    g_param_spec_string ("headline", NULL, NULL, NULL, flags);
  properties [PROP_YEARS_OF_EXPERIENCE] =
    g_param_spec_double ("years-of-experience", NULL, NULL,
                         0.0, MAX_YEARS, 0.0, flags);
  properties [PROP_EDUCATION] =
    g_param_spec_int ("education", NULL, NULL,
                      PURSUIT_EDUCATION_NONE, PURSUIT_EDUCATION_DOCTORATE,
                      PURSUIT_EDUCATION_NONE, flags);
  properties [PROP_DESIRED_SALARY] =
    g_param_spec_int64 ("desired-salary", NULL, NULL,
                        0, G_MAXINT64, 0, flags);
  properties [PROP_DESIRED_CURRENCY] =
    g_param_spec_string ("desired-currency", NULL, NULL, NULL, flags);
  properties [PROP_REMOTE_PREFERENCE] =
    g_param_spec_int ("remote-preference", NULL, NULL, 0, 2, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
pursuit_profile_init (PursuitProfile *self)
{
  self->languages = g_new0 (char *, 1);
  self->locations = g_new0 (char *, 1);
  self->skills = g_array_new (FALSE, TRUE, sizeof (Skill));
  g_array_set_clear_func (self->skills, clear_skill);
}

PursuitProfile *
pursuit_profile_new (void)
{
  return g_object_new (PURSUIT_TYPE_PROFILE, NULL);
}

PursuitProfile *
pursuit_profile_copy (PursuitProfile *self)
{
  PursuitProfile *copy;

  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), NULL);

  copy = pursuit_profile_new ();
  copy->name = g_strdup (self->name);
  copy->headline = g_strdup (self->headline);
  copy->years_of_experience = self->years_of_experience;
  copy->education = self->education;
  set_strv (&copy->languages, (const char * const *)self->languages);
  copy->desired_salary = self->desired_salary;
  copy->desired_currency = g_strdup (self->desired_currency);
  set_strv (&copy->locations, (const char * const *)self->locations);
  copy->remote_preference = self->remote_preference;

  for (guint i = 0; i < self->skills->len; i++)
    {
      const Skill *skill = &g_array_index (self->skills, Skill, i);
      Skill dup = { g_strdup (skill->name), skill->level };

      g_array_append_val (copy->skills, dup);
    }

  return copy;
}

const char *
pursuit_profile_get_name (PursuitProfile *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), NULL);

  return self->name;
}

void
pursuit_profile_set_name (PursuitProfile *self,
                          const char     *name)
{
  g_return_if_fail (PURSUIT_IS_PROFILE (self));

  if (_pursuit_object_set_string (G_OBJECT (self), &self->name, name, properties [PROP_NAME]))
    emit_changed (self);
}

const char *
pursuit_profile_get_headline (PursuitProfile *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), NULL);

  return self->headline;
}

void
pursuit_profile_set_headline (PursuitProfile *self,
                              const char     *headline)
{
  g_return_if_fail (PURSUIT_IS_PROFILE (self));

  if (_pursuit_object_set_string (G_OBJECT (self), &self->headline, headline,
                                  properties [PROP_HEADLINE]))
    emit_changed (self);
}

double
pursuit_profile_get_years_of_experience (PursuitProfile *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), 0.0);

  return self->years_of_experience;
}

void
pursuit_profile_set_years_of_experience (PursuitProfile *self,
                                         double          years)
{
  g_return_if_fail (PURSUIT_IS_PROFILE (self));
  g_return_if_fail (years >= 0.0 && years <= MAX_YEARS);

  if (_pursuit_object_set_double (G_OBJECT (self), &self->years_of_experience, years,
                                  properties [PROP_YEARS_OF_EXPERIENCE]))
    emit_changed (self);
}

PursuitEducationLevel
pursuit_profile_get_education (PursuitProfile *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), PURSUIT_EDUCATION_NONE);

  return self->education;
}

void
pursuit_profile_set_education (PursuitProfile        *self,
                               PursuitEducationLevel  education)
{
  g_return_if_fail (PURSUIT_IS_PROFILE (self));
  g_return_if_fail (education <= PURSUIT_EDUCATION_DOCTORATE);

  if (_pursuit_object_set_int (G_OBJECT (self), (int *)&self->education, education,
                               properties [PROP_EDUCATION]))
    emit_changed (self);
}

const char * const *
pursuit_profile_get_languages (PursuitProfile *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), NULL);

  return (const char * const *)self->languages;
}

void
pursuit_profile_set_languages (PursuitProfile     *self,
                               const char * const *languages)
{
  g_return_if_fail (PURSUIT_IS_PROFILE (self));

  if (set_strv (&self->languages, languages))
    emit_changed (self);
}

gint64
pursuit_profile_get_desired_salary (PursuitProfile *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), 0);

  return self->desired_salary;
}

void
pursuit_profile_set_desired_salary (PursuitProfile *self,
                                    gint64          yearly)
{
  g_return_if_fail (PURSUIT_IS_PROFILE (self));
  g_return_if_fail (yearly >= 0);

  if (_pursuit_object_set_int64 (G_OBJECT (self), &self->desired_salary, yearly,
                                 properties [PROP_DESIRED_SALARY]))
    emit_changed (self);
}

const char *
pursuit_profile_get_desired_currency (PursuitProfile *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), NULL);

  return self->desired_currency;
}

void
pursuit_profile_set_desired_currency (PursuitProfile *self,
                                      const char     *currency)
{
  g_return_if_fail (PURSUIT_IS_PROFILE (self));

  if (currency != NULL && *currency == '\0')
    currency = NULL;

  if (_pursuit_object_set_string (G_OBJECT (self), &self->desired_currency, currency,
                                  properties [PROP_DESIRED_CURRENCY]))
    emit_changed (self);
}

const char * const *
pursuit_profile_get_locations (PursuitProfile *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), NULL);

  return (const char * const *)self->locations;
}

void
pursuit_profile_set_locations (PursuitProfile     *self,
                               const char * const *locations)
{
  g_return_if_fail (PURSUIT_IS_PROFILE (self));

  if (set_strv (&self->locations, locations))
    emit_changed (self);
}

int
pursuit_profile_get_remote_preference (PursuitProfile *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), 0);

  return self->remote_preference;
}

void
pursuit_profile_set_remote_preference (PursuitProfile *self,
                                       int             preference)
{
  g_return_if_fail (PURSUIT_IS_PROFILE (self));
  g_return_if_fail (preference >= 0 && preference <= 2);

  if (_pursuit_object_set_int (G_OBJECT (self), &self->remote_preference, preference,
                               properties [PROP_REMOTE_PREFERENCE]))
    emit_changed (self);
}

guint
pursuit_profile_get_n_skills (PursuitProfile *self)
{
  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), 0);

  return self->skills->len;
}

const char *
pursuit_profile_get_skill (PursuitProfile    *self,
                           guint              index,
                           PursuitSkillLevel *out_level)
{
  const Skill *skill;

  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), NULL);
  g_return_val_if_fail (index < self->skills->len, NULL);

  skill = &g_array_index (self->skills, Skill, index);
  if (out_level != NULL)
    *out_level = skill->level;

  return skill->name;
}

PursuitSkillLevel
pursuit_profile_get_skill_level (PursuitProfile *self,
                                 const char     *name)
{
  int index;

  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), PURSUIT_SKILL_LEVEL_NONE);
  g_return_val_if_fail (name != NULL, PURSUIT_SKILL_LEVEL_NONE);

  index = find_skill (self, name);
  if (index < 0)
    return PURSUIT_SKILL_LEVEL_NONE;

  return g_array_index (self->skills, Skill, index).level;
}

void
pursuit_profile_set_skill (PursuitProfile    *self,
                           const char        *name,
                           PursuitSkillLevel  level)
{
  int index;

  g_return_if_fail (PURSUIT_IS_PROFILE (self));
  g_return_if_fail (name != NULL && *name != '\0');
  g_return_if_fail (g_utf8_validate (name, -1, NULL));
  g_return_if_fail (level <= PURSUIT_SKILL_LEVEL_EXPERT);

  index = find_skill (self, name);
  if (index >= 0)
    {
      Skill *skill = &g_array_index (self->skills, Skill, index);

      if (skill->level == level)
        return;
      skill->level = level;
    }
  else
    {
      Skill skill = { g_strdup (name), level };

      g_array_append_val (self->skills, skill);
    }

  emit_changed (self);
}

gboolean
pursuit_profile_remove_skill (PursuitProfile *self,
                              const char     *name)
{
  int index;

  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  index = find_skill (self, name);
  if (index < 0)
    return FALSE;

  g_array_remove_index (self->skills, index);
  emit_changed (self);
  return TRUE;
}

void
pursuit_profile_copy_wishes (PursuitProfile *self,
                             PursuitProfile *from)
{
  g_return_if_fail (PURSUIT_IS_PROFILE (self));
  g_return_if_fail (PURSUIT_IS_PROFILE (from));

  if (self == from)
    return;

  /* One "changed" for the whole copy: listeners save on it. */
  self->changed_blocked++;
  g_object_freeze_notify (G_OBJECT (self));
  pursuit_profile_set_desired_salary (self, from->desired_salary);
  pursuit_profile_set_desired_currency (self, from->desired_currency);
  pursuit_profile_set_locations (self, (const char * const *)from->locations);
  pursuit_profile_set_remote_preference (self, from->remote_preference);
  g_object_thaw_notify (G_OBJECT (self));
  self->changed_blocked--;

  if (self->changed_pending)
    {
      self->changed_pending = FALSE;
      g_signal_emit (self, signals [CHANGED], 0);
    }
}

/* JSON */

char *
pursuit_profile_to_json (PursuitProfile *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (PURSUIT_IS_PROFILE (self), NULL);

  json_builder_begin_object (builder);
  _pursuit_json_add_string_or_null (builder, "name", self->name);
  _pursuit_json_add_string_or_null (builder, "headline", self->headline);
  json_builder_set_member_name (builder, "years_of_experience");
  json_builder_add_double_value (builder, self->years_of_experience);
  json_builder_set_member_name (builder, "education");
  json_builder_add_string_value (builder, pursuit_education_level_to_string (self->education));
  _pursuit_json_add_strv (builder, "languages", (const char * const *)self->languages);

  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->skills->len; i++)
    {
      const Skill *skill = &g_array_index (self->skills, Skill, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, skill->name);
      json_builder_set_member_name (builder, "level");
      json_builder_add_string_value (builder, pursuit_skill_level_to_string (skill->level));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "desired_salary");
  json_builder_add_int_value (builder, self->desired_salary);
  _pursuit_json_add_string_or_null (builder, "desired_currency", self->desired_currency);
  _pursuit_json_add_strv (builder, "locations", (const char * const *)self->locations);
  json_builder_set_member_name (builder, "remote_preference");
  json_builder_add_int_value (builder, self->remote_preference);
  json_builder_end_object (builder);

  return _pursuit_json_builder_to_data (builder);
}

static gboolean
invalid (GError    **error,
         const char *member)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               "Profile JSON: “%s” has the wrong type or value", member);
  return FALSE;
}

/* A member that is absent or null keeps the default. */
static gboolean
get_member (JsonObject  *object,
            const char  *member,
            JsonNode   **out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FALSE;

  *out = node;
  return TRUE;
}

static gboolean
read_string (JsonObject  *object,
             const char  *member,
             char       **out,
             GError     **error)
{
  JsonNode *node;
  const char *value;

  if (!get_member (object, member, &node))
    return TRUE;
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, member);

  value = json_node_get_string (node);
  g_free (*out);
  *out = *value != '\0' ? g_strdup (value) : NULL;
  return TRUE;
}

static gboolean
read_number (JsonObject  *object,
             const char  *member,
             double      *out,
             GError     **error)
{
  JsonNode *node;
  GType type;

  if (!get_member (object, member, &node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node))
    return invalid (error, member);

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *out = (double) json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *out = json_node_get_double (node);
  else
    return invalid (error, member);

  return TRUE;
}

static gboolean
read_string_array (JsonObject  *object,
                   const char  *member,
                   GStrv       *out,
                   GError     **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonNode *node;
  JsonArray *array;

  if (!get_member (object, member, &node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, member);

  builder = g_strv_builder_new ();
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (json_node_get_value_type (element) != G_TYPE_STRING)
        return invalid (error, member);
      if (*json_node_get_string (element) != '\0')
        g_strv_builder_add (builder, json_node_get_string (element));
    }

  g_strfreev (*out);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_skills (PursuitProfile  *self,
             JsonObject      *object,
             GError         **error)
{
  JsonNode *node;
  JsonArray *array;

  if (!get_member (object, "skills", &node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, "skills");

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *skill;
      const char *name;
      const char *level_key = NULL;
      PursuitSkillLevel level = PURSUIT_SKILL_LEVEL_NONE;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return invalid (error, "skills");

      skill = json_node_get_object (element);
      if (!json_object_has_member (skill, "name") ||
          json_node_get_value_type (json_object_get_member (skill, "name")) != G_TYPE_STRING)
        return invalid (error, "skills");
      name = json_object_get_string_member (skill, "name");
      if (*name == '\0')
        return invalid (error, "skills");

      if (json_object_has_member (skill, "level"))
        {
          JsonNode *level_node = json_object_get_member (skill, "level");

          if (!JSON_NODE_HOLDS_NULL (level_node))
            {
              if (json_node_get_value_type (level_node) != G_TYPE_STRING)
                return invalid (error, "skills");
              level_key = json_node_get_string (level_node);
              if (!pursuit_skill_level_from_string (level_key, &level))
                return invalid (error, "skills");
            }
        }

      /* A duplicate keeps the first position with the last level, as
       * set_skill would. */
      pursuit_profile_set_skill (self, name, level);
    }

  return TRUE;
}

static gboolean
read_profile (PursuitProfile  *self,
              JsonObject      *object,
              GError         **error)
{
  double years = 0.0;
  double salary = 0.0;
  double remote = 0.0;
  g_autofree char *education = NULL;

  if (!read_string (object, "name", &self->name, error) ||
      !read_string (object, "headline", &self->headline, error) ||
      !read_number (object, "years_of_experience", &years, error) ||
      !read_string (object, "education", &education, error) ||
      !read_string_array (object, "languages", &self->languages, error) ||
      !read_skills (self, object, error) ||
      !read_number (object, "desired_salary", &salary, error) ||
      !read_string (object, "desired_currency", &self->desired_currency, error) ||
      !read_string_array (object, "locations", &self->locations, error) ||
      !read_number (object, "remote_preference", &remote, error))
    return FALSE;

  /* !(x >= 0) also catches NaN. */
  if (!(years >= 0.0 && years <= MAX_YEARS))
    return invalid (error, "years_of_experience");
  self->years_of_experience = years;

  if (education != NULL &&
      !pursuit_education_level_from_string (education, &self->education))
    return invalid (error, "education");

  if (!(salary >= 0.0 && salary < 1e15))
    return invalid (error, "desired_salary");
  self->desired_salary = (gint64) salary;

  if (remote != 0.0 && remote != 1.0 && remote != 2.0)
    return invalid (error, "remote_preference");
  self->remote_preference = (int) remote;

  return TRUE;
}

PursuitProfile *
pursuit_profile_new_from_json (const char  *json,
                               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PursuitProfile) self = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!json_parser_load_from_data (parser, json, -1, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "Profile JSON: %s", local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "Profile JSON: not an object");
      return NULL;
    }

  self = pursuit_profile_new ();
  if (!read_profile (self, json_node_get_object (root), error))
    return NULL;

  return g_steal_pointer (&self);
}
