/* fake-google-calendar.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "fake-google"

#include <string.h>

#include "fake-google-private.h"
#include "fake-google-validate.h"

/* Calendar v3 as google-apis.md §3 describes it: calendarList.list and the
 * events methods with client-chosen ids, etags bumped on every change,
 * If-Match / If-None-Match, deletions kept as "cancelled" for sync, paging
 * where only the last page has nextSyncToken, and 410 for sync tokens
 * the fake was told to forget. Requests were already checked against the
 * discovery document (parameters, body fields) by the router. */

#define STATE_KEY "fake-google-calendar"
#define DEFAULT_PAGE_SIZE 250
#define MAX_REMINDERS 5
#define MAX_REMINDER_MINUTES 40320

typedef struct
{
  JsonObject *resource;
  /* The serial of its last change: what sync tokens compare with. */
  guint64 changed;
} Event;

typedef struct
{
  char *id;
  char *summary;
  const char *access_role;
  const char *color;
  gboolean primary;
  GHashTable *events; /* id -> Event */
} Calendar;

typedef struct
{
  GPtrArray *calendars;
  guint page_size;
  gboolean expire_sync_tokens;
} State;

static void
event_free (Event *event)
{
  json_object_unref (event->resource);
  g_free (event);
}

static void
calendar_free (Calendar *calendar)
{
  g_free (calendar->id);
  g_free (calendar->summary);
  g_hash_table_unref (calendar->events);
  g_free (calendar);
}

static void
state_free (State *state)
{
  g_ptr_array_unref (state->calendars);
  g_free (state);
}

static State *
get_state (FakeGoogle *self)
{
  return g_object_get_data (G_OBJECT (self), STATE_KEY);
}

static Calendar *
add_calendar (State      *state,
              const char *id,
              const char *summary,
              const char *access_role,
              const char *color,
              gboolean    primary)
{
  Calendar *calendar = g_new0 (Calendar, 1);

  calendar->id = g_strdup (id);
  calendar->summary = g_strdup (summary);
  calendar->access_role = access_role;
  calendar->color = color;
  calendar->primary = primary;
  calendar->events = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) event_free);
  g_ptr_array_add (state->calendars, calendar);
  return calendar;
}

static Calendar *
find_calendar (FakeGoogle *self,
               const char *id)
{
  State *state = get_state (self);

  if (id == NULL)
    return NULL;

  for (guint i = 0; i < state->calendars->len; i++)
    {
      Calendar *calendar = state->calendars->pdata[i];

      if (g_str_equal (calendar->id, id) || (calendar->primary && g_str_equal (id, "primary")))
        return calendar;
    }

  return NULL;
}

/* Helpers ------------------------------------------------------------------ */

static char *
now_rfc3339 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%S.000Z");
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonNode *
object_node (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_set_object (node, object);
  return node;
}

static JsonObject *
copy_object (JsonObject *object)
{
  g_autoptr(JsonNode) node = object_node (object);
  g_autoptr(JsonNode) copy = json_node_copy (node);

  return json_object_ref (json_node_get_object (copy));
}

/* Google's ids: base32hex (a-v, 0-9), 5 to 1024 characters. */
static gboolean
valid_event_id (const char *id)
{
  gsize length = strlen (id);

  if (length < 5 || length > 1024)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!((*p >= 'a' && *p <= 'v') || (*p >= '0' && *p <= '9')))
      return FALSE;
  return TRUE;
}

static char *
new_event_id (void)
{
  static const char alphabet[] = "0123456789abcdefghijklmnopqrstuv";
  GString *id = g_string_new (NULL);

  for (guint i = 0; i < 26; i++)
    g_string_append_c (id, alphabet[g_random_int_range (0, 32)]);
  return g_string_free (id, FALSE);
}

/* The unix time of an EventDateTime; FALSE when it is neither a date nor
 * a dateTime Google would take. */
