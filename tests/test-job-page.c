/* test-job-page.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-apply-dialog.h"
#include "pursuit-document-editor.h"
#include "pursuit-interview-dialog.h"
#include "pursuit-job-apply-button-private.h"
#include "pursuit-job-documents-section.h"
#include "pursuit-job-report-export.h"
#include "pursuit-store-documents.h"
#include "pursuit-job-contacts-section.h"
#include "pursuit-job-follow-ups-section.h"
#include "pursuit-job-ghosting-banner.h"
#include "pursuit-job-interviews-section.h"
#include "pursuit-job-notes-section.h"
#include "pursuit-job-page.h"
#include "pursuit-pipeline.h"
#include "pursuit-store.h"
#include "pursuit-window.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

typedef struct
{
  char           *dir;
  PursuitStore   *store;
  GtkWindow      *window;
  PursuitJobPage *page;
  gint64          job_id;
  guint           close_requests;
  GPtrArray      *toasts;
} Fixture;

static void
on_close_requested_cb (PursuitJobPage *page,
                       Fixture        *fixture)
{
  fixture->close_requests++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GError) error = NULL;

  fixture->store = open_temp_store ("pursuit-test-job-page-XXXXXX", &fixture->dir);

  pursuit_job_set_title (job, "Backend Engineer");
  pursuit_job_set_company (job, "Alderbank Systems");
  pursuit_job_set_location (job, "Berlin, Germany");
  pursuit_job_set_salary_min (job, 60000);
  pursuit_job_set_salary_max (job, 75000);
  pursuit_job_set_currency (job, "EUR");
  pursuit_job_set_url (job, "https://jobs.example.com/backend");
  pursuit_job_set_description (job, "We need <b>bold</b> & brave people.");
  pursuit_job_set_stage (job, PURSUIT_STAGE_SAVED);
  fixture->job_id = pursuit_store_add_job (fixture->store, job, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fixture->job_id, >, 0);

  fixture->toasts = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->page = PURSUIT_JOB_PAGE (pursuit_job_page_new (fixture->store));
  g_signal_connect (fixture->page, "close-requested", G_CALLBACK (on_close_requested_cb), fixture);
  fixture->window = pursuit_test_present_view (fixture->page, fixture->toasts, 480, 800);

  pursuit_job_page_set_job_id (fixture->page, fixture->job_id);
  spin_until_idle ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  pursuit_test_close_view (fixture->window, fixture->toasts, &fixture->store, &fixture->dir);
}

/* Widgets are found the way a user finds them: by their titles. */
static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *text = NULL;

          if (ADW_IS_PREFERENCES_ROW (child))
            text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child));
          else if (GTK_IS_LABEL (child))
            text = gtk_label_get_text (GTK_LABEL (child));

          if (title == NULL || g_strcmp0 (text, title) == 0)
            return child;
        }

      found = find_widget (child, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static AdwEntryRow *
entry_row (Fixture    *fixture,
           const char *title)
{
  GtkWidget *row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  return ADW_ENTRY_ROW (row);
}

static const char *
row_text (Fixture    *fixture,
          const char *title)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry_row (fixture, title)));
}

static void
apply_row (Fixture    *fixture,
           const char *title,
           const char *text)
{
  AdwEntryRow *row = entry_row (fixture, title);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  spin_until_idle ();
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static void
test_job_page_fields (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *description;

  g_assert_cmpint (pursuit_job_page_get_job_id (fixture->page), ==, fixture->job_id);
  g_assert_true (pursuit_job_page_get_store (fixture->page) == fixture->store);

  g_assert_cmpstr (row_text (fixture, "Title"), ==, "Backend Engineer");
  g_assert_cmpstr (row_text (fixture, "Company"), ==, "Alderbank Systems");
  g_assert_cmpstr (row_text (fixture, "Location"), ==, "Berlin, Germany");
  g_assert_cmpstr (row_text (fixture, "Minimum Salary"), ==, "60000");
  g_assert_cmpstr (row_text (fixture, "Maximum Salary"), ==, "75000");
  g_assert_cmpstr (row_text (fixture, "Currency (e.g. EUR)"), ==, "EUR");
  g_assert_cmpstr (row_text (fixture, "Job Posting Address"), ==, "https://jobs.example.com/backend");
  g_assert_cmpstr (row_text (fixture, "Deadline (YYYY-MM-DD)"), ==, "");

  /* The header shows the title, the company and the stage. */
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, "Alderbank Systems"));
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, "Saved"));

  /* The description is shown literally, never as markup. */
  description = find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL,
                             "We need <b>bold</b> & brave people.");
  g_assert_nonnull (description);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (description)));
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (description)));

  /* The timeline has the creation. */
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Created in Saved"));
}

static void
test_job_page_edit_title (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PursuitJob) job = NULL;

  apply_row (fixture, "Title", "  Staff Backend Engineer ");
  apply_row (fixture, "Currency (e.g. EUR)", "gbp");

  job = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Staff Backend Engineer");
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "GBP");
  g_assert_cmpstr (row_text (fixture, "Title"), ==, "Staff Backend Engineer");
  g_assert_cmpstr (row_text (fixture, "Currency (e.g. EUR)"), ==, "GBP");
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, "Staff Backend Engineer"));
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Edited"));

  /* The stage is not touched by an edit. */
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_SAVED);
}

static void
test_job_page_invalid_salary (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) other = NULL;
  g_autoptr(GError) error = NULL;
  AdwEntryRow *min_row = entry_row (fixture, "Minimum Salary");
  GtkWidget *message;

  apply_row (fixture, "Minimum Salary", "90000");

  /* Refused: the row is marked, the text kept, the store's reason shown. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (min_row), "error"));
  g_assert_cmpstr (row_text (fixture, "Minimum Salary"), ==, "90000");
  message = find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL,
                         "The minimum salary (90000) is above the maximum (75000)");
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_get_visible (message));

  job = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 60000);

  /* Not a number at all. */
  apply_row (fixture, "Maximum Salary", "lots");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry_row (fixture, "Maximum Salary")), "error"));
  g_assert_cmpstr (row_text (fixture, "Maximum Salary"), ==, "lots");

  /* A change made elsewhere does not wipe the unsaved text. */
  other = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  pursuit_job_set_location (other, "Hamburg, Germany");
  g_assert_true (pursuit_store_update_job (fixture->store, other, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  g_assert_cmpstr (row_text (fixture, "Location"), ==, "Hamburg, Germany");
  g_assert_cmpstr (row_text (fixture, "Minimum Salary"), ==, "90000");
  g_assert_cmpstr (row_text (fixture, "Maximum Salary"), ==, "lots");

  /* Fixing the maximum makes the minimum valid. */
  apply_row (fixture, "Maximum Salary", "95000");
  apply_row (fixture, "Minimum Salary", "90000");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (min_row), "error"));
  g_assert_false (gtk_widget_get_visible (message));

  g_clear_object (&job);
  job = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 90000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 95000);
}

static void
test_job_page_notes (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitNote) tagged = pursuit_note_new ();
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  GtkWidget *check;

  apply_row (fixture, "Add a Note", "Call the recruiter");
  g_assert_cmpstr (row_text (fixture, "Add a Note"), ==, "");

  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Call the recruiter");
  g_assert_nonnull (row);

  notes = pursuit_store_list_notes (fixture->store, fixture->job_id);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (pursuit_note_get_kind (g_ptr_array_index (notes, 0)), ==, "note");

  /* Mark it done. */
  check = find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  spin_until_idle ();
  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = pursuit_store_list_notes (fixture->store, fixture->job_id);
  g_assert_true (pursuit_note_get_done (g_ptr_array_index (notes, 0)));

  /* A note added elsewhere, with markup-like text, tags and priority. */
  pursuit_note_set_job_id (tagged, fixture->job_id);
  pursuit_note_set_body (tagged, "<i>Ask</i> about A&B");
  pursuit_note_set_tags (tagged, "salary,<remote>");
  pursuit_note_set_priority (tagged, 3);
  pursuit_note_set_kind (tagged, "reminder");
  pursuit_note_set_due_at (tagged, 1893456000);
  g_assert_cmpint (pursuit_store_add_note (fixture->store, tagged, &error), >, 0);
  g_assert_no_error (error);
  spin_until_idle ();

  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "<i>Ask</i> about A&B");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "High priority"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Tags: salary, <remote>"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Due "));

  /* A reminder from the page needs its time; without one the text stays. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_DROP_DOWN, NULL)), 1);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (entry_row (fixture, "Remind On (YYYY-MM-DD HH:MM)"))));
  apply_row (fixture, "Add a Note", "Send the portfolio");
  g_assert_cmpstr (row_text (fixture, "Add a Note"), ==, "Send the portfolio");
  g_assert_cmpuint (fixture->toasts->len, ==, 1);

  gtk_editable_set_text (GTK_EDITABLE (entry_row (fixture, "Remind On (YYYY-MM-DD HH:MM)")), "2030-01-15 10:30");
  apply_row (fixture, "Add a Note", "Send the portfolio");
  g_assert_cmpstr (row_text (fixture, "Add a Note"), ==, "");
  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = pursuit_store_list_notes (fixture->store, fixture->job_id);
  g_assert_cmpuint (notes->len, ==, 3);
  g_assert_cmpstr (pursuit_note_get_kind (g_ptr_array_index (notes, 2)), ==, "reminder");
  g_assert_cmpint (pursuit_note_get_due_at (g_ptr_array_index (notes, 2)), >, 0);
}

static void
test_job_page_timeline_and_withdraw (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  GtkWidget *label;

  g_assert_true (pursuit_store_move_job (fixture->store, fixture->job_id, PURSUIT_STAGE_APPLIED, NULL, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Moved from Saved to Applied"));
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, "Applied"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "job-page.withdraw", NULL));
  spin_until_idle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "withdraw"));
  entry = adw_message_dialog_get_extra_child (dialog);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Took another offer");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "withdraw"));
  pursuit_test_answer_dialog ("withdraw");

  job = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_WITHDRAWN);
  g_assert_cmpstr (pursuit_job_get_withdraw_reason (job), ==, "Took another offer");
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Moved from Applied to Withdrawn"));

  /* Withdrawn is closed: no second withdrawal. */
  label = find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, "Withdraw…");
  g_assert_nonnull (label);
  g_assert_false (gtk_widget_is_sensitive (label));
}

