/* test-caldav.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <libsoup/soup.h>

#include "pursuit-basic-auth.h"
#include "pursuit-caldav-calendar.h"
#include "pursuit-caldav-private.h"
#include "pursuit-caldav-xml.h"
#include "pursuit-http.h"
#include "pursuit-test-async.h"
#include "pursuit-test-calendar-calls.h"
#include "pursuit-test-radicale.h"

#define PASSWORD "correct horse"
#define BERLIN_NOON_2030 G_GINT64_CONSTANT (1906453800) /* 2030-05-31 12:30 +02:00 */

/* One Radicale for the whole run; each test writes to a calendar of its own. */
static PursuitTestRadicale *radicale;
static GError *radicale_error;

/* Helpers */

static gboolean
need_radicale (void)
{
  if (radicale != NULL)
    return TRUE;

  g_test_skip (radicale_error != NULL ? radicale_error->message : "Radicale did not start");
  return FALSE;
}

static PursuitHttp *
new_http (void)
{
  PursuitHttp *http = pursuit_http_new ();

  pursuit_http_set_retry_policy (http, 2, 10, 50);
  return http;
}

static PursuitCaldavCalendar *
new_backend (PursuitHttp *http,
             const char  *password,
             const char  *calendar_url)
{
  g_autoptr(PursuitBasicAuth) auth = pursuit_basic_auth_new (PURSUIT_TEST_RADICALE_USER, password);

  return pursuit_caldav_calendar_new (http, pursuit_test_radicale_get_url (radicale),
                                      PURSUIT_AUTHORIZER (auth), calendar_url);
}

/* What another client does, through a plain SoupSession. */
static guint
raw_request (const char  *method,
             const char  *uri,
             const char  *content_type,
             const char  *body,
             const char  *depth,
             GBytes     **out_body)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(SoupMessage) message = soup_message_new (method, uri);
  g_autofree char *pair = g_strdup_printf ("%s:%s", PURSUIT_TEST_RADICALE_USER, PASSWORD);
  g_autofree char *encoded = g_base64_encode ((const guchar *) pair, strlen (pair));
  g_autofree char *authorization = g_strconcat ("Basic ", encoded, NULL);
  g_autoptr(GBytes) response = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (message);
  soup_message_headers_replace (soup_message_get_request_headers (message), "Authorization", authorization);
  if (depth != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (message), "Depth", depth);
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (message, content_type, bytes);
    }

  response = soup_session_send_and_read (session, message, NULL, &error);
  g_assert_no_error (error);

  if (out_body != NULL)
    *out_body = g_steal_pointer (&response);

  return soup_message_get_status (message);
}

/* A fresh calendar, made as the user's own calendar app would. */
static char *
make_calendar (const char *name)
{
  g_autofree char *uri = g_strdup_printf ("%s%s/%s/", pursuit_test_radicale_get_url (radicale),
                                          PURSUIT_TEST_RADICALE_USER, name);
  g_autofree char *body = NULL;

  body = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                          "<c:mkcalendar xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
                          "<d:set><d:prop><d:displayname>%s</d:displayname>"
                          "<c:supported-calendar-component-set><c:comp name=\"VEVENT\"/>"
                          "</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>",
                          name);
  g_assert_cmpuint (raw_request ("MKCALENDAR", uri, "application/xml", body, NULL, NULL), ==, 201);

  return g_steal_pointer (&uri);
}

/* The .ics objects in @calendar_url. */
static guint
count_objects (const char *calendar_url)
{
  g_autoptr(GBytes) body = NULL;
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_assert_cmpuint (raw_request ("PROPFIND", calendar_url, "application/xml",
                                 "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>",
                                 "1", &body), ==, 207);
  multistatus = _pursuit_dav_multistatus_parse (body, calendar_url, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < multistatus->responses->len; i++)
    {
      PursuitDavResponse *response = g_ptr_array_index (multistatus->responses, i);

      count += g_str_has_suffix (response->path, ".ics");
    }

  return count;
}


