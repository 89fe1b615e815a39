/* pursuit-practice-evaluator.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-practice"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pursuit-practice-session.h"

/* The local evaluation of a typed answer: a few cheap, explainable
 * measures rather than a model. Technical answers are scored by the
 * expected concepts they name (word for word after light stemming, so
 * "indexes" names "index"); behavioural and situational ones by cue
 * phrases for the four STAR parts (English and German) and whether they
 * come in order; every answer by its length, sentence length and filler
 * words. */

/* Beyond this an answer is evaluated on its beginning only: nobody types
 * that much in an interview, and it keeps a pasted book cheap. */
#define MAX_EVALUATED_BYTES (64 * 1024)

typedef struct
{
  GPtrArray *words;     /* lowercase, as typed */
  GPtrArray *stems;
  guint      n_sentences;
} Tokens;

static void
tokens_clear (Tokens *tokens)
{
  g_clear_pointer (&tokens->words, g_ptr_array_unref);
  g_clear_pointer (&tokens->stems, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tokens, tokens_clear)

/* PursuitAnswerEvaluation ----------------------------------------------- */

void
pursuit_answer_evaluation_free (PursuitAnswerEvaluation *evaluation)
{
  if (evaluation == NULL)
    return;

  g_strfreev (evaluation->covered);
  g_strfreev (evaluation->missed);
  g_strfreev (evaluation->feedback);
  g_free (evaluation);
}

PursuitAnswerEvaluation *
pursuit_answer_evaluation_copy (const PursuitAnswerEvaluation *evaluation)
{
  PursuitAnswerEvaluation *copy;

  g_return_val_if_fail (evaluation != NULL, NULL);

  copy = g_memdup2 (evaluation, sizeof *evaluation);
  copy->covered = evaluation->covered != NULL ? g_strdupv (evaluation->covered) : g_new0 (char *, 1);
  copy->missed = evaluation->missed != NULL ? g_strdupv (evaluation->missed) : g_new0 (char *, 1);
  copy->feedback = evaluation->feedback != NULL ? g_strdupv (evaluation->feedback) : g_new0 (char *, 1);

  return copy;
}

/* Tokens ----------------------------------------------------------------- */

static gboolean
is_ascii_word (const char *word)
{
  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_islower (*p))
      return FALSE;
  return TRUE;
}

static gboolean
ends_with (const char *word,
           gsize       length,
           const char *suffix)
{
  gsize suffix_length = strlen (suffix);

  return length > suffix_length && memcmp (word + length - suffix_length, suffix, suffix_length) == 0;
}

/* A light English stemmer: enough that "indexes", "indexing" and "index",
 * or "caching", "cached" and "cache" meet. Applied alike to the answer
 * and the concepts, so it only has to be consistent, not correct. */
