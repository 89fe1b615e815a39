/* test-recommended-view.c
 *
 * Copyright 2026 The Pursuit developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <adwaita.h>

#include "pursuit-pipeline.h"
#include "pursuit-recommended-view.h"
#include "pursuit-store-matching.h"
#include "pursuit-window.h"
#include "pursuit-test-matching.h"
#include "pursuit-test-store.h"
#include "pursuit-test-ui.h"

typedef struct
{
  char                   *dir;
  PursuitStore           *store;
  gint64                  rust_id;
  gint64                  data_id;
  gint64                  chef_id;
  GtkWindow              *window;
  PursuitRecommendedView *view;
  GPtrArray              *toasts;
} Fixture;

#define WAIT_UNTIL(done) PURSUIT_TEST_WAIT_UNTIL (done, 15)

static gint64
add_posting (Fixture    *fixture,
             const char *title,
             const char *company,
             const char *stage,
             const char *location,
             gboolean    remote,
             const char *description)
{
  g_autoptr(PursuitJob) job = make_job (title, company, stage);

  pursuit_job_set_location (job, location);
  pursuit_job_set_remote (job, remote);
  pursuit_job_set_description (job, description);
  pursuit_job_set_salary_min (job, 70000);
  pursuit_job_set_salary_max (job, 90000);
  pursuit_job_set_currency (job, "EUR");
  pursuit_job_set_salary_period (job, "YEAR");

  return store_job (fixture->store, job);
}

static void
add_cv (Fixture *fixture)
{
  g_autoptr(PursuitProfile) profile = pursuit_profile_new ();
  const char * const places[] = { "Berlin", NULL };

  pursuit_profile_set_headline (profile, "Backend engineer");
  pursuit_profile_set_years_of_experience (profile, 7);
  pursuit_profile_set_skill (profile, "Rust", PURSUIT_SKILL_LEVEL_EXPERT);
  pursuit_profile_set_skill (profile, "PostgreSQL", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Docker", PURSUIT_SKILL_LEVEL_ADVANCED);
  pursuit_profile_set_skill (profile, "Kubernetes", PURSUIT_SKILL_LEVEL_INTERMEDIATE);
  pursuit_profile_set_desired_salary (profile, 80000);
  pursuit_profile_set_desired_currency (profile, "EUR");
  pursuit_profile_set_locations (profile, places);
  pursuit_profile_set_remote_preference (profile, 1);

  add_text_cv (fixture->store, "My CV", "Backend engineer. Rust, PostgreSQL, Docker, Kubernetes.", profile);
}

static void
add_postings (Fixture *fixture)
{
  fixture->rust_id = add_posting (fixture, "Senior Rust Engineer", "Ferrous <Systems>", PURSUIT_STAGE_SAVED,
                                  "Berlin", TRUE,
                                  "We build backend services in Rust on PostgreSQL, shipped with Docker "
                                  "to Kubernetes. Requirements: 5+ years of Rust, PostgreSQL, Docker.");
  fixture->data_id = add_posting (fixture, "Data Engineer", "Initech", PURSUIT_STAGE_SAVED,
                                  "Munich", FALSE,
                                  "Pipelines in Python and Spark on AWS, with some PostgreSQL. "
                                  "Requirements: Python, Spark, Airflow.");
  fixture->chef_id = add_posting (fixture, "Pastry Chef", "Le Croissant", PURSUIT_STAGE_SAVED,
                                  "Lyon", FALSE,
                                  "Bake croissants, bread and cakes at dawn in our bakery. "
                                  "Requirements: pastry school, early mornings.");
  /* Acted on: never recommended. */
  add_posting (fixture, "Rust Platform Engineer", "Globex", PURSUIT_STAGE_APPLIED, "Berlin", TRUE,
               "Rust, Docker and Kubernetes for our platform.");
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->store = open_temp_store ("pursuit-test-recommended-XXXXXX", &fixture->dir);
  fixture->toasts = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
show_view (Fixture *fixture)
{
  fixture->view = PURSUIT_RECOMMENDED_VIEW (pursuit_recommended_view_new (fixture->store));
  fixture->window = pursuit_test_present_view (fixture->view, fixture->toasts, 900, 760);
  WAIT_UNTIL (!pursuit_recommended_view_get_loading (fixture->view));
  spin_until_idle ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  pursuit_test_close_view (fixture->window, fixture->toasts, &fixture->store, &fixture->dir);
}

