/* pursuit-caldav-pull.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-caldav"

#include "config.h"

#include <string.h>

#include "pursuit-caldav-private.h"

/* hrefs per calendar-multiget, and sync-collection rounds per pull */
#define MULTIGET_BATCH 50
#define MAX_SYNC_ROUNDS 50
/* Tokens of servers without sync-collection: the collection's ctag. */
#define CTAG_PREFIX "ctag:"

static const char state_body[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<d:propfind xmlns:d=\"DAV:\" xmlns:cs=\"http://calendarserver.org/ns/\">"
  "<d:prop><cs:getctag/><d:sync-token/></d:prop></d:propfind>";

static const char query_body[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<c:calendar-query xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
  "<d:prop><d:getetag/><c:calendar-data/></d:prop>"
  "<c:filter><c:comp-filter name=\"VCALENDAR\"><c:comp-filter name=\"VEVENT\"/>"
  "</c:comp-filter></c:filter></c:calendar-query>";

/* Pulling changes: sync-collection (RFC 6578) and calendar-multiget, or a
 * full calendar-query when there is no usable token. */

typedef struct
{
  char      *token;       /* the token asked with */
  char      *new_token;
  GPtrArray *changes;     /* of PursuitRemoteChange */
  GPtrArray *hrefs;       /* paths still to fetch */
  guint      fetched;
  guint      rounds;
} PullData;

static void full_listing (GTask *task);
static void sync_collection (GTask *task);

static void
pull_data_free (gpointer data)
{
  PullData *pull = data;

  g_free (pull->token);
  g_free (pull->new_token);
  g_clear_pointer (&pull->changes, g_ptr_array_unref);
  g_clear_pointer (&pull->hrefs, g_ptr_array_unref);
  g_free (pull);
}

static void
return_pull (GTask *task)
{
  PullData *pull = g_task_get_task_data (task);

  _pursuit_calendar_backend_return_changes (task, pull->changes, pull->new_token);
}

static void
add_deleted (PullData   *pull,
             const char *path)
{
  PursuitRemoteChange *change = pursuit_remote_change_new (path);

  pursuit_remote_change_set_deleted (change, TRUE);
  g_ptr_array_add (pull->changes, change);
}

/* Events that do not parse are someone else's business: skipped. */
static void
add_objects (PullData              *pull,
             PursuitDavMultistatus *multistatus,
             const char            *calendar_url)
{
  for (guint i = 0; i < multistatus->responses->len; i++)
    {
      PursuitDavResponse *response = g_ptr_array_index (multistatus->responses, i);
      g_autoptr(GError) error = NULL;
      PursuitRemoteChange *change;

      if (_pursuit_dav_same_resource (response->href, calendar_url))
        continue;

      if (response->status == SOUP_STATUS_NOT_FOUND || response->status == SOUP_STATUS_GONE)
        {
          add_deleted (pull, response->path);
          continue;
        }

      if (response->calendar_data == NULL)
        continue;

      change = pursuit_caldav_calendar_change_from_ical (response->path, response->calendar_data,
                                                         response->etag, &error);
      if (change == NULL)
        g_debug ("Skipping a calendar object: %s", error->message);
      else
        g_ptr_array_add (pull->changes, change);
    }
}

/* A request about the chosen calendar collection, for @task (whose
 * source is the calendar). */
static PursuitHttpRequest *
new_collection_request (GTask      *task,
                        const char *method,
                        const char *depth,
                        const char *body)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);

  return _pursuit_caldav_calendar_new_request (self, method,
                                               _pursuit_caldav_calendar_get_calendar_url (self),
                                               depth, body);
}

/* Adds the calendar objects of a multiget or calendar-query answer;
 * FALSE after ending @task when it could not be read. */
static gboolean
add_objects_of (GTask               *task,
                PursuitHttpResponse *response)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  const char *calendar_url = _pursuit_caldav_calendar_get_calendar_url (self);
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;

  multistatus = _pursuit_caldav_parse_or_return (task, response, calendar_url);
  if (multistatus == NULL)
    return FALSE;

  add_objects (g_task_get_task_data (task), multistatus, calendar_url);
  return TRUE;
}

static void
on_multiget_cb (GTask               *task,
                PursuitHttpResponse *response);

static void
fetch_next (GTask *task)
{
  PullData *pull = g_task_get_task_data (task);
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autoptr(GString) body = NULL;

  if (pull->fetched >= pull->hrefs->len)
    {
      return_pull (task);
      return;
    }

  body = g_string_new ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                       "<c:calendar-multiget xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
                       "<d:prop><d:getetag/><c:calendar-data/></d:prop>");
  for (guint n = 0; n < MULTIGET_BATCH && pull->fetched < pull->hrefs->len; n++, pull->fetched++)
    {
      g_autofree char *escaped = _pursuit_dav_escape (g_ptr_array_index (pull->hrefs, pull->fetched));

      g_string_append_printf (body, "<d:href>%s</d:href>", escaped);
    }
  g_string_append (body, "</c:calendar-multiget>");

  request = new_collection_request (task, "REPORT", NULL, body->str);
  _pursuit_caldav_send (task, request, on_multiget_cb);
}

static void
on_multiget_cb (GTask               *task,
                PursuitHttpResponse *response)
{
  if (add_objects_of (task, response))
    fetch_next (task);
}

