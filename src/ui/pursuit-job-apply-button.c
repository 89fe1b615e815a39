/* pursuit-job-apply-button.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-apply-dialog.h"
#include "pursuit-job-apply-button-private.h"
#include "pursuit-job-page-private.h"
#include "pursuit-pipeline.h"

/* Applying happens in the browser, where Pursuit cannot see it: the
 * button remembers which job's page it opened and, when the window is
 * active again (the user is back), asks whether the application went
 * out. Until then the button offers to mark it by hand. */

struct _PursuitJobApplyButton
{
  AdwBin                     parent_instance;

  GtkButton                 *button;
  PursuitStore              *store;
  PursuitJob                *job;
  gint64                     awaiting_job_id;
  /* The window whose return is awaited (weak). */
  GtkWindow                 *watched;
  GCancellable              *cancellable;
  PursuitJobApplyLaunchFunc  launch;
  gpointer                   launch_data;
};

G_DEFINE_FINAL_TYPE (PursuitJobApplyButton, pursuit_job_apply_button, ADW_TYPE_BIN)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
emit_toast (PursuitJobApplyButton *self,
            const char            *plain_title)
{
  g_autoptr(AdwToast) toast = _pursuit_job_page_new_toast (plain_title);

  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

static gboolean
in_saved_stage (PursuitJobApplyButton *self)
{
  g_autoptr(PursuitStage) stage = NULL;

  if (self->job == NULL || self->store == NULL)
    return FALSE;

  stage = pursuit_store_get_stage (self->store, pursuit_job_get_stage (self->job));
  return stage != NULL && g_strcmp0 (pursuit_stage_get_category (stage), PURSUIT_STAGE_SAVED) == 0;
}

static void
update (PursuitJobApplyButton *self)
{
  const char *uri = pursuit_job_apply_button_get_uri (self);
  gboolean awaiting = self->job != NULL && self->awaiting_job_id == pursuit_job_get_id (self->job);
  const char *label, *tooltip;

  if (uri != NULL && !awaiting)
    {
      label = _("_Apply");
      tooltip = _("Open the Application Page in the Browser");
    }
  else
    {
      label = _("Mark as _Applied…");
      tooltip = _("Record the Application You Sent");
    }

  gtk_button_set_label (self->button, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self), in_saved_stage (self));
}

static GtkWindow *
root_window (PursuitJobApplyButton *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_dialog_add_toast_cb (PursuitJobApplyButton *self,
                        AdwToast              *toast)
{
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

static void
open_dialog (PursuitJobApplyButton *self,
             gint64                 job_id)
{
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  dialog = pursuit_apply_dialog_new (root_window (self), self->store, job_id);
  g_signal_connect_object (dialog, "add-toast", G_CALLBACK (on_dialog_add_toast_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Waiting for the user's return */

static void on_window_active_cb (PursuitJobApplyButton *self);

static void
stop_watching (PursuitJobApplyButton *self)
{
  if (self->watched != NULL)
    g_signal_handlers_disconnect_by_func (self->watched, on_window_active_cb, self);
  g_clear_weak_pointer (&self->watched);
}

static void
on_window_active_cb (PursuitJobApplyButton *self)
{
  if (self->watched != NULL && gtk_window_is_active (self->watched))
    _pursuit_job_apply_button_returned (self);
}

static void
await_return (PursuitJobApplyButton *self,
              gint64                 job_id)
{
  GtkWindow *window = root_window (self);

  stop_watching (self);
  self->awaiting_job_id = job_id;

  if (window != NULL)
    {
      g_set_weak_pointer (&self->watched, window);
      g_signal_connect_object (window, "notify::is-active", G_CALLBACK (on_window_active_cb), self,
                               G_CONNECT_SWAPPED);
    }

  update (self);
}

static void
launch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PursuitJobApplyButton) self = user_data;
  g_autoptr(GError) error = NULL;

  if (g_app_info_launch_default_for_uri_finish (result, &error))
    return;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_debug ("Could not open the apply page: %s", error->message);
  stop_watching (self);
  self->awaiting_job_id = 0;
  update (self);
  emit_toast (self, _("No browser could open the application page"));
}

static void
on_clicked_cb (PursuitJobApplyButton *self)
{
  const char *uri = pursuit_job_apply_button_get_uri (self);
  gint64 job_id;

  if (self->job == NULL)
    return;

  job_id = pursuit_job_get_id (self->job);
  if (uri == NULL || self->awaiting_job_id == job_id)
    {
      stop_watching (self);
      self->awaiting_job_id = 0;
      update (self);
      open_dialog (self, job_id);
      return;
    }

  await_return (self, job_id);

  if (self->launch != NULL)
    {
      self->launch (uri, self->launch_data);
    }
  else
    {
      g_autoptr(GAppLaunchContext) context = NULL;

      context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self))));
      g_app_info_launch_default_for_uri_async (uri, context, self->cancellable, launch_cb, g_object_ref (self));
    }
}

