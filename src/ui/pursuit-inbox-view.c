/* pursuit-inbox-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-inbox"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-account-row.h"
#include "pursuit-inbox-view.h"
#include "pursuit-job-page-private.h"
#include "pursuit-pipeline.h"
#include "pursuit-suggestion-row.h"

/* "Synced 5 minutes ago" moves on while the page is shown. */
#define REFRESH_INTERVAL_SECONDS 60

struct _PursuitInboxView
{
  AdwBin             parent_instance;

  PursuitStore      *store;
  PursuitMailEngine *engine;
  GCancellable      *sync_cancellable;
  /* Of PursuitMailSuggestion, as last listed. */
  GPtrArray         *suggestions;
  guint              n_pending;
  gboolean           connected;
  guint              reload_source;
  guint              refresh_source;
  char              *status_text;

  GtkWidget         *toolbar;
  GtkImage          *status_icon;
  GtkLabel          *status_label;
  GtkProgressBar    *progress_bar;
  GtkButton         *cancel_button;
  GtkButton         *sync_button;
  GtkStack          *stack;
  GtkWidget         *pending_group;
  GtkWidget         *applied_group;
  GtkListBox        *pending_list;
  GtkListBox        *applied_list;
};

G_DEFINE_FINAL_TYPE (PursuitInboxView, pursuit_inbox_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ADD_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_toast (PursuitInboxView *self,
           AdwToast         *toast)
{
  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
  g_object_unref (toast);
}

/* A toast of plain text. */
static void
show_text_toast (PursuitInboxView *self,
                  const char       *message)
{
  add_toast (self, _pursuit_job_page_new_toast (message));
}

/* The user's name of the first stage of @category, or the default one. */
static char *
stage_label (PursuitStore *store,
             const char   *category)
{
  g_autofree char *key = NULL;
  g_autoptr(PursuitStage) stage = NULL;

  if (category == NULL)
    return NULL;

  key = _pursuit_job_page_find_stage (store, category);
  if (key != NULL)
    stage = pursuit_store_get_stage (store, key);
  if (stage != NULL)
    return g_strdup (pursuit_stage_get_label (stage));

  return g_strdup (pursuit_pipeline_get_default_label (category));
}

static PursuitMailSuggestion *
find_suggestion (PursuitInboxView *self,
                 gint64            id)
{
  for (guint i = 0; self->suggestions != NULL && i < self->suggestions->len; i++)
    {
      PursuitMailSuggestion *suggestion = g_ptr_array_index (self->suggestions, i);

      if (pursuit_mail_suggestion_get_id (suggestion) == id)
        return suggestion;
    }

  return NULL;
}

/* What accepting did, for the toast: "Acme moved to Rejected". */
static char *
describe_done (PursuitInboxView      *self,
               PursuitMailSuggestion *suggestion)
{
  g_autofree char *label = stage_label (self->store, pursuit_mail_suggestion_get_target_stage (suggestion));

  return pursuit_suggestion_row_describe_done (suggestion, label);
}

/* Status */

static void
update_status (PursuitInboxView *self)
{
  g_autoptr(GPtrArray) accounts = NULL;
  const char *error = NULL;
  gint64 synced_at = 0;
  gboolean syncing = self->engine != NULL && pursuit_mail_engine_get_syncing (self->engine);

  self->connected = FALSE;
  if (self->store != NULL)
    accounts = pursuit_store_list_accounts (self->store, NULL);

  for (guint i = 0; accounts != NULL && i < accounts->len; i++)
    {
      PursuitAccount *account = g_ptr_array_index (accounts, i);

      if (g_strcmp0 (pursuit_account_get_kind (account), "google") != 0 ||
          !pursuit_account_get_mail_enabled (account))
        continue;

      self->connected = TRUE;
      synced_at = MAX (synced_at, pursuit_account_get_mail_synced_at (account));
      if (error == NULL && pursuit_account_get_mail_last_error (account) != NULL &&
          *pursuit_account_get_mail_last_error (account) != '\0')
        error = pursuit_account_get_mail_last_error (account);
    }

  g_clear_pointer (&self->status_text, g_free);
  if (syncing)
    self->status_text = g_strdup (_("Reading your inbox…"));
  else if (error != NULL)
    /* TRANSLATORS: %s says what went wrong */
    self->status_text = g_strdup_printf (_("The last sync failed: %s"), error);
  else
    self->status_text = pursuit_account_row_describe_last_sync (synced_at, g_get_real_time () / G_USEC_PER_SEC);

  gtk_label_set_text (self->status_label, self->status_text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_icon), error != NULL && !syncing);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), self->status_text);

  gtk_widget_set_visible (self->toolbar, self->connected);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), syncing);
  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), syncing && self->sync_cancellable != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->sync_button), self->engine != NULL && !syncing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inbox.sync", self->engine != NULL && !syncing);
}

