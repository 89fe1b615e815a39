/* pursuit-account-row.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-account-row"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-account-row.h"

struct _PursuitAccountRow
{
  AdwExpanderRow     parent_instance;

  PursuitSyncEngine *engine;
  PursuitAccount    *account;
  GCancellable      *cancellable;
  char              *summary;

  /* The calendar chooser: ids in the order of its model; a NULL id is
   * the "not chosen" placeholder. */
  GPtrArray         *calendar_ids;
  /* The account's calendars once listed (of PursuitRemoteCalendar). */
  GPtrArray         *calendars;
  gboolean           calendars_loading;
  /* The calendar chosen, saved from an idle: saving changes the chooser's
   * model, which it must not see while it notifies its selection. */
  guint              save_calendar_source;

  /* Set while the code, not the user, changes widgets. */
  gboolean           updating;
  gboolean           syncing;

  GtkImage          *kind_icon;
  GtkListBoxRow     *error_row;
  GtkLabel          *error_label;
  AdwActionRow      *sign_in_row;
  AdwComboRow       *calendar_row;
  GtkSwitch         *enabled_switch;
  GtkSwitch         *follow_ups_switch;
  GtkSwitch         *invite_switch;
  AdwActionRow      *gmail_row;
  GtkSwitch         *gmail_switch;
  gboolean           gmail_busy;
  GtkButton         *sync_button;
  GtkSpinner        *sync_spinner;
  GtkButton         *disconnect_button;
};

G_DEFINE_FINAL_TYPE (PursuitAccountRow, pursuit_account_row, ADW_TYPE_EXPANDER_ROW)

enum {
  SIGN_IN_REQUESTED,
  GMAIL_TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PursuitStore *
get_store (PursuitAccountRow *self)
{
  return pursuit_sync_engine_get_store (self->engine);
}

/* Errors of the row's own actions: a toast on the preferences window. */
static void
show_toast (PursuitAccountRow *self,
            const char        *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (escaped));
  else
    g_warning ("%s", message);
}

char *
pursuit_account_row_describe_last_sync (gint64 synced_at,
                                        gint64 now)
{
  gint64 ago = now - synced_at;
  int n;

  if (synced_at <= 0)
    return g_strdup (_("Never synced"));

  /* A clock set back counts as just now. */
  if (ago < 60)
    return g_strdup (_("Synced just now"));

  if (ago < 60 * 60)
    {
      n = (int) (ago / 60);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Synced %d minute ago",
                                           "Synced %d minutes ago", n), n);
    }

  if (ago < 24 * 60 * 60)
    {
      n = (int) (ago / (60 * 60));
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Synced %d hour ago",
                                           "Synced %d hours ago", n), n);
    }

  n = (int) MIN (ago / (24 * 60 * 60), G_MAXINT);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Synced %d day ago",
                                       "Synced %d days ago", n), n);
}

/* Calendars */

static const char *
current_calendar_id (PursuitAccountRow *self)
{
  return pursuit_account_get_calendar_id (self->account);
}

static gboolean
same_names (GListModel *a,
            GListModel *b)
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (a), i),
                   gtk_string_list_get_string (GTK_STRING_LIST (b), i)) != 0)
      return FALSE;

  return TRUE;
}

/* A new model only when the names changed, so that an open popover and
 * the selection stay as they are. */
static void
show_names (PursuitAccountRow *self,
            GtkStringList     *names,
            guint              selected)
{
  GListModel *model = adw_combo_row_get_model (self->calendar_row);

  self->updating = TRUE;
  if (model == NULL || !GTK_IS_STRING_LIST (model) || !same_names (model, G_LIST_MODEL (names)))
    adw_combo_row_set_model (self->calendar_row, G_LIST_MODEL (names));
  if (adw_combo_row_get_selected (self->calendar_row) != selected)
    adw_combo_row_set_selected (self->calendar_row, selected);
  self->updating = FALSE;
}

/* The chooser before the account's calendars are listed: just the one
 * chosen. */
