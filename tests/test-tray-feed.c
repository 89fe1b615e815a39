/* test-tray-feed.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "pursuit-test-bus.h"
#include "pursuit-test-store.h"
#include "pursuit-tray-feed.h"
#include "pursuit-tray-private.h"

/* The tray fed from a store: today's agenda as menu entries, the due
 * count as the icon's status, the pause, the setting that hides it, and
 * the day changing at midnight, read over D-Bus as a panel reads it. */

typedef struct
{
  StoreFixture     store;
  GTestDBus       *bus;
  GApplication    *app;
  GSettings       *settings;
  GDBusConnection *host;
  GTimeZone       *berlin;
  PursuitTrayFeed *feed;
  gint64           now;
  GPtrArray       *activations;
} Fixture;

static const GActionEntry app_actions[] = {
  { "show-window", record_activation },
  { "open-job", record_activation, "x" },
  /* As the notifier has it: the pause's end, unix seconds. */
  { "pause-reminders", record_activation, NULL, "int64 0" },
};

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  store_fixture_setup (&fixture->store, NULL);

  fixture->bus = private_bus_up ();

  fixture->activations = g_ptr_array_new_with_free_func (g_free);
  fixture->berlin = g_time_zone_new_identifier ("Europe/Berlin");
  g_assert_nonnull (fixture->berlin);
  fixture->now = unix_time_in (fixture->berlin, 2026, 11, 23, 10, 0);

  fixture->app = g_application_new ("io.github.pursuit.PursuitTrayFeedTest", G_APPLICATION_DEFAULT_FLAGS);
  g_action_map_add_action_entries (G_ACTION_MAP (fixture->app), app_actions, G_N_ELEMENTS (app_actions),
                                   fixture->activations);
  g_application_register (fixture->app, NULL, &error);
  g_assert_no_error (error);

  fixture->settings = new_memory_settings ();
  fixture->host = new_bus_connection ();
}

static void
start_feed (Fixture *fixture)
{
  fixture->feed = pursuit_tray_feed_new (fixture->app, fixture->settings);
  pursuit_tray_feed_set_time_zone (fixture->feed, fixture->berlin);
  pursuit_tray_feed_set_clock (fixture->feed, fake_clock_read, &fixture->now);
  pursuit_tray_feed_set_store (fixture->feed, fixture->store.store);
  g_assert_nonnull (pursuit_tray_feed_get_tray (fixture->feed));
  spin_until (pursuit_tray_get_bus_name (pursuit_tray_feed_get_tray (fixture->feed)) != NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->feed != NULL)
    g_assert_finalize_object (fixture->feed);

  g_dbus_connection_close_sync (fixture->host, NULL, NULL);
  g_clear_object (&fixture->host);
  g_clear_object (&fixture->settings);
  /* Activations still queued hold the application. */
  spin_until (G_OBJECT (fixture->app)->ref_count == 1);
  g_clear_object (&fixture->app);
  g_clear_pointer (&fixture->berlin, g_time_zone_unref);
  g_ptr_array_unref (fixture->activations);

  private_bus_down (fixture->bus);
  store_fixture_teardown (&fixture->store, NULL);
}

static GVariant *
call_tray (Fixture            *fixture,
           const char         *path,
           const char         *interface,
           const char         *method,
           GVariant           *parameters,
           const GVariantType *reply_type)
{
  return bus_call (fixture->host, pursuit_tray_get_bus_name (pursuit_tray_feed_get_tray (fixture->feed)),
                   path, interface, method, parameters, reply_type, NULL);
}

/* The root's children as "label|-|label", and the revision. */
static char *
dup_menu (Fixture *fixture,
          guint   *revision)
{
  g_autoptr(GVariant) reply = call_tray (fixture, PURSUIT_TRAY_MENU_PATH, "com.canonical.dbusmenu", "GetLayout",
                                         g_variant_new ("(ii@as)", 0, -1, g_variant_new_strv (NULL, 0)),
                                         G_VARIANT_TYPE ("(u(ia{sv}av))"));
  g_autoptr(GVariant) layout = g_variant_get_child_value (reply, 1);
  g_autoptr(GVariant) children = g_variant_get_child_value (layout, 2);
  g_autoptr(GString) labels = g_string_new (NULL);

  if (revision != NULL)
    g_variant_get_child (reply, 0, "u", revision);

  for (gsize i = 0; i < g_variant_n_children (children); i++)
    {
      g_autoptr(GVariant) boxed = g_variant_get_child_value (children, i);
      g_autoptr(GVariant) child = g_variant_get_variant (boxed);
      g_autoptr(GVariant) props = g_variant_get_child_value (child, 1);
      const char *label = "-";

      g_variant_lookup (props, "label", "&s", &label);
      if (i > 0)
        g_string_append_c (labels, '|');
      g_string_append (labels, label);
    }

  return g_string_free (g_steal_pointer (&labels), FALSE);
}

