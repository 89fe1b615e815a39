/* test-company-window.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>
#include <libsoup/soup.h>

#include "pursuit-company-window.h"
#include "pursuit-job-page.h"
#include "pursuit-store-companies.h"
#include "pursuit-test-ai.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"
#include "pursuit-window.h"

/* The company page of "Acme": three jobs under three spellings, two of
 * them on acme.com, merged into one page beside a company on a job
 * board that must stay apart. */

/* What the fake AI answers, and what the page shows of it: plain text,
 * tags dropped, three sentences at most. */
#define AI_ANSWER "Acme builds warehouse robots. It hires <b>backend</b> & data engineers. " \
                  "Reviews praise its mentoring. A fourth sentence is cut."
#define AI_SUMMARY "Acme builds warehouse robots. It hires backend & data engineers. Reviews praise its mentoring."

typedef struct
{
  char                 *dir;
  PursuitStore         *store;
  gint64                backend_id;
  gint64                data_id;
  gint64                platform_id;
  gint64                other_id;
  PursuitCompanyWindow *window;
} Fixture;

static char *
acme_key (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitCompany) company = pursuit_store_get_company_for_job (fixture->store, fixture->backend_id, &error);

  g_assert_no_error (error);
  return g_strdup (pursuit_company_get_key (company));
}

