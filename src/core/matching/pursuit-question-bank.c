/* pursuit-question-bank.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-question-bank"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "pursuit-core-resources-private.h"
#include "pursuit-json-private.h"
#include "pursuit-matching-keys-private.h"
#include "pursuit-practice-private.h"
#include "pursuit-question-bank.h"

/* The file's format is documented in its "about" member (data/questions.json).
 * In short: {"about", "version": 1, "questions": [{"id", "kind", "skill" or
 * "category", "difficulty" 1..3, "text", "concepts": ["a|b", ..],
 * "seconds"}]}. A technical question names either a skill (canonical
 * taxonomy name) or a category key; a category question whose text holds
 * "{skill}" is a template, filled in with a job's skill of that category
 * when the bank has nothing on that skill itself. */

/* Limits that keep a hostile file from costing much. */
#define MAX_BANK_BYTES    (8 * 1024 * 1024)
#define MAX_QUESTIONS     20000
#define MAX_TEXT_BYTES    2000
#define MAX_ID_BYTES      100
#define MAX_CONCEPTS      16
#define MAX_CONCEPT_BYTES 200
#define MIN_SECONDS       15
#define MAX_SECONDS       1800

G_DEFINE_FINAL_TYPE (PursuitQuestionBank, pursuit_question_bank, G_TYPE_OBJECT)

G_DEFINE_QUARK (pursuit-question-bank-error, pursuit_question_bank_error)

static const char * const kind_keys[] = { "technical", "behavioural", "situational" };
static const char * const focus_keys[] = { "gap", "strength", "general" };

G_STATIC_ASSERT (G_N_ELEMENTS (kind_keys) == PURSUIT_QUESTION_SITUATIONAL + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (focus_keys) == PURSUIT_QUESTION_FOCUS_GENERAL + 1);

const char *
pursuit_question_kind_to_string (PursuitQuestionKind kind)
{
  g_return_val_if_fail (kind <= PURSUIT_QUESTION_SITUATIONAL, NULL);

  return kind_keys[kind];
}

const char *
pursuit_question_kind_get_label (PursuitQuestionKind kind)
{
  switch (kind)
    {
    case PURSUIT_QUESTION_TECHNICAL:
      return _("Technical");
    case PURSUIT_QUESTION_BEHAVIOURAL:
      return _("Behavioural");
    case PURSUIT_QUESTION_SITUATIONAL:
      return _("Situational");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
pursuit_question_focus_to_string (PursuitQuestionFocus focus)
{
  g_return_val_if_fail (focus <= PURSUIT_QUESTION_FOCUS_GENERAL, NULL);

  return focus_keys[focus];
}

gboolean
_pursuit_question_kind_from_string (const char          *key,
                                    PursuitQuestionKind *out)
{
  guint value;

  if (!_pursuit_matching_key_lookup (kind_keys, G_N_ELEMENTS (kind_keys), key, &value))
    return FALSE;

  *out = (PursuitQuestionKind) value;
  return TRUE;
}

gboolean
_pursuit_question_focus_from_string (const char           *key,
                                     PursuitQuestionFocus *out)
{
  guint value;

  if (!_pursuit_matching_key_lookup (focus_keys, G_N_ELEMENTS (focus_keys), key, &value))
    return FALSE;

  *out = (PursuitQuestionFocus) value;
  return TRUE;
}

/* PursuitPracticeQuestion ---------------------------------------------- */

PursuitPracticeQuestion *
pursuit_practice_question_copy (const PursuitPracticeQuestion *question)
{
  PursuitPracticeQuestion *copy;

  g_return_val_if_fail (question != NULL, NULL);

  copy = g_new0 (PursuitPracticeQuestion, 1);
  copy->id = g_strdup (question->id);
  copy->kind = question->kind;
  copy->focus = question->focus;
  copy->skill = g_strdup (question->skill);
  copy->difficulty = question->difficulty;
  copy->text = g_strdup (question->text);
  copy->concepts = question->concepts != NULL ? g_strdupv (question->concepts) : g_new0 (char *, 1);
  copy->seconds = question->seconds;

  return copy;
}

void
pursuit_practice_question_free (PursuitPracticeQuestion *question)
{
  if (question == NULL)
    return;

  g_free (question->id);
  g_free (question->skill);
  g_free (question->text);
  g_strfreev (question->concepts);
  g_free (question);
}

/* Loading ---------------------------------------------------------------- */

static void
bank_question_free (BankQuestion *question)
{
  g_free (question->id);
  g_free (question->skill);
  g_free (question->category);
  g_free (question->text);
  g_strfreev (question->concepts);
  g_free (question);
}

static void
pursuit_question_bank_finalize (GObject *object)
{
  PursuitQuestionBank *self = (PursuitQuestionBank *)object;

  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->by_skill, g_hash_table_unref);
  g_clear_pointer (&self->templates, g_hash_table_unref);
  g_clear_pointer (&self->by_category, g_hash_table_unref);
  g_clear_pointer (&self->behavioural, g_array_unref);
  g_clear_pointer (&self->situational, g_array_unref);

  G_OBJECT_CLASS (pursuit_question_bank_parent_class)->finalize (object);
}

static void
pursuit_question_bank_class_init (PursuitQuestionBankClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_question_bank_finalize;
}

static void
pursuit_question_bank_init (PursuitQuestionBank *self)
{
  self->questions = g_ptr_array_new_with_free_func ((GDestroyNotify)bank_question_free);
  self->by_skill = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify)g_array_unref);
  self->templates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify)g_array_unref);
  self->by_category = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify)g_array_unref);
  self->behavioural = g_array_new (FALSE, FALSE, sizeof (guint));
  self->situational = g_array_new (FALSE, FALSE, sizeof (guint));
}

