/* test-preferences.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "pursuit-ai-provider.h"
#include "pursuit-preferences-window.h"
#include "pursuit-sequence-editor.h"
#include "pursuit-store.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

static const char * const reset_keys[] = {
  "notify-reminders", "default-snooze-minutes", "interview-reminder-minutes",
  "quiet-hours-enabled", "quiet-hours-start", "quiet-hours-end", "ghosting-days",
  "run-in-background", "start-at-login", "show-tray-icon",
  "recommendation-weight-skills", "recommendation-weight-behaviour", "recommendation-weight-salary",
  "recommendation-weight-location", "recommendation-weight-company",
  "ai-enabled", "ai-base-url", "ai-model",
};

typedef struct
{
  StoreFixture              store;
  PursuitPreferencesWindow *window;
  GSettings                *settings;
} Fixture;

static void
spin_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  store_fixture_setup (&fixture->store, data);

  fixture->window = PURSUIT_PREFERENCES_WINDOW (pursuit_preferences_window_new (fixture->store.store));
  g_object_ref_sink (fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  spin_until_idle ();

  /* The tests run with the schema from the build folder. */
  fixture->settings = pursuit_preferences_window_get_settings (fixture->window);
  g_assert_nonnull (fixture->settings);
  g_object_ref (fixture->settings);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  /* The memory backend lives as long as the process. */
  for (guint i = 0; i < G_N_ELEMENTS (reset_keys); i++)
    g_settings_reset (fixture->settings, reset_keys[i]);
  g_clear_object (&fixture->settings);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  spin_until_idle ();
  g_assert_finalize_object (fixture->window);

  store_fixture_teardown (&fixture->store, data);
}

/* The first descendant of @root of exactly @type (not a subclass) whose
 * row title is @title, or of @type at all when @title is NULL. */
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

      if (G_OBJECT_TYPE (child) == type || (title == NULL && G_TYPE_CHECK_INSTANCE_TYPE (child, type)))
        {
          if (title == NULL ||
              (ADW_IS_PREFERENCES_ROW (child) &&
               g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0))
            return child;
        }

      found = find_widget (child, type, title);
      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The widget of @type in the row titled @title. */
static gpointer
row_widget (Fixture    *fixture,
            const char *title,
            GType       type)
{
  GtkWidget *row = pursuit_test_find_row (GTK_WIDGET (fixture->window), title);
  GtkWidget *widget;

  g_assert_nonnull (row);
  widget = find_widget (row, type, NULL);
  g_assert_nonnull (widget);

  return widget;
}

static GtkWidget *
sequence_row (Fixture    *fixture,
              const char *name)
{
  return find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_ACTION_ROW, name);
}

static PursuitSequenceEditor *
open_editor (Fixture    *fixture,
             const char *name)
{
  GtkWidget *editor;

  if (name != NULL)
    {
      GtkWidget *row = sequence_row (fixture, name);

      g_assert_nonnull (row);
      adw_action_row_activate (ADW_ACTION_ROW (row));
    }
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "prefs.add-sequence", NULL));

  spin_for (400);
  editor = find_widget (GTK_WIDGET (fixture->window), PURSUIT_TYPE_SEQUENCE_EDITOR, NULL);
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_mapped (editor));

  return PURSUIT_SEQUENCE_EDITOR (editor);
}

static char *
active_key (Fixture    *fixture,
            const char *trigger)
{
  g_autoptr(PursuitFollowUpSequence) sequence = pursuit_store_get_active_sequence (fixture->store.store, trigger);

  return g_strdup (pursuit_follow_up_sequence_get_key (sequence));
}

