/* pursuit-caldav-ical.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-caldav"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "pursuit-caldav-calendar.h"
#include "pursuit-caldav-private.h"
#include "pursuit-ics-private.h"

/* Events as CalDAV objects (RFC 4791 §4.1): one VCALENDAR, one VEVENT,
 * one UID. libical folds lines, escapes text and writes CRLF. */

/* The VTIMEZONE of @tzid from libical's zone data, with the plain IANA
 * name as its TZID (libical prefixes its own), or NULL when unknown. Its
 * history before @since is left out: a century of rules helps no one. */
static icalcomponent *
new_vtimezone (const char *tzid,
               gint64      since)
{
  icaltimezone *zone = icaltimezone_get_builtin_timezone (tzid);
  icalcomponent *source = zone != NULL ? icaltimezone_get_component (zone) : NULL;
  icalcomponent *vtimezone;
  icalproperty *property;

  if (source == NULL)
    return NULL;

  vtimezone = icalcomponent_new_clone (source);
  icaltimezone_truncate_vtimezone (vtimezone, _pursuit_ics_utc_time (since), icaltime_null_time (), 0);
  property = icalcomponent_get_first_property (vtimezone, ICAL_TZID_PROPERTY);
  if (property != NULL)
    icalproperty_set_tzid (property, tzid);
  else
    icalcomponent_add_property (vtimezone, icalproperty_new_tzid (tzid));

  return vtimezone;
}

static void
add_zoned_time (icalcomponent *event,
                icalproperty  *(*new_property) (struct icaltimetype),
                gint64         unix_time,
                GTimeZone     *zone,
                const char    *tzid)
{
  struct icaltimetype time;
  icalproperty *property;

  if (zone == NULL || !_pursuit_ics_wall_time (unix_time, zone, 0, FALSE, &time))
    {
      icalcomponent_add_property (event, new_property (_pursuit_ics_utc_time (unix_time)));
      return;
    }

  property = new_property (time);
  icalproperty_add_parameter (property, icalparameter_new_tzid (tzid));
  icalcomponent_add_property (event, property);
}

static void
add_times (icalcomponent        *calendar,
           icalcomponent        *event,
           PursuitCalendarEvent *record)
{
  gint64 starts_at = pursuit_calendar_event_get_starts_at (record);
  gint64 ends_at = pursuit_calendar_event_get_ends_at (record);
  const char *tzid = pursuit_calendar_event_get_time_zone (record);
  g_autoptr(GTimeZone) zone = NULL;
  icalcomponent *vtimezone = NULL;

  if (pursuit_calendar_event_get_all_day (record))
    {
      g_autoptr(GTimeZone) local = g_time_zone_new_local ();
      struct icaltimetype day;
      struct icaltimetype end_day;

      /* All-day times are local midnights; the end date is exclusive. */
      if (_pursuit_ics_wall_time (starts_at, local, 0, TRUE, &day))
        {
          if (ends_at <= starts_at || !_pursuit_ics_wall_time (ends_at, local, 0, TRUE, &end_day)
              || icaltime_compare_date_only (end_day, day) <= 0)
            {
              end_day = day;
              icaltime_adjust (&end_day, 1, 0, 0, 0);
            }

          icalcomponent_add_property (event, icalproperty_new_dtstart (day));
          icalcomponent_add_property (event, icalproperty_new_dtend (end_day));
          icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
          return;
        }
    }

  if (tzid != NULL && g_strcmp0 (tzid, "UTC") != 0)
    {
      vtimezone = new_vtimezone (tzid, starts_at - 24 * 3600);
      zone = vtimezone != NULL ? g_time_zone_new_identifier (tzid) : NULL;
      if (zone == NULL)
        g_clear_pointer (&vtimezone, icalcomponent_free);
    }

  if (vtimezone != NULL)
    icalcomponent_add_component (calendar, vtimezone);

  add_zoned_time (event, icalproperty_new_dtstart, starts_at, zone, tzid);
  add_zoned_time (event, icalproperty_new_dtend, MAX (ends_at, starts_at), zone, tzid);
}

static void
add_attendee (icalcomponent        *event,
              PursuitCalendarEvent *record)
{
  const char *email = pursuit_calendar_event_get_attendee_email (record);
  const char *name = pursuit_calendar_event_get_attendee_name (record);
  g_autofree char *mailto = NULL;
  icalproperty *attendee;

  if (email == NULL || email[0] == '\0' || strpbrk (email, "\r\n:;,\"") != NULL)
    return;

  mailto = g_strconcat ("mailto:", email, NULL);
  attendee = icalproperty_new_attendee (mailto);
  if (name != NULL && name[0] != '\0')
    {
      g_auto(GStrv) parts = g_strsplit_set (name, "\"\r\n", -1);
      g_autofree char *plain = g_strjoinv ("", parts);

      icalproperty_add_parameter (attendee, icalparameter_new_cn (plain));
    }
  icalproperty_add_parameter (attendee, icalparameter_new_role (ICAL_ROLE_REQPARTICIPANT));
  icalproperty_add_parameter (attendee, icalparameter_new_partstat (ICAL_PARTSTAT_NEEDSACTION));
  /* Pursuit never mails people by itself: a server doing scheduling
   * (RFC 6638) must leave invitations to the user's own client. */
  icalproperty_add_parameter (attendee, icalparameter_new_scheduleagent (ICAL_SCHEDULEAGENT_CLIENT));
  icalcomponent_add_property (event, attendee);
}