static gboolean
parse_time (JsonObject *time,
            gint64     *unix_time)
{
  const char *date_time = get_string (time, "dateTime");
  const char *date = get_string (time, "date");
  const char *zone_name = get_string (time, "timeZone");
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) parsed = NULL;

  if (time == NULL || (date_time != NULL) == (date != NULL))
    return FALSE;

  if (zone_name != NULL)
    {
      zone = g_time_zone_new_identifier (zone_name);
      if (zone == NULL)
        return FALSE;
    }

  if (date_time != NULL)
    {
      /* "A time zone offset is required unless a time zone is explicitly
       * specified in timeZone." */
      if (zone == NULL && !_fake_google_is_rfc3339 (date_time))
        return FALSE;
      parsed = g_date_time_new_from_iso8601 (date_time, zone);
    }
  else
    {
      g_autofree char *midnight = g_strconcat (date, "T00:00:00Z", NULL);

      if (strlen (date) != 10)
        return FALSE;
      parsed = g_date_time_new_from_iso8601 (midnight, NULL);
    }

  if (parsed == NULL)
    return FALSE;
  *unix_time = g_date_time_to_unix (parsed);
  return TRUE;
}

/* What the real API refuses about an event's contents (beyond the schema
 * the router checked): a reason and a message, or FALSE when it is fine. */
static gboolean
event_problem (JsonObject  *event,
               const char **reason,
               const char **message)
{
  JsonObject *start = get_object (event, "start");
  JsonObject *end = get_object (event, "end");
  JsonObject *reminders = get_object (event, "reminders");
  gint64 starts_at, ends_at;

  if (start == NULL || end == NULL)
    {
      *reason = "required";
      *message = start == NULL ? "Missing start time." : "Missing end time.";
      return TRUE;
    }
  if (!parse_time (start, &starts_at) || !parse_time (end, &ends_at)
      || (get_string (start, "date") != NULL) != (get_string (end, "date") != NULL))
    {
      *reason = "invalid";
      *message = "Invalid start or end time.";
      return TRUE;
    }
  if (ends_at < starts_at || (get_string (start, "date") != NULL && ends_at == starts_at))
    {
      *reason = "timeRangeEmpty";
      *message = "The specified time range is empty.";
      return TRUE;
    }

  if (reminders != NULL)
    {
      JsonNode *overrides = json_object_get_member (reminders, "overrides");
      JsonNode *use_default = json_object_get_member (reminders, "useDefault");
      JsonArray *array = overrides != NULL && JSON_NODE_HOLDS_ARRAY (overrides)
        ? json_node_get_array (overrides) : NULL;

      if (array != NULL && json_array_get_length (array) > 0
          && (use_default == NULL || json_node_get_boolean (use_default)))
        {
          *reason = "cannotUseDefaultRemindersAndSpecifyOverride";
          *message = "Cannot specify both default reminders and overrides at the same time.";
          return TRUE;
        }
      if (array != NULL && json_array_get_length (array) > MAX_REMINDERS)
        {
          *reason = "invalid";
          *message = "Too many reminders.";
          return TRUE;
        }
      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          JsonObject *reminder = json_array_get_object_element (array, i);
          gint64 minutes = reminder != NULL ? json_object_get_int_member_with_default (reminder, "minutes", -1) : -1;
          const char *method = get_string (reminder, "method");

          if (minutes < 0 || minutes > MAX_REMINDER_MINUTES
              || (g_strcmp0 (method, "popup") != 0 && g_strcmp0 (method, "email") != 0))
            {
              *reason = "invalid";
              *message = "Invalid reminder.";
              return TRUE;
            }
        }
    }

  return FALSE;
}

/* Stamps a change: a new etag, updated, and the serial sync tokens see. */
static void
touch_event (FakeGoogle *self,
             Event      *event)
{
  g_autofree char *etag = NULL;
  g_autofree char *updated = now_rfc3339 ();

  event->changed = _fake_google_next_serial (self);
  etag = g_strdup_printf ("\"%" G_GUINT64_FORMAT "\"", event->changed);
  json_object_set_string_member (event->resource, "etag", etag);
  json_object_set_string_member (event->resource, "updated", updated);
}

static JsonNode *
event_node (Event *event)
{
  g_autoptr(JsonNode) node = object_node (event->resource);

  return json_node_copy (node);
}

static const char * const read_only_members[] = {
  "kind", "id", "etag", "htmlLink", "created", "updated", "creator", "organizer", "iCalUID", NULL
};

static void
copy_writable_members (JsonObject *into,
                       JsonObject *from)
{
  g_autoptr(GList) members = json_object_get_members (from);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (g_strv_contains (read_only_members, name))
        continue;
      json_object_set_member (into, name, json_node_copy (json_object_get_member (from, name)));
    }
}

