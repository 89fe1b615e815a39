/* pursuit-skill-taxonomy.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-skill-taxonomy"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "pursuit-core-resources-private.h"
#include "pursuit-skill-taxonomy-private.h"

/* The file format (data/skills.json; its "about" string says the same):
 *
 *   {"about": "...", "version": 1,
 *    "categories": [{"key": "languages", "name": "Programming languages"}, ...],
 *    "skills": [{"name": "Go",                       canonical name
 *                "aliases": ["Golang"],              other spellings, any case
 *                "category": "languages",            a category key
 *                "related": [{"name": "Rust", "weight": 0.4}],   0 < weight <= 1
 *                "learning": {"kind": "documentation", "hours": 60},
 *                "ambiguous": {                      optional context rule
 *                  "terms": ["Go"],                  spellings it applies to (default all)
 *                  "case_sensitive": true,           the text must write it so
 *                  "requires_context": ["golang", "backend"],  a word within
 *                  "context_categories": ["languages"],        or a skill of these within
 *                  "window": 8,                      words either side (default 8)
 *                  "reject_next": ["to", "#number"], never when followed by these
 *                  "reject_previous": ["letter"]}},  or preceded by these
 *               ...]}
 *
 * Spellings are split into words the way texts are (see
 * pursuit-skill-extract.c), so "CI/CD" and "CI CD" are the same key; a
 * spelling is at most PURSUIT_SKILL_MAX_TOKENS words and names one skill
 * only. Related skills are made symmetric when loading. */

/* Limits against hostile files: the shipped one is far below them. */
#define MAX_FILE_SIZE     (8 * 1024 * 1024)
#define MAX_SKILLS        20000
#define MAX_CATEGORIES    500
#define MAX_ALIASES       64
#define MAX_RELATED       64
#define MAX_NAME_LENGTH   100
#define MAX_RULE_WORDS    200
#define MAX_WINDOW        50
#define MAX_HOURS         10000
#define DEFAULT_WINDOW    8

/* The shipped categories' display names, so xgettext sees them; the file
 * keeps the English name and the label is its translation. */
static const char * const category_names[] = {
  N_("Programming languages"),
  N_("Web front end"),
  N_("Web back end"),
  N_("Mobile development"),
  N_("Desktop applications"),
  N_("Databases"),
  N_("Cloud platforms"),
  N_("DevOps and infrastructure"),
  N_("Data engineering and analytics"),
  N_("Machine learning and AI"),
  N_("Security"),
  N_("Testing and quality"),
  N_("Developer tools"),
  N_("Software architecture"),
  N_("Operating systems"),
  N_("Networking"),
  N_("Embedded and hardware"),
  N_("Game development"),
  N_("Design"),
  N_("Product management"),
  N_("Project management"),
  N_("Leadership and management"),
  N_("Soft skills"),
  N_("Office tools"),
  N_("ERP and business software"),
  N_("Marketing"),
  N_("Sales"),
  N_("Customer service"),
  N_("Finance and accounting"),
  N_("Human resources"),
  N_("Healthcare"),
  N_("Legal"),
  N_("Education and training"),
  N_("Writing and content"),
  N_("Logistics and supply chain"),
  N_("Engineering and manufacturing"),
};

static const char * const learning_kinds[] = {
  "course", "documentation", "book", "project", "certification", "practice",
};

typedef struct
{
  char *name;
  guint category;
  const char *learning_kind;  /* one of learning_kinds */
  guint learning_hours;
  GArray *related;            /* of guint */
  GArray *weights;            /* of double */
} SkillInfo;

typedef struct
{
  char *key;
  char *name;
} Category;

struct _PursuitSkillTaxonomy
{
  GObject parent_instance;

  char *version;
  GArray *skills;             /* of SkillInfo */
  GArray *categories;         /* of Category */
  GPtrArray *category_keys;
  GHashTable *category_index; /* key → index + 1 */
  GArray *rules;              /* of PursuitSkillRule */

  GString *pool;              /* alias keys and spellings */
  GArray *aliases;            /* of PursuitSkillAlias */
  guint32 *slots;             /* open addressing: alias index + 1, 0 = empty */
  guint32 n_slots;
  guint max_tokens;
};

