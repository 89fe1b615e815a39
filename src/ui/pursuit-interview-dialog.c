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
#include "pursuit-editable.h"
#include "pursuit-interview-dialog.h"
#include "pursuit-pipeline.h"
#include "pursuit-settings.h"

/* Schedules a new interview or edits (reschedules) one. It opens ready to
 * save: the next working day at 10:00 for 45 minutes, the type guessed
 * from the job's stage, the reminders the user chose in Preferences.
 * Problems are shown where they are (an interview running past midnight,
 * an address that is not one) and Save waits until they are fixed. */

#define DEFAULT_HOUR     10
#define DEFAULT_MINUTES  45

struct _PursuitInterviewDialog
{
  AdwWindow         parent_instance;

  PursuitStore     *store;
  PursuitInterview *interview;    /* the one edited; NULL for a new one */
  gint64            job_id;
  GTimeZone        *time_zone;
  gboolean          twelve_hour;
  GPtrArray        *kind_keys;    /* (element-type utf8) per kind_row item */
  GArray           *job_ids;      /* gint64 per job_dropdown item */
  GArray           *other_offsets; /* reminders kept as they were */
  int               year, month, day;

  GtkButton        *save_button;
  GtkLabel         *error_label;
  AdwPreferencesGroup *job_group;
  GtkDropDown      *job_dropdown;
  AdwComboRow      *kind_row;
  GtkMenuButton    *date_button;
  GtkPopover       *date_popover;
  GtkCalendar      *calendar;
  AdwActionRow     *time_row;
  GtkSpinButton    *hour_spin;
  GtkSpinButton    *minute_spin;
  GtkDropDown      *ampm_dropdown;
  AdwActionRow     *duration_row;
  GtkSpinButton    *duration_spin;
  AdwEntryRow      *location_row;
  AdwEntryRow      *interviewer_row;
  AdwEntryRow      *email_row;
  GtkLabel         *email_error_label;
  GtkCheckButton   *remind_day_check;
  GtkCheckButton   *remind_hour_check;
  GtkCheckButton   *remind_quarter_check;
  GtkTextView      *notes_view;
};

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

static const struct {
  const char *key;
  const char *label;
} kinds[] = {
  { "phone_screen", N_("Phone screen") },
  { "technical", N_("Technical") },
  { "behavioral", N_("Behavioral") },
  { "onsite", N_("On-site") },
  { "final", N_("Final round") },
  { "other", N_("Other") },
};

/* Reminder offsets with a check box of their own, in minutes. */
#define REMIND_DAY      1440
#define REMIND_HOUR     60
#define REMIND_QUARTER  15

/* Helpers */

/* Something@something.tld, with nothing a mail program would read as a
 * second address or a display name. */