static void
test_job_page_delete_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  gint64 document_id;
  guint n_events;
  AdwToast *toast;
  PursuitJob *restored;
  gint64 restored_id;

  pursuit_note_set_job_id (note, fixture->job_id);
  pursuit_note_set_body (note, "Referred by Sam");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, note, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (pursuit_store_set_note_done (fixture->store, pursuit_note_get_id (note), TRUE, &error));
  g_assert_no_error (error);

  pursuit_contact_set_job_id (contact, fixture->job_id);
  pursuit_contact_set_name (contact, "Dana Reyes");
  pursuit_contact_set_email (contact, "dana@example.com");
  g_assert_cmpint (pursuit_store_add_contact_full (fixture->store, contact, &error), >, 0);
  g_assert_no_error (error);

  pursuit_interview_set_job_id (interview, fixture->job_id);
  pursuit_interview_set_kind (interview, "video");
  pursuit_interview_set_starts_at (interview, g_get_real_time () / G_USEC_PER_SEC + 24 * 3600);
  pursuit_interview_set_duration_minutes (interview, 45);
  g_assert_cmpint (pursuit_store_add_interview (fixture->store, interview, &error), >, 0);
  g_assert_no_error (error);

  pursuit_follow_up_set_job_id (follow_up, fixture->job_id);
  pursuit_follow_up_set_sequence (follow_up, "after-applied");
  pursuit_follow_up_set_step (follow_up, 1);
  pursuit_follow_up_set_due_at (follow_up, g_get_real_time () / G_USEC_PER_SEC + 3600);
  pursuit_follow_up_set_status (follow_up, "sent");
  g_assert_cmpint (pursuit_store_add_follow_up (fixture->store, follow_up, &error), >, 0);
  g_assert_no_error (error);

  document_id = pursuit_store_add_document (fixture->store, fixture->job_id, "resume", "CV", NULL, &error);
  g_assert_no_error (error);

  events = pursuit_store_list_events (fixture->store, fixture->job_id);
  n_events = events->len;
  g_assert_cmpuint (n_events, >=, 2);
  g_clear_pointer (&events, g_ptr_array_unref);
  spin_until_idle ();

  /* Cancel keeps the job. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "job-page.delete", NULL));
  pursuit_test_answer_dialog ("cancel");
  g_assert_nonnull (pursuit_store_get_job (fixture->store, fixture->job_id, NULL));
  g_assert_cmpuint (fixture->close_requests, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "job-page.delete", NULL));
  pursuit_test_answer_dialog ("delete");

  g_assert_null (pursuit_store_get_job (fixture->store, fixture->job_id, NULL));
  g_assert_cmpuint (fixture->close_requests, ==, 1);
  g_assert_cmpint (pursuit_job_page_get_job_id (fixture->page), ==, 0);

  /* The toast offers Undo, which brings the job back with everything it
   * had, as new rows: their ids may differ from the old ones. */
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  toast = g_ptr_array_index (fixture->toasts, 0);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Backend Engineer” deleted");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  g_signal_emit_by_name (toast, "button-clicked");
  spin_until_idle ();

  jobs = pursuit_store_list_jobs (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  restored = g_ptr_array_index (jobs, 0);
  restored_id = pursuit_job_get_id (restored);
  g_assert_cmpstr (pursuit_job_get_title (restored), ==, "Backend Engineer");
  g_assert_cmpstr (pursuit_job_get_description (restored), ==, "We need <b>bold</b> & brave people.");
  g_assert_cmpint (pursuit_job_get_salary_max (restored), ==, 75000);

  notes = pursuit_store_list_notes (fixture->store, restored_id);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (pursuit_note_get_body (g_ptr_array_index (notes, 0)), ==, "Referred by Sam");
  g_assert_true (pursuit_note_get_done (g_ptr_array_index (notes, 0)));

  contacts = pursuit_store_list_contacts (fixture->store, restored_id);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (pursuit_contact_get_email (g_ptr_array_index (contacts, 0)), ==, "dana@example.com");

  interviews = pursuit_store_list_interviews (fixture->store, restored_id);
  g_assert_cmpuint (interviews->len, ==, 1);
  g_assert_cmpint (pursuit_interview_get_starts_at (g_ptr_array_index (interviews, 0)), ==,
                   pursuit_interview_get_starts_at (interview));

  follow_ups = pursuit_store_list_follow_ups (fixture->store, restored_id);
  g_assert_cmpuint (follow_ups->len, ==, 1);
  g_assert_cmpstr (pursuit_follow_up_get_status (g_ptr_array_index (follow_ups, 0)), ==, "sent");

  events = pursuit_store_list_events (fixture->store, restored_id);
  g_assert_cmpuint (events->len, ==, n_events);

  documents = pursuit_store_list_documents (fixture->store, restored_id);
  g_assert_cmpuint (documents->len, ==, 1);
  g_assert_cmpint (pursuit_document_get_id (g_ptr_array_index (documents, 0)), ==, document_id);

  /* A second Undo brings no second copy, and says so. */
  g_signal_emit_by_name (toast, "button-clicked");
  spin_until_idle ();
  g_clear_pointer (&jobs, g_ptr_array_unref);
  jobs = pursuit_store_list_jobs (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  g_assert_cmpuint (fixture->toasts->len, ==, 2);
  g_assert_cmpstr (adw_toast_get_title (g_ptr_array_index (fixture->toasts, 1)), ==,
                   "This deletion was undone already");
}

static void
test_job_page_removed_elsewhere (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_store_remove_job (fixture->store, fixture->job_id, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  g_assert_cmpuint (fixture->close_requests, ==, 1);
  g_assert_cmpint (pursuit_job_page_get_job_id (fixture->page), ==, 0);
  g_assert_cmpuint (fixture->toasts->len, ==, 0);

  /* Another job's removal does not concern an empty page. */
  pursuit_job_page_set_job_id (fixture->page, 0);
  g_assert_cmpuint (fixture->close_requests, ==, 1);
}

static void
test_job_page_escape_and_fold (Fixture       *fixture,
                               gconstpointer  data)
{
  g_assert_false (pursuit_job_page_get_folded (fixture->page));
  pursuit_job_page_set_folded (fixture->page, TRUE);
  g_assert_true (pursuit_job_page_get_folded (fixture->page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "job-page.close", NULL));
  g_assert_cmpuint (fixture->close_requests, ==, 1);

  /* A job that does not exist shows the empty state. */
  pursuit_job_page_set_job_id (fixture->page, 999999);
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_STATUS_PAGE, NULL));
}

/* The button whose tooltip (and accessible name) is @tooltip. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;

      found = find_button (child, tooltip);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
click (GtkWidget  *root,
       const char *tooltip)
{
  GtkWidget *button = find_button (root, tooltip);

  g_assert_nonnull (button);
  /* As a click does. */
  gtk_widget_grab_focus (button);
  g_signal_emit_by_name (button, "clicked");
  spin_until_idle ();
}

/* The form a section shows in its list, found by one of its rows. */
static GtkWidget *
form_of (Fixture    *fixture,
         const char *row_title)
{
  GtkWidget *form = GTK_WIDGET (entry_row (fixture, row_title));

  while (form != NULL && !gtk_widget_has_css_class (form, "job-page-form"))
    form = gtk_widget_get_parent (form);

  g_assert_nonnull (form);
  return form;
}

static void
set_form_row (GtkWidget  *form,
              const char *title,
              const char *text)
{
  GtkWidget *row = find_widget (form, ADW_TYPE_ENTRY_ROW, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
press_form_button (GtkWidget  *form,
                   const char *label)
{
  GtkWidget *text = find_widget (form, GTK_TYPE_LABEL, label);

  g_assert_nonnull (text);
  g_signal_emit_by_name (gtk_widget_get_ancestor (text, GTK_TYPE_BUTTON), "clicked");
  spin_until_idle ();
}

/* The form's error line, when it shows. */
static const char *
form_error (GtkWidget *form)
{
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (form));

  for (GtkWidget *child = gtk_widget_get_first_child (box);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "error"))
      return gtk_widget_get_visible (child) ? gtk_label_get_text (GTK_LABEL (child)) : NULL;

  return NULL;
}

static AdwToast *
last_toast (Fixture *fixture)
{
  g_assert_cmpuint (fixture->toasts->len, >, 0);
  return g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1);
}