static char *
dup_status (Fixture *fixture)
{
  g_autoptr(GVariant) reply = call_tray (fixture, PURSUIT_TRAY_ITEM_PATH, "org.freedesktop.DBus.Properties",
                                         "Get", g_variant_new ("(ss)", "org.kde.StatusNotifierItem", "Status"),
                                         G_VARIANT_TYPE ("(v)"));
  g_autoptr(GVariant) value = NULL;

  g_variant_get (reply, "(v)", &value);

  return g_variant_dup_string (value, NULL);
}

static void
add_interview (Fixture *fixture,
               gint64   job_id,
               gint64   starts_at)
{
  g_autoptr(PursuitInterview) interview = make_interview (job_id, "technical", starts_at, 60);

  store_interview (fixture->store.store, interview);
}

static void
add_pending_follow_up (Fixture *fixture,
                       gint64   job_id,
                       gint64   due_at)
{
  g_autoptr(PursuitFollowUp) follow_up = make_follow_up (job_id, "after_applied", due_at);

  pursuit_follow_up_set_status (follow_up, "pending");
  store_follow_up (fixture->store.store, follow_up);
}

static void
test_feed_today (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *menu = NULL;
  g_autofree char *status = NULL;
  gint64 acme = add_job_with_deadline (fixture->store.store, "Backend Engineer", "Acme", NULL);
  gint64 globex = add_job_with_deadline (fixture->store.store, "Designer", "Globex", NULL);
  gint64 initech = add_job_with_deadline (fixture->store.store, "Analyst", "Initech", "2026-11-23");
  gint64 untitled = add_job_with_deadline (fixture->store.store, "Data_Engineer", "", NULL);

  add_interview (fixture, acme, unix_time_in (fixture->berlin, 2026, 11, 23, 14, 0));
  add_pending_follow_up (fixture, globex, unix_time_in (fixture->berlin, 2026, 11, 23, 9, 0));
  add_note_due (fixture->store.store, untitled, "reminder", "Call back the recruiter\nabout pay", unix_time_in (fixture->berlin, 2026, 11, 23, 16, 30));
  /* Tomorrow and yesterday stay out. */
  add_pending_follow_up (fixture, acme, unix_time_in (fixture->berlin, 2026, 11, 24, 9, 0));
  add_interview (fixture, globex, unix_time_in (fixture->berlin, 2026, 11, 22, 23, 0));
  (void) initech;

  start_feed (fixture);

  menu = dup_menu (fixture, NULL);
  g_assert_cmpstr (menu, ==,
                   "Open Pursuit|-|4 items due today"
                   "|Deadline — Initech"
                   "|Follow up — Globex"
                   "|14:00 Interview — Acme"
                   "|16:30 Reminder — Data__Engineer: Call back the recruiter"
                   "|-|Pause Reminders for 1 Hour|-|Quit");

  /* The follow-up at 9:00 is due at 10:00. */
  status = dup_status (fixture);
  g_assert_cmpstr (status, ==, "NeedsAttention");

  /* An entry opens its job. */
  {
    g_autoptr(GVariant) reply = call_tray (fixture, PURSUIT_TRAY_MENU_PATH, "com.canonical.dbusmenu", "Event",
                                           g_variant_new ("(isvu)", PURSUIT_TRAY_MENU_FIRST_ENTRY + 2, "clicked",
                                                          g_variant_new_int32 (0), 0),
                                           NULL);
    g_autofree char *expected = g_strdup_printf ("open-job %" G_GINT64_FORMAT, acme);

    spin_until (fixture->activations->len == 1);
    g_assert_cmpstr (g_ptr_array_index (fixture->activations, 0), ==, expected);
  }
}