static void
on_sync_cb (GTask               *task,
            PursuitHttpResponse *response)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  const char *calendar_url = _pursuit_caldav_calendar_get_calendar_url (self);
  PullData *pull = g_task_get_task_data (task);
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;
  gboolean truncated = FALSE;

  /* 403/409 with DAV:valid-sync-token: the token is too old; 400, 405,
   * 501: no sync-collection here. Either way, list everything. */
  if (pursuit_http_response_get_status (response) != SOUP_STATUS_MULTI_STATUS)
    {
      g_debug ("sync-collection answered %u; listing the calendar",
               pursuit_http_response_get_status (response));
      full_listing (task);
      return;
    }

  multistatus = _pursuit_caldav_parse_or_return (task, response, calendar_url);
  if (multistatus == NULL)
    return;

  for (guint i = 0; i < multistatus->responses->len; i++)
    {
      PursuitDavResponse *found = g_ptr_array_index (multistatus->responses, i);

      if (_pursuit_dav_same_resource (found->href, calendar_url))
        {
          /* RFC 6578 §3.6: a 507 on the collection means "there is more". */
          truncated |= found->status == SOUP_STATUS_INSUFFICIENT_STORAGE;
          continue;
        }

      if (found->status == SOUP_STATUS_NOT_FOUND || found->status == SOUP_STATUS_GONE)
        add_deleted (pull, found->path);
      else if (found->path != NULL)
        g_ptr_array_add (pull->hrefs, g_strdup (found->path));
    }

  if (multistatus->sync_token != NULL)
    {
      g_free (pull->new_token);
      pull->new_token = g_strdup (multistatus->sync_token);
    }

  if (truncated && multistatus->sync_token != NULL && ++pull->rounds < MAX_SYNC_ROUNDS)
    {
      g_free (pull->token);
      pull->token = g_strdup (multistatus->sync_token);
      sync_collection (task);
      return;
    }

  fetch_next (task);
}

static void
sync_collection (GTask *task)
{
  PullData *pull = g_task_get_task_data (task);
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autofree char *token = _pursuit_dav_escape (pull->token);
  g_autofree char *body = NULL;

  body = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                          "<d:sync-collection xmlns:d=\"DAV:\">"
                          "<d:sync-token>%s</d:sync-token><d:sync-level>1</d:sync-level>"
                          "<d:prop><d:getetag/></d:prop></d:sync-collection>",
                          token);

  request = new_collection_request (task, "REPORT", "0", body);
  pursuit_http_request_accept_status (request, SOUP_STATUS_BAD_REQUEST);
  pursuit_http_request_accept_status (request, SOUP_STATUS_FORBIDDEN);
  pursuit_http_request_accept_status (request, SOUP_STATUS_CONFLICT);
  pursuit_http_request_accept_status (request, SOUP_STATUS_METHOD_NOT_ALLOWED);
  pursuit_http_request_accept_status (request, SOUP_STATUS_NOT_IMPLEMENTED);
  _pursuit_caldav_send (task, request, on_sync_cb);
}

static void
on_query_cb (GTask               *task,
             PursuitHttpResponse *response)
{
  /* Not fetch_next: hrefs of an abandoned sync-collection stay unfetched. */
  if (add_objects_of (task, response))
    return_pull (task);
}

static void
query_all (GTask *task)
{
  g_autoptr(PursuitHttpRequest) request = new_collection_request (task, "REPORT", "1", query_body);

  _pursuit_caldav_send (task, request, on_query_cb);
}

/* The collection's state before listing it: whatever changes after it
 * comes again next time, nothing is missed. */
static void
on_state_cb (GTask               *task,
             PursuitHttpResponse *response)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  const char *calendar_url = _pursuit_caldav_calendar_get_calendar_url (self);
  PullData *pull = g_task_get_task_data (task);
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;
  PursuitDavResponse *state = NULL;

  multistatus = _pursuit_caldav_parse_or_return (task, response, calendar_url);
  if (multistatus == NULL)
    return;

  for (guint i = 0; i < multistatus->responses->len && state == NULL; i++)
    if (_pursuit_dav_same_resource (((PursuitDavResponse *) g_ptr_array_index (multistatus->responses, i))->href,
                                    calendar_url))
      state = g_ptr_array_index (multistatus->responses, i);

  g_clear_pointer (&pull->new_token, g_free);
  if (state != NULL && state->sync_token != NULL)
    pull->new_token = g_strdup (state->sync_token);
  else if (state != NULL && state->ctag != NULL)
    pull->new_token = g_strconcat (CTAG_PREFIX, state->ctag, NULL);

  /* Without sync-collection, an unchanged ctag means nothing to do. */
  if (pull->token != NULL && g_str_has_prefix (pull->token, CTAG_PREFIX)
      && g_strcmp0 (pull->token, pull->new_token) == 0)
    {
      return_pull (task);
      return;
    }

  query_all (task);
}

static void
full_listing (GTask *task)
{
  g_autoptr(PursuitHttpRequest) request = new_collection_request (task, "PROPFIND", "0", state_body);

  _pursuit_caldav_send (task, request, on_state_cb);
}

void
_pursuit_caldav_calendar_pull_changes_async (PursuitCalendarBackend *backend,
                                            const char             *sync_token,
                                            GCancellable           *cancellable,
                                            GAsyncReadyCallback     callback,
                                            gpointer                user_data)
{
  PursuitCaldavCalendar *self = PURSUIT_CALDAV_CALENDAR (backend);
  g_autoptr(GTask) task = NULL;
  PullData *pull;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, _pursuit_caldav_calendar_pull_changes_async);

  if (!_pursuit_caldav_ensure_calendar (task))
    return;

  pull = g_new0 (PullData, 1);
  pull->token = g_strdup (sync_token);
  pull->changes = g_ptr_array_new_with_free_func (g_object_unref);
  pull->hrefs = g_ptr_array_new_with_free_func (g_free);
  g_task_set_task_data (task, pull, pull_data_free);

  if (sync_token == NULL || sync_token[0] == '\0' || g_str_has_prefix (sync_token, CTAG_PREFIX))
    full_listing (task);
  else
    sync_collection (task);
}
