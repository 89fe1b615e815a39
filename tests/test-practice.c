/* test-practice.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <json-glib/json-glib.h>
#include <string.h>

#include "pursuit-core-resources-private.h"
#include "pursuit-match-result.h"
#include "pursuit-practice-session.h"
#include "pursuit-profile.h"
#include "pursuit-question-bank.h"
#include "pursuit-skill-taxonomy.h"

/* Appends one question object to the array @json builds, with the comma
 * before every one but the first. */
static void G_GNUC_PRINTF (2, 3)
append_question (GString    *json,
                 const char *format,
                 ...)
{
  va_list args;

  if (json->str[json->len - 1] != '[')
    g_string_append_c (json, ',');
  va_start (args, format);
  g_string_append_vprintf (json, format, args);
  va_end (args);
}

/* A bank built here, so the set tests do not depend on the shipped
 * content: ten skills with a question at each difficulty, a category with
 * templates and general questions, and plenty of the other kinds. */
static GBytes *
build_test_bank (void)
{
  GString *json = g_string_new ("{\"version\": 1, \"questions\": [");

  for (guint skill = 0; skill < 10; skill++)
    for (int difficulty = 1; difficulty <= 3; difficulty++)
      {
        append_question (json,
                         "{\"id\": \"s%u-%d\", \"kind\": \"technical\", \"skill\": \"Skill %u\","
                         " \"difficulty\": %d, \"text\": \"Question %d on Skill %u?\","
                         " \"concepts\": [\"alpha|first\", \"beta\"], \"seconds\": 120}",
                         skill, difficulty, skill, difficulty, difficulty, skill);
      }
  for (int i = 0; i < 6; i++)
    {
      append_question (json,
                       "{\"id\": \"t%d\", \"kind\": \"technical\", \"category\": \"tools\","
                       " \"difficulty\": %d, \"text\": \"How would you use {skill} (%d)?\","
                       " \"concepts\": [\"gamma\"], \"seconds\": 90}",
                       i, i % 3 + 1, i);
      append_question (json,
                       "{\"id\": \"g%d\", \"kind\": \"technical\", \"category\": \"tools\","
                       " \"difficulty\": %d, \"text\": \"General tools question %d?\","
                       " \"concepts\": [\"delta\"], \"seconds\": 90}",
                       i, i % 3 + 1, i);
    }
  for (int i = 0; i < 30; i++)
    {
      append_question (json,
                       "{\"id\": \"b%d\", \"kind\": \"behavioural\", \"difficulty\": %d,"
                       " \"text\": \"Tell me about a time %d.\", \"seconds\": 180}",
                       i, i % 3 + 1, i);
    }
  for (int i = 0; i < 20; i++)
    {
      append_question (json,
                       "{\"id\": \"x%d\", \"kind\": \"situational\", \"difficulty\": %d,"
                       " \"text\": \"What would you do if %d?\", \"seconds\": 150}",
                       i, i % 3 + 1, i);
    }
  g_string_append (json, "]}");

  return g_string_free_to_bytes (json);
}

static PursuitQuestionBank *
test_bank (void)
{
  g_autoptr(GBytes) bytes = build_test_bank ();
  g_autoptr(GError) error = NULL;
  PursuitQuestionBank *bank = pursuit_question_bank_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bank);
  return bank;
}

static void
add_skill (PursuitMatchResult   *match,
           const char           *name,
           const char           *category,
           PursuitSkillMatchKind kind,
           PursuitSkillLevel     user_level,
           double                importance)
{
  PursuitSkillMatch skill = {
    .name = (char *)name,
    .category = (char *)category,
    .required = TRUE,
    .required_level = PURSUIT_SKILL_LEVEL_NONE,
    .user_level = user_level,
    .kind = kind,
    .relevance = kind == PURSUIT_SKILL_MATCH_MATCHING ? 1 : 0,
    .credit = kind == PURSUIT_SKILL_MATCH_MATCHING ? 1 : 0,
    .importance = importance,
    .learning_kind = (char *)"course",
    .learning_hours = 10,
  };

  _pursuit_match_result_add_skill (match, &skill);
}

/* Skills 0..4 missing, 5..9 claimed. */
static PursuitMatchResult *
make_match (int score)
{
  PursuitMatchResult *match = pursuit_match_result_new ();

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *name = g_strdup_printf ("Skill %u", i);

      if (i < 5)
        add_skill (match, name, "tools", PURSUIT_SKILL_MATCH_MISSING, PURSUIT_SKILL_LEVEL_NONE, 10 - i);
      else
        add_skill (match, name, "tools", PURSUIT_SKILL_MATCH_MATCHING, PURSUIT_SKILL_LEVEL_ADVANCED, 0);
    }
  _pursuit_match_result_set_components (match, score, score / 100.0, 0.5, 0.5, 1);
  return match;
}

static guint
count_kind (GPtrArray           *set,
            PursuitQuestionKind  kind)
{
  guint count = 0;

  for (guint i = 0; i < set->len; i++)
    if (((PursuitPracticeQuestion *)g_ptr_array_index (set, i))->kind == kind)
      count++;
  return count;
}

static guint
count_focus (GPtrArray            *set,
             PursuitQuestionFocus  focus)
{
  guint count = 0;

  for (guint i = 0; i < set->len; i++)
    {
      PursuitPracticeQuestion *question = g_ptr_array_index (set, i);

      if (question->kind == PURSUIT_QUESTION_TECHNICAL && question->focus == focus)
        count++;
    }
  return count;
}

static void
assert_near (guint  value,
             double expected)
{
  g_assert_cmpfloat (ABS ((double)value - expected), <=, 1.0);
}

/* The shipped bank ------------------------------------------------------- */

typedef struct
{
  guint n_technical;
  guint n_behavioural;
  guint n_situational;
  GHashTable *per_skill;      /* skill → count */
  GHashTable *categories;     /* category keys used */
} BankCounts;

