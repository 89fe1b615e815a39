/* test-sync-caldav.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* End to end: the sync engine with the real CalDAV backend against a real
 * Radicale, the password in a real keyring. Pursuit talks to Radicale
 * through a small TCP relay in the test, so the server can "go away" and
 * come back on the same address with the same storage; the test plays the
 * user's other calendar client with a plain SoupSession straight to
 * Radicale. */

#define _GNU_SOURCE /* memmem */

#include <string.h>

#include <libical/ical.h>
#include <libsoup/soup.h>

#include "pursuit-caldav-xml.h"
#include "pursuit-sync-engine.h"
#include "pursuit-test-keyring.h"
#include "pursuit-test-radicale.h"
#include "pursuit-test-store.h"

#define PASSWORD       "correct horse battery staple"
#define CALENDAR_NAME  "interviews"
#define LOCATION       "Acme HQ, Room 4; 2nd floor"
#define TEST_ZONE      "America/New_York"
#define HOUR           ((gint64) 3600)
#define DAY            (24 * HOUR)

static GError *keyring_error;

/* A TCP relay on 127.0.0.1 to Radicale that can be stopped and started
 * again on the same port. */
typedef struct
{
  GSocketService *service;
  GSocketClient  *client;
  GPtrArray      *connections;  /* of GSocketConnection, both sides */
  guint16         port;
  guint16         target_port;
} Relay;

typedef struct
{
  StoreFixture         store;
  PursuitTestRadicale *radicale;
  Relay                relay;
  char                *relay_url;
  char                *calendar_url;
  PursuitHttp         *http;
  PursuitSecretStore  *secrets;
  PursuitSyncEngine   *engine;
  gint64               account_id;
  gint64               job_id;
} Fixture;

/* Helpers */

static void
store_result_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static void
spin_for (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

/* The relay */

static void
splice_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_io_stream_splice_finish (result, NULL);
}

typedef struct
{
  GPtrArray         *connections;
  GSocketConnection *incoming;
} RelayPending;

static void
upstream_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  RelayPending *pending = user_data;
  g_autoptr(GSocketConnection) upstream = NULL;

  upstream = g_socket_client_connect_finish (G_SOCKET_CLIENT (source), result, NULL);
  if (upstream == NULL)
    g_io_stream_close (G_IO_STREAM (pending->incoming), NULL, NULL);
  else
    {
      g_ptr_array_add (pending->connections, g_object_ref (upstream));
      g_io_stream_splice_async (G_IO_STREAM (pending->incoming), G_IO_STREAM (upstream),
                                G_IO_STREAM_SPLICE_CLOSE_STREAM1 | G_IO_STREAM_SPLICE_CLOSE_STREAM2,
                                G_PRIORITY_DEFAULT, NULL, splice_cb, NULL);
    }

  g_ptr_array_unref (pending->connections);
  g_object_unref (pending->incoming);
  g_free (pending);
}

static gboolean
incoming_cb (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source_object,
             gpointer           user_data)
{
  Relay *relay = user_data;
  RelayPending *pending = g_new0 (RelayPending, 1);

  pending->connections = g_ptr_array_ref (relay->connections);
  pending->incoming = g_object_ref (connection);
  g_ptr_array_add (relay->connections, g_object_ref (connection));
  g_socket_client_connect_to_host_async (relay->client, "127.0.0.1", relay->target_port, NULL,
                                         upstream_cb, pending);
  return TRUE;
}

/* Listens on relay->port (0: a free one, remembered for the restart). */
static void
relay_start (Relay *relay)
{
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new_from_string ("127.0.0.1", relay->port);
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (relay->service);
  relay->service = g_socket_service_new ();
  g_socket_listener_add_address (G_SOCKET_LISTENER (relay->service), address, G_SOCKET_TYPE_STREAM,
                                 G_SOCKET_PROTOCOL_TCP, NULL, &effective, &error);
  g_assert_no_error (error);
  relay->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (relay->service, "incoming", G_CALLBACK (incoming_cb), relay);
  g_socket_service_start (relay->service);
}