static gboolean
set_invalid (GError    **error,
             guint       index,
             const char *format,
             ...) G_GNUC_PRINTF (3, 4);

static gboolean
set_invalid (GError    **error,
             guint       index,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PURSUIT_QUESTION_BANK_ERROR, PURSUIT_QUESTION_BANK_ERROR_INVALID,
               _("Question %u: %s"), index + 1, message);
  return FALSE;
}

/* NULL when absent; @ok FALSE when present but not a string. */
static const char *
get_string_member (JsonObject *object,
                   const char *name,
                   gboolean   *ok)
{
  JsonNode *node = json_object_get_member (object, name);

  *ok = TRUE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      *ok = FALSE;
      return NULL;
    }
  return json_node_get_string (node);
}

static gboolean
get_int_member (JsonObject *object,
                const char *name,
                gint64     *out)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *out = json_node_get_int (node);
  return TRUE;
}

static gboolean
is_plain_text (const char *text,
               gsize       max_bytes)
{
  gsize length = strlen (text);

  if (length == 0 || length > max_bytes || !g_utf8_validate (text, length, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if ((guchar)*p < 0x20 && *p != '\n')
      return FALSE;
  return TRUE;
}

static gboolean
has_word (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Each concept is "a|b|c": interchangeable words, none empty. */
static char **
read_concepts (JsonObject *object,
               guint       index,
               GError    **error)
{
  JsonNode *node = json_object_get_member (object, "concepts");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  guint n;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_new0 (char *, 1);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      set_invalid (error, index, _("“concepts” is not a list"));
      return NULL;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n > MAX_CONCEPTS)
    {
      set_invalid (error, index, _("more than %d concepts"), MAX_CONCEPTS);
      return NULL;
    }

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *concept;
      g_auto(GStrv) alternatives = NULL;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          set_invalid (error, index, _("concept %u is not a string"), i + 1);
          return NULL;
        }
      concept = json_node_get_string (element);
      if (!is_plain_text (concept, MAX_CONCEPT_BYTES) || strchr (concept, '\n') != NULL)
        {
          set_invalid (error, index, _("concept %u is empty or too long"), i + 1);
          return NULL;
        }
      alternatives = g_strsplit (concept, "|", -1);
      for (guint j = 0; alternatives[j] != NULL; j++)
        {
          g_strstrip (alternatives[j]);
          /* Answers are matched word by word: "?." could never match. */
          if (!has_word (alternatives[j]))
            {
              set_invalid (error, index, _("concept %u has an alternative without a word"), i + 1);
              return NULL;
            }
        }
      g_strv_builder_add (builder, concept);
    }

  return g_strv_builder_end (builder);
}