static char *
stem (const char *word)
{
  char *copy = g_strdup (word);
  gsize length = strlen (copy);

  if (length < 4 || !is_ascii_word (copy))
    return copy;

  if (ends_with (copy, length, "ies") && length > 4)
    {
      length -= 3;
      copy[length++] = 'y';
    }
  else if (ends_with (copy, length, "sses"))
    length -= 2;
  else if (ends_with (copy, length, "xes") || ends_with (copy, length, "ches") ||
           ends_with (copy, length, "shes") || ends_with (copy, length, "zes"))
    length -= 2;
  else if (copy[length - 1] == 's' && !ends_with (copy, length, "ss") &&
           !ends_with (copy, length, "us") && !ends_with (copy, length, "is"))
    length -= 1;
  copy[length] = '\0';

  if (length > 7 && ends_with (copy, length, "ation"))
    length -= 5;
  else if (length > 5 && ends_with (copy, length, "ing"))
    length -= 3;
  else if (length > 4 && ends_with (copy, length, "ed"))
    length -= 2;
  else if (length > 5 && ends_with (copy, length, "ly"))
    length -= 2;
  copy[length] = '\0';

  /* "mapped", "mapping" → "map" */
  if (length > 3 && copy[length - 1] == copy[length - 2] &&
      strchr ("bdfgmnprt", copy[length - 1]) != NULL)
    copy[--length] = '\0';
  if (length > 4 && copy[length - 1] == 'e')
    copy[--length] = '\0';

  return copy;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static void
add_word (Tokens     *tokens,
          const char *start,
          gsize       length)
{
  char *word = g_utf8_strdown (start, length);

  g_ptr_array_add (tokens->stems, stem (word));
  g_ptr_array_add (tokens->words, word);
}

/* Words are runs of letters and digits; "c++", "c#", "node.js", "don't"
 * stay whole, "b-tree" is two words. '%' is the word "percent" (a
 * result with a number is what STAR asks for). */
static void
tokenize (const char *text,
          Tokens     *tokens)
{
  const char *p = text;
  const char *word = NULL;
  gboolean sentence_has_words = FALSE;

  tokens->words = g_ptr_array_new_with_free_func (g_free);
  tokens->stems = g_ptr_array_new_with_free_func (g_free);
  tokens->n_sentences = 0;

  while (TRUE)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = c != 0 ? g_utf8_next_char (p) : p;
      gunichar after = c != 0 ? g_utf8_get_char (next) : 0;

      if (c != 0 && is_word_char (c))
        {
          if (word == NULL)
            word = p;
        }
      else if (word != NULL && (c == '+' || c == '#'))
        {
          /* "c++", "c#": keep the symbols and end the word after them. */
          while (*next == '+' || *next == '#')
            next++;
          add_word (tokens, word, next - word);
          word = NULL;
          sentence_has_words = TRUE;
        }
      else if (word != NULL && (c == '.' || c == '\'' || c == 0x2019) && is_word_char (after))
        {
          /* inside "node.js", "3.5", "don't" */
        }
      else
        {
          if (word != NULL)
            {
              add_word (tokens, word, p - word);
              word = NULL;
              sentence_has_words = TRUE;
            }
          if (c == '%')
            {
              g_ptr_array_add (tokens->words, g_strdup ("percent"));
              g_ptr_array_add (tokens->stems, g_strdup ("percent"));
            }
          if ((c == '.' || c == '!' || c == '?' || c == '\n' || c == 0) && sentence_has_words)
            {
              tokens->n_sentences++;
              sentence_has_words = FALSE;
            }
        }

      if (c == 0)
        break;
      p = next;
    }
}

/* The first position ≥ @from where @needle's words appear in a row in
 * @haystack, or -1. */
static int
find_sequence (GPtrArray *haystack,
               GPtrArray *needle,
               guint      from)
{
  if (needle->len == 0 || needle->len > haystack->len)
    return -1;

  for (guint i = from; i + needle->len <= haystack->len; i++)
    {
      guint j = 0;

      while (j < needle->len &&
             strcmp (g_ptr_array_index (haystack, i + j), g_ptr_array_index (needle, j)) == 0)
        j++;
      if (j == needle->len)
        return i;
    }
  return -1;
}

/* Does @tokens name any of the "a|b|c" alternatives? */
static gboolean
names_concept (Tokens     *tokens,
               const char *concept)
{
  g_auto(GStrv) alternatives = g_strsplit (concept, "|", -1);

  for (guint i = 0; alternatives[i] != NULL; i++)
    {
      g_auto(Tokens) wanted = { 0, };

      tokenize (alternatives[i], &wanted);
      if (find_sequence (tokens->stems, wanted.stems, 0) >= 0)
        return TRUE;
    }
  return FALSE;
}

static char *
first_alternative (const char *concept)
{
  const char *bar = strchr (concept, '|');
  g_autofree char *first = bar != NULL ? g_strndup (concept, bar - concept) : g_strdup (concept);

  return g_strdup (g_strstrip (first));
}

