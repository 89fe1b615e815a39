/* pursuit-interview-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-interview-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-accessible.h"
#include "pursuit-calendar-date.h"
#include "pursuit-interview-dialog-private.h"

/* Schedules a new interview or edits (reschedules) one. It opens ready to
 * save: the next working day at 10:00 for 45 minutes, the type guessed
 * from the job's stage, the reminders the user chose in Preferences.
 * Problems are shown where they are (an interview running past midnight,
 * an address that is not one) and Save waits until they are fixed. */

/* This file holds the dialog itself: its properties, callbacks, actions
 * and API. The fields are in pursuit-interview-dialog-fields.c, the job
 * and kind choosers in pursuit-interview-dialog-choosers.c. */

G_DEFINE_FINAL_TYPE (PursuitInterviewDialog, pursuit_interview_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_JOB_ID,
  PROP_INTERVIEW,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Saving */

static void
show_error (PursuitInterviewDialog *self,
            const char             *message)
{
  if (message != NULL)
    gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static gboolean
save (PursuitInterviewDialog *self)
{
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  show_error (self, NULL);
  gtk_spin_button_update (self->duration_spin);

  if (self->job_id <= 0)
    {
      show_error (self, _("Choose the job the interview is for"));
      gtk_widget_grab_focus (GTK_WIDGET (self->job_dropdown));
      return FALSE;
    }
  if (!_pursuit_interview_dialog_update_end (self))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->duration_spin));
      return FALSE;
    }
  if (!_pursuit_interview_dialog_update_email (self, TRUE))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->email_row));
      return FALSE;
    }

  interview = _pursuit_interview_dialog_build_interview (self);

  if (self->interview == NULL)
    {
      id = pursuit_store_add_interview (self->store, interview, &error);
    }
  else
    {
      id = pursuit_interview_get_id (interview);
      if (!pursuit_store_update_interview (self->store, interview, &error))
        id = 0;
    }

  if (id <= 0)
    {
      /* What was typed stays for another try. */
      show_error (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals [SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

/* Callbacks */

static gboolean
on_time_spin_output_cb (GtkSpinButton          *spin,
                        PursuitInterviewDialog *self)
{
  /* "9:05 AM" but "09:05". */
  gboolean plain = self->twelve_hour && spin == self->hour_spin;
  g_autofree char *text = g_strdup_printf (plain ? "%d" : "%02d", gtk_spin_button_get_value_as_int (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
on_time_changed_cb (PursuitInterviewDialog *self,
                    GtkSpinButton          *spin)
{
  _pursuit_interview_dialog_update_save (self);
}

static void
on_ampm_selected_cb (PursuitInterviewDialog *self,
                     GParamSpec             *pspec,
                     GtkDropDown            *dropdown)
{
  _pursuit_interview_dialog_update_save (self);
}

static void
on_calendar_day_selected_cb (PursuitInterviewDialog *self,
                             GtkCalendar            *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  self->year = g_date_time_get_year (date);
  self->month = g_date_time_get_month (date);
  self->day = g_date_time_get_day_of_month (date);
  _pursuit_interview_dialog_update_date_label (self);
  _pursuit_interview_dialog_update_save (self);

  gtk_popover_popdown (self->date_popover);
}

static void
on_email_changed_cb (PursuitInterviewDialog *self,
                     GtkEditable            *editable)
{
  /* An error shown goes as soon as the address is right, but a half-typed
   * one is not scolded. */
  if (gtk_widget_has_css_class (GTK_WIDGET (self->email_row), "error"))
    _pursuit_interview_dialog_update_email (self, TRUE);
  _pursuit_interview_dialog_update_save (self);
}

static void
on_email_focus_leave_cb (GtkEventControllerFocus *controller,
                         PursuitInterviewDialog  *self)
{
  /* The focus also leaves while the dialog is taken apart. */
  if (self->email_row == NULL)
    return;

  _pursuit_interview_dialog_update_email (self, TRUE);
}

static void
on_job_selected_cb (PursuitInterviewDialog *self,
                    GParamSpec             *pspec,
                    GtkDropDown            *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected >= self->job_ids->len)
    return;

  self->job_id = g_array_index (self->job_ids, gint64, selected);
  if (self->interview == NULL)
    _pursuit_interview_dialog_select_kind (self, _pursuit_interview_dialog_guess_kind (self));

  _pursuit_interview_dialog_update_save (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_JOB_ID]);
}

/* Enter saves from anywhere but where it means something else: the notes
 * (a new line), a button, a popover (the calendar, the job search). */
static gboolean
on_key_pressed_cb (GtkEventControllerKey  *controller,
                   guint                   keyval,
                   guint                   keycode,
                   GdkModifierType         state,
                   PursuitInterviewDialog *self)
{
  GtkWidget *focus;
  gboolean control = (state & GDK_CONTROL_MASK) != 0;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;

  if ((state & (GDK_SHIFT_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return FALSE;
  if (!control && focus != NULL &&
      (GTK_IS_TEXT_VIEW (focus) || GTK_IS_BUTTON (focus) ||
       gtk_widget_get_ancestor (focus, GTK_TYPE_MENU_BUTTON) != NULL ||
       gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN) != NULL))
    return FALSE;

  save (self);
  return TRUE;
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (PURSUIT_INTERVIEW_DIALOG (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* GObject */

static void
pursuit_interview_dialog_constructed (GObject *object)
{
  PursuitInterviewDialog *self = (PursuitInterviewDialog *)object;

  G_OBJECT_CLASS (pursuit_interview_dialog_parent_class)->constructed (object);

  if (self->interview != NULL)
    {
      if (self->job_id <= 0)
        self->job_id = pursuit_interview_get_job_id (self->interview);
      _pursuit_interview_dialog_fill_from_interview (self);
    }
  else
    {
      _pursuit_interview_dialog_fill_new (self);
    }

  /* Without a job the dialog asks which one. */
  if (self->job_id <= 0 && self->store != NULL)
    {
      _pursuit_interview_dialog_fill_jobs (self);
      gtk_widget_set_visible (GTK_WIDGET (self->job_group), TRUE);
    }

  _pursuit_interview_dialog_update_save (self);
}

static void
pursuit_interview_dialog_dispose (GObject *object)
{
  PursuitInterviewDialog *self = (PursuitInterviewDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PURSUIT_TYPE_INTERVIEW_DIALOG);

  g_clear_object (&self->store);
  g_clear_object (&self->interview);

  G_OBJECT_CLASS (pursuit_interview_dialog_parent_class)->dispose (object);
}

static void
pursuit_interview_dialog_finalize (GObject *object)
{
  PursuitInterviewDialog *self = (PursuitInterviewDialog *)object;

  g_clear_pointer (&self->kind_keys, g_ptr_array_unref);
  g_clear_pointer (&self->job_ids, g_array_unref);
  g_clear_pointer (&self->other_offsets, g_array_unref);
  g_clear_pointer (&self->time_zone, g_time_zone_unref);

  G_OBJECT_CLASS (pursuit_interview_dialog_parent_class)->finalize (object);
}

static void
pursuit_interview_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  PursuitInterviewDialog *self = PURSUIT_INTERVIEW_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_JOB_ID:
      g_value_set_int64 (value, self->job_id);
      break;
    case PROP_INTERVIEW:
      g_value_set_object (value, self->interview);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interview_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  PursuitInterviewDialog *self = PURSUIT_INTERVIEW_DIALOG (object);
  PursuitInterview *interview;

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_JOB_ID:
      self->job_id = g_value_get_int64 (value);
      break;
    case PROP_INTERVIEW:
      /* A copy: the caller's stays as it was until the store says so. */
      interview = g_value_get_object (value);
      self->interview = interview != NULL ? pursuit_interview_copy (interview) : NULL;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pursuit_interview_dialog_class_init (PursuitInterviewDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = pursuit_interview_dialog_constructed;
  object_class->dispose = pursuit_interview_dialog_dispose;
  object_class->finalize = pursuit_interview_dialog_finalize;
  object_class->get_property = pursuit_interview_dialog_get_property;
  object_class->set_property = pursuit_interview_dialog_set_property;

  /**
   * PursuitInterviewDialog:store:
   *
   * The store the interview is saved in.
   */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, PURSUIT_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitInterviewDialog:job-id:
   *
   * The job the interview is for; 0 shows a job chooser.
   */
  properties [PROP_JOB_ID] =
    g_param_spec_int64 ("job-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PursuitInterviewDialog:interview:
   *
   * The interview edited (a copy of it), %NULL for a new one.
   */
  properties [PROP_INTERVIEW] =
    g_param_spec_object ("interview", NULL, NULL, PURSUIT_TYPE_INTERVIEW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PursuitInterviewDialog::saved:
   * @interview_id: the id of the interview saved
   *
   * Emitted after the store saved the interview, before the dialog
   * closes.
   */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-interview-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, job_group);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, job_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, date_button);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, date_popover);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, time_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, ampm_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, duration_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, location_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, interviewer_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, email_error_label);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, remind_day_check);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, remind_hour_check);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, remind_quarter_check);
  gtk_widget_class_bind_template_child (widget_class, PursuitInterviewDialog, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, on_time_spin_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ampm_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_email_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_job_selected_cb);

  gtk_widget_class_install_action (widget_class, "dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "dialog.cancel", NULL, cancel_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dialog.cancel", NULL);
}

static void
pursuit_interview_dialog_init (PursuitInterviewDialog *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  g_autoptr(GDateTime) morning = NULL;
  g_autoptr(GDateTime) evening = NULL;
  g_autoptr(GtkStringList) halves = NULL;
  g_autofree char *am = NULL;
  g_autofree char *pm = NULL;

  self->kind_keys = g_ptr_array_new_with_free_func (g_free);
  self->job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->other_offsets = g_array_new (FALSE, FALSE, sizeof (int));
  self->time_zone = g_time_zone_new_local ();
  self->twelve_hour = pursuit_calendar_locale_uses_12h ();
  /* A valid day before the store's is known. */
  self->year = 2000;
  self->month = 1;
  self->day = 1;

  gtk_widget_init_template (GTK_WIDGET (self));
  pursuit_accessible_name_inner_buttons (GTK_WIDGET (self));

  /* The locale's own words for the two halves of the day. */
  morning = g_date_time_new (self->time_zone, 2000, 1, 1, 9, 0, 0);
  evening = g_date_time_new (self->time_zone, 2000, 1, 1, 21, 0, 0);
  am = g_date_time_format (morning, "%p");
  pm = g_date_time_format (evening, "%p");
  halves = gtk_string_list_new ((const char * const []) { am[0] ? am : "AM", pm[0] ? pm : "PM", NULL });
  gtk_drop_down_set_model (self->ampm_dropdown, G_LIST_MODEL (halves));

  if (self->twelve_hour)
    {
      gtk_spin_button_set_range (self->hour_spin, 1, 12);
      gtk_widget_set_visible (GTK_WIDGET (self->ampm_dropdown), TRUE);
    }

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  g_signal_connect_object (focus, "leave", G_CALLBACK (on_email_focus_leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->email_row), focus);
}

/**
 * pursuit_interview_dialog_new:
 * @store: the store
 * @job_id: the job the interview is for; 0 to let the user choose one
 * @interview: (nullable): the interview to edit, %NULL for a new one
 *
 * A modal dialog that schedules an interview, or edits and reschedules
 * @interview. Set its transient parent and present it; it closes itself
 * after saving (emitting #PursuitInterviewDialog::saved) or cancelling.
 *
 * Returns: (transfer none): the dialog, owned by GTK's list of toplevels
 */
GtkWidget *
pursuit_interview_dialog_new (PursuitStore     *store,
                              gint64            job_id,
                              PursuitInterview *interview)
{
  g_return_val_if_fail (PURSUIT_IS_STORE (store), NULL);
  g_return_val_if_fail (job_id >= 0, NULL);
  g_return_val_if_fail (interview == NULL || PURSUIT_IS_INTERVIEW (interview), NULL);

  return g_object_new (PURSUIT_TYPE_INTERVIEW_DIALOG,
                       "store", store,
                       "job-id", job_id,
                       "interview", interview,
                       NULL);
}

/**
 * pursuit_interview_dialog_get_store:
 *
 * Returns: (transfer none): the store
 */
PursuitStore *
pursuit_interview_dialog_get_store (PursuitInterviewDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW_DIALOG (self), NULL);

  return self->store;
}

/**
 * pursuit_interview_dialog_get_job_id:
 *
 * Returns: the job chosen, 0 while none is
 */
gint64
pursuit_interview_dialog_get_job_id (PursuitInterviewDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW_DIALOG (self), 0);

  return self->job_id;
}


/**
 * pursuit_interview_dialog_set_date:
 * @self: a dialog
 * @date: a day (its time is ignored)
 *
 * Proposes a day, such as the one a user picked on the calendar; the
 * start time stays as it is.
 */
void
pursuit_interview_dialog_set_date (PursuitInterviewDialog *self,
                                   GDateTime              *date)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_if_fail (PURSUIT_IS_INTERVIEW_DIALOG (self));
  g_return_if_fail (date != NULL);

  local = g_date_time_to_timezone (date, self->time_zone);
  _pursuit_interview_dialog_set_date (self, local);
  _pursuit_interview_dialog_update_save (self);
}

/**
 * pursuit_interview_dialog_get_starts_at:
 *
 * Returns: the start the fields describe, as unix time; 0 when there is
 *   no such time
 */
gint64
pursuit_interview_dialog_get_starts_at (PursuitInterviewDialog *self)
{
  g_autoptr(GDateTime) start = NULL;

  g_return_val_if_fail (PURSUIT_IS_INTERVIEW_DIALOG (self), 0);

  start = _pursuit_interview_dialog_dup_start (self);
  return start != NULL ? g_date_time_to_unix (start) : 0;
}

/**
 * pursuit_interview_dialog_save:
 * @self: a dialog
 *
 * Saves as the Save button does: on success the dialog emits
 * #PursuitInterviewDialog::saved and closes; otherwise it shows why and
 * stays open.
 *
 * Returns: whether the interview was saved
 */
gboolean
pursuit_interview_dialog_save (PursuitInterviewDialog *self)
{
  g_return_val_if_fail (PURSUIT_IS_INTERVIEW_DIALOG (self), FALSE);

  return save (self);
}