static BankQuestion *
read_question (JsonNode *node,
               guint     index,
               GError  **error)
{
  JsonObject *object;
  const char *id, *kind, *skill, *category, *text;
  gboolean ok_id, ok_kind, ok_skill, ok_category, ok_text;
  gint64 difficulty, seconds;
  BankQuestion *question;
  PursuitQuestionKind kind_value;
  char **concepts;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return set_invalid (error, index, _("not an object")), NULL;
  object = json_node_get_object (node);

  id = get_string_member (object, "id", &ok_id);
  kind = get_string_member (object, "kind", &ok_kind);
  skill = get_string_member (object, "skill", &ok_skill);
  category = get_string_member (object, "category", &ok_category);
  text = get_string_member (object, "text", &ok_text);

  if (id == NULL || !is_plain_text (id, MAX_ID_BYTES) || strchr (id, '\n') != NULL)
    return set_invalid (error, index, _("missing or invalid “id”")), NULL;
  if (!ok_kind || !_pursuit_question_kind_from_string (kind, &kind_value))
    return set_invalid (error, index, _("unknown kind “%s”"), kind != NULL ? kind : ""), NULL;
  if (!ok_skill || !ok_category)
    return set_invalid (error, index, _("“skill” and “category” must be strings")), NULL;
  if (text == NULL || !is_plain_text (text, MAX_TEXT_BYTES))
    return set_invalid (error, index, _("missing, empty or too long “text”")), NULL;
  if (!get_int_member (object, "difficulty", &difficulty) || difficulty < 1 || difficulty > 3)
    return set_invalid (error, index, _("“difficulty” must be 1, 2 or 3")), NULL;
  if (!get_int_member (object, "seconds", &seconds) || seconds < MIN_SECONDS || seconds > MAX_SECONDS)
    return set_invalid (error, index, _("“seconds” must be between %d and %d"),
                        MIN_SECONDS, MAX_SECONDS), NULL;

  if (kind_value == PURSUIT_QUESTION_TECHNICAL)
    {
      if ((skill == NULL) == (category == NULL))
        return set_invalid (error, index,
                            _("a technical question names either a skill or a category")), NULL;
      if ((skill != NULL && !is_plain_text (skill, MAX_ID_BYTES)) ||
          (category != NULL && !is_plain_text (category, MAX_ID_BYTES)))
        return set_invalid (error, index, _("invalid skill or category")), NULL;
    }
  else if (skill != NULL || category != NULL)
    {
      return set_invalid (error, index,
                          _("only technical questions name a skill or category")), NULL;
    }

  if (strstr (text, SKILL_PLACEHOLDER) != NULL && category == NULL)
    return set_invalid (error, index, _("only category questions may use {skill}")), NULL;

  concepts = read_concepts (object, index, error);
  if (concepts == NULL)
    return NULL;
  if (kind_value == PURSUIT_QUESTION_TECHNICAL && concepts[0] == NULL)
    {
      g_strfreev (concepts);
      return set_invalid (error, index, _("a technical question needs expected concepts")), NULL;
    }

  question = g_new0 (BankQuestion, 1);
  question->id = g_strdup (id);
  question->kind = kind_value;
  question->skill = g_strdup (skill);
  question->category = g_strdup (category);
  question->difficulty = difficulty;
  question->text = g_strdup (text);
  question->concepts = concepts;
  question->seconds = seconds;
  question->is_template = strstr (text, SKILL_PLACEHOLDER) != NULL;

  return question;
}

static void
index_add (GHashTable *table,
           char       *key,
           guint       index)
{
  GArray *array = g_hash_table_lookup (table, key);

  if (array == NULL)
    {
      array = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (table, key, array);
    }
  else
    {
      g_free (key);
    }
  g_array_append_val (array, index);
}

static void
index_question (PursuitQuestionBank *self,
                BankQuestion        *question,
                guint                index)
{
  if (question->kind == PURSUIT_QUESTION_BEHAVIOURAL)
    g_array_append_val (self->behavioural, index);
  else if (question->kind == PURSUIT_QUESTION_SITUATIONAL)
    g_array_append_val (self->situational, index);
  else if (question->skill != NULL)
    index_add (self->by_skill, g_utf8_casefold (question->skill, -1), index);
  else if (question->is_template)
    index_add (self->templates, g_strdup (question->category), index);
  else
    index_add (self->by_category, g_strdup (question->category), index);
}

