/* pursuit-tray.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-tray"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-tray.h"
#include "pursuit-tray-private.h"

/* org.kde.StatusNotifierItem, registered by object path with whichever
 * org.kde.StatusNotifierWatcher is on the bus (GNOME's AppIndicator
 * extension, Plasma, XFCE, waybar...). The watcher has no Unregister
 * method: the item goes away when our unique name does, which is why the
 * tray talks over a connection of its own. */

#define ITEM_INTERFACE    "org.kde.StatusNotifierItem"
#define WATCHER_NAME      "org.kde.StatusNotifierWatcher"
#define WATCHER_PATH      "/StatusNotifierWatcher"
#define WATCHER_INTERFACE "org.kde.StatusNotifierWatcher"

#define ICON_NAME         APPLICATION_ID "-symbolic"

struct _PursuitTray
{
  GObject          parent_instance;

  /* Not owned: the application owns the tray. */
  GActionGroup    *actions;
  PursuitTrayMenu *menu;

  GCancellable    *cancellable;
  GDBusConnection *connection;
  guint            item_registration_id;
  guint            watch_id;
  gboolean         started;
  gboolean         visible;
  gboolean         warned;

  guint            n_items;
  guint            n_due;
  gboolean         paused;
};

G_DEFINE_FINAL_TYPE (PursuitTray, pursuit_tray, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VISIBLE,
  PROP_BUS_NAME,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char item_xml[] =
  "<node>"
  "  <interface name='org.kde.StatusNotifierItem'>"
  "    <property name='Category' type='s' access='read'/>"
  "    <property name='Id' type='s' access='read'/>"
  "    <property name='Title' type='s' access='read'/>"
  "    <property name='Status' type='s' access='read'/>"
  "    <property name='WindowId' type='i' access='read'/>"
  "    <property name='IconName' type='s' access='read'/>"
  "    <property name='IconThemePath' type='s' access='read'/>"
  "    <property name='IconPixmap' type='a(iiay)' access='read'/>"
  "    <property name='AttentionIconName' type='s' access='read'/>"
  "    <property name='AttentionIconPixmap' type='a(iiay)' access='read'/>"
  "    <property name='OverlayIconName' type='s' access='read'/>"
  "    <property name='OverlayIconPixmap' type='a(iiay)' access='read'/>"
  "    <property name='ToolTip' type='(sa(iiay)ss)' access='read'/>"
  "    <property name='ItemIsMenu' type='b' access='read'/>"
  "    <property name='Menu' type='o' access='read'/>"
  "    <method name='Activate'>"
  "      <arg name='x' type='i' direction='in'/>"
  "      <arg name='y' type='i' direction='in'/>"
  "    </method>"
  "    <method name='SecondaryActivate'>"
  "      <arg name='x' type='i' direction='in'/>"
  "      <arg name='y' type='i' direction='in'/>"
  "    </method>"
  "    <method name='ContextMenu'>"
  "      <arg name='x' type='i' direction='in'/>"
  "      <arg name='y' type='i' direction='in'/>"
  "    </method>"
  "    <method name='Scroll'>"
  "      <arg name='delta' type='i' direction='in'/>"
  "      <arg name='orientation' type='s' direction='in'/>"
  "    </method>"
  "    <method name='ProvideXdgActivationToken'>"
  "      <arg name='token' type='s' direction='in'/>"
  "    </method>"
  "    <signal name='NewTitle'/>"
  "    <signal name='NewIcon'/>"
  "    <signal name='NewAttentionIcon'/>"
  "    <signal name='NewOverlayIcon'/>"
  "    <signal name='NewToolTip'/>"
  "    <signal name='NewStatus'>"
  "      <arg name='status' type='s'/>"
  "    </signal>"
  "  </interface>"
  "</node>";

static GDBusInterfaceInfo *
get_item_interface_info (void)
{
  static GDBusNodeInfo *node_info;

  return _pursuit_tray_parse_interface (&node_info, item_xml);
}

typedef struct
{
  GActionGroup *actions;
  char         *name;
  GVariant     *target;
} PendingActivation;

static void
pending_activation_free (gpointer data)
{
  PendingActivation *pending = data;

  g_object_unref (pending->actions);
  g_free (pending->name);
  g_clear_pointer (&pending->target, g_variant_unref);
  g_free (pending);
}

static gboolean
run_activation_cb (gpointer data)
{
  PendingActivation *pending = data;
  const GVariantType *parameter_type = NULL;
  gboolean enabled = FALSE;

  if (!g_action_group_query_action (pending->actions, pending->name, &enabled, &parameter_type,
                                    NULL, NULL, NULL))
    {
      g_debug ("The tray asked for app.%s, which does not exist", pending->name);
      return G_SOURCE_REMOVE;
    }

  if (!enabled)
    return G_SOURCE_REMOVE;

  if ((parameter_type == NULL) != (pending->target == NULL)
      || (parameter_type != NULL && !g_variant_is_of_type (pending->target, parameter_type)))
    {
      g_debug ("The tray’s target for app.%s does not fit the action", pending->name);
      return G_SOURCE_REMOVE;
    }

  g_action_group_activate_action (pending->actions, pending->name, pending->target);

  return G_SOURCE_REMOVE;
}

/* Runs from an idle: the D-Bus reply goes out first, and an action that
 * stops or drops the tray (Quit, turning the icon off) cannot pull the
 * menu out from under the method call that asked for it. */
static void
activate_action (const char *action_name,
                 GVariant   *target,
                 gpointer    user_data)
{
  PursuitTray *self = user_data;
  PendingActivation *pending;
  g_autoptr(GVariant) owned_target = target != NULL ? g_variant_ref_sink (target) : NULL;

  if (self->actions == NULL)
    return;

  pending = g_new0 (PendingActivation, 1);
  pending->actions = g_object_ref (self->actions);
  pending->name = g_strdup (action_name);
  pending->target = g_steal_pointer (&owned_target);

  g_idle_add_full (G_PRIORITY_DEFAULT, run_activation_cb, pending, pending_activation_free);
}

static const char *
get_status (PursuitTray *self)
{
  return self->n_due > 0 ? "NeedsAttention" : "Active";
}

static char *
dup_tooltip_body (PursuitTray *self)
{
  g_autofree char *items = NULL;

  if (self->n_items == 0)
    items = g_strdup (_("No items due today"));
  else
    items = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item due today", "%u items due today",
                                          self->n_items),
                             self->n_items);

  if (!self->paused)
    return g_steal_pointer (&items);

  return g_strdup_printf ("%s\n%s", items, _("Reminders are paused"));
}

