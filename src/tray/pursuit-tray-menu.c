/* pursuit-tray-menu.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-tray"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "pursuit-tray.h"
#include "pursuit-tray-private.h"

/* com.canonical.dbusmenu, as the hosts in use call it: GNOME's
 * AppIndicator extension (GetLayout, Event), libdbusmenu hosts such as
 * XFCE (GetGroupProperties) and Cinnamon (AboutToShowGroup). The menu is
 * flat: the root (id 0) and its children. */

#define MENU_INTERFACE "com.canonical.dbusmenu"

static const char menu_xml[] =
  "<node>"
  "  <interface name='com.canonical.dbusmenu'>"
  "    <property name='Version' type='u' access='read'/>"
  "    <property name='TextDirection' type='s' access='read'/>"
  "    <property name='Status' type='s' access='read'/>"
  "    <property name='IconThemePath' type='as' access='read'/>"
  "    <method name='GetLayout'>"
  "      <arg type='i' name='parentId' direction='in'/>"
  "      <arg type='i' name='recursionDepth' direction='in'/>"
  "      <arg type='as' name='propertyNames' direction='in'/>"
  "      <arg type='u' name='revision' direction='out'/>"
  "      <arg type='(ia{sv}av)' name='layout' direction='out'/>"
  "    </method>"
  "    <method name='GetGroupProperties'>"
  "      <arg type='ai' name='ids' direction='in'/>"
  "      <arg type='as' name='propertyNames' direction='in'/>"
  "      <arg type='a(ia{sv})' name='properties' direction='out'/>"
  "    </method>"
  "    <method name='GetProperty'>"
  "      <arg type='i' name='id' direction='in'/>"
  "      <arg type='s' name='name' direction='in'/>"
  "      <arg type='v' name='value' direction='out'/>"
  "    </method>"
  "    <method name='Event'>"
  "      <arg type='i' name='id' direction='in'/>"
  "      <arg type='s' name='eventId' direction='in'/>"
  "      <arg type='v' name='data' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='EventGroup'>"
  "      <arg type='a(isvu)' name='events' direction='in'/>"
  "      <arg type='ai' name='idErrors' direction='out'/>"
  "    </method>"
  "    <method name='AboutToShow'>"
  "      <arg type='i' name='id' direction='in'/>"
  "      <arg type='b' name='needUpdate' direction='out'/>"
  "    </method>"
  "    <method name='AboutToShowGroup'>"
  "      <arg type='ai' name='ids' direction='in'/>"
  "      <arg type='ai' name='updatesNeeded' direction='out'/>"
  "      <arg type='ai' name='idErrors' direction='out'/>"
  "    </method>"
  "    <signal name='ItemsPropertiesUpdated'>"
  "      <arg type='a(ia{sv})' name='updatedProps'/>"
  "      <arg type='a(ias)' name='removedProps'/>"
  "    </signal>"
  "    <signal name='LayoutUpdated'>"
  "      <arg type='u' name='revision'/>"
  "      <arg type='i' name='parent'/>"
  "    </signal>"
  "    <signal name='ItemActivationRequested'>"
  "      <arg type='i' name='id'/>"
  "      <arg type='u' name='timestamp'/>"
  "    </signal>"
  "  </interface>"
  "</node>";

struct _PursuitTrayMenu
{
  PursuitTrayActivateFunc activate;
  gpointer                user_data;

  GDBusConnection *connection;
  guint            registration_id;

  guint     revision;
  /* Escaped labels and job ids of all of today's items, in order. */
  GPtrArray *labels;
  GArray    *job_ids;
  gboolean   paused;
};

GDBusInterfaceInfo *
_pursuit_tray_parse_interface (GDBusNodeInfo **node_info,
                               const char     *xml)
{
  if (g_once_init_enter (node_info))
    {
      GDBusNodeInfo *info = g_dbus_node_info_new_for_xml (xml, NULL);

      /* The XML is ours and fixed: a parse error is a bug. */
      g_assert (info != NULL);
      g_once_init_leave (node_info, info);
    }

  return (*node_info)->interfaces[0];
}

