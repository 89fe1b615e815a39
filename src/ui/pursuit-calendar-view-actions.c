/* pursuit-calendar-view-actions.c: the Calendar page's actions
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-calendar"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pursuit-calendar-view-private.h"
#include "pursuit-ics.h"
#include "pursuit-interview-dialog.h"

static void
step_period (PursuitCalendarView *self,
             int                  direction)
{
  GDate date = self->focus;
  gboolean had_focus = gtk_widget_get_focus_child (gtk_stack_get_visible_child (self->stack)) != NULL;

  if (self->mode == PURSUIT_CALENDAR_WEEK)
    {
      if (direction > 0)
        g_date_add_days (&date, 7);
      else
        g_date_subtract_days (&date, 7);
    }
  else
    {
      if (direction > 0)
        g_date_add_months (&date, 1);
      else
        g_date_subtract_months (&date, 1);
    }

  _pursuit_calendar_view_move_to (self, &date, had_focus);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  step_period (PURSUIT_CALENDAR_VIEW (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step_period (PURSUIT_CALENDAR_VIEW (widget), 1);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PursuitCalendarView *self = PURSUIT_CALENDAR_VIEW (widget);
  GDate today;

  pursuit_calendar_today (self->time_zone, &today);
  _pursuit_calendar_view_move_to (self, &today, TRUE);
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PursuitCalendarView *self = PURSUIT_CALENDAR_VIEW (widget);
  int days = g_variant_get_int32 (parameter);
  GDate date = self->focus;

  /* The agenda's list moves its own cursor. */
  if (self->mode == PURSUIT_CALENDAR_AGENDA)
    return;

  /* Left is the day before, unless the text runs right to left. */
  if ((days == 1 || days == -1) && gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    days = -days;

  if (days > 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  _pursuit_calendar_view_move_to (self, &date, TRUE);
}

static void
new_interview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PursuitCalendarView *self = PURSUIT_CALENDAR_VIEW (widget);
  g_autoptr(GDateTime) day = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;
  GDate today;

  if (self->store == NULL)
    return;

  dialog = pursuit_interview_dialog_new (self->store, 0, NULL);

  /* The focused day, unless it is past: then the dialog's own default. */
  pursuit_calendar_today (self->time_zone, &today);
  if (g_date_compare (&self->focus, &today) > 0)
    {
      day = g_date_time_new (self->time_zone, g_date_get_year (&self->focus),
                             g_date_get_month (&self->focus), g_date_get_day (&self->focus),
                             12, 0, 0);
      pursuit_interview_dialog_set_date (PURSUIT_INTERVIEW_DIALOG (dialog), day);
    }

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  gtk_window_present (GTK_WINDOW (dialog));
}


static void
export_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PursuitCalendarView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      g_warning ("Could not write the calendar: %s", error->message);
      _pursuit_calendar_view_add_toast (self, _("Could not export the calendar"));
      return;
    }

  _pursuit_calendar_view_add_toast (self, _("Calendar exported"));
}

static void
on_export_response_cb (PursuitCalendarView  *self,
                       int                   response,
                       GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->export_chooser);

  if (file == NULL || self->store == NULL)
    return;

  text = pursuit_ics_export (self->store, 0, &error);
  if (text == NULL)
    {
      g_warning ("Could not export the calendar: %s", error->message);
      _pursuit_calendar_view_add_toast (self, _("Could not export the calendar"));
      return;
    }

  bytes = g_bytes_new_take (text, strlen (text));
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       self->cancellable, export_written_cb, g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitCalendarView *self = PURSUIT_CALENDAR_VIEW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->store == NULL || self->export_chooser != NULL)
    return;

  self->export_chooser = gtk_file_chooser_native_new (_("Export Calendar"),
                                                      GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  /* TRANSLATORS: the file name an exported calendar is offered under */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), _("pursuit-calendar.ics"));
  gtk_file_filter_set_name (filter, _("Calendar files"));
  gtk_file_filter_add_mime_type (filter, "text/calendar");
  gtk_file_filter_add_suffix (filter, "ics");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), filter);
  g_signal_connect_object (self->export_chooser, "response", G_CALLBACK (on_export_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

void
_pursuit_calendar_view_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "calendar.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "calendar.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "calendar.today", NULL, today_action);
  gtk_widget_class_install_action (widget_class, "calendar.move-focus", "i", move_focus_action);
  gtk_widget_class_install_action (widget_class, "calendar.new-interview", NULL, new_interview_action);
  gtk_widget_class_install_action (widget_class, "calendar.export", NULL, export_action);
  gtk_widget_class_install_property_action (widget_class, "calendar.mode", "mode");

  /* Page Up/Down and T are the view's capture shortcuts (see init). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "calendar.move-focus", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "calendar.move-focus", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "calendar.move-focus", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "calendar.move-focus", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "calendar.move-focus", "i", -7);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "calendar.move-focus", "i", -7);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "calendar.move-focus", "i", 7);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "calendar.move-focus", "i", 7);
}
