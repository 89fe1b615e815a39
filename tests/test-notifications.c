/* test-notifications.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reminders as desktop notifications, end to end on a private session
 * bus: a fake org.freedesktop.Notifications server records what GLib's
 * freedesktop backend sends, and invokes the buttons the way a
 * notification server does; the application's actions are also called
 * through org.gtk.Actions, as GNOME Shell does. */

#include "pursuit-notifier.h"
#include "pursuit-test-store.h"

#define APP_ID   "io.github.pursuit.Pursuit"
#define APP_PATH "/io/github/pursuit/Pursuit"

/* 2026-11-23 12:00:00 UTC, a Monday. */
#define BASE_TIME ((gint64) 1795435200)
#define MINUTE    ((gint64) 60)
#define HOUR      (60 * MINUTE)
#define DAY       (24 * HOUR)

/* Markup in the location: the notification must show it as text. */
#define ROOM "Room 4, <b>Main</b> building"

static GTestDBus *test_bus;

static const char notifications_xml[] =
  "<node>"
  "  <interface name='org.freedesktop.Notifications'>"
  "    <method name='Notify'>"
  "      <arg type='s' direction='in'/><arg type='u' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='s' direction='in'/><arg type='as' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/><arg type='i' direction='in'/>"
  "      <arg type='u' direction='out'/>"
  "    </method>"
  "    <method name='CloseNotification'><arg type='u' direction='in'/></method>"
  "    <method name='GetCapabilities'><arg type='as' direction='out'/></method>"
  "    <method name='GetServerInformation'>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "      <arg type='s' direction='out'/><arg type='s' direction='out'/>"
  "    </method>"
  "    <signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>"
  "    <signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>"
  "  </interface>"
  "  <interface name='org.gtk.Notifications'>"
  "    <method name='AddNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "      <arg type='a{sv}' direction='in'/>"
  "    </method>"
  "    <method name='RemoveNotification'>"
  "      <arg type='s' direction='in'/><arg type='s' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

typedef struct
{
  StoreFixture              store;
  gint64                    now;
  gint64                    job_id;

  /* The fake notification server, on a connection of its own. */
  GDBusConnection          *server;
  guint                     server_object;
  guint                     gtk_server_object;
  GPtrArray                *notified;        /* GVariant (susssasa{sv}i) */
  /* The same through org.gtk.Notifications (GNOME Shell's). */
  GPtrArray                *gtk_added;       /* GVariant (ssa{sv}) */
  GPtrArray                *gtk_removed;     /* notification ids */
  guint                     n_closed;
  guint32                   last_id;

  GSettings                *settings;
  GApplication             *app;
  PursuitReminderScheduler *scheduler;
  PursuitNotifier          *notifier;

  /* What the app's own actions (from PursuitApplication) received. */
  GArray                   *opened_jobs;
  guint                     n_show_window;
  guint                     n_show_calendar;
  guint                     n_scheduler_needed;
} Fixture;

static void
server_method_call_cb (GDBusConnection       *connection,
                       const char            *sender,
                       const char            *object_path,
                       const char            *interface_name,
                       const char            *method_name,
                       GVariant              *parameters,
                       GDBusMethodInvocation *invocation,
                       gpointer               user_data)
{
  Fixture *fixture = user_data;

  if (g_str_equal (method_name, "Notify"))
    {
      guint32 replaces;

      g_variant_get_child (parameters, 1, "u", &replaces);
      g_ptr_array_add (fixture->notified, g_variant_ref (parameters));
      if (replaces == 0)
        replaces = ++fixture->last_id;
      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(u)", replaces));
    }
  else if (g_str_equal (method_name, "AddNotification"))
    {
      g_ptr_array_add (fixture->gtk_added, g_variant_ref (parameters));
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "RemoveNotification"))
    {
      g_autofree char *id = NULL;

      g_variant_get_child (parameters, 1, "s", &id);
      g_ptr_array_add (fixture->gtk_removed, g_steal_pointer (&id));
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "CloseNotification"))
    {
      fixture->n_closed++;
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "GetCapabilities"))
    {
      const char *caps[] = { "actions", "body", NULL };

      g_dbus_method_invocation_return_value (invocation, g_variant_new ("(^as)", caps));
    }
  else if (g_str_equal (method_name, "GetServerInformation"))
    {
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(ssss)", "fake", "Pursuit tests", "1", "1.2"));
    }
  else
    {
      g_dbus_method_invocation_return_dbus_error (invocation, "org.freedesktop.DBus.Error.UnknownMethod",
                                                  method_name);
    }
}

static const GDBusInterfaceVTable server_vtable = { server_method_call_cb, NULL, NULL, { 0 } };

