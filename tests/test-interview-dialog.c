/* test-interview-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "pursuit-interview-dialog.h"
#include "pursuit-pipeline.h"
#include "pursuit-store.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

typedef struct
{
  StoreFixture  base;
  gint64        saved_id;
  guint         saved_count;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  store_fixture_setup (&fixture->base, data);
  fixture->saved_id = 0;
  fixture->saved_count = 0;
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  spin_until_idle ();
  store_fixture_teardown (&fixture->base, data);
}

static void
on_saved_cb (PursuitInterviewDialog *dialog,
             gint64                  interview_id,
             Fixture                *fixture)
{
  fixture->saved_id = interview_id;
  fixture->saved_count++;
}

/* A dialog on screen; the caller holds a reference, so it can be looked
 * at after it closed itself. */
static PursuitInterviewDialog *
open_dialog (Fixture          *fixture,
             gint64            job_id,
             PursuitInterview *interview)
{
  GtkWidget *dialog = pursuit_interview_dialog_new (fixture->base.store, job_id, interview);

  g_object_ref (dialog);
  g_signal_connect (dialog, "saved", G_CALLBACK (on_saved_cb), fixture);
  gtk_window_present (GTK_WINDOW (dialog));
  spin_until_idle ();

  return PURSUIT_INTERVIEW_DIALOG (dialog);
}

static void
close_dialog (PursuitInterviewDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_object_unref (dialog);
  spin_until_idle ();
  g_assert_null (dialog);
}

static guint
count_interviews (Fixture *fixture,
                  gint64   job_id)
{
  g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (fixture->base.store, job_id);

  return interviews != NULL ? interviews->len : 0;
}

static GtkWidget *
row (PursuitInterviewDialog *dialog,
     const char             *title)
{
  GtkWidget *found = pursuit_test_find_row (GTK_WIDGET (dialog), title);

  g_assert_nonnull (found);
  return found;
}

/* The @index-th widget of @type under @root, depth first. */
static GtkWidget *
find_nth (GtkWidget *root,
          GType      type,
          guint     *index)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && (*index)-- == 0)
        return child;

      found = find_nth (child, type, index);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkSpinButton *
spin (PursuitInterviewDialog *dialog,
      const char             *row_title,
      guint                   index)
{
  GtkWidget *found = find_nth (row (dialog, row_title), GTK_TYPE_SPIN_BUTTON, &index);

  g_assert_nonnull (found);
  return GTK_SPIN_BUTTON (found);
}

static GtkCheckButton *
check (PursuitInterviewDialog *dialog,
       const char             *row_title)
{
  guint index = 0;
  GtkWidget *found = find_nth (row (dialog, row_title), GTK_TYPE_CHECK_BUTTON, &index);

  g_assert_nonnull (found);
  return GTK_CHECK_BUTTON (found);
}

static GtkWidget *
save_button (PursuitInterviewDialog *dialog)
{
  guint index = 0;
  GtkWidget *header = find_nth (GTK_WIDGET (dialog), GTK_TYPE_HEADER_BAR, &index);

  for (guint i = 0; ; i++)
    {
      guint n = i;
      GtkWidget *button = find_nth (header, GTK_TYPE_BUTTON, &n);

      g_assert_nonnull (button);
      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "dialog.save") == 0)
        return button;
    }
}

static void
set_text (PursuitInterviewDialog *dialog,
          const char             *row_title,
          const char             *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row (dialog, row_title)), text);
  spin_until_idle ();
}

static const char *
selected_kind (PursuitInterviewDialog *dialog)
{
  AdwComboRow *kind = ADW_COMBO_ROW (row (dialog, "Type"));

  return gtk_string_object_get_string (adw_combo_row_get_selected_item (kind));
}

static GDateTime *
next_working_day_at_ten (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                    g_date_time_get_day_of_month (now), 12, 0, 0);

  do
    {
      GDateTime *next = g_date_time_add_days (day, 1);

      g_date_time_unref (day);
      day = next;
    }
  while (g_date_time_get_day_of_week (day) > 5);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), 10, 0, 0);
}

