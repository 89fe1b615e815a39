/* pursuit-ics.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-ics"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-ics-private.h"

/* iCalendar goes through libical both ways (pursuit-ics-export.c writes):
 * here we let it unfold, unescape and resolve TZIDs. What libical cannot
 * decide (floating times, unknown zones, all-day interviews) is settled
 * with GLib time zones. */

/* A file holding more is not an invitation; refusing bounds the work. */
#define MAX_EVENTS 1000
/* Notes longer than this are cut: a description is no place for a book. */
#define MAX_NOTES_CHARS 20000
#define MAX_SHORT_CHARS 1000
#define DEFAULT_MINUTES 60
#define MAX_MINUTES (24 * 60)

G_DEFINE_QUARK (pursuit-ics-error, pursuit_ics_error)

typedef struct
{
  PursuitInterview *interview;
  gboolean          cancelled;
} ParsedEvent;

static void
parsed_event_free (ParsedEvent *event)
{
  g_clear_object (&event->interview);
  g_free (event);
}

void
_pursuit_ics_ensure_libical (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* By default libical aborts on its own errors; broken input must
       * come back to us as a GError instead. */
      icalerror_set_errors_are_fatal (0);
      g_once_init_leave (&initialized, 1);
    }
}

/* Parsing */

/* Text from a file may be in any encoding; the store takes UTF-8 only. */
static char *
clean_text (const char *text,
            glong       max_chars)
{
  g_autofree char *valid = NULL;
  g_autofree char *stripped = NULL;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, -1);
  stripped = g_strstrip (g_strdup (valid));

  if (stripped[0] == '\0')
    return NULL;

  if (g_utf8_strlen (stripped, -1) > max_chars)
    {
      g_autofree char *cut = g_utf8_substring (stripped, 0, max_chars);

      return g_strconcat (cut, "…", NULL);
    }

  return g_steal_pointer (&stripped);
}

static const char *
find_x (icalcomponent *event,
        const char    *name)
{
  for (icalproperty *property = icalcomponent_get_first_property (event, ICAL_X_PROPERTY);
       property != NULL;
       property = icalcomponent_get_next_property (event, ICAL_X_PROPERTY))
    {
      const char *x_name = icalproperty_get_x_name (property);

      if (x_name != NULL && g_ascii_strcasecmp (x_name, name) == 0)
        return icalproperty_get_x (property);
    }

  return NULL;
}

static GDateTime *
fields_to_date_time (GTimeZone                 *zone,
                     const struct icaltimetype *time)
{
  return g_date_time_new (zone, time->year, time->month, time->day,
                          time->hour, time->minute, time->second);
}

/* Where @time is: UTC, a zone libical knows (the file's VTIMEZONE or its
 * own database), a zone GLib knows, or else the local zone, which is also
 * what a floating time means. All-day dates start at 09:00 local time. */
static GDateTime *
resolve_time (struct icaltimetype  time,
              icalproperty        *property,
              GTimeZone           *local)
{
  icalparameter *tzid_parameter;
  const char *tzid = NULL;

  if (icaltime_is_null_time (time) || !icaltime_is_valid_time (time))
    return NULL;

  if (time.year < 1970 || time.year > 9999)
    return NULL;

  if (icaltime_is_date (time))
    {
      struct icaltimetype morning = time;

      morning.hour = 9;
      morning.minute = 0;
      morning.second = 0;
      return fields_to_date_time (local, &morning);
    }

  if (icaltime_is_utc (time))
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

      return fields_to_date_time (utc, &time);
    }

  if (icaltime_get_timezone (time) != NULL)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      struct icaltimetype converted = icaltime_convert_to_zone (time, icaltimezone_get_utc_timezone ());

      return fields_to_date_time (utc, &converted);
    }

  tzid_parameter = property != NULL ? icalproperty_get_first_parameter (property, ICAL_TZID_PARAMETER) : NULL;
  if (tzid_parameter != NULL)
    tzid = icalparameter_get_tzid (tzid_parameter);

  if (tzid != NULL && g_utf8_validate (tzid, -1, NULL) && strlen (tzid) < 256)
    {
      g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (tzid);

      if (zone != NULL)
        return fields_to_date_time (zone, &time);

      g_debug ("Unknown time zone “%s”, reading the time as local time", tzid);
    }

  return fields_to_date_time (local, &time);
}