static void
test_job_page_edit_note (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  GtkWidget *form;
  PursuitNote *stored;

  pursuit_note_set_job_id (note, fixture->job_id);
  pursuit_note_set_body (note, "Call the recruiter");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, note, &error), >, 0);
  g_assert_no_error (error);
  spin_until_idle ();

  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Call the recruiter");
  g_assert_nonnull (row);
  click (row, "Edit Note");

  /* The form holds the note as it is. */
  form = form_of (fixture, "Text");
  g_assert_true (gtk_widget_get_visible (form));
  g_assert_cmpstr (row_text (fixture, "Text"), ==, "Call the recruiter");

  set_form_row (form, "Text", "Call Ada at Alderbank");
  set_form_row (form, "Note Tags (comma-separated)", " salary, remote ,Salary");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (form, ADW_TYPE_COMBO_ROW, "Priority")), 3);
  set_form_row (form, "Remind On (YYYY-MM-DD HH:MM)", "2030-01-15 10:30");
  press_form_button (form, "Save");
  g_assert_false (gtk_widget_get_visible (form));

  notes = pursuit_store_list_notes (fixture->store, fixture->job_id);
  g_assert_cmpuint (notes->len, ==, 1);
  stored = g_ptr_array_index (notes, 0);
  g_assert_cmpstr (pursuit_note_get_body (stored), ==, "Call Ada at Alderbank");
  g_assert_cmpstr (pursuit_note_get_tags (stored), ==, "salary,remote");
  g_assert_cmpint (pursuit_note_get_priority (stored), ==, 3);
  g_assert_cmpint (pursuit_note_get_due_at (stored), >, 0);

  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Call Ada at Alderbank");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "High priority"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Tags: salary, remote"));

  /* An empty text is refused in the form, which stays open and says why. */
  click (row, "Edit Note");
  g_assert_cmpstr (row_text (fixture, "Note Tags (comma-separated)"), ==, "");
  form = form_of (fixture, "Text");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (form, ADW_TYPE_ENTRY_ROW, "Note Tags (comma-separated)"))),
                   ==, "salary, remote");
  set_form_row (form, "Text", "   ");
  press_form_button (form, "Save");
  g_assert_true (gtk_widget_get_visible (form));
  g_assert_cmpstr (form_error (form), ==, "A note cannot be empty");

  /* So is a time that is not one. */
  set_form_row (form, "Text", "Call Ada");
  set_form_row (form, "Remind On (YYYY-MM-DD HH:MM)", "next tuesday");
  press_form_button (form, "Save");
  g_assert_cmpstr (form_error (form), ==, "Enter when to remind you, as YYYY-MM-DD HH:MM");
  g_assert_true (gtk_widget_has_css_class (find_widget (form, ADW_TYPE_ENTRY_ROW, "Remind On (YYYY-MM-DD HH:MM)"), "error"));
  press_form_button (form, "Cancel");

  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = pursuit_store_list_notes (fixture->store, fixture->job_id);
  g_assert_cmpstr (pursuit_note_get_body (g_ptr_array_index (notes, 0)), ==, "Call Ada at Alderbank");

  /* Delete, then Undo. */
  click (row, "Delete Note");
  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = pursuit_store_list_notes (fixture->store, fixture->job_id);
  g_assert_cmpuint (notes->len, ==, 0);
  g_assert_null (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Call Ada at Alderbank"));
  g_assert_cmpstr (adw_toast_get_button_label (last_toast (fixture)), ==, "_Undo");
  g_signal_emit_by_name (last_toast (fixture), "button-clicked");
  spin_until_idle ();

  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = pursuit_store_list_notes (fixture->store, fixture->job_id);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpint (pursuit_note_get_priority (g_ptr_array_index (notes, 0)), ==, 3);
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Call Ada at Alderbank"));
}

static void
test_job_page_note_tags_priority (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GPtrArray) notes = NULL;
  AdwEntryRow *tags_row = entry_row (fixture, "Note Tags (comma-separated)");

  /* Tags and priority appear once there is a note to give them to. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tags_row)));
  gtk_editable_set_text (GTK_EDITABLE (entry_row (fixture, "Add a Note")), "Ask about on-call");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tags_row)));

  gtk_editable_set_text (GTK_EDITABLE (tags_row), "team, on-call");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW, "Priority")), 2);
  g_signal_emit_by_name (tags_row, "entry-activated");
  spin_until_idle ();

  notes = pursuit_store_list_notes (fixture->store, fixture->job_id);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (pursuit_note_get_body (g_ptr_array_index (notes, 0)), ==, "Ask about on-call");
  g_assert_cmpstr (pursuit_note_get_tags (g_ptr_array_index (notes, 0)), ==, "team,on-call");
  g_assert_cmpint (pursuit_note_get_priority (g_ptr_array_index (notes, 0)), ==, 2);
  g_assert_cmpstr (row_text (fixture, "Add a Note"), ==, "");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (tags_row)));
}

static void
test_job_page_contacts (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *form;
  GtkWidget *row;
  GtkWidget *link;

  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, "No contacts yet"));

  click (GTK_WIDGET (fixture->page), "Add Contact");
  form = form_of (fixture, "Name");
  g_assert_true (gtk_widget_get_visible (form));
  set_form_row (form, "Name", "Ada Lovelace");
  set_form_row (form, "Role (e.g. Recruiter)", "Recruiter");
  set_form_row (form, "Email", "ada-at-alderbank");
  press_form_button (form, "Add");

  /* Refused, with the reason beside the form and the row marked. */
  g_assert_true (gtk_widget_get_visible (form));
  g_assert_cmpstr (form_error (form), ==, "“ada-at-alderbank” is not an email address");
  g_assert_true (gtk_widget_has_css_class (find_widget (form, ADW_TYPE_ENTRY_ROW, "Email"), "error"));
  contacts = pursuit_store_list_contacts (fixture->store, fixture->job_id);
  g_assert_cmpuint (contacts->len, ==, 0);
  g_clear_pointer (&contacts, g_ptr_array_unref);

  set_form_row (form, "Email", "ada@alderbank.example");
  press_form_button (form, "Add");
  g_assert_false (gtk_widget_get_visible (form));

  contacts = pursuit_store_list_contacts (fixture->store, fixture->job_id);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (pursuit_contact_get_email (g_ptr_array_index (contacts, 0)), ==, "ada@alderbank.example");
  g_clear_pointer (&contacts, g_ptr_array_unref);

  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Ada Lovelace");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Recruiter · ada@alderbank.example");
  link = find_widget (row, GTK_TYPE_LINK_BUTTON, NULL);
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), ==, "mailto:ada@alderbank.example");

  /* Edit: the form comes filled in. */
  click (row, "Edit Contact");
  form = form_of (fixture, "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (form, ADW_TYPE_ENTRY_ROW, "Name"))), ==, "Ada Lovelace");
  set_form_row (form, "Phone", "call me maybe");
  press_form_button (form, "Save");
  g_assert_true (gtk_widget_has_css_class (find_widget (form, ADW_TYPE_ENTRY_ROW, "Phone"), "error"));
  g_assert_false (gtk_widget_has_css_class (find_widget (form, ADW_TYPE_ENTRY_ROW, "Email"), "error"));
  set_form_row (form, "Phone", "+44 20 7946 0000");
  press_form_button (form, "Save");
  g_assert_false (gtk_widget_get_visible (form));

  contacts = pursuit_store_list_contacts (fixture->store, fixture->job_id);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (pursuit_contact_get_phone (g_ptr_array_index (contacts, 0)), ==, "+44 20 7946 0000");
  g_clear_pointer (&contacts, g_ptr_array_unref);
  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Ada Lovelace");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Recruiter · ada@alderbank.example · +44 20 7946 0000");

  /* A contact added elsewhere (another window) shows up. */
  g_assert_cmpint (pursuit_store_add_contact (fixture->store, fixture->job_id, "<b>Sam</b>", NULL, NULL, &error), >, 0);
  g_assert_no_error (error);
  spin_until_idle ();
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "<b>Sam</b>"));

  /* Remove, then Undo. */
  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Ada Lovelace");
  click (row, "Remove Contact");
  g_assert_null (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Ada Lovelace"));
  contacts = pursuit_store_list_contacts (fixture->store, fixture->job_id);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_clear_pointer (&contacts, g_ptr_array_unref);

  g_signal_emit_by_name (last_toast (fixture), "button-clicked");
  spin_until_idle ();
  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Ada Lovelace");
  g_assert_nonnull (row);
  contacts = pursuit_store_list_contacts (fixture->store, fixture->job_id);
  g_assert_cmpuint (contacts->len, ==, 2);
}

static void
test_job_page_documents (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) documents = NULL;
  GtkWidget *form;
  GtkWidget *row;

  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LABEL, "No documents yet"));

  click (GTK_WIDGET (fixture->page), "Add Document");
  form = form_of (fixture, "Document Title");
  g_assert_nonnull (find_button (form, "Attach File…"));

  /* A relative path is refused. */
  set_form_row (form, "Document Title", "CV 2026");
  set_form_row (form, "File or Link (https://…)", "cv.pdf");
  press_form_button (form, "Add");
  g_assert_true (gtk_widget_get_visible (form));
  g_assert_nonnull (form_error (form));
  g_assert_true (gtk_widget_has_css_class (find_widget (form, ADW_TYPE_ENTRY_ROW, "File or Link (https://…)"), "error"));

  /* A file:// address is a file. */
  set_form_row (form, "File or Link (https://…)", "file:///home/ada/CV%202026.pdf");
  press_form_button (form, "Add");
  g_assert_false (gtk_widget_get_visible (form));

  click (GTK_WIDGET (fixture->page), "Add Document");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (form, ADW_TYPE_COMBO_ROW, "Kind of Document")), 2);
  set_form_row (form, "Document Title", "Portfolio");
  set_form_row (form, "File or Link (https://…)", "https://ada.example/work");
  press_form_button (form, "Add");

  documents = pursuit_store_list_documents (fixture->store, fixture->job_id);
  g_assert_cmpuint (documents->len, ==, 2);
  g_assert_cmpstr (pursuit_document_get_kind (g_ptr_array_index (documents, 0)), ==, "resume");
  g_assert_cmpstr (pursuit_document_get_path (g_ptr_array_index (documents, 0)), ==, "/home/ada/CV 2026.pdf");
  g_assert_cmpstr (pursuit_document_get_kind (g_ptr_array_index (documents, 1)), ==, "portfolio");
  g_clear_pointer (&documents, g_ptr_array_unref);

  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "CV 2026");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Résumé · CV 2026.pdf");
  g_assert_nonnull (find_button (row, "Open Document"));
  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Portfolio");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Portfolio · https://ada.example/work");

  /* Remove, then Undo. */
  click (row, "Remove Document");
  documents = pursuit_store_list_documents (fixture->store, fixture->job_id);
  g_assert_cmpuint (documents->len, ==, 1);
  g_clear_pointer (&documents, g_ptr_array_unref);
  g_assert_null (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Portfolio"));

  g_signal_emit_by_name (last_toast (fixture), "button-clicked");
  spin_until_idle ();
  documents = pursuit_store_list_documents (fixture->store, fixture->job_id);
  g_assert_cmpuint (documents->len, ==, 2);
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Portfolio"));
}

