/* test-google-calendar.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "fake-google.h"
#include "pursuit-google-calendar.h"
#include "pursuit-test-async.h"
#include "pursuit-test-calendar-calls.h"
#include "pursuit-test-google.h"

#define CALENDAR "jobs@group.calendar.google.com"
#define CLIENT_ID "test-client.apps.googleusercontent.com"
#define CLIENT_SECRET "test-secret"
/* 2026-11-16 09:00 UTC, a Monday. */
#define MONDAY 1794819600
#define HOUR 3600

typedef struct
{
  FakeGoogle *fake;
  PursuitHttp *http;
  PursuitGoogleAuth *auth;
  PursuitGoogleCalendar *calendar;
  PursuitCalendarBackend *backend;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  pursuit_test_google_connect (CLIENT_ID, CLIENT_SECRET, &fixture->fake, &fixture->http, &fixture->auth);
  /* Small delays; Retry-After up to two seconds is still honoured. */
  pursuit_http_set_retry_policy (fixture->http, 3, 10, 2000);

  fixture->calendar = pursuit_google_calendar_new (fixture->http, fixture->auth, CALENDAR);
  fixture->backend = PURSUIT_CALENDAR_BACKEND (fixture->calendar);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->calendar);
  pursuit_test_google_disconnect (&fixture->fake, &fixture->http, &fixture->auth);
}

/* Helpers ------------------------------------------------------------------ */

static PursuitCalendarEvent *
make_event (const char *uid,
            gint64      starts_at)
{
  PursuitCalendarEvent *event = pursuit_calendar_event_new ();

  pursuit_calendar_event_set_uid (event, uid);
  pursuit_calendar_event_set_summary (event, "Interview: Backend Engineer at Acme");
  pursuit_calendar_event_set_description (event, "Stage: Interview\nInterviewer: Jane <jane@acme.test>");
  pursuit_calendar_event_set_location (event, "https://meet.example.com/abc");
  pursuit_calendar_event_set_starts_at (event, starts_at);
  pursuit_calendar_event_set_ends_at (event, starts_at + HOUR);
  pursuit_calendar_event_set_time_zone (event, "Europe/Berlin");
  pursuit_calendar_event_set_reminder_minutes (event, "1440,60,15");
  pursuit_calendar_event_set_url (event, "https://jobs.example.com/42");
  return event;
}

/* Creates @uid's event and asserts it worked; returns the remote id. */
static char *
create_event (Fixture    *fixture,
              const char *uid,
              gint64      starts_at,
              char      **out_etag)
{
  g_autoptr(PursuitCalendarEvent) event = make_event (uid, starts_at);
  g_autoptr(GError) error = NULL;
  char *remote_id = NULL;

  g_assert_true (backend_put_event (fixture->backend, event, NULL, NULL, &remote_id, out_etag, &error));
  g_assert_no_error (error);
  return remote_id;
}

static const char *
member_string (JsonObject *object,
               const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  guint n = g_strv_length (parts);

  for (guint i = 0; object != NULL && i + 1 < n; i++)
    object = json_object_get_object_member (object, parts[i]);
  return object != NULL ? json_object_get_string_member_with_default (object, parts[n - 1], NULL) : NULL;
}

/* Tests -------------------------------------------------------------------- */

static void
test_event_id (void)
{
  g_autofree char *id = pursuit_google_calendar_event_id_for_uid ("abc@pursuit.invalid");
  g_autofree char *same = pursuit_google_calendar_event_id_for_uid ("abc@pursuit.invalid");
  g_autofree char *other = pursuit_google_calendar_event_id_for_uid ("abd@pursuit.invalid");

  g_assert_cmpstr (id, ==, same);
  g_assert_cmpstr (id, !=, other);
  g_assert_true (g_str_has_prefix (id, "pursuit"));
  g_assert_cmpuint (strlen (id), ==, 47);
  for (const char *p = id; *p != '\0'; p++)
    g_assert_true ((*p >= 'a' && *p <= 'v') || (*p >= '0' && *p <= '9'));
}