/* Cue phrases ------------------------------------------------------------ */

typedef enum
{
  STAR_SITUATION,
  STAR_TASK,
  STAR_ACTION,
  STAR_RESULT,
} StarPart;

static const char * const situation_cues[] = {
  "when i was", "while i was", "at my previous", "at my last", "at my current", "in my previous",
  "in my last", "in my current", "in my first", "in my role", "in a previous", "on one project",
  "on a project", "in one project", "the situation", "situation was", "we were", "there was",
  "our team", "my team was", "at the time", "last year", "years ago", "months ago", "one time",
  "once", "the context", "background", "a client", "a customer", "a colleague", "my manager",
  "als ich", "in meinem letzten", "in meiner letzten", "in meinem vorherigen", "bei meinem",
  "bei meiner", "die situation", "damals", "in einem projekt", "unser team", "es gab",
  NULL
};

static const char * const task_cues[] = {
  "my task", "my job was", "my role was", "my responsibility", "i was responsible", "i was asked",
  "i was tasked", "i needed to", "i had to", "we needed to", "we had to", "my goal", "our goal",
  "the goal", "the task", "the challenge", "the problem was", "the aim", "i wanted to",
  "i was in charge", "the deadline", "meine aufgabe", "ich musste", "ich sollte", "das ziel",
  "unser ziel", "ich war verantwortlich", "die herausforderung", "die aufgabe",
  NULL
};

static const char * const action_cues[] = {
  "i decided", "i started", "i created", "i organised", "i organized", "i implemented",
  "i talked", "i spoke", "i set up", "i wrote", "i built", "i designed", "i proposed",
  "i suggested", "i worked", "i scheduled", "i met", "i asked", "i reached out", "i analysed",
  "i analyzed", "i investigated", "i introduced", "i led", "i coordinated", "i prioritised",
  "i prioritized", "i refactored", "i added", "i took", "i made", "i used", "i changed",
  "i explained", "i listened", "i called", "i split", "i broke", "i automated", "i fixed",
  "i negotiated", "i trained", "i documented", "i escalated", "i restored", "i told",
  "i informed", "i contacted", "i reviewed", "i tested", "i rewrote", "i moved", "i planned",
  "i prepared", "i presented", "i helped", "i gathered", "i compared", "i tracked",
  "i reverted", "i rolled back", "i paired", "i offered", "i volunteered", "first i", "then i",
  "next i", "i then", "i first", "ich habe", "ich entschied", "ich begann", "zuerst habe ich",
  "dann habe ich", "ich organisierte", "ich schlug", "ich sprach",
  NULL
};

static const char * const result_cues[] = {
  "as a result", "in the end", "the result", "resulted in", "the outcome", "led to",
  "which meant", "ultimately", "eventually", "finally", "reduced", "increased", "improved",
  "saved", "we delivered", "we shipped", "we launched", "percent", "i learned", "i learnt",
  "lesson", "afterwards", "since then", "from then on", "was successful", "succeeded",
  "das ergebnis", "im ergebnis", "dadurch", "am ende", "schließlich", "letztendlich",
  "konnten wir", "prozent", "ich habe gelernt", "danach",
  NULL
};

/* Situational questions are hypothetical: "what would you do". */
static const char * const hypothetical_situation_cues[] = {
  "first understand", "find out", "clarify", "ask what", "ask questions", "listen", "gather",
  "look at", "depends on", "zuerst verstehen", "herausfinden", "nachfragen",
  NULL
};
static const char * const hypothetical_task_cues[] = {
  "priority", "prioritise", "prioritize", "the goal", "most important", "the impact", "the risk",
  "the deadline", "priorität", "das wichtigste",
  NULL
};
static const char * const hypothetical_action_cues[] = {
  "i would", "i'd", "i’d", "i will", "first", "then", "next", "after that", "ich würde",
  "zuerst", "dann",
  NULL
};
static const char * const hypothetical_result_cues[] = {
  "so that", "to make sure", "to ensure", "follow up", "the outcome", "in the end", "afterwards",
  "the result", "lessons", "damit", "sicherstellen", "am ende",
  NULL
};