static gboolean
times_differ (JsonObject *a,
              JsonObject *b)
{
  gint64 ta = 0, tb = 0, ea = 0, eb = 0;

  parse_time (get_object (a, "start"), &ta);
  parse_time (get_object (b, "start"), &tb);
  parse_time (get_object (a, "end"), &ea);
  parse_time (get_object (b, "end"), &eb);
  return ta != tb || ea != eb;
}

/* Handlers ----------------------------------------------------------------- */

static Calendar *
call_calendar (FakeGoogle     *self,
               FakeGoogleCall *call)
{
  Calendar *calendar = find_calendar (self, g_hash_table_lookup (call->path_params, "calendarId"));

  if (calendar == NULL)
    _fake_google_reply_error (self, call, 404, "notFound", "Not Found");
  return calendar;
}

/* The event of the call's eventId, replying 404 when there is none. */
static Event *
call_event (FakeGoogle     *self,
            FakeGoogleCall *call,
            Calendar      **out_calendar)
{
  Calendar *calendar = call_calendar (self, call);
  Event *event;

  if (calendar == NULL)
    return NULL;

  event = g_hash_table_lookup (calendar->events, g_hash_table_lookup (call->path_params, "eventId"));
  if (event == NULL)
    _fake_google_reply_error (self, call, 404, "notFound", "Not Found");
  if (out_calendar != NULL)
    *out_calendar = calendar;
  return event;
}

static gboolean
if_match_fails (FakeGoogle     *self,
                FakeGoogleCall *call,
                Event          *event)
{
  const char *if_match = _fake_google_call_get_header (call, "If-Match");

  if (if_match == NULL || g_str_equal (if_match, "*")
      || g_strcmp0 (if_match, get_string (event->resource, "etag")) == 0)
    return FALSE;

  _fake_google_reply_error (self, call, 412, "conditionNotMet", "Precondition Failed");
  return TRUE;
}

static gboolean
reply_if_invalid (FakeGoogle     *self,
                  FakeGoogleCall *call,
                  JsonObject     *resource)
{
  const char *reason;
  const char *message;

  if (!event_problem (resource, &reason, &message))
    return FALSE;

  _fake_google_reply_error (self, call, 400, reason, message);
  return TRUE;
}

static void
handle_insert (FakeGoogle     *self,
               FakeGoogleCall *call)
{
  Calendar *calendar = call_calendar (self, call);
  JsonObject *body = call->body != NULL ? json_node_get_object (call->body) : NULL;
  g_autoptr(JsonObject) resource = NULL;
  g_autofree char *id = NULL;
  g_autofree char *now = now_rfc3339 ();
  g_autofree char *link = NULL;
  g_autoptr(JsonObject) person = json_object_new ();
  const char *email = fake_google_get_email (self);
  Event *event;

  if (calendar == NULL)
    return;

  if (get_string (body, "id") != NULL)
    {
      id = g_strdup (get_string (body, "id"));
      if (!valid_event_id (id))
        {
          _fake_google_reply_error (self, call, 400, "invalid", "Invalid resource id value.");
          return;
        }
      if (g_hash_table_contains (calendar->events, id))
        {
          _fake_google_reply_error (self, call, 409, "duplicate", "The requested identifier already exists.");
          return;
        }
    }
  else
    {
      id = new_event_id ();
    }

  resource = json_object_new ();
  json_object_set_string_member (resource, "kind", "calendar#event");
  json_object_set_string_member (resource, "id", id);
  json_object_set_string_member (resource, "status", "confirmed");
  link = g_strdup_printf ("https://www.google.com/calendar/event?eid=%s", id);
  json_object_set_string_member (resource, "htmlLink", link);
  json_object_set_string_member (resource, "created", now);
  json_object_set_int_member (resource, "sequence", 0);
  json_object_set_string_member (resource, "eventType", "default");
  json_object_set_string_member (person, "email", email);
  json_object_set_boolean_member (person, "self", TRUE);
  json_object_set_object_member (resource, "creator", copy_object (person));
  json_object_set_object_member (resource, "organizer", copy_object (person));
  if (body != NULL)
    copy_writable_members (resource, body);
  if (get_string (body, "iCalUID") != NULL)
    json_object_set_string_member (resource, "iCalUID", get_string (body, "iCalUID"));
  else
    {
      g_autofree char *uid = g_strconcat (id, "@google.com", NULL);

      json_object_set_string_member (resource, "iCalUID", uid);
    }
  if (!json_object_has_member (resource, "reminders"))
    {
      JsonObject *reminders = json_object_new ();

      json_object_set_boolean_member (reminders, "useDefault", TRUE);
      json_object_set_object_member (resource, "reminders", reminders);
    }

  if (reply_if_invalid (self, call, resource))
    return;

  event = g_new0 (Event, 1);
  event->resource = g_steal_pointer (&resource);
  touch_event (self, event);
  g_hash_table_insert (calendar->events, g_strdup (id), event);

  _fake_google_reply_json (self, call, 200, event_node (event));
}