static void
count_shipped (BankCounts *counts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resource_lookup_data (pursuit_core_get_resource (),
                                                    PURSUIT_CORE_RESOURCE_QUESTIONS, 0, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *questions;

  g_assert_no_error (error);
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_has_member (root, "about"));
  g_assert_cmpuint (strlen (json_object_get_string_member (root, "about")), >, 200);
  questions = json_object_get_array_member (root, "questions");

  counts->per_skill = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  counts->categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < json_array_get_length (questions); i++)
    {
      JsonObject *question = json_array_get_object_element (questions, i);
      const char *kind = json_object_get_string_member (question, "kind");

      if (g_str_equal (kind, "behavioural"))
        counts->n_behavioural++;
      else if (g_str_equal (kind, "situational"))
        counts->n_situational++;
      else
        {
          const char *skill = json_object_get_string_member_with_default (question, "skill", NULL);
          const char *category = json_object_get_string_member_with_default (question, "category", NULL);

          counts->n_technical++;
          if (skill != NULL)
            g_hash_table_insert (counts->per_skill, g_strdup (skill),
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts->per_skill, skill)) + 1));
          if (category != NULL)
            g_hash_table_add (counts->categories, g_strdup (category));
        }
    }
}

static void
test_bank_shipped (void)
{
  PursuitQuestionBank *bank = pursuit_question_bank_get_default ();
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  BankCounts counts = { 0, };
  GHashTableIter iter;
  gpointer key, value;
  guint n_skills_with_two = 0;

  g_assert_nonnull (bank);
  g_assert_true (bank == pursuit_question_bank_get_default ());

  count_shipped (&counts);
  g_test_message ("%u questions: %u technical on %u skills and %u categories, %u behavioural, %u situational",
                  pursuit_question_bank_get_n_questions (bank), counts.n_technical,
                  g_hash_table_size (counts.per_skill), g_hash_table_size (counts.categories),
                  counts.n_behavioural, counts.n_situational);

  g_assert_cmpuint (pursuit_question_bank_get_n_questions (bank), ==,
                    counts.n_technical + counts.n_behavioural + counts.n_situational);
  g_assert_cmpuint (counts.n_behavioural, >=, 40);
  g_assert_cmpuint (counts.n_situational, >=, 25);

  g_hash_table_iter_init (&iter, counts.per_skill);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (GPOINTER_TO_UINT (value) >= 2)
        n_skills_with_two++;

      /* Skills are the taxonomy's canonical names, so a match's skills
       * find their questions. */
      if (pursuit_skill_taxonomy_get_n_skills (taxonomy) > 0)
        {
          int index = pursuit_skill_taxonomy_lookup (taxonomy, key);

          if (index < 0 || g_strcmp0 (pursuit_skill_taxonomy_get_name (taxonomy, index), key) != 0)
            g_error ("Question bank skill “%s” is not a canonical taxonomy name (%s)", (char *)key,
                     index < 0 ? "unknown" : pursuit_skill_taxonomy_get_name (taxonomy, index));
        }
    }
  g_assert_cmpuint (n_skills_with_two, >=, 80);

  /* Every category has generic questions, and they are the taxonomy's. */
  if (pursuit_skill_taxonomy_get_n_skills (taxonomy) > 0)
    {
      GPtrArray *categories = pursuit_skill_taxonomy_list_categories (taxonomy);

      for (guint i = 0; i < categories->len; i++)
        if (!g_hash_table_contains (counts.categories, g_ptr_array_index (categories, i)))
          g_error ("No generic question for the taxonomy category “%s”",
                   (char *)g_ptr_array_index (categories, i));

      g_hash_table_iter_init (&iter, counts.categories);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          gboolean found = FALSE;

          for (guint i = 0; i < categories->len && !found; i++)
            found = g_str_equal (key, g_ptr_array_index (categories, i));
          if (!found)
            g_error ("Question bank category “%s” is not in the taxonomy", (char *)key);
        }
    }
  else
    {
      g_test_message ("The taxonomy is empty: names not cross-checked");
    }

  g_hash_table_unref (counts.per_skill);
  g_hash_table_unref (counts.categories);
}

/* A set from the shipped bank for a realistic match. */
static void
test_bank_shipped_set (void)
{
  PursuitQuestionBank *bank = pursuit_question_bank_get_default ();
  g_autoptr(PursuitMatchResult) match = pursuit_match_result_new ();
  g_autoptr(GPtrArray) set = NULL;
  gboolean asked_kubernetes = FALSE;

  add_skill (match, "Kubernetes", "devops", PURSUIT_SKILL_MATCH_MISSING, PURSUIT_SKILL_LEVEL_NONE, 5);
  add_skill (match, "Python", "languages", PURSUIT_SKILL_MATCH_MATCHING, PURSUIT_SKILL_LEVEL_EXPERT, 0);
  add_skill (match, "PostgreSQL", "databases", PURSUIT_SKILL_MATCH_MATCHING, PURSUIT_SKILL_LEVEL_ADVANCED, 0);
  _pursuit_match_result_set_components (match, 65, 0.66, 0.5, 1, 1);

  set = pursuit_question_bank_make_set (bank, match, 10, 7);
  g_assert_cmpuint (set->len, ==, 10);
  for (guint i = 0; i < set->len; i++)
    {
      PursuitPracticeQuestion *question = g_ptr_array_index (set, i);

      g_assert_null (strstr (question->text, "{skill}"));
      g_assert_cmpuint (question->seconds, >, 0);
      if (g_strcmp0 (question->skill, "Kubernetes") == 0)
        asked_kubernetes = TRUE;
    }
  g_assert_true (asked_kubernetes);
}

/* Every skill the taxonomy knows gets a full set with a question on it:
 * its own, or its category's template. */
static void
test_bank_shipped_every_skill (void)
{
  PursuitQuestionBank *bank = pursuit_question_bank_get_default ();
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  guint n_skills = pursuit_skill_taxonomy_get_n_skills (taxonomy);

  for (guint skill = 0; skill < n_skills; skill++)
    {
      g_autoptr(PursuitMatchResult) match = pursuit_match_result_new ();
      g_autoptr(GPtrArray) set = NULL;
      const char *name = pursuit_skill_taxonomy_get_name (taxonomy, skill);
      gboolean asked = FALSE;

      add_skill (match, name, pursuit_skill_taxonomy_get_category (taxonomy, skill),
                 PURSUIT_SKILL_MATCH_MISSING, PURSUIT_SKILL_LEVEL_NONE, 1);
      _pursuit_match_result_set_components (match, 50, 0, 0, 1, 1);
      set = pursuit_question_bank_make_set (bank, match, 5, skill);
      g_assert_cmpuint (set->len, ==, 5);
      for (guint i = 0; i < set->len; i++)
        {
          PursuitPracticeQuestion *question = g_ptr_array_index (set, i);

          g_assert_null (strstr (question->text, "{skill}"));
          if (g_strcmp0 (question->skill, name) == 0)
            asked = TRUE;
        }
      if (!asked)
        g_error ("No question on “%s”", name);
    }
}