static int
event_minutes (icalcomponent *event,
               GDateTime     *start,
               gboolean       all_day,
               GTimeZone     *local)
{
  icalproperty *dtend = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  icalproperty *duration = icalcomponent_get_first_property (event, ICAL_DURATION_PROPERTY);
  gint64 minutes = 0;

  /* All-day events have no time of day; an interview on that day gets the
   * usual hour. */
  if (all_day)
    return DEFAULT_MINUTES;

  if (dtend != NULL)
    {
      /* The event, not the property, knows the calendar's VTIMEZONEs. */
      g_autoptr(GDateTime) end = resolve_time (icalcomponent_get_dtend (event), dtend, local);

      if (end != NULL)
        minutes = g_date_time_difference (end, start) / G_TIME_SPAN_MINUTE;
    }
  else if (duration != NULL)
    {
      struct icaldurationtype value = icalproperty_get_duration (duration);

      if (!icaldurationtype_is_bad_duration (value) && !value.is_neg)
        minutes = icaldurationtype_as_int (value) / 60;
    }

  if (minutes <= 0)
    return DEFAULT_MINUTES;

  return (int)MIN (minutes, MAX_MINUTES);
}

static gboolean
is_video_host (const char *url)
{
  static const char * const hosts[] = {
    "zoom.us", "meet.google.com", "teams.microsoft.com", "teams.live.com", "webex.com",
    "whereby.com", "meet.jit.si", "chime.aws", "gotomeeting.com", "bluejeans.com",
  };
  g_autofree char *host = NULL;
  const char *start = strstr (url, "://");
  const char *end;

  if (start == NULL)
    return FALSE;

  start += 3;
  end = start + strcspn (start, "/?#:");
  host = g_ascii_strdown (start, end - start);

  for (guint i = 0; i < G_N_ELEMENTS (hosts); i++)
    if (g_str_equal (host, hosts[i]) || (g_str_has_suffix (host, hosts[i]) &&
                                          host[strlen (host) - strlen (hosts[i]) - 1] == '.'))
      return TRUE;

  return FALSE;
}

/* The first meeting link in @text: Zoom, Meet and Teams invitations put it
 * in the description and a label ("Microsoft Teams Meeting") in LOCATION. */
static char *
find_video_url (const char *text)
{
  const char *p = text;

  while (p != NULL && (p = strstr (p, "https://")) != NULL)
    {
      gsize length = strcspn (p, " \t\r\n<>\"'()[]{}|\\^`");
      g_autofree char *url = g_strndup (p, length);

      /* Sentence punctuation is not part of the link. */
      while (length > 0 && strchr (".,;:!?", url[length - 1]) != NULL)
        url[--length] = '\0';

      if (is_video_host (url) && length < 2048)
        return g_steal_pointer (&url);

      p += MAX (length, 1);
    }

  return NULL;
}

static gboolean
names_meeting_service (const char *location)
{
  g_autofree char *folded = g_utf8_casefold (location, -1);

  return strstr (folded, "://") == NULL &&
         (strstr (folded, "teams") != NULL || strstr (folded, "zoom") != NULL ||
          strstr (folded, "meet") != NULL || strstr (folded, "webex") != NULL ||
          strstr (folded, "video") != NULL || strstr (folded, "online") != NULL);
}