static void
test_preferences_switches (Fixture       *fixture,
                           gconstpointer  data)
{
  static const struct { const char *row; const char *key; } switches[] = {
    { "Notify About Reminders", "notify-reminders" },
    { "Quiet Hours", "quiet-hours-enabled" },
    { "Run in Background", "run-in-background" },
    { "Start at Login", "start-at-login" },
    { "Show in the System Tray", "show-tray-icon" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (switches); i++)
    {
      GtkSwitch *toggle = row_widget (fixture, switches[i].row, GTK_TYPE_SWITCH);
      gboolean value = g_settings_get_boolean (fixture->settings, switches[i].key);

      g_test_message ("row: %s", switches[i].row);
      g_assert_cmpint (gtk_switch_get_active (toggle), ==, value);

      /* Both ways: the widget writes the key, the key moves the widget. */
      gtk_switch_set_active (toggle, !value);
      g_assert_cmpint (g_settings_get_boolean (fixture->settings, switches[i].key), ==, !value);
      g_settings_set_boolean (fixture->settings, switches[i].key, value);
      g_assert_cmpint (gtk_switch_get_active (toggle), ==, value);
    }
}

static void
test_preferences_numbers (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkSpinButton *snooze = row_widget (fixture, "Snooze Time", GTK_TYPE_SPIN_BUTTON);
  GtkSpinButton *ghosting = row_widget (fixture, "Offer Ghosted After", GTK_TYPE_SPIN_BUTTON);
  GtkSpinButton *from = row_widget (fixture, "From", GTK_TYPE_SPIN_BUTTON);
  GtkSpinButton *until = row_widget (fixture, "Until", GTK_TYPE_SPIN_BUTTON);
  GtkWidget *from_row = pursuit_test_find_row (GTK_WIDGET (fixture->window), "From");

  g_assert_cmpint (gtk_spin_button_get_value_as_int (snooze), ==, 60);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (ghosting), ==, 21);

  gtk_spin_button_set_value (snooze, 30);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "default-snooze-minutes"), ==, 30);
  gtk_spin_button_set_value (ghosting, 45);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "ghosting-days"), ==, 45);
  g_settings_set_int (fixture->settings, "ghosting-days", 14);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (ghosting), ==, 14);

  /* Quiet hours read and write as a time of day. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (from)), ==, "22:00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (until)), ==, "07:00");
  g_assert_false (gtk_widget_get_sensitive (from_row));
  g_settings_set_boolean (fixture->settings, "quiet-hours-enabled", TRUE);
  g_assert_true (gtk_widget_get_sensitive (from_row));

  gtk_editable_set_text (GTK_EDITABLE (until), "6:30");
  gtk_spin_button_update (until);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "quiet-hours-end"), ==, 6 * 60 + 30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (until)), ==, "06:30");

  gtk_editable_set_text (GTK_EDITABLE (from), "23");
  gtk_spin_button_update (from);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "quiet-hours-start"), ==, 23 * 60);

  /* Nonsense is refused and the time stays. */
  gtk_editable_set_text (GTK_EDITABLE (from), "25:99");
  gtk_spin_button_update (from);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "quiet-hours-start"), ==, 23 * 60);
  gtk_editable_set_text (GTK_EDITABLE (from), "soon");
  gtk_spin_button_update (from);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "quiet-hours-start"), ==, 23 * 60);
}

static void
test_preferences_interview_reminders (Fixture       *fixture,
                                      gconstpointer  data)
{
  GtkCheckButton *day = row_widget (fixture, "1 Day Before", GTK_TYPE_CHECK_BUTTON);
  GtkCheckButton *hour = row_widget (fixture, "1 Hour Before", GTK_TYPE_CHECK_BUTTON);
  GtkCheckButton *quarter = row_widget (fixture, "15 Minutes Before", GTK_TYPE_CHECK_BUTTON);
  g_autofree char *value = NULL;

  g_assert_true (gtk_check_button_get_active (day));
  g_assert_true (gtk_check_button_get_active (hour));
  g_assert_true (gtk_check_button_get_active (quarter));

  gtk_check_button_set_active (hour, FALSE);
  value = g_settings_get_string (fixture->settings, "interview-reminder-minutes");
  g_assert_cmpstr (value, ==, "1440,15");
  g_clear_pointer (&value, g_free);

  /* A time set elsewhere, with no check button, is kept. */
  g_settings_set_string (fixture->settings, "interview-reminder-minutes", "30, 1440, junk");
  g_assert_true (gtk_check_button_get_active (day));
  g_assert_false (gtk_check_button_get_active (hour));
  g_assert_false (gtk_check_button_get_active (quarter));

  gtk_check_button_set_active (quarter, TRUE);
  value = g_settings_get_string (fixture->settings, "interview-reminder-minutes");
  g_assert_cmpstr (value, ==, "1440,30,15");
  g_clear_pointer (&value, g_free);

  gtk_check_button_set_active (day, FALSE);
  gtk_check_button_set_active (quarter, FALSE);
  value = g_settings_get_string (fixture->settings, "interview-reminder-minutes");
  g_assert_cmpstr (value, ==, "30");
}