static const char * const filler_phrases[] = {
  "um", "uh", "erm", "hmm", "basically", "actually", "literally", "you know", "i mean",
  "kind of", "sort of", "stuff", "whatever", "and so on", "etc", "ähm", "äh", "quasi",
  "sozusagen", "irgendwie",
  NULL
};

/* The first position of any cue, or -1. */
static int
find_cue (Tokens             *tokens,
          const char * const *cues)
{
  int first = -1;

  for (guint i = 0; cues[i] != NULL; i++)
    {
      g_auto(Tokens) cue = { 0, };
      int at;

      tokenize (cues[i], &cue);
      at = find_sequence (tokens->words, cue.words, 0);
      if (at >= 0 && (first < 0 || at < first))
        first = at;
    }
  return first;
}

static guint
count_phrases (Tokens             *tokens,
               const char * const *phrases)
{
  guint count = 0;

  for (guint i = 0; phrases[i] != NULL; i++)
    {
      g_auto(Tokens) phrase = { 0, };
      int at = -1;

      tokenize (phrases[i], &phrase);
      while ((at = find_sequence (tokens->words, phrase.words, at + 1)) >= 0)
        count++;
    }
  return count;
}

static guint
count_word (Tokens     *tokens,
            const char *word)
{
  guint count = 0;

  for (guint i = 0; i < tokens->words->len; i++)
    if (strcmp (g_ptr_array_index (tokens->words, i), word) == 0)
      count++;
  return count;
}

/* Evaluation --------------------------------------------------------------- */

static void
evaluate_concepts (const PursuitPracticeQuestion *question,
                   Tokens                        *tokens,
                   PursuitAnswerEvaluation       *evaluation)
{
  g_autoptr(GStrvBuilder) covered = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) missed = g_strv_builder_new ();
  guint n_concepts = 0, n_covered = 0;

  for (guint i = 0; question->concepts != NULL && question->concepts[i] != NULL; i++)
    {
      g_autofree char *name = first_alternative (question->concepts[i]);

      n_concepts++;
      if (names_concept (tokens, question->concepts[i]))
        {
          n_covered++;
          g_strv_builder_add (covered, name);
        }
      else
        {
          g_strv_builder_add (missed, name);
        }
    }

  evaluation->covered = g_strv_builder_end (covered);
  evaluation->missed = g_strv_builder_end (missed);
  evaluation->coverage = n_concepts > 0 ? (int)(100.0 * n_covered / n_concepts + 0.5) : 0;
}

