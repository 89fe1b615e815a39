/* test-profile-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "pursuit-profile-view.h"
#include "pursuit-store-matching.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

#define ENGLISH_CV \
  "Ada Example\n" \
  "Senior Backend Engineer\n" \
  "ada@example.com\n\n" \
  "Experience\n" \
  "Backend Engineer, Acme GmbH, Berlin\n" \
  "January 2016 - December 2019\n" \
  "Built payment services in Python and PostgreSQL, deployed with Docker.\n\n" \
  "Senior Backend Engineer, Globex, Remote\n" \
  "January 2020 - December 2023\n" \
  "Expert in Rust; ran Kubernetes clusters; reviewed code in Git.\n\n" \
  "Education\n" \
  "Master of Science in Computer Science, TU Berlin, 2015\n\n" \
  "Skills\n" \
  "Python, Rust, PostgreSQL, Docker, Kubernetes, Git\n\n" \
  "Languages\n" \
  "English (fluent), German (native)\n"

#define SHORT_CV \
  "Bo Example\n" \
  "Data Analyst\n\n" \
  "Experience\n" \
  "Data Analyst, Initech, 2019 - 2023\n" \
  "Reports in SQL and Python.\n\n" \
  "Skills\n" \
  "SQL, Python\n"

typedef struct
{
  char               *dir;
  PursuitStore       *store;
  GtkWindow          *window;
  PursuitProfileView *view;
  GPtrArray          *toasts;
} Fixture;

#define WAIT_UNTIL(done) PURSUIT_TEST_WAIT_UNTIL (done, 10)

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = open_temp_store ("pursuit-test-profile-view-XXXXXX", &fixture->dir);
  fixture->toasts = g_ptr_array_new_with_free_func (g_object_unref);

  fixture->view = PURSUIT_PROFILE_VIEW (pursuit_profile_view_new (fixture->store));
  fixture->window = pursuit_test_present_view (fixture->view, fixture->toasts, 900, 1000);
  spin_until_idle ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  pursuit_test_close_view (fixture->window, fixture->toasts, &fixture->store, &fixture->dir);
}

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

/* After the stack's crossfade. */
static void
screenshot (Fixture    *fixture,
            const char *name)
{
  gint64 until = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (2000);

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), name);
}

static const char *
last_toast (Fixture *fixture)
{
  g_assert_cmpuint (fixture->toasts->len, >, 0);
  return adw_toast_get_title (g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1));
}

/* Imports @contents as @name and waits for the view to be done. */
static void
import_text (Fixture    *fixture,
             const char *name,
             const char *contents)
{
  g_autoptr(GFile) file = write_file (fixture, name, contents, -1);
  guint n_toasts = fixture->toasts->len;

  pursuit_profile_view_import_file (fixture->view, file);
  g_assert_true (pursuit_profile_view_get_busy (fixture->view));
  WAIT_UNTIL (!pursuit_profile_view_get_busy (fixture->view));
  g_assert_cmpuint (fixture->toasts->len, ==, n_toasts + 1);
  spin_until_idle ();
}

static PursuitProfile *
stored_profile (Fixture *fixture)
{
  PursuitProfile *profile = pursuit_store_get_profile (fixture->store);

  g_assert_nonnull (profile);
  return profile;
}

static GtkWidget *
skill_row (Fixture    *fixture,
           const char *name)
{
  return pursuit_test_find_row (GTK_WIDGET (fixture->view), name);
}

/* By name: the group has a list box of its own inside. */
static GtkListBox *
versions_list (Fixture *fixture)
{
  GtkWidget *group = pursuit_test_find_group (GTK_WIDGET (fixture->view), "CV Versions");
  GtkWidget *list;

  g_assert_nonnull (group);
  list = pursuit_test_find_named (group, "versions-list");
  g_assert_true (GTK_IS_LIST_BOX (list));
  return GTK_LIST_BOX (list);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* No CV: "Import Your CV" with its button. */
static void
test_profile_view_empty (Fixture       *fixture,
                         gconstpointer  data)
{
  g_assert_cmpstr (pursuit_profile_view_get_state (fixture->view), ==, "empty");
  g_assert_null (pursuit_profile_view_get_profile (fixture->view));
  /* The button opens the file chooser (not here: it would stay open). */
  g_assert_nonnull (pursuit_test_find_button (GTK_WIDGET (fixture->view), "_Import CV…"));
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "profile-empty.png");
}

/* A text CV: the toast says what was found, the page shows the skills in
 * their categories' groups, and the store has the active CV. */