static void
assert_bank_invalid (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitQuestionBank) bank = pursuit_question_bank_new_from_bytes (bytes, &error);

  g_assert_null (bank);
  g_assert_error (error, PURSUIT_QUESTION_BANK_ERROR, PURSUIT_QUESTION_BANK_ERROR_INVALID);
  g_test_message ("%s", error->message);
}

#define Q_HEAD "{\"version\": 1, \"questions\": ["
#define Q_GOOD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"Why?\", \"concepts\": [\"gil\"], \"seconds\": 60}"

static void
test_bank_invalid (void)
{
  g_autofree char *huge = NULL;
  g_autofree char *deep = NULL;

  assert_bank_invalid ("not json");
  assert_bank_invalid ("[]");
  assert_bank_invalid ("{\"questions\": []}");
  assert_bank_invalid ("{\"version\": 2, \"questions\": []}");
  assert_bank_invalid ("{\"version\": 1, \"questions\": {}}");
  assert_bank_invalid (Q_HEAD "42]}");
  assert_bank_invalid (Q_HEAD Q_GOOD "," Q_GOOD "]}");
  assert_bank_invalid (Q_HEAD "{\"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"Why?\", \"concepts\": [\"gil\"], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"trivia\", \"difficulty\": 2, \"text\": \"Why?\", \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 4, \"text\": \"Why?\", \"concepts\": [\"gil\"], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": \"2\", \"text\": \"Why?\", \"concepts\": [\"gil\"], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"Why?\", \"concepts\": [\"gil\"], \"seconds\": 99999}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"Why?\", \"concepts\": [], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"category\": \"languages\", \"difficulty\": 2, \"text\": \"Why?\", \"concepts\": [\"gil\"], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"difficulty\": 2, \"text\": \"Why?\", \"concepts\": [\"gil\"], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"behavioural\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"Why?\", \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"Why {skill}?\", \"concepts\": [\"gil\"], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"Why?\", \"concepts\": [\"gil||lock\"], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"Why?\", \"concepts\": [3], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"Why?\", \"concepts\": [\"gil|?.\"], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"\", \"concepts\": [\"gil\"], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": \"Python\", \"difficulty\": 2, \"text\": \"Wh\xff\xfe?\", \"concepts\": [\"gil\"], \"seconds\": 60}]}");
  assert_bank_invalid (Q_HEAD "{\"id\": \"a\", \"kind\": \"technical\", \"skill\": 7, \"difficulty\": 2, \"text\": \"Why?\", \"concepts\": [\"gil\"], \"seconds\": 60}]}");

  /* Too large: refused before parsing. */
  huge = g_strnfill (9 * 1024 * 1024, ' ');
  memcpy (huge, "{\"version\": 1, \"questions\": []}", 31);
  assert_bank_invalid (huge);

  /* Deep nesting is a parse error or an invalid question, not a crash. */
  {
    GString *nested = g_string_new (Q_HEAD);

    for (int i = 0; i < 2000000; i++)
      g_string_append_c (nested, '[');
    for (int i = 0; i < 2000000; i++)
      g_string_append_c (nested, ']');
    g_string_append (nested, "]}");
    deep = g_string_free (nested, FALSE);
    assert_bank_invalid (deep);
  }

  /* And the good one loads. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new_static (Q_HEAD Q_GOOD "]}", strlen (Q_HEAD Q_GOOD "]}"));
    g_autoptr(GError) error = NULL;
    g_autoptr(PursuitQuestionBank) bank = pursuit_question_bank_new_from_bytes (bytes, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (pursuit_question_bank_get_n_questions (bank), ==, 1);
  }
}

/* Sets ------------------------------------------------------------------ */

static void
test_set_sizes (void)
{
  g_autoptr(PursuitQuestionBank) bank = test_bank ();
  g_autoptr(PursuitMatchResult) match = make_match (60);
  const struct { guint asked, expected; } sizes[] = {
    { 0, 5 }, { 3, 5 }, { 5, 5 }, { 12, 12 }, { 20, 20 }, { 21, 20 }, { 1000, 20 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GPtrArray) set = pursuit_question_bank_make_set (bank, match, sizes[i].asked, 1);
      g_autoptr(GPtrArray) general = pursuit_question_bank_make_set (bank, NULL, sizes[i].asked, 1);

      g_assert_cmpuint (set->len, ==, sizes[i].expected);
      g_assert_cmpuint (general->len, ==, sizes[i].expected);
    }
}

static void
test_set_mix (void)
{
  g_autoptr(PursuitQuestionBank) bank = test_bank ();
  g_autoptr(PursuitMatchResult) match = make_match (60);

  for (guint n = 5; n <= 20; n++)
    for (guint32 seed = 0; seed < 5; seed++)
      {
        g_autoptr(GPtrArray) set = pursuit_question_bank_make_set (bank, match, n, seed);
        guint technical = count_kind (set, PURSUIT_QUESTION_TECHNICAL);

        g_assert_cmpuint (set->len, ==, n);
        assert_near (technical, 0.5 * n);
        assert_near (count_kind (set, PURSUIT_QUESTION_BEHAVIOURAL), 0.3 * n);
        assert_near (count_kind (set, PURSUIT_QUESTION_SITUATIONAL), 0.2 * n);

        assert_near (count_focus (set, PURSUIT_QUESTION_FOCUS_GAP), 0.4 * technical);
        assert_near (count_focus (set, PURSUIT_QUESTION_FOCUS_STRENGTH), 0.3 * technical);
        assert_near (count_focus (set, PURSUIT_QUESTION_FOCUS_GENERAL), 0.3 * technical);

        for (guint i = 0; i < set->len; i++)
          {
            PursuitPracticeQuestion *question = g_ptr_array_index (set, i);

            /* Gaps are skills 0..4, strengths 5..9 (see make_match). */
            if (question->kind == PURSUIT_QUESTION_TECHNICAL && question->focus == PURSUIT_QUESTION_FOCUS_GAP)
              g_assert_cmpint (question->skill[6] - '0', <, 5);
            if (question->kind == PURSUIT_QUESTION_TECHNICAL && question->focus == PURSUIT_QUESTION_FOCUS_STRENGTH)
              g_assert_cmpint (question->skill[6] - '0', >=, 5);
          }
      }
}

/* The most important gap comes first. */
static void
test_set_gap_order (void)
{
  g_autoptr(PursuitQuestionBank) bank = test_bank ();
  g_autoptr(PursuitMatchResult) match = make_match (60);
  g_autoptr(GPtrArray) set = pursuit_question_bank_make_set (bank, match, 5, 3);
  guint gaps = 0;

  /* 5 questions: 3 technical, of which 1 on a gap: Skill 0, the most
   * important. */
  for (guint i = 0; i < set->len; i++)
    {
      PursuitPracticeQuestion *question = g_ptr_array_index (set, i);

      if (question->focus == PURSUIT_QUESTION_FOCUS_GAP)
        {
          g_assert_cmpstr (question->skill, ==, "Skill 0");
          gaps++;
        }
    }
  g_assert_cmpuint (gaps, ==, 1);
}

static double
mean_difficulty (GPtrArray *set)
{
  double sum = 0;

  for (guint i = 0; i < set->len; i++)
    sum += ((PursuitPracticeQuestion *)g_ptr_array_index (set, i))->difficulty;
  return sum / set->len;
}

static void
test_set_difficulty (void)
{
  g_autoptr(PursuitQuestionBank) bank = test_bank ();
  g_autoptr(PursuitMatchResult) weak = make_match (30);
  g_autoptr(PursuitMatchResult) middle = make_match (65);
  g_autoptr(PursuitMatchResult) strong = make_match (92);
  g_autoptr(GPtrArray) easy = pursuit_question_bank_make_set (bank, weak, 10, 1);

  {
    g_autoptr(GPtrArray) medium = pursuit_question_bank_make_set (bank, middle, 10, 1);
    g_autoptr(GPtrArray) hard = pursuit_question_bank_make_set (bank, strong, 10, 1);

    g_test_message ("mean difficulty: %.2f, %.2f, %.2f",
                    mean_difficulty (easy), mean_difficulty (medium), mean_difficulty (hard));
    /* The test bank has every difficulty in every pool, so each set hits
     * its target exactly. */
    g_assert_cmpfloat (mean_difficulty (easy), ==, 1.0);
    g_assert_cmpfloat (mean_difficulty (medium), ==, 2.0);
    g_assert_cmpfloat (mean_difficulty (hard), ==, 3.0);
  }
}

static char *
set_ids (GPtrArray *set)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < set->len; i++)
    g_string_append_printf (ids, "%s;", ((PursuitPracticeQuestion *)g_ptr_array_index (set, i))->id);
  return g_string_free (ids, FALSE);
}

