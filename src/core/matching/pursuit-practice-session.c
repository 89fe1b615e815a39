/* pursuit-practice-session.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-practice"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-object-fields-private.h"
#include "pursuit-practice-private.h"
#include "pursuit-practice-session.h"

/* A technical answer under this is weak; a claimed strength under it is
 * flagged. */
#define LOW_SCORE   50
#define HIGH_SCORE  75

G_DEFINE_FINAL_TYPE (PursuitPracticeSession, pursuit_practice_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_JOB_ID,
  PROP_CREATED_AT,
  PROP_FINISHED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
answer_clear (Answer *answer)
{
  g_clear_pointer (&answer->text, g_free);
  g_clear_pointer (&answer->evaluation, pursuit_answer_evaluation_free);
  answer->seconds = 0;
}

static void
clear_report (PursuitPracticeSession *self)
{
  self->technical = self->behavioural = self->communication = self->overall = -1;
  g_clear_pointer (&self->strengths, g_strfreev);
  g_clear_pointer (&self->weaknesses, g_strfreev);
  g_clear_pointer (&self->flagged_claims, g_strfreev);
}

static void
pursuit_practice_session_finalize (GObject *object)
{
  PursuitPracticeSession *self = (PursuitPracticeSession *)object;

  for (guint i = 0; self->questions != NULL && i < self->questions->len; i++)
    answer_clear (&self->answers[i]);
  g_clear_pointer (&self->answers, g_free);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  clear_report (self);

  G_OBJECT_CLASS (pursuit_practice_session_parent_class)->finalize (object);
}

/* The field behind each property, for the table-driven accessors of
 * pursuit-object-fields-private.h. */
static const gsize fields [N_PROPS] = {
  [PROP_ID] = G_STRUCT_OFFSET (PursuitPracticeSession, id),
  [PROP_JOB_ID] = G_STRUCT_OFFSET (PursuitPracticeSession, job_id),
  [PROP_CREATED_AT] = G_STRUCT_OFFSET (PursuitPracticeSession, created_at),
  [PROP_FINISHED_AT] = G_STRUCT_OFFSET (PursuitPracticeSession, finished_at),
};

static void
pursuit_practice_session_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  _pursuit_object_get_field (object, fields, N_PROPS, prop_id, value, pspec);
}

/* Only "id" and "created-at" are writable: GObject refuses the others. */
static void
pursuit_practice_session_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  _pursuit_object_set_field (object, fields, N_PROPS, prop_id, value, pspec);
}

static void
pursuit_practice_session_class_init (PursuitPracticeSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_practice_session_finalize;
  object_class->get_property = pursuit_practice_session_get_property;
  object_class->set_property = pursuit_practice_session_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FINISHED_AT] =
    g_param_spec_int64 ("finished-at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_practice_session_init (PursuitPracticeSession *self)
{
  self->technical = self->behavioural = self->communication = self->overall = -1;
}

PursuitPracticeSession *
_pursuit_practice_session_new_unchecked (gint64     job_id,
                                         GPtrArray *questions)
{
  PursuitPracticeSession *self = g_object_new (PURSUIT_TYPE_PRACTICE_SESSION, NULL);

  self->job_id = job_id;
  self->created_at = g_get_real_time () / G_USEC_PER_SEC;
  self->questions = g_ptr_array_ref (questions);
  self->answers = g_new0 (Answer, MAX (questions->len, 1));

  return self;
}

/**
 * pursuit_practice_session_new:
 * @job_id: the job practised for
 * @questions: (transfer none): of PursuitPracticeQuestion, with a free func;
 *   the session keeps a reference, so do not change it afterwards
 *
 * Returns: (transfer full): an open session, created now
 */
PursuitPracticeSession *
pursuit_practice_session_new (gint64     job_id,
                              GPtrArray *questions)
{
  g_return_val_if_fail (job_id >= 0, NULL);
  g_return_val_if_fail (questions != NULL, NULL);

  return _pursuit_practice_session_new_unchecked (job_id, questions);
}

gint64
pursuit_practice_session_get_id (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), 0);

  return self->id;
}

void
pursuit_practice_session_set_id (PursuitPracticeSession *self,
                                 gint64                  id)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_SESSION (self));
  g_return_if_fail (id >= 0);

  _pursuit_object_set_int64 (G_OBJECT (self), &self->id, id, properties[PROP_ID]);
}

gint64
pursuit_practice_session_get_job_id (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), 0);

  return self->job_id;
}

gint64
pursuit_practice_session_get_created_at (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), 0);

  return self->created_at;
}

