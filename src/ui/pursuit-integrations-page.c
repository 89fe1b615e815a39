/* pursuit-integrations-page.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-integrations"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-caldav-dialog.h"
#include "pursuit-google-auth.h"
#include "pursuit-integrations-page.h"
#include "pursuit-settings.h"

/* "Synced 5 minutes ago" moves on while the page is shown. */
#define REFRESH_INTERVAL_SECONDS 60

struct _PursuitIntegrationsPage
{
  AdwPreferencesPage  parent_instance;

  PursuitSyncEngine  *engine;
  PursuitSecretStore *secrets;     /* NULL: the secret is not kept */
  GSettings          *settings;    /* NULL without the schema */
  GCancellable       *cancellable;
  /* The Google sign-in under way, NULL when none. */
  GCancellable       *connect_cancellable;
  char               *google_error;
  /* Turning Gmail on for gmail_account_id (a browser sign-in), NULL when
   * not. */
  GCancellable       *gmail_cancellable;
  gint64              gmail_account_id;
  GSettings          *gmail_settings;   /* NULL without the schema */
  gboolean            updating;

  PursuitOpenUriFunc  open_uri;
  gpointer            open_uri_data;

  /* gint64 account id -> PursuitAccountRow, in accounts_group */
  GHashTable         *rows;
  guint               refresh_source;

  AdwPreferencesGroup *accounts_group;
  AdwActionRow       *empty_row;
  AdwEntryRow        *client_id_row;
  AdwEntryRow        *client_secret_row;
  AdwActionRow       *connect_row;
  GtkSpinner         *connect_spinner;
  GtkButton          *cancel_connect_button;
  GtkButton          *connect_button;
  GtkLabel           *google_error_label;
  GtkSpinButton      *gmail_window_spin;
  GtkSpinButton      *gmail_interval_spin;
  AdwComboRow        *gmail_auto_row;
};

/* The choices of Apply Automatically, in the order of its model. */
static const int auto_apply_percents[] = { 0, 95, 90, 80 };

G_DEFINE_FINAL_TYPE (PursuitIntegrationsPage, pursuit_integrations_page, ADW_TYPE_PREFERENCES_PAGE)

static void connect_google (PursuitIntegrationsPage *self);
static void on_row_gmail_toggled_cb (PursuitIntegrationsPage *self,
                                     gboolean                 active,
                                     PursuitAccountRow       *row);

static PursuitStore *
get_store (PursuitIntegrationsPage *self)
{
  return pursuit_sync_engine_get_store (self->engine);
}

static GtkWindow *
get_window (PursuitIntegrationsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_toast (PursuitIntegrationsPage *self,
            const char              *text)
{
  GtkWindow *window = get_window (self);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (ADW_IS_PREFERENCES_WINDOW (window))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), adw_toast_new (escaped));
}

static void
open_uri (PursuitIntegrationsPage *self,
          const char              *uri)
{
  if (self->open_uri != NULL)
    self->open_uri (uri, self->open_uri_data);
  else
    gtk_show_uri (get_window (self), uri, GDK_CURRENT_TIME);
}

/* Accounts */

static void
on_row_sign_in_requested_cb (PursuitIntegrationsPage *self,
                             PursuitAccountRow       *row)
{
  PursuitAccount *account = pursuit_account_row_get_account (row);
  GtkWidget *dialog;

  if (g_strcmp0 (pursuit_account_get_kind (account), "google") == 0)
    {
      /* The engine signs the account of the same address in again. */
      connect_google (self);
      return;
    }

  dialog = pursuit_caldav_dialog_new (self->engine);
  pursuit_caldav_dialog_set_server (PURSUIT_CALDAV_DIALOG (dialog),
                                    pursuit_account_get_server_url (account),
                                    pursuit_account_get_username (account));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), get_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
has_account (GPtrArray *accounts,
             gint64     id)
{
  for (guint i = 0; i < accounts->len; i++)
    if (pursuit_account_get_id (g_ptr_array_index (accounts, i)) == id)
      return TRUE;

  return FALSE;
}

/* Updates the rows in place rather than rebuilding them, so an open row
 * stays open with its calendars listed. */
