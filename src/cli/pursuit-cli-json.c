/* pursuit-cli-json.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-cli-private.h"
#include "pursuit-json-private.h"

/* The JSON shape of `show --json` and friends. Unset values are null, so
 * every object has every member; times are ISO 8601 in UTC. */

/**
 * _pursuit_cli_format_iso_time:
 * @unix_time: seconds since the epoch, or 0 for none
 *
 * Returns: (transfer full) (nullable): "2026-05-01T07:30:00Z", or %NULL
 */
char *
_pursuit_cli_format_iso_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = NULL;

  if (unix_time == 0)
    return NULL;

  time = g_date_time_new_from_unix_utc (unix_time);
  if (time == NULL)
    return NULL;

  return g_date_time_format_iso8601 (time);
}

/**
 * _pursuit_cli_json_add_string:
 * @value: (nullable): the member's value; %NULL writes null
 *
 * Adds a string member. Text that is not UTF-8 (a name a posting or an
 * old database brought in) is mended first: JSON must be UTF-8, and one
 * bad name must not spoil a whole listing.
 */
void
_pursuit_cli_json_add_string (JsonBuilder *builder,
                              const char  *name,
                              const char  *value)
{
  g_autofree char *valid = NULL;

  if (value != NULL && !g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);

  _pursuit_json_add_string_or_null (builder, name, value);
}

/**
 * _pursuit_cli_json_add_strv:
 * @strv: (nullable): the values; %NULL writes an empty array
 *
 * Adds an array of strings, mended as _pursuit_cli_json_add_string() does.
 */