static const char *
guess_kind (const char *summary)
{
  static const struct
  {
    const char *word;
    const char *kind;
  } words[] = {
    { "final", "final" },
    { "onsite", "onsite" },
    { "on-site", "onsite" },
    { "on site", "onsite" },
    { "technical", "technical" },
    { "coding", "technical" },
    { "system design", "technical" },
    { "pair programming", "technical" },
    { "behavioral", "behavioral" },
    { "behavioural", "behavioral" },
    { "culture", "behavioral" },
    { "phone", "phone_screen" },
    { "screen", "phone_screen" },
    { "intro call", "phone_screen" },
  };
  g_autofree char *folded = NULL;

  if (summary == NULL)
    return "other";

  folded = g_utf8_casefold (summary, -1);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (folded, words[i].word) != NULL)
      return words[i].kind;

  return "other";
}

static char *
organizer_email (const char *value)
{
  g_autofree char *email = NULL;

  /* An address with broken bytes is no address, even repaired. */
  if (value == NULL || !g_utf8_validate (value, -1, NULL))
    return NULL;

  if (g_ascii_strncasecmp (value, "mailto:", 7) == 0)
    value += 7;

  email = clean_text (value, 254);
  if (email == NULL || strchr (email, '@') == NULL || email[0] == '@' ||
      strpbrk (email, " \t\r\n<>\"(),;:") != NULL || g_str_has_suffix (email, "…"))
    return NULL;

  return g_steal_pointer (&email);
}

static void
read_organizer (icalcomponent    *event,
                PursuitInterview *interview)
{
  icalproperty *organizer = icalcomponent_get_first_property (event, ICAL_ORGANIZER_PROPERTY);
  icalparameter *cn;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;

  if (organizer == NULL)
    return;

  cn = icalproperty_get_first_parameter (organizer, ICAL_CN_PARAMETER);
  if (cn != NULL)
    name = clean_text (icalparameter_get_cn (cn), MAX_SHORT_CHARS);
  email = organizer_email (icalproperty_get_organizer (organizer));

  pursuit_interview_set_interviewer (interview, name != NULL ? name : email);
  pursuit_interview_set_interviewer_email (interview, email);
}

static char *
join_notes (const char *summary,
            const char *description)
{
  if (summary != NULL && description != NULL)
    return g_strdup_printf ("%s\n\n%s", summary, description);

  return g_strdup (summary != NULL ? summary : description);
}

/* Our own export: the X-PURSUIT properties carry what SUMMARY and
 * DESCRIPTION only show. */
static gboolean
read_own_properties (icalcomponent    *event,
                     PursuitInterview *interview)
{
  const char *kind = find_x (event, PURSUIT_ICS_X_KIND);
  const char *reminders = find_x (event, PURSUIT_ICS_X_REMINDERS);
  g_autofree char *clean_kind = NULL;
  g_autofree char *interviewer = NULL;
  g_autofree char *email = NULL;
  g_autofree char *notes = NULL;

  if (kind == NULL)
    return FALSE;

  clean_kind = clean_text (kind, 64);
  interviewer = clean_text (find_x (event, PURSUIT_ICS_X_INTERVIEWER), MAX_SHORT_CHARS);
  email = organizer_email (find_x (event, PURSUIT_ICS_X_EMAIL));
  notes = clean_text (find_x (event, PURSUIT_ICS_X_NOTES), MAX_NOTES_CHARS);

  pursuit_interview_set_kind (interview, clean_kind != NULL ? clean_kind : "other");
  pursuit_interview_set_interviewer (interview, interviewer);
  pursuit_interview_set_interviewer_email (interview, email);
  pursuit_interview_set_notes (interview, notes);
  if (g_strcmp0 (reminders, "none") == 0)
    pursuit_interview_set_reminder_minutes (interview, "");
  else if (reminders != NULL && pursuit_interview_reminder_minutes_valid (reminders))
    pursuit_interview_set_reminder_minutes (interview, reminders);

  return TRUE;
}

