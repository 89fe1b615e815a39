/* test-integrations-page.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "pursuit-account-row.h"
#include "pursuit-caldav-dialog.h"
#include "pursuit-integrations-page.h"
#include "pursuit-preferences-window.h"
#include "pursuit-test-calendar-backend.h"
#include "pursuit-test-keyring.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

/* Why the tests that clear secrets cannot run, NULL when they can. */
static char *keyring_missing;

/* Fixture data: the app's preferences window rather than a bare one. */
#define FULL_WINDOW GINT_TO_POINTER (1)

typedef struct
{
  StoreFixture              store;
  PursuitHttp              *http;
  PursuitSecretStore       *secrets;
  PursuitSyncEngine        *engine;
  TestBackend              *backend;
  AdwPreferencesWindow     *window;
  PursuitIntegrationsPage  *page;
  GPtrArray                *opened_uris;
} Fixture;

#define SPIN_UNTIL(cond)                                                        \
  G_STMT_START {                                                                \
    gint64 spin_end_ = g_get_monotonic_time () + 30 * G_TIME_SPAN_SECOND;       \
    while (!(cond))                                                             \
      {                                                                         \
        if (g_get_monotonic_time () > spin_end_)                                \
          g_error ("Timed out waiting for %s", #cond);                          \
        g_main_context_iteration (NULL, FALSE);                                 \
        g_usleep (1000);                                                        \
      }                                                                         \
  } G_STMT_END

static void
spin_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static PursuitCalendarBackend *
make_backend (PursuitAccount *account,
              gpointer        user_data)
{
  Fixture *fixture = user_data;

  return g_object_ref (PURSUIT_CALENDAR_BACKEND (fixture->backend));
}

static void
record_uri (const char *uri,
            gpointer    user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->opened_uris, g_strdup (uri));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  store_fixture_setup (&fixture->store, data);

  fixture->http = pursuit_http_new ();
  /* Failures at once, not after a minute of backoff. */
  pursuit_http_set_retry_policy (fixture->http, 0, 10, 10);
  fixture->secrets = pursuit_secret_store_new ();
  fixture->backend = test_backend_new ();
  fixture->engine = pursuit_sync_engine_new (fixture->store.store, fixture->http, fixture->secrets);
  pursuit_sync_engine_set_backend_factory (fixture->engine, make_backend, fixture, NULL);
  fixture->opened_uris = g_ptr_array_new_with_free_func (g_free);

  /* The whole preferences window only where it matters: its other pages
   * cost seconds a test under AddressSanitizer. */
  if (data == FULL_WINDOW)
    {
      PursuitPreferencesWindow *window = PURSUIT_PREFERENCES_WINDOW (pursuit_preferences_window_new (fixture->store.store));

      fixture->window = ADW_PREFERENCES_WINDOW (window);
      pursuit_preferences_window_set_sync_engine (window, fixture->engine, fixture->secrets);
      fixture->page = PURSUIT_INTEGRATIONS_PAGE (pursuit_preferences_window_get_integrations_page (window));
    }
  else
    {
      fixture->window = ADW_PREFERENCES_WINDOW (adw_preferences_window_new ());
      fixture->page = PURSUIT_INTEGRATIONS_PAGE (pursuit_integrations_page_new (fixture->engine, fixture->secrets));
      adw_preferences_window_add (fixture->window, ADW_PREFERENCES_PAGE (fixture->page));
    }
  g_object_ref_sink (fixture->window);
  g_assert_nonnull (fixture->page);
  pursuit_integrations_page_set_open_uri_func (fixture->page, record_uri, fixture);

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 640, 760);
  adw_preferences_window_set_visible_page_name (fixture->window, "integrations");
  gtk_window_present (GTK_WINDOW (fixture->window));
  spin_until_idle ();
}

