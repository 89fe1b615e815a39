/* pursuit-question-bank-set.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-question-bank"

#include "config.h"

#include "pursuit-practice-private.h"
#include "pursuit-question-bank.h"

/* Choosing a question set for a job from the bank (see
 * pursuit_question_bank_make_set in the header). */

typedef struct
{
  PursuitQuestionBank *bank;
  GRand               *rand;
  int                  difficulty;   /* the one to aim for */
  GHashTable          *used;         /* bank question indices (GUINT_TO_POINTER + 1) */
  GHashTable          *used_skills;  /* casefolded skills asked about */
  GPtrArray           *set;
} SetBuilder;

typedef struct
{
  const char *name;
  const char *category;
} AskedSkill;

static gboolean
is_used (SetBuilder *builder,
         guint       index)
{
  return g_hash_table_contains (builder->used, GUINT_TO_POINTER (index + 1));
}

/* The unused question of @candidates nearest the aimed difficulty; ties
 * broken by the seeded generator so each seed gives its own set. */
static gboolean
pick_nearest (SetBuilder *builder,
              GArray     *candidates,
              guint      *out_index)
{
  guint best_key = G_MAXUINT;
  guint best = 0;

  if (candidates == NULL)
    return FALSE;

  for (guint i = 0; i < candidates->len; i++)
    {
      guint index = g_array_index (candidates, guint, i);
      BankQuestion *question = g_ptr_array_index (builder->bank->questions, index);
      guint key;

      if (is_used (builder, index))
        continue;
      key = ABS (question->difficulty - builder->difficulty) * 1000000u
            + (guint)g_rand_int_range (builder->rand, 0, 1000000);
      if (key < best_key)
        {
          best_key = key;
          best = index;
        }
    }

  if (best_key == G_MAXUINT)
    return FALSE;
  *out_index = best;
  return TRUE;
}

static char *
fill_template (const char *text,
               const char *skill)
{
  g_auto(GStrv) parts = g_strsplit (text, SKILL_PLACEHOLDER, -1);

  return g_strjoinv (skill, parts);
}

static void
add_question (SetBuilder           *builder,
              guint                 index,
              PursuitQuestionFocus  focus,
              const char           *skill)
{
  BankQuestion *question = g_ptr_array_index (builder->bank->questions, index);
  PursuitPracticeQuestion *asked = g_new0 (PursuitPracticeQuestion, 1);

  g_hash_table_add (builder->used, GUINT_TO_POINTER (index + 1));

  asked->kind = question->kind;
  asked->focus = focus;
  asked->difficulty = question->difficulty;
  asked->concepts = g_strdupv (question->concepts);
  asked->seconds = question->seconds;

  if (question->is_template)
    {
      g_assert (skill != NULL);
      asked->id = g_strdup_printf ("%s@%s", question->id, skill);
      asked->skill = g_strdup (skill);
      asked->text = fill_template (question->text, skill);
    }
  else
    {
      asked->id = g_strdup (question->id);
      asked->skill = g_strdup (question->skill);
      asked->text = g_strdup (question->text);
    }

  if (asked->skill != NULL)
    g_hash_table_add (builder->used_skills, g_utf8_casefold (asked->skill, -1));

  g_ptr_array_add (builder->set, asked);
}

/* One question on @skill: the bank's own on it, else its category's
 * template filled in with the skill's name. */
static gboolean
add_skill_question (SetBuilder           *builder,
                    const AskedSkill     *skill,
                    PursuitQuestionFocus  focus)
{
  g_autofree char *key = g_utf8_casefold (skill->name, -1);
  guint index;

  if (pick_nearest (builder, g_hash_table_lookup (builder->bank->by_skill, key), &index))
    {
      add_question (builder, index, focus, skill->name);
      return TRUE;
    }
  if (skill->category != NULL &&
      !g_hash_table_contains (builder->used_skills, key) &&
      pick_nearest (builder, g_hash_table_lookup (builder->bank->templates, skill->category), &index))
    {
      add_question (builder, index, focus, skill->name);
      return TRUE;
    }
  return FALSE;
}

/* Round robin over @skills (most important first) so a set asks about
 * as many of them as it can before asking twice about one. */
