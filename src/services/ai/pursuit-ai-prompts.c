/* pursuit-ai-prompts.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-ai"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "pursuit-ai-prompts-private.h"
#include "pursuit-html-text.h"

/* Prompts are instructions for the model, so they stay in English; the
 * model is asked to answer in the user's language. What goes in is what
 * the user sees in Preferences: the posting, the gap analysis, the
 * profile's skills and the typed answer; never the API key. */

#define MAX_DESCRIPTION  (6 * 1024)
#define MAX_ANSWER       (8 * 1024)
#define MAX_ITEM         500
#define MAX_ITEMS        20

char *
_pursuit_ai_clip (const char *text,
                  gsize       max)
{
  g_autofree char *valid = NULL;
  gsize len;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  len = strlen (valid);
  if (len <= max)
    return g_steal_pointer (&valid);

  while (max > 0 && ((guchar)valid[max] & 0xC0) == 0x80)
    max--;

  return g_strndup (valid, max);
}

char *
_pursuit_ai_plain_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  g_autoptr(GString) plain = g_string_new (NULL);
  g_auto(GStrv) lines = g_strsplit (valid, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      while (*line == ' ' || *line == '\t')
        line++;
      /* A fence line says nothing. */
      if (g_str_has_prefix (line, "```"))
        continue;
      g_string_append (plain, lines[i]);
      g_string_append_c (plain, '\n');
    }

  g_string_replace (plain, "**", "", 0);

  return g_strstrip (g_string_free (g_steal_pointer (&plain), FALSE));
}

static void
append_language (GString *prompt)
{
  const char * const *names = g_get_language_names ();

  if (names[0] != NULL && g_strcmp0 (names[0], "C") != 0 && g_strcmp0 (names[0], "POSIX") != 0)
    g_string_append_printf (prompt, "\n\nWrite in the language of the locale %s.", names[0]);
}

const char *
_pursuit_ai_system_explain_match (void)
{
  return "You are a careful career coach. Given a job posting and a skills gap analysis, explain "
         "in two or three short paragraphs of plain text (no Markdown, no lists) how well the "
         "candidate fits and what they should learn or show first. Only use the facts given; do not "
         "invent skills or experience.";
}

const char *
_pursuit_ai_system_cover_letter (void)
{
  return "You write honest, concise cover letters (under 300 words) in plain text, with no "
         "placeholders in brackets and no Markdown. Only claim skills and experience the candidate "
         "has; a missing skill may be mentioned as something the candidate is learning, with the "
         "related skill that carries over.";
}

const char *
_pursuit_ai_system_evaluate_answer (void)
{
  return "You evaluate answers given in a mock job interview. Reply with one JSON object and "
         "nothing else: {\"score\": an integer from 0 to 100, \"covered\": [concepts the answer "
         "explains], \"missed\": [expected concepts it leaves out], \"feedback\": [one to three short "
         "tips in plain text]}.";
}

static void
append_field (GString    *prompt,
              const char *name,
              const char *value)
{
  g_autofree char *clipped = NULL;

  if (value == NULL || *value == '\0')
    return;

  clipped = _pursuit_ai_clip (value, MAX_ITEM);
  g_string_append_printf (prompt, "%s: %s\n", name, clipped);
}

static void
append_job (GString    *prompt,
            PursuitJob *job)
{
  g_autofree char *description = _pursuit_ai_clip (pursuit_job_get_description (job), MAX_DESCRIPTION);

  g_string_append (prompt, "Job posting\n");
  append_field (prompt, "Title", pursuit_job_get_title (job));
  append_field (prompt, "Company", pursuit_job_get_company (job));
  append_field (prompt, "Location", pursuit_job_get_location (job));
  if (description != NULL && *description != '\0')
    g_string_append_printf (prompt, "Description:\n%s\n", description);
}

