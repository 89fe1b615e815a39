/* pursuit-caldav-calendar.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-caldav"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-caldav-private.h"

/* CalDAV as a calendar backend. Every operation is a short chain of
 * requests (_pursuit_caldav_send with the next step); the task data holds
 * what the chain has learnt so far. */

struct _PursuitCaldavCalendar
{
  GObject            parent_instance;

  PursuitHttp       *http;
  PursuitAuthorizer *authorizer;
  char              *server_url;
  char              *calendar_url;
  char              *service;
  char              *service_name;
};

static void pursuit_caldav_calendar_backend_init (PursuitCalendarBackendInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitCaldavCalendar, pursuit_caldav_calendar, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_CALENDAR_BACKEND,
                                                      pursuit_caldav_calendar_backend_init))

G_DEFINE_QUARK (pursuit-caldav-error-quark, pursuit_caldav_error)

static const char etag_body[] =
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>";

/* Steps */

typedef struct
{
  GTask             *task;
  PursuitCaldavStep  next;
} Step;

static void
send_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Step *step = user_data;
  g_autoptr(GTask) task = step->task;
  PursuitCaldavStep next = step->next;
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GError) error = NULL;

  g_free (step);

  response = pursuit_http_send_finish (PURSUIT_HTTP (source), result, &error);
  if (response == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  next (task, response);
}

void
_pursuit_caldav_send (GTask              *task,
                      PursuitHttpRequest *request,
                      PursuitCaldavStep   next)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  Step *step = g_new0 (Step, 1);

  step->task = g_object_ref (task);
  step->next = next;
  pursuit_http_send_async (self->http, request, g_task_get_cancellable (task), send_cb, step);
}

PursuitHttpRequest *
_pursuit_caldav_calendar_new_request (PursuitCaldavCalendar *self,
                                      const char            *method,
                                      const char            *uri,
                                      const char            *depth,
                                      const char            *xml_body)
{
  PursuitHttpRequest *request = pursuit_http_request_new (self->service, method, uri);

  pursuit_http_request_set_service_name (request, self->service_name);
  pursuit_http_request_set_authorizer (request, self->authorizer);
  pursuit_http_request_set_expect_json (request, FALSE);

  if (depth != NULL)
    pursuit_http_request_set_header (request, "Depth", depth);

  if (xml_body != NULL)
    {
      g_autoptr(GBytes) body = g_bytes_new (xml_body, strlen (xml_body));

      pursuit_http_request_set_body (request, "application/xml; charset=utf-8", body);
    }

  return request;
}

PursuitDavMultistatus *
_pursuit_caldav_parse_or_return (GTask               *task,
                                 PursuitHttpResponse *response,
                                 const char          *uri)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  PursuitDavMultistatus *multistatus;
  g_autoptr(GError) error = NULL;

  if (pursuit_http_response_get_status (response) != SOUP_STATUS_MULTI_STATUS)
    {
      g_task_return_new_error (task, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_INVALID_RESPONSE,
                               _("%s answered with status %u where a WebDAV multistatus was expected."),
                               self->service_name, pursuit_http_response_get_status (response));
      return NULL;
    }

  multistatus = _pursuit_dav_multistatus_parse (pursuit_http_response_get_body (response), uri, &error);
  if (multistatus == NULL)
    g_task_return_error (task, g_steal_pointer (&error));

  return multistatus;
}

const char *
_pursuit_caldav_calendar_get_server_url (PursuitCaldavCalendar *self)
{
  return self->server_url;
}

const char *
_pursuit_caldav_calendar_get_calendar_url (PursuitCaldavCalendar *self)
{
  return self->calendar_url;
}

const char *
_pursuit_caldav_calendar_get_service_name (PursuitCaldavCalendar *self)
{
  return self->service_name;
}

char *
_pursuit_caldav_file_name (const char *uid)
{
  GString *name = g_string_new (NULL);
  gboolean changed = FALSE;

  for (const char *c = uid; *c != '\0' && name->len < 200; c++)
    {
      if (g_ascii_isalnum (*c) || *c == '-' || *c == '_' || (*c == '.' && name->len > 0))
        {
          g_string_append_c (name, *c);
        }
      else
        {
          g_string_append_c (name, '_');
          changed = TRUE;
        }
    }

  /* Two uids that differ only in replaced characters keep apart. */
  if (changed || name->len == 0 || strlen (uid) > name->len)
    {
      g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uid, -1);

      g_string_append_printf (name, "-%.16s", digest);
    }

  g_string_append (name, ".ics");
  return g_string_free (name, FALSE);
}

