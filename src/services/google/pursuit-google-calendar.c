/* pursuit-google-calendar.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-google-calendar"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-calendar-backend-private.h"
#include "pursuit-google-calendar.h"
#include "pursuit-google-endpoints.h"
#include "pursuit-google-private.h"

#define SERVICE "google"
#define PAGE_SIZE "250"
/* A server that never stops paging (or repeats its page token) must not
 * keep us busy forever. */
#define MAX_PAGES 1000

struct _PursuitGoogleCalendar
{
  GObject parent_instance;

  PursuitHttp *http;
  PursuitGoogleAuth *auth;
  char *calendar_id;
  char *api_url;
};

static void backend_iface_init (PursuitCalendarBackendInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PursuitGoogleCalendar, pursuit_google_calendar, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (PURSUIT_TYPE_CALENDAR_BACKEND, backend_iface_init))

static void
pursuit_google_calendar_finalize (GObject *object)
{
  PursuitGoogleCalendar *self = (PursuitGoogleCalendar *)object;

  g_clear_object (&self->http);
  g_clear_object (&self->auth);
  g_clear_pointer (&self->calendar_id, g_free);
  g_clear_pointer (&self->api_url, g_free);

  G_OBJECT_CLASS (pursuit_google_calendar_parent_class)->finalize (object);
}

static void
pursuit_google_calendar_class_init (PursuitGoogleCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pursuit_google_calendar_finalize;
}

static void
pursuit_google_calendar_init (PursuitGoogleCalendar *self)
{
}

/**
 * pursuit_google_calendar_new:
 * @http: the HTTP client
 * @auth: the signed-in account
 * @calendar_id: (nullable): the calendar events go to
 *
 * Returns: (transfer full): a backend for one Google calendar
 */
PursuitGoogleCalendar *
pursuit_google_calendar_new (PursuitHttp       *http,
                             PursuitGoogleAuth *auth,
                             const char        *calendar_id)
{
  PursuitGoogleCalendar *self;

  g_return_val_if_fail (PURSUIT_IS_HTTP (http), NULL);
  g_return_val_if_fail (PURSUIT_IS_GOOGLE_AUTH (auth), NULL);

  self = g_object_new (PURSUIT_TYPE_GOOGLE_CALENDAR, NULL);
  self->http = g_object_ref (http);
  self->auth = g_object_ref (auth);
  self->calendar_id = g_strdup (calendar_id);
  self->api_url = pursuit_google_endpoint_dup_url (PURSUIT_GOOGLE_CALENDAR_API);

  return self;
}

/* Requests */

static char *
escape (const char *segment)
{
  return g_uri_escape_string (segment, NULL, FALSE);
}

static PursuitHttpRequest *
new_request (PursuitGoogleCalendar *self,
             const char            *method,
             const char            *path)
{
  g_autofree char *uri = g_strconcat (self->api_url, path, NULL);
  PursuitHttpRequest *request = pursuit_http_request_new (SERVICE, method, uri);

  pursuit_http_request_set_service_name (request, "Google");
  pursuit_http_request_set_authorizer (request, PURSUIT_AUTHORIZER (self->auth));
  return request;
}

/* "/calendars/<id>/events[/<event id>]" */
static PursuitHttpRequest *
new_events_request (PursuitGoogleCalendar *self,
                    const char            *method,
                    const char            *event_id)
{
  g_autofree char *calendar = escape (self->calendar_id);
  g_autofree char *event = event_id != NULL ? escape (event_id) : NULL;
  g_autofree char *path = NULL;

  if (event != NULL)
    path = g_strdup_printf ("/calendars/%s/events/%s", calendar, event);
  else
    path = g_strdup_printf ("/calendars/%s/events", calendar);

  return new_request (self, method, path);
}

static gboolean
check_calendar (PursuitGoogleCalendar *self,
                GTask                 *task)
{
  if (self->calendar_id != NULL)
    return TRUE;

  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                           _("No Google calendar is chosen for this account."));
  return FALSE;
}

