/* pursuit-background.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-background"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "pursuit-background.h"

#define PORTAL_NAME                "org.freedesktop.portal.Desktop"
#define PORTAL_PATH                "/org/freedesktop/portal/desktop"
#define PORTAL_BACKGROUND          "org.freedesktop.portal.Background"
#define PORTAL_REQUEST             "org.freedesktop.portal.Request"

#define REFUSED_NOTIFICATION_ID    "background-refused"

struct _PursuitBackground
{
  GObject       parent_instance;

  /* Not owned: the application owns us. */
  GApplication *application;
  GSettings    *settings;

  gboolean      held;
  gboolean      uses_portal;
  PursuitBackgroundPermission permission;

  /* Autostart file: one write or removal at a time; a change meanwhile
   * runs again afterwards with the newest setting. */
  gboolean      autostart_busy;
  gboolean      autostart_dirty;

  /* Portal: one request at a time, likewise. */
  GDBusConnection *portal_connection;
  guint         portal_subscription;
  gboolean      portal_busy;
  gboolean      portal_dirty;
  gboolean      portal_autostart;
  char         *portal_handle;

  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (PursuitBackground, pursuit_background, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HELD,
  PROP_PERMISSION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void request_portal (PursuitBackground *self);

static gboolean
get_setting (PursuitBackground *self,
             const char        *key)
{
  return self->settings != NULL && g_settings_get_boolean (self->settings, key);
}

static void
update_hold (PursuitBackground *self)
{
  gboolean want = get_setting (self, "run-in-background");

  if (want == self->held || self->application == NULL)
    return;

  /* GTK holds the application for each window; this one keeps it alive
   * after the last window closes, for the reminders. */
  if (want)
    g_application_hold (self->application);
  else
    g_application_release (self->application);

  self->held = want;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HELD]);
}

static void
set_permission (PursuitBackground           *self,
                PursuitBackgroundPermission  permission)
{
  if (self->permission == permission)
    return;

  self->permission = permission;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERMISSION]);
}

/* Autostart file (outside Flatpak) ------------------------------------------ */

char *
pursuit_background_dup_autostart_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", APPLICATION_ID ".desktop", NULL);
}

static char *
build_autostart_contents (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  const char *group = G_KEY_FILE_DESKTOP_GROUP;

  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_TYPE, G_KEY_FILE_DESKTOP_TYPE_APPLICATION);
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_NAME, _("Pursuit"));
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_COMMENT,
                         _("Delivers job-search reminders in the background"));
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_EXEC, "pursuit --background");
  g_key_file_set_string (key_file, group, G_KEY_FILE_DESKTOP_KEY_ICON, APPLICATION_ID);
  g_key_file_set_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_TERMINAL, FALSE);
  g_key_file_set_boolean (key_file, group, G_KEY_FILE_DESKTOP_KEY_NO_DISPLAY, TRUE);
  g_key_file_set_boolean (key_file, group, "X-GNOME-Autostart-enabled", TRUE);

  return g_key_file_to_data (key_file, NULL, NULL);
}

/* In a worker: a slow home folder must not stall the main loop. */
static void
apply_autostart_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  gboolean enable = GPOINTER_TO_INT (task_data);
  g_autofree char *path = pursuit_background_dup_autostart_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *contents = NULL;
  GError *error = NULL;

  if (!enable)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                   _("Could not remove “%s”: %s"), path, g_strerror (saved_errno));
          return;
        }

      g_task_return_boolean (task, TRUE);
      return;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_task_return_new_error (task, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                               _("Could not create “%s”: %s"), dir, g_strerror (saved_errno));
      return;
    }

  contents = build_autostart_contents ();
  if (!g_file_set_contents (path, contents, -1, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void apply_autostart (PursuitBackground *self);

static void
apply_autostart_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  PursuitBackground *self = PURSUIT_BACKGROUND (object);
  g_autoptr(GError) error = NULL;

  self->autostart_busy = FALSE;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_warning ("Could not change starting at login: %s", error->message);
    }

  if (self->autostart_dirty)
    apply_autostart (self);
}

static void
apply_autostart (PursuitBackground *self)
{
  g_autoptr(GTask) task = NULL;
  gboolean enable = get_setting (self, "start-at-login");

  if (self->autostart_busy)
    {
      self->autostart_dirty = TRUE;
      return;
    }

  self->autostart_busy = TRUE;
  self->autostart_dirty = FALSE;

  task = g_task_new (self, self->cancellable, apply_autostart_cb, NULL);
  g_task_set_source_tag (task, apply_autostart);
  g_task_set_task_data (task, GINT_TO_POINTER (enable), NULL);
  g_task_run_in_thread (task, apply_autostart_thread);
}

/* Background portal (inside Flatpak) ---------------------------------------- */

static void
show_refusal (PursuitBackground *self)
{
  g_autoptr(GNotification) notification = NULL;

  if (self->application == NULL || !g_application_get_is_registered (self->application))
    return;

  notification = g_notification_new (_("Pursuit Cannot Run in the Background"));
  g_notification_set_body (notification,
                           _("Reminders only arrive while the Pursuit window is open. "
                             "You can allow running in the background in your system’s app settings."));
  g_application_send_notification (self->application, REFUSED_NOTIFICATION_ID, notification);
}