/**
 * pursuit_question_bank_new_from_bytes:
 * @json: the bank's JSON
 * @error: set to PURSUIT_QUESTION_BANK_ERROR_INVALID, naming the question,
 *   when the file is not valid
 *
 * Returns: (transfer full) (nullable): the bank
 */
PursuitQuestionBank *
pursuit_question_bank_new_from_bytes (GBytes  *json,
                                      GError **error)
{
  g_autoptr(PursuitQuestionBank) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root, *questions;
  JsonArray *array;
  gint64 version;
  gsize size;
  const char *data;
  guint n;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (json, &size);
  if (size == 0 || size > MAX_BANK_BYTES)
    {
      g_set_error (error, PURSUIT_QUESTION_BANK_ERROR, PURSUIT_QUESTION_BANK_ERROR_INVALID,
                   _("The question bank is empty or larger than %d MB"),
                   MAX_BANK_BYTES / (1024 * 1024));
      return NULL;
    }

  if (!_pursuit_json_is_shallow (data, size, 16))
    {
      g_set_error_literal (error, PURSUIT_QUESTION_BANK_ERROR, PURSUIT_QUESTION_BANK_ERROR_INVALID,
                           _("The question bank is nested too deeply"));
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_set_error (error, PURSUIT_QUESTION_BANK_ERROR, PURSUIT_QUESTION_BANK_ERROR_INVALID,
                   _("The question bank is not valid JSON: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, PURSUIT_QUESTION_BANK_ERROR, PURSUIT_QUESTION_BANK_ERROR_INVALID,
                           _("The question bank is not a JSON object"));
      return NULL;
    }
  if (!get_int_member (json_node_get_object (root), "version", &version) || version != 1)
    {
      g_set_error_literal (error, PURSUIT_QUESTION_BANK_ERROR, PURSUIT_QUESTION_BANK_ERROR_INVALID,
                           _("The question bank has no version or an unknown one"));
      return NULL;
    }
  questions = json_object_get_member (json_node_get_object (root), "questions");
  if (questions == NULL || !JSON_NODE_HOLDS_ARRAY (questions))
    {
      g_set_error_literal (error, PURSUIT_QUESTION_BANK_ERROR, PURSUIT_QUESTION_BANK_ERROR_INVALID,
                           _("The question bank has no “questions” list"));
      return NULL;
    }

  array = json_node_get_array (questions);
  n = json_array_get_length (array);
  if (n > MAX_QUESTIONS)
    {
      g_set_error (error, PURSUIT_QUESTION_BANK_ERROR, PURSUIT_QUESTION_BANK_ERROR_INVALID,
                   _("The question bank has more than %d questions"), MAX_QUESTIONS);
      return NULL;
    }

  self = g_object_new (PURSUIT_TYPE_QUESTION_BANK, NULL);
  ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      BankQuestion *question = read_question (json_array_get_element (array, i), i, error);

      if (question == NULL)
        return NULL;
      if (!g_hash_table_add (ids, question->id))
        {
          set_invalid (error, i, _("the id “%s” is used twice"), question->id);
          bank_question_free (question);
          return NULL;
        }
      g_ptr_array_add (self->questions, question);
      index_question (self, question, i);
    }

  return g_steal_pointer (&self);
}

/**
 * pursuit_question_bank_get_default:
 *
 * Returns: (transfer none): the shipped bank; empty (with a warning) if
 *   the compiled-in file were broken, which the tests rule out
 */
PursuitQuestionBank *
pursuit_question_bank_get_default (void)
{
  static PursuitQuestionBank *bank;

  if (g_once_init_enter (&bank))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      PursuitQuestionBank *loaded = NULL;

      bytes = g_resource_lookup_data (pursuit_core_get_resource (),
                                      PURSUIT_CORE_RESOURCE_QUESTIONS, 0, &error);
      if (bytes != NULL)
        loaded = pursuit_question_bank_new_from_bytes (bytes, &error);
      if (loaded == NULL)
        {
          g_warning ("The shipped question bank does not load: %s", error->message);
          loaded = g_object_new (PURSUIT_TYPE_QUESTION_BANK, NULL);
        }
      g_once_init_leave (&bank, loaded);
    }

  return bank;
}

guint
pursuit_question_bank_get_n_questions (PursuitQuestionBank *self)
{
  g_return_val_if_fail (PURSUIT_IS_QUESTION_BANK (self), 0);

  return self->questions->len;
}