static void
open_window (Fixture           *fixture,
             const char        *key,
             PursuitAiProvider *provider)
{
  fixture->window = PURSUIT_COMPANY_WINDOW (pursuit_company_window_new (NULL, fixture->store, key, provider));
  pursuit_test_show_window (fixture->window, 640, 1100);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PursuitJob) job = NULL;
  g_autofree char *key = NULL;

  fixture->store = open_temp_store ("pursuit-test-company-window-XXXXXX", &fixture->dir);
  fixture->backend_id = add_job_with_urls (fixture->store, "Backend Engineer", "Acme Inc", "applied",
                                           "https://www.acme.com/careers/1", NULL);
  fixture->data_id = add_job_with_urls (fixture->store, "Data Engineer", "ACME", "applied",
                                        "https://boards.greenhouse.io/acme/jobs/2", NULL);
  g_assert_true (pursuit_store_move_job (fixture->store, fixture->data_id, "screening", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (pursuit_store_move_job (fixture->store, fixture->data_id, "interview_scheduled", NULL, &error));
  g_assert_no_error (error);
  fixture->platform_id = add_job_with_urls (fixture->store, "Platform Engineer", "Acme Robotics Labs", "applied",
                                            "https://acme.com/jobs/3", NULL);
  g_assert_true (pursuit_store_move_job (fixture->store, fixture->platform_id, "rejected", NULL, &error));
  g_assert_no_error (error);
  fixture->other_id = add_job_with_urls (fixture->store, "Site Reliability Engineer", "Globex", "saved",
                                         "https://boards.greenhouse.io/globex/jobs/9", NULL);

  g_assert_cmpint (pursuit_store_add_contact (fixture->store, fixture->backend_id, "Ann Lee", "Recruiter",
                                              "ann@acme.com", &error), >, 0);
  g_assert_no_error (error);
  /* The same person on a second job is listed once. */
  g_assert_cmpint (pursuit_store_add_contact (fixture->store, fixture->data_id, "Ann Lee", "Recruiter",
                                              "ANN@acme.com", &error), >, 0);
  g_assert_cmpint (pursuit_store_add_contact (fixture->store, fixture->platform_id, "<b>Bob</b> & Co", NULL,
                                              NULL, &error), >, 0);
  g_assert_cmpint (pursuit_store_add_contact (fixture->store, fixture->other_id, "Gina Globex", NULL,
                                              "gina@globex.com", &error), >, 0);
  g_assert_no_error (error);

  if (data != NULL)
    {
      key = acme_key (fixture);
      open_window (fixture, key, NULL);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  pursuit_test_close_toplevels (&fixture->store, &fixture->dir);
}

static const char *
label_text (Fixture    *fixture,
            const char *name)
{
  GtkWidget *label = pursuit_test_find_named (GTK_WIDGET (fixture->window), name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static guint
count_rows (GtkWidget *group)
{
  GtkWidget *list = pursuit_test_find_type (group, GTK_TYPE_LIST_BOX);
  guint n = 0;

  g_assert_nonnull (list);
  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_PREFERENCES_ROW (child))
      n++;

  return n;
}

static GtkWidget *
group (Fixture    *fixture,
       const char *title)
{
  GtkWidget *found = pursuit_test_find_group (GTK_WIDGET (fixture->window), title);

  g_assert_nonnull (found);
  return found;
}

static void
wait_until (gboolean (*done) (gpointer),
            gpointer   user_data)
{
  gint64 until = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (!done (user_data) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done (user_data));
}

static void
test_jobs_outcomes_contacts (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *jobs = group (fixture, "Jobs");
  GtkWidget *contacts = group (fixture, "Contacts");
  GtkWidget *row;
  GtkWidget *button;
  const gint64 *ids;
  guint n_ids = 0;

  ids = pursuit_company_get_job_ids (pursuit_company_window_get_company (fixture->window), &n_ids);
  g_assert_cmpuint (n_ids, ==, 3);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==,
                   pursuit_company_get_name (pursuit_company_window_get_company (fixture->window)));

  /* Every spelling and the domain: three jobs, not Globex's. */
  g_assert_cmpuint (count_rows (jobs), ==, 3);
  g_assert_nonnull (pursuit_test_find_row (jobs, "Backend Engineer"));
  g_assert_nonnull (pursuit_test_find_row (jobs, "Data Engineer"));
  g_assert_nonnull (pursuit_test_find_row (jobs, "Platform Engineer"));
  g_assert_null (pursuit_test_find_row (jobs, "Site Reliability Engineer"));
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (jobs)), ==, "3 jobs");
  for (guint i = 0; i < n_ids; i++)
    g_assert_true (ids[i] == fixture->backend_id || ids[i] == fixture->data_id || ids[i] == fixture->platform_id);

  /* Each row says its stage and when it was sent. */
  row = pursuit_test_find_row (jobs, "Data Engineer");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Applied "));
  g_assert_nonnull (pursuit_test_find_type (row, GTK_TYPE_LABEL));

  /* Applied 3; Data Engineer is at the interview, Platform Engineer was
   * rejected: 2 of 3 answered. */
  g_assert_cmpstr (label_text (fixture, "outcome-applied"), ==, "3");
  g_assert_cmpstr (label_text (fixture, "outcome-interviews"), ==, "1");
  g_assert_cmpstr (label_text (fixture, "outcome-offers"), ==, "0");
  g_assert_cmpstr (label_text (fixture, "outcome-rejections"), ==, "1");
  g_assert_cmpstr (label_text (fixture, "outcome-response-rate"), ==, "67%");

  /* Contacts of every job, once each, names as plain text. */
  g_assert_cmpuint (count_rows (contacts), ==, 2);
  row = pursuit_test_find_row (contacts, "Ann Lee");
  g_assert_nonnull (row);
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  /* Her address as the newest job has it. */
  button = pursuit_test_find_button (row, "ANN@acme.com");
  g_assert_nonnull (button);
  g_assert_nonnull (pursuit_test_find_row (contacts, "<b>Bob</b> & Co"));
  g_assert_null (pursuit_test_find_row (contacts, "Gina Globex"));

  /* The stage follows the store. */
  g_assert_true (pursuit_store_move_job (fixture->store, fixture->data_id, "offer", NULL, NULL));
  spin_until_idle ();
  g_assert_cmpstr (label_text (fixture, "outcome-offers"), ==, "1");
  g_assert_cmpstr (label_text (fixture, "outcome-interviews"), ==, "1");
}