static guint
add_skill_questions (SetBuilder           *builder,
                     GArray               *skills,
                     guint                 wanted,
                     PursuitQuestionFocus  focus)
{
  guint added = 0;
  gboolean progress = TRUE;

  while (added < wanted && progress)
    {
      progress = FALSE;
      for (guint i = 0; i < skills->len && added < wanted; i++)
        if (add_skill_question (builder, &g_array_index (skills, AskedSkill, i), focus))
          {
            added++;
            progress = TRUE;
          }
    }

  return added;
}

/* General technical questions: about the categories the job's skills are
 * in, then about any of its skills. */
static guint
add_general_questions (SetBuilder *builder,
                       GArray     *skills,
                       guint       wanted)
{
  g_autoptr(GArray) pool = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);
  guint added = 0;
  guint index;

  for (guint i = 0; i < skills->len; i++)
    {
      const AskedSkill *skill = &g_array_index (skills, AskedSkill, i);
      GArray *questions;

      if (skill->category == NULL || !g_hash_table_add (categories, (gpointer)skill->category))
        continue;
      questions = g_hash_table_lookup (builder->bank->by_category, skill->category);
      if (questions != NULL)
        g_array_append_vals (pool, questions->data, questions->len);
    }

  while (added < wanted && pick_nearest (builder, pool, &index))
    {
      add_question (builder, index, PURSUIT_QUESTION_FOCUS_GENERAL, NULL);
      added++;
    }

  return added + add_skill_questions (builder, skills, wanted - added, PURSUIT_QUESTION_FOCUS_GENERAL);
}

static guint
add_pool_questions (SetBuilder *builder,
                    GArray     *pool,
                    guint       wanted)
{
  guint added = 0;
  guint index;

  while (added < wanted && pick_nearest (builder, pool, &index))
    {
      add_question (builder, index, PURSUIT_QUESTION_FOCUS_GENERAL, NULL);
      added++;
    }
  return added;
}

/* Splits @total by @weights (summing to 1) so the parts add up to
 * @total exactly and each is within one of its share. */
static void
split_by_weights (guint         total,
                  const double *weights,
                  guint        *parts,
                  guint         n_parts)
{
  guint assigned = 0;

  for (guint i = 0; i < n_parts; i++)
    {
      parts[i] = (guint)(total * weights[i]);
      assigned += parts[i];
    }

  /* Largest remainder first; earlier parts win ties. */
  while (assigned < total)
    {
      double best_remainder = -1;
      guint best = 0;

      for (guint i = 0; i < n_parts; i++)
        {
          double remainder = total * weights[i] - parts[i];

          if (remainder > best_remainder + 1e-9)
            {
              best_remainder = remainder;
              best = i;
            }
        }
      parts[best]++;
      assigned++;
    }
}

static int
aimed_difficulty (int score)
{
  if (score < 0)
    return 2;
  if (score < 50)
    return 1;
  if (score > 80)
    return 3;
  return 2;
}

static void
collect_skills (PursuitMatchResult *match,
                GArray             *gaps,
                GArray             *strengths,
                GArray             *all)
{
  g_autoptr(GArray) order = pursuit_match_result_get_learning_order (match);
  guint n_skills = pursuit_match_result_get_n_skills (match);

  for (guint i = 0; order != NULL && i < order->len; i++)
    {
      const PursuitSkillMatch *skill = pursuit_match_result_get_skill (match, g_array_index (order, guint, i));
      AskedSkill asked = { skill->name, skill->category };

      g_array_append_val (gaps, asked);
    }

  /* Claimed strengths: highest claimed level first; the match already
   * lists required skills before preferred ones. */
  for (int level = PURSUIT_SKILL_LEVEL_EXPERT; level >= PURSUIT_SKILL_LEVEL_NONE; level--)
    for (guint i = 0; i < n_skills; i++)
      {
        const PursuitSkillMatch *skill = pursuit_match_result_get_skill (match, i);
        AskedSkill asked = { skill->name, skill->category };

        if (skill->kind == PURSUIT_SKILL_MATCH_MATCHING && (int)skill->user_level == level)
          g_array_append_val (strengths, asked);
      }

  for (guint i = 0; i < n_skills; i++)
    {
      const PursuitSkillMatch *skill = pursuit_match_result_get_skill (match, i);
      AskedSkill asked = { skill->name, skill->category };

      g_array_append_val (all, asked);
    }
}

