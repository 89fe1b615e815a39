/* test-ics.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* iCalendar: invitations shaped like Google's, Outlook's and Zoom's, broken
 * and hostile files, and the export read back by libical and by us. The
 * local time zone is Europe/Berlin throughout (set in main). */

#include <string.h>

#include <libical/ical.h>

#include "pursuit-ics.h"
#include "pursuit-test-store.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

static char *
read_fixture (const char *name,
              gsize      *length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "ics", name, NULL);
  char *data = NULL;

  g_file_get_contents (path, &data, length, &error);
  g_assert_no_error (error);
  return data;
}

static GPtrArray *
parse_fixture (const char  *name,
               GError     **error)
{
  gsize length = 0;
  g_autofree char *data = read_fixture (name, &length);

  return pursuit_ics_parse_interviews (data, length, error);
}

/* Parses a fixture that holds exactly one interview. */
static PursuitInterview *
parse_one (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) interviews = parse_fixture (name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (interviews);
  g_assert_cmpuint (interviews->len, ==, 1);
  return g_object_ref (g_ptr_array_index (interviews, 0));
}

static void
assert_starts_at (PursuitInterview *interview,
                  const char       *iso_utc)
{
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (pursuit_interview_get_starts_at (interview));
  g_autofree char *text = g_date_time_format_iso8601 (start);

  g_assert_cmpstr (text, ==, iso_utc);
}

static void
assert_utf8_fields (PursuitInterview *interview)
{
  const char *fields[] = {
    pursuit_interview_get_kind (interview),
    pursuit_interview_get_location (interview),
    pursuit_interview_get_interviewer (interview),
    pursuit_interview_get_interviewer_email (interview),
    pursuit_interview_get_notes (interview),
    pursuit_interview_get_uid (interview),
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_true (fields[i] == NULL || g_utf8_validate (fields[i], -1, NULL));
}

static void
test_ics_parse_google (void)
{
  g_autoptr(PursuitInterview) interview = parse_one ("google-invite.ics");

  /* 10:00 Pacific Standard Time, from the file's VTIMEZONE */
  assert_starts_at (interview, "2026-11-24T18:00:00Z");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 30);
  g_assert_cmpstr (pursuit_interview_get_uid (interview), ==, "7kukuqrfedlm2f9t4gc2t5hb5k@google.com");
  /* No LOCATION: the Meet link stands in */
  g_assert_cmpstr (pursuit_interview_get_location (interview), ==, "https://meet.google.com/abc-defg-hij");
  g_assert_cmpstr (pursuit_interview_get_kind (interview), ==, "phone_screen");
  g_assert_cmpstr (pursuit_interview_get_interviewer (interview), ==, "Jane Recruiter");
  g_assert_cmpstr (pursuit_interview_get_interviewer_email (interview), ==, "jane@acme.example");
  g_assert_cmpint (pursuit_interview_get_job_id (interview), ==, 0);
  g_assert_cmpint (pursuit_interview_get_id (interview), ==, 0);
  /* Folded lines come back whole */
  g_assert_true (g_str_has_prefix (pursuit_interview_get_notes (interview),
                                   "Phone screen: Backend Engineer (Acme)\n\n"
                                   "Hi! Looking forward to our chat about the Backend Engineer role.\n"));
  g_assert_nonnull (strstr (pursuit_interview_get_notes (interview),
                            "Or dial: (US) +1 650-555-0100 PIN: 123456789#"));
  g_assert_nonnull (strstr (pursuit_interview_get_notes (interview),
                            "https://support.google.com/a/users/answer/9282720"));
}

static void
test_ics_parse_outlook (void)
{
  g_autoptr(PursuitInterview) interview = parse_one ("outlook-teams.ics");

  /* 14:00 in the file's "W. Europe Standard Time" VTIMEZONE, winter */
  assert_starts_at (interview, "2026-11-25T13:00:00Z");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 60);
  g_assert_cmpstr (pursuit_interview_get_uid (interview), ==,
                   "040000008200E00074C5B7101A82E00800000000D0B1E2C3A1B2DC01000000000000000010"
                   "000000AAB1C2D3E4F5061728394A5B6C7D8E9F");
  /* "Microsoft Teams Meeting" is no place; the join link is */
  g_assert_cmpstr (pursuit_interview_get_location (interview), ==,
                   "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk4%40thread.v2/0"
                   "?context=%7b%22Tid%22%3a%22abc%22%7d");
  g_assert_cmpstr (pursuit_interview_get_kind (interview), ==, "technical");
  g_assert_cmpstr (pursuit_interview_get_interviewer (interview), ==, "Müller, Anna");
  g_assert_cmpstr (pursuit_interview_get_interviewer_email (interview), ==, "anna.mueller@globex.example");
  g_assert_true (g_str_has_prefix (pursuit_interview_get_notes (interview),
                                   "Technical Interview – Globex\n\nDear candidate,\n\n"
                                   "thank you for your interest in Globex."));
}

