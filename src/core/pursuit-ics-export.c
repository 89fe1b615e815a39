/* pursuit-ics-export.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-ics"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-calendar-event-private.h"
#include "pursuit-ics-private.h"

/* Writing iCalendar: we build components and let libical fold, escape and
 * format them. */

struct icaltimetype
_pursuit_ics_utc_time (gint64 unix_time)
{
  return icaltime_from_timet_with_zone ((time_t)unix_time, 0, icaltimezone_get_utc_timezone ());
}

gboolean
_pursuit_ics_wall_time (gint64               unix_time,
                        GTimeZone           *zone,
                        int                  add_days,
                        gboolean             is_date,
                        struct icaltimetype *out)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) in_zone = time != NULL ? g_date_time_to_timezone (time, zone) : NULL;
  g_autoptr(GDateTime) local = in_zone != NULL ? g_date_time_add_days (in_zone, add_days) : NULL;

  if (local == NULL)
    return FALSE;

  *out = is_date ? icaltime_null_date () : icaltime_null_time ();
  out->year = g_date_time_get_year (local);
  out->month = g_date_time_get_month (local);
  out->day = g_date_time_get_day_of_month (local);
  if (!is_date)
    {
      out->hour = g_date_time_get_hour (local);
      out->minute = g_date_time_get_minute (local);
      out->second = g_date_time_get_second (local);
    }

  return TRUE;
}

void
_pursuit_ics_add_text (icalcomponent *component,
                       icalproperty  *(*new_property) (const char *),
                       const char    *text)
{
  if (text != NULL && text[0] != '\0')
    icalcomponent_add_property (component, new_property (text));
}

static void
add_x (icalcomponent *component,
       const char    *name,
       const char    *value)
{
  icalproperty *property;

  if (value == NULL || value[0] == '\0')
    return;

  property = icalproperty_new_x (value);
  icalproperty_set_x_name (property, name);
  icalcomponent_add_property (component, property);
}

static void
add_alarm (icalcomponent            *event,
           struct icaltriggertype    trigger,
           const char               *description)
{
  icalcomponent *alarm = icalcomponent_new_valarm ();

  icalcomponent_add_property (alarm, icalproperty_new_action (ICAL_ACTION_DISPLAY));
  icalcomponent_add_property (alarm, icalproperty_new_trigger (trigger));
  icalcomponent_add_property (alarm, icalproperty_new_description (description));
  icalcomponent_add_component (event, alarm);
}

static char *
interview_summary (PursuitJob *job)
{
  const char *company = pursuit_job_get_company (job);

  if (company != NULL && company[0] != '\0')
    /* Translators: the title of an exported interview: company, then job title */
    return g_strdup_printf (_("Interview at %s: %s"), company, pursuit_job_get_title (job));

  /* Translators: the title of an exported interview at no known company */
  return g_strdup_printf (_("Interview: %s"), pursuit_job_get_title (job));
}

static char *
follow_up_summary (PursuitJob *job)
{
  const char *company = pursuit_job_get_company (job);

  if (company != NULL && company[0] != '\0')
    /* Translators: the title of an exported follow-up: company, then job title */
    return g_strdup_printf (_("Follow up with %s: %s"), company, pursuit_job_get_title (job));

  /* Translators: the title of an exported follow-up at no known company */
  return g_strdup_printf (_("Follow up: %s"), pursuit_job_get_title (job));
}