/* The server is gone: nothing listens, open connections are shut. */
static void
relay_stop (Relay *relay)
{
  if (relay->service != NULL)
    {
      g_socket_service_stop (relay->service);
      g_socket_listener_close (G_SOCKET_LISTENER (relay->service));
      g_clear_object (&relay->service);
    }

  for (guint i = 0; i < relay->connections->len; i++)
    {
      GSocket *socket = g_socket_connection_get_socket (g_ptr_array_index (relay->connections, i));

      if (!g_socket_is_closed (socket))
        g_socket_shutdown (socket, TRUE, TRUE, NULL);
    }
  /* Let the splices see their ends and close. */
  spin_for (100);
  g_ptr_array_set_size (relay->connections, 0);
}

/* Another client: straight to Radicale */

static char *
radicale_url_for (Fixture    *fixture,
                  const char *path)
{
  char *url = g_uri_resolve_relative (pursuit_test_radicale_get_url (fixture->radicale), path,
                                      G_URI_FLAGS_ENCODED, NULL);

  g_assert_nonnull (url);
  return url;
}

static guint
raw_request (const char  *method,
             const char  *uri,
             const char  *content_type,
             const char  *body,
             const char  *depth,
             const char  *if_match,
             GBytes     **out_body,
             char       **out_etag)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autoptr(SoupMessage) message = soup_message_new (method, uri);
  g_autofree char *pair = g_strdup_printf ("%s:%s", PURSUIT_TEST_RADICALE_USER, PASSWORD);
  g_autofree char *encoded = g_base64_encode ((const guchar *) pair, strlen (pair));
  g_autofree char *authorization = g_strconcat ("Basic ", encoded, NULL);
  g_autoptr(GBytes) response = NULL;
  g_autoptr(GError) error = NULL;
  SoupMessageHeaders *headers;

  g_assert_nonnull (message);
  headers = soup_message_get_request_headers (message);
  soup_message_headers_replace (headers, "Authorization", authorization);
  if (depth != NULL)
    soup_message_headers_replace (headers, "Depth", depth);
  if (if_match != NULL)
    soup_message_headers_replace (headers, "If-Match", if_match);
  if (body != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (body, strlen (body));

      soup_message_set_request_body_from_bytes (message, content_type, bytes);
    }

  response = soup_session_send_and_read (session, message, NULL, &error);
  g_assert_no_error (error);

  if (out_body != NULL)
    *out_body = g_steal_pointer (&response);
  if (out_etag != NULL)
    *out_etag = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (message), "ETag"));

  return soup_message_get_status (message);
}

/* The calendar, made as the user's own calendar app would. */
static char *
make_calendar (Fixture *fixture)
{
  g_autofree char *uri = g_strdup_printf ("%s%s/%s/", pursuit_test_radicale_get_url (fixture->radicale),
                                          PURSUIT_TEST_RADICALE_USER, CALENDAR_NAME);
  const char *body =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<c:mkcalendar xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
    "<d:set><d:prop><d:displayname>Interviews</d:displayname>"
    "<c:supported-calendar-component-set><c:comp name=\"VEVENT\"/>"
    "</c:supported-calendar-component-set></d:prop></d:set></c:mkcalendar>";

  g_assert_cmpuint (raw_request ("MKCALENDAR", uri, "application/xml", body, NULL, NULL, NULL, NULL), ==, 201);
  return g_steal_pointer (&uri);
}

static guint
count_objects (Fixture *fixture)
{
  g_autoptr(GBytes) body = NULL;
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;
  g_autoptr(GError) error = NULL;
  guint count = 0;

  g_assert_cmpuint (raw_request ("PROPFIND", fixture->calendar_url, "application/xml",
                                 "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>",
                                 "1", NULL, &body, NULL), ==, 207);
  multistatus = _pursuit_dav_multistatus_parse (body, fixture->calendar_url, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < multistatus->responses->len; i++)
    {
      PursuitDavResponse *response = g_ptr_array_index (multistatus->responses, i);

      count += g_str_has_suffix (response->path, ".ics");
    }

  return count;
}