static void
test_ics_parse_zoom (void)
{
  g_autoptr(PursuitInterview) interview = parse_one ("zoom-utc-duration.ics");

  assert_starts_at (interview, "2026-11-26T15:30:00Z");
  /* DURATION instead of DTEND */
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 45);
  g_assert_cmpstr (pursuit_interview_get_location (interview), ==,
                   "https://us02web.zoom.us/j/87654321?pwd=SGVsbG8gV29ybGQ");
  g_assert_cmpstr (pursuit_interview_get_kind (interview), ==, "final");
  g_assert_null (pursuit_interview_get_interviewer (interview));
  g_assert_null (pursuit_interview_get_interviewer_email (interview));
}

static void
test_ics_parse_floating (void)
{
  g_autoptr(PursuitInterview) interview = parse_one ("floating.ics");

  /* Floating 09:00 is local: Berlin, UTC+1 in November */
  assert_starts_at (interview, "2026-11-27T08:00:00Z");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 60);
  g_assert_cmpstr (pursuit_interview_get_location (interview), ==, "Hauptstraße 5, Berlin");
  g_assert_cmpstr (pursuit_interview_get_kind (interview), ==, "onsite");
}

static void
test_ics_parse_all_day (void)
{
  g_autoptr(PursuitInterview) interview = parse_one ("all-day.ics");

  /* A date alone: 09:00 local time that day, for the usual hour */
  assert_starts_at (interview, "2026-11-30T08:00:00Z");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 60);
  g_assert_cmpstr (pursuit_interview_get_kind (interview), ==, "other");
}

static void
test_ics_parse_missing_dtend (void)
{
  g_autoptr(PursuitInterview) interview = parse_one ("missing-dtend.ics");

  /* TZID without VTIMEZONE: libical's own zone database */
  assert_starts_at (interview, "2026-12-01T10:00:00Z");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 60);
  g_assert_cmpstr (pursuit_interview_get_kind (interview), ==, "behavioral");
  g_assert_cmpstr (pursuit_interview_get_notes (interview), ==, "Behavioral interview");
  g_assert_null (pursuit_interview_get_location (interview));
}

static void
test_ics_parse_unknown_tzid (void)
{
  g_autoptr(PursuitInterview) interview = parse_one ("unknown-tzid.ics");

  /* An unknown zone is read as local time */
  assert_starts_at (interview, "2026-12-02T09:00:00Z");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 90);
}

static void
test_ics_parse_non_ascii (void)
{
  g_autoptr(PursuitInterview) interview = parse_one ("non-ascii.ics");

  assert_starts_at (interview, "2026-12-04T01:00:00Z");
  /* Unfolded inside "ü", unescaped commas and semicolons */
  g_assert_cmpstr (pursuit_interview_get_location (interview), ==, "Zürich, Bahnhofstraße 1; 3. Stock");
  g_assert_cmpstr (pursuit_interview_get_interviewer (interview), ==, "Søren Kierkegård");
  /* MAILTO in capitals is an address too */
  g_assert_cmpstr (pursuit_interview_get_interviewer_email (interview), ==, "soren@koebenhavn.example");
  g_assert_cmpstr (pursuit_interview_get_notes (interview), ==,
                   "面接 (一次) — Ünïcödé 🎉\n\n"
                   "Première ligne\nDeuxième ligne, avec virgule; et point-virgule");
  assert_utf8_fields (interview);
}

