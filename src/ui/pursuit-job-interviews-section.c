/* pursuit-job-interviews-section.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "pursuit-job-page"

#include "config.h"

#include <glib/gi18n.h>

#include "pursuit-ics.h"
#include "pursuit-interview-dialog.h"
#include "pursuit-job-interviews-section.h"
#include "pursuit-job-page-private.h"

/* A job's interviews: when, what kind, where and with whom. Schedule one
 * (the interview dialog), reschedule or cancel one, or import one from a
 * calendar invitation (.ics). Cancelling cannot be undone (its reminders
 * and thank-you follow-up go with it), so it asks first. */

struct _PursuitJobInterviewsSection
{
  PursuitJobSection parent_instance;

  GCancellable *cancellable;
  GtkListBox   *interviews_list;
};

G_DEFINE_FINAL_TYPE (PursuitJobInterviewsSection, pursuit_job_interviews_section, PURSUIT_TYPE_JOB_SECTION)

static PursuitStore *
section_store (PursuitJobInterviewsSection *self)
{
  return pursuit_job_section_get_store (PURSUIT_JOB_SECTION (self));
}

static gint64
section_job_id (PursuitJobInterviewsSection *self)
{
  return pursuit_job_section_get_job_id (PURSUIT_JOB_SECTION (self));
}

static GtkWindow *
parent_window (PursuitJobInterviewsSection *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static gboolean
is_link (const char *location)
{
  return location != NULL &&
         (g_str_has_prefix (location, "https://") || g_str_has_prefix (location, "http://"));
}

/* "Tue 24 November, 10:00 – 10:45" */
static char *
interview_when (PursuitInterview *interview)
{
  gint64 starts_at = pursuit_interview_get_starts_at (interview);
  g_autofree char *day = _pursuit_job_page_format_day (starts_at);
  g_autofree char *start = _pursuit_job_page_format_clock (starts_at);
  g_autofree char *end = NULL;

  if (pursuit_interview_get_duration_minutes (interview) <= 0)
    /* Translators: an interview's day, then its start time */
    return g_strdup_printf (_("%s, %s"), day, start);

  end = _pursuit_job_page_format_clock (pursuit_interview_get_ends_at (interview));
  /* Translators: an interview's day, then its start and end times */
  return g_strdup_printf (_("%s, %s – %s"), day, start, end);
}

static char *
interview_details (PursuitInterview *interview)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *location = pursuit_interview_get_location (interview);
  const char *interviewer = pursuit_interview_get_interviewer (interview);

  if (g_strcmp0 (pursuit_interview_get_status (interview), "cancelled") == 0)
    g_ptr_array_add (parts, g_strdup (_("Cancelled")));

  g_ptr_array_add (parts, g_strdup (pursuit_interview_dialog_describe_kind (pursuit_interview_get_kind (interview))));

  if (location != NULL && location[0] != '\0')
    g_ptr_array_add (parts, g_strdup (location));
  if (interviewer != NULL && interviewer[0] != '\0')
    /* Translators: who the interview is with */
    g_ptr_array_add (parts, g_strdup_printf (_("with %s"), interviewer));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

static GtkWidget *
new_interview_row (PursuitInterview *interview,
                   gint64            now)
{
  g_autofree char *title = interview_when (interview);
  g_autofree char *subtitle = interview_details (interview);
  GtkWidget *row = _pursuit_job_page_new_row (title, subtitle);
  gint64 id = pursuit_interview_get_id (interview);
  gboolean cancelled = g_strcmp0 (pursuit_interview_get_status (interview), "cancelled") == 0;
  gboolean past = pursuit_interview_get_ends_at (interview) < now;
  GtkWidget *icon = gtk_image_new_from_icon_name (cancelled ? "call-stop-symbolic" : "x-office-calendar-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cancelled ? _("Cancelled") : _("Scheduled"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  g_object_set_data_full (G_OBJECT (row), "interview", g_object_ref (interview), g_object_unref);

  if (cancelled || past)
    gtk_widget_add_css_class (row, "dim-label");

  if (cancelled)
    return row;

  if (is_link (pursuit_interview_get_location (interview)) && !past)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               _pursuit_job_page_new_action_button ("web-browser-symbolic", _("Open Meeting Link"),
                                                                    "interviews.open-link", id));

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             _pursuit_job_page_new_action_button ("document-edit-symbolic", _("Reschedule Interview"),
                                                                  "interviews.reschedule", id));
  if (!past)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               _pursuit_job_page_new_action_button ("edit-delete-symbolic", _("Cancel Interview"),
                                                                    "interviews.cancel", id));

  return row;
}

static PursuitInterview *
find_interview (PursuitJobInterviewsSection *self,
                gint64                       interview_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->interviews_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PursuitInterview *interview = g_object_get_data (G_OBJECT (child), "interview");

      if (interview != NULL && pursuit_interview_get_id (interview) == interview_id)
        return interview;
    }

  return NULL;
}

/* Schedule and reschedule */