static void
test_job_page_tags (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(PursuitJob) other = NULL;
  g_autoptr(GError) error = NULL;
  const char *elsewhere[] = { "referral", NULL };

  g_assert_cmpstr (row_text (fixture, "Tags (comma-separated)"), ==, "");

  apply_row (fixture, "Tags (comma-separated)", " python, Dream Job ,python");
  job = pursuit_store_get_job (fixture->store, fixture->job_id, &error);
  g_assert_no_error (error);
  g_assert_true (pursuit_job_has_tag (job, "python"));
  g_assert_true (pursuit_job_has_tag (job, "dream job"));
  g_assert_cmpuint (g_strv_length ((char **)pursuit_job_get_tags (job)), ==, 2);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry_row (fixture, "Tags (comma-separated)")), "error"));

  /* A tag the store refuses leaves the typed text and says why. */
  {
    g_autofree char *long_tag = g_strnfill (100, 'x');

    apply_row (fixture, "Tags (comma-separated)", long_tag);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry_row (fixture, "Tags (comma-separated)")), "error"));
    g_assert_cmpstr (row_text (fixture, "Tags (comma-separated)"), ==, long_tag);
  }

  /* Clearing the field removes them; tags set elsewhere show up. */
  apply_row (fixture, "Tags (comma-separated)", "");
  g_clear_object (&job);
  job = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  g_assert_cmpuint (g_strv_length ((char **)pursuit_job_get_tags (job)), ==, 0);

  other = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  pursuit_job_set_tags (other, elsewhere);
  g_assert_true (pursuit_store_update_job (fixture->store, other, &error));
  g_assert_no_error (error);
  spin_until_idle ();
  g_assert_cmpstr (row_text (fixture, "Tags (comma-separated)"), ==, "referral");
}

/* An interview coming up, one cancelled, a follow-up overdue, one due
 * later and one done. */
static void
fill_schedule (Fixture *fixture)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) soon = g_date_time_add_days (now, 2);
  g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (soon), g_date_time_get_month (soon),
                                                      g_date_time_get_day_of_month (soon), 14, 0, 0);
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(PursuitInterview) cancelled = pursuit_interview_new ();
  g_autoptr(GError) error = NULL;
  const struct {
    int         days;
    const char *status;
    const char *template_;
  } follow_ups[] = {
    { -1, "pending", "Subject: Checking in on {title}\n\nHello {contact_first_name}," },
    { 6, "pending", NULL },
    { -5, "done", "Subject: Thank you for your time\n\nHello," },
  };

  pursuit_interview_set_job_id (interview, fixture->job_id);
  pursuit_interview_set_kind (interview, "technical");
  pursuit_interview_set_starts_at (interview, g_date_time_to_unix (start));
  pursuit_interview_set_duration_minutes (interview, 60);
  pursuit_interview_set_location (interview, "https://meet.example.com/abc-defg-hij");
  pursuit_interview_set_interviewer (interview, "Sam Okafor");
  g_assert_cmpint (pursuit_store_add_interview (fixture->store, interview, &error), >, 0);
  g_assert_no_error (error);

  pursuit_interview_set_job_id (cancelled, fixture->job_id);
  pursuit_interview_set_kind (cancelled, "phone_screen");
  pursuit_interview_set_starts_at (cancelled, g_date_time_to_unix (start) + 24 * 60 * 60);
  pursuit_interview_set_duration_minutes (cancelled, 30);
  pursuit_interview_set_location (cancelled, "Alderbank Systems, Invalidenstraße 1, Berlin");
  g_assert_true (pursuit_store_cancel_interview (fixture->store,
                                                 pursuit_store_add_interview (fixture->store, cancelled, &error),
                                                 &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (follow_ups); i++)
    {
      g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();

      pursuit_follow_up_set_job_id (follow_up, fixture->job_id);
      pursuit_follow_up_set_sequence (follow_up, "after_applied");
      pursuit_follow_up_set_step (follow_up, i + 1);
      pursuit_follow_up_set_due_at (follow_up, g_date_time_to_unix (now) + follow_ups[i].days * 24 * 60 * 60);
      pursuit_follow_up_set_status (follow_up, follow_ups[i].status);
      if (g_strcmp0 (follow_ups[i].status, "done") == 0)
        pursuit_follow_up_set_completed_at (follow_up, g_date_time_to_unix (now) + (follow_ups[i].days + 1) * 24 * 60 * 60);
      pursuit_follow_up_set_template (follow_up, follow_ups[i].template_);
      g_assert_cmpint (pursuit_store_add_follow_up (fixture->store, follow_up, &error), >, 0);
      g_assert_no_error (error);
    }
}

static void
fill_job (Fixture *fixture)
{
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(PursuitNote) done = pursuit_note_new ();
  g_autoptr(PursuitContact) contact = pursuit_contact_new ();
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "fintech", "referral", NULL };

  pursuit_note_set_job_id (note, fixture->job_id);
  pursuit_note_set_body (note, "Ask Sam about the team's on-call rota before the second interview");
  pursuit_note_set_tags (note, "team,on-call");
  pursuit_note_set_priority (note, 3);
  pursuit_note_set_kind (note, "reminder");
  pursuit_note_set_due_at (note, 1893456000);
  g_assert_cmpint (pursuit_store_add_note (fixture->store, note, &error), >, 0);
  pursuit_note_set_job_id (done, fixture->job_id);
  pursuit_note_set_body (done, "Send the portfolio");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, done, &error), >, 0);
  g_assert_true (pursuit_store_set_note_done (fixture->store, pursuit_note_get_id (done), TRUE, &error));

  pursuit_contact_set_job_id (contact, fixture->job_id);
  pursuit_contact_set_name (contact, "Ada Lovelace");
  pursuit_contact_set_role (contact, "Recruiter");
  pursuit_contact_set_email (contact, "ada.lovelace@alderbank-systems.example");
  pursuit_contact_set_phone (contact, "+49 30 1234 5678");
  g_assert_cmpint (pursuit_store_add_contact_full (fixture->store, contact, &error), >, 0);
  g_assert_cmpint (pursuit_store_add_contact (fixture->store, fixture->job_id, "Sam Okafor", "Hiring manager", NULL, &error), >, 0);

  g_assert_cmpint (pursuit_store_add_document (fixture->store, fixture->job_id, "resume", "CV 2026 (backend)",
                                               "/home/ada/Documents/CV 2026 backend.pdf", &error), >, 0);
  g_assert_cmpint (pursuit_store_add_document (fixture->store, fixture->job_id, "portfolio", "Portfolio",
                                               "https://ada.example/work", &error), >, 0);

  job = pursuit_store_get_job (fixture->store, fixture->job_id, &error);
  g_assert_no_error (error);
  pursuit_job_set_tags (job, tags);
  g_assert_true (pursuit_store_update_job (fixture->store, job, &error));
  g_assert_true (pursuit_store_move_job (fixture->store, fixture->job_id, PURSUIT_STAGE_APPLIED, NULL, &error));
  g_assert_no_error (error);

  fill_schedule (fixture);
}

/* Scrolls the page so that @widget is at the top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  graphene_rect_t bounds;

  /* The viewport is the visible part; its child is the whole page. */
  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));

  g_assert_true (gtk_widget_compute_bounds (widget, content, &bounds));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            bounds.origin.y);
  spin_until_idle ();
}

/* The page with notes, contacts and documents, wide and narrow, light
 * and dark, into tests/screenshots/ of the build folder: the top of the
 * page, then its notes, contacts and documents. */
static void
test_job_page_screenshots (Fixture       *fixture,
                           gconstpointer  data)
{
  static const struct {
    int         width;
    gboolean    dark;
    const char *name;
  } shots[] = {
    { 900, FALSE, "wide" },
    { 400, FALSE, "narrow" },
    { 900, TRUE, "wide-dark" },
    { 400, TRUE, "narrow-dark" },
  };
  AdwStyleManager *style = adw_style_manager_get_default ();

  fill_job (fixture);

  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      GtkWidget *page = pursuit_job_page_new (fixture->store);
      g_autofree char *top = g_strdup_printf ("job-page-%s.png", shots[i].name);
      g_autofree char *sections = g_strdup_printf ("job-page-%s-sections.png", shots[i].name);
      g_autofree char *schedule = g_strdup_printf ("job-page-%s-schedule.png", shots[i].name);

      adw_style_manager_set_color_scheme (style, shots[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                               : ADW_COLOR_SCHEME_FORCE_LIGHT);
      gtk_window_set_default_size (window, shots[i].width, 1000);
      gtk_window_set_child (window, page);
      pursuit_job_page_set_job_id (PURSUIT_JOB_PAGE (page), fixture->job_id);
      gtk_window_present (window);
      spin_until_idle ();

      g_assert_cmpint (gtk_widget_get_width (page), <=, shots[i].width);
      pursuit_test_save_screenshot (GTK_WIDGET (window), top);

      scroll_to (find_widget (page, PURSUIT_TYPE_JOB_NOTES_SECTION, NULL));
      pursuit_test_save_screenshot (GTK_WIDGET (window), sections);

      scroll_to (find_widget (page, PURSUIT_TYPE_JOB_INTERVIEWS_SECTION, NULL));
      pursuit_test_save_screenshot (GTK_WIDGET (window), schedule);

      /* The contact form, refusing an address. */
      if (i == 1)
        {
          GtkWidget *form;

          scroll_to (find_widget (page, PURSUIT_TYPE_JOB_CONTACTS_SECTION, NULL));
          click (page, "Add Contact");
          form = gtk_widget_get_parent (find_widget (page, ADW_TYPE_ENTRY_ROW, "Name"));
          while (!gtk_widget_has_css_class (form, "job-page-form"))
            form = gtk_widget_get_parent (form);
          set_form_row (form, "Name", "Grace Hopper");
          set_form_row (form, "Email", "grace at navy");
          press_form_button (form, "Add");
          scroll_to (find_widget (page, PURSUIT_TYPE_JOB_CONTACTS_SECTION, NULL));
          pursuit_test_save_screenshot (GTK_WIDGET (window), "job-page-narrow-contact-form.png");
          press_form_button (form, "Cancel");

          /* A note edited in place. */
          click (find_widget (page, ADW_TYPE_ACTION_ROW, "Send the portfolio"), "Edit Note");
          scroll_to (find_widget (page, PURSUIT_TYPE_JOB_NOTES_SECTION, NULL));
          pursuit_test_save_screenshot (GTK_WIDGET (window), "job-page-narrow-note-form.png");
        }

      gtk_window_destroy (window);
      spin_until_idle ();
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

/* PURSUIT_TEST_PAUSE=<seconds> keeps the window up, for screenshots. */
static void
maybe_pause (void)
{
  const char *pause = g_getenv ("PURSUIT_TEST_PAUSE");
  gint64 until;

  if (pause == NULL)
    return;

  until = g_get_monotonic_time () + g_ascii_strtoll (pause, NULL, 10) * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < until)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; g_getenv ("PURSUIT_TEST_SCROLL") && i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
          GtkWidget *page = find_widget (window, PURSUIT_TYPE_JOB_PAGE, NULL);
          GtkWidget *prefs = page ? find_widget (page, ADW_TYPE_PREFERENCES_PAGE, NULL) : NULL;
          GtkWidget *scrolled = prefs ? find_widget (prefs, GTK_TYPE_SCROLLED_WINDOW, NULL) : NULL;

          if (scrolled != NULL)
            {
              GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
              gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
            }
        }

      spin_until_idle ();
      g_usleep (10000);
    }
}

