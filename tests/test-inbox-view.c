/* test-inbox-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-inbox-view.h"
#include "pursuit-mail-parser.h"
#include "pursuit-pipeline.h"
#include "pursuit-store-mail.h"
#include "pursuit-suggestion-row.h"
#include "pursuit-window.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

#define MARKUP_SUBJECT "Update on your <b>application</b> & next steps"

typedef struct
{
  char             *dir;
  PursuitStore     *store;
  gint64            acme_id;
  gint64            globex_id;
  gint64            account_id;
  gint64            rejection_id;
  gint64            interview_id;
  GtkWindow        *window;
  PursuitInboxView *view;
  GPtrArray        *toasts;
} Fixture;

static PursuitMailMessage *
make_message (Fixture    *fixture,
              const char *gmail_id,
              const char *from_name,
              const char *from_address,
              const char *subject,
              gint64      job_id,
              PursuitMailCategory category)
{
  PursuitMailMessage *message = pursuit_mail_message_new ();
  g_autofree char *message_id = g_strdup_printf ("<%s@mail.example>", gmail_id);

  pursuit_mail_message_set_account_id (message, fixture->account_id);
  pursuit_mail_message_set_gmail_id (message, gmail_id);
  pursuit_mail_message_set_thread_id (message, gmail_id);
  pursuit_mail_message_set_message_id (message, message_id);
  pursuit_mail_message_set_from_name (message, from_name);
  pursuit_mail_message_set_from_address (message, from_address);
  pursuit_mail_message_set_subject (message, subject);
  pursuit_mail_message_set_snippet (message, "Thank you for your interest");
  pursuit_mail_message_set_received_at (message, g_get_real_time () / G_USEC_PER_SEC - 2 * 3600);
  pursuit_mail_message_set_category (message, category);
  pursuit_mail_message_set_confidence (message, 0.93);
  pursuit_mail_message_set_job_id (message, job_id);

  return message;
}

static PursuitMailSuggestion *
make_suggestion (gint64                  job_id,
                 PursuitMailCategory     category,
                 PursuitSuggestionAction action,
                 const char             *target_stage,
                 double                  confidence)
{
  PursuitMailSuggestion *suggestion = pursuit_mail_suggestion_new ();

  pursuit_mail_suggestion_set_job_id (suggestion, job_id);
  pursuit_mail_suggestion_set_category (suggestion, category);
  pursuit_mail_suggestion_set_action (suggestion, action);
  pursuit_mail_suggestion_set_target_stage (suggestion, target_stage);
  pursuit_mail_suggestion_set_confidence (suggestion, confidence);
  pursuit_mail_suggestion_set_state (suggestion, PURSUIT_SUGGESTION_PENDING);

  return suggestion;
}

/* Acme rejects (move to Rejected, 93%), Globex invites (an interview
 * tomorrow at 14:00, 88%). */
static void
add_suggestions (Fixture *fixture)
{
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) at = g_date_time_new_local (g_date_time_get_year (tomorrow),
                                                   g_date_time_get_month (tomorrow),
                                                   g_date_time_get_day_of_month (tomorrow), 14, 0, 0);
  PursuitMailSuggestion *interview;

  g_ptr_array_add (messages, make_message (fixture, "18aa00000000001", "Acme Talent Team",
                                           "no-reply@greenhouse.example", MARKUP_SUBJECT,
                                           fixture->acme_id, PURSUIT_MAIL_REJECTION));
  g_ptr_array_add (suggestions, make_suggestion (fixture->acme_id, PURSUIT_MAIL_REJECTION,
                                                 PURSUIT_SUGGESTION_MOVE_STAGE, PURSUIT_STAGE_REJECTED, 0.93));

  g_ptr_array_add (messages, make_message (fixture, "18aa00000000002", "Gina at Globex",
                                           "gina@globex.example", "Interview invitation: Platform Engineer",
                                           fixture->globex_id, PURSUIT_MAIL_INTERVIEW));
  interview = make_suggestion (fixture->globex_id, PURSUIT_MAIL_INTERVIEW,
                               PURSUIT_SUGGESTION_SCHEDULE_INTERVIEW, NULL, 0.88);
  pursuit_mail_suggestion_set_interview_starts_at (interview, g_date_time_to_unix (at));
  pursuit_mail_suggestion_set_interview_minutes (interview, 45);
  pursuit_mail_suggestion_set_interview_kind (interview, "video");
  g_ptr_array_add (suggestions, interview);

  g_assert_true (pursuit_store_save_mail (fixture->store, fixture->account_id, messages, suggestions, &error));
  g_assert_no_error (error);

  fixture->rejection_id = pursuit_mail_suggestion_get_id (g_ptr_array_index (suggestions, 0));
  fixture->interview_id = pursuit_mail_suggestion_get_id (g_ptr_array_index (suggestions, 1));
  g_assert_cmpint (fixture->rejection_id, >, 0);
  g_assert_cmpint (fixture->interview_id, >, 0);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  pursuit_mail_init ();

  fixture->store = open_temp_store ("pursuit-test-inbox-XXXXXX", &fixture->dir);

  fixture->acme_id = add_job (fixture->store, "Backend Engineer", "Acme", PURSUIT_STAGE_APPLIED);
  fixture->globex_id = add_job (fixture->store, "Platform Engineer", "Globex", PURSUIT_STAGE_APPLIED);
  fixture->toasts = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