gboolean
_pursuit_caldav_ensure_calendar (GTask *task)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);

  if (self->calendar_url != NULL)
    return TRUE;

  g_task_return_new_error (task, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_NO_CALENDAR,
                           _("No calendar on %s has been chosen yet."), self->service_name);
  return FALSE;
}

/* The object's URI from its remote id (an href path), only on our
 * server; NULL after ending @task (whose source is the calendar). */
static char *
object_uri_or_return (GTask      *task,
                      const char *remote_id)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  const char *base = self->calendar_url != NULL ? self->calendar_url : self->server_url;
  g_autofree char *uri = _pursuit_dav_resolve (base, remote_id);

  if (uri == NULL || !_pursuit_dav_same_origin (uri, base))
    {
      g_task_return_new_error (task, PURSUIT_CALDAV_ERROR, PURSUIT_CALDAV_ERROR_INVALID_RESPONSE,
                               _("The address of an event on %s is not valid."), self->service_name);
      return NULL;
    }

  return g_steal_pointer (&uri);
}

/* Listing calendars */

static void
discover_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GPtrArray *calendars;

  calendars = _pursuit_caldav_discover_finish (PURSUIT_CALDAV_CALENDAR (source), result, &error);
  if (calendars == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, calendars, (GDestroyNotify) g_ptr_array_unref);
}

static void
pursuit_caldav_calendar_list_calendars_async (PursuitCalendarBackend *backend,
                                              GCancellable           *cancellable,
                                              GAsyncReadyCallback     callback,
                                              gpointer                user_data)
{
  PursuitCaldavCalendar *self = PURSUIT_CALDAV_CALENDAR (backend);
  GTask *task;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_caldav_calendar_list_calendars_async);
  _pursuit_caldav_discover_async (self, cancellable, discover_cb, task);
}

/* Writing an event */

typedef struct
{
  char     *uri;
  char     *ical;
  char     *etag;
  gboolean  creating;
  gboolean  retried;
} PutData;

static void on_put_cb      (GTask *task, PursuitHttpResponse *response);

static void
put_data_free (gpointer data)
{
  PutData *put = data;

  g_free (put->uri);
  g_free (put->ical);
  g_free (put->etag);
  g_free (put);
}

static void
return_put (GTask      *task,
            const char *etag)
{
  PutData *put = g_task_get_task_data (task);
  g_autofree char *path = _pursuit_dav_path_of (put->uri);

  _pursuit_calendar_backend_return_put (task, path, etag);
}

static void
send_put (GTask *task)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  PutData *put = g_task_get_task_data (task);
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autoptr(GBytes) body = g_bytes_new (put->ical, strlen (put->ical));

  request = _pursuit_caldav_calendar_new_request (self, "PUT", put->uri, NULL, NULL);
  pursuit_http_request_set_body (request, "text/calendar; charset=utf-8", body);

  if (put->creating)
    pursuit_http_request_set_header (request, "If-None-Match", "*");
  else if (put->etag != NULL)
    pursuit_http_request_set_header (request, "If-Match", put->etag);

  /* The first 412 is looked into (already there? gone?); a second one is
   * the engine's PRECONDITION_FAILED. */
  if (!put->retried && (put->creating || put->etag != NULL))
    pursuit_http_request_accept_status (request, SOUP_STATUS_PRECONDITION_FAILED);

  _pursuit_caldav_send (task, request, on_put_cb);
}

static void
on_put_etag_cb (GTask               *task,
                PursuitHttpResponse *response)
{
  PutData *put = g_task_get_task_data (task);
  g_autoptr(PursuitDavMultistatus) multistatus = NULL;
  const char *etag = NULL;

  multistatus = _pursuit_caldav_parse_or_return (task, response, put->uri);
  if (multistatus == NULL)
    return;

  for (guint i = 0; i < multistatus->responses->len && etag == NULL; i++)
    etag = ((PursuitDavResponse *) g_ptr_array_index (multistatus->responses, i))->etag;

  return_put (task, etag);
}