static JsonObject *
response_object (PursuitHttpResponse  *response,
                 const char           *what,
                 GError              **error)
{
  JsonObject *object = pursuit_http_response_get_object (response);

  if (object == NULL)
    g_set_error (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
                 /* Translators: %s is what was asked for ("the calendar list") */
                 _("Google’s answer about %s could not be read."), what);
  return object;
}

/* Listings that follow nextPageToken (calendars, events) */

typedef struct
{
  GPtrArray *items;
  char *sync_token;   /* events only: the token asked with */
  char *page_token;
  guint pages;
} PageData;

typedef enum
{
  PAGE_LAST,
  PAGE_NEXT,
  /* More pages promised, but the same token again or too many. */
  PAGE_ENDLESS,
} PageStep;

typedef void (*AddItemFunc) (GPtrArray  *items,
                             JsonObject *item);

static void
page_data_free (PageData *data)
{
  g_clear_pointer (&data->items, g_ptr_array_unref);
  g_clear_pointer (&data->sync_token, g_free);
  g_clear_pointer (&data->page_token, g_free);
  g_free (data);
}

static PageData *
page_data_new_for_task (GTask *task)
{
  PageData *data = g_new0 (PageData, 1);

  data->items = g_ptr_array_new_with_free_func (g_object_unref);
  g_task_set_task_data (task, data, (GDestroyNotify) page_data_free);
  return data;
}

static void
add_items (PageData    *data,
           JsonObject  *object,
           AddItemFunc  add_item)
{
  JsonNode *items = json_object_get_member (object, "items");
  JsonArray *array;

  if (items == NULL || !JSON_NODE_HOLDS_ARRAY (items))
    return;

  array = json_node_get_array (items);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (item))
        add_item (data->items, json_node_get_object (item));
      else
        g_debug ("Skipping a list item that is not an object");
    }
}

/* Keeps the next page's token when there is one to follow. */
static PageStep
next_page (PageData   *data,
           JsonObject *object)
{
  const char *next = _pursuit_google_json_get_string (object, "nextPageToken");

  if (!_pursuit_google_is_set (next))
    return PAGE_LAST;
  if (g_strcmp0 (next, data->page_token) == 0 || data->pages >= MAX_PAGES)
    return PAGE_ENDLESS;

  g_free (data->page_token);
  data->page_token = g_strdup (next);
  return PAGE_NEXT;
}

static void
add_page_query (PursuitHttpRequest *request,
                PageData           *data)
{
  pursuit_http_request_add_query (request, "maxResults", PAGE_SIZE);
  if (data->page_token != NULL)
    pursuit_http_request_add_query (request, "pageToken", data->page_token);
  data->pages++;
}

/* list_calendars */

static void list_next_page (GTask *task);

static void
add_calendar_entry (GPtrArray  *calendars,
                    JsonObject *entry)
{
  const char *id = _pursuit_google_json_get_string (entry, "id");
  const char *name = _pursuit_google_json_get_string (entry, "summaryOverride");
  const char *role = _pursuit_google_json_get_string (entry, "accessRole");
  const char *color = _pursuit_google_json_get_string (entry, "backgroundColor");
  PursuitRemoteCalendar *calendar;

  if (!_pursuit_google_is_set (id) || _pursuit_google_json_get_boolean (entry, "deleted"))
    return;
  /* minAccessRole asked for this already; a server that ignored it must
   * not offer a calendar we cannot write to. */
  if (role != NULL && g_strcmp0 (role, "writer") != 0 && g_strcmp0 (role, "owner") != 0)
    return;
  if (!_pursuit_google_is_set (name))
    name = _pursuit_google_json_get_string (entry, "summary");

  calendar = pursuit_remote_calendar_new (id, _pursuit_google_is_set (name) ? name : id);
  if (color != NULL && strlen (color) == 7 && color[0] == '#')
    pursuit_remote_calendar_set_color (calendar, color);
  pursuit_remote_calendar_set_primary (calendar, _pursuit_google_json_get_boolean (entry, "primary"));
  g_ptr_array_add (calendars, calendar);
}