static void
test_profile_view_import (Fixture       *fixture,
                          gconstpointer  data)
{
  PursuitSkillTaxonomy *taxonomy = pursuit_skill_taxonomy_get_default ();
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(GError) error = NULL;
  const char *skills[] = { "Python", "Rust", "PostgreSQL", "Docker", "Kubernetes", "Git" };
  const char *title;

  import_text (fixture, "ada-cv.txt", ENGLISH_CV);

  title = last_toast (fixture);
  g_test_message ("toast: %s", title);
  g_assert_true (g_str_has_prefix (title, "Imported “ada-cv.txt”: "));
  g_assert_nonnull (strstr (title, " skills"));

  g_assert_cmpstr (pursuit_profile_view_get_state (fixture->view), ==, "profile");
  cv = pursuit_store_get_active_cv (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (cv);
  g_assert_cmpstr (pursuit_cv_get_file_name (cv), ==, "ada-cv.txt");

  for (guint i = 0; i < G_N_ELEMENTS (skills); i++)
    {
      int index = pursuit_skill_taxonomy_lookup (taxonomy, skills[i]);
      const char *label;
      GtkWidget *group, *row;

      g_assert_cmpint (index, >=, 0);
      label = pursuit_skill_taxonomy_get_category_label (taxonomy,
                                                         pursuit_skill_taxonomy_get_category (taxonomy, index));
      g_test_message ("%s in %s", skills[i], label);
      g_assert_cmpint (pursuit_profile_get_skill_level (pursuit_cv_get_profile (cv), skills[i]), !=,
                       PURSUIT_SKILL_LEVEL_NONE);

      /* In the group of its category. */
      group = pursuit_test_find_group (GTK_WIDGET (fixture->view), label);
      g_assert_nonnull (group);
      row = pursuit_test_find_row (group, skills[i]);
      g_assert_nonnull (row);
      /* Names from the CV are not markup. */
      g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
    }

  /* One version, marked active. */
  g_assert_cmpuint (count_children (GTK_WIDGET (versions_list (fixture))), ==, 1);
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (versions_list (fixture)), "ada-cv"));

  screenshot (fixture, "profile-imported.png");
}

/* A level chosen in the skill's row reaches the store after the delay. */
static void
test_profile_view_change_level (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(PursuitProfile) before = NULL;
  g_autoptr(PursuitProfile) after = NULL;
  GtkWidget *row;
  gint64 until;

  import_text (fixture, "ada-cv.txt", ENGLISH_CV);
  row = skill_row (fixture, "Docker");
  g_assert_nonnull (row);
  g_assert_true (ADW_IS_COMBO_ROW (row));

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), PURSUIT_SKILL_LEVEL_BEGINNER);
  g_assert_cmpint (pursuit_profile_get_skill_level (pursuit_profile_view_get_profile (fixture->view), "Docker"),
                   ==, PURSUIT_SKILL_LEVEL_BEGINNER);

  /* Not at once: coalesced. */
  before = stored_profile (fixture);
  g_assert_cmpint (pursuit_profile_get_skill_level (before, "Docker"), !=, PURSUIT_SKILL_LEVEL_BEGINNER);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), PURSUIT_SKILL_LEVEL_EXPERT);
  until = g_get_monotonic_time () + 2 * G_TIME_SPAN_SECOND;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE), g_usleep (2000);

  after = stored_profile (fixture);
  g_assert_cmpint (pursuit_profile_get_skill_level (after, "Docker"), ==, PURSUIT_SKILL_LEVEL_EXPERT);
  /* Its own save did not rebuild the page under the user. */
  g_assert_true (skill_row (fixture, "Docker") == row);
}