static void
request_name (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  guint32 result;

  reply = g_dbus_connection_call_sync (fixture->server, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", name, 4),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &result);
  g_assert_cmpuint (result, ==, 1);
}

static void
start_server (Fixture *fixture)
{
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (notifications_xml, NULL);
  g_autoptr(GError) error = NULL;

  fixture->server = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (test_bus),
                                                            G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                            G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                            NULL, NULL, &error);
  g_assert_no_error (error);

  fixture->server_object = g_dbus_connection_register_object (fixture->server, "/org/freedesktop/Notifications",
                                                              info->interfaces[0], &server_vtable,
                                                              fixture, NULL, &error);
  g_assert_no_error (error);
  fixture->gtk_server_object = g_dbus_connection_register_object (fixture->server, "/org/gtk/Notifications",
                                                                  info->interfaces[1], &server_vtable,
                                                                  fixture, NULL, &error);
  g_assert_no_error (error);

  request_name (fixture, "org.freedesktop.Notifications");
  request_name (fixture, "org.gtk.Notifications");
}

static void
open_job_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  Fixture *fixture = user_data;
  gint64 job_id = g_variant_get_int64 (parameter);

  g_array_append_val (fixture->opened_jobs, job_id);
}

static void
show_window_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ((Fixture *) user_data)->n_show_window++;
}

static void
show_calendar_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  ((Fixture *) user_data)->n_show_calendar++;
}

/* The actions PursuitApplication has besides the notifier's. */
static const GActionEntry app_actions[] = {
  { "open-job", open_job_action, "x" },
  { "show-window", show_window_action },
  { "show-calendar", show_calendar_action },
};

static void flush_bus (Fixture *fixture);

/* The data of the tests that use the app's settings. */
#define WITH_SETTINGS GINT_TO_POINTER (1)

/* Looked up inside the test, after G_TEST_OPTION_ISOLATE_DIRS set the
 * folders: GLib keeps the ones it read before on purpose. */
static GSettings *
new_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GError) error = NULL;

  store_fixture_setup (&fixture->store, NULL);
  fixture->now = BASE_TIME;
  fixture->notified = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  fixture->gtk_added = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  fixture->gtk_removed = g_ptr_array_new_with_free_func (g_free);
  fixture->opened_jobs = g_array_new (FALSE, FALSE, sizeof (gint64));
  fixture->job_id = add_job (fixture->store.store, "Backend Engineer", "Acme", "applied");

  start_server (fixture);

  fixture->app = g_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);
  g_action_map_add_action_entries (G_ACTION_MAP (fixture->app), app_actions, G_N_ELEMENTS (app_actions), fixture);
  g_assert_true (g_application_register (fixture->app, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (fixture->app));

  fixture->scheduler = pursuit_reminder_scheduler_new (fixture->store.store);
  pursuit_reminder_scheduler_set_clock (fixture->scheduler, fake_clock_read, &fixture->now, NULL);
  pursuit_reminder_scheduler_set_time_zone (fixture->scheduler, utc);

  if (data == WITH_SETTINGS)
    fixture->settings = new_settings ();
  fixture->notifier = pursuit_notifier_new (fixture->app, fixture->settings);
  pursuit_notifier_set_clock (fixture->notifier, fake_clock_read, &fixture->now);
  pursuit_notifier_set_time_zone (fixture->notifier, utc);
  pursuit_notifier_set_clock_format (fixture->notifier, 0);
  pursuit_notifier_set_scheduler (fixture->notifier, fixture->scheduler);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  /* Without a store, the notifier takes back what it showed. GLib 2.74's
   * freedesktop backend crashes later if an app is finalized with
   * notifications still out. */
  pursuit_notifier_set_scheduler (fixture->notifier, NULL);
  flush_bus (fixture);
  g_assert_finalize_object (fixture->notifier);
  g_assert_finalize_object (fixture->scheduler);
  g_assert_finalize_object (fixture->app);
  g_clear_object (&fixture->settings);

  g_dbus_connection_unregister_object (fixture->server, fixture->server_object);
  g_dbus_connection_unregister_object (fixture->server, fixture->gtk_server_object);
  g_dbus_connection_close_sync (fixture->server, NULL, NULL);
  g_clear_object (&fixture->server);
  spin_until_idle ();

  g_clear_pointer (&fixture->notified, g_ptr_array_unref);
  g_clear_pointer (&fixture->gtk_added, g_ptr_array_unref);
  g_clear_pointer (&fixture->gtk_removed, g_ptr_array_unref);
  g_clear_pointer (&fixture->opened_jobs, g_array_unref);
  store_fixture_teardown (&fixture->store, NULL);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates until @array has @n items (or five seconds passed). */
static void
wait_for (Fixture   *fixture,
          GPtrArray *array,
          guint      n)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (5, on_timeout_cb, &timed_out);

  while (array->len < n && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout);
  g_assert_cmpuint (array->len, ==, n);

  /* GLib's backend keeps a pointer to its record for the reply, and
   * frees the record when the app goes: the reply must be in first. */
  flush_bus (fixture);
}

static void
wait_for_notifications (Fixture *fixture,
                        guint    n)
{
  wait_for (fixture, fixture->notified, n);
}

