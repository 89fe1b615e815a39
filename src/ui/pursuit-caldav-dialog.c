/* pursuit-caldav-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-caldav-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-caldav-dialog.h"

struct _PursuitCaldavDialog
{
  AdwWindow          parent_instance;

  PursuitSyncEngine *engine;
  GCancellable      *cancellable;
  char              *error;
  gboolean           busy;

  AdwPreferencesGroup *fields_group;
  AdwEntryRow       *url_row;
  AdwEntryRow       *user_row;
  AdwEntryRow       *password_row;
  GtkLabel          *error_label;
  GtkSpinner        *spinner;
};

G_DEFINE_FINAL_TYPE (PursuitCaldavDialog, pursuit_caldav_dialog, ADW_TYPE_WINDOW)

enum {
  ACCOUNT_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "host:8443" or "host:8443/path": a port, not a scheme. */
static gboolean
has_port_after_colon (const char *text)
{
  const char *colon = strchr (text, ':');
  const char *p;

  if (colon == NULL || !g_ascii_isdigit (colon[1]))
    return FALSE;

  for (p = colon + 1; g_ascii_isdigit (*p); p++)
    ;

  return *p == '\0' || *p == '/';
}

char *
pursuit_caldav_dialog_check_url (const char  *text,
                                 GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *full = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (*stripped == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Enter the address of your CalDAV server."));
      return NULL;
    }

  /* "cloud.example.com" (or "host:8443/dav") is what people copy from
   * their provider's page; "mailto:..." is not a server. */
  if (strstr (stripped, "://") != NULL || (g_uri_peek_scheme (stripped) != NULL && !has_port_after_colon (stripped)))
    full = g_strdup (stripped);
  else
    full = g_strconcat ("https://", stripped, NULL);
  uri = g_uri_parse (full, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;

  if (uri == NULL || scheme == NULL ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The server address must be a web address starting with https:// "
                             "(or http:// for a server on your own network)."));
      return NULL;
    }

  if (g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The server address has no server name in it."));
      return NULL;
    }

  return g_steal_pointer (&full);
}

static void
set_error (PursuitCaldavDialog *self,
           const char          *message)
{
  g_free (self->error);
  self->error = g_strdup (message);

  /* Plain text: a server's message may hold anything. */
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
set_busy (PursuitCaldavDialog *self,
          gboolean             busy)
{
  self->busy = busy;
  /* A focused entry made insensitive keeps blinking without focus. */
  if (busy)
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->fields_group), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "caldav.add", !busy);
}

static void
on_field_changed_cb (PursuitCaldavDialog *self)
{
  if (!self->busy)
    set_error (self, NULL);
}

/* What the engine's errors say is already a sentence for people; the
 * cases a user can fix get a hint of what to change. */
static char *
describe_error (const GError *error)
{
  if (g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED))
    return g_strdup (_("The server did not accept the user name and password. Some providers "
                       "(iCloud, Fastmail) need an app-specific password."));

  if (g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_OFFLINE) ||
      g_error_matches (error, PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_TIMEOUT))
    /* TRANSLATORS: %s says what went wrong, in a sentence */
    return g_strdup_printf (_("Could not reach the server. Check the address and your connection. (%s)"),
                            error->message);

  return g_strdup (error->message);
}

static void
add_account_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  PursuitCaldavDialog *self;
  gint64 id;

  id = pursuit_sync_engine_add_caldav_account_finish (PURSUIT_SYNC_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PURSUIT_CALDAV_DIALOG (user_data);
  set_busy (self, FALSE);

  if (id <= 0)
    {
      g_autofree char *message = NULL;

      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED,
                             _("The calendar could not be added."));

      g_debug ("Could not add the CalDAV account: %s", error->message);
      message = describe_error (error);
      set_error (self, message);
      return;
    }

  g_signal_emit (self, signals[ACCOUNT_ADDED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PursuitCaldavDialog *self = PURSUIT_CALDAV_DIALOG (widget);
  g_autofree char *url = NULL;
  g_autofree char *username = NULL;
  const char *password;
  g_autoptr(GError) error = NULL;

  if (self->busy)
    return;

  url = pursuit_caldav_dialog_check_url (gtk_editable_get_text (GTK_EDITABLE (self->url_row)), &error);
  if (url == NULL)
    {
      set_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->url_row));
      return;
    }

  username = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->user_row))));
  if (*username == '\0')
    {
      set_error (self, _("Enter your user name on the server."));
      gtk_widget_grab_focus (GTK_WIDGET (self->user_row));
      return;
    }

  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  if (*password == '\0')
    {
      set_error (self, _("Enter your password, or an app-specific password if your provider "
                         "asks for one."));
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return;
    }

  set_error (self, NULL);
  set_busy (self, TRUE);
  pursuit_sync_engine_add_caldav_account_async (self->engine, url, username, password,
                                                self->cancellable, add_account_cb, self);
}

static void
pursuit_caldav_dialog_dispose (GObject *object)
{
  PursuitCaldavDialog *self = PURSUIT_CALDAV_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_CALDAV_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (pursuit_caldav_dialog_parent_class)->dispose (object);
}

static void
pursuit_caldav_dialog_finalize (GObject *object)
{
  PursuitCaldavDialog *self = PURSUIT_CALDAV_DIALOG (object);

  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (pursuit_caldav_dialog_parent_class)->finalize (object);
}

static void
pursuit_caldav_dialog_class_init (PursuitCaldavDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_caldav_dialog_dispose;
  object_class->finalize = pursuit_caldav_dialog_finalize;

  /**
   * PursuitCaldavDialog::account-added:
   * @id: the new account's id
   */
  signals[ACCOUNT_ADDED] = g_signal_new ("account-added",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-caldav-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitCaldavDialog, fields_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitCaldavDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitCaldavDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitCaldavDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitCaldavDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitCaldavDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);

  gtk_widget_class_install_action (widget_class, "caldav.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pursuit_caldav_dialog_init (PursuitCaldavDialog *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pursuit_caldav_dialog_new:
 * @engine: the engine that adds the account
 *
 * Returns: (transfer floating): the dialog; set a transient parent and
 *   present it
 */
GtkWidget *
pursuit_caldav_dialog_new (PursuitSyncEngine *engine)
{
  PursuitCaldavDialog *self;

  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (engine), NULL);

  self = g_object_new (PURSUIT_TYPE_CALDAV_DIALOG, NULL);
  self->engine = g_object_ref (engine);

  return GTK_WIDGET (self);
}

void
pursuit_caldav_dialog_set_server (PursuitCaldavDialog *self,
                                  const char          *server_url,
                                  const char          *username)
{
  g_return_if_fail (PURSUIT_IS_CALDAV_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->url_row), server_url != NULL ? server_url : "");
  gtk_editable_set_text (GTK_EDITABLE (self->user_row), username != NULL ? username : "");
  if (server_url != NULL && username != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
}

const char *
pursuit_caldav_dialog_get_error (PursuitCaldavDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALDAV_DIALOG (self), NULL);

  return self->error;
}

gboolean
pursuit_caldav_dialog_get_busy (PursuitCaldavDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_CALDAV_DIALOG (self), FALSE);

  return self->busy;
}
