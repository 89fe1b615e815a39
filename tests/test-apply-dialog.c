/* test-apply-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "pursuit-apply-dialog.h"
#include "pursuit-automation.h"
#include "pursuit-pipeline.h"
#include "pursuit-store-documents.h"
#include "pursuit-store-matching.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

/* "Did you send your application?" on a temporary store with the
 * automation running, so that Sent plans the follow-ups as a move does.
 * The job has three documents: a cover letter written in the app, an
 * older one as a file, and a portfolio link; and there is an active CV. */

typedef struct
{
  char              *dir;
  PursuitStore      *store;
  PursuitAutomation *automation;
  GPtrArray         *toasts;
  gint64             job_id;
  gint64             letter_id;
  gint64             old_letter_id;
  gint64             portfolio_id;
  gint64             cv_id;
} Fixture;

static gint64
save_document (Fixture    *fixture,
               const char *kind,
               const char *title,
               const char *body,
               const char *path,
               gint64      created_at)
{
  g_autoptr(PursuitDocument) document = pursuit_document_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_document_set_job_id (document, fixture->job_id);
  pursuit_document_set_kind (document, kind);
  pursuit_document_set_title (document, title);
  pursuit_document_set_body (document, body);
  pursuit_document_set_path (document, path);
  id = pursuit_store_save_document (fixture->store, document, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  /* Which one is newest must not depend on the clock's resolution. */
  if (created_at > 0)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE documents SET created_at = %" G_GINT64_FORMAT
                                              " WHERE id = %" G_GINT64_FORMAT, created_at, id);
      exec_store_sql (fixture->store, sql);
    }

  return id;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  fixture->store = open_temp_store ("pursuit-test-apply-dialog-XXXXXX", &fixture->dir);
  fixture->automation = pursuit_automation_new (fixture->store);
  fixture->toasts = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->job_id = add_job_with_urls (fixture->store, "Backend Engineer", "Alderbank Systems", "saved",
                                       "https://jobs.example.com/backend", "https://jobs.example.com/backend/apply");

  fixture->old_letter_id = save_document (fixture, "cover_letter", "Old letter", NULL, "/home/ada/letter.pdf",
                                          now - 3 * 86400);
  fixture->letter_id = save_document (fixture, "cover_letter", "<b>Cover Letter</b> for Alderbank",
                                      "Dear Alderbank team,\n\nHello.", NULL, now - 86400);
  fixture->portfolio_id = save_document (fixture, "portfolio", "Portfolio", NULL, "https://ada.example/work",
                                         now - 2 * 86400);

  pursuit_profile_set_name (profile, "Ada Example");
  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  fixture->cv_id = add_text_cv (fixture->store, "Backend CV", "Ada Example\nPython.", profile);
  spin_until_idle ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  pursuit_test_destroy_toplevels ();
  g_clear_object (&fixture->automation);
  pursuit_test_close_view (NULL, fixture->toasts, &fixture->store, &fixture->dir);
}

static PursuitApplyDialog *
open_dialog (Fixture *fixture)
{
  GtkWidget *dialog = pursuit_apply_dialog_new (NULL, fixture->store, fixture->job_id);

  g_signal_connect (dialog, "add-toast", G_CALLBACK (pursuit_test_collect_toast), fixture->toasts);
  gtk_window_present (GTK_WINDOW (dialog));
  spin_until_idle ();
  return PURSUIT_APPLY_DIALOG (dialog);
}