/* Against Radicale */

static void
test_discovery (void)
{
  g_autoptr(PursuitHttp) http = NULL;
  g_autoptr(PursuitCaldavCalendar) backend = NULL;
  g_autoptr(PursuitCaldavCalendar) wrong = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) wrong_result = NULL;
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *calendar_url = NULL;
  gboolean found = FALSE;

  if (!need_radicale ())
    return;

  calendar_url = make_calendar ("discovered");
  http = new_http ();
  backend = new_backend (http, PASSWORD, NULL);

  pursuit_calendar_backend_list_calendars_async (PURSUIT_CALENDAR_BACKEND (backend), NULL,
                                                 pursuit_test_store_result, &result);
  calendars = pursuit_calendar_backend_list_calendars_finish (PURSUIT_CALENDAR_BACKEND (backend),
                                                              pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (calendars);

  for (guint i = 0; i < calendars->len; i++)
    {
      PursuitRemoteCalendar *calendar = g_ptr_array_index (calendars, i);

      if (g_strcmp0 (pursuit_remote_calendar_get_id (calendar), calendar_url) == 0)
        {
          g_assert_cmpstr (pursuit_remote_calendar_get_name (calendar), ==, "discovered");
          found = TRUE;
        }
    }
  g_assert_true (found);

  wrong = new_backend (http, "wrong password", NULL);
  pursuit_calendar_backend_list_calendars_async (PURSUIT_CALENDAR_BACKEND (wrong), NULL,
                                                 pursuit_test_store_result, &wrong_result);
  none = pursuit_calendar_backend_list_calendars_finish (PURSUIT_CALENDAR_BACKEND (wrong),
                                                         pursuit_test_wait_for (&wrong_result), &error);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED);
  g_assert_null (none);
  g_assert_null (strstr (error->message, "wrong password"));
}

/* A URL with no CalDAV behind it: /.well-known/caldav redirects to the
 * root, which knows the principal. */
static void
test_discovery_well_known (void)
{
  g_autoptr(PursuitHttp) http = NULL;
  g_autoptr(PursuitBasicAuth) auth = NULL;
  g_autoptr(PursuitCaldavCalendar) backend = NULL;
  g_autoptr(PursuitCaldavCalendar) nowhere = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) nowhere_result = NULL;
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *calendar_url = NULL;
  g_autofree char *deep_url = NULL;
  g_autofree char *closed_url = NULL;
  g_autoptr(GSocket) closed = NULL;
  g_autoptr(GSocketAddress) closed_address = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);

  if (!need_radicale ())
    return;

  calendar_url = make_calendar ("well-known");
  http = new_http ();
  auth = pursuit_basic_auth_new (PURSUIT_TEST_RADICALE_USER, PASSWORD);
  deep_url = g_strdup_printf ("%snot/a/dav/place/", pursuit_test_radicale_get_url (radicale));
  backend = pursuit_caldav_calendar_new (http, deep_url, PURSUIT_AUTHORIZER (auth), NULL);

  pursuit_calendar_backend_list_calendars_async (PURSUIT_CALENDAR_BACKEND (backend), NULL,
                                                 pursuit_test_store_result, &result);
  calendars = pursuit_calendar_backend_list_calendars_finish (PURSUIT_CALENDAR_BACKEND (backend),
                                                              pursuit_test_wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (calendars->len, >=, 1);

  /* Nothing listening: OFFLINE, a transient error, not a crash. */
  closed = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (closed, any_port, FALSE, &error));
  closed_address = g_socket_get_local_address (closed, &error);
  g_assert_no_error (error);
  closed_url = g_strdup_printf ("http://127.0.0.1:%u/",
                                g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (closed_address)));
  nowhere = pursuit_caldav_calendar_new (http, closed_url, PURSUIT_AUTHORIZER (auth), NULL);
  pursuit_calendar_backend_list_calendars_async (PURSUIT_CALENDAR_BACKEND (nowhere), NULL,
                                                 pursuit_test_store_result, &nowhere_result);
  none = pursuit_calendar_backend_list_calendars_finish (PURSUIT_CALENDAR_BACKEND (nowhere),
                                                         pursuit_test_wait_for (&nowhere_result), &error);
  g_assert_null (none);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_OFFLINE);
  g_assert_true (pursuit_http_error_is_transient (error));
}