/* The object Pursuit linked to @interview_id, as Radicale has it. */
static char *
linked_object_url (Fixture *fixture,
                   gint64   interview_id)
{
  g_autofree char *remote_id = NULL;
  g_autofree char *etag = NULL;

  g_assert_true (pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "interview",
                                                  interview_id, &remote_id, &etag));
  g_assert_true (g_str_has_suffix (remote_id, ".ics"));
  g_assert_nonnull (etag);
  return radicale_url_for (fixture, remote_id);
}

static icalcomponent *
get_object (const char  *url,
            char       **out_etag)
{
  g_autoptr(GBytes) body = NULL;
  g_autofree char *text = NULL;
  icalcomponent *calendar;

  g_assert_cmpuint (raw_request ("GET", url, NULL, NULL, NULL, NULL, &body, out_etag), ==, 200);
  text = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  return calendar;
}

static icalcomponent *
first_event (icalcomponent *calendar)
{
  icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);

  g_assert_nonnull (event);
  return event;
}

static gint64
as_unix (struct icaltimetype time)
{
  g_assert_false (icaltime_is_null_time (time));
  g_assert_false (time.is_date);
  return icaltime_as_timet_with_zone (time, time.zone != NULL ? time.zone : icaltimezone_get_utc_timezone ());
}

static void
assert_event_times (icalcomponent *event,
                    gint64         starts_at,
                    gint64         ends_at)
{
  g_assert_cmpint (as_unix (icalcomponent_get_dtstart (event)), ==, starts_at);
  g_assert_cmpint (as_unix (icalcomponent_get_dtend (event)), ==, ends_at);
}

/* Another client moves the event: new DTSTART/DTEND in UTC, If-Match. */
static void
move_on_server (const char *url,
                gint64      starts_at,
                gint64      ends_at)
{
  g_autofree char *etag = NULL;
  g_autofree char *text = NULL;
  icalcomponent *calendar = get_object (url, &etag);
  icalcomponent *event = first_event (calendar);
  icaltimezone *utc = icaltimezone_get_utc_timezone ();
  icalproperty *property;
  guint status;

  g_assert_nonnull (etag);
  while ((property = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY)) != NULL)
    {
      icalcomponent_remove_property (event, property);
      icalproperty_free (property);
    }
  while ((property = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY)) != NULL)
    {
      icalcomponent_remove_property (event, property);
      icalproperty_free (property);
    }
  icalcomponent_add_property (event, icalproperty_new_dtstart (icaltime_from_timet_with_zone (starts_at, 0, utc)));
  icalcomponent_add_property (event, icalproperty_new_dtend (icaltime_from_timet_with_zone (ends_at, 0, utc)));
  icalcomponent_set_sequence (event, icalcomponent_get_sequence (event) + 1);

  text = icalcomponent_as_ical_string_r (calendar);
  icalcomponent_free (calendar);
  /* Radicale answers 201 even for a replaced object. */
  status = raw_request ("PUT", url, "text/calendar; charset=utf-8", text, NULL, etag, NULL, NULL);
  g_assert_true (status == 201 || status == 204);
}

