/* pursuit-calendar-event.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar-event"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-calendar-event-private.h"
#include "pursuit-follow-up-template.h"
#include "pursuit-interview.h"
#include "pursuit-job.h"
#include "pursuit-stage.h"

/* Calendars keep at most five reminders per event (Google refuses more). */
#define MAX_REMINDERS 5

struct _PursuitCalendarEvent
{
  GObject parent_instance;

  char *uid;
  char *summary;
  char *description;
  char *location;
  gint64 starts_at;
  gint64 ends_at;
  gboolean all_day;
  char *time_zone;
  char *reminder_minutes;
  char *attendee_email;
  char *attendee_name;
  char *url;
};

G_DEFINE_FINAL_TYPE (PursuitCalendarEvent, pursuit_calendar_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UID,
  PROP_SUMMARY,
  PROP_DESCRIPTION,
  PROP_LOCATION,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_ALL_DAY,
  PROP_TIME_ZONE,
  PROP_REMINDER_MINUTES,
  PROP_ATTENDEE_EMAIL,
  PROP_ATTENDEE_NAME,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
is_iana_name (const char *identifier)
{
  gboolean slash = FALSE;

  if (identifier == NULL || !g_ascii_isalpha (identifier[0]))
    return FALSE;
  if (g_str_equal (identifier, "UTC"))
    return TRUE;

  /* POSIX TZ strings ("CET-1CEST,M3.5.0") and file paths are not names
   * other calendars understand; "Area/Location" ones are. */
  for (const char *p = identifier; *p != '\0'; p++)
    {
      if (*p == '/')
        {
          if (p[1] == '\0' || p[1] == '/')
            return FALSE;
          slash = TRUE;
        }
      else if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '+')
        return FALSE;
    }

  return slash;
}

static char *
local_time_zone_name (void)
{
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  const char *identifier = g_time_zone_get_identifier (local);

  return g_strdup (is_iana_name (identifier) ? identifier : "UTC");
}