/* Remove a skill, Undo; add one by an alias. */
static void
test_profile_view_remove_add_skill (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(PursuitProfile) removed = NULL;
  g_autoptr(PursuitProfile) restored = NULL;
  g_autoptr(PursuitProfile) added = NULL;
  GtkEntry *entry;
  AdwToast *toast;

  import_text (fixture, "ada-cv.txt", ENGLISH_CV);
  g_assert_nonnull (skill_row (fixture, "Git"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "profile.remove-skill", "s", "Git"));
  g_assert_null (skill_row (fixture, "Git"));
  toast = g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Git” removed");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");

  pursuit_profile_view_flush (fixture->view);
  removed = stored_profile (fixture);
  g_assert_cmpint (pursuit_profile_get_skill_level (removed, "Git"), ==, PURSUIT_SKILL_LEVEL_NONE);

  g_signal_emit_by_name (toast, "button-clicked");
  g_assert_nonnull (skill_row (fixture, "Git"));
  pursuit_profile_view_flush (fixture->view);
  restored = stored_profile (fixture);
  g_assert_cmpint (pursuit_profile_get_skill_level (restored, "Git"), !=, PURSUIT_SKILL_LEVEL_NONE);

  /* "TypeScript" by its usual abbreviation comes in under its name. */
  entry = GTK_ENTRY (pursuit_test_find_type (GTK_WIDGET (fixture->view), GTK_TYPE_ENTRY));
  g_assert_nonnull (entry);
  g_assert_null (skill_row (fixture, "TypeScript"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "  ts ");
  if (pursuit_skill_taxonomy_lookup (pursuit_skill_taxonomy_get_default (), "ts") < 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), "typescript");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_nonnull (skill_row (fixture, "TypeScript"));

  /* A skill the taxonomy does not know is kept as typed. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Sourdough Baking");
  g_signal_emit_by_name (entry, "activate");
  g_assert_nonnull (pursuit_test_find_group (GTK_WIDGET (fixture->view), "Other Skills"));
  g_assert_nonnull (skill_row (fixture, "Sourdough Baking"));

  pursuit_profile_view_flush (fixture->view);
  added = stored_profile (fixture);
  g_assert_cmpint (pursuit_profile_get_skill_level (added, "TypeScript"), ==, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  g_assert_cmpint (pursuit_profile_get_skill_level (added, "Sourdough Baking"), ==, PURSUIT_SKILL_LEVEL_INTERMEDIATE);
}

/* Summary and wishes: typed values reach the store. */
static void
test_profile_view_fields (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PursuitProfile) profile = NULL;
  GtkWidget *years_row, *places_row, *salary_row, *scrolled;
  GtkAdjustment *adjustment;
  const char * const *places;

  import_text (fixture, "ada-cv.txt", ENGLISH_CV);

  years_row = pursuit_test_find_row (GTK_WIDGET (fixture->view), "Years of Experience");
  g_assert_nonnull (years_row);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (pursuit_test_find_type (years_row, GTK_TYPE_SPIN_BUTTON)), 9.5);

  salary_row = pursuit_test_find_row (GTK_WIDGET (fixture->view), "Desired Salary");
  g_assert_nonnull (salary_row);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (pursuit_test_find_type (salary_row, GTK_TYPE_SPIN_BUTTON)), 85000);
  gtk_editable_set_text (GTK_EDITABLE (pursuit_test_find_type (salary_row, GTK_TYPE_ENTRY)), "eur");

  places_row = pursuit_test_find_row (GTK_WIDGET (fixture->view), "Places (comma-separated)");
  g_assert_nonnull (places_row);
  gtk_editable_set_text (GTK_EDITABLE (places_row), "Berlin, , Remote <b>");

  adw_combo_row_set_selected (ADW_COMBO_ROW (pursuit_test_find_row (GTK_WIDGET (fixture->view), "Remote Work")), 1);

  pursuit_profile_view_flush (fixture->view);
  profile = stored_profile (fixture);
  g_assert_cmpfloat_with_epsilon (pursuit_profile_get_years_of_experience (profile), 9.5, 0.001);

  /* The wishes, at the bottom of the page. */
  scrolled = gtk_widget_get_ancestor (salary_row, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  WAIT_UNTIL (gtk_adjustment_get_upper (adjustment) > gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  screenshot (fixture, "profile-wishes.png");
  g_assert_cmpint (pursuit_profile_get_desired_salary (profile), ==, 85000);
  g_assert_cmpstr (pursuit_profile_get_desired_currency (profile), ==, "EUR");
  g_assert_cmpint (pursuit_profile_get_remote_preference (profile), ==, 1);
  places = pursuit_profile_get_locations (profile);
  g_assert_nonnull (places);
  g_assert_cmpstr (places[0], ==, "Berlin");
  g_assert_cmpstr (places[1], ==, "Remote <b>");
  g_assert_null (places[2]);
}

/* Two versions: the newest is active; Activate switches the profile
 * shown; the wishes carried over. */
static void
test_profile_view_versions (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) cvs = NULL;
  g_autoptr(PursuitCv) active = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first_id;

  import_text (fixture, "ada-cv.txt", ENGLISH_CV);
  g_assert_nonnull (skill_row (fixture, "Rust"));

  import_text (fixture, "bo-cv.txt", SHORT_CV);
  g_assert_cmpuint (count_children (GTK_WIDGET (versions_list (fixture))), ==, 2);
  /* The new one is shown: no Rust in it. */
  g_assert_null (skill_row (fixture, "Rust"));
  g_assert_nonnull (skill_row (fixture, "SQL"));

  cvs = pursuit_store_list_cvs (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cvs->len, ==, 2);
  first_id = pursuit_cv_get_id (g_ptr_array_index (cvs, 1));
  g_assert_cmpstr (pursuit_cv_get_title (g_ptr_array_index (cvs, 1)), ==, "ada-cv");

  screenshot (fixture, "profile-versions.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "profile.activate", "x", first_id));
  active = pursuit_store_get_active_cv (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pursuit_cv_get_id (active), ==, first_id);
  spin_until_idle ();
  g_assert_nonnull (skill_row (fixture, "Rust"));
  g_assert_null (skill_row (fixture, "SQL"));
}

/* Rename asks for the title in a dialog; an empty title cannot be saved. */
static void
test_profile_view_rename (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(PursuitCv) renamed = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkEditable *entry;

  import_text (fixture, "ada-cv.txt", ENGLISH_CV);
  cv = pursuit_store_get_active_cv (fixture->store, &error);
  g_assert_nonnull (cv);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "profile.rename", "x",
                                             pursuit_cv_get_id (cv)));
  spin_until_idle ();
  dialog = pursuit_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "ada-cv");

  gtk_editable_set_text (entry, "   ");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "rename"));
  gtk_editable_set_text (entry, "  Backend <CV> 2026 ");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "rename"));
  adw_message_dialog_response (dialog, "rename");
  spin_until_idle ();

  renamed = pursuit_store_get_active_cv (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pursuit_cv_get_title (renamed), ==, "Backend <CV> 2026");
  g_assert_nonnull (pursuit_test_find_row (GTK_WIDGET (versions_list (fixture)), "Backend <CV> 2026"));
}