static gboolean
on_refresh_cb (gpointer user_data)
{
  update_status (user_data);
  return G_SOURCE_CONTINUE;
}

/* The list */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
set_n_pending (PursuitInboxView *self,
               guint             n_pending)
{
  if (self->n_pending == n_pending)
    return;

  self->n_pending = n_pending;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
}

void
pursuit_inbox_view_reload (PursuitInboxView *self)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pending = 0, n_applied = 0;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus;
  gboolean had_focus;

  g_return_if_fail (PURSUIT_IS_INBOX_VIEW (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->store == NULL)
    return;

  suggestions = pursuit_store_list_mail_suggestions (self->store, NULL, &error);
  if (suggestions == NULL)
    {
      g_warning ("Could not list the mail suggestions: %s", error != NULL ? error->message : "?");
      suggestions = g_ptr_array_new_with_free_func (g_object_unref);
    }

  /* Rows with focus go away: the list keeps it rather than the window. */
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stack));

  clear_list (self->pending_list);
  clear_list (self->applied_list);

  for (guint i = 0; i < suggestions->len; i++)
    {
      PursuitMailSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      const char *state = pursuit_mail_suggestion_get_state (suggestion);
      g_autofree char *label = stage_label (self->store, pursuit_mail_suggestion_get_target_stage (suggestion));
      GtkWidget *row;

      if (g_strcmp0 (state, PURSUIT_SUGGESTION_PENDING) == 0)
        {
          row = pursuit_suggestion_row_new (suggestion, label);
          gtk_list_box_append (self->pending_list, row);
          n_pending++;
        }
      else if (g_strcmp0 (state, PURSUIT_SUGGESTION_APPLIED) == 0)
        {
          row = pursuit_suggestion_row_new (suggestion, label);
          gtk_list_box_append (self->applied_list, row);
          n_applied++;
        }
    }

  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  self->suggestions = g_steal_pointer (&suggestions);

  update_status (self);

  gtk_widget_set_visible (self->pending_group, n_pending > 0);
  gtk_widget_set_visible (self->applied_group, n_applied > 0);

  if (n_pending + n_applied > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (!self->connected)
    gtk_stack_set_visible_child_name (self->stack, "disconnected");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");

  set_n_pending (self, n_pending);

  if (had_focus)
    {
      GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (n_pending > 0 ? self->pending_list : self->applied_list));

      if (first != NULL)
        gtk_widget_grab_focus (first);
    }
}

static gboolean
reload_cb (gpointer user_data)
{
  PursuitInboxView *self = user_data;

  self->reload_source = 0;
  pursuit_inbox_view_reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (PursuitInboxView *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_cb, self);
}

static void
on_store_changed_cb (PursuitInboxView *self)
{
  queue_reload (self);
}

/* Accept, dismiss, undo */

static void
undo (PursuitInboxView *self,
      gint64            id)
{
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_undo_mail_suggestion (self->store, id, &error))
    show_text_toast (self, error->message);

  pursuit_inbox_view_reload (self);
}

static void
on_undo_toast_clicked_cb (PursuitInboxView *self,
                          AdwToast         *toast)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (toast), "suggestion-id"));

  /* An undo of an undo: only once. */
  g_signal_handlers_disconnect_by_func (toast, on_undo_toast_clicked_cb, self);
  undo (self, id);
}

static void
offer_undo (PursuitInboxView      *self,
            PursuitMailSuggestion *suggestion)
{
  g_autofree char *text = describe_done (self, suggestion);
  AdwToast *toast = _pursuit_job_page_new_undo_toast (text);

  g_object_set_data (G_OBJECT (toast), "suggestion-id",
                     GSIZE_TO_POINTER ((gsize) pursuit_mail_suggestion_get_id (suggestion)));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_toast_clicked_cb), self, G_CONNECT_SWAPPED);
  add_toast (self, toast);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitInboxView *self = PURSUIT_INBOX_VIEW (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  g_autoptr(GError) error = NULL;

  if (find_suggestion (self, id) != NULL)
    suggestion = g_object_ref (find_suggestion (self, id));

  /* An interview suggestion is scheduled at the time the mail proposed;
   * the interview can be edited on the job page afterwards. */
  if (!pursuit_store_accept_mail_suggestion (self->store, id, FALSE, &error))
    {
      show_text_toast (self, error->message);
      pursuit_inbox_view_reload (self);
      return;
    }

  if (suggestion != NULL)
    offer_undo (self, suggestion);

  pursuit_inbox_view_reload (self);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PursuitInboxView *self = PURSUIT_INBOX_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_dismiss_mail_suggestion (self->store, g_variant_get_int64 (parameter), &error))
    show_text_toast (self, error->message);

  pursuit_inbox_view_reload (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  undo (PURSUIT_INBOX_VIEW (widget), g_variant_get_int64 (parameter));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* Preferences → Integrations, where Gmail is turned on. */
static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GListModel) toplevels = NULL;

  if (!gtk_widget_activate_action (widget, "app.preferences", NULL))
    return;

  toplevels = g_object_ref (gtk_window_get_toplevels ());
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_PREFERENCES_WINDOW (window))
        adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (window), "integrations");
    }
}