static GtkWidget *
email_error_label (PursuitInterviewDialog *dialog)
{
  GtkWidget *group = gtk_widget_get_ancestor (row (dialog, "Interviewer Email"), ADW_TYPE_PREFERENCES_GROUP);

  for (guint i = 0; ; i++)
    {
      guint n = i;
      GtkWidget *label = find_nth (group, GTK_TYPE_LABEL, &n);

      if (label == NULL)
        return NULL;
      if (gtk_widget_has_css_class (label, "error"))
        return label;
    }
}

/* A new interview opens ready to save: the next working day at 10:00 for
 * 45 minutes, a phone screen for an application just sent, and the three
 * reminders. */
static void
test_defaults (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 job_id = add_job (fixture->base.store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  PursuitInterviewDialog *dialog = open_dialog (fixture, job_id, NULL);
  g_autoptr(GDateTime) expected = next_working_day_at_ten ();
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Schedule Interview");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpint (pursuit_interview_dialog_get_job_id (dialog), ==, job_id);
  g_assert_cmpint (pursuit_interview_dialog_get_starts_at (dialog), ==, g_date_time_to_unix (expected));
  g_assert_cmpstr (selected_kind (dialog), ==, "Phone screen");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin (dialog, "Duration", 0)), ==, 45);
  g_assert_true (gtk_check_button_get_active (check (dialog, "1 day before")));
  g_assert_true (gtk_check_button_get_active (check (dialog, "1 hour before")));
  g_assert_true (gtk_check_button_get_active (check (dialog, "15 minutes before")));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row (dialog, "Duration"))), ==, "Ends at 10:45");
  /* No job chooser: the job is known. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (row (dialog, "Job"), ADW_TYPE_PREFERENCES_GROUP)));
  g_assert_true (gtk_widget_get_sensitive (save_button (dialog)));

  set_text (dialog, "Location or Video Link", "https://meet.example.com/abc-defg");
  set_text (dialog, "Interviewer", "Grace Hopper");
  g_assert_true (pursuit_interview_dialog_save (dialog));
  g_assert_cmpuint (fixture->saved_count, ==, 1);
  g_assert_cmpint (fixture->saved_id, >, 0);

  interview = pursuit_store_get_interview (fixture->base.store, fixture->saved_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_interview_get_job_id (interview), ==, job_id);
  g_assert_cmpstr (pursuit_interview_get_kind (interview), ==, "phone_screen");
  g_assert_cmpint (pursuit_interview_get_starts_at (interview), ==, g_date_time_to_unix (expected));
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interview), ==, 45);
  g_assert_cmpstr (pursuit_interview_get_location (interview), ==, "https://meet.example.com/abc-defg");
  g_assert_cmpstr (pursuit_interview_get_interviewer (interview), ==, "Grace Hopper");
  g_assert_null (pursuit_interview_get_interviewer_email (interview));
  g_assert_null (pursuit_interview_get_notes (interview));
  g_assert_cmpstr (pursuit_interview_get_reminder_minutes (interview), ==, "1440,60,15");
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "scheduled");

  /* Saving closed the dialog. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  close_dialog (dialog);
}

/* The type follows the stage: a technical interview once interviews have
 * started, the final round at the offer stage. */
