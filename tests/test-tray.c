/* test-tray.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "pursuit-test-bus.h"
#include "pursuit-tray.h"
#include "pursuit-tray-private.h"

/* The tray on a private session bus (GTestDBus), seen from a fake
 * org.kde.StatusNotifierWatcher on a connection of its own, the way a
 * panel sees it: registration, properties, the dbusmenu layout, events,
 * signals, a watcher that restarts or comes late, and none at all. */

#define ITEM_INTERFACE "org.kde.StatusNotifierItem"
#define MENU_INTERFACE "com.canonical.dbusmenu"
#define WATCHER_NAME   "org.kde.StatusNotifierWatcher"

/* Fake watcher ------------------------------------------------------------ */

static const char watcher_xml[] =
  "<node>"
  "  <interface name='org.kde.StatusNotifierWatcher'>"
  "    <method name='RegisterStatusNotifierItem'>"
  "      <arg name='service' type='s' direction='in'/>"
  "    </method>"
  "    <method name='RegisterStatusNotifierHost'>"
  "      <arg name='service' type='s' direction='in'/>"
  "    </method>"
  "    <property name='RegisteredStatusNotifierItems' type='as' access='read'/>"
  "    <property name='IsStatusNotifierHostRegistered' type='b' access='read'/>"
  "    <property name='ProtocolVersion' type='i' access='read'/>"
  "  </interface>"
  "</node>";

typedef struct
{
  GDBusConnection *connection;
  GDBusNodeInfo   *info;
  guint            registration_id;
  guint            own_id;
  gboolean         refuse;
  /* One sender and one argument per RegisterStatusNotifierItem. */
  GPtrArray       *senders;
  GPtrArray       *arguments;
} FakeWatcher;

static void
watcher_method_call (GDBusConnection       *connection,
                     const char            *sender,
                     const char            *object_path,
                     const char            *interface_name,
                     const char            *method_name,
                     GVariant              *parameters,
                     GDBusMethodInvocation *invocation,
                     gpointer               user_data)
{
  FakeWatcher *watcher = user_data;
  const char *argument;

  if (!g_str_equal (method_name, "RegisterStatusNotifierItem"))
    {
      g_dbus_method_invocation_return_value (invocation, NULL);
      return;
    }

  if (watcher->refuse)
    {
      g_dbus_method_invocation_return_dbus_error (invocation, "org.freedesktop.DBus.Error.Failed",
                                                  "No room in this tray");
      return;
    }

  g_variant_get (parameters, "(&s)", &argument);
  g_ptr_array_add (watcher->senders, g_strdup (sender));
  g_ptr_array_add (watcher->arguments, g_strdup (argument));
  g_dbus_method_invocation_return_value (invocation, NULL);
}

static GVariant *
watcher_get_property (GDBusConnection  *connection,
                      const char       *sender,
                      const char       *object_path,
                      const char       *interface_name,
                      const char       *property_name,
                      GError          **error,
                      gpointer          user_data)
{
  FakeWatcher *watcher = user_data;

  if (g_str_equal (property_name, "RegisteredStatusNotifierItems"))
    return g_variant_new_strv ((const char * const *) watcher->arguments->pdata, watcher->arguments->len);
  if (g_str_equal (property_name, "IsStatusNotifierHostRegistered"))
    return g_variant_new_boolean (TRUE);
  return g_variant_new_int32 (0);
}

static const GDBusInterfaceVTable watcher_vtable = {
  watcher_method_call,
  watcher_get_property,
  NULL,
  { 0 }
};

static FakeWatcher *
fake_watcher_new (void)
{
  FakeWatcher *watcher = g_new0 (FakeWatcher, 1);
  g_autoptr(GError) error = NULL;

  watcher->senders = g_ptr_array_new_with_free_func (g_free);
  watcher->arguments = g_ptr_array_new_with_free_func (g_free);
  watcher->connection = new_bus_connection ();
  watcher->info = g_dbus_node_info_new_for_xml (watcher_xml, &error);
  g_assert_no_error (error);

  watcher->registration_id = g_dbus_connection_register_object (watcher->connection, "/StatusNotifierWatcher",
                                                                watcher->info->interfaces[0],
                                                                &watcher_vtable, watcher, NULL, &error);
  g_assert_no_error (error);

  watcher->own_id = own_name_and_wait (watcher->connection, WATCHER_NAME);

  return watcher;
}

/* As when the panel restarts or crashes: its connection goes away. */
static void
fake_watcher_free (FakeWatcher *watcher)
{
  g_autoptr(GError) error = NULL;

  g_bus_unown_name (watcher->own_id);
  g_dbus_connection_unregister_object (watcher->connection, watcher->registration_id);
  g_dbus_connection_close_sync (watcher->connection, NULL, &error);
  g_assert_no_error (error);
  g_object_unref (watcher->connection);
  g_dbus_node_info_unref (watcher->info);
  g_ptr_array_unref (watcher->senders);
  g_ptr_array_unref (watcher->arguments);
  g_free (watcher);
}

/* Fixture ------------------------------------------------------------------ */