show_view (Fixture *fixture)
{
  fixture->view = PURSUIT_INBOX_VIEW (pursuit_inbox_view_new (fixture->store));
  fixture->window = pursuit_test_present_view (fixture->view, fixture->toasts, 900, 640);
  spin_until_idle ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  pursuit_test_close_view (fixture->window, fixture->toasts, &fixture->store, &fixture->dir);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PURSUIT_IS_SUGGESTION_ROW (child))
      n++;

  return n;
}

static PursuitSuggestionRow *
find_suggestion_row (GtkListBox *list,
                     gint64      id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PURSUIT_IS_SUGGESTION_ROW (child) &&
        pursuit_mail_suggestion_get_id (pursuit_suggestion_row_get_suggestion (PURSUIT_SUGGESTION_ROW (child))) == id)
      return PURSUIT_SUGGESTION_ROW (child);

  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_visible (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static char *
job_stage (Fixture *fixture,
           gint64   job_id)
{
  g_autoptr(PursuitJob) job = pursuit_store_get_job (fixture->store, job_id, NULL);

  g_assert_nonnull (job);
  return g_strdup (pursuit_job_get_stage (job));
}

static const char *
suggestion_state (Fixture *fixture,
                  gint64   id,
                  char   **out)
{
  g_autoptr(PursuitMailSuggestion) suggestion = NULL;
  g_autoptr(GError) error = NULL;

  suggestion = pursuit_store_get_mail_suggestion (fixture->store, id, &error);
  g_assert_no_error (error);
  *out = g_strdup (pursuit_mail_suggestion_get_state (suggestion));
  return *out;
}

/* No Gmail: a page that says so and leads to Preferences; Gmail but no
 * suggestions: "No Suggestions". */
static void
test_inbox_empty_states (Fixture       *fixture,
                         gconstpointer  data)
{
  show_view (fixture);
  g_assert_cmpstr (pursuit_inbox_view_get_state (fixture->view), ==, "disconnected");
  g_assert_cmpuint (pursuit_inbox_view_get_n_pending (fixture->view), ==, 0);
  g_assert_nonnull (find_button (GTK_WIDGET (fixture->view), "_Open Preferences"));
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "inbox-disconnected.png");

  fixture->account_id = add_google_account (fixture->store, "ann@gmail.example", "primary", TEST_GMAIL_SCOPES);
  spin_until_idle ();
  g_assert_cmpstr (pursuit_inbox_view_get_state (fixture->view), ==, "empty");
  g_assert_cmpstr (pursuit_inbox_view_get_status_text (fixture->view), ==, "Never synced");
}

/* Rows from the store: the question as the title, the message under it
 * (its markup as text), the confidence, and the count for the badge. */