G_DEFINE_FINAL_TYPE (PursuitSkillTaxonomy, pursuit_skill_taxonomy, G_TYPE_OBJECT)

G_DEFINE_QUARK (pursuit-skill-taxonomy-error-quark, pursuit_skill_taxonomy_error)

static void
skill_info_clear (gpointer data)
{
  SkillInfo *info = data;

  g_free (info->name);
  g_clear_pointer (&info->related, g_array_unref);
  g_clear_pointer (&info->weights, g_array_unref);
}

static void
category_clear (gpointer data)
{
  Category *category = data;

  g_free (category->key);
  g_free (category->name);
}

static void
rule_clear (gpointer data)
{
  PursuitSkillRule *rule = data;

  g_clear_pointer (&rule->context_words, g_hash_table_unref);
  g_clear_pointer (&rule->context_categories, g_free);
  g_clear_pointer (&rule->reject_next, g_hash_table_unref);
  g_clear_pointer (&rule->reject_previous, g_hash_table_unref);
}

static void
pursuit_skill_taxonomy_finalize (GObject *object)
{
  PursuitSkillTaxonomy *self = (PursuitSkillTaxonomy *) object;

  g_free (self->version);
  g_clear_pointer (&self->skills, g_array_unref);
  g_clear_pointer (&self->categories, g_array_unref);
  g_clear_pointer (&self->category_keys, g_ptr_array_unref);
  g_clear_pointer (&self->category_index, g_hash_table_unref);
  g_clear_pointer (&self->rules, g_array_unref);
  if (self->pool != NULL)
    g_string_free (self->pool, TRUE);
  g_clear_pointer (&self->aliases, g_array_unref);
  g_free (self->slots);

  G_OBJECT_CLASS (pursuit_skill_taxonomy_parent_class)->finalize (object);
}

static void
pursuit_skill_taxonomy_class_init (PursuitSkillTaxonomyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pursuit_skill_taxonomy_finalize;
}

static void
pursuit_skill_taxonomy_init (PursuitSkillTaxonomy *self)
{
  self->skills = g_array_new (FALSE, TRUE, sizeof (SkillInfo));
  g_array_set_clear_func (self->skills, skill_info_clear);
  self->categories = g_array_new (FALSE, TRUE, sizeof (Category));
  g_array_set_clear_func (self->categories, category_clear);
  self->category_keys = g_ptr_array_new ();
  self->category_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->rules = g_array_new (FALSE, TRUE, sizeof (PursuitSkillRule));
  g_array_set_clear_func (self->rules, rule_clear);
  self->pool = g_string_new (NULL);
  self->aliases = g_array_new (FALSE, TRUE, sizeof (PursuitSkillAlias));
}

static gboolean
invalid (GError     **error,
         const char  *format,
         ...) G_GNUC_PRINTF (2, 3);

static gboolean
invalid (GError     **error,
         const char  *format,
         ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PURSUIT_SKILL_TAXONOMY_ERROR, PURSUIT_SKILL_TAXONOMY_ERROR_INVALID,
               _("Invalid skills taxonomy: %s"), message);
  return FALSE;
}

/* A member that must be a string (when present); NULL otherwise. */
static gboolean
get_string (JsonObject  *object,
            const char  *member,
            gboolean     required,
            const char **out,
            const char  *where,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return invalid (error, "%s has no “%s”", where, member);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return invalid (error, "“%s” of %s is not a string", member, where);

  *out = json_node_get_string (node);
  if (required && (*out)[0] == '\0')
    return invalid (error, "“%s” of %s is empty", member, where);
  if (strlen (*out) > MAX_NAME_LENGTH * 4)
    return invalid (error, "“%s” of %s is too long", member, where);

  return TRUE;
}

static gboolean
get_array (JsonObject  *object,
           const char  *member,
           guint        max_length,
           JsonArray  **out,
           const char  *where,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, "“%s” of %s is not a list", member, where);

  *out = json_node_get_array (node);
  if (json_array_get_length (*out) > max_length)
    return invalid (error, "%s has more than %u “%s”", where, max_length, member);

  return TRUE;
}

static gboolean
get_number (JsonNode *node,
            double   *out)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return FALSE;

  *out = json_node_get_double (node);
  return TRUE;
}

