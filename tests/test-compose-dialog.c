/* test-compose-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-compose-dialog.h"
#include "pursuit-job-follow-ups-section.h"
#include "pursuit-job-page.h"
#include "pursuit-mail-parser.h"
#include "pursuit-pipeline.h"
#include "pursuit-store-mail.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

#define THREAD_ID  "18c0ffee00000001"
#define MESSAGE_ID "<cafe.1234@acme.example>"

typedef struct
{
  char                 *dir;
  PursuitStore         *store;
  gint64                job_id;
  gint64                account_id;
  gint64                follow_up_id;
  PursuitComposeDialog *dialog;
  GtkWidget            *weak_dialog;
  gint64                queued_id;
  gboolean              queued_draft;
  guint                 n_queued;
} Fixture;

/* A rejection-free note from Acme's recruiter, in a thread Gmail knows. */
static void
add_thread (Fixture *fixture)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_object_unref);
  PursuitMailMessage *message = pursuit_mail_message_new ();
  g_autoptr(GError) error = NULL;

  pursuit_mail_message_set_account_id (message, fixture->account_id);
  pursuit_mail_message_set_gmail_id (message, "18c0ffee00000002");
  pursuit_mail_message_set_thread_id (message, THREAD_ID);
  pursuit_mail_message_set_message_id (message, MESSAGE_ID);
  pursuit_mail_message_set_from_name (message, "Acme Talent Team");
  pursuit_mail_message_set_from_address (message, "talent@acme.example");
  pursuit_mail_message_set_to (message, "ann@gmail.example");
  pursuit_mail_message_set_subject (message, "Your application to Acme");
  pursuit_mail_message_set_snippet (message, "Thank you for applying");
  pursuit_mail_message_set_received_at (message, g_get_real_time () / G_USEC_PER_SEC - 3600);
  pursuit_mail_message_set_category (message, PURSUIT_MAIL_CONFIRMATION);
  pursuit_mail_message_set_confidence (message, 0.9);
  pursuit_mail_message_set_job_id (message, fixture->job_id);
  g_ptr_array_add (messages, message);

  g_assert_true (pursuit_store_save_mail (fixture->store, fixture->account_id, messages, NULL, &error));
  g_assert_no_error (error);
}

static void
on_queued_cb (PursuitComposeDialog *dialog,
              gint64                outbox_id,
              gboolean              draft,
              Fixture              *fixture)
{
  fixture->queued_id = outbox_id;
  fixture->queued_draft = draft;
  fixture->n_queued++;
}

static void
open_dialog (Fixture *fixture)
{
  fixture->dialog = PURSUIT_COMPOSE_DIALOG (pursuit_compose_dialog_new (fixture->store, fixture->job_id,
                                                                       fixture->follow_up_id));
  g_signal_connect (fixture->dialog, "queued", G_CALLBACK (on_queued_cb), fixture);
  fixture->weak_dialog = GTK_WIDGET (fixture->dialog);
  g_object_add_weak_pointer (G_OBJECT (fixture->dialog), (gpointer *) &fixture->weak_dialog);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  spin_until_idle ();
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  pursuit_mail_init ();

  fixture->store = open_temp_store ("pursuit-test-compose-XXXXXX", &fixture->dir);

  fixture->job_id = add_job (fixture->store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  fixture->follow_up_id = add_follow_up_due (fixture->store, fixture->job_id,
                                             g_get_real_time () / G_USEC_PER_SEC);
  fixture->account_id = add_google_account (fixture->store, "ann@gmail.example", "primary",
                                             "https://www.googleapis.com/auth/calendar.events " TEST_GMAIL_SCOPES);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  if (fixture->weak_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->weak_dialog));
  spin_until_idle ();
  g_assert_null (fixture->weak_dialog);

  close_temp_store (&fixture->store, &fixture->dir);
}