static void
show_current_calendar (PursuitAccountRow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *id = current_calendar_id (self);
  const char *name = pursuit_account_get_calendar_name (self->account);

  g_ptr_array_set_size (self->calendar_ids, 0);
  if (id == NULL)
    gtk_string_list_append (names, _("Not chosen"));
  else
    gtk_string_list_append (names, name != NULL && *name != '\0' ? name : id);
  g_ptr_array_add (self->calendar_ids, g_strdup (id));

  show_names (self, names, 0);
}

static gboolean
is_current_calendar (PursuitAccountRow     *self,
                     PursuitRemoteCalendar *calendar)
{
  const char *current = current_calendar_id (self);

  if (current == NULL)
    return FALSE;

  /* Google's "primary" names the account's main calendar. */
  if (g_str_equal (current, "primary") && pursuit_remote_calendar_get_primary (calendar))
    return TRUE;

  return g_strcmp0 (current, pursuit_remote_calendar_get_id (calendar)) == 0;
}

static void
show_calendars (PursuitAccountRow *self,
                GPtrArray         *calendars)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < calendars->len && selected == GTK_INVALID_LIST_POSITION; i++)
    if (is_current_calendar (self, g_ptr_array_index (calendars, i)))
      selected = i;

  g_ptr_array_set_size (self->calendar_ids, 0);

  /* A calendar chosen before that the server no longer lists (deleted, or
   * read-only now) stays shown as the choice, and so does no choice. */
  if (selected == GTK_INVALID_LIST_POSITION)
    {
      const char *id = current_calendar_id (self);
      const char *name = pursuit_account_get_calendar_name (self->account);

      if (id == NULL)
        gtk_string_list_append (names, _("Not chosen"));
      else
        gtk_string_list_append (names, name != NULL && *name != '\0' ? name : id);
      g_ptr_array_add (self->calendar_ids, g_strdup (id));
      selected = 0;
    }

  for (guint i = 0; i < calendars->len; i++)
    {
      PursuitRemoteCalendar *calendar = g_ptr_array_index (calendars, i);

      g_ptr_array_add (self->calendar_ids, g_strdup (pursuit_remote_calendar_get_id (calendar)));
      gtk_string_list_append (names, pursuit_remote_calendar_get_name (calendar));
    }

  show_names (self, names, selected);
}

static void
list_calendars_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GPtrArray) calendars = NULL;
  g_autoptr(GError) error = NULL;
  PursuitAccountRow *self;

  calendars = pursuit_sync_engine_list_calendars_finish (PURSUIT_SYNC_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PURSUIT_ACCOUNT_ROW (user_data);
  self->calendars_loading = FALSE;

  if (calendars == NULL)
    {
      g_debug ("Could not list the calendars of account %" G_GINT64_FORMAT ": %s",
               pursuit_account_get_id (self->account), error->message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->calendar_row), error->message);
      return;
    }

  g_clear_pointer (&self->calendars, g_ptr_array_unref);
  self->calendars = g_steal_pointer (&calendars);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->calendar_row), NULL);
  show_calendars (self, self->calendars);
}

/* Lists the account's calendars the first time the row opens: a request
 * to the server, so not for every row on the page. */
static void
load_calendars (PursuitAccountRow *self)
{
  if (self->calendars != NULL || self->calendars_loading)
    return;

  self->calendars_loading = TRUE;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->calendar_row), _("Looking for calendars…"));
  pursuit_sync_engine_list_calendars_async (self->engine, pursuit_account_get_id (self->account),
                                            self->cancellable, list_calendars_cb, self);
}

static void
on_expanded_cb (PursuitAccountRow *self)
{
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    load_calendars (self);
}

static gboolean
save_calendar_cb (gpointer user_data)
{
  PursuitAccountRow *self = user_data;
  guint selected = adw_combo_row_get_selected (self->calendar_row);
  g_autoptr(GError) error = NULL;
  GtkStringObject *item;
  const char *id;

  self->save_calendar_source = 0;

  if (self->account == NULL || selected >= self->calendar_ids->len)
    return G_SOURCE_REMOVE;

  id = g_ptr_array_index (self->calendar_ids, selected);
  if (id == NULL || g_strcmp0 (id, current_calendar_id (self)) == 0)
    return G_SOURCE_REMOVE;

  item = adw_combo_row_get_selected_item (self->calendar_row);
  if (!pursuit_store_set_account_calendar (get_store (self), pursuit_account_get_id (self->account),
                                           id, gtk_string_object_get_string (item), &error))
    show_toast (self, error->message);

  return G_SOURCE_REMOVE;
}

