/* pursuit-application.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-application"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <glib-unix.h>

#include "pursuit-settings.h"
#include "pursuit-ai-provider.h"
#include "pursuit-application-private.h"
#include "pursuit-automation.h"
#include "pursuit-background.h"
#include "pursuit-backup.h"
#include "pursuit-demo.h"
#include "pursuit-mail-engine.h"
#include "pursuit-notifier.h"
#include "pursuit-reminder-scheduler.h"
#include "pursuit-secret-store.h"
#include "pursuit-sync-engine.h"
#include "pursuit-tray-feed.h"
#include "pursuit-window.h"

/* How many daily backups are kept, and how often a running app checks
 * whether one is due. */
#define BACKUPS_KEPT           14
#define BACKUP_CHECK_INTERVAL  (60 * 60)

/* The same sample jobs every time, so screenshots and bug reports match. */
#define SAMPLE_DATA_SEED 20260101

struct _PursuitApplication
{
  AdwApplication  parent_instance;

  PursuitStore      *store;
  PursuitAutomation *automation;
  gboolean           sample_data;

  /* Reminders fire from the store in use, also with no window open. */
  PursuitReminderScheduler *scheduler;
  PursuitNotifier          *notifier;
  GSettings                *desktop_settings;

  /* Running with no window (run-in-background, start-at-login) and the
   * tray icon with today's agenda. */
  PursuitBackground        *background;
  PursuitTrayFeed          *tray_feed;

  /* Calendar accounts: one HTTP client and keyring for the app, a sync
   * engine for the store in use. */
  PursuitHttp              *http;
  PursuitSecretStore       *secrets;
  PursuitSyncEngine        *sync_engine;
  /* Gmail: sends queued mail and reads the inbox, next to the sync
   * engine and sharing its sign-ins. */
  PursuitMailEngine        *mail_engine;
  /* The optional AI, off by default, following GSettings ai-*. */
  PursuitAiProvider        *ai_provider;

  GCancellable      *cancellable;
  guint              backup_source;

  /* From the command line: --data-dir (NULL for the default folder) and
   * --demo, used when the store is first opened. */
  char           *data_dir;
  gboolean        start_with_sample_data;
  /* --background: the first activation opens no window. */
  gboolean        start_hidden;

  /* Folders of throw-away sample stores, deleted at shutdown. */
  GPtrArray      *sample_dirs;

  GSettings      *settings;

  guint           sigint_source;
  guint           sigterm_source;
};

G_DEFINE_FINAL_TYPE (PursuitApplication, pursuit_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "data-dir", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Keep the jobs in DIR instead of the default folder"), N_("DIR") },
  { "demo", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Try Pursuit with sample jobs that are not kept"), NULL },
  { "background", 'b', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Start without a window, to deliver reminders (used at login)"), NULL },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { NULL }
};

static void
remove_sample_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  /* Only the database and its -wal and -shm companions live here. */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_remove (child) != 0)
        g_debug ("Could not remove %s: %s", child, g_strerror (errno));
    }

  if (g_rmdir (path) != 0)
    g_debug ("Could not remove %s: %s", path, g_strerror (errno));
}

static PursuitStore *
open_sample_store (PursuitApplication  *self,
                   GError             **error)
{
  g_autoptr(PursuitStore) store = NULL;
  g_autofree char *dir = NULL;

  dir = g_dir_make_tmp ("pursuit-sample-XXXXXX", error);
  if (dir == NULL)
    return NULL;

  g_ptr_array_add (self->sample_dirs, g_strdup (dir));

  store = pursuit_store_open_default (dir, error);
  if (store == NULL)
    return NULL;

  if (!pursuit_demo_fill (store, PURSUIT_DEMO_DEFAULT_JOBS, SAMPLE_DATA_SEED, error))
    return NULL;

  return g_steal_pointer (&store);
}