static void
pursuit_calendar_event_finalize (GObject *object)
{
  PursuitCalendarEvent *self = (PursuitCalendarEvent *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->time_zone, g_free);
  g_clear_pointer (&self->reminder_minutes, g_free);
  g_clear_pointer (&self->attendee_email, g_free);
  g_clear_pointer (&self->attendee_name, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (pursuit_calendar_event_parent_class)->finalize (object);
}

static void
pursuit_calendar_event_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PursuitCalendarEvent *self = PURSUIT_CALENDAR_EVENT (object);

  switch (prop_id)
    {
    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;
    case PROP_STARTS_AT:
      g_value_set_int64 (value, self->starts_at);
      break;
    case PROP_ENDS_AT:
      g_value_set_int64 (value, self->ends_at);
      break;
    case PROP_ALL_DAY:
      g_value_set_boolean (value, self->all_day);
      break;
    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;
    case PROP_REMINDER_MINUTES:
      g_value_set_string (value, self->reminder_minutes);
      break;
    case PROP_ATTENDEE_EMAIL:
      g_value_set_string (value, self->attendee_email);
      break;
    case PROP_ATTENDEE_NAME:
      g_value_set_string (value, self->attendee_name);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_calendar_event_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PursuitCalendarEvent *self = PURSUIT_CALENDAR_EVENT (object);

  switch (prop_id)
    {
    case PROP_UID:
      pursuit_calendar_event_set_uid (self, g_value_get_string (value));
      break;
    case PROP_SUMMARY:
      pursuit_calendar_event_set_summary (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      pursuit_calendar_event_set_description (self, g_value_get_string (value));
      break;
    case PROP_LOCATION:
      pursuit_calendar_event_set_location (self, g_value_get_string (value));
      break;
    case PROP_STARTS_AT:
      pursuit_calendar_event_set_starts_at (self, g_value_get_int64 (value));
      break;
    case PROP_ENDS_AT:
      pursuit_calendar_event_set_ends_at (self, g_value_get_int64 (value));
      break;
    case PROP_ALL_DAY:
      pursuit_calendar_event_set_all_day (self, g_value_get_boolean (value));
      break;
    case PROP_TIME_ZONE:
      pursuit_calendar_event_set_time_zone (self, g_value_get_string (value));
      break;
    case PROP_REMINDER_MINUTES:
      pursuit_calendar_event_set_reminder_minutes (self, g_value_get_string (value));
      break;
    case PROP_ATTENDEE_EMAIL:
      pursuit_calendar_event_set_attendee_email (self, g_value_get_string (value));
      break;
    case PROP_ATTENDEE_NAME:
      pursuit_calendar_event_set_attendee_name (self, g_value_get_string (value));
      break;
    case PROP_URL:
      pursuit_calendar_event_set_url (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
time_property (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
pursuit_calendar_event_class_init (PursuitCalendarEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_calendar_event_finalize;
  object_class->get_property = pursuit_calendar_event_get_property;
  object_class->set_property = pursuit_calendar_event_set_property;

  properties [PROP_UID] = string_property ("uid");
  properties [PROP_SUMMARY] = string_property ("summary");
  properties [PROP_DESCRIPTION] = string_property ("description");
  properties [PROP_LOCATION] = string_property ("location");
  properties [PROP_STARTS_AT] = time_property ("starts-at");
  properties [PROP_ENDS_AT] = time_property ("ends-at");
  properties [PROP_ALL_DAY] =
    g_param_spec_boolean ("all-day", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_TIME_ZONE] = string_property ("time-zone");
  properties [PROP_REMINDER_MINUTES] = string_property ("reminder-minutes");
  properties [PROP_ATTENDEE_EMAIL] = string_property ("attendee-email");
  properties [PROP_ATTENDEE_NAME] = string_property ("attendee-name");
  properties [PROP_URL] = string_property ("url");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_calendar_event_init (PursuitCalendarEvent *self)
{
  self->time_zone = local_time_zone_name ();
  self->reminder_minutes = g_strdup ("");
}

PursuitCalendarEvent *
pursuit_calendar_event_new (void)
{
  return g_object_new (PURSUIT_TYPE_CALENDAR_EVENT, NULL);
}

/* Building from the store */

static gboolean
is_set (const char *text)
{
  return text != NULL && text[0] != '\0';
}

static char *
event_summary (PursuitJob *job,
               gboolean    interview)
{
  const char *title = pursuit_job_get_title (job);
  const char *company = pursuit_job_get_company (job);

  if (title == NULL)
    title = "";

  if (!is_set (company))
    return interview
      /* Translators: the title of an interview in the user's calendar; %s is the job title */
      ? g_strdup_printf (_("Interview: %s"), title)
      /* Translators: the title of a follow-up in the user's calendar; %s is the job title */
      : g_strdup_printf (_("Follow up: %s"), title);

  return interview
    /* Translators: the title of an interview in the user's calendar: job title, then company */
    ? g_strdup_printf (_("Interview: %s at %s"), title, company)
    /* Translators: the title of a follow-up in the user's calendar: job title, then company */
    : g_strdup_printf (_("Follow up: %s at %s"), title, company);
}

static void
append_line (GString    *text,
             const char *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/* The lines every event about a job starts with: where it stands and
 * where the posting is. */
static void
append_job_lines (GString      *text,
                  PursuitStore *store,
                  PursuitJob   *job)
{
  const char *stage_key = pursuit_job_get_stage (job);
  g_autoptr(PursuitStage) stage = is_set (stage_key) ? pursuit_store_get_stage (store, stage_key) : NULL;
  const char *url = pursuit_job_get_url (job);

  if (stage != NULL && is_set (pursuit_stage_get_label (stage)))
    {
      /* Translators: a line in a calendar event's description; %s is the stage ("Interviewing") */
      g_autofree char *line = g_strdup_printf (_("Stage: %s"), pursuit_stage_get_label (stage));
      append_line (text, line);
    }

  if (is_set (url))
    {
      /* Translators: a line in a calendar event's description; %s is the link of the job posting */
      g_autofree char *line = g_strdup_printf (_("Posting: %s"), url);
      append_line (text, line);
    }
}

static char *
interview_description (PursuitStore     *store,
                       PursuitJob       *job,
                       PursuitInterview *interview)
{
  GString *text = g_string_new (NULL);
  const char *name = pursuit_interview_get_interviewer (interview);
  const char *email = pursuit_interview_get_interviewer_email (interview);
  const char *location = pursuit_interview_get_location (interview);
  const char *notes = pursuit_interview_get_notes (interview);

  append_job_lines (text, store, job);

  if (is_set (name) || is_set (email))
    {
      g_autofree char *line = NULL;

      if (is_set (name) && is_set (email))
        /* Translators: a line in a calendar event's description: the interviewer's name and e-mail address */
        line = g_strdup_printf (_("Interviewer: %s <%s>"), name, email);
      else
        /* Translators: a line in a calendar event's description: the interviewer's name or e-mail address */
        line = g_strdup_printf (_("Interviewer: %s"), is_set (name) ? name : email);
      append_line (text, line);
    }

  if (is_set (location))
    {
      /* Translators: a line in a calendar event's description: an address or a meeting link */
      g_autofree char *line = g_strdup_printf (_("Location: %s"), location);
      append_line (text, line);
    }

  if (is_set (notes))
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      append_line (text, notes);
    }

  return g_string_free (text, FALSE);
}

static void
set_job_url (PursuitCalendarEvent *self,
             PursuitJob           *job)
{
  const char *url = pursuit_job_get_url (job);

  pursuit_calendar_event_set_url (self, is_set (url) ? url : NULL);
}

PursuitCalendarEvent *
pursuit_calendar_event_new_for_interview (PursuitStore  *store,
                                          gint64         interview_id,
                                          gboolean       invite_interviewer,
                                          GError       **error)
{
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitCalendarEvent) self = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  const char *email;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  interview = pursuit_store_get_interview (store, interview_id, error);
  if (interview == NULL)
    return NULL;
  job = pursuit_store_get_job (store, pursuit_interview_get_job_id (interview), error);
  if (job == NULL)
    return NULL;

  self = pursuit_calendar_event_new ();
  summary = event_summary (job, TRUE);
  description = interview_description (store, job, interview);

  pursuit_calendar_event_set_uid (self, pursuit_interview_get_uid (interview));
  if (self->uid == NULL)
    self->uid = g_strdup_printf ("interview-%" G_GINT64_FORMAT "@pursuit.invalid", interview_id);
  pursuit_calendar_event_set_summary (self, summary);
  pursuit_calendar_event_set_description (self, description);
  pursuit_calendar_event_set_location (self, pursuit_interview_get_location (interview));
  pursuit_calendar_event_set_starts_at (self, pursuit_interview_get_starts_at (interview));
  pursuit_calendar_event_set_ends_at (self, pursuit_interview_get_ends_at (interview));
  pursuit_calendar_event_set_reminder_minutes (self, pursuit_interview_get_reminder_minutes (interview));
  set_job_url (self, job);

  email = pursuit_interview_get_interviewer_email (interview);
  if (invite_interviewer && is_set (email))
    {
      const char *name = pursuit_interview_get_interviewer (interview);

      pursuit_calendar_event_set_attendee_email (self, email);
      pursuit_calendar_event_set_attendee_name (self, is_set (name) ? name : NULL);
    }

  return g_steal_pointer (&self);
}

/* The message to send, placeholders filled as the job page fills them. */
char *
_pursuit_calendar_event_follow_up_message (PursuitStore    *store,
                                           PursuitFollowUp *follow_up,
                                           PursuitJob      *job)
{
  const char *template_ = pursuit_follow_up_get_template (follow_up);
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  PursuitTemplateContext context = { 0 };

  if (!is_set (template_))
    return NULL;

  contacts = pursuit_store_list_contacts (store, pursuit_job_get_id (job));
  if (pursuit_follow_up_get_interview_id (follow_up) != 0)
    interview = pursuit_store_get_interview (store, pursuit_follow_up_get_interview_id (follow_up), NULL);

  context.job = job;
  context.contact = contacts != NULL && contacts->len > 0 ? g_ptr_array_index (contacts, 0) : NULL;
  context.interview_at = interview != NULL ? pursuit_interview_get_starts_at (interview) : 0;

  return pursuit_follow_up_template_expand (template_, &context);
}

/* Local midnight of the day of @unix_time, @add_days later. */
static gboolean
local_midnight (gint64     unix_time,
                GTimeZone *zone,
                int        add_days,
                gint64    *midnight)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = time != NULL ? g_date_time_to_timezone (time, zone) : NULL;
  g_autoptr(GDateTime) day = NULL;

  if (local == NULL)
    return FALSE;
  day = g_date_time_new (zone, g_date_time_get_year (local), g_date_time_get_month (local),
                         g_date_time_get_day_of_month (local), 0, 0, 0);
  if (day != NULL && add_days != 0)
    {
      GDateTime *later = g_date_time_add_days (day, add_days);

      g_date_time_unref (day);
      day = later;
    }
  if (day == NULL)
    return FALSE;

  *midnight = g_date_time_to_unix (day);
  return TRUE;
}

PursuitCalendarEvent *
pursuit_calendar_event_new_for_follow_up (PursuitStore  *store,
                                          gint64         follow_up_id,
                                          GError       **error)
{
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitCalendarEvent) self = NULL;
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GString) description = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *message = NULL;
  gint64 starts_at;
  gint64 ends_at;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  follow_up = pursuit_store_get_follow_up (store, follow_up_id, error);
  if (follow_up == NULL)
    return NULL;
  job = pursuit_store_get_job (store, pursuit_follow_up_get_job_id (follow_up), error);
  if (job == NULL)
    return NULL;

  local = g_time_zone_new_local ();
  if (!local_midnight (pursuit_follow_up_get_due_at (follow_up), local, 0, &starts_at)
      || !local_midnight (pursuit_follow_up_get_due_at (follow_up), local, 1, &ends_at))
    {
      g_set_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_INVALID,
                   _("The follow-up’s due date is out of range"));
      return NULL;
    }

  self = pursuit_calendar_event_new ();
  summary = event_summary (job, FALSE);
  description = g_string_new (NULL);
  append_job_lines (description, store, job);
  message = _pursuit_calendar_event_follow_up_message (store, follow_up, job);
  if (is_set (message))
    {
      if (description->len > 0)
        g_string_append_c (description, '\n');
      append_line (description, message);
    }

  /* Follow-ups have no UID of their own; the creation time keeps two
   * databases' "follow-up 1" apart and stays the same on every push, as
   * the ICS export's does. */
  self->uid = g_strdup_printf ("follow-up-%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "@pursuit.invalid",
                               follow_up_id, pursuit_follow_up_get_created_at (follow_up));
  pursuit_calendar_event_set_summary (self, summary);
  pursuit_calendar_event_set_description (self, description->str);
  pursuit_calendar_event_set_all_day (self, TRUE);
  pursuit_calendar_event_set_starts_at (self, starts_at);
  pursuit_calendar_event_set_ends_at (self, ends_at);
  set_job_url (self, job);

  return g_steal_pointer (&self);
}

/* Accessors */

static void
set_string (PursuitCalendarEvent  *self,
            char                 **field,
            const char            *value,
            int                    prop)
{
  /* g_set_str () is newer than GLib 2.74. */
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
}

static void
set_int64 (PursuitCalendarEvent *self,
           gint64               *field,
           gint64                value,
           int                   prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
}

const char *
pursuit_calendar_event_get_uid (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), NULL);
  return self->uid;
}