static void
test_json_shape (void)
{
  g_autoptr(PursuitCalendarEvent) event = make_event ("abc@pursuit.invalid", MONDAY);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) all_day_node = NULL;
  JsonObject *object;
  JsonObject *reminders;
  JsonArray *overrides;

  node = pursuit_google_calendar_event_to_json (event, "pursuit0123456789");
  object = json_node_get_object (node);
  g_assert_cmpstr (member_string (object, "id"), ==, "pursuit0123456789");
  g_assert_cmpstr (member_string (object, "summary"), ==, "Interview: Backend Engineer at Acme");
  g_assert_cmpstr (member_string (object, "location"), ==, "https://meet.example.com/abc");
  /* 09:00 UTC is 10:00 in Berlin in November. */
  g_assert_cmpstr (member_string (object, "start.dateTime"), ==, "2026-11-16T10:00:00+01:00");
  g_assert_cmpstr (member_string (object, "start.timeZone"), ==, "Europe/Berlin");
  g_assert_cmpstr (member_string (object, "end.dateTime"), ==, "2026-11-16T11:00:00+01:00");
  g_assert_cmpstr (member_string (object, "source.title"), ==, "Pursuit");
  g_assert_cmpstr (member_string (object, "source.url"), ==, "https://jobs.example.com/42");
  g_assert_cmpstr (member_string (object, "extendedProperties.private.pursuitUid"), ==, "abc@pursuit.invalid");
  g_assert_false (json_object_has_member (object, "attendees"));

  reminders = json_object_get_object_member (object, "reminders");
  g_assert_false (json_object_get_boolean_member (reminders, "useDefault"));
  overrides = json_object_get_array_member (reminders, "overrides");
  g_assert_cmpuint (json_array_get_length (overrides), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (overrides, 0), "minutes"), ==, 1440);
  g_assert_cmpstr (member_string (json_array_get_object_element (overrides, 2), "method"), ==, "popup");
  g_clear_pointer (&node, json_node_unref);

  /* An invited interviewer; a link that is no web page; no id for a patch. */
  pursuit_calendar_event_set_attendee_email (event, "jane@acme.test");
  pursuit_calendar_event_set_attendee_name (event, "Jane Doe");
  pursuit_calendar_event_set_url (event, "javascript:alert(1)");
  node = pursuit_google_calendar_event_to_json (event, NULL);
  object = json_node_get_object (node);
  g_assert_false (json_object_has_member (object, "id"));
  g_assert_false (json_object_has_member (object, "source"));
  g_assert_cmpstr (member_string (json_array_get_object_element (json_object_get_array_member (object, "attendees"), 0),
                                  "email"), ==, "jane@acme.test");

  /* All day: dates, the end exclusive. */
  {
    g_autoptr(GTimeZone) local = g_time_zone_new_local ();
    g_autoptr(GDateTime) day = g_date_time_new (local, 2026, 11, 20, 0, 0, 0);
    g_autoptr(GDateTime) next = g_date_time_add_days (day, 1);
    JsonObject *all_day;

    pursuit_calendar_event_set_all_day (event, TRUE);
    pursuit_calendar_event_set_starts_at (event, g_date_time_to_unix (day));
    pursuit_calendar_event_set_ends_at (event, g_date_time_to_unix (next));
    all_day_node = pursuit_google_calendar_event_to_json (event, NULL);
    all_day = json_node_get_object (all_day_node);
    g_assert_cmpstr (member_string (all_day, "start.date"), ==, "2026-11-20");
    g_assert_cmpstr (member_string (all_day, "end.date"), ==, "2026-11-21");
    g_assert_null (member_string (all_day, "start.dateTime"));
  }
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static PursuitRemoteChange *
change_of (const char  *json,
           GError     **error)
{
  g_autoptr(JsonObject) object = parse_object (json);

  return pursuit_google_calendar_change_from_json (object, error);
}

