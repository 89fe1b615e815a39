/* pursuit-interview-dialog-fields.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-interview-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "pursuit-editable.h"
#include "pursuit-interview-dialog-private.h"
#include "pursuit-settings.h"

/* The interview dialog's fields: the date, the time and its clock, the
 * duration and when it ends, the email check, the reminder boxes; how a
 * new or edited interview fills them in and how they become one again. */

#define DEFAULT_HOUR     10
#define DEFAULT_MINUTES  45

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

GDateTime *
_pursuit_interview_dialog_dup_start (PursuitInterviewDialog *self)
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

void
_pursuit_interview_dialog_update_date_label (PursuitInterviewDialog *self)
{
  g_autoptr(GDateTime) date = g_date_time_new (self->time_zone, self->year, self->month, self->day, 12, 0, 0);
  /* Translators: the interview's date on the date button, see g_date_time_format() */
  g_autofree char *label = date != NULL ? g_date_time_format (date, _("%a %-e %B %Y")) : g_strdup ("");

  gtk_menu_button_set_label (self->date_button, label);
}

/* The duration row says when the interview ends; an interview running
 * into the next day is refused there. Returns whether the times work. */
gboolean
_pursuit_interview_dialog_update_end (PursuitInterviewDialog *self)
{
  g_autoptr(GDateTime) start = _pursuit_interview_dialog_dup_start (self);
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

gboolean
_pursuit_interview_dialog_update_email (PursuitInterviewDialog *self,
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

void
_pursuit_interview_dialog_update_save (PursuitInterviewDialog *self)
{
  gboolean has_job = self->job_id > 0;
  gboolean times = _pursuit_interview_dialog_update_end (self);
  gboolean email = _pursuit_interview_dialog_update_email (self, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.save", has_job && times && email);
}

void
_pursuit_interview_dialog_set_date (PursuitInterviewDialog *self,
                                    GDateTime              *date)
{
  self->year = g_date_time_get_year (date);
  self->month = g_date_time_get_month (date);
  self->day = g_date_time_get_day_of_month (date);

  gtk_calendar_select_day (self->calendar, date);
  _pursuit_interview_dialog_update_date_label (self);
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

  _pursuit_interview_dialog_set_date (self, day);
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

void
_pursuit_interview_dialog_fill_from_interview (PursuitInterviewDialog *self)
{
  PursuitInterview *interview = self->interview;
  g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc (pursuit_interview_get_starts_at (interview));
  g_autoptr(GDateTime) local = start != NULL ? g_date_time_to_timezone (start, self->time_zone) : NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  const char *notes = pursuit_interview_get_notes (interview);

  _pursuit_interview_dialog_fill_kinds (self, pursuit_interview_get_kind (interview));
  _pursuit_interview_dialog_select_kind (self, pursuit_interview_get_kind (interview));

  if (local != NULL)
    {
      _pursuit_interview_dialog_set_date (self, local);
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

void
_pursuit_interview_dialog_fill_new (PursuitInterviewDialog *self)
{
  g_autofree char *reminders = default_reminders ();

  _pursuit_interview_dialog_fill_kinds (self, NULL);
  _pursuit_interview_dialog_select_kind (self, _pursuit_interview_dialog_guess_kind (self));
  set_default_start (self);
  set_reminders (self, reminders);
}

/* Saving */

PursuitInterview *
_pursuit_interview_dialog_build_interview (PursuitInterviewDialog *self)
{
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GDateTime) start = _pursuit_interview_dialog_dup_start (self);
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