void
_pursuit_cli_json_add_strv (JsonBuilder        *builder,
                            const char         *name,
                            const char * const *strv)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      g_autofree char *valid = g_utf8_make_valid (strv[i], -1);

      json_builder_add_string_value (builder, valid);
    }
  json_builder_end_array (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_optional_int (JsonBuilder *builder,
                  const char  *name,
                  gint64       value,
                  gboolean     is_set)
{
  json_builder_set_member_name (builder, name);
  if (is_set)
    json_builder_add_int_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_bool (JsonBuilder *builder,
          const char  *name,
          gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

/**
 * _pursuit_cli_json_add_time:
 * @unix_time: seconds since the epoch, or 0 for none
 *
 * Adds a time member in ISO 8601, UTC; 0 writes null.
 */
void
_pursuit_cli_json_add_time (JsonBuilder *builder,
                            const char  *name,
                            gint64       unix_time)
{
  g_autofree char *text = _pursuit_cli_format_iso_time (unix_time);

  _pursuit_cli_json_add_string (builder, name, text);
}

static void
build_note (JsonBuilder *builder,
            PursuitNote *note)
{
  json_builder_begin_object (builder);
  add_int (builder, "id", pursuit_note_get_id (note));
  add_int (builder, "job_id", pursuit_note_get_job_id (note));
  _pursuit_cli_json_add_string (builder, "kind", pursuit_note_get_kind (note));
  _pursuit_cli_json_add_string (builder, "body", pursuit_note_get_body (note));
  _pursuit_cli_json_add_string (builder, "tags", pursuit_note_get_tags (note));
  add_int (builder, "priority", pursuit_note_get_priority (note));
  _pursuit_cli_json_add_time (builder, "due_at", pursuit_note_get_due_at (note));
  add_bool (builder, "done", pursuit_note_get_done (note));
  _pursuit_cli_json_add_time (builder, "created_at", pursuit_note_get_created_at (note));
  json_builder_end_object (builder);
}

static void
build_interview (JsonBuilder      *builder,
                 PursuitInterview *interview)
{
  json_builder_begin_object (builder);
  add_int (builder, "id", pursuit_interview_get_id (interview));
  _pursuit_cli_json_add_string (builder, "kind", pursuit_interview_get_kind (interview));
  _pursuit_cli_json_add_time (builder, "starts_at", pursuit_interview_get_starts_at (interview));
  add_int (builder, "duration_minutes", pursuit_interview_get_duration_minutes (interview));
  _pursuit_cli_json_add_string (builder, "location", pursuit_interview_get_location (interview));
  _pursuit_cli_json_add_string (builder, "interviewer", pursuit_interview_get_interviewer (interview));
  _pursuit_cli_json_add_string (builder, "notes", pursuit_interview_get_notes (interview));
  _pursuit_cli_json_add_time (builder, "created_at", pursuit_interview_get_created_at (interview));
  add_int (builder, "job_id", pursuit_interview_get_job_id (interview));
  _pursuit_cli_json_add_time (builder, "ends_at", pursuit_interview_get_ends_at (interview));
  _pursuit_cli_json_add_string (builder, "interviewer_email", pursuit_interview_get_interviewer_email (interview));
  _pursuit_cli_json_add_string (builder, "status", pursuit_interview_get_status (interview));
  _pursuit_cli_json_add_string (builder, "reminder_minutes", pursuit_interview_get_reminder_minutes (interview));
  _pursuit_cli_json_add_string (builder, "uid", pursuit_interview_get_uid (interview));
  _pursuit_cli_json_add_time (builder, "updated_at", pursuit_interview_get_updated_at (interview));
  json_builder_end_object (builder);
}

static void
build_follow_up (JsonBuilder     *builder,
                 PursuitFollowUp *follow_up)
{
  json_builder_begin_object (builder);
  add_int (builder, "id", pursuit_follow_up_get_id (follow_up));
  _pursuit_cli_json_add_string (builder, "sequence", pursuit_follow_up_get_sequence (follow_up));
  add_int (builder, "step", pursuit_follow_up_get_step (follow_up));
  _pursuit_cli_json_add_time (builder, "due_at", pursuit_follow_up_get_due_at (follow_up));
  _pursuit_cli_json_add_string (builder, "status", pursuit_follow_up_get_status (follow_up));
  _pursuit_cli_json_add_time (builder, "created_at", pursuit_follow_up_get_created_at (follow_up));
  add_int (builder, "job_id", pursuit_follow_up_get_job_id (follow_up));
  _pursuit_cli_json_add_string (builder, "template", pursuit_follow_up_get_template (follow_up));
  _pursuit_cli_json_add_time (builder, "completed_at", pursuit_follow_up_get_completed_at (follow_up));
  add_optional_int (builder, "interview_id", pursuit_follow_up_get_interview_id (follow_up),
                    pursuit_follow_up_get_interview_id (follow_up) != 0);
  json_builder_end_object (builder);
}

static void
build_event (JsonBuilder          *builder,
             PursuitTimelineEvent *event)
{
  json_builder_begin_object (builder);
  _pursuit_cli_json_add_string (builder, "kind", pursuit_timeline_event_get_kind (event));
  _pursuit_cli_json_add_string (builder, "from_stage", pursuit_timeline_event_get_from_stage (event));
  _pursuit_cli_json_add_string (builder, "to_stage", pursuit_timeline_event_get_to_stage (event));
  _pursuit_cli_json_add_string (builder, "detail", pursuit_timeline_event_get_detail (event));
  _pursuit_cli_json_add_string (builder, "url", pursuit_timeline_event_get_url (event));
  _pursuit_cli_json_add_time (builder, "created_at", pursuit_timeline_event_get_created_at (event));
  json_builder_end_object (builder);
}

typedef void (*BuildFunc) (JsonBuilder *builder,
                           gpointer     object);

/* An array of objects built by @build, as member @name, or as the whole
 * document when @name is %NULL. A missing list is an empty array. */
static void
add_array (JsonBuilder *builder,
           const char  *name,
           GPtrArray   *objects,
           BuildFunc    build)
{
  if (name != NULL)
    json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; objects != NULL && i < objects->len; i++)
    build (builder, g_ptr_array_index (objects, i));
  json_builder_end_array (builder);
}

static JsonNode *
object_to_json (gpointer  object,
                BuildFunc build)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  build (builder, object);
  return json_builder_get_root (builder);
}

static JsonNode *
array_to_json (GPtrArray *objects,
               BuildFunc  build)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  add_array (builder, NULL, objects, build);
  return json_builder_get_root (builder);
}

