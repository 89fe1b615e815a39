/* pursuit-caldav-discovery.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-caldav"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-caldav-private.h"

/* Finding the user's calendars from whatever URL they typed (RFC 6764,
 * RFC 5397, RFC 4791 §6.2.1): the URL itself, else /.well-known/caldav;
 * there the principal, its calendar home, and the calendars in it. A URL
 * that is a calendar collection is taken as the one calendar. */

#define MAX_REDIRECTS 5

static const char discover_body[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\""
  " xmlns:a=\"http://apple.com/ns/ical/\">"
  "<d:prop><d:current-user-principal/><c:calendar-home-set/><d:resourcetype/>"
  "<d:displayname/><a:calendar-color/><c:supported-calendar-component-set/>"
  "<d:current-user-privilege-set/></d:prop></d:propfind>";

static const char home_body[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\">"
  "<d:prop><c:calendar-home-set/></d:prop></d:propfind>";

static const char calendars_body[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\""
  " xmlns:a=\"http://apple.com/ns/ical/\">"
  "<d:prop><d:resourcetype/><d:displayname/><a:calendar-color/>"
  "<c:supported-calendar-component-set/><d:current-user-privilege-set/></d:prop></d:propfind>";

typedef struct
{
  char     *uri;
  guint     redirects;
  gboolean  tried_well_known;
} DiscoverData;

static void on_start_cb     (GTask *task, PursuitHttpResponse *response);
static void on_principal_cb (GTask *task, PursuitHttpResponse *response);
static void on_home_cb      (GTask *task, PursuitHttpResponse *response);

static void
discover_data_free (gpointer data)
{
  DiscoverData *discover = data;

  g_free (discover->uri);
  g_free (discover);
}

static void
return_not_caldav (GTask *task)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);

  g_task_return_new_error (task, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_NOT_CALDAV,
                           _("%s does not answer as a CalDAV server. Check the server address."),
                           _pursuit_caldav_calendar_get_service_name (self));
}

static void
propfind (GTask             *task,
          const char        *uri,
          const char        *depth,
          const char        *body,
          PursuitCaldavStep  next)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  DiscoverData *discover = g_task_get_task_data (task);
  g_autoptr(PursuitHttpRequest) request = NULL;
  char *copy;

  request = _pursuit_caldav_calendar_new_request (self, "PROPFIND", uri, depth, body);
  /* Later hrefs are resolved against the URI they came from. */
  copy = g_strdup (uri);
  g_free (discover->uri);
  discover->uri = copy;
  _pursuit_caldav_send (task, request, next);
}

static void
start_at (GTask      *task,
          const char *uri)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  DiscoverData *discover = g_task_get_task_data (task);
  g_autoptr(PursuitHttpRequest) request = NULL;

  if (discover->uri != uri)
    {
      g_free (discover->uri);
      discover->uri = g_strdup (uri);
    }

  /* Redirects and "not here" are answers: the next place to look. */
  request = _pursuit_caldav_calendar_new_request (self, "PROPFIND", uri, "0", discover_body);
  pursuit_http_request_accept_status (request, SOUP_STATUS_MOVED_PERMANENTLY);
  pursuit_http_request_accept_status (request, SOUP_STATUS_FOUND);
  pursuit_http_request_accept_status (request, SOUP_STATUS_TEMPORARY_REDIRECT);
  pursuit_http_request_accept_status (request, SOUP_STATUS_PERMANENT_REDIRECT);
  pursuit_http_request_accept_status (request, SOUP_STATUS_NOT_FOUND);
  pursuit_http_request_accept_status (request, SOUP_STATUS_METHOD_NOT_ALLOWED);
  /* Servers forbid places outside the user's own; the well-known URL may
   * still lead there. A 403 there too is the answer. */
  if (!discover->tried_well_known)
    pursuit_http_request_accept_status (request, SOUP_STATUS_FORBIDDEN);
  _pursuit_caldav_send (task, request, on_start_cb);
}

static void
try_well_known (GTask *task)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  DiscoverData *discover = g_task_get_task_data (task);
  g_autofree char *uri = NULL;

  if (discover->tried_well_known)
    {
      return_not_caldav (task);
      return;
    }

  discover->tried_well_known = TRUE;
  uri = _pursuit_dav_resolve (_pursuit_caldav_calendar_get_server_url (self), "/.well-known/caldav");
  if (uri == NULL)
    {
      return_not_caldav (task);
      return;
    }

  start_at (task, uri);
}

/* Redirects are followed here, not by the HTTP layer, so that the password
 * never follows one to a plain-HTTP or foreign place unnoticed. */
static void
follow_redirect (GTask               *task,
                 PursuitHttpResponse *response)
{
  DiscoverData *discover = g_task_get_task_data (task);
  const char *location = pursuit_http_response_get_header (response, "Location");
  g_autofree char *target = NULL;

  target = _pursuit_dav_resolve (discover->uri, location);
  if (target == NULL || ++discover->redirects > MAX_REDIRECTS
      || (g_str_has_prefix (discover->uri, "https:") && !g_str_has_prefix (target, "https:"))
      || (!_pursuit_dav_same_origin (target, discover->uri) && !g_str_has_prefix (target, "https:")))
    {
      g_debug ("Not following a CalDAV redirect");
      return_not_caldav (task);
      return;
    }

  start_at (task, target);
}