static void
test_inbox_rows (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) listed = NULL;
  PursuitSuggestionRow *row;
  const char *subtitle;

  fixture->account_id = add_google_account (fixture->store, "ann@gmail.example", "primary", TEST_GMAIL_SCOPES);
  show_view (fixture);

  add_suggestions (fixture);
  spin_until_idle ();

  g_assert_cmpstr (pursuit_inbox_view_get_state (fixture->view), ==, "list");
  g_assert_cmpuint (pursuit_inbox_view_get_n_pending (fixture->view), ==, 2);
  g_assert_cmpuint (count_rows (pursuit_inbox_view_get_pending_list (fixture->view)), ==, 2);
  g_assert_cmpuint (count_rows (pursuit_inbox_view_get_applied_list (fixture->view)), ==, 0);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (pursuit_inbox_view_get_applied_list (fixture->view)),
                                                                    ADW_TYPE_PREFERENCES_GROUP)));

  row = find_suggestion_row (pursuit_inbox_view_get_pending_list (fixture->view), fixture->rejection_id);
  g_assert_nonnull (row);
  listed = pursuit_store_list_mail_suggestions (fixture->store, NULL, NULL);
  g_assert_nonnull (listed);
  for (guint i = 0; i < listed->len; i++)
    {
      PursuitMailSuggestion *suggestion = g_ptr_array_index (listed, i);

      if (pursuit_mail_suggestion_get_id (suggestion) == fixture->rejection_id)
        {
          g_autofree char *question = pursuit_mail_suggestion_describe (suggestion, "Rejected");

          g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, question);
          g_assert_nonnull (strstr (question, "Acme"));
        }
    }

  /* Outside text stays text. */
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  g_assert_nonnull (strstr (subtitle, MARKUP_SUBJECT));
  g_assert_nonnull (strstr (subtitle, "Acme Talent Team"));
  g_assert_nonnull (strstr (subtitle, "2 hours ago"));
  g_assert_nonnull (find_button (GTK_WIDGET (row), "_Accept"));
  g_assert_nonnull (find_button (GTK_WIDGET (row), "_Dismiss"));
  g_assert_null (find_button (GTK_WIDGET (row), "_Undo"));

  {
    g_autofree char *percent = pursuit_suggestion_row_format_confidence (0.93);
    g_assert_cmpstr (percent, ==, "93%");
  }

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "inbox-suggestions.png");
}