static const char *
row_text (Fixture    *fixture,
          const char *title)
{
  GtkWidget *row = pursuit_test_find_row (GTK_WIDGET (fixture->dialog), title);

  g_assert_nonnull (row);
  g_assert_true (GTK_IS_EDITABLE (row));
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
set_row_text (Fixture    *fixture,
              const char *title,
              const char *text)
{
  GtkWidget *row = pursuit_test_find_row (GTK_WIDGET (fixture->dialog), title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static GtkTextView *
find_text_view (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkTextView *found;

      if (GTK_IS_TEXT_VIEW (child))
        return GTK_TEXT_VIEW (child);
      if ((found = find_text_view (child)) != NULL)
        return found;
    }

  return NULL;
}

static char *
body_text (Fixture *fixture)
{
  GtkTextView *view = find_text_view (GTK_WIDGET (fixture->dialog));
  GtkTextIter start, end;

  g_assert_nonnull (view);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

static guint
count_outbox (Fixture *fixture)
{
  g_autoptr(GPtrArray) items = pursuit_store_list_outbox (fixture->store, fixture->account_id, NULL);

  return items != NULL ? items->len : 0;
}

/* The template's message fills the fields in; a job with no thread gets
 * no reply line. */
static void
test_compose_prefill (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *body = NULL;

  open_dialog (fixture);
  pursuit_compose_dialog_set_message (fixture->dialog, "hr@acme.example", "Following up on my application",
                                      "Dear Acme team,\n\nI wanted to follow up.\n\nAnn");

  g_assert_cmpstr (row_text (fixture, "To"), ==, "hr@acme.example");
  g_assert_cmpstr (row_text (fixture, "Subject"), ==, "Following up on my application");
  body = body_text (fixture);
  g_assert_cmpstr (body, ==, "Dear Acme team,\n\nI wanted to follow up.\n\nAnn");

  g_assert_null (pursuit_compose_dialog_get_reply_target (fixture->dialog));
  g_assert_null (pursuit_compose_dialog_get_reply_text (fixture->dialog));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->dialog)), ==, "New Message");
  g_assert_cmpint (pursuit_compose_dialog_get_account_id (fixture->dialog), ==, fixture->account_id);
  g_assert_null (pursuit_compose_dialog_get_error (fixture->dialog, "to"));
  g_assert_true (pursuit_compose_dialog_can_send (fixture->store));
}

/* A known thread: the dialog answers it, "Re:" subject and all, and Send
 * queues a gmail.send item that carries the thread. */
static void
test_compose_reply_send (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(PursuitMailMessage) parsed = NULL;
  g_autoptr(GBytes) raw = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *thread_id = NULL;
  gint64 job_id = 0, follow_up_id = 0;

  add_thread (fixture);
  open_dialog (fixture);
  /* No contact with an address: the template has no To. */
  pursuit_compose_dialog_set_message (fixture->dialog, NULL, "Following up on my application",
                                      "Dear Acme team,\n\nAny news about the role?\n\nAnn");

  g_assert_nonnull (pursuit_compose_dialog_get_reply_target (fixture->dialog));
  g_assert_cmpstr (pursuit_compose_dialog_get_reply_text (fixture->dialog), ==,
                   "Reply in the thread “Your application to Acme”");
  g_assert_cmpstr (row_text (fixture, "Subject"), ==, "Re: Your application to Acme");
  g_assert_cmpstr (row_text (fixture, "To"), ==, "talent@acme.example");

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->dialog), "compose-dialog-reply.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "compose.send", NULL));
  spin_until_idle ();

  g_assert_cmpuint (fixture->n_queued, ==, 1);
  g_assert_false (fixture->queued_draft);
  g_assert_null (fixture->weak_dialog);

  item = get_only_outbox_item (fixture->store, fixture->account_id);
  g_assert_cmpint (pursuit_outbox_item_get_id (item), ==, fixture->queued_id);
  g_assert_cmpstr (pursuit_outbox_item_get_kind (item), ==, PURSUIT_OUTBOX_GMAIL_SEND);

  g_assert_true (pursuit_store_parse_mail_payload (pursuit_outbox_item_get_payload (item), &raw,
                                                   &message_id, &thread_id, &job_id, &follow_up_id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (thread_id, ==, THREAD_ID);
  g_assert_cmpint (job_id, ==, fixture->job_id);
  g_assert_cmpint (follow_up_id, ==, fixture->follow_up_id);
  g_assert_nonnull (message_id);

  parsed = pursuit_mail_parse (raw, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_mail_message_get_subject (parsed), ==, "Re: Your application to Acme");
  g_assert_nonnull (strstr (pursuit_mail_message_get_in_reply_to (parsed), "cafe.1234@acme.example"));
  g_assert_nonnull (strstr (pursuit_mail_message_get_references (parsed), "cafe.1234@acme.example"));
  g_assert_cmpstr (pursuit_mail_message_get_from_address (parsed), ==, "ann@gmail.example");
  g_assert_nonnull (strstr (pursuit_mail_message_get_body_text (parsed), "Any news about the role?"));
}

/* New Thread drops the reply: the template's subject comes back and the
 * draft goes out on its own. */
static void
test_compose_new_thread_draft (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(PursuitOutboxItem) item = NULL;
  g_autoptr(GBytes) raw = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message_id = NULL;
  g_autofree char *thread_id = NULL;
  gint64 job_id = 0, follow_up_id = 0;

  add_thread (fixture);
  open_dialog (fixture);
  pursuit_compose_dialog_set_message (fixture->dialog, "hr@acme.example", "Following up",
                                      "Hello again");
  g_assert_nonnull (pursuit_compose_dialog_get_reply_text (fixture->dialog));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->dialog)), ==, "Reply");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "compose.new-thread", NULL));
  g_assert_null (pursuit_compose_dialog_get_reply_target (fixture->dialog));
  g_assert_null (pursuit_compose_dialog_get_reply_text (fixture->dialog));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->dialog)), ==, "New Message");
  g_assert_cmpstr (row_text (fixture, "Subject"), ==, "Following up");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "compose.save-draft", NULL));
  spin_until_idle ();
  g_assert_cmpuint (fixture->n_queued, ==, 1);
  g_assert_true (fixture->queued_draft);

  item = get_only_outbox_item (fixture->store, fixture->account_id);
  g_assert_cmpstr (pursuit_outbox_item_get_kind (item), ==, PURSUIT_OUTBOX_GMAIL_DRAFT);
  g_assert_true (pursuit_store_parse_mail_payload (pursuit_outbox_item_get_payload (item), &raw,
                                                   &message_id, &thread_id, &job_id, &follow_up_id, &error));
  g_assert_no_error (error);
  g_assert_null (thread_id);
}

