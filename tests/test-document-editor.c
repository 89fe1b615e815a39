/* test-document-editor.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>
#include <libsoup/soup.h>

#include "pursuit-document-editor.h"
#include "pursuit-document-template.h"
#include "pursuit-store-documents.h"
#include "pursuit-store-matching.h"
#include "pursuit-test-ai.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

/* The document editor on a temporary store: a posting asking for Python,
 * PostgreSQL and Kubernetes, and a CV with Python and PostgreSQL. */

#define DESCRIPTION \
  "We build payment services for small shops.\n" \
  "\n" \
  "Requirements:\n" \
  "- 3+ years of experience as a backend developer\n" \
  "- Python\n" \
  "- PostgreSQL\n" \
  "- Kubernetes\n"

typedef struct
{
  char         *dir;
  PursuitStore *store;
  gint64        job_id;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();

  fixture->store = open_temp_store ("pursuit-test-document-editor-XXXXXX", &fixture->dir);
  fixture->job_id = add_job_with_description (fixture->store, "Backend Engineer", "Alderbank Systems", "saved",
                                              DESCRIPTION);

  pursuit_profile_set_name (profile, "Ada Example");
  pursuit_profile_set_skill (profile, "Python", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "PostgreSQL", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_years_of_experience (profile, 6);
  add_text_cv (fixture->store, "Backend CV", "Ada Example\nBackend developer: Python, PostgreSQL.", profile);
  spin_until_idle ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  pursuit_test_close_toplevels (&fixture->store, &fixture->dir);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  *(gboolean *)user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main context for @ms milliseconds (the editor's save delay). */
static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static PursuitDocument *
stored_document (Fixture *fixture,
                 gint64   id)
{
  g_autoptr(GError) error = NULL;
  PursuitDocument *document = pursuit_store_get_document (fixture->store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static PursuitDocumentEditor *
new_editor (Fixture    *fixture,
            const char *kind)
{
  GtkWidget *editor = pursuit_document_editor_new_for_job (NULL, fixture->store, fixture->job_id, kind, NULL);

  g_assert_true (PURSUIT_IS_DOCUMENT_EDITOR (editor));
  gtk_window_present (GTK_WINDOW (editor));
  spin_until_idle ();
  return PURSUIT_DOCUMENT_EDITOR (editor);
}

static void
set_buffer_text (PursuitDocumentEditor *editor,
                 const char            *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (pursuit_test_find_type (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW));

  g_assert_nonnull (view);
  /* As typing does: the buffer's changed signal. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static GtkDropDown *
template_dropdown (PursuitDocumentEditor *editor)
{
  GtkWidget *dropdown = pursuit_test_find_type (GTK_WIDGET (editor), GTK_TYPE_DROP_DOWN);

  g_assert_nonnull (dropdown);
  return GTK_DROP_DOWN (dropdown);
}

/* The labels the .ui names. */
static const char *
label_text (PursuitDocumentEditor *editor,
            const char            *name)
{
  GtkWidget *label = pursuit_test_find_named (GTK_WIDGET (editor), name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_new_cover_letter (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) templates = pursuit_document_template_list ("cover_letter", NULL);
  g_autoptr(PursuitDocument) document = NULL;
  PursuitDocumentEditor *editor;
  g_autofree char *text = NULL;
  gint64 id;

  g_assert_cmpuint (templates->len, >=, 2);

  editor = new_editor (fixture, "cover_letter");
  text = pursuit_document_editor_get_text (editor);

  /* Written from the first template for this job, with its matching skills. */
  g_assert_nonnull (strstr (text, "Alderbank Systems"));
  g_assert_nonnull (strstr (text, "Backend Engineer"));
  g_assert_nonnull (strstr (text, "Python"));
  g_assert_nonnull (strstr (text, "Ada Example"));
  g_assert_cmpuint (gtk_drop_down_get_selected (template_dropdown (editor)), ==, 0);

  /* Saved at once, as a cover letter of the job. */
  id = pursuit_document_editor_get_document_id (editor);
  g_assert_cmpint (id, >, 0);
  document = stored_document (fixture, id);
  g_assert_cmpint (pursuit_document_get_job_id (document), ==, fixture->job_id);
  g_assert_cmpstr (pursuit_document_get_kind (document), ==, "cover_letter");
  g_assert_cmpstr (pursuit_document_get_title (document), ==, "Cover Letter for Alderbank Systems");
  g_assert_cmpstr (pursuit_document_get_body (document), ==, text);
  g_assert_cmpstr (pursuit_document_get_template (document), ==,
                   pursuit_document_template_get_id (g_ptr_array_index (templates, 0)));
  g_assert_cmpint (pursuit_document_get_sent_at (document), ==, 0);
  g_assert_cmpstr (label_text (editor, "save-label"), ==, "Saved");
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_named (GTK_WIDGET (editor), "sent-label")));

  /* No AI configured: no AI Draft. */
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_button (GTK_WIDGET (editor), "_AI Draft")));

  pursuit_test_save_screenshot (GTK_WIDGET (editor), "document-editor.png");
}

static void
test_new_cv_variant (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PursuitDocument) document = NULL;
  PursuitDocumentEditor *editor = new_editor (fixture, "resume");
  g_autofree char *text = pursuit_document_editor_get_text (editor);

  g_assert_nonnull (strstr (text, "Python"));
  g_assert_nonnull (strstr (text, "PostgreSQL"));

  document = stored_document (fixture, pursuit_document_editor_get_document_id (editor));
  g_assert_cmpstr (pursuit_document_get_kind (document), ==, "resume");
  g_assert_cmpstr (pursuit_document_get_title (document), ==, "CV for Alderbank Systems");
  g_assert_cmpstr (pursuit_document_get_body (document), ==, text);
}

static void
test_edit_and_save (Fixture       *fixture,
                    gconstpointer  data)
{
  PursuitDocumentEditor *editor = new_editor (fixture, "cover_letter");
  gint64 id = pursuit_document_editor_get_document_id (editor);
  GtkWidget *title_row = pursuit_test_find_row (GTK_WIDGET (editor), "Title");
  g_autoptr(PursuitDocument) document = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  /* Saved 500 ms after the last edit, not before. */
  set_buffer_text (editor, "Dear Alderbank team,\n\nI <b>really</b> want this job.");
  g_assert_cmpstr (label_text (editor, "save-label"), ==, "Edited");
  wait_ms (100);
  document = stored_document (fixture, id);
  g_assert_cmpstr (pursuit_document_get_body (document), !=, "Dear Alderbank team,\n\nI <b>really</b> want this job.");
  g_clear_object (&document);

  wait_ms (600);
  document = stored_document (fixture, id);
  g_assert_cmpstr (pursuit_document_get_body (document), ==, "Dear Alderbank team,\n\nI <b>really</b> want this job.");
  g_assert_cmpstr (label_text (editor, "save-label"), ==, "Saved");
  g_clear_object (&document);

  /* The title too; an empty one falls back to the default. */
  g_assert_nonnull (title_row);
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Letter to Alderbank (short)");
  g_assert_true (pursuit_document_editor_save (editor, &error));
  g_assert_no_error (error);
  document = stored_document (fixture, id);
  g_assert_cmpstr (pursuit_document_get_title (document), ==, "Letter to Alderbank (short)");
  g_clear_object (&document);

  gtk_editable_set_text (GTK_EDITABLE (title_row), "   ");
  g_assert_true (pursuit_document_editor_save (editor, &error));
  g_assert_no_error (error);
  document = stored_document (fixture, id);
  g_assert_cmpstr (pursuit_document_get_title (document), ==, "Cover Letter for Alderbank Systems");
  g_clear_object (&document);

  /* Closing saves what the timer has not yet. */
  set_buffer_text (editor, "Last words.");
  gtk_window_close (GTK_WINDOW (editor));
  spin_until_idle ();
  g_assert_null (pursuit_test_find_toplevel (PURSUIT_TYPE_DOCUMENT_EDITOR));
  document = stored_document (fixture, id);
  g_assert_cmpstr (pursuit_document_get_body (document), ==, "Last words.");

  /* One document all along. */
  documents = pursuit_store_list_documents (fixture->store, fixture->job_id);
  g_assert_cmpuint (documents->len, ==, 1);
}

static void
test_template_switch (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) templates = pursuit_document_template_list ("cover_letter", NULL);
  PursuitDocumentEditor *editor = new_editor (fixture, "cover_letter");
  GtkDropDown *dropdown = template_dropdown (editor);
  const char *second_id = pursuit_document_template_get_id (g_ptr_array_index (templates, 1));
  g_autoptr(PursuitDocument) document = NULL;
  g_autofree char *first = pursuit_document_editor_get_text (editor);
  g_autofree char *second = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, templates->len);

  /* Unedited: the other template replaces the text without asking. */
  gtk_drop_down_set_selected (dropdown, 1);
  spin_until_idle ();
  g_assert_null (pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  second = pursuit_document_editor_get_text (editor);
  g_assert_cmpstr (second, !=, first);
  g_assert_nonnull (strstr (second, "Alderbank Systems"));
  wait_ms (600);
  document = stored_document (fixture, pursuit_document_editor_get_document_id (editor));
  g_assert_cmpstr (pursuit_document_get_template (document), ==, second_id);
  g_assert_cmpstr (pursuit_document_get_body (document), ==, second);
  g_clear_object (&document);

  /* Edited: it asks, and Cancel keeps the text and the template. */
  set_buffer_text (editor, "My own words.");
  gtk_drop_down_set_selected (dropdown, 0);
  pursuit_test_answer_dialog ("cancel");
  text = pursuit_document_editor_get_text (editor);
  g_assert_cmpstr (text, ==, "My own words.");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);
  g_clear_pointer (&text, g_free);

  /* Replace: the first template's text again. */
  gtk_drop_down_set_selected (dropdown, 0);
  pursuit_test_answer_dialog ("replace");
  text = pursuit_document_editor_get_text (editor);
  g_assert_cmpstr (text, ==, first);
  g_clear_pointer (&text, g_free);

  /* The public call replaces without asking. */
  set_buffer_text (editor, "Edited again.");
  pursuit_document_editor_apply_template (editor, second_id);
  text = pursuit_document_editor_get_text (editor);
  g_assert_cmpstr (text, ==, second);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 1);
}