/* Accept moves the job, with a toast whose Undo moves it back. */
static void
test_inbox_accept_undo (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *stage = NULL;
  g_autofree char *state = NULL;
  PursuitSuggestionRow *row;
  AdwToast *toast;

  fixture->account_id = add_google_account (fixture->store, "ann@gmail.example", "primary", TEST_GMAIL_SCOPES);
  add_suggestions (fixture);
  show_view (fixture);

  row = find_suggestion_row (pursuit_inbox_view_get_pending_list (fixture->view), fixture->rejection_id);
  g_assert_nonnull (row);
  /* The button, as a user presses it (activate would wait for its
   * pressed look to end). */
  g_signal_emit_by_name (find_button (GTK_WIDGET (row), "_Accept"), "clicked");
  spin_until_idle ();

  stage = job_stage (fixture, fixture->acme_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_REJECTED);
  g_assert_cmpstr (suggestion_state (fixture, fixture->rejection_id, &state), ==, PURSUIT_SUGGESTION_ACCEPTED);
  g_assert_cmpuint (pursuit_inbox_view_get_n_pending (fixture->view), ==, 1);
  g_assert_null (find_suggestion_row (pursuit_inbox_view_get_pending_list (fixture->view), fixture->rejection_id));

  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  toast = g_ptr_array_index (fixture->toasts, 0);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Acme moved to Rejected");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");

  g_signal_emit_by_name (toast, "button-clicked");
  spin_until_idle ();
  g_clear_pointer (&stage, g_free);
  stage = job_stage (fixture, fixture->acme_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpuint (pursuit_inbox_view_get_n_pending (fixture->view), ==, 2);

  /* The interview one schedules the interview it proposes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "inbox.accept", "x", fixture->interview_id));
  spin_until_idle ();
  {
    g_autoptr(GPtrArray) interviews = pursuit_store_list_interviews (fixture->store, fixture->globex_id);

    g_assert_nonnull (interviews);
    g_assert_cmpuint (interviews->len, ==, 1);
  }
  toast = g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Interview with Globex scheduled");
}

/* Dismiss leaves the job alone and the suggestion goes. */
static void
test_inbox_dismiss (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *stage = NULL;
  g_autofree char *state = NULL;
  PursuitSuggestionRow *row;

  fixture->account_id = add_google_account (fixture->store, "ann@gmail.example", "primary", TEST_GMAIL_SCOPES);
  add_suggestions (fixture);
  show_view (fixture);

  row = find_suggestion_row (pursuit_inbox_view_get_pending_list (fixture->view), fixture->rejection_id);
  g_signal_emit_by_name (find_button (GTK_WIDGET (row), "_Dismiss"), "clicked");
  spin_until_idle ();

  stage = job_stage (fixture, fixture->acme_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpstr (suggestion_state (fixture, fixture->rejection_id, &state), ==, PURSUIT_SUGGESTION_DISMISSED);
  g_assert_cmpuint (pursuit_inbox_view_get_n_pending (fixture->view), ==, 1);
  g_assert_cmpuint (count_rows (pursuit_inbox_view_get_pending_list (fixture->view)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "inbox.dismiss", "x", fixture->interview_id));
  spin_until_idle ();
  g_assert_cmpstr (pursuit_inbox_view_get_state (fixture->view), ==, "empty");
  g_assert_cmpuint (pursuit_inbox_view_get_n_pending (fixture->view), ==, 0);
}

/* What was applied automatically is listed apart, with Undo. */
static void
test_inbox_applied_undo (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stage = NULL;
  g_autofree char *state = NULL;
  PursuitSuggestionRow *row;

  fixture->account_id = add_google_account (fixture->store, "ann@gmail.example", "primary", TEST_GMAIL_SCOPES);
  add_suggestions (fixture);
  g_assert_true (pursuit_store_accept_mail_suggestion (fixture->store, fixture->rejection_id, TRUE, &error));
  g_assert_no_error (error);
  show_view (fixture);

  g_assert_cmpuint (count_rows (pursuit_inbox_view_get_applied_list (fixture->view)), ==, 1);
  g_assert_cmpuint (pursuit_inbox_view_get_n_pending (fixture->view), ==, 1);
  row = find_suggestion_row (pursuit_inbox_view_get_applied_list (fixture->view), fixture->rejection_id);
  g_assert_nonnull (row);
  g_assert_null (find_button (GTK_WIDGET (row), "_Accept"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Acme moved to Rejected");

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "inbox-applied.png");

  g_signal_emit_by_name (find_button (GTK_WIDGET (row), "_Undo"), "clicked");
  spin_until_idle ();

  stage = job_stage (fixture, fixture->acme_id);
  g_assert_cmpstr (stage, ==, PURSUIT_STAGE_APPLIED);
  g_assert_cmpstr (suggestion_state (fixture, fixture->rejection_id, &state), ==, PURSUIT_SUGGESTION_PENDING);
  g_assert_cmpuint (count_rows (pursuit_inbox_view_get_applied_list (fixture->view)), ==, 0);
  g_assert_cmpuint (pursuit_inbox_view_get_n_pending (fixture->view), ==, 2);
}

/* The window's Inbox page carries the count as its badge. */
static void
test_inbox_window_badge (Fixture       *fixture,
                         gconstpointer  data)
{
  PursuitWindow *window;
  PursuitInboxView *view;
  AdwViewStack *stack;
  AdwViewStackPage *page;

  fixture->account_id = add_google_account (fixture->store, "ann@gmail.example", "primary", TEST_GMAIL_SCOPES);
  window = pursuit_window_new (NULL, fixture->store, FALSE);
  fixture->window = GTK_WINDOW (window);
  gtk_window_present (fixture->window);
  spin_until_idle ();

  view = pursuit_window_get_inbox_view (window);
  stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (GTK_WIDGET (view), ADW_TYPE_VIEW_STACK));
  page = adw_view_stack_get_page (stack, GTK_WIDGET (view));
  g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, "inbox");
  g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, "Inbox");
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (page), ==, 0);
  g_assert_false (adw_view_stack_page_get_needs_attention (page));

  add_suggestions (fixture);
  spin_until_idle ();
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (page), ==, 2);
  g_assert_true (adw_view_stack_page_get_needs_attention (page));

  pursuit_window_set_view (window, "inbox");
  g_assert_cmpstr (pursuit_window_get_view (window), ==, "inbox");
  pursuit_test_save_screenshot (GTK_WIDGET (window), "inbox-window.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "inbox.dismiss", "x", fixture->rejection_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "inbox.dismiss", "x", fixture->interview_id));
  spin_until_idle ();
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (page), ==, 0);
  g_assert_false (adw_view_stack_page_get_needs_attention (page));
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/inbox-view/no-display"))
    return g_test_run ();

  g_test_add ("/ui/inbox-view/empty-states", Fixture, NULL,
              fixture_setup, test_inbox_empty_states, fixture_teardown);
  g_test_add ("/ui/inbox-view/rows", Fixture, NULL,
              fixture_setup, test_inbox_rows, fixture_teardown);
  g_test_add ("/ui/inbox-view/accept-undo", Fixture, NULL,
              fixture_setup, test_inbox_accept_undo, fixture_teardown);
  g_test_add ("/ui/inbox-view/dismiss", Fixture, NULL,
              fixture_setup, test_inbox_dismiss, fixture_teardown);
  g_test_add ("/ui/inbox-view/applied-undo", Fixture, NULL,
              fixture_setup, test_inbox_applied_undo, fixture_teardown);
  g_test_add ("/ui/inbox-view/window-badge", Fixture, NULL,
              fixture_setup, test_inbox_window_badge, fixture_teardown);

  return g_test_run ();
}