static GVariant *
new_empty_pixmaps (void)
{
  return g_variant_new_array (G_VARIANT_TYPE ("(iiay)"), NULL, 0);
}

static GVariant *
item_get_property (GDBusConnection  *connection,
                   const char       *sender,
                   const char       *object_path,
                   const char       *interface_name,
                   const char       *property_name,
                   GError          **error,
                   gpointer          user_data)
{
  PursuitTray *self = user_data;

  if (g_str_equal (property_name, "Category"))
    return g_variant_new_string ("ApplicationStatus");
  if (g_str_equal (property_name, "Id"))
    return g_variant_new_string (APPLICATION_ID);
  if (g_str_equal (property_name, "Title"))
    return g_variant_new_string (_("Pursuit"));
  if (g_str_equal (property_name, "Status"))
    return g_variant_new_string (get_status (self));
  if (g_str_equal (property_name, "WindowId"))
    return g_variant_new_int32 (0);
  /* The host looks the names up in its own icon theme; Flatpak exports
   * only icons named after the application id. */
  if (g_str_equal (property_name, "IconName") || g_str_equal (property_name, "AttentionIconName"))
    return g_variant_new_string (ICON_NAME);
  if (g_str_equal (property_name, "IconThemePath") || g_str_equal (property_name, "OverlayIconName"))
    return g_variant_new_string ("");
  if (g_str_equal (property_name, "IconPixmap")
      || g_str_equal (property_name, "AttentionIconPixmap")
      || g_str_equal (property_name, "OverlayIconPixmap"))
    return new_empty_pixmaps ();
  if (g_str_equal (property_name, "ToolTip"))
    {
      g_autofree char *body = dup_tooltip_body (self);

      return g_variant_new ("(s@a(iiay)ss)", ICON_NAME, new_empty_pixmaps (), _("Pursuit"), body);
    }
  if (g_str_equal (property_name, "ItemIsMenu"))
    return g_variant_new_boolean (FALSE);
  if (g_str_equal (property_name, "Menu"))
    return g_variant_new_object_path (PURSUIT_TRAY_MENU_PATH);

  g_set_error (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_PROPERTY, "Unknown property %s", property_name);
  return NULL;
}