static void
close_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window) || PURSUIT_IS_CALDAV_DIALOG (window))
        gtk_window_destroy (window);
    }
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");

  g_settings_reset (settings, "google-client-id");

  close_dialogs ();
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin_until_idle ();
  g_assert_finalize_object (fixture->window);

  pursuit_sync_engine_stop (fixture->engine);
  spin_for (50);
  g_assert_finalize_object (g_steal_pointer (&fixture->engine));
  g_assert_finalize_object (g_steal_pointer (&fixture->backend));
  g_clear_object (&fixture->secrets);
  g_clear_object (&fixture->http);
  g_clear_pointer (&fixture->opened_uris, g_ptr_array_unref);

  store_fixture_teardown (&fixture->store, data);
}

/* Helpers */

static gpointer
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;

      found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The label under @root showing exactly @text, or NULL. */
static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0)
        return GTK_LABEL (child);

      found = find_label (child, text);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
is_shown (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w))
      return FALSE;

  return TRUE;
}

static gint64
add_account (Fixture    *fixture,
             const char *label)
{
  g_autoptr(PursuitAccount) account = pursuit_account_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  pursuit_account_set_kind (account, "caldav");
  pursuit_account_set_label (account, label);
  pursuit_account_set_server_url (account, "https://dav.example.com/");
  pursuit_account_set_username (account, "ann");
  pursuit_account_set_calendar_id (account, TEST_BACKEND_CALENDAR_PRIMARY);
  pursuit_account_set_calendar_name (account, TEST_BACKEND_CALENDAR_PRIMARY_NAME);

  id = pursuit_store_add_account (fixture->store.store, account, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  return id;
}

/* An interview tomorrow, which every account with a calendar gets. */
static gint64
add_interview (Fixture *fixture)
{
  gint64 job_id = add_job (fixture->store.store, "Engineer", "Initech", "interviewing");
  g_autoptr(PursuitInterview) interview = NULL;

  interview = make_interview (job_id, "video", g_get_real_time () / G_USEC_PER_SEC + 24 * 60 * 60, 45);

  return store_interview (fixture->store.store, interview);
}

static PursuitAccountRow *
account_row (Fixture *fixture,
             gint64   id)
{
  PursuitAccountRow *row;

  spin_until_idle ();
  row = pursuit_integrations_page_get_account_row (fixture->page, id);
  g_assert_nonnull (row);

  return row;
}

static GtkSwitch *
row_switch (PursuitAccountRow *row,
            const char        *title)
{
  GtkWidget *action_row = pursuit_test_find_row (GTK_WIDGET (row), title);
  GtkSwitch *widget;

  g_assert_nonnull (action_row);
  widget = find_descendant (action_row, GTK_TYPE_SWITCH);
  g_assert_nonnull (widget);

  return widget;
}

/* Tests */

static void
test_integrations_empty (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkWidget *empty = pursuit_test_find_row (GTK_WIDGET (fixture->page), "No Accounts Yet");
  gint64 id;

  g_assert_cmpuint (pursuit_integrations_page_get_n_accounts (fixture->page), ==, 0);
  g_assert_nonnull (empty);
  g_assert_true (is_shown (empty));
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (fixture->page), "OAuth Client ID"));
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (fixture->page), "Client Secret"));
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (fixture->page), "Add CalDAV Calendar…"));

  /* The how-to opens the README's section. */
  g_signal_emit_by_name (pursuit_test_find_row (GTK_WIDGET (fixture->page), "How to Get These"), "activated");
  g_assert_cmpuint (fixture->opened_uris->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->opened_uris, 0), ==, PURSUIT_INTEGRATIONS_HOWTO_URL);

  /* An account added elsewhere (the CLI, another window) shows up. */
  id = add_account (fixture, "ann@dav.example.com");
  account_row (fixture, id);
  g_assert_false (is_shown (empty));
}

