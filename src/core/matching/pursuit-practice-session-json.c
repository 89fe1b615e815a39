/* pursuit-practice-session-json.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-practice"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "pursuit-json-private.h"
#include "pursuit-practice-private.h"
#include "pursuit-practice-session.h"

/* A session's JSON for the store (pursuit_practice_session_to_json and
 * _new_from_json), kept apart from the record and its report. */

#define MAX_JSON_BYTES     (16 * 1024 * 1024)
#define MAX_QUESTIONS      100
#define MAX_LIST_ITEMS     64
#define MAX_DEPTH          16

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_evaluation (JsonBuilder                   *builder,
                const PursuitAnswerEvaluation *evaluation)
{
  json_builder_begin_object (builder);
  add_int (builder, "coverage", evaluation->coverage);
  add_int (builder, "structure", evaluation->structure);
  add_int (builder, "clarity", evaluation->clarity);
  add_int (builder, "score", evaluation->score);
  json_builder_set_member_name (builder, "star");
  json_builder_begin_array (builder);
  for (guint part = 0; part < 4; part++)
    json_builder_add_boolean_value (builder, evaluation->star[part]);
  json_builder_end_array (builder);
  _pursuit_json_add_strv (builder, "covered", (const char * const *)evaluation->covered);
  _pursuit_json_add_strv (builder, "missed", (const char * const *)evaluation->missed);
  _pursuit_json_add_strv (builder, "feedback", (const char * const *)evaluation->feedback);
  json_builder_set_member_name (builder, "from_ai");
  json_builder_add_boolean_value (builder, evaluation->from_ai);
  json_builder_end_object (builder);
}

static void
add_question (JsonBuilder                   *builder,
              const PursuitPracticeQuestion *question,
              const Answer                  *answer)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, question->id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, pursuit_question_kind_to_string (question->kind));
  json_builder_set_member_name (builder, "focus");
  json_builder_add_string_value (builder, pursuit_question_focus_to_string (question->focus));
  _pursuit_json_add_string_or_null (builder, "skill", question->skill);
  add_int (builder, "difficulty", question->difficulty);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, question->text);
  _pursuit_json_add_strv (builder, "concepts", (const char * const *)question->concepts);
  add_int (builder, "seconds", question->seconds);

  json_builder_set_member_name (builder, "answer");
  if (answer->text != NULL && answer->evaluation != NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, answer->text);
      add_int (builder, "seconds", answer->seconds);
      json_builder_set_member_name (builder, "evaluation");
      add_evaluation (builder, answer->evaluation);
      json_builder_end_object (builder);
    }
  else
    {
      json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
}

/**
 * pursuit_practice_session_to_json:
 *
 * {"version": 1, "id", "job_id", "created_at", "finished_at",
 * "questions": [{"id", "kind", "focus", "skill", "difficulty", "text",
 * "concepts", "seconds", "answer": null or {"text", "seconds",
 * "evaluation": {"coverage", "structure", "clarity", "score", "star":
 * [4 booleans], "covered", "missed", "feedback", "from_ai"}}}],
 * "report": null while open, else {"technical", "behavioural",
 * "communication", "overall", "strengths", "weaknesses",
 * "flagged_claims"}}
 *
 * Returns: (transfer full): the session as JSON
 */
char *
pursuit_practice_session_to_json (PursuitPracticeSession *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  g_return_val_if_fail (PURSUIT_IS_PRACTICE_SESSION (self), NULL);

  json_builder_begin_object (builder);
  add_int (builder, "version", 1);
  add_int (builder, "id", self->id);
  add_int (builder, "job_id", self->job_id);
  add_int (builder, "created_at", self->created_at);
  add_int (builder, "finished_at", self->finished_at);

  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->questions->len; i++)
    add_question (builder, g_ptr_array_index (self->questions, i), &self->answers[i]);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "report");
  if (self->finished_at > 0)
    {
      json_builder_begin_object (builder);
      add_int (builder, "technical", self->technical);
      add_int (builder, "behavioural", self->behavioural);
      add_int (builder, "communication", self->communication);
      add_int (builder, "overall", self->overall);
      _pursuit_json_add_strv (builder, "strengths", pursuit_practice_session_get_strengths (self));
      _pursuit_json_add_strv (builder, "weaknesses", pursuit_practice_session_get_weaknesses (self));
      _pursuit_json_add_strv (builder, "flagged_claims", pursuit_practice_session_get_flagged_claims (self));
      json_builder_end_object (builder);
    }
  else
    {
      json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);

  return _pursuit_json_builder_to_data (builder);
}

