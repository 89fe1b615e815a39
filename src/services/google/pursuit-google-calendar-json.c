/* pursuit-google-calendar-json.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Event ids and the Event JSON of Google Calendar API v3, both ways. */

#define G_LOG_DOMAIN "pursuit-google-calendar"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-google-calendar.h"
#include "pursuit-google-private.h"

/* The extended private property that carries the event's iCalendar UID. */
#define UID_PROPERTY "pursuitUid"

/**
 * pursuit_google_calendar_event_id_for_uid:
 * @uid: an iCalendar UID
 *
 * Returns: (transfer full): the event id Pursuit asks Google for
 */
char *
pursuit_google_calendar_event_id_for_uid (const char *uid)
{
  g_autofree char *digest = NULL;

  g_return_val_if_fail (uid != NULL, NULL);

  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uid, -1);
  return g_strdup_printf ("pursuit%.40s", digest);
}

static gboolean
is_web_url (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (!_pursuit_google_is_set (url))
    return FALSE;

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || !_pursuit_google_is_set (g_uri_get_host (uri)))
    return FALSE;

  scheme = g_uri_get_scheme (uri);
  return g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0;
}

static GTimeZone *
event_time_zone (PursuitCalendarEvent *event)
{
  const char *name = pursuit_calendar_event_get_time_zone (event);
  GTimeZone *zone = _pursuit_google_is_set (name) ? g_time_zone_new_identifier (name) : NULL;

  return zone != NULL ? zone : g_time_zone_new_utc ();
}

/* {"dateTime": "2026-06-03T09:00:00+02:00", "timeZone": "Europe/Zurich"}
 * or {"date": "2026-06-03"}. */