/* Round trips to the bus and back, so that anything sent already has
 * arrived. */
static void
ping_bus (GDBusConnection *connection)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "GetId", NULL, NULL,
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
}

/* Round trips to the bus from both sides, so that whatever either sent
 * has been delivered, then runs what arrived. */
static void
flush_bus (Fixture *fixture)
{
  spin_until_idle ();
  ping_bus (g_application_get_dbus_connection (fixture->app));
  ping_bus (fixture->server);
  ping_bus (g_application_get_dbus_connection (fixture->app));
  spin_until_idle ();
}

static const char *
notified_summary (Fixture *fixture,
                  guint    index)
{
  const char *summary;

  g_variant_get_child (g_ptr_array_index (fixture->notified, index), 3, "&s", &summary);
  return summary;
}

static const char *
notified_body (Fixture *fixture,
               guint    index)
{
  const char *body;

  g_variant_get_child (g_ptr_array_index (fixture->notified, index), 4, "&s", &body);
  return body;
}

static char *
notified_actions (Fixture *fixture,
                  guint    index)
{
  g_autofree const char **actions = NULL;

  g_variant_get_child (g_ptr_array_index (fixture->notified, index), 5, "^a&s", &actions);
  return g_strjoinv ("|", (char **) actions);
}

static GVariant *
notified_hint (Fixture    *fixture,
               guint       index,
               const char *name)
{
  g_autoptr(GVariant) hints = g_variant_get_child_value (g_ptr_array_index (fixture->notified, index), 6);

  return g_variant_lookup_value (hints, name, NULL);
}

static guchar
notified_urgency (Fixture *fixture,
                  guint    index)
{
  g_autoptr(GVariant) urgency = notified_hint (fixture, index, "urgency");

  g_assert_nonnull (urgency);
  return g_variant_get_byte (urgency);
}

/* What a notification server does when the user clicks: the backend
 * maps the id it got from Notify back to the GNotification. */
static void
invoke_action (Fixture    *fixture,
               guint32     notify_id,
               const char *action)
{
  g_autoptr(GError) error = NULL;

  g_dbus_connection_emit_signal (fixture->server, NULL, "/org/freedesktop/Notifications",
                                 "org.freedesktop.Notifications", "ActionInvoked",
                                 g_variant_new ("(us)", notify_id, action), &error);
  g_assert_no_error (error);
  flush_bus (fixture);
}

static void
activate_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);

  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

/* As GNOME Shell does for org.gtk.Notifications, and `gapplication
 * action` on the command line. Asynchronous: the app answers on this
 * thread's main context. */
static void
activate_over_dbus (Fixture    *fixture,
                    const char *action,
                    GVariant   *parameter)
{
  GVariantBuilder parameters;
  gboolean done = FALSE;

  g_variant_builder_init (&parameters, G_VARIANT_TYPE ("av"));
  if (parameter != NULL)
    g_variant_builder_add (&parameters, "v", parameter);

  g_dbus_connection_call (fixture->server, APP_ID, APP_PATH, "org.gtk.Actions", "Activate",
                          g_variant_new ("(sava{sv})", action, &parameters, NULL),
                          NULL, G_DBUS_CALL_FLAGS_NONE, 5000, NULL, activate_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  spin_until_idle ();
}

static const char *
follow_up_status (Fixture *fixture,
                  gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitFollowUp) follow_up = pursuit_store_get_follow_up (fixture->store.store, id, &error);
  static char status[32];

  g_assert_no_error (error);
  g_strlcpy (status, pursuit_follow_up_get_status (follow_up), sizeof status);
  return status;
}

static gboolean
note_done (Fixture *fixture,
           gint64   id)
{
  g_autoptr(GPtrArray) notes = pursuit_store_list_notes (fixture->store.store, fixture->job_id);

  for (guint i = 0; i < notes->len; i++)
    if (pursuit_note_get_id (g_ptr_array_index (notes, i)) == id)
      return pursuit_note_get_done (g_ptr_array_index (notes, i));

  g_assert_not_reached ();
}

static void
test_follow_up_done (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME);
  g_autofree char *key = reminder_key ("follow-up", follow_up, 0);
  g_autofree char *expected_actions = NULL;
  g_autofree char *actions = NULL;
  g_autofree char *done = NULL;
  g_autoptr(GVariant) desktop_entry = NULL;

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 1);

  g_assert_cmpstr (notified_summary (fixture, 0), ==, "Follow up with Acme");
  g_assert_cmpstr (notified_body (fixture, 0), ==, "Backend Engineer at Acme\nDue now");
  expected_actions = g_strdup_printf ("default||app.snooze-reminder('%s')|Snooze 1 Hour|app.done-reminder('%s')|Done",
                                      key, key);
  actions = notified_actions (fixture, 0);
  g_assert_cmpstr (actions, ==, expected_actions);
  desktop_entry = notified_hint (fixture, 0, "desktop-entry");
  g_assert_cmpstr (g_variant_get_string (desktop_entry, NULL), ==, APP_ID);
  g_assert_cmpuint (notified_urgency (fixture, 0), ==, 1);

  /* Exactly once, also for a scheduler of the next start. */
  fixture->now += 10 * MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  flush_bus (fixture);
  g_assert_cmpuint (fixture->notified->len, ==, 1);

  /* Done, clicked in the notification. */
  done = g_strdup_printf ("app.done-reminder('%s')", key);
  invoke_action (fixture, fixture->last_id, done);
  g_assert_cmpstr (follow_up_status (fixture, follow_up), ==, "done");

  fixture->now += DAY;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  flush_bus (fixture);
  g_assert_cmpuint (fixture->notified->len, ==, 1);
}