static void
list_page_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PageData *data = g_task_get_task_data (task);
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;

  response = pursuit_http_send_finish (PURSUIT_HTTP (source), result, &error);
  object = response != NULL ? response_object (response, _("the calendar list"), &error) : NULL;
  if (object == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  add_items (data, object, add_calendar_entry);

  /* Calendars past an endless listing are not worth failing for. */
  if (next_page (data, object) == PAGE_NEXT)
    {
      list_next_page (g_steal_pointer (&task));
      return;
    }

  g_task_return_pointer (task, g_steal_pointer (&data->items), (GDestroyNotify) g_ptr_array_unref);
}

static void
list_next_page (GTask *task)
{
  PursuitGoogleCalendar *self = g_task_get_source_object (task);
  g_autoptr(PursuitHttpRequest) request = new_request (self, "GET", "/users/me/calendarList");

  pursuit_http_request_add_query (request, "minAccessRole", "writer");
  add_page_query (request, g_task_get_task_data (task));

  pursuit_http_send_async (self->http, request, g_task_get_cancellable (task), list_page_done, task);
}

static void
google_list_calendars_async (PursuitCalendarBackend *backend,
                             GCancellable           *cancellable,
                             GAsyncReadyCallback     callback,
                             gpointer                user_data)
{
  GTask *task = g_task_new (backend, cancellable, callback, user_data);

  g_task_set_source_tag (task, google_list_calendars_async);
  page_data_new_for_task (task);

  list_next_page (task);
}

/* put_event */

typedef struct
{
  PursuitCalendarEvent *event;
  char *event_id;
  char *etag;
  /* Each way round (insert -> 409 -> patch, patch -> 404 -> insert) is
   * taken once; a server that keeps sending us round gets an error. */
  gboolean conflicted;
  gboolean reinserted;
  gboolean inserting;   /* which of the two is on its way */
} PutData;

static void
put_data_free (PutData *data)
{
  g_clear_object (&data->event);
  g_clear_pointer (&data->event_id, g_free);
  g_clear_pointer (&data->etag, g_free);
  g_free (data);
}

static void send_insert (GTask *task);
static void send_patch (GTask *task);

static void
put_return (GTask               *task,
            PursuitHttpResponse *response)
{
  PutData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  JsonObject *object = response_object (response, _("an event"), &error);
  const char *id;
  const char *etag;

  if (object == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  id = _pursuit_google_json_get_string (object, "id");
  etag = _pursuit_google_json_get_string (object, "etag");
  _pursuit_calendar_backend_return_put (task, _pursuit_google_is_set (id) ? id : data->event_id,
                                        etag != NULL ? etag : pursuit_http_response_get_etag (response));
}

/* Both ways of putting: insert (our id from the uid) and patch. */
static void
put_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PutData *data = g_task_get_task_data (task);
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GError) error = NULL;

  response = pursuit_http_send_finish (PURSUIT_HTTP (source), result, &error);
  if (response != NULL)
    {
      put_return (task, response);
      return;
    }

  /* Our id is already taken: an earlier insert arrived and its answer got
   * lost. Update that event instead of making a second one. */
  if (data->inserting && !data->conflicted
      && g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_CONFLICT))
    {
      g_debug ("Event already there, updating it");
      data->conflicted = TRUE;
      g_clear_pointer (&data->etag, g_free);
      send_patch (g_steal_pointer (&task));
      return;
    }

  /* Gone from the calendar while Pursuit still has it: make it again. */
  if (!data->inserting && !data->reinserted && !data->conflicted
      && (g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_NOT_FOUND)
          || g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_GONE)))
    {
      g_debug ("Event gone, inserting it again");
      data->reinserted = TRUE;
      send_insert (g_steal_pointer (&task));
      return;
    }

  g_task_return_error (task, g_steal_pointer (&error));
}