/* Reading: every member is checked; the first problem names where it is. */

typedef struct
{
  GError **error;
  char    *where;
} Reader;

static gboolean
fail (Reader     *reader,
      const char *member,
      const char *problem)
{
  g_set_error (reader->error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("Practice session: %s%s%s %s"),
               reader->where != NULL ? reader->where : "",
               reader->where != NULL && member[0] != '\0' ? "." : "", member, problem);
  return FALSE;
}

static gboolean
read_int (Reader     *reader,
          JsonObject *object,
          const char *member,
          gint64      min,
          gint64      max,
          gint64     *out)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fail (reader, member, _("is not a whole number"));
  value = json_node_get_int (node);
  if (value < min || value > max)
    return fail (reader, member, _("is out of range"));
  *out = value;
  return TRUE;
}

static gboolean
read_int32 (Reader     *reader,
            JsonObject *object,
            const char *member,
            int         min,
            int         max,
            int        *out)
{
  gint64 value;

  if (!read_int (reader, object, member, min, max, &value))
    return FALSE;
  *out = (int)value;
  return TRUE;
}

static gboolean
read_boolean (Reader     *reader,
              JsonNode   *node,
              const char *member,
              gboolean   *out)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (reader, member, _("is not true or false"));
  *out = json_node_get_boolean (node);
  return TRUE;
}

/* @nullable: NULL or absent gives *out = NULL. */
static gboolean
read_string (Reader      *reader,
             JsonObject  *object,
             const char  *member,
             gboolean     nullable,
             gsize        max_bytes,
             char       **out)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value;

  *out = NULL;
  if (nullable && (node == NULL || JSON_NODE_HOLDS_NULL (node)))
    return TRUE;
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (reader, member, _("is not a string"));
  value = json_node_get_string (node);
  if (strlen (value) > max_bytes)
    return fail (reader, member, _("is too long"));
  if (!nullable && value[0] == '\0')
    return fail (reader, member, _("is empty"));
  *out = g_strdup (value);
  return TRUE;
}