static void
test_integrations_accounts (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char *hostile = "Server said <b>no</b> & <i>more</i>";
  g_autoptr(GError) error = NULL;
  PursuitAccountRow *row, *broken_row;
  PursuitCaldavDialog *dialog;
  gint64 id, broken;
  GtkLabel *label;
  g_autofree char *expected = NULL;

  add_interview (fixture);
  id = add_account (fixture, "Ann <ann@example.com> & co");
  broken = add_account (fixture, "bob@dav.example.com");
  g_assert_true (pursuit_store_record_account_sync (fixture->store.store, broken, NULL, 0,
                                                    hostile, TRUE, &error));
  g_assert_no_error (error);

  row = account_row (fixture, id);
  broken_row = account_row (fixture, broken);
  g_assert_cmpuint (pursuit_integrations_page_get_n_accounts (fixture->page), ==, 2);

  /* The label is shown as typed, not as markup. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Ann <ann@example.com> & co");
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  label = find_label (GTK_WIDGET (row), "Ann <ann@example.com> & co");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));

  /* State, last sync and the interview waiting to be written. */
  expected = g_strdup_printf ("%s · Never synced · 1 change waiting",
                              pursuit_account_state_get_label (pursuit_sync_engine_get_account_state (fixture->engine, id)));
  g_assert_cmpstr (pursuit_account_row_get_summary (row), ==, expected);
  g_assert_nonnull (strstr (pursuit_account_row_get_summary (broken_row), " · Never synced"));

  /* The error as plain text, only where there is one. */
  label = find_label (GTK_WIDGET (broken_row), hostile);
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_cmpstr (gtk_label_get_text (label), ==, hostile);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (label)))));
  g_assert_null (find_label (GTK_WIDGET (row), hostile));

  /* Sign In Again only where the credentials were refused. */
  g_assert_true (gtk_widget_get_visible (pursuit_test_find_row (GTK_WIDGET (broken_row), "Sign-In Needed")));
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_row (GTK_WIDGET (row), "Sign-In Needed")));

  /* For CalDAV it asks for the password again, the rest filled in. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (broken_row), "account.sign-in", NULL));
  SPIN_UNTIL (pursuit_test_find_toplevel (PURSUIT_TYPE_CALDAV_DIALOG) != NULL);
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_CALDAV_DIALOG);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog), "Server URL"))),
                   ==, "https://dav.example.com/");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog), "User Name"))),
                   ==, "ann");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pursuit_test_find_row (GTK_WIDGET (dialog), "Password"))),
                   ==, "");
}

static void
test_integrations_describe_last_sync (void)
{
  static const struct {
    gint64      ago;
    const char *text;
  } cases[] = {
    { -30, "Synced just now" },
    { 0, "Synced just now" },
    { 59, "Synced just now" },
    { 60, "Synced 1 minute ago" },
    { 5 * 60 + 10, "Synced 5 minutes ago" },
    { 60 * 60, "Synced 1 hour ago" },
    { 3 * 60 * 60, "Synced 3 hours ago" },
    { 2 * 24 * 60 * 60, "Synced 2 days ago" },
  };
  gint64 now = 1800000000;
  g_autofree char *never = pursuit_account_row_describe_last_sync (0, now);

  g_assert_cmpstr (never, ==, "Never synced");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = pursuit_account_row_describe_last_sync (now - cases[i].ago, now);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_integrations_sync_now (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(PursuitAccount) account = NULL;
  PursuitAccountRow *row;
  g_autofree char *expected = NULL;
  gint64 id;

  add_interview (fixture);
  id = add_account (fixture, "ann@dav.example.com");
  row = account_row (fixture, id);
  g_assert_nonnull (strstr (pursuit_account_row_get_summary (row), "1 change waiting"));

  test_backend_set_delay (fixture->backend, 200);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "account.sync", NULL));
  /* Busy: the spinner turns and Sync Now waits. */
  g_assert_true (gtk_widget_get_visible (find_descendant (GTK_WIDGET (row), GTK_TYPE_SPINNER)));

  SPIN_UNTIL (!gtk_widget_get_visible (find_descendant (GTK_WIDGET (row), GTK_TYPE_SPINNER)));
  spin_until_idle ();
  account = get_stored_account (fixture->store.store, id);
  g_assert_cmpint (pursuit_account_get_last_sync_at (account), >, 0);
  g_assert_cmpuint (test_backend_get_n_events (fixture->backend), ==, 1);
  g_assert_cmpuint (pursuit_store_count_pending_outbox (fixture->store.store, id), ==, 0);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_CREATE), ==, 1);
  expected = g_strdup_printf ("%s · Synced just now",
                              pursuit_account_state_get_label (PURSUIT_ACCOUNT_STATE_CONNECTED));
  g_assert_cmpstr (pursuit_account_row_get_summary (row), ==, expected);
}