static void
handle_get (FakeGoogle     *self,
            FakeGoogleCall *call)
{
  Event *event = call_event (self, call, NULL);
  const char *if_none_match;

  if (event == NULL)
    return;

  if_none_match = _fake_google_call_get_header (call, "If-None-Match");
  if (if_none_match != NULL && g_strcmp0 (if_none_match, get_string (event->resource, "etag")) == 0)
    {
      _fake_google_reply_empty (self, call, 304);
      return;
    }

  _fake_google_reply_json (self, call, 200, event_node (event));
}

/* patch merges the body's members, update replaces the event; both keep
 * what the server owns. */
static void
modify_event (FakeGoogle     *self,
              FakeGoogleCall *call,
              gboolean        replace)
{
  Event *event = call_event (self, call, NULL);
  JsonObject *body = call->body != NULL ? json_node_get_object (call->body) : NULL;
  g_autoptr(JsonObject) resource = NULL;

  if (event == NULL || if_match_fails (self, call, event))
    return;

  if (replace)
    {
      resource = json_object_new ();
      for (guint i = 0; read_only_members[i] != NULL; i++)
        if (json_object_has_member (event->resource, read_only_members[i]))
          json_object_set_member (resource, read_only_members[i],
                                  json_node_copy (json_object_get_member (event->resource, read_only_members[i])));
      json_object_set_string_member (resource, "status", "confirmed");
      json_object_set_string_member (resource, "eventType", "default");
      json_object_set_member (resource, "sequence",
                              json_node_copy (json_object_get_member (event->resource, "sequence")));
    }
  else
    {
      resource = copy_object (event->resource);
    }

  if (body != NULL)
    copy_writable_members (resource, body);
  if (reply_if_invalid (self, call, resource))
    return;

  if (times_differ (resource, event->resource))
    json_object_set_int_member (resource, "sequence",
                                json_object_get_int_member_with_default (resource, "sequence", 0) + 1);

  json_object_unref (event->resource);
  event->resource = g_steal_pointer (&resource);
  touch_event (self, event);

  _fake_google_reply_json (self, call, 200, event_node (event));
}

static void
handle_patch (FakeGoogle     *self,
              FakeGoogleCall *call)
{
  modify_event (self, call, FALSE);
}

static void
handle_update (FakeGoogle     *self,
               FakeGoogleCall *call)
{
  modify_event (self, call, TRUE);
}

static void
handle_delete (FakeGoogle     *self,
               FakeGoogleCall *call)
{
  Event *event = call_event (self, call, NULL);

  if (event == NULL)
    return;

  if (g_strcmp0 (get_string (event->resource, "status"), "cancelled") == 0)
    {
      _fake_google_reply_error (self, call, 410, "deleted", "Resource has been deleted");
      return;
    }
  if (if_match_fails (self, call, event))
    return;

  json_object_set_string_member (event->resource, "status", "cancelled");
  touch_event (self, event);
  _fake_google_reply_empty (self, call, 204);
}

/* Listing ------------------------------------------------------------------ */

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  Event *event_a = *(Event **) a;
  Event *event_b = *(Event **) b;

  return g_strcmp0 (get_string (event_a->resource, "id"), get_string (event_b->resource, "id"));
}

static guint
page_size (FakeGoogle     *self,
           FakeGoogleCall *call)
{
  const char *max_results = g_hash_table_lookup (call->query, "maxResults");
  guint size = get_state (self)->page_size;
  guint64 asked;

  if (max_results != NULL && g_ascii_string_to_unsigned (max_results, 10, 1, G_MAXUINT, &asked, NULL))
    size = MIN (size, (guint) asked);
  return MAX (size, 1);
}