static void
send_insert (GTask *task)
{
  PursuitGoogleCalendar *self = g_task_get_source_object (task);
  PutData *data = g_task_get_task_data (task);
  g_autoptr(PursuitHttpRequest) request = new_events_request (self, "POST", NULL);
  g_autoptr(JsonNode) body = pursuit_google_calendar_event_to_json (data->event, data->event_id);

  /* Pursuit never mails anyone by itself. */
  pursuit_http_request_add_query (request, "sendUpdates", "none");
  pursuit_http_request_set_json_body (request, body);

  data->inserting = TRUE;
  pursuit_http_send_async (self->http, request, g_task_get_cancellable (task), put_done, task);
}

static void
send_patch (GTask *task)
{
  PursuitGoogleCalendar *self = g_task_get_source_object (task);
  PutData *data = g_task_get_task_data (task);
  g_autoptr(PursuitHttpRequest) request = new_events_request (self, "PATCH", data->event_id);
  g_autoptr(JsonNode) body = pursuit_google_calendar_event_to_json (data->event, NULL);

  pursuit_http_request_add_query (request, "sendUpdates", "none");
  if (_pursuit_google_is_set (data->etag))
    pursuit_http_request_set_header (request, "If-Match", data->etag);
  pursuit_http_request_set_json_body (request, body);

  data->inserting = FALSE;
  pursuit_http_send_async (self->http, request, g_task_get_cancellable (task), put_done, task);
}

static void
google_put_event_async (PursuitCalendarBackend *backend,
                        PursuitCalendarEvent   *event,
                        const char             *remote_id,
                        const char             *etag,
                        GCancellable           *cancellable,
                        GAsyncReadyCallback     callback,
                        gpointer                user_data)
{
  PursuitGoogleCalendar *self = PURSUIT_GOOGLE_CALENDAR (backend);
  g_autoptr(GTask) task = g_task_new (backend, cancellable, callback, user_data);
  PutData *data = g_new0 (PutData, 1);

  g_task_set_source_tag (task, google_put_event_async);
  data->event = g_object_ref (event);
  data->etag = g_strdup (etag);
  g_task_set_task_data (task, data, (GDestroyNotify) put_data_free);

  if (!check_calendar (self, task))
    return;

  if (remote_id != NULL)
    {
      data->event_id = g_strdup (remote_id);
      send_patch (g_steal_pointer (&task));
      return;
    }

  if (!_pursuit_google_is_set (pursuit_calendar_event_get_uid (event)))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("The event has no UID."));
      return;
    }

  data->event_id = pursuit_google_calendar_event_id_for_uid (pursuit_calendar_event_get_uid (event));
  send_insert (g_steal_pointer (&task));
}

/* delete_event */

static void
delete_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GError) error = NULL;

  response = pursuit_http_send_finish (PURSUIT_HTTP (source), result, &error);
  if (response == NULL
      && !g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_NOT_FOUND)
      && !g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_GONE))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
google_delete_event_async (PursuitCalendarBackend *backend,
                           const char             *remote_id,
                           const char             *etag,
                           GCancellable           *cancellable,
                           GAsyncReadyCallback     callback,
                           gpointer                user_data)
{
  PursuitGoogleCalendar *self = PURSUIT_GOOGLE_CALENDAR (backend);
  g_autoptr(GTask) task = g_task_new (backend, cancellable, callback, user_data);
  g_autoptr(PursuitHttpRequest) request = NULL;

  g_task_set_source_tag (task, google_delete_event_async);
  if (!check_calendar (self, task))
    return;
  if (!_pursuit_google_is_set (remote_id))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("The event to delete has no id."));
      return;
    }

  request = new_events_request (self, "DELETE", remote_id);
  pursuit_http_request_add_query (request, "sendUpdates", "none");
  if (_pursuit_google_is_set (etag))
    pursuit_http_request_set_header (request, "If-Match", etag);

  pursuit_http_send_async (self->http, request, cancellable, delete_done, g_steal_pointer (&task));
}