static void
add_alarms (icalcomponent        *event,
            PursuitCalendarEvent *record)
{
  g_autoptr(GArray) offsets = pursuit_calendar_event_dup_reminder_offsets (record);
  const char *summary = pursuit_calendar_event_get_summary (record);

  for (guint i = 0; offsets != NULL && i < offsets->len; i++)
    {
      int minutes = g_array_index (offsets, int, i);
      struct icaltriggertype trigger = icaltriggertype_from_int (0);
      icalcomponent *alarm;

      if (minutes < 0)
        continue;

      /* "-PT<m>M" as written, not normalised to days and hours. */
      trigger.duration = icaldurationtype_null_duration ();
      trigger.duration.is_neg = minutes > 0;
      trigger.duration.minutes = (unsigned int) minutes;

      alarm = icalcomponent_new_valarm ();
      icalcomponent_add_property (alarm, icalproperty_new_action (ICAL_ACTION_DISPLAY));
      icalcomponent_add_property (alarm, icalproperty_new_trigger (trigger));
      icalcomponent_add_property (alarm, icalproperty_new_description (summary != NULL && summary[0] != '\0'
                                                                       ? summary : "Reminder"));
      icalcomponent_add_component (event, alarm);
    }
}

/**
 * pursuit_caldav_calendar_event_to_ical:
 * @event: an event
 *
 * Returns: (transfer full): the iCalendar object for a CalDAV PUT
 */
char *
pursuit_caldav_calendar_event_to_ical (PursuitCalendarEvent *event)
{
  g_autoptr(icalcomponent) calendar = NULL;
  g_autofree char *prodid = NULL;
  icalcomponent *vevent;
  struct icaltimetype stamp;
  const char *url;
  char *text;
  char *result;

  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (event), NULL);
  g_return_val_if_fail (pursuit_calendar_event_get_uid (event) != NULL, NULL);

  _pursuit_ics_ensure_libical ();

  prodid = g_strdup_printf ("-//Pursuit//Pursuit %s//EN", PACKAGE_VERSION);
  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid (prodid));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));

  vevent = icalcomponent_new_vevent ();
  icalcomponent_add_property (vevent, icalproperty_new_uid (pursuit_calendar_event_get_uid (event)));
  stamp = _pursuit_ics_utc_time (g_get_real_time () / G_USEC_PER_SEC);
  icalcomponent_add_property (vevent, icalproperty_new_dtstamp (stamp));
  add_times (calendar, vevent, event);
  _pursuit_ics_add_text (vevent, icalproperty_new_summary, pursuit_calendar_event_get_summary (event));
  _pursuit_ics_add_text (vevent, icalproperty_new_description,
                         pursuit_calendar_event_get_description (event));
  _pursuit_ics_add_text (vevent, icalproperty_new_location, pursuit_calendar_event_get_location (event));

  url = pursuit_calendar_event_get_url (event);
  if (url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"))
      && strpbrk (url, " \r\n\"") == NULL)
    icalcomponent_add_property (vevent, icalproperty_new_url (url));

  icalcomponent_add_property (vevent, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  add_attendee (vevent, event);
  add_alarms (vevent, event);
  icalcomponent_add_component (calendar, vevent);

  text = icalcomponent_as_ical_string_r (calendar);
  result = g_strdup (text);
  icalmemory_free_buffer (text);

  return result;
}

/* Parsing what a server holds */

static gboolean
valid_date (struct icaltimetype time)
{
  if (time.year < 1 || time.year > 9999 || time.month < 1 || time.month > 12
      || !g_date_valid_dmy ((GDateDay) time.day, (GDateMonth) time.month, (GDateYear) time.year))
    return FALSE;

  if (time.is_date)
    return TRUE;

  return time.hour >= 0 && time.hour < 24 && time.minute >= 0 && time.minute < 60
         && time.second >= 0 && time.second <= 60;
}

/* Unix time of @time: dates and floating times are local, as other
 * calendar clients show them. */