/* The fixture */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GUri) radicale_uri = NULL;
  g_autoptr(GError) error = NULL;

  if (keyring_error != NULL)
    return;

  fixture->radicale = pursuit_test_radicale_start (PASSWORD, &error);
  if (fixture->radicale == NULL)
    {
      /* Only a missing Radicale may skip; anything else is a failure. */
      g_assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
      return;
    }

  store_fixture_setup (&fixture->store, data);
  fixture->calendar_url = make_calendar (fixture);

  fixture->relay.connections = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->relay.client = g_socket_client_new ();
  g_socket_client_set_enable_proxy (fixture->relay.client, FALSE);
  radicale_uri = g_uri_parse (pursuit_test_radicale_get_url (fixture->radicale), G_URI_FLAGS_NONE, &error);
  g_assert_no_error (error);
  fixture->relay.target_port = g_uri_get_port (radicale_uri);
  relay_start (&fixture->relay);
  fixture->relay_url = g_strdup_printf ("http://127.0.0.1:%u/", fixture->relay.port);

  fixture->http = pursuit_http_new ();
  pursuit_http_set_retry_policy (fixture->http, 2, 10, 50);
  /* Stays closed here: the offline case wants OFFLINE, not CIRCUIT_OPEN. */
  pursuit_http_set_breaker_policy (fixture->http, 50, 60 * G_TIME_SPAN_SECOND, G_TIME_SPAN_SECOND);
  fixture->secrets = pursuit_secret_store_new ();
  fixture->engine = pursuit_sync_engine_new (fixture->store.store, fixture->http, fixture->secrets);

  fixture->job_id = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->radicale == NULL)
    return;

  g_clear_object (&fixture->engine);
  g_clear_object (&fixture->secrets);
  g_clear_object (&fixture->http);
  relay_stop (&fixture->relay);
  g_clear_pointer (&fixture->relay.connections, g_ptr_array_unref);
  g_clear_object (&fixture->relay.client);
  g_clear_pointer (&fixture->relay_url, g_free);
  g_clear_pointer (&fixture->calendar_url, g_free);
  g_clear_pointer (&fixture->radicale, pursuit_test_radicale_stop);
  store_fixture_teardown (&fixture->store, data);
}

static gboolean
skip_without_servers (Fixture *fixture)
{
  if (keyring_error != NULL)
    {
      g_test_skip (keyring_error->message);
      return TRUE;
    }
  if (fixture->radicale == NULL)
    {
      g_test_skip ("Radicale is not installed (Debian package radicale)");
      return TRUE;
    }
  return FALSE;
}

static gint64
add_account (Fixture     *fixture,
             const char  *password,
             GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  pursuit_sync_engine_add_caldav_account_async (fixture->engine, fixture->relay_url, PURSUIT_TEST_RADICALE_USER,
                                                password, NULL, store_result_cb, &result);
  return pursuit_sync_engine_add_caldav_account_finish (fixture->engine, wait_for (&result), error);
}

static void
connect_account (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->account_id = add_account (fixture, PASSWORD, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->account_id, >, 0);
}

