/* pursuit-preferences-window.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-preferences"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "pursuit-integrations-page.h"
#include "pursuit-matching-page.h"
#include "pursuit-preferences-window.h"
#include "pursuit-sequence-editor.h"
#include "pursuit-settings.h"

#define MINUTES_PER_DAY (24 * 60)

struct _PursuitPreferencesWindow
{
  AdwPreferencesWindow     parent_instance;

  PursuitStore            *store;
  GSettings               *settings;   /* NULL without the schema */
  /* Sequence keys in the order of each combo row's model. */
  GPtrArray               *applied_keys;
  GPtrArray               *interview_keys;
  /* The rows this window added to sequences_group. */
  GPtrArray               *sequence_rows;
  /* Set while the code, not the user, changes widgets. */
  gboolean                 updating;

  GtkSwitch               *notify_switch;
  GtkSpinButton           *snooze_spin;
  GtkCheckButton          *remind_day_check;
  GtkCheckButton          *remind_hour_check;
  GtkCheckButton          *remind_quarter_check;
  GtkSwitch               *quiet_switch;
  GtkSpinButton           *quiet_start_spin;
  GtkSpinButton           *quiet_end_spin;
  GtkSwitch               *background_switch;
  GtkSwitch               *login_switch;
  GtkSwitch               *tray_switch;
  AdwComboRow             *applied_row;
  AdwComboRow             *interview_row;
  AdwPreferencesGroup     *sequences_group;
  GtkSpinButton           *ghosting_spin;
  /* The Integrations page, once there is a sync engine. */
  GtkWidget               *integrations_page;
  /* Recommendation weights and the optional AI. */
  GtkWidget               *matching_page;
};

G_DEFINE_FINAL_TYPE (PursuitPreferencesWindow, pursuit_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Settings that map onto one widget property each. */
static const struct {
  const char *key;
  gsize       offset;
  const char *property;
} bound_keys[] = {
  { "notify-reminders", G_STRUCT_OFFSET (PursuitPreferencesWindow, notify_switch), "active" },
  { "default-snooze-minutes", G_STRUCT_OFFSET (PursuitPreferencesWindow, snooze_spin), "value" },
  { "quiet-hours-enabled", G_STRUCT_OFFSET (PursuitPreferencesWindow, quiet_switch), "active" },
  { "quiet-hours-start", G_STRUCT_OFFSET (PursuitPreferencesWindow, quiet_start_spin), "value" },
  { "quiet-hours-end", G_STRUCT_OFFSET (PursuitPreferencesWindow, quiet_end_spin), "value" },
  { "run-in-background", G_STRUCT_OFFSET (PursuitPreferencesWindow, background_switch), "active" },
  { "start-at-login", G_STRUCT_OFFSET (PursuitPreferencesWindow, login_switch), "active" },
  { "show-tray-icon", G_STRUCT_OFFSET (PursuitPreferencesWindow, tray_switch), "active" },
  { "ghosting-days", G_STRUCT_OFFSET (PursuitPreferencesWindow, ghosting_spin), "value" },
};

#define BOUND_WIDGET(self, i) (*(GtkWidget **) G_STRUCT_MEMBER_P ((self), bound_keys[i].offset))

/* Interview reminders: minutes before, and their check buttons. */
static const int reminder_minutes[] = { MINUTES_PER_DAY, 60, 15 };

static GtkCheckButton *
reminder_check (PursuitPreferencesWindow *self,
                guint                     index)
{
  GtkCheckButton *checks[] = { self->remind_day_check, self->remind_hour_check, self->remind_quarter_check };

  G_STATIC_ASSERT (G_N_ELEMENTS (checks) == G_N_ELEMENTS (reminder_minutes));
  return checks[index];
}

/* Reminder minutes from "1440,60,15"; anything that is not a number in
 * range is dropped. */
static GArray *
parse_minutes (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);
  GArray *minutes = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));
      gint64 value;
      int minute;

      if (*part == '\0' || !g_ascii_string_to_signed (part, 10, 1, 28 * MINUTES_PER_DAY, &value, NULL))
        continue;

      minute = (int) value;
      g_array_append_val (minutes, minute);
    }

  return minutes;
}

static gboolean
has_minutes (GArray *minutes,
             int     value)
{
  for (guint i = 0; i < minutes->len; i++)
    if (g_array_index (minutes, int, i) == value)
      return TRUE;

  return FALSE;
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  return *(const int *) b - *(const int *) a;
}