static gboolean
email_is_valid (const char *email)
{
  const char *at = strchr (email, '@');

  return at != NULL && at != email && strchr (at + 1, '@') == NULL &&
         strchr (at + 1, '.') != NULL && at[1] != '.' &&
         email[strlen (email) - 1] != '.' && strlen (email) <= 254 &&
         strpbrk (email, " \t\r\n<>()[],;:\"\\") == NULL;
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static int
selected_hour (PursuitInterviewDialog *self)
{
  int hour = gtk_spin_button_get_value_as_int (self->hour_spin);

  if (!self->twelve_hour)
    return hour;

  return (hour % 12) + (gtk_drop_down_get_selected (self->ampm_dropdown) == 1 ? 12 : 0);
}

static void
set_hour (PursuitInterviewDialog *self,
          int                     hour)
{
  if (self->twelve_hour)
    {
      gtk_drop_down_set_selected (self->ampm_dropdown, hour >= 12 ? 1 : 0);
      hour = hour % 12;
      gtk_spin_button_set_value (self->hour_spin, hour == 0 ? 12 : hour);
    }
  else
    {
      gtk_spin_button_set_value (self->hour_spin, hour);
    }
}

static GDateTime *
dup_start (PursuitInterviewDialog *self)
{
  /* What was typed into a spin button counts even before it lost focus. */
  gtk_spin_button_update (self->hour_spin);
  gtk_spin_button_update (self->minute_spin);

  return g_date_time_new (self->time_zone, self->year, self->month, self->day,
                          selected_hour (self), gtk_spin_button_get_value_as_int (self->minute_spin), 0);
}

static char *
format_clock (PursuitInterviewDialog *self,
              GDateTime              *time)
{
  /* Translators: a time of day on a 12-hour clock, see g_date_time_format() */
  return g_date_time_format (time, self->twelve_hour ? _("%l:%M %p") : _("%H:%M"));
}

static void
update_date_label (PursuitInterviewDialog *self)
{
  g_autoptr(GDateTime) date = g_date_time_new (self->time_zone, self->year, self->month, self->day, 12, 0, 0);
  /* Translators: the interview's date on the date button, see g_date_time_format() */
  g_autofree char *label = date != NULL ? g_date_time_format (date, _("%a %-e %B %Y")) : g_strdup ("");

  gtk_menu_button_set_label (self->date_button, label);
}

/* The duration row says when the interview ends; an interview running
 * into the next day is refused there. Returns whether the times work. */
static gboolean
update_end (PursuitInterviewDialog *self)
{
  g_autoptr(GDateTime) start = dup_start (self);
  g_autoptr(GDateTime) end = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *subtitle = NULL;
  gboolean valid;

  if (start == NULL)
    return FALSE;

  end = g_date_time_add_minutes (start, gtk_spin_button_get_value_as_int (self->duration_spin));
  clock = format_clock (self, end);
  g_strstrip (clock);

  /* Ending at midnight sharp is still the same evening. */
  valid = g_date_time_get_day_of_year (end) == g_date_time_get_day_of_year (start) ||
          (g_date_time_get_hour (end) == 0 && g_date_time_get_minute (end) == 0 &&
           g_date_time_difference (end, start) <= G_TIME_SPAN_DAY);

  if (valid)
    subtitle = g_strdup_printf (_("Ends at %s"), clock);
  else
    subtitle = g_strdup_printf (_("Ends after midnight (%s): start earlier or make it shorter"), clock);

  adw_action_row_set_subtitle (self->duration_row, subtitle);
  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self->duration_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->duration_row), "error");

  return valid;
}

static gboolean
update_email (PursuitInterviewDialog *self,
              gboolean                show_error)
{
  g_autofree char *email = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->email_row));
  gboolean valid = email == NULL || email_is_valid (email);

  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->email_row), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->email_error_label), FALSE);
    }
  else if (show_error)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not an email address"), email);

      gtk_widget_add_css_class (GTK_WIDGET (self->email_row), "error");
      gtk_label_set_text (self->email_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->email_error_label), TRUE);
    }

  return valid;
}

static void
update_save (PursuitInterviewDialog *self)
{
  gboolean has_job = self->job_id > 0;
  gboolean times = update_end (self);
  gboolean email = update_email (self, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", has_job && times && email);
}

static void
show_error (PursuitInterviewDialog *self,
            const char             *message)
{
  if (message != NULL)
    gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* Filling in */

static void
fill_kinds (PursuitInterviewDialog *self,
            const char             *extra)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->kind_keys, 0);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      gtk_string_list_append (labels, _(kinds[i].label));
      g_ptr_array_add (self->kind_keys, g_strdup (kinds[i].key));
    }

  /* A kind from an older version or an invitation stays as it is. */
  if (extra != NULL && extra[0] != '\0')
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
        known |= g_str_equal (kinds[i].key, extra);

      if (!known)
        {
          gtk_string_list_append (labels, extra);
          g_ptr_array_add (self->kind_keys, g_strdup (extra));
        }
    }

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
}

static void
select_kind (PursuitInterviewDialog *self,
             const char             *key)
{
  for (guint i = 0; key != NULL && i < self->kind_keys->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->kind_keys, i), key))
        {
          adw_combo_row_set_selected (self->kind_row, i);
          return;
        }
    }
}

/* A phone screen early on, a technical interview once there has been
 * one, the final round at the offer stage. */