/* A change in the store shows without asking; the day ends at midnight. */
static void
test_feed_follows_store (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *menu = NULL;
  g_autofree char *status = NULL;
  guint revision = 0, new_revision = 0;
  gint64 acme = add_job_with_deadline (fixture->store.store, "Backend Engineer", "Acme", NULL);

  start_feed (fixture);
  menu = dup_menu (fixture, &revision);
  g_assert_cmpstr (menu, ==, "Open Pursuit|-|No items due today|-|Pause Reminders for 1 Hour|-|Quit");
  status = dup_status (fixture);
  g_assert_cmpstr (status, ==, "Active");

  add_interview (fixture, acme, unix_time_in (fixture->berlin, 2026, 11, 23, 17, 45));
  add_pending_follow_up (fixture, acme, unix_time_in (fixture->berlin, 2026, 11, 24, 8, 0));
  do
    {
      g_clear_pointer (&menu, g_free);
      menu = dup_menu (fixture, &new_revision);
    }
  while (new_revision == revision);
  g_assert_cmpstr (menu, ==,
                   "Open Pursuit|-|1 item due today|17:45 Interview — Acme|-|Pause Reminders for 1 Hour|-|Quit");
  g_clear_pointer (&status, g_free);
  status = dup_status (fixture);
  g_assert_cmpstr (status, ==, "Active");

  /* 17:30: the interview is a quarter of an hour away. */
  fixture->now = unix_time_in (fixture->berlin, 2026, 11, 23, 17, 30);
  pursuit_tray_feed_refresh (fixture->feed);
  g_clear_pointer (&status, g_free);
  status = dup_status (fixture);
  g_assert_cmpstr (status, ==, "NeedsAttention");

  /* After midnight: tomorrow's follow-up, not yesterday's interview. */
  fixture->now = unix_time_in (fixture->berlin, 2026, 11, 24, 0, 0) + 30;
  pursuit_tray_feed_refresh (fixture->feed);
  g_clear_pointer (&menu, g_free);
  menu = dup_menu (fixture, NULL);
  g_assert_cmpstr (menu, ==, "Open Pursuit|-|1 item due today|Follow up — Acme|-|Pause Reminders for 1 Hour|-|Quit");
  g_clear_pointer (&status, g_free);
  status = dup_status (fixture);
  g_assert_cmpstr (status, ==, "Active");
}

/* The day of the switch to winter time has 25 hours: an item at 23:30
 * is still today. */
static void
test_feed_dst (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *menu = NULL;
  gint64 acme = add_job_with_deadline (fixture->store.store, "Backend Engineer", "Acme", NULL);

  add_interview (fixture, acme, unix_time_in (fixture->berlin, 2026, 10, 25, 23, 30));
  add_interview (fixture, acme, unix_time_in (fixture->berlin, 2026, 10, 26, 0, 30));
  fixture->now = unix_time_in (fixture->berlin, 2026, 10, 25, 1, 0);

  start_feed (fixture);
  menu = dup_menu (fixture, NULL);
  g_assert_cmpstr (menu, ==,
                   "Open Pursuit|-|1 item due today|23:30 Interview — Acme|-|Pause Reminders for 1 Hour|-|Quit");

  /* GNOME's 12-hour clock. */
  pursuit_tray_feed_set_clock_format (fixture->feed, 1);
  g_clear_pointer (&menu, g_free);
  menu = dup_menu (fixture, NULL);
  g_assert_cmpstr (menu, ==,
                   "Open Pursuit|-|1 item due today|11:30 PM Interview — Acme|-|Pause Reminders for 1 Hour|-|Quit");
}

static void
test_feed_paused (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) value = NULL;
  GAction *pause = g_action_map_lookup_action (G_ACTION_MAP (fixture->app), "pause-reminders");
  int state = -1;

  start_feed (fixture);

  g_simple_action_set_state (G_SIMPLE_ACTION (pause), g_variant_new_int64 (fixture->now + 3600));
  do
    {
      g_clear_pointer (&reply, g_variant_unref);
      g_clear_pointer (&value, g_variant_unref);
      reply = call_tray (fixture, PURSUIT_TRAY_MENU_PATH, "com.canonical.dbusmenu", "GetProperty",
                         g_variant_new ("(is)", PURSUIT_TRAY_MENU_PAUSE, "toggle-state"), G_VARIANT_TYPE ("(v)"));
      g_variant_get (reply, "(v)", &value);
      state = g_variant_get_int32 (value);
    }
  while (state != 1);

  /* The pause is over when its time has passed, whatever the state says. */
  fixture->now += 3601;
  pursuit_tray_feed_refresh (fixture->feed);
  g_clear_pointer (&reply, g_variant_unref);
  g_clear_pointer (&value, g_variant_unref);
  reply = call_tray (fixture, PURSUIT_TRAY_MENU_PATH, "com.canonical.dbusmenu", "GetProperty",
                     g_variant_new ("(is)", PURSUIT_TRAY_MENU_PAUSE, "toggle-state"), G_VARIANT_TYPE ("(v)"));
  g_variant_get (reply, "(v)", &value);
  g_assert_cmpint (g_variant_get_int32 (value), ==, 0);
}