static void
build_job (PursuitCli  *cli,
           JsonBuilder *builder,
           PursuitJob  *job)
{
  gint64 id = pursuit_job_get_id (job);
  g_autoptr(GPtrArray) notes = pursuit_store_list_notes (cli->store, id);
  g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (cli->store, id);
  g_autoptr(GPtrArray) follow_ups = pursuit_store_list_follow_ups (cli->store, id);
  g_autoptr(GPtrArray) events = pursuit_store_list_events (cli->store, id);
  const char *stage = pursuit_job_get_stage (job);

  json_builder_begin_object (builder);

  add_int (builder, "id", id);
  _pursuit_cli_json_add_string (builder, "title", pursuit_job_get_title (job));
  _pursuit_cli_json_add_string (builder, "company", pursuit_job_get_company (job));
  _pursuit_cli_json_add_string (builder, "location", pursuit_job_get_location (job));
  add_bool (builder, "remote", pursuit_job_get_remote (job));
  add_optional_int (builder, "salary_min", pursuit_job_get_salary_min (job), pursuit_job_get_salary_min (job) > 0);
  add_optional_int (builder, "salary_max", pursuit_job_get_salary_max (job), pursuit_job_get_salary_max (job) > 0);
  _pursuit_cli_json_add_string (builder, "currency", pursuit_job_get_currency (job));
  _pursuit_cli_json_add_string (builder, "salary_period", pursuit_job_get_salary_period (job));
  _pursuit_cli_json_add_string (builder, "url", pursuit_job_get_url (job));
  _pursuit_cli_json_add_string (builder, "apply_url", pursuit_job_get_apply_url (job));
  _pursuit_cli_json_add_string (builder, "description", pursuit_job_get_description (job));
  _pursuit_cli_json_add_string (builder, "source", pursuit_job_get_source (job));
  _pursuit_cli_json_add_string (builder, "employment_type", pursuit_job_get_employment_type (job));
  _pursuit_cli_json_add_string (builder, "stage", stage);
  _pursuit_cli_json_add_string (builder, "stage_label", _pursuit_cli_stage_label (cli, stage));
  _pursuit_cli_json_add_string (builder, "posted_date", pursuit_job_get_posted_date (job));
  _pursuit_cli_json_add_string (builder, "deadline", pursuit_job_get_deadline (job));
  _pursuit_cli_json_add_string (builder, "applied_date", pursuit_job_get_applied_date (job));
  add_optional_int (builder, "match_score", pursuit_job_get_match_score (job), pursuit_job_get_match_score (job) >= 0);
  _pursuit_cli_json_add_string (builder, "resume", pursuit_job_get_resume (job));
  _pursuit_cli_json_add_string (builder, "cover_letter", pursuit_job_get_cover_letter (job));
  _pursuit_cli_json_add_string (builder, "withdraw_reason", pursuit_job_get_withdraw_reason (job));
  _pursuit_cli_json_add_time (builder, "created_at", pursuit_job_get_created_at (job));
  _pursuit_cli_json_add_time (builder, "updated_at", pursuit_job_get_updated_at (job));
  _pursuit_cli_json_add_time (builder, "stage_changed_at", pursuit_job_get_stage_changed_at (job));
  _pursuit_cli_json_add_time (builder, "next_due_at", pursuit_job_get_next_due_at (job));
  _pursuit_cli_json_add_string (builder, "next_due_kind", pursuit_job_get_next_due_kind (job));

  _pursuit_cli_json_add_strv (builder, "tags", pursuit_job_get_tags (job));

  add_array (builder, "notes", notes, (BuildFunc)build_note);
  add_array (builder, "interviews", interviews, (BuildFunc)build_interview);
  add_array (builder, "follow_ups", follow_ups, (BuildFunc)build_follow_up);
  add_array (builder, "timeline", events, (BuildFunc)build_event);

  json_builder_end_object (builder);
}

/**
 * _pursuit_cli_job_to_json:
 *
 * Returns: (transfer full): one object with every field of @job, its notes,
 *   interviews, follow-ups and timeline
 */
JsonNode *
_pursuit_cli_job_to_json (PursuitCli *cli,
                          PursuitJob *job)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  build_job (cli, builder, job);
  return json_builder_get_root (builder);
}

/**
 * _pursuit_cli_jobs_to_json:
 *
 * Returns: (transfer full): an array of job objects
 */
JsonNode *
_pursuit_cli_jobs_to_json (PursuitCli *cli,
                           GPtrArray  *jobs)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < jobs->len; i++)
    build_job (cli, builder, g_ptr_array_index (jobs, i));
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

JsonNode *
_pursuit_cli_note_to_json (PursuitNote *note)
{
  return object_to_json (note, (BuildFunc)build_note);
}

JsonNode *
_pursuit_cli_interview_to_json (PursuitInterview *interview)
{
  return object_to_json (interview, (BuildFunc)build_interview);
}

JsonNode *
_pursuit_cli_interviews_to_json (GPtrArray *interviews)
{
  return array_to_json (interviews, (BuildFunc)build_interview);
}

JsonNode *
_pursuit_cli_follow_up_to_json (PursuitFollowUp *follow_up)
{
  return object_to_json (follow_up, (BuildFunc)build_follow_up);
}