static gboolean
load_categories (PursuitSkillTaxonomy  *self,
                 JsonObject            *root,
                 GError               **error)
{
  JsonArray *array;

  if (!get_array (root, "categories", MAX_CATEGORIES, &array, "the file", error))
    return FALSE;
  if (array == NULL || json_array_get_length (array) == 0)
    return invalid (error, "there are no categories");

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("category %u", i + 1);
      const char *key, *name;
      Category category;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, "%s is not an object", where);
      if (!get_string (json_node_get_object (node), "key", TRUE, &key, where, error) ||
          !get_string (json_node_get_object (node), "name", TRUE, &name, where, error))
        return FALSE;
      for (guint j = 0; j < self->categories->len; j++)
        if (strcmp (g_array_index (self->categories, Category, j).key, key) == 0)
          return invalid (error, "category “%s” is listed twice", key);

      category.key = g_strdup (key);
      category.name = g_strdup (name);
      g_array_append_val (self->categories, category);
    }

  /* Pointers into the array are stable only once it stops growing. */
  for (guint i = 0; i < self->categories->len; i++)
    {
      Category *category = &g_array_index (self->categories, Category, i);

      g_ptr_array_add (self->category_keys, category->key);
      g_hash_table_insert (self->category_index, category->key, GUINT_TO_POINTER (i + 1));
    }

  return TRUE;
}

guint32
_pursuit_skill_hash (const char *key,
                     gsize       length)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < length; i++)
    {
      hash ^= (guchar) key[i];
      hash *= 16777619u;
    }

  return hash;
}

const PursuitSkillAlias *
_pursuit_skill_taxonomy_find (PursuitSkillTaxonomy *self,
                              const char           *key,
                              gsize                 length,
                              guint32               hash)
{
  guint32 mask = self->n_slots - 1;

  if (self->n_slots == 0)
    return NULL;

  for (guint32 slot = hash & mask;; slot = (slot + 1) & mask)
    {
      guint32 index = self->slots[slot];
      const PursuitSkillAlias *alias;

      if (index == 0)
        return NULL;

      alias = &g_array_index (self->aliases, PursuitSkillAlias, index - 1);
      if (alias->hash == hash && alias->key_length == length &&
          memcmp (self->pool->str + alias->key_offset, key, length) == 0)
        return alias;
    }
}

/* Normalises @spelling into words and returns how many; 0 (and @error)
 * when it has none or too many. Returning the count rather than filling an
 * out argument leaves no path where a caller reads it unset. */
static guint
normalise_spelling (const char  *spelling,
                    GString     *norm,
                    GError     **error)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PursuitSkillToken));

  g_string_truncate (norm, 0);
  _pursuit_skill_tokenize (spelling, strlen (spelling), tokens, norm);

  if (tokens->len == 0)
    {
      invalid (error, "“%s” has no letters or digits", spelling);
      return 0;
    }
  if (tokens->len > PURSUIT_SKILL_MAX_TOKENS)
    {
      invalid (error, "“%s” is longer than %d words", spelling, PURSUIT_SKILL_MAX_TOKENS);
      return 0;
    }

  return tokens->len;
}

static gboolean
add_alias (PursuitSkillTaxonomy  *self,
           GHashTable            *keys,
           guint                  skill,
           const char            *spelling,
           GString               *norm,
           GError               **error)
{
  PursuitSkillAlias alias = { 0 };
  gpointer existing;
  guint n_tokens = normalise_spelling (spelling, norm, error);

  if (n_tokens == 0)
    return FALSE;

  if (g_hash_table_lookup_extended (keys, norm->str, NULL, &existing))
    {
      guint other = GPOINTER_TO_UINT (existing);

      /* The same skill may well list "NodeJS" and "nodejs". */
      if (other == skill)
        return TRUE;

      return invalid (error, "“%s” names both “%s” and “%s”", spelling,
                      g_array_index (self->skills, SkillInfo, other).name,
                      g_array_index (self->skills, SkillInfo, skill).name);
    }

  alias.hash = _pursuit_skill_hash (norm->str, norm->len);
  alias.key_offset = self->pool->len;
  alias.key_length = norm->len;
  g_string_append_len (self->pool, norm->str, norm->len + 1);
  alias.spelling_offset = self->pool->len;
  alias.spelling_length = strlen (spelling);
  g_string_append_len (self->pool, spelling, alias.spelling_length + 1);
  alias.skill = skill;
  alias.rule = -1;
  alias.n_tokens = n_tokens;
  g_array_append_val (self->aliases, alias);
  self->max_tokens = MAX (self->max_tokens, n_tokens);

  g_hash_table_insert (keys, g_strdup (norm->str), GUINT_TO_POINTER (skill));
  return TRUE;
}