static void
show_open_error (PursuitApplication *self,
                 GError             *error)
{
  g_autofree char *dir = self->data_dir ? g_strdup (self->data_dir) : pursuit_store_default_data_dir ();
  AdwMessageDialog *dialog;

  g_warning ("Could not open the store in %s: %s", dir, error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                                       _("Could Not Open Your Jobs"),
                                                       NULL));
  /* The store's messages are translated and usually name the file. */
  if (strstr (error->message, dir) != NULL)
    adw_message_dialog_set_body (dialog, error->message);
  else
    /* Translators: the first %s is a folder, the second the reason */
    adw_message_dialog_format_body (dialog, _("Pursuit could not open its data in “%s”: %s"),
                                    dir, error->message);
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));
  adw_message_dialog_set_close_response (dialog, "quit");
  /* Also when run-in-background holds the application. */
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (g_application_quit), self);

  /* Keeps the application running while the dialog is shown; closing it
   * with no main window ends the application. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
run_backup_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pursuit_backup_run_if_due_finish (PURSUIT_STORE (object), result, &error);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not back up the jobs: %s", error->message);
  else if (path != NULL)
    g_debug ("Backed up the jobs to %s", path);
}

static gboolean
on_backup_due_cb (gpointer user_data)
{
  PursuitApplication *self = user_data;
  g_autofree char *backup_dir = NULL;

  if (self->store == NULL || self->sample_data)
    return G_SOURCE_CONTINUE;

  backup_dir = pursuit_backup_default_dir (self->data_dir);
  pursuit_backup_run_if_due_async (self->store, backup_dir, BACKUPS_KEPT, self->cancellable,
                                   run_backup_cb, NULL);

  return G_SOURCE_CONTINUE;
}

/* A new scheduler for the store in use; a pause carries over. */
static void
start_reminders (PursuitApplication *self)
{
  if (self->scheduler != NULL)
    pursuit_reminder_scheduler_stop (self->scheduler);
  g_clear_object (&self->scheduler);

  if (self->store == NULL)
    return;

  self->scheduler = pursuit_reminder_scheduler_new (self->store);
  if (self->notifier != NULL)
    pursuit_notifier_set_scheduler (self->notifier, self->scheduler);
  pursuit_reminder_scheduler_start (self->scheduler);
}

typedef struct
{
  PursuitSyncEngine *engine;
  char              *client_id;
} ClientLookup;

static void
client_lookup_free (ClientLookup *lookup)
{
  g_clear_object (&lookup->engine);
  g_free (lookup->client_id);
  g_free (lookup);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ClientLookup, client_lookup_free)

static void
lookup_client_secret_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(ClientLookup) lookup = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;

  secret = pursuit_secret_store_lookup_finish (PURSUIT_SECRET_STORE (object), result, &error);
  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Could not read the Google client secret: %s", error->message);
      return;
    }

  if (secret != NULL)
    pursuit_sync_engine_set_google_client (lookup->engine, lookup->client_id, secret);
}

static gboolean
has_google_account (PursuitStore *store)
{
  g_autoptr(GPtrArray) accounts = pursuit_store_list_accounts (store, NULL);

  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    if (g_strcmp0 (pursuit_account_get_kind (g_ptr_array_index (accounts, i)), "google") == 0)
      return TRUE;
  return FALSE;
}

/* The user's OAuth client from Preferences (its secret from the keyring),
 * else the one built in. */