static PursuitDavResponse *
find_response (PursuitDavMultistatus *multistatus,
               const char            *uri)
{
  for (guint i = 0; i < multistatus->responses->len; i++)
    {
      PursuitDavResponse *response = g_ptr_array_index (multistatus->responses, i);

      if (_pursuit_dav_same_resource (response->href, uri))
        return response;
    }

  /* Some servers answer for the resource a redirect led to. */
  return multistatus->responses->len == 1 ? g_ptr_array_index (multistatus->responses, 0) : NULL;
}

static char *
name_from_path (const char *href)
{
  g_autofree char *path = _pursuit_dav_path_of (href);
  g_auto(GStrv) segments = NULL;
  guint n;

  if (path == NULL)
    return g_strdup (href);

  segments = g_strsplit (path, "/", -1);
  for (n = g_strv_length (segments); n > 0; n--)
    if (segments[n - 1][0] != '\0')
      return g_uri_unescape_string (segments[n - 1], NULL);

  return g_strdup (href);
}

static gboolean
is_event_calendar (PursuitDavResponse *response)
{
  return response->is_calendar
         && (!response->has_component_set || response->takes_events)
         && (!response->has_privileges || response->can_write);
}

static PursuitRemoteCalendar *
calendar_from_response (PursuitDavResponse *response)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  PursuitRemoteCalendar *calendar;

  /* Events are "<calendar url><file>", so the URL ends with a slash. */
  id = g_str_has_suffix (response->href, "/") ? g_strdup (response->href)
                                               : g_strconcat (response->href, "/", NULL);
  name = response->display_name != NULL ? g_strdup (response->display_name)
                                         : name_from_path (response->href);
  calendar = pursuit_remote_calendar_new (id, name != NULL ? name : id);
  pursuit_remote_calendar_set_color (calendar, response->color);

  return calendar;
}

static void
list_home (GTask      *task,
           const char *home)
{
  propfind (task, home, "1", calendars_body, on_home_cb);
}

static void
on_start_cb (GTask               *task,
             PursuitHttpResponse *response)
{
  DiscoverData *discover = g_task_get_task_data (task);
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;
  g_autoptr(GPtrArray) calendars = NULL;
  PursuitDavResponse *found;
  guint status = pursuit_http_response_get_status (response);

  if (SOUP_STATUS_IS_REDIRECTION (status))
    {
      follow_redirect (task, response);
      return;
    }

  if (status != SOUP_STATUS_MULTI_STATUS)
    {
      try_well_known (task);
      return;
    }

  multistatus = _pursuit_caldav_parse_or_return (task, response, discover->uri);
  if (multistatus == NULL)
    return;

  found = find_response (multistatus, discover->uri);
  if (found != NULL && found->home != NULL)
    {
      list_home (task, found->home);
    }
  else if (found != NULL && found->principal != NULL)
    {
      propfind (task, found->principal, "0", home_body, on_principal_cb);
    }
  else if (found != NULL && is_event_calendar (found))
    {
      calendars = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (calendars, calendar_from_response (found));
      g_task_return_pointer (task, g_steal_pointer (&calendars), (GDestroyNotify) g_ptr_array_unref);
    }
  else
    {
      try_well_known (task);
    }
}

static void
on_principal_cb (GTask               *task,
                 PursuitHttpResponse *response)
{
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;

  multistatus = _pursuit_caldav_parse_or_return (task, response,
                                                 ((DiscoverData *) g_task_get_task_data (task))->uri);
  if (multistatus == NULL)
    return;

  for (guint i = 0; i < multistatus->responses->len; i++)
    {
      PursuitDavResponse *found = g_ptr_array_index (multistatus->responses, i);

      if (found->home != NULL)
        {
          list_home (task, found->home);
          return;
        }
    }

  return_not_caldav (task);
}

static void
on_home_cb (GTask               *task,
            PursuitHttpResponse *response)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;
  g_autoptr(GPtrArray) calendars = g_ptr_array_new_with_free_func (g_object_unref);

  multistatus = _pursuit_caldav_parse_or_return (task, response,
                                                 ((DiscoverData *) g_task_get_task_data (task))->uri);
  if (multistatus == NULL)
    return;

  for (guint i = 0; i < multistatus->responses->len; i++)
    {
      PursuitDavResponse *found = g_ptr_array_index (multistatus->responses, i);

      if (is_event_calendar (found))
        g_ptr_array_add (calendars, calendar_from_response (found));
    }

  if (calendars->len == 0)
    {
      g_task_return_new_error (task, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_NO_CALENDAR,
                               _("%s has no calendar that takes events. Create one with your calendar app first."),
                               _pursuit_caldav_calendar_get_service_name (self));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&calendars), (GDestroyNotify) g_ptr_array_unref);
}

void
_pursuit_caldav_discover_async (PursuitCaldavCalendar *self,
                                GCancellable          *cancellable,
                                GAsyncReadyCallback    callback,
                                gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  DiscoverData *discover = g_new0 (DiscoverData, 1);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, _pursuit_caldav_discover_async);
  g_task_set_task_data (task, discover, discover_data_free);

  start_at (task, _pursuit_caldav_calendar_get_server_url (self));
}

GPtrArray *
_pursuit_caldav_discover_finish (PursuitCaldavCalendar  *self,
                                 GAsyncResult           *result,
                                 GError                **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