void
pursuit_calendar_event_set_uid (PursuitCalendarEvent *self,
                                const char           *uid)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_string (self, &self->uid, uid, PROP_UID);
}

const char *
pursuit_calendar_event_get_summary (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), NULL);
  return self->summary;
}

void
pursuit_calendar_event_set_summary (PursuitCalendarEvent *self,
                                    const char           *summary)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_string (self, &self->summary, summary, PROP_SUMMARY);
}

const char *
pursuit_calendar_event_get_description (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), NULL);
  return self->description;
}

void
pursuit_calendar_event_set_description (PursuitCalendarEvent *self,
                                        const char           *description)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_string (self, &self->description, description, PROP_DESCRIPTION);
}

const char *
pursuit_calendar_event_get_location (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), NULL);
  return self->location;
}

void
pursuit_calendar_event_set_location (PursuitCalendarEvent *self,
                                     const char           *location)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_string (self, &self->location, location, PROP_LOCATION);
}

gint64
pursuit_calendar_event_get_starts_at (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), 0);
  return self->starts_at;
}

void
pursuit_calendar_event_set_starts_at (PursuitCalendarEvent *self,
                                      gint64                starts_at)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_int64 (self, &self->starts_at, starts_at, PROP_STARTS_AT);
}

gint64
pursuit_calendar_event_get_ends_at (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), 0);
  return self->ends_at;
}