static const char *
guess_kind (PursuitInterviewDialog *self)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitStage) stage = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  const char *category;

  if (self->store == NULL || self->job_id <= 0)
    return "phone_screen";

  job = pursuit_store_get_job (self->store, self->job_id, NULL);
  if (job == NULL)
    return "phone_screen";

  stage = pursuit_store_get_stage (self->store, pursuit_job_get_stage (job));
  category = stage != NULL ? pursuit_stage_get_category (stage) : pursuit_job_get_stage (job);
  interviews = pursuit_store_list_interviews (self->store, self->job_id);

  if (g_strcmp0 (category, PURSUIT_STAGE_OFFER) == 0)
    return "final";
  if (g_strcmp0 (category, PURSUIT_STAGE_INTERVIEW_SCHEDULED) == 0 ||
      g_strcmp0 (category, PURSUIT_STAGE_INTERVIEWING) == 0 ||
      (interviews != NULL && interviews->len > 0))
    return "technical";

  return "phone_screen";
}

static void
set_date (PursuitInterviewDialog *self,
          GDateTime              *date)
{
  self->year = g_date_time_get_year (date);
  self->month = g_date_time_get_month (date);
  self->day = g_date_time_get_day_of_month (date);

  gtk_calendar_select_day (self->calendar, date);
  update_date_label (self);
}

/* The next working day at 10:00: an interview is rarely today, and
 * Monday follows Friday. */
static void
set_default_start (PursuitInterviewDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (self->time_zone);
  g_autoptr(GDateTime) day = g_date_time_new (self->time_zone, g_date_time_get_year (now),
                                              g_date_time_get_month (now),
                                              g_date_time_get_day_of_month (now), 12, 0, 0);

  do
    {
      GDateTime *next = g_date_time_add_days (day, 1);

      g_date_time_unref (day);
      day = next;
    }
  while (g_date_time_get_day_of_week (day) > 5);

  set_date (self, day);
  set_hour (self, DEFAULT_HOUR);
  gtk_spin_button_set_value (self->minute_spin, 0);
  gtk_spin_button_set_value (self->duration_spin, DEFAULT_MINUTES);
}

static void
set_reminders (PursuitInterviewDialog *self,
               const char             *minutes)
{
  g_auto(GStrv) parts = g_strsplit (minutes != NULL ? minutes : "", ",", -1);
  gboolean day = FALSE, hour = FALSE, quarter = FALSE;

  g_array_set_size (self->other_offsets, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 offset;

      g_strstrip (parts[i]);
      if (!g_ascii_string_to_unsigned (parts[i], 10, 0, 40320, &offset, NULL))
        continue;

      if (offset == REMIND_DAY)
        day = TRUE;
      else if (offset == REMIND_HOUR)
        hour = TRUE;
      else if (offset == REMIND_QUARTER)
        quarter = TRUE;
      else
        {
          int value = (int)offset;
          g_array_append_val (self->other_offsets, value);
        }
    }

  gtk_check_button_set_active (self->remind_day_check, day);
  gtk_check_button_set_active (self->remind_hour_check, hour);
  gtk_check_button_set_active (self->remind_quarter_check, quarter);
}

static int
compare_descending (gconstpointer a,
                    gconstpointer b)
{
  return *(const int *)b - *(const int *)a;
}