/* Removing the only CV goes back to the empty page; Undo brings it back. */
static void
test_profile_view_remove_cv (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PursuitCv) cv = NULL;
  g_autoptr(PursuitCv) restored = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  import_text (fixture, "ada-cv.txt", ENGLISH_CV);
  cv = pursuit_store_get_active_cv (fixture->store, &error);
  g_assert_nonnull (cv);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "profile.remove", "x",
                                             pursuit_cv_get_id (cv)));
  g_assert_cmpstr (pursuit_profile_view_get_state (fixture->view), ==, "empty");
  toast = g_ptr_array_index (fixture->toasts, fixture->toasts->len - 1);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“ada-cv” removed");

  g_signal_emit_by_name (toast, "button-clicked");
  spin_until_idle ();
  g_assert_cmpstr (pursuit_profile_view_get_state (fixture->view), ==, "profile");
  restored = pursuit_store_get_active_cv (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (restored);
  g_assert_cmpstr (pursuit_cv_get_title (restored), ==, "ada-cv");
  g_assert_nonnull (skill_row (fixture, "Rust"));
}

/* A file that is not a CV: the reader's message in a toast, nothing
 * saved; markup in the name stays text. */
static void
test_profile_view_bad_file (Fixture       *fixture,
                            gconstpointer  data)
{
  static const char garbage[] = "\xff\xfe\x00\x01 not text \xc3\x28";
  g_autoptr(GFile) file = write_file (fixture, "<b>cv &amp.txt", garbage, sizeof garbage - 1);
  g_autoptr(GPtrArray) cvs = NULL;

  pursuit_profile_view_import_file (fixture->view, file);
  WAIT_UNTIL (!pursuit_profile_view_get_busy (fixture->view));
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  g_test_message ("toast: %s", last_toast (fixture));
  g_assert_cmpstr (last_toast (fixture), !=, "");
  g_assert_cmpstr (pursuit_profile_view_get_state (fixture->view), ==, "empty");

  cvs = pursuit_store_list_cvs (fixture->store, NULL);
  g_assert_nonnull (cvs);
  g_assert_cmpuint (cvs->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/profile-view/no-display"))
    return g_test_run ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/profile-view/empty", test_profile_view_empty);
  ADD ("/ui/profile-view/import", test_profile_view_import);
  ADD ("/ui/profile-view/change-level", test_profile_view_change_level);
  ADD ("/ui/profile-view/remove-add-skill", test_profile_view_remove_add_skill);
  ADD ("/ui/profile-view/fields", test_profile_view_fields);
  ADD ("/ui/profile-view/versions", test_profile_view_versions);
  ADD ("/ui/profile-view/rename", test_profile_view_rename);
  ADD ("/ui/profile-view/remove-cv", test_profile_view_remove_cv);
  ADD ("/ui/profile-view/bad-file", test_profile_view_bad_file);
#undef ADD

  return g_test_run ();
}