static void
append_match (GString            *prompt,
              PursuitMatchResult *match)
{
  g_auto(GStrv) lines = NULL;

  if (match == NULL)
    return;

  g_string_append_printf (prompt, "\nGap analysis (match score %d of 100)\n",
                          pursuit_match_result_get_score (match));
  for (guint i = 0; i < pursuit_match_result_get_n_skills (match); i++)
    {
      const PursuitSkillMatch *skill = pursuit_match_result_get_skill (match, i);

      g_string_append_printf (prompt, "- %s (%s): %s", skill->name,
                              skill->required ? "required" : "preferred",
                              pursuit_skill_match_kind_to_string (skill->kind));
      if (skill->kind == PURSUIT_SKILL_MATCH_TRANSFERABLE && skill->transfer_from != NULL)
        g_string_append_printf (prompt, " via %s (relevance %.0f %%)", skill->transfer_from,
                                skill->relevance * 100);
      if (skill->user_level != PURSUIT_SKILL_LEVEL_NONE)
        g_string_append_printf (prompt, ", candidate level %s",
                                pursuit_skill_level_to_string (skill->user_level));
      g_string_append_c (prompt, '\n');
    }

  lines = pursuit_match_result_describe (match);
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    g_string_append_printf (prompt, "%s\n", lines[i]);
}

char *
_pursuit_ai_prompt_explain_match (PursuitJob         *job,
                                  PursuitMatchResult *match)
{
  GString *prompt = g_string_new (NULL);

  append_job (prompt, job);
  append_match (prompt, match);
  append_language (prompt);

  return g_string_free (prompt, FALSE);
}

char *
_pursuit_ai_prompt_cover_letter (PursuitJob         *job,
                                 PursuitProfile     *profile,
                                 PursuitMatchResult *match)
{
  GString *prompt = g_string_new (NULL);

  append_job (prompt, job);
  if (profile != NULL)
    {
      guint n = pursuit_profile_get_n_skills (profile);
      double years = pursuit_profile_get_years_of_experience (profile);

      g_string_append (prompt, "\nCandidate\n");
      append_field (prompt, "Name", pursuit_profile_get_name (profile));
      append_field (prompt, "Headline", pursuit_profile_get_headline (profile));
      if (years > 0)
        g_string_append_printf (prompt, "Years of experience: %.0f\n", years);
      if (pursuit_profile_get_education (profile) != PURSUIT_EDUCATION_NONE)
        append_field (prompt, "Education",
                      pursuit_education_level_to_string (pursuit_profile_get_education (profile)));
      if (n > 0)
        g_string_append (prompt, "Skills:");
      for (guint i = 0; i < MIN (n, 60); i++)
        {
          PursuitSkillLevel level = PURSUIT_SKILL_LEVEL_NONE;
          const char *name = pursuit_profile_get_skill (profile, i, &level);
          g_autofree char *clipped = _pursuit_ai_clip (name, 80);

          g_string_append_printf (prompt, "%s %s", i > 0 ? "," : "", clipped);
          if (level != PURSUIT_SKILL_LEVEL_NONE)
            g_string_append_printf (prompt, " (%s)", pursuit_skill_level_to_string (level));
        }
      if (n > 0)
        g_string_append_c (prompt, '\n');
    }
  append_match (prompt, match);
  append_language (prompt);

  return g_string_free (prompt, FALSE);
}

char *
_pursuit_ai_prompt_evaluate_answer (const PursuitPracticeQuestion *question,
                                    const char                    *answer)
{
  GString *prompt = g_string_new (NULL);
  g_autofree char *clipped = _pursuit_ai_clip (answer != NULL ? answer : "", MAX_ANSWER);

  g_string_append_printf (prompt, "Question (%s", pursuit_question_kind_to_string (question->kind));
  if (question->skill != NULL)
    g_string_append_printf (prompt, ", skill %s", question->skill);
  g_string_append_printf (prompt, ", difficulty %d of 3):\n%s\n", question->difficulty,
                          question->text != NULL ? question->text : "");

  if (question->concepts != NULL && question->concepts[0] != NULL)
    {
      g_string_append (prompt, "Expected concepts (alternatives separated by |):\n");
      for (guint i = 0; question->concepts[i] != NULL; i++)
        g_string_append_printf (prompt, "- %s\n", question->concepts[i]);
    }
  if (question->kind != PURSUIT_QUESTION_TECHNICAL)
    g_string_append (prompt, "A good answer follows STAR: situation, task, action, result.\n");

  g_string_append_printf (prompt, "\nAnswer:\n%s\n", clipped);
  append_language (prompt);

  return g_string_free (prompt, FALSE);
}