static char *
dup_reminders (PursuitInterviewDialog *self)
{
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GString) text = g_string_new (NULL);
  int day = REMIND_DAY, hour = REMIND_HOUR, quarter = REMIND_QUARTER;

  g_array_append_vals (offsets, self->other_offsets->data, self->other_offsets->len);
  if (gtk_check_button_get_active (self->remind_day_check))
    g_array_append_val (offsets, day);
  if (gtk_check_button_get_active (self->remind_hour_check))
    g_array_append_val (offsets, hour);
  if (gtk_check_button_get_active (self->remind_quarter_check))
    g_array_append_val (offsets, quarter);

  g_array_sort (offsets, compare_descending);
  for (guint i = 0; i < offsets->len; i++)
    {
      int offset = g_array_index (offsets, int, i);

      if (i > 0 && offset == g_array_index (offsets, int, i - 1))
        continue;
      if (text->len > 0)
        g_string_append_c (text, ',');
      g_string_append_printf (text, "%d", offset);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
default_reminders (void)
{
  g_autoptr(GSettings) settings = pursuit_settings_new_if_installed ("interview-reminder-minutes");
  g_autofree char *minutes = settings != NULL ? g_settings_get_string (settings, "interview-reminder-minutes") : NULL;

  if (minutes == NULL || !pursuit_interview_reminder_minutes_valid (minutes))
    return g_strdup (PURSUIT_INTERVIEW_DEFAULT_REMINDERS);

  return g_steal_pointer (&minutes);
}

/* "Backend Engineer — Acme" for each open job, the dialog's own first. */
static void
fill_jobs (PursuitInterviewDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkExpression) expression = NULL;

  g_array_set_size (self->job_ids, 0);

  jobs = pursuit_store_list_jobs (self->store, NULL, &error);
  if (jobs == NULL)
    g_warning ("Could not list the jobs: %s", error->message);

  /* GTK 4.8's drop-down always selects an item: the first one says that
   * none is chosen yet, rather than picking a job for the user. */
  if (self->job_id <= 0)
    {
      gint64 none = 0;

      gtk_string_list_append (labels, _("Choose a Job…"));
      g_array_append_val (self->job_ids, none);
    }

  for (guint i = 0; jobs != NULL && i < jobs->len; i++)
    {
      PursuitJob *job = g_ptr_array_index (jobs, i);
      g_autoptr(PursuitStage) stage = pursuit_store_get_stage (self->store, pursuit_job_get_stage (job));
      const char *category = stage != NULL ? pursuit_stage_get_category (stage) : pursuit_job_get_stage (job);
      gint64 id = pursuit_job_get_id (job);
      g_autofree char *label = NULL;

      if (!pursuit_pipeline_is_open (category) && id != self->job_id)
        continue;

      if (pursuit_job_get_company (job) != NULL)
        /* Translators: a job in the interview dialog's job chooser: title — company */
        label = g_strdup_printf (_("%s — %s"), pursuit_job_get_title (job), pursuit_job_get_company (job));
      else
        label = g_strdup (pursuit_job_get_title (job));

      gtk_string_list_append (labels, label);
      g_array_append_val (self->job_ids, id);
    }

  /* Search needs to know what to search. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (self->job_dropdown, expression);
  gtk_drop_down_set_model (self->job_dropdown, G_LIST_MODEL (labels));

  gtk_drop_down_set_selected (self->job_dropdown, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; i < self->job_ids->len; i++)
    if (g_array_index (self->job_ids, gint64, i) == self->job_id)
      gtk_drop_down_set_selected (self->job_dropdown, i);
}

static void
fill_from_interview (PursuitInterviewDialog *self)
{
  PursuitInterview *interview = self->interview;
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (pursuit_interview_get_starts_at (interview));
  g_autoptr(GDateTime) local = start != NULL ? g_date_time_to_timezone (start, self->time_zone) : NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  const char *notes = pursuit_interview_get_notes (interview);

  fill_kinds (self, pursuit_interview_get_kind (interview));
  select_kind (self, pursuit_interview_get_kind (interview));

  if (local != NULL)
    {
      set_date (self, local);
      set_hour (self, g_date_time_get_hour (local));
      gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (local));
    }
  gtk_spin_button_set_value (self->duration_spin,
                             pursuit_interview_get_duration_minutes (interview) > 0
                             ? pursuit_interview_get_duration_minutes (interview) : DEFAULT_MINUTES);

  set_row_text (self->location_row, pursuit_interview_get_location (interview));
  set_row_text (self->interviewer_row, pursuit_interview_get_interviewer (interview));
  set_row_text (self->email_row, pursuit_interview_get_interviewer_email (interview));
  gtk_text_buffer_set_text (buffer, notes != NULL ? notes : "", -1);
  set_reminders (self, pursuit_interview_get_reminder_minutes (interview));

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Interview"));
  gtk_button_set_label (self->save_button, _("_Save"));
}

static void
fill_new (PursuitInterviewDialog *self)
{
  g_autofree char *reminders = default_reminders ();

  fill_kinds (self, NULL);
  select_kind (self, guess_kind (self));
  set_default_start (self);
  set_reminders (self, reminders);
}

/* Saving */

static PursuitInterview *
build_interview (PursuitInterviewDialog *self)
{
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GDateTime) start = dup_start (self);
  g_autofree char *location = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->location_row));
  g_autofree char *interviewer = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->interviewer_row));
  g_autofree char *email = pursuit_editable_dup_trimmed (GTK_EDITABLE (self->email_row));
  g_autofree char *reminders = dup_reminders (self);
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter begin, end;
  guint kind = adw_combo_row_get_selected (self->kind_row);

  gtk_text_buffer_get_bounds (buffer, &begin, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &begin, &end, FALSE));

  interview = self->interview != NULL ? pursuit_interview_copy (self->interview) : pursuit_interview_new ();
  pursuit_interview_set_job_id (interview, self->job_id);
  pursuit_interview_set_kind (interview, kind < self->kind_keys->len ? g_ptr_array_index (self->kind_keys, kind) : "other");
  pursuit_interview_set_starts_at (interview, start != NULL ? g_date_time_to_unix (start) : 0);
  pursuit_interview_set_duration_minutes (interview, gtk_spin_button_get_value_as_int (self->duration_spin));
  pursuit_interview_set_location (interview, location);
  pursuit_interview_set_interviewer (interview, interviewer);
  pursuit_interview_set_interviewer_email (interview, email);
  pursuit_interview_set_notes (interview, notes[0] != '\0' ? notes : NULL);
  pursuit_interview_set_reminder_minutes (interview, reminders);

  return g_steal_pointer (&interview);
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
  if (!update_end (self))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->duration_spin));
      return FALSE;
    }
  if (!update_email (self, TRUE))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->email_row));
      return FALSE;
    }

  interview = build_interview (self);

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
  update_save (self);
}