static void
test_note_done_over_dbus (Fixture       *fixture,
                          gconstpointer  data)
{
  gint64 note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Call Ada about the offer", BASE_TIME);
  g_autofree char *key = reminder_key ("note", note, 0);

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 1);
  g_assert_cmpstr (notified_summary (fixture, 0), ==, "Call Ada about the offer");
  g_assert_cmpstr (notified_body (fixture, 0), ==, "Backend Engineer at Acme");
  g_assert_false (note_done (fixture, note));

  activate_over_dbus (fixture, "done-reminder", g_variant_new_string (key));
  g_assert_true (note_done (fixture, note));
}

static void
test_snooze (Fixture       *fixture,
             gconstpointer  data)
{
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME - 2 * HOUR);
  g_autofree char *key = reminder_key ("follow-up", follow_up, 0);
  g_autofree char *snooze = g_strdup_printf ("app.snooze-reminder('%s')", key);

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 1);
  g_assert_cmpstr (notified_body (fixture, 0), ==, "Backend Engineer at Acme\nWas due today at 10:00");

  invoke_action (fixture, fixture->last_id, snooze);

  /* An hour without settings; the follow-up itself stays pending. */
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, fixture->now), ==, BASE_TIME + HOUR);
  g_assert_cmpstr (follow_up_status (fixture, follow_up), ==, "pending");

  fixture->now = BASE_TIME + HOUR - 1;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  fixture->now = BASE_TIME + HOUR;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 2);
  g_assert_cmpstr (notified_summary (fixture, 1), ==, "Follow up with Acme");
}

/* The settings cases need the app's schema compiled in the build dir. */
static gboolean
have_settings (Fixture *fixture)
{
  if (fixture->settings != NULL)
    return TRUE;

  g_test_skip ("The schema " APP_ID " is not compiled; set GSETTINGS_SCHEMA_DIR");
  return FALSE;
}

static void
test_snooze_settings (Fixture       *fixture,
                      gconstpointer  data)
{
  GSettings *settings = fixture->settings;

  if (!have_settings (fixture))
    return;
  gint64 note = add_note_due (fixture->store.store, fixture->job_id, "reminder", "Send the portfolio\nThe PDF, not the link", BASE_TIME);
  g_autofree char *key = reminder_key ("note", note, 0);
  g_autofree char *actions = NULL;
  g_autofree char *expected = NULL;

  g_settings_set_int (settings, "default-snooze-minutes", 15);

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 1);
  g_assert_cmpstr (notified_summary (fixture, 0), ==, "Send the portfolio");
  g_assert_cmpstr (notified_body (fixture, 0), ==, "Backend Engineer at Acme\nThe PDF, not the link");
  actions = notified_actions (fixture, 0);
  expected = g_strdup_printf ("default||app.snooze-reminder('%s')|Snooze 15 Minutes|app.done-reminder('%s')|Done",
                              key, key);
  g_assert_cmpstr (actions, ==, expected);

  activate_over_dbus (fixture, "snooze-reminder", g_variant_new_string (key));
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, fixture->now), ==, BASE_TIME + 15 * MINUTE);

  g_settings_reset (settings, "default-snooze-minutes");
}

static void
test_notify_off (Fixture       *fixture,
                 gconstpointer  data)
{
  GSettings *settings = fixture->settings;

  if (!have_settings (fixture))
    return;

  g_settings_set_boolean (settings, "notify-reminders", FALSE);
  add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME);

  /* Fired (so turning notifications on later brings no flood), but not
   * shown. */
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  flush_bus (fixture);
  g_assert_cmpuint (fixture->notified->len, ==, 0);

  g_settings_reset (settings, "notify-reminders");
}