static void
test_integrations_sync_error (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) failure = g_error_new_literal (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_BAD_REQUEST,
                                                   "The server refused <the event> & gave up.");
  g_autoptr(PursuitAccount) account = NULL;
  PursuitAccountRow *row;
  GtkLabel *label;
  gint64 id;

  add_interview (fixture);
  id = add_account (fixture, "ann@dav.example.com");
  row = account_row (fixture, id);

  test_backend_fail_next (fixture->backend, 1, failure);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "account.sync", NULL));
  SPIN_UNTIL (!gtk_widget_get_visible (find_descendant (GTK_WIDGET (row), GTK_TYPE_SPINNER)));
  spin_until_idle ();

  /* The account's last error, shown as it is. */
  account = get_stored_account (fixture->store.store, id);
  g_assert_nonnull (pursuit_account_get_last_error (account));
  g_test_message ("last error: %s", pursuit_account_get_last_error (account));
  label = find_label (GTK_WIDGET (row), pursuit_account_get_last_error (account));
  g_assert_nonnull (label);
  g_assert_true (is_shown (GTK_WIDGET (label)));
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_cmpuint (test_backend_get_n_events (fixture->backend), ==, 0);
}

static void
test_integrations_disconnect (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) accounts = NULL;
  AdwMessageDialog *dialog;
  PursuitAccountRow *row;
  gint64 id;

  if (keyring_missing != NULL)
    {
      g_test_skip (keyring_missing);
      return;
    }

  id = add_account (fixture, "ann@dav.example.com");
  row = account_row (fixture, id);

  /* Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "account.disconnect", NULL));
  SPIN_UNTIL (pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL);
  dialog = pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Disconnect ann@dav.example.com?");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "disconnect"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin_for (100);
  g_assert_cmpuint (pursuit_integrations_page_get_n_accounts (fixture->page), ==, 1);

  /* Disconnect removes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "account.disconnect", NULL));
  SPIN_UNTIL (pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL);
  dialog = pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (dialog, "disconnect");
  gtk_window_destroy (GTK_WINDOW (dialog));

  SPIN_UNTIL (pursuit_integrations_page_get_n_accounts (fixture->page) == 0);
  accounts = pursuit_store_list_accounts (fixture->store.store, NULL);
  g_assert_cmpuint (accounts->len, ==, 0);
  g_assert_true (is_shown (pursuit_test_find_row (GTK_WIDGET (fixture->page), "No Accounts Yet")));
}

static void
test_integrations_toggles (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char * const titles[] = {
    "Enabled", "Add Follow-Ups as Events", "Invite the Interviewer",
  };
  PursuitAccountRow *row;
  gint64 id;

  id = add_account (fixture, "ann@dav.example.com");
  row = account_row (fixture, id);

  /* The defaults: enabled, nothing else. */
  g_assert_true (gtk_switch_get_active (row_switch (row, titles[0])));
  g_assert_false (gtk_switch_get_active (row_switch (row, titles[1])));
  g_assert_false (gtk_switch_get_active (row_switch (row, titles[2])));

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkSwitch *widget = row_switch (row, titles[i]);
      g_autoptr(PursuitAccount) account = NULL;
      gboolean values[3];

      gtk_switch_set_active (widget, !gtk_switch_get_active (widget));
      spin_until_idle ();

      account = get_stored_account (fixture->store.store, id);
      values[0] = pursuit_account_get_enabled (account);
      values[1] = pursuit_account_get_sync_follow_ups (account);
      values[2] = pursuit_account_get_invite_interviewer (account);
      for (guint j = 0; j < G_N_ELEMENTS (titles); j++)
        g_assert_cmpint (values[j], ==, gtk_switch_get_active (row_switch (row, titles[j])));
      g_assert_cmpint (values[i], ==, i == 0 ? FALSE : TRUE);
    }
}