static void
add_event_time (JsonBuilder          *builder,
                PursuitCalendarEvent *event,
                const char           *member,
                gint64                unix_time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GTimeZone) zone = NULL;
  g_autofree char *text = NULL;

  if (pursuit_calendar_event_get_all_day (event))
    zone = g_time_zone_new_local ();
  else
    zone = event_time_zone (event);

  if (utc == NULL)
    utc = g_date_time_new_from_unix_utc (0);
  local = g_date_time_to_timezone (utc, zone);

  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  if (pursuit_calendar_event_get_all_day (event))
    {
      text = g_date_time_format (local, "%Y-%m-%d");
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, text);
    }
  else
    {
      text = g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
      json_builder_set_member_name (builder, "dateTime");
      json_builder_add_string_value (builder, text);
      json_builder_set_member_name (builder, "timeZone");
      json_builder_add_string_value (builder, pursuit_calendar_event_get_time_zone (event));
    }
  json_builder_end_object (builder);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_reminders (JsonBuilder          *builder,
               PursuitCalendarEvent *event)
{
  g_autoptr(GArray) offsets = pursuit_calendar_event_dup_reminder_offsets (event);

  json_builder_set_member_name (builder, "reminders");
  json_builder_begin_object (builder);
  /* Overrides only count with useDefault off; an empty list then means
   * no reminders at all, as the interview says. */
  json_builder_set_member_name (builder, "useDefault");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "overrides");
  json_builder_begin_array (builder);
  for (guint i = 0; i < offsets->len; i++)
    {
      json_builder_begin_object (builder);
      add_string_member (builder, "method", "popup");
      json_builder_set_member_name (builder, "minutes");
      json_builder_add_int_value (builder, g_array_index (offsets, int, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/**
 * pursuit_google_calendar_event_to_json:
 * @event: the event
 * @event_id: (nullable): the id to insert it with
 *
 * Returns: (transfer full): an Event resource
 */
JsonNode *
pursuit_google_calendar_event_to_json (PursuitCalendarEvent *event,
                                       const char           *event_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gint64 starts_at;
  gint64 ends_at;

  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (event), NULL);

  starts_at = pursuit_calendar_event_get_starts_at (event);
  ends_at = pursuit_calendar_event_get_ends_at (event);
  if (ends_at <= starts_at)
    ends_at = starts_at + (pursuit_calendar_event_get_all_day (event) ? 24 * 60 * 60 : 0);

  json_builder_begin_object (builder);
  if (event_id != NULL)
    add_string_member (builder, "id", event_id);
  /* Brings back an event deleted on Google's side when Pursuit still wants
   * it (the engine only writes after pulling that deletion). */
  add_string_member (builder, "status", "confirmed");
  add_string_member (builder, "summary", pursuit_calendar_event_get_summary (event));
  /* Empty strings rather than nothing, so that a patch clears them. */
  add_string_member (builder, "description", pursuit_calendar_event_get_description (event));
  add_string_member (builder, "location", pursuit_calendar_event_get_location (event));
  add_event_time (builder, event, "start", starts_at);
  add_event_time (builder, event, "end", ends_at);
  if (pursuit_calendar_event_get_all_day (event))
    add_string_member (builder, "transparency", "transparent");
  add_reminders (builder, event);

  if (_pursuit_google_is_set (pursuit_calendar_event_get_attendee_email (event)))
    {
      const char *name = pursuit_calendar_event_get_attendee_name (event);

      json_builder_set_member_name (builder, "attendees");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      add_string_member (builder, "email", pursuit_calendar_event_get_attendee_email (event));
      if (_pursuit_google_is_set (name))
        add_string_member (builder, "displayName", name);
      json_builder_end_object (builder);
      json_builder_end_array (builder);
    }

  if (is_web_url (pursuit_calendar_event_get_url (event)))
    {
      json_builder_set_member_name (builder, "source");
      json_builder_begin_object (builder);
      add_string_member (builder, "title", "Pursuit");
      add_string_member (builder, "url", pursuit_calendar_event_get_url (event));
      json_builder_end_object (builder);
    }

  if (_pursuit_google_is_set (pursuit_calendar_event_get_uid (event)))
    {
      json_builder_set_member_name (builder, "extendedProperties");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "private");
      json_builder_begin_object (builder);
      add_string_member (builder, UID_PROPERTY, pursuit_calendar_event_get_uid (event));
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* An EventDateTime as unix time: "dateTime" with its offset (or in its
 * "timeZone" when it has none), "date" as local midnight. */
static gboolean
parse_event_time (JsonObject *time,
                  gint64     *unix_time)
{
  const char *date_time = _pursuit_google_json_get_string (time, "dateTime");
  const char *date = _pursuit_google_json_get_string (time, "date");
  g_autoptr(GDateTime) parsed = NULL;
  g_autoptr(GTimeZone) zone = NULL;

  if (date_time != NULL)
    {
      const char *zone_name = _pursuit_google_json_get_string (time, "timeZone");

      if (zone_name != NULL)
        zone = g_time_zone_new_identifier (zone_name);
      if (zone == NULL)
        zone = g_time_zone_new_utc ();
      parsed = g_date_time_new_from_iso8601 (date_time, zone);
    }
  else if (date != NULL)
    {
      int year, month, day;
      char end;

      if (sscanf (date, "%4d-%2d-%2d%c", &year, &month, &day, &end) != 3 || strlen (date) != 10)
        return FALSE;
      zone = g_time_zone_new_local ();
      parsed = g_date_time_new (zone, year, month, day, 0, 0, 0);
    }

  if (parsed == NULL)
    return FALSE;

  *unix_time = g_date_time_to_unix (parsed);
  return TRUE;
}

/**
 * pursuit_google_calendar_change_from_json:
 * @event: an Event resource
 * @error: a location for a #GError
 *
 * Returns: (transfer full): the change, or %NULL with @error set
 */
PursuitRemoteChange *
pursuit_google_calendar_change_from_json (JsonObject  *event,
                                          GError     **error)
{
  g_autoptr(PursuitRemoteChange) change = NULL;
  JsonObject *properties;
  const char *id;
  const char *uid;
  gint64 starts_at = 0;
  gint64 ends_at = 0;

  g_return_val_if_fail (event != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  id = _pursuit_google_json_get_string (event, "id");
  if (!_pursuit_google_is_set (id))
    {
      g_set_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
                   _("Google sent an event without an id."));
      return NULL;
    }

  change = pursuit_remote_change_new (id);
  pursuit_remote_change_set_etag (change, _pursuit_google_json_get_string (event, "etag"));
  pursuit_remote_change_set_summary (change, _pursuit_google_json_get_string (event, "summary"));

  properties = _pursuit_google_json_get_object (event, "extendedProperties");
  properties = _pursuit_google_json_get_object (properties, "private");
  uid = _pursuit_google_json_get_string (properties, UID_PROPERTY);
  if (uid == NULL)
    uid = _pursuit_google_json_get_string (event, "iCalUID");
  pursuit_remote_change_set_uid (change, uid);

  if (g_strcmp0 (_pursuit_google_json_get_string (event, "status"), "cancelled") == 0)
    {
      pursuit_remote_change_set_deleted (change, TRUE);
      return g_steal_pointer (&change);
    }

  if (!parse_event_time (_pursuit_google_json_get_object (event, "start"), &starts_at))
    {
      g_set_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
                   _("Google sent an event without a valid start."));
      return NULL;
    }
  if (!parse_event_time (_pursuit_google_json_get_object (event, "end"), &ends_at))
    ends_at = starts_at;
  if (ends_at < starts_at)
    {
      g_set_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
                   _("Google sent an event that ends before it starts."));
      return NULL;
    }

  pursuit_remote_change_set_starts_at (change, starts_at);
  pursuit_remote_change_set_ends_at (change, ends_at);
  return g_steal_pointer (&change);
}