void
pursuit_calendar_event_set_ends_at (PursuitCalendarEvent *self,
                                    gint64                ends_at)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_int64 (self, &self->ends_at, ends_at, PROP_ENDS_AT);
}

gboolean
pursuit_calendar_event_get_all_day (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), FALSE);
  return self->all_day;
}

void
pursuit_calendar_event_set_all_day (PursuitCalendarEvent *self,
                                    gboolean              all_day)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));

  all_day = !!all_day;
  if (self->all_day == all_day)
    return;
  self->all_day = all_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ALL_DAY]);
}

const char *
pursuit_calendar_event_get_time_zone (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), NULL);
  return self->time_zone;
}

void
pursuit_calendar_event_set_time_zone (PursuitCalendarEvent *self,
                                      const char           *time_zone)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_string (self, &self->time_zone, time_zone, PROP_TIME_ZONE);
}

const char *
pursuit_calendar_event_get_reminder_minutes (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), NULL);
  return self->reminder_minutes;
}

void
pursuit_calendar_event_set_reminder_minutes (PursuitCalendarEvent *self,
                                             const char           *reminder_minutes)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_string (self, &self->reminder_minutes, reminder_minutes != NULL ? reminder_minutes : "",
              PROP_REMINDER_MINUTES);
}

/**
 * pursuit_calendar_event_dup_reminder_offsets:
 *
 * Returns: (transfer full): minutes before the start as ints, largest
 *   first, no duplicates, at most five
 */