typedef struct
{
  GTestDBus          *bus;
  GSimpleActionGroup *actions;
  /* "show-window", "open-job 42": one per activation. */
  GPtrArray          *activations;
  PursuitTray        *tray;
  FakeWatcher        *watcher;

  /* Signals the watcher's connection received from the tray. */
  GPtrArray          *statuses;
  guint               n_tooltips;
  GArray             *revisions;
} Fixture;

static const GActionEntry app_actions[] = {
  { "show-window", record_activation },
  { "show-calendar", record_activation },
  { "open-job", record_activation, "x" },
  { "pause-reminders", record_activation },
  { "resume-reminders", record_activation },
  { "quit", record_activation },
};

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->bus = private_bus_up ();

  fixture->actions = g_simple_action_group_new ();
  fixture->activations = g_ptr_array_new_with_free_func (g_free);
  g_action_map_add_action_entries (G_ACTION_MAP (fixture->actions), app_actions,
                                   G_N_ELEMENTS (app_actions), fixture->activations);
  fixture->statuses = g_ptr_array_new_with_free_func (g_free);
  fixture->revisions = g_array_new (FALSE, FALSE, sizeof (guint));
  fixture->tray = pursuit_tray_new (G_ACTION_GROUP (fixture->actions));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->tray);

  g_clear_pointer (&fixture->watcher, fake_watcher_free);
  /* Activations queued but not run yet hold the group. */
  spin_for (10);
  g_assert_finalize_object (fixture->actions);

  g_ptr_array_unref (fixture->activations);
  g_ptr_array_unref (fixture->statuses);
  g_array_unref (fixture->revisions);

  private_bus_down (fixture->bus);
}

/* Starts the tray with a watcher present and waits until it registered. */
static void
start_registered (Fixture *fixture)
{
  fixture->watcher = fake_watcher_new ();
  pursuit_tray_start (fixture->tray);
  spin_until (fixture->watcher->arguments->len == 1);
  spin_until (pursuit_tray_is_visible (fixture->tray));
}

/* Calls the tray from the watcher's connection, as a host does. The tray
 * answers on this main context, so the call must not block it. */
static GVariant *
call_tray_full (Fixture             *fixture,
                const char          *path,
                const char          *interface,
                const char          *method,
                GVariant            *parameters,
                const GVariantType  *reply_type,
                GError             **error)
{
  return bus_call (fixture->watcher->connection, pursuit_tray_get_bus_name (fixture->tray),
                   path, interface, method, parameters, reply_type, error);
}

static GVariant *
call_tray (Fixture            *fixture,
           const char         *path,
           const char         *interface,
           const char         *method,
           GVariant           *parameters,
           const GVariantType *reply_type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply = call_tray_full (fixture, path, interface, method, parameters, reply_type, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reply);

  return reply;
}

static GVariant *
call_menu (Fixture            *fixture,
           const char         *method,
           GVariant           *parameters,
           const GVariantType *reply_type)
{
  return call_tray (fixture, PURSUIT_TRAY_MENU_PATH, MENU_INTERFACE, method, parameters, reply_type);
}

static GVariant *
get_item_properties (Fixture *fixture)
{
  g_autoptr(GVariant) reply = call_tray (fixture, PURSUIT_TRAY_ITEM_PATH, "org.freedesktop.DBus.Properties",
                                         "GetAll", g_variant_new ("(s)", ITEM_INTERFACE),
                                         G_VARIANT_TYPE ("(a{sv})"));

  return g_variant_get_child_value (reply, 0);
}

static GVariant *
get_layout (Fixture *fixture,
            int      parent_id,
            int      depth,
            guint   *revision)
{
  g_autoptr(GVariant) reply = call_menu (fixture, "GetLayout",
                                         g_variant_new ("(ii@as)", parent_id, depth, g_variant_new_strv (NULL, 0)),
                                         G_VARIANT_TYPE ("(u(ia{sv}av))"));
  guint rev;

  g_variant_get_child (reply, 0, "u", &rev);
  if (revision != NULL)
    *revision = rev;

  return g_variant_get_child_value (reply, 1);
}

/* "Open Pursuit|-|No items due today|…" from the root's children:
 * separators as "-". Also checks that ids are unique. */
static char *
dup_layout_labels (GVariant *layout)
{
  g_autoptr(GVariant) children = g_variant_get_child_value (layout, 2);
  g_autoptr(GHashTable) ids = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) labels = g_string_new (NULL);

  for (gsize i = 0; i < g_variant_n_children (children); i++)
    {
      g_autoptr(GVariant) boxed = g_variant_get_child_value (children, i);
      g_autoptr(GVariant) child = g_variant_get_variant (boxed);
      g_autoptr(GVariant) props = g_variant_get_child_value (child, 1);
      const char *label = NULL;
      const char *type = NULL;
      int id;

      g_assert_true (g_variant_is_of_type (child, G_VARIANT_TYPE ("(ia{sv}av)")));
      g_variant_get_child (child, 0, "i", &id);
      g_assert_false (g_hash_table_contains (ids, GINT_TO_POINTER (id)));
      g_hash_table_add (ids, GINT_TO_POINTER (id));

      if (i > 0)
        g_string_append_c (labels, '|');
      if (g_variant_lookup (props, "type", "&s", &type) && g_str_equal (type, "separator"))
        g_string_append_c (labels, '-');
      else if (g_variant_lookup (props, "label", "&s", &label))
        g_string_append (labels, label);
      else
        g_assert_not_reached ();
    }

  return g_string_free (g_steal_pointer (&labels), FALSE);
}