static ParsedEvent *
parse_event (icalcomponent *event,
             gboolean       cancel_all,
             GTimeZone     *local)
{
  icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  g_autofree char *location = NULL;
  g_autofree char *video = NULL;
  struct icaltimetype start_time;
  ParsedEvent *parsed;

  if (dtstart == NULL)
    {
      g_debug ("Skipping an event without DTSTART");
      return NULL;
    }

  if (find_x (event, PURSUIT_ICS_X_ITEM) != NULL)
    {
      g_debug ("Skipping an exported follow-up");
      return NULL;
    }

  start_time = icalcomponent_get_dtstart (event);
  start = resolve_time (start_time, dtstart, local);
  if (start == NULL)
    {
      g_debug ("Skipping an event with an unusable DTSTART");
      return NULL;
    }

  interview = pursuit_interview_new ();
  pursuit_interview_set_starts_at (interview, g_date_time_to_unix (start));
  pursuit_interview_set_duration_minutes (interview,
                                          event_minutes (event, start, icaltime_is_date (start_time), local));

  uid = clean_text (icalcomponent_get_uid (event), MAX_SHORT_CHARS);
  pursuit_interview_set_uid (interview, uid);

  summary = clean_text (icalcomponent_get_summary (event), MAX_SHORT_CHARS);
  description = clean_text (icalcomponent_get_description (event), MAX_NOTES_CHARS);
  location = clean_text (icalcomponent_get_location (event), MAX_SHORT_CHARS);

  if (description != NULL)
    video = find_video_url (description);
  if (video == NULL)
    {
      g_autofree char *conference = clean_text (find_x (event, "X-GOOGLE-CONFERENCE"), 2048);

      if (conference != NULL && is_video_host (conference))
        video = g_steal_pointer (&conference);
    }

  if (location == NULL || (video != NULL && names_meeting_service (location)))
    pursuit_interview_set_location (interview, video != NULL ? video : location);
  else
    pursuit_interview_set_location (interview, location);

  if (!read_own_properties (event, interview))
    {
      g_autofree char *notes = join_notes (summary, description);

      pursuit_interview_set_kind (interview, guess_kind (summary));
      pursuit_interview_set_notes (interview, notes);
      read_organizer (event, interview);
    }

  parsed = g_new0 (ParsedEvent, 1);
  parsed->interview = g_steal_pointer (&interview);
  parsed->cancelled = cancel_all || icalcomponent_get_status (event) == ICAL_STATUS_CANCELLED;
  return parsed;
}

static gboolean
looks_like_icalendar (const char *text)
{
  /* Blank lines before the start are common in mail attachments. */
  while (g_ascii_isspace (*text))
    text++;

  return g_ascii_strncasecmp (text, "BEGIN:VCALENDAR", strlen ("BEGIN:VCALENDAR")) == 0;
}

/* Whether BEGIN and END lines pair up. libical copes with files where they
 * do not, but prints to stderr about it, which a command-line tool cannot
 * have; a file like that is broken anyway. */
static gboolean
components_balanced (const char *text)
{
  int depth = 0;

  for (const char *line = text; line != NULL && *line != '\0'; )
    {
      const char *next = strchr (line, '\n');

      if (g_ascii_strncasecmp (line, "BEGIN:", 6) == 0)
        depth++;
      else if (g_ascii_strncasecmp (line, "END:", 4) == 0 && --depth < 0)
        return FALSE;

      line = next != NULL ? next + 1 : NULL;
    }

  return TRUE;
}

static gboolean
parse_calendar (icalcomponent  *calendar,
                GPtrArray      *events,
                GTimeZone      *local,
                GError        **error)
{
  gboolean cancel_all = icalcomponent_get_first_property (calendar, ICAL_METHOD_PROPERTY) != NULL &&
                        icalcomponent_get_method (calendar) == ICAL_METHOD_CANCEL;

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      ParsedEvent *parsed;

      if (events->len >= MAX_EVENTS)
        {
          g_set_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_TOO_LARGE,
                       _("The calendar file holds more than %d events; an invitation has one"), MAX_EVENTS);
          return FALSE;
        }

      parsed = parse_event (event, cancel_all, local);
      if (parsed != NULL)
        g_ptr_array_add (events, parsed);
    }

  return TRUE;
}