/* Mistakes show under their field, nothing is queued, and the dialog
 * stays open; typing clears the error. */
static void
test_compose_inline_errors (Fixture       *fixture,
                            gconstpointer  data)
{
  open_dialog (fixture);
  pursuit_compose_dialog_set_message (fixture->dialog, "", "", "Hello");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "compose.send", NULL));
  spin_until_idle ();
  g_assert_nonnull (fixture->weak_dialog);
  g_assert_cmpuint (fixture->n_queued, ==, 0);
  g_assert_cmpuint (count_outbox (fixture), ==, 0);
  g_assert_cmpstr (pursuit_compose_dialog_get_error (fixture->dialog, "to"), ==, "Enter the address to write to");
  g_assert_cmpstr (pursuit_compose_dialog_get_error (fixture->dialog, "subject"), ==, "Enter a subject");
  g_assert_null (pursuit_compose_dialog_get_error (fixture->dialog, "body"));
  g_assert_true (gtk_widget_has_css_class (pursuit_test_find_row (GTK_WIDGET (fixture->dialog), "To"), "error"));

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->dialog), "compose-dialog-errors.png");

  set_row_text (fixture, "To", "not an address");
  g_assert_null (pursuit_compose_dialog_get_error (fixture->dialog, "to"));
  set_row_text (fixture, "Subject", "Following up");
  g_assert_null (pursuit_compose_dialog_get_error (fixture->dialog, "subject"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "compose.send", NULL));
  spin_until_idle ();
  g_assert_cmpstr (pursuit_compose_dialog_get_error (fixture->dialog, "to"), ==,
                   "“not an address” is not an email address");
  g_assert_cmpuint (count_outbox (fixture), ==, 0);

  /* Markup typed in is text, never a Pango error. */
  set_row_text (fixture, "To", "<b>ann</b>@");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "compose.send", NULL));
  g_assert_nonnull (pursuit_compose_dialog_get_error (fixture->dialog, "to"));
  g_assert_nonnull (strstr (pursuit_compose_dialog_get_error (fixture->dialog, "to"), "<b>ann</b>@"));

  set_row_text (fixture, "To", "Ann Example <hr@acme.example>, team@acme.example");
  pursuit_compose_dialog_set_message (fixture->dialog, NULL, NULL, "   \n ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "compose.send", NULL));
  g_assert_null (pursuit_compose_dialog_get_error (fixture->dialog, "to"));
  g_assert_cmpstr (pursuit_compose_dialog_get_error (fixture->dialog, "body"), ==, "Write a message");
  g_assert_cmpuint (count_outbox (fixture), ==, 0);

  pursuit_compose_dialog_set_message (fixture->dialog, NULL, NULL, "Hello, any news?");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "compose.send", NULL));
  spin_until_idle ();
  g_assert_cmpuint (fixture->n_queued, ==, 1);
  g_assert_cmpuint (count_outbox (fixture), ==, 1);
}