static void
test_change_from_json (void)
{
  static const char * const broken[] = {
    "{}",
    "{\"id\": 42, \"start\": {\"dateTime\": \"2026-11-16T10:00:00+01:00\"}}",
    "{\"id\": \"a1\"}",
    "{\"id\": \"a1\", \"start\": {}}",
    "{\"id\": \"a1\", \"start\": \"2026-11-16\"}",
    "{\"id\": \"a1\", \"start\": {\"dateTime\": \"yesterday\"}}",
    "{\"id\": \"a1\", \"start\": {\"dateTime\": 1794819600}}",
    "{\"id\": \"a1\", \"start\": {\"date\": \"2026-13-45\"}}",
    "{\"id\": \"a1\", \"start\": {\"date\": \"2026-11-16x\"}}",
    "{\"id\": \"a1\", \"start\": {\"dateTime\": \"2026-11-16T10:00:00+01:00\"},"
    " \"end\": {\"dateTime\": \"2026-11-16T09:00:00+01:00\"}}",
  };
  g_autoptr(PursuitRemoteChange) timed = NULL;
  g_autoptr(PursuitRemoteChange) all_day = NULL;
  g_autoptr(PursuitRemoteChange) cancelled = NULL;
  g_autoptr(PursuitRemoteChange) zoned = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_autoptr(GDateTime) day = g_date_time_new (local, 2026, 11, 20, 0, 0, 0);

  timed = change_of ("{\"id\": \"a1\", \"etag\": \"\\\"7\\\"\", \"status\": \"confirmed\", \"summary\": \"Call\","
                     " \"iCalUID\": \"a1@google.com\","
                     " \"extendedProperties\": {\"private\": {\"pursuitUid\": \"x@pursuit.invalid\"}},"
                     " \"start\": {\"dateTime\": \"2026-11-16T10:00:00+01:00\", \"timeZone\": \"Europe/Berlin\"},"
                     " \"end\": {\"dateTime\": \"2026-11-16T11:30:00+01:00\"}}", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_remote_change_get_remote_id (timed), ==, "a1");
  g_assert_cmpstr (pursuit_remote_change_get_etag (timed), ==, "\"7\"");
  g_assert_cmpstr (pursuit_remote_change_get_uid (timed), ==, "x@pursuit.invalid");
  g_assert_cmpstr (pursuit_remote_change_get_summary (timed), ==, "Call");
  g_assert_false (pursuit_remote_change_get_deleted (timed));
  g_assert_cmpint (pursuit_remote_change_get_starts_at (timed), ==, MONDAY);
  g_assert_cmpint (pursuit_remote_change_get_ends_at (timed), ==, MONDAY + 90 * 60);

  /* No offset: the time zone places it. */
  zoned = change_of ("{\"id\": \"a2\", \"iCalUID\": \"a2@google.com\","
                     " \"start\": {\"dateTime\": \"2026-11-16T10:00:00\", \"timeZone\": \"Europe/Berlin\"}}", &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_remote_change_get_starts_at (zoned), ==, MONDAY);
  g_assert_cmpint (pursuit_remote_change_get_ends_at (zoned), ==, MONDAY);
  g_assert_cmpstr (pursuit_remote_change_get_uid (zoned), ==, "a2@google.com");

  all_day = change_of ("{\"id\": \"a3\", \"start\": {\"date\": \"2026-11-20\"}, \"end\": {\"date\": \"2026-11-21\"}}",
                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_remote_change_get_starts_at (all_day), ==, g_date_time_to_unix (day));

  /* Deleted events carry no times. */
  cancelled = change_of ("{\"id\": \"a4\", \"status\": \"cancelled\"}", &error);
  g_assert_no_error (error);
  g_assert_true (pursuit_remote_change_get_deleted (cancelled));
  g_assert_cmpint (pursuit_remote_change_get_starts_at (cancelled), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(PursuitRemoteChange) change = change_of (broken[i], &error);

      g_assert_null (change);
      g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
      g_clear_error (&error);
    }
}