/* The child of the root with @id, or NULL. */
static GVariant *
find_child (GVariant *layout,
            int       id)
{
  g_autoptr(GVariant) children = g_variant_get_child_value (layout, 2);

  for (gsize i = 0; i < g_variant_n_children (children); i++)
    {
      g_autoptr(GVariant) boxed = g_variant_get_child_value (children, i);
      g_autoptr(GVariant) child = g_variant_get_variant (boxed);
      int child_id;

      g_variant_get_child (child, 0, "i", &child_id);
      if (child_id == id)
        return g_steal_pointer (&child);
    }

  return NULL;
}

static void
on_tray_signal_cb (GDBusConnection *connection,
                   const char      *sender,
                   const char      *object_path,
                   const char      *interface_name,
                   const char      *signal_name,
                   GVariant        *parameters,
                   gpointer         user_data)
{
  Fixture *fixture = user_data;

  if (g_str_equal (signal_name, "NewStatus"))
    {
      const char *status;

      g_variant_get (parameters, "(&s)", &status);
      g_ptr_array_add (fixture->statuses, g_strdup (status));
    }
  else if (g_str_equal (signal_name, "NewToolTip"))
    {
      fixture->n_tooltips++;
    }
  else if (g_str_equal (signal_name, "LayoutUpdated"))
    {
      guint revision;
      int parent;

      g_variant_get (parameters, "(ui)", &revision, &parent);
      g_assert_cmpint (parent, ==, 0);
      g_array_append_val (fixture->revisions, revision);
    }
}

static guint
subscribe_tray_signals (Fixture *fixture)
{
  guint id;

  /* Any path and interface of the tray's name: the item and the menu. */
  id = g_dbus_connection_signal_subscribe (fixture->watcher->connection,
                                           pursuit_tray_get_bus_name (fixture->tray),
                                           NULL, NULL, NULL, NULL, G_DBUS_SIGNAL_FLAGS_NONE,
                                           on_tray_signal_cb, fixture, NULL);
  /* Let the match rule reach the bus before anything is emitted. */
  g_autoptr(GVariant) ping = call_tray (fixture, PURSUIT_TRAY_ITEM_PATH, "org.freedesktop.DBus.Peer",
                                        "Ping", NULL, NULL);

  return id;
}

static char *
dup_tooltip_body (Fixture *fixture)
{
  g_autoptr(GVariant) props = get_item_properties (fixture);
  g_autoptr(GVariant) tooltip = g_variant_lookup_value (props, "ToolTip", G_VARIANT_TYPE ("(sa(iiay)ss)"));
  char *body;

  g_assert_nonnull (tooltip);
  g_variant_get_child (tooltip, 3, "s", &body);

  return body;
}

/* Tests -------------------------------------------------------------------- */

static void
test_tray_register (Fixture       *fixture,
                    gconstpointer  data)
{
  start_registered (fixture);

  /* By object path, from the tray's own connection. */
  g_assert_cmpstr (g_ptr_array_index (fixture->watcher->arguments, 0), ==, PURSUIT_TRAY_ITEM_PATH);
  g_assert_cmpstr (g_ptr_array_index (fixture->watcher->senders, 0), ==,
                   pursuit_tray_get_bus_name (fixture->tray));
  g_assert_cmpstr (pursuit_tray_get_bus_name (fixture->tray), !=,
                   g_dbus_connection_get_unique_name (fixture->watcher->connection));
}