static gboolean
load_learning (SkillInfo   *info,
               JsonObject  *object,
               const char  *where,
               GError     **error)
{
  JsonNode *node = json_object_get_member (object, "learning");
  JsonObject *learning;
  const char *kind;
  double hours;

  /* Reasonable defaults keep a hand-edited file usable. */
  info->learning_kind = "practice";
  info->learning_hours = 40;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "“learning” of %s is not an object", where);

  learning = json_node_get_object (node);
  if (!get_string (learning, "kind", TRUE, &kind, where, error))
    return FALSE;

  info->learning_kind = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (learning_kinds); i++)
    if (strcmp (kind, learning_kinds[i]) == 0)
      info->learning_kind = learning_kinds[i];
  if (info->learning_kind == NULL)
    return invalid (error, "%s has an unknown learning kind “%s”", where, kind);

  if (!get_number (json_object_get_member (learning, "hours"), &hours) ||
      hours < 1 || hours > MAX_HOURS)
    return invalid (error, "%s has no learning hours between 1 and %d", where, MAX_HOURS);
  info->learning_hours = (guint) hours;

  return TRUE;
}

static gboolean
load_skill (PursuitSkillTaxonomy  *self,
            GHashTable            *keys,
            JsonNode              *node,
            guint                  index,
            GString               *norm,
            GError               **error)
{
  g_autofree char *where = g_strdup_printf ("skill %u", index + 1);
  JsonObject *object;
  JsonArray *aliases;
  const char *name, *category;
  gpointer category_index;
  SkillInfo info = { 0 };

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "%s is not an object", where);

  object = json_node_get_object (node);
  if (!get_string (object, "name", TRUE, &name, where, error))
    return FALSE;
  if (strlen (name) > MAX_NAME_LENGTH)
    return invalid (error, "the name of %s is too long", where);
  if (!g_utf8_validate (name, -1, NULL))
    return invalid (error, "the name of %s is not UTF-8", where);

  g_free (where);
  where = g_strdup_printf ("skill “%s”", name);

  if (!get_string (object, "category", TRUE, &category, where, error))
    return FALSE;
  category_index = g_hash_table_lookup (self->category_index, category);
  if (category_index == NULL)
    return invalid (error, "%s is in the unknown category “%s”", where, category);

  info.name = g_strdup (name);
  info.category = GPOINTER_TO_UINT (category_index) - 1;
  info.related = g_array_new (FALSE, FALSE, sizeof (guint));
  info.weights = g_array_new (FALSE, FALSE, sizeof (double));
  g_array_append_val (self->skills, info);

  if (!load_learning (&g_array_index (self->skills, SkillInfo, index), object, where, error))
    return FALSE;

  if (!add_alias (self, keys, index, name, norm, error))
    return FALSE;

  if (!get_array (object, "aliases", MAX_ALIASES, &aliases, where, error))
    return FALSE;
  for (guint i = 0; aliases != NULL && i < json_array_get_length (aliases); i++)
    {
      JsonNode *alias = json_array_get_element (aliases, i);

      if (!JSON_NODE_HOLDS_VALUE (alias) || json_node_get_value_type (alias) != G_TYPE_STRING)
        return invalid (error, "an alias of %s is not a string", where);
      if (strlen (json_node_get_string (alias)) > MAX_NAME_LENGTH ||
          !g_utf8_validate (json_node_get_string (alias), -1, NULL))
        return invalid (error, "an alias of %s is too long or not UTF-8", where);
      if (!add_alias (self, keys, index, json_node_get_string (alias), norm, error))
        return FALSE;
    }

  return TRUE;
}