static void
test_job_page_in_window (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitNote) note = pursuit_note_new ();
  g_autoptr(GError) error = NULL;
  PursuitWindow *window;
  GtkWidget *page;
  int width = g_getenv ("PURSUIT_TEST_WIDTH") ? atoi (g_getenv ("PURSUIT_TEST_WIDTH")) : 1280;

  pursuit_note_set_job_id (note, fixture->job_id);
  pursuit_note_set_body (note, "Ask Sam about the team's on-call rota");
  pursuit_note_set_tags (note, "team,on-call");
  pursuit_note_set_priority (note, 2);
  g_assert_cmpint (pursuit_store_add_note (fixture->store, note, &error), >, 0);
  g_assert_true (pursuit_store_move_job (fixture->store, fixture->job_id, PURSUIT_STAGE_APPLIED, NULL, &error));
  g_assert_no_error (error);

  window = pursuit_window_new (NULL, fixture->store, FALSE);
  pursuit_test_show_window (window, width, 900);

  page = find_widget (GTK_WIDGET (window), PURSUIT_TYPE_JOB_PAGE, NULL);
  g_assert_nonnull (page);
  g_assert_false (gtk_widget_get_visible (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", "x", fixture->job_id));
  spin_until_idle ();
  g_assert_true (gtk_widget_get_visible (page));
  g_assert_cmpint (pursuit_job_page_get_job_id (PURSUIT_JOB_PAGE (page)), ==, fixture->job_id);
  g_assert_cmpstr (pursuit_window_get_view (window), ==, "board");
  maybe_pause ();

  /* Escape (the page's close action) hides it again. */
  g_assert_true (gtk_widget_activate_action (page, "job-page.close", NULL));
  spin_until_idle ();
  g_assert_false (gtk_widget_get_visible (page));

  /* Deleting from the page closes it and offers Undo in the window. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-job", "x", fixture->job_id);
  g_assert_true (gtk_widget_activate_action (page, "job-page.delete", NULL));
  pursuit_test_answer_dialog ("delete");
  g_assert_false (gtk_widget_get_visible (page));
  g_assert_null (pursuit_store_get_job (fixture->store, fixture->job_id, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Interviews, follow-ups, ghosting, invitations */

static void
collect_rows (GtkWidget *root,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* The section's own rows, not those of a form or a combo row. */
      if (G_OBJECT_TYPE (child) == ADW_TYPE_ACTION_ROW && GTK_IS_LIST_BOX (root))
        {
          if (gtk_widget_get_visible (child))
            g_ptr_array_add (rows, child);
          continue;
        }

      collect_rows (child, rows);
    }
}

/* The item rows a section shows, in order. */
static GPtrArray *
section_rows (GtkWidget *section)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (section, rows);
  return rows;
}

static const char *
subtitle_of (GtkWidget *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static const char *
title_of (GtkWidget *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gint64
add_interview (Fixture    *fixture,
               gint64      starts_at,
               const char *kind)
{
  g_autoptr(PursuitInterview) interview = pursuit_interview_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_interview_set_job_id (interview, fixture->job_id);
  pursuit_interview_set_kind (interview, kind);
  pursuit_interview_set_starts_at (interview, starts_at);
  pursuit_interview_set_duration_minutes (interview, 45);
  pursuit_interview_set_location (interview, "https://meet.example.com/abc-defg");
  pursuit_interview_set_interviewer (interview, "Ada Lovelace");
  id = pursuit_store_add_interview (fixture->store, interview, &error);
  g_assert_no_error (error);
  spin_until_idle ();

  return id;
}

static PursuitInterviewDialog *
find_interview_dialog (void)
{
  spin_until_idle ();
  return pursuit_test_find_toplevel (PURSUIT_TYPE_INTERVIEW_DIALOG);
}

static void
test_job_page_interviews (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkWidget *section = find_widget (page, PURSUIT_TYPE_JOB_INTERVIEWS_SECTION, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (tomorrow), g_date_time_get_month (tomorrow),
                                                      g_date_time_get_day_of_month (tomorrow), 14, 0, 0);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(PursuitInterview) interview = NULL;
  g_autoptr(GError) error = NULL;
  PursuitInterviewDialog *dialog;
  gint64 id;

  g_assert_nonnull (section);
  rows = section_rows (section);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* An interview scheduled elsewhere shows up. */
  id = add_interview (fixture, g_date_time_to_unix (start), "technical");
  rows = section_rows (section);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_nonnull (strstr (title_of (rows->pdata[0]), "14:00 – 14:45"));
  g_assert_cmpstr (subtitle_of (rows->pdata[0]), ==,
                   "Technical · https://meet.example.com/abc-defg · with Ada Lovelace");
  g_assert_nonnull (find_button (rows->pdata[0], "Open Meeting Link"));

  /* Reschedule: the dialog opens with the interview. */
  click (rows->pdata[0], "Reschedule Interview");
  dialog = find_interview_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Edit Interview");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == fixture->window);
  g_assert_cmpint (pursuit_interview_dialog_get_starts_at (dialog), ==, g_date_time_to_unix (start));
  {
    g_autoptr(GDateTime) later = g_date_time_add_days (start, 2);

    pursuit_interview_dialog_set_date (dialog, later);
    g_assert_true (pursuit_interview_dialog_save (dialog));
    spin_until_idle ();
    interview = pursuit_store_get_interview (fixture->store, id, &error);
    g_assert_no_error (error);
    g_assert_cmpint (pursuit_interview_get_starts_at (interview), ==, g_date_time_to_unix (later));
  }
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "Interview rescheduled");
  g_assert_null (find_interview_dialog ());

  /* Schedule another from the section's header. */
  g_assert_true (gtk_widget_activate_action (section, "interviews.schedule", NULL));
  dialog = find_interview_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Schedule Interview");
  g_assert_cmpint (pursuit_interview_dialog_get_job_id (dialog), ==, fixture->job_id);
  g_assert_true (pursuit_interview_dialog_save (dialog));
  spin_until_idle ();
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "Interview scheduled");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = section_rows (section);
  g_assert_cmpuint (rows->len, ==, 2);

  /* Cancel asks first; keeping it changes nothing. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = section_rows (section);
  {
    GtkWidget *row = NULL;

    for (guint i = 0; i < rows->len; i++)
      if (strstr (subtitle_of (rows->pdata[i]), "Technical") != NULL)
        row = rows->pdata[i];
    g_assert_nonnull (row);

    click (row, "Cancel Interview");
    pursuit_test_answer_dialog ("keep");
    g_clear_object (&interview);
    interview = pursuit_store_get_interview (fixture->store, id, NULL);
    g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "scheduled");

    g_clear_pointer (&rows, g_ptr_array_unref);
    rows = section_rows (section);
    for (guint i = 0; i < rows->len; i++)
      if (strstr (subtitle_of (rows->pdata[i]), "Technical") != NULL)
        row = rows->pdata[i];
    click (row, "Cancel Interview");
    pursuit_test_answer_dialog ("cancel-interview");
  }
  g_clear_object (&interview);
  interview = pursuit_store_get_interview (fixture->store, id, NULL);
  g_assert_cmpstr (pursuit_interview_get_status (interview), ==, "cancelled");
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "Interview cancelled");

  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = section_rows (section);
  g_assert_cmpuint (rows->len, ==, 2);
  {
    guint cancelled = 0;

    for (guint i = 0; i < rows->len; i++)
      if (g_str_has_prefix (subtitle_of (rows->pdata[i]), "Cancelled · Technical"))
        {
          cancelled++;
          /* Nothing left to do with it. */
          g_assert_null (find_button (rows->pdata[i], "Cancel Interview"));
          g_assert_null (find_button (rows->pdata[i], "Reschedule Interview"));
        }
    g_assert_cmpuint (cancelled, ==, 1);
  }

  /* The timeline says what happened. */
  g_assert_nonnull (pursuit_test_find_row (page, "Interview cancelled"));
  g_assert_nonnull (pursuit_test_find_row (page, "Interview rescheduled"));
}

static gint64
add_follow_up (Fixture    *fixture,
               gint64      due_at,
               int         step,
               const char *template_)
{
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_follow_up_set_job_id (follow_up, fixture->job_id);
  pursuit_follow_up_set_sequence (follow_up, "after_applied");
  pursuit_follow_up_set_step (follow_up, step);
  pursuit_follow_up_set_due_at (follow_up, due_at);
  pursuit_follow_up_set_status (follow_up, "pending");
  pursuit_follow_up_set_template (follow_up, template_);
  id = pursuit_store_add_follow_up (fixture->store, follow_up, &error);
  g_assert_no_error (error);
  spin_until_idle ();

  return id;
}

static GtkWidget *
follow_up_row (GtkWidget  *section,
               const char *title)
{
  g_autoptr(GPtrArray) rows = section_rows (section);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (title_of (rows->pdata[i]), title) == 0)
      return rows->pdata[i];

  return NULL;
}

static PursuitFollowUp *
get_follow_up (Fixture *fixture,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  PursuitFollowUp *follow_up = pursuit_store_get_follow_up (fixture->store, id, &error);

  g_assert_no_error (error);
  return follow_up;
}

static void
on_clipboard_text_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static char *
clipboard_text (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, on_clipboard_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  return text;
}