static void
test_preferences_active_sequence (Fixture       *fixture,
                                  gconstpointer  data)
{
  AdwComboRow *applied = ADW_COMBO_ROW (find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_COMBO_ROW, "After Applying"));
  AdwComboRow *interview = ADW_COMBO_ROW (find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_COMBO_ROW, "After an Interview"));
  GListModel *model = adw_combo_row_get_model (applied);
  g_autofree char *key = NULL;
  guint passive = G_MAXUINT;

  /* Each combo row offers the sequences of its trigger only. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (interview)), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), adw_combo_row_get_selected (applied)),
                   ==, "Standard");

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), "Passive") == 0)
      passive = i;
  g_assert_cmpuint (passive, !=, G_MAXUINT);

  adw_combo_row_set_selected (applied, passive);
  key = active_key (fixture, "applied");
  g_assert_cmpstr (key, ==, "passive");

  /* The list says which one is in use. */
  g_assert_nonnull (find_widget (sequence_row (fixture, "Passive"), GTK_TYPE_LABEL, NULL));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (sequence_row (fixture, "Passive"))),
                   ==, "Days 7, 21 after applying");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (sequence_row (fixture, "Thank-You Note"))),
                   ==, "1 day after the interview");
}

static void
test_preferences_edit_sequence (Fixture       *fixture,
                                gconstpointer  data)
{
  PursuitSequenceEditor *editor = open_editor (fixture, "Aggressive");
  g_autoptr(PursuitFollowUpSequence) saved = NULL;
  GtkWidget *name;

  g_assert_cmpuint (pursuit_sequence_editor_get_n_steps (editor), ==, 3);
  g_assert_false (pursuit_sequence_editor_get_modified (editor));

  name = find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name");
  g_assert_nonnull (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "Eager <b>& quick</b>");

  /* A chip inserts its placeholder at the cursor of that step's message. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.insert-placeholder", "(us)",
                                             0, "{company}"));
  pursuit_sequence_editor_add_step (editor);
  g_assert_cmpuint (pursuit_sequence_editor_get_n_steps (editor), ==, 4);
  g_assert_true (pursuit_sequence_editor_get_modified (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_false (pursuit_sequence_editor_get_modified (editor));

  saved = pursuit_store_get_sequence (fixture->store.store, "aggressive");
  g_assert_cmpstr (pursuit_follow_up_sequence_get_name (saved), ==, "Eager <b>& quick</b>");
  g_assert_true (pursuit_follow_up_sequence_get_builtin (saved));
  g_assert_cmpuint (pursuit_follow_up_sequence_get_n_steps (saved), ==, 4);
  g_assert_cmpint (pursuit_follow_up_sequence_get_step_days (saved, 3), ==, 17);
  g_assert_nonnull (strstr (pursuit_follow_up_sequence_get_step_template (saved, 0), "{company}"));

  /* The list behind shows the new name, as text. */
  g_assert_nonnull (sequence_row (fixture, "Eager <b>& quick</b>"));
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (sequence_row (fixture, "Eager <b>& quick</b>"))));

  /* A built-in cannot be removed from its editor. */
  g_assert_false (gtk_widget_get_visible (pursuit_test_find_button (GTK_WIDGET (editor), "_Remove Sequence")));
}