static PursuitSyncReport *
sync_now (Fixture *fixture)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  PursuitSyncReport *report;

  pursuit_sync_engine_sync_async (fixture->engine, 0, NULL, store_result_cb, &result);
  report = pursuit_sync_engine_sync_finish (fixture->engine, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
assert_clean_sync (Fixture *fixture)
{
  g_autoptr(PursuitSyncReport) report = sync_now (fixture);

  g_assert_cmpuint (pursuit_sync_report_get_n_errors (report), ==, 0);
}

static gint64
schedule_interview (Fixture *fixture,
                    gint64   starts_at)
{
  g_autoptr(PursuitInterview) interview = make_interview (fixture->job_id, "video", starts_at, 45);
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_interview_set_location (interview, LOCATION);
  pursuit_interview_set_reminder_minutes (interview, "1440,60,15");
  id = pursuit_store_add_interview (fixture->store.store, interview, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
in_days (int days)
{
  return (g_get_real_time () / G_USEC_PER_SEC / HOUR) * HOUR + days * DAY;
}

static PursuitInterview *
get_interview (Fixture *fixture,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  PursuitInterview *interview = pursuit_store_get_interview (fixture->store.store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (interview);
  return interview;
}

static const char *
timeline_detail (Fixture    *fixture,
                 const char *kind,
                 char      **out_detail)
{
  g_autoptr(GPtrArray) events = pursuit_store_list_events (fixture->store.store, fixture->job_id);

  *out_detail = NULL;
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      PursuitTimelineEvent *event = g_ptr_array_index (events, i);

      if (g_strcmp0 (pursuit_timeline_event_get_kind (event), kind) == 0)
        *out_detail = g_strdup (pursuit_timeline_event_get_detail (event));
    }
  return *out_detail;
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  return memmem (contents, length, needle, strlen (needle)) != NULL;
}

/* Tests */

static void
test_wrong_password (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  gint64 id;

  if (skip_without_servers (fixture))
    return;

  id = add_account (fixture, "not the password", &error);
  g_assert_cmpint (id, ==, 0);
  g_assert_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_assert_null (strstr (error->message, "not the password"));

  accounts = pursuit_store_list_accounts (fixture->store.store, NULL);
  g_assert_nonnull (accounts);
  g_assert_cmpuint (accounts->len, ==, 0);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, 0), ==, 0);
  g_assert_cmpuint (count_objects (fixture), ==, 0);
}

static void
test_password_kept_in_keyring (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;
  g_autofree char *label = NULL;
  g_autofree char *calendar = NULL;
  g_autofree char *wal = NULL;

  if (skip_without_servers (fixture))
    return;

  connect_account (fixture);
  account = pursuit_store_get_account (fixture->store.store, fixture->account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_account_get_kind (account), ==, "caldav");
  label = g_strdup_printf ("%s@127.0.0.1", PURSUIT_TEST_RADICALE_USER);
  g_assert_cmpstr (pursuit_account_get_label (account), ==, label);
  calendar = g_strdup_printf ("%s%s/%s/", fixture->relay_url, PURSUIT_TEST_RADICALE_USER, CALENDAR_NAME);
  g_assert_cmpstr (pursuit_account_get_calendar_id (account), ==, calendar);
  g_assert_cmpstr (pursuit_account_get_calendar_name (account), ==, "Interviews");
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_CONNECTED);

  pursuit_secret_store_lookup_async (fixture->secrets, PURSUIT_SECRET_CALDAV_PASSWORD,
                                     pursuit_account_get_secret_key (account), NULL, store_result_cb, &result);
  secret = pursuit_secret_store_lookup_finish (fixture->secrets, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, PASSWORD);

  /* A sync writes tokens, links and etags; still no password on disk. */
  schedule_interview (fixture, in_days (3));
  assert_clean_sync (fixture);
  wal = g_strconcat (fixture->store.path, "-wal", NULL);
  g_assert_true (g_file_test (fixture->store.path, G_FILE_TEST_EXISTS));
  g_assert_false (file_contains (fixture->store.path, PASSWORD));
  g_assert_false (file_contains (wal, PASSWORD));
  g_assert_false (file_contains (fixture->store.path, "correct horse"));
}

static void
assert_alarms (icalcomponent *event)
{
  static const int expected[] = { -1440 * 60, -60 * 60, -15 * 60 };
  gboolean seen[G_N_ELEMENTS (expected)] = { FALSE, };
  icalcomponent *alarm;
  guint n = 0;

  for (alarm = icalcomponent_get_first_component (event, ICAL_VALARM_COMPONENT);
       alarm != NULL;
       alarm = icalcomponent_get_next_component (event, ICAL_VALARM_COMPONENT))
    {
      icalproperty *trigger = icalcomponent_get_first_property (alarm, ICAL_TRIGGER_PROPERTY);
      icalproperty *action = icalcomponent_get_first_property (alarm, ICAL_ACTION_PROPERTY);
      struct icaltriggertype value;
      int seconds;
      gboolean known = FALSE;

      g_assert_nonnull (trigger);
      g_assert_nonnull (action);
      g_assert_cmpint (icalproperty_get_action (action), ==, ICAL_ACTION_DISPLAY);
      value = icalproperty_get_trigger (trigger);
      g_assert_true (icaltime_is_null_time (value.time));
      seconds = icaldurationtype_as_int (value.duration);
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        if (seconds == expected[i])
          {
            g_assert_false (seen[i]);
            seen[i] = known = TRUE;
          }
      g_assert_true (known);
      n++;
    }

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
}