static void
load_interview_reminders (PursuitPreferencesWindow *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GArray) minutes = NULL;

  if (self->settings == NULL)
    return;

  text = g_settings_get_string (self->settings, "interview-reminder-minutes");
  minutes = parse_minutes (text);

  self->updating = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (reminder_minutes); i++)
    gtk_check_button_set_active (reminder_check (self, i), has_minutes (minutes, reminder_minutes[i]));
  self->updating = FALSE;
}

static void
on_interview_reminder_toggled_cb (PursuitPreferencesWindow *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GArray) minutes = NULL;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GString) out = g_string_new (NULL);

  if (self->updating || self->settings == NULL)
    return;

  /* Times set some other way (the CLI, dconf) that have no check button
   * here stay. */
  text = g_settings_get_string (self->settings, "interview-reminder-minutes");
  minutes = parse_minutes (text);
  for (guint i = 0; i < minutes->len; i++)
    {
      int value = g_array_index (minutes, int, i);
      gboolean shown = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (reminder_minutes); j++)
        shown |= value == reminder_minutes[j];

      if (!shown && !has_minutes (kept, value))
        g_array_append_val (kept, value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (reminder_minutes); i++)
    if (gtk_check_button_get_active (reminder_check (self, i)))
      g_array_append_val (kept, reminder_minutes[i]);

  g_array_sort (kept, compare_descending);
  for (guint i = 0; i < kept->len; i++)
    g_string_append_printf (out, "%s%d", i > 0 ? "," : "", g_array_index (kept, int, i));

  g_settings_set_string (self->settings, "interview-reminder-minutes", out->str);
}

static void
on_settings_changed_cb (PursuitPreferencesWindow *self,
                        const char               *key,
                        GSettings                *settings)
{
  if (g_strcmp0 (key, "interview-reminder-minutes") == 0)
    load_interview_reminders (self);
}

/* Quiet hours are minutes after midnight, shown as HH:MM. */
static gboolean
on_time_spin_output_cb (GtkSpinButton *spin,
                        gpointer       user_data)
{
  int minutes = (int) gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static int
on_time_spin_input_cb (GtkSpinButton *spin,
                       double        *new_value,
                       gpointer       user_data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  int hours = 0, minutes = 0;
  char rest;
  int n;

  /* "7:30", "07:30" or just "7". */
  n = sscanf (text, " %2d:%2d %c", &hours, &minutes, &rest);
  if (n != 2 && !(n == 1 && sscanf (text, " %2d %c", &hours, &rest) == 1))
    return GTK_INPUT_ERROR;

  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
    return GTK_INPUT_ERROR;

  *new_value = hours * 60 + minutes;
  return TRUE;
}

/* Sequences */

static const char *
trigger_of (PursuitFollowUpSequence *sequence)
{
  return pursuit_follow_up_sequence_get_trigger (sequence);
}

/* "Days 3, 7 and 14 after applying" in the way the current language lists
 * numbers is more than gettext can say; a comma list reads well enough. */
static char *
describe_steps (PursuitFollowUpSequence *sequence)
{
  guint n_steps = pursuit_follow_up_sequence_get_n_steps (sequence);
  gboolean interview = g_strcmp0 (trigger_of (sequence), PURSUIT_SEQUENCE_TRIGGER_INTERVIEW) == 0;
  g_autoptr(GString) days = g_string_new (NULL);

  if (n_steps == 1)
    {
      int day = pursuit_follow_up_sequence_get_step_days (sequence, 0);

      if (interview)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day after the interview",
                                             "%d days after the interview", day), day);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day after applying",
                                           "%d days after applying", day), day);
    }

  for (guint i = 0; i < n_steps; i++)
    g_string_append_printf (days, "%s%d", i > 0 ? ", " : "", pursuit_follow_up_sequence_get_step_days (sequence, i));

  /* TRANSLATORS: %s is a list of numbers of days, such as "3, 7, 14" */
  if (interview)
    return g_strdup_printf (_("Days %s after the interview"), days->str);
  /* TRANSLATORS: %s is a list of numbers of days, such as "3, 7, 14" */
  return g_strdup_printf (_("Days %s after applying"), days->str);
}