static void
test_tray_properties (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GVariant) props = NULL;
  g_autoptr(GVariant) tooltip = NULL;
  g_autoptr(GVariant) pixmaps = NULL;
  const char *string;
  gboolean item_is_menu = TRUE;
  int window_id = -1;

  start_registered (fixture);
  props = get_item_properties (fixture);

  g_assert_true (g_variant_lookup (props, "Id", "&s", &string));
  g_assert_cmpstr (string, ==, "io.github.pursuit.Pursuit");
  g_assert_true (g_variant_lookup (props, "Category", "&s", &string));
  g_assert_cmpstr (string, ==, "ApplicationStatus");
  g_assert_true (g_variant_lookup (props, "Status", "&s", &string));
  g_assert_cmpstr (string, ==, "Active");
  g_assert_true (g_variant_lookup (props, "Title", "&s", &string));
  g_assert_cmpstr (string, ==, "Pursuit");
  g_assert_true (g_variant_lookup (props, "IconName", "&s", &string));
  g_assert_true (g_str_has_prefix (string, "io.github.pursuit.Pursuit"));
  g_assert_true (g_variant_lookup (props, "AttentionIconName", "&s", &string));
  g_assert_true (g_str_has_prefix (string, "io.github.pursuit.Pursuit"));
  g_assert_true (g_variant_lookup (props, "ItemIsMenu", "b", &item_is_menu));
  g_assert_false (item_is_menu);
  g_assert_true (g_variant_lookup (props, "WindowId", "i", &window_id));
  g_assert_cmpint (window_id, ==, 0);
  g_assert_true (g_variant_lookup (props, "Menu", "&o", &string));
  g_assert_cmpstr (string, ==, PURSUIT_TRAY_MENU_PATH);

  tooltip = g_variant_lookup_value (props, "ToolTip", NULL);
  g_assert_nonnull (tooltip);
  g_assert_cmpstr (g_variant_get_type_string (tooltip), ==, "(sa(iiay)ss)");
  g_variant_get_child (tooltip, 2, "&s", &string);
  g_assert_cmpstr (string, ==, "Pursuit");
  g_variant_get_child (tooltip, 3, "&s", &string);
  g_assert_cmpstr (string, ==, "No items due today");

  pixmaps = g_variant_lookup_value (props, "IconPixmap", G_VARIANT_TYPE ("a(iiay)"));
  g_assert_nonnull (pixmaps);

  /* Every property the interface names has an answer. */
  for (const char * const *name = (const char * const[]) { "IconThemePath", "AttentionIconPixmap",
                                                           "OverlayIconName", "OverlayIconPixmap", NULL };
       *name != NULL; name++)
    {
      g_autoptr(GVariant) value = g_variant_lookup_value (props, *name, NULL);
      g_assert_nonnull (value);
    }

  /* The menu's own properties. */
  {
    g_autoptr(GVariant) reply = call_tray (fixture, PURSUIT_TRAY_MENU_PATH, "org.freedesktop.DBus.Properties",
                                           "GetAll", g_variant_new ("(s)", MENU_INTERFACE),
                                           G_VARIANT_TYPE ("(a{sv})"));
    g_autoptr(GVariant) menu_props = g_variant_get_child_value (reply, 0);
    guint version = 0;

    g_assert_true (g_variant_lookup (menu_props, "Version", "u", &version));
    g_assert_cmpuint (version, ==, 3);
    g_assert_true (g_variant_lookup (menu_props, "Status", "&s", &string));
    g_assert_cmpstr (string, ==, "normal");
    g_assert_true (g_variant_lookup (menu_props, "TextDirection", "&s", &string));
    g_assert_cmpstr (string, ==, "ltr");
  }
}

static void
test_tray_menu_layout (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GVariant) layout = NULL;
  g_autoptr(GVariant) root_props = NULL;
  g_autoptr(GVariant) header = NULL;
  g_autoptr(GVariant) header_props = NULL;
  g_autofree char *labels = NULL;
  const char *string;
  gboolean enabled = TRUE;
  int id = -1;

  start_registered (fixture);

  layout = get_layout (fixture, 0, -1, NULL);
  g_variant_get_child (layout, 0, "i", &id);
  g_assert_cmpint (id, ==, 0);
  root_props = g_variant_get_child_value (layout, 1);
  g_assert_true (g_variant_lookup (root_props, "children-display", "&s", &string));
  g_assert_cmpstr (string, ==, "submenu");

  labels = dup_layout_labels (layout);
  g_assert_cmpstr (labels, ==, "Open Pursuit|-|No items due today|-|Pause Reminders for 1 Hour|-|Quit");

  header = find_child (layout, PURSUIT_TRAY_MENU_HEADER);
  header_props = g_variant_get_child_value (header, 1);
  g_assert_true (g_variant_lookup (header_props, "enabled", "b", &enabled));
  g_assert_false (enabled);

  /* One item's subtree, and depth 0 on the root: no children. */
  {
    g_autoptr(GVariant) open = get_layout (fixture, PURSUIT_TRAY_MENU_OPEN, 0, NULL);
    g_autoptr(GVariant) open_props = g_variant_get_child_value (open, 1);
    g_autoptr(GVariant) open_children = g_variant_get_child_value (open, 2);
    g_autoptr(GVariant) flat = get_layout (fixture, 0, 0, NULL);
    g_autoptr(GVariant) flat_children = g_variant_get_child_value (flat, 2);

    g_variant_get_child (open, 0, "i", &id);
    g_assert_cmpint (id, ==, PURSUIT_TRAY_MENU_OPEN);
    g_assert_true (g_variant_lookup (open_props, "label", "&s", &string));
    g_assert_cmpstr (string, ==, "Open Pursuit");
    g_assert_cmpuint (g_variant_n_children (open_children), ==, 0);
    g_assert_cmpuint (g_variant_n_children (flat_children), ==, 0);
  }

  /* An id that does not exist is an error, not a crash. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GVariant) reply = call_tray_full (fixture, PURSUIT_TRAY_MENU_PATH, MENU_INTERFACE, "GetLayout",
                                                g_variant_new ("(ii@as)", 555, -1, g_variant_new_strv (NULL, 0)),
                                                NULL, &error);
    g_assert_null (reply);
    g_assert_error (error, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS);
  }

  /* GetGroupProperties: the items asked for, only the properties asked for. */
  {
    const gint32 ids[] = { PURSUIT_TRAY_MENU_OPEN, PURSUIT_TRAY_MENU_QUIT, 555 };
    const char *names[] = { "label", NULL };
    g_autoptr(GVariant) reply = NULL;
    g_autoptr(GVariant) items = NULL;
    g_autoptr(GVariant) quit_props = NULL;

    reply = call_menu (fixture, "GetGroupProperties",
                       g_variant_new ("(@ai@as)",
                                      g_variant_new_fixed_array (G_VARIANT_TYPE_INT32, ids, G_N_ELEMENTS (ids),
                                                                 sizeof (gint32)),
                                      g_variant_new_strv (names, -1)),
                       G_VARIANT_TYPE ("(a(ia{sv}))"));
    items = g_variant_get_child_value (reply, 0);
    g_assert_cmpuint (g_variant_n_children (items), ==, 2);
    g_variant_get_child (items, 1, "(i@a{sv})", &id, &quit_props);
    g_assert_cmpint (id, ==, PURSUIT_TRAY_MENU_QUIT);
    g_assert_true (g_variant_lookup (quit_props, "label", "&s", &string));
    g_assert_cmpstr (string, ==, "Quit");
    g_assert_cmpuint (g_variant_n_children (quit_props), ==, 1);
  }

  /* GetProperty, AboutToShow and AboutToShowGroup. */
  {
    g_autoptr(GVariant) label = call_menu (fixture, "GetProperty",
                                           g_variant_new ("(is)", PURSUIT_TRAY_MENU_QUIT, "label"),
                                           G_VARIANT_TYPE ("(v)"));
    g_autoptr(GVariant) about = call_menu (fixture, "AboutToShow", g_variant_new ("(i)", 0),
                                           G_VARIANT_TYPE ("(b)"));
    const gint32 ids[] = { 0, 555 };
    g_autoptr(GVariant) group = call_menu (fixture, "AboutToShowGroup",
                                           g_variant_new ("(@ai)",
                                                          g_variant_new_fixed_array (G_VARIANT_TYPE_INT32, ids, 2,
                                                                                     sizeof (gint32))),
                                           G_VARIANT_TYPE ("(aiai)"));
    g_autoptr(GVariant) updates = g_variant_get_child_value (group, 0);
    g_autoptr(GVariant) errors = g_variant_get_child_value (group, 1);
    g_autoptr(GVariant) value = NULL;
    gboolean need_update = TRUE;
    gint32 error_id;

    g_variant_get (label, "(v)", &value);
    g_assert_cmpstr (g_variant_get_string (value, NULL), ==, "Quit");
    g_variant_get (about, "(b)", &need_update);
    g_assert_false (need_update);
    g_assert_cmpuint (g_variant_n_children (updates), ==, 0);
    g_assert_cmpuint (g_variant_n_children (errors), ==, 1);
    g_variant_get_child (errors, 0, "i", &error_id);
    g_assert_cmpint (error_id, ==, 555);
  }
}