static void
test_info (Fixture       *fixture,
           gconstpointer  data)
{
  static const char * const locations[] = { "Berlin", "Remote", NULL };
  GtkWidget *about = group (fixture, "About");
  g_autoptr(PursuitCompany) info = pursuit_company_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  /* Nothing from postings yet. */
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (about)), ==, "Nothing known yet");
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_row (about, "Industry")));
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_row (about, "Website")));

  pursuit_company_set_name (info, "Acme Inc");
  pursuit_company_set_key (info, pursuit_company_get_key (pursuit_company_window_get_company (fixture->window)));
  pursuit_company_set_industry (info, "Robotics <i>& automation</i>");
  pursuit_company_set_size (info, "51-200");
  pursuit_company_set_website (info, "https://www.acme.com/");
  pursuit_company_set_domain (info, "acme.com");
  pursuit_company_set_locations (info, locations);
  pursuit_company_set_description (info, "We build warehouse robots.");
  g_assert_true (pursuit_store_remember_company_info (fixture->store, info, &error));
  g_assert_no_error (error);
  spin_until_idle ();

  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (about)),
                                   "From postings, as of "));
  row = pursuit_test_find_row (about, "Industry");
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Robotics <i>& automation</i>");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (pursuit_test_find_row (about, "Size"))), ==,
                   "51-200 employees");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (pursuit_test_find_row (about, "Locations"))), ==,
                   "Berlin · Remote");
  row = pursuit_test_find_row (about, "Website");
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_nonnull (pursuit_test_find_button (row, "acme.com"));
  g_assert_cmpstr (label_text (fixture, "company-description"), ==, "We build warehouse robots.");

  /* Only web addresses are offered to the browser. */
  g_clear_object (&info);
  info = pursuit_company_new ();
  pursuit_company_set_name (info, "Acme Inc");
  pursuit_company_set_key (info, pursuit_company_get_key (pursuit_company_window_get_company (fixture->window)));
  pursuit_company_set_website (info, "javascript:alert(1)");
  if (pursuit_store_remember_company_info (fixture->store, info, &error))
    {
      const char *website;

      spin_until_idle ();
      website = pursuit_company_get_website (pursuit_company_window_get_company (fixture->window));
      g_assert_true (gtk_widget_get_visible (row) ==
                     (website != NULL && g_str_has_prefix (website, "http")));
    }
  g_clear_error (&error);
}

static void
test_notes (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *view = pursuit_test_find_named (GTK_WIDGET (fixture->window), "company-notes");
  g_autofree char *key = g_strdup (pursuit_company_get_key (pursuit_company_window_get_company (fixture->window)));
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(GError) error = NULL;
  gint64 until;

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Ask about the on-call rota.", -1);
  spin_until_idle ();

  /* Not at once: after the user stops typing. */
  company = pursuit_store_get_company (fixture->store, key, &error);
  g_assert_no_error (error);
  g_assert_null (pursuit_company_get_notes (company));
  g_clear_object (&company);

  until = g_get_monotonic_time () + 800 * G_TIME_SPAN_MILLISECOND;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  spin_until_idle ();

  company = pursuit_store_get_company (fixture->store, key, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_company_get_notes (company), ==, "Ask about the on-call rota.");
  g_clear_object (&company);

  /* Closing within the delay keeps what was typed. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Second thoughts.", -1);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  fixture->window = NULL;
  spin_until_idle ();
  company = pursuit_store_get_company (fixture->store, key, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_company_get_notes (company), ==, "Second thoughts.");

  /* A new window shows them. */
  open_window (fixture, key, NULL);
  view = pursuit_test_find_named (GTK_WIDGET (fixture->window), "company-notes");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, "Second thoughts.");
  }
}

/* The optional AI: a fake OpenAI-compatible endpoint on loopback, whose
 * broken answer is a completion without a choice. */

#define AI_BROKEN_BODY "{\"choices\": []}"

typedef struct
{
  FakeAi   *ai;
  GtkLabel *label;
} SummaryWait;

static gboolean
summary_shown (gpointer user_data)
{
  SummaryWait *wait = user_data;

  return wait->ai->requests > 0 && g_strcmp0 (gtk_label_get_text (wait->label), AI_SUMMARY) == 0;
}

