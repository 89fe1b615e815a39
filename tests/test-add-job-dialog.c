/* test-add-job-dialog.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>
#include <libsoup/soup.h>

#include "pursuit-add-job-dialog.h"
#include "pursuit-pipeline.h"
#include "pursuit-store.h"
#include "pursuit-store-companies.h"
#include "pursuit-window.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

static const char posting_html[] =
  "<!DOCTYPE html><html><head><title>Careers at Acme</title>"
  "<script type=\"application/ld+json\">"
  "{\"@context\": \"https://schema.org\", \"@type\": \"JobPosting\","
  " \"title\": \"Platform Engineer\","
  " \"hiringOrganization\": {\"@type\": \"Organization\", \"name\": \"Acme\", \"industry\": \"Software\"},"
  " \"jobLocation\": {\"@type\": \"Place\", \"address\": {\"@type\": \"PostalAddress\","
  "   \"addressLocality\": \"Berlin\", \"addressCountry\": \"DE\"}},"
  " \"jobLocationType\": \"TELECOMMUTE\","
  " \"baseSalary\": {\"@type\": \"MonetaryAmount\", \"currency\": \"EUR\","
  "   \"value\": {\"@type\": \"QuantitativeValue\", \"minValue\": 60000, \"maxValue\": 80000,"
  "   \"unitText\": \"YEAR\"}},"
  " \"description\": \"<p>Build the platform &amp; keep it running.</p>\"}"
  "</script></head><body><h1>Platform Engineer</h1></body></html>";

static const char plain_html[] =
  "<!DOCTYPE html><html><head><title>Acme Blog</title></head>"
  "<body><p>No postings here.</p></body></html>";

typedef struct
{
  char         *dir;
  PursuitStore *store;
  SoupServer   *server;
  guint         port;
  GPtrArray    *paused;
  guint         n_slow;
} Fixture;

/* Helpers ----------------------------------------------------------------- */

static void
handle_request (SoupServer        *server,
                SoupServerMessage *msg,
                const char        *path,
                GHashTable        *query,
                gpointer           user_data)
{
  Fixture *fixture = user_data;

  if (g_str_equal (path, "/posting"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=UTF-8", SOUP_MEMORY_STATIC,
                                        posting_html, strlen (posting_html));
    }
  else if (g_str_equal (path, "/plain"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=UTF-8", SOUP_MEMORY_STATIC,
                                        plain_html, strlen (plain_html));
    }
  else if (g_str_equal (path, "/slow"))
    {
      /* Never answers by itself. */
      soup_server_message_pause (msg);
      g_ptr_array_add (fixture->paused, g_object_ref (msg));
      fixture->n_slow++;
    }
  else
    {
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
    }
}