static void
reload_accounts (PursuitIntegrationsPage *self)
{
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  accounts = pursuit_store_list_accounts (get_store (self), &error);
  if (accounts == NULL)
    {
      g_warning ("Could not list the accounts: %s", error->message);
      return;
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (!has_account (accounts, *(gint64 *) key))
        {
          adw_preferences_group_remove (self->accounts_group, value);
          g_hash_table_iter_remove (&iter);
        }
    }

  for (guint i = 0; i < accounts->len; i++)
    {
      PursuitAccount *account = g_ptr_array_index (accounts, i);
      gint64 id = pursuit_account_get_id (account);
      GtkWidget *row = g_hash_table_lookup (self->rows, &id);

      if (row != NULL)
        {
          pursuit_account_row_update (PURSUIT_ACCOUNT_ROW (row), account);
          continue;
        }

      row = pursuit_account_row_new (self->engine, account);
      g_signal_connect_object (row, "sign-in-requested", G_CALLBACK (on_row_sign_in_requested_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "gmail-toggled", G_CALLBACK (on_row_gmail_toggled_cb),
                               self, G_CONNECT_SWAPPED);
      if (self->gmail_cancellable != NULL && self->gmail_account_id == id)
        pursuit_account_row_set_gmail_busy (PURSUIT_ACCOUNT_ROW (row), TRUE);
      g_hash_table_insert (self->rows, g_memdup2 (&id, sizeof id), row);
      adw_preferences_group_add (self->accounts_group, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->empty_row), accounts->len == 0);
}

static void
on_accounts_changed_cb (PursuitIntegrationsPage *self)
{
  reload_accounts (self);
}

static void
on_account_changed_cb (PursuitIntegrationsPage *self,
                       gint64                   account_id)
{
  reload_accounts (self);
}

static gboolean
on_refresh_cb (gpointer user_data)
{
  reload_accounts (user_data);
  return G_SOURCE_CONTINUE;
}

/* Google */

static void
set_google_error (PursuitIntegrationsPage *self,
                  const char              *message)
{
  g_free (self->google_error);
  self->google_error = g_strdup (message);

  gtk_label_set_text (self->google_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->google_error_label), message != NULL);
}

static void
set_connecting (PursuitIntegrationsPage *self,
                gboolean                 connecting)
{
  gtk_widget_set_visible (GTK_WIDGET (self->connect_spinner), connecting);
  gtk_spinner_set_spinning (self->connect_spinner, connecting);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_connect_button), connecting);
  gtk_widget_set_visible (GTK_WIDGET (self->connect_button), !connecting);
  adw_action_row_set_subtitle (self->connect_row,
                               connecting ? _("Continue in your web browser…")
                                          : _("Signs in through your web browser"));
}

static char *
describe_google_error (const GError *error)
{
  if (g_error_matches (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_NO_CLIENT))
    return g_strdup (_("Enter the OAuth client ID of your Google Cloud project first; "
                       "“How to Get These” explains where to find it."));

  if (g_error_matches (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_INVALID_CLIENT))
    return g_strdup (_("Google did not accept the client ID or the client secret. Check both "
                       "in Google Cloud Console."));

  if (g_error_matches (error, PURSUIT_GOOGLE_AUTH_ERROR, PURSUIT_GOOGLE_AUTH_ERROR_TIMED_OUT))
    return g_strdup (_("Nobody signed in within ten minutes. Press Connect to try again."));

  return g_strdup (error->message);
}

static void
add_google_account_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  PursuitIntegrationsPage *self;
  gint64 id;

  id = pursuit_sync_engine_add_google_account_finish (PURSUIT_SYNC_ENGINE (object), result, &error);
  /* Cancel and dispose put the page back themselves. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PURSUIT_INTEGRATIONS_PAGE (user_data);
  g_clear_object (&self->connect_cancellable);
  set_connecting (self, FALSE);

  if (id <= 0)
    {
      g_autofree char *message = NULL;

      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Signing in to Google failed."));

      g_debug ("Google sign-in failed: %s", error->message);
      message = describe_google_error (error);
      set_google_error (self, message);
      return;
    }

  reload_accounts (self);
  account = pursuit_store_get_account (get_store (self), id, NULL);
  if (account != NULL)
    {
      /* TRANSLATORS: %s is a Google account's address */
      g_autofree char *text = g_strdup_printf (_("Connected %s"), pursuit_account_get_label (account));

      show_toast (self, text);
    }
}

static void
open_sign_in_uri_cb (const char *uri,
                     gpointer    user_data)
{
  open_uri (PURSUIT_INTEGRATIONS_PAGE (user_data), uri);
}