static void
test_ics_parse_invalid_utf8 (void)
{
  g_autoptr(PursuitInterview) interview = parse_one ("invalid-utf8.ics");

  assert_utf8_fields (interview);
  /* Latin-1 bytes become U+FFFD; nothing is lost silently around them */
  g_assert_cmpstr (pursuit_interview_get_notes (interview), ==,
                   "Gespr\xef\xbf\xbd" "ch mit M\xef\xbf\xbd" "ller\n\n\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
  g_assert_cmpstr (pursuit_interview_get_interviewer (interview), ==, "J\xef\xbf\xbd" "rgen");
  /* A repaired address would be someone else's */
  g_assert_null (pursuit_interview_get_interviewer_email (interview));
}

static void
test_ics_parse_several (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) interviews = parse_fixture ("several-events.ics", &error);

  g_assert_no_error (error);
  /* The cancelled third round is left out */
  g_assert_cmpuint (interviews->len, ==, 2);
  g_assert_cmpstr (pursuit_interview_get_uid (g_ptr_array_index (interviews, 0)), ==, "round-1@example.org");
  g_assert_cmpstr (pursuit_interview_get_kind (g_ptr_array_index (interviews, 0)), ==, "technical");
  g_assert_cmpstr (pursuit_interview_get_uid (g_ptr_array_index (interviews, 1)), ==, "round-2@example.org");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (g_ptr_array_index (interviews, 1)), ==, 120);
}

static void
test_ics_parse_broken_values (void)
{
  g_autoptr(PursuitInterview) interview = parse_one ("broken-values.ics");

  /* The first event's start is unreadable: skipped. The second ends before
   * it starts (the usual hour) and its organizer has no address. */
  g_assert_cmpstr (pursuit_interview_get_uid (interview), ==, "broken-2@example.org");
  assert_starts_at (interview, "2026-12-03T10:00:00Z");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 60);
  g_assert_cmpstr (pursuit_interview_get_interviewer (interview), ==, "Nobody");
  g_assert_null (pursuit_interview_get_interviewer_email (interview));
}

static void
test_ics_parse_refused (void)
{
  static const struct
  {
    const char *fixture;
    int         code;
  } cases[] = {
    { "garbage.ics", PURSUIT_ICS_ERROR_INVALID },
    { "no-dtstart.ics", PURSUIT_ICS_ERROR_NO_EVENTS },
    { "truncated.ics", PURSUIT_ICS_ERROR_INVALID },
    /* Only a cancellation: nothing to add */
    { "google-cancel.ics", PURSUIT_ICS_ERROR_NO_EVENTS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) interviews = parse_fixture (cases[i].fixture, &error);

      g_test_message ("%s", cases[i].fixture);
      g_assert_error (error, PURSUIT_ICS_ERROR, cases[i].code);
      g_assert_null (interviews);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
    }
}