GArray *
pursuit_calendar_event_dup_reminder_offsets (PursuitCalendarEvent *self)
{
  g_autoptr(PursuitInterview) parser = NULL;
  GArray *offsets;

  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), g_array_new (FALSE, FALSE, sizeof (int)));

  /* The interview's parser is the one the reminders use; sharing it keeps
   * the calendar's reminders the same as Pursuit's own. */
  parser = pursuit_interview_new ();
  pursuit_interview_set_reminder_minutes (parser, self->reminder_minutes);
  offsets = pursuit_interview_dup_reminder_offsets (parser);
  if (offsets->len > MAX_REMINDERS)
    g_array_set_size (offsets, MAX_REMINDERS);

  return offsets;
}

const char *
pursuit_calendar_event_get_attendee_email (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), NULL);
  return self->attendee_email;
}

void
pursuit_calendar_event_set_attendee_email (PursuitCalendarEvent *self,
                                           const char           *attendee_email)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_string (self, &self->attendee_email, attendee_email, PROP_ATTENDEE_EMAIL);
}

const char *
pursuit_calendar_event_get_attendee_name (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), NULL);
  return self->attendee_name;
}

void
pursuit_calendar_event_set_attendee_name (PursuitCalendarEvent *self,
                                          const char           *attendee_name)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_string (self, &self->attendee_name, attendee_name, PROP_ATTENDEE_NAME);
}

const char *
pursuit_calendar_event_get_url (PursuitCalendarEvent *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALENDAR_EVENT (self), NULL);
  return self->url;
}

void
pursuit_calendar_event_set_url (PursuitCalendarEvent *self,
                                const char           *url)
{
  g_return_if_fail (PURSUIT_IS_CALENDAR_EVENT (self));
  set_string (self, &self->url, url, PROP_URL);
}