/* Verdict ------------------------------------------------------------------ */

/* The object between the first "{" and the last "}": models like to wrap
 * JSON in fences or a sentence. */
static JsonObject *
find_object (const char  *text,
             JsonParser  *parser)
{
  const char *start = strchr (text, '{');
  const char *end = strrchr (text, '}');
  JsonNode *root;

  if (start == NULL || end == NULL || end < start)
    return NULL;
  if (!json_parser_load_from_data (parser, start, end - start + 1, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return json_node_get_object (root);
}

/* The strings of an array member (others skipped), or NULL when the
 * member is missing or not an array. */
static char **
read_strings (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  GPtrArray *strings;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  array = json_node_get_array (node);
  strings = g_ptr_array_new ();
  for (guint i = 0; i < json_array_get_length (array) && strings->len < MAX_ITEMS; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *text = NULL;

      if (json_node_get_value_type (element) != G_TYPE_STRING)
        continue;
      text = _pursuit_ai_clip (json_node_get_string (element), MAX_ITEM);
      g_strstrip (text);
      if (*text != '\0')
        g_ptr_array_add (strings, g_steal_pointer (&text));
    }
  g_ptr_array_add (strings, NULL);

  return (char **)g_ptr_array_free (strings, FALSE);
}

static gboolean
read_score (JsonObject *object,
            int        *out_score)
{
  JsonNode *node = json_object_get_member (object, "score");
  double value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      value = json_node_get_int (node);
      break;
    case G_TYPE_DOUBLE:
      value = json_node_get_double (node);
      break;
    default:
      return FALSE;
    }

  if (!isfinite (value))
    return FALSE;

  *out_score = (int)round (CLAMP (value, 0.0, 100.0));
  return TRUE;
}

static void
replace_strv (char ***target,
              char  **value)
{
  if (value == NULL)
    return;
  g_strfreev (*target);
  *target = value;
}

PursuitAnswerEvaluation *
_pursuit_ai_merge_evaluation (const char                    *text,
                              const PursuitAnswerEvaluation *local,
                              gboolean                       technical,
                              GError                       **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PursuitAnswerEvaluation) merged = NULL;
  g_autoptr(GPtrArray) feedback = NULL;
  g_auto(GStrv) ai_feedback = NULL;
  JsonObject *object;
  int score;

  object = find_object (text, parser);
  if (object == NULL || !read_score (object, &score))
    {
      g_debug ("The AI's verdict is not the JSON asked for");
      g_set_error (error, PURSUIT_AI_ERROR, PURSUIT_AI_ERROR_BAD_RESPONSE, "%s",
                   _("The AI endpoint did not answer with an evaluation."));
      return NULL;
    }

  merged = pursuit_answer_evaluation_copy (local);
  merged->from_ai = TRUE;
  /* The content is the AI's to judge; clarity stays the local measure. */
  if (technical)
    merged->coverage = score;
  merged->score = (int)round ((3.0 * score + local->clarity) / 4.0);
  replace_strv (&merged->covered, read_strings (object, "covered"));
  replace_strv (&merged->missed, read_strings (object, "missed"));

  ai_feedback = read_strings (object, "feedback");
  feedback = g_ptr_array_new ();
  for (guint i = 0; ai_feedback != NULL && ai_feedback[i] != NULL; i++)
    g_ptr_array_add (feedback, g_strdup (ai_feedback[i]));
  for (guint i = 0; local->feedback != NULL && local->feedback[i] != NULL; i++)
    if (ai_feedback == NULL || !g_strv_contains ((const char * const *)ai_feedback, local->feedback[i]))
      g_ptr_array_add (feedback, g_strdup (local->feedback[i]));
  g_ptr_array_add (feedback, NULL);
  g_strfreev (merged->feedback);
  merged->feedback = (char **)g_ptr_array_free (g_steal_pointer (&feedback), FALSE);

  return g_steal_pointer (&merged);
}