static void
test_existing_document (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(PursuitDocument) document = pursuit_document_new ();
  g_autoptr(GError) error = NULL;
  PursuitDocumentEditor *editor;
  g_autofree char *text = NULL;
  GtkWidget *sent_label;
  gint64 id;

  pursuit_document_set_job_id (document, fixture->job_id);
  pursuit_document_set_kind (document, "cover_letter");
  pursuit_document_set_title (document, "<i>Old</i> letter");
  pursuit_document_set_body (document, "Dear team,\n\nHello {{company}} & <b>you</b>.");
  id = pursuit_store_save_document (fixture->store, document, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  editor = PURSUIT_DOCUMENT_EDITOR (pursuit_document_editor_new_for_document (NULL, fixture->store, id));
  gtk_window_present (GTK_WINDOW (editor));
  spin_until_idle ();

  /* Its text as it was, placeholders and markup literally. */
  text = pursuit_document_editor_get_text (editor);
  g_assert_cmpstr (text, ==, "Dear team,\n\nHello {{company}} & <b>you</b>.");
  g_assert_cmpint (pursuit_document_editor_get_document_id (editor), ==, id);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (editor), "Title"))), ==,
                   "<i>Old</i> letter");
  g_assert_cmpuint (gtk_drop_down_get_selected (template_dropdown (editor)), ==, GTK_INVALID_LIST_POSITION);

  /* Sent with the application meanwhile: the editor says so. */
  sent_label = pursuit_test_find_named (GTK_WIDGET (editor), "sent-label");
  g_assert_false (gtk_widget_get_visible (sent_label));
  g_assert_true (pursuit_store_record_application (fixture->store, fixture->job_id, &id, 1, 0,
                                                   g_get_real_time () / G_USEC_PER_SEC, &error));
  g_assert_no_error (error);
  spin_until_idle ();
  g_assert_true (gtk_widget_get_visible (sent_label));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (sent_label)), "Used in the application on "));

  /* An unknown document opens nothing. */
  g_assert_null (pursuit_document_editor_new_for_document (NULL, fixture->store, id + 1000));
}