/* Syncing */

static void
sync_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(PursuitInboxView) self = user_data;
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = pursuit_mail_engine_sync_finish (PURSUIT_MAIL_ENGINE (object), result, &error);
  g_clear_object (&self->sync_cancellable);
  /* Disposed meanwhile: nothing to show. */
  if (self->store == NULL)
    return;

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_text_toast (self, error->message);

  update_status (self);
  queue_reload (self);
}

static void
sync_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PursuitInboxView *self = PURSUIT_INBOX_VIEW (widget);

  if (self->engine == NULL || self->sync_cancellable != NULL)
    return;

  self->sync_cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  pursuit_mail_engine_sync_async (self->engine, 0, NULL, self->sync_cancellable, sync_cb,
                                  g_object_ref (self));
  update_status (self);
}

static void
cancel_sync_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PursuitInboxView *self = PURSUIT_INBOX_VIEW (widget);

  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
}

static void
on_engine_progress_cb (PursuitInboxView *self,
                       gint64            account_id,
                       guint             done,
                       guint             total)
{
  g_autofree char *text = NULL;

  /* Listing first: how many there will be is not known yet. */
  if (total == 0)
    {
      gtk_progress_bar_pulse (self->progress_bar);
      return;
    }

  gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) done / total));
  /* TRANSLATORS: progress of a sync: messages read of those to read */
  text = g_strdup_printf (_("Reading messages: %u of %u"), done, total);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->progress_bar), text);
}

static void
on_engine_syncing_cb (PursuitInboxView *self)
{
  update_status (self);
  if (!pursuit_mail_engine_get_syncing (self->engine))
    queue_reload (self);
}

static void
on_engine_suggestion_applied_cb (PursuitInboxView *self,
                                 gint64            suggestion_id)
{
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;

  /* The listed one has the job's company filled in. */
  suggestions = pursuit_store_list_mail_suggestions (self->store, PURSUIT_SUGGESTION_APPLIED, NULL);
  for (guint i = 0; suggestions != NULL && i < suggestions->len; i++)
    if (pursuit_mail_suggestion_get_id (g_ptr_array_index (suggestions, i)) == suggestion_id)
      suggestion = g_object_ref (g_ptr_array_index (suggestions, i));

  if (suggestion != NULL)
    offer_undo (self, suggestion);

  queue_reload (self);
}

/* Mail queued from the compose dialog went out, or failed for good. */
static void
on_engine_mail_sent_cb (PursuitInboxView *self,
                        gint64            outbox_id,
                        const char       *kind,
                        const char       *error)
{
  g_autofree char *text = NULL;

  if (error != NULL)
    /* TRANSLATORS: %s says what went wrong */
    text = g_strdup_printf (_("The message could not be sent: %s"), error);
  else if (g_strcmp0 (kind, PURSUIT_OUTBOX_GMAIL_DRAFT) == 0)
    text = g_strdup (_("Draft saved in Gmail"));
  else
    text = g_strdup (_("Message sent"));

  show_text_toast (self, text);
}

/* GObject */

static void
pursuit_inbox_view_dispose (GObject *object)
{
  PursuitInboxView *self = PURSUIT_INBOX_VIEW (object);

  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_INBOX_VIEW);

  g_clear_object (&self->sync_cancellable);
  g_clear_object (&self->engine);
  g_clear_object (&self->store);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_inbox_view_parent_class)->dispose (object);
}

static void
pursuit_inbox_view_finalize (GObject *object)
{
  PursuitInboxView *self = PURSUIT_INBOX_VIEW (object);

  g_clear_pointer (&self->status_text, g_free);

  G_OBJECT_CLASS (pursuit_inbox_view_parent_class)->finalize (object);
}