const char *
_pursuit_ai_system_company_summary (void)
{
  return "You tell a job seeker what a company does. Given what its job postings say about it, "
         "answer in at most three short sentences of plain text (no Markdown, no lists, no HTML): "
         "what it makes or offers, for whom, and anything notable for an applicant such as its "
         "size or locations. Only use the facts given; if they say little, say so in one sentence.";
}

#define MAX_SUMMARY_JOBS 5
#define MAX_COMPANY_DESCRIPTION (2 * 1024)
#define MAX_JOB_DESCRIPTION (3 * 1024)

char *
_pursuit_ai_prompt_company_summary (PursuitCompany *company,
                                    GPtrArray      *jobs)
{
  g_autoptr(GString) prompt = g_string_new ("Company\n");
  g_autofree char *description = NULL;
  const char * const *names = pursuit_company_get_names (company);
  const char * const *locations = pursuit_company_get_locations (company);
  guint n_jobs = 0;

  append_field (prompt, "Name", pursuit_company_get_name (company));
  for (guint i = 0; names[i] != NULL && i < MAX_ITEMS; i++)
    if (g_strcmp0 (names[i], pursuit_company_get_name (company)) != 0)
      append_field (prompt, "Also written", names[i]);
  append_field (prompt, "Website", pursuit_company_get_website (company));
  append_field (prompt, "Industry", pursuit_company_get_industry (company));
  append_field (prompt, "Employees", pursuit_company_get_size (company));
  for (guint i = 0; locations[i] != NULL && i < MAX_ITEMS; i++)
    append_field (prompt, "Location", locations[i]);

  description = _pursuit_ai_clip (pursuit_company_get_description (company), MAX_COMPANY_DESCRIPTION);
  if (description != NULL && *description != '\0')
    g_string_append_printf (prompt, "About:\n%s\n", description);

  for (guint i = 0; jobs != NULL && i < jobs->len && n_jobs < MAX_SUMMARY_JOBS; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      g_autofree char *job_description = NULL;

      if (!PURSUIT_IS_JOB (job))
        continue;

      n_jobs++;
      g_string_append_printf (prompt, "\nPosting %u\n", n_jobs);
      append_field (prompt, "Title", pursuit_job_get_title (job));
      append_field (prompt, "Location", pursuit_job_get_location (job));
      job_description = _pursuit_ai_clip (pursuit_job_get_description (job), MAX_JOB_DESCRIPTION);
      if (job_description != NULL && *job_description != '\0')
        g_string_append_printf (prompt, "Description:\n%s\n", job_description);
    }

  append_language (prompt);

  return _pursuit_ai_clip (prompt->str, PURSUIT_AI_MAX_PROMPT);
}

/* Where a sentence ends: ".", "!" or "?" (and their full-width forms)
 * followed by white space or the end. */
static gboolean
ends_sentence (const char *p)
{
  gunichar c = g_utf8_get_char (p);
  const char *next = g_utf8_next_char (p);

  if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F)
    return TRUE;
  if (c != '.' && c != '!' && c != '?')
    return FALSE;

  return *next == '\0' || g_unichar_isspace (g_utf8_get_char (next));
}

char *
_pursuit_ai_summary_text (const char *text,
                          guint       max_sentences)
{
  g_autofree char *plain = _pursuit_ai_plain_text (text);
  g_autofree char *line = NULL;
  g_autoptr(GString) bare = g_string_new (NULL);
  gboolean in_tag = FALSE;
  guint n_sentences = 0;
  const char *p;

  /* Tags and Markdown the model wrote anyway are dropped, not shown. */
  for (p = plain; *p != '\0'; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (in_tag)
        in_tag = *p != '>';
      else if (*p != '>' && *p != '*' && *p != '#' && *p != '`')
        g_string_append_c (bare, *p);
    }

  /* One paragraph, as a posting's inline text is made one line. */
  line = pursuit_html_inline_to_text (bare->str);
  if (line == NULL)
    return g_strdup ("");

  for (p = line; *p != '\0' && n_sentences < max_sentences; p = g_utf8_next_char (p))
    if (ends_sentence (p))
      n_sentences++;

  return g_strstrip (g_strndup (line, p - line));
}