static void
test_quiet_hours_settings (Fixture       *fixture,
                           gconstpointer  data)
{
  GSettings *settings = fixture->settings;

  if (!have_settings (fixture))
    return;

  /* 22:00 to 07:00 UTC (the fixture's zone). */
  g_settings_set_int (settings, "quiet-hours-start", 22 * 60);
  g_settings_set_int (settings, "quiet-hours-end", 7 * 60);
  g_assert_false (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, BASE_TIME + 11 * HOUR));
  g_settings_set_boolean (settings, "quiet-hours-enabled", TRUE);
  g_assert_true (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, BASE_TIME + 11 * HOUR));
  g_assert_false (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, BASE_TIME));

  add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME + 11 * HOUR);
  fixture->now = BASE_TIME + 11 * HOUR;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  fixture->now = BASE_TIME + 19 * HOUR;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 1);

  g_settings_reset (settings, "quiet-hours-enabled");
  g_settings_reset (settings, "quiet-hours-start");
  g_settings_reset (settings, "quiet-hours-end");
  g_assert_false (pursuit_reminder_scheduler_in_quiet_hours (fixture->scheduler, BASE_TIME + 11 * HOUR));
}

static void
test_interview (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 starts_at = BASE_TIME + DAY + 2 * HOUR;
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, starts_at, ROOM, "1440,60");
  g_autofree char *key = reminder_key ("interview", interview, 60);
  g_autofree char *done = g_strdup_printf ("app.done-reminder('%s')", key);

  /* A day before: tomorrow, 14:00 UTC. */
  fixture->now = starts_at - DAY;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 1);
  g_assert_cmpstr (notified_summary (fixture, 0), ==, "Interview at Acme tomorrow at 14:00");
  /* The location goes out as it is: the notification is plain text. */
  g_assert_cmpstr (notified_body (fixture, 0), ==,
                   "Technical interview · Backend Engineer at Acme\n"
                   "Tuesday 24 November, 14:00\n"
                   "Room 4, <b>Main</b> building");
  g_assert_cmpuint (notified_urgency (fixture, 0), ==, 1);

  /* An hour before: urgent. */
  fixture->now = starts_at - HOUR;
  pursuit_notifier_set_clock_format (fixture->notifier, 1);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 2);
  g_assert_cmpstr (notified_summary (fixture, 1), ==, "Interview at Acme in 1 hour");
  g_assert_cmpstr (notified_body (fixture, 1), ==,
                   "Technical interview · Backend Engineer at Acme\n"
                   "Tuesday 24 November, 2:00 PM\n"
                   "Room 4, <b>Main</b> building");
  /* GLib 2.74's freedesktop backend sends HIGH as normal urgency; the
   * priority itself is checked through the gtk backend. */
  g_assert_cmpuint (notified_urgency (fixture, 1), >=, 1);

  /* Done dismisses; the interview stays scheduled. */
  invoke_action (fixture, fixture->last_id, done);
  {
    g_autoptr(PursuitInterview) stored = pursuit_store_get_interview (fixture->store.store, interview, NULL);

    g_assert_cmpstr (pursuit_interview_get_status (stored), ==, "scheduled");
  }
  fixture->now = starts_at - 30 * MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);
  flush_bus (fixture);
  g_assert_cmpuint (fixture->notified->len, ==, 2);
}

static void
test_open (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME);
  g_autofree char *key = reminder_key ("follow-up", follow_up, 0);

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 1);

  /* Clicking the notification itself opens its job. */
  invoke_action (fixture, fixture->last_id, "default");
  g_assert_cmpuint (fixture->opened_jobs->len, ==, 1);
  g_assert_cmpint (g_array_index (fixture->opened_jobs, gint64, 0), ==, fixture->job_id);

  /* An item gone since opens the window. */
  g_assert_true (pursuit_store_remove_job (fixture->store.store, fixture->job_id, &error));
  g_assert_no_error (error);
  activate_over_dbus (fixture, "open-reminder", g_variant_new_string (key));
  g_assert_cmpuint (fixture->opened_jobs->len, ==, 1);
  g_assert_cmpuint (fixture->n_show_window, ==, 1);
}

static void
test_summary (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *actions = NULL;

  for (int i = 0; i < 5; i++)
    add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME - (5 - i) * HOUR);

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 5);
  wait_for_notifications (fixture, 1);
  flush_bus (fixture);
  g_assert_cmpuint (fixture->notified->len, ==, 1);

  g_assert_cmpstr (notified_summary (fixture, 0), ==, "5 reminders due");
  g_assert_cmpstr (notified_body (fixture, 0), ==,
                   "Follow up with Acme\nFollow up with Acme\nFollow up with Acme\nand 2 more");
  actions = notified_actions (fixture, 0);
  g_assert_cmpstr (actions, ==, "default||app.show-calendar|Open Calendar");

  invoke_action (fixture, fixture->last_id, "default");
  g_assert_cmpuint (fixture->n_show_calendar, ==, 1);
}

static void
test_done_elsewhere (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME);

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 1);
  flush_bus (fixture);

  /* Marked done on the job page: the notification is withdrawn. */
  g_assert_true (pursuit_store_set_follow_up_status (fixture->store.store, follow_up, "done", &error));
  g_assert_no_error (error);
  spin_until_idle ();
  flush_bus (fixture);
  g_assert_cmpuint (fixture->n_closed, ==, 1);
}