static GDBusInterfaceInfo *
get_interface_info (void)
{
  static GDBusNodeInfo *node_info;

  return _pursuit_tray_parse_interface (&node_info, menu_xml);
}

char *
_pursuit_tray_escape_label (const char *label)
{
  g_autofree char *valid = g_utf8_make_valid (label != NULL ? label : "", -1);
  GString *escaped = g_string_sized_new (strlen (valid) + 8);

  for (const char *p = valid; *p != '\0'; p++)
    {
      if (*p == '_')
        g_string_append (escaped, "__");
      else if (*p == '\n' || *p == '\r' || *p == '\t')
        g_string_append_c (escaped, ' ');
      else
        g_string_append_c (escaped, *p);
    }

  return g_string_free (escaped, FALSE);
}

static guint
n_shown_entries (PursuitTrayMenu *menu)
{
  return MIN (menu->labels->len, PURSUIT_TRAY_MENU_MAX_ENTRIES);
}

/* The root's children, in menu order. */
static GArray *
list_children (PursuitTrayMenu *menu)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (int));
  int fixed_head[] = { PURSUIT_TRAY_MENU_OPEN, PURSUIT_TRAY_MENU_SEPARATOR_1, PURSUIT_TRAY_MENU_HEADER };
  int fixed_tail[] = { PURSUIT_TRAY_MENU_SEPARATOR_2, PURSUIT_TRAY_MENU_PAUSE,
                       PURSUIT_TRAY_MENU_SEPARATOR_3, PURSUIT_TRAY_MENU_QUIT };

  g_array_append_vals (ids, fixed_head, G_N_ELEMENTS (fixed_head));
  for (guint i = 0; i < n_shown_entries (menu); i++)
    {
      int id = PURSUIT_TRAY_MENU_FIRST_ENTRY + (int) i;
      g_array_append_val (ids, id);
    }
  if (menu->labels->len > PURSUIT_TRAY_MENU_MAX_ENTRIES)
    {
      int id = PURSUIT_TRAY_MENU_MORE;
      g_array_append_val (ids, id);
    }
  g_array_append_vals (ids, fixed_tail, G_N_ELEMENTS (fixed_tail));

  return ids;
}

static gboolean
has_item (PursuitTrayMenu *menu,
          int              id)
{
  switch (id)
    {
    case PURSUIT_TRAY_MENU_ROOT:
    case PURSUIT_TRAY_MENU_OPEN:
    case PURSUIT_TRAY_MENU_SEPARATOR_1:
    case PURSUIT_TRAY_MENU_HEADER:
    case PURSUIT_TRAY_MENU_SEPARATOR_2:
    case PURSUIT_TRAY_MENU_PAUSE:
    case PURSUIT_TRAY_MENU_SEPARATOR_3:
    case PURSUIT_TRAY_MENU_QUIT:
      return TRUE;
    case PURSUIT_TRAY_MENU_MORE:
      return menu->labels->len > PURSUIT_TRAY_MENU_MAX_ENTRIES;
    default:
      return id >= PURSUIT_TRAY_MENU_FIRST_ENTRY
             && id < PURSUIT_TRAY_MENU_FIRST_ENTRY + (int) n_shown_entries (menu);
    }
}

static void
add_property (GVariantBuilder    *builder,
              const char * const *names,
              const char         *name,
              GVariant           *value)
{
  g_variant_ref_sink (value);

  /* An empty list of names asks for all of them. */
  if (names == NULL || names[0] == NULL || g_strv_contains (names, name))
    g_variant_builder_add (builder, "{sv}", name, value);

  g_variant_unref (value);
}