static void
apply_google_client (PursuitApplication *self)
{
  g_autofree char *client_id = NULL;
  ClientLookup *lookup;

  if (self->settings != NULL)
    client_id = g_settings_get_string (self->settings, "google-client-id");

  if (client_id == NULL || *client_id == '\0')
    {
#ifdef PURSUIT_GOOGLE_CLIENT_ID
      const char *built_id = PURSUIT_GOOGLE_CLIENT_ID;
      const char *built_secret = PURSUIT_GOOGLE_CLIENT_SECRET;

      pursuit_sync_engine_set_google_client (self->sync_engine,
                                             *built_id != '\0' ? built_id : NULL,
                                             *built_secret != '\0' ? built_secret : NULL);
#endif
      return;
    }

  /* Usable at once by clients without a secret; the secret follows. */
  pursuit_sync_engine_set_google_client (self->sync_engine, client_id, NULL);

  /* Only a Google account needs the secret before the user connects one
   * (the Integrations page hands it over then): no keyring at start-up,
   * and no unlock prompt, for anyone else. */
  if (!has_google_account (self->store))
    return;

  lookup = g_new0 (ClientLookup, 1);
  lookup->engine = g_object_ref (self->sync_engine);
  lookup->client_id = g_strdup (client_id);
  pursuit_secret_store_lookup_async (self->secrets, PURSUIT_SECRET_GOOGLE_CLIENT_SECRET, client_id,
                                     self->cancellable, lookup_client_secret_cb, lookup);
}

/* The Gmail preferences, from GSettings to the mail engine. */
static void
apply_mail_settings (PursuitApplication *self)
{
  int percent;

  if (self->mail_engine == NULL || self->settings == NULL)
    return;

  pursuit_mail_engine_set_window_days (self->mail_engine,
                                       g_settings_get_int (self->settings, "gmail-window-days"));
  pursuit_mail_engine_set_interval_minutes (self->mail_engine,
                                            g_settings_get_int (self->settings, "gmail-interval-minutes"));
  percent = g_settings_get_int (self->settings, "gmail-auto-apply-percent");
  /* Above 1.0 is off. */
  pursuit_mail_engine_set_auto_apply_threshold (self->mail_engine, percent > 0 ? percent / 100.0 : 2.0);
}

static void
on_settings_gmail_changed_cb (PursuitApplication *self,
                              const char         *key)
{
  if (g_str_has_prefix (key, "gmail-"))
    apply_mail_settings (self);
}

static void
stop_mail (PursuitApplication *self)
{
  if (self->mail_engine != NULL)
    pursuit_mail_engine_stop (self->mail_engine);
  g_clear_object (&self->mail_engine);
}

/* The optional AI for every window's job page and for Preferences:
 * one provider bound to the ai-* settings, sharing the app's HTTP client
 * (so the breaker of the service "ai" is one) and keyring. */
static void
ensure_ai_provider (PursuitApplication *self)
{
  if (self->ai_provider != NULL)
    return;

  if (self->http == NULL)
    self->http = pursuit_http_new ();
  if (self->secrets == NULL)
    self->secrets = pursuit_secret_store_new ();

  self->ai_provider = pursuit_ai_provider_new (self->http, self->secrets);
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "ai-base-url", self->ai_provider, "base-url", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "ai-model", self->ai_provider, "model", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "ai-enabled", self->ai_provider, "enabled", G_SETTINGS_BIND_DEFAULT);
    }
}

PursuitAiProvider *
_pursuit_application_get_ai_provider (PursuitApplication *self)
{
  g_return_val_if_fail (PURSUIT_IS_APPLICATION (self), NULL);

  ensure_ai_provider (self);

  return self->ai_provider;
}

/* The windows of the store in use get its mail engine, for Sync Now. */
static void
on_window_added_cb (PursuitApplication *self,
                    GtkWindow          *window)
{
  if (PURSUIT_IS_WINDOW (window))
    pursuit_window_set_ai_provider (PURSUIT_WINDOW (window), _pursuit_application_get_ai_provider (self));
  if (PURSUIT_IS_WINDOW (window) && self->mail_engine != NULL &&
      pursuit_window_get_store (PURSUIT_WINDOW (window)) == pursuit_mail_engine_get_store (self->mail_engine))
    pursuit_window_set_mail_engine (PURSUIT_WINDOW (window), self->mail_engine);
}

/* A sync engine for the store in use, started; the one of the store
 * before stops. */