static void
add_relation (PursuitSkillTaxonomy *self,
              guint                 from,
              guint                 to,
              double                weight)
{
  SkillInfo *info = &g_array_index (self->skills, SkillInfo, from);

  for (guint i = 0; i < info->related->len; i++)
    {
      if (g_array_index (info->related, guint, i) == to)
        {
          double *existing = &g_array_index (info->weights, double, i);

          *existing = MAX (*existing, weight);
          return;
        }
    }

  g_array_append_val (info->related, to);
  g_array_append_val (info->weights, weight);
}

/* Second pass: related names can point forwards in the file. */
static gboolean
load_related (PursuitSkillTaxonomy  *self,
              JsonArray             *skills,
              GError               **error)
{
  for (guint index = 0; index < json_array_get_length (skills); index++)
    {
      JsonObject *object = json_array_get_object_element (skills, index);
      const char *name = g_array_index (self->skills, SkillInfo, index).name;
      g_autofree char *where = g_strdup_printf ("skill “%s”", name);
      JsonArray *related;

      if (!get_array (object, "related", MAX_RELATED, &related, where, error))
        return FALSE;

      for (guint i = 0; related != NULL && i < json_array_get_length (related); i++)
        {
          JsonNode *node = json_array_get_element (related, i);
          const char *other_name;
          double weight;
          int other;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            return invalid (error, "a related skill of %s is not an object", where);
          if (!get_string (json_node_get_object (node), "name", TRUE, &other_name, where, error))
            return FALSE;
          if (!get_number (json_object_get_member (json_node_get_object (node), "weight"), &weight) ||
              !(weight > 0.0 && weight <= 1.0))
            return invalid (error, "the weight of “%s” in %s is not in (0, 1]", other_name, where);

          other = pursuit_skill_taxonomy_lookup (self, other_name);
          if (other < 0)
            return invalid (error, "%s is related to the unknown skill “%s”", where, other_name);
          if ((guint) other == index)
            return invalid (error, "%s is related to itself", where);

          add_relation (self, index, other, weight);
          add_relation (self, other, index, weight);
        }
    }

  return TRUE;
}

static gboolean
load_word_set (JsonObject   *object,
               const char   *member,
               GHashTable  **out,
               gboolean     *has_number,
               const char   *where,
               GError      **error)
{
  g_autoptr(GString) norm = g_string_new (NULL);
  JsonArray *array;

  *out = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!get_array (object, member, MAX_RULE_WORDS, &array, where, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *word;
      guint n_tokens;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return invalid (error, "a word in “%s” of %s is not a string", member, where);

      word = json_node_get_string (node);
      if (has_number != NULL && strcmp (word, "#number") == 0)
        {
          *has_number = TRUE;
          continue;
        }

      n_tokens = normalise_spelling (word, norm, error);
      if (n_tokens == 0)
        return FALSE;
      if (n_tokens != 1)
        return invalid (error, "“%s” in “%s” of %s is not one word", word, member, where);

      g_hash_table_add (*out, g_strdup (norm->str));
    }

  return TRUE;
}