static void
item_method_call (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *object_path,
                  const char            *interface_name,
                  const char            *method_name,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  PursuitTray *self = user_data;

  /* A left click opens the window, a middle click the calendar. The
   * context menu is the host's to show, from our dbusmenu; scrolling
   * means nothing here. */
  if (g_str_equal (method_name, "Activate"))
    activate_action ("show-window", NULL, self);
  else if (g_str_equal (method_name, "SecondaryActivate"))
    activate_action ("show-calendar", NULL, self);
  else if (!g_str_equal (method_name, "ContextMenu")
           && !g_str_equal (method_name, "Scroll")
           && !g_str_equal (method_name, "ProvideXdgActivationToken"))
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                             "Unknown method %s", method_name);
      return;
    }

  g_dbus_method_invocation_return_value (invocation, NULL);
}

static const GDBusInterfaceVTable item_vtable = {
  item_method_call,
  item_get_property,
  NULL,
  { 0 }
};

static void
set_visible (PursuitTray *self,
             gboolean     visible)
{
  visible = !!visible;
  if (self->visible == visible)
    return;

  self->visible = visible;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VISIBLE]);
}

static void
emit_item_signal (PursuitTray *self,
                  const char  *signal_name,
                  GVariant    *parameters)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) owned = parameters != NULL ? g_variant_ref_sink (parameters) : NULL;

  if (self->connection == NULL || self->item_registration_id == 0)
    return;

  if (!g_dbus_connection_emit_signal (self->connection, NULL, PURSUIT_TRAY_ITEM_PATH, ITEM_INTERFACE,
                                      signal_name, owned, &error))
    g_debug ("Could not emit %s: %s", signal_name, error->message);
}

static void
register_item_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PursuitTray) self = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (reply == NULL)
    {
      /* Once per tray: a watcher that keeps refusing is not news. */
      if (!self->warned)
        g_message ("The tray refused Pursuit’s icon: %s", error->message);
      self->warned = TRUE;
      set_visible (self, FALSE);
      return;
    }

  set_visible (self, TRUE);
}

/* Also runs when a watcher comes back (the shell or panel restarted):
 * the new one knows nothing about us. */
static void
on_watcher_appeared_cb (GDBusConnection *connection,
                        const char      *name,
                        const char      *name_owner,
                        gpointer         user_data)
{
  PursuitTray *self = user_data;

  g_dbus_connection_call (connection, name_owner, WATCHER_PATH, WATCHER_INTERFACE,
                          "RegisterStatusNotifierItem",
                          g_variant_new ("(s)", PURSUIT_TRAY_ITEM_PATH),
                          NULL, G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable,
                          register_item_cb, g_object_ref (self));
}

static void
on_watcher_vanished_cb (GDBusConnection *connection,
                        const char      *name,
                        gpointer         user_data)
{
  set_visible (PURSUIT_TRAY (user_data), FALSE);
}

static void
on_connection_closed_cb (GDBusConnection *connection,
                         gboolean         remote_peer_vanished,
                         GError          *error,
                         gpointer         user_data)
{
  PursuitTray *self = user_data;

  g_debug ("The tray’s bus connection closed");
  set_visible (self, FALSE);
}

static gboolean
export_objects (PursuitTray  *self,
                GError      **error)
{
  /* The menu first: a host may ask for it as soon as it sees the item. */
  if (!_pursuit_tray_menu_export (self->menu, self->connection, error))
    return FALSE;

  self->item_registration_id = g_dbus_connection_register_object (self->connection, PURSUIT_TRAY_ITEM_PATH,
                                                                  get_item_interface_info (),
                                                                  &item_vtable, self, NULL, error);
  if (self->item_registration_id == 0)
    {
      _pursuit_tray_menu_unexport (self->menu);
      return FALSE;
    }

  return TRUE;
}

