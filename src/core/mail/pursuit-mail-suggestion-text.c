/* pursuit-mail-suggestion-text.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* PursuitMailSuggestion written out: the action as a stable string, the
 * question the Inbox panel asks, and the suggestion as JSON. */

#define G_LOG_DOMAIN "pursuit-mail"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-json-private.h"
#include "pursuit-string-table-private.h"
#include "pursuit-mail-suggestion.h"
#include "pursuit-pipeline.h"

static const char * const action_strings[] = {
  "move-stage",
  "create-job",
  "schedule-interview",
  "record",
};

G_STATIC_ASSERT (G_N_ELEMENTS (action_strings) == PURSUIT_SUGGESTION_RECORD + 1);

const char *
pursuit_suggestion_action_to_string (PursuitSuggestionAction action)
{
  return _pursuit_string_table_get (action_strings, G_N_ELEMENTS (action_strings), action, PURSUIT_SUGGESTION_RECORD);
}

/* Unknown strings are "record": the action that changes nothing. */
PursuitSuggestionAction
pursuit_suggestion_action_from_string (const char *string)
{
  return _pursuit_string_table_find (action_strings, G_N_ELEMENTS (action_strings), string, PURSUIT_SUGGESTION_RECORD);
}

/* The category as it reads inside the question: lower case where the
 * language has it. */
static const char *
category_phrase (PursuitMailCategory category)
{
  switch (category)
    {
    case PURSUIT_MAIL_CONFIRMATION:
      return C_("mail suggestion", "application received");
    case PURSUIT_MAIL_REJECTION:
      return C_("mail suggestion", "rejection");
    case PURSUIT_MAIL_INTERVIEW:
      return C_("mail suggestion", "interview invitation");
    case PURSUIT_MAIL_ASSESSMENT:
      return C_("mail suggestion", "assessment");
    case PURSUIT_MAIL_OFFER:
      return C_("mail suggestion", "offer");
    case PURSUIT_MAIL_OTHER:
    case PURSUIT_MAIL_N_CATEGORIES:
    default:
      return C_("mail suggestion", "other");
    }
}

static char *
describe_action (PursuitMailSuggestion *self,
                 const char            *stage_label)
{
  switch (pursuit_mail_suggestion_get_action (self))
    {
    case PURSUIT_SUGGESTION_MOVE_STAGE:
      return g_strdup_printf (_("Move to %s?"), stage_label);
    case PURSUIT_SUGGESTION_CREATE_JOB:
      if (pursuit_mail_suggestion_get_title (self) != NULL && pursuit_mail_suggestion_get_title (self)[0] != '\0')
        /* Translators: %s is a job title */
        return g_strdup_printf (_("Add the job “%s”?"), pursuit_mail_suggestion_get_title (self));
      return g_strdup (_("Add the job?"));
    case PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW:
      {
        g_autoptr(GDateTime) starts = g_date_time_new_from_unix_local (pursuit_mail_suggestion_get_interview_starts_at (self));
        g_autofree char *when = NULL;

        if (pursuit_mail_suggestion_get_interview_starts_at (self) <= 0 || starts == NULL)
          return g_strdup (_("Schedule the interview?"));

        /* Translators: a date and time, see g_date_time_format() */
        when = g_date_time_format (starts, C_("interview time", "%a %-d %b, %H:%M"));
        return g_strdup_printf (_("Schedule the interview on %s?"), when);
      }
    case PURSUIT_SUGGESTION_RECORD:
    default:
      return g_strdup (_("Add it to the job’s timeline?"));
    }
}

/**
 * pursuit_mail_suggestion_describe:
 * @self: a suggestion
 * @stage_label: (nullable): the label of target-stage on the user's board
 *
 * Returns: (transfer full): the question the Inbox panel asks, plain text
 */
char *
pursuit_mail_suggestion_describe (PursuitMailSuggestion *self,
                                  const char            *stage_label)
{
  g_autofree char *question = NULL;
  const char *who;

  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);

  if (stage_label == NULL)
    stage_label = pursuit_mail_suggestion_get_target_stage (self) != NULL ? pursuit_pipeline_get_default_label (pursuit_mail_suggestion_get_target_stage (self)) : NULL;
  if (stage_label == NULL)
    stage_label = pursuit_mail_suggestion_get_target_stage (self) != NULL ? pursuit_mail_suggestion_get_target_stage (self) : "";

  who = pursuit_mail_suggestion_get_company (self);
  if (who == NULL || who[0] == '\0')
    who = pursuit_mail_suggestion_get_sender (self);
  if (who == NULL || who[0] == '\0')
    who = _("Unknown sender");

  question = describe_action (self, stage_label);

  /* Translators: "Acme: rejection. Move to Rejected?" */
  return g_strdup_printf (_("%s: %s. %s"), who, category_phrase (pursuit_mail_suggestion_get_category (self)), question);
}

/**
 * pursuit_mail_suggestion_to_json:
 *
 * Returns: (transfer full): the suggestion as a JSON object, for --json;
 *   ids and the interview time are null when 0, the time in ISO 8601
 */
JsonNode *
pursuit_mail_suggestion_to_json (PursuitMailSuggestion *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *starts_at = NULL;

  g_return_val_if_fail (PURSUIT_IS_MAIL_SUGGESTION (self), NULL);

  if (pursuit_mail_suggestion_get_interview_starts_at (self) > 0)
    {
      g_autoptr(GDateTime) date = g_date_time_new_from_unix_utc (pursuit_mail_suggestion_get_interview_starts_at (self));

      if (date != NULL)
        starts_at = g_date_time_format_iso8601 (date);
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, pursuit_mail_suggestion_get_id (self));
  _pursuit_json_add_id_or_null (builder, "message_id", pursuit_mail_suggestion_get_message_id (self));
  _pursuit_json_add_id_or_null (builder, "job_id", pursuit_mail_suggestion_get_job_id (self));
  _pursuit_json_add_string_or_null (builder, "category", pursuit_mail_category_to_string (pursuit_mail_suggestion_get_category (self)));
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_double_value (builder, pursuit_mail_suggestion_get_confidence (self));
  _pursuit_json_add_string_or_null (builder, "action", pursuit_suggestion_action_to_string (pursuit_mail_suggestion_get_action (self)));
  _pursuit_json_add_string_or_null (builder, "target_stage", pursuit_mail_suggestion_get_target_stage (self));
  _pursuit_json_add_string_or_null (builder, "company", pursuit_mail_suggestion_get_company (self));
  _pursuit_json_add_string_or_null (builder, "title", pursuit_mail_suggestion_get_title (self));
  _pursuit_json_add_string_or_null (builder, "interview_starts_at", starts_at);
  _pursuit_json_add_string_or_null (builder, "state", pursuit_mail_suggestion_get_state (self));
  _pursuit_json_add_string_or_null (builder, "subject", pursuit_mail_suggestion_get_subject (self));
  _pursuit_json_add_string_or_null (builder, "sender", pursuit_mail_suggestion_get_sender (self));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
