/* pursuit-application-actions.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-application"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-application-private.h"
#include "pursuit-preferences-window.h"
#include "pursuit-window.h"

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing, rather than destroying, lets each window save its state. */
  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_close (GTK_WINDOW (iter->data));

  g_application_quit (G_APPLICATION (app));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = {
    "The Pursuit developers",
    NULL
  };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-name", _("Pursuit"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Pursuit developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Keep every job application, interview and follow-up on track, "
                                      "privately on your computer."),
                        "copyright", "© 2026 The Pursuit developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: Replace "translator-credits" with your names, one name per line */
                        "translator-credits", _("translator-credits"),
                        NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
try_sample_data_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  _pursuit_application_use_sample_data (PURSUIT_APPLICATION (user_data));
}

static void
leave_sample_data_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  _pursuit_application_use_own_data (PURSUIT_APPLICATION (user_data));
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  _pursuit_application_new_window (PURSUIT_APPLICATION (user_data));
}

static void
show_window_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  _pursuit_application_present_window (PURSUIT_APPLICATION (user_data));
}

/* The actions below come from a notification or the tray, perhaps with
 * no window open: one is opened (or raised) to show what they ask for. */
static void
activate_in_window (PursuitApplication *self,
                    const char         *name,
                    GVariant           *args)
{
  GtkWindow *window = _pursuit_application_present_window (self);
  g_autoptr(GVariant) owned = g_variant_ref_sink (args);

  if (window != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (window), name, owned);
}

static void
open_job_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  activate_in_window (PURSUIT_APPLICATION (user_data), "win.show-job", parameter);
}

static void
show_calendar_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  activate_in_window (PURSUIT_APPLICATION (user_data), "win.show-view", g_variant_new_string ("calendar"));
}

/* One preferences window at a time, over the window it was asked from. */
static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  PursuitApplication *self = PURSUIT_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  PursuitStore *store = NULL;
  GtkWidget *preferences;

  for (GList *iter = gtk_application_get_windows (GTK_APPLICATION (self)); iter != NULL; iter = iter->next)
    {
      if (PURSUIT_IS_PREFERENCES_WINDOW (iter->data))
        {
          gtk_window_present (GTK_WINDOW (iter->data));
          return;
        }
    }

  if (PURSUIT_IS_WINDOW (parent))
    store = pursuit_window_get_store (PURSUIT_WINDOW (parent));
  if (store == NULL && _pursuit_application_ensure_store (self))
    store = pursuit_application_get_store (self);
  if (store == NULL)
    return;

  preferences = pursuit_preferences_window_new (store);
  if (pursuit_application_get_sync_engine (self) != NULL &&
      pursuit_sync_engine_get_store (pursuit_application_get_sync_engine (self)) == store)
    pursuit_preferences_window_set_sync_engine (PURSUIT_PREFERENCES_WINDOW (preferences),
                                                pursuit_application_get_sync_engine (self),
                                                pursuit_application_get_secret_store (self));
  pursuit_preferences_window_set_ai_provider (PURSUIT_PREFERENCES_WINDOW (preferences),
                                              _pursuit_application_get_ai_provider (self));
  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry actions[] = {
  { "quit", quit_action },
  { "new-window", new_window_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "try-sample-data", try_sample_data_action },
  { "leave-sample-data", leave_sample_data_action },
  { "show-window", show_window_action },
  { "open-job", open_job_action, "x" },
  { "show-calendar", show_calendar_action },
};

void
_pursuit_application_init_actions (PursuitApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *new_window_accels[] = { "<Control><Shift>n", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.new-window", new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);

  _pursuit_application_update_actions (self);
}

void
_pursuit_application_update_actions (PursuitApplication *self)
{
  gboolean sample_data = pursuit_application_get_sample_data (self);
  GAction *action;

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "try-sample-data");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !sample_data);

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "leave-sample-data");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), sample_data);
}