static void
on_calendar_selected_cb (PursuitAccountRow *self)
{
  if (self->updating || self->account == NULL || self->save_calendar_source != 0)
    return;

  self->save_calendar_source = g_idle_add (save_calendar_cb, self);
}

/* Switches */

static void
on_switch_toggled_cb (PursuitAccountRow *self)
{
  g_autoptr(PursuitAccount) changed = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating || self->account == NULL)
    return;

  changed = pursuit_account_copy (self->account);
  pursuit_account_set_enabled (changed, gtk_switch_get_active (self->enabled_switch));
  pursuit_account_set_sync_follow_ups (changed, gtk_switch_get_active (self->follow_ups_switch));
  pursuit_account_set_invite_interviewer (changed, gtk_switch_get_active (self->invite_switch));

  if (!pursuit_store_update_account (get_store (self), changed, &error))
    {
      show_toast (self, error->message);
      pursuit_account_row_update (self, self->account);
    }
}

/* Gmail: the page signs in again for the Gmail scopes (it knows how to
 * open the browser), so the row only says what the user asked. */
static void
on_gmail_switch_toggled_cb (PursuitAccountRow *self)
{
  if (self->updating || self->account == NULL)
    return;

  g_signal_emit (self, signals[GMAIL_TOGGLED], 0, gtk_switch_get_active (self->gmail_switch));
}

static void
update_gmail (PursuitAccountRow *self)
{
  gboolean google = g_strcmp0 (pursuit_account_get_kind (self->account), "google") == 0;
  gboolean enabled = pursuit_account_get_mail_enabled (self->account);
  const char *error = pursuit_account_get_mail_last_error (self->account);
  g_autofree char *subtitle = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->gmail_row), google);
  if (!google)
    return;

  if (self->gmail_busy)
    subtitle = g_strdup (_("Continue in your web browser…"));
  else if (!enabled)
    subtitle = g_strdup (_("Send follow-ups from Pursuit and turn mail about your applications into "
                           "suggestions. Google asks you to let Pursuit read, draft and send mail."));
  else if (error != NULL && *error != '\0')
    /* TRANSLATORS: %s says what went wrong */
    subtitle = g_strdup_printf (_("The last inbox sync failed: %s"), error);
  else
    subtitle = pursuit_account_row_describe_last_sync (pursuit_account_get_mail_synced_at (self->account),
                                                      g_get_real_time () / G_USEC_PER_SEC);

  adw_action_row_set_subtitle (self->gmail_row, subtitle);

  self->updating = TRUE;
  if (!self->gmail_busy)
    gtk_switch_set_active (self->gmail_switch, enabled);
  self->updating = FALSE;
}

/* Actions */

static void
update_sync_button (PursuitAccountRow *self)
{
  gboolean busy = self->syncing ||
                  pursuit_sync_engine_get_account_state (self->engine, pursuit_account_get_id (self->account))
                  == PURSUIT_ACCOUNT_STATE_SYNCING;

  gtk_widget_set_visible (GTK_WIDGET (self->sync_spinner), busy);
  gtk_spinner_set_spinning (self->sync_spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "account.sync", !busy);
}

static void
sync_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(PursuitSyncReport) report = NULL;
  g_autoptr(PursuitAccount) account = NULL;
  g_autoptr(GError) error = NULL;
  PursuitAccountRow *self;

  report = pursuit_sync_engine_sync_finish (PURSUIT_SYNC_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = PURSUIT_ACCOUNT_ROW (user_data);
  self->syncing = FALSE;

  /* What went wrong is the account's last error, shown by the update. */
  if (error != NULL)
    g_debug ("Sync of account %" G_GINT64_FORMAT " failed: %s",
             pursuit_account_get_id (self->account), error->message);

  account = pursuit_store_get_account (get_store (self), pursuit_account_get_id (self->account), NULL);
  pursuit_account_row_update (self, account != NULL ? account : self->account);
}