static void
test_kind_from_stage (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct {
    const char *stage;
    const char *kind;
  } cases[] = {
    { PURSUIT_STAGE_SAVED, "Phone screen" },
    { PURSUIT_STAGE_SCREENING, "Phone screen" },
    { PURSUIT_STAGE_INTERVIEW_SCHEDULED, "Technical" },
    { PURSUIT_STAGE_INTERVIEWING, "Technical" },
    { PURSUIT_STAGE_OFFER, "Final round" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 job_id = add_job (fixture->base.store, cases[i].stage, "Acme", cases[i].stage);
      PursuitInterviewDialog *dialog = open_dialog (fixture, job_id, NULL);

      g_test_message ("stage %s", cases[i].stage);
      g_assert_cmpstr (selected_kind (dialog), ==, cases[i].kind);
      close_dialog (dialog);
    }
}

/* An interview running past midnight is refused where it is set, and
 * Save waits; ending at midnight sharp is fine. */
static void
test_end_of_day (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 job_id = add_job (fixture->base.store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  PursuitInterviewDialog *dialog = open_dialog (fixture, job_id, NULL);
  g_autoptr(GDateTime) day = g_date_time_new_local (2030, 3, 4, 12, 0, 0);
  g_autoptr(GDateTime) start = g_date_time_new_local (2030, 3, 4, 23, 30, 0);
  g_autoptr(GPtrArray) interviews = NULL;
  GtkWidget *duration = row (dialog, "Duration");

  pursuit_interview_dialog_set_date (dialog, day);
  gtk_spin_button_set_value (spin (dialog, "Start Time", 0), 23);
  gtk_spin_button_set_value (spin (dialog, "Start Time", 1), 30);
  gtk_spin_button_set_value (spin (dialog, "Duration", 0), 45);
  spin_until_idle ();

  g_assert_cmpint (pursuit_interview_dialog_get_starts_at (dialog), ==, g_date_time_to_unix (start));
  g_assert_true (gtk_widget_has_css_class (duration, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (duration)), "midnight"));
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  g_assert_false (pursuit_interview_dialog_save (dialog));
  g_assert_cmpuint (fixture->saved_count, ==, 0);

  gtk_spin_button_set_value (spin (dialog, "Duration", 0), 30);
  spin_until_idle ();
  g_assert_false (gtk_widget_has_css_class (duration, "error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (duration)), ==, "Ends at 00:00");
  g_assert_true (gtk_widget_get_sensitive (save_button (dialog)));
  g_assert_true (pursuit_interview_dialog_save (dialog));

  interviews = pursuit_store_list_interviews (fixture->base.store, job_id);
  g_assert_cmpuint (interviews->len, ==, 1);
  g_assert_cmpint (pursuit_interview_get_starts_at (g_ptr_array_index (interviews, 0)), ==, g_date_time_to_unix (start));
  g_assert_cmpint (pursuit_interview_get_duration_minutes (g_ptr_array_index (interviews, 0)), ==, 30);

  close_dialog (dialog);
}

/* A wrong address is shown under its row, once typed, and blocks Save. */
static void
test_email (Fixture       *fixture,
            gconstpointer  data)
{
  gint64 job_id = add_job (fixture->base.store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  PursuitInterviewDialog *dialog = open_dialog (fixture, job_id, NULL);
  GtkWidget *email = row (dialog, "Interviewer Email");
  GtkWidget *label = email_error_label (dialog);
  g_autoptr(PursuitInterview) interview = NULL;

  g_assert_nonnull (label);
  g_assert_false (gtk_widget_get_visible (label));

  set_text (dialog, "Interviewer Email", "grace at navy");
  /* Not scolded while typing... */
  g_assert_false (gtk_widget_get_visible (label));
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));

  /* ...but on Save. */
  g_assert_false (pursuit_interview_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "“grace at navy” is not an email address");

  for (guint i = 0; i < 4; i++)
    {
      const char *bad[] = { "grace@", "@navy.mil", "grace@navy", "Grace <grace@navy.mil>" };

      set_text (dialog, "Interviewer Email", bad[i]);
      g_assert_false (pursuit_interview_dialog_save (dialog));
    }

  set_text (dialog, "Interviewer Email", "  grace.hopper@navy.mil ");
  g_assert_false (gtk_widget_get_visible (label));
  g_assert_false (gtk_widget_has_css_class (email, "error"));
  g_assert_true (pursuit_interview_dialog_save (dialog));

  interview = pursuit_store_get_interview (fixture->base.store, fixture->saved_id, NULL);
  g_assert_cmpstr (pursuit_interview_get_interviewer_email (interview), ==, "grace.hopper@navy.mil");

  close_dialog (dialog);
}

/* Editing fills the fields from the interview and keeps reminder offsets
 * it has no check box for. */
static void
test_reschedule (Fixture       *fixture,
                 gconstpointer  data)
{
  gint64 job_id = add_job (fixture->base.store, "Backend Engineer", "Acme", PURSUIT_STAGE_INTERVIEW_SCHEDULED);
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(PursuitInterview) saved = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_local (2030, 3, 4, 14, 0, 0);
  g_autoptr(GDateTime) moved = g_date_time_new_local (2030, 3, 4, 14, 30, 0);
  g_autoptr(GError) error = NULL;
  PursuitInterviewDialog *dialog;
  GtkTextBuffer *notes;
  guint index = 0;
  gint64 id;

  pursuit_interview_set_job_id (interview, job_id);
  pursuit_interview_set_kind (interview, "behavioral");
  pursuit_interview_set_starts_at (interview, g_date_time_to_unix (start));
  pursuit_interview_set_duration_minutes (interview, 60);
  pursuit_interview_set_location (interview, "Room 4, Main Street 1");
  pursuit_interview_set_interviewer (interview, "Ada Lovelace");
  pursuit_interview_set_interviewer_email (interview, "ada@example.com");
  pursuit_interview_set_notes (interview, "Bring the portfolio");
  pursuit_interview_set_reminder_minutes (interview, "120,60");
  id = pursuit_store_add_interview (fixture->base.store, interview, &error);
  g_assert_no_error (error);
  g_clear_object (&interview);
  interview = pursuit_store_get_interview (fixture->base.store, id, &error);
  g_assert_no_error (error);

  dialog = open_dialog (fixture, 0, interview);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Interview");
  g_assert_cmpint (pursuit_interview_dialog_get_job_id (dialog), ==, job_id);
  g_assert_cmpint (pursuit_interview_dialog_get_starts_at (dialog), ==, g_date_time_to_unix (start));
  g_assert_cmpstr (selected_kind (dialog), ==, "Behavioral");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin (dialog, "Duration", 0)), ==, 60);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (dialog, "Location or Video Link"))), ==, "Room 4, Main Street 1");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (dialog, "Interviewer"))), ==, "Ada Lovelace");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row (dialog, "Interviewer Email"))), ==, "ada@example.com");
  g_assert_false (gtk_check_button_get_active (check (dialog, "1 day before")));
  g_assert_true (gtk_check_button_get_active (check (dialog, "1 hour before")));
  g_assert_false (gtk_check_button_get_active (check (dialog, "15 minutes before")));
  notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_nth (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, &index)));
  {
    g_autofree char *text = NULL;
    GtkTextIter begin, end;

    gtk_text_buffer_get_bounds (notes, &begin, &end);
    text = gtk_text_buffer_get_text (notes, &begin, &end, FALSE);
    g_assert_cmpstr (text, ==, "Bring the portfolio");
  }
  /* Edited in the dialog, not in the caller's copy. */
  gtk_spin_button_set_value (spin (dialog, "Start Time", 1), 30);
  gtk_check_button_set_active (check (dialog, "1 hour before"), FALSE);
  gtk_check_button_set_active (check (dialog, "15 minutes before"), TRUE);
  spin_until_idle ();
  g_assert_cmpint (pursuit_interview_get_starts_at (interview), ==, g_date_time_to_unix (start));

  g_assert_true (pursuit_interview_dialog_save (dialog));
  g_assert_cmpint (fixture->saved_id, ==, id);

  saved = pursuit_store_get_interview (fixture->base.store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_interview_get_starts_at (saved), ==, g_date_time_to_unix (moved));
  g_assert_cmpstr (pursuit_interview_get_kind (saved), ==, "behavioral");
  g_assert_cmpstr (pursuit_interview_get_reminder_minutes (saved), ==, "120,15");
  g_assert_cmpstr (pursuit_interview_get_uid (saved), ==, pursuit_interview_get_uid (interview));
  g_assert_cmpuint (count_interviews (fixture, job_id), ==, 1);

  close_dialog (dialog);
}