static void
test_set_seed (void)
{
  g_autoptr(PursuitQuestionBank) bank = test_bank ();
  g_autoptr(PursuitMatchResult) match = make_match (60);
  g_autoptr(GPtrArray) first = pursuit_question_bank_make_set (bank, match, 12, 42);
  g_autoptr(GPtrArray) again = pursuit_question_bank_make_set (bank, match, 12, 42);
  g_autofree char *first_ids = set_ids (first);
  g_autofree char *again_ids = set_ids (again);
  gboolean any_different = FALSE;

  g_assert_cmpstr (first_ids, ==, again_ids);

  for (guint32 seed = 43; seed < 50 && !any_different; seed++)
    {
      g_autoptr(GPtrArray) other = pursuit_question_bank_make_set (bank, match, 12, seed);
      g_autofree char *other_ids = set_ids (other);

      any_different = g_strcmp0 (other_ids, first_ids) != 0;
    }
  g_assert_true (any_different);
}

static void
test_set_unique (void)
{
  g_autoptr(PursuitQuestionBank) bank = test_bank ();
  g_autoptr(PursuitMatchResult) match = make_match (60);

  for (guint32 seed = 0; seed < 50; seed++)
    {
      g_autoptr(GPtrArray) set = pursuit_question_bank_make_set (bank, match, 20, seed);
      g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) texts = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < set->len; i++)
        {
          PursuitPracticeQuestion *question = g_ptr_array_index (set, i);

          g_assert_true (g_hash_table_add (ids, question->id));
          g_assert_true (g_hash_table_add (texts, question->text));
        }
    }
}

static void
test_set_no_cv (void)
{
  g_autoptr(PursuitQuestionBank) bank = test_bank ();
  g_autoptr(PursuitMatchResult) empty = pursuit_match_result_new ();

  for (guint n = 5; n <= 20; n += 5)
    {
      g_autoptr(GPtrArray) set = pursuit_question_bank_make_set (bank, NULL, n, n);
      g_autoptr(GPtrArray) nothing_asked = pursuit_question_bank_make_set (bank, empty, n, n);

      g_assert_cmpuint (set->len, ==, n);
      g_assert_cmpuint (count_kind (set, PURSUIT_QUESTION_TECHNICAL), ==, 0);
      g_assert_cmpuint (count_kind (set, PURSUIT_QUESTION_BEHAVIOURAL), >, 0);
      g_assert_cmpuint (count_kind (set, PURSUIT_QUESTION_SITUATIONAL), >, 0);
      for (guint i = 0; i < set->len; i++)
        {
          PursuitPracticeQuestion *question = g_ptr_array_index (set, i);

          g_assert_cmpint (question->focus, ==, PURSUIT_QUESTION_FOCUS_GENERAL);
          g_assert_null (question->skill);
        }
      g_assert_cmpuint (nothing_asked->len, ==, n);
      g_assert_cmpuint (count_kind (nothing_asked, PURSUIT_QUESTION_TECHNICAL), ==, 0);
    }
}

/* A skill the bank has nothing on gets its category's template. */
static void
test_set_template (void)
{
  g_autoptr(PursuitQuestionBank) bank = test_bank ();
  g_autoptr(PursuitMatchResult) match = pursuit_match_result_new ();
  g_autoptr(GPtrArray) set = NULL;
  guint on_widgets = 0;

  add_skill (match, "Widgets", "tools", PURSUIT_SKILL_MATCH_MISSING, PURSUIT_SKILL_LEVEL_NONE, 3);
  _pursuit_match_result_set_components (match, 40, 0, 0, 1, 1);
  set = pursuit_question_bank_make_set (bank, match, 10, 9);
  g_assert_cmpuint (set->len, ==, 10);

  for (guint i = 0; i < set->len; i++)
    {
      PursuitPracticeQuestion *question = g_ptr_array_index (set, i);

      g_assert_null (strstr (question->text, "{skill}"));
      if (g_strcmp0 (question->skill, "Widgets") == 0)
        {
          g_assert_nonnull (strstr (question->text, "How would you use Widgets"));
          g_assert_true (g_str_has_suffix (question->id, "@Widgets"));
          g_assert_cmpint (question->focus, ==, PURSUIT_QUESTION_FOCUS_GAP);
          on_widgets++;
        }
    }
  /* Once: a template stands in for a skill's own questions only once. */
  g_assert_cmpuint (on_widgets, ==, 1);
}