static void
unsubscribe_response (PursuitBackground *self)
{
  if (self->portal_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->portal_connection, self->portal_subscription);
  self->portal_subscription = 0;
}

static void
finish_portal_request (PursuitBackground *self)
{
  unsubscribe_response (self);
  g_clear_pointer (&self->portal_handle, g_free);
  g_clear_object (&self->portal_connection);
  self->portal_busy = FALSE;

  if (self->portal_dirty)
    request_portal (self);
}

static void
on_portal_response_cb (GDBusConnection *connection,
                       const char      *sender_name,
                       const char      *object_path,
                       const char      *interface_name,
                       const char      *signal_name,
                       GVariant        *parameters,
                       gpointer         user_data)
{
  PursuitBackground *self = user_data;
  g_autoptr(GVariant) results = NULL;
  gboolean background = FALSE;
  gboolean autostart = FALSE;
  guint32 response;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ua{sv})")))
    return;

  g_variant_get (parameters, "(u@a{sv})", &response, &results);
  g_variant_lookup (results, "background", "b", &background);
  g_variant_lookup (results, "autostart", "b", &autostart);

  /* 1: the user said no; 2: the dialog went away or failed. Either way
   * the portal may stop a windowless Pursuit. */
  if (response != 0 || !background || (self->portal_autostart && !autostart))
    {
      g_message ("The Background portal refused (response %u, background %d, autostart %d)",
                 response, background, autostart);
      set_permission (self, PURSUIT_BACKGROUND_PERMISSION_REFUSED);
      show_refusal (self);
    }
  else
    {
      set_permission (self, PURSUIT_BACKGROUND_PERMISSION_ALLOWED);
      if (self->application != NULL && g_application_get_is_registered (self->application))
        g_application_withdraw_notification (self->application, REFUSED_NOTIFICATION_ID);
    }

  finish_portal_request (self);
}

static void
subscribe_response (PursuitBackground *self,
                    const char        *handle)
{
  unsubscribe_response (self);

  g_free (self->portal_handle);
  self->portal_handle = g_strdup (handle);
  self->portal_subscription = g_dbus_connection_signal_subscribe (self->portal_connection, PORTAL_NAME,
                                                                  PORTAL_REQUEST, "Response", handle, NULL,
                                                                  G_DBUS_SIGNAL_FLAGS_NONE,
                                                                  on_portal_response_cb, self, NULL);
}

static void
request_background_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(PursuitBackground) self = user_data;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  const char *handle;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (reply == NULL)
    {
      /* No portal (an old desktop): nothing asks us to leave either. */
      g_message ("Could not ask to run in the background: %s", error->message);
      self->portal_dirty = FALSE;
      finish_portal_request (self);
      return;
    }

  /* Portals older than version 0.9 choose their own path. */
  g_variant_get (reply, "(&o)", &handle);
  if (g_strcmp0 (handle, self->portal_handle) != 0)
    subscribe_response (self, handle);
}

/* The handle path the portal will use: the caller's unique name without
 * the ':' and with '.' as '_', then the token. */
static char *
build_request_path (GDBusConnection *connection,
                    const char      *token)
{
  g_autofree char *sender = g_strdup (g_dbus_connection_get_unique_name (connection) + 1);

  g_strdelimit (sender, ".", '_');

  return g_strdup_printf (PORTAL_PATH "/request/%s/%s", sender, token);
}

static void
request_portal (PursuitBackground *self)
{
  GDBusConnection *connection;
  GVariantBuilder options;
  g_autofree char *token = NULL;
  g_autofree char *handle = NULL;
  const char *commandline[] = { "pursuit", "--background", NULL };

  if (self->portal_busy)
    {
      self->portal_dirty = TRUE;
      return;
    }
  self->portal_dirty = FALSE;

  connection = self->application != NULL ? g_application_get_dbus_connection (self->application) : NULL;
  if (connection == NULL)
    {
      g_debug ("No session bus: not asking to run in the background");
      return;
    }

  self->portal_busy = TRUE;
  self->portal_autostart = get_setting (self, "start-at-login");
  self->portal_connection = g_object_ref (connection);

  token = g_strdup_printf ("pursuit_bg_%u", g_random_int ());
  handle = build_request_path (connection, token);

  /* Before the call: the answer may come before the reply does. */
  subscribe_response (self, handle);

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "handle_token", g_variant_new_string (token));
  g_variant_builder_add (&options, "{sv}", "reason",
                         g_variant_new_string (_("Pursuit runs in the background to deliver job-search reminders")));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (self->portal_autostart));
  g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  /* D-Bus activation would call Activate and open the window. */
  g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  g_dbus_connection_call (connection, PORTAL_NAME, PORTAL_PATH, PORTAL_BACKGROUND, "RequestBackground",
                          g_variant_new ("(sa{sv})", "", &options), G_VARIANT_TYPE ("(o)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable,
                          request_background_cb, g_object_ref (self));
}

/* Settings ------------------------------------------------------------------ */