static void
pursuit_inbox_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PursuitInboxView *self = PURSUIT_INBOX_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_PENDING:
      g_value_set_uint (value, self->n_pending);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_inbox_view_class_init (PursuitInboxViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_inbox_view_dispose;
  object_class->finalize = pursuit_inbox_view_finalize;
  object_class->get_property = pursuit_inbox_view_get_property;

  /**
   * PursuitInboxView:n-pending:
   *
   * How many suggestions wait for Accept or Dismiss.
   */
  properties[PROP_N_PENDING] =
    g_param_spec_uint ("n-pending", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitInboxView::add-toast:
   * @toast: the toast to show
   */
  signals[ADD_TOAST] = g_signal_new ("add-toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                     NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-inbox-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, status_icon);
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, status_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, sync_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, stack);
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, pending_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, applied_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, pending_list);
  gtk_widget_class_bind_template_child (widget_class, PursuitInboxView, applied_list);

  gtk_widget_class_install_action (widget_class, "inbox.accept", "x", accept_action);
  gtk_widget_class_install_action (widget_class, "inbox.dismiss", "x", dismiss_action);
  gtk_widget_class_install_action (widget_class, "inbox.undo", "x", undo_action);
  gtk_widget_class_install_action (widget_class, "inbox.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "inbox.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "inbox.sync", NULL, sync_action);
  gtk_widget_class_install_action (widget_class, "inbox.cancel-sync", NULL, cancel_sync_action);

  gtk_widget_class_set_css_name (widget_class, "inboxview");
}

static void
pursuit_inbox_view_init (PursuitInboxView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inbox.sync", FALSE);
  gtk_widget_set_visible (self->toolbar, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "disconnected");
}

/**
 * pursuit_inbox_view_new:
 * @store: (nullable): the store whose suggestions are shown
 *
 * Returns: (transfer floating): the view
 */
GtkWidget *
pursuit_inbox_view_new (PursuitStore *store)
{
  PursuitInboxView *self = g_object_new (PURSUIT_TYPE_INBOX_VIEW, NULL);

  if (store != NULL)
    pursuit_inbox_view_set_store (self, store);

  return GTK_WIDGET (self);
}

void
pursuit_inbox_view_set_store (PursuitInboxView *self,
                              PursuitStore     *store)
{
  g_return_if_fail (PURSUIT_IS_INBOX_VIEW (self));
  g_return_if_fail (PURSUIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "mail-changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "accounts-changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "stages-changed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "job-removed", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "reloaded", G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  self->refresh_source = g_timeout_add_seconds (REFRESH_INTERVAL_SECONDS, on_refresh_cb, self);

  pursuit_inbox_view_reload (self);
}

void
pursuit_inbox_view_set_mail_engine (PursuitInboxView  *self,
                                    PursuitMailEngine *engine)
{
  g_return_if_fail (PURSUIT_IS_INBOX_VIEW (self));
  g_return_if_fail (engine == NULL || PURSUIT_IS_MAIL_ENGINE (engine));

  if (self->engine == engine)
    return;

  if (self->engine != NULL)
    g_signal_handlers_disconnect_by_data (self->engine, self);
  g_set_object (&self->engine, engine);

  if (engine != NULL)
    {
      g_signal_connect_object (engine, "progress", G_CALLBACK (on_engine_progress_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (engine, "notify::syncing", G_CALLBACK (on_engine_syncing_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (engine, "suggestion-applied", G_CALLBACK (on_engine_suggestion_applied_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (engine, "mail-sent", G_CALLBACK (on_engine_mail_sent_cb),
                               self, G_CONNECT_SWAPPED);
    }

  update_status (self);
}

/**
 * pursuit_inbox_view_get_mail_engine:
 *
 * Returns: (transfer none) (nullable): the engine Sync Now runs
 */
PursuitMailEngine *
pursuit_inbox_view_get_mail_engine (PursuitInboxView *self)
{
  g_return_val_if_fail (PURSUIT_IS_INBOX_VIEW (self), NULL);

  return self->engine;
}

guint
pursuit_inbox_view_get_n_pending (PursuitInboxView *self)
{
  g_return_val_if_fail (PURSUIT_IS_INBOX_VIEW (self), 0);

  return self->n_pending;
}

const char *
pursuit_inbox_view_get_state (PursuitInboxView *self)
{
  g_return_val_if_fail (PURSUIT_IS_INBOX_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * pursuit_inbox_view_get_pending_list:
 *
 * Returns: (transfer none): the list of pending suggestions' rows
 */
GtkListBox *
pursuit_inbox_view_get_pending_list (PursuitInboxView *self)
{
  g_return_val_if_fail (PURSUIT_IS_INBOX_VIEW (self), NULL);

  return self->pending_list;
}

/**
 * pursuit_inbox_view_get_applied_list:
 *
 * Returns: (transfer none): the list of the rows applied automatically
 */
GtkListBox *
pursuit_inbox_view_get_applied_list (PursuitInboxView *self)
{
  g_return_val_if_fail (PURSUIT_IS_INBOX_VIEW (self), NULL);

  return self->applied_list;
}

const char *
pursuit_inbox_view_get_status_text (PursuitInboxView *self)
{
  g_return_val_if_fail (PURSUIT_IS_INBOX_VIEW (self), NULL);

  return self->status_text;
}