static void
test_tray_items (Fixture       *fixture,
                 gconstpointer  data)
{
  const char *labels[] = { "14:00 Interview — Acme", "Follow up — Snake_Case Ltd" };
  const gint64 job_ids[] = { 42, 7 };
  g_autoptr(GVariant) layout = NULL;
  g_autoptr(GVariant) entry = NULL;
  g_autoptr(GVariant) entry_props = NULL;
  g_autofree char *menu_labels = NULL;
  g_autofree char *tooltip = NULL;
  guint revision_before, revision_after;
  guint subscription;
  const char *string;

  start_registered (fixture);
  g_clear_pointer (&layout, g_variant_unref);
  layout = get_layout (fixture, 0, -1, &revision_before);
  subscription = subscribe_tray_signals (fixture);

  pursuit_tray_set_items (fixture->tray, labels, job_ids, 2, 1);

  spin_until (fixture->statuses->len == 1 && fixture->revisions->len == 1 && fixture->n_tooltips == 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->statuses, 0), ==, "NeedsAttention");
  g_assert_cmpuint (g_array_index (fixture->revisions, guint, 0), ==, revision_before + 1);

  g_clear_pointer (&layout, g_variant_unref);
  layout = get_layout (fixture, 0, -1, &revision_after);
  g_assert_cmpuint (revision_after, ==, revision_before + 1);
  menu_labels = dup_layout_labels (layout);
  /* A literal "_" is doubled: a single one would be a mnemonic. */
  g_assert_cmpstr (menu_labels, ==,
                   "Open Pursuit|-|2 items due today|14:00 Interview — Acme|Follow up — Snake__Case Ltd"
                   "|-|Pause Reminders for 1 Hour|-|Quit");
  entry = find_child (layout, PURSUIT_TRAY_MENU_FIRST_ENTRY + 1);
  g_assert_nonnull (entry);
  entry_props = g_variant_get_child_value (entry, 1);
  g_assert_true (g_variant_lookup (entry_props, "label", "&s", &string));
  g_assert_cmpstr (string, ==, "Follow up — Snake__Case Ltd");

  {
    g_autoptr(GVariant) props = get_item_properties (fixture);

    g_assert_true (g_variant_lookup (props, "Status", "&s", &string));
    g_assert_cmpstr (string, ==, "NeedsAttention");
  }
  tooltip = dup_tooltip_body (fixture);
  g_assert_cmpstr (tooltip, ==, "2 items due today");

  /* The same items again change nothing and say nothing. */
  pursuit_tray_set_items (fixture->tray, labels, job_ids, 2, 1);
  spin_for (50);
  g_assert_cmpuint (fixture->revisions->len, ==, 1);
  g_assert_cmpuint (fixture->statuses->len, ==, 1);

  /* Nothing due any more: back to Active. */
  pursuit_tray_set_items (fixture->tray, NULL, NULL, 0, 0);
  spin_until (fixture->statuses->len == 2 && fixture->revisions->len == 2);
  g_assert_cmpstr (g_ptr_array_index (fixture->statuses, 1), ==, "Active");

  /* Paused: the checkmark and the tooltip. */
  pursuit_tray_set_paused (fixture->tray, TRUE);
  spin_until (fixture->revisions->len == 3 && fixture->n_tooltips == 3);
  {
    g_autoptr(GVariant) paused_layout = get_layout (fixture, 0, -1, NULL);
    g_autoptr(GVariant) pause = find_child (paused_layout, PURSUIT_TRAY_MENU_PAUSE);
    g_autoptr(GVariant) pause_props = g_variant_get_child_value (pause, 1);
    g_autofree char *paused_tooltip = dup_tooltip_body (fixture);
    int state = 0;

    g_assert_true (g_variant_lookup (pause_props, "toggle-state", "i", &state));
    g_assert_cmpint (state, ==, 1);
    g_assert_true (g_variant_lookup (pause_props, "toggle-type", "&s", &string));
    g_assert_cmpstr (string, ==, "checkmark");
    g_assert_cmpstr (paused_tooltip, ==, "No items due today\nReminders are paused");
  }

  g_dbus_connection_signal_unsubscribe (fixture->watcher->connection, subscription);
}