static char *
interview_description (PursuitInterview *interview)
{
  GString *text = g_string_new (NULL);
  const char *interviewer = pursuit_interview_get_interviewer (interview);
  const char *email = pursuit_interview_get_interviewer_email (interview);
  const char *notes = pursuit_interview_get_notes (interview);

  if (pursuit_interview_get_kind (interview) != NULL)
    /* Translators: a line in an exported calendar event; %s is the interview type ("technical") */
    g_string_append_printf (text, _("Type: %s"), pursuit_interview_get_kind (interview));

  if (interviewer != NULL && interviewer[0] != '\0')
    {
      g_string_append_c (text, '\n');
      if (email != NULL && email[0] != '\0')
        /* Translators: a line in an exported calendar event: name and e-mail address */
        g_string_append_printf (text, _("Interviewer: %s <%s>"), interviewer, email);
      else
        g_string_append_printf (text, _("Interviewer: %s"), interviewer);
    }
  else if (email != NULL && email[0] != '\0')
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("Interviewer: %s"), email);
    }

  if (notes != NULL && notes[0] != '\0')
    g_string_append_printf (text, "\n\n%s", notes);

  return g_string_free (text, FALSE);
}

static icalcomponent *
interview_event (PursuitInterview    *interview,
                 PursuitJob          *job,
                 struct icaltimetype  stamp)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = interview_description (interview);
  g_autoptr(GArray) offsets = pursuit_interview_dup_reminder_offsets (interview);
  gint64 updated_at = pursuit_interview_get_updated_at (interview);
  const char *reminders;

  uid = pursuit_interview_get_uid (interview) != NULL
    ? g_strdup (pursuit_interview_get_uid (interview))
    : g_strdup_printf ("interview-%" G_GINT64_FORMAT "@pursuit.invalid", pursuit_interview_get_id (interview));
  summary = interview_summary (job);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  if (updated_at > 0)
    icalcomponent_add_property (event,
                                icalproperty_new_lastmodified (_pursuit_ics_utc_time (updated_at)));
  icalcomponent_add_property (event,
                              icalproperty_new_dtstart (_pursuit_ics_utc_time (pursuit_interview_get_starts_at (interview))));
  icalcomponent_add_property (event,
                              icalproperty_new_dtend (_pursuit_ics_utc_time (pursuit_interview_get_ends_at (interview))));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  _pursuit_ics_add_text (event, icalproperty_new_location,
                         pursuit_interview_get_location (interview));
  _pursuit_ics_add_text (event, icalproperty_new_description, description);
  icalcomponent_add_property (event, icalproperty_new_status (ICAL_STATUS_CONFIRMED));
  add_x (event, PURSUIT_ICS_X_KIND, pursuit_interview_get_kind (interview));
  add_x (event, PURSUIT_ICS_X_INTERVIEWER, pursuit_interview_get_interviewer (interview));
  add_x (event, PURSUIT_ICS_X_EMAIL, pursuit_interview_get_interviewer_email (interview));
  add_x (event, PURSUIT_ICS_X_NOTES, pursuit_interview_get_notes (interview));
  /* An empty value would not survive the trip; "none" says no reminders. */
  reminders = pursuit_interview_get_reminder_minutes (interview);
  add_x (event, PURSUIT_ICS_X_REMINDERS, reminders != NULL && reminders[0] != '\0' ? reminders : "none");

  for (guint i = 0; offsets != NULL && i < offsets->len; i++)
    {
      int minutes = g_array_index (offsets, int, i);

      add_alarm (event, icaltriggertype_from_int (-minutes * 60), summary);
    }

  return event;
}