/* The skill's own spellings are aliases [@first_alias, @end_alias). */
static gboolean
load_rule (PursuitSkillTaxonomy  *self,
           guint                  skill,
           JsonObject            *object,
           guint                  first_alias,
           guint                  end_alias,
           GError               **error)
{
  g_autofree char *where = g_strdup_printf ("the context rule of “%s”",
                                            g_array_index (self->skills, SkillInfo, skill).name);
  g_autoptr(GString) norm = g_string_new (NULL);
  PursuitSkillRule rule = { 0 };
  PursuitSkillRule *stored;
  JsonArray *terms, *categories;
  JsonNode *node;
  double window = DEFAULT_WINDOW;
  gint32 rule_index = self->rules->len;

  rule.context_categories = g_new0 (gboolean, self->categories->len);
  g_array_append_val (self->rules, rule);
  stored = &g_array_index (self->rules, PursuitSkillRule, rule_index);

  if (!load_word_set (object, "requires_context", &stored->context_words, NULL, where, error) ||
      !load_word_set (object, "reject_next", &stored->reject_next,
                      &stored->reject_next_number, where, error) ||
      !load_word_set (object, "reject_previous", &stored->reject_previous, NULL, where, error))
    return FALSE;

  if (!get_array (object, "context_categories", MAX_CATEGORIES, &categories, where, error))
    return FALSE;
  for (guint i = 0; categories != NULL && i < json_array_get_length (categories); i++)
    {
      const char *key = NULL;
      gpointer index;

      node = json_array_get_element (categories, i);
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        key = json_node_get_string (node);
      index = key != NULL ? g_hash_table_lookup (self->category_index, key) : NULL;
      if (index == NULL)
        return invalid (error, "%s names an unknown category", where);
      stored->context_categories[GPOINTER_TO_UINT (index) - 1] = TRUE;
    }

  if (g_hash_table_size (stored->context_words) == 0 && categories == NULL)
    return invalid (error, "%s has no “requires_context” nor “context_categories”", where);

  node = json_object_get_member (object, "case_sensitive");
  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return invalid (error, "“case_sensitive” of %s is not true or false", where);
      stored->case_sensitive = json_node_get_boolean (node);
    }

  node = json_object_get_member (object, "window");
  if (node != NULL && (!get_number (node, &window) || window < 1 || window > MAX_WINDOW))
    return invalid (error, "“window” of %s is not between 1 and %d", where, MAX_WINDOW);
  stored->window = (guint) window;

  if (!get_array (object, "terms", MAX_ALIASES, &terms, where, error))
    return FALSE;
  if (terms == NULL)
    {
      for (guint i = first_alias; i < end_alias; i++)
        g_array_index (self->aliases, PursuitSkillAlias, i).rule = rule_index;
      return TRUE;
    }

  for (guint i = 0; i < json_array_get_length (terms); i++)
    {
      const PursuitSkillAlias *alias;

      node = json_array_get_element (terms, i);
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return invalid (error, "a term of %s is not a string", where);
      if (normalise_spelling (json_node_get_string (node), norm, error) == 0)
        return FALSE;

      alias = _pursuit_skill_taxonomy_find (self, norm->str, norm->len,
                                            _pursuit_skill_hash (norm->str, norm->len));
      if (alias == NULL || alias->skill != skill)
        return invalid (error, "the term “%s” of %s is not one of its spellings",
                        json_node_get_string (node), where);

      /* The rule applies to the spelling as written in "terms" when it is
       * case-sensitive: "Go", not "GO" nor "go". */
      ((PursuitSkillAlias *) alias)->rule = rule_index;
      if (stored->case_sensitive)
        {
          PursuitSkillAlias *writable = (PursuitSkillAlias *) alias;

          writable->spelling_offset = self->pool->len;
          writable->spelling_length = strlen (json_node_get_string (node));
          g_string_append_len (self->pool, json_node_get_string (node),
                               writable->spelling_length + 1);
        }
    }

  return TRUE;
}

static void
build_slots (PursuitSkillTaxonomy *self)
{
  guint32 mask;

  self->n_slots = 64;
  while (self->n_slots < self->aliases->len * 2)
    self->n_slots *= 2;
  mask = self->n_slots - 1;

  g_free (self->slots);
  self->slots = g_new0 (guint32, self->n_slots);
  for (guint i = 0; i < self->aliases->len; i++)
    {
      const PursuitSkillAlias *alias = &g_array_index (self->aliases, PursuitSkillAlias, i);
      guint32 slot = alias->hash & mask;

      while (self->slots[slot] != 0)
        slot = (slot + 1) & mask;
      self->slots[slot] = i + 1;
    }
}