static void
test_tray_many_items (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GVariant) layout = NULL;
  g_autoptr(GVariant) more = NULL;
  g_autoptr(GVariant) more_props = NULL;
  g_autoptr(GVariant) children = NULL;
  g_autoptr(GVariant) reply = NULL;
  const char *string;

  start_registered (fixture);

  for (gint64 i = 0; i < PURSUIT_TRAY_MENU_MAX_ENTRIES + 2; i++)
    {
      g_ptr_array_add (labels, g_strdup_printf ("Follow up — Company %" G_GINT64_FORMAT, i));
      g_array_append_val (job_ids, i);
    }
  pursuit_tray_set_items (fixture->tray, (const char * const *) labels->pdata, (const gint64 *) job_ids->data,
                          labels->len, 0);

  layout = get_layout (fixture, 0, -1, NULL);
  children = g_variant_get_child_value (layout, 2);
  /* Open, separator, header, ten entries, "2 More…", separator, pause,
   * separator, quit. */
  g_assert_cmpuint (g_variant_n_children (children), ==, 3 + PURSUIT_TRAY_MENU_MAX_ENTRIES + 1 + 4);
  g_assert_null (find_child (layout, PURSUIT_TRAY_MENU_FIRST_ENTRY + PURSUIT_TRAY_MENU_MAX_ENTRIES));
  more = find_child (layout, PURSUIT_TRAY_MENU_MORE);
  g_assert_nonnull (more);
  more_props = g_variant_get_child_value (more, 1);
  g_assert_true (g_variant_lookup (more_props, "label", "&s", &string));
  g_assert_cmpstr (string, ==, "2 More…");

  reply = call_menu (fixture, "Event",
                     g_variant_new ("(isvu)", PURSUIT_TRAY_MENU_MORE, "clicked", g_variant_new_int32 (0), 0),
                     NULL);
  spin_until (fixture->activations->len == 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 0), ==, "show-calendar");
}

static void
send_event (Fixture    *fixture,
            int         id,
            const char *event_id)
{
  g_autoptr(GVariant) reply = call_menu (fixture, "Event",
                                         g_variant_new ("(isvu)", id, event_id, g_variant_new_int32 (0), 0),
                                         NULL);
}