/* What the fake mail program (see main()) was asked to open. */
static char *mail_dir;

static char *
wait_for_mailto (void)
{
  g_autofree char *path = g_build_filename (mail_dir, "mailto.txt", NULL);
  gint64 until = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  char *contents = NULL;

  while (g_get_monotonic_time () < until)
    {
      if (g_file_get_contents (path, &contents, NULL, NULL) && contents[0] != '\0')
        return contents;
      g_clear_pointer (&contents, g_free);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }

  return NULL;
}

static void
test_job_page_follow_ups (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  GtkWidget *section = find_widget (page, PURSUIT_TYPE_JOB_FOLLOW_UPS_SECTION, NULL);
  const char *template_ = "Subject: Checking in on {title}\n\nHello {contact_first_name},\n\nAny news about {company}?";
  gint64 now = now_seconds ();
  gint64 overdue, later, id;
  g_autoptr(PursuitFollowUp) follow_up = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *mailto = NULL;
  g_autoptr(GDateTime) snoozed = NULL;
  GtkWidget *row;

  g_assert_nonnull (section);
  g_assert_cmpint (pursuit_store_add_contact (fixture->store, fixture->job_id, "Sam Okafor", "Hiring manager", NULL, &error), >, 0);
  g_assert_cmpint (pursuit_store_add_contact (fixture->store, fixture->job_id, "Ada Lovelace", "Recruiter",
                                              "ada@alderbank.example", &error), >, 0);
  g_assert_no_error (error);

  overdue = add_follow_up (fixture, now - 26 * 60 * 60, 1, template_);
  later = add_follow_up (fixture, now + 5 * 24 * 60 * 60, 2, NULL);

  /* The subject names it; the due time says how urgent it is. */
  row = follow_up_row (section, "Checking in on Backend Engineer");
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (subtitle_of (row), "Overdue by "));
  g_assert_true (gtk_widget_has_css_class (row, "follow-up-overdue"));
  /* A follow-up without a template gets the built-in text. */
  row = follow_up_row (section, "Following up on my application for Backend Engineer");
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (subtitle_of (row), "Due in 5 days · ") ||
                 g_str_has_prefix (subtitle_of (row), "Due in 4 days · ") ||
                 g_str_has_prefix (subtitle_of (row), "Due in 6 days · "));

  /* Done, and undone. */
  row = follow_up_row (section, "Checking in on Backend Engineer");
  {
    GtkWidget *done = find_widget (row, GTK_TYPE_CHECK_BUTTON, NULL);

    g_assert_nonnull (done);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (done), TRUE);
    spin_until_idle ();
  }
  follow_up = get_follow_up (fixture, overdue);
  g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "done");
  g_assert_cmpint (pursuit_follow_up_get_completed_at (follow_up), >=, now);
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "Follow-up done");
  row = follow_up_row (section, "Checking in on Backend Engineer");
  g_assert_true (g_str_has_prefix (subtitle_of (row), "Done · "));
  g_assert_true (gtk_widget_has_css_class (row, "dim-label"));
  g_assert_null (find_button (row, "Compose Message"));

  g_signal_emit_by_name (last_toast (fixture), "button-clicked");
  spin_until_idle ();
  g_clear_object (&follow_up);
  follow_up = get_follow_up (fixture, overdue);
  g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "pending");

  /* Skip. */
  row = follow_up_row (section, "Following up on my application for Backend Engineer");
  click (row, "Skip Follow-up");
  g_clear_object (&follow_up);
  follow_up = get_follow_up (fixture, later);
  g_assert_cmpstr (pursuit_follow_up_get_status (follow_up), ==, "skipped");
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "Follow-up skipped");
  row = follow_up_row (section, "Following up on my application for Backend Engineer");
  g_assert_true (g_str_has_prefix (subtitle_of (row), "Skipped · "));

  /* Snooze an overdue one: three days from now, and back. */
  {
    gint64 before = now_seconds ();
    gint64 after;
    g_autoptr(GDateTime) from = g_date_time_new_from_unix_local (before);

    g_assert_true (gtk_widget_activate_action (section, "follow-ups.snooze", "(xi)", overdue, 3));
    after = now_seconds ();
    spin_until_idle ();
    g_clear_object (&follow_up);
    follow_up = get_follow_up (fixture, overdue);
    snoozed = g_date_time_add_days (from, 3);
    g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), >=, g_date_time_to_unix (snoozed));
    g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), <=, g_date_time_to_unix (snoozed) + (after - before));
  }
  g_assert_true (g_str_has_prefix (adw_toast_get_title (last_toast (fixture)), "Snoozed until "));
  row = follow_up_row (section, "Checking in on Backend Engineer");
  g_assert_true (g_str_has_prefix (subtitle_of (row), "Due in 3 days · "));
  g_signal_emit_by_name (last_toast (fixture), "button-clicked");
  spin_until_idle ();
  g_clear_object (&follow_up);
  follow_up = get_follow_up (fixture, overdue);
  g_assert_cmpint (pursuit_follow_up_get_due_at (follow_up), ==, now - 26 * 60 * 60);

  /* Compose: the message on the clipboard, and in the mail program,
   * addressed to the contact with an address. */
  row = follow_up_row (section, "Checking in on Backend Engineer");
  click (row, "Compose Message");
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "Message copied");
  copied = clipboard_text (page);
  g_assert_cmpstr (copied, ==, "Hello Ada,\n\nAny news about Alderbank Systems?");
  mailto = wait_for_mailto ();
  g_assert_cmpstr (mailto, ==, "mailto:ada@alderbank.example?subject=Checking%20in%20on%20Backend%20Engineer"
                               "&body=Hello%20Ada%2C%0A%0AAny%20news%20about%20Alderbank%20Systems%3F");

  /* The snooze menu offers three choices, each with the follow-up. */
  {
    GtkWidget *menu_button = find_widget (row, GTK_TYPE_MENU_BUTTON, NULL);
    GMenuModel *menu;
    g_autoptr(GVariant) target = NULL;

    g_assert_nonnull (menu_button);
    g_assert_cmpstr (gtk_widget_get_tooltip_text (menu_button), ==, "Snooze Follow-up");
    menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 3);
    target = g_menu_model_get_item_attribute_value (menu, 2, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE ("(xi)"));
    g_assert_nonnull (target);
    {
      gint64 target_id;
      int days;

      g_variant_get (target, "(xi)", &target_id, &days);
      g_assert_cmpint (target_id, ==, overdue);
      g_assert_cmpint (days, ==, 7);
    }
  }

  id = overdue;
  g_assert_true (gtk_widget_activate_action (section, "follow-ups.done", "x", id));
  spin_until_idle ();
  g_assert_nonnull (pursuit_test_find_row (page, "Follow-up done"));
}

static gint64
add_silent_job (Fixture    *fixture,
                const char *title,
                int         days_silent)
{
  g_autoptr(PursuitJob) job = make_job (title, "Quiet Corp", PURSUIT_STAGE_APPLIED);
  g_autoptr(PursuitFollowUp) follow_up = pursuit_follow_up_new ();
  g_autoptr(GError) error = NULL;
  gint64 now = now_seconds ();
  gint64 job_id;

  pursuit_job_set_stage_changed_at (job, now - (days_silent + 10) * 24 * 60 * 60);
  job_id = pursuit_store_add_job (fixture->store, job, &error);
  g_assert_no_error (error);

  pursuit_follow_up_set_job_id (follow_up, job_id);
  pursuit_follow_up_set_sequence (follow_up, "after_applied");
  pursuit_follow_up_set_step (follow_up, 1);
  pursuit_follow_up_set_due_at (follow_up, now - (days_silent + 1) * 24 * 60 * 60);
  pursuit_follow_up_set_status (follow_up, "done");
  pursuit_follow_up_set_completed_at (follow_up, now - days_silent * 24 * 60 * 60 - 60);
  g_assert_cmpint (pursuit_store_add_follow_up (fixture->store, follow_up, &error), >, 0);
  g_assert_no_error (error);

  return job_id;
}

static void
test_job_page_ghosting (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);
  PursuitJobGhostingBanner *banner = PURSUIT_JOB_GHOSTING_BANNER (find_widget (page, PURSUIT_TYPE_JOB_GHOSTING_BANNER, NULL));
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  gint64 silent = add_silent_job (fixture, "Silent Engineer", 30);
  gint64 other = add_silent_job (fixture, "Quiet Engineer", 25);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) events = NULL;
  gboolean dismissed = FALSE;
  GtkWidget *label;

  /* The fixture's job has no follow-up: nothing to offer. */
  g_assert_nonnull (banner);
  g_assert_false (pursuit_job_ghosting_banner_is_offered (banner));

  pursuit_job_page_set_job_id (fixture->page, silent);
  spin_until_idle ();
  g_assert_true (pursuit_job_ghosting_banner_is_offered (banner));
  label = find_widget (GTK_WIDGET (banner), GTK_TYPE_LABEL, "No response for 30 days after your last follow-up");
  g_assert_nonnull (label);
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "job-page-ghosting.png");

  /* Not after more days than that. */
  g_settings_set_int (settings, "ghosting-days", 40);
  spin_until_idle ();
  g_assert_false (pursuit_job_ghosting_banner_is_offered (banner));
  g_settings_reset (settings, "ghosting-days");
  spin_until_idle ();
  g_assert_true (pursuit_job_ghosting_banner_is_offered (banner));

  /* Not yet: recorded, and asked again later. */
  click (GTK_WIDGET (banner), "Ask Again Later");
  g_assert_false (pursuit_job_ghosting_banner_is_offered (banner));
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "You will be asked again in 21 days");
  events = pursuit_store_list_events (fixture->store, silent);
  for (guint i = 0; i < events->len; i++)
    dismissed |= g_strcmp0 (pursuit_timeline_event_get_kind (events->pdata[i]), "ghosting_dismissed") == 0;
  g_assert_true (dismissed);
  job = pursuit_store_get_job (fixture->store, silent, NULL);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_APPLIED);
  /* Three weeks and a day later it is offered again. */
  pursuit_job_ghosting_banner_set_now (banner, now_seconds () + 22 * 24 * 60 * 60);
  g_assert_true (pursuit_job_ghosting_banner_is_offered (banner));
  pursuit_job_ghosting_banner_set_now (banner, 0);

  /* Mark as ghosted, then undo. */
  pursuit_job_page_set_job_id (fixture->page, other);
  spin_until_idle ();
  g_assert_true (pursuit_job_ghosting_banner_is_offered (banner));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (banner), "ghosting.mark", NULL));
  spin_until_idle ();
  g_clear_object (&job);
  job = pursuit_store_get_job (fixture->store, other, NULL);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_GHOSTED);
  g_assert_false (pursuit_job_ghosting_banner_is_offered (banner));
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "Marked as ghosted");

  g_signal_emit_by_name (last_toast (fixture), "button-clicked");
  spin_until_idle ();
  g_clear_object (&job);
  job = pursuit_store_get_job (fixture->store, other, NULL);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_APPLIED);
}

