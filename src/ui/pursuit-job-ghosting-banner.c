/* pursuit-job-ghosting-banner.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-job-ghosting-banner.h"
#include "pursuit-job-page-private.h"
#include "pursuit-pipeline.h"
#include "pursuit-settings.h"

/* The job page's offer to mark a silent application as ghosted: shown
 * only while the store lists the job as a candidate (no answer for the
 * ghosting days after the last follow-up). The user decides; "Not Yet"
 * asks again after as many days. */

#define DEFAULT_GHOSTING_DAYS 21

struct _PursuitJobGhostingBanner
{
  AdwPreferencesGroup parent_instance;

  PursuitStore *store;
  GSettings    *settings;
  gint64        job_id;
  gint64        now;          /* 0: the real time */
  guint         refresh_source;

  GtkLabel     *message_label;
};

G_DEFINE_FINAL_TYPE (PursuitJobGhostingBanner, pursuit_job_ghosting_banner, ADW_TYPE_PREFERENCES_GROUP)

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static gint64
banner_now (PursuitJobGhostingBanner *self)
{
  return self->now > 0 ? self->now : g_get_real_time () / G_USEC_PER_SEC;
}

static int
ghosting_days (PursuitJobGhostingBanner *self)
{
  int days = self->settings != NULL ? g_settings_get_int (self->settings, "ghosting-days") : 0;

  return days > 0 ? days : DEFAULT_GHOSTING_DAYS;
}

/* When the last follow-up was completed: the silence counts from there. */
static gint64
last_follow_up_at (PursuitJobGhostingBanner *self)
{
  g_autoptr(GPtrArray) follow_ups = pursuit_store_list_follow_ups (self->store, self->job_id);
  gint64 last = 0;

  for (guint i = 0; follow_ups != NULL && i < follow_ups->len; i++)
    {
      PursuitFollowUp *follow_up = g_ptr_array_index (follow_ups, i);
      const char *status = pursuit_follow_up_get_status (follow_up);
      gint64 at = pursuit_follow_up_get_completed_at (follow_up);

      if (g_strcmp0 (status, "pending") == 0 || g_strcmp0 (status, "cancelled") == 0)
        continue;

      last = MAX (last, at > 0 ? at : pursuit_follow_up_get_due_at (follow_up));
    }

  return last;
}

static gboolean
is_candidate (PursuitJobGhostingBanner *self,
              int                       days)
{
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;

  jobs = pursuit_store_list_ghosting_candidates (self->store, days, banner_now (self), &error);
  if (jobs == NULL)
    {
      g_warning ("Could not look for silent applications: %s", error->message);
      return FALSE;
    }

  for (guint i = 0; i < jobs->len; i++)
    if (pursuit_job_get_id (g_ptr_array_index (jobs, i)) == self->job_id)
      return TRUE;

  return FALSE;
}

/* Hidden with the focus inside (after Not Yet, say): the focus moves on
 * to what follows on the page rather than getting lost. */
static void
hide (PursuitJobGhostingBanner *self)
{
  GtkWidget *next = gtk_widget_get_next_sibling (GTK_WIDGET (self));

  if (gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      if (next == NULL || !gtk_widget_child_focus (next, GTK_DIR_TAB_FORWARD))
        {
          if (root != NULL)
            gtk_root_set_focus (root, NULL);
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
refresh (PursuitJobGhostingBanner *self)
{
  int days = ghosting_days (self);
  gint64 silent;
  g_autofree char *message = NULL;

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  if (self->store == NULL || self->job_id <= 0 || !is_candidate (self, days))
    {
      hide (self);
      return;
    }

  /* The real silence, which may be longer than the setting. */
  silent = (banner_now (self) - last_follow_up_at (self)) / (24 * 60 * 60);
  if (silent < days)
    silent = days;

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "No response for %d day after your last follow-up",
                                          "No response for %d days after your last follow-up",
                                          silent),
                             (int)silent);
  gtk_label_set_text (self->message_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  PursuitJobGhostingBanner *self = user_data;

  self->refresh_source = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* Several signals come with one change: look once, after them. */
static void
queue_refresh (PursuitJobGhostingBanner *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle_cb, self);
}

static void
emit_toast (PursuitJobGhostingBanner *self,
            AdwToast                 *toast)
{
  g_signal_emit (self, signals [ADD_TOAST], 0, toast);
}

static void
emit_message (PursuitJobGhostingBanner *self,
              const char               *plain_title)
{
  g_autoptr(AdwToast) toast = _pursuit_job_page_new_toast (plain_title);

  emit_toast (self, toast);
}

/* Store and settings signals */

static void
on_job_changed_cb (PursuitJobGhostingBanner *self,
                   PursuitJob               *job,
                   PursuitStore             *store)
{
  if (pursuit_job_get_id (job) == self->job_id)
    queue_refresh (self);
}

static void
on_follow_ups_changed_cb (PursuitJobGhostingBanner *self,
                          gint64                    job_id,
                          PursuitStore             *store)
{
  if (job_id == self->job_id)
    queue_refresh (self);
}

static void
on_reloaded_cb (PursuitJobGhostingBanner *self,
                PursuitStore             *store)
{
  queue_refresh (self);
}

static void
on_ghosting_days_changed_cb (PursuitJobGhostingBanner *self,
                             const char               *key,
                             GSettings                *settings)
{
  queue_refresh (self);
}

/* Actions */

typedef struct
{
  PursuitStore *store;
  gint64        job_id;
  char         *previous_stage;
} UndoGhosted;

static void
undo_ghosted_free (gpointer  data,
                   GClosure *closure)
{
  UndoGhosted *undo = data;

  g_clear_object (&undo->store);
  g_free (undo->previous_stage);
  g_free (undo);
}

static void
on_undo_ghosted_cb (AdwToast    *toast,
                    UndoGhosted *undo)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_undo_move (undo->store, undo->job_id, undo->previous_stage, &error))
    g_warning ("Could not undo marking job %" G_GINT64_FORMAT " as ghosted: %s", undo->job_id, error->message);
}