static void
on_run_in_background_changed_cb (PursuitBackground *self,
                                 const char        *key,
                                 GSettings         *settings)
{
  update_hold (self);
  if (self->uses_portal && get_setting (self, "run-in-background"))
    request_portal (self);
}

static void
on_start_at_login_changed_cb (PursuitBackground *self,
                              const char        *key,
                              GSettings         *settings)
{
  /* The portal writes and removes its own autostart entry. */
  if (self->uses_portal)
    request_portal (self);
  else
    apply_autostart (self);
}

static void
pursuit_background_dispose (GObject *object)
{
  PursuitBackground *self = (PursuitBackground *)object;

  g_cancellable_cancel (self->cancellable);

  if (self->held && self->application != NULL)
    g_application_release (self->application);
  self->held = FALSE;

  if (self->application != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->application), (gpointer *) &self->application);
  self->application = NULL;

  unsubscribe_response (self);
  g_clear_object (&self->portal_connection);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pursuit_background_parent_class)->dispose (object);
}

static void
pursuit_background_finalize (GObject *object)
{
  PursuitBackground *self = (PursuitBackground *)object;

  g_clear_pointer (&self->portal_handle, g_free);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pursuit_background_parent_class)->finalize (object);
}

static void
pursuit_background_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PursuitBackground *self = PURSUIT_BACKGROUND (object);

  switch (prop_id)
    {
    case PROP_HELD:
      g_value_set_boolean (value, self->held);
      break;
    case PROP_PERMISSION:
      g_value_set_int (value, self->permission);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_background_class_init (PursuitBackgroundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_background_dispose;
  object_class->finalize = pursuit_background_finalize;
  object_class->get_property = pursuit_background_get_property;

  /**
   * PursuitBackground:held:
   *
   * Whether the application is held to run without windows.
   */
  properties [PROP_HELD] =
    g_param_spec_boolean ("held", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PursuitBackground:permission:
   *
   * The Background portal's last answer, a #PursuitBackgroundPermission.
   */
  properties [PROP_PERMISSION] =
    g_param_spec_int ("permission", NULL, NULL,
                      PURSUIT_BACKGROUND_PERMISSION_UNKNOWN, PURSUIT_BACKGROUND_PERMISSION_REFUSED,
                      PURSUIT_BACKGROUND_PERMISSION_UNKNOWN,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pursuit_background_init (PursuitBackground *self)
{
  self->cancellable = g_cancellable_new ();
}

static gboolean
detect_portal (void)
{
  const char *forced = g_getenv ("PURSUIT_FORCE_PORTAL");

  if (forced != NULL && *forced != '\0')
    return g_str_equal (forced, "1");

  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

/**
 * pursuit_background_new:
 * @application: the application to hold; not referenced (it owns us)
 * @settings: (nullable): the application's settings
 *
 * Takes the hold at once when run-in-background is on, and brings the
 * autostart entry (or the portal's permission) in line with
 * start-at-login.
 *
 * Returns: (transfer full): a new #PursuitBackground
 */
PursuitBackground *
pursuit_background_new (GApplication *application,
                        GSettings    *settings)
{
  PursuitBackground *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PURSUIT_TYPE_BACKGROUND, NULL);
  self->application = application;
  g_object_add_weak_pointer (G_OBJECT (application), (gpointer *) &self->application);
  self->uses_portal = detect_portal ();

  if (settings == NULL)
    return self;

  self->settings = g_object_ref (settings);
  g_signal_connect_swapped (settings, "changed::run-in-background",
                            G_CALLBACK (on_run_in_background_changed_cb), self);
  g_signal_connect_swapped (settings, "changed::start-at-login",
                            G_CALLBACK (on_start_at_login_changed_cb), self);

  update_hold (self);

  /* At every start: the portal may re-create its entry, and our own file
   * keeps pointing at the installed command. */
  if (self->uses_portal)
    {
      if (get_setting (self, "run-in-background") || get_setting (self, "start-at-login"))
        request_portal (self);
    }
  else
    {
      g_autofree char *path = pursuit_background_dup_autostart_path ();

      if (get_setting (self, "start-at-login") || g_file_test (path, G_FILE_TEST_EXISTS))
        apply_autostart (self);
    }

  return self;
}

gboolean
pursuit_background_get_held (PursuitBackground *self)
{
  g_return_val_if_fail (PURSUIT_IS_BACKGROUND (self), FALSE);

  return self->held;
}

gboolean
pursuit_background_get_uses_portal (PursuitBackground *self)
{
  g_return_val_if_fail (PURSUIT_IS_BACKGROUND (self), FALSE);

  return self->uses_portal;
}

PursuitBackgroundPermission
pursuit_background_get_permission (PursuitBackground *self)
{
  g_return_val_if_fail (PURSUIT_IS_BACKGROUND (self), PURSUIT_BACKGROUND_PERMISSION_UNKNOWN);

  return self->permission;
}

gboolean
pursuit_background_can_start_hidden (PursuitBackground *self)
{
  g_return_val_if_fail (PURSUIT_IS_BACKGROUND (self), FALSE);

  return self->held;
}