/* GObject */

static void
pursuit_job_apply_button_dispose (GObject *object)
{
  PursuitJobApplyButton *self = (PursuitJobApplyButton *)object;

  g_cancellable_cancel (self->cancellable);
  stop_watching (self);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->job);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_job_apply_button_parent_class)->dispose (object);
}

static void
pursuit_job_apply_button_class_init (PursuitJobApplyButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pursuit_job_apply_button_dispose;

  /**
   * PursuitJobApplyButton::add-toast:
   * @toast: the toast to show
   *
   * The application was recorded (with Undo), or the browser failed.
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

static void
pursuit_job_apply_button_init (PursuitJobApplyButton *self)
{
  self->cancellable = g_cancellable_new ();
  self->button = GTK_BUTTON (gtk_button_new ());
  gtk_button_set_use_underline (self->button, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "suggested-action");
  g_signal_connect_object (self->button, "clicked", G_CALLBACK (on_clicked_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->button));

  update (self);
}

GtkWidget *
pursuit_job_apply_button_new (void)
{
  return g_object_new (PURSUIT_TYPE_JOB_APPLY_BUTTON, NULL);
}

/**
 * pursuit_job_apply_button_set_job:
 * @self: the button
 * @store: (nullable): the store
 * @job: (nullable): the job shown, as last read from @store
 *
 * Shows the button for @job; called again whenever the job changes.
 */
void
pursuit_job_apply_button_set_job (PursuitJobApplyButton *self,
                                  PursuitStore          *store,
                                  PursuitJob            *job)
{
  g_return_if_fail (PURSUIT_IS_JOB_APPLY_BUTTON (self));
  g_return_if_fail (store == NULL || PURSUIT_IS_STORE (store));
  g_return_if_fail (job == NULL || PURSUIT_IS_JOB (job));

  g_set_object (&self->store, store);
  g_set_object (&self->job, job);
  update (self);
}

gint64
pursuit_job_apply_button_get_awaiting_job_id (PursuitJobApplyButton *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_APPLY_BUTTON (self), 0);

  return self->awaiting_job_id;
}

const char *
pursuit_job_apply_button_get_uri (PursuitJobApplyButton *self)
{
  const char *uri;

  g_return_val_if_fail (PURSUIT_IS_JOB_APPLY_BUTTON (self), NULL);

  if (self->job == NULL)
    return NULL;

  uri = pursuit_job_get_apply_url (self->job);
  if (uri == NULL || uri[0] == '\0')
    uri = pursuit_job_get_url (self->job);

  return uri != NULL && uri[0] != '\0' ? uri : NULL;
}

void
_pursuit_job_apply_button_set_launch_func (PursuitJobApplyButton     *self,
                                           PursuitJobApplyLaunchFunc  launch,
                                           gpointer                   user_data)
{
  g_return_if_fail (PURSUIT_IS_JOB_APPLY_BUTTON (self));

  self->launch = launch;
  self->launch_data = user_data;
}

void
_pursuit_job_apply_button_returned (PursuitJobApplyButton *self)
{
  gint64 job_id;

  g_return_if_fail (PURSUIT_IS_JOB_APPLY_BUTTON (self));

  if (self->awaiting_job_id <= 0)
    return;

  job_id = self->awaiting_job_id;
  stop_watching (self);
  self->awaiting_job_id = 0;
  update (self);
  open_dialog (self, job_id);
}