/* Every VEVENT with a usable start, cancelled ones included and marked. */
static GPtrArray *
parse_events (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify)parsed_event_free);
  g_autoptr(icalcomponent) root = NULL;
  g_autoptr(GTimeZone) local = NULL;
  g_autofree char *text = NULL;
  const char *start;

  _pursuit_ics_ensure_libical ();

  if (length > PURSUIT_ICS_MAX_BYTES)
    {
      g_set_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_TOO_LARGE,
                   _("The calendar file is larger than %d MB"), PURSUIT_ICS_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  if (length == 0 || memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_INVALID,
                   length == 0 ? _("The calendar file is empty")
                               : _("This is not a calendar file: it holds binary data"));
      return NULL;
    }

  text = g_strndup (data, length);
  start = text;
  if (g_str_has_prefix (start, "\xef\xbb\xbf"))
    start += 3;

  if (!looks_like_icalendar (start))
    {
      g_set_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_INVALID,
                   _("This is not an iCalendar file: it does not start with BEGIN:VCALENDAR"));
      return NULL;
    }

  if (components_balanced (start))
    root = icalparser_parse_string (start);
  if (root == NULL)
    {
      g_set_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_INVALID,
                   _("The calendar file could not be read"));
      return NULL;
    }

  local = g_time_zone_new_local ();

  if (icalcomponent_isa (root) == ICAL_VCALENDAR_COMPONENT)
    {
      if (!parse_calendar (root, events, local, error))
        return NULL;
    }
  else if (icalcomponent_isa (root) == ICAL_XROOT_COMPONENT)
    {
      /* Several calendars one after the other. */
      for (icalcomponent *calendar = icalcomponent_get_first_component (root, ICAL_VCALENDAR_COMPONENT);
           calendar != NULL;
           calendar = icalcomponent_get_next_component (root, ICAL_VCALENDAR_COMPONENT))
        if (!parse_calendar (calendar, events, local, error))
          return NULL;
    }
  else
    {
      g_set_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_INVALID,
                   _("The calendar file holds no calendar"));
      return NULL;
    }

  if (events->len == 0)
    {
      g_set_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_NO_EVENTS,
                   _("The calendar file holds no event with a start time"));
      return NULL;
    }

  return g_steal_pointer (&events);
}

/**
 * pursuit_ics_parse_interviews:
 * @data: (array length=length): the content of an .ics file
 * @length: its size in bytes
 * @error: a location for a #GError
 *
 * Reads an invitation. Events that are cancelled are left out.
 *
 * Returns: (transfer full) (element-type PursuitInterview) (nullable): the
 *   interviews, not saved, or %NULL with @error set
 */
GPtrArray *
pursuit_ics_parse_interviews (const char  *data,
                              gsize        length,
                              GError     **error)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) interviews = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  events = parse_events (data != NULL ? data : "", length, error);
  if (events == NULL)
    return NULL;

  interviews = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < events->len; i++)
    {
      ParsedEvent *event = g_ptr_array_index (events, i);

      if (!event->cancelled)
        g_ptr_array_add (interviews, g_object_ref (event->interview));
    }

  if (interviews->len == 0)
    {
      g_set_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_NO_EVENTS,
                   _("The calendar file only cancels events"));
      return NULL;
    }

  return g_steal_pointer (&interviews);
}

static PursuitInterview *
find_by_uid (GPtrArray  *interviews,
             const char *uid)
{
  if (uid == NULL)
    return NULL;

  for (guint i = 0; interviews != NULL && i < interviews->len; i++)
    {
      PursuitInterview *interview = g_ptr_array_index (interviews, i);

      if (g_strcmp0 (pursuit_interview_get_uid (interview), uid) == 0)
        return interview;
    }

  return NULL;
}

/* A new version of an invitation moves the interview and takes the new
 * place; what the user wrote (kind, notes, reminders) stays. */