/* Page tokens: "<snapshot serial>:<since serial or 0>:<last id sent>";
 * sync tokens: "sync-<serial>". */
static gboolean
parse_page_token (const char  *token,
                  guint64     *snapshot,
                  guint64     *since,
                  char       **last_id)
{
  g_auto(GStrv) parts = g_strsplit (token, ":", 3);

  if (g_strv_length (parts) != 3
      || !g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXUINT64, snapshot, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT64, since, NULL))
    return FALSE;
  *last_id = g_strdup (parts[2]);
  return TRUE;
}

static gboolean
parse_sync_token (const char *token,
                  guint64    *serial)
{
  return g_str_has_prefix (token, "sync-")
    && g_ascii_string_to_unsigned (token + 5, 10, 0, G_MAXUINT64, serial, NULL);
}

static void
handle_list (FakeGoogle     *self,
             FakeGoogleCall *call)
{
  State *state = get_state (self);
  Calendar *calendar = call_calendar (self, call);
  const char *sync_token = g_hash_table_lookup (call->query, "syncToken");
  const char *page_token = g_hash_table_lookup (call->query, "pageToken");
  gboolean show_deleted = g_strcmp0 (g_hash_table_lookup (call->query, "showDeleted"), "true") == 0;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(JsonObject) list = NULL;
  g_autofree char *last_id = NULL;
  g_autofree char *now = now_rfc3339 ();
  JsonArray *items;
  guint64 snapshot = 0;
  guint64 since = 0;
  guint size;
  GHashTableIter iter;
  Event *event;

  if (calendar == NULL)
    return;

  if (sync_token != NULL && state->expire_sync_tokens)
    {
      state->expire_sync_tokens = FALSE;
      _fake_google_reply_error (self, call, 410, "fullSyncRequired",
                                "Sync token is no longer valid, a full sync is required.");
      return;
    }
  if (sync_token != NULL && !parse_sync_token (sync_token, &since))
    {
      _fake_google_reply_error (self, call, 410, "fullSyncRequired",
                                "Sync token is no longer valid, a full sync is required.");
      return;
    }

  if (page_token != NULL)
    {
      guint64 token_since;

      if (!parse_page_token (page_token, &snapshot, &token_since, &last_id) || token_since != since)
        {
          _fake_google_reply_error (self, call, 400, "invalid", "Invalid page token value.");
          return;
        }
    }
  else
    {
      snapshot = _fake_google_next_serial (self);
    }

  /* Incremental listings always include deletions. */
  if (sync_token != NULL)
    show_deleted = TRUE;

  events = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, calendar->events);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &event))
    {
      if (!show_deleted && g_strcmp0 (get_string (event->resource, "status"), "cancelled") == 0)
        continue;
      if (sync_token != NULL && event->changed <= since)
        continue;
      if (last_id != NULL && g_strcmp0 (get_string (event->resource, "id"), last_id) <= 0)
        continue;
      g_ptr_array_add (events, event);
    }
  g_ptr_array_sort (events, compare_events);

  size = page_size (self, call);
  list = json_object_new ();
  json_object_set_string_member (list, "kind", "calendar#events");
  {
    g_autofree char *etag = g_strdup_printf ("\"%" G_GUINT64_FORMAT "\"", snapshot);

    json_object_set_string_member (list, "etag", etag);
  }
  json_object_set_string_member (list, "summary", calendar->summary);
  json_object_set_string_member (list, "updated", now);
  json_object_set_string_member (list, "timeZone", "UTC");
  json_object_set_string_member (list, "accessRole", calendar->access_role);
  json_object_set_array_member (list, "defaultReminders", json_array_new ());

  items = json_array_new ();
  for (guint i = 0; i < events->len && i < size; i++)
    json_array_add_element (items, event_node (events->pdata[i]));
  json_object_set_array_member (list, "items", items);

  if (events->len > size)
    {
      Event *last = events->pdata[size - 1];
      g_autofree char *next = g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%s",
                                               snapshot, since, get_string (last->resource, "id"));

      json_object_set_string_member (list, "nextPageToken", next);
    }
  else
    {
      g_autofree char *next = g_strdup_printf ("sync-%" G_GUINT64_FORMAT, snapshot);

      json_object_set_string_member (list, "nextSyncToken", next);
    }

  _fake_google_reply_json (self, call, 200, object_node (list));
}