/* Evaluation ------------------------------------------------------------- */

static PursuitPracticeQuestion *
technical_question (void)
{
  static const char *concepts[] = { "index|indexes|indices", "b-tree|btree", "write|insert|update",
                                    "selectivity|cardinality", NULL };
  PursuitPracticeQuestion question = {
    .id = (char *)"pg-index", .kind = PURSUIT_QUESTION_TECHNICAL, .focus = PURSUIT_QUESTION_FOCUS_GAP,
    .skill = (char *)"PostgreSQL", .difficulty = 2,
    .text = (char *)"When does an index speed up a query, and what does it cost?",
    .concepts = (char **)concepts, .seconds = 120,
  };

  return pursuit_practice_question_copy (&question);
}

static PursuitPracticeQuestion *
behavioural_question (void)
{
  PursuitPracticeQuestion question = {
    .id = (char *)"conflict", .kind = PURSUIT_QUESTION_BEHAVIOURAL, .focus = PURSUIT_QUESTION_FOCUS_GENERAL,
    .difficulty = 2, .text = (char *)"Tell me about a disagreement with a colleague.",
    .concepts = NULL, .seconds = 180,
  };

  return pursuit_practice_question_copy (&question);
}

static const char *good_technical =
  "Indexes help when a query filters on a selective column: PostgreSQL walks a B-tree "
  "instead of scanning the whole table, so lookups go from linear to logarithmic. The "
  "planner only uses it when the selectivity is high enough; for a low cardinality column "
  "a sequential scan is often cheaper. The cost is on writes: every insert and update must "
  "maintain the index too, and it takes disk space.";

static const char *vague_technical =
  "Basically it makes things faster, you know, it is kind of like a table of contents and stuff.";

static const char *star_answer =
  "At my previous company our team was split on how to roll out a new billing service. "
  "My task was to get a decision before the release deadline. I set up a short meeting, "
  "I asked each colleague to write down their main risk, and I proposed a staged rollout "
  "behind a feature flag that addressed both concerns. As a result we shipped on time, "
  "errors dropped by 30%, and I learned to bring disagreements into the open early.";

static void
test_evaluate_technical (void)
{
  g_autoptr(PursuitPracticeQuestion) question = technical_question ();
  g_autoptr(PursuitAnswerEvaluation) good = pursuit_practice_evaluate_answer (question, good_technical, 100);
  g_autoptr(PursuitAnswerEvaluation) vague = pursuit_practice_evaluate_answer (question, vague_technical, 30);

  g_test_message ("good %d (coverage %d, clarity %d), vague %d (coverage %d, clarity %d)",
                  good->score, good->coverage, good->clarity, vague->score, vague->coverage, vague->clarity);
  g_assert_cmpint (good->coverage, ==, 100);
  g_assert_cmpuint (g_strv_length (good->covered), ==, 4);
  g_assert_cmpstr (good->covered[0], ==, "index");
  g_assert_cmpstr (good->covered[1], ==, "b-tree");
  g_assert_cmpuint (g_strv_length (good->missed), ==, 0);
  g_assert_cmpint (good->score, >=, 80);
  g_assert_false (good->from_ai);

  g_assert_cmpint (vague->coverage, ==, 0);
  g_assert_cmpuint (g_strv_length (vague->missed), ==, 4);
  g_assert_cmpint (vague->score, <, 30);
  g_assert_cmpint (vague->clarity, <, good->clarity);
  g_assert_cmpint (good->score, >, vague->score + 40);
  g_assert_nonnull (vague->feedback[0]);
}

/* Word boundaries and the light stemming. */
static void
test_evaluate_words (void)
{
  static const char *concepts[] = { "go|goroutine", "channel", "cache", "c++", NULL };
  PursuitPracticeQuestion question = {
    .id = (char *)"w", .kind = PURSUIT_QUESTION_TECHNICAL, .difficulty = 1, .text = (char *)"?",
    .concepts = (char **)concepts, .seconds = 60,
  };
  g_autoptr(PursuitAnswerEvaluation) inside = NULL;
  g_autoptr(PursuitAnswerEvaluation) stems = NULL;

  /* "good", "channels" do not hide "go"; "cachet" is not "cache"; "c" is
   * not "c++". */
  inside = pursuit_practice_evaluate_answer (&question, "A good cachet in c is rare.", 0);
  g_assert_cmpuint (g_strv_length (inside->covered), ==, 0);

  stems = pursuit_practice_evaluate_answer (&question, "Goroutines talk over channels; results are cached. In C++ too.", 0);
  g_assert_cmpuint (g_strv_length (stems->covered), ==, 4);
}

static void
test_evaluate_star (void)
{
  g_autoptr(PursuitPracticeQuestion) question = behavioural_question ();
  g_autoptr(PursuitAnswerEvaluation) star = pursuit_practice_evaluate_answer (question, star_answer, 150);
  g_autoptr(PursuitAnswerEvaluation) flat = NULL;
  g_autoptr(PursuitAnswerEvaluation) german = NULL;

  flat = pursuit_practice_evaluate_answer (question,
                                           "People disagree sometimes and that is normal. It is "
                                           "important to respect other opinions and communicate well "
                                           "with everyone involved in a project.", 40);
  german = pursuit_practice_evaluate_answer (question,
                                             "In meinem letzten Projekt gab es Streit über die Architektur. "
                                             "Meine Aufgabe war es, eine Entscheidung herbeizuführen. Zuerst habe ich "
                                             "mit beiden Seiten gesprochen, dann habe ich einen Kompromiss vorgeschlagen. "
                                             "Das Ergebnis: wir lieferten pünktlich.", 0);

  g_test_message ("STAR %d (structure %d), flat %d (structure %d), German structure %d",
                  star->score, star->structure, flat->score, flat->structure, german->structure);
  for (guint part = 0; part < 4; part++)
    g_assert_true (star->star[part]);
  g_assert_cmpint (star->structure, ==, 100);
  g_assert_cmpint (star->score, >=, 80);
  g_assert_cmpint (flat->structure, <=, 20);
  g_assert_cmpint (flat->score, <, star->score - 30);
  g_assert_false (flat->star[3]);
  g_assert_cmpint (german->structure, ==, 100);
}