static void
test_preferences_builtin_not_removable (Fixture       *fixture,
                                        gconstpointer  data)
{
  PursuitSequenceEditor *editor = open_editor (fixture, "Passive");
  g_autoptr(PursuitFollowUpSequence) still = NULL;

  g_assert_false (gtk_widget_get_visible (pursuit_test_find_button (GTK_WIDGET (editor), "_Remove Sequence")));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.remove", NULL);
  spin_for (100);
  still = pursuit_store_get_sequence (fixture->store.store, "passive");
  g_assert_nonnull (still);
  g_assert_nonnull (sequence_row (fixture, "Passive"));
}

static void
test_preferences_custom_sequence (Fixture       *fixture,
                                  gconstpointer  data)
{
  PursuitSequenceEditor *editor = open_editor (fixture, NULL);
  g_autoptr(PursuitFollowUpSequence) saved = NULL;
  g_autoptr(GPtrArray) sequences = NULL;
  GtkWidget *name = find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Name");
  GtkWidget *trigger = find_widget (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Starts");

  /* Without a name there is nothing to save. */
  g_assert_nonnull (name);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_null (pursuit_store_get_sequence (fixture->store.store, "custom_1"));

  gtk_editable_set_text (GTK_EDITABLE (name), "Gentle");
  adw_combo_row_set_selected (ADW_COMBO_ROW (trigger), 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));

  saved = pursuit_store_get_sequence (fixture->store.store, "custom_1");
  g_assert_nonnull (saved);
  g_assert_cmpstr (pursuit_follow_up_sequence_get_name (saved), ==, "Gentle");
  g_assert_cmpstr (pursuit_follow_up_sequence_get_trigger (saved), ==, "interview");
  g_assert_false (pursuit_follow_up_sequence_get_builtin (saved));
  g_assert_cmpuint (pursuit_follow_up_sequence_get_n_steps (saved), ==, 1);
  g_assert_nonnull (sequence_row (fixture, "Gentle"));

  /* The interview combo row offers it now. */
  {
    AdwComboRow *interview = ADW_COMBO_ROW (find_widget (GTK_WIDGET (fixture->window), ADW_TYPE_COMBO_ROW,
                                                         "After an Interview"));
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (interview)), ==, 2);
  }

  /* Removing it takes it out of the store and the list, and closes the
   * editor. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.remove", NULL));
  spin_for (400);
  g_assert_null (pursuit_store_get_sequence (fixture->store.store, "custom_1"));
  g_assert_null (sequence_row (fixture, "Gentle"));
  sequences = pursuit_store_list_sequences (fixture->store.store);
  g_assert_cmpuint (sequences->len, ==, 4);
}

static void
test_preferences_screenshots (Fixture       *fixture,
                              gconstpointer  data)
{
  static const char * const pages[] = { "reminders", "background", "follow-ups" };

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 640, 760);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("preferences-%s.png", pages[i]);

      adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (fixture->window), pages[i]);
      spin_for (300);
      pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), name);
    }

  open_editor (fixture, "Standard");
  spin_for (300);
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "preferences-sequence-editor.png");
}

/* Matching: the five weights are the settings, Reset puts them back; the
 * AI group shows once there is a provider, its rows are the settings. */