static void
test_removed_elsewhere (Fixture       *fixture,
                        gconstpointer  data)
{
  PursuitDocumentEditor *editor = new_editor (fixture, "cover_letter");
  gint64 id = pursuit_document_editor_get_document_id (editor);
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;

  set_buffer_text (editor, "Unsaved words.");
  g_assert_true (pursuit_store_remove_document (fixture->store, id, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  /* The editor goes, and saves nothing back. */
  g_assert_null (pursuit_test_find_toplevel (PURSUIT_TYPE_DOCUMENT_EDITOR));
  wait_ms (600);
  documents = pursuit_store_list_documents (fixture->store, fixture->job_id);
  g_assert_cmpuint (documents->len, ==, 0);
}

static void
export_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError **error = user_data;

  if (!pursuit_document_editor_export_pdf_finish (PURSUIT_DOCUMENT_EDITOR (object), result, error))
    g_assert_nonnull (*error);
  else
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "done");
}

static GError *
export_to (PursuitDocumentEditor *editor,
           GFile                 *file)
{
  GError *error = NULL;
  guint refs_before = g_atomic_int_get (&G_OBJECT (editor)->ref_count);
  gint64 until;

  pursuit_document_editor_export_pdf_async (editor, file, NULL, export_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* The worker thread may drop its task, and with it the task's
   * reference on the editor (and so on the store), only after the
   * callback ran: wait for it, or the teardown's check that nothing
   * keeps the store alive races with it (seen under ASan). */
  until = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  while ((guint)g_atomic_int_get (&G_OBJECT (editor)->ref_count) > refs_before &&
         g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpuint (g_atomic_int_get (&G_OBJECT (editor)->ref_count), <=, refs_before);

  /* "done" stands for success. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_clear_error (&error);

  return error;
}

static void
test_export_pdf (Fixture       *fixture,
                 gconstpointer  data)
{
  PursuitDocumentEditor *editor = new_editor (fixture, "cover_letter");
  g_autofree char *path = g_build_filename (fixture->dir, "letter.pdf", NULL);
  g_autofree char *bad_path = g_build_filename (fixture->dir, "no-such-folder", "letter.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(PursuitDocument) document = NULL;
  g_autofree char *contents = NULL;
  GError *error;
  gsize length;

  /* The last edit is saved first, then set as a PDF. */
  set_buffer_text (editor, "Dear Alderbank team,\n\nPlease find my application.");
  error = export_to (editor, file);
  g_assert_no_error (error);

  document = stored_document (fixture, pursuit_document_editor_get_document_id (editor));
  g_assert_cmpstr (pursuit_document_get_body (document), ==, "Dear Alderbank team,\n\nPlease find my application.");

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* A folder that is not there: an error, and no file. */
  error = export_to (editor, bad_file);
  g_assert_nonnull (error);
  g_assert_cmpuint (error->domain, ==, G_IO_ERROR);
  g_clear_error (&error);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
}

/* The optional AI: a fake OpenAI-compatible endpoint on loopback, turned
 * on as the user would. */

#define AI_LETTER "Dear Alderbank Systems,\n\nAn AI letter with <b>tags</b> & {{company}}."

static PursuitAiProvider *
fake_provider (SoupServer *server,
               FakeAi     *ai)
{
  PursuitAiProvider *provider = pursuit_test_fake_ai_provider (server, ai);

  pursuit_ai_provider_set_enabled (provider, TRUE);
  g_assert_nonnull (pursuit_ai_provider_get_client (provider));

  return provider;
}

/* Until the AI answered and the editor stopped waiting. */
static void
wait_for_ai (PursuitDocumentEditor *editor,
             FakeAi                *ai,
             guint                  requests)
{
  GtkWidget *spinner = pursuit_test_find_type (GTK_WIDGET (editor), GTK_TYPE_SPINNER);
  gint64 until = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  g_assert_nonnull (spinner);
  while ((ai->requests < requests || gtk_widget_get_visible (spinner)) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ai->requests, ==, requests);
  g_assert_false (gtk_widget_get_visible (spinner));
}

static void
run_ai_draft (Fixture  *fixture,
              gboolean  broken)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  FakeAi ai = { .broken = broken, .answer = AI_LETTER };
  g_autoptr(PursuitAiProvider) provider = fake_provider (server, &ai);
  g_autoptr(PursuitDocument) document = NULL;
  PursuitDocumentEditor *editor;
  PursuitDocumentEditor *cv_editor;
  g_autofree char *local = NULL;
  g_autofree char *text = NULL;
  GtkWidget *ai_button;

  editor = PURSUIT_DOCUMENT_EDITOR (pursuit_document_editor_new_for_job (NULL, fixture->store, fixture->job_id,
                                                                         "cover_letter", provider));
  gtk_window_present (GTK_WINDOW (editor));
  spin_until_idle ();
  local = pursuit_document_editor_get_text (editor);
  ai_button = pursuit_test_find_button (GTK_WIDGET (editor), "_AI Draft");
  g_assert_true (gtk_widget_get_visible (ai_button));

  /* Unedited: the AI's draft replaces the template's at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.ai-draft", NULL));
  wait_for_ai (editor, &ai, 1);
  text = pursuit_document_editor_get_text (editor);
  if (broken)
    {
      /* A failure leaves the text and says so. */
      g_assert_cmpstr (text, ==, local);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (pursuit_test_find_named (GTK_WIDGET (editor), "status-label"))),
                       ==, "The AI could not be reached; your text is unchanged.");
    }
  else
    {
      /* Plain text, taken as it is. */
      g_assert_cmpstr (text, ==, AI_LETTER);
      wait_ms (600);
      document = stored_document (fixture, pursuit_document_editor_get_document_id (editor));
      g_assert_cmpstr (pursuit_document_get_body (document), ==, AI_LETTER);
      g_assert_null (pursuit_document_get_template (document));
      g_assert_cmpuint (gtk_drop_down_get_selected (template_dropdown (editor)), ==, GTK_INVALID_LIST_POSITION);
    }
  g_clear_pointer (&text, g_free);

  /* Edited: it asks first; Cancel sends nothing. */
  set_buffer_text (editor, "Mine.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.ai-draft", NULL));
  pursuit_test_answer_dialog ("cancel");
  g_assert_cmpuint (ai.requests, ==, 1);
  text = pursuit_document_editor_get_text (editor);
  g_assert_cmpstr (text, ==, "Mine.");
  g_clear_pointer (&text, g_free);

  /* Not for CV variants; and gone when the AI is turned off. */
  cv_editor = PURSUIT_DOCUMENT_EDITOR (pursuit_document_editor_new_for_job (NULL, fixture->store, fixture->job_id,
                                                                            "resume", provider));
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_button (GTK_WIDGET (cv_editor), "_AI Draft")));
  gtk_window_destroy (GTK_WINDOW (cv_editor));
  pursuit_ai_provider_set_enabled (provider, FALSE);
  spin_until_idle ();
  g_assert_false (gtk_widget_get_visible (ai_button));

  gtk_window_destroy (GTK_WINDOW (editor));
  spin_until_idle ();
}