/* A kind the app does not know stays as it was. */
static void
test_unknown_kind (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 job_id = add_job (fixture->base.store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(PursuitInterview) saved = NULL;
  PursuitInterviewDialog *dialog;
  gint64 id;

  pursuit_interview_set_job_id (interview, job_id);
  pursuit_interview_set_kind (interview, "pair programming");
  pursuit_interview_set_starts_at (interview, 1900000000);
  pursuit_interview_set_duration_minutes (interview, 90);
  id = pursuit_store_add_interview (fixture->base.store, interview, NULL);
  g_assert_cmpint (id, >, 0);
  g_clear_object (&interview);
  interview = pursuit_store_get_interview (fixture->base.store, id, NULL);

  dialog = open_dialog (fixture, job_id, interview);
  g_assert_cmpstr (selected_kind (dialog), ==, "pair programming");
  g_assert_cmpstr (pursuit_interview_dialog_describe_kind ("pair programming"), ==, "pair programming");
  g_assert_cmpstr (pursuit_interview_dialog_describe_kind ("onsite"), ==, "On-site");
  g_assert_cmpstr (pursuit_interview_dialog_describe_kind (NULL), ==, "Other");
  g_assert_true (pursuit_interview_dialog_save (dialog));

  saved = pursuit_store_get_interview (fixture->base.store, id, NULL);
  g_assert_cmpstr (pursuit_interview_get_kind (saved), ==, "pair programming");
  close_dialog (dialog);
}

/* Without a job the dialog asks for one among the open jobs. */
static void
test_job_chooser (Fixture       *fixture,
                  gconstpointer  data)
{
  gint64 open_id = add_job (fixture->base.store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  gint64 other_id = add_job (fixture->base.store, "Data Engineer", "Globex", PURSUIT_STAGE_SCREENING);
  gint64 closed_id = add_job (fixture->base.store, "Frontend Engineer", "Initech", PURSUIT_STAGE_REJECTED);
  PursuitInterviewDialog *dialog = open_dialog (fixture, 0, NULL);
  guint index = 0;
  GtkDropDown *chooser = GTK_DROP_DOWN (find_nth (row (dialog, "Job"), GTK_TYPE_DROP_DOWN, &index));
  GListModel *model = gtk_drop_down_get_model (chooser);
  g_autoptr(GPtrArray) interviews = NULL;

  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (row (dialog, "Job"), ADW_TYPE_PREFERENCES_GROUP)));
  g_assert_true (gtk_drop_down_get_enable_search (chooser));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (chooser), ==, 0);
  {
    g_autoptr(GtkStringObject) first = g_list_model_get_item (model, 0);
    g_assert_cmpstr (gtk_string_object_get_string (first), ==, "Choose a Job…");
  }
  for (guint i = 1; i < 3; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_assert_null (strstr (gtk_string_object_get_string (item), "Initech"));
    }
  g_assert_cmpint (pursuit_interview_dialog_get_job_id (dialog), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  g_assert_false (pursuit_interview_dialog_save (dialog));

  pursuit_interview_dialog_set_job_id (dialog, other_id);
  spin_until_idle ();
  g_assert_cmpint (pursuit_interview_dialog_get_job_id (dialog), ==, other_id);
  g_assert_true (gtk_widget_get_sensitive (save_button (dialog)));
  g_assert_true (pursuit_interview_dialog_save (dialog));

  interviews = pursuit_store_list_interviews (fixture->base.store, other_id);
  g_assert_cmpuint (interviews->len, ==, 1);
  g_assert_cmpuint (count_interviews (fixture, open_id), ==, 0);
  g_assert_cmpuint (count_interviews (fixture, closed_id), ==, 0);

  close_dialog (dialog);
}