static void
on_state_changed_cb (GActionGroup *group,
                     const char   *name,
                     GVariant     *state,
                     gint64       *seen)
{
  if (g_str_equal (name, "pause-reminders"))
    *seen = g_variant_get_int64 (state);
}

static void
test_pause (Fixture       *fixture,
            gconstpointer  data)
{
  GActionGroup *group = G_ACTION_GROUP (fixture->app);
  g_autoptr(GVariant) state = NULL;
  gint64 seen = -1;
  gulong state_changed_id;

  state_changed_id = g_signal_connect (group, "action-state-changed", G_CALLBACK (on_state_changed_cb), &seen);
  g_assert_false (g_action_group_get_action_enabled (group, "resume-reminders"));

  activate_over_dbus (fixture, "pause-reminders", NULL);
  g_assert_cmpint (pursuit_reminder_scheduler_get_paused_until (fixture->scheduler), ==, BASE_TIME + HOUR);
  g_assert_cmpint (seen, ==, BASE_TIME + HOUR);
  g_assert_true (g_action_group_get_action_enabled (group, "resume-reminders"));

  add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME + MINUTE);
  fixture->now = BASE_TIME + 2 * MINUTE;
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 0);

  activate_over_dbus (fixture, "resume-reminders", NULL);
  g_assert_cmpint (pursuit_reminder_scheduler_get_paused_until (fixture->scheduler), ==, 0);
  g_assert_cmpint (seen, ==, 0);
  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 1);
  wait_for_notifications (fixture, 1);

  /* The state can be set: the pause ends by itself at that time. */
  g_action_group_change_action_state (group, "pause-reminders", g_variant_new_int64 (fixture->now + 10 * MINUTE));
  g_assert_cmpint (pursuit_reminder_scheduler_get_paused_until (fixture->scheduler), ==, fixture->now + 10 * MINUTE);
  fixture->now += 10 * MINUTE;
  pursuit_reminder_scheduler_check_now (fixture->scheduler);
  state = g_action_group_get_action_state (group, "pause-reminders");
  g_assert_cmpint (g_variant_get_int64 (state), ==, 0);

  /* A pause carries over to the scheduler of another store. */
  activate_over_dbus (fixture, "pause-reminders", NULL);
  {
    g_autoptr(PursuitReminderScheduler) other = pursuit_reminder_scheduler_new (fixture->store.store);

    pursuit_reminder_scheduler_set_clock (other, fake_clock_read, &fixture->now, NULL);
    pursuit_notifier_set_scheduler (fixture->notifier, other);
    g_assert_cmpint (pursuit_reminder_scheduler_get_paused_until (other), ==, fixture->now + HOUR);
    pursuit_notifier_set_scheduler (fixture->notifier, fixture->scheduler);
  }

  g_signal_handler_disconnect (group, state_changed_id);
}

static void
on_scheduler_needed_cb (PursuitNotifier *notifier,
                        Fixture         *fixture)
{
  fixture->n_scheduler_needed++;
  pursuit_notifier_set_scheduler (notifier, fixture->scheduler);
}

/* Done in a notification after Pursuit quit: D-Bus starts the app, whose
 * store is not open yet. */
static void
test_scheduler_needed (Fixture       *fixture,
                       gconstpointer  data)
{
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME);
  g_autofree char *key = reminder_key ("follow-up", follow_up, 0);

  pursuit_notifier_set_scheduler (fixture->notifier, NULL);
  g_assert_null (pursuit_notifier_get_scheduler (fixture->notifier));
  g_signal_connect (fixture->notifier, "scheduler-needed", G_CALLBACK (on_scheduler_needed_cb), fixture);

  activate_over_dbus (fixture, "done-reminder", g_variant_new_string (key));
  g_assert_true (pursuit_notifier_get_scheduler (fixture->notifier) == fixture->scheduler);
  g_assert_cmpuint (fixture->n_scheduler_needed, ==, 1);
  g_assert_cmpstr (follow_up_status (fixture, follow_up), ==, "done");

  /* Asked once only. */
  activate_over_dbus (fixture, "open-reminder", g_variant_new_string (key));
  g_assert_cmpuint (fixture->n_scheduler_needed, ==, 1);
  g_assert_cmpuint (fixture->opened_jobs->len, ==, 1);
}

static void
test_hostile_keys (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *keys[] = {
    "", "garbage", "follow-up", "follow-up:1", "follow-up:1:0:0", "follow-up:x:0", "follow-up:-1:0",
    "follow-up:0:0", "follow-up:1:15", "interview:1:-15", "interview:99999999999999999999:0",
    "note:999:0", "interview:999:60", "follow-up:999:0", "meeting:1:0", "follow-up:1:0\n",
  };
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME + DAY);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      activate_over_dbus (fixture, "done-reminder", g_variant_new_string (keys[i]));
      activate_over_dbus (fixture, "snooze-reminder", g_variant_new_string (keys[i]));
      activate_over_dbus (fixture, "open-reminder", g_variant_new_string (keys[i]));
    }

  /* Nothing was touched; unknown items open the window. */
  g_assert_cmpstr (follow_up_status (fixture, follow_up), ==, "pending");
  g_assert_cmpint (pursuit_store_next_reminder_at (fixture->store.store, fixture->now), ==, BASE_TIME + DAY);
  g_assert_cmpuint (fixture->opened_jobs->len, ==, 0);
  g_assert_cmpuint (fixture->n_show_window, ==, G_N_ELEMENTS (keys));

}