static void
test_ai_draft (Fixture       *fixture,
               gconstpointer  data)
{
  run_ai_draft (fixture, FALSE);
}

static void
test_ai_draft_fails (Fixture       *fixture,
                     gconstpointer  data)
{
  run_ai_draft (fixture, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/document-editor/no-display"))
    return g_test_run ();

  g_test_add ("/ui/document-editor/new-cover-letter", Fixture, NULL,
              fixture_setup, test_new_cover_letter, fixture_teardown);
  g_test_add ("/ui/document-editor/new-cv-variant", Fixture, NULL,
              fixture_setup, test_new_cv_variant, fixture_teardown);
  g_test_add ("/ui/document-editor/edit-and-save", Fixture, NULL,
              fixture_setup, test_edit_and_save, fixture_teardown);
  g_test_add ("/ui/document-editor/template-switch", Fixture, NULL,
              fixture_setup, test_template_switch, fixture_teardown);
  g_test_add ("/ui/document-editor/existing-document", Fixture, NULL,
              fixture_setup, test_existing_document, fixture_teardown);
  g_test_add ("/ui/document-editor/removed-elsewhere", Fixture, NULL,
              fixture_setup, test_removed_elsewhere, fixture_teardown);
  g_test_add ("/ui/document-editor/export-pdf", Fixture, NULL,
              fixture_setup, test_export_pdf, fixture_teardown);
  g_test_add ("/ui/document-editor/ai-draft", Fixture, NULL,
              fixture_setup, test_ai_draft, fixture_teardown);
  g_test_add ("/ui/document-editor/ai-draft-fails", Fixture, NULL,
              fixture_setup, test_ai_draft_fails, fixture_teardown);

  return g_test_run ();
}