static void
test_feed_setting (Fixture       *fixture,
                   gconstpointer  data)
{
  g_settings_set_boolean (fixture->settings, "show-tray-icon", FALSE);
  fixture->feed = pursuit_tray_feed_new (fixture->app, fixture->settings);
  pursuit_tray_feed_set_store (fixture->feed, fixture->store.store);
  g_assert_null (pursuit_tray_feed_get_tray (fixture->feed));

  g_settings_set_boolean (fixture->settings, "show-tray-icon", TRUE);
  g_assert_nonnull (pursuit_tray_feed_get_tray (fixture->feed));
  spin_until (pursuit_tray_get_bus_name (pursuit_tray_feed_get_tray (fixture->feed)) != NULL);

  g_settings_set_boolean (fixture->settings, "show-tray-icon", FALSE);
  g_assert_null (pursuit_tray_feed_get_tray (fixture->feed));

  /* The store keeps changing while the icon is off: nothing to do. */
  add_job_with_deadline (fixture->store.store, "Backend Engineer", "Acme", NULL);
  spin_until_idle ();
}

static void
test_feed_labels (void)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(PursuitAgendaItem) interview = pursuit_agenda_item_new (PURSUIT_AGENDA_INTERVIEW, 1, 2);
  g_autoptr(PursuitAgendaItem) reminder = pursuit_agenda_item_new (PURSUIT_AGENDA_REMINDER, 3, 2);
  g_autoptr(PursuitAgendaItem) follow_up = pursuit_agenda_item_new (PURSUIT_AGENDA_FOLLOW_UP, 4, 2);
  g_autoptr(PursuitAgendaItem) deadline = pursuit_agenda_item_new (PURSUIT_AGENDA_DEADLINE, 2, 2);
  gint64 at = 1795392000 + 14 * 3600 + 5 * 60; /* 2026-11-23 14:05 UTC */
  char *label;

  pursuit_agenda_item_set_company (interview, "Acme");
  pursuit_agenda_item_set_times (interview, at, at + 3600, FALSE);

  label = pursuit_tray_feed_format_label (interview, utc, FALSE);
  g_assert_cmpstr (label, ==, "14:05 Interview — Acme");
  g_free (label);
  label = pursuit_tray_feed_format_label (interview, utc, TRUE);
  g_assert_cmpstr (label, ==, "2:05 PM Interview — Acme");
  g_free (label);

  /* No company: the title; neither: a stand-in. */
  pursuit_agenda_item_set_company (follow_up, "");
  pursuit_agenda_item_set_job_title (follow_up, "Backend <b>Engineer</b>");
  label = pursuit_tray_feed_format_label (follow_up, utc, FALSE);
  g_assert_cmpstr (label, ==, "Follow up — Backend <b>Engineer</b>");
  g_free (label);
  label = pursuit_tray_feed_format_label (deadline, utc, FALSE);
  g_assert_cmpstr (label, ==, "Deadline — Untitled Job");
  g_free (label);

  /* A reminder: the first line of its text, cut short. */
  pursuit_agenda_item_set_company (reminder, "Globex");
  pursuit_agenda_item_set_times (reminder, at, at, FALSE);
  pursuit_agenda_item_set_summary (reminder, "  Ask about the relocation package and the start date\nsecond line");
  label = pursuit_tray_feed_format_label (reminder, utc, FALSE);
  g_assert_cmpstr (label, ==, "14:05 Reminder — Globex: Ask about the relocation package and…");
  g_assert_cmpuint (g_utf8_strlen (strstr (label, ": ") + 2, -1), <=, 40);
  g_free (label);
  pursuit_agenda_item_set_summary (reminder, "\n");
  label = pursuit_tray_feed_format_label (reminder, utc, FALSE);
  g_assert_cmpstr (label, ==, "14:05 Reminder — Globex");
  g_free (label);
  pursuit_agenda_item_set_summary (reminder, "Bad \xff byte");
  label = pursuit_tray_feed_format_label (reminder, utc, FALSE);
  g_assert_true (g_utf8_validate (label, -1, NULL));
  g_free (label);

  /* Due: interviews from a quarter of an hour before until their end. */
  g_assert_false (pursuit_tray_feed_item_is_due (interview, at - 16 * 60));
  g_assert_true (pursuit_tray_feed_item_is_due (interview, at - 15 * 60));
  g_assert_true (pursuit_tray_feed_item_is_due (interview, at + 3599));
  g_assert_false (pursuit_tray_feed_item_is_due (interview, at + 3600));
  g_assert_false (pursuit_tray_feed_item_is_due (reminder, at - 1));
  g_assert_true (pursuit_tray_feed_item_is_due (reminder, at));
  g_assert_true (pursuit_tray_feed_item_is_due (reminder, at + 86400));
  g_assert_false (pursuit_tray_feed_item_is_due (deadline, at));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/tray-feed/today", test_feed_today);
  ADD ("/tray-feed/follows-store", test_feed_follows_store);
  ADD ("/tray-feed/dst", test_feed_dst);
  ADD ("/tray-feed/paused", test_feed_paused);
  ADD ("/tray-feed/setting", test_feed_setting);
#undef ADD
  g_test_add_func ("/tray-feed/labels", test_feed_labels);

  return g_test_run ();
}