static char *
dup_header_label (PursuitTrayMenu *menu)
{
  guint n = menu->labels->len;

  if (n == 0)
    return g_strdup (_("No items due today"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item due today", "%u items due today", n), n);
}

/* The item's properties, defaults left out as the spec asks. */
static GVariant *
build_properties (PursuitTrayMenu    *menu,
                  int                 id,
                  const char * const *names)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);

  switch (id)
    {
    case PURSUIT_TRAY_MENU_ROOT:
      add_property (&builder, names, "children-display", g_variant_new_string ("submenu"));
      break;

    case PURSUIT_TRAY_MENU_OPEN:
      add_property (&builder, names, "label", g_variant_new_take_string (_pursuit_tray_escape_label (_("Open Pursuit"))));
      break;

    case PURSUIT_TRAY_MENU_SEPARATOR_1:
    case PURSUIT_TRAY_MENU_SEPARATOR_2:
    case PURSUIT_TRAY_MENU_SEPARATOR_3:
      add_property (&builder, names, "type", g_variant_new_string ("separator"));
      break;

    case PURSUIT_TRAY_MENU_HEADER:
      {
        g_autofree char *header = dup_header_label (menu);

        add_property (&builder, names, "label", g_variant_new_take_string (_pursuit_tray_escape_label (header)));
        add_property (&builder, names, "enabled", g_variant_new_boolean (FALSE));
      }
      break;

    case PURSUIT_TRAY_MENU_MORE:
      {
        guint more = menu->labels->len - n_shown_entries (menu);
        g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u More…", "%u More…", more), more);

        add_property (&builder, names, "label", g_variant_new_take_string (_pursuit_tray_escape_label (label)));
      }
      break;

    case PURSUIT_TRAY_MENU_PAUSE:
      add_property (&builder, names, "label",
                    g_variant_new_take_string (_pursuit_tray_escape_label (_("Pause Reminders for 1 Hour"))));
      add_property (&builder, names, "toggle-type", g_variant_new_string ("checkmark"));
      add_property (&builder, names, "toggle-state", g_variant_new_int32 (menu->paused ? 1 : 0));
      break;

    case PURSUIT_TRAY_MENU_QUIT:
      add_property (&builder, names, "label", g_variant_new_take_string (_pursuit_tray_escape_label (_("Quit"))));
      break;

    default:
      g_assert (id >= PURSUIT_TRAY_MENU_FIRST_ENTRY);
      add_property (&builder, names, "label",
                    g_variant_new_string (g_ptr_array_index (menu->labels, id - PURSUIT_TRAY_MENU_FIRST_ENTRY)));
      break;
    }

  return g_variant_builder_end (&builder);
}

/* (ia{sv}av) for @id and, down to @depth levels (-1: all), its children. */
static GVariant *
build_node (PursuitTrayMenu    *menu,
            int                 id,
            int                 depth,
            const char * const *names)
{
  GVariantBuilder children;

  g_variant_builder_init (&children, G_VARIANT_TYPE ("av"));

  if (id == PURSUIT_TRAY_MENU_ROOT && depth != 0)
    {
      g_autoptr(GArray) ids = list_children (menu);

      for (guint i = 0; i < ids->len; i++)
        g_variant_builder_add (&children, "v",
                               build_node (menu, g_array_index (ids, int, i), depth > 0 ? depth - 1 : -1, names));
    }

  return g_variant_new ("(i@a{sv}av)", id, build_properties (menu, id, names), &children);
}

static void
activate_item (PursuitTrayMenu *menu,
               int              id)
{
  switch (id)
    {
    case PURSUIT_TRAY_MENU_OPEN:
      menu->activate ("show-window", NULL, menu->user_data);
      break;
    case PURSUIT_TRAY_MENU_MORE:
      menu->activate ("show-calendar", NULL, menu->user_data);
      break;
    case PURSUIT_TRAY_MENU_PAUSE:
      /* The checked item ends the pause. */
      menu->activate (menu->paused ? "resume-reminders" : "pause-reminders", NULL, menu->user_data);
      break;
    case PURSUIT_TRAY_MENU_QUIT:
      menu->activate ("quit", NULL, menu->user_data);
      break;
    default:
      if (id >= PURSUIT_TRAY_MENU_FIRST_ENTRY)
        {
          gint64 job_id = g_array_index (menu->job_ids, gint64, id - PURSUIT_TRAY_MENU_FIRST_ENTRY);

          menu->activate ("open-job", g_variant_new_int64 (job_id), menu->user_data);
        }
      /* The header and separators do nothing. */
      break;
    }
}