/* In a worker: finding the session bus may run dbus-launch, and
 * connecting waits for the authentication handshake. */
static void
connect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autofree char *address = NULL;
  GDBusConnection *connection;
  GError *error = NULL;

  address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, cancellable, &error);
  if (address == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  connection = g_dbus_connection_new_for_address_sync (address,
                                                       G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                                       | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                       NULL, cancellable, &error);
  if (connection == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, connection, g_object_unref);
}

static void
connect_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  PursuitTray *self = PURSUIT_TRAY (object);
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GError) error = NULL;

  connection = g_task_propagate_pointer (G_TASK (result), &error);
  if (connection == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("No session bus for the tray: %s", error->message);
      return;
    }

  /* Stopped, or stopped and started again, while connecting. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    {
      g_dbus_connection_close (connection, NULL, NULL, NULL);
      return;
    }

  self->connection = g_steal_pointer (&connection);
  g_signal_connect_object (self->connection, "closed", G_CALLBACK (on_connection_closed_cb), self, 0);

  if (!export_objects (self, &error))
    {
      g_warning ("Could not export the tray icon: %s", error->message);
      return;
    }

  self->watch_id = g_bus_watch_name_on_connection (self->connection, WATCHER_NAME,
                                                   G_BUS_NAME_WATCHER_FLAGS_NONE,
                                                   on_watcher_appeared_cb, on_watcher_vanished_cb,
                                                   self, NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUS_NAME]);
}

static void
flush_then_close_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GDBusConnection) connection = user_data;

  g_dbus_connection_flush_finish (connection, result, NULL);
  g_dbus_connection_close (connection, NULL, NULL, NULL);
}

static void
pursuit_tray_dispose (GObject *object)
{
  PursuitTray *self = (PursuitTray *)object;

  pursuit_tray_stop (self);

  if (self->actions != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->actions), (gpointer *) &self->actions);
  self->actions = NULL;

  G_OBJECT_CLASS (pursuit_tray_parent_class)->dispose (object);
}

static void
pursuit_tray_finalize (GObject *object)
{
  PursuitTray *self = (PursuitTray *)object;

  g_clear_pointer (&self->menu, _pursuit_tray_menu_free);

  G_OBJECT_CLASS (pursuit_tray_parent_class)->finalize (object);
}

static void
pursuit_tray_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PursuitTray *self = PURSUIT_TRAY (object);

  switch (prop_id)
    {
    case PROP_VISIBLE:
      g_value_set_boolean (value, self->visible);
      break;
    case PROP_BUS_NAME:
      g_value_set_string (value, pursuit_tray_get_bus_name (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_tray_class_init (PursuitTrayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_tray_dispose;
  object_class->finalize = pursuit_tray_finalize;
  object_class->get_property = pursuit_tray_get_property;

  /**
   * PursuitTray:visible:
   *
   * Whether a StatusNotifierWatcher took the item (a host may still hide
   * it).
   */
  properties [PROP_VISIBLE] =
    g_param_spec_boolean ("visible", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PursuitTray:bus-name:
   *
   * The unique name of the tray's own connection once the item is
   * exported; %NULL before and after.
   */
  properties [PROP_BUS_NAME] =
    g_param_spec_string ("bus-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_tray_init (PursuitTray *self)
{
  self->menu = _pursuit_tray_menu_new (activate_action, self);
}

/**
 * pursuit_tray_new:
 * @actions: where the menu's actions are activated (the application);
 *   not referenced, it must outlive the tray or be the tray's owner
 *
 * Returns: (transfer full): a tray that is not shown until started
 */
PursuitTray *
pursuit_tray_new (GActionGroup *actions)
{
  PursuitTray *self;

  g_return_val_if_fail (G_IS_ACTION_GROUP (actions), NULL);

  self = g_object_new (PURSUIT_TYPE_TRAY, NULL);
  self->actions = actions;
  g_object_add_weak_pointer (G_OBJECT (actions), (gpointer *) &self->actions);

  return self;
}

/**
 * pursuit_tray_start:
 *
 * Connects to the session bus on a connection of the tray's own, exports
 * the item and its menu and registers them with every watcher that
 * appears. Never fails: without a bus or watcher the tray stays
 * invisible.
 */
void
pursuit_tray_start (PursuitTray *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PURSUIT_IS_TRAY (self));

  if (self->started)
    return;

  self->started = TRUE;
  self->warned = FALSE;
  self->cancellable = g_cancellable_new ();

  task = g_task_new (self, self->cancellable, connect_cb, NULL);
  g_task_set_source_tag (task, pursuit_tray_start);
  g_task_run_in_thread (task, connect_thread);
}

/**
 * pursuit_tray_stop:
 *
 * Removes the icon: closing the tray's connection is what tells the
 * watcher, which has no method for it.
 */
void
pursuit_tray_stop (PursuitTray *self)
{
  g_return_if_fail (PURSUIT_IS_TRAY (self));

  if (!self->started)
    return;

  self->started = FALSE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->watch_id, g_bus_unwatch_name);

  if (self->connection != NULL)
    {
      _pursuit_tray_menu_unexport (self->menu);
      if (self->item_registration_id != 0)
        g_dbus_connection_unregister_object (self->connection, self->item_registration_id);
      self->item_registration_id = 0;

      g_signal_handlers_disconnect_by_func (self->connection, on_connection_closed_cb, self);
      /* Replies still queued (to the Quit click) go out first. */
      g_dbus_connection_flush (self->connection, NULL, flush_then_close_cb, g_object_ref (self->connection));
      g_clear_object (&self->connection);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUS_NAME]);
    }

  set_visible (self, FALSE);
}

