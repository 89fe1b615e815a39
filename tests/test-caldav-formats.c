/* test-caldav-formats.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the CalDAV backend reads and writes, without a server: iCalendar
 * objects, WebDAV multistatus answers and the Basic authorization. */

#include <string.h>

#include "pursuit-basic-auth.h"
#include "pursuit-caldav-private.h"
#include "pursuit-caldav-xml.h"
#include "pursuit-test-async.h"
#include "pursuit-test-calendar-calls.h"

#define BERLIN_NOON_2030 G_GINT64_CONSTANT (1906453800) /* 2030-05-31 12:30 +02:00 */

/* iCalendar */

static void
test_ical_round_trip (void)
{
  g_autoptr(PursuitCalendarEvent) event = make_calendar_event ("abc-123@pursuit.invalid", BERLIN_NOON_2030);
  g_autoptr(PursuitRemoteChange) change = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ical = NULL;

  pursuit_calendar_event_set_attendee_email (event, "grace@acme.example");
  pursuit_calendar_event_set_attendee_name (event, "Grace \"G\" Hopper");

  ical = pursuit_caldav_calendar_event_to_ical (event);
  g_assert_true (g_str_has_prefix (ical, "BEGIN:VCALENDAR\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nVERSION:2.0\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nPRODID:-//Pursuit//Pursuit "));
  g_assert_nonnull (strstr (ical, "\r\nUID:abc-123@pursuit.invalid\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nDTSTAMP:"));
  g_assert_nonnull (strstr (ical, "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nDTSTART;TZID=Europe/Berlin:20300531T123000\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nDTEND;TZID=Europe/Berlin:20300531T131500\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nSUMMARY:Interview: Platform Engineer at Acme\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nLOCATION:Video call\\; Room \"4\"\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nURL:https://jobs.example/42\r\n"));
  g_assert_nonnull (strstr (ical, "mailto:grace@acme.example"));
  g_assert_nonnull (strstr (ical, "SCHEDULE-AGENT=CLIENT"));
  g_assert_null (strstr (ical, "\"G\""));
  g_assert_nonnull (strstr (ical, "\r\nTRIGGER:-PT1440M\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nTRIGGER:-PT60M\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nTRIGGER:-PT15M\r\n"));
  g_assert_nonnull (strstr (ical, "\r\nACTION:DISPLAY\r\n"));
  g_assert_true (g_str_has_suffix (ical, "END:VCALENDAR\r\n"));

  /* Folded at 75 octets: no line longer. */
  for (const char *line = ical; *line != '\0';)
    {
      const char *end = strstr (line, "\r\n");

      g_assert_nonnull (end);
      g_assert_cmpint (end - line, <=, 75);
      line = end + 2;
    }

  change = pursuit_caldav_calendar_change_from_ical ("http://dav.example/ann/cal/abc.ics", ical, "\"e1\"", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_remote_change_get_remote_id (change), ==, "/ann/cal/abc.ics");
  g_assert_cmpstr (pursuit_remote_change_get_uid (change), ==, "abc-123@pursuit.invalid");
  g_assert_cmpstr (pursuit_remote_change_get_etag (change), ==, "\"e1\"");
  g_assert_cmpstr (pursuit_remote_change_get_summary (change), ==, "Interview: Platform Engineer at Acme");
  g_assert_cmpint (pursuit_remote_change_get_starts_at (change), ==, BERLIN_NOON_2030);
  g_assert_cmpint (pursuit_remote_change_get_ends_at (change), ==, BERLIN_NOON_2030 + 45 * 60);
  g_assert_false (pursuit_remote_change_get_deleted (change));

}