static const char invitation[] =
  "BEGIN:VCALENDAR\r\n"
  "VERSION:2.0\r\n"
  "PRODID:-//Example Corp//Meetings//EN\r\n"
  "METHOD:REQUEST\r\n"
  "BEGIN:VEVENT\r\n"
  "UID:4f2c1e7a-interview@example.com\r\n"
  "DTSTAMP:20301101T120000Z\r\n"
  "DTSTART:20301104T130000Z\r\n"
  "DTEND:20301104T140000Z\r\n"
  "SUMMARY:Technical interview: Backend Engineer\r\n"
  "LOCATION:https://meet.example.com/xyz-abcd-efg\r\n"
  "END:VEVENT\r\n"
  "END:VCALENDAR\r\n";

static GtkDropTarget *
find_drop_target (GtkWidget *root)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (root);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkDropTarget *found = find_drop_target (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
drop_files (Fixture     *fixture,
            const char **paths)
{
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (fixture->page));
  g_auto(GValue) value = G_VALUE_INIT;
  GSList *files = NULL;
  gboolean accepted = FALSE;

  g_assert_nonnull (target);
  for (guint i = 0; paths[i] != NULL; i++)
    files = g_slist_append (files, g_file_new_for_path (paths[i]));

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_slist_free_full (files, g_object_unref);

  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  return accepted;
}

static guint
wait_for_interviews (Fixture *fixture,
                     guint    count)
{
  gint64 until = g_get_monotonic_time () + 5 * G_TIME_SPAN_SECOND;
  guint n = 0;

  while (g_get_monotonic_time () < until)
    {
      g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (fixture->store, fixture->job_id);

      n = interviews->len;
      if (n >= count)
        break;
      g_main_context_iteration (NULL, FALSE);
    }

  spin_until_idle ();
  return n;
}

/* An invitation dropped on the page, or chosen in the section, adds its
 * interview; other files are refused with a word why. */
static void
test_job_page_invitation (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *ics = g_build_filename (fixture->dir, "Invitation.ICS", NULL);
  g_autofree char *text = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *garbage = g_build_filename (fixture->dir, "garbage.ics", NULL);
  g_autoptr(GPtrArray) interviews = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GFile) file = NULL;
  GtkWidget *section = find_widget (GTK_WIDGET (fixture->page), PURSUIT_TYPE_JOB_INTERVIEWS_SECTION, NULL);

  g_assert_true (g_file_set_contents (ics, invitation, -1, NULL));
  g_assert_true (g_file_set_contents (text, "not an invitation", -1, NULL));
  g_assert_true (g_file_set_contents (garbage, "BEGIN:VCALENDAR\r\nthis is not iCalendar\r\n", -1, NULL));

  g_assert_false (drop_files (fixture, (const char *[]) { text, NULL }));
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==,
                   "Drop a calendar invitation (.ics) to add its interview");

  g_assert_true (drop_files (fixture, (const char *[]) { text, ics, NULL }));
  g_assert_cmpuint (wait_for_interviews (fixture, 1), ==, 1);
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "1 interview imported");

  interviews = pursuit_store_list_interviews (fixture->store, fixture->job_id);
  g_assert_cmpint (pursuit_interview_get_starts_at (interviews->pdata[0]), ==, 1920027600);
  g_assert_cmpint (pursuit_interview_get_duration_minutes (interviews->pdata[0]), ==, 60);
  g_assert_cmpstr (pursuit_interview_get_location (interviews->pdata[0]), ==, "https://meet.example.com/xyz-abcd-efg");
  rows = section_rows (section);
  g_assert_cmpuint (rows->len, ==, 1);

  /* A broken file: the reason, and nothing added. */
  file = g_file_new_for_path (garbage);
  pursuit_job_interviews_section_import_file (PURSUIT_JOB_INTERVIEWS_SECTION (section), file);
  wait_for_interviews (fixture, 2);
  {
    gint64 until = g_get_monotonic_time () + 2 * G_TIME_SPAN_SECOND;

    while (g_strcmp0 (adw_toast_get_title (last_toast (fixture)), "1 interview imported") == 0 &&
           g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), !=, "1 interview imported");
  g_clear_pointer (&interviews, g_ptr_array_unref);
  interviews = pursuit_store_list_interviews (fixture->store, fixture->job_id);
  g_assert_cmpuint (interviews->len, ==, 1);
}

static void
setup_fake_mail_program (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *config = NULL;
  g_autofree char *applications = NULL;
  g_autofree char *script = NULL;
  g_autofree char *script_text = NULL;
  g_autofree char *desktop = NULL;
  g_autofree char *desktop_text = NULL;
  g_autofree char *mimeapps = NULL;

  mail_dir = g_dir_make_tmp ("pursuit-test-mail-XXXXXX", &error);
  g_assert_no_error (error);

  data = g_build_filename (mail_dir, "data", NULL);
  config = g_build_filename (mail_dir, "config", NULL);
  applications = g_build_filename (data, "applications", NULL);
  g_assert_cmpint (g_mkdir_with_parents (applications, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);

  script = g_build_filename (mail_dir, "fake-mail", NULL);
  script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s' \"$1\" > '%s/mailto.txt'\n", mail_dir);
  g_assert_true (g_file_set_contents (script, script_text, -1, NULL));
  g_assert_cmpint (g_chmod (script, 0700), ==, 0);

  desktop = g_build_filename (applications, "pursuit-test-mail.desktop", NULL);
  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Test Mail\nExec=%s %%u\n"
                                  "MimeType=x-scheme-handler/mailto;\nNoDisplay=true\n", script);
  g_assert_true (g_file_set_contents (desktop, desktop_text, -1, NULL));

  mimeapps = g_build_filename (config, "mimeapps.list", NULL);
  g_assert_true (g_file_set_contents (mimeapps, "[Default Applications]\nx-scheme-handler/mailto=pursuit-test-mail.desktop\n", -1, NULL));

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
}

/* Apply, documents written in the app, the job's report */

static void
record_launch (const char *uri,
               gpointer    user_data)
{
  char **launched = user_data;

  g_free (*launched);
  *launched = g_strdup (uri);
}

/* Any widget (a menu button too) whose tooltip is @tooltip. */
static GtkWidget *
find_tooltip (GtkWidget  *root,
              const char *tooltip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_tooltip_text (child), tooltip) == 0)
        return child;
      if ((found = find_tooltip (child, tooltip)) != NULL)
        return found;
    }

  return NULL;
}

static PursuitJobApplyButton *
apply_button (Fixture *fixture)
{
  GtkWidget *button = pursuit_test_find_type (GTK_WIDGET (fixture->page), PURSUIT_TYPE_JOB_APPLY_BUTTON);

  g_assert_nonnull (button);
  return PURSUIT_JOB_APPLY_BUTTON (button);
}

static GtkButton *
inner_button (PursuitJobApplyButton *apply)
{
  GtkWidget *button = pursuit_test_find_type (GTK_WIDGET (apply), GTK_TYPE_BUTTON);

  g_assert_nonnull (button);
  return GTK_BUTTON (button);
}

static void
set_job_urls (Fixture    *fixture,
              const char *url,
              const char *apply_url)
{
  g_autoptr(PursuitJob) job = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  g_autoptr(GError) error = NULL;

  pursuit_job_set_url (job, url);
  pursuit_job_set_apply_url (job, apply_url);
  g_assert_true (pursuit_store_update_job (fixture->store, job, &error));
  g_assert_no_error (error);
  spin_until_idle ();
}