static void
test_tray_events (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *labels[] = { "14:00 Interview — Acme" };
  const gint64 job_ids[] = { 42 };

  start_registered (fixture);
  pursuit_tray_set_items (fixture->tray, labels, job_ids, 1, 0);

  send_event (fixture, PURSUIT_TRAY_MENU_OPEN, "clicked");
  spin_until (fixture->activations->len == 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 0), ==, "show-window");

  send_event (fixture, PURSUIT_TRAY_MENU_FIRST_ENTRY, "clicked");
  spin_until (fixture->activations->len == 2);
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 1), ==, "open-job 42");

  /* Only clicks do something; a click on the header or a separator
   * does nothing. */
  send_event (fixture, PURSUIT_TRAY_MENU_FIRST_ENTRY, "hovered");
  send_event (fixture, PURSUIT_TRAY_MENU_ROOT, "opened");
  send_event (fixture, PURSUIT_TRAY_MENU_HEADER, "clicked");
  send_event (fixture, PURSUIT_TRAY_MENU_SEPARATOR_1, "clicked");
  spin_for (50);
  g_assert_cmpuint (fixture->activations->len, ==, 2);

  send_event (fixture, PURSUIT_TRAY_MENU_PAUSE, "clicked");
  spin_until (fixture->activations->len == 3);
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 2), ==, "pause-reminders");

  pursuit_tray_set_paused (fixture->tray, TRUE);
  send_event (fixture, PURSUIT_TRAY_MENU_PAUSE, "clicked");
  spin_until (fixture->activations->len == 4);
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 3), ==, "resume-reminders");

  /* The item itself: a left click opens the window, a middle click the
   * calendar; the rest are accepted and do nothing. */
  {
    g_autoptr(GVariant) activate = call_tray (fixture, PURSUIT_TRAY_ITEM_PATH, ITEM_INTERFACE, "Activate",
                                              g_variant_new ("(ii)", 0, 0), NULL);
    g_autoptr(GVariant) secondary = call_tray (fixture, PURSUIT_TRAY_ITEM_PATH, ITEM_INTERFACE,
                                               "SecondaryActivate", g_variant_new ("(ii)", 0, 0), NULL);
    g_autoptr(GVariant) context_menu = call_tray (fixture, PURSUIT_TRAY_ITEM_PATH, ITEM_INTERFACE,
                                                  "ContextMenu", g_variant_new ("(ii)", 0, 0), NULL);
    g_autoptr(GVariant) scroll = call_tray (fixture, PURSUIT_TRAY_ITEM_PATH, ITEM_INTERFACE, "Scroll",
                                            g_variant_new ("(is)", 1, "vertical"), NULL);
    g_autoptr(GVariant) token = call_tray (fixture, PURSUIT_TRAY_ITEM_PATH, ITEM_INTERFACE,
                                           "ProvideXdgActivationToken", g_variant_new ("(s)", "token"), NULL);
  }
  spin_until (fixture->activations->len == 6);
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 4), ==, "show-window");
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 5), ==, "show-calendar");

  /* EventGroup: the clicks run, unknown ids come back as errors. */
  {
    GVariantBuilder events;
    g_autoptr(GVariant) reply = NULL;
    g_autoptr(GVariant) errors = NULL;
    gint32 error_id;

    g_variant_builder_init (&events, G_VARIANT_TYPE ("a(isvu)"));
    g_variant_builder_add (&events, "(isvu)", PURSUIT_TRAY_MENU_QUIT, "clicked", g_variant_new_int32 (0), 0);
    g_variant_builder_add (&events, "(isvu)", 555, "clicked", g_variant_new_int32 (0), 0);
    reply = call_menu (fixture, "EventGroup", g_variant_new ("(a(isvu))", &events), G_VARIANT_TYPE ("(ai)"));
    errors = g_variant_get_child_value (reply, 0);
    g_assert_cmpuint (g_variant_n_children (errors), ==, 1);
    g_variant_get_child (errors, 0, "i", &error_id);
    g_assert_cmpint (error_id, ==, 555);
  }
  spin_until (fixture->activations->len == 7);
  g_assert_cmpstr (g_ptr_array_index (fixture->activations, 6), ==, "quit");

  /* An event for an item that does not exist is an error. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GVariant) reply = call_tray_full (fixture, PURSUIT_TRAY_MENU_PATH, MENU_INTERFACE, "Event",
                                                g_variant_new ("(isvu)", PURSUIT_TRAY_MENU_FIRST_ENTRY + 1,
                                                               "clicked", g_variant_new_int32 (0), 0),
                                                NULL, &error);
    g_assert_null (reply);
    g_assert_error (error, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS);
  }

  /* A disabled action is not run. */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (fixture->actions),
                                                                            "show-window")),
                               FALSE);
  send_event (fixture, PURSUIT_TRAY_MENU_OPEN, "clicked");
  spin_for (50);
  g_assert_cmpuint (fixture->activations->len, ==, 7);
}

/* The panel restarts: the new watcher gets the item again. */
static void
test_tray_watcher_restart (Fixture       *fixture,
                           gconstpointer  data)
{
  start_registered (fixture);

  g_clear_pointer (&fixture->watcher, fake_watcher_free);
  spin_until (!pursuit_tray_is_visible (fixture->tray));

  fixture->watcher = fake_watcher_new ();
  spin_until (fixture->watcher->arguments->len == 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->watcher->arguments, 0), ==, PURSUIT_TRAY_ITEM_PATH);
  g_assert_cmpstr (g_ptr_array_index (fixture->watcher->senders, 0), ==,
                   pursuit_tray_get_bus_name (fixture->tray));
  spin_until (pursuit_tray_is_visible (fixture->tray));
}

/* The extension is switched on after Pursuit started. */
static void
test_tray_late_watcher (Fixture       *fixture,
                        gconstpointer  data)
{
  pursuit_tray_start (fixture->tray);
  spin_until (pursuit_tray_get_bus_name (fixture->tray) != NULL);
  spin_for (50);
  g_assert_false (pursuit_tray_is_visible (fixture->tray));

  fixture->watcher = fake_watcher_new ();
  spin_until (fixture->watcher->arguments->len == 1);
  spin_until (pursuit_tray_is_visible (fixture->tray));
}

/* Stock GNOME: nobody to register with. Nothing breaks, nothing is
 * logged, and the menu still answers. */
static void
test_tray_no_watcher (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GVariant) layout = NULL;
  const char *labels[] = { "Follow up — Globex" };
  const gint64 job_ids[] = { 3 };

  pursuit_tray_start (fixture->tray);
  spin_until (pursuit_tray_get_bus_name (fixture->tray) != NULL);
  spin_for (100);
  g_assert_false (pursuit_tray_is_visible (fixture->tray));

  pursuit_tray_set_items (fixture->tray, labels, job_ids, 1, 1);
  pursuit_tray_set_paused (fixture->tray, TRUE);

  /* A host could still call in (here the test's own connection). */
  fixture->watcher = g_new0 (FakeWatcher, 1);
  fixture->watcher->connection = new_bus_connection ();
  layout = get_layout (fixture, 0, -1, NULL);
  g_assert_nonnull (find_child (layout, PURSUIT_TRAY_MENU_FIRST_ENTRY));
  g_dbus_connection_close_sync (fixture->watcher->connection, NULL, NULL);
  g_clear_object (&fixture->watcher->connection);
  g_clear_pointer (&fixture->watcher, g_free);

  pursuit_tray_stop (fixture->tray);
  g_assert_null (pursuit_tray_get_bus_name (fixture->tray));
}