static void
sync_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PursuitAccountRow *self = PURSUIT_ACCOUNT_ROW (widget);

  if (self->syncing)
    return;

  self->syncing = TRUE;
  update_sync_button (self);
  pursuit_sync_engine_sync_async (self->engine, pursuit_account_get_id (self->account),
                                  self->cancellable, sync_cb, self);
}

static void
sign_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGN_IN_REQUESTED], 0);
}

static void
remove_account_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PursuitAccountRow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (pursuit_sync_engine_remove_account_finish (PURSUIT_SYNC_ENGINE (object), result, &error))
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "account.disconnect", TRUE);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_toast (self, error->message);
}

static void
on_disconnect_response_cb (PursuitAccountRow *self,
                           const char        *response,
                           AdwMessageDialog  *dialog)
{
  if (g_strcmp0 (response, "disconnect") != 0 || self->account == NULL)
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "account.disconnect", FALSE);
  /* Not the row's cancellable: the row goes away as the account does,
   * and a confirmed removal should finish with the window closed. */
  pursuit_sync_engine_remove_account_async (self->engine, pursuit_account_get_id (self->account),
                                            NULL, remove_account_cb, g_object_ref (self));
}

static void
disconnect_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PursuitAccountRow *self = PURSUIT_ACCOUNT_ROW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       NULL, NULL));
  /* TRANSLATORS: %s is an account, such as an email address */
  adw_message_dialog_format_heading (dialog, _("Disconnect %s?"), pursuit_account_get_label (self->account));
  adw_message_dialog_set_body (dialog, _("Pursuit stops writing interviews to this calendar and "
                                         "forgets how to sign in to it. Events already in the "
                                         "calendar stay there."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "disconnect", _("_Disconnect"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "disconnect", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_disconnect_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
pursuit_account_row_dispose (GObject *object)
{
  PursuitAccountRow *self = PURSUIT_ACCOUNT_ROW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->save_calendar_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_ACCOUNT_ROW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->account);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (pursuit_account_row_parent_class)->dispose (object);
}

static void
pursuit_account_row_finalize (GObject *object)
{
  PursuitAccountRow *self = PURSUIT_ACCOUNT_ROW (object);

  g_clear_pointer (&self->calendar_ids, g_ptr_array_unref);
  g_clear_pointer (&self->calendars, g_ptr_array_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (pursuit_account_row_parent_class)->finalize (object);
}

static void
pursuit_account_row_class_init (PursuitAccountRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_account_row_dispose;
  object_class->finalize = pursuit_account_row_finalize;

  /**
   * PursuitAccountRow::sign-in-requested:
   *
   * The user pressed Sign In Again.
   */
  signals[SIGN_IN_REQUESTED] = g_signal_new ("sign-in-requested",
                                             G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  /**
   * PursuitAccountRow::gmail-toggled:
   * @active: whether the user turned Gmail on
   *
   * The user flipped the Gmail switch; the page turns Gmail on or off
   * and calls pursuit_account_row_set_gmail_busy() meanwhile.
   */
  signals[GMAIL_TOGGLED] = g_signal_new ("gmail-toggled",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-account-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, error_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, sign_in_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, calendar_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, enabled_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, follow_ups_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, invite_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, gmail_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, gmail_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, sync_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, sync_spinner);
  gtk_widget_class_bind_template_child (widget_class, PursuitAccountRow, disconnect_button);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_switch_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_gmail_switch_toggled_cb);

  gtk_widget_class_install_action (widget_class, "account.sync", NULL, sync_action);
  gtk_widget_class_install_action (widget_class, "account.sign-in", NULL, sign_in_action);
  gtk_widget_class_install_action (widget_class, "account.disconnect", NULL, disconnect_action);
}

static void
pursuit_account_row_init (PursuitAccountRow *self)
{
  self->cancellable = g_cancellable_new ();
  self->calendar_ids = g_ptr_array_new_with_free_func (g_free);

  /* Until the account arrives, the widgets' changes go nowhere. */
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;

  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_expanded_cb), NULL);
}

/**
 * pursuit_account_row_new:
 * @engine: the engine that syncs, lists calendars and removes accounts
 * @account: the account shown
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
pursuit_account_row_new (PursuitSyncEngine *engine,
                         PursuitAccount    *account)
{
  PursuitAccountRow *self;

  g_return_val_if_fail (PURSUIT_IS_SYNC_ENGINE (engine), NULL);
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT (account), NULL);

  self = g_object_new (PURSUIT_TYPE_ACCOUNT_ROW, NULL);
  self->engine = g_object_ref (engine);
  pursuit_account_row_update (self, account);

  return GTK_WIDGET (self);
}

/**
 * pursuit_account_row_get_account:
 *
 * Returns: (transfer none): the account as last shown
 */
PursuitAccount *
pursuit_account_row_get_account (PursuitAccountRow *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT_ROW (self), NULL);

  return self->account;
}