static gboolean
to_unix (struct icaltimetype  time,
         GTimeZone           *local,
         gint64              *out)
{
  g_autoptr(GDateTime) date_time = NULL;

  if (icaltime_is_null_time (time) || !valid_date (time))
    return FALSE;

  if (time.is_date || time.zone == NULL)
    {
      date_time = g_date_time_new (local, time.year, time.month, time.day,
                                   time.is_date ? 0 : time.hour,
                                   time.is_date ? 0 : time.minute,
                                   time.is_date ? 0 : MIN (time.second, 59));
    }
  else
    {
      struct icaltimetype utc = icaltime_convert_to_zone (time, icaltimezone_get_utc_timezone ());

      if (!valid_date (utc))
        return FALSE;

      date_time = g_date_time_new_utc (utc.year, utc.month, utc.day, utc.hour, utc.minute,
                                       MIN (utc.second, 59));
    }

  if (date_time == NULL)
    return FALSE;

  *out = g_date_time_to_unix (date_time);
  return TRUE;
}

/* The event itself, not one of its overridden occurrences. */
static icalcomponent *
find_master_event (icalcomponent *component)
{
  icalcomponent *first = NULL;

  if (icalcomponent_isa (component) == ICAL_VEVENT_COMPONENT)
    return component;

  if (icalcomponent_isa (component) != ICAL_VCALENDAR_COMPONENT)
    return NULL;

  for (icalcomponent *event = icalcomponent_get_first_component (component, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (component, ICAL_VEVENT_COMPONENT))
    {
      if (first == NULL)
        first = event;
      if (icalcomponent_get_first_property (event, ICAL_RECURRENCEID_PROPERTY) == NULL)
        return event;
    }

  return first;
}

static gboolean
set_invalid (GError     **error,
             const char  *message)
{
  g_set_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_INVALID_RESPONSE, "%s", message);
  return FALSE;
}

static gboolean
read_times (icalcomponent       *vevent,
            PursuitRemoteChange *change,
            GError             **error)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  struct icaltimetype start = icalcomponent_get_dtstart (vevent);
  struct icaltimetype end;
  gint64 starts_at;
  gint64 ends_at;

  if (!to_unix (start, local, &starts_at))
    return set_invalid (error, _("An event on the calendar server has no valid start time."));

  end = icalcomponent_get_dtend (vevent);
  if (icaltime_is_null_time (end))
    {
      /* RFC 5545: without DTEND or DURATION a day lasts a day, a moment
       * no time at all. */
      end = start;
      if (start.is_date)
        icaltime_adjust (&end, 1, 0, 0, 0);
    }

  if (!to_unix (end, local, &ends_at))
    return set_invalid (error, _("An event on the calendar server has no valid end time."));

  pursuit_remote_change_set_starts_at (change, starts_at);
  pursuit_remote_change_set_ends_at (change, MAX (ends_at, starts_at));
  return TRUE;
}

/**
 * pursuit_caldav_calendar_change_from_ical:
 * @href: the object's href (absolute or a path)
 * @ical: its calendar data
 * @etag: (nullable): its etag
 * @error: a location for a #GError
 *
 * Returns: (transfer full) (nullable): the event as a change, or %NULL with
 *   PURSUIT_CALDAV_ERROR_INVALID_RESPONSE for anything that is not one
 *   VEVENT with valid times
 */
PursuitRemoteChange *
pursuit_caldav_calendar_change_from_ical (const char  *href,
                                          const char  *ical,
                                          const char  *etag,
                                          GError     **error)
{
  g_autoptr(icalcomponent) component = NULL;
  g_autoptr(PursuitRemoteChange) change = NULL;
  g_autofree char *path = NULL;
  icalcomponent *vevent;
  const char *uid;
  const char *summary;

  g_return_val_if_fail (href != NULL, NULL);
  g_return_val_if_fail (ical != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _pursuit_ics_ensure_libical ();

  if (strlen (ical) > PURSUIT_CALDAV_MAX_OBJECT_SIZE)
    {
      set_invalid (error, _("An event on the calendar server is too large to read."));
      return NULL;
    }

  if (!g_utf8_validate (ical, -1, NULL))
    {
      set_invalid (error, _("An event on the calendar server is not valid UTF-8 text."));
      return NULL;
    }

  component = icalparser_parse_string (ical);
  vevent = component != NULL ? find_master_event (component) : NULL;
  if (vevent == NULL)
    {
      set_invalid (error, _("An object on the calendar server is not an event."));
      return NULL;
    }

  path = _pursuit_dav_path_of (href);
  change = pursuit_remote_change_new (path != NULL && strstr (href, "://") != NULL ? path : href);
  pursuit_remote_change_set_etag (change, etag);

  uid = icalcomponent_get_uid (vevent);
  if (uid != NULL && uid[0] != '\0')
    pursuit_remote_change_set_uid (change, uid);
  summary = icalcomponent_get_summary (vevent);
  if (summary != NULL && summary[0] != '\0')
    pursuit_remote_change_set_summary (change, summary);

  if (!read_times (vevent, change, error))
    return NULL;

  return g_steal_pointer (&change);
}