static void
test_no_calendar_chosen (void)
{
  g_autoptr(PursuitHttp) http = NULL;
  g_autoptr(PursuitCaldavCalendar) backend = NULL;
  g_autoptr(PursuitCalendarEvent) event = make_calendar_event ("none@pursuit.invalid", BERLIN_NOON_2030);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  if (!need_radicale ())
    return;

  http = new_http ();
  backend = new_backend (http, PASSWORD, NULL);
  g_assert_false (backend_put_event (backend, event, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_NO_CALENDAR);
  g_clear_error (&error);

  changes = backend_pull_changes (backend, NULL, NULL, &error);
  g_assert_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_NO_CALENDAR);
  g_assert_null (changes);
}

static void
test_write (void)
{
  g_autoptr(PursuitHttp) http = NULL;
  g_autoptr(PursuitCaldavCalendar) backend = NULL;
  g_autoptr(PursuitCalendarEvent) event = make_calendar_event ("write-1@pursuit.invalid", BERLIN_NOON_2030);
  g_autoptr(GBytes) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *calendar_url = NULL;
  g_autofree char *remote_id = NULL;
  g_autofree char *again_id = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *again_etag = NULL;
  g_autofree char *updated_etag = NULL;
  g_autofree char *object_url = NULL;
  g_autofree char *other_ical = NULL;
  g_autofree char *ignored_id = NULL;
  g_autofree char *recreated_etag = NULL;
  g_autofree char *stored_text = NULL;

  if (!need_radicale ())
    return;

  calendar_url = make_calendar ("write");
  http = new_http ();
  backend = new_backend (http, PASSWORD, calendar_url);

  /* create */
  g_assert_true (backend_put_event (backend, event, NULL, NULL, &remote_id, &etag, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (remote_id, "/ann/write/"));
  g_assert_true (g_str_has_suffix (remote_id, ".ics"));
  g_assert_nonnull (etag);
  g_assert_cmpuint (count_objects (calendar_url), ==, 1);

  object_url = g_strdup_printf ("%s%s", pursuit_test_radicale_get_url (radicale), remote_id + 1);
  g_assert_cmpuint (raw_request ("GET", object_url, NULL, NULL, NULL, &stored), ==, 200);
  stored_text = g_strndup (g_bytes_get_data (stored, NULL), g_bytes_get_size (stored));
  /* Radicale writes the object again with vobject: -PT1440M becomes -P1D. */
  g_assert_true (strstr (stored_text, "TRIGGER:-PT1440M") != NULL || strstr (stored_text, "TRIGGER:-P1D") != NULL);
  g_assert_nonnull (strstr (stored_text, "TRIGGER:-PT15M"));
  g_assert_nonnull (strstr (stored_text, "DTSTART;TZID=Europe/Berlin:20300531T123000"));

  /* the same create again, as after a lost response: one object */
  g_assert_true (backend_put_event (backend, event, NULL, NULL, &again_id, &again_etag, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (again_id, ==, remote_id);
  g_assert_nonnull (again_etag);
  g_assert_cmpuint (count_objects (calendar_url), ==, 1);

  /* update with the etag */
  pursuit_calendar_event_set_starts_at (event, BERLIN_NOON_2030 + 3600);
  pursuit_calendar_event_set_ends_at (event, BERLIN_NOON_2030 + 2 * 3600);
  g_assert_true (backend_put_event (backend, event, remote_id, again_etag, NULL, &updated_etag, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (updated_etag, !=, again_etag);

  /* another client changes it: our old etag no longer matches */
  {
    g_autoptr(PursuitCalendarEvent) other = make_calendar_event ("write-1@pursuit.invalid", BERLIN_NOON_2030 + 7200);

    other_ical = pursuit_caldav_calendar_event_to_ical (other);
    g_assert_cmpuint (raw_request ("PUT", object_url, "text/calendar", other_ical, NULL, NULL), ==, 201);
  }
  g_assert_false (backend_put_event (backend, event, remote_id, updated_etag, NULL, NULL, &error));
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED);
  g_clear_error (&error);
  g_assert_false (backend_delete_event (backend, remote_id, updated_etag, &error));
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED);
  g_clear_error (&error);
  g_assert_cmpuint (count_objects (calendar_url), ==, 1);

  /* deleted on the server meanwhile: an update writes it anew */
  g_assert_cmpuint (raw_request ("DELETE", object_url, NULL, NULL, NULL, NULL), ==, 200);
  g_assert_true (backend_put_event (backend, event, remote_id, updated_etag, &ignored_id, &recreated_etag, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ignored_id, ==, remote_id);
  g_assert_cmpuint (count_objects (calendar_url), ==, 1);

  /* delete, then delete what is already gone */
  g_assert_true (backend_delete_event (backend, remote_id, recreated_etag, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_objects (calendar_url), ==, 0);
  g_assert_true (backend_delete_event (backend, remote_id, recreated_etag, &error));
  g_assert_no_error (error);

  /* a remote id pointing elsewhere is refused, not followed */
  g_assert_false (backend_delete_event (backend, "https://evil.example/x.ics", NULL, &error));
  g_assert_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_INVALID_RESPONSE);
}

static void
test_sync (void)
{
  g_autoptr(PursuitHttp) http = NULL;
  g_autoptr(PursuitCaldavCalendar) backend = NULL;
  g_autoptr(PursuitCalendarEvent) moved = make_calendar_event ("sync-moved@pursuit.invalid", BERLIN_NOON_2030);
  g_autoptr(PursuitCalendarEvent) kept = make_calendar_event ("sync-kept@pursuit.invalid", BERLIN_NOON_2030 + 86400);
  g_autoptr(PursuitCalendarEvent) dropped = make_calendar_event ("sync-dropped@pursuit.invalid", BERLIN_NOON_2030 + 2 * 86400);
  g_autoptr(PursuitCalendarEvent) moved_elsewhere = NULL;
  g_autoptr(GPtrArray) initial = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) nothing = NULL;
  g_autoptr(GPtrArray) listing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *calendar_url = NULL;
  g_autofree char *token = NULL;
  g_autofree char *next_token = NULL;
  g_autofree char *last_token = NULL;
  g_autofree char *listing_token = NULL;
  g_autofree char *moved_id = NULL;
  g_autofree char *kept_id = NULL;
  g_autofree char *dropped_id = NULL;
  g_autofree char *moved_url = NULL;
  g_autofree char *dropped_url = NULL;
  g_autofree char *moved_ical = NULL;
  PursuitRemoteChange *change;

  if (!need_radicale ())
    return;

  calendar_url = make_calendar ("sync");
  http = new_http ();
  backend = new_backend (http, PASSWORD, calendar_url);

  g_assert_true (backend_put_event (backend, moved, NULL, NULL, &moved_id, NULL, &error));
  g_assert_true (backend_put_event (backend, kept, NULL, NULL, &kept_id, NULL, &error));
  g_assert_true (backend_put_event (backend, dropped, NULL, NULL, &dropped_id, NULL, &error));
  g_assert_no_error (error);

  /* a first, full listing */
  initial = backend_pull_changes (backend, NULL, &token, &error);
  g_assert_no_error (error);
  g_assert_nonnull (token);
  g_assert_cmpuint (initial->len, ==, 3);
  change = find_remote_change (initial, moved_id);
  g_assert_nonnull (change);
  g_assert_cmpstr (pursuit_remote_change_get_uid (change), ==, "sync-moved@pursuit.invalid");
  g_assert_cmpint (pursuit_remote_change_get_starts_at (change), ==, BERLIN_NOON_2030);

  /* nothing new */
  nothing = backend_pull_changes (backend, token, &next_token, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nothing->len, ==, 0);
  g_assert_nonnull (next_token);

  /* another client moves one event and deletes another */
  moved_elsewhere = make_calendar_event ("sync-moved@pursuit.invalid", BERLIN_NOON_2030 + 5400);
  moved_ical = pursuit_caldav_calendar_event_to_ical (moved_elsewhere);
  moved_url = g_strdup_printf ("%s%s", pursuit_test_radicale_get_url (radicale), moved_id + 1);
  dropped_url = g_strdup_printf ("%s%s", pursuit_test_radicale_get_url (radicale), dropped_id + 1);
  g_assert_cmpuint (raw_request ("PUT", moved_url, "text/calendar", moved_ical, NULL, NULL), ==, 201);
  g_assert_cmpuint (raw_request ("DELETE", dropped_url, NULL, NULL, NULL, NULL), ==, 200);

  changes = backend_pull_changes (backend, next_token, &last_token, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpstr (last_token, !=, next_token);

  change = find_remote_change (changes, moved_id);
  g_assert_nonnull (change);
  g_assert_false (pursuit_remote_change_get_deleted (change));
  g_assert_cmpint (pursuit_remote_change_get_starts_at (change), ==, BERLIN_NOON_2030 + 5400);
  g_assert_cmpint (pursuit_remote_change_get_ends_at (change), ==, BERLIN_NOON_2030 + 5400 + 45 * 60);
  g_assert_nonnull (pursuit_remote_change_get_etag (change));

  change = find_remote_change (changes, dropped_id);
  g_assert_nonnull (change);
  g_assert_true (pursuit_remote_change_get_deleted (change));
  g_assert_null (find_remote_change (changes, kept_id));

  /* a token the server does not know: a full listing, without the deleted */
  listing = backend_pull_changes (backend, "http://radicale.org/ns/sync/0000000000000000000000000000000000000000",
                          &listing_token, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (listing->len, ==, 2);
  g_assert_nonnull (find_remote_change (listing, moved_id));
  g_assert_nonnull (find_remote_change (listing, kept_id));
  g_assert_null (find_remote_change (listing, dropped_id));
  g_assert_nonnull (listing_token);
}

/* A small CalDAV server of our own, for what Radicale does not do: no
 * sync-collection (ctag comparison instead), broken answers, and hrefs and
 * redirects pointing to other hosts. */

typedef struct
{
  SoupServer *server;
  char       *url;
  char       *ctag;
  guint       requests;
  gboolean    broken;
  gboolean    foreign;
} FakeDav;

static void
respond (SoupServerMessage *message,
         guint              status,
         const char        *body)
{
  soup_server_message_set_status (message, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (message, "application/xml; charset=utf-8", SOUP_MEMORY_COPY,
                                      body, strlen (body));
}

static void
fake_dav_cb (SoupServer        *server,
             SoupServerMessage *message,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  FakeDav *fake = user_data;
  const char *method = soup_server_message_get_method (message);
  g_autoptr(GBytes) request = soup_message_body_flatten (soup_server_message_get_request_body (message));
  g_autofree char *body = g_strndup (g_bytes_get_data (request, NULL), g_bytes_get_size (request));
  g_autofree char *event = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *answer = NULL;

  fake->requests++;

  if (fake->broken)
    {
      respond (message, 207, "<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/cal/");
      return;
    }

  if (g_str_equal (path, "/") && g_str_equal (method, "PROPFIND"))
    {
      respond (message, 207, fake->foreign
               ? "<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/</d:href><d:propstat><d:prop>"
                 "<d:current-user-principal><d:href>http://evil.example/p/</d:href></d:current-user-principal>"
                 "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"
               : "<d:multistatus xmlns:d=\"DAV:\"><d:response><d:href>/</d:href><d:propstat><d:prop>"
                 "<d:resourcetype><d:collection/></d:resourcetype>"
                 "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>");
      return;
    }

  if (g_str_equal (path, "/.well-known/caldav"))
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (message), "Location",
                                    "http://evil.example/dav/");
      respond (message, 302, NULL);
      return;
    }

  if (!g_str_equal (path, "/cal/"))
    {
      respond (message, 404, NULL);
      return;
    }

  if (g_str_equal (method, "PROPFIND"))
    {
      answer = g_strdup_printf ("<d:multistatus xmlns:d=\"DAV:\" xmlns:cs=\"http://calendarserver.org/ns/\">"
                                "<d:response><d:href>/cal/</d:href><d:propstat><d:prop>"
                                "<cs:getctag>%s</cs:getctag></d:prop><d:status>HTTP/1.1 200 OK</d:status>"
                                "</d:propstat><d:propstat><d:prop><d:sync-token/></d:prop>"
                                "<d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response>"
                                "</d:multistatus>", fake->ctag);
      respond (message, 207, answer);
      return;
    }

  if (g_str_equal (method, "REPORT") && strstr (body, "sync-collection") != NULL)
    {
      respond (message, 501, NULL);
      return;
    }

  if (g_str_equal (method, "REPORT") && strstr (body, "calendar-query") != NULL)
    {
      g_autoptr(PursuitCalendarEvent) record = make_calendar_event ("fake-1@pursuit.invalid", BERLIN_NOON_2030);

      event = pursuit_caldav_calendar_event_to_ical (record);
      escaped = g_markup_escape_text (event, -1);
      answer = g_strdup_printf ("<d:multistatus xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
                                "<d:response><d:href>/cal/fake-1.ics</d:href><d:propstat><d:prop>"
                                "<d:getetag>\"f1\"</d:getetag><c:calendar-data>%s</c:calendar-data></d:prop>"
                                "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
                                "<d:response><d:href>/cal/junk.ics</d:href><d:propstat><d:prop>"
                                "<d:getetag>\"j\"</d:getetag><c:calendar-data>BEGIN:VCALENDAR\nBEGIN:VTODO"
                                "</c:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
                                "</d:response></d:multistatus>", escaped);
      respond (message, 207, answer);
      return;
    }

  respond (message, 405, NULL);
}

static void
fake_dav_start (FakeDav *fake)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  fake->server = soup_server_new (NULL, NULL);
  fake->ctag = g_strdup ("c1");
  soup_server_add_handler (fake->server, NULL, fake_dav_cb, fake, NULL);
  soup_server_listen_local (fake->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (fake->server);
  fake->url = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
fake_dav_stop (FakeDav *fake)
{
  soup_server_disconnect (fake->server);
  g_clear_object (&fake->server);
  g_free (fake->url);
  g_free (fake->ctag);
}

static PursuitCaldavCalendar *
new_fake_backend (PursuitHttp *http,
                  FakeDav     *fake)
{
  g_autoptr(PursuitBasicAuth) auth = pursuit_basic_auth_new ("ann", "secret");
  g_autofree char *calendar_url = g_strconcat (fake->url, "cal/", NULL);

  return pursuit_caldav_calendar_new (http, fake->url, PURSUIT_AUTHORIZER (auth), calendar_url);
}

static void
test_ctag_fallback (void)
{
  g_autoptr(PursuitHttp) http = new_http ();
  g_autoptr(PursuitCaldavCalendar) backend = NULL;
  g_autoptr(GPtrArray) listing = NULL;
  g_autoptr(GPtrArray) unchanged = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(GPtrArray) lost_sync = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *same_token = NULL;
  g_autofree char *new_token = NULL;
  g_autofree char *fallback_token = NULL;
  PursuitRemoteChange *change;
  FakeDav fake = { 0 };

  fake_dav_start (&fake);
  backend = new_fake_backend (http, &fake);

  /* a full listing; the junk object is skipped */
  listing = backend_pull_changes (backend, NULL, &token, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (token, ==, "ctag:c1");
  g_assert_cmpuint (listing->len, ==, 1);
  change = g_ptr_array_index (listing, 0);
  g_assert_cmpstr (pursuit_remote_change_get_remote_id (change), ==, "/cal/fake-1.ics");
  g_assert_cmpstr (pursuit_remote_change_get_etag (change), ==, "\"f1\"");
  g_assert_cmpint (pursuit_remote_change_get_starts_at (change), ==, BERLIN_NOON_2030);

  /* the same ctag: one request, nothing to do */
  fake.requests = 0;
  unchanged = backend_pull_changes (backend, token, &same_token, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unchanged->len, ==, 0);
  g_assert_cmpstr (same_token, ==, "ctag:c1");
  g_assert_cmpuint (fake.requests, ==, 1);

  /* a new ctag: listed again */
  g_free (fake.ctag);
  fake.ctag = g_strdup ("c2");
  changed = backend_pull_changes (backend, token, &new_token, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (new_token, ==, "ctag:c2");

  /* a sync token the server no longer takes (501): a full listing */
  lost_sync = backend_pull_changes (backend, "http://example/sync/1", &fallback_token, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lost_sync->len, ==, 1);
  g_assert_cmpstr (fallback_token, ==, "ctag:c2");

  fake_dav_stop (&fake);
}

static void
test_hostile_server (void)
{
  g_autoptr(PursuitHttp) http = new_http ();
  g_autoptr(PursuitCaldavCalendar) backend = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) foreign_result = NULL;
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GPtrArray) foreign = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  FakeDav fake = { 0 };

  fake_dav_start (&fake);
  backend = new_fake_backend (http, &fake);

  /* no principal, no home, not a calendar; /.well-known/caldav sends us to
   * plain HTTP elsewhere, which is not followed */
  pursuit_calendar_backend_list_calendars_async (PURSUIT_CALENDAR_BACKEND (backend), NULL,
                                                 pursuit_test_store_result, &result);
  calendars = pursuit_calendar_backend_list_calendars_finish (PURSUIT_CALENDAR_BACKEND (backend),
                                                              pursuit_test_wait_for (&result), &error);
  g_assert_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_NOT_CALDAV);
  g_assert_null (calendars);
  g_clear_error (&error);

  /* a principal on another host is ignored */
  fake.foreign = TRUE;
  fake.requests = 0;
  pursuit_calendar_backend_list_calendars_async (PURSUIT_CALENDAR_BACKEND (backend), NULL,
                                                 pursuit_test_store_result, &foreign_result);
  foreign = pursuit_calendar_backend_list_calendars_finish (PURSUIT_CALENDAR_BACKEND (backend),
                                                            pursuit_test_wait_for (&foreign_result), &error);
  g_assert_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_NOT_CALDAV);
  g_assert_null (foreign);
  g_assert_cmpuint (fake.requests, ==, 2);
  g_clear_error (&error);

  /* a truncated multistatus */
  fake.broken = TRUE;
  changes = backend_pull_changes (backend, NULL, NULL, &error);
  g_assert_error (error, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_INVALID_RESPONSE);
  g_assert_null (changes);

  fake_dav_stop (&fake);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/caldav/fake/ctag-fallback", test_ctag_fallback);
  g_test_add_func ("/caldav/fake/hostile-server", test_hostile_server);
  g_test_add_func ("/caldav/radicale/discovery", test_discovery);
  g_test_add_func ("/caldav/radicale/discovery-well-known", test_discovery_well_known);
  g_test_add_func ("/caldav/radicale/no-calendar-chosen", test_no_calendar_chosen);
  g_test_add_func ("/caldav/radicale/write", test_write);
  g_test_add_func ("/caldav/radicale/sync", test_sync);

  radicale = pursuit_test_radicale_start (PASSWORD, &radicale_error);

  result = g_test_run ();

  pursuit_test_radicale_stop (radicale);
  g_clear_error (&radicale_error);

  return result;
}