static gboolean
load_skills (PursuitSkillTaxonomy  *self,
             JsonObject            *root,
             GError               **error)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) norm = g_string_new (NULL);
  g_autoptr(GArray) first_aliases = g_array_new (FALSE, FALSE, sizeof (guint));
  JsonArray *skills;
  guint end_alias;

  if (!get_array (root, "skills", MAX_SKILLS, &skills, "the file", error))
    return FALSE;
  if (skills == NULL || json_array_get_length (skills) == 0)
    return invalid (error, "there are no skills");

  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      guint first_alias = self->aliases->len;

      g_array_append_val (first_aliases, first_alias);
      if (!load_skill (self, keys, json_array_get_element (skills, i), i, norm, error))
        return FALSE;
    }
  /* One past the last skill, so skill i's spellings end where i + 1's start:
   * a rule must not reach the skills loaded after its own. */
  end_alias = self->aliases->len;
  g_array_append_val (first_aliases, end_alias);

  build_slots (self);

  if (!load_related (self, skills, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      JsonObject *object = json_array_get_object_element (skills, i);
      JsonNode *node = json_object_get_member (object, "ambiguous");

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, "“ambiguous” of “%s” is not an object",
                        g_array_index (self->skills, SkillInfo, i).name);
      if (!load_rule (self, i, json_node_get_object (node),
                      g_array_index (first_aliases, guint, i),
                      g_array_index (first_aliases, guint, i + 1), error))
        return FALSE;
    }

  return TRUE;
}

/**
 * pursuit_skill_taxonomy_new_from_bytes:
 * @json: the taxonomy file's content
 * @error: return location for a #PURSUIT_SKILL_TAXONOMY_ERROR
 *
 * Returns: (transfer full) (nullable): the taxonomy, or %NULL when @json is
 *   not a valid taxonomy
 */
PursuitSkillTaxonomy *
pursuit_skill_taxonomy_new_from_bytes (GBytes  *json,
                                       GError **error)
{
  g_autoptr(PursuitSkillTaxonomy) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *checksum = NULL;
  JsonNode *root;
  gsize size;
  const char *data;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (json, &size);
  if (size > MAX_FILE_SIZE)
    {
      invalid (error, "the file is larger than %d MB", MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (size == 0 || !json_parser_load_from_data (parser, data, size, &local_error))
    {
      invalid (error, "not JSON (%s)", local_error != NULL ? local_error->message : "empty");
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      invalid (error, "the file is not a JSON object");
      return NULL;
    }

  self = g_object_new (PURSUIT_TYPE_SKILL_TAXONOMY, NULL);
  if (!load_categories (self, json_node_get_object (root), error) ||
      !load_skills (self, json_node_get_object (root), error))
    return NULL;

  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, size);
  self->version = g_strndup (checksum, 12);

  return g_steal_pointer (&self);
}

/**
 * pursuit_skill_taxonomy_get_default:
 *
 * Returns: (transfer none): the shipped taxonomy
 */
PursuitSkillTaxonomy *
pursuit_skill_taxonomy_get_default (void)
{
  static PursuitSkillTaxonomy *taxonomy;

  if (g_once_init_enter (&taxonomy))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      PursuitSkillTaxonomy *loaded = NULL;

      bytes = g_resource_lookup_data (pursuit_core_get_resource (), PURSUIT_CORE_RESOURCE_SKILLS,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      if (bytes != NULL)
        loaded = pursuit_skill_taxonomy_new_from_bytes (bytes, &error);

      /* The shipped file is checked by the tests: this is a broken build. */
      if (loaded == NULL)
        g_error ("Cannot load the shipped skills taxonomy: %s", error->message);

      g_once_init_leave (&taxonomy, loaded);
    }

  return taxonomy;
}

const char *
pursuit_skill_taxonomy_get_version (PursuitSkillTaxonomy *self)
{
  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (self), NULL);

  return self->version;
}

guint
pursuit_skill_taxonomy_get_n_skills (PursuitSkillTaxonomy *self)
{
  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (self), 0);

  return self->skills->len;
}

int
pursuit_skill_taxonomy_lookup (PursuitSkillTaxonomy *self,
                               const char           *name)
{
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GString) norm = NULL;
  const PursuitSkillAlias *alias;

  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (self), -1);

  if (name == NULL)
    return -1;

  tokens = g_array_new (FALSE, FALSE, sizeof (PursuitSkillToken));
  norm = g_string_new (NULL);
  _pursuit_skill_tokenize (name, strlen (name), tokens, norm);
  if (tokens->len == 0 || tokens->len > PURSUIT_SKILL_MAX_TOKENS)
    return -1;

  alias = _pursuit_skill_taxonomy_find (self, norm->str, norm->len,
                                        _pursuit_skill_hash (norm->str, norm->len));
  return alias != NULL ? (int) alias->skill : -1;
}