void
pursuit_practice_session_set_created_at (PursuitPracticeSession *self,
                                         gint64                  created_at)
{
  g_return_if_fail (PURSUIT_IS_PRACTICE_SESSION (self));

  _pursuit_object_set_int64 (G_OBJECT (self), &self->created_at, created_at,
                             properties[PROP_CREATED_AT]);
}

gint64
pursuit_practice_session_get_finished_at (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), 0);

  return self->finished_at;
}

guint
pursuit_practice_session_get_n_questions (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), 0);

  return self->questions->len;
}

const PursuitPracticeQuestion *
pursuit_practice_session_get_question (PursuitPracticeSession *self,
                                       guint                   index)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return g_ptr_array_index (self->questions, index);
}

/* Valid UTF-8 of at most MAX_ANSWER_BYTES, cut on a character. */
static char *
clean_answer (const char *answer)
{
  char *valid = g_utf8_make_valid (answer != NULL ? answer : "", -1);

  if (strlen (valid) > MAX_ANSWER_BYTES)
    {
      const char *end = g_utf8_find_prev_char (valid, valid + MAX_ANSWER_BYTES + 1);

      valid[end - valid] = '\0';
    }
  return valid;
}

/**
 * pursuit_practice_session_answer:
 * @answer: (nullable): the typed answer, any bytes (made valid UTF-8,
 *   cut at 64 KiB)
 *
 * Returns: (transfer none): the local evaluation, owned by the session
 */
const PursuitAnswerEvaluation *
pursuit_practice_session_answer (PursuitPracticeSession *self,
                                 guint                   index,
                                 const char             *answer,
                                 guint                   seconds)
{
  Answer *slot;

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  slot = &self->answers[index];
  answer_clear (slot);
  slot->text = clean_answer (answer);
  slot->seconds = MIN (seconds, MAX_ANSWER_SECONDS);
  slot->evaluation = pursuit_practice_evaluate_answer (g_ptr_array_index (self->questions, index),
                                                       slot->text, slot->seconds);

  return slot->evaluation;
}

void
pursuit_practice_session_set_evaluation (PursuitPracticeSession        *self,
                                         guint                          index,
                                         const PursuitAnswerEvaluation *evaluation)
{
  PursuitAnswerEvaluation *copy;

  g_return_if_fail (PURSUIT_IS_PRACTICE_SESSION (self));
  g_return_if_fail (index < self->questions->len);
  g_return_if_fail (self->answers[index].text != NULL);
  g_return_if_fail (evaluation != NULL);

  copy = pursuit_answer_evaluation_copy (evaluation);
  copy->coverage = CLAMP (copy->coverage, 0, 100);
  copy->structure = CLAMP (copy->structure, 0, 100);
  copy->clarity = CLAMP (copy->clarity, 0, 100);
  copy->score = CLAMP (copy->score, 0, 100);
  g_clear_pointer (&self->answers[index].evaluation, pursuit_answer_evaluation_free);
  self->answers[index].evaluation = copy;
}

/**
 * pursuit_practice_session_get_answer:
 *
 * Returns: (nullable): the answer, NULL while unanswered
 */
const char *
pursuit_practice_session_get_answer (PursuitPracticeSession *self,
                                     guint                   index)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return self->answers[index].text;
}

/**
 * pursuit_practice_session_get_evaluation:
 *
 * Returns: (nullable): the evaluation, NULL while unanswered
 */
const PursuitAnswerEvaluation *
pursuit_practice_session_get_evaluation (PursuitPracticeSession *self,
                                         guint                   index)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return self->answers[index].evaluation;
}

/* The report ------------------------------------------------------------- */

static gboolean
is_answered (PursuitPracticeSession *self,
             guint                   index)
{
  const Answer *answer = &self->answers[index];

  return answer->evaluation != NULL && answer->text != NULL && answer->text[0] != '\0';
}

static int
answer_score (PursuitPracticeSession *self,
              guint                   index)
{
  return is_answered (self, index) ? self->answers[index].evaluation->score : 0;
}

/* A skill's technical answers taken together. */
typedef struct
{
  const char *skill;
  guint       n_questions;
  guint       n_answered;
  int         score_sum;
  guint       n_concepts;
  guint       n_covered;
} SkillTally;

static GArray *
tally_skills (PursuitPracticeSession *self)
{
  GArray *tallies = g_array_new (FALSE, TRUE, sizeof (SkillTally));

  for (guint i = 0; i < self->questions->len; i++)
    {
      const PursuitPracticeQuestion *question = g_ptr_array_index (self->questions, i);
      SkillTally *tally = NULL;

      if (question->kind != PURSUIT_QUESTION_TECHNICAL || question->skill == NULL)
        continue;

      for (guint j = 0; j < tallies->len && tally == NULL; j++)
        if (g_utf8_collate (g_array_index (tallies, SkillTally, j).skill, question->skill) == 0)
          tally = &g_array_index (tallies, SkillTally, j);
      if (tally == NULL)
        {
          g_array_set_size (tallies, tallies->len + 1);
          tally = &g_array_index (tallies, SkillTally, tallies->len - 1);
          tally->skill = question->skill;
        }

      tally->n_questions++;
      tally->n_concepts += question->concepts != NULL ? g_strv_length (question->concepts) : 0;
      tally->score_sum += answer_score (self, i);
      if (is_answered (self, i))
        {
          tally->n_answered++;
          tally->n_covered += g_strv_length (self->answers[i].evaluation->covered);
        }
    }

  return tallies;
}