static void
evaluate_structure (const PursuitPracticeQuestion *question,
                    Tokens                        *tokens,
                    PursuitAnswerEvaluation       *evaluation,
                    GPtrArray                     *feedback)
{
  const char * const *cues[4] = { situation_cues, task_cues, action_cues, result_cues };
  const char * const *hypothetical[4] = {
    hypothetical_situation_cues, hypothetical_task_cues,
    hypothetical_action_cues, hypothetical_result_cues,
  };
  int positions[4];
  guint n_found = 0;
  gboolean in_order = TRUE;
  int last = -1;

  for (guint part = 0; part < 4; part++)
    {
      positions[part] = find_cue (tokens, cues[part]);
      if (question->kind == PURSUIT_QUESTION_SITUATIONAL)
        {
          int other = find_cue (tokens, hypothetical[part]);

          if (other >= 0 && (positions[part] < 0 || other < positions[part]))
            positions[part] = other;
        }
      evaluation->star[part] = positions[part] >= 0;
      if (positions[part] >= 0)
        {
          n_found++;
          if (positions[part] < last)
            in_order = FALSE;
          last = positions[part];
        }
    }

  /* 20 points a part, 20 more when at least three come in STAR order. */
  evaluation->structure = n_found * 20 + (n_found >= 3 && in_order ? 20 : 0);

  if (!evaluation->star[STAR_SITUATION])
    g_ptr_array_add (feedback, g_strdup (question->kind == PURSUIT_QUESTION_SITUATIONAL
                                         ? _("Start by saying what you would want to find out first.")
                                         : _("Set the scene: where were you and what was going on?")));
  if (!evaluation->star[STAR_TASK])
    g_ptr_array_add (feedback, g_strdup (_("Say what had to be achieved and what your part was.")));
  if (!evaluation->star[STAR_ACTION])
    g_ptr_array_add (feedback, g_strdup (_("Describe the steps you took yourself, saying “I”.")));
  if (!evaluation->star[STAR_RESULT])
    g_ptr_array_add (feedback, g_strdup (_("End with the result, ideally with a number, and what you learned.")));
  if (n_found >= 3 && !in_order)
    g_ptr_array_add (feedback, g_strdup (_("Tell it in order: situation, task, action, result.")));

  if (question->kind == PURSUIT_QUESTION_BEHAVIOURAL)
    {
      guint we = count_word (tokens, "we") + count_word (tokens, "wir");
      guint i = count_word (tokens, "i") + count_word (tokens, "ich");

      if (we >= 4 && we > 2 * i)
        g_ptr_array_add (feedback,
                         g_strdup (_("Say more about your own part: the answer says “we” far more than “I”.")));
    }
}

static guint
expected_words (const PursuitPracticeQuestion *question)
{
  switch (question->kind)
    {
    case PURSUIT_QUESTION_TECHNICAL:
      return 40;
    case PURSUIT_QUESTION_BEHAVIOURAL:
      return 80;
    case PURSUIT_QUESTION_SITUATIONAL:
    default:
      return 60;
    }
}

static void
evaluate_clarity (const PursuitPracticeQuestion *question,
                  Tokens                        *tokens,
                  guint                          seconds,
                  gboolean                       truncated,
                  PursuitAnswerEvaluation       *evaluation,
                  GPtrArray                     *feedback)
{
  guint n_words = tokens->words->len;
  guint wanted = expected_words (question);
  double clarity = 100;
  double per_sentence = (double)n_words / MAX (tokens->n_sentences, 1);
  guint fillers = count_phrases (tokens, filler_phrases);

  if (n_words < wanted)
    {
      clarity -= 60.0 * (1.0 - (double)n_words / wanted);
      g_ptr_array_add (feedback,
                       g_strdup_printf (ngettext ("The answer is short: aim for at least %u word, with an example.",
                                                  "The answer is short: aim for at least %u words, with an example.",
                                                  wanted),
                                        wanted));
    }
  else if (n_words > 700 || truncated)
    {
      clarity -= 15;
      g_ptr_array_add (feedback, g_strdup (_("The answer is very long: lead with your main point and keep to it.")));
    }

  if (per_sentence > 30)
    {
      clarity -= MIN (30, (per_sentence - 30) * 2);
      g_ptr_array_add (feedback,
                       g_strdup_printf (_("Sentences run long (%u words on average): split them."),
                                        (guint)(per_sentence + 0.5)));
    }

  if (n_words > 0 && fillers * 50 > n_words)
    {
      clarity -= MIN (30, 500.0 * fillers / n_words);
      g_ptr_array_add (feedback,
                       g_strdup_printf (ngettext ("Drop filler words such as “basically” or “you know”: %u found.",
                                                  "Drop filler words such as “basically” or “you know”: %u found.",
                                                  fillers),
                                        fillers));
    }

  if (seconds > 0 && question->seconds > 0 && seconds > 2 * question->seconds)
    {
      clarity -= 5;
      g_ptr_array_add (feedback,
                       g_strdup_printf (_("It took %u:%02u for a question meant for about %u:%02u: practise a shorter version."),
                                        seconds / 60, seconds % 60,
                                        question->seconds / 60, question->seconds % 60));
    }

  evaluation->clarity = CLAMP ((int)(clarity + 0.5), 0, 100);
}