static SkillInfo *
get_skill (PursuitSkillTaxonomy *self,
           guint                 skill)
{
  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (self), NULL);
  g_return_val_if_fail (skill < self->skills->len, NULL);

  return &g_array_index (self->skills, SkillInfo, skill);
}

const char *
pursuit_skill_taxonomy_get_name (PursuitSkillTaxonomy *self,
                                 guint                 skill)
{
  SkillInfo *info = get_skill (self, skill);

  return info != NULL ? info->name : NULL;
}

const char *
pursuit_skill_taxonomy_get_category (PursuitSkillTaxonomy *self,
                                     guint                 skill)
{
  SkillInfo *info = get_skill (self, skill);

  return info != NULL ? g_array_index (self->categories, Category, info->category).key : NULL;
}

const char *
pursuit_skill_taxonomy_get_category_label (PursuitSkillTaxonomy *self,
                                           const char           *category)
{
  gpointer index;

  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (self), NULL);
  g_return_val_if_fail (category != NULL, NULL);

  index = g_hash_table_lookup (self->category_index, category);
  if (index == NULL)
    return category;

  return _(g_array_index (self->categories, Category, GPOINTER_TO_UINT (index) - 1).name);
}

GPtrArray *
pursuit_skill_taxonomy_list_categories (PursuitSkillTaxonomy *self)
{
  g_return_val_if_fail (PURSUIT_IS_SKILL_TAXONOMY (self), NULL);

  return self->category_keys;
}

guint
pursuit_skill_taxonomy_get_related (PursuitSkillTaxonomy  *self,
                                    guint                  skill,
                                    const guint          **out_skills,
                                    const double         **out_weights)
{
  SkillInfo *info = get_skill (self, skill);

  if (info == NULL)
    {
      if (out_skills != NULL)
        *out_skills = NULL;
      if (out_weights != NULL)
        *out_weights = NULL;
      return 0;
    }

  if (out_skills != NULL)
    *out_skills = (const guint *) (gpointer) info->related->data;
  if (out_weights != NULL)
    *out_weights = (const double *) (gpointer) info->weights->data;

  return info->related->len;
}

double
pursuit_skill_taxonomy_get_transfer (PursuitSkillTaxonomy *self,
                                     guint                 have,
                                     guint                 want)
{
  SkillInfo *info = get_skill (self, have);

  g_return_val_if_fail (want < self->skills->len, 0.0);

  if (info == NULL)
    return 0.0;
  if (have == want)
    return 1.0;

  for (guint i = 0; i < info->related->len; i++)
    if (g_array_index (info->related, guint, i) == want)
      return g_array_index (info->weights, double, i);

  return 0.0;
}

const char *
pursuit_skill_taxonomy_get_learning_kind (PursuitSkillTaxonomy *self,
                                          guint                 skill)
{
  SkillInfo *info = get_skill (self, skill);

  return info != NULL ? info->learning_kind : NULL;
}

guint
pursuit_skill_taxonomy_get_learning_hours (PursuitSkillTaxonomy *self,
                                           guint                 skill)
{
  SkillInfo *info = get_skill (self, skill);

  return info != NULL ? info->learning_hours : 0;
}

const char *
_pursuit_skill_taxonomy_key_pool (PursuitSkillTaxonomy *self)
{
  return self->pool->str;
}

const PursuitSkillRule *
_pursuit_skill_taxonomy_get_rule (PursuitSkillTaxonomy *self,
                                  guint                 rule)
{
  g_return_val_if_fail (rule < self->rules->len, NULL);

  return &g_array_index (self->rules, PursuitSkillRule, rule);
}

guint
_pursuit_skill_taxonomy_get_category_index (PursuitSkillTaxonomy *self,
                                            guint                 skill)
{
  return g_array_index (self->skills, SkillInfo, skill).category;
}

guint
_pursuit_skill_taxonomy_get_max_tokens (PursuitSkillTaxonomy *self)
{
  return self->max_tokens;
}

gboolean
_pursuit_skill_category_name_is_translatable (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (category_names); i++)
    if (g_strcmp0 (name, category_names[i]) == 0)
      return TRUE;

  return FALSE;
}