static void
return_unknown_item (GDBusMethodInvocation *invocation,
                     int                    id)
{
  g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS,
                                         "No menu item with id %d", id);
}

static void
handle_get_layout (PursuitTrayMenu       *menu,
                   GVariant              *parameters,
                   GDBusMethodInvocation *invocation)
{
  g_autofree const char **names = NULL;
  int parent_id, depth;

  g_variant_get (parameters, "(ii^a&s)", &parent_id, &depth, &names);

  if (!has_item (menu, parent_id))
    {
      return_unknown_item (invocation, parent_id);
      return;
    }

  g_dbus_method_invocation_return_value (invocation,
                                         g_variant_new ("(u@(ia{sv}av))", menu->revision,
                                                        build_node (menu, parent_id, depth, names)));
}

static void
handle_get_group_properties (PursuitTrayMenu       *menu,
                             GVariant              *parameters,
                             GDBusMethodInvocation *invocation)
{
  g_autoptr(GVariant) ids = NULL;
  g_autofree const char **names = NULL;
  GVariantBuilder builder;
  gsize n_ids;
  const gint32 *id_list;

  g_variant_get (parameters, "(@ai^a&s)", &ids, &names);
  id_list = g_variant_get_fixed_array (ids, &n_ids, sizeof (gint32));

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ia{sv})"));

  if (n_ids == 0)
    {
      /* libdbusmenu's reading: no ids means every item. */
      g_autoptr(GArray) children = list_children (menu);

      g_variant_builder_add (&builder, "(i@a{sv})", PURSUIT_TRAY_MENU_ROOT,
                             build_properties (menu, PURSUIT_TRAY_MENU_ROOT, names));
      for (guint i = 0; i < children->len; i++)
        {
          int id = g_array_index (children, int, i);
          g_variant_builder_add (&builder, "(i@a{sv})", id, build_properties (menu, id, names));
        }
    }
  else
    {
      /* Items that went away since the host's last layout are left out. */
      for (gsize i = 0; i < n_ids; i++)
        if (has_item (menu, id_list[i]))
          g_variant_builder_add (&builder, "(i@a{sv})", id_list[i], build_properties (menu, id_list[i], names));
    }

  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(a(ia{sv}))", &builder));
}

static void
handle_get_property (PursuitTrayMenu       *menu,
                     GVariant              *parameters,
                     GDBusMethodInvocation *invocation)
{
  g_autoptr(GVariant) properties = NULL;
  g_autoptr(GVariant) value = NULL;
  const char *name;
  int id;

  g_variant_get (parameters, "(i&s)", &id, &name);

  if (!has_item (menu, id))
    {
      return_unknown_item (invocation, id);
      return;
    }

  properties = g_variant_ref_sink (build_properties (menu, id, NULL));
  value = g_variant_lookup_value (properties, name, NULL);
  if (value == NULL)
    {
      g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_INVALID_ARGS,
                                             "Menu item %d has no property “%s”", id, name);
      return;
    }

  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(v)", value));
}

/* Only "clicked" does anything; "hovered", "opened" and "closed" are
 * accepted and ignored. */
static gboolean
handle_one_event (PursuitTrayMenu *menu,
                  int              id,
                  const char      *event_id)
{
  if (!has_item (menu, id))
    return FALSE;

  if (g_str_equal (event_id, "clicked"))
    activate_item (menu, id);

  return TRUE;
}

static void
handle_event (PursuitTrayMenu       *menu,
              GVariant              *parameters,
              GDBusMethodInvocation *invocation)
{
  const char *event_id;
  int id;

  g_variant_get (parameters, "(i&svu)", &id, &event_id, NULL, NULL);

  if (!has_item (menu, id))
    {
      return_unknown_item (invocation, id);
      return;
    }

  /* Reply first: the action may stop the tray (Quit). */
  g_dbus_method_invocation_return_value (invocation, NULL);
  handle_one_event (menu, id, event_id);
}