static void
on_sequence_row_activated_cb (PursuitPreferencesWindow *self,
                              AdwActionRow             *row)
{
  const char *key = g_object_get_data (G_OBJECT (row), "sequence-key");

  pursuit_preferences_window_edit_sequence (self, key);
}

static GtkWidget *
create_sequence_row (PursuitPreferencesWindow *self,
                     PursuitFollowUpSequence  *sequence)
{
  g_autofree char *subtitle = describe_steps (sequence);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow;

  /* Names are the user's text, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pursuit_follow_up_sequence_get_name (sequence));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "sequence-key",
                          g_strdup (pursuit_follow_up_sequence_get_key (sequence)), g_free);

  if (pursuit_follow_up_sequence_get_active (sequence))
    {
      GtkWidget *active = gtk_label_new (_("In Use"));

      gtk_widget_set_valign (active, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (active, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), active);
    }
  else if (pursuit_follow_up_sequence_get_builtin (sequence))
    {
      GtkWidget *builtin = gtk_label_new (_("Built-in"));

      gtk_widget_set_valign (builtin, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (builtin, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), builtin);
    }

  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Edit"),
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  g_signal_connect_object (row, "activated", G_CALLBACK (on_sequence_row_activated_cb),
                           self, G_CONNECT_SWAPPED);

  return row;
}

/* Fills @row with the sequences of @trigger, the active one selected. */
static void
fill_combo_row (AdwComboRow *row,
                GPtrArray   *keys,
                GPtrArray   *sequences,
                const char  *trigger)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (keys, 0);
  for (guint i = 0; i < sequences->len; i++)
    {
      PursuitFollowUpSequence *sequence = g_ptr_array_index (sequences, i);

      if (g_strcmp0 (trigger_of (sequence), trigger) != 0)
        continue;

      if (pursuit_follow_up_sequence_get_active (sequence))
        selected = keys->len;

      g_ptr_array_add (keys, g_strdup (pursuit_follow_up_sequence_get_key (sequence)));
      gtk_string_list_append (names, pursuit_follow_up_sequence_get_name (sequence));
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (row, selected);
}

/* The list of sequences, and with @combo_rows the two combo rows too:
 * not from a combo row's own notify::selected, where a new model would
 * make it select again. */
static void
reload (PursuitPreferencesWindow *self,
        gboolean                  combo_rows)
{
  g_autoptr(GPtrArray) sequences = pursuit_store_list_sequences (self->store);

  self->updating = TRUE;

  if (combo_rows)
    {
      fill_combo_row (self->applied_row, self->applied_keys, sequences, PURSUIT_SEQUENCE_TRIGGER_APPLIED);
      fill_combo_row (self->interview_row, self->interview_keys, sequences, PURSUIT_SEQUENCE_TRIGGER_INTERVIEW);
    }

  for (guint i = 0; i < self->sequence_rows->len; i++)
    adw_preferences_group_remove (self->sequences_group, g_ptr_array_index (self->sequence_rows, i));
  g_ptr_array_set_size (self->sequence_rows, 0);

  for (guint i = 0; i < sequences->len; i++)
    {
      GtkWidget *row = create_sequence_row (self, g_ptr_array_index (sequences, i));

      g_ptr_array_add (self->sequence_rows, row);
      adw_preferences_group_add (self->sequences_group, row);
    }

  self->updating = FALSE;
}

static void
reload_sequences (PursuitPreferencesWindow *self)
{
  reload (self, TRUE);
}

static void
show_error_toast (PursuitPreferencesWindow *self,
                  const char               *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (escaped));
}

static void
on_active_row_selected_cb (PursuitPreferencesWindow *self,
                           GParamSpec               *pspec,
                           AdwComboRow              *row)
{
  gboolean applied = row == self->applied_row;
  GPtrArray *keys = applied ? self->applied_keys : self->interview_keys;
  guint selected = adw_combo_row_get_selected (row);
  g_autoptr(GError) error = NULL;

  if (self->updating || self->store == NULL || selected >= keys->len)
    return;

  if (!pursuit_store_set_active_sequence (self->store,
                                          applied ? PURSUIT_SEQUENCE_TRIGGER_APPLIED
                                                  : PURSUIT_SEQUENCE_TRIGGER_INTERVIEW,
                                          g_ptr_array_index (keys, selected), &error))
    show_error_toast (self, error->message);

  reload (self, FALSE);
}