/**
 * _pursuit_cli_format_local_iso_time:
 * @unix_time: seconds since the epoch
 *
 * Returns: (transfer full) (nullable): "2026-05-01T09:30:00+02:00", local
 *   time with its offset, or %NULL
 */
char *
_pursuit_cli_format_local_iso_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (unix_time);

  if (time == NULL)
    return NULL;

  /* GLib's ISO 8601 writes "+01"; "+01:00" is what every parser reads. */
  return g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");
}

/**
 * _pursuit_cli_agenda_kind_key:
 *
 * Returns: "interview", "follow-up", "reminder" or "deadline": the "kind"
 *   of `due --json`, and untranslated, the label `due` shows (translate it
 *   in the "due item" context)
 */
const char *
_pursuit_cli_agenda_kind_key (PursuitAgendaKind kind)
{
  switch (kind)
    {
    case PURSUIT_AGENDA_INTERVIEW:
      return NC_("due item", "interview");
    case PURSUIT_AGENDA_FOLLOW_UP:
      return NC_("due item", "follow-up");
    case PURSUIT_AGENDA_REMINDER:
      return NC_("due item", "reminder");
    case PURSUIT_AGENDA_DEADLINE:
      return NC_("due item", "deadline");
    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/**
 * _pursuit_cli_agenda_to_json:
 * @items: (element-type PursuitAgendaItem): what is due
 * @now: the time "overdue" is measured against
 *
 * Returns: (transfer full): an array of due items; times are local, with
 *   their offset, as `due` shows them
 */
JsonNode *
_pursuit_cli_agenda_to_json (GPtrArray *items,
                             gint64     now)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      PursuitAgendaItem *item = g_ptr_array_index (items, i);
      g_autofree char *starts_at = _pursuit_cli_format_local_iso_time (pursuit_agenda_item_get_starts_at (item));
      g_autofree char *ends_at = _pursuit_cli_format_local_iso_time (pursuit_agenda_item_get_ends_at (item));
      PursuitAgendaKind kind = pursuit_agenda_item_get_kind (item);

      json_builder_begin_object (builder);
      _pursuit_cli_json_add_string (builder, "kind", _pursuit_cli_agenda_kind_key (kind));
      add_int (builder, "id", pursuit_agenda_item_get_source_id (item));
      add_int (builder, "job_id", pursuit_agenda_item_get_job_id (item));
      _pursuit_cli_json_add_string (builder, "title", pursuit_agenda_item_get_job_title (item));
      _pursuit_cli_json_add_string (builder, "company", pursuit_agenda_item_get_company (item));
      _pursuit_cli_json_add_string (builder, "summary", pursuit_agenda_item_get_summary (item));
      _pursuit_cli_json_add_string (builder, "location", pursuit_agenda_item_get_location (item));
      _pursuit_cli_json_add_string (builder, "starts_at", starts_at);
      _pursuit_cli_json_add_string (builder, "ends_at", ends_at);
      add_bool (builder, "all_day", pursuit_agenda_item_get_all_day (item));
      _pursuit_cli_json_add_string (builder, "date", pursuit_agenda_item_get_date (item));
      add_bool (builder, "overdue", (kind == PURSUIT_AGENDA_FOLLOW_UP || kind == PURSUIT_AGENDA_REMINDER) &&
                                    pursuit_agenda_item_get_starts_at (item) < now);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return json_builder_get_root (builder);
}

/**
 * _pursuit_cli_print_json_list:
 * @items: what to print
 * @to_json: makes one JSON node (transfer full) of an item
 *
 * Prints @items as a JSON array, as _pursuit_cli_print_json() does.
 */
gboolean
_pursuit_cli_print_json_list (GPtrArray           *items,
                              PursuitCliToJsonFunc to_json,
                              GError             **error)
{
  g_autoptr(JsonArray) array = json_array_sized_new (items->len);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < items->len; i++)
    json_array_add_element (array, to_json (g_ptr_array_index (items, i)));
  json_node_set_array (node, array);

  return _pursuit_cli_print_json (node, error);
}

/**
 * _pursuit_cli_print_json:
 * @node: (transfer none): what to print
 *
 * Prints @node, indented, with a final line break. The output is UTF-8
 * whatever the locale, as JSON must be.
 */
gboolean
_pursuit_cli_print_json (JsonNode  *node,
                         GError   **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  gsize length = 0;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, &length);

  return _pursuit_cli_write_stdout (text, length, error) &&
         _pursuit_cli_write_stdout ("\n", 1, error);
}
