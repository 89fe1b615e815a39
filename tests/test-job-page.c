/* test-job-page.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <stdlib.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-job-page.h"
#include "pursuit-pipeline.h"
#include "pursuit-store.h"
#include "pursuit-window.h"
#include "pursuit-test-store.h"

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
on_add_toast_cb (PursuitJobPage *page,
                 AdwToast       *toast,
                 Fixture        *fixture)
{
  g_ptr_array_add (fixture->toasts, g_object_ref (toast));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("pursuit-test-job-page-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->store = pursuit_store_new (path, &error);
  g_assert_no_error (error);

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
  g_signal_connect (fixture->page, "add-toast", G_CALLBACK (on_add_toast_cb), fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 480, 800);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  gtk_window_present (fixture->window);

  pursuit_job_page_set_job_id (fixture->page, fixture->job_id);
  spin_until_idle ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_ptr_array_unref (fixture->toasts);
  spin_until_idle ();

  g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *)&fixture->store);
  g_object_unref (fixture->store);
  g_assert_null (fixture->store);

  remove_tree (fixture->dir);
  g_free (fixture->dir);
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
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
answer_dialog (const char *response)
{
  AdwMessageDialog *dialog;

  spin_until_idle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  spin_until_idle ();
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
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "salary,<remote>"));
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
  answer_dialog ("withdraw");

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
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  PursuitJob *restored;

  pursuit_note_set_job_id (note, fixture->job_id);
  pursuit_note_set_body (note, "Referred by Sam");
  g_assert_cmpint (pursuit_store_add_note (fixture->store, note, &error), >, 0);
  g_assert_no_error (error);

  /* Cancel keeps the job. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "job-page.delete", NULL));
  answer_dialog ("cancel");
  g_assert_nonnull (pursuit_store_get_job (fixture->store, fixture->job_id, NULL));
  g_assert_cmpuint (fixture->close_requests, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "job-page.delete", NULL));
  answer_dialog ("delete");

  g_assert_null (pursuit_store_get_job (fixture->store, fixture->job_id, NULL));
  g_assert_cmpuint (fixture->close_requests, ==, 1);
  g_assert_cmpint (pursuit_job_page_get_job_id (fixture->page), ==, 0);

  /* The toast offers Undo, which brings the job and its notes back, as new
   * rows: their ids may differ from the old ones. */
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  toast = g_ptr_array_index (fixture->toasts, 0);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  g_signal_emit_by_name (toast, "button-clicked");
  spin_until_idle ();

  jobs = pursuit_store_list_jobs (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, 1);
  restored = g_ptr_array_index (jobs, 0);
  g_assert_cmpstr (pursuit_job_get_title (restored), ==, "Backend Engineer");
  g_assert_cmpstr (pursuit_job_get_description (restored), ==, "We need <b>bold</b> & brave people.");
  g_assert_cmpint (pursuit_job_get_salary_max (restored), ==, 75000);

  notes = pursuit_store_list_notes (fixture->store, pursuit_job_get_id (restored));
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_cmpstr (pursuit_note_get_body (g_ptr_array_index (notes, 0)), ==, "Referred by Sam");
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
  gtk_window_set_default_size (GTK_WINDOW (window), width, 900);
  gtk_window_present (GTK_WINDOW (window));
  spin_until_idle ();

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
  answer_dialog ("delete");
  g_assert_false (gtk_widget_get_visible (page));
  g_assert_null (pursuit_store_get_job (fixture->store, fixture->job_id, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_no_display (void)
{
  g_test_skip ("No display: run the UI tests under xvfb-run");
}

int
main (int   argc,
      char *argv[])
{
  /* See test-window.c: no G_TEST_OPTION_ISOLATE_DIRS, no gtk_test_init(). */
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/job-page/no-display", test_no_display);
      return g_test_run ();
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

  return g_test_run ();
}