static GPtrArray *
row_job_ids (Fixture *fixture)
{
  GPtrArray *ids = g_ptr_array_new ();
  GtkListBox *list = pursuit_recommended_view_get_list (fixture->view);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (ids, GSIZE_TO_POINTER ((gsize) pursuit_recommended_view_get_row_job_id (GTK_LIST_BOX_ROW (child))));

  return ids;
}

static GtkListBoxRow *
find_row (Fixture *fixture,
          gint64   job_id)
{
  GtkListBox *list = pursuit_recommended_view_get_list (fixture->view);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (pursuit_recommended_view_get_row_job_id (GTK_LIST_BOX_ROW (child)) == job_id)
      return GTK_LIST_BOX_ROW (child);

  return NULL;
}

/* The labels under @root with the CSS class @css_class, in order. */
static void
collect_labels (GtkWidget  *root,
                const char *css_class,
                GPtrArray  *labels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && (css_class == NULL || gtk_widget_has_css_class (child, css_class)))
        g_ptr_array_add (labels, child);
      collect_labels (child, css_class, labels);
    }
}

/* No CV: a page leading to the Profile; a CV but nothing saved: a page
 * saying what is ranked. */
static void
test_recommended_empty_states (Fixture       *fixture,
                               gconstpointer  data)
{
  show_view (fixture);
  g_assert_cmpstr (pursuit_recommended_view_get_state (fixture->view), ==, "no-cv");
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "recommended-no-cv.png");

  add_posting (fixture, "Rust Platform Engineer", "Globex", PURSUIT_STAGE_APPLIED, "Berlin", TRUE,
               "Rust, Docker and Kubernetes for our platform.");
  add_cv (fixture);
  /* Follows the store by itself. */
  WAIT_UNTIL (g_strcmp0 (pursuit_recommended_view_get_state (fixture->view), "no-cv") != 0 &&
              !pursuit_recommended_view_get_loading (fixture->view));
  g_assert_cmpstr (pursuit_recommended_view_get_state (fixture->view), ==, "empty");
  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "recommended-empty.png");
}

/* Rows in the store's rank order, the Rust posting first, each with its
 * reasons as plain text and a percentage. */
static void
test_recommended_rows (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(GPtrArray) reasons = g_ptr_array_new ();
  g_autoptr(GPtrArray) all_labels = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  PursuitRecommendationWeights weights;
  GtkListBoxRow *row;
  gboolean found_title = FALSE, found_score = FALSE;

  add_cv (fixture);
  add_postings (fixture);
  show_view (fixture);

  g_assert_cmpstr (pursuit_recommended_view_get_state (fixture->view), ==, "list");
  ids = row_job_ids (fixture);
  g_assert_cmpuint (ids->len, ==, 3);

  pursuit_recommendation_weights_init_default (&weights);
  ranked = pursuit_store_list_recommendations (fixture->store, &weights, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ranked->len, ==, 3);
  for (guint i = 0; i < ranked->len; i++)
    g_assert_cmpint (GPOINTER_TO_SIZE (g_ptr_array_index (ids, i)), ==,
                     pursuit_recommendation_get_job_id (g_ptr_array_index (ranked, i)));
  g_assert_cmpint (GPOINTER_TO_SIZE (g_ptr_array_index (ids, 0)), ==, fixture->rust_id);
  g_assert_cmpint (GPOINTER_TO_SIZE (g_ptr_array_index (ids, 2)), ==, fixture->chef_id);

  row = find_row (fixture, fixture->rust_id);
  collect_labels (GTK_WIDGET (row), "recommendation-reason", reasons);
  g_assert_cmpuint (reasons->len, >, 0);
  g_assert_cmpuint (reasons->len, ==,
                    g_strv_length ((char **) pursuit_recommendation_get_reasons (g_ptr_array_index (ranked, 0))));
  for (guint i = 0; i < reasons->len; i++)
    {
      g_test_message ("reason: %s", gtk_label_get_label (g_ptr_array_index (reasons, i)));
      g_assert_false (gtk_label_get_use_markup (g_ptr_array_index (reasons, i)));
    }

  collect_labels (GTK_WIDGET (row), NULL, all_labels);
  for (guint i = 0; i < all_labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (all_labels, i);
      const char *text = gtk_label_get_label (label);

      g_assert_false (gtk_label_get_use_markup (label));
      found_title |= g_strcmp0 (text, "Senior Rust Engineer") == 0;
      found_score |= g_str_has_suffix (text, "%") && gtk_widget_has_css_class (GTK_WIDGET (label), "recommendation-score");
      /* The company's "<Systems>" is text, not markup. */
      if (g_str_has_prefix (text, "Ferrous"))
        g_assert_cmpstr (text, ==, "Ferrous <Systems> · Berlin · Remote");
    }
  g_assert_true (found_title);
  g_assert_true (found_score);

  pursuit_test_save_screenshot (GTK_WIDGET (fixture->window), "recommended-list.png");
}