static void
shuffle (GPtrArray *array,
         GRand     *rand)
{
  for (guint i = array->len; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      gpointer swap = array->pdata[i - 1];

      array->pdata[i - 1] = array->pdata[j];
      array->pdata[j] = swap;
    }
}

/* Behavioural first: an interview usually opens with one, and it eases
 * the user in. */
static void
order_set (GPtrArray *set,
           GRand     *rand)
{
  shuffle (set, rand);

  for (guint i = 0; i < set->len; i++)
    {
      PursuitPracticeQuestion *question = g_ptr_array_index (set, i);

      if (question->kind == PURSUIT_QUESTION_BEHAVIOURAL)
        {
          set->pdata[i] = set->pdata[0];
          set->pdata[0] = question;
          break;
        }
    }
}

/**
 * pursuit_question_bank_make_set:
 *
 * See the header. Returns: (transfer full): of PursuitPracticeQuestion
 */
GPtrArray *
pursuit_question_bank_make_set (PursuitQuestionBank *self,
                                PursuitMatchResult  *match,
                                guint                n_questions,
                                guint32              seed)
{
  static const double kinds[] = { 0.5, 0.3, 0.2 };
  static const double focuses[] = { 0.4, 0.3, 0.3 };
  static const double general_kinds[] = { 0.6, 0.4 };
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (AskedSkill));
  g_autoptr(GArray) strengths = g_array_new (FALSE, FALSE, sizeof (AskedSkill));
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (AskedSkill));
  SetBuilder builder = { 0, };
  guint by_kind[3] = { 0, };
  guint n;

  g_return_val_if_fail (PURSUIT_IS_QUESTION_BANK (self), NULL);
  g_return_val_if_fail (match == NULL || PURSUIT_IS_MATCH_RESULT (match), NULL);

  n = CLAMP (n_questions, 5, 20);

  builder.bank = self;
  builder.rand = g_rand_new_with_seed (seed);
  builder.difficulty = aimed_difficulty (match != NULL ? pursuit_match_result_get_score (match) : -1);
  builder.used = g_hash_table_new (NULL, NULL);
  builder.used_skills = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  builder.set = g_ptr_array_new_with_free_func ((GDestroyNotify)pursuit_practice_question_free);

  if (match != NULL)
    collect_skills (match, gaps, strengths, all);

  if (all->len > 0)
    {
      guint by_focus[3];
      guint added;

      split_by_weights (n, kinds, by_kind, 3);
      split_by_weights (by_kind[PURSUIT_QUESTION_TECHNICAL], focuses, by_focus, 3);

      /* What one focus cannot fill passes to the next, and what the
       * technical part cannot fill to the behavioural one. */
      added = add_skill_questions (&builder, gaps, by_focus[0], PURSUIT_QUESTION_FOCUS_GAP);
      by_focus[1] += by_focus[0] - added;
      added = add_skill_questions (&builder, strengths, by_focus[1], PURSUIT_QUESTION_FOCUS_STRENGTH);
      by_focus[2] += by_focus[1] - added;
      added = add_general_questions (&builder, all, by_focus[2]);
      by_kind[PURSUIT_QUESTION_BEHAVIOURAL] += by_focus[2] - added;
    }
  else
    {
      /* No CV or nothing the job asks for: no skill to ask about. */
      split_by_weights (n, general_kinds, by_kind + 1, 2);
    }

  by_kind[PURSUIT_QUESTION_SITUATIONAL] +=
    by_kind[PURSUIT_QUESTION_BEHAVIOURAL] - add_pool_questions (&builder, self->behavioural,
                                                                by_kind[PURSUIT_QUESTION_BEHAVIOURAL]);
  {
    guint wanted = by_kind[PURSUIT_QUESTION_SITUATIONAL];
    guint added = add_pool_questions (&builder, self->situational, wanted);

    /* A small bank: top up with whatever behavioural questions are left. */
    add_pool_questions (&builder, self->behavioural, wanted - added);
  }

  order_set (builder.set, builder.rand);

  g_rand_free (builder.rand);
  g_hash_table_unref (builder.used);
  g_hash_table_unref (builder.used_skills);

  return builder.set;
}
