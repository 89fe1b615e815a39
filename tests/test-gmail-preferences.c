/* test-gmail-preferences.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Apart from test-inbox-view.c: the preferences window on top of the main
 * window makes GLib's quark table grow, whose first block it never frees,
 * which LeakSanitizer reports. */

#include <adwaita.h>

#include "pursuit-account-row.h"
#include "pursuit-integrations-page.h"
#include "pursuit-store-mail.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

typedef struct
{
  char         *dir;
  PursuitStore *store;
  gint64        account_id;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = open_temp_store ("pursuit-test-gmail-prefs-XXXXXX", &fixture->dir);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  spin_until_idle ();

  close_temp_store (&fixture->store, &fixture->dir);
}

static void
on_gmail_toggled_cb (PursuitAccountRow *row,
                     gboolean           active,
                     int               *toggled)
{
  *toggled = active ? 1 : 0;
}

/* Preferences → Integrations: the account's Gmail switch, and the Gmail
 * group bound to the settings the app hands to the mail engine. */
static void
test_gmail_preferences (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(PursuitHttp) http = pursuit_http_new ();
  g_autoptr(PursuitSecretStore) secrets = pursuit_secret_store_new ();
  g_autoptr(PursuitSyncEngine) engine = NULL;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.pursuit.Pursuit");
  g_autoptr(PursuitAccount) account = NULL;
  AdwPreferencesWindow *window;
  PursuitIntegrationsPage *page;
  PursuitAccountRow *row;
  GtkWidget *gmail_row, *combo, *days_row;
  int toggled = -1;

  fixture->account_id = add_google_account (fixture->store, "ann@gmail.example", "primary", TEST_GMAIL_SCOPES);
  engine = pursuit_sync_engine_new (fixture->store, http, secrets);

  window = ADW_PREFERENCES_WINDOW (adw_preferences_window_new ());
  page = PURSUIT_INTEGRATIONS_PAGE (pursuit_integrations_page_new (engine, NULL));
  adw_preferences_window_add (window, ADW_PREFERENCES_PAGE (page));
  pursuit_test_show_window (window, 640, 900);

  row = pursuit_integrations_page_get_account_row (page, fixture->account_id);
  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gmail_row = pursuit_test_find_row (GTK_WIDGET (row), "Gmail");
  g_assert_nonnull (gmail_row);
  g_assert_true (gtk_widget_get_visible (gmail_row));
  g_assert_true (pursuit_account_row_get_gmail_active (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gmail_row)), ==, "Never synced");

  /* The settings, both ways. */
  days_row = pursuit_test_find_row (GTK_WIDGET (page), "First Sync Reads");
  g_assert_nonnull (days_row);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (pursuit_test_find_type (days_row,
                                                                                          GTK_TYPE_SPIN_BUTTON))),
                     ==, 90);
  combo = pursuit_test_find_row (GTK_WIDGET (page), "Apply Automatically");
  g_assert_nonnull (combo);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 0);
  g_settings_set_int (settings, "gmail-auto-apply-percent", 90);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 2);
  g_settings_set_int (settings, "gmail-auto-apply-percent", 85);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (combo)), ==, 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 3);
  g_assert_cmpint (g_settings_get_int (settings, "gmail-auto-apply-percent"), ==, 80);
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 0);
  g_assert_cmpint (g_settings_get_int (settings, "gmail-auto-apply-percent"), ==, 0);

  pursuit_test_save_screenshot (GTK_WIDGET (window), "gmail-preferences.png");

  /* Off: the page turns Gmail off for the account. */
  g_signal_connect (row, "gmail-toggled", G_CALLBACK (on_gmail_toggled_cb), &toggled);
  gtk_switch_set_active (GTK_SWITCH (pursuit_test_find_type (gmail_row, GTK_TYPE_SWITCH)), FALSE);
  spin_until_idle ();
  g_assert_cmpint (toggled, ==, 0);
  account = pursuit_store_get_account (fixture->store, fixture->account_id, NULL);
  g_assert_nonnull (account);
  g_assert_false (pursuit_account_get_mail_enabled (account));
  row = pursuit_integrations_page_get_account_row (page, fixture->account_id);
  g_assert_false (pursuit_account_row_get_gmail_active (row));

  gtk_window_destroy (GTK_WINDOW (window));
  spin_until_idle ();
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/gmail-preferences/no-display"))
    return g_test_run ();

  g_test_add ("/ui/gmail-preferences/switch-and-settings", Fixture, NULL,
              fixture_setup, test_gmail_preferences, fixture_teardown);

  return g_test_run ();
}