static char *
server_url (Fixture    *fixture,
            const char *path)
{
  return g_strdup_printf ("http://127.0.0.1:%u%s", fixture->port, path);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GSList *uris;

  fixture->dir = g_dir_make_tmp ("pursuit-test-add-job-XXXXXX", &error);
  g_assert_no_error (error);

  path = g_build_filename (fixture->dir, "pursuit.db", NULL);
  fixture->store = pursuit_store_new (path, &error);
  g_assert_no_error (error);

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, handle_request, fixture, NULL);
  soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (fixture->server);
  g_assert_nonnull (uris);
  fixture->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify)g_uri_unref);

  fixture->paused = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  spin_until_idle ();

  for (guint i = 0; i < fixture->paused->len; i++)
    soup_server_message_unpause (g_ptr_array_index (fixture->paused, i));
  g_ptr_array_unref (fixture->paused);

  soup_server_disconnect (fixture->server);
  g_clear_object (&fixture->server);
  spin_until_idle ();

  g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *)&fixture->store);
  g_object_unref (fixture->store);
  g_assert_null (fixture->store);

  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *action_name)
{
  if (GTK_IS_BUTTON (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
set_row (PursuitAddJobDialog *dialog,
         const char          *title,
         const char          *text)
{
  GtkWidget *row = pursuit_test_find_row (GTK_WIDGET (dialog), title);

  g_assert_nonnull (row);
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static const char *
get_row (PursuitAddJobDialog *dialog,
         const char          *title)
{
  GtkWidget *row = pursuit_test_find_row (GTK_WIDGET (dialog), title);

  g_assert_nonnull (row);
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static GtkWidget *
row_widget (PursuitAddJobDialog *dialog,
            const char          *title)
{
  GtkWidget *row = pursuit_test_find_row (GTK_WIDGET (dialog), title);

  g_assert_true (ADW_IS_ACTION_ROW (row));
  return adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
}

static PursuitAddJobDialog *
open_dialog (Fixture *fixture)
{
  PursuitAddJobDialog *dialog = pursuit_add_job_dialog_new (NULL, fixture->store);

  /* The list of toplevels owns the dialog; keep it to check it closes. */
  g_object_ref (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  spin_until_idle ();
  return dialog;
}

static void
close_dialog (PursuitAddJobDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin_until_idle ();
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_object_unref (dialog);
  g_assert_null (dialog);
}

static void
wait_fetched (PursuitAddJobDialog *dialog)
{
  while (pursuit_add_job_dialog_get_fetching (dialog))
    g_main_context_iteration (NULL, TRUE);
  spin_until_idle ();
}

static guint
count_jobs (PursuitStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = pursuit_store_list_jobs (store, NULL, &error);

  g_assert_no_error (error);
  return jobs->len;
}

static PursuitJob *
only_job (PursuitStore *store,
          guint         expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = pursuit_store_list_jobs (store, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (jobs->len, ==, expected);
  return g_object_ref (g_ptr_array_index (jobs, 0));
}

static void
on_job_added_cb (PursuitAddJobDialog *dialog,
                 gint64               id,
                 gpointer             user_data)
{
  *(gint64 *) user_data = id;
}

static void
on_open_job_cb (PursuitAddJobDialog *dialog,
                gint64               id,
                gpointer             user_data)
{
  *(gint64 *) user_data = id;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* Tests ------------------------------------------------------------------- */

static void
test_manual_add (Fixture       *fixture,
                 gconstpointer  data)
{
  PursuitAddJobDialog *dialog = open_dialog (fixture);
  g_autoptr(PursuitJob) job = NULL;
  AdwComboRow *stage_row;
  gint64 added = 0;

  g_signal_connect (dialog, "job-added", G_CALLBACK (on_job_added_cb), &added);

  set_row (dialog, "Title", "  Data Analyst ");
  set_row (dialog, "Company", "Initech");
  set_row (dialog, "Location", "Lisbon, Portugal");
  set_row (dialog, "Currency", "eur");
  gtk_switch_set_active (GTK_SWITCH (row_widget (dialog, "Remote")), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_widget (dialog, "Salary From")), 50000);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_widget (dialog, "Salary To")), 65000);

  /* Only the two stages a new job can start in are offered. */
  stage_row = ADW_COMBO_ROW (pursuit_test_find_row (GTK_WIDGET (dialog), "Stage"));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (stage_row)), ==, 2);
  adw_combo_row_set_selected (stage_row, 1);

  g_assert_true (pursuit_add_job_dialog_get_can_add (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL));
  spin_until_idle ();

  g_assert_cmpint (added, >, 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  job = only_job (fixture->store, 1);
  g_assert_cmpint (pursuit_job_get_id (job), ==, added);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Data Analyst");
  g_assert_cmpstr (pursuit_job_get_company (job), ==, "Initech");
  g_assert_cmpstr (pursuit_job_get_location (job), ==, "Lisbon, Portugal");
  g_assert_cmpstr (pursuit_job_get_currency (job), ==, "EUR");
  g_assert_true (pursuit_job_get_remote (job));
  g_assert_cmpint (pursuit_job_get_salary_min (job), ==, 50000);
  g_assert_cmpint (pursuit_job_get_salary_max (job), ==, 65000);
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_APPLIED);

  close_dialog (dialog);
}

static void
test_empty_title (Fixture       *fixture,
                  gconstpointer  data)
{
  PursuitAddJobDialog *dialog = open_dialog (fixture);
  GtkWidget *add_button = find_button (GTK_WIDGET (dialog), "dialog.add");

  g_assert_nonnull (add_button);
  g_assert_false (pursuit_add_job_dialog_get_can_add (dialog));
  g_assert_false (gtk_widget_is_sensitive (add_button));

  set_row (dialog, "Company", "Initech");
  g_assert_false (gtk_widget_is_sensitive (add_button));

  set_row (dialog, "Title", "   ");
  g_assert_false (pursuit_add_job_dialog_get_can_add (dialog));
  g_assert_false (gtk_widget_is_sensitive (add_button));

  set_row (dialog, "Title", "Analyst");
  g_assert_true (pursuit_add_job_dialog_get_can_add (dialog));
  g_assert_true (gtk_widget_is_sensitive (add_button));

  set_row (dialog, "Title", "");
  g_assert_false (gtk_widget_is_sensitive (add_button));

  /* Activating the disabled action adds nothing. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL);
  spin_until_idle ();
  g_assert_cmpuint (count_jobs (fixture->store), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  close_dialog (dialog);
}

static void
test_validation_error (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitAddJobDialog *dialog = open_dialog (fixture);

  /* The store refuses a minimum above the maximum: the dialog says so
   * and stays open. */
  set_row (dialog, "Title", "Analyst");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_widget (dialog, "Salary From")), 90000);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (row_widget (dialog, "Salary To")), 10000);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL);
  spin_until_idle ();

  g_assert_cmpuint (count_jobs (fixture->store), ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (pursuit_add_job_dialog_get_message (dialog));
  g_test_message ("validation message: %s", pursuit_add_job_dialog_get_message (dialog));

  close_dialog (dialog);
}