static void
test_ical_utc_and_all_day (void)
{
  g_autoptr(PursuitCalendarEvent) event = make_calendar_event ("utc@pursuit.invalid", BERLIN_NOON_2030);
  g_autoptr(PursuitCalendarEvent) day = make_calendar_event ("day@pursuit.invalid", 0);
  g_autoptr(PursuitRemoteChange) change = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new (local, 2030, 6, 3, 0, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *ical = NULL;
  g_autofree char *day_ical = NULL;

  pursuit_calendar_event_set_time_zone (event, "UTC");
  pursuit_calendar_event_set_reminder_minutes (event, "");
  ical = pursuit_caldav_calendar_event_to_ical (event);
  g_assert_nonnull (strstr (ical, "\r\nDTSTART:20300531T103000Z\r\n"));
  g_assert_null (strstr (ical, "VTIMEZONE"));
  g_assert_null (strstr (ical, "VALARM"));

  pursuit_calendar_event_set_all_day (day, TRUE);
  pursuit_calendar_event_set_starts_at (day, g_date_time_to_unix (midnight));
  pursuit_calendar_event_set_ends_at (day, g_date_time_to_unix (midnight) + 24 * 3600);
  day_ical = pursuit_caldav_calendar_event_to_ical (day);
  g_assert_nonnull (strstr (day_ical, "\r\nDTSTART;VALUE=DATE:20300603\r\n"));
  g_assert_nonnull (strstr (day_ical, "\r\nDTEND;VALUE=DATE:20300604\r\n"));

  change = pursuit_caldav_calendar_change_from_ical ("/ann/cal/day.ics", day_ical, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_remote_change_get_starts_at (change), ==, g_date_time_to_unix (midnight));
  g_assert_cmpint (pursuit_remote_change_get_ends_at (change), ==, g_date_time_to_unix (midnight) + 24 * 3600);
}

static void
assert_invalid_ical (const char *ical)
{
  g_autoptr(PursuitRemoteChange) change = NULL;
  g_autoptr(GError) error = NULL;

  change = pursuit_caldav_calendar_change_from_ical ("/ann/cal/x.ics", ical, NULL, &error);
  g_assert_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_INVALID_RESPONSE);
  g_assert_null (change);
  g_assert_nonnull (error->message);
}