static GtkCheckButton *
check_of_row (PursuitApplyDialog *dialog,
              const char         *title)
{
  GtkWidget *row = pursuit_test_find_row (GTK_WIDGET (dialog), title);
  GtkWidget *check;

  g_assert_nonnull (row);
  check = pursuit_test_find_type (row, GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  return GTK_CHECK_BUTTON (check);
}

static const char *
job_stage (Fixture *fixture)
{
  g_autoptr(PursuitJob) job = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  static char stage[64];

  g_assert_nonnull (job);
  g_strlcpy (stage, pursuit_job_get_stage (job), sizeof stage);
  return stage;
}

static gint64
sent_at (Fixture *fixture,
         gint64   document_id)
{
  g_autoptr(PursuitDocument) document = pursuit_store_get_document (fixture->store, document_id, NULL);

  g_assert_nonnull (document);
  return pursuit_document_get_sent_at (document);
}

static guint
count_resumes (Fixture *fixture)
{
  g_autoptr(GPtrArray) documents = pursuit_store_list_documents (fixture->store, fixture->job_id);
  guint n = 0;

  for (guint i = 0; i < documents->len; i++)
    if (g_strcmp0 (pursuit_document_get_kind (g_ptr_array_index (documents, i)), "resume") == 0)
      n++;

  return n;
}

static void
test_rows (Fixture       *fixture,
           gconstpointer  data)
{
  PursuitApplyDialog *dialog = open_dialog (fixture);
  g_autoptr(GArray) checked = NULL;
  GtkWidget *row;

  /* A row per document and one for the CV; titles are plain text. */
  row = pursuit_test_find_row (GTK_WIDGET (dialog), "<b>Cover Letter</b> for Alderbank");
  g_assert_nonnull (row);
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Cover Letter");
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (dialog), "Old letter"));
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (dialog), "Portfolio"));
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (dialog), "CV: Backend CV"));

  /* The newest cover letter and the CV are checked. */
  g_assert_true (gtk_check_button_get_active (check_of_row (dialog, "<b>Cover Letter</b> for Alderbank")));
  g_assert_false (gtk_check_button_get_active (check_of_row (dialog, "Old letter")));
  g_assert_false (gtk_check_button_get_active (check_of_row (dialog, "Portfolio")));
  g_assert_true (gtk_check_button_get_active (check_of_row (dialog, "CV: Backend CV")));

  checked = pursuit_apply_dialog_get_checked_documents (dialog);
  g_assert_cmpuint (checked->len, ==, 1);
  g_assert_cmpint (g_array_index (checked, gint64, 0), ==, fixture->letter_id);
  g_assert_cmpint (pursuit_apply_dialog_get_checked_cv (dialog), ==, fixture->cv_id);
  g_clear_pointer (&checked, g_array_unref);

  /* Checking a row adds it; the CV can be left out. */
  gtk_check_button_set_active (check_of_row (dialog, "Portfolio"), TRUE);
  gtk_check_button_set_active (check_of_row (dialog, "CV: Backend CV"), FALSE);
  checked = pursuit_apply_dialog_get_checked_documents (dialog);
  g_assert_cmpuint (checked->len, ==, 2);
  g_assert_cmpint (pursuit_apply_dialog_get_checked_cv (dialog), ==, 0);
  gtk_check_button_set_active (check_of_row (dialog, "Portfolio"), FALSE);
  gtk_check_button_set_active (check_of_row (dialog, "CV: Backend CV"), TRUE);

  pursuit_test_save_screenshot (GTK_WIDGET (dialog), "apply-dialog.png");
}

static void
test_sent (Fixture       *fixture,
           gconstpointer  data)
{
  PursuitApplyDialog *dialog = open_dialog (fixture);
  g_autoptr(PursuitJob) job = NULL;
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  AdwToast *toast;

  g_assert_cmpuint (count_resumes (fixture), ==, 0);
  follow_ups = pursuit_store_list_follow_ups (fixture->store, fixture->job_id);
  g_assert_cmpuint (follow_ups->len, ==, 0);
  g_clear_pointer (&follow_ups, g_ptr_array_unref);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "apply.sent", NULL));
  spin_until_idle ();

  /* The dialog is gone; the job is Applied with today's date. */
  g_assert_null (pursuit_test_find_toplevel (PURSUIT_TYPE_APPLY_DIALOG));
  g_assert_cmpstr (job_stage (fixture), ==, PURSUIT_STAGE_APPLIED);
  job = pursuit_store_get_job (fixture->store, fixture->job_id, NULL);
  g_assert_nonnull (pursuit_job_get_applied_date (job));

  /* What went out is recorded: the letter and the CV, not the others. */
  g_assert_cmpint (sent_at (fixture, fixture->letter_id), >, 0);
  g_assert_cmpint (sent_at (fixture, fixture->old_letter_id), ==, 0);
  g_assert_cmpint (sent_at (fixture, fixture->portfolio_id), ==, 0);
  g_assert_cmpuint (count_resumes (fixture), ==, 1);
  sent = pursuit_store_list_sent_documents (fixture->store, NULL);
  g_assert_cmpuint (sent->len, ==, 2);

  /* The automation planned the follow-ups, as for any move to Applied. */
  follow_ups = pursuit_store_list_follow_ups (fixture->store, fixture->job_id);
  g_assert_cmpuint (follow_ups->len, >, 0);

  /* The toast says so and undoes the move. */
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  toast = g_ptr_array_index (fixture->toasts, 0);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Moved to Applied");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");
  g_signal_emit_by_name (toast, "button-clicked");
  spin_until_idle ();
  g_assert_cmpstr (job_stage (fixture), ==, PURSUIT_STAGE_SAVED);
}