static void
test_integrations_calendars (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PursuitAccount) account = NULL;
  PursuitAccountRow *row;
  AdwComboRow *combo;
  GListModel *model;
  gint64 id;

  id = add_account (fixture, "ann@dav.example.com");
  row = account_row (fixture, id);
  combo = ADW_COMBO_ROW (pursuit_test_find_row (GTK_WIDGET (row), "Calendar"));
  g_assert_nonnull (combo);

  /* Before the row opens: just the calendar chosen, no request. */
  model = adw_combo_row_get_model (combo);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, TEST_BACKEND_CALENDAR_PRIMARY_NAME);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_LIST_CALENDARS), ==, 0);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  SPIN_UNTIL (g_list_model_get_n_items (adw_combo_row_get_model (combo)) == 2);
  model = adw_combo_row_get_model (combo);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, TEST_BACKEND_CALENDAR_PRIMARY_NAME);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 1), ==, TEST_BACKEND_CALENDAR_OTHER_NAME);
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, 0);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_LIST_CALENDARS), ==, 1);

  adw_combo_row_set_selected (combo, 1);
  spin_until_idle ();
  account = get_stored_account (fixture->store.store, id);
  g_assert_cmpstr (pursuit_account_get_calendar_id (account), ==, TEST_BACKEND_CALENDAR_OTHER);
  g_assert_cmpstr (pursuit_account_get_calendar_name (account), ==, TEST_BACKEND_CALENDAR_OTHER_NAME);

  /* The store's change keeps the choice shown, without asking again. */
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, 1);
  g_assert_cmpuint (test_backend_get_calls (fixture->backend, TEST_BACKEND_LIST_CALENDARS), ==, 1);
}

static void
test_integrations_check_url (void)
{
  static const char * const bad[] = {
    "", "   ", "ftp://dav.example.com/", "file:///etc/passwd", "mailto:ann@example.com",
    "https://", "javascript:alert(1)",
  };
  g_autofree char *plain = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *port = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *url = pursuit_caldav_dialog_check_url (bad[i], &error);

      g_assert_null (url);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
      g_assert_nonnull (error->message);
    }

  plain = pursuit_caldav_dialog_check_url (" http://127.0.0.1:5232/ ", NULL);
  g_assert_cmpstr (plain, ==, "http://127.0.0.1:5232/");
  bare = pursuit_caldav_dialog_check_url ("cloud.example.com/remote.php/dav", NULL);
  g_assert_cmpstr (bare, ==, "https://cloud.example.com/remote.php/dav");
  port = pursuit_caldav_dialog_check_url ("cloud.example.com:8443/dav", NULL);
  g_assert_cmpstr (port, ==, "https://cloud.example.com:8443/dav");
}