/* DTSTART names the local zone, and the object defines it. */
static void
assert_zone (icalcomponent *calendar,
             icalcomponent *event)
{
  icalproperty *dtstart = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  icalparameter *tzid = icalproperty_get_first_parameter (dtstart, ICAL_TZID_PARAMETER);
  icalcomponent *zone;
  gboolean defined = FALSE;

  g_assert_nonnull (tzid);
  g_assert_cmpstr (icalparameter_get_tzid (tzid), ==, TEST_ZONE);
  for (zone = icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT);
       zone != NULL;
       zone = icalcomponent_get_next_component (calendar, ICAL_VTIMEZONE_COMPONENT))
    {
      icalproperty *id = icalcomponent_get_first_property (zone, ICAL_TZID_PROPERTY);

      defined |= id != NULL && g_strcmp0 (icalproperty_get_tzid (id), TEST_ZONE) == 0;
    }
  g_assert_true (defined);
}

static void
assert_object (Fixture          *fixture,
               const char       *url,
               PursuitInterview *interview)
{
  icalcomponent *calendar = get_object (url, NULL);
  icalcomponent *event = first_event (calendar);

  g_assert_cmpstr (icalcomponent_get_uid (event), ==, pursuit_interview_get_uid (interview));
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, "Interview: Backend Engineer at Acme");
  g_assert_cmpstr (icalcomponent_get_location (event), ==, LOCATION);
  assert_zone (calendar, event);
  assert_event_times (event, pursuit_interview_get_starts_at (interview), pursuit_interview_get_ends_at (interview));
  assert_alarms (event);
  /* One event per object. */
  g_assert_null (icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT));
  icalcomponent_free (calendar);
}