static int
combine (const PursuitPracticeQuestion *question,
         const PursuitAnswerEvaluation *evaluation)
{
  gboolean has_concepts = question->concepts != NULL && question->concepts[0] != NULL;
  double score;

  if (question->kind == PURSUIT_QUESTION_TECHNICAL)
    score = 0.75 * evaluation->coverage + 0.25 * evaluation->clarity;
  else if (has_concepts)
    score = 0.35 * evaluation->structure + 0.35 * evaluation->coverage + 0.3 * evaluation->clarity;
  else
    score = 0.6 * evaluation->structure + 0.4 * evaluation->clarity;

  return CLAMP ((int)(score + 0.5), 0, 100);
}

/* The text to look at: valid UTF-8, at most MAX_EVALUATED_BYTES, cut on a
 * character boundary. */
static char *
prepare_answer (const char *answer,
                gboolean   *truncated)
{
  g_autofree char *valid = g_utf8_make_valid (answer != NULL ? answer : "", -1);
  gsize length = strlen (valid);

  *truncated = length > MAX_EVALUATED_BYTES;
  if (*truncated)
    {
      const char *end = g_utf8_find_prev_char (valid, valid + MAX_EVALUATED_BYTES + 1);

      valid[end - valid] = '\0';
    }
  return g_steal_pointer (&valid);
}

/**
 * pursuit_practice_evaluate_answer:
 * @question: what was asked
 * @answer: (nullable): what the user typed, any bytes
 * @seconds: time taken, 0 when unknown
 *
 * Returns: (transfer full): the local evaluation
 */
PursuitAnswerEvaluation *
pursuit_practice_evaluate_answer (const PursuitPracticeQuestion *question,
                                  const char                    *answer,
                                  guint                          seconds)
{
  g_autoptr(PursuitAnswerEvaluation) evaluation = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  g_auto(Tokens) tokens = { 0, };
  g_autofree char *text = NULL;
  gboolean truncated;

  g_return_val_if_fail (question != NULL, NULL);

  evaluation = g_new0 (PursuitAnswerEvaluation, 1);
  feedback = g_ptr_array_new_with_free_func (g_free);
  text = prepare_answer (answer, &truncated);
  tokenize (text, &tokens);

  evaluate_concepts (question, &tokens, evaluation);

  if (tokens.words->len == 0)
    {
      g_ptr_array_add (feedback, g_strdup (_("No answer was given.")));
      g_ptr_array_add (feedback, NULL);
      evaluation->feedback = (char **)g_ptr_array_free (g_steal_pointer (&feedback), FALSE);
      return g_steal_pointer (&evaluation);
    }

  if (question->kind == PURSUIT_QUESTION_TECHNICAL)
    {
      if (evaluation->missed[0] == NULL)
        g_ptr_array_add (feedback, g_strdup (_("All the key concepts are there.")));
      else
        {
          g_autofree char *missed = g_strjoinv (", ", evaluation->missed);

          g_ptr_array_add (feedback, g_strdup_printf (_("Also cover: %s."), missed));
        }
    }
  else
    {
      evaluate_structure (question, &tokens, evaluation, feedback);
    }

  evaluate_clarity (question, &tokens, seconds, truncated, evaluation, feedback);
  evaluation->score = combine (question, evaluation);

  if (evaluation->score >= 80)
    g_ptr_array_insert (feedback, 0, g_strdup (_("A strong answer.")));

  g_ptr_array_add (feedback, NULL);
  evaluation->feedback = (char **)g_ptr_array_free (g_steal_pointer (&feedback), FALSE);

  return g_steal_pointer (&evaluation);
}