static void
test_evaluate_hostile (void)
{
  g_autoptr(PursuitPracticeQuestion) question = technical_question ();
  g_autoptr(PursuitPracticeQuestion) behavioural = behavioural_question ();
  g_autoptr(PursuitAnswerEvaluation) empty = pursuit_practice_evaluate_answer (question, "", 0);
  g_autoptr(PursuitAnswerEvaluation) blank = pursuit_practice_evaluate_answer (behavioural, " \n\t ", 5);
  g_autoptr(PursuitAnswerEvaluation) null = pursuit_practice_evaluate_answer (question, NULL, 0);
  g_autoptr(PursuitAnswerEvaluation) invalid = NULL;
  g_autoptr(PursuitAnswerEvaluation) huge = NULL;
  g_autoptr(PursuitAnswerEvaluation) one_sentence = NULL;
  g_autoptr(GString) big = g_string_new (NULL);
  gint64 start;

  g_assert_cmpint (empty->score, ==, 0);
  g_assert_cmpint (empty->clarity, ==, 0);
  g_assert_cmpstr (empty->feedback[0], ==, "No answer was given.");
  g_assert_cmpuint (g_strv_length (empty->missed), ==, 4);
  g_assert_cmpint (blank->score, ==, 0);
  g_assert_cmpint (null->score, ==, 0);

  invalid = pursuit_practice_evaluate_answer (question, "An \xff\xfe index \xc3 on a b\x80-tree", 0);
  /* The replacement character splits words like a space. */
  g_assert_cmpint (invalid->coverage, ==, 50);

  while (big->len < 4 * 1024 * 1024)
    g_string_append (big, good_technical);
  start = g_get_monotonic_time ();
  huge = pursuit_practice_evaluate_answer (question, big->str, 0);
  g_test_message ("4 MB answer evaluated in %.1f ms", (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (huge->coverage, ==, 100);
  g_assert_cmpint (huge->clarity, <, 100);

  /* One endless sentence. */
  g_string_truncate (big, 0);
  for (int i = 0; i < 120; i++)
    g_string_append (big, "and then the index ");
  one_sentence = pursuit_practice_evaluate_answer (question, big->str, 0);
  g_assert_cmpint (one_sentence->clarity, <=, 70);
}

/* Sessions ------------------------------------------------------------- */

static PursuitPracticeSession *
make_session (void)
{
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify)pursuit_practice_question_free);

  g_ptr_array_add (questions, technical_question ());
  g_ptr_array_add (questions, behavioural_question ());
  {
    PursuitPracticeQuestion *python = technical_question ();

    g_free (python->id);
    g_free (python->skill);
    python->id = g_strdup ("py-gil");
    python->skill = g_strdup ("Python");
    g_ptr_array_add (questions, python);
  }
  return pursuit_practice_session_new (7, questions);
}

static void
test_session_report (void)
{
  g_autoptr(PursuitPracticeSession) session = make_session ();
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  const PursuitAnswerEvaluation *evaluation;
  const char * const *flagged;
  const char * const *weaknesses;
  gboolean found_unanswered = FALSE;

  g_assert_cmpuint (pursuit_practice_session_get_n_questions (session), ==, 3);
  g_assert_cmpint (pursuit_practice_session_get_job_id (session), ==, 7);
  g_assert_cmpint (pursuit_practice_session_get_finished_at (session), ==, 0);
  g_assert_cmpint (pursuit_practice_session_get_overall_score (session), ==, -1);
  g_assert_null (pursuit_practice_session_get_answer (session, 0));
  g_assert_null (pursuit_practice_session_get_evaluation (session, 0));
  g_assert_cmpstrv (pursuit_practice_session_get_strengths (session), ((const char *[]){ NULL }));

  evaluation = pursuit_practice_session_answer (session, 0, good_technical, 90);
  g_assert_cmpint (evaluation->coverage, ==, 100);
  g_assert_true (evaluation == pursuit_practice_session_get_evaluation (session, 0));
  /* Replacing an answer re-evaluates it. */
  evaluation = pursuit_practice_session_answer (session, 0, vague_technical, 10);
  g_assert_cmpint (evaluation->coverage, ==, 0);
  evaluation = pursuit_practice_session_answer (session, 0, good_technical, 90);
  g_assert_cmpstr (pursuit_practice_session_get_answer (session, 0), ==, good_technical);

  pursuit_practice_session_answer (session, 1, star_answer, 150);
  /* Question 2 (Python) is skipped. */

  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "PostgreSQL", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_practice_session_finish (session, profile, 1700000000);

  g_assert_cmpint (pursuit_practice_session_get_finished_at (session), ==, 1700000000);
  g_test_message ("technical %d, behavioural %d, communication %d, overall %d",
                  pursuit_practice_session_get_technical_score (session),
                  pursuit_practice_session_get_behavioural_score (session),
                  pursuit_practice_session_get_communication_score (session),
                  pursuit_practice_session_get_overall_score (session));

  /* Technical: a good answer and a skipped one. */
  g_assert_cmpint (pursuit_practice_session_get_technical_score (session), ==,
                   (pursuit_practice_session_get_evaluation (session, 0)->score + 1) / 2);
  g_assert_cmpint (pursuit_practice_session_get_behavioural_score (session), ==,
                   pursuit_practice_session_get_evaluation (session, 1)->score);
  g_assert_cmpint (pursuit_practice_session_get_overall_score (session), >, 0);
  g_assert_cmpint (pursuit_practice_session_get_overall_score (session), <, 100);

  /* PostgreSQL was answered well: not flagged; Python, listed as expert,
   * was skipped: flagged. */
  flagged = pursuit_practice_session_get_flagged_claims (session);
  g_assert_cmpuint (g_strv_length ((char **)flagged), ==, 1);
  g_assert_nonnull (strstr (flagged[0], "Python"));
  g_assert_nonnull (strstr (flagged[0], "expert"));

  g_assert_nonnull (strstr (pursuit_practice_session_get_strengths (session)[0], "PostgreSQL"));
  weaknesses = pursuit_practice_session_get_weaknesses (session);
  for (guint i = 0; weaknesses[i] != NULL; i++)
    if (g_str_equal (weaknesses[i], "1 question was not answered"))
      found_unanswered = TRUE;
  g_assert_true (found_unanswered);
}