static void
start_sync (PursuitApplication *self)
{
  stop_mail (self);
  if (self->sync_engine != NULL)
    pursuit_sync_engine_stop (self->sync_engine);
  g_clear_object (&self->sync_engine);

  if (self->store == NULL)
    return;

  if (self->http == NULL)
    self->http = pursuit_http_new ();
  if (self->secrets == NULL)
    self->secrets = pursuit_secret_store_new ();

  self->sync_engine = pursuit_sync_engine_new (self->store, self->http, self->secrets);
  apply_google_client (self);
  pursuit_sync_engine_start (self->sync_engine);

  self->mail_engine = pursuit_mail_engine_new (self->sync_engine);
  apply_mail_settings (self);
  pursuit_mail_engine_start (self->mail_engine);
  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (self)); iter; iter = iter->next)
    on_window_added_cb (self, iter->data);
}

/* Makes @store the one the app works on: the automation follows it, and
 * a real store (not sample data) gets its daily backup. */
static void
adopt_store (PursuitApplication *self,
             PursuitStore       *store,
             gboolean            sample_data)
{
  g_set_object (&self->store, store);
  g_clear_object (&self->automation);
  self->automation = pursuit_automation_new (store);
  self->sample_data = sample_data;
  _pursuit_application_update_actions (self);
  start_reminders (self);
  start_sync (self);
  if (self->tray_feed != NULL)
    pursuit_tray_feed_set_store (self->tray_feed, store);

  if (!sample_data)
    {
      on_backup_due_cb (self);
      if (self->backup_source == 0)
        self->backup_source = g_timeout_add_seconds (BACKUP_CHECK_INTERVAL, on_backup_due_cb, self);
    }
}

/* Shows @store in a new main window in place of the current one. */
static void
switch_store (PursuitApplication *self,
              PursuitStore       *store,
              gboolean            sample_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  PursuitWindow *window;

  g_application_hold (G_APPLICATION (self));

  /* The old windows save their size and view first, so the new one
   * opens the same way. */
  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    if (PURSUIT_IS_WINDOW (iter->data))
      gtk_window_close (GTK_WINDOW (iter->data));

  adopt_store (self, store, sample_data);

  window = pursuit_window_new (GTK_APPLICATION (self), store, sample_data);
  gtk_window_present (GTK_WINDOW (window));

  g_application_release (G_APPLICATION (self));
}

static void
show_toast_in_active_window (PursuitApplication *self,
                             const char         *title)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (PURSUIT_IS_WINDOW (window))
    pursuit_window_add_toast (PURSUIT_WINDOW (window), adw_toast_new (title));
}

void
_pursuit_application_use_sample_data (PursuitApplication *self)
{
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (self->sample_data)
    return;

  store = open_sample_store (self, &error);
  if (store == NULL)
    {
      g_warning ("Could not create sample data: %s", error->message);
      show_toast_in_active_window (self, _("Could not create sample data"));
      return;
    }

  switch_store (self, store, TRUE);
}

/* Another window on the same store: both follow its signals, so what
 * one changes the other shows at once. */
void
_pursuit_application_new_window (PursuitApplication *self)
{
  PursuitWindow *window;

  if (self->store == NULL)
    {
      g_application_activate (G_APPLICATION (self));
      return;
    }

  window = pursuit_window_new (GTK_APPLICATION (self), self->store, self->sample_data);
  gtk_window_present (GTK_WINDOW (window));
}

void
_pursuit_application_use_own_data (PursuitApplication *self)
{
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (!self->sample_data)
    return;

  store = pursuit_store_open_default (self->data_dir, &error);
  if (store == NULL)
    {
      g_warning ("Could not open the store: %s", error->message);
      show_toast_in_active_window (self, _("Could not open your jobs"));
      return;
    }

  switch_store (self, store, FALSE);
}

static void
apply_color_scheme (PursuitApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");

  if (g_str_equal (scheme, "light"))
    adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  else if (g_str_equal (scheme, "dark"))
    adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_FORCE_DARK);
  else
    adw_style_manager_set_color_scheme (style_manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
on_settings_color_scheme_changed_cb (PursuitApplication *self,
                                     const char         *key,
                                     GSettings          *settings)
{
  apply_color_scheme (self);
}

/* SIGINT and SIGTERM (Ctrl+C in a terminal, the end of a session) quit
 * cleanly, so throw-away sample data is still deleted. */
static gboolean
on_quit_signal_cb (gpointer user_data)
{
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);
  return G_SOURCE_CONTINUE;
}