static gboolean
read_strv (Reader      *reader,
           JsonObject  *object,
           const char  *member,
           char      ***out)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return fail (reader, member, _("is not a list"));
  array = json_node_get_array (node);
  if (json_array_get_length (array) > MAX_LIST_ITEMS)
    return fail (reader, member, _("has too many items"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        return fail (reader, member, _("holds something that is not a string"));
      if (strlen (json_node_get_string (element)) > 4096)
        return fail (reader, member, _("holds a string that is too long"));
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static JsonObject *
read_object (Reader     *reader,
             JsonObject *object,
             const char *member,
             gboolean   *is_null)
{
  JsonNode *node = json_object_get_member (object, member);

  *is_null = node == NULL || JSON_NODE_HOLDS_NULL (node);
  if (*is_null)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (reader, member, _("is not an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

static PursuitAnswerEvaluation *
read_evaluation (Reader     *reader,
                 JsonObject *object)
{
  g_autoptr(PursuitAnswerEvaluation) evaluation = g_new0 (PursuitAnswerEvaluation, 1);
  JsonNode *star = json_object_get_member (object, "star");

  if (!read_int32 (reader, object, "coverage", 0, 100, &evaluation->coverage) ||
      !read_int32 (reader, object, "structure", 0, 100, &evaluation->structure) ||
      !read_int32 (reader, object, "clarity", 0, 100, &evaluation->clarity) ||
      !read_int32 (reader, object, "score", 0, 100, &evaluation->score) ||
      !read_strv (reader, object, "covered", &evaluation->covered) ||
      !read_strv (reader, object, "missed", &evaluation->missed) ||
      !read_strv (reader, object, "feedback", &evaluation->feedback) ||
      !read_boolean (reader, json_object_get_member (object, "from_ai"), "from_ai", &evaluation->from_ai))
    return NULL;

  if (star == NULL || !JSON_NODE_HOLDS_ARRAY (star) || json_array_get_length (json_node_get_array (star)) != 4)
    return fail (reader, "star", _("is not a list of four booleans")), NULL;
  for (guint part = 0; part < 4; part++)
    if (!read_boolean (reader, json_array_get_element (json_node_get_array (star), part), "star",
                       &evaluation->star[part]))
      return NULL;

  return g_steal_pointer (&evaluation);
}

static gboolean
read_answer (Reader     *reader,
             JsonObject *object,
             Answer     *answer)
{
  g_autofree char *where = NULL;
  JsonObject *evaluation;
  gboolean is_null;
  gint64 seconds;

  if (!read_string (reader, object, "text", TRUE, MAX_ANSWER_BYTES, &answer->text) ||
      !read_int (reader, object, "seconds", 0, MAX_ANSWER_SECONDS, &seconds))
    return FALSE;
  if (answer->text == NULL)
    return fail (reader, "text", _("is missing"));
  answer->seconds = seconds;

  evaluation = read_object (reader, object, "evaluation", &is_null);
  if (evaluation == NULL)
    return is_null ? fail (reader, "evaluation", _("is missing")) : FALSE;

  where = g_strdup_printf ("%s.evaluation", reader->where);
  g_free (reader->where);
  reader->where = g_steal_pointer (&where);
  answer->evaluation = read_evaluation (reader, evaluation);
  return answer->evaluation != NULL;
}

static PursuitPracticeQuestion *
read_question (Reader     *reader,
               JsonObject *object)
{
  g_autoptr(PursuitPracticeQuestion) question = g_new0 (PursuitPracticeQuestion, 1);
  g_autofree char *kind = NULL;
  g_autofree char *focus = NULL;
  gint64 seconds;

  if (!read_string (reader, object, "id", FALSE, 256, &question->id) ||
      !read_string (reader, object, "kind", FALSE, 32, &kind) ||
      !read_string (reader, object, "focus", FALSE, 32, &focus) ||
      !read_string (reader, object, "skill", TRUE, 256, &question->skill) ||
      !read_int32 (reader, object, "difficulty", 1, 3, &question->difficulty) ||
      !read_string (reader, object, "text", FALSE, 4096, &question->text) ||
      !read_strv (reader, object, "concepts", &question->concepts) ||
      !read_int (reader, object, "seconds", 0, MAX_ANSWER_SECONDS, &seconds))
    return NULL;

  if (!_pursuit_question_kind_from_string (kind, &question->kind))
    return fail (reader, "kind", _("is not a known kind")), NULL;
  if (!_pursuit_question_focus_from_string (focus, &question->focus))
    return fail (reader, "focus", _("is not a known focus")), NULL;
  question->seconds = seconds;

  return g_steal_pointer (&question);
}

static gboolean
read_questions (Reader                 *reader,
                JsonObject             *root,
                gint64                  job_id,
                PursuitPracticeSession **out)
{
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(PursuitPracticeSession) session = NULL;
  JsonNode *node = json_object_get_member (root, "questions");
  JsonArray *array;
  guint n;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return fail (reader, "questions", _("is not a list"));
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n > MAX_QUESTIONS)
    return fail (reader, "questions", _("has too many items"));

  questions = g_ptr_array_new_with_free_func ((GDestroyNotify)pursuit_practice_question_free);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      PursuitPracticeQuestion *question;

      g_free (reader->where);
      reader->where = g_strdup_printf ("questions[%u]", i);
      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail (reader, "", _("is not an object"));
      question = read_question (reader, json_node_get_object (element));
      if (question == NULL)
        return FALSE;
      g_ptr_array_add (questions, question);
    }

  session = _pursuit_practice_session_new_unchecked (job_id, questions);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      JsonObject *answer;
      gboolean is_null;

      g_free (reader->where);
      reader->where = g_strdup_printf ("questions[%u]", i);
      answer = read_object (reader, object, "answer", &is_null);
      if (answer == NULL && !is_null)
        return FALSE;
      if (answer == NULL)
        continue;
      g_free (reader->where);
      reader->where = g_strdup_printf ("questions[%u].answer", i);
      if (!read_answer (reader, answer, &session->answers[i]))
        return FALSE;
    }

  *out = g_steal_pointer (&session);
  return TRUE;
}

static gboolean
read_report (Reader                 *reader,
             JsonObject             *root,
             PursuitPracticeSession *session)
{
  JsonObject *report;
  gboolean is_null;

  g_clear_pointer (&reader->where, g_free);
  report = read_object (reader, root, "report", &is_null);
  if (report == NULL && !is_null)
    return FALSE;
  if ((report != NULL) != (session->finished_at > 0))
    return fail (reader, "report", _("does not agree with finished_at"));
  if (report == NULL)
    return TRUE;

  reader->where = g_strdup ("report");
  return read_int32 (reader, report, "technical", -1, 100, &session->technical) &&
         read_int32 (reader, report, "behavioural", -1, 100, &session->behavioural) &&
         read_int32 (reader, report, "communication", -1, 100, &session->communication) &&
         read_int32 (reader, report, "overall", -1, 100, &session->overall) &&
         read_strv (reader, report, "strengths", &session->strengths) &&
         read_strv (reader, report, "weaknesses", &session->weaknesses) &&
         read_strv (reader, report, "flagged_claims", &session->flagged_claims);
}

/**
 * pursuit_practice_session_new_from_json:
 * @json: what pursuit_practice_session_to_json() wrote
 * @error: G_IO_ERROR_INVALID_DATA, naming the member, on anything malformed
 *
 * Returns: (transfer full) (nullable): the session
 */
PursuitPracticeSession *
pursuit_practice_session_new_from_json (const char  *json,
                                        GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(PursuitPracticeSession) session = NULL;
  g_autoptr(GError) local_error = NULL;
  Reader reader = { error, NULL };
  JsonNode *root;
  JsonObject *object;
  gint64 version, id, job_id, created_at, finished_at;
  gboolean ok;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (strlen (json) > MAX_JSON_BYTES)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Practice session: the data is too large"));
      return NULL;
    }

  if (!_pursuit_json_is_shallow (json, strlen (json), MAX_DEPTH))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Practice session: the data is nested too deeply"));
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, json, -1, &local_error))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Practice session: not valid JSON: %s"), local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Practice session: not a JSON object"));
      return NULL;
    }
  object = json_node_get_object (root);

  ok = read_int (&reader, object, "version", 1, 1, &version) &&
       read_int (&reader, object, "id", 0, G_MAXINT64, &id) &&
       read_int (&reader, object, "job_id", 0, G_MAXINT64, &job_id) &&
       read_int (&reader, object, "created_at", G_MININT64, G_MAXINT64, &created_at) &&
       read_int (&reader, object, "finished_at", 0, G_MAXINT64, &finished_at) &&
       read_questions (&reader, object, job_id, &session);
  if (ok)
    {
      session->id = id;
      session->created_at = created_at;
      session->finished_at = finished_at;
      ok = read_report (&reader, object, session);
    }
  g_free (reader.where);

  if (!ok)
    return NULL;
  return g_steal_pointer (&session);
}