/* Without Gmail the dialog cannot send and says why. */
static void
test_compose_no_account (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pursuit_store_set_account_mail_enabled (fixture->store, fixture->account_id, FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (pursuit_compose_dialog_can_send (fixture->store));

  open_dialog (fixture);
  pursuit_compose_dialog_set_message (fixture->dialog, "hr@acme.example", "Hello", "Hello");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "compose.send", NULL));
  g_assert_nonnull (pursuit_compose_dialog_get_error (fixture->dialog, "general"));
  g_assert_cmpuint (fixture->n_queued, ==, 0);
}

/* From the job page: Compose on a follow-up opens the dialog (Gmail is
 * on) filled from its template; once Gmail took the message the timeline
 * says so, with a link to it. */
static void
test_compose_from_job_page (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  PursuitJobPage *page = PURSUIT_JOB_PAGE (pursuit_job_page_new (fixture->store));
  GtkWidget *section, *row, *link;
  const char *url = "https://mail.google.com/mail/u/?authuser=ann%40gmail.example#all/" THREAD_ID;

  gtk_window_set_default_size (window, 480, 900);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  pursuit_job_page_set_job_id (page, fixture->job_id);
  spin_until_idle ();

  section = pursuit_test_find_type (GTK_WIDGET (page), PURSUIT_TYPE_JOB_FOLLOW_UPS_SECTION);
  g_assert_nonnull (section);
  g_assert_true (gtk_widget_activate_action (section, "follow-ups.compose", "x", fixture->follow_up_id));
  spin_until_idle ();

  fixture->dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_COMPOSE_DIALOG);
  g_assert_nonnull (fixture->dialog);
  g_signal_connect (fixture->dialog, "queued", G_CALLBACK (on_queued_cb), fixture);
  fixture->weak_dialog = GTK_WIDGET (fixture->dialog);
  g_object_add_weak_pointer (G_OBJECT (fixture->dialog), (gpointer *) &fixture->weak_dialog);
  /* The template's subject and a body that names the company. */
  g_assert_cmpstr (row_text (fixture, "Subject"), !=, "");
  {
    g_autofree char *body = body_text (fixture);
    g_assert_nonnull (strstr (body, "Acme"));
  }

  set_row_text (fixture, "To", "hr@acme.example");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->dialog), "compose.send", NULL));
  spin_until_idle ();
  g_assert_cmpuint (fixture->n_queued, ==, 1);

  g_assert_true (pursuit_store_complete_mail (fixture->store, fixture->queued_id, "18c0ffee000000aa",
                                              THREAD_ID, NULL, url, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  row = pursuit_test_find_row (GTK_WIDGET (page), "Email sent");
  g_assert_nonnull (row);
  link = pursuit_test_find_type (row, GTK_TYPE_LINK_BUTTON);
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), ==, url);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (link)), ==, "Open in Gmail");

  gtk_window_destroy (window);
  spin_until_idle ();
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/compose-dialog/no-display"))
    return g_test_run ();

  g_test_add ("/ui/compose-dialog/prefill", Fixture, NULL,
              fixture_setup, test_compose_prefill, fixture_teardown);
  g_test_add ("/ui/compose-dialog/reply-send", Fixture, NULL,
              fixture_setup, test_compose_reply_send, fixture_teardown);
  g_test_add ("/ui/compose-dialog/new-thread-draft", Fixture, NULL,
              fixture_setup, test_compose_new_thread_draft, fixture_teardown);
  g_test_add ("/ui/compose-dialog/inline-errors", Fixture, NULL,
              fixture_setup, test_compose_inline_errors, fixture_teardown);
  g_test_add ("/ui/compose-dialog/no-account", Fixture, NULL,
              fixture_setup, test_compose_no_account, fixture_teardown);
  g_test_add ("/ui/compose-dialog/from-job-page", Fixture, NULL,
              fixture_setup, test_compose_from_job_page, fixture_teardown);

  return g_test_run ();
}