static int
role_rank (const char *role)
{
  static const char * const roles[] = { "freeBusyReader", "reader", "writer", "owner", NULL };

  for (int i = 0; roles[i] != NULL; i++)
    if (g_strcmp0 (role, roles[i]) == 0)
      return i;
  return -1;
}

static JsonNode *
calendar_entry (Calendar *calendar)
{
  g_autoptr(JsonObject) entry = json_object_new ();
  g_autofree char *etag = g_strdup_printf ("\"%u\"", g_str_hash (calendar->id));

  json_object_set_string_member (entry, "kind", "calendar#calendarListEntry");
  json_object_set_string_member (entry, "etag", etag);
  json_object_set_string_member (entry, "id", calendar->id);
  json_object_set_string_member (entry, "summary", calendar->summary);
  json_object_set_string_member (entry, "timeZone", "UTC");
  json_object_set_string_member (entry, "accessRole", calendar->access_role);
  json_object_set_string_member (entry, "backgroundColor", calendar->color);
  json_object_set_string_member (entry, "foregroundColor", "#000000");
  json_object_set_boolean_member (entry, "selected", TRUE);
  json_object_set_array_member (entry, "defaultReminders", json_array_new ());
  if (calendar->primary)
    json_object_set_boolean_member (entry, "primary", TRUE);

  return object_node (entry);
}

static void
handle_calendar_list (FakeGoogle     *self,
                      FakeGoogleCall *call)
{
  State *state = get_state (self);
  const char *min_role = g_hash_table_lookup (call->query, "minAccessRole");
  const char *page_token = g_hash_table_lookup (call->query, "pageToken");
  g_autoptr(JsonObject) list = json_object_new ();
  JsonArray *items = json_array_new ();
  guint size = page_size (self, call);
  guint64 offset = 0;
  guint matching = 0;

  if (page_token != NULL && !g_ascii_string_to_unsigned (page_token, 10, 0, G_MAXUINT, &offset, NULL))
    {
      json_array_unref (items);
      _fake_google_reply_error (self, call, 400, "invalid", "Invalid page token value.");
      return;
    }

  for (guint i = 0; i < state->calendars->len; i++)
    {
      Calendar *calendar = state->calendars->pdata[i];

      if (min_role != NULL && role_rank (calendar->access_role) < role_rank (min_role))
        continue;
      if (matching >= offset && matching < offset + size)
        json_array_add_element (items, calendar_entry (calendar));
      matching++;
    }

  json_object_set_string_member (list, "kind", "calendar#calendarList");
  json_object_set_string_member (list, "etag", "\"calendar-list\"");
  json_object_set_array_member (list, "items", items);
  if (offset + size < matching)
    {
      g_autofree char *next = g_strdup_printf ("%" G_GUINT64_FORMAT, offset + size);

      json_object_set_string_member (list, "nextPageToken", next);
    }
  else
    {
      json_object_set_string_member (list, "nextSyncToken", "calendar-list-sync");
    }

  _fake_google_reply_json (self, call, 200, object_node (list));
}

void
_fake_google_calendar_init (FakeGoogle *self)
{
  State *state;

  g_return_if_fail (FAKE_IS_GOOGLE (self));

  state = g_new0 (State, 1);
  state->calendars = g_ptr_array_new_with_free_func ((GDestroyNotify) calendar_free);
  state->page_size = DEFAULT_PAGE_SIZE;
  add_calendar (state, fake_google_get_email (self), fake_google_get_email (self), "owner", "#9fe1e7", TRUE);
  add_calendar (state, "jobs@group.calendar.google.com", "Job search", "owner", "#7bd148", FALSE);
  /* One the account may only read: minAccessRole=writer must leave it out. */
  add_calendar (state, "en.usa#holiday@group.v.calendar.google.com", "Holidays in United States",
                "reader", "#16a765", FALSE);
  g_object_set_data_full (G_OBJECT (self), STATE_KEY, state, (GDestroyNotify) state_free);

  _fake_google_register (self, "calendar.calendarList.list", handle_calendar_list);
  _fake_google_register (self, "calendar.events.list", handle_list);
  _fake_google_register (self, "calendar.events.get", handle_get);
  _fake_google_register (self, "calendar.events.insert", handle_insert);
  _fake_google_register (self, "calendar.events.patch", handle_patch);
  _fake_google_register (self, "calendar.events.update", handle_update);
  _fake_google_register (self, "calendar.events.delete", handle_delete);
}