static int
mean_or_missing (int   sum,
                 guint count)
{
  return count > 0 ? (int)((double)sum / count + 0.5) : -1;
}

static void
compute_scores (PursuitPracticeSession *self)
{
  int technical_sum = 0, behavioural_sum = 0, clarity_sum = 0;
  guint n_technical = 0, n_behavioural = 0;
  double weighted = 0, weights = 0;

  for (guint i = 0; i < self->questions->len; i++)
    {
      const PursuitPracticeQuestion *question = g_ptr_array_index (self->questions, i);

      if (question->kind == PURSUIT_QUESTION_TECHNICAL)
        {
          technical_sum += answer_score (self, i);
          n_technical++;
        }
      else
        {
          behavioural_sum += answer_score (self, i);
          n_behavioural++;
        }
      if (is_answered (self, i))
        clarity_sum += self->answers[i].evaluation->clarity;
    }

  self->technical = mean_or_missing (technical_sum, n_technical);
  self->behavioural = mean_or_missing (behavioural_sum, n_behavioural);
  self->communication = self->questions->len > 0 ? mean_or_missing (clarity_sum, self->questions->len) : 0;

  /* Technical 50 %, behavioural 30 %, communication 20 %, over the parts
   * the set had. */
  if (self->technical >= 0)
    weighted += 0.5 * self->technical, weights += 0.5;
  if (self->behavioural >= 0)
    weighted += 0.3 * self->behavioural, weights += 0.3;
  weighted += 0.2 * self->communication, weights += 0.2;
  self->overall = (int)(weighted / weights + 0.5);
}

static void
add_skill_lines (PursuitPracticeSession *self,
                 PursuitProfile         *profile,
                 GPtrArray              *strengths,
                 GPtrArray              *weaknesses,
                 GPtrArray              *flagged)
{
  g_autoptr(GArray) tallies = tally_skills (self);

  for (guint i = 0; i < tallies->len; i++)
    {
      const SkillTally *tally = &g_array_index (tallies, SkillTally, i);
      int score = mean_or_missing (tally->score_sum, tally->n_questions);
      PursuitSkillLevel level = PURSUIT_SKILL_LEVEL_NONE;

      if (score >= HIGH_SCORE)
        g_ptr_array_add (strengths, g_strdup_printf (_("%s: a strong answer (%d of 100)"), tally->skill, score));
      else if (score < LOW_SCORE && tally->n_answered > 0)
        g_ptr_array_add (weaknesses,
                         g_strdup_printf (ngettext ("%s: covered %u of %u expected concept",
                                                    "%s: covered %u of %u expected concepts",
                                                    tally->n_concepts),
                                          tally->skill, tally->n_covered, tally->n_concepts));
      else if (tally->n_answered == 0)
        g_ptr_array_add (weaknesses, g_strdup_printf (_("%s: not answered"), tally->skill));

      if (profile != NULL)
        level = pursuit_profile_get_skill_level (profile, tally->skill);
      if (level < PURSUIT_SKILL_LEVEL_ADVANCED || score >= LOW_SCORE)
        continue;

      if (tally->n_answered == 0)
        g_ptr_array_add (flagged, g_strdup_printf (level == PURSUIT_SKILL_LEVEL_EXPERT
                                                   ? _("You list %s as expert, but did not answer the question on it")
                                                   : _("You list %s as advanced, but did not answer the question on it"),
                                                   tally->skill));
      else
        g_ptr_array_add (flagged, g_strdup_printf (level == PURSUIT_SKILL_LEVEL_EXPERT
                                                   ? _("You list %s as expert, but the answer on it scored %d of 100 and covered %u of %u concepts")
                                                   : _("You list %s as advanced, but the answer on it scored %d of 100 and covered %u of %u concepts"),
                                                   tally->skill, score, tally->n_covered, tally->n_concepts));
    }
}