static void
test_job_page_apply (Fixture       *fixture,
                     gconstpointer  data)
{
  PursuitJobApplyButton *apply = apply_button (fixture);
  GtkButton *button = inner_button (apply);
  g_autofree char *launched = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = NULL;
  GtkWidget *dialog;

  _pursuit_job_apply_button_set_launch_func (apply, record_launch, &launched);

  /* Saved, with the posting's address: Apply opens it in the browser. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (apply)));
  g_assert_cmpstr (gtk_button_get_label (button), ==, "_Apply");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (button), "suggested-action"));
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "job-page-apply.png");
  g_signal_emit_by_name (button, "clicked");
  spin_until_idle ();
  g_assert_cmpstr (launched, ==, "https://jobs.example.com/backend");
  g_assert_cmpint (pursuit_job_apply_button_get_awaiting_job_id (apply), ==, fixture->job_id);
  g_assert_cmpstr (gtk_button_get_label (button), ==, "Mark as _Applied…");
  g_assert_null (pursuit_test_find_toplevel (PURSUIT_TYPE_APPLY_DIALOG));

  /* Back in the window: it asks; Sent moves the job to Applied. */
  _pursuit_job_apply_button_returned (apply);
  spin_until_idle ();
  g_assert_cmpint (pursuit_job_apply_button_get_awaiting_job_id (apply), ==, 0);
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_APPLY_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_activate_action (dialog, "apply.sent", NULL));
  spin_until_idle ();
  g_assert_null (pursuit_test_find_toplevel (PURSUIT_TYPE_APPLY_DIALOG));
  job = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_APPLIED);
  g_clear_object (&job);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (apply)));
  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "Moved to Applied");

  /* Undo: saved again, and Apply is back. */
  g_signal_emit_by_name (last_toast (fixture), "button-clicked");
  spin_until_idle ();
  job = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_SAVED);
  g_clear_object (&job);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (apply)));
  g_assert_cmpstr (gtk_button_get_label (button), ==, "_Apply");

  /* The application address goes before the posting's. */
  set_job_urls (fixture, "https://jobs.example.com/backend", "https://apply.example.com/42");
  g_signal_emit_by_name (button, "clicked");
  spin_until_idle ();
  g_assert_cmpstr (launched, ==, "https://apply.example.com/42");

  /* While awaiting, the button asks at once; Not Yet changes nothing. */
  g_signal_emit_by_name (button, "clicked");
  spin_until_idle ();
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_APPLY_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_activate_action (dialog, "apply.not-yet", NULL));
  spin_until_idle ();
  g_assert_null (pursuit_test_find_toplevel (PURSUIT_TYPE_APPLY_DIALOG));
  g_assert_cmpint (pursuit_job_apply_button_get_awaiting_job_id (apply), ==, 0);

  /* No address at all: "Mark as Applied…" asks at once. */
  g_clear_pointer (&launched, g_free);
  set_job_urls (fixture, NULL, NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (apply)));
  g_assert_cmpstr (gtk_button_get_label (button), ==, "Mark as _Applied…");
  g_signal_emit_by_name (button, "clicked");
  spin_until_idle ();
  g_assert_null (launched);
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_APPLY_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Past the saved stages: no Apply. */
  g_assert_true (pursuit_store_move_job (fixture->store, fixture->job_id, PURSUIT_STAGE_APPLIED, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_move_job (fixture->store, fixture->job_id, PURSUIT_STAGE_SCREENING, NULL, &error));
  g_assert_no_error (error);
  spin_until_idle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (apply)));

  /* No job: none either. */
  pursuit_job_page_set_job_id (fixture->page, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (apply)));
}

static void
test_job_page_written_documents (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *section = pursuit_test_find_type (GTK_WIDGET (fixture->page), PURSUIT_TYPE_JOB_DOCUMENTS_SECTION);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  PursuitDocumentEditor *editor;
  GtkWidget *row;
  GtkWidget *edit;
  gint64 id;

  g_assert_nonnull (section);
  g_assert_true (GTK_IS_MENU_BUTTON (find_tooltip (GTK_WIDGET (fixture->page), "Write a Document")));

  /* New Cover Letter… opens the editor on a new, saved letter. */
  g_assert_true (gtk_widget_activate_action (section, "documents.new-cover-letter", NULL));
  spin_until_idle ();
  editor = pursuit_test_find_toplevel (PURSUIT_TYPE_DOCUMENT_EDITOR);
  g_assert_nonnull (editor);
  id = pursuit_document_editor_get_document_id (editor);
  g_assert_cmpint (id, >, 0);
  gtk_window_destroy (GTK_WINDOW (editor));
  spin_until_idle ();

  /* Its row opens it again. */
  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Cover Letter for Alderbank Systems");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Cover Letter");
  edit = find_button (row, "Edit Document");
  g_assert_nonnull (edit);
  g_assert_null (find_button (row, "Open Document"));
  g_signal_emit_by_name (edit, "clicked");
  spin_until_idle ();
  editor = pursuit_test_find_toplevel (PURSUIT_TYPE_DOCUMENT_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpint (pursuit_document_editor_get_document_id (editor), ==, id);
  gtk_window_destroy (GTK_WINDOW (editor));
  spin_until_idle ();

  /* New CV Variant… too. */
  g_assert_true (gtk_widget_activate_action (section, "documents.new-cv", NULL));
  spin_until_idle ();
  editor = pursuit_test_find_toplevel (PURSUIT_TYPE_DOCUMENT_EDITOR);
  g_assert_nonnull (editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  spin_until_idle ();
  documents = pursuit_store_list_documents (fixture->store, fixture->job_id);
  g_assert_cmpuint (documents->len, ==, 2);
  g_assert_nonnull (find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "CV for Alderbank Systems"));

  /* Sent with the application: the row says when. */
  g_assert_true (pursuit_store_record_application (fixture->store, fixture->job_id, &id, 1, 0,
                                                   g_get_real_time () / G_USEC_PER_SEC, &error));
  g_assert_no_error (error);
  spin_until_idle ();
  row = find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_ACTION_ROW, "Cover Letter for Alderbank Systems");
  g_assert_nonnull (row);
  {
    g_autofree char *day = NULL;
    g_autofree char *badge = NULL;
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    day = g_date_time_format (now, "%a %-e %B");
    badge = g_strdup_printf ("Sent %s", day);
    g_assert_nonnull (find_widget (row, GTK_TYPE_LABEL, badge));
  }
  pursuit_test_save_screenshot (section, "job-page-written-documents.png");

  /* Removing a written letter and undoing keeps its text. */
  click (row, "Remove Document");
  g_signal_emit_by_name (last_toast (fixture), "button-clicked");
  spin_until_idle ();
  g_clear_pointer (&documents, g_ptr_array_unref);
  documents = pursuit_store_list_documents (fixture->store, fixture->job_id);
  g_assert_cmpuint (documents->len, ==, 2);
  for (guint i = 0; i < documents->len; i++)
    g_assert_nonnull (pursuit_document_get_body (g_ptr_array_index (documents, i)));
}

static void
test_job_page_export_report (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "missing", "report.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autofree char *contents = NULL;
  gint64 started;
  gsize length;

  g_assert_true (GTK_IS_MENU_BUTTON (find_tooltip (GTK_WIDGET (fixture->page), "Job Menu")));

  started = g_get_monotonic_time ();
  pursuit_job_report_export_to_file (GTK_WIDGET (fixture->page), fixture->store, fixture->job_id, file);
  spin_until_idle ();
  g_test_message ("job report: %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - started) / 1000);

  g_assert_cmpstr (adw_toast_get_title (last_toast (fixture)), ==, "Report saved");
  g_assert_cmpstr (adw_toast_get_button_label (last_toast (fixture)), ==, "_Open");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* A folder that is not there: the toast says why, no file. */
  pursuit_job_report_export_to_file (GTK_WIDGET (fixture->page), fixture->store, fixture->job_id, bad_file);
  spin_until_idle ();
  g_assert_true (g_str_has_prefix (adw_toast_get_title (last_toast (fixture)), "Could not export the report: "));
  g_assert_null (adw_toast_get_button_label (last_toast (fixture)));
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GLib reads the folders: a mail program of our own, which
   * writes down the mailto: address it was asked to open. */
  setup_fake_mail_program ();

  /* See test-window.c: no G_TEST_OPTION_ISOLATE_DIRS, no gtk_test_init(). */
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/job-page/no-display", pursuit_test_skip_without_display);
      status = g_test_run ();
      remove_tree (mail_dir);
      g_free (mail_dir);
      return status;
    }

  adw_init ();

  g_test_add ("/ui/job-page/fields", Fixture, NULL,
              fixture_setup, test_job_page_fields, fixture_teardown);
  g_test_add ("/ui/job-page/edit-title", Fixture, NULL,
              fixture_setup, test_job_page_edit_title, fixture_teardown);
  g_test_add ("/ui/job-page/invalid-salary", Fixture, NULL,
              fixture_setup, test_job_page_invalid_salary, fixture_teardown);
  g_test_add ("/ui/job-page/notes", Fixture, NULL,
              fixture_setup, test_job_page_notes, fixture_teardown);
  g_test_add ("/ui/job-page/timeline-and-withdraw", Fixture, NULL,
              fixture_setup, test_job_page_timeline_and_withdraw, fixture_teardown);
  g_test_add ("/ui/job-page/delete-undo", Fixture, NULL,
              fixture_setup, test_job_page_delete_undo, fixture_teardown);
  g_test_add ("/ui/job-page/removed-elsewhere", Fixture, NULL,
              fixture_setup, test_job_page_removed_elsewhere, fixture_teardown);
  g_test_add ("/ui/job-page/in-window", Fixture, NULL,
              fixture_setup, test_job_page_in_window, fixture_teardown);
  g_test_add ("/ui/job-page/escape-and-fold", Fixture, NULL,
              fixture_setup, test_job_page_escape_and_fold, fixture_teardown);
  g_test_add ("/ui/job-page/edit-note", Fixture, NULL,
              fixture_setup, test_job_page_edit_note, fixture_teardown);
  g_test_add ("/ui/job-page/note-tags-priority", Fixture, NULL,
              fixture_setup, test_job_page_note_tags_priority, fixture_teardown);
  g_test_add ("/ui/job-page/contacts", Fixture, NULL,
              fixture_setup, test_job_page_contacts, fixture_teardown);
  g_test_add ("/ui/job-page/documents", Fixture, NULL,
              fixture_setup, test_job_page_documents, fixture_teardown);
  g_test_add ("/ui/job-page/tags", Fixture, NULL,
              fixture_setup, test_job_page_tags, fixture_teardown);
  g_test_add ("/ui/job-page/interviews", Fixture, NULL,
              fixture_setup, test_job_page_interviews, fixture_teardown);
  g_test_add ("/ui/job-page/follow-ups", Fixture, NULL,
              fixture_setup, test_job_page_follow_ups, fixture_teardown);
  g_test_add ("/ui/job-page/ghosting", Fixture, NULL,
              fixture_setup, test_job_page_ghosting, fixture_teardown);
  g_test_add ("/ui/job-page/invitation", Fixture, NULL,
              fixture_setup, test_job_page_invitation, fixture_teardown);
  g_test_add ("/ui/job-page/screenshots", Fixture, NULL,
              fixture_setup, test_job_page_screenshots, fixture_teardown);
  g_test_add ("/ui/job-page/apply", Fixture, NULL,
              fixture_setup, test_job_page_apply, fixture_teardown);
  g_test_add ("/ui/job-page/written-documents", Fixture, NULL,
              fixture_setup, test_job_page_written_documents, fixture_teardown);
  g_test_add ("/ui/job-page/export-report", Fixture, NULL,
              fixture_setup, test_job_page_export_report, fixture_teardown);

  status = g_test_run ();

  remove_tree (mail_dir);
  g_free (mail_dir);

  return status;
}