static void
handle_event_group (PursuitTrayMenu       *menu,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation)
{
  g_autoptr(GVariantIter) iter = NULL;
  g_autoptr(GArray) clicked = g_array_new (FALSE, FALSE, sizeof (int));
  GVariantBuilder errors;
  const char *event_id;
  int id;

  g_variant_builder_init (&errors, G_VARIANT_TYPE ("ai"));
  g_variant_get (parameters, "(a(isvu))", &iter);

  while (g_variant_iter_loop (iter, "(i&svu)", &id, &event_id, NULL, NULL))
    {
      if (!has_item (menu, id))
        g_variant_builder_add (&errors, "i", id);
      else if (g_str_equal (event_id, "clicked"))
        g_array_append_val (clicked, id);
    }

  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(ai)", &errors));

  for (guint i = 0; i < clicked->len; i++)
    handle_one_event (menu, g_array_index (clicked, int, i), "clicked");
}

static void
handle_about_to_show (PursuitTrayMenu       *menu,
                      GVariant              *parameters,
                      GDBusMethodInvocation *invocation)
{
  int id;

  g_variant_get (parameters, "(i)", &id);

  if (!has_item (menu, id))
    {
      return_unknown_item (invocation, id);
      return;
    }

  /* The layout is always current: every change emits LayoutUpdated. */
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(b)", FALSE));
}

static void
handle_about_to_show_group (PursuitTrayMenu       *menu,
                            GVariant              *parameters,
                            GDBusMethodInvocation *invocation)
{
  g_autoptr(GVariant) ids = NULL;
  GVariantBuilder updates, errors;
  const gint32 *id_list;
  gsize n_ids;

  g_variant_get (parameters, "(@ai)", &ids);
  id_list = g_variant_get_fixed_array (ids, &n_ids, sizeof (gint32));

  g_variant_builder_init (&updates, G_VARIANT_TYPE ("ai"));
  g_variant_builder_init (&errors, G_VARIANT_TYPE ("ai"));
  for (gsize i = 0; i < n_ids; i++)
    if (!has_item (menu, id_list[i]))
      g_variant_builder_add (&errors, "i", id_list[i]);

  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(aiai)", &updates, &errors));
}

static void
menu_method_call (GDBusConnection       *connection,
                  const char            *sender,
                  const char            *object_path,
                  const char            *interface_name,
                  const char            *method_name,
                  GVariant              *parameters,
                  GDBusMethodInvocation *invocation,
                  gpointer               user_data)
{
  PursuitTrayMenu *menu = user_data;

  if (g_str_equal (method_name, "GetLayout"))
    handle_get_layout (menu, parameters, invocation);
  else if (g_str_equal (method_name, "GetGroupProperties"))
    handle_get_group_properties (menu, parameters, invocation);
  else if (g_str_equal (method_name, "GetProperty"))
    handle_get_property (menu, parameters, invocation);
  else if (g_str_equal (method_name, "Event"))
    handle_event (menu, parameters, invocation);
  else if (g_str_equal (method_name, "EventGroup"))
    handle_event_group (menu, parameters, invocation);
  else if (g_str_equal (method_name, "AboutToShow"))
    handle_about_to_show (menu, parameters, invocation);
  else if (g_str_equal (method_name, "AboutToShowGroup"))
    handle_about_to_show_group (menu, parameters, invocation);
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "Unknown method %s", method_name);
}

/* The hosts lay the menu out; GTK's own translation tells the direction
 * of the user's language without linking GTK here. */
static const char *
get_text_direction (void)
{
  return g_str_equal (g_dgettext ("gtk40", "default:LTR"), "default:RTL") ? "rtl" : "ltr";
}

static GVariant *
menu_get_property (GDBusConnection  *connection,
                   const char       *sender,
                   const char       *object_path,
                   const char       *interface_name,
                   const char       *property_name,
                   GError          **error,
                   gpointer          user_data)
{
  if (g_str_equal (property_name, "Version"))
    return g_variant_new_uint32 (3);
  if (g_str_equal (property_name, "TextDirection"))
    return g_variant_new_string (get_text_direction ());
  if (g_str_equal (property_name, "Status"))
    return g_variant_new_string ("normal");
  if (g_str_equal (property_name, "IconThemePath"))
    return g_variant_new_strv (NULL, 0);

  g_set_error (error, G_DBUS_ERROR, G_DBUS_ERROR_UNKNOWN_PROPERTY, "Unknown property %s", property_name);
  return NULL;
}