static void
test_not_yet (Fixture       *fixture,
              gconstpointer  data)
{
  PursuitApplyDialog *dialog = open_dialog (fixture);
  g_autoptr(GPtrArray) follow_ups = NULL;
  g_autoptr(GPtrArray) sent = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "apply.not-yet", NULL));
  spin_until_idle ();

  /* Nothing changed. */
  g_assert_null (pursuit_test_find_toplevel (PURSUIT_TYPE_APPLY_DIALOG));
  g_assert_cmpstr (job_stage (fixture), ==, PURSUIT_STAGE_SAVED);
  g_assert_cmpint (sent_at (fixture, fixture->letter_id), ==, 0);
  g_assert_cmpuint (count_resumes (fixture), ==, 0);
  sent = pursuit_store_list_sent_documents (fixture->store, NULL);
  g_assert_cmpuint (sent->len, ==, 0);
  follow_ups = pursuit_store_list_follow_ups (fixture->store, fixture->job_id);
  g_assert_cmpuint (follow_ups->len, ==, 0);
  g_assert_cmpuint (fixture->toasts->len, ==, 0);
}

static void
test_nothing_checked (Fixture       *fixture,
                      gconstpointer  data)
{
  PursuitApplyDialog *dialog = open_dialog (fixture);
  g_autoptr(GError) error = NULL;

  gtk_check_button_set_active (check_of_row (dialog, "<b>Cover Letter</b> for Alderbank"), FALSE);
  gtk_check_button_set_active (check_of_row (dialog, "CV: Backend CV"), FALSE);

  /* Sent without documents: the job still moves, nothing is marked. */
  g_assert_true (pursuit_apply_dialog_confirm (dialog, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (job_stage (fixture), ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpint (sent_at (fixture, fixture->letter_id), ==, 0);
  g_assert_cmpuint (count_resumes (fixture), ==, 0);
}

static void
test_already_applied (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PursuitApplyDialog *dialog;

  g_assert_true (pursuit_store_move_job (fixture->store, fixture->job_id, PURSUIT_STAGE_APPLIED, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_move_job (fixture->store, fixture->job_id, PURSUIT_STAGE_SCREENING, NULL, &error));
  g_assert_no_error (error);
  dialog = open_dialog (fixture);

  /* The documents are recorded; the job stays where it is. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "apply.sent", NULL));
  spin_until_idle ();
  g_assert_cmpstr (job_stage (fixture), ==, PURSUIT_STAGE_SCREENING);
  g_assert_cmpint (sent_at (fixture, fixture->letter_id), >, 0);
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  g_assert_cmpstr (adw_toast_get_title (g_ptr_array_index (fixture->toasts, 0)), ==, "Application recorded");
  g_assert_null (adw_toast_get_button_label (g_ptr_array_index (fixture->toasts, 0)));
}

static void
test_no_documents (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GArray) checked = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  gint64 job_id;

  /* A job without documents: only the CV row. */
  job_id = add_job (fixture->store, "Data Engineer", "Beta GmbH", "saved");
  dialog = pursuit_apply_dialog_new (NULL, fixture->store, job_id);
  gtk_window_present (GTK_WINDOW (dialog));
  spin_until_idle ();

  g_assert_nonnull (pursuit_test_find_row (dialog, "CV: Backend CV"));
  g_assert_null (pursuit_test_find_row (dialog, "Old letter"));
  checked = pursuit_apply_dialog_get_checked_documents (PURSUIT_APPLY_DIALOG (dialog));
  g_assert_cmpuint (checked->len, ==, 0);

  /* A job removed meanwhile: an error, nothing written. */
  g_assert_true (pursuit_store_remove_job (fixture->store, job_id, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_apply_dialog_confirm (PURSUIT_APPLY_DIALOG (dialog), &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_named (dialog, "error-label")));
  g_assert_true (gtk_widget_activate_action (dialog, "apply.sent", NULL));
  spin_until_idle ();
  g_assert_true (gtk_widget_get_visible (pursuit_test_find_named (dialog, "error-label")));
  g_assert_nonnull (pursuit_test_find_toplevel (PURSUIT_TYPE_APPLY_DIALOG));
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/apply-dialog/no-display"))
    return g_test_run ();

  g_test_add ("/ui/apply-dialog/rows", Fixture, NULL, fixture_setup, test_rows, fixture_teardown);
  g_test_add ("/ui/apply-dialog/sent", Fixture, NULL, fixture_setup, test_sent, fixture_teardown);
  g_test_add ("/ui/apply-dialog/not-yet", Fixture, NULL, fixture_setup, test_not_yet, fixture_teardown);
  g_test_add ("/ui/apply-dialog/nothing-checked", Fixture, NULL, fixture_setup, test_nothing_checked,
              fixture_teardown);
  g_test_add ("/ui/apply-dialog/already-applied", Fixture, NULL, fixture_setup, test_already_applied,
              fixture_teardown);
  g_test_add ("/ui/apply-dialog/no-documents", Fixture, NULL, fixture_setup, test_no_documents, fixture_teardown);

  return g_test_run ();
}