static GVariant *
find_gtk_notification (Fixture    *fixture,
                       const char *id)
{
  for (guint i = 0; i < fixture->gtk_added->len; i++)
    {
      GVariant *added = g_ptr_array_index (fixture->gtk_added, i);
      const char *app_id, *added_id;

      g_variant_get_child (added, 0, "&s", &app_id);
      g_variant_get_child (added, 1, "&s", &added_id);
      g_assert_cmpstr (app_id, ==, APP_ID);
      if (g_str_equal (added_id, id))
        return g_variant_get_child_value (added, 2);
    }

  g_assert_not_reached ();
}

static void
assert_lookup_string (GVariant   *dict,
                      const char *key,
                      const char *expected)
{
  const char *value = NULL;

  g_assert_true (g_variant_lookup (dict, key, "&s", &value));
  g_assert_cmpstr (value, ==, expected);
}

static gboolean
has_removed (Fixture    *fixture,
             const char *id)
{
  for (guint i = 0; i < fixture->gtk_removed->len; i++)
    if (g_str_equal (g_ptr_array_index (fixture->gtk_removed, i), id))
      return TRUE;

  return FALSE;
}

/* GNOME Shell's own interface: the priority goes across as it is, and
 * withdrawing names the notification. */
static void
test_gtk_backend (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 follow_up = add_follow_up_due (fixture->store.store, fixture->job_id, BASE_TIME);
  gint64 interview = add_reminding_interview (fixture->store.store, fixture->job_id, BASE_TIME + HOUR, ROOM, "60");
  g_autofree char *follow_up_key = reminder_key ("follow-up", follow_up, 0);
  g_autofree char *interview_key = reminder_key ("interview", interview, 60);
  g_autofree char *follow_up_id = g_strconcat ("reminder-", follow_up_key, NULL);
  g_autofree char *interview_id = g_strconcat ("reminder-", interview_key, NULL);
  g_autoptr(GVariant) follow_up_dict = NULL;
  g_autoptr(GVariant) interview_dict = NULL;
  g_autoptr(GVariant) target = NULL;
  g_autoptr(GVariant) buttons = NULL;
  g_autoptr(GVariant) snooze = NULL;
  g_autoptr(GVariant) snooze_target = NULL;

  g_assert_cmpuint (pursuit_reminder_scheduler_check_now (fixture->scheduler), ==, 2);
  wait_for (fixture, fixture->gtk_added, 2);
  flush_bus (fixture);
  g_assert_cmpuint (fixture->notified->len, ==, 0);

  follow_up_dict = find_gtk_notification (fixture, follow_up_id);
  assert_lookup_string (follow_up_dict, "title", "Follow up with Acme");
  assert_lookup_string (follow_up_dict, "body", "Backend Engineer at Acme\nDue now");
  assert_lookup_string (follow_up_dict, "priority", "normal");

  interview_dict = find_gtk_notification (fixture, interview_id);
  assert_lookup_string (interview_dict, "title", "Interview at Acme in 1 hour");
  assert_lookup_string (interview_dict, "priority", "high");
  assert_lookup_string (interview_dict, "default-action", "app.open-reminder");
  target = g_variant_lookup_value (interview_dict, "default-action-target", G_VARIANT_TYPE_STRING);
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, interview_key);

  buttons = g_variant_lookup_value (interview_dict, "buttons", G_VARIANT_TYPE ("aa{sv}"));
  g_assert_nonnull (buttons);
  g_assert_cmpuint (g_variant_n_children (buttons), ==, 2);
  snooze = g_variant_get_child_value (buttons, 0);
  assert_lookup_string (snooze, "label", "Snooze 1 Hour");
  assert_lookup_string (snooze, "action", "app.snooze-reminder");
  snooze_target = g_variant_lookup_value (snooze, "target", G_VARIANT_TYPE_STRING);
  g_assert_cmpstr (g_variant_get_string (snooze_target, NULL), ==, interview_key);

  /* Done on the job page takes the notification away... */
  g_assert_true (pursuit_store_set_follow_up_status (fixture->store.store, follow_up, "done", &error));
  g_assert_no_error (error);
  wait_for (fixture, fixture->gtk_removed, 1);
  g_assert_true (has_removed (fixture, follow_up_id));

  /* ...and so does Done, which GNOME Shell activates over D-Bus. */
  activate_over_dbus (fixture, "done-reminder", g_variant_new_string (interview_key));
  wait_for (fixture, fixture->gtk_removed, 2);
  g_assert_true (has_removed (fixture, interview_id));
}