static char *
account_label (Fixture *fixture)
{
  g_autoptr(PursuitAccount) account = pursuit_store_get_account (fixture->store.store, fixture->account_id, NULL);

  g_assert_nonnull (account);
  return g_strdup (pursuit_account_get_label (account));
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) created = NULL;
  g_autoptr(PursuitSyncReport) updated = NULL;
  g_autoptr(PursuitSyncReport) moved = NULL;
  g_autoptr(PursuitSyncReport) quiet = NULL;
  g_autoptr(PursuitSyncReport) deleted_there = NULL;
  g_autoptr(PursuitSyncReport) deleted_here = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *other_url = NULL;
  g_autofree char *url_after = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *etag_after = NULL;
  g_autofree char *label = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *cancel_detail = NULL;
  gint64 id;
  gint64 other;
  gint64 new_start;
  guint status;
  icalcomponent *calendar;

  if (skip_without_servers (fixture))
    return;

  connect_account (fixture);
  label = account_label (fixture);
  id = schedule_interview (fixture, in_days (2));
  other = schedule_interview (fixture, in_days (4));

  /* Scheduled here: in the calendar, with its reminders. */
  created = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (created), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (created, PURSUIT_SYNC_CREATED), ==, 2);
  g_assert_cmpuint (pursuit_sync_report_get_requests (created), >, 0);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  g_assert_cmpuint (count_objects (fixture), ==, 2);
  url = linked_object_url (fixture, id);
  other_url = linked_object_url (fixture, other);
  g_assert_cmpstr (url, !=, other_url);
  interview = get_interview (fixture, id);
  assert_object (fixture, url, interview);

  /* Rescheduled here: the same object moves. */
  pursuit_interview_set_starts_at (interview, pursuit_interview_get_starts_at (interview) + DAY + 2 * HOUR);
  g_assert_true (pursuit_store_update_interview (fixture->store.store, interview, &error));
  g_assert_no_error (error);
  updated = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (updated), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (updated, PURSUIT_SYNC_UPDATED), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (updated, PURSUIT_SYNC_CREATED), ==, 0);
  g_assert_cmpuint (count_objects (fixture), ==, 2);
  url_after = linked_object_url (fixture, id);
  g_assert_cmpstr (url_after, ==, url);
  g_clear_object (&interview);
  interview = get_interview (fixture, id);
  assert_object (fixture, url, interview);

  /* Moved by another client: the interview follows, with a timeline
   * entry naming the account. */
  new_start = pursuit_interview_get_starts_at (interview) + 3 * HOUR;
  move_on_server (url, new_start, new_start + 90 * 60);
  moved = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (moved), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_count (moved, fixture->account_id, PURSUIT_SYNC_MOVED_LOCALLY), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (moved, PURSUIT_SYNC_CANCELLED_LOCALLY), ==, 0);
  g_clear_object (&interview);
  interview = get_interview (fixture, id);
  g_assert_cmpint (pursuit_interview_get_starts_at (interview), ==, new_start);
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 90);
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "scheduled");
  g_assert_nonnull (timeline_detail (fixture, "interview_moved_remotely", &detail));
  g_assert_cmpstr (detail, ==, label);

  /* Not echoed back: nothing to push, the object as the other client left it. */
  calendar = get_object (url, &etag);
  icalcomponent_free (calendar);
  quiet = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (quiet), ==, 0);
  for (PursuitSyncCount what = 0; what < PURSUIT_SYNC_N_COUNTS; what++)
    g_assert_cmpuint (pursuit_sync_report_get_total (quiet, what), ==, 0);
  calendar = get_object (url, &etag_after);
  assert_event_times (first_event (calendar), new_start, new_start + 90 * 60);
  icalcomponent_free (calendar);
  g_assert_cmpstr (etag_after, ==, etag);

  /* Deleted by another client: the interview is cancelled. */
  status = raw_request ("DELETE", url, NULL, NULL, NULL, etag, NULL, NULL);
  g_assert_true (status == 200 || status == 204);
  deleted_there = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (deleted_there), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_count (deleted_there, fixture->account_id,
                                                   PURSUIT_SYNC_CANCELLED_LOCALLY), ==, 1);
  g_clear_object (&interview);
  interview = get_interview (fixture, id);
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "cancelled");
  g_assert_nonnull (timeline_detail (fixture, "interview_cancelled_remotely", &cancel_detail));
  g_assert_cmpstr (cancel_detail, ==, label);
  g_assert_false (pursuit_store_get_calendar_link (fixture->store.store, fixture->account_id, "interview", id,
                                                   NULL, NULL));
  g_assert_cmpuint (count_objects (fixture), ==, 1);

  /* Cancelled here: gone from the calendar. */
  g_assert_true (pursuit_store_cancel_interview (fixture->store.store, other, &error));
  g_assert_no_error (error);
  deleted_here = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (deleted_here), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (deleted_here, PURSUIT_SYNC_DELETED), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (deleted_here, PURSUIT_SYNC_CREATED), ==, 0);
  g_assert_cmpuint (count_objects (fixture), ==, 0);
  g_assert_cmpuint (raw_request ("GET", other_url, NULL, NULL, NULL, NULL, NULL, NULL), ==, 404);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  g_assert_cmpuint (pursuit_store_count_calendar_links (fixture->store.store, fixture->account_id), ==, 0);
}

/* @n items still pending; those tried keep their error and a later attempt. */
static void
assert_waiting (Fixture *fixture,
                guint    n)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  guint tried = 0;

  items = pursuit_store_list_outbox (fixture->store.store, fixture->account_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, n);

  for (guint i = 0; i < items->len; i++)
    {
      PursuitOutboxItem *item = g_ptr_array_index (items, i);

      g_assert_cmpstr (pursuit_outbox_item_get_state (item), ==, "pending");
      if (pursuit_outbox_item_get_attempts (item) == 0)
        continue;
      tried++;
      g_assert_nonnull (pursuit_outbox_item_get_last_error (item));
      g_assert_cmpstr (pursuit_outbox_item_get_last_error (item), !=, "");
      g_assert_null (strstr (pursuit_outbox_item_get_last_error (item), PASSWORD));
      g_assert_cmpint (pursuit_outbox_item_get_next_attempt_at (item), >, g_get_real_time () / G_USEC_PER_SEC);
    }
  g_assert_cmpuint (tried, >=, 1);
}