static void
test_ai_summary (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(PursuitAiProvider) provider = NULL;
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = acme_key (fixture);
  FakeAi ai = { .answer = AI_ANSWER };
  SummaryWait wait = { &ai, NULL };
  GtkWidget *summary;
  GtkWidget *button;

  provider = pursuit_test_fake_ai_provider (server, &ai);

  /* Without a provider there is no summary to show and no button. */
  open_window (fixture, key, NULL);
  summary = group (fixture, "Summary");
  g_assert_false (gtk_widget_get_visible (summary));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin_until_idle ();

  open_window (fixture, key, provider);
  summary = group (fixture, "Summary");
  button = pursuit_test_find_button (summary, "_Summarize with AI");
  g_assert_nonnull (button);
  /* Off by default. */
  g_assert_false (gtk_widget_get_visible (summary));

  pursuit_ai_provider_set_enabled (provider, TRUE);
  spin_until_idle ();
  g_assert_nonnull (pursuit_ai_provider_get_client (provider));
  g_assert_true (gtk_widget_get_visible (summary));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (label_text (fixture, "company-summary"), ==, "No summary yet.");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "company.summarize", NULL));
  wait.label = GTK_LABEL (pursuit_test_find_named (GTK_WIDGET (fixture->window), "company-summary"));
  wait_until (summary_shown, &wait);
  spin_until_idle ();
  g_assert_cmpuint (ai.requests, ==, 1);
  /* The AI's words are never markup. */
  g_assert_false (gtk_label_get_use_markup (wait.label));
  g_assert_cmpstr (gtk_label_get_text (wait.label), ==, AI_SUMMARY);

  /* Cached: the store has it, and it stays without the AI. */
  company = pursuit_store_get_company (fixture->store, key, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_company_get_summary (company), ==, AI_SUMMARY);

  pursuit_ai_provider_set_enabled (provider, FALSE);
  spin_until_idle ();
  g_assert_true (gtk_widget_get_visible (summary));
  g_assert_false (gtk_widget_get_visible (button));
  g_assert_cmpstr (label_text (fixture, "company-summary"), ==, AI_SUMMARY);
  pursuit_ai_provider_set_enabled (provider, TRUE);
  spin_until_idle ();
}

typedef struct
{
  FakeAi    *ai;
  GtkWidget *spinner;
} ErrorWait;

static gboolean
request_failed (gpointer user_data)
{
  ErrorWait *wait = user_data;

  return wait->ai->requests > 0 && !gtk_widget_get_visible (wait->spinner);
}

/* A broken answer: nothing cached, the button back, the page as it was. */
static void
test_ai_error (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(PursuitAiProvider) provider = NULL;
  g_autoptr(PursuitCompany) company = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = acme_key (fixture);
  FakeAi ai = { .broken = TRUE, .answer = AI_ANSWER, .broken_body = AI_BROKEN_BODY };
  ErrorWait wait = { &ai, NULL };
  GtkWidget *button;

  provider = pursuit_test_fake_ai_provider (server, &ai);
  pursuit_ai_provider_set_enabled (provider, TRUE);
  open_window (fixture, key, provider);
  button = pursuit_test_find_button (group (fixture, "Summary"), "_Summarize with AI");
  wait.spinner = pursuit_test_find_type (group (fixture, "Summary"), GTK_TYPE_SPINNER);
  g_assert_nonnull (wait.spinner);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "company.summarize", NULL));
  g_assert_true (gtk_widget_get_visible (wait.spinner));
  g_assert_false (gtk_widget_get_sensitive (button));
  wait_until (request_failed, &wait);
  spin_until_idle ();

  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_cmpstr (label_text (fixture, "company-summary"), ==, "No summary yet.");
  company = pursuit_store_get_company (fixture->store, key, &error);
  g_assert_no_error (error);
  g_assert_null (pursuit_company_get_summary (company));
}

static void
on_open_job_cb (PursuitCompanyWindow *window,
                gint64                job_id,
                gint64               *out)
{
  *out = job_id;
}

static void
test_open_job (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *row = pursuit_test_find_row (group (fixture, "Jobs"), "Platform Engineer");
  gint64 opened = 0;

  g_signal_connect (fixture->window, "open-job", G_CALLBACK (on_open_job_cb), &opened);
  g_signal_emit_by_name (row, "activated");
  g_assert_cmpint (opened, ==, fixture->platform_id);
}