static void
on_existing_cb (GTask               *task,
                PursuitHttpResponse *response)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  PutData *put = g_task_get_task_data (task);
  guint status = pursuit_http_response_get_status (response);

  put->retried = TRUE;

  if (status == SOUP_STATUS_NOT_FOUND)
    {
      if (!put->creating)
        {
          /* Changed meanwhile, then deleted on the server: write it anew. */
          put->creating = TRUE;
          send_put (task);
          return;
        }

      /* Was there a moment ago, gone now: write it without conditions. */
      put->creating = FALSE;
      g_clear_pointer (&put->etag, g_free);
      send_put (task);
      return;
    }

  if (!put->creating)
    {
      g_task_return_new_error (task, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_PRECONDITION_FAILED,
                               _("The event was changed on %s since Pursuit last saw it."),
                               self->service_name);
      return;
    }

  /* A create that finds its object (a retry after a lost response)
   * becomes an update of it. */
  put->creating = FALSE;
  g_free (put->etag);
  put->etag = g_strdup (pursuit_http_response_get_etag (response));
  send_put (task);
}

static void
on_put_cb (GTask               *task,
           PursuitHttpResponse *response)
{
  PursuitCaldavCalendar *self = g_task_get_source_object (task);
  PutData *put = g_task_get_task_data (task);
  g_autoptr(PursuitHttpRequest) request = NULL;
  const char *etag;

  if (pursuit_http_response_get_status (response) == SOUP_STATUS_PRECONDITION_FAILED)
    {
      request = _pursuit_caldav_calendar_new_request (self, "GET", put->uri, NULL, NULL);
      pursuit_http_request_accept_status (request, SOUP_STATUS_NOT_FOUND);
      pursuit_http_request_accept_status (request, SOUP_STATUS_GONE);
      _pursuit_caldav_send (task, request, on_existing_cb);
      return;
    }

  /* Servers that changed what they stored send no ETag (RFC 4791
   * §5.3.4): ask for it. */
  etag = pursuit_http_response_get_etag (response);
  if (etag != NULL)
    {
      return_put (task, etag);
      return;
    }

  request = _pursuit_caldav_calendar_new_request (self, "PROPFIND", put->uri, "0", etag_body);
  _pursuit_caldav_send (task, request, on_put_etag_cb);
}

static void
pursuit_caldav_calendar_put_event_async (PursuitCalendarBackend *backend,
                                         PursuitCalendarEvent   *event,
                                         const char             *remote_id,
                                         const char             *etag,
                                         GCancellable           *cancellable,
                                         GAsyncReadyCallback     callback,
                                         gpointer                user_data)
{
  PursuitCaldavCalendar *self = PURSUIT_CALDAV_CALENDAR (backend);
  g_autoptr(GTask) task = NULL;
  PutData *put;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_caldav_calendar_put_event_async);

  if (!_pursuit_caldav_ensure_calendar (task))
    return;

  if (pursuit_calendar_event_get_uid (event) == NULL || pursuit_calendar_event_get_uid (event)[0] == '\0')
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("The event has no identifier."));
      return;
    }

  put = g_new0 (PutData, 1);
  g_task_set_task_data (task, put, put_data_free);
  put->ical = pursuit_caldav_calendar_event_to_ical (event);
  put->etag = g_strdup (etag);

  if (remote_id == NULL)
    {
      g_autofree char *file_name = _pursuit_caldav_file_name (pursuit_calendar_event_get_uid (event));

      put->uri = g_strconcat (self->calendar_url, file_name, NULL);
      put->creating = TRUE;
    }
  else
    {
      put->uri = object_uri_or_return (task, remote_id);
      if (put->uri == NULL)
        return;
    }

  send_put (task);
}

/* Deleting an event */

static void
on_deleted_cb (GTask               *task,
               PursuitHttpResponse *response)
{
  /* 2xx, or 404/410: either way it is gone. */
  g_task_return_boolean (task, TRUE);
}