static void
test_server_away (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PursuitSyncReport) away = NULL;
  g_autoptr(PursuitSyncReport) back = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(PursuitInterview) added = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(PursuitAccount) recovered = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *added_url = NULL;
  gint64 id;
  gint64 new_id;
  guint16 port;

  if (skip_without_servers (fixture))
    return;

  connect_account (fixture);
  id = schedule_interview (fixture, in_days (2));
  assert_clean_sync (fixture);
  g_assert_cmpuint (count_objects (fixture), ==, 1);
  url = linked_object_url (fixture, id);

  /* The server goes away with changes waiting. */
  port = fixture->relay.port;
  relay_stop (&fixture->relay);
  interview = get_interview (fixture, id);
  pursuit_interview_set_starts_at (interview, pursuit_interview_get_starts_at (interview) + 5 * HOUR);
  g_assert_true (pursuit_store_update_interview (fixture->store.store, interview, &error));
  g_assert_no_error (error);
  new_id = schedule_interview (fixture, in_days (6));

  away = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (away), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (away, PURSUIT_SYNC_CREATED), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (away, PURSUIT_SYNC_UPDATED), ==, 0);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_OFFLINE);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 2);
  assert_waiting (fixture, 2);
  account = pursuit_store_get_account (fixture->store.store, fixture->account_id, NULL);
  g_assert_nonnull (pursuit_account_get_last_error (account));
  g_assert_null (strstr (pursuit_account_get_last_error (account), PASSWORD));
  g_assert_false (pursuit_account_get_needs_sign_in (account));
  /* Nothing reached the server. */
  g_assert_cmpuint (count_objects (fixture), ==, 1);

  /* Back on the same address, same storage: everything goes through once. */
  fixture->relay.port = port;
  relay_start (&fixture->relay);
  g_assert_cmpuint (fixture->relay.port, ==, port);
  back = sync_now (fixture);
  g_assert_cmpuint (pursuit_sync_report_get_n_errors (back), ==, 0);
  g_assert_cmpuint (pursuit_sync_report_get_total (back, PURSUIT_SYNC_CREATED), ==, 1);
  g_assert_cmpuint (pursuit_sync_report_get_total (back, PURSUIT_SYNC_UPDATED), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, fixture->account_id), ==, 0);
  g_assert_cmpint (pursuit_sync_engine_get_account_state (fixture->engine, fixture->account_id), ==,
                   PURSUIT_ACCOUNT_STATE_CONNECTED);
  recovered = pursuit_store_get_account (fixture->store.store, fixture->account_id, NULL);
  g_assert_null (pursuit_account_get_last_error (recovered));
  g_assert_cmpuint (count_objects (fixture), ==, 2);

  g_clear_object (&interview);
  interview = get_interview (fixture, id);
  assert_object (fixture, url, interview);
  added = get_interview (fixture, new_id);
  added_url = linked_object_url (fixture, new_id);
  assert_object (fixture, added_url, added);
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  int status;

  /* GNOME's proxy settings need schemas that isolated dirs do not have;
   * everything here is on loopback. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  /* Not UTC: the events carry a TZID and a VTIMEZONE, the other client
   * writes UTC; both must mean the same instants. */
  g_setenv ("TZ", TEST_ZONE, TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (!pursuit_test_keyring_up (&keyring_error))
    g_assert_true (g_error_matches (keyring_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));

  ADD ("/sync-caldav/wrong-password", test_wrong_password);
  ADD ("/sync-caldav/password-in-keyring", test_password_kept_in_keyring);
  ADD ("/sync-caldav/round-trip", test_round_trip);
  ADD ("/sync-caldav/server-away", test_server_away);

  status = g_test_run ();
  pursuit_test_keyring_down ();
  g_clear_error (&keyring_error);
  return status;
}