gboolean
pursuit_tray_is_visible (PursuitTray *self)
{
  g_return_val_if_fail (PURSUIT_IS_TRAY (self), FALSE);

  return self->visible;
}

/**
 * pursuit_tray_get_bus_name:
 *
 * Returns: (nullable): the unique name hosts call the item on, once
 *   exported
 */
const char *
pursuit_tray_get_bus_name (PursuitTray *self)
{
  g_return_val_if_fail (PURSUIT_IS_TRAY (self), NULL);

  if (self->connection == NULL || self->item_registration_id == 0)
    return NULL;

  return g_dbus_connection_get_unique_name (self->connection);
}

/**
 * pursuit_tray_set_items:
 * @labels: (array length=n_items): plain text, one per item
 * @job_ids: (array length=n_items): the job each item opens
 * @n_due: how many of them are due or overdue now
 *
 * Shows today's items. Emits LayoutUpdated, NewStatus and NewToolTip for
 * what changed.
 */
void
pursuit_tray_set_items (PursuitTray        *self,
                        const char * const *labels,
                        const gint64       *job_ids,
                        guint               n_items,
                        guint               n_due)
{
  const char *old_status;
  g_autofree char *old_tooltip = NULL;
  g_autofree char *new_tooltip = NULL;

  g_return_if_fail (PURSUIT_IS_TRAY (self));
  g_return_if_fail (n_items == 0 || (labels != NULL && job_ids != NULL));

  old_status = get_status (self);
  old_tooltip = dup_tooltip_body (self);

  _pursuit_tray_menu_set_items (self->menu, labels, job_ids, n_items);
  self->n_items = n_items;
  self->n_due = MIN (n_due, n_items);

  if (!g_str_equal (old_status, get_status (self)))
    emit_item_signal (self, "NewStatus", g_variant_new ("(s)", get_status (self)));

  new_tooltip = dup_tooltip_body (self);
  if (!g_str_equal (old_tooltip, new_tooltip))
    emit_item_signal (self, "NewToolTip", NULL);
}

/**
 * pursuit_tray_set_paused:
 *
 * Shows whether reminders are paused: the menu's pause item is checked
 * (clicking it then resumes) and the tooltip says so.
 */
void
pursuit_tray_set_paused (PursuitTray *self,
                         gboolean     paused)
{
  g_return_if_fail (PURSUIT_IS_TRAY (self));

  paused = !!paused;
  if (self->paused == paused)
    return;

  self->paused = paused;
  _pursuit_tray_menu_set_paused (self->menu, paused);
  emit_item_signal (self, "NewToolTip", NULL);
}