static int
pursuit_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("pursuit %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return G_APPLICATION_CLASS (pursuit_application_parent_class)->handle_local_options (app, options);
}

static int
pursuit_application_command_line (GApplication            *app,
                                  GApplicationCommandLine *command_line)
{
  PursuitApplication *self = PURSUIT_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  gboolean has_data_dir = g_variant_dict_contains (options, "data-dir");
  gboolean demo = g_variant_dict_contains (options, "demo");

  if (self->store != NULL)
    {
      /* A second `pursuit` while one runs just raises the window. */
      if (has_data_dir || demo)
        g_application_command_line_printerr (command_line, "%s\n",
                                             _("Pursuit is already running; --data-dir and --demo "
                                               "only apply when it starts"));
    }
  else
    {
      const char *data_dir = NULL;

      if (g_variant_dict_lookup (options, "data-dir", "^&ay", &data_dir))
        {
          /* Relative to the caller's folder, not the running instance's. */
          g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, data_dir);

          g_free (self->data_dir);
          self->data_dir = g_file_get_path (file);
        }

      self->start_with_sample_data = demo;
      self->start_hidden = g_variant_dict_contains (options, "background");
    }

  /* `pursuit --background` (the login autostart) never raises a window,
   * also when Pursuit already runs. */
  if (self->store != NULL && g_variant_dict_contains (options, "background"))
    return EXIT_SUCCESS;

  g_application_activate (app);

  return EXIT_SUCCESS;
}

/* Opens the store (from --data-dir or --demo) unless it is open; shows
 * why when it cannot. */
gboolean
_pursuit_application_ensure_store (PursuitApplication *self)
{
  g_autoptr(PursuitStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store != NULL)
    return TRUE;

  if (self->start_with_sample_data)
    store = open_sample_store (self, &error);
  else
    store = pursuit_store_open_default (self->data_dir, &error);

  if (store == NULL)
    {
      show_open_error (self, error);
      return FALSE;
    }

  adopt_store (self, store, self->start_with_sample_data);
  return TRUE;
}

/* The main window most recently used, or a new one: for notifications
 * and the tray, which may come when no window is open. */
GtkWindow *
_pursuit_application_present_window (PursuitApplication *self)
{
  GtkWindow *window = NULL;

  for (const GList *iter = gtk_application_get_windows (GTK_APPLICATION (self)); iter; iter = iter->next)
    {
      if (PURSUIT_IS_WINDOW (iter->data))
        {
          window = iter->data;
          break;
        }
    }

  if (window == NULL)
    {
      if (!_pursuit_application_ensure_store (self))
        return NULL;

      window = GTK_WINDOW (pursuit_window_new (GTK_APPLICATION (self), self->store, self->sample_data));
    }

  gtk_window_present (window);
  return window;
}

static void
pursuit_application_activate (GApplication *app)
{
  PursuitApplication *self = PURSUIT_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  /* Started for the reminders alone: the store, no window. Without
   * run-in-background nothing would keep the process, so a window opens. */
  if (self->start_hidden)
    {
      self->start_hidden = FALSE;
      if (self->background != NULL && pursuit_background_can_start_hidden (self->background))
        {
          _pursuit_application_ensure_store (self);
          return;
        }
    }

  if (!_pursuit_application_ensure_store (self))
    return;

  window = GTK_WINDOW (pursuit_window_new (GTK_APPLICATION (self), self->store, self->sample_data));
  gtk_window_present (window);
}