static void
add_behavioural_lines (PursuitPracticeSession *self,
                       GPtrArray              *strengths,
                       GPtrArray              *weaknesses)
{
  static const char *missing_lines[4] = {
    N_("Behavioural answers often skip the situation: set the scene in a sentence or two"),
    N_("Behavioural answers often leave out the task: say what had to be achieved"),
    N_("Behavioural answers often leave out your actions: say what you did, with “I”"),
    N_("Behavioural answers often lack a result: end with what changed and how you know"),
  };
  guint missing[4] = { 0, };
  guint n_answered = 0, structure_sum = 0;

  for (guint i = 0; i < self->questions->len; i++)
    {
      const PursuitPracticeQuestion *question = g_ptr_array_index (self->questions, i);
      const PursuitAnswerEvaluation *evaluation = self->answers[i].evaluation;

      if (question->kind == PURSUIT_QUESTION_TECHNICAL || !is_answered (self, i))
        continue;
      n_answered++;
      structure_sum += evaluation->structure;
      for (guint part = 0; part < 4; part++)
        if (!evaluation->star[part])
          missing[part]++;
    }

  if (n_answered == 0)
    return;

  if (structure_sum >= 80 * n_answered)
    g_ptr_array_add (strengths, g_strdup (_("Clear STAR structure in the behavioural answers")));
  for (guint part = 0; part < 4; part++)
    if (2 * missing[part] >= n_answered)
      g_ptr_array_add (weaknesses, g_strdup (_(missing_lines[part])));
}

static char **
steal_strv (GPtrArray *array)
{
  g_ptr_array_add (array, NULL);
  return (char **)g_ptr_array_free (array, FALSE);
}

/**
 * pursuit_practice_session_finish:
 * @profile: (nullable): the profile the claims are checked against
 * @now: the finishing time, seconds since the epoch
 *
 * May be called again: the report is rebuilt.
 */
void
pursuit_practice_session_finish (PursuitPracticeSession *self,
                                 PursuitProfile         *profile,
                                 gint64                  now)
{
  GPtrArray *strengths, *weaknesses, *flagged;
  guint n_unanswered = 0;

  g_return_if_fail (PURSUIT_IS_PRACTICE_SESSION (self));
  g_return_if_fail (profile == NULL || PURSUIT_IS_PROFILE (profile));
  g_return_if_fail (now > 0);

  clear_report (self);
  compute_scores (self);

  strengths = g_ptr_array_new_with_free_func (g_free);
  weaknesses = g_ptr_array_new_with_free_func (g_free);
  flagged = g_ptr_array_new_with_free_func (g_free);

  add_skill_lines (self, profile, strengths, weaknesses, flagged);
  add_behavioural_lines (self, strengths, weaknesses);

  for (guint i = 0; i < self->questions->len; i++)
    if (!is_answered (self, i))
      n_unanswered++;
  if (n_unanswered > 0)
    g_ptr_array_add (weaknesses,
                     g_strdup_printf (ngettext ("%u question was not answered",
                                                "%u questions were not answered", n_unanswered),
                                      n_unanswered));

  if (n_unanswered < self->questions->len && self->communication >= HIGH_SCORE)
    g_ptr_array_add (strengths, g_strdup (_("Clear answers of a good length")));
  else if (n_unanswered < self->questions->len && self->communication < LOW_SCORE)
    g_ptr_array_add (weaknesses, g_strdup (_("Answers were short or hard to follow: make one clear point and give an example")));

  self->strengths = steal_strv (strengths);
  self->weaknesses = steal_strv (weaknesses);
  self->flagged_claims = steal_strv (flagged);

  _pursuit_object_set_int64 (G_OBJECT (self), &self->finished_at, now,
                             properties[PROP_FINISHED_AT]);
}

/* The four scores are -1 until finished, and -1 after too when the set
 * had no question of that kind (technical without a CV). */
int
pursuit_practice_session_get_technical_score (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), -1);

  return self->technical;
}

int
pursuit_practice_session_get_behavioural_score (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), -1);

  return self->behavioural;
}

int
pursuit_practice_session_get_communication_score (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), -1);

  return self->communication;
}

int
pursuit_practice_session_get_overall_score (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), -1);

  return self->overall;
}

static const char * const empty_strv[] = { NULL };

/**
 * pursuit_practice_session_get_strengths:
 *
 * Returns: (transfer none): translated lines; empty until finished
 */
const char * const *
pursuit_practice_session_get_strengths (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), empty_strv);

  return self->strengths != NULL ? (const char * const *)self->strengths : empty_strv;
}

const char * const *
pursuit_practice_session_get_weaknesses (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), empty_strv);

  return self->weaknesses != NULL ? (const char * const *)self->weaknesses : empty_strv;
}

const char * const *
pursuit_practice_session_get_flagged_claims (PursuitPracticeSession *self)
{
  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), empty_strv);

  return self->flagged_claims != NULL ? (const char * const *)self->flagged_claims : empty_strv;
}