static void
set_row_text (GtkWidget  *root,
              const char *title,
              const char *text)
{
  GtkWidget *row = pursuit_test_find_row (root, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_integrations_caldav_dialog (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) failure = g_error_new_literal (PURSUIT_HTTP_ERROR, PURSUIT_HTTP_ERROR_UNAUTHORIZED,
                                                   "The server refused the password.");
  PursuitCaldavDialog *dialog;
  GtkLabel *label;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "integrations.add-caldav", NULL));
  SPIN_UNTIL (pursuit_test_find_toplevel (PURSUIT_TYPE_CALDAV_DIALOG) != NULL);
  dialog = pursuit_test_find_toplevel (PURSUIT_TYPE_CALDAV_DIALOG);

  /* Nothing typed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "caldav.add", NULL));
  g_assert_cmpstr (pursuit_caldav_dialog_get_error (dialog), ==, "Enter the address of your CalDAV server.");
  label = find_label (GTK_WIDGET (dialog), pursuit_caldav_dialog_get_error (dialog));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_false (pursuit_caldav_dialog_get_busy (dialog));

  /* Typing clears the message. */
  set_row_text (GTK_WIDGET (dialog), "Server URL", "ftp://dav.example.com/");
  g_assert_null (pursuit_caldav_dialog_get_error (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (label)));

  /* Not a web address. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "caldav.add", NULL));
  g_assert_nonnull (strstr (pursuit_caldav_dialog_get_error (dialog), "https://"));

  /* No user name, no password. */
  set_row_text (GTK_WIDGET (dialog), "Server URL", "http://127.0.0.1:1/dav/");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "caldav.add", NULL));
  g_assert_cmpstr (pursuit_caldav_dialog_get_error (dialog), ==, "Enter your user name on the server.");
  set_row_text (GTK_WIDGET (dialog), "User Name", "ann");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "caldav.add", NULL));
  g_assert_nonnull (strstr (pursuit_caldav_dialog_get_error (dialog), "password"));

  /* The server fails: the dialog says so in words and stays. Nothing
   * listens on port 1, and the test backend fails too, whichever the
   * engine asks. */
  set_row_text (GTK_WIDGET (dialog), "Password", "secret <b>");
  test_backend_fail_next (fixture->backend, 1, failure);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "caldav.add", NULL));
  g_assert_null (pursuit_caldav_dialog_get_error (dialog));
  g_assert_true (pursuit_caldav_dialog_get_busy (dialog));
  g_assert_true (gtk_widget_get_visible (find_descendant (GTK_WIDGET (dialog), GTK_TYPE_SPINNER)));
  SPIN_UNTIL (!pursuit_caldav_dialog_get_busy (dialog));

  g_assert_nonnull (pursuit_caldav_dialog_get_error (dialog));
  g_test_message ("CalDAV failure shown: %s", pursuit_caldav_dialog_get_error (dialog));
  g_assert_null (strstr (pursuit_caldav_dialog_get_error (dialog), "secret <b>"));
  label = find_label (GTK_WIDGET (dialog), pursuit_caldav_dialog_get_error (dialog));
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (pursuit_integrations_page_get_n_accounts (fixture->page), ==, 0);

  pursuit_test_save_screenshot (GTK_WIDGET (dialog), "integrations-caldav-dialog.png");
}

static void
test_integrations_google_no_client (Fixture       *fixture,
                                    gconstpointer  data)
{
  /* No client id typed and (in the test build) none built in. */
  pursuit_sync_engine_set_google_client (fixture->engine, NULL, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "integrations.connect-google", NULL));
  SPIN_UNTIL (!pursuit_integrations_page_get_connecting (fixture->page));

  g_assert_nonnull (pursuit_integrations_page_get_google_error (fixture->page));
  g_assert_nonnull (strstr (pursuit_integrations_page_get_google_error (fixture->page), "client ID"));
  g_assert_cmpuint (fixture->opened_uris->len, ==, 0);
}

static void
test_integrations_google_cancel (Fixture       *fixture,
                                 gconstpointer  data)
{
  const char *uri;

  set_row_text (GTK_WIDGET (fixture->page), "OAuth Client ID", "1234-test.apps.googleusercontent.com");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "integrations.connect-google", NULL));
  g_assert_true (pursuit_integrations_page_get_connecting (fixture->page));

  /* The browser is sent to Google with the client typed in. */
  SPIN_UNTIL (fixture->opened_uris->len == 1 || !pursuit_integrations_page_get_connecting (fixture->page));
  g_assert_cmpstr (pursuit_integrations_page_get_google_error (fixture->page), ==, NULL);
  uri = g_ptr_array_index (fixture->opened_uris, 0);
  g_assert_nonnull (strstr (uri, "client_id=1234-test.apps.googleusercontent.com"));
  g_assert_true (pursuit_integrations_page_get_connecting (fixture->page));

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "integrations-connecting.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "integrations.cancel-google", NULL));
  g_assert_false (pursuit_integrations_page_get_connecting (fixture->page));
  spin_for (100);
  g_assert_null (pursuit_integrations_page_get_google_error (fixture->page));
}