static void
on_ampm_selected_cb (PursuitInterviewDialog *self,
                     GParamSpec             *pspec,
                     GtkDropDown            *dropdown)
{
  update_save (self);
}

static void
on_calendar_day_selected_cb (PursuitInterviewDialog *self,
                             GtkCalendar            *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);

  self->year = g_date_time_get_year (date);
  self->month = g_date_time_get_month (date);
  self->day = g_date_time_get_day_of_month (date);
  update_date_label (self);
  update_save (self);

  gtk_popover_popdown (self->date_popover);
}

static void
on_email_changed_cb (PursuitInterviewDialog *self,
                     GtkEditable            *editable)
{
  /* An error shown goes as soon as the address is right, but a half-typed
   * one is not scolded. */
  if (gtk_widget_has_css_class (GTK_WIDGET (self->email_row), "error"))
    update_email (self, TRUE);
  update_save (self);
}

static void
on_email_focus_leave_cb (GtkEventControllerFocus *controller,
                         PursuitInterviewDialog  *self)
{
  /* The focus also leaves while the dialog is taken apart. */
  if (self->email_row == NULL)
    return;

  update_email (self, TRUE);
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
    select_kind (self, guess_kind (self));

  update_save (self);
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
      fill_from_interview (self);
    }
  else
    {
      fill_new (self);
    }

  /* Without a job the dialog asks which one. */
  if (self->job_id <= 0 && self->store != NULL)
    {
      fill_jobs (self);
      gtk_widget_set_visible (GTK_WIDGET (self->job_group), TRUE);
    }

  update_save (self);
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
 * pursuit_interview_dialog_set_job_id:
 * @self: a dialog showing its job chooser
 * @job_id: an open job's id
 *
 * Chooses a job in the chooser, as the user would.
 */
void
pursuit_interview_dialog_set_job_id (PursuitInterviewDialog *self,
                                     gint64                  job_id)
{
  g_return_if_fail (PURSUIT_IS_INTERVIEW_DIALOG (self));

  for (guint i = 0; i < self->job_ids->len; i++)
    {
      if (g_array_index (self->job_ids, gint64, i) == job_id)
        {
          gtk_drop_down_set_selected (self->job_dropdown, i);
          return;
        }
    }

  g_warning ("Job %" G_GINT64_FORMAT " is not in the interview dialog's chooser", job_id);
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
  set_date (self, local);
  update_save (self);
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

  start = dup_start (self);
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

/**
 * pursuit_interview_dialog_describe_kind:
 * @kind: (nullable): an interview kind as stored ("phone_screen")
 *
 * Returns: (transfer none): the kind in the user's words ("Phone screen");
 *   a kind the app does not know (from an older version or an invitation)
 *   as it is, "Other" for %NULL
 */
const char *
pursuit_interview_dialog_describe_kind (const char *kind)
{
  if (kind == NULL || kind[0] == '\0')
    return _("Other");

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].key, kind))
      return _(kinds[i].label);

  return kind;
}