static void
on_editor_saved_cb (PursuitPreferencesWindow *self,
                    const char               *key,
                    PursuitSequenceEditor    *editor)
{
  reload_sequences (self);
}

typedef struct
{
  PursuitStore            *store;
  PursuitFollowUpSequence *sequence;
  GWeakRef                 window;
} RemovedSequence;

static void
removed_sequence_free (gpointer data)
{
  RemovedSequence *removed = data;

  g_clear_object (&removed->store);
  g_clear_object (&removed->sequence);
  g_weak_ref_clear (&removed->window);
  g_free (removed);
}

static void
on_undo_remove_cb (AdwToast        *toast,
                   RemovedSequence *removed)
{
  g_autoptr(PursuitPreferencesWindow) self = g_weak_ref_get (&removed->window);
  g_autoptr(GError) error = NULL;

  if (!pursuit_store_save_sequence (removed->store, removed->sequence, &error))
    g_warning ("Could not restore the follow-up sequence: %s", error->message);

  if (self != NULL)
    reload_sequences (self);
}

static void
on_editor_remove_requested_cb (PursuitPreferencesWindow *self,
                               const char               *key,
                               PursuitSequenceEditor    *editor)
{
  g_autoptr(PursuitFollowUpSequence) sequence = pursuit_store_get_sequence (self->store, key);
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *title = NULL;
  RemovedSequence *removed;
  AdwToast *toast;

  if (sequence == NULL)
    return;

  if (!pursuit_store_remove_sequence (self->store, key, &error))
    {
      show_error_toast (self, error->message);
      return;
    }

  adw_preferences_window_close_subpage (ADW_PREFERENCES_WINDOW (self));
  reload_sequences (self);

  removed = g_new0 (RemovedSequence, 1);
  removed->store = g_object_ref (self->store);
  removed->sequence = g_object_ref (sequence);
  g_weak_ref_init (&removed->window, self);

  escaped = g_markup_escape_text (pursuit_follow_up_sequence_get_name (sequence), -1);
  /* TRANSLATORS: %s is the name of a follow-up sequence */
  title = g_strdup_printf (_("“%s” removed"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove_cb),
                         removed, (GClosureNotify) (void (*) (void)) removed_sequence_free, 0);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
add_sequence_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  pursuit_preferences_window_edit_sequence (PURSUIT_PREFERENCES_WINDOW (widget), NULL);
}

/* Settings */

static void
bind_settings (PursuitPreferencesWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (bound_keys); i++)
    {
      GtkWidget *widget = BOUND_WIDGET (self, i);

      if (self->settings != NULL)
        g_settings_bind (self->settings, bound_keys[i].key, widget, bound_keys[i].property,
                         G_SETTINGS_BIND_DEFAULT);
      else
        gtk_widget_set_sensitive (widget, FALSE);
    }

  if (self->settings == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (reminder_minutes); i++)
        gtk_widget_set_sensitive (GTK_WIDGET (reminder_check (self, i)), FALSE);
      return;
    }

  load_interview_reminders (self);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (on_settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
pursuit_preferences_window_dispose (GObject *object)
{
  PursuitPreferencesWindow *self = PURSUIT_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (pursuit_preferences_window_parent_class)->dispose (object);
}

static void
pursuit_preferences_window_finalize (GObject *object)
{
  PursuitPreferencesWindow *self = PURSUIT_PREFERENCES_WINDOW (object);

  g_clear_pointer (&self->applied_keys, g_ptr_array_unref);
  g_clear_pointer (&self->interview_keys, g_ptr_array_unref);
  g_clear_pointer (&self->sequence_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (pursuit_preferences_window_parent_class)->finalize (object);
}

static void
pursuit_preferences_window_class_init (PursuitPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pursuit_preferences_window_dispose;
  object_class->finalize = pursuit_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pursuit/Pursuit/ui/pursuit-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, notify_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, snooze_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, remind_day_check);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, remind_hour_check);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, remind_quarter_check);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, quiet_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, quiet_start_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, quiet_end_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, login_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, tray_switch);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, applied_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, interview_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, sequences_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitPreferencesWindow, ghosting_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_interview_reminder_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_spin_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_active_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "prefs.add-sequence", NULL, add_sequence_action);
}