static void
apply_clock_format (PursuitApplication *self)
{
  g_autoptr(GVariant) user_value = NULL;
  int twelve_hour = -1;

  /* GNOME's clock setting when the user chose one, else the locale's. */
  if (self->desktop_settings != NULL)
    user_value = g_settings_get_user_value (self->desktop_settings, "clock-format");
  if (user_value != NULL && g_variant_is_of_type (user_value, G_VARIANT_TYPE_STRING))
    twelve_hour = g_str_equal (g_variant_get_string (user_value, NULL), "12h");

  pursuit_notifier_set_clock_format (self->notifier, twelve_hour);
  if (self->tray_feed != NULL)
    pursuit_tray_feed_set_clock_format (self->tray_feed, twelve_hour);
}

static void
on_desktop_clock_format_changed_cb (PursuitApplication *self)
{
  apply_clock_format (self);
}

static void
on_notifier_scheduler_needed_cb (PursuitApplication *self)
{
  _pursuit_application_ensure_store (self);
}

/* The notifier adds the reminder actions; the scheduler comes with the
 * store (adopt_store). */
static void
init_reminders (PursuitApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  self->notifier = pursuit_notifier_new (G_APPLICATION (self), self->settings);
  g_signal_connect_object (self->notifier, "scheduler-needed",
                           G_CALLBACK (on_notifier_scheduler_needed_cb), self, G_CONNECT_SWAPPED);

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "clock-format"))
    {
      self->desktop_settings = g_settings_new_full (schema, NULL, NULL);
      g_signal_connect_object (self->desktop_settings, "changed::clock-format",
                               G_CALLBACK (on_desktop_clock_format_changed_cb), self, G_CONNECT_SWAPPED);
    }
  apply_clock_format (self);

  if (self->scheduler != NULL)
    pursuit_notifier_set_scheduler (self->notifier, self->scheduler);
}

static void
pursuit_application_startup (GApplication *app)
{
  PursuitApplication *self = PURSUIT_APPLICATION (app);

  G_APPLICATION_CLASS (pursuit_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APPLICATION_ID);

  self->sigint_source = g_unix_signal_add (SIGINT, on_quit_signal_cb, self);
  self->sigterm_source = g_unix_signal_add (SIGTERM, on_quit_signal_cb, self);

  _pursuit_application_init_actions (self);

  self->settings = pursuit_settings_new_if_installed (NULL);
  if (self->settings != NULL)
    {
      g_signal_connect_object (self->settings, "changed::color-scheme",
                               G_CALLBACK (on_settings_color_scheme_changed_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed",
                               G_CALLBACK (on_settings_gmail_changed_cb),
                               self, G_CONNECT_SWAPPED);
      apply_color_scheme (self);
    }
  else
    {
      g_message ("The GSettings schema %s is not installed; settings are not kept. "
                 "Run the uninstalled build with `meson devenv`.", APPLICATION_ID);
    }

  init_reminders (self);

  self->background = pursuit_background_new (app, self->settings);
  self->tray_feed = pursuit_tray_feed_new (app, self->settings);
  apply_clock_format (self);
  if (self->store != NULL)
    pursuit_tray_feed_set_store (self->tray_feed, self->store);
}

static void
pursuit_application_shutdown (GApplication *app)
{
  PursuitApplication *self = PURSUIT_APPLICATION (app);

  g_clear_handle_id (&self->sigint_source, g_source_remove);
  g_clear_handle_id (&self->sigterm_source, g_source_remove);
  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);

  if (self->scheduler != NULL)
    pursuit_reminder_scheduler_stop (self->scheduler);
  stop_mail (self);
  if (self->sync_engine != NULL)
    pursuit_sync_engine_stop (self->sync_engine);
  g_clear_object (&self->sync_engine);
  if (self->ai_provider != NULL && self->settings != NULL)
    {
      g_settings_unbind (self->ai_provider, "enabled");
      g_settings_unbind (self->ai_provider, "base-url");
      g_settings_unbind (self->ai_provider, "model");
    }
  g_clear_object (&self->ai_provider);
  g_clear_object (&self->secrets);
  g_clear_object (&self->http);
  g_clear_object (&self->tray_feed);
  g_clear_object (&self->background);
  g_clear_object (&self->notifier);
  g_clear_object (&self->scheduler);
  g_clear_object (&self->automation);
  g_clear_object (&self->store);

  for (guint i = 0; i < self->sample_dirs->len; i++)
    remove_sample_dir (g_ptr_array_index (self->sample_dirs, i));
  g_ptr_array_set_size (self->sample_dirs, 0);

  G_APPLICATION_CLASS (pursuit_application_parent_class)->shutdown (app);
}