static gboolean
update_existing (PursuitStore      *store,
                 PursuitInterview  *existing,
                 PursuitInterview  *imported,
                 GError           **error)
{
  g_autoptr(PursuitInterview) changed = pursuit_interview_copy (existing);

  pursuit_interview_set_starts_at (changed, pursuit_interview_get_starts_at (imported));
  pursuit_interview_set_duration_minutes (changed, pursuit_interview_get_duration_minutes (imported));
  if (pursuit_interview_get_location (imported) != NULL)
    pursuit_interview_set_location (changed, pursuit_interview_get_location (imported));
  if (pursuit_interview_get_interviewer (imported) != NULL)
    pursuit_interview_set_interviewer (changed, pursuit_interview_get_interviewer (imported));
  if (pursuit_interview_get_interviewer_email (imported) != NULL)
    pursuit_interview_set_interviewer_email (changed, pursuit_interview_get_interviewer_email (imported));

  return pursuit_store_update_interview (store, changed, error);
}

static gboolean
import_event (PursuitStore  *store,
              gint64         job_id,
              GPtrArray     *existing,
              ParsedEvent   *event,
              guint         *n_saved,
              GError       **error)
{
  PursuitInterview *match = find_by_uid (existing, pursuit_interview_get_uid (event->interview));
  gboolean match_scheduled = match != NULL &&
                             g_strcmp0 (pursuit_interview_get_status (match), "scheduled") == 0;

  if (event->cancelled)
    {
      /* A cancellation of an interview we have; others are not ours. */
      if (!match_scheduled)
        return TRUE;

      if (!pursuit_store_cancel_interview (store, pursuit_interview_get_id (match), error))
        return FALSE;

      (*n_saved)++;
      return TRUE;
    }

  if (match_scheduled)
    {
      if (!update_existing (store, match, event->interview, error))
        return FALSE;

      (*n_saved)++;
      return TRUE;
    }

  pursuit_interview_set_job_id (event->interview, job_id);
  if (pursuit_store_add_interview (store, event->interview, error) == 0)
    return FALSE;

  (*n_saved)++;
  return TRUE;
}

/**
 * pursuit_ics_import:
 * @store: a store
 * @job_id: the job the invitation is for
 * @data: (array length=length): the content of an .ics file
 * @length: its size in bytes
 * @error: a location for a #GError
 *
 * Adds the invitation's interviews to @job_id, all or none. An event whose
 * UID the job already has updates that interview; a cancellation (METHOD
 * CANCEL or STATUS CANCELLED) of one cancels it.
 *
 * Returns: how many interviews were added, updated or cancelled; 0 with
 *   @error set on failure
 */
guint
pursuit_ics_import (PursuitStore  *store,
                    gint64         job_id,
                    const char    *data,
                    gsize          length,
                    GError       **error)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) existing = NULL;
  g_autoptr(PursuitJob) job = NULL;
  guint n_saved = 0;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), 0);
  g_return_val_if_fail (data != NULL || length == 0, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  events = parse_events (data != NULL ? data : "", length, error);
  if (events == NULL)
    return 0;

  job = pursuit_store_get_job (store, job_id, error);
  if (job == NULL)
    return 0;

  existing = pursuit_store_list_interviews (store, job_id);

  if (!pursuit_store_begin (store, error))
    return 0;

  for (guint i = 0; i < events->len; i++)
    {
      if (!import_event (store, job_id, existing, g_ptr_array_index (events, i), &n_saved, error))
        {
          g_prefix_error (error, _("Importing event %u: "), i + 1);
          pursuit_store_rollback (store);
          return 0;
        }
    }

  if (n_saved == 0)
    {
      pursuit_store_rollback (store);
      g_set_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_NO_EVENTS,
                   _("The calendar file only cancels interviews this job does not have"));
      return 0;
    }

  if (!pursuit_store_commit (store, error))
    return 0;

  return n_saved;
}