static void
test_ical_hostile (void)
{
  g_autoptr(GString) huge = g_string_new ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:h\r\n"
                                          "DTSTART:20300101T100000Z\r\nDESCRIPTION:");
  g_autoptr(PursuitRemoteChange) duration = NULL;
  g_autoptr(PursuitRemoteChange) override = NULL;
  g_autoptr(GError) error = NULL;

  assert_invalid_ical ("");
  assert_invalid_ical ("this is not a calendar");
  assert_invalid_ical ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:t\r\nEND:VTODO\r\nEND:VCALENDAR\r\n");
  assert_invalid_ical ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20301399T250000Z\r\n"
                       "END:VEVENT\r\nEND:VCALENDAR\r\n");
  assert_invalid_ical ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:yesterday\r\n"
                       "END:VEVENT\r\nEND:VCALENDAR\r\n");
  assert_invalid_ical ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:no start\r\n"
                       "END:VEVENT\r\nEND:VCALENDAR\r\n");
  assert_invalid_ical ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:\xff\xfe\r\n"
                       "DTSTART:20300101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  assert_invalid_ical ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20300101T100000Z\r\n");

  while (huge->len < PURSUIT_CALDAV_MAX_OBJECT_SIZE + 10)
    g_string_append (huge, "0123456789abcdef");
  g_string_append (huge, "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
  assert_invalid_ical (huge->str);

  /* DURATION instead of DTEND; an overridden occurrence before the master. */
  duration = pursuit_caldav_calendar_change_from_ical ("/c/d.ics",
                                                       "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:d\r\n"
                                                       "DTSTART:20300101T100000Z\r\nDURATION:PT30M\r\n"
                                                       "END:VEVENT\r\nEND:VCALENDAR\r\n", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_remote_change_get_ends_at (duration) - pursuit_remote_change_get_starts_at (duration),
                   ==, 30 * 60);

  override = pursuit_caldav_calendar_change_from_ical ("/c/r.ics",
                                                       "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:r\r\n"
                                                       "RECURRENCE-ID:20300108T100000Z\r\n"
                                                       "DTSTART:20300108T120000Z\r\nEND:VEVENT\r\n"
                                                       "BEGIN:VEVENT\r\nUID:r\r\nDTSTART:20300101T100000Z\r\n"
                                                       "RRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                                                       NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_remote_change_get_starts_at (override), ==, G_GINT64_CONSTANT (1893492000));
}

static void
test_file_name (void)
{
  g_autofree char *plain = _pursuit_caldav_file_name ("abc-123_X.y");
  g_autofree char *mail = _pursuit_caldav_file_name ("abc@pursuit.invalid");
  g_autofree char *other = _pursuit_caldav_file_name ("abc#pursuit.invalid");
  g_autofree char *hostile = _pursuit_caldav_file_name ("../../etc/passwd");

  g_assert_cmpstr (plain, ==, "abc-123_X.y.ics");
  g_assert_true (g_str_has_prefix (mail, "abc_pursuit.invalid-"));
  g_assert_cmpstr (mail, !=, other);
  g_assert_null (strchr (hostile, '/'));
  g_assert_false (g_str_has_prefix (hostile, "."));
}

/* Multistatus */

static PursuitDavMultistatus *
parse (const char  *xml,
       GError     **error)
{
  g_autoptr(GBytes) body = g_bytes_new (xml, strlen (xml));

  return _pursuit_dav_multistatus_parse (body, "https://dav.example/ann/cal/", error);
}

static void
test_xml_multistatus (void)
{
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;
  g_autoptr(GError) error = NULL;
  PursuitDavResponse *response;

  multistatus = parse ("<?xml version=\"1.0\"?>"
                       "<X:multistatus xmlns:X=\"DAV:\" xmlns:Q=\"urn:ietf:params:xml:ns:caldav\""
                       " xmlns:A=\"http://apple.com/ns/ical/\" xmlns:CS=\"http://calendarserver.org/ns/\">"
                       "<X:response><X:href>work/</X:href>"
                       "<X:propstat><X:prop><X:resourcetype><X:collection/><Q:calendar/></X:resourcetype>"
                       "<X:displayname> Work &amp; Life </X:displayname><A:calendar-color>#FF8800FF</A:calendar-color>"
                       "<CS:getctag>c1</CS:getctag>"
                       "<Q:supported-calendar-component-set><Q:comp name=\"VEVENT\"/></Q:supported-calendar-component-set>"
                       "</X:prop><X:status>HTTP/1.1 200 OK</X:status></X:propstat>"
                       "<X:propstat><X:prop><X:getetag>\"nope\"</X:getetag></X:prop>"
                       "<X:status>HTTP/1.1 404 Not Found</X:status></X:propstat></X:response>"
                       "<X:response><X:href>/ann/cal/gone.ics</X:href><X:status>HTTP/1.1 404 Not Found</X:status></X:response>"
                       "<X:response><X:href>https://evil.example/steal/</X:href>"
                       "<X:propstat><X:prop><X:getetag>\"x\"</X:getetag></X:prop>"
                       "<X:status>HTTP/1.1 200 OK</X:status></X:propstat></X:response>"
                       "<X:response><X:href>https://dav.example:443/ann/cal/a%20b.ics</X:href>"
                       "<X:propstat><X:prop><X:getetag>\"e2\"</X:getetag><Q:calendar-data><![CDATA[BEGIN:VCALENDAR]]></Q:calendar-data></X:prop>"
                       "<X:status>HTTP/1.1 200 OK</X:status></X:propstat></X:response>"
                       "<X:sync-token>http://radicale.org/ns/sync/42</X:sync-token>"
                       "</X:multistatus>", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (multistatus->responses->len, ==, 3);
  g_assert_cmpstr (multistatus->sync_token, ==, "http://radicale.org/ns/sync/42");

  response = g_ptr_array_index (multistatus->responses, 0);
  g_assert_cmpstr (response->href, ==, "https://dav.example/ann/cal/work/");
  g_assert_cmpstr (response->path, ==, "/ann/cal/work/");
  g_assert_true (response->is_collection);
  g_assert_true (response->is_calendar);
  g_assert_true (response->has_component_set);
  g_assert_true (response->takes_events);
  g_assert_cmpstr (response->display_name, ==, "Work & Life");
  g_assert_cmpstr (response->color, ==, "#ff8800");
  g_assert_cmpstr (response->ctag, ==, "c1");
  g_assert_null (response->etag);
  g_assert_cmpuint (response->status, ==, 0);

  response = g_ptr_array_index (multistatus->responses, 1);
  g_assert_cmpstr (response->path, ==, "/ann/cal/gone.ics");
  g_assert_cmpuint (response->status, ==, 404);

  response = g_ptr_array_index (multistatus->responses, 2);
  g_assert_cmpstr (response->path, ==, "/ann/cal/a%20b.ics");
  g_assert_cmpstr (response->etag, ==, "\"e2\"");
  g_assert_cmpstr (response->calendar_data, ==, "BEGIN:VCALENDAR");
  g_assert_true (_pursuit_dav_same_resource (response->href, "https://dav.example/ann/cal/a b.ics/"));
}

static void
assert_invalid_xml (const char *xml,
                    gssize      length)
{
  g_autoptr(GBytes) body = g_bytes_new (xml, length < 0 ? strlen (xml) : (gsize) length);
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;
  g_autoptr(GError) error = NULL;

  multistatus = _pursuit_dav_multistatus_parse (body, "https://dav.example/", &error);
  g_assert_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_INVALID_RESPONSE);
  g_assert_null (multistatus);
}

static void
test_xml_hostile (void)
{
  g_autoptr(PursuitDavMultistatus) foreign = NULL;
  g_autoptr(GError) error = NULL;

  assert_invalid_xml ("", 0);
  assert_invalid_xml ("not xml at all", -1);
  /* truncated */
  assert_invalid_xml ("<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/a</d:href>", -1);
  /* the right names in the wrong namespace */
  assert_invalid_xml ("<d:multistatus xmlns:d=\"urn:not-dav\"><d:response/></d:multistatus>", -1);
  assert_invalid_xml ("<multistatus><response><href>/a</href></response></multistatus>", -1);
  /* XXE and entity expansion are refused outright */
  assert_invalid_xml ("<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                      "<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>&x;</d:href></d:response></d:multistatus>", -1);
  assert_invalid_xml ("<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                      "<d:multistatus xmlns:d=\"DAV:\"><d:sync-token>&b;</d:sync-token></d:multistatus>", -1);
  /* invalid UTF-8 */
  assert_invalid_xml ("<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/\xff\xfe</d:href></d:response></d:multistatus>", -1);
  /* an embedded NUL */
  assert_invalid_xml ("<d:multistatus xmlns:d=\"DAV:\">\0</d:multistatus>", 34);

  /* A response without href, or for another server, is dropped. */
  foreign = parse ("<d:multistatus xmlns:d=\"DAV:\"><d:response><d:status>HTTP/1.1 200 OK</d:status></d:response>"
                   "<d:response><d:href>//evil.example/x</d:href></d:response>"
                   "<d:response><d:href>javascript:alert(1)</d:href></d:response>"
                   "<d:response><d:href>http://dav.example/ann/cal/x</d:href></d:response></d:multistatus>", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (foreign->responses->len, ==, 0);
}

static void
test_basic_auth (void)
{
  g_autoptr(PursuitBasicAuth) auth = pursuit_basic_auth_new ("ann", "pässword:1");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *header = NULL;

  pursuit_authorizer_authorize_async (PURSUIT_AUTHORIZER (auth), TRUE, NULL, pursuit_test_store_result, &result);
  header = pursuit_authorizer_authorize_finish (PURSUIT_AUTHORIZER (auth), pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  /* base64 of the UTF-8 bytes of "ann:pässword:1" */
  g_assert_cmpstr (header, ==, "Basic YW5uOnDDpHNzd29yZDox");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/caldav/ical/round-trip", test_ical_round_trip);
  g_test_add_func ("/caldav/ical/utc-and-all-day", test_ical_utc_and_all_day);
  g_test_add_func ("/caldav/ical/hostile", test_ical_hostile);
  g_test_add_func ("/caldav/ical/file-name", test_file_name);
  g_test_add_func ("/caldav/xml/multistatus", test_xml_multistatus);
  g_test_add_func ("/caldav/xml/hostile", test_xml_hostile);
  g_test_add_func ("/caldav/basic-auth", test_basic_auth);

  return g_test_run ();
}