static void
test_ics_parse_odd_bytes (void)
{
  static const char with_nul[] = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261124T100000Z\r\n\0END:VEVENT\r\n";
  static const char with_bom[] =
    "\xef\xbb\xbf" "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:bom@example.org\r\n"
    "DTSTART:20261124T100000Z\r\nSUMMARY:Screening call\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  static const char two_calendars[] =
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTART:20261124T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:b@example.org\r\nDTSTART:20261125T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) interviews = NULL;

  interviews = pursuit_ics_parse_interviews ("", 0, &error);
  g_assert_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_INVALID);
  g_assert_null (interviews);
  g_clear_error (&error);

  interviews = pursuit_ics_parse_interviews (with_nul, sizeof with_nul - 1, &error);
  g_assert_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_INVALID);
  g_assert_null (interviews);
  g_clear_error (&error);

  interviews = pursuit_ics_parse_interviews (with_bom, strlen (with_bom), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (interviews->len, ==, 1);
  g_assert_cmpstr (pursuit_interview_get_kind (g_ptr_array_index (interviews, 0)), ==, "phone_screen");
  g_clear_pointer (&interviews, g_ptr_array_unref);

  /* @length counts, not a NUL: the second calendar is cut off */
  interviews = pursuit_ics_parse_interviews (two_calendars, strlen (two_calendars), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (interviews->len, ==, 2);
  g_clear_pointer (&interviews, g_ptr_array_unref);

  interviews = pursuit_ics_parse_interviews (two_calendars, strlen (two_calendars) / 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (interviews->len, ==, 1);
}

static void
test_ics_parse_huge (void)
{
  g_autoptr(GString) text = g_string_new ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  g_autofree char *big = NULL;

  /* Many events in a small file */
  for (guint i = 0; i < 1001; i++)
    g_string_append_printf (text, "BEGIN:VEVENT\r\nUID:%u@example.org\r\nDTSTART:20261124T100000Z\r\nEND:VEVENT\r\n", i);
  g_string_append (text, "END:VCALENDAR\r\n");

  interviews = pursuit_ics_parse_interviews (text->str, text->len, &error);
  g_assert_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_TOO_LARGE);
  g_assert_null (interviews);
  g_clear_error (&error);

  /* One event with a description of megabytes */
  g_string_assign (text, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261124T100000Z\r\nDESCRIPTION:");
  while (text->len < PURSUIT_ICS_MAX_BYTES - 100)
    g_string_append (text, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789\r\n ");
  g_string_append (text, "end\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  g_assert_cmpuint (text->len, <=, PURSUIT_ICS_MAX_BYTES);

  interviews = pursuit_ics_parse_interviews (text->str, text->len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (interviews->len, ==, 1);
  /* cut to a size a person can read, with an ellipsis */
  g_assert_cmpint (g_utf8_strlen (pursuit_interview_get_notes (g_ptr_array_index (interviews, 0)), -1), ==, 20001);
  g_clear_pointer (&interviews, g_ptr_array_unref);

  /* Over the limit: refused before parsing */
  big = g_malloc (PURSUIT_ICS_MAX_BYTES + 1);
  memset (big, 'A', PURSUIT_ICS_MAX_BYTES + 1);
  memcpy (big, "BEGIN:VCALENDAR\r\n", 17);
  interviews = pursuit_ics_parse_interviews (big, PURSUIT_ICS_MAX_BYTES + 1, &error);
  g_assert_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_TOO_LARGE);
  g_assert_null (interviews);
}

/* Prefixes and random corruptions of real invitations (every prefix and
 * thousands of corruptions with -m slow): each gives interviews or a
 * PURSUIT_ICS_ERROR, never a crash. */
static void
test_ics_parse_mangled (void)
{
  const char *fixtures[] = { "google-invite.ics", "outlook-teams.ics", "non-ascii.ics" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);
  /* Thorough with -m slow; quick enough for sanitizer builds otherwise. */
  gsize step = g_test_slow () ? 1 : 97;
  guint rounds = g_test_slow () ? 3000 : 20;

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      gsize length = 0;
      g_autofree char *data = read_fixture (fixtures[f], &length);

      for (gsize cut = 0; cut <= length; cut += step)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GPtrArray) interviews = pursuit_ics_parse_interviews (data, cut, &error);

          g_assert_true ((interviews != NULL) != (error != NULL));
          if (error != NULL)
            g_assert_true (error->domain == PURSUIT_ICS_ERROR);
          for (guint i = 0; interviews != NULL && i < interviews->len; i++)
            assert_utf8_fields (g_ptr_array_index (interviews, i));
        }

      for (guint round = 0; round < rounds; round++)
        {
          g_autofree char *copy = g_memdup2 (data, length);
          g_autoptr(GError) error = NULL;
          g_autoptr(GPtrArray) interviews = NULL;

          for (guint n = 0; n < 8; n++)
            {
              gsize at = g_rand_int_range (rand, 0, length);
              static const char specials[] = ":;=,\"\\\r\n \t\x80\xff";

              copy[at] = specials[g_rand_int_range (rand, 0, sizeof specials - 1)];
            }

          interviews = pursuit_ics_parse_interviews (copy, length, &error);
          g_assert_true ((interviews != NULL) != (error != NULL));
          for (guint i = 0; interviews != NULL && i < interviews->len; i++)
            assert_utf8_fields (g_ptr_array_index (interviews, i));
        }
    }
}

/* Export and import */

static gint64
add_interview (PursuitStore *store,
               gint64        job_id,
               const char   *iso_start)
{
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(GDateTime) start = g_date_time_new_from_iso8601 (iso_start, NULL);
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_interview_set_job_id (interview, job_id);
  pursuit_interview_set_kind (interview, "technical");
  pursuit_interview_set_starts_at (interview, g_date_time_to_unix (start));
  pursuit_interview_set_duration_minutes (interview, 75);
  pursuit_interview_set_location (interview, "Acme HQ, Room “Ada”; 3rd floor\nBring ID");
  pursuit_interview_set_interviewer (interview, "Grace Hopper, PhD");
  pursuit_interview_set_interviewer_email (interview, "grace@acme.example");
  pursuit_interview_set_notes (interview, "Ask about the team.\nRead: https://acme.example/blog\n\\ backslash; semicolon, comma");
  pursuit_interview_set_reminder_minutes (interview, "1440,60,15");

  id = pursuit_store_add_interview (store, interview, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_follow_up (PursuitStore *store,
               gint64        job_id,
               const char   *iso_due)
{
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
  g_autoptr(GDateTime) due = g_date_time_new_from_iso8601 (iso_due, NULL);
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_follow_up_set_job_id (follow_up, job_id);
  pursuit_follow_up_set_sequence (follow_up, "after_applied");
  pursuit_follow_up_set_step (follow_up, 1);
  pursuit_follow_up_set_due_at (follow_up, g_date_time_to_unix (due));
  pursuit_follow_up_set_template (follow_up, "Subject: Checking in\n\nHello {contact_name}, about {title} …");

  id = pursuit_store_add_follow_up (store, follow_up, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static guint
count_components (icalcomponent     *parent,
                  icalcomponent_kind kind)
{
  guint n = 0;

  for (icalcomponent *c = icalcomponent_get_first_component (parent, kind);
       c != NULL;
       c = icalcomponent_get_next_component (parent, kind))
    n++;

  return n;
}

/* What GNOME Calendar and Thunderbird need: libical reads it back without
 * a single error, RFC 5545's restrictions hold, lines are folded at 75
 * octets and end in CRLF, every event has UID, DTSTAMP and DTSTART. */
static icalcomponent *
assert_valid_icalendar (const char *text)
{
  icalcomponent *calendar = icalparser_parse_string (text);
  const char *line = text;

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_true (icalrestriction_check (calendar));
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  g_assert_nonnull (icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY));
  g_assert_cmpstr (icalproperty_get_version (icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY)), ==, "2.0");

  while (*line != '\0')
    {
      const char *end = strstr (line, "\r\n");

      g_assert_nonnull (end);
      g_assert_cmpint (end - line, <=, 75);
      line = end + 2;
    }

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_assert_nonnull (icalcomponent_get_uid (event));
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTSTAMP_PROPERTY));
      g_assert_nonnull (icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY));
      g_assert_nonnull (icalcomponent_get_summary (event));

      for (icalcomponent *alarm = icalcomponent_get_first_component (event, ICAL_VALARM_COMPONENT);
           alarm != NULL;
           alarm = icalcomponent_get_next_component (event, ICAL_VALARM_COMPONENT))
        {
          g_assert_nonnull (icalcomponent_get_first_property (alarm, ICAL_ACTION_PROPERTY));
          g_assert_nonnull (icalcomponent_get_first_property (alarm, ICAL_TRIGGER_PROPERTY));
          g_assert_nonnull (icalcomponent_get_first_property (alarm, ICAL_DESCRIPTION_PROPERTY));
        }
    }

  return calendar;
}