gint64
pursuit_account_row_get_account_id (PursuitAccountRow *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT_ROW (self), 0);

  return self->account != NULL ? pursuit_account_get_id (self->account) : 0;
}

const char *
pursuit_account_row_get_summary (PursuitAccountRow *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT_ROW (self), NULL);

  return self->summary;
}

static void
update_summary (PursuitAccountRow   *self,
                PursuitAccountState  state)
{
  gint64 id = pursuit_account_get_id (self->account);
  guint pending = pursuit_store_count_pending_outbox (get_store (self), id);
  g_autofree char *synced = NULL;
  g_autoptr(GString) summary = g_string_new (pursuit_account_state_get_label (state));

  synced = pursuit_account_row_describe_last_sync (pursuit_account_get_last_sync_at (self->account),
                                                   g_get_real_time () / G_USEC_PER_SEC);
  g_string_append (summary, " · ");
  g_string_append (summary, synced);

  if (pending > 0)
    {
      g_string_append (summary, " · ");
      g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u change waiting",
                                                    "%u changes waiting", pending), pending);
    }

  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), self->summary);
}

void
pursuit_account_row_update (PursuitAccountRow *self,
                            PursuitAccount    *account)
{
  PursuitAccountState state;
  const char *error;

  g_return_if_fail (PURSUIT_IS_ACCOUNT_ROW (self));
  g_return_if_fail (PURSUIT_IS_ACCOUNT (account));

  g_set_object (&self->account, account);
  state = pursuit_sync_engine_get_account_state (self->engine, pursuit_account_get_id (account));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), pursuit_account_get_label (account));
  gtk_image_set_from_icon_name (self->kind_icon,
                                g_strcmp0 (pursuit_account_get_kind (account), "google") == 0
                                  ? "x-office-calendar-symbolic" : "network-server-symbolic");
  update_summary (self, state);

  error = pursuit_account_get_last_error (account);
  gtk_label_set_text (self->error_label, error != NULL ? error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_row), error != NULL && *error != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->sign_in_row),
                          pursuit_account_get_needs_sign_in (account) ||
                          state == PURSUIT_ACCOUNT_STATE_NEEDS_SIGN_IN);

  self->updating = TRUE;
  gtk_switch_set_active (self->enabled_switch, pursuit_account_get_enabled (account));
  gtk_switch_set_active (self->follow_ups_switch, pursuit_account_get_sync_follow_ups (account));
  gtk_switch_set_active (self->invite_switch, pursuit_account_get_invite_interviewer (account));
  self->updating = FALSE;

  update_gmail (self);

  if (self->calendars != NULL)
    show_calendars (self, self->calendars);
  else
    show_current_calendar (self);

  update_sync_button (self);
}

/**
 * pursuit_account_row_set_gmail_busy:
 * @busy: whether Gmail is being turned on (the browser is open)
 *
 * While busy the switch stays as the user put it; after, it shows the
 * account's mail-enabled again.
 */
void
pursuit_account_row_set_gmail_busy (PursuitAccountRow *self,
                                    gboolean           busy)
{
  g_return_if_fail (PURSUIT_IS_ACCOUNT_ROW (self));

  self->gmail_busy = busy;
  if (self->account != NULL)
    update_gmail (self);
}

gboolean
pursuit_account_row_get_gmail_active (PursuitAccountRow *self)
{
  g_return_val_if_fail (PURSUIT_IS_ACCOUNT_ROW (self), FALSE);

  return gtk_switch_get_active (self->gmail_switch);
}