static void
on_dialog_saved_cb (PursuitInterviewDialog      *dialog,
                    gint64                       interview_id,
                    PursuitJobInterviewsSection *self)
{
  const char *message = g_object_get_data (G_OBJECT (dialog), "pursuit-saved-message");

  _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), message);
}

static void
present_dialog (PursuitJobInterviewsSection *self,
                PursuitInterview            *interview)
{
  GtkWidget *dialog = pursuit_interview_dialog_new (section_store (self), section_job_id (self), interview);

  g_object_set_data (G_OBJECT (dialog), "pursuit-saved-message",
                     interview != NULL ? _("Interview rescheduled") : _("Interview scheduled"));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent_window (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
schedule_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PursuitJobInterviewsSection *self = PURSUIT_JOB_INTERVIEWS_SECTION (widget);

  if (section_store (self) == NULL || section_job_id (self) <= 0)
    return;

  present_dialog (self, NULL);
}

static void
reschedule_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PursuitJobInterviewsSection *self = PURSUIT_JOB_INTERVIEWS_SECTION (widget);
  PursuitInterview *interview = find_interview (self, g_variant_get_int64 (parameter));

  if (interview != NULL)
    present_dialog (self, interview);
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PursuitJobInterviewsSection *self = PURSUIT_JOB_INTERVIEWS_SECTION (widget);
  PursuitInterview *interview = find_interview (self, g_variant_get_int64 (parameter));

  if (interview == NULL || !is_link (pursuit_interview_get_location (interview)))
    return;

  gtk_show_uri (parent_window (self), pursuit_interview_get_location (interview), GDK_CURRENT_TIME);
}

/* Cancel */

static void
on_cancel_response_cb (AdwMessageDialog            *dialog,
                       const char                  *response,
                       PursuitJobInterviewsSection *self)
{
  gint64 interview_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "pursuit-interview-id"));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "cancel-interview") || section_store (self) == NULL)
    return;

  if (!pursuit_store_cancel_interview (section_store (self), interview_id, &error))
    _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), error->message);
  else
    _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (self), _("Interview cancelled"));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitJobInterviewsSection *self = PURSUIT_JOB_INTERVIEWS_SECTION (widget);
  gint64 interview_id = g_variant_get_int64 (parameter);
  PursuitInterview *interview = find_interview (self, interview_id);
  g_autofree char *when = NULL;
  AdwMessageDialog *dialog;

  if (interview == NULL)
    return;

  when = interview_when (interview);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), _("Cancel Interview?"), NULL));
  /* Translators: the interview's kind, then its day and time */
  adw_message_dialog_format_body (dialog, _("The %s interview on %s, its reminders and its thank-you follow-up will be cancelled. This cannot be undone."),
                                  pursuit_interview_dialog_describe_kind (pursuit_interview_get_kind (interview)),
                                  when);
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Interview"),
                                    "cancel-interview", _("C_ancel Interview"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "cancel-interview", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_object_set_data (G_OBJECT (dialog), "pursuit-interview-id", GSIZE_TO_POINTER ((gsize)interview_id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cancel_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Import an invitation */

typedef struct
{
  PursuitJobInterviewsSection *self;   /* weak: the section may go first */
  GInputStream                *stream;
  PursuitStore                *store;
  gint64                       job_id;
  guint8                      *buffer;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_weak_pointer (&data->self);
  g_clear_object (&data->stream);
  g_clear_object (&data->store);
  g_free (data->buffer);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportData, import_data_free)

static void
import_message (ImportData *data,
                const char *message)
{
  if (data->self != NULL)
    _pursuit_job_section_show_message (PURSUIT_JOB_SECTION (data->self), message);
}

static void
read_all_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ImportData) data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gsize length = 0;
  guint count;

  if (!g_input_stream_read_all_finish (G_INPUT_STREAM (source), result, &length, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          message = g_strdup_printf (_("Could not read the invitation: %s"), error->message);
          import_message (data, message);
        }
      return;
    }

  g_input_stream_close (data->stream, NULL, NULL);

  if (length > PURSUIT_ICS_MAX_BYTES)
    {
      import_message (data, _("The invitation is too large to be a calendar invitation"));
      return;
    }

  count = pursuit_ics_import (data->store, data->job_id, (const char *)data->buffer, length, &error);
  if (count == 0)
    {
      message = error != NULL ? g_strdup (error->message) : g_strdup (_("The invitation holds no interview"));
      import_message (data, message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u interview imported", "%u interviews imported", count),
                             count);
  import_message (data, message);
}

static void
read_file_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(ImportData) data = user_data;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  GCancellable *cancellable;
  GInputStream *input;
  guint8 *buffer;

  stream = g_file_read_finish (G_FILE (source), result, &error);
  if (stream == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("Could not open the invitation: %s"), error->message);
          import_message (data, message);
        }
      return;
    }

  if (data->self == NULL)
    return;

  /* One byte more than allowed tells a file that is too large. */
  cancellable = data->self->cancellable;
  input = G_INPUT_STREAM (stream);
  data->stream = G_INPUT_STREAM (g_steal_pointer (&stream));
  data->buffer = buffer = g_malloc (PURSUIT_ICS_MAX_BYTES + 1);
  g_input_stream_read_all_async (input, buffer, PURSUIT_ICS_MAX_BYTES + 1,
                                 G_PRIORITY_DEFAULT, cancellable, read_all_cb, g_steal_pointer (&data));
}