/* Not Interested: the row goes at once, the store has the feedback; Undo
 * brings it back. */
static void
test_recommended_not_interested (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GPtrArray) ranked = NULL;
  PursuitRecommendationWeights weights;
  AdwToast *toast;

  add_cv (fixture);
  add_postings (fixture);
  show_view (fixture);
  g_assert_nonnull (find_row (fixture, fixture->data_id));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "recommended.not-interested", "x",
                                             fixture->data_id));
  g_assert_null (find_row (fixture, fixture->data_id));
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  toast = g_ptr_array_index (fixture->toasts, 0);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "“Data Engineer” will not be recommended");
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Undo");

  pursuit_recommendation_weights_init_default (&weights);
  ranked = pursuit_store_list_recommendations (fixture->store, &weights, 0, NULL);
  g_assert_cmpuint (ranked->len, ==, 2);

  /* The reload that follows the store keeps it out. */
  WAIT_UNTIL (!pursuit_recommended_view_get_loading (fixture->view));
  spin_until_idle ();
  g_usleep (400 * 1000);
  WAIT_UNTIL (!pursuit_recommended_view_get_loading (fixture->view));
  g_assert_null (find_row (fixture, fixture->data_id));

  g_signal_emit_by_name (toast, "button-clicked");
  WAIT_UNTIL (!pursuit_recommended_view_get_loading (fixture->view) && find_row (fixture, fixture->data_id) != NULL);
  g_assert_cmpstr (pursuit_recommended_view_get_state (fixture->view), ==, "list");
}

/* In the window: the page is there between Board and Calendar; Open shows
 * the job on the board. */
static void
test_recommended_window (Fixture       *fixture,
                         gconstpointer  data)
{
  PursuitWindow *window;
  PursuitRecommendedView *view;
  GtkWidget *stack;

  add_cv (fixture);
  add_postings (fixture);

  window = pursuit_window_new (NULL, fixture->store, FALSE);
  fixture->window = GTK_WINDOW (window);
  gtk_window_present (fixture->window);
  spin_until_idle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "recommended"));
  g_assert_cmpstr (pursuit_window_get_view (window), ==, "recommended");
  stack = pursuit_test_find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK);
  view = PURSUIT_RECOMMENDED_VIEW (adw_view_stack_get_child_by_name (ADW_VIEW_STACK (stack), "recommended"));
  g_assert_nonnull (view);
  WAIT_UNTIL (!pursuit_recommended_view_get_loading (view) &&
              g_strcmp0 (pursuit_recommended_view_get_state (view), "list") == 0);
  pursuit_test_save_screenshot (GTK_WIDGET (window), "window-recommended.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "recommended.open", "x", fixture->rust_id));
  g_assert_cmpstr (pursuit_window_get_view (window), ==, "board");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "profile"));
  g_assert_cmpstr (pursuit_window_get_view (window), ==, "profile");
  spin_until_idle ();
  pursuit_test_save_screenshot (GTK_WIDGET (window), "window-profile.png");
}

int
main (int   argc,
      char *argv[])
{
  if (!pursuit_test_ui_init (&argc, &argv, "/ui/recommended-view/no-display"))
    return g_test_run ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/recommended-view/empty-states", test_recommended_empty_states);
  ADD ("/ui/recommended-view/rows", test_recommended_rows);
  ADD ("/ui/recommended-view/not-interested", test_recommended_not_interested);
  ADD ("/ui/recommended-view/window", test_recommended_window);
#undef ADD

  return g_test_run ();
}