/* Reminders follow Preferences for a new interview; none at all is allowed. */
static void
test_reminders (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  gint64 job_id = add_job (fixture->base.store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  g_autoptr(PursuitInterview) interview = NULL;
  PursuitInterviewDialog *dialog;

  g_settings_set_string (settings, "interview-reminder-minutes", "60");
  dialog = open_dialog (fixture, job_id, NULL);
  g_assert_false (gtk_check_button_get_active (check (dialog, "1 day before")));
  g_assert_true (gtk_check_button_get_active (check (dialog, "1 hour before")));
  g_assert_false (gtk_check_button_get_active (check (dialog, "15 minutes before")));

  gtk_check_button_set_active (check (dialog, "1 hour before"), FALSE);
  g_assert_true (pursuit_interview_dialog_save (dialog));
  interview = pursuit_store_get_interview (fixture->base.store, fixture->saved_id, NULL);
  g_assert_cmpstr (pursuit_interview_get_reminder_minutes (interview), ==, "");

  close_dialog (dialog);
  g_settings_reset (settings, "interview-reminder-minutes");
}

static GtkEventController *
key_controller (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        return controller;
    }

  return NULL;
}

static gboolean
press_enter (PursuitInterviewDialog *dialog)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (key_controller (GTK_WIDGET (dialog)), "key-pressed",
                         GDK_KEY_Return, 36, 0, &handled);
  spin_until_idle ();
  return handled;
}

/* Enter saves from a field, but makes a new line in the notes; Escape
 * (dialog.cancel) closes without saving. */