/* Public API --------------------------------------------------------------- */

static Event *
find_event (FakeGoogle *self,
            const char *calendar_id,
            const char *event_id)
{
  Calendar *calendar;

  g_return_val_if_fail (FAKE_IS_GOOGLE (self), NULL);
  g_return_val_if_fail (event_id != NULL, NULL);

  calendar = find_calendar (self, calendar_id);
  return calendar != NULL ? g_hash_table_lookup (calendar->events, event_id) : NULL;
}

guint
fake_google_count_events (FakeGoogle *self,
                          const char *calendar_id,
                          gboolean    include_cancelled)
{
  Calendar *calendar;
  GHashTableIter iter;
  Event *event;
  guint count = 0;

  g_return_val_if_fail (FAKE_IS_GOOGLE (self), 0);

  calendar = find_calendar (self, calendar_id);
  if (calendar == NULL)
    return 0;

  g_hash_table_iter_init (&iter, calendar->events);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &event))
    if (include_cancelled || g_strcmp0 (get_string (event->resource, "status"), "cancelled") != 0)
      count++;
  return count;
}

JsonObject *
fake_google_get_event (FakeGoogle *self,
                       const char *calendar_id,
                       const char *event_id)
{
  Event *event = find_event (self, calendar_id, event_id);

  return event != NULL ? event->resource : NULL;
}

static void
set_time (JsonObject *resource,
          const char *member,
          gint64      unix_time,
          gboolean    all_day)
{
  JsonObject *old = get_object (resource, member);
  const char *zone_name = get_string (old, "timeZone");
  g_autoptr(GTimeZone) zone = zone_name != NULL ? g_time_zone_new_identifier (zone_name) : NULL;
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;
  JsonObject *time = json_object_new ();

  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (utc, zone);

  if (all_day)
    {
      text = g_date_time_format (local, "%Y-%m-%d");
      json_object_set_string_member (time, "date", text);
    }
  else
    {
      text = g_date_time_format (local, "%Y-%m-%dT%H:%M:%S%:z");
      json_object_set_string_member (time, "dateTime", text);
      if (zone_name != NULL)
        json_object_set_string_member (time, "timeZone", zone_name);
    }
  json_object_set_object_member (resource, member, time);
}

gboolean
fake_google_move_event (FakeGoogle *self,
                        const char *calendar_id,
                        const char *event_id,
                        gint64      starts_at,
                        gint64      ends_at)
{
  Event *event = find_event (self, calendar_id, event_id);
  gboolean all_day;

  if (event == NULL || g_strcmp0 (get_string (event->resource, "status"), "cancelled") == 0
      || ends_at < starts_at)
    return FALSE;

  all_day = get_string (get_object (event->resource, "start"), "date") != NULL;
  set_time (event->resource, "start", starts_at, all_day);
  set_time (event->resource, "end", ends_at, all_day);
  json_object_set_int_member (event->resource, "sequence",
                              json_object_get_int_member_with_default (event->resource, "sequence", 0) + 1);
  touch_event (self, event);
  return TRUE;
}

gboolean
fake_google_delete_event (FakeGoogle *self,
                          const char *calendar_id,
                          const char *event_id)
{
  Event *event = find_event (self, calendar_id, event_id);

  if (event == NULL || g_strcmp0 (get_string (event->resource, "status"), "cancelled") == 0)
    return FALSE;

  json_object_set_string_member (event->resource, "status", "cancelled");
  touch_event (self, event);
  return TRUE;
}

void
fake_google_expire_sync_tokens (FakeGoogle *self)
{
  g_return_if_fail (FAKE_IS_GOOGLE (self));
  get_state (self)->expire_sync_tokens = TRUE;
}

void
fake_google_set_page_size (FakeGoogle *self,
                           guint       n)
{
  g_return_if_fail (FAKE_IS_GOOGLE (self));
  g_return_if_fail (n > 0);
  get_state (self)->page_size = n;
}