static void
test_missing (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *stack;

  open_window (fixture, "no-such-company", NULL);
  stack = pursuit_test_find_type (GTK_WIDGET (fixture->window), GTK_TYPE_STACK);
  g_assert_null (pursuit_company_window_get_company (fixture->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "missing");
}

/* From the job page's "Company Page" button through win.show-company,
 * and back to the job with open-job. */
static void
test_from_job_page (Fixture       *fixture,
                    gconstpointer  data)
{
  PursuitWindow *main_window = pursuit_window_new (NULL, fixture->store, FALSE);
  GtkWidget *page;
  GtkWidget *button;
  PursuitCompanyWindow *company_window;
  GtkWidget *row;

  gtk_window_present (GTK_WINDOW (main_window));
  spin_until_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window), "win.show-job", "x", fixture->data_id));
  spin_until_idle ();
  page = pursuit_test_find_type (GTK_WIDGET (main_window), PURSUIT_TYPE_JOB_PAGE);
  button = pursuit_test_find_button (page, "Company Page");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));

  g_assert_true (gtk_widget_activate_action (page, "job-page.show-company", NULL));
  spin_until_idle ();
  company_window = pursuit_test_find_toplevel (PURSUIT_TYPE_COMPANY_WINDOW);
  g_assert_nonnull (company_window);
  fixture->window = company_window;
  g_assert_cmpuint (count_rows (group (fixture, "Jobs")), ==, 3);

  /* Asking again brings the same window up. */
  g_assert_true (gtk_widget_activate_action (page, "job-page.show-company", NULL));
  spin_until_idle ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint n = 0;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

        n += PURSUIT_IS_COMPANY_WINDOW (window);
      }
    g_assert_cmpuint (n, ==, 1);
  }

  row = pursuit_test_find_row (group (fixture, "Jobs"), "Backend Engineer");
  g_signal_emit_by_name (row, "activated");
  spin_until_idle ();
  g_assert_cmpint (pursuit_job_page_get_job_id (PURSUIT_JOB_PAGE (page)), ==, fixture->backend_id);
}

static void
test_screenshot (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char * const locations[] = { "Berlin", "Remote", NULL };
  g_autoptr(PursuitCompany) info = pursuit_company_new ();
  g_autofree char *key = g_strdup (pursuit_company_get_key (pursuit_company_window_get_company (fixture->window)));

  pursuit_company_set_name (info, "Acme Inc");
  pursuit_company_set_key (info, key);
  pursuit_company_set_industry (info, "Warehouse robotics");
  pursuit_company_set_size (info, "51-200");
  pursuit_company_set_website (info, "https://www.acme.com/");
  pursuit_company_set_domain (info, "acme.com");
  pursuit_company_set_locations (info, locations);
  pursuit_company_set_description (info, "Acme designs and builds robots that pick and pack orders in "
                                   "warehouses across Europe.");
  g_assert_true (pursuit_store_remember_company_info (fixture->store, info, NULL));
  g_assert_true (pursuit_store_set_company_summary (fixture->store, key, AI_SUMMARY, NULL));
  g_assert_true (pursuit_store_set_company_notes (fixture->store, key, "Ask about the on-call rota.", NULL));
  spin_until_idle ();

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "company-window.png");

  /* And its end, with the notes. */
  {
    GtkWidget *page = pursuit_test_find_type (GTK_WIDGET (fixture->window), ADW_TYPE_PREFERENCES_PAGE);
    GtkWidget *scrolled = pursuit_test_find_type (page, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    spin_until_idle ();
    pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "company-window-end.png");
    gtk_adjustment_set_value (adjustment, 0);
  }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  spin_until_idle ();
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "company-window-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  spin_until_idle ();
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/company-window/no-display"))
    return g_test_run ();

  g_test_add ("/ui/company-window/jobs-outcomes-contacts", Fixture, GINT_TO_POINTER (1),
              fixture_setup, test_jobs_outcomes_contacts, fixture_teardown);
  g_test_add ("/ui/company-window/info", Fixture, GINT_TO_POINTER (1), fixture_setup, test_info, fixture_teardown);
  g_test_add ("/ui/company-window/notes", Fixture, GINT_TO_POINTER (1), fixture_setup, test_notes, fixture_teardown);
  g_test_add ("/ui/company-window/ai-summary", Fixture, NULL, fixture_setup, test_ai_summary, fixture_teardown);
  g_test_add ("/ui/company-window/ai-error", Fixture, NULL, fixture_setup, test_ai_error, fixture_teardown);
  g_test_add ("/ui/company-window/open-job", Fixture, GINT_TO_POINTER (1), fixture_setup, test_open_job,
              fixture_teardown);
  g_test_add ("/ui/company-window/missing", Fixture, NULL, fixture_setup, test_missing, fixture_teardown);
  g_test_add ("/ui/company-window/from-job-page", Fixture, NULL, fixture_setup, test_from_job_page,
              fixture_teardown);
  g_test_add ("/ui/company-window/screenshot", Fixture, GINT_TO_POINTER (1), fixture_setup, test_screenshot,
              fixture_teardown);

  return g_test_run ();
}