static void
assert_relative (gint64      at,
                 gint64      now,
                 GTimeZone  *tz,
                 gboolean    twelve_hour,
                 const char *expected)
{
  g_autofree char *text = pursuit_notifier_format_relative (at, now, tz, twelve_hour);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_format_relative (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  gint64 now = BASE_TIME; /* Monday 12:00 UTC */

  assert_relative (now, now, utc, FALSE, "now");
  assert_relative (now + 20, now, utc, FALSE, "now");
  assert_relative (now + MINUTE, now, utc, FALSE, "in 1 minute");
  assert_relative (now + 15 * MINUTE - 10, now, utc, FALSE, "in 15 minutes");
  assert_relative (now + HOUR, now, utc, FALSE, "in 1 hour");
  assert_relative (now + 3 * HOUR, now, utc, FALSE, "in 3 hours");
  assert_relative (now + 90 * MINUTE, now, utc, FALSE, "today at 13:30");
  assert_relative (now + 90 * MINUTE, now, utc, TRUE, "today at 1:30 PM");
  assert_relative (now + DAY + 2 * HOUR, now, utc, FALSE, "tomorrow at 14:00");
  assert_relative (now + DAY + 2 * HOUR, now, utc, TRUE, "tomorrow at 2:00 PM");
  assert_relative (now + 13 * HOUR, now, utc, FALSE, "tomorrow at 01:00");
  assert_relative (now - 5 * MINUTE, now, utc, FALSE, "5 minutes ago");
  assert_relative (now - 3 * HOUR, now, utc, FALSE, "today at 09:00");
  assert_relative (now - DAY - 3 * HOUR, now, utc, TRUE, "yesterday at 9:00 AM");
  assert_relative (now + 2 * DAY, now, utc, FALSE, "on Wednesday at 12:00");
  assert_relative (now + 6 * DAY, now, utc, FALSE, "on Sunday at 12:00");
  assert_relative (now + 10 * DAY, now, utc, FALSE, "on 3 December at 12:00");
  assert_relative (now + 60 * DAY, now, utc, FALSE, "on 22 January 2027 at 12:00");
  assert_relative (now - 3 * DAY, now, utc, FALSE, "on 20 November at 12:00");

  /* Days by the local calendar: 23:30 UTC is already Tuesday in
   * Berlin. */
  if (berlin != NULL)
    {
      assert_relative (now + 11 * HOUR + 30 * MINUTE, now, berlin, FALSE, "tomorrow at 00:30");
      assert_relative (now + 11 * HOUR + 30 * MINUTE, now, utc, FALSE, "today at 23:30");
    }
}

static void
test_locale_clock (void)
{
  /* The tests run in C.UTF-8: a 24-hour clock. */
  g_assert_false (pursuit_notifier_locale_uses_12h ());
}

static void
add_freedesktop_tests (void)
{
  g_test_add_func ("/notifications/format-relative", test_format_relative);
  g_test_add_func ("/notifications/locale-clock", test_locale_clock);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/notifications/follow-up/done", test_follow_up_done);
  ADD ("/notifications/follow-up/snooze", test_snooze);
  ADD ("/notifications/note/done", test_note_done_over_dbus);
  ADD ("/notifications/interview", test_interview);
  ADD ("/notifications/open", test_open);
  ADD ("/notifications/summary", test_summary);
  ADD ("/notifications/done-elsewhere", test_done_elsewhere);
  ADD ("/notifications/pause", test_pause);
  ADD ("/notifications/hostile-keys", test_hostile_keys);
  ADD ("/notifications/scheduler-needed", test_scheduler_needed);
#undef ADD

  g_test_add ("/notifications/settings/snooze", Fixture, WITH_SETTINGS, fixture_setup, test_snooze_settings,
              fixture_teardown);
  g_test_add ("/notifications/settings/notify-off", Fixture, WITH_SETTINGS, fixture_setup, test_notify_off,
              fixture_teardown);
  g_test_add ("/notifications/settings/quiet-hours", Fixture, WITH_SETTINGS, fixture_setup,
              test_quiet_hours_settings, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  /* The freedesktop backend unless the test is run for another (GLib
   * picks one per process). */
  g_setenv ("GNOTIFICATION_BACKEND", "freedesktop", FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* One private bus for the whole run: the app and the fake server are
   * made anew for each test. */
  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (test_bus);

  if (g_str_equal (g_getenv ("GNOTIFICATION_BACKEND"), "gtk"))
    g_test_add ("/notifications/gtk-backend", Fixture, NULL, fixture_setup, test_gtk_backend, fixture_teardown);
  else
    add_freedesktop_tests ();

  result = g_test_run ();

  g_test_dbus_down (test_bus);
  g_clear_object (&test_bus);

  return result;
}