static icalcomponent *
find_event (icalcomponent *calendar,
            const char    *uid_prefix)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_str_has_prefix (icalcomponent_get_uid (event), uid_prefix))
      return event;

  return NULL;
}

static void
test_ics_restrictions_are_checked (void)
{
  /* The check used above does catch a calendar without PRODID and an
   * event with two UIDs (it counts properties; presence of UID and DTSTAMP
   * is checked by hand). */
  static const char broken[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nUID:b\r\n"
    "DTSTART:20261124T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  g_autoptr(icalcomponent) calendar = icalparser_parse_string (broken);

  g_assert_nonnull (calendar);
  g_assert_false (icalrestriction_check (calendar));
  g_assert_cmpint (icalcomponent_count_errors (calendar), >, 0);
}

static void
test_ics_export_round_trip (StoreFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(PursuitInterview) original = NULL;
  g_autoptr(PursuitInterview) cancelled = NULL;
  g_autofree char *text = NULL;
  g_autofree char *job_uid = NULL;
  icalcomponent *event;
  icalcomponent *follow_up_event;
  struct icaltimetype start;
  gint64 job_id = add_job (fixture->store, "Backend Engineer", "Acme, Inc.", "applied");
  gint64 other_job = add_job (fixture->store, "Data Engineer", "Globex", "applied");
  gint64 interview_id = add_interview (fixture->store, job_id, "2026-11-24T13:30:00Z");
  gint64 cancelled_id = add_interview (fixture->store, job_id, "2026-11-26T13:30:00Z");

  add_follow_up (fixture->store, job_id, "2026-11-27T08:00:00Z");
  pursuit_store_add_contact (fixture->store, job_id, "Ada Lovelace", "Recruiter", "ada@acme.example", &error);
  g_assert_no_error (error);
  pursuit_store_cancel_interview (fixture->store, cancelled_id, &error);
  g_assert_no_error (error);

  original = pursuit_store_get_interview (fixture->store, interview_id, &error);
  g_assert_no_error (error);

  text = pursuit_ics_export (fixture->store, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (text);
  if (g_test_verbose ())
    g_test_message ("%s", text);

  calendar = assert_valid_icalendar (text);
  /* The cancelled interview stays out; the automation's own follow-ups
   * (if any) are there next to ours. */
  event = find_event (calendar, pursuit_interview_get_uid (original));
  g_assert_nonnull (event);
  cancelled = pursuit_store_get_interview (fixture->store, cancelled_id, &error);
  g_assert_no_error (error);
  g_assert_null (find_event (calendar, pursuit_interview_get_uid (cancelled)));

  start = icalcomponent_get_dtstart (event);
  g_assert_true (icaltime_is_utc (start));
  g_assert_cmpint (icaltime_as_timet (start), ==, pursuit_interview_get_starts_at (original));
  g_assert_cmpint (icaltime_as_timet (icalcomponent_get_dtend (event)), ==,
                   pursuit_interview_get_starts_at (original) + 75 * 60);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Interview at Acme, Inc.: Backend Engineer");
  g_assert_cmpstr (icalcomponent_get_location (event), ==, "Acme HQ, Room “Ada”; 3rd floor\nBring ID");
  g_assert_nonnull (strstr (icalcomponent_get_description (event), "Grace Hopper, PhD <grace@acme.example>"));
  g_assert_cmpuint (count_components (event, ICAL_VALARM_COMPONENT), ==, 3);
  {
    icalcomponent *alarm = icalcomponent_get_first_component (event, ICAL_VALARM_COMPONENT);
    struct icaltriggertype trigger = icalproperty_get_trigger (icalcomponent_get_first_property (alarm, ICAL_TRIGGER_PROPERTY));

    g_assert_cmpint (icaldurationtype_as_int (trigger.duration), ==, -1440 * 60);
  }

  /* The follow-up: a transparent all-day event in local time with its
   * alarm at the due time */
  follow_up_event = find_event (calendar, "follow-up-");
  g_assert_nonnull (follow_up_event);
  start = icalcomponent_get_dtstart (follow_up_event);
  g_assert_true (icaltime_is_date (start));
  g_assert_cmpint (start.year, ==, 2026);
  g_assert_cmpint (start.month, ==, 11);
  g_assert_cmpint (start.day, ==, 27);
  g_assert_cmpint (icalcomponent_get_status (follow_up_event), !=, ICAL_STATUS_CANCELLED);
  g_assert_cmpstr (icalcomponent_get_summary (follow_up_event), ==, "Follow up with Acme, Inc.: Backend Engineer");
  /* the message with its placeholders filled */
  g_assert_cmpstr (icalcomponent_get_description (follow_up_event), ==,
                   "Subject: Checking in\n\nHello Ada Lovelace, about Backend Engineer …");
  {
    icalcomponent *alarm = icalcomponent_get_first_component (follow_up_event, ICAL_VALARM_COMPONENT);
    struct icaltriggertype trigger = icalproperty_get_trigger (icalcomponent_get_first_property (alarm, ICAL_TRIGGER_PROPERTY));
    g_autoptr(GDateTime) due = g_date_time_new_from_iso8601 ("2026-11-27T08:00:00Z", NULL);

    g_assert_cmpint (icaltime_as_timet (trigger.time), ==, g_date_time_to_unix (due));
  }

  /* Read back by us: the interview as it was; follow-ups are no interviews */
  parsed = pursuit_ics_parse_interviews (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parsed->len, ==, 1);
  {
    PursuitInterview *back = g_ptr_array_index (parsed, 0);

    g_assert_cmpstr (pursuit_interview_get_uid (back), ==, pursuit_interview_get_uid (original));
    g_assert_cmpint (pursuit_interview_get_starts_at (back), ==, pursuit_interview_get_starts_at (original));
    g_assert_cmpint (pursuit_interview_get_duration_minutes (back), ==, 75);
    g_assert_cmpstr (pursuit_interview_get_kind (back), ==, "technical");
    g_assert_cmpstr (pursuit_interview_get_location (back), ==, pursuit_interview_get_location (original));
    g_assert_cmpstr (pursuit_interview_get_interviewer (back), ==, "Grace Hopper, PhD");
    g_assert_cmpstr (pursuit_interview_get_interviewer_email (back), ==, "grace@acme.example");
    g_assert_cmpstr (pursuit_interview_get_notes (back), ==, pursuit_interview_get_notes (original));
    g_assert_cmpstr (pursuit_interview_get_reminder_minutes (back), ==, "1440,60,15");
  }

  /* Importing it into the same job changes nothing new; into another job
   * it is a new interview */
  g_assert_cmpuint (pursuit_ics_import (fixture->store, job_id, text, strlen (text), &error), ==, 1);
  g_assert_no_error (error);
  stored = pursuit_store_list_interviews (fixture->store, job_id);
  g_assert_cmpuint (stored->len, ==, 2);
  g_clear_pointer (&stored, g_ptr_array_unref);

  g_assert_cmpuint (pursuit_ics_import (fixture->store, other_job, text, strlen (text), &error), ==, 1);
  g_assert_no_error (error);
  stored = pursuit_store_list_interviews (fixture->store, other_job);
  g_assert_cmpuint (stored->len, ==, 1);
  g_assert_cmpint (pursuit_interview_get_starts_at (g_ptr_array_index (stored, 0)), ==,
                   pursuit_interview_get_starts_at (original));
  g_assert_cmpstr (pursuit_interview_get_interviewer_email (g_ptr_array_index (stored, 0)), ==, "grace@acme.example");

  /* One job only */
  job_uid = pursuit_ics_export (fixture->store, other_job, &error);
  g_assert_no_error (error);
  {
    g_autoptr(icalcomponent) one = assert_valid_icalendar (job_uid);

    g_assert_nonnull (find_event (one, pursuit_interview_get_uid (original)));
    g_assert_null (find_event (one, "follow-up-"));
  }
}

static void
test_ics_export_empty_and_unknown (StoreFixture  *fixture,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  g_autofree char *text = pursuit_ics_export (fixture->store, 0, &error);
  g_autofree char *missing = NULL;

  g_assert_no_error (error);
  calendar = assert_valid_icalendar (text);
  g_assert_cmpuint (count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 0);

  missing = pursuit_ics_export (fixture->store, 4242, &error);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_assert_null (missing);
}

static guint
import_fixture (PursuitStore  *store,
                gint64         job_id,
                const char    *name,
                GError       **error)
{
  gsize length = 0;
  g_autofree char *data = read_fixture (name, &length);

  return pursuit_ics_import (store, job_id, data, length, error);
}

static void
test_ics_import_update_cancel (StoreFixture  *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  gint64 job_id = add_job (fixture->store, "Backend Engineer", "Acme", "applied");
  PursuitInterview *interview;
  gint64 id;

  g_assert_cmpuint (import_fixture (fixture->store, job_id, "google-invite.ics", &error), ==, 1);
  g_assert_no_error (error);
  interviews = pursuit_store_list_interviews (fixture->store, job_id);
  g_assert_cmpuint (interviews->len, ==, 1);
  interview = g_ptr_array_index (interviews, 0);
  id = pursuit_interview_get_id (interview);
  g_assert_cmpint (pursuit_interview_get_job_id (interview), ==, job_id);
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "scheduled");
  g_assert_cmpstr (pursuit_interview_get_uid (interview), ==, "7kukuqrfedlm2f9t4gc2t5hb5k@google.com");
  g_assert_cmpstr (pursuit_interview_get_interviewer_email (interview), ==, "jane@acme.example");
  assert_starts_at (interview, "2026-11-24T18:00:00Z");
  g_clear_pointer (&interviews, g_ptr_array_unref);

  /* The organizer moves it: the same interview, at the new time */
  g_assert_cmpuint (import_fixture (fixture->store, job_id, "google-invite-moved.ics", &error), ==, 1);
  g_assert_no_error (error);
  interviews = pursuit_store_list_interviews (fixture->store, job_id);
  g_assert_cmpuint (interviews->len, ==, 1);
  interview = g_ptr_array_index (interviews, 0);
  g_assert_cmpint (pursuit_interview_get_id (interview), ==, id);
  assert_starts_at (interview, "2026-11-24T19:00:00Z");
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 45);
  /* what the first import guessed stays */
  g_assert_cmpstr (pursuit_interview_get_kind (interview), ==, "phone_screen");
  g_clear_pointer (&interviews, g_ptr_array_unref);

  /* ... and cancels it */
  g_assert_cmpuint (import_fixture (fixture->store, job_id, "google-cancel.ics", &error), ==, 1);
  g_assert_no_error (error);
  interview = pursuit_store_get_interview (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "cancelled");
  g_object_unref (interview);

  /* A cancellation of nothing we have is an error, and changes nothing */
  g_assert_cmpuint (import_fixture (fixture->store, job_id, "google-cancel.ics", &error), ==, 0);
  g_assert_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_NO_EVENTS);
}