static void
store_secret_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_secret_store_store_finish (PURSUIT_SECRET_STORE (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = NULL;

      /* TRANSLATORS: %s says what went wrong */
      message = g_strdup_printf (_("The client secret could not be kept in the keyring: %s"), error->message);
      set_google_error (PURSUIT_INTEGRATIONS_PAGE (user_data), message);
    }
}

/* Hands the client typed in to the engine, and keeps its secret; an
 * empty id leaves the engine with the build's default client. */
static void
apply_google_client (PursuitIntegrationsPage *self)
{
  g_autofree char *client_id = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->client_id_row))));
  g_autofree char *secret = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->client_secret_row))));

  if (*client_id == '\0')
    return;

  pursuit_sync_engine_set_google_client (self->engine, client_id, *secret != '\0' ? secret : NULL);

  if (*secret != '\0' && self->secrets != NULL)
    pursuit_secret_store_store_async (self->secrets, PURSUIT_SECRET_GOOGLE_CLIENT_SECRET, client_id,
                                      _("Pursuit: Google OAuth client secret"), secret,
                                      self->cancellable, store_secret_cb, self);
}

static void
on_client_secret_apply_cb (PursuitIntegrationsPage *self)
{
  set_google_error (self, NULL);
  apply_google_client (self);
}

static void
connect_google (PursuitIntegrationsPage *self)
{
  if (self->connect_cancellable != NULL)
    return;

  set_google_error (self, NULL);
  apply_google_client (self);

  self->connect_cancellable = g_cancellable_new ();
  set_connecting (self, TRUE);
  pursuit_sync_engine_add_google_account_async (self->engine, open_sign_in_uri_cb, self,
                                                self->connect_cancellable,
                                                add_google_account_cb, self);
}

static void
connect_google_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  connect_google (PURSUIT_INTEGRATIONS_PAGE (widget));
}

static void
cancel_google_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PursuitIntegrationsPage *self = PURSUIT_INTEGRATIONS_PAGE (widget);

  if (self->connect_cancellable == NULL)
    return;

  g_cancellable_cancel (self->connect_cancellable);
  g_clear_object (&self->connect_cancellable);
  set_connecting (self, FALSE);
}

static void
lookup_secret_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;
  PursuitIntegrationsPage *self;

  secret = pursuit_secret_store_lookup_finish (PURSUIT_SECRET_STORE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PURSUIT_INTEGRATIONS_PAGE (user_data);
  if (error != NULL)
    g_debug ("Could not read the client secret from the keyring: %s", error->message);
  else if (secret != NULL && *gtk_editable_get_text (GTK_EDITABLE (self->client_secret_row)) == '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->client_secret_row), secret);
}

/* The secret of the client id shown; only when there is one, so that a
 * page without Google never wakes the keyring. */
static void
load_client_secret (PursuitIntegrationsPage *self)
{
  const char *client_id = gtk_editable_get_text (GTK_EDITABLE (self->client_id_row));

  if (self->secrets == NULL || *client_id == '\0')
    return;

  pursuit_secret_store_lookup_async (self->secrets, PURSUIT_SECRET_GOOGLE_CLIENT_SECRET, client_id,
                                     self->cancellable, lookup_secret_cb, self);
}

static void
on_howto_activated_cb (PursuitIntegrationsPage *self)
{
  open_uri (self, PURSUIT_INTEGRATIONS_HOWTO_URL);
}

/* Gmail */

static void
set_gmail_busy (PursuitIntegrationsPage *self,
                gint64                   account_id,
                gboolean                 busy)
{
  PursuitAccountRow *row = g_hash_table_lookup (self->rows, &account_id);

  if (row != NULL)
    pursuit_account_row_set_gmail_busy (row, busy);
}

static void
enable_gmail_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PursuitIntegrationsPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gint64 account_id = self->gmail_account_id;

  if (!pursuit_sync_engine_enable_gmail_finish (PURSUIT_SYNC_ENGINE (object), result, &error) &&
      error == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Gmail could not be turned on."));

  /* Disposed: the rows are gone. */
  if (self->engine == NULL)
    return;

  g_clear_object (&self->gmail_cancellable);
  self->gmail_account_id = 0;
  set_gmail_busy (self, account_id, FALSE);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = describe_google_error (error);

      g_debug ("Turning Gmail on failed: %s", error->message);
      show_toast (self, message);
    }
  else if (error == NULL)
    {
      show_toast (self, _("Gmail is on: follow-ups can be sent and the inbox is read"));
    }

  reload_accounts (self);
}