/* A watcher that says no: invisible, one message, no crash. */
static void
test_tray_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  fixture->watcher = fake_watcher_new ();
  fixture->watcher->refuse = TRUE;

  g_test_expect_message ("pursuit-tray", G_LOG_LEVEL_MESSAGE, "The tray refused Pursuit’s icon*");
  pursuit_tray_start (fixture->tray);
  spin_until (pursuit_tray_get_bus_name (fixture->tray) != NULL);
  spin_for (100);
  g_test_assert_expected_messages ();
  g_assert_false (pursuit_tray_is_visible (fixture->tray));
}

static void
on_name_owner_changed_cb (GDBusConnection *connection,
                          const char      *sender,
                          const char      *object_path,
                          const char      *interface_name,
                          const char      *signal_name,
                          GVariant        *parameters,
                          gpointer         user_data)
{
  const char *name, *old_owner, *new_owner;

  g_variant_get (parameters, "(&s&s&s)", &name, &old_owner, &new_owner);
  if (g_str_equal (name, user_data) && *new_owner == '\0')
    g_object_set_data (G_OBJECT (connection), "gone", GINT_TO_POINTER (TRUE));
}

/* Turning the icon off closes the tray's connection: that is how the
 * watcher learns the item is gone. Starting again brings it back. */
static void
test_tray_stop_start (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *name = NULL;
  guint subscription;

  start_registered (fixture);
  name = g_strdup (pursuit_tray_get_bus_name (fixture->tray));

  subscription = g_dbus_connection_signal_subscribe (fixture->watcher->connection, "org.freedesktop.DBus",
                                                     "org.freedesktop.DBus", "NameOwnerChanged",
                                                     "/org/freedesktop/DBus", name, G_DBUS_SIGNAL_FLAGS_NONE,
                                                     on_name_owner_changed_cb, name, NULL);
  spin_for (20);

  pursuit_tray_stop (fixture->tray);
  g_assert_false (pursuit_tray_is_visible (fixture->tray));
  g_assert_null (pursuit_tray_get_bus_name (fixture->tray));
  spin_until (g_object_get_data (G_OBJECT (fixture->watcher->connection), "gone") != NULL);
  g_dbus_connection_signal_unsubscribe (fixture->watcher->connection, subscription);

  pursuit_tray_start (fixture->tray);
  spin_until (fixture->watcher->arguments->len == 2);
  spin_until (pursuit_tray_is_visible (fixture->tray));
  g_assert_cmpstr (g_ptr_array_index (fixture->watcher->senders, 1), !=, name);
}

/* Stopped while still connecting, and dropped at once: no leaks, no
 * callbacks into a dead tray. */
static void
test_tray_stop_while_connecting (Fixture       *fixture,
                                 gconstpointer  data)
{
  fixture->watcher = fake_watcher_new ();

  pursuit_tray_start (fixture->tray);
  pursuit_tray_stop (fixture->tray);
  pursuit_tray_start (fixture->tray);
  spin_until (fixture->watcher->arguments->len == 1);
  spin_for (50);
  g_assert_cmpuint (fixture->watcher->arguments->len, ==, 1);
}

static void
test_tray_escape_label (void)
{
  struct {
    const char *label;
    const char *escaped;
  } cases[] = {
    { "Snake_Case", "Snake__Case" },
    { "__init__", "____init____" },
    { "Two\nlines\tand\rtabs", "Two lines and tabs" },
    { "Café — Zürich", "Café — Zürich" },
    { "Bad \xff byte", "Bad \xef\xbf\xbd byte" },
    { "", "" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = _pursuit_tray_escape_label (cases[i].label);

      g_assert_cmpstr (escaped, ==, cases[i].escaped);
      g_assert_true (g_utf8_validate (escaped, -1, NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/tray/register", test_tray_register);
  ADD ("/tray/properties", test_tray_properties);
  ADD ("/tray/menu/layout", test_tray_menu_layout);
  ADD ("/tray/menu/items", test_tray_items);
  ADD ("/tray/menu/many-items", test_tray_many_items);
  ADD ("/tray/menu/events", test_tray_events);
  ADD ("/tray/watcher/restart", test_tray_watcher_restart);
  ADD ("/tray/watcher/late", test_tray_late_watcher);
  ADD ("/tray/watcher/none", test_tray_no_watcher);
  ADD ("/tray/watcher/refused", test_tray_refused);
  ADD ("/tray/stop-start", test_tray_stop_start);
  ADD ("/tray/stop-while-connecting", test_tray_stop_while_connecting);
#undef ADD
  g_test_add_func ("/tray/escape-label", test_tray_escape_label);

  return g_test_run ();
}