static const GDBusInterfaceVTable menu_vtable = {
  menu_method_call,
  menu_get_property,
  NULL,
  { 0 }
};

static void
emit_layout_updated (PursuitTrayMenu *menu)
{
  g_autoptr(GError) error = NULL;

  menu->revision++;

  if (menu->connection == NULL)
    return;

  if (!g_dbus_connection_emit_signal (menu->connection, NULL, PURSUIT_TRAY_MENU_PATH, MENU_INTERFACE,
                                      "LayoutUpdated",
                                      g_variant_new ("(ui)", menu->revision, PURSUIT_TRAY_MENU_ROOT),
                                      &error))
    g_debug ("Could not emit LayoutUpdated: %s", error->message);
}

PursuitTrayMenu *
_pursuit_tray_menu_new (PursuitTrayActivateFunc activate,
                        gpointer                user_data)
{
  PursuitTrayMenu *menu = g_new0 (PursuitTrayMenu, 1);

  menu->activate = activate;
  menu->user_data = user_data;
  menu->revision = 1;
  menu->labels = g_ptr_array_new_with_free_func (g_free);
  menu->job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  return menu;
}

void
_pursuit_tray_menu_free (PursuitTrayMenu *menu)
{
  if (menu == NULL)
    return;

  _pursuit_tray_menu_unexport (menu);
  g_ptr_array_unref (menu->labels);
  g_array_unref (menu->job_ids);
  g_free (menu);
}

gboolean
_pursuit_tray_menu_export (PursuitTrayMenu  *menu,
                           GDBusConnection  *connection,
                           GError          **error)
{
  g_return_val_if_fail (menu->connection == NULL, FALSE);

  menu->registration_id = g_dbus_connection_register_object (connection, PURSUIT_TRAY_MENU_PATH,
                                                             get_interface_info (), &menu_vtable,
                                                             menu, NULL, error);
  if (menu->registration_id == 0)
    return FALSE;

  menu->connection = g_object_ref (connection);
  return TRUE;
}

void
_pursuit_tray_menu_unexport (PursuitTrayMenu *menu)
{
  if (menu->connection == NULL)
    return;

  g_dbus_connection_unregister_object (menu->connection, menu->registration_id);
  menu->registration_id = 0;
  g_clear_object (&menu->connection);
}

gboolean
_pursuit_tray_menu_set_items (PursuitTrayMenu    *menu,
                              const char * const *labels,
                              const gint64       *job_ids,
                              guint               n_items)
{
  gboolean changed = n_items != menu->labels->len;

  for (guint i = 0; i < n_items && !changed; i++)
    {
      g_autofree char *escaped = _pursuit_tray_escape_label (labels[i]);

      changed = !g_str_equal (escaped, g_ptr_array_index (menu->labels, i))
                || job_ids[i] != g_array_index (menu->job_ids, gint64, i);
    }

  if (!changed)
    return FALSE;

  g_ptr_array_set_size (menu->labels, 0);
  g_array_set_size (menu->job_ids, 0);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (menu->labels, _pursuit_tray_escape_label (labels[i]));
  g_array_append_vals (menu->job_ids, job_ids, n_items);

  emit_layout_updated (menu);
  return TRUE;
}

gboolean
_pursuit_tray_menu_set_paused (PursuitTrayMenu *menu,
                               gboolean         paused)
{
  paused = !!paused;
  if (menu->paused == paused)
    return FALSE;

  menu->paused = paused;
  emit_layout_updated (menu);
  return TRUE;
}

guint
_pursuit_tray_menu_get_revision (PursuitTrayMenu *menu)
{
  return menu->revision;
}

guint
_pursuit_tray_menu_get_n_items (PursuitTrayMenu *menu)
{
  return menu->labels->len;
}