static void
on_row_gmail_toggled_cb (PursuitIntegrationsPage *self,
                         gboolean                 active,
                         PursuitAccountRow       *row)
{
  gint64 id = pursuit_account_row_get_account_id (row);
  g_autoptr(GError) error = NULL;

  if (!active)
    {
      /* Off while the browser is still open: give up signing in. */
      if (self->gmail_cancellable != NULL && self->gmail_account_id == id)
        {
          g_cancellable_cancel (self->gmail_cancellable);
          return;
        }

      if (!pursuit_sync_engine_disable_gmail (self->engine, id, &error))
        show_toast (self, error->message);
      reload_accounts (self);
      return;
    }

  if (self->gmail_cancellable != NULL)
    {
      show_toast (self, _("Finish turning Gmail on for the other account first"));
      pursuit_account_row_update (row, pursuit_account_row_get_account (row));
      return;
    }

  apply_google_client (self);
  self->gmail_cancellable = g_cancellable_new ();
  self->gmail_account_id = id;
  pursuit_account_row_set_gmail_busy (row, TRUE);
  pursuit_sync_engine_enable_gmail_async (self->engine, id, open_sign_in_uri_cb, self,
                                          self->gmail_cancellable, enable_gmail_cb,
                                          g_object_ref (self));
}

static gboolean
get_auto_apply_mapping (GValue   *value,
                        GVariant *variant,
                        gpointer  user_data)
{
  int percent = g_variant_get_int32 (variant);
  guint selected = 0;

  /* A value set elsewhere (the CLI, dconf): the loosest choice that is
   * still as strict, so nothing is applied that the user did not allow. */
  if (percent > 0)
    {
      selected = 1;
      for (guint i = 1; i < G_N_ELEMENTS (auto_apply_percents); i++)
        if (auto_apply_percents[i] >= percent)
          selected = i;
    }

  g_value_set_uint (value, selected);
  return TRUE;
}

static GVariant *
set_auto_apply_mapping (const GValue       *value,
                        const GVariantType *expected_type,
                        gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (auto_apply_percents))
    return NULL;

  return g_variant_new_int32 (auto_apply_percents[selected]);
}

static void
bind_gmail_settings (PursuitIntegrationsPage *self)
{
  self->gmail_settings = pursuit_settings_new_if_installed ("gmail-auto-apply-percent");
  if (self->gmail_settings == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->gmail_window_spin), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->gmail_interval_spin), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->gmail_auto_row), FALSE);
      return;
    }

  g_settings_bind (self->gmail_settings, "gmail-window-days", self->gmail_window_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->gmail_settings, "gmail-interval-minutes", self->gmail_interval_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->gmail_settings, "gmail-auto-apply-percent", self->gmail_auto_row,
                                "selected", G_SETTINGS_BIND_DEFAULT,
                                get_auto_apply_mapping, set_auto_apply_mapping, NULL, NULL);
}

/* CalDAV */

static void
on_caldav_account_added_cb (PursuitIntegrationsPage *self,
                            gint64                   account_id)
{
  reload_accounts (self);
  show_toast (self, _("Calendar added"));
}