static void
pursuit_application_dispose (GObject *object)
{
  PursuitApplication *self = (PursuitApplication *)object;

  g_clear_handle_id (&self->backup_source, g_source_remove);
  g_clear_object (&self->mail_engine);
  g_clear_object (&self->sync_engine);
  g_clear_object (&self->ai_provider);
  g_clear_object (&self->secrets);
  g_clear_object (&self->http);
  g_clear_object (&self->tray_feed);
  g_clear_object (&self->background);
  g_clear_object (&self->notifier);
  g_clear_object (&self->scheduler);
  g_clear_object (&self->desktop_settings);
  g_clear_object (&self->automation);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (pursuit_application_parent_class)->dispose (object);
}

static void
pursuit_application_finalize (GObject *object)
{
  PursuitApplication *self = (PursuitApplication *)object;

  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->sample_dirs, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_application_parent_class)->finalize (object);
}

static void
pursuit_application_class_init (PursuitApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = pursuit_application_dispose;
  object_class->finalize = pursuit_application_finalize;

  app_class->activate = pursuit_application_activate;
  app_class->command_line = pursuit_application_command_line;
  app_class->handle_local_options = pursuit_application_handle_local_options;
  app_class->startup = pursuit_application_startup;
  app_class->shutdown = pursuit_application_shutdown;
}

static void
pursuit_application_init (PursuitApplication *self)
{
  self->sample_dirs = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();

  g_signal_connect (self, "window-added", G_CALLBACK (on_window_added_cb), NULL);

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Track your job search: applications, interviews and follow-ups."));
}

PursuitApplication *
pursuit_application_new (void)
{
  return g_object_new (PURSUIT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/io/github/pursuit/Pursuit",
                       NULL);
}

/**
 * pursuit_application_get_store:
 *
 * Returns: (transfer none) (nullable): the store shown, once open
 */
PursuitStore *
pursuit_application_get_store (PursuitApplication *self)
{
  g_return_val_if_fail (PURSUIT_IS_APPLICATION (self), NULL);
  return self->store;
}

/**
 * pursuit_application_get_sample_data:
 *
 * Returns: whether the store is a throw-away store of sample jobs
 */
gboolean
pursuit_application_get_sample_data (PursuitApplication *self)
{
  g_return_val_if_fail (PURSUIT_IS_APPLICATION (self), FALSE);
  return self->sample_data;
}

/**
 * pursuit_application_get_sync_engine:
 *
 * Returns: (transfer none) (nullable): the sync engine of the store in
 *   use, once the store is open
 */
PursuitSyncEngine *
pursuit_application_get_sync_engine (PursuitApplication *self)
{
  g_return_val_if_fail (PURSUIT_IS_APPLICATION (self), NULL);
  return self->sync_engine;
}

/**
 * pursuit_application_get_secret_store:
 *
 * Returns: (transfer none) (nullable): the app's keyring access, once the
 *   store is open
 */
PursuitSecretStore *
pursuit_application_get_secret_store (PursuitApplication *self)
{
  g_return_val_if_fail (PURSUIT_IS_APPLICATION (self), NULL);
  return self->secrets;
}

/**
 * pursuit_application_get_mail_engine:
 *
 * Returns: (transfer none) (nullable): the Gmail engine of the store in
 *   use, once the store is open
 */
PursuitMailEngine *
pursuit_application_get_mail_engine (PursuitApplication *self)
{
  g_return_val_if_fail (PURSUIT_IS_APPLICATION (self), NULL);
  return self->mail_engine;
}