static void
test_keys (Fixture       *fixture,
           gconstpointer  data)
{
  gint64 job_id = add_job (fixture->base.store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  PursuitInterviewDialog *dialog = open_dialog (fixture, job_id, NULL);
  guint index = 0;
  GtkWidget *notes = find_nth (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, &index);

  g_assert_nonnull (key_controller (GTK_WIDGET (dialog)));

  gtk_widget_grab_focus (notes);
  g_assert_false (press_enter (dialog));
  g_assert_cmpuint (fixture->saved_count, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.cancel", NULL));
  spin_until_idle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (fixture->saved_count, ==, 0);
  g_assert_cmpuint (count_interviews (fixture, job_id), ==, 0);
  close_dialog (dialog);

  dialog = open_dialog (fixture, job_id, NULL);
  gtk_widget_grab_focus (row (dialog, "Location or Video Link"));
  set_text (dialog, "Location or Video Link", "Main Street 1");
  g_assert_true (press_enter (dialog));
  g_assert_cmpuint (fixture->saved_count, ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (count_interviews (fixture, job_id), ==, 1);
  close_dialog (dialog);
}

/* What the store refuses is said in the dialog, which stays open. */
static void
test_store_refuses (Fixture       *fixture,
                    gconstpointer  data)
{
  gint64 job_id = add_job (fixture->base.store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  PursuitInterviewDialog *dialog = open_dialog (fixture, job_id, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_store_remove_job (fixture->base.store, job_id, &error));
  g_assert_no_error (error);

  g_assert_false (pursuit_interview_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (fixture->saved_count, ==, 0);
  close_dialog (dialog);
}

/* The dialog, light and dark, into tests/screenshots/ of the build folder:
 * a new interview with a wrong address, and the job chooser. */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gint64 job_id = add_job (fixture->base.store, "Backend Engineer", "Acme", PURSUIT_STAGE_SCREENING);

  add_job (fixture->base.store, "Site Reliability Engineer", "Globex Corporation", PURSUIT_STAGE_APPLIED);

  for (guint dark = 0; dark < 2; dark++)
    {
      PursuitInterviewDialog *dialog;
      g_autofree char *name = NULL;

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);

      dialog = open_dialog (fixture, job_id, NULL);
      set_text (dialog, "Location or Video Link", "https://meet.example.com/abc-defg-hij");
      set_text (dialog, "Interviewer", "Grace Hopper");
      set_text (dialog, "Interviewer Email", "grace at navy");
      g_assert_false (pursuit_interview_dialog_save (dialog));
      name = g_strdup_printf ("interview-dialog%s.png", dark ? "-dark" : "");
      pursuit_test_save_screenshot (GTK_WIDGET (dialog), name);
      {
        guint index = 0;
        GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (find_nth (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW, &index));
        GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
        g_autofree char *bottom = g_strdup_printf ("interview-dialog-bottom%s.png", dark ? "-dark" : "");

        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
        pursuit_test_save_screenshot (GTK_WIDGET (dialog), bottom);
      }
      close_dialog (dialog);

      dialog = open_dialog (fixture, 0, NULL);
      gtk_spin_button_set_value (spin (dialog, "Start Time", 0), 23);
      gtk_spin_button_set_value (spin (dialog, "Duration", 0), 90);
      spin_until_idle ();
      g_free (name);
      name = g_strdup_printf ("interview-dialog-chooser%s.png", dark ? "-dark" : "");
      pursuit_test_save_screenshot (GTK_WIDGET (dialog), name);
      close_dialog (dialog);
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  /* See test-window.c: no G_TEST_OPTION_ISOLATE_DIRS, no gtk_test_init(). */
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/interview-dialog/no-display", pursuit_test_skip_without_display);
      return g_test_run ();
    }

  adw_init ();

#define ADD(path, func) \
  g_test_add ("/ui/interview-dialog/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("defaults", test_defaults);
  ADD ("kind-from-stage", test_kind_from_stage);
  ADD ("end-of-day", test_end_of_day);
  ADD ("email", test_email);
  ADD ("reschedule", test_reschedule);
  ADD ("unknown-kind", test_unknown_kind);
  ADD ("job-chooser", test_job_chooser);
  ADD ("reminders", test_reminders);
  ADD ("keys", test_keys);
  ADD ("store-refuses", test_store_refuses);
  ADD ("screenshots", test_screenshots);

#undef ADD

  return g_test_run ();
}