static void
test_ics_import_all_or_nothing (StoreFixture  *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  gint64 job_id = add_job (fixture->store, "Backend Engineer", "Acme", "applied");

  g_assert_cmpuint (import_fixture (fixture->store, job_id, "garbage.ics", &error), ==, 0);
  g_assert_error (error, PURSUIT_ICS_ERROR, PURSUIT_ICS_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpuint (import_fixture (fixture->store, 9999, "several-events.ics", &error), ==, 0);
  g_assert_error (error, PURSUIT_STORE_ERROR, PURSUIT_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  interviews = pursuit_store_list_interviews (fixture->store, job_id);
  g_assert_cmpuint (interviews->len, ==, 0);
  g_clear_pointer (&interviews, g_ptr_array_unref);

  g_assert_cmpuint (import_fixture (fixture->store, job_id, "several-events.ics", &error), ==, 2);
  g_assert_no_error (error);
  interviews = pursuit_store_list_interviews (fixture->store, job_id);
  g_assert_cmpuint (interviews->len, ==, 2);
  g_clear_pointer (&interviews, g_ptr_array_unref);

  /* Non-ASCII and repaired bytes reach the database as UTF-8 */
  g_assert_cmpuint (import_fixture (fixture->store, job_id, "non-ascii.ics", &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpuint (import_fixture (fixture->store, job_id, "invalid-utf8.ics", &error), ==, 1);
  g_assert_no_error (error);
  interviews = pursuit_store_list_interviews (fixture->store, job_id);
  g_assert_cmpuint (interviews->len, ==, 4);
  for (guint i = 0; i < interviews->len; i++)
    assert_utf8_fields (g_ptr_array_index (interviews, i));
}

int
main (int   argc,
      char *argv[])
{
  /* Floating times, all-day events and follow-up dates are local. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/ics/parse/google", test_ics_parse_google);
  g_test_add_func ("/ics/parse/outlook-teams", test_ics_parse_outlook);
  g_test_add_func ("/ics/parse/zoom", test_ics_parse_zoom);
  g_test_add_func ("/ics/parse/floating", test_ics_parse_floating);
  g_test_add_func ("/ics/parse/all-day", test_ics_parse_all_day);
  g_test_add_func ("/ics/parse/missing-dtend", test_ics_parse_missing_dtend);
  g_test_add_func ("/ics/parse/unknown-tzid", test_ics_parse_unknown_tzid);
  g_test_add_func ("/ics/parse/non-ascii", test_ics_parse_non_ascii);
  g_test_add_func ("/ics/parse/invalid-utf8", test_ics_parse_invalid_utf8);
  g_test_add_func ("/ics/parse/several", test_ics_parse_several);
  g_test_add_func ("/ics/parse/broken-values", test_ics_parse_broken_values);
  g_test_add_func ("/ics/parse/refused", test_ics_parse_refused);
  g_test_add_func ("/ics/parse/odd-bytes", test_ics_parse_odd_bytes);
  g_test_add_func ("/ics/parse/huge", test_ics_parse_huge);
  g_test_add_func ("/ics/parse/mangled", test_ics_parse_mangled);
  g_test_add_func ("/ics/export/restrictions-are-checked", test_ics_restrictions_are_checked);
  g_test_add ("/ics/export/round-trip", StoreFixture, NULL,
              store_fixture_setup, test_ics_export_round_trip, store_fixture_teardown);
  g_test_add ("/ics/export/empty-and-unknown", StoreFixture, NULL,
              store_fixture_setup, test_ics_export_empty_and_unknown, store_fixture_teardown);
  g_test_add ("/ics/import/update-cancel", StoreFixture, NULL,
              store_fixture_setup, test_ics_import_update_cancel, store_fixture_teardown);
  g_test_add ("/ics/import/all-or-nothing", StoreFixture, NULL,
              store_fixture_setup, test_ics_import_all_or_nothing, store_fixture_teardown);

  return g_test_run ();
}