static void
test_list_calendars (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GError) error = NULL;
  PursuitRemoteCalendar *primary;
  PursuitRemoteCalendar *jobs;

  /* One entry a page: the backend follows them all. */
  fake_google_set_page_size (fixture->fake, 1);
  pursuit_calendar_backend_list_calendars_async (fixture->backend, NULL, pursuit_test_store_result, &result);
  calendars = pursuit_calendar_backend_list_calendars_finish (fixture->backend, pursuit_test_wait_for (&result),
                                                              &error);
  g_assert_no_error (error);

  /* The holidays calendar is read-only: left out. */
  g_assert_cmpuint (calendars->len, ==, 2);
  primary = calendars->pdata[0];
  jobs = calendars->pdata[1];
  g_assert_cmpstr (pursuit_remote_calendar_get_id (primary), ==, fake_google_get_email (fixture->fake));
  g_assert_true (pursuit_remote_calendar_get_primary (primary));
  g_assert_cmpstr (pursuit_remote_calendar_get_id (jobs), ==, CALENDAR);
  g_assert_cmpstr (pursuit_remote_calendar_get_name (jobs), ==, "Job search");
  g_assert_cmpstr (pursuit_remote_calendar_get_color (jobs), ==, "#7bd148");
  g_assert_false (pursuit_remote_calendar_get_primary (jobs));
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.calendarList.list"), ==, 2);
}

static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autofree char *remote_id = create_event (fixture, "create@pursuit.invalid", MONDAY, &etag);
  g_autofree char *expected_id = pursuit_google_calendar_event_id_for_uid ("create@pursuit.invalid");
  JsonObject *stored;
  JsonArray *overrides;

  g_assert_cmpstr (remote_id, ==, expected_id);
  g_assert_nonnull (etag);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, CALENDAR, TRUE), ==, 1);

  stored = fake_google_get_event (fixture->fake, CALENDAR, remote_id);
  g_assert_nonnull (stored);
  g_assert_cmpstr (member_string (stored, "etag"), ==, etag);
  g_assert_cmpstr (member_string (stored, "summary"), ==, "Interview: Backend Engineer at Acme");
  g_assert_cmpstr (member_string (stored, "start.dateTime"), ==, "2026-11-16T10:00:00+01:00");
  g_assert_cmpstr (member_string (stored, "extendedProperties.private.pursuitUid"), ==, "create@pursuit.invalid");
  overrides = json_object_get_array_member (json_object_get_object_member (stored, "reminders"), "overrides");
  g_assert_cmpuint (json_array_get_length (overrides), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (overrides, 1), "minutes"), ==, 60);

  /* Nothing else went in the other calendars. */
  g_assert_cmpuint (fake_google_count_events (fixture->fake, "primary", TRUE), ==, 0);
}

static void
test_lost_response (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *remote_id = NULL;
  g_autofree char *etag = NULL;

  /* The insert is done, its answer lost: the retry meets 409 duplicate and
   * updates the event instead of making a second one. */
  fake_google_add_fault (fixture->fake, "calendar.events.insert", FAKE_GOOGLE_FAULT_LOST_RESPONSE, 0, 0, 1);
  remote_id = create_event (fixture, "lost@pursuit.invalid", MONDAY, &etag);

  g_assert_cmpuint (fake_google_count_events (fixture->fake, CALENDAR, TRUE), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.insert"), ==, 2);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.patch"), ==, 1);
  g_assert_cmpstr (member_string (fake_google_get_event (fixture->fake, CALENDAR, remote_id), "etag"), ==, etag);
}