static void
add_caldav_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PursuitIntegrationsPage *self = PURSUIT_INTEGRATIONS_PAGE (widget);
  GtkWidget *dialog = pursuit_caldav_dialog_new (self->engine);

  g_signal_connect_object (dialog, "account-added", G_CALLBACK (on_caldav_account_added_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), get_window (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
pursuit_integrations_page_dispose (GObject *object)
{
  PursuitIntegrationsPage *self = PURSUIT_INTEGRATIONS_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  if (self->connect_cancellable != NULL)
    g_cancellable_cancel (self->connect_cancellable);
  if (self->gmail_cancellable != NULL)
    g_cancellable_cancel (self->gmail_cancellable);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  /* The rows hold the engine, and through it the store: they go now,
   * not whenever the preferences window's search lets go of them. */
  if (self->rows != NULL)
    {
      GHashTableIter iter;
      gpointer row;

      g_hash_table_iter_init (&iter, self->rows);
      while (g_hash_table_iter_next (&iter, NULL, &row))
        adw_preferences_group_remove (self->accounts_group, row);
      g_hash_table_remove_all (self->rows);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_INTEGRATIONS_PAGE);

  g_clear_object (&self->connect_cancellable);
  g_clear_object (&self->gmail_cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->gmail_settings);
  g_clear_object (&self->secrets);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (pursuit_integrations_page_parent_class)->dispose (object);
}

static void
pursuit_integrations_page_finalize (GObject *object)
{
  PursuitIntegrationsPage *self = PURSUIT_INTEGRATIONS_PAGE (object);

  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->google_error, g_free);

  G_OBJECT_CLASS (pursuit_integrations_page_parent_class)->finalize (object);
}

static void
pursuit_integrations_page_class_init (PursuitIntegrationsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_integrations_page_dispose;
  object_class->finalize = pursuit_integrations_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-integrations-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, accounts_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, empty_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, client_id_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, client_secret_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, connect_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, connect_spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, cancel_connect_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, connect_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, google_error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, gmail_window_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, gmail_interval_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitIntegrationsPage, gmail_auto_row);
  gtk_widget_class_bind_template_callback (widget_class, on_client_secret_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_howto_activated_cb);

  gtk_widget_class_install_action (widget_class, "integrations.connect-google", NULL, connect_google_action);
  gtk_widget_class_install_action (widget_class, "integrations.cancel-google", NULL, cancel_google_action);
  gtk_widget_class_install_action (widget_class, "integrations.add-caldav", NULL, add_caldav_action);
}

static void
pursuit_integrations_page_init (PursuitIntegrationsPage *self)
{
  self->cancellable = g_cancellable_new ();
  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pursuit_integrations_page_new:
 * @engine: the engine whose store's accounts are shown
 * @secrets: (nullable): where the Google client secret is kept
 *
 * Returns: (transfer floating): the page, for a PursuitPreferencesWindow
 */
GtkWidget *
pursuit_integrations_page_new (PursuitSyncEngine  *engine,
                               PursuitSecretStore *secrets)
{
  PursuitIntegrationsPage *self;
  PursuitStore *store;

  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (engine), NULL);
  g_return_val_if_fail (secrets == NULL || PURSUIT_IS_SECRET_STORE (secrets), NULL);

  self = g_object_new (PURSUIT_TYPE_INTEGRATIONS_PAGE, NULL);
  self->engine = g_object_ref (engine);
  self->secrets = secrets != NULL ? g_object_ref (secrets) : NULL;
  self->settings = pursuit_settings_new_if_installed ("google-client-id");

  if (self->settings != NULL)
    g_settings_bind (self->settings, "google-client-id", self->client_id_row, "text",
                     G_SETTINGS_BIND_DEFAULT);
  load_client_secret (self);
  bind_gmail_settings (self);

  store = get_store (self);
  g_signal_connect_object (store, "accounts-changed", G_CALLBACK (on_accounts_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "outbox-changed", G_CALLBACK (on_account_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engine, "account-state-changed", G_CALLBACK (on_account_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->refresh_source = g_timeout_add_seconds (REFRESH_INTERVAL_SECONDS, on_refresh_cb, self);

  reload_accounts (self);

  return GTK_WIDGET (self);
}

void
pursuit_integrations_page_set_open_uri_func (PursuitIntegrationsPage *self,
                                             PursuitOpenUriFunc       open_uri_func,
                                             gpointer                 user_data)
{
  g_return_if_fail (PURSUIT_IS_INTEGRATIONS_PAGE (self));

  self->open_uri = open_uri_func;
  self->open_uri_data = user_data;
}

/**
 * pursuit_integrations_page_get_account_row:
 *
 * Returns: (transfer none) (nullable): the row of @account_id
 */
PursuitAccountRow *
pursuit_integrations_page_get_account_row (PursuitIntegrationsPage *self,
                                           gint64                   account_id)
{
  g_return_val_if_fail (PURSUIT_IS_INTEGRATIONS_PAGE (self), NULL);

  return g_hash_table_lookup (self->rows, &account_id);
}

guint
pursuit_integrations_page_get_n_accounts (PursuitIntegrationsPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTEGRATIONS_PAGE (self), 0);

  return g_hash_table_size (self->rows);
}

gboolean
pursuit_integrations_page_get_connecting (PursuitIntegrationsPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTEGRATIONS_PAGE (self), FALSE);

  return self->connect_cancellable != NULL;
}

const char *
pursuit_integrations_page_get_google_error (PursuitIntegrationsPage *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTEGRATIONS_PAGE (self), NULL);

  return self->google_error;
}