static void
test_fetch (Fixture       *fixture,
            gconstpointer  data)
{
  PursuitAddJobDialog *dialog = open_dialog (fixture);
  g_autofree char *url = server_url (fixture, "/posting");
  g_autoptr(PursuitJob) job = NULL;
  GtkWidget *spinner_visible_probe;

  pursuit_add_job_dialog_set_url (dialog, url);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.fetch", NULL));
  g_assert_true (pursuit_add_job_dialog_get_fetching (dialog));

  /* While fetching, the Stop button replaces Fetch. */
  spinner_visible_probe = find_button (GTK_WIDGET (dialog), "dialog.cancel-fetch");
  g_assert_true (gtk_widget_get_visible (spinner_visible_probe));
  g_assert_false (gtk_widget_get_visible (find_button (GTK_WIDGET (dialog), "dialog.fetch")));

  wait_fetched (dialog);

  g_assert_false (gtk_widget_get_visible (spinner_visible_probe));
  g_assert_cmpstr (get_row (dialog, "Title"), ==, "Platform Engineer");
  g_assert_cmpstr (get_row (dialog, "Company"), ==, "Acme");
  g_assert_nonnull (strstr (get_row (dialog, "Location"), "Berlin"));
  g_assert_cmpstr (get_row (dialog, "Currency"), ==, "EUR");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (row_widget (dialog, "Remote"))));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (row_widget (dialog, "Salary From"))), ==, 60000);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (row_widget (dialog, "Salary To"))), ==, 80000);
  g_assert_true (pursuit_add_job_dialog_get_can_add (dialog));
  g_assert_nonnull (pursuit_add_job_dialog_get_message (dialog));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL);
  spin_until_idle ();

  job = only_job (fixture->store, 1);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Platform Engineer");
  g_assert_cmpstr (pursuit_job_get_url (job), ==, url);
  g_assert_cmpstr (pursuit_job_get_description (job), ==, "Build the platform & keep it running.");
  g_assert_cmpstr (pursuit_job_get_stage (job), ==, PURSUIT_STAGE_SAVED);

  /* What the posting said about the company is kept for its page. */
  {
    g_autoptr(PursuitCompany) company = pursuit_store_get_company (fixture->store, "acme", NULL);

    g_assert_nonnull (company);
    g_assert_cmpstr (pursuit_company_get_industry (company), ==, "Software");
    g_assert_cmpint (pursuit_company_get_info_updated_at (company), >, 0);
  }

  close_dialog (dialog);
}

static void
test_fetch_not_found (Fixture       *fixture,
                      gconstpointer  data)
{
  PursuitAddJobDialog *dialog = open_dialog (fixture);
  g_autofree char *url = server_url (fixture, "/missing");
  GtkWidget *title_row;
  const char *message;

  set_row (dialog, "Company", "Kept Inc.");
  pursuit_add_job_dialog_set_url (dialog, url);
  pursuit_add_job_dialog_fetch (dialog);
  wait_fetched (dialog);

  message = pursuit_add_job_dialog_get_message (dialog);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "404"));

  /* What the user typed stays, and the fields stay editable. */
  g_assert_cmpstr (get_row (dialog, "Company"), ==, "Kept Inc.");
  g_assert_cmpstr (get_row (dialog, "Posting Address"), ==, url);
  title_row = pursuit_test_find_row (GTK_WIDGET (dialog), "Title");
  g_assert_true (gtk_widget_is_sensitive (title_row));
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (title_row)));
  g_assert_false (pursuit_add_job_dialog_get_can_add (dialog));

  set_row (dialog, "Title", "Typed by Hand");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL);
  spin_until_idle ();
  g_assert_cmpuint (count_jobs (fixture->store), ==, 1);

  close_dialog (dialog);
}