static icalcomponent *
follow_up_event (PursuitStore        *store,
                 PursuitFollowUp     *follow_up,
                 PursuitJob          *job,
                 struct icaltimetype  stamp,
                 GTimeZone           *local)
{
  icalcomponent *event;
  struct icaltriggertype trigger = icaltriggertype_from_int (0);
  struct icaltimetype day;
  struct icaltimetype next_day;
  gint64 due_at = pursuit_follow_up_get_due_at (follow_up);
  g_autofree char *uid = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;

  if (!_pursuit_ics_wall_time (due_at, local, 0, TRUE, &day)
      || !_pursuit_ics_wall_time (due_at, local, 1, TRUE, &next_day))
    return NULL;

  event = icalcomponent_new_vevent ();

  /* Follow-ups have no UID of their own; the creation time keeps two
   * databases' "follow-up 1" apart. */
  uid = g_strdup_printf ("follow-up-%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "@pursuit.invalid",
                         pursuit_follow_up_get_id (follow_up), pursuit_follow_up_get_created_at (follow_up));
  summary = follow_up_summary (job);
  description = _pursuit_calendar_event_follow_up_message (store, follow_up, job);

  icalcomponent_add_property (event, icalproperty_new_uid (uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (stamp));
  /* A day to do it in, with the alarm at the time it is due. */
  icalcomponent_add_property (event, icalproperty_new_dtstart (day));
  icalcomponent_add_property (event, icalproperty_new_dtend (next_day));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  _pursuit_ics_add_text (event, icalproperty_new_description, description);
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));
  add_x (event, PURSUIT_ICS_X_ITEM, "follow-up");

  trigger.time = _pursuit_ics_utc_time (due_at);
  add_alarm (event, trigger, summary);

  return event;
}

static void
add_job_events (icalcomponent       *calendar,
                PursuitStore        *store,
                PursuitJob          *job,
                struct icaltimetype  stamp,
                GTimeZone           *local)
{
  gint64 job_id = pursuit_job_get_id (job);
  g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (store, job_id);
  g_autoptr(GPtrArray) follow_ups = pursuit_store_list_follow_ups (store, job_id);

  for (guint i = 0; interviews != NULL && i < interviews->len; i++)
    {
      PursuitInterview *interview = g_ptr_array_index (interviews, i);

      if (g_strcmp0 (pursuit_interview_get_status (interview), "scheduled") == 0)
        icalcomponent_add_component (calendar, interview_event (interview, job, stamp));
    }

  for (guint i = 0; follow_ups != NULL && i < follow_ups->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);

      icalcomponent *event;

      if (g_strcmp0 (pursuit_follow_up_get_status (follow_up), "pending") != 0)
        continue;

      event = follow_up_event (store, follow_up, job, stamp, local);
      if (event != NULL)
        icalcomponent_add_component (calendar, event);
    }
}

/**
 * pursuit_ics_export:
 * @store: a store
 * @job_id: the job whose interviews and follow-ups to export, or 0 for all
 * @error: a location for a #GError
 *
 * Writes scheduled interviews and pending follow-ups as an iCalendar file
 * that calendar applications import.
 *
 * Returns: (transfer full) (nullable): the iCalendar text, or %NULL with
 *   @error set (an unknown job)
 */
char *
pursuit_ics_export (PursuitStore  *store,
                    gint64         job_id,
                    GError       **error)
{
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GTimeZone) local = NULL;
  g_autofree char *prodid = NULL;
  struct icaltimetype stamp;
  char *text;
  char *result;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (job_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _pursuit_ics_ensure_libical ();

  if (job_id != 0)
    {
      PursuitJob *job = pursuit_store_get_job (store, job_id, error);

      if (job == NULL)
        return NULL;

      jobs = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (jobs, job);
    }
  else
    {
      jobs = pursuit_store_list_jobs (store, NULL, error);
      if (jobs == NULL)
        return NULL;
    }

  local = g_time_zone_new_local ();
  stamp = _pursuit_ics_utc_time (g_get_real_time () / G_USEC_PER_SEC);
  prodid = g_strdup_printf ("-//Pursuit//Pursuit %s//EN", PACKAGE_VERSION);

  /* A plain calendar file, not an iTIP message: no METHOD, so that
   * importing it adds events instead of answering an invitation. */
  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_prodid (prodid));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));

  for (guint i = 0; i < jobs->len; i++)
    add_job_events (calendar, store, g_ptr_array_index (jobs, i), stamp, local);

  text = icalcomponent_as_ical_string_r (calendar);
  result = g_strdup (text);
  icalmemory_free_buffer (text);

  return result;
}