static void
test_preferences_matching (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *page = pursuit_preferences_window_get_matching_page (fixture->window);
  g_autoptr(PursuitHttp) http = pursuit_http_new ();
  g_autoptr(PursuitSecretStore) secrets = pursuit_secret_store_new ();
  g_autoptr(PursuitAiProvider) provider = pursuit_ai_provider_new (http, secrets);
  GtkRange *skills, *salary;
  GtkWidget *ai_group, *url_row, *model_row;
  g_autofree char *url = NULL;
  g_autofree char *model = NULL;

  g_assert_nonnull (page);
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (fixture->window), "matching");

  skills = row_widget (fixture, "Skills", GTK_TYPE_SCALE);
  salary = row_widget (fixture, "Salary", GTK_TYPE_SCALE);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (skills), 0.35, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (salary), 0.20, 1e-9);

  gtk_range_set_value (skills, 0.8);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (fixture->settings, "recommendation-weight-skills"), 0.8, 1e-9);
  g_settings_set_double (fixture->settings, "recommendation-weight-salary", 0.5);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (salary), 0.5, 1e-9);

  g_assert_true (gtk_widget_activate_action (page, "matching.reset-weights", NULL));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (fixture->settings, "recommendation-weight-skills"), 0.35, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (salary), 0.20, 1e-9);

  /* No provider, no AI rows. */
  ai_group = pursuit_test_find_group (page, "AI Assistant");
  g_assert_nonnull (ai_group);
  g_assert_false (gtk_widget_get_visible (ai_group));

  pursuit_preferences_window_set_ai_provider (fixture->window, provider);
  g_assert_true (gtk_widget_get_visible (ai_group));

  gtk_switch_set_active (row_widget (fixture, "Use an AI Endpoint", GTK_TYPE_SWITCH), TRUE);
  g_assert_true (g_settings_get_boolean (fixture->settings, "ai-enabled"));

  url_row = pursuit_test_find_row (ai_group, "Endpoint URL");
  g_assert_nonnull (url_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (url_row)), ==, "http://127.0.0.1:11434/v1");
  /* Written on Apply only, and only http(s). */
  gtk_editable_set_text (GTK_EDITABLE (url_row), "ftp://models.example");
  g_signal_emit_by_name (url_row, "apply");
  url = g_settings_get_string (fixture->settings, "ai-base-url");
  g_assert_cmpstr (url, ==, "http://127.0.0.1:11434/v1");
  gtk_editable_set_text (GTK_EDITABLE (url_row), " https://llm.example/v1 ");
  g_signal_emit_by_name (url_row, "apply");
  g_free (url);
  url = g_settings_get_string (fixture->settings, "ai-base-url");
  g_assert_cmpstr (url, ==, "https://llm.example/v1");

  model_row = pursuit_test_find_row (ai_group, "Model");
  g_assert_nonnull (model_row);
  gtk_editable_set_text (GTK_EDITABLE (model_row), "llama3.1:8b");
  g_signal_emit_by_name (model_row, "apply");
  model = g_settings_get_string (fixture->settings, "ai-model");
  g_assert_cmpstr (model, ==, "llama3.1:8b");

  g_assert_nonnull (pursuit_test_find_row (ai_group, "API Key (kept in the keyring)"));

  spin_for (300);
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "preferences-matching.png");
}

int
main (int   argc,
      char *argv[])
{
  /* See test-window.c: no G_TEST_OPTION_ISOLATE_DIRS, no gtk_test_init(). */
  g_test_init (&argc, &argv, NULL);

  if (!gtk_init_check ())
    {
      g_test_add_func ("/ui/preferences/no-display", pursuit_test_skip_without_display);
      return g_test_run ();
    }

  adw_init ();

  pursuit_test_add_app_style ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/preferences/switches", test_preferences_switches);
  ADD ("/ui/preferences/numbers", test_preferences_numbers);
  ADD ("/ui/preferences/interview-reminders", test_preferences_interview_reminders);
  ADD ("/ui/preferences/active-sequence", test_preferences_active_sequence);
  ADD ("/ui/preferences/edit-sequence", test_preferences_edit_sequence);
  ADD ("/ui/preferences/builtin-not-removable", test_preferences_builtin_not_removable);
  ADD ("/ui/preferences/custom-sequence", test_preferences_custom_sequence);
  ADD ("/ui/preferences/screenshots", test_preferences_screenshots);
  ADD ("/ui/preferences/matching", test_preferences_matching);
#undef ADD

  return g_test_run ();
}