static void
test_session_low_claim (void)
{
  g_autoptr(PursuitPracticeSession) session = make_session ();
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  const char * const *flagged;

  pursuit_practice_session_answer (session, 0, vague_technical, 10);
  pursuit_practice_session_answer (session, 1, star_answer, 10);
  pursuit_practice_session_answer (session, 2, good_technical, 10);
  pursuit_profile_set_skill (profile, "postgresql", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  pursuit_practice_session_finish (session, profile, 1700000100);

  flagged = pursuit_practice_session_get_flagged_claims (session);
  g_assert_cmpuint (g_strv_length ((char **)flagged), ==, 1);
  g_assert_true (g_str_has_prefix (flagged[0], "You list PostgreSQL as advanced, but the answer on it scored"));
  g_assert_nonnull (strstr (flagged[0], "covered 0 of 4 concepts"));

  /* No profile: nothing to flag. */
  pursuit_practice_session_finish (session, NULL, 1700000200);
  g_assert_cmpuint (g_strv_length ((char **)pursuit_practice_session_get_flagged_claims (session)), ==, 0);
  g_assert_cmpint (pursuit_practice_session_get_finished_at (session), ==, 1700000200);
}

static void
test_session_no_technical (void)
{
  g_autoptr(PursuitQuestionBank) bank = test_bank ();
  g_autoptr(GPtrArray) set = pursuit_question_bank_make_set (bank, NULL, 5, 1);
  g_autoptr(PursuitPracticeSession) session = pursuit_practice_session_new (3, set);

  for (guint i = 0; i < 5; i++)
    pursuit_practice_session_answer (session, i, star_answer, 60);
  pursuit_practice_session_finish (session, NULL, 1700000000);

  g_assert_cmpint (pursuit_practice_session_get_technical_score (session), ==, -1);
  g_assert_cmpint (pursuit_practice_session_get_behavioural_score (session), >, 50);
  g_assert_cmpint (pursuit_practice_session_get_overall_score (session), >, 50);
}

static void
test_session_json (void)
{
  g_autoptr(PursuitPracticeSession) session = make_session ();
  g_autoptr(PursuitPracticeSession) open_copy = NULL;
  g_autoptr(PursuitPracticeSession) copy = NULL;
  g_autoptr(PursuitAnswerEvaluation) ai = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *open_json = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;

  pursuit_practice_session_set_id (session, 12);
  pursuit_practice_session_set_created_at (session, 1690000000);
  pursuit_practice_session_answer (session, 0, "Un índice \"B-tree\" acelera las búsquedas.\n<b>markup</b>", 33);

  open_json = pursuit_practice_session_to_json (session);
  open_copy = pursuit_practice_session_new_from_json (open_json, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_practice_session_get_finished_at (open_copy), ==, 0);
  g_assert_cmpint (pursuit_practice_session_get_overall_score (open_copy), ==, -1);
  g_assert_null (pursuit_practice_session_get_answer (open_copy, 1));

  /* An AI evaluation replaces the local one and survives the trip. */
  pursuit_practice_session_answer (session, 1, star_answer, 100);
  ai = pursuit_answer_evaluation_copy (pursuit_practice_session_get_evaluation (session, 1));
  ai->score = 91;
  ai->from_ai = TRUE;
  pursuit_practice_session_set_evaluation (session, 1, ai);
  pursuit_practice_session_finish (session, NULL, 1690000500);

  json = pursuit_practice_session_to_json (session);
  copy = pursuit_practice_session_new_from_json (json, &error);
  g_assert_no_error (error);
  again = pursuit_practice_session_to_json (copy);
  g_assert_cmpstr (json, ==, again);

  g_assert_cmpint (pursuit_practice_session_get_id (copy), ==, 12);
  g_assert_cmpint (pursuit_practice_session_get_job_id (copy), ==, 7);
  g_assert_cmpint (pursuit_practice_session_get_created_at (copy), ==, 1690000000);
  g_assert_cmpint (pursuit_practice_session_get_finished_at (copy), ==, 1690000500);
  g_assert_cmpstr (pursuit_practice_session_get_answer (copy, 0), ==,
                   "Un índice \"B-tree\" acelera las búsquedas.\n<b>markup</b>");
  g_assert_true (pursuit_practice_session_get_evaluation (copy, 1)->from_ai);
  g_assert_cmpint (pursuit_practice_session_get_evaluation (copy, 1)->score, ==, 91);
  g_assert_true (pursuit_practice_session_get_evaluation (copy, 1)->star[3]);
  g_assert_cmpstr (pursuit_practice_session_get_question (copy, 2)->skill, ==, "Python");
  g_assert_cmpstrv (pursuit_practice_session_get_question (copy, 0)->concepts,
                    pursuit_practice_session_get_question (session, 0)->concepts);
  g_assert_cmpint (pursuit_practice_session_get_overall_score (copy), ==,
                   pursuit_practice_session_get_overall_score (session));
  g_assert_cmpstrv (pursuit_practice_session_get_weaknesses (copy),
                    pursuit_practice_session_get_weaknesses (session));
}

static void
assert_session_invalid (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitPracticeSession) session = pursuit_practice_session_new_from_json (json, &error);

  g_assert_null (session);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_test_message ("%s", error->message);
}

static char *
replace (const char *json,
         const char *from,
         const char *to)
{
  g_auto(GStrv) parts = g_strsplit (json, from, 2);

  g_assert_nonnull (parts[1]);
  return g_strjoinv (to, parts);
}