static void
test_integrations_preferences_window (Fixture       *fixture,
                                      gconstpointer  data)
{
  static const char * const pages[] = { "reminders", "background", "follow-ups", "integrations" };
  GtkWidget *page;

  /* The other pages stay; Integrations comes last. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      adw_preferences_window_set_visible_page_name (fixture->window, pages[i]);
      page = GTK_WIDGET (adw_preferences_window_get_visible_page (fixture->window));
      g_assert_nonnull (page);
      g_assert_cmpstr (adw_preferences_page_get_name (ADW_PREFERENCES_PAGE (page)), ==, pages[i]);
    }
  g_assert_true (page == GTK_WIDGET (fixture->page));
  g_assert_cmpstr (adw_preferences_page_get_title (ADW_PREFERENCES_PAGE (page)), ==, "Integrations");
  g_assert_cmpstr (adw_preferences_page_get_icon_name (ADW_PREFERENCES_PAGE (page)), ==, "network-server-symbolic");
}

static void
test_integrations_screenshots (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  PursuitAccountRow *row;
  gint64 id, broken;

  add_interview (fixture);
  id = add_account (fixture, "ann@example.com");
  broken = add_account (fixture, "bob@dav.example.com");
  g_assert_true (pursuit_store_record_account_sync (fixture->store.store, broken, NULL, 0,
                                                    "The server did not accept the password (401).",
                                                    TRUE, &error));
  g_assert_no_error (error);
  account_row (fixture, broken);
  row = account_row (fixture, id);

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "integrations.png");

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (account_row (fixture, broken)), TRUE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  SPIN_UNTIL (test_backend_get_calls (fixture->backend, TEST_BACKEND_LIST_CALENDARS) == 2);
  spin_for (200);
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "integrations-expanded.png");

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 760);
  spin_for (300);
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "integrations-narrow.png");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  int status;

  /* See test-window.c: no G_TEST_OPTION_ISOLATE_DIRS, no gtk_test_init(). */
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/integrations/check-url", test_integrations_check_url);
  g_test_add_func ("/ui/integrations/describe-last-sync", test_integrations_describe_last_sync);

  /* Before GTK: the private bus becomes the session bus. GTestDBus
   * unsets DISPLAY, which GTK still needs. */
  display = g_strdup (g_getenv ("DISPLAY"));
  if (!pursuit_test_keyring_up (&error))
    keyring_missing = g_strdup (error->message);
  if (display != NULL)
    g_setenv ("DISPLAY", display, TRUE);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/integrations/no-display", pursuit_test_skip_without_display);
      status = g_test_run ();
      pursuit_test_keyring_down ();
      return status;
    }

  adw_init ();

  pursuit_test_add_app_style ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/integrations/empty", test_integrations_empty);
  ADD ("/ui/integrations/accounts", test_integrations_accounts);
  ADD ("/ui/integrations/sync-now", test_integrations_sync_now);
  ADD ("/ui/integrations/sync-error", test_integrations_sync_error);
  ADD ("/ui/integrations/disconnect", test_integrations_disconnect);
  ADD ("/ui/integrations/toggles", test_integrations_toggles);
  ADD ("/ui/integrations/calendars", test_integrations_calendars);
  ADD ("/ui/integrations/caldav-dialog", test_integrations_caldav_dialog);
  ADD ("/ui/integrations/google-no-client", test_integrations_google_no_client);
  ADD ("/ui/integrations/google-cancel", test_integrations_google_cancel);
#undef ADD
  g_test_add ("/ui/integrations/preferences-window", Fixture, FULL_WINDOW, fixture_setup,
              test_integrations_preferences_window, fixture_teardown);
  g_test_add ("/ui/integrations/screenshots", Fixture, FULL_WINDOW, fixture_setup,
              test_integrations_screenshots, fixture_teardown);

  status = g_test_run ();

  pursuit_test_keyring_down ();
  g_clear_pointer (&keyring_missing, g_free);

  return status;
}