static void
pursuit_preferences_window_init (PursuitPreferencesWindow *self)
{
  self->applied_keys = g_ptr_array_new_with_free_func (g_free);
  self->interview_keys = g_ptr_array_new_with_free_func (g_free);
  self->sequence_rows = g_ptr_array_new ();

  /* Until the store arrives, the combo rows' changes go nowhere. */
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;
}

/**
 * pursuit_preferences_window_new:
 * @store: the store whose follow-up sequences are edited
 *
 * The settings are the application's when its schema is installed; without
 * it the settings rows are shown but cannot be changed.
 *
 * Returns: (transfer floating): the window; set a transient parent and
 *   present it
 */
GtkWidget *
pursuit_preferences_window_new (PursuitStore *store)
{
  PursuitPreferencesWindow *self;

  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);

  self = g_object_new (PURSUIT_TYPE_PREFERENCES_WINDOW, NULL);
  self->store = g_object_ref (store);
  self->settings = pursuit_settings_new_if_installed ("ghosting-days");

  bind_settings (self);
  reload_sequences (self);

  self->matching_page = pursuit_matching_page_new (self->settings);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (self->matching_page));

  return GTK_WIDGET (self);
}

/**
 * pursuit_preferences_window_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings the window changes, or
 *   %NULL without the schema
 */
GSettings *
pursuit_preferences_window_get_settings (PursuitPreferencesWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_PREFERENCES_WINDOW (self), NULL);

  return self->settings;
}

/**
 * pursuit_preferences_window_edit_sequence:
 * @key: (nullable): the sequence to edit, or %NULL for a new one
 *
 * Shows the sequence editor as a subpage; its Back button returns.
 */
void
pursuit_preferences_window_edit_sequence (PursuitPreferencesWindow *self,
                                          const char               *key)
{
  g_autoptr(PursuitFollowUpSequence) sequence = NULL;
  GtkWidget *editor;

  g_return_if_fail (PURSUIT_IS_PREFERENCES_WINDOW (self));

  if (key != NULL)
    {
      sequence = pursuit_store_get_sequence (self->store, key);
      if (sequence == NULL)
        {
          reload_sequences (self);
          return;
        }
    }

  editor = pursuit_sequence_editor_new (self->store, sequence);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "remove-requested", G_CALLBACK (on_editor_remove_requested_cb),
                           self, G_CONNECT_SWAPPED);
  adw_preferences_window_present_subpage (ADW_PREFERENCES_WINDOW (self), editor);
}

/**
 * pursuit_preferences_window_set_sync_engine:
 * @engine: the application's sync engine
 * @secrets: (nullable): where the Google client secret is kept
 *
 * Adds the Integrations page; the other pages stay as they are.
 */
void
pursuit_preferences_window_set_sync_engine (PursuitPreferencesWindow *self,
                                            PursuitSyncEngine        *engine,
                                            PursuitSecretStore       *secrets)
{
  g_return_if_fail (PURSUIT_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (PURSUIT_IS_SYNC_ENGINE (engine));
  g_return_if_fail (self->integrations_page == NULL);

  self->integrations_page = pursuit_integrations_page_new (engine, secrets);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (self->integrations_page));
}

/**
 * pursuit_preferences_window_get_integrations_page:
 *
 * Returns: (transfer none) (nullable): the Integrations page, or %NULL
 *   without a sync engine
 */
GtkWidget *
pursuit_preferences_window_get_integrations_page (PursuitPreferencesWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_PREFERENCES_WINDOW (self), NULL);

  return self->integrations_page;
}

/**
 * pursuit_preferences_window_set_ai_provider:
 * @provider: the application's AI provider
 *
 * Adds the AI group to the Matching page: the switch, endpoint, model and
 * API key of the optional AI.
 */
void
pursuit_preferences_window_set_ai_provider (PursuitPreferencesWindow *self,
                                            PursuitAiProvider        *provider)
{
  g_return_if_fail (PURSUIT_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (PURSUIT_IS_AI_PROVIDER (provider));

  pursuit_matching_page_set_ai_provider (PURSUIT_MATCHING_PAGE (self->matching_page), provider);
}

/**
 * pursuit_preferences_window_get_matching_page:
 *
 * Returns: (transfer none): the Matching page
 */
GtkWidget *
pursuit_preferences_window_get_matching_page (PursuitPreferencesWindow *self)
{
  g_return_val_if_fail (PURSUIT_IS_PREFERENCES_WINDOW (self), NULL);

  return self->matching_page;
}