static void
test_session_json_hostile (void)
{
  g_autoptr(PursuitPracticeSession) session = make_session ();
  g_autofree char *json = NULL;
  const struct { const char *from, *to; } edits[] = {
    { "\"version\":1", "\"version\":2" },
    { "\"job_id\":7", "\"job_id\":\"7\"" },
    { "\"job_id\":7", "\"job_id\":-7" },
    { "\"difficulty\":2", "\"difficulty\":9" },
    { "\"kind\":\"technical\"", "\"kind\":\"quiz\"" },
    { "\"focus\":\"gap\"", "\"focus\":null" },
    { "\"concepts\":[\"index", "\"concepts\":[7,\"index" },
    { "\"score\":", "\"score\":1000,\"x\":" },
    { "\"star\":[", "\"star\":[true," },
    { "\"star\":[", "\"star\":[\"yes\",false,false," },
    { "\"from_ai\":false", "\"from_ai\":0" },
    { "\"report\":{", "\"report\":[{" },
    { "\"overall\":", "\"overall\":-5,\"x\":" },
    { "\"finished_at\":1690000500", "\"finished_at\":0" },
    { "\"questions\":[", "\"questions\":[42," },
    { "\"answer\":{\"text\":", "\"answer\":{\"text\":null,\"x\":" },
    { "\"text\":\"When", "\"text\":\"\",\"x\":\"When" },
    { "\"covered\":[", "\"covered\":{},\"x\":[" },
  };

  pursuit_practice_session_answer (session, 0, good_technical, 90);
  pursuit_practice_session_finish (session, NULL, 1690000500);
  json = pursuit_practice_session_to_json (session);

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *broken = replace (json, edits[i].from, edits[i].to);

      assert_session_invalid (broken);
    }

  assert_session_invalid ("");
  assert_session_invalid ("null");
  assert_session_invalid ("[1, 2]");
  assert_session_invalid ("{\"version\": 1}");
  assert_session_invalid ("{\"version\": 1, \"id\": 0, \"job_id\": 1, \"created_at\": 0, \"finished_at\": 0}");
  assert_session_invalid ("{\"version\": 1, \"id\": 0, \"job_id\": 1, \"created_at\": 0, \"finished_at\": 0,"
                          " \"questions\": [], \"report\": 5}");
  assert_session_invalid ("{\"version\": 1, \"id\": 0, \"job_id\": 1, \"created_at\": 0, \"finished_at\": 0,"
                          " \"questions\": [{\"id\": \"\xff\"}], \"report\": null}");

  /* Nesting deep enough to overflow a recursive parser's stack. */
  {
    GString *nested = g_string_new ("{\"version\": 1, \"x\": \"[{\\\"\", \"y\": ");

    for (int i = 0; i < 2000000; i++)
      g_string_append_c (nested, '[');
    for (int i = 0; i < 2000000; i++)
      g_string_append_c (nested, ']');
    g_string_append (nested, "}");
    assert_session_invalid (nested->str);
    g_string_free (nested, TRUE);
  }

  /* Too many questions. */
  {
    GString *many = g_string_new ("{\"version\": 1, \"id\": 0, \"job_id\": 1, \"created_at\": 0, "
                                  "\"finished_at\": 0, \"report\": null, \"questions\": [");

    for (int i = 0; i < 101; i++)
      g_string_append_printf (many, "%s{\"id\": \"q%d\", \"kind\": \"behavioural\", \"focus\": \"general\","
                              " \"skill\": null, \"difficulty\": 1, \"text\": \"T\", \"concepts\": [],"
                              " \"seconds\": 60, \"answer\": null}", i > 0 ? "," : "", i);
    g_string_append (many, "]}");
    assert_session_invalid (many->str);

    /* 100 is fine. */
    g_string_truncate (many, 0);
    g_string_append (many, "{\"version\": 1, \"id\": 0, \"job_id\": 1, \"created_at\": 0, "
                     "\"finished_at\": 0, \"report\": null, \"questions\": [");
    for (int i = 0; i < 100; i++)
      g_string_append_printf (many, "%s{\"id\": \"q%d\", \"kind\": \"behavioural\", \"focus\": \"general\","
                              " \"skill\": null, \"difficulty\": 1, \"text\": \"T\", \"concepts\": [],"
                              " \"seconds\": 60, \"answer\": null}", i > 0 ? "," : "", i);
    g_string_append (many, "]}");
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PursuitPracticeSession) ok = pursuit_practice_session_new_from_json (many->str, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (pursuit_practice_session_get_n_questions (ok), ==, 100);
    }
    g_string_free (many, TRUE);
  }
}

/* Long answers are cut to 64 KiB on a character boundary; invalid UTF-8
 * is repaired before it is kept. */
static void
test_session_answer_limits (void)
{
  g_autoptr(PursuitPracticeSession) session = make_session ();
  g_autoptr(GString) big = g_string_new (NULL);
  const char *kept;

  while (big->len < 200 * 1024)
    g_string_append (big, "é index ");
  pursuit_practice_session_answer (session, 0, big->str, 5);
  kept = pursuit_practice_session_get_answer (session, 0);
  g_assert_cmpuint (strlen (kept), <=, 64 * 1024);
  g_assert_cmpuint (strlen (kept), >, 64 * 1024 - 4);
  g_assert_true (g_utf8_validate (kept, -1, NULL));

  pursuit_practice_session_answer (session, 1, "bad \xff bytes", 5);
  g_assert_true (g_utf8_validate (pursuit_practice_session_get_answer (session, 1), -1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/practice/bank/shipped", test_bank_shipped);
  g_test_add_func ("/practice/bank/shipped-set", test_bank_shipped_set);
  g_test_add_func ("/practice/bank/shipped-every-skill", test_bank_shipped_every_skill);
  g_test_add_func ("/practice/bank/invalid", test_bank_invalid);
  g_test_add_func ("/practice/set/sizes", test_set_sizes);
  g_test_add_func ("/practice/set/mix", test_set_mix);
  g_test_add_func ("/practice/set/gap-order", test_set_gap_order);
  g_test_add_func ("/practice/set/difficulty", test_set_difficulty);
  g_test_add_func ("/practice/set/seed", test_set_seed);
  g_test_add_func ("/practice/set/unique", test_set_unique);
  g_test_add_func ("/practice/set/no-cv", test_set_no_cv);
  g_test_add_func ("/practice/set/template", test_set_template);
  g_test_add_func ("/practice/evaluate/technical", test_evaluate_technical);
  g_test_add_func ("/practice/evaluate/words", test_evaluate_words);
  g_test_add_func ("/practice/evaluate/star", test_evaluate_star);
  g_test_add_func ("/practice/evaluate/hostile", test_evaluate_hostile);
  g_test_add_func ("/practice/session/report", test_session_report);
  g_test_add_func ("/practice/session/low-claim", test_session_low_claim);
  g_test_add_func ("/practice/session/no-technical", test_session_no_technical);
  g_test_add_func ("/practice/session/json", test_session_json);
  g_test_add_func ("/practice/session/json-hostile", test_session_json_hostile);
  g_test_add_func ("/practice/session/answer-limits", test_session_answer_limits);

  return g_test_run ();
}