static void
mark_ghosted_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PursuitJobGhostingBanner *self = PURSUIT_JOB_GHOSTING_BANNER (widget);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *stage = NULL;
  UndoGhosted *undo;

  if (self->store == NULL || self->job_id <= 0)
    return;

  stage = _pursuit_job_page_find_stage (self->store, PURSUIT_STAGE_GHOSTED);
  job = pursuit_store_get_job (self->store, self->job_id, &error);

  if (stage == NULL)
    {
      emit_message (self, _("There is no Ghosted stage"));
      return;
    }

  if (job == NULL || !pursuit_store_move_job (self->store, self->job_id, stage, NULL, &error))
    {
      emit_message (self, error->message);
      return;
    }

  undo = g_new0 (UndoGhosted, 1);
  undo->store = g_object_ref (self->store);
  undo->job_id = self->job_id;
  undo->previous_stage = g_strdup (pursuit_job_get_stage (job));

  toast = _pursuit_job_page_new_toast (_("Marked as ghosted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_ghosted_cb),
                         undo, undo_ghosted_free, 0);
  emit_toast (self, toast);

  refresh (self);
}

static void
not_yet_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitJobGhostingBanner *self = PURSUIT_JOB_GHOSTING_BANNER (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int days = ghosting_days (self);

  if (self->store == NULL || self->job_id <= 0)
    return;

  if (!pursuit_store_dismiss_ghosting (self->store, self->job_id, &error))
    {
      emit_message (self, error->message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "You will be asked again in %d day",
                                          "You will be asked again in %d days",
                                          days),
                             days);
  emit_message (self, message);
  refresh (self);
}

/* GObject */

static void
pursuit_job_ghosting_banner_dispose (GObject *object)
{
  PursuitJobGhostingBanner *self = (PursuitJobGhostingBanner *)object;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_JOB_GHOSTING_BANNER);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (pursuit_job_ghosting_banner_parent_class)->dispose (object);
}

static void
pursuit_job_ghosting_banner_class_init (PursuitJobGhostingBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_job_ghosting_banner_dispose;

  /**
   * PursuitJobGhostingBanner::add-toast:
   * @toast: the toast to show
   *
   * Asks the page to show @toast.
   */
  signals [ADD_TOAST] =
    g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-job-ghosting-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobGhostingBanner, message_label);

  gtk_widget_class_install_action (widget_class, "ghosting.mark", NULL, mark_ghosted_action);
  gtk_widget_class_install_action (widget_class, "ghosting.not-yet", NULL, not_yet_action);
}

static void
pursuit_job_ghosting_banner_init (PursuitJobGhostingBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);

  self->settings = pursuit_settings_new_if_installed ("ghosting-days");
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::ghosting-days",
                             G_CALLBACK (on_ghosting_days_changed_cb), self, G_CONNECT_SWAPPED);
}

/* Public API */

/**
 * pursuit_job_ghosting_banner_set_store:
 * @self: a banner
 * @store: the store; set once
 */
void
pursuit_job_ghosting_banner_set_store (PursuitJobGhostingBanner *self,
                                       PursuitStore             *store)
{
  g_return_if_fail (PURSUIT_IS_JOB_GHOSTING_BANNER (self));
  g_return_if_fail (PURSUIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "job-changed", G_CALLBACK (on_job_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "follow-ups-changed", G_CALLBACK (on_follow_ups_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reloaded", G_CALLBACK (on_reloaded_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

/**
 * pursuit_job_ghosting_banner_set_job_id:
 * @self: a banner
 * @job_id: the job shown, 0 for none
 */
void
pursuit_job_ghosting_banner_set_job_id (PursuitJobGhostingBanner *self,
                                        gint64                    job_id)
{
  g_return_if_fail (PURSUIT_IS_JOB_GHOSTING_BANNER (self));

  self->job_id = job_id;
  refresh (self);
}

/**
 * pursuit_job_ghosting_banner_set_now:
 * @self: a banner
 * @now: the unix time to judge the silence by; 0 for the real time
 *
 * For tests, which cannot wait three weeks.
 */
void
pursuit_job_ghosting_banner_set_now (PursuitJobGhostingBanner *self,
                                     gint64                    now)
{
  g_return_if_fail (PURSUIT_IS_JOB_GHOSTING_BANNER (self));

  self->now = now;
  refresh (self);
}

/**
 * pursuit_job_ghosting_banner_is_offered:
 *
 * Returns: whether the banner offers to mark the job as ghosted
 */
gboolean
pursuit_job_ghosting_banner_is_offered (PursuitJobGhostingBanner *self)
{
  g_return_val_if_fail (PURSUIT_IS_JOB_GHOSTING_BANNER (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self));
}