static void
on_file_chooser_response_cb (GtkNativeDialog             *chooser,
                             int                          response,
                             PursuitJobInterviewsSection *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    pursuit_job_interviews_section_import_file (self, file);

  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PursuitJobInterviewsSection *self = PURSUIT_JOB_INTERVIEWS_SECTION (widget);
  g_autoptr(GtkFileFilter) invitations = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (section_store (self) == NULL || section_job_id (self) <= 0)
    return;

  gtk_file_filter_set_name (invitations, _("Calendar Invitations"));
  gtk_file_filter_add_mime_type (invitations, "text/calendar");
  gtk_file_filter_add_suffix (invitations, "ics");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  /* Kept alive by its own reference until it answers. */
  chooser = gtk_file_chooser_native_new (_("Import Invitation"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), invitations);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_file_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The list */

static void
pursuit_job_interviews_section_load (PursuitJobSection *section,
                                     PursuitStore      *store,
                                     gint64             job_id)
{
  PursuitJobInterviewsSection *self = PURSUIT_JOB_INTERVIEWS_SECTION (section);
  g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (store, job_id);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  for (guint i = 0; interviews != NULL && i < interviews->len; i++)
    gtk_list_box_append (self->interviews_list,
                         new_interview_row (g_ptr_array_index (interviews, i), now));
}

/* Store signals */

static void
on_interview_cb (PursuitJobInterviewsSection *self,
                 PursuitInterview            *interview,
                 PursuitStore                *store)
{
  _pursuit_job_section_queue_reload_for_job (PURSUIT_JOB_SECTION (self), pursuit_interview_get_job_id (interview));
}

/* PursuitJobSection */

static void
pursuit_job_interviews_section_connect_store (PursuitJobSection *section,
                                              PursuitStore      *store)
{
  g_signal_connect_object (store, "interview-scheduled", G_CALLBACK (on_interview_cb), section, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "interview-changed", G_CALLBACK (on_interview_cb), section, G_CONNECT_SWAPPED);
}

/* GObject */

static void
pursuit_job_interviews_section_dispose (GObject *object)
{
  PursuitJobInterviewsSection *self = (PursuitJobInterviewsSection *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (object), PURSUIT_TYPE_JOB_INTERVIEWS_SECTION);

  G_OBJECT_CLASS (pursuit_job_interviews_section_parent_class)->dispose (object);
}

static void
pursuit_job_interviews_section_class_init (PursuitJobInterviewsSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PursuitJobSectionClass *section_class = PURSUIT_JOB_SECTION_CLASS (klass);

  object_class->dispose = pursuit_job_interviews_section_dispose;

  section_class->connect_store = pursuit_job_interviews_section_connect_store;
  section_class->load = pursuit_job_interviews_section_load;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/pursuit/Pursuit/ui/pursuit-job-interviews-section.ui");
  gtk_widget_class_bind_template_child (widget_class, PursuitJobInterviewsSection, interviews_list);

  gtk_widget_class_install_action (widget_class, "interviews.schedule", NULL, schedule_action);
  gtk_widget_class_install_action (widget_class, "interviews.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "interviews.reschedule", "x", reschedule_action);
  gtk_widget_class_install_action (widget_class, "interviews.cancel", "x", cancel_action);
  gtk_widget_class_install_action (widget_class, "interviews.open-link", "x", open_link_action);
}

static void
pursuit_job_interviews_section_init (PursuitJobInterviewsSection *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  _pursuit_job_section_init_list (PURSUIT_JOB_SECTION (self), self->interviews_list,
                                  _("No interviews scheduled"), _("Interview"));
}

/**
 * pursuit_job_interviews_section_import_file:
 * @self: a section showing a job
 * @file: an .ics file, such as an invitation dropped on the job page
 *
 * Reads @file without blocking and adds its interviews to the shown job;
 * a toast says how many, or why none.
 */
void
pursuit_job_interviews_section_import_file (PursuitJobInterviewsSection *self,
                                            GFile                       *file)
{
  ImportData *data;

  g_return_if_fail (PURSUIT_IS_JOB_INTERVIEWS_SECTION (self));
  g_return_if_fail (G_IS_FILE (file));

  if (section_store (self) == NULL || section_job_id (self) <= 0)
    return;

  data = g_new0 (ImportData, 1);
  g_set_weak_pointer (&data->self, self);
  data->store = g_object_ref (section_store (self));
  data->job_id = section_job_id (self);

  g_file_read_async (file, G_PRIORITY_DEFAULT, self->cancellable, read_file_cb, data);
}