static void
pursuit_caldav_calendar_delete_event_async (PursuitCalendarBackend *backend,
                                            const char             *remote_id,
                                            const char             *etag,
                                            GCancellable           *cancellable,
                                            GAsyncReadyCallback     callback,
                                            gpointer                user_data)
{
  PursuitCaldavCalendar *self = PURSUIT_CALDAV_CALENDAR (backend);
  g_autoptr(GTask) task = NULL;
  g_autoptr(PursuitHttpRequest) request = NULL;
  g_autofree char *uri = NULL;

  g_return_if_fail (remote_id != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pursuit_caldav_calendar_delete_event_async);

  uri = object_uri_or_return (task, remote_id);
  if (uri == NULL)
    return;

  request = _pursuit_caldav_calendar_new_request (self, "DELETE", uri, NULL, NULL);
  if (etag != NULL)
    pursuit_http_request_set_header (request, "If-Match", etag);
  pursuit_http_request_accept_status (request, SOUP_STATUS_NOT_FOUND);
  pursuit_http_request_accept_status (request, SOUP_STATUS_GONE);
  _pursuit_caldav_send (task, request, on_deleted_cb);
}

/* Object */

static void
pursuit_caldav_calendar_backend_init (PursuitCalendarBackendInterface *iface)
{
  /* The *_finish vfuncs are the interface's defaults. */
  iface->list_calendars_async = pursuit_caldav_calendar_list_calendars_async;
  iface->put_event_async = pursuit_caldav_calendar_put_event_async;
  iface->delete_event_async = pursuit_caldav_calendar_delete_event_async;
  iface->pull_changes_async = _pursuit_caldav_calendar_pull_changes_async;
}

static void
pursuit_caldav_calendar_dispose (GObject *object)
{
  PursuitCaldavCalendar *self = PURSUIT_CALDAV_CALENDAR (object);

  g_clear_object (&self->http);
  g_clear_object (&self->authorizer);

  G_OBJECT_CLASS (pursuit_caldav_calendar_parent_class)->dispose (object);
}

static void
pursuit_caldav_calendar_finalize (GObject *object)
{
  PursuitCaldavCalendar *self = PURSUIT_CALDAV_CALENDAR (object);

  g_free (self->server_url);
  g_free (self->calendar_url);
  g_free (self->service);
  g_free (self->service_name);

  G_OBJECT_CLASS (pursuit_caldav_calendar_parent_class)->finalize (object);
}

static void
pursuit_caldav_calendar_class_init (PursuitCaldavCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_caldav_calendar_dispose;
  object_class->finalize = pursuit_caldav_calendar_finalize;
}

static void
pursuit_caldav_calendar_init (PursuitCaldavCalendar *self)
{
}

/**
 * pursuit_caldav_calendar_new:
 * @http: the HTTP client
 * @server_url: what the user typed: the server, the principal or a calendar
 * @authorizer: a #PursuitBasicAuth
 * @calendar_url: (nullable): the chosen calendar collection
 *
 * Returns: (transfer full): a CalDAV backend
 */
PursuitCaldavCalendar *
pursuit_caldav_calendar_new (PursuitHttp       *http,
                             const char        *server_url,
                             PursuitAuthorizer *authorizer,
                             const char        *calendar_url)
{
  PursuitCaldavCalendar *self;
  g_autoptr(GUri) uri = NULL;
  const char *host;

  g_return_val_if_fail (PURSUIT_IS_HTTP (http), NULL);
  g_return_val_if_fail (server_url != NULL, NULL);
  g_return_val_if_fail (authorizer == NULL || PURSUIT_IS_AUTHORIZER (authorizer), NULL);

  self = g_object_new (PURSUIT_TYPE_CALDAV_CALENDAR, NULL);
  self->http = g_object_ref (http);
  self->authorizer = authorizer != NULL ? g_object_ref (authorizer) : NULL;
  self->server_url = g_strdup (server_url);

  if (calendar_url != NULL && calendar_url[0] != '\0')
    self->calendar_url = g_str_has_suffix (calendar_url, "/") ? g_strdup (calendar_url)
                                                               : g_strconcat (calendar_url, "/", NULL);

  uri = g_uri_parse (server_url, G_URI_FLAGS_ENCODED, NULL);
  host = uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri) : "caldav";
  self->service = g_strconcat ("caldav:", host, NULL);
  self->service_name = g_strdup (host);

  return self;
}