static void
test_fetch_no_posting (Fixture       *fixture,
                       gconstpointer  data)
{
  PursuitAddJobDialog *dialog = open_dialog (fixture);
  g_autofree char *url = server_url (fixture, "/plain");

  pursuit_add_job_dialog_set_url (dialog, url);
  pursuit_add_job_dialog_fetch (dialog);
  wait_fetched (dialog);

  /* The fallback job names the page. */
  g_assert_nonnull (pursuit_add_job_dialog_get_message (dialog));
  g_assert_cmpstr (get_row (dialog, "Title"), ==, "Acme Blog");
  g_assert_true (pursuit_add_job_dialog_get_can_add (dialog));

  close_dialog (dialog);
}

static void
test_fetch_cancel (Fixture       *fixture,
                   gconstpointer  data)
{
  PursuitAddJobDialog *dialog = open_dialog (fixture);
  g_autofree char *url = server_url (fixture, "/slow");

  pursuit_add_job_dialog_set_url (dialog, url);
  pursuit_add_job_dialog_fetch (dialog);

  while (fixture->n_slow < 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (pursuit_add_job_dialog_get_fetching (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.cancel-fetch", NULL));
  g_assert_false (pursuit_add_job_dialog_get_fetching (dialog));
  g_assert_nonnull (pursuit_add_job_dialog_get_message (dialog));
  spin_until_idle ();
  g_assert_false (pursuit_add_job_dialog_get_fetching (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Cancel (Esc) during a fetch closes the dialog and stops the fetch. */
  pursuit_add_job_dialog_fetch (dialog);
  while (fixture->n_slow < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (pursuit_add_job_dialog_get_fetching (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.cancel", NULL));
  spin_until_idle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (count_jobs (fixture->store), ==, 0);

  close_dialog (dialog);
}

static void
add_stored_job (PursuitStore *store,
                gint64       *out_id)
{
  g_autoptr(PursuitJob) job = pursuit_job_new ();
  g_autoptr(GError) error = NULL;

  pursuit_job_set_title (job, "Platform Engineer");
  pursuit_job_set_company (job, "Acme");
  pursuit_job_set_stage (job, PURSUIT_STAGE_SAVED);
  *out_id = pursuit_store_add_job (store, job, &error);
  g_assert_no_error (error);
  g_assert_cmpint (*out_id, >, 0);
}

static void
test_duplicate (Fixture       *fixture,
                gconstpointer  data)
{
  PursuitAddJobDialog *dialog;
  AdwMessageDialog *prompt;
  gint64 stored_id, opened = 0, added = 0;

  add_stored_job (fixture->store, &stored_id);

  /* "Open it": nothing is added, the stored job is named. */
  dialog = open_dialog (fixture);
  g_signal_connect (dialog, "open-job", G_CALLBACK (on_open_job_cb), &opened);
  set_row (dialog, "Title", "platform engineer");
  set_row (dialog, "Company", "Acme");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL);
  spin_until_idle ();

  prompt = find_message_dialog ();
  g_assert_nonnull (prompt);
  g_assert_cmpstr (adw_message_dialog_get_heading (prompt), ==, "Already Saved");
  g_assert_true (adw_message_dialog_has_response (prompt, "open"));
  g_assert_true (adw_message_dialog_has_response (prompt, "add"));
  g_assert_cmpuint (count_jobs (fixture->store), ==, 1);

  adw_message_dialog_response (prompt, "open");
  spin_until_idle ();
  g_assert_cmpint (opened, ==, stored_id);
  g_assert_cmpuint (count_jobs (fixture->store), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  close_dialog (dialog);
  g_assert_null (find_message_dialog ());

  /* "Add anyway": a second job. */
  dialog = open_dialog (fixture);
  g_signal_connect (dialog, "job-added", G_CALLBACK (on_job_added_cb), &added);
  set_row (dialog, "Title", "Platform Engineer");
  set_row (dialog, "Company", "Acme");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL);
  spin_until_idle ();

  prompt = find_message_dialog ();
  g_assert_nonnull (prompt);
  adw_message_dialog_response (prompt, "add");
  spin_until_idle ();
  g_assert_cmpint (added, >, stored_id);
  g_assert_cmpuint (count_jobs (fixture->store), ==, 2);
  close_dialog (dialog);
}

static void
test_from_window (Fixture       *fixture,
                  gconstpointer  data)
{
  PursuitWindow *window = pursuit_window_new (NULL, fixture->store, FALSE);
  PursuitAddJobDialog *dialog = NULL;
  g_autoptr(GList) toplevels = NULL;
  g_autoptr(PursuitJob) job = NULL;

  gtk_window_present (GTK_WINDOW (window));
  spin_until_idle ();

  /* win.add-job (Ctrl+N) opens the dialog over the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-job", NULL));
  spin_until_idle ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (PURSUIT_IS_ADD_JOB_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));

  set_row (dialog, "Title", "Staff Gardener");
  set_row (dialog, "Company", "Greenhouse Co");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.add", NULL);
  spin_until_idle ();

  job = only_job (fixture->store, 1);
  g_assert_cmpstr (pursuit_job_get_title (job), ==, "Staff Gardener");
  g_assert_cmpuint (pursuit_board_view_get_n_jobs (pursuit_window_get_board_view (window)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  spin_until_idle ();
}

static void
test_web_url (void)
{
  g_assert_true (pursuit_add_job_text_is_web_url ("https://jobs.example/1"));
  g_assert_true (pursuit_add_job_text_is_web_url ("  http://jobs.example/a?b=c \n"));
  g_assert_true (pursuit_add_job_text_is_web_url ("HTTPS://JOBS.EXAMPLE"));
  g_assert_false (pursuit_add_job_text_is_web_url (NULL));
  g_assert_false (pursuit_add_job_text_is_web_url (""));
  g_assert_false (pursuit_add_job_text_is_web_url ("jobs.example/1"));
  g_assert_false (pursuit_add_job_text_is_web_url ("ftp://jobs.example/1"));
  g_assert_false (pursuit_add_job_text_is_web_url ("file:///etc/passwd"));
  g_assert_false (pursuit_add_job_text_is_web_url ("https://a.example/1 and more"));
  g_assert_false (pursuit_add_job_text_is_web_url ("https://"));
}

/* GTK 4.8 warns when X focus events for two toplevels (the window and its
 * dialog) arrive out of order, which depends on the server's timing; the
 * warning is not about our code, so it is dropped. */
static GLogWriterOutput
log_writer_cb (GLogLevelFlags   log_level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
          strstr (fields[i].value, "did not receive a focus-out event") != NULL)
        return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

int
main (int   argc,
      char *argv[])
{
  /* No G_TEST_OPTION_ISOLATE_DIRS, as in test-window.c: GTK needs the
   * shared MIME database and icon theme. */
  g_log_set_writer_func (log_writer_cb, NULL, NULL);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/add-job-dialog/web-url", test_web_url);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/add-job-dialog/no-display", pursuit_test_skip_without_display);
      return g_test_run ();
    }

  adw_init ();

  g_test_add ("/ui/add-job-dialog/manual", Fixture, NULL,
              fixture_setup, test_manual_add, fixture_teardown);
  g_test_add ("/ui/add-job-dialog/empty-title", Fixture, NULL,
              fixture_setup, test_empty_title, fixture_teardown);
  g_test_add ("/ui/add-job-dialog/validation-error", Fixture, NULL,
              fixture_setup, test_validation_error, fixture_teardown);
  g_test_add ("/ui/add-job-dialog/fetch", Fixture, NULL,
              fixture_setup, test_fetch, fixture_teardown);
  g_test_add ("/ui/add-job-dialog/fetch-not-found", Fixture, NULL,
              fixture_setup, test_fetch_not_found, fixture_teardown);
  g_test_add ("/ui/add-job-dialog/fetch-no-posting", Fixture, NULL,
              fixture_setup, test_fetch_no_posting, fixture_teardown);
  g_test_add ("/ui/add-job-dialog/fetch-cancel", Fixture, NULL,
              fixture_setup, test_fetch_cancel, fixture_teardown);
  g_test_add ("/ui/add-job-dialog/duplicate", Fixture, NULL,
              fixture_setup, test_duplicate, fixture_teardown);
  g_test_add ("/ui/add-job-dialog/from-window", Fixture, NULL,
              fixture_setup, test_from_window, fixture_teardown);

  return g_test_run ();
}