/* pull_changes */

static void pull_next_page (GTask *task);

static void
add_change (GPtrArray  *changes,
            JsonObject *event)
{
  g_autoptr(GError) error = NULL;
  PursuitRemoteChange *change;

  change = pursuit_google_calendar_change_from_json (event, &error);
  if (change == NULL)
    {
      g_debug ("Skipping an event: %s", error->message);
      return;
    }
  g_ptr_array_add (changes, change);
}

static void
pull_page_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PageData *data = g_task_get_task_data (task);
  g_autoptr(PursuitHttpResponse) response = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  const char *next;
  PageStep step;

  response = pursuit_http_send_finish (PURSUIT_HTTP (source), result, &error);

  /* The token expired: start over with a full listing, as Google asks. */
  if (response == NULL && data->sync_token != NULL
      && g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_GONE))
    {
      g_debug ("Sync token no longer valid, listing everything");
      g_clear_pointer (&data->sync_token, g_free);
      g_clear_pointer (&data->page_token, g_free);
      g_ptr_array_set_size (data->items, 0);
      data->pages = 0;
      pull_next_page (g_steal_pointer (&task));
      return;
    }

  object = response != NULL ? response_object (response, _("the calendar’s events"), &error) : NULL;
  if (object == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  add_items (data, object, add_change);

  /* A pull cut short would lose changes for good: the token is only on
   * the last page. */
  step = next_page (data, object);
  if (step == PAGE_ENDLESS)
    {
      g_task_return_new_error (task, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_INVALID_RESPONSE,
                               _("Google kept sending more pages of events."));
      return;
    }
  if (step == PAGE_NEXT)
    {
      pull_next_page (g_steal_pointer (&task));
      return;
    }

  /* Only the last page carries the token for next time. */
  next = _pursuit_google_json_get_string (object, "nextSyncToken");
  if (next == NULL)
    g_debug ("The last page of events had no sync token");

  _pursuit_calendar_backend_return_changes (task, data->items, next);
}

static void
pull_next_page (GTask *task)
{
  PursuitGoogleCalendar *self = g_task_get_source_object (task);
  PageData *data = g_task_get_task_data (task);
  g_autoptr(PursuitHttpRequest) request = new_events_request (self, "GET", NULL);

  /* The same parameters for the full and the incremental listing, as the
   * sync guide asks; none of those syncToken forbids. */
  pursuit_http_request_add_query (request, "showDeleted", "true");
  pursuit_http_request_add_query (request, "singleEvents", "false");
  if (data->sync_token != NULL)
    pursuit_http_request_add_query (request, "syncToken", data->sync_token);
  add_page_query (request, data);

  pursuit_http_send_async (self->http, request, g_task_get_cancellable (task), pull_page_done, task);
}

static void
google_pull_changes_async (PursuitCalendarBackend *backend,
                           const char             *sync_token,
                           GCancellable           *cancellable,
                           GAsyncReadyCallback     callback,
                           gpointer                user_data)
{
  PursuitGoogleCalendar *self = PURSUIT_GOOGLE_CALENDAR (backend);
  g_autoptr(GTask) task = g_task_new (backend, cancellable, callback, user_data);
  PageData *data;

  g_task_set_source_tag (task, google_pull_changes_async);
  data = page_data_new_for_task (task);
  data->sync_token = _pursuit_google_is_set (sync_token) ? g_strdup (sync_token) : NULL;

  if (!check_calendar (self, task))
    return;

  pull_next_page (g_steal_pointer (&task));
}

static void
backend_iface_init (PursuitCalendarBackendInterface *iface)
{
  /* The *_finish vfuncs are the interface's defaults. */
  iface->list_calendars_async = google_list_calendars_async;
  iface->put_event_async = google_put_event_async;
  iface->delete_event_async = google_delete_event_async;
  iface->pull_changes_async = google_pull_changes_async;
}