static void
test_update (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autofree char *remote_id = create_event (fixture, "update@pursuit.invalid", MONDAY, &etag);
  g_autoptr(PursuitCalendarEvent) moved = make_event ("update@pursuit.invalid", MONDAY + 24 * HOUR);
  g_autofree char *new_id = NULL;
  g_autofree char *new_etag = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *stored;

  pursuit_calendar_event_set_location (moved, NULL);
  g_assert_true (backend_put_event (fixture->backend, moved, remote_id, etag, &new_id, &new_etag, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (new_id, ==, remote_id);
  g_assert_cmpstr (new_etag, !=, etag);

  stored = fake_google_get_event (fixture->fake, CALENDAR, remote_id);
  g_assert_cmpstr (member_string (stored, "start.dateTime"), ==, "2026-11-17T10:00:00+01:00");
  /* A location no longer known is cleared, not left behind. */
  g_assert_cmpstr (member_string (stored, "location"), ==, "");
  g_assert_cmpuint (fake_google_count_events (fixture->fake, CALENDAR, TRUE), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.patch"), ==, 1);
}

static void
test_precondition_failed (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autofree char *remote_id = create_event (fixture, "race@pursuit.invalid", MONDAY, &etag);
  g_autoptr(PursuitCalendarEvent) event = make_event ("race@pursuit.invalid", MONDAY + HOUR);
  g_autoptr(GError) error = NULL;

  /* Someone moves it in Google Calendar meanwhile. */
  g_assert_true (fake_google_move_event (fixture->fake, CALENDAR, remote_id, MONDAY + 2 * HOUR, MONDAY + 3 * HOUR));

  g_assert_false (backend_put_event (fixture->backend, event, remote_id, etag, NULL, NULL, &error));
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED);
  g_clear_error (&error);

  /* Their change stays; deleting with the old etag is refused too. */
  g_assert_cmpstr (member_string (fake_google_get_event (fixture->fake, CALENDAR, remote_id), "start.dateTime"),
                   ==, "2026-11-16T12:00:00+01:00");
  g_assert_false (backend_delete_event (fixture->backend, remote_id, etag, &error));
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, CALENDAR, FALSE), ==, 1);
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autofree char *remote_id = create_event (fixture, "delete@pursuit.invalid", MONDAY, &etag);
  g_autoptr(GError) error = NULL;

  g_assert_true (backend_delete_event (fixture->backend, remote_id, etag, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, CALENDAR, FALSE), ==, 0);
  g_assert_cmpstr (member_string (fake_google_get_event (fixture->fake, CALENDAR, remote_id), "status"),
                   ==, "cancelled");

  /* Already gone (410) and never there (404) both count as deleted. */
  g_assert_true (backend_delete_event (fixture->backend, remote_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (backend_delete_event (fixture->backend, "pursuitnevercreated", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.delete"), ==, 3);
}

static void
test_recreate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PursuitCalendarEvent) event = make_event ("again@pursuit.invalid", MONDAY);
  g_autofree char *remote_id = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(GError) error = NULL;

  /* Linked once, but the event is not on Google any more (another
   * calendar's id, a wiped calendar): made again under the same id. */
  g_assert_true (backend_put_event (fixture->backend, event, "pursuitgone0000", "\"1\"", &remote_id, &etag, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (remote_id, ==, "pursuitgone0000");
  g_assert_nonnull (fake_google_get_event (fixture->fake, CALENDAR, "pursuitgone0000"));
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.patch"), ==, 1);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.insert"), ==, 1);
}

static void
test_pull (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *first = create_event (fixture, "one@pursuit.invalid", MONDAY, NULL);
  g_autofree char *second = create_event (fixture, "two@pursuit.invalid", MONDAY + HOUR, NULL);
  g_autofree char *third = create_event (fixture, "three@pursuit.invalid", MONDAY + 2 * HOUR, NULL);
  g_autoptr(GPtrArray) full = NULL;
  g_autoptr(GPtrArray) nothing = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *token = NULL;
  g_autofree char *token2 = NULL;
  g_autofree char *token3 = NULL;
  g_autoptr(GError) error = NULL;
  PursuitRemoteChange *change;
  guint lists;

  full = backend_pull_changes (fixture->backend, NULL, &token, &error);
  g_assert_no_error (error);
  g_assert_nonnull (token);
  g_assert_cmpuint (full->len, ==, 3);
  change = find_remote_change (full, second);
  g_assert_nonnull (change);
  g_assert_cmpstr (pursuit_remote_change_get_uid (change), ==, "two@pursuit.invalid");
  g_assert_cmpint (pursuit_remote_change_get_starts_at (change), ==, MONDAY + HOUR);
  g_assert_cmpint (pursuit_remote_change_get_ends_at (change), ==, MONDAY + 2 * HOUR);

  /* Nothing new: one request, nothing reported. */
  lists = fake_google_count_requests (fixture->fake, "calendar.events.list");
  nothing = backend_pull_changes (fixture->backend, token, &token2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nothing->len, ==, 0);
  g_assert_nonnull (token2);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.list"), ==, lists + 1);

  /* Moved and deleted in Google Calendar. */
  g_assert_true (fake_google_move_event (fixture->fake, CALENDAR, first, MONDAY + 5 * HOUR, MONDAY + 6 * HOUR));
  g_assert_true (fake_google_delete_event (fixture->fake, CALENDAR, third));
  changes = backend_pull_changes (fixture->backend, token2, &token3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);

  change = find_remote_change (changes, first);
  g_assert_nonnull (change);
  g_assert_false (pursuit_remote_change_get_deleted (change));
  g_assert_cmpint (pursuit_remote_change_get_starts_at (change), ==, MONDAY + 5 * HOUR);
  g_assert_cmpstr (pursuit_remote_change_get_etag (change), ==,
                   member_string (fake_google_get_event (fixture->fake, CALENDAR, first), "etag"));
  change = find_remote_change (changes, third);
  g_assert_nonnull (change);
  g_assert_true (pursuit_remote_change_get_deleted (change));
  g_assert_null (find_remote_change (changes, second));
}

static void
test_sync_token_expired (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *first = create_event (fixture, "one@pursuit.invalid", MONDAY, NULL);
  g_autofree char *second = create_event (fixture, "two@pursuit.invalid", MONDAY + HOUR, NULL);
  g_autoptr(GPtrArray) full = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *token = NULL;
  g_autofree char *token2 = NULL;
  g_autoptr(GError) error = NULL;
  guint lists;

  full = backend_pull_changes (fixture->backend, NULL, &token, &error);
  g_assert_no_error (error);
  g_assert_true (fake_google_delete_event (fixture->fake, CALENDAR, second));

  /* 410 fullSyncRequired: the backend lists everything by itself,
   * deletions included (showDeleted). */
  fake_google_expire_sync_tokens (fixture->fake);
  lists = fake_google_count_requests (fixture->fake, "calendar.events.list");
  again = backend_pull_changes (fixture->backend, token, &token2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.list"), ==, lists + 2);
  g_assert_cmpuint (again->len, ==, 2);
  g_assert_false (pursuit_remote_change_get_deleted (find_remote_change (again, first)));
  g_assert_true (pursuit_remote_change_get_deleted (find_remote_change (again, second)));
  g_assert_nonnull (token2);
}

static void
test_paging (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) full = NULL;
  g_autoptr(GPtrArray) nothing = NULL;
  g_autofree char *token = NULL;
  g_autoptr(GError) error = NULL;
  guint lists;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *uid = g_strdup_printf ("page-%u@pursuit.invalid", i);
      g_autofree char *remote_id = create_event (fixture, uid, MONDAY + i * HOUR, NULL);
    }

  fake_google_set_page_size (fixture->fake, 2);
  lists = fake_google_count_requests (fixture->fake, "calendar.events.list");
  full = backend_pull_changes (fixture->backend, NULL, &token, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (full->len, ==, 5);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.list"), ==, lists + 3);
  /* The token came from the last page and works. */
  g_assert_nonnull (token);
  nothing = backend_pull_changes (fixture->backend, token, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nothing->len, ==, 0);
}

static void
test_rate_limited (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *remote_id = NULL;
  gint64 started;
  gint64 elapsed;

  fake_google_add_fault (fixture->fake, "calendar.events.insert", FAKE_GOOGLE_FAULT_STATUS, 429, 1, 1);
  started = g_get_monotonic_time ();
  remote_id = create_event (fixture, "busy@pursuit.invalid", MONDAY, NULL);
  elapsed = g_get_monotonic_time () - started;

  /* Retry-After: 1 was waited for, not the 10 ms of the policy. */
  g_assert_cmpint (elapsed, >=, 900 * G_TIME_SPAN_MILLISECOND);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.insert"), ==, 2);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, CALENDAR, TRUE), ==, 1);
}

static void
test_server_errors (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *remote_id = NULL;

  fake_google_add_fault (fixture->fake, "calendar.events.insert", FAKE_GOOGLE_FAULT_STATUS, 500, 0, 2);
  remote_id = create_event (fixture, "flaky@pursuit.invalid", MONDAY, NULL);

  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar.events.insert"), ==, 3);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, CALENDAR, TRUE), ==, 1);
}

static void
test_invalid_response (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(PursuitCalendarEvent) event = make_event ("broken@pursuit.invalid", MONDAY);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) truncated = NULL;
  g_autofree char *token = NULL;
  g_autoptr(GError) error = NULL;

  fake_google_add_fault (fixture->fake, "calendar.events.list", FAKE_GOOGLE_FAULT_INVALID_JSON, 0, 0, 1);
  changes = backend_pull_changes (fixture->backend, NULL, &token, &error);
  g_assert_null (changes);
  g_assert_null (token);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
  g_clear_error (&error);

  fake_google_add_fault (fixture->fake, "calendar.events.list", FAKE_GOOGLE_FAULT_TRUNCATED_JSON, 0, 0, 1);
  truncated = backend_pull_changes (fixture->backend, NULL, NULL, &error);
  g_assert_null (truncated);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
  g_clear_error (&error);

  fake_google_add_fault (fixture->fake, "calendar.events.insert", FAKE_GOOGLE_FAULT_INVALID_JSON, 0, 0, 1);
  g_assert_false (backend_put_event (fixture->backend, event, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE);
}

static void
test_no_calendar (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PursuitGoogleCalendar) unset = pursuit_google_calendar_new (fixture->http, fixture->auth, NULL);
  g_autoptr(PursuitCalendarEvent) event = make_event ("nowhere@pursuit.invalid", MONDAY);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  pursuit_calendar_backend_put_event_async (PURSUIT_CALENDAR_BACKEND (unset), event, NULL, NULL, NULL,
                                            pursuit_test_store_result, &result);
  g_assert_false (pursuit_calendar_backend_put_event_finish (PURSUIT_CALENDAR_BACKEND (unset),
                                                             pursuit_test_wait_for (&result), NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED);
  g_assert_cmpuint (fake_google_count_requests (fixture->fake, "calendar."), ==, 0);
}

static PursuitHttpResponse *
send_raw (Fixture     *fixture,
          const char  *method,
          const char  *path,
          JsonNode    *body,
          const char  *if_none_match,
          GError     **error)
{
  g_autofree char *uri = g_strdup_printf ("%s/calendar/v3/calendars/%s%s", fake_google_get_url (fixture->fake),
                                          "jobs%40group.calendar.google.com", path);
  g_autoptr(PursuitHttpRequest) request = pursuit_http_request_new ("google", method, uri);
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_http_request_set_authorizer (request, PURSUIT_AUTHORIZER (fixture->auth));
  pursuit_http_request_accept_status (request, 304);
  if (body != NULL)
    pursuit_http_request_set_json_body (request, body);
  if (if_none_match != NULL)
    pursuit_http_request_set_header (request, "If-None-Match", if_none_match);

  pursuit_http_send_async (fixture->http, request, NULL, pursuit_test_store_result, &result);
  return pursuit_http_send_finish (fixture->http, pursuit_test_wait_for (&result), error);
}

/* What the fake does beyond what the backend uses: conditional GET,
 * update, bad client ids, listings without deletions. */
static void
test_fake_semantics (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *etag = NULL;
  g_autofree char *remote_id = create_event (fixture, "fake@pursuit.invalid", MONDAY, &etag);
  g_autofree char *gone_id = create_event (fixture, "gone@pursuit.invalid", MONDAY, NULL);
  g_autofree char *event_path = g_strdup_printf ("/events/%s", remote_id);
  g_autoptr(PursuitCalendarEvent) event = make_event ("fake@pursuit.invalid", MONDAY + HOUR);
  g_autoptr(PursuitHttpResponse) unchanged = NULL;
  g_autoptr(PursuitHttpResponse) changed = NULL;
  g_autoptr(PursuitHttpResponse) updated = NULL;
  g_autoptr(PursuitHttpResponse) refused = NULL;
  g_autoptr(PursuitHttpResponse) listed = NULL;
  g_autoptr(JsonNode) full = pursuit_google_calendar_event_to_json (event, NULL);
  g_autoptr(JsonNode) bad_id = pursuit_google_calendar_event_to_json (event, "Not-Base32hex!");
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  unchanged = send_raw (fixture, "GET", event_path, NULL, etag, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_http_response_get_status (unchanged), ==, 304);
  changed = send_raw (fixture, "GET", event_path, NULL, "\"0\"", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pursuit_http_response_get_status (changed), ==, 200);
  g_assert_cmpstr (member_string (pursuit_http_response_get_object (changed), "id"), ==, remote_id);

  /* update replaces the event; moving it bumps the sequence. */
  updated = send_raw (fixture, "PUT", event_path, full, NULL, &error);
  g_assert_no_error (error);
  object = pursuit_http_response_get_object (updated);
  g_assert_cmpstr (member_string (object, "etag"), !=, etag);
  g_assert_cmpstr (member_string (object, "start.dateTime"), ==, "2026-11-16T11:00:00+01:00");
  g_assert_cmpint (json_object_get_int_member (object, "sequence"), ==, 1);

  refused = send_raw (fixture, "POST", "/events", bad_id, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_BAD_REQUEST);
  g_clear_error (&error);

  /* Without showDeleted or a sync token, deletions are left out. */
  g_assert_true (fake_google_delete_event (fixture->fake, CALENDAR, gone_id));
  g_assert_false (fake_google_delete_event (fixture->fake, CALENDAR, gone_id));
  listed = send_raw (fixture, "GET", "/events", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (pursuit_http_response_get_object (listed),
                                                                         "items")), ==, 1);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, CALENDAR, TRUE), ==, 2);
  g_assert_cmpuint (fake_google_count_events (fixture->fake, CALENDAR, FALSE), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/google-calendar/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/google-calendar/event-id", test_event_id);
  g_test_add_func ("/google-calendar/json-shape", test_json_shape);
  g_test_add_func ("/google-calendar/change-from-json", test_change_from_json);
  ADD ("list-calendars", test_list_calendars);
  ADD ("create", test_create);
  ADD ("lost-response", test_lost_response);
  ADD ("update", test_update);
  ADD ("precondition-failed", test_precondition_failed);
  ADD ("delete", test_delete);
  ADD ("recreate", test_recreate);
  ADD ("pull", test_pull);
  ADD ("sync-token-expired", test_sync_token_expired);
  ADD ("paging", test_paging);
  ADD ("rate-limited", test_rate_limited);
  ADD ("server-errors", test_server_errors);
  ADD ("invalid-response", test_invalid_response);
  ADD ("no-calendar", test_no_calendar);
  ADD ("fake-semantics", test_fake_semantics);

#undef ADD

  return g_test_run ();
}
